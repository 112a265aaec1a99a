// Recording, scheduling and correcting a therapy session. The server checks that code, duration,
// modality and place of service agree (CPT time rules, telehealth places) and that a session in
// the future is only scheduled (issue 16); this form says the same before it asks.
import { useState, type FormEvent } from 'react';
import { api, messageOf } from '../api.ts';
import type { Attendance, Modality, ServiceCodes, TherapySession } from '../types.ts';
import { Alert, Field } from '../ui.tsx';

function localInput(d: Date): string {
  const x = new Date(d);
  x.setMinutes(x.getMinutes() - x.getTimezoneOffset(), 0, 0);
  return x.toISOString().slice(0, 16);
}

interface Values {
  startsAt: string;
  duration: string;
  serviceCode: string;
  modality: Modality;
  place: string;
  attendance: Attendance;
}

const blank = (): Values => ({ startsAt: localInput(new Date()), duration: '50', serviceCode: '90834', modality: 'in_person', place: '11', attendance: 'attended' });

const fromSession = (s: TherapySession): Values => ({
  startsAt: localInput(new Date(s.startsAt)),
  duration: String(s.durationMinutes),
  serviceCode: s.serviceCode,
  modality: s.modality,
  place: s.placeOfService,
  attendance: s.attendance,
});

export const ATTENDANCE_WORDS: Record<Attendance, string> = { scheduled: 'Scheduled', attended: 'Attended', late_cancel: 'Late cancel', no_show: 'No-show' };

/**
 * Without `session`: record or schedule a new session (the form starts afresh after each save).
 * With `session`: correct it (the server audits the change).
 */
export function SessionForm({
  clientId,
  codes,
  session,
  onSaved,
  onCancel,
}: {
  clientId: string;
  codes: ServiceCodes;
  session?: TherapySession;
  onSaved: (s: TherapySession) => void;
  onCancel?: () => void;
}) {
  const [v, setV] = useState<Values>(() => (session === undefined ? blank() : fromSession(session)));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const set = (patch: Partial<Values>) => setV((cur) => ({ ...cur, ...patch }));
  const when = new Date(v.startsAt);
  const future = !Number.isNaN(when.getTime()) && when.getTime() > Date.now();
  // A future session can only be scheduled: what happened is recorded once its time has come.
  const attendance: Attendance = future ? 'scheduled' : v.attendance;
  const editing = session !== undefined;
  const idp = editing ? `edit-${session.id}` : 'new-session';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setSaved(null);
    const body = {
      startsAt: when.toISOString(),
      durationMinutes: Number(v.duration),
      serviceCode: v.serviceCode,
      modality: v.modality,
      placeOfService: v.place,
      attendance,
    };
    try {
      const s = editing
        ? await api.patch<TherapySession>(`/api/therapy-sessions/${session.id}`, body)
        : await api.post<TherapySession>(`/api/clients/${clientId}/sessions`, body);
      if (!editing) {
        // A fresh form for the next session (issue 16): nothing of the last one lingers.
        setV(blank());
        setSaved(s.attendance === 'scheduled' ? 'Session scheduled.' : 'Session recorded.');
      }
      onSaved(s);
    } catch (err) {
      setError(messageOf(err));
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby={`${idp}-title`} className="subform">
      <h3 id={`${idp}-title`}>{editing ? 'Correct this session' : 'Record or schedule a session'}</h3>
      <div className="row">
        <Field label="Date and time">{(p) => <input {...p} type="datetime-local" required value={v.startsAt} onChange={(e) => set({ startsAt: e.target.value })} />}</Field>
        <Field label="Minutes">{(p) => <input {...p} type="number" min={1} max={600} required value={v.duration} onChange={(e) => set({ duration: e.target.value })} />}</Field>
      </div>
      <Field label="Service code">
        {(p) => (
          <select {...p} value={v.serviceCode} onChange={(e) => set({ serviceCode: e.target.value })}>
            {codes.serviceCodes.map((c) => (
              <option key={c.code} value={c.code}>
                {c.code} — {c.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="row">
        <Field label="Modality">
          {(p) => (
            <select
              {...p}
              value={v.modality}
              onChange={(e) => {
                const m = e.target.value as Modality;
                // A sensible place to go with it; the clinician can still choose another.
                set({ modality: m, place: m === 'in_person' ? '11' : '10' });
              }}
            >
              <option value="in_person">In person</option>
              <option value="video">Video</option>
              <option value="phone">Phone</option>
            </select>
          )}
        </Field>
        <Field label="Place of service">
          {(p) => (
            <select {...p} value={v.place} onChange={(e) => set({ place: e.target.value })}>
              {Object.entries(codes.placesOfService).map(([code, title]) => (
                <option key={code} value={code}>
                  {code} — {title}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Attendance" {...(future ? { hint: 'This session is in the future, so it is scheduled. Record what happened once its time has come.' } : {})}>
          {(p) => (
            <select {...p} value={attendance} onChange={(e) => set({ attendance: e.target.value as Attendance })}>
              <option value="scheduled">Scheduled</option>
              <option value="attended" disabled={future}>
                Attended
              </option>
              <option value="late_cancel" disabled={future}>
                Late cancel
              </option>
              <option value="no_show" disabled={future}>
                No-show
              </option>
            </select>
          )}
        </Field>
      </div>
      <Alert error={error} />
      {saved !== null && (
        <p role="status" className="status-ok">
          {saved}
        </p>
      )}
      <div className="actions">
        <button type="submit" className={editing ? 'primary' : undefined}>
          {editing ? 'Save the correction' : future ? 'Schedule session' : 'Record session'}
        </button>
        {onCancel !== undefined && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
