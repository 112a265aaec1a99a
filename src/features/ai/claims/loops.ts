// Plain loops for the claim verifier's hot paths (issue 15, R03, speed rounds vspeed and vspeed4):
// the same results as the Array and String built-ins they stand for, without V8's slow generic
// paths. This module imports nothing, so every verifier module may import it without a cycle
// (text.ts re-exports it; equivalence.ts, which lexicon.ts imports, reads it from here).

/**
 * `xs.flatMap(f)` and `xss.flat()` as plain loops, with the same result for the dense arrays the
 * verifier builds. V8's own flatMap and flat take the generic path for every element: about 15
 * times slower than pushing (measured on 40 tokens: 8 µs against 0.5 µs), and the verifier calls
 * them per token and per source in every rule (8% of bench:ai's verification time in a profile).
 * (vspeed4: every `.flatMap(` of the verifier's modules outside lexicon.ts, which runs once at
 * load, now calls this; a new rule should too. A 3-element call measured 6.6 µs natively against
 * 1.2 µs here, on the loaded development machine.)
 */
export function flatMap<T, U>(xs: readonly T[], f: (x: T, i: number, all: readonly T[]) => U | readonly U[]): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) {
    const r = f(xs[i]!, i, xs);
    if (Array.isArray(r)) for (const y of r as readonly U[]) out.push(y);
    else out.push(r as U);
  }
  return out;
}
/**
 * `[...text.matchAll(re)]`, the same matches, by an exec loop (vspeed4). matchAll builds a copy of
 * the pattern for every call (the species constructor) and an iterator over it: about 0.7 µs for a
 * clause with no match against 0.1 µs for a plain test, and the rules call it per clause and per
 * source. As matchAll does, this starts at the pattern's lastIndex, steps past an empty match
 * (by a code point for a /u or /v pattern) and leaves the pattern's lastIndex as it found it; a
 * pattern without the g flag is refused as matchAll refuses it.
 */
export function matchesOf(text: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new TypeError('matchesOf: the pattern needs the g flag, as matchAll does');
  const saved = re.lastIndex;
  const out: RegExpExecArray[] = [];
  try {
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      out.push(m);
      if (m[0] === '') {
        const at = re.lastIndex;
        // (The flags last: reading re.flags makes a string, and a surrogate pair is rare.)
        const wide = at + 1 < text.length && (text.charCodeAt(at) & 0xfc00) === 0xd800 && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 && (re.unicode || re.flags.includes('v'));
        re.lastIndex = at + (wide ? 2 : 1);
      }
    }
  } finally {
    re.lastIndex = saved;
  }
  return out;
}
export function flatten<T>(xss: ReadonlyArray<readonly T[]>): T[] {
  const out: T[] = [];
  for (const xs of xss) for (const x of xs) out.push(x);
  return out;
}
