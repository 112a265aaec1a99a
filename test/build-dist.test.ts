// R06: the bundled distribution (npm run build) and the no-recording one (npm run build:no-recording),
// each built once here into a temporary folder, then read file by file. The no-recording build
// must hold none of the recording and transcription code — no module of those folders, no route
// of theirs, no browser capture API — and must start and answer as a deployment without
// recording. The recording-capable build must hold all of it, so that the search is known to find
// what it looks for.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDist, noRecordingPlugin, ROOT, type BuildInfo } from '../scripts/build-dist.ts';
import { freePort } from './net.ts';

/** What no part of the no-recording build may contain (and the recording build does). */
// Route strings: the recording routes are /api/sessions/:sessionId/recordings, /api/recordings/…
// and …/recording-consent (src/features/deletion/recordings.ts, which deletes what an earlier
// recording deployment left in the database, rightly stays in every build).
const SERVER_MARKERS = ['src/features/recording/', 'src/features/transcription/', '/api/recordings', ':sessionId/recordings', 'recording-consent'];
const WEB_MARKERS = ['/api/recordings', 'recording-consent', 'getUserMedia', 'MediaRecorder', 'AudioWorklet', 'registerProcessor'];

let work: string;
const built: Record<'with' | 'without', { dir: string; info: BuildInfo }> = {} as never;

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** Every marker found in the text files of `dir`, with the file it was found in. */
function found(dir: string, markers: string[]): string[] {
  const hits: string[] = [];
  for (const f of files(dir)) {
    if (!/\.(js|mjs|css|html|map|json)$/.test(f)) continue;
    const text = fs.readFileSync(f, 'utf8');
    for (const m of markers) if (text.includes(m)) hits.push(`${m} in ${path.relative(dir, f)}`);
  }
  return hits;
}

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'tacet-build-'));
  for (const [key, recording] of [['with', true], ['without', false]] as const) {
    const dir = path.join(work, key);
    const info = await buildDist({ out: dir, recording });
    // Packages come from the checkout's node_modules, as they would from the deployment's.
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
    built[key] = { dir, info };
  }
}, 180_000);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

interface Started {
  url: string;
  stop(): Promise<number | null>;
}

