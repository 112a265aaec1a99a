// A learned second stage for the claim verifier (issue 15, R03): the rules decide first
// (verifyClaimRules in index.ts), then two small logistic regressions, trained on the development
// pairs only (scripts/train-verifier.ts, weights in resources/dicts/verifier-model.json), judge the
// rules' verdict from named features of the pair that do not depend on wording:
//   flag   for a SUPPORTED verdict: "is something unsupported here after all?" When it says yes, the
//          verdict becomes UNSUPPORTED and names the draft words no cited segment holds (never when
//          there are none to name).
//   clear  for a CONTRADICTED or UNSUPPORTED verdict: "is this a false alarm?" When it says yes, the
//          verdict becomes SUPPORTED with no reasons. It never clears a flag that involves a risk
//          concept (suicide, self-harm, homicide, abuse, substance use, plan, intent, means, firearms)
//          on either side or in the rules' reasons.
// The features: which kinds of reason the rules gave (their reason templates, read by kind), how the
// draft's content words align to the cited segments (the same word, a lemma or synonym, only in the
// uncited context, nowhere), numbers, negation / time / person / certainty asymmetries of the words
// both sides share, risk concepts on each side, hedges, length, number of cited segments.
// Pure functions; the model file is read once, on first use.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { riskCategories } from '../grounding.ts';
import { readerFor } from './analysis.ts';
import { analyse, type CToken } from './context.ts';
import { GENERIC, OTHER_PEOPLE } from './lexicon.ts';
import { synonymous, synonymousForSupport } from './synonyms.ts';
import { sameKey, stem, flatMap } from './text.ts';
import { isSpecialistTerm, lemmas, licenses, posOf } from './wordnet.ts';
import type { ClaimVerdict } from './types.ts';

/** The kinds of reason the rules give, read from their templates (the rules' verdicts are not touched). */
const REASON_KINDS: ReadonlyArray<[string, RegExp]> = [
  ['reason_adds_words', /^draft adds what the source does not say/],
  ['reason_adds_number', /^draft adds the number/],
  ['reason_not_mentioned', /^source does not mention/],
  ['reason_risk', /suicid|self-?harm|homicid|abuse|substance|alcohol|drug|overdose|\bplan\b|intent|means|firearm|\bgun|weapon|violence|\bcut/],
  ['reason_number', /\d/],
  ['reason_negation', /\b(?:denies|no|not|none|negative|absent)\b/],
  ['reason_direction', /\b(?:up|down|increased|decreased|reduced|better|worse|more|less|goes from|higher|lower|improved|worsened)\b/],
  ['reason_time', /\b(?:daily|weekly|monthly|week|weeks|month|months|year|years|dates?|time|late|early|past|current|previously|ago|hour|hours|minutes?|days?|places)\b/],
  ['reason_person', /\b(?:mother|father|sister|brother|son|daughter|partner|husband|wife|dad|mom|mum|the client|grandmother|grandfather|friend|the \w+ (?:says|did))\b/],
  ['reason_status', /\b(?:stopped|started|completed|refused|continue|continued|attended|missed|took|declined|assigned|done|complete)\b/],
  ['reason_certainty', /\b(?:possible|suspected|rule out|ruled out|likely|probable|query)\b/],
  ['reason_slot', /^source says [^;]+; draft says/],
];
/** What a reason names as a risk concept: such a contradiction is never cleared. */
const RISK_REASON = /suicid|self-?harm|selfharm|homicid|abuse|substance|alcohol|drug|overdose|\bplan\b|intent|\bmeans\b|firearm|\bguns?\b|weapon|violence|\bcut|kill|\bharm/i;
const HEDGE = /\b(?:may|might|possibly|possible|perhaps|appears?|appeared|seems?|seemed|likely|suggests?|suggested|probably|query|suspected|unclear|reportedly)\b/i;
const TIME_CUE = /\b(?:previously|history|historical|past|ago|last (?:week|month|year)|used to|formerly|prior|will|plans? to|going to|next|tomorrow|yesterday|since|currently|now|today|no longer|still)\b/i;

