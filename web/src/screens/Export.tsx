// Export (R09): your records, one client's record, or (owner) the practice administration, as one
// zip in open formats. Starting needs a fresh second factor; the archive is built on the server
// with progress shown here, downloaded once, and deleted after the download or after 24 hours.
import { useEffect, useState, type FormEvent } from 'react';
import { api, messageOf } from '../api.ts';
import { usePaged } from '../hooks.ts';
import { useSession } from '../session.tsx';
import { useStepUp } from '../stepup.tsx';
import { Alert, Field, Page } from '../ui.tsx';
import type { ClientSummary } from '../types.ts';

interface ExportView {
  id: string;
  scope: 'mine' | 'client' | 'practice';
  status: 'queued' | 'running' | 'ready' | 'downloaded' | 'expired' | 'failed';
  progress: { done: number; total: number | null };
  expiresAt: string | null;
  errorId: string | null;
}

export default function Export() {
  const { session } = useSession();
  const roles = session?.roles ?? [];
  const practitioner = roles.includes('practitioner');
  const clients = usePaged<ClientSummary, 'clients'>(practitioner ? '/api/clients' : null, 'clients', 200);
  const [scope, setScope] = useState<'mine' | 'client' | 'practice'>(practitioner ? 'mine' : 'practice');
  const [clientId, setClientId] = useState('');
  const [processNotes, setProcessNotes] = useState(false);
  const [current, setCurrent] = useState<ExportView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const stepUp = useStepUp();

  // Progress: ask the server once a second while the archive is being built.
  useEffect(() => {
    if (current === null || (current.status !== 'queued' && current.status !== 'running')) return;
    const t = setTimeout(() => {
      api.get<ExportView>(`/api/exports/${current.id}`).then(setCurrent, (e: unknown) => setError(messageOf(e)));
    }, 1000);
    return () => clearTimeout(t);
  }, [current]);

  const start = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    void stepUp.run(async () => {
      const body = scope === 'client' ? { scope, clientId, includeProcessNotes: processNotes } : { scope };
      setCurrent(await api.post<ExportView>('/api/exports', body));
    });
  };

  const busy = current !== null && (current.status === 'queued' || current.status === 'running');
  const pct = current?.progress.total ? Math.round((100 * current.progress.done) / current.progress.total) : 0;
  return (
    <Page title="Export" lead="Everything you keep here, in open formats: JSON, FHIR R4, PDF notes and CSV, in one zip.">
      <form onSubmit={start}>
        <Field label="What to export">
          {(p) => (
            <select {...p} value={scope} onChange={(e) => setScope(e.target.value as typeof scope)}>
              {practitioner && <option value="mine">My records (all my clients, my process notes included)</option>}
              {practitioner && <option value="client">One client (for a client's access request)</option>}
              {roles.includes('owner') && <option value="practice">Practice administration</option>}
            </select>
          )}
        </Field>
        {scope === 'client' && (
          <>
            <Field label="Client">
              {(p) => (
                <select {...p} value={clientId} required onChange={(e) => setClientId(e.target.value)}>
                  <option value="">Choose a client</option>
                  {(clients.items ?? []).map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {clients.hasMore && (
              <button type="button" className="small" disabled={clients.loading} onClick={() => void clients.loadMore()}>
                Load more clients
              </button>
            )}
            <label className="check">
              <input type="checkbox" checked={processNotes} onChange={(e) => setProcessNotes(e.target.checked)} /> Include my psychotherapy (process) notes
            </label>
          </>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            Start export
          </button>
        </div>
      </form>
      {stepUp.prompt}
      <Alert error={stepUp.error ?? error} />
      {current !== null && (
        <section aria-live="polite" className="export-status">
          {busy && (
            <>
              <p>Preparing the archive…</p>
              <progress max={100} value={pct} aria-label="Export progress">
                {pct}%
              </progress>
            </>
          )}
          {current.status === 'ready' && (
            <p>
              <a className="button primary" href={`/api/exports/${current.id}/download`} download>
                Download the archive
              </a>{' '}
              It is deleted once downloaded{current.expiresAt !== null ? ` or at ${new Date(current.expiresAt).toLocaleString()}` : ''}.
            </p>
          )}
          {current.status === 'failed' && <p role="alert">The export failed{current.errorId !== null ? ` (error ${current.errorId})` : ''}. Start a new one.</p>}
        </section>
      )}
    </Page>
  );
}
