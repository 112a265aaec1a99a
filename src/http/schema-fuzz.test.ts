// Property-based fuzzing of every route's schema (issue 21, item 2; R25, R22, R41). For every API
// route in the route table, a *valid* request is generated from the route's published schemas
// (test/harness/schema-arb.ts) and then one part of it is made hostile with fast-check: unicode
// confusables and bidi controls, very long strings, JSON nested 5,000 levels deep, huge numbers,
// -0 and 1e309 as JSON text, NUL characters, invalid UTF-8 bytes, lone surrogates, wrong types,
// extra keys, arrays where objects go; in the body, the query string or a path parameter.
//
// Asserted for every request: never a 5xx, and an error body never contains the planted marker.
// Asserted for every route: when every answer of its batch was 4xx, the row counts of every table
// are unchanged (nothing half-written). The caller is an admitted role with a fresh session.
//
// A short smoke run on PGlite; the long run only on PostgreSQL (CI runs both stores). The seed is
// fixed (FUZZ_SEED overrides it; FUZZ_RUNS the cases per route) so a failure reproduces.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { createTestRuntime, type TestRuntime } from '../../test/runtime.ts';
import { usingPostgres } from '../../test/db.ts';
import { seedPractice, type SeededPractice } from '../../test/factories.ts';
import { injectAs, sessionFor, type TestSession } from '../../test/auth.ts';
import { tenantTables } from '../../test/harness/cross-tenant.ts';
import { pathParams, queryArbitrary, requestSchemas, validValues, BASE_HINTS, type Hints, type OpenApiDoc } from '../../test/harness/schema-arb.ts';
import { buildApp } from './server.ts';
import { routeTable, type RouteEntry } from './pipeline.ts';
import { systemContext, withTenant } from '../db/tenant.ts';

let rt: TestRuntime;
let app: FastifyInstance;
let a: SeededPractice;
let doc: OpenApiDoc;
/** One id of practice A's rows, by table. */
const idsOfA = new Map<string, string>();
let countSql = '';

const HINTS: Hints = BASE_HINTS;

beforeAll(async () => {
  rt = await createTestRuntime();
  app = await buildApp(rt, { rateLimitPerMinute: 1_000_000 });
  await app.ready();
  doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<OpenApiDoc>();
  a = await seedPractice(rt.db, 'FuzzA');
  await seedPractice(rt.db, 'FuzzB');
  await withTenant(rt.db, { ...systemContext(a.practiceId), userId: a.operatorId }, (trx) =>
    trx
      .insertInto('break_glass_grants')
      .values({ id: crypto.randomUUID(), practice_id: a.practiceId, operator_id: a.operatorId, reason: 'Schema fuzz test: operator access to practice A', scope: 'clinical_content', expires_at: new Date(Date.now() + 3600_000), revoked_at: null })
      .execute(),
  );
  const seeded = await rowIds();
  await createThroughApi();
  const fresh = await rowIds();
  await rt.testDb.asAdmin(async (db) => {
    // Every base table of the schema, users and sessions included: a 4xx writes to none of them.
    // The one exception is the audit trail, which records refusals (a failed passkey sign-in is an
    // `auth.*` event with outcome 'failure'): there only successful events count, and the lane
    // heads that follow the events are left out.
    const tables = await sql<{ t: string }>`SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'audit_heads' ORDER BY 1`.execute(db);
    countSql = tables.rows
      .map((r) => `SELECT '${r.t}' AS t, count(*)::int AS n FROM public."${r.t}"${r.t === 'audit_events' ? " WHERE outcome = 'success'" : ''}`)
      .join(' UNION ALL ');
  });
  // Rows made through the API win over the factory's (whose sealed fields are random bytes, which
  // no route can open): the fuzz aims at rows as the product writes them.
  for (const [table, rows] of seeded) if (rows[0] !== undefined) idsOfA.set(table, rows[0]);
  for (const [table, rows] of fresh) {
    const made = rows.filter((id) => !(seeded.get(table) ?? []).includes(id));
    if (made[0] !== undefined) idsOfA.set(table, made[0]);
  }
});

