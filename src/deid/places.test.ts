// R35: dates, places, facilities, ages over 89 and serials — one test per error class fixed, each in
// our own invented sentences (no corpus text). Regression tests for general rules, not evidence of
// generalisation: that is measured on held-out data by `npm run bench:deid`, `bench:inject` and
// `bench:egress`.
import { describe, expect, it } from 'vitest';
import { detect } from './index.ts';

const words = (text: string): string[] => detect(text).map((s) => text.slice(s.start, s.end));
const typed = (text: string): string[] => detect(text).map((s) => `${text.slice(s.start, s.end)}:${s.type}`);

describe('R35 dates as clinical notes write them', () => {
  it('R35 takes two month/day dates written as one run', () => {
    expect(words('Infusions given 02/11/02/14, next course pending.')).toEqual(['02/11/02/14']);
  });
  it('R35 takes a hyphenated month-day after a date word, not a range of litres or doses', () => {
    expect(words('Skin graft was done on 4-9 for the burn.')).toEqual(['4-9']);
    expect(words('Weaned to 2-3 L; was on 2-4 L overnight.')).toEqual([]);
    expect(words('Sats fine on 2-3 for most of the shift.')).toEqual([]);
  });
  it('R35 takes a history year with the apostrophe after it, not feet', () => {
    expect(words('Hx: appendectomy 71\', DM2, gout.')).toEqual(["71'"]);
    expect(words("Walked 20' in the hall with PT.")).toEqual([]);
  });
  it('R35 takes an ordinal day that ends a line ("thru the 20th" before a line break)', () => {
    expect(words('mother visiting until the 14th\n\nnext appt in 2 wks')).toEqual(['the 14th']);
    expect(words('given 2nd dose.\nwill need a 3rd\nsession')).toEqual([]);
  });
  it("R35 takes a header's two-digit year after day and month, not the shift's hours", () => {
    expect(words('Progress note\n17 Feb, 93 1900-0730\nSlept well.')).toEqual(['17 Feb, 93']);
  });
  it('R35 keeps readings with "\'s" and fluids by the litre', () => {
    expect(words('map stayed 6/70\'s most of the evening')).toEqual([]);
    expect(words('Bolus of 2/3 liters given, 1/6 units left.')).toEqual([]);
  });
  it('R35 takes a holiday after a time word and a month abbreviation after "due"/"since"', () => {
    expect(typed('Relapsed on Super Bowl Sunday; sober since Thanksgiving.')).toEqual(['Super Bowl Sunday:DATE', 'Thanksgiving:DATE']);
    expect(words('Partner expecting, due Feb. Sober since Sept.')).toEqual(['Feb', 'Sept']);
    expect(words('Christmas was hard this year; a Halloween costume came up.')).toEqual([]);
  });
});

describe('R35 ages over 89 written oddly', () => {
  it('R35 takes hyphenated word ages, "y.o." before a comma, "Age:", brackets and age-sex', () => {
    expect(words('Client is a ninety-three-year-old widower.')).toEqual(['ninety-three']);
    expect(words('Father, 94 y.o., lives with client.')).toEqual(['94']);
    expect(words('Age: 96')).toEqual(['96']);
    expect(words('Grandpa (92) moved in last month.')).toEqual(['92']);
    expect(words('Client 91F presents for grief work.')).toEqual(['91']);
    expect(words('pt: 97 M, hx CHF')).toEqual(['97']);
    expect(words('She planned her 99th birthday party.')).toEqual(['99th']);
    expect(words('her uncle, now ninety-two, is in hospice')).toEqual(['ninety-two']);
    expect(words("CLIENT'S FATHER IS 95 AND STILL DRIVES.")).toEqual(['95']);
  });
  it('R35 opens a summary line with the age', () => {
    expect(words('Admission\n96 w/ COPD flare, on home O2.')).toEqual(['96']);
  });
  it('R35 keeps readings "at", ranges and temperatures that look like ages', () => {
    expect(words('Heart rate held, and he was at 93 while walking.')).toEqual([]);
    expect(words('Paced at 90 via the temporary wires.')).toEqual([]);
    expect(words('Oximetry on room air is 91-94% at rest.')).toEqual([]);
    expect(words('On bipap, sating at 99 on 40%.')).toEqual([]);
    expect(words('T 99F overnight, temp 99.1 F this am.')).toEqual([]);
  });
});

