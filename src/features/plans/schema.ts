import { z } from 'zod';
import { ICD10_FORMAT } from './icd10.ts';

export const planParams = z.object({ planId: z.uuid() });
export const planVersionParams = z.object({ planId: z.uuid(), version: z.coerce.number().int().min(1) });
export const clientParams = z.object({ clientId: z.uuid() });

export const INTERVENTIONS = [
  'cbt', 'dbt', 'emdr', 'act', 'mi', 'ipt', 'cpt_trauma', 'pe', 'erp', 'behavioral_activation', 'mbct',
  'psychodynamic', 'sfbt', 'family_systems', 'psychoeducation', 'supportive', 'exposure', 'other',
] as const;

const date = z.iso.date();
const diagnosisCode = z.string().regex(ICD10_FORMAT, 'is not a well-formed ICD-10-CM code');

const objective = z.strictObject({ id: z.uuid().optional(), text: z.string().trim().min(1).max(2000), targetDate: date });
const goal = z.strictObject({
  id: z.uuid().optional(),
  text: z.string().trim().min(1).max(2000),
  objectives: z.array(objective).min(1).max(20),
  interventions: z.array(z.enum(INTERVENTIONS)).min(1).max(20),
});
const problem = z.strictObject({
  id: z.uuid().optional(),
  text: z.string().trim().min(1).max(2000),
  diagnosisCodes: z.array(diagnosisCode).max(10).default([]),
  goals: z.array(goal).max(20),
});

export const planBody = z.strictObject({
  status: z.enum(['draft', 'active', 'completed', 'discontinued']).default('active'),
  reviewDate: date,
  diagnoses: z.array(z.strictObject({ code: diagnosisCode, primary: z.boolean().default(false) })).min(1).max(10),
  problems: z.array(problem).min(1).max(20),
});
export type PlanBody = z.output<typeof planBody>;

/** What is sealed in plan_versions.body_sealed: the full snapshot with every id assigned. */
export interface PlanSnapshot {
  diagnoses: Array<{ code: string; primary: boolean }>;
  problems: Array<{
    id: string;
    text: string;
    diagnosisCodes: string[];
    goals: Array<{ id: string; text: string; interventions: string[]; objectives: Array<{ id: string; text: string; targetDate: string }> }>;
  }>;
}

export const planView = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  version: z.number(),
  currentVersion: z.number(),
  status: z.enum(['draft', 'active', 'completed', 'discontinued']),
  reviewDate: z.string(),
  createdAt: z.string(),
  diagnoses: z.array(z.object({ code: z.string(), description: z.string(), primary: z.boolean() })),
  problems: z.array(
    z.object({
      id: z.uuid(),
      text: z.string(),
      diagnosisCodes: z.array(z.string()),
      goals: z.array(
        z.object({
          id: z.uuid(),
          text: z.string(),
          interventions: z.array(z.string()),
          objectives: z.array(z.object({ id: z.uuid(), text: z.string(), targetDate: z.string() })),
        }),
      ),
    }),
  ),
});
export type PlanView = z.infer<typeof planView>;
