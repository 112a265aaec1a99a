// Regression tests for topics round 8 (R36): a disclosure told over two sentences of one speaker,
// short misspelt cue words, paraphrase families (status told by what cannot be shown, sex told as
// "what he wanted", harm told by hidden bruises), and the other senses of the round's phrases.
// Every sentence here was written for this file (none is in a benchmark set); the benchmark
// measures generalisation, these only show that each kind works and leaves its other senses alone.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDeidResources } from './resources.ts';
import { BUILTIN_TOPICS, detectTopics } from './topics.ts';
import { loadTopicSet, topicOf } from './topics-testkit.ts';
import { fixTypos, shortVariantList, typoOf } from './topics/typos.ts';

await loadDeidResources();

/** The topic given to the sentence that starts at `second` in `text` (none when no span reaches it). */
const topicAt = (text: string, second: string): string | undefined => {
  const at = text.indexOf(second);
  return detectTopics(text, BUILTIN_TOPICS).find((s) => s.start <= at && s.end > at)?.type.replace('TOPIC:', '');
};

describe('R36 a vague sentence after a disclosure by the same speaker', () => {
  it.each([
    ['abuse', 'Client: My ex-husband broke my wrist in March. Since then I check the locks three times a night.', 'Since then'],
    ['immigration', 'Client: Dad was deported to Guatemala in the spring. Now my brother and I pay the rent on our own.', 'Now my brother'],
    // Sexual abuse is reported as abuse (topics.ts, PRIORITY); either label redacts it.
    ['abuse|sexual', 'Client: My stepfather molested me when I was eleven. I still sleep with the light on because of it.', 'I still sleep'],
  ])('R36 carried (%s): %s', (topic, text, second) => {
    expect(topic.split('|')).toContain(topicAt(text, second));
  });

  it.each([
    ['Client: My ex-husband broke my wrist in March. Anyway, can we do Tuesdays from now on?', 'Anyway'],
    ['Client: My ex-husband broke my wrist in March. The garden centre opens at nine on Saturdays, twenty minutes from the bus stop.', 'The garden'],
  ])('R36 not carried to a sentence that turns to something else: %s', (text, second) => {
    expect(topicAt(text, second)).toBeUndefined();
  });

  it('R36 never carried to the next line (another speaker)', () => {
    const text = 'Client: My ex-husband broke my wrist in March.\nTherapist: What would you like to work on this week?';
    expect(topicAt(text, 'What would')).toBeUndefined();
  });

  it('R36 a carried sentence carries nothing on', () => {
    const text = 'Client: My ex-husband broke my wrist in March. Since then I check the locks. The garden centre is nice, it opens at nine.';
    expect(topicAt(text, 'Since then')).toBe('abuse');
    expect(topicAt(text, 'The garden')).toBeUndefined();
  });
});

describe('R36 short misspelt cue words (four to six letters, texting shapes only)', () => {
  it.each([
    ['rapd', 'raped'],
    ['chokd', 'choked'],
    ['deprot', 'deport'],
    ['pron', 'porn'],
    ['secks', 'sex'],
    ['sexx', 'sex'],
    ['abusve', 'abusive'],
    ['viza', 'visa'],
    ['kiked', 'kicked'],
    ['slaped', 'slapped'],
  ])('R36 %s is read as %s', (typo, cue) => {
    expect(typoOf(typo)).toBe(cue);
  });

  it.each(['condo', 'condos', 'rapped', 'lapped', 'moles', 'beet', 'form', 'from', 'roped', 'betas', 'coked', 'perfit', 'sexy', 'hits'])(
    'R36 never corrected (a word, a surname or not a texting shape): %s',
    (w) => {
      expect(typoOf(w)).toBeUndefined();
    },
  );

  it('R36 every short variant is four to six letters and differs from its cue', () => {
    for (const [v, cue] of shortVariantList()) {
      expect(v.length).toBeGreaterThanOrEqual(4);
      expect(v.length).toBeLessThan(7);
      expect(v).not.toBe(cue);
    }
  });

  it('R36 only the misspelt words change', () => {
    expect(fixTypos('then he kiked the door and slaped me')).toBe('then he kicked the door and slapped me');
  });

  it.each([
    ['abuse', 'my stepmom slaped me across the face this morning'],
    ['abuse|sexual', 'he was rapd at a frat party last spring'],
    ['immigration', 'they want to deprot my uncle next month'],
  ])('R36 a sentence with a short misspelling is still %s: %s', (topic, sentence) => {
    expect(topic.split('|')).toContain(topicOf(sentence));
  });
});

