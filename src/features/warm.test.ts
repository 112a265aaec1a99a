// The start-up warm-up (src/features/warm.ts) must leave nothing of its own texts behind and must
// not change what the engines answer afterwards.
import { describe, expect, it } from 'vitest';
import { warmEngines } from './warm.ts';
import { analysedTexts } from './ai/claims/analysis.ts';
import { redact } from '../deid/index.ts';
import { verifyClaim } from './ai/claims/index.ts';

describe('start-up warm-up', () => {
  it('R35 R03 warms the de-identification engine and the verifier, keeps no analysed text, and leaves their answers as they were', async () => {
    const text = 'Mr. Quill Zephyrton phoned from Lakeview Harbor on 4/5/2031 about his appointment.';
    const pair = ['Client reported passive thoughts of death last week.', ['Pt denies SI, HI.']] as const;
    await warmEngines();
    expect(analysedTexts()).toBe(0);
    const afterWarm = { redacted: redact(text).text, verdict: verifyClaim(pair[0], [...pair[1]]) };
    await warmEngines();
    expect(analysedTexts()).toBe(0);
    expect(redact(text).text).toBe(afterWarm.redacted);
    expect(verifyClaim(pair[0], [...pair[1]])).toEqual(afterWarm.verdict);
    // The engines did their work: the name is gone and the contradicted risk is caught.
    expect(afterWarm.redacted).not.toContain('Zephyrton');
    expect(afterWarm.verdict.label).toBe('CONTRADICTED');
  });
});
