// Helpers shared by this folder's tests (not loaded by the application).
import { sql } from 'kysely';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { TestRuntime } from '../../../../test/runtime.ts';
import { cookieFrom, type TestSession } from '../../../../test/auth.ts';
import { withTenant, type TenantContext } from '../../../db/tenant.ts';
import { cookieName, hashToken } from '../sessions.ts';
import { codeAt, sealSecret, userKeys } from './totp.ts';
import { Secret } from 'otpauth';

let ipCounter = 0;
/** A distinct client address per test, so per-address route limits do not leak between tests. */
export function nextIp(): string {
  ipCounter += 1;
  return `198.18.${Math.floor(ipCounter / 250)}.${(ipCounter % 250) + 1}`;
}

export function call(
  app: FastifyInstance,
  s: TestSession | null,
  ip: string,
  method: InjectOptions['method'],
  url: string,
  payload?: object,
): Promise<LightMyRequestResponse> {
  return app.inject({ method, url, remoteAddress: ip, headers: { ...(s?.headers ?? {}) }, ...(payload !== undefined ? { payload } : {}) });
}

export interface SessionRow {
  id: string;
  stage: string;
  practice_id: string | null;
  user_id: string | null;
  revoked_at: Date | null;
  csrf_token: string;
}

/** The session a response's cookie names, as a TestSession (CSRF token read from its row). */
export async function sessionFromResponse(rt: TestRuntime, res: LightMyRequestResponse): Promise<TestSession & { row: SessionRow }> {
  const cookie = cookieFrom(res, rt);
  if (cookie === undefined) throw new Error('the response set no session cookie');
  const token = cookie.slice(cookieName(rt).length + 1);
  const row = await sessionRow(rt, token);
  if (row === undefined) throw new Error('no session row for the cookie');
  return { sessionId: row.id, token, csrf: row.csrf_token, cookie, headers: { cookie, 'x-csrf-token': row.csrf_token }, row };
}

export async function sessionRow(rt: TestRuntime, token: string): Promise<SessionRow | undefined> {
  return rt.testDb.asAdmin(async (db) => {
    const r = await sql<SessionRow>`SELECT id, stage, practice_id, user_id, revoked_at, csrf_token FROM sessions WHERE token_hash = ${hashToken(token)}`.execute(db);
    return r.rows[0];
  });
}

/** Gives a user a confirmed authenticator app directly (for tests not about enrolment). */
export async function giveTotp(rt: TestRuntime, ctx: TenantContext): Promise<string> {
  const base32 = new Secret({ size: 20 }).base32;
  const keys = await userKeys(rt, ctx.userId);
  await withTenant(rt.db, ctx, (trx) =>
    trx
      .insertInto('mfa_totp')
      .values({ user_id: ctx.userId, secret_sealed: sealSecret(keys, ctx.userId, 'secret_sealed', base32), confirmed_at: new Date() })
      .execute(),
  );
  return base32;
}

/** Codes of three distinct time steps that are all inside the server's ±1 window right now. */
export function codes(base32: string): { previous: string; current: string; next: string } {
  const now = Date.now();
  return { previous: codeAt(base32, now - 30_000), current: codeAt(base32, now), next: codeAt(base32, now + 30_000) };
}

export interface AuditRow {
  action: string;
  outcome: string;
  actor_id: string;
  metadata: string | null;
}

export async function auditRows(rt: TestRuntime, practiceId: string, userId: string): Promise<AuditRow[]> {
  return rt.testDb.asAdmin(async (db) => {
    const r = await sql<AuditRow>`SELECT action, outcome, actor_id, metadata::text AS metadata FROM audit_events
      WHERE practice_id = ${practiceId} AND (actor_id = ${userId} OR resource_id = ${userId}) ORDER BY seq`.execute(db);
    return r.rows;
  });
}
