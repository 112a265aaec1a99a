// CSV import (R14): choose what the file holds and the file; map its columns to Tacet's fields;
// review what was staged and every refused cell by line and column; import or cancel. The file
// goes to the server as it is and is read there in memory; staged rows are kept sealed for 15
// minutes. Names become initials on the server before anything is kept (R18).
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, messageOf } from '../api.ts';
import { Alert, Field, Notice, Page, formatDateTime } from '../ui.tsx';

type Kind = 'clients' | 'sessions' | 'measures';

interface Inspect {
  encoding: string;
  delimiter: string;
  columns: Array<{ index: number; header: string }>;
  fields: Array<{ field: string; label: string }>;
  suggested: Record<string, number>;
}

interface Review {
  id: string;
  kind: Kind;
  expiresAt: string;
  counts: { rows: number; staged: number; errors: number; clients: number };
  errors: Array<{ line: number; column: number | null; field: string | null; reason: string }>;
  clients: Array<{ line: number; ref: string | null; label: string; labelKind: string; birthYear: number | null; pronouns: string | null; status: string }>;
  sessions: Array<{ line: number; clientLabel: string; startsAt: string; durationMinutes: number; serviceCode: string; modality: string; placeOfService: string; attendance: string }>;
  measures: Array<{ line: number; clientLabel: string; instrument: string; total: number; severity: string; administeredAt: string }>;
}

interface Committed {
  clients: number;
  sessions: number;
  measures: number;
  safetyFlags: number;
}

const LIMIT = 20 * 1024 * 1024;
const KIND_WORDS: Record<Kind, string> = { clients: 'Clients', sessions: 'Sessions', measures: 'Measures (PHQ-9, GAD-7, PCL-5)' };

