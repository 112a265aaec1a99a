// R35: the clinical round-7 rules (shift-notes.ts), one test per kind of identifier a nurse's shift
// note writes in its shorthand and the round's generator (bench/deid/clinical-gen7.ts) showed missed or
// misread. New sentences, not the generator's; each kind has a near miss that must stay readable.
// Every name, place and number here is invented.
import { describe, expect, it } from 'vitest';
import { detect } from './index.ts';

const words = (text: string, type?: string): string[] =>
  detect(text)
    .filter((s) => type === undefined || s.type === type)
    .map((s) => text.slice(s.start, s.end));
const all = (text: string): string => words(text).join(' | ');
// A stretch of shorthand that makes a text read as a nurse's note.
const NOTE = 'Neuro: A&Ox3, MAE, PERRL. Resp: LS clear, 2L NC, sats 96%. CV: NSR 80s, BP 118/64, K 4.0. GI: TF @ 50cc/hr, +BS, abd soft. GU: foley clear yellow.\n';

describe('R35 clinical round 7: clinicians and kin in shift notes', () => {
  it('R35 takes a clinician after Dr./Drs. with or without an initial, in any case, not the note verbs after a title', () => {
    expect(all(NOTE + 'Social: report to Dr. Q. Vantreese re: lytes.')).toContain('Q. Vantreese');
    expect(all((NOTE + 'plan: seen by dr j. vantrobski, aware.').toLowerCase())).toContain('vantrobski');
    expect(all(NOTE + 'Plan: spoke w/ Drs. Hemsworthy and Kallistrat re: goals.')).toContain('Kallistrat');
    expect(all(NOTE + 'CV: Dr. B. Little aware of soft BP.')).toContain('Little');
    expect(words(NOTE + 'CV: Dr aware of soft BP, no new orders.', 'NAME')).toEqual([]);
  });

  it('R35 takes a surname before a credential (with a comma or an initial a word surname too), not a role or unit', () => {
    expect(all(NOTE + 'Plan: Ferriday, RN covering tonight.')).toContain('Ferriday');
    expect(all(NOTE + 'Plan: T. Baker RN notified @ 0300.')).toContain('Baker');
    expect(all(NOTE + 'Plan: per primary care MD, cont lasix. Charge RN aware. SICU RN gave report.')).toBe('');
  });

  it('R35 takes a relative named beside its relation word in brackets or commas, not a plain word there', () => {
    expect(all(NOTE + 'Social: Marguerin (niece) in to visit.')).toContain('Marguerin');
    expect(all(NOTE + 'Social: husband, Teodrik, called for update.')).toContain('Teodrik');
    expect(words(NOTE + 'Social: wife (at bedside) updated.', 'NAME')).toEqual([]);
  });

  it('R35 takes NP before an unknown surname, not nasal prongs', () => {
    expect(all(NOTE + 'Plan: NP Quarendon notified of UO.')).toContain('Quarendon');
    expect(all(NOTE + 'Resp: 4L NP. Instructed on IS use.')).not.toContain('Instructed');
  });

  it('R35 reads a procedure after s/p, a graded hyphenated scale and nursing devices as no person', () => {
    expect(words(NOTE + 'Hx: s/p Kessler-type repair, s/p Hartwell 2019.', 'NAME')).toEqual([]);
    expect(words(NOTE + 'GI: cirrhosis, Marlow-Tesch class B.', 'NAME')).toEqual([]);
    expect(words(NOTE + 'Safety: Posey vest on, OOB with Hoyer, Roho cushion in chair, Allevyn to sacrum.', 'NAME')).toEqual([]);
  });
});

describe('R35 clinical round 7: dates, numbers and places in shift notes', () => {
  it('R35 takes a weekday before a bracketed month/day, day ranges and dates glued to a word', () => {
    expect(all(NOTE + 'Plan: family returns Thursday (5/9).')).toContain('Thursday');
    expect(all(NOTE + 'Resp: intubated 6/11-17, extubated today.')).toMatch(/6\/11-17/);
    expect(all(NOTE + 'GI: last BM7/2. HD last on3/9.')).toMatch(/7\/2/);
    expect(all(NOTE + 'CV: BP 110-130/60s, pain 4/10-6/10.')).toBe('');
  });

  it('R35 takes a month alone after a word of time, a lower-case day-month, a meeting or fall date and Xmas', () => {
    expect(all(NOTE + 'Social: pt was home until October.')).toContain('October');
    expect(all(NOTE + 'hx: adm 23 nov from home.')).toContain('23 nov');
    expect(all(NOTE + 'Plan: family mtg set for 9/10 w/ team.')).toContain('9/10');
    expect(all(NOTE + 'Social: pt fell at home over Xmas.')).toContain('Xmas');
    expect(all(NOTE + 'Plan: MAR reviewed, may need more lasix in the am.')).toBe('');
  });

  it('R35 takes a pager, fax or extension number after its label, not a gauge or a dose', () => {
    expect(all(NOTE + 'Plan: page covering MD at beeper 5-1187 w/ changes.')).toContain('5-1187');
    expect(all(NOTE + 'Social: son called, updated, # 41729.')).toContain('41729');
    expect(all(NOTE + 'Access: PIV #20 L AC, #18 R FA. KCl 20 mEq x2.')).toBe('');
  });

  it('R35 takes a town after "in" on a line of residence, with its ZIP, not a body part or a place in bed', () => {
    expect(all(NOTE + 'Social: lives w/ daughter in Pellinore Falls.')).toContain('Pellinore');
    expect(all((NOTE + 'SOCIAL: PCP IS DR. ASKEW IN GRINDLEMOOR.').toUpperCase())).toContain('GRINDLEMOOR');
    expect(all(NOTE + 'CV: +1 edema in extremities, pt resting in bed since from 0200.')).toBe('');
  });

  it('R35 takes a hospital by its head word in a line of capitals, a facility before LTC/NH and an address after its label', () => {
    expect(all((NOTE + 'HX: ADM FROM VELLACOTT GENERAL W/ SOB.').toUpperCase())).toContain('VELLACOTT');
    expect(all(NOTE + 'Plan: d/c to Brackenholt Ridge LTC when bed open.')).toContain('Brackenholt');
    expect(all(NOTE + 'Social: address on file 44 Tumbrell Moss Rd, Ashwyke 03122.')).toMatch(/44 Tumbrell Moss Rd/);
    expect(all((NOTE + 'GEN: PT FEELS GENERAL WEAKNESS. VA HOSP RECORDS REQUESTED.').toUpperCase())).toBe('');
  });

  it('R35 R27 keeps a facility\'s kind word inside its span, in a nurse\'s note as in therapy talk (privacy first: the provider sees one placeholder)', () => {
    expect(all(NOTE + 'Social: transferred from Quillon Cross Hospital overnight.')).toContain('Quillon Cross Hospital');
    const talk = 'Client said her brother works nights at Quillon Cross Hospital and she worries about him.';
    expect(all(talk)).toContain('Hospital');
  });
});
