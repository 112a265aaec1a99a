// The web application is served by Tacet itself: the shell for client-side routes, hashed assets
// cached for good, and the API's own 404s left alone.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify, { type FastifyInstance } from 'fastify';
import { createTestRuntime, type TestRuntime } from '../../../test/runtime.ts';
import { buildApp } from '../../http/server.ts';
import { WEB_DIST, webRoutes } from './routes.ts';

const built = fs.existsSync(path.join(WEB_DIST, 'index.html'));
let rt: TestRuntime;
let app: FastifyInstance;

beforeAll(async () => {
  rt = await createTestRuntime();
  app = await buildApp(rt);
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await rt.close();
});

describe('web application serving', () => {
  it.skipIf(!built)('answers index.html for / and client-side routes, never cached, under the strict CSP', async () => {
    for (const url of ['/', '/clients', '/clients/6f1c2d3e-1111-4222-8333-944455556666', '/settings']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.body).toContain('<div id="root">');
      // No inline script or style: everything the page runs comes from a file.
      expect(res.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(res.body).not.toMatch(/<style|\sstyle=/);
    }
  });

  it.skipIf(!built)('serves hashed assets with a year-long immutable cache', async () => {
    const html = (await app.inject({ method: 'GET', url: '/' })).body;
    const src = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(src).toBeDefined();
    const res = await app.inject({ method: 'GET', url: src ?? '' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toContain('immutable');
    expect(res.headers['cache-control']).toContain('max-age=31536000');
  });

  it('leaves API, health and sign-in-link paths to the server', async () => {
    const api = await app.inject({ method: 'GET', url: '/api/no-such-route' });
    expect(api.statusCode).toBe(404);
    expect(api.json<{ error: { code: string } }>().error.code).toBe('not_found');
    expect((await app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await app.inject({ method: 'GET', url: '/auth/verify' })).body).toContain('/auth/verify.js');
    expect((await app.inject({ method: 'GET', url: '/favicon.ico' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/assets/missing-file.js' })).statusCode).toBe(404);
  });

  it('says how to build the app when web/dist is missing', async () => {
    const bare = Fastify();
    await webRoutes(bare, path.join(rt.dataDir, 'no-dist'));
    const res = await bare.inject({ method: 'GET', url: '/clients' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('npm run build:web');
    await bare.close();
  });
});
