// npm run bench:clinical — the clinical record under load, on PostgreSQL (BENCH_DATABASE_URL,
// default the local server; a fresh database is created and dropped).
//  1. Seeds a practice of 20 clinicians × 100 clients × 30 sessions, each with a signed SOAP note
//     (sections sealed with the real envelope), plus one client with 200 sessions, notes, a plan,
//     goal progress and assessments for the timeline.
//  2. Drives the real HTTP server over loopback with 64 keep-alive connections (a closed-loop load
//     generator in the style of autocannon, built on node:http so no dependency is added):
//     note create and note read, each beside a baseline route that stores and reads the same
//     bytes through the same server, session check and JSON handling — without encryption, audit
//     or row-level security. Target: protected ≤ 1.5× baseline.
//  3. The p99 of GET /api/clients/:id/timeline for the 200-session client. Target: ≤ 50 ms.
// Results are printed as Markdown for docs/benchmarks.md.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { z } from 'zod';
import { postgresHandle } from '../src/db/database.ts';
import { withTenant } from '../src/db/tenant.ts';
import { buildApp } from '../src/http/server.ts';
import { defineRoute } from '../src/http/pipeline.ts';
import { notFound } from '../src/http/errors.ts';
import { createPostgresTestDb } from '../test/pg-server.ts';
import { benchRuntime, closedLoop, pct, seedBenchPractice, type LoadRequest } from './harness.ts';
import { sessionFor } from '../test/auth.ts';
import { contentHash, loadNoteForRead, presentNote } from '../src/features/notes/queries.ts';
import { openNamesForAuthor } from '../src/features/notes/names.ts';
import { practiceSealer } from '../src/features/clients/seal.ts';

const CLINICIANS = Number(process.env.BENCH_CLINICIANS ?? 20);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 100);
const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 30);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 10_000);
const POOL = Number(process.env.BENCH_POOL ?? 10);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 5));

const SECTIONS = {
  subjective: 'Client reports sleeping six hours most nights and fewer worry episodes at work. '.repeat(4),
  objective: 'Alert, oriented, euthymic affect, good eye contact, speech normal in rate and volume. '.repeat(3),
  assessment: 'Progress toward goal 1 (reduce worry) is steady; no safety concerns identified today. '.repeat(3),
  plan: 'Continue weekly CBT; practice worry postponement daily; review PHQ-9 next session. '.repeat(3),
};

/** CPU seconds used so far by the local PostgreSQL server's processes (Linux /proc; 0 elsewhere). */
function postgresCpuSeconds(): number {
  let ticks = 0;
  try {
    for (const pid of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
        if (!stat.includes('(postgres)')) continue;
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        ticks += Number(fields[11]) + Number(fields[12]);
      } catch {
        /* the process ended */
      }
    }
  } catch {
    return 0;
  }
  return ticks / 100;
}

interface LoadResult {
  /** CPU per request, µs: this Node process (server and load generator) and the database. */
  nodeCpuUs: number;
  dbCpuUs: number;
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p99: number;
  /** Raw material for merging rounds: sorted latencies (ms), seconds, CPU seconds. */
  latencies: number[];
  secs: number;
  nodeCpuSecs: number;
  dbCpuSecs: number;
}

/** One scenario's rounds as one result: totals over the summed time, percentiles over all requests. */
function merge(rounds: LoadResult[]): LoadResult {
  const latencies = rounds.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const secs = rounds.reduce((t, r) => t + r.secs, 0);
  const nodeCpuSecs = rounds.reduce((t, r) => t + r.nodeCpuSecs, 0);
  const dbCpuSecs = rounds.reduce((t, r) => t + r.dbCpuSecs, 0);
  const n = Math.max(1, latencies.length);
  return {
    nodeCpuUs: (nodeCpuSecs * 1e6) / n,
    dbCpuUs: (dbCpuSecs * 1e6) / n,
    requests: latencies.length,
    errors: rounds.reduce((t, r) => t + r.errors, 0),
    rps: latencies.length / secs,
    p50: pct(latencies, 50),
    p99: pct(latencies, 99),
    latencies,
    secs,
    nodeCpuSecs,
    dbCpuSecs,
  };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
};

