// AI drafts (issue 7; R03, R27, R42, R24). The API returns the draft, its links to the source and
// its flags; nothing is signed or saved as a note automatically — the clinician copies, edits and
// signs through the notes API.
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../platform/runtime.ts';
import { defineRoute } from '../../http/pipeline.ts';
import { errorBodySchema, errorId } from '../../http/errors.ts';
import { audit, auditRead } from '../../audit/audit.ts';
import { clinicalAccess } from '../clients/policy.ts';
import { loadClient } from '../clients/queries.ts';
import { NOTE_FORMATS } from '../notes/templates.ts';
import { createDraft, DraftFailedError, loadDraftRow, openInput, openOutput, retryDraft, type DraftResult, type GatewayOptions } from './gateway.ts';
import { PROGRESS } from './prompt.ts';
import { draftBox } from './store.ts';

const TAGS = ['ai'];

const link = z.object({ segmentId: z.string(), start: z.number(), end: z.number() });
const riskCategory = z.enum(['suicide', 'homicide', 'self_harm', 'abuse', 'substance']);
const draftView = z.object({
  sections: z.array(
    z.object({
      key: z.string(),
      title: z.string(),
      sentences: z.array(
        z.object({
          text: z.string(),
          links: z.array(link),
          unsupported: z.boolean(),
          risk: z.array(riskCategory),
          /** Issue 15: 'denied' for a risk screened and denied ("Client denies SI/HI"), not an alarm. */
          riskPolarity: z.enum(['present', 'denied']).nullable().default(null),
          flags: z.array(z.enum(['no_citation', 'invalid_citation', 'weak_support', 'quote_not_in_source', 'unsupported_risk'])),
          /** Issue 15: the meaning check against the cited sources, with reasons in words. */
          label: z.enum(['SUPPORTED', 'CONTRADICTED', 'UNSUPPORTED']),
          reasons: z.array(z.string()).default([]),
        }),
      ),
    }),
  ),
});
const goalSuggestion = z.object({ goalId: z.uuid(), progress: z.enum(PROGRESS), links: z.array(link), unsupported: z.boolean() });
/** 'present': a risk in the source the draft left out (an alarm); 'denied': a screening result left out. */
const omittedRisk = z.object({ category: riskCategory, polarity: z.enum(['present', 'denied']).default('present'), links: z.array(link) });
const flag = z.object({ section: z.string(), sentence: z.number(), kind: z.enum(['unsupported', 'unsupported_risk']), label: z.enum(['CONTRADICTED', 'UNSUPPORTED']) });

const draftOut = z.object({
  id: z.uuid(),
  status: z.literal('done'),
  format: z.enum(NOTE_FORMATS),
  provider: z.enum(['local', 'anthropic', 'openai', 'onprem']),
  model: z.string(),
  draft: draftView,
  goalSuggestions: z.array(goalSuggestion),
  flags: z.array(flag),
  /** Risks the source speaks of that the draft does not carry (a model left them out). */
  omittedRisks: z.array(omittedRisk),
});

const failedOut = z.object({ error: z.object({ code: z.string(), message: z.string(), id: z.string() }), draftId: z.uuid() });
/**
 * 503 is also the answer of a refused gate (provider_not_configured) and of a database that went
 * away mid-request (issue 21): those carry no draft id. Without the plain error body here, such an
 * answer failed its schema and left as Fastify's own 500 body instead of ours.
 */
const unavailableOut = z.union([failedOut, errorBodySchema]);

const draftBody = z.strictObject({
  format: z.enum(NOTE_FORMATS),
  source: z.strictObject({
    kind: z.enum(['bullets', 'free_text', 'transcript']),
    // A 90-minute transcript is ~100 KB; twice that is refused rather than silently truncated.
    text: z.string().trim().min(1).max(200_000),
  }),
  sessionId: z.uuid().nullable().default(null),
  planId: z.uuid().nullable().default(null),
});

function present(r: DraftResult): z.infer<typeof draftOut> {
  return {
    id: r.id,
    status: r.status,
    format: r.format,
    provider: r.provider,
    model: r.model,
    draft: { sections: r.draft.sections },
    goalSuggestions: r.draft.goalSuggestions,
    flags: r.draft.flags,
    omittedRisks: r.draft.omittedRisks,
  };
}

