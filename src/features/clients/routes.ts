// Clients API (R02, R18, R42, R31). A client is stored as initials or a pseudonym; contact notes
// and known people are sealed under the practice key (R13). Every read and change is audited (R24).
import crypto from 'node:crypto';
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../platform/runtime.ts';
import { defineRoute } from '../../http/pipeline.ts';
import { badRequest } from '../../http/errors.ts';
import { audit, auditRead } from '../../audit/audit.ts';
import type { ClientsTable } from '../../db/schema.ts';
import type { Updateable } from 'kysely';
import { clientLabel, InitialsError } from './initials.ts';
import { clientReadScope, clinicalAccess } from './policy.ts';
import { decodeCursor, encodeCursor } from '../../http/cursor.ts';
import { clientSealer } from './seal.ts';
import { displayLabel, loadClient, presentClient } from './queries.ts';
import { clientDetail, clientList, clientListQuery, clientParams, createClientBody, updateClientBody, type UpdateClientBody } from './schema.ts';

const TAGS = ['clients'];

function labelOf(name: string, pseudonym: boolean): { label: string; kind: 'initials' | 'pseudonym' } {
  try {
    return clientLabel(name, pseudonym);
  } catch (err) {
    // Never echo the value: it may be a full name.
    if (err instanceof InitialsError) throw badRequest('body.name', pseudonym ? 'is not an accepted pseudonym' : 'must contain at least one letter');
    throw err;
  }
}

/** Names of the fields a request changed, as audit tokens (never their values). */
function changedFields(body: UpdateClientBody): string {
  return Object.keys(body).sort().join('.').toLowerCase().slice(0, 64) || 'none';
}

