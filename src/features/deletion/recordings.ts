// The rows of recordings (issue 20), deleted with the session or client they belong to, and by the
// recording module itself. It lives here, not in features/recording: that module exists only in a
// recording deployment (R06), while a deployment that turned recording off must still delete
// whatever an earlier recording deployment left in its database.
import type { Tx } from '../../db/tenant.ts';

/**
 * Deletes a recording with everything it holds — chunks, audio, a job not yet running — in the
 * caller's transaction, and returns the blobs to remove after the commit (removeBlobsVerified).
 */
export async function deleteRecordingRows(trx: Tx, recordingIds: readonly string[]): Promise<{ blobIds: string[]; recordings: number; chunks: number; jobs: number }> {
  if (recordingIds.length === 0) return { blobIds: [], recordings: 0, chunks: 0, jobs: 0 };
  const chunks = await trx.deleteFrom('recording_chunks').where('recording_id', 'in', recordingIds).returning('blob_id').execute();
  const recs = await trx.deleteFrom('recordings').where('id', 'in', recordingIds).returning(['audio_blob_id', 'job_id']).execute();
  const jobIds = recs.map((r) => r.job_id).filter((j): j is string => j !== null);
  // A running transcription finds its recording gone and stops; a queued one is simply removed.
  const jobs = jobIds.length === 0 ? 0 : Number((await trx.deleteFrom('jobs').where('id', 'in', jobIds).where('status', '<>', 'running').executeTakeFirst()).numDeletedRows);
  const blobIds = [...chunks.map((c) => c.blob_id), ...recs.map((r) => r.audio_blob_id).filter((b): b is string => b !== null)];
  return { blobIds, recordings: recs.length, chunks: chunks.length, jobs };
}
