// Regression tests for topics round 9 (R36): a vague sentence before the disclosure of the same
// speaker (a preface), a client's answer to a counsellor's topical question on the line before,
// long cue words misspelt twice over and other texting shapes, and explainTopics showing the
// decisions taken from a neighbour. Every sentence here was written for this file (none is in a
// benchmark set); the benchmark measures generalisation, these only show that each kind works and
// leaves its other senses alone.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDeidResources } from './resources.ts';
import { BUILTIN_TOPICS, detectTopics, explainTopics } from './topics.ts';
import { loadTopicSet } from './topics-testkit.ts';
import { nearCue, nearCue2, typoOf } from './topics/typos.ts';

await loadDeidResources();

/** The topic given to the sentence that starts at `part` in `text` (none when no span reaches it). */
const topicAt = (text: string, part: string): string | undefined => {
  const at = text.indexOf(part);
  return detectTopics(text, BUILTIN_TOPICS).find((s) => s.start <= at && s.end > at)?.type.replace('TOPIC:', '');
};

describe('R36 a vague sentence before a disclosure by the same speaker (a preface)', () => {
  it.each([
    ['abuse', 'Client: I need to tell you something about Sunday. My boyfriend punched me in the stomach.', 'I need to tell'],
    ['immigration', 'Client: That is why I never call the landlord back. I have been undocumented since 2014.', 'That is why'],
  ])('R36 the preface takes the topic (%s): %s', (topic, text, part) => {
    expect(topicAt(text, part)).toBe(topic);
  });

  it.each([
    // The next sentence has no topic of its own: nothing to take.
    ['Client: He came into the kitchen at two in the morning. He wanted a glass of milk.', 'He came'],
    // A sentence that turns to something else is not a preface.
    ['Client: Anyway, the bus was late again. My boyfriend punched me in the stomach.', 'Anyway'],
  ])('R36 no preface: %s', (text, part) => {
    expect(topicAt(text, part)).toBeUndefined();
  });

  it('R36 a preface never crosses a line (another speaker)', () => {
    const text = 'Counsellor: Say more about the weekend, if you want to.\nClient: My boyfriend punched me in the stomach.';
    expect(topicAt(text, 'Say more')).toBeUndefined();
  });
});

describe("R36 a client's answer to a counsellor's topical question", () => {
  it.each([
    ['abuse', 'Counsellor: Has your husband ever hit you?\nClient: Twice. The last time was in August.', 'Twice'],
    ['abuse', 'Counsellor: Has your husband ever hit you?\nClient: Twice. The last time was in August.', 'The last time'],
    ['sexual', 'Counsellor: Are you having sex with anyone at the moment?\nClient: Yes, with someone from my course.', 'Yes, with'],
    // A screening answer is redacted with its question, as a negated disclosure is.
    ['abuse', 'Therapist: Has anyone at home ever hit you?\nClient: No, nobody.', 'No, nobody'],
  ])('R36 the answer takes the question\'s topic (%s): %s', (topic, text, part) => {
    expect(topicAt(text, part)).toBe(topic);
  });

  it.each([
    // A question about something else: nothing to take.
    ['Counsellor: How was your weekend?\nClient: Quiet, mostly gardening.', 'Quiet'],
    // The answer turns to something else.
    ['Counsellor: Has your husband ever hit you?\nClient: Can we leave that for next week?', 'Can we'],
    // The same speaker goes on: not an answer.
    ['Counsellor: Has your husband ever hit you?\nCounsellor: Let us look at your sleep diary first.', 'Let us look'],
    // A statement, not a question.
    ['Client: My husband hit me on Friday.\nCounsellor: Let us look at your sleep diary first.', 'Let us look'],
  ])('R36 not an answer to a topical question: %s', (text, part) => {
    expect(topicAt(text, part)).toBeUndefined();
  });
});

