// A session's transcript (R35, R31): pasted as text, or in a recording deployment transcribed from
// a recording of the session (R30, web/src/recording), redacted before it is saved when the practice has redaction on, encrypted, and
// deleted for good by hand or by the client's rule. The screen says which rule applies.
import { lazy, Suspense, useCallback, useEffect, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useConfirm } from '../confirm.tsx';
import { api, ApiError, messageOf } from '../api.ts';
import { useApi } from '../hooks.ts';
import type { TherapySession } from '../types.ts';
import { Alert, Field, formatDate, formatDateTime, formatRedactions, Loading, Page } from '../ui.tsx';
import { ClientLine } from './ClientLine.tsx';

// Recording (R30, R46) exists only in builds made with it (R06: npm run build:no-recording sets
// __TACET_RECORDING__ false and drops this import, and web/src/recording with it), and is shown
// only when the server says this deployment records.
const RecordingPanel = __TACET_RECORDING__ ? lazy(() => import('../recording/RecordingPanel.tsx')) : null;

/** The transcript's length in words a person uses (issue 16), from its size as pasted. */
function transcriptLength(bytes: number): string {
  // About six bytes per word of English text, spaces included.
  const words = Math.max(1, Math.round(bytes / 6));
  const minutes = Math.round(words / 150);
  return minutes >= 1 ? `about ${words.toLocaleString()} words (roughly ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} of talk)` : `about ${words.toLocaleString()} words`;
}

export interface TranscriptView {
  id: string;
  sessionId: string;
  redacted: boolean;
  redactionCounts: Record<string, number>;
  bytes: number;
  deleteOnSign: boolean;
  deleteAfter: string | null;
  createdAt: string;
  text: string;
}

/** The session's transcript, or null when it has none (the API answers 404). */
export async function fetchTranscript(sessionId: string): Promise<TranscriptView | null> {
  try {
    return await api.get<TranscriptView>(`/api/sessions/${sessionId}/transcript`);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}

export default function Transcript() {
  const { sessionId = '' } = useParams();
  const session = useApi<TherapySession>(`/api/therapy-sessions/${sessionId}`);
  const deployment = useApi<{ recording: boolean }>(RecordingPanel !== null ? '/api/health' : null);
  const [transcript, setTranscript] = useState<TranscriptView | null | undefined>(undefined);
  const [replacing, setReplacing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const { dialog, ask } = useConfirm();

  const load = useCallback(async () => {
    try {
      setTranscript(await fetchTranscript(sessionId));
    } catch (e) {
      setError(messageOf(e));
    }
  }, [sessionId]);
  useEffect(() => {
    void load();
  }, [load]);

  const remove = async () => {
    if (!(await ask({ title: 'Delete this transcript permanently?', body: 'It cannot be recovered.', confirm: 'Delete transcript', danger: true }))) return;
    setError(null);
    try {
      await api.del(`/api/sessions/${sessionId}/transcript`);
      setTranscript(null);
      setStatus('Transcript deleted permanently.');
    } catch (e) {
      setError(messageOf(e));
    }
  };

  if (session.error !== null) {
    return (
      <Page title="Transcript">
        <Alert error={session.error} />
      </Page>
    );
  }
  if (session.data === null || (transcript === undefined && error === null)) return <Loading />;
  const s = session.data;
  return (
    <Page title="Transcript" heading="Session transcript" lead={`Session of ${formatDateTime(s.startsAt)}, ${s.durationMinutes} minutes.`}>
      {dialog}
      <p className="breadcrumbs">
        <Link to={`/clients/${s.clientId}`}>Back to the client</Link>
      </p>
      <ClientLine clientId={s.clientId} />
      <Alert error={error} />
      {status !== null && (
        <p role="status" className="status-ok">
          {status}
        </p>
      )}
      {RecordingPanel !== null && deployment.data?.recording === true && (transcript === null || replacing) && (
        <Suspense fallback={<Loading />}>
          <RecordingPanel
            sessionId={sessionId}
            clientId={s.clientId}
            onTranscript={() => {
              setReplacing(false);
              setStatus('The transcript of the recording is saved. Draft the session’s note from it: in the note, choose “Transcript” and use the session’s saved transcript.');
              void load();
            }}
          />
        </Suspense>
      )}
      {transcript === null || transcript === undefined ? (
        <section className="card" aria-labelledby="add-title">
          <h2 id="add-title">No transcript</h2>
          <TranscriptForm
            sessionId={sessionId}
            onSaved={(t) => {
              setStatus(null);
              setTranscript(t);
            }}
          />
        </section>
      ) : (
        <section className="card" aria-labelledby="tr-title">
          <h2 id="tr-title">Transcript</h2>
          <ul className="plain-list">
            <li>
              Saved {formatDateTime(transcript.createdAt)} · {transcriptLength(transcript.bytes)}
            </li>
            <li>
              {transcript.redacted
                ? Object.keys(transcript.redactionCounts).length === 0
                  ? 'Redacted before saving: nothing needed replacing.'
                  : `Redacted before saving: ${formatRedactions(transcript.redactionCounts)}.`
                : 'Saved as pasted: redaction of transcripts is off for this practice.'}
            </li>
            <li>
              {transcript.deleteOnSign
                ? 'Deleted automatically when this session’s note is signed.'
                : transcript.deleteAfter !== null
                  ? `Deleted automatically on ${formatDate(transcript.deleteAfter)}.`
                  : 'Kept until you delete it.'}
            </li>
          </ul>
          <pre className="source-text transcript-text" tabIndex={0} role="region" aria-label="Transcript text">
            {transcript.text}
          </pre>
          <div className="actions">
            <button
              type="button"
              onClick={() => {
                setStatus(null);
                setReplacing(!replacing);
              }}
            >
              {replacing ? 'Keep this transcript' : 'Replace the transcript'}
            </button>
            <button type="button" className="danger" onClick={() => void remove()}>
              Delete the transcript
            </button>
          </div>
          {replacing && (
            <TranscriptForm
              sessionId={sessionId}
              onSaved={(t) => {
                setReplacing(false);
                setTranscript(t);
              }}
            />
          )}
        </section>
      )}
    </Page>
  );
}

function TranscriptForm({ sessionId, onSaved }: { sessionId: string; onSaved: (t: TranscriptView) => void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      await api.put(`/api/sessions/${sessionId}/transcript`, { text });
      // Read back what was stored: the redacted text, as the server saved it.
      const t = await fetchTranscript(sessionId);
      if (t !== null) onSaved(t);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={(e) => void save(e)}>
      <Field label="Transcript text" hint="Paste the session’s transcript. It is encrypted; when your practice has redaction on, names, dates and other identifiers are replaced before it is saved.">
        {(p) => <textarea {...p} rows={10} required value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <Alert error={error} />
      <button type="submit" className="primary" disabled={busy}>
        Save the transcript
      </button>
    </form>
  );
}
