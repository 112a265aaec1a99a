// A separate Tacet process for the kill -9 test of note saves and AI drafts
// (src/features/notes/kill.test.ts). The database is the embedded one in TACET_DATA_DIR, or a
// PostgreSQL database when CRASH_DB_URL (the runtime role) and CRASH_ADMIN_URL (a superuser, for
// the checks) are set. The master key and keyring are files in TACET_DATA_DIR, so every process
// of one test run opens the same keys. Modes:
//   serve  — the real HTTP server and job runner, as `tacet serve` runs them; prints its port and
//            runs until killed. With SEED=1 it first makes a practice, its practitioner's session
//            and AI drafting on through the provider at STUB_URL, and prints those ids too
//   check  — a fresh process after the kills: runs the jobs (on a test clock moved past the
//            longest AI call, so interrupted drafts are recovered), retries one interrupted AI
//            draft through the API, then prints what it finds in the database
import path from 'node:path';
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { sql, type Kysely } from 'kysely';
import { loadConfig } from '../src/config/config.ts';
import { createLogger } from '../src/logging/logger.ts';
import { assembleRuntime, loadOrCreateMasterKey, openDatabase, type Runtime } from '../src/platform/runtime.ts';
import { postgresHandle, type DbHandle } from '../src/db/database.ts';
import { FileKeyringStore } from '../src/crypto/keyring.ts';
import { MasterKeys } from '../src/crypto/envelope.ts';
import { systemClock, type Clock } from '../src/platform/clock.ts';
import { RUNTIME_ROLE, systemContext, withTenant, type TenantContext } from '../src/db/tenant.ts';
import { verifyAudit } from '../src/audit/verify.ts';
import { buildApp } from '../src/http/server.ts';
import { registerJobs, scheduleRecurringJobs } from '../src/features/jobs.ts';
import { longestCallMs } from '../src/features/ai/recover.ts';
import { loadNoteForRead, presentNote } from '../src/features/notes/queries.ts';
import { clientSealer } from '../src/features/clients/seal.ts';
import { draftBox } from '../src/features/ai/store.ts';
import { openInput, openOutput } from '../src/features/ai/gateway.ts';
import type { Database } from '../src/db/schema.ts';
import { seedExportData } from './export-seed.ts';
import { audit } from '../src/audit/audit.ts';
import { CURRENT_BAA } from '../src/features/practice/baa.ts';
import { sessionFor } from './auth.ts';
import { TestClock } from './clock.ts';

const mode = process.argv[2];
const dataDir = process.env.TACET_DATA_DIR ?? '';
const pgUrl = process.env.CRASH_DB_URL ?? '';
const say = (o: unknown) => process.stdout.write(`${JSON.stringify(o)}\n`);

const config = loadConfig({
  TACET_DATA_DIR: dataDir,
  LOG_LEVEL: 'silent',
  AI_ANTHROPIC_API_KEY: 'sk-test-not-a-key',
  AI_ANTHROPIC_BASE_URL: process.env.STUB_URL ?? 'http://127.0.0.1:9',
  AI_ANTHROPIC_MODEL: 'claude-stub-1',
  // The stub hangs for longer than the test runs: the kill lands during the call.
  AI_TIMEOUT_MS: '60000',
  AI_MAX_RETRIES: '0',
});
const logger = createLogger(process.env.CRASH_LOG === 'error' ? 'error' : 'silent', process.stderr);
// The check runs on a test clock moved past the longest AI call and the first turn of the
// recurring recovery job (5 minutes); the other modes run on the real time.
const clock: Clock = mode === 'check' ? new TestClock(Date.now() + longestCallMs(config) + 6 * 60_000) : systemClock;

async function open(): Promise<{ rt: Runtime; handle: DbHandle }> {
  const handle = pgUrl !== '' ? postgresHandle(pgUrl, 10) : await openDatabase(config, logger);
  const rt = await assembleRuntime(config, logger, {
    dbHandle: handle,
    keyring: new FileKeyringStore(path.join(config.dataDir, 'keyring')),
    master: new MasterKeys(loadOrCreateMasterKey(config)),
    clock,
    jobs: { leaseMs: 5_000, pollMs: 200 },
  });
  return { rt, handle };
}

