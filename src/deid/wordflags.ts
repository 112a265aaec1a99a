// Everything the name detector asks about a word, computed once per distinct word and cached as a
// bit set: one Map lookup per token instead of a dozen Set lookups. Therapy text reuses a small
// vocabulary, so the cache stays small; it is cleared if it ever grows past its bound.
import { COUNTRIES, US_STATES } from './geo-data.ts';
import {
  CALENDAR,
  CLINICAL_CAPS,
  CORE_STOP,
  EPONYM_FOLLOWERS,
  FUNCTION_WORDS,
  LOCATIVE_VERBS,
  LOCATIVE_WORDS,
  MONTHS,
  NAME_PARTICLES,
  NOT_NAMES,
  RELATION_WORDS,
  ROLE_LABELS,
  SPEECH_VERBS,
  TITLES,
  WEAK_TITLES,
} from './lexicon.ts';
import { CLINICAL_SHORTHAND } from './clinical-lexicon.ts';
import { resources } from './resources.ts';

// A plain object, not an enum: TypeScript enums carry a reverse mapping (numbers as keys), which
// puts the object in V8's slow dictionary mode, and these flags are read for every token.
export const W = {
  First: 1 << 0,
  Last: 1 << 1,
  /** Vocabulary, except a popular name that is only rare vocabulary ("maria"). */
  Common: 1 << 2,
  CoreStop: 1 << 3,
  Calendar: 1 << 4,
  Function: 1 << 5,
  NotName: 1 << 6,
  Month: 1 << 7,
  Clinical: 1 << 8,
  Title: 1 << 9,
  WeakTitle: 1 << 10,
  Relation: 1 << 11,
  Locative: 1 << 12,
  LocVerb: 1 << 13,
  Speech: 1 << 14,
  Eponym: 1 << 15,
  Particle: 1 << 16,
  Role: 1 << 17,
  Place: 1 << 18,
  Contraction: 1 << 19,
  /** "downs", "bonds": the plural of a vocabulary word. */
  PluralOfWord: 1 << 20,
  Popular: 1 << 21,
  /** A word after which a name may follow (title, relation, introduction, greeting, locative). */
  Cue: 1 << 22,
  /** Among SCOWL's ~11k most frequent words. */
  Everyday: 1 << 23,
  /** First word of some US city name. */
  CityStart: 1 << 24,
  /** Cue words of detectors that are skipped when their cue never occurs in a text. */
  ForeignStreet: 1 << 25,
  PhotoWord: 1 << 26,
  AgeWord: 1 << 27,
  AddressWord: 1 << 28,
  OrgCue: 1 << 29,
  Holiday: 1 << 30,
  /** Words that gate the county, unit and dictation scans. */
  GeoCue: 2 ** 31,
  Name: (1 << 0) | (1 << 1),
} as const;

const INTRO = new Set(['named', 'name', "name's", 'names', 'nicknamed', 'aka', 'by']);
const GREETINGS = new Set(['hi', 'hello', 'hey', 'dear', 'thanks', 'bye', 'goodbye', 'morning', 'evening', 'afternoon']);
const SOFT_INTRO = new Set(["i'm", 'am', 'this', 'is']);
const CONTRACTION_RE = /'(?:m|re|ve|ll|d|t)$|n't$/;

const FOREIGN_STREET_KEY_RE =
  /(?:straat|strasse|straße|gasse|weg|laan|vej|gatan|gade|katu|utca|allee|platz|plein|dreef|kade|steeg|singel|gracht|ulica|cesta|vagen|veien)$|^(?:rue|via|viale|calle|avenida|rua|piazza|corso|camino|paseo|carrer|chemin|ul)$/;
const PHOTO_WORDS = new Set(['photo', 'photos', 'photograph', 'photographs', 'picture', 'pictures', 'pic', 'pics', 'image', 'images', 'selfie', 'selfies', 'headshot', 'headshots', 'mugshot', 'mugshots', 'face', 'facial']);
const AGE_WORDS = new Set(['ninety', 'nineties', 'hundred', 'hundreds', 'centenarian', 'nonagenarian']);
const ORG_CUES = new Set([
  'hospital', 'medical', 'health', 'healthcare', 'clinic', 'university', 'college', 'school', 'elementary', 'academy', 'institute',
  'church', 'inc', 'llc', 'corp', 'corporation', 'company', 'foundation', 'center', 'centre', 'bank', 'pharmacy', 'associates',
  'prison', 'jail', 'shelter', 'work', 'works', 'worked', 'working', 'job', 'boss', 'manager', 'supervisor', 'coworker',
  'coworkers', 'co-worker', 'co-workers', 'colleague', 'colleagues', 'employed', 'shift', 'shifts', 'intern', 'interns',
  'interning', 'interned', 'volunteer', 'volunteers', 'volunteered', 'volunteering', 'go', 'goes', 'went', 'attend', 'attends',
  'attended', 'attending', 'enrolled', 'study', 'studies', 'studied', 'studying', 'graduated', 'teach', 'teaches', 'teaching',
  'taught', 'hired',
]);

