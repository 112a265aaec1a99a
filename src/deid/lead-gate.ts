// Lead-character gating for scan() (scan.ts), beside word-gate.ts's word starts: a regex every match
// of which opens with a digit or an ASCII punctuation mark ("\d{3}([- ])\d{2}\1\d{4}",
// "(?<![\d./-])(\d{1,2})([-/.])…", ",\s*(9\d|…)", "\.(?:com|org|…)") has no word-start plan, and
// V8 tries it at every character of the text: ~3–5 ns a character, a quarter of a millisecond per
// regex on a 60 KB transcript, where digits and such marks are a few per cent of the characters.
//
// Once per regex, `leadPlanFor` reads which characters can open a match (the set of ASCII characters,
// asked of V8 itself for every class); once per text, `leadIndexOf` lists the places of every ASCII
// character that is neither a letter nor white space. A scan then tries the regex, sticky, at the
// listed places whose character the plan admits, in ascending order: the same matches, in the same
// order, as the whole-text scan (scanLead in scan.ts).
//
// Soundness: the plan must admit every place a match can start.
//   - Only a regex that cannot match the empty string is planned, and only when every character that
//     can open a match is an ASCII character other than a letter or white space. Lookarounds, `^`,
//     `$` and `\b` match no character and are passed over (they only refuse places).
//   - A character class is evaluated by V8 on every ASCII character; it is taken to match no
//     non-ASCII character only when it is plainly a list of ASCII characters, ranges of them and `\d`
//     (as word-gate.ts reads classes). A literal is its own character; `\d` and an escaped ASCII mark
//     are ASCII. Anything else (`.`, `\S`, `\W`, `\p{…}`, a negated class) may open with a
//     non-ASCII character, and the regex is not planned.
//   - A numbered back-reference reads as any characters or none: only ever wider.
// The equivalence is checked against plain scan() on synthetic text in src/deid/dspeed5.test.ts and
// on every corpus document by bench/deid/golden.ts.
import { parseRegex, type Alt, type Node, type Seq } from './word-gate.ts';

/** A regex's lead gate: the ASCII characters that can open a match. */
export interface LeadPlan {
  /** Bit set over ASCII codes (4 × 32 bits). */
  bits: Uint32Array;
  /** The regex with `y` instead of `g`, tried at each admitted place. */
  sticky: RegExp;
}

/** The places of the ASCII characters that are no letter and no white space, ascending, with each character's code. */
export interface LeadIndex {
  text: string;
  count: number;
  starts: Int32Array;
  codes: Uint8Array;
  /** How many places each code has. */
  perCode: Uint32Array;
}

// Codes a plan may not admit: letters (word-gate.ts plans regexes that open with them) and white
// space (every sixth character of prose: trying there would cost more than the whole-text scan).
const REFUSED = new Uint8Array(128);
for (let c = 0; c < 128; c++) if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 32 || (c >= 9 && c <= 13)) REFUSED[c] = 1;

export function buildLeadIndex(text: string): LeadIndex {
  const n = text.length;
  let starts = new Int32Array((n >> 4) + 16);
  let codes = new Uint8Array((n >> 4) + 16);
  const perCode = new Uint32Array(128);
  let count = 0;
  for (let p = 0; p < n; p++) {
    const c = text.charCodeAt(p);
    if (c >= 128 || REFUSED[c] === 1) continue;
    if (count === starts.length) {
      const s2 = new Int32Array(count * 2);
      s2.set(starts);
      starts = s2;
      const c2 = new Uint8Array(count * 2);
      c2.set(codes);
      codes = c2;
    }
    starts[count] = p;
    codes[count] = c;
    perCode[c]!++;
    count++;
  }
  return { text, count, starts, codes, perCode };
}

/**
 * True when trying the plan's regex at its admitted places should beat the whole-text scan: a sticky
 * try costs about as much as V8's whole-text scan spends on some 25 characters.
 */
export function worthLead(plan: LeadPlan, idx: LeadIndex): boolean {
  let tries = 0;
  const { bits } = plan;
  for (let c = 0; c < 128; c++) if ((bits[c >>> 5]! & (1 << (c & 31))) !== 0) tries += idx.perCode[c]!;
  return tries * 25 <= idx.text.length;
}

interface First {
  bits: Uint32Array;
  /** A character outside ASCII may open the match. */
  wide: boolean;
  /** The part can match the empty string. */
  nullable: boolean;
}

const PLAIN_CLASS_RE = /^(?:\\[dtnrvf\-\]\\./^$|()*+?{}]|[\x20-\x5b\x5d-\x7e])*$/;

