// Therapy sessions (R02): date and time, duration, CPT service code, modality, place of service,
// attendance. Table therapy_sessions, so it is never confused with sign-in sessions.
import crypto from 'node:crypto';
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../platform/runtime.ts';
import { defineRoute } from '../../http/pipeline.ts';
import { badRequest, HttpError } from '../../http/errors.ts';
import { audit, auditRead } from '../../audit/audit.ts';
import { clinicalAccess } from '../clients/policy.ts';
import { loadClient } from '../clients/queries.ts';
import { checkAttendanceTime, checkSessionCoding, PLACES_OF_SERVICE, SERVICE_CODES } from './codes.ts';
import { loadSession, presentSession } from './queries.ts';
import { clientParams, createSessionBody, sessionParams, therapySession, upcomingQuery, upcomingSession, updateSessionBody } from './schema.ts';
import { displayLabel } from '../clients/queries.ts';

const TAGS = ['sessions'];

/** A future session cannot have an outcome yet (its own code, so the UI can say it in words). */
function refuseFutureOutcome(startsAt: Date, attendance: 'scheduled' | 'attended' | 'late_cancel' | 'no_show', now: Date): void {
  const bad = checkAttendanceTime(startsAt, attendance, now);
  if (bad !== undefined) throw new HttpError(400, 'session_in_future', `${bad.field}: ${bad.reason}`);
}

