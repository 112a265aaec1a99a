import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows, openClinic, type Clinic } from '../clients/testkit.ts';
import { activePlanAt, findGaps, planState } from './gaps.ts';

let c: Clinic;
let clientId: string;
let planId: string;
let goalA: string;
let goalB: string;
const noteIds: string[] = [];

interface Timeline {
  events: Array<{ type: string; at: string; noteId?: string; goals?: unknown[] }>;
  gaps: Array<{ kind: string; noteId?: string; goalId?: string; code?: string; planId?: string }>;
  diagnoses: Array<{ code: string }>;
  goals: Array<{ goalId: string; text: string }>;
  patterns: { trends: Array<{ instrument: string; change: number | null }>; goalProgress: Array<{ goalId: string; entries: number; latest: string | null }>; attendance: { attended: number; noShow: number; attendanceRate: number | null } };
}

const dap = { data: 'Synthetic data.', assessment: 'Synthetic assessment.', plan: 'Continue.' };

beforeAll(async () => {
  c = await openClinic();
  clientId = (await c.call(c.pr, 'POST', '/api/clients', { name: 'Test Thread' })).json<{ id: string }>().id;
  const plan = (
    await c.call(c.pr, 'POST', `/api/clients/${clientId}/plans`, {
      reviewDate: '2025-01-01',
      diagnoses: [{ code: 'F32.1', primary: true }, { code: 'F41.1' }, { code: 'F43.10' }],
      problems: [
        {
          text: 'Low mood',
          diagnosisCodes: ['F32.1'],
          goals: [
            { text: 'Goal A: fewer low days', interventions: ['cbt'], objectives: [{ text: 'Mood log 5/7 days', targetDate: '2026-04-01' }] },
            { text: 'Goal B: return to exercise', interventions: ['behavioral_activation'], objectives: [{ text: 'Walk 3x weekly', targetDate: '2026-04-01' }] },
          ],
        },
        { text: 'Worry', diagnosisCodes: ['F41.1'], goals: [{ text: 'Goal C: worry time', interventions: ['cbt'], objectives: [{ text: 'Daily', targetDate: '2026-04-01' }] }] },
      ],
    })
  ).json<{ id: string; problems: Array<{ goals: Array<{ id: string }> }> }>();
  planId = plan.id;
  // The plan was written before the sessions below (plan revisions carry the database's time;
  // gaps are judged against the plan in force at each session's date, issue 16).
  await c.rt.testDb.asAdmin((db) => sql`UPDATE plan_versions SET created_at = '2026-01-01T00:00:00Z' WHERE plan_id = ${planId}`.execute(db));
  goalA = plan.problems[0]?.goals[0]?.id ?? '';
  goalB = plan.problems[0]?.goals[1]?.id ?? '';
  const goalC = plan.problems[1]?.goals[0]?.id ?? '';
  const days = ['2026-02-02', '2026-02-09', '2026-02-16', '2026-02-23'];
  for (const [i, d] of days.entries()) {
    const s = (await c.call(c.pr, 'POST', `/api/clients/${clientId}/sessions`, { startsAt: `${d}T15:00:00Z`, durationMinutes: 45, serviceCode: '90834', modality: 'video', placeOfService: '10' })).json<{ id: string }>().id;
    const goals = i === 1 ? [] : [{ goalId: goalA, progress: 'some_progress' }, { goalId: goalC, progress: 'no_change' }];
    const n = (await c.call(c.pr, 'POST', `/api/clients/${clientId}/notes`, { format: 'dap', sessionId: s, sections: dap, goals })).json<{ id: string }>().id;
    expect((await c.call(c.pr, 'POST', `/api/notes/${n}/sign`)).statusCode).toBe(200);
    noteIds.push(n);
  }
  await c.call(c.pr, 'POST', `/api/clients/${clientId}/sessions`, { startsAt: '2026-03-02T15:00:00Z', durationMinutes: 45, serviceCode: '90834', modality: 'video', placeOfService: '10', attendance: 'no_show' });
  await c.call(c.pr, 'POST', `/api/clients/${clientId}/assessments`, { instrument: 'phq9', items: [2, 2, 2, 2, 2, 1, 1, 1, 0], administeredAt: '2026-02-02T14:50:00Z' });
  await c.call(c.pr, 'POST', `/api/clients/${clientId}/assessments`, { instrument: 'phq9', items: [1, 1, 1, 1, 1, 0, 0, 0, 0], administeredAt: '2026-02-23T14:50:00Z' });
  await c.call(c.pr, 'POST', `/api/clients/${clientId}/notes`, { kind: 'process', format: 'free', sections: { body: 'Synthetic process note.' } });
});
afterAll(async () => c.close());

