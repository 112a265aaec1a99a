// The SQL of the job table (migration 0016). Enqueuing runs in the caller's tenant transaction
// (so a job is created atomically with the change that asks for it, under that person's
// row-level security); the runner's bookkeeping runs in the system context of the system chain,
// which is the only context that sees every practice's jobs (policy jobs_runner). Every time
// comes in as a parameter from the runner's clock: nothing here reads now().
import crypto from 'node:crypto';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, JobsTable } from '../../db/schema.ts';
import { SYSTEM_PRACTICE_ID, systemContext, withTenant, type TenantContext, type Tx } from '../../db/tenant.ts';

export type JobRow = Selectable<JobsTable>;

export interface EnqueueOptions {
  kind: string;
  payload?: Record<string, unknown>;
  /** At most one queued or running job per key; a second enqueue with the key gets `null`. */
  singletonKey?: string;
  runAt?: Date;
  maxAttempts?: number;
  /** Repeat every N seconds after each run (recurring jobs). */
  intervalSeconds?: number;
}

/**
 * Queues a job in the caller's transaction: it exists only if the transaction commits. Returns
 * the job id, or null when a live job with the same singleton key already exists.
 */
export async function enqueueJob(trx: Tx, ctx: TenantContext, now: Date, opts: EnqueueOptions): Promise<string | null> {
  const id = crypto.randomUUID();
  const row = await trx
    .insertInto('jobs')
    .values({
      id,
      practice_id: ctx.practiceId,
      kind: opts.kind,
      created_by: ctx.roles.includes('system') ? null : ctx.userId,
      payload: JSON.stringify(opts.payload ?? {}),
      run_at: opts.runAt ?? now,
      max_attempts: opts.maxAttempts ?? 5,
      interval_seconds: opts.intervalSeconds ?? null,
      singleton_key: opts.singletonKey ?? null,
      created_at: now,
      updated_at: now,
    })
    // The partial unique index on the singleton key of live jobs decides races between app
    // servers; the id is fresh, so that index is the only one that can conflict.
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

const runner = () => systemContext(SYSTEM_PRACTICE_ID);

/**
 * Claims one due job for `owner`: a queued job whose time has come, or a running job whose
 * lease ran out (its runner died). SKIP LOCKED lets several runners claim side by side without
 * waiting on, or ever both taking, the same row.
 */
export async function claimJob(db: Kysely<Database>, owner: string, kinds: string[], now: Date, leaseMs: number): Promise<JobRow | undefined> {
  if (kinds.length === 0) return undefined;
  return withTenant(db, runner(), async (trx) => {
    // The candidate is chosen in a MATERIALIZED CTE, evaluated exactly once. Written as
    // `WHERE id IN (SELECT … LIMIT 1 FOR UPDATE SKIP LOCKED)` the planner may rescan the
    // sub-select per row, and with SKIP LOCKED each rescan locks the next row: one claim then
    // takes every due job (seen on PGlite/PostgreSQL 17 in this file's tests).
    const r = await sql<JobRow>`
      WITH next AS MATERIALIZED (
        SELECT id FROM jobs
        WHERE kind = ANY(${kinds}::text[])
          AND ((status = 'queued' AND run_at <= ${now}) OR (status = 'running' AND lease_expires_at < ${now}))
        ORDER BY run_at
        LIMIT 1
        FOR UPDATE SKIP LOCKED)
      UPDATE jobs SET status = 'running', lease_owner = ${owner}, lease_expires_at = ${new Date(now.getTime() + leaseMs)},
             attempts = jobs.attempts + 1, started_at = coalesce(jobs.started_at, ${now}), updated_at = ${now}
      FROM next WHERE jobs.id = next.id
      RETURNING jobs.*`.execute(trx);
    return r.rows[0];
  });
}

/** Extends the lease; false when another runner has taken the job over (this one must stop). */
export async function renewLease(db: Kysely<Database>, id: string, owner: string, now: Date, leaseMs: number): Promise<boolean> {
  return withTenant(db, runner(), async (trx) => {
    const r = await trx
      .updateTable('jobs')
      .set({ lease_expires_at: new Date(now.getTime() + leaseMs), updated_at: now })
      .where('id', '=', id)
      .where('lease_owner', '=', owner)
      .where('status', '=', 'running')
      .executeTakeFirst();
    return r.numUpdatedRows > 0n;
  });
}

/** Records the handler's checkpoint and progress, fenced by the lease like every write. */
export async function saveCheckpoint(
  db: Kysely<Database>,
  id: string,
  owner: string,
  now: Date,
  leaseMs: number,
  checkpoint: unknown,
  progress: { done: number; total?: number | null } | undefined,
): Promise<boolean> {
  return withTenant(db, runner(), async (trx) => {
    const r = await trx
      .updateTable('jobs')
      .set({
        ...(checkpoint !== undefined ? { checkpoint: JSON.stringify(checkpoint) } : {}),
        ...(progress !== undefined ? { progress_done: progress.done, ...(progress.total !== undefined ? { progress_total: progress.total } : {}) } : {}),
        lease_expires_at: new Date(now.getTime() + leaseMs),
        updated_at: now,
      })
      .where('id', '=', id)
      .where('lease_owner', '=', owner)
      .where('status', '=', 'running')
      .executeTakeFirst();
    return r.numUpdatedRows > 0n;
  });
}

export type Outcome =
  | { kind: 'succeeded' }
  | { kind: 'retry'; runAt: Date; errorId: string; code: string }
  | { kind: 'failed'; errorId: string; code: string }
  | { kind: 'released' };

/**
 * Ends this runner's hold on a job. A recurring job goes back to 'queued' for its next time with
 * fresh state; a retry keeps its checkpoint so the next attempt resumes; 'released' (shutdown)
 * gives the job back without counting the attempt.
 */
export async function finishJob(db: Kysely<Database>, job: JobRow, owner: string, now: Date, outcome: Outcome): Promise<boolean> {
  return withTenant(db, runner(), async (trx) => {
    let q = trx.updateTable('jobs').set({ lease_owner: null, lease_expires_at: null, updated_at: now });
    switch (outcome.kind) {
      case 'succeeded':
        q =
          job.interval_seconds !== null
            ? q.set({ status: 'queued', run_at: new Date(now.getTime() + job.interval_seconds * 1000), attempts: 0, checkpoint: null, progress_done: 0, progress_total: null, finished_at: now, last_error_id: null, last_error_code: null })
            : q.set({ status: 'succeeded', finished_at: now });
        break;
      case 'retry':
        q = q.set({ status: 'queued', run_at: outcome.runAt, last_error_id: outcome.errorId, last_error_code: outcome.code });
        break;
      case 'failed':
        q =
          job.interval_seconds !== null
            ? // A recurring job that exhausted its attempts still comes back next interval.
              q.set({ status: 'queued', run_at: new Date(now.getTime() + job.interval_seconds * 1000), attempts: 0, checkpoint: null, last_error_id: outcome.errorId, last_error_code: outcome.code, finished_at: now })
            : q.set({ status: 'failed', last_error_id: outcome.errorId, last_error_code: outcome.code, finished_at: now });
        break;
      case 'released':
        q = q.set({ status: 'queued', run_at: now, attempts: sql<number>`greatest(attempts - 1, 0)` });
        break;
    }
    const r = await q.where('id', '=', job.id).where('lease_owner', '=', owner).where('status', '=', 'running').executeTakeFirst();
    return r.numUpdatedRows > 0n;
  });
}

/** Makes sure one recurring job of `kind` exists (deployment-wide, system practice). */
export async function ensureRecurring(db: Kysely<Database>, kind: string, everySeconds: number, now: Date): Promise<void> {
  await withTenant(db, runner(), (trx) =>
    enqueueJob(trx, runner(), now, { kind, singletonKey: `recurring:${kind}`, intervalSeconds: everySeconds, maxAttempts: 3 }),
  );
}

/** A job as its requester (or system work of the practice) sees it. */
export async function loadJob(trx: Tx, id: string): Promise<JobRow | undefined> {
  return trx.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
}
