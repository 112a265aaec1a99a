// NegEx and ConText, implemented from their published description (Chapman et al. 2001; Harkema
// et al. 2009): trigger phrases open a scope that runs forward (pre-triggers) or backward
// (post-triggers) over the clause until a termination term, punctuation or the window ends it;
// pseudo-triggers look like triggers and open nothing. The same machinery marks the other ConText
// dimensions: certainty (possible / rule out / suspected), temporality (historical, current,
// hypothetical) and the experiencer (the client, or a named other person).
import { AXES, CLIENT_REFS, IMPAIRMENT_LOCUS, NEG_IMPAIRMENT, CURRENT, FUTURE, HISTORICAL, HYPOTHETICAL, NEG_POST, NEG_PRE, NEG_PSEUDO, NEG_WINDOW, OTHER_PEOPLE, QUALIFIER_POST, TERMINATE, TERMINATE_BACK, UNCERTAIN } from './lexicon.ts';
import { GENERIC } from './lexicon.ts';
import { readerFor } from './analysis.ts';
import { normalisedOf, stem, tokenize, type Token, flatMap } from './text.ts';
import { lemma, lemmas, posOf } from './wordnet.ts';

export type Time = 'past' | 'current' | 'future' | null;

export interface CToken extends Token {
  i: number;
  neg: boolean;
  uncertain: boolean;
  /** Marked only by a belief verb ("believes", "thinks"): the client's view, not the clinician's doubt. */
  belief: boolean;
  hyp: boolean;
  time: Time;
  /** 'client', or the other person the clause is about ("mother", "brother"). */
  who: string;
  /**
   * The experiencer was named outright (a subject, an agent, a possessive), not assumed: the
   * client by default, a person named only after the word, the one a reporting verb follows
   * ("Mother reports…": whose the report is about is open) or a pronoun that could mean two people.
   * Only named experiencers are compared.
   */
  whoNamed: boolean;
  /** Part of a trigger phrase itself (not a concept). */
  trigger: boolean;
  /** Axis values this word carries, e.g. ["amount:up"]. Shared arrays: never mutate. */
  axes: readonly string[];
}

type Phrase = readonly string[];
/** Phrases indexed by their first word, longest first, so matching costs one map lookup per token. */
type PhraseIndex = ReadonlyMap<string, readonly Phrase[]>;
function phrases(list: readonly string[]): PhraseIndex {
  const out = new Map<string, Phrase[]>();
  for (const p of list.map((x) => x.split(' ')).sort((a, b) => b.length - a.length)) out.set(p[0]!, [...(out.get(p[0]!) ?? []), p]);
  return out;
}
// (Added in round 6: "drew her family and left out her stepfather" leaves him out.)
// (Added in round 11: the phrasal ways of avoiding — "staying away from the library", "steering
// clear of the bus route" — deny what follows as "avoids" does.)
const PRE = phrases([...NEG_PRE, 'left out', 'leaves out', 'leaving out', ...['stay', 'stays', 'stayed', 'staying', 'keep', 'keeps', 'kept', 'keeping'].map((v) => `${v} away from`), ...['steer', 'steers', 'steered', 'steering'].map((v) => `${v} clear of`)]);
const POST = phrases(NEG_POST);
// ("bipolar II to be ruled out" is a rule-out still to do: uncertain, as "r/o bipolar II" is, not denied.)
const PSEUDO = phrases([...NEG_PSEUDO, 'to be ruled out', 'to rule out', 'to be excluded']);
const UNC = phrases(UNCERTAIN);
// ("They both wish to rebuild trust": a wish, as "wishes" and "wants" are.)
const HYP = phrases([...HYPOTHETICAL, 'wish to', 'wished to']);
const HIST = phrases(HISTORICAL);
// (Added in round 6: "in the last month" is the recent period, as "in the past month" is.)
const CUR = phrases([...CURRENT, 'in the last month', 'over the last month', 'over the past month', 'in the last few weeks', 'in the past few weeks', 'in the last two weeks', 'in the past two weeks', 'this past week']);
const FUT = phrases(FUTURE);
const QUAL_POST = phrases(QUALIFIER_POST);
/**
 * Every word that starts a phrase of any of the nine indexes above (round vspeed5b): analyseUncached
 * asks each token once whether it starts any, and asks an index only for a token that does (nearly
 * none), instead of nine index look-ups per token. A token no index starts with matches nothing.
 */
const PHRASE_STARTS: ReadonlySet<string> = new Set(flatMap([PRE, POST, PSEUDO, UNC, HYP, HIST, CUR, FUT, QUAL_POST], (index) => [...index.keys()]));
const AXIS_PHRASES: Array<[Phrase, string]> = flatMap(Object.entries(AXES), ([axis, values]) => flatMap(Object.entries(values), ([v, words]) => words.map((w): [Phrase, string] => [w.split(' '), `${axis}:${v}`])))
  .sort((a, b) => b[0].length - a[0].length);
const AXIS_MULTI = new Map<string, Array<[Phrase, string]>>();
for (const [p, tag] of AXIS_PHRASES) if (p.length > 1) AXIS_MULTI.set(p[0]!, [...(AXIS_MULTI.get(p[0]!) ?? []), [p, tag]]);
const AXIS_BY_STEM = new Map<string, string[]>();
for (const [p, tag] of AXIS_PHRASES) {
  if (p.length !== 1) continue;
  const k = stem(p[0]!);
  AXIS_BY_STEM.set(k, [...(AXIS_BY_STEM.get(k) ?? []), tag]);
}

