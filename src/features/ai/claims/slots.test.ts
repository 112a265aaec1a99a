// Slot conflicts (issue 15, round 4): another value of the same class in the same slot is a
// contradiction, not an addition. Our own sentences; pure functions, no database.
import { describe, expect, it } from 'vitest';
import { verifyClaim } from './index.ts';
import { slotConflicts } from './slots.ts';

const verdict = (sentence: string, ...sources: string[]): { label: string; reasons: string } => {
  const v = verifyClaim(sentence, sources);
  return { label: v.label, reasons: v.reasons.join(' | ') };
};

describe('claims: slot conflicts', () => {
  it('R03 another weekday, month, person or drug of the same class in the same slot is CONTRADICTED with a reason', () => {
    const day = verdict('The next visit with Mx. Example is on Monday at 3pm.', 'Next visit Wednesday 3pm at the clinic.');
    expect(day.label).toBe('CONTRADICTED');
    expect(day.reasons).toContain('source says wednesday; draft says monday');
    expect(verdict('Bupropion was started in November.', 'Bupropion started in February by the prescriber.').label).toBe('CONTRADICTED');
    const who = verdict('Her grandfather drives her to practice.', 'Her aunt drives her to practice twice a week.');
    expect(who.label).toBe('CONTRADICTED');
    expect(who.reasons).toContain('source says aunt; draft says grandfather');
    const drug = verdict('He takes paroxetine 20 mg in the morning.', 'Current meds: citalopram 20 mg mornings.');
    expect(drug.label).toBe('CONTRADICTED');
    expect(drug.reasons).toContain('source says citalopram; draft says paroxetine');
  });

  it('R03 living situation, modality, format, employment, grade, frequency and duration unit conflict', () => {
    expect(verdict('Mr. Sample lives by himself.', 'Mr. Sample lives with two roommates near campus.').label).toBe('CONTRADICTED');
    expect(verdict('The client was seen face to face today.', 'Seen via telehealth today; client at home.').label).toBe('CONTRADICTED');
    expect(verdict('This was a group session on coping skills.', 'Individual session on coping skills.').label).toBe('CONTRADICTED');
    expect(verdict('She is retired from the bakery.', 'She works part time at the bakery.').label).toBe('CONTRADICTED');
    expect(verdict('Toby is in 4th grade.', 'Toby (gr 5) referred for reading worries.').label).toBe('CONTRADICTED');
    expect(verdict('He calls his brother monthly.', 'He calls his brother daily.').label).toBe('CONTRADICTED');
    const unit = verdict('Symptoms have lasted five years.', 'Symptoms x5 weeks.');
    expect(unit.label).toBe('CONTRADICTED');
    expect(unit.reasons).toContain('source says 5 weeks; draft says five years');
    // Another count in another unit, in a clause about the same thing; the same length is no conflict.
    expect(slotConflicts('He has gambled online for three years.', ['Gambling online for 8 months, per client.'])).toEqual(['source says 8 months; draft says three years']);
    expect(slotConflicts('She has journaled for two weeks.', ['Journaling for 14 days now.'])).toEqual([]);
    // Two referrers are the same slot, whatever else the clauses say.
    expect(slotConflicts('Kai was referred by his coach.', ['Kai (gr 10) self-referred after a breakup.'])).toEqual(['source says self referred; draft says coach']);
  });

  it('R03 one of several values, a member of a group, a group for its member and a synonym are faithful', () => {
    expect(slotConflicts('Groups meet on Tuesdays.', ['Groups meet Tuesdays and Fridays.'])).toEqual([]);
    expect(slotConflicts('Her mother attended.', ['Both parents attended.'])).toEqual([]);
    expect(slotConflicts('They met online.', ['Met by video.'])).toEqual([]);
    expect(slotConflicts('He works full time.', ['He is employed full-time.'])).toEqual([]);
    expect(slotConflicts('Lexapro was raised to 15 mg.', ['Escitalopram increased to 15 mg.'])).toEqual([]);
    expect(verdict('Her mother and father both attended the session.', 'Both parents attended the session.').label).toBe('SUPPORTED');
    expect(verdict('She phones her sister once a month.', 'She phones her sister monthly.').label).toBe('SUPPORTED');
  });

  it('R03 an addition, a switch or a change names the source value too, and is not a slot conflict', () => {
    // "also": a new value beside the old one.
    expect(slotConflicts('He also takes lorazepam at night.', ['Takes clonazepam 0.5 mg at night.'])).toEqual([]);
    // A switch or a change names the source's value as well.
    expect(slotConflicts('Citalopram was stopped and sertraline started.', ['Citalopram stopped due to nausea.'])).toEqual([]);
    expect(slotConflicts('Drinking fell from daily to weekly.', ['Drinks daily at intake.'])).toEqual([]);
    // "down from daily" is a former value: it neither supports "daily" now nor conflicts with a change.
    expect(slotConflicts('He takes lorazepam daily.', ['Lorazepam prn, ~3x/wk, down from daily in spring.'])).toEqual(['source says 3x/wk; draft says daily']);
    expect(slotConflicts('He used to take lorazepam daily.', ['Lorazepam prn, ~3x/wk, down from daily in spring.'])).toEqual([]);
    // "Only" narrows a group the source names.
    expect(slotConflicts('Only his father came.', ['Both parents came.'])).toEqual(['source says both parents; draft says only father']);
    // A person in an unrelated clause is not the slot; an age is not a duration; "may" is a modal.
    expect(slotConflicts('Her cousin may visit in June.', ['Her neighbour is moving in May.'])).toEqual([]);
    expect(slotConflicts('The 9-year-old has had symptoms for 9 months.', ['Symptoms for 9 months.'])).toEqual([]);
  });
});

