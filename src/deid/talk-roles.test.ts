// R35 (round talkrole): the role a capitalised word fills in its clause decides between person,
// place and thing in talk. Sentences written for this test; every name and place is invented.
import { beforeAll, describe, expect, it } from 'vitest';
import { detect, explain, loadDeidResources } from './index.ts';
import { clauseRole } from './talk-roles.ts';

const typed = (text: string, type: 'NAME' | 'GEO'): string[] => detect(text).filter((s) => s.type === type).map((s) => text.slice(s.start, s.end));
const talk = (...lines: string[]): string => lines.map((l, i) => `${i % 2 ? 'Counsellor' : 'Client'}: ${l}`).join('\n');
const roleOf = (text: string, word: string): string | undefined => {
  const at = text.indexOf(word);
  return clauseRole(text, at, at + word.length)?.role;
};

beforeAll(async () => {
  await loadDeidResources();
});

describe('R35 talkrole: the clause role of a capitalised word', () => {
  it('R35 reads person slots: apposition, object of a social verb, owner of kin or feelings, vocative, subject of saying', () => {
    expect(roleOf('My nephew Orrin wants a dog.', 'Orrin')).toBe('person');
    expect(roleOf('I finally texted Maribel last night.', 'Maribel')).toBe('person');
    expect(roleOf('Jessamy\'s grief is everywhere in that house.', 'Jessamy')).toBe('person');
    expect(roleOf('Thanks, Tiberius, I needed that.', 'Tiberius')).toBe('person');
    expect(roleOf('Then Clementine said she was done.', 'Clementine')).toBe('person');
  });

  it('R35 reads place slots: after a word of place or motion, before a street word', () => {
    expect(roleOf('We moved to Thistledown after the flood.', 'Thistledown')).toBe('place');
    expect(roleOf('The flat on Garnet Street was tiny.', 'Garnet')).toBe('place');
  });

  it('R35 reads thing slots: after a determiner, the object of a verb of use, before a noun of a thing', () => {
    expect(roleOf('I threw my Motorola at the wall.', 'Motorola')).toBe('thing');
    expect(roleOf('She watched Columbo until dawn.', 'Columbo')).toBe('thing');
    expect(roleOf('He got me a Pandora charm.', 'Pandora')).toBe('thing');
    // (A person word between the determiner and the name makes it an apposition.)
    expect(roleOf('My cousin Marcellus is coming.', 'Marcellus')).toBe('person');
  });

  it('R35 a name-like product after a determiner is no name, a person the text names elsewhere stays one', () => {
    expect(typed(talk('I keep a Sharpie in every bag I own.', 'What is it for?'), 'NAME')).toEqual([]);
    expect(typed(talk('He bought her a Tiffany necklace to say sorry.', 'Did it help?'), 'NAME')).toEqual([]);
    const text = talk('Tiffany called me crying again.', 'And then?', 'Then the Tiffany I knew came back, kind and funny.');
    expect(typed(text, 'NAME').filter((w) => w === 'Tiffany').length).toBe(2);
  });

  it('R35 a region after "in the" keeps its place, lower-case chat is left to the other rules', () => {
    expect(typed(talk('my folks still live down in the iron range', 'How far is that?'), 'GEO').join(' ')).toContain('iron range');
  });

  it('R35 a month that fills no person slot is the month; one who speaks is a person', () => {
    expect(typed(talk('August was when the drinking got bad.', 'What happened then?'), 'NAME')).toEqual([]);
    expect(typed(talk('June said she would come to the hearing.', 'Did she?'), 'NAME')).toEqual(['June']);
  });

  it('R35 a listed first name in a strong person slot is caught even when it is an everyday word', () => {
    expect(typed(talk('Amber\'s panic attacks started in spring.', 'Tell me more.'), 'NAME')).toEqual(['Amber']);
  });

  it('R35 explain() shows the clause role beside a name or place proposal', () => {
    const text = talk('I texted Maribel from the bus to Thistledown.', 'Okay.');
    const why = explain(text).proposals.filter((p) => p.type === 'NAME' || p.type === 'GEO').map((p) => p.evidence).join(' | ');
    expect(why).toContain('clause role person');
  });
});
