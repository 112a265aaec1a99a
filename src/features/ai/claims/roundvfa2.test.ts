// Round vfa2 (issue 15, 2026-12-07): false alarms by mechanism — a negation one side says by a
// privative word and the other by a trigger, a negation inside a fronted subordinate clause, and a
// number the source states tying a short sentence to it. Each with a control that a contradiction
// or an invention still gets through. Our own synthetic sentences (obviously fake people).
import { describe, expect, it } from 'vitest';
import { verifyClaim } from './index.ts';

const label = (sentence: string, cited: string[], context: string[] = []): string => verifyClaim(sentence, cited, context).label;

describe('claims: false alarms by mechanism (round vfa2)', () => {
  it('R03 a privative word on one side agrees with a negation trigger on the other', () => {
    // "below" / "did not reach", a participle with un- / "has not repaired".
    expect(label('Her score did not reach the cut-off.', ['Screening score below cut-off.'])).not.toBe('CONTRADICTED');
    expect(label('She is writing to the council about the unrepaired boiler.', ['Council has not repaired the boiler for a month. Will write to them this week.'])).not.toBe('CONTRADICTED');
    // Control: with no privative word, the trigger's negation still conflicts.
    expect(label('Her score did not reach the cut-off.', ['Screening score above cut-off.'])).not.toBe('SUPPORTED');
    // Control: a refusal with its agent is someone else's refusal.
    expect(label('He refused the home visits.', ['Home visits were refused by the housing officer.'])).not.toBe('SUPPORTED');
  });

  it('R03 a negation in a fronted if-clause ends at its comma', () => {
    expect(label('If her sleep does not improve, she will be referred to the sleep clinic.', ['Plan: referral to sleep clinic if sleep not improving.'])).toBe('SUPPORTED');
    // Control: against a source that rules the referral out, the draft still conflicts.
    expect(label('If her sleep does not improve, she will be referred to the sleep clinic.', ['Plan: no referral to sleep clinic.'])).toBe('CONTRADICTED');
  });

  it('R03 a number the source states ties a short sentence; not beside an added act', () => {
    expect(label('A follow-up is booked in a fortnight.', ['F/u 2 wks.'])).toBe('SUPPORTED');
    // Control: an act the source does not state beside the number is still new.
    expect(label('His uncle moved abroad in 2018.', ['Has not spoken to his uncle since 2018.'])).not.toBe('SUPPORTED');
  });
});
