// R35/R36 talka round: ages, dates, e-mails, health-plan and licence numbers as said in talk
// (talk-said.ts and the label rules of patterns.ts, talk-spoken.ts and context.ts it needed), in
// invented sentences with obviously synthetic identities. Negatives say what must stay readable.
import { describe, expect, it } from 'vitest';
import { detect } from './index.ts';

const spanOf = (text: string, word: string): { type: string; exact: boolean } | undefined => {
  const at = text.indexOf(word);
  const s = detect(text).find((x) => x.start <= at && x.end >= at + word.length);
  return s && { type: s.type, exact: s.start === at && s.end === at + word.length };
};
const touched = (text: string, word: string): string | undefined => {
  const at = text.indexOf(word);
  return detect(text).find((x) => x.start < at + word.length && x.end > at)?.type;
};

const cases = (rows: readonly [string, string, string][]): void => {
  for (const [text, value, type] of rows) it(`${type}: ${value}`, () => expect(spanOf(text, value)).toEqual({ type, exact: true }));
};
const clean = (rows: readonly [string, string][]): void => {
  for (const [text, word] of rows) it(`not: ${word} in "${text}"`, () => expect(touched(text, word)).toBeUndefined());
};

describe('R35 ages over 89 as said in talk', () => {
  describe('hedged after a person and a verb of being, and corrected', () => {
    cases([
      ['Client: my great aunt Zorbella is literally 97 and still gardens', '97', 'AGE'],
      ['Client: our neighbour is like ninety six and shouts at the kids', 'ninety six', 'AGE'],
      ["Client: Gramps is pushing a hundred and one and won't use a cane.", 'a hundred and one', 'AGE'],
      ['Client: He must be one hundred and three or so by now.', 'one hundred and three', 'AGE'],
      ["Client: my uncle, he's, um, he's 99, no wait, 94, I forget", '94', 'AGE'],
    ]);
    clean([
      ['Client: the repair bill is like ninety bucks, which I do not have', 'ninety'],
      ['Client: her sats were like 94 on the monitor', '94'],
      ['Client: the exam is about 95 minutes long', '95'],
    ]);
  });
  describe('at an event, opening a clause, as an ordinal birthday, before "-year-old" and a person', () => {
    cases([
      ['Client: My aunt passed last spring at 93, the last of them.', '93', 'AGE'],
      ['Client: grandpa got remarried at ninety two, can you imagine', 'ninety two', 'AGE'],
      ['Client: at ninety five she still does her own shopping', 'ninety five', 'AGE'],
      ['Client: It was her ninety-sixth birthday on Sunday.', 'ninety-sixth', 'AGE'],
      ['Client: I sit with a one hundred-year-old lady on Tuesdays.', 'one hundred', 'AGE'],
    ]);
    clean([
      ['Client: we drove at 95 the whole way there', '95'],
      ['Client: they live in a hundred-year-old farmhouse out past the mill', 'hundred'],
    ]);
  });
});

describe('R35 dates as said in talk', () => {
  cases([
    ['Client: we met in the summer of 2011 at a camp', 'summer of 2011', 'DATE'],
    ["Client: it all started winter of '09 honestly", "winter of '09", 'DATE'],
    ['Client: I left home in the autumn of two thousand and six.', 'autumn of two thousand and six', 'DATE'],
    ['Client: The flat was ours from November nineteen ninety-four.', 'November nineteen ninety-four', 'DATE'],
    ['Client: I lost the job in February of twenty twenty.', 'February of twenty twenty', 'DATE'],
    ['Client: she moved out twenty-first june twenty twelve', 'twenty-first june twenty twelve', 'DATE'],
  ]);
  clean([
    ['Client: they march twenty twenty-somethings up the hill every Sunday', 'march'],
    ['Client: the fall of 2 percent in the rate worried him', 'fall'],
  ]);
});

