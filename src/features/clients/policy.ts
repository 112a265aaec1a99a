// Who may read and change clinical records (R22, R41). One place for the rule, used by every
// clinical feature; the row-level-security policies of migration 0003 mirror it, so a route
// that forgets to ask still cannot leak (app.can_read_clinical).
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Database } from '../../db/schema.ts';
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
interface Grants {
  isPractitioner: boolean;
  mayHoldGrants: boolean;
  /** Owners whose records the caller reads through an unrevoked grant. */
  grantors: Set<string>;
  /** Clients the caller reads through a transfer of care. */
  transferred: Set<string>;
}

async function loadGrants(trx: Tx, ctx: TenantContext, purpose: 'read' | 'write'): Promise<Grants> {
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
  return { isPractitioner, mayHoldGrants, grantors, transferred };
}

/**
 * Loads the grants held by the current user once per request. A route that only changes records
 * asks with purpose 'write': grants never allow a change, so the lookup is skipped.
 */
export async function clinicalAccess(trx: Tx, ctx: TenantContext, purpose: 'read' | 'write' = 'read'): Promise<ClinicalAccess> {
  const { isPractitioner, mayHoldGrants, grantors, transferred } = await loadGrants(trx, ctx, purpose);
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

/**
 * The read rule of clinicalAccess() for client rows, as a SQL condition (issue 21): the client
 * list filters in the database, so a page is full and its cost does not grow with the practice.
 * Same grants, same rule, same answers as canRead (list-access.test.ts compares them shape by
 * shape): owners whose clients the caller reads (themselves as practitioner, and the grantors of
 * their unrevoked grants), and clients transferred to them. Expressed as equality lists — which
 * PostgreSQL may use as index conditions beneath row-level security (leakproof operators) — so the
 * scan reads the caller's clients only, not every client of the practice.
 */
export async function clientReadScope(trx: Tx, ctx: TenantContext): Promise<(eb: ExpressionBuilder<Database, 'clients'>) => Expression<SqlBool>> {
  const { isPractitioner, mayHoldGrants, grantors, transferred } = await loadGrants(trx, ctx, 'read');
  const owners = [...(isPractitioner ? [ctx.userId] : []), ...(mayHoldGrants ? grantors : [])];
  const clients = mayHoldGrants ? [...transferred] : [];
  return (eb) => {
    const terms: Array<Expression<SqlBool>> = [];
    if (owners.length > 0) terms.push(eb('clients.owner_id', 'in', owners));
    if (clients.length > 0) terms.push(eb('clients.id', 'in', clients));
    return terms.length === 0 ? sql<SqlBool>`false` : eb.or(terms);
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
