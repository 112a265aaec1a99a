// R35: the round-9 nursing/progress-note generator (clinical-gen9.ts) is seeded, carries names,
// places and dates in gold, writes in capitals and lower case, and keeps its set-aside identities
// apart from the development ones.
import { describe, expect, it } from 'vitest';
import { parseFixture } from '../../src/deid/fixtures/clinical.ts';
import { ASIDE, DEV } from './clinical-gen9.ts';

const goldWords = (notes: string[]): Set<string> =>
  new Set(notes.flatMap((n) => { const p = parseFixture(n); return p.spans.filter((s) => s.type === 'NAME' || s.type === 'GEO').map((s) => p.text.slice(s.start, s.end).toLowerCase()); }));

describe('R35 clinical round 9 generator', () => {
  it('R35 builds the same notes from a fixed seed, with names, places and dates in gold', () => {
    expect(DEV.length).toBe(150);
    expect(ASIDE.length).toBe(70);
    const types = new Set(DEV.flatMap((n) => parseFixture(n).spans.map((s) => s.type)));
    for (const t of ['DATE', 'GEO', 'NAME']) expect(types.has(t)).toBe(true);
    expect(DEV.reduce((n, d) => n + parseFixture(d).spans.length, 0)).toBe(944);
  });

  it('R35 writes notes in capitals and lower case, and keeps the set-aside names and places apart', () => {
    expect(DEV.some((n) => parseFixture(n).text === parseFixture(n).text.toUpperCase())).toBe(true);
    expect(DEV.some((n) => parseFixture(n).text === parseFixture(n).text.toLowerCase())).toBe(true);
    const dev = goldWords(DEV);
    expect([...goldWords(ASIDE)].filter((w) => dev.has(w))).toEqual([]);
  });
});
