// Catalog-driven cross-tenant harness (R40). It asks PostgreSQL which tables carry practice data
// (every public table with a practice_id column, plus practices itself), and proves for every
// such table, every role and every operation that practice A's context cannot see, change,
// delete or create practice B's rows. A table added later is covered without touching this file;
// if the seed holds no row of B for it, the harness fails and says so.
import crypto from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';
import { withTenant, MEMBER_ROLES, type TenantContext, type AppRole } from '../../src/db/tenant.ts';
import { tableSecurity } from '../../src/db/rls-check.ts';
import type { AdminDb } from '../db.ts';

export const OPERATIONS = ['select', 'select_all', 'update', 'delete', 'insert', 'upsert', 'move_own_row'] as const;
export type Operation = (typeof OPERATIONS)[number];

export interface ProofFailure {
  table: string;
  role: AppRole;
  operation: Operation;
  detail: string;
}

export interface HarnessResult {
  tables: string[];
  roles: AppRole[];
  proofs: number;
  failures: ProofFailure[];
}

interface Column {
  name: string;
  type: string;
  pk: boolean;
}

function tenantColumn(table: string): string {
  return table === 'practices' ? 'id' : 'practice_id';
}

async function columns(admin: AdminDb, table: string): Promise<Column[]> {
  const r = await sql<{ name: string; type: string; pk: boolean }>`
    SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
           EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = a.attrelid AND i.indisprimary AND a.attnum = ANY(i.indkey)) AS pk
    FROM pg_attribute a
    WHERE a.attrelid = ${`public.${table}`}::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
    ORDER BY a.attnum`.execute(admin);
  return r.rows;
}

const q = (ident: string): string => `"${ident.replace(/"/g, '""')}"`;

/** Errors that mean "refused": row-level security, missing privilege, or a no-context guard. */
function isRefusal(err: unknown): boolean {
  const code = (err as { code?: string }).code;
  return code === '42501';
}

export async function tenantTables(admin: AdminDb): Promise<string[]> {
  return (await tableSecurity(admin)).filter((t) => t.hasPracticeId || t.table === 'practices').map((t) => t.table);
}

