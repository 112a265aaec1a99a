// Deletion API (R32, R33, R11 deletion, R24 receipts):
//   GET    /api/clients/:clientId/deletion          what deleting the client would remove
//   DELETE /api/clients/:clientId                   delete the client: fresh second factor, label typed back,
//                                                    reason category when signed notes exist
//   GET    /api/therapy-sessions/:sessionId/deletion
//   DELETE /api/therapy-sessions/:sessionId         delete a session; with signed notes, as for a client
// Only the client's own practitioner deletes (clients/policy.ts: canChangeClient); anyone else's
// client or session answers exactly like a missing one. Each deletion writes one receipt into the
// audit trail in the same transaction: kind, rows per table, who, and the reason category.
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../platform/runtime.ts';
import { defineRoute } from '../../http/pipeline.ts';
import { badRequest, HttpError } from '../../http/errors.ts';
import { audit, auditRead } from '../../audit/audit.ts';
import { hasFreshSecondFactor } from '../auth/sessions.ts';
import { clinicalAccess } from '../clients/policy.ts';
import { loadClient } from '../clients/queries.ts';
import { loadSession } from '../encounters/queries.ts';
import type { Tx } from '../../db/tenant.ts';
import { deleteClient, deleteSession, DeletionIncomplete, finishDeletion, SignedNotesNeedReason, type DeletionResult } from './delete.ts';
import { previewCounts } from './preview.ts';
import { deleteClientBody, deleteSessionBody, deletionPreview, deletionReceipt, type DeletionReason } from './schema.ts';

const TAGS = ['deletion'];
const clientParams = z.strictObject({ clientId: z.uuid() });
const sessionParams = z.strictObject({ sessionId: z.uuid() });

// The same answer as the pipeline gives a route declared with stepUp, so the web's step-up prompt
// handles both alike.
const stepUpRequired = (): HttpError =>
  new HttpError(403, 'step_up_required', 'Confirm your second factor again to continue (required within the last 5 minutes for this action).');

/** The typed confirmation matches the client's label, whitespace and letter case aside. */
export function confirmationMatches(typed: string | undefined, label: string): boolean {
  const norm = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();
  return typed !== undefined && norm(typed) === norm(label);
}

/** The checks a record holding signed notes needs, in the order the person meets them. */
function requireSignedNoteDecision(body: { confirmation?: string | undefined; reason?: DeletionReason | undefined } | null | undefined, label: string): DeletionReason {
  if (!confirmationMatches(body?.confirmation, label)) throw badRequest('body.confirmation', "must be the client's label, typed exactly as shown");
  if (body?.reason === undefined) throw badRequest('body.reason', 'is required when signed notes are deleted');
  return body.reason;
}

function receiptMetadata(kind: 'client' | 'session', result: DeletionResult, reason: DeletionReason | null, clientId: string) {
  return { kind, client: clientId, reason, signedNotes: result.signedNotes, ...result.counts };
}

/** Deletion errors of the module, in the words of the API. */
async function asHttp<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof SignedNotesNeedReason) throw badRequest('body.reason', 'is required when signed notes are deleted');
    if (err instanceof DeletionIncomplete) throw new HttpError(409, 'deletion_incomplete', 'Part of this record is held by another practitioner; nothing was deleted.');
    throw err;
  }
}

