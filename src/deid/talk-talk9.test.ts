// R35 talk round "talk9" (issue 14): kinds of misses and false alarms fixed in talk-pieces.ts,
// talk-said.ts, talk-spoken.ts, names.ts, talk-not-people.ts and detect.ts, each on sentences written
// for this file with obviously synthetic values (not lines of any benchmark set).
import { describe, expect, it } from 'vitest';
import { detect } from './index.ts';

/** The text of every span that touches `word` in `text` (empty when none does). */
const hits = (text: string, word: string): string[] => {
  const at = text.indexOf(word);
  if (at < 0) throw new Error(`test sentence lacks "${word}"`);
  return detect(text)
    .filter((x) => x.start < at + word.length && x.end > at)
    .map((x) => text.slice(x.start, x.end));
};
const flagged = (text: string, word: string): boolean => hits(text, word).length > 0;

describe('R35 talk9: plan numbers said in pieces', () => {
  it('R35 reads digit groups joined by "then", "dash", "um" or "slash" after a plan label', () => {
    expect(flagged('Client: my subscriber number, uh, 804, then 317, then 652 i think', '652')).toBe(true);
    expect(flagged('Client: the policy is six oh two dash four one one dash eighty-eight thirty', 'eighty-eight')).toBe(true);
    expect(flagged('Client: Medicaid ID QX7710, um, 40962, they keep rejecting it', '40962')).toBe(true);
    expect(flagged('Client: member number 55120934 slash 07 on the new card', '07')).toBe(true);
  });
  it('R35 reads letters said one by one, then the digits after "and then"', () => {
    expect(flagged('Client: my member ID is R W Q, and then three four four nine oh two', 'nine')).toBe(true);
  });
  it('R35 does not read a short count after a plan word', () => {
    expect(flagged('Client: my insurance covers 12, then 10 sessions after that', '12')).toBe(false);
  });
});

describe('R35 talk9: plates told in pieces', () => {
  it('R35 reads the start and the end of a plate, not the words between', () => {
    const t = 'Client: a teal wagon, plate starts with 6 J and ends in four one nine';
    expect(hits(t, '6 J')).toEqual(['6 J']);
    expect(flagged(t, 'four one nine')).toBe(true);
    expect(flagged(t, 'ends')).toBe(false);
  });
  it('R35 reads a plate around "something something", and a mistyped label', () => {
    expect(flagged('Client: the plate was QP something something 318, thats all i saw', 'QP')).toBe(true);
    expect(flagged('Client: the palte was 7 R something 2 2 5', '2 2 5')).toBe(true);
    expect(flagged('Client: tags 4 H X V eight one two, on a bike', 'H X V')).toBe(true);
  });
  it('R35 reads no plate in "the plate was a mess"', () => {
    expect(detect('Client: the plate was a mess and so was i').length).toBe(0);
  });
});

describe('R35 talk9: regions, towns and initials in chat', () => {
  it('R35 reads a named region of a state after "the"', () => {
    expect(hits('Client: my uncle has a cabin up in the iron range', 'iron')).toEqual(['iron range']);
    expect(flagged('Client: we grew up out in the Panhandle, dirt roads', 'Panhandle')).toBe(true);
  });
  it('R35 reads a lower-case town with a town\'s shape after a verb of going or living', () => {
    expect(flagged('Client: she moved to port quillsby with the baby', 'quillsby')).toBe(true);
    expect(flagged('Client: i grew up outside zandermill springs, one bar two churches', 'zandermill')).toBe(true);
  });
  it('R35 reads no town in "moved to the east side" or "went to my hometown"', () => {
    expect(flagged('Client: we moved to east side after the fire', 'east')).toBe(false);
    expect(flagged('Client: i went to downtown and just walked', 'downtown')).toBe(false);
  });
  it('R35 reads two lower-case letters as initials with a cue of people, in a turn of talk', () => {
    expect(flagged('Client: me and qv got into it again lol', 'qv')).toBe(true);
    expect(flagged('Client: zk said i was overreacting', 'zk')).toBe(true);
    expect(flagged('Client: my friend wq is the one who drove', 'wq')).toBe(true);
  });
  it('R35 reads no initials in chat shorthand or in a note\'s shorthand', () => {
    expect(flagged('Client: me and my bf said we would try', 'bf')).toBe(false);
    expect(flagged('resp: sx q2h w/ sm amts, rhonchi improving', 'sm')).toBe(false);
  });
  it('R35 reads a lower-case name after a chat verb that takes a person', () => {
    expect(flagged('Client: i blocked zorvath on everything', 'zorvath')).toBe(true);
  });
});

describe('R35 talk9: e-mails said aloud and ages', () => {
  it('R35 reads "at the rate" as the at sign', () => {
    expect(hits('Client: its pellworth88 at the rate mail dot com', 'pellworth88')).toEqual(['pellworth88 at the rate mail dot com']);
  });
  it('R35 reads a surname, an initial and digits as one local part', () => {
    expect(hits('Client: write to quennell t four four at fastmail dot com', 'quennell')).toEqual(['quennell t four four at fastmail dot com']);
  });
  it('R35 reads an age over 89 after the Spanish "tiene"', () => {
    expect(flagged('Client: mi bisabuela tiene 97, still cooks', '97')).toBe(true);
  });
  it('R35 reads no age of a house, a tree or a farmhouse', () => {
    expect(flagged('Client: the barn is a hundred years old and leaning', 'hundred')).toBe(false);
    expect(flagged('Client: we rent a 110-year-old farmhouse', '110')).toBe(false);
    expect(flagged('Client: my great-grandmother is a hundred years old', 'hundred')).toBe(true);
  });
});

describe('R35 talk9: car makes are no people', () => {
  it('R35 reads no person in a make after an article, a colour or a verb of driving', () => {
    expect(flagged('Client: I drive a Ford and it never starts', 'Ford')).toBe(false);
    expect(flagged('Client: he had a maroon Camry back then', 'Camry')).toBe(false);
  });
  it('R35 still reads a surname that is a make when it names a person', () => {
    expect(flagged('Client: Mrs Ford said I could stay with her', 'Ford')).toBe(true);
  });
});
