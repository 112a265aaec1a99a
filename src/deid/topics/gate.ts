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

interface Entry {
  stem: RegExp;
  bit: number;
}

// Set on a cached word that starts some two-word anchor, so pairs are looked up only after one.
const PAIR_HEAD = 1 << 30;

/** What the gate needs of the engine's tokens (tokens.ts): lower-case folded key, offset, spacing. */
export interface GateToken {
  key: string;
  start: number;
  /** Only one to three spaces or tabs since the previous token. */
  tightBefore: boolean;
}

// The engine's tokens are letters only: anchors with digits ("h1b", "i-130", "k-1") are found by
// this small scan instead.
const DIGIT_ANCHORS = /\b(?:[hk]-?1b?|i-\d{3})\b/gi;

export class Gate {
  private readonly stems: Entry[] = [];
  private readonly pairs = new Map<string, number>();
  private readonly pairHeads = new Set<string>();
  private readonly cache = new Map<string, number>();
  private nextBit = 0;

  /** Registers a topic's anchors; returns the conditions under which its rules must run. */
  add(anchors: Anchors): CompiledGate {
    const conditions: number[] = [];
    const any = this.bit();
    this.addStems(anchors.any, any);
    for (const p of anchors.pairs ?? []) {
      this.pairs.set(p, (this.pairs.get(p) ?? 0) | any);
      this.pairHeads.add(p.slice(0, p.indexOf(' ')));
    }
    this.cache.clear();
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
    if (this.nextBit > 29) throw new Error('topic gate: too many anchor groups');
    return 1 << this.nextBit++;
  }

  private addStems(stems: readonly string[], bit: number): void {
    this.stems.push({ stem: new RegExp(`^(?:${stems.join('|')})`), bit });
  }

  private wordBits(w: string): number {
    const hit = this.cache.get(w);
    if (hit !== undefined) return hit;
    let b = 0;
    for (const e of this.stems) if (e.stem.test(w)) b |= e.bit;
    if (this.pairHeads.has(w)) b |= PAIR_HEAD;
    if (this.cache.size >= 100_000) this.cache.clear();
    this.cache.set(w, b);
    return b;
  }

  /**
   * Bits per sentence: `bounds` are ascending, disjoint [start, end) ranges; the result holds,
   * for each, the union of its words' and word pairs' bits. `digitBits` is or-ed in for the
   * sentences holding an anchor with digits.
   */
  scan(text: string, tokens: readonly GateToken[], bounds: readonly [number, number][], digitBits: number): Int32Array {
    const out = new Int32Array(bounds.length);
    if (bounds.length === 0) return out;
    let i = 0;
    let prev = '';
    for (const t of tokens) {
      const at = t.start;
      while (i < bounds.length && bounds[i]![1] <= at) {
        i++;
        prev = '';
      }
      if (i >= bounds.length) break;
      if (at < bounds[i]![0]) {
        prev = '';
        continue;
      }
      const w = t.key;
      let wb = this.wordBits(w);
      // Rules see "non-sexual" and "ex-partner" as two words; so does the gate.
      if (w.includes('-')) for (const part of w.split('-')) if (part) wb |= this.wordBits(part) & ~PAIR_HEAD;
      let b = wb & ~PAIR_HEAD;
      // A pair only across plain spacing: "in bed", not "in. Bed".
      if (prev && t.tightBefore) {
        const p = this.pairs.get(`${prev} ${w}`);
        if (p !== undefined) b |= p;
      }
      out[i]! |= b;
      prev = wb & PAIR_HEAD ? w : '';
    }
    if (digitBits) {
      DIGIT_ANCHORS.lastIndex = 0;
      let m: RegExpExecArray | null;
      let j = 0;
      while ((m = DIGIT_ANCHORS.exec(text)) !== null) {
        while (j < bounds.length && bounds[j]![1] <= m.index) j++;
        if (j < bounds.length && m.index >= bounds[j]![0]) out[j]! |= digitBits;
      }
    }
    return out;
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
