// Confirming an import (R14): the staged rows become clients, sessions and measures of the
// practitioner who uploaded, all in the caller's one transaction together with the deletion of
// the staging and the audit event, so either everything is written or nothing is. The file's own
// client ids link rows to the clients created here and are then dropped: no column keeps them.
import crypto from 'node:crypto';
import type { Insertable } from 'kysely';
import type { AssessmentsTable, ClientsTable, TherapySessionsTable } from '../../db/schema.ts';
import type { TenantContext, Tx } from '../../db/tenant.ts';
import type { Staged } from './staging.ts';

export interface Committed {
  clients: number;
  sessions: number;
  measures: number;
  safetyFlags: number;
}

const BATCH = 500;

async function insertBatches<T>(rows: readonly T[], insert: (part: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

export async function commitStaged(trx: Tx, ctx: TenantContext, staged: Staged, now: Date): Promise<Committed> {
  const idOf = new Map<string, string>();
  const clients: Array<Insertable<ClientsTable>> = staged.clients.map((c) => {
    const id = crypto.randomUUID();
    if (c.ref !== null) idOf.set(c.ref, id);
    return {
      id,
      practice_id: ctx.practiceId,
      owner_id: ctx.userId,
      label: c.label,
      label_kind: c.labelKind,
      birth_year: c.birthYear,
      pronouns: c.pronouns,
      status: c.status,
      contact_notes_sealed: null,
      known_people_sealed: null,
      transcript_deletion_days: null,
      safety_flag_at: null,
    };
  });
  await insertBatches(clients, (part) => trx.insertInto('clients').values(part).execute());
  const clientOf = (ref: string): string => {
    const id = idOf.get(ref);
    // Validation links every staged row to a staged client; a miss means the staging is corrupt.
    if (id === undefined) throw new Error('staged row without its client');
    return id;
  };
  const sessions: Array<Insertable<TherapySessionsTable>> = staged.sessions.map((s) => ({
    id: crypto.randomUUID(),
    practice_id: ctx.practiceId,
    owner_id: ctx.userId,
    client_id: clientOf(s.ref),
    starts_at: new Date(s.startsAt),
    duration_minutes: s.durationMinutes,
    service_code: s.serviceCode,
    modality: s.modality,
    place_of_service: s.placeOfService,
    attendance: s.attendance,
  }));
  await insertBatches(sessions, (part) => trx.insertInto('therapy_sessions').values(part).execute());
  const measures: Array<Insertable<AssessmentsTable>> = staged.measures.map((m) => ({
    id: crypto.randomUUID(),
    practice_id: ctx.practiceId,
    owner_id: ctx.userId,
    client_id: clientOf(m.ref),
    session_id: null,
    instrument: m.instrument,
    items: m.items,
    total: m.total,
    severity: m.severity,
    administered_at: new Date(m.administeredAt),
  }));
  await insertBatches(measures, (part) => trx.insertInto('assessments').values(part).execute());
  // R05: a PHQ-9 item 9 answer above 0 raises the client's safety flag, as when it is entered.
  const flagged = [...new Set(staged.measures.filter((m) => m.safetyFlag).map((m) => clientOf(m.ref)))];
  if (flagged.length > 0) {
    await trx.updateTable('clients').set({ safety_flag: true, safety_flag_at: now, updated_at: now }).where('id', 'in', flagged).execute();
  }
  return { clients: clients.length, sessions: sessions.length, measures: measures.length, safetyFlags: flagged.length };
}
