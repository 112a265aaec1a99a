// Wires the long-lived parts of a Tacet process together: configuration, logger, database,
// migrations, the row-level-security guard, the keyring and field encryption.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Config } from '../config/config.ts';
import { createLogger, type Logger } from '../logging/logger.ts';
import { embeddedDbDir, openPGlite, pgliteHandle, postgresHandle, type DbHandle } from '../db/database.ts';
import { assertMigrated, migrate, outstandingMigrations } from '../db/migrate.ts';
import { checkRowLevelSecurity } from '../db/rls-check.ts';
import { seedFromTemplate } from '../db/pglite-template.ts';
import { RUNTIME_ROLE } from '../db/tenant.ts';
import type { Database } from '../db/schema.ts';
import { FileKeyringStore, SqlKeyringStore, type KeyringStore, type KeyringTables } from '../crypto/keyring.ts';
import { FieldCrypto, MasterKeys } from '../crypto/envelope.ts';
import { createMailer, type Mailer } from './mailer.ts';
import { BackgroundTasks } from './background.ts';
import { systemClock, type Clock } from './clock.ts';
import { useDatabaseClock } from '../db/tenant-driver.ts';
import { JobRunner, type RunnerOptions } from './jobs/runner.ts';
import { BlobStore } from './blobs/store.ts';
import { FileBlobBackend, type BlobBackend } from './blobs/backend.ts';

/**
 * What start-up is doing, for a person watching `npm start` (serve prints these as plain lines in
 * embedded mode and logs them otherwise). Words and counts only: no data, no PHI.
 */
export type StartupStep =
  | { step: 'opening_database'; kind: 'pglite' | 'postgres'; fresh: boolean; where?: string }
  | { step: 'applying_migrations'; count: number }
  | { step: 'checking_security' };
export type StartupProgress = (s: StartupStep) => void;
const quiet: StartupProgress = () => undefined;

export interface Runtime {
  config: Config;
  logger: Logger;
  dbHandle: DbHandle;
  db: Kysely<Database>;
  crypto: FieldCrypto;
  mailer: Mailer;
  /** Work finished after the response (e.g. sending a sign-in link); awaited on shutdown. */
  background: BackgroundTasks;
  /** The time every expiry reads, shared with the database (clock.ts). The real time in production. */
  clock: Clock;
  /** Durable jobs (platform/jobs); handlers register at start-up, `serve` starts the loop. */
  jobs: JobRunner;
  /** Sealed large payloads (platform/blobs). */
  blobs: BlobStore;
  close(): Promise<void>;
}

export interface RuntimeOptions {
  /**
   * A clock other than the real one. Only code can pass it (tests do): no configuration variable
   * or request reaches this, so a production start always runs on the real time.
   */
  clock?: Clock;
  /** Start-up progress for the person watching `npm start` (src/cli/serve.ts). */
  progress?: StartupProgress;
}

/**
 * In embedded mode with no TACET_MASTER_KEY the key is generated once into the data directory
 * (mode 0600). A server deployment must supply it from its secret store (config enforces this).
 */
