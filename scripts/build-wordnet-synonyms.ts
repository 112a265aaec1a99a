// Derives resources/dicts/wordnet-synonyms.txt and wordnet-synonyms-all.txt from Princeton WordNet
// 3.0 as Debian packages it (`wordnet-base`; the WordNet 3.0 licence, a permissive BSD-style licence
// compatible with Tacet's AGPL-3.0-or-later; the licence text is copied beside the lists).
//
//   node --import tsx scripts/build-wordnet-synonyms.ts   (needs `apt-get install wordnet-base`,
//                                                         or WORDNET_DIR=path to its dict folder)
//
// Why: the draft verifier (src/features/ai/claims) must accept a faithful sentence written in words
// it has never seen ("tearful" for "crying", "upset" for "distressed"). WordNet's synonym sets are a
// kept, general source of such pairs. WordNet orders a lemma's senses by frequency, so each list
// takes a word's first senses only, and rare senses ("dying" = "eager") never make two clinical
// words interchangeable. One line per synonym set: its single-word members, space-separated.
// - wordnet-synonyms.txt, each word's first sense: the verifier reads contradictions through it.
// - wordnet-synonyms-all.txt, the first three senses: used ONLY to decide that a draft word is not
//   an invention. The first-sense list misses everyday paraphrases whose shared meaning is not the
//   most frequent sense of one of the words ("boss" and "supervisor", "phone" and "call"), and a
//   rare sense must never make two words "the same" and then "opposed". Beyond the third sense,
//   common words' senses are mostly figurative or technical.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(repo, 'resources', 'dicts');
const dir = process.env.WORDNET_DIR ?? '/usr/share/wordnet';
if (!existsSync(join(dir, 'index.noun'))) throw new Error(`WordNet not found in ${dir}: apt-get install wordnet-base`);

const WORD = /^[a-z]{3,}$/;

/** Synonym sets of two or more single words, taking each lemma's first `senses` senses. */
function synonymSets(senses: number): string[] {
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
      for (const off of offsets.slice(0, senses)) {
        const key = `${pos}:${off}`;
        let set = members.get(key);
        if (set === undefined) members.set(key, (set = new Set()));
        set.add(lemma);
      }
    }
  }
  const lines = new Set<string>();
  for (const set of members.values()) if (set.size >= 2) lines.add([...set].sort().join(' '));
  return [...lines].sort();
}

for (const [file, senses] of [['wordnet-synonyms.txt', 1], ['wordnet-synonyms-all.txt', 3]] as const) {
  const sets = synonymSets(senses);
  writeFileSync(join(out, file), `${sets.join('\n')}\n`);
  console.log(`${file}: ${sets.length} synonym sets (first ${senses} sense${senses > 1 ? 's' : ''})`);
}
const licence = ['/usr/share/doc/wordnet-base/copyright', join(dir, 'LICENSE')].find((p) => existsSync(p));
if (licence) copyFileSync(licence, join(out, 'licenses', 'wordnet-3.0.LICENSE.txt'));
