// npm run bench:import — imports 10,000 therapy sessions (issue 19, R14) from one CSV through the
// real routes (upload: decode, parse, validate, initials, seal, stage; then confirm: open, insert
// in one transaction, delete the staging) and reports rows/s and peak RSS beside a plain `COPY …
// FROM STDIN` of the same 10,000 rows into a table of the same shape, in the same run.
// Embedded PGlite always; PostgreSQL too when TEST_DATABASE_URL or BENCH_DATABASE_URL (a superuser
// URL) is set (the COPY there goes through psql).
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { Writable } from 'node:stream';
import { sql } from 'kysely';
import { loadConfig } from '../../src/config/config.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { FileKeyringStore } from '../../src/crypto/keyring.ts';
import { FieldCrypto, MasterKeys } from '../../src/crypto/envelope.ts';
import { createMailer } from '../../src/platform/mailer.ts';
import { BackgroundTasks } from '../../src/platform/background.ts';
import { JobRunner } from '../../src/platform/jobs/runner.ts';
import { BlobStore } from '../../src/platform/blobs/store.ts';
import { FileBlobBackend } from '../../src/platform/blobs/backend.ts';
import { systemClock } from '../../src/platform/clock.ts';
import { openRuntime, type Runtime } from '../../src/platform/runtime.ts';
import { buildApp } from '../../src/http/server.ts';
import { createPostgresTestDb } from '../../test/pg-server.ts';
import { seedPractice } from '../../test/factories.ts';
import { sessionFor } from '../../test/auth.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? '10000');
const CLIENTS = Math.max(1, Math.floor(ROWS / 20));

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

