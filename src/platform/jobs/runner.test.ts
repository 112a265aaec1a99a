import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import { createLogger } from '../../logging/logger.ts';
import { systemContext, withTenant } from '../../db/tenant.ts';
import { claimJob, enqueueJob, loadJob, saveCheckpoint } from './queries.ts';
import { JobRunner, LeaseLostError, PermanentJobError, type JobHandler } from './runner.ts';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.close();
});

const logger = createLogger('silent');

/** A clock the test moves by hand. */
function testClock(start = new Date('2026-01-05T09:00:00Z')) {
  let at = start.getTime();
  return { now: () => new Date(at), advance: (ms: number) => (at += ms) };
}

async function enqueue(kind: string, payload: Record<string, unknown> = {}, opts: { maxAttempts?: number; now?: Date } = {}): Promise<string> {
  const practiceId = crypto.randomUUID();
  const id = await withTenant(t.db, systemContext(practiceId), (trx, ctx) =>
    enqueueJob(trx, ctx, opts.now ?? new Date('2026-01-05T09:00:00Z'), { kind, payload, ...(opts.maxAttempts !== undefined ? { maxAttempts: opts.maxAttempts } : {}) }),
  );
  if (id === null) throw new Error('not queued');
  return id;
}

async function job(id: string) {
  const row = await withTenant(t.db, systemContext(crypto.randomUUID()), () => Promise.resolve(undefined)).then(() =>
    t.asAdmin(async (a) => (await a.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow()) as Record<string, unknown>),
  );
  return row;
}

