// R35 talk round "talk13" (issue 14): ages over 89 and vehicle identifiers as people say them in talk,
// read by talk-grammar.ts (and two finish() filters in detect.ts), each on sentences written for this
// file with obviously synthetic values (not lines of any benchmark set).
import { describe, expect, it } from 'vitest';
import { detect } from './index.ts';

/** The text of every span that touches `word` in `text` (empty when none does). */
const hits = (text: string, word: string, nth = 0): string[] => {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(word, at + 1);
  if (at < 0) throw new Error(`test sentence lacks "${word}"`);
  return detect(text)
    .filter((x) => x.start < at + word.length && x.end > at)
    .map((x) => text.slice(x.start, x.end));
};
const flagged = (text: string, word: string, nth = 0): boolean => hits(text, word, nth).length > 0;
const typeOf = (text: string, word: string): string | undefined => {
  const at = text.indexOf(word);
  return detect(text).find((x) => x.start < at + word.length && x.end > at)?.type;
};

describe('R35 talk13: which texts the grammar of said numbers reads', () => {
  it('R35 reads a transcript with capitals under Tacet\'s own timestamp and speaker labels', () => {
    expect(flagged('[00:41] Speaker 2: Honestly my step-grandad is ninety-three and he still cycles.', 'ninety-three')).toBe(true);
    expect(flagged('SPEAKER_01: Her great-uncle lived until ninety-eight, the whole village came.', 'ninety-eight')).toBe(true);
  });
  it('R35 reads unlabelled talk told in the first person, line by line or as one paragraph', () => {
    expect(flagged('I drive over every Sunday because my godmother lived till 101 and her sister is close behind', '101')).toBe(true);
    expect(flagged('so she is past ninety now\nmy nan that is\nI never know what to say to her\nthe carer says she is ninety-two going on ninety-three', 'ninety-three')).toBe(true);
  });
  it('R35 leaves a clinical note\'s readings alone: no first person in it, and no clock time read as an age', () => {
    expect(flagged('Pt placed back on CPAP at 0100. Resp rate 24-28, TVs 310-365, sats 97%.', '0100')).toBe(false);
    expect(flagged('RR 22, I:E 1:2, PEEP 10, FiO2 91, TV 540-560 overnight', '540')).toBe(false);
  });
});

