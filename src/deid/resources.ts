// Word lists the detectors consult, derived by scripts/build-dicts.ts into resources/dicts/.
//
// Loading is lazy and synchronous: the first call of any detector reads the eight lists (about
// 4.5 MB, ~130 ms) and keeps them for the life of the process. A server that wants that cost paid at
// start-up rather than on the first request calls `await loadDeidResources()` once.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface DeidResources {
  firstNames: ReadonlySet<string>;
  lastNames: ReadonlySet<string>;
  /** English and medical vocabulary (names removed): a name in here needs context. */
  commonWords: ReadonlySet<string>;
  /** SCOWL's most frequent ~11k words. */
  everydayWords: ReadonlySet<string>;
  /** Frequent first names and surnames. */
  popularNames: ReadonlySet<string>;
  /** Towns: every US ZIP code's city, and the world's towns WordNet names (world-towns.txt). */
  usCities: ReadonlySet<string>;
  /** Medical vocabulary (OpenMedSpel via Debian's hunspell-en-med), names that are not words left out. */
  medicalWords: ReadonlySet<string>;
  /** First words of the city names ("san" of "san luis obispo"): a cheap gate for city lookups. */
  cityFirstWords: ReadonlySet<string>;
  /** One-word city names that are also English vocabulary ("reading", "hemlock"). */
  cityVocabulary: ReadonlySet<string>;
}

let cached: DeidResources | undefined;

export function dictDir(): string {
  // An override for packaged deployments that place the lists elsewhere.
  const override = process.env.TACET_DEID_DICTS;
  if (override) return override.endsWith('/') ? override : `${override}/`;
  return fileURLToPath(new URL('../../resources/dicts/', import.meta.url));
}

function readList(dir: string, name: string): Set<string> {
  const set = new Set<string>();
  for (const line of readFileSync(dir + name, 'utf8').split('\n')) if (line) set.add(line);
  return set;
}

export function resources(): DeidResources {
  if (cached) return cached;
  const dir = dictDir();
  const usCities = readList(dir, 'us-cities.txt');
  for (const town of readList(dir, 'world-towns.txt')) usCities.add(town);
  const cityFirstWords = new Set<string>();
  for (const c of usCities) cityFirstWords.add(c.split(' ')[0]!);
  cached = {
    firstNames: readList(dir, 'first-names.txt'),
    lastNames: readList(dir, 'last-names.txt'),
    commonWords: readList(dir, 'common-words.txt'),
    everydayWords: readList(dir, 'everyday-words.txt'),
    popularNames: readList(dir, 'popular-names.txt'),
    usCities,
    medicalWords: readList(dir, 'medical-words.txt'),
    cityFirstWords,
    cityVocabulary: readList(dir, 'city-vocabulary.txt'),
  };
  return cached;
}

/** Loads the word lists now instead of at first use. Safe to call more than once. */
export function loadDeidResources(): Promise<void> {
  resources();
  return Promise.resolve();
}
