// The verifier's speed-ups (round "vspeed") must not change an answer: each shortcut is checked
// against the slow way it replaces, and each memo is checked for equal answers and bounded size.
// The whole-verifier check is bench/grounding/labels-golden.ts (every development verdict).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { riskCategories, riskCategoriesUnguarded } from '../grounding.ts';
import { clearAnalysisCache } from './index.ts';
import { ABBREVIATIONS, CASED_ABBREVIATIONS } from './lexicon.ts';
import { LEXICON_AT_WORD_STARTS, lexiconPatterns } from './risk.ts';
import { flatMap, flatten, guardReplacements, matchesOf, matchesOnlyAtWordStarts, replaceAll, requiredLiteral, requiredLiterals, stem, stemMemoSize } from './text.ts';
import { analysedTexts, analysisOf, readerFor } from './analysis.ts';
import { analyse } from './context.ts';
import { antonymMemoSize, frameConflicts } from './frames.ts';
import { normalise, normalisedOf, tokenize } from './text.ts';

// Development texts (never the blind held-out sets) and synthetic shorthand-heavy lines.
const dir = new URL('../../../../bench/grounding/', import.meta.url);
const texts: string[] = fs
  .readdirSync(dir)
  .filter((f) => /^dev[\w-]*\.jsonl$/.test(f))
  .flatMap((f) => fs.readFileSync(new URL(f, dir), 'utf8').split('\n'))
  .filter((l) => l.trim() !== '')
  .flatMap((l) => {
    const p = JSON.parse(l) as { sentence: string; sources: string[] };
    return [p.sentence, ...p.sources];
  });
texts.push(
  'Pt Zorblat Quux (test) w/ Hx of SI, BP 120/80, HR 72; f/u appt Tues. 2x/wk, meds cont.',
  'Cl reports ~3 hrs sleep, SUDS 70 -> 40, PHQ-9 14 → 9, $40 copay & h/o ETOH use; r/o MDD.',
  'Sept. 3rd: obs q15 min, relapse-prevention plan, 50mg qhs d/c\'d, oriented x3, 10% better.',
);

