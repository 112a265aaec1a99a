// Round 12 (issue 15): frames for events with participants, the time a value belongs to, and
// whether an act is still going on (frames12.ts). Each rule with a faithful control the same rule
// lets through. Our own synthetic sentences (obviously fake people); pure functions, no database.
import { describe, expect, it } from 'vitest';
import { verifyClaim } from './index.ts';

const label = (sentence: string, cited: string[]): string => verifyClaim(sentence, cited).label;

describe('claims: round 12 frames', () => {
  it('R03 who did what to whom: the agent and the patient swapped contradict', () => {
    const src = ['Q. Zebulon said that W. Zebulon kicked the dog on Sunday.'];
    expect(label('W. pushed Q. on Sunday.', ['W. Zebulon said that Q. Zebulon pushed him on Sunday.'])).toBe('CONTRADICTED');
    expect(label('Q. pushed W. on Sunday.', ['W. Zebulon said that Q. Zebulon pushed him on Sunday.'])).toBe('SUPPORTED');
    expect(label('W. kicked the dog on Sunday.', src)).toBe('SUPPORTED');
  });

  it('R03 a passive keeps its agent: "was teased by her cousin" is not "teased her cousin"', () => {
    const src = ['Nixie Vantablack (synthetic) said she was teased by her cousin at the party.'];
    expect(label('Nixie teased her cousin at the party.', src)).toBe('CONTRADICTED');
    expect(label('Nixie was teased by her cousin at the party.', src)).toBe('SUPPORTED');
  });

  it('R03 the earlier value of a change stated as now contradicts; the current value does not', () => {
    const src = ['Screen time about 3 hours a day now, down from 7 in the spring.'];
    expect(label('He currently has about 7 hours of screen time a day.', src)).toBe('CONTRADICTED');
    expect(label('He currently has about 3 hours of screen time a day.', src)).toBe('SUPPORTED');
  });

  it('R03 "still" against an act the source says was stopped or removed', () => {
    expect(label('She is still swimming.', ['She has since stopped swimming because of her shoulder.'])).toBe('CONTRADICTED');
    expect(label('He still has the razor blades.', ['He kept razor blades in a drawer; his flatmate removed them on Friday.'])).toBe('CONTRADICTED');
    expect(label('She has stopped swimming because of her shoulder.', ['She has since stopped swimming because of her shoulder.'])).toBe('SUPPORTED');
  });

  it('R03 a refusal later withdrawn is not a refusal; a refusal is not an approval', () => {
    const src = ['He declined the blood test at first and then agreed to it after a rest.'];
    expect(label('He declined the blood test.', src)).toBe('CONTRADICTED');
    expect(label('He declined the blood test at first.', src)).toBe('SUPPORTED');
    expect(label('Home leave was approved.', ['Home leave was refused by the consultant this week.'])).toBe('CONTRADICTED');
  });

  it('R03 another frequency of the same act contradicts; the same frequency does not', () => {
    const src = ['Her aunt phones her every weekend.'];
    expect(label('Her aunt phones her daily.', src)).toBe('CONTRADICTED');
    expect(label('Her aunt phones her at weekends.', src)).toBe('SUPPORTED');
  });

  it('R03 the same act by the client where the source names someone else', () => {
    const src = ['His brother keeps the car keys for now.'];
    expect(label('He keeps the car keys for now.', src)).toBe('CONTRADICTED');
    expect(label('His brother keeps the car keys for now.', src)).toBe('SUPPORTED');
  });

  it('R03 "an hour ago" is today, not yesterday; "at night" is not "during the day"', () => {
    expect(label('She swallowed 8 ibuprofen yesterday.', ['She swallowed 8 ibuprofen about two hours ago.'])).toBe('CONTRADICTED');
    expect(label('He hears the knocking during the day.', ['He hears knocking in the walls at night.'])).toBe('CONTRADICTED');
    expect(label('He hears knocking in the walls at night.', ['He hears knocking in the walls at night.'])).toBe('SUPPORTED');
  });

  it('R03 the whole against a part of it', () => {
    const src = ['Her grandmother sat in for the first 15 minutes of the session.'];
    expect(label('Her grandmother sat in for the whole session.', src)).toBe('CONTRADICTED');
  });

  it('R03 a start against an end at the same time', () => {
    const src = ['He played online poker every night until March and has played twice since.'];
    expect(label('He started playing online poker in March.', src)).toBe('CONTRADICTED');
  });

  it('R03 an earlier frequency is not the current one', () => {
    const src = ['Night terrors two nights this week, down from nightly.'];
    expect(label('She has night terrors every night.', src)).toBe('CONTRADICTED');
  });

  it('R03 a number is bound to its unit and its rate', () => {
    const src = ['She drinks about 14 units a week and smokes 5 roll-ups a day.'];
    expect(label('She smokes 14 roll-ups a day.', src)).toBe('CONTRADICTED');
    expect(label('She drinks about 14 units a day.', src)).toBe('CONTRADICTED');
    expect(label('She drinks about 14 units a week.', src)).toBe('SUPPORTED');
  });

  it('R03 a score keeps its qualifier: the worst is not the average', () => {
    const src = ['Headache 4/10 on average, 8/10 at worst since Monday.'];
    expect(label('Her average headache was 8/10.', src)).toBe('CONTRADICTED');
  });

  it('R03 admitted against denied, by the same person', () => {
    const src = ['T. said that K. took his phone; K. denied taking it and said she borrowed it once.'];
    expect(label('K. admitted taking the phone.', src)).toBe('CONTRADICTED');
    expect(label('K. admitted taking the phone.', ['K. admitted taking the phone from T. on Monday.'])).toBe('SUPPORTED');
  });

  it('R03 an act only thought of is not an act done', () => {
    const src = ['He thought about jumping from the car park roof on Sunday but did not go there.'];
    expect(label('He jumped from the car park roof on Sunday.', src)).toBe('CONTRADICTED');
  });

  it('R03 intent stated against intent denied', () => {
    const src = ['He has a belt in the wardrobe and intends to use it this weekend.'];
    expect(label('He has no intent to use it this weekend.', src)).toBe('CONTRADICTED');
  });

  it('R03 alone against with someone', () => {
    const src = ['She went to the shops on Friday with her sister.'];
    expect(label('She went to the shops alone on Friday.', src)).toBe('CONTRADICTED');
    expect(label('She went to the shops with her sister on Friday.', src)).toBe('SUPPORTED');
  });

  it('R03 another meal, subject or injection site fills the same slot', () => {
    expect(label('He skipped lunch twice.', ['He skipped breakfast twice.'])).toBe('CONTRADICTED');
    expect(label('The depot was given in the thigh.', ['Depot given in the left buttock today.'])).toBe('CONTRADICTED');
  });

  it('R03 a source negation that is no lasting denial does not contradict', () => {
    expect(label('He still needs to register with a dentist.', ['He has not yet registered with a dentist.'])).toBe('SUPPORTED');
    expect(label('She came off lamotrigine on her own because of a rash.', ['She stopped the lamotrigine herself because of a rash.'])).toBe('SUPPORTED');
    expect(label('She is undecided between group and individual work.', ['She is not sure whether she wants group or individual work.'])).toBe('SUPPORTED');
    expect(label('He agreed that the car keys should stay with his brother.', ['He agrees the car keys stay with his brother for now.'])).toBe('SUPPORTED');
    // Control: a plain denial still contradicts.
    expect(label('He registered with a dentist.', ['He has not registered with a dentist.'])).toBe('CONTRADICTED');
  });

  it('R03 harm to oneself is not harm to others, and a symptom that lessened did not worsen', () => {
    expect(label('The voice tells her to hurt other people.', ['The voice tells her to hurt herself; she ignores it.'])).toBe('CONTRADICTED');
    expect(label('The voice tells her to hurt herself.', ['The voice tells her to hurt herself; she ignores it.'])).toBe('SUPPORTED');
    expect(label('His flashbacks are getting worse.', ['Flashbacks twice this week, down from most days.'])).toBe('CONTRADICTED');
  });

  it('R03 with consent against without it, on time against late', () => {
    const src = ['The nurse will phone his sister about the plan with his consent.'];
    expect(label('The nurse will phone his sister about the plan without his consent.', src)).toBe('CONTRADICTED');
    expect(label('He arrived punctually.', ['Young person attended 15 minutes late after missing the bus.'])).toBe('CONTRADICTED');
    expect(label('He attended 15 minutes late after missing the bus.', ['Young person attended 15 minutes late after missing the bus.'])).toBe('SUPPORTED');
  });
});
