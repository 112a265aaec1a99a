// Recomputes every practice's audit chain outside the database and reports the first broken
// link. The canonical form is reproduced here byte for byte from app.audit_canonical() in
// 0001_foundation.sql (which the chain trigger of 0010_audit_chain_cost.sql writes out inline),
// so a verifier does not have to trust functions stored in the database it is checking.
import crypto from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { copyQuery, copyRowParser, type CopyConnection, type CopyConnector, type CopySpec } from './verify-copy.ts';
import { LaneThread } from './verify-threads.ts';

const ZERO = Buffer.alloc(32);

export interface ChainRow {
  practice_id: string;
  lane: number;
  seq: number;
  occurred_at: Date;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  resource_type: string | null;
  resource_id: string | null;
  outcome: string;
  request_id: string | null;
  ip: string | null;
  user_agent: string | null;
  metadata: string | null;
  prev_hash: Buffer;
  hash: Buffer;
}

export interface ChainProblem {
  practiceId: string;
  lane: number;
  seq: number | null;
  kind: 'hash_mismatch' | 'broken_link' | 'gap' | 'truncated' | 'head_missing' | 'anchor_mismatch';
  detail: string;
}

/** The last row of a removed (or already verified) prefix of a lane, sealed by app.audit_remove_expired(). */
export interface Checkpoint {
  seq: number;
  hash: Buffer;
}

export interface VerifyReport {
  practices: number;
  events: number;
  problems: ChainProblem[];
  /** Lanes whose verification started from a sealed checkpoint rather than from seq 1. */
  fromCheckpoints: number;
  heads: Array<{ practiceId: string; lane: number; seq: number; hash: string }>;
}

function ns(v: string | null): string {
  return v === null ? '~' : `${Buffer.byteLength(v, 'utf8')}:${v}`;
}

export function canonical(r: ChainRow): string {
  return (
    'tacet-audit-v1|' +
    ns(r.practice_id) +
    ns(String(r.lane)) +
    ns(String(r.seq)) +
    ns(r.prev_hash.toString('hex')) +
    ns(r.occurred_at.toISOString()) +
    ns(r.actor_id) +
    ns(r.actor_role) +
    ns(r.action) +
    ns(r.resource_type) +
    ns(r.resource_id) +
    ns(r.outcome) +
    ns(r.request_id) +
    ns(r.ip) +
    ns(r.user_agent) +
    ns(r.metadata)
  );
}

export function rowHash(r: ChainRow): Buffer {
  return crypto.createHash('sha256').update(r.prev_hash).update(canonical(r), 'utf8').digest();
}

/** Walks one practice's chain in seq order, one row at a time, and stops at the first break. */
export class ChainVerifier {
  private expectedPrev: Buffer = ZERO;
  private expectedSeq = 1;
  private last: { seq: number; hash: Buffer } | undefined;
  readonly problems: ChainProblem[] = [];
  count = 0;

  /**
   * `from`: a sealed checkpoint (audit retention removed the rows up to it, or verification
   * resumes there): the chain continues at seq + 1 and must link to its hash.
   */
  constructor(
    readonly practiceId: string,
    readonly lane = 0,
    from?: Checkpoint,
  ) {
    if (from !== undefined) {
      this.expectedPrev = from.hash;
      this.expectedSeq = from.seq + 1;
      this.last = from;
    }
  }

  get broken(): boolean {
    return this.problems.length > 0;
  }

  push(r: ChainRow): void {
    this.pushParts(r.seq, r.prev_hash, r.hash, () => rowHash(r));
  }

  /**
   * The same check from the parts the COPY reader parses (verify-copy.ts): `prev` and `hash` may
   * be views of a reused buffer (a kept hash is copied); `recompute` runs only when seq and link hold.
   */
  pushParts(seq: number, prev: Buffer, hash: Buffer, recompute: () => Buffer): void {
    if (this.broken) return;
    const at = { practiceId: this.practiceId, lane: this.lane, seq };
    if (seq !== this.expectedSeq) {
      this.problems.push({ ...at, kind: 'gap', detail: `expected seq ${this.expectedSeq}, found ${seq}` });
    } else if (!prev.equals(this.expectedPrev)) {
      this.problems.push({ ...at, kind: 'broken_link', detail: 'prev_hash does not match the previous row' });
    } else if (!recompute().equals(hash)) {
      this.problems.push({ ...at, kind: 'hash_mismatch', detail: 'row content does not match its hash' });
    } else {
      const kept = Buffer.from(hash);
      this.expectedPrev = kept;
      this.expectedSeq++;
      this.last = { seq, hash: kept };
      this.count++;
    }
  }