async function signedCount(trx: Tx, clientId: string, sessionId: string | null): Promise<number> {
  const r = await trx
    .selectFrom('notes')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('client_id', '=', clientId)
    .where('status', '=', 'signed')
    .$if(sessionId !== null, (q) => q.where('session_id', '=', sessionId ?? ''))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export function deletionRoutes(app: FastifyInstance, runtime: Runtime): void {
  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/clients/:clientId/deletion',
    summary: 'What deleting this client would remove (counts only)',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner'],
    schema: { params: clientParams, response: { 200: deletionPreview } },
    handler: async ({ params, tenant }) =>
      tenant(async (trx, ctx) => {
        const client = await loadClient(trx, await clinicalAccess(trx, ctx, 'write'), params.clientId, 'write');
        const counts = await previewCounts(trx, client.id, null);
        auditRead(trx, ctx, { action: 'client.deletion_preview', resourceType: 'client', resourceId: client.id });
        return { kind: 'client' as const, id: client.id, confirmWith: client.label, signedNotes: counts.signed_notes, needsConfirmation: true, counts };
      }),
  });

  defineRoute(app, runtime, {
    method: 'DELETE',
    url: '/api/clients/:clientId',
    summary: 'Delete a client and everything about them, for good; their key is destroyed (R33)',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner'],
    stepUp: true,
    schema: { params: clientParams, body: deleteClientBody, response: { 200: deletionReceipt } },
    handler: async ({ params, body, tenant, ctx }) => {
      const result = await tenant(async (trx, c) => {
        const client = await loadClient(trx, await clinicalAccess(trx, c, 'write'), params.clientId, 'write');
        if (!confirmationMatches(body.confirmation, client.label)) throw badRequest('body.confirmation', "must be the client's label, typed exactly as shown");
        // R16: a client under a legal hold is kept until the hold is lifted (the database refuses it too).
        if ((await trx.selectFrom('legal_holds').select('client_id').where('client_id', '=', client.id).executeTakeFirst()) !== undefined) {
          throw new HttpError(409, 'legal_hold', 'This client is under a legal hold; lift the hold before deleting the record.');
        }
        const signed = await signedCount(trx, client.id, null);
        const reason = signed > 0 ? requireSignedNoteDecision(body, client.label) : (body.reason ?? null);
        const r = await asHttp(() => deleteClient(trx, client.id, reason));
        await audit(trx, c, { action: 'client.delete', resourceType: 'client', resourceId: client.id, metadata: receiptMetadata('client', r, reason, client.id) });
        return r;
      });
      if (ctx !== null) await finishDeletion(runtime, ctx, result);
      return { status: 'deleted' as const, counts: result.counts };
    },
  });

  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/therapy-sessions/:sessionId/deletion',
    summary: 'What deleting this session would remove (counts only)',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner'],
    schema: { params: sessionParams, response: { 200: deletionPreview } },
    handler: async ({ params, tenant }) =>
      tenant(async (trx, ctx) => {
        const access = await clinicalAccess(trx, ctx, 'write');
        const session = await loadSession(trx, access, params.sessionId, 'write');
        const client = await loadClient(trx, access, session.client_id, 'write');
        const counts = await previewCounts(trx, client.id, session.id);
        const signedNotes = counts.signed_notes;
        auditRead(trx, ctx, { action: 'session.deletion_preview', resourceType: 'therapy_session', resourceId: session.id });
        return { kind: 'session' as const, id: session.id, confirmWith: client.label, signedNotes, needsConfirmation: signedNotes > 0, counts };
      }),
  });

  defineRoute(app, runtime, {
    method: 'DELETE',
    url: '/api/therapy-sessions/:sessionId',
    summary: 'Delete a session with its transcript, AI drafts, measures and notes, for good (R32)',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner'],
    schema: { params: sessionParams, body: deleteSessionBody, response: { 200: deletionReceipt } },
    handler: async ({ params, body, tenant, auth, ctx }) => {
      let stepUpMissing = false;
      const result = await tenant(async (trx, c) => {
        const access = await clinicalAccess(trx, c, 'write');
        const session = await loadSession(trx, access, params.sessionId, 'write');
        const client = await loadClient(trx, access, session.client_id, 'write');
        const signed = await signedCount(trx, client.id, session.id);
        let reason: DeletionReason | null = null;
        if (signed > 0) {
          // A signed note is part of the legal record: the same confirmation as for a client.
          if (auth === null || !hasFreshSecondFactor(auth)) {
            stepUpMissing = true;
            throw stepUpRequired();
          }
          reason = requireSignedNoteDecision(body, client.label);
        }
        const r = await asHttp(() => deleteSession(trx, session.id, client.id, reason));
        await audit(trx, c, { action: 'session.delete', resourceType: 'therapy_session', resourceId: session.id, metadata: receiptMetadata('session', r, reason, client.id) });
        return r;
      }).catch(async (err: unknown) => {
        // Recorded like the pipeline's own step-up refusals, in a transaction of its own (the
        // deletion's rolled back).
        if (stepUpMissing) await tenant((trx, c) => audit(trx, c, { action: 'access.denied', resourceType: 'route', outcome: 'denied', metadata: { reason: 'step_up', method: 'delete' } }));
        throw err;
      });
      // A session's recorded audio (issue 20) is removed from the blob store after the commit.
      if (ctx !== null) await finishDeletion(runtime, ctx, result);
      return { status: 'deleted' as const, counts: result.counts };
    },
  });
}
