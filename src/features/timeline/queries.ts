// Loads one page of a client's record in a handful of set-based queries (no per-row round trips)
// and builds the chronological view. Note text is never decrypted here: the timeline shows what was
// done and recorded, the note itself is one click (and one audited read) away.
import { sql, type RawBuilder } from 'kysely';
import type { Tx } from '../../db/tenant.ts';
import type { ClientRow } from '../clients/queries.ts';
import type { Sealer } from '../clients/seal.ts';
import { assessmentsOf, trendsOf } from '../assessments/queries.ts';
import { icd10 } from '../plans/icd10.ts';
import { isoDate, openSnapshot } from '../plans/queries.ts';
import { findGaps, planState, type CurrentPlan, type NoteFacts } from './gaps.ts';
import type { TimelineEvent, TimelineView } from './schema.ts';

/** Issue 21: where a page of events starts: after the event (at, id) in newest-first order. */
export interface TimelinePosition {
  at: string;
  /** At one instant, notes come before sessions (a session's notes share its start): a page never shows a session without the notes that belong to it. */
  rank: number;
  id: string;
}

type Kind = TimelineEvent['type'];

/**
 * One page of a client's timeline, newest first, keyset on (at, id) in SQL; and the summary
 * (diagnoses, goals, gaps, patterns) from aggregates, so neither grows with the page count nor
 * with the practice. The gap rules (findGaps) get the same answers from the reduced input: the
 * last `goalWindow` attended sessions, the notes in that window, and the signed progress notes
 * without goal progress.
 */
