// Where sealed blobs are kept: files in the data directory (embedded mode, one machine) or an
// S3-compatible object store (servers). Both make an object visible only once it is complete —
// a file is written beside its final name and renamed (atomic on one file system), an S3 object
// appears only when its multipart upload completes — so a reader never sees half an object.
// Backends handle sealed bytes only; sealing and the relational row are the store's (store.ts).
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import crypto from 'node:crypto';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface BlobBackend {
  readonly kind: 'file' | 's3';
  /** Writes the whole stream under `key`; the object exists only once this resolves. */
  put(key: string, body: Readable): Promise<{ size: number }>;
  /** Streams the object; rejects with BlobNotFoundError when there is none. */
  get(key: string): Promise<Readable>;
  /** Removes the object; no error when it is already gone. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
  close(): Promise<void>;
}

export class BlobNotFoundError extends Error {
  override name = 'BlobNotFoundError';
  constructor() {
    super('blob not found');
  }
}

// Keys are made by the store from ids (practice/purpose/uuid); anything else is a bug, and a key
// that could climb out of the directory must never reach the file system.
const KEY = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*){0,4}$/;

export function checkKey(key: string): string {
  if (!KEY.test(key) || key.length > 300) throw new Error('invalid blob key');
  return key;
}

async function syncPath(p: string, flags: string): Promise<void> {
  const h = await fsp.open(p, flags);
  try {
    await h.sync();
  } finally {
    await h.close();
  }
}

export class FileBlobBackend implements BlobBackend {
  readonly kind = 'file';
  constructor(private readonly root: string) {}

  private file(key: string): string {
    return path.join(this.root, ...checkKey(key).split('/'));
  }

  async put(key: string, body: Readable): Promise<{ size: number }> {
    const target = this.file(key);
    await fsp.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${crypto.randomBytes(6).toString('hex')}.tmp`);
    let size = 0;
    try {
      const count = new Transform({
        transform(chunk: Buffer, _e, cb) {
          size += chunk.length;
          cb(null, chunk);
        },
      });
      await pipeline(body, count, fs.createWriteStream(tmp, { flags: 'wx', mode: 0o600 }));
      // Durable before it is visible: the data, then the rename, then the directory entry.
      await syncPath(tmp, 'r+');
      await fsp.rename(tmp, target);
      await syncPath(path.dirname(target), 'r');
      return { size };
    } catch (err) {
      await fsp.rm(tmp, { force: true });
      throw err;
    }
  }

  async get(key: string): Promise<Readable> {
    const file = this.file(key);
    try {
      const handle = await fsp.open(file, 'r');
      return handle.createReadStream();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new BlobNotFoundError();
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await fsp.rm(this.file(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    return fs.existsSync(this.file(key));
  }

  /** Temporary files of writers that died (kill -9) before their rename: never visible, only litter. */
  async removeStaleTemporaries(olderThanMs: number, now: Date): Promise<number> {
    let n = 0;
    const walk = async (dir: string): Promise<void> => {
      let entries: fs.Dirent[];
      try {
        entries = await fsp.readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) await walk(p);
        else if (e.name.endsWith('.tmp') && e.name.startsWith('.')) {
          const st = await fsp.stat(p);
          if (now.getTime() - st.mtimeMs > olderThanMs) {
            await fsp.rm(p, { force: true });
            n++;
          }
        }
      }
    };
    await walk(this.root);
    return n;
  }

  async close(): Promise<void> {
    /* nothing held open */
  }
}
