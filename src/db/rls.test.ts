import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDb, type TestDb } from '../../test/db.ts';
import { seedPractice, type SeededPractice } from '../../test/factories.ts';
import { runCrossTenantHarness, OPERATIONS } from '../../test/harness/cross-tenant.ts';
import { checkRowLevelSecurity, RlsCheckError, tableSecurity, NON_TENANT_TABLES } from './rls-check.ts';
import { MEMBER_ROLES, withTenant, TenantContextError, RUNTIME_ROLE } from './tenant.ts';

let t: TestDb;
let a: SeededPractice;
let b: SeededPractice;

beforeAll(async () => {
  t = await createTestDb();
  a = await seedPractice(t.db, 'Alpha');
  b = await seedPractice(t.db, 'Beta');
  // An audit checkpoint of each practice (only app.audit_remove_expired() writes them in use).
  await t.asAdmin(async (db) => {
    for (const p of [a, b]) {
      await sql`INSERT INTO audit_checkpoints (practice_id, lane, seq, hash, last_occurred_at, removed, sealed_at)
                VALUES (${p.practiceId}, 0, 0, '\\x00'::bytea, now(), 0, now())`.execute(db);
    }
  });
});
afterAll(async () => t.close());

describe('row-level security', () => {
  it('R40 every table except the migration log has RLS enabled, forced and at least one policy', async () => {
    const tables = await t.asAdmin((db) => tableSecurity(db));
    expect(tables.length).toBeGreaterThan(3);
    for (const table of tables.filter((x) => !NON_TENANT_TABLES.has(x.table))) {
      expect({ table: table.table, rls: table.rls, forced: table.forced }).toEqual({ table: table.table, rls: true, forced: true });
      expect(table.policies).toBeGreaterThan(0);
    }
  });

  it('R40 the start-up check passes on the migrated schema', async () => {
    await expect(t.asAdmin((db) => checkRowLevelSecurity(db, { checkLoginRole: false }))).resolves.toBeUndefined();
  });

  it('R40 the start-up check refuses a table without forced RLS', async () => {
    await t.asAdmin(async (db) => {
      await sql`CREATE TABLE leaky_notes (id uuid PRIMARY KEY, practice_id uuid NOT NULL, body text)`.execute(db);
      await sql`ALTER TABLE leaky_notes ENABLE ROW LEVEL SECURITY`.execute(db);
    });
    try {
      const err = await t.asAdmin((db) => checkRowLevelSecurity(db, { checkLoginRole: false })).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(RlsCheckError);
      expect((err as RlsCheckError).problems).toContain('table leaky_notes does not FORCE row-level security');
      expect((err as RlsCheckError).problems).toContain('table leaky_notes has no row-level security policy');
    } finally {
      await t.asAdmin((db) => sql`DROP TABLE leaky_notes`.execute(db));
    }
  });

  it('R40 the runtime role is neither superuser, BYPASSRLS, nor owner of any table', async () => {
    const r = await t.asAdmin((db) =>
      sql<{ rolsuper: boolean; rolbypassrls: boolean; owned: number }>`
        SELECT rolsuper, rolbypassrls,
               (SELECT count(*)::int FROM pg_class c WHERE c.relowner = r.oid) AS owned
        FROM pg_roles r WHERE rolname = ${RUNTIME_ROLE}`.execute(db),
    );
    expect(r.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false, owned: 0 });
  });

  it('R40 a query with no tenant context fails instead of returning rows', async () => {
    await expect(sql`SELECT count(*) FROM memberships`.execute(t.db)).rejects.toMatchObject({ code: '42501' });
    await expect(sql`SELECT count(*) FROM practices`.execute(t.db)).rejects.toMatchObject({ code: '42501' });
  });

  it('R40 settings do not leak from one transaction into the next on the same connection', async () => {
    await withTenant(t.db, a.ctx('owner'), async (trx) => {
      await sql`SELECT 1`.execute(trx);
    });
    await expect(sql`SELECT count(*) FROM practices`.execute(t.db)).rejects.toMatchObject({ code: '42501' });
  });

  it('R40 withTenant refuses a malformed context before touching the database', async () => {
    await expect(withTenant(t.db, { practiceId: "x' OR 1=1 --", userId: a.users.owner, roles: ['owner'] }, async () => 1)).rejects.toBeInstanceOf(
      TenantContextError,
    );
    await expect(withTenant(t.db, { ...a.ctx('owner'), roles: ['root' as never] }, async () => 1)).rejects.toBeInstanceOf(TenantContextError);
  });

  it('R40 cross-tenant harness: no role of practice A can select, update, delete, insert or upsert practice B rows in any tenant table', async () => {
    const contexts = [...MEMBER_ROLES.map((r) => a.ctx(r)), { practiceId: a.practiceId, userId: a.operatorId, roles: ['operator' as const] }];
    const result = await runCrossTenantHarness({ db: t.db, asAdmin: t.asAdmin, contexts, victimPracticeId: b.practiceId });
    expect(result.failures).toEqual([]);
    expect(result.tables).toEqual(expect.arrayContaining(['practices', 'memberships', 'audit_events', 'audit_heads']));
    expect(result.proofs).toBe(result.tables.length * contexts.length * OPERATIONS.length);
    console.log(
      `R40 cross-tenant harness (${t.kind}): proved ${result.tables.length} tables x ${result.roles.length} roles x ${OPERATIONS.length} operations = ${result.proofs} attempts refused or empty`,
    );
  });

  it('R40 a member of A sees users of A but not users of B', async () => {
    const seen = await withTenant(t.db, a.ctx('practitioner'), (trx) => trx.selectFrom('users').select('id').execute());
    const ids = seen.map((u) => u.id);
    expect(ids).toEqual(expect.arrayContaining(Object.values(a.users)));
    for (const id of Object.values(b.users)) expect(ids).not.toContain(id);
  });

  it('R40 1,000 interleaved requests from two tenants through the pool return zero cross-tenant rows', async () => {
    const jobs = Array.from({ length: 1000 }, (_, i) => {
      const p = i % 2 === 0 ? a : b;
      const role = MEMBER_ROLES[i % MEMBER_ROLES.length] ?? 'owner';
      return withTenant(t.db, p.ctx(role), async (trx) => {
        const rows = await trx.selectFrom('memberships').select('practice_id').execute();
        const practices = await trx.selectFrom('practices').select('id').execute();
        return { expected: p.practiceId, seen: [...rows.map((r) => r.practice_id), ...practices.map((r) => r.id)] };
      });
    });
    const results = await Promise.all(jobs);
    let foreign = 0;
    let total = 0;
    for (const r of results) {
      total += r.seen.length;
      foreign += r.seen.filter((id) => id !== r.expected).length;
    }
    expect(total).toBeGreaterThanOrEqual(1000 * 2);
    expect(foreign).toBe(0);
  });
});

