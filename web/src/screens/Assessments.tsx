// Standardized measures (R05): entering a PHQ-9, GAD-7 or PCL-5 item by item, and each measure's
// trend with severity bands and reliable-change markers. The server scores; the screen never
// computes a total of its own that could disagree.
import { useState, type FormEvent } from 'react';
import { api, messageOf } from '../api.ts';
import { useApi } from '../hooks.ts';
import type { Assessment, Instrument, InstrumentSpec, TherapySession, Trend } from '../types.ts';
import { Alert, formatDateTime, Loading, localDay } from '../ui.tsx';
import { bandLabel, ScoreChart } from './ScoreChart.tsx';

// Item wording of the PHQ-9 and GAD-7 (both free to use, Pfizer; no permission required).
const ITEMS: Partial<Record<Instrument, string[]>> = {
  phq9: [
    'Little interest or pleasure in doing things',
    'Feeling down, depressed, or hopeless',
    'Trouble falling or staying asleep, or sleeping too much',
    'Feeling tired or having little energy',
    'Poor appetite or overeating',
    'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
    'Trouble concentrating on things, such as reading the newspaper or watching television',
    'Moving or speaking so slowly that other people could have noticed; or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
    'Thoughts that you would be better off dead, or of hurting yourself in some way',
  ],
  gad7: [
    'Feeling nervous, anxious, or on edge',
    'Not being able to stop or control worrying',
    'Worrying too much about different things',
    'Trouble relaxing',
    'Being so restless that it is hard to sit still',
    'Becoming easily annoyed or irritable',
    'Feeling afraid, as if something awful might happen',
  ],
};
const FREQUENCY = ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'];
const INTENSITY = ['Not at all', 'A little bit', 'Moderately', 'Quite a bit', 'Extremely'];

export function Assessments({ clientId, sessions, onRecorded }: { clientId: string; sessions: TherapySession[]; onRecorded: () => void }) {
  const specs = useApi<{ instruments: InstrumentSpec[] }>('/api/assessment-instruments');
  const data = useApi<{ assessments: Assessment[]; trends: Trend[] }>(`/api/clients/${clientId}/assessments`);
  const [open, setOpen] = useState<Instrument | null>(null);

  if (specs.error !== null || data.error !== null) return <Alert error={specs.error ?? data.error} />;
  if (specs.data === null || data.data === null) return <Loading what="Loading measures" />;
  const bySpec = new Map(specs.data.instruments.map((s) => [s.id, s]));
  const trends = data.data.trends.filter((t) => t.count > 0);
  return (
    <section className="card" aria-labelledby="measures-title">
      <h2 id="measures-title">Measures</h2>
      {trends.length === 0 && <p className="muted">No measures recorded yet.</p>}
      {trends.map((t) => {
        const spec = bySpec.get(t.instrument);
        if (spec === undefined) return null;
        return (
          <div key={t.instrument} className="measure">
            <h3>
              {spec.title}: latest {t.latest} ({bandLabel(t.points[t.points.length - 1]?.severity ?? '')})
            </h3>
            <ScoreChart trend={t} spec={spec} />
          </div>
        );
      })}
      <div className="actions">
        {specs.data.instruments.map((s) => (
          <button key={s.id} type="button" aria-expanded={open === s.id} onClick={() => setOpen(open === s.id ? null : s.id)}>
            Enter {s.title.split(' ')[0]}
          </button>
        ))}
      </div>
      {open !== null && bySpec.get(open) !== undefined && (
        <EntryForm
          key={open}
          clientId={clientId}
          spec={bySpec.get(open) as InstrumentSpec}
          sessions={sessions}
          onDone={() => {
            setOpen(null);
            void data.reload();
            onRecorded();
          }}
        />
      )}
    </section>
  );
}

function EntryForm({ clientId, spec, sessions, onDone }: { clientId: string; spec: InstrumentSpec; sessions: TherapySession[]; onDone: () => void }) {
  const [items, setItems] = useState<(number | null)[]>(() => Array.from({ length: spec.items }, () => null));
  // A measure belongs to a session or a date (issue 16): the most recent session whose time has
  // come is the default, never a future one; without a session, any day up to today.
  const past = sessions.filter((s) => new Date(s.startsAt).getTime() <= Date.now());
  const [sessionId, setSessionId] = useState(past[0]?.id ?? '');
  const [day, setDay] = useState(() => localDay(new Date()));
  const [error, setError] = useState<string | null>(null);
  const labels = ITEMS[spec.id];
  const scale = spec.itemMax === 3 ? FREQUENCY : INTENSITY;
  const complete = items.every((v) => v !== null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!complete) {
      setError('Answer every item before saving.');
      return;
    }
    setError(null);
    try {
      await api.post<Assessment>(`/api/clients/${clientId}/assessments`, {
        instrument: spec.id,
        items,
        // Given at a session: the server dates it by the session. Otherwise by the day chosen
        // (today: now; an earlier day: its noon, a time no time zone moves to another day).
        ...(sessionId !== '' ? { sessionId } : { sessionId: null, administeredAt: day === localDay(new Date()) ? new Date().toISOString() : new Date(`${day}T12:00:00`).toISOString() }),
      });
      onDone();
    } catch (err) {
      setError(messageOf(err));
    }
  };

  return (
    <form className="subform assessment-form" onSubmit={(e) => void submit(e)} aria-labelledby={`form-${spec.id}`}>
      <h3 id={`form-${spec.id}`}>{spec.title}</h3>
      <p className="hint">
        {spec.itemMax === 3 ? 'Over the last 2 weeks, how often has the client been bothered by the following?' : 'In the past month, how much was the client bothered by each problem?'}
      </p>
      {items.map((v, i) => (
        <fieldset key={i} className="item">
          <legend>
            {i + 1}. {labels?.[i] ?? `Item ${i + 1}`}
          </legend>
          <div className="scale">
            {scale.map((label, score) => (
              <span className="check" key={score}>
                <input
                  id={`${spec.id}-${i}-${score}`}
                  type="radio"
                  name={`${spec.id}-${i}`}
                  checked={v === score}
                  onChange={() => setItems(items.map((x, j) => (j === i ? score : x)))}
                />
                <label htmlFor={`${spec.id}-${i}-${score}`}>
                  {score} · {label}
                </label>
              </span>
            ))}
          </div>
        </fieldset>
      ))}
      <div className="row">
        {past.length > 0 && (
          <div className="field">
            <label htmlFor={`${spec.id}-session`}>Given at session</label>
            <select id={`${spec.id}-session`} value={sessionId} onChange={(e) => setSessionId(e.target.value)}>
              <option value="">No session (choose a date)</option>
              {past.map((s) => (
                <option key={s.id} value={s.id}>
                  {formatDateTime(s.startsAt)}
                </option>
              ))}
            </select>
          </div>
        )}
        {sessionId === '' && (
          <div className="field">
            <label htmlFor={`${spec.id}-date`}>Date given</label>
            <input id={`${spec.id}-date`} type="date" required max={localDay(new Date())} value={day} onChange={(e) => setDay(e.target.value)} />
          </div>
        )}
      </div>
      {spec.id === 'phq9' && <p className="hint">An answer above 0 on item 9 flags the client for safety follow-up.</p>}
      <Alert error={error} />
      <button type="submit" className="primary">
        Save {spec.title.split(' ')[0]}
      </button>
    </form>
  );
}
