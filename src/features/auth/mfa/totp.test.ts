import crypto from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { createTestRuntime, type TestRuntime } from '../../../../test/runtime.ts';
import { seedPractice, type SeededPractice } from '../../../../test/factories.ts';
import { sessionFor } from '../../../../test/auth.ts';
import { buildApp } from '../../../http/server.ts';
import { SYSTEM_PRACTICE_ID, systemContext, withTenant } from '../../../db/tenant.ts';
import { codeAt } from './totp.ts';
import { hashRecoveryCode, RECOVERY_CODE_PATTERN } from './recovery.ts';
import { auditRows, call, codes, giveTotp, nextIp, sessionFromResponse, sessionRow } from './test-support.ts';

let rt: TestRuntime;
let app: FastifyInstance;
let ip: string;

beforeAll(async () => {
  rt = await createTestRuntime();
  app = await buildApp(rt, { rateLimitPerMinute: 10_000 });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await rt.close();
});
beforeEach(() => {
  ip = nextIp();
});

/** A practitioner of a fresh practice: every test starts with a user who has no factor and no lock. */
async function freshUser(): Promise<{ p: SeededPractice; userId: string }> {
  const p = await seedPractice(rt.db);
  return { p, userId: p.users.practitioner };
}

const secretOf = (otpauthUri: string): string => {
  const s = new URL(otpauthUri).searchParams.get('secret');
  if (s === null) throw new Error('no secret in the URI');
  return s;
};

