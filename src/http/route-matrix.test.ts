// Route × role matrix (R41, R22, R40), generated from the route table: every API route, every
// role, anonymous and half-signed-in callers, and a foreign practice's ids. A route added later is
// in the matrix without touching this file.
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

let rt: TestRuntime;
let app: FastifyInstance;
let a: SeededPractice;
let b: SeededPractice;
/** Ids of practice B's rows, by table. */
const foreignIds = new Map<string, string>();

beforeAll(async () => {
  rt = await createTestRuntime();
  app = await buildApp(rt, { rateLimitPerMinute: 100_000 });
  await app.ready();
  a = await seedPractice(rt.db, 'MatrixA');
  b = await seedPractice(rt.db, 'MatrixB');
  // The operator holds an active grant on A, so routes that admit operators can be used.
  await withTenant(rt.db, { ...systemContext(a.practiceId), userId: a.operatorId }, (trx) =>
    trx
      .insertInto('break_glass_grants')
      .values({ id: crypto.randomUUID(), practice_id: a.practiceId, operator_id: a.operatorId, reason: 'Route matrix test: operator access to practice A', scope: 'clinical_content', expires_at: new Date(Date.now() + 3600_000), revoked_at: null })
      .execute(),
  );
  await rt.testDb.asAdmin(async (db) => {
    for (const table of await tenantTables(db)) {
      const hasId = await sql<{ n: number }>`SELECT count(*)::int AS n FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ${table} AND column_name = 'id' AND data_type = 'uuid'`.execute(db);
      if ((hasId.rows[0]?.n ?? 0) === 0) continue;
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

/** Practice B's id for a route parameter: the table is guessed from the path segment before it. */
function foreignId(route: RouteEntry, param: string): string {
  if (param === 'practiceId') return b.practiceId;
  if (param === 'userId' || param === 'granteeId') return b.users.practitioner;
  const segments = route.url.split('/');
  const i = segments.indexOf(`:${param}`);
  const seg = (segments[i - 1] ?? '').replace(/-/g, '_');
  const aliases: Record<string, string> = { grants: 'practitioner_grants', break_glass: 'break_glass_grants', sessions: 'therapy_sessions', encounters: 'therapy_sessions' };
  const candidates = [aliases[seg], seg, `${seg}s`, seg.replace(/s$/, '')].filter((x): x is string => x !== undefined);
  for (const c of candidates) {
    const id = foreignIds.get(c);
    if (id !== undefined) return id;
  }
  for (const [table, id] of foreignIds) if (table.includes(seg.replace(/s$/, ''))) return id;
  return b.practiceId;
}

function urlWith(route: RouteEntry, pick: (param: string) => string): string {
  return route.url.replace(/:([A-Za-z]+)/g, (_m, p: string) => pick(p));
}

function admitted(route: RouteEntry, caller: Caller): boolean {
  if (caller.role === 'anonymous' || caller.role === 'partial') return false;
  return route.roles === 'self' || route.roles.includes(caller.role);
}

describe('route × role matrix', () => {
  it('R41 R22 every route admits exactly its declared roles; foreign ids answer like missing ones', async () => {
    const routes = routeTable(app).filter((r) => r.auth !== 'public' && !r.url.startsWith('/api/test/'));
    expect(routes.length).toBeGreaterThan(10);
    const problems: string[] = [];
    let checks = 0;
    for (const route of routes) {
      for (const caller of callers) {
        const session = await caller.session();
        const payload = route.method === 'GET' || route.method === 'DELETE' ? undefined : {};
        const res = await injectAs(app, session, { method: route.method, url: urlWith(route, () => crypto.randomUUID()), ...(payload !== undefined ? { payload } : {}) });
        checks++;
        const code = res.statusCode;
        const label = `${route.method} ${route.url} as ${caller.name}: ${code} ${res.json<{ error?: { code: string } }>().error?.code ?? ''}`;
        if (code >= 500) problems.push(`${label} (server error)`);
        if (caller.role === 'anonymous') {
          if (code !== 401) problems.push(`${label} (expected 401)`);
          continue;
        }
        if (caller.role === 'partial') {
          const ok = route.auth === 'partial' ? code !== 401 : code === 403;
          if (!ok) problems.push(`${label} (partial session)`);
          continue;
        }
        if (admitted(route, caller)) {
          if (code === 401 || (code === 403 && res.json<{ error: { code: string } }>().error.code === 'forbidden')) problems.push(`${label} (declared role refused)`);
        } else if (code !== 403 && code !== 404) {
          problems.push(`${label} (undeclared role not refused)`);
        }
        if (route.hasParams && admitted(route, caller)) {
          // A foreign practice's id must be indistinguishable from an id that does not exist.
          const s2 = await caller.session();
          const foreign = await injectAs(app, s2, { method: route.method, url: urlWith(route, (p) => foreignId(route, p)), ...(payload !== undefined ? { payload } : {}) });
          const s3 = await caller.session();
          const missing = await injectAs(app, s3, { method: route.method, url: urlWith(route, () => crypto.randomUUID()), ...(payload !== undefined ? { payload } : {}) });
          checks += 2;
          const f = `${foreign.statusCode} ${foreign.json<{ error?: { code: string } }>().error?.code ?? ''}`;
          const m = `${missing.statusCode} ${missing.json<{ error?: { code: string } }>().error?.code ?? ''}`;
          if (foreign.statusCode < 400) problems.push(`${route.method} ${route.url} as ${caller.name}: a foreign id succeeded (${f})`);
          if (f !== m) problems.push(`${route.method} ${route.url} as ${caller.name}: foreign id answers ${f}, missing id answers ${m}`);
        }
      }
    }
    console.log(`R41 route x role matrix: ${routes.length} routes x ${callers.length} callers, ${checks} requests`);
    expect(problems).toEqual([]);
  });
});
