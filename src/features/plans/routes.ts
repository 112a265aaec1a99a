// Treatment plans (R04): diagnoses (ICD-10-CM), problems, goals, measurable objectives with
// target dates, interventions, review date and status. Each revision is a new immutable version,
// so the plan's history is kept; problem, goal and objective text is sealed (R13).
import crypto from 'node:crypto';
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../platform/runtime.ts';
import { defineRoute } from '../../http/pipeline.ts';
import { HttpError } from '../../http/errors.ts';
import { audit, auditRead } from '../../audit/audit.ts';
import { clinicalAccess } from '../clients/policy.ts';
import { loadClient } from '../clients/queries.ts';
import { clientSealer } from '../clients/seal.ts';
import { searchIcd10 } from './icd10.ts';
import { buildSnapshot, insertVersion, isoDate, loadPlan, loadVersion, openSnapshot, presentPlan } from './queries.ts';
import { clientParams, planBody, planParams, planVersionParams, planView } from './schema.ts';

const TAGS = ['treatment plans'];

export function planRoutes(app: FastifyInstance, runtime: Runtime): void {
  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/icd10',
    summary: 'Search the shipped ICD-10-CM codes (chapter F and common Z codes) by code prefix or words',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner', 'owner'],
    schema: {
      querystring: z.strictObject({ q: z.string().max(100).default(''), limit: z.coerce.number().int().min(1).max(200).default(25) }),
      response: { 200: z.object({ codes: z.array(z.object({ code: z.string(), description: z.string() })) }) },
    },
    handler: async ({ query }) => ({ codes: searchIcd10(query.q, query.limit) }),
  });

  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/clients/:clientId/plans',
    summary: 'Create a treatment plan (version 1)',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner'],
    phiWrite: true,
    schema: { params: clientParams, body: planBody, response: { 201: planView } },
    handler: async ({ params, body, tenant, reply }) => {
      const snapshot = buildSnapshot(body, undefined);
      return tenant(async (trx, ctx) => {
        const client = await loadClient(trx, await clinicalAccess(trx, ctx, 'write'), params.clientId, 'write');
        const s = await clientSealer(runtime, ctx, client.id);
        const plan = await trx
          .insertInto('treatment_plans')
          .values({ id: crypto.randomUUID(), practice_id: ctx.practiceId, owner_id: ctx.userId, client_id: client.id, current_version: 1 })
          .returningAll()
          .executeTakeFirstOrThrow();
        const v = await insertVersion(trx, s, plan, 1, body, snapshot);
        await audit(trx, ctx, { action: 'plan.create', resourceType: 'treatment_plan', resourceId: plan.id, metadata: { clientId: client.id, version: 1, goals: v.goal_ids.length } });
        reply.code(201);
        return presentPlan(plan, v, snapshot);
      });
    },
  });

  defineRoute(app, runtime, {
    method: 'PUT',
    url: '/api/plans/:planId',
    summary: 'Revise a treatment plan: stores a new version, earlier versions stay readable',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner'],
    phiWrite: true,
    schema: { params: planParams, body: planBody, response: { 200: planView } },
    handler: async ({ params, body, tenant }) =>
      tenant(async (trx, ctx) => {
        const plan = await loadPlan(trx, await clinicalAccess(trx, ctx, 'write'), params.planId, 'write');
        const s = await clientSealer(runtime, ctx, plan.client_id);
        const prev = await loadVersion(trx, plan.id, plan.current_version);
        const snapshot = buildSnapshot(body, openSnapshot(s, prev));
        const next = plan.current_version + 1;
        // Optimistic step: the WHERE on current_version makes two concurrent revisions collide
        // instead of silently interleaving. The second waits for the first's row lock, then finds
        // the version moved on and updates nothing: that is a 409, never a 500.
        const updated = await trx
          .updateTable('treatment_plans')
          .set({ current_version: next, updated_at: new Date() })
          .where('id', '=', plan.id)
          .where('current_version', '=', plan.current_version)
          .returningAll()
          .executeTakeFirst();
        if (updated === undefined) {
          throw new HttpError(409, 'conflict', 'This plan was revised by someone else a moment ago. Reload it and make your change again.');
        }
        const v = await insertVersion(trx, s, updated, next, body, snapshot);
        await audit(trx, ctx, { action: 'plan.revise', resourceType: 'treatment_plan', resourceId: plan.id, metadata: { version: next, status: body.status } });
        return presentPlan(updated, v, snapshot);
      }),
  });

  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/clients/:clientId/plans',
    summary: "List a client's treatment plans (current version summary)",
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner', 'owner'],
    schema: {
      params: clientParams,
      response: { 200: z.object({ plans: z.array(z.object({ id: z.uuid(), currentVersion: z.number(), status: z.string(), reviewDate: z.string(), diagnosisCodes: z.array(z.string()) })) }) },
    },
    handler: async ({ params, tenant }) =>
      tenant(async (trx, ctx) => {
        const client = await loadClient(trx, await clinicalAccess(trx, ctx), params.clientId, 'read');
        const rows = await trx
          .selectFrom('treatment_plans as p')
          .innerJoin('plan_versions as v', (j) => j.onRef('v.plan_id', '=', 'p.id').onRef('v.version', '=', 'p.current_version'))
          .select(['p.id', 'p.current_version', 'v.status', 'v.review_date', 'v.diagnosis_codes'])
          .where('p.client_id', '=', client.id)
          .orderBy('p.created_at')
          .execute();
        auditRead(trx, ctx, { action: 'plan.list', resourceType: 'client', resourceId: client.id, metadata: { count: rows.length } });
        return { plans: rows.map((r) => ({ id: r.id, currentVersion: r.current_version, status: r.status, reviewDate: isoDate(r.review_date), diagnosisCodes: r.diagnosis_codes })) };
      }),
  });

  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/plans/:planId',
    summary: 'Read the current version of a treatment plan',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner', 'owner'],
    schema: { params: planParams, response: { 200: planView } },
    handler: async ({ params, tenant }) =>
      tenant(async (trx, ctx) => {
        const plan = await loadPlan(trx, await clinicalAccess(trx, ctx), params.planId, 'read');
        const v = await loadVersion(trx, plan.id, plan.current_version);
        const s = await clientSealer(runtime, ctx, plan.client_id);
        auditRead(trx, ctx, { action: 'plan.read', resourceType: 'treatment_plan', resourceId: plan.id, metadata: { version: v.version } });
        return presentPlan(plan, v, openSnapshot(s, v));
      }),
  });

  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/plans/:planId/versions',
    summary: 'List the revisions of a treatment plan',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner', 'owner'],
    schema: {
      params: planParams,
      response: { 200: z.object({ versions: z.array(z.object({ version: z.number(), status: z.string(), reviewDate: z.string(), diagnosisCodes: z.array(z.string()), createdAt: z.string() })) }) },
    },
    handler: async ({ params, tenant }) =>
      tenant(async (trx, ctx) => {
        const plan = await loadPlan(trx, await clinicalAccess(trx, ctx), params.planId, 'read');
        const rows = await trx.selectFrom('plan_versions').select(['version', 'status', 'review_date', 'diagnosis_codes', 'created_at']).where('plan_id', '=', plan.id).orderBy('version').execute();
        auditRead(trx, ctx, { action: 'plan.versions', resourceType: 'treatment_plan', resourceId: plan.id, metadata: { count: rows.length } });
        return { versions: rows.map((r) => ({ version: r.version, status: r.status, reviewDate: isoDate(r.review_date), diagnosisCodes: r.diagnosis_codes, createdAt: r.created_at.toISOString() })) };
      }),
  });

  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/plans/:planId/versions/:version',
    summary: 'Read one earlier version of a treatment plan',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner', 'owner'],
    schema: { params: planVersionParams, response: { 200: planView } },
    handler: async ({ params, tenant }) =>
      tenant(async (trx, ctx) => {
        const plan = await loadPlan(trx, await clinicalAccess(trx, ctx), params.planId, 'read');
        const v = await loadVersion(trx, plan.id, params.version);
        const s = await clientSealer(runtime, ctx, plan.client_id);
        auditRead(trx, ctx, { action: 'plan.read', resourceType: 'treatment_plan', resourceId: plan.id, metadata: { version: v.version } });
        return presentPlan(plan, v, openSnapshot(s, v));
      }),
  });
}