export function loadOrCreateMasterKey(config: Config): Buffer {
  if (config.TACET_MASTER_KEY !== undefined) return Buffer.from(config.TACET_MASTER_KEY, 'base64');
  fs.mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(config.dataDir, 'master.key');
  if (!fs.existsSync(file)) {
    fs.writeFileSync(file, `${crypto.randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  }
  const key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== 32) throw new Error(`${file} does not hold a 32-byte base64 key`);
  return key;
}

async function openKeyring(config: Config): Promise<KeyringStore> {
  if (config.KEYRING_URL !== undefined) {
    const h = postgresHandle<KeyringTables>(config.KEYRING_URL, 4, 'KEYRING_URL');
    return SqlKeyringStore.open(h.db, () => h.close());
  }
  return new FileKeyringStore(path.join(config.dataDir, 'keyring'));
}

/** Opens the relational database, migrates it when allowed, and checks its security posture. */
export async function openDatabase(config: Config, logger: Logger, progress: StartupProgress = quiet): Promise<DbHandle> {
  if (config.embedded) {
    const dir = embeddedDbDir(config.dataDir);
    const fresh = !fs.existsSync(path.join(dir, 'PG_VERSION'));
    progress({ step: 'opening_database', kind: 'pglite', fresh, where: dir });
    // A new data directory starts as a copy of the installation's blank, migrated database.
    if (fresh) await seedFromTemplate(dir);
    const pglite = await openPGlite(dir);
    const handle = pgliteHandle(pglite);
    await migrateIfNeeded(handle.db, logger, progress);
    progress({ step: 'checking_security' });
    await checkRowLevelSecurity(handle.db, { checkLoginRole: false });
    // PGlite has one built-in superuser. Everything after start-up runs as the unprivileged
    // runtime role, so a query that escapes withTenant() still cannot bypass RLS.
    await sql.raw(`SET ROLE ${RUNTIME_ROLE}`).execute(handle.db);
    return handle;
  }
  const url = config.DATABASE_URL;
  if (url === undefined) throw new Error('DATABASE_URL is not set');
  if (config.DATABASE_ADMIN_URL !== undefined) {
    progress({ step: 'opening_database', kind: 'postgres', fresh: false });
    const admin = postgresHandle(config.DATABASE_ADMIN_URL, 1, 'DATABASE_ADMIN_URL');
    try {
      await migrateIfNeeded(admin.db, logger, progress);
    } finally {
      await admin.close();
    }
  }
  if (config.DATABASE_ADMIN_URL === undefined) progress({ step: 'opening_database', kind: 'postgres', fresh: false });
  const handle = postgresHandle(url, config.DB_POOL_SIZE);
  try {
    await assertMigrated(handle.db);
    progress({ step: 'checking_security' });
    await checkRowLevelSecurity(handle.db, { checkLoginRole: true });
  } catch (err) {
    await handle.close();
    throw err;
  }
  return handle;
}

/** The blob backend the configuration names (S3 is loaded only when used). */
export async function openBlobBackend(config: Config): Promise<BlobBackend> {
  if (config.BLOB_STORE === 's3') {
    const { S3BlobBackend } = await import('./blobs/s3.ts');
    return new S3BlobBackend({
      bucket: config.S3_BUCKET ?? '',
      region: config.S3_REGION,
      endpoint: config.S3_ENDPOINT,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
      accessKeyId: config.S3_ACCESS_KEY_ID,
      secretAccessKey: config.S3_SECRET_ACCESS_KEY,
      ...(config.S3_PREFIX !== undefined ? { prefix: config.S3_PREFIX } : {}),
    });
  }
  return new FileBlobBackend(config.BLOB_DIR !== undefined ? path.resolve(config.BLOB_DIR) : path.join(config.dataDir, 'blobs'));
}

/** Applies outstanding migrations; on every start after the first that is one query and no lock. */
async function migrateIfNeeded(db: Kysely<Database>, logger: Logger, progress: StartupProgress): Promise<void> {
  const outstanding = await outstandingMigrations(db);
  if (outstanding.length === 0) return;
  progress({ step: 'applying_migrations', count: outstanding.length });
  const applied = await migrate(db);
  if (applied.length > 0) logger.info({ migrations: applied.length }, 'migrations applied');
}

export async function openRuntime(
  config: Config,
  logger: Logger = createLogger(config.LOG_LEVEL),
  options: RuntimeOptions = {},
): Promise<Runtime> {
  const progress = options.progress ?? quiet;
  const master = new MasterKeys(
    loadOrCreateMasterKey(config),
    config.TACET_PREVIOUS_MASTER_KEYS.map((k) => Buffer.from(k, 'base64')),
  );
  const keyring = await openKeyring(config);
  let dbHandle: DbHandle;
  try {
    dbHandle = await openDatabase(config, logger, progress);
  } catch (err) {
    await keyring.close();
    throw err;
  }
  return assembleRuntime(config, logger, { dbHandle, keyring, master, clock: options.clock });
}

/** What `assembleRuntime` is given: the opened database and keyring, and the master keys. */
export interface RuntimeParts {
  dbHandle: DbHandle;
  keyring: KeyringStore;
  master: MasterKeys;
  /** The real time unless a test passes its own (see RuntimeOptions.clock). */
  clock?: Clock | undefined;
  /** Lease and polling of the job runner: tests that kill or restart shorten them. */
  jobs?: Omit<RunnerOptions, 'now'>;
}

/**
 * The runtime around an open database and keyring: crypto, mail, background tasks, the job
 * runner and blob store, and `close()` releasing them in order. `openRuntime` uses it; so do the
 * crash and restart tests, which open their database themselves (a private cluster, a child
 * process's own URL) and must otherwise run exactly what production runs.
 */
export async function assembleRuntime(config: Config, logger: Logger, parts: RuntimeParts): Promise<Runtime> {
  const { dbHandle, keyring } = parts;
  const clock = parts.clock ?? systemClock;
  useDatabaseClock(dbHandle.db, clock);
  const fieldCrypto = new FieldCrypto(parts.master, keyring);
  const mailer = createMailer(config);
  const background = new BackgroundTasks(logger);
  // The runner reads the same clock as everything else (a test clock moves leases and expiries too).
  const jobs = new JobRunner(dbHandle.db, logger, { ...parts.jobs, now: () => clock.now() });
  const backend = await openBlobBackend(config);
  const blobs = new BlobStore(backend, fieldCrypto, dbHandle.db);
  return {
    config,
    logger,
    dbHandle,
    db: dbHandle.db,
    crypto: fieldCrypto,
    mailer,
    background,
    clock,
    jobs,
    blobs,
    async close() {
      await jobs.stop();
      await background.idle();
      await backend.close();
      mailer.close();
      await dbHandle.close();
      await keyring.close();
    },
  };
}
