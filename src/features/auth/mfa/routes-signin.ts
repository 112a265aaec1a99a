// Signing in with a passkey alone (R38: "passkeys as a second factor or sign-in"). The browser
// offers the user's discoverable credentials; no email is typed and none is revealed. The
// challenge lives on an 'anonymous' session that exists only for this ceremony (5 minutes).
//
// A passkey used this way is both factors at once — the device (possession) and the PIN or
// biometric that unlocks it (user verification) — so here user verification is *required*, and
// the result is a 'full' session. The practice is the user's oldest active membership; the
// sign-in flow may later offer a choice.
import { sql } from 'kysely';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Runtime } from '../../../platform/runtime.ts';
import { systemContext, withTenant, type AppRole, type TenantContext } from '../../../db/tenant.ts';
import { audit } from '../../../audit/audit.ts';
import { HttpError } from '../../../http/errors.ts';
import { defineRoute } from '../../../http/pipeline.ts';
import { cookieName, defaultPractice, hashToken, startSession } from '../sessions.ts';
import { systemMfaContext } from './context.ts';
import { lockedError, lockedUntil } from './lockout.ts';
import { passkeyRejected } from './verify.ts';
import { passkeyAssertionBody, okResponse } from './schema.ts';
import {
  advanceCounter,
  authenticationOptions,
  CHALLENGE_TTL_MS,
  systemSaveChallenge,
  systemTakeChallenge,
  userHandleB64,
  verifyAssertion,
  webauthnRelyingParty,
} from './webauthn.ts';
import { z } from 'zod';

const SIGNIN_LIMIT = { max: 20, timeWindow: '1 minute' };

/** The request's anonymous sign-in session, if its cookie names a live one. */
async function systemFindAnonymousSession(runtime: Runtime, req: FastifyRequest): Promise<string | null> {
  const token = req.cookies[cookieName(runtime)];
  if (token === undefined || token.length < 20 || token.length > 100) return null;
  // lookupSession() admits only sessions with a user; the ceremony's session has none yet.
  return withTenant(runtime.db, systemContext(), async (trx) => {
    const r = await sql<{ id: string }>`
      SELECT id FROM sessions
      WHERE token_hash = ${hashToken(token)} AND stage = 'anonymous' AND user_id IS NULL
        AND revoked_at IS NULL AND absolute_expires_at > app.tacet_now()`.execute(trx);
    return r.rows[0]?.id ?? null;
  });
}

interface SigninTarget {
  credential: { id: string; publicKey: Buffer; counter: number };
  userId: string;
  practiceId: string | null;
  roles: AppRole[];
}

/** Before anyone is signed in, only the system can look a credential up (RLS: own rows otherwise). */
async function systemFindSigninTarget(runtime: Runtime, credentialId: string): Promise<SigninTarget | null> {
  return withTenant(runtime.db, systemContext(), async (trx) => {
    const c = await trx
      .selectFrom('webauthn_credentials as c')
      .innerJoin('users as u', 'u.id', 'c.user_id')
      .select(['c.id', 'c.public_key', 'c.counter', 'c.user_id'])
      .where('c.id', '=', credentialId)
      .where('u.disabled_at', 'is', null)
      .executeTakeFirst();
    if (c === undefined) return null;
    const practiceId = await defaultPractice(trx, c.user_id);
    const roles: AppRole[] =
      practiceId === null
        ? []
        : (
            await trx
              .selectFrom('memberships')
              .select('role')
              .where('user_id', '=', c.user_id)
              .where('practice_id', '=', practiceId)
              .where('disabled_at', 'is', null)
              .execute()
          ).map((r) => r.role);
    return { credential: { id: c.id, publicKey: c.public_key, counter: Number(c.counter) }, userId: c.user_id, practiceId, roles };
  });
}

function userCtx(t: SigninTarget, req: FastifyRequest): TenantContext {
  const base = systemMfaContext(req);
  if (t.practiceId === null || t.roles.length === 0) return { ...base, userId: t.userId, roles: ['client'] };
  return { ...base, practiceId: t.practiceId, userId: t.userId, roles: t.roles };
}

