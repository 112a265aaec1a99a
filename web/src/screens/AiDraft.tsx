// AI drafting (R03, R27, R42): the clinician's own bullets, free text or a transcript go to the
// practice's AI provider through Tacet's gateway (which refuses when AI is off for the practice
// or this client, and de-identifies for remote providers). The draft comes back sentence by
// sentence, each linked to the spans of the input it rests on, with the verification's label
// (supported, contradicts your notes, not supported) and its reasons in words. Selecting a
// sentence highlights those spans. A risk screened and denied ("denies SI/HI") is shown calmly as
// a screening result; a risk stated, or one in the notes the draft left out, is flagged. Nothing is saved into the note until the clinician chooses to use it.
// When the provider fails, the server keeps the input (sealed) so the same draft can be run again;
// the clinician tries again or discards it, and a kept input is never left behind silently.
import { useState, type FormEvent } from 'react';
import { api, ApiError, messageOf } from '../api.ts';
import type { AiLabel, NoteFormat, RiskPolarity } from '../types.ts';
import { Alert, Field } from '../ui.tsx';
import { fetchTranscript } from './Transcript.tsx';
import { LABEL_TEXT, LabelBadge, OmittedRisks, RiskBadge } from './AiLabels.tsx';

type Progress = 'regressed' | 'no_change' | 'some_progress' | 'significant_progress' | 'achieved';
interface Link {
  segmentId: string;
  start: number;
  end: number;
}
interface Sentence {
  text: string;
  links: Link[];
  unsupported: boolean;
  risk: string[];
  riskPolarity: RiskPolarity | null;
  flags: string[];
  label: AiLabel;
  reasons: string[];
}
export interface DraftOut {
  id: string;
  provider: string;
  model: string;
  draft: { sections: { key: string; title: string; sentences: Sentence[] }[] };
  goalSuggestions: { goalId: string; progress: Progress; links: Link[]; unsupported: boolean }[];
  flags: { section: string; sentence: number; kind: 'unsupported' | 'unsupported_risk' }[];
  omittedRisks: { category: string; polarity: RiskPolarity }[];
}

const PROVIDER_TEXT: Record<string, string> = {
  local: 'the local drafter (nothing left this server)',
  onprem: 'your practice’s own model server (on-premises)',
  anthropic: 'Anthropic',
  openai: 'OpenAI',
};

const FLAG_TEXT: Record<string, string> = {
  no_citation: 'cites no source',
  invalid_citation: 'cites a source that does not exist',
  weak_support: 'weakly supported',
  quote_not_in_source: 'quotes words not in the source',
  unsupported_risk: 'risk statement without support',
};

/** The source text with the selected sentence's spans marked. */
function Highlighted({ text, links }: { text: string; links: Link[] }) {
  const spans = [...links].sort((a, b) => a.start - b.start);
  const parts: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const l of spans) {
    const start = Math.max(l.start, at);
    if (start > at) parts.push({ text: text.slice(at, start), mark: false });
    if (l.end > start) parts.push({ text: text.slice(start, l.end), mark: true });
    at = Math.max(at, l.end);
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false });
  return (
    <pre className="source-text" tabIndex={0} role="region" aria-label="Your notes, with the selected sentence's sources highlighted">
      {parts.map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </pre>
  );
}

