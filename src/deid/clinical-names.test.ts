// R35: names and numbers in nurses' and clinicians' notes, one test per error class, each written
// here in our own sentences with made-up people (no corpus text). Regression tests for general
// rules, not evidence that they generalise: that is the held-out figure of `npm run bench:deid`.
import { describe, expect, it } from 'vitest';
import { detect } from './index.ts';

// A note's opening: dense shorthand, so the text reads as a clinical note (see noteRegister in names.ts).
const HEAD = 'Neuro: A&Ox3, MAE, PERRLA. CV: HR 80s NSR, SBP 110s, no ectopy. Resp: LS clear, sats 97% on 2L NC, abg ok. GI/GU: abd soft, foley patent, uo adequate.\n';
const note = (line: string): string => HEAD + line;
const spans = (text: string): string[] => detect(text).map((s) => `${text.slice(s.start, s.end)}:${s.type}`);
const words = (text: string): string[] => detect(text).map((s) => text.slice(s.start, s.end));

describe('R35 notes: vocabulary and shorthand are not names', () => {
  it('R35 the note opening itself has no identifier', () => {
    expect(spans(HEAD)).toEqual([]);
  });
  it('R35 a capitalised vocabulary word or shorthand mid-line in a note needs a name beside it', () => {
    for (const line of ['ID: Max temp 38.9, cx drawn.', 'Skin: Mark on L heel, dsg applied.', 'Labs: Chase k level in am.', 'Per night RN no events.', 'K 3.1, Ward clerk aware.', 'GU: Rose colored urine, uo 40/hr.', 'Insulin: 6u Lantis at hs.']) {
      expect(spans(note(line)), line).toEqual([]);
    }
  });
  it('R35 the word after "pt" in a note is what the patient did, not a name', () => {
    for (const line of ['pt denyse nausea, tol sips.', 'PT DENYSE SOB AT REST.']) {
      expect(spans(note(line)), line).toEqual([]);
    }
  });
  it('R35 a kinship word spelt as a rare surname names the relation', () => {
    expect(spans(note('Her neice phoned the desk at noon.'))).toEqual([]);
  });
  it('R35 a dictionary name before a device or lesion noun is an eponym', () => {
    expect(spans(note('kelly clamp kept at bedside for the ct.'))).toEqual([]);
    expect(spans(note('foley exchanged for a tiemann catheter by uro.'))).toEqual([]);
  });
  it('R35 a lower-case word after a subject pronoun in a note is its verb', () => {
    expect(spans(note('she denyse nausea after meds.'))).toEqual([]);
  });
  it('R35 a rare surname opening a sentence alone, a heading, a word after a dose or a slash are not names', () => {
    for (const line of ['Tiemann placed, draining clear.', 'Intak: sips only.', 'A 14F Lantis inserted.', 'PMH: TIA/CVA x2, s/p AVR/Lantis.']) {
      expect(spans(note(line)), line).toEqual([]);
    }
  });
  it('R35 a word after "pt", after a verb of giving, or before a scale noun is no name in a note', () => {
    for (const line of ['Pt Lutheran, chaplain aware.', 'Pt given Kling and tape to site.', 'Braden 12, Morse fall risk high.']) {
      expect(spans(note(line)), line).toEqual([]);
    }
  });
  it('R35 role words and shorthand before "called" are not speakers', () => {
    expect(spans(note('pastor phoned, plans a visit tomorrow.'))).toEqual([]);
    expect(spans(note('ho called re k 3.1, repleted.'))).toEqual([]);
  });
  it('R35 a modal after a kin word is the relative speaking, not a name', () => {
    expect(spans(note('SON WILL PHONE TONIGHT FOR NEWS.'))).toEqual([]);
  });
  it('R35 dotted shorthand and slashed orders are not initials', () => {
    expect(spans(note('Now on 10 P.S. with 5 peep; cath showed a T.O. of the rca.'))).toEqual([]);
    expect(spans(note('Code status: no CPR/no pressors.'))).toEqual([]);
  });
});