export function signinRoutes(app: FastifyInstance, runtime: Runtime): void {
  const rp = webauthnRelyingParty(runtime.config);

  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/auth/passkeys/signin/options',
    summary: 'Sign in with a passkey: challenge',
    tags: ['auth', 'mfa'],
    auth: 'public',
    roles: 'self',
    rateLimit: SIGNIN_LIMIT,
    schema: { response: { 200: z.looseObject({ challenge: z.string() }) } },
    handler: async ({ req, reply }) => {
      // Any session the request came with is ended by startSession (no fixation).
      const sessionId = await startSession(runtime, req, reply, {
        userId: null,
        practiceId: null,
        stage: 'anonymous',
        absoluteExpiresAt: new Date(runtime.clock.now().getTime() + CHALLENGE_TTL_MS),
      });
      // No allowCredentials: the browser offers discoverable passkeys, so nobody learns which
      // accounts exist from this answer.
      const options = await authenticationOptions(rp, null, 'required');
      await systemSaveChallenge(runtime, sessionId, 'signin', options.challenge);
      return options;
    },
  });

  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/auth/passkeys/signin/verify',
    summary: 'Sign in with a passkey: answer; starts a fully signed-in session',
    tags: ['auth', 'mfa'],
    auth: 'public',
    roles: 'self',
    rateLimit: SIGNIN_LIMIT,
    schema: { body: passkeyAssertionBody, response: { 200: okResponse } },
    handler: async ({ req, reply, body }) => {
      const anon = await systemFindAnonymousSession(runtime, req);
      const challenge = anon === null ? null : await systemTakeChallenge(runtime, anon, 'signin');
      const target = challenge === null ? null : await systemFindSigninTarget(runtime, body.response.id);
      if (challenge === null || target === null) {
        // Nobody to attribute the attempt to yet: it goes to the system chain.
        const sys = systemMfaContext(req);
        const reason = challenge === null ? 'no_challenge' : 'unknown_credential';
        await withTenant(runtime.db, sys, (trx) =>
          audit(trx, sys, { action: 'mfa.passkey.signin', resourceType: 'webauthn_credential', outcome: 'failure', metadata: { reason } }),
        );
        throw challenge === null ? new HttpError(400, 'challenge_expired', 'The passkey request has expired or was already used. Start again.') : passkeyRejected();
      }
      const ctx = userCtx(target, req);
      const result = await withTenant(runtime.db, ctx, async (trx) => {
        const base = { action: 'mfa.passkey.signin', resourceType: 'user', resourceId: target.userId } as const;
        // Respect a second-factor lock, but do not count failures here: anyone who has seen a
        // credential id could otherwise lock its owner out. A signature cannot be guessed, and
        // the per-address limit slows whoever tries.
        const until = await lockedUntil(trx, target.userId);
        if (until !== null) {
          await audit(trx, ctx, { ...base, outcome: 'denied', metadata: { reason: 'locked' } });
          return lockedError(until);
        }
        // The credential's user handle must be the account the credential belongs to.
        const handle = body.response.response.userHandle;
        const v =
          handle !== undefined && handle !== userHandleB64(target.userId)
            ? ({ ok: false, reason: 'user_handle_mismatch' } as const)
            : await verifyAssertion(rp, body.response, challenge, target.credential, true);
        const reason = !v.ok ? v.reason : (await advanceCounter(trx, target.credential.id, target.credential.counter, v.newCounter)) ? null : 'counter_regression';
        if (reason !== null) {
          await audit(trx, ctx, { ...base, outcome: 'failure', metadata: { reason } });
          return passkeyRejected();
        }
        await audit(trx, ctx, { ...base, outcome: 'success', metadata: { practiceChosen: target.practiceId !== null } });
        return null;
      });
      if (result !== null) throw result;
      const now = runtime.clock.now();
      await startSession(runtime, req, reply, { userId: target.userId, practiceId: target.practiceId, stage: 'full', mfaAt: now, stepUpAt: now });
      return { ok: true as const };
    },
  });
}
