// What WordNet knows about a word (wordnet-lexicon.txt, built by build-wordnet-lexicon.ts): its base
// form, the part of speech it is mostly used as, the more general words for it, and its derived
// forms. The verifier uses them to align a draft's words with its sources' when the draft says the
// same thing in other words (issue 15): "alcohol" for "beers" (a hypernym: the draft is more
// general, never more specific), "admission" for "admit" (a nominalisation), and to tell a new
// everyday verb or adjective (re-wording) from a new noun (usually a new thing).
// The list is read once, on first use, and kept; lookups are memoised.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { wordnetLexicon, type WordNetEntry, type WordNetPos } from '../../../deid/wordnet-lexicon.ts';

export type Pos = WordNetPos;

let lexicon: ReadonlyMap<string, WordNetEntry> | undefined;
let irregular: ReadonlyMap<string, string> | undefined;

function load(): ReadonlyMap<string, WordNetEntry> {
  // One parse of the file per process, shared with the de-identification engine.
  const wn = wordnetLexicon();
  irregular = wn.irregular;
  return wn.entries;
}

// Morphy's detachment rules (WordNet's own lemmatiser), tried in order.
const SUFFIXES: ReadonlyArray<[string, string]> = [
  ['ies', 'y'], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['es', 'e'], ['es', ''], ['s', ''],
  ['ied', 'y'], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''], ['ier', 'y'], ['iest', 'y'], ['er', ''], ['est', ''], ['er', 'e'], ['est', 'e'],
];
const lemmaMemo = new Map<string, string | null>();

/** The WordNet base form of a lower-case word, or null when WordNet does not know it. */
export function lemma(word: string): string | null {
  const hit = lemmaMemo.get(word);
  if (hit !== undefined) return hit;
  lexicon ??= load();
  let out: string | null = null;
  if (lexicon.has(word)) out = word;
  else if (irregular!.has(word)) out = irregular!.get(word)!;
  else {
    for (const [suffix, to] of SUFFIXES) {
      if (!word.endsWith(suffix) || word.length - suffix.length < 2) continue;
      const base = word.slice(0, -suffix.length) + to;
      // "-er" and "-est" make comparatives of adjectives only: a "trainer" is not a form of "train".
      if (/^i?e(?:r|st)$/.test(suffix) && lexicon.get(base)?.pos !== 'a') continue;
      if (lexicon.has(base)) {
        out = base;
        break;
      }
      // "stopped", "planning": a doubled consonant before the suffix.
      if (to === '' && /([b-df-hj-np-tv-z])\1$/.test(base) && lexicon.has(base.slice(0, -1))) {
        out = base.slice(0, -1);
        break;
      }
    }
  }
  // "rechecked", "reassess": the verb again is the verb.
  if (out === null && word.startsWith('re') && word.length > 6) out = lemma(word.slice(2));
  if (lemmaMemo.size < 50_000) lemmaMemo.set(word, out);
  return out;
}

/** The part of speech the word is mostly used as, or null for a word WordNet does not know (rare). */
export function posOf(word: string): Pos | null {
  const l = lemma(word);
  return l === null ? null : lexicon!.get(l)!.pos;
}

/**
 * The semantic class of the word's most frequent sense (WordNet's lexicographer file without its
 * part of speech: "artifact", "state", "act", "communication", "contact", "possession"), or null.
 */
export function classOf(word: string): string | null {
  const l = lemma(word);
  return l === null ? null : lexicon!.get(l)!.cls || null;
}

/**
 * Every base form a word may have: its lemma and, for an irregular form that is also a word of
 * its own ("spoke", "left", "found"), the verb it is a form of ("speak", "leave", "find").
 */
export function lemmas(word: string): string[] {
  const l = lemma(word);
  if (l === null) return [];
  const v = irregular!.get(word);
  return v !== undefined && v !== l && lexicon!.has(v) ? [l, v] : [l];
}

/**
 * The word's lemmas and their derived forms and pertainyms ("awakening" → awaken, "renal" →
 * kidney, "spoke" → speak, speech): what a paraphrase may have turned it into.
 */
export function forms(word: string): string[] {
  const out = new Set<string>();
  for (const l of lemmas(word)) for (const x of family(l)) out.add(x);
  return [...out];
}

/** Lemmas a word stands for: itself, its derived forms ("admission" → "admit"). */
function family(l: string): string[] {
  return [l, ...lexicon!.get(l)!.deriv];
}

/**
 * Does a source word license the draft word by way of WordNet? The draft word, or one of its
 * derived forms, is the source word's lemma, one of its derived forms or (unless `hypernyms` is
 * false) one of the more general words for it. Compared in place: no sets are built per sentence.
 */
export function licenses(sourceWord: string, draftWord: string, hypernyms = true): boolean {
  const ds = lemmas(draftWord);
  if (ds.length === 0) return false;
  // The second reading of an irregular form ("spoke" as "speak") aligns by identity and derivation
  // only, never by a more general word: "written" is not licensed by "reports" through "write".
  const ss = lemmas(sourceWord);
  for (let i = 0; i < ss.length; i++) {
    const e = lexicon!.get(ss[i]!)!;
    for (let j = 0; j < ds.length; j++) for (const x of family(ds[j]!)) if (x === ss[i] || e.deriv.includes(x) || (hypernyms && i === 0 && j === 0 && e.hyper.includes(x))) return true;
  }
  return false;
}

// Clinical vocabulary: the OpenMedSpel medical word list less the everyday English list (both in
// resources/dicts, see THIRD_PARTY.md). What is left are the words of clinical practice ("nausea",
// "tremor", "ibuprofen", "migraine"): a draft that adds one names a clinical fact, never a
// re-wording. Read on first use.
let medical: Set<string> | undefined;
let everyday: Set<string> | undefined;
const readList = (name: string): Set<string> =>
  new Set(readFileSync(fileURLToPath(new URL(`../../../../resources/dicts/${name}`, import.meta.url)), 'utf8').split('\n').filter((l) => l.length > 0));

/** Is the word (or its base form) medical vocabulary that everyday English does not use? */
export function isSpecialistTerm(word: string): boolean {
  medical ??= readList('medical-words.txt');
  everyday ??= readList('everyday-words.txt');
  const bases = [word, ...lemmas(word)];
  // A plural WordNet does not know ("migraines"): its singular.
  if (word.endsWith('s') && word.length > 4) bases.push(word.slice(0, -1));
  return bases.some((b) => medical!.has(b)) && !bases.some((b) => everyday!.has(b));
}

// Direct antonyms (wordnet-antonyms.txt, built by build-wordnet-antonyms.ts): "refuse" / "accept",
// "early" / "late", "stable" / "unstable". Read on first use.
let antonymMap: Map<string, string[]> | undefined;

/** WordNet's direct antonyms of a lemma in one part of speech ([] when it has none). */
export function antonyms(lemmaWord: string, pos: Pos): readonly string[] {
  if (antonymMap === undefined) {
    antonymMap = new Map();
    for (const line of readFileSync(fileURLToPath(new URL('../../../../resources/dicts/wordnet-antonyms.txt', import.meta.url)), 'utf8').split('\n')) {
      const [a, b, p] = line.split(' ');
      if (a === undefined || b === undefined || p === undefined) continue;
      const list = antonymMap.get(`${a} ${p}`) ?? [];
      if (!list.includes(b)) list.push(b);
      antonymMap.set(`${a} ${p}`, list);
    }
  }
  return antonymMap.get(`${lemmaWord} ${pos}`) ?? [];
}
