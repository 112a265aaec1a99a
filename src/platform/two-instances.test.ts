// Two Tacet instances on one database (issue 21, item 4; R40, R22). Each instance has its own
// Fastify app, job runner, background tasks, logger, and (on PostgreSQL) its own connection pool;
// they share the database, the master key and the keyring, as several app servers behind a load
// balancer do. A session made on one works on the other (and ends on both), data sealed by one is
// read by the other, and recurring jobs that both schedule and both poll for run once.
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { createTestRuntime, type TestRuntime } from '../../test/runtime.ts';
import { usingPostgres } from '../../test/db.ts';
import { startSmtp, linkToken, type TestSmtp } from '../../test/smtp.ts';
import { cookieFrom, injectAs, sessionFor } from '../../test/auth.ts';
import { seedPractice } from '../../test/factories.ts';
import { buildApp } from '../http/server.ts';
import { createLogger } from '../logging/logger.ts';
import { FileKeyringStore } from '../crypto/keyring.ts';
import { FieldCrypto, MasterKeys } from '../crypto/envelope.ts';
import { createMailer } from './mailer.ts';
import { BackgroundTasks } from './background.ts';
import { JobRunner } from './jobs/runner.ts';
import { BlobStore } from './blobs/store.ts';
import { openBlobBackend, type Runtime } from './runtime.ts';
import { postgresHandle, type DbHandle } from '../db/database.ts';
import { registerJobs, scheduleRecurringJobs } from '../features/jobs.ts';

let smtp: TestSmtp;
let rt1: TestRuntime;
let rt2: Runtime;
let app1: FastifyInstance;
let app2: FastifyInstance;
const lines2: string[] = [];
let ownHandle: DbHandle | undefined;

/** A second instance over rt1's database: its own pool (PostgreSQL), runner, tasks and logger. */
async function secondInstance(first: TestRuntime): Promise<Runtime> {
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      lines2.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      cb();
    },
  });
  const logger = createLogger('info', sink);
  // PGlite is one in-process database: the second instance shares its handle. On PostgreSQL it
  // opens its own pool as the runtime role, exactly as another server would.
  if (first.testDb.runtimeUrl !== undefined) ownHandle = postgresHandle(first.testDb.runtimeUrl, 5);
  const handle = ownHandle ?? first.dbHandle;
  const keyring = new FileKeyringStore(path.join(first.dataDir, 'keyring'));
  const crypto = new FieldCrypto(new MasterKeys(first.masterKey), keyring);
  const backend = await openBlobBackend(first.config);
  const background = new BackgroundTasks(logger);
  const jobs = new JobRunner(handle.db, logger);
  return {
    config: first.config,
    logger,
    dbHandle: handle,
    db: handle.db,
    crypto,
    clock: first.clock,
    mailer: createMailer(first.config),
    background,
    jobs,
    blobs: new BlobStore(backend, crypto, handle.db),
    async close() {
      await jobs.stop();
      await background.idle();
      await backend.close();
      await keyring.close();
      await ownHandle?.close();
    },
  };
}

beforeAll(async () => {
  smtp = await startSmtp();
  rt1 = await createTestRuntime({ SMTP_URL: smtp.url });
  rt2 = await secondInstance(rt1);
  app1 = await buildApp(rt1, { rateLimitPerMinute: 10_000 });
  app2 = await buildApp(rt2, { rateLimitPerMinute: 10_000 });
  await Promise.all([app1.ready(), app2.ready()]);
}, 60_000);
afterAll(async () => {
  await app1.close();
  await app2.close();
  await rt2.close();
  await rt1.close();
  await smtp.close();
});

