// The binary COPY reader of audit verify (issue 21). `COPY … TO STDOUT (FORMAT binary)` spares the
// server most of its share of the work: a uuid, a timestamptz or a bytea is sent as its raw bytes
// instead of being formatted as text (27 % less server time than text COPY on the growth trail),
// and text columns arrive with their byte length, which is exactly what the canonical form's
// `<octets>:<value>` needs, with nothing to unescape. The formatting moves here: uuids and hashes
// to hex and timestamps to ISO strings through small precomputed tables.
//
// The bytes this builds must be what verify.ts's canonical() makes of the driver's values (and so
// what app.audit_canonical() makes in the database); verify-copy.test.ts runs the text, binary and
// paged readers over the same trails, intact and tampered, and compares their whole reports.
import crypto from 'node:crypto';
import type { CopiedRow, CopyParser, LaneStart } from './verify-copy.ts';

/** The columns in canonical order (practice … metadata), then the row's own hash. */
export const BINARY_COLUMNS = 'practice_id, lane, seq, prev_hash, occurred_at, actor_id, actor_role, action, resource_type, resource_id, outcome, request_id, ip, user_agent, metadata, hash';
const FIELDS = 16;
const PRACTICE = 0;
const LANE = 1;
const SEQ = 2;
const PREV = 3;
const OCCURRED = 4;
const ACTOR = 5;
const HASH = 15;
const PREFIX = Buffer.from('tacet-audit-v1|', 'latin1');
// PGCOPY\n\377\r\n\0, then a flags word and the length of a header extension.
const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
// PostgreSQL's timestamp epoch (2000-01-01) in Unix milliseconds, and one day.
const PG_EPOCH_MS = 946_684_800_000;
const DAY_MS = 86_400_000;
const TWO32 = 4_294_967_296;
// A row this long or longer straddling two chunks is joined by concatenating the whole next chunk
// (rows are far shorter: user_agent ≤ 512 and metadata ≤ 4000 characters).
const STRADDLE = 32 * 1024;

// Lower-case hex of every byte value, as two ASCII codes.
const HEX_HI = new Uint8Array(256);
const HEX_LO = new Uint8Array(256);
for (let b = 0; b < 256; b++) {
  const h = b.toString(16).padStart(2, '0');
  HEX_HI[b] = h.charCodeAt(0);
  HEX_LO[b] = h.charCodeAt(1);
}

/**
 * Parses binary COPY output of the 16 columns above. A tuple is an int16 field count, then per
 * field an int32 length (-1: NULL) and that many bytes. Rows are parsed where they lie in the
 * chunk; only a row that straddles two chunks is copied, joined with the head of the next one.
 */
export class BinaryCopyRowParser implements CopyParser {
  private carry: Buffer | undefined;
  private headerDone = false;
  private trailer = false;
  private scratch = Buffer.allocUnsafe(64 * 1024);
  private readonly prev = Buffer.allocUnsafe(32);
  private readonly hash = Buffer.allocUnsafe(32);
  private readonly starts = new Int32Array(FIELDS);
  private readonly lens = new Int32Array(FIELDS);
  // The ISO date ("YYYY-MM-DDT") of the last day formatted: a lane's rows come in time order.
  private day = NaN;
  private readonly dayText = Buffer.alloc(11);
  private rowLength = 0;
  // `tacet-audit-v1|`, the practice and the lane in canonical form: the same for a whole lane, so
  // written once into the scratch buffer after the 32-byte prev_hash and left there.
  private laneHead = Buffer.alloc(0);
  private headInScratch = false;
  // The last actor (lanes are split by actor) and its canonical form, `36:` and the uuid's text.
  private readonly actor = Buffer.alloc(16);
  private readonly actorText = Buffer.alloc(39);
  private actorKnown = false;
  private pending: Buffer = Buffer.alloc(0);
  private prevView: Buffer = this.prev;
  private readonly recomputeBound = (): Buffer => this.recompute(this.pending, this.prevView);
  // The practice (16 bytes) and lane (2) of the last row.
  private readonly laneKey = Buffer.alloc(18);
  private laneKnown = false;
  rows = 0;

