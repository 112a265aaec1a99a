// Round 12 (issue 15): false alarms on faithful paraphrases written the way drafters write them —
// durations in other units, fractions, drug classes, lay and clinical register, phrasal verbs,
// cessation, reported future, the setting a note's header names. Each fix comes with a control
// that the same reading still lets a contradiction or an invention through. Our own synthetic
// sentences (obviously fake people); pure functions, no database.
import { describe, expect, it } from 'vitest';
import { alignQuantities, isPhrasalParticle, nameClassMembers, restatedNumber } from './equivalence.ts';
import { verifyClaim } from './index.ts';

const label = (sentence: string, cited: string[], context: string[] = []): string => verifyClaim(sentence, cited, context).label;

describe('claims: faithful paraphrase as drafters write it (round 12)', () => {
  it('R03 a duration in another unit is the same duration: weeks for months, months for years, the past year', () => {
    expect(alignQuantities('She has been on it for twelve weeks.', ['On quibrazine for 3 months.'])[0]).toContain('3 months');
    expect(label('He has been off work for 36 months.', ['Off work for three years after the accident.'])).toBe('SUPPORTED');
    expect(label('Her hearing has troubled her for about twelve months.', ['Hearing troubles over the past year.'])).toBe('SUPPORTED');
    // Controls: another duration is still another duration.
    expect(label('He has been off work for 18 months.', ['Off work for three years after the accident.'])).not.toBe('SUPPORTED');
    expect(label('She has been on it for three weeks.', ['On quibrazine for 3 months.'])).not.toBe('SUPPORTED');
  });

  it('R03 half is 50 percent, three quarters 75 percent, and a share of n of m its percent', () => {
    expect(label('His arrears have fallen by 50 %.', ['Arrears have come down by half since the spring.'])).toBe('SUPPORTED');
    expect(label('She went to about 75 % of the classes.', ['Attended 15 of 20 classes.'])).toBe('SUPPORTED');
    // Control: another share is not the source's.
    expect(label('She went to about 40 % of the classes.', ['Attended 15 of 20 classes.'])).not.toBe('SUPPORTED');
  });

  it('R03 the size of a change and a rounded figure come from the source’s own numbers', () => {
    expect(label('His score has dropped by four points.', ['Zentor score 12, down from 16.'])).toBe('SUPPORTED');
    expect(restatedNumber(19, null, false, true, ['Ratio 18.6 today.'])).toBe(true);
    // Controls: a change of another size, and a rounded figure without a hedge.
    expect(label('His score has dropped by six points.', ['Zentor score 12, down from 16.'])).not.toBe('SUPPORTED');
    expect(restatedNumber(19, null, false, false, ['Ratio 18.6 today.'])).toBe(false);
  });

  it('R03 a drug class names the one member the source gives, and never a drug of another class', () => {
    expect(nameClassMembers('She is on an SSRI.', ['Escitalopram 10 mg daily.'])).toContain('escitalopram');
    expect(label('She remains on an SSRI at 10 mg.', ['Escitalopram 10 mg daily, no side effects.'])).toBe('SUPPORTED');
    expect(label('He takes an opioid painkiller twice a day.', ['Tramadol 50 mg twice a day for his knee.'])).toBe('SUPPORTED');
    // Controls: the class of another drug is an addition, and a second drug of its own still needs support.
    expect(label('He takes an antipsychotic twice a day.', ['Tramadol 50 mg twice a day for his knee.'])).not.toBe('SUPPORTED');
    expect(nameClassMembers('She is on an antipsychotic.', ['Escitalopram 10 mg daily.'])).toContain('antipsychotic');
  });

  it('R03 relatives, family and kinds of drink name the kin and the drink the source gives', () => {
    expect(label('Relatives help him with shopping.', ['His brother and aunt help with the shopping.'])).toBe('SUPPORTED');
    expect(label('He drinks four pints of beer on Fridays.', ['Four pints of ale on Fridays.'])).toBe('SUPPORTED');
  });

  it('R03 the particle of a phrasal verb states no change: given up, follow up', () => {
    expect(isPhrasalParticle(['she', 'has', 'given', 'up', 'running'], 3)).toBe(true);
    expect(isPhrasalParticle(['dose', 'went', 'up', 'to', '20'], 2)).toBe(false);
    expect(label('She has given up running and does less cycling.', ['She has stopped running and cut back her cycling.'])).toBe('SUPPORTED');
  });

  it('R03 a cessation on both sides agrees, but "not to stop" does not become "stop"', () => {
    expect(label('He no longer plays football.', ['Playing football stopped after the injury.'])).toBe('SUPPORTED');
    // Control: advice not to stop is not advice to stop.
    expect(label('The nurse told her to stop the tablets at once.', ['Nurse told her not to stop the tablets at once.'])).toBe('CONTRADICTED');
  });

  it('R03 a denied problem is the function intact, unless the other side names the problem', () => {
    expect(label('He reports no sleep problems.', ['Sleeping fine lately.'])).not.toBe('CONTRADICTED');
    // Control: "couldn't sleep" is a difficulty, and sleeping well contradicts it.
    expect(label('She says she is sleeping well.', ['She says she could not sleep all week.'])).toBe('CONTRADICTED');
  });

  it('R03 a report’s clinical word for lay content: adherence, renal function, weight for kilograms', () => {
    expect(label('He is adherent to his tablets.', ['Taking his tablets as prescribed every day.'])).toBe('SUPPORTED');
    expect(label('Renal function is stable.', ['eGFR stable at 78.'])).toBe('SUPPORTED');
    // Control: the clinical word carries the source's direction; gained against lost is a contradiction.
    expect(label('She has gained weight.', ['Has lost about 2 kg this month.'])).toBe('CONTRADICTED');
    // Control: never from a clause the source negates.
    expect(label('He was given an injection.', ['Depot not indicated at present.'])).not.toBe('SUPPORTED');
  });

  it('R03 "should be" and "is being considered" are not yet done; "agreed that he would" is the plan', () => {
    expect(label('A referral to the dietitian is being considered.', ['Plan: consider referral to the dietitian.'])).toBe('SUPPORTED');
    expect(label('It was agreed that she would phone the housing office.', ['Agreed to phone the housing office.'])).toBe('SUPPORTED');
    // Control: told as done, the planned act is still a contradiction.
    expect(label('She phoned the housing office.', ['Plan: she will phone the housing office.'])).not.toBe('SUPPORTED');
  });

  it('R03 the setting a note’s header names licenses a place word, but not beside a new claim', () => {
    const context = ['Forensic ward review, 3 June. Patient: Mr Quorril Zandetti (synthetic), 44.'];
    expect(label('He has been on the forensic ward for two weeks.', ['Admitted two weeks ago; settled.'], context)).toBe('SUPPORTED');
    // Control: a new group named with a header word is still an addition.
    expect(label('He has started a forensic group.', ['Admitted two weeks ago; settled.'], context)).not.toBe('SUPPORTED');
  });

  it('R03 a harm screen reworded is the same screen, and a safety plan states no ideation', () => {
    expect(label('He has no thoughts of harming himself or others.', ['Denies SI, HI.'])).toBe('SUPPORTED');
    expect(label('She has a safety plan in place.', ['No suicidal thoughts today. Safety plan reviewed.'])).toBe('SUPPORTED');
    // Control: a risk the source denies, stated as present, is still the most serious contradiction.
    expect(label('He has thoughts of harming others.', ['Denies SI, HI.'])).toBe('CONTRADICTED');
  });
});
