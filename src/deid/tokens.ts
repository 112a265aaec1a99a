// Word tokens with the facts the name and place detectors need: shape, sentence position and
// whether the surrounding line is written in ordinary case (where a capital letter means something).

import * as flags from './wordflags.ts';

// Copied once: see names.ts on imported bindings in hot loops.
const wordFlags = flags.wordFlags;

export type Shape = 'title' | 'upper' | 'lower' | 'other';

export interface Token {
  text: string;
  /** Lower-case, diacritics folded ("Tomás" → "tomas"), possessive "'s" dropped ("Maria's" → "maria"). */
  key: string;
  start: number;
  end: number;
  shape: Shape;
  /** First word of a sentence, line or utterance: its capital says nothing. */
  sentenceStart: boolean;
  /** The line mixes cases normally, so a capital letter mid-sentence is a proper-noun signal. */
  caseInformative: boolean;
  /** Position of the token within its line (0 = first word of the line). */
  lineIndex: number;
  /** The text between the previous token and this one is one to three spaces or tabs. */
  tightBefore: boolean;
  /** Dictionary and lexicon facts about `key` (see wordflags.ts). */
  flags: number;
  /** Rule modules' memoised facts about `key`, shared by every token of the same surface form (see memoKeyBits). */
  memo: number[];
}

/** True when the token carries any of the lexicon flags in `w` (wordflags.ts `W`). */
export const hasFlag = (t: Token, w: number): boolean => (t.flags & w) !== 0;

// Letters with inner apostrophes or hyphens: O'Brien, Mary-Jane, don't.
// Letters: ASCII, Latin-1 to Greek/Cyrillic and beyond, skipping the punctuation and symbol blocks
// (U+2000–U+2BFF). Spelled as ranges because \p{L} with the u flag is several times slower.
const WORD_RE =
  /[A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u1FFF\u2C00-\uD7FF\uF900-\uFDFF\uFE70-\uFEFF][A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u1FFF\u2C00-\uD7FF\uF900-\uFDFF\uFE70-\uFEFF]*(?:['’-][A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u1FFF\u2C00-\uD7FF]+)*/g;
const MARKS_RE = /\p{M}/gu;
const ABBREVIATIONS = new Set([
  'dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'rev', 'fr', 'sr', 'jr', 'st', 'mt', 'ft', 'sgt', 'lt',
  'capt', 'col', 'gen', 'vs', 'no', 'apt', 'ste', 'pt',
]);

export function foldKey(s: string): string {
  const lower = s.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) > 127) return lower.replace(/’/g, "'").normalize('NFD').replace(MARKS_RE, '');
  }
  // Plain ASCII (the common case) needs no normalisation.
  return lower;
}

function shapeOf(w: string): Shape {
  // ASCII fast path on character codes; anything else goes through case mapping below.
  let upper = 0;
  let lower = 0;
  let ascii = true;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c > 127) {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    const c0 = w.charCodeAt(0);
    const firstUpper = c0 >= 65 && c0 <= 90;
    if (!firstUpper) return upper === 0 ? 'lower' : 'other';
    if (upper === 1) return 'title';
    if (lower === 0) return w.length === 1 || upper === 1 ? 'title' : 'upper';
    return 'title';
  }
  return shapeOfUnicode(w);
}

function shapeOfUnicode(w: string): Shape {
  const first = w[0]!;
  const firstUpper = first !== first.toLowerCase();
  const rest = w.slice(1);
  if (!firstUpper) return w === w.toLowerCase() ? 'lower' : 'other';
  if (rest === rest.toLowerCase()) return 'title';
  if (w === w.toUpperCase()) return w.length === 1 ? 'title' : 'upper';
  // McAllister, DeShawn, O'Brien-Smith: capitalised with inner capitals.
  return 'title';
}


function possessiveless(k: string): string {
  const n = k.length;
  return n > 3 && k.charCodeAt(n - 1) === 115 && k.charCodeAt(n - 2) === 39 ? k.slice(0, -2) : k;
}

interface Surface {
  /** The word as written; one string per surface form, shared by every token that spells it. */
  text: string;
  key: string;
  shape: Shape;
  flags: number;
  /** The scanner's hash of `text`, kept here so a probe reads one object, not a second array. */
  hash: number;
  /** One slot per memoKeyBits table, -1 until first asked. */
  memo: number[];
}

// Per surface form: key, shape and lexicon flags, computed once. An open-addressing table keyed by
// a hash the scanner computes while it reads the word, compared against the text's own characters:
// a word seen before costs neither a substring nor a Map lookup (which would hash a fresh string).
// Bounded like the flag cache: cleared when it holds MAX_SURFACES forms.
const TABLE_BITS = 19;
const TABLE_SIZE = 1 << TABLE_BITS;
const TABLE_MASK = TABLE_SIZE - 1;
const MAX_SURFACES = 200_000;
let table: (Surface | undefined)[] = new Array<Surface | undefined>(TABLE_SIZE).fill(undefined);
let tableCount = 0;

