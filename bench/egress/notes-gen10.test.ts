// R35: round egeo's hand-written place-heavy therapist notes (notes-gen10.ts) parse with exact gold
// spans, are mostly about places, and the set-aside part shares no person or place with DEV.
//   npx vitest run --config bench/deid/vitest.config.ts bench/egress/notes-gen10.test.ts
import { describe, expect, it } from 'vitest';
import { ASIDE, DEV } from './notes-gen10.ts';

describe('R35 round-10 place-heavy therapist notes', () => {
  it('R35 DEV and ASIDE parse with exact gold spans and carry places above all', () => {
    expect(DEV.length).toBeGreaterThanOrEqual(40);
    expect(ASIDE.length).toBeGreaterThanOrEqual(15);
    for (const n of [...DEV, ...ASIDE]) for (const s of n.spans) expect(n.text.slice(s.start, s.end)).toBe(s.value);
    const geo = DEV.flatMap((n) => n.spans).filter((s) => s.type === 'GEO').length;
    expect(geo).toBeGreaterThan(DEV.flatMap((n) => n.spans).length / 2);
  });

  it('R35 ASIDE shares no name or place with DEV', () => {
    const vals = (ns: typeof DEV, type: string): Set<string> => new Set(ns.flatMap((n) => n.spans.filter((s) => s.type === type && !/^\d/.test(s.value)).map((s) => s.value.toLowerCase())));
    for (const type of ['NAME', 'GEO']) {
      const dev = vals(DEV, type);
      expect([...vals(ASIDE, type)].filter((v) => dev.has(v))).toEqual([]);
    }
  });
});
