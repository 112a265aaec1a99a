import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'kysely';
import { sessionFor, type TestSession } from '../../../test/auth.ts';
import { withTenant } from '../../db/tenant.ts';
import { auditRows, countRows, openClinic, type Clinic } from '../clients/testkit.ts';
import { allowLocalAi, buildFullRecord, call } from './testkit.ts';

let c: Clinic;
/** The practitioner, signed in with a second factor confirmed 10 minutes ago (no step-up). */
let stale: TestSession;

const CLINICAL = ['clients', 'therapy_sessions', 'notes', 'note_addenda', 'note_goal_progress', 'treatment_plans', 'plan_versions', 'assessments', 'transcripts', 'ai_drafts', 'exports'];

/** Rows of every clinical table in the practice, to prove a refused request wrote nothing. */
async function snapshot(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of CLINICAL) out[t] = await countRows(c, t);
  return out;
}

async function rowsOf(table: string, column: string, id: string): Promise<number> {
  return c.rt.testDb.asAdmin(async (db) => Number((await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table)} WHERE ${sql.ref(column)} = ${id}`.execute(db)).rows[0]?.n ?? 0));
}

beforeAll(async () => {
  c = await openClinic();
  await allowLocalAi(c);
  stale = await sessionFor(c.rt, { userId: c.p.users.practitioner, practiceId: c.p.practiceId, mfaAgoMs: 10 * 60_000 });
});
afterAll(async () => c.close());

describe('deleting a session (R32)', () => {
  it('R32 a session goes with its transcript, AI drafts, measures and draft notes; the receipt counts them', async () => {
    const r = await buildFullRecord(c, c.pr, 'Sessionwood');
    const [s1, s2] = r.sessionIds as [string, string];
    await call(c, c.pr, 'PUT', `/api/sessions/${s2}/transcript`, { text: 'Counsellor: Hello.\nClient: Synthetic hello.' });
    await call(c, c.pr, 'POST', `/api/clients/${r.clientId}/assessments`, { instrument: 'gad7', items: [0, 0, 0, 0, 0, 0, 1], administeredAt: '2026-03-09T15:40:00Z', sessionId: s2 });
    const preview = await call(c, c.pr, 'GET', `/api/therapy-sessions/${s2}/deletion`);
    expect(preview).toMatchObject({ kind: 'session', signedNotes: 0, needsConfirmation: false, counts: { notes: 1, transcripts: 1, assessments: 1 } });

    const res = await c.call(c.pr, 'DELETE', `/api/therapy-sessions/${s2}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'deleted', counts: { therapy_sessions: 1, notes: 1, transcripts: 1, assessments: 1 } });
    for (const [table, col] of [['therapy_sessions', 'id'], ['notes', 'session_id'], ['transcripts', 'session_id'], ['assessments', 'session_id'], ['ai_drafts', 'session_id']] as const) {
      expect(await rowsOf(table, col, s2), table).toBe(0);
    }
    expect(await rowsOf('therapy_sessions', 'id', s1)).toBe(1);
    const receipt = (await auditRows(c, 'session.delete')).find((e) => e.resource_id === s2);
    expect(receipt?.actor_id).toBe(c.p.users.practitioner);
    expect(receipt?.metadata).toMatchObject({ kind: 'session', client: r.clientId, reason: null, signedNotes: 0, therapy_sessions: 1, notes: 1, transcripts: 1, assessments: 1 });
    expect(JSON.stringify(receipt?.metadata)).not.toContain(r.label);
  });

  it('R32 a session with a signed note goes only with a fresh second factor, the label typed back and a reason', async () => {
    const r = await buildFullRecord(c, c.pr, 'Signedale');
    const s1 = r.sessionIds[0] ?? '';
    const preview = await call(c, c.pr, 'GET', `/api/therapy-sessions/${s1}/deletion`);
    expect(preview).toMatchObject({ signedNotes: 1, needsConfirmation: true, confirmWith: r.label });
    const before = await snapshot();
    const noStepUp = await c.call(stale, 'DELETE', `/api/therapy-sessions/${s1}`, { confirmation: r.label, reason: 'entered_in_error' });
    expect(noStepUp.statusCode).toBe(403);
    expect(noStepUp.json()).toMatchObject({ error: { code: 'step_up_required' } });
    expect((await auditRows(c, 'access.denied')).some((e) => (e.metadata as { reason?: string }).reason === 'step_up')).toBe(true);
    const noBody = await c.call(c.pr, 'DELETE', `/api/therapy-sessions/${s1}`);
    expect(noBody.statusCode).toBe(400);
    expect(noBody.json<{ error: { message: string } }>().error.message).toContain('body.confirmation');
    const noReason = await c.call(c.pr, 'DELETE', `/api/therapy-sessions/${s1}`, { confirmation: r.label });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json<{ error: { message: string } }>().error.message).toContain('body.reason');
    expect(await snapshot()).toEqual(before);

    const ok = await c.call(c.pr, 'DELETE', `/api/therapy-sessions/${s1}`, { confirmation: ` ${r.label.toLowerCase()} `, reason: 'entered_in_error' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ counts: { therapy_sessions: 1, notes: 1, note_addenda: 1, note_goal_progress: 1, transcripts: 1, ai_drafts: 1, assessments: 1 } });
    expect(await rowsOf('notes', 'id', r.signedNoteId)).toBe(0);
    expect(await rowsOf('note_addenda', 'note_id', r.signedNoteId)).toBe(0);
    const noteEvent = (await auditRows(c, 'note.delete')).find((e) => e.resource_id === r.signedNoteId);
    expect(noteEvent?.metadata).toEqual({ reason: 'entered_in_error', signed: true });
    const receipt = (await auditRows(c, 'session.delete')).find((e) => e.resource_id === s1);
    expect(receipt?.metadata).toMatchObject({ reason: 'entered_in_error', signedNotes: 1 });
  });
});

