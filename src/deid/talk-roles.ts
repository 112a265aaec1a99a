// The role a capitalised word fills in its clause (R35, round talkrole, issue 14 item 2).
//
// The name and place rules read a capitalised word by what it is (on a name list, no vocabulary, a
// gazetteer town); talk is full of capitalised words that are products, shops and apps. Earlier
// rounds listed kinds of such words (talk-not-names.ts, talk-not-people.ts). This module reads
// instead the SLOT the word fills, from the words around it:
//
//   PERSON  apposition with a relation word or title ("my sister Grace", "Grace, my sponsor",
//           "Grace is my oldest"); the object of a social verb ("texted Grace", "married Grace");
//           the owner of kin, body, feelings or a home ("Grace's mom", "Grace's anxiety" — the noun's
//           WordNet class says person, body, feeling or state); a vocative ("Thanks, Grace,");
//           the subject of a verb of saying or feeling ("Grace said", "Grace never texted").
//   PLACE   after a locative preposition or a verb of moving or living ("moved to", "lives in"),
//           before a street word ("… Street").
//   THING   after a determiner or quantifier with no person noun between ("a Kindle", "my old
//           Dell", "some Tylenol", "a Debbie Downer"); the object of a verb of consuming, using,
//           watching or playing ("watched Frasier", "downloaded Duolingo"); a modifier before a noun
//           of a thing ("the Hulu show", "Shell station").
//
// How the role combines with the evidence (detect.ts):
//   - a THING role vetoes a name or place proposal unless the word is a frequent name read only by a
//     verb of use (weak THING cue), or the same word fills a PERSON slot elsewhere in the text
//     (document consistency: "Chase texted me … the Chase app");
//   - a PERSON role proposes a name the lists do not read there (recall): a capitalised word on
//     the first-name list, or no everyday word at all, in a strong PERSON slot (apposition, object of
//     a social verb, owner of kin/body/feelings, vocative) — never in a THING or PLACE slot;
//   - explain() reports the role and its cue beside every NAME/GEO proposal.
// Only grammar and the word lists are read: no string of a batch.
import { MONTHS, RELATION_WORDS, SPEECH_VERBS, TITLES } from './lexicon.ts';
import { isPlaceWord } from './name-cues.ts';
import { resources } from './resources.ts';
import { wordnet } from './talk-not-names.ts';

export type Role = 'person' | 'place' | 'thing';
export interface RoleReading {
  role: Role;
  /** What in the clause said so, for explain(). */
  cue: string;
  /** A strong cue: a PERSON cue that may propose a name, a THING cue that vetoes even a frequent name. */
  strong: boolean;
}

