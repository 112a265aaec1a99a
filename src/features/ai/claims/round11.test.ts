// Round 11 (issue 15): contradictions and risk contradictions the verifier read as SUPPORTED or
// UNSUPPORTED, each fix a frame, slot or scope rule, with a faithful control that the same rule lets
// through. Our own synthetic sentences (obviously fake people and drugs); pure functions, no database.
import { describe, expect, it } from 'vitest';
import { verifyClaim } from './index.ts';

const label = (sentence: string, cited: string[]): string => verifyClaim(sentence, cited).label;

describe('claims: risk contradictions (round 11)', () => {
  it('R27 "nil" denies what follows it: a draft that reports the risk contradicts', () => {
    const src = ['Review: nil SI on direct questions; sleeping better.'];
    expect(label('He endorses SI when asked directly.', src)).toBe('CONTRADICTED');
    expect(label('He denies SI when asked directly.', src)).toBe('SUPPORTED');
  });

  it('R27 a dated "last" act is in the past: "this week" contradicts it', () => {
    const src = ['Logbook: no self-harm acts this fortnight; last cutting was in February.'];
    expect(label('Her most recent cutting was yesterday.', src)).toBe('CONTRADICTED');
    expect(label('Her last cutting was in February.', src)).toBe('SUPPORTED');
  });

  it('R27 a relative clause makes the friend the subject: the friend\'s cutting is not the client\'s', () => {
    const src = ['Zed came in upset about a classmate, who has been cutting his legs; Zed himself denies any self-harm.'];
    expect(label('Zed has been cutting his legs.', src)).toBe('CONTRADICTED');
    // Control: his own denial is not contradicted by the classmate's cutting.
    expect(label('Zed himself denies any self-harm.', src)).toBe('SUPPORTED');
  });

  it('R27 a denied thought governs its that-clause; "go through with it" is intent', () => {
    const src = ["Says 'sometimes I feel my kids would be better off without me' but states he would not go through with it."];
    expect(label('He has had no thoughts that his kids would be better off without him.', src)).toBe('CONTRADICTED');
    expect(label('He says he would go through with it.', src)).toBe('CONTRADICTED');
  });

  it('R27 ", none now" denies the risk for this moment: a draft saying "now" contradicts', () => {
    const src = ['Urges to hurt himself early this morning, none now.'];
    expect(label('He has urges to hurt himself now.', src)).toBe('CONTRADICTED');
    expect(label('His urges to hurt himself early this morning have now passed.', src)).toBe('SUPPORTED');
  });

  it('R27 an attempt names its method: another method contradicts', () => {
    const src = ['Prior attempt 2016 by hanging; none since.'];
    expect(label('Her prior attempt in 2016 was an overdose.', src)).toBe('CONTRADICTED');
  });
});

describe('claims: contradictions by frame (round 11)', () => {
  it('R03 who did an act: another role for the same change is a contradiction, the same role is not', () => {
    const src = ['Zorbaline cut to 5 mg by her psychiatrist last month.'];
    expect(label('Her counsellor cut the zorbaline to 5 mg.', src)).toBe('CONTRADICTED');
    expect(label('Her psychiatrist cut the zorbaline to 5 mg last month.', src)).toBe('SUPPORTED');
  });

  it('R03 a role that does not prescribe, said to have changed a dose', () => {
    const src = ['Prescriber raised quellotine from 20 mg to 30 mg. The support worker does not prescribe.'];
    expect(label('The support worker raised the quellotine to 30 mg.', src)).not.toBe('SUPPORTED');
    expect(label('The prescriber raised quellotine from 20 mg to 30 mg.', src)).toBe('SUPPORTED');
  });

  it('R03 the same relative on the other side or at the other end of an age order', () => {
    const src = ['Her paternal aunt visits on Sundays; her younger brother lives abroad.'];
    expect(label('Her maternal aunt visits on Sundays.', src)).toBe('CONTRADICTED');
    expect(label('Her older brother lives abroad.', src)).toBe('CONTRADICTED');
    expect(label('Her paternal aunt visits every Sunday.', src)).toBe('SUPPORTED');
  });

  it('R03 a diagnosis considered and not made, drafted as made', () => {
    const src = ['OCD was considered but not diagnosed; checking is limited to leaving the house.'];
    expect(label('He was diagnosed with OCD.', src)).toBe('CONTRADICTED');
  });

  it('R03 clock times and intervals of the same routine', () => {
    expect(label('Lunch is served at 12:30.', ['Breakfast is at 08:00; lunch is served at 13:00.'])).toBe('CONTRADICTED');
    expect(label('Lunch is served at 13:00.', ['Breakfast is at 08:00; lunch is served at 13:00.'])).toBe('SUPPORTED');
    expect(label('Checks are every 15 minutes.', ['Checks every 60 minutes overnight as per plan.'])).toBe('CONTRADICTED');
  });

  it('R03 the state a change started from is not the state now', () => {
    const src = ['Panic attacks down to once a week from daily.'];
    expect(label('Panic attacks still happen daily.', src)).toBe('CONTRADICTED');
    expect(label('Panic attacks have dropped from daily to once a week.', src)).toBe('SUPPORTED');
  });

  it('R03 keeping on against stopping, a mood at the other end, a measure moving the other way', () => {
    expect(label('Her mother will keep checking her phone.', ['Mother agreed to stop checking her phone at night.'])).toBe('CONTRADICTED');
    expect(label('Her mood was low.', ['Mood: euthymic; affect reactive.'])).toBe('CONTRADICTED');
    expect(label('His GAD-7 has increased since intake.', ['GAD-7 today 6 (intake 15).'])).toBe('CONTRADICTED');
  });

  it('R03 a part of the same whole, another time for the same act, a range and a result colour', () => {
    expect(label('This was module 5 of 8.', ['Skills course, module 3 of 8, attended in full.'])).toBe('CONTRADICTED');
    expect(label('She has blocked all four apps.', ['She has blocked three of the four apps.'])).toBe('CONTRADICTED');
    expect(label('She will email the landlord next week.', ['Agreed to email the landlord tonight.'])).toBe('CONTRADICTED');
    expect(label('Her sodium was below the range.', ['Sodium 139, within the normal range.'])).toBe('CONTRADICTED');
    expect(label('The monitoring result was amber.', ['Bloods today: green result.'])).toBe('CONTRADICTED');
    expect(label('She refused the group sessions.', ['She accepted the group sessions.'])).toBe('CONTRADICTED');
  });
});
