// The purge of a practice (R10, R34, R45), job kind 'practice.purge'. It runs after the grace
// period of a cancellation (or 30 days after an unconverted trial ended), and only while the
// practice's lifecycle is 'purging' — which the request pipeline refuses for everyone, so no
// one ever sees the practice half-deleted. Steps, each idempotent and recorded in the job's
// checkpoint so a killed runner's successor resumes where it stopped:
//   members — which former members belong to no other practice (their user rows go too);
//   blobs   — every stored object of the practice, then its row;
//   rows    — every table with practice_id (catalog order, children first), in batches; each
//             batch's count is added to practices.purge_counts in the batch's own transaction;
//   users   — the user rows of those members (sessions, factors and links cascade);
//   keys    — blobs once more (an export written meanwhile); then the practice's key scope
//             (and, through it, its clients' keys) and those users' personal scopes are
//             destroyed: a copy of any row taken before — a dump, a backup, a COPY — can no
//             longer be opened with the master key and the keyring;
//   finish  — the practice row becomes a tombstone (no name, no billing data, lifecycle
//             'purged') and the receipt goes into its audit trail, in one transaction.
// The audit trail itself stays: ids and categories only, kept six years (a later issue purges it).
import { z } from 'zod';
import { sql } from 'kysely';
import type { Runtime } from '../../platform/runtime.ts';
import { PermanentJobError, type JobHandler, type RunningJob } from '../../platform/jobs/runner.ts';
import { enqueueJob } from '../../platform/jobs/queries.ts';
import { audit } from '../../audit/audit.ts';
import { SYSTEM_PRACTICE_ID, systemContext, withTenant, type TenantContext } from '../../db/tenant.ts';
import { purgeOrder } from './tables.ts';
import { TRIAL_PURGE_MS } from './policy.ts';

export const PRACTICE_PURGE = 'practice.purge';
export const PURGE_SWEEP = 'practice.purge_sweep';
/** Rows deleted per transaction: short transactions, and a kill loses at most one batch's work. */
export const PURGE_BATCH = 500;
/** The name a purged practice's row keeps (the CHECK on practices.name wants one). */
export const TOMBSTONE_NAME = 'Deleted practice';

const payload = z.object({ practiceId: z.uuid() });

const checkpointSchema = z
  .object({
    step: z.enum(['members', 'blobs', 'rows', 'users', 'keys', 'finish']),
    users: z.array(z.uuid()).default([]),
    deletedUsers: z.array(z.uuid()).default([]),
  })
  .nullable()
  .catch(null);
type Checkpoint = NonNullable<z.infer<typeof checkpointSchema>>;

/** Called between steps by tests (the kill test stops here); never in production. */
export type PurgeProbe = (step: Checkpoint['step'], table?: string) => Promise<void> | void;

const sys = (practiceId: string, jobId: string): TenantContext => systemContext(practiceId, { requestId: `job-${jobId}` });

/** Adds `n` deleted rows of `key` to the practice's running counts (same transaction as the delete). */
const countSql = (practiceId: string, key: string, n: ReturnType<typeof sql<number>>) =>
  sql`UPDATE practices SET purge_counts = purge_counts || jsonb_build_object(${key}::text, coalesce((purge_counts ->> ${key}::text)::bigint, 0) + ${n})
      WHERE id = ${practiceId}`;

/** Rows deleted by table, as numbers (jsonb arrives parsed or as text, depending on the driver). */
export function countsOf(v: unknown): Record<string, number> {
  const o = (typeof v === 'string' ? JSON.parse(v) : v) as Record<string, unknown> | null;
  return Object.fromEntries(Object.entries(o ?? {}).map(([k, n]) => [k, Number(n)]));
}

async function formerMembers(runtime: Runtime, ctx: TenantContext): Promise<string[]> {
  return withTenant(runtime.db, ctx, async (trx) => {
    // System work sees every membership (policy memberships_read): a member who also belongs to
    // another practice keeps their account there.
    const r = await sql<{ user_id: string }>`
      SELECT DISTINCT m.user_id FROM memberships m JOIN users u ON u.id = m.user_id
       WHERE m.practice_id = ${ctx.practiceId} AND NOT u.is_operator
         AND NOT EXISTS (SELECT 1 FROM memberships o WHERE o.user_id = m.user_id AND o.practice_id <> ${ctx.practiceId})
       ORDER BY m.user_id`.execute(trx);
    return r.rows.map((x) => x.user_id);
  });
}

