// Several statements in one round trip: a "flight" is a list of statements written to the
// database as one batch of extended-protocol messages closed by a single Sync, and answered in
// one reply. Statements in a flight run in order; the first error makes the server skip the rest
// up to the Sync, so a flight never half-applies what follows a failure. Without an explicit
// BEGIN, a flight is one implicit transaction: everything in it commits together or not at all.
//
// Why this exists: with node-postgres every statement costs a round trip, and a protected write
// (tenant settings, the row, its audit event, COMMIT) cost three or more where a plain insert
// costs one. Measured on PostgreSQL, those extra round trips and the re-planning of statements
// were most of the gap between the two (docs/benchmarks.md). Both transports below speak the same
// messages: node-postgres's connection for a PostgreSQL server, PGlite's protocol entry point for
// the embedded database — one code path, as for everything else.
//
// Statements are prepared once per session under generated names (a bounded cache), so
// PostgreSQL parses and plans each distinct statement once instead of on every execution.
import { createRequire } from 'node:module';
import pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';
import { serialize, type DatabaseError } from 'pg-protocol';
import { Parser } from 'pg-protocol/dist/parser.js';
import type { BackendMessage, CommandCompleteMessage, DataRowMessage, RowDescriptionMessage, ReadyForQueryMessage } from 'pg-protocol/dist/messages.js';

const require = createRequire(import.meta.url);
// node-postgres's own conversion of JavaScript values to parameters (Buffer, Date, arrays,
// objects as JSON), so values mean the same whichever path sends them.
const { prepareValue } = require('pg/lib/utils.js') as { prepareValue: (v: unknown) => unknown };

export interface Statement {
  sql: string;
  parameters: readonly unknown[];
}

export interface StatementResult {
  command: string;
  rowCount: number;
  rows: Record<string, unknown>[];
}

/** Several commands in one text without parameters (migrations): only the simple protocol runs these. */
export function isMultiCommand(s: Statement): boolean {
  return s.parameters.length === 0 && /;\s*\S/.test(s.sql);
}

const INT8 = 20;

/** int8 as number (Tacet's counters stay far below 2^53); everything else as node-postgres does. */
function parserFor(oid: number): (v: string) => unknown {
  if (oid === INT8) return Number;
  return pg.types.getTypeParser(oid, 'text') as (v: string) => unknown;
}

/** Prepared statements of one session, least recently used first. */
class StatementCache {
  private readonly names = new Map<string, string>();
  private counter = 0;
  /** Names whose Close must be sent before the session is used for anything else. */
  readonly toClose: string[] = [];

  constructor(private readonly capacity: number) {}

  get(sql: string): string | undefined {
    const name = this.names.get(sql);
    if (name !== undefined) {
      this.names.delete(sql);
      this.names.set(sql, name);
    }
    return name;
  }

  add(sql: string, name: string): void {
    this.names.set(sql, name);
    while (this.names.size > this.capacity) {
      const [oldest, oldName] = this.names.entries().next().value as [string, string];
      this.names.delete(oldest);
      this.toClose.push(oldName);
    }
  }

  forget(sql: string): void {
    const name = this.names.get(sql);
    if (name === undefined) return;
    this.names.delete(sql);
    this.toClose.push(name);
  }

  nextName(): string {
    this.counter += 1;
    return `tacet_${this.counter.toString(36)}`;
  }
}

const SYNC = serialize.sync();

/** Collects the reply to one flight. */
class FlightReader {
  readonly results: StatementResult[] = [];
  private current: StatementResult = { command: '', rowCount: 0, rows: [] };
  private fields: Array<{ name: string; parse: (v: string) => unknown }> = [];
  private parsed = 0;
  error: DatabaseError | undefined;
  status: string | undefined;

  constructor(
    private readonly cache: StatementCache,
    /** Statements whose Parse is in this flight, in order, with the name it gives them. */
    private readonly parses: Array<{ sql: string; name: string }>,
  ) {}

  onParseComplete(): void {
    const p = this.parses[this.parsed++];
    if (p !== undefined) this.cache.add(p.sql, p.name);
  }

  onRowDescription(msg: RowDescriptionMessage): void {
    this.fields = msg.fields.map((f) => ({ name: f.name, parse: parserFor(f.dataTypeID) }));
  }

  onDataRow(msg: DataRowMessage): void {
    const row: Record<string, unknown> = {};
    // Text-format values: a string per column, or null.
    const values = msg.fields as Array<string | null>;
    for (let i = 0; i < this.fields.length; i++) {
      const f = this.fields[i]!;
      const v = values[i];
      row[f.name] = v === null || v === undefined ? null : f.parse(v);
    }
    this.current.rows.push(row);
  }

