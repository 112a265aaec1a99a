// `tacet backup` / `tacet restore` on the embedded database (R44): a real data directory (master
// key, keyring file, PGlite), snapshots asked of the running server over its socket and taken
// from a stopped directory, and what a restore brings back — and what it must not.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config.ts';
import { createLogger } from '../logging/logger.ts';
import { openRuntime, type Runtime } from '../platform/runtime.ts';
import { seedPractice, type SeededPractice } from '../../test/factories.ts';
import { addDrillClient, readDrillClients } from '../platform/backup/drill-data.ts';
import { snapshotEntries, startSnapshotServer, type SnapshotServer } from '../platform/backup/embedded.ts';
import { backupCommand, restoreCommand } from './backup.ts';
import { embeddedDbDir } from '../db/database.ts';
import { usingPostgres } from '../../test/db.ts';

let root: string;
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'tacet-bk-'));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const envFor = (dataDir: string): NodeJS.ProcessEnv => ({ TACET_DATA_DIR: dataDir, LOG_LEVEL: 'warn' });

async function run(cmd: typeof backupCommand, args: string[], dataDir: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await cmd(args, { env: envFor(dataDir), stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } });
  return { code, out, err };
}

const open = (dataDir: string): Promise<Runtime> => openRuntime(loadConfig(envFor(dataDir)), createLogger('warn'));

// Embedded mode only, whatever TEST_DATABASE_URL says: the PostgreSQL run would repeat the same
// PGlite work (server-mode backups are the drill's: npm run drill:backup, run by .ci/run).
describe.skipIf(usingPostgres())('tacet backup / restore (embedded)', () => {
  it('R44 a snapshot from the running server, then later writes and a shredded client: restore brings back the snapshot, not the later write, and not the shredded client', async () => {
    const dataDir = path.join(root, 'live');
    const file = path.join(root, 'live.tar.gz');
    let rt = await open(dataDir);
    let server: SnapshotServer | undefined;
    let p: SeededPractice;
    let kept: string, shredded: string, later: string;
    try {
      p = await seedPractice(rt.db, 'Backup');
      const ctx = p.ctx('practitioner');
      kept = await addDrillClient(rt.db, rt.crypto, ctx, 'K.B.');
      shredded = await addDrillClient(rt.db, rt.crypto, ctx, 'S.B.');
      server = await startSnapshotServer(rt.dbHandle.pglite!, dataDir, () => undefined);
      expect(server).toBeDefined();
      expect(fs.statSync(server!.path).mode & 0o777).toBe(0o600);

      const b = await run(backupCommand, [file], dataDir);
      expect(b.err).toBe('');
      expect(b.code).toBe(0);
      expect(b.out).toContain('taken by the running server');
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      // The keys are never in a snapshot: only the database folder is.
      const names = snapshotEntries(fs.readFileSync(file)).map((n) => n.replace(/^\/+/, ''));
      expect(names).toContain('PG_VERSION');
      expect(names.filter((n) => /keyring|master\.key/.test(n))).toEqual([]);

      // A second backup to the same file is refused without --force; restore is refused while running.
      expect((await run(backupCommand, [file], dataDir)).code).toBe(1);
      const whileRunning = await run(restoreCommand, [file, '--force'], dataDir);
      expect(whileRunning.code).toBe(1);
      expect(whileRunning.err).toContain('running');

      later = await addDrillClient(rt.db, rt.crypto, ctx, 'L.B.');
      expect(await rt.crypto.destroy('client', shredded)).toBeGreaterThan(0);
    } finally {
      await server?.close();
      await rt.close();
    }

    // A non-empty database folder is not replaced without --force, and nothing changes.
    const refused = await run(restoreCommand, [file], dataDir);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('--force');
    const r = await run(restoreCommand, [file, '--force'], dataDir);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const aside = fs.readdirSync(dataDir).filter((n) => n.startsWith('db.before-restore-'));
    expect(aside).toHaveLength(1);

    rt = await open(dataDir);
    try {
      const seen = await readDrillClients(rt.db, rt.crypto, p.ctx('practitioner'));
      expect(seen.has(later)).toBe(false); // written after the snapshot: gone
      expect(seen.get(kept)).toBe('opens'); // opens with the live keyring and master key
      expect(seen.get(shredded)).toBe('unreadable'); // its key was destroyed after the backup
    } finally {
      await rt.close();
    }
  });

  it('R44 a stopped data directory is backed up by the command itself and restores into an empty one', async () => {
    const dataDir = path.join(root, 'stopped');
    const file = path.join(root, 'stopped.tar.gz');
    let rt = await open(dataDir);
    let p: SeededPractice;
    let id: string;
    try {
      p = await seedPractice(rt.db, 'Stopped');
      id = await addDrillClient(rt.db, rt.crypto, p.ctx('practitioner'), 'S.D.');
    } finally {
      await rt.close();
    }
    const b = await run(backupCommand, [file], dataDir);
    expect(b.err).toBe('');
    expect(b.code).toBe(0);
    expect(b.out).toContain('Tacet is stopped');

    // A new machine: the snapshot, plus the keyring and master key carried over apart.
    const fresh = path.join(root, 'fresh');
    fs.mkdirSync(path.join(fresh, 'keyring'), { recursive: true, mode: 0o700 });
    fs.copyFileSync(path.join(dataDir, 'master.key'), path.join(fresh, 'master.key'));
    fs.copyFileSync(path.join(dataDir, 'keyring', 'keyring.json'), path.join(fresh, 'keyring', 'keyring.json'));
    const r = await run(restoreCommand, [file], fresh);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    rt = await open(fresh);
    try {
      expect((await readDrillClients(rt.db, rt.crypto, p.ctx('practitioner'))).get(id)).toBe('opens');
    } finally {
      await rt.close();
    }
  });

  it('R44 restore refuses a file that is not a snapshot and leaves the data directory untouched', async () => {
    const dataDir = path.join(root, 'bad');
    const file = path.join(root, 'not-a-snapshot.tar.gz');
    fs.writeFileSync(file, 'synthetic text, not a snapshot\n');
    const r = await run(restoreCommand, [file], dataDir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('not a Tacet snapshot');
    expect(fs.existsSync(embeddedDbDir(dataDir))).toBe(false);
    expect((await run(restoreCommand, [], dataDir)).code).toBe(2);
    expect((await run(backupCommand, [file, '--what'], dataDir)).code).toBe(2);
  });
});
