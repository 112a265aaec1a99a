// The fetch the provider SDKs are given. Node's built-in fetch gives up on a server that has not
// started its answer within 300 seconds (undici's headersTimeout), and a self-hosted Whisper
// server can think far longer than that over an hour of audio on a CPU. This one sends the
// request with node:http(s) and no timeouts of its own: the call's AbortSignal (its deadline,
// TRANSCRIBE_TIMEOUT_MS, or the caller) is the only limit. Bodies are held in memory, as the
// audio already is.
import http from 'node:http';
import https from 'node:https';

export const longFetch: typeof fetch = async (input, init) => {
  // Request encodes whatever body the SDK built (FormData with its boundary, a Buffer, a stream).
  const req = new Request(input, init);
  const body = req.body === null ? null : Buffer.from(await req.arrayBuffer());
  const url = new URL(req.url);
  const headers: Record<string, string> = {};
  req.headers.forEach((v, k) => {
    headers[k] = v;
  });
  if (body !== null) headers['content-length'] = String(body.length);
  const signal = init?.signal ?? undefined;
  signal?.throwIfAborted();
  return new Promise<Response>((resolve, reject) => {
    const send = url.protocol === 'https:' ? https.request : http.request;
    const out = send(url, { method: req.method, headers, ...(signal ? { signal } : {}) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const h = new Headers();
        for (const [k, v] of Object.entries(res.headers)) {
          if (Array.isArray(v)) for (const x of v) h.append(k, x);
          else if (v !== undefined) h.set(k, v);
        }
        const status = res.statusCode ?? 502;
        // A Response with status 204/304 may carry no body.
        resolve(new Response(status === 204 || status === 304 ? null : Buffer.concat(chunks), { status, statusText: res.statusMessage ?? '', headers: h }));
      });
    });
    out.on('error', reject);
    out.end(body ?? undefined);
  });
};
