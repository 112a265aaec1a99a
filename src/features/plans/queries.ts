import crypto from 'node:crypto';
import type { Selectable } from 'kysely';
import type { PlanVersionsTable, TreatmentPlansTable } from '../../db/schema.ts';
import type { Tx } from '../../db/tenant.ts';
import { badRequest, notFound } from '../../http/errors.ts';
import type { ClinicalAccess } from '../clients/policy.ts';
import type { Sealer } from '../clients/seal.ts';
import { icd10 } from './icd10.ts';
import { canReadPlan, canRevisePlan } from './policy.ts';
import type { PlanBody, PlanSnapshot, PlanView } from './schema.ts';
import { isoDate } from '../../db/dates.ts';

export type PlanRow = Selectable<TreatmentPlansTable>;
export type PlanVersionRow = Selectable<PlanVersionsTable>;

export async function loadPlan(trx: Tx, access: ClinicalAccess, id: string, mode: 'read' | 'write'): Promise<PlanRow> {
  const row = await trx.selectFrom('treatment_plans').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined || !(mode === 'write' ? canRevisePlan(access, row) : canReadPlan(access, row))) throw notFound('treatment plan');
  return row;
}

export { isoDate };

/**
 * Validates a plan body and assigns ids. Ids sent must be ids of the previous version (so a goal
 * keeps its identity — and its progress history — across revisions); new items get new ids.
 */
export function buildSnapshot(body: PlanBody, previous: PlanSnapshot | undefined): PlanSnapshot {
  for (const [i, d] of body.diagnoses.entries()) {
    if (icd10(d.code) === undefined) throw badRequest(`body.diagnoses.${i}.code`, 'is not a supported ICD-10-CM code');
  }
  if (body.diagnoses.filter((d) => d.primary).length > 1) throw badRequest('body.diagnoses', 'may mark only one primary diagnosis');
  const codes = new Set(body.diagnoses.map((d) => d.code));
  if (codes.size !== body.diagnoses.length) throw badRequest('body.diagnoses', 'lists a code twice');
  const known = new Set<string>();
  if (previous !== undefined) {
    for (const p of previous.problems) {
      known.add(p.id);
      for (const g of p.goals) {
        known.add(g.id);
        for (const o of g.objectives) known.add(o.id);
      }
    }
  }
  const seen = new Set<string>();
  const idFor = (id: string | undefined, field: string): string => {
    if (id === undefined) return crypto.randomUUID();
    if (!known.has(id) || seen.has(id)) throw badRequest(field, 'is not an item of the previous version of this plan');
    seen.add(id);
    return id;
  };
  return {
    diagnoses: body.diagnoses.map((d) => ({ code: d.code, primary: d.primary })),
    problems: body.problems.map((p, pi) => {
      for (const [ci, c] of p.diagnosisCodes.entries()) {
        if (!codes.has(c)) throw badRequest(`body.problems.${pi}.diagnosisCodes.${ci}`, 'is not one of the plan’s diagnoses');
      }
      return {
        id: idFor(p.id, `body.problems.${pi}.id`),
        text: p.text,
        diagnosisCodes: p.diagnosisCodes,
        goals: p.goals.map((g, gi) => ({
          id: idFor(g.id, `body.problems.${pi}.goals.${gi}.id`),
          text: g.text,
          interventions: g.interventions,
          objectives: g.objectives.map((o, oi) => ({ id: idFor(o.id, `body.problems.${pi}.goals.${gi}.objectives.${oi}.id`), text: o.text, targetDate: o.targetDate })),
        })),
      };
    }),
  };
}

export function goalIds(s: PlanSnapshot): string[] {
  return s.problems.flatMap((p) => p.goals.map((g) => g.id));
}

export function openSnapshot(s: Sealer, v: Pick<PlanVersionRow, 'id' | 'body_sealed'>): PlanSnapshot {
  return s.openJson<PlanSnapshot>('plan_versions', 'body', v.id, v.body_sealed);
}

export async function insertVersion(trx: Tx, s: Sealer, plan: PlanRow, version: number, body: PlanBody, snapshot: PlanSnapshot): Promise<PlanVersionRow> {
  const id = crypto.randomUUID();
  return trx
    .insertInto('plan_versions')
    .values({
      id,
      practice_id: plan.practice_id,
      owner_id: plan.owner_id,
      plan_id: plan.id,
      version,
      status: body.status,
      diagnosis_codes: snapshot.diagnoses.map((d) => d.code),
      goal_ids: goalIds(snapshot),
      review_date: body.reviewDate,
      body_sealed: s.sealJson('plan_versions', 'body', id, snapshot),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function loadVersion(trx: Tx, planId: string, version: number): Promise<PlanVersionRow> {
  const v = await trx.selectFrom('plan_versions').selectAll().where('plan_id', '=', planId).where('version', '=', version).executeTakeFirst();
  if (v === undefined) throw notFound('treatment plan version');
  return v;
}

export function presentPlan(plan: PlanRow, v: PlanVersionRow, snap: PlanSnapshot): PlanView {
  return {
    id: plan.id,
    clientId: plan.client_id,
    version: v.version,
    currentVersion: plan.current_version,
    status: v.status,
    reviewDate: isoDate(v.review_date),
    createdAt: v.created_at.toISOString(),
    diagnoses: snap.diagnoses.map((d) => ({ code: d.code, primary: d.primary, description: icd10(d.code)?.description ?? '' })),
    problems: snap.problems,
  };
}
