// Start-up guard for R40: refuse to serve if any table can hold practice data without forced
// row-level security, or if the runtime role could bypass it.
import { sql, type Kysely } from 'kysely';
import { RUNTIME_ROLE } from './tenant.ts';

/** Tables that hold no practice data and are deliberately outside row-level security. */
export const NON_TENANT_TABLES = new Set(['schema_migrations']);

export interface TableSecurity {
  table: string;
  rls: boolean;
  forced: boolean;
  policies: number;
  hasPracticeId: boolean;
  owner: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- catalog queries are schema-independent
type AnyDb = Kysely<any>;

export async function tableSecurity(db: AnyDb): Promise<TableSecurity[]> {
  const r = await sql<TableSecurity>`
    SELECT c.relname AS "table", c.relrowsecurity AS rls, c.relforcerowsecurity AS forced,
           (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies,
           EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'practice_id'
                   AND NOT a.attisdropped) AS "hasPracticeId",
           pg_get_userbyid(c.relowner) AS owner
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
    ORDER BY c.relname`.execute(db);
  return r.rows;
}

export class RlsCheckError extends Error {
  constructor(readonly problems: string[]) {
    super(`row-level security check failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'RlsCheckError';
  }
}

/**
 * `loginRole` is the role the application's connections log in as. On PostgreSQL it must itself
 * be unprivileged; the embedded database always logs in as its superuser and relies on
 * `SET ROLE tacet_app` (checked separately), because PGlite has a single built-in user.
 */
export async function checkRowLevelSecurity(db: AnyDb, opts: { checkLoginRole: boolean }): Promise<void> {
  const problems: string[] = [];
  for (const t of await tableSecurity(db)) {
    if (NON_TENANT_TABLES.has(t.table)) continue;
    if (!t.rls) problems.push(`table ${t.table} does not have row-level security enabled`);
    if (!t.forced) problems.push(`table ${t.table} does not FORCE row-level security`);
    if (t.policies === 0) problems.push(`table ${t.table} has no row-level security policy`);
    if (t.owner === RUNTIME_ROLE) problems.push(`table ${t.table} is owned by the runtime role`);
  }
  const roles = await sql<{ rolname: string; rolsuper: boolean; rolbypassrls: boolean }>`
    SELECT rolname, rolsuper, rolbypassrls FROM pg_roles
    WHERE rolname = ${RUNTIME_ROLE} OR (${opts.checkLoginRole} AND rolname = session_user)`.execute(db);
  const runtime = roles.rows.find((r) => r.rolname === RUNTIME_ROLE);
  if (runtime === undefined) problems.push(`runtime role ${RUNTIME_ROLE} does not exist`);
  for (const r of roles.rows) {
    if (r.rolsuper) problems.push(`role ${r.rolname} is a superuser and would bypass row-level security`);
    if (r.rolbypassrls) problems.push(`role ${r.rolname} has BYPASSRLS`);
  }
  if (opts.checkLoginRole) {
    const owns = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND pg_has_role(session_user, c.relowner, 'USAGE')`.execute(db);
    if ((owns.rows[0]?.n ?? 0) > 0) {
      problems.push('the runtime login role owns (or is a member of the owner of) application tables; use a separate owner role for migrations');
    }
    const member = await sql<{ ok: boolean }>`SELECT pg_has_role(session_user, ${RUNTIME_ROLE}, 'MEMBER') AS ok`.execute(db);
    if (member.rows[0]?.ok !== true) problems.push(`the login role must be ${RUNTIME_ROLE} or a member of it`);
  }
  if (problems.length > 0) throw new RlsCheckError(problems);
}
