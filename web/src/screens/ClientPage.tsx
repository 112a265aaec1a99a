// One client: details and privacy switches, treatment plans, sessions, notes, and the timeline
// that strings them together. The client's label appears on the screen only — the document title
// stays "Client" and the address holds the client's id, never the label.
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useConfirm } from '../confirm.tsx';
import { api, messageOf } from '../api.ts';
import { useApi } from '../hooks.ts';
import type { ClientDetail, NoteFormat, NoteSummary, NoteTemplate, PlanSummary, ServiceCodes, TherapySession } from '../types.ts';
import { Alert, Field, formatDate, formatDateTime, localDay, Loading, Page, PrivateBadge } from '../ui.tsx';
import { ATTENDANCE_WORDS, SessionForm } from './SessionForm.tsx';
import { Timeline } from './Timeline.tsx';
import { Assessments } from './Assessments.tsx';
import { ClientDetailsForm, TRANSCRIPT_RULE } from './ClientDetailsForm.tsx';
import { useSession } from '../session.tsx';
import { DeleteClientSection, DeleteSessionButton } from './Deletion.tsx';
import { LegalHold } from './LegalHold.tsx';

export default function ClientPage() {
  const { clientId = '' } = useParams();
  const client = useApi<ClientDetail>(`/api/clients/${clientId}`);
  const sessions = useApi<{ sessions: TherapySession[] }>(`/api/clients/${clientId}/sessions`);
  const notes = useApi<{ notes: NoteSummary[] }>(`/api/clients/${clientId}/notes`);
  const plans = useApi<{ plans: PlanSummary[] }>(`/api/clients/${clientId}/plans`);
  const codes = useApi<ServiceCodes>('/api/service-codes');
  const templates = useApi<{ templates: NoteTemplate[] }>('/api/note-templates');
  const [measures, setMeasures] = useState(0);
  const { session } = useSession();

  if (client.error !== null) {
    return (
      <Page title="Client">
        <Alert error={client.error} />
        <p>
          <Link to="/clients">Back to clients</Link>
        </p>
      </Page>
    );
  }
  if (client.data === null) return <Loading />;
  const c = client.data;
  const mine = session?.user.id === c.ownerId;
  return (
    <Page title="Client" heading={<>Client {c.displayLabel}</>}>
      <p className="breadcrumbs">
        <Link to="/clients">Clients</Link>
      </p>
      <div className="two-col">
        <ClientSettings client={c} onSaved={client.set} />
        <section className="card" aria-labelledby="plans-title">
          <h2 id="plans-title">Treatment plan</h2>
          {plans.error !== null && <Alert error={plans.error} />}
          {plans.data === null ? (
            <Loading />
          ) : plans.data.plans.length === 0 ? (
            <p className="muted">No treatment plan yet.</p>
          ) : (
            <ul className="plain-list">
              {plans.data.plans.map((p) => (
                <li key={p.id}>
                  <Link to={`/plans/${p.id}`}>
                    Plan, version {p.currentVersion} ({p.status})
                  </Link>{' '}
                  <span className="muted">
                    {p.diagnosisCodes.join(', ')} · review {formatDate(p.reviewDate)}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <Link className="button" to={`/clients/${c.id}/plans/new`}>
            New treatment plan
          </Link>
        </section>
      </div>
      <div className="two-col">
        <section className="card" aria-labelledby="sessions-title">
          <h2 id="sessions-title">Sessions</h2>
          {sessions.error !== null && <Alert error={sessions.error} />}
          {sessions.data === null ? <Loading /> : <SessionList sessions={sessions.data.sessions} codes={codes.data} mine={mine} onChanged={() => {
            void sessions.reload();
            void notes.reload();
          }} />}
          {codes.data !== null && mine && <SessionForm clientId={c.id} codes={codes.data} onSaved={() => void sessions.reload()} />}
        </section>
        <section className="card" aria-labelledby="notes-title">
          <h2 id="notes-title">Notes</h2>
          {notes.error !== null && <Alert error={notes.error} />}
          {notes.data === null ? <Loading /> : <NoteList notes={notes.data.notes} />}
          {templates.data !== null && sessions.data !== null && (
            <NewNote clientId={c.id} templates={templates.data.templates} sessions={sessions.data.sessions} />
          )}
        </section>
      </div>
      {sessions.data !== null && <Assessments clientId={c.id} sessions={sessions.data.sessions} onRecorded={() => {
            setMeasures((n) => n + 1);
            void client.reload();
          }} />}
      <Timeline key={`${sessions.data?.sessions.length ?? 0}-${notes.data?.notes.length ?? 0}-${measures}`} clientId={c.id} />
      {(mine || session?.roles.includes('owner') === true) && <LegalHold clientId={c.id} displayLabel={c.displayLabel} />}
      {mine && <DeleteClientSection clientId={c.id} displayLabel={c.displayLabel} />}
    </Page>
  );
}

function ClientSettings({ client, onSaved }: { client: ClientDetail; onSaved: (c: ClientDetail) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  // The switch moves at once and goes back if the server refuses the change.
  const [aiAllowed, setAiAllowed] = useState(!client.aiDisabled);
  const [editing, setEditing] = useState(false);
  const { session } = useSession();
  // Only the client's own practitioner changes the record (a grantee reads it).
  const mine = session?.user.id === client.ownerId;
  const { dialog, ask } = useConfirm();
  const followedUp = async () => {
    const yes = await ask({ title: 'Mark the safety concern as followed up?', body: 'The flag is cleared; the assessment that raised it stays in the record.', confirm: 'Mark as followed up' });
    if (!yes) return;
    setError(null);
    try {
      onSaved(await api.patch<ClientDetail>(`/api/clients/${client.id}`, { safetyFlag: false }));
      setSaved('Safety flag cleared.');
    } catch (e) {
      setError(messageOf(e));
    }
  };
  const setAi = async (allowed: boolean) => {
    setError(null);
    setSaved(null);
    setAiAllowed(allowed);
    try {
      onSaved(await api.patch<ClientDetail>(`/api/clients/${client.id}`, { aiDisabled: !allowed }));
      setSaved(allowed ? 'AI drafting allowed for this client.' : 'AI drafting off: no text of this client reaches any AI provider.');
    } catch (e) {
      setAiAllowed(!allowed);
      setError(messageOf(e));
    }
  };
  return (
    <section className="card" aria-labelledby="details-title">
      {dialog}
      <h2 id="details-title">Details and privacy</h2>
      <dl className="facts">
        <dt>Identified by</dt>
        <dd>{client.labelKind === 'pseudonym' ? 'Pseudonym' : 'Initials (the full name was never stored)'}</dd>
        <dt>Status</dt>
        <dd>{client.status}</dd>
        {client.pronouns !== null && (
          <>
            <dt>Pronouns</dt>
            <dd>{client.pronouns}</dd>
          </>
        )}
        {client.birthYear !== null && (
          <>
            <dt>Year of birth</dt>
            <dd>{client.birthYear}</dd>
          </>
        )}
        <dt>Client since</dt>
        <dd>{formatDate(client.createdAt)}</dd>
        <dt>Transcripts</dt>
        <dd>{TRANSCRIPT_RULE[client.transcriptDeletion.mode](client.transcriptDeletion.days)}</dd>
        {client.knownPeople.length > 0 && (
          <>
            <dt>People in the client’s life</dt>
            <dd>{client.knownPeople.join(', ')}</dd>
          </>
        )}
        {client.contactNotes !== null && (
          <>
            <dt>Contact notes</dt>
            <dd className="prewrap">{client.contactNotes}</dd>
          </>
        )}
      </dl>
      {client.safetyFlag && (
        <div className="alert alert-error">
          <p>Safety follow-up flagged{client.safetyFlagAt !== null ? ` on ${formatDateTime(client.safetyFlagAt)}` : ''}.</p>
          {mine && (
            <button type="button" className="small" onClick={() => void followedUp()}>
              Mark as followed up
            </button>
          )}
        </div>
      )}
      {mine && !editing && (
        <button type="button" onClick={() => setEditing(true)}>
          Edit details and privacy
        </button>
      )}
      {editing && (
        <ClientDetailsForm
          client={client}
          onSaved={(c) => {
            onSaved(c);
            setSaved('Details saved.');
          }}
          onClose={() => setEditing(false)}
        />
      )}
      <div className="check">
        <input
          id="ai-enabled"
          type="checkbox"
          checked={aiAllowed}
          onChange={(e) => void setAi(e.target.checked)}
          aria-describedby="ai-hint"
        />
        <label htmlFor="ai-enabled">Allow AI drafting for this client</label>
      </div>
      <p className="hint" id="ai-hint">
        When off, no text of this client is ever sent to an AI provider, whatever the practice setting.
      </p>
      {saved !== null && (
        <p role="status" className="status-ok">
          {saved}
        </p>
      )}
      <Alert error={error} />
      <p className="hint">
        <PrivateBadge /> Contact notes and names of people in this client’s life are encrypted and shown to you only.
      </p>
    </section>
  );
}

const MODALITY: Record<TherapySession['modality'], string> = { in_person: 'In person', video: 'Video', phone: 'Phone' };

/** Sessions newest first; the owner corrects one in place (time, coding, attendance). */
function SessionList({ sessions, codes, mine, onChanged }: { sessions: TherapySession[]; codes: ServiceCodes | null; mine: boolean; onChanged: () => void }) {
  const [editing, setEditing] = useState<string | null>(null);
  if (sessions.length === 0) return <p className="muted">No sessions recorded.</p>;
  const now = Date.now();
  return (
    <ul className="plain-list">
      {sessions.map((s) => (
        <li key={s.id}>
          {formatDateTime(s.startsAt)} · {s.durationMinutes} min · {s.serviceCode} · {MODALITY[s.modality]}{' '}
          <span className={`badge badge-${s.attendance}`}>
            {s.attendance === 'scheduled' && new Date(s.startsAt).getTime() <= now ? 'Scheduled — record what happened' : ATTENDANCE_WORDS[s.attendance]}
          </span>{' '}
          {s.attendance !== 'scheduled' && (
            <Link to={`/sessions/${s.id}/transcript`}>
              Transcript<span className="visually-hidden"> of the session of {formatDateTime(s.startsAt)}</span>
            </Link>
          )}{' '}
          {mine && codes !== null && editing !== s.id && (
            <button type="button" className="small" onClick={() => setEditing(s.id)}>
              Correct<span className="visually-hidden"> the session of {formatDateTime(s.startsAt)}</span>
            </button>
          )}
          {mine && editing !== s.id && <DeleteSessionButton sessionId={s.id} when={formatDateTime(s.startsAt)} onDeleted={onChanged} />}
          {editing === s.id && codes !== null && (
            <SessionForm
              clientId={s.clientId}
              codes={codes}
              session={s}
              onSaved={() => {
                setEditing(null);
                onChanged();
              }}
              onCancel={() => setEditing(null)}
            />
          )}
        </li>
      ))}
    </ul>
  );
}

function NoteList({ notes }: { notes: NoteSummary[] }) {
  if (notes.length === 0) return <p className="muted">No notes yet.</p>;
  return (
    <ul className="plain-list">
      {notes.map((n) => (
        <li key={n.id}>
          <Link to={`/notes/${n.id}`}>
            {n.format.toUpperCase()} {n.kind === 'process' ? 'process note' : 'note'} of {n.sessionStartsAt !== null ? formatDateTime(n.sessionStartsAt) : formatDate(n.dateOfService)}
          </Link>{' '}
          <span className={`badge badge-${n.status}`}>{n.status === 'signed' ? 'Signed' : 'Draft'}</span>
          {n.kind === 'process' && <PrivateBadge>Private to you</PrivateBadge>}
        </li>
      ))}
    </ul>
  );
}

function NewNote({ clientId, templates, sessions }: { clientId: string; templates: NoteTemplate[]; sessions: TherapySession[] }) {
  const navigate = useNavigate();
  const [format, setFormat] = useState<NoteFormat>('soap');
  // Only sessions whose time has come can be written up; the most recent of them is the one the
  // note is most likely for (never a future one, issue 16).
  const past = sessions.filter((s) => new Date(s.startsAt).getTime() <= Date.now());
  const newest = past[0]?.id ?? '';
  const [sessionId, setSessionId] = useState<string>(newest);
  // A session recorded while this form is open is the one the note is most likely for.
  useEffect(() => setSessionId(newest), [newest]);
  const [serviceDate, setServiceDate] = useState(() => localDay(new Date()));
  const [kind, setKind] = useState<'progress' | 'process'>('progress');
  const [error, setError] = useState<string | null>(null);
  const create = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const n = await api.post<NoteSummary>(`/api/clients/${clientId}/notes`, { format, kind, ...(sessionId === '' ? { sessionId: null, serviceDate } : { sessionId }) });
      void navigate(`/notes/${n.id}`);
    } catch (err) {
      setError(messageOf(err));
    }
  };
  return (
    <form onSubmit={(e) => void create(e)} aria-labelledby="new-note-title" className="subform">
      <h3 id="new-note-title">Start a note</h3>
      <div className="row">
        <Field label="Format">
          {(p) => (
            <select {...p} value={format} onChange={(e) => setFormat(e.target.value as NoteFormat)}>
              {templates.map((t) => (
                <option key={t.format} value={t.format}>
                  {t.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Session">
          {(p) => (
            <select {...p} value={sessionId} onChange={(e) => setSessionId(e.target.value)}>
              <option value="">No session</option>
              {past.map((s) => (
                <option key={s.id} value={s.id}>
                  {formatDateTime(s.startsAt)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {sessionId === '' && (
          <Field label="Date of service">
            {(p) => <input {...p} type="date" required max={localDay(new Date())} value={serviceDate} onChange={(e) => setServiceDate(e.target.value)} />}
          </Field>
        )}
        <Field label="Kind" hint="Process notes are psychotherapy notes kept apart from the record, visible to you only.">
          {(p) => (
            <select {...p} value={kind} onChange={(e) => setKind(e.target.value as 'progress' | 'process')}>
              <option value="progress">Progress note</option>
              <option value="process">Process note</option>
            </select>
          )}
        </Field>
      </div>
      <Alert error={error} />
      <button type="submit" className="primary">
        Start note
      </button>
    </form>
  );
}
