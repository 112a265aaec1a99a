// What a note remembers of the AI drafts used in it (issue 15; R03, R19, R27). When the clinician
// uses a draft, its sentences are copied here with their verification labels, reasons and risk
// polarity, so the record outlives the draft (deleted at signing or after a week, 0012). The
// record is sealed under the AUTHOR's key, like the note's names: the sentences carry the names
// the draft restored, which only the author reads (R19).
//
// Signing is refused while a sentence labelled CONTRADICTED that speaks of risk is still in the
// note verbatim, unless the clinician confirms it with one of three reasons; the reason is sealed
// here and audited as a category, never as text. An edited sentence no longer blocks.
import crypto from 'node:crypto';
import type { Runtime } from '../../platform/runtime.ts';
import type { TenantContext } from '../../db/tenant.ts';
import type { RiskCategory } from '../ai/grounding.ts';
import type { VerifiedDraft } from '../ai/verify.ts';
import type { Sections } from './queries.ts';
import { openUserSealedJson } from './names.ts';

export const AI_LABELS = ['SUPPORTED', 'CONTRADICTED', 'UNSUPPORTED'] as const;
export type AiLabel = (typeof AI_LABELS)[number];

/** The reasons a clinician may give for signing a contradicted risk sentence as it stands. */
export const CONFIRM_REASONS = ['accurate_as_written', 'source_incomplete', 'other_documented'] as const;
export type ConfirmReason = (typeof CONFIRM_REASONS)[number];

/** 'present': the sentence asserts a risk; 'denied': it reports a risk screened and denied. */
export type RiskPolarity = 'present' | 'denied';

export interface AiRecordSentence {
  /** Stable index within the note's record: how the API and the audit trail name the sentence. */
  n: number;
  /** Index into `drafts`. */
  draft: number;
  section: string;
  text: string;
  label: AiLabel;
  reasons: string[];
  risk: RiskCategory[];
  riskPolarity: RiskPolarity | null;
  /** Set at signing when the clinician confirmed the sentence as it stands. */
  confirmed?: ConfirmReason;
}

export interface AiRecord {
  v: 1;
  drafts: Array<{ id: string; provider: string; model: string; usedAt: string }>;
  sentences: AiRecordSentence[];
  omittedRisks: Array<{ draft: number; category: RiskCategory; polarity: RiskPolarity }>;
}

/** More than this many AI sentences in one note is not a note; refuse rather than grow without end. */
export const MAX_AI_SENTENCES = 600;

const place = (ctx: TenantContext, noteId: string) => ({ practiceId: ctx.practiceId, table: 'notes', column: 'ai', rowId: noteId });

export async function sealAiRecord(runtime: Runtime, ctx: TenantContext, noteId: string, record: AiRecord): Promise<Buffer> {
  const keys = await runtime.crypto.keysFor('user', ctx.userId);
  return keys.encryptString(place(ctx, noteId), JSON.stringify(record));
}

/** The author's AI record for the note, or undefined (none, or the reader is not the author). */
export async function openAiRecordForAuthor(runtime: Runtime, ctx: TenantContext, row: { id: string; owner_id: string; ai_sealed: Buffer | null }): Promise<AiRecord | undefined> {
  if (row.ai_sealed === null || row.owner_id !== ctx.userId) return undefined;
  // A destroyed personal key (the author left, issue 18) reads as "no record", never an error.
  return openUserSealedJson<AiRecord>(runtime, ctx.userId, place(ctx, row.id), row.ai_sealed);
}

/** Digest for the content hash: the signed note's AI record cannot be swapped unnoticed. */
export function aiDigest(aiSealed: Buffer | null): string | null {
  return aiSealed === null ? null : crypto.createHash('sha256').update(aiSealed).digest('hex');
}

// ---- from a verified draft -------------------------------------------------------------------

type Sentence = VerifiedDraft['sections'][number]['sentences'][number];
type Omitted = VerifiedDraft['omittedRisks'][number];

/**
 * The engine's label for a sentence. Drafts saved before labels existed carry only the
 * `unsupported` mark: they are read as SUPPORTED or UNSUPPORTED, never as CONTRADICTED.
 */
function labelOf(s: Sentence): { label: AiLabel; reasons: string[]; riskPolarity: RiskPolarity | null } {
  const old = s as Partial<Pick<Sentence, 'label' | 'reasons' | 'riskPolarity'>>;
  const label: AiLabel = old.label ?? (s.unsupported ? 'UNSUPPORTED' : 'SUPPORTED');
  const polarity = old.riskPolarity ?? null;
  return { label, reasons: (old.reasons ?? []).slice(0, 10).map((r) => r.slice(0, 300)), riskPolarity: s.risk.length === 0 ? null : (polarity ?? 'present') };
}

const polarityOf = (o: Omitted): RiskPolarity => (o as Partial<Omitted>).polarity ?? 'present';

/**
 * Adds a draft's sentences to the note's record. The same draft used again replaces its own
 * sentences; sentences of other drafts stay, because their words may still be in the note.
 */
export function addDraft(prev: AiRecord | undefined, draft: { id: string; provider: string; model: string; draft: VerifiedDraft }, now = new Date()): AiRecord {
  const rec: AiRecord = prev === undefined ? { v: 1, drafts: [], sentences: [], omittedRisks: [] } : structuredClone(prev);
  let d = rec.drafts.findIndex((x) => x.id === draft.id);
  if (d === -1) {
    d = rec.drafts.length;
    rec.drafts.push({ id: draft.id, provider: draft.provider, model: draft.model.slice(0, 100), usedAt: now.toISOString() });
  } else {
    rec.drafts[d]!.usedAt = now.toISOString();
  }
  rec.sentences = rec.sentences.filter((s) => s.draft !== d);
  rec.omittedRisks = rec.omittedRisks.filter((o) => o.draft !== d);
  let n = rec.sentences.reduce((m, s) => Math.max(m, s.n + 1), 0);
  for (const sec of draft.draft.sections) {
    for (const s of sec.sentences) {
      rec.sentences.push({ n: n++, draft: d, section: sec.key, text: s.text, risk: [...s.risk], ...labelOf(s) });
    }
  }
  for (const o of draft.draft.omittedRisks) rec.omittedRisks.push({ draft: d, category: o.category, polarity: polarityOf(o) });
  return rec;
}

// ---- against the note's text -----------------------------------------------------------------

const squash = (t: string): string => t.replace(/\s+/g, ' ').trim();

/** Whether the sentence is still in the note word for word (whitespace aside), in any section. */
export function presentIn(sections: Sections): (text: string) => boolean {
  const all = squash(Object.values(sections).join('\n'));
  return (text) => {
    const t = squash(text);
    return t !== '' && all.includes(t);
  };
}

/** A contradicted statement about risk: it must be edited, or confirmed with a reason, before signing. */
export const isContradictedRisk = (s: AiRecordSentence): boolean => s.label === 'CONTRADICTED' && s.risk.length > 0;

/** The sentences that stop the note being signed as it stands. */
export function blockingSentences(rec: AiRecord | undefined, sections: Sections): AiRecordSentence[] {
  if (rec === undefined) return [];
  const present = presentIn(sections);
  return rec.sentences.filter((s) => isContradictedRisk(s) && present(s.text));
}