const HOLIDAYS = new Set(['christmas', 'xmas', 'thanksgiving', 'easter', 'halloween', 'valentine', "valentine's", 'valentines', 'independence', 'fourth', 'memorial', 'labor', "mother's", "father's", 'mothers', 'fathers', 'hanukkah', 'passover', 'ramadan', 'eid', 'diwali', 'juneteenth', 'year', 'eve', 'july']);

const GEO_CUES = new Set(['county', 'parish', 'borough', 'apt', 'apartment', 'suite', 'ste', 'unit', 'box', 'dictated', 'transcribed', 'typed', 'signed', 'reviewed', 'entered', 'scribed', 'cosigned']);

const cache = new Map<string, number>();
const MAX_CACHE = 200_000;

/** A word, a hyphen, then a word that opens a clause: the hyphen is a dash ("son Rob-who is …"). */
export const GLUED_CLAUSE_RE = /^([^-]{2,})-(who|whom|which|and|is|was|has|had|will|would|says|said|states|stated|called|calls|reports|reported|aware)$/;

// The flags that come from the hand-written lists alone, one Map entry per listed word, built on the
// first call: a new word costs one lookup here instead of ~25 Set lookups. (The lists are read-only
// Sets; a word's bits are the OR of its lists, which is all wordFlags did with them.)
let listed: Map<string, number> | undefined;

function listedFlags(): Map<string, number> {
  if (listed !== undefined) return listed;
  const m = new Map<string, number>();
  const mark = (words: Iterable<string>, bit: number): void => {
    for (const w of words) m.set(w, (m.get(w) ?? 0) | bit);
  };
  mark(PHOTO_WORDS, W.PhotoWord);
  mark(AGE_WORDS, W.AgeWord);
  mark(['address', 'addresses', 'addr'], W.AddressWord);
  mark(ORG_CUES, W.OrgCue);
  mark(HOLIDAYS, W.Holiday);
  mark(GEO_CUES, W.GeoCue);
  mark(CORE_STOP, W.CoreStop);
  mark(CALENDAR, W.Calendar);
  mark(FUNCTION_WORDS, W.Function);
  mark(NOT_NAMES, W.NotName);
  mark(MONTHS.keys(), W.Month);
  mark(CLINICAL_CAPS, W.Clinical);
  mark(TITLES, W.Title | W.Cue);
  mark(WEAK_TITLES, W.WeakTitle);
  mark(RELATION_WORDS, W.Relation | W.Cue);
  mark(LOCATIVE_WORDS, W.Locative | W.Cue);
  mark(LOCATIVE_VERBS, W.LocVerb);
  mark(SPEECH_VERBS, W.Speech);
  mark(EPONYM_FOLLOWERS, W.Eponym);
  mark(NAME_PARTICLES, W.Particle);
  mark(ROLE_LABELS, W.Role);
  mark(US_STATES, W.Place);
  mark(COUNTRIES, W.Place);
  // A word after which a name may follow: titles, relations and locatives (marked above), and
  // introductions and greetings.
  mark(INTRO, W.Cue);
  mark(GREETINGS, W.Cue);
  mark(SOFT_INTRO, W.Cue);
  listed = m;
  return m;
}

