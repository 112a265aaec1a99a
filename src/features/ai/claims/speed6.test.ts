// Round vspeed5b (issue 15, 2026-12-08): dimensions.ts keeps each text's reading per set of the
// client's names, and reads its word classes from a per-word memo. A kept reading must be the one a
// fresh reading gives, whichever names the other texts of the pair bring. The whole-verifier check
// is bench/grounding/verdicts-golden.ts. Our own synthetic sentences.
import { describe, expect, it } from 'vitest';
import { compareDimensions } from './dimensions.ts';
import { clearAnalysisCache } from './index.ts';

describe('R03 round vspeed5b: kept readings give the fresh answers', () => {
  it('R03 one segment read under two sets of client names gives each its own reading', () => {
    // "Quillon" is the client's name only where a context line names him so: the same segment is
    // read with and without that name.
    const seg = 'Quillon reports his sister Brisa has migraines; Quillon sleeps poorly.';
    const withName = (): unknown => compareDimensions('Quillon has migraines.', [seg], ['Mr Quillon Tarrow (synthetic, 40).']);
    const without = (): unknown => compareDimensions('Quillon has migraines.', [seg]);
    clearAnalysisCache();
    const freshWith = withName();
    clearAnalysisCache();
    const freshWithout = without();
    clearAnalysisCache();
    // Warm, in both orders: each set of names gets its own kept reading.
    expect([without(), withName(), without(), withName()]).toEqual([freshWithout, freshWith, freshWithout, freshWith]);
  });

  it('R03 status and hedge words read through the memo as the patterns read them', () => {
    const src = ['Sertraline not stopped; therapy possibly helpful. Homework partly done.'];
    clearAnalysisCache();
    const r = compareDimensions('Sertraline was discontinued and homework was completed.', src);
    expect(r.contra.join()).toMatch(/sertraline was continued; draft says stopped/);
    expect(r.contra.join()).toMatch(/homework was not done; draft says done/);
    // The same, warm, and again after the words are memoised from other texts.
    compareDimensions('Therapy might be started; sertraline was given.', ['Therapy was declined.']);
    expect(compareDimensions('Sertraline was discontinued and homework was completed.', src)).toEqual(r);
  });
});
