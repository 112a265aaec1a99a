// R39 under the shared test clock: the idle timer counts the person, not the page. One TestClock
// moves the application (runtime.clock) and the database (app.tacet_now()) together, so expiry is
// tested at the exact millisecond of the timeout, on PGlite and on PostgreSQL alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { createTestRuntime, type TestRuntime } from '../../../test/runtime.ts';
import { TestClock } from '../../../test/clock.ts';
import { seedPractice, type SeededPractice } from '../../../test/factories.ts';
import { injectAs, sessionFor, type TestSession } from '../../../test/auth.ts';
import { buildApp } from '../../http/server.ts';
import { defineRoute } from '../../http/pipeline.ts';
import { systemContext, withTenant } from '../../db/tenant.ts';
import { BACKGROUND_HEADER, STEP_UP_WINDOW_MS } from './sessions.ts';
import { consumeLink, issueLink, MAGIC_LINK_TTL_MS } from './magic-link.ts';

const MINUTE = 60_000;
const TIMEOUT = 15 * MINUTE;

let clock: TestClock;
let rt: TestRuntime;
let app: FastifyInstance;
let p: SeededPractice;

beforeAll(async () => {
  // A round instant well away from the real time: anything that still read the real clock would
  // be off by years, not by milliseconds.
  clock = new TestClock(Date.parse('2031-03-04T09:00:00.000Z'));
  rt = await createTestRuntime({}, { clock });
  app = await buildApp(rt, { rateLimitPerMinute: 10_000 });
  defineRoute(app, rt, {
    method: 'GET',
    url: '/api/test/step-up',
    summary: 'test',
    auth: 'full',
    roles: 'self',
    stepUp: true,
    schema: { querystring: z.strictObject({}) },
    handler: async () => ({ ok: true }),
  });
  await app.ready();
  p = await seedPractice(rt.db);
});
afterAll(async () => {
  await app.close();
  await rt.close();
});

const background = { [BACKGROUND_HEADER]: '1' };
const read = (s: TestSession, headers: Record<string, string> = {}) => injectAs(app, s, { method: 'GET', url: '/api/practice', headers });
const timeLeft = async (s: TestSession) => (await injectAs(app, s, { method: 'GET', url: '/api/auth/session' })).json<{ idleRemainingSeconds: number }>().idleRemainingSeconds;

describe('one clock for the application and the database', () => {
  it('R39 the database reads the test clock in tenant transactions and in single statements', async () => {
    const inTenant = await withTenant(rt.db, p.ctx('practitioner'), async (trx) => (await sql<{ t: Date }>`SELECT app.tacet_now() AS t`.execute(trx)).rows[0]!.t);
    expect(inTenant.toISOString()).toBe(clock.now().toISOString());
    clock.advance(90_000);
    const single = (await sql<{ t: Date }>`SELECT app.tacet_now() AS t`.execute(rt.db)).rows[0]!.t;
    expect(single.toISOString()).toBe(clock.now().toISOString());
    expect(rt.clock.now().toISOString()).toBe('2031-03-04T09:01:30.000Z');
  });

  it('R39 without a test clock (as in production) nothing sets tacet.now and the database keeps its own time', async () => {
    const plain = await createTestRuntime();
    try {
      const r = await sql<{ same: boolean; setting: string | null }>`SELECT app.tacet_now() = now() AS same, current_setting('tacet.now', true) AS setting`.execute(plain.db);
      expect(r.rows[0]?.same).toBe(true);
      expect(r.rows[0]?.setting ?? '').toBe('');
    } finally {
      await plain.close();
    }
  });
});

