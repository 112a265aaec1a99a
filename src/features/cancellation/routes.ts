// Cancelling and restoring a practice (R10, R34). The owner cancels with a fresh second factor
// and by typing the practice's name; a 30-day grace period follows in which nothing of the
// practice is usable (gate.ts) but its status, its restoration and the owner's export. Restoring
// is possible until the grace period ends; after it, the purge (purge.ts) deletes everything.
import { z } from 'zod';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../platform/runtime.ts';
import { defineRoute } from '../../http/pipeline.ts';
import { badRequest, HttpError, notFound } from '../../http/errors.ts';
import { audit } from '../../audit/audit.ts';
import type { Tx } from '../../db/tenant.ts';
import { GRACE_DAYS, GRACE_MS } from './policy.ts';

const statusOut = z.object({
  lifecycle: z.enum(['active', 'cancelled', 'purging', 'purged']),
  reason: z.enum(['cancelled', 'trial_ended']).nullable(),
  cancelledAt: z.string().nullable(),
  /** When the grace period ends and the purge may begin. */
  purgeAfter: z.string().nullable(),
  graceDays: z.number(),
  /** Cancelled and the grace period still running (on the server's clock). */
  inGrace: z.boolean(),
  /** The caller may restore the practice now (owner, grace period running). */
  canRestore: z.boolean(),
});
type StatusOut = z.infer<typeof statusOut>;

async function statusOf(trx: Tx, practiceId: string, isOwner: boolean): Promise<StatusOut> {
  const p = await trx
    .selectFrom('practices')
    .select(['lifecycle', 'purge_reason', 'cancelled_at', 'purge_after', sql<Date>`app.tacet_now()`.as('now')])
    .where('id', '=', practiceId)
    .executeTakeFirst();
  if (p === undefined) throw notFound('practice');
  const grace = p.lifecycle === 'cancelled' && p.purge_after !== null && new Date(p.now).getTime() < p.purge_after.getTime();
  return {
    lifecycle: p.lifecycle,
    reason: p.purge_reason,
    cancelledAt: p.cancelled_at?.toISOString() ?? null,
    purgeAfter: p.purge_after?.toISOString() ?? null,
    graceDays: GRACE_DAYS,
    inGrace: grace,
    canRestore: isOwner && grace,
  };
}

export function cancellationRoutes(app: FastifyInstance, runtime: Runtime): void {
  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/practice/cancellation',
    summary: "The practice's cancellation status: active, cancelled (grace period), being deleted or deleted",
    tags: ['practice'],
    auth: 'full',
    roles: ['owner', 'practitioner', 'supervisor', 'helpdesk', 'client'],
    whileCancelled: 'anyone',
    touch: false,
    schema: { response: { 200: statusOut } },
    handler: async ({ tenant }) => tenant((trx, ctx) => statusOf(trx, ctx.practiceId, ctx.roles.includes('owner'))),
  });

  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/practice/cancel',
    summary: `Cancel the practice (owner): nothing is usable from now on; everything is deleted after ${GRACE_DAYS} days unless restored`,
    tags: ['practice'],
    auth: 'full',
    roles: ['owner'],
    stepUp: true,
    rateLimit: { max: 10, timeWindow: '1 minute' },
    schema: {
      // The practice's name, typed by the owner: a cancellation is never one click away.
      // liftLegalHolds: the owner's explicit yes when clients are under a legal hold (R16), since
      // the purge after the grace period deletes held records too.
      body: z.strictObject({ confirmation: z.string().max(200), liftLegalHolds: z.boolean().optional() }),
      response: { 200: statusOut },
    },
    handler: async ({ tenant, body }) =>
      tenant(async (trx, ctx) => {
        const p = await trx.selectFrom('practices').select(['name', 'lifecycle']).where('id', '=', ctx.practiceId).forUpdate().executeTakeFirst();
        if (p === undefined) throw notFound('practice');
        // The value is never echoed back: the field and the rule only.
        if (body.confirmation.trim() !== p.name.trim()) throw badRequest('body.confirmation', "must be the practice's name, exactly as shown");
        // R16: a legal hold means a record must outlive its retention; a cancelled practice is
        // deleted whole. Never silently: the owner lifts the holds knowingly, here, and each one
        // lifted is audited like a hold lifted by hand.
        const holds = await trx.selectFrom('legal_holds').select(['client_id', 'reason']).execute();
        if (holds.length > 0 && body.liftLegalHolds !== true) {
          const n = holds.length === 1 ? '1 client is' : `${holds.length} clients are`;
          throw new HttpError(409, 'legal_holds_active', `${n} under a legal hold. Cancelling deletes every record after the grace period, held ones included: export what the legal matter needs, then confirm that the holds may be lifted.`);
        }
        if (holds.length > 0) {
          await trx.deleteFrom('legal_holds').execute();
          for (const h of holds) {
            await audit(trx, ctx, { action: 'client.legal_hold_clear', resourceType: 'client', resourceId: h.client_id, metadata: { reason: h.reason, cause: 'practice_cancel' } });
          }
        }
        const r = await trx
          .updateTable('practices')
          .set({
            lifecycle: 'cancelled',
            cancelled_at: sql<Date>`app.tacet_now()`,
            cancelled_by: ctx.userId,
            purge_after: sql<Date>`app.tacet_now() + make_interval(secs => ${GRACE_MS / 1000})`,
            purge_reason: 'cancelled',
          })
          .where('id', '=', ctx.practiceId)
          .where('lifecycle', '=', 'active')
          .executeTakeFirst();
        if (r.numUpdatedRows === 0n) throw new HttpError(409, 'already_cancelled', 'This practice is already cancelled.');
        const status = await statusOf(trx, ctx.practiceId, true);
        // R24: who cancelled and when the purge may begin; ids and times only.
        await audit(trx, ctx, { action: 'practice.cancel', resourceType: 'practice', resourceId: ctx.practiceId, metadata: { graceDays: GRACE_DAYS } });
        return status;
      }),
  });

  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/practice/restore',
    summary: 'Restore a cancelled practice during its grace period (owner)',
    tags: ['practice'],
    auth: 'full',
    roles: ['owner'],
    stepUp: true,
    whileCancelled: 'anyone',
    schema: { body: z.strictObject({}), response: { 200: statusOut } },
    handler: async ({ tenant }) =>
      tenant(async (trx, ctx) => {
        const p = await trx.selectFrom('practices').select(['lifecycle']).where('id', '=', ctx.practiceId).forUpdate().executeTakeFirst();
        if (p === undefined) throw notFound('practice');
        if (p.lifecycle === 'active') throw new HttpError(409, 'not_cancelled', 'This practice is not cancelled.');
        // The guard trigger (migration 0020) refuses the same move after the grace period.
        const r = await trx
          .updateTable('practices')
          .set({ lifecycle: 'active', cancelled_at: null, cancelled_by: null, purge_after: null, purge_reason: null })
          .where('id', '=', ctx.practiceId)
          .where('lifecycle', '=', 'cancelled')
          .where('purge_after', '>', sql<Date>`app.tacet_now()`)
          .executeTakeFirst();
        if (r.numUpdatedRows === 0n) {
          throw new HttpError(409, 'practice_purged', 'The grace period is over: this practice is being deleted and can no longer be restored.');
        }
        await audit(trx, ctx, { action: 'practice.restore', resourceType: 'practice', resourceId: ctx.practiceId });
        return statusOf(trx, ctx.practiceId, true);
      }),
  });
}
