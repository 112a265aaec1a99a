// A client's details and privacy settings (R18, R19, R31): pronouns, year of birth (never a full
// date), status, contact notes and the people in the client's life — both encrypted, and the
// people's names caught by redaction in this client's notes and transcripts — and what happens to
// transcripts. Only the client's own practitioner edits them; the server enforces the same.
import { useState, type FormEvent } from 'react';
import { api, messageOf } from '../api.ts';
import type { ClientDetail } from '../types.ts';
import { Alert, Field } from '../ui.tsx';

type Mode = ClientDetail['transcriptDeletion']['mode'];

export function ClientDetailsForm({ client, onSaved, onClose }: { client: ClientDetail; onSaved: (c: ClientDetail) => void; onClose: () => void }) {
  const [status, setStatus] = useState(client.status);
  const [pronouns, setPronouns] = useState(client.pronouns ?? '');
  const [birthYear, setBirthYear] = useState(client.birthYear === null ? '' : String(client.birthYear));
  const [contactNotes, setContactNotes] = useState(client.contactNotes ?? '');
  const [people, setPeople] = useState(client.knownPeople.join('\n'));
  const [mode, setMode] = useState<Mode>(client.transcriptDeletion.mode);
  const [days, setDays] = useState(String(client.transcriptDeletion.days ?? 30));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const saved = await api.patch<ClientDetail>(`/api/clients/${client.id}`, {
        status,
        pronouns: pronouns.trim() === '' ? null : pronouns.trim(),
        birthYear: birthYear.trim() === '' ? null : Number(birthYear),
        contactNotes: contactNotes.trim() === '' ? null : contactNotes,
        knownPeople: [...new Set(people.split('\n').map((p) => p.trim()).filter((p) => p !== ''))],
        transcriptDeletion: mode === 'after_days' ? { mode, days: Number(days) } : { mode },
      });
      onSaved(saved);
      onClose();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card inset" aria-label="Edit details and privacy" onSubmit={(e) => void save(e)}>
      <div className="row">
        <Field label="Status">
          {(p) => (
            <select {...p} value={status} onChange={(e) => setStatus(e.target.value as ClientDetail['status'])}>
              <option value="active">Active</option>
              <option value="inactive">Inactive</option>
              <option value="discharged">Discharged</option>
            </select>
          )}
        </Field>
        <Field label="Pronouns">{(p) => <input {...p} maxLength={40} value={pronouns} onChange={(e) => setPronouns(e.target.value)} />}</Field>
        <Field label="Year of birth" hint="The year only; a full date of birth is never stored.">
          {(p) => <input {...p} inputMode="numeric" pattern="[0-9]{4}" maxLength={4} value={birthYear} onChange={(e) => setBirthYear(e.target.value)} />}
        </Field>
      </div>
      <Field label="Contact notes" hint="Encrypted. How to reach the client, emergency contact, and the like.">
        {(p) => <textarea {...p} rows={3} maxLength={4000} value={contactNotes} onChange={(e) => setContactNotes(e.target.value)} />}
      </Field>
      <Field label="People in the client’s life" hint="One name per line (family, partner, friends). Encrypted; their names are always caught by redaction in this client’s notes and transcripts.">
        {(p) => <textarea {...p} rows={3} value={people} onChange={(e) => setPeople(e.target.value)} />}
      </Field>
      <div className="row">
        <Field label="Session transcripts">
          {(p) => (
            <select {...p} value={mode} onChange={(e) => setMode(e.target.value as Mode)}>
              <option value="never">Keep until deleted by hand</option>
              <option value="on_sign">Delete when the session’s note is signed</option>
              <option value="after_days">Delete after a number of days</option>
            </select>
          )}
        </Field>
        {mode === 'after_days' && (
          <Field label="Days to keep a transcript">{(p) => <input {...p} type="number" min={1} max={3650} required value={days} onChange={(e) => setDays(e.target.value)} />}</Field>
        )}
      </div>
      <Alert error={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          Save details
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export const TRANSCRIPT_RULE: Record<Mode, (days: number | null) => string> = {
  never: () => 'kept until deleted by hand',
  on_sign: () => 'deleted when the session’s note is signed',
  after_days: (days) => `deleted after ${days ?? '?'} days`,
};