export default function Import() {
  const [kind, setKind] = useState<Kind>('clients');
  const [timeZone, setTimeZone] = useState(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const [file, setFile] = useState<File | null>(null);
  const [inspect, setInspect] = useState<Inspect | null>(null);
  /** Column index → Tacet field ('' = not imported). */
  const [columnField, setColumnField] = useState<Record<number, string>>({});
  const [review, setReview] = useState<Review | null>(null);
  const [done, setDone] = useState<Committed | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (fn: () => Promise<void>) => {
    setError(null);
    setBusy(true);
    try {
      await fn();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const readColumns = (e: FormEvent) => {
    e.preventDefault();
    if (file === null) return;
    if (file.size > LIMIT) {
      setError('The file is larger than 20 MB. Split it into smaller files and import them one by one.');
      return;
    }
    void run(async () => {
      const r = await api.uploadCsv<Inspect>(`/api/imports/inspect?kind=${kind}`, file);
      setInspect(r);
      setColumnField(Object.fromEntries(Object.entries(r.suggested).map(([f, i]) => [i, f])));
      setReview(null);
      setDone(null);
    });
  };

  const stage = (e: FormEvent) => {
    e.preventDefault();
    if (file === null) return;
    const mapping = Object.fromEntries(Object.entries(columnField).filter(([, f]) => f !== '').map(([i, f]) => [f, Number(i)]));
    const q = new URLSearchParams({ kind, mapping: JSON.stringify(mapping), timeZone });
    void run(async () => setReview(await api.uploadCsv<Review>(`/api/imports?${q.toString()}`, file)));
  };

  const confirm = () =>
    void run(async () => {
      if (review === null) return;
      setDone(await api.post<Committed>(`/api/imports/${review.id}/confirm`));
      setReview(null);
      setInspect(null);
    });

  const cancel = () =>
    void run(async () => {
      if (review !== null) await api.del(`/api/imports/${review.id}`);
      setReview(null);
    });

  return (
    <Page title="Import" lead="Bring clients, sessions and measures from another tool’s CSV export. The file is read in memory and never stored; names are kept as initials only.">
      <form onSubmit={readColumns}>
        <Field label="What the file holds">
          {(p) => (
            <select {...p} value={kind} onChange={(e) => { setKind(e.target.value as Kind); setInspect(null); setReview(null); }}>
              {(Object.keys(KIND_WORDS) as Kind[]).map((k) => (
                <option key={k} value={k}>{KIND_WORDS[k]}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label="CSV file" hint="UTF-8 (with or without BOM) or UTF-16 with BOM, up to 20 MB. Comma, semicolon or tab separated, with a header row.">
          {(p) => <input {...p} type="file" accept=".csv,text/csv" required onChange={(e) => { setFile(e.target.files?.[0] ?? null); setInspect(null); setReview(null); }} />}
        </Field>
        <div className="actions">
          <button type="submit" disabled={busy || file === null}>Read the columns</button>
        </div>
      </form>

      {inspect !== null && review === null && (
        <form onSubmit={stage} aria-label="Column mapping">
          <h2>Map the columns</h2>
          <p>Choose the Tacet field each column holds; columns left on “Not imported” are ignored.</p>
          <table className="table compact">
            <thead>
              <tr><th scope="col">Column in the file</th><th scope="col">Tacet field</th></tr>
            </thead>
            <tbody>
              {inspect.columns.map((col) => (
                <tr key={col.index}>
                  <td><label htmlFor={`map-${col.index}`}>{col.header === '' ? `Column ${col.index + 1}` : col.header}</label></td>
                  <td>
                    <select id={`map-${col.index}`} value={columnField[col.index] ?? ''} onChange={(e) => setColumnField({ ...columnField, [col.index]: e.target.value })}>
                      <option value="">Not imported</option>
                      {inspect.fields.map((f) => (
                        <option key={f.field} value={f.field}>{f.label}</option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {kind !== 'clients' && (
            <Field label="Time zone of the times in the file" hint="Used for dates and times written without a UTC offset.">
              {(p) => <input {...p} value={timeZone} onChange={(e) => setTimeZone(e.target.value)} />}
            </Field>
          )}
          <div className="actions">
            <button type="submit" className="primary" disabled={busy}>Check the rows</button>
          </div>
        </form>
      )}

      <Alert error={error} />

      {review !== null && (
        <section aria-label="Review">
          <h2>Review</h2>
          <p>
            {review.counts.rows} rows read: {review.counts.staged} ready to import, {review.counts.errors} {review.counts.errors === 1 ? 'problem' : 'problems'}, {review.counts.clients} {review.counts.clients === 1 ? 'client' : 'clients'}.
            {' '}Kept sealed until {formatDateTime(review.expiresAt)}, then deleted.
          </p>
          {review.errors.length > 0 && (
            <table className="table compact" aria-label="Problems">
              <thead><tr><th scope="col">Line</th><th scope="col">Column</th><th scope="col">Field</th><th scope="col">Problem</th></tr></thead>
              <tbody>
                {review.errors.map((e, i) => (
                  <tr key={i}><td>{e.line}</td><td>{e.column ?? '—'}</td><td>{e.field ?? '—'}</td><td>{e.reason}</td></tr>
                ))}
              </tbody>
            </table>
          )}
          {review.clients.length > 0 && (
            <table className="table compact" aria-label="Clients to import">
              <thead><tr><th scope="col">Line</th><th scope="col">Client</th><th scope="col">Year of birth</th><th scope="col">Status</th></tr></thead>
              <tbody>
                {review.clients.map((c) => (
                  <tr key={c.line}><td>{c.line}</td><td>{c.label}</td><td>{c.birthYear ?? '—'}</td><td>{c.status}</td></tr>
                ))}
              </tbody>
            </table>
          )}
          {review.sessions.length > 0 && (
            <table className="table compact" aria-label="Sessions to import">
              <thead><tr><th scope="col">Line</th><th scope="col">Client</th><th scope="col">Starts</th><th scope="col">Minutes</th><th scope="col">Code</th><th scope="col">Attendance</th></tr></thead>
              <tbody>
                {review.sessions.map((s) => (
                  <tr key={s.line}><td>{s.line}</td><td>{s.clientLabel}</td><td>{formatDateTime(s.startsAt)}</td><td>{s.durationMinutes}</td><td>{s.serviceCode}</td><td>{s.attendance}</td></tr>
                ))}
              </tbody>
            </table>
          )}
          {review.measures.length > 0 && (
            <table className="table compact" aria-label="Measures to import">
              <thead><tr><th scope="col">Line</th><th scope="col">Client</th><th scope="col">Measure</th><th scope="col">Total</th><th scope="col">Date</th></tr></thead>
              <tbody>
                {review.measures.map((m) => (
                  <tr key={m.line}><td>{m.line}</td><td>{m.clientLabel}</td><td>{m.instrument}</td><td>{m.total}</td><td>{formatDateTime(m.administeredAt)}</td></tr>
                ))}
              </tbody>
            </table>
          )}
          <div className="actions">
            <button type="button" className="primary" disabled={busy || review.counts.staged === 0} onClick={confirm}>
              Import {review.counts.staged} {review.counts.staged === 1 ? 'row' : 'rows'}
            </button>
            <button type="button" disabled={busy} onClick={cancel}>Cancel import</button>
          </div>
        </section>
      )}

      {done !== null && (
        <Notice>
          Imported {done.clients} clients, {done.sessions} sessions and {done.measures} measures. <Link to="/clients">Go to clients</Link>
        </Notice>
      )}
    </Page>
  );
}
