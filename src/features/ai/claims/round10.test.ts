// Round 10 (issue 15): false alarms on faithful paraphrase by kind, each fix a general mechanism with
// a control that the same mechanism still lets a contradiction or an invention through. Our own
// synthetic sentences (obviously fake people); pure functions, no database.
import { describe, expect, it } from 'vitest';
import { verifyClaim } from './index.ts';

const label = (sentence: string, cited: string[], context: string[] = []): string => verifyClaim(sentence, cited, context).label;

describe('claims: faithful paraphrase (round 10)', () => {
  it('R03 a unit written out is its symbol: "milligrams" is mg, "beats per minute" is bpm', () => {
    expect(label('She takes zzfakeamine twelve milligrams every evening.', ['Zzfakeamine 12 mg each evening.'])).toBe('SUPPORTED');
    expect(label('His pulse was 64 beats per minute.', ['Pulse 64 bpm at rest.'])).toBe('SUPPORTED');
    // Control: the written-out unit still carries its number, so another dose contradicts.
    expect(label('She takes zzfakeamine twenty milligrams every evening.', ['Zzfakeamine 12 mg each evening.'])).toBe('CONTRADICTED');
  });

  it('R03 ordinals in words and a fortnight are numbers: "fiftieth" is 50th, "a fortnight" is 2 weeks', () => {
    expect(label('Her weight is on the twentieth centile.', ['Weight on the 20th centile today.'])).toBe('SUPPORTED');
    expect(label('Review again in a fortnight.', ['Review in 2 weeks.'])).toBe('SUPPORTED');
    // Controls: another ordinal or another count of weeks is a contradiction, not a paraphrase.
    expect(label('Her weight is on the fortieth centile.', ['Weight on the 20th centile today.'])).toBe('CONTRADICTED');
    expect(label('Review again in a fortnight.', ['Review in 6 weeks.'])).toBe('CONTRADICTED');
  });

  it('R03 the note\'s one titled person, named by the draft, is a role reference, not an addition', () => {
    const note = ['Clinic review. Client: Mr. Fakename Zorblat (synthetic), 40.'];
    expect(label('Mr. Zorblat said his sleep is better.', ['He says his sleep is better.'], note)).toBe('SUPPORTED');
    // Controls: a name the note never gives is still added, and what he said is still compared.
    expect(label('Mr. Quorrin said his sleep is better.', ['He says his sleep is better.'], note)).toBe('UNSUPPORTED');
    expect(label('Mr. Zorblat said his sleep is worse.', ['He says his sleep is better.'], note)).toBe('CONTRADICTED');
    // Two titled people in the note: the name could be the other one's, so it is not licensed.
    const two = ['Client: Mr. Fakename Zorblat (synthetic). Brother: Mr. Other Quorrin (synthetic).'];
    expect(label('Mr. Quorrin said his sleep is better.', ['He says his sleep is better.'], two)).toBe('UNSUPPORTED');
  });

  it('R03 a child\'s growth summarises height and weight on a chart; an added diagnosis is still an invention', () => {
    expect(label('His growth is on the 50th centile.', ['Height and weight both on the 50th centile.'])).toBe('SUPPORTED');
    expect(label('His growth is on the 50th centile and he has a tic disorder.', ['Height and weight both on the 50th centile.'])).toBe('UNSUPPORTED');
  });

  it('R03 a negation ends at "and" before a linking verb: "has not changed and remains 84 kg" states the weight', () => {
    expect(label('His weight has not changed and remains 84 kilograms.', ['Weight stable at 84 kg.'])).toBe('SUPPORTED');
    // Control: the negated predicate itself is still denied, so a source that states it contradicts.
    expect(label('She has not been sleeping and remains tearful.', ['Sleeping well; tearful at times.'])).toBe('CONTRADICTED');
  });
});
