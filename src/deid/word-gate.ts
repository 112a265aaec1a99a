// Word-start gating for scan() (scan.ts): most of the engine's regexes open with `\b` and a list of
// keywords ("\b(?:on|by|until|…)\s+…", "\b(?:dog|puppy|cat|…)\b"). V8 tries such a regex at every
// position of the text, and with a case-insensitive list of keywords its skip tables rule out little,
// so each costs ~4–5 ns per character: a quarter of a millisecond per regex on a 60 KB text.
//
// The gate does the same work from the other side. Once per regex, `planFor` reads the regex's
// source and works out which first three characters a match can have (as a class code per character:
// a letter folded to lower case, "digit or underscore", or "anything else"). Once per text, `wordIndex`
// lists the places a word starts, with the code of the three characters there. A scan then tries the
// regex, sticky, only at the listed places whose code the regex allows, in ascending order — the
// same matches, in the same order, as the whole-text scan (see scanGated in scan.ts).
//
// Soundness: the plan must allow every place a match can start, or the gate would lose matches.
//   - Only regexes every top-level alternative of which opens with `\b` and then a word character, or
//     with a one-character negative lookbehind that refuses every ASCII letter ("(?<![\p{L}\p{N}])")
//     and then a letter, are planned. A `\b` match therefore starts at a word start (an ASCII word
//     character after a non-word character); a lookbehind match at an ASCII letter after something
//     other than an ASCII letter. The index lists both kinds of place (the second kind, a letter
//     after a digit or underscore, carries a flag bit so `\b` plans do not take it).
//   - Anything the analysis does not model exactly is widened (assertions and lookarounds inside the
//     pattern are ignored, Unicode property escapes allow everything) or refused (back-references,
//     and any syntax the small parser does not know): a refused regex is scanned as before.
//   - With the `u` and `i` flags together, `\w`, `\b` and case folding also take "ſ" (U+017F) and the
//     Kelvin sign (U+212A), which fold to "s" and "k"; no other character folds to an ASCII letter.
//     Such a plan is used only on texts without either character (the index notes them).
//   - Without the `u` flag, `i` folds ASCII letters only to ASCII letters, and a non-ASCII pattern
//     character never matches an ASCII text character; a character class is evaluated by V8 itself
//     on every ASCII character, and assumed to match something non-ASCII unless it is plainly ASCII.
// The equivalence is checked against plain scan() on synthetic text in src/deid/dspeed3.test.ts and
// on every corpus document by bench/deid/golden.ts.

/** A regex's gate: which three-character codes (15 bits + the digit-before flag) can open a match. */
export interface WordPlan {
  /** Bit set over codes (see codeAt): 1 << 16 bits. */
  bits: Uint32Array;
  /** The regex with `y` instead of `g`, tried at each admitted place. */
  sticky: RegExp;
  /** The share of word starts seen so far (`seen`) whose code the plan admits. */
  density: number;
  /** The number of index entries seen when `density` was worked out. */
  densityAt: number;
  /** Flags u and i together: the plan holds only for texts without "ſ" or the Kelvin sign (see below). */
  foldTraps: boolean;
  /** 1 when every match opens with one character that is no ASCII word character, just before a word start (" at …", "[ \t]st"): tried there; else 0. */
  shift: number;
  /** The classes of first characters the plan admits (bit k for class k; see codeAt), for byFirst below. */
  firstMask: number;
}

// How often each code opens a word, over the first million word starts indexed (after that the
// counts are frozen): a plan that admits common codes ("[A-Z][a-z]+", "the", "a") would try its
// regex at many places, each try costing ~50 times what V8 spends per character of a whole-text
// scan, so such a plan is not used.
const seen = new Uint32Array(1 << 16);
let seenTotal = 0;
const SEEN_MAX = 1 << 20;
/** Above this share of word starts, the whole-text scan is cheaper (measured on the 60 KB transcript). */
const MAX_DENSITY = 0.3;

