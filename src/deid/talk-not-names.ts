// Capitalised words in counselling talk that are not people or places, by kind (R35, round talkfp,
// issue 14 item 2). The name and place rules read a capitalised word mid-sentence, a dictionary name
// or a word after "in/from" as a person or a town; talk is full of such words that are neither:
//
//   1. deities and oaths: "Jesus, I did not see it", "pray to God" (WordNet: a person word under
//      godhead or deity) — unless a person cue stands before ("my cousin Jesus");
//   2. planets: "from Mars" (WordNet: under planet) — unless a state follows ("Mars, PA");
//   3. languages after a verb of speaking or learning: "only speaks Tagalog", "learning Korean";
//   4. conditions named after people, in the possessive: "she has Hashimoto's", "with Crohn's
//      disease" — a possessive after a verb of having or "with", with nothing owned after it;
//   5. titles after the noun of what they are, or a verb of playing or binge-watching: "the song
//      Hallelujah", "the show Survivor", "playing zelda";
//   6. words capitalised for emphasis: an everyday word that is no frequent name, after a
//      possessive or among other capitalised everyday words ("the Worst Day of my Life");
//   7. an interjection opening a sentence on its own: "Welp, …" (no first name; in dialogue only:
//      a note opens lines with "Surname, …");
//   8. brands written in camel case of two everyday words: "DoorDash", "FaceTime";
//   9. a one-word "name" that WordNet knows only as a thing, an act, a state, a group or a message
//      ("Hollywood", "Hallelujah"), that is no frequent name and that no person cue introduces.
//
// Only the kind is read (WordNet classes, the word lists, the words around): never the strings of a
// batch. A span with a person cue before it (relation word, title) keeps its reading throughout.
import { RELATION_WORDS, TITLES } from './lexicon.ts';
import { resources } from './resources.ts';
import { wordnetLexicon, type WordNetEntry } from './wordnet-lexicon.ts';

let lexicon: ReadonlyMap<string, WordNetEntry> | undefined;

/** WordNet's lexicon entries (part of speech, class, hypernyms). Exported so that loadDeidResources() can read it at start-up. */
export function wordnet(): ReadonlyMap<string, WordNetEntry> {
  if (lexicon) return lexicon;
  try {
    lexicon = wordnetLexicon().entries;
  } catch {
    // Without the lexicon the WordNet kinds do not fire: more is redacted, nothing less.
    lexicon = new Map();
  }
  return lexicon;
}

const DEITY_HYPER = ['godhead', 'deity', 'divinity'];
const isDeity = (w: string): boolean => {
  const s = wordnet().get(w);
  return s !== undefined && s.pos === 'n' && s.cls === 'person' && (w === 'god' || DEITY_HYPER.some((h) => s.hyper.includes(h)) || s.hyper.includes('god'));
};
const KIN_HYPER = ['mother', 'father', 'parent', 'grandparent', 'relative', 'kinswoman', 'kinsman', 'sibling'];
const isKinWord = (w: string): boolean => {
  const s = wordnet().get(w);
  return s !== undefined && s.pos === 'n' && s.cls === 'person' && KIN_HYPER.some((h) => s.hyper.includes(h)) && !resources().popularNames.has(w);
};
// Compass words and the words that make a region of several states of them ("Deep South", "West Coast").
const COMPASS = new Set(['north', 'south', 'east', 'west', 'midwest', 'northeast', 'northwest', 'southeast', 'southwest', 'mid-atlantic', 'midatlantic', 'deep', 'upper', 'coast', 'pacific', 'atlantic', 'northern', 'southern', 'eastern', 'western']);
const isPlanet = (w: string): boolean => wordnet().get(w)?.hyper.includes('planet') === true;
// WordNet classes of things, acts, states, groups and messages: never a person or a place.
const THING_CLASSES = new Set(['communication', 'group', 'state', 'act', 'event', 'cognition', 'feeling', 'attribute', 'artifact', 'time', 'object', 'substance', 'food', 'phenomenon', 'process', 'quantity', 'relation', 'possession', 'motive', 'shape']);

