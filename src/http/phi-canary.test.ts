// PHI canaries (issue 21, item 3; R23, R25). Unique synthetic canary strings are planted in every
// free-text field of every PHI-writing route (clients, sessions, notes and addenda, plans,
// measures, transcripts, AI drafts through the stub provider, a CSV import), with bodies generated
// from the routes' published schemas (test/harness/schema-arb.ts) and every generated text field
// replaced by a canary. Then failures are forced: a constraint violation, an unexpected database
// error (a 500), an AI provider answering 500 and one never answering (timeout), bad input on PHI
// routes. Afterwards the application log (every line the logger wrote), every email the SMTP
// server received and every error body must hold none of the canaries. With TEST_DATABASE_URL the
// shared PostgreSQL server's own log (what it wrote during this run) is scanned too, when readable.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import fc from 'fast-check';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { createTestRuntime, type TestRuntime } from '../../test/runtime.ts';
import { usingPostgres } from '../../test/db.ts';
import { seedPractice, type SeededPractice } from '../../test/factories.ts';
import { injectAs, sessionFor, type TestSession } from '../../test/auth.ts';
import { startSmtp, type TestSmtp } from '../../test/smtp.ts';
import { startAiStub, type AiStub } from '../../test/ai-stubs.ts';
import { requestSchemas, validValues, BASE_HINTS, type Hints, type OpenApiDoc } from '../../test/harness/schema-arb.ts';
import { buildApp } from './server.ts';
import { routeTable, type RouteEntry } from './pipeline.ts';
import { withTenant } from '../db/tenant.ts';

const PG_LOG = '/var/log/postgresql/postgresql-15-main.log';

let rt: TestRuntime;
let app: FastifyInstance;
let smtp: TestSmtp;
let stub: AiStub;
let p: SeededPractice;
let doc: OpenApiDoc;
let pgLogStart = -1;

/** Every canary planted, and every response of status 400 or more. */
const canaries: string[] = [];
const errorBodies: Array<{ what: string; body: string }> = [];
const RUN = crypto.randomBytes(3).toString('hex');

/** A unique canary: letters and digits no generated or fixed text contains. */
function canary(): string {
  const c = `Cnry${RUN}${canaries.length.toString(36)}Qx`;
  canaries.push(c);
  return c;
}

async function call(s: TestSession | null, what: string, opts: InjectOptions): Promise<LightMyRequestResponse> {
  const res = await injectAs(app, s, opts);
  if (res.statusCode >= 400) errorBodies.push({ what: `${what}: ${res.statusCode}`, body: res.body });
  return res;
}

const HINTS: Hints = {
  ...BASE_HINTS,
  placeOfService: fc.constant('10'),
  modality: fc.constant('video'),
  aiDraftId: fc.constant(undefined),
  'problems.id': fc.constant(undefined),
  'goals.id': fc.constant(undefined),
  'objectives.id': fc.constant(undefined),
  diagnoses: fc.constant([{ code: 'F32.1', primary: true }]),
};

beforeAll(async () => {
  if (usingPostgres()) {
    try {
      pgLogStart = fs.statSync(PG_LOG).size;
      fs.accessSync(PG_LOG, fs.constants.R_OK);
    } catch {
      pgLogStart = -1;
    }
  }
  smtp = await startSmtp();
  stub = await startAiStub();
  rt = await createTestRuntime({
    SMTP_URL: smtp.url,
    AI_ANTHROPIC_API_KEY: 'sk-test-not-a-key',
    AI_ANTHROPIC_BASE_URL: stub.url,
    AI_ANTHROPIC_MODEL: 'claude-stub-1',
    AI_TIMEOUT_MS: '300',
    AI_MAX_RETRIES: '0',
  });
  app = await buildApp(rt, { rateLimitPerMinute: 100_000 });
  await app.ready();
  doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<OpenApiDoc>();
  p = await seedPractice(rt.db, 'Canary');
  // AI drafting on, through the stub provider, with a vendor that qualifies.
  const vendorId = crypto.randomUUID();
  await withTenant(rt.db, { practiceId: p.practiceId, userId: p.users.owner, roles: ['owner'] }, async (trx) => {
    await trx
      .insertInto('subprocessors')
      .values({ id: vendorId, practice_id: p.practiceId, name: 'Example AI Vendor', category: 'ai', provider: 'anthropic', purpose: 'Drafting notes from pseudonymised input', data_categories: ['pseudonymised session notes'], baa_status: 'signed', baa_signed_on: '2026-01-05', zero_retention: true, no_training: true })
      .execute();
    await trx.updateTable('practice_settings').set({ ai_enabled: true, ai_provider: 'anthropic', ai_vendor_id: vendorId }).where('practice_id', '=', p.practiceId).execute();
  });
}, 60_000);
afterAll(async () => {
  await app.close();
  await rt.close();
  await smtp.close();
  await stub.close();
});

