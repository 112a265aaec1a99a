// The literal guards of the verifier's pattern lists (issue 15, speed): the text every match of a
// pattern must hold, read off its source, so that a replacement list is tried on a text only
// pattern by pattern where it can match (text.ts's shorthand lists, equivalence.ts's fractions).
//
// Moved here from text.ts in round vspeed5, unchanged but for case-insensitive patterns, which
// are now guarded too (caselessLiterals). This module imports nothing of the verifier, so that
// equivalence.ts, which the lexicon imports, may use it without an import cycle; text.ts
// re-exports it.
import { groupClose, topLevelAlternatives } from '../../../platform/regex-source.ts';

/**
 * Text every match of `re` must contain, or null when that cannot be read off its source simply:
 * the literal characters it opens with, after word boundaries, lookarounds (zero-width) and opening
 * groups. Null for a case-insensitive or sticky pattern, a top-level alternative, or one whose
 * opening after those is a class. Used to skip a replacement whose pattern cannot match: `!text.includes(literal)` proves it.
 */
export function requiredLiteral(re: RegExp): string | null {
  if (/[iy]/.test(re.flags)) return null;
  const src = re.source;
  // A top-level "|": each alternative has its own opening, none of which every match needs.
  if (topLevelAlternatives(src).length > 1) return null;
  return literalOf(src);
}

/**
 * Texts one of which every match of `re` must contain (any of them), or null when that cannot be
 * read off its source: requiredLiteral's literal, or for a pattern of top-level alternatives
 * ("\bqd\b|\bqday\b") each alternative's own. A replacement none of whose texts is present
 * cannot match.
 */
export function requiredLiterals(re: RegExp): string[] | null {
  if (/[iy]/.test(re.flags)) return null;
  const lits: string[] = [];
  for (const alt of topLevelAlternatives(re.source)) {
    const lit = literalOf(alt);
    if (lit !== null) lits.push(lit);
    else {
      const inner = openingGroupLiterals(alt);
      if (inner === null) return null;
      lits.push(...inner);
    }
  }
  return lits;
}

/** A pattern that opens on a group every match passes through ("\b(?:biweekly|fortnightly)\b"): its alternatives' literals. */
function openingGroupLiterals(src: string): string[] | null {
  let i = 0;
  while (src.startsWith('\\b', i) || src[i] === '^') i += src[i] === '^' ? 1 : 2;
  if (src[i] !== '(') return null;
  const inner = src.startsWith('(?:', i) ? i + 3 : src[i + 1] === '?' ? -1 : i + 1;
  const close = groupEnd(src, i);
  const q = src[close + 1];
  if (inner < 0 || close >= src.length || q === '?' || q === '*' || q === '{') return null;
  const out: string[] = [];
  for (const alt of topLevelAlternatives(src.slice(inner, close))) {
    const lit = literalOf(alt);
    if (lit === null) return null;
    out.push(lit);
  }
  return out;
}

/** The literal every match of the one-alternative pattern source `src` holds (see requiredLiteral). */
function literalOf(src: string): string | null {
  let i = 0;
  // Zero-width openings: \b, \B, ^ and lookarounds, skipped whole; and groups at the opening,
  // whatever they match and however often ("(?:a |one )?quarter", "(\\d)%"): what follows
  // them is in every match all the same.
  for (;;) {
    if (src.startsWith('\\b', i) || src.startsWith('\\B', i)) i += 2;
    else if (src[i] === '^') i++;
    else if (src[i] === '(') {
      i = groupEnd(src, i) + 1;
      if (src[i] === '?' || src[i] === '*' || src[i] === '+') i++;
      else if (src[i] === '{') i = src.indexOf('}', i) + 1;
      // (A lazy quantifier's "?".)
      if (src[i] === '?') i++;
      if (i === 0) return null;
    } else break;
  }
  let lit = '';
  while (i < src.length) {
    let ch: string;
    let next: number;
    if (src[i] === '\\') {
      const e = src[i + 1];
      // \d, \s, \b, \u…: a class or an assertion, not a character of its own.
      if (e === undefined || /[\p{L}\p{N}_]/u.test(e)) break;
      ch = e;
      next = i + 2;
    } else {
      if ('^$.|?*+()[]{}'.includes(src[i]!)) break;
      ch = String.fromCodePoint(src.codePointAt(i)!);
      next = i + ch.length;
    }
    const q = src[next];
    // "s?" or "x*" may be absent, "a{2}" is left to the pattern; "a+" holds at least one a.
    if (q === '?' || q === '*' || q === '{') break;
    lit += ch;
    if (q === '+') break;
    i = next;
  }
  return lit === '' ? null : lit;
}

/** Index of the ")" closing the group opened at `open` (the source's end when it never closes). */
export function groupEnd(src: string, open: number): number {
  const close = groupClose(src, open);
  return close < 0 ? src.length : close;
}

