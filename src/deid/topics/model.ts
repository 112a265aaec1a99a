// A learned second opinion for the sensitive topics (R36): one logistic regression per topic over
// interpretable features of a sentence, trained here on our own hand-written development
// sentences by scripts/train-topics.ts and shipped as resources/dicts/topic-model.json (weights,
// thresholds and the WordNet-derived lemma and hypernym tables the features need). The rules
// catch what they were written for; the model is meant for the situation told in other words —
// its features generalise a sentence's words to their lemmas, their WordNet senses and more
// general senses (hypernyms), and the topic concept classes with their pairs.
//
// Features of a sentence (names as in the model file, so a weight can be read and explained):
//   u:<lemma>            a word, lemmatised (WordNet's exceptions and suffix rules)
//   b:<lemma>_<lemma>    two adjacent words
//   s:<synset> h:<synset> a sense of a noun or verb (first two senses) and its more general senses
//   c:<CLASS> cc:<A>+<B> a topic concept class of concepts.ts, and two classes in one sentence
//   neg, x:1p, x:3p, x:note, x:q  negation, first/third person, a clinician's note, a question
// Nothing is downloaded: WordNet 3.0 (Debian wordnet-base) is read only by the training script.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CLASS_NAMES, conceptBits } from './concepts.ts';
import { abuse } from './abuse.ts';
import { normalise } from './engine.ts';
import { immigration } from './immigration.ts';
import { NEGATION } from './rules.ts';
import { sexual } from './sexual.ts';

// The rules' masks for the other senses of topic words ("ice cream", "substance abuse", "touching
// base"), blanked before the words are read, as the rules do: a learned weight for "ice" or
// "abuse" then only ever sees the topic's sense.
const MASKS = [immigration, sexual, abuse].flatMap((r) => r.masks);

/** What feature extraction needs of a dictionary: base forms and senses. */
export interface Lexicon {
  /** True when `w` is a base form the lexicon knows (a word never seen needs no lemma). */
  known(w: string): boolean;
  /** Irregular inflections ("went" -> "go", "children" -> "child"). */
  irregular(w: string): string | undefined;
  /** Sense and hypernym feature names of a lemma (without the prefix-free lemma itself). */
  senses(lemma: string): readonly string[];
  /** A cached `lemmatise(w, this)`, when the lexicon keeps one. */
  lemma?(w: string): string;
}

// Closed-class words are their own base form ("his" is not the plural of "hi", nor "was" of "wa").
export const FUNCTION_WORDS = new Set(
  ('i me my mine myself we us our ours you your he him his she her hers they them their it its this that these those ' +
    'a an the and or but if so as at by for from in into of on onto to with without about after before since until ' +
    'is was are were be been being am has had have do does did not no yes always ever less'
  ).split(' '),
);

// WordNet's morphy rules, nouns then verbs: a suffix and what replaces it.
const SUFFIXES: readonly [string, string][] = [
  ['ies', 'y'], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['s', ''],
  ['es', 'e'], ['es', ''], ['ied', 'y'], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''],
];

/** The base form of a lower-case word: the word itself when known, else an irregular form or a suffix rule's first known result. */
export function lemmatise(w: string, lex: Lexicon): string {
  if (FUNCTION_WORDS.has(w) || lex.known(w)) return w;
  const irr = lex.irregular(w);
  if (irr) return irr;
  for (const [suf, rep] of SUFFIXES) {
    if (w.length > suf.length + 1 && w.endsWith(suf)) {
      const base = w.slice(0, -suf.length) + rep;
      if (lex.known(base)) return base;
      // "stopped" -> "stop", "hitting" -> "hit": a doubled consonant before -ed/-ing.
      if ((suf === 'ed' || suf === 'ing') && rep === '' && base.length > 2 && base[base.length - 1] === base[base.length - 2]) {
        const single = base.slice(0, -1);
        if (lex.known(single)) return single;
      }
    }
  }
  return w;
}

