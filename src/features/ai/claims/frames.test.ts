// Frame conflicts (issue 15, round 9): the same frame or slot with an incompatible value, which the
// word-level check reads as an addition (UNSUPPORTED) or misses. Our own sentences with synthetic
// people; pure functions, no database. Each rule also has a faithful control that must not fire.
import { describe, expect, it } from 'vitest';
import { verifyClaim } from './index.ts';
import { frameConflicts } from './frames.ts';

const label = (sentence: string, ...sources: string[]): string => verifyClaim(sentence, sources).label;

describe('claims: frame conflicts', () => {
  it('R03 a score given as today’s that the source gives for another time is CONTRADICTED, with the reason', () => {
    const src = 'Worry rated 5/10 today, down from 9/10 at intake.';
    expect(label('Worry is 9/10 today.', src)).toBe('CONTRADICTED');
    expect(frameConflicts('Worry is 9/10 today.', [src]).join(' ')).toContain('5/10 today in source');
    expect(label('Worry is 5/10 today.', src)).toBe('SUPPORTED');
  });

  it('R03 a labelled score and a dated event take the source’s value', () => {
    const src = 'Start of session: SUD 7/10; end: SUD 2/10, VOC 6/7.';
    expect(label('VOC at the close was 3/7.', src)).toBe('CONTRADICTED');
    expect(label('VOC at the close was 6/7.', src)).not.toBe('CONTRADICTED');
    const dated = 'Hearing for the custody review is 9/22.';
    expect(label('The custody review hearing is on 9/29.', dated)).toBe('CONTRADICTED');
    expect(label('The custody review hearing is on 9/22.', dated)).toBe('SUPPORTED');
  });

  it('R03 "both" or "all" done against one missed is CONTRADICTED; "missed none" is not a miss', () => {
    expect(label('She attended both parenting classes.', 'She attended the first parenting class and skipped the second one.')).toBe('CONTRADICTED');
    expect(label('He attended both sessions this month.', 'Attended both sessions this month; missed none.')).not.toBe('CONTRADICTED');
    // A miss in another period, or one made up later, is no miss of the draft's.
    expect(label('She took all her doses this week.', 'Took every dose this week by pill count; missed three doses last month.')).toBe('SUPPORTED');
    expect(label('He finished all four modules.', 'Finished modules 1-4; module 3 was missed at first and made up on Monday.')).not.toBe('CONTRADICTED');
  });

  it('R03 a test result for the same substance and time with the other sign is CONTRADICTED', () => {
    const src = 'Urine screen today negative for opiates, benzodiazepines and cocaine. Screen two weeks ago positive for benzodiazepines.';
    expect(label('Today’s urine screen was positive for benzodiazepines.', src)).toBe('CONTRADICTED');
    expect(label('Today’s urine screen was negative for cocaine.', src)).toBe('SUPPORTED');
    expect(label('Urine screen was positive for THC.', 'UDS + THC, otherwise negative.')).toBe('SUPPORTED');
  });

  it('R03 a reporting verb keeps its own polarity: a relative who reports is not one who denies', () => {
    const src = 'Uncle reports the client told him she wanted to leave home; client denies saying it.';
    expect(label('Uncle denies that the client said she wanted to leave home.', src)).toBe('CONTRADICTED');
    expect(label('Uncle reports no concerns about sleep.', 'Uncle denies concerns about sleep.')).toBe('SUPPORTED');
    // The source's "she denies" is the aunt's own denial, about another thing than her report.
    expect(label('Aunt denies any threats.', 'Aunt reports he is more withdrawn; she denies any threats at home.')).toBe('SUPPORTED');
  });

  it('R03 "did not stop" against "stopped" (double negation) and "stopped" against "still taking" are CONTRADICTED', () => {
    expect(label('She did not stop cycling after the fall.', 'After the fall she stopped cycling altogether.')).toBe('CONTRADICTED');
    expect(label('She stopped cycling after the fall.', 'After the fall she stopped cycling altogether.')).toBe('SUPPORTED');
    expect(label('He has stopped taking his medication.', 'He is taking his meds most days and feels steadier.')).toBe('CONTRADICTED');
  });

  it('R03 a passive "was stopped" with more words after it is the same stop as "discontinued"', () => {
    expect(label('Lurasidone was stopped in April because of restlessness.', 'Prescriber discontinued lurasidone in April due to restlessness.')).toBe('SUPPORTED');
    expect(label('Lurasidone was started in April.', 'Prescriber discontinued lurasidone in April due to restlessness.')).toBe('CONTRADICTED');
    expect(label('Topiramate was stopped last week.', 'Keep bupropion; topiramate discontinued last week due to tingling.')).toBe('SUPPORTED');
  });

  it('R03 "none since" denies the use after a past use, not the past use itself', () => {
    const src = 'Reports ketamine use in February, none since.';
    expect(label('He used ketamine in February.', src)).toBe('SUPPORTED');
    expect(label('He has used ketamine regularly since February.', src)).toBe('CONTRADICTED');
  });

  it('R03 opposite ends of a scale said of the same thing, and WordNet antonyms, are CONTRADICTED', () => {
    expect(label('Visual memory was impaired.', 'Visual memory within normal limits; verbal memory a relative weakness.')).toBe('CONTRADICTED');
    expect(label('Verbal memory was a relative weakness.', 'Visual memory within normal limits; verbal memory a relative weakness.')).toBe('SUPPORTED');
    // A comparison ends what an evaluation is said of.
    expect(label('Spelling is a weakness compared with reasoning.', 'Reasoning strong; spelling weaker by comparison.')).not.toBe('CONTRADICTED');
    expect(label('He will work full shifts from Monday.', 'Plan: he returns to half shifts from Monday.')).toBe('CONTRADICTED');
    expect(label('His sleep has worsened since the move.', 'Sleep has gotten better since the move.')).toBe('CONTRADICTED');
  });

  it('R03 a specific harm the source denies by its general word is CONTRADICTED', () => {
    expect(label('He fractured his ankle in the fall.', 'He slipped on ice last week; no injury, checked by urgent care.')).toBe('CONTRADICTED');
  });

  it('R03 a passive wish to be with someone who died is ideation, so its denial is CONTRADICTED', () => {
    expect(label('He denies any wish to die.', "Widower says he wishes he 'could go be with her' but has no plan or intent.")).toBe('CONTRADICTED');
    expect(label('He denies a plan or intent to end his life.', "Widower says he wishes he 'could go be with her' but has no plan or intent.")).not.toBe('CONTRADICTED');
  });

  it('R03 what the source gives under one speaker’s label, drafted as another speaker’s, is CONTRADICTED', () => {
    const src = "Ines: does the school runs alone, feels unseen. Tomas: says he offers to help but is 'told off'.";
    expect(label('Tomas does the school runs alone.', src)).toBe('CONTRADICTED');
    expect(label('Ines does the school runs alone.', src)).toBe('SUPPORTED');
  });

  it('R03 a change said to arrive at the source’s starting value, and other ends of a scale, are CONTRADICTED', () => {
    expect(label('Urges have risen to 9/10.', 'Urges 2/10 today (9/10 at admission).')).toBe('CONTRADICTED');
    expect(label('Urges have dropped to 2/10.', 'Urges 2/10 today (was 9/10 at admit).')).not.toBe('CONTRADICTED');
    // Two scores in one clause keep their own times.
    expect(label('Energy fell from 6/10 to 3/10 since Tuesday.', 'Rated energy 3/10 on Tuesday and 6/10 today.')).toBe('CONTRADICTED');
    expect(label('Energy rose from 3/10 to 6/10 since Tuesday.', 'Rated energy 3/10 on Tuesday and 6/10 today.')).not.toBe('CONTRADICTED');
    expect(label('She arrived on time for group.', 'She arrived 20 minutes late for group; traffic.')).toBe('CONTRADICTED');
    expect(label('We will start a new exposure target next week.', 'Plan: keep the same exposure target next week.')).toBe('CONTRADICTED');
  });

  it('R03 a month, a count word or a reporter swapped for another of the same frame is CONTRADICTED', () => {
    expect(label('Her brother died in August.', 'Referred for grief after her brother’s death in February.')).toBe('CONTRADICTED');
    expect(label('Her brother died in February.', 'Referred for grief after her brother’s death in February.')).toBe('SUPPORTED');
    expect(label('She has had recurrent manic episodes.', 'History of one manic episode at 19, none since.')).toBe('CONTRADICTED');
    const couple = 'Rafe reports feeling ignored; Nour reports feeling rushed.';
    expect(label('Nour reports feeling ignored.', couple)).toBe('CONTRADICTED');
    expect(label('Rafe reports feeling ignored.', couple)).toBe('SUPPORTED');
  });

  it('R03 in a list of things each with its frequency, another item’s frequency is CONTRADICTED', () => {
    const src = 'Plan: family sessions monthly, Kit individual weekly.';
    expect(label('Kit’s individual sessions will be monthly.', src)).toBe('CONTRADICTED');
    expect(label('Family sessions will be weekly.', src)).toBe('CONTRADICTED');
    expect(label('Kit will be seen weekly.', src)).not.toBe('CONTRADICTED');
    expect(label('Family sessions will be monthly.', src)).toBe('SUPPORTED');
  });
});