export async function buildTimeline(
  trx: Tx,
  /** processNoteAuthor(ctx): whose process notes the reader sees (their own, as practitioner). */
  author: string | null,
  s: Sealer,
  client: ClientRow,
  goalWindow: number,
  page: { limit: number; after?: TimelinePosition | undefined } = { limit: 1_000_000 },
  now = new Date(),
): Promise<Omit<TimelineView, 'nextCursor'> & { next: TimelinePosition | null }> {
  const me = author;
  // A note's date is its date of service (issue 16): the session's start, or its own date at noon UTC.
  const noteAt = sql<Date>`coalesce(s.starts_at, (n.service_date + time '12:00') at time zone 'UTC', n.created_at)`;
  // The same for a note written without a session (the events query reads those apart: a note's
  // session is readable whenever the note is, for a reader of the client's timeline).
  const ownDate = sql<Date>`coalesce((n.service_date + time '12:00') at time zone 'UTC', n.created_at)`;
  // showsNote(): progress notes; process notes only to their author.
  const shown = sql<boolean>`(n.kind = 'progress' OR (${me}::uuid IS NOT NULL AND n.owner_id = ${me}::uuid))`;
  const after = page.after;
  // Each branch is ordered and limited on its own (an index scan backwards on (client_id, time)
  // stops after a page), then the branches are merged: a page reads about a page of rows.
  const keyset = (at: RawBuilder<unknown>, rank: number, id: RawBuilder<unknown>) =>
    after === undefined
      ? sql`true`
      : sql`(${at} < ${new Date(after.at)}::timestamptz OR (${at} = ${new Date(after.at)}::timestamptz AND (${rank} > ${after.rank}::int OR (${rank} = ${after.rank}::int AND ${id} < ${after.id}::uuid))))`;
  const n = page.limit + 1;
  const c = client.id;
  const [eventRows, versions, assessments, attendance, goalCounts, lonely, windowRows] = await Promise.all([
    sql<{ type: Kind; at: Date; rank: number; id: string }>`
      SELECT e.type, e.at, e.rank, e.id FROM (
        (SELECT 'plan_version' AS type, v.created_at AS at, 2 AS rank, v.id FROM plan_versions v JOIN treatment_plans p ON p.id = v.plan_id
          WHERE p.client_id = ${c} AND ${keyset(sql`v.created_at`, 2, sql`v.id`)} ORDER BY v.created_at DESC, v.id DESC LIMIT ${n})
        UNION ALL (SELECT 'session', x.starts_at, 1, x.id FROM therapy_sessions x
          WHERE x.client_id = ${c} AND ${keyset(sql`x.starts_at`, 1, sql`x.id`)} ORDER BY x.starts_at DESC, x.id DESC LIMIT ${n})
        UNION ALL (SELECT 'note', s.starts_at, 0, n.id FROM therapy_sessions s JOIN notes n ON n.session_id = s.id
          WHERE s.client_id = ${c} AND n.client_id = ${c} AND ${shown} AND ${keyset(sql`s.starts_at`, 0, sql`n.id`)} ORDER BY s.starts_at DESC, n.id DESC LIMIT ${n})
        UNION ALL (SELECT 'note', ${ownDate}, 0, n.id FROM notes n
          WHERE n.client_id = ${c} AND n.session_id IS NULL AND ${shown} AND ${keyset(ownDate, 0, sql`n.id`)} ORDER BY 2 DESC, n.id DESC LIMIT ${n})
        UNION ALL (SELECT 'assessment', a.administered_at, 2, a.id FROM assessments a
          WHERE a.client_id = ${c} AND ${keyset(sql`a.administered_at`, 2, sql`a.id`)} ORDER BY a.administered_at DESC, a.id DESC LIMIT ${n})
      ) e ORDER BY e.at DESC, e.rank, e.id DESC LIMIT ${n}`.execute(trx),
    trx
      .selectFrom('plan_versions as v')
      .innerJoin('treatment_plans as p', 'p.id', 'v.plan_id')
      .select(['v.id', 'v.plan_id', 'v.version', 'v.status', 'v.review_date', 'v.diagnosis_codes', 'v.created_at', 'v.body_sealed', 'p.current_version'])
      .where('p.client_id', '=', c)
      .execute(),
    assessmentsOf(trx, c),
    sql<{ attended: number; late_cancel: number; no_show: number }>`
      SELECT count(*) FILTER (WHERE attendance = 'attended')::int AS attended, count(*) FILTER (WHERE attendance = 'late_cancel')::int AS late_cancel,
             count(*) FILTER (WHERE attendance = 'no_show')::int AS no_show
        FROM therapy_sessions WHERE client_id = ${c}`.execute(trx),
    // Goal progress of every note the reader may see (row-level security decides, as before).
    sql<{ goal_id: string; progress: string; n: number; latest: Date }>`
      SELECT g.goal_id, g.progress, count(*)::int AS n, max(g.created_at) AS latest
        FROM note_goal_progress g JOIN notes n ON n.id = g.note_id WHERE n.client_id = ${c} GROUP BY g.goal_id, g.progress`.execute(trx),
    // Signed progress notes that record no goal progress: the candidates of note_without_goal.
    sql<{ id: string; at: Date }>`
      SELECT n.id, ${noteAt} AS at FROM notes n LEFT JOIN therapy_sessions s ON s.id = n.session_id
       WHERE n.client_id = ${c} AND n.kind = 'progress' AND n.status = 'signed'
         AND NOT EXISTS (SELECT 1 FROM note_goal_progress g WHERE g.note_id = n.id)`.execute(trx),
    // The last goalWindow attended sessions, and the goals of the notes shown since the oldest of them.
    sql<{ at: Date; goal_ids: string[] | null }>`
      WITH w AS (SELECT starts_at FROM therapy_sessions WHERE client_id = ${c} AND attendance = 'attended' ORDER BY starts_at DESC LIMIT ${goalWindow}),
           start AS (SELECT min(starts_at) AS at, count(*) AS k FROM w)
      SELECT w.starts_at AS at,
             (SELECT array_agg(DISTINCT g.goal_id::text) FROM notes n LEFT JOIN therapy_sessions s ON s.id = n.session_id JOIN note_goal_progress g ON g.note_id = n.id, start
               WHERE n.client_id = ${c} AND ${shown} AND start.k >= ${goalWindow} AND ${noteAt} >= start.at) AS goal_ids
        FROM w ORDER BY w.starts_at DESC`.execute(trx),
  ]);

  const rows = eventRows.rows.slice(0, page.limit);
  const more = eventRows.rows.length > page.limit;
  const idsOf = (k: Kind): string[] => rows.filter((r) => r.type === k).map((r) => r.id);
  const [sessionIds, noteIds, assessmentIds] = [idsOf('session'), idsOf('note'), idsOf('assessment')];
  const none = Promise.resolve([]);
  const [sessions, notes, progress] = await Promise.all([
    sessionIds.length === 0 ? none : trx.selectFrom('therapy_sessions').select(['id', 'starts_at', 'service_code', 'modality', 'duration_minutes', 'attendance']).where('id', 'in', sessionIds).execute(),
    noteIds.length === 0 ? none : trx.selectFrom('notes').select(['id', 'session_id', 'kind', 'format', 'status']).where('id', 'in', noteIds).execute(),
    noteIds.length === 0 ? none : trx.selectFrom('note_goal_progress').select(['note_id', 'goal_id', 'progress']).where('note_id', 'in', noteIds).execute(),
  ]);
  const sessionById = new Map(sessions.map((x) => [x.id, x]));
  const noteById = new Map(notes.map((n) => [n.id, n]));
  const versionById = new Map(versions.map((v) => [v.id, v]));
  const pageAssessments = new Set(assessmentIds);
  const assessmentById = new Map(assessments.filter((a) => pageAssessments.has(a.id)).map((a) => [a.id, a]));
  const goalsOf = new Map<string, Array<{ goalId: string; progress: string }>>();
  for (const g of progress) {
    const list = goalsOf.get(g.note_id) ?? [];
    list.push({ goalId: g.goal_id, progress: g.progress });
    goalsOf.set(g.note_id, list);
  }

  const events: TimelineEvent[] = [];
  for (const r of rows) {
    const at = new Date(r.at).toISOString();
    if (r.type === 'plan_version') {
      const v = versionById.get(r.id);
      if (v !== undefined) events.push({ type: 'plan_version', at, planId: v.plan_id, version: v.version, status: v.status, reviewDate: isoDate(v.review_date), diagnosisCodes: v.diagnosis_codes });
    } else if (r.type === 'session') {
      const x = sessionById.get(r.id);
      if (x !== undefined) events.push({ type: 'session', at, sessionId: x.id, serviceCode: x.service_code, modality: x.modality, durationMinutes: x.duration_minutes, attendance: x.attendance });
    } else if (r.type === 'note') {
      const n = noteById.get(r.id);
      if (n !== undefined) events.push({ type: 'note', at, noteId: n.id, sessionId: n.session_id, kind: n.kind, format: n.format, status: n.status, goals: goalsOf.get(n.id) ?? [] });
    } else {
      const a = assessmentById.get(r.id);
      if (a !== undefined) events.push({ type: 'assessment', at, assessmentId: a.id, instrument: a.instrument, total: a.total, severity: a.severity });
    }
  }
  const lastRow = rows.at(-1);
  const next = more && lastRow !== undefined ? { at: new Date(lastRow.at).toISOString(), rank: lastRow.rank, id: lastRow.id } : null;

  // Only current versions are decrypted: one snapshot per plan.
  const current: CurrentPlan[] = versions
    .filter((v) => v.version === v.current_version)
    .map((v) => ({ planId: v.plan_id, status: v.status, reviewDate: isoDate(v.review_date), snapshot: openSnapshot(s, v) }));

  const recentGoals = windowRows.rows[0]?.goal_ids ?? [];
  const windowSessions = windowRows.rows.map((w) => ({ at: new Date(w.at), attendance: 'attended' as const }));
  const windowStart = windowSessions.length >= goalWindow ? windowSessions.at(-1)?.at : undefined;
  // findGaps reads the notes for two rules: the lonely ones (no goal) and the goals recorded in
  // the window (one stand-in note at the window's start carries them).
  const noteFacts: NoteFacts[] = lonely.rows.map((n) => ({ id: n.id, kind: 'progress' as const, status: 'signed' as const, at: new Date(n.at), goalIds: [] }));
  if (windowStart !== undefined && recentGoals.length > 0) noteFacts.push({ id: 'window', kind: 'progress', status: 'draft', at: windowStart, goalIds: recentGoals });

  const perGoal = new Map<string, { entries: number; latest: { at: Date; progress: string } | null; counts: Record<string, number> }>();
  for (const g of goalCounts.rows) {
    const e = perGoal.get(g.goal_id) ?? { entries: 0, latest: null, counts: {} };
    e.entries += g.n;
    e.counts[g.progress] = (e.counts[g.progress] ?? 0) + g.n;
    const latest = new Date(g.latest);
    if (e.latest === null || latest > e.latest.at) e.latest = { at: latest, progress: g.progress };
    perGoal.set(g.goal_id, e);
  }
  const att = attendance.rows[0] ?? { attended: 0, late_cancel: 0, no_show: 0 };
  const attended = att.attended;
  const lateCancel = att.late_cancel;
  const noShow = att.no_show;
  // Scheduled sessions have no outcome yet: they count neither for nor against attendance.
  const held = attended + lateCancel + noShow;

  return {
    clientId: client.id,
    diagnoses: current.flatMap((p) => p.snapshot.diagnoses.map((d) => ({ code: d.code, primary: d.primary, description: icd10(d.code)?.description ?? '', planId: p.planId }))),
    goals: current.flatMap((p) => p.snapshot.problems.flatMap((pr) => pr.goals.map((g) => ({ planId: p.planId, goalId: g.id, problem: pr.text, text: g.text })))),
    events,
    next,
    planState: planState(current),
    gaps: findGaps({ plans: current, versions: versions.map((v) => ({ planId: v.plan_id, version: v.version, status: v.status, createdAt: v.created_at })), notes: noteFacts, sessions: windowSessions, today: now.toISOString().slice(0, 10), goalWindow }),
    patterns: {
      trends: trendsOf(assessments),
      goalProgress: [...perGoal.entries()].map(([goalId, e]) => ({ goalId, entries: e.entries, latest: e.latest?.progress ?? null, counts: e.counts })),
      attendance: { attended, lateCancel, noShow, attendanceRate: held === 0 ? null : Math.round((attended / held) * 1000) / 1000 },
    },
  };
}
