import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createTestRuntime, type TestRuntime } from '../../test/runtime.ts';
import { buildApp, BODY_LIMIT } from './server.ts';
import { withTenant } from '../db/tenant.ts';
import { seedPractice, type SeededPractice } from '../../test/factories.ts';

let rt: TestRuntime;
let app: FastifyInstance;
let p: SeededPractice;

beforeAll(async () => {
  rt = await createTestRuntime();
  p = await seedPractice(rt.db);
  app = await buildApp(rt, { rateLimitPerMinute: 1000 });
  const r = app.withTypeProvider<ZodTypeProvider>();
  // Test-only routes exercising the shared validation and error paths.
  r.post(
    '/api/test/echo',
    { schema: { body: z.strictObject({ name: z.string().max(20), count: z.number().int().min(0) }) } },
    async (req) => ({ ok: true, count: req.body.count }),
  );
  r.post('/api/test/duplicate-email', { schema: { body: z.strictObject({ email: z.email() }) } }, async (req) => {
    await withTenant(rt.db, p.ctx('owner'), async (trx) => {
      await trx.updateTable('users').set({ email: req.body.email }).where('id', '=', p.users.owner).execute();
    });
    return { ok: true };
  });
  r.get('/api/test/boom', async () => {
    throw new Error('secret internal detail for client Jane Roe');
  });
  r.get('/api/test/limited', { config: { rateLimit: { max: 3, timeWindow: '1 minute' } } }, async () => ({ ok: true }));
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await rt.close();
});

describe('HTTP server', () => {
  it('GET /healthz answers that the process is alive', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('GET /readyz answers that the database is reachable', async () => {
    const res = await app.inject({ method: 'GET', url: '/readyz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ready', database: rt.testDb.kind });
  });

  it('R15 sends strict security headers on every response', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['permissions-policy']).toContain('microphone=()');
    expect(res.headers['permissions-policy']).toContain('camera=()');
    expect(res.headers['permissions-policy']).toContain('geolocation=()');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('R25 API responses are never cached', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/test/echo', payload: { name: 'a', count: 1 } });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('rejects unknown fields, naming the field without echoing any value', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/test/echo', payload: { name: 'a', count: 1, diagnosis: 'F41.1 Jane Roe' } });
    expect(res.statusCode).toBe(400);
    const body = res.json<{ error: { code: string; message: string; id: string } }>();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.message).toBe('body.diagnosis: is not an accepted field');
    expect(res.body).not.toContain('Jane');
    expect(body.error.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('R25 an unknown key that could be PHI is described, not quoted', async () => {
    for (const key of ['Jane Roe', 'jane', 'maria.roe@example.test']) {
      const res = await app.inject({ method: 'POST', url: '/api/test/echo', payload: { name: 'a', count: 1, [key]: 'x' } });
      expect(res.statusCode).toBe(400);
      expect(res.json<{ error: { message: string } }>().error.message).toBe('body: holds a field that is not accepted');
      expect(res.body.toLowerCase()).not.toContain(key.toLowerCase());
    }
  });

  it('names the field and the reason for a bad value, without echoing it', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/test/echo', payload: { name: 'Jane Roe the Client With A Long Name', count: -7777 } });
    expect(res.statusCode).toBe(400);
    const { error } = res.json<{ error: { message: string } }>();
    expect(error.message).toMatch(/^body\.(name|count): /);
    expect(res.body).not.toContain('Jane');
    expect(res.body).not.toContain('7777');
  });

  it('answers malformed JSON with a clear error', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/test/echo', headers: { 'content-type': 'application/json' }, payload: '{"name": ' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'invalid_json' } });
  });

  it('R25 a unique violation does not leak the conflicting value', async () => {
    const other = await withTenant(rt.db, p.ctx('practitioner'), (trx) => trx.selectFrom('users').select('email').where('id', '=', p.users.practitioner).executeTakeFirstOrThrow());
    const res = await app.inject({ method: 'POST', url: '/api/test/duplicate-email', payload: { email: other.email } });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: { code: 'conflict' } });
    expect(res.body).not.toContain(other.email);
    expect(res.body).not.toContain('users_email_key');
    expect(rt.logLines.join('\n')).not.toContain(other.email);
  });

  it('R25 an unexpected error answers with an error id only, and the log has the id but not the message', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/test/boom' });
    expect(res.statusCode).toBe(500);
    const { error } = res.json<{ error: { id: string; message: string } }>();
    expect(res.body).not.toContain('Jane');
    expect(res.body).not.toContain('stack');
    const line = rt.logLines.find((l) => l.includes(error.id));
    expect(line).toBeDefined();
    expect(line).not.toContain('Jane');
    expect(line).not.toContain('Roe');
  });

  it('limits the body size', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/test/echo', payload: { name: 'a', count: 1, pad: 'x'.repeat(BODY_LIMIT + 10) } });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ error: { code: 'payload_too_large' } });
  });

  it('rate-limits per client with the standard error body', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await app.inject({ method: 'GET', url: '/api/test/limited', remoteAddress: '198.51.100.7' })).statusCode);
    expect(codes).toEqual([200, 200, 200, 429, 429]);
    const res = await app.inject({ method: 'GET', url: '/api/test/limited', remoteAddress: '198.51.100.7' });
    expect(res.json()).toMatchObject({ error: { code: 'rate_limited' } });
    // A different client is not affected.
    expect((await app.inject({ method: 'GET', url: '/api/test/limited', remoteAddress: '198.51.100.8' })).statusCode).toBe(200);
  });

  it('R25 request log lines carry the route template and request id, never the URL, query string or body', async () => {
    const marker = crypto.randomUUID();
    await app.inject({ method: 'POST', url: `/api/test/echo?client=Jane+Roe&m=${marker}`, payload: { name: 'Jane Roe', count: 2 } });
    const lines = rt.logLines.filter((l) => l.includes('request completed') && l.includes('/api/test/echo'));
    expect(lines.length).toBeGreaterThan(0);
    for (const l of rt.logLines) {
      expect(l).not.toContain(marker);
      expect(l).not.toContain('Jane');
    }
    const entry = JSON.parse(lines.at(-1) ?? '{}') as Record<string, unknown>;
    expect(entry).toMatchObject({ route: '/api/test/echo', method: 'POST', statusCode: 200 });
    expect(entry.reqId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