/** The ids of practice A's rows, by table. */
async function rowIds(): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  await rt.testDb.asAdmin(async (db) => {
    for (const table of await tenantTables(db)) {
      const hasId = await sql<{ n: number }>`SELECT count(*)::int AS n FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ${table} AND column_name = 'id' AND data_type = 'uuid'`.execute(db);
      if ((hasId.rows[0]?.n ?? 0) === 0 || table === 'practices') continue;
      const r = await sql<{ id: string }>`SELECT id::text AS id FROM ${sql.table(table)} WHERE practice_id = ${a.practiceId}`.execute(db);
      out.set(table, r.rows.map((x) => x.id));
    }
  });
  return out;
}

/** A client with a session, a note, a plan and a measure, created by the practitioner through the API. */
async function createThroughApi(): Promise<void> {
  const s = await sessionFor(rt, { userId: a.users.practitioner, practiceId: a.practiceId });
  const post = async (url: string, payload: unknown) => {
    const res = await injectAs(app, s, { method: 'POST', url, payload: payload as never });
    expect(res.statusCode, `${url}: ${res.body}`).toBe(201);
    return res.json<{ id: string }>().id;
  };
  const clientId = await post('/api/clients', { name: 'Test Fuzz Client', contactNotes: 'synthetic' });
  const sessionId = await post(`/api/clients/${clientId}/sessions`, { startsAt: '2026-03-02T15:00:00Z', durationMinutes: 53, serviceCode: '90837', modality: 'video', placeOfService: '10' });
  await post(`/api/clients/${clientId}/notes`, { format: 'soap', sessionId, sections: { subjective: 'Synthetic report.', objective: 'Calm.', assessment: 'Stable.', plan: 'Continue.' } });
  await post(`/api/clients/${clientId}/plans`, {
    reviewDate: '2026-06-01',
    diagnoses: [{ code: 'F32.1', primary: true }],
    problems: [{ text: 'Synthetic problem', diagnosisCodes: ['F32.1'], goals: [{ text: 'Synthetic goal', interventions: ['cbt'], objectives: [{ text: 'Synthetic objective', targetDate: '2026-05-01' }] }] }],
  });
  await post(`/api/clients/${clientId}/assessments`, { instrument: 'phq9', items: [1, 1, 2, 0, 1, 0, 1, 0, 0], sessionId });
  const transcript = await injectAs(app, s, { method: 'PUT', url: `/api/sessions/${sessionId}/transcript`, payload: { text: 'Therapist: How was the week?\nClient: Synthetic.' } });
  expect(transcript.statusCode).toBe(200);
}

afterAll(async () => {
  await app.close();
  await rt.close();
});

async function rowCounts(): Promise<Map<string, number>> {
  return rt.testDb.asAdmin(async (db) => new Map((await sql.raw<{ t: string; n: number }>(countSql).execute(db)).rows.map((r) => [r.t, r.n])));
}

function idFor(route: RouteEntry, param: string): string {
  if (param === 'practiceId') return a.practiceId;
  if (param === 'userId' || param === 'granteeId' || param === 'memberId') return a.users.practitioner;
  const segments = route.url.split('/');
  const seg = (segments[segments.indexOf(`:${param}`) - 1] ?? '').replace(/-/g, '_');
  const aliases: Record<string, string> = { grants: 'practitioner_grants', break_glass: 'break_glass_grants', sessions: 'therapy_sessions', encounters: 'therapy_sessions' };
  for (const c of [aliases[seg], seg, `${seg}s`, seg.replace(/s$/, '')]) if (c !== undefined && idsOfA.has(c)) return idsOfA.get(c)!;
  for (const [table, id] of idsOfA) if (table.includes(seg.replace(/s$/, ''))) return id;
  return crypto.randomUUID();
}

// ---- mutations ------------------------------------------------------------------------------

