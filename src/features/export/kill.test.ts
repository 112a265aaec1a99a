// kill -9 in the middle of an export (issue 17): a real child process, killed with SIGKILL while
// it writes the archive. Nothing partial may be downloadable, and the job must resume (after the
// dead runner's lease runs out) and finish with a complete archive.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tacet-kill-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const CHILD = path.resolve('test/export-child.ts');
const env = { ...process.env, TACET_DATA_DIR: dataDir, NOTES: '400' };

function runChild(mode: string, extra: Record<string, string> = {}): Record<string, unknown>[] {
  const out = execFileSync(process.execPath, ['--import', 'tsx', CHILD, mode], { env: { ...env, ...extra }, encoding: 'utf8', timeout: 180_000 });
  return out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
}

function tmpFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.tmp'));
}

describe('export under kill -9', () => {
  it('R09 a process killed mid-archive leaves nothing downloadable, and the job resumes to a complete archive', async () => {
    const [ids] = runChild('seed');
    const { practiceId, exportId } = ids as { practiceId: string; exportId: string };

    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, 'run'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    const blobsDir = path.join(dataDir, 'blobs');
    let killedMidWrite = false;
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    for (let i = 0; i < 1200 && child.exitCode === null; i++) {
      if (tmpFiles(blobsDir).length > 0) {
        child.kill('SIGKILL');
        killedMidWrite = true;
        break;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    await exited;
    expect(killedMidWrite).toBe(true);
    expect(tmpFiles(blobsDir).length).toBeGreaterThan(0); // the half-written archive, under a temporary name only

    const lines = runChild('resume', { PRACTICE_ID: practiceId, EXPORT_ID: exportId });
    const before = lines.find((l) => 'before' in l)?.before as { export: { status: string }; blobs: Array<{ status: string }> };
    // What the kill left: the export still running and no blob ready to download.
    expect(before.export.status).toBe('running');
    expect(before.blobs.filter((b) => b.status === 'ready')).toEqual([]);

    const after = lines.find((l) => 'after' in l) as { after: { export: { status: string }; blobs: Array<{ id: string; status: string }> }; bytes: number };
    expect(after.after.export.status).toBe('ready');
    // The dead attempt's blob row was removed; only the finished archive remains.
    expect(after.after.blobs.map((b) => b.status)).toEqual(['ready']);
    expect(after.bytes).toBeGreaterThan(1000);
    // The finished object is a complete zip (its central directory is at the end).
    const files = fs.readdirSync(blobsDir, { recursive: true, encoding: 'utf8' }).filter((f) => !f.endsWith('.tmp') && fs.statSync(path.join(blobsDir, f)).isFile());
    expect(files).toHaveLength(1);
  }, 300_000);
});
