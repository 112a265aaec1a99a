// Route × role matrix (R41, R22, R40), generated from the route table: every API route, every
// role, anonymous and half-signed-in callers, a same-practice colleague's ids and a foreign
// practice's ids. A route added later is in the matrix without touching this file.
//
// Each request is *valid*: its body and query string are generated with fast-check from the
// route's own schemas as the OpenAPI document publishes them (test/harness/schema-arb.ts), so an
// admitted role is shown to reach the handler (a preHandler hook records it) instead of stopping
// at 400 validation_failed, and a refused role is shown never to reach it.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { createTestRuntime, type TestRuntime } from '../../test/runtime.ts';
import { seedPractice, type SeededPractice } from '../../test/factories.ts';
import { injectAs, sessionFor, type TestSession } from '../../test/auth.ts';
import { buildApp } from './server.ts';
import { routeTable, type RouteEntry } from './pipeline.ts';
import { systemContext, withTenant, type AppRole } from '../db/tenant.ts';
import { tenantTables } from '../../test/harness/cross-tenant.ts';
import fc from 'fast-check';
import { pathParams, queryArbitrary, requestSchemas, validValues, BASE_HINTS, type Hints, type OpenApiDoc } from '../../test/harness/schema-arb.ts';
import { addMember } from '../features/clients/testkit.ts';

let rt: TestRuntime;
let app: FastifyInstance;
let a: SeededPractice;
let b: SeededPractice;
/** Ids of practice B's rows, by table. */
const foreignIds = new Map<string, string>();
/** Ids of rows a second practitioner of practice A created, by table. */
const colleagueIds = new Map<string, string>();
let doc: OpenApiDoc;
/** Probe ids of requests that reached the route handler (validation passed). */
const reached = new Set<string>();
const PROBE = 'x-matrix-probe';
/** Code lists, and references to rows that must exist: left out where they are optional. */
const HINTS: Hints = BASE_HINTS;

beforeAll(async () => {
  // In recording mode (issue 20): the largest route table, the recording routes among them.
  rt = await createTestRuntime({ TACET_RECORDING: 'enabled' });
  app = await buildApp(rt, { rateLimitPerMinute: 100_000 });
  app.addHook('preHandler', async (req) => {
    const probe = req.headers[PROBE];
    if (typeof probe === 'string') reached.add(probe);
  });
  await app.ready();
  doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<OpenApiDoc>();
  a = await seedPractice(rt.db, 'MatrixA');
  b = await seedPractice(rt.db, 'MatrixB');
  // The operator holds an active grant on A, so routes that admit operators can be used.
  await withTenant(rt.db, { ...systemContext(a.practiceId), userId: a.operatorId }, (trx) =>
    trx
      .insertInto('break_glass_grants')
      .values({ id: crypto.randomUUID(), practice_id: a.practiceId, operator_id: a.operatorId, reason: 'Route matrix test: operator access to practice A', scope: 'clinical_content', expires_at: new Date(Date.now() + 3600_000), revoked_at: null })
      .execute(),
  );
  await seedColleague();
  await rt.testDb.asAdmin(async (db) => {
    for (const table of await tablesWithUuidId(db)) {
      const col = table === 'practices' ? 'id' : 'practice_id';
      const r = await sql<{ id: string }>`SELECT id::text AS id FROM ${sql.table(table)} WHERE ${sql.ref(col)} = ${b.practiceId} LIMIT 1`.execute(db);
      if (r.rows[0] !== undefined) foreignIds.set(table, r.rows[0].id);
    }
  });
});
afterAll(async () => {
  await app.close();
  await rt.close();
});

/** The tenant tables whose rows have a uuid `id` (one catalog query). */
async function tablesWithUuidId(db: Parameters<Parameters<TestRuntime['testDb']['asAdmin']>[0]>[0]): Promise<string[]> {
  const withId = await sql<{ t: string }>`SELECT table_name AS t FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'id' AND data_type = 'uuid'`.execute(db);
  const ids = new Set(withId.rows.map((r) => r.t));
  return (await tenantTables(db)).filter((t) => ids.has(t));
}

/** Every id of practice A, by table. */
async function idsOfA(): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  await rt.testDb.asAdmin(async (db) => {
    for (const table of await tablesWithUuidId(db)) {
      if (table === 'practices') continue;
      const r = await sql<{ id: string }>`SELECT id::text AS id FROM ${sql.table(table)} WHERE practice_id = ${a.practiceId}`.execute(db);
      out.set(table, new Set(r.rows.map((x) => x.id)));
    }
  });
  return out;
}

/**
 * A second practitioner of practice A (no grant) creates a client and, through every create route
 * under that client, a row of each kind, with bodies generated from the schemas. The rows that
 * appear are the colleague's, by table.
 */