/** True when scanning through the plan should beat the whole-text scan. */
export function worthGating(plan: WordPlan): boolean {
  if (plan.densityAt * 2 <= seenTotal && seenTotal > 0) {
    const bits = plan.bits;
    let hits = 0;
    for (let w = 0; w < bits.length; w++) {
      let b = bits[w]!;
      while (b !== 0) {
        const low = b & -b;
        hits += seen[(w << 5) | (31 - Math.clz32(low))]!;
        b ^= low;
      }
    }
    plan.density = hits / seenTotal;
    plan.densityAt = seenTotal;
  }
  return plan.density <= MAX_DENSITY;
}

// Character classes: 0 = not a word character (including every non-ASCII character and the end of
// the text), 1–26 = a–z in either case, 27 = a digit or "_".
const OTHER = 0;
const DIGIT = 27;
const CODES = 28;
const ALL_CODES = (1 << CODES) - 1;
const WORDISH = ALL_CODES & ~1;
const CLS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (c >= 97 && c <= 122) CLS[c] = c - 96;
  else if (c >= 65 && c <= 90) CLS[c] = c - 64;
  else if ((c >= 48 && c <= 57) || c === 95) CLS[c] = DIGIT;
}
/** Set on an index entry whose place follows a digit or underscore (a letter there is no `\b` start). */
const AFTER_DIGIT = 1 << 15;

// ---------------------------------------------------------------------------------------------
// The per-text index.

/** Places where a word may start in `text`, ascending, and the code of the characters there. */
export interface WordIndex {
  text: string;
  /** The text holds "ſ" (U+017F) or the Kelvin sign (U+212A), the two non-ASCII characters that the u and i flags fold to ASCII letters. */
  traps: boolean;
  count: number;
  starts: Int32Array;
  codes: Uint16Array;
  /** The entries grouped by the class of their first character (byFirst), made on first use. */
  first?: FirstIndex;
}

/** Entry numbers of a WordIndex grouped by first class: those of class k are order[at[k] .. at[k + 1]), ascending. */
export interface FirstIndex {
  order: Int32Array;
  at: Int32Array;
}

/** R35 dspeed5: the index's entries grouped by the class of their first character (a counting sort). */
export function byFirst(idx: WordIndex): FirstIndex {
  if (idx.first !== undefined) return idx.first;
  const { codes, count } = idx;
  const at = new Int32Array(CODES + 1);
  for (let j = 0; j < count; j++) at[((codes[j]! >>> 10) & 31) + 1]!++;
  for (let k = 0; k < CODES; k++) at[k + 1]! += at[k]!;
  const fill = at.slice(0, CODES);
  const order = new Int32Array(count);
  for (let j = 0; j < count; j++) order[fill[(codes[j]! >>> 10) & 31]!++] = j;
  idx.first = { order, at };
  return idx.first;
}

/**
 * Lists every place p where text[p] is an ASCII word character and text[p-1] is not (or p = 0), and
 * every ASCII letter right after a digit or underscore (flagged AFTER_DIGIT), with codeAt(p).
 */
export function buildWordIndex(text: string): WordIndex {
  const n = text.length;
  // (About one word start per six characters in prose; grown by doubling when short.)
  let starts = new Int32Array((n >> 2) + 16);
  let codes = new Uint16Array((n >> 2) + 16);
  let count = 0;
  let prev = OTHER;
  let traps = false;
  for (let p = 0; p < n; p++) {
    const c = text.charCodeAt(p);
    const k = c < 128 ? CLS[c]! : OTHER;
    if (c === 0x17f || c === 0x212a) traps = true;
    if (k !== OTHER && (prev === OTHER || (prev === DIGIT && k !== DIGIT))) {
      if (count === starts.length) {
        const s2 = new Int32Array(count * 2);
        s2.set(starts);
        starts = s2;
        const c2 = new Uint16Array(count * 2);
        c2.set(codes);
        codes = c2;
      }
      starts[count] = p;
      codes[count] = codeAt(text, p, k) | (prev === DIGIT ? AFTER_DIGIT : 0);
      count++;
    }
    prev = k;
  }
  if (seenTotal < SEEN_MAX) {
    for (let j = 0; j < count; j++) seen[codes[j]!]!++;
    seenTotal += count;
  }
  return { text, traps, count, starts, codes };
}

