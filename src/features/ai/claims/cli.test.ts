// The evaluation contract: `bin/tacet verify-draft --jsonl`, spawned for real.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = path.resolve('bin/tacet');

describe('bin/tacet verify-draft --jsonl', () => {
  it('R03 writes one labelled line per input line, in order; a malformed line is named by number only and the rest still run', () => {
    const input = [
      JSON.stringify({ id: 'a', sources: ['Client denies SI.', 'Slept 5 hours.'], sentence: 'Client endorses SI.', cites: [0] }),
      '{"id": "b", "sources": ["Zephyrine Quall said', // broken JSON holding text that must not be echoed
      JSON.stringify({ id: 'c', sources: ['Slept 5 hours.'], sentence: 'Client slept 5 hours.', cites: [0] }),
      JSON.stringify({ id: 'd', sources: ['Slept 5 hours.'], sentence: 'Client slept 5 hours.', cites: [3] }),
      JSON.stringify({ id: 'e', sources: ['Slept 5 hours.'], sentence: 'Client started lithium.', cites: [0] }),
    ].join('\n');
    const r = spawnSync(bin, ['verify-draft', '--jsonl'], { input: `${input}\n`, encoding: 'utf8', timeout: 60_000 });
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; label: string; reasons: string[] });
    expect(out.map((o) => [o.id, o.label])).toEqual([
      ['a', 'CONTRADICTED'],
      ['c', 'SUPPORTED'],
      ['e', 'UNSUPPORTED'],
    ]);
    expect(out[0]!.reasons.length).toBeGreaterThan(0);
    expect(r.stderr).toMatch(/line 2:/);
    expect(r.stderr).toMatch(/line 4:.*outside/);
    expect(r.stderr).not.toMatch(/Zephyrine|Slept|lithium/);
    expect(r.status).toBe(1);
  });

  it('R03 exits 0 when every line is well formed, and lists the command in the help', () => {
    const ok = spawnSync(bin, ['verify-draft', '--jsonl'], { input: `${JSON.stringify({ id: 1, sources: ['Walked daily.'], sentence: 'Client walked daily.', cites: [0] })}\n`, encoding: 'utf8', timeout: 60_000 });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual({ id: 1, label: 'SUPPORTED', reasons: [] });
    expect(spawnSync(bin, ['help'], { encoding: 'utf8' }).stdout).toMatch(/verify-draft --jsonl/);
  });
});
