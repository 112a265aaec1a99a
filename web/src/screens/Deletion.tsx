// Deleting a session or a client for good (R32, R33). A session without signed notes asks a plain
// confirmation (the app's own dialog). A client, or a session holding a signed note, opens the
// deletion dialog: what goes, counted; the client's export offered first; the reason category when
// signed notes go; the client's label typed back; and a fresh second factor, asked for inside the
// dialog when the server wants one. Nothing is deleted until the server has all of it.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api, messageOf } from '../api.ts';
import { useConfirm } from '../confirm.tsx';
import { useStepUp } from '../stepup.tsx';
import { Alert, Field } from '../ui.tsx';

interface Preview {
  kind: 'client' | 'session';
  id: string;
  confirmWith: string;
  signedNotes: number;
  needsConfirmation: boolean;
  counts: Record<string, number>;
}

export const REASONS = [
  { value: 'retention_over', label: 'Retention period over' },
  { value: 'record_transferred', label: 'Record transferred' },
  { value: 'entered_in_error', label: 'Entered in error' },
] as const;

const WORDS: Array<[key: string, one: string, many: string]> = [
  ['therapy_sessions', 'session', 'sessions'],
  ['notes', 'note', 'notes'],
  ['note_addenda', 'addendum', 'addenda'],
  ['treatment_plans', 'treatment plan', 'treatment plans'],
  ['assessments', 'measure', 'measures'],
  ['transcripts', 'transcript', 'transcripts'],
  ['ai_drafts', 'AI draft', 'AI drafts'],
  ['exports', 'export', 'exports'],
];

/** "2 sessions, 3 notes (1 signed), 1 transcript": what goes, in words. */
export function whatGoes(p: Preview): string {
  const parts: string[] = [];
  for (const [key, one, many] of WORDS) {
    const n = p.counts[key] ?? 0;
    if (n === 0 || (p.kind === 'session' && key === 'therapy_sessions')) continue;
    parts.push(`${n} ${n === 1 ? one : many}${key === 'notes' && p.signedNotes > 0 ? ` (${p.signedNotes} signed)` : ''}`);
  }
  return parts.length === 0 ? 'nothing else' : parts.join(', ');
}

