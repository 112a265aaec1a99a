import type { Selectable } from 'kysely';
import type { TherapySessionsTable } from '../../db/schema.ts';
import type { Tx } from '../../db/tenant.ts';
import { notFound } from '../../http/errors.ts';
import type { ClinicalAccess } from '../clients/policy.ts';
import { canChangeSession, canReadSession } from './policy.ts';
import type { TherapySession } from './schema.ts';

export type SessionRow = Selectable<TherapySessionsTable>;

export async function loadSession(trx: Tx, access: ClinicalAccess, id: string, mode: 'read' | 'write'): Promise<SessionRow> {
  const row = await trx.selectFrom('therapy_sessions').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined || !(mode === 'write' ? canChangeSession(access, row) : canReadSession(access, row))) throw notFound('session');
  return row;
}

export function presentSession(r: SessionRow): TherapySession {
  return {
    id: r.id,
    clientId: r.client_id,
    startsAt: r.starts_at.toISOString(),
    durationMinutes: r.duration_minutes,
    serviceCode: r.service_code,
    modality: r.modality,
    placeOfService: r.place_of_service,
    attendance: r.attendance,
  };
}
