// R35 talk round "talk8" (issue 14): kinds of misses and false alarms fixed in talk-said.ts, dates.ts,
// talk-shapes.ts, names.ts and talk-not-people.ts, each on sentences written for this file with
// obviously synthetic values (not lines of any benchmark set).
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

describe('R35 talk8: ages over 89 as people say them', () => {
  it('R35 reads an age in words after "age of" and "aged"', () => {
    expect(flagged('Client: At the age of a hundred and three my great-aunt Zebulonia took up painting.', 'a hundred and three')).toBe(true);
    expect(flagged('Client: the lodger, aged ninety-six, never paid on time', 'ninety-six')).toBe(true);
  });
  it('R35 reads an age in words after "at" in a clause about a person, not a speed', () => {
    expect(flagged('Client: my grandad learned to swim at ninety seven, no joke', 'ninety seven')).toBe(true);
    expect(flagged('Client: the bus was doing at ninety miles an hour', 'ninety')).toBe(false);
  });
  it('R35 reads "years young" and "-year-old" with no noun, but not a thing\'s age', () => {
    expect(flagged('Client: Auntie Quorra, ninety-four years young, still gardens.', 'ninety-four')).toBe(true);
    expect(flagged('Client: A ninety-nine-year-old should not climb ladders.', 'ninety-nine')).toBe(true);
    expect(flagged('Client: we rent a hundred-year-old cottage by the river', 'hundred')).toBe(false);
  });
  it('R35 reads an owned ordinal age without "birthday"', () => {
    expect(flagged("Client: Her ninety-fourth is on Friday and I can't face the cake.", 'ninety-fourth')).toBe(true);
    expect(flagged('Client: for his 101st, the whole ward sang', '101st')).toBe(true);
    expect(flagged('Client: it was his 95th attempt at the crossword', '95th')).toBe(false);
  });
  it('R35 reads a chat "shes" before an age and the same age said again in its line', () => {
    expect(flagged('Client: my nan shes ninety-one and still drives', 'ninety-one')).toBe(true);
    const t = 'Client: He gave up the pipe at ninety two, imagine that, at ninety two.';
    const second = t.lastIndexOf('ninety two');
    expect(detect(t).some((x) => x.start <= second && x.end > second)).toBe(true);
  });
  it('R35 marks the decade word of "in her late nineties", not the words before it', () => {
    expect(hits('Client: My neighbour is in her late nineties and sharp as a tack.', 'nineties')).toEqual(['nineties']);
    expect(flagged('Client: My neighbour is in her late nineties and sharp as a tack.', 'late')).toBe(false);
  });
  it('R35 leaves ages under 90 alone', () => {
    expect(detect("Client: my brother's two years older, he's thirty-one.")).toEqual([]);
    expect(detect('Client: When I was nineteen I had my first drink.')).toEqual([]);
  });
});

describe('R35 talk8: dates, codes, plates and e-mails as said', () => {
  it('R35 reads a holiday with its year said aloud or cut short', () => {
    expect(hits('Client: it all went wrong Thanksgiving two thousand and eleven', 'Thanksgiving')).toEqual(['Thanksgiving two thousand and eleven']);
    expect(flagged("Client: halloween '17 was the last time i used", "halloween '17")).toBe(true);
  });
  it('R35 reads a school term with its year', () => {
    expect(hits('Client: I dropped out in the spring semester of 2014.', 'spring')).toEqual(['the spring semester of 2014']);
    expect(flagged('Client: fall term 2009 was a blur', 'fall term 2009')).toBe(true);
  });
  it('R35 reads a plate spelled letter by letter after "tag"', () => {
    expect(flagged('Client: his van, tag Q W R six one eight, was parked outside', 'Q W R six one eight')).toBe(true);
  });
  it('R35 reads a code read out after a capital "ID", not after chat "id"', () => {
    expect(flagged('Counsellor: I have your ID as K V P four four one nine two zero seven', 'four four one nine')).toBe(true);
    expect(flagged('Client: id say like two or three times a week', 'two or three')).toBe(false);
  });
  it('R35 reads a member number after a filler between label and number', () => {
    expect(flagged('Client: My member number is, hang on, XQZ 448 201 937.', 'XQZ 448 201 937')).toBe(true);
  });
  it("R35 reads a said e-mail's initial and words joined by 'underscore'", () => {
    expect(hits('Client: write to j quillfeather at gmail dot com please', 'quillfeather')).toEqual(['j quillfeather at gmail dot com']);
    expect(hits('Client: it is zanzibar underscore plumtree four two at yahoo dot com', 'plumtree')).toEqual(['zanzibar underscore plumtree four two at yahoo dot com']);
  });
});

describe('R35 talk8: capitalised words that are not people', () => {
  it('R35 leaves a product named after a person or a place', () => {
    expect(detect('Client: She smoked Virginia Slims on the porch every night.')).toEqual([]);
    expect(detect('Client: two Bud Light cans and I was done')).toEqual([]);
    expect(detect('Client: I bought a bottle of Jack Daniels after the hearing.')).toEqual([]);
  });
  it('R35 leaves a name that is a plain word, lower case in a line that capitalises', () => {
    expect(detect('Client: The gum tastes like pepper, I hate it.')).toEqual([]);
  });
  it('R35 still reads a cued person whose name is also a word', () => {
    expect(flagged('Client: My cousin Pepper said I should call you.', 'Pepper')).toBe(true);
    expect(flagged('Client: john had given me the keys before he left', 'john')).toBe(true);
  });
});

describe('R35 a full name opening a note section, after the talk8 word rule', () => {
  it('R35 takes a given name that is also a word when a capitalised word follows it mid-sentence', () => {
    for (const n of ['Griffin Ashcombe', 'Pepper Lindqvist']) {
      const t = `Session 3, DAP.\nD: ${n} shared his sleep log from the week.\nA: calmer.`;
      expect(flagged(t, n.split(' ')[0]!)).toBe(true);
      expect(flagged(t, n.split(' ')[1]!)).toBe(true);
    }
  });
});