/**
 * requiredLiterals for a case-insensitive pattern (round vspeed5): its texts lower-cased, one of which
 * the lower-cased text must hold. Only for ASCII texts and patterns without the u or v flag, where
 * /i matches a letter in its other ASCII case alone (never "ſ" for "s"), so a match lower-cased
 * holds the literal lower-cased. Null where that does not hold (a literal beyond printable ASCII),
 * or where requiredLiterals gives null.
 */
export function caselessLiterals(re: RegExp): string[] | null {
  if (!re.flags.includes('i') || /[uvy]/.test(re.flags)) return null;
  const lits = requiredLiterals(new RegExp(re.source, re.flags.replace('i', '')));
  if (lits === null || lits.some((l) => /[^ -~]/.test(l))) return null;
  return lits.map((l) => l.toLowerCase());
}

/** A replacement list with each pattern's required text (see requiredLiteral; caselessLiterals for a /i pattern). */
// `pairs`: for each literal, the slot of its first two characters in a text's table of character
// pairs (pairSlot), -1 for a one-character literal (round vtoken, below).
export type GuardedReplacements = ReadonlyArray<{ re: RegExp; to: string; literals: readonly string[] | null; caseless: boolean; pairs: Int32Array | null }>;
export const guardReplacements = (list: ReadonlyArray<readonly [RegExp, string]>): GuardedReplacements =>
  list.map(([re, to]) => {
    const caseless = re.flags.includes('i');
    const literals = caseless ? caselessLiterals(re) : requiredLiterals(re);
    return { re, to, literals, caseless, pairs: literals === null ? null : Int32Array.from(literals, (l) => (l.length < 2 ? -1 : pairSlot(l.charCodeAt(0), l.charCodeAt(1)))) };
  });
// (Round vtoken.) Before each `includes`, a look-up: a text holds a literal only if it holds the
// literal's first two characters side by side. A text's pairs are stamped into a table once (and
// again only after a replacement changed it), so the some 170 patterns' literals, nearly all absent,
// are mostly turned away by one array read instead of a search of the text. The table is hashed
// (two pairs may share a slot): a shared slot only lets a search through, it never skips one, so
// the answers are the searches' own. Two tables: the text as it stands, and lower-cased.
const PAIR_SLOTS = 1 << 16;
const pairSlot = (a: number, b: number): number => ((a * 31) ^ b) & (PAIR_SLOTS - 1);
interface PairTable {
  stamp: Uint32Array;
  gen: number;
}
const newTable = (): PairTable => ({ stamp: new Uint32Array(PAIR_SLOTS), gen: 0 });
const tables = [newTable(), newTable()] as const;
/** Stamps the pairs of `t` into `table` under a new generation. */
function stampPairs(table: PairTable, t: string): void {
  if (table.gen === 0xffffffff) {
    table.stamp.fill(0);
    table.gen = 0;
  }
  const g = ++table.gen;
  const stamp = table.stamp;
  for (let i = 0; i + 1 < t.length; i++) stamp[pairSlot(t.charCodeAt(i), t.charCodeAt(i + 1))] = g;
}
const holdsAny = (t: string, literals: readonly string[], pairs: Int32Array, table: PairTable): boolean => {
  for (let k = 0; k < literals.length; k++) {
    const slot = pairs[k]!;
    if (slot >= 0 && table.stamp[slot] !== table.gen) continue;
    if (t.includes(literals[k]!)) return true;
  }
  return false;
};
/**
 * The replacements applied in order, as `t.replace(re, to)` one after another; a pattern whose
 * required text is not in the text as it stands then is skipped, since it cannot match (a
 * case-insensitive one: not in the text lower-cased). The shorthand lists hold some 170 patterns,
 * nearly all of which match nothing in a given sentence.
 */
export function replaceAll(text: string, list: GuardedReplacements): string {
  let t = text;
  let lower: string | undefined;
  // The texts whose pairs the two tables hold now (undefined: none yet in this call).
  let stampedT: string | undefined;
  let stampedLower: string | undefined;
  const [tableT, tableLower] = tables;
  for (const { re, to, literals, caseless, pairs } of list) {
    if (literals !== null && pairs !== null) {
      let held: boolean;
      if (caseless) {
        lower ??= t.toLowerCase();
        if (stampedLower !== lower) stampPairs(tableLower, (stampedLower = lower));
        held = holdsAny(lower, literals, pairs, tableLower);
      } else {
        if (stampedT !== t) stampPairs(tableT, (stampedT = t));
        held = holdsAny(t, literals, pairs, tableT);
      }
      if (!held) continue;
    }
    t = t.replace(re, to);
    lower = undefined;
  }
  return t;
}
