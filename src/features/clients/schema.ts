// Request and response shapes of the clients API. Bodies are strict: an unknown field is refused.
import { z } from 'zod';
import { pageQuery } from '../../http/cursor.ts';

export const clientParams = z.object({ clientId: z.uuid() });

const thisYear = new Date().getUTCFullYear();
const transcriptDeletion = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('never') }),
  z.strictObject({ mode: z.literal('on_sign') }),
  z.strictObject({ mode: z.literal('after_days'), days: z.number().int().min(1).max(3650) }),
]);

const settingsFields = {
  birthYear: z.number().int().min(1900).max(thisYear).nullable().optional(),
  pronouns: z.string().trim().min(1).max(40).nullable().optional(),
  status: z.enum(['active', 'inactive', 'discharged']).optional(),
  contactNotes: z.string().max(4000).nullable().optional(),
  knownPeople: z.array(z.string().trim().min(1).max(100)).max(100).optional(),
  aiDisabled: z.boolean().optional(),
  transcriptDeletion: transcriptDeletion.optional(),
};

export const createClientBody = z.strictObject({
  /** A full name (turned into initials before saving) or, with pseudonym: true, a pseudonym. */
  name: z.string().min(1).max(200),
  pseudonym: z.boolean().default(false),
  ...settingsFields,
});
export type CreateClientBody = z.output<typeof createClientBody>;

export const updateClientBody = z.strictObject({
  name: z.string().min(1).max(200).optional(),
  pseudonym: z.boolean().optional(),
  /** Clears the safety flag once the practitioner has followed it up. */
  safetyFlag: z.literal(false).optional(),
  ...settingsFields,
});
export type UpdateClientBody = z.output<typeof updateClientBody>;

export const clientSummary = z.object({
  id: z.uuid(),
  label: z.string(),
  labelKind: z.enum(['initials', 'pseudonym']),
  /** Issue 16: allocated by the database, unique in the practice; shown with the label ("J.D.S. · 1042"). */
  clientNumber: z.number().int(),
  /** The label and the number, as every screen and document shows the client. */
  displayLabel: z.string(),
  status: z.enum(['active', 'inactive', 'discharged']),
  safetyFlag: z.boolean(),
  ownerId: z.uuid(),
});

/** Issue 21: the client list comes in pages (keyset, ordered by label then number). */
export const clientListQuery = z.strictObject({ limit: pageQuery.limit, cursor: pageQuery.cursor });
export const clientList = z.object({
  clients: z.array(clientSummary),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});

export const clientDetail = clientSummary.extend({
  birthYear: z.number().nullable(),
  pronouns: z.string().nullable(),
  contactNotes: z.string().nullable(),
  knownPeople: z.array(z.string()),
  aiDisabled: z.boolean(),
  transcriptDeletion: z.object({ mode: z.enum(['never', 'on_sign', 'after_days']), days: z.number().nullable() }),
  safetyFlagAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ClientDetail = z.infer<typeof clientDetail>;
