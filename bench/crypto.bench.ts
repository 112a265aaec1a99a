// npm run bench:crypto — the cost of Tacet's protections, measured beside what they protect.
//  1. Field encryption + decryption (envelope, AAD-bound, versioned) beside raw node:crypto
//     AES-256-GCM on the same bytes, for 1 KB and 64 KB fields. Target: >= 80% of raw.
//  2. One audited, RLS-scoped insert (withTenant + insert + audit row, one transaction) beside a
//     plain insert of the same row, on PostgreSQL (BENCH_DATABASE_URL, default the local server)
//     and on embedded PGlite. Target: <= 1.5x.
import crypto from 'node:crypto';
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { FieldCrypto, MasterKeys } from '../src/crypto/envelope.ts';
import { FileKeyringStore } from '../src/crypto/keyring.ts';
import { commitWith, withTenant, RUNTIME_ROLE, type TenantContext } from '../src/db/tenant.ts';
import { audit } from '../src/audit/audit.ts';
import { migrate } from '../src/db/migrate.ts';
import { openPGlite, pgliteHandle } from '../src/db/database.ts';
import type { Database } from '../src/db/schema.ts';
import { createPostgresTestDb } from '../test/pg-server.ts';
import type { AdminDb } from '../test/db.ts';

function timeIt(iterations: number, fn: () => void): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

