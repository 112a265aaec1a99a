import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openClinic, type Clinic } from '../clients/testkit.ts';
import { sweepAllPractices } from './service.ts';

let c: Clinic;
let clientId: string;

beforeAll(async () => {
  c = await openClinic();
});
afterAll(async () => c.close());

const TRANSCRIPT = [
  'Counsellor: How was the week?',
  'Client: My sister Maria Delacorte called me on 03/14/2026 from 415-555-0199, we argued again.',
  'Client: She still lives at 1208 Linden Avenue, Fresno.',
  'Counsellor: What did you notice in your body when that happened?',
].join('\n');

async function newClient(rule: Record<string, unknown> = {}): Promise<string> {
  const res = await c.call(c.pr, 'POST', '/api/clients', { name: 'Jordan Testperson', knownPeople: ['Maria Delacorte'], ...rule });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

async function newSession(client: string): Promise<string> {
  const res = await c.call(c.pr, 'POST', `/api/clients/${client}/sessions`, {
    startsAt: '2026-11-20T15:00:00Z',
    durationMinutes: 45,
    serviceCode: '90834',
    modality: 'video',
    placeOfService: '10',
    attendance: 'attended',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

describe('transcripts', () => {
  beforeAll(async () => {
    clientId = await newClient();
  });

  it('R35 R37 a transcript is redacted at save time when the practice enables it, and stored sealed', async () => {
    const session = await newSession(clientId);
    const res = await c.call(c.pr, 'PUT', `/api/sessions/${session}/transcript`, { text: TRANSCRIPT });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ redacted: true });
    const back = (await c.call(c.pr, 'GET', `/api/sessions/${session}/transcript`)).json<{ text: string }>();
    for (const leak of ['Maria', 'Delgado', '415-555-0199', '03/14/2026', '1208 Linden', 'Fresno']) expect(back.text).not.toContain(leak);
    expect(back.text).toContain('What did you notice in your body');
    const raw = await c.rt.testDb.asAdmin(async (db) => (await sql<{ t: Buffer }>`SELECT text_sealed AS t FROM transcripts WHERE session_id = ${session}`.execute(db)).rows[0]?.t);
    expect(Buffer.from(raw ?? []).toString('latin1')).not.toContain('body');
  });

  it('R37 with redaction switched off the transcript is kept as written (still sealed)', async () => {
    const off = { aiEnabled: false, aiProvider: 'local', aiVendorId: null, redactTranscripts: false, activeTopics: [], customTopics: [] };
    expect((await c.call(c.owner, 'PUT', '/api/practice/settings', off)).statusCode).toBe(200);
    try {
      const session = await newSession(clientId);
      await c.call(c.pr, 'PUT', `/api/sessions/${session}/transcript`, { text: TRANSCRIPT });
      const back = (await c.call(c.pr, 'GET', `/api/sessions/${session}/transcript`)).json<{ text: string; redacted: boolean }>();
      expect(back).toMatchObject({ redacted: false });
      expect(back.text).toContain('Maria Delacorte');
    } finally {
      await c.call(c.owner, 'PUT', '/api/practice/settings', { ...off, redactTranscripts: true });
    }
  });

  it('R36 R37 an active sensitive topic is redacted as a whole sentence', async () => {
    const on = { aiEnabled: false, aiProvider: 'local', aiVendorId: null, redactTranscripts: true, activeTopics: ['immigration'], customTopics: [] };
    expect((await c.call(c.owner, 'PUT', '/api/practice/settings', on)).statusCode).toBe(200);
    const session = await newSession(clientId);
    await c.call(c.pr, 'PUT', `/api/sessions/${session}/transcript`, { text: 'Client: I am undocumented and scared my visa overstay will be found.\nCounsellor: That sounds frightening.' });
    const back = (await c.call(c.pr, 'GET', `/api/sessions/${session}/transcript`)).json<{ text: string }>();
    expect(back.text).toContain('[REDACTED: immigration]');
    expect(back.text).not.toContain('undocumented');
  });

  it('R31 a transcript can be deleted permanently, and the deletion is audited', async () => {
    const session = await newSession(clientId);
    await c.call(c.pr, 'PUT', `/api/sessions/${session}/transcript`, { text: TRANSCRIPT });
    expect((await c.call(c.pr, 'DELETE', `/api/sessions/${session}/transcript`)).statusCode).toBe(200);
    expect((await c.call(c.pr, 'GET', `/api/sessions/${session}/transcript`)).statusCode).toBe(404);
    const left = await c.rt.testDb.asAdmin(async (db) => (await sql<{ n: number }>`SELECT count(*)::int AS n FROM transcripts WHERE session_id = ${session}`.execute(db)).rows[0]?.n);
    expect(left).toBe(0);
  });

  it('R31 "right after the note is signed": signing the session note deletes its transcript in the same transaction', async () => {
    const client = await newClient({ transcriptDeletion: { mode: 'on_sign' } });
    const session = await newSession(client);
    expect((await c.call(c.pr, 'PUT', `/api/sessions/${session}/transcript`, { text: TRANSCRIPT })).json()).toMatchObject({ deleteOnSign: true });
    const note = await c.call(c.pr, 'POST', `/api/clients/${client}/notes`, { sessionId: session, kind: 'progress', format: 'soap', sections: { subjective: 'Reported arguments at home.', objective: 'Calm.', assessment: 'Stable.', plan: 'Continue weekly.' } });
    expect(note.statusCode).toBe(201);
    const noteId = note.json<{ id: string }>().id;
    expect((await c.call(c.pr, 'POST', `/api/notes/${noteId}/sign`, {})).statusCode).toBe(200);
    expect((await c.call(c.pr, 'GET', `/api/sessions/${session}/transcript`)).statusCode).toBe(404);
    const refused = await c.call(c.pr, 'PUT', `/api/sessions/${session}/transcript`, { text: TRANSCRIPT });
    expect(refused.json()).toMatchObject({ error: { code: 'transcript_not_kept' } });
    const actions = await c.rt.testDb.asAdmin(async (db) => (await sql<{ metadata: string }>`SELECT metadata FROM audit_events WHERE practice_id = ${c.p.practiceId} AND action = 'transcript.delete'`.execute(db)).rows.map((r) => r.metadata));
    expect(actions).toContain('{"reason":"note_signed"}');
  });

  it('R31 "after N days": the retention sweep deletes transcripts whose time has come', async () => {
    const client = await newClient({ transcriptDeletion: { mode: 'after_days', days: 7 } });
    const session = await newSession(client);
    const saved = (await c.call(c.pr, 'PUT', `/api/sessions/${session}/transcript`, { text: TRANSCRIPT })).json<{ deleteAfter: string }>();
    expect(new Date(saved.deleteAfter).getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
    expect(await sweepAllPractices(c.rt)).toBe(0);
    await c.rt.testDb.asAdmin((db) => sql`UPDATE transcripts SET delete_after = now() - interval '1 minute' WHERE session_id = ${session}`.execute(db));
    expect(await sweepAllPractices(c.rt)).toBe(1);
    expect((await c.call(c.pr, 'GET', `/api/sessions/${session}/transcript`)).statusCode).toBe(404);
  });

  it('R31 a transcript past its deletion time is not served, and its owner reading it deletes it, before any sweep', async () => {
    const client = await newClient({ transcriptDeletion: { mode: 'after_days', days: 1 } });
    const session = await newSession(client);
    await c.call(c.pr, 'PUT', `/api/sessions/${session}/transcript`, { text: TRANSCRIPT });
    await c.rt.testDb.asAdmin((db) => sql`UPDATE transcripts SET delete_after = now() - interval '1 minute' WHERE session_id = ${session}`.execute(db));
    expect((await c.call(c.pr, 'GET', `/api/sessions/${session}/transcript`)).statusCode).toBe(404);
    const left = await c.rt.testDb.asAdmin(async (db) => (await sql<{ n: number }>`SELECT count(*)::int AS n FROM transcripts WHERE session_id = ${session}`.execute(db)).rows[0]?.n);
    expect(left).toBe(0);
  });

  it('R22 R41 another practitioner, the supervisor and helpdesk cannot read a transcript', async () => {
    const session = await newSession(clientId);
    await c.call(c.pr, 'PUT', `/api/sessions/${session}/transcript`, { text: TRANSCRIPT });
    expect((await c.call(c.other, 'GET', `/api/sessions/${session}/transcript`)).statusCode).toBe(404);
    expect((await c.call(c.supervisor, 'GET', `/api/sessions/${session}/transcript`)).statusCode).toBe(403);
    expect((await c.call(c.helpdesk, 'GET', `/api/sessions/${session}/transcript`)).statusCode).toBe(403);
    expect((await c.call(c.foreign, 'GET', `/api/sessions/${session}/transcript`)).statusCode).toBe(404);
  });
});
