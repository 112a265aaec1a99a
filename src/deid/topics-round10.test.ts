// Regression tests for topics round 10 (R36): the learned model retrained on more and more varied
// data — batch 19, everyday negatives 7 and batch 20, whose negatives are ward and ICU lines,
// medication and procedures, topic words in everyday senses and therapy talk about other hard
// things. Every sentence here was written for this file (none is in a benchmark set); the benchmark
// measures generalisation, these only show that the retrained model leaves such lines alone and
// still reads indirect disclosures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDeidResources } from './resources.ts';
import { BUILTIN_TOPICS, useTopicModel } from './topics.ts';
import { loadTopicSet, topicOf } from './topics-testkit.ts';

await loadDeidResources();
useTopicModel(true);

describe('R36 clinical lines stay unflagged with the round-10 model', () => {
  it.each([
    'Propofol weaned to 20 mcg/kg/min; eyes open when spoken to, obeys simple commands.',
    'Left radial arterial line resited after a poor trace; hand perfused.',
    'Soft limb restraints discontinued at 0400, patient calm with a sitter.',
    'Bruise over the right hip from the fall last week, fading to yellow.',
    'Urology review: catheter to stay until the swelling settles.',
    'Patient shouting at night staff when disoriented; reoriented and settled.',
  ])('R36 no topic: %s', (sentence) => {
    expect(topicOf(sentence)).toBeUndefined();
  });
});

describe('R36 therapy talk about other hard things stays unflagged', () => {
  it.each([
    'Client: Since the redundancy I sit in the car outside the house so the kids think I went to work.',
    'Client: The anniversary of his death is next month and I already feel it coming.',
    'Client: I had two glasses of wine on Friday and then I finished the bottle.',
    'Client: My father and I have not spoken since the funeral, and I am the one who stopped calling.',
  ])('R36 no topic: %s', (sentence) => {
    expect(topicOf(sentence)).toBeUndefined();
  });
});

describe('R36 round 10 development data', () => {
  const b20 = loadTopicSet('dev-batch20');
  const aside = loadTopicSet('dev-batch20-aside');
  it('R36 batch 20 holds positives for every topic and more negatives than positives', () => {
    for (const t of BUILTIN_TOPICS) expect(b20.filter((i) => i.topic === t).length).toBeGreaterThanOrEqual(30);
    expect(b20.filter((i) => i.topic === null).length).toBeGreaterThanOrEqual(120);
  });
  it('R36 the set-aside file has at least 100 items and shares none with batch 20', () => {
    expect(aside.length).toBeGreaterThanOrEqual(100);
    const texts = new Set(b20.map((i) => i.text));
    expect(aside.filter((i) => texts.has(i.text))).toEqual([]);
  });
  it('R36 the trainer reads batches 19 and 20 and everyday negatives 7, and never a set-aside file', () => {
    const trainer = readFileSync(new URL('../../scripts/train-topics.ts', import.meta.url), 'utf8');
    const loads = [...trainer.matchAll(/load\('([^']+)'/g)].map((m) => m[1]);
    for (const n of ['dev-batch19', 'dev-batch20', 'dev-ordinary7']) expect(loads).toContain(n);
    expect(loads.some((n) => n?.includes('aside'))).toBe(false);
  });
});
