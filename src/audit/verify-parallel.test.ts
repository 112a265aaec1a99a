// Issue 21: audit verify walks the lanes in parallel (each lane streamed in pages, the next page
// fetched while the last is hashed) and starts from the latest sealed checkpoint by default. Both
// must still catch an edited, a removed and a reordered row in any lane; --full must catch what
// lies before the latest checkpoint, and a checkpoint that no longer matches its row.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDb, type TestDb, tamper } from '../../test/db.ts';
import { seedPractice, type SeededPractice } from '../../test/factories.ts';
import { withTenant } from '../db/tenant.ts';
import { audit } from './audit.ts';
import { verifyAudit, type VerifyOptions } from './verify.ts';

let t: TestDb;
let p: SeededPractice;
let lanes: number[] = [];


const verify = (opts: VerifyOptions = {}) => t.asAdmin((db) => verifyAudit(db, { practiceId: p.practiceId, concurrency: 4, pageSize: 3, ...opts }));

interface Row {
  seq: number;
  hash: Buffer;
}
const rowsOf = (lane: number): Promise<Row[]> =>
  t.asAdmin(async (db) => (await sql<{ seq: string | number; hash: Buffer }>`SELECT seq, hash FROM audit_events WHERE practice_id = ${p.practiceId} AND lane = ${lane} ORDER BY seq`.execute(db)).rows.map((r) => ({ seq: Number(r.seq), hash: Buffer.from(r.hash) })));

beforeAll(async () => {
  t = await createTestDb();
  p = await seedPractice(t.db, 'Verify');
  // Twelve actors spread their events over several lanes (a lane is chosen by the actor).
  for (let a = 0; a < 12; a++) {
    const actor = crypto.randomUUID();
    await withTenant(t.db, { ...p.ctx('practitioner'), userId: actor }, async (trx, ctx) => {
      for (let i = 0; i < 8; i++) await audit(trx, ctx, { action: 'note.read', resourceType: 'note', resourceId: `00000000-0000-4000-8000-00000000000${i}` });
    });
  }
  lanes = await t.asAdmin(async (db) => (await sql<{ lane: number }>`SELECT lane FROM audit_events WHERE practice_id = ${p.practiceId} GROUP BY lane HAVING count(*) >= 8 ORDER BY lane`.execute(db)).rows.map((r) => r.lane));
}, 120_000);
afterAll(async () => t.close());

