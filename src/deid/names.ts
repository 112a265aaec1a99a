// Names of people and places from word tokens.
//
// Evidence combined, strongest first:
//   1. context cues: titles ("Dr. Young"), relation words ("my cousin Will"), introductions
//      ("my name is …", "named …"), greetings, speaker labels ("SARAH:"), speech verbs after a
//      word ("Hope said"), locative words before a place ("moved to Visalia");
//   2. dictionaries: census/SSA first and last names, US city names;
//   3. a common-word list: a dictionary name that is also an English word (Hope, Will, Brown)
//      needs a capital letter mid-sentence or a context cue; one that is not (Maria, Kawabata)
//      is taken in any case, so lower-case and all-caps transcripts are covered;
//   4. capitalisation: in a normally-cased line, a capitalised word mid-sentence that no list
//      knows is a proper noun, and proper nouns in therapy text are overwhelmingly people and
//      places. Recall comes first: a missed name is a leak.
import { CLINICAL_SHORTHAND, EPONYM_NOUNS, GENERIC_UNITS, MEASURE_WORDS, NOTE_ONLY_SHORTHAND, PLACE_EPONYM_NOUNS, SIGN_NOUNS } from './clinical-lexicon.ts';
import { KIN_HOME } from './lexicon.ts';
import { resources, type DeidResources } from './resources.ts';
import * as flags from './wordflags.ts';
import { GLUED_CLAUSE_RE, looksAbbreviated, looksMisspelt } from './wordflags.ts';
import { hasFlag as has, type Token } from './tokens.ts';
import * as cues from './name-cues.ts';
import { lowerCaseTown, talkPlaceLength } from './talk-places.ts';
import { US_STATE_NAMES, US_STATES } from './geo-data.ts';
import { textRegisters } from './clinical-eponyms.ts';

// Imported bindings are copied to module constants once: under the TypeScript loader each read of
// an imported binding goes through an accessor, and these are read for every token.
const W = flags.W;
const {
  CUE_GAP_RE,
  DETERMINERS,
  GREETINGS,
  INTERJECTION_RE,
  INTRO_BEFORE,
  MODALS,
  NAME_LEAD_INS,
  PERSONAL_PRONOUNS,
  POSSESSIVES,
  REPORT_VERBS,
  followedByState,
  isAcronym,
  isSpeakerLabel,
  matchCity,
  namelyFollowed,
} = cues;


export interface RawSpan {
  start: number;
  end: number;
  type: 'NAME' | 'GEO';
  /** The rule that marked the span's first word: an index into NAME_RULES. */
  rule: number;
}

/** An ASCII digit at `i` (false outside the text), as /\d/ tests it. */
const isDigitAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};
// Words before a drug or device name: "on Levo", "started Integrilin", "via Dobhoff".
const TERM_BEFORE = new Set(['on', 'started', 'start', 'given', 'gave', 'via', 'restarted', 'cont', 'continue', 'continued', 'off', 'weaned', 'titrated', 'increased', 'decreased', 'bolus', 'drip', 'gtt']);

// (R35 talk9: the verbs of chat that take a person, "blocked maribel", "ghosted desmond".)
const PERSON_OBJECT_BEFORE = new Set(['told', 'asked', 'texted', 'messaged', 'met', 'saw', 'visited', 'tell', 'ask', 'text', 'visit', 'blocked', 'unblocked', 'ghosted', 'dumped', 'facetimed']);
// Words before a credential that are not the person: "per RN", "paged MD", "charge RN".
const BEFORE_CREDENTIAL_STOP = new Set(['per', 'via', 'page', 'paged', 'call', 'called', 'notified', 'aware', 'care', 'team', 'charge', 'primary', 'covering', 'night', 'day', 'evening', 'resident', 'by', 'to', 'with', 'the', 'and']);
const ADDRESS_TITLES = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'miss']);
// "pt"/"patient"/"client" are relation words in therapy talk ("my patient Hope"), but in a clinical
// note the word after "pt" is what the patient did ("pt refuses", "PT AMBULATES", "pt tol feeds").
const SUBJECT_RELATIONS = new Set(['pt', 'pts', "pt's", 'patient', 'patients', 'cl', 'client', 'clients']);
// Subject pronouns: in a clinical note a lower-case word after one is its verb, often misspelt
// ("she denyse nausea"), not a name.
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it']);
// Credentials written before a clinician's name in notes ("NP Lark aware", "MD HOLLOWAY notified").
const CONTACT_VERBS = new Set(['reach', 'reached', 'call', 'called', 'page', 'paged', 'notify', 'notified', 'update', 'updated', 'inform', 'informed', 'contact', 'contacted', 'told', 'asked', 'phoned']);
// ("PA" is left out: before a word it is the pulmonary artery far more often.)
const CREDENTIALS_BEFORE = new Set(['rn', 'np', 'md', 'rrt', 'crnp', 'aprn', 'lpn', 'ho']);
const AMBIGUOUS_CREDENTIALS = new Set(['do', 'ot', 'rd', 'pa-c', 'slp']);
const CREDENTIAL_SUBJECT_NEXT = new Set(['aware', 'notified', 'made', 'called', 'paged', 'updated', 'informed', 'contacted', 'will', 'was', 'is', 'has', 'in', 'at', 'to', 'ordered', 'here', 'came', 'saw', 'spoke']);
const CALL_VERBS = new Set(['called', 'calls', 'said', 'says', 'stated', 'states', 'asked', 'phoned', 'visited', 'texted']);

// Credentials written after a clinician's name.
const CREDENTIALS = new Set(['rn', 'rrt', 'md', 'np', 'lpn', 'lvn', 'cna', 'lcsw', 'lmft', 'lpc', 'lmhc', 'psyd', 'phd', 'pa-c', 'crnp', 'aprn', 'msw', 'do', 'ot', 'otr', 'dpt', 'slp', 'rd']);

// (A length test spares most tokens the Set lookup in the credential pass.)
const CREDENTIAL_MAX_LENGTH = Math.max(...[...CREDENTIALS].map((w) => w.length));

// First words of multi-word city names that are otherwise function or place words ("new haven").
const CITY_PREFIXES = new Set(['new', 'west', 'east', 'north', 'south', 'san', 'santa', 'los', 'las', 'la', 'el', 'fort', 'port', 'mount', 'saint', 'lake', 'grand', 'palm', 'glen', 'white', 'fall', 'falls', 'upper', 'lower', 'great']);

