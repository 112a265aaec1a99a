// Claim-level verification (issue 15): one draft sentence against the segments it cites, for
// meaning rather than shared words. Both sides go through the same normalisation (shorthand,
// paraphrase classes, numbers) and the same NegEx/ConText annotation; then, concept by concept:
//   CONTRADICTED  a concept the source holds with another polarity, time, certainty or person;
//                 a risk with the opposite polarity; an opposite value on an axis (increased /
//                 decreased, started / stopped, attended / missed); another number for the same
//                 unit; "from A to B" reversed; another value of the same class in the same slot
//                 (a weekday, a person, a drug of the same class, in person against video: slots.ts).
//   UNSUPPORTED   content words, numbers, risks or quotes that no cited segment holds.
//   SUPPORTED     otherwise.
// Each verdict carries its reasons in words a clinician reads. Pure functions, no I/O.
import { riskCategories, unfoundQuotes, type RiskCategory } from '../grounding.ts';
import { clearTextAnalyses, lowerOf } from './analysis.ts';
import { analyse, type CToken } from './context.ts';
import { compareRisk } from './risk.ts';
import { compareDimensions } from './dimensions.ts';
import { boundedAbsenceAgrees, measureConflicts } from './measures.ts';
import { heldSlotWords, slotConflicts } from './slots.ts';
import { frameConflicts } from './frames.ts';
import { moreFrameConflicts } from './frames2.ts';
import { round12Conflicts } from './frames12.ts';
import { clearContrast15Cache, contrast15Conflicts } from './contrast15.ts';
import { CLIENT_REFS, GENERIC, INCIDENT_VERBS, KIN_COUNTERPART, LIGHT_VERBS, OTHER_PEOPLE, PARTICLES, PHRASES, SHELL_NOUNS, SUMMARY_DOMAINS } from './lexicon.ts';
import { synonymous, synonymousForSupport } from './synonyms.ts';
import { forms, isSpecialistTerm, lemma, lemmas, licenses, posOf } from './wordnet.ts';
import { flatMap, flatten, keyBucket, normalise, normalisedOf, sameKey, stem, matchesOf } from './text.ts';
import { alignQuantities, converseCovers, drinkCovers, drugClassCovers, isPhrasalParticle, kinCovers, settingText, nameClassMembers, registerCovers, restatedNumber } from './equivalence.ts';
import { alignComplements } from './complements.ts';
import { calibrate } from './calibrate.ts';
import { framingWord, restates, type RestateInput } from './restates.ts';
import type { ClaimVerdict, RiskPolarity } from './types.ts';

export type { ClaimLabel, ClaimVerdict, RiskPolarity } from './types.ts';
/**
 * Empties every text's shared analysis (analysis.ts: tokens, risk mentions, slots, frames, risk
 * categories): for cold-cache measurements. Vocabulary memos (stems, WordNet lemmas) are kept.
 */
export function clearAnalysisCache(): void {
  clearTextAnalyses();
  clearContrast15Cache();
}

// Words that name a clinical fact on their own: a draft that adds one is never "just paraphrasing".
const CLINICAL =
  'insight judgment judgement hallucination delusion delusional paranoia paranoid psychosis psychotic trauma traumatic flashback nightmare panic ' +
  'depression anxiety mania manic insomnia anorexia bulimia binge purge purging restrict restricting ocd ptsd adhd autism bipolar schizophrenia dementia ' +
  'seizure pregnancy pregnant divorce divorced custody arrest arrested police court jail prison probation lawsuit fired hospital er emergency ambulance ' +
  'weapon gun firearm knife rope pills overdose diagnosis diagnosed prescribed medication dose referral referred therapy therapist psychiatrist ' +
  'emdr dbt cbt act exposure hypnosis journal journaling gratitude meditation yoga gym diet dietitian nutritionist tutor tutoring school work job ' +
  'insurance money debt loan rent eviction homeless shelter threat threaten threatened threatening';
const SALIENT = new Set([
  ...CLINICAL.split(' ').map(stem),
  ...[...OTHER_PEOPLE].map(stem),
  ...'january february march april june july august september october november december maymonth monday tuesday wednesday thursday friday saturday sunday'.split(' ').map(stem),
]);
/**
 * The canonical words of the paraphrase classes name clinical facts ("insomnia", "isolate") when
 * they are nouns; the everyday verbs and adjectives among them ("received", "returned", "low")
 * re-word a relation like any other verb (checked lazily: the WordNet list loads on first use).
 */
const CANON = new Set(flatMap(PHRASES, ([, canon]) => canon.split(' ')).map(stem));
const salientCanon = (w: string): boolean => {
  if (!CANON.has(stem(w))) return false;
  const pos = posOf(w);
  return pos !== 'v' && pos !== 'a' && pos !== 'r';
};
const DRUG = /(?:azepam|azolam|oxetine|etine|aline|opram|apine|idone|azine|tyline|ipramine|olol|azole|afil|umab|prazole|sartan|statin|cillin|mycin|cycline|codone|morphine|trigine|ithium|pidem|fexine|faxine|piprazole|buspirone|amphetamine|amfetamine|phenidate|tiapine|epine|azosin|onidine|tonin)$/;
const SPECIALIST = /(?:ologist|iatrist|ician|therapist|ologists)$/;
/** The weight of an added everyday verb, adjective or adverb against a noun's 1. */
const LIGHT = 0.5;
/** Days and months: when something happened, never whose experience it was ("visits on Fridays"). */
const CALENDAR = new Set('january february march april june july august september october november december maymonth monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays'.split(' '));
/** Means of harm: a sentence about them is held to the source's own words, like one about risk. */
const MEANS = new Set(['firearm', 'firearms', 'gun', 'guns', 'weapon', 'weapons', 'knife', 'knives', 'rope', 'pills', 'razor', 'razors', 'ammunition']);
/** Words that deny what they stand beside ("excluded", "lacks"), as a negation trigger would. */
/** Privative words: a predicate that says an act did not happen or a level was not reached (round vfa2). */
const PRIVATIVE = /^(?:ignor(?:e|es|ed|ing)|refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|defer(?:s|red|ring)?|postpon(?:e|es|ed|ing)|below|without|loss|lack|forgot|forgets|forgotten|forgetting|neglect(?:s|ed|ing)?|avoid(?:s|ing|ance)?|fail(?:s|ing)?|misses|missing|skip(?:s|ping)?)$/;
const NEGATING_WORD = /^(?:excluded|ruled|lacks|lacking|lacked|absent|missing|free|devoid|unable|failed|omitted|skipped|avoided|none)$/;

/** Words of the draft that spell out, initial by initial, an acronym written in a cited segment. */
function spelledAcronyms(sentence: string, sources: readonly string[]): Set<string> {
  const out = new Set<string>();
  // (A plural acronym, "TFTs", spells the same words: R03, round vfa3.)
  const acronyms = new Set(flatMap(sources, (s) => s.match(/\b[A-Z]{2,5}(?=s?\b)/g) ?? []).map((a) => a.toLowerCase()));
  if (acronyms.size === 0) return out;
  const words = lowerOf(sentence).match(/[a-z]+/g) ?? [];
  const SKIP = new Set(['of', 'and', 'the', 'for', 'to', 'in']);
  for (const a of acronyms) {
    for (let i = 0; i < words.length; i++) {
      if (words[i]![0] !== a[0]) continue;
      const run: string[] = [];
      let k = 0;
      for (let j = i; j < words.length && k < a.length; j++) {
        if (words[j]![0] === a[k]) {
          run.push(words[j]!);
          k++;
        } else if (!SKIP.has(words[j]!)) break;
      }
      if (k === a.length && a.length >= 2) {
        for (const w of run) out.add(w);
        // (A paraphrase class may have joined the run into one word: "side effects" is "sideeffect".)
        out.add(run.join('')).add(run.join('').replace(/s$/, ''));
      }
    }
  }
  return out;
}

/** The initials of the written words of each text, function words skipped ("did not attend" gives "dna"). */
const ACRONYM_SKIP = new Set(['of', 'and', 'the', 'for', 'to', 'in', 'a', 'an', 'on', 'with']);
function initialsOf(sources: readonly string[]): string {
  return ` ${sources.map((s) => (s.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => !ACRONYM_SKIP.has(w)).map((w) => w[0]).join('')).join(' ')} `;
}

/** A word no dictionary knows (nor its singular) that begins a written source word at least three letters longer. */
function clipsWritten(w: string, written: readonly string[]): boolean {
  const clip = w.endsWith('s') ? w.slice(0, -1) : w;
  return clip.length >= 3 && clip.length <= 5 && posOf(w) === null && posOf(clip) === null && written.some((s) => s.length >= clip.length + 3 && s.startsWith(clip));
}

/** Words of the setting a note's header names, and the words of the draft that spell out its acronyms ("ED"). */
function setting(sentence: string, context: readonly string[]): Set<string> {
  const head = settingText(context);
  if (head === '') return new Set();
  return new Set([...(normalise(head).match(/[a-zà-ÿ]+/g) ?? []).filter((w) => w.length > 2), ...spelledAcronyms(sentence, [head])]);
}

/** The framing of a risk assessment: restates a risk the source states, adds nothing. */
const RISK_FRAME = new Set('assessment screen screening screened result results risk ideation thought thoughts urge urges behavior behaviour preparatory passive active intent plan access means conditional evaluated assessed asked directly'.split(' '));
const DOSE_WORDS = new Set(['dose', 'dosage', 'medication', 'mg']);
const isRiskWord = (w: string): boolean => RISK_OF.some(([, is]) => is(w));

/**
 * Is the word what a screening asked about ("screened for domestic violence", "violence was screened
 * for", "asked about sleep")? Such a word is neither stated nor denied, unless the clause gives a
 * finding ("screened positive for", "disclosed"): R03, round vfa3.
 */
const SCREENING = /^(?:assessment|screen|screened|screening|asked|assessed|enquired|explored)$/;
const FINDING = /^(?:positive|disclosed|disclosure|endorsed|endorses|reported|confirmed|admitted|present|identified)$/;
function screenedFor(t: CToken, toks: readonly CToken[]): boolean {
  if (t.neg) return false;
  const at = toks.find((x) => x.clause === t.clause && SCREENING.test(x.w) && Math.abs(x.i - t.i) <= 4 && (x.i < t.i ? ['for', 'about', 'regarding'].includes(toks[x.i + 1]?.w ?? '') : toks.slice(t.i + 1, x.i).some((y) => /^(?:was|were|is|been)$/.test(y.w))));
  return at !== undefined && !toks.some((y) => y.clause === t.clause && FINDING.test(y.w) && !y.neg);
}

/** Two words with a base form in common ("spoke" and "spoken" are both "speak"). */
const sameLemma = (a: string, b: string): boolean => {
  const x = lemmas(a);
  return x.length > 0 && lemmas(b).some((l) => x.includes(l));
};

/** A child named by the parent who reports: in child and family work, often the client. */
const CHILDREN = new Set(['son', 'daughter', 'child', 'kid', 'stepson', 'stepdaughter']);

/** Source verbs of a gradual change: a draft that calls it a rise or a fall adds no comparison. */
const CHANGE_VERB = /^(?:slip|slid|declin|climb|creep|crept|dwindl|fluctuat|worsen|improv)/;
/** Words that state a change, not a state: "better" needs a comparison in the source, "good" does not. */
const COMPARATIVE = new Set(['better', 'worse', 'improved', 'improving', 'improvement', 'improve', 'worsened', 'worsening', 'deteriorated', 'deteriorating', 'easier', 'harder'].map(stem));

/** "uncooperative" against "cooperative": a negating prefix on a word the source holds. */
function prefixOpposite(t: CToken, pool: Buckets): string | null {
  const m = /^(un|dis|in|im|non)([a-z]{4,})$/.exec(t.w);
  if (m === null) return null;
  const base = stem(m[2]!);
  // ("unchecked" against "without checking": the source negates the base word too.)
  return (pool.get(keyBucket(base)) ?? []).some((s) => s.key === base && !s.neg) ? m[2]! : null;
}

