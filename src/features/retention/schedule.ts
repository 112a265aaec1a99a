// The retention schedule (R16): one entry per record class, its legal minimum, and the practice's
// override. The database holds the same minimums as CHECK constraints (migration 0024), so a
// period shorter than the law's is refused twice: here with a field-level 400, there whatever
// the application sends.
import { z } from 'zod';
import { sql } from 'kysely';
import type { Tx } from '../../db/tenant.ts';

export const MINIMUMS = { clinicalYears: 6, majorityAge: 18, auditYears: 6 } as const;
export const MAXIMUMS = { clinicalYears: 50, majorityAge: 21, auditYears: 50 } as const;

export interface Schedule {
  clinicalYears: number;
  majorityAge: number;
  auditYears: number;
}

export const scheduleBody = z.strictObject({
  clinicalYears: z.number().int().min(MINIMUMS.clinicalYears, { message: `must be at least ${MINIMUMS.clinicalYears} years (the legal minimum)` }).max(MAXIMUMS.clinicalYears),
  majorityAge: z.number().int().min(MINIMUMS.majorityAge, { message: `must be at least ${MINIMUMS.majorityAge}` }).max(MAXIMUMS.majorityAge),
  auditYears: z.number().int().min(MINIMUMS.auditYears, { message: `must be at least ${MINIMUMS.auditYears} years (the legal minimum)` }).max(MAXIMUMS.auditYears),
});

/** What each record class keeps, for the owner's screen (the texts are the product's, not data). */
export function recordClasses(s: Schedule) {
  return [
    { recordClass: 'clinical', rule: `${s.clinicalYears} years from the client's last service date`, handledBy: 'retention.purge' },
    { recordClass: 'clinical_minor', rule: `until age ${s.majorityAge} (counted from the end of the birth year) plus ${s.clinicalYears} years, when later`, handledBy: 'retention.purge' },
    { recordClass: 'audit', rule: `${s.auditYears} years, then removed lane by lane behind a sealed checkpoint`, handledBy: 'retention.purge' },
    { recordClass: 'transcripts', rule: "the client's transcript rule (never, on signing, or after N days)", handledBy: 'retention.sweep' },
    { recordClass: 'ai_drafts', rule: "the practice's AI draft retention", handledBy: 'retention.sweep' },
    { recordClass: 'audio', rule: 'never stored: deleted at transcription (stricter than any period)', handledBy: 'none' },
    { recordClass: 'licensure', rule: '7 years; Tacet keeps no licensure records yet', handledBy: 'none' },
  ];
}

export async function loadSchedule(trx: Tx, practiceId: string): Promise<Schedule & { overridden: boolean }> {
  const row = await trx
    .selectFrom('retention_settings')
    .select(['clinical_years', 'majority_age', 'audit_years'])
    .where('practice_id', '=', practiceId)
    .executeTakeFirst();
  if (row === undefined) return { ...MINIMUMS, overridden: false };
  return { clinicalYears: row.clinical_years, majorityAge: row.majority_age, auditYears: row.audit_years, overridden: true };
}

export async function saveSchedule(trx: Tx, practiceId: string, userId: string, s: Schedule): Promise<void> {
  const values = { clinical_years: s.clinicalYears, majority_age: s.majorityAge, audit_years: s.auditYears, updated_by: userId, updated_at: sql<Date>`app.tacet_now()` };
  await trx
    .insertInto('retention_settings')
    .values({ practice_id: practiceId, ...values })
    .onConflict((oc) => oc.column('practice_id').doUpdateSet(values))
    .execute();
}

export interface DueClient {
  clientId: string;
  ownerId: string;
  recordClass: 'clinical' | 'clinical_minor';
  lastServiceAt: Date;
  dueAt: Date;
  held: boolean;
}

/**
 * Clients whose record is due within `horizonDays` of now (0: due now), soonest first: the one
 * computation (app.retention_due, migration 0024) behind both the daily job and the dry run.
 */
export async function dueClients(trx: Tx, opts: { horizonDays?: number; clientId?: string; limit?: number } = {}): Promise<DueClient[]> {
  const r = await sql<{ client_id: string; owner_id: string; record_class: 'clinical' | 'clinical_minor'; last_service_at: Date | string; due_at: Date | string; held: boolean }>`
    SELECT client_id, owner_id, record_class, last_service_at, due_at, held
      FROM app.retention_due(make_interval(days => ${opts.horizonDays ?? 0}), ${opts.clientId ?? null}::uuid, ${opts.limit ?? 100})`.execute(trx);
  return r.rows.map((x) => ({
    clientId: x.client_id,
    ownerId: x.owner_id,
    recordClass: x.record_class,
    lastServiceAt: new Date(x.last_service_at),
    dueAt: new Date(x.due_at),
    held: x.held,
  }));
}

export interface AuditDue {
  lane: number;
  rows: number;
  throughSeq: number;
  throughOccurredAt: Date;
}

/** Audit rows past the practice's audit period, per lane: removed (dry = false, system only) or only counted. */
export async function expiredAudit(trx: Tx, dry: boolean, limit = 5000): Promise<AuditDue[]> {
  const r = await sql<{ lane: number; rows_due: string | number; through_seq: string | number; through_occurred_at: Date | string }>`
    SELECT lane, rows_due, through_seq, through_occurred_at FROM app.audit_remove_expired(${dry}, ${limit})`.execute(trx);
  return r.rows.map((x) => ({ lane: Number(x.lane), rows: Number(x.rows_due), throughSeq: Number(x.through_seq), throughOccurredAt: new Date(x.through_occurred_at) }));
}
