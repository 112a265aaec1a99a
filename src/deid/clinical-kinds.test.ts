// R35 / R19 (issue 14, round 3): dates, places and names in clinical notes, one test per kind fixed,
// in our own sentences with made-up people and places (no corpus text). Regression tests for
// general rules; whether they generalise is measured on held-out data (`npm run bench:deid`) and on
// the part of bench/deid/clinical-probe.ts set aside before the rules were written.
import { describe, expect, it } from 'vitest';
import { detect } from './index.ts';

// A note's opening: dense shorthand, so the text reads as a clinical note (noteRegister in names.ts).
const HEAD = 'Neuro: A&Ox3, MAE, PERRLA. CV: HR 80s NSR, SBP 110s, no ectopy. Resp: LS clear, sats 97% on 2L NC, abg ok. GI/GU: abd soft, foley patent, uo adequate.\n';
const note = (line: string): string => HEAD + line;
const spans = (text: string): string[] => detect(text).map((s) => `${text.slice(s.start, s.end)}:${s.type}`);
const dates = (text: string): string[] => detect(text).filter((s) => s.type === 'DATE').map((s) => text.slice(s.start, s.end));

describe('R35 clinical dates by kind', () => {
  it('R35 takes both dates of a range written with a hyphen, and keeps "1-2/3"', () => {
    expect(dates('Vanco course 11/7-11/9, then po.')).toEqual(['11/7', '11/9']);
    expect(dates('Steroids 2/26-3/1 per pulm.')).toEqual(['2/26', '3/1']);
    expect(dates('Drank 1-2/3 of the supplement.')).toEqual([]);
  });
  it('R35 a month/day that could be a score is a date when the note dates nearby days', () => {
    // "9/10" alone could be a pain score; beside 9/8 and 9/12 it is the day between them.
    expect(dates(note('Lines: PICC in since 9/8. NGT out 9/10 PM, replaced 9/12.'))).toContain('9/10');
    expect(dates(note('Skin: dsg changed 3/2, clean. 3/3 wound c/s sent.'))).toEqual(['3/2', '3/3']);
    // With no dated neighbour, or a pain word after it, it stays a reading.
    expect(dates(note('Pain: c/o 6/10 ache in incision, then 2/10.'))).toEqual([]);
    expect(dates(note('Seen 9/8 by surgery. Reports 9/10 back pain overnight.'))).toEqual(['9/8']);
  });
  it('R35 a test or procedure dates the month/day beside it, and a dated line entry is a date', () => {
    expect(dates('TTE 1/3 showed EF 35%.')).toEqual(['1/3']);
    expect(dates('Pt going to the OR 2/4 for AVR.')).toEqual(['2/4']);
    expect(dates('Plan as of now:\n3/4 CXR: clear.\n1/2: K 3.3 repleted.')).toEqual(['3/4', '1/2']);
  });
  it('R35 a clock time or a shift after a month/day dates it, but a half given at a time stays a dose', () => {
    expect(dates('Family meeting 2/2 at 10am with team.')).toEqual(['2/2']);
    expect(dates('Nsg note 1/3 7a-7p: uneventful.')).toEqual(['1/3']);
    expect(dates('Gave 1/2 at 2200 for agitation.')).toEqual([]);
  });
  it('R35 scores named by their scale stay scores', () => {
    for (const t of ['GCS 11/15 off sedation.', 'MMSE 9/30 today.', 'RASS 1/4? recheck', 'Pain #8/10 at rest.']) expect(dates(t), t).toEqual([]);
  });
  it('R35 the year a patient gives in an orientation check is a date; a year the patient only thinks it is is not', () => {
    expect(dates(note('Neuro: oriented x2, states it is 2031 and knows he is in hospital.'))).toEqual(['2031']);
    expect(dates(note('Neuro: disoriented, thinks it is 1952.'))).toEqual([]);
  });
  it('R35 a holiday that names one day is a date without a time word', () => {
    expect(dates('Fell at home Christmas Eve, found next am.')).toEqual(['Christmas Eve']);
    expect(dates('Christmas was hard for her.')).toEqual([]);
  });
});

describe('R35 clinical places by kind', () => {
  it('R35 a town before an everyday clinical word is still a town ("son from X called")', () => {
    expect(spans(note('Social: Dtr from Wexcombe called, updated on plan.'))).toEqual(['Wexcombe:GEO']);
  });
  it('R35 a town that is also a drug or device is the drug in a note, unless a state or a verb of living names it', () => {
    expect(spans(note('CV: weaned Nitro to off at 0400, BP stable.'))).toEqual([]);
    expect(spans(note('Social: lives in Nitro, WV with wife.')).map((s) => s.split(':')[0])).toContain('Nitro, WV');
  });
  it('R35 a two-letter gas after a word is no state ("check CO2")', () => {
    expect(spans('PLAN: REPEAT ABG TO CHECK CO2 IN AM. WEAN O2 AS TOL. PT ON 2L NC, SATS 95%.')).toEqual([]);
  });
  it('R35 a town the medical word list also holds names a facility before a facility word', () => {
    expect(spans('D/C to Brookhaven Rehab when bed available.')).toEqual(['Brookhaven Rehab:GEO']);
  });
  it('R35 a misspelt clinical word after a locative is no place in a note', () => {
    expect(spans(note('Meds: given 50 mcg of Fentanly and versed prn.'))).toEqual([]);
  });
  it('R35 a lower-case everyday word after "lives at" is no town', () => {
    expect(spans(note('Social: pt resides at home with his spouse, independent in ADLs.'))).toEqual([]);
  });
  it('R35 a dose after "stays at" is no address; readings after an insurance word are no member number', () => {
    expect(spans(note('Cardiac: metoprolol stays at 25mg BID.'))).toEqual([]);
    expect(spans(note('Endo: no insulin coverage, FS 118-141.'))).toEqual([]);
  });
  it('R35 in an all-lower-case note, a town after a verb of living is the town, even a rare word or one no list knows', () => {
    const lower = 'social: wife at bedside, updated. dtr now lives close by in fairport, plans to visit sunday. dtr lives in glenwaverly. pt on 2l nc, abg ok, lasix given.';
    expect(spans(lower)).toEqual(['fairport:GEO', 'glenwaverly:GEO']);
    // (Switching over to a thing is no place.)
    expect(spans('lately i switched over to snus and i smoke way less')).toEqual([]);
  });
  it('R35 two capitalised words after a transfer word name a hospital by its short name; units and services stay', () => {
    expect(spans('O: 71 yo woman transferred from Good Tobias s/p NSTEMI.')).toEqual(['Good Tobias:GEO']);
    for (const t of ['Pt sent to Step Down today.', 'Pt transferred to Cardiac Surgery service.', 'Pt transferred to Physical Therapy gym.', 'Sent to Holding Area at 0900.']) expect(spans(t), t).toEqual([]);
  });
  it('R35 a state or country after a transfer word is kept, a facility is not', () => {
    expect(spans('Daughter going to Ohio tomorrow, will call daily.')).toEqual([]);
    expect(spans('Pt transferred from Quellmont tonight.')).toEqual(['Quellmont:GEO']);
  });
});

describe('R35 clinical names by kind', () => {
  it('R35 a name typed against a dash is the name without the clause after it', () => {
    expect(spans(note('Social: call from son Rob-who will visit tomorrow.'))).toEqual(['Rob:NAME']);
    expect(spans('Son Tobias-who is HCP-aware of plan.')).toEqual(['Tobias:NAME']);
  });
});