export function wordFlags(k: string): number {
  const hit = cache.get(k);
  if (hit !== undefined) return hit;
  // "rob-who", "brennan-and": a dash typed without spaces before a clause; the word is the first part.
  const glued = k.includes('-') ? GLUED_CLAUSE_RE.exec(k) : null;
  if (glued) {
    const g = wordFlags(glued[1]!);
    cache.set(k, g);
    return g;
  }
  const r = resources();
  let f = 0;
  if (r.firstNames.has(k)) f |= W.First;
  if (r.lastNames.has(k)) f |= W.Last;
  if (r.popularNames.has(k)) f |= W.Popular;
  const everyday = r.everydayWords.has(k);
  // A popular *first* name that is only rare vocabulary ("maria", "destiny") is a name; a surname
  // that is also a word ("foster", "rivers") stays a word in lower case.
  if (r.commonWords.has(k) && !((f & W.Popular) && (f & W.First) && !everyday)) f |= W.Common;
  // Hyphenated compounds: "long-term" is vocabulary when its parts are; "mary-jane" a name.
  if (k.includes('-') && !(f & (W.Common | W.Name))) {
    // One-letter pieces ("c-v", "f/e-still") are headings and shorthand, not name parts.
    const parts = k.split('-').filter((p) => p.length > 1);
    const vocab = (p: string): boolean => r.commonWords.has(p) || r.medicalWords.has(p) || CLINICAL_SHORTHAND.has(p);
    if (parts.length === 0 || parts.every(vocab)) f |= W.Common | (parts.some((p) => !r.commonWords.has(p)) ? W.Clinical : 0);
    // "gu-qsuo", "swan-ganz": a compound with clinical shorthand in it is shorthand.
    else if (parts.some((p) => CLINICAL_SHORTHAND.has(p))) f |= W.Common | W.Clinical;
    else {
      // "sub-optimal-adjusting", "chged-given", "post-agram": a piece that is ordinary vocabulary
      // (even one that is also a surname, "given", "post") makes the compound shorthand or a typo,
      // not a name on its own evidence, unless every piece can be a name and one of them is no word
      // at all ("mary-jane", "nguyen-tran"). Mixed compounds ("kessler-adventist") keep their name
      // flags for cued rules and facility names, but count as vocabulary.
      const bareName = (p: string): boolean => (r.firstNames.has(p) || r.lastNames.has(p)) && !r.commonWords.has(p);
      if (parts.some((p) => r.commonWords.has(p) && !r.firstNames.has(p) && !r.lastNames.has(p)) || !parts.some(bareName)) f |= W.Common;
      // "mary-jane" (first), "nguyen-tran", "brennan-adewumi" (surnames).
      if (r.firstNames.has(parts[0]!)) f |= W.First;
      if (parts.some((p) => r.lastNames.has(p))) f |= W.Last;
      if (parts.some((p) => r.popularNames.has(p))) f |= W.Popular;
    }
  }
  if (everyday) f |= W.Everyday;
  if (r.cityFirstWords.has(k)) f |= W.CityStart;
  if (FOREIGN_STREET_KEY_RE.test(k)) f |= W.ForeignStreet;
  if (k.startsWith('ninety') || k.startsWith('hundred')) f |= W.AgeWord;
  f |= listedFlags().get(k) ?? 0;
  // Clinical vocabulary is never a name on its own evidence. A shorthand word that is also a popular
  // first name ("max", "eve") only loses the name-in-any-case evidence: a capital mid-sentence or a
  // cue still marks it, so "her son Max" and "I told Max" are caught.
  if (CLINICAL_SHORTHAND.has(k)) f |= (f & W.First) && (f & W.Popular) ? W.Common : W.Clinical | W.Common;
  else if (r.medicalWords.has(k)) f |= (f & W.Name) ? W.Common : W.Clinical | W.Common;
  if (k.includes("'") && CONTRACTION_RE.test(k)) f |= W.Contraction;
  // "downs", "bonds", "boxes" — but not "james" (jam+es is no plural) or any popular first name.
  if (k.endsWith('s') && !((f & W.First) && (f & W.Popular))) {
    const esPlural = /(?:s|x|z|ch|sh|o)es$/.test(k) && r.commonWords.has(k.slice(0, -2));
    if (r.commonWords.has(k.slice(0, -1)) || esPlural) f |= W.PluralOfWord;
  }
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(k, f);
  return f;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
let vocabulary: string[] | undefined;
const abbreviatedCache = new Map<string, boolean>();

/**
 * The start of a longer common or medical word ("integ", "psychosoc", "dobuta", "nitro"): notes
 * clip words. Weak evidence, like looksMisspelt: it only stops the rules that take an unknown word
 * for a name.
 */
export function looksAbbreviated(k: string): boolean {
  if (k.length < 4) return false;
  let hit = abbreviatedCache.get(k);
  if (hit !== undefined) return hit;
  vocabulary ??= mergeSorted([...resources().commonWords], [...resources().medicalWords]);
  let lo = 0;
  let hi = vocabulary.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (vocabulary[mid]! < k) lo = mid + 1;
    else hi = mid;
  }
  hit = false;
  for (let i = lo; i < vocabulary.length && i < lo + 50 && vocabulary[i]!.startsWith(k); i++) {
    if (vocabulary[i]!.length >= k.length + 2) {
      hit = true;
      break;
    }
  }
  if (abbreviatedCache.size >= MAX_CACHE) abbreviatedCache.clear();
  abbreviatedCache.set(k, hit);
  return hit;
}
const misspeltCache = new Map<string, boolean>();

