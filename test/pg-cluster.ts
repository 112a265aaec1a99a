// A private PostgreSQL cluster for one test: initdb in a temporary folder, its own port on
// 127.0.0.1 and its own socket folder — never the shared server on 5432 — so a test may stop it
// hard (`pg_ctl -m immediate`, as a crash or a failover does) and start it again. As root, the
// cluster runs as the OS user `postgres`, as the backup drill's does (scripts/backup/drill.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './net.ts';
import { spawnSync } from 'node:child_process';

export interface PrivateCluster {
  port: number;
  dir: string;
  /** PostgreSQL's own log (pg_ctl -l). */
  logFile: string;
  url(user: string, database: string): string;
  start(): void;
  /** An immediate stop: every backend is killed, no checkpoint; the next start runs crash recovery. */
  stopImmediate(): void;
  /** Stops the cluster and removes its folder. */
  destroy(): void;
}

/** The newest installed server binaries (PG_BIN to choose), or undefined when there are none. */
export function pgBinDir(): string | undefined {
  if (process.env.PG_BIN !== undefined) return process.env.PG_BIN;
  const base = '/usr/lib/postgresql';
  const versions = fs.existsSync(base) ? fs.readdirSync(base).filter((v) => fs.existsSync(path.join(base, v, 'bin', 'initdb'))) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : path.join(base, versions[0], 'bin');
}

const asRoot = process.getuid?.() === 0;

function run(cmd: string, args: string[]): void {
  const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
  const r = spawnSync(file, argv, { encoding: 'utf8', cwd: os.tmpdir() });
  if (r.status !== 0) throw new Error(`${path.basename(cmd)} ${args.join(' ')} failed (${r.status ?? r.signal}):\n${r.stdout}${r.stderr}`);
}


/** initdb and start a cluster; `settings` are appended to its postgresql.conf. */
export async function startPrivateCluster(settings: Record<string, string | number> = {}): Promise<PrivateCluster> {
  const bin = pgBinDir();
  if (bin === undefined) throw new Error('no PostgreSQL server binaries found: install postgresql or set PG_BIN');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tacet-pgc-'));
  const dir = path.join(tmp, 'data');
  const logFile = path.join(tmp, 'postgresql.log');
  if (asRoot) spawnSync('chown', ['postgres:postgres', tmp]);
  const port = await freePort();
  run(path.join(bin, 'initdb'), ['-D', dir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--no-instructions', '--no-sync']);
  const conf = {
    port,
    listen_addresses: "'127.0.0.1'",
    unix_socket_directories: `'${tmp}'`,
    shared_buffers: "'32MB'",
    max_connections: 50,
    fsync: 'on',
    ...settings,
  };
  fs.appendFileSync(path.join(dir, 'postgresql.conf'), `\n# private test cluster\n${Object.entries(conf).map(([k, v]) => `${k} = ${v}`).join('\n')}\n`);
  const pgCtl = path.join(bin, 'pg_ctl');
  let running = false;
  const cluster: PrivateCluster = {
    port,
    dir,
    logFile,
    url: (user, database) => `postgres://${user}@127.0.0.1:${port}/${database}`,
    start() {
      run(pgCtl, ['-D', dir, '-l', logFile, '-w', '-t', '60', 'start']);
      running = true;
    },
    stopImmediate() {
      run(pgCtl, ['-D', dir, '-m', 'immediate', '-w', 'stop']);
      running = false;
    },
    destroy() {
      if (running) spawnSync(asRoot ? 'runuser' : pgCtl, asRoot ? ['-u', 'postgres', '--', pgCtl, '-D', dir, '-m', 'immediate', '-w', 'stop'] : ['-D', dir, '-m', 'immediate', '-w', 'stop']);
      running = false;
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
  cluster.start();
  return cluster;
}