describe('audit verify in parallel and from checkpoints (issue 21)', () => {
  it('R23 the trail verifies intact lane by lane in parallel, across page boundaries, and counts every row', async () => {
    expect(lanes.length).toBeGreaterThanOrEqual(4);
    const total = await t.asAdmin(async (db) => (await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_events WHERE practice_id = ${p.practiceId}`.execute(db)).rows[0]?.n);
    for (const concurrency of [1, 4, 16]) {
      const r = await verify({ concurrency });
      expect(r.problems).toEqual([]);
      expect(r.events).toBe(total);
    }
  });

  it('R23 parallel verify catches an edited, a removed and a reordered row in every lane, and blames only that lane', async () => {
    for (const lane of lanes) {
      const rows = await rowsOf(lane);
      const mid = rows[Math.floor(rows.length / 2)]!.seq; // on a page boundary or inside a page, depending on the lane
      const at = sql`practice_id = ${p.practiceId} AND lane = ${lane}`;
      // Edited.
      await tamper(t, (db) => sql`UPDATE audit_events SET action = 'note.delete' WHERE ${at} AND seq = ${mid}`.execute(db));
      expect((await verify()).problems).toMatchObject([{ lane, seq: mid, kind: 'hash_mismatch' }]);
      await tamper(t, (db) => sql`UPDATE audit_events SET action = 'note.read' WHERE ${at} AND seq = ${mid}`.execute(db));
      // Removed (and put back).
      await tamper(t, (db) => sql`CREATE TABLE verify_test_kept AS SELECT * FROM audit_events WHERE ${at} AND seq = ${mid}`.execute(db));
      await tamper(t, (db) => sql`DELETE FROM audit_events WHERE ${at} AND seq = ${mid}`.execute(db));
      expect((await verify()).problems).toMatchObject([{ lane, seq: mid + 1, kind: 'gap' }]);
      await tamper(t, async (db) => {
        await sql`INSERT INTO audit_events SELECT * FROM verify_test_kept`.execute(db);
        await sql`DROP TABLE verify_test_kept`.execute(db);
      });
      // Reordered (two neighbours swapped, then swapped back).
      const swap = (a: number, b: number) =>
        tamper(t, async (db) => {
          await sql`UPDATE audit_events SET seq = -1 WHERE ${at} AND seq = ${a}`.execute(db);
          await sql`UPDATE audit_events SET seq = ${a} WHERE ${at} AND seq = ${b}`.execute(db);
          await sql`UPDATE audit_events SET seq = ${b} WHERE ${at} AND seq = -1`.execute(db);
        });
      await swap(mid, mid + 1);
      const problems = (await verify()).problems;
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ lane, seq: mid });
      await swap(mid, mid + 1);
      expect((await verify()).problems).toEqual([]);
    }
  });

  it('R23 R24 from the latest checkpoint: only the rows after it are read, tampering after it is caught; --full catches what lies before it and a checkpoint that no longer matches its row', async () => {
    const lane = lanes[0]!;
    const rows = await rowsOf(lane);
    const sealedAt = rows[3]!;
    const before = rows[1]!.seq;
    const after = rows[5]!.seq;
    const seal = (seq: number, hash: Buffer) =>
      t.asAdmin((db) => sql`INSERT INTO audit_checkpoints (practice_id, lane, seq, hash, last_occurred_at, removed, sealed_at) VALUES (${p.practiceId}, ${lane}, ${seq}, ${hash}, now(), 0, now())`.execute(db));
    await seal(sealedAt.seq, sealedAt.hash);
    const all = await verify({ mode: 'full' });
    const daily = await verify();
    expect(daily.problems).toEqual([]);
    expect(all.problems).toEqual([]);
    expect(all.events - daily.events).toBe(sealedAt.seq);
    expect(daily.fromCheckpoints).toBe(1);

    const at = sql`practice_id = ${p.practiceId} AND lane = ${lane}`;
    await tamper(t, (db) => sql`UPDATE audit_events SET action = 'note.delete' WHERE ${at} AND seq = ${after}`.execute(db));
    expect((await verify()).problems).toMatchObject([{ lane, seq: after, kind: 'hash_mismatch' }]);
    await tamper(t, (db) => sql`UPDATE audit_events SET action = 'note.read' WHERE ${at} AND seq = ${after}`.execute(db));

    // Before the checkpoint: outside a daily check by design; --full reads it.
    await tamper(t, (db) => sql`UPDATE audit_events SET action = 'note.delete' WHERE ${at} AND seq = ${before}`.execute(db));
    expect((await verify()).problems).toEqual([]);
    expect((await verify({ mode: 'full' })).problems).toMatchObject([{ lane, seq: before, kind: 'hash_mismatch' }]);
    await tamper(t, (db) => sql`UPDATE audit_events SET action = 'note.read' WHERE ${at} AND seq = ${before}`.execute(db));

    // A later checkpoint that does not match its row (a forged seal): the daily check trusts the
    // latest one and then finds the row after it does not link; --full names the checkpoint.
    const forged = rows[6]!;
    await seal(forged.seq, crypto.randomBytes(32));
    expect((await verify()).problems).toMatchObject([{ lane, seq: forged.seq + 1, kind: 'broken_link' }]);
    expect((await verify({ mode: 'full' })).problems).toMatchObject([{ lane, seq: forged.seq, kind: 'anchor_mismatch' }]);
  });
});
