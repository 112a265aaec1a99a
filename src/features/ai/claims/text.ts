// From a sentence to comparable tokens: shorthand expanded, paraphrases mapped to one word,
// numbers as digits, light stemming. Clause boundaries are kept: ConText scopes stop there.
import { topLevelAlternatives } from '../../../platform/regex-source.ts';
import { groupEnd, guardReplacements, replaceAll } from './guards.ts';
import { analysisOf } from './analysis.ts';
import { ABBREVIATIONS, CASED_ABBREVIATIONS, NUMBER_WORDS, PHRASES, TIMES_WORDS } from './lexicon.ts';

export interface Token {
  /** The word after normalisation ("si" has become "suicide"). */
  w: string;
  /** Its stem, what matching compares. */
  key: string;
  clause: number;
  /** The value, for a number token. */
  num?: number;
  /** A comma came right before it. */
  comma?: boolean;
  /** Stem of the word as written, when a paraphrase class replaced it ("worried" for "anxiety"): synonyms are looked up on it too. */
  raw?: string;
}


// Paraphrases indexed by their first word, longest first so "trouble falling asleep" wins over
// "trouble": matching costs one map lookup per word, whatever the size of the list.
const PHRASE_INDEX = new Map<string, Array<{ words: string[]; canon: string[] }>>();
for (const [alts, canon] of PHRASES) {
  for (const a of alts.split('|')) {
    const words = a.replace(/-/g, ' ').split(' ');
    PHRASE_INDEX.set(words[0]!, [...(PHRASE_INDEX.get(words[0]!) ?? []), { words, canon: canon.split(' ') }]);
  }
}
for (const list of PHRASE_INDEX.values()) list.sort((a, b) => b.words.length - a.words.length);

const IRREGULAR: Readonly<Record<string, string>> = {
  slept: 'sleep', felt: 'feel', went: 'go', gone: 'go', took: 'take', taken: 'take', gave: 'give', given: 'give', began: 'begin', begun: 'begin',
  ran: 'run', made: 'make', said: 'say', told: 'tell', kept: 'keep', left: 'leave', met: 'meet', lost: 'lose', spent: 'spend', spoke: 'speak',
  woke: 'wake', ate: 'eat', drove: 'drive', driven: 'drive', rode: 'ride', ridden: 'ride', fell: 'fall', fallen: 'fall', rose: 'rise', risen: 'rise',
  brought: 'bring', bought: 'buy', sought: 'seek', chose: 'choose', wrote: 'write', written: 'write', understood: 'understand', got: 'get',
  gotten: 'get', came: 'come', saw: 'see', seen: 'see', found: 'find', heard: 'hear', held: 'hold', stood: 'stand', sat: 'sit', paid: 'pay',
  sent: 'send', built: 'build', fought: 'fight', women: 'woman', men: 'man', people: 'person', hurt: 'hurt', cut: 'cut', put: 'put', set: 'set',
  led: 'lead', fed: 'feed', feeds: 'feed', worse: 'worse', better: 'better', less: 'less', unless: 'unless', this: 'this', has: 'have', had: 'have',
  was: 'be', were: 'be', is: 'be', are: 'be', been: 'be', did: 'do', does: 'do', done: 'do', news: 'news', always: 'always', ongoing: 'ongoing',
};

// Every rule module stems the words it reads, so the same few thousand words are stemmed over and
// over (a profile of bench:ai's verification showed the stemmer among the top self times). The
// stem is a pure function of the word: remembered per word, bounded, kept across drafts (it is
// vocabulary, not a text's analysis).
const STEM_MEMO = new Map<string, string>();
const STEM_MEMO_MAX = 50_000;

/** A light suffix-stripping stemmer: enough for "completed" = "completes" = "completing". */
export function stem(word: string): string {
  let k = STEM_MEMO.get(word);
  if (k === undefined) {
    k = stemUncached(word);
    if (STEM_MEMO.size >= STEM_MEMO_MAX) STEM_MEMO.clear();
    STEM_MEMO.set(word, k);
  }
  return k;
}

/** For the memo's test: how many stems are remembered. */
export const stemMemoSize = (): number => STEM_MEMO.size;