// ---- planting -------------------------------------------------------------------------------

/** Text the schema converter generated (its synthetic vocabulary): a free-text field. */
const GENERATED = /^(?:synthetic|test|example|session|plan|goal|review|sample|note|alpha|beta|gamma|x| )+$/;

type Path = Array<string | number>;

/** Replaces every generated free-text string of at least 10 characters with a canary of the same length. */
function plant(value: unknown, path: Path = [], planted: Map<string, { path: Path; original: string }> = new Map()): unknown {
  if (typeof value === 'string') {
    if (!GENERATED.test(value) || value.length < 10) return value;
    const c = canary();
    planted.set(c, { path, original: value });
    return value.length >= 20 ? `${c} ${'x'.repeat(value.length - c.length - 1)}` : c.padEnd(value.length, 'x').slice(0, Math.max(value.length, c.length));
  }
  if (Array.isArray(value)) return value.map((v, i) => plant(v, [...path, i], planted));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plant(v, [...path, k], planted)]));
  return value;
}

function setAt(value: unknown, path: Path, next: unknown): void {
  let cur = value as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) cur = cur[k] as Record<string | number, unknown>;
  cur[path[path.length - 1]!] = next;
}

/** Ids of rows this run created, by the route parameter that names them. */
const ids = new Map<string, string>();
const PARAM_OF: Array<[RegExp, string]> = [
  [/^\/api\/clients$/, 'clientId'],
  [/\/sessions$/, 'sessionId'],
  [/\/notes$/, 'noteId'],
  [/\/plans$/, 'planId'],
  [/\/drafts$/, 'draftId'],
];

/**
 * Sends a route a generated valid body with canaries in every free-text field. A 400 naming a
 * field puts the generated value back there (a code, a name the R19 scan refuses) and tries
 * again; `tries` generated bodies in all. Returns the canaries that went in with a 2xx.
 */
async function plantThrough(s: TestSession, route: RouteEntry, tries = 8): Promise<{ planted: number; status: number }> {
  const { body } = requestSchemas(doc, route.method, route.url);
  const url = route.url.replace(/:([A-Za-z]+)/g, (_m, name: string) => ids.get(name) ?? crypto.randomUUID());
  let status = 0;
  const bodies = body === undefined ? [undefined] : fc.sample(validValues(body, HINTS), { numRuns: tries, seed: 21 });
  for (const generated of bodies) {
    const planted = new Map<string, { path: Path; original: string }>();
    const payload = plant(generated, [], planted);
    for (let attempt = 0; attempt < 6; attempt++) {
      const res = await call(s, `${route.method} ${route.url}`, { method: route.method, url, ...(payload !== undefined ? { payload: payload as never } : {}) });
      status = res.statusCode;
      if (res.statusCode < 300) {
        const id = res.json<{ id?: string }>().id;
        const param = PARAM_OF.find(([re]) => re.test(route.url))?.[1];
        if (param !== undefined && typeof id === 'string') ids.set(param, id);
        return { planted: [...planted.keys()].filter((c) => JSON.stringify(payload).includes(c)).length, status };
      }
      if (res.statusCode !== 400) break;
      // Put the generated value back in the field the answer names, and try again.
      const field = /^body\.([^:]+):/.exec(res.json<{ error: { message: string } }>().error.message)?.[1];
      const hit = field === undefined ? undefined : [...planted].find(([, v]) => v.path.join('.') === field || v.path.join('.').startsWith(`${field}.`));
      if (hit === undefined) break;
      setAt(payload, hit[1].path, hit[1].original);
      planted.delete(hit[0]);
    }
  }
  return { planted: 0, status };
}

