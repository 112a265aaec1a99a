// npm run bench:startup — how long `npm start` (`node bin/tacet serve`) takes to answer its first
// HTTP request, on a new and on an existing data directory, beside what the same machine needs in
// the same run for a bare Node HTTP server and for a bare PGlite open (PGlite's own defaults, no
// Tacet code). Each repetition runs every case once, interleaved, so load from other work on the
// machine falls on all of them alike. Reported: median and range of wall time, and the CPU time
// the process used (user + system, all threads, from /proc), which moves less with load. The
// "Tacet" rows run the source through tsx (TACET_FROM_SOURCE=1); the "bundled" rows run the
// distribution `npm run build` makes, built into a temporary folder for the run.
//
//   REPS=7 npm run bench:startup
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { templateDir } from '../src/db/pglite-template.ts';
import { buildDist } from '../scripts/build-dist.ts';
import { freePort } from '../test/net.ts';

const REPS = Number(process.env.REPS ?? 5);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TICKS = 100; // USER_HZ on Linux

interface Sample {
  wallMs: number;
  cpuMs: number | null;
}


/** CPU time a process has used so far (all its threads), or null off Linux. */
function cpuMs(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS;
  } catch {
    return null;
  }
}

function get(port: number, pathname: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: pathname }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve(0));
  });
}

