import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows, countRows, openClinic, type Clinic } from '../clients/testkit.ts';

let c: Clinic;
let clientId: string;
beforeAll(async () => {
  c = await openClinic();
  clientId = (await c.call(c.pr, 'POST', '/api/clients', { name: 'Test Measures' })).json<{ id: string }>().id;
});
afterAll(async () => c.close());

describe('assessments API', () => {
  it('R05 scores a PHQ-9 and a GAD-7, and reports trends with reliable and clinically significant change', async () => {
    const r1 = await c.call(c.pr, 'POST', `/api/clients/${clientId}/assessments`, { instrument: 'phq9', items: [2, 2, 2, 2, 2, 2, 2, 2, 0], administeredAt: '2026-01-05T10:00:00Z' });
    expect(r1.statusCode).toBe(201);
    expect(r1.json()).toMatchObject({ total: 16, severity: 'moderately_severe', safetyFlag: false });
    await c.call(c.pr, 'POST', `/api/clients/${clientId}/assessments`, { instrument: 'phq9', items: [1, 1, 1, 1, 1, 1, 1, 0, 0], administeredAt: '2026-02-05T10:00:00Z' });
    await c.call(c.pr, 'POST', `/api/clients/${clientId}/assessments`, { instrument: 'gad7', items: [2, 2, 2, 2, 1, 1, 1], administeredAt: '2026-01-05T10:00:00Z' });
    const res = await c.call(c.pr, 'GET', `/api/clients/${clientId}/assessments`);
    const body = res.json<{ assessments: unknown[]; trends: Array<{ instrument: string }> }>();
    expect(body.assessments).toHaveLength(3);
    expect(body.trends.find((t) => t.instrument === 'phq9')).toMatchObject({ baseline: 16, latest: 7, change: -9, reliableChange: true, clinicallySignificant: true, category: 'recovered' });
    expect(body.trends.find((t) => t.instrument === 'gad7')).toMatchObject({ baseline: 11, count: 1 });
    expect((await auditRows(c, 'assessment.list')).length).toBeGreaterThan(0);
    expect((await auditRows(c, 'assessment.create')).length).toBe(3);
  });

  it('R05 PHQ-9 item 9 above 0 raises a safety flag on the client, audited; the practitioner clears it', async () => {
    const id = (await c.call(c.pr, 'POST', '/api/clients', { name: 'Test Safety' })).json<{ id: string }>().id;
    const res = await c.call(c.pr, 'POST', `/api/clients/${id}/assessments`, { instrument: 'phq9', items: [0, 0, 0, 0, 0, 0, 0, 0, 1], administeredAt: '2026-01-05T10:00:00Z' });
    expect(res.json()).toMatchObject({ total: 1, severity: 'minimal', safetyFlag: true });
    const client = await c.call(c.pr, 'GET', `/api/clients/${id}`);
    expect(client.json<{ safetyFlag: boolean; safetyFlagAt: string | null }>().safetyFlag).toBe(true);
    expect((await auditRows(c, 'client.safety_flag')).some((a) => a.resource_id === id)).toBe(true);
    const cleared = await c.call(c.pr, 'PATCH', `/api/clients/${id}`, { safetyFlag: false });
    expect(cleared.json()).toMatchObject({ safetyFlag: false, safetyFlagAt: null });
  });

  it.each([
    [{ instrument: 'phq9', items: [0, 0, 0, 0, 0, 0, 0, 0, 4] }, 'items.8'],
    [{ instrument: 'phq9', items: [0, 0, 0] }, 'items'],
    [{ instrument: 'gad7', items: [0, 0, 0, 0, 0, 0, -1] }, 'items.6'],
    [{ instrument: 'gad7', items: [0, 0, 0, 0, 0, 0, 1.5] }, 'items.6'],
    [{ instrument: 'beck', items: [0] }, 'instrument'],
  ])('R05 refuses out-of-range or malformed responses %#, naming the item and writing nothing', async (payload, field) => {
    const before = await countRows(c, 'assessments');
    const res = await c.call(c.pr, 'POST', `/api/clients/${clientId}/assessments`, { ...payload, administeredAt: '2026-01-05T10:00:00Z' });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { message: string } }>().error.message).toContain(field);
    expect(await countRows(c, 'assessments')).toBe(before);
  });

  it('R22 another practitioner can neither record nor read measures of this client', async () => {
    expect((await c.call(c.other, 'POST', `/api/clients/${clientId}/assessments`, { instrument: 'gad7', items: [0, 0, 0, 0, 0, 0, 0], administeredAt: '2026-01-05T10:00:00Z' })).statusCode).toBe(404);
    expect((await c.call(c.other, 'GET', `/api/clients/${clientId}/assessments`)).statusCode).toBe(404);
  });
});
