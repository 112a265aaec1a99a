// Who may read and change clinical records (R22, R41). One place for the rule, used by every
// clinical feature; the row-level-security policies of migration 0003 mirror it, so a route
// that forgets to ask still cannot leak (app.can_read_clinical).
import { sql } from 'kysely';
import type { TenantContext, Tx } from '../../db/tenant.ts';

export interface Owned {
  owner_id: string;
}

/**
 * The client a clinical row belongs to: its client_id, or its own id for a client row. (Rows of
 * other tables without client_id, such as addenda, answer their own id, which is never a client's.)
 */
const clientOf = (row: Owned): string | undefined =>
  (row as { client_id?: string }).client_id ?? (row as { id?: string }).id;

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
  // Issue 18: clients read through a transfer of care (migration 0021) — the owner's automatic
  // grant while a departed member's client waits for its transfer, and the practitioner it went
  // to afterwards. Progress records only: process notes stay their author's (canReadAuthorOnly).
  const transferred = new Set<string>();
  if (mayHoldGrants) {
    const rows = await trx
      .selectFrom('practitioner_grants')
      .select(['grantor_id as id', sql<string>`'grant'`.as('kind')])
      .where('grantee_id', '=', ctx.userId)
      .where('revoked_at', 'is', null)
      .unionAll(
        trx
          .selectFrom('care_transfers')
          .select(['client_id as id', sql<string>`'client'`.as('kind')])
          .where((eb) => {
            const open = ctx.roles.includes('owner') ? [eb('to_user_id', 'is', null)] : [];
            const mine = isPractitioner ? [eb('to_user_id', '=', ctx.userId)] : [];
            return eb.or([...open, ...mine]);
          }),
      )
      .execute();
    for (const r of rows) (r.kind === 'grant' ? grantors : transferred).add(r.id);
  }
  const owns = (row: Owned): boolean => isPractitioner && row.owner_id === ctx.userId;
  const viaTransfer = (row: Owned): boolean => {
    const c = transferred.size === 0 ? undefined : clientOf(row);
    return c !== undefined && transferred.has(c);
  };
  return {
    canRead: (row) => owns(row) || (mayHoldGrants && (grantors.has(row.owner_id) || viaTransfer(row))),
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
