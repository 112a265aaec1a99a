// Derives resources/dicts/wordnet-synonyms-all.txt: like wordnet-synonyms.txt (see
// scripts/build-wordnet-synonyms.ts), but from each word's first three senses instead of its first
// one. Princeton WordNet 3.0 as Debian packages it (`wordnet-base`; WordNet 3.0 licence, permissive,
// BSD-style, compatible with AGPL-3.0-or-later; licence text already beside the lists).
//
//   node --import tsx scripts/build-wordnet-synonyms-all.ts   (apt-get install wordnet-base,
//                                                              or WORDNET_DIR=path to its dict folder)
//
// Why a second list: the first-sense list misses everyday paraphrases whose shared meaning is not
// the most frequent sense of one of the words ("boss" and "supervisor", "phone" and "call", "chores"
// and "housework"), and a faithful draft sentence is then flagged as adding a word. The verifier
// uses this wider list ONLY to decide that a draft word is not an invention (support alignment);
// contradictions are still read through the narrow list, so a rare sense can never make two words
// "the same" and then "opposed". Three senses, not all: beyond the third, WordNet's senses of
// common words are mostly figurative or technical (an all-senses list makes "dying" = "eager").
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.env.WORDNET_DIR ?? '/usr/share/wordnet';
if (!existsSync(join(dir, 'index.noun'))) throw new Error(`WordNet not found in ${dir}: apt-get install wordnet-base`);

const SENSES = Number(process.env.WORDNET_SENSES ?? 3);
const WORD = /^[a-z]{3,}$/;
// synset key ("n:01234567") -> single-word lemmas that have it among their first SENSES senses
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
for (const set of members.values()) if (set.size >= 2) lines.add([...set].sort().join(' '));
const sorted = [...lines].sort();
writeFileSync(join(repo, 'resources', 'dicts', 'wordnet-synonyms-all.txt'), `${sorted.join('\n')}\n`);
console.log(`wordnet-synonyms-all.txt: ${sorted.length} synonym sets (first ${SENSES} senses)`);
