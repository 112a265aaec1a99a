// Stand-ins for the AI providers: a plain node:http server speaking the subset of each API that
// Tacet uses (Anthropic `POST /v1/messages`, OpenAI `POST /v1/chat/completions`). The real SDKs
// are pointed at it with their baseURL option, so tests exercise the real clients without any
// network. Every request body is recorded so tests can assert on what left Tacet.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  json: Record<string, unknown>;
}

interface Payload {
  sections: Array<{ key: string }>;
  segments: Array<{ id: string; text: string }>;
  goals: Array<{ id: string; text: string }>;
}

export type StubMode =
  /** Answer with a grounded draft built from the request: one sentence per segment. */
  | { kind: 'echo'; extra?: Array<{ section?: string; text: string; sourceIds: string[] }> }
  /** Answer with this text as the model output. */
  | { kind: 'raw'; text: string }
  /** HTTP error with this status (e.g. 500, 503, 429, 400). */
  | { kind: 'error'; status: number }
  /** Never answer (the client must time out). */
  | { kind: 'hang' };

export interface AiStub {
  url: string;
  requests: RecordedRequest[];
  /** The behaviour for the next requests; a list is consumed one per request, the last one sticking. */
  mode: StubMode | StubMode[];
  close(): Promise<void>;
}

function echoAnswer(payload: Payload, extra: NonNullable<Extract<StubMode, { kind: 'echo' }>['extra']>): string {
  const keys = payload.sections.map((s) => s.key);
  const sections = keys.map((key) => ({ key, sentences: [] as Array<{ text: string; sourceIds: string[] }> }));
  payload.segments.forEach((seg, i) => {
    sections[i % sections.length]!.sentences.push({ text: `Client reported that ${seg.text.replace(/[.!?]*$/, '')}.`, sourceIds: [seg.id] });
  });
  for (const e of extra) {
    const target = sections.find((s) => s.key === e.section) ?? sections[0]!;
    target.sentences.push({ text: e.text, sourceIds: e.sourceIds });
  }
  const goalSuggestions = payload.goals.map((g) => ({ goalId: g.id, progress: 'some_progress', sourceIds: payload.segments.slice(0, 1).map((s) => s.id) }));
  return JSON.stringify({ sections, goalSuggestions });
}

function userText(path: string, json: Record<string, unknown>): string {
  const messages = (json.messages ?? []) as Array<{ role: string; content: unknown }>;
  const user = messages.find((m) => m.role === 'user');
  if (typeof user?.content === 'string') return user.content;
  if (Array.isArray(user?.content)) return (user.content as Array<{ text?: string }>).map((c) => c.text ?? '').join('');
  throw new Error(`no user message in ${path}`);
}

export async function startAiStub(): Promise<AiStub> {
  const requests: RecordedRequest[] = [];
  const stub: AiStub = { url: '', requests, mode: { kind: 'echo' }, close: async () => undefined };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const path = req.url ?? '';
      let json: Record<string, unknown> = {};
      try {
        json = JSON.parse(body) as Record<string, unknown>;
      } catch {
        /* recorded as is */
      }
      requests.push({ path, headers: req.headers, body, json });
      const mode = Array.isArray(stub.mode) ? (stub.mode.length > 1 ? stub.mode.shift()! : stub.mode[0]!) : stub.mode;
      if (mode.kind === 'hang') return; // the socket is destroyed when the stub closes
      const send = (status: number, value: unknown): void => {
        res.writeHead(status, { 'content-type': 'application/json', 'request-id': 'req_stub', 'x-request-id': 'req_stub' });
        res.end(JSON.stringify(value));
      };
      if (mode.kind === 'error') {
        return send(mode.status, path.startsWith('/v1/messages')
          ? { type: 'error', error: { type: mode.status >= 500 ? 'api_error' : 'invalid_request_error', message: 'stub error' } }
          : { error: { message: 'stub error', type: 'server_error', code: null } });
      }
      let text: string;
      try {
        text = mode.kind === 'raw' ? mode.text : echoAnswer(JSON.parse(userText(path, json)) as Payload, mode.extra ?? []);
      } catch {
        return send(400, { error: { message: 'stub could not read the request' } });
      }
      const model = typeof json.model === 'string' ? json.model : 'stub-model';
      if (path.startsWith('/v1/messages')) {
        return send(200, {
          id: 'msg_stub',
          type: 'message',
          role: 'assistant',
          model,
          content: [{ type: 'text', text }],
          stop_reason: 'end_turn',
          stop_sequence: null,
          usage: { input_tokens: 10, output_tokens: 10 },
        });
      }
      if (path.startsWith('/v1/chat/completions')) {
        return send(200, {
          id: 'chatcmpl-stub',
          object: 'chat.completion',
          created: Math.floor(Date.now() / 1000),
          model,
          choices: [{ index: 0, message: { role: 'assistant', content: text, refusal: null }, finish_reason: 'stop', logprobs: null }],
          usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
        });
      }
      return send(404, { error: { message: 'not found' } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  stub.url = `http://127.0.0.1:${port}`;
  stub.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return stub;
}
