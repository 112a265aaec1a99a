// Issue 21: the binary COPY parser on its own, no database (so it runs on both test stores):
// rows encoded here in PostgreSQL's binary COPY format, fed in chunks cut at every possible byte,
// must give back each row's seq, prev_hash and hash, and recompute exactly what verify.ts's
// rowHash() makes of the same values — NULLs, non-ASCII text, microseconds, dates before 1970 and
// 2000, long fields and hashes of the wrong length included.
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BinaryCopyRowParser } from './verify-copy-binary.ts';
import { rowHash, type ChainRow } from './verify.ts';

const PG_EPOCH_US = 946_684_800_000_000n;

/** One tuple of BINARY_COLUMNS' 16 fields, as COPY … (FORMAT binary) writes it. */
function tuple(r: ChainRow, micros: bigint): Buffer {
  const field = (b: Buffer | null): Buffer => {
    const len = Buffer.alloc(4);
    len.writeInt32BE(b === null ? -1 : b.length);
    return b === null ? len : Buffer.concat([len, b]);
  };
  const text = (v: string | null) => field(v === null ? null : Buffer.from(v, 'utf8'));
  const uuid = (v: string | null) => field(v === null ? null : Buffer.from(v.replaceAll('-', ''), 'hex'));
  const int = (bytes: number, v: bigint) => {
    const b = Buffer.alloc(bytes);
    if (bytes === 2) b.writeInt16BE(Number(v));
    else b.writeBigInt64BE(v);
    return field(b);
  };
  const count = Buffer.alloc(2);
  count.writeInt16BE(16);
  return Buffer.concat([
    count,
    uuid(r.practice_id),
    int(2, BigInt(r.lane)),
    int(8, BigInt(r.seq)),
    field(r.prev_hash),
    int(8, micros),
    uuid(r.actor_id),
    text(r.actor_role),
    text(r.action),
    text(r.resource_type),
    text(r.resource_id),
    text(r.outcome),
    text(r.request_id),
    text(r.ip),
    text(r.user_agent),
    text(r.metadata),
    field(r.hash),
  ]);
}

function copyOutput(rows: Array<{ r: ChainRow; micros: bigint }>): Buffer {
  const header = Buffer.concat([Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), Buffer.alloc(8)]);
  return Buffer.concat([header, ...rows.map(({ r, micros }) => tuple(r, micros)), Buffer.from([0xff, 0xff])]);
}

interface Seen {
  lane: string;
  seq: number;
  prev: string;
  hash: string;
  recomputed: string;
}

function parse(data: Buffer, cut: (i: number) => number): Seen[] {
  const seen: Seen[] = [];
  let lane = '';
  const parser = new BinaryCopyRowParser(
    (seq, prev, hash, recompute) => seen.push({ lane, seq, prev: prev.toString('hex'), hash: hash.toString('hex'), recomputed: recompute().toString('hex') }),
    (practiceId, l) => (lane = `${practiceId}:${l}`),
  );
  for (let i = 0; i < data.length; ) {
    const n = Math.max(1, Math.min(cut(i), data.length - i));
    parser.push(data.subarray(i, i + n));
    i += n;
  }
  parser.end();
  return seen;
}