/** Every feature the model knows, in the model file's order. */
export const FEATURES: readonly string[] = [
  'rule_contradicted',
  'rule_unsupported',
  ...REASON_KINDS.map(([k]) => k),
  'reasons_count',
  'added_words',
  'content_words_log',
  'share_in_cited_exact',
  'share_in_cited_lemma_or_synonym',
  'share_in_context_only',
  'share_nowhere',
  'nowhere_count',
  'nowhere_nouns',
  'nowhere_verbs',
  'nowhere_adjectives',
  'nowhere_unknown_words',
  'nowhere_people',
  'nowhere_specialist_terms',
  'added_specialist_terms',
  'added_licensed_by_wordnet',
  'added_in_context',
  'added_share_of_content',
  'cited_unused_share',
  'unfound_beyond_unused',
  'unfound_prefix_of_unused',
  'draft_numbers',
  'numbers_matching',
  'numbers_mismatching',
  'cited_has_numbers',
  'negation_asymmetry',
  'negated_words_draft',
  'negated_words_cited',
  'time_asymmetry',
  'person_asymmetry',
  'certainty_asymmetry',
  'hypothetical_asymmetry',
  'axis_conflict',
  'axis_unmatched',
  'risk_in_draft',
  'risk_in_cited',
  'risk_draft_not_cited',
  'hedge_draft_only',
  'hedge_cited_only',
  'time_cue_draft_only',
  'cited_segments',
  'length_ratio',
];

export interface ModelPart {
  bias: number;
  weights: number[];
  threshold: number;
}
export type Stage = 'flag' | 'clearUnsupported' | 'clearContradicted';

/** The model as resources/dicts/verifier-model.json stores it. */
export interface VerifierModelFile {
  version: 1;
  features: string[];
  /** For a SUPPORTED verdict: is something unsupported after all? */
  flag: ModelPart;
  /** For an UNSUPPORTED verdict: is it a false alarm? */
  clearUnsupported: ModelPart;
  /** For a CONTRADICTED verdict that involves no risk concept: is it a false alarm? */
  clearContradicted: ModelPart;
  trainedOn: string[];
}

const read = readerFor('calibrate');
/** Risk categories of the cited segments, each segment's read once and shared with the rules. */
const citedRisk = (cited: readonly string[]): Set<string> => new Set(flatMap(cited, (s) => riskCategories(s)));
/** Stems of an uncited segment's words: only looked up, so no full analysis is needed. */
const contextKeys = (text: string): ReadonlySet<string> => read('contextKeys', text, (t) => new Set((t.toLowerCase().match(/[a-z]+/g) ?? []).map(stem)));

const isContent = (t: CToken): boolean => t.num === undefined && !t.trigger && t.w.length > 2 && /[a-z]/.test(t.w) && !GENERIC.has(t.w);

interface Alignment {
  features: Float64Array;
  /** Draft words found in no cited segment (in draft order, no repeats). */
  unfound: string[];
}

const cap = (n: number, m: number): number => Math.min(n, m) / m;

/**
 * How the draft's content words align to the cited segments (the same word, a lemma or synonym,
 * only in the uncited context, nowhere) and the ConText asymmetries of the words both hold: the
 * part of the features the verdict does not enter. Made first, alone, so that calibrate() can stop
 * when a SUPPORTED verdict has no unfound word to name (the model's verdict cannot change then)
 * without the rest of the features (round vspeed5).
 */
function alignmentOf(sentence: string, cited: readonly string[], context: readonly string[]) {
  const draft = analyse(sentence);
  const src = flatMap(cited, (s) => analyse(s));
  const ctxSets = context.map(contextKeys);
  const inContextKey = (k: string): boolean => ctxSets.some((c) => c.has(k));
  const srcContent = src.filter(isContent);
  const srcKeys = new Set(srcContent.map((t) => t.key));
  // (Made on first need, round vspeed5b: only a draft word the cited text lacks as such asks for them.)
  let srcLemmas: ReadonlySet<string> | undefined;
  const content = draft.filter(isContent);
  let exact = 0;
  let soft = 0;
  let inContext = 0;
  const nowhere: CToken[] = [];
  let negAsym = 0;
  let timeAsym = 0;
  let whoAsym = 0;
  let certAsym = 0;
  let hypAsym = 0;
  for (const t of content) {
    const same = srcKeys.has(t.key) || (t.raw !== undefined && srcKeys.has(t.raw)) ? srcContent.filter((s) => s.key === t.key || s.key === t.raw) : srcContent.filter((s) => sameKey(t.key, s.key));
    if (same.length > 0) {
      exact++;
      // ConText attributes of a word both sides hold: does every source mention differ?
      if (same.every((s) => s.neg !== t.neg)) negAsym++;
      if (t.time !== null && same.every((s) => s.time !== null && s.time !== t.time)) timeAsym++;
      if (t.whoNamed && same.every((s) => s.whoNamed && s.who !== t.who)) whoAsym++;
      if (same.every((s) => s.uncertain !== t.uncertain)) certAsym++;
      if (same.every((s) => s.hyp !== t.hyp)) hypAsym++;
      continue;
    }
    srcLemmas ??= new Set(flatMap(srcContent, (s) => lemmas(s.w)));
    const held = srcLemmas;
    if (lemmas(t.w).some((l) => held.has(l)) || srcContent.some((s) => synonymous(t.key, s.key) || synonymousForSupport(t.key, s.key))) {
      soft++;
      continue;
    }
    if (inContextKey(t.key)) {
      inContext++;
      continue;
    }
    nowhere.push(t);
  }
  return { draft, src, inContextKey, srcContent, content, exact, soft, inContext, nowhere, negAsym, timeAsym, whoAsym, certAsym, hypAsym };
}
type AlignmentParts = ReturnType<typeof alignmentOf>;

