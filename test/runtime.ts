// A complete Runtime over a test database: real keyring (a file in a temp dir), real master key,
// and a logger whose lines are captured so tests can assert what was (not) logged.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { Writable } from 'node:stream';
import { loadConfig } from '../src/config/config.ts';
import { createLogger } from '../src/logging/logger.ts';
import { FileKeyringStore } from '../src/crypto/keyring.ts';
import { FieldCrypto, MasterKeys } from '../src/crypto/envelope.ts';
import type { Runtime } from '../src/platform/runtime.ts';
import { createMailer } from '../src/platform/mailer.ts';
import { BackgroundTasks } from '../src/platform/background.ts';
import { JobRunner } from '../src/platform/jobs/runner.ts';
import { BlobStore } from '../src/platform/blobs/store.ts';
import { openBlobBackend } from '../src/platform/runtime.ts';
import { createTestDb, type TestDb } from './db.ts';
import { systemClock, type Clock } from '../src/platform/clock.ts';
import { useDatabaseClock } from '../src/db/tenant-driver.ts';

export interface TestRuntime extends Runtime {
  testDb: TestDb;
  logLines: string[];
  dataDir: string;
  /** The master key (shredding tests open a copy of the data with it and the keyring, as an attacker with a backup would). */
  masterKey: Buffer;
}

/** `clock`: a TestClock (test/clock.ts) that the runtime and the database then both read. */
export async function createTestRuntime(env: Record<string, string> = {}, opts: { clock?: Clock } = {}): Promise<TestRuntime> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tacet-rt-'));
  const config = loadConfig({ TACET_DATA_DIR: dataDir, LOG_LEVEL: 'info', ...env });
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      logLines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      cb();
    },
  });
  const logger = createLogger('info', sink);
  const testDb = await createTestDb();
  const clock = opts.clock ?? systemClock;
  useDatabaseClock(testDb.db, clock);
  const keyring = new FileKeyringStore(path.join(dataDir, 'keyring'));
  const masterKey = crypto.randomBytes(32);
  const fieldCrypto = new FieldCrypto(new MasterKeys(masterKey), keyring);
  const mailer = createMailer(config);
  const background = new BackgroundTasks(logger);
  const jobs = new JobRunner(testDb.db, logger);
  const backend = await openBlobBackend(config);
  const blobs = new BlobStore(backend, fieldCrypto, testDb.db);
  return {
    jobs,
    blobs,
    mailer,
    background,
    config,
    logger,
    dbHandle: testDb.handle,
    db: testDb.db,
    crypto: fieldCrypto,
    clock,
    testDb,
    logLines,
    dataDir,
    masterKey,
    async close() {
      await jobs.stop();
      await background.idle();
      await backend.close();
      mailer.close();
      await testDb.close();
      await keyring.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
