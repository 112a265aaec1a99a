// The flight driver (wire.ts, tenant-driver.ts) under the conditions that break naive statement
// caching and batching: many distinct statements, failures after a Parse, a schema change under
// a prepared statement, several commands in one text, and the value types Tacet stores.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDb, usingPostgres, type TestDb } from '../../test/db.ts';
import { postgresHandle } from './database.ts';
import { seedPractice, type SeededPractice } from '../../test/factories.ts';
import { withTenant } from './tenant.ts';

let t: TestDb;
let p: SeededPractice;

beforeAll(async () => {
  t = await createTestDb();
  p = await seedPractice(t.db);
  await t.asAdmin((db) =>
    sql.raw(`CREATE TABLE wire_probe (id int PRIMARY KEY, label text NOT NULL);
             GRANT SELECT, INSERT, UPDATE, DELETE ON wire_probe TO tacet_app;`).execute(db),
  );
});
afterAll(async () => t.close());

describe('flight driver', () => {
  it('R40 keeps answering correctly after its statement cache has evicted and closed statements', async () => {
    // More distinct statements than the per-session cache holds (256), then the first again.
    for (let i = 0; i < 300; i++) {
      const r = await sql<{ v: number }>`SELECT ${i}::int + ${sql.lit(i)} AS v`.execute(t.db);
      expect(r.rows[0]?.v).toBe(2 * i);
    }
    const again = await sql<{ v: number }>`SELECT ${7}::int + ${sql.lit(0)} AS v`.execute(t.db);
    expect(again.rows[0]?.v).toBe(7);
  });

  it('R40 a statement prepared in a failed flight can be used again', async () => {
    // Parse succeeds, execution fails (unique violation): the name exists on the server.
    await sql`INSERT INTO wire_probe (id, label) VALUES (${1}, ${'a'})`.execute(t.db);
    await expect(sql`INSERT INTO wire_probe (id, label) VALUES (${1}, ${'b'})`.execute(t.db)).rejects.toMatchObject({ code: '23505' });
    await sql`INSERT INTO wire_probe (id, label) VALUES (${2}, ${'b'})`.execute(t.db);
    // A flight that fails before a later Parse is reached: that statement was never prepared.
    await expect(
      withTenant(t.db, p.ctx('owner'), async (trx) => {
        await sql`SELECT 1/0`.execute(trx);
      }),
    ).rejects.toMatchObject({ code: '22012' });
    const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM wire_probe`.execute(t.db);
    expect(r.rows[0]?.n).toBe(2);
  });

  it('R40 a schema change under a prepared statement fails once at most, then the statement is prepared anew', async () => {
    const read = () => sql<Record<string, unknown>>`SELECT * FROM wire_probe WHERE id = ${1}`.execute(t.db);
    expect(Object.keys((await read()).rows[0] ?? {})).toEqual(['id', 'label']);
    await t.asAdmin((db) => sql`ALTER TABLE wire_probe ADD COLUMN extra int`.execute(db));
    let rows: Record<string, unknown>[] | undefined;
    try {
      rows = (await read()).rows;
    } catch (err) {
      expect(err).toMatchObject({ code: '0A000' });
      rows = (await read()).rows;
    }
    expect(Object.keys(rows[0] ?? {})).toEqual(['id', 'label', 'extra']);
  });

  it('R40 runs several commands in one text without parameters (migrations)', async () => {
    await t.asAdmin((db) => sql.raw(`CREATE TABLE wire_multi (x int); INSERT INTO wire_multi VALUES (1), (2); DROP TABLE wire_multi;`).execute(db));
  });

  it('R13 round-trips the value types Tacet stores', async () => {
    const bytes = Buffer.from([0, 1, 2, 250, 255]);
    const when = new Date('2026-03-04T05:06:07.089Z');
    const r = await sql<{ b: Buffer; n: number; ts: Date; j: unknown; a: string[]; nul: null; t: string; bool: boolean }>`
      SELECT ${bytes}::bytea AS b, ${2 ** 40}::int8 AS n, ${when}::timestamptz AS ts, ${JSON.stringify({ k: [1, 'x'] })}::jsonb AS j,
             ${['a', 'b,c', 'd"e']}::text[] AS a, NULL AS nul, ${'é ü 中'}::text AS t, ${true}::bool AS bool`.execute(t.db);
    const row = r.rows[0]!;
    expect(Buffer.compare(row.b, bytes)).toBe(0);
    expect(row.n).toBe(2 ** 40);
    expect(row.ts.toISOString()).toBe(when.toISOString());
    expect(row.j).toEqual({ k: [1, 'x'] });
    expect(row.a).toEqual(['a', 'b,c', 'd"e']);
    expect(row.nul).toBeNull();
    expect(row.t).toBe('é ü 中');
    expect(row.bool).toBe(true);
  });

  it('R40 a transaction that sends nothing costs nothing and leaves the connection idle', async () => {
    const r = await withTenant(t.db, p.ctx('owner'), async () => 42);
    expect(r).toBe(42);
    await expect(sql`SELECT count(*) FROM practices`.execute(t.db)).rejects.toMatchObject({ code: '42501' });
  });

  it.skipIf(!usingPostgres())('R40 a connection the server ends during a flight fails that request and is not reused', async () => {
    const h = postgresHandle(t.runtimeUrl ?? '', 1);
    try {
      const pid = (await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(h.db)).rows[0]?.pid;
      // The expectation is attached before the backend is ended: the failure can arrive before
      // pg_terminate_backend's own answer, and a rejection nobody listens for yet is reported
      // as unhandled.
      const slow = expect(sql`SELECT pg_sleep(${2})`.execute(h.db)).rejects.toBeDefined();
      await new Promise((r) => setTimeout(r, 200));
      await t.asAdmin((db) => sql`SELECT pg_terminate_backend(${pid}::int)`.execute(db));
      await slow;
      const again = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(h.db);
      expect(again.rows[0]?.pid).not.toBe(pid);
    } finally {
      await h.close();
    }
  });
});
