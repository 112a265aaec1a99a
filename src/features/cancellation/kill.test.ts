// kill -9 in the middle of a purge (issue 18): a real child process, killed with SIGKILL while it
// deletes the practice's rows. The practice must be refused for use at every point — before,
// during, after the kill — and the purge must resume (after the dead runner's lease runs out)
// and finish: no rows, no member account, no keys, and a copy taken before it opens with nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, execFileSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tacet-purge-kill-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const CHILD = path.resolve('test/purge-child.ts');
const env = { ...process.env, TACET_DATA_DIR: dataDir, NOTES: '1200' };

function runChild(mode: string, extra: Record<string, string> = {}): Record<string, unknown>[] {
  const out = execFileSync(process.execPath, ['--import', 'tsx', CHILD, mode], { env: { ...env, ...extra }, encoding: 'utf8', timeout: 240_000 });
  return out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('purge under kill -9', () => {
  it('R34 R45 a process killed mid-purge leaves the practice refused; the purge resumes and finishes, and a copy taken before opens with no key', async () => {
    const [seeded] = runChild('seed');
    const { practiceId, userId, queued, copied, openable } = seeded as { practiceId: string; userId: string; queued: boolean; copied: number; openable: number };
    expect(queued).toBe(true);
    expect(copied).toBeGreaterThan(1000);
    expect(openable).toBe(copied); // the copy is real ciphertext the keyring opens before the purge

    const ids = { PRACTICE_ID: practiceId, USER_ID: userId };
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, 'run'], { env: { ...env, ...ids }, stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const seen: Array<{ step: string; table: string | null; refused: boolean }> = [];
    let killed = false;
    for await (const line of createInterface({ input: child.stdout })) {
      const msg = JSON.parse(line) as { step?: string; table?: string | null; refused?: boolean };
      if (msg.step !== undefined) seen.push({ step: msg.step, table: msg.table ?? null, refused: msg.refused === true });
      // Midway through the rows: some tables emptied, the notes among those still to go.
      if (seen.filter((s) => s.step === 'rows').length >= 4) {
        child.kill('SIGKILL');
        killed = true;
        break;
      }
    }
    await exited;
    expect(killed).toBe(true);
    expect(seen.every((s) => s.refused)).toBe(true);

    const [mid] = runChild('state', ids);
    expect(mid).toMatchObject({ lifecycle: 'purging', refused: true });
    expect(mid?.rowsLeft).toBeGreaterThan(0); // half-deleted — and refused to everyone

    const lines = runChild('resume', ids);
    expect(lines.filter((l) => 'step' in l).every((l) => l.refused === true)).toBe(true);
    const final = lines.find((l) => 'final' in l)?.final as Record<string, unknown>;
    expect(final).toEqual({ lifecycle: 'purged', rowsLeft: 0, refused: true, usersLeft: 0, keysLeft: 0, openable: 0, copied });
  }, 600_000);
});
