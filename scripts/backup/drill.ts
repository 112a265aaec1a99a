// `npm run drill:backup` — the R44 restore drill for server mode (docs/operations.md, "Backups").
//
// Builds a private PostgreSQL cluster (initdb in a temporary folder, its own port on 127.0.0.1,
// never the shared server on 5432), archives its WAL with pgBackRest into a local repository,
// migrates it with Tacet's migrations and writes synthetic data through Tacet's own code
// (withTenant, per-client keys, the audit chain). Then: a full backup, more writes, a noted
// time T, writes after T, two shreddings (a whole practice, and one client of another practice),
// and a point-in-time restore to T into a NEW cluster. It checks, on the restored cluster:
//   1. row counts equal those at T (writes after T gone, writes between backup and T replayed);
//   2. row-level security still enforced (Tacet's start-up guard passes; tacet_app with no tenant
//      context gets the no-tenant error; one practice sees none of another's rows);
//   3. what was shredded after the backup stays unreadable, since the keyring is kept apart;
// plus the audit chain verifying end to end. Exit 0 when all hold, 1 otherwise.
//
// Needs: PostgreSQL server binaries (initdb, pg_ctl; PG_BIN to choose) and pgbackrest on PATH.
// As root, the cluster and pgBackRest run as the OS user `postgres`. `--keep` leaves the folder.
import fs from 'node:fs';
import os from 'node:os';
import net from 'node:net';
import path from 'node:path';
import crypto from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { sql, type Kysely } from 'kysely';
import { postgresHandle, type DbHandle } from '../../src/db/database.ts';
import { migrate } from '../../src/db/migrate.ts';
import { checkRowLevelSecurity } from '../../src/db/rls-check.ts';
import { RUNTIME_ROLE, withTenant } from '../../src/db/tenant.ts';
import { useDatabaseClock } from '../../src/db/tenant-driver.ts';
import { systemClock } from '../../src/platform/clock.ts';
import { FileKeyringStore } from '../../src/crypto/keyring.ts';
import { FieldCrypto, MasterKeys } from '../../src/crypto/envelope.ts';
import { verifyAudit } from '../../src/audit/verify.ts';
import { addDrillClient, addDrillPractice, readDrillClients } from '../../src/platform/backup/drill-data.ts';
import type { Database } from '../../src/db/schema.ts';

const STANZA = 'tacet-drill';
const keep = process.argv.includes('--keep');
const started = performance.now();
const asRoot = process.getuid?.() === 0;
const lines: string[] = [];
const say = (s: string) => {
  lines.push(s);
  process.stdout.write(`${s}\n`);
};
const secs = () => ((performance.now() - started) / 1000).toFixed(1);
const step = (s: string) => say(`[${secs().padStart(5)} s] ${s}`);

function pgBin(): string {
  if (process.env.PG_BIN !== undefined) return process.env.PG_BIN;
  const base = '/usr/lib/postgresql';
  const versions = fs.existsSync(base) ? fs.readdirSync(base).filter((v) => fs.existsSync(path.join(base, v, 'bin', 'initdb'))) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  if (versions[0] === undefined) throw new Error('no PostgreSQL server binaries found: install postgresql or set PG_BIN');
  return path.join(base, versions[0], 'bin');
}

/** Runs a program (as `postgres` when we are root); throws with its output when it fails. */
function run(cmd: string, args: string[], opts: { quiet?: boolean } = {}): string {
  const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
  const r = spawnSync(file, argv, { encoding: 'utf8', cwd: os.tmpdir() });
  if (r.status !== 0) throw new Error(`${path.basename(cmd)} ${args.filter((a) => !a.startsWith('--config')).join(' ')} failed (${r.status ?? r.signal}):\n${r.stdout}${r.stderr}`);
  if (opts.quiet !== true && r.stderr.trim() !== '') process.stderr.write(r.stderr);
  return r.stdout;
}

