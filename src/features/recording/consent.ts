// Consent to record (R30): given per client (and how) and per session, before any upload is
// accepted; a session's consent needs the client's first. The latest answer stands; every answer
// is in the audit trail (who, when, yes or no, the method: no text).
import crypto from 'node:crypto';
import type { Selectable } from 'kysely';
import type { RecordingConsentsTable } from '../../db/schema.ts';
import type { TenantContext, Tx } from '../../db/tenant.ts';
import { audit } from '../../audit/audit.ts';
import { HttpError } from '../../http/errors.ts';

export type ConsentMethod = 'verbal' | 'written' | 'electronic';
type ConsentRow = Selectable<RecordingConsentsTable>;

export async function clientConsent(trx: Tx, clientId: string): Promise<ConsentRow | undefined> {
  return trx.selectFrom('recording_consents').selectAll().where('client_id', '=', clientId).where('session_id', 'is', null).executeTakeFirst();
}

export async function sessionConsent(trx: Tx, sessionId: string): Promise<ConsentRow | undefined> {
  return trx.selectFrom('recording_consents').selectAll().where('session_id', '=', sessionId).executeTakeFirst();
}

/** Records one answer, replacing the previous one for the same client or session. */
export async function recordConsent(
  trx: Tx,
  ctx: TenantContext,
  now: Date,
  target: { clientId: string; sessionId: string | null },
  consented: boolean,
  method: ConsentMethod | null,
): Promise<ConsentRow> {
  const q = trx.deleteFrom('recording_consents').where('client_id', '=', target.clientId);
  await (target.sessionId === null ? q.where('session_id', 'is', null) : q.where('session_id', '=', target.sessionId)).execute();
  const row = await trx
    .insertInto('recording_consents')
    .values({ id: crypto.randomUUID(), practice_id: ctx.practiceId, client_id: target.clientId, session_id: target.sessionId, consented, method, recorded_by: ctx.userId, recorded_at: now })
    .returningAll()
    .executeTakeFirstOrThrow();
  await audit(trx, ctx, {
    action: 'recording.consent',
    resourceType: target.sessionId === null ? 'client' : 'therapy_session',
    resourceId: target.sessionId ?? target.clientId,
    metadata: { client: target.clientId, consented, ...(method !== null ? { method } : {}) },
  });
  return row;
}

/** Refuses unless both the client and the session have said yes (and still say so). */
export async function requireConsent(trx: Tx, clientId: string, sessionId: string): Promise<void> {
  if ((await clientConsent(trx, clientId))?.consented !== true) {
    throw new HttpError(403, 'client_consent_required', "Record the client's consent to recording first (on the client's page).");
  }
  if ((await sessionConsent(trx, sessionId))?.consented !== true) {
    throw new HttpError(403, 'session_consent_required', "Record the client's consent to recording this session first.");
  }
}
