// Speed round dspeed3 (issue 14 item 5): scan() through a word-start plan (word-gate.ts) must find
// exactly what the whole-text scan finds, for every regex the planner accepts.
import { describe, expect, it } from 'vitest';
import { synthetic } from './synthetic-testkit.ts';
import { gatedMatches, scan, scanThroughPlan, testAnywhere } from './scan.ts';
import { planFor } from './word-gate.ts';

// Pieces that sit on the edges the planner reasons about: word starts after digits, underscores,
// non-ASCII letters and signs; both cases; the long s and the Kelvin sign (which fold to ASCII
// letters under the u and i flags); astral letters; apostrophes.
const PIECES = [
  'on ', 'by ', 'On ', 'BY ', 'the ', 'The ', 'a ', 'A ', 'x', 'z', 'sol', 'Sol', 'SOL', 'ssn', 'ss #', 'kite', 'Kite', 'marl ', 'tarn ',
  '12', '3', '9th', '21st ', '_', '_on ', '7on', 'é', 'éon', 'ſ', 'ſol', 'K', 'Kite', '𝒜', '’', "'", '-', '.', ', ', ' ', '  ', '\t', '\n', '(', '#', 'vale', 'Vale ', 'at ', 'to ', 'up',
];

// Regexes of the shapes the engine uses (keyword lists after \b, classes, optional pieces, nested
// quantifiers, lookarounds, one-character lookbehinds), written for this test.
const REGEXES: RegExp[] = [
  /\b(?:on|by|the)\s+(\d{1,2})(?:st|nd|th)?\b/gi,
  /\b(?:sol|ssn|ss ?#|soc(?:ial)?)\b[ \t]*(\d+)?/gi,
  /\b(?:kite|vale)s?\b/gi,
  /\b(?:Kite|Vale)[ \t]+[A-Z][a-z]+/g,
  /\b[KkVv][a-z]+(?:-[A-Z][a-z]+)?[ \t]+\(\d\)/g,
  /\b(?:a|at|to)[ \t]+(?:the[ \t]+)?([A-Z]\w*)/g,
  /\b\d{1,2}(?:st|nd|th)\b/g,
  /\b(?:x|z){2,}/gi,
  /\b(?:on|up)(?=\s)/gi,
  /\b(?:marl|tarn)[^\n]{0,5}?(?:on|by)/gim,
  /\b(?:sol|kite)\b/giu,
  /\b(?:ſol|\u212Aite)/giu,
  /(?<![\p{L}\p{N}])(?:sol|kite|vale)[ \t]+\p{Lu}/gu,
  /(?<![\p{L}])(?:at|to)[ \t]+(?:the[ \t]+)?(\p{Lu}\p{Ll}+)/giu,
  /(?<![A-Za-z])(?:on|by)\b/g,
  /\b(?:[Ss]ol|[Kk]ite)(?:\s+[A-Z][a-z]+){0,2}\s*[,(]?\s*(\d)\b/g,
  /\b(?:on|by|a)\s+(?:the\s+)?((?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b(?!\s+(?:time|of))/gi,
  /\b(?:ss|so)\.?\s?#?/gi,
  /\b_on/g,
];

// The same pieces without "ſ" and the Kelvin sign: plans for regexes with both the u and i flags are
// used only on such texts.
const PLAIN_PIECES = PIECES.filter((p) => !/[ſK]/.test(p));

describe('dspeed3: scan() through word-start plans (R35)', () => {
  const plain = (re: RegExp, text: string): [number, string][] => {
    const out: [number, string][] = [];
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      out.push([m.index, m[0]]);
      if (m[0].length === 0) re.lastIndex++;
    }
    return out;
  };
  const gated = (re: RegExp, text: string): [number, string][] => {
    const out: [number, string][] = [];
    expect(scanThroughPlan(re, text, (m) => out.push([m.index, m[0]]))).toBe(true);
    return out;
  };

  it('R35: the planner accepts the word-led regexes above', () => {
    for (const re of REGEXES) expect(planFor(re), re.source).not.toBeNull();
  });

  it('R35: finds the same matches, in the same order, as the whole-text scan on synthetic text', () => {
    let found = 0;
    for (const re of REGEXES) {
      for (let seed = 1; seed <= 80; seed++) {
        const text = synthetic(seed * 7919 + re.source.length, 300, seed % 2 === 0 ? PIECES : PLAIN_PIECES);
        const want = plain(re, text);
        found += want.length;
        expect(gated(re, text), `${re.source} seed ${seed}`).toEqual(want);
      }
    }
    expect(found).toBeGreaterThan(2000);
  });

  it('R35: scan() itself (with its length and density rules) matches the whole-text scan', () => {
    for (const re of REGEXES) {
      for (const pieces of [PIECES, PLAIN_PIECES]) {
        const text = synthetic(re.source.length * 31, 4000, pieces);
        const out: [number, string][] = [];
        scan(re, text, (m) => out.push([m.index, m[0]]));
        expect(out, re.source).toEqual(plain(re, text));
      }
    }
  });

  it('R35: testAnywhere answers as test() and gatedMatches gives matchAll()\'s matches', () => {
    let yes = 0;
    for (const re of REGEXES) {
      const gate = new RegExp(re.source, re.flags.replace('g', ''));
      for (let seed = 1; seed <= 40; seed++) {
        // Long texts (the gate is used from 512 characters), some with few words of the lists.
        const text = synthetic(seed * 104729 + re.source.length, seed % 3 === 0 ? 700 : 2500, seed % 2 === 0 ? PIECES : PLAIN_PIECES.slice(seed % 7));
        const want = gate.test(text);
        if (want) yes++;
        expect(testAnywhere(gate, text), `${re.source} seed ${seed}`).toBe(want);
        const all = [...text.matchAll(re)].map((m) => [m.index, m[0], m[1]]);
        expect(gatedMatches(re, text).map((m) => [m.index, m[0], m[1]]), `${re.source} seed ${seed}`).toEqual(all);
      }
    }
    expect(yes).toBeGreaterThan(100);
  });

  it('R35: refuses regexes whose matches need not open at a word start', () => {
    for (const re of [
      /on|by/gi, // no \b
      /\bon|by/gi, // one alternative without \b
      /\b(\w)\1/g, // back-reference
      /\b(?:on|\.by)/g, // a match may open with a sign
      /(?<![a-z])on/g, // the lookbehind lets "ON" come before
      /(?<!\p{L})\d+/gu, // may open with a digit after a digit
      /\bon/i, // not global
      /\bon/gy, // sticky
      /\b(?:on|up)?/gi, // may match nothing
      /\b(?:é|on)/g, // may open with a non-ASCII letter
      /\b(?:[\u0100-\u024F]ol)/giu, // the same, through a class
      /\b[A-Z][a-z]+[ \t]+\(\d\)/g, // admits most word starts (too many prefixes to plan)
    ])
      expect(planFor(re), re.source).toBeNull();
  });
});
