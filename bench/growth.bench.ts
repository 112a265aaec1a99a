// npm run bench:growth [-- --scale S] — how cost grows with a practice's records (issue 21, item 5).
// On PostgreSQL (BENCH_DATABASE_URL, default the local server): creates its own databases and drops
// them after, except the cached template of the large one.
//
//  small  today's bench practice (bench/clinical.bench.ts): 20 clinicians × 100 clients × 30 weekly
//         sessions, each with a signed SOAP note sealed with the real envelope; plus a timeline
//         client with 200 sessions, signed notes with goal progress, a plan and assessments.
//  large  the same, plus 19 more practices of the same shape (1.2 M signed notes in all), an audit
//         trail of ≥ 5 M events with valid hash chains, and the timeline client given ten years of
//         weekly sessions (500) instead of 200.
//
// The 19 extra practices and their audit trail are generated in bulk (INSERT … SELECT
// generate_series, and COPY through psql), not through the API: a handful of sealed note values
// produced by the real envelope are re-used for every row (their AAD names another row, so they
// would not open — nothing reads them), and the audit chains are computed here with the
// verifier's own canonical form. That part is cached as a template database keyed by the
// migration set, the scale and the generator's version; reruns copy it (CREATE DATABASE …
// TEMPLATE). The bench practice is seeded the same way in both databases on every run.
//
// Load: the real HTTP server over loopback, 64 keep-alive connections, closed loop, interleaved
// rounds (small and large alternate, the order reversed every other round): note read, note
// create, the client list (first page) and a timeline (first page). Reports p50/p99 and the
// large/small ratio per route (target ≤ 1.3×).
//
// Then audit verify: the large database's whole trail through verifyAudit (lanes in parallel),
// beside `sha256sum` hashing the same canonical bytes (written while generating) in the same run.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { sql, type Kysely } from 'kysely';
import { FileKeyringStore } from '../src/crypto/keyring.ts';
import { FieldCrypto, MasterKeys } from '../src/crypto/envelope.ts';
import type { Runtime } from '../src/platform/runtime.ts';
import { postgresHandle, type DbHandle } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { RUNTIME_ROLE, withTenant } from '../src/db/tenant.ts';
import type { Database } from '../src/db/schema.ts';
import { buildApp } from '../src/http/server.ts';
import { sessionFor } from '../test/auth.ts';
import { contentHash } from '../src/features/notes/queries.ts';
import { canonical, rowHash, verifyAudit, type ChainRow } from '../src/audit/verify.ts';
import { copyFormatFromEnv, copyRowParser, postgresCopyConnector, type CopyFormat } from '../src/audit/verify-copy.ts';
import { BINARY_COLUMNS } from '../src/audit/verify-copy-binary.ts';
import { benchRuntime, closedLoop, pct, seedBenchPractice, type LoadRequest } from './harness.ts';


const GENERATOR_VERSION = 1;
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const SCALE = Number(arg('--scale') ?? process.env.GROWTH_SCALE ?? 1);
const CLINICIANS = 20;
const CLIENTS = Math.max(2, Math.round(100 * SCALE));
const SESSIONS = 30;
const EXTRA_PRACTICES = 19;
const AUDIT_EVENTS = Math.round(5_000_000 * SCALE);
const SMALL_TIMELINE = 200;
const LARGE_TIMELINE = 500;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 10_000);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 5));
const POOL = Number(process.env.BENCH_POOL ?? 10);
const VERIFY_CONCURRENCY = Number(process.env.BENCH_VERIFY_CONCURRENCY ?? 2);
// --only audit: the large database from its cached template and the audit verify part alone.
const ONLY_AUDIT = arg('--only') === 'audit';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'tacet', 'growth');

const SECTIONS = {
  subjective: 'Client reports sleeping six hours most nights and fewer worry episodes at work. '.repeat(4),
  objective: 'Alert, oriented, euthymic affect, good eye contact, speech normal in rate and volume. '.repeat(3),
  assessment: 'Progress toward goal 1 (reduce worry) is steady; no safety concerns identified today. '.repeat(3),
  plan: 'Continue weekly CBT; practice worry postponement daily; review PHQ-9 next session. '.repeat(3),
};

function withUser(url: string, user: string, database: string): string {
  const u = new URL(url);
  u.username = user;
  u.password = '';
  u.pathname = `/${database}`;
  return u.toString();
}

const log = (msg: string): void => console.error(`[${new Date().toISOString().slice(11, 19)}] ${msg}`);

async function send(port: number, method: string, p: string, headers: Record<string, string>, body?: unknown): Promise<{ status: number; json: unknown }> {
  const data = body === undefined ? '' : JSON.stringify(body);
  const typed = body === undefined ? {} : { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(data)) };
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: p, headers: { ...headers, ...typed } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null') as unknown }));
    });
    req.on('error', reject);
    req.end(data);
  });
}

// ---- databases ---------------------------------------------------------------------------------

async function ensureRoles(server: Kysely<Database>): Promise<void> {
  for (const stmt of [`CREATE ROLE tacet_owner LOGIN NOSUPERUSER NOBYPASSRLS`, `CREATE ROLE ${RUNTIME_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS`, `CREATE ROLE tacet_auditor NOLOGIN NOSUPERUSER NOBYPASSRLS`]) {
    try {
      await sql.raw(stmt).execute(server);
    } catch {
      /* exists already */
    }
  }
}

/** The cache key: every migration file's bytes, the scale and this generator's version. */
function cacheKey(): string {
  const dir = path.join(ROOT, 'src', 'db', 'migrations');
  const h = crypto.createHash('sha256').update(`growth-v${GENERATOR_VERSION}|scale=${SCALE}|`);
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.sql')).sort()) h.update(f).update(fs.readFileSync(path.join(dir, f)));
  return h.digest('hex').slice(0, 12);
}