describe('deleting a client (R33)', () => {
  it('R33 everything about the client goes, the receipt records the decision, and the client key is destroyed', async () => {
    const r = await buildFullRecord(c, c.pr, 'Goneforth', { export: true });
    const preview = await call(c, c.pr, 'GET', `/api/clients/${r.clientId}/deletion`);
    expect(preview).toMatchObject({ kind: 'client', confirmWith: r.label, signedNotes: 1, needsConfirmation: true, counts: { therapy_sessions: 2, notes: 3, exports: 1 } });
    const blobId = await c.rt.testDb.asAdmin(async (db) => (await db.selectFrom('exports').select('blob_id').where('id', '=', r.exportId).executeTakeFirstOrThrow()).blob_id as string);
    expect(await rowsOf('blobs', 'id', blobId)).toBe(1);
    const destroy = vi.spyOn(c.rt.crypto, 'destroy');
    const res = await c.call(c.pr, 'DELETE', `/api/clients/${r.clientId}`, { confirmation: r.label, reason: 'retention_over' });
    expect(res.statusCode, res.body).toBe(200);
    expect(destroy).toHaveBeenCalledWith('client', r.clientId);
    destroy.mockRestore();
    expect(res.json()).toMatchObject({
      counts: { clients: 1, therapy_sessions: 2, notes: 3, note_addenda: 1, note_goal_progress: 1, treatment_plans: 1, plan_versions: 1, assessments: 2, transcripts: 1, ai_drafts: 1, exports: 1, jobs: 1 },
    });
    expect((await c.call(c.pr, 'GET', `/api/clients/${r.clientId}`)).statusCode).toBe(404);
    expect(await rowsOf('blobs', 'id', blobId)).toBe(0);
    const receipt = (await auditRows(c, 'client.delete')).find((e) => e.resource_id === r.clientId);
    expect(receipt?.actor_id).toBe(c.p.users.practitioner);
    expect(receipt?.metadata).toMatchObject({ kind: 'client', reason: 'retention_over', signedNotes: 1, clients: 1, therapy_sessions: 2, notes: 3 });
    expect(JSON.stringify(receipt?.metadata)).not.toContain(r.label);
  });

  it('R33 a client without signed notes needs the label typed back, and no reason', async () => {
    const id = (await call(c, c.pr, 'POST', '/api/clients', { name: 'Quietbrook', pseudonym: true })).id;
    await call(c, c.pr, 'POST', `/api/clients/${id}/sessions`, { startsAt: '2026-03-02T15:00:00Z', durationMinutes: 45, serviceCode: '90834', modality: 'in_person', placeOfService: '11' });
    const res = await c.call(c.pr, 'DELETE', `/api/clients/${id}`, { confirmation: 'Quietbrook' });
    expect(res.statusCode, res.body).toBe(200);
    expect((await auditRows(c, 'client.delete')).find((e) => e.resource_id === id)?.metadata).toMatchObject({ reason: null, signedNotes: 0, therapy_sessions: 1 });
  });
});

