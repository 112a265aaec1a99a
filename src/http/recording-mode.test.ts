// R06: recording is the operator's deployment decision. In the default mode the recording and
// transcription modules are never loaded — proven from Node's module loader in a separate process
// (test/module-trace), not inferred — their routes do not exist, and the browser is told the page
// may not use the microphone. The same process in recording mode loads them (the trace works).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config/config.ts';

const CHILD = path.resolve('test/recording-mode-child.ts');
const TRACE = path.resolve('test/module-trace/register.ts');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

interface ChildReport {
  modules: string[];
  health: { status: string; recording: boolean };
  permissionsPolicy: string;
  uploadStatus: number;
  routes: string[];
}

async function runServer(recording: 'enabled' | 'disabled' | undefined): Promise<ChildReport> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tacet-r06-'));
  dirs.push(dataDir);
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, TACET_DATA_DIR: dataDir, ...(recording !== undefined ? { TACET_RECORDING: recording } : {}) };
  const child = spawn(process.execPath, ['--import', 'tsx', '--import', TRACE, CHILD], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(code, err).toBe(0);
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as ChildReport;
}

const under = (folder: string) => (u: string) => u.includes(`/src/features/${folder}/`);

describe('R06 recording is a deployment decision', () => {
  it('R06 the default deployment never loads the recording or transcription modules, has no recording routes and denies the microphone', async () => {
    // TACET_RECORDING unset (the default) and =enabled; =disabled parses to the same config (below).
    const [byDefault, enabled] = await Promise.all([runServer(undefined), runServer('enabled')]);
    const r = byDefault;
    // The trace saw the whole server: the feature index, the job registry, a feature beside ours.
    expect(r.modules.some((u) => u.endsWith('/src/features/index.ts'))).toBe(true);
    expect(r.modules.some((u) => u.endsWith('/src/features/jobs.ts'))).toBe(true);
    expect(r.modules.some((u) => u.endsWith('/src/features/transcripts/routes.ts'))).toBe(true);
    expect(r.modules.filter(under('recording'))).toEqual([]);
    expect(r.modules.filter(under('transcription'))).toEqual([]);
    expect(r.routes.filter((x) => x.includes('recording'))).toEqual([]);
    expect(r.uploadStatus).toBe(404);
    expect(r.health).toEqual({ status: 'ok', recording: false });
    expect(r.permissionsPolicy).toMatch(/(^|, )microphone=\(\)(,|$)/);
    // The same process in recording mode: the trace does see them (so their absence above means something).
    expect(enabled.modules.some((u) => u.endsWith('/src/features/recording/index.ts'))).toBe(true);
    expect(enabled.modules.some((u) => u.endsWith('/src/features/transcription/index.ts'))).toBe(true);
    expect(enabled.routes).toContain('POST /api/sessions/:sessionId/recordings');
    expect(enabled.uploadStatus).toBe(401); // the route exists and wants a signed-in practitioner
    expect(enabled.health).toEqual({ status: 'ok', recording: true });
    expect(enabled.permissionsPolicy).toMatch(/(^|, )microphone=\(self\)(,|$)/);
  }, 180_000);

  it('R06 TACET_RECORDING is validated at start-up', () => {
    expect(loadConfig({ TACET_DATA_DIR: '/tmp/x' }).recording).toBe(false);
    expect(loadConfig({ TACET_DATA_DIR: '/tmp/x', TACET_RECORDING: 'disabled' }).recording).toBe(false);
    expect(loadConfig({ TACET_DATA_DIR: '/tmp/x', TACET_RECORDING: 'enabled' }).recording).toBe(true);
    expect(() => loadConfig({ TACET_DATA_DIR: '/tmp/x', TACET_RECORDING: 'yes' })).toThrow(ConfigError);
    expect(() => loadConfig({ TACET_DATA_DIR: '/tmp/x', TACET_RECORDING: 'yes' })).toThrow(/TACET_RECORDING: must be enabled or disabled/);
  });
});