const KINDS = ['confusable', 'bidi', 'long', 'deep', 'number', 'nul', 'badutf8', 'surrogate', 'wrongtype', 'extrakey', 'array'] as const;
type Kind = (typeof KINDS)[number];
interface Mutation {
  kind: Kind;
  /** Where: an index into the list of the request's mutable places (modulo its length). */
  at: number;
  variant: number;
}
const LENIENT = new Set<Kind>(['confusable', 'bidi', 'long', 'extrakey']);
const mutationArb: fc.Arbitrary<Mutation> = fc.record({ kind: fc.constantFrom(...KINDS), at: fc.nat(1000), variant: fc.nat(1000) });

/** A placeholder string later replaced, in the serialised body, by raw JSON text or raw bytes. */
const RAW = (n: number) => `\u0001raw${n}\u0001`;
const NUMBERS = ['1e309', '-1e309', '-0', '123456789012345678901234567890', '1e-400', '9007199254740993', '-9223372036854775809', '0.1e-7'];
const BAD_BYTES = [[0xc3, 0x28], [0xff], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82]];
const CONFUSABLES = ['\u0430\u0435\u043e', '\uff21\uff22', '\u200d\u200b\ufeff', 'I\u0307', '\u1e9e', 'e\u0301\u0301\u0301', '\ud835\udc00', '\u2028\u2029'];
const BIDI = ['\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200f', '\u061c', '\u202a\u202c'];

function deep(levels: number, variant: number): string {
  return variant % 2 === 0 ? '['.repeat(levels) + ']'.repeat(levels) : '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);
}

/** A hostile value for one place, and the raw pieces its placeholders stand for. */
function hostile(m: Mutation, marker: string, raws: Array<string | Buffer>, current: unknown): unknown {
  const raw = (x: string | Buffer) => {
    raws.push(x);
    return RAW(raws.length - 1);
  };
  const v = m.variant;
  switch (m.kind) {
    case 'confusable':
      return `${marker}${CONFUSABLES[v % CONFUSABLES.length]}`;
    case 'bidi':
      return `${BIDI[v % BIDI.length]}${marker}${BIDI[(v >> 3) % BIDI.length]}`;
    case 'long':
      return marker + 'synthetic '.repeat(v % 2 === 0 ? 5_000 : 90_000);
    case 'deep':
      return raw(deep(5_000, v));
    case 'number':
      return raw(NUMBERS[v % NUMBERS.length]!);
    case 'nul':
      return `${marker}\u0000${v % 2 === 0 ? '' : 'tail'}`;
    case 'badutf8':
      return raw(Buffer.concat([Buffer.from(`"${marker}`), Buffer.from(BAD_BYTES[v % BAD_BYTES.length]!), Buffer.from('"')]));
    case 'surrogate':
      return raw(`"${marker}\\ud800${v % 2 === 0 ? '' : '\\udfff\\udbff'}"`);
    case 'wrongtype': {
      const options: unknown[] = [true, 42, null, `${marker}`, [], {}, -1, 0.5];
      const pick = options[v % options.length];
      return typeof pick === typeof current && pick !== null ? `${marker}` : pick;
    }
    case 'extrakey':
      if (current !== null && typeof current === 'object' && !Array.isArray(current)) {
        const extra: Array<Record<string, unknown>> = [{ zzExtraField: marker }, { constructor: { prototype: { polluted: marker } } }, { isAdmin: true, role: 'owner', practiceId: crypto.randomUUID() }];
        return { ...(current), ...extra[v % extra.length] };
      }
      return { zzExtraField: marker };
    case 'array':
      return current !== null && typeof current === 'object' && !Array.isArray(current) ? [current] : [marker];
  }
}

/** Every place in a JSON value, as a path (the root is []). */
function places(value: unknown, path: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  out.push(path);
  if (Array.isArray(value)) value.forEach((x, i) => places(x, [...path, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, x] of Object.entries(value)) places(x, [...path, k], out);
  return out;
}

function getAt(value: unknown, path: Array<string | number>): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], value);
}

