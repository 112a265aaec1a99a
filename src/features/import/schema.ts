// Request and response shapes of the import API. The upload itself is the raw CSV body
// (Content-Type: text/csv); everything else travels in the query string (ids and field names,
// never data from the file).
import { z } from 'zod';
import { FIELDS, KINDS, type ImportField } from './fields.ts';

export const importParams = z.object({ importId: z.uuid() });

const allFields = [...new Set(Object.values(FIELDS).flat())] as [ImportField, ...ImportField[]];

export const mappingSchema = z.partialRecord(z.enum(allFields), z.number().int().min(0).max(499));

export const inspectQuery = z.strictObject({ kind: z.enum(KINDS) });

export const uploadQuery = z.strictObject({
  kind: z.enum(KINDS),
  /** JSON: {"field": column index (0-based)}. */
  mapping: z.string().max(4000),
  /** IANA zone for date-times written without an offset. */
  timeZone: z.string().max(64).default('UTC'),
});

export const inspectView = z.object({
  encoding: z.enum(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be']),
  delimiter: z.enum([',', ';', '\t']),
  /** The file's own header cells, for the mapping step (shown back to the person uploading). */
  columns: z.array(z.object({ index: z.number(), header: z.string() })),
  fields: z.array(z.object({ field: z.string(), label: z.string() })),
  suggested: z.record(z.string(), z.number()),
});

const rowError = z.object({ line: z.number(), column: z.number().nullable(), field: z.string().nullable(), reason: z.string() });

export const reviewView = z.object({
  id: z.uuid(),
  kind: z.enum(KINDS),
  expiresAt: z.string(),
  counts: z.object({ rows: z.number(), staged: z.number(), errors: z.number(), clients: z.number() }),
  errors: z.array(rowError),
  /** The first rows, for review; `counts` has them all. */
  clients: z.array(z.object({ line: z.number(), ref: z.string().nullable(), label: z.string(), labelKind: z.enum(['initials', 'pseudonym']), birthYear: z.number().nullable(), pronouns: z.string().nullable(), status: z.string() })),
  sessions: z.array(z.object({ line: z.number(), ref: z.string(), clientLabel: z.string(), startsAt: z.string(), durationMinutes: z.number(), serviceCode: z.string(), modality: z.string(), placeOfService: z.string(), attendance: z.string() })),
  measures: z.array(z.object({ line: z.number(), ref: z.string(), clientLabel: z.string(), instrument: z.string(), total: z.number(), severity: z.string(), administeredAt: z.string() })),
});
export type ReviewView = z.infer<typeof reviewView>;

export const committedView = z.object({ clients: z.number(), sessions: z.number(), measures: z.number(), safetyFlags: z.number() });
