// Speed round dspeed2 (issue 14 item 5): the faster scans must find exactly what the slow ones found.
import { describe, expect, it } from 'vitest';
import { synthetic } from './synthetic-testkit.ts';
import { givenNameInitials } from './note-cues-r8.ts';
import { NeedleFinder } from './scan.ts';

const PIECES = ['a', 'b', 'z', 'q', 'v', 'e', 'o', 'A', 'B', 'Z', '1', '9', '.', '. ', ' ', '  ', '\t', '\n', "'", '’', '-', 'é', 'ß', 'Ω', '𝒜', '_', ',', 'quill ', 'marnie ', 'x.', ' v.', '-r.'];

describe('dspeed2: given name and initial scan from its rare part (R35)', () => {
  const slow = (text: string): [number, string, string][] =>
    [...text.matchAll(/(?<![\p{L}\p{N}])([a-z][a-z'’-]{2,})[ \t]+([a-z])\.(?![\p{L}\p{N}])/gu)].map((m) => [m.index, m[0], m[2]!]);
  const fast = (text: string): [number, string, string][] => givenNameInitials(text).map((m) => [m.index, m[0], m[2]!]);

  it('R35: finds the same matches as the whole-text regex on synthetic text', () => {
    let found = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const text = synthetic(seed * 7919, 400, PIECES);
      const want = slow(text);
      found += want.length;
      expect(fast(text)).toEqual(want);
    }
    expect(found).toBeGreaterThan(50);
  });

  it('R35: handles words at the text edges, runs of blanks, apostrophes and hyphens', () => {
    for (const text of ['quill v.', 'x quill v.', "o'quill  \t v.", 'pre-quill v.a', 'Quill v.', 'quill v', ' ab v.', 'abc v.', '9abc v.', 'abc’def v. ghi w.', 'v.', '.', '']) {
      expect(fast(text)).toEqual(slow(text));
    }
  });
});

describe('dspeed2: one-pass needle finder (R35)', () => {
  const slow = (hay: string, needles: readonly string[]): number[][] =>
    needles.map((n) => {
      const out: number[] = [];
      for (let at = hay.indexOf(n); at >= 0; at = hay.indexOf(n, at + 1)) out.push(at);
      return out;
    });

  it('R35: finds every place of every needle, overlapping, as repeated indexOf does', () => {
    const needles = ['aa', 'aab', 'ab', 'b ', 'quill', 'é.', 'ßa', 'a', '.', 'z-q'];
    const finder = new NeedleFinder(needles);
    for (let seed = 1; seed <= 200; seed++) {
      const hay = synthetic(seed * 104729, 300, PIECES);
      expect(finder.find(hay)).toEqual(slow(hay, needles));
    }
    expect(finder.find('')).toEqual(slow('', needles));
    expect(finder.find('a')).toEqual(slow('a', needles));
  });
});
