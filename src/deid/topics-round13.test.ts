// Regression tests for topics round 13 (R36): event frames — who did what to whom — for
// disclosures told without the topic's words (topics/events.ts), and the other senses this round
// masked (an accident's injury, "neglected to" an infinitive, a power abused by an institution, a
// joke "deported from" a party). Every sentence here was written for this file; none is in a
// benchmark set, and every name is made up.
import { describe, expect, it } from 'vitest';
import { loadDeidResources } from './resources.ts';
import { useTopicModel } from './topics.ts';
import { EVENT_FRAMES, eventFrame, isPerson } from './topics/events.ts';
import { rulesFor, topicOf } from './topics-testkit.ts';

await loadDeidResources();
useTopicModel(true);

const ALL = ['immigration', 'sexual', 'abuse'];

describe('R36 event frames: an act with its roles and circumstance gives the topic', () => {
  it.each([
    ['sexual', 'continued-past-refusal', 'Zorblat just carried on after I had said no twice.'],
    ['sexual', 'continued-past-refusal', 'She never stopped, even when I asked her to stop.'],
    ['sexual', 'image-unclothed', 'Then he wrote: a selfie with nothing on, tonight.'],
    ['sexual', 'image-pressed-for', 'My cousin Quentavius keeps pestering her for pics and says nobody will see them.'],
    ['sexual', 'gave-in-in-bed', 'He goes silent for hours at bedtime until I give in.'],
    ['sexual', 'conception', 'Could I be pregnant even though the condom came off only for a second?'],
    ['sexual', 'infection-passed', 'My boyfriend never mentioned his chlamydia.'],
    ['abuse', 'conditional-threat', 'The note on the fridge said: if you touch my stuff again you will be sorry.'],
    ['abuse', 'went-without-food', 'As a kid I went to school hungry most weeks.'],
    ['abuse', 'money-taken', 'Her nephew drained her savings account behind her back.'],
    ['abuse', 'minor-put-out', 'They threw him out at fifteen and he slept in the bus station.'],
    ['abuse', 'thrown-at-person', 'Her stepfather flung a hot pan at my little sister.'],
    ['immigration', 'right-to-stay', 'The officer will decide whether we are allowed to remain, or so they say... whether we can stay.'],
    ['immigration', 'told-to-leave-country', 'The notice gives him ninety days to leave the country.'],
    ['immigration', 'own-name-flagged', 'At the warehouse I clock in as my brother because my own number would get flagged.'],
    ['sexual', 'desire-for-partner', 'Since the surgery Mr Hobwright reports little drive towards his wife.'],
    ['abuse', 'children-taken-abroad', 'She warned me the girls would be on a plane to her village and I would never see them.'],
    ['immigration', 'travel-ban', 'Because of the entry ban my parents cannot come for the wedding.'],
  ])('R36 %s (event:%s): %s', (topic, id, sentence) => {
    expect(eventFrame(sentence, [topic])?.id).toBe(id);
    // Redacted as the topic, by the frame or by an older rule that also reads it.
    expect(topicOf(sentence, [topic])).toBe(topic);
  });

  it('R36 a sentence no older rule reads is explained by its event frame', () => {
    expect(rulesFor('Zorblat just carried on after I had said no twice.', 'sexual')).toEqual(['event:continued-past-refusal']);
  });
});

describe('R36 event frames check their roles', () => {
  it('R36 a person is a pronoun, a kin word or a WordNet person; a car, a storm or an agency is not', () => {
    for (const w of ['he', 'stepdad', 'son', 'cousin', "nephew's", 'zorblat']) expect(isPerson(w), w).toBe(true);
    for (const w of ['car', 'storm', 'agency', 'it', 'machine']) expect(isPerson(w), w).toBe(false);
  });

  it.each([
    // The agent is no person: a machine "kept going".
    'The machine kept going even when I said stop, the switch is broken.',
    // The owner is the agent: one's own pension spent without asking anyone.
    'I spent my pension on a boat without asking anyone, oops.',
    // Pictures of something: a grandmother asking for photos of the baby.
    'My mom keeps asking me for pictures of the baby and says everybody else sends them.',
    // Staying somewhere for a night, not in a country.
    'I asked whether I can stay at Plimwick\'s for the weekend.',
    // A friendly warning, not the threat idiom.
    "If you don't try the lemon cake you'll regret it.",
    // No meal because of a closed kitchen: no caregiver acts.
    "We didn't eat because the canteen was shut.",
    // Children abroad on a school trip, no threat.
    'The kids are overseas on an exchange and my wife says they love it.',
    // A ball thrown at a person in a game.
    'He threw the ball at me and I caught it.',
    // Leaving the country for a holiday.
    'They gave us until Friday to leave the country for the honeymoon package.',
  ])('R36 no event frame holds: %s', (sentence) => {
    expect(eventFrame(sentence, ALL)).toBeUndefined();
  });

  it('R36 an event frame gives only an active topic', () => {
    const s = 'Her nephew drained her savings account behind her back.';
    expect(eventFrame(s, ['immigration', 'sexual'])).toBeUndefined();
    expect(eventFrame(s, ['abuse'])?.topic).toBe('abuse');
  });

  it('R36 every event frame names a built-in topic and an id used once', () => {
    const ids = EVENT_FRAMES.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of EVENT_FRAMES) expect(ALL).toContain(f.topic);
  });
});

describe('R36 other senses masked in round 13', () => {
  it.each([
    ['abuse', 'Mrs Quibble was knocked down by a bus on Elm Row and only grazed her elbow.'],
    ['abuse', 'I neglected to send the invoice, my fault entirely.'],
    ['abuse', 'The column argues the regulator abused its authority over the permits.'],
    ['immigration', 'haha my little brother got deported from the sleepover for snoring'],
  ])('R36 %s not given: %s', (topic, sentence) => {
    expect(topicOf(sentence, [topic])).toBeUndefined();
  });

  it('R36 a care omission is still neglect', () => {
    expect(topicOf('The home neglected to feed him for two days.', ['abuse'])).toBe('abuse');
  });
});