async function purgeBlobs(runtime: Runtime, ctx: TenantContext, job: RunningJob<unknown>): Promise<void> {
  for (;;) {
    if (job.signal.aborted) throw job.signal.reason;
    const rows = await withTenant(runtime.db, ctx, (trx) =>
      trx.selectFrom('blobs').select(['id', 'storage_key']).where('practice_id', '=', ctx.practiceId).orderBy('id').limit(100).execute(),
    );
    if (rows.length === 0) return;
    for (const b of rows) {
      // The object first, then its row: a kill between the two leaves a row that points at
      // nothing, which the next attempt deletes; never an object nobody knows of.
      await runtime.blobs.backend.delete(b.storage_key);
      await withTenant(runtime.db, ctx, async (trx) => {
        const gone = await trx.deleteFrom('blobs').where('id', '=', b.id).executeTakeFirst();
        await countSql(ctx.practiceId, 'blob_objects', sql<number>`${Number(gone.numDeletedRows)}::bigint`).execute(trx);
      });
    }
  }
}

async function purgeRows(runtime: Runtime, ctx: TenantContext, job: RunningJob<unknown>, probe?: PurgeProbe): Promise<void> {
  const tables = await withTenant(runtime.db, ctx, (trx) => purgeOrder(trx));
  let done = 0;
  for (const table of tables) {
    for (;;) {
      if (job.signal.aborted) throw job.signal.reason;
      const n = await withTenant(runtime.db, ctx, async (trx) => {
        const r = await sql<{ n: string | number }>`
          WITH gone AS (
            DELETE FROM ${sql.table(table)} WHERE ctid = ANY(ARRAY(
              SELECT ctid FROM ${sql.table(table)} WHERE practice_id = ${ctx.practiceId} LIMIT ${PURGE_BATCH}))
            RETURNING 1),
          counted AS (SELECT count(*) AS n FROM gone)
          UPDATE practices SET purge_counts = purge_counts || jsonb_build_object(${table}::text,
                   coalesce((purge_counts ->> ${table}::text)::bigint, 0) + (SELECT n FROM counted))
           WHERE id = ${ctx.practiceId}
          RETURNING (SELECT n FROM counted) AS n`.execute(trx);
        return Number(r.rows[0]?.n ?? 0);
      });
      done += n;
      await job.progress({ done });
      if (probe !== undefined) await probe('rows', table);
      if (n < PURGE_BATCH) break;
    }
  }
}

async function purgeUsers(runtime: Runtime, ctx: TenantContext, users: string[]): Promise<string[]> {
  for (const id of users) {
    try {
      await withTenant(runtime.db, ctx, async (trx) => {
        const gone = await trx.deleteFrom('users').where('id', '=', id).executeTakeFirst();
        await countSql(ctx.practiceId, 'users', sql<number>`${Number(gone.numDeletedRows)}::bigint`).execute(trx);
      });
    } catch (err) {
      // Still referenced elsewhere (e.g. records they signed in another practice): the account
      // stays, and so does its personal key.
      if ((err as { code?: string }).code !== '23503') throw err;
    }
  }
  // Gone now, whether by this attempt or by one that was killed before its checkpoint.
  const left = new Set(
    users.length === 0
      ? []
      : (await withTenant(runtime.db, ctx, (trx) => trx.selectFrom('users').select('id').where('id', 'in', users).execute())).map((r) => r.id),
  );
  return users.filter((u) => !left.has(u));
}

export function purgeJobHandler(runtime: Runtime, opts: { probe?: PurgeProbe } = {}): JobHandler<z.infer<typeof payload>> {
  return {
    kind: PRACTICE_PURGE,
    payload,
    async run(job) {
      const practiceId = job.payload.practiceId;
      const ctx = sys(practiceId, job.id);
      const p = await withTenant(runtime.db, ctx, (trx) => trx.selectFrom('practices').select(['lifecycle', 'purge_reason']).where('id', '=', practiceId).executeTakeFirst());
      if (p === undefined || p.lifecycle === 'purged') return; // done already
      if (p.lifecycle !== 'purging') throw new PermanentJobError('practice_not_purging');
      let cp: Checkpoint = checkpointSchema.parse(job.checkpoint) ?? { step: 'members', users: [], deletedUsers: [] };
      const step = async (next: Checkpoint): Promise<void> => {
        cp = next;
        await job.saveCheckpoint(cp);
        if (opts.probe !== undefined) await opts.probe(cp.step);
      };

      if (cp.step === 'members') await step({ ...cp, step: 'blobs', users: await formerMembers(runtime, ctx) });
      if (cp.step === 'blobs') {
        await purgeBlobs(runtime, ctx, job);
        await step({ ...cp, step: 'rows' });
      }
      if (cp.step === 'rows') {
        await purgeRows(runtime, ctx, job, opts.probe);
        await step({ ...cp, step: 'users' });
      }
      if (cp.step === 'users') await step({ ...cp, step: 'keys', deletedUsers: await purgeUsers(runtime, ctx, cp.users) });
      if (cp.step === 'keys') {
        // Once more: an export that was being written when the purge began may have stored its
        // archive after the first pass (its job row is gone now, so it cannot start again).
        await purgeBlobs(runtime, ctx, job);
        // Destroying a scope that is already gone is a no-op, so a resumed attempt repeats this safely.
        await runtime.crypto.destroy('practice', practiceId);
        for (const u of cp.deletedUsers) await runtime.crypto.destroy('user', u);
        await step({ ...cp, step: 'finish' });
      }
      await withTenant(runtime.db, ctx, async (trx) => {
        const row = await trx
          .updateTable('practices')
          .set({ lifecycle: 'purged', purged_at: sql<Date>`app.tacet_now()`, name: TOMBSTONE_NAME, billing_contact_email: null, payment_customer_token: null })
          .where('id', '=', practiceId)
          .where('lifecycle', '=', 'purging')
          .returning(['purge_counts'])
          .executeTakeFirst();
        if (row === undefined) return;
        // R24: the receipt — what was deleted, how many rows of each table, why. Ids and counts only.
        await audit(trx, ctx, {
          action: 'practice.purge',
          resourceType: 'practice',
          resourceId: practiceId,
          metadata: { reason: p.purge_reason, usersDeleted: cp.deletedUsers.length, keyScopesDestroyed: 1 + cp.deletedUsers.length, ...countsOf(row.purge_counts) },
        });
      });
    },
  };
}

