// CSV import (R14): clients, sessions and measures from another tool's CSV export.
//   1. inspect — the file's header (or the whole file), in memory: its encoding, delimiter and
//      columns, and Tacet's fields to map them to. Nothing is kept.
//   2. upload  — the whole file with the mapping: decoded, parsed and validated row by row in
//      memory, names turned into initials; the valid rows are staged sealed for 15 minutes.
//   3. review  — the staged rows (opened for the uploader only) and each refused cell by line and
//      column, never by value.
//   4. confirm — one transaction: records created, staging deleted, audit event; or cancel.
// The raw upload never reaches the file system: Fastify hands the body over as one Buffer
// (parseAs 'buffer'), and nothing below writes it anywhere (proved in import.fs.test.ts).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Runtime } from '../../platform/runtime.ts';
import { defineRoute } from '../../http/pipeline.ts';
import { badRequest, HttpError, notFound } from '../../http/errors.ts';
import { audit, auditRead } from '../../audit/audit.ts';
import { practiceSealer } from '../clients/seal.ts';
import { decodeUpload, ImportFileError, type Decoded } from './decode.ts';
import { parseCsv, type ParsedCsv } from './parse.ts';
import { checkMapping, FIELD_LABELS, FIELDS, suggestMapping, type Mapping } from './fields.ts';
import { validateRows } from './validate.ts';
import { isTimeZone } from './cells.ts';
import { deleteImport, errorsOf, loadImport, openStaged, stageImport, type ImportRow, type Staged } from './staging.ts';
import { commitStaged } from './commit.ts';
import { committedView, importParams, inspectQuery, inspectView, mappingSchema, reviewView, uploadQuery, type ReviewView } from './schema.ts';

const TAGS = ['import'];
/** The route's own body limit (the server's is 1 MiB): beyond it, 413 before the body is read on. */
export const IMPORT_BODY_LIMIT = 20 * 1024 * 1024;
/** Rows of each kind shown on the review screen (the counts cover all). */
const REVIEW_ROWS = 200;

function fileOf(body: unknown): Uint8Array {
  if (!Buffer.isBuffer(body)) throw new HttpError(415, 'unsupported_media_type', 'Send the file as the request body with Content-Type: text/csv.');
  return body;
}

/** Decoding and parsing; a fault of the file is a 400 naming the line, never the content. */
function read(body: unknown, headerOnly: boolean): { decoded: Decoded; csv: ParsedCsv } {
  try {
    const decoded = decodeUpload(fileOf(body));
    return { decoded, csv: parseCsv(decoded.text, { headerOnly }) };
  } catch (err) {
    if (err instanceof ImportFileError) throw new HttpError(400, `import_${err.code}`, `file: ${err.message}`);
    throw err;
  }
}

function mappingOf(raw: string): Mapping {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw badRequest('query.mapping', 'is not valid JSON');
  }
  const parsed = mappingSchema.safeParse(json);
  if (!parsed.success) throw badRequest('query.mapping', 'must map Tacet field names to column numbers');
  return parsed.data;
}

function present(row: ImportRow, staged: Staged): ReviewView {
  const labelOf = new Map(staged.clients.map((c) => [c.ref, c.label]));
  return {
    id: row.id,
    kind: row.kind,
    expiresAt: row.expires_at.toISOString(),
    counts: { rows: row.row_count, staged: row.staged_count, errors: row.error_count, clients: row.client_count },
    errors: errorsOf(row),
    clients: staged.clients.slice(0, REVIEW_ROWS),
    sessions: staged.sessions.slice(0, REVIEW_ROWS).map((s) => ({ ...s, clientLabel: labelOf.get(s.ref) ?? '' })),
    measures: staged.measures.slice(0, REVIEW_ROWS).map((m) => ({ line: m.line, ref: m.ref, clientLabel: labelOf.get(m.ref) ?? '', instrument: m.instrument, total: m.total, severity: m.severity, administeredAt: m.administeredAt })),
  };
}

const gone = (): HttpError => new HttpError(404, 'import_not_found', 'The import was not found; staged imports are deleted after 15 minutes. Upload the file again.');

