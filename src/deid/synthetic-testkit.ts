// For the speed rounds' equivalence tests (dspeed2.test.ts, dspeed3.test.ts): long synthetic text
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