function surfaceAt(text: string, start: number, end: number, hash: number): Surface {
  const len = end - start;
  let slot = hash & TABLE_MASK;
  for (;;) {
    const e = table[slot];
    if (e === undefined) break;
    if (e.hash === hash && e.text.length === len) {
      const w = e.text;
      let i = 0;
      while (i < len && w.charCodeAt(i) === text.charCodeAt(start + i)) i++;
      if (i === len) return e;
    }
    slot = (slot + 1) & TABLE_MASK;
  }
  const w = text.slice(start, end);
  const key = possessiveless(foldKey(w));
  const s: Surface = { text: w, key, shape: shapeOf(w), flags: wordFlags(key), hash, memo: newMemo() };
  if (tableCount >= MAX_SURFACES) {
    table = new Array<Surface | undefined>(TABLE_SIZE).fill(undefined);
    tableCount = 0;
    slot = hash & TABLE_MASK;
  }
  table[slot] = s;
  tableCount++;
  return s;
}

// The letters of WORD_RE's first class (a word starts with one and continues with them) …
function isWordLetter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return (
    c === 0xaa || c === 0xb5 || c === 0xba || (c >= 0xc0 && c <= 0xd6) || (c >= 0xd8 && c <= 0xf6) || (c >= 0xf8 && c <= 0x1fff) ||
    (c >= 0x2c00 && c <= 0xd7ff) || (c >= 0xf900 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)
  );
}

// … and of the pieces after an inner apostrophe or hyphen (a narrower class: no ª µ º, no
// compatibility or presentation forms).
function isPieceLetter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return (c >= 0xc0 && c <= 0xd6) || (c >= 0xd8 && c <= 0xf6) || (c >= 0xf8 && c <= 0x1fff) || (c >= 0x2c00 && c <= 0xd7ff);
}

// A class, not an object literal: V8 tracks an object literal's allocation site and, once the
// site's objects are seen to outlive a young-generation collection (tokens live through the whole
// of detect()), allocates them straight into the old generation ("pretenuring"). Measured on the
// 60 KB transcript that made tokenizing about six times slower in most processes (old-space
// allocation, write barriers, more full collections). Objects made by `new` carry no allocation
// site and stay young.
class WordToken implements Token {
  text: string;
  key: string;
  flags: number;
  start: number;
  end: number;
  shape: Shape;
  sentenceStart: boolean;
  caseInformative: boolean;
  lineIndex: number;
  tightBefore: boolean;
  memo: number[];
  constructor(sf: Surface, start: number, end: number, sentenceStart: boolean, lineIndex: number, tightBefore: boolean) {
    this.text = sf.text;
    this.key = sf.key;
    this.flags = sf.flags;
    this.start = start;
    this.end = end;
    this.shape = sf.shape;
    this.sentenceStart = sentenceStart;
    this.caseInformative = true;
    this.lineIndex = lineIndex;
    this.tightBefore = tightBefore;
    this.memo = sf.memo;
  }
}

export interface Tokenized {
  tokens: Token[];
  /** Union of every token's flags: lets detectors skip scans whose cue words never occur. */
  flags: number;
}

export function tokenize(text: string): Token[] {
  return tokenizeWithFlags(text).tokens;
}

const WHITESPACE_RE = /^\s+$/;

/**
 * The words of `text` exactly as WORD_RE finds them (letters, then pieces joined by ' ’ or -), read
 * by a hand-written scanner over character codes: no match arrays, and no substring for a word
 * seen before.
 */