function setAt(value: unknown, path: Array<string | number>, next: unknown): unknown {
  if (path.length === 0) return next;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let cur = copy;
  for (const k of path.slice(0, -1)) cur = cur[k] as Record<string | number, unknown>;
  cur[path[path.length - 1]!] = next;
  return copy;
}

/** The body as bytes, with the placeholders replaced by their raw text or bytes. */
function serialise(body: unknown, raws: Array<string | Buffer>): Buffer {
  let text = JSON.stringify(body);
  if (raws.length === 0) return Buffer.from(text, 'utf8');
  const parts: Buffer[] = [];
  const re = /"\\u0001raw(\d+)\\u0001"/g;
  let last = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    parts.push(Buffer.from(text.slice(last, m.index), 'utf8'));
    const r = raws[Number(m[1])]!;
    parts.push(typeof r === 'string' ? Buffer.from(r, 'utf8') : r);
    last = m.index + m[0].length;
  }
  text = text.slice(last);
  parts.push(Buffer.from(text, 'utf8'));
  return Buffer.concat(parts);
}

/** A query-string or path-parameter form of a hostile value (percent-encoded bytes). */
function hostileText(m: Mutation, marker: string): string {
  const v = m.variant;
  switch (m.kind) {
    case 'nul':
      return `${marker}%00`;
    case 'badutf8':
      return marker + Buffer.from(BAD_BYTES[v % BAD_BYTES.length]!).toString('hex').replace(/(..)/g, '%$1');
    case 'long':
      return marker + 'x'.repeat(v % 2 === 0 ? 2_000 : 6_000);
    case 'number':
      return encodeURIComponent(NUMBERS[v % NUMBERS.length]!);
    case 'deep':
      return encodeURIComponent('['.repeat(200));
    case 'surrogate':
      return `${marker}%ED%A0%80`;
    case 'bidi':
      return encodeURIComponent(`${BIDI[v % BIDI.length]}${marker}`);
    case 'array':
      return `${marker}&x[]=1&x[]=2`;
    case 'confusable':
    case 'wrongtype':
    case 'extrakey':
      return encodeURIComponent(`${marker}${CONFUSABLES[v % CONFUSABLES.length]}`);
  }
}

interface FuzzCase {
  method: string;
  url: string;
  payload?: Buffer;
  marker: string;
  describe: string;
}

/** One hostile request for a route: a valid request with one place made hostile. */
function fuzzCase(route: RouteEntry, valid: { payload: unknown; query: string }, m: Mutation, n: number): FuzzCase {
  const marker = `Zq${n.toString(36)}Fz`;
  const params = pathParams(doc, route.method, route.url);
  const pathUrl = (hostileParam?: string) =>
    route.url.replace(/:([A-Za-z]+)/g, (_x, p: string) => (p === hostileParam ? hostileText(m, marker) : params.get(p)?.type === 'integer' ? '1' : idFor(route, p)));
  const hasBody = valid.payload !== undefined;
  const queryNames = requestSchemas(doc, route.method, route.url).query.map((q) => q.name);
  const paramNames = [...params.keys()];
  // Choose the part: the body when there is one (most cases), else the query or a path parameter.
  const parts = [...(hasBody ? ['body', 'body', 'body'] : []), ...(queryNames.length > 0 ? ['query'] : []), ...(paramNames.length > 0 ? ['param'] : [])];
  const part = parts.length === 0 ? 'body' : parts[m.at % parts.length]!;
  if (part === 'query') {
    const name = queryNames[m.at % queryNames.length]!;
    const q = new URLSearchParams(valid.query.replace(/^\?/, ''));
    q.delete(name);
    const rest = q.toString();
    return { method: route.method, url: `${pathUrl()}?${rest === '' ? '' : `${rest}&`}${name}=${hostileText(m, marker)}`, marker, describe: `${m.kind}#${m.variant} in query.${name}` };
  }
  if (part === 'param') {
    const name = paramNames[m.at % paramNames.length]!;
    return { method: route.method, url: pathUrl(name) + valid.query, marker, describe: `${m.kind}#${m.variant} in path :${name}` };
  }
  const raws: Array<string | Buffer> = [];
  const body = hasBody ? valid.payload : {};
  const where = places(body);
  const path = where[m.at % where.length]!;
  const mutated = setAt(body, path, hostile(m, marker, raws, getAt(body, path)));
  return { method: route.method, url: pathUrl() + valid.query, payload: serialise(mutated, raws), marker, describe: `${m.kind}#${m.variant} at body${path.map((p) => `.${p}`).join('')}` };
}

