// Claim-level verification (issue 15): each meaning a draft sentence can get wrong, with our own
// sentences. Pure functions, no database.
import { describe, expect, it } from 'vitest';
import { segmentSource } from '../grounding.ts';
import { parseAnswer } from '../prompt.ts';
import { verifyAnswer } from '../verify.ts';
import { riskPolarityOf, verifyClaim } from './index.ts';

const label = (sentence: string, ...sources: string[]): string => verifyClaim(sentence, sources).label;

describe('claims: contradictions', () => {
  it('R03 R27 a risk screened and denied in the source, stated as present in the draft, is CONTRADICTED with a reason', () => {
    const v = verifyClaim('Client endorses suicidal ideation.', ['Pt denies SI.']);
    expect(v.label).toBe('CONTRADICTED');
    expect(v.reasons.join(' ')).toMatch(/source says denies suicidal ideation; draft says suicidal ideation present/);
    expect(v.riskPolarity).toBe('present');
    expect(label('Denies HI; no plan to hurt anyone.', 'Client reports thoughts of harming her landlord.')).toBe('CONTRADICTED');
    expect(label('Client has a plan to end his life.', 'Passive SI, no plan, no intent.')).toBe('CONTRADICTED');
    expect(label('Client has access to a handgun at home.', 'No access to firearms.')).toBe('CONTRADICTED');
  });

  it('R03 negation: NegEx pre- and post-triggers, pseudo-triggers and termination terms', () => {
    expect(label('Client reports panic attacks this week.', 'No panic attacks this week.')).toBe('CONTRADICTED');
    expect(label('Client reports panic attacks this week.', 'Panic attacks this week: none.')).toBe('CONTRADICTED');
    // "no change" is a pseudo-trigger: it negates nothing.
    expect(label('Appetite is unchanged.', 'No change in appetite.')).toBe('SUPPORTED');
    // "but" ends the scope of "denies": the craving is present.
    expect(label('Client reports cravings for alcohol.', 'Denies drinking but reports cravings for alcohol.')).toBe('SUPPORTED');
    expect(label('Client endorses purging.', 'Client denies purging or restricting.')).toBe('CONTRADICTED');
  });

  it('R03 numbers with units: another value for the same measure is CONTRADICTED and named', () => {
    const v = verifyClaim('PHQ-9 was 18 today.', ['PHQ-9 of 12 today.']);
    expect(v.label).toBe('CONTRADICTED');
    expect(v.reasons[0]).toMatch(/12 .*in source; draft says 18/);
    expect(label('Sleeps about five hours a night.', 'Sleeping ~7 hrs/night.')).toBe('CONTRADICTED');
    expect(label('Lamotrigine 200 mg daily.', 'Lamotrigine 150 mg daily.')).toBe('CONTRADICTED');
  });

  it('R03 direction: up vs down, better vs worse, and "from A to B" read against its own numbers', () => {
    expect(label('Worry has increased since March.', 'Worry has decreased since March.')).toBe('CONTRADICTED');
    expect(label('Concentration is worse.', 'Concentration is better than last month.')).toBe('CONTRADICTED');
    expect(label('GAD-7 rose from 16 to 9.', 'GAD-7 went from 16 to 9.')).toBe('CONTRADICTED');
    expect(label('GAD-7 went from 9 to 16.', 'GAD-7 went from 16 to 9.')).toBe('CONTRADICTED');
  });

  it('R03 temporality: historical vs current, fact vs hypothetical', () => {
    expect(label('Client is currently purging.', 'History of purging as a teenager.')).toBe('CONTRADICTED');
    expect(label('Client burned herself this week.', 'Burned herself at age 15; none since.')).toBe('CONTRADICTED');
    expect(label('Client has enrolled in a DBT group.', 'Client would consider a DBT group if the waitlist is short.')).toBe('CONTRADICTED');
    expect(label('Client acted on an urge to self-harm.', 'Urges to self-harm twice, did not act on them.')).toBe('CONTRADICTED');
  });

  it('R03 experiencer: a family member’s history is not the client’s', () => {
    const v = verifyClaim('Client has panic disorder.', ['Her father has panic disorder.']);
    expect(v.label).toBe('CONTRADICTED');
    expect(v.reasons.join(' ')).toMatch(/father/);
    expect(label('Client shoved his roommate.', 'Client says his roommate shoved him.')).toBe('CONTRADICTED');
  });

  it('R03 certainty: possible, suspected or rule out is not a diagnosis', () => {
    expect(label('Client has PTSD.', 'Possible PTSD; screen next visit.')).toBe('CONTRADICTED');
    expect(label('Client was diagnosed with an eating disorder.', 'R/O eating disorder.')).toBe('CONTRADICTED');
    expect(label('Suspected eating disorder.', 'R/O eating disorder.')).toBe('SUPPORTED');
  });

  it('R03 actions with status: done vs not done, assigned vs not, medication started vs stopped', () => {
    expect(label('Client practiced the grounding skill daily.', 'Did not practice the grounding skill.')).toBe('CONTRADICTED');
    expect(label('Client attended the family session.', 'Client missed the family session.')).toBe('CONTRADICTED');
    expect(label('Quetiapine 25 mg was stopped.', 'Started quetiapine 25 mg at bedtime.')).toBe('CONTRADICTED');
    expect(label('Buspirone was continued at 10 mg.', 'Buspirone discontinued last week.')).toBe('CONTRADICTED');
  });
});

