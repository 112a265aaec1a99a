// R47: service operators have no standing access to practice data. A break-glass grant needs a
// written reason, is limited in time (at most 4 hours here) and scope, is visible to the practice
// owner (who can revoke it), and every request made under it is audited in the practice's chain.
import crypto from 'node:crypto';
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../platform/runtime.ts';
import { defineRoute } from '../../http/pipeline.ts';
import { HttpError, notFound } from '../../http/errors.ts';
import { audit, auditRead } from '../../audit/audit.ts';
import { systemContext, withTenant } from '../../db/tenant.ts';

const scope = z.enum(['account_metadata', 'clinical_metadata', 'clinical_content']);
const grantOut = z.object({
  id: z.uuid(),
  practiceId: z.uuid(),
  operatorId: z.uuid(),
  reason: z.string(),
  scope,
  createdAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
});

type GrantRow = { id: string; practice_id: string; operator_id: string; reason: string; scope: z.infer<typeof scope>; created_at: Date; expires_at: Date; revoked_at: Date | null };
const present = (g: GrantRow) => ({
  id: g.id,
  practiceId: g.practice_id,
  operatorId: g.operator_id,
  reason: g.reason,
  scope: g.scope,
  createdAt: g.created_at.toISOString(),
  expiresAt: g.expires_at.toISOString(),
  revokedAt: g.revoked_at?.toISOString() ?? null,
});

export function operatorRoutes(app: FastifyInstance, runtime: Runtime): void {
  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/operator/break-glass',
    summary: 'Open time-limited, scoped, audited access to one practice (service operators)',
    tags: ['operator'],
    auth: 'full',
    roles: ['operator'],
    stepUp: true,
    schema: {
      body: z.strictObject({
        practiceId: z.uuid(),
        reason: z.string().trim().min(20, { message: 'must explain the need in at least 20 characters' }).max(1000),
        scope,
        minutes: z.number().int().min(5).max(240),
      }),
      response: { 201: grantOut },
    },
    handler: async ({ auth, body, req, reply }) => {
      if (auth === null) throw new HttpError(401, 'unauthenticated', 'Sign in to continue.');
      const ctx = { ...systemContext(body.practiceId, { requestId: req.id, ip: req.ip, userAgent: req.headers['user-agent'] }), userId: auth.userId };
      const g = await withTenant(runtime.db, ctx, async (trx) => {
        const p = await trx.selectFrom('practices').select('id').where('id', '=', body.practiceId).executeTakeFirst();
        if (p === undefined) throw notFound('practice');
        const row = await trx
          .insertInto('break_glass_grants')
          .values({
            id: crypto.randomUUID(),
            practice_id: body.practiceId,
            operator_id: auth.userId,
            reason: body.reason,
            scope: body.scope,
            expires_at: new Date(Date.now() + body.minutes * 60_000),
            revoked_at: null,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(trx, ctx, { action: 'breakglass.grant', resourceType: 'break_glass', resourceId: row.id, metadata: { scope: body.scope, minutes: body.minutes } });
        return row;
      });
      return reply.code(201).send(present(g));
    },
  });

  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/operator/practices/:practiceId/break-glass/:id/enter',
    summary: "Act in the grant's practice with this session until the grant ends",
    tags: ['operator'],
    auth: 'full',
    roles: ['operator'],
    schema: {
      params: z.strictObject({ practiceId: z.uuid(), id: z.uuid() }),
      response: { 200: z.object({ practiceId: z.uuid(), expiresAt: z.string() }) },
    },
    handler: async ({ auth, params, req }) => {
      if (auth === null) throw new HttpError(401, 'unauthenticated', 'Sign in to continue.');
      const ctx = { ...systemContext(params.practiceId, { requestId: req.id, ip: req.ip, userAgent: req.headers['user-agent'] }), userId: auth.userId };
      return withTenant(runtime.db, ctx, async (trx) => {
        const g = await trx
          .selectFrom('break_glass_grants')
          .selectAll()
          .where('id', '=', params.id)
          .where('practice_id', '=', params.practiceId)
          .where('operator_id', '=', auth.userId)
          .where('revoked_at', 'is', null)
          .where('expires_at', '>', new Date())
          .executeTakeFirst();
        if (g === undefined) throw notFound('grant');
        await trx.updateTable('sessions').set({ practice_id: g.practice_id }).where('id', '=', auth.sessionId).execute();
        await audit(trx, ctx, { action: 'breakglass.enter', resourceType: 'break_glass', resourceId: g.id });
        return { practiceId: g.practice_id, expiresAt: g.expires_at.toISOString() };
      });
    },
  });

  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/practice/break-glass',
    summary: 'Operator access grants to this practice (owners see every one)',
    tags: ['practice'],
    auth: 'full',
    roles: ['owner'],
    schema: { response: { 200: z.object({ grants: z.array(grantOut) }) } },
    handler: async ({ tenant }) =>
      tenant(async (trx, ctx) => {
        const rows = await trx.selectFrom('break_glass_grants').selectAll().where('practice_id', '=', ctx.practiceId).orderBy('created_at', 'desc').execute();
        auditRead(trx, ctx, { action: 'breakglass.list', resourceType: 'practice', resourceId: ctx.practiceId });
        return { grants: rows.map(present) };
      }),
  });

  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/practice/break-glass/:id/revoke',
    summary: 'End an operator access grant now (owners)',
    tags: ['practice'],
    auth: 'full',
    roles: ['owner'],
    schema: { params: z.strictObject({ id: z.uuid() }), response: { 200: z.object({ status: z.literal('revoked') }) } },
    handler: async ({ tenant, params }) =>
      tenant(async (trx, ctx) => {
        const r = await trx.updateTable('break_glass_grants').set({ revoked_at: new Date() }).where('id', '=', params.id).where('revoked_at', 'is', null).executeTakeFirst();
        if (Number(r.numUpdatedRows) === 0) throw notFound('grant');
        await audit(trx, ctx, { action: 'breakglass.revoke', resourceType: 'break_glass', resourceId: params.id });
        return { status: 'revoked' as const };
      }),
  });
}