/** Spawns a process and polls `pathname` until it answers 200; then stops the process. */
async function timeToFirstAnswer(args: string[], env: NodeJS.ProcessEnv, port: number, pathname: string): Promise<Sample> {
  const t0 = performance.now();
  const child: ChildProcess = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  let exited = false;
  child.on('exit', () => (exited = true));
  try {
    for (;;) {
      if (exited) throw new Error(`process exited before answering: ${stderr.slice(0, 2000)}`);
      if ((await get(port, pathname)) === 200) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    const wallMs = performance.now() - t0;
    return { wallMs, cpuMs: child.pid !== undefined ? cpuMs(child.pid) : null };
  } finally {
    if (!exited) {
      const done = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await done;
    }
  }
}

const BARE_NODE = `
const http = require('node:http');
http.createServer((q, s) => s.end('ok')).listen(Number(process.env.PORT), '127.0.0.1');
`;

// PGlite as its README shows it (default options), then the same one-line HTTP server.
const BARE_PGLITE = `
import http from 'node:http';
import { PGlite } from '@electric-sql/pglite';
const pg = await PGlite.create({ dataDir: process.env.PGDIR });
await pg.query('select 1');
http.createServer((q, s) => s.end('ok')).listen(Number(process.env.PORT), '127.0.0.1');
`;

// BASELINE_ROOT=/path/to/an/older/checkout adds that checkout's start-up (same node_modules) to
// the run, for before/after comparisons of a change.
const BASELINE_ROOT = process.env.BASELINE_ROOT;

async function tacet(dataDir: string, extraEnv: NodeJS.ProcessEnv = {}, root = ROOT): Promise<Sample> {
  const port = await freePort();
  // The source through tsx, even when a dist/ build is present; the bundled rows run the bundle.
  const env = { ...process.env, TACET_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', TACET_FROM_SOURCE: '1', ...extraEnv };
  return timeToFirstAnswer([path.join(root, 'bin/tacet'), 'serve'], env, port, '/healthz');
}

/** The bundled distribution (npm run build), built into `dist` for this run. */
async function bundled(dist: string, dataDir: string): Promise<Sample> {
  const port = await freePort();
  const env = { ...process.env, TACET_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' };
  return timeToFirstAnswer([path.join(dist, 'tacet.js'), 'serve'], env, port, '/healthz');
}

async function bareNode(): Promise<Sample> {
  const port = await freePort();
  return timeToFirstAnswer(['-e', BARE_NODE], { ...process.env, PORT: String(port) }, port, '/');
}

async function barePglite(dir: string): Promise<Sample> {
  const port = await freePort();
  return timeToFirstAnswer(['--input-type=module', '-e', BARE_PGLITE], { ...process.env, PORT: String(port), PGDIR: dir }, port, '/');
}

function summary(xs: number[]): string {
  const s = [...xs].sort((a, b) => a - b);
  const med = s.length % 2 === 1 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  const f = (ms: number) => (ms / 1000).toFixed(2);
  return `${f(med)} s (${f(s[0]!)}–${f(s[s.length - 1]!)})`;
}

async function main(): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tacet-startup-bench-'));
  const hasTemplate = fs.existsSync(path.join(templateDir(), 'PG_VERSION'));
  const cases: Record<string, Sample[]> = {};
  const add = (name: string, s: Sample) => (cases[name] ??= []).push(s);
  try {
    // One warm-up start creates the existing data directory (and lets tsx fill its cache).
    const existing = path.join(work, 'existing');
    await tacet(existing);
    // The bundle (npm run build; web bundle left out, /healthz does not need it), packages from here.
    const dist = path.join(work, 'dist');
    await buildDist({ out: dist, recording: true, web: false });
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dist, 'node_modules'));
    const bundledExisting = path.join(work, 'bundled-existing');
    await bundled(dist, bundledExisting);
    const pgExisting = path.join(work, 'pglite-existing');
    await barePglite(pgExisting);
    const baselineExisting = path.join(work, 'baseline-existing');
    if (BASELINE_ROOT !== undefined) await tacet(baselineExisting, {}, BASELINE_ROOT);
    for (let rep = 0; rep < REPS; rep++) {
      add('bare node: HTTP server', await bareNode());
      add('bare PGlite (defaults): open existing + HTTP', await barePglite(pgExisting));
      const pgNew = path.join(work, `pglite-new-${rep}`);
      add('bare PGlite (defaults): initdb new + HTTP', await barePglite(pgNew));
      fs.rmSync(pgNew, { recursive: true, force: true });
      add('Tacet: existing data directory', await tacet(existing));
      const fresh = path.join(work, `new-${rep}`);
      add('Tacet: new data directory', await tacet(fresh));
      fs.rmSync(fresh, { recursive: true, force: true });
      add('Tacet bundled (npm run build): existing data directory', await bundled(dist, bundledExisting));
      const freshBundled = path.join(work, `bundled-new-${rep}`);
      add('Tacet bundled (npm run build): new data directory', await bundled(dist, freshBundled));
      fs.rmSync(freshBundled, { recursive: true, force: true });
      if (rep < 2) {
        // The first start of an installation whose template was never built (npm ci builds it):
        // Tacet runs initdb and the migrations into the template, then copies it.
        const tpl = path.join(work, `no-template-${rep}`);
        const fresh2 = path.join(work, `new-nt-${rep}`);
        add('Tacet: new data directory, no template yet', await tacet(fresh2, { TACET_PGLITE_TEMPLATE_DIR: tpl }));
        fs.rmSync(fresh2, { recursive: true, force: true });
        fs.rmSync(tpl, { recursive: true, force: true });
      }
      if (BASELINE_ROOT !== undefined) {
        add('baseline Tacet: existing data directory', await tacet(baselineExisting, {}, BASELINE_ROOT));
        const fresh3 = path.join(work, `baseline-new-${rep}`);
        add('baseline Tacet: new data directory', await tacet(fresh3, {}, BASELINE_ROOT));
        fs.rmSync(fresh3, { recursive: true, force: true });
      }
      process.stderr.write(`repetition ${rep + 1}/${REPS} done\n`);
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  const load = os.loadavg().map((l) => l.toFixed(1)).join(' ');
  console.log(`\nStart-up to first HTTP answer — ${REPS} repetitions, interleaved; Node ${process.version}, ${os.cpus().length} cores, load average ${load}`);
  console.log(`database template present: ${hasTemplate ? 'yes' : 'no (run npm ci or npm run build:db-template)'}\n`);
  console.log('| case | wall time, median (min–max) | CPU time, median (min–max) | n |');
  console.log('|---|---|---|---|');
  for (const [name, samples] of Object.entries(cases)) {
    const cpu = samples.map((s) => s.cpuMs).filter((c): c is number => c !== null);
    console.log(`| ${name} | ${summary(samples.map((s) => s.wallMs))} | ${cpu.length > 0 ? summary(cpu) : 'n/a'} | ${samples.length} |`);
  }
}

await main();
