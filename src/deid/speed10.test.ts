// Speed round 10: each faster way of finding matches must find exactly what the slower scan found
// (the detectors' spans depend on every match and its order). Synthetic text only: invented names,
// glued to signs, digits, commas, tabs and letters beyond the Basic Multilingual Plane.
import { describe, expect, it } from 'vitest';
import { bracketedAgeNames } from './note-cues-r7.ts';
import { atNumberStarts } from './context.ts';
import { scan, scanAtStarts, scanAtWords, testAtWords } from './scan.ts';

const PIECES = [
  'Zorbly', 'Quenx', 'QUAX', 'Bo', 'Ëlvira', 'ñandu', 'Ωmega', '\u{1D400}bcd', '\u{1D41A}\u{1D41B}', 'xy', 'the', 'and', 'son', ',', ' ', ' ', ' ', '\t',
  'a Zorbly (9)', ', Quenx\t(age 7)', 'b Ëlvira (4yo)', 'c \u{1D400}bcd (6)', '(', ')', '(9)', '(12)', '(age 7)', '(age\t14)', '(3yo)', '(5 y/o)', '(8 yrs)', '(11yr)', '(123)', '(x)', '4', '\n', '.', '\uD800', '\uDC00',
];

function synthetic(seed: number, n: number): string {
  let s = seed;
  const rnd = (): number => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  let out = '';
  for (let i = 0; i < n; i++) out += PIECES[Math.floor(rnd() * PIECES.length)]!;
  return out;
}

const SLOW_BRACKETED_AGE = /(?<=(?:[\p{L}][ \t]|,[ \t]))(\p{Lu}\p{Ll}{2,})(?=[ \t]\((?:age[ \t])?\d{1,2}(?:[ \t]?(?:yo|y\/o|yrs?))?\))/gu;

describe('speed round 10: faster scans equal the slow ones', () => {
  it('R35 bracketedAgeNames finds the same starts as the bracketed-age regex scanned over the whole text', () => {
    let compared = 0;
    for (let seed = 1; seed <= 3000; seed++) {
      const text = synthetic(seed, 30);
      const want = [...text.matchAll(SLOW_BRACKETED_AGE)].map((m) => m.index);
      expect(bracketedAgeNames(text)).toEqual(want);
      compared += want.length;
    }
    // The synthetic texts must contain matches for the comparison to mean anything.
    expect(compared).toBeGreaterThan(100);
  });
});

// Gates and scans that run only where their start words begin (scan.ts): the same answers as the
// whole-text regex, on synthetic text mixing the start words in several cases with signs and letters.
const WORD_PIECES = [
  'behind', 'behind ', 'Outside', 'inside', 'inside ', 'across from', 'across from ', 'in front of', 'out front of', 'around the back of', 'round', 'opposite', 'the ', 'The ',
  'Zorbly', 'Quenx Vale', "Quenx's", 'PT', 'pt', 's/p', 'H/O', 'hx', 'pmhx', 'dx', 'you', 'yo', 'y/o', 'npn', 'c/o', 'd/c', 'mom', 'Mom',
  'MOM', 'granny', 'Grandpa', 'great-aunt', 'Neighbour', 'wife', 'Uncle', '97', '104', '(93)', ', ', '%', 'mg', 'x', '_', '9', '\u212A',
  'İ', '-', '.', '\n', ' ', ' ', ' ', '\t',
];
function wordText(seed: number, n: number): string {
  let s = seed;
  const rnd = (): number => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  let out = '';
  for (let i = 0; i < n; i++) out += WORD_PIECES[Math.floor(rnd() * WORD_PIECES.length)]!;
  return out;
}
const collect = (f: (fn: (m: RegExpExecArray) => void) => void): string[] => {
  const out: string[] = [];
  f((m) => out.push(`${m.index}:${m[0]}:${m[1] ?? ''}`));
  return out;
};

