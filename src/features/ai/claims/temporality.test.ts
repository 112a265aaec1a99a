// Round vtemp (issue 15, 2026-12-07): temporality, the ConText dimension of when a finding holds,
// read per clause (temporality.ts) and compared on aligned words (dimensions.ts). Our own synthetic sentences.
import { describe, expect, it } from 'vitest';
import { compareDimensions } from './dimensions.ts';
import { clauseTimes, timeTokens } from './temporality.ts';
import { verifyClaim } from './index.ts';

const times = (clause: string, draft = false): string[] => clauseTimes(clause, timeTokens(clause).length, draft).map((r) => r.when ?? '-');
const at = (clause: string, word: string, draft = false): string => times(clause, draft)[timeTokens(clause).indexOf(word)]!;

describe('claims: temporality per clause (round vtemp)', () => {
  it('R03 a finding the source gives as history, told as current, is contradicted with the time the source gives', () => {
    const src = ['Mr Quill Hartnell (synthetic, 52) drank heavily in 2011 and has been sober since.'];
    expect(compareDimensions('Mr Hartnell drinks heavily.', src).contra.join()).toMatch(/as past \(in 2011\); draft as current/);
    expect(compareDimensions('Mr Hartnell drank heavily in 2011.', src).contra).toEqual([]);
  });

  it('R03 "used to", "as a child" and "no longer" place a finding in the past; a faithful "previously" keeps it there', () => {
    const src = ['Bettany Crowle (synthetic, 30) used to sleepwalk as a child. She no longer bites her nails.'];
    expect(compareDimensions('She sleepwalks.', src).contra.join()).toMatch(/sleepwalks as past \(used to\); draft as current/);
    expect(compareDimensions('Bettany previously sleepwalked.', src).contra).toEqual([]);
    expect(compareDimensions('She bites her nails.', src).contra.join()).toMatch(/as past \(no longer\); draft as current/);
  });

  it('R03 a conditional in the source is not a fact in the draft, and a draft that keeps the condition agrees', () => {
    const src = ['He said that if the landlord evicts him he would sleep in his van.'];
    expect(compareDimensions('He sleeps in his van.', src).contra.join()).toMatch(/as conditional \(would\); draft as current/);
    expect(compareDimensions('He would sleep in his van if evicted.', src).contra).toEqual([]);
  });

  it('R03 a plan in the source is not done in the draft; the plan restated agrees', () => {
    const src = ['P: Will begin lamotrigine next month once bloods are back.'];
    expect(compareDimensions('Lamotrigine was begun.', src).contra.join()).toMatch(/lamotrigine as planned \(will\); draft as done/);
    expect(compareDimensions('Lamotrigine is planned for next month.', src).contra).toEqual([]);
  });

  it('R03 a finding the source gives as current, told as ended in the draft, is contradicted', () => {
    const src = ['Currently purging after most evening meals.'];
    expect(compareDimensions('She used to purge after evening meals.', src).contra.join()).toMatch(/as current \(currently\); draft as past \(used to\)/);
  });

  it('R03 a long-past event told as recent is contradicted', () => {
    const src = ['Mx Odile Farrant (synthetic) was diagnosed with epilepsy aged 6.'];
    expect(compareDimensions('Odile was diagnosed with epilepsy last week.', src).contra.join()).toMatch(/epilepsy as long past \(aged 6\); draft as recent/);
  });

  it('R03 scope: a condition opens only what follows it, a post-trigger reaches back, a termination term stops it', () => {
    expect(at('tearful if she misses a class', 'tearful')).toBe('-');
    expect(at('tearful if she misses a class', 'misses')).toBe('hyp');
    expect(at('gambling on scratchcards, stopped in 2020', 'scratchcards')).toBe('ended');
    expect(at('history of anorexia but eats regularly now', 'anorexia')).toBe('past');
    expect(at('history of anorexia but eats regularly now', 'regularly')).toBe('current');
  });

  it('R03 pseudo-triggers open nothing: "asked if", "in May", "could not", "not stopped", "going to the gym"', () => {
    expect(at('asked if she sleeps', 'sleeps')).toBe('-');
    expect(at('restless since early May', 'restless')).toBe('-');
    expect(at('smoking has not stopped', 'smoking')).toBe('-');
    expect(at('has started going to the gym', 'gym')).toBe('-');
  });

  it('R03 a draft that gives a state its duration ("widowed for a year") or the source its start ("since 3 weeks ago") is not moved in time', () => {
    expect(compareDimensions('He has been widowed for a year.', ['Widowed a year ago, lives alone.']).contra).toEqual([]);
    expect(compareDimensions('His sleep has been poor since his move.', ['Sleep poor since about 3 weeks ago.']).contra).toEqual([]);
  });

  it('R03 end to end: the verifier contradicts a moved time and passes a faithful one', () => {
    const src = ['S: Mrs Perpetua Vang (synthetic, 45). Hx of bulimia in her twenties, none for 15 years. Plan: start fluoxetine 20mg next week.'];
    expect(verifyClaim('She has bulimia.', src, [], { model: false }).label).toBe('CONTRADICTED');
    expect(verifyClaim('Fluoxetine 20mg was started.', src, [], { model: false }).label).toBe('CONTRADICTED');
    expect(verifyClaim('She has a history of bulimia in her twenties.', src, [], { model: false }).label).toBe('SUPPORTED');
    expect(verifyClaim('Fluoxetine 20mg is planned to start next week.', src, [], { model: false }).label).toBe('SUPPORTED');
  });
});
