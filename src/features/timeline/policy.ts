// The timeline shows what its reader may read record by record (R22): the client's rule for the
// whole view, and process notes only to their author.
import type { ClinicalAccess, Owned } from '../clients/policy.ts';

export const canReadTimeline = (access: ClinicalAccess, client: Owned): boolean => access.canRead(client);
export const showsNote = (access: ClinicalAccess, n: Owned & { kind: 'progress' | 'process' }): boolean =>
  n.kind === 'progress' || access.canReadAuthorOnly(n);
