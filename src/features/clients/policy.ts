// Who may read and change clinical records (R22, R41). One place for the rule, used by every
// clinical feature; the row-level-security policies of migration 0003 mirror it, so a route
// that forgets to ask still cannot leak (app.can_read_clinical).
import type { TenantContext, Tx } from '../../db/tenant.ts';

export interface Owned {
  owner_id: string;
}

export interface ClinicalAccess {
  /** The owning practitioner, or a member the owner granted access to (read-only). */
  canRead(row: Owned): boolean;
  /** Only the owning practitioner changes a clinical record. */
  canWrite(row: Owned): boolean;
  /** Process (psychotherapy) notes: the author alone, never a grantee (45 CFR 164.501). */
  canReadAuthorOnly(row: Owned): boolean;
}

/**
 * Loads the grants held by the current user once per request. A route that only changes records
 * asks with purpose 'write': grants never allow a change, so the lookup is skipped.
 */
export async function clinicalAccess(trx: Tx, ctx: TenantContext, purpose: 'read' | 'write' = 'read'): Promise<ClinicalAccess> {
  const isPractitioner = ctx.roles.includes('practitioner');
  const mayHoldGrants = purpose === 'read' && (isPractitioner || ctx.roles.includes('owner'));
  const grantors = new Set<string>();
  if (mayHoldGrants) {
    const rows = await trx
      .selectFrom('practitioner_grants')
      .select('grantor_id')
      .where('grantee_id', '=', ctx.userId)
      .where('revoked_at', 'is', null)
      .execute();
    for (const r of rows) grantors.add(r.grantor_id);
  }
  const owns = (row: Owned): boolean => isPractitioner && row.owner_id === ctx.userId;
  return {
    canRead: (row) => owns(row) || (mayHoldGrants && grantors.has(row.owner_id)),
    canWrite: owns,
    canReadAuthorOnly: owns,
  };
}

export const canReadClient = (access: ClinicalAccess, client: Owned): boolean => access.canRead(client);
export const canChangeClient = (access: ClinicalAccess, client: Owned): boolean => access.canWrite(client);

/**
 * Access for one record whose grant status was fetched in the same query as the record (the
 * hot read path: one round trip fewer than clinicalAccess()). Same rule, same answers.
 */
export function accessForRecord(ctx: TenantContext, ownerId: string, granted: boolean): ClinicalAccess {
  const isPractitioner = ctx.roles.includes('practitioner');
  const mayHoldGrants = isPractitioner || ctx.roles.includes('owner');
  const owns = (row: Owned): boolean => isPractitioner && row.owner_id === ctx.userId;
  return {
    canRead: (row) => owns(row) || (mayHoldGrants && granted && row.owner_id === ownerId),
    canWrite: owns,
    canReadAuthorOnly: owns,
  };
}
