// Derives resources/dicts/wordnet-synonyms.txt from Princeton WordNet 3.0 as Debian packages it
// (`wordnet-base`; the WordNet 3.0 licence, a permissive BSD-style licence compatible with Tacet's
// AGPL-3.0-or-later; the licence text is copied beside the list).
//
//   node --import tsx scripts/build-wordnet-synonyms.ts   (needs `apt-get install wordnet-base`,
//                                                         or WORDNET_DIR=path to its dict folder)
//
// Why: the draft verifier (src/features/ai/claims) must accept a faithful sentence written in words
// it has never seen ("tearful" for "crying", "upset" for "distressed"). WordNet's synonym sets are a
// kept, general source of such pairs. Only each word's two most frequent senses are used (WordNet
// orders a lemma's senses by frequency), so rare senses ("dying" = "eager") never make two clinical
// words interchangeable. One line per synonym set: its single-word members, space-separated.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(repo, 'resources', 'dicts');
const dir = process.env.WORDNET_DIR ?? '/usr/share/wordnet';
if (!existsSync(join(dir, 'index.noun'))) throw new Error(`WordNet not found in ${dir}: apt-get install wordnet-base`);

const SENSES = Number(process.env.WORDNET_SENSES ?? 1);
const WORD = /^[a-z]{3,}$/;
// synset key ("n:01234567") -> single-word lemmas that have it among their first senses
const members = new Map<string, Set<string>>();
for (const [pos, file] of [['n', 'noun'], ['v', 'verb'], ['a', 'adj'], ['r', 'adv']] as const) {
  for (const line of readFileSync(join(dir, `index.${file}`), 'utf8').split('\n')) {
    if (line.startsWith(' ') || line.length === 0) continue;
    const f = line.split(' ');
    const lemma = f[0]!;
    if (!WORD.test(lemma)) continue;
    const synsetCount = Number(f[2]);
    const pointerCount = Number(f[3]);
    // lemma pos synset_cnt p_cnt [ptr_symbol × p_cnt] sense_cnt tagsense_cnt offsets…
    const offsets = f.slice(4 + pointerCount + 2, 4 + pointerCount + 2 + synsetCount);
    for (const off of offsets.slice(0, SENSES)) {
      const key = `${pos}:${off}`;
      let set = members.get(key);
      if (set === undefined) members.set(key, (set = new Set()));
      set.add(lemma);
    }
  }
}
const lines = new Set<string>();
for (const set of members.values()) {
  if (set.size < 2) continue;
  lines.add([...set].sort().join(' '));
}
const sorted = [...lines].sort();
writeFileSync(join(out, 'wordnet-synonyms.txt'), `${sorted.join('\n')}\n`);
const licence = ['/usr/share/doc/wordnet-base/copyright', join(dir, 'LICENSE')].find((p) => existsSync(p));
if (licence) copyFileSync(licence, join(out, 'licenses', 'wordnet-3.0.LICENSE.txt'));
console.log(`wordnet-synonyms.txt: ${sorted.length} synonym sets`);