describe('R35 talk13: ages over 89 by their frame', () => {
  it('R35 reads a correction, a second guess and the next year after an age', () => {
    expect(flagged("Client: he's eighty-nine, no sorry, ninety, his birthday was in the spring", 'ninety,')).toBe(true);
    expect(flagged('Client: my great-aunt is ninety-one - actually ninety-two since the summer', 'ninety-two')).toBe(true);
    expect(flagged("Client: she's 95 going on 96, she reminds everyone", '96')).toBe(true);
    expect(flagged('Client: was he ninety? ninety-one? I lose count', 'ninety-one')).toBe(true);
  });
  it('R35 reads two people\'s ages and the same frame said twice', () => {
    expect(flagged('Client: my grandparents are 97 and 94 and still dance on Saturdays', '94')).toBe(true);
    expect(flagged('Client: My godparents, 92 and 99, share one hearing aid between them.', '99')).toBe(true);
    expect(flagged('Client: she was ninety-one when she sold the farm and ninety-six when she died', 'ninety-six')).toBe(true);
  });
  it('R35 reads an age beside a person noun in commas or dashes, near or a few words back', () => {
    expect(flagged('Client: Grandpa — ninety-seven — still writes to the paper.', 'ninety-seven')).toBe(true);
    expect(flagged('Client: the oldest lady on our street, 102, waves at every car', '102')).toBe(true);
    expect(flagged('Client: Say hello to my nan, ninety-one and unstoppable', 'ninety-one')).toBe(true);
  });
  it('R35 reads an age after "lived until", "lived till", "lived to see", "just gone"', () => {
    expect(flagged('Client: his mother lived until ninety-four in the same cottage', 'ninety-four')).toBe(true);
    expect(flagged('Client: she lived to see a hundred and two', 'hundred')).toBe(true);
    expect(flagged("Client: my grandpa's just gone ninety-three", 'ninety-three')).toBe(true);
  });
  it('R35 reads an age named as a person\'s age, or told before the question it answers', () => {
    expect(flagged('Client: her age is ninety-five and she still drives to church', 'ninety-five')).toBe(true);
    expect(flagged("Client: my godfather's age? ninety-nine", 'ninety-nine')).toBe(true);
    expect(flagged('Client: I said ninety-seven when the doctor asked her age', 'ninety-seven')).toBe(true);
    expect(flagged("Client: Ninety-one. That's how old he is.", 'Ninety-one')).toBe(true);
  });
  it('R35 reads a question that puts the verb first, and an age whose person is said last', () => {
    expect(flagged('Client: is your gran 96 now? she looks great', '96')).toBe(true);
    expect(flagged('Client: ninety-four and still gardening, my great aunt', 'ninety-four')).toBe(true);
  });
  it('R35 reads an owned or wished ordinal from ninety up as the birthday it names', () => {
    expect(flagged('Client: for his ninety-sixth we hired a boat', 'ninety-sixth')).toBe(true);
    expect(flagged('Client: Happy ninety-fourth, the banner said', 'ninety-fourth')).toBe(true);
    expect(flagged('Client: that was his ninety-third time telling the story', 'ninety-third')).toBe(false);
  });
  it('R35 does not read an age under 90, or one a speaker compares to', () => {
    expect(flagged("Client: she's eighty-seven, sorry, eighty-eight", 'eighty-eight')).toBe(false);
    expect(flagged('Client: some days I feel ninety-five years old', 'ninety-five')).toBe(false);
    expect(flagged("Client: he walks like he's a hundred", 'hundred')).toBe(false);
    expect(flagged('Client: my grandparents are 81 and 84 and very stubborn', '84')).toBe(false);
  });
});

describe('R35 talk13: plates and VINs as said', () => {
  it('R35 reads a plate after "rego" or "tag … reading"', () => {
    expect(typeOf('Client: it had a Queensland rego, QZ 41 VB', 'QZ')).toBe('VEHICLE');
    expect(typeOf('Client: a Maine tag reading WQT 6620, every single night', '6620')).toBe('VEHICLE');
  });
  it('R35 reads letters said by their names inside a plate', () => {
    expect(hits('Client: the plate was four, jay, zed, bee, nine, nine, two', 'zed')[0]).toMatch(/four.*two/);
  });
  it('R35 reads a partial plate after "ended in" or "started with", and its other end', () => {
    expect(flagged('Client: the plate ended in six one eight', 'eight')).toBe(true);
    expect(flagged('Client: the plate started with Q W and that was all I saw', 'Q')).toBe(true);
    expect(flagged('Client: the Mazda, plate starts 8 K, ends 4 0', '4 0')).toBe(true);
  });
  it('R35 reads a second reading of a plate after "or" and a capital closing a run', () => {
    expect(flagged('Client: I think it was plate XRB 218 or XRB 281', '281')).toBe(true);
    expect(hits('Client: its reg was M 4 0 9 K D A', '9')[0]).toBe('M 4 0 9 K D A');
  });
  it('R35 reads a British registration by its shape, with no word of a plate', () => {
    expect(typeOf('Client: a silver Golf, WP19 ZKT, sat outside the school again', 'WP19')).toBe('VEHICLE');
  });
  it('R35 does not take the state or the make named before a plate for a person or a place', () => {
    expect(flagged('Client: a Delaware tag, KPV 2281, was on the truck', 'Delaware')).toBe(false);
    expect(flagged('Client: a Skoda Octavia WP19 ZKT keeps parking there', 'Octavia')).toBe(false);
  });
  it('R35 does not read a plate of food, a price tag or a model year as a plate', () => {
    expect(flagged('Client: I pushed the plate of chips away, 2 or 3 bites eaten', '2')).toBe(false);
    expect(flagged('Client: the price tag said 95 and I put it back', '95')).toBe(false);
    expect(flagged('Client: he still drives a 1997 Camry', '1997')).toBe(false);
  });
});