/** `node DIR/tacet.js serve` on a new data directory, until it says it is ready. */
async function serve(dir: string, extra: Record<string, string> = {}): Promise<Started> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(HOST|PORT|TACET_|DATABASE_|SMTP_|LOG_LEVEL|AI_)/.test(k)) env[k] = v;
  Object.assign(env, { TACET_DATA_DIR: path.join(dir, `data-${port}`), PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...extra });
  const child = spawn(process.execPath, [path.join(dir, 'tacet.js'), 'serve'], { cwd: work, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /\[tacet\] ready at (\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    void exited.then((code) => reject(new Error(`exited (${code}) before it was ready: ${err.slice(0, 2000)}`)));
  });
  expect(out).toContain('[tacet] starting Tacet (bundled');
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

describe('R06 the no-recording distribution (npm run build:no-recording)', () => {
  it('R06 holds no module of the recording or transcription folders, no recording route and no audio capture, in the server or the web bundle', () => {
    const { dir, info } = built.without;
    expect(info.recording).toBe(false);
    expect(fs.existsSync(path.join(dir, 'server/main.js'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'web/dist/index.html'))).toBe(true);
    expect(info.modules).toContain('src/features/index.ts');
    expect(info.modules.filter((p) => /^src\/features\/(recording|transcription)\//.test(p))).toEqual([]);
    expect(found(path.join(dir, 'server'), SERVER_MARKERS)).toEqual([]);
    expect(found(path.join(dir, 'web/dist'), [...WEB_MARKERS, 'web/src/recording'])).toEqual([]);
  });

  it('R06 fails to build when anything but the one dynamic import reaches the recording code', async () => {
    const attempt = esbuild.build({
      stdin: { contents: "import './transcription/types.ts';", resolveDir: path.join(ROOT, 'src/features'), sourcefile: 'src/features/leak.ts', loader: 'ts' },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'node',
      packages: 'external',
      logLevel: 'silent',
      plugins: [noRecordingPlugin()],
    });
    await expect(attempt).rejects.toThrow(/leak\.ts imports \.\/transcription\/types\.ts: only the dynamic import/);
  });

  it('R06 starts, has no recording routes (404), denies the microphone, and refuses TACET_RECORDING=enabled', async () => {
    const { dir } = built.without;
    const tacet = await serve(dir);
    try {
      const health = await fetch(new URL('/api/health', tacet.url));
      expect(health.status).toBe(200);
      expect(((await health.json()) as { recording: boolean }).recording).toBe(false);
      const id = '00000000-0000-4000-8000-000000000000';
      for (const [method, route] of [
        ['PUT', `/api/clients/${id}/recording-consent`],
        ['PUT', `/api/sessions/${id}/recording-consent`],
        ['POST', `/api/sessions/${id}/recordings`],
        ['GET', `/api/recordings/${id}`],
        ['PUT', `/api/recordings/${id}/chunks/0`],
        ['POST', `/api/recordings/${id}/complete`],
        ['DELETE', `/api/recordings/${id}`],
      ] as const) {
        const res = await fetch(new URL(route, tacet.url), method === 'GET' || method === 'DELETE' ? { method } : { method, headers: { 'content-type': 'application/json' }, body: '{}' });
        expect({ route, method, status: res.status }).toEqual({ route, method, status: 404 });
        expect(res.headers.get('permissions-policy')).toMatch(/(^|, )microphone=\(\)/);
      }
      expect((await fetch(new URL('/', tacet.url))).headers.get('permissions-policy')).toMatch(/(^|, )microphone=\(\)/);
    } finally {
      expect(await tacet.stop()).toBe(0);
    }
    // Asked to record, a build without recording says so and stops, rather than run without it.
    const port = await freePort();
    const refused = spawn(process.execPath, [path.join(dir, 'tacet.js'), 'serve'], {
      cwd: work,
      env: { PATH: process.env.PATH, TACET_RECORDING: 'enabled', TACET_DATA_DIR: path.join(dir, 'data-refused'), PORT: String(port), LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    refused.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((resolve) => refused.on('exit', resolve));
    expect(code).toBe(2);
    expect(err).toContain('built without recording');
  }, 120_000);
});

describe('the bundled distribution (npm run build)', () => {
  it('runs tacet deid --jsonl on worker threads, whose entry point is bundled apart (no tsx loader)', () => {
    // Over the 512 KB above which the CLI hands batches to worker threads.
    const lines = Array.from({ length: 5400 }, (_, i) => JSON.stringify({ id: String(i), text: `Synthetic patient Zed Quorvan was seen on 03/04/2020 and called 555-201-${String(i).padStart(4, '0')}.` }));
    const run = spawnSync(process.execPath, [path.join(built.with.dir, 'tacet.js'), 'deid', '--jsonl'], {
      input: lines.join('\n') + '\n',
      env: { PATH: process.env.PATH, TACET_DEID_WORKERS: '2' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; redacted: string });
    expect(out.map((o) => o.id)).toEqual(lines.map((_, i) => String(i)));
    expect(out.every((o) => o.redacted.includes('[PHONE-1]') && !o.redacted.includes('555-201'))).toBe(true);
  });
});

describe('R06 the recording-capable distribution (npm run build)', () => {
  it('R06 R30 its server holds the recording and transcription modules and routes the no-recording build leaves out', () => {
    const { dir, info } = built.with;
    expect(info.recording).toBe(true);
    expect(info.modules).toContain('src/features/recording/index.ts');
    const server = found(path.join(dir, 'server'), SERVER_MARKERS);
    for (const m of SERVER_MARKERS) expect(server.some((h) => h.startsWith(`${m} in `)), m).toBe(true);
  });

  it('R06 R30 its web bundle holds the recording screen, the AudioWorklet and the microphone capture', () => {
    // The recorder captures PCM through an AudioWorklet, not MediaRecorder, so that one is absent from both.
    const markers = WEB_MARKERS.filter((m) => m !== 'MediaRecorder');
    const web = found(path.join(built.with.dir, 'web/dist'), markers);
    for (const m of markers) expect(web.some((h) => h.startsWith(`${m} in `)), m).toBe(true);
  });
});
