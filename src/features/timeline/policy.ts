// The timeline shows what its reader may read record by record (R22): the client's rule for the
// whole view, and process notes only to their author.
import type { TenantContext } from '../../db/tenant.ts';
import type { ClinicalAccess, Owned } from '../clients/policy.ts';

export const canReadTimeline = (access: ClinicalAccess, client: Owned): boolean => access.canRead(client);
export const showsNote = (access: ClinicalAccess, n: Owned & { kind: 'progress' | 'process' }): boolean =>
  n.kind === 'progress' || access.canReadAuthorOnly(n);
/**
 * showsNote() for the timeline's SQL (issue 21): the reader whose process notes are shown — the
 * caller acting as practitioner (canReadAuthorOnly), nobody otherwise.
 */
export const processNoteAuthor = (ctx: TenantContext): string | null => (ctx.roles.includes('practitioner') ? ctx.userId : null);
