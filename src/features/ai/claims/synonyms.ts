// Synonyms from WordNet (resources/dicts/wordnet-synonyms.txt, built by
// scripts/build-wordnet-synonyms.ts from each word's most frequent sense only): "upset" for
// "worried", "scared" for "frightened", "job" for "occupation". A faithful draft sentence in words
// the verifier's own paraphrase classes do not know is then still matched to its source, and the
// matched words are compared for polarity, time, person and certainty like any other match.
// The list is read once, on first use (a few milliseconds), and kept.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stem } from './text.ts';

let index: Map<string, number[]> | undefined;

function load(): Map<string, number[]> {
  const map = new Map<string, number[]>();
  const file = fileURLToPath(new URL('../../../../resources/dicts/wordnet-synonyms.txt', import.meta.url));
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
  index ??= load();
  const x = index.get(a);
  if (x === undefined) return false;
  const y = index.get(b);
  if (y === undefined) return false;
  for (const i of x) if (y.includes(i)) return true;
  return false;
}