  onCommandComplete(msg: CommandCompleteMessage): void {
    const parts = msg.text.split(' ');
    this.current.command = parts[0] ?? '';
    const last = Number(parts.at(-1));
    this.current.rowCount = Number.isFinite(last) && parts.length > 1 ? last : this.current.rows.length;
    this.finish();
  }

  onEmptyQuery(): void {
    this.finish();
  }

  onError(err: DatabaseError): void {
    this.error ??= err;
  }

  private finish(): void {
    this.results.push(this.current);
    this.current = { command: '', rowCount: 0, rows: [] };
    this.fields = [];
  }

  /** Feeds one backend message; true once the flight is complete. */
  feed(msg: BackendMessage): boolean {
    // eslint-disable-next-line @typescript-eslint/switch-exhaustiveness-check -- only the messages that shape a result are handled
    switch (msg.name) {
      case 'parseComplete':
        this.onParseComplete();
        break;
      case 'rowDescription':
        this.onRowDescription(msg as RowDescriptionMessage);
        break;
      case 'dataRow':
        this.onDataRow(msg as DataRowMessage);
        break;
      case 'commandComplete':
        this.onCommandComplete(msg as CommandCompleteMessage);
        break;
      case 'emptyQuery':
        this.onEmptyQuery();
        break;
      case 'error':
        this.onError(msg as DatabaseError);
        break;
      case 'readyForQuery':
        this.status = (msg as ReadyForQueryMessage).status;
        return true;
      // Acknowledgements, notices and messages of features flights do not use carry nothing
      // a result needs.
      default:
        break;
    }
    return false;
  }
}

function encode(cache: StatementCache, stmts: readonly Statement[], simple: boolean): { buffer: Buffer; parses: Array<{ sql: string; name: string }> } {
  const parts: Buffer[] = [];
  for (const name of cache.toClose.splice(0)) parts.push(serialize.close({ type: 'S', name }));
  const parses: Array<{ sql: string; name: string }> = [];
  if (simple) {
    // One statement without parameters, possibly several commands (migrations): the simple
    // protocol, exactly like node-postgres and PGlite's exec().
    parts.push(serialize.query(stmts[0]!.sql));
    return { buffer: Buffer.concat(parts), parses };
  }
  for (const s of stmts) {
    let name = cache.get(s.sql) ?? parses.find((p) => p.sql === s.sql)?.name;
    if (name === undefined) {
      name = cache.nextName();
      parses.push({ sql: s.sql, name });
      parts.push(serialize.parse({ name, text: s.sql, types: [] }));
    }
    parts.push(serialize.bind({ portal: '', statement: name, values: [...s.parameters], valueMapper: prepareValue }));
    parts.push(serialize.describe({ type: 'P', name: '' }));
    parts.push(serialize.execute({ portal: '', rows: 0 }));
  }
  parts.push(SYNC);
  return { buffer: Buffer.concat(parts), parses };
}

/** `cached plan must not change result type`: the schema moved under a prepared statement. */
function isStalePlan(err: DatabaseError): boolean {
  return err.code === '0A000' && /cached plan/.test(err.message);
}

export interface Session {
  /** Runs the statements in one round trip. Rejects with the first database error. */
  run(stmts: readonly Statement[]): Promise<StatementResult[]>;
  readonly broken: boolean;
  /** Transaction status after the last flight: I (idle), T (in a block), E (failed block). */
  readonly status: string;
}

abstract class BaseSession implements Session {
  protected readonly cache = new StatementCache(256);
  status = 'I';
  /** The connection failed under a flight (not a database error): it must not be reused. */
  broken = false;

  protected abstract send(buffer: Buffer, reader: FlightReader): Promise<void>;

  async run(stmts: readonly Statement[]): Promise<StatementResult[]> {
    if (stmts.length === 0) return [];
    const simple = stmts.length === 1 && isMultiCommand(stmts[0]!);
    const { buffer, parses } = encode(this.cache, stmts, simple);
    const reader = new FlightReader(this.cache, parses);
    try {
      await this.send(buffer, reader);
    } catch (err) {
      this.broken = true;
      throw err;
    }
    if (reader.status !== undefined) this.status = reader.status;
    if (reader.error !== undefined) {
      if (isStalePlan(reader.error)) for (const s of stmts) this.cache.forget(s.sql);
      throw reader.error;
    }
    return reader.results;
  }
}