export function aiRoutes(app: FastifyInstance, runtime: Runtime, opts: GatewayOptions = {}): void {
  /** The provider failed: the input is saved; say so, and give the draft id to retry. */
  const failed = async (reply: { code(n: number): { send(v: unknown): unknown } }, fn: () => Promise<unknown>): Promise<unknown> => {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof DraftFailedError) {
        return reply.code(err.statusCode).send({ error: { code: err.code, message: err.message, id: errorId() }, draftId: err.draftId });
      }
      throw err;
    }
  };

  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/clients/:clientId/drafts',
    summary: 'Draft a progress note from bullets, free text or a transcript, every sentence linked to its source',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner'],
    phiWrite: true,
    schema: { params: z.strictObject({ clientId: z.uuid() }), body: draftBody, response: { 201: draftOut, 502: failedOut, 503: unavailableOut } },
    handler: async ({ tenant, params, body, reply }) =>
      failed(reply, async () => {
        const r = await createDraft(runtime, tenant, params.clientId, body, opts);
        return reply.code(201).send(present(r));
      }),
  });

  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/drafts/:draftId/retry',
    summary: 'Run a draft again from its saved input (after the provider timed out or was down)',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner'],
    phiWrite: true,
    schema: { params: z.strictObject({ draftId: z.uuid() }), response: { 201: draftOut, 502: failedOut, 503: unavailableOut } },
    handler: async ({ tenant, params, reply }) =>
      failed(reply, async () => {
        const r = await retryDraft(runtime, tenant, params.draftId, opts);
        return reply.code(201).send(present(r));
      }),
  });

  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/clients/:clientId/drafts',
    summary: "The caller's drafts for a client: status only, no content",
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner'],
    schema: {
      params: z.strictObject({ clientId: z.uuid() }),
      response: {
        200: z.object({
          drafts: z.array(
            z.object({ id: z.uuid(), status: z.enum(['pending', 'done', 'failed']), format: z.enum(NOTE_FORMATS), provider: z.string(), errorCode: z.string().nullable(), createdAt: z.string(), updatedAt: z.string() }),
          ),
        }),
      },
    },
    handler: async ({ tenant, params }) =>
      tenant(async (trx, ctx) => {
        await loadClient(trx, await clinicalAccess(trx, ctx), params.clientId, 'read');
        const rows = await trx
          .selectFrom('ai_drafts')
          .select(['id', 'status', 'format', 'provider', 'error_code', 'created_at', 'updated_at'])
          .where('client_id', '=', params.clientId)
          .orderBy('created_at', 'desc')
          .limit(100)
          .execute();
        // Metadata only, but it tells who drafted what for this client: on the trail like note.list.
        auditRead(trx, ctx, { action: 'ai_draft.list', resourceType: 'client', resourceId: params.clientId, metadata: { count: rows.length } });
        return {
          drafts: rows.map((r) => ({ id: r.id, status: r.status, format: r.format, provider: r.provider, errorCode: r.error_code, createdAt: r.created_at.toISOString(), updatedAt: r.updated_at.toISOString() })),
        };
      }),
  });

  defineRoute(app, runtime, {
    method: 'DELETE',
    url: '/api/drafts/:draftId',
    summary: 'Discard a draft with its saved input and output, for good (author only)',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner'],
    schema: { params: z.strictObject({ draftId: z.uuid() }), response: { 200: z.object({ status: z.literal('deleted') }) } },
    handler: async ({ tenant, params }) =>
      tenant(async (trx, ctx) => {
        const row = await loadDraftRow(trx, params.draftId);
        await trx.deleteFrom('ai_drafts').where('id', '=', row.id).execute();
        await audit(trx, ctx, { action: 'ai_draft.delete', resourceType: 'ai_draft', resourceId: row.id, metadata: { clientId: row.client_id } });
        return { status: 'deleted' as const };
      }),
  });

  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/drafts/:draftId',
    summary: 'A draft with its saved input, and its output once done (author only)',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner'],
    schema: {
      params: z.strictObject({ draftId: z.uuid() }),
      response: {
        200: z.object({
          id: z.uuid(),
          clientId: z.uuid(),
          status: z.enum(['pending', 'done', 'failed']),
          errorCode: z.string().nullable(),
          attempts: z.number(),
          format: z.enum(NOTE_FORMATS),
          provider: z.string(),
          model: z.string(),
          input: z.object({ kind: z.enum(['bullets', 'free_text', 'transcript']), text: z.string(), sessionId: z.uuid().nullable(), planId: z.uuid().nullable() }),
          draft: draftView.nullable(),
          goalSuggestions: z.array(goalSuggestion),
          flags: z.array(flag),
          omittedRisks: z.array(omittedRisk),
        }),
      },
    },
    handler: async ({ tenant, params }) =>
      tenant(async (trx, ctx) => {
        const row = await loadDraftRow(trx, params.draftId);
        const box = await draftBox(runtime, ctx, row.client_id);
        const input = openInput(box, row);
        const out = openOutput(box, row);
        auditRead(trx, ctx, { action: 'ai_draft.read', resourceType: 'ai_draft', resourceId: row.id, metadata: { clientId: row.client_id } });
        return {
          id: row.id,
          clientId: row.client_id,
          status: row.status,
          errorCode: row.error_code,
          attempts: row.attempts,
          format: row.format,
          provider: row.provider,
          model: row.model,
          input: { kind: input.source.kind, text: input.source.text, sessionId: input.sessionId, planId: input.planId },
          draft: out === null ? null : { sections: out.draft.sections },
          goalSuggestions: out?.draft.goalSuggestions ?? [],
          flags: out?.draft.flags ?? [],
          omittedRisks: out?.draft.omittedRisks ?? [],
        };
      }),
  });
}
