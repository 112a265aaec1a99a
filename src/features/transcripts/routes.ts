// A session's transcript (R35, R31): saved redacted when the practice enables it, sealed, read
// back only by those who may read the session, and deleted for good by hand or by rule.
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../platform/runtime.ts';
import { defineRoute } from '../../http/pipeline.ts';
import { notFound } from '../../http/errors.ts';
import { audit, auditRead } from '../../audit/audit.ts';
import { clinicalAccess } from '../clients/policy.ts';
import { clientSealer } from '../clients/seal.ts';
import { loadSession } from '../encounters/queries.ts';
import { saveTranscript } from './service.ts';

const params = z.strictObject({ sessionId: z.uuid() });
const MAX_TRANSCRIPT = 512 * 1024;

const meta = z.object({
  id: z.uuid(),
  sessionId: z.uuid(),
  redacted: z.boolean(),
  redactionCounts: z.record(z.string(), z.number()),
  bytes: z.number().int(),
  deleteOnSign: z.boolean(),
  deleteAfter: z.string().nullable(),
  createdAt: z.string(),
});

type Row = { id: string; session_id: string; redacted: boolean; redaction_counts: Record<string, number>; bytes: number; delete_on_sign: boolean; delete_after: Date | null; created_at: Date };
const present = (r: Row) => ({
  id: r.id,
  sessionId: r.session_id,
  redacted: r.redacted,
  redactionCounts: r.redaction_counts,
  bytes: r.bytes,
  deleteOnSign: r.delete_on_sign,
  deleteAfter: r.delete_after?.toISOString() ?? null,
  createdAt: r.created_at.toISOString(),
});

export function transcriptRoutes(app: FastifyInstance, runtime: Runtime): void {
  defineRoute(app, runtime, {
    method: 'PUT',
    url: '/api/sessions/:sessionId/transcript',
    summary: "Save a session's transcript (replaces any earlier one); redacted first when the practice enables it",
    tags: ['transcripts'],
    auth: 'full',
    roles: ['practitioner'],
    phiWrite: true,
    schema: {
      params,
      body: z.strictObject({ text: z.string().min(1).max(MAX_TRANSCRIPT, { message: `must be at most ${MAX_TRANSCRIPT / 1024} KB` }) }),
      response: { 200: meta },
    },
    handler: async ({ tenant, params: p, body }) => {
      return tenant(async (trx, ctx) => {
        const access = await clinicalAccess(trx, ctx, 'write');
        const session = await loadSession(trx, access, p.sessionId, 'write');
        const row = await saveTranscript(runtime, trx, ctx, session, body.text);
        return present(row);
      });
    },
  });

  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/sessions/:sessionId/transcript',
    summary: "Read a session's transcript",
    tags: ['transcripts'],
    auth: 'full',
    roles: ['practitioner', 'owner'],
    schema: { params, response: { 200: meta.extend({ text: z.string() }) } },
    handler: async ({ tenant, params: p }) => {
      const found = await tenant(async (trx, ctx) => {
        const access = await clinicalAccess(trx, ctx, 'read');
        const session = await loadSession(trx, access, p.sessionId, 'read');
        const row = await trx.selectFrom('transcripts').selectAll().where('session_id', '=', session.id).executeTakeFirst();
        if (row === undefined || !access.canRead(row)) throw notFound('transcript');
        // Due under the client's rule but not yet swept (the sweep runs every ten minutes): it is
        // gone as far as anyone is concerned. Its owner's read deletes it now; the deletion must
        // commit, so the 404 is raised after the transaction.
        if (row.delete_after !== null && row.delete_after <= new Date()) {
          if (row.owner_id === ctx.userId) {
            await trx.deleteFrom('transcripts').where('id', '=', row.id).execute();
            await audit(trx, ctx, { action: 'transcript.delete', resourceType: 'transcript', resourceId: row.id, metadata: { reason: 'retention_rule' } });
          }
          return null;
        }
        auditRead(trx, ctx, { action: 'transcript.read', resourceType: 'transcript', resourceId: row.id });
        const s = await clientSealer(runtime, ctx, row.client_id);
        return { ...present(row), text: s.open('transcripts', 'text', row.id, row.text_sealed) };
      });
      if (found === null) throw notFound('transcript');
      return found;
    },
  });

  defineRoute(app, runtime, {
    method: 'DELETE',
    url: '/api/sessions/:sessionId/transcript',
    summary: "Delete a session's transcript permanently (R31)",
    tags: ['transcripts'],
    auth: 'full',
    roles: ['practitioner'],
    schema: { params, response: { 200: z.object({ status: z.literal('deleted') }) } },
    handler: async ({ tenant, params: p }) =>
      tenant(async (trx, ctx) => {
        const access = await clinicalAccess(trx, ctx, 'write');
        const session = await loadSession(trx, access, p.sessionId, 'write');
        const gone = await trx.deleteFrom('transcripts').where('session_id', '=', session.id).returning('id').executeTakeFirst();
        if (gone === undefined) throw notFound('transcript');
        await audit(trx, ctx, { action: 'transcript.delete', resourceType: 'transcript', resourceId: gone.id, metadata: { reason: 'by_hand' } });
        return { status: 'deleted' as const };
      }),
  });
}
