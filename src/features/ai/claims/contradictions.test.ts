// Contradictions by kind (issue 15, round 6): risk wording variants, negation across reporting
// verbs and double negation, whose risk it is, changes and quantities, status verbs, rule-outs and
// who said or did it. Our own sentences with synthetic people; pure functions, no database.
import { describe, expect, it } from 'vitest';
import { verifyClaim } from './index.ts';

const verdict = (sentence: string, ...sources: string[]): { label: string; reasons: string } => {
  const v = verifyClaim(sentence, sources);
  return { label: v.label, reasons: v.reasons.join(' | ') };
};

describe('claims: contradictions by kind', () => {
  it('R03 paraphrased suicidal and homicidal wording is a risk, so its denial is CONTRADICTED and its restatement is not', () => {
    const src = 'Mx. Example said it would be easier if she just did not wake up tomorrow.';
    const denied = verdict('Mx. Example denies any thoughts of death.', src);
    expect(denied.label).toBe('CONTRADICTED');
    expect(denied.reasons).toContain('suicidal');
    expect(verdict('Mx. Example wishes she would not wake up.', src).label).not.toBe('CONTRADICTED');
    const hi = verdict('He denies any wish to harm others.', 'He said he wants to hurt his landlord but has no plan to act.');
    expect(hi.label).toBe('CONTRADICTED');
    expect(hi.reasons).toContain('homicidal');
    expect(verdict('He wants to hurt his landlord but has no plan to act.', 'He said he wants to hurt his landlord but has no plan to act.').label).toBe('SUPPORTED');
    expect(verdict('Mr. Sample has not saved up any medication.', 'Mr. Sample has pills saved up in a shoebox.').label).toBe('CONTRADICTED');
  });

  it('R03 a denial that is itself negated ("did not deny") is an admission', () => {
    expect(verdict('Client did not deny homicidal ideation.', 'HI: negative. Sleep fair.').label).toBe('CONTRADICTED');
    expect(verdict('Client did not deny suicidal ideation.', 'Client endorses suicidal ideation without a plan.').label).not.toBe('CONTRADICTED');
  });

  it('R03 a risk of one person is not the client’s, and a denial for one person does not contradict another’s risk', () => {
    const src = 'Her sister self-harmed last year; client denies any self-harm.';
    expect(verdict("Client's sister has self-harmed.", src).label).toBe('SUPPORTED');
    expect(verdict('Client has self-harmed.', src).label).toBe('CONTRADICTED');
    expect(verdict('Student is currently cutting.', 'Student denies urges to cut. Reports a classmate is currently cutting.').label).toBe('CONTRADICTED');
    expect(verdict('Client owns a rifle.', 'Lives with an uncle who keeps a rifle; client unsure where it is stored.').label).toBe('CONTRADICTED');
  });

  it('R03 a change told the other way round, or the earlier value told as today’s, is CONTRADICTED', () => {
    const src = 'GAD-7 8 today (was 15).';
    const up = verdict('GAD-7 increased to 15.', src);
    expect(up.label).toBe('CONTRADICTED');
    expect(up.reasons).toContain('source goes from 15 to 8');
    expect(verdict('GAD-7 fell from 15 to 8.', src).label).toBe('SUPPORTED');
    expect(verdict('GAD-7 was 15 today.', src).label).toBe('CONTRADICTED');
    expect(verdict('Nightly drinking went up to 6 beers.', 'Drinks 3 beers a night, cut down from 6.').label).toBe('CONTRADICTED');
  });

  it('R03 "all" against "N of M", another age, another count of times and another unit are CONTRADICTED', () => {
    expect(verdict('Client attended every group this month.', 'Client attended 4 of 6 groups this month.').label).toBe('CONTRADICTED');
    expect(verdict('The client is 15 years old.', 'Client (age 12) came with her aunt.').label).toBe('CONTRADICTED');
    expect(verdict('He used the breathing app three times.', 'He says he used the breathing app twice over the weekend.').label).toBe('CONTRADICTED');
    expect(verdict('Weight is 60 lb.', 'Weight 60 kg at the clinic.').label).toBe('CONTRADICTED');
    expect(verdict('Client used cannabis twice at the party.', 'Client reports one use of cannabis at a party.').label).toBe('CONTRADICTED');
    expect(verdict('Client smokes cannabis daily.', 'Client tried cannabis once last summer.').label).toBe('CONTRADICTED');
    // Another count of the same unit about the same thing, even in another clause; another drug's dose is not.
    expect(verdict('Mx. Example sleeps 4 hours on work nights.', 'Work nights are short. Mx. Example sleeps about 6 hours then.').label).toBe('CONTRADICTED');
    expect(verdict('Sertraline 50 mg was added for mood.', 'Plan: continue lamotrigine 200 mg.').label).not.toBe('CONTRADICTED');
  });

  it('R03 done where the source only plans it is CONTRADICTED', () => {
    const src = 'Explained the worry-time rationale; client agreed to begin worry time next session.';
    expect(verdict('Worry time was practised in session.', src).label).toBe('CONTRADICTED');
    expect(verdict('Client agreed to begin worry time next session.', src).label).toBe('SUPPORTED');
    expect(verdict('The therapist called the housing office.', 'Therapist will call the housing office with consent.').label).toBe('CONTRADICTED');
    expect(verdict('The therapist will call the housing office.', 'Therapist will call the housing office with consent.').label).not.toBe('CONTRADICTED');
    expect(verdict('Citalopram was switched to venlafaxine.', 'Venlafaxine was switched to citalopram because of sweating.').label).toBe('CONTRADICTED');
  });

  it('R03 a start that did not happen, a rule-out after its object and before/after an event are read', () => {
    expect(verdict('Bupropion was started.', 'Bupropion was discussed but not started.').label).toBe('CONTRADICTED');
    expect(verdict('Client has anemia.', 'Anemia ruled out (labs normal).').label).toBe('CONTRADICTED');
    expect(verdict('Bipolar disorder is to be ruled out.', 'R/o bipolar disorder; screening pending.').label).not.toBe('CONTRADICTED');
    expect(verdict('Flashbacks began before the flood.', 'Flashbacks began after the flood last spring.').label).toBe('CONTRADICTED');
    expect(verdict('Screen negative for opioids.', 'Tox screen positive for THC, negative for opioids.').label).toBe('SUPPORTED');
  });

  it('R03 who said or did it: another labelled participant or relative is CONTRADICTED, the same one is not', () => {
    const src = 'Grandmother reports he skipped school twice; grandfather says only once.';
    const wrong = verdict('Grandfather reports he skipped school twice.', src);
    expect(wrong.label).toBe('CONTRADICTED');
    expect(wrong.reasons).toContain('source says the grandmother');
    expect(verdict('Grandmother reports he skipped school twice.', src).label).toBe('SUPPORTED');
    expect(verdict('Partner A slammed the door twice this week.', 'Partner B admitted he slammed the door twice this week.').label).toBe('CONTRADICTED');
    expect(verdict('Member Y attended the group.', 'Member X attended; member Y absent.').label).toBe('CONTRADICTED');
    expect(verdict('Member X attended the group.', 'Member X attended; member Y absent.').label).not.toBe('CONTRADICTED');
  });
});
