// R35 evaluation contract: `tacet deid --jsonl` and `tacet deid FILE`.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runDeidCli } from './cli.ts';

async function run(argv: string[], input: string): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const code = await runDeidCli(argv, { stdin: Readable.from([input]), stdout, stderr });
  return { code, out: Buffer.concat(out).toString('utf8'), err: Buffer.concat(err).toString('utf8') };
}

describe('R35 deid command line', () => {
  it('R35 writes one JSON line per input line, in order, with UTF-16 offsets', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Señora Pérez — my sister Maria called 555-123-4567.', extra: 1 }),
      JSON.stringify({ id: 'b', text: 'nothing to see' }),
    ].join('\n');
    const r = await run(['--jsonl'], input + '\n');
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as { id: string; spans: { start: number; end: number; type: string }[]; redacted: string });
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    const text = 'Señora Pérez — my sister Maria called 555-123-4567.';
    const values = lines[0]!.spans.map((s) => text.slice(s.start, s.end));
    expect(values).toEqual(expect.arrayContaining(['Maria', '555-123-4567']));
    expect(lines[0]!.redacted).toContain('[PHONE-1]');
    expect(lines[1]).toEqual({ id: 'b', spans: [], redacted: 'nothing to see' });
  });
  it('R35 reports a malformed line by number, without its content, and runs the rest', async () => {
    const r = await run(['--jsonl'], '{"id":"1","text":"Call Maria"}\n{oops Maria Lopez\n{"id":3}\n{"id":"4","text":"ok"}\n');
    expect(r.err).toContain('line 2');
    expect(r.err).toContain('line 3');
    expect(r.err).not.toContain('Maria');
    expect(r.out.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['1', '4']);
    expect(r.code).toBe(1);
  });
  it('R36 adds topic spans with --topics', async () => {
    const r = await run(['--jsonl', '--topics', 'immigration,abuse'], JSON.stringify({ id: 'x', text: 'He is undocumented. We talked.' }) + '\n');
    const line = JSON.parse(r.out) as { spans: { type: string }[]; redacted: string };
    expect(line.spans[0]!.type).toBe('TOPIC:immigration');
    expect(line.redacted).toBe('[REDACTED: immigration] We talked.');
  });
  it('R35 prints the redacted text of a file for a person to read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tacet-deid-'));
    const file = join(dir, 'note.txt');
    writeFileSync(file, 'Seen 3/14/2024 with Dr. Okafor.\n');
    const r = await run([file], '');
    expect(r.code).toBe(0);
    expect(r.out).toBe('Seen [DATE-1] with Dr. [NAME-1].\n');
  });
  it('R35 streams a large input without losing or reordering lines', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ id: String(i), text: `Line ${i}: call Jamal at 555-01${String(i % 100).padStart(2, '0')}.` }));
    const r = await run(['--jsonl'], rows.join('\n'));
    const ids = r.out.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toHaveLength(2000);
    expect(ids[1999]).toBe('1999');
  });
  it('R35 redacts a large input on worker threads with the same output, order and line errors', async () => {
    // Over the parallel threshold (512 KB): the tail runs on two workers, in batches.
    const rows: string[] = [];
    for (let i = 0; i < 6000; i++) {
      if (i === 4500) rows.push('{broken Rosalind Quibell');
      else rows.push(JSON.stringify({ id: String(i), text: `Row ${i}: my sister Rosalind Quibell called 555-01${String(i % 100).padStart(2, '0')} on 3/14/2024. ${'Nothing else happened today. '.repeat(3)}` }));
    }
    const input = rows.join('\n') + '\n';
    const before = process.env.TACET_DEID_WORKERS;
    process.env.TACET_DEID_WORKERS = '2';
    let parallel: Awaited<ReturnType<typeof run>>;
    try {
      parallel = await run(['--jsonl'], input);
    } finally {
      if (before === undefined) delete process.env.TACET_DEID_WORKERS;
      else process.env.TACET_DEID_WORKERS = before;
    }
    process.env.TACET_DEID_WORKERS = '1';
    let serial: Awaited<ReturnType<typeof run>>;
    try {
      serial = await run(['--jsonl'], input);
    } finally {
      if (before === undefined) delete process.env.TACET_DEID_WORKERS;
      else process.env.TACET_DEID_WORKERS = before;
    }
    expect(parallel.code).toBe(1);
    expect(parallel.err).toBe('tacet deid: line 4501: not valid JSON, skipped\n');
    expect(parallel.out).toBe(serial.out);
    const ids = parallel.out.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toHaveLength(5999);
    expect(ids.slice(4499, 4501)).toEqual(['4499', '4501']);
    expect(parallel.out).not.toContain('Quibell');
  }, 60_000);
  it('R35 explains each span of a file with the detector and rule behind it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tacet-deid-'));
    const file = join(dir, 'note.txt');
    writeFileSync(file, 'Seen 3/14/2024 with Dr. Okafor.\n');
    const r = await run(['--explain', file], '');
    expect(r.code).toBe(0);
    expect(r.out).toContain('5-14 DATE "3/14/2024"\n  DATE date');
    expect(r.out).toContain('NAME "Okafor"\n  NAME name: title before it (Dr., Mrs)');
  });
  it('R37 refuses an unknown topic rather than silently not redacting it', async () => {
    const r = await run(['--jsonl', '--topics', 'imigration'], '');
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown topic imigration');
  });
  it('R35 explains its usage on a bad option', async () => {
    const r = await run(['--nope'], '');
    expect(r.code).toBe(2);
    expect(r.err).toContain('Usage');
  });
});
