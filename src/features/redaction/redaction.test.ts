import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openClinic, type Clinic } from '../clients/testkit.ts';

let c: Clinic;
let noteId: string;

beforeAll(async () => {
  c = await openClinic();
  const client = await c.call(c.pr, 'POST', '/api/clients', { name: 'Casey Testclient', knownPeople: ['Robin Examplesister'] });
  const clientId = client.json<{ id: string }>().id;
  const note = await c.call(c.pr, 'POST', `/api/clients/${clientId}/notes`, {
    format: 'soap',
    sections: {
      subjective: 'Client said her sister Robin Examplesister visited on March 3rd and they argued; call back at 415-555-0142.',
      objective: 'Calm, engaged. PHQ-9 of 12.',
      assessment: 'Moderate depressive symptoms, stable.',
      plan: 'Continue CBT weekly; next session 04/02/2026.',
    },
  });
  expect(note.statusCode).toBe(201);
  noteId = note.json<{ id: string }>().id;
});
afterAll(async () => c.close());

describe('redacting a note on request', () => {
  it('R35 returns the note with identifiers redacted, clinical content kept, and the stored note unchanged', async () => {
    const res = await c.call(c.pr, 'GET', `/api/notes/${noteId}/redacted`);
    expect(res.statusCode).toBe(200);
    const body = res.json<{ sections: Record<string, string>; redactions: Record<string, number> }>();
    const all = Object.values(body.sections).join('\n');
    for (const leak of ['Robin', 'Examplesister', 'March 3rd', '415-555-0142', '04/02/2026']) expect(all).not.toContain(leak);
    expect(all).toContain('PHQ-9 of 12');
    expect(all).toContain('Continue CBT weekly');
    expect(body.redactions.name).toBeGreaterThanOrEqual(1);
    const stored = (await c.call(c.pr, 'GET', `/api/notes/${noteId}`)).json<{ sections: Array<{ key: string; text: string }> }>();
    expect(stored.sections.find((x) => x.key === 'subjective')?.text).toContain('Robin Examplesister');
  });

  it('R22 another practitioner cannot get even the redacted rendition', async () => {
    expect((await c.call(c.other, 'GET', `/api/notes/${noteId}/redacted`)).statusCode).toBe(404);
    expect((await c.call(c.supervisor, 'GET', `/api/notes/${noteId}/redacted`)).statusCode).toBe(403);
  });
});
