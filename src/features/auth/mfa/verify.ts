// Checking a second factor for a signed-in user: at sign-in (the session is 'partial') or as a
// step-up. Each check runs in one transaction that holds the user's row (lockout.ts), counts a
// failure or clears the count, and writes its audit row. Failures are *returned*, not thrown,
// so that the failure count and its audit row commit; the route throws afterwards.
import type { FastifyRequest } from 'fastify';
import type { Runtime } from '../../../platform/runtime.ts';
import { withTenant, type Tx } from '../../../db/tenant.ts';
import { audit } from '../../../audit/audit.ts';
import { HttpError } from '../../../http/errors.ts';
import type { AuthContext } from '../sessions.ts';
import { mfaContext } from './context.ts';
import { lockedError, lockedUntil, recordFailure, resetFailures, type Factor } from './lockout.ts';
import { matchStep, openSecret, userKeys } from './totp.ts';
import { consumeRecoveryCode } from './recovery.ts';
import { advanceCounter, verifyAssertion, type AuthenticationInput, type RelyingParty } from './webauthn.ts';

export type Purpose = 'signin' | 'stepup';
export type CheckResult = { ok: true } | { ok: false; error: HttpError };

const ACTIONS: Record<Purpose, Record<Factor, string>> = {
  signin: { totp: 'mfa.totp.verify', recovery: 'mfa.recovery.verify', passkey: 'mfa.passkey.verify' },
  stepup: { totp: 'auth.stepup', recovery: 'auth.stepup', passkey: 'auth.stepup' },
};

const wrongCode = (field: string): HttpError => new HttpError(401, 'invalid_code', `${field}: is not correct or has expired.`);

type Attempt = { ok: true } | { ok: false; reason: string; error: HttpError; counts: boolean };

/**
 * The frame every check shares: refuse while locked, run the attempt, then count or clear and
 * audit. `counts: false` marks refusals that say nothing about a guess (nothing enrolled).
 */
async function check(
  runtime: Runtime,
  auth: AuthContext,
  req: FastifyRequest,
  factor: Factor,
  purpose: Purpose,
  attempt: (trx: Tx) => Promise<Attempt>,
): Promise<CheckResult> {
  const ctx = mfaContext(auth, req);
  const action = ACTIONS[purpose][factor];
  return withTenant(runtime.db, ctx, async (trx): Promise<CheckResult> => {
    const base = { action, resourceType: 'user', resourceId: auth.userId };
    const until = await lockedUntil(trx, auth.userId);
    if (until !== null) {
      await audit(trx, ctx, { ...base, outcome: 'denied', metadata: { factor, reason: 'locked' } });
      return { ok: false, error: lockedError(until) };
    }
    const r = await attempt(trx);
    if (r.ok) {
      await resetFailures(trx, auth.userId);
      await audit(trx, ctx, { ...base, outcome: 'success', metadata: { factor } });
      return { ok: true };
    }
    await audit(trx, ctx, { ...base, outcome: 'failure', metadata: { factor, reason: r.reason } });
    if (r.counts) {
      const lock = await recordFailure(trx, ctx, auth.userId, factor);
      if (lock !== null) return { ok: false, error: lockedError(lock) };
    }
    return { ok: false, error: r.error };
  });
}

export async function checkTotp(runtime: Runtime, auth: AuthContext, req: FastifyRequest, code: string, purpose: Purpose, field = 'code'): Promise<CheckResult> {
  const keys = await userKeys(runtime, auth.userId);
  return check(runtime, auth, req, 'totp', purpose, async (trx) => {
    const row = await trx
      .selectFrom('mfa_totp')
      .select('secret_sealed')
      .where('user_id', '=', auth.userId)
      .where('confirmed_at', 'is not', null)
      .executeTakeFirst();
    if (row === undefined) {
      return { ok: false, reason: 'not_enrolled', counts: false, error: new HttpError(409, 'totp_not_enrolled', 'No authenticator app is set up for this account.') };
    }
    const step = matchStep(openSecret(keys, auth.userId, 'secret_sealed', row.secret_sealed), code);
    if (step === null) return { ok: false, reason: 'wrong_code', counts: true, error: wrongCode(field) };
    // Compare-and-set in SQL: of two requests racing with the same code, one moves the step.
    const moved = await trx
      .updateTable('mfa_totp')
      .set({ last_used_step: step })
      .where('user_id', '=', auth.userId)
      .where('last_used_step', '<', step)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1) {
      return { ok: false, reason: 'replay', counts: true, error: new HttpError(401, 'code_already_used', `${field}: was already used. Wait for the next code from your app.`) };
    }
    return { ok: true };
  });
}

export async function checkRecoveryCode(runtime: Runtime, auth: AuthContext, req: FastifyRequest, code: string): Promise<CheckResult> {
  return check(runtime, auth, req, 'recovery', 'signin', async (trx) =>
    (await consumeRecoveryCode(trx, auth.userId, code))
      ? { ok: true }
      : { ok: false, reason: 'wrong_code', counts: true, error: new HttpError(401, 'invalid_code', 'code: is not an unused recovery code of this account.') },
  );
}

export const passkeyRejected = (): HttpError => new HttpError(401, 'passkey_rejected', 'The passkey could not be verified. Try again.');

export async function checkPasskey(
  runtime: Runtime,
  auth: AuthContext,
  req: FastifyRequest,
  rp: RelyingParty,
  input: AuthenticationInput,
  challenge: string | null,
  purpose: Purpose,
): Promise<CheckResult> {
  return check(runtime, auth, req, 'passkey', purpose, async (trx) => {
    if (challenge === null) {
      return { ok: false, reason: 'no_challenge', counts: false, error: new HttpError(400, 'challenge_expired', 'The passkey request has expired. Start again.') };
    }
    // Only the user's own credentials: RLS would hide others' anyway; the filter says so here too.
    const cred = await trx
      .selectFrom('webauthn_credentials')
      .select(['id', 'public_key', 'counter'])
      .where('id', '=', input.id)
      .where('user_id', '=', auth.userId)
      .executeTakeFirst();
    if (cred === undefined) return { ok: false, reason: 'unknown_credential', counts: true, error: passkeyRejected() };
    const seen = Number(cred.counter);
    const v = await verifyAssertion(rp, input, challenge, { id: cred.id, publicKey: cred.public_key, counter: seen }, false);
    if (!v.ok) return { ok: false, reason: v.reason, counts: true, error: passkeyRejected() };
    if (!(await advanceCounter(trx, cred.id, seen, v.newCounter))) return { ok: false, reason: 'counter_regression', counts: true, error: passkeyRejected() };
    return { ok: true };
  });
}
