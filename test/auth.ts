// Signed-in sessions for tests, created the way sign-in creates them (hashed token row), so tests
// of clinical routes need not walk the whole magic-link and second-factor flow each time.
import crypto from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Runtime } from '../src/platform/runtime.ts';
import { systemContext, withTenant } from '../src/db/tenant.ts';
import { ABSOLUTE_LIFETIME_MS, cookieName, hashToken, newToken } from '../src/features/auth/sessions.ts';

export interface TestSession {
  sessionId: string;
  token: string;
  csrf: string;
  cookie: string;
  headers: Record<string, string>;
}

export async function sessionFor(
  rt: Runtime,
  opts: { userId: string; practiceId: string | null; stage?: 'partial' | 'full'; mfaAgoMs?: number; lastSeenAgoMs?: number },
): Promise<TestSession> {
  const token = newToken();
  const csrf = crypto.randomBytes(24).toString('base64url');
  const sessionId = crypto.randomUUID();
  const stage = opts.stage ?? 'full';
  // The runtime's clock (a TestClock when the test uses one), as the server reads it.
  const now = rt.clock.now().getTime();
  const mfaAt = stage === 'full' ? new Date(now - (opts.mfaAgoMs ?? 0)) : null;
  await withTenant(rt.db, systemContext(), (trx) =>
    trx
      .insertInto('sessions')
      .values({
        id: sessionId,
        token_hash: hashToken(token),
        user_id: opts.userId,
        practice_id: opts.practiceId,
        stage,
        csrf_token: csrf,
        last_seen_at: new Date(now - (opts.lastSeenAgoMs ?? 0)),
        absolute_expires_at: new Date(now + ABSOLUTE_LIFETIME_MS),
        mfa_at: mfaAt,
        step_up_at: mfaAt,
        ip: '127.0.0.1',
        user_agent: 'vitest',
      })
      .execute(),
  );
  const cookie = `${cookieName(rt)}=${token}`;
  return { sessionId, token, csrf, cookie, headers: { cookie, 'x-csrf-token': csrf } };
}

/** app.inject with the session's cookie and CSRF header. */
export function injectAs(app: FastifyInstance, s: TestSession | null, opts: InjectOptions): Promise<LightMyRequestResponse> {
  return app.inject({ ...opts, headers: { ...(s?.headers ?? {}), ...(opts.headers ?? {}) } });
}

/** Extracts the session cookie a response set, as a Cookie header value. */
export function cookieFrom(res: LightMyRequestResponse, rt: Runtime): string | undefined {
  const c = res.cookies.find((x) => x.name === cookieName(rt));
  return c === undefined ? undefined : `${c.name}=${c.value}`;
}
