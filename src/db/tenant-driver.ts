// Kysely's driver for both databases, built on flights (wire.ts): a tenant transaction costs
// the round trips of its own statements and no more.
//   - BEGIN and the tenant settings are not sent when the transaction opens: they travel in the
//     same flight as the transaction's first statement.
//   - The audit rows queued by audit() travel with COMMIT.
//   - commitWith() (tenant.ts) sends a final statement, the queued audit rows and the commit as
//     one flight: a write that needs one statement costs one round trip, like a plain insert.
// Every value travels as a bound parameter; the statements themselves are constants.
import pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  Kysely,
  type QueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import { isMultiCommand, PgSession, PGliteSession, type Session, type Statement, type StatementResult } from './wire.ts';
import type { AuditEventsTable } from './schema.ts';
import type { Clock } from '../platform/clock.ts';

/** An audit event as the application supplies it; the chain trigger fills in the rest. */
export type PendingAuditRow = Omit<AuditEventsTable, 'lane' | 'seq' | 'occurred_at' | 'prev_hash' | 'hash'>;

export interface TenantTxState {
  settings: { role: string; practiceId: string; userId: string; appRoles: string[] };
  audit: PendingAuditRow[];
  /**
   * Events of reads (auditRead()). They ride with COMMIT when the transaction records a change
   * too; otherwise withTenant() has them group-committed (read-audit.ts) once it ends.
   */
  reads: PendingAuditRow[];
  /** The connection whose transaction this state belongs to, once the transaction has begun. */
  connection?: DatabaseConnection;
  /** Set by commitWith(): the next statement is the last, and commits. */
  commitNext?: boolean;
  /** The transaction has been committed by commitWith(). */
  committed?: boolean;
}

/**
 * Gives a leased connection the tenant context its next transaction opens with (withTenant()
 * calls this between leasing the connection and beginning the transaction). Passed on the
 * connection itself rather than through AsyncLocalStorage, whose promise hooks would tax every
 * promise in the process.
 */
export function attachTenant(connection: DatabaseConnection, state: TenantTxState): void {
  if (!(connection instanceof FlightConnection)) throw new Error('tenant transactions need the flight driver');
  connection.tenant = state;
}

/**
 * The instant app.tacet_now() returns for the rest of the transaction (src/platform/clock.ts).
 * Sent only when the database's clock is a test clock: production flights never carry it.
 */
const CLOCK_SQL = "SELECT set_config('tacet.now', $1, true)";

/** Where a driver finds the clock whose instant it hands to the database (null: the real one). */
interface ClockRef {
  clock: Clock | null;
}

function clockStatement(ref: ClockRef): Statement | null {
  const instant = ref.clock?.databaseInstant() ?? null;
  return instant === null ? null : { sql: CLOCK_SQL, parameters: [instant] };
}

const SETTINGS_SQL =
  "SELECT set_config('role', $1, true), set_config('app.practice_id', $2, true), set_config('app.user_id', $3, true), set_config('app.roles', $4, true)";

/** The columns an audit event supplies, in the order auditValues() gives them. */
export const AUDIT_COLUMNS = 'practice_id, actor_id, actor_role, action, resource_type, resource_id, outcome, request_id, ip, user_agent, metadata';

function auditValues(r: PendingAuditRow): unknown[] {
  return [r.practice_id, r.actor_id, r.actor_role, r.action, r.resource_type, r.resource_id, r.outcome, r.request_id, r.ip, r.user_agent, r.metadata];
}

const AUDIT_SQL = `INSERT INTO audit_events (${AUDIT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`;

const COMMIT: Statement = { sql: 'COMMIT', parameters: [] };

function auditStatement(r: PendingAuditRow): Statement {
  return { sql: AUDIT_SQL, parameters: auditValues(r) };
}

/**
 * The audit rows a closing flight carries: the changes', and with them the reads' — a transaction
 * that writes an event anyway commits its reads' events at no extra cost. A read-only transaction
 * carries none and stays read-only; withTenant() has its events group-committed.
 */
function closingAudits(state: TenantTxState | undefined): PendingAuditRow[] {
  if (state === undefined || state.audit.length === 0) return [];
  return [...state.audit, ...state.reads];
}

/** After a closing flight committed: its rows are on the trail and must not be written again. */
function closed(state: TenantTxState | undefined, rows: PendingAuditRow[]): void {
  if (state === undefined) return;
  state.audit = [];
  if (rows.length > 0) state.reads = [];
}

/**
 * The flight that ends a transaction: `body`, preceded by whatever opened the transaction but
 * has not been sent yet. When nothing was sent and the BEGIN is plain, no BEGIN or COMMIT is
 * needed: the flight is one implicit transaction.
 */
function closingFlight(pending: Statement[], body: Statement[]): Statement[] {
  if (pending.length === 0) return [...body, COMMIT];
  if (pending[0]!.sql === 'BEGIN') return [...pending.slice(1), ...body];
  return [...pending, ...body, COMMIT];
}