export function clientRoutes(app: FastifyInstance, runtime: Runtime): void {
  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/clients',
    summary: 'Create a client (a full name is stored as initials only)',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner'],
    phiWrite: true,
    schema: { body: createClientBody, response: { 201: clientDetail } },
    handler: async ({ body, tenant, reply }) => {
      const { label, kind } = labelOf(body.name, body.pseudonym);
      const td = body.transcriptDeletion ?? { mode: 'never' as const };
      return tenant(async (trx, ctx) => {
        const id = crypto.randomUUID();
        const s = await clientSealer(runtime, ctx, id);
        const row = await trx
          .insertInto('clients')
          .values({
            id,
            practice_id: ctx.practiceId,
            owner_id: ctx.userId,
            label,
            label_kind: kind,
            birth_year: body.birthYear ?? null,
            pronouns: body.pronouns ?? null,
            status: body.status ?? 'active',
            contact_notes_sealed: body.contactNotes == null ? null : s.seal('clients', 'contact_notes', id, body.contactNotes),
            known_people_sealed: body.knownPeople === undefined ? null : s.sealJson('clients', 'known_people', id, body.knownPeople),
            ai_disabled: body.aiDisabled ?? false,
            transcript_deletion: td.mode,
            transcript_deletion_days: td.mode === 'after_days' ? td.days : null,
            safety_flag_at: null,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(trx, ctx, { action: 'client.create', resourceType: 'client', resourceId: id, metadata: { labelKind: kind, aiDisabled: row.ai_disabled } });
        reply.code(201);
        return presentClient(row, s);
      });
    },
  });

  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/clients',
    summary: 'List the clients the caller may read (labels only)',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner', 'owner'],
    schema: { querystring: clientListQuery, response: { 200: clientList } },
    handler: async ({ query, tenant }) =>
      tenant(async (trx, ctx) => {
        // Issue 21: one page in SQL, keyset on (label, client_number) — the number is unique — with
        // the read rule of clinicalAccess() in the WHERE clause, so a page is full and its cost
        // does not grow with the practice. The cursor is the last client's id (no label in URLs).
        const readable = await clientReadScope(trx, ctx);
        let after: { label: string; client_number: number } | undefined;
        if (query.cursor !== undefined) {
          const [id] = decodeCursor(query.cursor, z.tuple([z.uuid()]));
          after = await trx.selectFrom('clients').select(['label', 'client_number']).where('id', '=', id).where(readable).executeTakeFirst();
          if (after === undefined) throw badRequest('query.cursor', 'is no longer valid');
        }
        const from = after;
        const rows = await trx
          .selectFrom('clients')
          .select(['id', 'label', 'label_kind', 'client_number', 'status', 'safety_flag', 'owner_id'])
          .where('practice_id', '=', ctx.practiceId)
          .where(readable)
          .$if(from !== undefined, (q) => q.where((eb) => eb(eb.refTuple('label', 'client_number'), '>', eb.tuple(from?.label ?? '', from?.client_number ?? 0))))
          .orderBy('label')
          .orderBy('client_number')
          .limit(query.limit + 1)
          .execute();
        const page = rows.slice(0, query.limit);
        const last = page.at(-1);
        auditRead(trx, ctx, { action: 'client.list', resourceType: 'client', metadata: { count: page.length } });
        return {
          clients: page.map((r) => ({ id: r.id, label: r.label, labelKind: r.label_kind, clientNumber: r.client_number, displayLabel: displayLabel(r.label, r.client_number), status: r.status, safetyFlag: r.safety_flag, ownerId: r.owner_id })),
          nextCursor: rows.length > query.limit && last !== undefined ? encodeCursor([last.id]) : null,
        };
      }),
  });

  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/clients/:clientId',
    summary: 'Read a client, with decrypted contact notes and known people',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner', 'owner'],
    schema: { params: clientParams, response: { 200: clientDetail } },
    handler: async ({ params, tenant }) =>
      tenant(async (trx, ctx) => {
        const access = await clinicalAccess(trx, ctx);
        const row = await loadClient(trx, access, params.clientId, 'read');
        const s = await clientSealer(runtime, ctx, row.id);
        auditRead(trx, ctx, { action: 'client.read', resourceType: 'client', resourceId: row.id });
        return presentClient(row, s);
      }),
  });

  defineRoute(app, runtime, {
    method: 'PATCH',
    url: '/api/clients/:clientId',
    summary: 'Change a client: label, details, AI switch (R42), transcript deletion (R31), known people',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner'],
    phiWrite: true,
    schema: { params: clientParams, body: updateClientBody, response: { 200: clientDetail } },
    handler: async ({ params, body, tenant }) => {
      const relabel = body.name === undefined ? undefined : labelOf(body.name, body.pseudonym ?? false);
      if (body.name === undefined && body.pseudonym !== undefined) throw badRequest('body.pseudonym', 'requires name');
      return tenant(async (trx, ctx) => {
        const access = await clinicalAccess(trx, ctx, 'write');
        const current = await loadClient(trx, access, params.clientId, 'write');
        const s = await clientSealer(runtime, ctx, current.id);
        const id = current.id;
        const set: Updateable<ClientsTable> = { updated_at: new Date() };
        if (relabel !== undefined) Object.assign(set, { label: relabel.label, label_kind: relabel.kind });
        if (body.birthYear !== undefined) set.birth_year = body.birthYear;
        if (body.pronouns !== undefined) set.pronouns = body.pronouns;
        if (body.status !== undefined) set.status = body.status;
        if (body.contactNotes !== undefined) set.contact_notes_sealed = body.contactNotes === null ? null : s.seal('clients', 'contact_notes', id, body.contactNotes);
        if (body.knownPeople !== undefined) set.known_people_sealed = s.sealJson('clients', 'known_people', id, body.knownPeople);
        if (body.aiDisabled !== undefined) set.ai_disabled = body.aiDisabled;
        // The practitioner acknowledges a safety flag (R05); only they clear it, never a score.
        if (body.safetyFlag === false) Object.assign(set, { safety_flag: false, safety_flag_at: null });
        if (body.transcriptDeletion !== undefined) {
          set.transcript_deletion = body.transcriptDeletion.mode;
          set.transcript_deletion_days = body.transcriptDeletion.mode === 'after_days' ? body.transcriptDeletion.days : null;
        }
        const row = await trx.updateTable('clients').set(set).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
        await audit(trx, ctx, { action: 'client.update', resourceType: 'client', resourceId: id, metadata: { fields: changedFields(body) } });
        if (body.aiDisabled !== undefined) {
          await audit(trx, ctx, { action: 'client.ai_setting', resourceType: 'client', resourceId: id, metadata: { aiDisabled: body.aiDisabled } });
        }
        return presentClient(row, s);
      });
    },
  });
}
