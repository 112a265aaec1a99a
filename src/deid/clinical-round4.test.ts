// R35 (issue 14, round 4): date and place forms of clinical notes found weak on our own probe
// (bench/deid/clinical-probe2.ts), one test per kind, in our own sentences with made-up people and
// places (no corpus text). Regression tests for general rules, not evidence of generalisation: that is
// measured on the probe's part set aside and on held-out patients (`npm run bench:deid`).
import { describe, expect, it } from 'vitest';
import { detect } from './index.ts';

const spans = (text: string, type: string): string[] => detect(text).filter((s) => s.type === type).map((s) => text.slice(s.start, s.end));
const dates = (text: string): string[] => spans(text, 'DATE');
const places = (text: string): string[] => spans(text, 'GEO');
const names = (text: string): string[] => spans(text, 'NAME');

describe('R35 clinical dates, round 4', () => {
  it('R35 an ordinal day after an event participle or before one is a date; a counted ordinal stays', () => {
    expect(dates('Heparin held the 14th per surgery.')).toEqual(['the 14th']);
    expect(dates('Findings of the 9th discussed with family.')).toEqual(['the 9th']);
    expect(dates('Tolerated the 3rd dose of abx.')).toEqual([]);
  });
  it('R35 a range of days after a month word goes whole', () => {
    expect(dates('Cefazolin Feb 11-14, afebrile since.')).toEqual(['Feb 11-14']);
    expect(dates('cefazolin jan 11-14, afebrile.')).toEqual(['jan 11-14']);
  });
  it('R35 a hyphenated month-day after a test or a date label is a date, not before a unit', () => {
    expect(dates('Date of procedure: 8-19.')).toEqual(['8-19']);
    expect(dates('MRI 5-21 no acute change.')).toEqual(['5-21']);
    expect(dates('CT 2-3 days ago was clear.')).toEqual([]);
  });
  it('R35 a month/day closed by a colon heads a result; a setting with a colon stays', () => {
    expect(dates('VBG 1/3: 7.30/50.')).toEqual(['1/3']);
    expect(dates('PS 10/5: tolerating well.')).toEqual([]);
  });
  it('R35 a month/day after a lab value is the day it was drawn', () => {
    expect(dates('Hct 26 1/2, transfused, 29 this am.')).toEqual(['1/2']);
    expect(dates('Gave 1/2 tab at hs.')).toEqual([]);
  });
  it('R35 a note header word dates the month/day after it', () => {
    expect(dates('NPN 1/4\nPt slept.')).toEqual(['1/4']);
  });
  it('R35 years in a note: after a preposition of time, or 1960-1999 alone (no clock time has those minutes)', () => {
    expect(dates('Pt dx with DM in 2004, on insulin.')).toEqual(['2004']);
    expect(dates('Pt s/p appy 1978, no other surgeries.')).toEqual(['1978']);
    // Clock times and volumes stay.
    expect(dates('Pt extubated at 2030, lasix given since 1900.')).toEqual([]);
    expect(dates('Pt I/O 1980 for the shift, +1965 cc.')).toEqual([]);
    // Outside a clinical note a year alone stays, as Safe Harbor allows.
    expect(dates('We moved in 2004 and I loved it.')).toEqual([]);
  });
  it('R35 a holiday in a note written in capitals is a date as it is with capitals', () => {
    expect(dates('PT FELL ON MEMORIAL DAY.')).toEqual(['MEMORIAL DAY']);
    expect(dates('WIFE HOPES HE IS HOME BY EASTER.')).toEqual(['EASTER']);
  });
});

describe('R35 clinical places, round 4', () => {
  it('R35 ordinary words closed by a facility head after a place preposition name the facility, in any case', () => {
    expect(places('previously at quillmoor ridge assisted living.').join(' ')).toMatch(/quillmoor ridge/);
    expect(places('ACCEPTED AT ZANDERVALE REHABILITATION CENTER.').join(' ')).toMatch(/ZANDERVALE/);
    // A kind of place, or words that tell nothing, stay.
    expect(places('Pt was at a different hospital before.')).toEqual([]);
    expect(places('Back from the county hospital.')).toEqual([]);
  });
  it('R35 a town before a comma and a state in a line without case is the town; an artery is not a state', () => {
    expect(places('ADDRESS: 4 ELM ST, BURLINGTON, VT 05401.').join(' ')).toMatch(/BURLINGTON/);
    expect(places('home: 4 elm st, burlington, vt 05401.').join(' ')).toMatch(/burlington/);
    // (Safe Harbor keeps a ZIP's first three digits.)
    expect(places('home: 4 elm st, burlington, vt 05401.')).toContain('01');
    expect(places('LINES: R RADIAL ALINE, PA CATHETER IN PLACE.')).toEqual([]);
  });
  it('R35 whom a person lives with is not part of the address', () => {
    expect(places('Lives at 12 Quarry Rd with son.')).toEqual(['12 Quarry Rd']);
  });
  it('R35 a lower-case medical word that is also a town stays the word where case means something', () => {
    expect(places('Murmur loudest at apex, no radiation.')).toEqual([]);
  });
  it('R35 a lower-case plural of an everyday word is the word, and a unit abbreviation in capitals is no name', () => {
    expect(names('Pt spends summers with her son.')).toEqual([]);
    expect(names("CAME FROM ST. BRENDAN'S ED.")).toEqual([]);
  });
});