async function seedColleague(): Promise<void> {
  const colleague = await addMember(rt, a.practiceId, 'practitioner');
  const s = await sessionFor(rt, { userId: colleague, practiceId: a.practiceId });
  const before = await idsOfA();
  const created = await injectAs(app, s, { method: 'POST', url: '/api/clients', payload: { name: 'Test Colleague Client' } });
  const clientId = created.json<{ id: string }>().id;
  const creates = routeTable(app).filter((r) => r.method === 'POST' && /^\/api\/clients\/:clientId\/[a-z-]+$/.test(r.url));
  for (const route of creates) {
    const { body } = requestSchemas(doc, route.method, route.url);
    for (const payload of fc.sample(validValues(body, HINTS), { numRuns: 15, seed: 7 })) {
      const res = await injectAs(app, s, { method: 'POST', url: route.url.replace(':clientId', clientId), payload: payload as never });
      if (res.statusCode < 300) break;
    }
  }
  const after = await idsOfA();
  for (const [table, ids] of after) {
    const fresh = [...ids].filter((id) => !(before.get(table)?.has(id) ?? false));
    if (fresh[0] !== undefined) colleagueIds.set(table, fresh[0]);
  }
}

type Caller = { name: string; role: AppRole | 'anonymous' | 'partial'; session: () => Promise<TestSession | null> };

const callers: Caller[] = [
  ...(['owner', 'practitioner', 'supervisor', 'helpdesk', 'client'] as const).map((role) => ({
    name: role,
    role,
    session: () => sessionFor(rt, { userId: a.users[role], practiceId: a.practiceId }),
  })),
  { name: 'operator', role: 'operator', session: () => sessionFor(rt, { userId: a.operatorId, practiceId: a.practiceId }) },
  { name: 'anonymous', role: 'anonymous', session: async () => null },
  { name: 'partial (email only)', role: 'partial', session: () => sessionFor(rt, { userId: a.users.practitioner, practiceId: a.practiceId, stage: 'partial' }) },
];

/** The table a route parameter names, guessed from the path segment before it; undefined if unknown. */
function idFrom(ids: Map<string, string>, route: RouteEntry, param: string): string | undefined {
  const segments = route.url.split('/');
  const i = segments.indexOf(`:${param}`);
  const seg = (segments[i - 1] ?? '').replace(/-/g, '_');
  const aliases: Record<string, string> = { grants: 'practitioner_grants', break_glass: 'break_glass_grants', sessions: 'therapy_sessions', encounters: 'therapy_sessions' };
  const candidates = [aliases[seg], seg, `${seg}s`, seg.replace(/s$/, '')].filter((x): x is string => x !== undefined);
  for (const c of candidates) {
    const id = ids.get(c);
    if (id !== undefined) return id;
  }
  for (const [table, id] of ids) if (table.includes(seg.replace(/s$/, ''))) return id;
  return undefined;
}

/** Practice B's id for a route parameter. */
function foreignId(route: RouteEntry, param: string): string {
  if (param === 'practiceId') return b.practiceId;
  if (param === 'userId' || param === 'granteeId') return b.users.practitioner;
  return idFrom(foreignIds, route, param) ?? b.practiceId;
}

/** The route's URL with ids from `pick`; a numeric parameter (a plan version) gets 1. */
function urlWith(route: RouteEntry, pick: (param: string) => string): string {
  const kinds = pathParams(doc, route.method, route.url);
  return route.url.replace(/:([A-Za-z]+)/g, (_m, p: string) => (kinds.get(p)?.type === 'integer' ? '1' : pick(p)));
}

function admitted(route: RouteEntry, caller: Caller): boolean {
  if (caller.role === 'anonymous' || caller.role === 'partial') return false;
  return route.roles === 'self' || route.roles.includes(caller.role);
}

/** Up to `tries` generated requests for a route: body and query string valid by its schemas. */
function validRequests(route: RouteEntry, seed: number, tries = 12): Array<{ payload: unknown; query: string }> {
  const { body, query } = requestSchemas(doc, route.method, route.url);
  const bodies = body === undefined ? Array.from({ length: tries }, () => undefined) : fc.sample(validValues(body, HINTS), { numRuns: tries, seed });
  const queries = fc.sample(queryArbitrary(query), { numRuns: tries, seed: seed + 1 });
  return bodies.map((payload, i) => ({ payload, query: queries[i] ?? '' }));
}

const withPayload = (payload: unknown) => (payload !== undefined ? { payload: payload as never } : {});
const status = (res: { statusCode: number; json: <T>() => T }) => `${res.statusCode} ${res.json<{ error?: { code: string } }>().error?.code ?? ''}`;

