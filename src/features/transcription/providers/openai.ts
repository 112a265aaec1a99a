// An OpenAI-compatible transcription endpoint (POST /audio/transcriptions), through the official
// SDK: a self-hosted Whisper server on the practice's network (faster-whisper-server, whisper.cpp
// server, LocalAI, vLLM), or a hosted API. verbose_json gives segments with times; these APIs
// label no speakers.
import type OpenAI from 'openai';
import { httpFailure, TranscriptionError } from '../errors.ts';
import type { TranscriptSegment } from '../types.ts';
import type { ProviderCall, TranscriptionProvider } from './types.ts';
import { longFetch } from './http.ts';

export interface OpenAiTranscriptionOptions {
  baseURL: string;
  apiKey: string | undefined;
  model: string;
}

let sdk: Promise<typeof import('openai')> | undefined;

/** verbose_json → segments. A server that gives only text yields one segment over the whole audio. */
export function openaiSegments(res: unknown, durationSeconds: number): TranscriptSegment[] {
  if (res === null || typeof res !== 'object') throw new TranscriptionError('malformed', true);
  const r = res as { text?: unknown; segments?: unknown };
  if (Array.isArray(r.segments)) {
    const out: TranscriptSegment[] = [];
    for (const s of r.segments as Array<{ start?: unknown; end?: unknown; text?: unknown }>) {
      if (typeof s.start !== 'number' || typeof s.end !== 'number' || typeof s.text !== 'string') throw new TranscriptionError('malformed', true);
      const text = s.text.trim();
      if (text !== '') out.push({ start: s.start, end: s.end, speaker: null, text });
    }
    return out;
  }
  if (typeof r.text !== 'string') throw new TranscriptionError('malformed', true);
  const text = r.text.trim();
  return text === '' ? [] : [{ start: 0, end: durationSeconds, speaker: null, text }];
}

export function openaiTranscriptionProvider(opts: OpenAiTranscriptionOptions): TranscriptionProvider {
  let client: OpenAI | undefined;
  return {
    name: 'openai-compatible',
    model: opts.model,
    async transcribe(call: ProviderCall) {
      const { default: OpenAI, toFile } = await (sdk ??= import('openai'));
      client ??= new OpenAI({ apiKey: opts.apiKey ?? 'no-key', baseURL: opts.baseURL, maxRetries: 0, logLevel: 'off', fetch: longFetch });
      let res: unknown;
      try {
        res = await client.audio.transcriptions.create(
          { file: await toFile(call.audio.wav, 'recording.wav', { type: 'audio/wav' }), model: opts.model, response_format: 'verbose_json', timestamp_granularities: ['segment'] },
          { timeout: call.timeoutMs, signal: call.signal },
        );
      } catch (err) {
        if (call.signal.aborted || err instanceof OpenAI.APIConnectionTimeoutError || err instanceof OpenAI.APIUserAbortError) throw new TranscriptionError('timeout', true);
        if (err instanceof OpenAI.APIError && typeof err.status === 'number') throw httpFailure(err.status);
        if (err instanceof OpenAI.APIError) throw new TranscriptionError('unavailable', true);
        // A 200 whose body is not JSON surfaces here as a parse error.
        if (err instanceof SyntaxError) throw new TranscriptionError('malformed', true);
        throw new TranscriptionError('unavailable', true);
      }
      return { segments: openaiSegments(res, call.audio.durationSeconds), model: opts.model };
    },
  };
}
