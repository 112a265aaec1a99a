// Derives resources/dicts/medical-words.txt from Debian's `hunspell-en-med` (OpenMedSpel, GPL-3+,
// compatible with Tacet's AGPL-3.0-or-later; the licence is copied beside the list).
//
//   node --import tsx scripts/build-medical-dict.ts   (needs apt-get, or HUNSPELL_EN_MED_DIC=path)
//
// Clinical vocabulary must not read as a name: a nursing note's "tan secretions" or "swan" is a
// colour and a catheter. Only lower-case entries are kept (capitalised ones are eponyms and places),
// and an entry that is a person's name and not ordinary English ("johnson", "aline") is left out:
// the list may make a word harder to call a name, never a name impossible to catch.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hunspellEnMed } from './hunspell-en-med.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(repo, 'resources', 'dicts');

const { dic, copyright } = hunspellEnMed();

const readList = (name: string): Set<string> => new Set(readFileSync(join(out, name), 'utf8').split('\n').filter(Boolean));
const first = readList('first-names.txt');
const last = readList('last-names.txt');
const common = readList('common-words.txt');

const WORD = /^[a-z][a-z-]*[a-z0-9]$/;
const words = new Set<string>();
for (const line of readFileSync(dic, 'utf8').split('\n').slice(1)) {
  const w = line.split('/')[0]!.trim();
  if (!WORD.test(w)) continue;
  if ((first.has(w) || last.has(w)) && !common.has(w)) continue;
  words.add(w);
}
const list = [...words].sort();
writeFileSync(join(out, 'medical-words.txt'), list.join('\n') + '\n');
console.log(`medical-words.txt: ${list.length} entries`);
if (copyright) copyFileSync(copyright, join(out, 'licenses', 'hunspell-en-med.copyright.txt'));
