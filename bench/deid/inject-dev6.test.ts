// R35 shapes round: the dev batch 6 generator (inject-dev6.ts) is deterministic, balanced across
// identifier families, keeps its set-aside carriers apart from the tuning ones, and writes exact gold
// in the development conversations only.
import { describe, expect, it } from 'vitest';
import { DEV_ROWS, injectedTherapy, type InjectedDoc } from './inject.ts';
import { DEV6_ASIDE_TEMPLATES, DEV6_TEMPLATES, FAMILIES, generateTemplates, injectedTherapyDev6, injectedTherapyDev6Aside, pickDev6 } from './inject-dev6.ts';
import { pick, pickDev3, pickDev4, pickDev5, pickHeld3, Rng } from './inject-values.ts';

describe('R35 dev batch 6: a generator of identifier shapes', () => {
  it('R35 generates the same templates from the same seed, every family about equally', () => {
    expect(generateTemplates('dev', 30, 0xd6d6)).toEqual(DEV6_TEMPLATES);
    for (const fam of FAMILIES) expect(DEV6_TEMPLATES.filter((t) => t.id.startsWith(`d6-${fam.name}-c`)).length).toBe(30);
    expect(DEV6_ASIDE_TEMPLATES.every((t) => t.id.startsWith('d6a-'))).toBe(true);
  });

  it('R35 writes the set-aside carriers apart from the tuning ones', () => {
    for (const fam of FAMILIES) {
      const dev = new Set(fam.dev);
      expect(fam.aside.filter((c) => dev.has(c))).toEqual([]);
      expect(fam.aside.length).toBeGreaterThan(0);
    }
  });

  it('R35 names its value shapes apart from every earlier picker table', () => {
    const earlier = [pick, pickHeld3, pickDev3, pickDev4, pickDev5];
    expect(Object.keys(pickDev6).filter((k) => earlier.some((t) => Object.hasOwn(t, k)))).toEqual([]);
    const r = new Rng(7);
    // Shapes people say: an SSN in words has no digit, a masked card has the card's grouping.
    expect(pickDev6.d6ssnWords!(r)).not.toMatch(/\d/);
    expect(pickDev6.d6card16!(r)).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/);
    expect(pickDev6.d6vin!(r)).toMatch(/^[A-HJ-NPR-Z0-9]{17}$/);
  });

  const dev6 = injectedTherapyDev6();
  const aside = injectedTherapyDev6Aside();
  const injected = injectedTherapy();
  it.skipIf(dev6 === undefined || aside === undefined || injected === undefined)('R35 dev batch 6 on the corpus: exact gold in the development conversations 0-52 only', () => {
    if (dev6 === undefined || aside === undefined || injected === undefined) throw new Error('unreachable: skipped without the corpus');
    for (const set of [dev6, aside]) {
      expect(set.docs).toHaveLength(DEV_ROWS.to - DEV_ROWS.from + 1);
      expect((set.docs as InjectedDoc[]).map((d) => d.id)).toEqual((injected.dev.docs as InjectedDoc[]).map((d) => d.id));
      for (const doc of set.docs as InjectedDoc[]) for (const s of doc.spans) expect(doc.text.slice(s.start, s.end)).toBe(s.value);
    }
  });
});
