// Cancelling, restoring and purging a practice (issue 18 item 5: R10, R34, R45, R24), on the
// test clock: the grace period and the trial's end pass without waiting.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createTestRuntime, type TestRuntime } from '../../../test/runtime.ts';
import { seedPractice, type SeededPractice } from '../../../test/factories.ts';
import { injectAs, sessionFor, type TestSession } from '../../../test/auth.ts';
import { TestClock } from '../../../test/clock.ts';
import { buildApp } from '../../http/server.ts';
import { routeTable } from '../../http/pipeline.ts';
import { registerJobs } from '../jobs.ts';
import { PURGE_SWEEP, TOMBSTONE_NAME, countsOf } from './purge.ts';
import { GRACE_MS, TRIAL_PURGE_MS } from './policy.ts';
import { copySealed, openableWithKeyring } from './shred.ts';
import { withTenant } from '../../db/tenant.ts';

const DAY = 24 * 3_600_000;
const clock = new TestClock(new Date('2026-05-04T09:00:00Z'));
let rt: TestRuntime;
let app: FastifyInstance;

beforeAll(async () => {
  rt = await createTestRuntime({}, { clock });
  registerJobs(rt);
  app = await buildApp(rt, { rateLimitPerMinute: 100_000 });
  await app.ready();
}, 60_000);
afterAll(async () => {
  await app.close();
  await rt.close();
});

const as = (p: SeededPractice, role: keyof SeededPractice['users'], opts: { mfaAgoMs?: number } = {}) =>
  sessionFor(rt, { userId: p.users[role], practiceId: p.practiceId, stage: 'full', ...opts });
const call = (s: TestSession | null, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown): Promise<LightMyRequestResponse> =>
  injectAs(app, s, payload === undefined ? { method, url } : { method, url, payload: payload as never });
const code = (r: LightMyRequestResponse) => r.json<{ error?: { code: string } }>().error?.code;

