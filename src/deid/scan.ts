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
