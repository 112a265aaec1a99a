// Round 11 (issue 15): false alarms on faithful paraphrase, each fix a reading that follows from the
// language (notation, scope, morphology), with a control that the same reading still lets a
// contradiction or an invention through. Our own synthetic sentences (obviously fake people and
// drugs); pure functions, no database.
import { describe, expect, it } from 'vitest';
import { verifyClaim } from './index.ts';

const label = (sentence: string, cited: string[], context: string[] = []): string => verifyClaim(sentence, cited, context).label;

describe('claims: faithful paraphrase (round 11)', () => {
  it('R03 R27 amounts in another notation are the same amount: thousands, pounds, a 24-hour clock, hundreds in words', () => {
    expect(label('She owes roughly nine thousand pounds.', ['Arrears of about £9,000 on the flat.'])).toBe('SUPPORTED');
    expect(label('Lights out is at 10pm on the unit.', ['Unit lights out 22:00.'])).toBe('SUPPORTED');
    expect(label('He has put on six hundred grams since Monday.', ['Weight up 0.6 kg since Monday.'])).toBe('SUPPORTED');
    // Controls: another amount in the same notation is still another amount.
    expect(label('She owes roughly four thousand pounds.', ['Arrears of £9,000 on the flat.'])).toBe('CONTRADICTED');
    expect(label('Lights out is at 11pm on the unit.', ['Unit lights out 22:00.'])).toBe('CONTRADICTED');
  });

  it('R03 an amount the draft marks as approximate matches the source within about a tenth, and only then', () => {
    expect(label('She has been off sick for nearly four weeks.', ['Off sick for 26 days.'])).toBe('SUPPORTED');
    // Control: without the hedge the count must be the source's, and a hedge does not stretch to a fortnight.
    expect(label('She has been off sick for four weeks.', ['Off sick for 26 days.'])).not.toBe('SUPPORTED');
    expect(label('She has been off sick for about two weeks.', ['Off sick for 26 days.'])).not.toBe('SUPPORTED');
  });

  it('R03 a change whose two ends the source gives as numbers is carried by them, not by a change word elsewhere', () => {
    const src = ['Zorbit score 9 (previous 16).', 'Says she is going out more with her sister.'];
    expect(label('Her Zorbit score has fallen from 16 to 9.', src)).toBe('SUPPORTED');
    // Control: a source that says which way its numbers went, beside them, still conflicts.
    expect(label('Distress rose from 20 to 65.', ['Distress peaked at 65, then dropped to 20.'])).toBe('CONTRADICTED');
  });

  it('R03 R27 a medication class word names the drug the source gives; a drug of its own still needs support', () => {
    const src = ['Taking zzquelapine 25 mg at night; the early dizziness has settled.'];
    expect(label('The dizziness he had when starting the medication has settled.', src)).toBe('SUPPORTED');
    expect(label('He was also started on zzmorpramine 10 mg.', src)).toBe('UNSUPPORTED');
  });

  it('R03 a questionnaire or measure is what a source reporting an instrument score used', () => {
    expect(label('Both questionnaire scores have improved.', ['PHQ-9 8 (previous 15). GAD-7 6 (previous 12).'])).toBe('SUPPORTED');
    // Control: the word licenses no new instrument result of its own.
    expect(label('Both questionnaire scores have improved and her sleep study was normal.', ['PHQ-9 8 (previous 15). GAD-7 6 (previous 12).'])).toBe('UNSUPPORTED');
  });

  it('R03 a verb of appearance hedges an inference; a status word on a finding is still its certainty', () => {
    const src = ['Visual schedule started 3 March.', 'Outbursts down from 9 in February to 2 in March.'];
    expect(label('The visual schedule seems to have reduced the outbursts.', src)).toBe('SUPPORTED');
    // Control: "possible" on a confirmed diagnosis still contradicts its certainty.
    expect(label('Possible panic disorder.', ['Diagnosis: panic disorder, confirmed at assessment.'])).toBe('CONTRADICTED');
  });

  it('R27 the note\'s subject by bare given name, from a "Client:" header, is not an addition', () => {
    const note = ['Clinic letter. Client: Miss Pellory Zanthe (synthetic), 16.'];
    expect(label('Pellory has slept better this week.', ['She has slept better this week.'], note)).toBe('SUPPORTED');
    // Control: a name the note never gives is still an addition.
    expect(label('Marguerite has slept better this week.', ['She has slept better this week.'], note)).toBe('UNSUPPORTED');
  });

  it('R03 scope: a possessive names a person of its own gender; "other than" ends a denial; "going to a" is movement', () => {
    expect(label('His wife says that he often forgets his wallet.', ['Wife reports he keeps forgetting his wallet.'])).toBe('SUPPORTED');
    expect(label('He will pass the ibuprofen to his sister.', ['No tablets in the house other than some ibuprofen; agreed to pass these to his sister.'])).not.toBe('CONTRADICTED');
    expect(label('She now attends a Tuesday choir.', ['Has started going to a choir on Tuesdays.'])).toBe('SUPPORTED');
    // Control: a denial without the exception still denies.
    expect(label('There is ibuprofen in the house.', ['No ibuprofen in the house.'])).toBe('CONTRADICTED');
  });

  it('R03 impairment in other words: "hard to concentrate", "not eating much" restate "poor concentration", "low appetite"', () => {
    expect(label('He finds it hard to concentrate at work.', ['Poor concentration at work.'])).toBe('SUPPORTED');
    expect(label('She is not eating much.', ['Low appetite this week.'])).toBe('SUPPORTED');
    // Control: against a source that states the function as good, the same words still contradict.
    expect(label('She is not eating much.', ['Appetite good this week.'])).toBe('CONTRADICTED');
  });

  it('R03 a plan to continue is also the present; phrasal avoiding denies as "avoids" does', () => {
    expect(label('Weekly weighing continues.', ['Plan: continue weekly weighing.'])).toBe('SUPPORTED');
    expect(label('She has been steering clear of the market.', ['She has been avoiding the market.'])).toBe('SUPPORTED');
    // Control: going to the place she avoids still contradicts.
    expect(label('She has been going to the market.', ['She has been avoiding the market.'])).toBe('CONTRADICTED');
  });
});
