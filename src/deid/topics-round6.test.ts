// Regression tests for topics round 6 (R36): Spanish as clients mix it into English — the one kind
// of sentence the retrained model cannot learn, because its features are English lemmas and
// WordNet senses — and the development data the round added (batches 15 and 16, a set-aside file
// that is never trained on, everyday nursing-note and smoking-talk negatives). Every sentence
// here was written for this file (none is in a benchmark set); the benchmark measures
// generalisation, these only show that each rule works and leaves its other senses alone.
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_TOPICS, useTopicModel } from './topics.ts';
import { loadTopicSet, rulesFor, topicOf } from './topics-testkit.ts';

const load = loadTopicSet;

describe('R36 Spanish in code-switched messages (rules, since the model has no Spanish senses)', () => {
  it.each([
    ['abuse', 'spanish', 'mi cuñado la golpeaba enfrente de sus hijos, everybody knew'],
    ['abuse', 'spanish', 'her husband nos empujó a las dos contra la pared'],
    ['abuse', 'spanish', 'mi pareja amenaza con quitarme a mi hija if I call anyone'],
    ['abuse', 'spanish', 'ella no me deja trabajar ni salir sola, she keeps my keys'],
    ['abuse', 'spanish', 'my dad me quitó mi cheque again and gave me nothing'],
    ['sexual', 'spanish', 'creo que ella tuvo relaciones con su jefe on the work trip'],
    ['sexual', 'spanish', 'we were drunk y no usamos condón, I need a test'],
    ['sexual', 'spanish', 'honestly mi marido me es infiel and I found the hotel receipt'],
    ['immigration', 'spanish-status', 'my uncle needs a permiso de trabajo before he can start'],
    ['immigration', 'spanish-status', 'se le venció la visa a mi primo last summer'],
    ['immigration', 'spanish-status', 'my grandpa sigue en detención and they moved him twice'],
  ])('R36 %s (%s): %s', (topic, rule, sentence) => {
    expect(rulesFor(sentence, topic)).toContain(rule);
    expect(topicOf(sentence)).toBe(topic);
  });

  it.each([
    ['abuse', 'mi prima me pegó con un cojín jugando, we were laughing so hard'],
    ['abuse', 'mi papá me quitó el celular a las diez so I would actually sleep'],
    ['sexual', 'fuimos a la playa sin protección solar and now I look like a lobster'],
    ['immigration', 'cruzamos la calle to get tamales at the corner'],
  ])('R36 other sense, no %s rule: %s', (topic, sentence) => {
    expect(rulesFor(sentence, topic)).not.toContain(topic === 'immigration' ? 'spanish-status' : 'spanish');
  });
});

describe('R36 everyday talk stays unflagged with the retrained model', () => {
  it.each([
    'Pt squeezes the nurse’s fingers on request and tracks with his eyes.',
    'Insulin drip paused during the scan and restarted afterwards.',
    'Counselor: What tends to happen right before you reach for a cigarette?',
    'Client: The first coffee of the day hits the spot like nothing else.',
    'Son called the unit twice tonight asking how his dad was doing.',
  ])('R36 no topic: %s', (sentence) => {
    useTopicModel(true);
    expect(topicOf(sentence)).toBeUndefined();
  });
});

describe('R36 round 6 development data', () => {
  const b15 = load('dev-batch15');
  const aside = load('dev-batch15-aside');
  it('R36 batch 15 holds at least 300 topic sentences and 150 hard negatives', () => {
    expect(b15.filter((i) => i.topic).length).toBeGreaterThanOrEqual(300);
    expect(b15.filter((i) => i.hard_negative_for).length).toBeGreaterThanOrEqual(150);
    for (const t of BUILTIN_TOPICS) expect(b15.filter((i) => i.topic === t).length).toBeGreaterThanOrEqual(90);
  });
  it('R36 the set-aside file has at least 120 sentences, none of them in batch 15', () => {
    expect(aside.length).toBeGreaterThanOrEqual(120);
    const texts = new Set(b15.map((i) => i.text));
    expect(aside.filter((i) => texts.has(i.text))).toEqual([]);
  });
  it('R36 the trainer never reads the set-aside file but reads batches 15 and 16', () => {
    const trainer = readFileSync(new URL('../../scripts/train-topics.ts', import.meta.url), 'utf8');
    const loads = [...trainer.matchAll(/load\('([^']+)'/g)].map((m) => m[1]);
    expect(loads).toContain('dev-batch15');
    expect(loads).toContain('dev-batch16');
    expect(loads.some((n) => n?.includes('aside'))).toBe(false);
  });
  it('R36 the packed model stays under 2 MB', () => {
    expect(statSync(new URL('../../resources/dicts/topic-model.packed', import.meta.url)).size).toBeLessThan(2_000_000);
  });
});
