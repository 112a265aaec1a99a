// A note: sections of its format (R03), goal progress toward the treatment plan (R04), signing,
// and addenda once signed. A signed note is immutable; the server verifies its content hash on
// every read and the screen shows the result. An associate names a supervising practitioner as
// co-signer on the draft; once signed, that practitioner opens it here and co-signs.
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, messageOf } from '../api.ts';
import { useApi } from '../hooks.ts';
import { useSession } from '../session.tsx';
import { useConfirm } from '../confirm.tsx';
import { useLeaveGuard } from '../leave-guard.tsx';
import type { ConfirmReason, Member, NoteDetail, NoteTemplate, PlanSummary, PlanView } from '../types.ts';
import { Alert, Field, formatDateTime, formatRedactions, formatTime, Loading, Page, PrivateBadge } from '../ui.tsx';
import { AiDraft, type DraftOut } from './AiDraft.tsx';
import { ChartHeader } from './ChartHeader.tsx';
import { AiSentencesPanel, blockingOf, CONFIRM_REASONS, LabelBadge } from './AiLabels.tsx';

const PROGRESS = [
  { value: 'regressed', label: 'Regressed' },
  { value: 'no_change', label: 'No change' },
  { value: 'some_progress', label: 'Some progress' },
  { value: 'significant_progress', label: 'Significant progress' },
  { value: 'achieved', label: 'Achieved' },
] as const;
type Progress = (typeof PROGRESS)[number]['value'];

/**
 * A draft saves itself this long after the last change. The text goes through the same PATCH as
 * "Save draft", so it is sealed like every note field, on the server, never in the browser; after
 * an idle sign-out the same person finds it in the note when they sign back in.
 */
const AUTOSAVE_MS = 2000;

export default function NoteEditor() {
  const { noteId = '' } = useParams();
  const note = useApi<NoteDetail>(`/api/notes/${noteId}`);
  const templates = useApi<{ templates: NoteTemplate[] }>('/api/note-templates');
  // Colleagues' names, only where the note needs them: to choose a co-signer on a progress draft,
  // or to name the co-signer of a signed note (each list read is an audited event).
  const needsMembers = note.data !== null && note.data.kind === 'progress' && (note.data.status === 'draft' || note.data.cosignerId !== null);
  const members = useApi<{ members: Member[] }>(needsMembers ? '/api/practice/members' : null);
  const { session } = useSession();
  const me = session?.user.id ?? '';
  if (note.error !== null) {
    return (
      <Page title="Note">
        <Alert error={note.error} />
      </Page>
    );
  }
  // Names of colleagues are a nicety here: without them the note still opens.
  if (note.data === null || templates.data === null || (needsMembers && members.data === null && members.error === null)) return <Loading />;
  const colleagues = members.data?.members ?? [];
  const n = note.data;
  const template = templates.data.templates.find((t) => t.format === n.format);
  const heading = `${template?.title ?? n.format.toUpperCase()} ${n.kind === 'process' ? 'process note' : 'progress note'}`;
  return (
    <Page title="Note" heading={heading}>
      <p className="breadcrumbs">
        {/* A co-signer reads the note, not the associate's chart. */}
        {n.signedBy !== null && n.signedBy !== me && n.cosignerId === me ? (
          <Link to="/cosign">Back to notes to co-sign</Link>
        ) : (
          <Link to={`/clients/${n.clientId}`}>Back to the client</Link>
        )}
      </p>
      <ChartHeader chart={n.chart} />
      {n.kind === 'process' && (
        <p className="hint">
          <PrivateBadge>Private to you</PrivateBadge> Process notes are kept apart from the clinical record.
        </p>
      )}
      {n.status === 'draft' && template !== undefined ? (
        <DraftEditor note={n} template={template} members={colleagues} me={me} onChange={note.set} />
      ) : (
        <SignedNote note={n} members={colleagues} me={me} onChange={note.set} />
      )}
    </Page>
  );
}

