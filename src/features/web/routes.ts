// Serves the web application (web/, built into web/dist by `npm run build:web`) on Tacet's own
// origin, so the strict CSP (script-src 'self', style-src 'self') covers it and the session
// cookie never crosses origins.
//
// - /assets/* are content-hashed by the build: cached for a year, immutable.
// - Every other GET that is not an API, health or sign-in-link path answers index.html, so the
//   client-side routes (/clients/…, /notes/…) work on reload. index.html is `no-store`: it names
//   the current hashed bundles, and a stale copy would load yesterday's code.
// - Paths with a file extension that do not exist answer 404 rather than the app (a browser
//   asking for /favicon.ico must not get HTML).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import { sendError } from '../../http/errors.ts';

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web/dist');

/** Paths the application never answers with index.html: they belong to the server. */
const SERVER_PATHS = /^\/(?:api(?:\/|$)|healthz$|readyz$|auth\/verify)/;

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Tacet</title></head>
<body><main><h1>Tacet is running</h1>
<p>The web application has not been built. Run <code>npm run build:web</code> (or <code>npm ci</code>, which builds it) and reload.</p>
</main></body></html>
`;

export async function webRoutes(app: FastifyInstance, distDir: string = WEB_DIST): Promise<void> {
  const indexFile = path.join(distDir, 'index.html');
  const built = fs.existsSync(indexFile);

  if (built) {
    await app.register(fastifyStatic, {
      root: path.join(distDir, 'assets'),
      prefix: '/assets/',
      decorateReply: false,
      index: false,
      immutable: true,
      maxAge: '365d',
      schemaHide: true,
    });
  }

  const shell = async (req: FastifyRequest, reply: FastifyReply) => {
    const url = req.url.split('?')[0] ?? '/';
    if (SERVER_PATHS.test(url) || /\.[A-Za-z0-9]+$/.test(url)) return sendError(reply, 404, 'not_found', 'No such route.');
    reply.header('Cache-Control', 'no-store').type('text/html; charset=utf-8');
    // Read on each request (a few hundred bytes): a rebuild takes effect without a restart.
    if (!built) return reply.send(NOT_BUILT);
    try {
      return reply.send(await fs.promises.readFile(indexFile));
    } catch {
      return reply.send(NOT_BUILT);
    }
  };
  app.get('/', { schema: { hide: true } }, shell);
  app.get('/*', { schema: { hide: true } }, shell);
}