function scan(): string[] {
  const found: string[] = [];
  const look = (where: string, text: string) => {
    for (const c of canaries) if (text.includes(c)) found.push(`${c} in ${where}`);
  };
  rt.logLines.forEach((l, i) => look(`log line ${i}: ${l.slice(0, 200)}`, l));
  smtp.messages.forEach((m, i) => look(`email ${i} (${m.subject})`, m.raw));
  errorBodies.forEach((e) => look(`error body of ${e.what}`, e.body));
  return found;
}

describe('PHI canaries', () => {
  it('R23 R25 canaries planted in every PHI field, through the API flows and forced failures, reach no log line, email or error body', async () => {
    const pr = await sessionFor(rt, { userId: p.users.practitioner, practiceId: p.practiceId });
    const owner = await sessionFor(rt, { userId: p.users.owner, practiceId: p.practiceId });
    const report: string[] = [];

    // 1. The clinical flows by hand, a canary in every free-text PHI field.
    const c2 = () => `${canary()} ${canary()}`;
    const flow = async (what: string, method: 'POST' | 'PUT' | 'PATCH', url: string, payload: unknown, expected: number) => {
      const res = await call(pr, what, { method, url, payload: payload as never });
      expect(res.statusCode, `${what}: ${res.body}`).toBe(expected);
      return res.json<Record<string, unknown>>();
    };
    const clientId = (await flow('create client', 'POST', '/api/clients', { name: c2(), pronouns: canary(), contactNotes: `${c2()} lives near ${canary()}`, knownPeople: [c2(), c2()] }, 201)).id as string;
    ids.set('clientId', clientId);
    await flow('update client', 'PATCH', `/api/clients/${clientId}`, { contactNotes: `Moved in with ${c2()}`, knownPeople: [c2()] }, 200);
    const sessionId = (await flow('create session', 'POST', `/api/clients/${clientId}/sessions`, { startsAt: '2026-03-02T15:00:00Z', durationMinutes: 53, serviceCode: '90837', modality: 'video', placeOfService: '10' }, 201)).id as string;
    ids.set('sessionId', sessionId);
    await flow('transcript', 'PUT', `/api/sessions/${sessionId}/transcript`, { text: `Therapist: How was the week?\nClient: ${canary()} and I argued about ${canary()}.` }, 200);
    const plan = {
      reviewDate: '2026-06-01',
      diagnoses: [{ code: 'F32.1', primary: true }],
      problems: [{ text: c2(), diagnosisCodes: ['F32.1'], goals: [{ text: c2(), interventions: ['cbt'], objectives: [{ text: c2(), targetDate: '2026-05-01' }] }] }],
    };
    const created = await flow('create plan', 'POST', `/api/clients/${clientId}/plans`, plan, 201);
    const planId = created.id as string;
    ids.set('planId', planId);
    const goalId = JSON.stringify(created).match(/"goals":\[\{"id":"([0-9a-f-]{36})"/)?.[1];
    expect(goalId).toBeDefined();
    const note = await flow('create note', 'POST', `/api/clients/${clientId}/notes`, {
      format: 'soap',
      sessionId,
      sections: { subjective: `${c2()} reports better sleep.`, objective: `Calm, ${canary()}.`, assessment: `Improving; ${canary()}.`, plan: `Continue; call ${canary()}.` },
      goals: [{ goalId, progress: 'some_progress', comment: `${canary()} helped` }],
    }, 201);
    const noteId = note.id as string;
    ids.set('noteId', noteId);
    await flow('edit note', 'PATCH', `/api/notes/${noteId}`, { sections: { subjective: `${c2()} reports better sleep.`, objective: `Calm, ${canary()}.`, assessment: `Improving; ${canary()}.`, plan: `Continue; call ${canary()}.` }, goals: [{ goalId, progress: 'achieved', comment: canary() }] }, 200);
    await flow('sign note', 'POST', `/api/notes/${noteId}/sign`, {}, 200);
    await flow('addendum', 'POST', `/api/notes/${noteId}/addenda`, { text: `Late entry: ${c2()}.` }, 201);
    await flow('revise plan', 'PUT', `/api/plans/${planId}`, { ...plan, problems: [{ ...plan.problems[0]!, text: c2() }] }, 200);
    await flow('measure', 'POST', `/api/clients/${clientId}/assessments`, { instrument: 'phq9', items: [1, 1, 2, 0, 1, 0, 1, 0, 0], sessionId }, 201);
    const bullets = Array.from({ length: 4 }, () => `- ${canary()} reports sleeping better; brother ${canary()} called on the phone.`).join('\n');
    const draft = await flow('AI draft', 'POST', `/api/clients/${clientId}/drafts`, { format: 'soap', source: { kind: 'bullets', text: bullets }, sessionId }, 201);
    ids.set('draftId', draft.id as string);
    expect(stub.requests.length).toBeGreaterThan(0);

    // 2. Then every PHI-writing route once more with a generated body, its free text all canaries.
    const routes = routeTable(app).filter((r) => r.phiWrite && !r.url.startsWith('/api/imports') && !r.url.startsWith('/api/test/'));
    expect(routes.length).toBeGreaterThan(10);
    let plantedRoutes = 0;
    for (const route of routes) {
      const r = await plantThrough(pr, route);
      if (r.planted > 0) plantedRoutes++;
      report.push(`${route.method} ${route.url}: ${r.planted} canaries (${r.status})`);
    }

    // 3. A CSV import with canaries in names and references, committed; and one with bad rows.
    const csv = ['clientRef,name,pronouns', `${canary()},${canary()} ${canary()},they`, `${canary()},${canary()} ${canary()},she`].join('\n');
    const upload = await call(pr, 'import upload', { method: 'POST', url: '/api/imports', query: { kind: 'clients', mapping: JSON.stringify({ clientRef: 0, name: 1, pronouns: 2 }) }, headers: { 'content-type': 'text/csv' }, payload: csv });
    expect(upload.statusCode, upload.body).toBe(201);
    const confirm = await call(pr, 'import confirm', { method: 'POST', url: `/api/imports/${upload.json<{ id: string }>().id}/confirm` });
    expect(confirm.statusCode, confirm.body).toBe(200);
    const badCsv = ['Client ID,Client Name,Start,Minutes,Code', `${canary()},${canary()} ${canary()},${canary()},${canary()},${canary()}`].join('\n');
    await call(pr, 'import with bad rows', { method: 'POST', url: '/api/imports', query: { kind: 'sessions', mapping: JSON.stringify({ clientRef: 0, name: 1, startsAt: 2, durationMinutes: 3, serviceCode: 4 }) }, headers: { 'content-type': 'text/csv' }, payload: badCsv });

    // 4. Forced failures.
    // A constraint violation: clients refuse every new row for a moment (CHECK (false), NOT VALID).
    await rt.testDb.asAdmin((db) => sql`ALTER TABLE public.clients ADD CONSTRAINT canary_forced_failure CHECK (false) NOT VALID`.execute(db));
    const refused = await call(pr, 'client insert against a violated constraint', { method: 'POST', url: '/api/clients', payload: { name: `${canary()} ${canary()}` } });
    await rt.testDb.asAdmin((db) => sql`ALTER TABLE public.clients DROP CONSTRAINT canary_forced_failure`.execute(db));
    expect(refused.statusCode).toBe(400);
    // An unexpected database error on a note save: a 500, logged by error id.
    await rt.testDb.asAdmin(async (db) => {
      await sql`CREATE FUNCTION public.canary_fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'forced failure for the canary test' USING ERRCODE = 'XX000'; END $$`.execute(db);
      await sql`CREATE TRIGGER canary_fail BEFORE INSERT ON public.notes FOR EACH ROW EXECUTE FUNCTION public.canary_fail()`.execute(db);
    });
    const broken = await plantThrough(pr, routes.find((r) => r.method === 'POST' && r.url === '/api/clients/:clientId/notes')!, 2);
    await rt.testDb.asAdmin(async (db) => {
      await sql`DROP TRIGGER canary_fail ON public.notes`.execute(db);
      await sql`DROP FUNCTION public.canary_fail()`.execute(db);
    });
    expect(broken.status).toBe(500);
    expect(rt.logLines.some((l) => l.includes('"level":50') || l.includes('"level":"error"'))).toBe(true);
    // The AI provider answers 500, then never answers (the client times out).
    for (const mode of [{ kind: 'error', status: 500 }, { kind: 'hang' }] as const) {
      stub.mode = mode;
      const failed = await call(pr, `AI draft with provider ${mode.kind}`, { method: 'POST', url: `/api/clients/${clientId}/drafts`, payload: { format: 'soap', source: { kind: 'free_text', text: `${canary()} said ${canary()} at work.` } } });
      expect(failed.statusCode, failed.body).toBeGreaterThanOrEqual(500);
    }
    stub.mode = { kind: 'echo' };
    // Bad input on PHI routes: a name too long, a wrong type beside a canary, an unknown field.
    await call(pr, 'client name too long', { method: 'POST', url: '/api/clients', payload: { name: `${canary()} ${'y'.repeat(5000)}` } });
    await call(pr, 'client with an unknown field', { method: 'POST', url: '/api/clients', payload: { name: `${canary()} Person`, contactNote: canary() } });
    await call(pr, 'transcript with a wrong type', { method: 'PUT', url: `/api/sessions/${sessionId}/transcript`, payload: { segments: canary() } });
    await call(pr, 'note on a missing client', { method: 'POST', url: `/api/clients/${crypto.randomUUID()}/notes`, payload: { format: 'soap', sections: { subjective: canary() } } });

    // 5. Mail: a sign-up, a sign-in link and an invitation go out through the SMTP server.
    await call(null, 'signup', { method: 'POST', url: '/api/auth/signup', payload: { email: 'canary.signup@example.test', name: 'Test Signup Person', practiceName: 'Synthetic Practice' } });
    await call(owner, 'invitation', { method: 'POST', url: '/api/practice/invitations', payload: { email: 'canary.invitee@example.test', role: 'practitioner' } });
    await rt.background.idle();
    await smtp.waitFor(2);
    await rt.jobs.stop();
    await rt.background.idle();

    const found = scan();
    let pgLog = 'not scanned (embedded database: no server log)';
    if (usingPostgres()) {
      if (pgLogStart < 0) pgLog = `not scanned (${PG_LOG} is not readable here)`;
      else {
        const fd = fs.openSync(PG_LOG, 'r');
        const size = fs.fstatSync(fd).size;
        const buf = Buffer.alloc(Math.max(0, size - pgLogStart));
        fs.readSync(fd, buf, 0, buf.length, pgLogStart);
        fs.closeSync(fd);
        const text = buf.toString('utf8');
        for (const c of canaries) if (text.includes(c)) found.push(`${c} in PostgreSQL's log`);
        pgLog = `${buf.length} bytes of ${PG_LOG} scanned (${text.split('\n').filter((l) => l.includes('forced failure')).length} lines of the forced failure)`;
      }
    }
    console.log(report.join('\n'));
    console.log(
      `R23 PHI canaries: ${canaries.length} canaries planted by hand through 14 clinical flows and by generated bodies through ${plantedRoutes} of ${routes.length} PHI-writing routes, plus 2 imports; scanned ${rt.logLines.length} log lines, ${smtp.messages.length} emails, ${errorBodies.length} error bodies; PostgreSQL log: ${pgLog}; ${found.length} canaries found`,
    );
    expect(plantedRoutes).toBeGreaterThan(3);
    expect(found).toEqual([]);
  }, 120_000);
});
