// The practice's retention schedule (R16), for owners: how long each record class is kept, the
// legal minimums, periods lengthened with a fresh second factor, and the dry run of the daily
// job — which clients it would delete, and when. The dry run shows ids and dates only, never a
// label: an owner does not read every client's record, and this screen does not change that.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api } from '../api.ts';
import { useApi } from '../hooks.ts';
import { useStepUp } from '../stepup.tsx';
import { Alert, Field, formatDate, Loading, Notice } from '../ui.tsx';

interface Schedule {
  clinicalYears: number;
  majorityAge: number;
  auditYears: number;
  overridden: boolean;
  minimums: { clinicalYears: number; majorityAge: number; auditYears: number };
  recordClasses: Array<{ recordClass: string; rule: string; handledBy: string }>;
  legalHolds: number;
}

interface DryRun {
  asOf: string;
  horizonDays: number;
  clients: Array<{ clientId: string; recordClass: string; lastServiceAt: string; dueAt: string; dueNow: boolean; held: boolean }>;
  audit: Array<{ lane: number; rows: number; throughSeq: number; throughOccurredAt: string }>;
}

const CLASS_NAMES: Record<string, string> = {
  clinical: 'Clinical record',
  clinical_minor: 'Clinical record (minor)',
  audit: 'Audit trail',
  transcripts: 'Transcripts',
  ai_drafts: 'AI drafts',
  audio: 'Session audio',
  licensure: 'Licensure hours',
};
const HORIZONS = [
  { days: 0, label: 'due today' },
  { days: 90, label: 'due within 90 days' },
  { days: 365, label: 'due within a year' },
  { days: 1825, label: 'due within five years' },
  { days: 3650, label: 'due within ten years' },
];

export function Retention() {
  const schedule = useApi<Schedule>('/api/practice/retention');
  if (schedule.data === null) return schedule.error !== null ? <Alert error={schedule.error} /> : <Loading what="Loading the retention schedule" />;
  return (
    <section className="card" aria-labelledby="retention-title">
      <h2 id="retention-title">Record retention</h2>
      <p className="hint">
        Records are kept at least as long as the law requires, then deleted by a daily job, with a receipt in the audit trail. A client under a legal hold is
        never deleted while the hold lasts ({schedule.data.legalHolds === 1 ? '1 client is' : `${schedule.data.legalHolds} clients are`} on hold now).
      </p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Records</th>
            <th scope="col">Kept</th>
          </tr>
        </thead>
        <tbody>
          {schedule.data.recordClasses.map((r) => (
            <tr key={r.recordClass}>
              <td>{CLASS_NAMES[r.recordClass] ?? r.recordClass}</td>
              <td>{r.rule}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ScheduleForm schedule={schedule.data} onSaved={schedule.set} />
      <DryRunView />
    </section>
  );
}

function ScheduleForm({ schedule, onSaved }: { schedule: Schedule; onSaved: (s: Schedule) => void }) {
  const [clinicalYears, setClinicalYears] = useState(String(schedule.clinicalYears));
  const [majorityAge, setMajorityAge] = useState(String(schedule.majorityAge));
  const [auditYears, setAuditYears] = useState(String(schedule.auditYears));
  const [saved, setSaved] = useState<string | null>(null);
  const stepUp = useStepUp();
  const m = schedule.minimums;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    void stepUp.run(async () => {
      onSaved(await api.put<Schedule>('/api/practice/retention', { clinicalYears: Number(clinicalYears), majorityAge: Number(majorityAge), auditYears: Number(auditYears) }));
      setSaved('Retention periods saved.');
    });
  };
  return (
    <>
    <form onSubmit={submit} aria-labelledby="retention-periods-title">
      <h3 id="retention-periods-title">Lengthen the periods</h3>
      <div className="row">
        <Field label="Clinical records, years after the last service" hint={`At least ${m.clinicalYears}`}>
          {(p) => <input {...p} type="number" min={m.clinicalYears} max={100} value={clinicalYears} onChange={(e) => setClinicalYears(e.target.value)} required />}
        </Field>
        <Field label="Minors: kept at least until age" hint={`At least ${m.majorityAge}`}>
          {(p) => <input {...p} type="number" min={m.majorityAge} max={30} value={majorityAge} onChange={(e) => setMajorityAge(e.target.value)} required />}
        </Field>
        <Field label="Audit trail, years" hint={`At least ${m.auditYears}`}>
          {(p) => <input {...p} type="number" min={m.auditYears} max={100} value={auditYears} onChange={(e) => setAuditYears(e.target.value)} required />}
        </Field>
      </div>
      <div className="actions">
        <button type="submit" className="primary">Save retention periods</button>
      </div>
    </form>
    {/* Outside the form: the prompt is a form of its own. */}
    {stepUp.prompt}
    <Alert error={stepUp.error} />
    {saved !== null && <Notice>{saved}</Notice>}
    </>
  );
}

function DryRunView() {
  const [horizon, setHorizon] = useState(365);
  const dry = useApi<DryRun>(`/api/practice/retention/dry-run?horizonDays=${horizon}`);
  return (
    <div aria-labelledby="retention-dry-run-title">
      <h3 id="retention-dry-run-title">What the daily job would delete</h3>
      <Field label="Show records">
        {(p) => (
          <select {...p} value={horizon} onChange={(e) => setHorizon(Number(e.target.value))}>
            {HORIZONS.map((h) => (
              <option key={h.days} value={h.days}>
                {h.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      {dry.error !== null && <Alert error={dry.error} />}
      {dry.data === null ? (
        <Loading />
      ) : dry.data.clients.length === 0 && dry.data.audit.length === 0 ? (
        <p className="muted">Nothing is due in that time.</p>
      ) : (
        <>
          {dry.data.clients.length > 0 && (
            <table className="table">
              <caption>Clients whose records come due</caption>
              <thead>
                <tr>
                  <th scope="col">Client</th>
                  <th scope="col">Records</th>
                  <th scope="col">Last service</th>
                  <th scope="col">Due</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {dry.data.clients.map((c, i) => (
                  <tr key={c.clientId}>
                    <td>
                      <Link to={`/clients/${c.clientId}`}>Client {i + 1}</Link>
                    </td>
                    <td>{CLASS_NAMES[c.recordClass] ?? c.recordClass}</td>
                    <td>{formatDate(c.lastServiceAt)}</td>
                    <td>{formatDate(c.dueAt)}</td>
                    <td>{c.held ? 'Kept: legal hold' : c.dueNow ? 'Deleted at the next daily run' : 'Scheduled'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {dry.data.audit.length > 0 && (
            <p>
              Audit trail: {dry.data.audit.reduce((n, a) => n + a.rows, 0)} events older than the audit period would be removed, behind a sealed checkpoint.
            </p>
          )}
        </>
      )}
    </div>
  );
}
