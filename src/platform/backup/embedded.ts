// Backups of the embedded database (R44). PGlite is PostgreSQL inside this one Node process: no
// second process may open its data directory while the server runs. So a snapshot is taken by
// whoever holds the database — the running server, asked over a local socket, or `bin/tacet
// backup` itself when Tacet is stopped — with PGlite's dumpDataDir(): a gzipped tar of the
// PostgreSQL data directory, taken while no query runs (PGlite's query lock), so it opens as
// after a clean crash: committed transactions in, anything half-done rolled back.
//
// What a snapshot holds: `<data dir>/db` only. The keyring (`keyring/keyring.json`) and the
// master key (`master.key`) live beside it and are never in a snapshot: a backup that carried
// its own keys would undo crypto-shredding (R45) for as long as the backup is kept. Export
// archives in the blob store are short-lived and sealed; they are not in it either.
//
// Who can ask the server: the socket is a Unix domain socket in the data directory (mode 0600
// in a 0700 folder), so only the operating-system user that runs Tacet (and root) can connect.
// It is not an HTTP route: nothing a practice user can reach over the network answers it.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import type { PGlite } from '@electric-sql/pglite';
import { embeddedDbDir, openPGlite } from '../../db/database.ts';

/** The socket's file name in the data directory. */
export const SNAPSHOT_SOCKET = 'backup.sock';
/** Unix socket paths are limited to 108 bytes on Linux, 104 on macOS; keep a margin. */
const MAX_SOCKET_PATH = 100;

export function snapshotSocketPath(dataDir: string): string {
  return path.join(dataDir, SNAPSHOT_SOCKET);
}

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

/** A consistent snapshot of an open embedded database, gzipped. */
export async function dumpSnapshot(pglite: PGlite): Promise<Buffer> {
  const dump = await pglite.dumpDataDir('gzip');
  return Buffer.from(await dump.arrayBuffer());
}

export interface SnapshotServer {
  path: string;
  close(): Promise<void>;
}

/**
 * Listens on `<data dir>/backup.sock` for `POST /snapshot` from `bin/tacet backup`. Returns
 * undefined where a Unix socket cannot be used (Windows, or a data directory whose path is too
 * long): `bin/tacet backup` then asks to stop Tacet first.
 */
export async function startSnapshotServer(pglite: PGlite, dataDir: string, onError: (err: unknown) => void): Promise<SnapshotServer | undefined> {
  const sock = snapshotSocketPath(dataDir);
  if (process.platform === 'win32' || Buffer.byteLength(sock) > MAX_SOCKET_PATH) return undefined;
  // A socket file left by a server that crashed: nothing listens on it any more.
  fs.rmSync(sock, { force: true });
  const server = http.createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== '/snapshot') {
      res.writeHead(404).end();
      return;
    }
    dumpSnapshot(pglite).then(
      (buf) => {
        res.writeHead(200, { 'content-type': 'application/gzip', 'content-length': buf.length });
        res.end(buf);
      },
      (err: unknown) => {
        onError(err);
        res.writeHead(500).end();
      },
    );
  });
  // The socket is created with the process umask; restrict it before anyone can connect through it.
  const oldMask = process.umask(0o177);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(sock, () => resolve());
    });
  } finally {
    process.umask(oldMask);
  }
  fs.chmodSync(sock, 0o600);
  return {
    path: sock,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        fs.rmSync(sock, { force: true });
      }),
  };
}

/**
 * Asks a running server for a snapshot. Undefined when no server listens on the data
 * directory's socket (no socket file, or one left behind by a server that has stopped).
 */
export async function requestSnapshot(dataDir: string): Promise<Buffer | undefined> {
  const sock = snapshotSocketPath(dataDir);
  if (!fs.existsSync(sock)) return undefined;
  return new Promise<Buffer | undefined>((resolve, reject) => {
    const req = http.request({ socketPath: sock, method: 'POST', path: '/snapshot' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        if (res.statusCode === 200) resolve(Buffer.concat(chunks));
        else reject(new BackupError(`the running server could not take a snapshot (status ${res.statusCode ?? '?'}); see its log`));
      });
      res.on('error', reject);
    });
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'ECONNREFUSED' || err.code === 'ENOENT') resolve(undefined);
      else reject(err);
    });
    req.end();
  });
}

