// Shared set-up for the clinical feature tests: one app over a test database, a seeded practice,
// and signed-in sessions for the roles that matter to the clinical record. Synthetic data only.
import crypto from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createTestRuntime, type TestRuntime } from '../../../test/runtime.ts';
import { seedPractice, type SeededPractice } from '../../../test/factories.ts';
import { sessionFor, injectAs, type TestSession } from '../../../test/auth.ts';
import { buildApp } from '../../http/server.ts';
import { systemContext, withTenant } from '../../db/tenant.ts';
import type { MemberRole } from '../../db/schema.ts';
import type { Clock } from '../../platform/clock.ts';

export interface Clinic {
  rt: TestRuntime;
  app: FastifyInstance;
  p: SeededPractice;
  /** The seeded practitioner. */
  pr: TestSession;
  /** A second practitioner of the same practice, no grant. */
  other: TestSession;
  otherId: string;
  owner: TestSession;
  supervisor: TestSession;
  helpdesk: TestSession;
  /** A practitioner of another practice. */
  foreign: TestSession;
  call(s: TestSession | null, method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function addMember(rt: TestRuntime, practiceId: string, role: MemberRole): Promise<string> {
  const id = crypto.randomUUID();
  await withTenant(rt.db, systemContext(practiceId), async (trx) => {
    await trx.insertInto('users').values({ id, email: `${role}.${id.slice(0, 8)}@example.test`, name: `Test ${role} extra` }).execute();
    await trx.insertInto('memberships').values({ practice_id: practiceId, user_id: id, role }).execute();
  });
  return id;
}

/**
 * `clock`: a TestClock for tests of time-dependent rules (retention); the real time otherwise.
 * `env`: configuration of the deployment (e.g. TACET_RECORDING=enabled).
 */
export async function openClinic(opts: { clock?: Clock; env?: Record<string, string> } = {}): Promise<Clinic> {
  const rt = await createTestRuntime(opts.env ?? {}, opts.clock !== undefined ? { clock: opts.clock } : {});
  const p = await seedPractice(rt.db, 'Clinic');
  const q = await seedPractice(rt.db, 'Elsewhere');
  const app = await buildApp(rt, { rateLimitPerMinute: 100_000 });
  await app.ready();
  const otherId = await addMember(rt, p.practiceId, 'practitioner');
  const as = (userId: string, practiceId = p.practiceId) => sessionFor(rt, { userId, practiceId, stage: 'full' });
  const clinic: Clinic = {
    rt,
    app,
    p,
    pr: await as(p.users.practitioner),
    other: await as(otherId),
    otherId,
    owner: await as(p.users.owner),
    supervisor: await as(p.users.supervisor),
    helpdesk: await as(p.users.helpdesk),
    foreign: await as(q.users.practitioner, q.practiceId),
    call: (s, method, url, payload) => injectAs(app, s, payload === undefined ? { method, url } : { method, url, payload: payload as never }),
    async close() {
      await app.close();
      await rt.close();
    },
  };
  return clinic;
}

/** Audit rows of the practice for one action, read as the superuser. */
export async function auditRows(c: Clinic, action: string): Promise<Array<{ resource_id: string | null; metadata: unknown; actor_id: string }>> {
  return c.rt.testDb.asAdmin(async (db) => {
    const r = (await db
      .selectFrom('audit_events')
      .select(['resource_id', 'metadata', 'actor_id'])
      .where('practice_id', '=', c.p.practiceId)
      .where('action', '=', action)
      .orderBy('seq')
      .execute()) as Array<{ resource_id: string | null; metadata: unknown; actor_id: string }>;
    // metadata is jsonb on PostgreSQL, text on some drivers: parse it either way.
    return r.map((x) => ({ ...x, metadata: typeof x.metadata === 'string' ? (JSON.parse(x.metadata) as unknown) : x.metadata }));
  });
}

/** Counts rows of a table for the practice, as the superuser (to prove nothing was written). */
export async function countRows(c: Clinic, table: string): Promise<number> {
  return c.rt.testDb.asAdmin(async (db) => {
    const r = (await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('practice_id', '=', c.p.practiceId).executeTakeFirstOrThrow()) as { n: number | string };
    return Number(r.n);
  });
}