function psqlCopy(url: string, copySql: string, feed: (write: (chunk: string | Buffer) => Promise<void>) => Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('psql', [url, '-v', 'ON_ERROR_STOP=1', '-q', '-c', 'SET session_replication_role = replica', '-c', copySql], { stdio: ['pipe', 'inherit', 'inherit'] });
    const write = (chunk: string | Buffer): Promise<void> =>
      new Promise((res) => {
        if (child.stdin.write(chunk)) res();
        else child.stdin.once('drain', () => res());
      });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`psql COPY exited ${code}`))));
    feed(write).then(
      () => child.stdin.end(),
      (e: unknown) => {
        child.kill();
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

interface Generated {
  notes: number;
  auditEvents: number;
  canonicalBytes: number;
  secs: number;
}

/**
 * The 19 extra practices and the audit trail, as the database superuser with triggers off for the
 * session (session_replication_role = replica: the rows are written as they would be after years of
 * use, chains computed here). Returns the sizes; writes the canonical bytes of every audit row to
 * `canonicalFile` for the sha256sum baseline.
 */
async function generate(adminUrl: string, canonicalFile: string): Promise<Generated> {
  const t0 = Date.now();
  const admin = postgresHandle(adminUrl, 1);
  const practices: Array<{ id: string; clinicians: string[] }> = [];
  try {
    // A handful of really sealed values, made by the real envelope under a throwaway key.
    const fc = new FieldCrypto(new MasterKeys(crypto.randomBytes(32)), new FileKeyringStore(fs.mkdtempSync(path.join(os.tmpdir(), 'tacet-growth-keys-'))));
    const samplePractice = crypto.randomUUID();
    const keys = await fc.keysFor('practice', samplePractice);
    const sealed = Array.from({ length: 4 }, () => keys.encryptString({ practiceId: samplePractice, table: 'notes', column: 'sections', rowId: crypto.randomUUID() }, JSON.stringify(SECTIONS)));
    const hashHex = contentHash({ id: crypto.randomUUID(), client_id: crypto.randomUUID(), session_id: crypto.randomUUID(), kind: 'progress', format: 'soap', names_sealed: null }, SECTIONS, crypto.randomUUID(), new Date());
    await admin.db.connection().execute(async (db) => {
      await sql`SET session_replication_role = replica`.execute(db);
      for (let i = 1; i <= EXTRA_PRACTICES; i++) {
        const pid = crypto.randomUUID();
        const tp = Date.now();
        await sql`INSERT INTO practices (id, name) VALUES (${pid}, ${`Growth Practice ${i}`})`.execute(db);
        await sql`INSERT INTO users (id, email, name)
          SELECT md5(${pid} || 'u' || k)::uuid, 'growth.' || ${i} || '.' || k || '@example.test', 'Growth Clinician ' || k FROM generate_series(0, ${CLINICIANS}) k`.execute(db);
        await sql`INSERT INTO memberships (practice_id, user_id, role)
          SELECT ${pid}, md5(${pid} || 'u' || k)::uuid, CASE WHEN k = ${CLINICIANS} THEN 'owner' ELSE 'practitioner' END FROM generate_series(0, ${CLINICIANS}) k`.execute(db);
        await sql`INSERT INTO clients (id, practice_id, owner_id, label, label_kind, birth_year, client_number)
          SELECT md5(${pid} || 'c' || u || '.' || c)::uuid, ${pid}, md5(${pid} || 'u' || u)::uuid, 'G.' || chr(65 + c % 26) || '.', 'initials', 1960 + c % 40, nextval('app.client_number_seq')::int
            FROM generate_series(0, ${CLINICIANS - 1}) u, generate_series(0, ${CLIENTS - 1}) c`.execute(db);
        await sql`INSERT INTO therapy_sessions (id, practice_id, owner_id, client_id, starts_at, duration_minutes, service_code, modality, place_of_service, attendance)
          SELECT md5(${pid} || 's' || u || '.' || c || '.' || s)::uuid, ${pid}, md5(${pid} || 'u' || u)::uuid, md5(${pid} || 'c' || u || '.' || c)::uuid,
                 timestamptz '2025-01-06 15:00Z' + s * interval '7 days', 53, '90837', 'video', '10', 'attended'
            FROM generate_series(0, ${CLINICIANS - 1}) u, generate_series(0, ${CLIENTS - 1}) c, generate_series(0, ${SESSIONS - 1}) s`.execute(db);
        await sql`INSERT INTO notes (id, practice_id, owner_id, client_id, session_id, kind, format, sections_sealed, names_sealed, status, signed_at, signed_by, signed_ip, content_sha256)
          SELECT md5(${pid} || 'n' || u || '.' || c || '.' || s)::uuid, ${pid}, md5(${pid} || 'u' || u)::uuid, md5(${pid} || 'c' || u || '.' || c)::uuid,
                 md5(${pid} || 's' || u || '.' || c || '.' || s)::uuid, 'progress', 'soap',
                 (ARRAY[${sealed[0]}::bytea, ${sealed[1]}::bytea, ${sealed[2]}::bytea, ${sealed[3]}::bytea])[1 + (c + s) % 4], NULL, 'signed',
                 timestamptz '2025-01-06 16:00Z' + s * interval '7 days', md5(${pid} || 'u' || u)::uuid, '127.0.0.1', ${hashHex}
            FROM generate_series(0, ${CLINICIANS - 1}) u, generate_series(0, ${CLIENTS - 1}) c, generate_series(0, ${SESSIONS - 1}) s`.execute(db);
        const clinicians = (await sql<{ id: string }>`SELECT md5(${pid} || 'u' || k)::uuid AS id FROM generate_series(0, ${CLINICIANS - 1}) k`.execute(db)).rows.map((r) => r.id);
        practices.push({ id: pid, clinicians });
        log(`practice ${i}/${EXTRA_PRACTICES}: ${CLINICIANS * CLIENTS * SESSIONS} notes in ${((Date.now() - tp) / 1000).toFixed(1)} s`);
      }
    });

    // The audit trail: 16 lanes per practice, each a valid chain, in COPY text format.
    const perLane = Math.ceil(AUDIT_EVENTS / (EXTRA_PRACTICES * 16));
    const actions = ['note.read', 'note.create', 'client.list', 'timeline.read', 'note.sign', 'client.read'];
    const heads: string[] = [];
    const out = fs.createWriteStream(canonicalFile);
    let canonicalBytes = 0;
    let events = 0;
    const esc = (v: string | null): string => (v === null ? '\\N' : v);
    const ta = Date.now();
    await psqlCopy(adminUrl, 'COPY audit_events (practice_id, lane, seq, occurred_at, actor_id, actor_role, action, resource_type, resource_id, outcome, request_id, ip, user_agent, metadata, prev_hash, hash) FROM STDIN', async (write) => {
      const base = Date.UTC(2020, 0, 1);
      for (const p of practices) {
        for (let lane = 0; lane < 16; lane++) {
          let prev: Buffer = Buffer.alloc(32);
          const actor = p.clinicians[lane % p.clinicians.length] ?? null;
          let chunk: string[] = [];
          for (let seq = 1; seq <= perLane; seq++) {
            const action = actions[seq % actions.length] ?? 'note.read';
            const r: ChainRow = {
              practice_id: p.id,
              lane,
              seq,
              occurred_at: new Date(base + seq * 60_000 + lane),
              actor_id: actor,
              actor_role: 'practitioner',
              action,
              resource_type: action.startsWith('client') || action.startsWith('timeline') ? 'client' : 'note',
              resource_id: crypto.randomUUID(),
              outcome: 'success',
              request_id: `req-${lane}-${seq}`,
              ip: '127.0.0.1',
              user_agent: 'growth-bench',
              metadata: seq % 3 === 0 ? '{"count":50}' : null,
              prev_hash: prev,
              hash: Buffer.alloc(0),
            };
            const canon = Buffer.from(canonical(r), 'utf8');
            const hash = rowHash(r);
            canonicalBytes += 32 + canon.length;
            if (!out.write(Buffer.concat([prev, canon]))) await new Promise<void>((res) => out.once('drain', () => res()));
            chunk.push(
              [r.practice_id, lane, seq, r.occurred_at.toISOString(), esc(r.actor_id), esc(r.actor_role), r.action, esc(r.resource_type), esc(r.resource_id), r.outcome, esc(r.request_id), esc(r.ip), esc(r.user_agent), esc(r.metadata), `\\\\x${prev.toString('hex')}`, `\\\\x${hash.toString('hex')}`].join('\t'),
            );
            prev = hash;
            events++;
            if (chunk.length === 2000) {
              await write(chunk.join('\n') + '\n');
              chunk = [];
            }
          }
          if (chunk.length > 0) await write(chunk.join('\n') + '\n');
          heads.push(`('${p.id}', ${lane}, ${perLane}, '\\x${prev.toString('hex')}'::bytea)`);
        }
      }
    });
    await new Promise<void>((res) => out.end(res));
    log(`audit trail: ${events} events in ${((Date.now() - ta) / 1000).toFixed(0)} s`);
    await admin.db.connection().execute(async (db) => {
      await sql`SET session_replication_role = replica`.execute(db);
      await sql.raw(`INSERT INTO audit_heads (practice_id, lane, seq, hash) VALUES ${heads.join(', ')}`).execute(db);
    });
    await sql`VACUUM ANALYZE`.execute(admin.db);
    return { notes: EXTRA_PRACTICES * CLINICIANS * CLIENTS * SESSIONS, auditEvents: events, canonicalBytes, secs: (Date.now() - t0) / 1000 };
  } finally {
    await admin.close();
  }
}

// ---- the bench practice (both databases) ---------------------------------------------------------

interface Bench {
  rt: Runtime;
  port: number;
  close(): Promise<void>;
  practiceId: string;
  clinicians: string[];
  headers: Array<Record<string, string>>;
  clientsOf: Map<string, string[]>;
  noteIdsOf: Map<string, string[]>;
  timelineClient: string;
}

async function openBench(runtimeUrl: string, label: string, timelineSessions: number): Promise<Bench> {
  const handle: DbHandle = postgresHandle(runtimeUrl, POOL);
  const rt = await benchRuntime(handle, `growth-${label}`);

  const { p, clinicians } = await seedBenchPractice(rt.db, CLINICIANS);
  const keys = await rt.crypto.keysFor('practice', p.practiceId);
  const seal = (table: string, column: string, rowId: string, text: string) => keys.encryptString({ practiceId: p.practiceId, table, column, rowId }, text);
  const clientsOf = new Map<string, string[]>();
  const noteIdsOf = new Map<string, string[]>();
  const signedAt = new Date();
  const noteRow = (owner: string, clientId: string, sessionId: string) => {
    const nid = crypto.randomUUID();
    const row = { id: nid, client_id: clientId, session_id: sessionId, kind: 'progress', format: 'soap', names_sealed: null };
    return { ...row, practice_id: p.practiceId, owner_id: owner, kind: 'progress' as const, format: 'soap' as const, sections_sealed: seal('notes', 'sections', nid, JSON.stringify(SECTIONS)), status: 'signed' as const, signed_at: signedAt, signed_by: owner, signed_ip: '127.0.0.1', content_sha256: contentHash(row, SECTIONS, owner, signedAt), cosigner_id: null, cosigned_at: null, cosigned_ip: null };
  };
  for (const owner of clinicians) {
    // Seeding writes through the owner's own RLS context, in batches, without audit rows.
    await withTenant(rt.db, { practiceId: p.practiceId, userId: owner, roles: ['practitioner'] }, async (trx) => {
      const clients = Array.from({ length: CLIENTS }, (_, i) => ({ id: crypto.randomUUID(), practice_id: p.practiceId, owner_id: owner, label: `B.${String.fromCharCode(65 + (i % 26))}.`, label_kind: 'initials' as const, birth_year: 1960 + (i % 40), pronouns: null, contact_notes_sealed: null, known_people_sealed: null, transcript_deletion_days: null, safety_flag_at: null }));
      await trx.insertInto('clients').values(clients).execute();
      clientsOf.set(owner, clients.map((c) => c.id));
      const notes: string[] = [];
      for (let off = 0; off < clients.length; off += 20) {
        const sessions = [];
        const noteRows = [];
        for (const c of clients.slice(off, off + 20)) {
          for (let s = 0; s < SESSIONS; s++) {
            const sid = crypto.randomUUID();
            sessions.push({ id: sid, practice_id: p.practiceId, owner_id: owner, client_id: c.id, starts_at: new Date(Date.UTC(2025, 0, 6 + s * 7, 15)), duration_minutes: 53, service_code: '90837', modality: 'video' as const, place_of_service: '10', attendance: 'attended' as const });
            const n = noteRow(owner, c.id, sid);
            noteRows.push(n);
            notes.push(n.id);
          }
        }
        await trx.insertInto('therapy_sessions').values(sessions).execute();
        await trx.insertInto('notes').values(noteRows).execute();
      }
      noteIdsOf.set(owner, notes);
    });
  }
  const app = await buildApp(rt, { rateLimitPerMinute: 100_000_000 });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const port = (app.server.address() as AddressInfo).port;
  const sessions = await Promise.all(clinicians.map((u) => sessionFor(rt, { userId: u, practiceId: p.practiceId, stage: 'full' })));
  const headers = sessions.map((s) => s.headers);
  const h0 = headers[0] ?? {};
  // The timeline client: a plan and assessments through the API; its sessions, signed notes and
  // goal progress inserted like the rest (one week apart, back from last week).
  const must = async (method: string, p2: string, body?: unknown): Promise<Record<string, unknown>> => {
    const r = await send(port, method, p2, h0, body);
    if (r.status >= 300) throw new Error(`${method} ${p2} answered ${r.status}`);
    return r.json as Record<string, unknown>;
  };
  const cid = (await must('POST', '/api/clients', { name: 'Bench Timeline' })).id as string;
  const plan = await must('POST', `/api/clients/${cid}/plans`, {
    reviewDate: '2027-01-01',
    diagnoses: [{ code: 'F41.1', primary: true }, { code: 'F32.1' }],
    problems: [
      { text: 'Worry', diagnosisCodes: ['F41.1'], goals: [{ text: 'Reduce worry', interventions: ['cbt'], objectives: [{ text: 'GAD-7 below 8', targetDate: '2026-12-01' }] }] },
      { text: 'Low mood', diagnosisCodes: ['F32.1'], goals: [{ text: 'More active days', interventions: ['behavioral_activation'], objectives: [{ text: '3 walks a week', targetDate: '2026-12-01' }] }] },
    ],
  });
  const planId = plan.id as string;
  const goals = (plan.problems as Array<{ goals: Array<{ id: string }> }>).flatMap((pr) => pr.goals.map((g) => g.id));
  const owner = clinicians[0] ?? '';
  const lastWeek = Date.now() - 7 * 86400_000;
  await withTenant(rt.db, { practiceId: p.practiceId, userId: owner, roles: ['practitioner'] }, async (trx) => {
    for (let off = 0; off < timelineSessions; off += 100) {
      const sessions = [];
      const notes = [];
      const progress: Array<Record<string, unknown>> = [];
      for (let i = off; i < Math.min(timelineSessions, off + 100); i++) {
        const sid = crypto.randomUUID();
        sessions.push({ id: sid, practice_id: p.practiceId, owner_id: owner, client_id: cid, starts_at: new Date(lastWeek - i * 7 * 86400_000), duration_minutes: 53, service_code: '90837', modality: 'video' as const, place_of_service: '10', attendance: i % 17 === 0 ? ('no_show' as const) : ('attended' as const) });
        if (i % 17 === 0) continue;
        const n = noteRow(owner, cid, sid);
        notes.push(n);
        goals.forEach((g, k) => progress.push({ id: crypto.randomUUID(), practice_id: p.practiceId, owner_id: owner, note_id: n.id, plan_id: planId, goal_id: g, progress: (i + k) % 3 === 0 ? 'some_progress' : 'no_change', comment_sealed: null }));
      }
      await trx.insertInto('therapy_sessions').values(sessions).execute();
      await trx.insertInto('notes').values(notes).execute();
      await trx.insertInto('note_goal_progress').values(progress as never).execute();
    }
  });
  for (let i = 0; i < 12; i++) {
    await must('POST', `/api/clients/${cid}/assessments`, { instrument: 'phq9', items: [2, 2, 1, 1, 1, 1, 1, 0, 0].map((x) => (i % 2 === 0 ? x : Math.max(0, x - 1))), administeredAt: new Date(lastWeek - i * 30 * 86400_000).toISOString() });
  }
  return {
    rt,
    port,
    practiceId: p.practiceId,
    clinicians,
    headers,
    clientsOf,
    noteIdsOf,
    timelineClient: cid,
    async close() {
      await app.close();
      await rt.close();
    },
  };
}

function scenarios(b: Bench): Array<[string, () => LoadRequest]> {
  const pick = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)] as T;
  const who = () => {
    const i = Math.floor(Math.random() * b.clinicians.length);
    return { owner: b.clinicians[i] as string, headers: b.headers[i] ?? {} };
  };
  const noteBody = JSON.stringify({ format: 'soap', sections: SECTIONS });
  return [
    ['note read', () => { const w = who(); return { method: 'GET', path: `/api/notes/${pick(b.noteIdsOf.get(w.owner) ?? [])}`, headers: w.headers }; }],
    ['note create', () => { const w = who(); return { method: 'POST', path: `/api/clients/${pick(b.clientsOf.get(w.owner) ?? [])}/notes`, body: noteBody, headers: w.headers }; }],
    ['client list, first page (50)', () => { const w = who(); return { method: 'GET', path: '/api/clients?limit=50', headers: w.headers }; }],
    ['timeline, first page (50)', () => ({ method: 'GET', path: `/api/clients/${b.timelineClient}/timeline?limit=50`, headers: b.headers[0] ?? {} })],
  ];
}

