// Derives resources/dicts/wordnet-derived.txt from Princeton WordNet 3.0 as Debian packages it
// (`wordnet-base`, the WordNet 3.0 licence, see resources/dicts/licenses/wordnet-3.0.LICENSE.txt):
//
//   node --import tsx scripts/build-wordnet-derived.ts      (needs `apt-get install wordnet-base`,
//                                                            or WORDNET_DIR=its dict folder)
//
// Why (issue 15, round vsame): a faithful draft turns the source's verbs and adjectives into nouns and
// back ("agitated" / "agitation", "tearful" / "tearfulness", "isolated" / "isolation", "cardiac" /
// "heart"). wordnet-lexicon.txt holds derived forms only for the ~19,000 lemmas SemCor has seen and
// only its first sense's; this table holds, for every single-word lemma of every part of speech, the
// words WordNet links to it word by word in any sense: derivationally related forms ("+"),
// pertainyms ("\"), participles ("<") and the attribute links between a noun and its adjectives
// ("="). One lemma a line, its relatives after it:
//   lemma relative relative …
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.WORDNET_DIR ?? '/usr/share/wordnet';
if (!existsSync(join(dir, 'index.noun'))) throw new Error(`WordNet not found in ${dir}: apt-get install wordnet-base`);
const out = new URL('../resources/dicts/wordnet-derived.txt', import.meta.url);
const WORD = /^[a-z]{3,}$/;
const FILES = [['a', 'adj'], ['v', 'verb'], ['r', 'adv'], ['n', 'noun']] as const;
const KEEP = new Set(['+', '\\', '<', '=']);

const words = new Map<string, string[]>();
const pointers: Array<[string, string, number, number]> = [];
for (const [pos, name] of FILES) {
  for (const line of readFileSync(join(dir, `data.${name}`), 'utf8').split('\n')) {
    if (line.startsWith(' ') || line.length === 0) continue;
    const f = line.split(' | ')[0]!.split(' ');
    const n = parseInt(f[3]!, 16);
    const ws = Array.from({ length: n }, (_, k) => f[4 + 2 * k]!.replace(/\(.*\)$/, '').toLowerCase());
    words.set(`${pos}${f[0]}`, ws);
    let k = 4 + 2 * n;
    const p = Number(f[k]);
    k++;
    for (let j = 0; j < p; j++, k += 4) {
      if (!KEEP.has(f[k]!)) continue;
      const st = f[k + 3]!;
      const tpos = f[k + 2] === 's' ? 'a' : f[k + 2]!;
      pointers.push([`${pos}${f[0]}`, `${tpos}${f[k + 1]}`, parseInt(st.slice(0, 2), 16), parseInt(st.slice(2), 16)]);
    }
  }
}
const rel = new Map<string, Set<string>>();
const link = (a: string, b: string): void => {
  if (a === b || !WORD.test(a) || !WORD.test(b)) return;
  (rel.get(a) ?? rel.set(a, new Set()).get(a)!).add(b);
  (rel.get(b) ?? rel.set(b, new Set()).get(b)!).add(a);
};
for (const [from, to, s, t] of pointers) {
  const a = words.get(from);
  const b = words.get(to);
  if (a === undefined || b === undefined) continue;
  // 0000: a link between the two synsets, every word of one to every word of the other.
  if (s === 0 && t === 0) for (const x of a) for (const y of b) link(x, y);
  else if (a[s - 1] !== undefined && b[t - 1] !== undefined) link(a[s - 1]!, b[t - 1]!);
}
const lines = [...rel.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([w, r]) => `${w} ${[...r].sort().join(' ')}`);
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${lines.length} lemmas`);