describe('R36 round 8 paraphrase families', () => {
  it.each([
    ['abuse|sexual', 'The neighbour made her do things no nine-year-old should know about.'],
    ['abuse|sexual', 'the youth leader touched my brother where a grown man never should'],
    ['abuse|sexual', 'He did whatever he wanted with me while I was passed out.'],
    ['abuse|sexual', "her manager's hands kept wandering during the late shifts"],
    ['abuse|sexual', 'they made my cousin be with men for cash at the truck stop'],
    ['abuse', 'I covered the bruises with foundation before church.'],
    ['abuse', 'When he drinks he smashes things and then comes looking for me.'],
    ['abuse', 'My wife says her first husband never laid a finger on her, but she jumps at loud voices.'],
    ['abuse', "I'm terrified of my husband when the bills come in."],
    ['immigration', "My mother can't get the job because she has no real social to give them."],
    ['immigration', 'The judge could remove my father if the appeal fails.'],
    ['immigration', 'We never talk at church about how we came over.'],
  ])('R36 %s: %s', (topic, sentence) => {
    expect(topic.split('|')).toContain(topicOf(sentence));
  });

  it.each([
    'The trainer made me do things like burpees and sprints until I was sick.',
    'My grandfather put his hands on my shoulders to steady me on the ladder.',
    'I have bruises from the blood draws, the nurse missed twice.',
    'I finally beat my personal best on the rowing machine.',
    'My sister locked me out of the group chat for spoilers.',
    'The coach could send me back to the bench if I miss practice.',
    'She got a green card from the referee for helping an injured player.',
    'Honestly my social life is just work and the gym.',
    'We watched a film with a sex scene and my dad left the room.',
    'My cousin processes asylum applications at a law firm downtown.',
  ])('R36 another sense, no topic: %s', (sentence) => {
    expect(topicOf(sentence)).toBeUndefined();
  });
});

describe('R36 round 8 development data', () => {
  const b18 = loadTopicSet('dev-batch18');
  const aside = loadTopicSet('dev-batch18-aside');
  it('R36 batch 18 holds at least 300 sentences, 60 per topic, with two-sentence passages', () => {
    expect(b18.length).toBeGreaterThanOrEqual(300);
    for (const t of BUILTIN_TOPICS) expect(b18.filter((i) => i.topic === t).length).toBeGreaterThanOrEqual(60);
    expect(b18.filter((i) => (i as { context?: string }).context).length).toBeGreaterThanOrEqual(60);
  });
  it('R36 the set-aside file has at least 120 sentences and shares none with batch 18', () => {
    expect(aside.length).toBeGreaterThanOrEqual(120);
    const texts = new Set(b18.map((i) => i.text));
    expect(aside.filter((i) => texts.has(i.text))).toEqual([]);
  });
  it('R36 the trainer reads batch 18 and never a set-aside file', () => {
    const trainer = readFileSync(new URL('../../scripts/train-topics.ts', import.meta.url), 'utf8');
    const loads = [...trainer.matchAll(/load\('([^']+)'/g)].map((m) => m[1]);
    expect(loads).toContain('dev-batch18');
    expect(loads.some((n) => n?.includes('aside'))).toBe(false);
  });
});
