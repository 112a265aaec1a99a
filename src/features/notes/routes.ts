// Progress and process notes (R03, R13): draft → signed, addenda, co-signature. Every section is
// sealed under the practice key; a signed note never changes (the database refuses it too).
import crypto from 'node:crypto';
import { sql } from 'kysely';
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../platform/runtime.ts';
import { defineRoute } from '../../http/pipeline.ts';
import { badRequest, HttpError } from '../../http/errors.ts';
import { audit, auditRead } from '../../audit/audit.ts';
import { commitWith, type TenantContext, type Tx } from '../../db/tenant.ts';
import { clinicalAccess } from '../clients/policy.ts';
import { displayLabel, knownPeopleOf, loadClient } from '../clients/queries.ts';
import { isoDate } from '../../db/dates.ts';
import { loadChartFacts } from './chart-header.ts';
import { clientSealer } from '../clients/seal.ts';
import { isCosigner } from './policy.ts';
import { openNamesForAuthor, restoreSections, sealNames } from './names.ts';
import {
  addendumHash,
  canonicalSections,
  checkCosigner,
  checkSections,
  checkSessionOfClient,
  contentHash,
  loadNote,
  loadNoteForRead,
  type NoteRow,
  openSections,
  presentNote,
  replaceGoalProgress,
  summarizeNote,
} from './queries.ts';
import { addendumBody, clientParams, createNoteBody, noteDetail, noteParams, noteSummary, signBody, updateNoteBody } from './schema.ts';
import { NOTE_TEMPLATES } from './templates.ts';
import { addDraft, blockingSentences, isContradictedRisk, MAX_AI_SENTENCES, openAiRecordForAuthor, sealAiRecord, type AiRecord, type ConfirmReason } from './ai-record.ts';
import { loadDraftRow, openOutput } from '../ai/gateway.ts';
import { draftBox } from '../ai/store.ts';

const TAGS = ['notes'];

const signedConflict = (): HttpError => new HttpError(409, 'note_signed', 'A signed note cannot be changed. Add an addendum instead.');

/** A note's date of service is a day that has come (a note records what took place). */
function checkServiceDate(date: string | null, now: Date): void {
  if (date !== null && date > isoDate(new Date(now.getTime() + 14 * 3_600_000))) {
    // Fourteen hours' grace: the clinician's calendar day may be ahead of the server's.
    throw new HttpError(400, 'date_in_future', 'body.serviceDate: cannot be in the future');
  }
}

const REASON_LIST = 'accurate_as_written, source_incomplete or other_documented';

/**
 * Issue 15: copies a finished AI draft of this client, in this note's format, into the note's AI
 * record. The draft is read under row-level security: only its author finds it.
 */
async function useDraft(trx: Tx, ctx: TenantContext, note: NoteRow, draftId: string, prev: AiRecord | undefined, runtime: Runtime): Promise<AiRecord> {
  const row = await loadDraftRow(trx, draftId).catch((err: unknown) => {
    throw err instanceof HttpError && err.statusCode === 404 ? badRequest('body.aiDraftId', 'is not one of your AI drafts') : err;
  });
  if (row.client_id !== note.client_id) throw badRequest('body.aiDraftId', 'is a draft for another client');
  if (row.format !== note.format) throw badRequest('body.aiDraftId', 'was drafted in another note format');
  const out = openOutput(await draftBox(runtime, ctx, row.client_id), row);
  if (out === null) throw new HttpError(409, 'draft_not_done', 'body.aiDraftId: this draft has no result yet; run it again or write the note yourself.');
  const rec = addDraft(prev, { id: row.id, provider: out.provider, model: out.model, draft: out.draft });
  if (rec.sentences.length > MAX_AI_SENTENCES) throw badRequest('body.aiDraftId', `would bring the note over ${MAX_AI_SENTENCES} AI sentences`);
  return rec;
}

/**
 * The contradicted risk sentences still in the note must each be confirmed with a reason, or the
 * signature is refused (409) naming the first one by its index and section — never its words.
 * Returns the confirmations that apply. A confirmation naming no contradicted risk sentence of
 * this note is refused too: it would put a confirmation on the trail for nothing.
 */
