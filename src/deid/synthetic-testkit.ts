// For the speed rounds' equivalence tests (dspeed2 to dspeed5): long synthetic text
// from a tiny deterministic generator, so a fast scan can be compared with the slow one on text no
// corpus wrote.

/** `length` or a few more characters of pieces drawn from `alphabet` by an xorshift seeded with `seed`. */
export function synthetic(seed: number, length: number, alphabet: string[]): string {
  let x = seed >>> 0 || 1;
  let out = '';
  while (out.length < length) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out += alphabet[(x >>> 0) % alphabet.length]!;
  }
  return out;
}

/** A small deterministic generator (a linear congruential one), so a failing random test can be replayed. */
export function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

/** Up to `max` pieces drawn from `pieces` by `next`, joined: text built from what a rewrite reasons about. */
export function randomText(pieces: readonly string[], next: () => number, max: number): string {
  const n = Math.floor(next() * max);
  let out = '';
  for (let i = 0; i < n; i++) out += pieces[Math.floor(next() * pieces.length)]!;
  return out;
}