describe('deletion refuses bad input and writes nothing (R32, R33)', () => {
  let r: Awaited<ReturnType<typeof buildFullRecord>>;
  beforeAll(async () => {
    r = await buildFullRecord(c, c.pr, 'Keepsake');
  });

  it("R33 R22 someone else's client or session answers exactly like a missing one, and nothing goes", async () => {
    const before = await snapshot();
    const body = { confirmation: r.label, reason: 'entered_in_error' };
    const missing = await c.call(c.other, 'DELETE', `/api/clients/00000000-0000-4000-8000-000000000000`, body);
    for (const s of [c.other, c.foreign]) {
      const res = await c.call(s, 'DELETE', `/api/clients/${r.clientId}`, body);
      expect(res.statusCode).toBe(404);
      expect(res.json<{ error: { code: string } }>().error.code).toBe(missing.json<{ error: { code: string } }>().error.code);
      expect((await c.call(s, 'GET', `/api/clients/${r.clientId}/deletion`)).statusCode).toBe(404);
      expect((await c.call(s, 'DELETE', `/api/therapy-sessions/${r.sessionIds[1] ?? ''}`)).statusCode).toBe(404);
    }
    // The practice owner manages the practice, not other practitioners' clients (clients/policy.ts).
    expect((await c.call(c.owner, 'DELETE', `/api/clients/${r.clientId}`, body)).statusCode).toBe(403);
    expect(await snapshot()).toEqual(before);
  });

  it('R33 deletion without a fresh second factor is refused', async () => {
    const before = await snapshot();
    const res = await c.call(stale, 'DELETE', `/api/clients/${r.clientId}`, { confirmation: r.label, reason: 'retention_over' });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: 'step_up_required' } });
    expect(await snapshot()).toEqual(before);
  });

  it('R33 a wrong confirmation is refused with the field named and the value not echoed', async () => {
    const before = await snapshot();
    const res = await c.call(c.pr, 'DELETE', `/api/clients/${r.clientId}`, { confirmation: 'Keepsak', reason: 'retention_over' });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { message: string } }>().error.message).toContain('body.confirmation');
    expect(res.body).not.toContain('Keepsak');
    expect(await snapshot()).toEqual(before);
  });

  it('R33 a client with signed notes is not deleted without a reason category', async () => {
    const before = await snapshot();
    const res = await c.call(c.pr, 'DELETE', `/api/clients/${r.clientId}`, { confirmation: r.label });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { message: string } }>().error.message).toContain('body.reason');
    expect(await snapshot()).toEqual(before);
  });

  it('R33 an unknown reason category is refused', async () => {
    const before = await snapshot();
    for (const reason of ['because', '', 'RETENTION_OVER']) {
      const res = await c.call(c.pr, 'DELETE', `/api/clients/${r.clientId}`, { confirmation: r.label, reason });
      expect(res.statusCode).toBe(400);
      expect(res.json<{ error: { message: string } }>().error.message).toContain('reason');
    }
    expect((await c.call(c.pr, 'DELETE', `/api/clients/${r.clientId}`, { confirmation: r.label, reason: 'retention_over', note: 'x' })).statusCode).toBe(400);
    expect(await snapshot()).toEqual(before);
  });

  it('R03 R33 a plain DELETE of a signed note, its addendum, its session or its client is still refused to the runtime role', async () => {
    const ctx = c.p.ctx('practitioner');
    await withTenant(c.rt.db, ctx, async (trx) => {
      expect(Number((await trx.deleteFrom('notes').where('id', '=', r.signedNoteId).executeTakeFirst()).numDeletedRows)).toBe(0);
      expect(Number((await trx.deleteFrom('note_addenda').where('note_id', '=', r.signedNoteId).executeTakeFirst()).numDeletedRows)).toBe(0);
      // A cascade from the session or the client would carry the signed note away: refused too.
      expect(Number((await trx.deleteFrom('therapy_sessions').where('id', '=', r.sessionIds[0] ?? '').executeTakeFirst()).numDeletedRows)).toBe(0);
      expect(Number((await trx.deleteFrom('clients').where('id', '=', r.clientId).executeTakeFirst()).numDeletedRows)).toBe(0);
    });
    // The narrow path refuses an unknown reason, and anyone but the client's practitioner.
    await expect(withTenant(c.rt.db, ctx, (trx) => sql`SELECT * FROM app.delete_signed_notes(${r.clientId}::uuid, NULL, 'tidy_up')`.execute(trx))).rejects.toThrow();
    await expect(
      withTenant(c.rt.db, { practiceId: c.p.practiceId, userId: c.otherId, roles: ['practitioner'] }, (trx) => sql`SELECT * FROM app.delete_signed_notes(${r.clientId}::uuid, NULL, 'retention_over')`.execute(trx)),
    ).rejects.toThrow();
    await expect(withTenant(c.rt.db, c.p.ctx('owner'), (trx) => sql`SELECT * FROM app.delete_signed_notes(${r.clientId}::uuid, NULL, 'retention_over')`.execute(trx))).rejects.toThrow();
    expect(await rowsOf('notes', 'id', r.signedNoteId)).toBe(1);
    expect(await rowsOf('note_addenda', 'note_id', r.signedNoteId)).toBe(1);
  });
});
