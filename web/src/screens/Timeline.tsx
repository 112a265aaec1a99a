// The golden thread (R04): diagnoses → plan goals → sessions and the notes that address them,
// with measures in between, as one timeline per client; gaps flagged (a note that addresses no
// goal, a goal without recent progress, a plan past review, a diagnosis no goal serves).
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { api, messageOf } from '../api.ts';
import { useApi } from '../hooks.ts';
import { Alert, formatDate, formatDateTime, Loading } from '../ui.tsx';
import { bandLabel } from './ScoreChart.tsx';
import { ATTENDANCE_WORDS } from './SessionForm.tsx';

type Event =
  | { type: 'plan_version'; at: string; planId: string; version: number; status: string; reviewDate: string; diagnosisCodes: string[] }
  | { type: 'session'; at: string; sessionId: string; serviceCode: string; modality: string; durationMinutes: number; attendance: string }
  | { type: 'note'; at: string; noteId: string; sessionId: string | null; kind: string; format: string; status: string; goals: { goalId: string; progress: string }[] }
  | { type: 'assessment'; at: string; assessmentId: string; instrument: string; total: number; severity: string };

type Gap =
  | { kind: 'note_without_goal'; noteId: string }
  | { kind: 'goal_without_recent_progress'; planId: string; goalId: string; sessions: number }
  | { kind: 'plan_past_review'; planId: string; reviewDate: string }
  | { kind: 'diagnosis_without_goal'; planId: string; code: string }
  | { kind: 'no_active_plan' };

interface TimelineView {
  clientId: string;
  diagnoses: { code: string; description: string; primary: boolean; planId: string }[];
  goals: { planId: string; goalId: string; problem: string; text: string }[];
  /** One page, newest first (issue 21); older pages with nextCursor. */
  events: Event[];
  nextCursor: string | null;
  planState: 'none' | 'inactive' | 'active';
  gaps: Gap[];
  patterns: {
    goalProgress: { goalId: string; entries: number; latest: string | null; counts: Record<string, number> }[];
    attendance: { attended: number; lateCancel: number; noShow: number; attendanceRate: number | null };
  };
}

const PROGRESS: Record<string, string> = {
  regressed: 'regressed',
  no_change: 'no change',
  some_progress: 'some progress',
  significant_progress: 'significant progress',
  achieved: 'achieved',
};
const PAGE = 50;
const INSTRUMENT: Record<string, string> = { phq9: 'PHQ-9', gad7: 'GAD-7', pcl5: 'PCL-5' };

