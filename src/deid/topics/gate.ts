// The cheap part of topic detection: which sentences hold a cue word at all. The text is split
// into lower-case words once; each distinct word is looked up against every topic's anchor stems
// once and cached as a bit set (therapy talk reuses a small vocabulary), and two-word anchors
// ("in bed", "black eye") are looked up per adjacent pair. A sentence is handed to the rules only
// when its bits satisfy one of the topic's conditions, so most sentences cost a Map lookup per word.
import type { Anchors } from './rules.ts';

export interface CompiledGate {
  /** One entry per condition: the bits that must all be present in a sentence. */
  conditions: number[];
}

interface Stem {
  stem: RegExp;
  bit: number;
}

/** A distinct word: its own bits and, if it starts some pair, the pairs it starts. */
interface Entry {
  bits: number;
  pairs: Map<string, number> | undefined;
}

/** What the gate needs of the engine's tokens (tokens.ts): lower-case folded key, offset, spacing. */
export interface GateToken {
  key: string;
  start: number;
  /** Only one to three spaces or tabs since the previous token. */
  tightBefore: boolean;
}

// Anchors with digits, checked only after a one-letter token "h", "k" or "i".
const DIGIT_ANCHOR = /^(?:[hk]-?1b?|i-\d{3})(?![\p{L}\p{N}])/iu;

const FILLER_TOKENS = new Set(['um', 'umm', 'uh', 'uhh', 'uhm', 'erm', 'er', 'eh', 'hmm', 'mm', 'mhm']);

export class Gate {
  private readonly stems: Stem[] = [];
  /** head word → tail word → bits. */
  private readonly pairs = new Map<string, Map<string, number>>();
  /** Exact anchor words (concept frames' head classes) → bits. */
  private readonly exact = new Map<string, number>();
  // A prototype-less object, not a Map: for short string keys V8's dictionary lookup is about
  // twice as fast, and this runs once per token of every text.
  private cache: Record<string, Entry | undefined> = Object.create(null) as Record<string, Entry | undefined>;
  private cacheSize = 0;
  private nextBit = 0;
  /**
   * Set on a word read as a misspelt cue (see `typo`), besides the cue's own bits, so the caller
   * knows which sentences to spell right before the rules run. 0 without a `typo` function.
   */
  readonly typoBit: number;

  /** `typo`: the anchor word a word without anchors of its own misspells, if any (topics/typos.ts). */
  constructor(private readonly typo?: (w: string) => string | undefined) {
    this.typoBit = typo ? this.bit() : 0;
  }

  /** Registers a topic's anchors; returns the conditions under which its rules must run. */
  add(anchors: Anchors): CompiledGate {
    const conditions: number[] = [];
    const any = this.bit();
    this.addStems(anchors.any, any);
    for (const w of anchors.words ?? []) {
      // A phrase opens on its first two words (a pair); a single word on itself.
      const parts = w.split(' ');
      if (parts.length === 1) this.exact.set(w, (this.exact.get(w) ?? 0) | any);
      else {
        let tails = this.pairs.get(parts[0]!);
        if (!tails) this.pairs.set(parts[0]!, (tails = new Map<string, number>()));
        tails.set(parts[1]!, (tails.get(parts[1]!) ?? 0) | any);
      }
    }
    for (const p of anchors.pairs ?? []) {
      const [head, tail] = p.split(' ') as [string, string];
      let tails = this.pairs.get(head);
      if (!tails) this.pairs.set(head, (tails = new Map<string, number>()));
      tails.set(tail, (tails.get(tail) ?? 0) | any);
    }
    this.resetCache();
    conditions.push(any);
    for (const [a, b] of anchors.both ?? []) {
      const ba = this.bit();
      const bb = this.bit();
      this.addStems(a, ba);
      this.addStems(b, bb);
      conditions.push(ba | bb);
    }
    return { conditions };
  }

  private bit(): number {
    if (this.nextBit > 30) throw new Error('topic gate: too many anchor groups');
    return 1 << this.nextBit++;
  }

  private addStems(stems: readonly string[], bit: number): void {
    this.stems.push({ stem: new RegExp(`^(?:${stems.join('|')})`), bit });
  }

  private resetCache(): void {
    this.cache = Object.create(null) as Record<string, Entry | undefined>;
    this.cacheSize = 0;
  }

  private entry(w: string): Entry {
    const hit = this.cache[w];
    if (hit !== undefined) return hit;
    let bits = 0;
    for (const e of this.stems) if (e.stem.test(w)) bits |= e.bit;
    bits |= this.exact.get(w) ?? 0;
    // "non-sexual", "ex-partner": the rules see two words, so the gate does too.
    if (w.includes('-')) for (const part of w.split('-')) if (part) bits |= this.entry(part).bits;
    // A misspelling opens what its cue opens ("abussive" has the stem "abus" but the rules need
    // "abusive", so the typo bit is set on such a word too).
    let pairs = this.pairs.get(w);
    const cue = this.typo?.(w);
    if (cue !== undefined) {
      const c = this.entry(cue);
      if (c.bits !== 0 || c.pairs !== undefined) bits |= c.bits | this.typoBit;
      pairs ??= c.pairs;
    }
    const entry: Entry = { bits, pairs };
    if (this.cacheSize++ >= 100_000) this.resetCache();
    this.cache[w] = entry;
    return entry;
  }

  /**
   * The anchor hits of a text, in order: the offset of each token (or digit anchor) that carries
   * bits, with those bits. Most tokens carry none, so the list is short. A pair's bits go to its
   * second word; pairs need plain spacing between the words ("in bed", not "in. Bed"), so a
   * pair never straddles a sentence.
   */
  hits(text: string, tokens: readonly GateToken[], digitBits: number): { at: number[]; bits: number[] } {
    const at: number[] = [];
    const bits: number[] = [];
    let prev: Map<string, number> | undefined;
    let afterFiller = false;
    for (const t of tokens) {
      // A hesitation ("had, uh, relations") is transparent to pairs, as it is to the rules
      // (engine.ts drops it before they run).
      if (FILLER_TOKENS.has(t.key)) {
        afterFiller = prev !== undefined;
        continue;
      }
      const e = this.entry(t.key);
      let b = e.bits;
      if (prev !== undefined && (t.tightBefore || afterFiller)) b |= prev.get(t.key) ?? 0;
      afterFiller = false;
      prev = e.pairs;
      // "H-1B", "K-1", "I-130": the engine's tokens are letters only, so look at what follows.
      if (digitBits && t.key.length === 1 && (t.key === 'h' || t.key === 'k' || t.key === 'i')) {
        const c = text.charCodeAt(t.start + 1);
        if ((c === 45 || (c >= 48 && c <= 57)) && DIGIT_ANCHOR.test(text.slice(t.start, t.start + 6))) b |= digitBits;
      }
      if (b !== 0) {
        at.push(t.start);
        bits.push(b);
      }
    }
    return { at, bits };
  }

  /** The `any` bit of a compiled gate, for anchors found outside the word scan. */
  static anyBit(g: CompiledGate): number {
    return g.conditions[0]!;
  }
}

export function passes(bits: number, gate: CompiledGate): boolean {
  for (const c of gate.conditions) if ((bits & c) === c) return true;
  return false;
}
