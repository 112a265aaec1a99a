// Daily verification checkpoints (issue 21): the database verifies each lane of each practice from
// its latest checkpoint to its head and seals a checkpoint there (app.audit_seal_verified,
// migration 0029), so `tacet audit verify`, which starts every lane from its latest checkpoint,
// reads one day's rows instead of the whole trail. `--full` still reads everything and checks each
// checkpoint against the row it sealed; an operator runs it now and then (docs/operations.md).
import { z } from 'zod';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Runtime } from '../platform/runtime.ts';
import type { JobHandler } from '../platform/jobs/runner.ts';
import { systemContext, withTenant } from '../db/tenant.ts';
import { practicesToSweep } from '../features/retention/purge.ts';

export const AUDIT_SEAL = 'audit.seal';
/** Rows verified per call (one transaction); a practice with more runs several calls. */
const BATCH = 100_000;

export interface SealResult {
  practices: number;
  lanes: number;
  verified: number;
}

/** Seals a verification checkpoint at the head of every lane of one practice. Throws on a broken chain. */
export async function sealPractice(db: Kysely<Database>, practiceId: string, signal?: AbortSignal): Promise<{ lanes: number; verified: number }> {
  let lanes = 0;
  let verified = 0;
  for (;;) {
    if (signal?.aborted === true) break;
    const rows = await withTenant(db, systemContext(practiceId), async (trx) =>
      (await sql<{ lane: number; verified: number | string; through_seq: number | string }>`SELECT * FROM app.audit_seal_verified(${BATCH})`.execute(trx)).rows,
    );
    if (rows.length === 0) break;
    const n = rows.reduce((s, r) => s + Number(r.verified), 0);
    lanes += rows.length;
    verified += n;
    if (n < BATCH) break;
  }
  return { lanes, verified };
}

/** Every practice; a broken chain in one is logged (ids only) and the others still get sealed. */
export async function sealAll(runtime: Runtime, signal?: AbortSignal): Promise<SealResult & { broken: number }> {
  const out = { practices: 0, lanes: 0, verified: 0, broken: 0 };
  for (const practiceId of await practicesToSweep(runtime)) {
    if (signal?.aborted === true) break;
    try {
      const r = await sealPractice(runtime.db, practiceId, signal);
      out.practices++;
      out.lanes += r.lanes;
      out.verified += r.verified;
    } catch (err) {
      if ((err as { code?: unknown }).code !== 'XX001') throw err;
      out.broken++;
      runtime.logger.error({ practiceId, event: 'audit.chain_broken' }, 'audit chain broken: no checkpoint sealed for this practice; run tacet audit verify');
    }
  }
  return out;
}

export function auditSealJob(runtime: Runtime): JobHandler<Record<string, never>> {
  return {
    kind: AUDIT_SEAL,
    payload: z.object({}).strict(),
    async run(job) {
      const r = await sealAll(runtime, job.signal);
      runtime.logger.info({ ...r, event: 'audit.sealed' }, 'audit lanes verified and sealed');
      // A broken chain fails the job, so it is retried and shows up among failed jobs too.
      if (r.broken > 0) throw new Error(`audit chain broken in ${r.broken} practice(s)`);
    },
  };
}