/** Runs a closing flight. COMMIT of a transaction aborted by an error someone caught answers ROLLBACK. */
async function runClosing(session: Session, flight: Statement[]): Promise<StatementResult[]> {
  const results = await session.run(flight);
  if (results.at(-1)?.command === 'ROLLBACK') throw new Error('transaction was rolled back instead of committed');
  return results;
}

function beginSql(settings: TransactionSettings): string {
  let begin = 'BEGIN';
  if (settings.isolationLevel !== undefined) begin += ` ISOLATION LEVEL ${settings.isolationLevel.toUpperCase()}`;
  if (settings.accessMode !== undefined) begin += ` ${settings.accessMode.toUpperCase()}`;
  return begin;
}

const RETURNING_COMMANDS = new Set(['INSERT', 'UPDATE', 'DELETE', 'MERGE']);

function toQueryResult<R>(r: StatementResult): QueryResult<R> {
  return {
    rows: r.rows as R[],
    ...(RETURNING_COMMANDS.has(r.command) ? { numAffectedRows: BigInt(r.rowCount) } : {}),
  };
}

export class TransactionEndedError extends Error {
  override name = 'TransactionEndedError';
  constructor() {
    super('this transaction was committed by commitWith(); it accepts no further statements');
  }
}

/** One leased session plus the statements waiting to ride on its next flight. */
class FlightConnection implements DatabaseConnection {
  /** BEGIN and the tenant settings, when the transaction has begun but sent nothing yet. */
  pending: Statement[] = [];
  /** True from BEGIN (sent or pending) until COMMIT/ROLLBACK. */
  inTransaction = false;
  state: TenantTxState | undefined;
  /** Context for the next transaction, from attachTenant(). */
  tenant: TenantTxState | undefined;

  constructor(
    readonly session: Session,
    readonly release: () => void,
    private readonly clockRef: ClockRef,
  ) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const state = this.state;
    if (state?.committed === true) throw new TransactionEndedError();
    const stmt: Statement = { sql: compiled.sql, parameters: compiled.parameters };
    if (state !== undefined && state.commitNext === true) {
      state.commitNext = false;
      return toQueryResult<R>(await this.commitWith(state, stmt));
    }
    if (this.pending.length > 0 && isMultiCommand(stmt)) {
      // Several commands in one text need the simple protocol, which cannot share a flight.
      const pending = this.pending;
      this.pending = [];
      await this.session.run(pending);
    }
    // A statement outside any transaction is one implicit transaction: the clock's instant rides
    // in front of it, in the same flight, so the database reads the same time as the application.
    const clock = this.inTransaction || isMultiCommand(stmt) ? null : clockStatement(this.clockRef);
    const flight = clock === null ? [...this.pending, stmt] : [clock, stmt];
    this.pending = [];
    const results = await this.session.run(flight);
    return toQueryResult<R>(results.at(-1)!);
  }

  // eslint-disable-next-line require-yield -- streaming is not offered by this driver
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming queries are not supported; page with LIMIT/OFFSET or keyset instead');
  }

  /** The final statement, the audit rows and the commit, in one flight. */
  private async commitWith(state: TenantTxState, stmt: Statement): Promise<StatementResult> {
    const rows = closingAudits(state);
    const flight = closingFlight(this.pending, [stmt, ...rows.map(auditStatement)]);
    this.pending = [];
    state.audit = [];
    try {
      const results = await runClosing(this.session, flight);
      closed(state, rows);
      state.committed = true;
      this.inTransaction = false;
      return results[flight.indexOf(stmt)]!;
    } catch (err) {
      // The transaction is over (implicit) or aborted (explicit); rollbackTransaction() tidies up.
      if (this.session.status === 'I') this.inTransaction = false;
      throw err;
    }
  }
}

type SessionSource = { acquire(): Promise<FlightConnection>; end(): Promise<void> };


function pgSource(pool: pg.Pool, clockRef: ClockRef): SessionSource {
  // A session (and with it the names of its prepared statements) lives as long as its client.
  const sessions = new WeakMap<pg.PoolClient, PgSession>();
  return {
    async acquire() {
      const client = await pool.connect();
      let session = sessions.get(client);
      if (session === undefined) {
        session = new PgSession(client);
        sessions.set(client, session);
      }
      let released = false;
      const live = session;
      return new FlightConnection(live, () => {
        if (released) return;
        released = true;
        // A connection that failed under a flight is destroyed, not returned to the pool.
        if (live.broken) {
          sessions.delete(client);
          client.release(new Error('connection failed during a flight'));
        } else {
          client.release();
        }
      }, clockRef);
    },
    end: () => pool.end(),
  };
}

