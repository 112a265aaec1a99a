// The recurring purge of audio (kind 'recording.purge'; R17, R31), hourly, across practices:
//   abandoned     — an upload without a new chunk for 24 hours: the recording and its chunks go;
//   untranscribed — audio still not transcribed 30 days after its upload: the recording goes;
//   left over     — audio of a recording transcribed, or failed for good, whose deletion did not
//                   happen at the time (the process stopped in between): the audio goes now;
//   failed job    — a transcription whose job failed for good while the recording still waits
//                   (the job row says so): marked failed, its audio goes.
// Each recording in its own short transaction, in the system context of its practice, audited.
import { z } from 'zod';
import type { Runtime } from '../../platform/runtime.ts';
import type { JobHandler } from '../../platform/jobs/runner.ts';
import { SYSTEM_PRACTICE_ID, systemContext, withTenant } from '../../db/tenant.ts';
import { audit } from '../../audit/audit.ts';
import { deleteRecordingRows } from '../deletion/recordings.ts';
import { deleteAudio, removeBlobsVerified, type AudioDeletedReason } from './store.ts';

export const RECORDING_PURGE = 'recording.purge';
const BATCH = 200;

type Due = { id: string; practice_id: string; status: string; audio_blob_id: string | null; purge_after: Date; job_id: string | null };

/** One pass over every practice; returns how many recordings it acted on. */
export async function purgeRecordings(runtime: Runtime, now: Date): Promise<number> {
  const due: Due[] = await withTenant(runtime.db, systemContext(SYSTEM_PRACTICE_ID), (trx) =>
    trx
      .selectFrom('recordings')
      .select(['id', 'practice_id', 'status', 'audio_blob_id', 'purge_after', 'job_id'])
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '<>', 'transcribed'), eb('purge_after', '<=', now)]),
          eb.and([eb('status', 'in', ['transcribed', 'failed']), eb('audio_blob_id', 'is not', null)]),
          eb.and([
            eb('status', 'in', ['queued', 'transcribing']),
            eb.exists(eb.selectFrom('jobs').select('jobs.id').whereRef('jobs.id', '=', 'recordings.job_id').where('jobs.status', '=', 'failed')),
          ]),
        ]),
      )
      .orderBy('purge_after')
      .limit(BATCH)
      .execute(),
  );
  let acted = 0;
  for (const r of due) {
    const requestId = `purge-${r.id}`;
    if (r.status !== 'transcribed' && r.purge_after <= now) {
      const reason: AudioDeletedReason = r.status === 'uploading' ? 'abandoned' : 'untranscribed_30_days';
      const blobIds = await withTenant(runtime.db, systemContext(r.practice_id, { requestId }), async (trx, ctx) => {
        const live = await trx.selectFrom('recordings').select('id').where('id', '=', r.id).where('purge_after', '<=', now).forUpdate().executeTakeFirst();
        if (live === undefined) return null; // a chunk arrived just now, or it went already
        const removed = await deleteRecordingRows(trx, [r.id]);
        await audit(trx, ctx, { action: 'recording.purge', resourceType: 'recording', resourceId: r.id, metadata: { reason, chunks: removed.chunks, status: r.status } });
        return removed.blobIds;
      });
      if (blobIds !== null) {
        await removeBlobsVerified(runtime, r.practice_id, blobIds);
        acted++;
      }
    } else if (r.audio_blob_id !== null && (r.status === 'transcribed' || r.status === 'failed')) {
      await deleteAudio(runtime, r.practice_id, r, r.status === 'transcribed' ? 'transcribed' : 'failed', requestId);
      acted++;
    } else if (r.job_id !== null) {
      const failed = await withTenant(runtime.db, systemContext(r.practice_id, { requestId }), async (trx) => {
        const job = await trx.selectFrom('jobs').select(['status', 'last_error_code']).where('id', '=', r.job_id ?? '').executeTakeFirst();
        if (job?.status !== 'failed') return false;
        await trx.updateTable('recordings').set({ status: 'failed', error_code: job.last_error_code ?? 'transcription_failed', updated_at: now }).where('id', '=', r.id).execute();
        return true;
      });
      if (failed) {
        await deleteAudio(runtime, r.practice_id, r, 'failed', requestId);
        acted++;
      }
    }
  }
  return acted;
}

export function purgeJobHandler(runtime: Runtime): JobHandler<Record<string, never>> {
  return {
    kind: RECORDING_PURGE,
    payload: z.object({}).strict(),
    async run(job) {
      const n = await purgeRecordings(runtime, job.now());
      if (n > 0) runtime.logger.info({ count: n, event: 'recording.purged' }, 'recordings purged or their audio deleted');
    },
  };
}
