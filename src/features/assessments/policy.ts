// Assessments follow the clinical rule (R22).
import type { ClinicalAccess, Owned } from '../clients/policy.ts';

export const canReadAssessment = (access: ClinicalAccess, a: Owned): boolean => access.canRead(a);
export const canRecordAssessment = (access: ClinicalAccess, client: Owned): boolean => access.canWrite(client);
