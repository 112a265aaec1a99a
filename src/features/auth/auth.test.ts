import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { createTestRuntime, type TestRuntime } from '../../../test/runtime.ts';
import { startSmtp, linkToken, type TestSmtp } from '../../../test/smtp.ts';
import { seedPractice, type SeededPractice } from '../../../test/factories.ts';
import { cookieFrom, injectAs, sessionFor } from '../../../test/auth.ts';
import { buildApp } from '../../http/server.ts';
import { defineRoute } from '../../http/pipeline.ts';
import { systemContext, withTenant } from '../../db/tenant.ts';
import { hashToken } from './sessions.ts';

let rt: TestRuntime;
let smtp: TestSmtp;
let app: FastifyInstance;
let p: SeededPractice;

beforeAll(async () => {
  smtp = await startSmtp();
  rt = await createTestRuntime({ SMTP_URL: smtp.url });
  app = await buildApp(rt, { rateLimitPerMinute: 10_000 });
  // A PHI-writing route, standing in for the clinical routes, to test the BAA gate.
  defineRoute(app, rt, {
    method: 'POST',
    url: '/api/test/phi-write',
    summary: 'test',
    auth: 'full',
    roles: ['practitioner'],
    phiWrite: true,
    schema: { body: z.strictObject({}) },
    handler: async ({ tenant }) => tenant(async () => ({ ok: true })),
  });
  await app.ready();
  p = await seedPractice(rt.db);
});
afterAll(async () => {
  await app.close();
  await rt.close();
  await smtp.close();
});
beforeEach(() => {
  smtp.messages.length = 0;
});


const post = (url: string, payload: object, headers: Record<string, string> = {}) => app.inject({ method: 'POST', url, payload, headers });

async function signUp(email: string) {
  const res = await post('/api/auth/signup', { email, name: 'Dr Test Example', practiceName: 'Example Counselling' });
  expect(res.statusCode).toBe(202);
  await rt.background.idle();
  const [mail] = await smtp.waitFor(1);
  if (mail === undefined) throw new Error('no mail');
  return mail;
}

async function auditActions(practiceId: string): Promise<string[]> {
  return rt.testDb.asAdmin(async (db) => {
    const r = await sql<{ action: string; outcome: string }>`SELECT action, outcome FROM audit_events WHERE practice_id = ${practiceId} ORDER BY seq`.execute(db);
    return r.rows.map((x) => `${x.action}:${x.outcome}`);
  });
}

