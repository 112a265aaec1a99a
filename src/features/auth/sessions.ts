// Server-side sessions (R39). The cookie holds a random 256-bit token; the database holds only its
// SHA-256. A new token is issued at sign-in and at every factor (no fixation), sessions end after
// the user's inactivity timeout (15 min by default, 15 min – 4 h by choice) or 12 hours at most,
// and signing out — or being disabled — ends them at once, on every server.
import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Runtime } from '../../platform/runtime.ts';
import { systemContext, withTenant, type AppRole, type Tx } from '../../db/tenant.ts';
import type { MemberRole } from '../../db/schema.ts';

export const ABSOLUTE_LIFETIME_MS = 12 * 60 * 60 * 1000;
/** last_seen_at is written at most this often, so a busy page does not write on every request. */
const TOUCH_EVERY_MS = 15_000;
export const STEP_UP_WINDOW_MS = 5 * 60 * 1000;

export type SessionStage = 'anonymous' | 'partial' | 'full';

export interface AuthContext {
  sessionId: string;
  userId: string;
  practiceId: string | null;
  roles: AppRole[];
  stage: SessionStage;
  csrfToken: string;
  mfaAt: Date | null;
  stepUpAt: Date | null;
  isOperator: boolean;
  idleTimeoutMs: number;
  lastSeenAt: Date;
  absoluteExpiresAt: Date;
  /** The request's instant on the runtime's clock (clock.ts): every expiry check of this request uses it. */
  now: Date;
}

export function cookieName(runtime: Runtime): string {
  // __Host- requires Secure and Path=/ and no Domain: the cookie cannot be set or read by any
  // other host or path. Browsers only accept it over HTTPS, so plain-HTTP laptops use a plain name.
  return runtime.config.tls || runtime.config.TLS_TERMINATED_BY_PROXY ? '__Host-tacet_session' : 'tacet_session';
}

export const hashToken = (token: string): Buffer => crypto.createHash('sha256').update(token, 'utf8').digest();
export const newToken = (): string => crypto.randomBytes(32).toString('base64url');

function setCookie(runtime: Runtime, reply: FastifyReply, token: string): void {
  const secure = runtime.config.tls || runtime.config.TLS_TERMINATED_BY_PROXY;
  void reply.setCookie(cookieName(runtime), token, {
    path: '/',
    httpOnly: true,
    secure,
    sameSite: 'strict',
    maxAge: Math.floor(ABSOLUTE_LIFETIME_MS / 1000),
  });
}

export function clearCookie(runtime: Runtime, reply: FastifyReply): void {
  void reply.clearCookie(cookieName(runtime), { path: '/' });
}

export function clientMeta(req: FastifyRequest): { ip: string; userAgent: string | undefined } {
  return { ip: req.ip, userAgent: req.headers['user-agent']?.slice(0, 512) };
}

/** The practice a new session acts in: the user's oldest active membership (ties by id, so the
 * choice is stable). */
export async function defaultPractice(trx: Tx, userId: string): Promise<string | null> {
  const m = await trx
    .selectFrom('memberships')
    .select('practice_id')
    .where('user_id', '=', userId)
    .where('disabled_at', 'is', null)
    .orderBy('created_at')
    .orderBy('practice_id')
    .limit(1)
    .executeTakeFirst();
  return m?.practice_id ?? null;
}

/** Creates a session and sets its cookie. Any session the request came with is revoked. */
export async function startSession(
  runtime: Runtime,
  req: FastifyRequest,
  reply: FastifyReply,
  opts: { userId: string | null; practiceId: string | null; stage: SessionStage; mfaAt?: Date | null; stepUpAt?: Date | null; absoluteExpiresAt?: Date },
  trx?: Tx,
): Promise<string> {
  const token = newToken();
  const id = crypto.randomUUID();
  const meta = clientMeta(req);
  const previous = req.cookies[cookieName(runtime)];
  const now = runtime.clock.now();
  const work = async (t: Tx) => {
    if (previous !== undefined) {
      await t.updateTable('sessions').set({ revoked_at: now }).where('token_hash', '=', hashToken(previous)).where('revoked_at', 'is', null).execute();
    }
    await t
      .insertInto('sessions')
      .values({
        id,
        token_hash: hashToken(token),
        user_id: opts.userId,
        practice_id: opts.practiceId,
        stage: opts.stage,
        csrf_token: crypto.randomBytes(24).toString('base64url'),
        last_seen_at: now,
        absolute_expires_at: opts.absoluteExpiresAt ?? new Date(now.getTime() + ABSOLUTE_LIFETIME_MS),
        mfa_at: opts.mfaAt ?? null,
        step_up_at: opts.stepUpAt ?? null,
        ip: meta.ip,
        user_agent: meta.userAgent ?? null,
      })
      .execute();
  };
  if (trx !== undefined) await work(trx);
  else await withTenant(runtime.db, systemContext(), work);
  setCookie(runtime, reply, token);
  return id;
}

/**
 * After a successful second factor: a new session id (the old one is revoked), stage full, and a
 * fresh step-up time. Keeps the original absolute expiry so factors cannot extend a session.
 */
export async function elevateSession(runtime: Runtime, req: FastifyRequest, reply: FastifyReply, auth: AuthContext): Promise<string> {
  const now = runtime.clock.now();
  return startSession(runtime, req, reply, {
    userId: auth.userId,
    practiceId: auth.practiceId,
    stage: 'full',
    mfaAt: now,
    stepUpAt: now,
    absoluteExpiresAt: auth.absoluteExpiresAt,
  });
}

