// The loop every regex detector runs, in one place (five detector modules each carried a copy).
import type { PhiType } from './types.ts';

/** What a detector calls for each span it proposes. */
export type Push = (start: number, end: number, type: PhiType, prio: number) => void;

/** Every match of a global regex over the whole text; an empty match moves on by one character. */
export function scan(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    fn(m);
    if (m[0].length === 0) re.lastIndex++;
  }
}

// The last text lower-cased (detectors of one text share it), and each regex's sticky copy.
let lowerFor = '';
let lowered = '';
function lowerOf(text: string): string {
  if (text !== lowerFor) {
    lowered = text.toLowerCase();
    lowerFor = text;
  }
  return lowered;
}
const stickies = new WeakMap<RegExp, RegExp>();

const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/**
 * The same matches as scan(re, …), for a regex every match of which begins at a word boundary with
 * one of `words` (lower-case ASCII letters; case-insensitively when `re` has the i flag): only the
 * places where such a word starts are tried, with a sticky copy of `re`, instead of every position
 * of the text. Leftmost-first order and the resumption after each match are scan()'s. Not for regexes
 * with both the i and u flags (Unicode case folding maps "ſ" and "K" to ASCII letters), nor when
 * lower-casing changes the text's length: those go through scan().
 */
export function scanAtWords(re: RegExp, words: readonly string[], text: string, fn: (m: RegExpExecArray) => void): void {
  const starts = wordStarts(re, words, text);
  if (starts === undefined) {
    scan(re, text, fn);
    return;
  }
  starts.sort((a, b) => a - b);
  scanAtStarts(re, starts, text, fn);
}

/**
 * The same matches as scan(re, …) when `starts` (ascending) holds every place a match of `re` can
 * begin: `re` is tried, sticky, only there. A place where it does not match is only a wasted try.
 */
export function scanAtStarts(re: RegExp, starts: readonly number[], text: string, fn: (m: RegExpExecArray) => void): void {
  if (starts.length === 0) return;
  const sticky = stickyOf(re);
  let from = 0;
  for (const p of starts) {
    if (p < from) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (m === null) continue;
    fn(m);
    from = p + (m[0].length === 0 ? 1 : m[0].length);
  }
}

// Where one of `words` begins at a word boundary (undefined when only a whole-text scan is exact).
function wordStarts(re: RegExp, words: readonly string[], text: string): number[] | undefined {
  const hay = re.ignoreCase ? lowerOf(text) : text;
  if ((re.ignoreCase && re.unicode) || hay.length !== text.length) return undefined;
  const starts: number[] = [];
  // (The boundary is read in the text as written: lower-casing may turn a sign into a letter.)
  for (const w of words) {
    for (let i = hay.indexOf(w); i >= 0; i = hay.indexOf(w, i + 1)) if (i === 0 || !isWordCode(text.charCodeAt(i - 1))) starts.push(i);
  }
  return starts;
}

function stickyOf(re: RegExp): RegExp {
  let sticky = stickies.get(re);
  if (sticky === undefined) {
    sticky = new RegExp(re.source, re.flags.replace(/[gy]/g, '') + 'y');
    stickies.set(re, sticky);
  }
  return sticky;
}