// A nickname in brackets after a name: "(goes by Iggy)", "(aka Bobby)", "(prefers Sam)".
const AKA_AFTER_RE = /^[ \t]*\((?:goes by|aka|a\.k\.a\.?|nicknamed|known as|prefers)[ \t]/i;

// Per-token marks, kept in a Uint8Array.
const Mark = { None: 0, Name: 1, Geo: 2 } as const;

/** What each name/place rule is, in words: the evidence explain() reports for a span. */
export const NAME_RULES: readonly string[] = [
  'none',
  'unknown capitalised word after a locative (in/from/near): a place',
  'US city: after a locative, before a state, or capitalised mid-sentence',
  'title before it (Dr., Mrs)',
  'relation word before it (sister, son, boyfriend)',
  'first name and surname after a relation word',
  'introduction or greeting before it (my name is, named, hi)',
  'popular first name beside a pronoun or before a speech verb',
  'capitalised function word that is a popular first name, mid-sentence',
  'speaker label at line start',
  'dictionary name that is not vocabulary',
  'capitalised mid-sentence: a first name, a frequent surname, or a word no list knows',
  'sentence-initial capital before a speech verb',
  'sentence-initial first name before a reporting verb',
  'sentence-initial capitalised word no word list knows',
  'middle or trailing initial of a name',
  'name particles before a surname (van der, de la)',
  'name particle inside a name',
  'frequent surname after a first name',
  'lower-case unknown word after a first name',
  'initial before a surname',
  'cued first name before a surname',
  'words before a credential (RN, MD, RRT)',
  'unknown word after a verb that takes a person (told, asked, met with)',
  'named with a cue elsewhere in this text',
  'credential before it (NP, MD, RN) in a note',
  'words before a relation in brackets ("… (daughter)")',
  'place in counselling talk: a gazetteer city that is no word or popular name, or an unknown word after to/from/in',
];
// Rules whose evidence is a cue in context, strong enough to carry a name through the document.
const CUED_RULES = new Set([3, 4, 5, 6, 9, 19, 20, 22, 23, 25, 26]);

// The state of the current detectNamesAndPlaces call, read by the rule helpers below. They live at
// module level so that a call creates no closures (it used to create ~30 per text, a cost paid
// again for every short text of a stream); detection is synchronous and never re-entrant, so one
// set of variables is enough.
let text = '';
let tokens: readonly Token[] = [];
let clinicalRegister = false;
let noteRegister = false;
let nTokens = 0;
// Each token's mark and the rule that set it (the call's own arrays).
const NO_MARKS = new Uint8Array(0);
let marks: Uint8Array = NO_MARKS;
let whys: Uint8Array = NO_MARKS;
let res: DeidResources | undefined;
function enter(t: string, tk: readonly Token[], clinical: boolean, note: boolean, m: Uint8Array, w: Uint8Array, r: DeidResources | undefined): void {
  text = t;
  tokens = tk;
  nTokens = tk.length;
  clinicalRegister = clinical;
  noteRegister = note;
  marks = m;
  whys = w;
  res = r;
}

// Never a name, whatever the cue: pronouns, articles, auxiliaries, contractions, calendar words.
const hard = (t: Token): boolean =>
  t.key.length < 2 || has(t, W.CoreStop | W.Calendar | W.Contraction) || isAcronym(t) || digitBeside(t);
// Not a name without a strong cue: other function words and non-name capitalised words.
// A country or state blocks a name, unless it is also a popular first name used as one
// ("seeing Jordan", not "in Jordan").
const placeBlocks = (i: number): boolean => {
  const t = tokens[i]!;
  if (!has(t, W.Place)) return false;
  if (!(has(t, W.First) && has(t, W.Popular))) return true;
  const p = tokens[i - 1];
  return p !== undefined && has(p, W.Locative);
};
// "SaO2", "x3 MAE": a word glued to a number is a reading or an abbreviation, never a name.
// (Character codes, not a regular expression: this runs for almost every token.)
const digitBeside = (t: Token): boolean => isDigitAt(text, t.end) || isDigitAt(text, t.start - 1);
// (i is t's index in tokens: the lookup used to be tokens.indexOf(t), linear in the text.)
const blocked = (t: Token, i: number): boolean => hard(t) || has(t, W.Function | W.NotName) || (has(t, W.Place) && placeBlocks(i));
const KIN_OWNERS = new Set(['my', 'your', 'his', 'her', 'our', 'their', 'ur', 'yer']);
const cap = (t: Token): boolean => t.caseInformative && (t.shape === 'title' || t.shape === 'upper');
// Dictionary name that is not an ordinary word: a name in any case.
// In lower case or all caps a short rare name ("lis", "ota") is as likely shorthand or a typo.
const strong = (t: Token, i: number): boolean =>
  !blocked(t, i) && has(t, W.Name) && !has(t, W.Common) && !has(t, W.Month) && !has(t, W.Clinical) && !pluralOfWord(t) && !lowerPluralOfEveryday(t) && !unitAbbreviation(t) &&
  // A kinship word spelt as a rare surname ("neice") names the relation, not the person.
  !has(t, W.Relation) &&
  // A grandparent's pet name with its possessive ("at Nan's") is a home, not a person.
  !(KIN_HOME.has(t.key) && /['’]s$/.test(t.text)) &&
  // After a possessive ("your nan is ninety", "my gramps") it is the relation itself (R35 talk round 7).
  !(KIN_HOME.has(t.key) && i > 0 && KIN_OWNERS.has(tokens[i - 1]!.key)) &&
  // Lower case or all caps: a rare name one slip from a word ("stong", "yeilding") is the word.
  (cap(t) || has(t, W.Popular) || !looksMisspelt(t.key)) &&
  // In a clinical note's all-caps or all-lower line, a short rare name ("dul", "comf", "tia") or one
  // that starts a longer word ("reck", "onsult", "cabag") is shorthand or a typo far more often.
  (!clinicalRegister || cap(t) || has(t, W.Popular) || (t.key.length >= 5 && !looksAbbreviated(t.key))) &&
  (!noteRegister || clinicalStrong(t, i));
// R35 talk8: in talk, a name that is also an English word ("pepper", "brandy", "dean") is taken with
// no cue only where its capital says something: not in lower case in a line that capitalises, and
// not as a sentence's first word, whose capital says nothing ("Brandy was my drink back then").
// The cued rules (a relation, a title, a speech verb) still take it.
// (Only in a line that is written in both cases: a line all in lower case, or one word on its own,
// says nothing by its case.)
// (A capitalised word right after it, whose capital does say something, is evidence beyond the
// first capital: "Wren Halloway shared …", a full name opening a note's section, is a person.)
const plainWordInTalk = (t: Token, i: number): boolean =>
  !noteRegister && t.caseInformative && ((t.sentenceStart && t.shape === 'title') || (t.shape === 'lower' && lineHasCapital(t))) && res!.commonWords.has(t.key) && !surnameAfter(t, i);
function surnameAfter(t: Token, i: number): boolean {
  const next = tokens[i + 1];
  return t.shape === 'title' && has(t, W.First | W.Last) && next !== undefined && tight(t, next) && next.shape === 'title' && next.caseInformative && !next.sentenceStart && !has(next, W.Clinical | W.Function | W.Calendar | W.Month);
}
function lineHasCapital(t: Token): boolean {
  const s = text.lastIndexOf('\n', t.start) + 1;
  const e = text.indexOf('\n', t.end);
  // (After a speaker label, "Client:", which is capitalised by convention.)
  return /[A-Z]/.test(text.slice(s, e < 0 ? text.length : e).replace(/^[A-Za-z]+:/, ''));
}
// In a clinical note a dictionary name with no cue is still a word when its neighbours say so: a
// lower-case word after a subject pronoun is the verb ("she denyse nausea"); a name
// before a device or lesion noun is an eponym ("a kelly clamp", "a tiemann catheter"); a rare
// surname opening a sentence with no second name beside it is a typo or clipped word far more
// often than a person ("Neice phoned", "Tiemann placed").
const clinicalStrong = (t: Token, i: number): boolean => {
  const p = tokens[i - 1];
  if (p !== undefined && !cap(t) && tight(p, t) && SUBJECT_PRONOUNS.has(p.key)) return false;
  if (NOTE_ONLY_SHORTHAND.has(t.key)) return false;
  // A two-letter word outside a capitalised name ("bo" typed for "bp", "al" for an arterial line) is shorthand or a typo.
  if (t.key.length <= 2 && !(t.caseInformative && t.shape === 'title')) return false;
  // ("Pt Catholic, chaplain aware", "pt Christian": after "pt" a note gives a fact, not a name.)
  // ("given Kerlix", "started Xarelto", "on Tamiflu": a word after a verb of giving is a drug or dressing.)
  if (p !== undefined && tight(p, t) && (SUBJECT_RELATIONS.has(p.key) || TERM_BEFORE.has(p.key))) return false;
  if (eponymAfter(i) || dosedBefore(i) || slashedToTerm(i) || scoreAfter(i)) return false;
  if (t.sentenceStart && !has(t, W.Popular) && !nameBeside(i)) return false;
  return true;
};
// "6u Lantis", "a 14F Tiemann": a word right after a number with its unit is a drug or device.
const dosedBefore = (i: number): boolean => /\d[A-Za-z]{0,4}[ \t]{1,2}$/.test(text.slice(Math.max(0, tokens[i]!.start - 8), tokens[i]!.start));
// "TIA/CVA", "s/p AVR/CABG": a word joined by a slash to shorthand is shorthand too.
const slashedToTerm = (i: number): boolean => {
  const t = tokens[i]!;
  const p = tokens[i - 1];
  const q = tokens[i + 1];
  return (q !== undefined && text.charCodeAt(t.end) === 47 && q.start === t.end + 1 && CLINICAL_SHORTHAND.has(q.key)) ||
    (p !== undefined && text.charCodeAt(t.start - 1) === 47 && p.end === t.start - 1 && CLINICAL_SHORTHAND.has(p.key));
};
// "Braden 12", "Ramsay 3": an eponymous scale with its score (a short number, not a phone or date).
const scoreAfter = (i: number): boolean => /^[ \t]{1,2}\d{1,3}(?:\.\d)?(?![\d/:-])/.test(text.slice(tokens[i]!.end, tokens[i]!.end + 8));
const eponymAfter = (i: number): boolean => {
  const q = tokens[i + 1];
  if (q === undefined || !tight(tokens[i]!, q)) return false;
  if (EPONYM_NOUNS.has(q.key)) return true;
  const q2 = tokens[i + 2];
  return has(q, W.Name) && q2 !== undefined && tight(q, q2) && EPONYM_NOUNS.has(q2.key);
};
// Another name word right beside token i: "Lark Osei", "OSEI, LARK".
const nameWord = (w: Token): boolean => has(w, W.Name) && !has(w, W.Common | W.Clinical | W.Function);
const nameBeside = (i: number): boolean => {
  const q = tokens[i + 1];
  const p = tokens[i - 1];
  return (q !== undefined && tight(tokens[i]!, q) && nameWord(q)) || (p !== undefined && !tokens[i]!.sentenceStart && nameWord(p)) || unknownPairNext(i);
};
// "downs", "bonds", "neighbours": a lower-case plural of a vocabulary word is not a surname.
// "summers on the cape", "taking POs wells": where the line's case means something, a lower-case
// plural of an everyday word is the word even when the singular is a popular given name (the
// PluralOfWord flag leaves those out for lower-case chat, where names lose their capitals).
const lowerPluralOfEveryday = (t: Token): boolean =>
  t.shape === 'lower' && t.caseInformative && t.key.length >= 4 && t.key.charCodeAt(t.key.length - 1) === 115 && res !== undefined && res.everydayWords.has(t.key.slice(0, -1));
// "ST. BRENDAN'S ED", "from the er": a hospital department's abbreviation written in capitals or in
// a line without case is the department, not Ed or Er; only "Ed" with its capital may be a name here.
const unitAbbreviation = (t: Token): boolean => t.key.length <= 3 && t.shape !== 'title' && GENERIC_UNITS.has(t.key);
const pluralOfWord = (t: Token): boolean => (t.shape === 'lower' || !t.caseInformative) && has(t, W.PluralOfWord);
// A capital letter with a full stop ("P."): an initial inside a name.
const isInitial = (t: Token): boolean => t.text.length === 1 && t.shape === 'title' && t.text !== 'I' && text.charCodeAt(t.end) === 46;
const afterInitial = (a: Token, b: Token): boolean => isInitial(a) && /^\.[ \t]{0,2}$/.test(text.slice(a.end, b.start));
// The word before token k cues a name: a relation or title word, an introduction, "with/and/to".
const cueBefore = (k: number): boolean => {
  const p = tokens[k - 1];
  if (!p || !tight(p, tokens[k]!)) return false;
  if (has(p, W.Relation | W.Title) || NAME_LEAD_INS.has(p.key)) return true;
  const pp = tokens[k - 2];
  return p.key === 'is' && pp !== undefined && (pp.key === 'name' || pp.key === 'names');
};
// A dictionary name that is frequent as a name, or is no ordinary word.
const nameish = (t: Token): boolean => has(t, W.Name) && (has(t, W.Popular) || !has(t, W.Common));
// A capital inside a Title Case Phrase ("Nicotine Gum", "Deep Breathing") is not a name signal.
const isolatedCap = (i: number): boolean => {
  const t = tokens[i]!;
  const p = tokens[i - 1];
  const q = tokens[i + 1];
  if (p && !t.sentenceStart && tight(p, t) && cap(p) && !p.sentenceStart && !nameish(p)) return false;
  // "Nicotine Gum": a sentence-initial noun starting the phrase; "Honestly Mark": an adverb, not.
  if (p && p.sentenceStart && tight(p, t) && cap(p) && !has(p, W.Function) && !nameish(p) && has(p, W.Common) && !p.key.endsWith('ly')) return false;
  if (q && tight(t, q) && cap(q) && !q.sentenceStart && !nameish(q) && !has(q, W.Function)) return false;
  if (text.charCodeAt(t.end) === 58) return false;
  return true;
};
// Capitalised word that can continue a name ("Siobhan Gray", "Mark Hill").
const nameLike = (t: Token): boolean => cap(t) && !hard(t) && !has(t, W.Month) && !has(t, W.Speech) && (has(t, W.Name) || !has(t, W.Common));
const gapOf = (a: Token, b: Token): string => text.slice(a.end, b.start);
// "ms"/"mr" written in lower case or capitals, or in a clinical note, is as likely mental
// status or mitral regurgitation as a title.
// A title and its name are separated by a full stop and spaces at most: "Mr. Vale", "DR.OKAFOR", not
// "MR, AI" (a list of findings).
const titleGap = (p: Token, t: Token): boolean => /^\.?[ \t]{0,3}$/.test(gapOf(p, t)) && t.start > p.end;
// ("Mr. Van Houten" in a therapist's note, which reads as clinical: "Mr." with its capital and full
// stop in a mixed-case line is the title.)
const ambiguousTitle = (p: Token): boolean => (p.key === 'ms' || p.key === 'mr') && ((clinicalRegister && !(p.shape === 'title' && p.caseInformative && text.charCodeAt(p.end) === 46)) || p.shape === 'lower' || p.shape === 'upper' || !p.caseInformative);
// Two capitalised words no vocabulary knows, side by side ("Radu Quillfeather"): a person's name even in
// a clinical note, where one such word alone is more often a drug or a typo.
const properWord = (k: number): boolean => {
  const w = tokens[k];
  // (Not a letter glued to a number: the "F" of "14F" is a size.)
  return w !== undefined && cap(w) && !w.sentenceStart && !digitBeside(w) && !has(w, W.Common | W.Clinical | W.Function);
};
// Two capitalised words side by side, neither everyday vocabulary nor shorthand: "Wynn Quarrie".
const plainPairWord = (w: Token): boolean => w.shape === 'title' && w.caseInformative && w.key.length >= 2 && !has(w, W.Everyday | W.Clinical | W.Function | W.Relation);
const namePairAt = (k: number): boolean => {
  const a = tokens[k]!;
  const b = tokens[k + 1];
  return b !== undefined && b.tightBefore && plainPairWord(a) && plainPairWord(b) && !CLINICAL_SHORTHAND.has(a.key);
};
const unknownPairNext = (k: number): boolean => {
  const w = tokens[k + 1];
  return w !== undefined && properWord(k + 1) && w.tightBefore && w.key.length >= 3 && !looksMisspelt(w.key) && !looksAbbreviated(w.key) && !digitBeside(w) && !/^[\s@:-]*\.?\d/.test(text.slice(w.end, w.end + 4));
};
const properPair = (k: number): boolean =>
  (properWord(k + 1) && tokens[k + 1]!.tightBefore && !termAfter(k + 1)) || (properWord(k - 1) && tokens[k]!.tightBefore && !termAfter(k));
// A reading, unit or clinical word right after a word makes it a drug, device or setting.
const termAfter = (i: number): boolean => {
  const q = tokens[i + 1];
  const gap = text.slice(tokens[i]!.end, q ? q.start : tokens[i]!.end + 8);
  return /^[\s@:-]*(?:\d|\.\d)/.test(gap) || (q !== undefined && /^[ \t]{1,2}$/.test(gap) && has(q, W.Clinical) && !has(q, W.Function | W.CoreStop));
};
// After a place the test is narrower: a clinical word that is also everyday vocabulary ("Son from
// Elmhurst called", "in Avalon visited") says nothing; a reading or pure shorthand still does
// ("Nitro gtt").
// (In a clinician's note only; elsewhere the test above stands.)
const placeTermAfter = (i: number): boolean => {
  if (!noteRegister) return termAfter(i);
  const q = tokens[i + 1];
  const gap = text.slice(tokens[i]!.end, q ? q.start : tokens[i]!.end + 8);
  return /^[\s@:-]*(?:\d|\.\d)/.test(gap) || (q !== undefined && /^[ \t]{1,2}$/.test(gap) && has(q, W.Clinical) && (!has(q, W.Common) || CLINICAL_SHORTHAND.has(q.key)));
};
const RESIDE_RE = /^(?:lives?|lived|living|resides?|resided|residing)$/;
const tight = (_a: Token, b: Token): boolean => b.tightBefore;
// ("FIANCE MAE VISITED", but "son max temp", "daughter eve shift": shorthand before its noun.)
const clinicalNext = (i: number): boolean => {
  const q = tokens[i + 1];
  return q !== undefined && tight(tokens[i]!, q) && (has(q, W.Clinical | W.Calendar) || MEASURE_WORDS.has(q.key) || CLINICAL_SHORTHAND.has(q.key) || q.key === 'shift' || q.key === 'shifts');
};
const cue = (a: Token, b: Token): boolean => b.tightBefore || CUE_GAP_RE.test(gapOf(a, b));

const plainCuedWord = (t: Token): boolean => t.key.length >= 3 && cap(t) && !has(t, W.Common | W.Clinical | W.Function);

// ---- the per-token rules of detectNamesAndPlaces -----------------------------------------------
// Each rule is a function of its own, not a branch of one large loop: on a fresh process V8 threw the
// loop's optimised code away each time a rare branch first ran, over and over in a text stream's
// first megabytes. A small function is recompiled in little time when one of its own rare branches
// first runs, and the loop calling them stays small enough to settle at once. Each returns the
// index of the last token it took (or settled, marking nothing) or -1 when it takes nothing; the
// next rule reads the token.

function placeRule(i: number): number {
  const t = tokens[i]!;
  const prev = i > 0 ? tokens[i - 1] : undefined;
  const prev2 = i > 1 ? tokens[i - 2] : undefined;
  // Places first: a city after a locative word, or before ", ST".
  const afterLocative = prev !== undefined && has(prev, W.Locative) && cue(prev, t);
  // An unknown capitalised word after "in/from/near": a place the gazetteer lacks.
  // (Not an acronym in a mixed-case line: "went into AVNRT and converted" is a rhythm.)
  // (In a clinical note a word one slip from vocabulary is a misspelt drug: "100 mg of Fetanyl and".)
  // (In lower case only after a verb of living or moving: "son lives in glenburnie".)
  const livesIn = afterLocative && prev.key === 'in' && !cap(t) && t.key.length >= 4 && ((prev2 !== undefined && RESIDE_RE.test(prev2.key)) || (i > 2 && RESIDE_RE.test(tokens[i - 3]!.key))) && !has(t, W.Function | W.Relation) && !looksMisspelt(t.key);
  if (afterLocative && !has(t, W.CityStart) && (cap(t) || livesIn) && !(t.shape === 'upper' && t.caseInformative) && !t.sentenceStart && !has(t, W.Common) && !has(t, W.Name) && !has(t, W.Clinical) && !has(t, W.Place) && !hard(t) && !placeTermAfter(i) && !looksAbbreviated(t.key) && !(clinicalRegister && looksMisspelt(t.key))) {
    marks[i] = Mark.Geo;
    whys[i] = 1;
    return i;
  }
  if (!afterLocative && !cap(t) && has(t, W.CityStart)) {
    const took = townBeforeStateNoCase(i);
    if (took >= 0) return took;
  }
  // ("returned to new haven", "moved to west chester": a city whose first word is a function or
  // state word counts when the whole name is in the gazetteer.)
  if ((cap(t) || afterLocative) && has(t, W.CityStart) && (!blocked(t, i) || (afterLocative && CITY_PREFIXES.has(t.key) && matchCity(res!, tokens, i, text) > 1))) {
    const cityLen = matchCity(res!, tokens, i, text);
    // ("on Nitro gtt": a drug that shares a town's name, read by what follows it.)
    if (cityLen > 0 && prev !== undefined && !placeTermAfter(i + cityLen - 1)) {
      const first = t;
      const multi = cityLen > 1;
      const locative = afterLocative;
      const prev3 = i > 2 ? tokens[i - 3] : undefined;
      const strongCue = locative && ((prev2 !== undefined && has(prev2, W.LocVerb)) || (prev3 !== undefined && has(prev3, W.LocVerb)));
      const stateAfter = followedByState(text, tokens[i + cityLen - 1]!.end);
      // Without a locative, a capitalised city mid-sentence that is no everyday word ("the
      // Bakersfield area", "San Luis Obispo traffic") is still a place.
      const bare = cap(first) && !first.sentenceStart && (multi ? cap(tokens[i + 1]!) : !has(first, W.Everyday | W.Name | W.Function));
      // In an all-caps line a one-word city that is also a word ("IN EARLY EVENING") needs more.
      // (After a verb of living or moving, "her son moved up to fairport", a town that is rare vocabulary is the town.)
      const capsWord = !first.caseInformative && !multi && has(first, W.Common | W.Clinical) && !stateAfter && !(strongCue && !has(first, W.Everyday | W.Clinical));
      // ("resides at home with spouse": an everyday word after "at" is where, not a town.)
      const atWord = !cap(first) && !multi && prev.key === 'at' && has(first, W.Everyday) && !stateAfter;
      // In a clinician's text a one-word town that is also a clinical word ("weaned Nitro to off",
      // "of Swan") is the drug or device unless a state or a verb of living or moving names the place.
      // (Written in lower case where the line's case means something, a medical word that is also a
      // town, "murmur at apex", is the medical word wherever the text is.)
      const clinicalWord = (noteRegister || (!cap(first) && first.caseInformative)) && !multi && has(first, W.Clinical) && !stateAfter && !strongCue;
      if (!capsWord && !atWord && !clinicalWord && (
        stateAfter ||
        bare ||
        (locative && (multi || cap(first) || (strongCue && !has(first, W.Everyday)) || !has(first, W.Common) || !has(first, W.Everyday | W.Name | W.Function))))
      ) {
        for (let k = i; k < i + cityLen; k++) { marks[k] = Mark.Geo; whys[k] = 2; }
        i += cityLen - 1;
        return i;
      }
    } else if (cityLen > 0 && followedByState(text, tokens[i + cityLen - 1]!.end)) {
      for (let k = i; k < i + cityLen; k++) { marks[k] = Mark.Geo; whys[k] = 2; }
      i += cityLen - 1;
      return i;
    }
    // An unknown capitalised word after "in/from/near": a place the gazetteer lacks.
    if (afterLocative && cap(t) && !t.sentenceStart && !has(t, W.Common) && !has(t, W.Name) && !has(t, W.Clinical) && !has(t, W.Place) && !placeTermAfter(i) && !looksAbbreviated(t.key) && !(clinicalRegister && looksMisspelt(t.key))) {
      marks[i] = Mark.Geo;
      whys[i] = 1;
      return i;
    }
  }
  return -1;
}
// Written in capitals or lower case, a gazetteer town before a comma and a state
// ("MILLBROOK, NY", "easthampton, ma 01027") is the town: the comma and the state say so where no
// capital can. (A lower-case two-letter state needs its ZIP after it: "ny" alone is too short a cue.)
// (A two-letter state must close the phrase or carry a ZIP: "ALINE, PA SITE" is an artery.)
const STATE_CLOSED_AFTER_RE = /^,[ \t]*([A-Za-z]{2})\.?(?:,?[ \t]+\d{5}(?:-\d{4})?(?!\d)|[ \t]*(?:[.,;)]|\r?\n|$))/;
const STATE_NAME_SET: ReadonlySet<string> = new Set(US_STATE_NAMES);
const STATE_NAME_AFTER_RE = /^,[ \t]*([A-Za-z]+(?:[ \t]+[A-Za-z]+)?)/;
function stateClosesTown(e: number): boolean {
  const after = text.slice(e, e + 24);
  const z = STATE_CLOSED_AFTER_RE.exec(after);
  if (z) return US_STATES.has(z[1]!.toLowerCase()) && z[1]!.toLowerCase() !== 'new';
  const w = STATE_NAME_AFTER_RE.exec(after);
  if (!w) return false;
  const words = w[1]!.toLowerCase().split(/[ \t]+/);
  return STATE_NAME_SET.has(words.join(' ')) || STATE_NAME_SET.has(words[0]!);
}
function townBeforeStateNoCase(i: number): number {
  const len = matchCity(res!, tokens, i, text);
  if (len === 0) return -1;
  const e = tokens[i + len - 1]!.end;
  if (text.charCodeAt(e) !== 44 || !stateClosesTown(e)) return -1;
  for (let k = i; k < i + len; k++) { marks[k] = Mark.Geo; whys[k] = 2; }
  return i + len - 1;
}
const capsWordAfterTitle = (prev: Token, t: Token): boolean =>
  !t.caseInformative && t.shape === 'upper' && has(t, W.Everyday) && !has(t, W.Name) && gapOf(prev, t) !== '.';
function addressTitleRule(i: number): number {
  const t = tokens[i]!;
  const prev = i > 0 ? tokens[i - 1] : undefined;
  // "Ms. Christmas", "Mr. May": after a title of address a capitalised word is the surname, even a
  // holiday or a month.
  // (Not where "ms"/"mr" may be the clinical abbreviation: the stricter rule below decides.)
  // (R35 round 6: "DR AWARE OF K 5.9", "MD NOTIFIED": in a line of capitals the capital says nothing, so an
  // everyday word that is no name, after a title with no full stop, is the sentence's next word.)
  if (prev && capsWordAfterTitle(prev, t)) return -1;
  if (prev && has(prev, W.Title) && !has(prev, W.WeakTitle) && ADDRESS_TITLES.has(prev.key) && !ambiguousTitle(prev) && titleGap(prev, t) && (t.shape === 'title' || t.shape === 'upper') && t.key.length >= 2 && !has(t, W.Function | W.CoreStop) && !digitBeside(t) && (cue(prev, t) || gapOf(prev, t) === '.')) {
    marks[i] = Mark.Name;
    whys[i] = 3;
    return i;
  }
  return -1;
}
function titleRule(i: number, cueOk: boolean): number {
  const t = tokens[i]!;
  const prev = i > 0 ? tokens[i - 1] : undefined;
  if (prev && capsWordAfterTitle(prev, t)) return -1;
  // Cue: title before ("Dr. Young", "Mrs Brown"). Weak titles need their own capital.
  // ("DR.HOLLOWAYNE": a title glued to the name by its full stop.)
  // (In a note a lower-case title word before a verb is the person's role: "pastor phoned".)
  if ((cueOk || (has(t, W.Name) && !has(t, W.Speech))) && prev && has(prev, W.Title) && (cue(prev, t) || gapOf(prev, t) === '.') && (!has(prev, W.WeakTitle) || cap(prev)) && !(noteRegister && !cap(prev) && !cap(t) && (has(t, W.Speech) || (has(t, W.Common) && !has(t, W.Name))))) {
    // In an all-caps or all-lower line the capital says nothing: the word itself must be a name
    // or no vocabulary ("DR KOWALCZYK", "DR SMITH", not "SR WITHOUT").
    // In a clinical note "ms"/"mr" are also mental status and mitral regurgitation: a vocabulary word
    // after them needs a name list.
    // Written in lower case or in an all-caps line, "ms"/"mr" is as likely the abbreviation.
    // ("after Coach sees pt", "Chaplain visits": a role word with its capital, then a lower-case verb
    // in a line whose case tells; the person's name would have its own capital.)
    if (has(prev, W.WeakTitle) && t.caseInformative && t.shape === 'lower') return -1;
    const strict = ambiguousTitle(prev);
    // ("MR , AI", "3+MR, WEANED", "ms given", "MS back to baseline": the abbreviation, then a
    // word; a surname right after "Mr"/"Ms" follows it without a comma and is no everyday word.)
    const strictOk = titleGap(prev, t) && !has(t, W.Function) && (!has(t, W.Common) || (has(t, W.Name) && !has(t, W.Everyday) && !/(?:ed|ing)$/.test(t.key)));
    if (strict ? strictOk : cap(t) || has(t, W.Name) || !has(t, W.Common) || (!t.caseInformative && !has(t, W.Function | W.Clinical) && !has(prev, W.WeakTitle))) {
      marks[i] = Mark.Name;
      whys[i] = 3;
      return i;
    }
  }
  return -1;
}
function relationRule(i: number, cueOk: boolean): number {
  const t = tokens[i]!;
  const prev = i > 0 ? tokens[i - 1] : undefined;
  const prev2 = i > 1 ? tokens[i - 2] : undefined;
  const next = i + 1 < nTokens ? tokens[i + 1] : undefined;
  // Cue: relation word before ("my sister Maria", "cousin Will", "boyfriend, Hope,").
  // (A possessive relation word is no cue: "Mother's Day", "my sister's car".)
  // ("son: Ian Vale", "lawyer (Ian Vale)": a colon or bracket between them in a note's list. After a
  // colon only a word that is a name and no vocabulary: "Counsellor: Great!" is a speaker label.)
  // (A tight gap is spaces only, so it holds neither: tested first, it spares two slices a token.)
  const relGap = prev !== undefined && !t.tightBefore && !has(prev, W.Role) && (/^[ \t]*\([ \t]{0,2}$/.test(gapOf(prev, t)) || /^[ \t]*:[ \t]{1,3}$/.test(gapOf(prev, t))) &&
    (namePairAt(i) || (!has(t, W.Common | W.Clinical | W.Function) && (has(t, W.Name) || (cap(t) && t.key.length >= 3 && !looksMisspelt(t.key)))));
  // (R35 round 6: "pt drew a house", "pt will call": "pt" is a clinician's word in any text, and a
  // lower-case word after it is its verb, as in a note.)
  if (cueOk && prev && has(prev, W.Relation) && !((noteRegister || (prev.key === 'pt' && !cap(t))) && SUBJECT_RELATIONS.has(prev.key)) && (cue(prev, t) || relGap) && !has(t, W.Relation) && (!has(t, W.NotName) || (has(t, W.First) && has(t, W.Popular))) && !/['’]s$/i.test(prev.text)) {
    const possessed = prev2 !== undefined && POSSESSIVES.has(prev2.key);
    // ("roommate Kat": a capitalised word no vocabulary knows is the person too.)
    // ("roommate Kat": a capitalised rare word is the person too; an everyday word is not.)
    if (cap(t) && (!t.sentenceStart || relGap) && (possessed || has(t, W.Name) || !has(t, W.Common | W.Clinical) || (/^[A-Z][a-z]{2,}$/.test(t.text) && tight(prev, t) && !has(t, W.Everyday) && !CLINICAL_SHORTHAND.has(t.key)))) {
      marks[i] = Mark.Name;
      whys[i] = 4;
      return i;
    }
    // "son bill in to visit", "SON ROB": after a relation word a popular first name is the person's
    // name even when it is also a word, unless it is a modal or function word ("daughter will call").
    // (Clinical shorthand that is also a name — "MAE", "max" — only when written as a name.)
    const popularFirst = has(t, W.First) && !has(t, W.Function | W.Clinical | W.Speech | W.Relation) && !MODALS.has(t.key) && (has(t, W.Popular) || !has(t, W.Everyday)) && !(CLINICAL_SHORTHAND.has(t.key) && !(t.caseInformative && t.shape === 'title') && (termAfter(i) || clinicalNext(i)));
    if (!cap(t) && has(t, W.Name) && !pluralOfWord(t) && (!has(t, W.Common) || popularFirst || (has(t, W.First) && namelyFollowed(tokens, i, text, has(t, W.Popular))))) {
      marks[i] = Mark.Name;
      whys[i] = 4;
      return i;
    }
    // "my dad mark hill", "my sister grace young": a frequent first name and a frequent surname.
    // ("my dad hope adewumi", "my dad sky van der meer": a surname no list knows, or a particle.)
    const surnameNext =
      next !== undefined &&
      !has(next, W.CoreStop | W.Speech) &&
      ((has(next, W.Last) && (has(next, W.Popular) || !has(next, W.Common))) || has(next, W.Particle) || (!has(next, W.Common | W.Name) && next.key.length >= 3 && !INTERJECTION_RE.test(next.key)));
    const oddSurname = next !== undefined && (has(next, W.Particle) || !has(next, W.Common | W.Name));
    // ("SON WILL PHONE": a modal before a word is the relative's verb; "stepdad will van dyke" is not.)
    if (!cap(t) && next && tight(t, next) && has(t, W.First) && !(MODALS.has(t.key) && has(next, W.Common) && !has(next, W.Particle)) && !MODALS.has(next.key) && (has(t, W.Popular) || !has(t, W.Everyday) || oddSurname) && surnameNext) {
      marks[i] = Mark.Name;
      whys[i] = 5;
      // A particle is left to the extension pass, which takes the whole "van der meer".
      if (!has(next, W.Particle)) {
        marks[i + 1] = Mark.Name;
        whys[i + 1] = 5;
      }
      return i;
    }
  }
  return -1;
}
// "Blessing's mom won't let her", "I think Radek's boyfriend": a capitalised possessor of a relative
// or partner is a person, sentence-initial and vocabulary too ("Mother's Day", "God's son",
// "Everyone's mom" are a relation word, a NotName word and a function word, and stay).
function possessorRule(i: number): number {
  const t = tokens[i]!;
  if (!cap(t) || t.shape !== 'title' || !/['’]s$/.test(t.text) || t.key.length < 3) return -1;
  if (has(t, W.Function | W.Relation | W.NotName | W.Month | W.Calendar | W.Place | W.Title | W.Role)) return -1;
  marks[i] = Mark.Name;
  whys[i] = 4;
  return i;
}
const CALLED_PRONOUNS = new Set(['him', 'her', 'me', 'them', 'it']);
function introRule(i: number, cueOk: boolean): number {
  const t = tokens[i]!;
  const prev = i > 0 ? tokens[i - 1] : undefined;
  const prev2 = i > 1 ? tokens[i - 2] : undefined;
  // Cue: introduction ("my name is X", "named X", "I'm X", "this is X"), greeting ("Hi X").
  if (cueOk && prev) {
    const intro =
      INTRO_BEFORE.has(prev.key) ||
      (prev.key === 'is' && prev2 !== undefined && (prev2.key === 'name' || prev2.key === 'names')) ||
      (prev.key === 'by' && prev2 !== undefined && prev2.key === 'goes') ||
      // "everybody calls him Moose", "we called her Peaches": a name given, capitalised.
      (cap(t) && t.shape === 'title' && CALLED_PRONOUNS.has(prev.key) && prev2 !== undefined && (prev2.key === 'calls' || prev2.key === 'call' || prev2.key === 'called' || prev2.key === 'calling'));
    const soft = (prev.key === "i'm" || prev.key === 'am' || prev.key === 'this' || prev.key === 'is' || GREETINGS.has(prev.key));
    // ("his real name till the funeral": in a line whose case tells, a lower-case word after a bare
    // "name" is the sentence going on; a name would carry its capital.)
    if (intro && !t.sentenceStart && cue(prev, t) && !(prev.key === 'name' && t.caseInformative && !cap(t) && has(t, W.Common | W.Function)) && (!has(t, W.NotName) || (cap(t) && has(t, W.Name))) && (cap(t) || has(t, W.Name) || !has(t, W.Common))) {
      marks[i] = Mark.Name;
      whys[i] = 6;
      return i;
    }
    if (soft && !t.sentenceStart && (prev.key !== 'am' || prev2?.key === 'i') && cue(prev, t) && !has(t, W.NotName) && ((cap(t) && has(t, W.Name)) || strong(t, i))) {
      if (prev.key !== 'is' || prev2?.key === 'this' || prev2?.key === 'it') {
        marks[i] = Mark.Name;
        whys[i] = 6;
        return i;
      }
    }
  }
  return -1;
}
function pronounRule(i: number): number {
  const t = tokens[i]!;
  const prev = i > 0 ? tokens[i - 1] : undefined;
  const prev2 = i > 1 ? tokens[i - 2] : undefined;
  const next = i + 1 < nTokens ? tokens[i + 1] : undefined;
  // "me and grace", "grace and I", "summer called": a popular first name coordinated with a
  // pronoun, or before a speech verb (and not after an article: "the summer called").
  // (In a clinical note not a relation or role word, "pastor phoned", nor shorthand, "HO notified".)
  if (has(t, W.First) && has(t, W.Popular) && !has(t, W.NotName | W.Month) && !(noteRegister && has(t, W.Relation | W.Role)) && !hard(t) && !(noteRegister && (CLINICAL_SHORTHAND.has(t.key) || NOTE_ONLY_SHORTHAND.has(t.key)))) {
    const n2 = i + 2 < nTokens ? tokens[i + 2] : undefined;
    const withPronoun =
      (prev && prev.key === 'and' && prev2 && PERSONAL_PRONOUNS.has(prev2.key) && tight(prev, t) && tight(prev2, prev)) ||
      (next && next.key === 'and' && n2 && (n2.key === 'i' || n2.key === 'me') && tight(t, next) && tight(next, n2));
    // (In a note an everyday word before "left" or "noted" is no speaker: "rose noted in urine".)
    const speaks = next && has(next, W.Speech) && tight(t, next) && (!prev || !DETERMINERS.has(prev.key)) &&
      (!noteRegister || !has(t, W.Everyday) || cap(t) || CALL_VERBS.has(next.key));
    if (withPronoun || speaks) {
      marks[i] = Mark.Name;
      whys[i] = 7;
      return i;
    }
  }
  return -1;
}
function capitalFunctionRule(i: number): number {
  const t = tokens[i]!;
  // "Ask Will about it": mid-sentence, a capital on a function word that is a frequent first
  // name marks the name (the modal is never capitalised there).
  // (Not in a note, where "Will start drip" after a full stop or a line break is the modal.)
  if (!noteRegister && cap(t) && t.shape === 'title' && !t.sentenceStart && has(t, W.Function) && has(t, W.First) && has(t, W.Popular) && !has(t, W.NotName | W.Month | W.Relation) && isolatedCap(i)) {
    marks[i] = Mark.Name;
    whys[i] = 8;
    return i;
  }
  return -1;
}
function speakerRule(i: number): number {
  const t = tokens[i]!;
  // Cue: speaker label at line start ("SARAH: …", "Dr Lee: …").
  // (A heading is not a speaker: "Neuro:", "Integ:", "Addendum:" clipped or misspelt.)
  // (In a clinical note every line starts with a heading — "Neuro:", "Nutr:", "Plan:" — so a
  // speaker label must be a name from the lists.)
  if (t.lineIndex < 3 && isSpeakerLabel(text, tokens, i) && !has(t, W.Role | W.Clinical) && (has(t, W.Name) || (!noteRegister && !has(t, W.Common) && !looksMisspelt(t.key) && !looksAbbreviated(t.key)))) {
    marks[i] = Mark.Name;
    whys[i] = 9;
    return i;
  }
  return -1;
}
function personObjectRule(i: number): number {
  const t = tokens[i]!;
  const prev = i > 0 ? tokens[i - 1] : undefined;
  // "i told aigerim", "met with okonkwo": after a verb or preposition that takes a person, a word no
  // list knows is a name, in lower case too.
  if (!clinicalRegister && prev && PERSON_OBJECT_BEFORE.has(prev.key) && tight(prev, t) && !cap(t) && !has(t, W.Common | W.Name | W.Clinical) && t.key.length >= 3 && !INTERJECTION_RE.test(t.key) && !looksMisspelt(t.key) && !looksAbbreviated(t.key)) {
    marks[i] = Mark.Name;
    whys[i] = 23;
    return i;
  }
  return -1;
}
// "lol radek said", "me n radek went", "me and baptiste": in lower-case chat a word no list knows,
// coordinated with a pronoun or before a speech verb, is a person as surely as a capitalised one.
// (Not in a note; a word no name list holds must not look like a typo or shorthand of a word.)
const CHAT_AND = new Set(['and', 'n', '&', "'n'", 'an']);
const CHAT_PRONOUNS = new Set(['me', 'i', 'him', 'her', 'us', 'them', 'you']);
// R35 talk round 7: chat's own discourse markers ("ngl", "tbh", "idk") and "w/" open a clause whose
// first word is a person as often as a pronoun's "and" is; there a given name that is also a word
// ("marigold") counts too, when it is no everyday word. Chat shorthand itself is never a name.
const CHAT_MARKERS = new Set(['idk', 'tbh', 'ngl', 'smh', 'lol', 'lmao', 'omg', 'btw', 'fyi', 'imo', 'imho', 'tho', 'istg', 'ikr', 'jk', 'fr', 'brb', 'remember']);
const CHAT_SHORTHAND = new Set([
  ...CHAT_MARKERS, 'rly', 'tmrw', 'tmr', 'omw', 'hmu', 'rn', 'ur', 'pls', 'plz', 'ppl', 'bc', 'cuz', 'thx', 'ty', 'np', 'nvm', 'irl', 'af', 'lmk',
  'wyd', 'hbu', 'wbu', 'idc', 'ofc', 'prob', 'def', 'txt', 'msg', 'b4', 'l8r', 'ily', 'tbf', 'dm', 'bf', 'gf', 'bff', 'bestie', 'srsly', 'yknow', 'dunno',
]);
// After a chat-cued name, a surname-list word is the surname when a verb or "and" follows it: "ngl
// jem rivers was the only one".
const SUBJECT_NEXT = new Set(['was', 'is', 'and', 'n', 'had', 'has', 'got', 'went', 'said', 'says', 'just', 'never', 'always', 'still', 'did', 'does', 'keeps', 'kept', 'came', 'comes', 'told', 'texted', 'called', 'left', 'moved', 'lives', 'used', 'wants', 'wanted']);
function chatNameRule(i: number): number {
  const t = tokens[i]!;
  const plain = !has(t, W.Common | W.Clinical | W.Function | W.Everyday | W.Place);
  if ((!plain && !(has(t, W.First) && !has(t, W.Clinical | W.Function | W.Everyday | W.Place))) || t.key.length < 3 || CHAT_SHORTHAND.has(t.key)) return -1;
  const prev = i > 0 ? tokens[i - 1] : undefined;
  const prev2 = i > 1 ? tokens[i - 2] : undefined;
  const next = i + 1 < nTokens ? tokens[i + 1] : undefined;
  const withPronoun = prev !== undefined && prev2 !== undefined && CHAT_AND.has(prev.key) && CHAT_PRONOUNS.has(prev2.key) && tight(prev, t) && tight(prev2, prev);
  const speaks = next !== undefined && has(next, W.Speech) && tight(t, next) && (prev === undefined || !DETERMINERS.has(prev.key));
  const object = prev !== undefined && PERSON_OBJECT_BEFORE.has(prev.key) && tight(prev, t);
  const marker = prev !== undefined && ((CHAT_MARKERS.has(prev.key) && tight(prev, t)) || (prev.key === 'w' && /^\/[ \t]+$/.test(text.slice(prev.end, t.start))));
  if (!withPronoun && !speaks && !object && !marker) return -1;
  if (!plain && !marker) return -1;
  // (The word's own tests come after its neighbours': this rule sees every lower-case word of a chat,
  // and the interjection regex and the vocabulary search cost more than a few set lookups.)
  if (INTERJECTION_RE.test(t.key)) return -1;
  // (A name from the lists may sit one slip from a word, "radek" from "radar": with the cue it is the name.)
  if (!has(t, W.Name) && (looksMisspelt(t.key) || looksAbbreviated(t.key))) return -1;
  marks[i] = Mark.Name;
  whys[i] = 23;
  const after = tokens[i + 2];
  // (Any noun-like word there, "me and anselm thicket went", not an adverb: "me and anselm finally went".)
  if (next !== undefined && after !== undefined && tight(t, next) && tight(next, after) && next.shape === 'lower' && next.key.length >= 3 && !next.key.endsWith('ly') && !has(next, W.Function | W.Speech | W.Clinical | W.Contraction | W.Calendar | W.Month) && !CHAT_SHORTHAND.has(next.key) && !SUBJECT_NEXT.has(next.key) && SUBJECT_NEXT.has(after.key)) {
    marks[i + 1] = Mark.Name;
    whys[i + 1] = 23;
    return i + 1;
  }
  return i;
}
function credentialBeforeRule(i: number): number {
  const t = tokens[i]!;
  const prev = i > 0 ? tokens[i - 1] : undefined;
  const next = i + 1 < nTokens ? tokens[i + 1] : undefined;
  // "NP Lark aware", "MD OSEI NOTIFIED": a credential in capitals before a dictionary name.
  // (In a lower-case note, "np lark aware": a name that is no word, or a frequent first name before "aware".)
  const lowerCredential = noteRegister && prev?.shape === 'lower' &&
    ((has(t, W.Name) && !has(t, W.Common)) || (has(t, W.First) && has(t, W.Popular) && next !== undefined && CREDENTIAL_SUBJECT_NEXT.has(next.key)));
  if (prev && CREDENTIALS_BEFORE.has(prev.key) && (prev.shape === 'upper' || lowerCredential) && tight(prev, t) && t.key.length >= 3 && has(t, W.Name) && !has(t, W.Clinical | W.Function | W.Speech | W.Relation | W.Role) && !MODALS.has(t.key) && !CLINICAL_SHORTHAND.has(t.key) && (has(t, W.Popular) || !has(t, W.Everyday)) && !digitBeside(t)) {
    marks[i] = Mark.Name;
    whys[i] = 25;
    return i;
  }
  return -1;
}
function initialRule(i: number): number {
  const t = tokens[i]!;
  const prev = i > 0 ? tokens[i - 1] : undefined;
  // "reported to K. Vale", "signed J. Okafor": an initial before a capitalised word no vocabulary knows.
  if (prev && isInitial(prev) && !digitBeside(prev) && afterInitial(prev, t) && t.shape === 'title' && t.key.length >= 3 && !has(t, W.Common | W.Clinical | W.Function) && !looksMisspelt(t.key) && !termAfter(i)) {
    marks[i - 1] = Mark.Name;
    whys[i - 1] = 20;
    marks[i] = Mark.Name;
    whys[i] = 20;
    return i;
  }
  return -1;
}
// R35 talk round 7: counselling talk dense in medical words reads as the clinical register, where a
// lone unknown capital needs a second name word; after a preposition that takes a person ("thinking
// about Ysolde,", "for Ysolde now", "between Ysolde's and …") and closing its phrase (a pause, a
// possessive, "and", "now"), it is the person, unless the text is a clinician's note.
const PERSON_PREPS = new Set(['about', 'for', 'with', 'without', 'between', 'beside', 'like']);
const PHRASE_END_NEXT = new Set(['and', 'now', 'anymore', 'again', 'too', 'either']);
function personAfterPreposition(i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (noteRegister || prev === undefined || !PERSON_PREPS.has(prev.key) || !tight(prev, t) || t.shape !== 'title' || t.key.length < 3) return false;
  if (/['’]s$/.test(t.text)) return true;
  const next = tokens[i + 1];
  return /^[ \t]*(?:[,.;!?]|$)/.test(text.slice(t.end, t.end + 2)) || (next !== undefined && next.tightBefore && PHRASE_END_NEXT.has(next.key));
}
function capitalMidSentenceRule(i: number): number {
  const t = tokens[i]!;
  const prev = i > 0 ? tokens[i - 1] : undefined;
  const next = i + 1 < nTokens ? tokens[i + 1] : undefined;
  // A capitalised word mid-sentence that is a name in the dictionaries (Hope, Will, Brown) or
  // that no list knows: a proper noun.
  // (A kinship word with its possessive, "at Nan's", is a relative's home, not a person named.)
  if (cap(t) && !t.sentenceStart && !has(t, W.Clinical) && !has(t, W.Month) && !has(t, W.Place) && !(KIN_HOME.has(t.key) && /['’]s$/.test(t.text))) {
    // Any first name qualifies here ("I saw Sky", "Chance said"): a capital mid-sentence on a
    // first name is deliberate; surnames must be frequent ones.
    // A clipped or misspelt word used as a drug or device ("on Dobuta 5", "started Integrilen gtt")
    // is no name; a capitalised unknown word anywhere else is ("with Radu Quillfeather").
    const asTerm = (looksMisspelt(t.key) || looksAbbreviated(t.key)) && (termAfter(i) || (prev !== undefined && TERM_BEFORE.has(prev.key)));
    // In a clinical note capitals mark headings and sentence-like fragments ("Max temp", "Mark on
    // heel", "Chase k level", "Ward clerk aware", "Rose colored urine"): there a vocabulary word, shorthand or
    // a word before a reading needs a second name word beside it.
    const clinicalWord = noteRegister && (NOTE_ONLY_SHORTHAND.has(t.key) || dosedBefore(i) || slashedToTerm(i) || eponymAfter(i) || (prev !== undefined && SUBJECT_RELATIONS.has(prev.key)) || has(t, W.Common) || CLINICAL_SHORTHAND.has(t.key) || asTerm || termAfter(i) || (prev !== undefined && TERM_BEFORE.has(prev.key)));
    // (A first name still counts as the object of a contact verb or after "with"/"and", "tried to
    // reach Pat", "met with Hope", and before a frequent surname in capitals, "Grace Brown".)
    const firstAsName = has(t, W.First) && t.shape === 'title' && !CLINICAL_SHORTHAND.has(t.key) && !asTerm;
    const contacted = firstAsName && prev !== undefined && tight(prev, t) && (CONTACT_VERBS.has(prev.key) || prev.key === 'with');
    const surnameNext = firstAsName && next !== undefined && tight(t, next) && next.shape === 'title' && has(next, W.Last) && has(next, W.Popular) && !has(next, W.Clinical);
    if (clinicalWord && !properPair(i) && !contacted && !surnameNext) return i;
    if ((!has(t, W.Common) && (t.shape === 'title' || has(t, W.Name)) && (has(t, W.Name) || (!asTerm && (!clinicalRegister || properPair(i) || personAfterPreposition(i))))) || ((has(t, W.First) || nameish(t)) && isolatedCap(i))) {
      marks[i] = Mark.Name;
      whys[i] = 11;
      return i;
    }
  }
  return -1;
}
function andPronounRule(i: number): number {
  const t = tokens[i]!;
  const prev = i > 0 ? tokens[i - 1] : undefined;
  const prev2 = i > 1 ? tokens[i - 2] : undefined;
  // "him and Aigerim", "me and Taavi": a capitalised word no list knows, joined to a pronoun by "and".
  if (cap(t) && t.shape === 'title' && !t.sentenceStart && prev && prev.key === 'and' && prev2 && PERSONAL_PRONOUNS.has(prev2.key) && tight(prev, t) && tight(prev2, prev) && t.key.length >= 3 && !has(t, W.Common | W.Clinical | W.Function | W.Place) && !looksMisspelt(t.key)) {
    marks[i] = Mark.Name;
    whys[i] = 7;
    return i;
  }
  return -1;
}
function sentenceStartRule(i: number): number {
  const t = tokens[i]!;
  const next = i + 1 < nTokens ? tokens[i + 1] : undefined;
  // A sentence-initial capitalised word followed by a speech verb: "Olumide said".
  // (In a note a sentence opens with a verb or a body part as often as a name: "Heels kept up",
  // "Sputum noted thick"; there only a word that is no vocabulary.)
  if (cap(t) && t.sentenceStart && next && has(next, W.Speech) && tight(t, next) && !has(t, W.Relation) && (noteRegister ? !has(t, W.Common | W.Clinical) : has(t, W.Name) || !has(t, W.Common))) {
    marks[i] = Mark.Name;
    whys[i] = 12;
    return i;
  }
  // "Bao was quiet.": a sentence-initial first name (not an everyday word) before a verb of
  // reporting or being.
  if (cap(t) && t.sentenceStart && next && tight(t, next) && has(t, W.First) && !has(t, W.Everyday | W.Clinical) && !CLINICAL_SHORTHAND.has(t.key) && REPORT_VERBS.has(next.key)) {
    marks[i] = Mark.Name;
    whys[i] = 13;
    return i;
  }
  // A sentence-initial capitalised word that no word list knows ("Krylova", "Jakobine, can I…"):
  // with 220k words of vocabulary, what is left is overwhelmingly names.
  // In a clinical note only with a second such word beside it: "Ione Vasquelle called" (one alone
  // is more often a drug, a typo or a clipped word there).
  if ((!clinicalRegister || unknownPairNext(i)) && t.shape === 'title' && t.caseInformative && t.sentenceStart && (t.lineIndex > 0 || text.charCodeAt(t.end) === 44) && !has(t, W.Common | W.Name | W.Role | W.Clinical | W.Relation) && t.key.length >= 3 && !INTERJECTION_RE.test(t.key) && text.charCodeAt(t.end) !== 58 && (!looksMisspelt(t.key) || unknownPairNext(i)) && !looksAbbreviated(t.key)) {
    // (A word one slip from vocabulary counts when a second unknown word follows it: two typos
    // side by side are rarer than a rare given name.)
    marks[i] = Mark.Name;
    whys[i] = 14;
  }
  return -1;
}

// ---- the passes after the per-token rules (functions of their own for the same reason) ----------

// Extend names over adjoining name words: "Hope Carrow", "Van der Meer", "maria lopez".
function extendNames(): void {
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < nTokens; i++) {
      if (marks[i] !== Mark.Name) continue;
      const t = tokens[i]!;
      // rightwards
      let j = i + 1;
      while (j < nTokens && marks[j] === Mark.None) {
        const a = tokens[j - 1]!;
        const b = tokens[j]!;
        // Middle and trailing initials: "John P. Smith", "Smith, John A.".
        if (isInitial(b) && (tight(a, b) || afterInitial(a, b))) {
          marks[j] = Mark.Name;
          whys[j] = 15;
          j++;
          continue;
        }
        if (!(tight(a, b) || (afterInitial(a, b) && cap(b))) || (b.sentenceStart && !afterInitial(a, b))) break;
        if (has(b, W.Particle)) {
          // "Van der Meer", "van der meer", "de la Cruz": particles, then a capital or a surname.
          let q = j;
          while (q < nTokens && has(tokens[q]!, W.Particle) && (q === j || tight(tokens[q - 1]!, tokens[q]!))) q++;
          const after = tokens[q];
          if (q - j <= 3 && after && tight(tokens[q - 1]!, after) && !hard(after) && (cap(after) || has(after, W.Last) || !has(after, W.Common))) {
            for (let z = j; z <= q; z++) { marks[z] = Mark.Name; whys[z] = 16; }
            j = q + 1;
            continue;
          }
          break;
        }
        // (A possessive ends a name: the next word is what is had — "ST. BRIGID'S ED", "Ana's Ed" — and a
        // department's abbreviation where case tells nothing is the department; chat shorthand is never a name.)
        if (hard(b) || has(b, W.Eponym) || /['’]s$/i.test(a.text) || unitAbbreviation(b) || (b.shape === 'lower' && CHAT_SHORTHAND.has(b.key))) break;
        if (nameLike(b) || (!blocked(b, j) && has(b, W.Last) && !has(b, W.Common))) {
          marks[j] = Mark.Name;
          whys[j] = 17;
          j++;
          continue;
        }
        // "Dr Ione Farthing", "mother, Ione Farthing,": after a title, relation or introduction and a
        // first name, a capitalised word that is no everyday word is the surname.
        // (The first name may be one no list knows: "Client Zephyrine Ado".)
        // (In talk an everyday word is a surname there too, "my sponsor Clementine Ladder": not in a
        // clinical text, where a capitalised word after a name is as often the next heading.)
        // (R35 talk round 7: also after a first name no list knows, written with its capital mid-sentence,
        // "My grandfather, Leokadia Thimble, ran …": the capital and the unknown word are the cue.)
        if (j === i + 1 && (whys[i] === 3 || whys[i] === 4 || whys[i] === 6 || (whys[i] === 11 && a.caseInformative && a.shape === 'title' && !a.sentenceStart && !/['’]s$/.test(a.text) && !has(a, W.Common | W.Name | W.Title | W.Role | W.Place) && !(i > 0 && tokens[i - 1]!.key === 'the'))) && (has(a, W.First) || !has(a, W.Common | W.Name)) && b.shape === 'title' && b.caseInformative && !hard(b) && !has(b, W.Function | W.Speech | W.Title | W.Calendar | W.Month | W.Place) && (!has(b, W.Everyday | W.Clinical) || (!clinicalRegister && has(b, W.Everyday) && !b.sentenceStart && !has(b, W.Relation | W.Role) && !CLINICAL_SHORTHAND.has(b.key)))) {
          marks[j] = Mark.Name;
          whys[j] = 17;
          j++;
          continue;
        }
        // "maria stone", "yusuf green": after a first name, a frequent surname in any case.
        if (j === i + 1 && has(a, W.First) && has(b, W.Last) && has(b, W.Popular) && !hard(b) && !has(b, W.Speech) && !MODALS.has(b.key) && (strong(a, j - 1) || cap(b) || cueBefore(i))) {
          marks[j] = Mark.Name;
          whys[j] = 18;
          j++;
          continue;
        }
        // All caps or lower case: a second first name is a middle name ("KAREN ANN …").
        if (!b.caseInformative && has(a, W.First) && has(b, W.First) && has(b, W.Popular) && !blocked(b, j) && !has(b, W.Speech | W.Common)) {
          marks[j] = Mark.Name;
          whys[j] = 18;
          j++;
          continue;
        }
        // "tracy velikanova", "ODILE VANTERPOOL": after a first name, a lower-case or all-caps word no
        // list knows is a surname.
        if ((b.shape === 'lower' || !b.caseInformative) && has(a, W.First) && !has(b, W.Common | W.Name | W.Clinical) && !blocked(b, j) && b.key.length >= 3 && !INTERJECTION_RE.test(b.key)) {
          marks[j] = Mark.Name;
          whys[j] = 19;
          j++;
          continue;
        }
        break;
      }
      // leftwards: a first name before a surname ("Hope Carrow" seeded at Carrow)
      let k = i - 1;
      while (k >= 0 && marks[k] === Mark.None) {
        const a = tokens[k]!;
        // "T. Williams": an initial before a surname.
        if (isInitial(a) && afterInitial(a, tokens[k + 1]!)) {
          marks[k] = Mark.Name;
          whys[k] = 20;
          k--;
          continue;
        }
        if (!tight(a, tokens[k + 1]!) || hard(a) || tokens[k + 1]!.sentenceStart) break;
        if (has(a, W.Relation) || has(a, W.Title) || has(a, W.Speech)) break;
        // In lower case, a frequent first name that is also a word ("hope adewumi") joins when a
        // cue stands before it ("my dad hope adewumi", "my name is jesús lindqvist").
        // ("to page Ione Vasquelle": a contact verb before a name is no first name.)
        const cuedFirst = has(a, W.First) && has(a, W.Popular) && k === i - 1 && cueBefore(k) && !(noteRegister && (CONTACT_VERBS.has(a.key) || CLINICAL_SHORTHAND.has(a.key)));
        if ((cap(a) && !has(a, W.Function) && !has(a, W.NotName) && (has(a, W.Name) || !has(a, W.Common))) || (!blocked(a, k) && has(a, W.First) && !has(a, W.Common)) || cuedFirst) {
          marks[k] = Mark.Name;
          whys[k] = 21;
          k--;
          continue;
        }
        break;
      }
      void t;
    }
  }
}

// Shapes of talk that name people without a cue word (R35, issue 14), read once the rules above have
// marked what they can:
//   - a list: "Thaddea, Svetozar and Oona were there": beside a marked name, joined by a comma or
//     "and", a capitalised word that no vocabulary holds (or a first name) is a name too;
//   - a vocative at the end: "That sounds hard, Oyelade." / "… , Oona?";
//   - a relative named after "is": "my sponsor is Clementine …".
// Not in a note, where capitalised unknown words in lists are drugs and devices.
const COMMA_GAP_RE = /^,[ \t]{1,2}$/;
const AND_WORDS = new Set(['and', '&', 'or']);
// The next member of a list from token `i` in direction `dir` (1 or -1): across ", ", " and " or ", and ".
function listNeighbour(i: number, dir: 1 | -1): number {
  const a = dir === 1 ? i : i - 1;
  const b = a + 1;
  if (a < 0 || b >= nTokens) return -1;
  if (COMMA_GAP_RE.test(gapOf(tokens[a]!, tokens[b]!))) {
    // ", and Oona"
    const k = dir === 1 ? b : a;
    if (AND_WORDS.has(tokens[k]!.key)) return dir === 1 ? (b + 1 < nTokens && tokens[b + 1]!.tightBefore ? b + 1 : -1) : -1;
    return k;
  }
  const mid = dir === 1 ? b : a;
  if (!AND_WORDS.has(tokens[mid]!.key) || !tokens[mid]!.tightBefore) return -1;
  const k = mid + dir;
  if (k < 0 || k >= nTokens) return -1;
  if (dir === 1) return tokens[k]!.tightBefore ? k : -1;
  // Leftwards over ", and" or " and".
  const g = gapOf(tokens[k]!, tokens[mid]!);
  return /^,?[ \t]{1,2}$/.test(g) ? k : -1;
}
const VOCATIVE_END_RE = /^[ \t]*[.?!]+[ \t]*(?:\n|$)/;
function listMember(t: Token, i: number): boolean {
  return cap(t) && t.shape === 'title' && t.key.length >= 3 && !hard(t) && !blocked(t, i) && !has(t, W.Month | W.Calendar | W.Place | W.Title | W.Relation | W.Speech | W.Clinical) &&
    (has(t, W.First) || !has(t, W.Common));
}
// The sentence before the comma of a vocative has no other comma: "gardening, chess, Kayaking." is a list.
function singleCommaBefore(at: number): boolean {
  const from = Math.max(0, at - 160);
  const before = text.slice(from, at);
  const cut = Math.max(before.lastIndexOf('.'), before.lastIndexOf('?'), before.lastIndexOf('!'), before.lastIndexOf(':'), before.lastIndexOf('\n'));
  return !before.slice(cut + 1).includes(',');
}
function talkNameShapes(): void {
  for (let i = 0; i < nTokens; i++) {
    const t = tokens[i]!;
    if (marks[i] === Mark.Name) {
      // "my sponsor is Clementine …": the relation is the cue, for the surname after it too.
      if (i >= 2 && (tokens[i - 1]!.key === 'is' || tokens[i - 1]!.key === 'was') && has(tokens[i - 2]!, W.Relation)) whys[i] = 4;
      // Lists, both ways from a marked name.
      for (let j = listNeighbour(i, 1); j >= 0 && marks[j] === Mark.None && listMember(tokens[j]!, j); j = listNeighbour(j, 1)) { marks[j] = Mark.Name; whys[j] = 7; }
      for (let j = listNeighbour(i, -1); j >= 0 && marks[j] === Mark.None && listMember(tokens[j]!, j); j = listNeighbour(j, -1)) { marks[j] = Mark.Name; whys[j] = 7; }
      continue;
    }
    if (marks[i] !== Mark.None || i === 0 || !cap(t) || t.shape !== 'title') continue;
    const prev = tokens[i - 1]!;
    // ", Oyelade." closing a sentence: a word no vocabulary holds, addressed.
    if (text.charCodeAt(prev.end) === 44 && !has(t, W.Common) && listMember(t, i) && VOCATIVE_END_RE.test(text.slice(t.end, t.end + 4)) && singleCommaBefore(prev.end)) {
      marks[i] = Mark.Name;
      whys[i] = 7;
      continue;
    }
    // "my sponsor is Clementine": a relation word, "is" or "was", a capitalised word no vocabulary holds.
    if ((prev.key === 'is' || prev.key === 'was') && i >= 2 && has(tokens[i - 2]!, W.Relation) && !has(t, W.Common) && listMember(t, i)) {
      marks[i] = Mark.Name;
      whys[i] = 4;
    }
  }
}

// Document consistency: a word named with a cue ("Dr. Brenlow", "daughter Ursla", "Jo Pelham, RN")
// is a name everywhere in the same text ("Brenlow aware", "ODILE CALLED"), unless it is vocabulary.
function spreadCuedNames(): void {
  const cued = new Set<string>();
  for (let i = 0; i < nTokens; i++) {
    if (marks[i] !== Mark.Name || !CUED_RULES.has(whys[i]!)) continue;
    const t = tokens[i]!;
    if (t.key.length >= 3 && !has(t, W.Common | W.Clinical | W.Function)) cued.add(t.key);
  }
  // A first name and a surname side by side, neither of them vocabulary ("Ione Vasquelle"), are as
  // good as a cue: the first name alone later in the note is the same person.
  for (let i = 0; i + 1 < nTokens; i++) {
    if (marks[i] !== Mark.Name || marks[i + 1] !== Mark.Name || !tight(tokens[i]!, tokens[i + 1]!)) continue;
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    if (plainCuedWord(a) && plainCuedWord(b)) {
      cued.add(a.key);
      cued.add(b.key);
    }
  }
  if (cued.size > 0) {
    for (let i = 0; i < nTokens; i++) {
      const t = tokens[i]!;
      if (marks[i] === Mark.None && cued.has(t.key) && !hard(t)) {
        marks[i] = Mark.Name;
        whys[i] = 24;
      }
    }
  }
}

// A credential after a name ("Jo Pelham, RN", "TERRY OKAFOR RRT"): the words before it are the
// person, whatever their case.
function namesBeforeCredentials(): void {
  for (let i = 1; i < nTokens; i++) {
    const t = tokens[i]!;
    // In capitals, or the mixed-case degrees ("PhD"): "Elm Rd" is a road, "RD" a dietitian.
    // In a lower-case note a credential ending its line or sentence signs it: "… jo pelham rn".
    // (The word itself first: the signature test slices the text, and this runs for every token.)
    if (t.key.length > CREDENTIAL_MAX_LENGTH || !CREDENTIALS.has(t.key)) continue;
    const lowerSignature = noteRegister && t.shape === 'lower' && /^[ \t.]*(?:\n|$)/.test(text.slice(t.end, t.end + 40));
    if (!(t.shape === 'upper' || /[a-z][A-Z]/.test(t.text) || lowerSignature)) continue;
    // In an all-caps line "DO", "OT", "RD" are words ("DO NOT", "GOT OT TODAY"): only a capitalised
    // credential in mixed-case text counts for them.
    if (!t.caseInformative && AMBIGUOUS_CREDENTIALS.has(t.key)) continue;
    // "K 3.1 MD AWARE", "plan discussed MD will follow": the credential is the subject of what
    // follows, not a signature after a name.
    const after = tokens[i + 1];
    if (noteRegister && after !== undefined && after.tightBefore && CREDENTIAL_SUBJECT_NEXT.has(after.key)) continue;
    const gap = text.slice(tokens[i - 1]!.end, t.start);
    if (!/^,?[ \t]{1,3}$/.test(gap) && gap !== ',') continue;
    let k = i - 1;
    let taken = 0;
    while (k >= 0 && taken < 3) {
      const w = tokens[k]!;
      // (A middle initial: "JO K. PELHAM", and in a lower-case signature "jo k. pelham rn".)
      const single = w.text.length === 1 && (w.shape !== 'lower' || (lowerSignature && text.charCodeAt(w.end) === 46));
      const ok = single || (!hard(w) && !has(w, W.Function | W.Clinical | W.Title) && !BEFORE_CREDENTIAL_STOP.has(w.key) && (has(w, W.Name) || !has(w, W.Common)) && !looksMisspelt(w.key) &&
        // (In a note a vocabulary word before a credential must be a frequent name: "PLAN RN" is a heading.)
        (!noteRegister || !has(w, W.Common) || has(w, W.Popular) || (w.caseInformative && !lowerSignature)));
      if (!ok || (k < i - 1 && !/^[ \t.]{1,3}$/.test(text.slice(w.end, tokens[k + 1]!.start)))) break;
      if (!single || taken > 0) {
        marks[k] = Mark.Name;
        whys[k] = 22;
      }
      taken++;
      if (w.sentenceStart || w.lineIndex === 0) break;
      k--;
    }
  }
}

// A relation in brackets after words ("IONE VASQUELLE (DAUGHTER)", "Ian Vale (son) cell"): the
// words before it are the relative's name, whatever their case.
function namesBeforeBracketedRelations(): void {
  for (let i = 1; i < nTokens; i++) {
    const t = tokens[i]!;
    if (!has(t, W.Relation) || SUBJECT_RELATIONS.has(t.key) || !/^[ \t]*\($/.test(text.slice(tokens[i - 1]!.end, t.start)) || text.charCodeAt(t.end) !== 41) continue;
    for (let k = i - 1, taken = 0; k >= 0 && taken < 3; k--, taken++) {
      const w = tokens[k]!;
      if (hard(w) || has(w, W.Function | W.Clinical | W.Title | W.Relation) || !(has(w, W.Name) || !has(w, W.Common)) || looksMisspelt(w.key)) break;
      if (k < i - 1 && !/^[ \t]{1,3}$/.test(text.slice(w.end, tokens[k + 1]!.start))) break;
      marks[k] = Mark.Name;
      whys[k] = 26;
      if (w.sentenceStart || w.lineIndex === 0) break;
    }
  }
}

// A name given in brackets after words ("- Ignatius (goes by Iggy)", "Robert (aka Bobby)"): the
// words before it are the person's name too, whatever their case.
function namesBeforeNicknames(): void {
  for (let i = 0; i < nTokens; i++) {
    const t = tokens[i]!;
    if (t.lineIndex > 5 || !AKA_AFTER_RE.test(text.slice(t.end, t.end + 16))) continue;
    for (let k = i, taken = 0; k >= 0 && taken < 3; k--, taken++) {
      const w = tokens[k]!;
      if (hard(w) || has(w, W.Function | W.Clinical | W.Title | W.Relation) || !(has(w, W.Name) || !has(w, W.Common)) || looksMisspelt(w.key)) break;
      if (k < i && !/^[ \t]{1,3}$/.test(text.slice(w.end, tokens[k + 1]!.start))) break;
      marks[k] = Mark.Name;
      whys[k] = 26;
      if (w.sentenceStart || w.lineIndex === 0) break;
    }
  }
}

// R35 round 6: outside a long note, a short clinical entry ("Aspen collar pads changed", "Braden 13,
// turned q2h", "Hunt and Hess grade 2") names its scales, signs and devices as a note does. A name
// with no cue of its own before the noun of a scale, sign, device or lesion, or before a short score
// with clinical shorthand or a measure beside it on its line, names the term, not a person. Only the
// nouns that are no everyday verb or possession ("falls", "bed", "bag", "line" stay with the note).
function localEponym(i: number, j: number, after: Token | undefined, glued: boolean, scored: boolean): boolean {
  // "Braden 13, turned q2h", "Mac 4 blade": a short score after it, and a reading or shorthand elsewhere on the line.
  // (Written with its capital, and not after a word of place or movement: "to Brackenridge 5", "dispo:
  // brackenridge 5" are a ward and its floor.)
  const p = tokens[i - 1];
  // A score is followed by a pause or by more of the exam ("Braden 13, turned", "Mac 4 blade"); a
  // ward's floor by when the move happens ("Brackenridge 5 tomorrow").
  if (scored && (cap(tokens[i]!) || !tokens[i]!.caseInformative) && !(p !== undefined && (has(p, W.Locative) || TRANSFER_BEFORE_WARD.has(p.key))) && scoreAfter(j) && scoreClosed(j) && lineIsClinical(i, j, true)) return true;
  if (after === undefined || !glued) return false;
  // "Baker Act", "Kendra's Law": a statute named after a person or place.
  if ((after.key === 'act' || after.key === 'law') && (cap(after) || !after.caseInformative)) return true;
  let noun = after;
  // "Morse fall score", "Barnes akathisia scale": one word of the term between.
  const a2 = tokens[j + 2];
  if (!LOCAL_EPONYM_NOUNS.has(noun.key) && !SIGN_LIKE_NOUNS.has(noun.key) && !RESULT_WORDS.has(noun.key) && a2 !== undefined && tight(after, a2) && !cap(after) && !has(after, W.Function) && (SIGN_LIKE_NOUNS.has(a2.key) || a2.key === 'score' || a2.key === 'grade')) noun = a2;
  // "Hunt and Hess grade 2": two names joined by "and" before the noun.
  const a3 = tokens[j + 3];
  if (after.key === 'and' && a2 !== undefined && a3 !== undefined && cap(a2) && has(a2, W.Name) && tight(a2, a3) && (LOCAL_EPONYM_NOUNS.has(a3.key) || SIGN_LIKE_NOUNS.has(a3.key))) {
    for (const k of [j + 1, j + 2]) if (marks[k] === Mark.Name && !CUED_RULES.has(whys[k]!)) marks[k] = Mark.None;
    noun = a3;
  }
  const possessive = /['’]s$/i.test(tokens[j]!.text);
  // A possessive before a noun a person has ("Amy's score", "Jo's chair") is hers: only sign nouns.
  if (SIGN_LIKE_NOUNS.has(noun.key)) return true;
  if (possessive) return false;
  // "Babinski neg", "Homans negative": a sign and its result, on a clinical line.
  if (RESULT_WORDS.has(noun.key) || LOCAL_EPONYM_NOUNS.has(noun.key)) return (!RESULT_WORDS.has(noun.key) && !tokens.slice(i, j + 1).some((w) => has(w, W.Popular))) || lineIsClinical(i, j, false);
  return false;
}
// The line holds clinical shorthand, a drug or a reading: a clinician's entry, not talk.
const TRANSFER_BEFORE_WARD = new Set(['to', 'for', 'at', 'on', 'from', 'in', 'into', 'dispo', 'transfer', 'transferred', 'moved', 'moving', 'back', 'bed', 'unit', 'floor']);
const scoreClosed = (j: number): boolean => {
  const m = /^[ \t]{1,2}\d{1,3}(?:\.\d)?[ \t]*([,;)]|[A-Za-z]+)/.exec(text.slice(tokens[j]!.end, tokens[j]!.end + 24));
  if (!m) return false;
  if (/^[,;)]$/.test(m[1]!)) return true;
  const q = tokens[j + 1];
  return q !== undefined && q.text === m[1] && (SIGN_LIKE_NOUNS.has(q.key) || LOCAL_EPONYM_NOUNS.has(q.key) || CLINICAL_SHORTHAND.has(q.key) || MEASURE_WORDS.has(q.key));
};
const SUBSTANCE_VERBS = new Set(['using', 'used', 'uses', 'use', 'smoking', 'smoked', 'smokes', 'snorting', 'snorted', 'declined', 'declines', 'refused', 'refuses', 'requested', 'requests', 'requesting']);
const substanceWord = (i: number): boolean => {
  const p = tokens[i - 1];
  const t = tokens[i]!;
  if (p === undefined || !tight(p, t)) return false;
  // (Not after "on"/"off": "on Hollis St" is a street.)
  return (SUBSTANCE_VERBS.has(p.key) || (TERM_BEFORE.has(p.key) && p.key !== 'on' && p.key !== 'off') || (t.key.length <= 3 && !has(t, W.Popular))) && lineIsClinical(i, i, false);
};
function lineIsClinical(i: number, j: number, scored: boolean): boolean {
  const ls = text.lastIndexOf('\n', tokens[i]!.start) + 1;
  let le = text.indexOf('\n', tokens[j]!.end);
  if (le < 0) le = text.length;
  // (After a score, another number than the score itself: "Kim 3 times a day" is talk.)
  const rest = scored ? text.slice(ls, tokens[j]!.end) + text.slice(tokens[j]!.end).replace(/^[ \t]*\d+/, '').slice(0, Math.max(0, le - tokens[j]!.end)) : text.slice(ls, le);
  if (/\d/.test(rest)) return true;
  for (let k = i - 1; k >= 0 && tokens[k]!.start >= ls; k--) if (clinicalToken(tokens[k]!)) return true;
  for (let k = j + 1; k < nTokens && tokens[k]!.end <= le; k++) if (clinicalToken(tokens[k]!)) return true;
  return false;
}
const clinicalToken = (w: Token): boolean => CLINICAL_SHORTHAND.has(w.key) || MEASURE_WORDS.has(w.key) || (has(w, W.Clinical) && !has(w, W.Common | W.Name));
// Nouns of a sign, scale, syndrome or device that no person is said to own without a possessive.
const SIGN_LIKE_NOUNS = new Set([
  ...['sign', 'signs', 'reflex', 'maneuver', 'manoeuvre', 'syndrome', 'disease', 'palsy', 'triad', 'phenomenon', 'cyst', 'murmur'],
  ...['scale', 'criteria', 'classification', 'collar', 'brace', 'splint', 'shunt', 'needle', 'catheter', 'catheters', 'blade'],
]);
// Nouns a name may stand before in talk too ("Jo's chair", "Kim tube feeding"): only on a clinical line.
const LOCAL_EPONYM_NOUNS = new Set([
  ...['procedure', 'stockings', 'clamp', 'fracture', 'fx', 'lesion', 'ulcer', 'equation', 'formula', 'coma', 'score', 'grade'],
  ...['lift', 'chair', 'stool', 'class', 'titers', 'titer', 'traction', 'drain', 'tube', 'pouch', 'repair', 'operation'],
]);
const RESULT_WORDS = new Set(['neg', 'pos', 'negative', 'positive', 'equivocal']);

// Eponyms: "Beck Depression Inventory", "Young Mania Rating Scale", "Crohn's disease", and in a
// clinical text "Murphy's sign", "Lyme disease", "Glasgow coma scale", "a Miami J collar": a name or
// a town right before the noun of a sign, scale, disease or device names the term, not a person or a
// place present. (A model's letter may stand between: "Miami J collar".) A name its own cue carries
// ("Dr. Kelly", "wife Rose") keeps it before the device nouns of a note.
function dropEponyms(): void {
  for (let i = 0; i < nTokens; i++) {
    const m = marks[i]!;
    if (m === Mark.None) continue;
    let j = i;
    while (j + 1 < nTokens && marks[j + 1] === m) j++;
    let after = j + 1 < nTokens ? tokens[j + 1]! : undefined;
    const last = tokens[j]!;
    let glued = after !== undefined && (tight(last, after) || /'s$/i.test(last.text));
    if (after && glued && after.text.length === 1 && /^[A-Za-z]$/.test(after.text) && j + 2 < nTokens && tight(after, tokens[j + 2]!)) after = tokens[j + 2]!;
    // ("Homans' sign": a possessive written after the s.)
    if (after !== undefined && !glued && /s$/i.test(last.text) && /^['’][ \t]{1,2}$/.test(text.slice(last.end, after.start))) glued = true;
    const eponymFollower = after !== undefined && glued && has(after, W.Eponym);
    // (A name needs a clinician's note before a device noun — "Kim falls asleep" in talk is Kim — and
    // anywhere else the possessive and a sign's noun: "Murphy's sign", "Bell's palsy".)
    const clinicalNoun =
      m === Mark.Geo
        ? after !== undefined && glued && (PLACE_EPONYM_NOUNS.has(after.key) || (SIGN_LIKE_NOUNS.has(after.key) && localEponym(i, j, after, glued, false)))
        : !CUED_RULES.has(whys[i]!) && ((after !== undefined && glued && ((noteRegister && EPONYM_NOUNS.has(after.key)) || (/'s$/i.test(last.text) && SIGN_NOUNS.has(after.key)))) || localEponym(i, j, after, glued, true));
    if ((m === Mark.Name && eponymFollower) || clinicalNoun) for (let k = i; k <= j; k++) marks[k] = Mark.None;
    i = j;
  }
}

export function detectNamesAndPlaces(text: string, tokens: readonly Token[]): RawSpan[] {
  const r = resources();
  const n = tokens.length;
  const mark = new Uint8Array(n);
  // The rule that marked each token (an index into NAME_RULES), for explain().
  const why = new Uint8Array(n);
  const { clinicalRegister, noteRegister } = textRegisters(tokens);
  enter(text, tokens, clinicalRegister, noteRegister, mark, why, r);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const prev = i > 0 ? tokens[i - 1] : undefined;

    // Fast path: a lower-case ordinary word with no cue word before it can be nothing here.
    // (A given name after a chat marker, "tbh marigold", is read by chatNameRule: First is rare here.)
    if (t.shape === 'lower' && has(t, W.Common) && (prev === undefined || !has(prev, W.Cue)) && (t.flags & (W.First | W.Popular)) !== (W.First | W.Popular) && ((t.flags & W.First) === 0 || prev === undefined || !(CHAT_MARKERS.has(prev.key) || prev.key === 'w'))) continue;
    // Counselling talk: towns and neighbourhoods the note-minded rules below distrust (talk-places.ts).
    // (R35 talk round 7: counselling talk dense in medical words reads as the clinical register; a
    // lower-case town after its verb and locative, "moved 2 ottumwa", still holds there outside a note.)
    const talkLen = clinicalRegister ? (noteRegister || t.shape !== 'lower' ? 0 : lowerCaseTown(r, text, tokens, i) ? 1 : 0) : talkPlaceLength(r, text, tokens, i);
    if (talkLen > 0) { for (let k = i; k < i + talkLen; k++) { mark[k] = Mark.Geo; why[k] = 27; } i += talkLen - 1; continue; }
    // The rules, in order; each returns the last token it took or settled (the scan goes on after
    // it), or -1 when the next rule reads the token. Each is called only when the cheap first test
    // of its own condition holds (a call costs more than the test while the code is still cold).
    if ((prev !== undefined && has(prev, W.Locative)) || has(t, W.CityStart)) {
      const took = placeRule(i);
      if (took >= 0) { i = took; continue; }
    }
    if (prev !== undefined && has(prev, W.Title)) {
      const took = addressTitleRule(i);
      if (took >= 0) { i = took; continue; }
    }
    if (hard(t) || has(t, W.Title)) continue;
    const cueOk = !has(t, W.Function) || cap(t) || (has(t, W.First) && has(t, W.Popular));
    if (prev !== undefined && has(prev, W.Title)) {
      const took = titleRule(i, cueOk);
      if (took >= 0) { i = took; continue; }
    }
    if (prev !== undefined && has(prev, W.Relation)) {
      const took = relationRule(i, cueOk);
      if (took >= 0) { i = took; continue; }
    }
    if (i + 1 < n && has(tokens[i + 1]!, W.Relation) && tight(t, tokens[i + 1]!)) {
      const took = possessorRule(i);
      if (took >= 0) { i = took; continue; }
    }
    if (cueOk && prev !== undefined) {
      const took = introRule(i, cueOk);
      if (took >= 0) { i = took; continue; }
    }
    if (has(t, W.First) && has(t, W.Popular)) {
      const took = pronounRule(i);
      if (took >= 0) { i = took; continue; }
    }
    if (!noteRegister && has(t, W.Function)) {
      const took = capitalFunctionRule(i);
      if (took >= 0) { i = took; continue; }
    }
    if (blocked(t, i)) continue;
    if (t.lineIndex < 3) {
      const took = speakerRule(i);
      if (took >= 0) { i = took; continue; }
    }
    if (!clinicalRegister && prev !== undefined) {
      const took = personObjectRule(i);
      if (took >= 0) { i = took; continue; }
    }
    // (Counselling talk dense in medical words reads as the clinical register, so only a note's
    // shorthand turns this off.)
    if (!noteRegister && t.shape === 'lower') {
      const took = chatNameRule(i);
      if (took >= 0) { i = took; continue; }
    }
    if (prev !== undefined && CREDENTIALS_BEFORE.has(prev.key)) {
      const took = credentialBeforeRule(i);
      if (took >= 0) { i = took; continue; }
    }
    if (prev !== undefined && prev.text.length === 1) {
      const took = initialRule(i);
      if (took >= 0) { i = took; continue; }
    }
    // Dictionary name that is not a common word: taken in any case.
    // (R35 round 6: not a lower-case word, on a clinical line whose case tells, that a verb of taking or
    // refusing governs or that is clipped to three letters: "declined nic gum", "using molly" are a
    // drug's street or short name. Lower-case people in notes stay: "daughters ann and x", signatures.)
    if (strong(t, i) && !(!cap(t) && substanceWord(i)) && !plainWordInTalk(t, i)) {
      mark[i] = Mark.Name;
      why[i] = 10;
      continue;
    }
    if (!t.sentenceStart && cap(t)) {
      const took = capitalMidSentenceRule(i);
      if (took >= 0) { i = took; continue; }
    }
    if (prev !== undefined && prev.key === 'and') {
      const took = andPronounRule(i);
      if (took >= 0) { i = took; continue; }
    }
    if (t.sentenceStart) {
      const took = sentenceStartRule(i);
      if (took >= 0) { i = took; continue; }
    }
  }

  extendNames();
  if (!noteRegister) {
    talkNameShapes();
    extendNames();
  }
  spreadCuedNames();
  namesBeforeCredentials();
  namesBeforeBracketedRelations();
  namesBeforeNicknames();
  dropEponyms();

  const spans: RawSpan[] = [];
  for (let i = 0; i < n; i++) {
    const m = mark[i]!;
    if (m === Mark.None) continue;
    let j = i;
    while (j + 1 < n && mark[j + 1] === m && tight(tokens[j]!, tokens[j + 1]!)) j++;
    let end = tokens[j]!.end;
    // Keep the possessive outside the span: "Maria's" → [NAME-1]'s.
    const last = tokens[j]!.text;
    if (/['’]s$/i.test(last) && m === Mark.Name) end -= 2;
    // "son Rob-who is …": the clause after the dash is not the name.
    else if (last.includes('-') && GLUED_CLAUSE_RE.test(tokens[j]!.key)) end = tokens[j]!.start + last.lastIndexOf('-');
    spans.push({ start: tokens[i]!.start, end, type: m === Mark.Name ? 'NAME' : 'GEO', rule: why[i]! });
    i = j;
  }
  // (Let go of the text: the helpers must not keep the last document alive.)
  enter('', [], false, false, NO_MARKS, NO_MARKS, undefined);
  return spans;
}
