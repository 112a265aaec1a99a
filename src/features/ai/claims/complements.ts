// Complementary counts (round 13). "Missed 3 of 12 sessions" and "attended 9 of 12 sessions" are one
// fact told from its two sides: a part of a whole, said with the opposite polarity, is the rest of
// the whole. So a draft count whose polarity is the source's opposite and whose part is the rest of
// the source's whole is restated in the source's words before it is compared; and the same part
// with the opposite polarity ("missed 9 of 12" against "attended 9 of 12") is a contradiction,
// unless it is also the rest (6 of 12 either way).
//
// Polarity is read from the clause around the count: a word of absence or omission ("missed",
// "absent", "not", "no", "without", "free of", "undone", "negative") makes it the negative side.
// The restatement is made only where the draft's clause says nothing else: every content word of
// it, other than its polarity words, light verbs and people, is in the source too.

import { flatMap, matchesOf } from './text.ts';
import { lowerOf } from './analysis.ts';

const NUM_WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fourteen: 14, twenty: 20 };
const NUM = '(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty)';
const COUNT = new RegExp(`\\b${NUM}\\s+(?:out\\s+)?of\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+)?${NUM}\\b`, 'g');
// "3/8 appointments", "att 7/12 sessions": a slash count of things that happen or are done, not a
// rating ("6/10" has no count noun after it).
const SLASH_COUNT = /\b(\d+)\s*\/\s*(\d+)(?=\s+(?:(?:group|family|therapy|skills|dbt|cbt)\s+)?(?:sessions|appointments|classes|groups|meetings|visits|calls|doses|days|nights|weeks|lessons|tasks|assignments|shifts)\b)/g;
const NEGATIVE = /\b(?:missed|misses|missing|miss|skipped|skips|absent|undone|incomplete|uncompleted|not|no|n't|never|without|free|failed|fails|omitted|negative|neg|unattended|cancelled|dna)\b/;
/** Words that carry no claim of their own in a count clause: light verbs, people, function words. */
const NEUTRAL = /^(?:she|he|they|i|we|her|his|their|him|them|the|a|an|of|out|on|in|at|for|to|from|was|were|is|are|has|have|had|did|do|does|only|just|kept|attended|attend|took|take|taken|completed|complete|done|did|made|went|came|been|be|client|patient|pt|this|that|these|those|term|week|month|all|total|left|were|was|which|who|overall|positive|pos)$/;

interface Count {
  n: number;
  m: number;
  neg: boolean;
  /** The clause holding the count, as written. */
  clause: string;
  /** Where the clause starts and ends in the text. */
  start: number;
  end: number;
}

const value = (w: string): number => (/^\d+$/.test(w) ? Number(w) : NUM_WORDS[w]!);

function counts(text: string): Count[] {
  const lower = lowerOf(text).replace(/[‘’]/g, "'");
  const out: Count[] = [];
  for (const m of [...matchesOf(lower, COUNT), ...matchesOf(lower, SLASH_COUNT)]) {
    const n = value(m[1]!);
    const whole = value(m[2]!);
    if (whole <= 1 || n > whole) continue;
    // The clause: back to the last , ; : . or bracket, on to the next.
    // A rating ("rates it at 2 of 10", "a 2 out of 10") is a point on a scale, not a part of a whole.
    if (/\b(?:rat(?:es|ed|ing)|scor(?:es|ed|ing)|score|at|a)\s*["']?\s*$/.test(lower.slice(Math.max(0, m.index - 12), m.index))) continue;
    let start = m.index;
    while (start > 0 && !/[.;:(),\n]/.test(lower[start - 1]!)) start--;
    let end = m.index + m[0].length;
    while (end < lower.length && !/[.;:(),\n]/.test(lower[end]!)) end++;
    const clause = lower.slice(start, end);
    const around = clause.replace(m[0], ' ');
    out.push({ n, m: whole, neg: NEGATIVE.test(around), clause, start, end });
  }
  return out;
}

const words = (s: string): string[] => s.split(/[^a-z0-9-]+/).filter((w) => w !== '' && !/^\d+$/.test(w) && !(w in NUM_WORDS));
const stemOf = (w: string): string => w.replace(/(?:ing|ed|es|s)$/, '');

/** The draft with a complementary count restated in the source's words, and the contradictions found. */
export function alignComplements(sentence: string, sources: readonly string[]): [string, string[]] {
  const drafted = counts(sentence);
  if (drafted.length === 0) return [sentence, []];
  const src = flatMap(sources, (t) => counts(t).map((c) => ({ ...c, text: lowerOf(t) })));
  if (src.length === 0) return [sentence, []];
  const contra: string[] = [];
  let out = sentence;
  // Right to left, so earlier spans keep their offsets.
  for (const d of [...drafted].sort((a, b) => b.start - a.start)) {
    const same = src.filter((s) => s.m === d.m);
    if (same.length === 0) continue;
    // A count said the same way already: nothing to do here, unless it is another part of the
    // same whole of the same things ("attended 5 of 8 appointments" against "attended 3/8").
    if (same.some((s) => s.neg === d.neg)) {
      const mine = new Set(words(d.clause).filter((w) => !NEUTRAL.test(w) && !NEGATIVE.test(w)).map(stemOf));
      const other = same.filter((s) => s.neg === d.neg && words(s.clause).some((w) => mine.has(stemOf(w))));
      if (other.length === 1 && other[0]!.n !== d.n && !same.some((s) => s.neg !== d.neg && s.n + d.n === d.m)) contra.push(`source says ${other[0]!.n} of ${d.m}; draft says ${d.n} of ${d.m}`);
      continue;
    }
    const rest = same.find((s) => s.n + d.n === d.m);
    if (rest !== undefined) {
      // (The words are looked for in the whole source: "urine screens: 4 of 5 negative".)
      const srcWords = new Set(words(rest.text).map(stemOf));
      const extra = words(d.clause).filter((w) => !NEUTRAL.test(w) && !NEGATIVE.test(w) && !srcWords.has(stemOf(w)));
      if (extra.length === 0) out = `${out.slice(0, d.start)}${rest.clause.trim()}${out.slice(d.end)}`;
      continue;
    }
    const flipped = same.find((s) => s.n === d.n);
    if (flipped !== undefined) contra.push(`source says ${flipped.n} of ${flipped.m} ${flipped.neg ? 'not' : ''} done; draft says the same ${d.n} ${d.neg ? 'not' : ''} done`.replace(/\s+/g, ' '));
  }
  return [out, contra];
}