function callerFor(route: RouteEntry): Promise<TestSession | null> {
  if (route.auth === 'public') return Promise.resolve(null);
  if (route.auth === 'partial') return sessionFor(rt, { userId: a.users.practitioner, practiceId: a.practiceId, stage: 'partial' });
  if (route.roles === 'self') return sessionFor(rt, { userId: a.users.owner, practiceId: a.practiceId });
  const role = (['owner', 'practitioner', 'supervisor', 'helpdesk', 'client'] as const).find((r) => route.roles.includes(r));
  if (role !== undefined) return sessionFor(rt, { userId: a.users[role], practiceId: a.practiceId });
  return sessionFor(rt, { userId: a.operatorId, practiceId: a.practiceId });
}

interface FuzzResult {
  routes: number;
  requests: number;
  byStatus: Map<string, number>;
  byKind: Map<string, number>;
  batchesAll4xx: number;
  problems: string[];
}

async function fuzz(perRoute: number, seed: number): Promise<FuzzResult> {
  // Routes that end the caller's practice or account go last, so they do not cut the others short.
  const ending = (r: RouteEntry) => r.method === 'DELETE' && /^\/api\/(practice|account)$/.test(r.url);
  const routes = routeTable(app)
    .filter((r) => !r.url.startsWith('/api/test/') && (process.env.FUZZ_ROUTE === undefined || r.url.includes(process.env.FUZZ_ROUTE)))
    .sort((x, y) => Number(ending(x)) - Number(ending(y)));
  const result: FuzzResult = { routes: routes.length, requests: 0, byStatus: new Map(), byKind: new Map(), batchesAll4xx: 0, problems: [] };
  let n = 0;
  for (const [i, route] of routes.entries()) {
    const { body, query } = requestSchemas(doc, route.method, route.url);
    const bodies = body === undefined ? Array.from({ length: perRoute }, () => undefined) : fc.sample(validValues(body, HINTS), { numRuns: perRoute, seed: seed + i });
    const queries = fc.sample(queryArbitrary(query), { numRuns: perRoute, seed: seed + i + 1 });
    const mutations = fc.sample(mutationArb, { numRuns: perRoute, seed: seed + i + 2 });
    const session = await callerFor(route);
    // Two batches per route, each checked for writes when all its answers were 4xx: mutations no
    // valid request can carry (NUL, bad bytes, wrong types, ...) and the ones a route may accept
    // (confusables, bidi controls, long text, extra keys a schema strips).
    const order = [...mutations.keys()];
    const strict = order.filter((k) => !LENIENT.has(mutations[k]!.kind));
    for (const batch of [strict, order.filter((k) => LENIENT.has(mutations[k]!.kind))]) {
      if (batch.length === 0) continue;
      const before = await rowCounts();
      let all4xx = true;
      for (const k of batch) {
        const c = fuzzCase(route, { payload: bodies[k], query: queries[k] ?? '' }, mutations[k]!, n++);
        const res = await injectAs(app, session, {
          method: c.method,
          url: c.url,
          ...(c.payload !== undefined && route.method !== 'GET' ? { payload: c.payload, headers: { 'content-type': 'application/json' } } : {}),
        });
        result.requests++;
        result.byKind.set(mutations[k]!.kind, (result.byKind.get(mutations[k]!.kind) ?? 0) + 1);
        const cls = `${Math.floor(res.statusCode / 100)}xx`;
        result.byStatus.set(cls, (result.byStatus.get(cls) ?? 0) + 1);
        const label = `${route.method} ${route.url} with ${c.describe} (seed ${seed}, case ${n - 1})`;
        if (res.statusCode >= 500) {
          const errorId = /"id":"([0-9a-f-]{36})"/.exec(res.body)?.[1] ?? 'none';
          result.problems.push(`${label}: ${res.statusCode} ${res.body.slice(0, 200)} log: ${rt.logLines.filter((l) => l.includes(errorId)).join(' | ').slice(0, 1500)}`);
        }
        if (res.statusCode < 400 || res.statusCode >= 500) all4xx = false;
        if (res.statusCode >= 400 && res.body.includes(c.marker)) result.problems.push(`${label}: the error body echoes the planted value: ${res.statusCode} ${res.body.slice(0, 300)}`);
      }
      if (all4xx) {
        result.batchesAll4xx++;
        const after = await rowCounts();
        const changed = [...after].filter(([t, cnt]) => before.get(t) !== cnt).map(([t, cnt]) => `${t} ${before.get(t)}→${cnt}`);
        if (changed.length > 0) result.problems.push(`${route.method} ${route.url}: every answer was 4xx but rows changed: ${changed.join(', ')}`);
      }
    }
  }
  return result;
}