/** The shared closed loop, with this process's and the database's CPU time around it. */
async function load(port: number, connections: number, durationMs: number, next: () => LoadRequest): Promise<LoadResult> {
  const cpu0 = process.cpuUsage();
  const db0 = postgresCpuSeconds();
  const { latencies, errors, secs } = await closedLoop(port, connections, durationMs, next);
  const cpu = process.cpuUsage(cpu0);
  const dbSecs = postgresCpuSeconds() - db0;
  latencies.sort((a, b) => a - b);
  const n = Math.max(1, latencies.length);
  const nodeCpuSecs = (cpu.user + cpu.system) / 1e6;
  return { nodeCpuUs: (nodeCpuSecs * 1e6) / n, dbCpuUs: (dbSecs * 1e6) / n, requests: latencies.length, errors, rps: latencies.length / secs, p50: pct(latencies, 50), p99: pct(latencies, 99), latencies, secs, nodeCpuSecs, dbCpuSecs: dbSecs };
}

async function main(): Promise<void> {
  const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  console.log(`# bench:clinical — ${new Date().toISOString()} — node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} x${os.cpus().length}`);
  const tdb = await createPostgresTestDb(url);
  // The application's own pool at production size; the baseline gets a pool of the same size.
  const handle = postgresHandle(tdb.runtimeUrl ?? '', POOL);
  const admin = postgresHandle(tdb.adminUrl ?? '', POOL);
  const rt = await benchRuntime(handle, 'clinical', { onClose: () => admin.close() });


  try {
    // ---- seed -------------------------------------------------------------------------------
    const t0 = Date.now();
    const { p, clinicians } = await seedBenchPractice(rt.db, CLINICIANS);
    const keys = await rt.crypto.keysFor('practice', p.practiceId);
    const seal = (table: string, column: string, rowId: string, text: string) => keys.encryptString({ practiceId: p.practiceId, table, column, rowId }, text);
    const clientsOf = new Map<string, string[]>();
    const noteIdsOf = new Map<string, string[]>();
    const signedAt = new Date();
    for (const owner of clinicians) {
      // Seeding writes through the owner's own RLS context, in batches, without audit rows:
      // it stands in for years of use, not for requests.
      await withTenant(rt.db, { practiceId: p.practiceId, userId: owner, roles: ['practitioner'] }, async (trx) => {
        const clients = Array.from({ length: CLIENTS }, (_, i) => ({ id: crypto.randomUUID(), practice_id: p.practiceId, owner_id: owner, label: `B.${i % 26 === 0 ? 'A' : String.fromCharCode(65 + (i % 26))}.`, label_kind: 'initials' as const, birth_year: 1960 + (i % 40), pronouns: null, contact_notes_sealed: null, known_people_sealed: null, transcript_deletion_days: null, safety_flag_at: null }));
        await trx.insertInto('clients').values(clients).execute();
        clientsOf.set(owner, clients.map((c) => c.id));
        const notes: string[] = [];
        for (let off = 0; off < clients.length; off += 20) {
          const sessions = [];
          const noteRows = [];
          for (const c of clients.slice(off, off + 20)) {
            for (let s = 0; s < SESSIONS; s++) {
              const sid = crypto.randomUUID();
              const nid = crypto.randomUUID();
              sessions.push({ id: sid, practice_id: p.practiceId, owner_id: owner, client_id: c.id, starts_at: new Date(Date.UTC(2025, 0, 6 + s * 7, 15)), duration_minutes: 53, service_code: '90837', modality: 'video' as const, place_of_service: '10', attendance: 'attended' as const });
              const row = { id: nid, client_id: c.id, session_id: sid, kind: 'progress', format: 'soap', names_sealed: null };
              noteRows.push({ ...row, practice_id: p.practiceId, owner_id: owner, kind: 'progress' as const, format: 'soap' as const, sections_sealed: seal('notes', 'sections', nid, JSON.stringify(SECTIONS)), status: 'signed' as const, signed_at: signedAt, signed_by: owner, signed_ip: '127.0.0.1', content_sha256: contentHash(row, SECTIONS, owner, signedAt), cosigner_id: null, cosigned_at: null, cosigned_ip: null });
              notes.push(nid);
            }
          }
          await trx.insertInto('therapy_sessions').values(sessions).execute();
          await trx.insertInto('notes').values(noteRows).execute();
        }
        noteIdsOf.set(owner, notes);
      });
    }
    const seedSecs = (Date.now() - t0) / 1000;
    const counts = await tdb.asAdmin(async (a) => {
      const r = await sql<{ clients: string; sessions: string; notes: string }>`SELECT (SELECT count(*) FROM clients) AS clients, (SELECT count(*) FROM therapy_sessions) AS sessions, (SELECT count(*) FROM notes) AS notes`.execute(a);
      return r.rows[0];
    });
    await tdb.asAdmin((a) => sql`ANALYZE`.execute(a));

    // ---- server, with the bench-only baseline routes -----------------------------------------
    await admin.db.schema.createSchema('bench').ifNotExists().execute();
    await sql`CREATE TABLE bench.baseline_notes (id uuid PRIMARY KEY, owner_id uuid NOT NULL, client_id uuid NOT NULL, body jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`.execute(admin.db);
    const app = await buildApp(rt, { rateLimitPerMinute: 100_000_000 });
    const sectionsBody = z.strictObject({ format: z.literal('soap'), sections: z.record(z.string(), z.string()) });
    // Baseline: same HTTP stack, same session check and validation, same bytes — but plaintext,
    // no audit row, no tenant transaction and no row-level security.
    defineRoute(app, rt, {
      method: 'POST',
      url: '/bench/baseline/clients/:clientId/notes',
      summary: 'bench baseline',
      auth: 'full',
      roles: ['practitioner'],
      schema: { params: z.object({ clientId: z.uuid() }), body: sectionsBody },
      handler: async ({ params, body, auth, reply }) => {
        const id = crypto.randomUUID();
        await admin.db.insertInto('bench.baseline_notes' as never).values({ id, owner_id: auth?.userId, client_id: params.clientId, body: JSON.stringify(body.sections) }).execute();
        reply.code(201);
        return { id, sections: body.sections };
      },
    });
    defineRoute(app, rt, {
      method: 'GET',
      url: '/bench/baseline/notes/:noteId',
      summary: 'bench baseline',
      auth: 'full',
      roles: ['practitioner'],
      schema: { params: z.object({ noteId: z.uuid() }) },
      handler: async ({ params }) => {
        const r = await sql<{ id: string; body: unknown }>`SELECT id, body FROM bench.baseline_notes WHERE id = ${params.noteId}`.execute(admin.db);
        const row = r.rows[0];
        if (row === undefined) throw notFound('note');
        return row;
      },
    });
    // Diagnostic variant: Tacet's read path exactly, minus the audit row — it isolates the cost of
    // the per-practice hash chain (every audited request of one practice serialises on its head).
    defineRoute(app, rt, {
      method: 'GET',
      url: '/bench/noaudit/notes/:noteId',
      summary: 'bench diagnostic',
      auth: 'full',
      roles: ['practitioner'],
      schema: { params: z.object({ noteId: z.uuid() }) },
      handler: async ({ params, tenant }) =>
        tenant(async (trx, ctx) => {
          const s = await practiceSealer(rt, ctx);
          const { row, addenda, goals } = await loadNoteForRead(trx, ctx, params.noteId);
          return presentNote(trx, s, row, { names: await openNamesForAuthor(rt, ctx, row), addenda, goals });
        }),
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const port = (app.server.address() as AddressInfo).port;

    const sessions = await Promise.all(clinicians.map((u) => sessionFor(rt, { userId: u, practiceId: p.practiceId, stage: 'full' })));
    const pick = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)] as T;
    const who = () => {
      const i = Math.floor(Math.random() * clinicians.length);
      return { owner: clinicians[i] as string, headers: sessions[i]?.headers ?? {} };
    };
    const noteBody = JSON.stringify({ format: 'soap', sections: SECTIONS });

    // Baseline rows to read: the same count of the same bytes as the seeded notes.
    const baselineIds = new Map<string, string[]>();
    for (const owner of clinicians) {
      const ids: string[] = [];
      const rows = (noteIdsOf.get(owner) ?? []).slice(0, 300).map(() => {
        const id = crypto.randomUUID();
        ids.push(id);
        return { id, owner_id: owner, client_id: pick(clientsOf.get(owner) ?? []), body: JSON.stringify(SECTIONS) };
      });
      await admin.db.insertInto('bench.baseline_notes' as never).values(rows).execute();
      baselineIds.set(owner, ids);
    }

    const scenarios: Array<[string, () => { method: string; path: string; body?: string; headers: Record<string, string> }]> = [
      ['note create — Tacet (sealed, audited, RLS)', () => { const w = who(); return { method: 'POST', path: `/api/clients/${pick(clientsOf.get(w.owner) ?? [])}/notes`, body: noteBody, headers: w.headers }; }],
      ['note create — baseline (plaintext, no audit, no RLS)', () => { const w = who(); return { method: 'POST', path: `/bench/baseline/clients/${pick(clientsOf.get(w.owner) ?? [])}/notes`, body: noteBody, headers: w.headers }; }],
      ['note read — Tacet (decrypted, audited, RLS)', () => { const w = who(); return { method: 'GET', path: `/api/notes/${pick(noteIdsOf.get(w.owner) ?? [])}`, headers: w.headers }; }],
      ['note read — baseline (plaintext, no audit, no RLS)', () => { const w = who(); return { method: 'GET', path: `/bench/baseline/notes/${pick(baselineIds.get(w.owner) ?? [])}`, headers: w.headers }; }],
      ['note read — Tacet without the audit row (diagnostic)', () => { const w = who(); return { method: 'GET', path: `/bench/noaudit/notes/${pick(noteIdsOf.get(w.owner) ?? [])}`, headers: w.headers }; }],
    ];
    // BENCH_ONLY=2,3 runs a subset (by position) when profiling one path; the report needs all.
    const only = (process.env.BENCH_ONLY ?? '').split(',').filter((x) => x !== '').map(Number);
    const chosen = scenarios.filter((_, i) => only.length === 0 || only.includes(i));
    // Warm-up: JIT, pools, key cache.
    for (const [, next] of chosen) await load(port, CONNECTIONS, 1500, next);
    // Interleaved rounds: on a shared machine the speed drifts over a minute, so every scenario
    // runs ROUNDS slices of DURATION_MS / ROUNDS, one after another within a round, and the order
    // is reversed every other round. A ratio is computed per round (Tacet and its baseline then
    // ran seconds apart) and reported as the median and range over rounds.
    const slices: LoadResult[][] = chosen.map(() => []);
    for (let round = 0; round < ROUNDS; round++) {
      const order = chosen.map((_, i) => i);
      if (round % 2 === 1) order.reverse();
      for (const i of order) {
        const [name, next] = chosen[i] as (typeof chosen)[number];
        if (process.env.BENCH_MARK !== undefined) fs.writeFileSync(process.env.BENCH_MARK, `${name}\n`);
        slices[i]?.push(await load(port, CONNECTIONS, DURATION_MS / ROUNDS, next));
      }
    }
    const results: Array<[string, LoadResult]> = chosen.map(([name], i) => [name, merge(slices[i] ?? [])]);

    // ---- timeline with 200 sessions ---------------------------------------------------------
    // BENCH_SKIP_TIMELINE: stop after the load scenarios (profiling runs).
    if (process.env.BENCH_SKIP_TIMELINE !== undefined) {
      for (const [name, r] of results) console.log(`| ${name} | ${r.requests} | ${r.errors} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.nodeCpuUs.toFixed(0)} / ${r.dbCpuUs.toFixed(0)} |`);
      await app.close();
      return;
    }
    const tl = await timelineClient(port, sessions[0]?.headers ?? {});
    const tlLat: number[] = [];
    for (let i = 0; i < 20; i++) await get(port, `/api/clients/${tl}/timeline`, sessions[0]?.headers ?? {});
    for (let i = 0; i < 300; i++) {
      const s = process.hrtime.bigint();
      const status = await get(port, `/api/clients/${tl}/timeline`, sessions[0]?.headers ?? {});
      if (status !== 200) throw new Error(`timeline answered ${status}`);
      tlLat.push(Number(process.hrtime.bigint() - s) / 1e6);
    }
    tlLat.sort((a, b) => a - b);

    // ---- report -----------------------------------------------------------------------------
    console.log(`\nSeeded ${counts?.clients} clients, ${counts?.sessions} sessions, ${counts?.notes} signed notes (${CLINICIANS} clinicians) in ${seedSecs.toFixed(0)} s. Load: ${CONNECTIONS} keep-alive connections, ${DURATION_MS / 1000} s per scenario in ${ROUNDS} interleaved rounds, app pool ${POOL} = baseline pool ${POOL}.\n`);
    console.log('| scenario | requests | errors | throughput (req/s) | p50 (ms) | p99 (ms) | CPU per request: Node (server + load generator) / PostgreSQL (µs) |');
    console.log('|---|---|---|---|---|---|---|');
    for (const [name, r] of results) console.log(`| ${name} | ${r.requests} | ${r.errors} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.nodeCpuUs.toFixed(0)} / ${r.dbCpuUs.toFixed(0)} |`);
    // Per round: baseline throughput / Tacet throughput, for slices run seconds apart.
    const perRound = (tacet: number, base: number): number[] =>
      (slices[tacet] ?? []).map((t, k) => (slices[base]?.[k]?.rps ?? 0) / Math.max(t.rps, 1e-9));
    const summary = (tacet: number, base: number): string => {
      const rs = perRound(tacet, base);
      const total = (results[base]?.[1].rps ?? 0) / Math.max(results[tacet]?.[1].rps ?? 0, 1e-9);
      return `**${median(rs).toFixed(2)}×** median of ${rs.length} rounds (range ${Math.min(...rs).toFixed(2)}–${Math.max(...rs).toFixed(2)}; all rounds together ${total.toFixed(2)}×)`;
    };
    if (chosen.length === scenarios.length) {
      console.log(`\nOverhead (baseline throughput / Tacet throughput, target ≤ 1.5×): create ${summary(0, 1)}; read ${summary(2, 3)}; read without the audit row (diagnostic) ${summary(4, 3)}.`);
    }
    console.log(`\nTimeline of a client with 200 sessions, 200 signed notes with goal progress, a plan and 12 assessments: 300 sequential requests, p50 ${pct(tlLat, 50).toFixed(1)} ms, p99 ${pct(tlLat, 99).toFixed(1)} ms (target p99 ≤ 50 ms).`);
    await app.close();
  } finally {
    await rt.close();
    await tdb.close();
  }
}

