// R35/R36 dev batch 7a: the generator for AGE, DATE, EMAIL, HEALTH_PLAN and LICENSE in talk
// (inject-dev7a.ts) is deterministic, keeps its set-aside carriers apart from the tuning ones, and
// writes exact gold in the development conversations only.
import { describe, expect, it } from 'vitest';
import { DEV_ROWS, injectedTherapy, type InjectedDoc } from './inject.ts';
import { pickDev6, generateTemplates } from './inject-dev6.ts';
import { DEV7A_ASIDE_TEMPLATES, DEV7A_TEMPLATES, FAMILIES_7A, injectedTherapyDev7a, injectedTherapyDev7aAside, pickDev7a } from './inject-dev7a.ts';
import { pick, pickDev3, pickDev4, pickDev5, pickHeld3, Rng } from './inject-values.ts';

describe('R35 dev batch 7a: talk shapes of the five weakest identifier types', () => {
  it('R35 generates the same templates from the same seed, every family equally', () => {
    expect(generateTemplates('dev', 40, 0xd7a7, FAMILIES_7A, 'd7', ['as-is', 'as-is', 'lower-chat', 'no-punct', 'typo'])).toEqual(DEV7A_TEMPLATES);
    for (const fam of FAMILIES_7A) expect(DEV7A_TEMPLATES.filter((t) => t.id.startsWith(`d7-${fam.name}-c`)).length).toBe(40);
    expect(DEV7A_ASIDE_TEMPLATES.every((t) => t.id.startsWith('d7a-'))).toBe(true);
  });

  it('R35 keeps set-aside carriers and set-aside shapes out of the tuning part', () => {
    for (const fam of FAMILIES_7A) {
      const dev = new Set(fam.dev);
      expect(fam.aside.filter((c) => dev.has(c))).toEqual([]);
      expect(fam.shapes.filter((s) => s.startsWith('d7s'))).toEqual([]);
      expect(fam.dev.join(' ')).not.toMatch(/\{V=d7s/);
    }
  });

  it('R35 names its shapes apart from every earlier picker table; ages are over 89', () => {
    const earlier = [pick, pickHeld3, pickDev3, pickDev4, pickDev5, pickDev6];
    expect(Object.keys(pickDev7a).filter((k) => earlier.some((t) => Object.hasOwn(t, k)))).toEqual([]);
    const r = new Rng(11);
    for (let i = 0; i < 50; i++) expect(Number(pickDev7a.d7ageDigits!(r))).toBeGreaterThan(89);
    expect(pickDev7a.d7ageHyphen!(r)).toMatch(/^(ninety(-\w+)?|(a|one) hundred( and \w+)?)$/);
  });

  const dev = injectedTherapyDev7a();
  const aside = injectedTherapyDev7aAside();
  const injected = injectedTherapy();
  it.skipIf(dev === undefined || aside === undefined || injected === undefined)('R35 dev batch 7a on the corpus: exact gold in the development conversations 0-52 only', () => {
    if (dev === undefined || aside === undefined || injected === undefined) throw new Error('unreachable: skipped without the corpus');
    for (const set of [dev, aside]) {
      expect(set.docs).toHaveLength(DEV_ROWS.to - DEV_ROWS.from + 1);
      expect((set.docs as InjectedDoc[]).map((d) => d.id)).toEqual((injected.dev.docs as InjectedDoc[]).map((d) => d.id));
      for (const doc of set.docs as InjectedDoc[]) for (const s of doc.spans) expect(doc.text.slice(s.start, s.end)).toBe(s.value);
    }
  });
});
