// Derives resources/dicts/medical-eponyms.txt from Debian's `hunspell-en-med` (OpenMedSpel,
// GPL-3+, the licence already beside medical-words.txt): the proper nouns a medical spelling
// dictionary knows — eponyms of signs, diseases, scales, positions, devices and operations
// (Trendelenburg, Whipple, Lewy, Hashimoto's), drug and device brands, organisms and places named in
// medicine. medical-words.txt keeps only the lower-case vocabulary; this list is the other half.
// Many entries are also ordinary surnames (Murphy, Wilson), so the list never unmarks a name on its
// own: src/deid/clinical-eponyms.ts asks for a clinical text AND an eponym's context around it.
//
//   node --import tsx scripts/build-medical-eponyms.ts   (needs apt-get, or HUNSPELL_EN_MED_DIC=path)
//
// Kept: capitalised entries, and lower-case entries that are a person's name rather than English
// (build-medical-dict.ts leaves those out of medical-words.txt: "hashimoto"), or written with a
// possessive ("graves'"). Folded to
// lower case, the possessive dropped; hyphenated forms kept whole ("osgood-schlatter").
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hunspellEnMed } from './hunspell-en-med.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(repo, 'resources', 'dicts');

const { dic } = hunspellEnMed();

const readList = (name: string): Set<string> => new Set(readFileSync(join(out, name), 'utf8').split('\n').filter(Boolean));
const first = readList('first-names.txt');
const last = readList('last-names.txt');
const common = readList('common-words.txt');

const ENTRY = /^[A-Za-z][A-Za-z-]*[a-z](?:'s|'|s')?$/;
const words = new Set<string>();
for (const line of readFileSync(dic, 'utf8').split('\n').slice(1)) {
  const w = line.split('/')[0]!.trim();
  if (!ENTRY.test(w)) continue;
  const key = w.toLowerCase().replace(/(?:'s|')$/, '');
  if (key.length < 3) continue;
  const capitalised = /^[A-Z]/.test(w);
  // A lower-case entry only with its possessive ("graves'") or when it is a name and not English
  // (the half medical-words.txt drops).
  if (!capitalised && !w.includes("'") && !((first.has(key) || last.has(key)) && !common.has(key))) continue;
  words.add(key);
}
const list = [...words].sort();
writeFileSync(join(out, 'medical-eponyms.txt'), list.join('\n') + '\n');
console.log(`medical-eponyms.txt: ${list.length} entries`);
