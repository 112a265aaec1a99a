// With TLS on, an optional plain-HTTP listener exists only to send browsers to HTTPS (R15). It
// never serves data: API paths get an error instead of a redirect, so a client that sent
// credentials or PHI over plain HTTP learns at once that it must not.
import http from 'node:http';

export function createRedirectServer(publicUrl: string): http.Server {
  // The target is the configured public origin, never the request's Host header: a reflected Host
  // would let anyone who can send a request here choose where browsers are sent.
  const origin = new URL(publicUrl).origin;
  return http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/api' || path.startsWith('/api/')) {
      res.writeHead(403, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      res.end(JSON.stringify({ error: { code: 'https_required', message: 'Use HTTPS for the API.', id: crypto.randomUUID() } }));
      return;
    }
    // Path only, no query string: a query string may hold something that should not travel twice.
    // A path must start with one slash: "//evil.example" would be a protocol-relative URL.
    const safePath = path.startsWith('/') && !path.startsWith('//') ? path : '/';
    res.writeHead(301, { Location: `${origin}${safePath}`, 'Cache-Control': 'no-store' });
    res.end();
  });
}
