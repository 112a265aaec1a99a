// From a sentence to comparable tokens: shorthand expanded, paraphrases mapped to one word,
// numbers as digits, light stemming. Clause boundaries are kept: ConText scopes stop there.
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
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// One regex for every paraphrase, longest first so "trouble falling asleep" wins over "trouble".
const PHRASE_LIST = PHRASES.flatMap(([alts, canon]) => alts.split('|').map((a) => [a, canon] as const)).sort((a, b) => b[0].length - a[0].length);
const PHRASE_CANON = new Map(PHRASE_LIST.map(([a, c]) => [a, c]));
const PHRASE_RE = new RegExp(`\\b(?:${PHRASE_LIST.map(([a]) => escape(a).replace(/ /g, '\\s+')).join('|')})\\b`, 'g');

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

/** A light suffix-stripping stemmer: enough for "completed" = "completes" = "completing". */
export function stem(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular !== undefined) return irregular;
  let w = word.replace(/'s$/, '');
  if (/^\d/.test(w) || w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
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

/** Shorthand, symbols and paraphrases rewritten into one plain, lower-case vocabulary. */
export function normalise(text: string): string {
  let t = text;
  for (const [re, to] of CASED_ABBREVIATIONS) t = t.replace(re, ` ${to} `);
  // "May" inside a sentence is the month, not a hedge.
  t = t.replace(/(?<=\S\s+)May\b/g, 'maymonth');
  t = t.toLowerCase().replace(/[‘’`´]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, ' ; ');
  // Instruments keep their number: "PHQ-9 of 14" is one score, not the numbers 9 and 14.
  t = t.replace(/\b([a-z]{2,6})-(\d{1,2}|[a-z])\b(?![-'])/g, (m, a: string, b: string) => (a.length + b.length <= 7 && (/\d/.test(b) || a === 'audit') ? `${a}${b}` : m));
  for (const [re, to] of ABBREVIATIONS) t = t.replace(re, to);
  t = t.replace(/([a-z])-(?=[a-z])/g, '$1 ').replace(/([a-z])'s\b/g, '$1').replace(/s'(?=\s)/g, 's');
  t = t.replace(PHRASE_RE, (m) => ` ${PHRASE_CANON.get(m.replace(/\s+/g, ' ')) ?? m} `);
  return t;
}

const TOKEN = /\d+(?:\.\d+)?|[a-z]+(?:'[a-z]+)?|[;:.!?()"[\],]/g;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let clause = 0;
  let comma = false;
  const push = (t: Token): void => {
    if (comma) t.comma = true;
    comma = false;
    out.push(t);
  };
  for (const m of normalise(text).matchAll(TOKEN)) {
    const s = m[0];
    if (s === ',') {
      comma = true;
      continue;
    }
    if (/^[;:.!?()"[\]]$/.test(s)) {
      // A decimal point never reaches here: "48.2" is one token.
      if (out.length > 0 && out[out.length - 1]!.clause === clause) clause++;
      continue;
    }
    if (/^\d/.test(s)) {
      push({ w: s, key: s, clause, num: Number(s) });
      continue;
    }
    const n = NUMBER_WORDS[s];
    if (n !== undefined) {
      push({ w: String(n), key: String(n), clause, num: n });
      continue;
    }
    const times = TIMES_WORDS[s];
    if (times !== undefined) {
      push({ w: String(times), key: String(times), clause, num: times });
      push({ w: 'times', key: 'time', clause });
      continue;
    }
    push({ w: s, key: stem(s), clause });
  }
  return out;
}

/** Do two stems name the same thing? Equal, or one a long prefix of the other ("hospital"/"hospitaliz"). */
export function sameKey(a: string, b: string): boolean {
  if (a === b) return true;
  const short = a.length < b.length ? a : b;
  const long = a.length < b.length ? b : a;
  return short.length >= 5 && long.startsWith(short.slice(0, Math.max(5, Math.ceil(short.length * 0.8))));
}