function summary(label: string, r: FuzzResult, perRoute: number, seed: number): string {
  const fmt = (m: Map<string, number>) => [...m].sort().map(([k, v]) => `${k} ${v}`).join(', ');
  return `${label}: ${r.routes} routes x ${perRoute} cases (seed ${seed}) = ${r.requests} requests; status ${fmt(r.byStatus)}; kinds ${fmt(r.byKind)}; ${r.batchesAll4xx} all-4xx batches checked for writes; ${r.problems.length} problems`;
}

const SEED = Number(process.env.FUZZ_SEED ?? 2101);

describe('schema fuzzing of every route', () => {
  it.runIf(!usingPostgres())('R25 R22 smoke: hostile variants of valid requests on every route never give 5xx, never echo the value, write nothing when refused', async () => {
    const perRoute = Number(process.env.FUZZ_RUNS ?? 4);
    const r = await fuzz(perRoute, SEED);
    console.log(summary('R25 schema fuzz (PGlite smoke)', r, perRoute, SEED));
    expect(r.problems).toEqual([]);
  });

  it.runIf(usingPostgres())(
    'R25 R22 long: hostile variants of valid requests on every route never give 5xx, never echo the value, write nothing when refused',
    async () => {
      const perRoute = Number(process.env.FUZZ_RUNS ?? 10);
      const r = await fuzz(perRoute, SEED);
      console.log(summary('R25 schema fuzz (PostgreSQL)', r, perRoute, SEED));
      expect(r.problems).toEqual([]);
    },
    300_000,
  );
});

describe('errors the router raises before any route runs', () => {
  // Found by the fuzzing above: Fastify's own answer quoted the whole path, ids and all, in a body
  // of its own shape (FST_ERR_BAD_URL, FST_ERR_MAX_PARAM_LENGTH).
  it.each([
    ['invalid UTF-8', 'GET', '/api/clients/Zq1Fz%c3%28', 400],
    ['a lone surrogate', 'POST', '/api/notes/Zq2Fz%ED%A0%80/cosign', 400],
    ['an over-long parameter', 'DELETE', `/api/notes/Zq3Fz${'x'.repeat(300)}`, 414],
  ] as const)('R25 a path with %s answers in the standard error shape without quoting the path', async (_what, method, url, code) => {
    const s = await sessionFor(rt, { userId: a.users.owner, practiceId: a.practiceId });
    const res = await injectAs(app, s, { method, url });
    expect(res.statusCode).toBe(code);
    expect(res.json<{ error: { code: string; message: string; id: string } }>().error.message).toMatch(/^path: /);
    expect(res.body).not.toMatch(/Zq\dFz/);
  });
});
