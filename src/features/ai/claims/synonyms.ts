// Synonyms from WordNet (resources/dicts/wordnet-synonyms.txt, built by
// scripts/build-wordnet-synonyms.ts from each word's most frequent sense only): "upset" for
// "worried", "scared" for "frightened", "job" for "occupation". A faithful draft sentence in words
// the verifier's own paraphrase classes do not know is then still matched to its source, and the
// matched words are compared for polarity, time, person and certainty like any other match.
// The list is read once, on first use (a few milliseconds), and kept.
//
// A second, wider list (wordnet-synonyms-all.txt, each word's first three senses) serves support
// alignment only: `synonymousForSupport` answers "may this draft word be a paraphrase of that
// source word, so that it is not an invention?". It never feeds a contradiction: two words that share
// only a secondary sense must not then be compared for polarity or direction as if they were one.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stem } from './text.ts';

let index: Map<string, number[]> | undefined;
let wide: Map<string, number[]> | undefined;

function load(name: string): Map<string, number[]> {
  const map = new Map<string, number[]>();
  const file = fileURLToPath(new URL(`../../../../resources/dicts/${name}`, import.meta.url));
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length === 0) continue;
    for (const w of line.split(' ')) {
      const key = stem(w);
      const sets = map.get(key);
      if (sets === undefined) map.set(key, [i]);
      else if (sets[sets.length - 1] !== i) sets.push(i);
    }
  }
  return map;
}

/** Do two word keys (stems, as CToken.key) share a synonym set? */
export function synonymous(a: string, b: string): boolean {
  if (a === b) return false;
  index ??= load('wordnet-synonyms.txt');
  return share(index, a, b);
}

/** Do two word keys share a synonym set among either word's first three senses? Support alignment only. */
export function synonymousForSupport(a: string, b: string): boolean {
  if (a === b) return false;
  wide ??= load('wordnet-synonyms-all.txt');
  return share(wide, a, b);
}

function share(map: ReadonlyMap<string, number[]>, a: string, b: string): boolean {
  const x = map.get(a);
  if (x === undefined) return false;
  const y = map.get(b);
  if (y === undefined) return false;
  for (const i of x) if (y.includes(i)) return true;
  return false;
}
