// R25 (issue 16): every error a person can cause reaches them as a sentence that names the field
// as the form calls it. The errors here come from the real API; web/src/errors.ts turns them into
// what the screen shows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openClinic, type Clinic } from '../src/features/clients/testkit.ts';
import { fieldWords, sentenceFor } from '../web/src/errors.ts';

let c: Clinic;
let clientId: string;
beforeAll(async () => {
  c = await openClinic();
  clientId = (await c.call(c.pr, 'POST', '/api/clients', { name: 'Test Words' })).json<{ id: string }>().id;
});
afterAll(async () => c.close());

const ok = { startsAt: '2026-03-02T15:00:00Z', durationMinutes: 53, serviceCode: '90837', modality: 'video', placeOfService: '10' };

async function shown(method: 'POST' | 'PATCH', url: string, payload: unknown): Promise<{ code: string; raw: string; sentence: string }> {
  const res = await c.call(c.pr, method, url, payload);
  expect(res.statusCode).toBeGreaterThanOrEqual(400);
  const { code, message } = res.json<{ error: { code: string; message: string } }>().error;
  return { code, raw: message, sentence: sentenceFor(code, message) };
}

describe('words for people', () => {
  it('R25 a session coding error names the form’s fields and says what to do; the API keeps its code and path', async () => {
    const minutes = await shown('POST', `/api/clients/${clientId}/sessions`, { ...ok, durationMinutes: 30 });
    expect(minutes.code).toBe('validation_failed');
    expect(minutes.raw).toContain('body.durationMinutes');
    expect(minutes.sentence).toBe('The minutes do not fit service code 90837. Change “Minutes”, or choose the service code that matches the time spent.');
    const place = await shown('POST', `/api/clients/${clientId}/sessions`, { ...ok, placeOfService: '11' });
    expect(place.sentence).toContain('Place of service');
    const inPerson = await shown('POST', `/api/clients/${clientId}/sessions`, { ...ok, modality: 'in_person', placeOfService: '02' });
    expect(inPerson.sentence).toContain('An in-person session cannot have a telehealth place of service');
  });

  it('R25 R02 a future session marked attended is explained, not reported as a field path', async () => {
    const future = await shown('POST', `/api/clients/${clientId}/sessions`, { ...ok, startsAt: '2999-01-01T10:00:00Z', attendance: 'attended' });
    expect(future.code).toBe('session_in_future');
    expect(future.sentence).toMatch(/^This session has not taken place yet\. Keep it as “Scheduled”/);
  });

  it('R25 schema errors show the form’s field name instead of the request path, for every field the forms send', async () => {
    const birth = await shown('PATCH', `/api/clients/${clientId}`, { birthYear: 1800 });
    expect(birth.raw).toMatch(/^body\.birthYear: /);
    expect(birth.sentence).toMatch(/^Year of birth: /);
    const measure = await shown('POST', `/api/clients/${clientId}/assessments`, { instrument: 'phq9', items: [0, 0, 0, 0, 0, 0, 0, 0, 9] });
    expect(measure.sentence).toBe('Answer every item with one of the choices shown.');
    for (const s of [birth, measure]) expect(s.sentence).not.toMatch(/\bbody\./);
    expect(fieldWords('body.someNewField')).toBe('Some new field');
  });

  it('R25 R38 a second-factor code used twice is said plainly (the server’s message names the request field)', () => {
    // The exact message the TOTP check sends (src/features/auth/mfa): field "totpCode".
    const s = sentenceFor('code_already_used', 'totpCode: was already used. Wait for the next code from your app.');
    expect(s).toBe('That code was just used. Wait for the next code in your authenticator app, then enter it.');
  });
});
