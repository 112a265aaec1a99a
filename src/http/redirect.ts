// With TLS on, an optional plain-HTTP listener exists only to send browsers to HTTPS (R15). It
// never serves data: API paths get an error instead of a redirect, so a client that sent
// credentials or PHI over plain HTTP learns at once that it must not.
import http from 'node:http';

export function createRedirectServer(httpsPort: number, publicUrl?: string): http.Server {
  return http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/api' || path.startsWith('/api/')) {
      res.writeHead(403, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      res.end(JSON.stringify({ error: { code: 'https_required', message: 'Use HTTPS for the API.', id: crypto.randomUUID() } }));
      return;
    }
    let origin: string;
    if (publicUrl !== undefined) {
      origin = new URL(publicUrl).origin;
    } else {
      const host = (req.headers.host ?? 'localhost').replace(/:\d+$/, '');
      // Only a plain host name is echoed back into Location.
      const safeHost = /^[A-Za-z0-9.-]+$|^\[[0-9a-fA-F:]+\]$/.test(host) ? host : 'localhost';
      origin = `https://${safeHost}${httpsPort === 443 ? '' : `:${httpsPort}`}`;
    }
    // Path only, no query string: a query string may hold something that should not travel twice.
    res.writeHead(301, { Location: `${origin}${path}`, 'Cache-Control': 'no-store' });
    res.end();
  });
}