async function fieldBench(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tacet-bench-'));
  const fc = new FieldCrypto(new MasterKeys(crypto.randomBytes(32)), new FileKeyringStore(dir));
  const practiceId = crypto.randomUUID();
  const keys = await fc.keysFor('practice', practiceId);
  const rawKey = crypto.randomBytes(32);
  const aad = Buffer.from(`|${practiceId}|notes|body|${crypto.randomUUID()}`);
  console.log('\n## Field encryption + decryption (one core)\n');
  console.log('| field | raw node:crypto AES-256-GCM | Tacet envelope | ratio (Tacet / raw) |');
  console.log('|---|---|---|---|');
  for (const size of [1024, 64 * 1024]) {
    const data = crypto.randomBytes(size);
    const place = { practiceId, table: 'notes', column: 'body', rowId: crypto.randomUUID() };
    const raw = () => {
      const nonce = crypto.randomBytes(12);
      const c = crypto.createCipheriv('aes-256-gcm', rawKey, nonce);
      c.setAAD(aad);
      const ct = Buffer.concat([c.update(data), c.final()]);
      const tag = c.getAuthTag();
      const d = crypto.createDecipheriv('aes-256-gcm', rawKey, nonce);
      d.setAAD(aad);
      d.setAuthTag(tag);
      Buffer.concat([d.update(ct), d.final()]);
    };
    const tacet = () => {
      keys.decrypt(place, keys.encrypt(place, data));
    };
    const iterations = size === 1024 ? 100_000 : 4_000;
    // Warm up, then alternate rounds so that both see the same machine state.
    timeIt(iterations / 10, raw);
    timeIt(iterations / 10, tacet);
    let rawT = 0;
    let tacetT = 0;
    for (let round = 0; round < 5; round++) {
      rawT += timeIt(iterations, raw);
      tacetT += timeIt(iterations, tacet);
    }
    const mb = (size * iterations * 5) / (1024 * 1024);
    console.log(
      `| ${size / 1024} KB | ${(mb / rawT).toFixed(0)} MB/s (${((rawT / (iterations * 5)) * 1e6).toFixed(2)} µs/op) | ${(mb / tacetT).toFixed(0)} MB/s (${((tacetT / (iterations * 5)) * 1e6).toFixed(2)} µs/op) | ${((rawT / tacetT) * 100).toFixed(0)}% of raw throughput |`,
    );
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function insertBench(label: string, db: Kysely<Database>, asAdmin: <T>(fn: (a: AdminDb) => Promise<T>) => Promise<T>, n: number): Promise<void> {
  const practiceId = crypto.randomUUID();
  const userId = crypto.randomUUID();
  const ctx: TenantContext = { practiceId, userId, roles: ['practitioner'], requestId: 'bench', ip: '127.0.0.1', userAgent: 'bench' };
  await asAdmin(async (a) => {
    // Same columns in both tables; only the protected one has RLS, a policy and the audit.
    await sql.raw(`
      CREATE TABLE bench_plain (id uuid PRIMARY KEY, practice_id uuid NOT NULL, owner_id uuid NOT NULL, body bytea NOT NULL);
      CREATE TABLE bench_protected (id uuid PRIMARY KEY, practice_id uuid NOT NULL, owner_id uuid NOT NULL, body bytea NOT NULL);
      ALTER TABLE bench_protected ENABLE ROW LEVEL SECURITY;
      ALTER TABLE bench_protected FORCE ROW LEVEL SECURITY;
      CREATE POLICY p ON bench_protected USING (practice_id = (SELECT app.current_practice_id()) AND owner_id = (SELECT app.current_user_id()))
        WITH CHECK (practice_id = (SELECT app.current_practice_id()) AND owner_id = (SELECT app.current_user_id()));
      GRANT SELECT, INSERT ON bench_plain, bench_protected TO ${RUNTIME_ROLE};
    `).execute(a);
  });
  const body = crypto.randomBytes(1024);
  const plain = async () => {
    await sql`INSERT INTO bench_plain (id, practice_id, owner_id, body) VALUES (${crypto.randomUUID()}, ${practiceId}, ${userId}, ${body})`.execute(db);
  };
  // The write path Tacet's routes use for a one-statement change: the row, its audit event and
  // the commit leave in one round trip (commitWith).
  const protectedInsert = async () => {
    await withTenant(db, ctx, async (trx) => {
      const id = crypto.randomUUID();
      await audit(trx, ctx, { action: 'note.create', resourceType: 'note', resourceId: id });
      await commitWith(trx, sql`INSERT INTO bench_protected (id, practice_id, owner_id, body) VALUES (${id}, ${practiceId}, ${userId}, ${body})`);
    });
  };
  // A general transaction: the statement's round trip, then the audit row with COMMIT.
  const protectedTx = async () => {
    await withTenant(db, ctx, async (trx) => {
      const id = crypto.randomUUID();
      await sql`INSERT INTO bench_protected (id, practice_id, owner_id, body) VALUES (${id}, ${practiceId}, ${userId}, ${body})`.execute(trx);
      await audit(trx, ctx, { action: 'note.create', resourceType: 'note', resourceId: id });
    });
  };
  const samples = { plain: [] as number[], protectedInsert: [] as number[], protectedTx: [] as number[] };
  for (let i = 0; i < 50; i++) {
    await plain();
    await protectedInsert();
    await protectedTx();
  }
  for (let i = 0; i < n; i++) {
    // Interleaved, so all face the same cache, WAL and disk state.
    let t0 = process.hrtime.bigint();
    await plain();
    samples.plain.push(Number(process.hrtime.bigint() - t0) / 1e3);
    t0 = process.hrtime.bigint();
    await protectedInsert();
    samples.protectedInsert.push(Number(process.hrtime.bigint() - t0) / 1e3);
    t0 = process.hrtime.bigint();
    await protectedTx();
    samples.protectedTx.push(Number(process.hrtime.bigint() - t0) / 1e3);
  }
  const s = (xs: number[]) => [...xs].sort((x, y) => x - y);
  const mean = (xs: number[]) => xs.reduce((x, y) => x + y, 0) / xs.length;
  const p = s(samples.plain);
  const q = s(samples.protectedInsert);
  const g = s(samples.protectedTx);
  const cell = (xs: number[]) => `${mean(xs).toFixed(0)} µs (p50 ${pct(xs, 50).toFixed(0)}, p99 ${pct(xs, 99).toFixed(0)})`;
  console.log(
    `| ${label} | ${cell(p)} | ${cell(q)} | **${(mean(q) / mean(p)).toFixed(2)}x** | ${cell(g)} | ${(mean(g) / mean(p)).toFixed(2)}x |`,
  );
}

async function main(): Promise<void> {
  console.log(`# bench:crypto — ${new Date().toISOString()} — node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} x${os.cpus().length}`);
  await fieldBench();
  console.log('\n## One audited, RLS-scoped insert beside a plain insert of the same 1 KB row\n');
  console.log(
    'Plain: one autocommit INSERT into a table without RLS. Audited: withTenant transaction (runtime role, tenant settings) + INSERT under an owner-scoped RLS policy + hash-chained audit row, committed together — as one flight (commitWith, what routes use for a one-statement write) and as a general transaction (the INSERT, then the audit row with COMMIT). All three through the same driver (prepared statements), means over interleaved runs.\n',
  );
  console.log('| database | plain insert | audited RLS-scoped insert (commitWith) | ratio | general transaction | ratio |');
  console.log('|---|---|---|---|---|---|');
  const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  try {
    const pgDb = await createPostgresTestDb(url);
    try {
      await insertBench('PostgreSQL (local server)', pgDb.db, (fn) => pgDb.asAdmin(fn), 2000);
    } finally {
      await pgDb.close();
    }
  } catch (err) {
    console.log(`| PostgreSQL | not measured: ${(err as Error).message} | | | | |`);
  }
  // Embedded PGlite as a solo practice runs it (a data directory on disk), and in memory.
  for (const [label, dir] of [
    ['PGlite (embedded, data directory on disk)', fs.mkdtempSync(path.join(os.tmpdir(), 'tacet-bench-pglite-'))],
    ['PGlite (embedded, in memory)', undefined],
  ] as const) {
    const pg = await openPGlite(dir);
    const h = pgliteHandle(pg);
    await migrate(h.db);
    const asAdmin = <T>(fn: (a: AdminDb) => Promise<T>) => fn(h.db);
    await insertBench(label, h.db, asAdmin, 2000);
    await h.close();
    if (dir !== undefined) fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
