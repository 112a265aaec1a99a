// R35 (issue 14, round 5): date and place forms of clinical notes found weak on our own third probe
// (bench/deid/clinical-probe3.ts), one test per rule, in our own sentences with made-up people and
// places (no corpus text). Regression tests for general rules, not evidence of generalisation: that is
// measured on the probe's part set aside and on held-out patients (`npm run bench:deid`).
import { describe, expect, it } from 'vitest';
import { detect } from './index.ts';

const spans = (text: string, type: string): string[] => detect(text).filter((s) => s.type === type).map((s) => text.slice(s.start, s.end));
const dates = (text: string): string[] => spans(text, 'DATE');
const places = (text: string): string[] => spans(text, 'GEO');
const names = (text: string): string[] => spans(text, 'NAME');

describe('R35 clinical dates, round 5', () => {
  it('R35 a hyphenated month-day after on/by/from goes before a finding verb or a pause; a range with a unit stays', () => {
    expect(dates('Barium study on 7-3 revealed a stricture.')).toEqual(['7-3']);
    expect(dates('Drain should be out by 10-12.')).toEqual(['10-12']);
    expect(dates('Chest film from 1-28 read as clear.')).toEqual(['1-28']);
    expect(dates('Weaned from 4-6 L to room air.')).toEqual([]);
    expect(dates('FiO2 weaned from 8-5.5 overnight.')).toEqual([]);
  });
  it('R35 an event participle dates a hyphenated month-day; a reading verb does not', () => {
    expect(dates('Port inserted 3-19, flushes well.')).toEqual(['3-19']);
    expect(dates('Wedge pressure transduced 9-14.')).toEqual([]);
  });
  it('R35 a dotted date with a two-digit year after a test name, and a month with a four-digit year', () => {
    expect(dates('EGD 5.2.16 showed mild gastritis.')).toEqual(['5.2.16']);
    expect(dates('Flu shot 10/2021 per daughter.')).toEqual(['10/2021']);
    expect(dates('Antibody titer 1/2048, repeat pending.')).toEqual([]);
  });
  it('R35 a weekday abbreviation before "the Nth" dates it', () => {
    expect(dates('Care conference Thurs. the 9th at noon.')).toEqual(['Thurs. the 9th']);
  });
  it('R35 a holiday after an event participle or before a part of the day is a date; "Thanksgiving Day" whole', () => {
    expect(dates('Pt fell Easter morning in the driveway.')).toEqual(['Easter']);
    expect(dates('Readmitted Halloween with chest pain.')).toEqual(['Halloween']);
    expect(dates('Hopes to be home for Thanksgiving Day.')).toEqual(['Thanksgiving Day']);
    expect(dates('Christmas was hard for the family.')).toEqual([]);
  });
  it('R35 the next reading of a scored scale out of the same whole stays, however far the scale name', () => {
    expect(dates('MMSE 18/30 on admission, today 24/30.')).toEqual([]);
  });
  it('R35 "2/2" between a finding and its cause reads "secondary to", even beside other dates', () => {
    expect(dates('Seen 4/3 and 4/5. Delirium 2/2 UTI, improving.')).toEqual(['4/3', '4/5']);
  });
  it('R35 a day word or a shift before a month/day that could be a fraction dates it', () => {
    expect(dates('Hgb 8.1 yesterday, 8.4 today (6/6).')).toEqual(['6/6']);
    expect(dates('NPN 7p-7a 3/3')).toEqual(['3/3']);
    expect(dates('Ate 1/2 of tray today, 3/4 of supper.')).toEqual([]);
  });
  it('R35 a number that runs on into a date is no flat number', () => {
    expect(places('Pt came up to unit 3/14/11 at 0200.')).toEqual([]);
    expect(dates('Pt came up to unit 3/14/11 at 0200.')).toEqual(['3/14/11']);
  });
});

describe('R35 clinical places and eponyms, round 5', () => {
  it('R35 a name after a kind of care place and at/in is a place; a function word or a state there stays', () => {
    expect(places('Plan d/c to rehab at Thistlebrook when stable.')).toEqual(['Thistlebrook']);
    expect(places('Not a candidate for rehab at this time.')).toEqual([]);
  });
  it("R35 'c/o to' (an ICU call-out) names the ward after it; 'c/o' alone is 'complains of'", () => {
    expect(places('Stable on RA, plan c/o to Marchmont 5 this pm.')).toEqual(['Marchmont']);
    expect(places('Pt c/o to RN of nausea, zofran given.')).toEqual([]);
  });
  it('R35 a verb of settling or retiring before a place preposition cues a town as "moved to" does, in capitals too', () => {
    expect(places('SOCIAL: RETIRED TO TALLAHASSEE WITH WIFE.')).toEqual(['TALLAHASSEE']);
    expect(places('RETIRED TO BED AT 2200, SLEPT WELL.')).toEqual([]);
  });
  it('R35 a town or a name before the noun of a disease, scale, sign or device is an eponym', () => {
    expect(places('Hx Lyme disease, treated with doxy.')).toEqual([]);
    expect(places('Glasgow coma scale 7 on arrival.')).toEqual([]);
    expect(places('Philadelphia collar in place.')).toEqual([]);
    expect(names("Kernig's sign negative, neck supple.")).toEqual([]);
    expect(places('Moved here from Glasgow last year.')).toEqual(['Glasgow']);
  });
});
