// `tacet backup FILE` and `tacet restore FILE` for the embedded database (R44); see
// src/platform/backup/embedded.ts for what a snapshot holds and how it is taken. On PostgreSQL,
// backups are pgBackRest's job (docs/operations.md, scripts/backup/).
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config/config.ts';
import { BackupError, requestSnapshot, restoreSnapshot, snapshotEntries, snapshotStoppedDataDir } from '../platform/backup/embedded.ts';

export interface BackupIo {
  env?: NodeJS.ProcessEnv;
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

const defaultIo: BackupIo = { stdout: process.stdout, stderr: process.stderr };

const KEYS_REMINDER =
  'The keyring (keyring/keyring.json) and the master key (master.key) are NOT in this file: back them up apart, on a short rotation (docs/operations.md, "Backups").\n';

function parse(args: string[]): { file?: string; force: boolean; bad?: string } {
  let file: string | undefined;
  let force = false;
  for (const a of args) {
    if (a === '--force') force = true;
    else if (a.startsWith('-')) return { force, bad: a };
    else if (file === undefined) file = a;
    else return { force, bad: a };
  }
  return { ...(file !== undefined ? { file } : {}), force };
}

function embeddedOnly(io: BackupIo, cmd: string): number {
  io.stderr.write(`tacet ${cmd}: this command is for the embedded database; on PostgreSQL use pgBackRest (docs/operations.md, scripts/backup/)\n`);
  return 2;
}

/** `tacet backup FILE [--force]`: exit 0 written, 1 could not, 2 usage. */
export async function backupCommand(args: string[], io: BackupIo = defaultIo): Promise<number> {
  const { file, force, bad } = parse(args);
  if (file === undefined || bad !== undefined) {
    io.stderr.write('usage: tacet backup FILE [--force]   (--force replaces an existing FILE)\n');
    return 2;
  }
  const config = loadConfig(io.env ?? process.env);
  if (!config.embedded) return embeddedOnly(io, 'backup');
  const out = path.resolve(file);
  if (out.startsWith(config.dataDir + path.sep)) {
    io.stderr.write('tacet backup: write the backup outside the data directory\n');
    return 2;
  }
  if (fs.existsSync(out) && !force) {
    io.stderr.write(`tacet backup: ${out} exists (pass --force to replace it)\n`);
    return 1;
  }
  try {
    let snapshot = await requestSnapshot(config.dataDir);
    const how = snapshot !== undefined ? 'taken by the running server' : 'Tacet is stopped: taken from the data directory';
    snapshot ??= await snapshotStoppedDataDir(config.dataDir);
    snapshotEntries(snapshot); // never leave a file behind that restore would refuse
    const tmp = `${out}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, snapshot, { mode: 0o600 });
    const fd = fs.openSync(tmp, 'r');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fs.renameSync(tmp, out);
    io.stdout.write(`snapshot written to ${out} (${(snapshot.length / 1048576).toFixed(1)} MB; ${how})\n${KEYS_REMINDER}`);
    return 0;
  } catch (err) {
    if (err instanceof BackupError) {
      io.stderr.write(`tacet backup: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

/** `tacet restore FILE [--force]`: exit 0 restored, 1 refused or failed, 2 usage. */
export async function restoreCommand(args: string[], io: BackupIo = defaultIo): Promise<number> {
  const { file, force, bad } = parse(args);
  if (file === undefined || bad !== undefined) {
    io.stderr.write('usage: tacet restore FILE [--force]   (--force moves a non-empty database aside first)\n');
    return 2;
  }
  const config = loadConfig(io.env ?? process.env);
  if (!config.embedded) return embeddedOnly(io, 'restore');
  let snapshot: Buffer;
  try {
    snapshot = fs.readFileSync(path.resolve(file));
  } catch {
    io.stderr.write(`tacet restore: cannot read ${path.resolve(file)}\n`);
    return 1;
  }
  try {
    const r = await restoreSnapshot(config.dataDir, snapshot, { force });
    io.stdout.write(
      `restored into ${r.dbDir} (${r.migrations} migrations in the snapshot; newer ones are applied at the next start)\n` +
        (r.movedAside !== undefined ? `the database that was there is now ${r.movedAside}: remove it once you no longer need it\n` : '') +
        'The keyring and master key in the data directory were left as they are: keys destroyed since the backup stay destroyed.\n',
    );
    return 0;
  } catch (err) {
    if (err instanceof BackupError) {
      io.stderr.write(`tacet restore: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}
