// Round 14 (issue 15, vcon7): the kinds of contradiction the generated set (bench/grounding/gen-contra.ts)
// found missed — change values marked after the number, a capacity's rise as an improvement,
// planned against done, skipped against done, slash counts, "?dx", a relative put in the client's
// place, another score on the same instrument, another year. Each rule with a control it must let
// through. Our own synthetic sentences, in other words than the generator's; no database.
import { describe, expect, it } from 'vitest';
import { verifyClaim } from './index.ts';

const label = (sentence: string, cited: string[]): string => verifyClaim(sentence, cited).label;

describe('claims: round 14 generated contradictions', () => {
  it('R03 a value marked as the earlier one after it ("(9 last)", ", prev 10", "→") carries the direction', () => {
    expect(label('Her BDI climbed from 12 to 27 this month.', ['BDI 12 (27 last)'])).toBe('CONTRADICTED');
    expect(label('Her BDI fell from 27 to 12 this month.', ['BDI 12 (27 last)'])).toBe('SUPPORTED');
    expect(label('He walks 9 miles a week now, up from 3.', ['walking 3 miles/week, prev 9'])).toBe('CONTRADICTED');
    expect(label('He walks 3 miles a week now, down from 9.', ['walking 3 miles/week, prev 9'])).toBe('SUPPORTED');
    expect(label('Vaping rose from 5 to 15 times a day.', ['Vaping 15 → 5 times/day'])).toBe('CONTRADICTED');
  });

  it('R03 an instrument\'s digits do not break a change ("scored 20 on the CORE-10, up from 11")', () => {
    const src = ['CORE-10 today 11 (previous 20).'];
    expect(label('She scored 20 on the CORE-10, up from 11.', src)).toBe('CONTRADICTED');
    expect(label('She scored 11 on the CORE-10, down from 20.', src)).toBe('SUPPORTED');
  });

  it('R03 "compared with N before" marks the earlier value; "improved to N" the value now', () => {
    expect(label('She sleeps 9 hours now, compared with 5 before.', ['Sleeping 5 hours, down from 9.'])).toBe('CONTRADICTED');
    expect(label('She sleeps 5 hours now, compared with 9 before.', ['Sleeping 5 hours, down from 9.'])).toBe('SUPPORTED');
    expect(label('The PHQ-9 improved to 16.', ['PHQ-9 was 7 today, compared with 16 at the last session.'])).toBe('CONTRADICTED');
  });

  it('R03 a capacity going up is an improvement, going down a decline; the word nearest says whose', () => {
    expect(label('His motivation has slipped since the new job began.', ['motivation ↑ since the new job began'])).toBe('CONTRADICTED');
    expect(label('His concentration has got better since the holiday.', ['concentration ↓ since the holiday'])).toBe('CONTRADICTED');
    expect(label('His concentration has worsened since the holiday.', ['concentration ↓ since the holiday'])).toBe('SUPPORTED');
    // The improvement is the focus's, not the appetite's.
    expect(label('Focus improved at school with a slightly smaller appetite.', ['Reports better focus at school; mild ↓ appetite.'])).toBe('SUPPORTED');
  });

  it('R03 planned where the source records it as done, and done where it only plans it', () => {
    expect(label('A referral to the memory clinic is planned.', ['Referred to the memory clinic today.'])).toBe('CONTRADICTED');
    expect(label('Schema work will be started at the next appointment.', ['Interventions: schema work'])).toBe('CONTRADICTED');
    expect(label('A referral to the memory clinic has been made.', ['Memory clinic referral planned'])).toBe('CONTRADICTED');
    // Going on with a done act is no contradiction.
    expect(label('She will continue schema work at the next appointment.', ['Interventions: schema work'])).not.toBe('CONTRADICTED');
  });

  it('R03 "was not covered" where the source records the act as done; "has not used since" is no session act', () => {
    expect(label('Values clarification was not covered this time.', ['- Values clarification (in session)'])).toBe('CONTRADICTED');
    expect(verifyClaim('He used ketamine once in March and has not used since.', ['Used ketamine once in March, none since.']).reasons.filter((r) => r.includes('was done; draft says it was not'))).toEqual([]);
  });

  it('R03 a slash count of sessions is a part of a whole: another part, or the same part missed, contradicts', () => {
    expect(label('She came to 6 out of 10 yoga classes.', ['Attendance 4/10 classes'])).toBe('CONTRADICTED');
    expect(label('She missed 4 of 10 classes.', ['att 4/10 classes'])).toBe('CONTRADICTED');
    expect(label('She missed 6 of 10 classes.', ['att 4/10 classes'])).toBe('SUPPORTED');
    // A rating is not a count.
    expect(label('She rated her mood 4 out of 10.', ['Mood 4/10'])).toBe('SUPPORTED');
  });

  it('R03 "?dx" queries the diagnosis', () => {
    expect(label('He has a confirmed diagnosis of dyspraxia.', ['Dx: ?dyspraxia'])).toBe('CONTRADICTED');
    expect(label('Dyspraxia remains a possibility.', ['Dx: ?dyspraxia'])).toBe('SUPPORTED');
  });

  it('R03 a relative put in the client\'s place beside a person the source names', () => {
    expect(label('Her cousin was hit by her uncle in 2019.', ['Hit by her uncle in 2019.'])).toBe('CONTRADICTED');
    // A person added beside the source's, joined by "and", is an addition, not a swap.
    expect(label('Her uncle and her cousin were at the meeting.', ['Her uncle was at the meeting.'])).toBe('UNSUPPORTED');
  });

  it('R03 another score on the same instrument, another year for the one dated event', () => {
    expect(label('She scored 19 on the GAD-7 at this visit.', ['GAD-7 11 (prev 14).'])).toBe('CONTRADICTED');
    expect(label('He has a history of an overdose in 2009.', ['Hx: overdose (2014); none since.'])).toBe('CONTRADICTED');
    expect(label('He has a history of an overdose in 2014.', ['Hx: overdose (2014); none since.'])).toBe('SUPPORTED');
  });
});