function confirmBlocking(
  note: NoteRow,
  ai: AiRecord | undefined,
  sections: Record<string, string>,
  confirmations: Array<{ sentence: number; reason: ConfirmReason }>,
): Array<{ sentence: AiRecord['sentences'][number]; reason: ConfirmReason }> {
  const blocking = blockingSentences(ai, sections);
  const contradicted = new Set((ai?.sentences ?? []).filter(isContradictedRisk).map((x) => x.n));
  const given = new Map<number, ConfirmReason>();
  for (const [i, c] of confirmations.entries()) {
    if (!contradicted.has(c.sentence)) throw badRequest(`body.confirmations.${i}.sentence`, 'is not a contradicted risk sentence of this note');
    if (given.has(c.sentence)) throw badRequest(`body.confirmations.${i}.sentence`, 'is confirmed twice');
    given.set(c.sentence, c.reason);
  }
  const missing = blocking.filter((b) => !given.has(b.n));
  if (missing.length > 0) {
    const first = missing[0]!;
    const title = NOTE_TEMPLATES[note.format].sections.find((t) => t.key === first.section)?.title ?? first.section;
    const more = missing.length > 1 ? ` (and ${missing.length - 1} more)` : '';
    throw new HttpError(
      409,
      'ai_contradiction_unconfirmed',
      `ai.sentences.${first.n}: a risk statement from the AI draft (${title} section)${more} contradicts its source and is still in the note as drafted. Edit it, or confirm it with a reason (${REASON_LIST}) before signing.`,
    );
  }
  return blocking.map((b) => ({ sentence: b, reason: given.get(b.n)! }));
}

