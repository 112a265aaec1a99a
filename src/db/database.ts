// Opens the relational database: embedded PGlite by default, PostgreSQL when a URL is given.
// Both go through Kysely's PostgresDialect so every query, migration and policy is the same SQL.
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { flightKysely } from './tenant-driver.ts';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { isLoopbackHost } from '../config/config.ts';
import type { Database } from './schema.ts';

export type DbKind = 'pglite' | 'postgres';

export interface DbHandle<T = Database> {
  db: Kysely<T>;
  kind: DbKind;
  /** The raw PGlite instance in embedded mode (used for role switching and data-dir dumps). */
  pglite?: PGlite;
  close(): Promise<void>;
}

const INT8 = 20;
const BYTEA = 17;

// Same JavaScript types from both drivers: int8 as number (our counters stay far below 2^53)
// and bytea as Buffer.
const pgTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === INT8) return (v: string) => Number(v);
    return (pg.types.getTypeParser as (oid: number, format?: string) => unknown)(oid, format);
  }) as pg.CustomTypesConfig['getTypeParser'],
};

export class DatabaseUrlError extends Error {
  constructor(variable: string, reason: string) {
    super(`${variable}: ${reason}`);
    this.name = 'DatabaseUrlError';
  }
}

/**
 * Refuses a connection to a database on another machine unless it verifies the server's
 * certificate (R15): clinical data must never cross a network in clear or to an impostor.
 */
export function assertSafeDatabaseUrl(variable: string, url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DatabaseUrlError(variable, 'is not a valid URL');
  }
  const host = decodeURIComponent(parsed.hostname).replace(/^\[|\]$/g, '');
  const socketHost = parsed.searchParams.get('host');
  const local = host === '' ? socketHost === null || socketHost.startsWith('/') : isLoopbackHost(host);
  if (local) return;
  const sslmode = parsed.searchParams.get('sslmode');
  if (sslmode !== 'verify-full') {
    throw new DatabaseUrlError(
      variable,
      'connections to a non-loopback database host must use TLS with certificate verification: add sslmode=verify-full (and sslrootcert=/path/to/ca.pem if the CA is private)',
    );
  }
}

export function createPostgresPool(url: string, max: number, applicationName = 'tacet'): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, types: pgTypes, application_name: applicationName });
  // An idle client can lose its server (restart, failover); without a listener that is an
  // uncaught error that kills the process. The pool discards the client by itself.
  pool.on('error', () => undefined);
  return pool;
}

export function postgresKysely<T = Database>(pool: pg.Pool): Kysely<T> {
  return flightKysely<T>({ pool });
}

// PGlite's start parameters with a 32 MB buffer pool instead of initdb's 128 MB. Allocating and
// clearing the larger pool inside WASM memory was about a second of every start (measured in
// bench/startup.bench.ts); an embedded database serves one practice, and the operating system's
// page cache sits behind it. PostgreSQL deployments keep their own settings.
export const PGLITE_START_PARAMS: readonly string[] = [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'];

/**
 * Opens an embedded database: in `dataDir` (created if missing), or in memory when it is
 * undefined; `loadDataDir` starts it from a dump. (A server's new data directory is first seeded
 * from the installation's template: see pglite-template.ts and platform/runtime.ts.)
 */
export async function openPGlite(dataDir: string | undefined, loadDataDir?: Blob): Promise<PGlite> {
  if (dataDir !== undefined) fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  return PGlite.create({
    ...(dataDir !== undefined ? { dataDir } : {}),
    ...(loadDataDir !== undefined ? { loadDataDir } : {}),
    startParams: [...PGLITE_START_PARAMS],
    parsers: {
      [INT8]: (v: string) => Number(v),
      [BYTEA]: (v: string) => Buffer.from(v.startsWith('\\x') ? v.slice(2) : v, 'hex'),
    },
  });
}

export function pgliteHandle<T = Database>(pglite: PGlite): DbHandle<T> {
  const db = flightKysely<T>({ pglite });
  return {
    db,
    kind: 'pglite',
    pglite,
    async close() {
      await db.destroy();
      await pglite.close();
    },
  };
}

export function postgresHandle<T = Database>(url: string, max: number, variable = 'DATABASE_URL'): DbHandle<T> {
  assertSafeDatabaseUrl(variable, url);
  const pool = createPostgresPool(url, max);
  const db = postgresKysely<T>(pool);
  return {
    db,
    kind: 'postgres',
    async close() {
      await db.destroy();
    },
  };
}

export function embeddedDbDir(dataDir: string): string {
  return path.join(dataDir, 'db');
}