describe('TOTP enrolment and sign-in', () => {
  it('R38 enrols an authenticator app: setup gives an otpauth URI and QR code, confirm gives ten recovery codes and a new full session', async () => {
    const { p, userId } = await freshUser();
    const partial = await sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'partial' });

    const setup = await call(app, partial, ip, 'POST', '/api/auth/totp/setup');
    expect(setup.statusCode).toBe(200);
    const { otpauthUri, qrSvg } = setup.json<{ otpauthUri: string; qrSvg: string }>();
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/Tacet:/);
    expect(otpauthUri).toContain('algorithm=SHA1');
    expect(otpauthUri).toContain('digits=6');
    expect(otpauthUri).toContain('period=30');
    expect(qrSvg).toContain('<svg');
    const secret = secretOf(otpauthUri);

    // The secret is sealed: the stored bytes do not contain it.
    const stored = await rt.testDb.asAdmin(async (db) =>
      (await sql<{ s: Buffer; c: Date | null }>`SELECT secret_sealed AS s, confirmed_at AS c FROM mfa_totp WHERE user_id = ${userId}`.execute(db)).rows[0],
    );
    expect(stored?.c).toBeNull();
    expect(Buffer.from(stored?.s ?? []).toString('latin1')).not.toContain(secret);

    const confirm = await call(app, partial, ip, 'POST', '/api/auth/totp/confirm', { code: codes(secret).current });
    expect(confirm.statusCode).toBe(200);
    const { recoveryCodes } = confirm.json<{ recoveryCodes: string[] }>();
    expect(recoveryCodes).toHaveLength(10);
    for (const c of recoveryCodes) expect(c).toMatch(RECOVERY_CODE_PATTERN);
    expect(new Set(recoveryCodes).size).toBe(10);

    const full = await sessionFromResponse(rt, confirm);
    expect(full.sessionId).not.toBe(partial.sessionId);
    expect(full.row.stage).toBe('full');
    // The old session id is dead: no fixation.
    expect((await call(app, partial, ip, 'GET', '/api/auth/factors')).statusCode).toBe(401);
    const factors = await call(app, full, ip, 'GET', '/api/auth/factors');
    expect(factors.json()).toMatchObject({ totp: { enabled: true }, passkeys: [], recoveryCodesRemaining: 10 });
    expect(factors.body).not.toContain(secret);
  });

  it('R38 the second factor at sign-in: a correct code turns a partial session into a full one with a new session id', async () => {
    const { p, userId } = await freshUser();
    const secret = await giveTotp(rt, p.ctx('practitioner'));
    const partial = await sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'partial' });

    const res = await call(app, partial, ip, 'POST', '/api/auth/totp/verify', { code: codes(secret).current });
    expect(res.statusCode).toBe(200);
    const full = await sessionFromResponse(rt, res);
    expect(full.sessionId).not.toBe(partial.sessionId);
    expect(full.row).toMatchObject({ stage: 'full', practice_id: p.practiceId, user_id: userId });
    expect((await sessionRow(rt, partial.token))?.revoked_at).not.toBeNull();
    expect((await call(app, partial, ip, 'GET', '/api/auth/factors')).statusCode).toBe(401);
  });

  it('R38 refuses a TOTP code that was already used (replay), and any older code after it', async () => {
    const { p, userId } = await freshUser();
    const secret = await giveTotp(rt, p.ctx('practitioner'));
    const c = codes(secret);
    const first = await sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'partial' });
    expect((await call(app, first, ip, 'POST', '/api/auth/totp/verify', { code: c.current })).statusCode).toBe(200);

    const second = await sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'partial' });
    const replay = await call(app, second, ip, 'POST', '/api/auth/totp/verify', { code: c.current });
    expect(replay.statusCode).toBe(401);
    expect(replay.json()).toMatchObject({ error: { code: 'code_already_used' } });
    // A still-valid code of an earlier step cannot be used after a later one.
    expect((await call(app, second, ip, 'POST', '/api/auth/totp/verify', { code: c.previous })).statusCode).toBe(401);
    // The next step's code works.
    expect((await call(app, second, ip, 'POST', '/api/auth/totp/verify', { code: c.next })).statusCode).toBe(200);
  });

  it('R38 of two simultaneous sign-ins with the same code, exactly one succeeds', async () => {
    const { p, userId } = await freshUser();
    const secret = await giveTotp(rt, p.ctx('practitioner'));
    const code = codes(secret).current;
    const [a, b] = await Promise.all([
      sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'partial' }),
      sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'partial' }),
    ]);
    const results = await Promise.all([a, b].map((s) => call(app, s, ip, 'POST', '/api/auth/totp/verify', { code })));
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 401]);
  });

  it('R38 locks second-factor attempts after five failures, refuses a correct code while locked, and unlocks after the window', async () => {
    const { p, userId } = await freshUser();
    const secret = await giveTotp(rt, p.ctx('practitioner'));
    const partial = await sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'partial' });
    const wrong = codeAt(secret, Date.now()) === '000000' ? '111111' : '000000';

    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await call(app, partial, ip, 'POST', '/api/auth/totp/verify', { code: wrong })).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 423]);

    const locked = await call(app, partial, ip, 'POST', '/api/auth/totp/verify', { code: codes(secret).current });
    expect(locked.statusCode).toBe(423);
    expect(locked.json()).toMatchObject({ error: { code: 'mfa_locked' } });
    expect(locked.json<{ error: { message: string } }>().error.message).toMatch(/locked for \d+ more minute/);
    // Recovery codes count toward the same lock.
    expect((await call(app, partial, ip, 'POST', '/api/auth/recovery/verify', { code: 'AAAA-BBBB-CCCC' })).statusCode).toBe(423);

    // Fifteen minutes later (moved in the database rather than waited for).
    await withTenant(rt.db, systemContext(), (trx) =>
      trx.updateTable('users').set({ mfa_locked_until: new Date(Date.now() - 1000) }).where('id', '=', userId).execute(),
    );
    const after = await call(app, partial, ip, 'POST', '/api/auth/totp/verify', { code: codes(secret).current });
    expect(after.statusCode).toBe(200);
    const counters = await rt.testDb.asAdmin(async (db) =>
      (await sql<{ n: number; u: Date | null }>`SELECT mfa_failed_count AS n, mfa_locked_until AS u FROM users WHERE id = ${userId}`.execute(db)).rows[0],
    );
    expect(counters).toEqual({ n: 0, u: null });

    const rows = await auditRows(rt, p.practiceId, userId);
    expect(rows.filter((r) => r.action === 'mfa.lockout')).toHaveLength(1);
    expect(rows.filter((r) => r.action === 'mfa.totp.verify' && r.outcome === 'failure')).toHaveLength(5);
    expect(rows.filter((r) => r.action === 'mfa.totp.verify' && r.outcome === 'denied').length).toBeGreaterThanOrEqual(1);
    expect(rows.filter((r) => r.action === 'mfa.totp.verify' && r.outcome === 'success')).toHaveLength(1);
  });

  it('R38 limits second-factor attempts per client address', async () => {
    const { p, userId } = await freshUser();
    const partial = await sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'partial' });
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await call(app, partial, ip, 'POST', '/api/auth/totp/verify', { code: '123456' })).statusCode);
    expect(statuses.at(-1)).toBe(429);
  });

  it('R38 a recovery code works once and is stored only as a hash', async () => {
    const { p, userId } = await freshUser();
    const secret = await giveTotp(rt, p.ctx('practitioner'));
    const full = await sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'full' });
    const regen = await call(app, full, ip, 'POST', '/api/auth/recovery/regenerate', {});
    expect(regen.statusCode).toBe(200);
    const { recoveryCodes } = regen.json<{ recoveryCodes: string[] }>();
    const code = recoveryCodes[3] ?? '';

    const stored = await rt.testDb.asAdmin(async (db) =>
      (await sql<{ h: Buffer }>`SELECT code_hash AS h FROM mfa_recovery_codes WHERE user_id = ${userId}`.execute(db)).rows,
    );
    expect(stored).toHaveLength(10);
    const dump = stored.map((r) => Buffer.from(r.h).toString('latin1')).join('|');
    for (const c of recoveryCodes) {
      expect(dump).not.toContain(c);
      expect(dump).not.toContain(c.replace(/-/g, ''));
    }
    expect(stored.some((r) => Buffer.from(r.h).equals(hashRecoveryCode(userId, code)))).toBe(true);

    const partial = await sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'partial' });
    // Lower case and without dashes is the same code.
    const ok = await call(app, partial, ip, 'POST', '/api/auth/recovery/verify', { code: code.toLowerCase().replace(/-/g, '') });
    expect(ok.statusCode).toBe(200);
    expect((await sessionFromResponse(rt, ok)).row.stage).toBe('full');

    const again = await sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'partial' });
    const reused = await call(app, again, ip, 'POST', '/api/auth/recovery/verify', { code });
    expect(reused.statusCode).toBe(401);
    expect(reused.json()).toMatchObject({ error: { code: 'invalid_code' } });
    expect(reused.body).not.toContain(code);

    const factors = await call(app, again, ip, 'GET', '/api/auth/factors');
    expect(factors.json()).toMatchObject({ recoveryCodesRemaining: 9 });
    void secret;
  });

  it('R38 a partial session cannot reach a full route', async () => {
    const { p, userId } = await freshUser();
    await giveTotp(rt, p.ctx('practitioner'));
    const partial = await sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'partial' });
    for (const [method, url] of [
      ['DELETE', '/api/auth/totp'],
      ['POST', '/api/auth/recovery/regenerate'],
      ['POST', '/api/auth/step-up'],
    ] as const) {
      const res = await call(app, partial, ip, method, url, {});
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ error: { code: 'second_factor_required' } });
    }
  });

  it('R38 step-up: after 5 minutes a step-up route answers step_up_required, and a fresh code opens it again', async () => {
    const { p, userId } = await freshUser();
    const secret = await giveTotp(rt, p.ctx('practitioner'));
    const stale = await sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'full', mfaAgoMs: 6 * 60_000 });

    const refused = await call(app, stale, ip, 'POST', '/api/auth/recovery/regenerate', {});
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ error: { code: 'step_up_required' } });

    const wrong = await call(app, stale, ip, 'POST', '/api/auth/step-up', { totpCode: codeAt(secret, Date.now()) === '000000' ? '111111' : '000000' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json<{ error: { message: string } }>().error.message).toMatch(/^totpCode: /);

    const stepUp = await call(app, stale, ip, 'POST', '/api/auth/step-up', { totpCode: codes(secret).current });
    expect(stepUp.statusCode).toBe(200);
    expect((await call(app, stale, ip, 'POST', '/api/auth/recovery/regenerate', {})).statusCode).toBe(200);

    const rows = await auditRows(rt, p.practiceId, userId);
    expect(rows.filter((r) => r.action === 'auth.stepup').map((r) => r.outcome)).toEqual(['failure', 'success']);
  });

  it('R38 replacing an authenticator app needs a fresh second factor, and the old app keeps working until the new one is confirmed', async () => {
    const { p, userId } = await freshUser();
    const oldSecret = await giveTotp(rt, p.ctx('practitioner'));

    // Email alone (a partial session) must not be enough to add an authenticator of one's own.
    const partial = await sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'partial' });
    const refused = await call(app, partial, ip, 'POST', '/api/auth/totp/setup');
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ error: { code: 'step_up_required' } });
    const stale = await sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'full', mfaAgoMs: 10 * 60_000 });
    expect((await call(app, stale, ip, 'POST', '/api/auth/totp/setup')).statusCode).toBe(403);

    const fresh = await sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'full' });
    const setup = await call(app, fresh, ip, 'POST', '/api/auth/totp/setup');
    expect(setup.statusCode).toBe(200);
    const newSecret = secretOf(setup.json<{ otpauthUri: string }>().otpauthUri);

    // Not confirmed yet: the old app still signs in.
    const signin = await sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'partial' });
    const oldAppSignin = await call(app, signin, ip, 'POST', '/api/auth/totp/verify', { code: codes(oldSecret).previous });
    expect(oldAppSignin.statusCode).toBe(200);
    const elsewhere = await sessionFromResponse(rt, oldAppSignin);

    const confirm = await call(app, fresh, ip, 'POST', '/api/auth/totp/confirm', { code: codes(newSecret).current, endOtherSessions: true });
    expect(confirm.statusCode).toBe(200);
    const after = await sessionFromResponse(rt, confirm);

    const again = await sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'partial' });
    expect((await call(app, again, ip, 'POST', '/api/auth/totp/verify', { code: codes(oldSecret).next })).statusCode).toBe(401);
    expect((await call(app, again, ip, 'POST', '/api/auth/totp/verify', { code: codes(newSecret).next })).statusCode).toBe(200);
    // endOtherSessions ended the session that signed in with the old app; this one goes on.
    expect((await call(app, elsewhere, ip, 'GET', '/api/auth/factors')).statusCode).toBe(401);
    expect((await call(app, after, ip, 'GET', '/api/auth/factors')).statusCode).toBe(200);
  });

  it('R38 refuses to remove the last factor, and removes the app when a passkey remains', async () => {
    const { p, userId } = await freshUser();
    await giveTotp(rt, p.ctx('practitioner'));
    const full = await sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'full' });
    const refused = await call(app, full, ip, 'DELETE', '/api/auth/totp', {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ error: { code: 'last_factor' } });

    await withTenant(rt.db, p.ctx('practitioner'), (trx) =>
      trx.insertInto('webauthn_credentials').values({ id: 'dGVzdC1wYXNza2V5', user_id: userId, public_key: Buffer.from([1]), transports: null, label: 'Laptop', last_used_at: null }).execute(),
    );
    const other = await sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'full' });
    const removed = await call(app, full, ip, 'DELETE', '/api/auth/totp', { endOtherSessions: true });
    expect(removed.statusCode).toBe(200);
    // "Changing factors offers to end other sessions": the other session ended, this one did not.
    expect((await call(app, other, ip, 'GET', '/api/auth/factors')).statusCode).toBe(401);
    const factors = await call(app, full, ip, 'GET', '/api/auth/factors');
    expect(factors.json()).toMatchObject({ totp: { enabled: false, confirmedAt: null }, passkeys: [{ label: 'Laptop' }] });
    const rows = await auditRows(rt, p.practiceId, userId);
    expect(rows.map((r) => r.action)).toContain('mfa.totp.remove');
  });

  it('R38 audits enrolment, verification success and failure, with no code or secret in the rows', async () => {
    const { p, userId } = await freshUser();
    const partial = await sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'partial' });
    const setup = await call(app, partial, ip, 'POST', '/api/auth/totp/setup');
    const secret = secretOf(setup.json<{ otpauthUri: string }>().otpauthUri);
    const c = codes(secret);
    const wrong = [c.previous, c.current, c.next].includes('999999') ? '888888' : '999999';
    expect((await call(app, partial, ip, 'POST', '/api/auth/totp/confirm', { code: wrong })).statusCode).toBe(401);
    const confirm = await call(app, partial, ip, 'POST', '/api/auth/totp/confirm', { code: c.previous });
    expect(confirm.statusCode).toBe(200);
    const full = await sessionFromResponse(rt, confirm);
    const signin = await sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'partial' });
    expect((await call(app, signin, ip, 'POST', '/api/auth/totp/verify', { code: wrong })).statusCode).toBe(401);
    expect((await call(app, signin, ip, 'POST', '/api/auth/totp/verify', { code: c.current })).statusCode).toBe(200);
    void full;

    const rows = await auditRows(rt, p.practiceId, userId);
    const seen = rows.map((r) => `${r.action}:${r.outcome}`);
    expect(seen).toEqual(
      expect.arrayContaining(['mfa.totp.setup:success', 'mfa.totp.enroll:failure', 'mfa.totp.enroll:success', 'mfa.totp.verify:failure', 'mfa.totp.verify:success']),
    );
    const text = JSON.stringify(rows);
    // R25: neither the audit rows nor the application log hold the secret or a code.
    const logs = rt.logLines.join('\n');
    expect(logs).not.toContain(secret);
    expect(logs).not.toContain(c.current);
    expect(text).not.toContain(secret);
    expect(text).not.toContain(c.current);
    expect(text).not.toContain(wrong);
  });

  it('R38 a user with no practice yet enrols and verifies as themselves, audited in the system chain', async () => {
    const userId = crypto.randomUUID();
    await withTenant(rt.db, systemContext(), (trx) =>
      trx.insertInto('users').values({ id: userId, email: `new.${userId.slice(0, 8)}@example.test`, name: 'Test Newcomer' }).execute(),
    );
    const partial = await sessionFor(rt, { userId, practiceId: null, stage: 'partial' });
    const setup = await call(app, partial, ip, 'POST', '/api/auth/totp/setup');
    expect(setup.statusCode).toBe(200);
    const secret = secretOf(setup.json<{ otpauthUri: string }>().otpauthUri);
    const confirm = await call(app, partial, ip, 'POST', '/api/auth/totp/confirm', { code: codes(secret).previous });
    expect(confirm.statusCode).toBe(200);
    const full = await sessionFromResponse(rt, confirm);
    expect(full.row).toMatchObject({ stage: 'full', practice_id: null });
    const signin = await sessionFor(rt, { userId, practiceId: null, stage: 'partial' });
    expect((await call(app, signin, ip, 'POST', '/api/auth/totp/verify', { code: codes(secret).current })).statusCode).toBe(200);
    const rows = await auditRows(rt, SYSTEM_PRACTICE_ID, userId);
    expect(rows.map((r) => `${r.action}:${r.outcome}`)).toEqual(['mfa.totp.setup:success', 'mfa.totp.enroll:success', 'mfa.totp.verify:success']);
    // Acted as the user ('client' in the empty system practice), never as the system.
    expect(rows.every((r) => r.actor_id === userId)).toBe(true);
  });

  it('R25 malformed codes and unknown fields get 400 naming the field, without echoing the value', async () => {
    const { p, userId } = await freshUser();
    const partial = await sessionFor(rt, { userId, practiceId: p.practiceId, stage: 'partial' });
    const cases: [string, object, RegExp][] = [
      ['/api/auth/totp/verify', { code: '12345x' }, /^body\.code: /],
      ['/api/auth/totp/verify', { code: '4242424242' }, /^body\.code: /],
      ['/api/auth/totp/verify', { code: '123456', remember: 'Jane Roe' }, /^body.*remember/],
      ['/api/auth/totp/confirm', { code: 123456 }, /^body\.code: /],
      ['/api/auth/recovery/verify', { code: 'not a code 4242' }, /^body\.code: /],
      ['/api/auth/totp/setup', { secret: 'JBSWY3DPEHPK3PXP' }, /^body.*secret/],
    ];
    for (const [url, payload, message] of cases) {
      const res = await call(app, partial, ip, 'POST', url, payload);
      expect(res.statusCode, url).toBe(400);
      const { error } = res.json<{ error: { code: string; message: string } }>();
      expect(error.code).toBe('validation_failed');
      expect(error.message).toMatch(message);
      expect(res.body).not.toContain('4242');
      expect(res.body).not.toContain('Jane');
      expect(res.body).not.toContain('JBSWY3DP');
    }
    // No failure was counted for input that never reached a check.
    const n = await rt.testDb.asAdmin(async (db) =>
      (await sql<{ n: number }>`SELECT mfa_failed_count AS n FROM users WHERE id = ${userId}`.execute(db)).rows[0]?.n,
    );
    expect(n).toBe(0);
  });
});