/** Best effort, for the clean-up path: an immediate stop of a cluster this drill started. */
function stopQuietly(pgCtl: string, dir: string): void {
  const args = ['-D', dir, '-m', 'immediate', '-w', 'stop'];
  if (asRoot) spawnSync('runuser', ['-u', 'postgres', '--', pgCtl, ...args]);
  else spawnSync(pgCtl, args);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

const url = (port: number, user: string, db: string) => `postgres://${user}@127.0.0.1:${port}/${db}`;

async function counts(db: Kysely<Database>): Promise<Record<string, number>> {
  const r = await sql<{ t: string; n: number }>`
    SELECT 'practices' AS t, count(*)::int AS n FROM practices
    UNION ALL SELECT 'clients', count(*)::int FROM clients
    UNION ALL SELECT 'memberships', count(*)::int FROM memberships
    UNION ALL SELECT 'audit_events', count(*)::int FROM audit_events`.execute(db);
  return Object.fromEntries(r.rows.map((x) => [x.t, x.n]));
}

async function main(): Promise<number> {
  const bin = pgBin();
  const pgbackrest = 'pgbackrest';
  if (spawnSync(pgbackrest, ['version'], { encoding: 'utf8' }).status !== 0) throw new Error('pgbackrest is not installed (Debian: apt-get install pgbackrest)');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tacet-drill-'));
  const pg1 = path.join(tmp, 'pg-live');
  const pg2 = path.join(tmp, 'pg-restored');
  const repo = path.join(tmp, 'repo');
  const conf = path.join(tmp, 'pgbackrest.conf');
  const [port1, port2] = [await freePort(), await freePort()];
  const checks: Array<[string, boolean, string]> = [];
  const check = (name: string, ok: boolean, detail: string) => {
    checks.push([name, ok, detail]);
    step(`${ok ? 'PASS' : 'FAIL'} ${name}: ${detail}`);
  };
  const handles: DbHandle[] = [];
  const open = (u: string) => {
    const h = postgresHandle(u, 2);
    handles.push(h);
    useDatabaseClock(h.db, systemClock);
    return h;
  };
  let started1 = false;
  let started2 = false;
  try {
    for (const d of ['repo', 'log', 'lock', 'spool']) fs.mkdirSync(path.join(tmp, d));
    fs.writeFileSync(
      conf,
      [
        '[global]',
        `repo1-path=${repo}`,
        'repo1-retention-full=2',
        `log-path=${path.join(tmp, 'log')}`,
        `lock-path=${path.join(tmp, 'lock')}`,
        `spool-path=${path.join(tmp, 'spool')}`,
        'log-level-console=warn',
        'log-level-file=info',
        'start-fast=y',
        'compress-type=lz4',
        '',
        `[${STANZA}]`,
        `pg1-path=${pg1}`,
        `pg1-port=${port1}`,
        `pg1-socket-path=${tmp}`,
        'pg1-user=postgres',
        '',
      ].join('\n'),
    );
    if (asRoot) spawnSync('chown', ['-R', 'postgres:postgres', tmp]);
    step(`private cluster in ${tmp}, port ${port1} (PostgreSQL binaries: ${bin})`);
    run(path.join(bin, 'initdb'), ['-D', pg1, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--no-instructions'], { quiet: true });
    fs.appendFileSync(
      path.join(pg1, 'postgresql.conf'),
      [
        '',
        '# backup drill',
        `port = ${port1}`,
        "listen_addresses = '127.0.0.1'",
        `unix_socket_directories = '${tmp}'`,
        'wal_level = replica',
        'archive_mode = on',
        `archive_command = 'pgbackrest --config=${conf} --stanza=${STANZA} archive-push %p'`,
        'max_wal_senders = 3',
        'shared_buffers = 32MB',
        'fsync = on',
        '',
      ].join('\n'),
    );
    run(path.join(bin, 'pg_ctl'), ['-D', pg1, '-l', path.join(tmp, 'log', 'pg-live.log'), '-w', 'start'], { quiet: true });
    started1 = true;
    run(pgbackrest, [`--config=${conf}`, `--stanza=${STANZA}`, 'stanza-create']);
    run(pgbackrest, [`--config=${conf}`, `--stanza=${STANZA}`, 'check']);
    step('pgBackRest stanza created; WAL archiving checked');

    // Roles and database as docs/operations.md sets them up; migrations run as the owner.
    const superuser = open(url(port1, 'postgres', 'postgres'));
    for (const stmt of [
      'CREATE ROLE tacet_owner LOGIN NOSUPERUSER NOBYPASSRLS',
      `CREATE ROLE ${RUNTIME_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS`,
      'CREATE ROLE tacet_auditor NOLOGIN NOSUPERUSER NOBYPASSRLS',
      'CREATE DATABASE tacet OWNER tacet_owner',
    ]) {
      await sql.raw(stmt).execute(superuser.db);
    }
    const owner = open(url(port1, 'tacet_owner', 'tacet'));
    const applied = await migrate(owner.db);
    const app = open(url(port1, RUNTIME_ROLE, 'tacet'));
    await checkRowLevelSecurity(app.db, { checkLoginRole: true });
    const admin = open(url(port1, 'postgres', 'tacet'));
    step(`Tacet's ${applied.length} migrations applied as tacet_owner; start-up RLS guard passes for tacet_app`);

    // The keyring lives apart from the clinical cluster (here a keyring file; in production its
    // own database on its own cluster), so the restore below cannot bring a key back.
    const keyring = new FileKeyringStore(path.join(tmp, 'keyring'));
    const fc = new FieldCrypto(new MasterKeys(crypto.randomBytes(32)), keyring, 0);
    const a = await addDrillPractice(app.db, 'Alpha');
    const b = await addDrillPractice(app.db, 'Beta');
    const a1 = await addDrillClient(app.db, fc, a, 'A.A.');
    const a2 = await addDrillClient(app.db, fc, a, 'A.B.');
    const b1 = await addDrillClient(app.db, fc, b, 'B.A.');
    const b2 = await addDrillClient(app.db, fc, b, 'B.B.');
    step('seeded 2 practices and 4 clients through withTenant, per-client keys and the audit chain');

    run(pgbackrest, [`--config=${conf}`, `--stanza=${STANZA}`, '--type=full', 'backup']);
    step('full backup taken');

    const a3 = await addDrillClient(app.db, fc, a, 'A.C.'); // after the backup, before T: must come back (WAL replay)
    const atT = await counts(admin.db);
    await new Promise((r) => setTimeout(r, 1100));
    const target = (await sql<{ t: string }>`SELECT clock_timestamp()::text AS t`.execute(admin.db)).rows[0]!.t;
    await new Promise((r) => setTimeout(r, 1100));
    const a4 = await addDrillClient(app.db, fc, a, 'A.D.'); // after T: must be gone
    step(`wrote 1 client after the backup, noted T = ${target}, wrote 1 more after T`);

    await fc.destroy('practice', b.practiceId);
    await fc.destroy('client', a2);
    step('shredded after the backup: practice Beta (all its keys) and client A.B. of Alpha');
    run(pgbackrest, [`--config=${conf}`, `--stanza=${STANZA}`, 'check']); // switches WAL and waits for it to be archived
    const after = await counts(admin.db);

    for (const h of handles.splice(0)) await h.close();
    run(path.join(bin, 'pg_ctl'), ['-D', pg1, '-m', 'fast', '-w', 'stop'], { quiet: true });
    started1 = false;
    step('live cluster stopped');

    run(pgbackrest, [`--config=${conf}`, `--stanza=${STANZA}`, `--pg1-path=${pg2}`, '--type=time', `--target=${target}`, '--target-action=promote', 'restore']);
    run(
      path.join(bin, 'pg_ctl'),
      ['-D', pg2, '-l', path.join(tmp, 'log', 'pg-restored.log'), '-o', `-p ${port2} -c archive_mode=off`, '-w', '-t', '120', 'start'],
      { quiet: true },
    );
    started2 = true;
    // Promotion ends recovery; wait until the restored cluster accepts writes.
    const radmin = open(url(port2, 'postgres', 'tacet'));
    for (let i = 0; i < 120; i++) {
      const r = await sql<{ r: boolean }>`SELECT pg_is_in_recovery() AS r`.execute(radmin.db);
      if (r.rows[0]?.r === false) break;
      await new Promise((res) => setTimeout(res, 250));
    }
    step(`restored to T into a new cluster on port ${port2}`);

    // 1. Row counts.
    const restored = await counts(radmin.db);
    const fmt = (c: Record<string, number>) => Object.entries(c).map(([k, v]) => `${k} ${v}`).join(', ');
    check('row counts equal those at T', JSON.stringify(restored) === JSON.stringify(atT), `restored: ${fmt(restored)}; at T: ${fmt(atT)}; live before stop: ${fmt(after)}`);
    const rapp = open(url(port2, RUNTIME_ROLE, 'tacet'));
    const seenA = await readDrillClients(rapp.db, fc, a);
    check('writes after T are gone, writes between backup and T are back', seenA.has(a3) && !seenA.has(a4), `A.C. (before T) ${seenA.has(a3) ? 'present' : 'MISSING'}, A.D. (after T) ${seenA.has(a4) ? 'PRESENT' : 'absent'}`);

    // 2. Row-level security.
    let guard = 'passes';
    try {
      await checkRowLevelSecurity(rapp.db, { checkLoginRole: true });
    } catch (err) {
      guard = err instanceof Error ? err.message : 'failed';
    }
    let noTenant: string;
    try {
      const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM clients`.execute(rapp.db);
      noTenant = r.rows[0]?.n === 0 ? 'sees 0 rows' : `SEES ${r.rows[0]?.n ?? '?'} ROWS`;
    } catch (err) {
      noTenant = err instanceof Error && err.message.startsWith('no tenant context') ? 'refused: "no tenant context"' : `error: ${String(err)}`;
    }
    const crossTenant = await withTenant(rapp.db, a, (trx) => trx.selectFrom('clients').select('id').where('practice_id', '=', b.practiceId).execute());
    check(
      'RLS still enforced',
      guard === 'passes' && !noTenant.startsWith('SEES') && !noTenant.startsWith('error') && crossTenant.length === 0,
      `start-up guard ${guard}; tacet_app without tenant context ${noTenant}; Alpha reading Beta's clients sees ${crossTenant.length}`,
    );

    // 3. Shredding survives the restore.
    const seenB = await readDrillClients(rapp.db, fc, b);
    const bUnreadable = [b1, b2].every((id) => seenB.get(id) === 'unreadable');
    check(
      'shredded after the backup stays unreadable after restore',
      bUnreadable && seenB.size === 2 && seenA.get(a2) === 'unreadable' && seenA.get(a1) === 'opens' && seenA.get(a3) === 'opens',
      `Beta: ${seenB.size} client rows restored, ${[...seenB.values()].filter((v) => v === 'unreadable').length} unreadable; Alpha: A.B. ${seenA.get(a2) ?? '?'}, A.A. ${seenA.get(a1) ?? '?'}, A.C. ${seenA.get(a3) ?? '?'}`,
    );

    const audit = await verifyAudit(radmin.db);
    check('audit chains verify on the restored cluster', audit.problems.length === 0, `${audit.events} events in ${audit.practices} chains, ${audit.problems.length} problems`);
    await keyring.close();
  } finally {
    for (const h of handles.splice(0)) await h.close().catch(() => undefined);
    if (started2) stopQuietly(path.join(bin, 'pg_ctl'), pg2);
    if (started1) stopQuietly(path.join(bin, 'pg_ctl'), pg1);
    if (keep) say(`kept ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
  const failed = checks.filter(([, ok]) => !ok).length;
  say('');
  say(`Backup drill (R44): ${checks.length - failed} of ${checks.length} checks passed in ${secs()} s (pgBackRest ${spawnSync(pgbackrest, ['version'], { encoding: 'utf8' }).stdout.trim().replace(/^pgBackRest /, '')}, PostgreSQL ${path.basename(path.dirname(bin))})`);
  return failed === 0 && checks.length > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`backup drill failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
