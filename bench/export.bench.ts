// npm run bench:export — exports a practitioner with 10,000 signed notes (issue 17) on
// PostgreSQL, through the real job handler, blob store (files) and sealed stream, and reports
// notes/s and peak RSS beside `COPY (SELECT … notes …) TO STDOUT` of the same rows in the same run.
// JSON + FHIR + CSV are timed without PDFs; the PDFs are timed in a second, separate export.
// Needs a PostgreSQL superuser URL (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres) and psql.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { Writable } from 'node:stream';
import { loadConfig } from '../src/config/config.ts';
import { createLogger } from '../src/logging/logger.ts';
import { FileKeyringStore } from '../src/crypto/keyring.ts';
import { FieldCrypto, MasterKeys } from '../src/crypto/envelope.ts';
import { createMailer } from '../src/platform/mailer.ts';
import { BackgroundTasks } from '../src/platform/background.ts';
import { JobRunner } from '../src/platform/jobs/runner.ts';
import { BlobStore } from '../src/platform/blobs/store.ts';
import { FileBlobBackend } from '../src/platform/blobs/backend.ts';
import { systemClock } from '../src/platform/clock.ts';
import type { Runtime } from '../src/platform/runtime.ts';
import { postgresHandle } from '../src/db/database.ts';
import { systemContext, withTenant } from '../src/db/tenant.ts';
import { exportJobHandler } from '../src/features/export/job.ts';
import { createPostgresTestDb } from '../test/pg-server.ts';
import { queueExport, seedExportData } from '../test/export-seed.ts';

const NOTES = Number(process.env.BENCH_NOTES ?? '10000');

/** Peak resident set size while fn runs, sampled every 20 ms. */
async function withPeakRss<T>(fn: () => Promise<T>): Promise<{ result: T; ms: number; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t0 = performance.now();
  try {
    const result = await fn();
    return { result, ms: performance.now() - t0, peakMb: Math.max(peak, process.memoryUsage().rss) / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

async function main(): Promise<void> {
  const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  console.log(`# bench:export — ${new Date().toISOString()} — node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} x${os.cpus().length}, ${NOTES} signed notes`);
  const tdb = await createPostgresTestDb(url);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tacet-bench-export-'));
  const handle = postgresHandle(tdb.runtimeUrl ?? '', 4);
  const keyring = new FileKeyringStore(path.join(dataDir, 'keyring'));
  const config = loadConfig({ TACET_DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const logger = createLogger('silent', new Writable({ write: (_c, _e, cb) => cb() }));
  const fieldCrypto = new FieldCrypto(new MasterKeys(crypto.randomBytes(32)), keyring);
  const backend = new FileBlobBackend(path.join(dataDir, 'blobs'));
  const rt: Runtime = {
    config, logger, dbHandle: handle, db: handle.db, crypto: fieldCrypto, mailer: createMailer(config), background: new BackgroundTasks(logger),
    clock: systemClock, jobs: new JobRunner(handle.db, logger), blobs: new BlobStore(backend, fieldCrypto, handle.db),
    async close() {
      await handle.close();
      await keyring.close();
    },
  };
  try {
    const t0 = Date.now();
    const seeded = await seedExportData(rt, { clients: 200, notes: NOTES });
    console.log(`seeded ${NOTES} signed notes for 200 clients in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    // Baseline: the same rows, raw, out of PostgreSQL (sealed bytes as stored, no decryption, no formats).
    const copy = await withPeakRss(async () =>
      execFileSync('psql', [tdb.adminUrl ?? url, '-v', 'ON_ERROR_STOP=1', '-c', `COPY (SELECT * FROM notes WHERE owner_id = '${seeded.userId}') TO STDOUT`], { maxBuffer: 1 << 30 }).length,
    );

    const run = async (pdfs: boolean) => {
      const runner = new JobRunner(handle.db, logger, { owner: `bench-${pdfs}` }).register(exportJobHandler(rt, { pdfs }));
      const exportId = await queueExport(rt, seeded.ctx, 'mine');
      const r = await withPeakRss(async () => {
        while (await runner.runOnce()) {
          /* the one export job */
        }
      });
      const row = await withTenant(rt.db, systemContext(seeded.practiceId), async (trx) => {
        const e = await trx.selectFrom('exports').select(['status', 'blob_id', 'counts']).where('id', '=', exportId).executeTakeFirstOrThrow();
        const b = await trx.selectFrom('blobs').select(['size_bytes']).where('id', '=', e.blob_id ?? '').executeTakeFirst();
        // Free the singleton for the next run.
        await trx.updateTable('exports').set({ status: 'downloaded' }).where('id', '=', exportId).execute();
        return { ...e, bytes: b?.size_bytes ?? 0 };
      });
      if (row.status !== 'ready') throw new Error(`export ended ${row.status}`);
      return { ...r, bytes: row.bytes, notes: (row.counts).notes ?? 0 };
    };
    const core = await run(false);
    const withPdf = await run(true);

    const line = (name: string, ms: number, peakMb: number | null, extra: string) =>
      console.log(`| ${name} | ${(ms / 1000).toFixed(2)} s | ${Math.round((NOTES / ms) * 1000)} | ${peakMb === null ? 'n/a (psql process)' : `${peakMb.toFixed(0)} MB`} | ${extra} |`);
    console.log('\n| run | time | notes/s | peak RSS (process) | output |');
    console.log('|---|---|---|---|---|');
    line('`COPY (SELECT * FROM notes …) TO STDOUT` (psql, sealed rows)', copy.ms, null, `${(copy.result / 2 ** 20).toFixed(1)} MiB raw rows`);
    line('Tacet export: JSON + FHIR + CSV, sealed zip', core.ms, core.peakMb, `${(core.bytes / 2 ** 20).toFixed(1)} MiB sealed; ${core.notes} notes`);
    line('Tacet export: the same + one PDF per signed note', withPdf.ms, withPdf.peakMb, `${(withPdf.bytes / 2 ** 20).toFixed(1)} MiB sealed`);
    console.log('\nPeak RSS is the whole Node process (runtime, pools, seeding left-overs included), sampled every 20 ms.');
  } finally {
    await rt.close();
    await tdb.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
