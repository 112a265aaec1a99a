// R35 talk10: ONE reader for numbers as people say and type them, shared by the age, date and
// identifier grammar of talk-grammar.ts. It works on a small lexicon of its own (words, digit runs,
// punctuation; a hyphenated "ninety-four" stays one word) and reads:
//   - cardinals: "94", "ninety-four", "ninety four", "ninetyfour", "a hundred and two", "one hundred
//     two", "hundred and two", "one oh two" (a three-digit number said digit by digit);
//   - ordinals: "94th", "ninety-fourth", "ninety fourth", "hundredth", "hundred and first";
//   - digit strings said in pieces: digits, digit words, "oh"/"zero", "double"/"triple" before a
//     digit, teens and tens said as pairs ("forty-two" → 42), joined by nothing but spaces;
//   - years: "1998", "nineteen ninety-eight", "twenty oh five", "two thousand (and) nine", "'05",
//     "oh-five";
//   - letters said for a code: a capital letter, a lower-case one, a spelling-alphabet word
//     ("kilo"), or "K as in king".
// Nothing here decides what a number IS (age, date, code): the frames of talk-grammar.ts do.

/** One word, digit run or punctuation mark of a line. `k` is the lower-cased text. */
export interface Lex {
  s: string;
  k: string;
  start: number;
  end: number;
}

// A word (letters, with inner ' ’ -), a digit run with an ordinal suffix or "s" ("90s"), "'05", or one mark.
const LEX_RE = /'\d\d\b|\d+(?:st|nd|rd|th|s)?(?![\p{L}\p{N}])|\d+|[\p{L}]+(?:['’-][\p{L}]+)*|[^\s\p{L}\p{N}]/gu;

export function lexRange(text: string, from: number, to: number): Lex[] {
  const out: Lex[] = [];
  const slice = text.slice(from, to);
  LEX_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LEX_RE.exec(slice)) !== null) out.push({ s: m[0], k: m[0].toLowerCase(), start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

export const UNIT_WORDS: Readonly<Record<string, number>> = { zero: 0, oh: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
export const TEEN_WORDS: Readonly<Record<string, number>> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
export const TENS_WORDS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const ORD_UNIT: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9 };
const ORD_TEEN: Readonly<Record<string, number>> = { tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19 };
const ORD_TENS: Readonly<Record<string, number>> = { twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90 };
// The tables are read through Maps (R35 dspeed4): `TABLE[k]` on an object literal is a slow miss for
// most words of a line. For a name Object.prototype holds ("constructor") the object's own answer is
// kept.
const PROTO_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));
function reader<T>(table: Readonly<Record<string, T>>): (k: string) => T | undefined {
  const map = new Map(Object.entries(table));
  return (k) => {
    const v = map.get(k);
    return v !== undefined || !PROTO_KEYS.has(k) ? v : table[k];
  };
}
const unitWord = reader(UNIT_WORDS);
const teenWord = reader(TEEN_WORDS);
const tensWord = reader(TENS_WORDS);
const ordUnit = reader(ORD_UNIT);
const ordTeen = reader(ORD_TEEN);
const ordTens = reader(ORD_TENS);
const TENS_LIST = Object.keys(TENS_WORDS);
const UNIT_LIST = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** "ninety-four", "ninetyfour", "twenty", "fourteen", "seven" → 0..99; otherwise undefined. `oh` only if allowed. */
export function wordValue(k: string, allowOh = false): number | undefined {
  if (k === 'oh') return allowOh ? 0 : undefined;
  const u = unitWord(k);
  if (u !== undefined) return u;
  const t = teenWord(k);
  if (t !== undefined) return t;
  const tens = tensWord(k);
  if (tens !== undefined) return tens;
  // "ninety-four", and run together in chat, "ninetyfour".
  for (const tw of TENS_LIST) {
    if (!k.startsWith(tw)) continue;
    const rest = k.slice(tw.length).replace(/^-/, '');
    const i = UNIT_LIST.indexOf(rest);
    if (i >= 0) return tensWord(tw)! + i + 1;
  }
  return undefined;
}

/** An ordinal word 1..99 ("fourth", "ninety-fourth", "ninetyfourth"). */
export function ordinalWordValue(k: string): number | undefined {
  const v = ordUnit(k) ?? ordTeen(k) ?? ordTens(k);
  if (v !== undefined) return v;
  for (const tw of TENS_LIST) {
    if (!k.startsWith(tw)) continue;
    const rest = k.slice(tw.length).replace(/^-/, '');
    const o = ordUnit(rest);
    if (o !== undefined) return tensWord(tw)! + o;
  }
  return undefined;
}