/** The client's current plan goals; `enabled` false asks nothing (a co-signer cannot read the chart). */
function useGoals(clientId: string, enabled = true) {
  const plans = useApi<{ plans: PlanSummary[] }>(enabled ? `/api/clients/${clientId}/plans` : null);
  const current = plans.data?.plans.find((p) => p.status === 'active') ?? plans.data?.plans[0];
  const plan = useApi<PlanView>(current !== undefined ? `/api/plans/${current.id}` : null);
  return { planId: current?.id ?? null, goals: plan.data?.problems.flatMap((p) => p.goals.map((g) => ({ ...g, problem: p.text }))) ?? [] };
}

function DraftEditor({ note, template, members, me, onChange }: { note: NoteDetail; template: NoteTemplate; members: Member[]; me: string; onChange: (n: NoteDetail) => void }) {
  const navigate = useNavigate();
  const { planId, goals } = useGoals(note.clientId);
  const [sections, setSections] = useState<Record<string, string>>(() => Object.fromEntries(note.sections.map((s) => [s.key, s.text])));
  const [progress, setProgress] = useState<Record<string, { progress: Progress | ''; comment: string }>>(() =>
    Object.fromEntries(note.goals.map((g) => [g.goalId, { progress: g.progress as Progress, comment: g.comment ?? '' }])),
  );
  const [cosigner, setCosigner] = useState(note.cosignerId ?? '');
  // Who may co-sign: the practice's other active practitioners (the server checks the same).
  const cosigners = members.filter((m) => m.userId !== me && !m.disabled && m.roles.includes('practitioner'));
  const [dirty, setDirty] = useState(false);
  // Counts edits, so a save that was overtaken by typing does not mark the newer text as saved.
  const edits = useRef(0);
  const markDirty = () => {
    edits.current += 1;
    setDirty(true);
  };
  const { dialog: confirmDialog, ask } = useConfirm();
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Contradicted risk sentences the clinician confirms as written, with the reason chosen.
  const [confirmations, setConfirmations] = useState<Record<number, ConfirmReason | ''>>({});
  const blocking = blockingOf(note.ai, sections);
  const unconfirmed = blocking.filter((b) => (confirmations[b.n] ?? '') === '');
  const titles = Object.fromEntries(template.sections.map((t) => [t.key, t.title]));

  const body = (secs = sections, prog = progress) => ({
    sections: secs,
    goals: Object.entries(prog)
      .filter((e): e is [string, { progress: Progress; comment: string }] => e[1].progress !== '')
      .map(([goalId, p]) => ({ goalId, progress: p.progress, ...(p.comment.trim() !== '' ? { comment: p.comment.trim() } : {}) })),
    ...(note.kind === 'progress' ? { cosignerId: cosigner === '' ? null : cosigner } : {}),
  });

  const save = async (): Promise<boolean> => {
    const at = edits.current;
    setBusy(true);
    setError(null);
    try {
      onChange(await api.patch<NoteDetail>(`/api/notes/${note.id}`, body()));
      if (edits.current === at) setDirty(false);
      setStatus(`Draft saved at ${formatTime(new Date().toISOString())}.`);
      return true;
    } catch (e) {
      setError(messageOf(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  // Autosave: a background request (it never extends the session by itself, R39 — the typing
  // that caused it is reported as activity by session.tsx).
  const autosave = async () => {
    const at = edits.current;
    try {
      onChange(await api.background.patch<NoteDetail>(`/api/notes/${note.id}`, body()));
      if (edits.current === at) setDirty(false);
      setError(null);
      setStatus(`Saved automatically at ${new Date().toLocaleTimeString()}.`);
    } catch (e) {
      setError(messageOf(e));
    }
  };
  useEffect(() => {
    if (!dirty || busy) return;
    const t = window.setTimeout(() => void autosave(), AUTOSAVE_MS);
    return () => window.clearTimeout(t);
    // Restarted by every edit: the save follows the last keystroke, not the first. The timer
    // calls this render's autosave, which reads this render's text.
  }, [dirty, busy, sections, progress, cosigner]);
  const leaveGuard = useLeaveGuard(dirty, save);

  const sign = async () => {
    if (unconfirmed.length > 0) return;
    const yes = await ask({
      title: 'Sign this note?',
      body: 'A signed note cannot be changed; later changes are addenda.',
      confirm: 'Sign note',
    });
    if (!yes) return;
    if (dirty && !(await save())) return;
    setBusy(true);
    try {
      const confirm = blocking.map((b) => ({ sentence: b.n, reason: confirmations[b.n] as ConfirmReason }));
      onChange(await api.post<NoteDetail>(`/api/notes/${note.id}/sign`, { confirmations: confirm }));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const discard = async () => {
    const yes = await ask({ title: 'Discard this draft?', body: 'It is deleted; signed notes are never affected.', confirm: 'Discard draft', danger: true });
    if (!yes) return;
    setBusy(true);
    try {
      await api.del(`/api/notes/${note.id}`);
      // Nothing is left to lose: leave without asking.
      leaveGuard.release();
      setDirty(false);
      void navigate(`/clients/${note.clientId}`);
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  };
  // Ctrl/Cmd+S saves the draft: clinicians type notes between sessions and expect it.
  const onKeyDown = (e: KeyboardEvent) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
      e.preventDefault();
      void save();
    }
  };

  // A draft fills the sections (the clinician then edits) and proposes goal progress. The note is
  // saved at once with the draft's id, so the server copies the draft's labelled sentences into
  // the note (they outlive the draft) and checks them again at signing.
  const applyDraft = async (d: DraftOut) => {
    const next = { ...sections };
    for (const sec of d.draft.sections) {
      const text = sec.sentences.map((x) => x.text).join(' ');
      if (text !== '' && template.sections.some((t) => t.key === sec.key)) next[sec.key] = text;
    }
    setSections(next);
    const prog = { ...progress };
    for (const g of d.goalSuggestions) if (!g.unsupported) prog[g.goalId] = { progress: g.progress, comment: prog[g.goalId]?.comment ?? '' };
    setProgress(prog);
    setBusy(true);
    setError(null);
    try {
      onChange(await api.patch<NoteDetail>(`/api/notes/${note.id}`, { ...body(next, prog), aiDraftId: d.id }));
      setDirty(false);
      setStatus('Draft placed in the note. Its sentences and their checks are listed below; edit them, then save.');
    } catch (e) {
      markDirty();
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
    {leaveGuard.dialog}
    {confirmDialog}
    <AiDraft clientId={note.clientId} format={note.format} sessionId={note.sessionId} planId={planId} onUse={(d) => void applyDraft(d)} />
    {note.ai !== null && (
      <AiSentencesPanel ai={note.ai} sections={sections} titles={titles} confirmations={confirmations} onConfirm={(n, reason) => setConfirmations({ ...confirmations, [n]: reason })} />
    )}
    <form
      className="card note-form"
      onKeyDown={onKeyDown}
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        void save();
      }}
    >
      <p className="muted">Draft · started {formatDateTime(note.createdAt)}</p>
      {template.sections.map((s) => (
        <Field key={s.key} label={s.title} hint={s.guidance}>
          {(p) => (
            <textarea
              {...p}
              rows={5}
              value={sections[s.key] ?? ''}
              onChange={(e) => {
                setSections({ ...sections, [s.key]: e.target.value });
                markDirty();
              }}
            />
          )}
        </Field>
      ))}
      {goals.length > 0 && (
        <fieldset className="goals">
          <legend>Goals addressed in this session</legend>
          {goals.map((g) => (
            <div key={g.id} className="goal-row">
              <Field label={`Progress on: ${g.text}`}>
                {(p) => (
                  <select
                    {...p}
                    value={progress[g.id]?.progress ?? ''}
                    onChange={(e) => {
                      setProgress({ ...progress, [g.id]: { progress: e.target.value as Progress | '', comment: progress[g.id]?.comment ?? '' } });
                      markDirty();
                    }}
                  >
                    <option value="">Not addressed</option>
                    {PROGRESS.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
          ))}
        </fieldset>
      )}
      {note.kind === 'progress' && cosigners.length > 0 && (
        <Field label="Co-signer" hint="For associates: the supervising practitioner who co-signs this note after you sign it.">
          {(p) => (
            <select
              {...p}
              value={cosigner}
              onChange={(e) => {
                setCosigner(e.target.value);
                markDirty();
              }}
            >
              <option value="">No co-signature needed</option>
              {cosigners.map((m) => (
                <option key={m.userId} value={m.userId}>
                  {m.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Alert error={error} />
      {status !== null && (
        <p role="status" className="status-ok">
          {status}
        </p>
      )}
      {unconfirmed.length > 0 && (
        <p id="sign-held" className="alert alert-error">
          Signing waits: {unconfirmed.length === 1 ? 'a risk statement' : `${unconfirmed.length} risk statements`} from the AI draft{' '}
          {unconfirmed.length === 1 ? 'contradicts' : 'contradict'} your notes. Edit {unconfirmed.length === 1 ? 'it' : 'them'}, or confirm with a reason under “Sentences from the AI draft”.
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={busy}>
          Save draft <kbd>Ctrl S</kbd>
        </button>
        <button type="button" className="primary" disabled={busy || unconfirmed.length > 0} aria-describedby={unconfirmed.length > 0 ? 'sign-held' : undefined} onClick={() => void sign()}>
          Sign note
        </button>
        <button type="button" className="danger" disabled={busy} onClick={() => void discard()}>
          Discard draft
        </button>
      </div>
    </form>
    </>
  );
}

function SignedNote({ note, members, me, onChange }: { note: NoteDetail; members: Member[]; me: string; onChange: (n: NoteDetail) => void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [cosignError, setCosignError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nameOf = (id: string) => (id === me ? 'you' : (members.find((m) => m.userId === id)?.name ?? 'a former member'));
  const isAuthor = note.signedBy === me;
  // Goal texts come from the current plan; a goal since removed from it shows without its text.
  const { goals: planGoals } = useGoals(note.clientId, note.goals.length > 0 && (isAuthor || note.cosignerId !== me));
  const { dialog: confirmDialog, ask } = useConfirm();
  // An addendum being written is unsaved work too.
  const leaveGuard = useLeaveGuard(text.trim() !== '');
  const cosign = async () => {
    const yes = await ask({ title: 'Co-sign this note?', body: 'Your co-signature is recorded with the time and cannot be withdrawn.', confirm: 'Co-sign note' });
    if (!yes) return;
    setBusy(true);
    setCosignError(null);
    try {
      onChange(await api.post<NoteDetail>(`/api/notes/${note.id}/cosign`));
    } catch (err) {
      setCosignError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  const add = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const yes = await ask({
      title: 'Sign this addendum?',
      body: 'An addendum is signed when added and becomes part of the record; it cannot be changed or removed.',
      confirm: 'Add and sign addendum',
    });
    if (!yes) return;
    try {
      onChange(await api.post<NoteDetail>(`/api/notes/${note.id}/addenda`, { text }));
      setText('');
    } catch (err) {
      setError(messageOf(err));
    }
  };
  return (
    <>
      {leaveGuard.dialog}
      {confirmDialog}
      <section className="card" aria-labelledby="signed-title">
        <h2 id="signed-title">Signed {note.signedAt !== null ? formatDateTime(note.signedAt) : ''}</h2>
        {note.integrity === 'verified' && <p className="status-ok">Content verified against the hash recorded at signing.</p>}
        {note.integrity === 'mismatch' && (
          <p role="alert" className="alert alert-error">
            This note’s content does not match the hash recorded at signing. Report it to your practice owner.
          </p>
        )}
        {note.sections.map((s) => (
          <div key={s.key} className="section-read">
            <h3>{s.title}</h3>
            <p className="prewrap">{s.text}</p>
          </div>
        ))}
        {note.cosignerId !== null && (
          <div className="cosignature">
            <h3>Co-signature</h3>
            {note.cosignedAt !== null ? (
              <p className="status-ok">
                Co-signed by {nameOf(note.cosignerId)} {formatDateTime(note.cosignedAt)}.
              </p>
            ) : (
              <p className="muted">Awaiting co-signature by {nameOf(note.cosignerId)}.</p>
            )}
            {note.cosignedAt === null && note.cosignerId === me && (
              <>
                <Alert error={cosignError} />
                <button type="button" className="primary" disabled={busy} onClick={() => void cosign()}>
                  Co-sign note
                </button>
              </>
            )}
          </div>
        )}
        {note.ai !== null && <AiRecordSummary ai={note.ai} />}
        {note.goals.length > 0 && (
          <>
            <h3>Goal progress</h3>
            <ul className="plain-list">
              {note.goals.map((g) => (
                <li key={g.goalId}>
                  {PROGRESS.find((p) => p.value === g.progress)?.label ?? g.progress} — {planGoals.find((x) => x.id === g.goalId)?.text ?? 'a goal no longer in the current plan'}
                  {g.comment !== null && ` (${g.comment})`}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <DeidentifiedCopy note={note} />
      <section className="card" aria-labelledby="addenda-title">
        <h2 id="addenda-title">Addenda</h2>
        {note.addenda.length === 0 ? (
          <p className="muted">No addenda.</p>
        ) : (
          <ol className="plain-list">
            {note.addenda.map((a) => (
              <li key={a.id}>
                <p className="muted">Signed {formatDateTime(a.signedAt)}</p>
                <p className="prewrap">{a.text}</p>
              </li>
            ))}
          </ol>
        )}
        {/* Only the author amends their note. */}
        {isAuthor && (
          <form onSubmit={(e) => void add(e)}>
            <Field label="New addendum" hint="An addendum is signed when added and cannot be changed.">
              {(p) => <textarea {...p} rows={3} required value={text} onChange={(e) => setText(e.target.value)} />}
            </Field>
            <Alert error={error} />
            <button type="submit" className="primary">
              Add and sign addendum
            </button>
          </form>
        )}
      </section>
    </>
  );
}

/** A signed note's record of its AI sentences (the author's view): what was signed as drafted, and why. */
function AiRecordSummary({ ai }: { ai: NonNullable<NoteDetail['ai']> }) {
  const kept = ai.sentences.filter((s) => s.present);
  const confirmed = ai.sentences.filter((s) => s.confirmed !== null);
  return (
    <div className="section-read">
      <h3>From the AI draft</h3>
      <p className="muted">
        {kept.length} of {ai.sentences.length} drafted {ai.sentences.length === 1 ? 'sentence was' : 'sentences were'} signed as drafted.
      </p>
      {confirmed.length > 0 && (
        <ul className="plain-list">
          {confirmed.map((s) => (
            <li key={s.n}>
              “{s.text}” <LabelBadge label={s.label} /> <span className="badge badge-signed">Confirmed: {CONFIRM_REASONS.find((r) => r.value === s.confirmed)?.label}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

interface Redacted {
  noteId: string;
  format: string;
  sections: Record<string, string>;
  redactions: Record<string, number>;
}

/**
 * R35: a de-identified rendition of the note, for a consultation, teaching or supervision outside
 * the chart. Made on request by the server (identifiers and the practice's active sensitive
 * topics replaced); the note itself is unchanged, and the request is on the audit trail.
 */
function DeidentifiedCopy({ note }: { note: NoteDetail }) {
  const [copy, setCopy] = useState<Redacted | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = async () => {
    setError(null);
    try {
      setCopy(await api.get<Redacted>(`/api/notes/${note.id}/redacted`));
    } catch (e) {
      setError(messageOf(e));
    }
  };
  const total = copy === null ? 0 : Object.values(copy.redactions).reduce((a, b) => a + b, 0);
  return (
    <section className="card" aria-labelledby="deid-title">
      <h2 id="deid-title">De-identified copy</h2>
      {copy === null ? (
        <>
          <p className="hint">For a consultation or teaching: names, dates, places and the other identifiers, and your practice’s sensitive topics, are replaced. The note itself is not changed.</p>
          <Alert error={error} />
          <button type="button" onClick={() => void load()}>
            Make a de-identified copy
          </button>
        </>
      ) : (
        <>
          <p className="muted">
            {total === 0
              ? 'Nothing needed replacing.'
              : `${total} ${total === 1 ? 'passage' : 'passages'} replaced: ${formatRedactions(copy.redactions)}.`}
          </p>
          {note.sections.map((s) => (
            <div key={s.key} className="section-read">
              <h3>{s.title}</h3>
              <p className="prewrap deid-text">{copy.sections[s.key] ?? ''}</p>
            </div>
          ))}
          <button type="button" onClick={() => setCopy(null)}>
            Hide the copy
          </button>
        </>
      )}
    </section>
  );
}