  constructor(
    private readonly onRow: CopiedRow,
    private readonly onLane: LaneStart,
  ) {}

  push(chunk: Buffer): void {
    let buf = chunk;
    let pos = 0;
    if (this.carry !== undefined) {
      const carry = this.carry;
      this.carry = undefined;
      // Finish the straddling row from the head of this chunk, then go on inside the chunk itself.
      const head = Buffer.concat([carry, chunk.subarray(0, Math.min(chunk.length, STRADDLE))]);
      const end = this.step(head, 0);
      // The carry is the start of one unit that did not fit, so `end` lies past it.
      if (end >= 0) {
        pos = end - carry.length;
      } else if (head.length === carry.length + chunk.length) {
        this.carry = head;
        return;
      } else {
        buf = Buffer.concat([carry, chunk]);
      }
    }
    for (;;) {
      if (pos === buf.length) return;
      const end = this.step(buf, pos);
      if (end < 0) break;
      pos = end;
    }
    this.carry = Buffer.from(buf.subarray(pos));
  }

  end(): void {
    if (this.carry !== undefined && this.carry.length > 0) throw new Error('COPY output ended inside a row');
    if (!this.trailer) throw new Error('COPY output ended without its trailer');
  }

  /** Consumes the header, one tuple or the trailer at `pos`; the position after it, or -1 if incomplete. */
  private step(buf: Buffer, pos: number): number {
    if (this.trailer) throw new Error('COPY output continues after its trailer');
    if (!this.headerDone) {
      if (buf.length - pos < 19) return -1;
      if (!buf.subarray(pos, pos + 11).equals(SIGNATURE)) throw new Error('COPY output is not in binary format');
      const ext = buf.readUInt32BE(pos + 15);
      if (buf.length - pos < 19 + ext) return -1;
      this.headerDone = true;
      return pos + 19 + ext;
    }
    if (buf.length - pos < 2) return -1;
    const count = buf.readInt16BE(pos);
    if (count === -1) {
      this.trailer = true;
      return pos + 2;
    }
    if (count !== FIELDS) throw new Error(`COPY row has ${count} fields, expected ${FIELDS}`);
    const starts = this.starts;
    const lens = this.lens;
    let p = pos + 2;
    for (let f = 0; f < FIELDS; f++) {
      if (buf.length - p < 4) return -1;
      const len = buf.readInt32BE(p);
      p += 4;
      if (len < -1) throw new Error('COPY field has a negative length');
      starts[f] = p;
      lens[f] = len;
      if (len > 0) {
        if (buf.length - p < len) return -1;
        p += len;
      }
    }
    this.rowLength = p - pos;
    this.row(buf);
    return p;
  }

  private row(buf: Buffer): void {
    const lens = this.lens;
    if (lens[PRACTICE] !== 16 || lens[LANE] !== 2 || lens[SEQ] !== 8 || lens[OCCURRED] !== 8 || (lens[ACTOR] !== 16 && lens[ACTOR] !== -1) || lens[PREV]! < 0 || lens[HASH]! < 0) {
      throw new Error('COPY row does not have the audit columns expected');
    }
    this.rows++;
    this.laneOf(buf);
    const prev = this.bytes(buf, PREV, this.prev);
    const hash = this.bytes(buf, HASH, this.hash);
    this.prevView = prev;
    this.pending = buf;
    this.onRow(this.seq(buf), prev, hash, this.recomputeBound);
  }

  private laneOf(buf: Buffer): void {
    const p = this.starts[PRACTICE]!;
    const l = this.starts[LANE]!;
    const key = this.laneKey;
    if (this.laneKnown) {
      let same = buf[l] === key[16] && buf[l + 1] === key[17];
      for (let k = 0; same && k < 16; k++) same = buf[p + k] === key[k];
      if (same) return;
    }
    buf.copy(key, 0, p, p + 16);
    key[16] = buf[l]!;
    key[17] = buf[l + 1]!;
    this.laneKnown = true;
    const head = Buffer.allocUnsafe(PREFIX.length + 39 + 8);
    PREFIX.copy(head, 0);
    let o = uuid(buf, p, head, PREFIX.length);
    o = decimal(head, o, String(buf.readInt16BE(l)));
    this.laneHead = head.subarray(0, o);
    this.headInScratch = false;
    const hex = buf.toString('hex', p, p + 16);
    this.onLane(`${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`, buf.readInt16BE(l));
  }

