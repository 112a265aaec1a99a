// Round vfa7 (issue 15, R03/R27): kinds of false alarm a generator of faithful paraphrases exposed
// (bench/grounding/gen-faithful.ts). Each rule with a control the same rule must still catch.
// Our own synthetic sentences (obviously fake people); pure functions, no database.
import { describe, expect, it } from 'vitest';
import { verifyClaim } from './index.ts';
import { compareRisk } from './risk.ts';

const label = (sentence: string, cited: string[]): string => verifyClaim(sentence, cited).label;

describe('claims: round vfa7 faithful paraphrase by kind', () => {
  it('R03 the items of a risk list share the first item\'s denial, however long the list', () => {
    const src = ['Ollo Brightwater (synthetic) denies any current thoughts of killing himself, plan or intent.'];
    expect(compareRisk('He denies current SI, plan or intent.', src, []).contra).toEqual([]);
    expect(label('He reports no current suicidal thoughts, plan or intent.', src)).toBe('SUPPORTED');
    // Control: a draft that endorses them is still a risk contradiction.
    expect(label('He endorses suicidal ideation with a plan and intent.', src)).toBe('CONTRADICTED');
    // Control: a new predicate after "and" is no list item ("denies SI and has a plan").
    expect(compareRisk('He has a plan.', ['He denies suicidal ideation and has a plan to overdose.'], []).contra).toEqual([]);
  });

  it('R03 a screen\'s result a few words after it, or before its name, is its polarity', () => {
    const uds = ['Urine drug screen this morning came back negative for all substances.'];
    expect(label('UDS negative this morning.', uds)).toBe('SUPPORTED');
    expect(label('UDS positive this morning.', uds)).toBe('CONTRADICTED');
    const cssrs = ['C-SSRS screen negative at triage.'];
    expect(label('Client screened negative on the C-SSRS at triage.', cssrs)).toBe('SUPPORTED');
    expect(label('Client screened positive on the C-SSRS at triage.', cssrs)).toBe('CONTRADICTED');
  });

  it('R03 "all or nothing" is an idiom, not a negation', () => {
    const src = ['We explored her all-or-nothing thinking about exams.'];
    expect(label('We explored her all-or-nothing thinking about exams.', src)).toBe('SUPPORTED');
    expect(label('She has no thinking about exams.', src)).toBe('CONTRADICTED');
  });

  it('R03 non-suicidal self-injury written out is NSSI, and keeps the list\'s denial', () => {
    const src = ['No SI or NSSI reported by Pim Quarrytop (synthetic).'];
    expect(label('No suicidal ideation or non-suicidal self-injury reported.', src)).toBe('SUPPORTED');
    expect(label('Pim reports non-suicidal self-injury.', src)).toBe('CONTRADICTED');
  });

  it('R03 sleep onset is falling asleep; homework is the class word of between-session tasks', () => {
    expect(label('Sleep onset takes him about 40 minutes.', ['It takes him about 40 minutes to fall asleep.'])).toBe('SUPPORTED');
    expect(label('Sleep onset takes him about 10 minutes.', ['It takes him about 40 minutes to fall asleep.'])).toBe('CONTRADICTED');
    expect(label('HW: worry diary done x4.', ['She completed the worry diary 4 times this week.'])).toBe('SUPPORTED');
    // Control: homework the source never gives is still invented.
    expect(label('Homework was set.', ['She attended on time.'])).toBe('UNSUPPORTED');
  });

  it('R03 a capital acronym or a clipped word of what the source writes in full', () => {
    expect(label('Referral to the ED service sent.', ['Referral sent to the eating disorder service.'])).toBe('SUPPORTED');
    expect(label('DNA last appt.', ['Client did not attend the last appointment.'])).toBe('SUPPORTED');
    expect(label('Referred for a psych eval.', ['Referred for a psychiatric evaluation.'])).toBe('SUPPORTED');
    // Control: a capital acronym the source's words do not spell is still an addition.
    expect(label('Referral to the ED service sent.', ['Referral sent to the housing service.'])).toBe('UNSUPPORTED');
  });

  it('R03 a register word is kept from a clause the source negates only after it', () => {
    const src = ['Takes the lithium as prescribed and denies any side effects.'];
    expect(label('Good adherence to lithium.', src)).toBe('SUPPORTED');
    // Control: negated before the word, it is not stated ("never takes it as prescribed").
    expect(label('Good adherence to lithium.', ['Never takes the lithium as prescribed.'])).not.toBe('SUPPORTED');
  });

  it('R03 a relation joined by "with" names both people on both sides; a report about another person still conflicts', () => {
    expect(label('His father and two sisters live with the client.', ['Client lives with his father and two sisters.'])).toBe('SUPPORTED');
    expect(label('Client reports his father has been drinking heavily.', ['Father reports client has been drinking heavily.'])).toBe('CONTRADICTED');
  });

  it('R03 "1x/week" is "once a week": the one is the frequency\'s', () => {
    expect(label('Continue DBT skills group 1x/week.', ['Plan: continue the weekly DBT skills group.'])).toBe('SUPPORTED');
    expect(label('Continue DBT skills group 1x/month.', ['Plan: continue the weekly DBT skills group.'])).toBe('CONTRADICTED');
  });

  it('R03 a verb the source holds in another inflection is not the opposite of another of its words', () => {
    const src = ['She reports sleeping about 7 hours with one night waking.', 'It takes her 20 minutes to fall asleep.'];
    expect(label('She sleeps about 7 hours and takes 20 minutes to fall asleep.', src)).toBe('SUPPORTED');
  });
});
