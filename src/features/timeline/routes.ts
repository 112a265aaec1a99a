// The golden thread (R04, R05): one chronological view per client — plan versions (diagnoses),
// sessions, notes with goal progress, assessments — with gaps flagged and treatment patterns.
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../platform/runtime.ts';
import { defineRoute } from '../../http/pipeline.ts';
import { notFound } from '../../http/errors.ts';
import { auditRead } from '../../audit/audit.ts';
import { clinicalAccess } from '../clients/policy.ts';
import { loadClient } from '../clients/queries.ts';
import { clientSealer } from '../clients/seal.ts';
import { canReadTimeline, processNoteAuthor } from './policy.ts';
import { decodeCursor, encodeCursor } from '../../http/cursor.ts';
import { z } from 'zod';
import { buildTimeline } from './queries.ts';
import { clientParams, timelineQuery, timelineView } from './schema.ts';

export function timelineRoutes(app: FastifyInstance, runtime: Runtime): void {
  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/clients/:clientId/timeline',
    summary: "A client's golden thread: diagnoses, plan versions, sessions, notes with goal progress, assessments, gaps and patterns",
    tags: ['timeline'],
    auth: 'full',
    roles: ['practitioner', 'owner'],
    schema: { params: clientParams, querystring: timelineQuery, response: { 200: timelineView } },
    handler: async ({ params, query, tenant }) =>
      tenant(async (trx, ctx) => {
        const access = await clinicalAccess(trx, ctx);
        const client = await loadClient(trx, access, params.clientId, 'read');
        if (!canReadTimeline(access, client)) throw notFound('client');
        // The client's key only once the client is known to be theirs: never a key for a stranger's id.
        const s = await clientSealer(runtime, ctx, client.id);
        const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, z.tuple([z.iso.datetime(), z.number().int().min(0).max(2), z.uuid()]));
        const { next, ...view } = await buildTimeline(trx, processNoteAuthor(ctx), s, client, query.goalWindow, { limit: query.limit, after: after === undefined ? undefined : { at: after[0], rank: after[1], id: after[2] } });
        auditRead(trx, ctx, { action: 'timeline.read', resourceType: 'client', resourceId: client.id, metadata: { events: view.events.length, gaps: view.gaps.length } });
        return { ...view, nextCursor: next === null ? null : encodeCursor([next.at, next.rank, next.id]) };
      }),
  });
}
