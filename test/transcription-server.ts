// A local transcription server for tests and benchmarks: a plain node:http server speaking the
// two network APIs Tacet transcribes with, so the official SDKs (openai, @deepgram/sdk) are
// pointed at it with their base URL options and their requests really go over HTTP.
//
//   POST /v1/audio/transcriptions   OpenAI-compatible: multipart (file, model, response_format),
//                                   answers verbose_json {text, duration, segments[{start,end,text}]}
//   POST /v1/listen                 Deepgram pre-recorded: raw audio body, options in the query
//                                   (diarize, utterances, model), answers {metadata, results{channels, utterances}}
//
// What it hears: by default ('transcribe') it really transcribes the audio, offline, with
// pocketsphinx (the server is then what a self-hosted Whisper server is, with another engine);
// or it answers with given segments ('segments', for speakers and exact figures); or it fails in
// the ways providers fail. Every request is recorded (path, headers, fields, audio size), so tests
// can assert on what left Tacet.
import http from 'node:http';
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { pocketsphinxProvider } from '../src/features/transcription/providers/pocketsphinx.ts';
import { durationOf } from '../src/features/transcription/wav.ts';
import type { TranscriptSegment } from '../src/features/transcription/types.ts';

export interface TranscriptionRequest {
  api: 'openai' | 'deepgram';
  path: string;
  query: Record<string, string>;
  headers: http.IncomingHttpHeaders;
  /** Multipart fields other than the file (OpenAI). */
  fields: Record<string, string>;
  audioBytes: number;
  audioSha256: string;
  audioContentType: string | null;
  /** Milliseconds the server spent hearing the audio (its engine), once answered. */
  engineMs?: number;
}

export type TranscriptionServerMode =
  /** Transcribe the audio with pocketsphinx (installed: apt-get install pocketsphinx pocketsphinx-en-us). */
  | { kind: 'transcribe' }
  /** Answer with these segments (speakers are given to Deepgram clients; OpenAI has none). */
  | { kind: 'segments'; segments: TranscriptSegment[] }
  /** An HTTP error with this status, and a body that echoes nothing useful. */
  | { kind: 'error'; status: number }
  /** A 200 whose body is not the API's JSON. */
  | { kind: 'garbage' }
  /** Never answer (the client must time out or abort). */
  | { kind: 'hang' };

export interface TranscriptionServer {
  /** Base URL of the OpenAI-compatible API (…/v1), for TRANSCRIBE_OPENAI_BASE_URL. */
  openaiUrl: string;
  /** Base URL of the Deepgram API (no /v1), for TRANSCRIBE_DEEPGRAM_BASE_URL. */
  deepgramUrl: string;
  requests: TranscriptionRequest[];
  mode: TranscriptionServerMode;
  /** When set, requests without `Authorization: <this>` get 401. */
  requireAuth: { openai?: string; deepgram?: string };
  close(): Promise<void>;
}

