// One helper writes every audit event, inside the same transaction as the change it records
// (R23, R24). Events carry ids and categories only: the metadata schema admits uuids, numbers,
// booleans and short lower-case tokens, so free text — and with it PHI — cannot be logged here.
import { z } from 'zod';
import type { TenantContext, Tx } from '../db/tenant.ts';

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

export async function audit(trx: Tx, ctx: TenantContext, event: AuditEvent): Promise<void> {
  let metadata: string | null = null;
  if (event.metadata !== undefined) {
    const parsed = metadataSchema.safeParse(event.metadata);
    if (!parsed.success) throw new AuditInputError('audit metadata may hold only ids, numbers, booleans and short tokens');
    metadata = JSON.stringify(parsed.data);
  }
  await trx
    .insertInto('audit_events')
    .values({
      practice_id: ctx.practiceId,
      actor_id: ctx.userId,
      actor_role: ctx.role,
      action: event.action,
      resource_type: event.resourceType ?? null,
      resource_id: event.resourceId ?? null,
      outcome: event.outcome ?? 'success',
      request_id: ctx.requestId ?? null,
      ip: ctx.ip ?? null,
      user_agent: ctx.userAgent?.slice(0, 512) ?? null,
      metadata,
    })
    .execute();
}
