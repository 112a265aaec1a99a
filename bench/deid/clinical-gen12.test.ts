// R35: the round-12 date generator (clinical-gen12.ts) is seeded, carries dates in gold in every
// case, and its set-aside (clinical-gen12-aside.ts) is a separate set of notes.
import { describe, expect, it } from 'vitest';
import { ASIDE } from './clinical-gen12-aside.ts';
import { DEV } from './clinical-gen12.ts';

const GOLD_RE = /\[\[([A-Z_]+)\|([^\]]*)\]\]/g;
const gold = (notes: readonly string[]): { type: string; value: string }[] => notes.flatMap((n) => [...n.matchAll(GOLD_RE)].map((m) => ({ type: m[1]!, value: m[2]! })));
const plain = (n: string): string => n.replace(GOLD_RE, '$2').replace(/<<[a-z]+\||>>/g, '');

describe('R35 clinical round 12 date generator', () => {
  it('R35 builds the same notes from a fixed seed, dense with dates in gold', () => {
    expect(DEV.length).toBe(200);
    expect(ASIDE.length).toBe(80);
    expect(gold(DEV).filter((g) => g.type === 'DATE').length).toBeGreaterThan(1000);
    expect(gold(ASIDE).filter((g) => g.type === 'DATE').length).toBeGreaterThan(300);
  });

  it('R35 writes notes in capitals and lower case', () => {
    expect(DEV.some((n) => plain(n) === plain(n).toUpperCase())).toBe(true);
    expect(DEV.some((n) => plain(n) === plain(n).toLowerCase())).toBe(true);
  });
});