/** The named features of one (sentence, cited, context) pair and the rules' verdict on it. */
export function claimFeatures(sentence: string, cited: readonly string[], context: readonly string[], v: ClaimVerdict, parts: AlignmentParts = alignmentOf(sentence, cited, context)): Alignment {
  const f = new Float64Array(FEATURES.length);
  let k = 0;
  const set = (x: number): void => {
    f[k++] = x;
  };
  set(v.label === 'CONTRADICTED' ? 1 : 0);
  set(v.label === 'UNSUPPORTED' ? 1 : 0);
  for (const [, re] of REASON_KINDS) set(v.reasons.some((r) => re.test(r)) ? 1 : 0);
  set(cap(v.reasons.length, 4));
  const adds = v.reasons.find((r) => r.startsWith('draft adds what the source does not say: '));
  set(adds === undefined ? 0 : cap(adds.split(':')[1]!.split(',').length, 5));

  const { draft, src, inContextKey, srcContent, content, exact, soft, inContext, nowhere, negAsym, timeAsym, whoAsym, certAsym, hypAsym } = parts;
  const n = Math.max(1, content.length);
  set(Math.log1p(content.length) / 3);
  set(exact / n);
  set(soft / n);
  set(inContext / n);
  set(nowhere.length / n);
  set(cap(nowhere.length, 5));
  const pos = (t: CToken): string | null => posOf(t.w);
  set(cap(nowhere.filter((t) => pos(t) === 'n').length, 3));
  set(cap(nowhere.filter((t) => pos(t) === 'v').length, 3));
  set(cap(nowhere.filter((t) => pos(t) === 'a' || pos(t) === 'r').length, 3));
  set(cap(nowhere.filter((t) => pos(t) === null).length, 3));
  set(cap(nowhere.filter((t) => OTHER_PEOPLE.has(t.w)).length, 2));
  set(cap(nowhere.filter((t) => isSpecialistTerm(t.w)).length, 2));
  // The words the rules found added: clinical terms name new facts; a word WordNet derives from or
  // generalises a cited word, or one the note says elsewhere, is more likely a re-wording.
  const added = adds === undefined ? [] : adds.slice(adds.indexOf(':') + 2).split(', ');
  set(cap(added.filter((w) => isSpecialistTerm(w)).length, 2));
  set(cap(added.filter((w) => srcContent.some((s) => licenses(s.w, w))).length, 2));
  set(cap(added.filter((w) => inContextKey(stem(w))).length, 2));
  set(added.length / n);
  // The other direction: cited words the draft does not use. A paraphrase swaps words (as many
  // unused in the source as unfound in the draft); an invention adds them to a source it uses whole.
  const draftKeys = content.map((t) => t.key);
  const draftLemmas = new Set(flatMap(content, (t) => lemmas(t.w)));
  const unused = srcContent.filter((s) => !draftKeys.some((d) => sameKey(d, s.key)) && !lemmas(s.w).some((l) => draftLemmas.has(l)) && !content.some((d) => synonymousForSupport(d.key, s.key)));
  set(unused.length / Math.max(1, srcContent.length));
  set(Math.max(-3, Math.min(3, nowhere.length - unused.length)) / 3);
  set(cap(nowhere.filter((t) => t.w.length >= 4 && unused.some((s) => s.w.length >= 4 && s.w.slice(0, 4) === t.w.slice(0, 4))).length, 2));

  const dn = draft.filter((t) => t.num !== undefined).map((t) => t.num!);
  const sn = new Set(src.filter((t) => t.num !== undefined).map((t) => t.num!));
  const matching = dn.filter((x) => sn.has(x)).length;
  set(cap(dn.length, 3));
  set(cap(matching, 3));
  set(cap(dn.length - matching, 3));
  set(sn.size > 0 ? 1 : 0);
  set(cap(negAsym, 2));
  set(cap(content.filter((t) => t.neg).length, 3));
  set(cap(srcContent.filter((t) => t.neg).length, 3));
  set(cap(timeAsym, 2));
  set(cap(whoAsym, 2));
  set(cap(certAsym, 2));
  set(cap(hypAsym, 2));

  // Direction and status axes ("amount:up"): the same axis with another value, or none in the source.
  const srcAxes = new Set(flatMap(src, (t) => t.axes));
  const srcAxisNames = new Set([...srcAxes].map((a) => a.split(':')[0]));
  let axisConflict = 0;
  let axisUnmatched = 0;
  for (const a of flatMap(draft, (t) => t.axes)) {
    if (srcAxes.has(a)) continue;
    if (srcAxisNames.has(a.split(':')[0])) axisConflict++;
    else axisUnmatched++;
  }
  set(cap(axisConflict, 2));
  set(cap(axisUnmatched, 2));

  const citedText = cited.join(' ');
  const rd = v.risk;
  const rs = citedRisk(cited);
  set(rd.length > 0 ? 1 : 0);
  set(rs.size > 0 ? 1 : 0);
  set(rd.some((c) => !rs.has(c)) ? 1 : 0);
  const hd = HEDGE.test(sentence);
  const hs = HEDGE.test(citedText);
  set(hd && !hs ? 1 : 0);
  set(hs && !hd ? 1 : 0);
  set(TIME_CUE.test(sentence) && !TIME_CUE.test(citedText) ? 1 : 0);
  set(cap(cited.length, 3));
  set(Math.min(3, content.length / Math.max(1, srcContent.length)) / 3);
  const unfound = [...new Set(nowhere.map((t) => t.w))];
  return { features: f, unfound };
}

