/**
 * Mulberry32: a small seeded PRNG for the benches' generators, so a generated development set is
 * the same on every run (and a set-aside part stays the same set that was scored before).
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seeded source of numbers in [0, 1), as `mulberry32` returns. */
export type Rng = () => number;
/** One element of `xs`, drawn with one call of `r`. */
export const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
/** An integer in [lo, hi], drawn with one call of `r`. */
export const int = (r: Rng, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
/** `xs` shuffled in place (Fisher–Yates from the end, one call of `r` per position) and returned. */
export function shuffle<T>(r: Rng, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}
/** True with probability `p`, drawn with one call of `r`. */
export const chance = (r: Rng, p: number): boolean => r() < p;

/**
 * Between `lo` and `hi` draws from `xs`, repeats dropped, joined by one separator drawn from
 * `joiners`: the generators' run of filler findings in a note.
 */
export function fillDistinct(r: Rng, xs: readonly string[], lo: number, hi: number, joiners: readonly string[]): string {
  const n = int(r, lo, hi);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const x = pick(r, xs);
    if (!out.includes(x)) out.push(x);
  }
  return out.join(pick(r, joiners));
}
