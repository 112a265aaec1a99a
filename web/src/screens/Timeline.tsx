// The client's record in time order: plans, sessions and the notes written for them. A session
// without a note is flagged, as is a draft left unsigned. Goal-level gaps of the golden thread
// (a note that addresses no goal, a goal with no progress) need the timeline API (R04), which
// is not there yet; this view uses what the list routes give.
import { Link } from 'react-router';
import type { NoteSummary, PlanSummary, TherapySession } from '../types.ts';
import { formatDate, formatDateTime } from '../ui.tsx';

type Item =
  | { kind: 'session'; at: string; session: TherapySession; notes: NoteSummary[] }
  | { kind: 'note'; at: string; note: NoteSummary }
  | { kind: 'plan'; at: string; plan: PlanSummary };

export function Timeline({ sessions, notes, plans }: { sessions: TherapySession[]; notes: NoteSummary[]; plans: PlanSummary[] }) {
  const bySession = new Map<string, NoteSummary[]>();
  for (const n of notes) if (n.sessionId !== null) bySession.set(n.sessionId, [...(bySession.get(n.sessionId) ?? []), n]);
  const known = new Set(sessions.map((s) => s.id));
  const items: Item[] = [
    ...sessions.map((s): Item => ({ kind: 'session', at: s.startsAt, session: s, notes: bySession.get(s.id) ?? [] })),
    ...notes.filter((n) => n.sessionId === null || !known.has(n.sessionId)).map((n): Item => ({ kind: 'note', at: n.createdAt, note: n })),
    ...plans.map((p): Item => ({ kind: 'plan', at: p.reviewDate, plan: p })),
  ].sort((a, b) => b.at.localeCompare(a.at));

  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline</h2>
      {items.length === 0 ? (
        <p className="muted">Nothing recorded yet.</p>
      ) : (
        <ol className="timeline">
          {items.map((it) => {
            if (it.kind === 'plan') {
              return (
                <li key={`p-${it.plan.id}`} className="tl-plan">
                  <span className="tl-when">Review {formatDate(it.plan.reviewDate)}</span>
                  <Link to={`/plans/${it.plan.id}`}>Treatment plan v{it.plan.currentVersion}</Link> ({it.plan.status}) · {it.plan.diagnosisCodes.join(', ')}
                </li>
              );
            }
            if (it.kind === 'note') {
              return (
                <li key={`n-${it.note.id}`} className="tl-note">
                  <span className="tl-when">{formatDate(it.note.createdAt)}</span>
                  <Link to={`/notes/${it.note.id}`}>{it.note.format.toUpperCase()} note</Link> <span className={`badge badge-${it.note.status}`}>{it.note.status}</span>
                </li>
              );
            }
            const s = it.session;
            const unsigned = it.notes.some((n) => n.status === 'draft');
            return (
              <li key={`s-${s.id}`} className="tl-session">
                <span className="tl-when">{formatDateTime(s.startsAt)}</span>
                Session {s.serviceCode}, {s.durationMinutes} min
                {it.notes.map((n) => (
                  <span key={n.id}>
                    {' · '}
                    <Link to={`/notes/${n.id}`}>{n.format.toUpperCase()} note</Link> <span className={`badge badge-${n.status}`}>{n.status}</span>
                  </span>
                ))}
                {s.attendance === 'attended' && it.notes.length === 0 && <span className="badge badge-gap">No note</span>}
                {unsigned && <span className="badge badge-gap">Unsigned</span>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
