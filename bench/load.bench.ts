// npm run bench:load — a mixed load of many clinicians on PostgreSQL (issue 21, item 5): by
// default 40 practitioners in 5 practices, each with their own signed-in session, work for 60 s
// against the real HTTP server over loopback, each a closed loop (the next request when the last
// answers): list clients, open a client, the timeline, a new session, a note draft created and
// autosaved, a note signed, a note read, an AI draft through a local provider server speaking the
// Anthropic API (test/ai-stubs.ts, the official SDK on the client side), a plan revision and an
// assessment. Every answer that is not the route's success status counts as an error and is
// listed by route and status. Printed: requests/s in total, and p50/p99 per route (Markdown, for
// docs/benchmarks.md). A fresh database is created on BENCH_DATABASE_URL (default the local
// server) and dropped at the end.
//
// Knobs: BENCH_PRACTICES (5), BENCH_CLINICIANS (40, spread over the practices),
// BENCH_CLIENTS (12 per clinician), BENCH_DURATION_MS (60000), BENCH_POOL (10), BENCH_SEED (21).
import crypto from 'node:crypto';
import http from 'node:http';
import os from 'node:os';
import { Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { createLogger } from '../src/logging/logger.ts';
import { postgresHandle } from '../src/db/database.ts';
import { systemContext, withTenant } from '../src/db/tenant.ts';
import { buildApp } from '../src/http/server.ts';
import { verifyAudit } from '../src/audit/verify.ts';
import { createPostgresTestDb } from '../test/pg-server.ts';
import { seedPractice } from '../test/factories.ts';
import { sessionFor, type TestSession } from '../test/auth.ts';
import { startAiStub } from '../test/ai-stubs.ts';
import { benchRuntime, pct } from './harness.ts';
import { seeded } from '../test/seeded.ts';

const PRACTICES = Number(process.env.BENCH_PRACTICES ?? 5);
const CLINICIANS = Number(process.env.BENCH_CLINICIANS ?? 40);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 12);
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 60_000);
const POOL = Number(process.env.BENCH_POOL ?? 10);
const SEED = Number(process.env.BENCH_SEED ?? 21);

const SECTIONS = {
  subjective: 'Client reports sleeping six hours most nights and fewer worry episodes at work.',
  objective: 'Alert, oriented, euthymic affect, good eye contact, speech normal in rate and volume.',
  assessment: 'Progress toward the worry goal is steady; no safety concerns identified today.',
  plan: 'Continue weekly CBT; practise worry postponement daily; review PHQ-9 next session.',
};
const PLAN = {
  reviewDate: '2027-06-01',
  diagnoses: [{ code: 'F41.1', primary: true }],
  problems: [{ text: 'Persistent worry about work performance.', diagnosisCodes: ['F41.1'], goals: [{ text: 'Worry less than an hour a day.', interventions: ['cbt'], objectives: [{ text: 'Practise worry postponement five days a week.', targetDate: '2027-03-01' }] }] }],
};

interface Clinician {
  practiceId: string;
  userId: string;
  session: TestSession;
  clients: string[];
  planId: string;
  drafts: string[];
  notes: string[];
  sessionNo: number;
}

interface Answer {
  status: number;
  json: Record<string, unknown>;
}

