// The one door to practice data. Every request's database work runs inside withTenant(), which
// opens a transaction, drops to the unprivileged runtime role and sets the tenant context that
// the row-level-security policies read. The settings are transaction-local (is_local = true), so
// a pooled connection never carries one request's tenant into the next.
import { sql, type Compilable, type CompiledQuery, type Kysely, type QueryResult, type RawBuilder, type Transaction } from 'kysely';
import { attachTenant, AUDIT_COLUMNS, type PendingAuditRow, type TenantTxState } from './tenant-driver.ts';
import { ReadAuditWriter } from './read-audit.ts';
import type { Database, MemberRole } from './schema.ts';

export type AppRole = MemberRole | 'system' | 'operator';

export const APP_ROLES: readonly AppRole[] = ['owner', 'practitioner', 'supervisor', 'helpdesk', 'client', 'system', 'operator'];
export const MEMBER_ROLES: readonly MemberRole[] = ['owner', 'practitioner', 'supervisor', 'helpdesk', 'client'];

/** The chain used for events that belong to no practice (e.g. sign-in for an unknown email). */
export const SYSTEM_PRACTICE_ID = '00000000-0000-0000-0000-000000000000';
export const SYSTEM_USER_ID = '00000000-0000-0000-0000-000000000000';

export const RUNTIME_ROLE = 'tacet_app';

export interface TenantContext {
  practiceId: string;
  userId: string;
  /** The roles the request acts in; at least one. */
  roles: AppRole[];
  /** Request metadata carried into audit events. Never PHI. */
  requestId?: string | undefined;
  ip?: string | undefined;
  userAgent?: string | undefined;
}

export type Tx = Transaction<Database>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class TenantContextError extends Error {
  override name = 'TenantContextError';
}

function check(ctx: TenantContext): void {
  if (!UUID.test(ctx.practiceId)) throw new TenantContextError('practiceId must be a UUID');
  if (!UUID.test(ctx.userId)) throw new TenantContextError('userId must be a UUID');
  if (ctx.roles.length === 0 || !ctx.roles.every((r) => APP_ROLES.includes(r))) {
    throw new TenantContextError('roles must name at least one known role');
  }
}

/** Runs fn in a transaction scoped to one practice, one user and one role. */
export async function withTenant<T>(db: Kysely<Database>, ctx: TenantContext, fn: (trx: Tx, ctx: TenantContext) => Promise<T>): Promise<T> {
  check(ctx);
  // The driver (tenant-driver.ts) sends these settings with the first statement, transaction-local. Setting
  // `role` is SET LOCAL ROLE: even when the connection's login role is more privileged (the
  // embedded database runs as its superuser), the request's statements run as tacet_app, which
  // cannot bypass row-level security.
  const state: TenantTxState = {
    settings: { role: RUNTIME_ROLE, practiceId: ctx.practiceId, userId: ctx.userId, appRoles: ctx.roles },
    audit: [],
    reads: [],
  };
  let result: T;
  try {
    result = await db.connection().execute(async (leased) => {
      await leased.getExecutor().provideConnection(async (connection) => attachTenant(connection, state));
      return leased.transaction().execute(async (trx) => {
        if (state.connection === undefined) throw new TenantContextError('tenant transaction did not start through the tenant driver');
        txStates.set(trx, state);
        return fn(trx, ctx);
      });
    });
  } catch (err) {
    if (state.reads.length > 0) {
      // Nothing of the read is returned, but the attempt stays on the trail, as a failure. If
      // even that cannot be written, the caller still gets the original error.
      const failed = state.reads.map((r): PendingAuditRow => (r.outcome === 'success' ? { ...r, outcome: 'failure' } : r));
      await readAuditWriter(db)
        .record(failed)
        .catch(() => undefined);
    }
    throw err;
  }
  // R24: the events of the reads are durable before their data is handed back (read-audit.ts).
  if (state.reads.length > 0) await readAuditWriter(db).record(state.reads);
  return result;
}

const readAuditWriters = new WeakMap<Kysely<Database>, ReadAuditWriter>();

function readAuditWriter(db: Kysely<Database>): ReadAuditWriter {
  let writer = readAuditWriters.get(db);
  if (writer === undefined) {
    writer = new ReadAuditWriter((practiceId, rows) => appendAuditRows(db, practiceId, rows));
    readAuditWriters.set(db, writer);
  }
  return writer;
}

/**
 * Appends a batch of one practice's events in one statement and one round trip, under that
 * practice's row-level-security context. The chain trigger links every row as it would a single
 * insert; unnest keeps the rows in the order given.
 */
async function appendAuditRows(db: Kysely<Database>, practiceId: string, rows: PendingAuditRow[]): Promise<void> {
  const col = <K extends keyof PendingAuditRow>(k: K) => rows.map((r) => r[k]);
  await withTenant(db, systemContext(practiceId), (trx) =>
    commitWith(
      trx,
      sql`INSERT INTO audit_events (${sql.raw(AUDIT_COLUMNS)})
        SELECT * FROM unnest(${col('practice_id')}::uuid[], ${col('actor_id')}::uuid[], ${col('actor_role')}::text[], ${col('action')}::text[],
          ${col('resource_type')}::text[], ${col('resource_id')}::text[], ${col('outcome')}::text[], ${col('request_id')}::text[],
          ${col('ip')}::text[], ${col('user_agent')}::text[], ${col('metadata')}::text[])`,
    ),
  );
}

const txStates = new WeakMap<Tx, TenantTxState>();

/** The pending state of a withTenant() transaction; audit() queues its rows here. */
export function tenantTxState(trx: Tx): TenantTxState | undefined {
  return txStates.get(trx);
}

/**
 * Runs `query` as the transaction's last statement and commits it in the same round trip,
 * together with the audit events queued so far: a one-statement write costs what a plain
 * autocommit insert costs in round trips. If the statement fails, nothing of the transaction is
 * committed. The transaction accepts no statement after this one.
 */
export async function commitWith<R>(trx: Tx, query: Compilable<R> | RawBuilder<R> | CompiledQuery<R>): Promise<QueryResult<R>> {
  const state = txStates.get(trx);
  if (state === undefined) throw new TenantContextError('commitWith() must be called inside withTenant()');
  state.commitNext = true;
  try {
    // A raw sql`` template compiles against the transaction; query builders carry their own; a
    // precompiled query (precompiled.ts) arrives compiled.
    return await trx.executeQuery('isRawBuilder' in query ? query.compile(trx) : 'compile' in query ? query.compile() : query);
  } finally {
    state.commitNext = false;
  }
}

/**
 * System work with no signed-in user (sign-in, scheduled jobs): still row-level secured, scoped
 * to one practice (or the system chain). Named `system…` so every use can be found with grep.
 */
export function systemContext(practiceId: string = SYSTEM_PRACTICE_ID, meta: Partial<TenantContext> = {}): TenantContext {
  return { ...meta, practiceId, userId: SYSTEM_USER_ID, roles: ['system'] };
}
