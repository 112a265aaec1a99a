// Retention API (R16):
//   GET  /api/practice/retention          the schedule per record class, the minimums, the overrides (owner)
//   PUT  /api/practice/retention          lengthen the periods; shorter than the legal minimum is refused (owner)
//   GET  /api/practice/retention/dry-run  what the daily job would delete, and when: ids, class, due date (owner)
//   GET  /api/clients/:clientId/legal-hold     whether a client is held (the client's practitioner or an owner)
//   PUT  /api/clients/:clientId/legal-hold     place a legal hold (the client's practitioner or an owner)
//   DELETE /api/clients/:clientId/legal-hold   lift it
// The dry run reads through app.retention_due() and app.audit_remove_expired(dry), the very
// functions the job uses, so what it lists is what the job would do at that instant. No label,
// no content: the owner sees ids and dates only.
import { z } from 'zod';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../platform/runtime.ts';
import { defineRoute } from '../../http/pipeline.ts';
import { notFound } from '../../http/errors.ts';
import { audit, auditRead } from '../../audit/audit.ts';
import type { LegalHoldReason } from '../../db/schema.ts';
import type { Tx } from '../../db/tenant.ts';
import { dueClients, expiredAudit, loadSchedule, MINIMUMS, recordClasses, saveSchedule, scheduleBody } from './schedule.ts';

const TAGS = ['retention'];
const clientParams = z.strictObject({ clientId: z.uuid() });
const holdReasons = ['litigation', 'subpoena', 'regulatory_inquiry', 'other'] as const satisfies readonly LegalHoldReason[];
const holdBody = z.strictObject({ reason: z.enum(holdReasons) });

const scheduleOut = z.object({
  clinicalYears: z.number(),
  majorityAge: z.number(),
  auditYears: z.number(),
  overridden: z.boolean(),
  minimums: z.object({ clinicalYears: z.number(), majorityAge: z.number(), auditYears: z.number() }),
  recordClasses: z.array(z.object({ recordClass: z.string(), rule: z.string(), handledBy: z.string() })),
  legalHolds: z.number(),
});

const dryRunOut = z.object({
  asOf: z.string(),
  horizonDays: z.number(),
  clients: z.array(z.object({ clientId: z.uuid(), recordClass: z.string(), lastServiceAt: z.string(), dueAt: z.string(), dueNow: z.boolean(), held: z.boolean() })),
  audit: z.array(z.object({ lane: z.number(), rows: z.number(), throughSeq: z.number(), throughOccurredAt: z.string() })),
});

const holdOut = z.object({ clientId: z.uuid(), held: z.boolean(), reason: z.enum(holdReasons).nullable(), setAt: z.string().nullable() });

/** A missing client, another practitioner's client, and a client of another practice all answer 404 alike. */
function holdRefused(err: unknown): never {
  const code = (err as { code?: unknown }).code;
  if (code === '23503' || code === '42501') throw notFound('client');
  throw err;
}

/** The owner's view of the schedule: periods, minimums, record classes and how many clients are held. */
async function scheduleView(trx: Tx, practiceId: string) {
  const s = await loadSchedule(trx, practiceId);
  const holds = await trx.selectFrom('legal_holds').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
  return { ...s, minimums: { ...MINIMUMS }, recordClasses: recordClasses(s), legalHolds: Number(holds.n) };
}

