// Recording a therapy session. The server checks that code, duration, modality and place of
// service agree (CPT time rules, telehealth places) and names the field at fault.
import { useState, type FormEvent } from 'react';
import { api, messageOf } from '../api.ts';
import type { Attendance, Modality, ServiceCodes } from '../types.ts';
import { Alert, Field } from '../ui.tsx';

function localNow(): string {
  const d = new Date();
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset(), 0, 0);
  return d.toISOString().slice(0, 16);
}

export function SessionForm({ clientId, codes, onCreated }: { clientId: string; codes: ServiceCodes; onCreated: () => void }) {
  const [startsAt, setStartsAt] = useState(localNow);
  const [duration, setDuration] = useState('50');
  const [serviceCode, setServiceCode] = useState('90834');
  const [modality, setModality] = useState<Modality>('in_person');
  const [place, setPlace] = useState('11');
  const [attendance, setAttendance] = useState<Attendance>('attended');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setSaved(false);
    try {
      await api.post(`/api/clients/${clientId}/sessions`, {
        startsAt: new Date(startsAt).toISOString(),
        durationMinutes: Number(duration),
        serviceCode,
        modality,
        placeOfService: place,
        attendance,
      });
      setSaved(true);
      onCreated();
    } catch (err) {
      setError(messageOf(err));
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="new-session-title" className="subform">
      <h3 id="new-session-title">Record a session</h3>
      <div className="row">
        <Field label="Date and time">{(p) => <input {...p} type="datetime-local" required value={startsAt} onChange={(e) => setStartsAt(e.target.value)} />}</Field>
        <Field label="Minutes">{(p) => <input {...p} type="number" min={1} max={600} required value={duration} onChange={(e) => setDuration(e.target.value)} />}</Field>
      </div>
      <Field label="Service code">
        {(p) => (
          <select {...p} value={serviceCode} onChange={(e) => setServiceCode(e.target.value)}>
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
              value={modality}
              onChange={(e) => {
                const m = e.target.value as Modality;
                setModality(m);
                // A sensible place to go with it; the clinician can still choose another.
                setPlace(m === 'in_person' ? '11' : '10');
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
            <select {...p} value={place} onChange={(e) => setPlace(e.target.value)}>
              {Object.entries(codes.placesOfService).map(([code, title]) => (
                <option key={code} value={code}>
                  {code} — {title}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Attendance">
          {(p) => (
            <select {...p} value={attendance} onChange={(e) => setAttendance(e.target.value as Attendance)}>
              <option value="attended">Attended</option>
              <option value="late_cancel">Late cancel</option>
              <option value="no_show">No-show</option>
            </select>
          )}
        </Field>
      </div>
      <Alert error={error} />
      {saved && (
        <p role="status" className="status-ok">
          Session recorded.
        </p>
      )}
      <button type="submit">Record session</button>
    </form>
  );
}