describe('the cross-tenant harness itself', () => {
  it('R40 detects a table whose policy lets other practices through', async () => {
    await t.asAdmin(async (db) => {
      await sql`CREATE TABLE leaky_demo (id uuid PRIMARY KEY, practice_id uuid NOT NULL, label text)`.execute(db);
      await sql`ALTER TABLE leaky_demo ENABLE ROW LEVEL SECURITY`.execute(db);
      await sql`ALTER TABLE leaky_demo FORCE ROW LEVEL SECURITY`.execute(db);
      await sql`CREATE POLICY everyone ON leaky_demo USING (true) WITH CHECK (true)`.execute(db);
      await sql.raw(`GRANT SELECT, INSERT, UPDATE, DELETE ON leaky_demo TO ${RUNTIME_ROLE}`).execute(db);
      await sql`INSERT INTO leaky_demo VALUES (gen_random_uuid(), ${b.practiceId}, 'victim'), (gen_random_uuid(), ${a.practiceId}, 'own')`.execute(db);
    });
    try {
      const result = await runCrossTenantHarness({ db: t.db, asAdmin: t.asAdmin, contexts: [a.ctx('owner')], victimPracticeId: b.practiceId });
      const ops = result.failures.filter((f) => f.table === 'leaky_demo').map((f) => f.operation);
      expect(ops).toEqual(expect.arrayContaining(['select', 'select_all', 'update', 'delete', 'insert', 'move_own_row']));
      expect(result.failures.filter((f) => f.table !== 'leaky_demo')).toEqual([]);
    } finally {
      await t.asAdmin((db) => sql`DROP TABLE leaky_demo`.execute(db));
    }
  });
});