export function tokenizeWithFlags(text: string): Tokenized {
  const tokens: Token[] = [];
  let all = 0;
  let prevEnd = 0;
  let prev: Token | undefined;
  const n = text.length;
  let pos = 0;
  while (pos < n) {
    // Find the next word start.
    let c = text.charCodeAt(pos);
    if (!isWordLetter(c)) {
      pos++;
      continue;
    }
    const start = pos;
    let hash = 0;
    do {
      hash = (Math.imul(hash, 31) + c) | 0;
      pos++;
      c = pos < n ? text.charCodeAt(pos) : -1;
    } while (pos < n && isWordLetter(c));
    // Inner apostrophes and hyphens, each followed by at least one letter of the narrower class.
    while (pos + 1 < n && (c === 39 || c === 0x2019 || c === 45) && isPieceLetter(text.charCodeAt(pos + 1))) {
      do {
        hash = (Math.imul(hash, 31) + c) | 0;
        pos++;
        c = pos < n ? text.charCodeAt(pos) : -1;
      } while (pos < n && isPieceLetter(c));
    }
    const end = pos;
    // Facts about the gap since the previous token, read from character codes (no slicing, no
    // allocation: this runs for every word).
    let newLine = false;
    let breaks = false;
    let spaces = true;
    for (let i = prevEnd; i < start; i++) {
      const g = text.charCodeAt(i);
      if (g === 10) newLine = true;
      // . ! ? : ; newline, bullet
      if (g === 46 || g === 33 || g === 63 || g === 10 || g === 58 || g === 8226 || g === 59) breaks = true;
      if (g !== 32 && g !== 9) spaces = false;
    }
    const gapLen = start - prevEnd;
    const tight = spaces && gapLen >= 1 && gapLen <= 3;
    const sf = surfaceAt(text, start, end, hash);
    all |= sf.flags;
    // "Dr. Young", "St. Louis": the full stop of an abbreviation does not end the sentence.
    const abbrev =
      prev !== undefined && gapLen >= 2 && text.charCodeAt(prevEnd) === 46 && ABBREVIATIONS.has(prev.key) && WHITESPACE_RE.test(text.slice(prevEnd + 1, start));
    const t: Token = new WordToken(sf, start, end, prev === undefined || (!abbrev && breaks), prev === undefined || newLine ? 0 : prev.lineIndex + 1, tight);
    tokens.push(t);
    prev = t;
    prevEnd = end;
  }
  markCaseInformative(text, tokens);
  return { tokens, flags: all };
}

/** The regular-expression tokenizer the scanner replaced, kept for the equivalence test. */
export function wordSpansByRegExp(text: string): [number, number][] {
  const out: [number, number][] = [];
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(text)) !== null) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** An ASCII capital anywhere in text[from, to). */
function hasCapital(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/**
 * A line in all capitals or all lower case (speech-to-text, shouting, chat) carries no case
 * signal; the detectors then rely on dictionaries and context alone.
 */
function markCaseInformative(text: string, tokens: Token[]): void {
  let i = 0;
  while (i < tokens.length) {
    const lineEnd = text.indexOf('\n', tokens[i]!.start);
    const limit = lineEnd < 0 ? text.length : lineEnd;
    let j = i;
    let lower = 0;
    let upper = 0;
    let title = 0;
    while (j < tokens.length && tokens[j]!.start < limit) {
      const t = tokens[j]!;
      // Skip a speaker label ("Client:") at line start: it is capitalised by convention.
      if (!(j === i && text.charCodeAt(t.end) === 58)) {
        if (t.shape === 'lower') lower++;
        else if (t.shape === 'upper') upper++;
        else if (t.shape === 'title' && !t.sentenceStart && t.text !== 'I') title++;
      }
      j++;
    }
    const words = lower + upper + title;
    // Mostly capitals, or no lower-case word at all: shouting / all-caps notes.
    const allCaps = (upper >= 3 && upper > 2 * (lower + title)) || (upper >= 1 && lower === 0 && title === 0);
    // Long lower-case lines with not a single capital mid-sentence: case tells nothing.
    const bodyStart = text.charCodeAt(tokens[i]!.end) === 58 && i + 1 < j ? tokens[i + 1]!.start : tokens[i]!.start;
    const allLower = words >= 6 && title === 0 && upper === 0 && !hasCapital(text, bodyStart, limit);
    const informative = !(allCaps || allLower);
    for (let k = i; k < j; k++) tokens[k]!.caseInformative = informative;
    i = j;
  }
}

// Slots of the per-surface memo: one per memoKeyBits table, handed out as modules load.
const MEMO_SLOTS = 12;
let memoSlots = 0;
function newMemo(): number[] {
  return [-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1];
}

/**
 * A memo of `compute(token.key)` per surface form: a rule module folds the word lists its per-word
 * loop consults into one bit mask per key (non-negative), read with one array load per word instead
 * of a lookup in each list. The mask sits in the token's surface form, which every token spelling
 * the same word shares, so each form is computed once per table.
 */
export function memoKeyBits(compute: (key: string) => number): (t: Token) => number {
  const slot = memoSlots++;
  if (slot >= MEMO_SLOTS) throw new Error('memoKeyBits: raise MEMO_SLOTS');
  return (t: Token): number => {
    const memo = t.memo;
    let b = memo[slot]!;
    if (b < 0) {
      b = compute(t.key);
      memo[slot] = b;
    }
    return b;
  };
}

// Binary searches over a text's tokens, which are in text order and never overlap: rules look tokens
// up from spans and regex matches, and a scan per lookup would make long texts quadratic.
/** The index of the token that starts exactly at `start`, or -1. */
export function tokenIndexAt(tokens: readonly Token[], start: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = tokens[mid]!.start;
    if (m === start) return mid;
    if (m < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The index of the first token that starts at `offset` or later (tokens.length when none does). */
export function tokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