/** Words whose negation names an impaired function ("trouble concentrating"), and words of deficit ("poor concentration"). */
const IMPAIRED = /^(?:trouble|difficulty|difficulties|hard|struggle|struggles|struggled|struggling|unable|problem|problems|impaired)$/;
const DEFICIT = /^(?:poor|poorly|impaired|reduced|decreased|diminished|limited|low|weak|worse|bad|trouble|difficulty|difficult|(?:ir|ab|in|un)(?:regular|regularly|normal|normally|adequate|adequately|properly))$/;
/** Words that mark a number as the earlier of two ("previous 17", "was 17", "from 17"). */
const EARLIER = /^(?:previous|previously|prior|was|were|from|last|baseline|initially|initial|before)$/;
/** Words of a problem with a function, which a denial turns into the function intact (canonical "insomnia" included). */
const DENIED_PROBLEM = /^(?:insomnia|problem|problems|difficulty|difficulties|trouble)$/;
/** Degree words a negation turns into a deficit ("not … much", "not … well"). */
const DEGREE = /^(?:much|well|enough|properly|regularly|normally)$/;
/** Words that end or forbid an act ("stop driving", "quit smoking", "avoid alcohol"). */
const CEASE = /^(?:stop|stops|stopped|stopping|quit|quits|quitting|cease|ceased|avoid|avoids|avoided|avoiding|refrain|refrains|refrained|abstain|abstains|abstained|discontinue|discontinued|off)$/;

/** Units of mass, any of which restates an amount the source gives in another. */
const MASS_UNIT = /^(?:g|gm|grams?|kg|kgs|kilos?|kilograms?)$/;
/** Class words for a medication: each names whichever drug the source gives. */
const MED_CLASS = /^(?:medication|medications|medicine|medicines|tablet|tablets|capsule|capsules)$/;
/**
 * A drug the source names without a suffix the DRUG pattern knows ("codeine", "thiamine"): a clinical
 * word no general dictionary holds, beside a word of prescribing in its clause (R03, round vfa3).
 */
const PRESCRIBING = /^(?:prescribed|prescribes|prescribe|started|taking|takes|mg|mcg|dose|nocte|daily|bd|tds|prn)$/;
const prescribedName = (s: CToken, src: readonly CToken[], srcOf: ReadonlyMap<CToken, number>): boolean =>
  s.num === undefined && posOf(s.w) === null && isSpecialistTerm(s.w) && src.some((x) => x !== s && x.clause === s.clause && srcOf.get(x) === srcOf.get(s) && Math.abs(x.i - s.i) <= 3 && PRESCRIBING.test(x.w));
/** Verbs of appearance by which a writer hedges an inference ("appears to", "seems to"). */
const EVIDENTIAL = /^(?:appears?|appeared|seems?|seemed|suggests?|suggested|suggesting)$/;
/** Words that make an amount approximate ("about", "roughly", "~"). */
const APPROX = new Set(['about', 'approximately', 'roughly', 'around', 'nearly', 'almost', 'some', 'maybe', 'perhaps', 'estimated', 'approx', 'circa']);

const TIME_WORDS = new Set(
  'today tonight week weeks weekly month months monthly day days year years night nights morning mornings evening evenings afternoon weekend weekends hour hours minute minutes session last next past this recent lately daily nightly yesterday tomorrow'.split(' '),
);

/** A word that states something: not a function word, framing, person, time word, number or trigger. */
function isConcept(t: CToken): boolean {
  return t.num === undefined && !t.trigger && t.w.length > 1 && !GENERIC.has(t.w) && !OTHER_PEOPLE.has(t.w) && !CLIENT_REFS.has(t.w) && !TIME_WORDS.has(t.w) && t.axes.length === 0;
}

// ---- risk -----------------------------------------------------------------------------------------

// (A set built once: the list was an array literal built anew for every token it was asked about.)
const SUBSTANCE_WORDS = new Set(['alcohol', 'drug', 'cannabis', 'beer', 'beers', 'wine', 'liquor', 'vodka', 'opioid', 'opioids', 'cocaine', 'heroin', 'meth', 'fentanyl', 'relapse', 'sober', 'thc']);
const RISK_OF: ReadonlyArray<[RiskCategory, (w: string) => boolean]> = [
  ['suicide', (w) => w === 'suicide' || w.startsWith('suicid') || w === 'overdose'],
  ['homicide', (w) => w === 'homicide' || w.startsWith('homicid')],
  ['self_harm', (w) => w === 'selfharm'],
  ['abuse', (w) => w === 'abuse' || w === 'violence' || w === 'cps' || w.startsWith('neglect') || w.startsWith('assault') || w.startsWith('molest') || w === 'rape' || w === 'raped'],
  ['substance', (w) => SUBSTANCE_WORDS.has(w)],
];
const RISK_WORDS: Readonly<Record<RiskCategory, string>> = { suicide: 'suicidal ideation', homicide: 'homicidal ideation', self_harm: 'self-harm', abuse: 'abuse', substance: 'substance use' };

/** Each risk the tokens name, 'denied' when every mention of it is negated. */
function riskPolarities(toks: readonly CToken[]): Map<RiskCategory, RiskPolarity> {
  const out = new Map<RiskCategory, RiskPolarity>();
  // "Sober", "abstinent" say the use is absent, and so of what they stand beside ("60 days sober
  // from alcohol"): a relapse stays present.
  let soberIn: Set<number> | undefined;
  for (const t of toks) if (t.w === 'sober' && !t.neg) (soberIn ??= new Set()).add(t.clause);
  for (const t of toks) {
    // "last drink 12 days ago" names a use and the abstinence since: no polarity either way.
    if (t.i > 0 && toks[t.i - 1]!.w === 'last') continue;
    for (const [cat, is] of RISK_OF) {
      if (!is(t.w)) continue;
      // Only ever thought of, urged or planned is still present: "urges to self-harm" is a risk.
      const absent = cat === 'substance' && t.w !== 'relapse' && (t.w === 'sober' || soberIn?.has(t.clause) === true);
      const pol: RiskPolarity = t.neg !== absent ? 'denied' : 'present';
      if (out.get(cat) !== 'present') out.set(cat, pol);
    }
  }
  return out;
}

/** How a text speaks of each risk it names: stated ('present') or screened and denied. */
export function riskPolaritiesOf(text: string): Map<RiskCategory, RiskPolarity> {
  const cats = riskCategories(text);
  // Most segments of a transcript name no risk: nothing to analyse (the omitted-risk scan runs over all of them).
  if (cats.length === 0) return new Map();
  const pols = riskPolarities(analyse(text));
  return new Map(cats.map((c) => [c, pols.get(c) ?? 'present']));
}

/** 'denied' when every risk the text names is screened and denied; null when it names none. */
export function riskPolarityOf(text: string): RiskPolarity | null {
  const pols = [...riskPolaritiesOf(text).values()];
  if (pols.length === 0) return null;
  return pols.includes('present') ? 'present' : 'denied';
}

// ---- comparison ---------------------------------------------------------------------------------

const flipDone: Readonly<Record<string, string>> = {
  'completion:done': 'completion:undone',
  'completion:undone': 'completion:done',
  'screen:positive': 'screen:negative',
  'screen:negative': 'screen:positive',
  // "was not started" is not done.
  'medication:start': 'completion:undone',
  // "did not help" is the opposite of "helped"; "not worse" is read as better.
  'valence:better': 'valence:worse',
  'valence:worse': 'valence:better',
  'punctuality:late': 'punctuality:ontime',
  'punctuality:ontime': 'punctuality:late',
};

/** The axis values a token asserts, negation applied where it flips the value ("did not attend"). */
function axisValues(t: CToken): readonly string[] {
  if (!t.neg) return t.axes;
  return flatMap(t.axes, (a) => (flipDone[a] !== undefined ? [flipDone[a]] : []));
}

const who = (w: string): string => (w === 'client' ? 'the client' : `the ${w}`);
/** Names of one role: "his boss" is "his supervisor", "a colleague" a "coworker"; a parent is either parent. */
const ROLE: ReadonlyMap<string, string> = new Map([
  ['boss', 'supervisor'], ['manager', 'supervisor'], ['supervisor', 'supervisor'],
  ['colleague', 'coworker'], ['coworker', 'coworker'],
  ['neighbor', 'neighbour'], ['neighbour', 'neighbour'],
]);
const PARENT_OF = new Set(['mother', 'father']);
/** Does the clause join a person to another by "with" ("lives with her mother and brothers")? */
const joinedWith = (toks: readonly CToken[], clause: number): boolean =>
  toks.some((x) => x.clause === clause && x.w === 'with' && toks.slice(x.i + 1, x.i + 3).some((y) => y.clause === clause && (OTHER_PEOPLE.has(y.w) || CLIENT_REFS.has(y.w))));
/** Does the clause name this person (the client by a role word, anyone else by a kin word)? */
const namedIn = (toks: readonly CToken[], clause: number, who: string): boolean =>
  toks.some((x) => x.clause === clause && (who === 'client' ? CLIENT_REFS.has(x.w) : samePerson(x.w, who)));
const samePerson = (a: string, b: string): boolean =>
  a === b || (ROLE.has(a) && ROLE.get(a) === ROLE.get(b)) || (a === 'parent' && PARENT_OF.has(b)) || (b === 'parent' && PARENT_OF.has(a));
/** Source tokens by key bucket: matching a word costs a lookup, not a pass over the source. */
type Buckets = ReadonlyMap<string, readonly CToken[]>;
function buckets(src: readonly CToken[]): Buckets {
  const out = new Map<string, CToken[]>();
  for (const s of src) {
    const b = keyBucket(s.key);
    const list = out.get(b);
    if (list === undefined) out.set(b, [s]);
    else list.push(s);
  }
  return out;
}
const matches = (t: CToken, pool: Buckets): CToken[] => (pool.get(keyBucket(t.key)) ?? []).filter((s) => !s.trigger && s.num === undefined && sameKey(t.key, s.key));
/** Source words that are WordNet synonyms of a draft word the source does not hold as such. */
const synonyms = (t: CToken, src: readonly CToken[]): CToken[] => (t.num !== undefined || t.trigger ? [] : src.filter((s) => !s.trigger && s.num === undefined && (synonymous(t.key, s.key) || (s.raw !== undefined && (s.raw === t.key || synonymous(t.key, s.raw))) || (t.raw !== undefined && (t.raw === s.key || synonymous(t.raw, s.key))))));
/**
 * Does a source word share one of a draft word's first three WordNet senses ("phoning" for
 * "called", "chores" for "housework")? Only to decide that the draft word is not an invention:
 * such a pair is never compared for polarity or direction (see synonyms.ts).
 */
// People, risk words and the vocabulary of risk assessment are left out on both sides: "mother" and
// "father" share a verb sense ("to parent"), "gambling" and "risk" a verb sense, and either would
// hide a wrong person or an invented risk behaviour behind a paraphrase.
const wideable = (t: CToken): boolean => t.num === undefined && !t.trigger && !OTHER_PEOPLE.has(t.w) && !isRiskWord(t.w) && !RISK_FRAME.has(t.w);
const supportSynonym = (t: CToken, src: readonly CToken[]): boolean =>
  wideable(t) && src.some((s) => wideable(s) && (synonymousForSupport(t.key, s.key) || (s.raw !== undefined && synonymousForSupport(t.key, s.raw)) || (t.raw !== undefined && synonymousForSupport(t.raw, s.key))));

/**
 * A nominalisation or verb of a synonym ("awakenings" for "waking up", "recalled" for
 * "remembers"): a draft word one of whose forms (lemmas, derived forms, pertainyms) shares a
 * WordNet synonym set with a form of a source word. Support only, like `supportSynonym`.
 */
const formsCache = new Map<string, string[]>();
const formKeys = (w: string): string[] => {
  let f = formsCache.get(w);
  if (f === undefined) {
    f = [...new Set(forms(w).map(stem))];
    if (formsCache.size < 20_000) formsCache.set(w, f);
  }
  return f;
};
const formSynonym = (t: CToken, src: readonly CToken[]): boolean => {
  if (!wideable(t)) return false;
  const mine = formKeys(t.w);
  if (mine.length === 0) return false;
  return src.some((s) => wideable(s) && isConcept(s) && formKeys(s.w).some((y) => mine.some((x) => x === y || synonymousForSupport(x, y))));
};

/**
 * Words a source implies through its own domain, not through a synonym: a faithful draft names
 * the people, the result or the visit the source speaks of in other words. Each class covers its
 * members when the source holds any member (or, for results, any number or level word). They are
 * never compared for polarity, time or person: they only stop counting as additions.
 */