const DETERMINERS = new Set(['a', 'an', 'the', 'some', 'this', 'that', 'these', 'those', 'my', 'your', 'his', 'her', 'our', 'their', 'another', 'every', 'any', 'no', 'its', 'whole']);
// Verbs whose object is something consumed, used, watched, played or bought.
const USE_VERBS = new Set([
  'watch', 'watched', 'watching', 'watches', 'play', 'played', 'playing', 'plays', 'eat', 'ate', 'eating', 'eats', 'drink', 'drank', 'drinking', 'drinks',
  'buy', 'bought', 'buying', 'buys', 'download', 'downloaded', 'downloading', 'delete', 'deleted', 'deleting', 'use', 'used', 'using', 'uses',
  'order', 'ordered', 'ordering', 'stream', 'streamed', 'streams', 'streaming', 'wear', 'wore', 'wearing', 'wears', 'install', 'installed', 'reinstalled',
  'uninstalled', 'binge', 'binged', 'bingeing', 'binging', 'tried', 'taking', 'started', 'quit', 'smoke', 'smoked', 'smoking', 'vape', 'vaping', 'chug', 'chugged',
]);
// Verbs whose object is a person.
const SOCIAL_VERBS = new Set([
  'call', 'called', 'calling', 'text', 'texted', 'texting', 'tell', 'told', 'telling', 'meet', 'met', 'meeting', 'marry', 'married', 'marrying', 'date', 'dated',
  'dating', 'visit', 'visited', 'visiting', 'hug', 'hugged', 'hugging', 'kiss', 'kissed', 'miss', 'missed', 'missing', 'blocked', 'ghosted', 'divorced',
  'asked', 'ask', 'thank', 'thanked', 'forgive', 'forgave', 'trust', 'trusted', 'hate', 'hated', 'love', 'loved', 'named', 'with',
]);
// Verbs of saying, feeling and doing that take a human agent, beyond SPEECH_VERBS.
const AGENT_VERBS = new Set([
  'cried', 'cries', 'laughed', 'laughs', 'apologised', 'apologized', 'blames', 'blamed', 'promised', 'hates', 'loves', 'misses', 'knows', 'knew', 'hugged',
  'married', 'texted', 'screamed', 'yelled', 'started', 'stopped', 'wants', 'needs', 'needed', 'decided', 'refused', 'pretended', 'admitted', 'lied', 'agreed',
  'invited', 'raised', 'taught', 'drove', 'picked', 'broke', 'moved', 'passed', 'died', 'owes', 'owed', 'worries', 'worried', 'cheated', 'ghosted', 'blocked',
]);
const ADVERBS = new Set(['just', 'never', 'always', 'still', 'also', 'really', 'finally', 'even', 'actually', 'literally', 'then', 'already', 'basically', 'totally', 'kind', 'sort']);
const LOCATIVES = new Set(['in', 'from', 'near', 'to', 'at', 'outside', 'inside', 'around', 'past', 'toward', 'towards', 'into', 'through', 'between', 'behind', 'beside', 'across', 'by', 'along', 'on', 'up', 'down', 'off']);
const STREET_AFTER_RE = /^[ \t]+(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Court|Ct|Boulevard|Blvd|Way|Place|Pl|Terrace|Circle|Highway|Hwy|Parkway|Pkwy)\b/;
// WordNet classes of a noun owned by a person: kin and people, body, feelings and states, a home.
const OWNED_CLASSES = new Set(['person', 'body', 'feeling', 'state']);
const OWNED_WORDS = new Set(['house', 'home', 'place', 'apartment', 'room', 'bed', 'car', 'birthday', 'funeral', 'wedding', 'party', 'drinking', 'phone', 'voice', 'hands', 'eyes', 'number', 'family', 'kids']);
const CONDITION_RE = /^(?:disease|syndrome|disorder|palsy|sign|law|phenomenon)$/;
// A noun after the word that makes it a modifier of a thing: artifacts, food, substances, places of trade.
const THING_NOUN_CLASSES = new Set(['artifact', 'food', 'substance', 'communication', 'possession', 'object']);

