// Round 5 (issue 15): false alarms on faithful paraphrase, one test per class of fix, each with a
// guard that the same mechanism still lets a contradiction or an invention through. Our own
// synthetic sentences (fake people); pure functions, no database.
import { describe, expect, it } from 'vitest';
import { verifyClaim } from './index.ts';

const label = (sentence: string, ...sources: string[]): string => verifyClaim(sentence, sources).label;

describe('claims: faithful paraphrase (round 5)', () => {
  it('R03 a negation scope ends at a comma before a new predicate, not inside a list', () => {
    // "without a known trigger, is being treated": the treatment is stated, not denied.
    expect(label('The rash, without a known trigger, is being treated with a cream.', 'Rash of unknown cause; treated with a cream.')).not.toBe('CONTRADICTED');
    // A list after a comma stays under the denial.
    expect(label('Client reports hallucinations.', 'Denies SI, HI, and hallucinations.')).toBe('CONTRADICTED');
  });

  it('R03 a verb whose object is "nothing" is denied, as under "not"', () => {
    expect(label('She worries that she has not done anything right.', 'Client worries she has done nothing right.')).toBe('SUPPORTED');
    expect(label('He said nothing had changed.', 'He said nothing had changed.')).toBe('SUPPORTED');
  });

  it('R03 one workplace role under two names is one person; another role is not', () => {
    expect(label('His boss criticized him in a meeting.', 'Mr. Placeholder stated his supervisor criticized him in a meeting.')).not.toBe('CONTRADICTED');
    expect(label('His mother criticized him in a meeting.', 'His father criticized him in a meeting.')).toBe('CONTRADICTED');
  });

  it('R03 words the source implies by its domain are not additions: a group\'s people, a couple, a test\'s results, a visit, a request', () => {
    expect(label('The other members were supportive.', 'Peers were supportive.')).toBe('SUPPORTED');
    expect(label('Both partners deny any shouting.', 'Both deny any shouting.')).toBe('SUPPORTED');
    expect(label('The working memory results were in the low average range.', 'Working memory index 85 (low average).')).toBe('SUPPORTED');
    expect(label('She will be seen again in three weeks.', 'Next appointment in 3 weeks.')).toBe('SUPPORTED');
    expect(label('He asked for a letter for his employer.', 'Pt requests a letter for his employer.')).toBe('SUPPORTED');
    // Guard: the class does not carry a new claim with it.
    expect(label('The members reported that she stole money from the therapist.', 'Peers were supportive.')).toBe('UNSUPPORTED');
    expect(label('She will be seen again in three weeks.', 'Next appointment in 5 weeks.')).not.toBe('SUPPORTED');
  });

  it('R03 the construct an instrument measures, and a panic attack told by its hallmarks, are not additions', () => {
    expect(label('Depression and anxiety screening scores were both mild.', 'PHQ-9 = 7 (mild), GAD-7 = 6 (mild).')).toBe('SUPPORTED');
    expect(label('He had two panic attacks this week.', 'He had two episodes of palpitations and shortness of breath this week.')).toBe('SUPPORTED');
    // Guard: one hallmark is not an attack, and an instrument does not imply another construct.
    expect(label('He had a panic attack on the bus.', 'He felt dizzy on the bus.')).toBe('UNSUPPORTED');
    expect(label('Trauma screening scores were mild.', 'PHQ-9 = 7 (mild).')).toBe('UNSUPPORTED');
  });

  it('R03 "no further" denies what follows: "raised no further concerns" is "no other concerns raised"', () => {
    expect(label('The client raised no further concerns.', 'No other concerns raised.')).toBe('SUPPORTED');
    // A history before "no further" stays a history; a new event after it is a contradiction.
    expect(label('She has a history of cutting.', 'Hx of cutting; no further cutting since March.')).toBe('SUPPORTED');
    expect(label('She cut herself again last week.', 'No further cutting since March.')).toBe('CONTRADICTED');
  });
});