/** Superuser reads for the checks: on PostgreSQL a second connection, on PGlite the one session without its role. */
async function asAdmin<T>(rt: Runtime, fn: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  if (pgUrl !== '') {
    const admin = postgresHandle(process.env.CRASH_ADMIN_URL ?? '', 1);
    try {
      return await fn(admin.db);
    } finally {
      await admin.close();
    }
  }
  await sql`RESET ROLE`.execute(rt.db);
  try {
    return await fn(rt.db);
  } finally {
    await sql.raw(`SET ROLE ${RUNTIME_ROLE}`).execute(rt.db);
  }
}

const { rt } = await open();

/** A practice with one practitioner (who also owns it), AI drafting on; returns ids and the session. */
async function seed(): Promise<Record<string, string>> {
  // A practice with one practitioner (who also owns it), made as sign-up makes it; no factory
  // rows, so everything the checks read was written through the API.
  const s = await seedExportData(rt, { clients: 0, notes: 0 });
  const p = { practiceId: s.practiceId, userId: s.userId };
  const owner: TenantContext = { practiceId: s.practiceId, userId: s.userId, roles: ['owner'] };
  await withTenant(rt.db, systemContext(s.practiceId), async (trx) => {
    await trx.insertInto('memberships').values({ practice_id: s.practiceId, user_id: s.userId, role: 'owner' }).execute();
    await audit(trx, systemContext(s.practiceId), { action: 'membership.create', resourceType: 'membership', resourceId: s.userId });
  });
  const session = await sessionFor(rt, { userId: s.userId, practiceId: s.practiceId });
  const vendorId = crypto.randomUUID();
  await withTenant(rt.db, owner, async (trx) => {
    await trx.insertInto('baa_acceptances').values({ practice_id: p.practiceId, version: CURRENT_BAA.version, text_sha256: CURRENT_BAA.sha256, accepted_by: s.userId, ip: '127.0.0.1' }).execute();
    await trx
      .insertInto('subprocessors')
      .values({ id: vendorId, practice_id: p.practiceId, name: 'Example AI Vendor', category: 'ai', provider: 'anthropic', purpose: 'Drafting notes from pseudonymised input', data_categories: ['pseudonymised session notes'], baa_status: 'signed', baa_signed_on: '2026-01-05', zero_retention: true, no_training: true })
      .execute();
    await trx.insertInto('practice_settings').values({ practice_id: p.practiceId, ai_enabled: true, ai_provider: 'anthropic', ai_vendor_id: vendorId }).execute();
  });
  return { practiceId: p.practiceId, userId: p.userId, cookie: session.cookie, csrf: session.csrf };
}

