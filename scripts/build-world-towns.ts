// Derives resources/dicts/world-towns.txt from Princeton WordNet 3.0 as Debian packages it
// (`wordnet-base`, the WordNet 3.0 licence, see resources/dicts/licenses/wordnet-3.0.LICENSE.txt):
//
//   node --import tsx scripts/build-world-towns.ts        (needs `apt-get install wordnet-base`,
//                                                        or WORDNET_DIR=its dict folder)
//
// Why (issue 14, R35): the gazetteer of towns (us-cities.txt) is American, so a client's town in
// Canada, Britain, Australia or anywhere else is read only where a rule needs no list. WordNet names
// about 1,700 towns and cities of the world as instances of a city, town, port or capital; those
// are added to the gazetteer, and the same guards apply to them as to American towns (a town that is
// also an everyday word or a frequent name needs a capital and a word of place). Countries, states
// and provinces are not in the list: Safe Harbor does not ask for them.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.WORDNET_DIR ?? '/usr/share/wordnet';
if (!existsSync(join(dir, 'data.noun'))) throw new Error(`WordNet not found in ${dir}: apt-get install wordnet-base`);
const out = new URL('../resources/dicts/world-towns.txt', import.meta.url);

const KINDS = new Set(['city', 'town', 'port', 'national_capital', 'state_capital', 'provincial_capital', 'urban_center', 'municipality', 'village', 'suburb', 'borough', 'seaport', 'metropolis']);
const synsets = new Map<string, { words: string[]; instanceOf: string[] }>();
for (const line of readFileSync(join(dir, 'data.noun'), 'latin1').split('\n')) {
  if (line.startsWith(' ') || line.length === 0) continue;
  const f = line.split(' ');
  const wCnt = parseInt(f[3]!, 16);
  const words = Array.from({ length: wCnt }, (_, k) => f[4 + 2 * k]!);
  let p = 4 + 2 * wCnt;
  const pCnt = Number(f[p]);
  const instanceOf: string[] = [];
  for (let k = 0; k < pCnt; k++, p += 4) if (f[p + 1] === '@i') instanceOf.push(f[p + 2]!);
  synsets.set(f[0]!, { words, instanceOf });
}
const towns = new Set<string>();
for (const s of synsets.values()) {
  if (!s.instanceOf.some((o) => (synsets.get(o)?.words ?? []).some((w) => KINDS.has(w.toLowerCase())))) continue;
  for (const w of s.words) {
    const town = w.replace(/\(.*\)$/, '').replace(/_/g, ' ').toLowerCase();
    if (/^[a-z][a-z .'-]*[a-z]$/.test(town)) towns.add(town);
  }
}
const list = [...towns].sort();
writeFileSync(out, list.join('\n') + '\n');
console.log(`world-towns.txt: ${list.length} entries`);