export async function runCrossTenantHarness(opts: {
  db: Kysely<Database>;
  asAdmin: <T>(fn: (db: AdminDb) => Promise<T>) => Promise<T>;
  /** Contexts of practice A, one per role. */
  contexts: TenantContext[];
  victimPracticeId: string;
}): Promise<HarnessResult> {
  const { db, contexts, victimPracticeId: victim } = opts;
  const tables = await opts.asAdmin((a) => tenantTables(a));
  const failures: ProofFailure[] = [];
  let proofs = 0;

  for (const table of tables) {
    const tcol = tenantColumn(table);
    const cols = await opts.asAdmin((a) => columns(a, table));
    // A row of the victim practice, read as the superuser, to aim every attack at.
    const victimRow = await opts.asAdmin(async (a) => {
      const r = await sql<{ j: Record<string, unknown> }>`SELECT to_jsonb(t) AS j FROM ${sql.table(table)} t WHERE ${sql.ref(tcol)} = ${victim} LIMIT 1`.execute(a);
      return r.rows[0]?.j;
    });
    if (victimRow === undefined) {
      failures.push({ table, role: 'owner', operation: 'select', detail: 'the seed has no row of the victim practice in this table: extend the harness seed' });
      continue;
    }
    const pkCols = cols.filter((c) => c.pk);
    const otherCols = cols.filter((c) => !c.pk && c.name !== tcol);
    const setTarget = otherCols[0]?.name ?? tcol;
    // A copy of the victim's row with fresh primary-key values (uuid -> new uuid, number -> big).
    const freshRow = { ...victimRow };
    for (const c of pkCols) {
      if (c.name === tcol) continue;
      if (c.type === 'uuid') freshRow[c.name] = crypto.randomUUID();
      else if (c.type === 'smallint') freshRow[c.name] = 1 + Math.floor(Math.random() * 14);
      else if (/int|numeric/.test(c.type)) freshRow[c.name] = 900_000_000 + Math.floor(Math.random() * 1_000_000);
      else if (/text|char/.test(c.type)) freshRow[c.name] = `x${crypto.randomBytes(4).toString('hex')}`;
    }
    const colList = sql.raw(cols.map((c) => q(c.name)).join(', '));
    const pkList = sql.raw(pkCols.map((c) => q(c.name)).join(', '));

    for (const ctx of contexts) {
      // Every attempt runs in a transaction that is always rolled back, so a successful attack
      // is counted but never changes the data the next attempt aims at.
      const attempt = async (operation: Operation, fn: (trx: Kysely<Database>) => Promise<number>): Promise<void> => {
        proofs++;
        try {
          await withTenant(db, ctx, async (trx) => {
            throw new Rollback(await fn(trx));
          });
        } catch (err) {
          if (err instanceof Rollback) {
            if (err.affected !== 0) failures.push({ table, role: ctx.roles.join('+') as AppRole, operation, detail: `${err.affected} row(s) of another practice affected` });
          } else if (!isRefusal(err)) {
            failures.push({ table, role: ctx.roles.join('+') as AppRole, operation, detail: `failed for a reason other than a refusal (${(err as { code?: string }).code ?? 'no code'})` });
          }
        }
      };
      await attempt('select', async (trx) => {
        const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)} WHERE ${sql.ref(tcol)} = ${victim}`.execute(trx);
        return r.rows[0]?.n ?? 0;
      });
      await attempt('select_all', async (trx) => {
        const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)} WHERE ${sql.ref(tcol)} <> ${ctx.practiceId}`.execute(trx);
        return r.rows[0]?.n ?? 0;
      });
      await attempt('update', async (trx) => {
        const r = await sql`UPDATE ${sql.table(table)} SET ${sql.ref(setTarget)} = ${sql.ref(setTarget)} WHERE ${sql.ref(tcol)} = ${victim}`.execute(trx);
        return Number(r.numAffectedRows ?? 0);
      });
      await attempt('delete', async (trx) => {
        const r = await sql`DELETE FROM ${sql.table(table)} WHERE ${sql.ref(tcol)} = ${victim}`.execute(trx);
        return Number(r.numAffectedRows ?? 0);
      });
      await attempt('insert', async (trx) => {
        const r = await sql`INSERT INTO ${sql.table(table)} (${colList})
          SELECT ${colList} FROM jsonb_populate_record(NULL::${sql.table(table)}, ${JSON.stringify(freshRow)}::jsonb)`.execute(trx);
        return Number(r.numAffectedRows ?? 0);
      });
      if (pkCols.length > 0) {
        // Same key as the victim's row, claimed for our own practice: the DO UPDATE must not
        // reach the victim's row.
        const claimed = { ...victimRow, [tcol]: ctx.practiceId };
        await attempt('upsert', async (trx) => {
          const r = await sql<{ t: string }>`INSERT INTO ${sql.table(table)} (${colList})
            SELECT ${colList} FROM jsonb_populate_record(NULL::${sql.table(table)}, ${JSON.stringify(claimed)}::jsonb)
            ON CONFLICT (${pkList}) DO UPDATE SET ${sql.ref(setTarget)} = EXCLUDED.${sql.ref(setTarget)}
            RETURNING ${sql.ref(tcol)}::text AS t`.execute(trx);
          // Inserting a fresh row of our own is allowed; reaching the victim's row is not.
          return r.rows.filter((row) => row.t === victim).length;
        });
      }
      await attempt('move_own_row', async (trx) => {
        const r = await sql`UPDATE ${sql.table(table)} SET ${sql.ref(tcol)} = ${victim} WHERE ${sql.ref(tcol)} = ${ctx.practiceId}`.execute(trx);
        return Number(r.numAffectedRows ?? 0);
      });
    }
  }
  return { tables, roles: [...new Set(contexts.flatMap((c) => c.roles))], proofs, failures };
}

export const ALL_MEMBER_ROLES = MEMBER_ROLES;

class Rollback extends Error {
  constructor(readonly affected: number) {
    super('rollback');
  }
}