  /** A bytea field, copied into `into` when it fits (a view would outlive nothing, but this is as cheap). */
  private bytes(buf: Buffer, i: number, into: Buffer): Buffer {
    const a = this.starts[i]!;
    const len = this.lens[i]!;
    const out = len === into.length ? into : Buffer.allocUnsafe(len);
    for (let k = 0; k < len; k++) out[k] = buf[a + k]!;
    return out;
  }

  private seq(buf: Buffer): number {
    const a = this.starts[SEQ]!;
    const hi = buf.readInt32BE(a);
    // Exact within ±2^53; beyond, as Number() of the 64-bit value (the text reader is no more exact there).
    return hi >= -0x200000 && hi < 0x200000 ? hi * TWO32 + buf.readUInt32BE(a + 4) : Number(buf.readBigInt64BE(a));
  }

  /** sha256(prev_hash || canonical), the canonical form written field by field as ns() does. */
  private recompute(buf: Buffer, prev: Buffer): Buffer {
    const starts = this.starts;
    const lens = this.lens;
    // Text fields are copied as they are; fixed-width ones and hashes at most double in size.
    const need = 2 * this.rowLength + prev.length * 3 + this.laneHead.length + 256;
    if (need > this.scratch.length) {
      this.scratch = Buffer.allocUnsafe(need * 2);
      this.headInScratch = false;
    }
    const s = this.scratch;
    let o = 0;
    for (let k = 0; k < prev.length; k++) s[o++] = prev[k]!;
    if (prev.length !== 32 || !this.headInScratch) {
      this.laneHead.copy(s, o);
      this.headInScratch = prev.length === 32;
    }
    o += this.laneHead.length;
    const a = starts[SEQ]!;
    const hi = buf.readInt32BE(a);
    o = hi >= -0x200000 && hi < 0x200000 ? decimal(s, o, String(hi * TWO32 + buf.readUInt32BE(a + 4))) : decimal(s, o, String(buf.readBigInt64BE(a)));
    // prev_hash as lower-case hex, as encode(…, 'hex') and Buffer.toString('hex') write it.
    o = writeLength(s, o, 2 * prev.length);
    for (let k = 0; k < prev.length; k++) {
      const b = prev[k]!;
      s[o++] = HEX_HI[b]!;
      s[o++] = HEX_LO[b]!;
    }
    o = this.isoTime(buf, starts[OCCURRED]!, s, o);
    if (lens[ACTOR] === -1) s[o++] = 0x7e;
    else o = this.actorOf(buf, starts[ACTOR]!, s, o);
    for (let i = ACTOR + 1; i < HASH; i++) {
      const len = lens[i]!;
      if (len === -1) {
        s[o++] = 0x7e; // '~'
        continue;
      }
      // Text arrives as its UTF-8 bytes (client_encoding UTF8): the length is its octet_length.
      o = writeLength(s, o, len);
      const from = starts[i]!;
      if (len < 48) {
        for (let k = 0; k < len; k++) s[o + k] = buf[from + k]!;
      } else {
        buf.copy(s, o, from, from + len);
      }
      o += len;
    }
    return crypto.hash('sha256', s.subarray(0, o), 'buffer');
  }

  private actorOf(buf: Buffer, a: number, s: Buffer, o: number): number {
    const actor = this.actor;
    let same = this.actorKnown;
    for (let k = 0; same && k < 16; k++) same = buf[a + k] === actor[k];
    if (!same) {
      buf.copy(actor, 0, a, a + 16);
      uuid(buf, a, this.actorText, 0);
      this.actorKnown = true;
    }
    const t = this.actorText;
    for (let k = 0; k < 39; k++) s[o + k] = t[k]!;
    return o + 39;
  }

