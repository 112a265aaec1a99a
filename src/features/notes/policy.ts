// Notes (R03, R22): progress notes follow the clinical rule (owner, or read-only grantees);
// process notes are the author's alone. Only the author changes or signs; only the named
// co-signer co-signs. RLS in 0003 mirrors each rule.
import type { TenantContext } from '../../db/tenant.ts';
import type { ClinicalAccess } from '../clients/policy.ts';

export interface NoteAccessRow {
  owner_id: string;
  kind: 'progress' | 'process';
  status: 'draft' | 'signed';
  cosigner_id: string | null;
}

export function canReadNote(access: ClinicalAccess, ctx: TenantContext, n: NoteAccessRow): boolean {
  if (n.kind === 'process') return access.canReadAuthorOnly(n);
  return access.canRead(n) || isCosigner(ctx, n);
}

export const canWriteNote = (access: ClinicalAccess, n: NoteAccessRow): boolean => access.canWrite(n);

export function isCosigner(ctx: TenantContext, n: NoteAccessRow): boolean {
  return n.kind === 'progress' && n.status === 'signed' && n.cosigner_id === ctx.userId && ctx.roles.includes('practitioner');
}