interface PracticeRow {
  name: string;
  lifecycle: string;
  purge_reason: string | null;
  purge_after: Date | null;
  billing_contact_email: string | null;
  purge_counts: unknown;
}
async function practiceRow(id: string): Promise<PracticeRow> {
  return rt.testDb.asAdmin(async (db) => (await db.selectFrom('practices').selectAll().where('id', '=', id).executeTakeFirstOrThrow()) as PracticeRow);
}
async function practiceName(id: string) {
  return (await practiceRow(id)).name;
}
async function auditActions(practiceId: string, prefix: string) {
  return rt.testDb.asAdmin(async (db) => {
    const rows = (await db.selectFrom('audit_events').select(['action', 'actor_id', 'metadata']).where('practice_id', '=', practiceId).where('action', 'like', `${prefix}%`).orderBy('occurred_at').orderBy('seq').execute()) as Array<{ action: string; actor_id: string | null; metadata: string | null }>;
    return rows.map((r) => ({ ...r, metadata: typeof r.metadata === 'string' ? (JSON.parse(r.metadata) as Record<string, unknown>) : (r.metadata as Record<string, unknown> | null) }));
  });
}
async function runJobs(): Promise<void> {
  while (await rt.jobs.runOnce()) {
    /* every due job */
  }
}
async function cancel(p: SeededPractice): Promise<LightMyRequestResponse> {
  return call(await as(p, 'owner'), 'POST', '/api/practice/cancel', { confirmation: await practiceName(p.practiceId) });
}
/** Rows of the practice in every table with practice_id (the audit trail apart). */
async function rowsLeft(practiceId: string): Promise<Record<string, number>> {
  return rt.testDb.asAdmin(async (db) => {
    const tables = await sql<{ t: string }>`
      SELECT c.relname AS t FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'practice_id'
       WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname NOT IN ('audit_events', 'audit_heads')`.execute(db);
    const out: Record<string, number> = {};
    for (const { t } of tables.rows) {
      const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(t)} WHERE practice_id = ${practiceId}`.execute(db);
      const n = r.rows[0]?.n ?? 0;
      if (n > 0) out[t] = n;
    }
    return out;
  });
}

describe('cancelling a practice', () => {
  it('R10 R34 the owner cancels (step-up, typed name); every route then refuses everyone with 423, except the status, restore and the owner export', async () => {
    const p = await seedPractice(rt.db, 'Cancel');
    const res = await cancel(p);
    expect(res.statusCode, `${res.body} ${rt.logLines.filter((l) => l.includes('"level":50')).join('\n')}`).toBe(200);
    const status = res.json<{ lifecycle: string; purgeAfter: string; canRestore: boolean }>();
    expect(status.lifecycle).toBe('cancelled');
    expect(new Date(status.purgeAfter).getTime()).toBe(clock.now().getTime() + GRACE_MS);
    expect(status.canRestore).toBe(true);

    const pr = await as(p, 'practitioner');
    const owner = await as(p, 'owner');
    for (const [s, method, url] of [
      [pr, 'GET', '/api/clients'],
      [pr, 'POST', '/api/clients'],
      [owner, 'GET', '/api/practice'],
      [owner, 'GET', '/api/practice/members'],
      [await as(p, 'supervisor'), 'GET', '/api/clients'],
      [pr, 'POST', '/api/exports'],
    ] as const) {
      const r = await call(s, method, url, method === 'GET' ? undefined : { name: 'Test Gamma', scope: 'mine' });
      expect(r.statusCode, `${method} ${url}`).toBe(423);
      expect(code(r)).toBe('practice_cancelled');
    }
    // What the owner needs stays: sign-in routes, the status, and the export.
    expect((await call(owner, 'GET', '/api/auth/session')).statusCode).toBe(200);
    const st = await call(pr, 'GET', '/api/practice/cancellation');
    expect(st.statusCode).toBe(200);
    expect(st.json<{ canRestore: boolean }>().canRestore).toBe(false);
    const exp = await call(owner, 'POST', '/api/exports', { scope: 'practice' });
    expect(exp.statusCode, exp.body).toBe(202);

    const events = await auditActions(p.practiceId, 'practice.cancel');
    expect(events).toHaveLength(1);
    expect(events[0]?.actor_id).toBe(p.users.owner);
  });

  it('R10 R34 every route of the route table is refused while cancelled unless it declares otherwise', async () => {
    const p = await seedPractice(rt.db, 'Table');
    expect((await cancel(p)).statusCode).toBe(200);
    const pr = await as(p, 'practitioner');
    const allowed = routeTable(app).filter((r) => r.auth === 'full' && !r.url.startsWith('/api/auth/') && r.whileCancelled !== null).map((r) => `${r.method} ${r.url}`);
    expect(allowed.sort()).toEqual(
      ['GET /api/exports', 'GET /api/exports/:id', 'GET /api/exports/:id/download', 'GET /api/practice/cancellation', 'POST /api/exports', 'POST /api/practice/restore'].sort(),
    );
    for (const r of routeTable(app).filter((x) => x.auth === 'full' && !x.url.startsWith('/api/auth/') && x.whileCancelled === null && !x.url.startsWith('/api/test/'))) {
      const url = r.url.replace(/:([A-Za-z]+)/g, () => '00000000-0000-4000-8000-000000000001');
      const res = await call(pr, r.method as 'GET', url, r.method === 'GET' || r.method === 'DELETE' ? undefined : {});
      // The practitioner may not hold the route's role; either way nothing of the practice answers.
      expect([403, 423], `${r.method} ${r.url}`).toContain(res.statusCode);
      if (res.statusCode === 403) expect(code(res), `${r.method} ${r.url}`).not.toBe('baa_required');
    }
  });

  it('R34 cancelling without a fresh second factor, with a wrong name, or as a non-owner is refused and writes nothing', async () => {
    const p = await seedPractice(rt.db, 'Refuse');
    const name = await practiceName(p.practiceId);
    const stale = await as(p, 'owner', { mfaAgoMs: 10 * 60_000 });
    const r1 = await call(stale, 'POST', '/api/practice/cancel', { confirmation: name });
    expect([r1.statusCode, code(r1)]).toEqual([403, 'step_up_required']);

    const r2 = await call(await as(p, 'owner'), 'POST', '/api/practice/cancel', { confirmation: 'Some other practice' });
    expect([r2.statusCode, code(r2)]).toEqual([400, 'validation_failed']);
    expect(r2.body).toContain('confirmation');
    expect(r2.body).not.toContain('Some other practice');

    const r3 = await call(await as(p, 'practitioner'), 'POST', '/api/practice/cancel', { confirmation: name });
    expect([r3.statusCode, code(r3)]).toEqual([403, 'forbidden']);
    const r4 = await call(await as(p, 'owner'), 'POST', '/api/practice/cancel', {});
    expect(r4.statusCode).toBe(400);

    expect((await practiceRow(p.practiceId)).lifecycle).toBe('active');
    expect(await auditActions(p.practiceId, 'practice.cancel')).toEqual([]);
    // Still usable.
    expect((await call(await as(p, 'practitioner'), 'GET', '/api/clients')).statusCode).toBe(200);
  });

  it('R10 the owner restores during the grace period; the practice is usable again and both steps are audited', async () => {
    const p = await seedPractice(rt.db, 'Restore');
    expect((await cancel(p)).statusCode).toBe(200);
    const notOwner = await call(await as(p, 'practitioner'), 'POST', '/api/practice/restore', {});
    expect([notOwner.statusCode, code(notOwner)]).toEqual([403, 'forbidden']);
    clock.advance(GRACE_MS - DAY);
    const r = await call(await as(p, 'owner'), 'POST', '/api/practice/restore', {});
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json<{ lifecycle: string }>().lifecycle).toBe('active');
    expect((await call(await as(p, 'practitioner'), 'GET', '/api/clients')).statusCode).toBe(200);
    const again = await call(await as(p, 'owner'), 'POST', '/api/practice/restore', {});
    expect([again.statusCode, code(again)]).toEqual([409, 'not_cancelled']);
    expect((await auditActions(p.practiceId, 'practice.')).map((e) => e.action)).toEqual(['practice.cancel', 'practice.restore']);
    // Cancelling again starts a new grace period.
    expect((await cancel(p)).statusCode).toBe(200);
    expect((await practiceRow(p.practiceId)).purge_after?.getTime()).toBe(clock.now().getTime() + GRACE_MS);
  });

  it('R10 restoring after the grace period ended is refused; the practice stays unusable', async () => {
    const p = await seedPractice(rt.db, 'Late');
    expect((await cancel(p)).statusCode).toBe(200);
    clock.advance(GRACE_MS);
    const owner = await as(p, 'owner');
    const r = await call(owner, 'POST', '/api/practice/restore', {});
    expect([r.statusCode, code(r)]).toEqual([409, 'practice_purged']);
    expect((await practiceRow(p.practiceId)).lifecycle).toBe('cancelled');
    // After the grace period even the owner's export is closed.
    expect((await call(owner, 'POST', '/api/exports', { scope: 'practice' })).statusCode).toBe(423);
    // The guard in the database holds even against a direct update.
    await expect(withTenant(rt.db, p.ctx('owner'), (trx) => trx.updateTable('practices').set({ lifecycle: 'active' }).where('id', '=', p.practiceId).execute())).rejects.toThrow();
  });
});

describe('purging a practice', () => {
  it('R10 R34 R45 after the grace period the sweep purges every row, blob, member account and key; a copy of the sealed rows taken before cannot be opened', async () => {
    clock.set(new Date('2026-06-01T09:00:00Z'));
    const p = await seedPractice(rt.db, 'Purge');
    const other = await seedPractice(rt.db, 'Bystander');
    // Real records, sealed by the application, and an export archive in the blob store.
    const pr = await as(p, 'practitioner');
    const client = await call(pr, 'POST', '/api/clients', { name: 'Test Delta' });
    expect(client.statusCode, client.body).toBe(201);
    const clientId = client.json<{ id: string }>().id;
    const note = await call(pr, 'POST', `/api/clients/${clientId}/notes`, { format: 'soap', sections: { subjective: 'Synthetic purge sentence.', objective: 'Calm.', assessment: 'Stable.', plan: 'Weekly.' } });
    expect(note.statusCode, note.body).toBe(201);
    expect((await cancel(p)).statusCode).toBe(200);
    const ownerSession = await as(p, 'owner');
    const exp = await call(ownerSession, 'POST', '/api/exports', { scope: 'practice' });
    expect(exp.statusCode).toBe(202);
    await runJobs();
    expect((await rowsLeft(p.practiceId)).blobs).toBe(3); // the seeded blob rows (an export's, a recording chunk's) and the archive
    const dir = path.join(rt.dataDir, 'blobs', p.practiceId);
    const blobFiles = () => (fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => fs.statSync(path.join(dir, f)).isFile()).length : 0);
    expect(blobFiles()).toBeGreaterThan(0);

    const copy = await rt.testDb.asAdmin((db) => copySealed(db, p.practiceId));
    expect(copy.length).toBeGreaterThan(0);
    expect((await openableWithKeyring(rt.crypto, copy)).length).toBeGreaterThan(0); // the method works: readable before
    const otherBefore = await rowsLeft(other.practiceId);

    // Not yet: the sweep leaves a practice in its grace period alone.
    await rt.jobs.schedule(PURGE_SWEEP, 600);
    await runJobs();
    expect((await practiceRow(p.practiceId)).lifecycle).toBe('cancelled');

    clock.advance(GRACE_MS);
    await rt.testDb.asAdmin((db) => db.updateTable('jobs').set({ run_at: new Date(0) }).where('kind', '=', PURGE_SWEEP).execute());
    await runJobs();

    const row = await practiceRow(p.practiceId);
    expect(row.lifecycle).toBe('purged');
    expect(row.name).toBe(TOMBSTONE_NAME);
    expect(row.billing_contact_email).toBeNull();
    expect(await rowsLeft(p.practiceId)).toEqual({});
    expect(blobFiles()).toBe(0);
    // Former members with no other practice are gone (the operator, no member, stays).
    const users = await rt.testDb.asAdmin(async (db) => (await db.selectFrom('users').select('id').where('id', 'in', [...Object.values(p.users), p.operatorId]).execute()) as Array<{ id: string }>);
    expect(users.map((u) => u.id)).toEqual([p.operatorId]);
    // Keys: none of the practice or of its former members remain.
    const keys = await rt.crypto.store.listAll();
    expect(keys.filter((k) => k.scopeId === p.practiceId || Object.values(p.users).includes(k.scopeId))).toEqual([]);
    // R45: the copy taken before the purge opens with no key the keyring still holds.
    const stillOpen = await openableWithKeyring(rt.crypto, copy);
    expect(stillOpen.map((c) => `${c.table}.${c.column}`)).toEqual([]);
    // The other practice is untouched.
    expect(await rowsLeft(other.practiceId)).toEqual(otherBefore);
    // R24: the receipt, with counts per table; the trail itself stays.
    const receipt = await auditActions(p.practiceId, 'practice.purge');
    expect(receipt.map((e) => e.action)).toEqual(['practice.purge_start', 'practice.purge']);
    const m = receipt[1]?.metadata ?? {};
    expect(m.reason).toBe('cancelled');
    expect(m.notes).toBe(2);
    expect(m.clients).toBe(2);
    expect(m.blob_objects).toBe(3);
    expect(m.users).toBe(5);
    expect(countsOf(row.purge_counts).memberships).toBe(5);
    expect(Object.keys(m).some((k) => k.startsWith('audit'))).toBe(false);

    // Restoring after the purge: the owner's session went with the practice (and their account).
    const late = await call(ownerSession, 'POST', '/api/practice/restore', {});
    expect(late.statusCode).toBe(401);
    expect((await rt.testDb.asAdmin(async (db) => (await db.selectFrom('sessions').select('id').where('practice_id', '=', p.practiceId).execute()) as unknown[])).length).toBe(0);
    const sweepAgain = await rt.testDb.asAdmin(async (db) => (await db.selectFrom('jobs').select(['status']).where('singleton_key', '=', `purge:${p.practiceId}`).execute()) as Array<{ status: string }>);
    expect(sweepAgain.map((j) => j.status)).toEqual(['succeeded']);
  }, 120_000);

  it('R10 a trial practice is purged 30 days after its trial ended unless converted', async () => {
    clock.set(new Date('2026-08-01T09:00:00Z'));
    const trial = await seedPractice(rt.db, 'Trial');
    const converted = await seedPractice(rt.db, 'Converted');
    const ended = new Date(clock.now().getTime() - DAY);
    await rt.testDb.asAdmin(async (db) => {
      await db.updateTable('practices').set({ plan: 'trial', trial_ends_at: ended }).where('id', '=', trial.practiceId).execute();
      await db.updateTable('practices').set({ plan: 'solo', trial_ends_at: ended }).where('id', '=', converted.practiceId).execute();
    });
    await rt.testDb.asAdmin((db) => db.updateTable('jobs').set({ run_at: new Date(0) }).where('kind', '=', PURGE_SWEEP).execute());
    await runJobs();
    expect((await practiceRow(trial.practiceId)).lifecycle).toBe('active'); // the trial ended a day ago only

    clock.advance(TRIAL_PURGE_MS);
    await rt.testDb.asAdmin((db) => db.updateTable('jobs').set({ run_at: new Date(0) }).where('kind', '=', PURGE_SWEEP).execute());
    await runJobs();
    const row = await practiceRow(trial.practiceId);
    expect([row.lifecycle, row.purge_reason]).toEqual(['purged', 'trial_ended']);
    expect(await rowsLeft(trial.practiceId)).toEqual({});
    expect((await practiceRow(converted.practiceId)).lifecycle).toBe('active');
    expect(Object.keys(await rowsLeft(converted.practiceId)).length).toBeGreaterThan(5);
  }, 120_000);

  it('R34 the sweep is idempotent (several servers at once queue one purge); once the purge has begun nothing answers and restoring is refused', async () => {
    clock.set(new Date('2026-10-01T09:00:00Z'));
    const p = await seedPractice(rt.db, 'Twice');
    expect((await cancel(p)).statusCode).toBe(200);
    clock.advance(GRACE_MS + 1);
    const { startPurge } = await import('./purge.ts');
    const results = await Promise.all([startPurge(rt, p.practiceId, clock.now()), startPurge(rt, p.practiceId, clock.now()), startPurge(rt, p.practiceId, clock.now())]);
    expect(results.every(Boolean)).toBe(true);
    const jobs = await rt.testDb.asAdmin(async (db) => (await db.selectFrom('jobs').select(['status']).where('singleton_key', '=', `purge:${p.practiceId}`).execute()) as Array<{ status: string }>);
    expect(jobs).toHaveLength(1);
    expect((await auditActions(p.practiceId, 'practice.purge_start')).length).toBe(1);
    // While the purge is pending, nothing of the practice answers, not even the owner's export.
    const owner = await as(p, 'owner');
    expect((await call(owner, 'GET', '/api/exports')).statusCode).toBe(423);
    expect((await call(owner, 'GET', '/api/practice/cancellation')).json<{ lifecycle: string }>().lifecycle).toBe('purging');
    // Restoring once the purge has begun: a clear refusal, nothing changed.
    const late = await call(owner, 'POST', '/api/practice/restore', {});
    expect([late.statusCode, code(late)]).toEqual([409, 'practice_purged']);
    expect((await practiceRow(p.practiceId)).lifecycle).toBe('purging');
    await runJobs();
    expect((await practiceRow(p.practiceId)).lifecycle).toBe('purged');
  }, 120_000);

  it('R45 every table with practice_id carries the purge policies (a table added later must get them too)', async () => {
    const missing = await rt.testDb.asAdmin(async (db) => {
      const r = await sql<{ t: string }>`
        SELECT c.relname AS t FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'practice_id' AND NOT a.attisdropped
         WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname NOT IN ('audit_events', 'audit_heads', 'audit_checkpoints')
           AND (NOT EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname = c.relname || '_purge_delete')
             OR NOT EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname = c.relname || '_purge_read'))`.execute(db);
      return r.rows.map((x) => x.t);
    });
    expect(missing, 'add <table>_purge_read and <table>_purge_delete as in migration 0020').toEqual([]);
  });
});