  /** The hash of the last row accepted (or of the starting checkpoint). */
  get lastHash(): Buffer | undefined {
    return this.last?.hash;
  }

  /** Compares the end of the chain with the recorded head (catches a truncated tail). */
  finish(head: { seq: number; hash: Buffer } | undefined): ChainProblem[] {
    if (this.broken) return this.problems;
    const last = this.last;
    if (head === undefined) {
      if (last !== undefined) {
        this.problems.push({ practiceId: this.practiceId, lane: this.lane, seq: null, kind: 'head_missing', detail: 'chain has rows but no recorded head' });
      }
    } else if (last === undefined || head.seq !== last.seq || !head.hash.equals(last.hash)) {
      this.problems.push({
        practiceId: this.practiceId,
        lane: this.lane,
        seq: last?.seq ?? 0,
        kind: 'truncated',
        detail: `recorded head is seq ${head.seq} but the intact chain ends at seq ${last?.seq ?? 0}`,
      });
    }
    return this.problems;
  }
}

/** Checks a whole chain held in memory (ordered by seq). */
export function verifyChain(practiceId: string, rows: ChainRow[], head: { seq: number; hash: Buffer } | undefined, lane = 0): ChainProblem[] {
  const v = new ChainVerifier(practiceId, lane);
  for (const r of rows) v.push(r);
  return v.finish(head);
}

/** What one lane's check needs, as plain data (it crosses to worker threads): where it starts, what it must meet. */
export interface LanePlan {
  k: string;
  practiceId: string;
  lane: number;
  /** The checkpoint verification starts from (undefined: seq 1). */
  cp?: Checkpoint;
  /** Later checkpoints (full mode), each to be matched by the row it sealed. */
  later: Array<[number, Uint8Array]>;
  anchor?: { seq: number; hash: string };
  head?: { seq: number; hash: Uint8Array };
}

export interface LaneResult {
  events: number;
  problems: ChainProblem[];
  fromCheckpoint: boolean;
}

/** One lane's check in progress: its verifier, and the checks after each accepted row. */
export interface LaneCheck {
  v: ChainVerifier;
  from: number;
  /** The row's parts, as ChainVerifier.pushParts takes them, plus the later-checkpoint and anchor checks. */
  push(seq: number, prev: Buffer, hash: Buffer, recompute: () => Buffer): void;
  finish(): LaneResult;
}

export function laneCheck(plan: LanePlan): LaneCheck {
  const { practiceId: id, lane, anchor } = plan;
  const cp = plan.cp === undefined ? undefined : { seq: plan.cp.seq, hash: Buffer.from(plan.cp.hash) };
  const later = new Map(plan.later.map(([seq, hash]) => [seq, Buffer.from(hash)] as const));
  const head = plan.head === undefined ? undefined : { seq: plan.head.seq, hash: Buffer.from(plan.head.hash) };
  const v = new ChainVerifier(id, lane, cp);
  const extra: ChainProblem[] = [];
  // An anchor at or before the checkpoint was verified when the checkpoint was sealed.
  let anchorSeen = anchor !== undefined && cp !== undefined && anchor.seq <= cp.seq && (anchor.seq < cp.seq || anchor.hash === cp.hash.toString('hex'));
  const checkLater = later.size > 0 || anchor !== undefined;
  return {
    v,
    from: cp?.seq ?? 0,
    push(seq, prev, hash, recompute) {
      v.pushParts(seq, prev, hash, recompute);
      if (v.broken || !checkLater) return;
      // After each accepted row: a later checkpoint must still match its row, and the anchor's row must be there.
      const sealed = later.get(seq);
      if (sealed !== undefined && !sealed.equals(hash) && extra.length === 0) {
        extra.push({ practiceId: id, lane, seq, kind: 'anchor_mismatch', detail: 'a sealed checkpoint no longer matches the row it sealed' });
      }
      if (anchor !== undefined && seq === anchor.seq && hash.toString('hex') === anchor.hash) anchorSeen = true;
    },
    finish() {
      const problems = [...v.finish(head), ...extra];
      if (anchor !== undefined && !anchorSeen) {
        problems.push({ practiceId: id, lane, seq: anchor.seq, kind: 'anchor_mismatch', detail: 'the chain no longer holds the row recorded in the anchor file' });
      }
      return { events: v.count, problems, fromCheckpoint: cp !== undefined };
    },
  };
}