/** A number read from lexemes `[i, end)`: its value, and whether it was said as an ordinal. */
export interface Reading {
  value: number;
  end: number;
  ordinal: boolean;
}

const isHundred = (k: string | undefined): boolean => k === 'hundred' || k === 'hundredth';

/**
 * A cardinal or ordinal at `i`: digits ("94", "94th"), words ("ninety-four", "ninety four",
 * "ninetyfourth"), hundreds ("a hundred and two", "one hundred two", "hundred and first"), or a
 * three-digit number said digit by digit ("one oh two").
 */
export function readNumber(lx: readonly Lex[], i: number): Reading | undefined {
  const t = lx[i];
  if (t === undefined) return undefined;
  const dm = /^(\d+)(st|nd|rd|th)?$/.exec(t.k);
  if (dm) return { value: Number(dm[1]), end: i + 1, ordinal: dm[2] !== undefined };
  // Hundreds: "a hundred (and) X", "one hundred X", "hundred and X", "hundredth".
  let j = i;
  if ((t.k === 'a' || t.k === 'one') && isHundred(lx[i + 1]?.k)) j = i + 1;
  if (isHundred(lx[j]?.k)) {
    if (lx[j]!.k === 'hundredth') return { value: 100, end: j + 1, ordinal: true };
    let k = j + 1;
    if (lx[k]?.k === 'and') k++;
    const rest = lx[k];
    if (rest !== undefined) {
      const o = ordinalWordValue(rest.k);
      if (o !== undefined) return { value: 100 + o, end: k + 1, ordinal: true };
      const w = twoWordValue(lx, k);
      if (w !== undefined) return { value: 100 + w.value, end: w.end, ordinal: w.ordinal };
    }
    return j === i && lx[i]!.k === 'hundred' ? undefined : { value: 100, end: j + 1, ordinal: false };
  }
  // "one oh two", "one oh five": a hundred and some said digit by digit.
  if (t.k === 'one' && (lx[i + 1]?.k === 'oh' || lx[i + 1]?.k === 'zero')) {
    const u = unitWord(lx[i + 2]?.k ?? '');
    if (u !== undefined && lx[i + 2]!.k !== 'oh' && lx[i + 2]!.k !== 'zero') return { value: 100 + u, end: i + 3, ordinal: false };
  }
  return twoWordValue(lx, i);
}

/** 0..99 in words: one word ("ninety-four", "ninetyfour", "ninety") or two ("ninety four", "ninety fourth"). */
function twoWordValue(lx: readonly Lex[], i: number): Reading | undefined {
  const t = lx[i];
  if (t === undefined) return undefined;
  const o = ordinalWordValue(t.k);
  if (o !== undefined) return { value: o, end: i + 1, ordinal: true };
  const v = wordValue(t.k);
  if (v === undefined) return undefined;
  if (v >= 20 && v % 10 === 0) {
    const n = lx[i + 1];
    if (n !== undefined && n.start - t.end <= 1) {
      const u = unitWord(n.k);
      if (u !== undefined && u > 0 && n.k !== 'oh') return { value: v + u, end: i + 2, ordinal: false };
      const ou = ordUnit(n.k);
      if (ou !== undefined) return { value: v + ou, end: i + 2, ordinal: true };
    }
  }
  return { value: v, end: i + 1, ordinal: false };
}

/** A piece of a code said aloud: the digits or letters it stands for. */
export interface Atom {
  kind: 'digits' | 'letter';
  value: string;
  /** Lexemes [i, end). */
  i: number;
  end: number;
  /** Said the way codes are said: "double", "as in", a spelling-alphabet word, "oh" for zero. */
  marked: boolean;
}

export const SPELLING: Readonly<Record<string, string>> = {
  alpha: 'A', alfa: 'A', bravo: 'B', charlie: 'C', delta: 'D', echo: 'E', foxtrot: 'F', golf: 'G', hotel: 'H', india: 'I', juliet: 'J', juliett: 'J',
  kilo: 'K', lima: 'L', mike: 'M', november: 'N', oscar: 'O', papa: 'P', quebec: 'Q', romeo: 'R', sierra: 'S', tango: 'T', uniform: 'U',
  victor: 'V', whiskey: 'W', whisky: 'W', 'x-ray': 'X', xray: 'X', yankee: 'Y', zulu: 'Z',
};
const spelling = reader(SPELLING);

/**
 * One atom of a said code at `i`: a digit run ("4471", "47B" is left to the letters), a digit word
 * or "oh", a teen or tens word as its two digits, "double/triple X", a letter ("K", "k"), a
 * spelling-alphabet word, "K as in king", or a run of 2–3 capitals ("KKF"), or letters glued to digits
 * ("GJ9158").
 */