describe('sign-up and magic links', () => {
  it('R26 R01 sign-up emails a link over SMTP; using it creates the account and practice, owner and practitioner', async () => {
    const mail = await signUp('new.therapist@example.test');
    expect(mail.to).toEqual(['new.therapist@example.test']);
    // R25: the email holds the link and generic words only.
    expect(mail.body).not.toContain('Dr Test Example');
    expect(mail.body).not.toContain('Example Counselling');
    const res = await post('/api/auth/magic-link/consume', { token: linkToken(mail) });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ stage: 'partial', secondFactor: 'enroll', next: null });
    const cookie = cookieFrom(res, rt);
    expect(cookie).toBeDefined();
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    const session = await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: cookie ?? '' } });
    expect(session.statusCode).toBe(200);
    const info = session.json<{ roles: string[]; practice: { name: string }; stage: string; idleTimeoutSeconds: number }>();
    expect(info.roles.sort()).toEqual(['owner', 'practitioner']);
    expect(info.practice.name).toBe('Example Counselling');
    expect(info.stage).toBe('partial');
    expect(info.idleTimeoutSeconds).toBe(15 * 60);
  });

  it('R26 answers identically whether or not the email has an account, and mails only the account holder', async () => {
    const known = await post('/api/auth/magic-link', { email: 'practitioner.1@example.test' });
    const email = (await withTenant(rt.db, p.ctx('practitioner'), (trx) => trx.selectFrom('users').select('email').where('id', '=', p.users.practitioner).executeTakeFirstOrThrow())).email;
    const a = await post('/api/auth/magic-link', { email });
    const b = await post('/api/auth/magic-link', { email: 'nobody.here@example.test' });
    await rt.background.idle();
    expect(a.statusCode).toBe(202);
    expect(b.statusCode).toBe(a.statusCode);
    expect(b.body).toBe(a.body);
    expect(known.body).toBe(a.body);
    expect(smtp.messages.map((m) => m.to[0])).toEqual([email]);
  });

  it('R26 stores only a hash of the token, which has 256 random bits and expires within 15 minutes', async () => {
    const mail = await signUp('hash.check@example.test');
    const token = linkToken(mail);
    expect(Buffer.from(token, 'base64url').length).toBe(32);
    const rows = await rt.testDb.asAdmin(async (db) => (await sql<{ token_hash: Buffer; expires_at: Date; created_at: Date }>`SELECT token_hash, expires_at, created_at FROM magic_links WHERE email = 'hash.check@example.test'`.execute(db)).rows);
    expect(rows).toHaveLength(1);
    expect(Buffer.from(rows[0]?.token_hash ?? []).equals(hashToken(token))).toBe(true);
    const dump = JSON.stringify(await rt.testDb.asAdmin(async (db) => (await sql`SELECT * FROM magic_links`.execute(db)).rows));
    expect(dump).not.toContain(token);
    expect((rows[0]?.expires_at.getTime() ?? 0) - (rows[0]?.created_at.getTime() ?? 0)).toBeLessThanOrEqual(15 * 60 * 1000 + 1000);
  });

  it('R26 a link works once: the second use is refused', async () => {
    const token = linkToken(await signUp('single.use@example.test'));
    expect((await post('/api/auth/magic-link/consume', { token })).statusCode).toBe(200);
    const again = await post('/api/auth/magic-link/consume', { token });
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({ error: { code: 'link_invalid' } });
  });

  it('R26 an expired link is refused', async () => {
    const token = linkToken(await signUp('expired.link@example.test'));
    await rt.testDb.asAdmin((db) => sql`UPDATE magic_links SET expires_at = now() - interval '1 second' WHERE token_hash = ${hashToken(token)}`.execute(db));
    expect((await post('/api/auth/magic-link/consume', { token })).json()).toMatchObject({ error: { code: 'link_invalid' } });
  });

  it("R26 a mail scanner's GET of the link neither uses it up nor creates a session", async () => {
    const token = linkToken(await signUp('scanner.safe@example.test'));
    const page = await app.inject({ method: 'GET', url: `/auth/verify?token=${token}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<button id="go"');
    expect(page.headers['set-cookie']).toBeUndefined();
    const get = await app.inject({ method: 'GET', url: `/api/auth/magic-link/consume?token=${token}` });
    expect(get.statusCode).toBe(404);
    expect(get.headers['set-cookie']).toBeUndefined();
    expect((await post('/api/auth/magic-link/consume', { token })).statusCode).toBe(200);
  });

  it('R26 rejects a malformed token with a clear error naming the field', async () => {
    const res = await post('/api/auth/magic-link/consume', { token: 'short' });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { message: string } }>().error.message).toBe('body.token: is not a valid link token');
  });

  it('R26 R23 sign-ins and failed link uses are in the audit trail', async () => {
    await post('/api/auth/magic-link/consume', { token: 'A'.repeat(43) });
    const token = linkToken(await signUp('audited.signin@example.test'));
    await post('/api/auth/magic-link/consume', { token });
    const sys = await auditActions('00000000-0000-0000-0000-000000000000');
    expect(sys).toContain('auth.link.consume:failure');
    const practice = await rt.testDb.asAdmin(async (db) => (await sql<{ id: string }>`SELECT m.practice_id AS id FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'audited.signin@example.test' LIMIT 1`.execute(db)).rows[0]?.id ?? '');
    expect(await auditActions(practice)).toEqual(expect.arrayContaining(['account.signup:success', 'auth.signin.link:success']));
  });
});

describe('sessions', () => {
  it('R39 session fixation is impossible: a cookie planted before sign-in is revoked, and a new one issued', async () => {
    const planted = await sessionFor(rt, { userId: p.users.helpdesk, practiceId: p.practiceId, stage: 'partial' });
    const token = linkToken(await signUp('fixation.test@example.test'));
    const res = await post('/api/auth/magic-link/consume', { token }, { cookie: planted.cookie });
    const fresh = cookieFrom(res, rt);
    expect(fresh).toBeDefined();
    expect(fresh).not.toBe(planted.cookie);
    expect((await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: planted.cookie } })).statusCode).toBe(401);
  });

  it('R38 an email link alone never reaches PHI: a partial session is refused on full routes', async () => {
    const s = await sessionFor(rt, { userId: p.users.practitioner, practiceId: p.practiceId, stage: 'partial' });
    const res = await injectAs(app, s, { method: 'GET', url: '/api/practice' });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: 'second_factor_required' } });
  });

  it('R40 the one-statement session look-up never lends its system context to a request', async () => {
    // Inside a tenant transaction it refuses to run at all.
    await expect(
      withTenant(rt.db, p.ctx('practitioner'), (trx) => sql`SELECT * FROM app.session_lookup(${Buffer.alloc(32)}, false, interval '15 seconds')`.execute(trx)),
    ).rejects.toMatchObject({ code: '42501' });
    // Inside a bare transaction it hands the transaction back without any context.
    await expect(
      rt.db.transaction().execute(async (trx) => {
        await sql`SELECT * FROM app.session_lookup(${Buffer.alloc(32)}, false, interval '15 seconds')`.execute(trx);
        return sql`SELECT count(*) FROM memberships`.execute(trx);
      }),
    ).rejects.toMatchObject({ code: '42501' });
  });

  it('R39 a cookie replayed after sign-out is refused', async () => {
    const s = await sessionFor(rt, { userId: p.users.practitioner, practiceId: p.practiceId });
    expect((await injectAs(app, s, { method: 'POST', url: '/api/auth/signout', payload: {} })).statusCode).toBe(200);
    expect((await injectAs(app, s, { method: 'GET', url: '/api/practice' })).statusCode).toBe(401);
  });

  it('R39 the server ends a session after 15 idle minutes by default', async () => {
    const fresh = await sessionFor(rt, { userId: p.users.practitioner, practiceId: p.practiceId, lastSeenAgoMs: 14 * 60_000 });
    expect((await injectAs(app, fresh, { method: 'GET', url: '/api/practice' })).statusCode).toBe(200);
    const idle = await sessionFor(rt, { userId: p.users.practitioner, practiceId: p.practiceId, lastSeenAgoMs: 16 * 60_000 });
    const res = await injectAs(app, idle, { method: 'GET', url: '/api/practice' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: { code: 'session_expired' } });
    // And it stays ended: activity afterwards does not revive it.
    expect((await injectAs(app, idle, { method: 'GET', url: '/api/practice' })).json()).toMatchObject({ error: { code: 'unauthenticated' } });
  });

  it("R39 the inactivity timeout follows the user's choice to the minute", async () => {
    await withTenant(rt.db, systemContext(), (trx) => trx.updateTable('users').set({ session_timeout_minutes: 45 }).where('id', '=', p.users.supervisor).execute());
    try {
      const within = await sessionFor(rt, { userId: p.users.supervisor, practiceId: p.practiceId, lastSeenAgoMs: 44 * 60_000 });
      expect((await injectAs(app, within, { method: 'GET', url: '/api/auth/session' })).statusCode).toBe(200);
      const past = await sessionFor(rt, { userId: p.users.supervisor, practiceId: p.practiceId, lastSeenAgoMs: 46 * 60_000 });
      expect((await injectAs(app, past, { method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
    } finally {
      await withTenant(rt.db, systemContext(), (trx) => trx.updateTable('users').set({ session_timeout_minutes: 15 }).where('id', '=', p.users.supervisor).execute());
    }
  });

  it('R39 the session endpoint reports time left without extending it; keepalive extends it', async () => {
    const s = await sessionFor(rt, { userId: p.users.practitioner, practiceId: p.practiceId, lastSeenAgoMs: 10 * 60_000 });
    const info = (await injectAs(app, s, { method: 'GET', url: '/api/auth/session' })).json<{ idleRemainingSeconds: number }>();
    expect(info.idleRemainingSeconds).toBeGreaterThan(4 * 60);
    expect(info.idleRemainingSeconds).toBeLessThanOrEqual(5 * 60);
    const again = (await injectAs(app, s, { method: 'GET', url: '/api/auth/session' })).json<{ idleRemainingSeconds: number }>();
    expect(again.idleRemainingSeconds).toBeLessThanOrEqual(info.idleRemainingSeconds);
    await injectAs(app, s, { method: 'POST', url: '/api/auth/session/keepalive', payload: {} });
    const after = (await injectAs(app, s, { method: 'GET', url: '/api/auth/session' })).json<{ idleRemainingSeconds: number }>();
    expect(after.idleRemainingSeconds).toBeGreaterThan(14 * 60);
  });

  it('R39 sessions end after 12 hours whatever the activity', async () => {
    const s = await sessionFor(rt, { userId: p.users.practitioner, practiceId: p.practiceId });
    await withTenant(rt.db, systemContext(), (trx) => trx.updateTable('sessions').set({ absolute_expires_at: new Date(Date.now() - 1000) }).where('id', '=', s.sessionId).execute());
    expect((await injectAs(app, s, { method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
  });

  it('R39 sign out everywhere ends every session of the account', async () => {
    const s1 = await sessionFor(rt, { userId: p.users.helpdesk, practiceId: p.practiceId });
    const s2 = await sessionFor(rt, { userId: p.users.helpdesk, practiceId: p.practiceId });
    const res = await injectAs(app, s1, { method: 'POST', url: '/api/auth/signout-everywhere', payload: {} });
    expect(res.json<{ sessionsEnded: number }>().sessionsEnded).toBeGreaterThanOrEqual(2);
    expect((await injectAs(app, s2, { method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
  });

  it('R39 writes without the CSRF token are refused', async () => {
    const s = await sessionFor(rt, { userId: p.users.owner, practiceId: p.practiceId });
    const res = await app.inject({ method: 'PATCH', url: '/api/practice', payload: { name: 'Renamed' }, headers: { cookie: s.cookie } });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: 'csrf_failed' } });
    const wrong = await app.inject({ method: 'PATCH', url: '/api/practice', payload: { name: 'Renamed' }, headers: { cookie: s.cookie, 'x-csrf-token': 'x'.repeat(32) } });
    expect(wrong.statusCode).toBe(403);
  });

  it('R41 disabling a member ends all their sessions in the practice at once', async () => {
    const q = await seedPractice(rt.db, 'Disable');
    const member = await sessionFor(rt, { userId: q.users.helpdesk, practiceId: q.practiceId });
    const owner = await sessionFor(rt, { userId: q.users.owner, practiceId: q.practiceId });
    const res = await injectAs(app, owner, { method: 'POST', url: `/api/practice/members/${q.users.helpdesk}/disable`, payload: {} });
    expect(res.statusCode).toBe(200);
    expect((await injectAs(app, member, { method: 'GET', url: '/api/practice' })).statusCode).toBe(401);
    expect(await auditActions(q.practiceId)).toContain('member.disable:success');
  });
});

describe('several practices', () => {
  it('R41 a member of two practices switches between them with a new session id; a non-member practice answers 404', async () => {
    const q = await seedPractice(rt.db, 'Second');
    await withTenant(rt.db, systemContext(q.practiceId), (trx) => trx.insertInto('memberships').values({ practice_id: q.practiceId, user_id: p.users.practitioner, role: 'supervisor' }).execute());
    const s = await sessionFor(rt, { userId: p.users.practitioner, practiceId: p.practiceId });
    const res = await injectAs(app, s, { method: 'POST', url: '/api/auth/practice', payload: { practiceId: q.practiceId } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ practiceId: q.practiceId, roles: ['supervisor'] });
    const fresh = cookieFrom(res, rt) ?? '';
    expect(fresh).not.toBe(s.cookie);
    expect((await injectAs(app, s, { method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
    const info = (await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: fresh } })).json<{ practice: { id: string }; roles: string[]; stage: string }>();
    expect(info).toMatchObject({ practice: { id: q.practiceId }, roles: ['supervisor'], stage: 'full' });
    const other = await seedPractice(rt.db, 'NotMine');
    const s2 = await sessionFor(rt, { userId: p.users.practitioner, practiceId: p.practiceId });
    expect((await injectAs(app, s2, { method: 'POST', url: '/api/auth/practice', payload: { practiceId: other.practiceId } })).statusCode).toBe(404);
  });
});

describe('account, practice and BAA', () => {
  it('R01 R11 users see and correct their profile and professional credentials', async () => {
    const s = await sessionFor(rt, { userId: p.users.practitioner, practiceId: p.practiceId });
    const res = await injectAs(app, s, {
      method: 'PATCH',
      url: '/api/account',
      payload: { name: 'Dr Alex Test', licenseType: 'LPC', licenseNumber: 'LPC-12345', licenseState: 'TX', licenseExpiresOn: '2027-06-30' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: 'Dr Alex Test', credentials: { licenseType: 'LPC', licenseNumber: 'LPC-12345', licenseState: 'TX', licenseExpiresOn: '2027-06-30' } });
    const bad = await injectAs(app, s, { method: 'PATCH', url: '/api/account', payload: { licenseState: 'Texas' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { message: string } }>().error.message).toBe('body.licenseState: must be a two-letter state code');
  });

  it('R01 the billing profile keeps a processor token and refuses anything that looks like a card number', async () => {
    const s = await sessionFor(rt, { userId: p.users.owner, practiceId: p.practiceId });
    const card = await injectAs(app, s, { method: 'PATCH', url: '/api/practice', payload: { paymentCustomerToken: '4242424242424242' } });
    expect(card.statusCode).toBe(400);
    expect(card.body).not.toContain('4242');
    const ok = await injectAs(app, s, { method: 'PATCH', url: '/api/practice', payload: { paymentCustomerToken: 'cus_TestToken123', billingContactEmail: 'billing@example.test', plan: 'solo' } });
    expect(ok.statusCode).toBe(200);
    const view = (await injectAs(app, s, { method: 'GET', url: '/api/practice' })).json<{ billing: { paymentCustomerToken: string }; plan: string }>();
    expect(view).toMatchObject({ plan: 'solo', billing: { paymentCustomerToken: 'cus_TestToken123' } });
    // Billing is the owner's business: a practitioner does not see it.
    const other = await sessionFor(rt, { userId: p.users.practitioner, practiceId: p.practiceId });
    expect((await injectAs(app, other, { method: 'GET', url: '/api/practice' })).json()).toMatchObject({ billing: null });
  });

  it('R39 changing the inactivity timeout is a security setting: it needs a fresh second factor and stays within 15 min – 4 h', async () => {
    const stale = await sessionFor(rt, { userId: p.users.practitioner, practiceId: p.practiceId, mfaAgoMs: 10 * 60_000 });
    const refused = await injectAs(app, stale, { method: 'PUT', url: '/api/account/session-timeout', payload: { minutes: 60 } });
    expect(refused.json()).toMatchObject({ error: { code: 'step_up_required' } });
    const fresh = await sessionFor(rt, { userId: p.users.practitioner, practiceId: p.practiceId });
    expect((await injectAs(app, fresh, { method: 'PUT', url: '/api/account/session-timeout', payload: { minutes: 300 } })).statusCode).toBe(400);
    const ok = await injectAs(app, fresh, { method: 'PUT', url: '/api/account/session-timeout', payload: { minutes: 60 } });
    expect(ok.json()).toMatchObject({ minutes: 60 });
    const info = (await injectAs(app, fresh, { method: 'GET', url: '/api/auth/session' })).json<{ idleTimeoutSeconds: number }>();
    expect(info.idleTimeoutSeconds).toBe(3600);
  });

  it('R12 no PHI can be written before the practice accepts the current BAA, and the refusal says what to do', async () => {
    const q = await seedPractice(rt.db, 'NoBaa');
    await rt.testDb.asAdmin((db) => sql`DELETE FROM baa_acceptances WHERE practice_id = ${q.practiceId}`.execute(db));
    const s = await sessionFor(rt, { userId: q.users.practitioner, practiceId: q.practiceId });
    const refused = await injectAs(app, s, { method: 'POST', url: '/api/test/phi-write', payload: {} });
    expect(refused.statusCode).toBe(403);
    expect(refused.json<{ error: { code: string; message: string } }>().error).toMatchObject({ code: 'baa_required' });
    expect(refused.json<{ error: { message: string } }>().error.message).toContain('Business Associate Agreement');
    const owner = await sessionFor(rt, { userId: q.users.owner, practiceId: q.practiceId });
    const baa = (await injectAs(app, owner, { method: 'GET', url: '/api/practice/baa' })).json<{ version: string; sha256: string; acceptance: null }>();
    expect(baa.acceptance).toBeNull();
    const accept = await injectAs(app, owner, { method: 'POST', url: '/api/practice/baa', payload: { version: baa.version, sha256: baa.sha256 } });
    expect(accept.statusCode).toBe(201);
    expect((await injectAs(app, s, { method: 'POST', url: '/api/test/phi-write', payload: {} })).statusCode).toBe(200);
    const rec = (await injectAs(app, owner, { method: 'GET', url: '/api/practice/baa' })).json<{ acceptance: { acceptedBy: string; ip: string } }>();
    expect(rec.acceptance).toMatchObject({ acceptedBy: q.users.owner, ip: '127.0.0.1' });
    expect(await auditActions(q.practiceId)).toContain('baa.accept:success');
  });

  it('R12 only an owner accepts the BAA, and only the version shown', async () => {
    const s = await sessionFor(rt, { userId: p.users.practitioner, practiceId: p.practiceId });
    expect((await injectAs(app, s, { method: 'POST', url: '/api/practice/baa', payload: { version: 'x', sha256: '0'.repeat(64) } })).statusCode).toBe(403);
    const owner = await sessionFor(rt, { userId: p.users.owner, practiceId: p.practiceId });
    expect((await injectAs(app, owner, { method: 'POST', url: '/api/practice/baa', payload: { version: '1999-01', sha256: '0'.repeat(64) } })).json()).toMatchObject({ error: { code: 'baa_outdated' } });
  });

  it('R01 owners invite members by email; the invitee joins with the role through the emailed link', async () => {
    const owner = await sessionFor(rt, { userId: p.users.owner, practiceId: p.practiceId });
    const res = await injectAs(app, owner, { method: 'POST', url: '/api/practice/invitations', payload: { email: 'Invited.Clinician@Example.test', role: 'practitioner' } });
    expect(res.statusCode).toBe(201);
    const [mail] = await smtp.waitFor(1);
    expect(mail?.to).toEqual(['invited.clinician@example.test']);
    const consume = await post('/api/auth/magic-link/consume', { token: linkToken(mail ?? { body: '' } as never) });
    expect(consume.statusCode).toBe(200);
    const info = (await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: cookieFrom(consume, rt) ?? '' } })).json<{ practice: { id: string }; roles: string[] }>();
    expect(info.practice.id).toBe(p.practiceId);
    expect(info.roles).toEqual(['practitioner']);
  });
});

describe('grants and operator access', () => {
  it('R22 R41 practitioners grant and revoke read access explicitly, and each change is audited', async () => {
    const s = await sessionFor(rt, { userId: p.users.practitioner, practiceId: p.practiceId });
    const created = await injectAs(app, s, { method: 'POST', url: '/api/grants', payload: { granteeId: p.users.owner } });
    expect(created.statusCode).toBe(201);
    const id = created.json<{ id: string }>().id;
    const notMember = await injectAs(app, s, { method: 'POST', url: '/api/grants', payload: { granteeId: p.users.helpdesk } });
    expect(notMember.statusCode).toBe(404);
    expect((await injectAs(app, s, { method: 'DELETE', url: `/api/grants/${id}` })).statusCode).toBe(200);
    expect((await injectAs(app, s, { method: 'DELETE', url: `/api/grants/${id}` })).statusCode).toBe(404);
    const actions = await auditActions(p.practiceId);
    expect(actions).toEqual(expect.arrayContaining(['grant.create:success', 'grant.revoke:success']));
  });

  it('R47 an operator has no standing access; break-glass needs a reason, is time-limited, visible to the owner, audited on every use, and revocable', async () => {
    const q = await seedPractice(rt.db, 'BreakGlass');
    const op = await sessionFor(rt, { userId: q.operatorId, practiceId: null });
    // No standing access: not a member, so nothing in the practice is reachable.
    expect((await injectAs(app, op, { method: 'GET', url: '/api/practice/members' })).statusCode).toBe(403);
    const short = await injectAs(app, op, { method: 'POST', url: '/api/operator/break-glass', payload: { practiceId: q.practiceId, reason: 'help', scope: 'account_metadata', minutes: 30 } });
    expect(short.statusCode).toBe(400);
    expect(short.json<{ error: { message: string } }>().error.message).toContain('body.reason');
    const grant = await injectAs(app, op, {
      method: 'POST',
      url: '/api/operator/break-glass',
      payload: { practiceId: q.practiceId, reason: 'Support ticket 4411: owner cannot see a member in the list', scope: 'account_metadata', minutes: 30 },
    });
    expect(grant.statusCode).toBe(201);
    const g = grant.json<{ id: string; expiresAt: string }>();
    expect(new Date(g.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(30 * 60_000 + 5000);
    expect((await injectAs(app, op, { method: 'POST', url: `/api/operator/practices/${q.practiceId}/break-glass/${g.id}/enter`, payload: {} })).statusCode).toBe(200);
    expect((await injectAs(app, op, { method: 'GET', url: '/api/practice/members' })).statusCode).toBe(200);
    const owner = await sessionFor(rt, { userId: q.users.owner, practiceId: q.practiceId });
    const seen = (await injectAs(app, owner, { method: 'GET', url: '/api/practice/break-glass' })).json<{ grants: Array<{ id: string; reason: string }> }>();
    expect(seen.grants.map((x) => x.id)).toContain(g.id);
    expect((await injectAs(app, owner, { method: 'POST', url: `/api/practice/break-glass/${g.id}/revoke`, payload: {} })).statusCode).toBe(200);
    expect((await injectAs(app, op, { method: 'GET', url: '/api/practice/members' })).statusCode).toBe(403);
    const actions = await auditActions(q.practiceId);
    expect(actions).toEqual(expect.arrayContaining(['breakglass.grant:success', 'breakglass.enter:success', 'operator.access:success', 'breakglass.revoke:success']));
  });
});

describe('changing the sign-in email', () => {
  const emailOf = async (userId: string): Promise<string> => {
    const r = await rt.testDb.asAdmin((db) => sql<{ email: string }>`SELECT email FROM users WHERE id = ${userId}`.execute(db));
    return r.rows[0]?.email ?? '';
  };
  const change = (s: Parameters<typeof injectAs>[1], email: string) => injectAs(app, s, { method: 'POST', url: '/api/account/email', payload: { email } });
  const eventsOf = async (userId: string) =>
    rt.testDb.asAdmin(async (db) => (await sql<{ action: string }>`SELECT action FROM audit_events WHERE resource_id = ${userId} ORDER BY occurred_at`.execute(db)).rows.map((r) => r.action));

  it('R01 R26 the new address proves itself by link; the old one is told; every session ends; only the new address signs in', async () => {
    const q = await seedPractice(rt.db, 'Mover');
    const userId = q.users.practitioner;
    const oldEmail = await emailOf(userId);
    const s = await sessionFor(rt, { userId, practiceId: q.practiceId });
    const elsewhere = await sessionFor(rt, { userId, practiceId: q.practiceId });
    // A security change: it needs a fresh second factor.
    const stale = await sessionFor(rt, { userId, practiceId: q.practiceId, mfaAgoMs: 10 * 60_000 });
    expect((await change(stale, 'moved.therapist@example.test')).json()).toMatchObject({ error: { code: 'step_up_required' } });
    // Bad input names the field and does not echo the value.
    const bad = await change(s, 'not-an-address');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { message: string } }>().error.message).toContain('email');
    expect(bad.body).not.toContain('not-an-address');
    expect((await change(s, oldEmail.toUpperCase())).statusCode).toBe(400);

    const res = await change(s, 'Moved.Therapist@example.test');
    expect(res.statusCode).toBe(202);
    await rt.background.idle();
    const mails = await smtp.waitFor(2);
    const link = mails.find((m) => m.to[0] === 'moved.therapist@example.test');
    const notice = mails.find((m) => m.to[0] === oldEmail);
    if (link === undefined || notice === undefined) throw new Error('expected the link and the notice');
    // R25: neither mail names the other address; the notice holds no link to follow.
    expect(notice.body).not.toContain('moved.therapist');
    expect(notice.body).not.toContain('/auth/verify');
    expect(link.body).not.toContain(oldEmail);
    // Nothing changes until the link is used.
    expect(await emailOf(userId)).toBe(oldEmail);

    const used = await post('/api/auth/magic-link/consume', { token: linkToken(link) });
    expect(used.statusCode).toBe(200);
    expect(used.json()).toEqual({ stage: 'partial', secondFactor: 'enroll', next: null });
    expect(await emailOf(userId)).toBe('moved.therapist@example.test');
    // Every earlier session of the account has ended; the link works once.
    for (const old of [s, elsewhere]) expect((await injectAs(app, old, { method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
    expect((await post('/api/auth/magic-link/consume', { token: linkToken(link) })).statusCode).toBe(400);
    // Sign-in links now go to the new address only.
    smtp.messages.length = 0;
    await post('/api/auth/magic-link', { email: oldEmail });
    await post('/api/auth/magic-link', { email: 'moved.therapist@example.test' });
    await rt.background.idle();
    expect(smtp.messages.map((m) => m.to[0])).toEqual(['moved.therapist@example.test']);
    expect(await eventsOf(userId)).toEqual(expect.arrayContaining(['account.email.request', 'account.email.change']));
  });

  it('R01 R26 an address another account uses: the same answer and no link; a link whose address was taken since changes nothing', async () => {
    const q = await seedPractice(rt.db, 'Taken');
    const userId = q.users.practitioner;
    const oldEmail = await emailOf(userId);
    const theirs = await emailOf(q.users.owner);
    const s = await sessionFor(rt, { userId, practiceId: q.practiceId });
    const free = await change(s, 'free.address@example.test');
    await rt.background.idle();
    const [first] = (await smtp.waitFor(2)).filter((m) => m.to[0] === 'free.address@example.test');
    if (first === undefined) throw new Error('no link');
    smtp.messages.length = 0;
    const taken = await change(s, theirs);
    await rt.background.idle();
    expect(taken.statusCode).toBe(free.statusCode);
    expect(taken.body).toBe(free.body);
    await smtp.waitFor(1);
    // Only the notice to the account's own address: no link goes to another account's address.
    expect(smtp.messages.map((m) => m.to[0])).toEqual([oldEmail]);
    // Meanwhile another account takes the free address: the earlier link now fails, nothing moves.
    await rt.testDb.asAdmin((db) => db.updateTable('users').set({ email: 'free.address@example.test' }).where('id', '=', q.users.owner).execute());
    const late = await post('/api/auth/magic-link/consume', { token: linkToken(first) });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ error: { code: 'email_taken' } });
    expect(await emailOf(userId)).toBe(oldEmail);
    expect((await injectAs(app, s, { method: 'GET', url: '/api/auth/session' })).statusCode).toBe(200);
  });
});