describe('route × role matrix', () => {
  it('R41 R22 every route admits exactly its declared roles with valid requests that reach the handler; colleague and foreign ids answer like missing ones', async () => {
    const routes = routeTable(app).filter((r) => r.auth !== 'public' && !r.url.startsWith('/api/test/'));
    expect(routes.length).toBeGreaterThan(10);
    expect(colleagueIds.size).toBeGreaterThan(2);
    const problems: string[] = [];
    let checks = 0;
    let reachedAdmitted = 0;
    let admittedPairs = 0;
    let colleagueChecks = 0;
    let seed = 1;
    for (const route of routes) {
      const candidates = validRequests(route, seed++);
      for (const caller of callers) {
        let found: { payload: unknown; query: string } | undefined;
        let last = '';
        // Sessions are made per caller and route: some routes end or change the caller's session.
        const session = await caller.session();
        for (const req of caller.role === 'anonymous' || caller.role === 'partial' ? candidates.slice(0, 1) : candidates) {
          const probe = crypto.randomUUID();
          const res = await injectAs(app, session, { method: route.method, url: urlWith(route, () => crypto.randomUUID()) + req.query, headers: { [PROBE]: probe }, ...withPayload(req.payload) });
          checks++;
          const code = res.statusCode;
          last = `${route.method} ${route.url} as ${caller.name}: ${status(res)}`;
          if (code >= 500) problems.push(`${last} (server error)`);
          const gotThrough = reached.has(probe);
          if (!admitted(route, caller) || caller.role === 'anonymous' || caller.role === 'partial') {
            if (gotThrough && !(caller.role === 'partial' && route.auth === 'partial')) problems.push(`${last} (a refused caller reached the handler)`);
            if (caller.role === 'anonymous' && code !== 401) problems.push(`${last} (expected 401)`);
            if (caller.role === 'partial' && !(route.auth === 'partial' ? gotThrough || code !== 401 : code === 403)) problems.push(`${last} (partial session)`);
            if (caller.role !== 'anonymous' && caller.role !== 'partial' && code !== 403 && code !== 404) problems.push(`${last} (undeclared role not refused)`);
            break;
          }
          if (gotThrough) {
            found = req;
            break;
          }
          if (code === 401 || (code === 403 && res.json<{ error: { code: string } }>().error.code === 'forbidden')) {
            problems.push(`${last} (declared role refused)`);
            break;
          }
          if (process.env.MATRIX_DEBUG === '1') console.log('TRY', last, res.body.slice(0, 160));
        }
        if (!admitted(route, caller) || caller.role === 'anonymous' || caller.role === 'partial') continue;
        admittedPairs++;
        if (found === undefined) {
          problems.push(`${last} (no generated valid request reached the handler)`);
          continue;
        }
        reachedAdmitted++;
        if (!route.hasParams) continue;
        // The same valid request with a foreign practice's ids, a same-practice colleague's ids
        // (for a practitioner, who holds no grant on them) and ids that exist nowhere: the first
        // two must be indistinguishable from the last.
        const send = async (pick: (p: string) => string) =>
          injectAs(app, await caller.session(), { method: route.method, url: urlWith(route, pick) + found.query, ...withPayload(found.payload) });
        const missing = await send(() => crypto.randomUUID());
        const foreign = await send((p) => foreignId(route, p));
        checks += 2;
        if (foreign.statusCode < 400) problems.push(`${route.method} ${route.url} as ${caller.name}: a foreign id succeeded (${status(foreign)})`);
        if (status(foreign) !== status(missing)) problems.push(`${route.method} ${route.url} as ${caller.name}: foreign id answers ${status(foreign)}, missing id answers ${status(missing)}`);
        const colleagueParams = route.idParams.map((p) => idFrom(colleagueIds, route, p));
        if (caller.role === 'practitioner' && colleagueParams.every((id) => id !== undefined)) {
          const colleague = await send((p) => idFrom(colleagueIds, route, p) ?? crypto.randomUUID());
          const again = await send(() => crypto.randomUUID());
          checks += 2;
          colleagueChecks++;
          if (status(colleague) !== status(again)) problems.push(`${route.method} ${route.url} as practitioner: a colleague's id answers ${status(colleague)}, a missing id answers ${status(again)}`);
        }
      }
    }
    if (problems.length > 0) console.log(problems.join('\n'));
    console.log(`R41 route x role matrix: ${routes.length} routes x ${callers.length} callers, ${checks} requests; ${reachedAdmitted} of ${admittedPairs} admitted (route, role) pairs reached the handler with a generated valid request; ${colleagueChecks} routes tried with a colleague's ids (tables: ${[...colleagueIds.keys()].join(', ')})`);
    expect(problems).toEqual([]);
  });
});