describe('R03 verifier speed-ups give the same answers', () => {
  it('R03 requiredLiteral reads only text every match holds', () => {
    expect(requiredLiteral(/\bmilligrams?\b/g)).toBe('milligram');
    expect(requiredLiteral(/(?<=\b|\/)VH\b/g)).toBe('VH');
    expect(requiredLiteral(/\bWNL\b|\bwnl\b/g)).toBeNull();
    expect(requiredLiteral(/\bETOH\b/gi)).toBeNull();
    expect(requiredLiteral(/\bhand ?washing\b/g)).toBe('hand');
    expect(requiredLiteral(/\bw\/o\b/g)).toBe('w/o');
    for (const [re] of [...CASED_ABBREVIATIONS, ...ABBREVIATIONS]) {
      const lit = requiredLiteral(re);
      if (lit === null) continue;
      for (const t of texts) for (const s of [t, t.toLowerCase()]) if (new RegExp(re.source, re.flags.replace('g', '')).test(s)) expect(s.includes(lit)).toBe(true);
    }
  });

  it('R03 requiredLiterals: every match holds one of them (round vspeed3)', () => {
    expect(requiredLiterals(/\bqd\b|\bqday\b/g)).toEqual(['qd', 'qday']);
    expect(requiredLiterals(/\b(?:a |one )?quarter(?: of an |[- ])hour\b/g)).toEqual(['quarter']);
    expect(requiredLiterals(/\b(?:an|one) hour and a half\b/g)).toEqual([' hour and a half']);
    expect(requiredLiterals(/(\d)%/g)).toEqual(['%']);
    expect(requiredLiterals(/\b(?:biweekly|fortnightly|every other week)\b/g)).toEqual(['biweekly', 'fortnightly', 'every other week']);
    expect(requiredLiterals(/\b(?:a half)?(?:x|y)\b/g)).toBeNull();
    expect(requiredLiterals(/\bWNL\b|[~≈]/g)).toBeNull();
    expect(requiredLiterals(/\bETOH\b/gi)).toBeNull();
    let guarded = 0;
    for (const [re] of [...CASED_ABBREVIATIONS, ...ABBREVIATIONS]) {
      const lits = requiredLiterals(re);
      if (lits === null) continue;
      guarded++;
      for (const t of texts) for (const s of [t, t.toLowerCase()]) if (new RegExp(re.source, re.flags.replace('g', '')).test(s)) expect(lits.some((l) => s.includes(l))).toBe(true);
    }
    expect(guarded).toBeGreaterThan(120);
  });

  it('R03 guarded replacement lists equal the replacements applied one by one', () => {
    for (const [list, lower] of [[CASED_ABBREVIATIONS, false], [ABBREVIATIONS, true]] as const) {
      const guarded = guardReplacements(list);
      for (const raw of texts) {
        const t = lower ? raw.toLowerCase() : raw;
        let slow = t;
        for (const [re, to] of list) slow = slow.replace(re, to);
        expect(replaceAll(t, guarded)).toBe(slow);
      }
    }
  });

  it('R03 the joined risk-category pre-check gives the categories of the patterns tried one by one (round vspeed3)', () => {
    clearAnalysisCache();
    for (const t of texts) for (const s of [t, t.toUpperCase(), normalise(t)]) expect(riskCategories(s)).toEqual(riskCategoriesUnguarded(s));
    expect(riskCategories('Pt endorses SI, denies HI; h/o cutting, ETOH use')).toEqual(['suicide', 'homicide', 'self_harm', 'substance']);
  });

  it('R03 each risk-lexicon entry skipped for a clause lacking its required texts could not match it (round vspeed3)', () => {
    let guarded = 0;
    // (Each text's forms made once, not once per entry.)
    const forms = texts.flatMap((t) => [t.toLowerCase(), normalise(t)]);
    for (const re of lexiconPatterns()) {
      const lits = requiredLiterals(re);
      if (lits === null) continue;
      guarded++;
      const one = new RegExp(re.source, re.flags.replace('g', ''));
      for (const s of forms) if (one.test(s) && !lits.some((l) => s.includes(l))) expect(s).toBe('a text one of the required texts is in');
    }
    expect(guarded).toBeGreaterThan(20);
  });

  it('R03 the risk pre-check skips to word starts only when every entry can start nowhere else', () => {
    expect(LEXICON_AT_WORD_STARTS).toBe(true);
    expect(matchesOnlyAtWordStarts(/\b(?:passive )?(?:si|s\.i\.)\b/)).toBe(true);
    expect(matchesOnlyAtWordStarts(/\bfoo|\bbar/)).toBe(true);
    // Not provably at a word start: a symbol, a class, a lookaround, an alternative without \b.
    for (const re of [/\b(?:a|\$)/, /x|\bfoo/, /\b[a-z]/, /\b(?:a )?\$/, /\b(?=x)y/, /\b'?x/]) expect(matchesOnlyAtWordStarts(re)).toBe(false);
  });

  it('R03 flatMap and flatten equal Array.prototype.flatMap and flat', () => {
    // (One level only, and a value that is not an array is kept as it is.)
    const xs: unknown[] = [[1, 2], [], [3], [[4]], 5];
    expect(flatMap(xs, (x) => x)).toEqual(xs.flatMap((x) => x));
    expect(flatMap(['a b', '', 'c'], (s, i) => [...s.split(' '), String(i)])).toEqual(['a b', '', 'c'].flatMap((s, i) => [...s.split(' '), String(i)]));
    expect(flatten([[1], [], [2, 3]])).toEqual([[1], [], [2, 3]].flat());
  });

  it('R03 matchesOf gives the matches of String.prototype.matchAll and leaves the pattern as it was (round vspeed4)', () => {
    const same = (text: string, re: RegExp): void => {
      const before = re.lastIndex;
      const want = [...text.matchAll(re)].map((m) => [m.index, ...m]);
      expect(re.lastIndex).toBe(before);
      expect(matchesOf(text, re).map((m) => [m.index, ...m])).toEqual(want);
      expect(re.lastIndex).toBe(before);
    };
    const patterns = [/\b(\d+)\s+(?:times|x)\b/g, /[a-z]+(?:'[a-z]+)?/g, /\b(?:not|no|never)\s+([a-z]{3,})/gi, /(?:)/g, /x*/g, /(?=\w)/gu, /(?:)/gu, /\p{L}+/gu];
    for (const text of [...texts.slice(0, 400), '', 'a😀b 😀', 'Ünïcödé wörds and 3 times'])
      for (const re of patterns) same(text, re);
    // (From the pattern's lastIndex, as matchAll starts there.)
    const re = /\d+/g;
    re.lastIndex = 3;
    same('12 34 56', re);
    expect(() => matchesOf('abc', /b/)).toThrow(TypeError);
  });
  it('R03 memoised stems and risk categories equal uncached ones, and callers own what they get', () => {
    clearAnalysisCache();
    const words = [...new Set(texts.join(' ').toLowerCase().match(/[a-z']+/g) ?? [])];
    const first = words.map(stem);
    expect(words.map(stem)).toEqual(first);
    const cold = texts.map((t) => riskCategories(t));
    const warm = texts.map((t) => riskCategories(t));
    expect(warm).toEqual(cold);
    const got = riskCategories('Client denies SI and drinks wine on Fridays.');
    got.push('abuse');
    expect(riskCategories('Client denies SI and drinks wine on Fridays.')).toEqual(['suicide', 'substance']);
  });

  it('R03 the shared per-text analysis is made once, kept apart per module, and equals the uncached readings', () => {
    clearAnalysisCache();
    let calls = 0;
    const f = (t: string): number => (calls++, t.length);
    const a = readerFor('test-a');
    const b = readerFor('test-b');
    expect(a('k', 'Zq Vorn slept well.', f)).toBe(19);
    expect(a('k', 'Zq Vorn slept well.', f)).toBe(19);
    expect(calls).toBe(1);
    // The same kind name in another module is another reading.
    b('k', 'Zq Vorn slept well.', (t) => t.toUpperCase());
    expect(a('k', 'Zq Vorn slept well.', f)).toBe(19);
    for (const t of texts.slice(0, 300)) {
      expect(analysisOf(t).lower).toBe(t.toLowerCase());
      expect(normalisedOf(t)).toBe(normalise(t));
    }
    // Tokens read from the kept normalised text are those read from the text itself, cold or warm.
    for (const t of texts.slice(0, 300)) expect(tokenize(t, normalisedOf(t))).toEqual(tokenize(t));
    const warm = texts.slice(0, 300).map((t) => JSON.stringify(analyse(t)));
    clearAnalysisCache();
    expect(texts.slice(0, 300).map((t) => JSON.stringify(analyse(t)))).toEqual(warm);
  });

  it('R03 the memos are bounded', () => {
    clearAnalysisCache();
    for (let i = 0; i < 20_001; i++) analysisOf(`zq text ${i}`);
    // Emptied whole when full: the 20,001st text starts a new store.
    expect(analysedTexts()).toBeLessThanOrEqual(20_000);
    for (let i = 0; i < 60_000; i++) stem(`zq${i}xing`);
    expect(stemMemoSize()).toBeLessThanOrEqual(50_000);
    // The antonym readings per word (round vspeed3): the same verdicts warm as cold, and bounded.
    const pairs: Array<[string, string[]]> = [['Client sounded calm and relaxed today', ['Client appeared agitated and tense today']], ['She will lower the dose', ['She will raise the dose']]];
    const cold = pairs.map(([s, src]) => frameConflicts(s, src));
    expect(pairs.map(([s, src]) => frameConflicts(s, src))).toEqual(cold);
    expect(antonymMemoSize()).toBeLessThanOrEqual(100_000);
  });
});
