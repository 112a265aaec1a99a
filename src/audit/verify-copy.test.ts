// Issue 21: on PostgreSQL audit verify reads each lane with COPY and parses the text itself
// (verify-copy.ts). It must judge a chain exactly as the paged reader does: same events counted,
// same problems, on an intact trail with values COPY has to escape (tabs, newlines, backslashes,
// non-ASCII) and microsecond timestamps, and on a tampered one. PostgreSQL only: PGlite keeps the
// paged reader.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDb, usingPostgres, type AdminDb, type TestDb } from '../../test/db.ts';
import { seedPractice, type SeededPractice } from '../../test/factories.ts';
import { withTenant } from '../db/tenant.ts';
import { audit } from './audit.ts';
import { verifyAudit, type VerifyOptions } from './verify.ts';
import { postgresCopyConnector } from './verify-copy.ts';

let t: TestDb;
let p: SeededPractice;
let lanes: number[] = [];

async function tamper(fn: (db: AdminDb) => Promise<unknown>): Promise<void> {
  await t.asAdmin(async (db) => {
    await sql`SET session_replication_role = replica`.execute(db);
    try {
      await fn(db);
    } finally {
      await sql`SET session_replication_role = origin`.execute(db);
    }
  });
}

/** Both readers over the same rows, whole reports compared. */
async function both(opts: VerifyOptions = {}) {
  const base = { practiceId: p.practiceId, concurrency: 3, ...opts };
  const paged = await t.asAdmin((db) => verifyAudit(db, { ...base, pageSize: 4 }));
  const copied = await t.asAdmin((db) => verifyAudit(db, { ...base, copy: postgresCopyConnector(t.adminUrl ?? '') }));
  expect(copied).toEqual(paged);
  return copied;
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
    await tamper((db) => sql`UPDATE audit_events SET user_agent = coalesce(user_agent, '') || E'\\t' WHERE ${at(a)} AND seq = 3`.execute(db));
    await tamper((db) => sql`DELETE FROM audit_events WHERE ${at(b)} AND seq = 2`.execute(db));
    await tamper(async (db) => {
      await sql`UPDATE audit_events SET seq = -1 WHERE ${at(c)} AND seq = 4`.execute(db);
      await sql`UPDATE audit_events SET seq = 4 WHERE ${at(c)} AND seq = 5`.execute(db);
      await sql`UPDATE audit_events SET seq = 5 WHERE ${at(c)} AND seq = -1`.execute(db);
    });
    // A microsecond change that the millisecond canonical form does not see, in lane a before the edit:
    // both readers must accept it alike.
    await tamper((db) => sql`UPDATE audit_events SET occurred_at = date_trunc('milliseconds', occurred_at) + interval '0.000999 seconds' WHERE ${at(a)} AND seq = 1`.execute(db));
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
