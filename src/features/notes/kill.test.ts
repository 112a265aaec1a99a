// kill -9 in the middle of note saves and AI drafts (issue 21, item 4). A real Tacet process
// (test/crash-child.ts: the HTTP server and the job runner, as `tacet serve` runs them) takes a
// stream of note creates, edits and signatures from several clinicians' tabs at once, with an AI
// draft whose provider call hangs, and is killed with SIGKILL:
//   - on PostgreSQL, at a point reached for real: the moment the server shows one of its
//     connections idle inside an open transaction (a note save between two of its statements);
//   - on PGlite (the database lives inside the killed process), at seeded random moments.
// Then a fresh process on the same database checks what the kills left: every note whole (all
// its sealed sections open, a signed note's content hash verifies, its create and sign events on
// the trail) or absent; every AI draft either done or failed as 'interrupted' with its input
// saved and its failure on the trail, and one of them retried to completion; every job the dead
// processes held finished; the audit chain verifies end to end.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startAiStub, type AiStub } from '../../../test/ai-stubs.ts';
import { createPostgresTestDb } from '../../../test/pg-server.ts';
import { postgresHandle, type DbHandle } from '../../db/database.ts';
import { seeded } from '../../../test/seeded.ts';
import type { TestDb } from '../../../test/db.ts';

const CHILD = path.resolve('test/crash-child.ts');
const run = promisify(execFile);
const onPostgres = (process.env.TEST_DATABASE_URL ?? '') !== '';
// CI runs this once, on PostgreSQL, with one kill (each round is a process start); CRASH_KILLS=n
// runs n rounds, on either store. On PGlite kill -9 is also covered by the export and purge kill
// tests, which run in both CI runs.
const KILLS = Number(process.env.CRASH_KILLS ?? 1);
const skipReason = onPostgres || process.env.CRASH_KILLS !== undefined ? '' : 'runs once, in the PostgreSQL run (TEST_DATABASE_URL); set CRASH_KILLS=n to run it on PGlite';
const TABS = 4;
const SECTIONS = {
  subjective: 'Client reports steadier sleep and fewer worry episodes at work this week.',
  objective: 'Alert and engaged; affect congruent; no safety concerns voiced.',
  assessment: 'Gradual progress toward the worry goal.',
  plan: 'Continue weekly sessions; practise paced breathing daily.',
};

let dataDir = '';
let stub: AiStub;
let pg: TestDb | undefined;
let admin: DbHandle | undefined;
let env: NodeJS.ProcessEnv = {};