function clsAt(text: string, p: number): number {
  if (p >= text.length) return OTHER;
  const c = text.charCodeAt(p);
  return c < 128 ? CLS[c]! : OTHER;
}

/** The classes of text[p], text[p+1], text[p+2], five bits each; after a non-word class, zeros. */
function codeAt(text: string, p: number, k0: number): number {
  const k1 = clsAt(text, p + 1);
  if (k1 === OTHER) return k0 << 10;
  return (k0 << 10) | (k1 << 5) | clsAt(text, p + 2);
}

// ---------------------------------------------------------------------------------------------
// The per-regex plan: a small parser of the regex's source into the pieces that matter for its
// first three characters.

export type Node =
  | { kind: 'chars'; mask: number; src: string }
  | { kind: 'empty' }
  | { kind: 'bound' }
  | { kind: 'lookbehind'; neg: boolean; body: Alt }
  | { kind: 'group'; body: Alt }
  | { kind: 'repeat'; node: Node; min: number; max: number };
export type Seq = Node[];
export type Alt = Seq[];

class Refuse extends Error {}

/** The mask of classes a character can take when matched by `ch` literally (with `i`: either case). */
function literalMask(code: number, flags: string): number {
  if (code < 128) return 1 << CLS[code]!;
  // Without the u flag a non-ASCII pattern character matches only non-ASCII text characters. With u
  // and i, "ſ" and the Kelvin sign match "s" and "k" (Unicode simple case folding; no other
  // character folds to an ASCII letter) and themselves, which a plan with both flags never meets.
  if (flags.includes('u') && flags.includes('i')) {
    if (code === 0x17f) return 1 << CLS[115]!;
    if (code === 0x212a) return 1 << CLS[107]!;
  }
  return 1 << OTHER;
}

// The engine's regexes share many classes ("[ \t]", "[\p{L}'’-]"): each is evaluated once per flags.
const classMasks = new Map<string, number>();

