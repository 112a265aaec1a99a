// Assessments (R05): PHQ-9, GAD-7 and PCL-5 with validated items, totals, severity bands, a safety
// flag on PHQ-9 item 9, and trends with reliable and clinically significant change.
import crypto from 'node:crypto';
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../platform/runtime.ts';
import { defineRoute } from '../../http/pipeline.ts';
import { badRequest, HttpError } from '../../http/errors.ts';
import { audit, auditRead } from '../../audit/audit.ts';
import { clinicalAccess } from '../clients/policy.ts';
import { loadClient } from '../clients/queries.ts';
import { assessmentsOf, presentAssessment, trendsOf } from './queries.ts';
import { score, SPECS } from './scoring.ts';
import { assessmentView, clientParams, createAssessmentBody, trendView } from './schema.ts';

const TAGS = ['assessments'];

export function assessmentRoutes(app: FastifyInstance, runtime: Runtime): void {
  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/assessment-instruments',
    summary: 'Supported measures with item ranges, severity bands and change thresholds (with sources)',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner', 'owner'],
    schema: {},
    handler: async () => ({ instruments: Object.values(SPECS) }),
  });

  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/clients/:clientId/assessments',
    summary: 'Record a scored measure; a PHQ-9 item 9 answer above 0 raises the client’s safety flag',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner'],
    phiWrite: true,
    schema: { params: clientParams, body: createAssessmentBody, response: { 201: assessmentView } },
    handler: async ({ params, body, tenant, reply }) => {
      const s = score(body.instrument, body.items);
      return tenant(async (trx, ctx) => {
        const client = await loadClient(trx, await clinicalAccess(trx, ctx, 'write'), params.clientId, 'write');
        let sessionStart: Date | undefined;
        if (body.sessionId != null) {
          const sess = await trx.selectFrom('therapy_sessions').select(['id', 'starts_at']).where('id', '=', body.sessionId).where('client_id', '=', client.id).executeTakeFirst();
          if (sess === undefined) throw badRequest('body.sessionId', "is not one of this client's sessions");
          sessionStart = sess.starts_at;
        }
        const now = runtime.clock.now();
        if (sessionStart !== undefined && sessionStart.getTime() > now.getTime()) {
          throw new HttpError(400, 'session_in_future', 'body.sessionId: is a session that has not taken place yet');
        }
        const administeredAt = body.administeredAt === undefined ? (sessionStart ?? now) : new Date(body.administeredAt);
        // A few minutes' grace: the browser's clock and the server's rarely agree to the second.
        if (administeredAt.getTime() > now.getTime() + 5 * 60_000) throw new HttpError(400, 'date_in_future', 'body.administeredAt: cannot be in the future');
        const id = crypto.randomUUID();
        const row = await trx
          .insertInto('assessments')
          .values({ id, practice_id: ctx.practiceId, owner_id: ctx.userId, client_id: client.id, session_id: body.sessionId ?? null, instrument: body.instrument, items: body.items, total: s.total, severity: s.severity, administered_at: administeredAt })
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(trx, ctx, { action: 'assessment.create', resourceType: 'assessment', resourceId: id, metadata: { clientId: client.id, instrument: body.instrument, total: s.total, severity: s.severity } });
        if (s.safetyFlag) {
          // Same transaction: the score and the flag are recorded together or not at all.
          await trx.updateTable('clients').set({ safety_flag: true, safety_flag_at: new Date(), updated_at: new Date() }).where('id', '=', client.id).execute();
          await audit(trx, ctx, { action: 'client.safety_flag', resourceType: 'client', resourceId: client.id, metadata: { assessmentId: id, instrument: 'phq9', item: 9 } });
        }
        reply.code(201);
        return presentAssessment(row);
      });
    },
  });

  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/clients/:clientId/assessments',
    summary: "A client's measures with trends: reliable change and clinically significant change per instrument",
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner', 'owner'],
    schema: { params: clientParams, response: { 200: z.object({ assessments: z.array(assessmentView), trends: z.array(trendView) }) } },
    handler: async ({ params, tenant }) =>
      tenant(async (trx, ctx) => {
        const client = await loadClient(trx, await clinicalAccess(trx, ctx), params.clientId, 'read');
        const rows = await assessmentsOf(trx, client.id);
        auditRead(trx, ctx, { action: 'assessment.list', resourceType: 'client', resourceId: client.id, metadata: { count: rows.length } });
        return { assessments: rows.map(presentAssessment), trends: trendsOf(rows) };
      }),
  });
}
