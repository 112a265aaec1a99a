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
//   x:ward               the register of a ward or ICU note (round 12): its shorthand, devices, care and examination words
// Nothing is downloaded: WordNet 3.0 (Debian wordnet-base) is read only by the training script.
import { existsSync, readFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { fileURLToPath } from 'node:url';
import { groupClose, topLevelAlternatives } from '../../platform/regex-source.ts';
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
/**
 * Topics round 12: the register of a ward, ICU or triage note, wherever it stands in the sentence —
 * clinical shorthand, lines and devices, nursing care, observations, an examination, an imaging
 * order. A blow word and a body part in such a sentence are usually a fall, a line or a care task
 * ("hit his head on the cupboard, no LOC"; "bruising from old cannula sites"); the model weighs
 * this flag against the agent and the disclosure words a note about abuse also carries.
 */
const WARD_REGISTER = /\b(?:pts?|obs|loc|gcs|ct|mri|x-?rays?|iv|ng|ngt|ett|picc|cannula\w*|catheters?|foley|dressings?|wounds?|sacr(?:um|al)|q\d+h|prn|per (?:protocol|order)|nbm|npo|nil by mouth|neuro|vitals|sats|spo2|icu|itu|bed ?rails?|hoist|analgesia|haematoma|hematoma|ecchymos\w+|abrasions?|lacerations?|steri-?strips?|tetanus|mg|ml|ice packs?|splint\w*|delirium|delirious|sedation|extubat\w+|intubat\w+|suction\w*|reposition\w*|mobilis\w+|mobiliz\w+|incident form|head injury|injection sites?|swabs?|exam(?:ination)?|post-?op|theatre|triage|admitted|discharged|reassured)\b/;
const WORD = /[a-z]+(?:'[a-z]+)?/g;
const isLetter = (c: number): boolean => c >= 97 && c <= 122;

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

/** The sentence normalised as the rules read it, with the other senses of topic words blanked when `anchored`. */
function masked(sentence: string, anchored: boolean): string {
  let lower = normalise(sentence);
  if (anchored) {
    for (const m of MASKS) {
      m.lastIndex = 0;
      if (m.test(lower)) lower = lower.replace(m, ' ');
    }
  }
  return lower;
}

const QUANTIFIER = /^[?*+{]/;

/** The letters any match of `src` must start with, one string per way it can start; null when unsure. */
function leading(src: string): string[] | null {
  if (src.startsWith('(?:')) {
    const end = groupClose(src, 0);
    if (end < 0) return null;
    const q = src[end + 1];
    if (q === '{') return null;
    const out: string[] = [];
    for (const a of topLevelAlternatives(src.slice(3, end))) {
      const l = leading(a);
      if (!l) return null;
      out.push(...l);
    }
    // An optional group first ("(?:ex-)?drug"): a match starts with the group or with what follows.
    if (q === '?' || q === '*') {
      const rest = leading(src.slice(src[end + 2] === '?' ? end + 3 : end + 2));
      if (!rest) return null;
      out.push(...rest);
    }
    return out;
  }
  let n = 0;
  while (n < src.length && src[n]! >= 'a' && src[n]! <= 'z' && !QUANTIFIER.test(src.slice(n + 1))) n++;
  return n ? [src.slice(0, n)] : null;
}

/**
 * For each mask, the starts of the words one of which a match must begin (a word start after
 * `\b`, the first letters of its first word), or null when a branch does not start so plainly;
 * a mask whose keys are all missing from a sentence cannot match it and need not run. The keys
 * are at most three letters long, compared with the same number of letters at each word start.
 */
export function maskKeys(masks: readonly RegExp[]): (string[] | null)[] {
  return masks.map((m) => {
    const keys: string[] = [];
    for (let b of topLevelAlternatives(m.source)) {
      // A lookbehind first reads nothing: the match starts with what follows it.
      while ((b.startsWith('(?<!') || b.startsWith('(?<=')) && groupClose(b, 0) > 0) b = b.slice(groupClose(b, 0) + 1);
      const l = b.startsWith('\\b') ? leading(b.slice(2)) : null;
      if (!l) return null;
      for (const x of l) keys.push(x.slice(0, 3));
    }
    return [...new Set(keys)];
  });
}

const MASK_KEYS = maskKeys(MASKS);
/**
 * Key -> the masks it may start, indexed by the key's letters as a number (a=1 … z=26, base 27:
 * keys of one, two and three letters fall in separate ranges); the masks that must always run.
 */
const MASKS_BY_KEY: (number[] | undefined)[] = Array.from({ length: 27 * 27 * 27 }, (): number[] | undefined => undefined);
const MASKS_ALWAYS: number[] = [];
MASK_KEYS.forEach((keys, k) => {
  if (!keys) MASKS_ALWAYS.push(k);
  else {
    for (const key of keys) {
      let code = 0;
      for (let i = 0; i < key.length; i++) code = code * 27 + key.charCodeAt(i) - 96;
      (MASKS_BY_KEY[code] ??= []).push(k);
    }
  }
});

/** The masked sentence the plain way or the fast way (for the test that they agree). */
export function maskSentence(sentence: string, anchored: boolean, fast: boolean): string {
  return fast ? maskedFast(sentence, anchored) : masked(sentence, anchored);
}

/**
 * The same as `masked`, testing only the masks a word start of the sentence can begin. Once a
 * mask has blanked something the word starts have changed, so every later mask runs as before.
 */
function maskedFast(sentence: string, anchored: boolean): string {
  let lower = normalise(sentence);
  if (!anchored) return lower;
  const maybe = new Uint8Array(MASKS.length);
  for (const k of MASKS_ALWAYS) maybe[k] = 1;
  const n = lower.length;
  for (let i = 0; i < n; ) {
    if (!isLetter(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isLetter(lower.charCodeAt(j))) j++;
    let code = 0;
    for (let len = 1; len <= 3 && i + len <= j; len++) {
      code = code * 27 + lower.charCodeAt(i + len - 1) - 96;
      const hit = MASKS_BY_KEY[code];
      if (hit) for (const k of hit) maybe[k] = 1;
    }
    i = j;
  }
  let changed = false;
  for (let k = 0; k < MASKS.length; k++) {
    if (!changed && !maybe[k]) continue;
    const m = MASKS[k]!;
    m.lastIndex = 0;
    if (m.test(lower)) {
      lower = lower.replace(m, ' ');
      changed = true;
    }
  }
  return lower;
}

/** What the features are made of: the lemmas, the concept classes present, and the flags. */
function analyse(sentence: string, lex: Lexicon, anchored: boolean): { lemmas: string[]; classes: string[]; flags: string[] } {
  const lower = masked(sentence, anchored);
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
  if (WARD_REGISTER.test(lower)) flags.push('x:ward');
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
  /** Each topic's bias (the score of a sentence with no feature), in `topics` order. */
  bias: number[];
  /** The model's score (log-odds) for each topic, and whether it passes the topic's threshold. */
  score(sentence: string, anchored?: boolean): { topic: string; score: number; threshold: number }[];
  /** The model's features for a sentence that carry weight for `topic`, strongest first (to explain a decision). */
  explain(sentence: string, topic: string, anchored?: boolean): [string, number][];
  /** The feature indices of a sentence, the fast way and by names (they must be the same set). */
  featureIds(sentence: string, anchored: boolean): { fast: number[]; byName: number[] };
  /** The first of `topics` (in that order) whose score reaches its threshold, with that score. */
  decide(sentence: string, anchored: boolean, topics: readonly string[]): { topic: string; score: number; threshold: number } | undefined;
}

/** What the scorer keeps of a lemma: its own and sense feature indices, and the pairs it starts. */
interface LemmaEntry {
  lemma: string;
  /** `u:<lemma>` then its sense and hypernym features, as indices (those the model has). */
  ids: Int32Array;
  /** The next lemma -> the index of the pair feature `b:<this>_<next>`, when the model has any. */
  tails: Map<string, number> | undefined;
}

/** A word as the WORD pattern finds it, opened into words ("didn't" -> "do", "not") with their lemmas. */
interface FormEntry {
  parts: LemmaEntry[];
  first: boolean;
  third: boolean;
}

const CACHE_LIMIT = 50_000;

/** A model as the scorer needs it, from either file form: dense weights, and tables read on demand. */
interface ModelSource {
  /** How many features; their names (only to explain or test). */
  count: number;
  names(): string[];
  /** Index of `u:<lemma>`; the next lemmas that make a pair `b:<lemma>_<next>` with theirs; any other feature by name. */
  unigram(l: string): number | undefined;
  tails(l: string): Map<string, number> | undefined;
  other(name: string): number | undefined;
  topics: { name: string; bias: number; threshold: number }[];
  /** Topic-major dense weights: topic k's weight of feature i at k * features.length + i. */
  weights: Float64Array;
  known(w: string): boolean;
  irregular(w: string): string | undefined;
  /** Feature indices of a lemma's senses and hypernyms. */
  senses(l: string): readonly number[] | undefined;
}

const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

export function compileModel(file: TopicModelFile): TopicModel {
  const n = file.features.length;
  const weights = new Float64Array(n * Object.keys(file.topics).length);
  Object.values(file.topics).forEach((t, k) => {
    for (const [i, v] of t.weights) weights[k * n + i] = v;
  });
  let lemmas: Set<string> | undefined;
  const t = nameTables(file.features);
  return compileSource({
    count: n,
    names: () => file.features,
    unigram: (l) => t.unigram.get(l),
    tails: (l) => t.pairs.get(l),
    other: (name) => t.other.get(name),
    topics: Object.entries(file.topics).map(([name, t]) => ({ name, bias: t.bias, threshold: t.threshold })),
    weights,
    known: (w) => (lemmas ??= new Set(file.lemmas)).has(w),
    irregular: (w) => (has(file.irregular, w) ? file.irregular[w] : undefined),
    senses: (l) => (has(file.senses, l) ? file.senses[l] : undefined),
  });
}

/** Feature names resolved to indices: a lemma's own feature, the pairs by their first lemma, and the rest. */
function nameTables(names: readonly string[]): { unigram: Map<string, number>; pairs: Map<string, Map<string, number>>; other: Map<string, number> } {
  const unigram = new Map<string, number>();
  const pairs = new Map<string, Map<string, number>>();
  const other = new Map<string, number>();
  for (let i = 0; i < names.length; i++) {
    const n = names[i]!;
    if (n.startsWith('u:')) unigram.set(n.slice(2), i);
    else if (n.startsWith('b:')) {
      const cut = n.indexOf('_', 2);
      const head = n.slice(2, cut);
      let m = pairs.get(head);
      if (!m) pairs.set(head, (m = new Map<string, number>()));
      m.set(n.slice(cut + 1), i);
    } else if (!n.startsWith('s:') && !n.startsWith('h:')) other.set(n, i);
  }
  return { unigram, pairs, other };
}

/** The first index of the sorted `list` whose string is not below `s`. */
function lowerBound(list: readonly string[], s: string): number {
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// The packed form of the model file (topic-model.packed, written beside topic-model.json by
// scripts/train-topics.ts): the same content, laid out so that loading is a few built-in calls
// rather than a parse of every number and a table per name. Lines: a signature; a JSON header
// (about, topics with bias and threshold, irregular forms, how many features, the few features that are neither a
// lemma's nor a pair's, by name); the feature names; the lemmas (sorted, so a lemma is found by
// binary search); each lemma's sense ids (`id,id`, or nothing), in the same order; the dense
// weights of all topics, topic after topic, as little-endian float64 in base64; the lemmas with
// a `u:` feature (sorted) and its index; the pairs as `head_next` (sorted: a head's pairs are a
// run found by binary search) and their indices. Numbers are the JSON file's exactly.
const PACKED_SIGNATURE = 'tacet-topic-model-packed 3';

/** The packed form of a model file (deterministic: the same file gives the same bytes). */
export function packModel(file: TopicModelFile): string {
  const topics = Object.entries(file.topics);
  const tables = nameTables(file.features);
  const header = {
    about: file.about,
    topics: topics.map(([name, t]) => ({ name, bias: t.bias, threshold: t.threshold })),
    irregular: file.irregular,
    other: Object.fromEntries(tables.other),
    count: file.features.length,
  };
  const unigrams = [...tables.unigram].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const pairs = [...tables.pairs].flatMap(([h, m]) => [...m].map(([t, i]): [string, number] => [`${h}_${t}`, i])).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  for (const [h] of tables.pairs) if (h.includes('_')) throw new Error(`a pair head with an underscore cannot be packed: ${h}`);
  for (const n of [...file.features, ...file.lemmas]) if (/[\s]/.test(n)) throw new Error(`a name with a space cannot be packed: ${n}`);
  const lines = [
    PACKED_SIGNATURE,
    JSON.stringify(header),
    file.features.join(' '),
    file.lemmas.join(' '),
    file.lemmas.map((l) => (has(file.senses, l) ? file.senses[l]!.join(',') : '')).join(' '),
  ];
  for (let i = 1; i < file.lemmas.length; i++) if (!(file.lemmas[i - 1]! < file.lemmas[i]!)) throw new Error('lemmas must be sorted and distinct to be packed');
  for (const l of Object.keys(file.senses)) if (file.senses[l]!.length && !file.lemmas.includes(l)) throw new Error(`senses of a lemma not in the list: ${l}`);
  const n = file.features.length;
  const buf = Buffer.alloc(n * topics.length * 8);
  topics.forEach(([, t], k) => {
    for (const [i, v] of t.weights) buf.writeDoubleLE(v, (k * n + i) * 8);
  });
  lines.push(buf.toString('base64'));
  lines.push(unigrams.map(([l]) => l).join(' '), unigrams.map(([, i]) => i).join(' '));
  lines.push(pairs.map(([p]) => p).join(' '), pairs.map(([, i]) => i).join(' '));
  return `${lines.join('\n')}\n`;
}

/** Reads the packed form (see `packModel`). */
export function compilePacked(text: string): TopicModel {
  const lines = text.split('\n');
  if (lines[0] !== PACKED_SIGNATURE) throw new Error('not a packed topic model');
  const header = JSON.parse(lines[1]!) as { topics: { name: string; bias: number; threshold: number }[]; irregular: Record<string, string>; other: Record<string, number>; count: number };
  let features: string[] | undefined;
  const unigrams = lines[6]!.split(' ');
  const unigramIds = lines[7]!.split(' ');
  const pairs = lines[8]!.split(' ');
  const pairIds = lines[9]!.split(' ');
  const lemmas = lines[3]!.split(' ');
  const senses = lines[4]!.split(' ');
  const find = (l: string): number => {
    let lo = 0, hi = lemmas.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = lemmas[mid]!;
      if (m === l) return mid;
      if (m < l) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  const bytes = Buffer.from(lines[5]!, 'base64');
  let weights: Float64Array;
  if (endianness() === 'LE') weights = new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  else {
    weights = new Float64Array(bytes.byteLength / 8);
    for (let i = 0; i < weights.length; i++) weights[i] = bytes.readDoubleLE(i * 8);
  }
  return compileSource({
    count: header.count,
    names: () => (features ??= lines[2]!.split(' ')),
    unigram: (l) => {
      const i = lowerBound(unigrams, l);
      return unigrams[i] === l ? Number(unigramIds[i]) : undefined;
    },
    tails: (l) => {
      const prefix = `${l}_`;
      let m: Map<string, number> | undefined;
      for (let i = lowerBound(pairs, prefix); i < pairs.length && pairs[i]!.startsWith(prefix); i++) (m ??= new Map()).set(pairs[i]!.slice(prefix.length), Number(pairIds[i]));
      return m;
    },
    other: (name) => (has(header.other, name) ? header.other[name] : undefined),
    topics: header.topics,
    weights,
    known: (w) => find(w) >= 0,
    irregular: (w) => (has(header.irregular, w) ? header.irregular[w] : undefined),
    senses: (l) => {
      const i = find(l);
      return i < 0 || !senses[i] ? undefined : senses[i].split(',').map(Number);
    },
  });
}

function compileSource(file: ModelSource): TopicModel {
  const lex: Lexicon = {
    known: (w) => file.known(w),
    irregular: (w) => file.irregular(w),
    senses: (l) => (file.senses(l) ?? []).map((i) => file.names()[i]!),
  };
  // Lemmas are worked out once per distinct word (the dictionary is fixed, so the cache is exact).
  const lemmaCache = new Map<string, string>();
  lex.lemma = (w) => {
    let hit = lemmaCache.get(w);
    if (hit === undefined) {
      hit = lemmatise(w, lex);
      if (lemmaCache.size > CACHE_LIMIT) lemmaCache.clear();
      lemmaCache.set(w, hit);
    }
    return hit;
  };

  const topics = file.topics.map((t) => t.name);
  const T = topics.length;
  const bias = file.topics.map((t) => t.bias);
  const thresholds = file.topics.map((t) => t.threshold);
  // Topic-major: topic k's weight of feature i at k * N + i.
  const N = file.count;
  const W = file.weights;
  // Feature names are resolved to indices before scoring: a lemma's own and pair features when
  // the lemma is first met, the concept classes, their pairs and the flags now. No name is built
  // while scoring.
  const classId = CLASS_NAMES.map((c) => file.other(`c:${c}`) ?? -1);
  const pairId = CLASS_NAMES.map((a, i) => CLASS_NAMES.map((b, j) => (j > i ? (file.other(`cc:${a}+${b}`) ?? -1) : -1)));
  const flagId = ['neg', 'x:1p', 'x:3p', 'x:note', 'x:q', 'x:ward'].map((f) => file.other(f) ?? -1);

  const lemmaEntries = new Map<string, LemmaEntry>();
  const lemmaEntry = (l: string): LemmaEntry => {
    let e = lemmaEntries.get(l);
    if (e === undefined) {
      const ids: number[] = [];
      const u = file.unigram(l);
      if (u !== undefined) ids.push(u);
      const senses = file.senses(l);
      if (senses) ids.push(...senses);
      e = { lemma: l, ids: Int32Array.from(ids), tails: file.tails(l) };
      if (lemmaEntries.size > CACHE_LIMIT) lemmaEntries.clear();
      lemmaEntries.set(l, e);
    }
    return e;
  };
  const forms = new Map<string, FormEntry>();
  const formEntry = (form: string): FormEntry => {
    let e = forms.get(form);
    if (e === undefined) {
      const ws = words(form);
      e = { parts: ws.map((w) => lemmaEntry(lex.lemma!(w))), first: ws.some((w) => FIRST.has(w)), third: ws.some((w) => THIRD.has(w)) };
      if (forms.size > CACHE_LIMIT) forms.clear();
      forms.set(form, e);
    }
    return e;
  };

  // Each feature counts once per sentence: `seen[i] === stamp` when feature i is already in
  // `found` (the sentence's features so far, `count` of them, in first-seen order).
  const seen = new Int32Array(N);
  let stamp = 0;
  let found = new Int32Array(256);
  let count = 0;
  const add = (i: number): void => {
    if (i < 0 || seen[i] === stamp) return;
    seen[i] = stamp;
    if (count === found.length) {
      const grown = new Int32Array(found.length * 2);
      grown.set(found);
      found = grown;
    }
    found[count++] = i;
  };
  /**
   * The features of a sentence into `found`, in the order sentenceFeatures names them, each once.
   * The same text handling as `analyse`, with the words read by hand (the WORD pattern) and
   * everything about a word form looked up once per distinct form. Returns how many.
   */
  const extract = (sentence: string, anchored: boolean): number => {
    if (++stamp === 0x7fffffff) {
      seen.fill(0);
      stamp = 1;
    }
    count = 0;
    const lower = maskedFast(sentence, anchored);
    let prev: LemmaEntry | undefined;
    let first = false, third = false;
    const n = lower.length;
    for (let i = 0; i < n; ) {
      if (!isLetter(lower.charCodeAt(i))) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < n && isLetter(lower.charCodeAt(j))) j++;
      if (j + 1 < n && lower.charCodeAt(j) === 39 && isLetter(lower.charCodeAt(j + 1))) {
        j += 2;
        while (j < n && isLetter(lower.charCodeAt(j))) j++;
      }
      const f = formEntry(lower.slice(i, j));
      i = j;
      if (f.first) first = true;
      if (f.third) third = true;
      const parts = f.parts;
      for (let p = 0; p < parts.length; p++) {
        const e = parts[p]!;
        // The pair of the previous lemma and this one comes after the previous lemma's own features.
        if (prev !== undefined && prev.tails !== undefined) add(prev.tails.get(e.lemma) ?? -1);
        const ids = e.ids;
        for (let q = 0; q < ids.length; q++) add(ids[q]!);
        prev = e;
      }
    }
    const bits = conceptBits(lower);
    if (bits) {
      for (let i = 0; i < CLASS_NAMES.length; i++) if (bits & (1 << i)) add(classId[i]!);
      for (let i = 0; i < CLASS_NAMES.length; i++) {
        if (!(bits & (1 << i))) continue;
        for (let j = i + 1; j < CLASS_NAMES.length; j++) if (bits & (1 << j)) add(pairId[i]![j]!);
      }
    }
    NEGATION.lastIndex = 0;
    if (NEGATION.test(lower)) add(flagId[0]!);
    if (first) add(flagId[1]!);
    if (third) add(flagId[2]!);
    if (NOTE_START.test(lower.trimStart())) add(flagId[3]!);
    if (lower.trimEnd().endsWith('?')) add(flagId[4]!);
    if (WARD_REGISTER.test(lower)) add(flagId[5]!);
    return count;
  };
  const ids = (sentence: string, anchored: boolean): number[] => Array.from(found.subarray(0, extract(sentence, anchored)));
  const topicIndex = new Map(topics.map((t, k) => [t, k]));

  const z = new Float64Array(T);
  const scores = (sentence: string, anchored: boolean): Float64Array => {
    const m = extract(sentence, anchored);
    for (let k = 0; k < T; k++) {
      let acc = bias[k]!;
      const base = k * N;
      for (let q = 0; q < m; q++) acc += W[base + found[q]!]!;
      z[k] = acc;
    }
    return z;
  };

  /** The slow way, by names: kept to test that `ids` gives the same features. */
  let index: Map<string, number> | undefined;
  const idsByName = (sentence: string, anchored: boolean): number[] => {
    index ??= new Map(file.names().map((n, i) => [n, i]));
    return sentenceFeatures(sentence, lex, anchored)
      .map((n) => index!.get(n))
      .filter((i): i is number => i !== undefined);
  };
  return {
    topics,
    bias,
    featureIds: (sentence, anchored) => ({ fast: ids(sentence, anchored), byName: idsByName(sentence, anchored) }),
    decide(sentence, anchored, wanted) {
      const z = scores(sentence, anchored);
      for (const t of wanted) {
        const k = topicIndex.get(t);
        if (k !== undefined && z[k]! >= thresholds[k]!) return { topic: t, score: z[k]!, threshold: thresholds[k]! };
      }
      return undefined;
    },
    score(sentence, anchored = true) {
      const z = scores(sentence, anchored);
      return topics.map((t, k) => ({ topic: t, score: z[k]!, threshold: thresholds[k]! }));
    },
    explain(sentence, topic, anchored = true) {
      const k = topics.indexOf(topic);
      if (k < 0) return [];
      return ids(sentence, anchored)
        .map((i): [string, number] => [file.names()[i]!, W[k * N + i]!])
        .filter(([, v]) => v !== 0)
        .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
    },
  };
}

/** The model file `topic-model.<ext>` in the dictionaries (TACET_DEID_DICTS overrides their place). */
export function modelFile(ext: 'json' | 'packed'): string {
  const override = process.env.TACET_DEID_DICTS;
  if (override) return `${override.endsWith('/') ? override : `${override}/`}topic-model.${ext}`;
  return fileURLToPath(new URL(`../../../resources/dicts/topic-model.${ext}`, import.meta.url));
}

let loaded: TopicModel | null | undefined;

/**
 * The shipped model, read once — the packed form when present, else the JSON; `null` when
 * neither is there (the rules then work alone).
 */
export function topicModel(): TopicModel | null {
  if (loaded !== undefined) return loaded;
  const packed = modelFile('packed');
  const json = modelFile('json');
  if (existsSync(packed)) loaded = compilePacked(readFileSync(packed, 'utf8'));
  else if (existsSync(json)) loaded = compileModel(JSON.parse(readFileSync(json, 'utf8')) as TopicModelFile);
  else loaded = null;
  return loaded;
}