const practice = '3f0c6a52-0000-4000-8000-00000000a001';
const other = '3f0c6a52-0000-4000-8000-00000000b002';
function rows(): Array<{ r: ChainRow; micros: bigint }> {
  const out: Array<{ r: ChainRow; micros: bigint }> = [];
  // Times (Unix microseconds) with sub-millisecond parts, before 1970 and 2000, and far ahead.
  const times = [1_765_000_000_123_456n, -86_400_000_000n - 1n, 946_684_799_999_999n, 253_402_300_799_999_000n, 1_765_000_000_000_000n, 0n];
  const texts = ['Synthetic\tAgent/1.0', 'line one\nline two\r', 'back\\slash \\N', 'Ünïcödé-Agent ✓ 测试 🙂', 'x'.repeat(512), null];
  for (const [p, lane] of [
    [practice, 0],
    [practice, 15],
    [other, 7],
  ] as const) {
    let prev: Buffer = Buffer.alloc(32);
    for (let seq = 1; seq <= 6; seq++) {
      const i = (seq + lane) % 6;
      const r: ChainRow = {
        practice_id: p,
        lane,
        seq,
        occurred_at: new Date(Number((times[i]! - (times[i]! % 1000n + 1000n) % 1000n) / 1000n)),
        actor_id: seq === 4 ? null : `0000000${lane % 10}-aaaa-4bbb-8ccc-00000000000${seq}`,
        actor_role: seq === 5 ? null : 'practitioner',
        action: 'note.read',
        resource_type: seq % 2 === 0 ? 'note' : null,
        resource_id: seq % 2 === 0 ? crypto.randomUUID() : null,
        outcome: 'success',
        request_id: `req-${seq}`,
        ip: seq === 3 ? null : '192.0.2.7',
        user_agent: texts[i] ?? null,
        metadata: seq % 3 === 0 ? JSON.stringify({ note: 'Ünïcödé', n: seq, long: 'y'.repeat(seq * 700) }) : null,
        // Lane 15's second row carries a hash of the wrong length: parsed and hashed all the same.
        prev_hash: lane === 15 && seq === 2 ? Buffer.alloc(20, 7) : prev,
        hash: Buffer.alloc(0),
      };
      r.hash = rowHash(r);
      prev = r.hash;
      out.push({ r, micros: times[i]! - PG_EPOCH_US });
    }
  }
  return out;
}

describe('binary COPY parser (issue 21)', () => {
  it('R23 recomputes every row exactly as rowHash(), whatever the chunk boundaries', () => {
    const input = rows();
    const data = copyOutput(input);
    const expected = input.map(({ r }) => ({ lane: `${r.practice_id}:${r.lane}`, seq: r.seq, prev: r.prev_hash.toString('hex'), hash: r.hash.toString('hex'), recomputed: r.hash.toString('hex') }));
    expect(parse(data, () => data.length)).toEqual(expected);
    // Every cut point once (two chunks), then 1-byte and 7-byte chunks throughout.
    for (let at = 1; at < data.length; at += 13) expect(parse(data, (i) => (i === 0 ? at : data.length))).toEqual(expected);
    expect(parse(data, () => 1)).toEqual(expected);
    expect(parse(data, () => 7)).toEqual(expected);
  });

  it('R23 a changed byte in any canonical field changes the recomputed hash', () => {
    const input = rows().slice(0, 6);
    const base = parse(copyOutput(input), () => 4096);
    const tampered: Array<[string, (r: ChainRow) => void, bigint]> = [
      ['metadata', (r) => (r.metadata = `${r.metadata ?? ''} `), 0n],
      ['timestamp', () => undefined, 1000n],
      ['actor', (r) => (r.actor_id = '00000000-aaaa-4bbb-8ccc-0000000000ff'), 0n],
      ['prev_hash', (r) => (r.prev_hash = Buffer.alloc(32, 1)), 0n],
      ['user agent', (r) => (r.user_agent = `${r.user_agent ?? ''}x`), 0n],
    ];
    for (const [what, edit, shift] of tampered) {
      const copy = input.map(({ r, micros }) => ({ r: { ...r }, micros }));
      edit(copy[2]!.r);
      copy[2]!.micros += shift;
      const seen = parse(copyOutput(copy), () => 4096);
      expect(seen[2]!.recomputed, what).not.toBe(base[2]!.recomputed);
      expect(seen[2]!.recomputed, what).not.toBe(seen[2]!.hash);
      expect(seen.filter((_, i) => i !== 2)).toEqual(base.filter((_, i) => i !== 2));
    }
  });

  it('R23 refuses output that is not a complete binary COPY of the audit columns', () => {
    const data = copyOutput(rows().slice(0, 2));
    expect(() => parse(data.subarray(0, data.length - 2), () => 4096)).toThrow(/trailer/);
    expect(() => parse(data.subarray(0, data.length - 40), () => 4096)).toThrow(/inside a row/);
    expect(() => parse(Buffer.from('not binary: a text COPY row\tx\n'), () => 4096)).toThrow(/not in binary format/);
    const short = Buffer.from(data);
    short.writeInt16BE(15, 19);
    expect(() => parse(short, () => 4096)).toThrow(/15 fields/);
  });
});