describe('slots: who acted on a medication (round 8)', () => {
  it('R03 R27 a drug another prescriber started, stopped or the client restarted alone is not the writer\'s act', () => {
    expect(verifyClaim('Writer started fluoxetine 20 mg.', ['Her pediatrician started fluoxetine 20 mg last month.']).label).toBe('CONTRADICTED');
    expect(verifyClaim('I plan to start fluoxetine.', ['Her pediatrician started fluoxetine 20 mg last month.']).label).toBe('CONTRADICTED');
    expect(verifyClaim('The psychiatrist stopped olanzapine.', ['Pt stopped the olanzapine on his own two weeks ago.']).label).toBe('CONTRADICTED');
    expect(verifyClaim('Writer discontinued lamotrigine.', ['Dr. Sample discontinued lamotrigine due to a rash.']).label).toBe('CONTRADICTED');
    // The same kind of actor, or no actor named, is no conflict.
    expect(verifyClaim('Her pediatrician began fluoxetine 20 mg last month.', ['Her pediatrician started fluoxetine 20 mg last month.']).label).not.toBe('CONTRADICTED');
    expect(verifyClaim('Fluoxetine 20 mg was started last month.', ['Her pediatrician started fluoxetine 20 mg last month.']).label).not.toBe('CONTRADICTED');
    // A start in hospital was the hospital team's; a passive with its agent names that agent.
    expect(verifyClaim('Writer started him on olanzapine.', ['He was started on olanzapine during his admission in June.']).label).toBe('CONTRADICTED');
    expect(verifyClaim('I prescribed lithium at discharge.', ['Discharged on lithium 300 mg, prescribed by the inpatient team.']).label).toBe('CONTRADICTED');
  });
  it('R03 an act the source itself negates ("given but not finished") is contradicted by the draft\'s "finished"', () => {
    expect(verifyClaim('He completed the sleep diary.', ['Sleep diary was assigned two weeks ago but not completed.']).label).toBe('CONTRADICTED');
    expect(verifyClaim('He has not completed the sleep diary.', ['Sleep diary was assigned two weeks ago but not completed.']).label).not.toBe('CONTRADICTED');
  });
});
