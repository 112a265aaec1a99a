// Recording a session, or uploading its audio (R30, R46), on the session's transcript screen. It
// exists only in a recording deployment: the screen loads this module when the server says
// recording is on, and the no-recording build (R06) does not contain it at all.
//
// Order of things: the client's consent to be recorded, then consent for this session (the server
// refuses an upload without both, and audits each; answers already given are read back when the
// panel opens and not asked again, though either can still be withdrawn); then a recording from the microphone — a
// visible indicator with the time recorded, pause, resume, stop — or an audio file; the upload in
// chunks with its progress, resumable after a failure; then the transcription's status until the
// transcript is saved, when the screen shows it and the note's AI draft can use it.
import { useEffect, useRef, useState } from 'react';
import { messageOf } from '../api.ts';
import { useLeaveGuard } from '../leave-guard.tsx';
import { Alert, Field, formatDateTime } from '../ui.tsx';
import { PcmRecorder } from './recorder.ts';
import { audioTypeOf, ResumableUpload, UploadInterrupted, waitForTranscript, type AudioType, type RecordingView, type UploadProgress } from './upload.ts';
import { api } from '../api.ts';
import './recording.css';

type ConsentMethod = 'verbal' | 'written' | 'electronic';
const METHOD_WORDS: Record<ConsentMethod, string> = { verbal: 'verbally', written: 'in writing', electronic: 'electronically' };

