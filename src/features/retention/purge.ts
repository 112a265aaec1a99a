// The daily retention job (R16), job kind 'retention.purge'. For every practice:
//   clients — each client whose record has come due (app.retention_due: last service date +
//             clinical years, or majority + the same years for a minor, whichever is later) and
//             holds no legal hold is deleted through the deletion code (deleteClient +
//             finishDeletion, which destroys the client's key), one client per transaction, with
//             a receipt in the audit trail (kind 'retention', rows per table, no PHI);
//   audit   — rows past the audit period go lane by lane behind a sealed checkpoint
//             (app.audit_remove_expired, which also writes its own 'audit.retention' event).
// Idempotent and safe with several app servers: the recurring job row is claimed by one runner
// (SKIP LOCKED), and even two purges running at once (a second instance, the CLI) cannot delete a
// client twice: each takes the client row FOR UPDATE SKIP LOCKED and re-checks due date and hold
// under that lock; a client already gone or being purged elsewhere is skipped. Time is
// app.tacet_now() in SQL and runtime.clock here.
import { z } from 'zod';
import { sql } from 'kysely';
import type { Runtime } from '../../platform/runtime.ts';
import type { JobHandler } from '../../platform/jobs/runner.ts';
import { audit } from '../../audit/audit.ts';
import { SYSTEM_PRACTICE_ID, systemContext, withTenant, type TenantContext } from '../../db/tenant.ts';
import { deleteClient, finishDeletion } from '../deletion/delete.ts';
import { dueClients, expiredAudit } from './schedule.ts';

export const RETENTION_PURGE = 'retention.purge';
/** Clients looked up per batch; each is purged in its own short transaction. */
export const CLIENT_BATCH = 50;
/** Audit rows removed per call (and transaction). */
export const AUDIT_BATCH = 5000;

export interface RetentionRunResult {
  clientsPurged: number;
  clientsHeld: number;
  auditRowsRemoved: number;
}

/**
 * The context in which the job deletes one client: system work acting for the client's own
 * practitioner. The deletion code and the policies under it (clients_delete,
 * app.delete_signed_notes) admit only the client's practitioner, and rightly: this is the one
 * place that acts in their name, for one client whose due date the database has just re-checked.
 * The 'system' role beside it marks every audit row it leaves (actor_role 'practitioner+system').
 */
function systemOnBehalfOfPractitioner(practiceId: string, ownerId: string, requestId: string): TenantContext {
  return { practiceId, userId: ownerId, roles: ['practitioner', 'system'], requestId };
}

type PurgeOutcome = 'purged' | 'held' | 'skipped';

/** Deletes one due client, if it is still due, unheld and not being purged by someone else. */
export async function purgeClient(runtime: Runtime, practiceId: string, clientId: string, ownerId: string, requestId: string): Promise<PurgeOutcome> {
  const ctx = systemOnBehalfOfPractitioner(practiceId, ownerId, requestId);
  const receiptCtx = systemContext(practiceId, { requestId });
  const done = await withTenant(runtime.db, ctx, async (trx) => {
    const locked = await sql<{ id: string }>`SELECT id FROM clients WHERE id = ${clientId} FOR UPDATE SKIP LOCKED`.execute(trx);
    if (locked.rows.length === 0) return 'skipped' as const; // gone already, or another runner holds it
    const [due] = await dueClients(trx, { clientId, limit: 1 });
    if (due === undefined) return 'skipped' as const; // no longer due (a new session, a longer schedule)
    if (due.held) return 'held' as const;
    const result = await deleteClient(trx, clientId, 'retention_over');
    // R24: the receipt, in the deletion's transaction: ids, the class, the due date and counts.
    await audit(trx, receiptCtx, {
      action: 'client.delete',
      resourceType: 'client',
      resourceId: clientId,
      metadata: {
        kind: 'retention',
        client: clientId,
        recordClass: due.recordClass,
        dueOn: due.dueAt.toISOString().slice(0, 10),
        reason: 'retention_over',
        signedNotes: result.signedNotes,
        ...result.counts,
      },
    });
    return result;
  });
  if (typeof done === 'string') return done;
  await finishDeletion(runtime, ctx, done);
  return 'purged';
}

/** Runs retention for one practice (clients, then its audit trail). */
export async function runPracticeRetention(runtime: Runtime, practiceId: string, requestId: string, signal?: AbortSignal): Promise<RetentionRunResult> {
  const out: RetentionRunResult = { clientsPurged: 0, clientsHeld: 0, auditRowsRemoved: 0 };
  const sys = systemContext(practiceId, { requestId });
  const seen = new Set<string>();
  const stopped = (): boolean => signal?.aborted === true;
  for (;;) {
    if (stopped()) return out;
    const batch = (await withTenant(runtime.db, sys, (trx) => dueClients(trx, { limit: CLIENT_BATCH + seen.size }))).filter((d) => !seen.has(d.clientId));
    if (batch.length === 0) break;
    for (const d of batch) {
      seen.add(d.clientId);
      if (d.held) {
        out.clientsHeld++;
        continue;
      }
      if ((await purgeClient(runtime, practiceId, d.clientId, d.ownerId, requestId)) === 'purged') out.clientsPurged++;
    }
  }
  for (;;) {
    if (stopped()) return out;
    const removed = await withTenant(runtime.db, sys, (trx) => expiredAudit(trx, false, AUDIT_BATCH));
    const n = removed.reduce((s, l) => s + l.rows, 0);
    out.auditRowsRemoved += n;
    // Fewer than a full batch: everything due at the call is gone. (Not "until nothing is left":
    // each removal writes its own receipt event, which is never due in real time but would be
    // under a test clock set years ahead, and must not keep the loop going.)
    if (n < AUDIT_BATCH) break;
  }
  return out;
}

/** Every practice whose records are kept (a practice being purged is the purge's), and the system chain. */
export async function practicesToSweep(runtime: Runtime): Promise<string[]> {
  const rows = await withTenant(runtime.db, systemContext(SYSTEM_PRACTICE_ID), (trx) =>
    trx.selectFrom('practices').select('id').where('lifecycle', '<>', 'purging').orderBy('id').execute(),
  );
  return [SYSTEM_PRACTICE_ID, ...rows.map((r) => r.id).filter((id) => id !== SYSTEM_PRACTICE_ID)];
}

/** One full pass over every practice. Safe to run again at once: a second pass finds nothing left. */
export async function runRetention(runtime: Runtime, requestId: string, signal?: AbortSignal): Promise<RetentionRunResult> {
  const total: RetentionRunResult = { clientsPurged: 0, clientsHeld: 0, auditRowsRemoved: 0 };
  for (const practiceId of await practicesToSweep(runtime)) {
    if (signal?.aborted === true) break;
    const r = await runPracticeRetention(runtime, practiceId, requestId, signal);
    total.clientsPurged += r.clientsPurged;
    total.clientsHeld += r.clientsHeld;
    total.auditRowsRemoved += r.auditRowsRemoved;
  }
  return total;
}

export function retentionPurgeJob(runtime: Runtime): JobHandler<Record<string, never>> {
  return {
    kind: RETENTION_PURGE,
    payload: z.object({}).strict(),
    async run(job) {
      const r = await runRetention(runtime, `job-${job.id}`, job.signal);
      if (r.clientsPurged + r.auditRowsRemoved > 0) {
        runtime.logger.info({ ...r, event: 'retention.purged' }, 'records past their retention period deleted');
      }
    },
  };
}