/**
 * Moves a practice whose time has come into 'purging' (the guard trigger re-checks the time) and
 * makes sure one purge job exists for it. Idempotent and safe with several app servers: the
 * lifecycle update is conditional, the job has a singleton key per practice.
 */
export async function startPurge(runtime: Runtime, practiceId: string, now: Date): Promise<boolean> {
  const ctx = systemContext(practiceId);
  const lifecycle = await withTenant(runtime.db, ctx, async (trx) => {
    const moved = await trx
      .updateTable('practices')
      .set({ lifecycle: 'purging', purge_reason: sql<'cancelled' | 'trial_ended'>`CASE WHEN lifecycle = 'cancelled' THEN purge_reason ELSE 'trial_ended' END` })
      .where('id', '=', practiceId)
      .where((eb) =>
        eb.or([
          eb.and([eb('lifecycle', '=', 'cancelled'), eb('purge_after', '<=', sql<Date>`app.tacet_now()`)]),
          eb.and([eb('lifecycle', '=', 'active'), eb('plan', '=', 'trial'), eb('trial_ends_at', '<=', sql<Date>`app.tacet_now() - make_interval(secs => ${TRIAL_PURGE_MS / 1000})`)]),
        ]),
      )
      // R16: a practice with a client under a legal hold is never purged by the sweep (an unconverted
      // trial keeps its records while the hold lasts; a cancellation lifts holds explicitly first).
      .where((eb) => eb.not(eb.exists(eb.selectFrom('legal_holds').select('legal_holds.client_id').whereRef('legal_holds.practice_id', '=', 'practices.id'))))
      .returning(['purge_reason'])
      .executeTakeFirst();
    if (moved !== undefined) await audit(trx, ctx, { action: 'practice.purge_start', resourceType: 'practice', resourceId: practiceId, metadata: { reason: moved.purge_reason } });
    return (await trx.selectFrom('practices').select('lifecycle').where('id', '=', practiceId).executeTakeFirst())?.lifecycle;
  });
  if (lifecycle !== 'purging') return false;
  // The job lives in the system practice: the purge deletes the practice's own job rows.
  const runner = systemContext(SYSTEM_PRACTICE_ID);
  await withTenant(runtime.db, runner, (trx) =>
    enqueueJob(trx, runner, now, { kind: PRACTICE_PURGE, payload: { practiceId }, singletonKey: `purge:${practiceId}`, maxAttempts: 100 }),
  );
  return true;
}

/** The recurring sweep: practices whose grace period ended, unconverted trials 30 days past their end, purges to resume. */
export function purgeSweepHandler(runtime: Runtime): JobHandler<Record<string, never>> {
  return {
    kind: PURGE_SWEEP,
    payload: z.object({}).strict(),
    async run(job) {
      const due = await withTenant(runtime.db, systemContext(SYSTEM_PRACTICE_ID), (trx) =>
        trx
          .selectFrom('practices')
          .select('id')
          .where((eb) =>
            eb.or([
              eb.and([eb('lifecycle', '=', 'cancelled'), eb('purge_after', '<=', sql<Date>`app.tacet_now()`)]),
              eb.and([eb('lifecycle', '=', 'active'), eb('plan', '=', 'trial'), eb('trial_ends_at', '<=', sql<Date>`app.tacet_now() - make_interval(secs => ${TRIAL_PURGE_MS / 1000})`)]),
              eb('lifecycle', '=', 'purging'),
            ]),
          )
          .orderBy('id')
          .limit(100)
          .execute(),
      );
      let started = 0;
      for (const p of due) {
        if (job.signal.aborted) break;
        if (await startPurge(runtime, p.id, job.now())) started++;
      }
      if (started > 0) {
        runtime.logger.info({ count: started, event: 'practice.purge_queued' }, 'practice purges queued');
        runtime.jobs.poke();
      }
    },
  };
}
