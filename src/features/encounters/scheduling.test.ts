// Issue 16: scheduling and attendance that make sense, measures by their date, and the week view.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows, countRows, openClinic, type Clinic } from '../clients/testkit.ts';

let c: Clinic;
let clientId: string;
beforeAll(async () => {
  c = await openClinic();
  clientId = (await c.call(c.pr, 'POST', '/api/clients', { name: 'Test Schedule' })).json<{ id: string }>().id;
});
afterAll(async () => c.close());

const DAY = 86_400_000;
const at = (offsetMs: number) => new Date(Math.floor((Date.now() + offsetMs) / 60_000) * 60_000).toISOString();
const coding = { durationMinutes: 53, serviceCode: '90837', modality: 'video', placeOfService: '10' };
interface Err { error: { code: string; message: string } }

describe('scheduled sessions and attendance', () => {
  it('R02 a session a week ahead is scheduled; it cannot be recorded as attended, late-cancelled or no-show before its time', async () => {
    const future = at(7 * DAY);
    const made = await c.call(c.pr, 'POST', `/api/clients/${clientId}/sessions`, { ...coding, startsAt: future });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ attendance: 'scheduled' });
    const before = await countRows(c, 'therapy_sessions');
    for (const attendance of ['attended', 'late_cancel', 'no_show']) {
      const res = await c.call(c.pr, 'POST', `/api/clients/${clientId}/sessions`, { ...coding, startsAt: future, attendance });
      expect(res.statusCode).toBe(400);
      expect(res.json<Err>().error).toMatchObject({ code: 'session_in_future' });
      expect(res.json<Err>().error.message).toContain('attendance');
    }
    expect(await countRows(c, 'therapy_sessions')).toBe(before);
    const id = made.json<{ id: string }>().id;
    const early = await c.call(c.pr, 'PATCH', `/api/therapy-sessions/${id}`, { attendance: 'attended' });
    expect(early.statusCode).toBe(400);
    expect(early.json<Err>().error.code).toBe('session_in_future');
  });

  it('R02 R24 a session whose time has come is marked attended by a correction, which is audited', async () => {
    const made = (await c.call(c.pr, 'POST', `/api/clients/${clientId}/sessions`, { ...coding, startsAt: at(7 * DAY) })).json<{ id: string }>();
    // The session is moved to this morning (a correction), then its outcome recorded.
    const moved = await c.call(c.pr, 'PATCH', `/api/therapy-sessions/${made.id}`, { startsAt: at(-2 * 3_600_000) });
    expect(moved.json()).toMatchObject({ attendance: 'scheduled' });
    const done = await c.call(c.pr, 'PATCH', `/api/therapy-sessions/${made.id}`, { attendance: 'attended' });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ attendance: 'attended' });
    // Moving an attended session into the future is refused as well.
    const back = await c.call(c.pr, 'PATCH', `/api/therapy-sessions/${made.id}`, { startsAt: at(2 * DAY) });
    expect(back.json<Err>().error.code).toBe('session_in_future');
    expect((await auditRows(c, 'session.update')).filter((r) => r.resource_id === made.id)).toHaveLength(2);
  });

  it('R02 a past session without an attendance is recorded as attended', async () => {
    const res = await c.call(c.pr, 'POST', `/api/clients/${clientId}/sessions`, { ...coding, startsAt: at(-DAY) });
    expect(res.json()).toMatchObject({ attendance: 'attended' });
  });

  it('R02 R22 the week view lists my own upcoming sessions with the client label and number, never a colleague’s', async () => {
    await c.call(c.pr, 'POST', `/api/clients/${clientId}/sessions`, { ...coding, startsAt: at(2 * DAY) });
    const res = await c.call(c.pr, 'GET', '/api/sessions/upcoming');
    expect(res.statusCode).toBe(200);
    const body = res.json<{ sessions: Array<{ clientId: string; clientLabel: string; attendance: string; startsAt: string }> }>();
    expect(body.sessions.length).toBeGreaterThan(0);
    expect(body.sessions.every((s) => /^[A-Z.]+ · \d{4,}$/.test(s.clientLabel))).toBe(true);
    expect(body.sessions.some((s) => s.clientId === clientId && s.clientLabel.startsWith('T.S. · '))).toBe(true);
    expect(body.sessions.some((s) => s.attendance === 'scheduled')).toBe(true);
    const theirs = await c.call(c.other, 'GET', '/api/sessions/upcoming');
    expect(theirs.json<{ sessions: unknown[] }>().sessions).toEqual([]);
    expect((await c.call(c.owner, 'GET', '/api/sessions/upcoming')).statusCode).toBe(403);
    expect((await auditRows(c, 'session.upcoming')).length).toBeGreaterThan(0);
  });
});

describe('measures by their date', () => {
  it('R05 a measure is entered for an earlier date and trends by that date, not by when it was typed', async () => {
    const post = (administeredAt: string | undefined, items: number[], sessionId?: string) =>
      c.call(c.pr, 'POST', `/api/clients/${clientId}/assessments`, { instrument: 'gad7', items, ...(administeredAt === undefined ? {} : { administeredAt }), ...(sessionId === undefined ? {} : { sessionId }) });
    expect((await post(at(-10 * DAY), [1, 1, 1, 1, 1, 1, 1])).statusCode).toBe(201);
    // Typed later, but given earlier: it comes first in the trend.
    expect((await post(at(-40 * DAY), [3, 3, 3, 3, 3, 3, 3])).statusCode).toBe(201);
    const trend = (await c.call(c.pr, 'GET', `/api/clients/${clientId}/assessments`)).json<{ trends: Array<{ instrument: string; baseline: number; latest: number; points: Array<{ at: string }> }> }>().trends.find((t) => t.instrument === 'gad7');
    expect(trend).toMatchObject({ baseline: 21, latest: 7 });
    const ats = trend?.points.map((p) => p.at) ?? [];
    expect([...ats].sort()).toEqual(ats);
  });

  it('R05 a measure given at a session takes the session’s date; a future date or session is refused', async () => {
    const past = at(-3 * DAY);
    const sess = (await c.call(c.pr, 'POST', `/api/clients/${clientId}/sessions`, { ...coding, startsAt: past })).json<{ id: string }>().id;
    const res = await c.call(c.pr, 'POST', `/api/clients/${clientId}/assessments`, { instrument: 'phq9', items: [0, 0, 0, 0, 0, 0, 0, 0, 0], sessionId: sess });
    expect(res.statusCode).toBe(201);
    expect(res.json<{ administeredAt: string }>().administeredAt).toBe(new Date(past).toISOString());
    const future = await c.call(c.pr, 'POST', `/api/clients/${clientId}/assessments`, { instrument: 'phq9', items: [0, 0, 0, 0, 0, 0, 0, 0, 0], administeredAt: at(3 * DAY) });
    expect(future.statusCode).toBe(400);
    expect(future.json<Err>().error).toMatchObject({ code: 'date_in_future' });
    const ahead = (await c.call(c.pr, 'POST', `/api/clients/${clientId}/sessions`, { ...coding, startsAt: at(3 * DAY) })).json<{ id: string }>().id;
    const atAhead = await c.call(c.pr, 'POST', `/api/clients/${clientId}/assessments`, { instrument: 'phq9', items: [0, 0, 0, 0, 0, 0, 0, 0, 0], sessionId: ahead });
    expect(atAhead.json<Err>().error).toMatchObject({ code: 'session_in_future' });
  });
});
