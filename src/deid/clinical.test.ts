// R35 / R19: the failure kinds found on clinical notes, each written here in our own sentences
// (no corpus text). These are regression tests for general rules, not evidence of generalisation:
// that is measured on held-out patients by `npm run bench:deid`.
import { describe, expect, it } from 'vitest';
import { detect, explain } from './index.ts';

const found = (text: string): string[] => detect(text).map((s) => `${text.slice(s.start, s.end)}:${s.type}`);
const words = (text: string): string[] => detect(text).map((s) => text.slice(s.start, s.end));

describe('R35 clinical vocabulary is not a name', () => {
  it('R35 keeps nursing shorthand that name lists also hold', () => {
    const notes = [
      'Suctioned for thick tan secretions; aline intact; MAE x4; swan removed.',
      'eve shift uneventful. T max 38.4, VEA rare, Neo weaned off, fent gtt at 50.',
      'SUCTIONED FOR TAN SECRETIONS. ALINE DAMPENED, REZEROED. MAE, FOLLOWS COMMANDS.',
      'Ambulated with walker, LE edema 1+, sero-sanguinous drainage from JP.',
    ];
    for (const n of notes) expect(found(n), n).toEqual([]);
  });
  it('R35 keeps a drug or heading that is clipped or misspelt', () => {
    expect(found('Started on Nitro gtt, then Dobuta 5 mcg/kg/min.')).toEqual([]);
    expect(found('Recieved pt from OR at 1400.')).toEqual([]);
  });
  it('R35 still takes a clinician or relative named with a cue, in capitals or lower case', () => {
    expect(words('DR OKONJO AWARE OF BP. SPOKE WITH DAUGHTER ROSALIND QUIBELL.')).toEqual(['OKONJO', 'ROSALIND QUIBELL']);
    expect(words('son bill in to visit; dr. feldstein updated.')).toEqual(['bill', 'feldstein']);
    expect(words('Note by Jo Pelham, RN')).toEqual(['Jo Pelham']);
  });
  it('R35 takes a capitalised rare word after a relation word, but not shorthand or an everyday word', () => {
    expect(words('Argued w/ roommate Kat, superficial scratches L forearm.')).toEqual(['Kat']);
    expect(found('PT OOB to chair x2. Spoke with son Today about plan.')).toEqual([]);
  });
  it('R35 takes a surname that is a word after a title of address', () => {
    expect(words('Spoke with Ms. Christmas and Mr. Fox about discharge.')).toEqual(['Christmas', 'Fox']);
  });
});

describe('R35 abbreviations that look like titles, names or streets', () => {
  it('R35 reads "MS"/"MR" before an everyday word or after a comma as mental status or mitral regurgitation', () => {
    const notes = [
      'Pain 6/10, morphine 2 mg ms given once with relief.',
      'TACHY TO 130S. MEDICATED WITH MS WITHOUT EFFECT.',
      'Hx of HTN, 2+MR, AI, EF 40%, weaned off levophed.',
      'Brief run of SVT. MS back to baseline by noon.',
      'LUNGS GEN CLEAR, DIMINISHED AT BASES.',
    ];
    for (const n of notes) expect(found(n), n).toEqual([]);
    expect(words('Met with Ms Quillfeather and her son.')).toEqual(['Quillfeather']);
  });
  it('R35 does not take a hyphenated run of shorthand and words for a name', () => {
    const notes = ['ABX CHGED-GIVEN AS ORDERED.', 'oxygenation remains sub-optimal-adjusting vent as needed.', 'POST-AGRAM SITE DRY.'];
    for (const n of notes) expect(found(n), n).toEqual([]);
    expect(words('Seen by her sister, Mary-Jane Okafor-Brill.')).toEqual(['Mary-Jane Okafor-Brill']);
  });
  it('R35 keeps a reading hyphenated to the next word and a rhythm strip in capitals', () => {
    expect(found('PO2 118-CHANGED TO IMV 10.')).toEqual([]);
    expect(found('SR WITH RARE PVCS, 1 12 SEC RUN SVT, 4 BEAT RUN VT.')).toEqual([]);
    expect(words('She lives at 14 Heron Run, Dover.').some((w) => w.startsWith('14 Heron Run'))).toBe(true);
  });
  it('R35 reads short rare name-list words in a capitals clinical line as shorthand', () => {
    expect(found('GAVE DUL SUPP. COMF AT PRESENT. WILL RECK HCT IN AM. NEURO: MAE, PERRL, FOLLOWS COMMANDS.')).toEqual([]);
  });
  it('R35 keeps ventilator settings, ordinals that count things, blood gases and "@" for "at"', () => {
    const notes = [
      'ON 12/6 BIPAP 60%, then bipap 12/6/14 overnight; cpap/ps mode decreased to 8/5 with good tolerance.',
      'Loose stools after 3rd dose; small wound on 4th toe; DC IVF AFTER 2ND LITER.',
      'abg on these settings: 82/44/7.41.35.2, repeat pending.',
      'IVF @KVO, tube feed @goal of 60cc/hr.',
      'MVO2 58-52-49, HR 70-80s-at 1900 brief run of SVT.',
      'weaned peep from 10 to5cmh20, Sao297-100, o2sat-99%.',
    ];
    for (const n of notes) expect(found(n), n).toEqual([]);
    expect(words('Extubated 12/6. She called on the 3rd about it. Follow her on insta @sunshine.')).toEqual(['12/6', 'the 3rd', '@sunshine']);
  });
  it('R35 does not spread "of" from "University of …" over the note', () => {
    const text = 'Transferred from University of Linmouth Medical Center. Started course of abx; plan repair of fistula.';
    expect(words(text).filter((w) => w.toLowerCase() === 'of')).toEqual([]);
  });
});

