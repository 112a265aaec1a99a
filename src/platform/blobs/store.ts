// The blob store: sealed streams in a backend (files or S3), pointed at by rows of `blobs`
// (migration 0016). A blob is sealed under a data key of the keyring (a practice's or a user's)
// with the sealed stream format (crypto/stream.ts), bound to its practice and id, so an object
// copied to another key or practice does not open. The row is written 'writing' before the first
// byte and 'ready' only after the object is complete: a reader asks for 'ready' rows only, and
// the expiry job removes 'writing' rows (and whatever their writer left) once they are due.
import crypto from 'node:crypto';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Kysely, Selectable } from 'kysely';
import type { BlobsTable, Database } from '../../db/schema.ts';
import { SYSTEM_PRACTICE_ID, systemContext, withTenant, type TenantContext } from '../../db/tenant.ts';
import type { FieldCrypto } from '../../crypto/envelope.ts';
import { createOpenStream, createSealStream } from '../../crypto/stream.ts';
import { audit } from '../../audit/audit.ts';
import type { BlobBackend } from './backend.ts';

export type BlobRow = Selectable<BlobsTable>;

export interface NewBlob {
  purpose: BlobsTable['purpose'];
  ownerId: string | null;
  /**
   * Whose data key seals it: the practice's, one user's (gone with that user's keys), or one
   * client's of the practice (gone with the client: recordings).
   */
  keyScope: 'practice' | 'user' | 'client';
  keyScopeId: string;
  expiresAt: Date;
  /** Id to use (e.g. one reserved in a job checkpoint); fresh when absent. */
  id?: string;
}

const place = (practiceId: string, blobId: string) => `blob|${practiceId}|${blobId}`;

export class BlobStore {
  constructor(
    readonly backend: BlobBackend,
    private readonly crypto: FieldCrypto,
    private readonly db: Kysely<Database>,
  ) {}

  /**
   * Seals `source` into a new blob of the context's practice. The row is created in its own
   * transaction first (as 'writing'), the object is written, then the row becomes 'ready' with its
   * size and the SHA-256 of the sealed bytes. On failure the object and row are removed.
   */
  async write(ctx: TenantContext, meta: NewBlob, source: Readable): Promise<BlobRow> {
    const id = meta.id ?? crypto.randomUUID();
    const key = `${ctx.practiceId}/${meta.purpose}/${id}`;
    const created = new Date();
    await withTenant(this.db, ctx, (trx) =>
      trx
        .insertInto('blobs')
        .values({ id, practice_id: ctx.practiceId, owner_id: meta.ownerId, purpose: meta.purpose, storage_key: key, key_scope: meta.keyScope, key_scope_id: meta.keyScopeId, created_at: created, expires_at: meta.expiresAt })
        .execute(),
    );
    try {
      const keys = meta.keyScope === 'client' ? await this.crypto.keysForClient(ctx.practiceId, meta.keyScopeId) : await this.crypto.keysFor(meta.keyScope, meta.keyScopeId);
      const hash = crypto.createHash('sha256');
      const tap = new Transform({
        transform(chunk: Buffer, _e, cb) {
          hash.update(chunk);
          cb(null, chunk);
        },
      });
      const sealer = createSealStream(keys.streamKeys(), { place: place(ctx.practiceId, id) });
      // The backend reads from the end of the chain; an error anywhere tears the whole chain down.
      const put = this.backend.put(key, tap);
      put.catch((err: unknown) => tap.destroy(err as Error));
      const [, { size }] = await Promise.all([pipeline(source, sealer, tap), put]);
      return await withTenant(this.db, ctx, (trx) =>
        trx.updateTable('blobs').set({ status: 'ready', size_bytes: size, sha256: hash.digest('hex') }).where('id', '=', id).returningAll().executeTakeFirstOrThrow(),
      );
    } catch (err) {
      await this.remove(ctx, id).catch(() => undefined);
      throw err;
    }
  }

  /** A ready blob of the context's practice that the context may see (RLS: its owner, or system work). */
  async find(ctx: TenantContext, id: string): Promise<BlobRow | undefined> {
    return withTenant(this.db, ctx, (trx) => trx.selectFrom('blobs').selectAll().where('id', '=', id).where('status', '=', 'ready').executeTakeFirst());
  }

  /**
   * The opened (plaintext) stream of a ready blob. It errors — and must then be treated as
   * worthless — if the object was changed, cut short or swapped (crypto/stream.ts).
   */
  async open(row: BlobRow): Promise<Readable> {
    const keys =
      row.key_scope === 'user' ? await this.crypto.existingKeysFor('user', row.key_scope_id)
      : row.key_scope === 'client' ? await this.crypto.keysForClient(row.practice_id, row.key_scope_id)
      : await this.crypto.keysFor('practice', row.key_scope_id);
    const sealed = await this.backend.get(row.storage_key);
    const opener = createOpenStream(keys.streamKeys(), { place: place(row.practice_id, row.id) });
    sealed.on('error', (err) => opener.destroy(err));
    return sealed.pipe(opener);
  }

  /** Removes the object, then its row (so a failure leaves a row that points at nothing, never an unknown object). */
  async remove(ctx: TenantContext, id: string): Promise<boolean> {
    const row = await withTenant(this.db, ctx, (trx) => trx.selectFrom('blobs').select(['storage_key']).where('id', '=', id).executeTakeFirst());
    if (row === undefined) return false;
    await this.backend.delete(row.storage_key);
    await withTenant(this.db, ctx, (trx) => trx.deleteFrom('blobs').where('id', '=', id).execute());
    return true;
  }

  /**
   * Deletes every blob whose time has come (export archives after 24 hours, writers that died),
   * each recorded in its practice's audit chain. Run by the recurring 'blobs.expire' job.
   */
  async sweepExpired(now: Date, limit = 500): Promise<number> {
    const due = await withTenant(this.db, systemContext(SYSTEM_PRACTICE_ID), (trx) =>
      trx.selectFrom('blobs').select(['id', 'practice_id', 'storage_key', 'purpose', 'status']).where('expires_at', '<=', now).orderBy('expires_at').limit(limit).execute(),
    );
    for (const b of due) {
      await this.backend.delete(b.storage_key);
      await withTenant(this.db, systemContext(b.practice_id), async (trx, ctx) => {
        await trx.deleteFrom('blobs').where('id', '=', b.id).execute();
        await audit(trx, ctx, { action: 'blob.delete', resourceType: 'blob', resourceId: b.id, metadata: { reason: 'expired', purpose: b.purpose, status: b.status } });
      });
    }
    return due.length;
  }
}