describe('claims: inventions', () => {
  it('R03 R27 a fact no cited segment states is UNSUPPORTED, with the words it adds', () => {
    const v = verifyClaim('Client attended yoga twice and began journaling.', ['Attended yoga class twice.']);
    expect(v.label).toBe('UNSUPPORTED');
    expect(v.reasons.join(' ')).toMatch(/journal/);
    expect(label('Client denies SI.', 'Client slept better this week.')).toBe('UNSUPPORTED');
    expect(label('Started escitalopram 10 mg.', 'Talked about her new apartment.')).toBe('UNSUPPORTED');
    expect(label('Mood is better this week.', 'Mood described as low.')).toBe('UNSUPPORTED');
    expect(label('Client said "I feel trapped at work".', 'Client said work is busy.')).toBe('UNSUPPORTED');
    expect(verifyClaim('Anything at all.', []).reasons).toEqual(['cites no source']);
  });
});

describe('claims: faithful paraphrases pass', () => {
  it('R03 abbreviations, symbols, reporting verbs, reordering and two-segment summaries are SUPPORTED', () => {
    expect(label('Client denies suicidal and homicidal ideation.', 'Pt denies SI/HI.')).toBe('SUPPORTED');
    expect(label('Follow-up in 3 weeks.', 'F/u 3 wks.')).toBe('SUPPORTED');
    expect(label('Anxiety increased this week.', 'Anxiety ↑ this week.')).toBe('SUPPORTED');
    expect(label('Client states she has had trouble sleeping.', 'Reports insomnia.')).toBe('SUPPORTED');
    expect(label('Client describes low mood most days.', 'Depressed most days.')).toBe('SUPPORTED');
    expect(label('On Sunday the client went hiking with her brother.', 'Went hiking with her brother on Sunday.')).toBe('SUPPORTED');
    expect(label('Client walked twice this week and reported that her knee pain eased.', 'Walked 2x this week.', 'Knee pain eased.')).toBe('SUPPORTED');
  });

  it('R03 a sentence reporting a screened and denied risk is a denial, not an alarm', () => {
    expect(riskPolarityOf('Client denies SI/HI.')).toBe('denied');
    expect(riskPolarityOf('No self-harm since March.')).toBe('denied');
    expect(riskPolarityOf('Reports urges to self-harm.')).toBe('present');
    expect(riskPolarityOf('Client slept well.')).toBeNull();
  });
});

describe('verifyAnswer carries the labels', () => {
  it('R03 R27 each draft sentence has a label, reasons and risk polarity; omitted risks keep their polarity', () => {
    const segs = segmentSource('bullets', '- Denies SI/HI.\n- Drinks 3 beers most nights.\n- Slept 6 hours.\n- No abuse disclosed.');
    const answer = parseAnswer(
      JSON.stringify({
        sections: [
          { key: 'data', sentences: [{ text: 'Client endorses SI.', sourceIds: ['s1'] }, { text: 'Client slept 6 hours.', sourceIds: ['s3'] }, { text: 'Client started sertraline.', sourceIds: ['s3'] }] },
        ],
        goalSuggestions: [],
      }),
    )!;
    const v = verifyAnswer(answer, 'dap', segs, new Map());
    const [endorses, slept, sertraline] = v.sections[0]!.sentences;
    expect(endorses).toMatchObject({ label: 'CONTRADICTED', riskPolarity: 'present', unsupported: true });
    expect(endorses!.flags).toContain('unsupported_risk');
    expect(slept).toMatchObject({ label: 'SUPPORTED', reasons: [], riskPolarity: null, unsupported: false });
    expect(sertraline).toMatchObject({ label: 'UNSUPPORTED', unsupported: true });
    expect(v.flags.map((f) => f.label)).toEqual(['CONTRADICTED', 'UNSUPPORTED']);
    const omitted = Object.fromEntries(v.omittedRisks.map((o) => [o.category, o.polarity]));
    // Substance use is stated (an alarm); the rest were only screened and denied. Suicide counts as
    // left out: the only sentence about it contradicts the source.
    expect(omitted).toEqual({ suicide: 'denied', homicide: 'denied', substance: 'present', abuse: 'denied' });
  });
});

describe('claims: paraphrases the verifier was not written for', () => {
  it('R03 synonyms from WordNet, also behind a paraphrase class, match their source and are still compared', () => {
    expect(label('Client said she is upset about the court hearing next week.', 'Client reported feeling worried about her upcoming court date.')).toBe('SUPPORTED');
    expect(label('The client was scared by noises at night.', 'Client was frightened by the noises at night.')).toBe('SUPPORTED');
    // A synonym with the other polarity is still a contradiction.
    expect(label('The client was not scared by the noises.', 'Client was frightened by the noises at night.')).toBe('CONTRADICTED');
  });
  it('R03 one negation scoped over different words on each side is one fact, not two', () => {
    expect(label('Client admitted she did not complete the homework.', 'Client acknowledged that the homework was not completed.')).toBe('SUPPORTED');
    expect(label('Client completed the homework.', 'Client acknowledged that the homework was not completed.')).toBe('CONTRADICTED');
    // A negation elsewhere in the draft's clause does not excuse a denied risk stated as present.
    expect(label('Client reports a plan to act on thoughts that life is not worth living.', 'Client denies intent or plan; reports passive thoughts that life is not worth living.')).toBe('CONTRADICTED');
  });
  it('R03 the person: "the death of her father" is the father\'s; a parent\'s "her son" may be the draft\'s "he"', () => {
    expect(label('Client became tearful talking about the death of her father.', "Client cried when discussing her father's death.")).toBe('SUPPORTED');
    expect(label('According to his mother, he misses school two times weekly.', 'Mother says her son has been skipping school twice a week.')).toBe('SUPPORTED');
    expect(label('Client has custody of the children on weekends.', "Client's ex-husband has custody of the children on weekends.")).toBe('CONTRADICTED');
  });
});