describe('R35 numbers in clinical context are readings, not identifiers', () => {
  it('R35 keeps vital signs, ranges, settings, doses and shift hours', () => {
    const notes = [
      'HR 88-104 ST, BP 132/78, SVR 900-1100, RR 18-22.',
      'Vent 500x14 40% 5 peep, then CPAP 10/5, FiO2 0.4; ABG 7.41 38 92 97%.',
      'Shift 0700-1900. Propofol 30mcg, K 3.6 repleted with 40meq, SpO2 96.',
      'Glucose was 95 at 1600; paced at 90.',
    ];
    for (const n of notes) expect(found(n), n).toEqual([]);
  });
  it('R35 still takes a phone, a pager and a record number', () => {
    expect(words('Daughter cell 410-555-0183; paged Dr. Ekwueme, pager #4417.')).toEqual(['410-555-0183', 'Ekwueme', '4417']);
    expect(found('Record MR-58120 reviewed.')).toEqual(['MR-58120:MRN']);
    expect(found('Unit no 318-44-07 on the band.').map((s) => s.split(':')[0])).toContain('318-44-07');
  });
});

describe('R35 clinical dates', () => {
  it('R35 takes month/day dates without a year', () => {
    expect(words('Extubated 7/22 and reintubated 8/10; PICC placed 11/3.')).toEqual(['7/22', '8/10', '11/3']);
    expect(words('9/14 CXR clear. Intubated 5/28-6/1 for CHF.')).toEqual(['9/14', '5/28', '6/1']);
  });
  it('R35 takes month and two-digit year, and years in a dated history', () => {
    expect(words('PMH: hip fx 4/97, CABG 2009, breast CA 2011.')).toEqual(['4/97', '2009', '2011']);
  });
  it('R35 keeps ratings, fractions and strength grades', () => {
    expect(found('She rated anxiety 7/10 today, took 1/2 tab, strength 5/5 in all limbs.')).toEqual([]);
  });
});

describe('R35 hospitals, units and places in notes', () => {
  it('R35 takes a hospital or a unit named after a person or a place, and keeps generic units', () => {
    const text = 'Transferred from Brightwater Memorial to the Haverford 4 step-down unit; admitted to CCU first.';
    expect(words(text)).toEqual(['Brightwater Memorial', 'Haverford']);
    expect(found('Transferred to MICU, then to the floor, then to rehab.')).toEqual([]);
  });
  it('R35 takes a facility acronym after a transfer word, and everywhere else in the note', () => {
    expect(words('Pt transferred to GMH for cath. Back on GMH 3 at 1900.')).toEqual(['GMH', 'GMH']);
  });
  it('R35 takes a hospital acronym after to/in/from, and a state university, but no capitalised word', () => {
    expect(words('Sent back to LMH on day 3; seen first at U of Ohio.')).toEqual(['LMH', 'U of Ohio']);
    expect(found('SATS REMAIN HIGH. RESPONDS TO MUCH STIMULATION. GAVE 2 U PC.')).toEqual([]);
  });
  it('R35 takes a lower-case town whose first word is a function word, and a facility of ordinary words closed by a facility word', () => {
    expect(words('daughter returned to new haven today; he moved to west chester.')).toEqual(['new haven', 'west chester']);
    expect(found('no movement noted in left hand.')).toEqual([]);
    expect(words('presented to sacred heart hospital with sob.')).toEqual(['sacred heart']);
  });
  it('R35 takes an everyday named place with its kind (mall, station, airport), not a kind of place alone', () => {
    expect(words('Panic worst at Eastgate Mall and at Logan Airport.')).toEqual(['Eastgate Mall', 'Logan Airport']);
    expect(found('Went to the Public Library, then the Bus Station.')).toEqual([]);
  });
  it('R35 takes a ZIP after a city with no state between', () => {
    const text = 'Her family moved to Brookfield, 60513 last year.';
    const spans = detect(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Brookfield', '13']);
  });
});

describe('R35 explain', () => {
  it('R35 names the detector and rule behind every span', () => {
    const r = explain('Call Dr. Okafor at 555-201-7788 on 3/14.');
    expect(r.spans).toHaveLength(3);
    const why = r.proposals.map((p) => p.evidence);
    expect(why).toContain('name: title before it (Dr., Mrs)');
    expect(why.some((w) => w.startsWith('contact details'))).toBe(true);
    expect(why).toContain('date');
  });
});

describe('R35 identifiers as people say them', () => {
  it('R35 takes a phone number read out in words', () => {
    const text = 'you can reach me on nine oh four, double two one, eight eight three oh';
    expect(words(text)).toEqual(['nine oh four, double two one, eight eight three oh']);
    expect(found('I smoke one or two a day, three or four on weekends.')).toEqual([]);
  });
  it('R35 takes an e-mail address spelled out', () => {
    expect(words('write to bea dot quill at fastmail dot net please')).toEqual(['bea dot quill at fastmail dot net']);
  });
  it("R35 takes a photo's file name, a plate with a space and a lettered member number", () => {
    expect(found('She texted me PXL_20240611_0932.jpg last night.')).toEqual(['PXL_20240611_0932.jpg:PHOTO']);
    expect(found('The truck had plate 4RT 9QX on it.')).toEqual(['4RT 9QX:VEHICLE']);
    expect(found('My member ID is QXR 518 220 907.')).toEqual(['QXR 518 220 907:HEALTH_PLAN']);
  });
  it('R35 takes an unknown lower-case name after a verb that takes a person', () => {
    expect(words('i texted oluwaseun last night and he never answered')).toEqual(['oluwaseun']);
  });
});
