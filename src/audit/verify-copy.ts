// The fast reader of audit verify on PostgreSQL (issue 21): groups of lanes streamed with
// `COPY (SELECT … ORDER BY seq) TO STDOUT` on a connection per worker, in binary format
// (verify-copy-binary.ts, the default) or in text format (here), and parsed straight into the
// bytes the hasher needs — prev_hash, then the canonical form of
// app.audit_canonical() — without a JavaScript object per row. Paged queries through node-pg
// built a row object, a Date and two Buffers per row and topped out at 70–80 k rows/s; psql reads
// the same rows at 250 k/s. PGlite keeps the paged path in verify.ts (one in-process session).
//
// The result must be byte for byte what verify.ts's canonical() makes of the driver's values, so
// a chain verifies (or breaks) the same way on both paths (verify-copy.test.ts compares them).
import os from 'node:os';
import crypto from 'node:crypto';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { BINARY_COLUMNS, BinaryCopyRowParser, lengthPrefixed, writeLength } from './verify-copy-binary.ts';

const TIMESTAMPTZ = 1184;
const COLUMNS = 'practice_id, lane, seq, occurred_at, actor_id, actor_role, action, resource_type, resource_id, outcome, request_id, ip, user_agent, metadata, prev_hash, hash';
const FIELDS = 16;
const PREV = 14;
const HASH = 15;
const OCCURRED = 3;
const SEQ = 2;
const PREFIX = Buffer.from('tacet-audit-v1|', 'latin1');
const TAB = 0x09;
const NL = 0x0a;
const BACKSLASH = 0x5c;
// Canonical order: practice, lane, seq, prev_hash (hex), occurred_at, then actor … metadata.
const ORDER = [0, 1, 2, PREV, OCCURRED, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** One row as the verifier needs it: seq, prev_hash and hash (views valid during the call only), and the recomputed hash. */
export type CopiedRow = (seq: number, prev: Buffer, hash: Buffer, recompute: () => Buffer) => void;
/** Called before the first row, and whenever a row's (practice, lane) differs from the last row's. */
export type LaneStart = (practiceId: string, lane: number) => void;

/** Parses one lane's COPY output as it arrives. */
export interface CopyParser {
  push(chunk: Buffer): void;
  /** Throws if the output stopped short. */
  end(): void;
}

/**
 * 'binary' (the default): `COPY … (FORMAT binary)`, parsed by verify-copy-binary.ts; the server
 * sends raw uuids, timestamps and hashes instead of formatting them. 'text': the text-format
 * reader below, kept for comparison (bench:growth measures both) and as a fallback.
 */
export type CopyFormat = 'text' | 'binary';

/** TACET_AUDIT_COPY=text|binary chooses the reader (binary unless set). */
export function copyFormatFromEnv(env: NodeJS.ProcessEnv = process.env): CopyFormat {
  const v = env.TACET_AUDIT_COPY ?? '';
  if (v === '' || v === 'binary') return 'binary';
  if (v === 'text') return 'text';
  throw new Error('TACET_AUDIT_COPY must be text or binary');
}

/**
 * TACET_AUDIT_VERIFY_THREADS=auto|on|off: lane groups in worker threads. Each thread parses and
 * hashes its own COPY stream, so verification scales with cores; on a machine of two cores the
 * database's COPY output already needs one of them and the threads' start-up costs more than they
 * spread (measured, docs/benchmarks.md), so `auto` uses them from four cores on.
 */
export function verifyThreadsFromEnv(env: NodeJS.ProcessEnv = process.env, cores = os.availableParallelism()): { threads: boolean; concurrency: number } {
  const v = env.TACET_AUDIT_VERIFY_THREADS ?? 'auto';
  if (v !== 'auto' && v !== 'on' && v !== 'off') throw new Error('TACET_AUDIT_VERIFY_THREADS must be auto, on or off');
  const threads = v === 'on' || (v === 'auto' && cores >= 4);
  // One thread per core but one, left to the database when it runs on the same machine.
  return threads ? { threads, concurrency: Math.max(2, cores - 1) } : { threads, concurrency: 2 };
}

/** A connection that streams COPY … TO STDOUT; one per lane worker. */
export interface CopyConnection {
  readonly format: CopyFormat;
  copyOut(query: string): NodeJS.ReadableStream;
  close(): Promise<void>;
}
/** How a connector connects, so that a worker thread can open connections of its own (verify-threads.ts). */
export interface CopySpec {
  url: string;
  role?: string;
  format: CopyFormat;
}
export type CopyConnector = (() => Promise<CopyConnection>) & { spec?: CopySpec };

/**
 * Opens connections for the COPY reader at `url`, each set up as the verification needs: the
 * role (the CLI reads as tacet_auditor, per session) and the output formats the parser expects.
 */
export function postgresCopyConnector(url: string, role?: string, format: CopyFormat = copyFormatFromEnv()): CopyConnector {
  if (role !== undefined && !/^[a-z_][a-z0-9_]*$/.test(role)) throw new Error('invalid role name');
  const connect = async (): Promise<CopyConnection> => {
    const client = new pg.Client({ connectionString: url, application_name: 'tacet-audit-verify' });
    // A lost server surfaces on the COPY stream; without a listener it would kill the process.
    client.on('error', () => undefined);
    await client.connect();
    try {
      await client.query(`SET DateStyle = ISO; SET TimeZone = 'UTC'; SET bytea_output = hex; SET client_encoding = 'UTF8'${role !== undefined ? `; SET ROLE ${role}` : ''}`);
    } catch (err) {
      await client.end().catch(() => undefined);
      throw err;
    }
    return {
      format,
      copyOut: (query) => client.query(copyTo(query)),
      close: () => client.end(),
    };
  };
  return Object.assign(connect, { spec: { url, format, ...(role !== undefined ? { role } : {}) } });
}

/**
 * One COPY statement for a group of lanes: each lane's rows after its starting seq, in seq order,
 * one lane after another (UNION ALL of per-lane index range scans, each with its own ORDER BY).
 */
export function copyQuery(lanes: Array<{ practiceId: string; lane: number; afterSeq: number }>, format: CopyFormat = 'text'): string {
  if (lanes.length === 0) throw new Error('no lanes to copy');
  const columns = format === 'binary' ? BINARY_COLUMNS : COLUMNS;
  const parts = lanes.map(({ practiceId, lane, afterSeq }) => {
    if (!UUID.test(practiceId) || !Number.isSafeInteger(lane) || !Number.isSafeInteger(afterSeq)) throw new Error('invalid lane key');
    return `(SELECT ${columns} FROM audit_events WHERE practice_id = '${practiceId}' AND lane = ${lane} AND seq > ${afterSeq} ORDER BY seq)`;
  });
  return `COPY (${parts.join(' UNION ALL ')}) TO STDOUT${format === 'binary' ? ' (FORMAT binary)' : ''}`;
}

/** The parser for a connection's format. */
export function copyRowParser(format: CopyFormat, onRow: CopiedRow, onLane: LaneStart): CopyParser {
  return format === 'binary' ? new BinaryCopyRowParser(onRow, onLane) : new CopyRowParser(onRow, onLane);
}

/**
 * Parses COPY text rows of the 16 columns above. Raw tabs and newlines only ever delimit (COPY
 * escapes them inside values), so rows and fields are found with indexOf; a value is copied
 * unescaped into a scratch buffer that holds prev_hash followed by the canonical form, and that
 * buffer is hashed in one call.
 */
export class CopyRowParser implements CopyParser {
  private carry: Buffer | undefined;
  private scratch = Buffer.allocUnsafe(64 * 1024);
  private readonly prev = Buffer.allocUnsafe(32);
  private readonly hash = Buffer.allocUnsafe(32);
  private readonly starts = new Int32Array(FIELDS);
  private readonly ends = new Int32Array(FIELDS);
  // The (practice, lane) fields of the last row, as COPY wrote them.
  private readonly laneKey = Buffer.alloc(64);
  private laneKeyLength = -1;
  rows = 0;

  constructor(
    private readonly onRow: CopiedRow,
    private readonly onLane: LaneStart,
  ) {}

  push(chunk: Buffer): void {
    let buf = chunk;
    if (this.carry !== undefined) {
      buf = Buffer.concat([this.carry, chunk]);
      this.carry = undefined;
    }
    let pos = 0;
    for (;;) {
      const nl = buf.indexOf(NL, pos);
      if (nl < 0) break;
      this.row(buf, pos, nl);
      pos = nl + 1;
    }
    if (pos < buf.length) this.carry = Buffer.from(buf.subarray(pos));
  }

  end(): void {
    if (this.carry !== undefined && this.carry.length > 0) throw new Error('COPY output ended inside a row');
  }

  private row(buf: Buffer, start: number, end: number): void {
    // Field boundaries by a plain byte loop (raw tabs only ever delimit; a native call per field costs more).
    const starts = this.starts;
    const ends = this.ends;
    let f = 0;
    starts[0] = start;
    for (let k = start; k < end; k++) {
      if (buf[k] === TAB) {
        if (f === FIELDS - 1) throw new Error('COPY row has too many fields');
        ends[f++] = k;
        starts[f] = k + 1;
      }
    }
    if (f !== FIELDS - 1) throw new Error('COPY row has too few fields');
    ends[f] = end;
    this.rows++;
    this.laneOf(buf);
    const prev = this.hexField(buf, PREV, this.prev);
    const hash = this.hexField(buf, HASH, this.hash);
    const seq = this.intField(buf, SEQ);
    this.pending = buf;
    this.onRow(seq, prev, hash, this.recomputeBound);
  }

  /** practice_id and lane are fields 0 and 1, adjacent: one byte range compared with the last row's. */
  private laneOf(buf: Buffer): void {
    const a = this.starts[0]!;
    const b = this.ends[1]!;
    const n = b - a;
    if (n === this.laneKeyLength && buf.compare(this.laneKey, 0, n, a, b) === 0) return;
    if (n > this.laneKey.length) throw new Error('COPY row has no audit lane key');
    buf.copy(this.laneKey, 0, a, b);
    this.laneKeyLength = n;
    this.onLane(buf.toString('latin1', a, this.ends[0]), this.intField(buf, 1));
  }

  private pending: Buffer = Buffer.alloc(0);
  private readonly recomputeBound = (): Buffer => this.recompute(this.pending, this.prevView);
  private prevView: Buffer = this.prev;

  /** sha256(prev_hash || canonical), the canonical form written field by field as ns() does. */
  private recompute(buf: Buffer, prev: Buffer): Buffer {
    const starts = this.starts;
    const ends = this.ends;
    let need = prev.length + PREFIX.length + 16 * 8;
    for (let i = 0; i < FIELDS - 1; i++) need += ends[i]! - starts[i]! + 32;
    if (need > this.scratch.length) this.scratch = Buffer.allocUnsafe(need * 2);
    const s = this.scratch;
    let o = 0;
    for (let k = 0; k < prev.length; k++) s[o++] = prev[k]!;
    for (let k = 0; k < PREFIX.length; k++) s[o++] = PREFIX[k]!;
    // Every column but the row's own hash, in canonical order (prev_hash as hex sits in 4th place).
    for (let j = 0; j < ORDER.length; j++) {
      const i = ORDER[j]!;
      let a = starts[i]!;
      const b = ends[i]!;
      if (b - a === 2 && buf[a] === BACKSLASH && buf[a + 1] === 0x4e /* N */) {
        s[o++] = 0x7e; // '~'
        continue;
      }
      if (i === OCCURRED) {
        o = this.isoTime(buf, a, b, s, o);
        continue;
      }
      // PostgreSQL writes bytea hex in lower case, as Buffer.toString('hex') does.
      if (i === PREV) a += 3;
      let escapes = 0;
      for (let k = a; k < b; k++) {
        if (buf[k] === BACKSLASH && k + 1 < b) {
          escapes++;
          k++;
        }
      }
      if (i === PREV && escapes > 0) throw new Error('COPY bytea is not in hex format');
      // An escape is two bytes for one (COPY text writes no longer ones).
      o = writeLength(s, o, b - a - escapes);
      for (let k = a; k < b; k++) {
        const c = buf[k]!;
        if (c === BACKSLASH && k + 1 < b) {
          const e = buf[++k]!;
          s[o++] = ESCAPES[e] ?? e;
        } else {
          s[o++] = c;
        }
      }
    }
    return crypto.hash('sha256', s.subarray(0, o), 'buffer');
  }

  /**
   * timestamptz as `YYYY-MM-DD HH:MM:SS[.ffffff]+00` (DateStyle ISO, TimeZone UTC) becomes
   * `YYYY-MM-DDTHH:MM:SS.mmmZ`, the milliseconds truncated — what the driver's Date and
   * toISOString() make of it (and what to_char(… 'MS') writes). Anything else goes through the
   * driver's own parser.
   */
  private isoTime(buf: Buffer, a: number, b: number, s: Buffer, o: number): number {
    const n = b - a;
    const frac = n - 22; // 0, or '.' + 1–6 digits
    if (n >= 22 && n <= 29 && frac !== 1 && buf[a + 4] === 0x2d && buf[a + 10] === 0x20 && buf[b - 3] === 0x2b && buf[b - 2] === 0x30 && buf[b - 1] === 0x30 && (frac === 0 || buf[a + 19] === 0x2e)) {
      s.write('24:', o, 'latin1');
      o += 3;
      buf.copy(s, o, a, a + 10);
      s[o + 10] = 0x54; // 'T'
      buf.copy(s, o + 11, a + 11, a + 19);
      s[o + 19] = 0x2e; // '.'
      for (let d = 0; d < 3; d++) s[o + 20 + d] = d < frac - 1 ? buf[a + 20 + d]! : 0x30;
      s[o + 23] = 0x5a; // 'Z'
      return o + 24;
    }
    const parse = pg.types.getTypeParser(TIMESTAMPTZ) as (v: string) => Date;
    return lengthPrefixed(s, o, parse(buf.toString('utf8', a, b)).toISOString());
  }

  /** bytea in COPY text: `\\x` + hex (the backslash itself escaped), decoded into `into` when it fits. */
  private hexField(buf: Buffer, i: number, into: Buffer): Buffer {
    const a = this.starts[i]!;
    const b = this.ends[i]!;
    if (b - a < 3 || buf[a] !== BACKSLASH || buf[a + 1] !== BACKSLASH || buf[a + 2] !== 0x78 || (b - a - 3) % 2 !== 0) throw new Error('COPY bytea is not in hex format');
    const len = (b - a - 3) / 2;
    const out = len === into.length ? into : Buffer.allocUnsafe(len);
    for (let k = 0, p = a + 3; k < len; k++, p += 2) {
      const hi = HEX[buf[p]!]!;
      const lo = HEX[buf[p + 1]!]!;
      if (hi < 0 || lo < 0) throw new Error('COPY bytea is not valid hex');
      out[k] = (hi << 4) | lo;
    }
    if (i === PREV) this.prevView = out;
    return out;
  }

  private intField(buf: Buffer, i: number): number {
    const a = this.starts[i]!;
    const b = this.ends[i]!;
    let v = 0;
    for (let k = buf[a] === 0x2d ? a + 1 : a; k < b; k++) {
      const d = buf[k]! - 0x30;
      if (d < 0 || d > 9) throw new Error('COPY integer is not a number');
      v = v * 10 + d;
    }
    return buf[a] === 0x2d ? -v : v;
  }
}

// COPY text escapes: \b \f \n \r \t \v and \\ (output uses no others; an unknown one is the character itself).
const ESCAPES: Record<number, number> = { 0x62: 0x08, 0x66: 0x0c, 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x76: 0x0b };
const HEX = new Int8Array(256).fill(-1);
for (let c = 0; c < 10; c++) HEX[0x30 + c] = c;
for (let c = 0; c < 6; c++) HEX[0x61 + c] = 10 + c;
