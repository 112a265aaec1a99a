// The support decision (issue 15, round 6): faithful paraphrase is not an invention, and an
// invention is still one. Each test pairs a faithful sentence with a guard that the addition or the
// contradiction it would hide still shows. Our own synthetic sentences; no database.
import { describe, expect, it } from 'vitest';
import { verifyClaim } from './index.ts';

const label = (sentence: string, ...sources: string[]): string => verifyClaim(sentence, sources).label;

describe('claims: support decision (round 6)', () => {
  it('R03 an irregular form is the same word: compared for polarity, never an addition', () => {
    expect(label('Mx. Exampleton has not spoken with the landlord since the hearing.', 'Mx. Exampleton spoke with the landlord after the hearing.')).toBe('CONTRADICTED');
    expect(label('Mx. Exampleton spoke with the landlord after the hearing.', 'Mx. Exampleton talked to the landlord after the hearing.')).toBe('SUPPORTED');
  });

  it('R03 a derived form of a synonym is a paraphrase: "awakenings" for "wakes"', () => {
    expect(label('She reports frequent awakenings at night.', 'Wakes often during the night.')).toBe('SUPPORTED');
    // An addition beside it is still one.
    expect(verifyClaim('She reports frequent awakenings at night and nausea.', ['Wakes often during the night.']).reasons.join(' ')).toMatch(/nausea/);
  });

  it('R03 numbers restated in other words: "and a half", fractions of an hour, "once more"', () => {
    expect(label('He spent seven and a half hours in bed.', 'TIB 7.5 h.')).toBe('SUPPORTED');
    expect(label('He spent seven hours in bed.', 'TIB 7.5 h.')).not.toBe('SUPPORTED');
    expect(label('The walk lasted a quarter of an hour.', 'Walked for 15 min.')).toBe('SUPPORTED');
    expect(label('The walk lasted half an hour.', 'Walked for 15 min.')).toBe('CONTRADICTED');
    expect(label('The safety steps were reviewed once more.', 'Safety steps reviewed again.')).toBe('SUPPORTED');
  });

  it('R03 a month is held by a date written in figures, not by a score', () => {
    expect(label('Follow-up is booked for March 3.', 'f/u booked 3/3.')).toBe('SUPPORTED');
    expect(label('Follow-up is booked for April 3.', 'f/u booked 3/3.')).toBe('UNSUPPORTED');
    expect(label('He exercised in March.', 'Exercised 3/7 days.')).toBe('UNSUPPORTED');
  });

  it('R03 a particle is no change, and a source verb of gradual change is a comparison', () => {
    expect(label('She came up with a plan to call her aunt.', 'Pt made a plan to call her aunt.')).toBe('SUPPORTED');
    expect(label('His grades are falling.', 'Teacher says his grades are slipping.')).toBe('SUPPORTED');
    expect(verifyClaim('His grades are falling.', ['Teacher says his grades are mostly Bs.']).reasons.join(' ')).toMatch(/states no change/);
  });

  it('R03 R27 an added clinical noun or incident verb is never passed as re-wording', () => {
    const v = verifyClaim('He reports a tremor and nausea after the morning dose.', ['Reports a tremor after the morning dose.']);
    expect(v.label).toBe('UNSUPPORTED');
    expect(v.reasons.join(' ')).toMatch(/nausea/);
    // The known gap: one invented verb on words the source holds.
    const s = verifyClaim('Staff reported that he stole from classmates.', ['Staff reported that classmates were kind to him.']);
    expect(s.label).toBe('UNSUPPORTED');
    expect(s.reasons.join(' ')).toMatch(/stole/);
    // An everyday verb that re-words the source's relation still passes.
    expect(label('He pays the rent for the flat.', 'He covers the rent for the flat.')).toBe('SUPPORTED');
  });

  it('R03 an adjective or adverb at the end qualifies the source; a thing hanging there is an addition', () => {
    expect(label('Cravings this week were low.', 'Cravings this week 2/10.')).toBe('SUPPORTED');
    expect(label('He went to the gym with a personal trainer.', 'He went to the gym.')).toBe('UNSUPPORTED');
  });

  it('R03 R27 clinical plain words: voices and things seen are hallucinations, a long-acting injection a depot', () => {
    expect(label('She denies hearing or seeing things.', 'Denies AH/VH.')).toBe('SUPPORTED');
    expect(label('The voices have stopped since the dose change.', 'AH resolved since dose change.')).toBe('SUPPORTED');
    expect(label('She reports hearing voices at night.', 'Denies AH.')).toBe('CONTRADICTED');
    expect(label('A long-acting injection was discussed.', 'Depot discussed.')).toBe('SUPPORTED');
  });

  it('R03 a negation scope ends at "and" before a verb in the third person; a denied list stays denied', () => {
    expect(label('She denies low mood and sleeps well.', 'Mood ok; sleeping well.')).toBe('SUPPORTED');
    expect(label('She denies low mood and anxiety.', 'Reports anxiety before exams.')).toBe('CONTRADICTED');
  });

  it('R03 "add" starts something as "added" does; an act next to a new claim is an invention, not an opposite', () => {
    expect(label('The plan is to add a walk and continue the diary.', 'Plan: add daily walk; continue sleep diary.')).toBe('SUPPORTED');
    expect(label('He avoids driving on the motorway and takes the train to work.', 'Avoids driving on the motorway.')).toBe('UNSUPPORTED');
  });

  it('R03 a last coordinated clause made only of new words is a new claim; one that holds source words is not', () => {
    expect(label('He reports low mood at work and was handed a reprimand.', 'Reports low mood at work.')).toBe('UNSUPPORTED');
    expect(label('She kept the sleep diary and struggles most in the mornings.', 'Sleep diary kept. Says mornings are hardest.')).toBe('SUPPORTED');
  });
});
