import type { Selectable } from 'kysely';
import type { AssessmentsTable } from '../../db/schema.ts';
import type { Tx } from '../../db/tenant.ts';
import { INSTRUMENTS, trend, type Trend } from './scoring.ts';

export type AssessmentRow = Selectable<AssessmentsTable>;

export function presentAssessment(r: AssessmentRow) {
  return {
    id: r.id,
    clientId: r.client_id,
    sessionId: r.session_id,
    instrument: r.instrument,
    items: r.items.map(Number),
    total: r.total,
    severity: r.severity,
    safetyFlag: r.instrument === 'phq9' && Number(r.items[8] ?? 0) > 0,
    administeredAt: r.administered_at.toISOString(),
  };
}

export async function assessmentsOf(trx: Tx, clientId: string): Promise<AssessmentRow[]> {
  // Ties (two measures given at one session) keep the order they were entered in.
  return trx.selectFrom('assessments').selectAll().where('client_id', '=', clientId).orderBy('administered_at').orderBy('created_at').execute();
}

/** One trend per instrument administered at least once. */
export function trendsOf(rows: AssessmentRow[]): Trend[] {
  return INSTRUMENTS.map((i) =>
    trend(i, rows.filter((r) => r.instrument === i).map((r) => ({ at: r.administered_at.toISOString(), total: r.total, severity: r.severity }))),
  ).filter((t) => t.count > 0);
}
