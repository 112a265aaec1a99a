// The loop every regex detector runs, in one place (five detector modules each carried a copy).
import type { PhiType } from './types.ts';
import { buildLeadIndex, leadPlanFor, worthLead, type LeadIndex, type LeadPlan } from './lead-gate.ts';
import { buildWordIndex, byFirst, planFor, worthGating, type WordIndex, type WordPlan } from './word-gate.ts';

/** What a detector calls for each span it proposes. */
export type Push = (start: number, end: number, type: PhiType, prio: number) => void;

/** Every match of a global regex over the whole text; an empty match moves on by one character. */
export function scan(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  // A regex whose matches open at a word start with known first letters is tried only at the word
  // starts that have them (word-gate.ts): the same matches, in the same order. Short texts are not
  // worth an index.
  if (text.length >= GATE_MIN_LENGTH) {
    const plan = planFor(re);
    if (plan !== null) {
      const idx = wordIndexOf(text);
      if (!(plan.foldTraps && idx.traps) && worthGating(plan)) return scanGated(plan, idx, text, fn);
    } else {
      // (R35 dspeed5: one that opens with a digit or a punctuation mark, only at those; lead-gate.ts.)
      const lead = leadPlanFor(re);
      if (lead !== null) {
        const idx = leadIndexOf(text);
        if (worthLead(lead, idx)) return scanLead(lead, idx, text, fn);
      }
    }
  }
  scanWhole(re, text, fn);
}

function scanWhole(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    fn(m);
    if (m[0].length === 0) re.lastIndex++;
  }
}

// Below this length a whole-text scan costs about what building the word index would.
const GATE_MIN_LENGTH = 512;

// The lead index of the last few texts scanned (as the word indexes below).
const leadIndexes: LeadIndex[] = [];
let nextLead = 0;

function leadIndexOf(text: string): LeadIndex {
  for (const idx of leadIndexes) if (idx.text === text) return idx;
  const idx = buildLeadIndex(text);
  leadIndexes[nextLead] = idx;
  nextLead = (nextLead + 1) % INDEXES;
  return idx;
}

/** scan() through a lead plan: the regex, sticky, at each listed place whose character the plan admits. */
function scanLead(plan: LeadPlan, idx: LeadIndex, text: string, fn: (m: RegExpExecArray) => void): void {
  const { bits, sticky } = plan;
  const { starts, codes, count } = idx;
  let from = 0;
  for (let j = 0; j < count; j++) {
    const code = codes[j]!;
    if ((bits[code >>> 5]! & (1 << (code & 31))) === 0) continue;
    const p = starts[j]!;
    if (p < from) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (m === null) continue;
    fn(m);
    // (A lead plan's regex never matches the empty string.)
    from = p + m[0].length;
  }
}

// The word index of the last few texts scanned (detect() scans the same text dozens of times, and
// some detectors scan a lower-cased copy or a line between scans of the whole text). Each index has
// arrays of its own: a callback may scan another text while an index is being walked.
const indexes: WordIndex[] = [];
let nextIndex = 0;
const INDEXES = 4;

function wordIndexOf(text: string): WordIndex {
  for (const idx of indexes) if (idx.text === text) return idx;
  const idx = buildWordIndex(text);
  indexes[nextIndex] = idx;
  nextIndex = (nextIndex + 1) % INDEXES;
  return idx;
}

/**
 * `if (gate.test(text)) scan(re, text, fn)` with the two turned round: the scan first, the gate only
 * when the scan found something. The same calls of `fn` in the same order, for a callback that does
 * not move `re.lastIndex` and a gate without the g or y flag. Worth it where the gate has no
 * word-start plan (a keyword list without `\b`, read at every character) and the scan has one.
 */
export function scanIfGate(gate: RegExp, re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  let found: RegExpExecArray[] | undefined;
  scan(re, text, (m) => (found ??= []).push(m));
  if (found === undefined || !gate.test(text)) return;
  for (const m of found) fn(m);
}

// The global copy of each gate regex, whose plan testAnywhere uses.
const globals = new WeakMap<RegExp, RegExp>();

/**
 * `re.test(text)` for a regex without the g or y flag (a text-level gate: is there a match
 * anywhere?), tried only at the word starts its plan admits when it has one (word-gate.ts).
 */
export function testAnywhere(re: RegExp, text: string): boolean {
  if (text.length >= GATE_MIN_LENGTH && !re.global && !re.sticky) {
    let g = globals.get(re);
    if (g === undefined) {
      g = new RegExp(re.source, re.flags + 'g');
      globals.set(re, g);
    }
    const plan = planFor(g);
    if (plan !== null) {
      const idx = wordIndexOf(text);
      if (!(plan.foldTraps && idx.traps) && worthGating(plan)) {
        const { bits, sticky, shift, firstMask } = plan;
        const { starts, codes, count } = idx;
        if (count >= BY_FIRST_MIN) {
          // (Any place will do for a yes: only the entries of the admitted first classes are read.)
          const { order, at } = byFirst(idx);
          for (let k = 0; k < 28; k++) {
            if (((firstMask >>> k) & 1) === 0) continue;
            for (let q = at[k]!, end = at[k + 1]!; q < end; q++) {
              const j = order[q]!;
              const code = codes[j]!;
              if ((bits[code >>> 5]! & (1 << (code & 31))) === 0) continue;
              sticky.lastIndex = starts[j]! - shift;
              if (sticky.test(text)) return true;
            }
          }
          return false;
        }
        for (let j = 0; j < count; j++) {
          const code = codes[j]!;
          if ((bits[code >>> 5]! & (1 << (code & 31))) === 0) continue;
          sticky.lastIndex = starts[j]! - shift;
          if (sticky.test(text)) return true;
        }
        return false;
      }
    } else {
      const lead = leadPlanFor(g);
      if (lead !== null) {
        const idx = leadIndexOf(text);
        if (worthLead(lead, idx)) {
          const { bits, sticky } = lead;
          const { starts, codes, count } = idx;
          for (let j = 0; j < count; j++) {
            const code = codes[j]!;
            if ((bits[code >>> 5]! & (1 << (code & 31))) === 0) continue;
            sticky.lastIndex = starts[j]!;
            if (sticky.test(text)) return true;
          }
          return false;
        }
      }
    }
  }
  return re.test(text);
}