function clock(seconds: number): string {
  const s = Math.floor(seconds);
  const mm = String(Math.floor(s / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return `${mm}:${ss}`;
}

function spoken(seconds: number): string {
  const s = Math.floor(seconds);
  const m = Math.floor(s / 60);
  const rest = s % 60;
  return `${m > 0 ? `${m} minute${m === 1 ? '' : 's'} ` : ''}${rest} second${rest === 1 ? '' : 's'}`;
}

const STATUS_WORDS: Record<RecordingView['status'], string> = {
  uploading: 'Uploading…',
  queued: 'Uploaded. Waiting for transcription…',
  transcribing: 'Transcribing…',
  transcribed: 'Transcript saved. The audio was deleted.',
  failed: 'The transcription failed.',
};

export default function RecordingPanel({ sessionId, clientId, onTranscript }: { sessionId: string; clientId: string; onTranscript: () => void }) {
  const [clientConsent, setClientConsent] = useState<{ method: ConsentMethod; recordedAt: string } | null>(null);
  const [sessionConsent, setSessionConsent] = useState<string | null>(null);
  const [method, setMethod] = useState<ConsentMethod>('verbal');
  const [error, setError] = useState<string | null>(null);
  const [recorder, setRecorder] = useState<PcmRecorder | null>(null);
  const [recState, setRecState] = useState<'recording' | 'paused' | null>(null);
  const [elapsed, setElapsed] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [interrupted, setInterrupted] = useState<ResumableUpload | null>(null);
  const [busy, setBusy] = useState(false);
  const [consentLoaded, setConsentLoaded] = useState(false);
  const follow = useRef<AbortController | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  // Leaving while recording or uploading loses the audio: ask first.
  const { dialog } = useLeaveGuard(recorder !== null || (progress !== null && status === null) || interrupted !== null);

  useEffect(() => {
    if (recorder === null) return;
    const t = setInterval(() => setElapsed(recorder.seconds), 250);
    return () => clearInterval(t);
  }, [recorder]);
  useEffect(() => () => follow.current?.abort(), []);
  // Consent already given is read back, so it is neither asked for nor audited again.
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const [c, s] = await Promise.all([
          api.get<{ consented: boolean; method: ConsentMethod | null; recordedAt: string | null }>(`/api/clients/${clientId}/recording-consent`),
          api.get<{ consented: boolean; recordedAt: string | null }>(`/api/sessions/${sessionId}/recording-consent`),
        ]);
        if (!live) return;
        const client = c.consented && c.method !== null && c.recordedAt !== null ? { method: c.method, recordedAt: c.recordedAt } : null;
        setClientConsent(client);
        setSessionConsent(client !== null && s.consented ? s.recordedAt : null);
      } catch (e) {
        if (live) setError(messageOf(e));
      } finally {
        if (live) setConsentLoaded(true);
      }
    })();
    return () => {
      live = false;
    };
  }, [clientId, sessionId]);
  // The microphone is let go when the screen closes, whatever state it was in.
  useEffect(() => () => recorder?.discard(), [recorder]);

  const giveClientConsent = async (consented: boolean) => {
    setError(null);
    try {
      const r = await api.put<{ consented: boolean; method: ConsentMethod; recordedAt: string }>(`/api/clients/${clientId}/recording-consent`, { consented, method });
      setClientConsent(r.consented ? { method: r.method, recordedAt: r.recordedAt } : null);
      if (!r.consented) setSessionConsent(null);
    } catch (e) {
      setError(messageOf(e));
    }
  };
  const giveSessionConsent = async (consented: boolean) => {
    setError(null);
    try {
      const r = await api.put<{ consented: boolean; recordedAt: string }>(`/api/sessions/${sessionId}/recording-consent`, { consented });
      setSessionConsent(r.consented ? r.recordedAt : null);
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const startRecording = async () => {
    setError(null);
    setStatus(null);
    setProgress(null);
    try {
      const r = await PcmRecorder.start();
      setElapsed(0);
      setRecorder(r);
      setRecState('recording');
    } catch (e) {
      setError(e instanceof DOMException && e.name === 'NotAllowedError' ? 'The browser was not allowed to use the microphone.' : e instanceof DOMException && e.name === 'NotFoundError' ? 'No microphone was found.' : messageOf(e));
    }
  };
  const pause = () => {
    recorder?.pause();
    setRecState('paused');
  };
  const resume = () => {
    recorder?.resume();
    setRecState('recording');
  };
  const discardRecording = () => {
    recorder?.discard();
    setRecorder(null);
    setRecState(null);
  };

  const upload = async (job: ResumableUpload, first: boolean) => {
    setBusy(true);
    setError(null);
    setInterrupted(null);
    setStatus(null);
    try {
      const id = first ? await job.start() : await job.resume();
      setStatus(STATUS_WORDS.queued);
      follow.current?.abort();
      const ctl = new AbortController();
      follow.current = ctl;
      const done = await waitForTranscript(id, (r) => setStatus(STATUS_WORDS[r.status]), ctl.signal);
      if (done.status === 'transcribed') onTranscript();
      else setError(`The transcription failed${done.error !== null ? ` (${done.error})` : ''}. The audio is kept only until the retry window ends.`);
    } catch (e) {
      if (e instanceof UploadInterrupted) {
        setInterrupted(job);
        setError(`The upload was interrupted: ${messageOf(e.cause)} What arrived is kept; resume to send the rest.`);
      } else if (!(e instanceof DOMException && e.name === 'AbortError')) {
        setError(messageOf(e));
        setProgress(null);
      }
    } finally {
      setBusy(false);
    }
  };

  const stopAndUpload = async () => {
    if (recorder === null) return;
    const wav = await recorder.stop();
    setRecorder(null);
    setRecState(null);
    await upload(new ResumableUpload(sessionId, wav, 'audio/wav', setProgress), true);
  };

  const uploadFile = async () => {
    if (file === null) return;
    const type: AudioType | null = audioTypeOf(file);
    if (type === null) {
      setError('Choose a WAV, Ogg (Opus) or MP3 audio file.');
      return;
    }
    await upload(new ResumableUpload(sessionId, file, type, setProgress), true);
    setFile(null);
    if (fileInput.current !== null) fileInput.current.value = '';
  };

  const abandon = async () => {
    if (interrupted === null) return;
    setError(null);
    try {
      await interrupted.abandon();
      setInterrupted(null);
      setProgress(null);
      setStatus('The upload was abandoned; nothing of it is kept.');
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const consented = clientConsent !== null && sessionConsent !== null;
  const pct = progress === null ? 0 : progress.totalBytes === 0 ? 100 : Math.floor((100 * progress.sentBytes) / progress.totalBytes);

  return (
    <section className="card recording" aria-labelledby="rec-title">
      {dialog}
      <h2 id="rec-title">Record the session</h2>
      <p className="hint">Audio is sent encrypted, transcribed, and deleted as soon as its transcript is saved. Nothing is recorded without the client’s consent, for the client and for this session.</p>

      <h3>Consent</h3>
      {!consentLoaded ? (
        <p className="hint">Checking consent…</p>
      ) : clientConsent === null ? (
        <div className="row consent">
          <Field label="How the client consented to be recorded">
            {(p) => (
              <select {...p} value={method} onChange={(e) => setMethod(e.target.value as ConsentMethod)}>
                <option value="verbal">Verbally</option>
                <option value="written">In writing</option>
                <option value="electronic">Electronically</option>
              </select>
            )}
          </Field>
          <p className="actions">
            <button type="button" onClick={() => void giveClientConsent(true)}>
              Record the client’s consent to recording
            </button>
          </p>
        </div>
      ) : (
        <p>
          <span className="status-ok">
            The client consented {METHOD_WORDS[clientConsent.method]} (noted {formatDateTime(clientConsent.recordedAt)}).
          </span>{' '}
          <button type="button" className="small" onClick={() => void giveClientConsent(false)}>
            Withdraw the client’s consent
          </button>
        </p>
      )}
      {consentLoaded &&
        clientConsent !== null &&
        (sessionConsent === null ? (
          <p>
            <button type="button" onClick={() => void giveSessionConsent(true)}>
              Record consent for this session
            </button>
          </p>
        ) : (
          <p>
            <span className="status-ok">Consent for this session noted {formatDateTime(sessionConsent)}.</span>{' '}
            <button type="button" className="small" onClick={() => void giveSessionConsent(false)}>
              Withdraw consent for this session
            </button>
          </p>
        ))}

      <Alert error={error} />

      {consented && interrupted === null && (
        <>
          <h3>Record</h3>
          {recorder === null ? (
            <p className="actions">
              <button type="button" className="primary" disabled={busy} onClick={() => void startRecording()}>
                Start recording
              </button>
            </p>
          ) : (
            <>
              <p className={`rec-indicator${recState === 'paused' ? ' rec-paused' : ''}`}>
                <span className="rec-dot" aria-hidden="true" />
                <span role="status">{recState === 'paused' ? 'Recording paused' : 'Recording'}</span>{' '}
                <span className="rec-time" aria-label={`${spoken(elapsed)} recorded`}>
                  {clock(elapsed)}
                </span>
              </p>
              <p className="actions">
                {recState === 'paused' ? (
                  <button type="button" onClick={resume}>
                    Resume recording
                  </button>
                ) : (
                  <button type="button" onClick={pause}>
                    Pause recording
                  </button>
                )}
                <button type="button" className="primary" onClick={() => void stopAndUpload()}>
                  Stop and transcribe
                </button>
                <button type="button" className="danger" onClick={discardRecording}>
                  Discard the recording
                </button>
              </p>
            </>
          )}

          {recorder === null && (
            <>
              <h3>Or upload an audio file</h3>
              <div className="row">
                <Field label="Audio file" hint="WAV, Ogg (Opus) or MP3. It is sent in pieces; an interrupted upload can be resumed.">
                  {(p) => <input {...p} ref={fileInput} type="file" accept="audio/wav,audio/x-wav,audio/ogg,audio/mpeg,.wav,.ogg,.opus,.mp3" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />}
                </Field>
              </div>
              <p className="actions">
                <button type="button" disabled={file === null || busy} onClick={() => void uploadFile()}>
                  Upload and transcribe
                </button>
              </p>
            </>
          )}
        </>
      )}

      {progress !== null && (
        <div className="rec-progress">
          <label htmlFor="rec-upload-progress">Upload {pct} %</label>
          <progress id="rec-upload-progress" max={100} value={pct} />
        </div>
      )}
      {interrupted !== null && (
        <p className="actions">
          <button type="button" className="primary" disabled={busy} onClick={() => void upload(interrupted, false)}>
            Resume the upload
          </button>
          <button type="button" className="danger" disabled={busy} onClick={() => void abandon()}>
            Abandon the upload
          </button>
        </p>
      )}
      {status !== null && (
        <p role="status" className="rec-status">
          {status}
        </p>
      )}
    </section>
  );
}