describe('R35 e-mails said letter by letter, with digits said, or spaced around the "@"', () => {
  cases([
    ['Client: my email is q u i l l at gmail dot com', 'q u i l l at gmail dot com', 'EMAIL'],
    ['Client: write to zorbo seven seven two at yahoo dot com please', 'zorbo seven seven two at yahoo dot com', 'EMAIL'],
    ['Client: it is quillfernzorb @ outlook . com now', 'quillfernzorb @ outlook . com', 'EMAIL'],
  ]);
  clean([
    ['Client: I was two at the time and do not remember it', 'two'],
    ['Client: my address is like quillfernzorb@mail.com all lower case', 'lower'],
  ]);
});

describe('R35 plan and licence numbers read out after their label, written with fillers or a credential', () => {
  cases([
    ['Client: the insurance card says Q Z X four four one oh seven two nine', 'Q Z X four four one oh seven two nine', 'HEALTH_PLAN'],
    ['Counsellor: billing has policy number k w j nine six five two six eight on file', 'k w j nine six five two six eight', 'HEALTH_PLAN'],
    ['Client: My CDL number is Q forty-one twenty-two seventy eight, I need it for work.', 'Q forty-one twenty-two seventy eight', 'LICENSE'],
    ['Client: License no. Z eleven fifty-four thirty-three is on the ticket.', 'Z eleven fifty-four thirty-three', 'LICENSE'],
    ["Client: my DL is, um, Q451-220-71-903-4, that's the one", 'Q451-220-71-903-4', 'LICENSE'],
    ['Client: drivers lic QZ771043 got pulled', 'QZ771043', 'LICENSE'],
    ['Client: my cdl number is qz771043 and i need it', 'qz771043', 'LICENSE'],
    ['Client: for the form i need your licence number emt-55102', 'emt-55102', 'LICENSE'],
    ['Client: The board has LMFT 40912 on file.', 'LMFT 40912', 'LICENSE'],
    ['Client: My nursing licence RN204417 is under review.', 'RN204417', 'LICENSE'],
    ['Client: my insurance member ID is QZX553109872*02 on the card', 'QZX553109872*02', 'HEALTH_PLAN'],
  ]);
  clean([
    ['Client: the last four of my ssn are 4417 btw', 'are'],
    ['Client: I called the member services line and they hung up', 'services'],
  ]);
  it('R35 a state and ZIP stay a place, not a credential and licence', () => {
    expect(touched('Client: Send it to Pittsburgh, PA 15213 please.', 'PA 15213')).toBe('GEO');
  });
  it('R35 a run of number words after a label that is not next to it stays a phone', () => {
    const text = 'Client: member services said call them back on five five five, two one two, three four four nine';
    expect(touched(text, 'five five five')).toBe('PHONE');
  });
});

describe('R35 plans named by brand and kind', () => {
  cases([
    ['Client: So now I am on the Quillfern Mutual Gold PPO through work.', 'Quillfern Mutual Gold PPO', 'HEALTH_PLAN'],
    ['Client: they put us on the zorbleton choice hmo and nothing is covered', 'zorbleton choice hmo', 'HEALTH_PLAN'],
    ['Client: We switched to the Zorbleton Silver Advantage plan in May.', 'Zorbleton Silver Advantage', 'HEALTH_PLAN'],
  ]);
  clean([
    ['Client: my HMO would not cover it', 'HMO'],
    ['Client: she is on a Medicare Advantage plan now', 'Advantage'],
    ['Client: my old hmo was better honestly', 'hmo'],
  ]);
});

describe('R35 licence numbers in the states\' letter-led hyphenated formats, with no label', () => {
  cases([
    ['Client: the officer read out Q451-220-71-903-4 off my card', 'Q451-220-71-903-4', 'LICENSE'],
    ['Client: it says Q-451-220-719-034 on the back', 'Q-451-220-719-034', 'LICENSE'],
  ]);
  it('R35 a short letter-led code is not a licence', () => {
    expect(touched('Client: room B204-1 is on the left', 'B204-1')).not.toBe('LICENSE');
  });
});