const laneKey = (practiceId: string, lane: number) => `${practiceId}:${lane}`;

/**
 * COPY: a group of lanes in one statement, each lane's rows in seq order one lane after
 * another, dispatched by the (practice, lane) the parser reports. One statement per group
 * rather than per lane keeps the stream full: per lane, the server sat idle while the last rows
 * were hashed and the process while the next statement started (≈ 40 % of the time idle on a
 * trail of 3,300-row lanes). Rows arriving out of seq order would be reported as a gap, never
 * accepted.
 */
export async function copyLanes(group: Array<{ plan: LanePlan; check: LaneCheck }>, conn: CopyConnection): Promise<void> {
  const byKey = new Map(group.map((g) => [laneKey(g.plan.practiceId, g.plan.lane), g.check]));
  let current: LaneCheck | undefined;
  let live = group.length;
  const parser = copyRowParser(
    conn.format,
    (seq, prev, hash, recompute) => {
      if (current === undefined) throw new Error('COPY row before its lane');
      const wasBroken = current.v.broken;
      current.push(seq, prev, hash, recompute);
      if (!wasBroken && current.v.broken) live--;
    },
    (practiceId, lane) => {
      current = byKey.get(laneKey(practiceId, lane));
      if (current === undefined) throw new Error('COPY returned a lane that was not asked for');
    },
  );
  const stream = conn.copyOut(copyQuery(group.map((g) => ({ practiceId: g.plan.practiceId, lane: g.plan.lane, afterSeq: g.check.from })), conn.format));
  // Once every lane of the group is broken the rest is drained unparsed (ending a COPY early would cost the connection).
  for await (const chunk of stream) if (live > 0) parser.push(chunk as Buffer);
  if (live > 0) parser.end();
}

/**
 * Verifies all chains (or one practice's). Must run as a role that can read every practice's
 * audit rows: tacet_auditor, or the database superuser. Streams each practice's chain in pages.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- runs on the auditor's connection, typed or not
type AuditorDb = Kysely<any>;

export interface VerifyOptions {
  practiceId?: string;
  anchors?: Map<string, { seq: number; hash: string }>;
  /**
   * 'checkpoint' (the default): each lane from its latest sealed checkpoint, so a regular check
   * reads only what was written since. 'full': from the first row still held (seq 1, or the
   * checkpoint that sealed the prefix retention removed), checking that every later checkpoint
   * still matches the row it sealed.
   */
  mode?: 'checkpoint' | 'full';
  /**
   * Lane workers at once (issue 21): lanes are independent chains, so several stream side by
   * side. Paged, each worker walks one lane at a time on a connection of the pool, fetching its
   * next page while the last one is hashed; with COPY, each worker reads a group of up to 16
   * lanes per statement on a connection of its own. 1 walks them one after another.
   */
  concurrency?: number;
  /** Rows per fetch (tests use tiny pages to cross page boundaries). */
  pageSize?: number;
  /**
   * PostgreSQL: stream each lane with COPY on connections of its own, one per lane worker,
   * instead of paged queries through `db` (verify-copy.ts). Without it (PGlite), paged queries.
   */
  copy?: CopyConnector;
  /**
   * With `copy` from postgresCopyConnector: each lane worker is a worker thread with its own
   * connection (verify-threads.ts), so parsing and hashing of different lane groups use
   * different cores; the main thread only plans lanes and gathers results.
   */
  threads?: boolean;
}

