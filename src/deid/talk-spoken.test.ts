// R35: identifiers as people say them in counselling talk or type them in chat (talk-spoken.ts, and
// the talk name shapes of names.ts), in invented sentences with obviously synthetic identities: each
// case names the words that must be caught, and the negatives say what must stay readable.
import { describe, expect, it } from 'vitest';
import { detect } from './index.ts';

const found = (text: string): string[] => detect(text).map((s) => text.slice(s.start, s.end));
const covers = (text: string, word: string): boolean => {
  const at = text.indexOf(word);
  return detect(text).some((s) => s.start <= at && s.end >= at + word.length);
};
const typeOf = (text: string, word: string): string | undefined => {
  const at = text.indexOf(word);
  return detect(text).find((s) => s.start <= at && s.end >= at + word.length)?.type;
};

const CAUGHT: readonly [string, readonly string[]][] = [
  // Numbers read in pairs, teens and tens; "double"; an area code said apart.
  ['Client: You can get me on four one six, three nine two, fifty-three fourteen.', ['four one six, three nine two, fifty-three fourteen']],
  ['Client: My cell is five oh three, fifty-five, twelve, thirty-four.', ['five oh three, fifty-five, twelve, thirty-four']],
  ['Client: The area code is six one seven and then 555-0148.', ['six one seven', '555-0148']],
  // A spelled surname, with the name it spells.
  ['Client: My last name is Quillbrook, Q-U-I-L-L-B-R-O-O-K.', ['Quillbrook', 'Q-U-I-L-L-B-R-O-O-K']],
  ['Client: It is Zanderby, Z. A. N. D. E. R. B. Y, nobody gets it right.', ['Zanderby', 'Z. A. N. D. E. R. B. Y']],
  // E-mail hidden from scrapers.
  ['Client: My email is zed.quillbrook at yahoo.com if you need it.', ['zed.quillbrook at yahoo.com']],
  ['Client: Write to zquill [at] mailbox [dot] org please.', ['zquill [at] mailbox [dot] org']],
  ['Client: email me at zed.q88 at outlook, I check it daily.', ['zed.q88 at outlook']],
  // Dates as said: a range ending in a bare day, "of" a year, a year in words, a day alone.
  ['Client: I will be away March 10 through 13 for the training.', ['March 10 through 13']],
  ['Client: I am at my sister’s from the 2nd to the 5th of August.', ['2nd to the 5th of August']],
  ['Client: My court date is January 18 of 2027.', ['January 18 of 2027']],
  ['Client: It was March fifth, twenty twenty-three, when I got out.', ['March fifth, twenty twenty-three']],
  ['Client: Rent is due on the fifth.', ['fifth']],
  // Ages over 89 in words after a verb of reaching or being.
  ['Client: Grandpa made it to ninety nine, can you believe that.', ['ninety nine']],
  ['Client: He turned a hundred last spring.', ['a hundred']],
  // Record numbers: the last four, a screenshot, a vanity plate, a road.
  ['Client: The last four of my social are 6789.', ['6789']],
  ['Client: I saved it as Screenshot 2026-01-02 at 10.15.00.png on my phone.', ['Screenshot 2026-01-02 at 10.15.00.png']],
  ['Client: My vanity plate says ZQ4EVER, my kids picked it.', ['ZQ4EVER']],
  ['Client: The accident was out on Farm to Market 2222 past the gas station.', ['Farm to Market 2222']],
  ['Client: It happened off Route 9.', ['Route 9']],
  ['Client: I used to buy on the corner of Quillmere and Tenth.', ['Quillmere', 'Tenth']],
  ['Client: I ran into her at the Starglow Skating Rink on Friday.', ['Starglow Skating']],
  // People: chat names, nicknames, lists, vocatives, possessors, titles.
  ['Client: lol zandrix texted me at 3am again', ['zandrix']],
  ['Client: me n zandrix went to the river', ['zandrix']],
  ['Client: His real name is Zandrix but everybody calls him Moose.', ['Zandrix', 'Moose']],
  ['Client: Quorwin, Zandrix and Ebenezer were all there, so I left early.', ['Quorwin', 'Zandrix', 'Ebenezer']],
  ['Counsellor: That sounds exhausting, Zandrix.', ['Zandrix']],
  ["Client: Zandrix's mom still won't let her see me.", ['Zandrix']],
  ['Client: My sponsor is Quorwin Zandrell, she has eleven years sober.', ['Quorwin']],
  ['Client: Deputy Quillbrook is the one who found him.', ['Quillbrook']],
  ['Client: I was born in Lebanon, Wyoming but I barely remember it.', ['Lebanon']],
  ['Client: He keeps messaging me from a new account, zed.quill94.', ['zed.quill94']],
  ['Client: My sponsor is Quorwin Ladder, she has eleven years sober.', ['Quorwin', 'Ladder']],
  ['Client: The posts came from 192.168.6.32:3389, so they know it was him.', ['192.168.6.32:3389']],
  ['Client: I saved it as zed_bday.png in case I need proof.', ['zed_bday.png']],
];

const READABLE: readonly [string, string][] = [
  // Counting and years are no phone number; "look at" a site is no address.
  ['Client: We counted ten, twenty, thirty, forty, fifty, sixty out loud.', 'twenty'],
  ['Client: Look at example.com for the schedule.', 'Look'],
  // A possessive pronoun before a relative, a numbered form, a list of hobbies.
  ["Client: Everyone's mom was at the game but mine.", 'Everyone'],
  ['Client: I had to fill in the I-94 form again.', 'I-94'],
  ['Client: My weekends are gardening, chess, Kayaking.', 'Kayaking'],
  ['Client: He was a hundred percent sure.', 'hundred'],
  ['Client: The second time was worse.', 'second'],
  ['Client: Her sats were 98 on room air.', '98'],
];

describe('R35 identifiers as said in talk and typed in chat', () => {
  for (const [text, words] of CAUGHT) {
    it(`R35 catches ${words.join(' | ')}`, () => {
      for (const w of words) expect(covers(text, w), `${w} in ${text} (found ${JSON.stringify(found(text))})`).toBe(true);
    });
  }
  for (const [text, word] of READABLE) {
    it(`R35 leaves "${word}" readable in: ${text}`, () => {
      expect(covers(text, word), `found ${JSON.stringify(found(text))}`).toBe(false);
    });
  }
  it('R35 types a social security number read after "social" as SSN, a phone read out as PHONE', () => {
    const ssn = 'Client: My social is four one two, fifty, thirty-four oh two, I know it by heart.';
    expect(typeOf(ssn, 'four one two')).toBe('SSN');
    const phone = 'Client: Her number is seven double five, two two one, double eight four oh.';
    expect(typeOf(phone, 'seven double five')).toBe('PHONE');
  });
  it('R35 a title before a street suffix names a person, not a road', () => {
    expect(typeOf('Client: Officer Pike was decent to me that night.', 'Pike')).toBe('NAME');
  });
});
