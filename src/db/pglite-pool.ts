// Adapts one PGlite instance to the tiny pool interface Kysely's PostgresDialect expects, so the
// embedded database and a PostgreSQL server share one code path (same dialect, same SQL).
//
// PGlite is a single session: a "connection" is an exclusive lease on it. Leases are queued, so
// a transaction holds the session until it releases it — exactly like a pool of size one.
import type { PGlite } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';

const COMMAND = /^\s*(?:with\b[\s\S]*?\)\s*)?(insert|update|delete|merge|select)\b/i;

export class PGlitePool implements PostgresPool {
  private tail: Promise<void> = Promise.resolve();
  private ended = false;

  constructor(private readonly pg: PGlite) {}

  async connect(): Promise<PostgresPoolClient> {
    if (this.ended) throw new Error('database is closed');
    let release!: () => void;
    const turn = new Promise<void>((resolve) => (release = resolve));
    const previous = this.tail;
    this.tail = previous.then(() => turn);
    await previous;
    let released = false;
    const pg = this.pg;
    return {
      async query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> {
        // Like node-postgres, a query without parameters goes over the simple protocol, which
        // allows several statements (migrations); with parameters, the extended protocol.
        const res =
          parameters.length === 0
            ? ((await pg.exec(sql)).at(-1) ?? { rows: [] as R[], affectedRows: 0 })
            : await pg.query<R>(sql, parameters as unknown[]);
        const command = (COMMAND.exec(sql)?.[1]?.toUpperCase() ?? 'SELECT') as PostgresQueryResult<R>['command'];
        return { command, rowCount: res.affectedRows ?? res.rows.length, rows: res.rows as R[] };
      },
      release() {
        if (released) return;
        released = true;
        release();
      },
    } as PostgresPoolClient;
  }

  async end(): Promise<void> {
    this.ended = true;
    await this.tail;
  }
}
