// R35 talk round 7 (issue 14): regression tests for the casual-talk rules (talk-casual.ts) and the
// talk changes in talk-told.ts, talk-places.ts, talk-spoken.ts, patterns.ts and names.ts, in new
// sentences written for this file with obviously synthetic identities (not lines of any benchmark
// set). Negatives say what must stay readable.
import { describe, expect, it } from 'vitest';
import { detect } from './index.ts';
import { detectTold } from './talk-told.ts';
import { tokenizeWithFlags } from './tokens.ts';

/** The span covering `word` in `text`, with its type, or undefined. */
const spanOf = (text: string, word: string): { type: string; text: string } | undefined => {
  const at = text.indexOf(word);
  if (at < 0) throw new Error(`test sentence lacks "${word}"`);
  const s = detect(text).find((x) => x.start <= at && x.end >= at + word.length);
  return s && { type: s.type, text: text.slice(s.start, s.end) };
};
const flagged = (text: string, word: string): boolean => {
  const at = text.indexOf(word);
  if (at < 0) throw new Error(`test sentence lacks "${word}"`);
  return detect(text).some((x) => x.start < at + word.length && x.end > at);
};

const CAUGHT: readonly [string, string, string][] = [
  // A weekday with its day.
  ['Client: it all blew up last weds the 9th, after bingo.', 'weds the 9th', 'DATE'],
  ['Client: We signed the lease Thursday the twenty-second and I cried in the car.', 'Thursday the twenty-second', 'DATE'],
  // A day in digits after "is"/"for", closing its clause.
  ['Client: My hearing is the 17th, so I need a ride.', '17th', 'DATE'],
  ['Client: They put me on the calendar for the 4th.', '4th', 'DATE'],
  ['Client: the rent thing is the twelfth and i dont have it', 'twelfth', 'DATE'],
  // Quoted nicknames.
  ['Client: Everyone on the block calls my cousin "Sprinkles" and he hates it.', 'Sprinkles', 'NAME'],
  ['Client: Then "Gravy" turns up at the party like nothing happened.', 'Gravy', 'NAME'],
  ['Client: my sister still calls me "wobble" at dinner', 'wobble', 'NAME'],
  // Numbered streets alone, phones in odd groups.
  ['Client: The laundromat on 57th, that is where I sleep some nights.', '57th', 'GEO'],
  ['Client: ok hmu at 313 42 77 590 whenever', '313 42 77 590', 'PHONE'],
  // Years read in words, a provider said in two words, handles.
  ['Client: Dad left on March ninth, two thousand twenty-three, and never called.', 'March ninth, two thousand twenty-three', 'DATE'],
  ['Client: write to quillon underscore 19 at g mail dot com please', 'quillon underscore 19 at g mail dot com', 'EMAIL'],
  ['Client: She posts on tiktok as zarvo.quentley.daily now.', 'zarvo.quentley.daily', 'URL'],
  ['Client: I found his reddit, u/zarvoquentley, full of rants.', 'u/zarvoquentley', 'URL'],
  // Ages with kin.
  ['Client: My nan is a hundred and three this week.', 'a hundred and three', 'AGE'],
  // Venues after a preposition of where, or after bar work.
  ['Client: They found his car behind the Tin Kettle on Sunday.', 'the Tin Kettle', 'GEO'],
  ['Client: She bartends at Velvet Moth now, weekends only.', 'Velvet Moth', 'GEO'],
  // Chat names and towns.
  ['Client: tbh zorvath was the one who drove me home', 'zorvath', 'NAME'],
  ['Client: ngl mirelle quarrender was there too', 'mirelle quarrender', 'NAME'],
  ['Client: she moved 2 kalispell last fall', 'kalispell', 'GEO'],
  ['Client: i do the early shift out by kalispell', 'kalispell', 'GEO'],
  // Names after a preposition that takes a person, and a word surname after an unknown first name.
  ['Client: My whole week was about Quorvane, honestly.', 'Quorvane', 'NAME'],
  ['Client: My great-uncle, Zebulo Thimblewick, kept bees.', 'Zebulo Thimblewick', 'NAME'],
];

const KEPT: readonly [string, string][] = [
  // A weekday before a counted ordinal, a ranking in words, a day with "the" before it.
  ['Client: I sat the 9th grade exam twice.', '9th'],
  ['Client: This is the third, I swear.', 'third'],
  // A street by its ordinal needs the clause to end or a word of place after it.
  ['Client: I tripped on 2nd step and fell.', '2nd'],
  // Quoted words that are no nickname.
  ['Client: He called me "useless" in front of everyone.', 'useless'],
  ['Client: She calls me "honey" when she wants something.', 'honey'],
  ['Client: We call it "the pit" at work.', 'pit'],
  // Kin after a possessive, a lower-case word after a bare "name".
  ['Client: Your nan sounds lovely.', 'nan'],
  ['Client: I only learned his name after the funeral.', 'after'],
  // Chat shorthand is no name; urine output is no handle.
  ['Client: tbh rn i just want sleep', 'rn'],
  ['Client: lol ok whatever', 'ok'],
  ['Note: u/o 30 cc past hour, monitoring.', 'u/o'],
  // A phone needs a word for calling before its odd groups.
  ['Client: The scores were 313 42 77 590 in that order.', '313 42 77 590'],
];

describe('R35 talk round 7: casual talk and chat (talk-casual.ts and friends)', () => {
  it.each(CAUGHT)('R35 talk round 7 catches, in "%s", "%s" as %s', (text, word, type) => {
    expect(spanOf(text, word)?.type).toBe(type);
  });
  it.each(KEPT)('R35 talk round 7 leaves readable, in "%s", the word "%s"', (text, word) => {
    expect(flagged(text, word)).toBe(false);
  });
  it('R35 talk round 7: a nickname found in quotes is that person everywhere in the text', () => {
    const text = 'Client: We all called him "Marlock" back then.\nCounsellor: And now?\nClient: Marlock still owes me forty bucks.';
    const names = detect(text).filter((s) => s.type === 'NAME').map((s) => text.slice(s.start, s.end));
    expect(names).toEqual(['Marlock', 'Marlock']);
  });
  it('R35 talk round 7: the story rules run on a turn that opens with "I", and on third-person talk without clinical shorthand', () => {
    const told = (text: string): string[] => {
      const out: string[] = [];
      detectTold(text, (start, end) => out.push(text.slice(start, end)), tokenizeWithFlags(text).tokens);
      return out;
    };
    // (The old gate wanted a space before "I".)
    expect(told('I finally blocked Quennery after that.')).toEqual(['Quennery']);
    expect(told('He bartends at Gilded Newt now, weekends only.')).toEqual(['Gilded Newt']);
    // A note with shorthand and no speaker still does not read as a story.
    expect(told('Pt to walk down Zorbleton with PT. So Barley moved to the ward at noon.')).toEqual([]);
  });
});
