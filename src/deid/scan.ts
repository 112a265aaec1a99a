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

// Each regex's sticky copy, for scanAtStarts.
const stickies = new WeakMap<RegExp, RegExp>();

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

function stickyOf(re: RegExp): RegExp {
  let sticky = stickies.get(re);
  if (sticky === undefined) {
    sticky = new RegExp(re.source, re.flags.replace(/[gy]/g, '') + 'y');
    stickies.set(re, sticky);
  }
  return sticky;
}

/**
 * Finds every place each of a fixed list of strings occurs in a text, in one pass: the same places,
 * overlapping and ascending, as `hay.indexOf(needle, at + 1)` repeated from 0 for each needle, which
 * costs one walk of the text per needle. A table of each needle's first two characters (ASCII) says
 * at which places a needle can start; there it is compared. Needles that do not open with two ASCII
 * characters are found with indexOf.
 */
export class NeedleFinder {
  private readonly table = new Int32Array(128 * 128);
  private readonly groups: number[][] = [];
  private readonly others: number[] = [];

  constructor(readonly needles: readonly string[]) {
    needles.forEach((n, k) => {
      const c0 = n.charCodeAt(0);
      const c1 = n.charCodeAt(1);
      if (!(n.length >= 2 && c0 < 128 && c1 < 128)) {
        this.others.push(k);
        return;
      }
      const slot = (c0 << 7) | c1;
      if (this.table[slot] === 0) {
        this.groups.push([]);
        this.table[slot] = this.groups.length;
      }
      this.groups[this.table[slot]! - 1]!.push(k);
    });
  }

  /** For each needle (in the constructor's order), the places it occurs in `hay`, ascending. */
  find(hay: string): number[][] {
    const needles = this.needles;
    const out: number[][] = needles.map(() => []);
    const table = this.table;
    const n = hay.length;
    let c1 = hay.charCodeAt(0);
    for (let i = 0; i + 1 < n; i++) {
      const c0 = c1;
      c1 = hay.charCodeAt(i + 1);
      if ((c0 | c1) >= 128) continue;
      const g = table[(c0 << 7) | c1]!;
      if (g === 0) continue;
      for (const k of this.groups[g - 1]!) if (hay.startsWith(needles[k]!, i)) out[k]!.push(i);
    }
    for (const k of this.others) {
      const needle = needles[k]!;
      for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) out[k]!.push(at);
    }
    return out;
  }
}
