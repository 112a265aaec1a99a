// A client with a full record, built through the API as a practitioner would build it: sessions,
// a transcript, an AI draft, a treatment plan, measures, a signed note with an addendum and goal
// progress, a draft note, a note without a session, a grant and a finished export of the client.
// Synthetic identities only.
import { expect } from 'vitest';
import { withTenant } from '../../db/tenant.ts';
import { registerJobs } from '../jobs.ts';
import type { Clinic } from '../clients/testkit.ts';
import type { TestSession } from '../../../test/auth.ts';

export interface FullRecord {
  clientId: string;
  label: string;
  sessionIds: string[];
  noteIds: string[];
  signedNoteId: string;
  draftNoteId: string;
  planId: string;
  exportId: string;
}

const plan = {
  reviewDate: '2026-06-01',
  diagnoses: [{ code: 'F32.1', primary: true }],
  problems: [
    {
      text: 'Low mood interfering with synthetic work tasks',
      diagnosisCodes: ['F32.1'],
      goals: [{ text: 'Reduce depressive symptoms', interventions: ['cbt'], objectives: [{ text: 'PHQ-9 below 10 twice', targetDate: '2026-05-01' }] }],
    },
  ],
};
const soap = { subjective: 'Reports steadier synthetic sleep.', objective: 'Calm, engaged.', assessment: 'Improving.', plan: 'Continue weekly CBT.' };

const jobsRegistered = new WeakSet<object>();

export async function call(c: Clinic, s: TestSession, method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, body?: unknown): Promise<Record<string, unknown> & { id: string }> {
  const res = await c.call(s, method, url, body);
  expect(res.statusCode, `${method} ${url}: ${res.body.slice(0, 300)}`).toBeLessThan(300);
  return res.body === '' ? ({} as { id: string }) : res.json<Record<string, unknown> & { id: string }>();
}

/** Turns AI drafting on with the local model (sends nothing anywhere). */
export async function allowLocalAi(c: Clinic): Promise<void> {
  await withTenant(c.rt.db, { practiceId: c.p.practiceId, userId: c.p.users.owner, roles: ['owner'] }, (trx) =>
    trx.updateTable('practice_settings').set({ ai_enabled: true, ai_provider: 'local', ai_vendor_id: null }).where('practice_id', '=', c.p.practiceId).execute(),
  );
}

export async function buildFullRecord(c: Clinic, s: TestSession, name: string, opts: { export?: boolean } = {}): Promise<FullRecord> {
  const client = await call(c, s, 'POST', '/api/clients', { name, pseudonym: true, contactNotes: 'Synthetic contact note.', knownPeople: ['Testperson Alpha'] });
  const clientId = client.id;
  const session = (startsAt: string) => call(c, s, 'POST', `/api/clients/${clientId}/sessions`, { startsAt, durationMinutes: 45, serviceCode: '90834', modality: 'in_person', placeOfService: '11' });
  const s1 = (await session('2026-03-02T15:00:00Z')).id;
  const s2 = (await session('2026-03-09T15:00:00Z')).id;
  await call(c, s, 'PUT', `/api/sessions/${s1}/transcript`, { text: 'Counsellor: How was the week?\nClient: Calmer, synthetic week.' });
  await call(c, s, 'POST', `/api/clients/${clientId}/drafts`, { format: 'soap', sessionId: s1, source: { kind: 'bullets', text: '- Client reports calmer synthetic week.\n- Plan: continue.' } });
  const p = await call(c, s, 'POST', `/api/clients/${clientId}/plans`, plan);
  const goalId = ((p.problems as Array<{ goals: Array<{ id: string }> }>)[0]?.goals[0]?.id) ?? '';
  await call(c, s, 'POST', `/api/clients/${clientId}/assessments`, { instrument: 'phq9', items: [1, 1, 1, 1, 1, 1, 1, 1, 0], administeredAt: '2026-03-02T15:30:00Z', sessionId: s1 });
  await call(c, s, 'POST', `/api/clients/${clientId}/assessments`, { instrument: 'gad7', items: [1, 1, 1, 1, 1, 1, 1], administeredAt: '2026-03-09T15:30:00Z' });
  const signed = await call(c, s, 'POST', `/api/clients/${clientId}/notes`, { format: 'soap', sessionId: s1, sections: soap, goals: [{ goalId, progress: 'some_progress' }] });
  await call(c, s, 'POST', `/api/notes/${signed.id}/sign`);
  await call(c, s, 'POST', `/api/notes/${signed.id}/addenda`, { text: 'Late entry: synthetic phone call.' });
  const draft = await call(c, s, 'POST', `/api/clients/${clientId}/notes`, { format: 'dap', sessionId: s2 });
  const loose = await call(c, s, 'POST', `/api/clients/${clientId}/notes`, { format: 'free', sessionId: null, serviceDate: '2026-03-05', kind: 'process' });
  let exportId = '';
  if (opts.export === true) {
    if (!jobsRegistered.has(c.rt)) {
      registerJobs(c.rt);
      jobsRegistered.add(c.rt);
    }
    exportId = (await call(c, s, 'POST', '/api/exports', { scope: 'client', clientId })).id;
    while (await c.rt.jobs.runOnce()) {
      /* run every due job */
    }
    expect((await call(c, s, 'GET', `/api/exports/${exportId}`)).status).toBe('ready');
  }
  return { clientId, label: String(client.label), sessionIds: [s1, s2], noteIds: [signed.id, draft.id, loose.id], signedNoteId: signed.id, draftNoteId: draft.id, planId: p.id, exportId };
}
