// A recording's audio in the blob store (R30, R17). Every chunk is sealed into a blob of its own
// the moment it arrives (sealed stream, the client's key): no plaintext audio ever reaches a disk.
// Completing assembles the chunks, in order, into one sealed audio blob and removes the chunks.
// Whatever a recording holds is removed by discardRecording(), and the audio after transcription
// by deleteAudio(), which also checks with the backend that the object is really gone.
import { Readable } from 'node:stream';
import type { Selectable } from 'kysely';
import type { Runtime } from '../../platform/runtime.ts';
import type { RecordingsTable } from '../../db/schema.ts';
import { systemContext, withTenant, type TenantContext, type Tx } from '../../db/tenant.ts';
import { audit } from '../../audit/audit.ts';
import { BlobNotFoundError } from '../../platform/blobs/backend.ts';

export type RecordingRow = Selectable<RecordingsTable>;

/** Every chunk but the last holds exactly this many bytes (1 MiB: a retry after a dropped connection costs little). */
export const CHUNK_BYTES = 1024 * 1024;
/** 256 MiB: over four hours of 16 kHz mono PCM; far more of any compressed format. */
export const MAX_TOTAL_BYTES = 256 * 1024 * 1024;
/** An upload without a new chunk for this long is abandoned, and purged. */
export const ABANDONED_AFTER_MS = 24 * 3_600_000;
/** Audio not transcribed within this time is deleted (R17). */
export const UNTRANSCRIBED_MS = 30 * 86_400_000;

export const chunkCount = (r: { total_bytes: number; chunk_bytes: number }): number => Math.ceil(r.total_bytes / r.chunk_bytes);

/** The exact size chunk `idx` must have (every chunk is full but the last). */
export function expectedChunkSize(r: { total_bytes: number; chunk_bytes: number }, idx: number): number | null {
  const n = chunkCount(r);
  if (idx < 0 || idx >= n) return null;
  return idx < n - 1 ? r.chunk_bytes : r.total_bytes - idx * r.chunk_bytes;
}

export async function receivedChunks(trx: Tx, recordingId: string): Promise<number[]> {
  const rows = await trx.selectFrom('recording_chunks').select('idx').where('recording_id', '=', recordingId).orderBy('idx').execute();
  return rows.map((r) => r.idx);
}

/**
 * Seals one chunk into its own blob and records it. Idempotent per index: a chunk already
 * received is not written again. A chunk that arrives for an upload that is gone (discarded
 * meanwhile) or no longer uploading removes what it wrote, so nothing is left behind.
 */
export async function storeChunk(runtime: Runtime, ctx: TenantContext, rec: RecordingRow, idx: number, body: Buffer): Promise<number[]> {
  const now = runtime.clock.now();
  const blob = await runtime.blobs.write(
    ctx,
    // The expiry is a backstop only: the purge job removes an abandoned upload after a day.
    { purpose: 'recording', ownerId: rec.owner_id, keyScope: 'client', keyScopeId: rec.client_id, expiresAt: new Date(now.getTime() + UNTRANSCRIBED_MS) },
    Readable.from([body]),
  );
  let kept = false;
  try {
    const received = await withTenant(runtime.db, ctx, async (trx) => {
      const live = await trx.selectFrom('recordings').select(['status']).where('id', '=', rec.id).forUpdate().executeTakeFirst();
      if (live === undefined || live.status !== 'uploading') return null;
      const ins = await trx
        .insertInto('recording_chunks')
        .values({ recording_id: rec.id, practice_id: ctx.practiceId, idx, blob_id: blob.id, bytes: body.length })
        .onConflict((oc) => oc.columns(['recording_id', 'idx']).doNothing())
        .returning('idx')
        .executeTakeFirst();
      kept = ins !== undefined;
      await trx.updateTable('recordings').set({ updated_at: now, purge_after: new Date(now.getTime() + ABANDONED_AFTER_MS) }).where('id', '=', rec.id).execute();
      return receivedChunks(trx, rec.id);
    });
    if (received === null) throw new UploadClosed();
    return received;
  } finally {
    // The same index twice at once: one blob is kept, the other goes.
    if (!kept) await runtime.blobs.remove(systemContext(ctx.practiceId), blob.id);
  }
}