export function Timeline({ clientId }: { clientId: string }) {
  const tl = useApi<TimelineView>(`/api/clients/${clientId}/timeline?limit=${PAGE}`);
  // Older pages, appended below the first; the summary above comes with the first page.
  const [older, setOlder] = useState<{ events: Event[]; cursor: string | null } | null>(null);
  const [moreError, setMoreError] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  useEffect(() => setOlder(null), [tl.data]);
  if (tl.error !== null) return <Alert error={tl.error} />;
  if (tl.data === null) return <Loading what="Loading the timeline" />;
  const first = tl.data;
  const cursor = older === null ? first.nextCursor : older.cursor;
  const v = { ...first, events: [...first.events, ...(older?.events ?? [])] };
  const loadOlder = async () => {
    if (cursor === null) return;
    setLoadingMore(true);
    try {
      const page = await api.get<TimelineView>(`/api/clients/${clientId}/timeline?limit=${PAGE}&cursor=${encodeURIComponent(cursor)}`);
      setOlder({ events: [...(older?.events ?? []), ...page.events], cursor: page.nextCursor });
      setMoreError(null);
    } catch (e) {
      setMoreError(messageOf(e));
    } finally {
      setLoadingMore(false);
    }
  };
  const goalText = new Map(v.goals.map((g) => [g.goalId, g.text]));
  const progressOf = new Map(v.patterns.goalProgress.map((g) => [g.goalId, g]));
  const notesBySession = new Map<string, Extract<Event, { type: 'note' }>[]>();
  for (const e of v.events) if (e.type === 'note' && e.sessionId !== null) notesBySession.set(e.sessionId, [...(notesBySession.get(e.sessionId) ?? []), e]);
  const sessionIds = new Set(v.events.filter((e) => e.type === 'session').map((e) => e.sessionId));
  const noteGap = new Set(v.gaps.filter((g) => g.kind === 'note_without_goal').map((g) => g.noteId));
  const events = [...v.events].filter((e) => !(e.type === 'note' && e.sessionId !== null && sessionIds.has(e.sessionId))).sort((a, b) => b.at.localeCompare(a.at));

  const gapText = (g: Gap): string => {
    switch (g.kind) {
      case 'note_without_goal':
        return 'A note addresses no treatment-plan goal.';
      case 'goal_without_recent_progress':
        return `No progress recorded on “${goalText.get(g.goalId) ?? 'a goal'}” in the last ${g.sessions} sessions.`;
      case 'plan_past_review':
        return `The treatment plan was due for review on ${formatDate(g.reviewDate)}.`;
      case 'diagnosis_without_goal':
        return `Diagnosis ${g.code} is not addressed by any goal.`;
      case 'no_active_plan':
        return 'There is no active treatment plan.';
    }
  };

  const noteLine = (n: Extract<Event, { type: 'note' }>) => (
    <span key={n.noteId} className="tl-note-line">
      <Link to={`/notes/${n.noteId}`}>
        {n.format.toUpperCase()} {n.kind === 'process' ? 'process note' : 'note'}
      </Link>{' '}
      <span className={`badge badge-${n.status}`}>{n.status}</span>
      {n.goals.map((g) => (
        <span key={g.goalId} className="badge badge-goal">
          {goalText.get(g.goalId) ?? 'Goal'}: {PROGRESS[g.progress] ?? g.progress}
        </span>
      ))}
      {noteGap.has(n.noteId) && <span className="badge badge-gap">No goal addressed</span>}
    </span>
  );

  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Golden thread</h2>
      <div className="two-col">
        <div>
          <h3>Diagnoses and goals</h3>
          {v.diagnoses.length === 0 ? (
            <p className="muted">No diagnosis yet.</p>
          ) : (
            <ul className="plain-list">
              {v.diagnoses.map((d) => (
                <li key={`${d.planId}-${d.code}`}>
                  <strong>{d.code}</strong> {d.description}
                  {d.primary && <span className="badge">primary</span>}
                </li>
              ))}
            </ul>
          )}
          <ul className="plain-list">
            {v.goals.map((g) => {
              const p = progressOf.get(g.goalId);
              return (
                <li key={g.goalId}>
                  {g.text} <span className="muted">— {p === undefined || p.entries === 0 ? 'no progress recorded' : `${p.entries} ${p.entries === 1 ? 'entry' : 'entries'}, latest: ${PROGRESS[p.latest ?? ''] ?? p.latest}`}</span>
                </li>
              );
            })}
          </ul>
          <p className="muted">
            Attendance: {v.patterns.attendance.attended} attended, {v.patterns.attendance.lateCancel} late cancel, {v.patterns.attendance.noShow} no-show
            {v.patterns.attendance.attendanceRate !== null && ` (${Math.round(v.patterns.attendance.attendanceRate * 100)}%)`}.
          </p>
        </div>
        <div>
          <h3>Gaps</h3>
          {v.planState === 'none' ? (
            // Issue 16: without a plan there is nothing to measure notes against — not "no gaps".
            <p className="muted">
              No treatment plan yet. Gaps are checked against the plan in force at each session’s date, once there is one.
            </p>
          ) : v.gaps.length === 0 ? (
            <p className="status-ok">No gaps: every note addresses a goal and every goal has recent progress.</p>
          ) : (
            <ul className="plain-list gaps">
              {v.gaps.map((g, i) => (
                <li key={i}>
                  <span className="badge badge-gap">Gap</span> {gapText(g)}
                  {g.kind === 'note_without_goal' && (
                    <>
                      {' '}
                      <Link to={`/notes/${g.noteId}`}>Open the note</Link>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <h3>Timeline</h3>
      {events.length === 0 ? (
        <p className="muted">Nothing recorded yet.</p>
      ) : (
        <ol className="timeline">
          {events.map((e) => {
            switch (e.type) {
              case 'plan_version':
                return (
                  <li key={`p-${e.planId}-${e.version}`} className="tl-plan">
                    <span className="tl-when">{formatDateTime(e.at)}</span>
                    <Link to={`/plans/${e.planId}`}>Treatment plan v{e.version}</Link> ({e.status}) · {e.diagnosisCodes.join(', ')} · review {formatDate(e.reviewDate)}
                  </li>
                );
              case 'assessment':
                return (
                  <li key={`a-${e.assessmentId}`} className="tl-assessment">
                    <span className="tl-when">{formatDateTime(e.at)}</span>
                    {INSTRUMENT[e.instrument] ?? e.instrument} {e.total} ({bandLabel(e.severity)})
                  </li>
                );
              case 'note':
                return (
                  <li key={`n-${e.noteId}`} className="tl-note">
                    <span className="tl-when">{formatDateTime(e.at)}</span>
                    {noteLine(e)}
                  </li>
                );
              case 'session': {
                const notes = notesBySession.get(e.sessionId) ?? [];
                return (
                  <li key={`s-${e.sessionId}`} className="tl-session">
                    <span className="tl-when">{formatDateTime(e.at)}</span>
                    Session {e.serviceCode}, {e.durationMinutes} min
                    {e.attendance !== 'attended' && <span className="badge">{ATTENDANCE_WORDS[e.attendance as keyof typeof ATTENDANCE_WORDS] ?? e.attendance}</span>}
                    {notes.map((n) => (
                      <span key={n.noteId}> · {noteLine(n)}</span>
                    ))}
                    {e.attendance === 'attended' && notes.length === 0 && <span className="badge badge-gap">No note</span>}
                  </li>
                );
              }
            }
          })}
        </ol>
      )}
      {moreError !== null && <Alert error={moreError} />}
      {cursor !== null && (
        <button type="button" className="small" disabled={loadingMore} onClick={() => void loadOlder()}>
          {loadingMore ? 'Loading…' : 'Load older events'}
        </button>
      )}
    </section>
  );
}
