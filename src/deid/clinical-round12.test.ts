// R35 (issue 14, clinical round 12, clin12): dates in clinical notes (bench/deid/clinical-gen12.ts).
// One test per rule added to dates.ts, in new sentences (none of the generator's lines), each with
// the near misses the rule must leave alone. Regression tests for general rules, not evidence of
// generalisation: that is measured on the generator's set-aside part and on PhysioNet's held-out
// patients.
import { describe, expect, it } from 'vitest';
import { detect } from './index.ts';

const dates = (text: string): string[] => detect(text).filter((s) => s.type === 'DATE').map((s) => text.slice(s.start, s.end));

describe('R35 clinical round 12: dates in clinical notes', () => {
  it('R35 a rating word rates only the number of its own clause, and a date word right before outweighs it', () => {
    expect(dates('c/o nausea; echo 6/19 w/ EF 35%')).toEqual(['6/19']);
    expect(dates('Pt reports anxiety worse starting 11/23, sleeping 4h')).toEqual(['11/23']);
    expect(dates('COWS 9, on 2/17 pt given clonidine')).toEqual(['2/17']);
    expect(dates('RASS -1 / ON 8/14 PT SELF-EXTUBATED')).toEqual(['8/14']);
    // still ratings and fractions
    expect(dates('pt c/o pain 7/10 since am')).toEqual([]);
    expect(dates('HR 72, grip strength 4/5 bilat')).toEqual([]);
    expect(dates('PHQ-9 14/27 today, GAD-7 12/21')).toEqual([]);
  });

  it('R35 a clock time right before a month/day, or "am" after it, dates it; a course count does not', () => {
    expect(dates('pt: 2215 9/30 found on floor by RN')).toEqual(['9/30']);
    expect(dates('pt to have repeat lytes 12/12 am')).toEqual(['12/12']);
    expect(dates('pt on vanc, day 5/14 abx; cycle 2/6 chemo')).toEqual([]);
    // a dose, a visit or the last day of something is dated
    expect(dates('pt: last dose 3/28 2330, last day 4/2')).toEqual(['3/28', '4/2']);
  });

  it('R35 "the Nth" closing a clause that tells of an event in a note', () => {
    expect(dates('pt: chest tube out the 22nd; bedside US neg')).toEqual(['22nd']);
    expect(dates('TEE THE 3RD, PT NPO AFTER MN')).toEqual(['3RD']);
    expect(dates('pt s/p three grafts, trouble with the 1st. the 3rd occluded.')).toEqual([]);
    expect(dates('pt: after the 3rd dose, rash noted')).toEqual([]);
  });

  it('R35 holidays after a time word, a possessive day and a lower-case holiday in a mixed-case note', () => {
    expect(dates('Pt sober since Father\'s Day per wife.')).toEqual(["Father's Day"]);
    expect(dates('Pt relapsed around thanksgiving, using daily.')).toEqual(['thanksgiving']);
    expect(dates('Pt reports SI starting Halloween.')).toEqual(['Halloween']);
  });

  it('R35 a part of a month joined by a hyphen, in any case; a lower-case month abbreviation after a date word', () => {
    expect(dates('pt: f/u ortho late-may')).toEqual(['may']);
    expect(dates('PT: CLINIC F/U MID-OCTOBER')).toEqual(['OCTOBER']);
    expect(dates('pt: next appt 14 nov w/ PCP')).toEqual(['14 nov']);
  });

  it('R35 years listed with a form only a year has, and after a word of history; clock times stay', () => {
    expect(dates("pt: Prior adm 2011 and '04 for psychosis")).toEqual(['2011', "'04"]);
    expect(dates('pt: hospitalizations 1993, 2012')).toEqual(['1993', '2012']);
    expect(dates("pt F/u: dx'd 2008 w/ bipolar")).toEqual(['2008']);
    expect(dates('pt: fingersticks at 1900 and 2100')).toEqual([]);
  });

  it('R35 a hyphenated month-day before a clock time or a " / " line joint, not a reading\'s range', () => {
    expect(dates('pt: PICC PULLED 5-11 at 0945')).toEqual(['5-11']);
    expect(dates('pt: restraints since 6-2 / VSS')).toEqual(['6-2']);
    expect(dates('pt: RR 12-20 at 0800')).toEqual([]);
    expect(dates('pt: last BM since 3-4\nD: 3/6')).toEqual(['3-4', '3/6']);
  });
});
