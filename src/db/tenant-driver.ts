// Makes a tenant transaction cost the same number of round trips as a plain one plus its own
// statements. withTenant() puts its context in AsyncLocalStorage; this driver then
//   - sends BEGIN together with the tenant settings in one message, and
//   - sends the transaction's queued audit rows together with COMMIT in one message.
// Measured on the development machine, that took two round trips (of five) off every audited
// write. Values are inlined as literals here, so every one is either validated (UUIDs, roles) or
// hex-encoded: nothing from a request can change the statement's shape.
import { AsyncLocalStorage } from 'node:async_hooks';
import {
  CompiledQuery,
  PostgresDialect,
  type DatabaseConnection,
  type Driver,
  type PostgresDialectConfig,
  type QueryCompiler,
  type TransactionSettings,
} from 'kysely';

export interface PendingAuditRow {
  practice_id: string;
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
}

export interface TenantTxState {
  settings: { role: string; practiceId: string; userId: string; appRoles: string[] };
  audit: PendingAuditRow[];
  /** The connection whose transaction this state belongs to, once BEGIN has been sent. */
  connection?: DatabaseConnection;
}

export const tenantStore = new AsyncLocalStorage<TenantTxState>();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const WORD = /^[a-z_,]{1,120}$/;

function uuidLit(v: string): string {
  if (!UUID.test(v)) throw new Error('invalid uuid in tenant context');
  return `'${v}'`;
}

function wordLit(v: string): string {
  if (!WORD.test(v)) throw new Error('invalid word in tenant context');
  return `'${v}'`;
}

/** Any text as a literal that cannot break out of its place: hex-encoded UTF-8. */
export function textLit(v: string | null): string {
  if (v === null) return 'NULL';
  return `convert_from(decode('${Buffer.from(v, 'utf8').toString('hex')}', 'hex'), 'UTF8')`;
}

function beginSql(s: TenantTxState['settings'], settings: TransactionSettings): string {
  let begin = 'begin';
  if (settings.isolationLevel !== undefined) begin += ` isolation level ${settings.isolationLevel}`;
  if (settings.accessMode !== undefined) begin += ` ${settings.accessMode}`;
  return `${begin}; SELECT set_config('role', ${wordLit(s.role)}, true), set_config('app.practice_id', ${uuidLit(s.practiceId)}, true), set_config('app.user_id', ${uuidLit(s.userId)}, true), set_config('app.roles', ${wordLit(s.appRoles.join(','))}, true)`;
}

export function auditInsertSql(rows: PendingAuditRow[]): string {
  const values = rows.map(
    (r) =>
      `(${uuidLit(r.practice_id)}::uuid, ${r.actor_id === null ? 'NULL' : `${uuidLit(r.actor_id)}::uuid`}, ${textLit(r.actor_role)}, ${textLit(r.action)}, ${textLit(r.resource_type)}, ${textLit(r.resource_id)}, ${textLit(r.outcome)}, ${textLit(r.request_id)}, ${textLit(r.ip)}, ${textLit(r.user_agent)}, ${textLit(r.metadata)})`,
  );
  return `INSERT INTO audit_events (practice_id, actor_id, actor_role, action, resource_type, resource_id, outcome, request_id, ip, user_agent, metadata) VALUES ${values.join(', ')}`;
}

class TenantDriver implements Driver {
  constructor(private readonly inner: Driver) {}

  init(): Promise<void> {
    return this.inner.init();
  }

  acquireConnection(): Promise<DatabaseConnection> {
    return this.inner.acquireConnection();
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const state = tenantStore.getStore();
    if (state === undefined || state.connection !== undefined) return this.inner.beginTransaction(connection, settings);
    state.connection = connection;
    await connection.executeQuery(CompiledQuery.raw(beginSql(state.settings, settings)));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const state = tenantStore.getStore();
    if (state === undefined || state.connection !== connection) return this.inner.commitTransaction(connection);
    // The statement before COMMIT fails if the transaction was aborted by an earlier error that
    // someone caught: then nothing is committed and the caller sees the failure.
    const before = state.audit.length > 0 ? auditInsertSql(state.audit) : 'SELECT 1';
    state.audit = [];
    await connection.executeQuery(CompiledQuery.raw(`${before}; commit`));
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const state = tenantStore.getStore();
    if (state !== undefined && state.connection === connection) state.audit = [];
    return this.inner.rollbackTransaction(connection);
  }

  async savepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    await this.inner.savepoint?.(connection, name, compile);
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    await this.inner.rollbackToSavepoint?.(connection, name, compile);
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    await this.inner.releaseSavepoint?.(connection, name, compile);
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.inner.releaseConnection(connection);
  }

  destroy(): Promise<void> {
    return this.inner.destroy();
  }
}

export class TenantPostgresDialect extends PostgresDialect {
  constructor(config: PostgresDialectConfig) {
    super(config);
  }

  override createDriver(): Driver {
    return new TenantDriver(super.createDriver());
  }
}
