// Round vspeed5's shortcuts must not change an answer: each is checked against the slow way it
// replaces, on every development text (never the blind held-out sets) and on synthetic lines.
// The whole-verifier check is bench/grounding/labels-golden.ts (every development verdict and the
// bench:ai drafts, cold and warm).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FRACTIONS } from './equivalence.ts';
import { caselessLiterals, guardReplacements, replaceAll } from './guards.ts';
import { ABBREVIATIONS, CASED_ABBREVIATIONS } from './lexicon.ts';

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
// Synthetic lines in capitals and mixed case, with letters that change length or case oddly.
texts.push(
  'ZORBLAT QUUX WAS ON ALTERNATE DAYS FOR A WEEK AND A HALF, THEN BY HALF; 40 PER CENT NOCTE.',
  'Mx Quenth Vorl couldn\u2019t sleep; Couldn\'t Sleep; İstanbul ſleep K\u212Aelvin: Three-Quarters of the dose, cans of Lager.',
  'Agreed That She Would call; Been Clear Of cannabis; Harming Herself Or Others; every FORTNIGHT, a Fortnight, QDS, Mane.',
);

describe('R03 round vspeed5 shortcuts give the same answers', () => {
  it('R03 caselessLiterals: every case-insensitive match holds one of them, lower-cased', () => {
    expect(caselessLiterals(/\bnocte\b/gi)).toEqual(['nocte']);
    expect(caselessLiterals(/\b(?:a|one) Fortnight\b/gi)).toEqual([' fortnight']);
    expect(caselessLiterals(/\bnocte\b/g)).toBeNull();
    expect(caselessLiterals(/\bnocte\b/giu)).toBeNull();
    expect(caselessLiterals(/\bcaf\u00e9\b/gi)).toEqual(['caf']);
    expect(caselessLiterals(/\bnaïve\b/gi)).toBeNull();
    expect(caselessLiterals(/[a-z]+ly\b/gi)).toBeNull();
    // Every /i pattern of the verifier's replacement lists, on every text and its capitals.
    const lists = [...CASED_ABBREVIATIONS, ...ABBREVIATIONS, ...FRACTIONS];
    for (const [re] of lists) {
      const lits = caselessLiterals(re);
      if (lits === null) continue;
      const once = new RegExp(re.source, re.flags.replace('g', ''));
      for (const t of texts) for (const s of [t, t.toUpperCase()]) if (once.test(s)) expect(lits.some((l) => s.toLowerCase().includes(l))).toBe(true);
    }
  });

  it('R03 the guarded fraction list (and the shorthand lists) equal the replacements applied one by one', () => {
    const lists: Array<ReadonlyArray<readonly [RegExp, string]>> = [FRACTIONS, CASED_ABBREVIATIONS, ABBREVIATIONS];
    for (const list of lists) {
      const guarded = guardReplacements(list);
      for (const t of texts) for (const s of [t, t.toUpperCase(), t.toLowerCase()]) expect(replaceAll(s, guarded)).toBe(list.reduce((x, [re, to]) => x.replace(re, to), s));
    }
  });
});
