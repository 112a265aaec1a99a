// Plans follow the clinical rule (R22): the owning practitioner writes, grantees read.
import type { ClinicalAccess, Owned } from '../clients/policy.ts';

export const canReadPlan = (access: ClinicalAccess, p: Owned): boolean => access.canRead(p);
export const canRevisePlan = (access: ClinicalAccess, p: Owned): boolean => access.canWrite(p);