export class UploadClosed extends Error {
  override name = 'UploadClosed';
}

/**
 * Joins the chunks, in order, into one sealed audio blob (opened one at a time: memory stays at
 * about one chunk). The caller records the blob and removes the chunks in one transaction.
 */
export async function assembleAudio(runtime: Runtime, ctx: TenantContext, rec: RecordingRow, chunkBlobIds: string[]): Promise<string> {
  const sys = systemContext(ctx.practiceId, { requestId: ctx.requestId });
  async function* joined(): AsyncGenerator<Buffer> {
    for (const id of chunkBlobIds) {
      const row = await runtime.blobs.find(sys, id);
      if (row === undefined) throw new UploadClosed();
      for await (const part of await runtime.blobs.open(row)) yield part as Buffer;
    }
  }
  const now = runtime.clock.now();
  const blob = await runtime.blobs.write(
    ctx,
    // Untranscribed audio goes after 30 days (R17); the purge job, then this expiry as a backstop.
    { purpose: 'recording', ownerId: rec.owner_id, keyScope: 'client', keyScopeId: rec.client_id, expiresAt: new Date(now.getTime() + UNTRANSCRIBED_MS + 86_400_000) },
    Readable.from(joined()),
  );
  return blob.id;
}

/** Reads the assembled audio into memory (the decoder needs it whole). */
export async function readAudio(runtime: Runtime, practiceId: string, blobId: string): Promise<Buffer> {
  const row = await runtime.blobs.find(systemContext(practiceId), blobId);
  if (row === undefined) throw new BlobNotFoundError();
  const parts: Buffer[] = [];
  for await (const part of await runtime.blobs.open(row)) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

/**
 * Removes blobs and checks with the backend that each object is gone (the backend answers "not
 * found"). Runs in the system context of the practice: the rows that pointed at them are already
 * deleted, or are about to be, by someone entitled to.
 */
export async function removeBlobsVerified(runtime: Runtime, practiceId: string, blobIds: readonly string[]): Promise<boolean> {
  const sys = systemContext(practiceId);
  let verified = true;
  for (const id of blobIds) {
    const row = await withTenant(runtime.db, sys, (trx) => trx.selectFrom('blobs').select('storage_key').where('id', '=', id).executeTakeFirst());
    await runtime.blobs.remove(sys, id);
    if (row !== undefined) verified &&= await objectGone(runtime, row.storage_key);
  }
  return verified;
}

async function objectGone(runtime: Runtime, key: string): Promise<boolean> {
  if (await runtime.blobs.backend.exists(key)) return false;
  try {
    const s = await runtime.blobs.backend.get(key);
    s.destroy();
    return false;
  } catch (err) {
    return err instanceof BlobNotFoundError;
  }
}

export type AudioDeletedReason = 'transcribed' | 'failed' | 'untranscribed_30_days' | 'abandoned' | 'discarded';

/**
 * Deletes a recording's audio (R17), verifies the object is gone, and records it: the recording
 * keeps its row (status, transcript id) without audio. Throws when the backend still has it.
 */
export async function deleteAudio(runtime: Runtime, practiceId: string, rec: Pick<RecordingRow, 'id' | 'audio_blob_id'>, reason: AudioDeletedReason, requestId?: string): Promise<void> {
  if (rec.audio_blob_id === null) return;
  const verified = await removeBlobsVerified(runtime, practiceId, [rec.audio_blob_id]);
  if (!verified) throw new Error('audio object still present after deletion');
  await withTenant(runtime.db, systemContext(practiceId, requestId !== undefined ? { requestId } : {}), async (trx, ctx) => {
    await trx.updateTable('recordings').set({ audio_blob_id: null }).where('id', '=', rec.id).execute();
    await audit(trx, ctx, { action: 'recording.audio_deleted', resourceType: 'recording', resourceId: rec.id, metadata: { reason, verified: true } });
  });
}
