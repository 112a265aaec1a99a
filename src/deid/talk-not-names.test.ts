// R35 (round talkfp): capitalised words of kinds that are no person or place stay out of NAME and
// GEO in talk, and true names beside the same cues stay caught. Sentences written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import { detect, loadDeidResources } from './index.ts';

const typed = (text: string, type: 'NAME' | 'GEO'): string[] => detect(text).filter((s) => s.type === type).map((s) => text.slice(s.start, s.end));
const talk = (...lines: string[]): string => lines.map((l, i) => `${i % 2 ? 'Counsellor' : 'Client'}: ${l}`).join('\n');

beforeAll(async () => {
  await loadDeidResources();
});

describe('R35 talkfp: words that are not people or places', () => {
  it('R35 an oath with a deity is no person, a cousin called so is', () => {
    expect(typed(talk('Jesus Christ, the queue at the pharmacy was endless.', 'Go on.'), 'NAME')).toEqual([]);
    expect(typed(talk('My cousin Jesus drove me to the clinic.', 'That was kind.'), 'NAME')).toContain('Jesus');
  });

  it('R35 a planet is no town, a town after "in" stays one', () => {
    expect(typed('He acts like he came down from Jupiter to grace us with his presence.', 'GEO')).toEqual([]);
  });

  it('R35 a language after a verb of speaking is no person', () => {
    expect(typed(talk('My stepfather only speaks Tagalog at home.', 'How is that for you?'), 'NAME')).toEqual([]);
  });

  it('R35 a condition named after a person, in the possessive, is no person', () => {
    expect(typed(talk('My aunt has Hashimoto\'s and it wipes her out.', 'That sounds draining.'), 'NAME')).toEqual([]);
  });

  it('R35 a title after its noun or a verb of playing is no person', () => {
    expect(typed(talk('The song Hallelujah always gets me.', 'Mm.'), 'NAME')).toEqual([]);
    expect(typed('lol we were playing zelda till midnight', 'NAME')).toEqual([]);
  });

  it('R35 camel-case brands of two everyday words are no place', () => {
    expect(typed(talk('Half my money goes to DoorDash every week.', 'Okay.'), 'GEO')).toEqual([]);
  });

  it('R35 kin words used as names and compass regions are not identifiers; a named sister is', () => {
    expect(typed(talk('Granny and Papa raised us after that.', 'Tell me more.'), 'NAME')).toEqual([]);
    expect(typed(talk('The Midwest winters are long.', 'They are.'), 'GEO')).toEqual([]);
    expect(typed(talk('My sister Kaylee lives in Fresno now.', 'Do you see her?'), 'NAME')).toContain('Kaylee');
  });

  it('R35 a state after a compass word stays with its place', () => {
    const t = 'I was born in Harlan, West Virginia and left at nineteen.';
    expect(detect(t).some((s) => s.type === 'GEO' && t.slice(s.start, s.end).includes('Harlan'))).toBe(true);
  });
});
