// Any accepted upload to the one form providers take: a 16 kHz mono 16-bit PCM WAV (R46).
import type { PreparedAudio } from '../../transcription/types.ts';
import type { RecordingContentType } from '../../../db/schema.ts';
import { AudioFormatError, TARGET_RATE, encodeWav, parsePcm16, parseWav, resample } from './wav.ts';

export { AudioFormatError };

/** Content types this server can decode (the others are refused when the upload is created). */
export const DECODABLE: ReadonlySet<RecordingContentType> = new Set(['audio/wav', 'audio/pcm;rate=16000']);

export async function prepareAudio(contentType: RecordingContentType, bytes: Buffer): Promise<PreparedAudio> {
  let mono: Float32Array;
  switch (contentType) {
    case 'audio/wav': {
      const pcm = parseWav(bytes);
      mono = resample(pcm.samples, pcm.sampleRate, TARGET_RATE);
      break;
    }
    case 'audio/pcm;rate=16000':
      mono = parsePcm16(bytes);
      break;
    case 'audio/webm':
    case 'audio/ogg':
    case 'audio/mpeg':
      throw new AudioFormatError('no decoder for this content type');
  }
  if (mono.length === 0) throw new AudioFormatError('no audio');
  return { wav: encodeWav(mono, TARGET_RATE), durationSeconds: mono.length / TARGET_RATE };
}
