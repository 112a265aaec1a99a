// Speed round 10: each faster way of finding matches must find exactly what the slower scan found
// (the detectors' spans depend on every match and its order). Synthetic text only: invented names,
// glued to signs, digits, commas, tabs and letters beyond the Basic Multilingual Plane.
import { describe, expect, it } from 'vitest';
import { bracketedAgeNames } from './note-cues-r7.ts';
import { atNumberStarts } from './context.ts';
import { scan, scanAtStarts } from './scan.ts';

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

const collect = (f: (fn: (m: RegExpExecArray) => void) => void): string[] => {
  const out: string[] = [];
  f((m) => out.push(`${m.index}:${m[0]}:${m[1] ?? ''}`));
  return out;
};

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
