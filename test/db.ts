// Test databases. Without TEST_DATABASE_URL each test file gets a fresh embedded PGlite copied
// from a migrated template. With TEST_DATABASE_URL (a superuser URL of a PostgreSQL server) each
// file gets its own fresh database: migrated by an owner role, used through the unprivileged
// runtime role exactly as in production, and inspected or tampered with by the superuser.
import fs from 'node:fs';
import crypto from 'node:crypto';
import { inject } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { openPGlite, pgliteHandle, postgresHandle, type DbHandle } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
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

export const usingPostgres = (): boolean => (process.env.TEST_DATABASE_URL ?? '') !== '';

function withUser(url: string, user: string, database?: string): string {
  const u = new URL(url);
  u.username = user;
  u.password = '';
  if (database !== undefined) u.pathname = `/${database}`;
  return u.toString();
}

async function ensureServerRoles(admin: AdminDb): Promise<void> {
  // Roles are cluster-wide; several test files may race to create them.
  for (const stmt of [
    `CREATE ROLE tacet_owner LOGIN NOSUPERUSER NOBYPASSRLS`,
    `CREATE ROLE ${RUNTIME_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS`,
    `CREATE ROLE tacet_auditor NOLOGIN NOSUPERUSER NOBYPASSRLS`,
  ]) {
    try {
      await sql.raw(stmt).execute(admin);
    } catch {
      /* exists already */
    }
  }
  try {
    await sql.raw(`ALTER ROLE ${RUNTIME_ROLE} LOGIN`).execute(admin);
  } catch {
    /* raced with another file: fine */
  }
}

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
  const name = `tacet_t_${crypto.randomBytes(6).toString('hex')}`;
  const server = postgresHandle(serverUrl, 1, 'TEST_DATABASE_URL');
  await ensureServerRoles(server.db);
  await sql.raw(`CREATE DATABASE ${name} OWNER tacet_owner`).execute(server.db);
  const ownerUrl = withUser(serverUrl, 'tacet_owner', name);
  const owner = postgresHandle(ownerUrl, 1);
  await migrate(owner.db);
  await owner.close();
  const runtimeUrl = withUser(serverUrl, RUNTIME_ROLE, name);
  const adminUrl = withUser(serverUrl, new URL(serverUrl).username || 'postgres', name);
  const handle = postgresHandle(runtimeUrl, 10);
  const admin = postgresHandle(adminUrl, 2);
  return {
    kind: 'postgres',
    handle,
    db: handle.db,
    runtimeUrl,
    adminUrl,
    asAdmin: (fn) => fn(admin.db),
    async close() {
      await handle.close();
      await admin.close();
      await sql.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).execute(server.db);
      await server.close();
    },
  };
}
