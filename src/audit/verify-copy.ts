// The fast reader of audit verify on PostgreSQL (issue 21): each lane streamed with
// `COPY (SELECT … ORDER BY seq) TO STDOUT` in text format, on its own connection, and parsed here
// straight into the bytes the hasher needs — prev_hash, then the canonical form of
// app.audit_canonical() — without a JavaScript object per row. Paged queries through node-pg
// built a row object, a Date and two Buffers per row and topped out at 70–80 k rows/s; psql reads
// the same rows at 250 k/s. PGlite keeps the paged path in verify.ts (one in-process session).
//
// The result must be byte for byte what verify.ts's canonical() makes of the driver's values, so
// a chain verifies (or breaks) the same way on both paths (verify-copy.test.ts compares them).
import crypto from 'node:crypto';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';

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
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** One row as the verifier needs it: seq, prev_hash and hash (views valid during the call only), and the recomputed hash. */
export type CopiedRow = (seq: number, prev: Buffer, hash: Buffer, recompute: () => Buffer) => void;

/** A connection that streams COPY … TO STDOUT; one per lane worker. */
export interface CopyConnection {
  copyOut(query: string): NodeJS.ReadableStream;
  close(): Promise<void>;
}
export type CopyConnector = () => Promise<CopyConnection>;

/**
 * Opens connections for the COPY reader at `url`, each set up as the verification needs: the
 * role (the CLI reads as tacet_auditor, per session) and the output formats the parser expects.
 */
export function postgresCopyConnector(url: string, role?: string): CopyConnector {
  if (role !== undefined && !/^[a-z_][a-z0-9_]*$/.test(role)) throw new Error('invalid role name');
  return async () => {
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
      copyOut: (query) => client.query(copyTo(query)),
      close: () => client.end(),
    };
  };
}

export function laneCopyQuery(practiceId: string, lane: number, afterSeq: number): string {
  if (!UUID.test(practiceId) || !Number.isSafeInteger(lane) || !Number.isSafeInteger(afterSeq)) throw new Error('invalid lane key');
  return `COPY (SELECT ${COLUMNS} FROM audit_events WHERE practice_id = '${practiceId}' AND lane = ${lane} AND seq > ${afterSeq} ORDER BY seq) TO STDOUT`;
}

/**
 * Parses COPY text rows of the 16 columns above. Raw tabs and newlines only ever delimit (COPY
 * escapes them inside values), so rows and fields are found with indexOf; a value is copied
 * unescaped into a scratch buffer that holds prev_hash followed by the canonical form, and that
 * buffer is hashed in one call.
 */
export class CopyRowParser {
  private carry: Buffer | undefined;
  private scratch = Buffer.allocUnsafe(64 * 1024);
  private readonly prev = Buffer.allocUnsafe(64);
  private readonly hash = Buffer.allocUnsafe(64);
  private readonly starts = new Int32Array(FIELDS);
  private readonly ends = new Int32Array(FIELDS);
  rows = 0;

  constructor(private readonly onRow: CopiedRow) {}

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
    let p = start;
    for (let i = 0; i < FIELDS; i++) {
      const t = i === FIELDS - 1 ? end : buf.indexOf(TAB, p);
      if (t < 0 || t > end) throw new Error('COPY row has too few fields');
      this.starts[i] = p;
      this.ends[i] = t;
      p = t + 1;
    }
    if (p !== end + 1) throw new Error('COPY row has too many fields');
    this.rows++;
    const prevLen = this.hexField(buf, PREV, this.prev);
    const hashLen = this.hexField(buf, HASH, this.hash);
    const seq = this.intField(buf, SEQ);
    const prev = this.prev.subarray(0, prevLen);
    const hash = this.hash.subarray(0, hashLen);
    this.onRow(seq, prev, hash, () => this.recompute(buf, prev));
  }

  /** sha256(prev_hash || canonical), the canonical form written field by field as ns() does. */
  private recompute(buf: Buffer, prev: Buffer): Buffer {
    let need = prev.length + PREFIX.length + 16 * 8;
    for (let i = 0; i < FIELDS - 1; i++) need += this.ends[i]! - this.starts[i]! + 32;
    if (need > this.scratch.length) this.scratch = Buffer.allocUnsafe(need * 2);
    const s = this.scratch;
    let o = prev.copy(s, 0);
    o += PREFIX.copy(s, o);
    // Every column but the row's own hash, in canonical order (prev_hash as hex sits in 4th place).
    for (const i of [0, 1, 2, PREV, OCCURRED, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]) {
      const a = this.starts[i]!;
      const b = this.ends[i]!;
      if (b - a === 2 && buf[a] === BACKSLASH && buf[a + 1] === 0x4e /* N */) {
        s[o++] = 0x7e; // '~'
        continue;
      }
      if (i === PREV) {
        // PostgreSQL writes bytea hex in lower case, as Buffer.toString('hex') does.
        o = writeLength(s, o, b - a - 3);
        o += buf.copy(s, o, a + 3, b);
      } else if (i === OCCURRED) {
        o = this.isoTime(buf, a, b, s, o);
      } else if (buf.indexOf(BACKSLASH, a) < 0 || buf.indexOf(BACKSLASH, a) >= b) {
        o = writeLength(s, o, b - a);
        o += buf.copy(s, o, a, b);
      } else {
        const body = unescapeCopy(buf, a, b);
        o = writeLength(s, o, body.length);
        o += body.copy(s, o);
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

  /** bytea in COPY text: `\\x` + hex (the backslash itself escaped). */
  private hexField(buf: Buffer, i: number, into: Buffer): number {
    const a = this.starts[i]!;
    const b = this.ends[i]!;
    if (b - a < 3 || buf[a] !== BACKSLASH || buf[a + 1] !== BACKSLASH || buf[a + 2] !== 0x78 || (b - a - 3) % 2 !== 0) throw new Error('COPY bytea is not in hex format');
    const len = (b - a - 3) / 2;
    if (len > into.length) throw new Error('audit hash longer than expected');
    const written = into.write(buf.toString('latin1', a + 3, b), 0, 'hex');
    if (written !== len) throw new Error('COPY bytea is not valid hex');
    return len;
  }

  private intField(buf: Buffer, i: number): number {
    return Number(buf.toString('latin1', this.starts[i], this.ends[i]));
  }
}

function writeLength(s: Buffer, o: number, n: number): number {
  o += s.write(String(n), o, 'latin1');
  s[o] = 0x3a; // ':'
  return o + 1;
}

function lengthPrefixed(s: Buffer, o: number, v: string): number {
  o = writeLength(s, o, Buffer.byteLength(v, 'utf8'));
  return o + s.write(v, o, 'utf8');
}

// COPY text escapes: \b \f \n \r \t \v and \\ (output uses no others; an unknown one is the character itself).
const ESCAPES: Record<number, number> = { 0x62: 0x08, 0x66: 0x0c, 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x76: 0x0b };
function unescapeCopy(buf: Buffer, a: number, b: number): Buffer {
  const out = Buffer.allocUnsafe(b - a);
  let o = 0;
  for (let k = a; k < b; k++) {
    const c = buf[k]!;
    if (c === BACKSLASH && k + 1 < b) {
      const e = buf[++k]!;
      out[o++] = ESCAPES[e] ?? e;
    } else {
      out[o++] = c;
    }
  }
  return out.subarray(0, o);
}
