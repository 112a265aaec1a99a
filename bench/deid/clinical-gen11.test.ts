// R35: the round-11 recall generator (clinical-gen11.ts) is seeded, carries every kind of identifier
// it was written for in gold, writes in capitals and lower case, and keeps its set-aside identities
// (clinical-gen11-aside.ts) apart from the development ones.
import { describe, expect, it } from 'vitest';
import { ASIDE } from './clinical-gen11-aside.ts';
import { DEV } from './clinical-gen11.ts';

const GOLD_RE = /\[\[([A-Z_]+)\|([^\]]*)\]\]/g;
const gold = (notes: readonly string[]): { type: string; value: string }[] => notes.flatMap((n) => [...n.matchAll(GOLD_RE)].map((m) => ({ type: m[1]!, value: m[2]! })));
const plain = (n: string): string => n.replace(GOLD_RE, '$2').replace(/<<[a-z]+\||>>/g, '');
const nameWords = (notes: readonly string[]): Set<string> => new Set(gold(notes).filter((g) => g.type === 'NAME' || g.type === 'GEO').map((g) => g.value.toLowerCase()));

describe('R35 clinical round 11 generator', () => {
  it('R35 builds the same notes from a fixed seed with every kind of identifier in gold', () => {
    expect(DEV.length).toBe(220);
    expect(ASIDE.length).toBe(90);
    const types = new Set(gold(DEV).map((g) => g.type));
    for (const t of ['NAME', 'DATE', 'GEO', 'PHONE', 'AGE', 'MRN']) expect(types.has(t)).toBe(true);
    expect(gold(DEV).filter((g) => g.type !== 'ORG').length).toBe(569);
  });

  it('R35 writes notes in capitals and lower case, and keeps the set-aside names and places apart', () => {
    expect(DEV.some((n) => plain(n) === plain(n).toUpperCase())).toBe(true);
    expect(DEV.some((n) => plain(n) === plain(n).toLowerCase())).toBe(true);
    const dev = nameWords(DEV);
    expect([...nameWords(ASIDE)].filter((w) => dev.has(w))).toEqual([]);
  });
});