describe('golden thread timeline', () => {
  it('R04 R05 shows diagnoses, plan versions, sessions, notes with goal progress and assessments in one chronological view', async () => {
    const res = await c.call(c.pr, 'GET', `/api/clients/${clientId}/timeline`);
    expect(res.statusCode).toBe(200);
    const t = res.json<Timeline>();
    expect(t.diagnoses.map((d) => d.code)).toEqual(['F32.1', 'F41.1', 'F43.10']);
    expect(t.goals.map((g) => g.text)).toContain('Goal A: fewer low days');
    const types = new Set(t.events.map((e) => e.type));
    expect(types).toEqual(new Set(['plan_version', 'session', 'note', 'assessment']));
    // Issue 21: newest first (pages go back in time).
    const ats = t.events.map((e) => e.at);
    expect([...ats].sort().reverse()).toEqual(ats);
    const first = t.events.find((e) => e.noteId === noteIds[0]);
    expect(first?.goals).toEqual(expect.arrayContaining([{ goalId: goalA, progress: 'some_progress' }]));
    expect((await auditRows(c, 'timeline.read')).some((a) => a.resource_id === clientId)).toBe(true);
  });

  it('R04 flags a signed note with no goal, a goal without recent progress, a plan past review and a diagnosis with no goal', async () => {
    const t = (await c.call(c.pr, 'GET', `/api/clients/${clientId}/timeline?goalWindow=3`)).json<Timeline>();
    expect(t.gaps).toEqual(
      expect.arrayContaining([
        { kind: 'note_without_goal', noteId: noteIds[1] },
        { kind: 'goal_without_recent_progress', planId, goalId: goalB, sessions: 3 },
        { kind: 'plan_past_review', planId, reviewDate: '2025-01-01' },
        { kind: 'diagnosis_without_goal', planId, code: 'F43.10' },
      ]),
    );
    expect(t.gaps.some((g) => g.kind === 'goal_without_recent_progress' && g.goalId === goalA)).toBe(false);
    expect(t.gaps.some((g) => g.kind === 'diagnosis_without_goal' && g.code === 'F32.1')).toBe(false);
  });

  it('R05 reports treatment patterns: score trends, goal progress and attendance', async () => {
    const t = (await c.call(c.pr, 'GET', `/api/clients/${clientId}/timeline`)).json<Timeline>();
    expect(t.patterns.trends.find((x) => x.instrument === 'phq9')?.change).toBe(-8);
    expect(t.patterns.goalProgress.find((g) => g.goalId === goalA)).toMatchObject({ entries: 3, latest: 'some_progress' });
    expect(t.patterns.attendance).toEqual({ attended: 4, lateCancel: 0, noShow: 1, attendanceRate: 0.8 });
  });

  it('R04 R24 the timeline comes in pages: keyset pages join up to the whole thread, newest first, with the same summary on every page, each audited', async () => {
    const whole = (await c.call(c.pr, 'GET', `/api/clients/${clientId}/timeline?limit=200`)).json<Timeline & { nextCursor: string | null }>();
    expect(whole.nextCursor).toBeNull();
    expect(whole.events.length).toBeGreaterThan(10);
    const before = (await auditRows(c, 'timeline.read')).length;
    const seen: Timeline['events'] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await c.call(c.pr, 'GET', `/api/clients/${clientId}/timeline?limit=3${cursor === null ? '' : `&cursor=${cursor}`}`);
      expect(res.statusCode).toBe(200);
      const t = res.json<Timeline & { nextCursor: string | null }>();
      expect(t.events.length).toBe(t.nextCursor === null ? whole.events.length % 3 || 3 : 3);
      expect({ gaps: t.gaps, patterns: t.patterns, diagnoses: t.diagnoses, goals: t.goals }).toEqual({ gaps: whole.gaps, patterns: whole.patterns, diagnoses: whole.diagnoses, goals: whole.goals });
      seen.push(...t.events);
      cursor = t.nextCursor;
      pages++;
    } while (cursor !== null && pages < 20);
    expect(seen).toEqual(whole.events);
    expect((await auditRows(c, 'timeline.read')).length - before).toBe(pages);
    const bad = await c.call(c.pr, 'GET', `/api/clients/${clientId}/timeline?cursor=${Buffer.from('["2026-01-01"]').toString('base64url')}`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { message: string } }>().error.message).toMatch(/^query\.cursor: /);
  });

  it('R22 process notes appear only in their author’s timeline; others get 404', async () => {
    const own = (await c.call(c.pr, 'GET', `/api/clients/${clientId}/timeline`)).json<Timeline>();
    expect(own.events.some((e) => e.type === 'note' && (e as { kind?: string }).kind === 'process')).toBe(true);
    expect((await c.call(c.other, 'GET', `/api/clients/${clientId}/timeline`)).statusCode).toBe(404);
    expect((await c.call(c.supervisor, 'GET', `/api/clients/${clientId}/timeline`)).statusCode).toBe(403);
  });

  it('R04 gap rules: no judgement on stale goals before enough sessions; a plan that is not active is itself a gap; no plan yet is its own state', () => {
    const sessions = [{ at: new Date('2026-01-01'), attendance: 'attended' as const }];
    expect(findGaps({ plans: [], versions: [], notes: [], sessions, today: '2026-01-02', goalWindow: 3 })).toEqual([]);
    expect(planState([])).toBe('none');
    const plan = { planId: crypto.randomUUID(), status: 'active', reviewDate: '2030-01-01', snapshot: { diagnoses: [{ code: 'F41.1', primary: true }], problems: [{ id: crypto.randomUUID(), text: 'x', diagnosisCodes: ['F41.1'], goals: [{ id: crypto.randomUUID(), text: 'g', interventions: [], objectives: [] }] }] } };
    expect(findGaps({ plans: [plan], versions: [], notes: [], sessions, today: '2026-01-02', goalWindow: 3 })).toEqual([]);
    expect(findGaps({ plans: [{ ...plan, status: 'draft' }], versions: [], notes: [], sessions, today: '2026-01-02', goalWindow: 3 })).toEqual([{ kind: 'no_active_plan' }]);
    expect(planState([{ ...plan, status: 'draft' }])).toBe('inactive');
  });

  it('R04 a note is judged against the plan in force at its date: no gap before the plan existed, a gap after', () => {
    const planId = crypto.randomUUID();
    const plan = { planId, status: 'active', reviewDate: '2030-01-01', snapshot: { diagnoses: [], problems: [] } };
    const versions = [{ planId, version: 1, status: 'active', createdAt: new Date('2026-02-01T00:00:00Z') }];
    const note = (id: string, at: string) => ({ id, kind: 'progress' as const, status: 'signed' as const, at: new Date(at), goalIds: [] });
    const gaps = findGaps({ plans: [plan], versions, notes: [note('00000000-0000-4000-8000-000000000001', '2026-01-15T10:00:00Z'), note('00000000-0000-4000-8000-000000000002', '2026-02-15T10:00:00Z')], sessions: [], today: '2026-03-01', goalWindow: 3 });
    expect(gaps).toEqual([{ kind: 'note_without_goal', noteId: '00000000-0000-4000-8000-000000000002' }]);
    // A draft revision in force at the date is not an active plan either.
    const draftFirst = [{ planId, version: 1, status: 'draft', createdAt: new Date('2026-01-01T00:00:00Z') }, ...versions.map((v) => ({ ...v, version: 2 }))];
    expect(activePlanAt(draftFirst, new Date('2026-01-15T10:00:00Z'))).toBe(false);
    expect(activePlanAt(draftFirst, new Date('2026-02-15T10:00:00Z'))).toBe(true);
  });
});
