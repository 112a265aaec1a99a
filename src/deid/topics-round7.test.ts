// Regression tests for topics round 7 (R36): misspelt cue words, the paraphrases development
// batch 17 showed the rules lacked (status as non-native speakers and clinicians say it, older
// adults' and teens' sexual words, elder neglect, clinical injury signs, control of money and
// speech), and the other senses of the round's words (a storm, a team, a garden, a device, a
// story). Every sentence here was written for this file (none is in a benchmark set); the
// benchmark measures generalisation, these only show that each kind works and leaves its other
// senses alone.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDeidResources } from './resources.ts';
import { BUILTIN_TOPICS, explainTopics } from './topics.ts';
import { loadTopicSet, rulesFor, topicOf } from './topics-testkit.ts';
import { fixTypos, nearCue, typoOf } from './topics/typos.ts';

await loadDeidResources();

const load = loadTopicSet;

describe('R36 misspelt cue words (one edit, seven letters or more)', () => {
  it.each([
    ['deportd', 'deported'],
    ['imigration', 'immigration'],
    ['abussive', 'abusive'],
    ['threatend', 'threatened'],
    ['sexualy', 'sexually'],
    ['assualted', 'assaulted'],
    ['boyfrend', 'boyfriend'],
  ])('R36 %s is read as %s', (typo, cue) => {
    expect(typoOf(typo)).toBe(cue);
  });

  it.each(['departed', 'threaded', 'protector', 'molester', 'pregnancies', 'perfit', 'rapped', 'husbandry'])(
    'R36 never corrected (a word, a name or too short): %s',
    (w) => {
      expect(typoOf(w)).toBeUndefined();
    },
  );

  it('R36 the edit search itself stops at one edit and at short words', () => {
    expect(nearCue('imgration')).toBeUndefined();
    expect(nearCue('sexx')).toBeUndefined();
    expect(nearCue('abusivve')).toBe('abusive');
  });

  it('R36 only the misspelt words change', () => {
    expect(fixTypos('Her Boyfrend was Abussive, she said.')).toBe('Her boyfriend was abusive, she said.');
  });

  it.each([
    ['abuse', 'my ex was so abussive that i changed my number twice'],
    ['immigration', 'my uncle is undocumentd so he never goes to the clinic'],
    ['sexual', 'we were sexualy active for a year before the wedding'],
  ])('R36 a misspelt sentence is still %s: %s', (topic, sentence) => {
    expect(topicOf(sentence)).toBe(topic);
  });
});

describe('R36 round 7 paraphrases', () => {
  it.each([
    ['immigration', 'permission-to-stay', 'her permission to stay ends in june and she has nowhere to go'],
    ['immigration', 'permission-to-stay', "He's been working without papers at the car wash for years."],
    ['immigration', 'removal-shorthand', 'Father undoc; family avoids the clinic.'],
    ['immigration', 'removal-shorthand', 'Reasonable-fear interview scheduled next week; pt anxious.'],
    ['immigration', 'someone-elses-number', "my brother's social actually belongs to somebody else"],
    ['immigration', 'order-to-leave', 'my aunt got the order to leave but the kids are in school here'],
    ['sexual', 'rubber', "we didn't wear a rubber the last time"],
    ['sexual', 'dry-spell', "my husband and i have been in a dry spell since the move"],
    ['sexual', 'marital-duty', 'his mother told me a good wife never refuses her marital duties'],
    ['sexual', 'virginity', "she's not a virgin anymore and her mom found out"],
    ['sexual', 'sexual-health-acronym', 'MSM, on PrEP for two years, requests a refill.'],
    ['abuse', 'pawned-by-family', "My nephew pawned my late husband's medals."],
    ['abuse', 'left-unchanged', 'At night nobody changes me at the care home.'],
    ['abuse', 'screen-blocked', 'The husband refused to step out, so the screen was not done.'],
    ['abuse', 'held-to-heat', 'She put my hand on the hot iron when I was eight.'],
    ['abuse', 'controls-every-cent', 'He controls every penny I earn.'],
    ['abuse', 'injury-story-unfit', 'Bruises on both shins; explanation keeps changing.'],
  ])('R36 %s (%s): %s', (topic, rule, sentence) => {
    expect(rulesFor(sentence, topic)).toContain(rule);
    expect(topicOf(sentence)).toBe(topic);
  });
});

describe('R36 round 7 other senses: the experiencer is a thing, a team, a device or a story', () => {
  it.each([
    ['abuse', 'The storm battered the harbour all week.'],
    ['abuse', 'Our debate team got beaten by the seniors again.'],
    ['abuse', 'Neglected flower beds line the path to the library.'],
    ['abuse', 'Pt threatened to sign out but stayed for the scan.'],
    ['abuse', 'This commute is burning me out.'],
    ['abuse', 'He smacked his lips at the smell of the bread.'],
    ['sexual', 'He hooked up the speakers in the garage.'],
    ['sexual', 'The climax of the book is the courtroom scene.'],
    ['sexual', 'We drove all the way to the lake for one swim.'],
    ['sexual', 'My cousin and I slept together in the bunk bed at grandma’s.'],
    ['immigration', 'Her status on the waiting list moved up two places.'],
    ['immigration', 'The green card in this game means you draw two.'],
  ])('R36 no %s: %s', (topic, sentence) => {
    expect(explainTopics(sentence, [topic]).some((s) => s.topic === topic)).toBe(false);
  });
});

describe('R36 round 7 development data', () => {
  const b17 = load('dev-batch17');
  const aside = load('dev-batch17-aside');
  it('R36 batch 17 holds at least 60 sentences per topic and 150 hard negatives', () => {
    for (const t of BUILTIN_TOPICS) expect(b17.filter((i) => i.topic === t).length).toBeGreaterThanOrEqual(60);
    expect(b17.filter((i) => i.hard_negative_for).length).toBeGreaterThanOrEqual(150);
  });
  it('R36 the set-aside file is about a third as large and shares no sentence with batch 17', () => {
    expect(aside.length).toBeGreaterThanOrEqual(100);
    const texts = new Set(b17.map((i) => i.text));
    expect(aside.filter((i) => texts.has(i.text))).toEqual([]);
  });
  it('R36 the trainer reads batch 17 and never a set-aside file', () => {
    const trainer = readFileSync(new URL('../../scripts/train-topics.ts', import.meta.url), 'utf8');
    const loads = [...trainer.matchAll(/load\('([^']+)'/g)].map((m) => m[1]);
    expect(loads).toContain('dev-batch17');
    expect(loads.some((n) => n?.includes('aside'))).toBe(false);
  });
});
