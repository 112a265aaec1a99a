// Test databases. Without TEST_DATABASE_URL each test file gets a fresh embedded PGlite copied
// from a migrated template. With TEST_DATABASE_URL (a superuser URL of a PostgreSQL server) each
// file gets its own fresh database: migrated by an owner role, used through the unprivileged
// runtime role exactly as in production, and inspected or tampered with by the superuser.
import fs from 'node:fs';
import { inject } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { openPGlite, pgliteHandle, type DbHandle } from '../src/db/database.ts';
import { createPostgresTestDb } from './pg-server.ts';
import { RUNTIME_ROLE } from '../src/db/tenant.ts';
import type { Database } from '../src/db/schema.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- admin access is schema-agnostic
export type AdminDb = Kysely<any>;

export interface TestDb {
  kind: 'pglite' | 'postgres';
  /** The application's view: runtime role, RLS applies. */
  handle: DbHandle;
  db: Kysely<Database>;
  /** Runs fn as a superuser that bypasses RLS and triggers' privileges (for setup and tampering). */
  asAdmin<T>(fn: (db: AdminDb) => Promise<T>): Promise<T>;
  /** For PostgreSQL: a URL at which the runtime role reaches this database. */
  runtimeUrl?: string;
  adminUrl?: string;
  close(): Promise<void>;
}

/**
 * Runs fn as the superuser with triggers switched off (`session_replication_role = replica`), as a
 * malicious database administrator would: how the tests edit, delete or insert audit rows and
 * immutable records behind the application's back.
 */
export function tamper<T>(t: Pick<TestDb, 'asAdmin'>, fn: (db: AdminDb) => Promise<T>): Promise<T> {
  return t.asAdmin(async (db) => {
    await sql`SET session_replication_role = replica`.execute(db);
    try {
      return await fn(db);
    } finally {
      await sql`SET session_replication_role = origin`.execute(db);
    }
  });
}

export const usingPostgres = (): boolean => (process.env.TEST_DATABASE_URL ?? '') !== '';

export async function createTestDb(): Promise<TestDb> {
  const serverUrl = process.env.TEST_DATABASE_URL ?? '';
  if (serverUrl === '') {
    const template = fs.readFileSync(inject('pgliteTemplate'));
    const pg = await openPGlite(undefined, new Blob([template]));
    const handle = pgliteHandle(pg);
    await sql.raw(`SET ROLE ${RUNTIME_ROLE}`).execute(handle.db);
    return {
      kind: 'pglite',
      handle,
      db: handle.db,
      async asAdmin(fn) {
        // PGlite is one session: take the whole connection, drop back to the superuser, restore.
        return handle.db.connection().execute(async (conn) => {
          await sql`RESET ROLE`.execute(conn);
          try {
            return await fn(conn);
          } finally {
            await sql.raw(`SET ROLE ${RUNTIME_ROLE}`).execute(conn);
          }
        });
      },
      close: () => handle.close(),
    };
  }
  return createPostgresTestDb(serverUrl);
}
