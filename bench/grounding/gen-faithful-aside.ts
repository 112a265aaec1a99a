// The set-aside bank of the faithful-paraphrase generator (round vfa7): other facts, and other
// wordings of the same meaning-preserving transformations as gen-faithful.ts. Written before the
// verifier's code was read, never tuned on; bench:grounding prints its totals only, never its errors.
// The identities are synthetic.
import type { Pair } from './pairs.ts';
import { toPairs, type Fact } from './gen-faithful.ts';

const ASIDE: Array<[string[], Fact['drafts']]> = [
  // mood and affect
  [['Service user relays feeling flat and unmotivated most days this fortnight.'], [
    ['reporting-verb', 'Service user indicates feeling flat and unmotivated most days this fortnight.'],
    ['register-shift', 'Service user describes anhedonia and low motivation on most days over the past two weeks.'],
    ['role-reference', 'The service user reports feeling flat and unmotivated most days this fortnight.'],
    ['omission', 'Service user reports low motivation.'],
  ]],
  [['Ms. V. rates her mood as 6 out of 10 today, up from 4 last session.'], [
    ['shorthand-contract', 'Mood 6/10 today (4/10 last session).'],
    ['arrow-shorthand', 'Mood ↑ from 4/10 to 6/10 since last session.'],
    ['number-words', 'Ms. V. rates her mood as six out of ten today.'],
    ['clause-reorder', 'Up from 4 last session, Ms. V. rates her mood today at 6/10.'],
  ]],
  [['The young person says he has been crying a lot and feels like nothing will get better.'], [
    ['register-shift', 'The young person reports tearfulness and hopelessness.'],
    ['reporting-verb', 'The young person voices that he has been crying a lot and feels nothing will improve.'],
    ['hedge-kept', 'The young person feels that things may not get better and has been tearful.'],
  ]],
  [['Panic attacks have reduced from daily to about twice a week.'], [
    ['frequency-format', 'Panic attacks down from 7x/week to about 2x/week.'],
    ['arrow-shorthand', '↓ panic attacks: daily → ~twice weekly.'],
    ['register-shift', 'Episodes of panic have decreased from every day to roughly two per week.'],
  ]],
  // sleep
  [['Mr. T. gets around six hours of broken sleep and feels unrested in the morning.'], [
    ['hedge-kept', 'Mr. T. sleeps approximately 6 hours, with interrupted sleep.'],
    ['register-shift', 'Mr. T. reports fragmented, non-restorative sleep of about six hours.'],
    ['number-words', 'Mr. T. gets about 6 hours of broken sleep.'],
  ]],
  [['Service user is waking at 4 am most days and cannot get back to sleep.'], [
    ['register-shift', 'Service user reports early morning waking most days.'],
    ['negation-paraphrase', 'Service user wakes at 4 am most days and is unable to return to sleep.'],
    ['number-words', 'Service user is waking at four in the morning most days.'],
  ]],
  [['She naps for about 2 hours each afternoon.'], [
    ['duration-units', 'She naps for around 120 minutes every afternoon.'],
    ['frequency-format', 'She takes a daily afternoon nap of about two hours.'],
  ]],
  // appetite
  [['Appetite is poor; she has been eating one small meal a day.'], [
    ['register-shift', 'Reduced appetite, with intake of a single small meal daily.'],
    ['omission', 'Appetite is poor.'],
    ['number-words', 'She has been eating 1 small meal a day.'],
  ]],
  [['Weight is up 2.5 kg since starting olanzapine.'], [
    ['units', 'Weight has increased by 2.5 kilograms since olanzapine was started.'],
    ['arrow-shorthand', 'Wt ↑ 2.5 kg since olanzapine start.'],
  ]],
  // medication
  [['Dr. Testbury increased citalopram from 10 mg to 20 mg daily on 3 March.'], [
    ['voice', 'Citalopram was increased from 10 mg to 20 mg daily by Dr. Testbury on 3 March.'],
    ['arrow-shorthand', 'Citalopram 10 → 20 mg OD (Dr. Testbury, 3 March).'],
    ['omission', 'Citalopram was increased to 20 mg daily.'],
  ]],
  [['He takes propranolol 10 mg up to three times a day when anxious.'], [
    ['frequency-format', 'He takes propranolol 10 mg PRN for anxiety, max TID.'],
    ['shorthand-contract', 'Propranolol 10mg PRN anxiety, up to 3x/day.'],
  ]],
  [['Service user has missed about half of her evening doses this month.'], [
    ['register-shift', 'Service user reports partial adherence, missing roughly 50% of evening doses this month.'],
    ['hedge-kept', 'Around half of the evening doses have been missed this month.'],
  ]],
  [['No side-effects from the depot injection were reported.'], [
    ['negation-paraphrase', 'Nil side-effects from the depot reported.'],
    ['negation-paraphrase', 'Service user denies side-effects from the depot injection.'],
    ['negation-paraphrase', 'Side effects of the depot injection: none reported.'],
  ]],
  [['Melatonin 3 mg at night was started by the paediatrician in January.'], [
    ['voice', 'The paediatrician started melatonin 3 mg nocte in January.'],
    ['shorthand-contract', 'Melatonin 3mg nocte since Jan (paediatrician).'],
  ]],
  // risk, denied and endorsed
  [['No thoughts of ending her life; denies plans to harm anyone else.'], [
    ['negation-paraphrase', 'Denies suicidal and homicidal ideation.'],
    ['shorthand-contract', 'No SI; denies HI.'],
    ['register-shift', 'She has no thoughts of suicide and no plans to hurt others.'],
  ]],
  [['Self-harm: none since October.'], [
    ['negation-paraphrase', 'Has not self-harmed since October.'],
    ['negation-paraphrase', 'No episodes of self-harm since October.'],
  ]],
  [['The young person disclosed scratching his arms last weekend after a row with his dad.'], [
    ['register-shift', 'The young person disclosed self-harm (scratching arms) last weekend after an argument with his father.'],
    ['clause-reorder', 'After a row with his dad last weekend, the young person scratched his arms.'],
  ]],
  [['Risk assessment completed; risk to self judged low, risk to others not identified.'], [
    ['register-shift', 'Low risk to self; no identified risk to others.'],
    ['negation-paraphrase', 'Risk assessment found low risk to self and no risk to others.'],
  ]],
  [['Mr. T. admits to occasional thoughts that his family would be better off without him, without intent.'], [
    ['register-shift', 'Mr. T. endorses occasional passive suicidal ideation without intent.'],
    ['hedge-kept', 'Mr. T. occasionally thinks his family might be better off without him; no intent.'],
  ]],
  [['No weapons or stockpiled medication at home, per his partner.'], [
    ['negation-paraphrase', 'His partner confirms there are no weapons or stockpiled medication at home.'],
    ['voice', 'Per his partner, there are no weapons or stored-up medicines in the home.'],
  ]],
  // scores
  [['HADS anxiety subscale 13, depression subscale 8.'], [
    ['shorthand-contract', 'HADS-A 13, HADS-D 8.'],
    ['number-words', 'HADS anxiety score thirteen, depression score eight.'],
  ]],
  [['CORE-10 total of 22 at assessment and 15 at review.'], [
    ['clause-reorder', 'CORE-10 fell to 15 at review from 22 at assessment.'],
    ['arrow-shorthand', 'CORE-10: 22 → 15.'],
  ]],
  [['She scored 3 on the AUDIT-C.'], [
    ['voice', 'AUDIT-C score of 3.'],
    ['number-words', 'She scored three on the AUDIT-C.'],
  ]],
  // homework
  [['Between sessions he practised the graded exposure hierarchy up to step 4 on five evenings.'], [
    ['number-words', 'He practised exposure up to step four on 5 evenings between sessions.'],
    ['count-x', 'Graded exposure to step 4, x5 evenings.'],
  ]],
  [['The worry-time exercise was not attempted because she forgot.'], [
    ['negation-paraphrase', 'She did not try the worry-time exercise, having forgotten.'],
    ['voice', 'She forgot and so did not attempt the worry-time exercise.'],
  ]],
  // family and relationships
  [['Lives alone in a flat since his divorce last year; daughter visits on Sundays.'], [
    ['register-shift', 'Has lived by himself since divorcing last year; his daughter visits weekly on Sundays.'],
    ['omission', 'Lives alone since his divorce.'],
    ['summary-two-segments', 'Divorced last year, he lives alone and is visited by his daughter on Sundays.'],
  ]],
  [['Her grandmother, who raised her, has dementia and moved to a care home in May.'], [
    ['clause-reorder', 'In May, her grandmother (who raised her) moved to a care home because of dementia.'],
    ['register-shift', 'The grandmother who brought her up has dementia and went into a nursing home in May.'],
  ]],
  [['The young person is in foster care and has contact with his birth mother once a month.'], [
    ['frequency-format', 'The young person is in foster care with monthly contact with his birth mum.'],
    ['shorthand-contract', 'YP in foster care; contact w/ birth mother 1x/month.'],
  ]],
  // substance use
  [['Smokes cannabis three to four times a week, usually with friends.'], [
    ['frequency-format', 'Cannabis 3-4x/week, typically socially.'],
    ['omission', 'Smokes cannabis three to four times a week.'],
  ]],
  [['Has not used heroin for eight months and collects methadone 60 ml daily.'], [
    ['negation-paraphrase', 'Abstinent from heroin for 8 months; on methadone 60 ml daily.'],
    ['time-paraphrase', 'No heroin use since eight months ago; collects 60 ml of methadone each day.'],
  ]],
  [['Drinks roughly two bottles of wine over a weekend.'], [
    ['hedge-kept', 'Drinks about two bottles of wine each weekend.'],
    ['number-words', 'Drinks approximately 2 bottles of wine over a weekend.'],
  ]],
  // interventions
  [['We used a thought-challenging worksheet on the belief "I always fail".'], [
    ['voice', 'The belief "I always fail" was examined with a thought-challenging worksheet.'],
    ['register-shift', 'Cognitive restructuring worksheet used for the belief "I always fail".'],
  ]],
  [['Imagery rescripting of the nightmare was started and will continue next time.'], [
    ['voice', 'Therapist began imagery rescripting of the nightmare, to be continued next session.'],
    ['omission', 'Imagery rescripting was started.'],
  ]],
  [['Crisis card and local helpline numbers were given to the service user.'], [
    ['voice', 'Service user was given a crisis card and local helpline numbers.'],
    ['omission', 'Crisis numbers provided.'],
  ]],
  // plans and referrals
  [['Appointment in three weeks with the care coordinator.'], [
    ['time-paraphrase', 'Care coordinator to see her in 21 days.'],
    ['shorthand-contract', 'Review w/ care coordinator in 3/52.'],
  ]],
  [['A referral to the memory clinic will be made by the GP.'], [
    ['voice', 'The GP will refer to the memory clinic.'],
    ['shorthand-contract', 'GP to refer to memory clinic.'],
  ]],
  [['Plan: fortnightly sessions for the next three months, then review.'], [
    ['frequency-format', 'Sessions every two weeks for the next 3 months, then review.'],
    ['clause-reorder', 'After three months of fortnightly sessions, there will be a review.'],
  ]],
  // school and work
  [['He has been excluded from school for two days for fighting.'], [
    ['register-shift', 'He received a two-day suspension from school for fighting.'],
    ['number-words', 'He was excluded from school for 2 days for fighting.'],
  ]],
  [['She is on a phased return to work, currently three half-days a week.'], [
    ['frequency-format', 'Phased return to work, now 3 half-days/week.'],
    ['omission', 'She is on a phased return to work.'],
  ]],
  // attendance
  [['Attended 7 of the 8 group sessions offered.'], [
    ['number-words', 'Attended seven out of eight group sessions.'],
    ['shorthand-contract', 'Group attendance 7/8.'],
  ]],
  [['Telephone session lasted 25 minutes because of poor signal.'], [
    ['duration-units', 'Phone session was just under half an hour due to poor signal.'],
    ['clause-reorder', 'Because of poor signal, the telephone session lasted 25 minutes.'],
  ]],
  [['The service user arrived on time and was accompanied by her support worker.'], [
    ['register-shift', 'Service user was punctual and attended with her support worker.'],
    ['omission', 'Service user arrived on time.'],
  ]],
];

/** The set-aside pairs: totals only in bench:grounding. */
export function generateFaithfulAside(): Pair[] {
  return toPairs('genfa-aside', ASIDE.map(([sources, drafts]) => ({ sources, drafts })));
}
