// R22/R41: a practitioner's clinical records are theirs alone unless they grant another member
// read access. Grants are explicit, revocable and audited; RLS on clinical tables reads them.
import crypto from 'node:crypto';
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../platform/runtime.ts';
import { defineRoute } from '../../http/pipeline.ts';
import { HttpError, notFound } from '../../http/errors.ts';
import { audit, auditRead } from '../../audit/audit.ts';

const grantOut = z.object({ id: z.uuid(), grantorId: z.uuid(), granteeId: z.uuid(), createdAt: z.string(), revokedAt: z.string().nullable() });

export function grantRoutes(app: FastifyInstance, runtime: Runtime): void {
  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/grants',
    summary: 'Grants you gave and received (owners see all in the practice)',
    tags: ['grants'],
    auth: 'full',
    roles: ['practitioner', 'owner'],
    schema: { response: { 200: z.object({ grants: z.array(grantOut) }) } },
    handler: async ({ tenant }) =>
      tenant(async (trx, ctx) => {
        const rows = await trx.selectFrom('practitioner_grants').selectAll().where('practice_id', '=', ctx.practiceId).orderBy('created_at', 'desc').execute();
        auditRead(trx, ctx, { action: 'grants.read', resourceType: 'practice', resourceId: ctx.practiceId, metadata: { count: rows.length } });
        return {
          grants: rows.map((g) => ({
            id: g.id,
            grantorId: g.grantor_id,
            granteeId: g.grantee_id,
            createdAt: g.created_at.toISOString(),
            revokedAt: g.revoked_at?.toISOString() ?? null,
          })),
        };
      }),
  });

  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/grants',
    summary: 'Let another practitioner or the owner read your clinical records',
    tags: ['grants'],
    auth: 'full',
    roles: ['practitioner'],
    schema: { body: z.strictObject({ granteeId: z.uuid() }), response: { 201: grantOut } },
    handler: async ({ tenant, body, reply }) => {
      const g = await tenant(async (trx, ctx) => {
        if (body.granteeId === ctx.userId) throw new HttpError(400, 'validation_failed', 'body.granteeId: you already see your own records');
        const member = await trx
          .selectFrom('memberships')
          .select('role')
          .where('practice_id', '=', ctx.practiceId)
          .where('user_id', '=', body.granteeId)
          .where('disabled_at', 'is', null)
          .where('role', 'in', ['practitioner', 'owner'])
          .executeTakeFirst();
        if (member === undefined) throw notFound('practitioner');
        const id = crypto.randomUUID();
        const row = await trx
          .insertInto('practitioner_grants')
          .values({ id, practice_id: ctx.practiceId, grantor_id: ctx.userId, grantee_id: body.granteeId, revoked_at: null })
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(trx, ctx, { action: 'grant.create', resourceType: 'grant', resourceId: id, metadata: { grantee: body.granteeId } });
        return row;
      });
      return reply.code(201).send({ id: g.id, grantorId: g.grantor_id, granteeId: g.grantee_id, createdAt: g.created_at.toISOString(), revokedAt: null });
    },
  });

  defineRoute(app, runtime, {
    method: 'DELETE',
    url: '/api/grants/:id',
    summary: 'Revoke a grant you gave',
    tags: ['grants'],
    auth: 'full',
    roles: ['practitioner'],
    schema: { params: z.strictObject({ id: z.uuid() }), response: { 200: z.object({ status: z.literal('revoked') }) } },
    handler: async ({ tenant, params }) =>
      tenant(async (trx, ctx) => {
        const r = await trx
          .updateTable('practitioner_grants')
          .set({ revoked_at: new Date() })
          .where('id', '=', params.id)
          .where('grantor_id', '=', ctx.userId)
          .where('revoked_at', 'is', null)
          .executeTakeFirst();
        if (Number(r.numUpdatedRows) === 0) throw notFound('grant');
        await audit(trx, ctx, { action: 'grant.revoke', resourceType: 'grant', resourceId: params.id });
        return { status: 'revoked' as const };
      }),
  });
}