const APOSTROPHES = /[’‘`´]/g;
const CONTRACTION: Record<string, string[]> = {
  "can't": ['can', 'not'], cant: ['can', 'not'], "won't": ['will', 'not'], wont: ['will', 'not'], "ain't": ['be', 'not'],
  dont: ['do', 'not'], doesnt: ['do', 'not'], didnt: ['do', 'not'], isnt: ['be', 'not'], wasnt: ['be', 'not'], werent: ['be', 'not'],
  havent: ['have', 'not'], hasnt: ['have', 'not'], hadnt: ['have', 'not'], couldnt: ['could', 'not'], wouldnt: ['would', 'not'], shouldnt: ['should', 'not'],
  im: ['i', 'be'], ive: ['i', 'have'], bc: ['because'], cuz: ['because'], bf: ['boyfriend'], gf: ['girlfriend'], w: ['with'], u: ['you'], ur: ['your'],
};
const PRONOUN_BE: Record<string, string> = { "'m": 'be', "'re": 'be', "'s": '', "'ve": 'have', "'ll": 'will', "'d": 'would' };
const FIRST = new Set(['i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours']);
const THIRD = new Set(['he', 'him', 'his', 'she', 'her', 'hers', 'they', 'them', 'their']);
const NOTE_START = /^(?:client|cl|pt|patient|adolescent|child|couple|family|mother|father|reports?|denies|history|hx|per)\b/;
const WORD = /[a-z]+(?:'[a-z]+)?/g;

/** The words of a sentence, lower-cased, contractions opened ("didn't" -> "do not"), possessives dropped. */
export function words(sentence: string): string[] {
  const out: string[] = [];
  const s = sentence.toLowerCase().replace(APOSTROPHES, "'");
  for (const m of s.matchAll(WORD)) {
    let w = m[0];
    const open = CONTRACTION[w];
    if (open) {
      out.push(...open);
      continue;
    }
    if (w.endsWith("n't")) {
      out.push(w === "won't" ? 'will' : w.slice(0, -3), 'not');
      continue;
    }
    const ap = w.indexOf("'");
    if (ap > 0) {
      const tail = PRONOUN_BE[w.slice(ap)];
      w = w.slice(0, ap);
      out.push(w);
      if (tail) out.push(tail);
      continue;
    }
    out.push(w);
  }
  return out;
}

/**
 * The feature names of one sentence (deduplicated). `anchored`: the sentence holds a word of some
 * topic's gate (see gate.ts); only then can a mask apply (every masked sense holds a gate word), so
 * the ~80 mask patterns run on those sentences only — at training exactly as at run time.
 */
export function sentenceFeatures(sentence: string, lex: Lexicon, anchored = true): string[] {
  const a = analyse(sentence, lex, anchored);
  const f = new Set<string>();
  const { lemmas } = a;
  for (let i = 0; i < lemmas.length; i++) {
    const l = lemmas[i]!;
    f.add(`u:${l}`);
    if (i + 1 < lemmas.length) f.add(`b:${l}_${lemmas[i + 1]}`);
    for (const s of lex.senses(l)) f.add(s);
  }
  for (const c of a.classes) f.add(`c:${c}`);
  for (const p of classPairs(a.classes)) f.add(p);
  for (const x of a.flags) f.add(x);
  return [...f];
}

/** What the features are made of: the lemmas, the concept classes present, and the flags. */
function analyse(sentence: string, lex: Lexicon, anchored: boolean): { lemmas: string[]; classes: string[]; flags: string[] } {
  let lower = normalise(sentence);
  if (anchored) {
    for (const m of MASKS) {
      m.lastIndex = 0;
      if (m.test(lower)) lower = lower.replace(m, ' ');
    }
  }
  const ws = words(lower);
  const lemmas = ws.map((w) => (lex.lemma ? lex.lemma(w) : lemmatise(w, lex)));
  const bits = conceptBits(lower);
  const classes: string[] = [];
  if (bits) for (let i = 0; i < CLASS_NAMES.length; i++) if (bits & (1 << i)) classes.push(CLASS_NAMES[i]!);
  const flags: string[] = [];
  NEGATION.lastIndex = 0;
  if (NEGATION.test(lower)) flags.push('neg');
  if (ws.some((w) => FIRST.has(w))) flags.push('x:1p');
  if (ws.some((w) => THIRD.has(w))) flags.push('x:3p');
  if (NOTE_START.test(lower.trimStart())) flags.push('x:note');
  if (lower.trimEnd().endsWith('?')) flags.push('x:q');
  return { lemmas, classes, flags };
}

function classPairs(classes: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < classes.length; i++) for (let j = i + 1; j < classes.length; j++) out.push(`cc:${classes[i]}+${classes[j]}`);
  return out;
}

/** The shipped model file. Weights are sparse: `[feature index, weight]` pairs. */
export interface TopicModelFile {
  about: string;
  features: string[];
  topics: Record<string, { bias: number; threshold: number; weights: [number, number][] }>;
  /** Every base form the features were computed with (the lemmatiser's dictionary). */
  lemmas: string[];
  /** Irregular form -> base form, for base forms in `lemmas`. */
  irregular: Record<string, string>;
  /** Base form -> indices (into `features`) of its sense and hypernym features. */
  senses: Record<string, number[]>;
}

export interface TopicModel {
  topics: string[];
  /** The model's score (log-odds) for each topic, and whether it passes the topic's threshold. */
  score(sentence: string, anchored?: boolean): { topic: string; score: number; threshold: number }[];
  /** The model's features for a sentence that carry weight for `topic`, strongest first (to explain a decision). */
  explain(sentence: string, topic: string, anchored?: boolean): [string, number][];
  /** The feature indices of a sentence, the fast way and by names (they must be the same set). */
  featureIds(sentence: string, anchored: boolean): { fast: number[]; byName: number[] };
}

export function compileModel(file: TopicModelFile): TopicModel {
  const index = new Map(file.features.map((n, i) => [n, i]));
  const lemmaSet = new Set(file.lemmas);
  const irregular = new Map(Object.entries(file.irregular));
  const senseNames = new Map(Object.entries(file.senses).map(([l, ids]) => [l, ids.map((i) => file.features[i]!)]));
  const lex: Lexicon = { known: (w) => lemmaSet.has(w), irregular: (w) => irregular.get(w), senses: (l) => senseNames.get(l) ?? [] };
  // Lemmas are worked out once per distinct word (the dictionary is fixed, so the cache is exact).
  const lemmaCache = new Map<string, string>();
  lex.lemma = (w) => {
    let hit = lemmaCache.get(w);
    if (hit === undefined) {
      hit = lemmatise(w, lex);
      if (lemmaCache.size > 50_000) lemmaCache.clear();
      lemmaCache.set(w, hit);
    }
    return hit;
  };

  const topics = Object.keys(file.topics);
  const dense = topics.map((t) => {
    const w = new Float64Array(file.features.length);
    for (const [i, v] of file.topics[t]!.weights) w[i] = v;
    return w;
  });
  // The same features as sentenceFeatures, as indices, without building a name for every word:
  // a lemma's own and sense features are looked up once, a pair only after a lemma that starts one.
  const lemmaIds = new Map<string, number[]>();
  const idsOfLemma = (l: string): number[] => {
    let hit = lemmaIds.get(l);
    if (hit === undefined) {
      hit = [index.get(`u:${l}`), ...lex.senses(l).map((n) => index.get(n))].filter((i): i is number => i !== undefined);
      if (lemmaIds.size > 50_000) lemmaIds.clear();
      lemmaIds.set(l, hit);
    }
    return hit;
  };
  const pairHeads = new Set(file.features.filter((n) => n.startsWith('b:')).map((n) => n.slice(2, n.indexOf('_', 2))));
  const ids = (sentence: string, anchored: boolean): number[] => {
    const a = analyse(sentence, lex, anchored);
    const out = new Set<number>();
    const add = (i: number | undefined): void => {
      if (i !== undefined) out.add(i);
    };
    const { lemmas } = a;
    for (let i = 0; i < lemmas.length; i++) {
      const l = lemmas[i]!;
      for (const id of idsOfLemma(l)) out.add(id);
      if (i + 1 < lemmas.length && pairHeads.has(l)) add(index.get(`b:${l}_${lemmas[i + 1]}`));
    }
    for (const c of a.classes) add(index.get(`c:${c}`));
    if (a.classes.length > 1) for (const p of classPairs(a.classes)) add(index.get(p));
    for (const x of a.flags) add(index.get(x));
    return [...out];
  };
  /** The slow way, by names: kept to test that `ids` gives the same features. */
  const idsByName = (sentence: string, anchored: boolean): number[] =>
    sentenceFeatures(sentence, lex, anchored)
      .map((n) => index.get(n))
      .filter((i): i is number => i !== undefined);
  return {
    topics,
    featureIds: (sentence, anchored) => ({ fast: ids(sentence, anchored), byName: idsByName(sentence, anchored) }),
    score(sentence, anchored = true) {
      const f = ids(sentence, anchored);
      return topics.map((t, k) => {
        let z = file.topics[t]!.bias;
        const w = dense[k]!;
        for (const i of f) z += w[i]!;
        return { topic: t, score: z, threshold: file.topics[t]!.threshold };
      });
    },
    explain(sentence, topic, anchored = true) {
      const k = topics.indexOf(topic);
      if (k < 0) return [];
      const w = dense[k]!;
      return ids(sentence, anchored)
        .map((i): [string, number] => [file.features[i]!, w[i]!])
        .filter(([, v]) => v !== 0)
        .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
    },
  };
}

function modelFile(): string {
  const override = process.env.TACET_DEID_DICTS;
  if (override) return `${override.endsWith('/') ? override : `${override}/`}topic-model.json`;
  return fileURLToPath(new URL('../../../resources/dicts/topic-model.json', import.meta.url));
}

let loaded: TopicModel | null | undefined;

/** The shipped model, read once; `null` when the file is absent (the rules then work alone). */
export function topicModel(): TopicModel | null {
  if (loaded !== undefined) return loaded;
  const file = modelFile();
  loaded = existsSync(file) ? compileModel(JSON.parse(readFileSync(file, 'utf8')) as TopicModelFile) : null;
  return loaded;
}
