// A fresh PostgreSQL database per test file or benchmark, set up the way production runs: an
// owner role migrates, the unprivileged runtime role serves, the superuser inspects and tampers.
import crypto from 'node:crypto';
import { sql } from 'kysely';
import { postgresHandle } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { RUNTIME_ROLE } from '../src/db/tenant.ts';
import type { AdminDb, TestDb } from './db.ts';

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

export async function createPostgresTestDb(serverUrl: string): Promise<TestDb> {
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
