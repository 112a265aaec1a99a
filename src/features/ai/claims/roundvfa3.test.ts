// Round vfa3 (issue 15, 2026-12-07): false alarms on faithful drafts that summarise, expand shorthand,
// name a category or attribute a report. Each reading comes with a control that a contradiction or
// an invention still gets through. Our own synthetic sentences (obviously fake people).
import { describe, expect, it } from 'vitest';
import { verifyClaim } from './index.ts';
import { analyse } from './context.ts';

const label = (sentence: string, cited: string[], context: string[] = []): string => verifyClaim(sentence, cited, context).label;
const negated = (text: string, word: string): boolean => analyse(text).some((t) => t.w === word && t.neg);

describe('claims: faithful summaries, categories and attribution (round vfa3)', () => {
  it('R03 a privative verb does not deny a coordinated verb with its own adverb', () => {
    expect(negated('Avoids the lift and startles easily.', 'startle')).toBe(false);
    expect(negated('Avoids the lift and startles easily.', 'lift')).toBe(true);
  });

  it('R03 a note verb in the past after a comma ends a negation, a list of nouns does not', () => {
    expect(negated('Not sleeping well, lost 3kg since June.', 'kg')).toBe(false);
    expect(negated('Denies nightmares, flashbacks.', 'flashback')).toBe(true);
  });

  it('R03 a possessive after a reported subject pronoun is not given to the reporter', () => {
    const toks = analyse('His father reports that he keeps his curtains closed all day.');
    expect(toks.find((t) => t.w === 'curtains')?.who === 'father' && toks.find((t) => t.w === 'curtains')?.whoNamed).toBeFalsy();
    expect(label('His father reports that he keeps his curtains closed all day.', ['Dad says he keeps his curtains shut all day.'])).toBe('SUPPORTED');
  });

  it('R03 a category of relative covers the one the source names, never another', () => {
    expect(label('He was brought in by a parent today.', ['Brought in by dad today.'])).toBe('SUPPORTED');
    expect(label('A family member collects her from school.', ['Aunt collects her from school.'])).toBe('SUPPORTED');
    expect(label('Her spouse does the shopping.', ['Husband does the shopping.'])).toBe('SUPPORTED');
    // Control: a class the source names no member of.
    expect(label('He was brought in by a sibling today.', ['Brought in by dad today.'])).not.toBe('SUPPORTED');
  });

  it('R03 an adjective before a relative is that relative\'s, not the client\'s', () => {
    expect(label('He phones a caring sister every Sunday.', ['Sister is caring; he phones her on Sundays.'])).toBe('SUPPORTED');
  });

  it('R03 a plural acronym is spelled out like its singular', () => {
    expect(label('Liver function tests will be repeated next month.', ['Repeat LFTs next month.'])).toBe('SUPPORTED');
  });

  it('R03 a name given in brackets after "Client" is the subject, and is no change word', () => {
    const context = ['Client (Sam Quorrow, synthetic, 30) seen for review.'];
    expect(label('Sam reports feeling more settled at work.', ['Feels more settled at work since the rota changed.'], context)).toBe('SUPPORTED');
  });

  it('R03 what was screened for is neither stated nor denied; a finding still is', () => {
    expect(label('Gambling was screened for and nothing was disclosed.', ['No gambling disclosed; screened at intake.'])).not.toBe('CONTRADICTED');
    expect(label('Domestic violence was asked about at intake.', ['No DV disclosed; screened at intake.'])).not.toBe('CONTRADICTED');
    // Control: a positive screen against a denial.
    expect(label('She screened positive for domestic violence.', ['No DV disclosed; screened at intake.'])).toBe('CONTRADICTED');
  });

  it('R03 a trailing "continue" carries over to the sentence before it', () => {
    expect(label('The plan is to continue mirtazapine.', ['Mirtazapine 15mg started by GP 3/52 ago - continue.'])).toBe('SUPPORTED');
    expect(label('He is currently taking an antidepressant.', ['Mirtazapine 15mg started by GP 3/52 ago - continue.'])).toBe('SUPPORTED');
    // Control: a stop is still a stop.
    expect(label('The plan is to continue mirtazapine.', ['Mirtazapine 15mg stopped by GP 3/52 ago.'])).toBe('CONTRADICTED');
  });

  it('R03 an evaluation does not reach across a comma into another phrase', () => {
    expect(label('She has difficulty concentrating, and she was restless in session.', ['Poor concentration. Restless at times, eye contact good.'])).toBe('SUPPORTED');
  });

  it('R03 a negated degree agrees with a word of deficit ("not eating regularly", "reduced appetite")', () => {
    expect(label('She reports a reduced appetite.', ['Not eating regularly since the move.'])).toBe('SUPPORTED');
    expect(label('She has been eating irregularly since the move.', ['Not eating regularly since the move.'])).toBe('SUPPORTED');
  });

  it('R03 "avoidance" denies what it names, as "avoids" does', () => {
    expect(label('Lift avoidance continues.', ['Still avoids lifts.'])).toBe('SUPPORTED');
  });

  it('R03 a prescribed drug the dictionaries do not hold is named by "medication"', () => {
    expect(label('She takes her medication as prescribed.', ['Tramadol prescribed by pain team, takes as prescribed.'])).toBe('SUPPORTED');
  });

  it('R03 a diagnosis named by its adjective may take its head noun', () => {
    expect(label('He has a diagnosis of panic disorder.', ['Dx panic, since 2022.'])).toBe('SUPPORTED');
  });

  it('R03 a hyphened topic compound is not a certainty claim', () => {
    expect(label('She has checking-focused OCD.', ['Intrusive fears about checking; OCD.'])).not.toBe('CONTRADICTED');
  });
});
