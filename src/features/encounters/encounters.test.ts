import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows, countRows, openClinic, type Clinic } from '../clients/testkit.ts';

let c: Clinic;
let clientId: string;
beforeAll(async () => {
  c = await openClinic();
  clientId = (await c.call(c.pr, 'POST', '/api/clients', { name: 'Test Sessions' })).json<{ id: string }>().id;
});
afterAll(async () => c.close());

const ok = { startsAt: '2026-03-02T15:00:00Z', durationMinutes: 53, serviceCode: '90837', modality: 'video', placeOfService: '10' };

describe('therapy sessions', () => {
  it('R02 records date, duration, service code, modality, place of service and attendance', async () => {
    const res = await c.call(c.pr, 'POST', `/api/clients/${clientId}/sessions`, ok);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ ...ok, startsAt: '2026-03-02T15:00:00.000Z', attendance: 'attended', clientId });
    const id = res.json<{ id: string }>().id;
    const upd = await c.call(c.pr, 'PATCH', `/api/therapy-sessions/${id}`, { attendance: 'no_show' });
    expect(upd.json()).toMatchObject({ attendance: 'no_show' });
    const list = await c.call(c.pr, 'GET', `/api/clients/${clientId}/sessions`);
    expect(list.json<{ sessions: unknown[] }>().sessions).toHaveLength(1);
    expect((await auditRows(c, 'session.create')).some((r) => r.resource_id === id)).toBe(true);
    expect((await auditRows(c, 'session.list')).length).toBeGreaterThan(0);
  });

  it.each([
    [{ ...ok, serviceCode: '99213' }, 'serviceCode'],
    [{ ...ok, durationMinutes: 30 }, 'durationMinutes'],
    [{ ...ok, placeOfService: '11' }, 'placeOfService'],
    [{ ...ok, modality: 'in_person', placeOfService: '02' }, 'placeOfService'],
    [{ ...ok, modality: 'carrier_pigeon' }, 'modality'],
    [{ ...ok, startsAt: '2026-03-02' }, 'startsAt'],
    [{ ...ok, attendance: 'maybe' }, 'attendance'],
  ])('R02 refuses inconsistent or malformed coding %#, naming the field and writing nothing', async (payload, field) => {
    const before = await countRows(c, 'therapy_sessions');
    const res = await c.call(c.pr, 'POST', `/api/clients/${clientId}/sessions`, payload);
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { message: string } }>().error.message).toContain(field);
    expect(await countRows(c, 'therapy_sessions')).toBe(before);
  });

  it('R02 a no-show is not held to the time range of its code', async () => {
    const res = await c.call(c.pr, 'POST', `/api/clients/${clientId}/sessions`, { ...ok, durationMinutes: 5, attendance: 'no_show' });
    expect(res.statusCode).toBe(201);
  });

  it("R22 another practitioner cannot add to or read this client's sessions", async () => {
    expect((await c.call(c.other, 'POST', `/api/clients/${clientId}/sessions`, ok)).statusCode).toBe(404);
    expect((await c.call(c.other, 'GET', `/api/clients/${clientId}/sessions`)).statusCode).toBe(404);
    expect((await c.call(c.foreign, 'GET', `/api/clients/${clientId}/sessions`)).statusCode).toBe(404);
  });
});