describe('speed round 10: testAtWords and scanAtWords in any case', () => {
  const GATES: [RegExp, string[]][] = [
    [/\b(?:behind|outside|inside|across from|in front of|opposite) (?:the )?[A-Z]/, ['behind', 'outside', 'inside', 'across', 'in front', 'opposite']],
    [/\b(?:pt|pts|s\/p|h\/o|hx|pmh|pmhx|dx|yo|y\/o|npn|c\/o|d\/c)\b/i, ['pt', 's/p', 'h/o', 'hx', 'pmh', 'dx', 'yo', 'y/o', 'npn', 'c/o', 'd/c']],
    [/\b(?:pt|dx)\b/giu, ['pt', 'dx']],
  ];
  it('R35 testAtWords answers as re.test over the whole text', () => {
    const seen = [0, 0];
    for (const [re, words] of GATES) {
      for (let seed = 1; seed <= 600; seed++) {
        const text = wordText(seed, 6);
        const want = new RegExp(re.source, re.flags).test(text);
        expect(testAtWords(re, words, text)).toBe(want);
        seen[want ? 1 : 0]!++;
      }
    }
    // Both answers must occur for the comparison to mean anything.
    expect(Math.min(...seen)).toBeGreaterThan(100);
  });
  it('R35 scanAtWords with anyCase finds what scan() finds for a regex that spells its cases out', () => {
    const re = /\b(?:[Gg]rand(?:ma|pa|mother|father)|[Mm]om|[Mm]other|[Gg]ranny|[Uu]ncle|[Ww]ife|[Nn]eighbou?r|[Gg]reat-\w+)(?:\s+[A-Z][a-z]+){0,2}\s*[,(]?\s*(9\d|1[01]\d|12[0-5])\b(?!\s*(?:%|mg))/g;
    const words = ['gran', 'mom', 'mother', 'uncle', 'wife', 'neighbo', 'great-'];
    let compared = 0;
    for (let seed = 1; seed <= 12000; seed++) {
      const text = wordText(seed, 12);
      const want = collect((fn) => scan(re, text, fn));
      expect(collect((fn) => scanAtWords(re, words, text, fn, true))).toEqual(want);
      compared += want.length;
    }
    expect(compared).toBeGreaterThan(100);
  });
  it('R35 scanAtWords finds the where-capitals matches scan() finds', () => {
    const re = /\b(?:behind|outside|inside|across from|in front of|out front of|around the back of|round the back of|opposite)[ \t]+((?:the[ \t]+)?[A-Z][a-z]+(?:['’]s)?(?:[ \t][A-Z][a-z]+(?:['’]s)?){0,2})(?![ \t]+[A-Z])/g;
    const words = ['behind', 'outside', 'inside', 'across', 'in front', 'opposite', 'out front', 'around', 'round'];
    let compared = 0;
    for (let seed = 1; seed <= 12000; seed++) {
      const text = wordText(seed, 12);
      const want = collect((fn) => scan(re, text, fn));
      expect(collect((fn) => scanAtWords(re, words, text, fn))).toEqual(want);
      compared += want.length;
    }
    expect(compared).toBeGreaterThan(100);
  });
});

describe('speed round 10: the "at/to/on" before a number scan', () => {
  it('R35 atNumberStarts with scanAtStarts finds what scan() finds for AT_NUMBER_RE', () => {
    const re = /\b(?:at|to|on)\s+(?=\d)/gi;
    const pieces = ['at', 'AT', 'To', 'on', 'oN', 'cat', 'onto', 'x', '_', '4', '12', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', ',', '.', 'ön', 'at5', 'Ａt'];
    let compared = 0;
    for (let seed = 1; seed <= 4000; seed++) {
      let s = seed;
      const rnd = (): number => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
      let text = '';
      for (let i = 0; i < 16; i++) text += pieces[Math.floor(rnd() * pieces.length)]!;
      const want = collect((fn) => scan(re, text, fn));
      expect(collect((fn) => scanAtStarts(re, atNumberStarts(text), text, fn))).toEqual(want);
      compared += want.length;
    }
    expect(compared).toBeGreaterThan(100);
  });
});
