// Rules shared by every factor: who may enrol a new one, counting what is left before a removal,
// and ending the user's other sessions after a change.
import type { Runtime } from '../../../platform/runtime.ts';
import { systemContext, withTenant, type Tx } from '../../../db/tenant.ts';
import { HttpError } from '../../../http/errors.ts';
import { hasFreshSecondFactor, revokeUserSessions, type AuthContext } from '../sessions.ts';

export interface FactorCounts {
  totp: boolean;
  passkeys: number;
}

export async function countFactors(trx: Tx, userId: string): Promise<FactorCounts> {
  const totp = await trx.selectFrom('mfa_totp').select('user_id').where('user_id', '=', userId).where('confirmed_at', 'is not', null).executeTakeFirst();
  const pk = await trx
    .selectFrom('webauthn_credentials')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return { totp: totp !== undefined, passkeys: Number(pk.n) };
}

export const hasAnyFactor = (c: FactorCounts): boolean => c.totp || c.passkeys > 0;

/**
 * A first factor may be enrolled from a session that has only proven the email address (that is
 * how every account gets its first factor). Once the user has any factor, adding or replacing one
 * needs a second factor within the last few minutes: otherwise whoever reads the user's email could
 * add their own authenticator and walk past the real one.
 */
export async function assertMayEnrol(trx: Tx, auth: AuthContext): Promise<FactorCounts> {
  const counts = await countFactors(trx, auth.userId);
  if (hasAnyFactor(counts) && !(auth.stage === 'full' && hasFreshSecondFactor(auth))) {
    throw new HttpError(403, 'step_up_required',
      'You already have a second factor. Confirm it again (within the last 5 minutes) before adding or replacing one.');
  }
  return counts;
}

export function lastFactorError(): HttpError {
  return new HttpError(409, 'last_factor', 'This is your only second factor. Add another (authenticator app or passkey) before removing it.');
}

/**
 * "Changing factors offers to end other sessions": the user chose to, so every session of theirs
 * but the one in hand ends now. Sessions are only moved by the server's session code, hence the
 * system context.
 */
export async function systemEndOtherSessions(runtime: Runtime, userId: string, keepSessionId: string): Promise<number> {
  return withTenant(runtime.db, systemContext(), (trx) => revokeUserSessions(trx, userId, keepSessionId));
}
