// The cancellation gate of the request pipeline (R10, R34). A cancelled practice is unusable for
// everyone during its grace period, except what its owner needs to restore or export it; once
// the grace period is over, or the purge has begun, only the cancellation status remains. Asked
// on every request of a signed-in member: one indexed read, outside the tenant transaction.
import { sql, type Kysely } from 'kysely';
import type { Database, PracticeLifecycle } from '../../db/schema.ts';
import type { AppRole } from '../../db/tenant.ts';
import { HttpError } from '../../http/errors.ts';

/** 'anyone': its declared roles may use it in every state; 'owner': the owner, during the grace period. */
export type WhileCancelled = 'anyone' | 'owner';

export interface LifecycleState {
  lifecycle: PracticeLifecycle;
  purgeAfter: Date | null;
  /** The database's reading of the shared clock (app.tacet_now()). */
  now: Date;
}

/** The practice's lifecycle, read through app.practice_lifecycle (migration 0020). */
export async function practiceLifecycle(db: Kysely<Database>, practiceId: string): Promise<LifecycleState | null> {
  const r = await sql<{ lifecycle: PracticeLifecycle; purge_after: Date | null; now: Date }>`
    SELECT * FROM app.practice_lifecycle(${practiceId}::uuid)`.execute(db);
  const row = r.rows[0];
  return row === undefined ? null : { lifecycle: row.lifecycle, purgeAfter: row.purge_after, now: new Date(row.now) };
}

export function inGrace(s: LifecycleState): boolean {
  return s.lifecycle === 'cancelled' && s.purgeAfter !== null && s.now.getTime() < s.purgeAfter.getTime();
}

export const practiceCancelled = (): HttpError =>
  new HttpError(423, 'practice_cancelled', 'This practice has been cancelled. Only its owner can restore it or export its records until it is deleted.');
export const practiceDeleted = (): HttpError =>
  new HttpError(423, 'practice_cancelled', 'This practice has been cancelled and its records are being deleted or are deleted.');

/** null when the route may run; otherwise the error to answer with. */
export async function cancelledPracticeRefusal(
  db: Kysely<Database>,
  practiceId: string,
  roles: readonly AppRole[],
  rule: WhileCancelled | null,
): Promise<HttpError | null> {
  const state = await practiceLifecycle(db, practiceId);
  if (state === null || state.lifecycle === 'active') return null;
  if (rule === 'anyone') return null;
  if (!inGrace(state)) return practiceDeleted();
  if (rule === 'owner' && roles.includes('owner')) return null;
  return practiceCancelled();
}
