import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { createTestRuntime, type TestRuntime } from '../../../../test/runtime.ts';
import { seedPractice, type SeededPractice } from '../../../../test/factories.ts';
import { sessionFor, type TestSession } from '../../../../test/auth.ts';
import { SoftAuthenticator } from '../../../../test/webauthn-authenticator.ts';
import { loadConfig } from '../../../config/config.ts';
import { buildApp } from '../../../http/server.ts';
import { SYSTEM_PRACTICE_ID } from '../../../db/tenant.ts';
import { webauthnRelyingParty } from './webauthn.ts';
import { auditRows, call, giveTotp, nextIp, sessionFromResponse, sessionRow } from './test-support.ts';

let rt: TestRuntime;
let app: FastifyInstance;
let ip: string;
let rpId: string;
let origin: string;

beforeAll(async () => {
  rt = await createTestRuntime();
  app = await buildApp(rt, { rateLimitPerMinute: 10_000 });
  await app.ready();
  ({ rpID: rpId, origin } = webauthnRelyingParty(rt.config));
});
afterAll(async () => {
  await app.close();
  await rt.close();
});
beforeEach(() => {
  ip = nextIp();
});

async function freshUser(): Promise<{ p: SeededPractice; userId: string }> {
  const p = await seedPractice(rt.db);
  return { p, userId: p.users.practitioner };
}

/** Registers a passkey through the API; returns the authenticator and the session the answer set. */
async function register(s: TestSession, body: { label?: string; endOtherSessions?: boolean } = {}) {
  const authr = new SoftAuthenticator(rpId, origin);
  const opts = await call(app, s, ip, 'POST', '/api/auth/passkeys/register/options');
  expect(opts.statusCode).toBe(200);
  const options = opts.json<{ challenge: string; user: { id: string }; attestation: string; authenticatorSelection: { userVerification: string } }>();
  expect(options.attestation).toBe('none');
  expect(options.authenticatorSelection.userVerification).toBe('preferred');
  const res = await call(app, s, ip, 'POST', '/api/auth/passkeys/register/verify', { response: authr.register(options), ...body });
  return { authr, res };
}

async function assertWith(s: TestSession, authr: SoftAuthenticator, base: string, over: Parameters<SoftAuthenticator['assert']>[1] = {}) {
  const opts = await call(app, s, ip, 'POST', `${base}/options`);
  expect(opts.statusCode).toBe(200);
  const response = authr.assert(opts.json<{ challenge: string }>(), over);
  return { response, res: await call(app, s, ip, 'POST', `${base}/verify`, { response }) };
}