/**
 * A word no list knows that is one typing slip away from vocabulary ("recieved", "nuerology"):
 * notes are written fast. Weak evidence only — it stops the rules that take an unknown word for a
 * name, never a cue ("Dr. Pemberlake" stays a name although "lovely" is one letter away).
 */
export function looksMisspelt(k: string): boolean {
  if (k.length < 5) return false;
  let hit = misspeltCache.get(k);
  if (hit === undefined) {
    const r = resources();
    // A word the lists know is spelt right, whatever its neighbours.
    hit = !r.commonWords.has(k) && !r.medicalWords.has(k) && nearVocabulary(k);
    if (misspeltCache.size >= MAX_CACHE) misspeltCache.clear();
    misspeltCache.set(k, hit);
  }
  return hit;
}

/** Both word lists are written sorted: merging them is linear, where sorting 300k words was not. */
function mergeSorted(a: string[], b: string[]): string[] {
  const sorted = (x: string[]): boolean => x.every((w, i) => i === 0 || x[i - 1]! <= w);
  if (!sorted(a)) a.sort();
  if (!sorted(b)) b.sort();
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (out.length === 0 || out[out.length - 1] !== next) out.push(next);
  }
  return out;
}

// Vocabulary by length, sorted, and bucketed by the end of each word: an edit leaves either the
// first half of the word or the part after it intact, so only words sharing that half are compared.
// Generating every one-edit variant (53 strings a letter, two Set lookups each) cost ~180 µs per
// unknown word; this costs a few µs, with the same answers (scripts in the tests compare both on
// word lists). The forward lists come out of the sorted vocabulary in one pass. The ends are
// bucketed by a hash of their last characters, built the first time a word of a length needs them
// (a short text asks about a few lengths only); this replaced sorted lists of reversed words, whose
// reversing and sorting took ~0.15–0.2 s of a fresh process. A hash collision only adds a candidate,
// and oneEdit is exact, so the answers are the same.
let forward: Map<number, string[]> | undefined;
/**
 * Key `len * 2 + (tail - tailOf(len - 1))` → the words of length `len` bucketed by the hash of their
 * last `tail` characters. Queries of length n compare words of length n - 1 … n + 1, so one length is
 * asked for two tails at most (tailOf(len - 1) and tailOf(len + 1), which differ by 0 or 1).
 */
const endings = new Map<number, Endings>();

/**
 * A hash table in typed arrays, its buckets laid end to end (no array per bucket): the words of slot
 * `s` are `words[order[start[s]]]` … `words[order[start[s + 1] - 1]]`, with their hashes at the same
 * places of `hashes`. (`words` is the length's sorted list itself: filling a new array of 30k+
 * strings out of order would make V8 keep it as a slow dictionary.)
 */
interface Endings {
  words: readonly string[];
  order: Int32Array;
  hashes: Int32Array;
  start: Int32Array;
  mask: number;
}

function forwardIndex(): Map<number, string[]> {
  if (forward === undefined) {
    vocabulary ??= mergeSorted([...resources().commonWords], [...resources().medicalWords]);
    const fwd = new Map<number, string[]>();
    for (const w of vocabulary) {
      let f = fwd.get(w.length);
      if (f === undefined) fwd.set(w.length, (f = []));
      f.push(w);
    }
    forward = fwd;
  }
  return forward;
}

/** A hash of the last `tail` characters of `w` (tail <= w.length). */
function tailHash(w: string, tail: number): number {
  let h = 0;
  for (let i = w.length - tail; i < w.length; i++) h = (Math.imul(h, 31) + w.charCodeAt(i)) | 0;
  return h;
}

/** The characters left intact at the end of a word of length n when its edit is before n >> 1. */
const tailOf = (n: number): number => Math.max(0, n - (n >> 1) - 1);