/** PGlite is one session: a connection is an exclusive lease on it, queued like a pool of one. */
function pgliteSource(pglite: PGlite, clockRef: ClockRef): SessionSource {
  const session = new PGliteSession(pglite);
  let tail: Promise<void> = Promise.resolve();
  let ended = false;
  return {
    async acquire() {
      if (ended) throw new Error('database is closed');
      let release!: () => void;
      const turn = new Promise<void>((resolve) => (release = resolve));
      const previous = tail;
      tail = previous.then(() => turn);
      await previous;
      let released = false;
      return new FlightConnection(session, () => {
        if (released) return;
        released = true;
        release();
      }, clockRef);
    },
    async end() {
      ended = true;
      await tail;
    },
  };
}

class FlightDriver implements Driver {
  constructor(
    private readonly source: SessionSource,
    private readonly clockRef: ClockRef,
  ) {}

  async init(): Promise<void> {
    /* sessions are opened on demand */
  }

  acquireConnection(): Promise<DatabaseConnection> {
    return this.source.acquire();
  }

  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const conn = connection as FlightConnection;
    const state = conn.tenant;
    conn.tenant = undefined;
    conn.inTransaction = true;
    conn.pending = [{ sql: beginSql(settings), parameters: [] }];
    if (state !== undefined && state.connection === undefined) {
      state.connection = conn;
      conn.state = state;
      const s = state.settings;
      conn.pending.push({ sql: SETTINGS_SQL, parameters: [s.role, s.practiceId, s.userId, s.appRoles.join(',')] });
    }
    const clock = clockStatement(this.clockRef);
    if (clock !== null) conn.pending.push(clock);
    return Promise.resolve();
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const conn = connection as FlightConnection;
    const state = conn.state;
    conn.state = undefined;
    if (state?.committed === true) return;
    const rows = closingAudits(state);
    if (state !== undefined) state.audit = [];
    const pending = conn.pending;
    conn.pending = [];
    conn.inTransaction = false;
    // A transaction that sent nothing and audits nothing has nothing to commit.
    if (pending.length > 0 && rows.length === 0) return;
    await runClosing(conn.session, closingFlight(pending, rows.map(auditStatement)));
    closed(state, rows);
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const conn = connection as FlightConnection;
    if (conn.state !== undefined) conn.state.audit = [];
    conn.state = undefined;
    const sent = conn.pending.length === 0;
    conn.pending = [];
    const open = conn.inTransaction || conn.session.status !== 'I';
    conn.inTransaction = false;
    if (sent && open) await conn.session.run([{ sql: 'ROLLBACK', parameters: [] }]);
  }

  async savepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    void compile;
    await connection.executeQuery(CompiledQuery.raw(`SAVEPOINT ${quoteIdent(name)}`));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`ROLLBACK TO SAVEPOINT ${quoteIdent(name)}`));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`RELEASE SAVEPOINT ${quoteIdent(name)}`));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    const conn = connection as FlightConnection;
    // A connection must never go back to the pool inside a transaction (a bug, or a caller that
    // took a raw connection and left): end it here rather than hand it to the next request.
    if (!conn.session.broken && conn.session.status !== 'I') {
      try {
        await conn.session.run([{ sql: 'ROLLBACK', parameters: [] }]);
      } catch {
        /* the release below still happens */
      }
    }
    conn.pending = [];
    conn.state = undefined;
    conn.tenant = undefined;
    conn.inTransaction = false;
    conn.release();
  }

  destroy(): Promise<void> {
    return this.source.end();
  }
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** PostgreSQL's dialect (compiler, adapter, introspector) over the flight driver. */
export class FlightDialect implements Dialect {
  /** The clock whose instant the database reads (useDatabaseClock); null: the database's own. */
  readonly clockRef: ClockRef = { clock: null };

  constructor(private readonly source: { pool: pg.Pool } | { pglite: PGlite }) {}

  createDriver(): Driver {
    const ref = this.clockRef;
    return new FlightDriver('pool' in this.source ? pgSource(this.source.pool, ref) : pgliteSource(this.source.pglite, ref), ref);
  }

  createQueryCompiler(): QueryCompiler {
    return new PostgresQueryCompiler();
  }

  createAdapter(): DialectAdapter {
    return new PostgresAdapter();
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Kysely's own signature
  createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return new PostgresIntrospector(db);
  }
}

const dialects = new WeakMap<object, FlightDialect>();

/** A Kysely instance over the flight driver, whose database clock useDatabaseClock() can set. */
export function flightKysely<T>(source: { pool: pg.Pool } | { pglite: PGlite }): Kysely<T> {
  const dialect = new FlightDialect(source);
  const db = new Kysely<T>({ dialect });
  dialects.set(db, dialect);
  return db;
}

/**
 * Makes the database read `clock` through app.tacet_now(). Only a clock that gives a
 * databaseInstant() (a test clock) changes anything; the real clock leaves the database on its own
 * time. Called by openRuntime() with the clock it was given, and by the test runtime.
 */
export function useDatabaseClock(db: object, clock: Clock): void {
  const dialect = dialects.get(db);
  if (dialect === undefined) throw new Error('useDatabaseClock needs a database opened through flightKysely()');
  dialect.clockRef.clock = clock;
}
