// Issue 21: daily verification checkpoints. The database verifies each lane up to its head and
// seals a checkpoint there; the next `audit verify` reads only what came after, `--full` still
// reads everything, a broken chain is never sealed over, and retention still removes old rows
// behind a verification checkpoint.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDb, type TestDb, tamper } from '../../test/db.ts';
import { seedPractice, type SeededPractice } from '../../test/factories.ts';
import { withTenant } from '../db/tenant.ts';
import { audit } from './audit.ts';
import { verifyAudit } from './verify.ts';
import { sealPractice } from './seal.ts';

let t: TestDb;
let p: SeededPractice;

const verify = (mode: 'checkpoint' | 'full' = 'checkpoint') => t.asAdmin((db) => verifyAudit(db, { practiceId: p.practiceId, mode }));
const reads = async (actors: number, each: number): Promise<void> => {
  for (let a = 0; a < actors; a++) {
    const actor = crypto.randomUUID();
    await withTenant(t.db, { ...p.ctx('practitioner'), userId: actor }, async (trx, ctx) => {
      for (let i = 0; i < each; i++) await audit(trx, ctx, { action: 'note.read', resourceType: 'note', resourceId: crypto.randomUUID() });
    });
  }
};
const total = () => t.asAdmin(async (db) => (await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_events WHERE practice_id = ${p.practiceId}`.execute(db)).rows[0]?.n ?? 0);

beforeAll(async () => {
  t = await createTestDb();
  p = await seedPractice(t.db, 'Seal');
  await reads(6, 5);
}, 120_000);
afterAll(async () => t.close());

describe('daily verification checkpoints (issue 21)', () => {
  it('R23 R24 sealing verifies every lane to its head; the next verify reads only the rows written since, --full reads all', async () => {
    const before = await total();
    const sealed = await sealPractice(t.db, p.practiceId);
    expect(sealed.verified).toBe(before);
    expect(sealed.lanes).toBeGreaterThan(1);
    expect((await verify()).events).toBe(0); // nothing new since the seal
    await reads(2, 3);
    const after = await verify();
    expect(after.problems).toEqual([]);
    expect(after.events).toBe(6);
    expect(after.fromCheckpoints).toBeGreaterThan(1);
    const full = await verify('full');
    expect(full.problems).toEqual([]);
    expect(full.events).toBe(await total());
    // Sealing again seals only the new rows, and once more nothing.
    expect((await sealPractice(t.db, p.practiceId)).verified).toBe(6);
    expect(await sealPractice(t.db, p.practiceId)).toEqual({ lanes: 0, verified: 0 });
  });

  it('R23 a row edited before a seal escapes the daily verify but not --full; a broken chain is never sealed over', async () => {
    const lane = await t.asAdmin(async (db) => (await sql<{ lane: number }>`SELECT lane FROM audit_events WHERE practice_id = ${p.practiceId} GROUP BY lane ORDER BY count(*) DESC LIMIT 1`.execute(db)).rows[0]!.lane);
    const at = sql`practice_id = ${p.practiceId} AND lane = ${lane} AND seq = 2`;
    await tamper(t, (db) => sql`UPDATE audit_events SET action = 'note.delete' WHERE ${at}`.execute(db));
    expect((await verify()).problems).toEqual([]); // sealed: the daily check does not read it again
    expect((await verify('full')).problems).toMatchObject([{ lane, seq: 2, kind: 'hash_mismatch' }]);
    await tamper(t, (db) => sql`UPDATE audit_events SET action = 'note.read' WHERE ${at}`.execute(db));

    // A row after the last seal tampered with: the seal refuses, writes no checkpoint.
    await reads(1, 3);
    const newest = await t.asAdmin(async (db) => (await sql<{ lane: number; seq: number }>`SELECT lane, seq FROM audit_events WHERE practice_id = ${p.practiceId} ORDER BY occurred_at DESC, seq DESC LIMIT 1`.execute(db)).rows[0]!);
    const checkpoints = () => t.asAdmin(async (db) => (await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_checkpoints WHERE practice_id = ${p.practiceId}`.execute(db)).rows[0]?.n);
    const n = await checkpoints();
    const where = sql`practice_id = ${p.practiceId} AND lane = ${newest.lane} AND seq = ${newest.seq}`;
    await tamper(t, (db) => sql`UPDATE audit_events SET action = 'note.delete' WHERE ${where}`.execute(db));
    await expect(sealPractice(t.db, p.practiceId)).rejects.toMatchObject({ code: 'XX001' });
    expect(await checkpoints()).toBe(n);
    expect((await verify()).problems).toMatchObject([{ lane: newest.lane, kind: 'hash_mismatch' }]);
    await tamper(t, (db) => sql`UPDATE audit_events SET action = 'note.read' WHERE ${where}`.execute(db));
    expect((await sealPractice(t.db, p.practiceId)).verified).toBe(3);
  });

  it('R24 only the system seals', async () => {
    await expect(withTenant(t.db, p.ctx('owner'), (trx) => sql`SELECT * FROM app.audit_seal_verified(10)`.execute(trx))).rejects.toMatchObject({ code: '42501' });
  });
});