async function dbSize(server: Kysely<Database>, name: string): Promise<string> {
  return (await sql<{ s: string }>`SELECT pg_size_pretty(pg_database_size(${name})) AS s`.execute(server)).rows[0]?.s ?? '?';
}

interface VerifyRun {
  label: string;
  report: Awaited<ReturnType<typeof verifyAudit>>;
  secs: number;
}

interface Verified {
  runs: VerifyRun[];
  readSecs: number;
  readBinarySecs: number;
  cpu: CpuCost;
  /** sha256sum before and after the verifier runs (the machine's load moves it). */
  shaSecs: [number, number];
}

// BENCH_VERIFY_FORMATS: the COPY readers measured side by side, in this order (default both).
const VERIFY_FORMATS = (process.env.BENCH_VERIFY_FORMATS ?? 'text,binary').split(',').map((f) => copyFormatFromEnv({ TACET_AUDIT_COPY: f.trim() }));
// BENCH_VERIFY_THREADS: lane workers in the main thread (0), in worker threads (1), or both (0,1: each reader both ways).
const VERIFY_THREADS = (process.env.BENCH_VERIFY_THREADS ?? '0,1').split(',').map((t) => t.trim() === '1');
// BENCH_VERIFY_REPEAT: every verifier run that many times, interleaved (the machine's load moves).
const VERIFY_REPEAT = Math.max(1, Number(process.env.BENCH_VERIFY_REPEAT ?? 1));