describe('R35 hospitals, units and facilities', () => {
  it('R35 reads acronyms ending in CU/IU as units, and units are no identifiers', () => {
    expect(words('Moved to the TCU, then transferred to the NSICU overnight.')).toEqual([]);
    expect(words('SENT TO THE CVICU AFTER THE PROCEDURE.')).toEqual([]);
  });
  it('R35 keeps run-together procedure words, split letters and rhythms after a transfer word', () => {
    expect(words('Back on the unit after she was taken to xrayroom.')).toEqual([]);
    expect(words('Sent to M-R imaging after lunch.')).toEqual([]);
    expect(words('Overnight she went into AVNRT and converted with vagal maneuvers.')).toEqual([]);
  });
  it('R35 keeps "medical"/"rehab" after ordinary words and short words before a facility head', () => {
    expect(words('WILL CONTINUE THE SAME MEDICAL PLAN TOMORROW.')).toEqual([]);
    expect(words('plan: routine medical follow-up in 2 wks')).toEqual([]);
    expect(words('SW left a note re rehab beds.')).toEqual([]);
    expect(words('Up in CH for lunch, tolerated well.')).toEqual([]);
  });
  it('R35 takes a hospital acronym in lower case with a transfer word or a department after it', () => {
    expect(words('she was transferred to bmh after the fall.')).toEqual(['bmh']);
    expect(words('ems brought her to bmh ed by ambulance.')).toEqual(['bmh']);
    expect(words('Family plans to visit KMC on Sunday.')).toEqual(['KMC']);
  });
  it('R35 takes "Holy …"/"Sacred …" after a preposition of place, in capitals too', () => {
    expect(words('BROUGHT BY HER SON TO HOLY REDEEMER LAST NIGHT.')).toEqual(['HOLY REDEEMER']);
  });
  it("R35 takes a clinic whose name opens with \"Children's\" after a referral word", () => {
    expect(words("P: Referral to Children's Brightwater Clinic next month.")).toEqual(["Children's Brightwater Clinic"]);
  });
  it('R35 takes a ward named with its floor that opens a clause, not a drug dose', () => {
    expect(words('dispo: BRACKENRIDGE 5 tomorrow, sooner if a bed opens')).toEqual(['BRACKENRIDGE']);
    expect(words('ambulate tid, wean o2, brackenridge 5\n')).toEqual(['brackenridge']);
    expect(words('plan: Precedex 1 mcg/kg/hr, wean as tolerated')).toEqual([]);
  });
});

