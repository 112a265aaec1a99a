// Regression tests for topics round 11 (R36): concept cues generalised through WordNet rather than
// lists — a WEAPON class holding every kind of weapon WordNet knows, at every depth — and abuse
// frames that read a class's word in a grammatical role (a blow word with a person as its object,
// a person held fast, a weapon turned on a person, an implement taken to someone, a person shut in
// a closed space and left there). Every sentence here was written for this file (none is in a
// benchmark set): the kinds of weapon and blow below were not in any development batch, which is
// the point — the class, not a list, carries them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLASS_NAMES, conceptBits, conceptBitsPlain, maskOf, wordsOf } from './topics/concepts.ts';
import { loadDeidResources } from './resources.ts';
import { BUILTIN_TOPICS, detectTopics, useTopicModel } from './topics.ts';
import { loadTopicSet, topicOf } from './topics-testkit.ts';

await loadDeidResources();
useTopicModel(true);

describe('R36 the WEAPON class comes from WordNet kinds at every depth', () => {
  it('R36 holds kinds of kinds (firearm -> shotgun, knife -> cleaver, club -> truncheon) and not names or games', () => {
    const w = new Set(wordsOf('WEAPON'));
    for (const x of ['shotgun', 'revolver', 'machete', 'cleaver', 'switchblade', 'truncheon', 'baseball bat', 'crowbar', 'flick knife']) expect(w.has(x), x).toBe(true);
    for (const x of ['sam', 'kylie', 'lance', 'billy', 'darts', 'knuckles', 'scalpel', 'club', 'bullet points']) expect(w.has(x), x).toBe(false);
  });
  it('R36 thirty-two classes fit the bit set, the last one included', () => {
    expect(CLASS_NAMES.length).toBeLessThanOrEqual(32);
    const s = 'he came at me with a machete';
    expect(conceptBits(s) & maskOf(['WEAPON'])).toBe(maskOf(['WEAPON']));
    expect(conceptBits(s)).toBe(conceptBitsPlain(s));
  });
});

describe('R36 a weapon, a blow or confinement aimed at a person is abuse, in words no list holds', () => {
  it.each([
    'He waved a carving knife at her across the kitchen table until she gave him the keys.',
    'My stepfather levelled a revolver at my mother during the argument.',
    'My aunt used to horsewhip us in the yard.',
    'The older boys garrotted him with a bootlace behind the gym.',
    'When we were small we were shackled in the barn if the chores were not done.',
    'She took a riding crop to my little brother for spilling the milk.',
    'Our foster mum shut us in the larder all night with no food.',
  ])('R36 abuse: %s', (sentence) => {
    expect(detectTopics(sentence, ['abuse']).length).toBeGreaterThan(0);
  });
});

describe('R36 the same words in other senses stay unflagged', () => {
  it.each([
    'Dad keeps his shotgun locked in a cabinet for the duck season.',
    'The chef slid the meat cleaver back into the knife block.',
    'She thrashed me at table tennis and then bought the drinks.',
    'Then it hit me that the exam was on Tuesday, not Thursday.',
    'The kids shut the puppy in the utility room by mistake.',
    'I was locked in a meeting until six and missed your call.',
    'We watched a film where the hero swings a sword at a dragon.',
  ])('R36 no topic: %s', (sentence) => {
    expect(topicOf(sentence)).toBeUndefined();
  });
});

describe('R36 round 11 development data', () => {
  const b21 = loadTopicSet('dev-batch21');
  const aside = loadTopicSet('dev-batch21-aside');
  it('R36 batch 21 holds 200+ items, positives for every topic and 60+ negatives', () => {
    expect(b21.length).toBeGreaterThanOrEqual(200);
    for (const t of BUILTIN_TOPICS) expect(b21.filter((i) => i.topic === t).length).toBeGreaterThanOrEqual(40);
    expect(b21.filter((i) => i.topic === null).length).toBeGreaterThanOrEqual(60);
  });
  it('R36 the set-aside file shares no sentence with batch 21', () => {
    expect(aside.length).toBeGreaterThanOrEqual(90);
    const texts = new Set(b21.map((i) => i.text));
    expect(aside.filter((i) => texts.has(i.text))).toEqual([]);
  });
  it('R36 the trainer reads batch 21 and never a set-aside file', () => {
    const trainer = readFileSync(new URL('../../scripts/train-topics.ts', import.meta.url), 'utf8');
    const loads = [...trainer.matchAll(/load\('([^']+)'/g)].map((m) => m[1]);
    expect(loads).toContain('dev-batch21');
    expect(loads.some((n) => n?.includes('aside'))).toBe(false);
  });
});