/** Thrown as soon as a regex can open with a character no lead plan admits: most regexes asked about open with a letter. */
class NoLead extends Error {}

// The characters each `chars` node matches, per flags and source (the engine's regexes share many).
const charSets = new Map<string, Uint32Array>();

/** The ASCII characters one `chars` node matches; NoLead when it may match a letter, white space or a character beyond ASCII. */
function charsFirst(src: string, flags: string, into: First): void {
  if (src.length === 1 && src !== '.') {
    // A literal: itself (no ASCII character but a letter has another case).
    const c = src.charCodeAt(0);
    if (c >= 128 || REFUSED[c] === 1) throw new NoLead();
    into.bits[c >>> 5]! |= 1 << (c & 31);
    return;
  }
  const key = `${flags.replace(/[gy]/g, '')}/${src}`;
  let set = charSets.get(key);
  if (set === undefined) {
    set = charSet(src, flags);
    charSets.set(key, set);
  }
  if (set[4] === 1) throw new NoLead();
  for (let w = 0; w < 4; w++) into.bits[w]! |= set[w]!;
}

/** Words 0–3: the ASCII characters `src` matches; word 4: 1 when no lead plan may admit it. */
function charSet(src: string, flags: string): Uint32Array {
  const set = new Uint32Array(5);
  const re = new RegExp(`^(?:${src})$`, flags.replace(/[gy]/g, ''));
  for (let c = 0; c < 128; c++) {
    if (!re.test(String.fromCharCode(c))) continue;
    set[c >>> 5]! |= 1 << (c & 31);
    if (REFUSED[c] === 1) set[4] = 1;
  }
  let ascii: boolean;
  if (src === '\\d') ascii = true;
  else if (src.length === 2 && src[0] === '\\') ascii = /[^\p{L}\p{N}\s]/u.test(src[1]!) && src.charCodeAt(1) < 128;
  else if (src.length === 1) ascii = src !== '.' && src.charCodeAt(0) < 128;
  else if (src.startsWith('[') && src.endsWith(']')) {
    const body = src.slice(1, -1);
    ascii = !body.startsWith('^') && PLAIN_CLASS_RE.test(body) && !/\\[wWsSDpP]/.test(body);
  } else ascii = false;
  if (!ascii) set[4] = 1;
  return set;
}

function firstOfAlt(alt: Alt, flags: string, into: First): boolean {
  let nullable = false;
  for (const seq of alt) if (firstOfSeq(seq, flags, into)) nullable = true;
  return nullable;
}

/** Adds what can open a match of `seq` to `into`; true when `seq` can match the empty string. */
function firstOfSeq(seq: Seq, flags: string, into: First): boolean {
  for (const node of seq) if (!firstOfNode(node, flags, into)) return false;
  return true;
}

function firstOfNode(node: Node, flags: string, into: First): boolean {
  switch (node.kind) {
    case 'empty':
    case 'bound':
    case 'lookbehind':
      return true;
    case 'chars':
      charsFirst(node.src, flags, into);
      return false;
    case 'group':
      return firstOfAlt(node.body, flags, into);
    case 'repeat':
      if (node.max === 0) return true;
      return firstOfNode(node.node, flags, into) || node.min === 0;
  }
}

const plans = new WeakMap<RegExp, LeadPlan | null>();

/** The lead gate of a global regex, or null when its matches can open with a letter, white space or a non-ASCII character. */
export function leadPlanFor(re: RegExp): LeadPlan | null {
  let plan = plans.get(re);
  if (plan === undefined) {
    plan = makeLeadPlan(re);
    plans.set(re, plan);
  }
  return plan;
}

export function makeLeadPlan(re: RegExp): LeadPlan | null {
  const flags = re.flags;
  if (!flags.includes('g') || flags.includes('y') || flags.includes('v')) return null;
  const alt = parseRegex(re.source, flags);
  if (alt === null) return null;
  const first: First = { bits: new Uint32Array(4), wide: false, nullable: false };
  try {
    first.nullable = firstOfAlt(alt, flags, first);
  } catch (e) {
    if (e instanceof NoLead) return null;
    throw e;
  }
  if (first.nullable || first.wide) return null;
  for (let c = 0; c < 128; c++) if ((first.bits[c >>> 5]! & (1 << (c & 31))) !== 0 && REFUSED[c] === 1) return null;
  return { bits: first.bits, sticky: new RegExp(re.source, flags.replace('g', '') + 'y') };
}