describe('R35 places read to their end', () => {
  it('R35 takes the state written with a town, in full, two-word or abbreviated, but not a state alone', () => {
    expect(words('I work nights at a diner in Tacoma, New Mexico.')).toEqual(['Tacoma, New Mexico']);
    expect(words('We moved from Dayton, OH last spring.')).toEqual(['Dayton, OH']);
    expect(words('She grew up in Ohio and hated it.')).toEqual([]);
  });
  it('R35 takes a town whose name ends in a place-kind word', () => {
    expect(words('HER SISTER DROVE IN FROM CEDAR FALLS TODAY.')).toEqual(['CEDAR FALLS']);
  });
  it('R35 takes a region after a place preposition, not a side of the body', () => {
    expect(words('HIS BROTHER LIVES ON THE NORTH SHORE NOW.')).toEqual(['NORTH SHORE']);
    expect(words('She used to live on the Lower East Side.')).toEqual(['Lower East Side']);
    expect(words('Pt turned on the left side; lower end of the bed raised.')).toEqual([]);
  });
  it('R35 takes numbered and lower-case streets without a house number', () => {
    expect(words('Has been sleeping at the shelter on 9th Ave.')).toEqual(['9th Ave.']);
    expect(words('her cousin stays off kimble rd near the school')).toEqual(['kimble rd']);
    expect(words('on my way down the road to the store')).toEqual([]);
  });
  it('R35 takes a street named after a name-list word that is one slip from vocabulary', () => {
    expect(words('The clinic is at 2208 Lincoln Rd near the park.')).toEqual(['2208 Lincoln Rd']);
  });
  it('R35 takes a numbered fire or police unit, also where a sentence splitter cut it after "Co."', () => {
    expect(words('Client (retired, Ladder Co. 22 in Elmira) sleeps poorly.')).toEqual(['Ladder Co. 22', 'Elmira']);
    expect(words('retired firefighter, Ladder Co.\n\n22 in Elmira')).toEqual(['Ladder Co.\n\n22', 'Elmira']);
  });
  it('R35 takes a ward with its floor after "to" in lower case where case tells', () => {
    expect(words('Stable for the floor. Moving to brackenridge 5 tomorrow.')).toEqual(['brackenridge']);
  });
});

describe('R35 record numbers in all their spellings', () => {
  it('R35 takes a record number after MR-, med rec, unit/file number or clinic ID', () => {
    expect(typed('Admitted as MR-41877 yesterday.')).toEqual(['MR-41877:MRN']);
    expect(typed('Med Rec #44-9012 on the band.')).toEqual(['44-9012:MRN']);
    expect(typed('his MR is 4471-22')).toEqual(['4471-22:MRN']);
    expect(typed('unit number U8812344')).toEqual(['U8812344:MRN']);
    expect(typed('clinic ID K-88120')).toEqual(['K-88120:MRN']);
    expect(typed('the clinic file no. 20-0441')).toEqual(['20-0441:MRN']);
  });
  it('R35 keeps mitral regurgitation and the title "Mr" with numbers near them', () => {
    expect(words('mod MR 2-3+, EF 35%, MR 100% improved')).toEqual([]);
    expect(words('mr 1200 cal diet')).toEqual([]);
  });
});

describe('R35 serials and codes', () => {
  it('R35 takes a serial after its label, with a letter prefix, even one that spells an abbreviation', () => {
    expect(typed('Hearing aid serial SN 5519-QT-0042 on file.')).toEqual(['5519-QT-0042:DEVICE']);
    expect(typed('CPAP S/N: RX 55 20193 at home')).toEqual(['RX 55 20193:DEVICE']);
    expect(typed('her implant serial K-66210 was replaced')).toEqual(['K-66210:DEVICE']);
    expect(typed('hearing aid (SN TW-55129)')).toEqual(['TW-55129:DEVICE']);
    expect(typed('insulin pump SN: MMT-1780-44129')).toEqual(['MMT-1780-44129:DEVICE']);
    // A letter series hyphened to a long number is one code even with no word before it.
    expect(words('replaced with QZ-77120 today')).toEqual(['QZ-77120']);
    expect(words('HR-110, PO2-98, INR-1.9')).toEqual([]);
  });
  it('R35 keeps readings, clock times, models and shift hours that look like codes, hosts or phones', () => {
    expect(words('PEEP SET AT 8CMH2OFOR THE NIGHT.')).toEqual([]);
    expect(words('2300-R FOOT DSG CHANGED, DRY.')).toEqual([]);
    expect(words('Vented via XB840 vent, A/C 500 x 14.')).toEqual([]);
    expect(words('ID: T101.7 max, blood cx x2 sent.')).toEqual([]);
    // (A reading then an abbreviation after the full stop is no host name.)
    expect(typed('wedge 14.CO/CI acceptable').filter((t) => t.endsWith(':URL'))).toEqual([]);
  });
});