export function importRoutes(app: FastifyInstance, runtime: Runtime): void {
  // The upload is the CSV itself, kept as one Buffer in memory. Registered for text/csv only, so
  // every other route still takes JSON alone (a CSV body there fails its schema).
  app.addContentTypeParser('text/csv', { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT }, (_req, body, done) => done(null, body));

  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/imports/inspect',
    summary: 'Read a CSV file’s encoding, delimiter and header, for the column-mapping step (nothing is kept)',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner'],
    bodyLimit: IMPORT_BODY_LIMIT,
    schema: { querystring: inspectQuery, response: { 200: inspectView } },
    handler: async ({ body, query }) => {
      const { decoded, csv } = read(body, true);
      return {
        encoding: decoded.encoding,
        delimiter: csv.delimiter,
        columns: csv.header.map((header, index) => ({ index, header })),
        fields: FIELDS[query.kind].map((field) => ({ field, label: FIELD_LABELS[field] })),
        suggested: suggestMapping(query.kind, csv.header) as Record<string, number>,
      };
    },
  });

  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/imports',
    summary: 'Upload a CSV file with its column mapping: validated row by row and staged sealed for 15 minutes',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner'],
    phiWrite: true,
    bodyLimit: IMPORT_BODY_LIMIT,
    schema: { querystring: uploadQuery, response: { 201: reviewView } },
    handler: async ({ body, query, tenant, reply }) => {
      const mapping = mappingOf(query.mapping);
      if (!isTimeZone(query.timeZone)) throw badRequest('query.timeZone', 'is not a time zone name (e.g. America/New_York)');
      const { csv } = read(body, false);
      const wrong = checkMapping(query.kind, mapping, csv.header.length);
      if (wrong !== undefined) throw badRequest('query.mapping', wrong);
      const v = validateRows(csv.records, { kind: query.kind, mapping, columns: csv.header.length, timeZone: query.timeZone, now: runtime.clock.now() });
      return tenant(async (trx, ctx) => {
        const sealer = await practiceSealer(runtime, ctx);
        const row = await stageImport(trx, ctx, sealer, query.kind, v);
        await audit(trx, ctx, {
          action: 'import.started',
          resourceType: 'import',
          resourceId: row.id,
          metadata: { kind: query.kind, rows: row.row_count, staged: row.staged_count, errors: row.error_count, clients: row.client_count },
        });
        reply.code(201);
        return present(row, { clients: v.clients, sessions: v.sessions, measures: v.measures });
      });
    },
  });

  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/imports/:importId',
    summary: 'Review a staged import: its first rows and every refused cell by line and column',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner'],
    schema: { params: importParams, response: { 200: reviewView } },
    handler: async ({ params, tenant }) =>
      tenant(async (trx, ctx) => {
        const row = await loadImport(trx, params.importId);
        if (row === undefined) throw gone();
        const staged = await openStaged(trx, await practiceSealer(runtime, ctx), row.id);
        auditRead(trx, ctx, { action: 'import.review', resourceType: 'import', resourceId: row.id, metadata: { staged: row.staged_count } });
        return present(row, staged);
      }),
  });

  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/imports/:importId/confirm',
    summary: 'Commit a staged import in one transaction; the staging is deleted with it',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner'],
    phiWrite: true,
    schema: { params: importParams, response: { 200: committedView } },
    handler: async ({ params, tenant }) =>
      tenant(async (trx, ctx) => {
        const row = await loadImport(trx, params.importId);
        if (row === undefined) throw gone();
        const staged = await openStaged(trx, await practiceSealer(runtime, ctx), row.id);
        const done = await commitStaged(trx, ctx, staged, runtime.clock.now());
        // Two confirms of one import at once: the second's DELETE waits on the first's row lock
        // and then finds nothing, so it rolls back everything it inserted (nothing is imported twice).
        if (!(await deleteImport(trx, row.id))) throw notFound('import');
        await audit(trx, ctx, { action: 'import.completed', resourceType: 'import', resourceId: row.id, metadata: { kind: row.kind, ...done } });
        return done;
      }),
  });

  defineRoute(app, runtime, {
    method: 'DELETE',
    url: '/api/imports/:importId',
    summary: 'Cancel a staged import: its staging is deleted',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner'],
    schema: { params: importParams, response: { 200: z.object({ cancelled: z.literal(true) }) } },
    handler: async ({ params, tenant }) =>
      tenant(async (trx, ctx) => {
        const row = await loadImport(trx, params.importId);
        if (row === undefined || !(await deleteImport(trx, row.id))) throw gone();
        await audit(trx, ctx, { action: 'import.cancelled', resourceType: 'import', resourceId: row.id, metadata: { kind: row.kind, staged: row.staged_count } });
        return { cancelled: true as const };
      }),
  });
}
