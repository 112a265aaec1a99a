// The learned second stage of the claim verifier (calibrate.ts, scripts/train-verifier.ts).
import { describe, expect, it } from 'vitest';
import { calibrate, claimFeatures, FEATURES, stageOf, verifierModel, type VerifierModelFile } from './calibrate.ts';
import { verifyClaim, verifyClaimRules } from './index.ts';
import type { ClaimVerdict } from './types.ts';
import { fitLogistic } from '../../../../scripts/verifier-fit.ts';

const feature = (f: Float64Array, name: string): number => f[FEATURES.indexOf(name)]!;
const SUPPORTED: ClaimVerdict = { label: 'SUPPORTED', reasons: [], risk: [], riskPolarity: null };

/** A model that always says yes (threshold 0) or never (threshold above 1), for the decision logic. */
function fixed(threshold: number): VerifierModelFile {
  const part = { bias: 0, weights: FEATURES.map(() => 0), threshold };
  return { version: 1, features: [...FEATURES], flag: part, clearUnsupported: part, clearContradicted: part, trainedOn: [] };
}

describe('R03 learned verifier stage: features', () => {
  it('R03 names the draft words no cited segment holds, and counts them by kind', () => {
    const { features, unfound } = claimFeatures('Zorbly Quenth reports poor sleep and started a pottery class.', ['Zorbly Quenth reports poor sleep.'], [], SUPPORTED);
    expect(features.length).toBe(FEATURES.length);
    expect(unfound).toEqual(expect.arrayContaining(['pottery', 'started']));
    expect(unfound).not.toContain('sleep');
    expect(feature(features, 'share_nowhere')).toBeGreaterThan(0);
    expect(feature(features, 'share_in_cited_exact')).toBeGreaterThan(0);
  });

  it('R03 reads numbers that match and numbers that do not', () => {
    const { features } = claimFeatures('Sleeps 4 hours and scored 17 on the scale.', ['Sleeps 4 hours a night; scored 12 on the scale.'], [], SUPPORTED);
    expect(feature(features, 'numbers_matching')).toBeGreaterThan(0);
    expect(feature(features, 'numbers_mismatching')).toBeGreaterThan(0);
  });

  it('R03 sees a negation on one side only, and a word found only in the uncited context', () => {
    const { features } = claimFeatures('The client reports nightmares about the fire.', ['The client reports no nightmares.'], ['The fire was in March.'], SUPPORTED);
    expect(feature(features, 'negation_asymmetry')).toBeGreaterThan(0);
    expect(feature(features, 'share_in_context_only')).toBeGreaterThan(0);
  });

  it('R03 reads the rules\' reasons by kind', () => {
    const v: ClaimVerdict = { label: 'CONTRADICTED', reasons: ['source says denies suicidal ideation; draft says suicidal ideation present'], risk: ['suicide'], riskPolarity: 'present' };
    const { features } = claimFeatures('Client endorses suicidal ideation.', ['Client denies suicidal ideation.'], [], v);
    expect(feature(features, 'rule_contradicted')).toBe(1);
    expect(feature(features, 'reason_risk')).toBe(1);
    expect(feature(features, 'reason_slot')).toBe(1);
    expect(feature(features, 'risk_in_draft')).toBe(1);
  });
});

