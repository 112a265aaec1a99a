// R35: round 8's generator of therapist notes (notes-gen8.ts) is seeded (the same notes every run),
// its gold spans are exact, it carries every identifier family in several voices, and its set-aside
// part shares no person or place with the development part.
//   npx vitest run --config bench/deid/vitest.config.ts bench/egress/notes-gen8.test.ts
import { describe, expect, it } from 'vitest';
import { ASIDE, DEV } from './notes-gen8.ts';

describe('R35 round-8 generated therapist notes', () => {
  it('R35 DEV and ASIDE parse with exact gold spans, and carry every family', () => {
    expect(DEV).toHaveLength(96);
    expect(ASIDE).toHaveLength(45);
    for (const n of [...DEV, ...ASIDE]) for (const s of n.spans) expect(n.text.slice(s.start, s.end)).toBe(s.value);
    const types = new Set(DEV.flatMap((n) => n.spans.map((s) => s.type)));
    for (const t of ['NAME', 'GEO', 'DATE', 'PHONE', 'EMAIL', 'URL', 'OTHER_ID', 'HEALTH_PLAN', 'MRN', 'PHOTO', 'DEVICE', 'VEHICLE', 'AGE', 'IP']) expect(types.has(t)).toBe(true);
    expect(DEV.some((n) => n.text === n.text.toLowerCase())).toBe(true);
    expect(DEV.some((n) => n.kind === 'bullets')).toBe(true);
  });

  it('R35 ASIDE shares no name or place with DEV', () => {
    // Whole values: a kind word ("County", "Shelter") may recur, a person's or a place's name may not.
    const vals = (ns: typeof DEV, type: string): Set<string> => new Set(ns.flatMap((n) => n.spans.filter((s) => s.type === type && !/^\d/.test(s.value)).map((s) => s.value.toLowerCase())));
    for (const type of ['NAME', 'GEO']) {
      const dev = vals(DEV, type);
      expect([...vals(ASIDE, type)].filter((v) => dev.has(v))).toEqual([]);
    }
  });
});
