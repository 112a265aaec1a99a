// R35: round 9's generator of therapist notes (notes-gen9.ts) is seeded, its gold spans are exact,
// it carries the identifier families its formats are about, and its set-aside part shares no
// person or place with the development part.
//   npx vitest run --config bench/deid/vitest.config.ts bench/egress/notes-gen9.test.ts
import { describe, expect, it } from 'vitest';
import { ASIDE, DEV } from './notes-gen9.ts';

describe('R35 round-9 generated therapist notes', () => {
  it('R35 DEV and ASIDE parse with exact gold spans, and carry the families of their formats', () => {
    expect(DEV).toHaveLength(96);
    expect(ASIDE).toHaveLength(44);
    for (const n of [...DEV, ...ASIDE]) for (const s of n.spans) expect(n.text.slice(s.start, s.end)).toBe(s.value);
    const types = new Set(DEV.flatMap((n) => n.spans.map((s) => s.type)));
    for (const t of ['NAME', 'GEO', 'DATE', 'PHONE', 'URL', 'OTHER_ID', 'PHOTO', 'DEVICE', 'AGE', 'ORG']) expect(types.has(t)).toBe(true);
    expect(new Set(DEV.map((n) => n.style.split(' / ')[0])).size).toBe(8);
  });

  it('R35 ASIDE shares no name or place with DEV', () => {
    const vals = (ns: typeof DEV, type: string): Set<string> => new Set(ns.flatMap((n) => n.spans.filter((s) => s.type === type && !/^\d/.test(s.value)).map((s) => s.value.toLowerCase())));
    for (const type of ['NAME', 'GEO']) {
      const dev = vals(DEV, type);
      expect([...vals(ASIDE, type)].filter((v) => dev.has(v))).toEqual([]);
    }
  });
});