describe('two instances on one database', () => {
  it(`R40 R22 a session signed in on one instance works on the other, and signing out on either ends it on both (${usingPostgres() ? 'two pools' : 'one embedded database'})`, async () => {
    const signup = await app1.inject({ method: 'POST', url: '/api/auth/signup', payload: { email: 'two.instances@example.test', name: 'Test Two Instances', practiceName: 'Synthetic Twin Practice' } });
    expect(signup.statusCode).toBe(202);
    await rt1.background.idle();
    const [mail] = await smtp.waitFor(1);
    // The link mailed by instance 1 is consumed on instance 2.
    const consumed = await app2.inject({ method: 'POST', url: '/api/auth/magic-link/consume', payload: { token: linkToken(mail!) } });
    expect(consumed.statusCode, consumed.body).toBe(200);
    const cookie = cookieFrom(consumed, rt2)!;
    expect(cookie).toBeDefined();
    const on1 = await app1.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } });
    const on2 = await app2.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } });
    expect(on1.statusCode).toBe(200);
    expect(on1.json()).toEqual(on2.json());
    // Signing out on instance 1 ends the session on instance 2 at once.
    const csrf = on1.json<{ csrfToken?: string; csrf?: string }>();
    const token = csrf.csrfToken ?? csrf.csrf;
    const out = await app1.inject({ method: 'POST', url: '/api/auth/signout', headers: { cookie, ...(token !== undefined ? { 'x-csrf-token': token } : {}) } });
    expect(out.statusCode, out.body).toBeLessThan(300);
    expect((await app2.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } })).statusCode).toBe(401);
  });

  it('R40 R22 a full session works on both instances, and a client sealed by one is read by the other', async () => {
    const p = await seedPractice(rt1.db, 'Twin');
    const s = await sessionFor(rt1, { userId: p.users.practitioner, practiceId: p.practiceId });
    const created = await injectAs(app1, s, { method: 'POST', url: '/api/clients', payload: { name: 'Test Twin Client', contactNotes: 'Synthetic contact note' } });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: string }>().id;
    const read = await injectAs(app2, s, { method: 'GET', url: `/api/clients/${id}` });
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toMatchObject({ id, contactNotes: 'Synthetic contact note' });
    const edited = await injectAs(app2, s, { method: 'PATCH', url: `/api/clients/${id}`, payload: { contactNotes: 'Synthetic note edited on instance 2' } });
    expect(edited.statusCode, edited.body).toBe(200);
    expect((await injectAs(app1, s, { method: 'GET', url: `/api/clients/${id}` })).json()).toMatchObject({ contactNotes: 'Synthetic note edited on instance 2' });
  });

  it('R40 recurring jobs scheduled by both instances exist once and run once', async () => {
    const runs: string[] = [];
    const probe = (instance: string) => ({ kind: 'test.twin.recurring', payload: z.object({}), run: async () => void runs.push(instance) });
    registerJobs(rt1);
    registerJobs(rt2);
    rt1.jobs.register(probe('1'));
    rt2.jobs.register(probe('2'));
    // Both start up at once: each schedules every recurring job.
    await Promise.all([scheduleRecurringJobs(rt1), scheduleRecurringJobs(rt2), rt1.jobs.schedule('test.twin.recurring', 3600), rt2.jobs.schedule('test.twin.recurring', 3600)]);
    const rows = await rt1.testDb.asAdmin(async (db) => (await db.selectFrom('jobs').select(['kind']).where('interval_seconds', 'is not', null).execute()) as Array<{ kind: string }>);
    const kinds = rows.map((r) => r.kind);
    expect(kinds.length).toBeGreaterThan(3);
    expect(new Set(kinds).size).toBe(kinds.length);
    // Both poll side by side until neither finds a due job.
    for (let round = 0; round < 50; round++) {
      const [a, b] = await Promise.all([rt1.jobs.runOnce(), rt2.jobs.runOnce()]);
      if (!a && !b) break;
    }
    expect(runs).toHaveLength(1);
    // Every recurring job ran (its next run is an interval away) and is still one row.
    const after = await rt1.testDb.asAdmin(
      async (db) => (await db.selectFrom('jobs').select(['kind', 'status', 'run_at', 'lease_owner']).where('interval_seconds', 'is not', null).execute()) as Array<{ kind: string; status: string; run_at: Date; lease_owner: string | null }>,
    );
    expect(after.map((r) => r.kind).sort()).toEqual([...kinds].sort());
    const now = rt1.clock.now().getTime();
    for (const r of after) {
      expect(r.status, r.kind).toBe('queued');
      expect(new Date(r.run_at).getTime(), r.kind).toBeGreaterThan(now);
    }
  });
});