class Parser {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly flags: string,
    /** Read a numbered back-reference as "any characters, or none" (lead-gate.ts); else refuse it. */
    private readonly backrefsAsAny = false,
  ) {}

  parse(): Alt {
    const alt = this.alt();
    if (this.i !== this.src.length) throw new Refuse('trailing');
    return alt;
  }

  private alt(): Alt {
    const out: Alt = [this.seq()];
    while (this.src[this.i] === '|') {
      this.i++;
      out.push(this.seq());
    }
    return out;
  }

  private seq(): Seq {
    const out: Seq = [];
    for (;;) {
      const ch = this.src[this.i];
      if (ch === undefined || ch === '|' || ch === ')') return out;
      let node = this.atom();
      node = this.quantified(node);
      out.push(node);
    }
  }

  private quantified(node: Node): Node {
    const s = this.src;
    const ch = s[this.i];
    let min: number;
    let max: number;
    if (ch === '*') [min, max] = [0, Infinity];
    else if (ch === '+') [min, max] = [1, Infinity];
    else if (ch === '?') [min, max] = [0, 1];
    else if (ch === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i));
      if (!m) {
        if (this.flags.includes('u')) throw new Refuse('brace');
        return node; // Without the u flag a "{" that opens no quantifier is a literal: the next atom.
      }
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return node;
    this.i++;
    if (s[this.i] === '?') this.i++;
    if (node.kind === 'bound' || node.kind === 'lookbehind') throw new Refuse('quantified assertion');
    return { kind: 'repeat', node, min, max };
  }

  private atom(): Node {
    const s = this.src;
    const start = this.i;
    const ch = s[this.i]!;
    if (ch === '(') {
      this.i++;
      let look: '' | '=' | '!' | '<=' | '<!' = '';
      if (s.startsWith('?:', this.i)) this.i += 2;
      else if (s.startsWith('?=', this.i) || s.startsWith('?!', this.i)) {
        look = s[this.i + 1] as '=' | '!';
        this.i += 2;
      } else if (s.startsWith('?<=', this.i) || s.startsWith('?<!', this.i)) {
        look = s[this.i + 2] === '=' ? '<=' : '<!';
        this.i += 3;
      } else if (s.startsWith('?<', this.i)) {
        const close = s.indexOf('>', this.i);
        if (close < 0) throw new Refuse('group name');
        this.i = close + 1;
      } else if (s[this.i] === '?') throw new Refuse('group kind');
      const body = this.alt();
      if (s[this.i] !== ')') throw new Refuse('unclosed group');
      this.i++;
      if (look === '=' || look === '!') return { kind: 'empty' };
      if (look === '<=' || look === '<!') return { kind: 'lookbehind', neg: look === '<!', body };
      return { kind: 'group', body };
    }
    if (ch === '[') {
      this.classEnd();
      return { kind: 'chars', mask: this.classMask(s.slice(start, this.i)), src: s.slice(start, this.i) };
    }
    if (ch === '\\') return this.escape();
    this.i++;
    if (ch === '.') return { kind: 'chars', mask: ALL_CODES, src: ch };
    if (ch === '^' || ch === '$') return { kind: 'empty' };
    if (ch === '*' || ch === '+' || ch === '?') throw new Refuse('nothing to repeat');
    if (ch === '{' && /^\{\d+(,\d*)?\}/.test(s.slice(start))) throw new Refuse('nothing to repeat');
    return { kind: 'chars', mask: literalMask(ch.charCodeAt(0), this.flags), src: ch };
  }

  private escape(): Node {
    const s = this.src;
    const start = this.i;
    const e = s[this.i + 1];
    if (e === undefined) throw new Refuse('trailing backslash');
    this.i += 2;
    const chars = (mask: number): Node => ({ kind: 'chars', mask, src: s.slice(start, this.i) });
    switch (e) {
      case 'b':
        return { kind: 'bound' };
      case 'B':
        return { kind: 'empty' };
      case 'd':
        return chars(1 << DIGIT);
      case 'w':
        return chars(WORDISH);
      case 'W':
      case 's':
        return chars(1 << OTHER);
      case 'D':
      case 'S':
        return chars(ALL_CODES);
      case 't':
      case 'n':
      case 'r':
      case 'v':
      case 'f':
        return chars(1 << OTHER);
      case 'c':
        this.i++;
        return chars(1 << OTHER);
      case 'p':
      case 'P':
        if (!this.flags.includes('u')) return chars(literalMask(e.charCodeAt(0), this.flags));
        if (s[this.i] === '{') {
          const close = s.indexOf('}', this.i);
          if (close < 0) throw new Refuse('property');
          this.i = close + 1;
        }
        return chars(ALL_CODES);
      case 'x': {
        const m = /^[0-9a-fA-F]{2}/.exec(s.slice(this.i));
        if (!m) throw new Refuse('\\x');
        this.i += 2;
        return chars(literalMask(parseInt(m[0], 16), this.flags));
      }
      case 'u': {
        const m = /^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]+\})/.exec(s.slice(this.i));
        if (!m) throw new Refuse('\\u');
        this.i += m[0].length;
        const cp = parseInt(m[0].replace(/[{}]/g, ''), 16);
        return chars(literalMask(cp < 0x10000 ? cp : 0x10000, this.flags));
      }
      case 'k':
        throw new Refuse('named back-reference');
      default:
        if (e >= '1' && e <= '9' && this.backrefsAsAny) {
          while (s[this.i] !== undefined && s[this.i]! >= '0' && s[this.i]! <= '9') this.i++;
          return { kind: 'repeat', node: { kind: 'chars', mask: ALL_CODES, src: '[^]' }, min: 0, max: Infinity };
        }
        if (e >= '0' && e <= '9') throw new Refuse('back-reference or octal');
        return chars(literalMask(e.charCodeAt(0), this.flags));
    }
  }

  /** Moves past a character class "[…]". */
  private classEnd(): void {
    const s = this.src;
    this.i++;
    if (s[this.i] === '^') this.i++;
    // A "]" first in the class is a literal only outside the u flag in some engines; refuse it.
    if (s[this.i] === ']') throw new Refuse('empty class');
    while (this.i < s.length && s[this.i] !== ']') {
      if (s[this.i] === '\\') this.i++;
      else if (s[this.i] === '[' && this.flags.includes('v')) throw new Refuse('v flag');
      this.i++;
    }
    if (s[this.i] !== ']') throw new Refuse('unclosed class');
    this.i++;
  }

  /** The classes a character class can match: V8 is asked about every ASCII character. */
  private classMask(cls: string): number {
    const key = `${this.flags.replace(/[gy]/g, '')}/${cls}`;
    let mask = classMasks.get(key);
    if (mask === undefined) {
      mask = this.evaluateClass(cls);
      classMasks.set(key, mask);
    }
    return mask;
  }

  private evaluateClass(cls: string): number {
    const re = new RegExp(`^${cls}$`, this.flags.replace(/[gy]/g, ''));
    let mask = 0;
    for (let c = 0; c < 128; c++) if (re.test(String.fromCharCode(c))) mask |= 1 << CLS[c]!;
    // Non-ASCII characters fall in class OTHER: assume the class takes one unless it is plainly a
    // list of ASCII characters, ranges of them and \d \w.
    const body = cls.slice(1, -1);
    const plain = !body.startsWith('^') && /^(?:\\[dwtnrvf\-\]\\./^$|()*+?{}]|[\x20-\x5b\x5d-\x7e])*$/.test(body) && !/\\[WSDpP]/.test(body);
    if (!plain) mask |= 1 << OTHER;
    return mask;
  }
}

