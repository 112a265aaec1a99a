// Applies the SQL migrations in src/db/migrations in order, each in its own transaction, under an
// advisory lock so that several app servers starting together do not race.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
const LOCK_KEY = 0x7461_6365; // "tace"

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((file) => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      return {
        version: Number(file.slice(0, 4)),
        name: file.slice(5, -4),
        sql: text,
        checksum: crypto.createHash('sha256').update(text).digest('hex'),
      };
    });
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
type AnyDb = Kysely<any>;

async function ensureTable(db: AnyDb): Promise<void> {
  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
}

/**
 * The migrations `migrate` has work to do for: not applied yet, or changed since (which `migrate`
 * refuses). One query, no lock: every start after the first finds nothing and takes no lock.
 */
export async function outstandingMigrations(db: AnyDb, migrations = loadMigrations()): Promise<Migration[]> {
  let applied: Map<number, string>;
  try {
    applied = await appliedVersions(db);
  } catch {
    return migrations; // no schema_migrations table: a new database
  }
  return migrations.filter((m) => applied.get(m.version) !== m.checksum);
}

/** Applies pending migrations. Must run as the schema owner (never as tacet_app). */
export async function migrate(db: AnyDb, migrations = loadMigrations()): Promise<number[]> {
  return db.connection().execute(async (conn) => {
    await sql`SELECT pg_advisory_lock(${LOCK_KEY})`.execute(conn);
    try {
      await ensureTable(conn);
      await sql`GRANT SELECT ON schema_migrations TO PUBLIC`.execute(conn);
      const applied = await appliedVersions(conn);
      const done: number[] = [];
      for (const m of migrations) {
        const prior = applied.get(m.version);
        if (prior !== undefined) {
          if (prior !== m.checksum) {
            throw new MigrationError(`migration ${m.version}_${m.name} was changed after it was applied; add a new migration instead`);
          }
          continue;
        }
        await conn.transaction().execute(async (trx) => {
          await sql.raw(m.sql).execute(trx);
          await sql`INSERT INTO schema_migrations (version, name, checksum) VALUES (${m.version}, ${m.name}, ${m.checksum})`.execute(trx);
        });
        done.push(m.version);
      }
      return done;
    } finally {
      await sql`SELECT pg_advisory_unlock(${LOCK_KEY})`.execute(conn);
    }
  });
}

async function appliedVersions(db: AnyDb): Promise<Map<number, string>> {
  const rows = await sql<{ version: number; checksum: string }>`SELECT version, checksum FROM schema_migrations`.execute(db);
  return new Map(rows.rows.map((r) => [r.version, r.checksum]));
}

/** For the runtime role, which cannot migrate: refuse to serve on a schema that is behind. */
export async function assertMigrated(db: AnyDb, migrations = loadMigrations()): Promise<void> {
  let applied: Map<number, string>;
  try {
    applied = await appliedVersions(db);
  } catch {
    throw new MigrationError('the database has no Tacet schema yet: run `bin/tacet db migrate` with DATABASE_ADMIN_URL set');
  }
  const missing = migrations.filter((m) => !applied.has(m.version));
  if (missing.length > 0) {
    throw new MigrationError(
      `the database schema is behind (${missing.length} migration(s) pending): run \`bin/tacet db migrate\` with DATABASE_ADMIN_URL set`,
    );
  }
}