describe('R03 learned verifier stage: decisions and the risk constraint', () => {
  it('R03 never clears a contradiction that involves a risk concept, even with a model that clears everything', () => {
    const cited = ['Client denies suicidal ideation, plan or intent.'];
    const rules = verifyClaimRules('Client endorses suicidal ideation with a plan.', cited);
    expect(rules.label).toBe('CONTRADICTED');
    expect(stageOf(rules, cited)).toBeNull();
    expect(calibrate(rules, 'Client endorses suicidal ideation with a plan.', cited, [], fixed(0))).toEqual(rules);
    // Risk named only in the reasons (access to firearms) is protected too.
    const v: ClaimVerdict = { label: 'CONTRADICTED', reasons: ['source says no firearm; draft says firearm'], risk: [], riskPolarity: null };
    expect(calibrate(v, 'He keeps a rifle at home.', ['No weapons at home.'], [], fixed(0)).label).toBe('CONTRADICTED');
  });

  it('R03 never clears a risk the draft adds to a source that does not mention it', () => {
    const v: ClaimVerdict = { label: 'UNSUPPORTED', reasons: ['source does not mention self-harm'], risk: ['self_harm'], riskPolarity: 'present' };
    expect(calibrate(v, 'She reports cutting last week.', ['She reports a busy week at work.'], [], fixed(0))).toEqual(v);
  });

  it('R03 a cleared flag carries no reasons; a non-risk contradiction may be cleared', () => {
    const v: ClaimVerdict = { label: 'CONTRADICTED', reasons: ['source says weekly; draft says daily'], risk: [], riskPolarity: null };
    const out = calibrate(v, 'Walks the dog daily.', ['Walks the dog weekly.'], [], fixed(0));
    expect(out).toEqual({ ...v, label: 'SUPPORTED', reasons: [] });
    expect(calibrate(v, 'Walks the dog daily.', ['Walks the dog weekly.'], [], fixed(2))).toEqual(v);
  });

  it('R03 a SUPPORTED turned UNSUPPORTED names the draft words the source lacks, and needs some to name', () => {
    const out = calibrate(SUPPORTED, 'Quenth enjoys gardening and volunteers at a shelter.', ['Quenth enjoys gardening.'], [], fixed(0));
    expect(out.label).toBe('UNSUPPORTED');
    expect(out.reasons).toHaveLength(1);
    expect(out.reasons[0]).toMatch(/^draft adds what the source does not say: .*shelter/);
    expect(calibrate(SUPPORTED, 'Quenth enjoys gardening.', ['Quenth enjoys gardening.'], [], fixed(0))).toEqual(SUPPORTED);
  });

  it('R03 the option off gives the rules alone; the shipped model matches the features', () => {
    const cited = ['Sertraline 50 mg started on Monday.'];
    expect(verifyClaim('Sertraline 50 mg was started on Monday.', cited, [], { model: false })).toEqual(verifyClaimRules('Sertraline 50 mg was started on Monday.', cited));
    const m = verifierModel();
    expect(m).not.toBeNull();
    expect(m!.features).toEqual([...FEATURES]);
    for (const part of [m!.flag, m!.clearUnsupported, m!.clearContradicted]) expect(part.weights).toHaveLength(FEATURES.length);
  });
});

describe('R03 learned verifier stage: synthetic pairs with the shipped model', () => {
  const check = (sentence: string, cited: string[], want: string): void => {
    expect(verifyClaim(sentence, cited).label).toBe(want);
  };
  it('R03 a risk contradiction stays flagged', () => {
    check('Mx Pelloran Vask endorses homicidal ideation toward a neighbour.', ['Mx Pelloran Vask denies homicidal ideation.'], 'CONTRADICTED');
    check('Vask reports active suicidal thoughts with a plan.', ['Vask denies SI, plan or intent.'], 'CONTRADICTED');
  });
  it('R03 faithful paraphrases pass and an invention is flagged', () => {
    check('Vask reports sleeping about five hours a night.', ['Vask says she sleeps around 5 hours per night.'], 'SUPPORTED');
    check('Vask denies SI/HI.', ['Vask denies suicidal and homicidal ideation.'], 'SUPPORTED');
    check('Vask was started on lithium 400 mg and referred to a dietitian.', ['Vask reports low mood for two weeks.'], 'UNSUPPORTED');
  });
});

describe('R03 learned verifier stage: reproducible training', () => {
  it('R03 fitting the same rows twice gives the same weights, exactly', () => {
    const rows = Array.from({ length: 60 }, (_, i) => ({ x: Float64Array.from([i % 2, (i % 3) / 2, (i % 5) / 4]), y: i % 2 === 0 && i % 3 !== 0 ? 1 : 0 }));
    const a = fitLogistic(rows, 3, { iterations: 200 });
    const b = fitLogistic(rows, 3, { iterations: 200 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    // It learns: the first feature separates most of the positives.
    expect(a.weights[0]!).not.toBe(0);
  });
});