/** Words of length `len` (n - 1 … n + 1) by the hash of their last tailOf(n) characters. */
function endingIndex(len: number, n: number): Endings | undefined {
  const tail = tailOf(n);
  const key = len * 2 + (tail - tailOf(len - 1));
  let e = endings.get(key);
  if (e === undefined) {
    const list = forwardIndex().get(len);
    if (list === undefined) return undefined;
    let size = 16;
    while (size < 2 * list.length) size *= 2;
    const mask = size - 1;
    // A counting sort by slot: count, turn counts into starts, then place each word.
    const of = new Int32Array(list.length);
    const start = new Int32Array(size + 1);
    for (let i = 0; i < list.length; i++) {
      const h = tailHash(list[i]!, tail);
      of[i] = h;
      start[(h & mask) + 1]!++;
    }
    for (let s = 0; s < size; s++) start[s + 1]! += start[s]!;
    const fill = start.slice(0, size);
    const order = new Int32Array(list.length);
    const hashes = new Int32Array(list.length);
    for (let i = 0; i < list.length; i++) {
      const at = fill[of[i]! & mask]!++;
      order[at] = i;
      hashes[at] = of[i]!;
    }
    e = { words: list, order, hashes, start, mask };
    endings.set(key, e);
  }
  return e;
}

const isLetter = (c: number): boolean => c >= 97 && c <= 122;

/** Is `w` one edit from `k` (a–z for an inserted or substituted letter, as the variants were)? */
function oneEdit(k: string, w: string): boolean {
  const n = k.length;
  const m = w.length;
  let i = 0;
  while (i < n && i < m && k.charCodeAt(i) === w.charCodeAt(i)) i++;
  if (n === m) {
    if (i === n) return false;
    // substitution at i
    if (isLetter(w.charCodeAt(i)) && k.slice(i + 1) === w.slice(i + 1)) return true;
    // transposition of i and i+1
    return i + 1 < n && k.charCodeAt(i) === w.charCodeAt(i + 1) && k.charCodeAt(i + 1) === w.charCodeAt(i) && k.slice(i + 2) === w.slice(i + 2);
  }
  // k has one extra character (any character, as before): deleting the first that differs is enough,
  // since deleting an earlier one of a run of equal letters gives the same word.
  if (n === m + 1) return k.slice(i + 1) === w.slice(i);
  if (m === n + 1) {
    // w has one extra letter at i
    return isLetter(w.charCodeAt(i)) && k.slice(i) === w.slice(i + 1);
  }
  return false;
}

function lowerBound(a: readonly string[], x: string): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One deletion, insertion, substitution or transposition away from a common or medical word. */
export function nearVocabulary(k: string): boolean {
  const fwd = forwardIndex();
  const n = k.length;
  const h = n >> 1;
  const prefix = k.slice(0, h);
  // The edit is at h or later: the first h letters are intact.
  for (let len = n - 1; len <= n + 1; len++) {
    const a = fwd.get(len);
    if (a === undefined) continue;
    for (let i = lowerBound(a, prefix); i < a.length && a[i]!.startsWith(prefix); i++) if (oneEdit(k, a[i]!)) return true;
  }
  // The edit is before h: everything from h + 1 on is intact (a transposition at h - 1 included),
  // so the candidates end in the same n - h - 1 characters. (One edit apart is the same relation
  // read backwards — oneEdit is exact and its letter checks fall on the same character either way —
  // so the words are compared as they are, not reversed.)
  const th = tailHash(k, tailOf(n));
  for (let len = n - 1; len <= n + 1; len++) {
    const e = endingIndex(len, n);
    if (e === undefined) continue;
    const slot = th & e.mask;
    for (let i = e.start[slot]!, end = e.start[slot + 1]!; i < end; i++) if (e.hashes[i] === th && oneEdit(k, e.words[e.order[i]!]!)) return true;
  }
  return false;
}

/** The previous implementation, kept for the equivalence test: every one-edit variant, looked up. */
export function misspeltWordByVariants(k: string): boolean {
  const r = resources();
  const known = (w: string): boolean => r.commonWords.has(w) || r.medicalWords.has(w);
  for (let i = 0; i < k.length; i++) {
    const head = k.slice(0, i);
    const tail = k.slice(i + 1);
    if (known(head + tail)) return true;
    if (i + 1 < k.length && known(head + k[i + 1] + k[i] + k.slice(i + 2))) return true;
    for (const c of LETTERS) {
      if (c !== k[i] && known(head + c + tail)) return true;
    }
  }
  for (let i = 0; i <= k.length; i++) {
    const head = k.slice(0, i);
    const tail = k.slice(i);
    for (const c of LETTERS) if (known(head + c + tail)) return true;
  }
  return false;
}

