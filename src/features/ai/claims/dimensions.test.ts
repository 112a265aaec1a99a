// Round vdim (issue 15, 2026-12-07): whose experience, how certain, and what became of an action,
// read per clause and compared on aligned words (dimensions.ts). Our own synthetic sentences.
import { describe, expect, it } from 'vitest';
import { compareDimensions } from './dimensions.ts';

describe('claims: dimensions of aligned words (round vdim)', () => {
  it('R03 a relative\'s condition told as the client\'s is a contradiction; told as the relative\'s it agrees', () => {
    const src = ['Mr Hollis Pemberton (synthetic, 50) is worried about his uncle, who has epilepsy. Sleep poor.'];
    expect(compareDimensions('Mr Pemberton has epilepsy.', src).contra.join()).toMatch(/uncle's; draft as the client's/);
    expect(compareDimensions('His uncle has epilepsy.', src).contra).toEqual([]);
  });

  it('R03 a reporter does not own what is reported, and a person after a preposition is not the subject', () => {
    const src = ['Grandma says Tilly (synthetic, 8) has eczema, worse in winter. Tilly argues with her brother about chores.'];
    expect(compareDimensions('Tilly has eczema.', src).contra).toEqual([]);
  });

  it('R03 started against stopped on the same drug, and a status that agrees', () => {
    const src = ['Pregabalin tapered and stopped over 3 weeks. Mindfulness practice continues.'];
    expect(compareDimensions('Pregabalin was commenced.', src).contra.join()).toMatch(/pregabalin was stopped; draft says started/);
    expect(compareDimensions('Mindfulness practice was continued.', src).continuedAgrees).toBe(true);
  });

  it('R03 a confirmed diagnosis against a suspected one; a hedge the draft keeps agrees', () => {
    const src = ['Possible hypothyroidism, bloods pending.'];
    expect(compareDimensions('Diagnosed with hypothyroidism.', src).contra.join()).toMatch(/possible or suspected; draft as confirmed/);
    expect(compareDimensions('Hypothyroidism may be present; results awaited.', src).hedgeAgrees).toBe(true);
  });

  it('R03 a direction against the values the source gives', () => {
    const src = ['Weight 71 (was 68 in May).'];
    expect(compareDimensions('Her weight has fallen since May.', src).contra.join()).toMatch(/going up \(68 to 71\)/);
    expect(compareDimensions('Her weight has risen since May.', src).contra).toEqual([]);
  });
});