const IMPLIED: ReadonlyArray<{ words: ReadonlySet<string>; alsoBy?: (s: CToken) => boolean; inTimePhrase?: boolean }> = [
  // The people of a group, a workplace or a couple: "his twelve staff" for "team of 12",
  // "the other members" for "peers", "both partners" for "both".
  { words: new Set(['team', 'staff', 'member', 'members', 'employee', 'employees', 'coworker', 'coworkers', 'colleague', 'colleagues', 'peer', 'peers', 'worker', 'workers', 'group', 'participant', 'participants']) },
  { words: new Set(['partner', 'partners', 'couple', 'spouses']), alsoBy: (s) => s.w === 'both' },
  // What a test gives: "the results", "in the average range", "screening", for a source that
  // reports a score, a finding or a level.
  // (Round 11: what the instrument is — "both questionnaire scores", "the outcome measures".)
  { words: new Set(['result', 'results', 'range', 'finding', 'findings', 'testing', 'test', 'tests', 'screening', 'screen', 'scale', 'scales', 'assessment', 'assessed', 'lab', 'labs', 'bloodwork', 'questionnaire', 'questionnaires', 'measure', 'measures', 'inventory']), alsoBy: (s) => s.num !== undefined || LEVEL.has(s.w) || INSTRUMENT.test(s.w) },
  // A visit: "will be seen again" for "next appointment".
  // ("follow-up in six weeks" for "RTC 6 wks", "check in next Tues".)
  // (A visit named inside a time phrase still names one: "next session", "next visit".)
  // (An intake is a visit too; "meet again" is one.)
  { words: new Set(['seen', 'see', 'appointment', 'session', 'visit', 'followup', 'follow', 'return', 'returns', 'intake']), inTimePhrase: true, alsoBy: (s) => /^(?:return|recheck|checkin|revisit|reassess|meet$|met$)/.test(s.w) || (s.w === 'check' && s.i > 0) },
  // The workplace of the people in it: "at work" where the source speaks of coworkers or a manager.
  { words: new Set(['work', 'workplace', 'job', 'office']), alsoBy: (s) => /^(?:cowork|colleague|boss|manager|supervisor|employer|shift)/.test(s.w) },
  // A request: "asked for" where the source "requests".
  { words: new Set(['asked', 'ask', 'asks', 'request', 'requests', 'requested', 'requesting']) },
  // The construct a standard instrument measures: "depression screening" for "PHQ-9 = 14".
  { words: new Set(['depression', 'depressive']), alsoBy: (s) => /^(?:phq\d*|bdi|epds|cesd)$/.test(s.w) },
  { words: new Set(['anxiety']), alsoBy: (s) => /^(?:gad\d*|bai)$/.test(s.w) },
  { words: new Set(['ptsd', 'trauma', 'posttraumatic']), alsoBy: (s) => /^(?:pcl\d*|caps\d*)$/.test(s.w) },
  { words: new Set(['attention', 'inattention', 'adhd']), alsoBy: (s) => /^(?:cpt\d*|conners|vanderbilt)$/.test(s.w) },
];
/** Standard instruments: a source that names one reports a screening or a test. */
const INSTRUMENT = /^(?:phq\d*|gad\d*|bdi|bai|epds|cesd|pcl\d*|caps\d*|cpt\d*|conners|vanderbilt|wais|wisc|audit|dast|moca|mmse)$/;
/** Hallmarks of a panic attack: two of them in the source are an attack, whatever the source calls it. */
const PANIC_SIGN = new Set(['palpitations', 'racing', 'tightness', 'shortness', 'trembling', 'shaking', 'sweating', 'dizziness', 'dizzy', 'numbness', 'tingling', 'choking']);
const LEVEL = new Set(['average', 'low', 'high', 'normal', 'elevated', 'moderate', 'mild', 'severe', 'minimal', 'negative', 'positive', 'mod', 'borderline', 'clinical', 'subclinical']);
const implied = (t: CToken, src: readonly CToken[]): boolean =>
  IMPLIED.some((c) => c.words.has(t.w) && src.some((s) => (!s.trigger || c.inTimePhrase === true) && (c.words.has(s.w) || (c.alsoBy?.(s) ?? false)))) ||
  // "a panic attack" for "an attack", or for "racing heart and chest tightness".
  (t.w === 'panic' && (src.some((s) => s.w === 'attack' || s.w === 'attacks') || new Set(src.filter((s) => PANIC_SIGN.has(s.w) && !s.neg).map((s) => s.w)).size >= 2));

/** A summary word whose domain the source fills with concrete content ("mood" for "euthymic"). */
const summarises = (t: CToken, src: readonly CToken[]): boolean =>
  // (Stated content only: "no crying spells" does not make "emotional blunting" a summary. And a
  // summary the draft denies is no summary: "no homework was set" against "agreed to practise".)
  !t.neg &&
  SUMMARY_DOMAINS.some(([words, re]) => words.has(t.w) && src.some((s) => !s.trigger && !s.neg && re.test(s.w)));

const MONTHS = 'january february march april maymonth june july august september october november december'.split(' ');
/**
 * Months named by the dates a text writes in figures ("11/2", "12/14/2026"; month first or day
 * first). A figure pair that reads as a score ("3/7 days", "6/10") names no month.
 */
function datedMonths(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    for (const m of matchesOf(text, /(?<![\d/.])(\d{1,2})\/(\d{1,2})(?:\/(?:\d{4}|\d{2}))?(?![\d/]|\.\d)/g)) {
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (a < 1 || b < 1 || (a <= b && [4, 5, 7, 10].includes(b))) continue;
      if (a <= 12 && b <= 31) out.add(MONTHS[a - 1]!);
      if (b <= 12 && a <= 31) out.add(MONTHS[b - 1]!);
    }
  }
  return out;
}

function covered(t: CToken, src: readonly CToken[], pool: Buckets, initials: string, srcOf: ReadonlyMap<CToken, number>): boolean {
  if ((pool.get(keyBucket(t.key)) ?? []).some((s) => sameKey(t.key, s.key))) return true;
  if (implied(t, src)) return true;
  if (summarises(t, src)) return true;
  // An acronym of source words ("SE" for "sleep efficiency"), or a compound written apart.
  if (t.w.length >= 2 && t.w.length <= 5 && initials.includes(` ${t.w}`)) return true;
  for (let i = 0; i + 1 < src.length; i++) if (src[i]!.w + src[i + 1]!.w === t.w) return true;
  // "the dose" of a source that gives it in milligrams.
  // (Or of a source that names the drug: "bumped it up" is a dose raised.)
  if (/^(?:dose|doses|dosage|dosages|dosing)$/.test(t.w) && src.some((s) => s.w === 'mg' || s.w === 'mcg' || DRUG.test(s.w))) return true;
  // A class word for a member the source names ("an SSRI" for sertraline, "relatives" for "her
  // mother and sister"): equivalence.ts. Never another member of the class.
  if (drugClassCovers(t.w, src.map((s) => s.w)) || kinCovers(t.w, src.map((s) => s.w)) || drinkCovers(t.w, src.map((s) => s.w))) return true;
  // "unopened" where the source says "hasn't opened": the negating prefix on the word the source negates.
  const un = /^(?:un|in|im|non)([a-z]{4,})$/.exec(t.w);
  if (un !== null && !t.neg && src.some((s) => s.neg && !s.trigger && sameKey(s.key, stem(un[1]!)))) return true;
  // One event from its other party ("sent" / "receive").
  if (!t.neg && converseCovers(t.w, src.filter((s) => !s.neg && !s.trigger).map((s) => s.w))) return true;
  // A report's clinical word for what the source states in everyday words ("adherent", "renal
  // function"), with the same polarity ("no respite" for "has not had a break").
  // (Never from a clause the source negates before the word: "depot not indicated" states no
  // injection. A denial after it, "takes it as prescribed and denies side effects", leaves it stated.)
  // (The written word too: "eating" behind the class word "appetite".)
  if (registerCovers(t.w, flatMap(src.filter((s) => s.neg === t.neg && !s.trigger && (t.neg || !src.some((x) => x.clause === s.clause && srcOf.get(x) === srcOf.get(s) && x.i < s.i && x.trigger && /^(?:not|no|never|without)$/.test(x.w)))), (s) => (s.raw !== undefined ? [s.w, s.raw] : [s.w])))) return true;
  // A unit of a figure ("percent", "points"): the numbers are checked as numbers, below.
  if (/^(?:percent|percentage|points?)$/.test(t.w) && src.some((s) => s.num !== undefined)) return true;
  // "eight hundred grams" for "0.8 kg": a unit of the kind the source measures in.
  if (MASS_UNIT.test(t.w) && src.some((s) => MASS_UNIT.test(s.w))) return true;
  // "the medication", "her tablets" for the drug the source names (or for its own class word):
  // the class of a member the source states, never a drug of its own (a named drug still needs support).
  if (MED_CLASS.test(t.w) && src.some((s) => !s.trigger && (DRUG.test(s.w) || MED_CLASS.test(s.w) || ((s.w === 'mg' || s.w === 'mcg') && s.i > 0) || prescribedName(s, src, srcOf)))) return true;
  // A clipped form in the source ("bup" for "buprenorphine", "benzo" for "benzodiazepine"): a word
  // no dictionary knows that begins the draft's longer word.
  for (const s of src) if (s.w.length >= 3 && s.w.length <= 5 && t.w.length >= s.w.length + 3 && t.w.startsWith(s.w) && posOf(s.w) === null) return true;
  return false;
}

interface NumberAt {
  v: number;
  /** Concept keys of the clause the number stands in. */
  topic: readonly string[];
  unit: string | null;
  /** The unit as written (normalised), for reasons. */
  unitWord: string | null;
  anchor: string | null;
}
function numbers(toks: readonly CToken[]): NumberAt[] {
  const out: NumberAt[] = [];
  toks.forEach((t, i) => {
    if (t.num === undefined) return;
    let unit: string | null = null;
    let unitWord: string | null = null;
    for (let j = i + 1; j < toks.length && j <= i + 4 && toks[j]!.clause === t.clause; j++) {
      const u = toks[j]!;
      if (u.num !== undefined || ['out', 'of', 'to', 'and', 'or', 'a', 'per', 'the'].includes(u.w)) continue;
      unit = u.key;
      unitWord = u.w;
      break;
    }
    let anchor: string | null = null;
    for (let j = i - 1; j >= 0 && toks[j]!.clause === t.clause; j--) {
      if (isConcept(toks[j]!)) {
        anchor = toks[j]!.key;
        break;
      }
    }
    const topic: string[] = [];
    for (let j = i - 1; j >= 0 && toks[j]!.clause === t.clause; j--) if (isConcept(toks[j]!)) topic.push(toks[j]!.key);
    for (let j = i + 1; j < toks.length && toks[j]!.clause === t.clause; j++) if (isConcept(toks[j]!)) topic.push(toks[j]!.key);
    out.push({ v: t.num, unit, unitWord, anchor, topic });
  });
  return out;
}

/** Words that state the size of a change ("lost 4 lb", "dropped by 6 points", "a 4-pound gain"). */
const CHANGE_SIZE = /^(?:lost|lose|loses|losing|loss|gain|gained|gains|gaining|drop|dropped|fell|fall|rose|rise|by|down|up|increase|increased|decrease|decreased|reduction|improved|worsened)$/;
/** A draft number that is the difference of two source numbers of the same unit, in a clause that states a change. */
function isChangeSize(d: NumberAt, draft: readonly CToken[], srcNums: readonly NumberAt[]): boolean {
  // The change word stands right before the number ("lost four", "dropped by 6"), and the source's
  // two ends are of one unit ("162 -> 158 lb"), never a score and its scale ("4/10").
  if (!draft.some((t) => t.num === d.v && draft.slice(Math.max(0, t.i - 2), t.i).some((x) => CHANGE_SIZE.test(x.w)))) return false;
  for (const a of srcNums) for (const b of srcNums) if (a !== b && a.unit !== null && a.unit === b.unit && a.v !== 10 && b.v !== 10 && Math.abs(Math.abs(a.v - b.v) - d.v) < 1e-9 && (d.unit === null || a.unit === d.unit)) return true;
  return false;
}

/** A duration in minutes, for comparing across units; null for any other number. */
const MINUTES: ReadonlyArray<[RegExp, number]> = [[/^minut/, 1], [/^(?:hour|hr)/, 60], [/^day/, 1440], [/^week/, 10080]];
function minutes(n: NumberAt): number | null {
  if (n.unit === null) return null;
  for (const [re, k] of MINUTES) if (re.test(n.unit)) return n.v * k;
  return null;
}

/** A mass in grams ("800 grams" is "0.8 kg"), for an equal amount in another unit; null otherwise. */
function grams(n: NumberAt): number | null {
  if (n.unit === null) return null;
  const k = /^(?:kg|kilo)/.test(n.unit) ? 1000 : /^(?:g|gm|gram)$/.test(n.unit) ? 1 : null;
  return k === null ? null : Math.round(n.v * k * 1000) / 1000;
}

const sameTopic = (d: NumberAt, s: NumberAt): boolean => d.topic.length === 0 || d.topic.some((k) => s.topic.some((x) => sameKey(k, x)));