const WORD_RE = /[\p{L}'’-]+/gu;
const TWO_WORDS_BEFORE_RE = /([\p{L}'’.-]+)[ \t,]+([\p{L}'’.-]+)[ \t]*$|([\p{L}'’.-]+)[ \t]*$/u;

// Verbs that take a person for object, and self-corrections ("I mean …"): the word after is a person.
const PERSON_VERBS = new Set(['married', 'marry', 'marrying', 'ghosted', 'dated', 'dating', 'divorced', 'called', 'told', 'texted', 'asked', 'met', 'saw', 'visited', 'blocked', 'hugged', 'kissed', 'mean', 'meant', 'named', 'dear', 'hi', 'hey']);
const RELATION_AFTER_RE = /^[ \t]*,?[ \t]*(?:(?:my|our|his|her|their|your|the)[ \t]+(?:[\p{L}-]+[ \t]+)?([\p{L}-]+)|(said|says|told|tells|asked|asks|texted|texts|called|calls|lives|lived|moved|came|comes|went|goes|left|thinks|thought|wants|wanted|keeps|kept|is[ \t]+my|was[ \t]+my|and[ \t]+I|and[ \t]+me)\b)/iu;

/** Whether a person cue stands beside the span: a relation word or title before, a verb that takes a person, a surname after, an apposition or a verb of people after. */
const TWO_WORDS_BEFORE_STICKY = new RegExp(TWO_WORDS_BEFORE_RE.source, 'uy');

// Code classes of ASCII characters for twoWordsBefore: 1 a word character of TWO_WORDS_BEFORE_RE
// (a letter, ' . -), 2 a separator between its words (space, tab, comma), 0 anything else.
const WORD_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD_CLASS[c] = /[A-Za-z'.-]/.test(String.fromCharCode(c)) ? 1 : /[ \t,]/.test(String.fromCharCode(c)) ? 2 : 0;

/**
 * `TWO_WORDS_BEFORE_RE.exec(slice)`: the regex is anchored at the end but tried from every place of
 * the slice. Its leftmost match opens at the start of the last word, or of the word before it when
 * only spaces, tabs and commas stand between them; that place is found by walking back, and the
 * regex is tried there alone. A character beyond ASCII met on the way leaves the whole-slice exec.
 */
export function twoWordsBefore(slice: string): RegExpExecArray | null {
  const cls = (i: number): number => {
    const c = slice.charCodeAt(i);
    return c < 128 ? WORD_CLASS[c]! : -1;
  };
  let e = slice.length;
  while (e > 0 && (slice.charCodeAt(e - 1) === 32 || slice.charCodeAt(e - 1) === 9)) e--;
  if (e === 0) return null;
  let c = cls(e - 1);
  if (c !== 1) return c < 0 ? TWO_WORDS_BEFORE_RE.exec(slice) : null;
  let q = e - 1;
  while (q > 0 && (c = cls(q - 1)) === 1) q--;
  if (q > 0 && c < 0) return TWO_WORDS_BEFORE_RE.exec(slice);
  let k = q;
  while (k > 0 && (c = cls(k - 1)) === 2) k--;
  if (k > 0 && c < 0) return TWO_WORDS_BEFORE_RE.exec(slice);
  if (k < q && k > 0 && c === 1) {
    q = k - 1;
    while (q > 0 && (c = cls(q - 1)) === 1) q--;
    if (q > 0 && c < 0) return TWO_WORDS_BEFORE_RE.exec(slice);
  }
  TWO_WORDS_BEFORE_STICKY.lastIndex = q;
  return TWO_WORDS_BEFORE_STICKY.exec(slice) ?? TWO_WORDS_BEFORE_RE.exec(slice);
}

function personCue(text: string, start: number, end: number, beforeOnly = false): boolean {
  const m = twoWordsBefore(text.slice(Math.max(0, start - 40), start));
  if (m) {
    const words = [m[1], m[2], m[3]].filter((w): w is string => w !== undefined).map((w) => w.toLowerCase().replace(/\.$/, ''));
    const last = words[words.length - 1]!;
    const head = last.split('-')[0]!;
    if (RELATION_WORDS.has(last) || RELATION_WORDS.has(head) || TITLES.has(last) || PERSON_VERBS.has(last)) return true;
    if (words.length === 2 && (RELATION_WORDS.has(words[0]!) || PERSON_VERBS.has(words[0]!)) && /^(?:a|an)$/.test(last)) return true;
  }
  if (beforeOnly) return false;
  const after = text.slice(end, end + 40);
  // A surname after the first name ("Art Lindqvist").
  if (/^[ \t]+\p{Lu}\p{Ll}/u.test(after)) return true;
  const r = RELATION_AFTER_RE.exec(after);
  if (r) {
    if (r[2] !== undefined) return true;
    if (r[1] !== undefined && RELATION_WORDS.has(r[1].toLowerCase())) return true;
  }
  return false;
}

const SENTENCE_OPEN_RE = /(?:^|\n[ \t]*|[.!?…]["”’)]?[ \t]+|^[^\n:]{1,24}:[ \t]*|\n[^\n:]{1,24}:[ \t]*)$/;
const SPEAK_BEFORE_RE = /\b(?:speak|speaks|spoke|speaking|learn|learns|learning|learned|learnt|study|studies|studying|studied|teach|teaches|teaching|taught|fluent[ \t]+in|translate[sd]?[ \t]+(?:from|into)|translating[ \t]+(?:from|into))[ \t]+(?:only[ \t]+|some[ \t]+|a[ \t]+little[ \t]+|broken[ \t]+)?$/i;
const HAVING_BEFORE_RE = /\b(?:has|have|had|having|got|gets|get|with|diagnosed[ \t]+with|dx(?:'d)?[ \t]+with|early|late|early-onset|advanced|mild|severe)[ \t]+$/i;
const CONDITION_NOUN_AFTER_RE = /^['’]s?[ \t]+(?:disease|syndrome|disorder|palsy|sarcoma|lymphoma|thyroiditis|ataxia|chorea|dementia|tumou?rs?|phenomenon|contracture|neuroma|anomaly|triad|sign|law)\b/i;
// Nothing owned after the possessive: the clause ends or goes on with a small word.
const NOTHING_OWNED_AFTER_RE = /^['’]s?(?:[ \t]*(?:[.,;:!?)…]|$|\n)|[ \t]+(?:and|but|so|or|which|that|since|too|now|again|because|as|though|flares?|flared|flaring)\b)/;
const MEDIA_NOUN_BEFORE_RE = /\b(?:song|songs|show|shows|series|movie|movies|film|films|book|books|novel|novels|game|games|videogame|album|albums|episode|episodes|podcast|podcasts|app|apps|band|track|musical|cartoon|sitcom|anime|manga)[ \t]+(?:called[ \t]+|named[ \t]+|titled[ \t]+)?["“'‘]?$/i;
const MEDIA_VERB_BEFORE_RE = /\b(?:binge[sd]?|binging|bingeing|binge-watch(?:ed|es|ing)?|rewatch(?:ed|es|ing)?|re-watch(?:ed|es|ing)?|stream(?:ed|s|ing)?|play(?:s|ed|ing)?|replay(?:s|ed|ing)?|gaming[ \t]+on)[ \t]+$/i;
const PUT_DOWN_BEFORE_RE = /\bput[ \t]+down[ \t]+$/i;
// Small words a title keeps in lower case between its capitalised words.
const PLACE_BEFORE_TITLE_RE = /\b(?:at|in|into|to|from|near|on|onto|by|outside|inside|toward|towards|across|behind|past|through|visit|visited|visiting|live|lives|lived|living|stay|stays|stayed|staying|moved|move)[ \t]+$/i;
const TITLE_SMALL = new Set(['of', 'on', 'in', 'the', 'and', 'a', 'an', 'to', 'for', 'at', 'with', 'from', 'or', 'my', 'me']);
const MEDIA_NOUN_AFTER_RE = /^[ \t]+(?:movie|film|show|song|album|game|series|book|app|podcast|video|cartoon|concert|tour|channel|franchise|commercial)s?\b/i;
const DETERMINER_BEFORE_RE = /\b(?:the|a|an|that|this|those|these|new|old|latest|last|first|favorite|favourite)[ \t]+$/i;
const POSSESSIVE_BEFORE_RE = /\b(?:my|your|his|her|our|their|its)[ \t]+$/i;
const STATE_AFTER_RE = /^,?[ \t]*\p{Lu}/u;
const ALONE_AFTER_RE = /^[ \t]*(?:[!?.…]|,[ \t]*\p{Ll})/u;
const CAMEL_RE = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})$/u;

/** Whether the NAME or GEO span start..end is a capitalised word of one of the kinds above. */
export function notPersonOrPlace(text: string, start: number, end: number, type: 'NAME' | 'GEO', dialogue = true): boolean {
  const span = text.slice(start, end);
  const words = span.match(WORD_RE)?.map((w) => w.toLowerCase().replace(/['’]s$/, '')) ?? [];
  if (words.length === 0) return false;
  // (A piece of a web address or an e-mail is read by its own rules.)
  if (/[\p{L}\p{N}][./@_]$/u.test(text.slice(Math.max(0, start - 2), start)) || /^[./@_][\p{L}\p{N}]/u.test(text.slice(end, end + 2))) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 24);
  const cued = personCue(text, start, end, true);
  // 1. Deities and oaths.
  if (!cued && words.every(isDeity)) return true;
  // 1b. Oaths with "Holy": "Holy Mary, I almost …".
  if (words[0] === 'holy' && words.length === 2 && /^[ \t]*[,!]/.test(after) && SENTENCE_OPEN_RE.test(before)) return true;
  // 1c. Kin words used as names ("Papa took us in", "what did Mama say"): WordNet's words for kin, no frequent name.
  if (type === 'NAME' && words.length === 1 && isKinWord(words[0]!)) return true;
  // 2b. Regions of several states, by compass words alone: "the Midwest", "the Deep South", "out West".
  if (type === 'GEO' && /^\p{Lu}\p{Ll}/u.test(span) && words.every((w) => COMPASS.has(w)) && !/^[ \t-]+\p{Lu}/u.test(after)) return true;
  // 2. Planets.
  if (words.length === 1 && isPlanet(words[0]!) && !resources().everydayWords.has(words[0]!) && !/\bin[ \t]+$/i.test(before) && !STATE_AFTER_RE.test(after.replace(/^[ \t]*,/, ','))) return true;
  if (cued) return false;
  // 3. Languages.
  if (SPEAK_BEFORE_RE.test(before)) return true;
  // 4. Conditions named after people.
  if (type === 'NAME' && (CONDITION_NOUN_AFTER_RE.test(after) || (NOTHING_OWNED_AFTER_RE.test(after) && HAVING_BEFORE_RE.test(before)))) return true;
  // 5. Titles.
  if (MEDIA_NOUN_BEFORE_RE.test(before)) return true;
  if (words.length === 1 && MEDIA_NOUN_AFTER_RE.test(after) && DETERMINER_BEFORE_RE.test(before)) return true;
  if (type === 'NAME' && MEDIA_VERB_BEFORE_RE.test(before)) return true;
  if (insideTitle(text, start)) return true;
  // (A pet: "had to put down Duke", "put Duke to sleep" is said of animals.)
  if (type === 'NAME' && (PUT_DOWN_BEFORE_RE.test(before) || /^[ \t]+down\b|^[ \t]+to[ \t]+sleep\b/.test(after)) && /\bput[ \t]+(?:down[ \t]+)?$/i.test(before)) return true;
  // (The weaker kinds below yield to any person cue beside the word, after it too, and to a
  // nickname in quotes: "Gravy" turns up.)
  if (personCue(text, start, end) || (/["“'‘]$/.test(text.slice(Math.max(0, start - 1), start)) && /^["”'’]/.test(text.slice(end, end + 1)))) return false;
  if (words.length !== 1 || type !== 'NAME') {
    // 8. Camel-case brands (a place too: "from DoorDash").
    return words.length === 1 && camelBrand(span);
  }
  const w = words[0]!;
  const r = resources();
  const frequentName = r.popularNames.has(w);
  // 6. Emphasis.
  if (!frequentName && r.everydayWords.has(w) && /^\p{Lu}/u.test(span) && (POSSESSIVE_BEFORE_RE.test(before) || capitalisedEverydayBefore(before))) return true;
  // 7. An interjection opening a sentence on its own.
  if (dialogue && w.length >= 3 && !frequentName && !r.firstNames.has(w) && /^\p{Lu}/u.test(span) && SENTENCE_OPEN_RE.test(before) && !/(?:^|[^\p{L}])\p{Lu}\.[ \t]+$/u.test(before) && ALONE_AFTER_RE.test(after)) return true;
  // 8. Camel-case brands.
  if (camelBrand(span)) return true;
  // 9. A word WordNet knows only as a thing.
  const sense = wordnet().get(w);
  if (!frequentName && !r.firstNames.has(w) && !r.usCities.has(w) && sense !== undefined && sense.pos === 'n' && THING_CLASSES.has(sense.cls)) return true;
  return false;
}

function camelBrand(word: string): boolean {
  const m = CAMEL_RE.exec(word);
  if (!m) return false;
  const { everydayWords, popularNames } = resources();
  const a = m[1]!.toLowerCase();
  const b = m[2]!.toLowerCase();
  return everydayWords.has(a) && everydayWords.has(b) && !popularNames.has(a) && !popularNames.has(b);
}

/** Whether another everyday word written with a capital, not opening its sentence, comes just before ("the Worst Day of my …"). */
function capitalisedEverydayBefore(before: string): boolean {
  const { everydayWords, popularNames } = resources();
  const m = /(?:^|[^\p{L}])((?:[\p{L}'’]+[ \t]+){1,4})$/u.exec(before);
  if (!m) return false;
  const ws = m[1]!.trim().split(/[ \t]+/);
  const at = before.length - m[1]!.length;
  for (let i = 0; i < ws.length; i++) {
    const word = ws[i]!;
    if (!/^\p{Lu}\p{Ll}+$/u.test(word)) continue;
    // (The first word of a sentence is capitalised anyway.)
    if (i === 0 && /(?:^|[.!?:\n][ \t]*)$/.test(before.slice(0, at))) continue;
    const k = word.toLowerCase();
    if (everydayWords.has(k) && !popularNames.has(k)) return true;
  }
  return false;
}

/**
 * Whether the span sits in a run of capitalised words that a capitalised article opens in the middle
 * of a sentence: a title ("like A Nightmare on …", "watching The Great …"). A sentence's own first
 * word is capitalised anyway and says nothing.
 */
function insideTitle(text: string, start: number): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(text.slice(start, start + 2))) return false;
  const before = text.slice(Math.max(0, start - 60), start);
  const ws = before.split(/([ \t]+)/);
  // Walk back word by word while the words are capitalised or a title's small words.
  let at = before.length;
  for (let i = ws.length - 1, n = 0; i >= 0 && n < 7; i--) {
    const w = ws[i]!;
    at -= w.length;
    if (/^[ \t]*$/.test(w)) continue;
    n++;
    if (/^(?:The|A|An)$/.test(w)) {
      const lead = before.slice(0, at);
      // (Not after a word of place: "moved into The Pines", "at The Meadows" name a place.)
      return /[\p{L},][ \t]*$/u.test(lead) && !/(?:^|[.!?:\n])[ \t]*$/.test(lead) && !PLACE_BEFORE_TITLE_RE.test(lead);
    }
    // (Title case only: in capitals, "A REPORT AT …", case tells nothing.)
    if (/^\p{Lu}[\p{Ll}'’-]*$/u.test(w) || TITLE_SMALL.has(w)) continue;
    return false;
  }
  return false;
}
