// The helpers that write every audit event: audit() inside the same transaction as the change it
// records (R23), auditRead() for reads of PHI, durable before the data is handed back (R24).
// Events carry ids and categories only: the metadata schema admits uuids, numbers, booleans and
// short lower-case tokens, so free text — and with it PHI — cannot be logged here.
import { z } from 'zod';
import { tenantTxState, type TenantContext, type Tx } from '../db/tenant.ts';
import type { PendingAuditRow } from '../db/tenant-driver.ts';

export type AuditOutcome = 'success' | 'denied' | 'failure';

const token = z.string().regex(/^[a-z0-9_.:-]{1,64}$/);
const uuid = z.uuid();
const metadataSchema = z.record(
  z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,40}$/),
  z.union([uuid, token, z.number().finite(), z.boolean(), z.null()]),
);

export type AuditMetadata = Record<string, string | number | boolean | null>;

export interface AuditEvent {
  /** dotted verb, e.g. `note.read`, `note.sign`, `auth.signin` */
  action: string;
  resourceType?: string;
  resourceId?: string;
  outcome?: AuditOutcome;
  metadata?: AuditMetadata;
}

export class AuditInputError extends Error {
  override name = 'AuditInputError';
}

/** The row an event becomes, validated: ids and categories only. */
function eventRow(ctx: TenantContext, event: AuditEvent): PendingAuditRow {
  let metadata: string | null = null;
  if (event.metadata !== undefined) {
    const parsed = metadataSchema.safeParse(event.metadata);
    if (!parsed.success) throw new AuditInputError('audit metadata may hold only ids, numbers, booleans and short tokens');
    metadata = JSON.stringify(parsed.data);
  }
  if (!/^[a-z][a-z0-9_.]{1,63}$/.test(event.action)) throw new AuditInputError('audit action must be a dotted lower-case verb');
  if (event.resourceType !== undefined && !/^[a-z][a-z0-9_]{0,63}$/.test(event.resourceType)) {
    throw new AuditInputError('audit resourceType must be a lower-case word');
  }
  return {
    practice_id: ctx.practiceId,
    actor_id: ctx.userId,
    actor_role: ctx.roles.join('+'),
    action: event.action,
    resource_type: event.resourceType ?? null,
    resource_id: event.resourceId ?? null,
    outcome: event.outcome ?? 'success',
    request_id: ctx.requestId?.slice(0, 100) ?? null,
    ip: ctx.ip?.slice(0, 64) ?? null,
    user_agent: ctx.userAgent?.slice(0, 512) ?? null,
    metadata,
  };
}

export async function audit(trx: Tx, ctx: TenantContext, event: AuditEvent): Promise<void> {
  const state = tenantTxState(trx);
  if (state === undefined) throw new AuditInputError('audit() must be called inside withTenant()');
  // An event recorded after commitWith() would be silently lost: refuse it loudly.
  if (state.committed === true) throw new AuditInputError('audit() after commitWith(): the transaction is already committed');
  // Queued, and written by the tenant driver in the same flight as COMMIT (or as commitWith()'s
  // statement): same transaction, no round trip of its own. The chain trigger computes seq and
  // hashes at that moment.
  state.audit.push(eventRow(ctx, event));
  await Promise.resolve();
}

/**
 * The event of a read of PHI (R24). Unlike a change's event it need not share the read's
 * transaction — there is nothing to be atomic with — but it must be durable before the data is
 * handed back: withTenant() has it group-committed with the events of concurrent reads and
 * returns only once it is (a read whose event cannot be written fails). If the transaction also
 * records a change, the read's event commits with it. A read that ends in an error is recorded
 * as a `failure`. May be called after commitWith().
 */
export function auditRead(trx: Tx, ctx: TenantContext, event: AuditEvent): void {
  const state = tenantTxState(trx);
  if (state === undefined) throw new AuditInputError('auditRead() must be called inside withTenant()');
  state.reads.push(eventRow(ctx, event));
}