function request(agent: http.Agent, port: number, c: Clinician, method: string, url: string, body?: unknown): Promise<Answer & { ms: number }> {
  return new Promise((resolve) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const t0 = process.hrtime.bigint();
    const req = http.request(
      { host: '127.0.0.1', port, method, path: url, agent, headers: { ...c.session.headers, ...(payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (d: Buffer) => chunks.push(d));
        res.on('end', () => {
          const ms = Number(process.hrtime.bigint() - t0) / 1e6;
          let json: Record<string, unknown> = {};
          try {
            json = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
          } catch {
            /* an empty or non-JSON body */
          }
          resolve({ status: res.statusCode ?? 0, json, ms });
        });
      },
    );
    req.on('error', () => resolve({ status: 0, json: {}, ms: Number(process.hrtime.bigint() - t0) / 1e6 }));
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

async function main(): Promise<void> {
  const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  console.log(`# bench:load — ${new Date().toISOString()} — node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} x${os.cpus().length}`);
  const tdb = await createPostgresTestDb(url);
  const stub = await startAiStub();
  const handle = postgresHandle(tdb.runtimeUrl ?? '', POOL);
  let warnings = 0;
  const logger = createLogger('info', new Writable({ write: (c: Buffer, _e, cb) => { if (/"level":(40|50|60)/.test(c.toString('utf8'))) warnings++; cb(); } }));
  const rt = await benchRuntime(handle, 'load', {
    logger,
    env: { AI_ANTHROPIC_API_KEY: 'sk-test-not-a-key', AI_ANTHROPIC_BASE_URL: stub.url, AI_ANTHROPIC_MODEL: 'claude-stub-1', AI_TIMEOUT_MS: '10000', AI_MAX_RETRIES: '0' },
  });

  // One address sends every clinician's requests, and a closed loop sends far more than a person
  // does: the per-address and per-session limits (600 a minute each in production) are lifted.
  const app = await buildApp(rt, { rateLimitPerMinute: 1_000_000 });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const port = (app.server.address() as AddressInfo).port;
  const agent = new http.Agent({ keepAlive: true, maxSockets: CLINICIANS });

  try {
    // ---- seed, through the API ----------------------------------------------------------------
    const t0 = Date.now();
    const clinicians: Clinician[] = [];
    for (let p = 0; p < PRACTICES; p++) {
      const sp = await seedPractice(rt.db, `Load ${p}`);
      const vendorId = crypto.randomUUID();
      await withTenant(rt.db, sp.ctx('owner'), async (trx) => {
        await trx
          .insertInto('subprocessors')
          .values({ id: vendorId, practice_id: sp.practiceId, name: 'Example AI Vendor', category: 'ai', provider: 'anthropic', purpose: 'Drafting notes from pseudonymised input', data_categories: ['pseudonymised session notes'], baa_status: 'signed', baa_signed_on: '2026-01-05', zero_retention: true, no_training: true })
          .execute();
        await trx.updateTable('practice_settings').set({ ai_enabled: true, ai_provider: 'anthropic', ai_vendor_id: vendorId }).where('practice_id', '=', sp.practiceId).execute();
      });
      const n = Math.floor(CLINICIANS / PRACTICES) + (p < CLINICIANS % PRACTICES ? 1 : 0);
      const ids = [sp.users.practitioner];
      await withTenant(rt.db, systemContext(sp.practiceId), async (trx) => {
        for (let i = 1; i < n; i++) {
          const id = crypto.randomUUID();
          await trx.insertInto('users').values({ id, email: `load.${p}.${i}.${id.slice(0, 6)}@example.test`, name: `Load Clinician ${p}.${i}` }).execute();
          await trx.insertInto('memberships').values({ practice_id: sp.practiceId, user_id: id, role: 'practitioner' }).execute();
          ids.push(id);
        }
      });
      for (const userId of ids) {
        clinicians.push({ practiceId: sp.practiceId, userId, session: await sessionFor(rt, { userId, practiceId: sp.practiceId }), clients: [], planId: '', drafts: [], notes: [], sessionNo: 0 });
      }
    }
    const must = async (c: Clinician, method: string, u: string, body: unknown, status: number): Promise<Record<string, unknown>> => {
      const r = await request(agent, port, c, method, u, body);
      if (r.status !== status) throw new Error(`seed: ${method} ${u} answered ${r.status}`);
      return r.json;
    };
    await Promise.all(
      clinicians.map(async (c, ci) => {
        for (let i = 0; i < CLIENTS; i++) c.clients.push((await must(c, 'POST', '/api/clients', { name: `Pseudonym ${ci}-${i}`, pseudonym: true }, 201)).id as string);
        c.planId = (await must(c, 'POST', `/api/clients/${c.clients[0]}/plans`, PLAN, 201)).id as string;
        for (let i = 0; i < 5; i++) {
          const id = (await must(c, 'POST', `/api/clients/${c.clients[i % CLIENTS]}/notes`, { format: 'soap', sections: SECTIONS, serviceDate: '2026-11-02' }, 201)).id as string;
          await must(c, 'POST', `/api/notes/${id}/sign`, {}, 200);
          c.notes.push(id);
        }
      }),
    );
    console.log(`seeded ${PRACTICES} practices, ${clinicians.length} clinicians, ${clinicians.length * CLIENTS} clients, ${clinicians.length * 5} signed notes in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    // ---- the mix --------------------------------------------------------------------------------
    const random = seeded(SEED);
    const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)] as T;
    type Step = { route: string; weight: number; run: (c: Clinician) => Promise<{ route: string; ok: boolean; status: number; ms: number }> };
    const go = async (c: Clinician, route: string, method: string, u: string, body: unknown, expected: number, after?: (a: Answer) => void) => {
      const r = await request(agent, port, c, method, u, body);
      if (r.status === expected) after?.(r);
      return { route, ok: r.status === expected, status: r.status, ms: r.ms };
    };
    const steps: Step[] = [
      { route: 'GET /api/clients', weight: 10, run: (c) => go(c, 'GET /api/clients', 'GET', '/api/clients', undefined, 200) },
      { route: 'GET /api/clients/:id', weight: 10, run: (c) => go(c, 'GET /api/clients/:id', 'GET', `/api/clients/${pick(c.clients)}`, undefined, 200) },
      { route: 'GET /api/clients/:id/timeline', weight: 10, run: (c) => go(c, 'GET /api/clients/:id/timeline', 'GET', `/api/clients/${pick(c.clients)}/timeline`, undefined, 200) },
      {
        route: 'POST /api/clients/:id/sessions',
        weight: 5,
        run: (c) => {
          // A new session an hour after the last one this clinician booked, on a weekday in the past.
          const startsAt = new Date(Date.UTC(2026, 5, 1, 8) + c.sessionNo++ * 3_600_000).toISOString();
          return go(c, 'POST /api/clients/:id/sessions', 'POST', `/api/clients/${pick(c.clients)}/sessions`, { startsAt, durationMinutes: 53, serviceCode: '90837', modality: 'video', placeOfService: '10' }, 201);
        },
      },
      {
        route: 'POST /api/clients/:id/notes',
        weight: 5,
        run: (c) => go(c, 'POST /api/clients/:id/notes', 'POST', `/api/clients/${pick(c.clients)}/notes`, { format: 'soap', sections: { subjective: SECTIONS.subjective } }, 201, (a) => void c.drafts.push(a.json.id as string)),
      },
      {
        route: 'PATCH /api/notes/:id (autosave)',
        weight: 15,
        run: (c) => {
          const id = c.drafts.at(-1);
          if (id === undefined) return go(c, 'POST /api/clients/:id/notes', 'POST', `/api/clients/${pick(c.clients)}/notes`, { format: 'soap', sections: { subjective: SECTIONS.subjective } }, 201, (a) => void c.drafts.push(a.json.id as string));
          return go(c, 'PATCH /api/notes/:id (autosave)', 'PATCH', `/api/notes/${id}`, { sections: { ...SECTIONS, plan: `${SECTIONS.plan} (${Math.floor(random() * 1000)})` } }, 200);
        },
      },
      {
        route: 'POST /api/notes/:id/sign',
        weight: 4,
        run: async (c) => {
          const id = c.drafts.pop();
          if (id === undefined) return go(c, 'GET /api/notes/:id', 'GET', `/api/notes/${pick(c.notes)}`, undefined, 200);
          // A draft is signed once all its sections are written (the autosave above writes them).
          const filled = await request(agent, port, c, 'PATCH', `/api/notes/${id}`, { sections: SECTIONS });
          if (filled.status !== 200) return { route: 'PATCH /api/notes/:id (autosave)', ok: false, status: filled.status, ms: filled.ms };
          return go(c, 'POST /api/notes/:id/sign', 'POST', `/api/notes/${id}/sign`, {}, 200, () => void c.notes.push(id));
        },
      },
      { route: 'GET /api/notes/:id', weight: 15, run: (c) => go(c, 'GET /api/notes/:id', 'GET', `/api/notes/${pick(c.notes)}`, undefined, 200) },
      {
        route: 'POST /api/clients/:id/drafts (AI)',
        weight: 2,
        run: (c) => go(c, 'POST /api/clients/:id/drafts (AI)', 'POST', `/api/clients/${pick(c.clients)}/drafts`, { format: 'soap', source: { kind: 'bullets', text: '- slept better this week\n- fewer worries at work\n- practised breathing twice' } }, 201),
      },
      { route: 'PUT /api/plans/:id', weight: 2, run: (c) => go(c, 'PUT /api/plans/:id', 'PUT', `/api/plans/${c.planId}`, { ...PLAN, problems: [{ ...PLAN.problems[0]!, text: `Persistent worry about work performance (${Math.floor(random() * 1000)}).` }] }, 200) },
      {
        route: 'POST /api/clients/:id/assessments',
        weight: 3,
        run: (c) => go(c, 'POST /api/clients/:id/assessments', 'POST', `/api/clients/${pick(c.clients)}/assessments`, { instrument: 'phq9', items: Array.from({ length: 9 }, () => Math.floor(random() * 4)), administeredAt: '2026-11-02T15:00:00Z' }, 201),
      },
    ];
    const total = steps.reduce((t, s) => t + s.weight, 0);
    const choose = (): Step => {
      let r = random() * total;
      for (const s of steps) if ((r -= s.weight) < 0) return s;
      return steps[0]!;
    };

    const byRoute = new Map<string, { ms: number[]; errors: Map<number, number> }>();
    const end = Date.now() + DURATION_MS;
    const started = Date.now();
    const cpu0 = process.cpuUsage();
    const aiBefore = stub.requests.length;
    await Promise.all(
      clinicians.map(async (c) => {
        while (Date.now() < end) {
          const r = await choose().run(c);
          const e = byRoute.get(r.route) ?? { ms: [], errors: new Map<number, number>() };
          byRoute.set(r.route, e);
          e.ms.push(r.ms);
          if (!r.ok) e.errors.set(r.status, (e.errors.get(r.status) ?? 0) + 1);
        }
      }),
    );
    const secs = (Date.now() - started) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const all = [...byRoute.values()].flatMap((e) => e.ms).sort((a, b) => a - b);
    const errors = [...byRoute.entries()].flatMap(([route, e]) => [...e.errors.entries()].map(([status, n]) => `${route}: ${n} × ${status}`));
    const verify = await tdb.asAdmin((db) => verifyAudit(db));

    console.log('');
    console.log(`${clinicians.length} clinicians (one session each, one request at a time) in ${PRACTICES} practices, ${secs.toFixed(1)} s, pool ${POOL}: ` +
      `${all.length} requests, ${(all.length / secs).toFixed(0)} requests/s, p50 ${pct(all, 50).toFixed(1)} ms, p99 ${pct(all, 99).toFixed(1)} ms; ` +
      `errors: ${errors.length === 0 ? '0' : errors.join('; ')}; warnings/errors logged: ${warnings}; AI calls to the provider server: ${stub.requests.length - aiBefore}; ` +
      `Node CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s; audit chain after the run: ${verify.events} events, ${verify.problems.length} problems`);
    console.log('');
    console.log('| Route | Requests | Errors | p50 (ms) | p99 (ms) |');
    console.log('| --- | ---: | ---: | ---: | ---: |');
    for (const s of steps) {
      const e = byRoute.get(s.route);
      if (e === undefined) continue;
      const ms = [...e.ms].sort((a, b) => a - b);
      const n = [...e.errors.values()].reduce((t, x) => t + x, 0);
      console.log(`| ${s.route} | ${ms.length} | ${n} | ${pct(ms, 50).toFixed(1)} | ${pct(ms, 99).toFixed(1)} |`);
    }
    console.log(`| **all** | ${all.length} | ${errors.length === 0 ? 0 : [...byRoute.values()].reduce((t, e) => t + [...e.errors.values()].reduce((a, b) => a + b, 0), 0)} | ${pct(all, 50).toFixed(1)} | ${pct(all, 99).toFixed(1)} |`);
    if (errors.length > 0 || verify.problems.length > 0) process.exitCode = 1;
  } finally {
    agent.destroy();
    await app.close();
    await stub.close();
    await rt.close();
    await tdb.close();
  }
}

await main();
