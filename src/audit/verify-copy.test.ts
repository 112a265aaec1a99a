// Issue 21: on PostgreSQL audit verify reads each lane with COPY and parses the text itself
// (verify-copy.ts). It must judge a chain exactly as the paged reader does: same events counted,
// same problems, on an intact trail with values COPY has to escape (tabs, newlines, backslashes,
// non-ASCII) and microsecond timestamps, and on a tampered one. PostgreSQL only: PGlite keeps the
// paged reader.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDb, usingPostgres, type TestDb, tamper } from '../../test/db.ts';
import { seedPractice, type SeededPractice } from '../../test/factories.ts';
import { withTenant } from '../db/tenant.ts';
import { audit } from './audit.ts';
import { rowHash, verifyAudit, type ChainRow, type VerifyOptions } from './verify.ts';
import { postgresCopyConnector } from './verify-copy.ts';

let t: TestDb;
let p: SeededPractice;
let lanes: number[] = [];


/** The paged, text COPY and binary COPY readers (the binary one also in worker threads) over the same rows, whole reports compared. */
async function both(opts: VerifyOptions = {}, practiceId = p.practiceId) {
  const base = { practiceId, concurrency: 3, ...opts };
  const paged = await t.asAdmin((db) => verifyAudit(db, { ...base, pageSize: 4 }));
  const text = await t.asAdmin((db) => verifyAudit(db, { ...base, copy: postgresCopyConnector(t.adminUrl ?? '', undefined, 'text') }));
  const binary = await t.asAdmin((db) => verifyAudit(db, { ...base, copy: postgresCopyConnector(t.adminUrl ?? '', undefined, 'binary') }));
  // One lane per COPY statement as well as all of them in one (concurrency 1: one group).
  const single = await t.asAdmin((db) => verifyAudit(db, { ...base, concurrency: 1, copy: postgresCopyConnector(t.adminUrl ?? '', undefined, 'binary') }));
  // Lane groups in worker threads, each with a COPY connection of its own (larger machines).
  const threaded = await t.asAdmin((db) => verifyAudit(db, { ...base, threads: true, copy: postgresCopyConnector(t.adminUrl ?? '', undefined, 'binary') }));
  expect(text).toEqual(paged);
  expect(binary).toEqual(paged);
  expect(single).toEqual(paged);
  expect(threaded).toEqual(paged);
  return binary;
}