function stemUncached(word: string): string {
  const irregular = IRREGULAR[word];
  let w = irregular ?? word.replace(/'s$/, '');
  if (/^\d/.test(w) || w.length <= 3) return w;
  // An irregular form is already its base word: only the final normalisation below applies.
  if (irregular !== undefined) {
    /* fall through */
  } else if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ness') && w.length > 6) w = w.slice(0, -4);
  else if (w.endsWith('ment') && w.length > 7) w = w.slice(0, -4);
  else if (w.endsWith('ation') && w.length > 7) w = w.slice(0, -5);
  else if (w.endsWith('ingly') && w.length > 7) w = w.slice(0, -5);
  else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('edly') && w.length > 6) w = w.slice(0, -4);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  else if (w.endsWith('es') && w.length > 4 && /(?:ch|sh|x|ss|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w) && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith('y') && w.length > 4) w = `${w.slice(0, -1)}i`;
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(?:ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** A clock time "HH:MM" as the hour of a 12-hour clock ("21:00" is 9, "07:30" is 7.5), as "9pm" is read. */
const clock = (h: string, m: string): string => {
  const hour = Number(h) % 12 === 0 ? 12 : Number(h) % 12;
  return ` ${Math.round((hour + Number(m) / 60) * 100) / 100}${Number(h) >= 12 ? ' pm' : ''} `;
};
/**
 * Amounts written in another notation, so that a faithful draft's figure is the source's: thousands
 * with a separator ("12,000"), money in pounds ("£12,000" is "12000 pounds", as a draft writes it),
 * clock times on a 24-hour clock, three quarters of an hour, and ward shorthand for tests.
 */
const AMOUNTS: ReadonlyArray<[RegExp, string | ((m: string, ...g: string[]) => string)]> = [
  [/(?<![\d.,])(\d{1,3}),(\d{3})(?![\d,])/g, '$1$2'],
  [/£\s?(\d+(?:\.\d+)?)(k\b)?/g, (_m: string, n: string, k: string | undefined) => ` ${k !== undefined ? Number(n) * 1000 : n} pounds `],
  [/(?<![\d:.])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])/g, (_m: string, h: string, m: string) => clock(h, m)],
  [/\bo'clock\b/g, ' '],
  [/\bthree[- ]quarters (?:of an |of one )?hour\b/g, ' 45 minutes '],
  // Ward shorthand for the tests themselves: "bloods" are blood tests, "obs" observations.
  [/\bbloods\b/g, ' blood tests '],
  [/\bobs\b/g, ' observations '],
];

/** A frame's topic key: a plural dropped first, then stemmed (the stemmer takes "meetings" to
 *  "meeting" but "meeting" to "meet"). Shared by frames.ts and frames2.ts. */
export function frameKey(w: string): string {
  // (Remembered per word like the stem, bounded: every frame rule keys the words of its clauses.)
  let k = FRAME_KEY_MEMO.get(w);
  if (k === undefined) {
    k = stem(w.replace(/(?<=[a-z]{3}[^s])s$/, ''));
    if (FRAME_KEY_MEMO.size >= STEM_MEMO_MAX) FRAME_KEY_MEMO.clear();
    FRAME_KEY_MEMO.set(w, k);
  }
  return k;
}
const FRAME_KEY_MEMO = new Map<string, string>();

/** Whether two sets of keys have any member in common. */
export const shares = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => [...a].some((w) => b.has(w));

// The literal guards of the pattern lists live in guards.ts (no imports: equivalence.ts uses them too).
export { caselessLiterals, guardReplacements, replaceAll, requiredLiteral, requiredLiterals, type GuardedReplacements } from './guards.ts';

/**
 * Must the first character the pattern `src` (from `i`) consumes be a word character? A letter,
 * digit, \w or \d, or a group all of whose alternatives say so; past an optional atom, what follows
 * must say so too. Anything this simple reading does not follow (a class, a lookaround, an empty
 * alternative) answers false: the answer is only ever "surely" or "not known".
 */
function consumesWordFirst(src: string, i: number): boolean {
  const c = src[i];
  if (c === undefined || c === '|' || c === ')') return false;
  let end: number;
  let word: boolean;
  if (c === '\\') {
    const e = src[i + 1];
    if (e === 'b') return consumesWordFirst(src, i + 2);
    word = e === 'w' || e === 'd';
    end = i + 2;
  } else if (c === '(') {
    const close = groupEnd(src, i);
    const inner = src.startsWith('(?:', i) ? i + 3 : src[i + 1] === '?' ? -1 : i + 1;
    if (inner < 0) return false;
    word = topLevelAlternatives(src.slice(inner, close)).every((a) => consumesWordFirst(a, 0));
    end = close + 1;
  } else {
    word = /[A-Za-z0-9_]/.test(c);
    end = i + 1;
  }
  if (!word) return false;
  const q = src[end];
  if (q !== '?' && q !== '*' && !(q === '{' && src.startsWith('{0', end))) return true;
  let next = q === '{' ? src.indexOf('}', end) + 1 : end + 1;
  if (src[next] === '?') next++;
  return consumesWordFirst(src, next);
}

/**
 * Can every match of `re` only begin where a word begins? True when each alternative opens with
 * \b and then surely consumes a word character. A pre-check made of such patterns may then be
 * prefixed with `\b(?=\w)`, which lets the engine skip every other position at once.
 */
export function matchesOnlyAtWordStarts(re: RegExp): boolean {
  return topLevelAlternatives(re.source).every((a) => a.startsWith('\\b') && consumesWordFirst(a, 0));
}

const CASED = guardReplacements(CASED_ABBREVIATIONS.map(([re, to]) => [re, ` ${to} `] as const));
const SHORTHAND = guardReplacements(ABBREVIATIONS);

/** Shorthand, symbols and paraphrases rewritten into one plain, lower-case vocabulary. */
export function normalise(text: string): string {
  let t = replaceAll(text, CASED);
  // "May" inside a sentence is the month, not a hedge.
  t = t.replace(/(?<=\S\s+)May\b/g, 'maymonth');
  t = t.toLowerCase().replace(/[‘’`´]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, ' ; ');
  // Instruments keep their number: "PHQ-9 of 14" is one score, not the numbers 9 and 14.
  t = t.replace(/\b([a-z]{2,6})-(\d{1,2}|[a-z])\b(?![-'])/g, (m, a: string, b: string) => (a.length + b.length <= 7 && (/\d/.test(b) || a === 'audit') ? `${a}${b}` : m));
  for (const [re, to] of AMOUNTS) t = typeof to === 'string' ? t.replace(re, to) : t.replace(re, to);
  t = replaceAll(t, SHORTHAND);
  // "one another" is reciprocal, not the number 1.
  t = t.replace(/\bone another\b/g, 'each other');
  t = t.replace(/([a-z])-(?=[a-z])/g, '$1 ').replace(/([a-z])'s\b/g, '$1').replace(/s'(?=\s)/g, 's');
  return t;
}

/** Number words that count (not ordinals: "the second hundred" is not two hundred). */
const CARDINAL = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/;
const STEMS = new Map<string, string>();
/**
 * A lexicon record as a Map, answering `get` exactly as `record[word]` does (a word such as
 * "constructor" reads the object's prototype). The words come sliced out of a text, so looking them
 * up on an object costs V8 a string-table search per word; a Map hashes the string once.
 */
export function recordLookup<V>(record: Readonly<Record<string, V>>): ReadonlyMap<string, V> {
  const m = new Map<string, V>(Object.entries(record));
  for (const k of [...Object.getOwnPropertyNames(Object.prototype), '__proto__']) if (!m.has(k)) m.set(k, record[k]!);
  return m;
}
const NUMBER_OF = recordLookup(NUMBER_WORDS);
const TIMES_OF = recordLookup(TIMES_WORDS);
const TOKEN = /[a-z]+\d+[a-z\d]*|\d+(?:\.\d+)?|[a-z]+(?:'[a-z]+)?|[;:.!?()"[\],]/g;

/** normalise(text), made once per text and shared (analysis.ts): the tokens and the risk check read it. */
export const normalisedOf = (text: string): string => analysisOf(text).reading('text:normalised', normalise);

/** The tokens of `text`; `normalised` is normalise(text), when the caller has it already (normalisedOf). */
export function tokenize(text: string, normalised: string = normalise(text)): Token[] {
  const out: Token[] = [];
  let clause = 0;
  let comma = false;
  const push = (t: Token): void => {
    if (comma) t.comma = true;
    comma = false;
    out.push(t);
  };
  const raw = normalised.match(TOKEN) ?? [];
  // Paraphrases become their canonical words (never across punctuation).
  const words: string[] = [];
  // The written word behind a one-word paraphrase ("worried" behind "anxiety").
  const written: Array<string | undefined> = [];
  for (let i = 0; i < raw.length; i++) {
    const hit = PHRASE_INDEX.get(raw[i]!)?.find((p) => p.words.every((w, k) => raw[i + k] === w));
    if (hit === undefined) {
      words.push(raw[i]!);
      written.push(undefined);
      continue;
    }
    words.push(...hit.canon);
    for (let k = 0; k < hit.canon.length; k++) written.push(hit.words.length === 1 && hit.canon.length === 1 ? raw[i] : undefined);
    i += hit.words.length - 1;
  }
  for (let wi = 0; wi < words.length; wi++) {
    const s = words[wi]!;
    if (s === ',') {
      comma = true;
      continue;
    }
    // Brackets hold an aside ("Mother (67) has dementia"): they do not end the clause.
    if (s === '(' || s === ')' || s === '[' || s === ']') continue;
    if (/^[;:.!?"]$/.test(s)) {
      // A decimal point never reaches here: "48.2" is one token.
      if (out.length > 0 && out[out.length - 1]!.clause === clause) clause++;
      continue;
    }
    // "six and a half hours" is 6.5 hours, not the number 6.
    const half = words[wi + 1] === 'and' && words[wi + 2] === 'a' && words[wi + 3] === 'half' ? 0.5 : 0;
    if (/^\d/.test(s) && half === 0 && words[wi + 1] === 'thousand') {
      push({ w: String(Number(s) * 1000), key: String(Number(s) * 1000), clause, num: Number(s) * 1000 });
      wi++;
      continue;
    }
    if (/^\d/.test(s)) {
      push({ w: String(Number(s) + half), key: String(Number(s) + half), clause, num: Number(s) + half });
      if (half > 0) wi += 3;
      continue;
    }
    let n = NUMBER_OF.get(s);
    if (n !== undefined) {
      // "forty-five" (the hyphen is a space by now) and "forty five" are one number.
      const unit = NUMBER_OF.get(words[wi + 1] ?? '');
      if (n >= 20 && n <= 90 && n % 10 === 0 && unit !== undefined && unit >= 1 && unit <= 9 && /^[a-z]+$/.test(words[wi + 1]!) && !/^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)$/.test(words[wi + 1]!)) {
        n += unit;
        wi++;
      }
      // "eight hundred", "twelve thousand", "two hundred and fifty": one amount, not two numbers.
      if (Number.isInteger(n) && n >= 1 && n <= 99 && words[wi + 1] === 'hundred' && CARDINAL.test(s)) {
        n *= 100;
        wi++;
        const tail = NUMBER_OF.get(words[wi + 2] ?? '');
        if (words[wi + 1] === 'and' && tail !== undefined && tail >= 1 && tail <= 99 && CARDINAL.test(words[wi + 2]!)) {
          n += tail;
          wi += 2;
        }
      }
      if (Number.isInteger(n) && n >= 1 && n < 1000 && words[wi + 1] === 'thousand' && CARDINAL.test(s)) {
        n *= 1000;
        wi++;
      }
      if (half > 0 && words[wi + 1] === 'and' && words[wi + 2] === 'a' && words[wi + 3] === 'half') {
        n += half;
        wi += 3;
      }
      push({ w: String(n), key: String(n), clause, num: n });
      continue;
    }
    const times = TIMES_OF.get(s);
    if (times !== undefined) {
      push({ w: String(times), key: String(times), clause, num: times });
      push({ w: 'times', key: 'time', clause });
      continue;
    }
    let k = STEMS.get(s);
    if (k === undefined) {
      k = stem(s);
      if (STEMS.size < 50_000) STEMS.set(s, k);
    }
    const was = written[wi];
    push(was !== undefined && was !== s ? { w: s, key: k, clause, raw: stem(was) } : { w: s, key: k, clause });
  }
  return out;
}

// flatMap, flatten and matchesOf live in loops.ts (it imports nothing, so equivalence.ts, which the
// lexicon imports, may use them without a cycle through this module); re-exported for the rules.
export { flatMap, flatten, matchesOf } from './loops.ts';

/** Do two stems name the same thing? Equal, or one a long prefix of the other ("hospital"/"hospitaliz"). */
export function sameKey(a: string, b: string): boolean {
  if (a === b) return true;
  const short = a.length < b.length ? a : b;
  const long = a.length < b.length ? b : a;
  if (short.length < 5) return false;
  // Compared in place: this runs for every pair of words and must not allocate.
  const n = Math.max(5, Math.ceil(short.length * 0.8));
  for (let i = 0; i < n; i++) if (short.charCodeAt(i) !== long.charCodeAt(i)) return false;
  return true;
}

/** Every stem that `sameKey` could match shares its first five letters (or is the stem itself). */
export const keyBucket = (k: string): string => (k.length >= 5 ? k.slice(0, 5) : `=${k}`);