function sha256sum(canonicalFile: string): number {
  const th = Date.now();
  const sum = spawnSync('sha256sum', [canonicalFile], { encoding: 'utf8' });
  if (sum.status !== 0) throw new Error('sha256sum failed');
  return (Date.now() - th) / 1000;
}

function psqlToNowhere(adminUrl: string, format: 'text' | 'binary'): number {
  const tr = Date.now();
  const columns = format === 'binary' ? BINARY_COLUMNS : 'practice_id, lane, seq, occurred_at, actor_id, actor_role, action, resource_type, resource_id, outcome, request_id, ip, user_agent, metadata, prev_hash, hash';
  const copied = spawnSync('psql', [adminUrl, '-q', '-c', `COPY (SELECT ${columns} FROM audit_events ORDER BY practice_id, lane, seq) TO STDOUT${format === 'binary' ? ' (FORMAT binary)' : ''}`], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (copied.status !== 0) throw new Error('psql COPY of the audit trail failed');
  return (Date.now() - tr) / 1000;
}

/** audit verify of the large database (lanes read with COPY, as the CLI does on PostgreSQL) with each reader, psql reading the same rows, sha256sum of the canonical bytes. */
async function measureVerify(adminUrl: string, canonicalFile: string): Promise<Verified> {
  const shaBefore = sha256sum(canonicalFile);
  const va = postgresHandle(adminUrl, VERIFY_CONCURRENCY + 1);
  const runs: VerifyRun[] = [];
  // BENCH_VERIFY_SERIAL=1: also one lane at a time, for comparison (another full pass per reader).
  const concurrencies = process.env.BENCH_VERIFY_SERIAL === '1' ? [VERIFY_CONCURRENCY, 1] : [VERIFY_CONCURRENCY];
  try {
    for (let rep = 0; rep < VERIFY_REPEAT; rep++) {
      for (const concurrency of concurrencies) {
        for (const format of VERIFY_FORMATS) {
          for (const threads of VERIFY_THREADS) {
            // Text in worker threads is not a combination the CLI uses.
            if (threads && format === 'text') continue;
            const tv = Date.now();
            const report = await verifyAudit(va.db, { concurrency, threads, copy: postgresCopyConnector(adminUrl, undefined, format) });
            const secs = (Date.now() - tv) / 1000;
            const how = concurrency === 1 ? 'one lane group at a time' : `${concurrency} lane groups at a time`;
            runs.push({ label: `tacet verifyAudit, ${format} COPY reader, ${how}${threads ? ', each in a worker thread' : ', in the main thread'}${VERIFY_REPEAT > 1 ? ` (pass ${rep + 1})` : ''}`, report, secs });
            log(`${runs.at(-1)?.label}: ${secs.toFixed(2)} s, ${report.problems.length} problems`);
          }
        }
      }
    }
  } finally {
    await va.close();
  }
  // What reading the rows alone costs: psql copying the same columns, in the verifier's order, to nowhere.
  const readSecs = psqlToNowhere(adminUrl, 'text');
  const readBinarySecs = psqlToNowhere(adminUrl, 'binary');
  const cpu = cpuCost(adminUrl, canonicalFile);
  return { runs, readSecs, readBinarySecs, cpu, shaSecs: [shaBefore, sha256sum(canonicalFile)] };
}

interface CpuCost {
  events: number;
  /** CPU seconds (user + system) of sha256sum over the canonical bytes. */
  sha: number;
  /** Per reader: CPU seconds of this process to parse the whole trail's COPY output, and to parse, rebuild and hash every row. */
  readers: Array<{ format: CopyFormat; parse: number; full: number }>;
}

/**
 * CPU time rather than wall time, which on a shared machine moves with everyone else's load: the
 * whole trail's COPY output saved to a file (psql, the verifier's lane order), then parsed here
 * from memory — once parsing only, once rebuilding and hashing every row as the verifier does —
 * beside sha256sum's own CPU time for the canonical bytes.
 */
function cpuCost(adminUrl: string, canonicalFile: string): CpuCost {
  const timed = spawnSync('bash', ['-c', 'TIMEFORMAT=%U+%S; time sha256sum "$1" > /dev/null', 'bash', canonicalFile], { encoding: 'utf8' });
  const sha = (timed.stderr.trim().split('\n').at(-1) ?? '').split('+').reduce((a, b) => a + Number(b), 0);
  const readers: CpuCost['readers'] = [];
  let events = 0;
  for (const format of ['text', 'binary'] as const) {
    const file = `${canonicalFile}.${format}-copy`;
    const columns = format === 'binary' ? BINARY_COLUMNS : 'practice_id, lane, seq, occurred_at, actor_id, actor_role, action, resource_type, resource_id, outcome, request_id, ip, user_agent, metadata, prev_hash, hash';
    // The text reader expects the verifier's session settings (ISO dates in UTC, hex bytea).
    const out = spawnSync('psql', [adminUrl, '-q', '-o', file, '-c', `SET DateStyle = ISO; SET TimeZone = 'UTC'; SET bytea_output = hex; COPY (SELECT ${columns} FROM audit_events ORDER BY practice_id, lane, seq) TO STDOUT${format === 'binary' ? ' (FORMAT binary)' : ''}`], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (out.status !== 0) throw new Error('psql COPY to a file failed');
    const data = fs.readFileSync(file);
    fs.rmSync(file, { force: true });
    const pass = (full: boolean): number => {
      let bad = 0;
      let rows = 0;
      const parser = copyRowParser(
        format,
        (_seq, _prev, hash, recompute) => {
          rows++;
          if (full && !recompute().equals(hash)) bad++;
        },
        () => undefined,
      );
      const c0 = process.cpuUsage();
      for (let i = 0; i < data.length; i += 65536) parser.push(data.subarray(i, Math.min(data.length, i + 65536)));
      parser.end();
      const c = process.cpuUsage(c0);
      if (bad > 0) throw new Error(`${bad} rows did not hash to their stored hash`);
      events = rows;
      return (c.user + c.system) / 1e6;
    };
    readers.push({ format, parse: pass(false), full: pass(true) });
  }
  return { events, sha, readers };
}

function printVerify({ runs, readSecs, readBinarySecs, cpu, shaSecs }: Verified, gen: Generated): void {
  const mb = gen.canonicalBytes / 1e6;
  // The file holds the generated events only; the verifier also reads the bench practices' few
  // events. Rates compare events per second (and the bytes those events' canonical forms hold),
  // against the mean of the two sha256sum runs.
  const perEvent = gen.canonicalBytes / Math.max(gen.auditEvents, 1);
  const shaMean = (shaSecs[0] + shaSecs[1]) / 2;
  const shaRate = gen.auditEvents / shaMean;
  const rate = (n: number, secs: number) => `${(n / secs / 1000).toFixed(0)} k events/s, ${((n * perEvent) / secs / 1e6).toFixed(0)} MB/s`;
  const events = runs[0]?.report.events ?? gen.auditEvents;
  console.log(`\nAudit verify of the large database (${events} events in ${runs[0]?.report.practices} practices, problems ${runs.map((r) => r.report.problems.length).join('/')}; ${mb.toFixed(0)} MB of canonical bytes):`);
  console.log(`| run | time | throughput | of sha256sum |`);
  console.log(`|---|---|---|---|`);
  console.log(`| sha256sum of the same canonical bytes (${gen.auditEvents} events), before / after the rest | ${shaSecs[0].toFixed(2)} / ${shaSecs[1].toFixed(2)} s | ${rate(gen.auditEvents, shaMean)} | 100 % |`);
  for (const r of runs) console.log(`| ${r.label} | ${r.secs.toFixed(2)} s | ${rate(r.report.events, r.secs)} | **${((100 * r.report.events) / r.secs / shaRate).toFixed(0)} %** |`);
  console.log(`| (context) psql text COPY of the same rows to nowhere: reading alone, no hashing | ${readSecs.toFixed(2)} s | ${rate(events, readSecs)} | ${((100 * events) / readSecs / shaRate).toFixed(0)} % |`);
  console.log(`| (context) psql binary COPY of the same rows to nowhere | ${readBinarySecs.toFixed(2)} s | ${rate(events, readBinarySecs)} | ${((100 * events) / readBinarySecs / shaRate).toFixed(0)} % |`);
  const perM = (secs: number, n: number) => `${((secs * 1e6) / Math.max(n, 1)).toFixed(2)} s`;
  console.log(`\nCPU time per million events (this process, from memory; sha256sum's own user + system time):`);
  console.log(`| work | CPU per 1 M events | of sha256sum's |`);
  console.log(`|---|---|---|`);
  console.log(`| sha256sum of the canonical bytes | ${perM(cpu.sha, gen.auditEvents)} | 100 % |`);
  for (const r of cpu.readers) {
    console.log(`| ${r.format} COPY output: parsing only | ${perM(r.parse, cpu.events)} | ${((100 * r.parse * gen.auditEvents) / cpu.events / cpu.sha).toFixed(0)} % |`);
    console.log(`| ${r.format} COPY output: parsing, canonical bytes and SHA-256 of every row | ${perM(r.full, cpu.events)} | ${((100 * r.full * gen.auditEvents) / cpu.events / cpu.sha).toFixed(0)} % |`);
  }
}

/**
 * The sha256sum baseline's bytes (prev_hash, then the canonical form, per row) for a template
 * whose cache files are gone, made by the database's own app.audit_canonical() — the function the
 * chain trigger hashes — rather than by the verifier under measurement. The generation time is
 * unknown then (0).
 */
async function canonicalFromTemplate(adminUrl: string, canonicalFile: string): Promise<Generated> {
  const t0 = Date.now();
  const out = fs.createWriteStream(canonicalFile);
  let canonicalBytes = 0;
  let events = 0;
  await new Promise<void>((resolve, reject) => {
    const child = spawn('psql', [adminUrl, '-v', 'ON_ERROR_STOP=1', '-q', '-c', `COPY (SELECT encode(e.prev_hash || convert_to(app.audit_canonical(e), 'UTF8'), 'base64') FROM audit_events e ORDER BY practice_id, lane, seq) TO STDOUT`], { stdio: ['ignore', 'pipe', 'inherit'] });
    let carry = '';
    child.stdout.setEncoding('latin1');
    child.stdout.on('data', (text: string) => {
      // base64 in COPY text: 76-character lines joined by an escaped newline (\n), rows by a real one.
      const parts = (carry + text).split('\n');
      carry = parts.pop() ?? '';
      for (const line of parts) {
        const bytes = Buffer.from(line.replaceAll('\\n', ''), 'base64');
        canonicalBytes += bytes.length;
        events++;
        if (!out.write(bytes) && !child.stdout.isPaused()) {
          child.stdout.pause();
          out.once('drain', () => child.stdout.resume());
        }
      }
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 && carry === '' ? resolve() : reject(new Error(`psql exited with ${code}`))));
  });
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  const db = postgresHandle(adminUrl, 1);
  const notes = Number((await sql<{ n: string }>`SELECT count(*) AS n FROM notes WHERE status = 'signed'`.execute(db.db)).rows[0]?.n ?? 0);
  await db.close();
  log(`canonical bytes of ${events} events rebuilt in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return { notes, auditEvents: events, canonicalBytes, secs: 0 };
}

async function main(): Promise<void> {
  const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const started = new Date();
  console.log(`# bench:growth — ${started.toISOString()} — scale ${SCALE} — node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} x${os.cpus().length}, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  const server = postgresHandle(serverUrl, 1, 'BENCH_DATABASE_URL');
  await ensureRoles(server.db);
  const suffix = crypto.randomBytes(4).toString('hex');
  const small = `tacet_growth_small_${suffix}`;
  const large = `tacet_growth_large_${suffix}`;
  // --template NAME: use that cached template (an older migration set: the copy is migrated
  // forward), e.g. to measure audit verify again without regenerating the bulk part.
  const tplArg = arg('--template');
  if (tplArg !== undefined && !/^tacet_growth_tpl_[0-9a-f]{12}$/.test(tplArg)) throw new Error('--template takes a tacet_growth_tpl_<key> name');
  const key = tplArg?.slice('tacet_growth_tpl_'.length) ?? cacheKey();
  const tpl = `tacet_growth_tpl_${key}`;
  const adminUrlOf = (db: string) => withUser(serverUrl, new URL(serverUrl).username || 'postgres', db);
  const canonicalFile = path.join(CACHE, `${key}.canonical`);
  const metaFile = path.join(CACHE, `${key}.json`);
  const benches: Bench[] = [];
  try {
    // ---- the large database's bulk part: cached as a template ---------------------------------
    const haveTpl = (await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_database WHERE datname = ${tpl}`.execute(server.db)).rows[0]?.n === 1;
    let gen: Generated;
    if (haveTpl && fs.existsSync(canonicalFile) && fs.existsSync(metaFile)) {
      gen = JSON.parse(fs.readFileSync(metaFile, 'utf8')) as Generated;
      log(`template ${tpl} cached (generated in ${gen.secs.toFixed(0)} s)`);
    } else if (tplArg !== undefined) {
      if (!haveTpl) throw new Error(`template ${tpl} does not exist`);
      fs.mkdirSync(CACHE, { recursive: true });
      log(`template ${tpl} named, its canonical bytes missing: rebuilding them from the database's own app.audit_canonical()`);
      gen = await canonicalFromTemplate(adminUrlOf(tpl), canonicalFile);
      fs.writeFileSync(metaFile, JSON.stringify(gen));
    } else {
      if (haveTpl) await sql.raw(`DROP DATABASE ${tpl} WITH (FORCE)`).execute(server.db);
      // Templates of other migration sets (or scales) are stale: only the newest is kept.
      const stale = await sql<{ datname: string }>`SELECT datname FROM pg_database WHERE datname LIKE 'tacet_growth_tpl_%'`.execute(server.db);
      for (const { datname } of stale.rows) {
        await sql.raw(`DROP DATABASE ${datname} WITH (FORCE)`).execute(server.db);
        for (const ext of ['canonical', 'json']) fs.rmSync(path.join(CACHE, `${datname.slice('tacet_growth_tpl_'.length)}.${ext}`), { force: true });
      }
      fs.mkdirSync(CACHE, { recursive: true });
      const work = `tacet_growth_gen_${suffix}`;
      await sql.raw(`CREATE DATABASE ${work} OWNER tacet_owner`).execute(server.db);
      const owner = postgresHandle(withUser(serverUrl, 'tacet_owner', work), 1);
      await migrate(owner.db);
      await owner.close();
      log(`generating the large database's bulk part (scale ${SCALE}) into ${work}`);
      gen = await generate(withUser(serverUrl, new URL(serverUrl).username || 'postgres', work), canonicalFile);
      await sql.raw(`ALTER DATABASE ${work} RENAME TO ${tpl}`).execute(server.db);
      fs.writeFileSync(metaFile, JSON.stringify(gen));
      log(`generated in ${gen.secs.toFixed(0)} s; cached as ${tpl}`);
    }
    const tc = Date.now();
    await sql.raw(`CREATE DATABASE ${large} TEMPLATE ${tpl} OWNER tacet_owner`).execute(server.db);
    const copySecs = (Date.now() - tc) / 1000;
    await sql.raw(`CREATE DATABASE ${small} OWNER tacet_owner`).execute(server.db);
    const ownerSmall = postgresHandle(withUser(serverUrl, 'tacet_owner', small), 1);
    await migrate(ownerSmall.db);
    await ownerSmall.close();
    // Later migrations than the template's (none when the key matches): applied to the copy.
    const ownerLarge = postgresHandle(withUser(serverUrl, 'tacet_owner', large), 1);
    await migrate(ownerLarge.db);
    await ownerLarge.close();
    if (ONLY_AUDIT) {
      printVerify(await measureVerify(adminUrlOf(large), canonicalFile), gen);
      console.log(`\nFinished ${new Date().toISOString()}, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}.`);
      return;
    }

    const ts = Date.now();
    const benchSmall = await openBench(withUser(serverUrl, RUNTIME_ROLE, small), 'small', SMALL_TIMELINE);
    benches.push(benchSmall);
    const benchLarge = await openBench(withUser(serverUrl, RUNTIME_ROLE, large), 'large', LARGE_TIMELINE);
    benches.push(benchLarge);
    const seedSecs = (Date.now() - ts) / 1000;
    const counts: Record<string, { notes: string; events: string; clients: string; size: string }> = {};
    for (const [label, db] of [['small', small], ['large', large]] as const) {
      const a = postgresHandle(adminUrlOf(db), 1);
      await sql`ANALYZE`.execute(a.db);
      const r = (await sql<{ notes: string; events: string; clients: string }>`SELECT (SELECT count(*) FROM notes WHERE status = 'signed') AS notes, (SELECT count(*) FROM audit_events) AS events, (SELECT count(*) FROM clients) AS clients`.execute(a.db)).rows[0];
      counts[label] = { notes: r?.notes ?? '?', events: r?.events ?? '?', clients: r?.clients ?? '?', size: await dbSize(server.db, db) };
      await a.close();
    }

    // ---- load: the same scenarios on both, interleaved ---------------------------------------
    const names = scenarios(benchSmall).map(([n]) => n);
    const gens = [scenarios(benchSmall), scenarios(benchLarge)];
    const both = [benchSmall, benchLarge];
    for (const [k, b] of both.entries()) for (const [, next] of gens[k] ?? []) await closedLoop(b.port, CONNECTIONS, 1000, next);
    const lat: number[][][] = names.map(() => [[], []]);
    const errs: number[][] = names.map(() => [0, 0]);
    const rps: number[][][] = names.map(() => [[], []]);
    const slice = DURATION_MS / ROUNDS;
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i] of names.entries()) {
        const order = round % 2 === 0 ? [0, 1] : [1, 0];
        for (const k of order) {
          const next = gens[k]?.[i]?.[1];
          const b = both[k];
          if (next === undefined || b === undefined) continue;
          const r = await closedLoop(b.port, CONNECTIONS, slice, next);
          lat[i]?.[k]?.push(...r.latencies);
          (errs[i] as number[])[k] = (errs[i]?.[k] ?? 0) + r.errors;
          rps[i]?.[k]?.push(r.latencies.length / r.secs);
        }
      }
    }

    const verified = await measureVerify(adminUrlOf(large), canonicalFile);

    // ---- report -----------------------------------------------------------------------------
    console.log(`\nSizes: small ${counts.small?.notes} signed notes, ${counts.small?.clients} clients, ${counts.small?.events} audit events, ${counts.small?.size}; large ${counts.large?.notes} signed notes, ${counts.large?.clients} clients, ${counts.large?.events} audit events, ${counts.large?.size}.`);
    console.log(`Generation of the large database's bulk part: ${gen.secs.toFixed(0)} s (${gen.notes} notes, ${gen.auditEvents} audit events${haveTpl ? '; this run copied the cached template' : ''}); template copy ${copySecs.toFixed(0)} s; bench practice seeding in both ${seedSecs.toFixed(0)} s.`);
    console.log(`Load: ${CONNECTIONS} keep-alive connections, ${DURATION_MS / 1000} s per route and database in ${ROUNDS} interleaved rounds, app pool ${POOL}. Timeline: ${SMALL_TIMELINE} sessions (small) against ${LARGE_TIMELINE} (large).\n`);
    console.log('| route | small: requests (errors) | small p50 / p99 (ms) | large: requests (errors) | large p50 / p99 (ms) | large/small p50 | large/small p99 | large/small throughput⁻¹ |');
    console.log('|---|---|---|---|---|---|---|---|');
    for (const [i, name] of names.entries()) {
      const s = [...(lat[i]?.[0] ?? [])].sort((a, b) => a - b);
      const l = [...(lat[i]?.[1] ?? [])].sort((a, b) => a - b);
      const sr = (rps[i]?.[0] ?? []).reduce((a, b) => a + b, 0);
      const lr = (rps[i]?.[1] ?? []).reduce((a, b) => a + b, 0);
      console.log(`| ${name} | ${s.length} (${errs[i]?.[0]}) | ${pct(s, 50).toFixed(1)} / ${pct(s, 99).toFixed(1)} | ${l.length} (${errs[i]?.[1]}) | ${pct(l, 50).toFixed(1)} / ${pct(l, 99).toFixed(1)} | **${(pct(l, 50) / pct(s, 50)).toFixed(2)}×** | ${(pct(l, 99) / pct(s, 99)).toFixed(2)}× | ${(sr / Math.max(lr, 1e-9)).toFixed(2)}× |`);
    }
    printVerify(verified, gen);
    console.log(`\nFinished ${new Date().toISOString()}, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}.`);
  } finally {
    for (const b of benches) await b.close().catch(() => undefined);
    for (const db of [small, large]) await sql.raw(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`).execute(server.db).catch(() => undefined);
    await server.close();
  }
}

await main();
