import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import S3rver from 's3rver';
import { S3Client, CreateBucketCommand } from '@aws-sdk/client-s3';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import { seedPractice, type SeededPractice } from '../../../test/factories.ts';
import { FieldCrypto, MasterKeys } from '../../crypto/envelope.ts';
import { FileKeyringStore } from '../../crypto/keyring.ts';
import { SealedStreamError } from '../../crypto/stream.ts';
import { systemContext, withTenant } from '../../db/tenant.ts';
import { FileBlobBackend, BlobNotFoundError, type BlobBackend } from './backend.ts';
import { S3BlobBackend } from './s3.ts';
import { BlobStore } from './store.ts';

let t: TestDb;
let p: SeededPractice;
let dir: string;
let fieldCrypto: FieldCrypto;
let s3: S3rver;
let s3Port: number;

beforeAll(async () => {
  t = await createTestDb();
  p = await seedPractice(t.db, 'Blob');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tacet-blobs-'));
  fieldCrypto = new FieldCrypto(new MasterKeys(crypto.randomBytes(32)), new FileKeyringStore(path.join(dir, 'keyring')));
  // A local S3-compatible server from npm (s3rver), so the S3 adapter is tested over real HTTP.
  s3 = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: path.join(dir, 's3') });
  s3Port = (await s3.run()).port;
  const c = new S3Client({ endpoint: `http://127.0.0.1:${s3Port}`, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
  await c.send(new CreateBucketCommand({ Bucket: 'tacet-test' }));
  c.destroy();
});
afterAll(async () => {
  await s3.close();
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function readAll(r: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  await pipeline(r, new Writable({ write(c: Buffer, _e, cb) { parts.push(c); cb(); } }));
  return Buffer.concat(parts);
}

const backends: Array<[string, () => BlobBackend]> = [
  ['file', () => new FileBlobBackend(path.join(dir, 'files'))],
  // 5 MiB parts: a 12 MiB payload takes three parts of a real multipart upload.
  ['s3 (s3rver)', () => new S3BlobBackend({ bucket: 'tacet-test', region: 'us-east-1', endpoint: `http://127.0.0.1:${s3Port}`, forcePathStyle: true, accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', prefix: 't/', partBytes: 5 * 1024 * 1024 })],
];

describe.each(backends)('blob store on %s', (_name, make) => {
  it('R09 R13 stores a sealed stream, points a row at it, and opens it again', async () => {
    const store = new BlobStore(make(), fieldCrypto, t.db);
    const ctx = p.ctx('practitioner');
    const plain = crypto.randomBytes(12 * 1024 * 1024 + 123);
    const row = await store.write(ctx, { purpose: 'export', ownerId: ctx.userId, keyScope: 'user', keyScopeId: ctx.userId, expiresAt: new Date(Date.now() + 3600_000) }, Readable.from([plain.subarray(0, 5_000_000), plain.subarray(5_000_000)]));
    expect(row).toMatchObject({ status: 'ready', owner_id: ctx.userId });
    expect(row.size_bytes).toBeGreaterThan(plain.length);
    expect(row.storage_key).toBe(`${ctx.practiceId}/export/${row.id}`);
    const raw = await readAll(await store.backend.get(row.storage_key));
    expect(crypto.createHash('sha256').update(raw).digest('hex')).toBe(row.sha256);
    expect(raw.includes(plain.subarray(1000, 1064))).toBe(false);
    const found = await store.find(ctx, row.id);
    expect(found?.id).toBe(row.id);
    expect((await readAll(await store.open(row))).equals(plain)).toBe(true);
    // Another member of the practice does not even see the row (RLS: owner or system work).
    expect(await store.find(p.ctx('owner'), row.id)).toBeUndefined();
    expect(await store.remove(ctx, row.id)).toBe(true);
    expect(await store.backend.exists(row.storage_key)).toBe(false);
    await expect(store.backend.get(row.storage_key)).rejects.toBeInstanceOf(BlobNotFoundError);
  });

  it('R13 a stored object that was cut short fails to open', async () => {
    const backend = make();
    const store = new BlobStore(backend, fieldCrypto, t.db);
    const ctx = p.ctx('practitioner');
    const row = await store.write(ctx, { purpose: 'export', ownerId: ctx.userId, keyScope: 'user', keyScopeId: ctx.userId, expiresAt: new Date(Date.now() + 3600_000) }, Readable.from([crypto.randomBytes(300_000)]));
    const raw = await readAll(await backend.get(row.storage_key));
    await backend.put(row.storage_key, Readable.from([raw.subarray(0, 200_000)]));
    await expect(readAll(await store.open(row))).rejects.toBeInstanceOf(SealedStreamError);
  });

  it('R09 a writer whose source fails leaves neither an object nor a row', async () => {
    const store = new BlobStore(make(), fieldCrypto, t.db);
    const ctx = p.ctx('practitioner');
    const id = crypto.randomUUID();
    const failing = new Readable({
      read() {
        this.push(crypto.randomBytes(100_000));
        setImmediate(() => this.destroy(new Error('source failed')));
      },
    });
    await expect(store.write(ctx, { id, purpose: 'export', ownerId: ctx.userId, keyScope: 'user', keyScopeId: ctx.userId, expiresAt: new Date(Date.now() + 3600_000) }, failing)).rejects.toThrow('source failed');
    const rows = await t.asAdmin((a) => a.selectFrom('blobs').select('id').where('id', '=', id).execute());
    expect(rows).toEqual([]);
    expect(await store.backend.exists(`${ctx.practiceId}/export/${id}`)).toBe(false);
  });

  it('R09 expired blobs are deleted, object and row, and the deletion is in the audit chain', async () => {
    const store = new BlobStore(make(), fieldCrypto, t.db);
    const ctx = p.ctx('practitioner');
    const row = await store.write(ctx, { purpose: 'export', ownerId: ctx.userId, keyScope: 'user', keyScopeId: ctx.userId, expiresAt: new Date(Date.now() + 60_000) }, Readable.from([Buffer.from('x')]));
    expect(await store.sweepExpired(new Date())).toBe(0);
    expect(await store.sweepExpired(new Date(Date.now() + 120_000))).toBeGreaterThanOrEqual(1);
    expect(await store.backend.exists(row.storage_key)).toBe(false);
    const events = await withTenant(t.db, p.ctx('owner'), (trx) => trx.selectFrom('audit_events').select(['action', 'resource_id']).where('resource_id', '=', row.id).execute());
    expect(events).toEqual([{ action: 'blob.delete', resource_id: row.id }]);
  });
});

describe('file backend', () => {
  it('R09 never shows a half-written file under its name (temp file + rename), and refuses keys that leave the directory', async () => {
    const b = new FileBlobBackend(path.join(dir, 'atomic'));
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const src = new Readable({ read() {} });
    const put = b.put('p1/export/abc', src);
    src.push(Buffer.alloc(1000));
    await new Promise((r) => setTimeout(r, 30));
    expect(await b.exists('p1/export/abc')).toBe(false);
    const tmp = fs.readdirSync(path.join(dir, 'atomic', 'p1', 'export'));
    expect(tmp.some((f) => f.endsWith('.tmp'))).toBe(true);
    src.push(null);
    release();
    await gate;
    expect(await put).toEqual({ size: 1000 });
    expect(await b.exists('p1/export/abc')).toBe(true);
    expect(fs.readdirSync(path.join(dir, 'atomic', 'p1', 'export'))).toEqual(['abc']);
    await expect(b.put('../escape', Readable.from([Buffer.from('x')]))).rejects.toThrow('invalid blob key');
    await expect(b.get('p1/../../etc/passwd')).rejects.toThrow('invalid blob key');
  });

  it('R09 removes stale temporary files a killed writer left behind', async () => {
    const root = path.join(dir, 'stale');
    fs.mkdirSync(path.join(root, 'p'), { recursive: true });
    fs.writeFileSync(path.join(root, 'p', '.x.1234.tmp'), 'partial');
    const b = new FileBlobBackend(root);
    expect(await b.removeStaleTemporaries(60_000, new Date())).toBe(0);
    expect(await b.removeStaleTemporaries(60_000, new Date(Date.now() + 120_000))).toBe(1);
    expect(fs.readdirSync(path.join(root, 'p'))).toEqual([]);
  });
});

describe('system context', () => {
  it('R40 system work of another practice cannot see a practice\'s blobs', async () => {
    const store = new BlobStore(new FileBlobBackend(path.join(dir, 'sys')), fieldCrypto, t.db);
    const ctx = p.ctx('practitioner');
    const row = await store.write(ctx, { purpose: 'export', ownerId: ctx.userId, keyScope: 'user', keyScopeId: ctx.userId, expiresAt: new Date(Date.now() + 3600_000) }, Readable.from([Buffer.from('x')]));
    expect(await store.find(systemContext(crypto.randomUUID()), row.id)).toBeUndefined();
    expect((await store.find(systemContext(ctx.practiceId), row.id))?.id).toBe(row.id);
  });
});