export function noteRoutes(app: FastifyInstance, runtime: Runtime): void {
  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/note-templates',
    summary: 'Note formats (SOAP, DAP, BIRP, GIRP, PIE, free-form) with their sections and guidance',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner', 'owner'],
    schema: {},
    handler: async () => ({ templates: Object.values(NOTE_TEMPLATES) }),
  });

  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/clients/:clientId/notes',
    summary: 'Start a note (draft) for a client',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner'],
    phiWrite: true,
    schema: { params: clientParams, body: createNoteBody, response: { 201: noteDetail } },
    handler: async ({ params, body, tenant, reply }) => {
      checkSections(body.format, body.sections);
      if (body.kind === 'process' && body.cosignerId != null) throw badRequest('body.cosignerId', 'process notes are the author’s alone');
      if (body.kind === 'process' && body.goals !== undefined) throw badRequest('body.goals', 'goal progress belongs in a progress note');
      return tenant(async (trx, ctx) => {
        const access = await clinicalAccess(trx, ctx, 'write');
        const client = await loadClient(trx, access, params.clientId, 'write');
        if (body.sessionId != null) await checkSessionOfClient(trx, body.sessionId, client.id, ctx.userId);
        if (body.cosignerId != null) await checkCosigner(trx, body.cosignerId, ctx.userId);
        const serviceDate = body.sessionId != null ? null : (body.serviceDate ?? isoDate(runtime.clock.now()));
        checkServiceDate(serviceDate, runtime.clock.now());
        const s = await clientSealer(runtime, ctx, client.id);
        const id = crypto.randomUUID();
        // R19: names leave the sections before sealing; the client's known people are always caught.
        const known = client.known_people_sealed === null ? [] : s.openJson<string[]>('clients', 'known_people', client.id, client.known_people_sealed);
        const split = await sealNames(runtime, ctx, id, canonicalSections(body.format, body.sections), known);
        const insert = trx
          .insertInto('notes')
          .values({
            id,
            practice_id: ctx.practiceId,
            owner_id: ctx.userId,
            client_id: client.id,
            session_id: body.sessionId ?? null,
            service_date: serviceDate,
            kind: body.kind,
            format: body.format,
            sections_sealed: s.sealJson('notes', 'sections', id, split.stripped),
            names_sealed: split.namesSealed,
            signed_at: null,
            signed_by: null,
            signed_ip: null,
            content_sha256: null,
            cosigner_id: body.cosignerId ?? null,
            cosigned_at: null,
            cosigned_ip: null,
          })
          .returningAll();
        const event = { action: 'note.create', resourceType: 'note', resourceId: id, metadata: { clientId: client.id, format: body.format, kind: body.kind, goals: body.goals?.length ?? 0 } };
        // The chart header's facts, read before the insert may commit the transaction.
        const chart = await loadChartFacts(trx, { client_id: client.id, session_id: body.sessionId ?? null, owner_id: ctx.userId, service_date: serviceDate, created_at: new Date() });
        let row: NoteRow;
        if (body.goals === undefined) {
          // The note, its audit event and the commit in one round trip.
          await audit(trx, ctx, event);
          const inserted = (await commitWith(trx, insert)).rows[0];
          if (inserted === undefined) throw new Error('note insert returned no row');
          row = inserted;
        } else {
          row = await insert.executeTakeFirstOrThrow();
          await replaceGoalProgress(trx, s, ctx, row, body.goals);
          await audit(trx, ctx, event);
        }
        reply.code(201);
        return presentNote(trx, s, row, { noAddenda: true, noGoals: body.goals === undefined, names: split.names, chart: { ...chart, createdAt: row.created_at } });
      });
    },
  });

  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/clients/:clientId/notes',
    summary: "List a client's notes (metadata only); process notes appear to their author only",
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner', 'owner'],
    schema: { params: clientParams, response: { 200: z.object({ notes: z.array(noteSummary) }) } },
    handler: async ({ params, tenant }) =>
      tenant(async (trx, ctx) => {
        const access = await clinicalAccess(trx, ctx);
        const client = await loadClient(trx, access, params.clientId, 'read');
        // Issue 16: listed by date of service (the session's start, or the note's own date), not
        // by when the note was written.
        const rows = await trx
          .selectFrom('notes as n')
          .leftJoin('therapy_sessions as t', 't.id', 'n.session_id')
          .select(['n.id', 'n.owner_id', 'n.client_id', 'n.session_id', 'n.service_date', 'n.kind', 'n.format', 'n.status', 'n.signed_at', 'n.cosigner_id', 'n.cosigned_at', 'n.created_at', 't.starts_at'])
          .where('n.client_id', '=', client.id)
          .orderBy(sql`coalesce(t.starts_at, n.service_date::timestamptz, n.created_at)`, 'desc')
          .orderBy('n.created_at', 'desc')
          .execute();
        const visible = rows.filter((r) => r.kind === 'progress' || access.canReadAuthorOnly(r));
        auditRead(trx, ctx, { action: 'note.list', resourceType: 'client', resourceId: client.id, metadata: { count: visible.length } });
        return { notes: visible.map((r) => summarizeNote(r, r.starts_at)) };
      }),
  });

  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/notes/:noteId',
    summary: 'Read a note with its sections, goal progress, addenda and integrity check',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner', 'owner'],
    schema: { params: noteParams, response: { 200: noteDetail } },
    handler: async ({ params, tenant }) => {
      return tenant(async (trx, ctx) => {
        // One round trip: the read, its audit event (note.read) and the commit.
        const { row, addenda, goals, chart } = await loadNoteForRead(trx, ctx, params.noteId, { audit: true });
        const [s, names, ai] = await Promise.all([clientSealer(runtime, ctx, row.client_id), openNamesForAuthor(runtime, ctx, row), openAiRecordForAuthor(runtime, ctx, row)]);
        return presentNote(trx, s, row, { names, ai, addenda, goals, chart });
      });
    },
  });

  defineRoute(app, runtime, {
    method: 'PATCH',
    url: '/api/notes/:noteId',
    summary: 'Edit a draft note (a signed note answers 409: add an addendum)',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner'],
    phiWrite: true,
    schema: { params: noteParams, body: updateNoteBody, response: { 200: noteDetail } },
    handler: async ({ params, body, tenant }) =>
      tenant(async (trx, ctx) => {
        const access = await clinicalAccess(trx, ctx, 'write');
        const cur = await loadNote(trx, access, ctx, params.noteId, 'write');
        if (cur.status === 'signed') throw signedConflict();
        if (body.sections !== undefined) checkSections(cur.format, body.sections);
        if (body.sessionId != null) await checkSessionOfClient(trx, body.sessionId, cur.client_id, ctx.userId);
        if (body.serviceDate != null) checkServiceDate(body.serviceDate, runtime.clock.now());
        // A note has a session or its own date of service, never both.
        const sessionAfter = body.sessionId === undefined ? cur.session_id : body.sessionId;
        const serviceDate = sessionAfter !== null ? null : (body.serviceDate ?? (cur.service_date === null ? isoDate(cur.created_at) : isoDate(cur.service_date)));
        if (body.cosignerId != null) {
          if (cur.kind === 'process') throw badRequest('body.cosignerId', 'process notes are the author’s alone');
          await checkCosigner(trx, body.cosignerId, ctx.userId);
        }
        if (body.goals !== undefined && cur.kind === 'process') throw badRequest('body.goals', 'goal progress belongs in a progress note');
        const s = await clientSealer(runtime, ctx, cur.client_id);
        // Sections merge: a key sent replaces that section, keys not sent stay as they were. The
        // author's names are restored first and the whole note is split again (R19).
        const curNames = await openNamesForAuthor(runtime, ctx, cur);
        let names = curNames;
        let split: Awaited<ReturnType<typeof sealNames>> | undefined;
        if (body.sections !== undefined) {
          const merged = canonicalSections(cur.format, { ...restoreSections(openSections(s, cur), curNames), ...body.sections });
          split = await sealNames(runtime, ctx, cur.id, merged, await knownPeopleOf(trx, s, cur.client_id));
          names = split.names;
        }
        // Issue 15: the draft's sentences and their labels are copied into the note, so they
        // outlive the draft. The server reads them from the draft itself, never from the request.
        let ai = await openAiRecordForAuthor(runtime, ctx, cur);
        let aiSealed: Buffer | undefined;
        if (body.aiDraftId !== undefined) {
          ai = await useDraft(trx, ctx, cur, body.aiDraftId, ai, runtime);
          aiSealed = await sealAiRecord(runtime, ctx, cur.id, ai);
        }
        const row = await trx
          .updateTable('notes')
          .set({
            ...(split === undefined ? {} : { sections_sealed: s.sealJson('notes', 'sections', cur.id, split.stripped), names_sealed: split.namesSealed }),
            ...(aiSealed === undefined ? {} : { ai_sealed: aiSealed, ai_draft_id: body.aiDraftId ?? null }),
            ...(body.sessionId === undefined ? {} : { session_id: body.sessionId }),
            service_date: serviceDate,
            ...(body.cosignerId === undefined ? {} : { cosigner_id: body.cosignerId }),
            updated_at: new Date(),
          })
          .where('id', '=', cur.id)
          .where('status', '=', 'draft')
          .returningAll()
          .executeTakeFirst();
        if (row === undefined) throw signedConflict();
        if (body.goals !== undefined) await replaceGoalProgress(trx, s, ctx, row, body.goals);
        await audit(trx, ctx, {
          action: 'note.update',
          resourceType: 'note',
          resourceId: cur.id,
          metadata: { sections: body.sections !== undefined, goals: body.goals?.length ?? null, ...(body.aiDraftId === undefined ? {} : { aiDraftId: body.aiDraftId }) },
        });
        return presentNote(trx, s, row, { noAddenda: true, names, ai });
      }),
  });

  defineRoute(app, runtime, {
    method: 'DELETE',
    url: '/api/notes/:noteId',
    summary: 'Discard a draft note (signed notes are part of the record and cannot be deleted)',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner'],
    schema: { params: noteParams },
    handler: async ({ params, tenant, reply }) =>
      tenant(async (trx, ctx) => {
        const cur = await loadNote(trx, await clinicalAccess(trx, ctx, 'write'), ctx, params.noteId, 'write');
        if (cur.status === 'signed') throw signedConflict();
        await trx.deleteFrom('notes').where('id', '=', cur.id).where('status', '=', 'draft').execute();
        await audit(trx, ctx, { action: 'note.delete', resourceType: 'note', resourceId: cur.id });
        return reply.code(204).send();
      }),
  });

  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/notes/:noteId/sign',
    summary: 'Sign a note: records who, when, from which address and a hash of the content; the note is then immutable',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner'],
    phiWrite: true,
    schema: { params: noteParams, body: signBody, response: { 200: noteDetail } },
    handler: async ({ params, body, tenant }) =>
      tenant(async (trx, ctx) => {
        const cur = await loadNote(trx, await clinicalAccess(trx, ctx, 'write'), ctx, params.noteId, 'write');
        if (cur.status === 'signed') throw signedConflict();
        const s = await clientSealer(runtime, ctx, cur.client_id);
        const sections = openSections(s, cur);
        const empty = NOTE_TEMPLATES[cur.format].sections.find((t) => (sections[t.key] ?? '').trim() === '');
        if (empty !== undefined) throw badRequest(`sections.${empty.key}`, 'must be written before the note is signed');
        const names = await openNamesForAuthor(runtime, ctx, cur);
        // Issue 15: a contradicted risk sentence from an AI draft, still in the note as drafted,
        // is signed only with the clinician's confirmation (a reason from the list).
        let ai = await openAiRecordForAuthor(runtime, ctx, cur);
        const confirmed = confirmBlocking(cur, ai, restoreSections(sections, names), body.confirmations);
        let aiSealed = cur.ai_sealed;
        if (ai !== undefined && confirmed.length > 0) {
          const reasonOf = new Map(confirmed.map((c) => [c.sentence.n, c.reason]));
          ai = { ...ai, sentences: ai.sentences.map((x) => (reasonOf.has(x.n) ? { ...x, confirmed: reasonOf.get(x.n)! } : x)) };
          aiSealed = await sealAiRecord(runtime, ctx, cur.id, ai);
        }
        // Millisecond precision: the time hashed is exactly the time stored and read back.
        const signedAt = new Date(Math.floor(Date.now()));
        const hash = contentHash({ ...cur, ai_sealed: aiSealed }, sections, ctx.userId, signedAt);
        const row = await trx
          .updateTable('notes')
          .set({ status: 'signed', signed_at: signedAt, signed_by: ctx.userId, signed_ip: ctx.ip?.slice(0, 64) ?? null, content_sha256: hash, ai_sealed: aiSealed, updated_at: signedAt })
          .where('id', '=', cur.id)
          .where('status', '=', 'draft')
          .returningAll()
          .executeTakeFirst();
        if (row === undefined) throw signedConflict();
        // The confirmation is on the trail as a category with the sentence's index and its risk
        // categories — never its words.
        for (const c of confirmed) {
          await audit(trx, ctx, {
            action: 'note.ai_confirm',
            resourceType: 'note',
            resourceId: cur.id,
            metadata: { reason: c.reason, sentence: c.sentence.n, risk: c.sentence.risk.join('+') || null, draftId: ai?.drafts[c.sentence.draft]?.id ?? null },
          });
        }
        await audit(trx, ctx, {
          action: 'note.sign',
          resourceType: 'note',
          resourceId: cur.id,
          metadata: { contentSha256: hash, kind: cur.kind, ...(ai === undefined ? {} : { aiSentences: ai.sentences.length, aiConfirmed: confirmed.length }) },
        });
        return presentNote(trx, s, row, { noAddenda: true, names, ai });
      }),
  });

  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/notes/:noteId/addenda',
    summary: 'Add a signed addendum to a signed note',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner'],
    phiWrite: true,
    schema: { params: noteParams, body: addendumBody, response: { 201: noteDetail } },
    handler: async ({ params, body, tenant, reply }) =>
      tenant(async (trx, ctx) => {
        const cur = await loadNote(trx, await clinicalAccess(trx, ctx, 'write'), ctx, params.noteId, 'write');
        if (cur.status !== 'signed' || cur.content_sha256 === null) {
          throw new HttpError(409, 'note_not_signed', 'A draft is edited directly; addenda are for signed notes.');
        }
        const s = await clientSealer(runtime, ctx, cur.client_id);
        const id = crypto.randomUUID();
        const signedAt = new Date();
        const hash = addendumHash(cur.id, cur.content_sha256, body.text, ctx.userId, signedAt);
        await trx
          .insertInto('note_addenda')
          .values({ id, practice_id: ctx.practiceId, owner_id: ctx.userId, note_id: cur.id, body_sealed: s.seal('note_addenda', 'body', id, body.text), signed_at: signedAt, signed_ip: ctx.ip?.slice(0, 64) ?? null, content_sha256: hash })
          .execute();
        await audit(trx, ctx, { action: 'note.addendum', resourceType: 'note', resourceId: cur.id, metadata: { addendumId: id, contentSha256: hash } });
        reply.code(201);
        return presentNote(trx, s, cur, { names: await openNamesForAuthor(runtime, ctx, cur), ai: await openAiRecordForAuthor(runtime, ctx, cur) });
      }),
  });

  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/cosignatures',
    summary: 'Signed progress notes that name the caller as co-signer (metadata only), awaiting first',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner'],
    schema: { response: { 200: z.object({ notes: z.array(noteSummary.extend({ authorId: z.uuid(), clientLabel: z.string().nullable() })) }) } },
    handler: async ({ tenant }) =>
      tenant(async (trx, ctx) => {
        // RLS (notes_read) already limits a co-signer to signed progress notes naming them; the
        // filters say the same so the list never depends on another rule being broad.
        // Issue 16: each with its client's label and number, so two "J.D.S." are never confused
        // (the co-signer reads those rows through migration 0015's co-signer policies).
        const rows = await trx
          .selectFrom('notes as n')
          .leftJoin('clients as c', 'c.id', 'n.client_id')
          .leftJoin('therapy_sessions as t', 't.id', 'n.session_id')
          .select(['n.id', 'n.owner_id', 'n.client_id', 'n.session_id', 'n.service_date', 'n.kind', 'n.format', 'n.status', 'n.signed_at', 'n.cosigner_id', 'n.cosigned_at', 'n.created_at', 'c.label', 'c.client_number', 't.starts_at'])
          .where('n.cosigner_id', '=', ctx.userId)
          .where('n.kind', '=', 'progress')
          .where('n.status', '=', 'signed')
          .orderBy(sql`n.cosigned_at IS NOT NULL`)
          .orderBy('n.signed_at', 'desc')
          .limit(200)
          .execute();
        const pending = rows.filter((r) => r.cosigned_at === null).length;
        auditRead(trx, ctx, { action: 'note.cosign_list', resourceType: 'note', metadata: { count: rows.length, pending } });
        return {
          notes: rows.map((r) => ({
            ...summarizeNote(r, r.starts_at),
            authorId: r.owner_id,
            clientLabel: r.label === null || r.client_number === null ? null : displayLabel(r.label, r.client_number),
          })),
        };
      }),
  });

  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/notes/:noteId/cosign',
    summary: "Co-sign an associate's signed progress note (the named co-signer only)",
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner'],
    phiWrite: true,
    schema: { params: noteParams, response: { 200: noteDetail } },
    handler: async ({ params, tenant }) =>
      tenant(async (trx, ctx) => {
        const access = await clinicalAccess(trx, ctx);
        const cur = await loadNote(trx, access, ctx, params.noteId, 'read');
        if (!isCosigner(ctx, cur)) {
          if (cur.cosigner_id === ctx.userId && cur.status === 'draft') throw new HttpError(409, 'note_not_signed', 'The author must sign the note before it can be co-signed.');
          throw new HttpError(403, 'forbidden', 'Only the named co-signer can co-sign this note.');
        }
        if (cur.cosigned_at !== null) throw new HttpError(409, 'already_cosigned', 'This note is already co-signed.');
        const row = await trx
          .updateTable('notes')
          .set({ cosigned_at: new Date(), cosigned_ip: ctx.ip?.slice(0, 64) ?? null })
          .where('id', '=', cur.id)
          .where('cosigned_at', 'is', null)
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(trx, ctx, { action: 'note.cosign', resourceType: 'note', resourceId: cur.id, metadata: { contentSha256: cur.content_sha256 } });
        return presentNote(trx, await clientSealer(runtime, ctx, row.client_id), row);
      }),
  });
}
