// Round vrisk (issue 15): risk read as frames by meaning (riskframes.ts). A risk said in paraphrase
// ("hopes she will not wake up", "fantasised about hurting him", "keeping back her tablets") with
// the other polarity, another person harmed, a relative's act, another rated level or another last
// time is a contradiction; the faithful paraphrase beside each one must pass the frames. Our own
// synthetic sentences (not those of the development batch); no database.
import { describe, expect, it } from 'vitest';
import { compareRiskFrames, riskFrames } from './riskframes.ts';
import { verifyClaim } from './index.ts';

const label = (sentence: string, cited: string[]): string => verifyClaim(sentence, cited).label;
const framesContra = (sentence: string, cited: string[]): string[] => compareRiskFrames(sentence, cited).contra;

describe('claims: risk frames by meaning (round vrisk)', () => {
  it('R03 a wish to be gone, said in paraphrase, is a thought of death; its denial contradicts it', () => {
    const src = ['Ms Q. Test (synthetic) says some evenings she would rather go to sleep and never wake up; no plan.'];
    expect(label('She denies any wish to die.', src)).toBe('CONTRADICTED');
    expect(framesContra('She sometimes wishes she would not wake up, without a plan.', src)).toEqual([]);
    expect(label('She has a plan to end her life.', src)).toBe('CONTRADICTED');
  });

  it('R03 harm to another: a harm verb with another person as its object, its polarity and its target', () => {
    const src = ['Mr T. Sample (synthetic) admits picturing punching his neighbour but says he has no intention of doing it and has never hurt anyone.'];
    expect(label('He denies thoughts of harming other people.', src)).toBe('CONTRADICTED');
    expect(framesContra('He has imagined hurting his cousin.', src).join(' ')).toMatch(/neighbour.*cousin/);
    expect(label('He hit his neighbour last month.', src)).toBe('CONTRADICTED');
    expect(framesContra('He has pictured hitting his neighbour but has no intent to do so.', src)).toEqual([]);
  });

  it('R03 a denial scopes over a list but stops at "but" and at a semicolon ("passive SI without plan")', () => {
    const fr = riskFrames('Denies SI, intent or plan; passive death wish but no plan.');
    expect(fr.filter((f) => f.facet === 'intent').every((f) => f.neg)).toBe(true);
    expect(fr.some((f) => f.facet === 'thought' && !f.neg)).toBe(true);
    expect(fr.filter((f) => f.facet === 'plan').every((f) => f.neg)).toBe(true);
  });

  it('R03 "contracted for safety" denies nothing; "asked about SI" leaves the answer to the next words', () => {
    expect(label('He denies suicidal thoughts.', ['Suicidal thoughts most days for a week; he contracted for safety.'])).toBe('CONTRADICTED');
    expect(framesContra('She denied suicidal thoughts.', ['Asked directly about suicidal thoughts; she said no.'])).toEqual([]);
  });

  it('R03 experiencer: a relative\'s act is not the client\'s, and a witness is not the actor', () => {
    const src = ['Her uncle took an overdose in 2018; she has never made an attempt herself.'];
    expect(label('She took an overdose in 2018.', src)).toBe('CONTRADICTED');
    expect(framesContra('Her uncle overdosed in 2018.', src)).toEqual([]);
    expect(framesContra('The boy witnessed violence against his aunt.', ['The boy (8) saw his father hitting his aunt.'])).toEqual([]);
  });

  it('R03 a medication stockpile, a rated level and the time of the last episode', () => {
    expect(label('She has not been hoarding tablets.', ['She admits keeping back her sertraline "in case".'])).toBe('CONTRADICTED');
    expect(label('Chronic risk was rated high.', ['Formulation: chronic risk low, acute risk moderate.'])).toBe('CONTRADICTED');
    expect(framesContra('Chronic risk judged low.', ['Formulation: chronic risk low, acute risk moderate.'])).toEqual([]);
    expect(framesContra('She last had urges to cut two months ago.', ['Urges to cut, most recently on Friday.']).length).toBe(1);
    expect(framesContra('Her last urges to cut were on Friday.', ['Urges to cut, most recently on Friday.'])).toEqual([]);
  });
});