describe('job runner', () => {
  it('R09 two runners working side by side never run the same job, and every job runs', async () => {
    const kind = 'test.once';
    const ids = await Promise.all(Array.from({ length: 24 }, (_, i) => enqueue(kind, { i })));
    const runs: Array<{ id: string; owner: string }> = [];
    const make = (owner: string) =>
      new JobRunner(t.db, logger, { owner, now: () => new Date('2026-01-05T09:00:01Z') }).register({
        kind,
        payload: z.object({ i: z.number() }),
        async run(j) {
          runs.push({ id: j.id, owner });
          await new Promise((r) => setTimeout(r, 2));
        },
      } satisfies JobHandler<{ i: number }>);
    const a = make('runner-a');
    const b = make('runner-b');
    const drain = async (r: JobRunner) => {
      while (await r.runOnce()) {
        /* keep claiming */
      }
    };
    await Promise.all([drain(a), drain(b)]);
    expect(runs.map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(new Set(runs.map((r) => r.id)).size).toBe(runs.length);
    for (const id of ids) expect(await job(id), JSON.stringify(await job(id))).toMatchObject({ status: 'succeeded' });
  });

  it('R09 a job whose runner died resumes from its last checkpoint once the lease has run out', async () => {
    const clock = testClock();
    const kind = 'test.resume';
    const id = await enqueue(kind, { items: 10 });
    // What a runner killed mid-job leaves behind: a running row, its lease and a checkpoint.
    const claimed = await claimJob(t.db, 'dead-runner', [kind], clock.now(), 30_000);
    expect(claimed?.id).toBe(id);
    expect(await saveCheckpoint(t.db, id, 'dead-runner', clock.now(), 30_000, { next: 6 }, { done: 6, total: 10 })).toBe(true);

    const processed: number[] = [];
    const seen: unknown[] = [];
    const runner = new JobRunner(t.db, logger, { owner: 'runner-b', now: clock.now, leaseMs: 30_000 }).register({
      kind,
      payload: z.object({ items: z.number() }),
      async run(j) {
        seen.push(j.checkpoint);
        const from = (j.checkpoint as { next?: number } | null)?.next ?? 0;
        for (let i = from; i < j.payload.items; i++) {
          processed.push(i);
          await j.saveCheckpoint({ next: i + 1 }, { done: i + 1, total: j.payload.items });
        }
      },
    });
    // Within the lease the job is still the dead runner's.
    clock.advance(10_000);
    expect(await runner.runOnce()).toBe(false);
    clock.advance(25_000);
    expect(await runner.runOnce()).toBe(true);
    expect(seen).toEqual([{ next: 6 }]);
    expect(processed).toEqual([6, 7, 8, 9]);
    const row = await job(id);
    expect(row).toMatchObject({ status: 'succeeded', progress_done: 10, progress_total: 10, attempts: 2 });
    // The dead runner, should it wake up, can no longer write: its lease is fenced off.
    expect(await saveCheckpoint(t.db, id, 'dead-runner', clock.now(), 30_000, { next: 0 }, undefined)).toBe(false);
  });

  it('R09 a runner that lost its lease to another stops at its next checkpoint', async () => {
    const clock = testClock();
    const kind = 'test.fenced';
    const id = await enqueue(kind);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const outcome: unknown[] = [];
    const slow = new JobRunner(t.db, logger, { owner: 'slow', now: clock.now, leaseMs: 60_000 }).register({
      kind,
      payload: z.object({}),
      async run(j) {
        await gate;
        await j.saveCheckpoint({ step: 2 }).catch((err: unknown) => {
          outcome.push(err);
          throw err;
        });
      },
    });
    const running = slow.runOnce();
    await new Promise((r) => setTimeout(r, 50));
    // The slow runner stalls past its lease; another claims the job.
    clock.advance(120_000);
    const other = await claimJob(t.db, 'other', [kind], clock.now(), 60_000);
    expect(other?.id).toBe(id);
    release();
    await running;
    expect(outcome[0]).toBeInstanceOf(LeaseLostError);
    expect(await job(id)).toMatchObject({ status: 'running', lease_owner: 'other' });
  });

  it('R09 failures are retried with growing backoff and finally fail with an error id and type, no message', async () => {
    const clock = testClock();
    const kind = 'test.flaky';
    const id = await enqueue(kind, {}, { maxAttempts: 3 });
    const attempts: number[] = [];
    const runner = new JobRunner(t.db, logger, { owner: 'r', now: clock.now, backoffMs: (n) => 1000 * 2 ** (n - 1) }).register({
      kind,
      payload: z.object({}),
      async run(j) {
        attempts.push(j.attempt);
        throw new Error('client T.Q. record 4711 could not be read'); // a message that must never be stored
      },
    });
    expect(await runner.runOnce()).toBe(true);
    let row = await job(id);
    expect(row).toMatchObject({ status: 'queued', attempts: 1, last_error_code: 'Error' });
    expect((row.run_at as Date).getTime() - clock.now().getTime()).toBe(1000);
    expect(await runner.runOnce()).toBe(false); // not due yet
    clock.advance(1000);
    expect(await runner.runOnce()).toBe(true);
    row = await job(id);
    expect((row.run_at as Date).getTime() - clock.now().getTime()).toBe(2000);
    clock.advance(2000);
    expect(await runner.runOnce()).toBe(true);
    row = await job(id);
    expect(attempts).toEqual([1, 2, 3]);
    expect(row).toMatchObject({ status: 'failed', attempts: 3, last_error_code: 'Error' });
    expect(row.last_error_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(row)).not.toContain('T.Q.');
    clock.advance(3_600_000);
    expect(await runner.runOnce()).toBe(false);
  });

  it('R09 a permanent error fails the job at once', async () => {
    const kind = 'test.permanent';
    const id = await enqueue(kind);
    const runner = new JobRunner(t.db, logger, { now: () => new Date('2026-01-05T09:00:00Z') }).register({
      kind,
      payload: z.object({}),
      run: () => Promise.reject(new PermanentJobError('membership_ended')),
    });
    await runner.runOnce();
    expect(await job(id)).toMatchObject({ status: 'failed', attempts: 1, last_error_code: 'membership_ended' });
  });

  it('R09 a recurring job runs once per interval across runners, as one row', async () => {
    const clock = testClock();
    const kind = 'test.recurring';
    let runs = 0;
    const make = (owner: string) =>
      new JobRunner(t.db, logger, { owner, now: clock.now }).register({ kind, payload: z.object({}), run: async () => void runs++ });
    const a = make('a');
    const b = make('b');
    await Promise.all([a.schedule(kind, 600), b.schedule(kind, 600)]);
    expect(await a.runOnce()).toBe(true);
    expect(await b.runOnce()).toBe(false);
    clock.advance(599_000);
    expect(await b.runOnce()).toBe(false);
    clock.advance(1_000);
    expect(await b.runOnce()).toBe(true);
    expect(runs).toBe(2);
    const rows = await t.asAdmin((x) => x.selectFrom('jobs').select(['status']).where('kind', '=', kind).execute());
    expect(rows).toEqual([{ status: 'queued' }]);
  });

  it('R40 a member sees only the jobs they asked for; the runner context is the only one that sees every practice', async () => {
    const practiceId = crypto.randomUUID();
    const mine = await enqueue('test.visibility');
    const visibleToOtherPractice = await withTenant(t.db, systemContext(practiceId), (trx) => loadJob(trx, mine));
    expect(visibleToOtherPractice).toBeUndefined();
  });

  it('R09 the start/stop loop runs queued jobs and stops cleanly', async () => {
    const kind = 'test.loop';
    const id = await enqueue(kind, {}, { now: new Date() });
    const runner = new JobRunner(t.db, logger, { pollMs: 20 }).register({ kind, payload: z.object({}), run: async () => undefined });
    runner.start();
    for (let i = 0; i < 200 && (await job(id)).status !== 'succeeded'; i++) await new Promise((r) => setTimeout(r, 20));
    await runner.stop();
    expect((await job(id)).status).toBe('succeeded');
  });
});