export function readAtom(lx: readonly Lex[], i: number): Atom | undefined {
  const t = lx[i];
  if (t === undefined) return undefined;
  if (/^\d+$/.test(t.k)) return { kind: 'digits', value: t.k, i, end: i + 1, marked: false };
  if (t.k === 'double' || t.k === 'triple') {
    const n = readAtom(lx, i + 1);
    if (n === undefined || n.value.length !== 1) return undefined;
    return { kind: n.kind, value: n.value.repeat(t.k === 'double' ? 2 : 3), i, end: n.end, marked: true };
  }
  if (t.k === 'oh') return { kind: 'digits', value: '0', i, end: i + 1, marked: true };
  const w = wordValue(t.k);
  if (w !== undefined) {
    // "twenty five" said as one pair.
    if (w >= 20 && w % 10 === 0) {
      const n = lx[i + 1];
      const u = n === undefined ? undefined : unitWord(n.k);
      if (u !== undefined && u > 0 && n!.k !== 'oh' && n!.start - t.end === 1) return { kind: 'digits', value: String(w + u), i, end: i + 2, marked: false };
    }
    return { kind: 'digits', value: String(w), i, end: i + 1, marked: false };
  }
  const sp = spelling(t.k);
  if (sp !== undefined) return { kind: 'letter', value: sp, i, end: i + 1, marked: true };
  if (/^[a-z]$/i.test(t.s)) {
    // "K as in king"
    if (lx[i + 1]?.k === 'as' && lx[i + 2]?.k === 'in' && lx[i + 3] !== undefined && /^\p{L}/u.test(lx[i + 3]!.s)) return { kind: 'letter', value: t.s.toUpperCase(), i, end: i + 4, marked: true };
    // "K, as in kilo," with the aside in commas (R35 talk11).
    if (lx[i + 1]?.k === ',' && lx[i + 2]?.k === 'as' && lx[i + 3]?.k === 'in' && lx[i + 4] !== undefined && /^\p{L}/u.test(lx[i + 4]!.s)) return { kind: 'letter', value: t.s.toUpperCase(), i, end: i + 5, marked: true };
    return { kind: 'letter', value: t.s.toUpperCase(), i, end: i + 1, marked: false };
  }
  if (/^[A-Z]{2,3}$/.test(t.s)) return { kind: 'letter', value: t.s, i, end: i + 1, marked: false };
  return undefined;
}

/** Words said between the pieces of one code. */
export const CODE_LINKS = new Set(['dash', 'hyphen', 'space', 'then', 'um', 'uh', 'er', 'erm', 'slash']);

/** A four-digit year, or a year said: "nineteen ninety-eight", "twenty oh five", "two thousand (and) nine", "'05", "oh-five". */
export function readYear(lx: readonly Lex[], i: number): Reading | undefined {
  const t = lx[i];
  if (t === undefined) return undefined;
  if (/^(?:19|20)\d\d$/.test(t.k)) return { value: Number(t.k), end: i + 1, ordinal: false };
  if (/^'\d\d$/.test(t.k)) return { value: 2000 + Number(t.k.slice(1)), end: i + 1, ordinal: false };
  const oh = /^oh-(one|two|three|four|five|six|seven|eight|nine)$/.exec(t.k);
  if (oh) return { value: 2000 + unitWord(oh[1]!)!, end: i + 1, ordinal: false };
  if (t.k === 'nineteen' || t.k === 'twenty') {
    const base = t.k === 'nineteen' ? 1900 : 2000;
    const n = lx[i + 1];
    if (n === undefined) return undefined;
    if ((n.k === 'oh' || n.k === 'o') && unitWord(lx[i + 2]?.k ?? '') !== undefined && lx[i + 2]!.k !== 'oh') return { value: base + unitWord(lx[i + 2]!.k)!, end: i + 3, ordinal: false };
    const r = twoWordValue(lx, i + 1);
    if (r !== undefined && !r.ordinal && r.value >= 10) return { value: base + r.value, end: r.end, ordinal: false };
    return undefined;
  }
  if (t.k === 'two' && lx[i + 1]?.k === 'thousand') {
    let k = i + 2;
    if (lx[k]?.k === 'and') k++;
    const r = twoWordValue(lx, k);
    if (r !== undefined && !r.ordinal && r.value < 30) return { value: 2000 + r.value, end: r.end, ordinal: false };
    return { value: 2000, end: i + 2, ordinal: false };
  }
  return undefined;
}