export async function revokeSession(runtime: Runtime, sessionId: string): Promise<void> {
  await withTenant(runtime.db, systemContext(), (trx) =>
    trx.updateTable('sessions').set({ revoked_at: runtime.clock.now() }).where('id', '=', sessionId).where('revoked_at', 'is', null).execute(),
  );
}

/** Ends every session of a user (sign out everywhere, disabling, factor changes). */
export async function revokeUserSessions(trx: Tx, userId: string, except?: string): Promise<number> {
  // The database's reading of the shared clock: this runs inside callers' transactions, which
  // carry the runtime's clock to app.tacet_now().
  let q = trx.updateTable('sessions').set({ revoked_at: sql<Date>`app.tacet_now()` }).where('user_id', '=', userId).where('revoked_at', 'is', null);
  if (except !== undefined) q = q.where('id', '<>', except);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export type LookupResult = { ok: true; auth: AuthContext } | { ok: false; reason: 'missing' | 'invalid' | 'expired' };

interface SessionRow {
  id: string;
  user_id: string | null;
  practice_id: string | null;
  stage: SessionStage;
  csrf_token: string;
  last_seen_at: Date;
  absolute_expires_at: Date;
  mfa_at: Date | null;
  step_up_at: Date | null;
  session_timeout_minutes: number | null;
  user_disabled: boolean | null;
  is_operator: boolean;
  roles: MemberRole[] | null;
  now: Date;
  expired: boolean;
}

/**
 * Resolves the request's session, enforcing inactivity and absolute lifetime on the server. One
 * statement (app.session_lookup, migration 0009): it also revokes an expired session and moves
 * last_seen_at forward at most every TOUCH_EVERY_MS.
 */
export async function lookupSession(runtime: Runtime, req: FastifyRequest, opts: { touch: boolean }): Promise<LookupResult> {
  const now = runtime.clock.now();
  const token = req.cookies[cookieName(runtime)];
  if (token === undefined || token.length < 20 || token.length > 100) return { ok: false, reason: 'missing' };
  const r = await sql<SessionRow>`
    SELECT * FROM app.session_lookup(${hashToken(token)}, ${opts.touch}, make_interval(secs => ${TOUCH_EVERY_MS / 1000}))`.execute(runtime.db);
  const row = r.rows[0];
  if (row === undefined) return { ok: false, reason: 'invalid' };
  if (row.expired) return { ok: false, reason: 'expired' };
  if (row.user_id === null) return { ok: false, reason: 'invalid' };
  const roles: AppRole[] = [...(row.roles ?? [])];
  if (row.is_operator) roles.push('operator');
  return {
    ok: true,
    auth: {
      sessionId: row.id,
      userId: row.user_id,
      practiceId: row.practice_id,
      roles,
      stage: row.stage,
      csrfToken: row.csrf_token,
      mfaAt: row.mfa_at,
      stepUpAt: row.step_up_at,
      isOperator: row.is_operator,
      idleTimeoutMs: (row.session_timeout_minutes ?? 15) * 60_000,
      lastSeenAt: row.last_seen_at,
      absoluteExpiresAt: row.absolute_expires_at,
      now,
    },
  };
}

/**
 * R39: the idle timer counts the person, not the page. A request that says it was not caused by
 * the person — a poll, the time-left check, a prefetch, an autosave fired by a timer — carries
 * this header and never extends the session. The web application sends it on every request it
 * makes by itself (web/src/api.ts), and reports real input separately (recordActivity()).
 */
export const BACKGROUND_HEADER = 'x-tacet-background';

export function isBackground(req: FastifyRequest): boolean {
  return req.headers[BACKGROUND_HEADER] === '1';
}

/**
 * The person was active `idleSeconds` ago (the UI reports its last key press, click or scroll).
 * Moves the session's last activity to that moment — never backwards, never past now — so a
 * report sent late does not stretch the timeout beyond the last real input. Returns the new
 * last-activity time, or null when the session ended meanwhile.
 */
export async function recordActivity(runtime: Runtime, auth: AuthContext, idleSeconds: number): Promise<Date | null> {
  const at = new Date(auth.now.getTime() - Math.max(0, idleSeconds) * 1000);
  const row = await withTenant(runtime.db, systemContext(), (trx) =>
    trx
      .updateTable('sessions')
      .set({ last_seen_at: sql<Date>`greatest(last_seen_at, ${at})` })
      .where('id', '=', auth.sessionId)
      .where('revoked_at', 'is', null)
      .returning('last_seen_at')
      .executeTakeFirst(),
  );
  return row?.last_seen_at ?? null;
}

export function csrfMatches(auth: AuthContext, header: string | string[] | undefined): boolean {
  if (typeof header !== 'string') return false;
  const a = Buffer.from(header);
  const b = Buffer.from(auth.csrfToken);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

export function hasFreshSecondFactor(auth: AuthContext, now = auth.now.getTime()): boolean {
  const at = auth.stepUpAt ?? auth.mfaAt;
  return at !== null && now - at.getTime() <= STEP_UP_WINDOW_MS;
}

export async function recordStepUp(runtime: Runtime, auth: AuthContext): Promise<void> {
  await withTenant(runtime.db, systemContext(), (trx) => trx.updateTable('sessions').set({ step_up_at: runtime.clock.now() }).where('id', '=', auth.sessionId).execute());
}