describe('R36 long cue words misspelt twice over, and other texting shapes', () => {
  it.each([
    ['imigrasion', 'immigration'],
    ['undokumentid', 'undocumented'],
    ['mollestd', 'molested'],
    ['diportid', 'deported'],
    ['groomin', 'grooming'],
    ['punchin', 'punching'],
    ['abuzd', 'abused'],
    ['beatin', 'beaten'],
    ['beated', 'beat'],
    ['vilent', 'violent'],
  ])('R36 %s is read as %s', (typo, cue) => {
    expect(typoOf(typo)).toBe(cue);
  });

  it.each(['groomer', 'imagination', 'moderated', 'departed', 'interior', 'undermined', 'protector', 'immature', 'relaciones', 'detención'])(
    'R36 never corrected (a word in the lists): %s',
    (w) => {
      expect(typoOf(w)).toBeUndefined();
    },
  );

  it('R36 two edits need a long word and the cue\'s first letter; one edit stays one edit', () => {
    expect(nearCue2('imigrasion')).toBe('immigration');
    expect(nearCue2('emigrasion')).toBeUndefined();
    expect(nearCue2('abuzd')).toBeUndefined();
    expect(nearCue('imigrasion')).toBeUndefined();
  });

  it('R36 a sentence with a two-edit misspelling is given its topic', () => {
    expect(topicAt('we got a letter from imigrasion saying my hearing moved', 'we got')).toBe('immigration');
  });
});

describe('R36 explainTopics shows the decisions taken from a neighbour', () => {
  it('R36 an answer and a preface name where their topic came from', () => {
    const text = 'Counsellor: Has your husband ever hit you?\nClient: Twice.\nClient: I need to tell you something about Sunday. My boyfriend punched me in the stomach.';
    const ex = explainTopics(text);
    const ruleOf = (part: string): string[] => {
      const at = text.indexOf(part);
      return ex.filter((e) => e.start <= at && e.end > at).flatMap((e) => e.decisions.flatMap((d) => d.cues.map((c) => c.rule)));
    };
    expect(ruleOf('Twice')).toContain('answer:question');
    expect(ruleOf('I need to tell')).toContain('preface:next-sentence');
  });
});

describe('R36 round 9 development data', () => {
  const b19 = loadTopicSet('dev-batch19');
  const aside = loadTopicSet('dev-batch19-aside');
  const shaped = (k: 'after' | 'question') => b19.filter((i) => (i as unknown as Record<string, unknown>)[k] !== undefined).length;
  it('R36 batch 19 holds at least 250 items over all topics, with passages whose cue follows and question-answer pairs', () => {
    expect(b19.length).toBeGreaterThanOrEqual(250);
    for (const t of BUILTIN_TOPICS) expect(b19.filter((i) => i.topic === t).length).toBeGreaterThanOrEqual(60);
    expect(shaped('after')).toBeGreaterThanOrEqual(30);
    expect(shaped('question')).toBeGreaterThanOrEqual(30);
    expect(loadTopicSet('dev-ordinary7').length).toBeGreaterThanOrEqual(120);
  });
  it('R36 the set-aside file has at least 120 items and shares none with batch 19', () => {
    expect(aside.length).toBeGreaterThanOrEqual(120);
    const texts = new Set(b19.map((i) => i.text));
    expect(aside.filter((i) => texts.has(i.text))).toEqual([]);
  });
  // Batch 19 waited a round as training data (a model trained on it flagged more ordinary
  // conversation lines); round 10 trains on it with batch 20's negatives (topics-round10.test.ts).
  it('R36 the trainer reads batch 19 and never a set-aside file', () => {
    const trainer = readFileSync(new URL('../../scripts/train-topics.ts', import.meta.url), 'utf8');
    const loads = [...trainer.matchAll(/load\('([^']+)'/g)].map((m) => m[1]);
    expect(loads).toContain('dev-batch18');
    expect(loads).toContain('dev-batch19');
    expect(loads.some((n) => n?.includes('aside'))).toBe(false);
  });
});