beforeAll(async () => {
  if (skipReason !== '') return;
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tacet-crash-'));
  stub = await startAiStub();
  stub.mode = { kind: 'hang' };
  if (onPostgres) {
    pg = await createPostgresTestDb(process.env.TEST_DATABASE_URL ?? '');
    admin = postgresHandle(pg.adminUrl ?? '', 1);
  }
  env = { ...process.env, TACET_DATA_DIR: dataDir, STUB_URL: stub.url, CRASH_DB_URL: pg?.runtimeUrl ?? '', CRASH_ADMIN_URL: pg?.adminUrl ?? '' };
}, 60_000);
afterAll(async () => {
  if (skipReason !== '') return;
  await admin?.close();
  await pg?.close();
  await stub.close();
  if (process.env.CRASH_KEEP === undefined) fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Runs a child to its end (asynchronously: the AI stub lives in this process and must answer). */
async function runChild(mode: string, extra: Record<string, string> = {}): Promise<Record<string, unknown>> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', CHILD, mode], { env: { ...env, ...extra }, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Record<string, unknown>;
}

async function serve(seed: boolean): Promise<{ child: ChildProcess; base: string; exited: Promise<unknown>; ids: Record<string, string> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, 'serve'], { env: { ...env, SEED: seed ? '1' : '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const { port, ...ids } = await new Promise<Record<string, string> & { port: number }>((resolve, reject) => {
    let buf = '';
    child.stdout?.on('data', (c: Buffer) => {
      buf += c.toString('utf8');
      const line = buf.split('\n')[0];
      if (buf.includes('\n') && line !== undefined) resolve(JSON.parse(line) as Record<string, string> & { port: number });
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${String(code)}`)));
  });
  return { child, base: `http://127.0.0.1:${port}`, exited, ids };
}

/** On PostgreSQL: resolves when one of the application's connections sits idle inside an open transaction. */
async function transactionOpen(stop: () => boolean): Promise<boolean> {
  const db = admin?.db;
  if (db === undefined) return false;
  while (!stop()) {
    const r = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM pg_stat_activity
       WHERE datname = current_database() AND usename = 'tacet_app' AND state = 'idle in transaction'`.execute(db);
    if ((r.rows[0]?.n ?? 0) > 0) return true;
  }
  return false;
}

describe.skipIf(skipReason !== '')(`note saves and AI drafts under kill -9${skipReason === '' ? '' : ` — skipped: ${skipReason}`}`, () => {
  it('R23 R22 a process killed mid-save leaves every note whole or absent, every AI draft done or failed cleanly, jobs finished, and a chain that verifies', async () => {
    let ids = { practiceId: '', userId: '', cookie: '', csrf: '' };
    let headers: Record<string, string> = {};
    const acked = { created: new Set<string>(), signed: new Set<string>() };
    const random = seeded(21);
    let clientId = '';
    let draftsStarted = 0;
    let killedInTransaction = 0;
    let answered = 0;
    let exportQueued = false;

    for (let k = 0; k < KILLS; k++) {
      const { child, base, exited, ids: fresh } = await serve(k === 0);
      if (k === 0) {
        ids = fresh as typeof ids;
        headers = { cookie: ids.cookie, 'x-csrf-token': ids.csrf, 'content-type': 'application/json' };
      }
      const call = async (method: string, url: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> => {
        const res = await fetch(`${base}${url}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
        answered++;
        return { status: res.status, json: (await res.json().catch(() => ({}))) as Record<string, unknown> };
      };
      if (clientId === '') {
        const c = await call('POST', '/api/clients', { name: 'Kestrel', pseudonym: true });
        expect(c.status).toBe(201);
        clientId = c.json.id as string;
      }
      // An AI draft whose provider call hangs: once the stub has the request, the draft's input is
      // committed and the call is in flight.
      const seen = stub.requests.length;
      void call('POST', `/api/clients/${clientId}/drafts`, { format: 'soap', source: { kind: 'bullets', text: '- slept better\n- fewer worries at work' } }).catch(() => undefined);
      draftsStarted++;
      while (stub.requests.length === seen) await new Promise((r) => setTimeout(r, 10));
      if (k === KILLS - 1) {
        // The last process dies with an export queued (or running): a job the next process must finish.
        const e = await call('POST', '/api/exports', { scope: 'mine' });
        expect(e.status).toBe(202);
        exportQueued = true;
      }

      // Several tabs save notes at once: create (all four sections), edit, sign — until the kill.
      let dead = false;
      let tabError: Error | undefined;
      const tab = async (): Promise<void> => {
        while (!dead) {
          try {
            const c = await call('POST', `/api/clients/${clientId}/notes`, { format: 'soap', sections: SECTIONS });
            if (c.status !== 201) throw new Error(`note create answered ${c.status}`);
            const id = c.json.id as string;
            acked.created.add(id);
            const u = await call('PATCH', `/api/notes/${id}`, { sections: { plan: `${SECTIONS.plan} Review in two weeks.` } });
            if (u.status !== 200) throw new Error(`note edit answered ${u.status}`);
            const s = await call('POST', `/api/notes/${id}/sign`, {});
            if (s.status !== 200) throw new Error(`note sign answered ${s.status}`);
            acked.signed.add(id);
          } catch (err) {
            if (dead) return; // the request the kill cut off
            tabError = err instanceof Error ? err : new Error(String(err));
            return;
          }
        }
      };
      const tabs = Array.from({ length: TABS }, () => tab());
      const before = answered;
      while (answered < before + 8 && tabError === undefined) await new Promise((r) => setTimeout(r, 5));
      if (tabError !== undefined) throw tabError;
      if (onPostgres) {
        if (await transactionOpen(() => child.exitCode !== null)) killedInTransaction++;
      } else {
        await new Promise((r) => setTimeout(r, 100 + Math.floor(random() * 400)));
      }
      child.kill('SIGKILL');
      dead = true;
      await exited;
      await Promise.all(tabs);
    }
    expect(exportQueued).toBe(true);
    if (onPostgres) expect(killedInTransaction).toBe(KILLS);

    stub.mode = { kind: 'echo' };
    const check = (await runChild('check', { CLIENT_ID: clientId, PRACTICE_ID: ids.practiceId, USER_ID: ids.userId, RETRY_COOKIE: ids.cookie, RETRY_CSRF: ids.csrf })) as {
      jobsBefore: Array<{ kind: string; status: string }>;
      jobsAfter: Array<{ kind: string; status: string }>;
      retry: { status: number; draftStatus?: string } | null;
      notes: Array<{ id: string; status: string; integrity: string; sections: number; contentSha256: string | null; opened: boolean }>;
      drafts: Array<{ id: string; status: string; errorCode: string | null; inputOpens: boolean; outputOpens: boolean }>;
      audit: Array<{ action: string; resourceId: string | null; outcome: string; metadata: unknown }>;
      exports: Array<{ status: string; blob_id: string | null }>;
      verify: { events: number; problems: number };
    };
    const meta = (m: unknown): Record<string, unknown> => (typeof m === 'string' ? (JSON.parse(m) as Record<string, unknown>) : ((m ?? {}) as Record<string, unknown>));

    // Notes: whole or absent.
    expect(check.notes.length).toBeGreaterThan(0);
    for (const n of check.notes) {
      expect(n.integrity).not.toMatch(/^unreadable/);
      expect(n.opened).toBe(true);
      expect(n.sections).toBe(4);
      expect(n.integrity).toBe(n.status === 'signed' ? 'verified' : 'unsigned');
    }
    const noteIds = new Set(check.notes.map((n) => n.id));
    const signedIds = new Set(check.notes.filter((n) => n.status === 'signed').map((n) => n.id));
    // Every save the server answered is there (and every signature it answered).
    for (const id of acked.created) expect(noteIds.has(id)).toBe(true);
    for (const id of acked.signed) expect(signedIds.has(id)).toBe(true);
    // Each note has its create event and each create event its note; the same for signatures,
    // with the content hash the note holds.
    const creates = check.audit.filter((a) => a.action === 'note.create' && meta(a.metadata).clientId === clientId);
    expect(new Set(creates.map((a) => a.resourceId))).toEqual(noteIds);
    expect(creates.length).toBe(noteIds.size);
    const signs = check.audit.filter((a) => a.action === 'note.sign');
    expect(new Set(signs.map((a) => a.resourceId))).toEqual(signedIds);
    for (const s of signs) expect(meta(s.metadata).contentSha256).toBe(check.notes.find((n) => n.id === s.resourceId)?.contentSha256);

    // AI drafts: none left pending; each interrupted one failed with its input saved and its
    // failure on the trail; the one retried completed.
    expect(check.drafts).toHaveLength(draftsStarted);
    expect(check.drafts.filter((d) => d.status === 'pending')).toEqual([]);
    for (const d of check.drafts) {
      expect(d.inputOpens).toBe(true);
      expect(d.outputOpens).toBe(d.status === 'done');
      if (d.status === 'failed') expect(d.errorCode).toBe('interrupted');
      const events = check.audit.filter((a) => a.action === 'ai.draft' && meta(a.metadata).draftId === d.id);
      expect(events.map((e) => e.outcome)).toContain(d.status === 'done' ? 'success' : 'failure');
    }
    expect(check.retry).toEqual({ status: 201, draftStatus: 'done' });
    expect(check.drafts.filter((d) => d.status === 'done')).toHaveLength(1);

    // Jobs: the export queued before the last kill finished in the fresh process; nothing is left
    // running under a dead process's lease.
    expect(check.exports.map((e) => e.status)).toEqual(['ready']);
    expect(check.jobsAfter.filter((j) => j.status === 'running')).toEqual([]);
    expect(check.jobsAfter.filter((j) => j.status === 'failed')).toEqual([]);

    // The audit chain verifies end to end.
    expect(check.verify.problems).toBe(0);
    expect(check.verify.events).toBeGreaterThan(noteIds.size);
    console.log(
      `kill -9 (${onPostgres ? 'PostgreSQL' : 'PGlite'}): ${KILLS} kills${onPostgres ? `, ${killedInTransaction} inside an open transaction` : ''}; ${answered} requests answered; ` +
        `${noteIds.size} notes (${signedIds.size} signed; ${acked.created.size} creates and ${acked.signed.size} signatures acknowledged); ` +
        `${check.drafts.length} AI drafts (${check.drafts.filter((d) => d.errorCode === 'interrupted').length} interrupted, 1 retried to done); ` +
        `jobs left by the dead processes: ${check.jobsBefore.filter((j) => j.status === 'running').length} running, ${check.jobsBefore.filter((j) => j.status === 'queued').length} queued; ` +
        `audit chain ${check.verify.events} events, ${check.verify.problems} problems`,
    );
  }, 300_000);
});