export function encounterRoutes(app: FastifyInstance, runtime: Runtime): void {
  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/service-codes',
    summary: 'Supported CPT psychotherapy service codes and place-of-service codes',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner', 'owner'],
    schema: {},
    handler: async () => ({ serviceCodes: SERVICE_CODES, placesOfService: PLACES_OF_SERVICE }),
  });

  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/clients/:clientId/sessions',
    summary: 'Record a therapy session for a client, or schedule one ahead (attendance "scheduled")',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner'],
    phiWrite: true,
    schema: { params: clientParams, body: createSessionBody, response: { 201: therapySession } },
    handler: async ({ params, body, tenant, reply }) => {
      const startsAt = new Date(body.startsAt);
      const attendance = body.attendance ?? (startsAt.getTime() > runtime.clock.now().getTime() ? 'scheduled' : 'attended');
      const bad = checkSessionCoding({ ...body, attendance });
      if (bad !== undefined) throw badRequest(bad.field, bad.reason);
      refuseFutureOutcome(startsAt, attendance, runtime.clock.now());
      return tenant(async (trx, ctx) => {
        const access = await clinicalAccess(trx, ctx, 'write');
        const client = await loadClient(trx, access, params.clientId, 'write');
        const id = crypto.randomUUID();
        const row = await trx
          .insertInto('therapy_sessions')
          .values({
            id,
            practice_id: ctx.practiceId,
            owner_id: ctx.userId,
            client_id: client.id,
            starts_at: body.startsAt,
            duration_minutes: body.durationMinutes,
            service_code: body.serviceCode,
            modality: body.modality,
            place_of_service: body.placeOfService,
            attendance,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(trx, ctx, { action: 'session.create', resourceType: 'therapy_session', resourceId: id, metadata: { clientId: client.id, serviceCode: body.serviceCode, attendance } });
        reply.code(201);
        return presentSession(row);
      });
    },
  });

  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/clients/:clientId/sessions',
    summary: "List a client's therapy sessions, newest first",
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner', 'owner'],
    schema: { params: clientParams, response: { 200: z.object({ sessions: z.array(therapySession) }) } },
    handler: async ({ params, tenant }) =>
      tenant(async (trx, ctx) => {
        const access = await clinicalAccess(trx, ctx);
        const client = await loadClient(trx, access, params.clientId, 'read');
        const rows = await trx.selectFrom('therapy_sessions').selectAll().where('client_id', '=', client.id).orderBy('starts_at', 'desc').execute();
        auditRead(trx, ctx, { action: 'session.list', resourceType: 'client', resourceId: client.id, metadata: { count: rows.length } });
        return { sessions: rows.map(presentSession) };
      }),
  });

  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/therapy-sessions/:sessionId',
    summary: 'Read one therapy session',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner', 'owner'],
    schema: { params: sessionParams, response: { 200: therapySession } },
    handler: async ({ params, tenant }) =>
      tenant(async (trx, ctx) => {
        const row = await loadSession(trx, await clinicalAccess(trx, ctx), params.sessionId, 'read');
        auditRead(trx, ctx, { action: 'session.read', resourceType: 'therapy_session', resourceId: row.id });
        return presentSession(row);
      }),
  });

  defineRoute(app, runtime, {
    method: 'PATCH',
    url: '/api/therapy-sessions/:sessionId',
    summary: 'Correct a therapy session (time, code, modality, place, attendance)',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner'],
    phiWrite: true,
    schema: { params: sessionParams, body: updateSessionBody, response: { 200: therapySession } },
    handler: async ({ params, body, tenant }) =>
      tenant(async (trx, ctx) => {
        const cur = await loadSession(trx, await clinicalAccess(trx, ctx, 'write'), params.sessionId, 'write');
        const next = {
          serviceCode: body.serviceCode ?? cur.service_code,
          durationMinutes: body.durationMinutes ?? cur.duration_minutes,
          modality: body.modality ?? cur.modality,
          placeOfService: body.placeOfService ?? cur.place_of_service,
          attendance: body.attendance ?? cur.attendance,
        };
        const bad = checkSessionCoding(next);
        if (bad !== undefined) throw badRequest(bad.field, bad.reason);
        const startsAt = body.startsAt === undefined ? cur.starts_at : new Date(body.startsAt);
        refuseFutureOutcome(startsAt, next.attendance, runtime.clock.now());
        const row = await trx
          .updateTable('therapy_sessions')
          .set({
            starts_at: startsAt,
            duration_minutes: next.durationMinutes,
            service_code: next.serviceCode,
            modality: next.modality,
            place_of_service: next.placeOfService,
            attendance: next.attendance,
            updated_at: new Date(),
          })
          .where('id', '=', cur.id)
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(trx, ctx, { action: 'session.update', resourceType: 'therapy_session', resourceId: cur.id, metadata: { attendance: next.attendance, serviceCode: next.serviceCode } });
        return presentSession(row);
      }),
  });

  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/sessions/upcoming',
    summary: "The caller's own sessions of the coming days (a week by default), with each client's label",
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner'],
    schema: { querystring: upcomingQuery, response: { 200: z.object({ from: z.string(), to: z.string(), sessions: z.array(upcomingSession) }) } },
    handler: async ({ query, tenant }) => {
      const from = query.from === undefined ? startOfUtcDay(runtime.clock.now()) : new Date(`${query.from}T00:00:00Z`);
      const to = new Date(from.getTime() + query.days * 86_400_000);
      return tenant(async (trx, ctx) => {
        // Own sessions only: a week view is one's own diary, never a colleague's (grants are for charts).
        const rows = await trx
          .selectFrom('therapy_sessions as s')
          .innerJoin('clients as c', 'c.id', 's.client_id')
          .selectAll('s')
          .select(['c.label', 'c.client_number'])
          .where('s.owner_id', '=', ctx.userId)
          .where('s.starts_at', '>=', from)
          .where('s.starts_at', '<', to)
          .orderBy('s.starts_at')
          .execute();
        auditRead(trx, ctx, { action: 'session.upcoming', resourceType: 'therapy_session', metadata: { count: rows.length } });
        return { from: from.toISOString(), to: to.toISOString(), sessions: rows.map((r) => ({ ...presentSession(r), clientLabel: displayLabel(r.label, r.client_number) })) };
      });
    },
  });
}

function startOfUtcDay(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}
