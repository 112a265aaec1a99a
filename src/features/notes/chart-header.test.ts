// Issue 16: a note is a chart document — every note carries its chart header.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { injectAs } from '../../../test/auth.ts';
import { openClinic, type Clinic } from '../clients/testkit.ts';
import { chartHeader } from './chart-header.ts';

let c: Clinic;
let clientId: string;
let clientLabel: string;
let sessionId: string;
beforeAll(async () => {
  c = await openClinic();
  await injectAs(c.app, c.pr, { method: 'PATCH', url: '/api/account', payload: { name: 'Test Clinician', licenseType: 'LCSW' } });
  const client = (await c.call(c.pr, 'POST', '/api/clients', { name: 'Test Chart Person' })).json<{ id: string; displayLabel: string }>();
  clientId = client.id;
  clientLabel = client.displayLabel;
  sessionId = (await c.call(c.pr, 'POST', `/api/clients/${clientId}/sessions`, { startsAt: '2026-03-02T15:00:00Z', durationMinutes: 53, serviceCode: '90837', modality: 'video', placeOfService: '10' })).json<{ id: string }>().id;
});
afterAll(async () => c.close());

interface Note { id: string; dateOfService: string; chart: Record<string, unknown> }

describe('chart header', () => {
  it('R03 R02 every note shows client label and number, session date and time, service code and duration, modality, clinician with credential', async () => {
    const made = await c.call(c.pr, 'POST', `/api/clients/${clientId}/notes`, { format: 'soap', sessionId });
    expect(made.statusCode).toBe(201);
    const want = {
      client: clientLabel,
      dateOfService: '2026-03-02',
      sessionStartsAt: '2026-03-02T15:00:00.000Z',
      serviceCode: '90837',
      durationMinutes: 53,
      modality: 'Video',
      placeOfService: '10',
      clinician: 'Test Clinician, LCSW',
    };
    expect(made.json<Note>().chart).toMatchObject(want);
    const read = (await c.call(c.pr, 'GET', `/api/notes/${made.json<Note>().id}`)).json<Note>();
    expect(read.chart).toMatchObject(want);
    expect(read.chart.serviceTitle).toMatch(/60 minutes/);
  });

  it('R03 a note without a session shows its date of service, and notes are listed by that date, not by when they were written', async () => {
    const own = await c.call(c.pr, 'POST', `/api/clients/${clientId}/notes`, { format: 'free', serviceDate: '2026-01-20' });
    expect(own.statusCode).toBe(201);
    expect(own.json<Note>().chart).toMatchObject({ dateOfService: '2026-01-20', sessionStartsAt: null, serviceCode: null, client: clientLabel });
    const later = await c.call(c.pr, 'POST', `/api/clients/${clientId}/notes`, { format: 'free', serviceDate: '2026-04-01' });
    const list = (await c.call(c.pr, 'GET', `/api/clients/${clientId}/notes`)).json<{ notes: Note[] }>().notes;
    expect(list.map((n) => n.dateOfService)).toEqual(['2026-04-01', '2026-03-02', '2026-01-20']);
    expect(list[0]?.id).toBe(later.json<Note>().id);
    const future = await c.call(c.pr, 'POST', `/api/clients/${clientId}/notes`, { format: 'free', serviceDate: '2999-01-01' });
    expect(future.statusCode).toBe(400);
    expect(future.json<{ error: { code: string } }>().error.code).toBe('date_in_future');
  });

  it('R03 R22 the named co-signer sees the chart header (label, number, session) of the note they co-sign, and still cannot open the chart', async () => {
    const n = (await c.call(c.pr, 'POST', `/api/clients/${clientId}/notes`, { format: 'soap', sessionId, cosignerId: c.otherId, sections: { subjective: 'Synthetic.', objective: 'Synthetic.', assessment: 'Synthetic.', plan: 'Synthetic.' } })).json<Note>();
    const signed = await c.call(c.pr, 'POST', `/api/notes/${n.id}/sign`);
    expect(signed.statusCode).toBe(200);
    const seen = (await c.call(c.other, 'GET', `/api/notes/${n.id}`)).json<Note>();
    expect(seen.chart).toMatchObject({ client: clientLabel, serviceCode: '90837', clinician: 'Test Clinician, LCSW' });
    const queue = (await c.call(c.other, 'GET', '/api/cosignatures')).json<{ notes: Array<{ id: string; clientLabel: string | null }> }>().notes;
    expect(queue.find((q) => q.id === n.id)?.clientLabel).toBe(clientLabel);
    expect((await c.call(c.other, 'GET', `/api/clients/${clientId}`)).statusCode).toBe(404);
    expect((await c.call(c.other, 'GET', `/api/clients/${clientId}/sessions`)).statusCode).toBe(404);
    expect((await c.call(c.other, 'GET', '/api/clients')).json<{ clients: unknown[] }>().clients).toEqual([]);
  });

  it('R03 the header is one plain function the export can reuse', () => {
    const h = chartHeader({
      client: { label: 'J.D.S.', number: 1042 },
      session: null,
      serviceDate: '2026-05-04',
      createdAt: new Date('2026-05-05T10:00:00Z'),
      clinician: { name: 'Test Person', credential: null },
    });
    expect(h).toEqual({ client: 'J.D.S. · 1042', clientNumber: 1042, dateOfService: '2026-05-04', sessionStartsAt: null, serviceCode: null, serviceTitle: null, durationMinutes: null, modality: null, placeOfService: null, clinician: 'Test Person' });
  });
});