describe('Passkeys', () => {
  it('R38 webauthnRelyingParty comes from PUBLIC_URL, else from HOST and PORT with loopback named localhost', () => {
    expect(webauthnRelyingParty(loadConfig({ TACET_DATA_DIR: rt.dataDir, PUBLIC_URL: 'https://app.tacet.example/' }))).toMatchObject({
      rpID: 'app.tacet.example',
      origin: 'https://app.tacet.example',
    });
    expect(webauthnRelyingParty(loadConfig({ TACET_DATA_DIR: rt.dataDir, HOST: '127.0.0.1', PORT: '4321' }))).toMatchObject({
      rpID: 'localhost',
      origin: 'http://localhost:4321',
    });
  });

  it('R38 registering a passkey from a partial session enrols the first factor, elevates the session with a new id, and issues recovery codes', async () => {
    const { p, userId } = await freshUser();
    const partial = await sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'partial' });
    const { authr, res } = await register(partial, { label: 'Work laptop' });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ id: string; label: string; recoveryCodes: string[] }>();
    expect(body).toMatchObject({ id: authr.id, label: 'Work laptop' });
    expect(body.recoveryCodes).toHaveLength(10);

    const full = await sessionFromResponse(rt, res);
    expect(full.row.stage).toBe('full');
    expect(full.sessionId).not.toBe(partial.sessionId);
    expect((await call(app, partial, ip, 'GET', '/api/auth/factors')).statusCode).toBe(401);

    const factors = await call(app, full, ip, 'GET', '/api/auth/factors');
    expect(factors.json()).toMatchObject({ totp: { enabled: false }, passkeys: [{ id: authr.id, label: 'Work laptop', lastUsedAt: null }] });
    const stored = await rt.testDb.asAdmin(async (db) => (await sql<{ user_id: string }>`SELECT user_id FROM webauthn_credentials WHERE id = ${authr.id}`.execute(db)).rows);
    expect(stored).toEqual([{ user_id: userId }]);
    expect((await auditRows(rt, p.practiceId, userId)).map((r) => `${r.action}:${r.outcome}`)).toContain('mfa.passkey.register:success');
  });

  it('R38 a passkey is the second factor at sign-in: the partial session becomes full under a new id', async () => {
    const { p, userId } = await freshUser();
    const enrol = await sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'partial' });
    const { authr } = await register(enrol);

    const partial = await sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'partial' });
    const { res } = await assertWith(partial, authr, '/api/auth/passkeys/authenticate');
    expect(res.statusCode).toBe(200);
    const full = await sessionFromResponse(rt, res);
    expect(full.row).toMatchObject({ stage: 'full', user_id: userId, practice_id: p.practiceId });
    expect((await sessionRow(rt, partial.token))?.revoked_at).not.toBeNull();
    expect((await call(app, partial, ip, 'GET', '/api/auth/factors')).statusCode).toBe(401);

    const counter = await rt.testDb.asAdmin(async (db) => (await sql<{ c: string | number }>`SELECT counter AS c FROM webauthn_credentials WHERE id = ${authr.id}`.execute(db)).rows[0]?.c);
    expect(Number(counter)).toBe(authr.counter);
    expect((await auditRows(rt, p.practiceId, userId)).map((r) => `${r.action}:${r.outcome}`)).toContain('mfa.passkey.verify:success');
  });

  it('R38 refuses an assertion whose signature counter did not grow (cloned authenticator), and audits it', async () => {
    const { p, userId } = await freshUser();
    const { authr } = await register(await sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'partial' }));
    const first = await sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'partial' });
    expect((await assertWith(first, authr, '/api/auth/passkeys/authenticate')).res.statusCode).toBe(200);

    const second = await sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'partial' });
    const { res } = await assertWith(second, authr, '/api/auth/passkeys/authenticate', { keepCounter: true });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: { code: 'passkey_rejected' } });
    const failures = (await auditRows(rt, p.practiceId, userId)).filter((r) => r.action === 'mfa.passkey.verify' && r.outcome === 'failure');
    expect(failures).toHaveLength(1);
    expect(failures[0]?.metadata).toContain('counter_regression');
  });

  it('R38 a passkey challenge answers once, only its own ceremony, and only within 5 minutes', async () => {
    const { p, userId } = await freshUser();
    const { authr } = await register(await sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'partial' }));
    const s = await sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'full' });

    // Issued for the sign-in second factor, answered at step-up: refused.
    const opts = await call(app, s, ip, 'POST', '/api/auth/passkeys/authenticate/options');
    const wrongCeremony = await call(app, s, ip, 'POST', '/api/auth/step-up/passkey/verify', { response: authr.assert(opts.json<{ challenge: string }>()) });
    expect(wrongCeremony.statusCode).toBe(400);
    expect(wrongCeremony.json()).toMatchObject({ error: { code: 'challenge_expired' } });

    // Used once: the same answer again is refused.
    const { response, res } = await assertWith(s, authr, '/api/auth/step-up/passkey');
    expect(res.statusCode).toBe(200);
    expect((await call(app, s, ip, 'POST', '/api/auth/step-up/passkey/verify', { response })).statusCode).toBe(400);

    // Expired.
    const late = await call(app, s, ip, 'POST', '/api/auth/step-up/passkey/options');
    await rt.testDb.asAdmin((db) => sql`UPDATE sessions SET webauthn_challenge_expires_at = now() - interval '1 second' WHERE id = ${s.sessionId}`.execute(db));
    expect((await call(app, s, ip, 'POST', '/api/auth/step-up/passkey/verify', { response: authr.assert(late.json<{ challenge: string }>()) })).statusCode).toBe(400);
  });

  it('R38 refuses an assertion made for another origin or relying party', async () => {
    const { p, userId } = await freshUser();
    const { authr } = await register(await sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'partial' }));
    const s1 = await sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'partial' });
    expect((await assertWith(s1, authr, '/api/auth/passkeys/authenticate', { origin: 'https://evil.example' })).res.statusCode).toBe(401);
    const s2 = await sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'partial' });
    expect((await assertWith(s2, authr, '/api/auth/passkeys/authenticate', { rpId: 'evil.example' })).res.statusCode).toBe(401);
  });

  it('R38 signs in with a passkey and no session at all: a full session in the user\'s practice', async () => {
    const { p, userId } = await freshUser();
    const { authr } = await register(await sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'partial' }));

    const opts = await call(app, null, ip, 'POST', '/api/auth/passkeys/signin/options');
    expect(opts.statusCode).toBe(200);
    const options = opts.json<{ challenge: string; allowCredentials?: unknown[]; userVerification: string }>();
    // Discoverable credentials: the answer names no account.
    expect(options.allowCredentials ?? []).toEqual([]);
    expect(options.userVerification).toBe('required');
    const anon = await sessionFromResponse(rt, opts);
    expect(anon.row).toMatchObject({ stage: 'anonymous', user_id: null });
    // The anonymous session opens nothing.
    expect((await call(app, anon, ip, 'GET', '/api/auth/factors')).statusCode).toBe(401);

    const res = await call(app, anon, ip, 'POST', '/api/auth/passkeys/signin/verify', { response: authr.assert(options) });
    expect(res.statusCode).toBe(200);
    const full = await sessionFromResponse(rt, res);
    expect(full.row).toMatchObject({ stage: 'full', user_id: userId, practice_id: p.practiceId });
    expect(full.sessionId).not.toBe(anon.sessionId);
    expect((await sessionRow(rt, anon.token))?.revoked_at).not.toBeNull();
    expect((await call(app, full, ip, 'GET', '/api/auth/factors')).statusCode).toBe(200);
    expect((await auditRows(rt, p.practiceId, userId)).map((r) => `${r.action}:${r.outcome}`)).toContain('mfa.passkey.signin:success');
  });

  it('R38 passkey sign-in refuses an unknown credential, a replayed challenge and an assertion without user verification', async () => {
    const { p, userId } = await freshUser();
    const { authr } = await register(await sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'partial' }));

    const stranger = new SoftAuthenticator(rpId, origin);
    const o1 = await call(app, null, ip, 'POST', '/api/auth/passkeys/signin/options');
    const anon1 = await sessionFromResponse(rt, o1);
    const unknown = await call(app, anon1, ip, 'POST', '/api/auth/passkeys/signin/verify', { response: stranger.assert(o1.json<{ challenge: string }>()) });
    expect(unknown.statusCode).toBe(401);
    // The challenge was spent by that attempt.
    const replay = await call(app, anon1, ip, 'POST', '/api/auth/passkeys/signin/verify', { response: authr.assert(o1.json<{ challenge: string }>()) });
    expect(replay.statusCode).toBe(400);

    const noUv = new SoftAuthenticator(rpId, origin, { userVerified: false });
    const o2 = await call(app, null, ip, 'POST', '/api/auth/passkeys/signin/options');
    const anon2 = await sessionFromResponse(rt, o2);
    // Registered without user verification (allowed as a second factor, 'preferred')...
    const enrol = await sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'full' });
    const ro = await call(app, enrol, ip, 'POST', '/api/auth/passkeys/register/options');
    expect((await call(app, enrol, ip, 'POST', '/api/auth/passkeys/register/verify', { response: noUv.register(ro.json<{ challenge: string; user: { id: string } }>()) })).statusCode).toBe(200);
    // ...but not enough to sign in alone.
    const weak = await call(app, anon2, ip, 'POST', '/api/auth/passkeys/signin/verify', { response: noUv.assert(o2.json<{ challenge: string }>()) });
    expect(weak.statusCode).toBe(401);

    const sys = await rt.testDb.asAdmin(async (db) =>
      (await sql<{ action: string; outcome: string }>`SELECT action, outcome FROM audit_events WHERE practice_id = ${SYSTEM_PRACTICE_ID} AND action = 'mfa.passkey.signin'`.execute(db)).rows,
    );
    expect(sys.some((r) => r.outcome === 'failure')).toBe(true);
    expect((await auditRows(rt, p.practiceId, userId)).filter((r) => r.action === 'mfa.passkey.signin' && r.outcome === 'failure')).toHaveLength(1);
  });

  it('R38 adding a passkey when a factor exists needs a fresh second factor', async () => {
    const { p, userId } = await freshUser();
    await giveTotp(rt, p.ctx('practitioner'));
    const partial = await sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'partial' });
    const refused = await call(app, partial, ip, 'POST', '/api/auth/passkeys/register/options');
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ error: { code: 'step_up_required' } });

    const fresh = await sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'full' });
    const { res } = await register(fresh);
    expect(res.statusCode).toBe(200);
    // A session that is already full is not re-issued.
    expect(res.cookies).toHaveLength(0);
  });

  it('R38 step-up with a passkey reopens step-up routes; removing a passkey refuses the last factor', async () => {
    const { p, userId } = await freshUser();
    const { authr, res: reg } = await register(await sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'partial' }));
    expect(reg.statusCode).toBe(200);
    const stale = await sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'full', mfaAgoMs: 6 * 60_000 });
    const del = `/api/auth/passkeys/${authr.id}`;
    expect((await call(app, stale, ip, 'DELETE', del, {})).json()).toMatchObject({ error: { code: 'step_up_required' } });

    expect((await assertWith(stale, authr, '/api/auth/step-up/passkey')).res.statusCode).toBe(200);
    const last = await call(app, stale, ip, 'DELETE', del, {});
    expect(last.statusCode).toBe(409);
    expect(last.json()).toMatchObject({ error: { code: 'last_factor' } });

    await giveTotp(rt, p.ctx('practitioner'));
    const other = await sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'full' });
    const removed = await call(app, stale, ip, 'DELETE', del, { endOtherSessions: true });
    expect(removed.statusCode).toBe(200);
    expect((await call(app, other, ip, 'GET', '/api/auth/factors')).statusCode).toBe(401);
    expect((await call(app, stale, ip, 'GET', '/api/auth/factors')).json()).toMatchObject({ passkeys: [], totp: { enabled: true } });
    const rows = (await auditRows(rt, p.practiceId, userId)).map((r) => `${r.action}:${r.outcome}`);
    expect(rows).toEqual(expect.arrayContaining(['auth.stepup:success', 'mfa.passkey.remove:success']));
  });

  it('R25 malformed passkey answers and unknown fields get 400 naming the field', async () => {
    const { p, userId } = await freshUser();
    const s = await sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'partial' });
    const bad = await call(app, s, ip, 'POST', '/api/auth/passkeys/authenticate/verify', { response: { id: 'abc', rawId: 'abc', type: 'public-key', response: { clientDataJSON: 'not base64url!', authenticatorData: 'x', signature: 'x' } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { message: string } }>().error.message).toMatch(/^body\.response\.response\.clientDataJSON: /);
    const extra = await call(app, s, ip, 'POST', '/api/auth/passkeys/register/verify', { response: {}, nickname: 'Jane Roe' });
    expect(extra.statusCode).toBe(400);
    expect(extra.body).not.toContain('Jane');
    const badId = await call(app, await sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'full' }), ip, 'DELETE', '/api/auth/passkeys/not%20an%20id', {});
    expect(badId.statusCode).toBe(400);
    expect(badId.json<{ error: { message: string } }>().error.message).toMatch(/^params\.id: /);
  });
});