async function body(req: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

async function hear(mode: TranscriptionServerMode, wav: Buffer): Promise<TranscriptSegment[]> {
  if (mode.kind === 'segments') return mode.segments;
  const r = await pocketsphinxProvider({ bin: 'pocketsphinx_continuous', modelDir: undefined }).transcribe({
    audio: { wav, durationSeconds: durationOf(wav) },
    signal: AbortSignal.timeout(600_000),
    timeoutMs: 600_000,
  });
  return r.segments;
}

function send(res: http.ServerResponse, status: number, json: unknown): void {
  const text = JSON.stringify(json);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export async function startTranscriptionServer(mode: TranscriptionServerMode = { kind: 'transcribe' }): Promise<TranscriptionServer> {
  const sockets = new Set<import('node:net').Socket>();
  const state: TranscriptionServer = {
    openaiUrl: '',
    deepgramUrl: '',
    requests: [],
    mode,
    requireAuth: {},
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
  const server = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const raw = await body(req);
      const query = Object.fromEntries(url.searchParams);
      let api: 'openai' | 'deepgram';
      let audio: Buffer;
      let audioContentType: string | null;
      const fields: Record<string, string> = {};
      if (req.method === 'POST' && url.pathname === '/v1/audio/transcriptions') {
        api = 'openai';
        const form = await new Response(raw, { headers: { 'content-type': req.headers['content-type'] ?? '' } }).formData();
        const file = form.get('file');
        if (!(file instanceof Blob)) return send(res, 400, { error: { message: 'file is required', type: 'invalid_request_error' } });
        audio = Buffer.from(await file.arrayBuffer());
        audioContentType = file.type || null;
        for (const [k, v] of form.entries()) if (typeof v === 'string') fields[k] = fields[k] === undefined ? v : `${fields[k]},${v}`;
      } else if (req.method === 'POST' && url.pathname === '/v1/listen') {
        api = 'deepgram';
        audio = raw;
        audioContentType = req.headers['content-type'] ?? null;
      } else {
        return send(res, 404, { error: 'not found' });
      }
      const record: TranscriptionRequest = { api, path: url.pathname, query, headers: req.headers, fields, audioBytes: audio.length, audioSha256: crypto.createHash('sha256').update(audio).digest('hex'), audioContentType };
      state.requests.push(record);
      const key = api === 'openai' ? state.requireAuth.openai : state.requireAuth.deepgram;
      if (key !== undefined && req.headers.authorization !== key) {
        return send(res, 401, api === 'openai' ? { error: { message: 'invalid api key', type: 'invalid_request_error' } } : { err_code: 'INVALID_AUTH', err_msg: 'Invalid credentials.' });
      }
      const m = state.mode;
      if (m.kind === 'hang') return; // the socket stays open until the client gives up
      if (m.kind === 'error') return send(res, m.status, { error: { message: 'provider failure (test server)', type: 'server_error' } });
      if (m.kind === 'garbage') {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end('<html>not json');
      }
      let segments: TranscriptSegment[];
      let duration: number;
      try {
        duration = durationOf(audio);
        const t0 = performance.now();
        segments = await hear(m, audio);
        record.engineMs = performance.now() - t0;
      } catch {
        return send(res, 400, { error: { message: 'could not decode the audio', type: 'invalid_request_error' } });
      }
      const text = segments.map((s) => s.text).join(' ');
      if (api === 'openai') {
        return send(res, 200, {
          task: 'transcribe',
          language: 'english',
          duration,
          text,
          segments: segments.map((s, id) => ({ id, seek: 0, start: s.start, end: s.end, text: ` ${s.text}`, tokens: [], temperature: 0, avg_logprob: -0.2, compression_ratio: 1.2, no_speech_prob: 0.01 })),
        });
      }
      const words = (s: TranscriptSegment) => {
        const ws = s.text.split(/\s+/).filter(Boolean);
        const step = (s.end - s.start) / Math.max(1, ws.length);
        return ws.map((w, i) => ({ word: w.toLowerCase(), start: s.start + i * step, end: s.start + (i + 1) * step, confidence: 0.9, speaker: speakerNo(s), punctuated_word: w }));
      };
      const speakerNo = (s: TranscriptSegment): number => (s.speaker === null ? 0 : Math.max(0, Number(/\d+/.exec(s.speaker)?.[0] ?? '1') - 1));
      const diarize = query.diarize === 'true';
      const withUtterances = query.utterances === 'true';
      return send(res, 200, {
        metadata: { request_id: crypto.randomUUID(), sha256: crypto.createHash('sha256').update(audio).digest('hex'), created: new Date().toISOString(), duration, channels: 1, models: [crypto.randomUUID()], model_info: {} },
        results: {
          channels: [{ alternatives: [{ transcript: text, confidence: 0.9, words: segments.flatMap(words) }] }],
          ...(withUtterances
            ? { utterances: segments.map((s) => ({ start: s.start, end: s.end, confidence: 0.9, channel: 0, transcript: s.text, words: words(s), ...(diarize ? { speaker: speakerNo(s) } : {}), id: crypto.randomUUID() })) }
            : {}),
        },
      });
    })().catch(() => {
      if (!res.headersSent) send(res, 500, { error: { message: 'test server failure' } });
    });
  });
  // A long recording keeps the server busy past Node's default 300 s request timeout.
  server.requestTimeout = 0;
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  state.openaiUrl = `http://127.0.0.1:${port}/v1`;
  state.deepgramUrl = `http://127.0.0.1:${port}`;
  return state;
}