/** The axis values of one word: by stem, else by WordNet's base form ("calmer" is "calm"). Memoised per word. */
const AXES_OF = new Map<string, readonly string[]>();
function axesOf(w: string, key: string): readonly string[] {
  let axes = AXES_OF.get(w);
  if (axes === undefined) {
    axes = AXIS_BY_STEM.get(key);
    if (axes === undefined) {
      const base = lemma(w);
      axes = (base !== null && base !== w ? AXIS_BY_STEM.get(stem(base)) : undefined) ?? NO_AXES;
    }
    if (AXES_OF.size < 50_000) AXES_OF.set(w, axes);
  }
  return axes;
}

const MODALS = new Set(['will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'plans', 'wants', 'agreed']);

const LINKING_3SG = new Set(['remains', 'stays', 'seems', 'appears', 'looks', 'sounds', 'becomes']);

/** Does the scope end at token j? A termination term, or "and"/"or" starting a new claim. */
function ends(toks: readonly Token[], j: number, stop: ReadonlySet<string>): boolean {
  const t = toks[j]!;
  if (stop.has(t.w)) return true;
  // "no tablets other than a few paracetamol": the exception is outside the denial.
  if (t.w === 'other' && toks[j + 1]?.w === 'than' && toks[j + 1]!.clause === t.clause) return true;
  if (t.w !== 'and' && t.w !== 'or') return false;
  const next = toks[j + 1];
  // "without plan or intent and named her children", "suspected and an assessment is planned"
  if (next === undefined) return false;
  // "forgets evening doses and adherence is poor": "and" + subject + verb starts a new claim.
  if (['is', 'was', 'are', 'were', 'has', 'have', 'had'].includes(toks[j + 2]?.w ?? '')) return true;
  // ("… and his sleep is fine": the same with a determiner before the subject.)
  if (DETERMINERS.has(next.w) && ['is', 'was', 'are', 'were', 'has', 'have', 'had'].includes(toks[j + 3]?.w ?? '')) return true;
  // ("denies low mood and sleeps well": a verb in the third person opens a new claim.)
  if (/[^s]s$/.test(next.w) && !AUX_BE.has(next.w) && next.w !== 'does' && posOf(next.w) === 'v' && next.clause === t.clause) return true;
  // (R03, round vfa3: the same where a paraphrase class has rewritten the verb into its base form,
  // "avoids the motorway and startles easily": a verb with its manner adverb is a predicate of its own.)
  const after = toks[j + 2];
  if (next.raw !== undefined && posOf(next.w) === 'v' && after !== undefined && after.clause === t.clause && /ly$/.test(after.w) && posOf(after.w) === 'r') return true;
  // ("has not changed and remains 84 kg": a linking verb in the third person opens a new claim, though
  // a dictionary reads "remains" and "looks" as nouns first.)
  if (LINKING_3SG.has(next.w) && next.clause === t.clause) return true;
  // ("denies SI and will taper off": a modal after "and" opens a new claim too.)
  return /ed$/.test(next.w) || TERMINATE.has(next.w) || MODALS.has(next.w) || next.w === 'a' || next.w === 'an' || next.w === 'the';
}

/** Length of the phrase from `list` that starts at token i of the same clause, or 0. */
function matchAt(toks: readonly Token[], i: number, index: PhraseIndex): number {
  const list = index.get(toks[i]!.w);
  if (list === undefined) return 0;
  for (const p of list) {
    if (i + p.length > toks.length) continue;
    let ok = true;
    for (let k = 0; k < p.length; k++) {
      const t = toks[i + k]!;
      if (t.w !== p[k] || t.clause !== toks[i]!.clause) {
        ok = false;
        break;
      }
    }
    if (ok) return p.length;
  }
  return 0;
}

/** Does phrase p start at token i, within one clause? (matchAt for a single phrase, without building an index for it.) */
function phraseAt(toks: readonly Token[], i: number, p: Phrase): boolean {
  if (i + p.length > toks.length) return false;
  for (let k = 0; k < p.length; k++) if (toks[i + k]!.w !== p[k] || toks[i + k]!.clause !== toks[i]!.clause) return false;
  return true;
}

// "abuse by her uncle": an agent after "by" is who did it only for acts done to someone; "annoyed
// by colleagues" is still the client's annoyance.
const RISK_ACT = new Set(['abuse', 'violence', 'assault', 'assaulted', 'abused', 'molested', 'raped', 'neglect', 'neglected', 'threatened', 'harassed', 'bullied', 'attacked', 'stalked', 'hurt', 'hit', 'touched', 'exploitation', 'exploited', 'harm', 'pushed', 'kicked', 'slapped', 'punched', 'choked', 'shoved', 'money']);
// ("reported by his mother" names who told, not whom it is about: not an agent.)
const AGENT_OF = /^(?:filed|placed|made|started|prescribed|referred|initiated|given|assigned|written|signed)$/;
const RISK_WORD = /^(?:suicide|homicide|selfharm|died|violence|overdose)$/;
const NO_AXES: readonly string[] = [];
/** Verbs of belief among the uncertainty triggers: they attribute a view, they do not doubt it. */
const BELIEF = new Set(['thinks', 'believes', 'convinced', 'feels', 'certain']);
const FEMALE = new Set(['mother', 'sister', 'daughter', 'wife', 'girlfriend', 'aunt', 'grandmother', 'stepmother', 'niece', 'fiancee', 'girl', 'woman']);
const MALE = new Set(['father', 'brother', 'son', 'husband', 'boyfriend', 'uncle', 'grandfather', 'stepfather', 'nephew', 'fiance', 'boy', 'man']);
// ("has not yet", "has never had": words that would end a scope, but right after the trigger belong to it.)
const NEG_WORDS = new Set(['not', 'no', 'never']);
const NOMINATIVE = new Set(['i', 'she', 'he', 'they', 'we']);
const AUX_BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'went', 'gone', 'go', 'goes', 'came', 'come', 'comes']);
const AUXILIARY = new Set(['has', 'had', 'have', 'yet']);
/** Words that start a new predicate after a comma: a finite auxiliary, or "and" before a new subject. */
const PREDICATE_START = new Set(['is', 'are', 'was', 'were', 'will', 'has', 'have', 'had', 'does', 'did']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it']);
/** Words before "nothing" that are not verbs taking it as object ("there is nothing", "for nothing"). */
const GENERIC_NOT_VERB = new Set(['for', 'is', 'was', 'are', 'were', 'said', 'and', 'or', 'with', 'about', 'of']);
function newPredicate(toks: readonly Token[], j: number): boolean {
  const t = toks[j]!;
  if (PREDICATE_START.has(t.w)) return true;
  // (", plans to return to college": a verb taking an infinitive starts a new predicate too.)
  if (INFINITIVE_VERB.has(t.w) && toks[j + 1]?.w === 'to' && toks[j + 1]!.clause === t.clause) return true;
  // (R03, round vfa3: ", lost 4 kg", ", started walking": a note's verb in the past opens a predicate
  // with its subject left out; a list goes on in nouns.)
  if (!/(?:s|ing)$/.test(t.w) && lemmas(t.w).some((l) => l !== t.w && posOf(l) === 'v')) return true;
  if (t.w !== 'and' && t.w !== 'but') return false;
  const next = toks[j + 1];
  if (next === undefined || next.clause !== t.clause) return false;
  // A subject: a pronoun, a person ("and her mother"), or a name already used in the sentence
  // ("Devan, and Devan feels"). A list item ("SI, HI, and AVH") is none of these.
  return SUBJECT_PRONOUNS.has(next.w) || OTHER_PEOPLE.has(next.w) || CLIENT_REFS.has(next.w) || toks.slice(0, j).some((x) => x.w === next.w && x.w.length > 2);
}
/** Conjunctions that open a subordinate clause; fronted, that clause ends at its comma. */
const SUBORDINATOR = new Set(['if', 'unless', 'when', 'whenever', 'once', 'until', 'although', 'though', 'because', 'while', 'whilst', 'where', 'wherever']);
/** Does the clause part holding token i open with a subordinator (at the clause's start or after a comma)? */
function frontedSubordinate(toks: readonly Token[], i: number): boolean {
  let k = i;
  while (k > 0 && toks[k - 1]!.clause === toks[i]!.clause && !toks[k]!.comma) k--;
  return SUBORDINATOR.has(toks[k]!.w) && k < i;
}
const INFINITIVE_VERB = new Set(['plans', 'planning', 'wants', 'hopes', 'intends', 'agreed', 'agrees', 'wishes', 'expects', 'aims', 'continues', 'tries', 'tried', 'learning', 'learned', 'chose', 'decided', 'needs']);
/** Denial triggers, and the negators that turn one into an admission ("did not deny"). */
const DENIAL = new Set(['denies', 'denied', 'deny', 'denying']);
const DENIAL_NEGATOR = /^(?:not|never|didn't|doesn't|don't|did not|does not|do not|cannot|could not|couldn't)$/;
const SHE = new Set(['she', 'her', 'herself']);
/** People a note names by description only; the subject of their clause when they stand as one. */
const PEERS = new Set(['boy', 'girl', 'man', 'woman', 'peer', 'peers', 'classmate', 'classmates', 'stranger', 'strangers', 'kids', 'students']);
/** Words for the client as a child, in a parent's or a school's note: not another person for a pronoun. */
const CHILD_WORDS = new Set(['child', 'son', 'daughter', 'kid', 'student']);
/** Verbs whose complement clause has its own subject: "believes her son may have autism". */
const COMPLEMENT_VERBS = new Set(['reports', 'reported', 'says', 'said', 'states', 'stated', 'notes', 'noted', 'thinks', 'believes', 'believed', 'worries', 'worried', 'fears', 'feared', 'suspects', 'suspected', 'disclosed', 'discloses', 'learned', 'mentioned', 'mentions', 'explains', 'explained', 'shares', 'shared', 'adds', 'added', 'indicates', 'indicated']);
const HE = new Set(['he', 'him', 'his', 'himself']);
/** Verbs that make the person before them the one who reports, not necessarily the one it is about. */
const REPORTING = new Set(['reports', 'reported', 'says', 'said', 'states', 'stated', 'notes', 'noted', 'describes', 'described', 'wrote', 'writes', 'shares', 'shared', 'explains', 'explained', 'tells', 'told', 'notices', 'noticed', 'feels', 'felt', 'worries', 'worried', 'agrees', 'agreed', 'thinks', 'believes', 'adds', 'added', 'confirmed', 'confirms', 'denies', 'denied', 'indicates', 'indicated', 'mentioned', 'mentions']);
const OBJECT_PRONOUNS = new Set(['her', 'him', 'them', 'me', 'his', 'their', 'my', 'our', 'your']);
// ("s": the possessive of "Pt's younger brother", split off by normalisation.)
const DETERMINERS = new Set([...OBJECT_PRONOUNS, 'the', 'a', 'an', 'ex', 'either', 'both', 'any', 'each', 'older', 'younger', 'adult', 'former', 'late', 's']);
const SUBJECT_BEFORE = new Set(['and', 'but', 'that', 'who', 'because', 'when', 'while', 'if', 'as', 'since', 'although', 'though', 'family', 'whose']);
const PREPOSITIONS = new Set(['with', 'to', 'about', 'for', 'from', 'over', 'at', 'of', 'on', 'toward', 'towards', 'against', 'like', 'than', 'behind', 'among', 'between', 'into', 'around', 'visiting', 'visited', 'called', 'calls', 'told', 'tells', 'asked', 'asks']);

// Segments are cited by many sentences and drafts are verified again on retry: each text's tokens
// are read once and kept with its shared analysis (analysis.ts; a pure function of the text).
const once = readerFor('context');

/** The tokens of a text with their context. Callers must not mutate the result: it is shared. */
export function analyse(text: string): readonly CToken[] {
  return once('tokens', text, analyseUncached);
}

const CESSATION = new Set(['stopped', 'discontinued', 'ceased']);
/** Round 13: what a negated head comes from, with or by; a definite one is presupposed. */
const SOURCE_PREP = new Set(['from', 'with', 'by']);
const PHRASE_END = new Set(['about', 'of', 'for', 'to', 'in', 'at', 'on', 'since', 'after', 'before', 'and', 'or', 'but', 'as', 'because', 'so', 'over', 'during', 'regarding']);
const DEFINITE = new Set(['the', 'his', 'her', 'their', 'my', 'its', 'this', 'that', 'these', 'those', 'our', 'your']);
const AS_SUBJECT = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'her', 'his', 'their', 'the', 'my']);
const AS_COMPARE = new Set(['as', 'such', 'same', 'well', 'much', 'many', 'soon', 'long', 'far']);
const MID_ADVERB = new Set(['also', 'now', 'since', 'then', 'completely', 'entirely', 'fully', 'largely', 'recently', 'subsequently']);
const JUDGED = new Set(['considered', 'deemed', 'felt', 'thought', 'judged', 'clinically', 'currently', 'to', 'be']);
const NOT_NEEDED = new Set(['indicated', 'required', 'warranted', 'needed', 'necessary', 'recommended', 'advised', 'appropriate', 'suitable', 'justified']);
const ADVERBIAL = new Set(['last', 'this', 'yesterday', 'today', 'on', 'in', 'at', 'due', 'because', 'after', 'since', 'per', 'by', 'for', 'secondary', 'when', 'following', 'earlier', 'recently', 'over', 'two', 'three', 'several']);
const LATER = new Set(['since', 'now', 'currently', 'today', 'recently', 'lately', 'after', 'thereafter']);