// --- PostgreSQL server, through node-postgres's connection -------------------------------------

interface PgConnectionLike {
  stream: { write(b: Buffer): boolean };
  prependListener(event: string, fn: (msg: unknown) => void): void;
}

interface PgClientLike {
  connection: PgConnectionLike;
  query(submittable: unknown): unknown;
}

interface ActiveFlight {
  reader: FlightReader;
  done: (err?: Error) => void;
}

const activeFlights = new WeakMap<PgConnectionLike, ActiveFlight>();
const listening = new WeakSet<PgConnectionLike>();

/**
 * A node-postgres "submittable": the client queues it like any query, hands it the connection to
 * write to, and routes the reply's messages to it until ReadyForQuery, or until an error — after
 * which the client stops routing, so the flight's own connection listener (below) sees the
 * ReadyForQuery that ends it.
 */
class FlightSubmittable {
  constructor(
    private readonly buffer: Buffer,
    private readonly flight: ActiveFlight,
  ) {}

  submit(connection: PgConnectionLike): null {
    activeFlights.set(connection, this.flight);
    connection.stream.write(this.buffer);
    return null;
  }

  handleRowDescription(msg: RowDescriptionMessage): void {
    this.flight.reader.onRowDescription(msg);
  }
  handleDataRow(msg: DataRowMessage): void {
    this.flight.reader.onDataRow(msg);
  }
  handleCommandComplete(msg: CommandCompleteMessage): void {
    this.flight.reader.onCommandComplete(msg);
  }
  handleEmptyQuery(): void {
    this.flight.reader.onEmptyQuery();
  }
  handlePortalSuspended(): void {
    /* never asked for: every Execute fetches all rows */
  }
  handleCopyInResponse(): void {
    /* not used */
  }
  handleCopyData(): void {
    /* not used */
  }
  handleError(err: Error): void {
    // A database error: the server skips to the Sync and then answers ReadyForQuery. Anything
    // else (the socket closed): the session is gone and no answer will come.
    if ((err as Partial<DatabaseError>).severity !== undefined) this.flight.reader.onError(err as DatabaseError);
    else this.flight.done(err);
  }
  handleReadyForQuery(): void {
    this.flight.done();
  }
}

export class PgSession extends BaseSession {
  constructor(private readonly client: pg.PoolClient) {
    super();
    // A checked-out client has no pool listener for 'error' (the server went away, a FATAL
    // error): without one, node-postgres's error event would crash the process. Mark the session
    // broken so the driver destroys the client instead of returning it to the pool.
    client.on('error', () => {
      this.broken = true;
    });
    const connection = (client as unknown as PgClientLike).connection;
    if (!listening.has(connection)) {
      listening.add(connection);
      // Prepended: these must see a message before node-postgres moves on to its next query.
      connection.prependListener('parseComplete', () => activeFlights.get(connection)?.reader.onParseComplete());
      connection.prependListener('readyForQuery', (msg) => {
        const flight = activeFlights.get(connection);
        if (flight === undefined) return;
        activeFlights.delete(connection);
        flight.reader.status = (msg as ReadyForQueryMessage).status;
        if (flight.reader.error !== undefined) flight.done();
      });
      // The server closed the connection (e.g. after a FATAL error, which node-postgres has
      // already routed to the flight): no ReadyForQuery will come, so fail the flight now.
      connection.prependListener('end', () => {
        const flight = activeFlights.get(connection);
        if (flight === undefined) return;
        activeFlights.delete(connection);
        flight.done(new Error('the database connection closed during the request'));
      });
    }
  }

  protected send(buffer: Buffer, reader: FlightReader): Promise<void> {
    return new Promise((resolve, reject) => {
      let settled = false;
      const done = (err?: Error) => {
        if (settled) return;
        settled = true;
        if (err !== undefined) reject(err);
        else resolve();
      };
      (this.client as unknown as PgClientLike).query(new FlightSubmittable(buffer, { reader, done }));
    });
  }
}

// --- Embedded PGlite, through its protocol entry point -----------------------------------------

export class PGliteSession extends BaseSession {
  constructor(private readonly pglite: PGlite) {
    super();
  }

  protected async send(buffer: Buffer, reader: FlightReader): Promise<void> {
    const reply = await this.pglite.execProtocolRaw(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength));
    new Parser().parse(Buffer.from(reply.buffer, reply.byteOffset, reply.byteLength), (msg) => {
      reader.feed(msg);
    });
  }
}