/** Does the verdict involve a risk concept on either side, or name one in its reasons? */
export function involvesRisk(v: ClaimVerdict, cited: readonly string[]): boolean {
  return v.risk.length > 0 || citedRisk(cited).size > 0 || v.reasons.some((r) => RISK_REASON.test(r));
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
export function score(part: { bias: number; weights: readonly number[] }, f: Float64Array): number {
  let z = part.bias;
  for (let i = 0; i < f.length; i++) z += part.weights[i]! * f[i]!;
  return sigmoid(z);
}

/**
 * The second stage: the rules' verdict, kept or changed by the model. `model` null keeps the
 * rules' verdict (no model file shipped).
 */
export function calibrate(v: ClaimVerdict, sentence: string, cited: readonly string[], context: readonly string[], model: VerifierModelFile | null = verifierModel()): ClaimVerdict {
  if (model === null || cited.length === 0) return v;
  const stage = stageOf(v, cited);
  if (stage === null) return v;
  const parts = alignmentOf(sentence, cited, context);
  // Nothing unfound to name: the flag stage keeps the verdict whatever the score (below).
  if (stage === 'flag' && parts.nowhere.length === 0) return v;
  const { features, unfound } = claimFeatures(sentence, cited, context, v, parts);
  if (stage === 'flag') {
    if (unfound.length === 0 || score(model.flag, features) < model.flag.threshold) return v;
    return { ...v, label: 'UNSUPPORTED', reasons: [`draft adds what the source does not say: ${unfound.slice(0, 5).join(', ')}`] };
  }
  if (score(model[stage], features) < model[stage].threshold) return v;
  return { ...v, label: 'SUPPORTED', reasons: [] };
}

/**
 * Which model may judge this verdict: 'flag' for SUPPORTED, 'clear…' for a flag that may be cleared,
 * null for one that may not (any flag involving a risk concept on either side or in its reasons, a
 * source the draft adds, a sentence citing nothing).
 */
export function stageOf(v: ClaimVerdict, cited: readonly string[]): Stage | null {
  if (cited.length === 0) return null;
  if (v.label === 'SUPPORTED') return 'flag';
  // No flag that involves a risk concept is ever cleared: a risk contradiction the rules could only
  // call unsupported is still a risk contradiction, and a missed one costs more than a false alarm.
  if (involvesRisk(v, cited)) return null;
  if (v.reasons.some((r) => r.startsWith('source does not mention') || r === 'cites no source')) return null;
  return v.label === 'UNSUPPORTED' ? 'clearUnsupported' : 'clearContradicted';
}

let loaded: VerifierModelFile | null | undefined;
/** The shipped model, read once; null when the file is absent. */
export function verifierModel(): VerifierModelFile | null {
  if (loaded !== undefined) return loaded;
  const file = fileURLToPath(new URL('../../../../resources/dicts/verifier-model.json', import.meta.url));
  loaded = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as VerifierModelFile) : null;
  if (loaded !== null && loaded.features.join(',') !== FEATURES.join(',')) throw new Error('verifier-model.json was trained on other features: run npm run train:verifier');
  return loaded;
}