describe('R35 notes: names still found, with evidence a note gives', () => {
  it('R35 a credential before a name ("NP Lark aware")', () => {
    expect(words(note('K 3.2 repleted, NP Marisol notified. MD OKAFOR UPDATED RE K.'))).toEqual(['Marisol', 'OKAFOR']);
  });
  it('R35 a lower-case signature with its credential, and a lower-case credential before a name', () => {
    const t = note('ps trial started 10/5 at 1400, gas to follow.\n   ysolde k. vantrieste rrt\n').toLowerCase();
    expect(words(t).join(' ')).toContain('vantrieste');
    expect(words(note('k 3.2 repleted, np marisol notified.').toLowerCase())).toEqual(['marisol']);
  });
  it('R35 "DO", "OT" in a capitals note and a two-letter word are not names', () => {
    expect(spans(note('LEADS DO NOT TRACE WELL. HR 90S, BO 100/60.'))).toEqual([]);
  });
  it('R35 an initial before a capitalised word no list knows', () => {
    expect(words(note('Results given to K. Vasquelle.'))).toEqual(['K', 'Vasquelle']);
  });
  it('R35 a relation in brackets after a name, and a relation with a colon or bracket before one', () => {
    expect(words(note('IONE VASQUELLE (NIECE) VISITED AT NOON.'))).toContain('IONE VASQUELLE');
    expect(words(note('Sister and guardian (Tobin Quarrie) asked for copies.'))).toContain('Tobin Quarrie');
  });
  it('R35 two unknown capitalised words opening a sentence, and the first of them again later', () => {
    const t = note('Family supportive. Ysolde Vantrieste to be called with changes. Ysolde aware of plan.');
    expect(words(t)).toEqual(['Ysolde Vantrieste', 'Ysolde']);
  });
  it('R35 two capitalised words after a bracketed relation, a typo-like given name before an unknown surname, a rare-word surname after a cued first name', () => {
    expect(words(note('Sister and guardian (Sonny Tarrow) phoned.'))).toContain('Sonny Tarrow');
    expect(words(note('Family supportive. Marlie Vantrieste to be called.'))).toContain('Marlie Vantrieste');
    expect(words(note('father, Ione Farthing, phoned at noon.'))).toContain('Ione Farthing');
  });
  it('R35 a first name in capitals after a kin word even when it is also shorthand', () => {
    expect(words(note('FIANCE MAE VISITED THIS EVENING.'))).toEqual(['MAE']);
    expect(spans(note('eve shift uneventful, son max temp check.'))).toEqual([]);
  });
  it('R35 a first name as the object of a contact verb or before a frequent surname', () => {
    expect(words(note('Tried twice to reach Pat at home.'))).toEqual(['Pat']);
    expect(words(note('Spoke with Grace Brown re plan.'))).toEqual(['Grace Brown']);
  });
  it('R35 after a title and a first name, a capitalised rare word is the surname', () => {
    expect(words(note('Dr Orla Farthing and Dr. Ames in to see pt.'))).toEqual(['Orla Farthing', 'Ames']);
  });
});

describe('R35 notes: readings and times are not identifiers', () => {
  it('R35 an entry time hyphenated to its first word, a reading run into a word, shift hours', () => {
    for (const line of ['2200-R arm dsg changed.', 'PEEP UP TO 8CMH2OWITH GOOD EFFECT.', 'dilaudid 1mgprn for pain.', 'Shift 12 Mar, 0700-1930.']) {
      const got = detect(note(line)).filter((s) => s.type !== 'DATE');
      expect(got, line).toEqual([]);
    }
  });
  it('R35 a series of short readings or clock times without a phone word is not a phone', () => {
    expect(spans(note('Blood sugars 212 180 154 132 98 today.'))).toEqual([]);
    expect(spans(note('Plan: wean fio2 at 1030 1230 1430.'))).toEqual([]);
    expect(spans(note('Reach her at 71 482 93 16 office.')).some((s) => s.endsWith(':PHONE'))).toBe(true);
  });
  it('R35 dose times and shift hours stay readings after a contact word; a temperature under "ID" is no ID', () => {
    for (const line of ['Phoned at 0730-1530 for news.', 'No 1400 1600 doses given.', 'ID: T102.4 at 0400, pan cx.', 'CVP 8, wedge 14.CO/CI stable.']) {
      expect(spans(note(line)), line).toEqual([]);
    }
  });
  it('R35 a real number after a phone word is still a phone', () => {
    expect(spans(note('Daughter cell 410-555-0142.'))).toContain('410-555-0142:PHONE');
  });
});
