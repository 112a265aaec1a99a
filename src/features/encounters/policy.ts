// Sessions follow their client's owner (R22): the same rule as every clinical record.
import type { ClinicalAccess, Owned } from '../clients/policy.ts';

export const canReadSession = (access: ClinicalAccess, s: Owned): boolean => access.canRead(s);
export const canChangeSession = (access: ClinicalAccess, s: Owned): boolean => access.canWrite(s);