// Sets of partial matches: up to three classes, five bits each, and the count in bits 15–16. A state
// is complete at three classes, or once a non-word class is read (the text code is zero after it).
const lenOf = (s: number): number => s >>> 15;
const complete = (s: number): boolean => lenOf(s) === 3;
function append(s: number, k: number): number {
  const len = lenOf(s);
  const body = (s & 0x7fff) | (k << (5 * (2 - len)));
  return k === OTHER ? body | (3 << 15) : body | ((len + 1) << 15);
}
// (A regex with more open prefixes than this admits most word starts anyway; refusing it early keeps
// plan building, which the first scan of each regex pays, to a few milliseconds.)
const MAX_STATES = 4096;

function extendAlt(states: Set<number>, alt: Alt): Set<number> {
  if (alt.length === 1) return extendSeq(states, alt[0]!);
  const out = new Set<number>();
  for (const seq of alt) for (const s of extendSeq(states, seq)) out.add(s);
  return out;
}

function extendSeq(states: Set<number>, seq: Seq): Set<number> {
  let cur = states;
  for (const node of seq) {
    let open = false;
    for (const s of cur)
      if (!complete(s)) {
        open = true;
        break;
      }
    if (!open) return cur;
    cur = extendNode(cur, node);
    if (cur.size > MAX_STATES) throw new Refuse('too many prefixes');
  }
  return cur;
}

function extendNode(states: Set<number>, node: Node): Set<number> {
  switch (node.kind) {
    case 'empty':
    case 'bound':
    case 'lookbehind':
      return states;
    case 'group':
      return extendAlt(states, node.body);
    case 'chars': {
      const out = new Set<number>();
      for (const s of states) {
        if (complete(s)) {
          out.add(s);
          continue;
        }
        for (let k = 0; k < CODES; k++) if (node.mask & (1 << k)) out.add(append(s, k));
      }
      return out;
    }
    case 'repeat': {
      // After three rounds every state either is complete or was kept by an empty round, so more
      // rounds add nothing: capping both bounds at three is exact.
      const min = Math.min(node.min, 3);
      const max = Math.min(node.max, 3);
      let cur = states;
      for (let k = 0; k < min; k++) cur = extendNode(cur, node.node);
      const out = new Set<number>(cur);
      for (let k = min; k < max; k++) {
        cur = extendNode(cur, node.node);
        for (const s of cur) out.add(s);
      }
      return out;
    }
  }
}

/** True when `node` is a one-character negative lookbehind that refuses every ASCII letter. */
function refusesLetters(node: Node, flags: string): boolean {
  if (node.kind !== 'lookbehind' || !node.neg || node.body.length !== 1 || node.body[0]!.length !== 1) return false;
  const inner = node.body[0]![0]!;
  if (inner.kind !== 'chars') return false;
  const re = new RegExp(`^(?:${inner.src})$`, flags.replace(/[gy]/g, ''));
  for (let c = 65; c <= 122; c++) if ((c <= 90 || c >= 97) && !re.test(String.fromCharCode(c))) return false;
  return true;
}