export function retentionRoutes(app: FastifyInstance, runtime: Runtime): void {
  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/practice/retention',
    summary: 'The retention schedule per record class, with legal minimums and overrides (R16)',
    tags: TAGS,
    auth: 'full',
    roles: ['owner'],
    schema: { response: { 200: scheduleOut } },
    handler: async ({ tenant }) =>
      tenant(async (trx, ctx) => {
        return scheduleView(trx, ctx.practiceId);
      }),
  });

  defineRoute(app, runtime, {
    method: 'PUT',
    url: '/api/practice/retention',
    summary: 'Lengthen retention periods; anything under the legal minimum is refused (R16)',
    tags: TAGS,
    auth: 'full',
    roles: ['owner'],
    stepUp: true,
    schema: { body: scheduleBody, response: { 200: scheduleOut } },
    handler: async ({ body, tenant }) =>
      tenant(async (trx, ctx) => {
        await saveSchedule(trx, ctx.practiceId, ctx.userId, body);
        await audit(trx, ctx, { action: 'retention.schedule_update', resourceType: 'practice', resourceId: ctx.practiceId, metadata: { ...body } });
        return scheduleView(trx, ctx.practiceId);
      }),
  });

  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/practice/retention/dry-run',
    summary: 'What retention would delete and when: client ids, record class, due date; audit rows per lane (R16)',
    tags: TAGS,
    auth: 'full',
    roles: ['owner'],
    schema: {
      querystring: z.strictObject({ horizonDays: z.coerce.number().int().min(0).max(36_500).default(365) }),
      response: { 200: dryRunOut },
    },
    handler: async ({ query, tenant }) =>
      tenant(async (trx, ctx) => {
        const now = runtime.clock.now();
        const clients = await dueClients(trx, { horizonDays: query.horizonDays, limit: 1000 });
        const auditDue = await expiredAudit(trx, true, 100_000);
        auditRead(trx, ctx, { action: 'retention.dry_run', resourceType: 'practice', resourceId: ctx.practiceId, metadata: { clients: clients.length, horizonDays: query.horizonDays } });
        return {
          asOf: now.toISOString(),
          horizonDays: query.horizonDays,
          clients: clients.map((c) => ({
            clientId: c.clientId,
            recordClass: c.recordClass,
            lastServiceAt: c.lastServiceAt.toISOString(),
            dueAt: c.dueAt.toISOString(),
            dueNow: c.dueAt.getTime() <= now.getTime(),
            held: c.held,
          })),
          audit: auditDue.map((a) => ({ ...a, throughOccurredAt: a.throughOccurredAt.toISOString() })),
        };
      }),
  });

  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/clients/:clientId/legal-hold',
    summary: 'Whether a client is under a legal hold, with its reason category and date',
    tags: TAGS,
    auth: 'full',
    roles: ['owner', 'practitioner'],
    schema: { params: clientParams, response: { 200: holdOut } },
    handler: async ({ params, tenant }) =>
      tenant(async (trx, ctx) => {
        // The same people as may place or lift it: an owner for any client of the practice, a
        // practitioner for their own clients. Anyone else gets the answer a missing client gets.
        const owner = ctx.roles.includes('owner');
        const reachable = owner
          ? (await sql<{ ok: boolean }>`SELECT app.client_in_practice(${params.clientId}::uuid) AS ok`.execute(trx)).rows[0]?.ok === true
          : (await trx.selectFrom('clients').select('id').where('id', '=', params.clientId).where('owner_id', '=', ctx.userId).executeTakeFirst()) !== undefined;
        if (!reachable) throw notFound('client');
        const held = await trx.selectFrom('legal_holds').select(['reason', 'set_at']).where('client_id', '=', params.clientId).executeTakeFirst();
        return held === undefined
          ? { clientId: params.clientId, held: false, reason: null, setAt: null }
          : { clientId: params.clientId, held: true, reason: held.reason, setAt: held.set_at.toISOString() };
      }),
  });

  defineRoute(app, runtime, {
    method: 'PUT',
    url: '/api/clients/:clientId/legal-hold',
    summary: "Place a legal hold on a client: retention never deletes the client's record while it lasts",
    tags: TAGS,
    auth: 'full',
    roles: ['owner', 'practitioner'],
    schema: { params: clientParams, body: holdBody, response: { 200: holdOut } },
    handler: async ({ params, body, tenant }) =>
      tenant(async (trx, ctx) => {
        const setAt = runtime.clock.now();
        const row = await trx
          .insertInto('legal_holds')
          .values({ practice_id: ctx.practiceId, client_id: params.clientId, reason: body.reason, set_by: ctx.userId, set_at: setAt })
          .onConflict((oc) => oc.column('client_id').doNothing())
          .returning(['reason', 'set_at'])
          .executeTakeFirst()
          .catch(holdRefused);
        if (row === undefined) {
          // Already held: the first hold stands (its reason and date); nothing to record.
          const held = await trx.selectFrom('legal_holds').select(['reason', 'set_at']).where('client_id', '=', params.clientId).executeTakeFirst();
          if (held === undefined) throw notFound('client');
          return { clientId: params.clientId, held: true, reason: held.reason, setAt: held.set_at.toISOString() };
        }
        await audit(trx, ctx, { action: 'client.legal_hold_set', resourceType: 'client', resourceId: params.clientId, metadata: { reason: body.reason } });
        return { clientId: params.clientId, held: true, reason: row.reason, setAt: row.set_at.toISOString() };
      }),
  });

  defineRoute(app, runtime, {
    method: 'DELETE',
    url: '/api/clients/:clientId/legal-hold',
    summary: 'Lift the legal hold of a client',
    tags: TAGS,
    auth: 'full',
    roles: ['owner', 'practitioner'],
    schema: { params: clientParams, response: { 200: holdOut } },
    handler: async ({ params, tenant }) =>
      tenant(async (trx, ctx) => {
        const gone = await trx.deleteFrom('legal_holds').where('client_id', '=', params.clientId).returning(['reason']).executeTakeFirst();
        if (gone === undefined) throw notFound('legal hold');
        await audit(trx, ctx, { action: 'client.legal_hold_clear', resourceType: 'client', resourceId: params.clientId, metadata: { reason: gone.reason } });
        return { clientId: params.clientId, held: false, reason: null, setAt: null };
      }),
  });
}
