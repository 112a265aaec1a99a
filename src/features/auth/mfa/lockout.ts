// Second-factor lock-out (R38). Five wrong codes in a row lock the account's second-factor
// attempts for 15 minutes; while locked every attempt is refused, even a correct code, so guessing
// gets at most five tries per quarter hour whatever the number of IP addresses used. The lock's
// times are on the shared clock (app.tacet_now(), src/platform/clock.ts).
import { sql } from 'kysely';
import type { TenantContext, Tx } from '../../../db/tenant.ts';
import { audit } from '../../../audit/audit.ts';
import { HttpError } from '../../../http/errors.ts';

export const MAX_FAILURES = 5;
export const LOCK_MS = 15 * 60 * 1000;

export type Factor = 'totp' | 'recovery' | 'passkey';

/**
 * Reads the lock state and holds the user's row until the transaction ends, so concurrent attempts
 * for one user are counted one after another (no burst of parallel guesses slips past the limit).
 */
export async function lockedUntil(trx: Tx, userId: string): Promise<Date | null> {
  const row = await trx
    .selectFrom('users')
    .select(['mfa_locked_until', sql<Date>`app.tacet_now()`.as('now')])
    .where('id', '=', userId)
    .forUpdate()
    .executeTakeFirst();
  if (row === undefined) return null;
  const until = row.mfa_locked_until;
  return until !== null && until.getTime() > row.now.getTime() ? until : null;
}

/**
 * Counts one failure; on the fifth, locks and starts the count again for after the lock.
 * Returns the end of the lock when this failure caused one.
 */
export async function recordFailure(trx: Tx, ctx: TenantContext, userId: string, factor: Factor): Promise<Date | null> {
  const row = await trx
    .updateTable('users')
    .set({
      mfa_failed_count: sql<number>`CASE WHEN mfa_failed_count + 1 >= ${MAX_FAILURES} THEN 0 ELSE mfa_failed_count + 1 END`,
      mfa_locked_until: sql<Date | null>`CASE WHEN mfa_failed_count + 1 >= ${MAX_FAILURES}
        THEN app.tacet_now() + make_interval(secs => ${LOCK_MS / 1000}) ELSE mfa_locked_until END`,
    })
    .where('id', '=', userId)
    .returning(['mfa_failed_count', 'mfa_locked_until'])
    .executeTakeFirst();
  // The count drops back to 0 only in the statement that sets a lock.
  if (row === undefined || row.mfa_failed_count !== 0 || row.mfa_locked_until === null) return null;
  await audit(trx, ctx, { action: 'mfa.lockout', resourceType: 'user', resourceId: userId, outcome: 'denied', metadata: { factor, minutes: LOCK_MS / 60_000 } });
  return row.mfa_locked_until;
}

export async function resetFailures(trx: Tx, userId: string): Promise<void> {
  await trx
    .updateTable('users')
    .set({ mfa_failed_count: 0, mfa_locked_until: null })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('mfa_failed_count', '>', 0), eb('mfa_locked_until', 'is not', null)]))
    .execute();
}

export function lockedError(until: Date): HttpError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
  return new HttpError(423, 'mfa_locked',
    `Too many wrong second-factor attempts. Second-factor sign-in is locked for ${minutes} more minute${minutes === 1 ? '' : 's'}.`);
}