/**
 * The matches of `text.matchAll(re)`, in order, for a global regex whose lastIndex is 0 (as it is
 * for a regex used only through matchAll). A regex with a word-start plan never matches the empty
 * string, so scan()'s matches are matchAll's; any other goes to matchAll itself. (Named apart from
 * the verifier's `matchesOf(text, re)` in claims/loops.ts, a plain exec loop with its arguments the other way.)
 */
export function gatedMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (re.global && !re.sticky && re.lastIndex === 0 && (planFor(re) !== null || leadPlanFor(re) !== null)) {
    const out: RegExpExecArray[] = [];
    scan(re, text, (m) => out.push(m));
    return out;
  }
  return [...text.matchAll(re)];
}

/** Test hook: scan() through the regex's lead plan whatever its density (false when it has none). */
export function scanThroughLead(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): boolean {
  const plan = leadPlanFor(re);
  if (plan === null) return false;
  scanLead(plan, buildLeadIndex(text), text, fn);
  return true;
}

/** Test hook: scan() through the regex's word-start plan whatever the text's length and the plan's density (false when it has none). */
export function scanThroughPlan(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): boolean {
  const plan = planFor(re);
  if (plan === null) return false;
  const idx = buildWordIndex(text);
  if (plan.foldTraps && idx.traps) scanWhole(re, text, fn);
  else scanGated(plan, idx, text, fn);
  return true;
}

/** scan() through a word-start plan: the regex, sticky, at each listed place its plan admits. */
function scanGated(plan: WordPlan, idx: WordIndex, text: string, fn: (m: RegExpExecArray) => void): void {
  if (idx.count >= BY_FIRST_MIN) {
    const first = byFirst(idx);
    if (admittedByFirst(plan.firstMask, first.at) * 2 <= idx.count) return scanByFirst(plan, idx, text, fn);
  }
  const { bits, sticky, shift } = plan;
  const { starts, codes, count } = idx;
  let from = 0;
  for (let j = 0; j < count; j++) {
    const code = codes[j]!;
    if ((bits[code >>> 5]! & (1 << (code & 31))) === 0) continue;
    const p = starts[j]! - shift;
    if (p < from) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (m === null) continue;
    fn(m);
    // (An empty match moves on by one character, as in scan(); the next listed place is later.)
    from = p + (m[0].length === 0 ? 1 : m[0].length);
  }
}

// Below this many word starts the grouping by first class (byFirst) is not worth making.
const BY_FIRST_MIN = 256;

/** How many index entries open with a class the mask admits. */
function admittedByFirst(mask: number, at: Int32Array): number {
  let n = 0;
  for (let k = 0; k < 28; k++) if ((mask >>> k) & 1) n += at[k + 1]! - at[k]!;
  return n;
}

/**
 * R35 dspeed5: scanGated walking only the entries whose first class the plan admits (a plan for
 * "\b(?:her|his|my|…)" passes over the entries that open with other letters without reading them).
 * The groups are walked one after another, so the matches are gathered first and then, in ascending
 * order, given to `fn` as scanGated would: a match that starts inside the previous one given is
 * dropped. A sticky try's answer depends only on its place, so trying a place scanGated would have
 * skipped changes nothing but the time.
 */
function scanByFirst(plan: WordPlan, idx: WordIndex, text: string, fn: (m: RegExpExecArray) => void): void {
  const { bits, sticky, shift, firstMask } = plan;
  const { starts, codes } = idx;
  const { order, at } = byFirst(idx);
  let found: RegExpExecArray[] | undefined;
  let groups = 0;
  for (let k = 0; k < 28; k++) {
    if (((firstMask >>> k) & 1) === 0) continue;
    const before = found === undefined ? 0 : found.length;
    for (let q = at[k]!, end = at[k + 1]!; q < end; q++) {
      const j = order[q]!;
      const code = codes[j]!;
      if ((bits[code >>> 5]! & (1 << (code & 31))) === 0) continue;
      sticky.lastIndex = starts[j]! - shift;
      const m = sticky.exec(text);
      if (m !== null) (found ??= []).push(m);
    }
    if (found !== undefined && found.length > before) groups++;
  }
  if (found === undefined) return;
  if (groups > 1) found.sort((a, b) => a.index - b.index);
  let from = 0;
  for (const m of found) {
    if (m.index < from) continue;
    fn(m);
    from = m.index + (m[0].length === 0 ? 1 : m[0].length);
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