/** The upload: 10,000 past sessions of 500 synthetic clients, as another tool might export them. */
function sessionsCsv(): string {
  const lines = ['Client ID,Client Name,Start,Minutes,Code,Modality,POS,Status'];
  const start = Date.UTC(2024, 0, 1, 14, 0);
  for (let i = 0; i < ROWS; i++) {
    const k = i % CLIENTS;
    const at = new Date(start + i * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
    lines.push(`B-${k},Test Person ${String.fromCharCode(65 + (k % 26))}${k},${at},53,90837,video,10,attended`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The same rows as COPY sees them (ids resolved, as the import's commit writes them). */
function copyCsv(practiceId: string, ownerId: string): string {
  const clientIds = Array.from({ length: CLIENTS }, () => crypto.randomUUID());
  const out: string[] = [];
  const start = Date.UTC(2024, 0, 1, 14, 0);
  for (let i = 0; i < ROWS; i++) {
    out.push([crypto.randomUUID(), practiceId, ownerId, clientIds[i % CLIENTS], new Date(start + i * 3_600_000).toISOString(), 53, '90837', 'video', '10', 'attended'].join(','));
  }
  return `${out.join('\n')}\n`;
}

const COPY_TABLE = `CREATE TABLE bench_copy_sessions (id uuid PRIMARY KEY, practice_id uuid, owner_id uuid, client_id uuid, starts_at timestamptz,
  duration_minutes integer, service_code text, modality text, place_of_service text, attendance text)`;
const COPY_SQL = 'COPY bench_copy_sessions (id, practice_id, owner_id, client_id, starts_at, duration_minutes, service_code, modality, place_of_service, attendance) FROM STDIN WITH (FORMAT csv)';

interface Store {
  name: string;
  rt: Runtime;
  copy(csv: string): Promise<void>;
  close(): Promise<void>;
}

async function pgliteStore(): Promise<Store> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tacet-bench-import-'));
  const rt = await openRuntime(loadConfig({ TACET_DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), createLogger('silent', new Writable({ write: (_c, _e, cb) => cb() })));
  const pg = rt.dbHandle.pglite;
  if (pg === undefined) throw new Error('not PGlite');
  return {
    name: 'PGlite (embedded)',
    rt,
    async copy(csv) {
      // PGlite is one session: as the superuser for the baseline, then back to the runtime role.
      await pg.exec(`RESET ROLE; ${COPY_TABLE}`);
      await pg.query(COPY_SQL.replace('STDIN', "'/dev/blob'"), [], { blob: new Blob([csv]) });
      await pg.exec('SET ROLE tacet_app');
    },
    async close() {
      await rt.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function postgresStore(url: string): Promise<Store> {
  const tdb = await createPostgresTestDb(url);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tacet-bench-import-'));
  const keyring = new FileKeyringStore(path.join(dataDir, 'keyring'));
  const config = loadConfig({ TACET_DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const logger = createLogger('silent', new Writable({ write: (_c, _e, cb) => cb() }));
  const fieldCrypto = new FieldCrypto(new MasterKeys(crypto.randomBytes(32)), keyring);
  const backend = new FileBlobBackend(path.join(dataDir, 'blobs'));
  const rt: Runtime = {
    config, logger, dbHandle: tdb.handle, db: tdb.db, crypto: fieldCrypto, mailer: createMailer(config), background: new BackgroundTasks(logger),
    clock: systemClock, jobs: new JobRunner(tdb.db, logger), blobs: new BlobStore(backend, fieldCrypto, tdb.db),
    async close() {
      await keyring.close();
    },
  };
  return {
    name: 'PostgreSQL',
    rt,
    async copy(csv) {
      await tdb.asAdmin((db) => sql.raw(COPY_TABLE).execute(db));
      execFileSync('psql', [tdb.adminUrl ?? url, '-v', 'ON_ERROR_STOP=1', '-c', COPY_SQL], { input: csv, maxBuffer: 1 << 26 });
    },
    async close() {
      await rt.close();
      await tdb.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function run(store: Store): Promise<void> {
  const { rt } = store;
  const p = await seedPractice(rt.db, 'Bench Import');
  const s = await sessionFor(rt, { userId: p.users.practitioner, practiceId: p.practiceId, stage: 'full' });
  const app = await buildApp(rt, { rateLimitPerMinute: 1_000_000 });
  await app.ready();
  const csv = sessionsCsv();
  const rssBefore = process.memoryUsage().rss / 2 ** 20;
  const mapping = JSON.stringify({ clientRef: 0, name: 1, startsAt: 2, durationMinutes: 3, serviceCode: 4, modality: 5, placeOfService: 6, attendance: 7 });
  const upload = await withPeakRss(async () => {
    const res = await app.inject({ method: 'POST', url: '/api/imports', query: { kind: 'sessions', mapping, timeZone: 'UTC' }, headers: { ...s.headers, 'content-type': 'text/csv' }, payload: csv });
    if (res.statusCode !== 201) throw new Error(`upload: ${res.statusCode} ${res.body.slice(0, 200)}`);
    return res.json<{ id: string; counts: { staged: number } }>();
  });
  if (upload.result.counts.staged !== ROWS) throw new Error(`staged ${upload.result.counts.staged} of ${ROWS}`);
  const confirm = await withPeakRss(async () => {
    const res = await app.inject({ method: 'POST', url: `/api/imports/${upload.result.id}/confirm`, headers: s.headers, payload: {} });
    if (res.statusCode !== 200) throw new Error(`confirm: ${res.statusCode} ${res.body.slice(0, 200)}`);
    return res.json<{ sessions: number }>();
  });
  const rows = copyCsv(p.practiceId, p.users.practitioner);
  const copy = await withPeakRss(() => store.copy(rows));
  await app.close();
  const rate = (ms: number) => Math.round(ROWS / (ms / 1000)).toLocaleString('en-US');
  const total = upload.ms + confirm.ms;
  console.log(`\n## ${store.name}: ${ROWS.toLocaleString('en-US')} sessions of ${CLIENTS} clients, ${(Buffer.byteLength(csv) / 2 ** 20).toFixed(2)} MiB of CSV; process RSS before the upload ${rssBefore.toFixed(0)} MiB (the database engine, in process for PGlite, included)\n`);
  console.log('| step | time | rows/s | peak RSS |');
  console.log('|---|---:|---:|---:|');
  console.log(`| upload (decode, parse, validate, initials, seal, stage) | ${upload.ms.toFixed(0)} ms | ${rate(upload.ms)} | ${upload.peakMb.toFixed(0)} MiB |`);
  console.log(`| confirm (open, insert clients and sessions, delete staging, audit) | ${confirm.ms.toFixed(0)} ms | ${rate(confirm.ms)} | ${confirm.peakMb.toFixed(0)} MiB |`);
  console.log(`| **import, upload + confirm** | ${total.toFixed(0)} ms | ${rate(total)} | ${Math.max(upload.peakMb, confirm.peakMb).toFixed(0)} MiB |`);
  console.log(`| plain \`COPY … FROM STDIN\` of the same rows (no checks, no sealing, no RLS) | ${copy.ms.toFixed(0)} ms | ${rate(copy.ms)} | ${copy.peakMb.toFixed(0)} MiB |`);
}

async function main(): Promise<void> {
  console.log(`# bench:import — ${new Date().toISOString()} — node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} x${os.cpus().length}`);
  const stores: Array<() => Promise<Store>> = [pgliteStore];
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? '';
  if (url !== '') stores.push(() => postgresStore(url));
  for (const open of stores) {
    const store = await open();
    try {
      await run(store);
    } finally {
      await store.close();
    }
  }
}

await main();
