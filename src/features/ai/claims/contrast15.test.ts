// Round vcatch (issue 15): the contradiction kinds contrast15.ts reads. Each rule with a faithful
// control it must let through (not CONTRADICTED by the rules). Our own synthetic sentences.
import { describe, expect, it } from 'vitest';
import { verifyClaim } from './index.ts';

const label = (sentence: string, cited: string[]): string => verifyClaim(sentence, cited).label;
const rules = (sentence: string, cited: string[]): string => verifyClaim(sentence, cited, [], { model: false }).label;

describe('claims: round vcatch contradictions (contrast15.ts)', () => {
  it('R03 quantifiers: all / none against a part ("N of M") of the same thing', () => {
    const src = ['He skipped three of his eight group meetings in March.'];
    expect(label('He skipped all of his March group meetings.', src)).toBe('CONTRADICTED');
    expect(label('He skipped none of his group meetings in March.', src)).toBe('CONTRADICTED');
    expect(rules('He skipped three out of eight group meetings in March.', src)).not.toBe('CONTRADICTED');
    expect(label('All of the exposure tasks were finished.', ['None of the exposure tasks were finished.'])).toBe('CONTRADICTED');
  });

  it('R03 the same count per another period is another frequency', () => {
    const src = ['Nightmares about three times a month since the move.'];
    expect(label('Nightmares happen three times a week.', src)).toBe('CONTRADICTED');
    expect(rules('Nightmares occur about three times a month.', src)).not.toBe('CONTRADICTED');
  });

  it('R03 a drug held, switched away from or kept at its dose, against a draft that says it continues or changed', () => {
    expect(label('Paroxetine was continued.', ['Paroxetine 20 mg on hold for five days because of a rash.'])).toBe('CONTRADICTED');
    expect(label('Sertraline continues.', ['The GP switched him from sertraline to vortioxetine last month.'])).toBe('CONTRADICTED');
    expect(label('The aripiprazole dose was raised.', ['Aripiprazole kept at 10 mg.'])).toBe('CONTRADICTED');
    expect(rules('Aripiprazole stays at 10 mg.', ['Aripiprazole kept at 10 mg.'])).not.toBe('CONTRADICTED');
    expect(label('Also taking quetiapine.', ['Takes lithium 600 mg; no other medications.'])).toBe('CONTRADICTED');
  });

  it('R03 planned or booked is not done; before is not after', () => {
    expect(label('She has already had the occupational therapist visit.', ['Occupational therapist visit booked for 3 March.'])).toBe('CONTRADICTED');
    expect(rules('An occupational therapist visit is booked for 3 March.', ['Occupational therapist visit booked for 3 March.'])).not.toBe('CONTRADICTED');
    expect(label('The flashbacks started before the assault.', ['Flashbacks started two weeks after the assault.'])).toBe('CONTRADICTED');
  });

  it('R03 another value in the same unit on the same topic, and clinical shorthand durations', () => {
    expect(label('Abstinent from cannabis for 4 weeks.', ['Cannabis: none x 4/12.'])).toBe('CONTRADICTED');
    expect(rules('No cannabis for four months.', ['Cannabis: none x 4/12.'])).not.toBe('CONTRADICTED');
  });

  it('R03 people: the agent of a passive, an event cancelled, a statement about a relative moved onto the client', () => {
    expect(label('The client postponed the family meeting.', ['The family meeting was postponed by his stepmother.'])).toBe('CONTRADICTED');
    expect(label('The review meeting took place.', ['The review meeting was cancelled by the ward.'])).toBe('CONTRADICTED');
    expect(label('She was referred by her teacher.', ['Referred by the school nurse after a fainting episode.'])).toBe('CONTRADICTED');
    expect(label('The client has been gambling online.', ["Client's brother has been gambling online; she has never gambled."])).toBe('CONTRADICTED');
  });

  it('R03 mutually exclusive values: weekdays/weekends, morning/night, kind of abuse, phone/video; antonyms', () => {
    expect(label('He plays football on weekdays.', ['Plays football at weekends with his cousin.'])).toBe('CONTRADICTED');
    expect(label('She takes mirtazapine in the morning.', ['Mirtazapine 15 mg at night.'])).toBe('CONTRADICTED');
    expect(label('Her ex-husband was sexually abusive.', ['Her ex-husband was emotionally and financially abusive.'])).toBe('CONTRADICTED');
    expect(label('The tinnitus is louder.', ['Tinnitus quieter since the hearing aid.'])).toBe('CONTRADICTED');
    expect(rules('He also takes melatonin at night.', ['Takes atomoxetine 40 mg mornings.'])).not.toBe('CONTRADICTED');
  });

  it('R03 a rise or fall against two dated values of the source', () => {
    expect(label('His COWS score has gone up since yesterday.', ['COWS 11 yesterday, 6 today.'])).toBe('CONTRADICTED');
    expect(rules('His COWS score has gone down since yesterday.', ['COWS 11 yesterday, 6 today.'])).not.toBe('CONTRADICTED');
  });

  it('R03 risk attributes: passive against active ideation, means at hand, a weapon stored elsewhere', () => {
    expect(label('He has an active plan to end his life.', ['Suicidal ideation: passive, fleeting.'])).toBe('CONTRADICTED');
    expect(label('She has no means at home.', ['She has bought a ligature and kept it in her wardrobe.'])).toBe('CONTRADICTED');
    expect(label('The rifle is kept at home.', ["Rifle now stored at his uncle's farm."])).toBe('CONTRADICTED');
    expect(rules('No guns at home.', ["Owns a rifle, now stored at his uncle's farm."])).not.toBe('CONTRADICTED');
  });
});
