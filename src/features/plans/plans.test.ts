import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows, countRows, openClinic, type Clinic } from '../clients/testkit.ts';
import { ICD10_CODES, ICD10_FORMAT, searchIcd10 } from './icd10.ts';

let c: Clinic;
let clientId: string;

interface Plan {
  id: string;
  version: number;
  currentVersion: number;
  reviewDate: string;
  diagnoses: Array<{ code: string; description: string; primary: boolean }>;
  problems: Array<{ id: string; text: string; goals: Array<{ id: string; text: string; objectives: Array<{ id: string; text: string; targetDate: string }> }> }>;
}

export const samplePlan = {
  reviewDate: '2026-06-01',
  diagnoses: [{ code: 'F32.1', primary: true }, { code: 'F41.1' }],
  problems: [
    {
      text: 'Low mood interfering with synthetic work tasks',
      diagnosisCodes: ['F32.1'],
      goals: [
        {
          text: 'Reduce depressive symptoms',
          interventions: ['cbt', 'behavioral_activation'],
          objectives: [{ text: 'PHQ-9 below 10 on two consecutive administrations', targetDate: '2026-05-01' }],
        },
      ],
    },
    {
      text: 'Persistent worry',
      diagnosisCodes: ['F41.1'],
      goals: [{ text: 'Use worry-postponement daily', interventions: ['cbt', 'act'], objectives: [{ text: 'Practice 5 of 7 days', targetDate: '2026-04-15' }] }],
    },
  ],
};

beforeAll(async () => {
  c = await openClinic();
  clientId = (await c.call(c.pr, 'POST', '/api/clients', { name: 'Test Plans' })).json<{ id: string }>().id;
});
afterAll(async () => c.close());

describe('ICD-10-CM list', () => {
  it('R04 ships F and common Z codes as data, every one well-formed and unique', () => {
    expect(ICD10_CODES.length).toBeGreaterThan(150);
    for (const x of ICD10_CODES) {
      expect(x.code).toMatch(ICD10_FORMAT);
      expect(x.code[0]).toMatch(/[FZ]/);
      expect(x.description.length).toBeGreaterThan(3);
    }
    expect(new Set(ICD10_CODES.map((x) => x.code)).size).toBe(ICD10_CODES.length);
  });

  it('R04 searches by code prefix and by words', async () => {
    expect(searchIcd10('F43.1').map((x) => x.code)).toEqual(['F43.10', 'F43.11', 'F43.12']);
    expect(searchIcd10('generalized anxiety').map((x) => x.code)).toContain('F41.1');
    const res = await c.call(c.pr, 'GET', '/api/icd10?q=post-traumatic');
    expect(res.json<{ codes: Array<{ code: string }> }>().codes.map((x) => x.code)).toContain('F43.10');
  });
});

