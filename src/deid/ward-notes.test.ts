// R35: the clinical round-9 rules (ward-notes.ts), one test per kind of identifier an ICU or ward
// note writes in lower case or capitals and the round's generator (bench/deid/clinical-gen9.ts)
// showed missed or misread. New sentences, not the generator's; each kind has a near miss that must
// stay readable. Every name, place and firm here is invented.
import { describe, expect, it } from 'vitest';
import { detect } from './index.ts';

const words = (text: string, type?: string): string[] =>
  detect(text)
    .filter((s) => type === undefined || s.type === type)
    .map((s) => text.slice(s.start, s.end));
const all = (text: string): string => words(text).join(' | ');
// A stretch of lower-case shorthand that makes a text read as a ward note.
const NOTE = 'neuro: aox3, mae. resp: ls clear, 2l nc, sats 95%. cv: sr 70s, bp 122/70, pt on lopressor 25 po bid. gi: abd soft, tol po.\n';

describe('R35 clinical round 9: places, firms and kin in lower-case ward notes', () => {
  it('R35 takes a town after a verb of living or travelling, not a dwelling, a state or a way of travel', () => {
    expect(all(NOTE + 'social: lives alone in little quobbin; nephew visits.')).toContain('little quobbin');
    expect(all(NOTE + 'social: son drove up from pennacook falls today.')).toContain('pennacook falls');
    expect(all(NOTE + 'social: lives alone in an apartment, moved to florida last yr, came in by ambulance.')).toBe('');
    expect(all(NOTE + 'SOCIAL: LIVES WITH WIFE IN OWN HOME.'.toUpperCase())).toBe('');
  });

  it('R35 takes a hospital after a word of transfer or records, not a unit, a test or a feeling', () => {
    expect(all(NOTE + 'pt transferred from quarnbeck valley for cath.')).toContain('quarnbeck valley');
    expect(all(NOTE + 'old records from st. quintilla reviewed.')).toContain('quintilla');
    expect(all(NOTE + 'pt transferred to floor, then to ct scan; admitted to feeling dizzy.')).toBe('');
  });

  it('R35 takes an employer after a verb of employment or "his company", not a plain noun', () => {
    expect(all(NOTE + 'social: retired from zorvalent plastics, wife at bedside.')).toContain('zorvalent plastics');
    expect(all(NOTE + 'Social: worried about his company Quandrelix.')).toContain('Quandrelix');
    expect(all(NOTE + 'social: works for the city as a driver, retired from teaching.')).toBe('');
  });

  it("R35 takes children named as a pair, a relative's full name and the owner of a house, not a word pair", () => {
    expect(all(NOTE + 'social: 2 daughters who are hcp, ottla and brunhild.')).toBe('ottla | brunhild');
    expect(all(NOTE + 'social: wife quenilda ostrowe called, updated on plan tonight.')).toContain('quenilda ostrowe');
    expect(all(NOTE + 'neuro: confused, thinks he is at wendel\'s house.')).toContain('wendel');
    expect(all(NOTE + 'social: 2 sons, both supportive and involved.')).toBe('');
  });

  it('R35 reads a month "of" a year as two dates, and a facility named only by its service as none', () => {
    const t = NOTE + 'hx: in march of 2091 pt had a fall.';
    expect(words(t, 'DATE')).toEqual(['march', '2091']);
    expect(all(NOTE + 'plan: heart center f/u, cardiac rehab referral, assisted living info given.')).toBe('');
  });
});
