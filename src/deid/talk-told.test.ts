// R35: identifiers told in a story (talk-told.ts), in invented sentences with obviously synthetic
// identities: the cue word a few words from the value, a number said over two turns, a town after a
// street, a ZIP and an age in words, a day corrected, a venue, district or street with no kind word,
// a person as the object or subject of a verb. Negatives say what must stay readable.
import { describe, expect, it } from 'vitest';
import { detect } from './index.ts';
import { detectTold } from './talk-told.ts';
import { tokenizeWithFlags } from './tokens.ts';

const spanOf = (text: string, word: string): { type: string; exact: boolean } | undefined => {
  const at = text.indexOf(word);
  const s = detect(text).find((x) => x.start <= at && x.end >= at + word.length);
  return s && { type: s.type, exact: s.start === at && s.end === at + word.length };
};

const CAUGHT: readonly [string, string, string][] = [
  ['Client: I wrote his plate down, 7-Q-Z-X, four oh two, in case he came back.', '7-Q-Z-X, four oh two', 'VEHICLE'],
  ['Client: The officer read my license back to me, Q seven one oh two three four, and said it was void.', 'Q seven one oh two three four', 'LICENSE'],
  ['Client: The member ID starts Q-Z-X, hold on.\nCounsellor: Sure.\nClient: then it\'s oh nine nine one two three.', 'Q-Z-X', 'HEALTH_PLAN'],
  ['Client: The member ID starts Q-Z-X, hold on.\nCounsellor: Sure.\nClient: then it\'s oh nine nine one two three.', 'oh nine nine one two three', 'HEALTH_PLAN'],
  ['Client: The account number is 9021\nCounsellor: Mm-hm.\nClient: 5503 1187, the frozen one.', '5503 1187', 'ACCOUNT'],
  ['Client: Mail it to 77 Zorbleton Trail, Quillfern, four oh nine oh two, please.', 'Quillfern', 'GEO'],
  ['Client: Mail it to 77 Zorbleton Trail, Quillfern, four oh nine oh two, please.', 'four oh nine oh two', 'GEO'],
  ['Client: The zip is eight oh one oh four, they keep getting it wrong.', 'eight oh one oh four', 'GEO'],
  ['Client: Great-grandpa turns a hundred and two in May.', 'a hundred and two', 'AGE'],
  ["Client: She's ninety-seven and still drives.", 'ninety-seven', 'AGE'],
  ["Client: The hearing is the 9th, no wait, it's the eleventh, I always mix them up.", 'eleventh', 'DATE'],
  ["Client: It was the Sunday before Father's Day 2022.", "Father's Day 2022", 'DATE'],
  ['Client: Since the Zorbleton Arms closed I just stay in.', 'the Zorbleton Arms', 'GEO'],
  ['Client: We always ended up at Quillfern after the late shift.', 'Quillfern', 'GEO'],
  ['Counsellor: You mentioned Zorbleton Heights, is that where your sister lives?', 'Zorbleton Heights', 'GEO'],
  ['Client: Then she moved to Quill-Zorbleton and I kept the cat.', 'Quill-Zorbleton', 'GEO'],
  ['Client: We lived in Near Quillside then.', 'Near Quillside', 'GEO'],
  ["Client: She says, 'I'm at Nan's on Zorbleton, come get me.'", 'Zorbleton', 'GEO'],
  ['Client: I finally blocked Thistlewick on everything.', 'Thistlewick', 'NAME'],
  ["Client: My mum goes, 'You know Quillfern Zorbleton is out, right?'", 'Quillfern Zorbleton', 'NAME'],
  ['Counsellor: So Zorbla moved out in the spring, and since then you have been on your own.', 'Zorbla', 'NAME'],
];

const READABLE: readonly [string, string][] = [
  ['Client: The plate was cracked, I had to buy a new one.', 'plate'],
  ["Client: She's a hundred percent right about that.", 'hundred'],
  ['Client: It was a hundred dollars for the fine.', 'hundred'],
  ["Client: It's the first time I have said that out loud.", 'first'],
  ["Client: I'm at Nan's most weekends.", "Nan's"],
  ['Client: I called Mom after the group.', 'Mom'],
  ['Client: He was sent home on Lasix and felt better.', 'Lasix'],
  ['Client: For that one, see Guilty Pleasures: 5 Songs That Helped.', 'Guilty'],
  ['Client: The group number drops out sometimes, it is annoying.', 'drops'],
];

describe('R35 identifiers told in a story (talk-told.ts)', () => {
  it.each(CAUGHT)('R35 catches, in "%s", the identifier "%s" as %s', (text, word, type) => {
    const s = spanOf(text, word);
    expect(s?.type).toBe(type);
  });
  it('R35 runs the rules for people and places in a story only on talk, not on a note without a speaker', () => {
    const told = (text: string): string[] => {
      const out: string[] = [];
      detectTold(text, (start, end) => out.push(text.slice(start, end)), tokenizeWithFlags(text).tokens);
      return out;
    };
    const note = 'Pt to walk down Zorbleton with PT. So Barley moved to the ward at noon.';
    expect(told(note)).toEqual([]);
    expect(told(`${note} I told you so.`).sort()).toEqual(['Barley', 'Zorbleton']);
  });
  it.each(READABLE)('R35 leaves readable, in "%s", the word "%s"', (text, word) => {
    expect(spanOf(text, word)).toBeUndefined();
  });
});

describe('ages in words that are quantities', () => {
  const ages = (s: string): string[] => detect(s).filter((x) => x.type === 'AGE').map((x) => s.slice(x.start, x.end));
  it('R35 "ninety" with a unit after it is a quantity, even inside a compound; the age after a verb stays', () => {
    expect(ages('She is ninety percent sure it was the neighbour.')).toEqual([]);
    expect(ages('Honestly she is ninety-three percent sure now.')).toEqual([]);
    expect(ages('He is ninety per cent better since the move.')).toEqual([]);
    expect(ages('He was ninety minutes late to group.')).toEqual([]);
    expect(ages('My great-aunt is ninety-three and still drives to bingo.')).toEqual(['ninety-three']);
    expect(ages('Grandpa turned ninety last week.')).toEqual(['ninety']);
  });
});