export async function verifyAudit(db: Kysely<Database> | AuditorDb, opts: VerifyOptions = {}): Promise<VerifyReport> {
  const only = opts.practiceId !== undefined ? sql`WHERE practice_id = ${opts.practiceId}` : sql``;
  const heads = await sql<{ practice_id: string; lane: number; seq: number; hash: Buffer }>`
    SELECT practice_id, lane, seq, hash FROM audit_heads ${only}`.execute(db);
  const chainsInEvents = await sql<{ practice_id: string; lane: number }>`
    SELECT DISTINCT practice_id, lane FROM audit_events ${only}`.execute(db);
  const key = (practiceId: string, lane: number) => `${practiceId}:${lane}`;
  const headMap = new Map(heads.rows.map((h) => [key(h.practice_id, h.lane), { seq: h.seq, hash: Buffer.from(h.hash) }]));
  // Every sealed checkpoint of each lane, oldest first: the default starts from the latest (the
  // rows before it were removed by audit retention (R16, R24), or need not be read again); full
  // mode starts from the earliest and checks the others against the rows.
  const checkpoints = await sql<{ practice_id: string; lane: number; seq: number | string; hash: Buffer }>`
    SELECT practice_id, lane, seq, hash FROM audit_checkpoints ${only} ORDER BY practice_id, lane, seq`.execute(db);
  const cpLists = new Map<string, Checkpoint[]>();
  for (const c of checkpoints.rows) {
    const k = key(c.practice_id, c.lane);
    const list = cpLists.get(k) ?? [];
    list.push({ seq: Number(c.seq), hash: Buffer.from(c.hash) });
    cpLists.set(k, list);
  }
  const full = opts.mode === 'full';
  const chains = new Map<string, { practiceId: string; lane: number }>();
  for (const h of heads.rows) chains.set(key(h.practice_id, h.lane), { practiceId: h.practice_id, lane: h.lane });
  for (const c of chainsInEvents.rows) chains.set(key(c.practice_id, c.lane), { practiceId: c.practice_id, lane: c.lane });
  for (const c of checkpoints.rows) chains.set(key(c.practice_id, c.lane), { practiceId: c.practice_id, lane: c.lane });
  const ordered = [...chains.entries()].sort(([a], [b]) => a.localeCompare(b));
  const report: VerifyReport = { practices: new Set(ordered.map(([, c]) => c.practiceId)).size, events: 0, problems: [], fromCheckpoints: 0, heads: [] };

  const PAGE = opts.pageSize ?? 5000;
  const planLane = async (k: string, id: string, lane: number): Promise<LanePlan> => {
    const cps = cpLists.get(k) ?? [];
    let cp = cps.at(-1);
    let later: Array<[number, Uint8Array]> = [];
    if (full) {
      // From the first row still held: seq 1, or the checkpoint that sealed the removed prefix
      // before it. Every checkpoint after that must still match the row it sealed.
      const first = (await sql<{ s: number | string | null }>`SELECT min(seq) AS s FROM audit_events WHERE practice_id = ${id} AND lane = ${lane}`.execute(db)).rows[0]?.s;
      const firstSeq = first === null || first === undefined ? undefined : Number(first);
      cp = firstSeq === undefined ? cps.at(-1) : cps.filter((c) => c.seq < firstSeq).at(-1);
      const from = cp?.seq ?? 0;
      later = cps.filter((c) => c.seq > from).map((c) => [c.seq, c.hash]);
    }
    const anchor = opts.anchors?.get(k);
    const head = headMap.get(k);
    return { k, practiceId: id, lane, later, ...(cp !== undefined ? { cp } : {}), ...(anchor !== undefined ? { anchor } : {}), ...(head !== undefined ? { head } : {}) };
  };

  /** Paged queries through `db` (PGlite), the next page on its way while this one is hashed. */
  const pagedLane = async (id: string, lane: number, check: LaneCheck): Promise<void> => {
    const fetch = (after: number) =>
      sql<ChainRow>`
        SELECT practice_id, lane, seq, occurred_at, actor_id, actor_role, action, resource_type, resource_id,
               outcome, request_id, ip, user_agent, metadata, prev_hash, hash
        FROM audit_events WHERE practice_id = ${id} AND lane = ${lane} AND seq > ${after} ORDER BY seq LIMIT ${PAGE}`.execute(db);
    let pending: Promise<{ rows: ChainRow[] }> | undefined = fetch(check.from);
    while (pending !== undefined) {
      const page: { rows: ChainRow[] } = await pending;
      const lastSeq = page.rows.at(-1)?.seq;
      pending = page.rows.length === PAGE && lastSeq !== undefined ? fetch(Number(lastSeq)) : undefined;
      for (const raw of page.rows) {
        const r = { ...raw, seq: Number(raw.seq), prev_hash: Buffer.from(raw.prev_hash), hash: Buffer.from(raw.hash) };
        check.push(r.seq, r.prev_hash, r.hash, () => rowHash(r));
        if (check.v.broken) break;
      }
      if (check.v.broken) {
        if (pending !== undefined) await pending.catch(() => undefined);
        break;
      }
    }
  };

  const results: LaneResult[] = new Array<LaneResult>(ordered.length);
  // Work units: for COPY, runs of up to 16 lanes (one statement each), split finer when there
  // are fewer lanes than workers can share; paged, one lane each.
  const workers = Math.max(1, Math.min(opts.concurrency ?? 2, ordered.length));
  const per = opts.copy === undefined ? 1 : Math.max(1, Math.min(16, Math.ceil(ordered.length / workers)));
  const units: number[][] = [];
  for (let i = 0; i < ordered.length; i += per) units.push(Array.from({ length: Math.min(per, ordered.length - i) }, (_, j) => i + j));
  let nextUnit = 0;
  const spec = opts.threads === true ? opts.copy?.spec : undefined;
  const plansOf = async (unit: number[]) => {
    const plans: Array<{ i: number; plan: LanePlan }> = [];
    for (const i of unit) {
      const [k, { practiceId, lane }] = ordered[i]!;
      plans.push({ i, plan: await planLane(k, practiceId, lane) });
    }
    return plans;
  };
  const threadWorker = async (s: CopySpec): Promise<void> => {
    if (nextUnit >= units.length) return;
    const thread = await LaneThread.open(s);
    try {
      for (;;) {
        const unit = units[nextUnit++];
        if (unit === undefined) return;
        const plans = await plansOf(unit);
        const out = await thread.run(plans.map((p) => p.plan));
        for (const [j, p] of plans.entries()) results[p.i] = out[j]!;
      }
    } finally {
      await thread.close();
    }
  };
  const worker = async (): Promise<void> => {
    if (spec !== undefined) return threadWorker(spec);
    if (nextUnit >= units.length) return;
    // Each worker reads its lanes over one COPY connection of its own (set up by the connector).
    const conn = opts.copy !== undefined ? await opts.copy() : undefined;
    try {
      for (;;) {
        const unit = units[nextUnit++];
        if (unit === undefined) return;
        const group = (await plansOf(unit)).map(({ i, plan }) => ({ i, plan, check: laneCheck(plan) }));
        if (conn !== undefined) await copyLanes(group, conn);
        else for (const g of group) await pagedLane(g.plan.practiceId, g.plan.lane, g.check);
        for (const g of group) results[g.i] = g.check.finish();
      }
    } finally {
      await conn?.close().catch(() => undefined);
    }
  };
  await Promise.all(Array.from({ length: workers }, () => worker()));
  for (const [i, [k, { practiceId: id, lane }]] of ordered.entries()) {
    const r = results[i];
    if (r === undefined) continue;
    report.events += r.events;
    if (r.fromCheckpoint) report.fromCheckpoints++;
    report.problems.push(...r.problems);
    const head = headMap.get(k);
    if (head !== undefined) report.heads.push({ practiceId: id, lane, seq: head.seq, hash: head.hash.toString('hex') });
  }
  // A chain named in the anchor file that has vanished entirely (rows and head) is a rewrite too.
  for (const [k, anchor] of opts.anchors ?? []) {
    if (chains.has(k)) continue;
    const [practiceId = '', laneText = '0'] = k.split(':');
    if (opts.practiceId !== undefined && practiceId !== opts.practiceId) continue;
    report.problems.push({ practiceId, lane: Number(laneText), seq: anchor.seq, kind: 'anchor_mismatch', detail: 'the chain recorded in the anchor file no longer exists' });
  }
  return report;
}
