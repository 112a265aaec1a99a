// Deepgram (cloud), through its official SDK: pre-recorded transcription (POST /v1/listen) with
// diarisation and utterances. Each utterance becomes a segment with its speaker ("Speaker 1" for
// Deepgram's speaker 0) and its times. Deepgram's Model Improvement Program is opted out of on
// every request (mip_opt_out), on top of the no-training term the registry records.
import { httpFailure, TranscriptionError } from '../errors.ts';
import type { TranscriptSegment } from '../types.ts';
import type { ProviderCall, TranscriptionProvider } from './types.ts';
import { longFetch } from './http.ts';

export interface DeepgramOptions {
  apiKey: string;
  baseUrl: string;
  model: string;
}

// Loaded at the first call: most recording deployments never use it.
let sdk: Promise<typeof import('@deepgram/sdk')> | undefined;

interface Utterance {
  start?: number | undefined;
  end?: number | undefined;
  transcript?: string | undefined;
  speaker?: number | undefined;
}

/** Deepgram's answer → segments: utterances when present, else the whole channel transcript. */
export function deepgramSegments(res: unknown): TranscriptSegment[] {
  const results = (res as { results?: { utterances?: Utterance[]; channels?: Array<{ alternatives?: Array<{ transcript?: string; words?: Array<{ start?: number; end?: number }> }> }> } } | null)?.results;
  if (results === undefined || results === null || typeof results !== 'object') throw new TranscriptionError('malformed', true);
  const out: TranscriptSegment[] = [];
  if (Array.isArray(results.utterances)) {
    for (const u of results.utterances) {
      const text = typeof u.transcript === 'string' ? u.transcript.trim() : '';
      if (text === '') continue;
      if (typeof u.start !== 'number' || typeof u.end !== 'number') throw new TranscriptionError('malformed', true);
      out.push({ start: u.start, end: u.end, speaker: typeof u.speaker === 'number' ? `Speaker ${u.speaker + 1}` : null, text });
    }
    return out;
  }
  const alt = results.channels?.[0]?.alternatives?.[0];
  if (alt === undefined) throw new TranscriptionError('malformed', true);
  const text = (alt.transcript ?? '').trim();
  if (text === '') return [];
  const words = alt.words ?? [];
  out.push({ start: words[0]?.start ?? 0, end: words.at(-1)?.end ?? 0, speaker: null, text });
  return out;
}

export function deepgramProvider(opts: DeepgramOptions): TranscriptionProvider {
  return {
    name: 'deepgram',
    model: opts.model,
    async transcribe(call: ProviderCall) {
      const { DeepgramClient, DeepgramError, DeepgramTimeoutError } = await (sdk ??= import('@deepgram/sdk'));
      const client = new DeepgramClient({ apiKey: opts.apiKey, baseUrl: opts.baseUrl, maxRetries: 0, fetch: longFetch, timeoutInSeconds: Math.ceil(call.timeoutMs / 1000) });
      let res: unknown;
      try {
        res = await client.listen.v1.media.transcribeFile(
          call.audio.wav,
          { model: opts.model, diarize: true, utterances: true, punctuate: true, smart_format: true, mip_opt_out: true },
          { abortSignal: call.signal, timeoutInSeconds: Math.ceil(call.timeoutMs / 1000), maxRetries: 0, headers: { 'Content-Type': 'audio/wav' } },
        );
      } catch (err) {
        if (call.signal.aborted || err instanceof DeepgramTimeoutError) throw new TranscriptionError('timeout', true);
        if (err instanceof DeepgramError) throw httpFailure(err.statusCode);
        throw new TranscriptionError('unavailable', true);
      }
      if (res !== null && typeof res === 'object' && 'request_id' in res && !('results' in res)) {
        // A callback ("accepted") answer: never asked for, so never expected.
        throw new TranscriptionError('malformed', false);
      }
      // Deepgram's metadata names models by UUID; the name asked for is the useful one.
      return { segments: deepgramSegments(res), model: opts.model };
    },
  };
}