  /**
   * timestamptz (microseconds since 2000-01-01 UTC) as `YYYY-MM-DDTHH:MM:SS.mmmZ`, the
   * microseconds dropped towards the past — what the driver's Date and toISOString() make of it,
   * and what to_char(… 'MS') writes. The date part is cached per day.
   */
  private isoTime(buf: Buffer, a: number, s: Buffer, o: number): number {
    const hi = buf.readInt32BE(a);
    const lo = buf.readUInt32BE(a + 4);
    if ((hi === 0x7fffffff && lo === 0xffffffff) || (hi === -0x80000000 && lo === 0)) throw new Error('COPY timestamp is infinite');
    const micros = hi >= -0x200000 && hi < 0x200000 ? hi * TWO32 + lo : Number(buf.readBigInt64BE(a));
    const ms = Math.floor(micros / 1000) + PG_EPOCH_MS;
    const day = Math.floor(ms / DAY_MS);
    if (day !== this.day) {
      const iso = new Date(day * DAY_MS).toISOString();
      // Years 0–9999 only on the fast path: toISOString writes others as ±YYYYYY.
      if (iso.length !== 24) return lengthPrefixed(s, o, new Date(ms).toISOString());
      this.dayText.write(iso.slice(0, 11), 0, 'latin1');
      this.day = day;
    }
    s[o++] = 0x32; // '24:'
    s[o++] = 0x34;
    s[o++] = 0x3a;
    for (let k = 0; k < 11; k++) s[o++] = this.dayText[k]!;
    let t = ms - day * DAY_MS;
    const milli = t % 1000;
    t = (t - milli) / 1000;
    const sec = t % 60;
    t = (t - sec) / 60;
    const min = t % 60;
    const hour = (t - min) / 60;
    s[o++] = 0x30 + ((hour / 10) | 0);
    s[o++] = 0x30 + (hour % 10);
    s[o++] = 0x3a;
    s[o++] = 0x30 + ((min / 10) | 0);
    s[o++] = 0x30 + (min % 10);
    s[o++] = 0x3a;
    s[o++] = 0x30 + ((sec / 10) | 0);
    s[o++] = 0x30 + (sec % 10);
    s[o++] = 0x2e;
    s[o++] = 0x30 + ((milli / 100) | 0);
    s[o++] = 0x30 + (((milli / 10) | 0) % 10);
    s[o++] = 0x30 + (milli % 10);
    s[o++] = 0x5a; // 'Z'
    return o;
  }
}

/** `36:` and the uuid's text form (8-4-4-4-12 lower-case hex) from its 16 bytes. */
function uuid(buf: Buffer, a: number, s: Buffer, o: number): number {
  s[o++] = 0x33;
  s[o++] = 0x36;
  s[o++] = 0x3a;
  for (let k = 0; k < 16; k++) {
    if (k === 4 || k === 6 || k === 8 || k === 10) s[o++] = 0x2d;
    const b = buf[a + k]!;
    s[o++] = HEX_HI[b]!;
    s[o++] = HEX_LO[b]!;
  }
  return o;
}

/** ns() of an ASCII decimal string. */
function decimal(s: Buffer, o: number, v: string): number {
  o = writeLength(s, o, v.length);
  for (let k = 0; k < v.length; k++) s[o++] = v.charCodeAt(k);
  return o;
}

/** The canonical form's `<octets>:` length prefix, written at `o` (both COPY readers use it). */
export function writeLength(s: Buffer, o: number, n: number): number {
  // Decimal digits, most significant first, then ':'.
  let digits = 1;
  for (let m = n; m >= 10; m = Math.floor(m / 10)) digits++;
  for (let k = digits - 1, m = n; k >= 0; k--, m = Math.floor(m / 10)) s[o + k] = 0x30 + (m % 10);
  s[o + digits] = 0x3a; // ':'
  return o + digits + 1;
}

/** `v` as UTF-8 after its length prefix. */
export function lengthPrefixed(s: Buffer, o: number, v: string): number {
  o = writeLength(s, o, Buffer.byteLength(v, 'utf8'));
  return o + s.write(v, o, 'utf8');
}
