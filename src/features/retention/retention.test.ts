// Retention (R16) with its receipts and audit checkpoints (R23, R24), on the test clock: records
// are built now, then the clock moves six (or seven) years on and the daily job runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { TestClock } from '../../../test/clock.ts';
import { tamper } from '../../../test/db.ts';
import { sessionFor, type TestSession } from '../../../test/auth.ts';
import { withTenant } from '../../db/tenant.ts';
import { JobRunner } from '../../platform/jobs/runner.ts';
import { verifyAudit } from '../../audit/verify.ts';
import { sealPractice } from '../../audit/seal.ts';
import { auditRows, openClinic, type Clinic } from '../clients/testkit.ts';
import { allowLocalAi, buildFullRecord, call } from '../deletion/testkit.ts';
import { RETENTION_PURGE, retentionPurgeJob, runPracticeRetention, runRetention } from './purge.ts';

const YEAR_MS = 365.25 * 86_400_000;
let clock: TestClock;
let c: Clinic;
let t0: number;
let adult: string; // full record with a signed note, due 6 years after its creation
let minor: string; // born 2015: due at the end of 2015 + 18 + 6 years
let held: string;

/** The same instant `years` calendar years later, as SQL's interval arithmetic counts them. */
const yearsAfter = (ms: number, years: number): number => {
  const d = new Date(ms);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.getTime();
};

/** A fresh, fully signed-in session at the clock's current time (sessions expire when it moves). */
const fresh = (userId: string): Promise<TestSession> => sessionFor(c.rt, { userId, practiceId: c.p.practiceId });

const newClient = async (name: string, birthYear?: number): Promise<string> =>
  (await call(c, c.pr, 'POST', '/api/clients', { name, ...(birthYear !== undefined ? { birthYear } : {}) })).id;

const clientExists = (id: string): Promise<boolean> =>
  c.rt.testDb.asAdmin(async (db) => (await sql<{ n: number }>`SELECT count(*)::int AS n FROM clients WHERE id = ${id}`.execute(db)).rows[0]?.n === 1);

interface DryRun {
  clients: Array<{ clientId: string; recordClass: string; dueAt: string; dueNow: boolean; held: boolean }>;
  audit: Array<{ lane: number; rows: number }>;
}

beforeAll(async () => {
  clock = new TestClock(Date.now());
  t0 = clock.now().getTime();
  c = await openClinic({ clock });
  await allowLocalAi(c);
  adult = (await buildFullRecord(c, c.pr, 'Retentia Adultson')).clientId;
  minor = await newClient('Minnie Youngfield', 2015);
  held = await newClient('Holden Keepwell');
}, 60_000);
afterAll(async () => c.close());

describe('the schedule (R16)', () => {
  it('R16 defaults per record class; an owner lengthens them and anything under the legal minimum is refused', async () => {
    const s = await call(c, c.owner, 'GET', '/api/practice/retention');
    expect(s).toMatchObject({ clinicalYears: 6, majorityAge: 18, auditYears: 6, minimums: { clinicalYears: 6, majorityAge: 18, auditYears: 6 } });
    expect((s.recordClasses as Array<{ recordClass: string }>).map((r) => r.recordClass)).toEqual(['clinical', 'clinical_minor', 'audit', 'transcripts', 'ai_drafts', 'audio', 'licensure']);

    for (const [field, body] of [
      ['clinicalYears', { clinicalYears: 5, majorityAge: 18, auditYears: 6 }],
      ['majorityAge', { clinicalYears: 6, majorityAge: 17, auditYears: 6 }],
      ['auditYears', { clinicalYears: 6, majorityAge: 18, auditYears: 2 }],
    ] as const) {
      const res = await c.call(c.owner, 'PUT', '/api/practice/retention', body);
      expect(res.statusCode, field).toBe(400);
      expect(res.body).toContain(field);
    }
    // The database refuses it too, whatever the application sends.
    await expect(
      withTenant(c.rt.db, { practiceId: c.p.practiceId, userId: c.p.users.owner, roles: ['owner'] }, (trx) =>
        trx.insertInto('retention_settings').values({ practice_id: c.p.practiceId, clinical_years: 3, updated_by: null }).execute(),
      ),
    ).rejects.toMatchObject({ code: '23514' });
    expect((await c.call(c.pr, 'PUT', '/api/practice/retention', { clinicalYears: 7, majorityAge: 18, auditYears: 6 })).statusCode).toBe(403);

    // Longer is allowed. Audit stays seven years here, so the client purges below keep their receipts.
    expect(await call(c, c.owner, 'PUT', '/api/practice/retention', { clinicalYears: 7, majorityAge: 19, auditYears: 7 })).toMatchObject({ clinicalYears: 7, majorityAge: 19, overridden: true });
    const longer = (await call(c, c.owner, 'GET', '/api/practice/retention/dry-run?horizonDays=36500')) as unknown as DryRun;
    expect(longer.clients.find((x) => x.clientId === minor)?.dueAt).toBe('2042-01-01T00:00:00.000Z');
    expect(await call(c, c.owner, 'PUT', '/api/practice/retention', { clinicalYears: 6, majorityAge: 18, auditYears: 7 })).toMatchObject({ clinicalYears: 6, auditYears: 7 });
    const receipts = await auditRows(c, 'retention.schedule_update');
    expect(receipts.at(-1)?.metadata).toEqual({ clinicalYears: 6, majorityAge: 18, auditYears: 7 });
  });

  it('R16 a minor is kept until majority plus the same period, counted from the end of the birth year', async () => {
    const dry = (await call(c, c.owner, 'GET', '/api/practice/retention/dry-run?horizonDays=36500')) as unknown as DryRun;
    // Born in 2015: majority at 18 is reached by 1 January 2034 at the latest; plus 6 years.
    expect(dry.clients.find((x) => x.clientId === minor)).toMatchObject({ recordClass: 'clinical_minor', dueAt: '2040-01-01T00:00:00.000Z', dueNow: false });
    const a = dry.clients.find((x) => x.clientId === adult);
    expect(a?.recordClass).toBe('clinical');
    // Six years after the client's last service date, which for this record is its creation (today).
    expect(Math.abs(new Date(a?.dueAt ?? 0).getTime() - yearsAfter(t0, 6))).toBeLessThan(YEAR_MS / 12);
    expect(JSON.stringify(dry)).not.toContain('R.A.');
  });
});

