// Set-up for the import tests (src/features/import): an app over a test database with a TestClock,
// a seeded practice and signed-in sessions. Lives under test/: no production source may import
// the TestClock (src/platform/clock.test.ts). Synthetic data only.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createTestRuntime, type TestRuntime } from './runtime.ts';
import { seedPractice, type SeededPractice } from './factories.ts';
import { sessionFor, injectAs, type TestSession } from './auth.ts';
import { TestClock } from './clock.ts';
import { buildApp } from '../src/http/server.ts';
import { addMember } from '../src/features/clients/testkit.ts';

export interface ImportClinic {
  rt: TestRuntime;
  app: FastifyInstance;
  clock: TestClock;
  p: SeededPractice;
  pr: TestSession;
  other: TestSession;
  foreign: TestSession;
  /** A fresh session of the seeded practitioner at the clock's current time. */
  fresh(): Promise<TestSession>;
  /** New sessions for pr, other and foreign (after the clock moved past the idle timeout). */
  refresh(): Promise<void>;
  upload(s: TestSession, kind: string, body: string | Buffer, mapping: Record<string, number>, extra?: Record<string, string>): Promise<LightMyRequestResponse>;
  call(s: TestSession, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function openImportClinic(): Promise<ImportClinic> {
  const clock = new TestClock(new Date('2026-04-01T12:00:00Z'));
  const rt = await createTestRuntime({}, { clock });
  const p = await seedPractice(rt.db, 'Import');
  const q = await seedPractice(rt.db, 'Elsewhere');
  const app = await buildApp(rt, { rateLimitPerMinute: 100_000 });
  await app.ready();
  const otherId = await addMember(rt, p.practiceId, 'practitioner');
  const as = (userId: string, practiceId = p.practiceId) => sessionFor(rt, { userId, practiceId, stage: 'full' });
  const kit: ImportClinic = {
    rt,
    app,
    clock,
    p,
    pr: await as(p.users.practitioner),
    other: await as(otherId),
    foreign: await as(q.users.practitioner, q.practiceId),
    fresh: () => as(p.users.practitioner),
    async refresh() {
      kit.pr = await as(p.users.practitioner);
      kit.other = await as(otherId);
      kit.foreign = await as(q.users.practitioner, q.practiceId);
    },
    upload: (s, kind, body, mapping, extra = {}) =>
      injectAs(app, s, {
        method: 'POST',
        url: '/api/imports',
        query: { kind, mapping: JSON.stringify(mapping), ...extra },
        headers: { 'content-type': 'text/csv' },
        payload: body,
      }),
    call: (s, method, url, payload) => injectAs(app, s, payload === undefined ? { method, url } : { method, url, payload: payload as never }),
    async close() {
      await app.close();
      await rt.close();
    },
  };
  return kit;
}

/** Rows of a table in the practice, as the superuser (to prove what was or was not written). */
export async function count(c: ImportClinic, table: 'clients' | 'therapy_sessions' | 'assessments' | 'imports' | 'import_chunks'): Promise<number> {
  return c.rt.testDb.asAdmin(async (db) => {
    const r = (await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('practice_id', '=', c.p.practiceId).executeTakeFirstOrThrow()) as { n: number | string };
    return Number(r.n);
  });
}

/** Everything the database holds in the given tables, as text (to search for a value). */
export async function dump(c: ImportClinic, tables: readonly string[]): Promise<string> {
  return c.rt.testDb.asAdmin(async (db) => {
    const parts: string[] = [];
    for (const t of tables) parts.push(JSON.stringify(await db.selectFrom(t as 'clients').selectAll().execute()));
    return parts.join('\n');
  });
}
