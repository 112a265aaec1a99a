// How the verification of an AI draft reads on screen (issue 15; R03): each sentence's label in
// words with its reasons; a risk screened and denied ("Client denies SI/HI") shown calmly, as a
// screening result, not as an alarm; and risks left out of the draft with their polarity. The
// note editor also lists every sentence taken from a draft: a contradicted statement about risk
// still in the note as drafted holds the signature until it is edited, or confirmed with a reason
// from the list (the server enforces the same rule, whatever the screen does).
import type { AiLabel, ConfirmReason, NoteAi, NoteAiSentence, RiskPolarity } from '../types.ts';

export const LABEL_TEXT: Record<AiLabel, string> = {
  SUPPORTED: 'Supported by your notes',
  CONTRADICTED: 'Contradicts your notes',
  UNSUPPORTED: 'Not supported by your notes',
};

const RISK_WORDS: Record<string, string> = {
  suicide: 'suicide',
  self_harm: 'self-harm',
  homicide: 'harm to others',
  abuse: 'abuse',
  substance: 'substance use',
};
export const riskWords = (risk: string[]): string => risk.map((r) => RISK_WORDS[r] ?? r.replace(/_/g, ' ')).join(', ');

export const CONFIRM_REASONS: { value: ConfirmReason; label: string }[] = [
  { value: 'accurate_as_written', label: 'Accurate as written' },
  { value: 'source_incomplete', label: 'The source was incomplete' },
  { value: 'other_documented', label: 'Other, documented in the note' },
];

export function LabelBadge({ label }: { label: AiLabel }) {
  const cls = label === 'SUPPORTED' ? 'badge-signed' : label === 'CONTRADICTED' ? 'badge-flag' : 'badge-draft';
  return <span className={`badge ${cls}`}>{LABEL_TEXT[label]}</span>;
}

/** A risk endorsed is flagged; a risk screened and denied is a finding, shown calmly. */
export function RiskBadge({ risk, polarity }: { risk: string[]; polarity: RiskPolarity | null }) {
  if (risk.length === 0) return null;
  if (polarity === 'denied') return <span className="badge badge-calm">Risk screened: denied ({riskWords(risk)})</span>;
  return <span className="badge badge-flag">Risk: {riskWords(risk)}</span>;
}

/** Risks in the clinician's notes the draft left out: an alarm, or a screening result left out. */
export function OmittedRisks({ items }: { items: { category: string; polarity: RiskPolarity }[] }) {
  const present = items.filter((o) => o.polarity === 'present');
  const denied = items.filter((o) => o.polarity === 'denied');
  return (
    <>
      {present.length > 0 && (
        <p className="alert alert-error" role="alert">
          Risk in your notes not in the draft: {riskWords(present.map((o) => o.category))}. Add it to the note yourself.
        </p>
      )}
      {denied.length > 0 && (
        <p className="notice-calm" role="status">
          Screening result left out of the draft: {riskWords(denied.map((o) => o.category))} (screened and denied in your notes). Add it if it belongs in the note.
        </p>
      )}
    </>
  );
}

const squash = (t: string): string => t.replace(/\s+/g, ' ').trim();

/** The same test as the server's: still in the note word for word (whitespace aside), in any section. */
export function presentIn(sections: Record<string, string>): (text: string) => boolean {
  const all = squash(Object.values(sections).join('\n'));
  return (text) => {
    const t = squash(text);
    return t !== '' && all.includes(t);
  };
}

/** Contradicted risk sentences still in the note as drafted. */
export function blockingOf(ai: NoteAi | null, sections: Record<string, string>): NoteAiSentence[] {
  if (ai === null) return [];
  const present = presentIn(sections);
  return ai.sentences.filter((s) => s.label === 'CONTRADICTED' && s.risk.length > 0 && present(s.text));
}

/** The note editor's list of the sentences taken from AI drafts, as the note stands now. */
export function AiSentencesPanel({
  ai,
  sections,
  titles,
  confirmations,
  onConfirm,
}: {
  ai: NoteAi;
  sections: Record<string, string>;
  titles: Record<string, string>;
  confirmations: Record<number, ConfirmReason | ''>;
  onConfirm: (n: number, reason: ConfirmReason | '') => void;
}) {
  const present = presentIn(sections);
  const shown = ai.sentences.filter((s) => present(s.text));
  const edited = ai.sentences.length - shown.length;
  const blocking = blockingOf(ai, sections);
  return (
    <section className="card ai-check" aria-labelledby="ai-check-title">
      <h2 id="ai-check-title">Sentences from the AI draft</h2>
      <p className="hint">
        Each sentence the AI drafted was checked against your notes. {edited > 0 && `${edited} ${edited === 1 ? 'has' : 'have'} since been edited or removed. `}
        {blocking.length > 0
          ? 'A risk statement that contradicts your notes must be edited, or confirmed with a reason, before you sign.'
          : 'Nothing holds the signature.'}
      </p>
      <OmittedRisks items={ai.omittedRisks} />
      {shown.length === 0 ? (
        <p className="muted">No sentence of the draft is left in the note as drafted.</p>
      ) : (
        <ul className="ai-sentences">
          {shown.map((s) => {
            const blocks = blocking.includes(s);
            return (
              <li key={s.n} className={blocks ? 'blocking' : undefined}>
                <p>
                  <span className="muted">{titles[s.section] ?? s.section}: </span>“{s.text}”
                </p>
                <p>
                  <LabelBadge label={s.label} />
                  <RiskBadge risk={s.risk} polarity={s.riskPolarity} />
                  {s.confirmed !== null && <span className="badge badge-signed">Confirmed: {CONFIRM_REASONS.find((r) => r.value === s.confirmed)?.label}</span>}
                </p>
                {s.reasons.length > 0 && <p className="hint">Why: {s.reasons.join('; ')}.</p>}
                {blocks && (
                  <div className="confirm-row">
                    <label htmlFor={`confirm-${s.n}`}>To sign it as written, say why</label>
                    <select id={`confirm-${s.n}`} value={confirmations[s.n] ?? ''} onChange={(e) => onConfirm(s.n, e.target.value as ConfirmReason | '')}>
                      <option value="">Not confirmed: I will edit it</option>
                      {CONFIRM_REASONS.map((r) => (
                        <option key={r.value} value={r.value}>
                          {r.label}
                        </option>
                      ))}
                    </select>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
