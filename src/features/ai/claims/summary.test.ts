// Faithful summaries and re-wordings (issue 15, round 8): a summary word for what the source states,
// a shell noun, a phrasal particle, names for a collective, negation against deficit or cessation,
// the size of a change. Each test pairs the faithful sentence with a guard that an invention or a
// contradiction next to it still shows. Our own synthetic sentences; no database.
import { describe, expect, it } from 'vitest';
import { verifyClaim } from './index.ts';

const label = (sentence: string, sources: string[], context: string[] = []): string => verifyClaim(sentence, sources, context).label;

describe('claims: summaries and re-wordings (round 8)', () => {
  it('R03 a summary word is licensed by stated content of its domain, not by a denial of it', () => {
    expect(label('His mood was described as even.', ['Pt euthymic, pleasant, reactive affect.'])).toBe('SUPPORTED');
    expect(label('She uses coping skills when overwhelmed.', ['Uses box breathing and a short walk when overwhelmed.'])).toBe('SUPPORTED');
    // Only a denial of the domain's content: the summary word is new.
    expect(label('Client reports emotional numbness after the fire.', ['No crying spells; sleeping fine.'])).toBe('UNSUPPORTED');
    // A symptom beside the summary is still an addition.
    expect(label('His mood was even and he reports new dizziness.', ['Pt euthymic, pleasant, reactive affect.'])).toBe('UNSUPPORTED');
  });

  it('R03 a summary the draft denies is not licensed by the content it summarises', () => {
    expect(label('Homework was set: a thought log each evening.', ['Plan: practise a thought log each evening.'])).toBe('SUPPORTED');
    expect(label('No homework was set.', ['Plan: practise a thought log each evening.'])).not.toBe('SUPPORTED');
  });

  it('R03 a visit, a dose and a workplace implied by the source are no additions', () => {
    expect(label('They will meet again at the next appointment.', ['Next session in 2 wks.'])).toBe('SUPPORTED');
    expect(label('The psychiatrist lowered the dose of sertraline.', ['Psychiatrist cut the sertraline back.'])).toBe('SUPPORTED');
    expect(label('Things are tense at work.', ['Tension with coworkers this month.'])).toBe('SUPPORTED');
    // A new person at the workplace is still new.
    expect(label('Things are tense at work with his brother.', ['Tension with coworkers this month.'])).toBe('UNSUPPORTED');
  });

  it('R03 the source bounds a draft negation that ran past a comma into a new predicate; a list keeps its scope', () => {
    expect(label('She denies panic attacks, walks daily with a friend and sleeps 7 hours.', ['Denies panic attacks. Walks daily with a friend, sleeps 7 hrs.'])).toBe('SUPPORTED');
    expect(label('She denies nightmares, flashbacks, and hallucinations.', ['Denies nightmares, flashbacks. Endorses hallucinations.'])).toBe('CONTRADICTED');
  });

  it('R03 a shell noun states nothing; what qualifies it does', () => {
    expect(label('She has ongoing sleep problems.', ['Insomnia continues, wakes at 3am most nights.'])).toBe('SUPPORTED');
    expect(label('She has ongoing appetite problems.', ['Insomnia continues, wakes at 3am most nights.'])).toBe('UNSUPPORTED');
  });

  it('R03 a phrasal particle is part of its verb, and down after any inflected verb is no change', () => {
    expect(label('He played down the argument with his cousin.', ['Minimized the argument with his cousin.'])).toBe('SUPPORTED');
    expect(label('His cravings went down this week.', ['Cravings present this week.'])).toBe('UNSUPPORTED');
  });

  it('R03 a source that states no change is a comparison: unchanged restates it', () => {
    expect(label('The plan is unchanged.', ['Plan: no changes this visit.'])).toBe('SUPPORTED');
  });

  it('R03 an approximate amount keeps the source’s doubt; a certain one does not add it', () => {
    expect(label('He has about three coffees on work days.', ['Maybe 3 coffees on work days.'])).toBe('SUPPORTED');
  });

  it('R03 the size of a change two source ends give is not a new number; another size is', () => {
    expect(label('She gained six pounds, from 120 to 126.', ['Wt 120 -> 126 lb.'])).toBe('SUPPORTED');
    expect(label('She gained nine pounds.', ['Wt 120 -> 126 lb.'])).not.toBe('SUPPORTED');
    // A score and its scale are not two ends of a change.
    expect(label('Pain is now 4/10, better than 8/10 last visit.', ['Pain 6/10, improved from 8/10 last visit.'])).toBe('CONTRADICTED');
  });

  it('R03 a negated function is a word of deficit, and a negation is a word of cessation', () => {
    expect(label('He has trouble remembering appointments.', ['Poor recall of appointments.'])).toBe('SUPPORTED');
    expect(label('She was advised not to drive for now.', ['Recommend pt stop driving for now.'])).toBe('SUPPORTED');
    // A denial against a plain statement is still a contradiction.
    expect(label('She denies problems remembering appointments.', ['Poor recall of appointments.'])).not.toBe('SUPPORTED');
    expect(label('She continues driving.', ['Pt stopped driving in March.'])).toBe('CONTRADICTED');
  });

  it('R03 the names of a cited collective may come from the note’s other segments, but not one of them alone', () => {
    const ctx = ['Couple session: Ashby and Bram (synthetic).'];
    expect(label('Ashby and Bram agreed to a weekly budget talk.', ['Plan: couple agreed to a weekly budget talk.'], ctx)).toBe('SUPPORTED');
    // A name the note does not give is still an addition, and licenses nothing beside it.
    expect(label('Ashby and Carys agreed to a weekly budget talk.', ['Plan: couple agreed to a weekly budget talk.'], ctx)).toBe('UNSUPPORTED');
  });

  it('R03 shorthand spelled out: creatinine, obstetrician, kcal, follow-up for a return visit', () => {
    expect(label('Creatinine was 1.1.', ['Cr 1.1 on 3/2.'])).toBe('SUPPORTED');
    expect(label('Her obstetrician referred her.', ['Referred by OB.'])).toBe('SUPPORTED');
    expect(label('He eats about 1200 calories a day.', ['Eating ~1200 kcal/day.'])).toBe('SUPPORTED');
    expect(label('Follow-up is in four weeks.', ['RTC 4 wks.'])).toBe('SUPPORTED');
    expect(label('Follow-up is in six weeks.', ['RTC 4 wks.'])).toBe('CONTRADICTED');
  });

  it('R03 went away ends what it follows, and once before a pronoun is no number', () => {
    expect(label('The headaches went away after he drank more water.', ['Headaches resolved after increasing water intake.'])).toBe('SUPPORTED');
    expect(label('The headaches went away.', ['Headaches continue daily.'])).toBe('CONTRADICTED');
    expect(label('The rash faded once she stopped the cream.', ['Rash faded after she stopped the cream.'])).toBe('SUPPORTED');
  });
});
