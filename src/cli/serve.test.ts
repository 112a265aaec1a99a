// `bin/tacet serve` as `npm start` runs it: a real process, a real embedded database in a new and
// then an existing data directory, a real HTTP answer. What it prints is checked line by line:
// progress a person can follow, and nothing else (no data, no request content).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../test/net.ts';

const BIN = path.resolve('bin/tacet');
let cwd: string;

beforeAll(() => {
  // The process runs in a folder of its own, so a developer's ./.env in the checkout plays no part.
  cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'tacet-serve-'));
});
afterAll(() => fs.rmSync(cwd, { recursive: true, force: true }));


/**
 * The environment without any Tacet variable, so only what a test sets (or .env) applies. The
 * source is what runs, even when a developer's dist/ build is present (test/build-dist.test.ts
 * starts the bundle).
 */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^(HOST|PORT|TACET_|DATABASE_|KEYRING_|SMTP_|LOG_LEVEL|TLS_|HTTP_REDIRECT|PUBLIC_URL|AI_)/.test(k)) env[k] = v;
  }
  return { ...env, TACET_FROM_SOURCE: '1', ...extra };
}

interface Run {
  lines: string[];
  health: number;
  code: number | null;
  /** Mode of <data dir>/backup.sock while serving (R44), if TACET_DATA_DIR was given. */
  socketMode?: number;
}

/** Starts serve, waits for its ready line, asks /healthz, stops it with SIGTERM. */
async function runServe(env: NodeJS.ProcessEnv): Promise<Run> {
  const child = spawn(BIN, ['serve'], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /\[tacet\] ready at (\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    void exited.then((code) => reject(new Error(`serve exited (${code}) before it was ready: ${err.slice(0, 2000)}`)));
  });
  const res = await fetch(new URL('/healthz', ready));
  const sock = env.TACET_DATA_DIR !== undefined ? path.join(env.TACET_DATA_DIR, 'backup.sock') : undefined;
  const socketMode = sock !== undefined && fs.existsSync(sock) ? fs.statSync(sock).mode & 0o777 : undefined;
  child.kill('SIGTERM');
  const code = await exited;
  return { lines: out.split('\n').filter((l) => l !== ''), health: res.status, code, ...(socketMode !== undefined ? { socketMode } : {}) };
}

describe('bin/tacet serve', () => {
  it(
    'needs no .env; prints its progress on a new data directory, reaches ready, answers and stops cleanly; then opens the existing one without migrating',
    async () => {
      const port = await freePort();
      const dataDir = path.join(cwd, 'data');
      const first = await runServe(cleanEnv({ PORT: String(port), TACET_DATA_DIR: dataDir, LOG_LEVEL: 'silent' }));
      expect(first.health).toBe(200);
      expect(first.code).toBe(0);
      // R44: while serving, `tacet backup` can ask this process over a socket only the OS user can
      // open; a clean stop removes it.
      expect(first.socketMode).toBe(0o600);
      expect(fs.existsSync(path.join(dataDir, 'backup.sock'))).toBe(false);
      // Exactly these lines, in this order (LOG_LEVEL=silent: the JSON log is off, the progress is
      // not). A new directory is a copy of the installation's migrated template, so migrations are
      // applied only when there is no template or it predates a migration; the line says so then.
      const lines = first.lines.map((l) => l.replace(/\d+(\.\d+)? s\)$/, 'N s)'));
      const migrating = lines.filter((l) => l.includes('applying migrations'));
      expect(migrating.every((l) => /^\[tacet\] applying migrations \(\d+\)…$/.test(l))).toBe(true);
      expect(lines.filter((l) => !migrating.includes(l))).toEqual([
        `[tacet] starting Tacet (from source, Node ${process.version}, data in ${dataDir})…`,
        `[tacet] creating a new database in ${path.join(dataDir, 'db')}…`,
        '[tacet] checking row-level security…',
        '[tacet] starting the web server…',
        `[tacet] ready at http://127.0.0.1:${port}/ (started in N s)`,
      ]);

      const second = await runServe(cleanEnv({ PORT: String(port), TACET_DATA_DIR: dataDir, LOG_LEVEL: 'silent' }));
      expect(second.health).toBe(200);
      expect(second.lines[1]).toBe(`[tacet] opening database in ${path.join(dataDir, 'db')}…`);
      expect(second.lines.some((l) => l.includes('applying migrations'))).toBe(false);
      expect(second.lines.at(-1)).toMatch(new RegExp(`^\\[tacet\\] ready at http://127\\.0\\.0\\.1:${port}/ `));
    },
    180_000,
  );

  it(
    'reads ./.env when it is there, and the real environment wins over it',
    async () => {
      const filePort = await freePort();
      const realPort = await freePort();
      fs.writeFileSync(
        path.join(cwd, '.env'),
        `# written by the test\nTACET_DATA_DIR=./from-dotenv\nPORT=${filePort}\nLOG_LEVEL=silent\n`,
      );
      try {
        // TACET_DATA_DIR and LOG_LEVEL come from the file; PORT from the environment.
        const run = await runServe(cleanEnv({ PORT: String(realPort) }));
        expect(run.health).toBe(200);
        expect(run.lines[0]).toBe(`[tacet] starting Tacet (from source, Node ${process.version}, data in ${path.join(fs.realpathSync(cwd), 'from-dotenv')})…`);
        expect(run.lines.at(-1)).toMatch(new RegExp(`^\\[tacet\\] ready at http://127\\.0\\.0\\.1:${realPort}/ `));
        expect(run.lines.every((l) => l.startsWith('[tacet] '))).toBe(true); // LOG_LEVEL=silent from the file
        expect(fs.existsSync(path.join(cwd, 'from-dotenv', 'db', 'PG_VERSION'))).toBe(true);
      } finally {
        fs.rmSync(path.join(cwd, '.env'));
      }
    },
    180_000,
  );
});