/** A "Delete" button for one session of the list. */
export function DeleteSessionButton({ sessionId, when, onDeleted }: { sessionId: string; when: string; onDeleted: () => void }) {
  const { dialog, ask } = useConfirm();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const start = async () => {
    setError(null);
    try {
      const p = await api.get<Preview>(`/api/therapy-sessions/${sessionId}/deletion`);
      if (p.needsConfirmation) {
        setPreview(p);
        return;
      }
      const yes = await ask({
        title: 'Delete this session?',
        body: `The session of ${when} is deleted for good, with ${whatGoes(p)}. This cannot be undone.`,
        confirm: 'Delete session',
        danger: true,
      });
      if (!yes) return;
      await api.del(`/api/therapy-sessions/${sessionId}`);
      onDeleted();
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <>
      <button type="button" className="small" onClick={() => void start()}>
        Delete<span className="visually-hidden"> the session of {when}</span>
      </button>
      {dialog}
      {preview !== null && (
        <DeletionDialog
          preview={preview}
          title={`Delete the session of ${when}?`}
          url={`/api/therapy-sessions/${sessionId}`}
          onClose={() => setPreview(null)}
          onDeleted={() => {
            setPreview(null);
            onDeleted();
          }}
        />
      )}
      <Alert error={error} />
    </>
  );
}

/** The client page's "Delete this client" section. */
export function DeleteClientSection({ clientId, displayLabel }: { clientId: string; displayLabel: string }) {
  const navigate = useNavigate();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const open = async () => {
    setError(null);
    try {
      setPreview(await api.get<Preview>(`/api/clients/${clientId}/deletion`));
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <section className="card" aria-labelledby="delete-client-title">
      <h2 id="delete-client-title">Delete this client</h2>
      <p className="hint">
        Deletes the client and everything about them for good: sessions, notes, plans, measures, transcripts and drafts. Their encryption key is destroyed, so copies in
        backups can no longer be read. The audit trail keeps a receipt (counts and the reason, no content).
      </p>
      <button type="button" className="danger" onClick={() => void open()}>
        Delete client…
      </button>
      <Alert error={error} />
      {preview !== null && (
        <DeletionDialog
          preview={preview}
          title={`Delete client ${displayLabel}?`}
          url={`/api/clients/${clientId}`}
          exportClientId={clientId}
          onClose={() => setPreview(null)}
          onDeleted={() => void navigate('/clients', { replace: true })}
        />
      )}
    </section>
  );
}

function DeletionDialog({
  preview,
  title,
  url,
  exportClientId,
  onClose,
  onDeleted,
}: {
  preview: Preview;
  title: string;
  url: string;
  exportClientId?: string;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const [typed, setTyped] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const stepUp = useStepUp();
  useEffect(() => {
    const d = ref.current;
    if (d !== null && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  const signed = preview.signedNotes > 0;
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  const ready = norm(typed) === norm(preview.confirmWith) && (!signed || reason !== '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    void stepUp.run(async () => {
      await api.del(url, { confirmation: typed, ...(reason !== '' ? { reason } : {}) });
      onDeleted();
    });
  };
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="deletion-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id="deletion-title">{title}</h2>
      <p>
        This deletes {preview.kind === 'client' ? 'the client' : 'the session'} for good, with {whatGoes(preview)}. It cannot be undone.
        {signed && ' Signed notes are part of the legal record: say why they go.'}
      </p>
      {exportClientId !== undefined && <ExportOffer clientId={exportClientId} />}
      <form onSubmit={submit}>
        {signed && (
          <Field label="Reason for deleting signed notes">
            {(p) => (
              <select {...p} required value={reason} onChange={(e) => setReason(e.target.value)}>
                <option value="">Choose a reason</option>
                {REASONS.map((r) => (
                  <option key={r.value} value={r.value}>
                    {r.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field label={`Type ${preview.confirmWith} to confirm`}>
          {(p) => <input {...p} autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} />}
        </Field>
        <Alert error={stepUp.error ?? error} />
        <div className="actions">
          <button type="submit" className="danger" disabled={!ready}>
            {preview.kind === 'client' ? 'Delete client for good' : 'Delete session for good'}
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
      {/* The second-factor prompt is a form of its own: beside this one, never inside it. */}
      {stepUp.prompt}
    </dialog>
  );
}

interface ExportView {
  id: string;
  status: 'queued' | 'running' | 'ready' | 'downloaded' | 'expired' | 'failed';
}

/** The client's own export, offered before the record goes (R11: access before deletion). */
function ExportOffer({ clientId }: { clientId: string }) {
  const [current, setCurrent] = useState<ExportView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const stepUp = useStepUp();
  useEffect(() => {
    if (current === null || (current.status !== 'queued' && current.status !== 'running')) return;
    const t = setTimeout(() => {
      api.get<ExportView>(`/api/exports/${current.id}`).then(setCurrent, (e: unknown) => setError(messageOf(e)));
    }, 1000);
    return () => clearTimeout(t);
  }, [current]);
  const busy = current !== null && (current.status === 'queued' || current.status === 'running');
  return (
    <div className="subform" aria-live="polite">
      <p className="hint">Keep a copy first? The export holds this client’s whole record in open formats, in one zip.</p>
      {current?.status === 'ready' ? (
        <p>
          <a className="button" href={`/api/exports/${current.id}/download`} download>
            Download the client’s export
          </a>
        </p>
      ) : (
        <div className="actions">
          <button type="button" disabled={busy} onClick={() => void stepUp.run(async () => setCurrent(await api.post<ExportView>('/api/exports', { scope: 'client', clientId })))}>
            {busy ? 'Preparing the export…' : 'Export this client’s record'}
          </button>
        </div>
      )}
      {current?.status === 'failed' && <p role="alert">The export failed. Try again from the Export screen.</p>}
      {stepUp.prompt}
      <Alert error={stepUp.error ?? error} />
    </div>
  );
}