describe('legal hold and the daily job (R16, R24)', () => {
  it('R16 R24 a legal hold is set by an owner with a reason category, audited; another practitioner cannot touch it', async () => {
    expect((await c.call(c.other, 'PUT', `/api/clients/${held}/legal-hold`, { reason: 'litigation' })).statusCode).toBe(404);
    expect((await c.call(c.owner, 'PUT', `/api/clients/${held}/legal-hold`, { reason: 'gossip' })).statusCode).toBe(400);
    expect(await call(c, c.owner, 'GET', `/api/clients/${held}/legal-hold`)).toMatchObject({ held: false, reason: null });
    expect(await call(c, c.owner, 'PUT', `/api/clients/${held}/legal-hold`, { reason: 'litigation' })).toMatchObject({ held: true, reason: 'litigation' });
    // Both who may lift it see it; a colleague gets the answer a missing client gets.
    expect(await call(c, c.pr, 'GET', `/api/clients/${held}/legal-hold`)).toMatchObject({ held: true, reason: 'litigation' });
    expect((await c.call(c.other, 'GET', `/api/clients/${held}/legal-hold`)).statusCode).toBe(404);
    expect((await c.call(c.owner, 'GET', `/api/clients/00000000-0000-4000-8000-000000000001/legal-hold`)).statusCode).toBe(404);
    expect((await c.call(c.other, 'DELETE', `/api/clients/${held}/legal-hold`)).statusCode).toBe(404);
    expect((await auditRows(c, 'client.legal_hold_set')).at(-1)).toMatchObject({ resource_id: held, metadata: { reason: 'litigation' }, actor_id: c.p.users.owner });
    // The client's own practitioner can lift and place it as well.
    await call(c, c.pr, 'DELETE', `/api/clients/${held}/legal-hold`);
    await call(c, c.pr, 'PUT', `/api/clients/${held}/legal-hold`, { reason: 'subpoena' });
    expect((await auditRows(c, 'client.legal_hold_clear')).at(-1)).toMatchObject({ resource_id: held, metadata: { reason: 'litigation' } });
  });

  it('R16 R24 the job purges what the dry run listed, never a held client, leaves a receipt, and a re-run does nothing', async () => {
    clock.set(yearsAfter(t0, 6) + 2 * 86_400_000);
    const owner = await fresh(c.p.users.owner);
    const dry = (await call(c, owner, 'GET', '/api/practice/retention/dry-run?horizonDays=0')) as unknown as DryRun;
    // (the seeded practice's own client, under a legal hold of the seed, is due too)
    expect(dry.clients.filter((x) => x.clientId === adult || x.clientId === held).map((x) => [x.clientId, x.held]).sort()).toEqual([[adult, false], [held, true]].sort());
    expect(dry.clients.some((x) => x.clientId === minor)).toBe(false);
    const wouldGo = dry.clients.filter((x) => x.dueNow && !x.held).map((x) => x.clientId);
    expect(dry.audit).toEqual([]); // audit is kept seven years in this practice

    const r = await runPracticeRetention(c.rt, c.p.practiceId, 'test-run');
    const heldNow = dry.clients.filter((x) => x.dueNow && x.held).length;
    expect(r).toMatchObject({ clientsPurged: wouldGo.length, clientsHeld: heldNow });
    for (const id of wouldGo) expect(await clientExists(id)).toBe(false);
    expect(await clientExists(adult)).toBe(false);
    expect(await clientExists(held)).toBe(true);
    expect(await clientExists(minor)).toBe(true);

    const receipt = (await auditRows(c, 'client.delete')).filter((e) => e.resource_id === adult);
    expect(receipt).toHaveLength(1);
    expect(receipt[0]?.actor_id).toBe('00000000-0000-0000-0000-000000000000');
    expect(receipt[0]?.metadata).toMatchObject({ kind: 'retention', client: adult, recordClass: 'clinical', reason: 'retention_over', signedNotes: 1, clients: 1, therapy_sessions: 2, notes: 3 });
    expect(JSON.stringify(receipt[0]?.metadata)).not.toMatch(/Retentia|Adultson|R\.A\./);
    // The signed note went through the narrow path, with its own event, marked as system work.
    const noteEvents = await c.rt.testDb.asAdmin(async (db) =>
      (await sql<{ actor_role: string }>`SELECT actor_role FROM audit_events WHERE practice_id = ${c.p.practiceId} AND action = 'note.delete' AND actor_role LIKE '%system%'`.execute(db)).rows,
    );
    expect(noteEvents.length).toBeGreaterThanOrEqual(1);

    expect(await runPracticeRetention(c.rt, c.p.practiceId, 'test-rerun')).toMatchObject({ clientsPurged: 0, clientsHeld: heldNow });
    expect((await auditRows(c, 'client.delete')).filter((e) => e.resource_id === adult)).toHaveLength(1);
  }, 60_000);

  it('R16 a held client cannot be deleted through the database either, by anyone', async () => {
    const gone = await withTenant(c.rt.db, { practiceId: c.p.practiceId, userId: c.p.users.practitioner, roles: ['practitioner'] }, (trx) =>
      trx.deleteFrom('clients').where('id', '=', held).executeTakeFirst(),
    );
    expect(Number(gone.numDeletedRows)).toBe(0);
    // Its practitioner's deletion is refused with the reason, nothing deleted.
    const res = await c.call(await fresh(c.p.users.practitioner), 'DELETE', `/api/clients/${held}`, { confirmation: 'H.K.' });
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json()).toMatchObject({ error: { code: 'legal_hold' } });
    expect(await clientExists(held)).toBe(true);
  });

  it('R16 two runners at once purge each client once', async () => {
    const pr = await fresh(c.p.users.practitioner);
    const ids = [(await call(c, pr, 'POST', '/api/clients', { name: 'Twin Alpha' })).id, (await call(c, pr, 'POST', '/api/clients', { name: 'Twin Beta' })).id];
    const [a, b] = await Promise.all([runPracticeRetention(c.rt, c.p.practiceId, 'runner-a'), runPracticeRetention(c.rt, c.p.practiceId, 'runner-b')]);
    expect((a?.clientsPurged ?? 0) + (b?.clientsPurged ?? 0)).toBe(2);
    for (const id of ids) {
      expect(await clientExists(id)).toBe(false);
      expect((await auditRows(c, 'client.delete')).filter((e) => e.resource_id === id)).toHaveLength(1);
    }
    // The recurring job itself is claimed by one runner only (SKIP LOCKED on the job row).
    const runners = [new JobRunner(c.rt.db, c.rt.logger), new JobRunner(c.rt.db, c.rt.logger)];
    for (const r of runners) r.register(retentionPurgeJob(c.rt));
    await runners[0]?.schedule(RETENTION_PURGE, 24 * 3600);
    const ran = await Promise.all(runners.map((r) => r.runOnce()));
    expect(ran.filter(Boolean)).toHaveLength(1);
  }, 60_000);
});