function get(port: number, p: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path: p, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    }).on('error', reject);
  });
}

async function send(port: number, method: string, p: string, headers: Record<string, string>, body: unknown): Promise<{ status: number; json: unknown }> {
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

/** Builds the 200-session client through the API itself, so every row is exactly what the app writes. */
async function timelineClient(port: number, headers: Record<string, string>): Promise<string> {
  const must = async (method: string, p: string, body: unknown): Promise<Record<string, unknown>> => {
    const r = await send(port, method, p, headers, body);
    if (r.status >= 300) throw new Error(`${method} ${p} answered ${r.status}`);
    return r.json as Record<string, unknown>;
  };
  const client = await must('POST', '/api/clients', { name: 'Bench Timeline' });
  const cid = client.id as string;
  const plan = await must('POST', `/api/clients/${cid}/plans`, {
    reviewDate: '2027-01-01',
    diagnoses: [{ code: 'F41.1', primary: true }, { code: 'F32.1' }],
    problems: [
      { text: 'Worry', diagnosisCodes: ['F41.1'], goals: [{ text: 'Reduce worry', interventions: ['cbt'], objectives: [{ text: 'GAD-7 below 8', targetDate: '2026-12-01' }] }] },
      { text: 'Low mood', diagnosisCodes: ['F32.1'], goals: [{ text: 'More active days', interventions: ['behavioral_activation'], objectives: [{ text: '3 walks a week', targetDate: '2026-12-01' }] }] },
    ],
  });
  const goals = (plan.problems as Array<{ goals: Array<{ id: string }> }>).flatMap((pr) => pr.goals.map((g) => g.id));
  for (let i = 0; i < 200; i++) {
    const day = new Date(Date.UTC(2023, 0, 2 + i * 7, 15)).toISOString();
    const s = await must('POST', `/api/clients/${cid}/sessions`, { startsAt: day, durationMinutes: 53, serviceCode: '90837', modality: 'video', placeOfService: '10', attendance: i % 17 === 0 ? 'no_show' : 'attended' });
    const n = await must('POST', `/api/clients/${cid}/notes`, { format: 'soap', sessionId: s.id, sections: SECTIONS, goals: goals.map((g, k) => ({ goalId: g, progress: (i + k) % 3 === 0 ? 'some_progress' : 'no_change' })) });
    await must('POST', `/api/notes/${n.id as string}/sign`, undefined);
    if (i % 17 === 0) await must('POST', `/api/clients/${cid}/assessments`, { instrument: 'phq9', items: [2, 2, 1, 1, 1, 1, 1, 0, 0], administeredAt: day, sessionId: s.id });
  }
  return cid;
}

await main();