function analyseUncached(text: string): CToken[] {
  // (From the normalised text the analysis keeps: the risk check reads it too.)
  const base = tokenize(text, normalisedOf(text));
  // Built field by field (no spread): one object shape for every token keeps this fast.
  const toks: CToken[] = base.map((t, i) => ({ w: t.w, key: t.key, clause: t.clause, num: t.num, comma: t.comma === true, raw: t.raw, i, neg: false, uncertain: false, belief: false, hyp: false, time: null, who: 'client', whoNamed: false, trigger: false, axes: NO_AXES }));
  const n = toks.length;
  // (matchAt for this text's tokens, asked only where a token starts some phrase: PHRASE_STARTS.)
  const starts = toks.map((t) => PHRASE_STARTS.has(t.w));
  const phraseLength = (i: number, index: PhraseIndex): number => (starts[i] === true ? matchAt(toks, i, index) : 0);

  // Negation: pseudo-triggers first (they mask), then pre-triggers forward, post-triggers back.
  const masked = new Array<boolean>(n).fill(false);
  for (let i = 0; i < n; i++) {
    const l = phraseLength(i, PSEUDO);
    for (let k = 0; k < l; k++) {
      masked[i + k] = true;
      toks[i + k]!.trigger = true;
    }
  }
  for (let i = 0; i < n; i++) {
    if (masked[i]) continue;
    const l = phraseLength(i, PRE);
    if (l === 0) continue;
    // ("is not sure", "was not certain": a trigger that runs into a pseudo-trigger is that pseudo-trigger.)
    if (masked.slice(i, i + l).some(Boolean)) continue;
    for (let k = 0; k < l; k++) toks[i + k]!.trigger = true;
    const clause = toks[i]!.clause;
    // A negative-polarity noun negates the one function it names ("trouble sleeping"), nothing after.
    const impairment = NEG_IMPAIRMENT.has(toks.slice(i, i + l).map((t) => t.w).join(' '));
    if (impairment && IMPAIRMENT_LOCUS.has(toks[i + l]?.w ?? '')) {
      i += l - 1;
      continue;
    }
    const window = impairment ? 1 : NEG_WINDOW;
    // "did not deny SI", "never denied": a denial negated is an admission; its scope is affirmed.
    const prev = toks[i - 1];
    const affirm = DENIAL.has(toks[i]!.w) && prev !== undefined && prev.clause === clause && prev.trigger && DENIAL_NEGATOR.test(prev.w);
    // "Neither partner reported fear", "nobody reported…": the negated subject's report is denied too.
    const subjectNeg = toks[i]!.w === 'neither' || toks[i]!.w === 'nobody';
    for (let j = i + l, seen = 0; j < n && seen < window; j++) {
      const t = toks[j]!;
      // A termination term right after the trigger is its verb ("has never had", "no longer has"), not a new claim.
      if (t.clause !== clause || ((j > i + l || !AUXILIARY.has(t.w)) && ends(toks, j, TERMINATE) && !(subjectNeg && REPORTING.has(t.w) && j <= i + l + 2))) break;
      // A comma before a new predicate ends the scope: "without a medical cause, is being addressed",
      // "no longer trusts Devan, and Devan feels guilty". A comma before a bare word stays inside
      // it: "denies SI, HI, and AVH" is one list.
      if (j > i + l && t.comma && newPredicate(toks, j)) break;
      // (Round vfa2.) A negation inside a fronted subordinate clause ends with it: "if his drinking does
      // not fall further, a referral will be considered", "when she cannot sleep, she reads".
      if (j > i + l && t.comma && frontedSubordinate(toks, i)) break;
      // (Round 13.) A definite thing the negated head is from, with or by ("no side effects from the
      // mirtazapine", "no improvement with the fluoxetine", "no concerns raised by her neighbours")
      // is presupposed, not denied; an indefinite one stays inside ("denies SI with a plan").
      // (Only that phrase: "…by her neighbours about the house" still denies concern about the house.)
      if (j > i + l && seen > 0 && SOURCE_PREP.has(t.w) && DEFINITE.has(toks[j + 1]?.w ?? '') && toks[j + 1]!.clause === clause) {
        let k = j + 2;
        while (k < n && k < j + 5 && toks[k]!.clause === clause && !PHRASE_END.has(toks[k]!.w) && !toks[k - 1]!.comma) k++;
        j = k - 1;
        continue;
      }
      // "no family support locally as her son lives in Canada": "as" before a new subject is a
      // reason clause, outside the negation (not the "as" of "as well as", "such as", "as bad as").
      if (j > i + l && t.w === 'as' && AS_SUBJECT.has(toks[j + 1]?.w ?? '') && !toks.slice(Math.max(0, j - 3), j).some((x) => AS_COMPARE.has(x.w))) break;
      t.neg = !affirm;
      // The window counts words that say something: "denies any history of physical or sexual abuse".
      if (!GENERIC.has(t.w)) seen++;
    }
    // "has done nothing wrong" is "has not done anything wrong": a verb whose object is
    // "nothing" is denied, as the same verb under "not" would be.
    if (l === 1 && toks[i]!.w === 'nothing' && i > 0) {
      const v = toks[i - 1]!;
      if (v.clause === clause && !GENERIC_NOT_VERB.has(v.w) && !NEG_WORDS.has(v.w) && /(?:ed|en|ne|id|ht|de|ew|ve)$/.test(v.w)) v.neg = true;
    }
    i += l - 1;
  }
  for (let i = 0; i < n; i++) {
    if (masked[i]) continue;
    const l = phraseLength(i, POST);
    if (l === 0) continue;
    const clause = toks[i]!.clause;
    const after = toks[i + l];
    // "Quetiapine was stopped last month", "valproate discontinued last week due to tremor": a
    // cessation followed by when or why, not by its object, is post-position (in the draft and the
    // source alike), as is a passive one whatever follows it.
    // ("has not stopped", "never ceased": a cessation negated is the act going on, no trigger.)
    if (l === 1 && CESSATION.has(toks[i]!.w) && toks.slice(Math.max(0, i - 2), i).some((x) => x.clause === clause && (NEG_WORDS.has(x.w) || x.w === "n't"))) continue;
    // ("has also stopped", "was then discontinued": an adverb may stand between auxiliary and verb.)
    const auxBefore = i > 0 && toks[i - 1]!.clause === clause && (AUX_BE.has(toks[i - 1]!.w) || (MID_ADVERB.has(toks[i - 1]!.w) && i > 1 && AUX_BE.has(toks[i - 2]!.w)));
    const passiveStop = l === 1 && CESSATION.has(toks[i]!.w) && (auxBefore || (i > 0 && toks[i - 1]!.clause === clause && ADVERBIAL.has(after?.w ?? '')));
    // ("nausea resolved, mood better": a comma after the trigger ends what it says, too.)
    if (!passiveStop && after !== undefined && after.clause === clause && after.comma !== true && !TERMINATE.has(after.w) && !TERMINATE_BACK.has(after.w)) continue;
    // "used opioids in March, none since": "none" with a later time after a comma denies the use
    // since then, not the use the clause before it dates.
    if (toks[i]!.w === 'none' && l === 1 && i > 0 && toks[i]!.comma === true && toks[i - 1]!.clause === clause && LATER.has(after?.w ?? '')) {
      toks[i]!.trigger = true;
      continue;
    }
    for (let k = 0; k < l; k++) toks[i + k]!.trigger = true;
    let hit = false;
    for (let j = i - 1, seen = 0; j >= 0 && seen < NEG_WINDOW; j--) {
      const t = toks[j]!;
      if (t.clause !== clause || TERMINATE_BACK.has(t.w)) break;
      t.neg = true;
      hit = true;
      seen++;
      if (t.comma === true) break;
    }
    // "Screened for IPV: negative", "asked about SI; client said no" — a clause that is only the
    // answer applies to the clause before.
    let onlyAnswer = true;
    for (let j = i - 1; j >= 0 && toks[j]!.clause === clause; j--) if (!GENERIC.has(toks[j]!.w) && !CLIENT_REFS.has(toks[j]!.w)) onlyAnswer = false;
    if (onlyAnswer) hit = false;
    const start = toks.findIndex((t) => t.clause === clause);
    if (!hit && start > 0 && toks[start - 1]!.clause === clause - 1 && (i + l >= n || toks[i + l]!.clause !== clause)) {
      // Only what was asked about: the words after "about" / "for" when the question names it.
      let from = start - 1;
      while (from > 0 && toks[from - 1]!.clause === clause - 1) from--;
      for (let j = start - 1; j >= from; j--) {
        if (['about', 'for', 'regarding', 're'].includes(toks[j]!.w)) {
          from = j + 1;
          break;
        }
      }
      for (let j = from; j < start; j++) toks[j]!.neg = true;
    }
  }

  // "Hypothyroidism ruled out (TSH normal)", "a bleed was excluded": a rule-out written after what it
  // excludes denies that, though more words follow it in the clause.
  for (let i = 1; i < n; i++) {
    if (masked[i] || !((toks[i]!.w === 'ruled' && toks[i + 1]?.w === 'out') || toks[i]!.w === 'excluded')) continue;
    let j = i - 1;
    while (j >= 0 && AUX_BE.has(toks[j]!.w) && toks[j]!.clause === toks[i]!.clause) j--;
    for (let seen = 0; j >= 0 && seen < 4; j--, seen++) {
      const t = toks[j]!;
      if (t.clause !== toks[i]!.clause || TERMINATE_BACK.has(t.w) || CLIENT_REFS.has(t.w) || t.trigger) break;
      t.neg = true;
      if (t.comma === true) break;
    }
  }

  // (Round 13.) "Depot not indicated", "admission not required", "referral not needed": a judgement
  // of need negated after its subject denies that subject, and says nothing of what follows
  // ("not warranted per the medical team"). A pronoun before it ("she is not required to") keeps
  // the ordinary forward scope.
  for (let i = 1; i + 1 < n; i++) {
    // ("not considered necessary", "not felt to be indicated": a verb of judging may stand between.)
    let a = i + 1;
    while (a < n && a <= i + 4 && JUDGED.has(toks[a]!.w)) a++;
    if (masked[i] || toks[i]!.w !== 'not' || a >= n || !NOT_NEEDED.has(toks[a]!.w) || toks[a]!.clause !== toks[i]!.clause) continue;
    const clause = toks[i]!.clause;
    let j = i - 1;
    while (j >= 0 && AUX_BE.has(toks[j]!.w) && toks[j]!.clause === clause) j--;
    let hit = false;
    for (let seen = 0; j >= 0 && seen < 4; j--, seen++) {
      const t = toks[j]!;
      if (t.clause !== clause || TERMINATE_BACK.has(t.w) || CLIENT_REFS.has(t.w) || t.trigger) break;
      t.neg = true;
      hit = true;
      if (t.comma === true) break;
    }
    if (hit) for (let k = a + 1; k < n && toks[k]!.clause === clause; k++) toks[k]!.neg = false;
  }

  // "school refusal", "medication refusal": the noun of refusing denies the word before it, as
  // "refusing school" does.
  for (let i = 1; i < n; i++) {
    const t = toks[i]!;
    const prev = toks[i - 1]!;
    if (!/^refusals?$/.test(t.w) || prev.clause !== t.clause || prev.trigger || GENERIC.has(prev.w)) continue;
    t.trigger = true;
    prev.neg = true;
  }

  // Certainty, hypothetical, time: a trigger marks its whole clause (ConText's default scope is
  // the sentence; our clauses are the sentence cut at ; : and brackets).
  const clauses = new Map<number, CToken[]>();
  for (const t of toks) {
    const list = clauses.get(t.clause);
    if (list === undefined) clauses.set(t.clause, [t]);
    else list.push(t);
  }
  /** Marks the scope of a qualifier: forward to a termination term, or backward for a post-qualifier. */
  // `words`: count only words that state something (not function words, triggers or people), so
  // "thoughts of harming the baby" and "images of the baby being hurt" reach their one object.
  const scope = (i: number, len: number, dir: 1 | -1, mark: (t: CToken) => void, max = 12, words = false): void => {
    for (let k = 0; k < len; k++) toks[i + k]!.trigger = true;
    const clause = toks[i]!.clause;
    const stop = dir === 1 ? TERMINATE : TERMINATE_BACK;
    for (let j = dir === 1 ? i + len : i - 1, seen = 0, all = 0; j >= 0 && j < n && seen < max; j += dir, all++) {
      const t = toks[j]!;
      if (t.clause !== clause || (dir === 1 ? ends(toks, j, stop) || (t.comma === true && all > 0) : stop.has(t.w))) break;
      if (!words || !(GENERIC.has(t.w) || t.trigger || OTHER_PEOPLE.has(t.w) || NEG_WORDS.has(t.w))) seen++;
      mark(t);
      // Backwards, a comma ends the scope: "Since prazosin was started, the nightmares have stopped".
      if (dir === -1 && t.comma === true) break;
    }
  };
  for (let i = 0; i < n; i++) {
    const u = phraseLength(i, UNC);
    if (u > 0) {
      const belief = BELIEF.has(toks[i]!.w);
      scope(i, u, 1, (t) => {
        t.belief = t.uncertain ? t.belief && belief : belief;
        t.uncertain = true;
      });
    }
    // ("a wish to die" is the noun, whose object the risk reading owns; "they wish to" the verb.)
    const h = toks[i]!.w === 'wish' && ['a', 'an', 'the', 'her', 'his', 'their', 'my', 'any', 'no'].includes(toks[i - 1]?.w ?? '') ? 0 : phraseLength(i, HYP);
    // "urges to self-harm", "thoughts of death": the urge or thought covers its object, no more.
    const short = /^(?:urge|thought|fear|afraid|image|intrusive)/.test(toks[i]!.w);
    if (h > 0) scope(i, h, 1, (t) => (t.hyp = true), short ? 1 : 12, short);
    // ("fear of the other": the fear itself is a fact that can be denied or stated, not only a trigger.)
    if (h > 0 && /^(?:fear|fears|afraid)$/.test(toks[i]!.w)) toks[i]!.trigger = false;
    const q = phraseLength(i, QUAL_POST);
    if (q > 0) {
      const hypothetical = toks[i]!.w.startsWith('urge') || toks[i]!.w === 'ideation' || toks[i]!.w === 'thoughts';
      // "suicidal thoughts", "self-harm urges": a hypothetical qualifier reaches back one word, and
      // not at all when its object follows ("urges to self-harm").
      const objectAfter = ['of', 'to', 'about'].includes(toks[i + q]?.w ?? '');
      // Only a risk is made hypothetical this way ("suicidal ideation" is not an attempt).
      if (!hypothetical) scope(i, q, -1, (t) => (t.uncertain = true));
      else if (!objectAfter) scope(i, q, -1, (t) => (t.hyp = RISK_WORD.test(t.w) || t.hyp), 1);
    }
  }
  for (const [, ct] of clauses) {
    const first = ct[0]!.i;
    // Time holds for a stretch of the clause between conjunctions ("denies current SI and has a
    // history of one attempt in 2015"): the first time phrase of the stretch decides.
    let time: Time = null;
    let mixed = false;
    let stretch: CToken[] = [];
    // Two different times in one stretch ("from 19 last month to 14 today") say nothing
    // about any one word: the stretch is left without a time.
    const close = (): void => {
      for (const t of stretch) t.time = mixed ? null : time;
      stretch = [];
      time = null;
      mixed = false;
    };
    for (let i = first; i < first + ct.length; i++) {
      const tok = toks[i]!;
      if (TERMINATE_BACK.has(tok.w) && stretch.length > 0) close();
      stretch.push(tok);
      // "past week" is current, "in the past" historical: the longest phrase decides.
      const c = phraseLength(i, CUR);
      const p = phraseLength(i, HIST);
      // ("going to a lunch club", "going to the gym": a movement, not a future, before a determiner.)
      const fut = phraseLength(i, FUT);
      const f = fut === 2 && tok.w === 'going' && DETERMINERS.has(toks[i + 2]?.w ?? '') ? 0 : fut;
      const year = tok.num !== undefined && tok.num >= 1950 && tok.num <= 2100 && ['in', 'since', 'during'].includes(toks[i - 1]?.w ?? '') ? 1 : 0;
      const len = Math.max(c, p, f, year);
      if (len > 0) {
        const now: Time = f === len ? 'future' : c === len ? 'current' : 'past';
        if (time === null) time = now;
        else if (time !== now) mixed = true;
        for (let k = 0; k < len; k++) {
          toks[i + k]!.trigger = true;
          if (k > 0) stretch.push(toks[i + k]!);
        }
        i += len - 1;
      }
    }
    close();
    // Experiencer: the nearest person named before the word in its clause, else the first one
    // after it ("For fighting, her son was suspended"), else the client. "by <person>" names the
    // agent of what precedes it ("abuse by her uncle").
    const refs: Array<{ i: number; who: string; by: boolean; named: boolean }> = [];
    for (const t of ct) {
      // (Also the unnamed others of a child's or a school's note: "an older boy hit him".)
      // (Only indefinite: "the boy" in a child's note is the client.)
      const isOther = OTHER_PEOPLE.has(t.w) || (PEERS.has(t.w) && [toks[t.i - 1]?.w, toks[t.i - 2]?.w].some((w) => w === 'a' || w === 'an' || w === 'another' || w === 'other' || w === 'some' || w === 'several'));
      if (!isOther && (!CLIENT_REFS.has(t.w) || OBJECT_PRONOUNS.has(t.w))) continue;
      // A pronoun is the client's unless the text has named someone of its gender before it; then
      // it may be either ("Daughter says she feels watched"), and is taken as that person, unnamed.
      let who = isOther ? t.w : 'client';
      let named = true;
      const gender = SHE.has(t.w) ? FEMALE : HE.has(t.w) ? MALE : null;
      if (gender !== null) {
        for (let k = t.i - 1; k >= 0; k--) {
          if (gender.has(toks[k]!.w)) {
            who = toks[k]!.w;
            named = false;
            break;
          }
        }
        // "Partner B acknowledged he had…": a person of no stated gender named before may be the one.
        if (who === 'client') {
          const other = toks.slice(0, t.i).reverse().find((x) => OTHER_PEOPLE.has(x.w) && !FEMALE.has(x.w) && !MALE.has(x.w) && !CHILD_WORDS.has(x.w));
          if (other !== undefined) {
            who = other.w;
            named = false;
          }
        }
      } else if (t.w === 'they' || t.w === 'i') named = !toks.some((x) => x.i < t.i && OTHER_PEOPLE.has(x.w));
      // "Mother reports…", "Teacher notes…": the one who reports; whom it is about stays open.
      if (isOther && REPORTING.has(toks[t.i + 1]?.w ?? '') && toks[t.i + 1]!.clause === t.clause) named = false;
      // "Per mother, …": who told, not whom it concerns.
      if (isOther && toks[t.i - 1]?.w === 'per') named = false;
      // The word before the person, skipping a possessive ("by her uncle", "with his sister").
      let j = t.i - 1;
      while (j >= first && DETERMINERS.has(toks[j]!.w) && !toks[j + 1]!.comma) j--;
      const before = j >= first && !toks[j + 1]!.comma ? toks[j]!.w : '';
      if (before === 'by' && !AGENT_OF.test(toks[j - 1]?.w ?? '') && !RISK_ACT.has(toks[j - 1]?.w ?? '')) continue;
      if (before === 'by') {
        refs.push({ i: t.i, who: isOther ? t.w : 'client', by: true, named: true });
        continue;
      }
      // Only a subject says whom the clause is about: at the start, after a conjunction, a
      // reporting verb or the client ("client's mother"). Someone the client argued with, visited
      // or spoke about is an object.
      // (A nominative pronoun is a subject wherever it stands: "Since Dad passed in March I…".)
      // (After a verb of saying or believing, a person opens the reported clause as its subject.)
      if (before !== '' && !SUBJECT_BEFORE.has(before) && !CLIENT_REFS.has(before) && !GENERIC.has(before) && !NOMINATIVE.has(t.w) && !(COMPLEMENT_VERBS.has(before) && isOther)) continue;
      if (PREPOSITIONS.has(before)) continue;
      // "Client and partner had fewer arguments": a joint subject speaks for both.
      const joint = before === 'and' && j - 1 >= first && (OTHER_PEOPLE.has(toks[j - 1]!.w) || CLIENT_REFS.has(toks[j - 1]!.w));
      if (joint) refs[refs.length - 1] = { i: t.i, who: 'family', by: false, named: true };
      else refs.push({ i: t.i, who, by: false, named });
    }
    // "her father, who died in May": what follows "who" is about the person before it.
    for (const t of ct) {
      const prev = toks[t.i - 1];
      if (t.w === 'who' && prev !== undefined && prev.clause === t.clause && OTHER_PEOPLE.has(prev.w)) refs.push({ i: t.i, who: prev.w, by: false, named: true });
    }
    refs.sort((a, b) => a.i - b.i);
    // A clause that opens on its verb ("Argued with her sister") is the client's: that is how a
    // note leaves out its subject.
    const opener = toks[first]!;
    // (Inflected only: a bare "Plan includes…" opens on a noun.)
    const telegraphic = !OTHER_PEOPLE.has(opener.w) && (REPORTING.has(opener.w) || (posOf(opener.w) === 'v' && lemma(opener.w) !== opener.w));
    if (telegraphic) for (const t of ct) t.whoNamed = true;
    if (refs.length > 0) {
      for (const t of ct) {
        const agent = refs.find((r) => r.by && r.i > t.i && r.i - t.i <= 4);
        let before: (typeof refs)[number] | undefined;
        for (let k = refs.length - 1; k >= 0 && before === undefined; k--) if (refs[k]!.i < t.i && !refs[k]!.by) before = refs[k];
        const after = refs.find((r) => r.i > t.i);
        const ref = agent ?? before ?? after;
        t.who = ref?.who ?? 'client';
        // A person named only after the word ("For fighting, her son was suspended") is a guess.
        t.whoNamed = ref !== undefined && (ref === agent || ref !== after) ? ref.named : telegraphic;
        // "his cancer diagnosis": a possessive names the person last mentioned, wherever it stood.
        const prev = toks[t.i - 1];
        if (prev !== undefined && prev.clause === t.clause && ['his', 'her', 'their'].includes(prev.w)) {
          // (Of the possessive's gender: "his daughter says that he loses his keys" — the keys are not hers.)
          const other = ct.filter((x) => x.i < t.i && OTHER_PEOPLE.has(x.w) && !(prev.w === 'his' && FEMALE.has(x.w)) && !(prev.w === 'her' && MALE.has(x.w))).pop();
          // (R03, round vfa3: not past a subject pronoun of the possessive's gender, "her mother reports
          // that she stays in her room": the room is the pronoun's, and whom that means stays open.)
          const subjectBetween = other !== undefined && ct.some((x) => x.i > other.i && x.i < prev.i && (prev.w === 'her' ? x.w === 'she' : prev.w === 'his' ? x.w === 'he' : x.w === 'they'));
          if (other !== undefined && !subjectBetween) {
            t.who = other.w;
            t.whoNamed = true;
          }
        }
        // "the death of her father", "his mother's illness" written as "illness of his mother": a
        // noun followed by "of" and a person is that person's.
        if (toks[t.i + 1]?.w === 'of' && toks[t.i + 1]!.clause === t.clause) {
          let k = t.i + 2;
          // (Only with a possessive: "custody of the children" is not the children's.)
          const possessive = ['her', 'his', 'their', 'my', 'client', "client's"].includes(toks[k]?.w ?? '');
          while (k < n && k <= t.i + 4 && DETERMINERS.has(toks[k]!.w)) k++;
          const person = toks[k];
          if (possessive && person !== undefined && person.clause === t.clause && OTHER_PEOPLE.has(person.w)) {
            t.who = person.w;
            t.whoNamed = true;
          }
        }
      }
    }
  }

  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    const multi = AXIS_MULTI.get(t.w)?.find(([p]) => phraseAt(toks, i, p));
    if (multi !== undefined) for (let k = 0; k < multi[0].length; k++) toks[i + k]!.axes = [...toks[i + k]!.axes, multi[1]];
    // ("did not complete": the auxiliary before a negation states nothing; the verb after it does.)
    else if (t.axes === NO_AXES && !(t.w === 'did' && toks[i + 1]?.trigger === true)) {
      t.axes = t.num === undefined ? axesOf(t.w, t.key) : NO_AXES;
      // "more than a year", "fewer than three": a bound on an amount, not a change of it.
      if (['more', 'less', 'fewer'].includes(t.w) && toks[i + 1]?.w === 'than') t.axes = NO_AXES;
      // "up"/"down" after a verb is its particle ("locked up", "wrote down"), not a change.
      if ((t.w === 'up' || t.w === 'down') && i > 0 && posOf(toks[i - 1]!.w) === 'v' && !AUX_BE.has(toks[i - 1]!.w) && !['from', 'to', 'by'].includes(toks[i + 1]?.w ?? '') && toks[i + 1]?.num === undefined) t.axes = NO_AXES;
    }
  }
  return toks;
}