describe('treatment plans', () => {
  it('R04 creates a plan with diagnoses, problems, goals, measurable objectives, interventions and review date; text sealed', async () => {
    const res = await c.call(c.pr, 'POST', `/api/clients/${clientId}/plans`, samplePlan);
    expect(res.statusCode).toBe(201);
    const plan = res.json<Plan>();
    expect(plan.version).toBe(1);
    expect(plan.reviewDate).toBe('2026-06-01');
    expect(plan.diagnoses[0]).toEqual({ code: 'F32.1', description: 'Major depressive disorder, single episode, moderate', primary: true });
    expect(plan.problems[0]?.goals[0]?.objectives[0]?.targetDate).toBe('2026-05-01');
    const raw = await c.rt.testDb.asAdmin(async (db) => JSON.stringify(await db.selectFrom('plan_versions').selectAll().where('plan_id', '=', plan.id).execute()));
    expect(raw).not.toContain('synthetic work');
    expect(raw).toContain('F32.1');
  });

  it('R04 R24 revisions keep history and goal identity; reading the history is audited', async () => {
    const v1 = (await c.call(c.pr, 'POST', `/api/clients/${clientId}/plans`, samplePlan)).json<Plan>();
    const p0 = v1.problems[0];
    const g0 = p0?.goals[0];
    const revised = {
      ...samplePlan,
      reviewDate: '2026-09-01',
      problems: [{ ...samplePlan.problems[0], id: p0?.id, goals: [{ ...samplePlan.problems[0]?.goals[0], id: g0?.id, text: 'Reduce depressive symptoms to minimal' }] }],
    };
    const res = await c.call(c.pr, 'PUT', `/api/plans/${v1.id}`, revised);
    expect(res.statusCode).toBe(200);
    const v2 = res.json<Plan>();
    expect(v2.version).toBe(2);
    expect(v2.problems[0]?.goals[0]?.id).toBe(g0?.id);
    const old = (await c.call(c.pr, 'GET', `/api/plans/${v1.id}/versions/1`)).json<Plan>();
    expect(old.problems[0]?.goals[0]?.text).toBe('Reduce depressive symptoms');
    expect(old.reviewDate).toBe('2026-06-01');
    const versions = (await c.call(c.pr, 'GET', `/api/plans/${v1.id}/versions`)).json<{ versions: Array<{ version: number }> }>().versions;
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect((await auditRows(c, 'plan.revise')).some((a) => a.resource_id === v1.id)).toBe(true);
    // R24 reading the history is audited too: the list and each earlier version read.
    expect((await auditRows(c, 'plan.versions')).some((a) => a.resource_id === v1.id)).toBe(true);
    expect((await auditRows(c, 'plan.read')).some((a) => a.resource_id === v1.id && (a.metadata as { version?: number } | null)?.version === 1)).toBe(true);
    // An id that was never part of this plan is refused.
    const forged = await c.call(c.pr, 'PUT', `/api/plans/${v1.id}`, { ...samplePlan, problems: [{ ...samplePlan.problems[0], id: crypto.randomUUID() }] });
    expect(forged.statusCode).toBe(400);
  });

  it.each([
    [{ ...samplePlan, diagnoses: [{ code: 'F32' + '.1.1' }] }, 'diagnoses.0.code'],
    [{ ...samplePlan, diagnoses: [{ code: 'f32.1' }] }, 'diagnoses.0.code'],
    [{ ...samplePlan, diagnoses: [{ code: 'F32.7' }] }, 'diagnoses.0.code'],
    [{ ...samplePlan, diagnoses: [{ code: 'F41.1' }] }, 'problems.0.diagnosisCodes.0'],
    [{ ...samplePlan, reviewDate: '2026-13-01' }, 'reviewDate'],
    [{ ...samplePlan, problems: [{ ...samplePlan.problems[0], goals: [{ ...samplePlan.problems[0]?.goals[0], interventions: ['astrology'] }] }] }, 'interventions'],
    [{ ...samplePlan, problems: [{ ...samplePlan.problems[0], goals: [{ ...samplePlan.problems[0]?.goals[0], objectives: [{ text: 'No date' }] }] }] }, 'targetDate'],
  ])('R04 refuses a malformed or unknown ICD code and other bad input %#, naming the field, writing nothing', async (payload, field) => {
    const before = await countRows(c, 'treatment_plans');
    const res = await c.call(c.pr, 'POST', `/api/clients/${clientId}/plans`, payload);
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { message: string } }>().error.message).toContain(field);
    expect(await countRows(c, 'treatment_plans')).toBe(before);
  });

  it('R04 R25 revisions sent at the same moment: each answers 200 or 409, never 500, and versions stay consecutive', async () => {
    const v1 = (await c.call(c.pr, 'POST', `/api/clients/${clientId}/plans`, samplePlan)).json<Plan>();
    const p0 = v1.problems[0];
    const revised = (i: number) => ({ ...samplePlan, reviewDate: `2026-10-${String(10 + i).padStart(2, '0')}`, problems: [{ ...samplePlan.problems[0], id: p0?.id }] });
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => c.call(c.pr, 'PUT', `/api/plans/${v1.id}`, revised(i))));
    const codes = results.map((r) => r.statusCode);
    expect(codes.every((s) => s === 200 || s === 409)).toBe(true);
    expect(codes).toContain(200);
    for (const r of results.filter((x) => x.statusCode === 409)) expect(r.json()).toMatchObject({ error: { code: 'conflict' } });
    // Every 200 made exactly one new version, numbered without gaps.
    const versions = (await c.call(c.pr, 'GET', `/api/plans/${v1.id}/versions`)).json<{ versions: Array<{ version: number }> }>().versions.map((v) => v.version);
    expect(versions).toEqual(Array.from({ length: 1 + codes.filter((s) => s === 200).length }, (_, i) => i + 1));
  });

  it('R04 R22 only the owner revises; others get 404', async () => {
    const v1 = (await c.call(c.pr, 'POST', `/api/clients/${clientId}/plans`, samplePlan)).json<Plan>();
    expect((await c.call(c.other, 'GET', `/api/plans/${v1.id}`)).statusCode).toBe(404);
    expect((await c.call(c.other, 'PUT', `/api/plans/${v1.id}`, samplePlan)).statusCode).toBe(404);
    expect((await c.call(c.foreign, 'GET', `/api/plans/${v1.id}`)).statusCode).toBe(404);
    expect((await c.call(c.pr, 'GET', `/api/plans/${v1.id}`)).statusCode).toBe(200);
    expect((await auditRows(c, 'plan.read')).some((a) => a.resource_id === v1.id)).toBe(true);
  });

  it('R04 a note records the plan goals it addressed and the progress on each; unknown goals are refused', async () => {
    const plan = (await c.call(c.pr, 'POST', `/api/clients/${clientId}/plans`, samplePlan)).json<Plan>();
    const goalId = plan.problems[0]?.goals[0]?.id ?? '';
    const res = await c.call(c.pr, 'POST', `/api/clients/${clientId}/notes`, {
      format: 'dap',
      sections: { data: 'Synthetic data.', assessment: 'Synthetic.', plan: 'Continue.' },
      goals: [{ goalId, progress: 'some_progress', comment: 'Completed two activity logs (synthetic).' }],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json<{ goals: unknown[] }>().goals).toEqual([{ goalId, planId: plan.id, progress: 'some_progress', comment: 'Completed two activity logs (synthetic).' }]);
    const before = await countRows(c, 'notes');
    const bad = await c.call(c.pr, 'POST', `/api/clients/${clientId}/notes`, { format: 'dap', goals: [{ goalId: crypto.randomUUID(), progress: 'achieved' }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { message: string } }>().error.message).toContain('goals.0.goalId');
    expect(await countRows(c, 'notes')).toBe(before);
  });
});
