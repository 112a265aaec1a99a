// R35: the clinical round-11 rules (staff-cues.ts), one test per kind of identifier a hurried ward
// note writes with no capital and no title, only a role or a verb of handing over. New sentences,
// not the round's generator's (bench/deid/clinical-gen11.ts); each kind has a near miss that must
// stay readable. Every name, place and number here is invented.
import { describe, expect, it } from 'vitest';
import { detect } from './index.ts';

const all = (text: string): string =>
  detect(text)
    .map((s) => text.slice(s.start, s.end))
    .join(' | ');
const NOTE = 'neuro: aox3. resp: ls clear, sats 96% 2l. cv: nsr 80s, bp 118/64. gi: tol clears, abd soft.\n';

describe('R35 clinical round 11: staff, kin, ages, extensions, streets and care places by their cue', () => {
  it('R35 takes a clinician named by a verb of handing over or a role, not a team, a service or a protocol', () => {
    expect(all(NOTE + 'bp soft, d/w zubrowski, bolus given.')).toContain('zubrowski');
    expect(all(NOTE + 'plan per okonkwo-np, recheck lytes.')).toBe('okonkwo');
    expect(all(NOTE + 'relieved by Ysolde for break.')).toContain('Ysolde');
    expect(all(NOTE + 'seen by tiernan/renal, no HD tonight.')).toContain('tiernan');
    expect(all(NOTE + 'd/w team, per protocol, seen by neph, report to oncoming rn, paged covering md x2, asked pt to void.')).toBe('');
  });

  it('R35 takes a relative glued to the relation word, not an ordinary word after it', () => {
    expect(all(NOTE + 'sis(marisela) called for update.')).toContain('marisela');
    expect(all(NOTE + 'hcp is thaddea, aware of plan.')).toContain('thaddea');
    expect(all(NOTE + 'wife is aware, son/hcp updated.')).toBe('');
  });

  it('R35 takes an age over 89 with the sex glued on, not a temperature or a distance', () => {
    expect(all('93F w/ afib, from home. bp 130/70.')).toBe('93');
    expect(all('npn / pt aged 94 / lives w/ son')).toContain('94');
    expect(all('Tmax 99F, walked 100m with PT, HR 96.')).toBe('');
  });

  it('R35 takes an extension glued to its x and a street after a word of dwelling, not a repeat count', () => {
    expect(all(NOTE + 'call pharmacy x4471 re: vanco.')).toContain('4471');
    expect(all(NOTE + 'lives @ 47 quenby ln w/ daughter.')).toContain('47 quenby ln');
    expect(all(NOTE + 'suctioned x2, turned q2h, 500 x1000 noted.')).toBe('');
  });

  it('R35 takes a hospital after a word of care and its preposition, not a person after "seen by" or a unit', () => {
    expect(all(NOTE + 'had surgery @ wendlebury last yr.')).toContain('wendlebury');
    expect(all(NOTE + 'followed by ostrava heights cardiology.')).toContain('ostrava heights');
    expect(all(NOTE + 'transferred to micu, seen at bedside, admitted to floor.')).toBe('');
  });

  it('R35 keeps a role glued after a name out of it and the letters of an age unit out of names', () => {
    expect(all(NOTE + 'ferelith-gf at bedside.')).toBe('ferelith');
    expect(all('PT IS 96 Y.O. FROM HOME, A&OX2.')).toBe('96');
  });
});