if (mode === 'serve') {
  // The first process of a run seeds the practice (one process start fewer).
  const ids = process.env.SEED === '1' ? await seed() : {};
  const app = await buildApp(rt, { rateLimitPerMinute: 1_000_000 });
  await app.listen({ host: '127.0.0.1', port: 0 });
  registerJobs(rt);
  await scheduleRecurringJobs(rt);
  rt.jobs.start();
  say({ port: (app.server.address() as AddressInfo).port, pid: process.pid, ...ids });
  // Runs until the test kills it.
} else if (mode === 'check') {
  const ctx: TenantContext = { practiceId: process.env.PRACTICE_ID ?? '', userId: process.env.USER_ID ?? '', roles: ['practitioner'] };
  // The client the test created through the API (the factory's seeded client holds test bytes, not sealed data).
  const clientId = process.env.CLIENT_ID ?? '';
  const start = clock.now();
  const jobsBefore = await asAdmin(rt, (db) => db.selectFrom('jobs').select(['id', 'kind', 'status', 'lease_owner', 'run_at']).execute());
  // The jobs the dead processes left — queued and due, or running under a lease no one renews —
  // are run here, each until it is done (a recurring job: until it is queued for its next turn).
  const left = new Set(jobsBefore.filter((j) => j.status === 'running' || (j.status === 'queued' && j.run_at <= start)).map((j) => j.id));
  registerJobs(rt);
  const deadline = Date.now() + 60_000;
  for (;;) {
    const open = await asAdmin(rt, (db) => db.selectFrom('jobs').select(['id', 'status', 'run_at']).execute());
    const waiting = open.filter((j) => left.has(j.id) && (j.status === 'running' || (j.status === 'queued' && j.run_at <= start)));
    if (waiting.length === 0 || Date.now() > deadline) break;
    // A lease of the dead process still counts until it runs out: move the test clock past it.
    if (!(await rt.jobs.runOnce())) (clock as TestClock).advance(10_000);
  }
  const jobsAfter = await asAdmin(rt, (db) => db.selectFrom('jobs').select(['id', 'kind', 'status', 'attempts', 'lease_owner']).execute());

  // One interrupted draft, retried through the API with the provider answering again.
  const interrupted = await withTenant(rt.db, ctx, (trx) => trx.selectFrom('ai_drafts').select(['id']).where('client_id', '=', clientId).where('error_code', '=', 'interrupted').orderBy('created_at').executeTakeFirst());
  let retry: { status: number; draftStatus?: string } | null = null;
  if (interrupted !== undefined && process.env.RETRY_COOKIE !== undefined) {
    const app = await buildApp(rt, { rateLimitPerMinute: 1_000_000 });
    const res = await app.inject({ method: 'POST', url: `/api/drafts/${interrupted.id}/retry`, headers: { cookie: process.env.RETRY_COOKIE, 'x-csrf-token': process.env.RETRY_CSRF ?? '' } });
    retry = { status: res.statusCode, draftStatus: (res.json<{ status?: string }>().status) };
    await app.close();
  }

  // Every note: its sections open, a signed note's content hash verifies.
  const noteIds = await withTenant(rt.db, ctx, (trx) => trx.selectFrom('notes').select(['id']).where('client_id', '=', clientId).execute());
  const notes: Array<{ id: string; status: string; integrity: string; sections: number; contentSha256: string | null; opened: boolean }> = [];
  for (const { id } of noteIds) {
    try {
      const n = await withTenant(rt.db, ctx, async (trx) => {
        const { row, addenda, goals, chart } = await loadNoteForRead(trx, ctx, id, { audit: false });
        const s = await clientSealer(rt, ctx, row.client_id);
        const view = await presentNote(trx, s, row, { addenda, goals, chart });
        return { id, status: row.status, integrity: view.integrity, sections: view.sections.filter((v) => v.text.trim() !== '').length, contentSha256: row.content_sha256, opened: true };
      });
      notes.push(n);
    } catch (err) {
      notes.push({ id, status: '?', integrity: `unreadable: ${err instanceof Error ? String(err.stack) : 'unknown'}`, sections: 0, contentSha256: null, opened: false });
    }
  }
  // Every draft: its input opens; a done draft's output opens.
  const drafts = await withTenant(rt.db, ctx, async (trx) => {
    const rows = await trx.selectFrom('ai_drafts').selectAll().where('client_id', '=', clientId).execute();
    const out: Array<{ id: string; status: string; errorCode: string | null; inputOpens: boolean; outputOpens: boolean }> = [];
    for (const r of rows) {
      const box = await draftBox(rt, ctx, r.client_id);
      let inputOpens = false;
      let outputOpens = false;
      try {
        inputOpens = openInput(box, r).source.text.length > 0;
        outputOpens = openOutput(box, r) !== null;
      } catch {
        /* reported as not opening */
      }
      out.push({ id: r.id, status: r.status, errorCode: r.error_code, inputOpens, outputOpens });
    }
    return out;
  });
  const auditRows = await asAdmin(rt, (db) =>
    db
      .selectFrom('audit_events')
      .select(['action', 'resource_id', 'outcome', 'metadata'])
      .where('practice_id', '=', ctx.practiceId)
      .where('action', 'in', ['note.create', 'note.update', 'note.sign', 'ai.draft', 'export.start'])
      .execute(),
  );
  const exports = await withTenant(rt.db, ctx, (trx) => trx.selectFrom('exports').select(['id', 'status', 'blob_id']).execute());
  const verify = await asAdmin(rt, (db) => verifyAudit(db));
  say({
    jobsBefore,
    jobsAfter,
    retry,
    notes,
    drafts,
    audit: auditRows.map((a) => ({ action: a.action, resourceId: a.resource_id, outcome: a.outcome, metadata: a.metadata })),
    exports,
    verify: { events: verify.events, practices: verify.practices, problems: verify.problems.length },
  });
  await rt.close();
}