export function AiDraft({
  clientId,
  format,
  sessionId,
  planId,
  onUse,
}: {
  clientId: string;
  format: NoteFormat;
  sessionId: string | null;
  planId: string | null;
  onUse: (d: DraftOut) => void;
}) {
  const [kind, setKind] = useState<'bullets' | 'free_text' | 'transcript'>('bullets');
  const [text, setText] = useState('');
  const [sent, setSent] = useState('');
  const [draft, setDraft] = useState<DraftOut | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A draft the provider failed on: its input is kept on the server under this id.
  const [failed, setFailed] = useState<{ id: string; text: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const show = (d: DraftOut, source: string) => {
    setSent(source);
    setDraft(d);
    const first = d.draft.sections.findIndex((s) => s.sentences.length > 0);
    setSelected(first >= 0 ? `${first}-0` : null);
  };
  const attempt = async (call: () => Promise<DraftOut>, source: string) => {
    setError(null);
    setNotice(null);
    setBusy(true);
    try {
      show(await call(), source);
      setFailed(null);
    } catch (err) {
      setError(messageOf(err));
      if (err instanceof ApiError && err.draftId !== null) setFailed({ id: err.draftId, text: source });
    } finally {
      setBusy(false);
    }
  };
  const retry = (f: { id: string; text: string }) => attempt(() => api.post<DraftOut>(`/api/drafts/${f.id}/retry`), f.text);
  const discardKept = async (f: { id: string; text: string }) => {
    setError(null);
    try {
      await api.del(`/api/drafts/${f.id}`);
      setFailed(null);
      setNotice('The kept input was deleted from the server.');
    } catch (err) {
      setError(messageOf(err));
    }
  };

  // A transcript saved for the session (already redacted when the practice says so) fills the box.
  const fillFromSaved = async () => {
    if (sessionId === null) return;
    setError(null);
    setNotice(null);
    try {
      const t = await fetchTranscript(sessionId);
      if (t === null) setNotice('This session has no saved transcript.');
      else {
        setText(t.text);
        setNotice('The session’s saved transcript is in the box.');
      }
    } catch (err) {
      setError(messageOf(err));
    }
  };

  const run = async (e: FormEvent) => {
    e.preventDefault();
    // The same notes again: run the kept draft rather than keep a second copy of its input.
    if (failed !== null && failed.text === text) return retry(failed);
    // Different notes: the kept input of the failed attempt is no longer wanted.
    if (failed !== null) await discardKept(failed);
    await attempt(() => api.post<DraftOut>(`/api/clients/${clientId}/drafts`, { format, source: { kind, text }, sessionId, planId }), text);
  };

  const [si, ni] = selected === null ? [-1, -1] : selected.split('-').map(Number);
  const current = draft?.draft.sections[si ?? -1]?.sentences[ni ?? -1];
  const all = draft?.draft.sections.flatMap((s) => s.sentences) ?? [];
  const contradicted = all.filter((x) => x.label === 'CONTRADICTED').length;
  const unsupportedCount = all.filter((x) => x.label === 'UNSUPPORTED').length;
  const summary = [
    contradicted > 0 ? `${contradicted} ${contradicted === 1 ? 'sentence contradicts' : 'sentences contradict'} your notes` : '',
    unsupportedCount > 0 ? `${unsupportedCount} ${unsupportedCount === 1 ? 'sentence is' : 'sentences are'} not supported by them` : '',
  ].filter((x) => x !== '');

  return (
    <section className="card ai-draft" aria-labelledby="ai-title">
      <h2 id="ai-title">Draft with AI</h2>
      <form onSubmit={(e) => void run(e)}>
        <div className="row">
          <Field label="What you are giving">
            {(p) => (
              <select {...p} value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
                <option value="bullets">Bullet points</option>
                <option value="free_text">Free text</option>
                <option value="transcript">Transcript</option>
              </select>
            )}
          </Field>
        </div>
        {kind === 'transcript' && sessionId !== null && (
          <p>
            <button type="button" className="small" onClick={() => void fillFromSaved()}>
              Use the session’s saved transcript
            </button>
          </p>
        )}
        <Field label="Your session notes" hint="The draft uses only what you write here (and the plan’s goals). Every sentence links back to it.">
          {(p) => <textarea {...p} rows={6} required value={text} onChange={(e) => setText(e.target.value)} />}
        </Field>
        <Alert error={error} />
        {failed !== null && (
          <div className="card inset" role="region" aria-label="Draft not finished">
            <p>Your notes were kept on the server (encrypted) so this draft can be run again without retyping them.</p>
            <div className="actions">
              <button type="button" className="primary" disabled={busy} onClick={() => void retry(failed)}>
                Try the draft again
              </button>
              <button type="button" disabled={busy} onClick={() => void discardKept(failed)}>
                Delete the kept notes
              </button>
            </div>
          </div>
        )}
        {notice !== null && (
          <p role="status" className="status-ok">
            {notice}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? 'Drafting…' : 'Draft the note'}
        </button>
      </form>
      {draft !== null && (
        <div className="draft-result">
          <p className="muted">
            Drafted by {PROVIDER_TEXT[draft.provider] ?? draft.provider} · {draft.model}.{' '}
            {summary.length > 0 ? `${summary.join('; ')}: check, edit or delete before signing.` : 'Every sentence is supported by your notes.'}
          </p>
          <OmittedRisks items={draft.omittedRisks} />
          <div className="two-col">
            <div>
              <h3>Draft</h3>
              <p className="hint">Select a sentence to see its sources.</p>
              {draft.draft.sections.map((s, i) => (
                <div key={s.key} className="draft-section">
                  <h4>{s.title}</h4>
                  {s.sentences.length === 0 ? (
                    <p className="muted">Nothing drafted.</p>
                  ) : (
                    <ul className="sentences">
                      {s.sentences.map((x, j) => (
                        <li key={j}>
                          <button
                            type="button"
                            className={`sentence${x.unsupported ? ' unsupported' : ''}${selected === `${i}-${j}` ? ' selected' : ''}`}
                            aria-pressed={selected === `${i}-${j}`}
                            onClick={() => setSelected(`${i}-${j}`)}
                          >
                            {x.text}
                            {x.label !== 'SUPPORTED' && <LabelBadge label={x.label} />}
                            <RiskBadge risk={x.risk} polarity={x.riskPolarity} />
                          </button>
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              ))}
            </div>
            <div>
              <h3>Sources in your notes</h3>
              {current !== undefined && (
                <p className="hint" role="status">
                  {current.links.length === 0
                    ? 'This sentence has no source in your notes.'
                    : `${current.links.length} ${current.links.length === 1 ? 'passage' : 'passages'} highlighted.`}
                  {` ${LABEL_TEXT[current.label]}`}
                  {current.reasons.length > 0 ? `: ${current.reasons.join('; ')}.` : '.'}
                  {current.flags.length > 0 && ` Flags: ${current.flags.map((f) => FLAG_TEXT[f] ?? f).join('; ')}.`}
                </p>
              )}
              <Highlighted text={sent} links={current?.links ?? []} />
            </div>
          </div>
          <div className="actions">
            <button type="button" className="primary" onClick={() => onUse(draft)}>
              Use this draft in the note
            </button>
            <button type="button" onClick={() => setDraft(null)}>
              Discard the draft
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
