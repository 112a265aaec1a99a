// The machinery of the contradiction and invention generators (gen-contra.ts, gen-contra-aside.ts):
// a fact is a record of slots; a kind of fact renders it as a source segment (in one of several
// clinical styles) and as a drafter's sentence; a perturbation is a systematic change of one slot
// (flip a polarity, shift a number, swap from and to, move the fact to another person or time).
// A changed fact rendered by the drafter's wording is a contradiction of the unchanged source; an
// unchanged fact so rendered is a faithful control; a fact absent from the note is an invention.
// Why: hand-written batches taught the verifier their own wording; a generator crosses every change
// with every fact and style, so a rule that fits one wording shows up as a low rate elsewhere.
import { mulberry32 as rng, shuffle } from '../rng.ts';
import type { Pair } from './pairs.ts';

export interface Pro {
  /** she / he */
  s: string;
  S: string;
  /** her / him */
  o: string;
  /** her / his */
  ps: string;
  Ps: string;
  refl: string;
}
export const SHE: Pro = { s: 'she', S: 'She', o: 'her', ps: 'her', Ps: 'Her', refl: 'herself' };
export const HE: Pro = { s: 'he', S: 'He', o: 'him', ps: 'his', Ps: 'His', refl: 'himself' };

export const cap = (t: string): string => t.charAt(0).toUpperCase() + t.slice(1);
/** The i-th wording of several, round and round. */
export const pick = <T>(xs: T[], i: number): T => xs[i % xs.length]!;

/** One systematic change of a fact's slots; null when it does not apply to that fact. */
export interface Perturbation<T> {
  /** The pair's `phenomenon` (risk kinds override it with "risk"). */
  phenomenon: string;
  /** The pair's `kind`: what the change does. */
  kind: string;
  apply: (f: T) => T | null;
}

export interface Kind<T> {
  name: string;
  /** Contradictions of this kind count as risk contradictions. */
  risk: boolean;
  facts: T[];
  /** The source segment, in style `style` (an index the kind reads modulo its styles). */
  src: (f: T, style: number, p: Pro) => string;
  /** The drafter's sentence; `focus` names the changed slot so the sentence can be about it. */
  draft: (f: T, variant: number, p: Pro, focus?: string) => string;
  perturb: Array<Perturbation<T> & { focus?: string }>;
}

/** A kind with its slot type erased, so kinds of different facts sit in one list. */
export interface AnyFact {
  kind: string;
  risk: boolean;
  src: (style: number, p: Pro) => string;
  control: (variant: number, p: Pro) => string;
  contras: Array<{ phenomenon: string; kind: string; draft: (variant: number, p: Pro) => string }>;
}

export function facts<T>(k: Kind<T>): AnyFact[] {
  return k.facts.map((f) => ({
    kind: k.name,
    risk: k.risk,
    src: (style, p) => k.src(f, style, p),
    control: (v, p) => k.draft(f, v, p),
    contras: k.perturb.flatMap((op) => {
      const g = op.apply(f);
      if (g === null) return [];
      return [{ phenomenon: k.risk ? 'risk' : op.phenomenon, kind: op.kind, draft: (v: number, p: Pro) => k.draft(g, v, p, op.focus) }];
    }),
  }));
}

// The generic perturbations: each names the slot it changes, so one operator serves every kind.
type BoolKeys<T> = { [K in keyof T]: T[K] extends boolean ? K : never }[keyof T];
type NumKeys<T> = { [K in keyof T]: T[K] extends number ? K : never }[keyof T];

export function flip<T>(key: BoolKeys<T>, phenomenon: string, kind: string, only?: (f: T) => boolean): Perturbation<T> & { focus: string } {
  return { phenomenon, kind, focus: String(key), apply: (f) => (only !== undefined && !only(f) ? null : { ...f, [key]: !(f[key] as boolean) }) };
}

/** Another number, far enough from the first to be a different fact, never a rounding of it. */
export function shifted(n: number): number {
  // (A year moves by a few years, not by half of itself.)
  if (n >= 1900 && n <= 2100) return n - 3;
  if (n <= 2) return n + 3;
  if (n < 10) return n % 2 === 0 ? n + 3 : n - 2;
  if (n < 40) return n + 6;
  return Math.round(n * 1.5);
}

