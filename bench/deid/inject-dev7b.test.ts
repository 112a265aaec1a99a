// R35/R36 talk round (talkb): the dev batch 7b generator (inject-dev7b.ts) is deterministic, keeps
// its set-aside carriers, shapes and traps apart from the tuning ones, writes exact gold in the
// development conversations only, and its trap talk carries no gold at all.
import { describe, expect, it } from 'vitest';
import { DEV_ROWS, type InjectedDoc } from './inject.ts';
import { pickDev6 } from './inject-dev6.ts';
import {
  ASIDE_TRAPS,
  DEV7B_ASIDE_TEMPLATES,
  DEV7B_TEMPLATES,
  DEV_TRAPS,
  FAMILIES,
  asideTraps,
  devTraps,
  generateTemplates,
  injectedTherapyDev7b,
  injectedTherapyDev7bAside,
  pickDev7b,
} from './inject-dev7b.ts';
import { pick, pickDev3, pickDev4, pickDev5, pickHeld3 } from './inject-values.ts';

describe('R35/R36 dev batch 7b: identifier shapes in voices, and trap talk', () => {
  it('R35 generates the same templates from the same seed, every family equally', () => {
    expect(generateTemplates('dev', 24, 0x7b7b)).toEqual(DEV7B_TEMPLATES);
    for (const fam of FAMILIES) expect(DEV7B_TEMPLATES.filter((t) => t.id.startsWith(`t7-${fam.name}-c`)).length).toBe(24);
    expect(DEV7B_ASIDE_TEMPLATES.every((t) => t.id.startsWith('t7a-'))).toBe(true);
  });

  it('R35 keeps set-aside carriers, shapes and traps apart from the tuning ones', () => {
    for (const fam of FAMILIES) {
      expect(fam.aside.filter((c) => fam.dev.includes(c))).toEqual([]);
      expect(fam.asideShapes.filter((s) => fam.shapes.includes(s))).toEqual([]);
    }
    expect(ASIDE_TRAPS.filter((l) => DEV_TRAPS.includes(l))).toEqual([]);
    expect(DEV_TRAPS.length).toBeGreaterThanOrEqual(150);
  });

  it('R35 names its value shapes apart from every earlier picker table', () => {
    const earlier = [pick, pickHeld3, pickDev3, pickDev4, pickDev5, pickDev6];
    expect(Object.keys(pickDev7b).filter((k) => earlier.some((t) => Object.hasOwn(t, k)))).toEqual([]);
  });

  it('R35 trap talk has no gold span', () => {
    for (const c of [devTraps(), asideTraps()]) for (const d of c.docs) expect(d.spans).toEqual([]);
  });

  const dev = injectedTherapyDev7b();
  const aside = injectedTherapyDev7bAside();
  it.skipIf(dev === undefined || aside === undefined)('R35 dev batch 7b on the corpus: exact gold in the development conversations 0-52 only', () => {
    if (dev === undefined || aside === undefined) throw new Error('unreachable: skipped without the corpus');
    for (const set of [dev, aside]) {
      expect(set.docs).toHaveLength(DEV_ROWS.to - DEV_ROWS.from + 1);
      for (const doc of set.docs as InjectedDoc[]) for (const s of doc.spans) expect(doc.text.slice(s.start, s.end)).toBe(s.value);
    }
  });
});
