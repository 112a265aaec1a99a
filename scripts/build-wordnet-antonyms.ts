// Derives resources/dicts/wordnet-antonyms.txt from Princeton WordNet 3.0 as Debian packages it
// (`wordnet-base`, the WordNet 3.0 licence, see resources/dicts/licenses/wordnet-3.0.LICENSE.txt):
//
//   node --import tsx scripts/build-wordnet-antonyms.ts      (needs `apt-get install wordnet-base`,
//                                                             or WORDNET_DIR=its dict folder)
//
// Why (issue 15, round 9): a draft that states the opposite predicate of its source ("she refused
// the plan" / "she accepted the plan", "symptoms worsened" / "symptoms improved") adds no negation
// and no number; the word-level check sees one new word and calls the sentence unsupported. WordNet's
// direct antonym pointers ("!", lexical: word to word) name those opposites. Only words SemCor has
// seen in that part of speech are kept (the everyday vocabulary), both ways, one pair a line:
//   word antonym pos          (pos: a v r n)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.WORDNET_DIR ?? '/usr/share/wordnet';
if (!existsSync(join(dir, 'index.noun'))) throw new Error(`WordNet not found in ${dir}: apt-get install wordnet-base`);
const out = new URL('../resources/dicts/wordnet-antonyms.txt', import.meta.url);
const WORD = /^[a-z]{3,}$/;
const FILES = [['a', 'adj'], ['v', 'verb'], ['r', 'adv'], ['n', 'noun']] as const;
const SS: Record<string, string> = { '1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a' };

// Lemmas seen in the sense-tagged corpus, by part of speech.
const seen = new Set<string>();
for (const line of readFileSync(join(dir, 'cntlist.rev'), 'utf8').split('\n')) {
  const m = /^([^%]+)%(\d)/.exec(line.split(' ')[0] ?? '');
  if (m !== null && Number(line.split(' ')[2] ?? 0) > 0) seen.add(`${m[1]} ${SS[m[2]!]}`);
}

// Synset words by file and offset, then each lexical antonym pointer.
const words = new Map<string, string[]>();
const pointers: Array<[string, string, number, number, string]> = [];
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
      if (f[k] !== '!') continue;
      const st = f[k + 3]!;
      const tpos = f[k + 2] === 's' ? 'a' : f[k + 2]!;
      pointers.push([`${pos}${f[0]}`, `${tpos}${f[k + 1]}`, parseInt(st.slice(0, 2), 16), parseInt(st.slice(2), 16), pos]);
    }
  }
}
const pairs = new Set<string>();
for (const [from, to, s, t, pos] of pointers) {
  const a = words.get(from)?.[s - 1];
  const b = words.get(to)?.[t - 1];
  if (a === undefined || b === undefined || !WORD.test(a) || !WORD.test(b)) continue;
  if (!seen.has(`${a} ${pos}`) || !seen.has(`${b} ${pos}`)) continue;
  pairs.add(`${a} ${b} ${pos}`);
  pairs.add(`${b} ${a} ${pos}`);
}
writeFileSync(out, `${[...pairs].sort().join('\n')}\n`);
console.log(`${pairs.size} antonym pairs → ${out.pathname}`);