const lower = (w: string): string => w.toLowerCase().replace(/['’]s$/, '').replace(/\.$/, '');

/** A noun's WordNet class, trying the plural's stem too. */
function nounClass(w: string): string | undefined {
  const lex = wordnet();
  for (const k of [w, w.replace(/s$/, ''), w.replace(/es$/, ''), w.replace(/ies$/, 'y')]) {
    const s = lex.get(k);
    if (s !== undefined && s.pos === 'n') return s.cls;
  }
  return undefined;
}

const isPersonNoun = (w: string): boolean =>
  RELATION_WORDS.has(w) || TITLES.has(w) || nounClass(w) === 'person' || (w.includes('-') && w.split('-').some((p) => RELATION_WORDS.has(p)));
// Words that may stand between a determiner and the word it introduces: adjectives (WordNet) and
// the nouns of a quantity before "of" ("a whole box of").
const QUANTITY = /^(?:box|bag|bottle|can|pack|kind|sort|piece|bunch|lot|couple|pair|of)$/;
function modifierWord(w: string): boolean {
  if (QUANTITY.test(w)) return true;
  const s = wordnet().get(w);
  return s !== undefined && (s.pos === 'a' || s.pos === 's');
}

/** Words of the clause before `at` (lower case, nearest last), stopping at a sentence or turn boundary. */
function wordsBefore(text: string, at: number, n: number): string[] {
  // (The period of a title's abbreviation ends no sentence: "Dr. Ortiz".)
  const seg = text.slice(Math.max(0, at - 60), at).replace(/\b(Dr|Mr|Mrs|Ms|Mx|Prof|Rev|St|Sgt|Capt|Lt|Fr)\./g, '$1 ');
  const cut = Math.max(seg.lastIndexOf('\n'), seg.search(/[.!?;:]["”’)]?[ \t]+[^.!?;:]*$/));
  const piece = cut >= 0 ? seg.slice(cut + 1) : seg;
  return (piece.match(/[\p{L}'’-]+/gu) ?? []).slice(-n);
}

/** Start of the run of Title-case words that ends with the one at `start` ("a Debbie Downer"). */
function runStart(text: string, start: number): number {
  let s = start;
  for (;;) {
    const m = /(\p{Lu}[\p{Ll}'’-]+)[ \t]$/u.exec(text.slice(Math.max(0, s - 24), s));
    if (!m) return s;
    const at = s - m[0].length;
    // (Not across the start of a sentence or turn: the first word there is capitalised anyway.)
    if (/(?:^|[.!?:\n][ \t]*)$/.test(text.slice(Math.max(0, at - 3), at))) return s;
    s = at;
  }
}

/** The first capitalised word of the span (a span may start with "the"). */
function headStart(text: string, start: number, end: number): number {
  const m = /\p{Lu}/u.exec(text.slice(start, end));
  return m ? start + m.index : start;
}

function sentenceOpen(text: string, at: number): boolean {
  return /(?:^|[\n.!?…]["”’)]?[ \t]*|^[^\n:]{1,24}:[ \t]*|\n[^\n:]{1,24}:[ \t]*)$/.test(text.slice(Math.max(0, at - 30), at));
}

/** The role the word(s) at start..end fill in their clause, or undefined when the clause says nothing. */
export function clauseRole(text: string, start: number, end: number): RoleReading | undefined {
  const s0 = headStart(text, start, end);
  const run = runStart(text, s0);
  const span = text.slice(s0, end);
  const after = text.slice(end, end + 40);
  const raw = wordsBefore(text, run, 4);
  const before = raw.map(lower);
  const prev = before[before.length - 1];
  const gapBefore = text.slice(Math.max(0, run - 3), run);
  const commaBefore = /,[ \t]*$/.test(gapBefore);
  // (A word in quotes or brackets is a nickname or an aside: 'call her "Bizzy"', "(Bismarck office)".)
  const quoted = /["“'‘([][ \t]*$/.test(gapBefore);

  // PERSON: a relation word or title right before ("my sister Grace", "Coach Petrakis"), or after
  // in apposition ("Grace, my sponsor,") or as a predicate ("Grace is my oldest").
  // (Not a possessive: "Mother's Day".)
  const possessiveBefore = /['’]s?[ \t]+$/.test(text.slice(Math.max(0, run - 4), run));
  // (A capitalised relation word is a title or part of a name only: "Aunt Rita", not "Girl Scouts".)
  const prevRaw = raw[raw.length - 1] ?? '';
  const prevLower = /^\p{Ll}/u.test(prevRaw);
  if (prev !== undefined && !commaBefore && !possessiveBefore && ((RELATION_WORDS.has(prev) && prevLower) || TITLES.has(prev))) return { role: 'person', cue: `after the person word "${prev}"`, strong: true };
  const appo = /^[ \t]*,[ \t]*(?:my|our|his|her|their|your)[ \t]+([\p{L}-]+)|^[ \t]+(?:is|was)[ \t]+(?:my|our|his|her|their)[ \t]+(?:[\p{L}-]+[ \t]+)?([\p{L}-]+)/iu.exec(after);
  if (appo) {
    const noun = (appo[1] ?? appo[2])!.toLowerCase();
    if (isPersonNoun(noun) || /^(?:oldest|youngest|eldest|baby|middle)$/.test(noun)) return { role: 'person', cue: `apposition with "${noun}"`, strong: true };
  }
  // THING: a determiner or quantifier before, with only non-person words between ("my old Dell").
  for (let i = before.length - 1, between = 0; !quoted && i >= 0 && between <= 2; i--, between++) {
    const w = before[i]!;
    // ("that's Augustin's cell": a contraction, no determiner.)
    if (DETERMINERS.has(w) && !/['’]/.test(raw[i]!)) {
      if (between > 0 && before.slice(i + 1).some(isPersonNoun)) break;
      // (A family by its plural or its house: "the Hendersons", "the Okafor place", "a Kowalski" after "married".)
      if (/^s\b|^[ \t]+(?:family|families|household|house|home|place|farm|kids|twins|boys|girls)\b/i.test(after)) break;
      if (/\p{Ll}s$/u.test(span) && (resources().lastNames.has(lower(span).replace(/e?s$/, '')) || resources().lastNames.has(lower(span).slice(0, -1)))) break;
      if (i > 0 && SOCIAL_VERBS.has(before[i - 1]!) && (w === 'a' || w === 'an')) break;
      // (After a word of place "the" opens a place's name: "down in the Iron Range", "to the Pines".)
      if (i > 0 && LOCATIVES.has(before[i - 1]!) && w === 'the') break;
      // (Nor a site named after its town: "at our Quillbrook office".)
      if (i > 0 && LOCATIVES.has(before[i - 1]!) && /^[ \t]+\p{Ll}+\b/u.test(after) && nounClass(/^[ \t]+(\p{Ll}+)/u.exec(after)![1]!) !== undefined) break;
      // (The whole run of capitals after "the" may be a place: "the Rusty Anchor", "the Pines".)
      if ((w === 'the' || w === 'this' || w === 'that') && (run !== s0 || /^[ \t]+\p{Lu}/u.test(after) || /[ \t]\p{Lu}/u.test(span))) break;
      return { role: 'thing', cue: `after the determiner "${w}"`, strong: true };
    }
    // (Only adjectives and quantity words between: "my old", "a whole box of"; never across a comma.)
    if (commaBefore || isPersonNoun(w) || !modifierWord(w)) break;
  }
  // PERSON: the object of a social verb ("texted Oksana", "I called Bram back").
  // (The verb in lower case: in Title Case, "Ten Tunes We Pretend To Hate", case tells nothing.)
  if (prev !== undefined && SOCIAL_VERBS.has(prev) && prevLower && !commaBefore && prev !== 'with') return { role: 'person', cue: `object of "${prev}"`, strong: true };
  // PERSON: the owner of kin, body, feelings, a home ("Kestrel's mom", "Leif's hands").
  const own = /^['’]s[ \t]+(?:(?:own|new|old|little|older|younger|whole|big|poor)[ \t]+)?([\p{L}-]+)/u.exec(after);
  if (own) {
    const noun = own[1]!.toLowerCase();
    const c = nounClass(noun);
    // (A state that is an illness is an eponym's: "Baker's cyst".)
    const ill = c === 'state' && [...(wordnet().get(noun)?.hyper ?? [])].some((h) => /^(?:pathology|unhealthiness|illness|disease|symptom|disorder|ill_health|infection|lesion)$/.test(h));
    if (!CONDITION_RE.test(noun) && !ill && (RELATION_WORDS.has(noun) || OWNED_WORDS.has(noun) || (c !== undefined && OWNED_CLASSES.has(c))))
      return { role: 'person', cue: `owner of "${noun}"`, strong: true };
  }
  // PERSON: a vocative, alone between a turn's edge or a greeting and a comma or the turn's end.
  const greeting = prev !== undefined && /^(?:thanks|thank|okay|ok|sorry|hi|hey|hello|yes|yeah|no|well|look|listen|bye|right|see)$/.test(prev) && before.length <= 2;
  // (Not after a capitalised word and a comma: "in Mobile, Montana." is a town and its state.)
  const capitalBeforeComma = !greeting && commaBefore && /\p{Lu}[\p{L}'’.-]*[ \t]*,[ \t]*$/u.test(text.slice(Math.max(0, run - 30), run));
  if (run === s0 && !capitalBeforeComma && /^[ \t]*(?:,|[.!?]?[ \t]*(?:\n|$))/.test(after) && (greeting || (commaBefore && /^[ \t]*[.!?]?[ \t]*(?:\n|$)/.test(after)) || (sentenceOpen(text, run) && /^,/.test(after) && /^\p{Lu}\p{Ll}+$/u.test(span))))
    return { role: 'person', cue: 'vocative', strong: greeting || commaBefore };
  // PLACE: after a locative word or a verb of moving or living, or before a street word.
  if (STREET_AFTER_RE.test(after)) return { role: 'place', cue: 'before a street word', strong: true };
  if (prev !== undefined && LOCATIVES.has(prev)) return { role: 'place', cue: `after "${prev}"`, strong: false };
  // THING: the object of a verb of using ("watched Frasier", "plays Madden").
  if (prev !== undefined && USE_VERBS.has(prev) && !commaBefore) {
    // ("watched Ezra struggle", "tried Lexapro": a person object would do something next.)
    const next = /^[ \t]+([\p{Ll}'’-]+)/u.exec(after)?.[1];
    if (next === undefined || !(SPEECH_VERBS.has(next) || AGENT_VERBS.has(next) || /ing$/.test(next)))
      return { role: 'thing', cue: `object of "${prev}"`, strong: false };
  }
  // PERSON: the subject of a verb of saying, feeling or doing ("Marisol said", "Ozzie never promised").
  const verb = /^[ \t]+(?:([\p{Ll}]+)[ \t]+)?([\p{Ll}]+)\b/u.exec(after);
  if (verb) {
    const v = (verb[1] !== undefined && !ADVERBS.has(verb[1]) ? verb[1] : verb[2])!;
    if (SPEECH_VERBS.has(v) || AGENT_VERBS.has(v)) return { role: 'person', cue: `subject of "${v}"`, strong: false };
    // THING: a modifier before a noun of a thing ("Shell station", "Facebook posts").
    const noun = (verb[1] ?? verb[2])!;
    const c = nounClass(noun);
    // (One word only: "Odalys Brandvold cell #" is a person's full name before the noun.)
    // (Not after a word of place and a determiner: "at our Quillbrook office" names a site by its town.)
    const siteOfPlace = before.length >= 2 && LOCATIVES.has(before[before.length - 2]!) && DETERMINERS.has(prev ?? '');
    if (run === s0 && !quoted && !siteOfPlace && !/\s/.test(span) && c !== undefined && THING_NOUN_CLASSES.has(c) && !/(?:ed|ing)$/.test(noun) && !isVerbLike(noun) && !ADVERBS.has(noun)) return { role: 'thing', cue: `before the noun "${noun}"`, strong: false };
  }
  return undefined;
}

// (A word WordNet reads as a noun may be the verb here: "Grace texts", "Ruby keeps"; the lists of
// verbs that follow a person say so.)
function isVerbLike(w: string): boolean {
  return SPEECH_VERBS.has(w) || AGENT_VERBS.has(w) || /^(?:is|was|has|had|does|did|and|or|but|goes|gets|got|makes|made|lives|works|comes|plays|says|looks)$/.test(w);
}

/** Every word read in a PERSON slot in the text, folded: a word the text treats as a person once is one throughout. */
export function personWords(text: string, spans: ReadonlyArray<{ start: number; end: number }>): Set<string> {
  const out = new Set<string>();
  for (const s of spans) {
    const r = clauseRole(text, s.start, s.end);
    if (r?.role === 'person') out.add(lower(text.slice(headStart(text, s.start, s.end), s.end)));
  }
  return out;
}

/**
 * Whether a THING role vetoes the NAME or GEO proposal at start..end: a strong THING cue (a
 * determiner) always; a weak one (a verb of use, a noun after) unless the word is a frequent name.
 * `people` holds the words read in a PERSON slot elsewhere in the text (they are kept).
 */
export function thingVeto(text: string, start: number, end: number, people: ReadonlySet<string>): RoleReading | undefined {
  // (The role is read for a word written with a capital: in lower-case chat the case says nothing
  // about a proper noun, and "the central valley" is the same words as a place's name.)
  const head = headStart(text, start, end);
  if (!/^\p{Lu}\p{Ll}/u.test(text.slice(head, head + 2))) return undefined;
  const r = clauseRole(text, start, end);
  const word = lower(text.slice(head, end));
  if (people.has(word)) return undefined;
  // (A month's name that fills no PERSON slot is the month: "June was when it all fell apart",
  // "August is always hard"; "June said" and "June is my aunt" stay names.)
  if (r?.role !== 'person' && MONTHS.has(word) && word.length > 3) return { role: 'thing', cue: 'a month in no person slot', strong: false };
  if (r?.role !== 'thing') return undefined;
  if (fullName(text.slice(runStart(text, head), end))) return undefined;
  if (!r.strong && resources().popularNames.has(word)) return undefined;
  return r;
}

/** Two or more capitalised words none of which is vocabulary: a person's full name ("a Corwin Aldersley concert"). */
function fullName(run: string): boolean {
  const ws = run.split(/[ \t]+/).map(lower);
  if (ws.length < 2) return false;
  const r = resources();
  return ws.every((w) => (r.firstNames.has(w) || r.lastNames.has(w) || !r.commonWords.has(w)) && !r.everydayWords.has(w));
}

const CAPITAL_WORD_RE = /(?<![\p{L}\p{N}'’.-])\p{Lu}\p{Ll}+(?:['’]s)?(?![\p{L}\p{N}])/gu;

/**
 * Names the lists do not read, proposed by a strong PERSON slot (recall): a capitalised word on the
 * first-name list, or on no vocabulary list at all, as an apposition, the object of a social verb,
 * the owner of kin, body or feelings, or a vocative. Talk only (the caller checks).
 */
export function detectRoleNames(text: string, push: (start: number, end: number) => void): void {
  const r = resources();
  CAPITAL_WORD_RE.lastIndex = 0;
  for (let m = CAPITAL_WORD_RE.exec(text); m !== null; m = CAPITAL_WORD_RE.exec(text)) {
    const end = m.index + m[0].replace(/['’]s$/, '').length;
    const w = text.slice(m.index, end).toLowerCase();
    if (w.length < 3 || RELATION_WORDS.has(w) || TITLES.has(w) || isPlaceWord(w) || (r.usCities.has(w) && !r.firstNames.has(w))) continue;
    if (!r.firstNames.has(w) && (r.commonWords.has(w) || r.everydayWords.has(w))) continue;
    const role = clauseRole(text, m.index, end);
    if (role?.role !== 'person' || !role.strong) continue;
    // (The first word of a sentence needs a cue after it: "Sorry," and "Thanks," open turns too.)
    if (role.cue === 'vocative' && !r.firstNames.has(w)) continue;
    push(m.index, end);
  }
}
