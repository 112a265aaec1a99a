// Every job handler of the application, registered in one place (as routes are in index.ts), and
// the recurring jobs that replace per-instance timers: with several app servers, a setInterval
// on each ran the sweep once per server; as a recurring job it runs once per interval in all.
import { z } from 'zod';
import type { Runtime } from '../platform/runtime.ts';
import type { JobHandler } from '../platform/jobs/runner.ts';
import { sweepAllPractices } from './transcripts/service.ts';
import { exportJobHandler } from './export/job.ts';
import { FileBlobBackend } from '../platform/blobs/backend.ts';
import { CLIENT_RESEAL, clientResealJob } from './keys/reseal.ts';
import { PURGE_SWEEP, purgeJobHandler, purgeSweepHandler } from './cancellation/purge.ts';
import { importExpiryJob, IMPORTS_EXPIRE } from './import/job.ts';
import { RETENTION_PURGE, retentionPurgeJob } from './retention/purge.ts';
import { AUDIT_SEAL, auditSealJob } from '../audit/seal.ts';
import { AI_DRAFTS_RECOVER, aiDraftRecoveryJob } from './ai/recover.ts';

export const RETENTION_SWEEP = 'retention.sweep';
export const BLOBS_EXPIRE = 'blobs.expire';

/** R31: transcripts whose rule has come due, and AI drafts past their retention. */
function retentionSweep(runtime: Runtime): JobHandler<Record<string, never>> {
  return {
    kind: RETENTION_SWEEP,
    payload: z.object({}).strict(),
    async run() {
      const n = await sweepAllPractices(runtime);
      if (n > 0) runtime.logger.info({ count: n, event: 'retention.swept' }, 'transcripts and AI drafts deleted by retention rules');
    },
  };
}

/** Export archives past their time (24 h by default), and blobs whose writer died. */
function blobExpiry(runtime: Runtime): JobHandler<Record<string, never>> {
  return {
    kind: BLOBS_EXPIRE,
    payload: z.object({}).strict(),
    async run(job) {
      const now = job.now();
      let n = 0;
      for (let batch = await runtime.blobs.sweepExpired(now); batch > 0 && !job.signal.aborted; batch = await runtime.blobs.sweepExpired(now)) n += batch;
      if (n > 0) runtime.logger.info({ count: n, event: 'blobs.expired' }, 'expired blobs deleted');
      // Temporary files of writers killed before their rename (never visible, only litter).
      if (runtime.blobs.backend instanceof FileBlobBackend) await runtime.blobs.backend.removeStaleTemporaries(6 * 3_600_000, now);
    },
  };
}

/** Registers every handler on this process's runner (tests call it too, without starting the loop). */
export function registerJobs(runtime: Runtime): void {
  runtime.jobs.register(retentionSweep(runtime));
  runtime.jobs.register(blobExpiry(runtime));
  runtime.jobs.register(exportJobHandler(runtime));
  runtime.jobs.register(clientResealJob(runtime));
  runtime.jobs.register(purgeJobHandler(runtime));
  runtime.jobs.register(purgeSweepHandler(runtime));
  runtime.jobs.register(importExpiryJob(runtime));
  runtime.jobs.register(retentionPurgeJob(runtime));
  runtime.jobs.register(auditSealJob(runtime));
  runtime.jobs.register(aiDraftRecoveryJob(runtime));
}

/**
 * The jobs of modules that exist only in some deployments: recording mode's transcription and
 * purge (R06), registered and scheduled behind the same switch as their routes (features/index.ts).
 * A no-recording deployment never loads the module.
 */
export async function registerDeploymentJobs(runtime: Runtime): Promise<void> {
  if (runtime.config.recording) await (await import('./recording/index.ts')).registerRecordingJobs(runtime);
}

/** Makes sure the recurring jobs exist (idempotent; every server may call it at start-up). */
export async function scheduleRecurringJobs(runtime: Runtime): Promise<void> {
  await runtime.jobs.schedule(RETENTION_SWEEP, 10 * 60);
  await runtime.jobs.schedule(BLOBS_EXPIRE, 10 * 60);
  // Issue 18: fields still under a practice key move to their client's key; runs at once on the
  // first start after the upgrade, then daily catches anything an older server still wrote that way.
  await runtime.jobs.schedule(CLIENT_RESEAL, 24 * 3600);
  await runtime.jobs.schedule(PURGE_SWEEP, 10 * 60);
  // R14: staging lives 15 minutes; reads ignore it past then, and this makes the deletion real.
  await runtime.jobs.schedule(IMPORTS_EXPIRE, 60);
  // R16: records past their retention period (clients, then audit rows behind a checkpoint), daily.
  await runtime.jobs.schedule(RETENTION_PURGE, 24 * 3600);
  // Issue 21: AI drafts a stopped process left pending become failed drafts to retry.
  await runtime.jobs.schedule(AI_DRAFTS_RECOVER, 5 * 60);
  // Issue 21: each lane verified and sealed daily, so a daily audit verify reads one day's rows.
  await runtime.jobs.schedule(AUDIT_SEAL, 24 * 3600);
}
