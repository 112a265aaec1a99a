// The week ahead (issue 16): the practitioner's own sessions, day by day, each with its client's
// label and number. Sessions whose time has come but whose outcome is not recorded yet are
// pointed out, so none stays "scheduled" by mistake.
import { useState } from 'react';
import { Link } from 'react-router';
import { useApi } from '../hooks.ts';
import type { UpcomingSession } from '../types.ts';
import { Alert, formatTime, formatWeekday, localDay, Loading, Page } from '../ui.tsx';
import { ATTENDANCE_WORDS } from './SessionForm.tsx';

const MODALITY: Record<UpcomingSession['modality'], string> = { in_person: 'in person', video: 'video', phone: 'phone' };

function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return localDay(new Date(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + n));
}

export default function Week() {
  const [from, setFrom] = useState(() => localDay(new Date()));
  // One extra day each side: the server counts days in UTC, the clinician in local time.
  const data = useApi<{ sessions: UpcomingSession[] }>(`/api/sessions/upcoming?from=${addDays(from, -1)}&days=9`);
  const days = Array.from({ length: 7 }, (_, i) => addDays(from, i));
  const byDay = new Map<string, UpcomingSession[]>(days.map((d) => [d, []]));
  for (const s of data.data?.sessions ?? []) byDay.get(localDay(new Date(s.startsAt)))?.push(s);
  const now = Date.now();
  return (
    <Page title="Week" heading="Your week" lead="Your own sessions for the next seven days.">
      <div className="actions">
        <button type="button" onClick={() => setFrom(addDays(from, -7))}>
          Previous week
        </button>
        <button type="button" onClick={() => setFrom(localDay(new Date()))}>
          Today
        </button>
        <button type="button" onClick={() => setFrom(addDays(from, 7))}>
          Next week
        </button>
      </div>
      {data.error !== null && <Alert error={data.error} />}
      {data.data === null ? (
        <Loading />
      ) : (
        <section className="card" aria-labelledby="week-title">
          <h2 id="week-title">
            {formatWeekday(days[0] ?? from)} to {formatWeekday(days[6] ?? from)}
          </h2>
          {days.map((d) => {
            const list = byDay.get(d) ?? [];
            return (
              <div key={d} className="week-day">
                <h3>{formatWeekday(d)}</h3>
                {list.length === 0 ? (
                  <p className="muted">No sessions.</p>
                ) : (
                  <ul className="plain-list">
                    {list.map((s) => (
                      <li key={s.id}>
                        {formatTime(s.startsAt)} · <Link to={`/clients/${s.clientId}`}>{s.clientLabel}</Link> · {s.durationMinutes} min, {s.serviceCode}, {MODALITY[s.modality]}{' '}
                        <span className={`badge badge-${s.attendance}`}>
                          {s.attendance === 'scheduled' && new Date(s.startsAt).getTime() <= now ? 'Record what happened' : ATTENDANCE_WORDS[s.attendance]}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            );
          })}
        </section>
      )}
    </Page>
  );
}