export function shift<T>(key: NumKeys<T>, phenomenon: string, kind: string, only?: (f: T) => boolean): Perturbation<T> & { focus: string } {
  return { phenomenon, kind, focus: String(key), apply: (f) => (only !== undefined && !only(f) ? null : { ...f, [key]: shifted(f[key] as number) }) };
}

/** Swap two slots of one type (from ↔ to, agent ↔ patient). */
export function swap<T>(a: keyof T, b: keyof T, phenomenon: string, kind: string, only?: (f: T) => boolean): Perturbation<T> & { focus: string } {
  return {
    phenomenon,
    kind,
    focus: String(a),
    apply: (f) => (f[a] === f[b] || (only !== undefined && !only(f)) ? null : { ...f, [a]: f[b], [b]: f[a] }),
  };
}

/** Replace a slot by the value `to(f)` (another person, status, tense); null keeps the fact out. */
export function change<T, K extends keyof T>(key: K, to: (f: T) => T[K] | null, phenomenon: string, kind: string): Perturbation<T> & { focus: string } {
  return {
    phenomenon,
    kind,
    focus: String(key),
    apply: (f) => {
      const v = to(f);
      return v === null || v === f[key] ? null : { ...f, [key]: v };
    },
  };
}

/** An invented statement: what it says, and what in a note would make it not an invention. */
export interface Invention {
  phenomenon: string;
  text: (p: Pro) => string;
  clash: RegExp;
}

export interface GenOptions {
  prefix: string;
  seed: number;
  /** Facts per note (the note's segments). */
  perNote: number;
  /** Inventions drawn per note. */
  inventionsPerNote: number;
  /** Source styles the kinds know (style index = note index modulo this). */
  styles: number;
  /** Drafter variants the kinds know. */
  variants: number;
  /** Added-detail inventions: a faithful sentence with an invented clause appended. */
  addOns: Array<(p: Pro) => string>;
}

/**
 * Notes of `perNote` facts of different kinds, each note in one style and with one client; for every
 * fact a faithful control and each contradiction its kind's perturbations make, and per note a few
 * inventions that nothing in the note states.
 */
export function generate(all: AnyFact[], inventions: Invention[], o: GenOptions): Pair[] {
  const rand = rng(o.seed);
  const pool = shuffle(rand, [...all]);
  // Deal facts into notes so that a note rarely holds two facts of one kind (which would blur what a
  // draft about that kind may cite).
  const notes: AnyFact[][] = [];
  for (const f of pool) {
    const home = notes.find((n) => n.length < o.perNote && !n.some((g) => g.kind === f.kind));
    if (home !== undefined) home.push(f);
    else notes.push([f]);
  }
  const pairs: Pair[] = [];
  let inv = 0;
  let seq = 0;
  notes.forEach((note, ni) => {
    const p = ni % 2 === 0 ? SHE : HE;
    const style = ni % o.styles;
    const sources = note.map((f) => f.src(style, p));
    const id = (): string => `${o.prefix}-${String(++seq).padStart(3, '0')}`;
    note.forEach((f, fi) => {
      const v = (ni + fi) % o.variants;
      pairs.push({ id: id(), sources, sentence: f.control(v, p), cites: [fi], gold: 'SUPPORTED', phenomenon: 'control' });
      f.contras.forEach((c, ci) => {
        const entry: Pair = { id: id(), sources, sentence: c.draft((v + ci + 1) % o.variants, p), cites: [fi], gold: 'CONTRADICTED', phenomenon: c.phenomenon, kind: c.kind };
        pairs.push(entry);
      });
    });
    const text = sources.join(' ');
    let drawn = 0;
    for (let tries = 0; drawn < o.inventionsPerNote && tries < inventions.length; tries++) {
      const cand = inventions[inv++ % inventions.length]!;
      if (cand.clash.test(text)) continue;
      drawn++;
      pairs.push({ id: id(), sources, sentence: cand.text(p), cites: [(ni + drawn) % note.length], gold: 'UNSUPPORTED', phenomenon: cand.phenomenon });
    }
    if (o.addOns.length > 0) {
      const fi = ni % note.length;
      const base = note[fi]!.control(ni % o.variants, p).replace(/\.$/, '');
      pairs.push({ id: id(), sources, sentence: `${base}${o.addOns[ni % o.addOns.length]!(p)}.`, cites: [fi], gold: 'UNSUPPORTED', phenomenon: 'invention-detail' });
    }
  });
  return pairs;
}