describe('the idle timer counts the person, not the page', () => {
  it('R39 background requests never extend the session: it ends exactly at the timeout', async () => {
    const s = await sessionFor(rt, { userId: p.users.practitioner, practiceId: p.practiceId });
    for (let i = 0; i < 14; i++) {
      clock.advance(MINUTE);
      expect((await read(s, background)).statusCode).toBe(200);
      expect((await timeLeft(s))).toBe((14 - i) * 60);
    }
    clock.advance(MINUTE - 1);
    expect((await read(s, background)).statusCode).toBe(200);
    clock.advance(1);
    const res = await read(s, background);
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: { code: 'session_expired' } });
  });

  it('R39 the time-left check alone never extends the session', async () => {
    const s = await sessionFor(rt, { userId: p.users.practitioner, practiceId: p.practiceId });
    clock.advance(TIMEOUT - 1000);
    expect(await timeLeft(s)).toBe(1);
    clock.advance(1000);
    expect((await injectAs(app, s, { method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
  });

  it('R39 a request the person caused extends the session; the timeout then counts from it', async () => {
    const s = await sessionFor(rt, { userId: p.users.practitioner, practiceId: p.practiceId });
    clock.advance(10 * MINUTE);
    expect((await read(s)).statusCode).toBe(200);
    expect(await timeLeft(s)).toBe(15 * 60);
    clock.advance(TIMEOUT - 1);
    expect((await read(s, background)).statusCode).toBe(200);
    clock.advance(1);
    expect((await read(s, background)).statusCode).toBe(401);
  });

  it('R39 an activity report extends to the moment of the last input, not to the moment of the report', async () => {
    const s = await sessionFor(rt, { userId: p.users.practitioner, practiceId: p.practiceId });
    clock.advance(14 * MINUTE);
    // The person last typed 10 minutes ago (4 minutes into the session).
    const res = await injectAs(app, s, { method: 'POST', url: '/api/auth/session/keepalive', payload: { idleSeconds: 600 } });
    expect(res.statusCode).toBe(200);
    expect(res.json<{ idleRemainingSeconds: number }>().idleRemainingSeconds).toBe(5 * 60);
    // A report can never move the last activity backwards.
    await injectAs(app, s, { method: 'POST', url: '/api/auth/session/keepalive', payload: { idleSeconds: 3600 } });
    expect(await timeLeft(s)).toBe(5 * 60);
    clock.advance(5 * MINUTE);
    expect((await read(s, background)).statusCode).toBe(401);
  });

  it('R39 "Stay signed in" (a report of input now) restarts the full timeout', async () => {
    const s = await sessionFor(rt, { userId: p.users.practitioner, practiceId: p.practiceId });
    clock.advance(14 * MINUTE + 30_000);
    expect((await injectAs(app, s, { method: 'POST', url: '/api/auth/session/keepalive', payload: {} })).json()).toMatchObject({ idleRemainingSeconds: 15 * 60 });
    clock.advance(TIMEOUT - 1);
    expect((await read(s, background)).statusCode).toBe(200);
  });

  it('R39 an activity report after the timeout is refused: it cannot revive a session', async () => {
    const s = await sessionFor(rt, { userId: p.users.practitioner, practiceId: p.practiceId });
    clock.advance(TIMEOUT);
    const res = await injectAs(app, s, { method: 'POST', url: '/api/auth/session/keepalive', payload: { idleSeconds: 0 } });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: { code: 'session_expired' } });
  });

  it('R39 refuses a malformed activity report, naming the field', async () => {
    const s = await sessionFor(rt, { userId: p.users.practitioner, practiceId: p.practiceId });
    const res = await injectAs(app, s, { method: 'POST', url: '/api/auth/session/keepalive', payload: { idleSeconds: -5 } });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain('idleSeconds');
  });
});

describe('other expiries on the same clock', () => {
  it('R26 R39 a sign-in link expires on the shared clock', async () => {
    const issue = () => withTenant(rt.db, systemContext(), (trx) => issueLink(trx, { purpose: 'signin', email: `clock.${Date.now()}@example.test`, userId: p.users.practitioner }));
    const meta = { requestId: 'clock-test', ip: '127.0.0.1' };
    const fresh = await issue();
    clock.advance(MAGIC_LINK_TTL_MS - 1);
    expect(await consumeLink(rt, fresh, meta)).not.toBeNull();
    const stale = await issue();
    clock.advance(MAGIC_LINK_TTL_MS);
    expect(await consumeLink(rt, stale, meta)).toBeNull();
  });

  it('R39 the step-up window closes on the shared clock', async () => {
    const s = await sessionFor(rt, { userId: p.users.practitioner, practiceId: p.practiceId });
    clock.advance(STEP_UP_WINDOW_MS);
    expect((await injectAs(app, s, { method: 'GET', url: '/api/test/step-up' })).statusCode).toBe(200);
    clock.advance(1);
    expect((await injectAs(app, s, { method: 'GET', url: '/api/test/step-up' })).json()).toMatchObject({ error: { code: 'step_up_required' } });
  });
});

describe('sign-in keeps the page asked for', () => {
  it('R39 R26 the emailed link returns to the page asked for before signing in', async () => {
    const email = await withTenant(rt.db, systemContext(), async (trx) =>
      (await trx.selectFrom('users').select('email').where('id', '=', p.users.practitioner).executeTakeFirstOrThrow()).email,
    );
    const res = await app.inject({ method: 'POST', url: '/api/auth/magic-link', payload: { email, next: '/notes/2f0b7c1e-4d1a-4c55-9a57-0d5f1e3b9a10' } });
    expect(res.statusCode).toBe(202);
    await rt.background.idle();
    const stored = await rt.testDb.asAdmin(async (db) =>
      (await sql<{ next_path: string | null }>`SELECT next_path FROM magic_links WHERE email = ${email} ORDER BY created_at DESC LIMIT 1`.execute(db)).rows[0]?.next_path,
    );
    expect(stored).toBe('/notes/2f0b7c1e-4d1a-4c55-9a57-0d5f1e3b9a10');
    // Consuming a link hands the path back to the page the link opens.
    const token = await withTenant(rt.db, systemContext(), (trx) => issueLink(trx, { purpose: 'signin', email, userId: p.users.practitioner, nextPath: '/clients' }));
    const consumed = await app.inject({ method: 'POST', url: '/api/auth/magic-link/consume', payload: { token } });
    expect(consumed.json()).toMatchObject({ stage: 'partial', next: '/clients' });
  });

  it.each(['//evil.example/x', 'https://evil.example/', '/\\evil.example', '/clients?x=1', 'clients', '/a b'])(
    'R39 refuses a return path that could leave the application (%s), naming the field',
    async (next) => {
      const res = await app.inject({ method: 'POST', url: '/api/auth/magic-link', payload: { email: 'nobody@example.test', next } });
      expect(res.statusCode).toBe(400);
      expect(res.json<{ error: { message: string } }>().error.message).toContain('next');
      expect(res.body).not.toContain('evil');
    },
  );
});
