// Regression tests for topics round 12 (R36): the voices the probe is weakest on (rambling speech,
// parents about their children) told indirectly, and the ward and examination lines a model
// confuses with abuse or sex. Rules stated by meaning: neglect in the passive ("were left on our
// own for a weekend"), food passed through a door, a hand held to any heat source, hands round a
// throat, a body sold, a child asked for pictures of herself undressed or what she is wearing,
// contraception beside a partner, removal as a threat, a protection from removal that runs out;
// and the other senses that looked like them (a hold for play or care, a ball that hits, a film
// that "touched me", a form's status, a clinician's examination). Every sentence here was written
// for this file; none is in a benchmark set.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDeidResources } from './resources.ts';
import { BUILTIN_TOPICS, useTopicModel } from './topics.ts';
import { loadTopicSet, rulesFor } from './topics-testkit.ts';

await loadDeidResources();
useTopicModel(true);

describe('R36 situations told by meaning match their rule', () => {
  it.each([
    ['abuse', 'left-alone-passive', 'The three of us were left on our own for a whole weekend while our father drank.'],
    ['abuse', 'food-through-door', 'Grandad slid a plate under the door because she would not let me out.'],
    ['abuse', 'held-to-heat', 'Mum would hold my fingers on the hob when I swore.'],
    ['abuse', 'grab-body', 'He had both hands round her throat when the neighbour walked in.'],
    ['abuse', 'sexual-abuse-act', 'A man kept exposing himself to the girls outside the park.'],
    ['sexual', 'sold-self', 'At nineteen I was selling myself outside the station to pay for my habit.'],
    ['sexual', 'self-image-request', 'A guy online begged my niece to film herself in the bath.'],
    ['sexual', 'asks-what-wearing', 'Some adult in her game chat keeps asking her what she is wearing.'],
    ['sexual', 'birth-control', 'Her boyfriend refuses to use anything and she cannot get birth control without her mum knowing.'],
    ['immigration', 'plane-threat', 'Her boss told her one call from him and she would be on the next flight out.'],
    ['immigration', 'protection-lapses', "My dad's protected status expires in March and nobody knows what happens then."],
    ['immigration', 'brought-as-child', 'Our eldest was carried across as a toddler and has no memory of anywhere else.'],
    ['immigration', 'sent-back', 'The kids keep asking whether they will send their grandad back.'],
    ['abuse', 'went-without-feeding', 'When the money ran out she would go days without feeding the little ones.'],
    // A parent's voice: the child, not "me", is the one harmed.
    ['abuse', 'sexual-abuse-act', 'The man at the pool touched my son and now he will not swim.'],
    ['abuse', 'starve', 'Someone has been starving my mum at the care home.'],
  ])('R36 %s (%s): %s', (topic, rule, sentence) => {
    expect(rulesFor(sentence, topic)).toContain(rule);
  });
});

describe('R36 the other senses do not match those rules', () => {
  it.each([
    ['sexual', 'sold-self', 'I always sell myself short in job interviews.'],
    ['sexual', 'birth-control', 'Discussed contraception options at the clinic visit.'],
    ['immigration', 'protection-lapses', 'My phone protection plan runs out next week.'],
    ['abuse', 'sexual-abuse-act', 'The documentary really touched me, I phoned my sister afterwards.'],
    ['abuse', 'grab-body', 'We used to wrestle on the trampoline and he always pinned me.'],
    ['abuse', 'hit-person', 'He got hit on the nose with a cricket ball during the match.'],
    ['abuse', 'blow-by-agent', 'My uncle kicked the vending machine until it gave him his crisps.'],
    ['immigration', 'sent-back', 'They sent me back to the front desk to fill in another form.'],
    ['immigration', 'status-owned', 'She left her status update on the shared drive before Monday.'],
    ['immigration', 'deport', 'I deported all my old books to the garage.'],
    ['immigration', 'border', "We're crossing the border into Wales for a rugby match on Saturday."],
    ['immigration', 'sent-back', 'I sent his letter back unopened.'],
    ['abuse', 'sexual-abuse-act', "My son touched my daughter's drawing and she screamed."],
    ['abuse', 'went-without-feeding', 'We stopped feeding the baby at night once she reached six months.'],
  ])('R36 %s not %s: %s', (topic, rule, sentence) => {
    expect(rulesFor(sentence, topic)).not.toContain(rule);
  });
  it('R36 a clinician examining genitals is no sexual cue of the slang rule', () => {
    expect(rulesFor('The doctor checked his private parts for a hernia.', 'sexual')).not.toContain('slang');
  });
  it('R36 the same "made me do things" with chores named after a pause is no sexual-abuse act', () => {
    expect(rulesFor('She made me do things I hated, like scrub the oven and iron shirts.', 'abuse')).not.toContain('sexual-abuse-act');
  });
});

describe('R36 round 12 development data', () => {
  const b22 = loadTopicSet('dev-batch22');
  const aside = loadTopicSet('dev-batch22-aside');
  it('R36 batch 22 holds 200+ items, 45 % or more of them negatives, positives for every topic', () => {
    expect(b22.length).toBeGreaterThanOrEqual(200);
    expect(b22.filter((i) => i.topic === null).length / b22.length).toBeGreaterThanOrEqual(0.45);
    for (const t of BUILTIN_TOPICS) expect(b22.filter((i) => i.topic === t).length).toBeGreaterThanOrEqual(30);
  });
  it('R36 the set-aside file shares no sentence with batch 22', () => {
    expect(aside.length).toBeGreaterThanOrEqual(80);
    const texts = new Set(b22.map((i) => i.text));
    expect(aside.filter((i) => texts.has(i.text))).toEqual([]);
  });
  it('R36 the trainer reads batch 22 and never a set-aside file', () => {
    const trainer = readFileSync(new URL('../../scripts/train-topics.ts', import.meta.url), 'utf8');
    const loads = [...trainer.matchAll(/load\('([^']+)'/g)].map((m) => m[1]);
    expect(loads).toContain('dev-batch22');
    expect(loads.some((n) => n?.includes('aside'))).toBe(false);
  });
});