/** True while a server answers on the data directory's snapshot socket. */
export async function serverIsRunning(dataDir: string): Promise<boolean> {
  const sock = snapshotSocketPath(dataDir);
  if (!fs.existsSync(sock)) return false;
  return new Promise<boolean>((resolve) => {
    const req = http.request({ socketPath: sock, method: 'GET', path: '/' }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on('error', () => resolve(false));
    req.end();
  });
}

/**
 * A snapshot of a stopped data directory, taken by opening it here. Refuses a database that looks
 * in use (PGlite keeps postmaster.pid while it is open) so two processes never share it.
 */
export async function snapshotStoppedDataDir(dataDir: string): Promise<Buffer> {
  const dir = embeddedDbDir(dataDir);
  if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) throw new BackupError(`there is no database in ${dir}`);
  if (fs.existsSync(path.join(dir, 'postmaster.pid'))) {
    throw new BackupError(
      `the database in ${dir} is in use (or Tacet stopped abruptly) and no server answered on ${SNAPSHOT_SOCKET}: start Tacet and run the backup again, or stop it cleanly first`,
    );
  }
  const pglite = await openPGlite(dir);
  try {
    return await dumpSnapshot(pglite);
  } finally {
    await pglite.close();
  }
}

/** Entry names of a snapshot (a gzipped tar), for checks; throws BackupError on anything else. */
export function snapshotEntries(snapshot: Buffer): string[] {
  let tar: Buffer;
  try {
    tar = zlib.gunzipSync(snapshot);
  } catch {
    throw new BackupError('the file is not a Tacet snapshot (not gzip)');
  }
  const names: string[] = [];
  let off = 0;
  while (off + 512 <= tar.length) {
    const header = tar.subarray(off, off + 512);
    if (header.every((b) => b === 0)) break;
    const name = header.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
    const prefix = header.subarray(345, 500).toString('utf8').replace(/\0.*$/s, '');
    const size = parseInt(header.subarray(124, 136).toString('utf8').replace(/\0.*$/s, '').trim() || '0', 8);
    if (!Number.isFinite(size)) throw new BackupError('the file is not a Tacet snapshot (bad tar header)');
    names.push(prefix !== '' ? `${prefix}/${name}` : name);
    off += 512 + Math.ceil(size / 512) * 512;
  }
  if (!names.some((n) => n.replace(/^\/+/, '') === 'PG_VERSION')) throw new BackupError('the file is not a Tacet snapshot (no database in it)');
  return names;
}

/** True when the directory is missing or empty. */
function isEmptyDir(dir: string): boolean {
  try {
    return fs.readdirSync(dir).length === 0;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw err;
  }
}

export interface RestoreResult {
  dbDir: string;
  /** Where the database that was there before went (with --force), to be removed by the operator. */
  movedAside?: string;
  migrations: number;
}

/**
 * Restores a snapshot into `<data dir>/db` of a stopped Tacet. The snapshot is unpacked and opened
 * in a folder beside it first; only a database that opened and holds Tacet's schema replaces
 * what is there. A non-empty database folder is replaced only with `force`, and then moved aside,
 * not deleted. The keyring and master key in the data directory are left exactly as they are.
 */
export async function restoreSnapshot(dataDir: string, snapshot: Buffer, opts: { force: boolean; now?: Date }): Promise<RestoreResult> {
  snapshotEntries(snapshot);
  if (await serverIsRunning(dataDir)) throw new BackupError('Tacet is running on this data directory: stop it before restoring');
  const dbDir = embeddedDbDir(dataDir);
  if (!isEmptyDir(dbDir) && !opts.force) {
    throw new BackupError(`${dbDir} is not empty: restoring would replace that database (pass --force to move it aside and restore)`);
  }
  if (fs.existsSync(path.join(dbDir, 'postmaster.pid'))) {
    throw new BackupError(`the database in ${dbDir} looks in use (postmaster.pid): stop Tacet before restoring`);
  }
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const staging = `${dbDir}.restoring-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  let migrations: number;
  try {
    const pglite = await openPGlite(staging, new Blob([snapshot]));
    try {
      const r = await pglite.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations');
      migrations = r.rows[0]?.n ?? 0;
    } catch {
      throw new BackupError('the snapshot opened but holds no Tacet database (no schema_migrations)');
    } finally {
      await pglite.close();
    }
  } catch (err) {
    fs.rmSync(staging, { recursive: true, force: true });
    if (err instanceof BackupError) throw err;
    throw new BackupError('the snapshot could not be opened as a database');
  }
  let movedAside: string | undefined;
  if (fs.existsSync(dbDir)) {
    if (isEmptyDir(dbDir)) fs.rmdirSync(dbDir);
    else {
      movedAside = `${dbDir}.before-restore-${(opts.now ?? new Date()).toISOString().replace(/[:.]/g, '-')}`;
      fs.renameSync(dbDir, movedAside);
    }
  }
  fs.renameSync(staging, dbDir);
  return { dbDir, ...(movedAside !== undefined ? { movedAside } : {}), migrations };
}
