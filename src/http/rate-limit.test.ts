// R25/R39: the rate limit is the first step of the pipeline for every request, signed in or not.
// Before this, the limiter ran after the route's authentication hook, so refused requests were
// never limited: each one cost a session look-up and, for a missing CSRF header, an audit row.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestRuntime, type TestRuntime } from '../../test/runtime.ts';
import { seedPractice, type SeededPractice } from '../../test/factories.ts';
import { sessionFor } from '../../test/auth.ts';
import { buildApp } from './server.ts';
import { systemContext, withTenant } from '../db/tenant.ts';
import { cookieName } from '../features/auth/sessions.ts';
import { startRedis, type TestRedis } from '../../test/redis.ts';

const LIMIT = 12;
let rt: TestRuntime;
let app: FastifyInstance;
let p: SeededPractice;

beforeAll(async () => {
  rt = await createTestRuntime();
  app = await buildApp(rt, { rateLimitPerMinute: LIMIT });
  await app.ready();
  p = await seedPractice(rt.db);
});
afterAll(async () => {
  await app.close();
  await rt.close();
});

const deniedRows = async (): Promise<number> =>
  withTenant(rt.db, systemContext(p.practiceId), async (trx) =>
    Number((await trx.selectFrom('audit_events').select((eb) => eb.fn.countAll().as('n')).where('practice_id', '=', p.practiceId).where('action', '=', 'access.denied').executeTakeFirstOrThrow()).n),
  );

describe('rate limiting comes first', () => {
  it('R25 writes without the CSRF header are limited, and stop writing audit rows once limited', async () => {
    const s = await sessionFor(rt, { userId: p.users.practitioner, practiceId: p.practiceId });
    const before = await deniedRows();
    const codes: number[] = [];
    for (let i = 0; i < LIMIT + 8; i++) {
      const res = await app.inject({ method: 'POST', url: '/api/clients', headers: { cookie: s.cookie }, payload: {}, remoteAddress: '198.51.100.20' });
      codes.push(res.statusCode);
    }
    expect(codes.slice(0, LIMIT).every((c) => c === 403)).toBe(true);
    expect(codes.slice(LIMIT).every((c) => c === 429)).toBe(true);
    // One audit row per refused request that reached the pipeline, none for the limited ones.
    expect((await deniedRows()) - before).toBe(LIMIT);
  });

  it('R25 requests without a cookie, or with random cookies, are limited by address', async () => {
    const codes: number[] = [];
    for (let i = 0; i < LIMIT + 3; i++) {
      const headers = i % 2 === 0 ? {} : { cookie: `${cookieName(rt)}=${crypto.randomBytes(32).toString('base64url')}` };
      codes.push((await app.inject({ method: 'GET', url: '/api/clients', headers, remoteAddress: '198.51.100.21' })).statusCode);
    }
    expect(codes.slice(0, LIMIT).every((c) => c === 401)).toBe(true);
    expect(codes.slice(LIMIT)).toEqual([429, 429, 429]);
    const res = await app.inject({ method: 'GET', url: '/api/clients', remoteAddress: '198.51.100.21' });
    expect(res.json()).toMatchObject({ error: { code: 'rate_limited' } });
    // Another address has its own budget.
    expect((await app.inject({ method: 'GET', url: '/api/clients', remoteAddress: '198.51.100.22' })).statusCode).toBe(401);
  });

  it('R25 one session spread over many addresses is limited by the session too', async () => {
    const s = await sessionFor(rt, { userId: p.users.practitioner, practiceId: p.practiceId });
    const codes: number[] = [];
    for (let i = 0; i < LIMIT + 2; i++) {
      codes.push((await app.inject({ method: 'GET', url: '/api/practice', headers: s.headers, remoteAddress: `203.0.113.${i + 1}` })).statusCode);
    }
    expect(codes.slice(0, LIMIT).every((c) => c === 200)).toBe(true);
    expect(codes.slice(LIMIT)).toEqual([429, 429]);
  });
});

describe('several instances share one count through Redis', () => {
  let redis: TestRedis;
  let shared: TestRuntime;
  let a: FastifyInstance;
  let b: FastifyInstance;
  beforeAll(async () => {
    redis = await startRedis();
    shared = await createTestRuntime({ REDIS_URL: redis.url });
    a = await buildApp(shared, { rateLimitPerMinute: LIMIT });
    b = await buildApp(shared, { rateLimitPerMinute: LIMIT });
    await Promise.all([a.ready(), b.ready()]);
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await shared.close();
    await redis.close();
  });

  it('R25 with REDIS_URL, two app instances count one address together', async () => {
    const codes: number[] = [];
    for (let i = 0; i < LIMIT + 2; i++) {
      const app = i % 2 === 0 ? a : b;
      codes.push((await app.inject({ method: 'GET', url: '/api/clients', remoteAddress: '198.51.100.30' })).statusCode);
    }
    // Each instance alone would have allowed LIMIT; together they allow LIMIT in all.
    expect(codes.slice(0, LIMIT).every((c) => c === 401)).toBe(true);
    expect(codes.slice(LIMIT)).toEqual([429, 429]);
  });
});
