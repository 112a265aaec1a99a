// R35 (issue 14, round 6, clin6): precision on short clinical entries, found on our own PHI-free probe
// (bench/deid/clinical-negatives.ts). One test per rule, in new sentences with made-up people and
// places (no corpus text, none of the probe's lines), each with the identifiers the rule must keep
// catching beside it. Regression tests for general rules, not evidence of generalisation: that is
// measured on the probe's part set aside and on PhysioNet's held-out patients (`npm run bench:deid`).
import { describe, expect, it } from 'vitest';
import { detect } from './index.ts';

const spans = (text: string, type: string): string[] => detect(text).filter((s) => s.type === type).map((s) => text.slice(s.start, s.end));
const all = (text: string): string[] => detect(text).map((s) => text.slice(s.start, s.end));
const dates = (text: string): string[] => spans(text, 'DATE');
const names = (text: string): string[] => spans(text, 'NAME');

describe('R35 clinical precision, round 6', () => {
  it('R35 an uncued name before the noun of a sign, scale, device or lesion in a short entry is an eponym', () => {
    expect(all('Ortolani collar refitted, skin under it intact.')).toEqual([]);
    expect(all('Kehr sign present, surgery paged.')).toEqual([]);
    expect(all('Dunphy\'s cyst aspirated at the bedside.')).toEqual([]);
    expect(all('Vandermolen shunt revised last admission.')).toEqual([]);
    // A title or a relation word still names the person before the same nouns.
    expect(names('Dr. Ortolani collar check tomorrow.')).toEqual(['Ortolani']);
    expect(names('wife Rosalba brace fitting at 3.')).toEqual(['Rosalba']);
  });
  it('R35 a possessive written after the s still reads as a sign ("Thorsons\' sign")', () => {
    expect(all('Thorsons\' sign negative on the left.')).toEqual([]);
  });
  it('R35 a name and its result word on a clinical line is a sign; a person\'s own noun after a possessive stays', () => {
    expect(all('Hoffmann neg bilat, clonus absent.')).toEqual([]);
    expect(names('Gwendolyn\'s chair was moved to the window.')).toEqual(['Gwendolyn']);
  });
  it('R35 a statute after a name ("… Act", "… Law") is no person', () => {
    expect(all('Pt placed under the Pellworth Act by the crisis team.')).toEqual([]);
    expect(all('Discussed Tamsin\'s Law criteria for outpatient commitment.')).toEqual([]);
  });
  it('R35 a capitalised scale with a short score, closed by a pause or more of the exam, on a clinical line', () => {
    expect(all('Norberg 14, repositioned q2h.')).toEqual([]);
    expect(all('Kessling 3 blade, grade 2 view.')).toEqual([]);
    // A ward and its floor after a word of movement, or before when the move happens, stays a place or name.
    expect(all('Plan: tele, then Brackenridge 5 tomorrow, K 4.1')).toContain('Brackenridge');
    expect(all('Moving to Fennimore 6 once bed is clean, K 3.9')).toContain('Fennimore');
    // A person and a count in talk: no other reading on the line.
    expect(names('I saw Marguerite 3 times last month.')).toEqual(['Marguerite']);
  });
  it('R35 two names joined by "and" before a grade ("Hunt and Hess grade") are one eponym', () => {
    expect(all('Spetzler and Martin grade 3 AVM, NSGY following.')).toEqual([]);
  });
  it('R35 a town before a test of its disease ("… titers") is the disease\'s name', () => {
    expect(spans('Lyme titers and serology sent.', 'GEO')).toEqual([]);
  });
  it('R35 the eye, verbal and motor parts of a coma score are no identifier', () => {
    expect(all('GCS 10 (E3VTM6) off sedation.')).toEqual([]);
    expect(all('Account no. KT4471902 on file.')).toEqual(['KT4471902']);
  });
  it('R35 a strength grade after a muscle word is a score; a month/day after an event is still a date', () => {
    expect(dates('Hip flexion 3/5 L, knee extension 4/5 L.')).toEqual([]);
    expect(dates('Deltoids 4/5 bilaterally.')).toEqual([]);
    expect(dates('Drain removed 4/5, site clean.')).toEqual(['4/5']);
  });
  it('R35 a combined drug strength before its route or frequency is a dose, not a date', () => {
    expect(dates('Vicodin 10/12 PO q6h PRN.')).toEqual([]);
    expect(dates('Buprenorphine-naloxone 4/1 SL daily.')).toEqual([]);
    expect(dates('Started on 10/12 PO antibiotics.')).toEqual(['10/12']);
  });
  it('R35 in a line of capitals an everyday word after a title with no full stop is no surname', () => {
    expect(names('DR NOTIFIED OF BP 82/40, BOLUS GIVEN.')).toEqual([]);
    expect(names('DR. HALVORSEN NOTIFIED OF BP 82/40.')).toEqual(['HALVORSEN']);
  });
  it('R35 a lower-case word after "pt" is its verb; a lower-case drug after a verb of taking is no name', () => {
    expect(names('Music group, pt sang along and smiled.')).toEqual([]);
    expect(names('Pt admits snorting tina twice this week, K 3.4.')).toEqual([]);
    // Lower-case people with their cue stay.
    expect(names('per dtr marisela, pt ate 50% of lunch.')).toEqual(['marisela']);
  });
  it('R35 an acronym where a line\'s tip sits is anatomy, not an institution; a follow-up "at" one still is', () => {
    expect(spans('Midline placed, tip at SVC by xray.', 'GEO')).toEqual([]);
    expect(spans('Follow-up at WKMH in two weeks.', 'GEO')).toEqual(['WKMH']);
  });
  it('R35 a typist\'s mark is not read into "by" and an ordinary lower-case phrase', () => {
    expect(names('Chart reviewed by case management today.')).toEqual([]);
  });
});
