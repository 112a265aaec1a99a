// R35: the clinical round-8 rules (doc-headers.ts), one test per kind of identifier or false positive
// that documents other than shift notes (summaries, consults, letters, reports) showed in the round's
// generator (bench/deid/clinical-gen8.ts). New sentences, not the generator's; each kind has a near
// miss that must stay readable. Every name, place and number here is invented.
import { describe, expect, it } from 'vitest';
import { detect } from './index.ts';

const words = (text: string, type?: string): string[] =>
  detect(text)
    .filter((s) => type === undefined || s.type === type)
    .map((s) => text.slice(s.start, s.end));
const all = (text: string): string => words(text).join(' | ');

describe('R35 clinical round 8: people in document headers, letters and signatures', () => {
  it('R35 takes a person after a header label of a person, inverted or with initials, in any case', () => {
    expect(all('Patient Name: QUENTWORTH, ODALINDE    MRN: 5521907')).toContain('QUENTWORTH, ODALINDE');
    expect(all('patient name: odalinde quentworth    mrn: 5521907')).toContain('odalinde quentworth');
    expect(all('Ordering provider: Vaskelund, Tobiah, RN    Location: 4 West')).toContain('Vaskelund, Tobiah');
    expect(all('Requested by: Perpetua J. Oxenbridge')).toContain('Perpetua J. Oxenbridge');
    expect(all('cc: M. Quillsworth; T. Brannagh-Ode, FNP-BC')).toContain('T. Brannagh-Ode');
  });

  it('R35 leaves a header label whose value is no person', () => {
    expect(words('Attending: on call team\nPatient: alert and oriented, no distress.', 'NAME')).toEqual([]);
    expect(words('RE: medication refill request', 'NAME')).toEqual([]);
  });

  it('R35 takes a person a finding is called or handed to, and a letter\'s addressee and signature', () => {
    expect(all('Findings called to R. Mallowby at 10:40, read back.')).toContain('R. Mallowby');
    expect(all('FINDINGS CALLED TO ODALINDE QUENTWORTH AT 10:40.')).toContain('ODALINDE QUENTWORTH');
    expect(all('Dear colleague,\n\nDR. T. QUENTWORTH\nNeurology')).toContain('T. QUENTWORTH');
    expect(all('Yours sincerely,\nOxenbridge, Perpetua, MD, PhD')).toContain('Oxenbridge, Perpetua');
    // Results called to a team or a unit name nobody.
    expect(words('Critical value called to the floor at 0400, read back verified.', 'NAME')).toEqual([]);
  });
});

describe('R35 clinical round 8: places, dates and numbers of documents', () => {
  it('R35 takes a town before its state and ZIP, also of two words or in lower case', () => {
    expect(all('Discharged to 41 Tarnwell Road, Lesser Quimbury, VT 05602.')).toContain('Lesser Quimbury');
    expect(all('Family will travel from Old Harnsey, ME.')).toContain('Old Harnsey');
    expect(all('pt lives at 12 tarn rd, lesser quimbury, vt 05602')).toContain('lesser quimbury');
    // A catheter is not a place: the two letters do not close the phrase.
    expect(words('R radial ALINE, PA CATHETER in place.', 'GEO')).toEqual([]);
  });

  it('R35 takes a house number and a street whose name opens with an everyday word', () => {
    expect(all('BIBA from 88 Old Tanner Lane after a fall.')).toContain('88 Old Tanner Lane');
  });

  it('R35 takes a month-day-year date written with hyphens, and not a clock time after a date', () => {
    expect(words('Exam date: Sep-03-2091', 'DATE')).toEqual(['Sep-03-2091']);
    expect(all('Arrival: Sep-03-2091 0642    Triage RN: Dr. Vantrobski')).not.toContain('0642');
    expect(words('Collected: 2091-11-26 15:33', 'PHONE')).toEqual([]);
    // A year after a month and day stays a year.
    expect(all('Admission Date: January 8, 2091')).toContain('January 8, 2091');
  });

  it('R35 takes an accession or specimen number after its label', () => {
    expect(all('Accession #: MR7716402    Exam date: 3/19')).toContain('MR7716402');
    expect(all('ACCESSION #: MR7716402')).toContain('MR7716402');
  });

  it('R35 takes an employer after a verb of employment, a firm "& Sons" whole', () => {
    expect(all('Pt worked 30 years at Quillbrook & Sons Masonry as a welder.')).toContain('Quillbrook & Sons Masonry');
    expect(words('Pt works at a bakery at night.', 'NAME')).toEqual([]);
  });
});

describe('R35 clinical round 8: eponyms, professions and titles are no identifiers', () => {
  it('R35 leaves an eponym before its sign, exam, scale or disease', () => {
    for (const t of ['Ballard exam consistent with 38 weeks.', 'McBurney point non-tender.', "Hx of Hashimoto's thyroiditis.", 'Montreal Cognitive Assessment 22/30.', 'Referred to Alcoholics Anonymous.'])
      expect(words(`Plan: ${t}`, 'NAME').concat(words(`Plan: ${t}`, 'GEO'))).toEqual([]);
  });

  it('R35 leaves a profession after "nurse", a lone title, a department line and keeps titles and credentials outside a name', () => {
    expect(words('Mr. Quentworth is a 48-year-old nurse aide employed at a school.', 'NAME')).toEqual(['Quentworth']);
    expect(words('dictated by: prof. quentworth    dictated: 09/27/2091', 'NAME')).toEqual(['quentworth']);
    expect(all('Dr. D. Mallowby\nDepartment of Psychiatry\nSaint Ottoline Medical Center')).not.toContain('Department');
    expect(words('Dr. D. Mallowby\nNeurology', 'NAME')).toEqual(['D. Mallowby']);
  });
});
