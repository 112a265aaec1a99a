// Loads a client's whole record in a handful of set-based queries (no per-row round trips) and
// builds the chronological view. Note text is never decrypted here: the timeline shows what was
// done and recorded, the note itself is one click (and one audited read) away.
import type { Tx } from '../../db/tenant.ts';
import type { ClinicalAccess } from '../clients/policy.ts';
import type { ClientRow } from '../clients/queries.ts';
import type { Sealer } from '../clients/seal.ts';
import { assessmentsOf, trendsOf } from '../assessments/queries.ts';
import { icd10 } from '../plans/icd10.ts';
import { isoDate, openSnapshot } from '../plans/queries.ts';
import { findGaps, planState, type CurrentPlan, type NoteFacts } from './gaps.ts';
import { isoDate as isoDay } from '../../db/dates.ts';
import { showsNote } from './policy.ts';
import type { TimelineEvent, TimelineView } from './schema.ts';

export async function buildTimeline(trx: Tx, access: ClinicalAccess, s: Sealer, client: ClientRow, goalWindow: number, now = new Date()): Promise<TimelineView> {
  const [sessions, notes, progress, versions, assessments] = await Promise.all([
    trx.selectFrom('therapy_sessions').select(['id', 'starts_at', 'service_code', 'modality', 'duration_minutes', 'attendance']).where('client_id', '=', client.id).execute(),
    trx.selectFrom('notes').select(['id', 'owner_id', 'session_id', 'service_date', 'kind', 'format', 'status', 'signed_at', 'created_at']).where('client_id', '=', client.id).execute(),
    trx
      .selectFrom('note_goal_progress as g')
      .innerJoin('notes as n', 'n.id', 'g.note_id')
      .select(['g.note_id', 'g.goal_id', 'g.plan_id', 'g.progress', 'g.created_at'])
      .where('n.client_id', '=', client.id)
      .execute(),
    trx
      .selectFrom('plan_versions as v')
      .innerJoin('treatment_plans as p', 'p.id', 'v.plan_id')
      .select(['v.id', 'v.plan_id', 'v.version', 'v.status', 'v.review_date', 'v.diagnosis_codes', 'v.created_at', 'v.body_sealed', 'p.current_version'])
      .where('p.client_id', '=', client.id)
      .execute(),
    assessmentsOf(trx, client.id),
  ]);

  const visibleNotes = notes.filter((n) => showsNote(access, n));
  const sessionAt = new Map(sessions.map((x) => [x.id, x.starts_at]));
  // Issue 16: a note's date is its date of service (the session's start, or its own date).
  const noteAt = (n: (typeof notes)[number]): Date =>
    (n.session_id !== null ? sessionAt.get(n.session_id) : undefined) ?? (n.service_date !== null ? new Date(`${isoDay(n.service_date)}T12:00:00Z`) : n.created_at);
  const goalsOf = new Map<string, Array<{ goalId: string; progress: string }>>();
  for (const g of progress) {
    const list = goalsOf.get(g.note_id) ?? [];
    list.push({ goalId: g.goal_id, progress: g.progress });
    goalsOf.set(g.note_id, list);
  }

  const events: TimelineEvent[] = [
    ...versions.map((v) => ({ type: 'plan_version' as const, at: v.created_at.toISOString(), planId: v.plan_id, version: v.version, status: v.status, reviewDate: isoDate(v.review_date), diagnosisCodes: v.diagnosis_codes })),
    ...sessions.map((x) => ({ type: 'session' as const, at: x.starts_at.toISOString(), sessionId: x.id, serviceCode: x.service_code, modality: x.modality, durationMinutes: x.duration_minutes, attendance: x.attendance })),
    ...visibleNotes.map((n) => ({
      type: 'note' as const,
      at: noteAt(n).toISOString(),
      noteId: n.id,
      sessionId: n.session_id,
      kind: n.kind,
      format: n.format,
      status: n.status,
      goals: goalsOf.get(n.id) ?? [],
    })),
    ...assessments.map((a) => ({ type: 'assessment' as const, at: a.administered_at.toISOString(), assessmentId: a.id, instrument: a.instrument, total: a.total, severity: a.severity })),
  ];
  events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));

  // Only current versions are decrypted: one snapshot per plan.
  const current: CurrentPlan[] = versions
    .filter((v) => v.version === v.current_version)
    .map((v) => ({ planId: v.plan_id, status: v.status, reviewDate: isoDate(v.review_date), snapshot: openSnapshot(s, v) }));

  const noteFacts: NoteFacts[] = visibleNotes.map((n) => ({
    id: n.id,
    kind: n.kind,
    status: n.status,
    at: noteAt(n),
    goalIds: (goalsOf.get(n.id) ?? []).map((g) => g.goalId),
  }));

  const perGoal = new Map<string, { entries: number; latest: { at: Date; progress: string } | null; counts: Record<string, number> }>();
  for (const g of progress) {
    const e = perGoal.get(g.goal_id) ?? { entries: 0, latest: null, counts: {} };
    e.entries++;
    e.counts[g.progress] = (e.counts[g.progress] ?? 0) + 1;
    if (e.latest === null || g.created_at > e.latest.at) e.latest = { at: g.created_at, progress: g.progress };
    perGoal.set(g.goal_id, e);
  }
  const attended = sessions.filter((x) => x.attendance === 'attended').length;
  const lateCancel = sessions.filter((x) => x.attendance === 'late_cancel').length;
  const noShow = sessions.filter((x) => x.attendance === 'no_show').length;
  // Scheduled sessions have no outcome yet: they count neither for nor against attendance.
  const held = attended + lateCancel + noShow;

  return {
    clientId: client.id,
    diagnoses: current.flatMap((p) => p.snapshot.diagnoses.map((d) => ({ code: d.code, primary: d.primary, description: icd10(d.code)?.description ?? '', planId: p.planId }))),
    goals: current.flatMap((p) => p.snapshot.problems.flatMap((pr) => pr.goals.map((g) => ({ planId: p.planId, goalId: g.id, problem: pr.text, text: g.text })))),
    events,
    planState: planState(current),
    gaps: findGaps({ plans: current, versions: versions.map((v) => ({ planId: v.plan_id, version: v.version, status: v.status, createdAt: v.created_at })), notes: noteFacts, sessions: sessions.map((x) => ({ at: x.starts_at, attendance: x.attendance })), today: now.toISOString().slice(0, 10), goalWindow }),
    patterns: {
      trends: trendsOf(assessments),
      goalProgress: [...perGoal.entries()].map(([goalId, e]) => ({ goalId, entries: e.entries, latest: e.latest?.progress ?? null, counts: e.counts })),
      attendance: { attended, lateCancel, noShow, attendanceRate: held === 0 ? null : Math.round((attended / held) * 1000) / 1000 },
    },
  };
}