describe('audit retention (R16, R23, R24)', () => {
  const verify = () => c.rt.testDb.asAdmin((db) => verifyAudit(db, { practiceId: c.p.practiceId }));

  it('R16 R23 R24 rows past the audit period go behind a sealed checkpoint; verify stays green from it and still catches tampering after it', async () => {
    // Everything written so far is the old prefix; what follows is kept.
    const cut = await c.rt.testDb.asAdmin(async (db) =>
      new Date((await sql<{ m: Date }>`SELECT max(occurred_at) AS m FROM audit_events WHERE practice_id = ${c.p.practiceId}`.execute(db)).rows[0]?.m ?? 0).getTime() + 1,
    );
    await new Promise((resolve) => setTimeout(resolve, 5));
    // Issue 21: the daily seal has verified the old prefix; retention still removes it from behind
    // that checkpoint, and a seal at the very row retention stops at is shared, not duplicated.
    await sealPractice(c.rt.db, c.p.practiceId);
    const pr = await fresh(c.p.users.practitioner);
    await call(c, pr, 'GET', `/api/clients/${minor}`);
    await call(c, pr, 'GET', `/api/clients/${held}`);
    const before = await verify();
    expect(before.problems).toEqual([]);

    clock.set(yearsAfter(cut, 7));
    const owner = await fresh(c.p.users.owner);
    const dry = (await call(c, owner, 'GET', '/api/practice/retention/dry-run?horizonDays=0')) as unknown as DryRun;
    const dueRows = dry.audit.reduce((s, l) => s + l.rows, 0);
    expect(dueRows).toBeGreaterThan(0);

    const r = await runPracticeRetention(c.rt, c.p.practiceId, 'audit-run');
    expect(r.auditRowsRemoved).toBe(dueRows); // the dry run counted exactly what went
    const after = await verify();
    expect(after.problems).toEqual([]);
    expect(after.fromCheckpoints).toBeGreaterThan(0);
    const left = await c.rt.testDb.asAdmin(async (db) =>
      (await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_events WHERE practice_id = ${c.p.practiceId} AND occurred_at < ${new Date(cut)}`.execute(db)).rows[0]?.n,
    );
    expect(left).toBe(0);
    const receipts = await auditRows(c, 'audit.retention');
    expect(receipts.reduce((s, e) => s + Number((e.metadata as { removed: number }).removed), 0)).toBe(dueRows);
    expect(await runPracticeRetention(c.rt, c.p.practiceId, 'audit-rerun')).toMatchObject({ auditRowsRemoved: 0 });

    // Every practice and the system chain, too: the whole trail verifies from its checkpoints.
    await runRetention(c.rt, 'audit-all');
    expect((await c.rt.testDb.asAdmin((db) => verifyAudit(db))).problems).toEqual([]);

    // Tampering with a row after the checkpoint is still caught.
    const row = await c.rt.testDb.asAdmin(async (db) =>
      (await sql<{ lane: number; seq: string; action: string }>`SELECT lane, seq, action FROM audit_events WHERE practice_id = ${c.p.practiceId} AND actor_id = ${c.p.users.practitioner} ORDER BY occurred_at DESC LIMIT 1`.execute(db)).rows[0],
    );
    const edit = (action: string) =>
      tamper(c.rt.testDb, (db) => sql`UPDATE audit_events SET action = ${action} WHERE practice_id = ${c.p.practiceId} AND lane = ${row?.lane} AND seq = ${row?.seq}`.execute(db));
    await edit('note.delete');
    expect((await verify()).problems).toMatchObject([{ lane: row?.lane, seq: Number(row?.seq), kind: 'hash_mismatch' }]);
    await edit(row?.action ?? '');
    expect((await verify()).problems).toEqual([]);
  }, 60_000);

  it('R23 R24 no role but the retention function removes audit rows: not the runtime role, not an owner, not a practitioner', async () => {
    for (const roles of [['owner'], ['practitioner']] as const) {
      const ctx = { practiceId: c.p.practiceId, userId: roles[0] === 'owner' ? c.p.users.owner : c.p.users.practitioner, roles: [...roles] };
      await expect(withTenant(c.rt.db, ctx, (trx) => sql`DELETE FROM audit_events WHERE practice_id = ${c.p.practiceId}`.execute(trx))).rejects.toMatchObject({ code: '42501' });
      await expect(withTenant(c.rt.db, ctx, (trx) => sql`SELECT * FROM app.audit_remove_expired(false, 10)`.execute(trx))).rejects.toMatchObject({ code: '42501' });
      await expect(withTenant(c.rt.db, ctx, (trx) => sql`DELETE FROM audit_checkpoints`.execute(trx))).rejects.toMatchObject({ code: '42501' });
    }
    // The table owner outside the function is stopped by the triggers, checkpoints included.
    await c.rt.testDb.asAdmin(async (db) => {
      await expect(sql`DELETE FROM audit_events WHERE practice_id = ${c.p.practiceId}`.execute(db)).rejects.toMatchObject({ code: '42501' });
      await expect(sql`DELETE FROM audit_checkpoints WHERE practice_id = ${c.p.practiceId}`.execute(db)).rejects.toMatchObject({ code: '42501' });
    });
  });
});