describe.skipIf(!usingPostgres())('audit verify through COPY (issue 21)', () => {
  beforeAll(async () => {
    t = await createTestDb();
    p = await seedPractice(t.db, 'VerifyCopy');
    // Clients' user agents are free text: COPY escapes tabs, newlines and backslashes in them.
    const agents = ['Synthetic\tAgent/1.0', 'line one\nline two\r', 'back\\slash \\N \\x00', 'Ünïcödé-Agent ✓ 测试', null];
    for (let a = 0; a < 8; a++) {
      const actor = crypto.randomUUID();
      await withTenant(t.db, { ...p.ctx('practitioner'), userId: actor, userAgent: agents[a % agents.length] ?? undefined, ip: a % 2 === 0 ? '192.0.2.7' : undefined }, async (trx, ctx) => {
        for (let i = 0; i < 6; i++) await audit(trx, ctx, { action: 'note.read', resourceType: 'note', resourceId: `00000000-0000-4000-8000-00000000000${i}`, ...(i % 2 === 0 ? { metadata: { count: i, ok: true } } : {}) });
      });
    }
    lanes = await t.asAdmin(async (db) => (await sql<{ lane: number }>`SELECT lane FROM audit_events WHERE practice_id = ${p.practiceId} GROUP BY lane HAVING count(*) >= 6 ORDER BY lane`.execute(db)).rows.map((r) => r.lane));
  }, 120_000);
  afterAll(async () => t?.close());

  it('R23 the binary and text COPY readers catch a changed payload, timestamp, actor and prev_hash, a deleted and an inserted row, as the paged reader does', async () => {
    const q = await seedPractice(t.db, 'VerifyCopyTamper');
    // Enough actors that six lanes hold six rows or more (a lane is hashtext(actor) & 15).
    for (let a = 0; a < 24; a++) {
      await withTenant(t.db, { ...q.ctx('practitioner'), userId: crypto.randomUUID(), userAgent: 'Tamper-Agent/1.0' }, async (trx, ctx) => {
        for (let i = 0; i < 6; i++) await audit(trx, ctx, { action: 'note.read', resourceType: 'note', resourceId: crypto.randomUUID(), metadata: { i } });
      });
    }
    const six = await t.asAdmin(async (db) => (await sql<{ lane: number }>`SELECT lane FROM audit_events WHERE practice_id = ${q.practiceId} GROUP BY lane HAVING count(*) >= 6 ORDER BY lane LIMIT 6`.execute(db)).rows.map((r) => r.lane));
    expect(six).toHaveLength(6);
    expect((await both({}, q.practiceId)).problems).toEqual([]);
    const [payload, time, actor, prev, deleted, inserted] = six as [number, number, number, number, number, number];
    const at = (lane: number) => sql`practice_id = ${q.practiceId} AND lane = ${lane}`;
    await tamper(t, (db) => sql`UPDATE audit_events SET metadata = '{"i":99}' WHERE ${at(payload)} AND seq = 3`.execute(db));
    await tamper(t, (db) => sql`UPDATE audit_events SET occurred_at = occurred_at + interval '1 second' WHERE ${at(time)} AND seq = 2`.execute(db));
    await tamper(t, (db) => sql`UPDATE audit_events SET actor_id = ${crypto.randomUUID()} WHERE ${at(actor)} AND seq = 4`.execute(db));
    await tamper(t, (db) => sql`UPDATE audit_events SET prev_hash = ${crypto.randomBytes(32)} WHERE ${at(prev)} AND seq = 3`.execute(db));
    await tamper(t, (db) => sql`DELETE FROM audit_events WHERE ${at(deleted)} AND seq = 2`.execute(db));
    // An inserted row made as the trigger would (its own hash right), seq 3 onwards moved up one.
    await tamper(t, async (db) => {
      const rows = (await sql<ChainRow>`SELECT * FROM audit_events WHERE ${at(inserted)} AND seq = 2`.execute(db)).rows;
      const two = rows[0]!;
      await sql`UPDATE audit_events SET seq = -seq WHERE ${at(inserted)} AND seq >= 3`.execute(db);
      await sql`UPDATE audit_events SET seq = 1 - seq WHERE ${at(inserted)} AND seq < 0`.execute(db);
      const forged: ChainRow = { ...two, seq: 3, prev_hash: Buffer.from(two.hash), resource_id: crypto.randomUUID(), hash: Buffer.alloc(0) };
      forged.hash = rowHash(forged);
      await sql`INSERT INTO audit_events (practice_id, lane, seq, occurred_at, actor_id, actor_role, action, resource_type, resource_id, outcome, request_id, ip, user_agent, metadata, prev_hash, hash)
        VALUES (${forged.practice_id}, ${forged.lane}, 3, ${forged.occurred_at}, ${forged.actor_id}, ${forged.actor_role}, ${forged.action}, ${forged.resource_type}, ${forged.resource_id}, ${forged.outcome}, ${forged.request_id}, ${forged.ip}, ${forged.user_agent}, ${forged.metadata}, ${forged.prev_hash}, ${forged.hash})`.execute(db);
    });
    const r = await both({}, q.practiceId);
    expect(r.problems).toHaveLength(6);
    expect(r.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ lane: payload, seq: 3, kind: 'hash_mismatch' }),
        expect.objectContaining({ lane: time, seq: 2, kind: 'hash_mismatch' }),
        expect.objectContaining({ lane: actor, seq: 4, kind: 'hash_mismatch' }),
        expect.objectContaining({ lane: prev, seq: 3, kind: 'broken_link' }),
        expect.objectContaining({ lane: deleted, seq: 3, kind: 'gap' }),
        expect.objectContaining({ lane: inserted, seq: 4, kind: 'broken_link' }),
      ]),
    );
  });

  it('R23 COPY and paged readers agree on an intact trail with escaped text and microsecond times, and on an edited, a removed and a reordered row', async () => {
    expect(lanes.length).toBeGreaterThanOrEqual(3);
    const escaped = await t.asAdmin(async (db) => (await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_events WHERE practice_id = ${p.practiceId} AND user_agent ~ '[\t\n\\\\]'`.execute(db)).rows[0]?.n);
    expect(escaped).toBeGreaterThan(0);
    const intact = await both();
    expect(intact.problems).toEqual([]);
    const total = await t.asAdmin(async (db) => (await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_events WHERE practice_id = ${p.practiceId}`.execute(db)).rows[0]?.n);
    expect(intact.events).toBe(total);

    const [a, b, c] = lanes as [number, number, number];
    const at = (lane: number) => sql`practice_id = ${p.practiceId} AND lane = ${lane}`;
    // Edited (a user agent with escapes, one byte changed), removed, reordered: one lane each.
    await tamper(t, (db) => sql`UPDATE audit_events SET user_agent = coalesce(user_agent, '') || E'\\t' WHERE ${at(a)} AND seq = 3`.execute(db));
    await tamper(t, (db) => sql`DELETE FROM audit_events WHERE ${at(b)} AND seq = 2`.execute(db));
    await tamper(t, async (db) => {
      await sql`UPDATE audit_events SET seq = -1 WHERE ${at(c)} AND seq = 4`.execute(db);
      await sql`UPDATE audit_events SET seq = 4 WHERE ${at(c)} AND seq = 5`.execute(db);
      await sql`UPDATE audit_events SET seq = 5 WHERE ${at(c)} AND seq = -1`.execute(db);
    });
    // A microsecond change that the millisecond canonical form does not see, in lane a before the edit:
    // both readers must accept it alike.
    await tamper(t, (db) => sql`UPDATE audit_events SET occurred_at = date_trunc('milliseconds', occurred_at) + interval '0.000999 seconds' WHERE ${at(a)} AND seq = 1`.execute(db));
    const broken = await both();
    expect(broken.problems).toHaveLength(3);
    expect(broken.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ lane: a, seq: 3, kind: 'hash_mismatch' }),
        expect.objectContaining({ lane: b, seq: 3, kind: 'gap' }),
        expect.objectContaining({ lane: c, seq: 4 }),
      ]),
    );

    // Checkpoints: a forged one in lane a's intact prefix; --full names it, the default starts there.
    const row2 = await t.asAdmin(async (db) => (await sql<{ hash: Buffer }>`SELECT hash FROM audit_events WHERE ${at(a)} AND seq = 2`.execute(db)).rows[0]!);
    await t.asAdmin((db) => sql`INSERT INTO audit_checkpoints (practice_id, lane, seq, hash, last_occurred_at, removed, sealed_at) VALUES (${p.practiceId}, ${a}, 1, ${crypto.randomBytes(32)}, now(), 0, now())`.execute(db));
    await t.asAdmin((db) => sql`INSERT INTO audit_checkpoints (practice_id, lane, seq, hash, last_occurred_at, removed, sealed_at) VALUES (${p.practiceId}, ${a}, 2, ${Buffer.from(row2.hash)}, now(), 0, now())`.execute(db));
    const fromCheckpoint = await both();
    expect(fromCheckpoint.fromCheckpoints).toBe(1);
    const full = await both({ mode: 'full' });
    expect(full.problems).toContainEqual(expect.objectContaining({ lane: a, seq: 1, kind: 'anchor_mismatch' }));
    expect(full.problems).toHaveLength(4);
  });
});
