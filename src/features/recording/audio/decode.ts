// Any accepted upload to the one form providers take: a 16 kHz mono 16-bit PCM WAV (R46).
import type { PreparedAudio } from '../../transcription/types.ts';
import type { RecordingContentType } from '../../../db/schema.ts';
import { AudioFormatError, TARGET_RATE, encodeWav, parsePcm16, parseWav, resample } from './wav.ts';

export { AudioFormatError };

/**
 * Content types this server can decode (the others are refused when the upload is created). WebM
 * (MediaRecorder's default in Chromium) is not among them: no maintained WebAssembly demuxer for
 * it; the browser captures 16 kHz PCM itself (an AudioWorklet) instead.
 */
export const DECODABLE: ReadonlySet<RecordingContentType> = new Set(['audio/wav', 'audio/pcm;rate=16000', 'audio/ogg', 'audio/mpeg']);

/** Decoded channels, mixed down to one. */
function mono(channels: readonly Float32Array[], samples: number): Float32Array {
  if (channels.length === 1) return channels[0]!.subarray(0, samples);
  const out = new Float32Array(samples);
  for (const ch of channels) for (let i = 0; i < samples; i++) out[i]! += ch[i]! / channels.length;
  return out;
}

// The WebAssembly decoders (eshaz's wasm-audio-decoders: libopus, mpg123) load on first use only.
async function decodeOggOpus(bytes: Buffer): Promise<{ samples: Float32Array; sampleRate: number }> {
  const { OggOpusDecoder } = await import('ogg-opus-decoder');
  const decoder = new OggOpusDecoder();
  try {
    await decoder.ready;
    const r = await decoder.decodeFile(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    if (r.samplesDecoded === 0) throw new AudioFormatError('no Ogg Opus audio');
    return { samples: mono(r.channelData, r.samplesDecoded), sampleRate: r.sampleRate };
  } catch (err) {
    throw err instanceof AudioFormatError ? err : new AudioFormatError('not Ogg Opus audio');
  } finally {
    decoder.free();
  }
}

async function decodeMpeg(bytes: Buffer): Promise<{ samples: Float32Array; sampleRate: number }> {
  const { MPEGDecoder } = await import('mpg123-decoder');
  const decoder = new MPEGDecoder();
  try {
    await decoder.ready;
    const r = decoder.decode(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    if (r.samplesDecoded === 0) throw new AudioFormatError('no MPEG audio');
    return { samples: mono(r.channelData, r.samplesDecoded), sampleRate: r.sampleRate };
  } catch (err) {
    throw err instanceof AudioFormatError ? err : new AudioFormatError('not MPEG audio');
  } finally {
    decoder.free();
  }
}

export async function prepareAudio(contentType: RecordingContentType, bytes: Buffer): Promise<PreparedAudio> {
  let mono16k: Float32Array;
  switch (contentType) {
    case 'audio/wav': {
      const pcm = parseWav(bytes);
      mono16k = resample(pcm.samples, pcm.sampleRate, TARGET_RATE);
      break;
    }
    case 'audio/pcm;rate=16000':
      mono16k = parsePcm16(bytes);
      break;
    case 'audio/ogg':
    case 'audio/mpeg': {
      const pcm = contentType === 'audio/ogg' ? await decodeOggOpus(bytes) : await decodeMpeg(bytes);
      mono16k = resample(pcm.samples, pcm.sampleRate, TARGET_RATE);
      break;
    }
    case 'audio/webm':
      throw new AudioFormatError('no decoder for this content type');
  }
  if (mono16k.length === 0) throw new AudioFormatError('no audio');
  return { wav: encodeWav(mono16k, TARGET_RATE), durationSeconds: mono16k.length / TARGET_RATE };
}
