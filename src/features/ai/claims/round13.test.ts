// Round 13 (issue 15, riskfa): substance relapse against an illness's relapse, recovery-group names,
// a cessation written after the act, negated need, negation scope, complementary counts and
// organisations as agents. Each rule with a control the same rule must still catch or let through.
// Our own synthetic sentences (obviously fake people); pure functions, no database.
import { describe, expect, it } from 'vitest';
import { verifyClaim } from './index.ts';
import { riskMentions } from './risk.ts';

const label = (sentence: string, cited: string[]): string => verifyClaim(sentence, cited).label;

describe('claims: round 13 risk and false alarms', () => {
  it('R03 a relapse of an illness is not a substance relapse; a relapse on a substance still is', () => {
    expect(riskMentions('Psychotic relapse in May after missing doses.').filter((m) => m.kind === 'relapse')).toHaveLength(0);
    expect(riskMentions('Her anorexia relapsed over the winter.').filter((m) => m.kind === 'relapse')).toHaveLength(0);
    expect(riskMentions('He relapsed on vodka at the weekend.').filter((m) => m.kind === 'relapse')).toHaveLength(1);
    const src = ['Zeppa Quorndrake (synthetic): manic relapse in March. She has never drunk alcohol.'];
    expect(label('She relapsed on alcohol in March.', src)).toBe('CONTRADICTED');
    expect(label('She had a manic relapse in March.', src)).toBe('SUPPORTED');
  });

  it('R03 a recovery group named is not a use; use stated beside it still is', () => {
    expect(riskMentions('Goes to Cocaine Anonymous on Fridays.')).toHaveLength(0);
    expect(riskMentions('Goes to Cocaine Anonymous on Fridays but used cocaine on Saturday.').some((m) => m.obj === 'cocaine' && !m.denied)).toBe(true);
  });

  it('R03 a cessation written after the act denies it; "has not stopped" does not', () => {
    const src = ['Yarrow Fenstitch (synthetic): vodka drinking has now stopped, since the 4th of May.'];
    expect(label('He still drinks vodka.', src)).toBe('CONTRADICTED');
    expect(label('He stopped drinking vodka in May.', src)).toBe('SUPPORTED');
    const going = ['Yarrow Fenstitch (synthetic): betting on horses has not stopped.'];
    expect(label('He continues to bet on horses.', going)).toBe('SUPPORTED');
  });

  it('R03 a negated need denies its subject: "clozapine not indicated"', () => {
    const src = ['Clozapine not indicated at this stage per the consultant.'];
    expect(label('Clozapine was started.', src)).toBe('CONTRADICTED');
    expect(label('Clozapine is not needed at this stage.', src)).toBe('SUPPORTED');
  });

  it('R03 negation stops at a reason clause and skips a definite source of the negated thing', () => {
    const src = ['No help with shopping as his daughter works in Dubai. No benefit from the lamotrigine so far.'];
    expect(label('His daughter works in Dubai.', src)).toBe('SUPPORTED');
    expect(label('He takes lamotrigine.', src)).toBe('SUPPORTED');
    expect(label('He has had some benefit from the lamotrigine.', src)).toBe('CONTRADICTED');
    expect(label('He is not taking lamotrigine.', src)).toBe('CONTRADICTED');
  });

  it('R03 a count told from its other side is the same fact; the same part flipped contradicts', () => {
    const src = ['Quillon Brack (synthetic) attended 11 of 15 anger group sessions.'];
    expect(label('He missed 4 of the 15 group sessions.', src)).toBe('SUPPORTED');
    expect(label('He missed 11 of 15 sessions.', src)).toBe('CONTRADICTED');
    expect(label('He attended 4 of 15 sessions.', src)).toBe('CONTRADICTED');
  });

  it('R03 an organisation is an agent: another referrer contradicts, the same one passes', () => {
    const src = ['Referred by the police after a welfare check at the flat.'];
    expect(label('The police referred her.', src)).toBe('SUPPORTED');
    expect(label('Her GP referred her.', src)).toBe('CONTRADICTED');
  });
});