/**
 * One white-space character (a space, a tab, "[ \t]" or "\s", not repeated): no ASCII letter, digit or
 * underscore, and never two code units (so the word after it starts one unit later, with or without
 * the u flag).
 */
const SPACE_LEAD_RE = /^(?: |\\t|\[(?: |\\t)+\]|\\s)$/;
function refusesWordChars(node: Node, flags: string): boolean {
  if (node.kind !== 'chars' || !SPACE_LEAD_RE.test(node.src)) return false;
  const re = new RegExp(`^(?:${node.src})$`, flags.replace(/[gy]/g, ''));
  for (let c = 48; c <= 122; c++) if ((c <= 57 || (c >= 65 && c <= 90) || c === 95 || c >= 97) && re.test(String.fromCharCode(c))) return false;
  return true;
}

/**
 * The parse of a regex's source as the planner reads it (for lead-gate.ts), or null when the small
 * parser refuses it. A numbered back-reference reads as any characters or none.
 */
export function parseRegex(source: string, flags: string): Alt | null {
  try {
    return new Parser(source, flags, true).parse();
  } catch (e) {
    if (e instanceof Refuse) return null;
    throw e;
  }
}

const plans = new WeakMap<RegExp, WordPlan | null>();

/** The gate of a global regex, or null when its matches cannot be placed at word starts. */
export function planFor(re: RegExp): WordPlan | null {
  let plan = plans.get(re);
  if (plan === undefined) {
    plan = makePlan(re);
    plans.set(re, plan);
  }
  return plan;
}

export function makePlan(re: RegExp): WordPlan | null {
  const flags = re.flags;
  if (!flags.includes('g') || flags.includes('y') || flags.includes('v')) return null;
  let alt: Alt;
  try {
    alt = new Parser(re.source, flags).parse();
  } catch (e) {
    if (e instanceof Refuse) return null;
    throw e;
  }
  const bits = new Uint32Array((1 << 16) / 32);
  let shift = -1;
  try {
    for (const seq of alt) {
      const lead = seq[0];
      let afterDigitToo: boolean;
      let lead1 = 0;
      if (lead?.kind === 'bound') afterDigitToo = false;
      else if (lead !== undefined && refusesLetters(lead, flags)) afterDigitToo = true;
      else if (lead !== undefined && refusesWordChars(lead, flags)) {
        // (R35 dspeed4: a match opening with one character that is no ASCII word character — a space,
        // "[ \t]" — and then a word character starts one before a word start the index lists, without
        // the digit-before flag.)
        afterDigitToo = false;
        lead1 = 1;
      } else return null;
      if (shift >= 0 && shift !== lead1) return null;
      shift = lead1;
      const states = extendSeq(new Set([0]), seq.slice(1));
      for (const s of states) {
        const first = (s >>> 10) & 31;
        if (lenOf(s) === 0 || first === OTHER) return null;
        if (afterDigitToo && first === DIGIT) return null;
        // What the pattern leaves open, the text may fill with anything.
        complete3(s, (code) => {
          bits[code >>> 5]! |= 1 << (code & 31);
          if (afterDigitToo) bits[(code | AFTER_DIGIT) >>> 5]! |= 1 << (code & 31);
        });
      }
    }
  } catch (e) {
    if (e instanceof Refuse) return null;
    throw e;
  }
  const foldTraps = flags.includes('u') && flags.includes('i');
  let firstMask = 0;
  for (let w = 0; w < bits.length; w++) if (bits[w] !== 0) firstMask |= 1 << (((w << 5) >>> 10) & 31);
  return { bits, sticky: new RegExp(re.source, flags.replace('g', '') + 'y'), density: 1, densityAt: 0, foldTraps, shift: Math.max(shift, 0), firstMask };
}

function complete3(s: number, put: (code: number) => void): void {
  if (complete(s)) put(s & 0x7fff);
  else for (let k = 0; k < CODES; k++) complete3(append(s, k), put);
}
