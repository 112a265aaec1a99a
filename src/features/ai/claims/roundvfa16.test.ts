// Round vfa (issue 15, 2026-12-07): false alarms on drafts written from clinician bullets —
// words that frame what the source records, generic engagement summaries, interventions named
// at a higher level, report register, people a pronoun stands for, names by their parts, British
// dose and interval shorthand. Each reading comes with a control that a contradiction or an
// invention still gets through. Our own synthetic sentences (obviously fake people).
import { describe, expect, it } from 'vitest';
import { verifyClaim } from './index.ts';
import { normalise } from './text.ts';

const label = (sentence: string, cited: string[], context: string[] = []): string => verifyClaim(sentence, cited, context).label;

describe('claims: faithful drafts from clinician bullets (round vfa)', () => {
  it('R03 a verb that frames an act the source records adds nothing; a new object still does', () => {
    expect(label('Graded exposure was carried out in the session.', ['Did graded exposure in session, anxiety 6/10 to 2/10.'])).toBe('SUPPORTED');
    expect(label('A relapse plan was provided.', ['Relapse plan written together and given to client.'])).not.toBe('UNSUPPORTED');
    // Control: the framing verb does not license a new thing.
    expect(label('A sleep study was carried out.', ['Did graded exposure in session, anxiety 6/10 to 2/10.'])).not.toBe('SUPPORTED');
  });

  it('R03 an intervention named by its family needs a technique of that family in the source', () => {
    expect(label('Cognitive restructuring was used to challenge the thought that she is a failure.', ["Worked through a thought record on 'I'm a failure', found balanced alternative."])).toBe('SUPPORTED');
    expect(label('Relaxation skills were practised.', ['Practised paced breathing and PMR for 10 min.'])).toBe('SUPPORTED');
    // Control: a family the source names no technique of.
    expect(label('Cognitive restructuring was used.', ['Practised paced breathing and PMR for 10 min.'])).not.toBe('SUPPORTED');
  });

  it('R03 a generic engagement summary is supported by work done in session, not by a disengaged one', () => {
    const context = ['Skills group. Client: Mx Arden Pelloway (synthetic).'];
    expect(label('Mx Pelloway engaged actively in the session.', ['Reviewed diary card and practised the STOP skill twice.'], context)).toBe('SUPPORTED');
    expect(label('Mx Pelloway engaged actively in the session.', ['Quiet, declined to review diary card.'], context)).not.toBe('SUPPORTED');
  });

  it('R03 report register: support, adherence, blushing, avoidance by what the source says', () => {
    expect(label('He has support from his brother.', ['Brother visits on Sundays and helps with shopping.'])).toBe('SUPPORTED');
    expect(label('She blushes when speaking in class.', ['Goes red when she has to speak in class.'])).toBe('SUPPORTED');
    // Control: support with nobody who helps.
    expect(label('He has support from his brother.', ['Lives alone; brother abroad, no contact.'])).not.toBe('SUPPORTED');
  });

  it('R03 a person the cited text calls "him" is the one the note names elsewhere; never with the relation turned round', () => {
    const context = ['Bereavement work. Wife died in March.'];
    expect(label('He still talks to his wife’s photograph every night.', ['Talks to her photo every night.'], context)).toBe('SUPPORTED');
    expect(label('His daughter is his main carer.', ['Client is her main carer.'], ['Daughter has MS.'])).not.toBe('SUPPORTED');
  });

  it('R03 a couple or a group names its people: each partner, the members', () => {
    expect(label('Each partner listened without interrupting.', ['Both listened without interrupting.'], ['Couples session 4, Ms A. Quorrel and Mr B. Quorrel (synthetic).'])).toBe('SUPPORTED');
    // Control: "Partner B" is one person, and what is said of them still needs the source.
    expect(label('Partner B walked out of the session.', ['B felt dismissed.'], ['Couples session 4.'])).not.toBe('SUPPORTED');
  });

  it('R03 a name by its parts: possessive and double-barrelled', () => {
    const context = ['Clinic review. Client: Ms Ottoline Brackwater-Fenn (synthetic), 30.'];
    expect(label("Ms Brackwater-Fenn's sleep has improved.", ['Sleep improved since last review.'], context)).toBe('SUPPORTED');
  });

  it('R03 British shorthand: bd, 4/52, 3/12 after a timing word, a dose then OD is once daily; OD after taking stays an overdose', () => {
    expect(normalise('quibrazine 20mg BD')).toContain('2 times daily');
    expect(normalise('review 4/52')).toContain('4 weeks');
    expect(normalise('bloods in 3/12')).toContain('3 months');
    expect(normalise('seen 3/12/2025')).not.toContain('months');
    expect(normalise('Zelbrotine 10mg OD')).toContain('once daily');
    expect(normalise('took 40 mg OD')).toContain('overdose');
    expect(normalise('admitted after an OD')).toContain('overdose');
    expect(label('She will be reviewed in four weeks.', ['Plan: review 4/52.'])).toBe('SUPPORTED');
    expect(label('She will be reviewed in six weeks.', ['Plan: review 4/52.'])).not.toBe('SUPPORTED');
  });

  it('R03 "by half an hour" is thirty minutes, not half', () => {
    expect(label('She will delay checking by half an hour.', ['Delay checking 30 min.'])).toBe('SUPPORTED');
    expect(label('She will delay checking by an hour.', ['Delay checking 30 min.'])).not.toBe('SUPPORTED');
  });

  it('R03 a comparative in the source ("calmer") is a change the draft may state', () => {
    expect(label('He seemed more settled by the end.', ['Calmer by the end of the session.'])).toBe('SUPPORTED');
  });

  it('R03 a risk screen is never relaxed by these readings', () => {
    expect(label('She reports thoughts of ending her life.', ['Denies SI. Engaged well, practised breathing.'])).toBe('CONTRADICTED');
  });
});