/** "from A to B" pairs, A and B being the words or numbers right after "from" and "to". */
function fromTo(toks: readonly CToken[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]!.w !== 'from') continue;
    const a = toks[i + 1];
    const to = toks.findIndex((t, j) => j > i + 1 && j <= i + 6 && t.w === 'to');
    const b = to > 0 ? toks[to + 1] : undefined;
    if (a !== undefined && b !== undefined) out.push([a.key, b.key]);
  }
  return out;
}

/** Words by which a cited segment speaks of several people at once. */
const COLLECTIVE = /\b(?:couple|both|partners|parents|family|siblings|they|members|spouses)\b/i;
/**
 * Names the draft takes from the note's other segments when the cited ones speak of the same
 * people collectively ("Maya and Theo agreed…" citing "Plan: couple to draft…"). Only when the
 * draft names two or more of them and the cited segments name nobody: one name could be the
 * wrong one of the two, every name of the note cannot.
 */
function collectiveNames(sentence: string, sources: readonly string[], context: readonly string[]): Set<string> {
  const out = new Set<string>();
  if (context.length === 0 || !sources.some((s) => COLLECTIVE.test(s))) return out;
  const capitalised = (t: string): string[] => t.match(/(?<=[a-z,;:]\s+|\()[A-Z][a-z]{2,}\b/g) ?? [];
  if (sources.some((s) => capitalised(s).length > 0)) return out;
  const inContext = new Set(flatMap(context, (c) => c.match(/\b[A-Z][a-z]{2,}\b/g) ?? []));
  const drafted = (sentence.match(/\b[A-Z][a-z]{2,}\b/g) ?? []).filter((n) => inContext.has(n));
  if (new Set(drafted).size < 2) return out;
  for (const n of drafted) out.add(n.toLowerCase());
  return out;
}

/** A courtesy title, then the person's name, given names included ("Mr. A. Name", "Ms. Given Family"). */
const TITLED_NAME = /\b(?:Mr|Mrs|Ms|Miss|Mx|Master)\.?\s+((?:[A-Z][a-z'-]*\.?\s+){0,2}[A-Z][a-z'-]{2,})\b/g;
const titledNames = (t: string): string[][] =>
  matchesOf(t, TITLED_NAME).map((m) => nameParts(m[1]!));
/** A written name as the words the tokens hold: no possessive, a double-barrelled name in its parts (round vfa). */
const nameParts = (name: string): string[] => name.replace(/['’]s\b/g, '').split(/[\s-]+/).map((w) => w.replace(/\.$/, '').toLowerCase()).filter((w) => w.length > 2);
/**
 * The name of the note's subject, written by the draft with a courtesy title ("Mr. Name said…")
 * where the cited segment speaks of that person only as "he", "she" or the client: a role
 * reference, not an addition. Only a name the note's other segments give with a title, only when
 * they title one person alone and the cited segments title nobody, so a draft cannot swap in a
 * second person's name.
 */
function subjectNames(sentence: string, sources: readonly string[], context: readonly string[]): Set<string> {
  const out = new Set<string>();
  if (context.length === 0 || sources.some((s) => titledNames(s).length > 0)) return out;
  const people = flatMap(context, (c) => [...titledNames(c), ...headerNames(c)]);
  // One person titled (or named in a "Client:" line) in the whole note, by the last word of the
  // name, so the name is theirs.
  if (new Set(people.map((p) => p[p.length - 1])).size !== 1) return out;
  const inContext = new Set(people.flat());
  for (const n of titledNames(sentence).flat()) if (inContext.has(n)) out.add(n);
  // The same person by given or family name alone ("Kerensa has gained…"), as notes write it.
  for (const n of flatMap((sentence.match(/\b[A-Z][a-z'-]{2,}\b/g) ?? []), nameParts)) if (inContext.has(n)) out.add(n);
  return out;
}
/** The person a note's header line names ("Client: Given Family (…)", "Patient: 'Nick' Family"). */
// (Or the name in brackets after the role, "Client (Given Family, 19)": R03, round vfa3.)
const HEADER_NAME = /\b(?:Client|Patient|Service user|Student|Member|Caller|Employee|Resident|Child|Young person)(?::\s*|\s*\(\s*)(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?['"‘’]?([A-Z][a-z'-]{2,})['"‘’]?(?:\s+([A-Z][a-z'-]{2,}))?/g;
const headerNames = (t: string): string[][] =>
  matchesOf(t, HEADER_NAME).map((m) => flatMap([m[1]!, m[2]].filter((w): w is string => w !== undefined), nameParts));

/**
 * `context`: the other segments of the same note, not cited. They license one thing only: the name
 * of a medication the note gives elsewhere ("Plan: taper clonazepam" citing "Plan: taper off over
 * 6 wks" while the subjective section names clonazepam). Risks, numbers and every other word must
 * still be in what the sentence cites.
 */
/**
 * "Partner A (Dana) reports that Partner B (Rui) threw…": a name introduced in brackets beside a
 * role (or a role beside a name) is that role wherever it stands, in the draft and in the sources.
 * The engine knows roles ("partner b", "wife"), not names; without this, "Dana threw a mug at Rui"
 * names no one and passes. Texts without such a bracket come back as they were.
 */
const ALIAS_ROLE = String.raw`(?:[Pp]artner|[Pp]arent|[Mm]ember|[Cc]aregiver|[Ss]ibling) [A-Z]\b|(?:mother|father|mom|dad|wife|husband|partner|boyfriend|girlfriend|brother|sister|son|daughter|grandmother|grandfather|stepfather|stepmother|aunt|uncle|nephew|niece|roommate|friend)`;
const ROLE_THEN_NAME = new RegExp(String.raw`\b(${ALIAS_ROLE})\s*\(([A-Z][a-z]{2,})\)`, 'g');
const NAME_THEN_ROLE = new RegExp(String.raw`\b([A-Z][a-z]{2,})\s*\((?:(?:his|her|their|the|client's|pt's)\s+)?(${ALIAS_ROLE})\)`, 'g');
function aliasRoles(sentence: string, sources: readonly string[], context: readonly string[]): [string, readonly string[]] {
  if (!sources.some((t) => t.includes('(')) && !context.some((t) => t.includes('('))) return [sentence, sources];
  const names = new Map<string, string>();
  // (An uncited segment of the same note may be where the name was introduced.)
  for (const t of [...sources, ...context]) {
    for (const m of matchesOf(t, ROLE_THEN_NAME)) names.set(m[2]!, m[1]!);
    for (const m of matchesOf(t, NAME_THEN_ROLE)) names.set(m[1]!, m[2]!);
  }
  if (names.size === 0) return [sentence, sources];
  const byName = new RegExp(String.raw`\b(${[...names.keys()].join('|')})\b(?!\s*\()`, 'g');
  const swap = (t: string): string => t.replace(ROLE_THEN_NAME, '$1').replace(NAME_THEN_ROLE, '$2').replace(byName, (n) => names.get(n)!);
  return [swap(sentence), sources.map(swap)];
}

/**
 * What a draft sentence citing segments by index is checked against, as `tacet verify-draft` and the
 * benches call verifyClaim: the cited segments (each once, in citation order) and the uncited ones as
 * context.
 */
export function citedAndContext(sources: readonly string[], cites: readonly number[]): [cited: string[], context: string[]] {
  return [[...new Set(cites)].map((i) => sources[i]!), sources.filter((_, i) => !cites.includes(i))];
}

export interface VerifyOptions {
  /**
   * The learned second stage (calibrate.ts, resources/dicts/verifier-model.json) on top of the
   * rules: on by default; false gives the rules' verdict alone.
   */
  model?: boolean;
}

/** One draft sentence against its cited segments (and the note's other segments as context). */
export function verifyClaim(sentence: string, sources: readonly string[], context: readonly string[] = [], options: VerifyOptions = {}): ClaimVerdict {
  const rules = verifyClaimRules(sentence, sources, context);
  return options.model === false ? rules : calibrate(rules, sentence, sources, context);
}

/** The hand-written rules alone (the first stage of verifyClaim). */
// (Round vtoken.) Helpers of verifyClaimRules that read nothing of the sentence being checked: made
// once here, not again for every sentence (or every word) as closures inside it.
const s0neg = (m: readonly CToken[]): boolean => m.every((s) => s.neg);
const PENDING = /^(?:need|needs|needed|yet|pending|outstanding|awaiting|awaits)$/;
const NEG_WORD = /^(?:not|no|never|nor|didnt|doesnt|dont|wont|cannot|cant|n't)$/;
/** A word matching `re` within `back` words before and `ahead` after `x`, in its clause. */
// (An index loop over the window, not a slice of it: the same words, no array made per look.)
const nearWord = (x: CToken, toks: readonly CToken[], re: RegExp, back: number, ahead: number): boolean => {
  for (let k = Math.max(0, x.i - back), end = Math.min(toks.length, x.i + 1 + ahead); k < end; k++) {
    const y = toks[k]!;
    if (y !== x && y.clause === x.clause && re.test(y.w)) return true;
  }
  return false;
};
const goesOn = (x: CToken, toks: readonly CToken[]): boolean => toks.some((y) => y.clause === x.clause && /^continu/.test(y.w));
const WHEN = { past: 'in the past', current: 'now', future: 'in the future' } as const;
// (The particle of a phrasal verb states no change: "gave up swimming", "follow him up", equivalence.ts.)
const particleOf = (x: CToken, toks: readonly CToken[]): boolean => (x.w === 'up' || x.w === 'down') && isPhrasalParticle(toks.map((y) => y.w), x.i);
const actAxis = (x: CToken): boolean => x.axes.some((a) => a.startsWith('completion:') || a.startsWith('medication:'));
const nearAmount = (a: number | null, b: number | null): boolean => a !== null && b !== null && a > 0 && b > 0 && Math.abs(a - b) / Math.max(a, b) <= 0.15;
const year = (v: number): boolean => Number.isInteger(v) && v >= 1900 && v <= 2100;
const COMPARE = /^(?:amount|valence):/;
// (An inflected verb counts whatever part of speech its base mostly is: "played down", "clear up by midday".)
const verbal = (w: string): boolean => lemmas(w).some((l) => posOf(l) === 'v') || (/(?:ed|ing)$/.test(w) && lemmas(w).length > 0) || ['clear', 'clears', 'play', 'plays', 'cut', 'cuts', 'bring', 'brings', 'brought'].includes(w);

export function verifyClaimRules(sentenceIn: string, sourcesIn: readonly string[], context: readonly string[] = []): ClaimVerdict {
  const [aliased, aliasedSources] = aliasRoles(sentenceIn, sourcesIn, context);
  // Durations and fractions the draft writes in other units ("eight weeks" for "2 months"), in the source's words (equivalence.ts).
  const [aligned, sources] = alignQuantities(aliased, aliasedSources);
  // A drug class the draft names for the one member the source gives, read as that member.
  const classed = nameClassMembers(aligned, sources);
  // A count told from its other side ("missed 3 of 12" for "attended 9 of 12"), in the source's words (complements.ts).
  const [sentence, countFlips] = alignComplements(classed, sources);
  const draft = analyse(sentence);
  const risk = riskCategories(sentence);
  const draftRisk = riskPolarities(draft);
  const riskPolarity: RiskPolarity | null = risk.length === 0 ? null : risk.some((c) => (draftRisk.get(c) ?? 'present') === 'present') ? 'present' : 'denied';
  if (sources.length === 0) return { label: 'UNSUPPORTED', reasons: ['cites no source'], risk, riskPolarity };

  const perSource = sources.map(analyse);
  const src = flatten(perSource);
  // Which source each token came from: clause numbers restart in every source.
  const srcOf = new Map<CToken, number>();
  perSource.forEach((toks, k) => toks.forEach((t) => srcOf.set(t, k)));
  const contra: string[] = [];
  const unsupported: string[] = [];
  const say = (list: string[], r: string): void => {
    if (!list.includes(r)) list.push(r);
  };
  // A conflict read from context (whose, when, how certain, which way, an un- prefix), not from a
  // negation, a number or a risk: in a sentence that is mostly new, it is the addition that matters.
  const strongReasons = new Set<string>();
  const sayWeak = (r: string): void => say(contra, r);
  const sayStrong = (r: string): void => {
    strongReasons.add(r);
    say(contra, r);
  };
  for (const r of countFlips) sayStrong(r);

  // Risk: the same risk with the other polarity is the most dangerous contradiction there is.
  const srcRisk = new Map<RiskCategory, Set<RiskPolarity>>();
  for (const toks of perSource) for (const [c, p] of riskPolarities(toks)) srcRisk.set(c, (srcRisk.get(c) ?? new Set()).add(p));
  // (Also on the normalised text, "AA" names alcohol once it is written out; only when needed.)
  const srcRiskCats = new Set(risk.length === 0 ? [] : flatMap(sources, (s) => [...riskCategories(s), ...riskCategories(normalisedOf(s))]));
  // "Denies current urges" in a note about self-harm: denied urges with no object named.
  const deniedUrges = src.some((s) => s.neg && /^(?:urge|thought|ideation)/.test(s.w));
  // Risk mentions with their attributes (risk.ts): polarity, plan, intent, means, time, person,
  // certainty, passive/active, frequency, direction, thoughts against acts.
  const rc = compareRisk(sentence, sources, context);
  for (const r of rc.contra) sayStrong(r);
  const alignedRisk = new Set([...rc.aligned].map(stem));
  const isAligned = (t: CToken): boolean => alignedRisk.has(t.key) || (t.raw !== undefined && alignedRisk.has(t.raw)) || (isRiskWord(t.w) && RISK_OF.some(([c, is]) => is(t.w) && c !== 'abuse' && c !== 'substance' && rc.agreed.has(c)));
  for (const c of risk) {
    // Compared mention by mention above, and found to agree (or to conflict, already said).
    if (rc.agreed.has(c)) continue;
    // A risk the draft names only as what was screened for, where the source speaks of it either way.
    const of = RISK_OF.find(([k]) => k === c)![1];
    if (srcRiskCats.has(c) && draft.some((t) => of(t.w)) && draft.filter((t) => of(t.w)).every((t) => screenedFor(t, draft))) continue;
    // A safety plan is a tool for a risk, not a statement that it is present (round 12).
    if (draftRisk.get(c) === undefined && c === 'suicide' && /\bsafety plan/i.test(sentence) && srcRiskCats.has(c)) continue;
    const p = draftRisk.get(c) ?? 'present';
    const q = srcRisk.get(c);
    if (!srcRiskCats.has(c) && rc.sourceCats.has(c)) continue;
    if (!srcRiskCats.has(c) && q === undefined && deniedUrges && c !== 'abuse' && c !== 'substance') {
      if (p === 'present') sayStrong(`source says denies urges; draft says ${RISK_WORDS[c]} present`);
    } else if (!srcRiskCats.has(c) && q === undefined) say(unsupported, `source does not mention ${RISK_WORDS[c]}`);
    else if (q !== undefined && !q.has(p)) sayStrong(p === 'present' ? `source says denies ${RISK_WORDS[c]}; draft says ${RISK_WORDS[c]} present` : `source says ${RISK_WORDS[c]} present; draft says denies it`);
  }

  // An acronym of the source spelled out by the draft ("sleep onset latency" for SOL, "emotional
  // support animal" for ESA): the words of the run are the acronym's, not additions.
  const spelled = spelledAcronyms(sentence, sources);
  // Concept by concept: polarity, time, hypothetical, certainty, person.
  const pool = buckets(src);
  const initials = ` ${src.map((t) => t.w[0] ?? '').join('')} `;
  const added: string[] = [];
  const addedAt = new Set<number>();
  let aboutRisk: boolean | undefined;
  let writtenInitials: string | undefined;
  let writtenWords: string[] | undefined;
  // Values of a class the source holds as a group or a member ("father" for "both parents").
  const held = heldSlotWords(sentence, sources);
  const names = collectiveNames(sentence, sources, context);
  for (const n of subjectNames(sentence, sources, context)) names.add(n);
  // Words only the note's other segments license (a drug's name): they tie no clause to what is cited.
  const byContext = new Set<number>();
  let settingSpelled: Set<string> | undefined;
  const bySetting = new Set<number>();
  // (A setting word modifying a noun the source lacks, "a bereavement group", names something new.)
  const settingHead = (t: CToken): boolean => {
    // (And only as a place: after an article or a preposition of place, not "before discharge".)
    let k = t.i - 1;
    while (k >= 0 && settingSpelled!.has(draft[k]!.w)) k--;
    if (!/^(?:the|a|an|at|in|into|to|from|on|within|his|her|their)$/.test(draft[k]?.w ?? '')) return false;
    const next = draft[t.i + 1];
    return next === undefined || next.clause !== t.clause || !isConcept(next) || matches(next, pool).length > 0 || settingSpelled!.has(next.w) || (posOf(next.w) ?? 'n') !== 'n';
  };
  let restateInput: RestateInput | undefined;
  // Framing words let through (restates.ts) carry no content of the source: they never count as
  // the source's words that make a lone added word a paraphrase.
  const framed = new Set<number>();
  const heldBySource = (d: CToken): boolean => isConcept(d) && (matches(d, pool).length > 0 || synonyms(d, src).length > 0 || supportSynonym(d, src) || covered(d, src, pool, initials, srcOf));
  const restateFor = (): RestateInput => {
    const x: RestateInput = { sentence, draft, sources, context, sourceWords: new Set(src.map((s) => s.w)), contextDrug: context.some((c) => analyse(c).some((y) => DRUG.test(y.w))), otherPeople: OTHER_PEOPLE, held: (d) => heldBySource(d) || (!isRiskWord(d.w) && restates(d, x)) };
    return x;
  };
  for (const t of draft) {
    // People count as content here ("with her partner"), though never as concepts to compare.
    // A denial of the risk a source's bare "denies current urges" screened for is that denial.
    if (t.neg && deniedUrges && isRiskWord(t.w) && !RISK_OF.some(([c, is]) => (c === 'abuse' || c === 'substance') && is(t.w))) continue;
    if (!(isConcept(t) || (OTHER_PEOPLE.has(t.w) && !t.trigger)) || matches(t, pool).length > 0 || synonyms(t, src).length > 0 || supportSynonym(t, src)) continue;
    // A risk word whose mention the source states with the same attributes.
    if (isAligned(t) || spelled.has(t.w) || (t.raw !== undefined && spelled.has(t.raw))) continue;
    if (formSynonym(t, src)) continue;
    // A word that frames, summarises or names at a higher level what the source records (restates.ts, round vfa).
    if (!isRiskWord(t.w) && !DRUG.test(t.w) && restates(t, (restateInput ??= restateFor()))) {
      if (framingWord(t.w)) framed.add(t.i);
      continue;
    }
    // An acronym the draft writes in capitals for words the source writes out ("ED" for "eating
    // disorder", "DNA" for "did not attend"): by the source's written words, before normalisation
    // joins or drops them (round vfa7).
    if (t.w.length >= 2 && t.w.length <= 5 && (writtenInitials ??= initialsOf(sources)).includes(t.w) && new RegExp(String.raw`\b${t.w.toUpperCase()}\b`).test(sentence)) continue;
    // The same for a clipped form (round vfa7): the draft clips what the source writes in full ("eval"
    // for "evaluation", "cigs" for "cigarettes"), the way covered() reads the source's clipped words.
    if (clipsWritten(t.w, (writtenWords ??= sources.join(' ').toLowerCase().match(/[a-z]+/g) ?? []))) continue;
    // In a sentence whose every risk mention the source states alike, the framing of a risk
    // assessment ("screened", "ideation", "preparatory behavior") restates, it does not add.
    if (rc.allAgree && RISK_FRAME.has(t.w)) continue;
    // "family" stands for whichever relative the source names.
    if ((t.w === 'family' || t.w === 'relative') && src.some((s) => OTHER_PEOPLE.has(s.w))) continue;
    // ("a family member": the head of that compound, R03, round vfa3.)
    if (/^members?$/.test(t.w) && draft[t.i - 1]?.w === 'family' && src.some((s) => OTHER_PEOPLE.has(s.w))) continue;
    if (held.words.has(t.w)) continue;
    // A shell noun ("memory problems", "his symptoms") states nothing; what qualifies it does.
    if (SHELL_NOUNS.has(t.w)) continue;
    // The particle of a phrasal verb ("played down", "worked out") is part of the verb.
    if (PARTICLES.has(t.w) && t.i > 0 && draft[t.i - 1]!.clause === t.clause && isConcept(draft[t.i - 1]!)) continue;
    // Names the note gives elsewhere for the people a cited segment calls "the couple" or "both".
    if (names.has(t.w)) continue;
    const opposite = prefixOpposite(t, pool);
    if (opposite !== null) {
      sayWeak( `source says ${opposite}; draft says ${t.w}`);
      continue;
    }
    // "the grandfather will babysit" where the source's grandmother does: the wrong person.
    const counterpart = KIN_COUNTERPART.get(t.w);
    if (counterpart !== undefined && src.some((s) => s.w === counterpart) && !draft.some((d) => d.w === counterpart)) {
      sayStrong(`source says ${counterpart}; draft says ${t.w}`);
      continue;
    }
    // "December 14" for "12/14": the month of a date the source writes in figures.
    if (CALENDAR.has(t.w) && datedMonths(sources).has(t.w)) continue;
    const fromContext = context.length > 0 && DRUG.test(t.w) && context.some((c) => analyse(c).some((x) => x.w === t.w));
    if (fromContext) byContext.add(t.i);
    // The setting the note's header names ("prison", "the group", "emergency department" for ED):
    // where the care happens, never a risk, a means or a drug (equivalence.ts).
    // (Only when nothing else is added: a setting word beside a new claim stays part of it.)
    if (context.length > 0 && !isRiskWord(t.w) && !MEANS.has(t.w) && !DRUG.test(t.w) && !t.neg && (settingSpelled ??= setting(sentence, context)).has(t.w) && settingHead(t)) bySetting.add(t.i);
    if (!covered(t, src, pool, initials, srcOf) && !fromContext) {
      // WordNet: a more general word, or a derived form, of one the source uses.
      // Never for a drug name, nor for a risk the draft denies ("drug" is more general than "wine",
      // yet "denies other drug use" says something new); in a sentence about risk, only a risk word of the
      // source licenses its more general words ("alcohol" for "beers", not "home" for "house");
      // a sentence about means of harm (a rifle, pills) counts as one about risk.
      aboutRisk ??= risk.length > 0 || draft.some((d) => MEANS.has(d.w));
      const byRisk = aboutRisk;
      if (src.some((s) => !s.trigger && s.num === undefined && licenses(s.w, t.w, !byRisk || isRiskWord(s.w))) && !(isRiskWord(t.w) && t.neg) && !DRUG.test(t.w)) continue;
      added.push(t.w);
      addedAt.add(t.i);
    }
  }
  // Setting words only, nothing else added: where the care happens, not a new claim.
  if (addedAt.size > 0 && [...addedAt].every((i) => bySetting.has(i))) {
    added.length = 0;
    addedAt.clear();
  }
  // A relative is the only thing added, named as one of the client's, beside a person the source
  // names ("his sister experienced abuse from his stepfather", "her brother hit her sister" where the
  // abuse by that person was the client's): the same fact moved onto another person, not a new fact
  // beside it (round 14). (Not "her mother and her grandmother report": a person joined by "and" is
  // added beside the source's.)
  if (added.length === 1 && OTHER_PEOPLE.has(added[0]!)) {
    const at = draft.find((t) => t.w === added[0]);
    const joined = (k: number): boolean => draft[k]?.w === 'and' || draft[k]?.w === 'or';
    const named = draft.some((t) => t !== at && OTHER_PEOPLE.has(t.w) && matches(t, pool).length > 0);
    if (at !== undefined && at.i > 0 && /^(?:his|her|their)$/.test(draft[at.i - 1]!.w) && !joined(at.i - 2) && !joined(at.i + 1) && !OTHER_PEOPLE.has(draft[at.i + 1]?.w ?? '') && named) sayStrong(`source says this of the client; draft says it of the ${at.w}`);
  }
  // The reverse: the source says "unable", the draft drops the prefix.
  const draftPool = buckets(draft);
  for (const s of src) {
    if (!isConcept(s)) continue;
    const opposite = prefixOpposite(s, draftPool);
    if (opposite !== null && !src.some((x) => x.w === opposite)) sayWeak( `source says ${s.w}; draft says ${opposite}`);
  }
  // One unfamiliar ordinary word in a sentence that is otherwise the source's is a paraphrase
  // ("easily annoyed" for "irritable"); two, or one that names a clinical fact, is an addition.
  // (Round vfa2: a number or a day the source states ties a short sentence to it as much as a concept
  // does: "a review in a fortnight", "seen on Thursday". Not a person: "her partner has been visiting" is
  // a new claim about someone the source names; nor beside an added verb, "his father died in 2019",
  // "6 hours; stopped napping": an act the source does not state is a claim the number does not tie.)
  const srcNumSet = new Set(src.filter((s) => s.num !== undefined).map((s) => s.num));
  const anchors = (t: CToken): boolean => !addedAt.has(t.i) && added.every((w) => posOf(w) !== 'v' && !/ing$/.test(w)) && ((t.num !== undefined && srcNumSet.has(t.num)) || (CALENDAR.has(t.w) && matches(t, pool).length > 0));
  const coveredCount = draft.filter((t) => (isConcept(t) && !addedAt.has(t.i) && !framed.has(t.i) && !(PARTICLES.has(t.w) && framed.has(t.i - 1))) || (!isConcept(t) && anchors(t))).length;
  // Acronyms and capitalised words of the draft (DUI, HR, a weekday) name specifics.
  const named = new Set((sentence.match(/\b[A-Z]{2,}\b|(?<=\S\s+)[A-Z][a-z]+/g) ?? []).map((x) => x.toLowerCase()));
  const salient = (w: string): boolean => SALIENT.has(stem(w)) || salientCanon(w) || DRUG.test(w) || SPECIALIST.test(w) || named.has(w) || RISK_OF.some(([, is]) => is(w)) || (isSpecialistTerm(w) && (posOf(w) ?? 'n') === 'n') || lemmas(w).some((l) => INCIDENT_VERBS.has(l));
  // ...unless it hangs at the end behind a preposition, where additions go ("at her church").
  const tail = (w: string): boolean => {
    const at = draft.findIndex((t) => t.w === w);
    // An adverb, or an adjective on a word the source holds ("low cravings", "short, broken sleep")
    // or closing the sentence as a predicate ("the others"), qualifies what the source says; only a
    // thing hangs there as an addition ("with a personal trainer", "to the principal").
    const pos = posOf(w);
    if (pos === 'r' || lemmas(w).some((l) => LIGHT_VERBS.has(l))) return false;
    if (pos === 'a' && at >= 0) {
      const next = draft[at + 1];
      if (next !== undefined && isConcept(next) && !addedAt.has(next.i)) return false;
      if (next === undefined && !['the', 'a', 'an', 'her', 'his', 'their', 'my', 'our', 'your'].includes(draft[at - 1]?.w ?? '')) return false;
    }
    if (at >= draft.length - 3 && draft.slice(Math.max(0, at - 3), at).some((t) => t.w === 'and')) return true;
    return at >= draft.length - 3 && draft.slice(Math.max(0, at - 2), at).some((t) => ['at', 'in', 'with', 'using', 'from', 'for', 'by', 'after', 'to', 'via', 'about', 'during', 'since', 'because', 'due', 'through', 'on', 'over'].includes(t.w));
  };
  // What an added word weighs: a noun, or a word no dictionary knows, usually names a new thing
  // (1); an everyday verb, adjective or adverb usually re-words a relation the source states
  // ("receives visits", "pays the bills", "the final minutes": 0.5). Two words' worth is an
  // addition; one word's worth is let pass as above.
  const weight = (w: string): number => (OTHER_PEOPLE.has(w) || (posOf(w) ?? 'n') === 'n' ? 1 : lemmas(w).some((l) => LIGHT_VERBS.has(l)) ? 0 : LIGHT);
  const worth = added.reduce((n, w) => n + weight(w), 0);
  // (A lone everyday verb needs one word of the source beside it; a noun's worth needs two.)
  // A last coordinated clause made only of new words ("… and was given a written warning", "…
  // and agreed to weekly drug tests") is a new claim, however short: no word of it restates the source.
  const lastAnd = draft.findLastIndex((t) => t.w === 'and');
  const newClause =
    lastAnd > 0 &&
    draft.slice(lastAnd + 1).some((t) => addedAt.has(t.i) && (posOf(t.w) ?? 'n') === 'n') &&
    // (A person, a time or any other word the source holds ties the clause to what the source says.)
    !draft.slice(lastAnd + 1).some((t) => !addedAt.has(t.i) && !byContext.has(t.i) && t.num === undefined && t.w.length > 2 && !GENERIC.has(t.w) && (isConcept(t) || implied(t, src) || (pool.get(keyBucket(t.key)) ?? []).some((x) => sameKey(t.key, x.key))));
  if (added.length > 0 && !newClause && worth < 2 && coveredCount >= (worth < 1 ? 1 : 2) && !added.some(salient) && !added.some(tail)) {
    added.length = 0;
    addedAt.clear();
  }
  // Word-level conflicts (polarity, time, hypothetical, certainty, person, axes) start here.
  const wordLevelFrom = contra.length;
  const sharedNegation = (t: CToken, s: CToken): boolean => {
    const word = (x: CToken): boolean => x.neg && !x.trigger && x.num === undefined && x.w.length > 1 && !GENERIC.has(x.w);
    const d = draft.filter((x) => word(x) && x.clause === t.clause && x !== t);
    if (d.length === 0) return false;
    const k = srcOf.get(s);
    const o = src.filter((x) => word(x) && x.clause === s.clause && srcOf.get(x) === k && x !== s);
    return d.some((x) => o.some((y) => sameKey(x.key, y.key)));
  };
  // "denies depressive symptoms, sleeps seven hours": the draft's negation scope ran past a comma
  // or "and" into a new predicate. The source bounds it: it denies what comes before the boundary,
  // states the word after it in another clause, and the word after it is a predicate with its own
  // complement, not a bare item of a list ("denies SI, HI, and AVH" keeps its scope). Never for a
  // risk word or a means of harm.
  const scopeOverrun = (t: CToken): boolean => {
    if (!t.neg || isRiskWord(t.w) || RISK_FRAME.has(t.w) || MEANS.has(t.w)) return false;
    let boundary = t.comma === true ? t.i : -1;
    for (let k = t.i - 1; k >= 0 && draft[k]!.clause === t.clause; k--) {
      const x = draft[k]!;
      if (x.comma === true || ['and', 'with', 'while', 'yet'].includes(x.w)) boundary = k;
      if (boundary < 0 || !x.neg || !isConcept(x) || k >= boundary) continue;
      const agreed = matches(x, pool);
      if (agreed.length === 0 || !agreed.every((y) => y.neg)) continue;
      const mt = matches(t, pool);
      if (mt.length === 0 || mt.some((y) => agreed.some((z) => srcOf.get(z) === srcOf.get(y) && z.clause === y.clause))) return false;
      // A complement after the word: a number, or another concept before the next comma.
      for (let j = t.i + 1; j < draft.length && draft[j]!.clause === t.clause && draft[j]!.comma !== true; j++) if (draft[j]!.num !== undefined || isConcept(draft[j]!)) return true;
      return false;
    }
    return false;
  };
  // "left the heating unrepaired", "the stove unchecked", "a medical cause was excluded": the
  // draft negates with a word, not a trigger, where the source wrote "not fixed" / "ruled out".
  // Round 12: a source negation that is not a lasting denial of what the draft states.
  //  - "has not yet registered" and "still needs to register": an act pending, said both ways;
  //  - "stopped the olanzapine" and "came off olanzapine": both sides state the cessation, one
  //    with a negation trigger, the other with a word of ceasing;
  //  - "refused an ambulance at first and then accepted it": the refusal was withdrawn;
  //  - "refused by the prescriber": the agent of a passive refusal is not what was refused.
  const clauseOf = (x: CToken): readonly CToken[] => {
    const k = srcOf.get(x);
    return k === undefined ? [] : perSource[k]!.filter((y) => y.clause === x.clause);
  };
  const notLasting = (t: CToken, s: CToken): boolean => {
    if (t.neg || !s.neg) return false;
    const sc = clauseOf(s);
    const dc = draft.filter((y) => y.clause === t.clause);
    if (sc.some((y) => y.w === 'yet' && y.i < s.i) && dc.some((y) => PENDING.test(y.w) && y.i < t.i)) return true;
    if (sc.some((y) => CEASE.test(y.w) && y.i < s.i && s.i - y.i <= 3) && !sc.some((y) => NEG_WORD.test(y.w) && y.i < s.i) && dc.some((y) => (CEASE.test(y.w) || y.axes.includes('medication:stop')) && y.i < t.i && t.i - y.i <= 3)) return true;
    if (sc.some((y) => /^(?:refused|declined|refuses|declines)$/.test(y.w) && y.i < s.i) && sc.some((y) => /^(?:then|later|eventually)$/.test(y.w) && y.i > s.i) && sc.some((y) => /^(?:accepted|agreed|consented)$/.test(y.w) && y.i > s.i)) return true;
    return OTHER_PEOPLE.has(s.w) || SPECIALIST.test(s.w) || /^(?:prescriber|doctor|gp|nurse|consultant|psychiatry|psychiatrist|staff|team)$/.test(s.w) ? sc.slice(Math.max(0, sc.indexOf(s) - 2), sc.indexOf(s)).some((y) => y.w === 'by') : false;
  };
  // (Round vfa2: either side may say it by a word, and the word may be privative, "ignoring calls" for
  // "not answering calls", "below threshold" for "did not reach the threshold", "loss of trust" for
  // "no longer trusts", "the unfixed heating" for "has not fixed the heating", a plan "deferred";
  // a participle with "un-" on any verb, "unfixed" as well as "unrepaired". Never across a comma, and
  // never a refusal with its agent, "was refused by the prescriber": whose refusal is another question.)
  const negatedByWordIn = (t: CToken, toks: readonly CToken[]): boolean =>
    !t.neg && !t.trigger && toks.some((x) => x.clause === t.clause && Math.abs(x.i - t.i) <= 4 && x !== t && !x.neg && !toks.slice(Math.min(x.i, t.i) + 1, Math.max(x.i, t.i) + 1).some((y) => y.comma) && (NEGATING_WORD.test(x.w) || (PRIVATIVE.test(x.w) && toks[x.i + 1]?.w !== 'by') || (x.w === 'hold' && toks[x.i - 1]?.w === 'on') || (/^un[a-z]{3,}(?:ed|able)$/.test(x.w) && (posOf(x.w.slice(2)) !== null || lemma(x.w.slice(2)) !== null || posOf(x.w) === null))));
  const negatedByWord = (t: CToken): boolean => negatedByWordIn(t, draft);
  // "trouble concentrating" for "poor concentration", "advised not to drive" for "stop driving":
  // a negation on one side, a word of deficit or cessation on the other, the same fact.
  const sameImpairment = (t: CToken, s: CToken): boolean => {
    const k = srcOf.get(s);
    const sToks = k === undefined ? [] : perSource[k]!;
    const [negTok, negToks, posTok, posToks] = t.neg ? [t, draft, s, sToks] : [s, sToks, t, draft];
    // (Only where the impairment word is the negation: "denies problems remembering" denies the deficit.)
    // ("to" of "hard to" and "time" of "hard time" are the impairment phrase's own words.)
    const otherTrigger = negToks.some((y) => y.clause === negTok.clause && y.i < negTok.i && y.trigger && !IMPAIRED.test(y.w) && !(['to', 'time'].includes(y.w) && IMPAIRED.test(negToks[y.i - 1]?.w ?? '')));
    // (A light verb may stand between: "hard to keep her focus".)
    if (!otherTrigger && nearWord(negTok, negToks, IMPAIRED, 4, 0) && nearWord(posTok, posToks, DEFICIT, 2, 1)) return true;
    // "not eating much", "not sleeping well" for "low appetite", "poor sleep": a negated degree is a deficit.
    if (nearWord(negTok, negToks, DEGREE, 0, 2) && nearWord(posTok, posToks, DEFICIT, 2, 1)) return true;
    // ("Injecting stopped two years ago" for "no longer injects": the cessation may follow the act.)
    if (!nearWord(negTok, negToks, CEASE, 3, 0) && nearWord(posTok, posToks, CEASE, 3, 0)) return true;
    // Both sides cease ("stopped injecting" / "injecting stopped"), where the negated side's only
    // negation is its cessation (not "not to stop suddenly").
    // ("No longer" is a cessation too.)
    const noLonger = (y: CToken): boolean => y.w === 'no' && negToks[y.i + 1]?.w === 'longer';
    const ceases = nearWord(negTok, negToks, CEASE, 3, 0) || negToks.slice(Math.max(0, negTok.i - 4), negTok.i).some(noLonger);
    const deniedOtherwise = negToks.slice(Math.max(0, negTok.i - 4), negTok.i).some((y) => y.clause === negTok.clause && /^(?:not|no|never|don't|didn't|doesn't|won't|cannot)$/.test(y.w) && !noLonger(y));
    if (ceases && !deniedOtherwise && nearWord(posTok, posToks, CEASE, 3, 2)) return true;
    // "no sleep problems" for "sleeping fine": a denied impairment is the function intact, where the
    // other side names no deficit of it (round 12).
    return nearWord(negTok, negToks, DENIED_PROBLEM, 2, 2) && !nearWord(posTok, posToks, DENIED_PROBLEM, 3, 3) && !nearWord(posTok, posToks, DEFICIT, 2, 2) && !nearWord(posTok, posToks, IMPAIRED, 4, 1) && !t.trigger && !s.trigger;
  };
  // "about four drinks" for "maybe four drinks": an approximate amount keeps the source's doubt.
  const approximates = (t: CToken): boolean => draft.some((x) => x.clause === t.clause && APPROX.has(x.w) && draft.slice(x.i + 1, x.i + 3).some((y) => y.num !== undefined));
  // A parent's report names the client as "her son"; a draft that says only "he" may mean the same child.
  const namesClient = draft.some((t) => t.w === 'client' || t.w === 'patient');
  for (const t of draft) {
    if (!isConcept(t) || addedAt.has(t.i) || isAligned(t) || (rc.allAgree && RISK_FRAME.has(t.w))) continue;
    let m = matches(t, pool).filter((s) => s.axes.length === 0);
    if (m.length === 0) m = synonyms(t, src).filter((s) => s.axes.length === 0);
    // An irregular form the stemmer cannot see ("spoken" / "spoke"): the same word, compared as one.
    if (m.length === 0) m = src.filter((s) => s.axes.length === 0 && !s.trigger && s.num === undefined && sameLemma(s.w, t.w));
    if (m.length === 0) continue;
    // Next to words the source does not hold, a qualifier the draft puts on a concept belongs to
    // the new claim ("is considering leaving her job"): that is an invention, reported as such.
    let nearAdded = false;
    for (let k = t.i - 3; k <= t.i + 3; k++) if (addedAt.has(k) && draft[k]!.clause === t.clause) nearAdded = true;
    // One added noun beside a negated verb the source states ("did not participate in the group")
    // is still a denial of what the source says; only a sentence that is mostly new holds it back.
    if (worth < 2) nearAdded = nearAdded && !(t.neg && m.every((s) => !s.neg));
    // Each dimension is held back only where the draft itself carries the qualifier.
    const free = (draftMarked: boolean): boolean => !(nearAdded && draftMarked);
    // "did not complete the homework" and "the homework was not completed" scope one "not" over
    // different words: where both clauses negate the same other concept, the scopes differ, not the facts.
    if (free(t.neg) && !screenedFor(t, draft) && m.every((s) => s.neg !== t.neg && !sharedNegation(t, s) && !sameImpairment(t, s) && !notLasting(t, s)) && !(s0neg(m) && negatedByWord(t)) && !(t.neg && !t.trigger && !isRiskWord(t.w) && m.every((s) => negatedByWordIn(s, perSource[srcOf.get(s)!]!))) && !scopeOverrun(t)) sayStrong(t.neg ? `source says ${t.w}; draft says no ${t.w}` : `source says no ${t.w}; draft says ${t.w}`);
    // Past against present or planned is a contradiction, and so is a plan told as done; "current
    // dose" against "will be rechecked" is one fact seen from two moments.
    // ("Plan: continue weekly weighing" and "weighing continues each week": what is to go on is
    // going on now too.)
    // (R03, round vfa3: and what was started in the past and is to continue, "started 2/52 ago -
    // continue", is going on now.)
    if (free(t.time === 'past') && t.time !== null && m.every((s) => s.time !== null && s.time !== t.time && !(t.time === 'future' && s.time === 'current') && !(t.time === 'current' && s.time === 'future' && (goesOn(t, draft) || goesOn(s, perSource[srcOf.get(s)!]!))) && !(t.time === 'current' && s.time === 'past' && goesOn(s, perSource[srcOf.get(s)!]!)))) {
      sayWeak( `source places ${t.w} ${WHEN[m[0]!.time!]}; draft places it ${WHEN[t.time]}`);
    }
    // A possibility and a hypothetical are the same kind of not-a-fact.
    // ("would like respite care" and "has not applied for respite care": a wish and its absence agree.)
    // (Round 12: what a person agreed should happen is the agreement's content, not a hypothetical:
    // "agreed that the pills should stay out of the house" for "agrees they stay out of the house".)
    const agreedTo = t.hyp && !s0neg(m) && draft.some((y) => y.clause === t.clause && y.i < t.i && /^agre/.test(y.w) && !y.neg);
    // (R03, round vfa3: nor the first part of a hyphened topic compound, "contamination-focused",
    // "trauma-related": it names what something is about, not an event that happened.)
    const topicPart = new RegExp(String.raw`\b${t.w}[a-z]*-(?:focused|related|based|driven|specific|themed|oriented|linked)\b`, 'i').test(sentence);
    if (free(t.hyp) && !agreedTo && !topicPart && !(t.neg && !t.hyp) && m.every((s) => s.hyp !== t.hyp && !(t.hyp ? s.uncertain : t.uncertain))) sayWeak( t.hyp ? `source states ${t.w} as fact; draft makes it hypothetical` : `source speaks of ${t.w} as an urge, plan or possibility; draft states it as fact`);
    // The draft may say the client believes what the source reports the client saying.
    // A draft whose writer infers through a verb of appearance ("appears to have helped", "seems
    // to settle") claims less than a source that states it plainly, not something else. A status
    // word ("possible depression") is the finding's own certainty and still conflicts, and a risk
    // keeps its certainty either way.
    const hedgesFact = t.uncertain && !t.neg && !isRiskWord(t.w) && !MEANS.has(t.w) && !RISK_FRAME.has(t.w) && draft.some((x) => x.clause === t.clause && EVIDENTIAL.test(x.w));
    if (free(t.uncertain) && !hedgesFact && !(t.uncertain && t.belief) && !(!t.uncertain && approximates(t)) && m.every((s) => s.uncertain !== t.uncertain && !(t.uncertain ? s.hyp : t.hyp))) sayWeak( t.uncertain ? `source states ${t.w} as certain; draft says possible` : `source says possible ${t.w}; draft states it as certain`);
    // Only where both sides name whom it concerns: an assumed client, a person named after the
    // word, a reporter or a pronoun that could mean two people proves nothing.
    // (Round vfa7: nor where each side's clause names both people and one side joins them by "with",
    // "lives with her mother" and "her mother lives with the client": a relation both share, only the
    // order differs. Not "his mother reports he is isolating", nor who did what to whom.)
    // (R03, round vfa3: nor a word standing before the person it describes, "a supportive brother":
    // an attributive adjective is its noun's, whoever the clause's subject is.)
    const describes = draft[t.i + 1]?.clause === t.clause && OTHER_PEOPLE.has(draft[t.i + 1]!.w) ? draft[t.i + 1]!.w : null;
    if (free(t.who !== 'client') && t.whoNamed && !CALENDAR.has(t.w) && m.every((s) => s.whoNamed && !samePerson(s.who, t.who) && !(describes !== null && samePerson(describes, s.who)) && s.who !== 'family' && t.who !== 'family' && !(t.who === 'client' && !namesClient && CHILDREN.has(s.who)) && !(namedIn(draft, t.clause, s.who) && namedIn(perSource[srcOf.get(s)!]!, s.clause, t.who) && (joinedWith(draft, t.clause) || joinedWith(perSource[srcOf.get(s)!]!, s.clause))))) sayWeak( `source says ${t.w} concerns ${who(m[0]!.who)}; draft says ${who(t.who)}`);
  }

  // "none this week": a period the source says nothing happened in, asserted by the draft.
  for (const t of draft) {
    if (t.neg || !TIME_WORDS.has(t.w) || t.trigger === false) continue;
    const m = src.filter((s) => s.w === t.w);
    if (m.length > 0 && m.every((s) => s.neg)) sayStrong(`source says none this ${t.w}; draft says there was`);
  }

  // Axes: increased vs decreased, started vs stopped, attended vs missed, positive vs negative.
  const draftConcepts = new Set(draft.filter(isConcept).map((t) => t.key));
  const draftWords = draft.filter(isConcept).map((t) => t.w);
  const oneClauseEach = perSource.every((p) => p.length === 0 || p[0]!.clause === p[p.length - 1]!.clause);
  const relatedMemo = new Map<string, boolean>();
  let drugNamed: boolean | undefined;
  const namesDrug = (): boolean => (drugNamed ??= draft.some((t) => DRUG.test(t.w)));
  const related = (at: CToken): boolean => {
    if (oneClauseEach) return true;
    const id = `${srcOf.get(at)}:${at.clause}`;
    let r = relatedMemo.get(id);
    if (r === undefined) {
      // ("Cont current dose" is about whichever medication the draft names.)
      // (The action words themselves do not relate a clause: "started lamotrigine" is not about quetiapine.)
      const clauseConcepts = src.filter((s) => s.clause === at.clause && srcOf.get(s) === srcOf.get(at) && isConcept(s) && !(DOSE_WORDS.has(s.w) && namesDrug()) && s.axes.length === 0);
      // A clause that is only the action ("attended last session") is about whatever the draft says it is.
      // (Or by a report's word for its content: "gained weight" is about "has lost 3 kg", equivalence.ts.)
      r = clauseConcepts.length === 0 || clauseConcepts.some((s) => [...draftConcepts].some((k) => sameKey(k, s.key))) || draftWords.some((w) => registerCovers(w, clauseConcepts.map((s) => s.w)));
      relatedMemo.set(id, r);
    }
    return r;
  };
  const srcAxes = flatMap(src, (s) => (particleOf(s, perSource[srcOf.get(s)!]!) ? [] : axisValues(s).map((a) => ({ a, s }))));
  // (Only where no change word of the other way stands in a clause with those numbers: "peaked at
  // 70, dropped to 30" says which way they went.)
  const numbersCarry = (a: string): boolean => {
    const against = a === 'amount:up' ? 'amount:down' : 'amount:up';
    const at = (v: number): CToken[] => src.filter((s) => s.num === v);
    const clash = (v: number): boolean => at(v).some((n) => srcAxes.some((x) => x.a === against && x.s.clause === n.clause && srcOf.get(x.s) === srcOf.get(n)));
    return fromTo(draft).some(([x, y]) => {
      const from = Number(x);
      const to = Number(y);
      // (And only where the source marks the draft's starting number as the earlier one: "11
      // (previous 17)", "was 17", "17 at baseline"; unmarked, the order is the draft's guess.)
      const earlier = at(from).some((n) => {
        const toks = perSource[srcOf.get(n)!]!;
        return toks.slice(Math.max(0, n.i - 2), n.i).some((y) => y.clause === n.clause && EARLIER.test(y.w)) || toks.slice(n.i + 1, n.i + 3).some((y) => y.clause === n.clause && /^(?:baseline|before|previously|ago|intake|admission)$/.test(y.w));
      });
      return !Number.isNaN(from) && !Number.isNaN(to) && at(from).length > 0 && at(to).length > 0 && earlier && (a === 'amount:up' ? to > from : to < from) && !clash(from) && !clash(to);
    });
  };
  for (const t of draft) {
    // (A name the note gives its subject has no axis: "Sam" is no "same", R03, round vfa3.)
    if (particleOf(t, draft) || names.has(t.w)) continue;
    // "decreased from nightly to weekly": what follows "from" is the state before the change.
    if (t.i > 0 && (draft[t.i - 1]!.w === 'from' || (t.i > 1 && draft[t.i - 2]!.w === 'from')) && draft[t.i - 1]!.clause === t.clause) continue;
    // Next to words the source does not hold, the act belongs to the new claim ("… and takes the
    // bus to work" after "avoids driving") in a sentence that is mostly new: an invention, reported as such, not an opposite.
    if (addedAt.size > 0 && (worth >= 2 || added.length >= 2) && [1, 2, 3].some((k) => (addedAt.has(t.i + k) && draft[t.i + k]!.clause === t.clause) || (addedAt.has(t.i - k) && draft[t.i - k]!.clause === t.clause))) continue;
    // "assigned but not completed" against "completed": the source's own word for the act, with the
    // other polarity, outweighs another word of the same value ("assigned" is done too).
    const own = actAxis(t) ? src.filter((s) => actAxis(s) && sameKey(s.key, t.key) && related(s)) : [];
    if (own.length > 0 && own.every((s) => s.neg !== t.neg && !sharedNegation(t, s))) {
      sayWeak(`source says ${own[0]!.neg ? 'not ' : ''}${own[0]!.w}; draft says ${t.neg ? 'not ' : ''}${t.w}`);
      continue;
    }
    for (const a of axisValues(t)) {
      const axis = a.split(':')[0]!;
      if (srcAxes.some((x) => x.a === a && related(x.s))) continue;
      // "stable" against "deteriorating" or "improved": no change against a change.
      // ("considered but not started" is not done: a start against a start that did not happen.)
      const opposes = (b: string, x: { s: CToken }): boolean => (b.split(':')[0] === axis && b !== a) || (a === 'medication:start' && b === 'completion:undone' && x.s.axes.includes('medication:start')) || (a === 'amount:same' && b.startsWith('valence:')) || (b === 'amount:same' && axis === 'valence');
      // "dropped from 17 to 11" where the source gives 11 now and 17 before: the draft's own
      // numbers, both the source's, carry the direction; a change word elsewhere in the source
      // ("doing more") is about something else.
      if ((a === 'amount:up' || a === 'amount:down') && !t.neg && numbersCarry(a)) continue;
      const other = srcAxes.find((x) => opposes(x.a, x) && related(x.s));
      if (other !== undefined) sayWeak( `source says ${other.s.neg ? 'not ' : ''}${other.s.w}; draft says ${t.neg ? 'not ' : ''}${t.w}`);
    }
  }

  // A risk sentence whose every risk mention agrees with the source, attribute by attribute:
  // the risk comparison is the authority there, and the word-level readings of the same words
  // ("plan" as hypothetical, "screen" as negated, whose "yells") are noise.
  // A negation stays: "no early refills" is a fact beside the risk, not a reading of it.
  if (rc.allAgree) {
    const kept = contra.slice(wordLevelFrom).filter((r) => strongReasons.has(r));
    contra.splice(wordLevelFrom, contra.length - wordLevelFrom, ...kept);
  }
  // Numbers: each one the draft uses must be in the source; another value for the same unit is a contradiction.
  const srcNums = numbers(src);
  const approximate = (d: NumberAt): boolean => draft.some((t) => t.num === d.v && draft.slice(Math.max(0, t.i - 2), t.i).some((x) => APPROX.has(x.w) && x.clause === t.clause));
  const addedKeys = new Set(added.map(stem));
  // The draft's numbers found nowhere in the source, for contrast15.ts.
  const addedNumbers: number[] = [];
  for (const d of numbers(draft)) {
    // The same amount in another unit ("an hour" for "60 min", "two weeks" for "14 days").
    if (srcNums.some((s) => s.v === d.v || (minutes(d) !== null && minutes(d) === minutes(s)) || (grams(d) !== null && grams(d) === grams(s)))) continue;
    // "nearly three weeks" for "19 days": an amount the draft itself marks as approximate is the
    // source's when it is within a tenth or so of it, in the same measure.
    if (approximate(d) && srcNums.some((s) => nearAmount(minutes(d), minutes(s)) || nearAmount(grams(d), grams(s)) || (d.unit !== null && s.unit !== null && sameKey(d.unit, s.unit) && nearAmount(d.v, s.v)))) continue;
    // "lost four pounds" for "162 -> 158 lb": the size of a change the source gives by its two ends.
    if (isChangeSize(d, draft, srcNums)) continue;
    // The size of a change, a share or a rounded figure, from the source's own numbers (equivalence.ts).
    const changeBefore = draft.some((t) => t.num === d.v && draft.slice(Math.max(0, t.i - 2), t.i).some((x) => CHANGE_SIZE.test(x.w)));
    if (restatedNumber(d.v, d.unitWord, changeBefore, approximate(d), sources)) continue;
    // "one pack" for "a full pack".
    if (d.v === 1 && d.unit !== null && src.some((s) => s.key === d.unit) && !srcNums.some((s) => s.unit === d.unit)) continue;
    // "once a month" for "monthly": the one is the frequency's, which the source states.
    // ("1x/week" is written "once" too, round vfa7.)
    if (d.v === 1 && held.frequency && /\bonce\b|\b1\s?x\b/i.test(sentence)) continue;
    // A number about something the source never mentions ("trazodone 50 mg") is invented, not changed.
    if (d.anchor !== null && addedKeys.has(d.anchor)) {
      addedNumbers.push(d.v);
      say(unsupported, `draft adds the number ${d.v}`);
      continue;
    }
    // Another year where the cited text dates its one event by a single year ("in 2013" for "(2016)").
    const srcYears = [...new Set(srcNums.filter((s) => year(s.v)).map((s) => s.v))];
    if (year(d.v) && srcYears.length === 1) {
      sayStrong(`source gives the year ${srcYears[0]}; draft says ${d.v}`);
      continue;
    }
    // Another score on the same instrument ("11 on the GAD-7" where the source's GAD-7 is 8): an
    // instrument named in both clauses says what the number measures, wherever it stands (round 14).
    const inst = d.topic.find((k) => INSTRUMENT.test(k) || /^[a-z]{2,}\d+$/.test(k));
    const scored = inst === undefined ? undefined : srcNums.find((s) => s.topic.includes(inst));
    if (scored !== undefined) {
      sayStrong(`the ${inst} is ${scored.v} in source; draft says ${d.v}`);
      continue;
    }
    // Another value for the same measure, said of the same thing: a clause of the draft about
    // something else ("late by ten minutes" beside "a 50-minute session") is not a contradiction.
    const same = srcNums.find((s) => (sameTopic(d, s) && ((d.unit !== null && s.unit !== null && sameKey(s.unit, d.unit)) || (minutes(d) !== null && minutes(s) !== null))) || (d.anchor !== null && s.anchor !== null && sameKey(s.anchor, d.anchor)));
    if (same !== undefined) sayStrong(`${same.v}${same.unitWord !== null ? ` ${same.unitWord}` : ''} in source; draft says ${d.v}${d.unitWord !== null ? ` ${d.unitWord}` : ''}`);
    else {
      addedNumbers.push(d.v);
      say(unsupported, `draft adds the number ${d.v}`);
    }
  }
  const srcPairs = flatMap(perSource, fromTo);
  for (const [a, b] of fromTo(draft)) {
    if (srcPairs.some(([x, y]) => x === b && y === a) && !srcPairs.some(([x, y]) => x === a && y === b)) sayStrong(`source goes from ${b} to ${a}; draft says from ${a} to ${b}`);
    const na = Number(a);
    const nb = Number(b);
    if (!Number.isNaN(na) && !Number.isNaN(nb) && na !== nb) {
      const dir = flatMap(draft, (t) => (t.neg ? [] : t.axes)).find((x) => x === 'amount:up' || x === 'amount:down');
      if ((dir === 'amount:up' && nb < na) || (dir === 'amount:down' && nb > na)) sayStrong(`draft says ${dir === 'amount:up' ? 'increased' : 'decreased'}, but its numbers go from ${a} to ${b}`);
    }
  }

  // A change (better, worse, more, fewer) where the source gives no comparison at all is invented.
  // ("keep the dose" says the same as "the dose stays the same".)
  // (A source verb of gradual change states one too: "grades slipping" for "grades are dropping".)
  const srcCompares = src.some((s) => s.axes.some((a) => COMPARE.test(a) || a === 'medication:keep') || COMPARATIVE.has(s.key) || CHANGE_VERB.test(s.w)) || srcNums.length >= 2 || src.some((s) => ['previously', 'from', 'was', 'since', 'intake', 'baseline', 'usual', 'usually', 'last', 'before', 'prior', 'than', 'cutdown'].includes(s.w) || /^(?:chang|unchang|same$)/.test(s.w)) || src.some((s) => s.w.length > 4 && s.w.endsWith('er') && lemmas(s.w).some((l) => l !== s.w && posOf(l) === 'a'));
  if (!srcCompares) {
    // "came up with", "gave up": after a verb, "up"/"down" is the verb's particle, not a change.
    const changeBy = (t: CToken): boolean => draft[t.i + 1]?.w === 'by' && draft[t.i + 2]?.num !== undefined;
    const particle = (t: CToken): boolean => (t.w === 'up' || t.w === 'down') && t.i > 0 && verbal(draft[t.i - 1]!.w) && draft[t.i + 1]?.num === undefined && !['from', 'to'].includes(draft[t.i + 1]?.w ?? '') && !changeBy(t);
    // (Not a name the note gives its subject: "Sam" is no "same", R03, round vfa3.)
    const claim = draft.find((t) => !t.neg && !particle(t) && !names.has(t.w) && !((t.w === 'up' || t.w === 'down') && isPhrasalParticle(draft.map((y) => y.w), t.i)) && (t.axes.some((a) => a.startsWith('amount:')) || COMPARATIVE.has(t.key)));
    if (claim !== undefined) say(unsupported, `draft says ${claim.w}; the source states no change`);
  }
  // Another value of the same class in the same slot ("Tuesday" for "Thursday", "lives alone" for
  // "lives with his wife"): the new word is a replacement, not an addition (slots.ts).
  for (const r of slotConflicts(sentence, sources)) sayStrong(r);
  // The same frame with an incompatible value: a score for another time, a date, "both" against
  // a miss, a test result, a reporter's own verb, a stopped activity (frames.ts).
  for (const r of frameConflicts(sentence, sources)) sayStrong(r);
  // Who did it, which relative, a diagnosis made or not, clock times, intervals, the state a
  // change started from (frames2.ts, round 11).
  for (const r of moreFrameConflicts(sentence, sources)) sayStrong(r);
  // Who did what to whom, the earlier value of a change, still against stopped, a refusal later
  // withdrawn, another frequency of the same act (frames12.ts, round 12).
  for (const r of round12Conflicts(sentence, sources)) sayStrong(r);
  // Quantifiers, rates, medication status, planned against done, numbers in the same unit, people,
  // exclusive slots, direction against dated values (contrast15.ts, round vcatch).
  for (const r of contrast15Conflicts(sentence, sources, added, addedNumbers)) sayStrong(r);
  // Whose experience, how certain, what became of an action: read per clause and compared on aligned
  // words (dimensions.ts, round vdim). Where that reading finds the draft carries the source's own
  // hedge, or names the same person for every aligned word, the word-level readings of certainty or
  // person that say otherwise are held back (they were weak readings, not negations or numbers).
  const dims = compareDimensions(sentenceIn, sourcesIn, context);
  for (const r of dims.contra) sayStrong(r);
  // Quantities read as measurements: a change turned round, two times compared the wrong way, the
  // earlier value as now, another value, bound or size of change for the same measure (measures.ts, round vnum).
  for (const r of measureConflicts(sentenceIn, sourcesIn)) sayStrong(r);
  const kinPair = (r: string): boolean => {
    const m = /^source says the (\w+); draft says the (\w+)$/.exec(r);
    return m !== null && OTHER_PEOPLE.has(m[1]!) && OTHER_PEOPLE.has(m[2]!);
  };
  const heldBack = (r: string): boolean =>
    (dims.hedgeAgrees && /draft states it as (?:certain|fact)$/.test(r)) ||
    (dims.personAgrees && (/ concerns (?:the )?[\w ]+; draft says /.test(r) || kinPair(r))) ||
    (dims.negatedStatusAgrees && /^source says (?:no )?[\w ]+; draft says (?:no )?[\w ]+$/.test(r) && !/ the /.test(r)) ||
    (dims.continuedAgrees && /^source plans (?:to )?[\w ]+; draft says it was done$/.test(r)) ||
    // (Round vtemp: "no panic attacks since September" and "panic attacks began in 2021" agree.)
    (dims.timeSettlesNegation && (/^source says (?:no |not )?[\w ]+; draft says (?:no |not )?[\w ]+$/.test(r) || /; draft says (?:present|denied)$/.test(r))) ||
    // "No self-harm for five weeks" where it "last occurred 5 weeks ago": an absence the source dates (measures.ts).
    (/(?: present; draft says (?:denies it|denied)|; draft says no [\w-]+)$/.test(r) && boundedAbsenceAgrees(sentenceIn, sourcesIn));
  for (let k = contra.length - 1; k >= 0; k--) if (heldBack(contra[k]!)) contra.splice(k, 1);
  if (added.length > 0) say(unsupported, `draft adds what the source does not say: ${[...new Set(added)].slice(0, 5).join(', ')}`);
  if (unfoundQuotes(sentence, sources).length > 0) say(unsupported, 'quotes words the source does not hold');
  const strongContra = contra.some((r) => strongReasons.has(r));
  if (contra.length > 0 && !(strongContra === false && worth >= 2 && added.length > 0)) return { label: 'CONTRADICTED', reasons: [...contra, ...unsupported], risk, riskPolarity };
  if (contra.length > 0) return { label: 'UNSUPPORTED', reasons: [...unsupported, ...contra], risk, riskPolarity };
  if (unsupported.length > 0) return { label: 'UNSUPPORTED', reasons: unsupported, risk, riskPolarity };
  return { label: 'SUPPORTED', reasons: [], risk, riskPolarity };
}

/** For tests and the benchmark: the stem the engine compares a word by. */
export const stemOf = stem;
