// R35 talk round "talk10" (issue 14): the reader of said numbers (said-numbers.ts) and the age, date,
// code and e-mail grammar built on it (talk-grammar.ts), on sentences written for this file with
// obviously synthetic values (not lines of any benchmark set).
import { describe, expect, it } from 'vitest';
import { detect } from './index.ts';
import { lexRange, readAtom, readNumber, readYear } from './said-numbers.ts';
import { detectGrammar } from './talk-grammar.ts';

const lx = (s: string) => lexRange(s, 0, s.length);
const num = (s: string): number | undefined => readNumber(lx(s), 0)?.value;
const year = (s: string): number | undefined => readYear(lx(s), 0)?.value;
/** What the grammar alone proposes, as "TYPE[text]". */
const said = (text: string): string[] => {
  const out: string[] = [];
  detectGrammar(text, (s, e, t) => out.push(`${t}[${text.slice(s, e)}]`));
  return out;
};
/** The types of the final spans that touch `word`. */
const typesAt = (text: string, word: string): string[] => {
  const at = text.indexOf(word);
  if (at < 0) throw new Error(`test sentence lacks "${word}"`);
  return detect(text)
    .filter((x) => x.start < at + word.length && x.end > at)
    .map((x) => x.type);
};

describe('R35 talk10: one reader of said numbers', () => {
  it('R35 reads cardinals in every form', () => {
    expect(num('97')).toBe(97);
    expect(num('ninety-seven')).toBe(97);
    expect(num('ninety seven')).toBe(97);
    expect(num('ninetyseven')).toBe(97);
    expect(num('a hundred and four')).toBe(104);
    expect(num('one hundred four')).toBe(104);
    expect(num('hundred and four')).toBe(104);
    expect(num('one oh four')).toBe(104);
    expect(num('hundred')).toBeUndefined();
  });
  it('R35 reads ordinals and years', () => {
    expect(readNumber(lx('ninety-third'), 0)).toMatchObject({ value: 93, ordinal: true });
    expect(readNumber(lx('hundred and second'), 0)).toMatchObject({ value: 102, ordinal: true });
    expect(year('nineteen eighty-seven')).toBe(1987);
    expect(year('twenty oh six')).toBe(2006);
    expect(year('two thousand and eight')).toBe(2008);
    expect(year("'07")).toBe(2007);
    expect(year('oh-seven')).toBe(2007);
  });
  it('R35 reads the atoms of a code', () => {
    expect(readAtom(lx('double seven'), 0)?.value).toBe('77');
    expect(readAtom(lx('triple oh'), 0)?.value).toBe('000');
    expect(readAtom(lx('Q as in queen'), 0)).toMatchObject({ kind: 'letter', value: 'Q', end: 4 });
    expect(readAtom(lx('tango'), 0)?.value).toBe('T');
    expect(readAtom(lx('fifty-one'), 0)?.value).toBe('51');
  });
});

describe('R35 talk10: ages over 89 in the frames of a person', () => {
  it('R35 finds the age after a person and a verb of being or reaching, in any number form', () => {
    expect(said('Client: my great granny is ninetysix and sharp as a tack')).toEqual(['AGE[ninetysix]']);
    expect(said('Client: Uncle Vasco turned a hundred and three in the spring.')).toEqual(['AGE[a hundred and three]']);
    expect(said("Client: she'll be 97 come August")).toEqual(['AGE[97]']);
    expect(said('Client: he lived to be one oh two, my grandad')).toEqual(['AGE[one oh two]']);
  });
  it('R35 finds it after "at", "aged", "a woman of", before "year old", beside a kin noun, and as the answer to "how old"', () => {
    expect(said('Client: At 93 she took up painting.')).toEqual(['AGE[93]']);
    expect(said('Client: a neighbour aged ninety-one found him')).toEqual(['AGE[ninety-one]']);
    expect(said('Client: she is a lady of ninety-eight and nobody visits')).toEqual(['AGE[ninety-eight]']);
    expect(said('Client: caring for a 99 year old man is exhausting')).toEqual(['AGE[99]']);
    expect(said('Client: my grandpa 94 still mows the lawn')).toEqual(['AGE[94]']);
    expect(said('Client: they asked how old he was, I said ninety-two.')).toEqual(['AGE[ninety-two]']);
    expect(said('Client: in her late nineties now')).toEqual(['AGE[nineties]']);
  });
  it('R35 leaves numbers over 89 that measure or count, and a period of time', () => {
    expect(said('Client: he hit 96 on the freeway with the kids in the back')).toEqual([]);
    expect(said('Client: she weighs 93 pounds now')).toEqual([]);
    expect(said('Client: my battery was at 91 percent')).toEqual([]);
    expect(said('Client: back in the late nineties we lived by the coast')).toEqual([]);
    expect(typesAt('Client: the charger was at a hundred and four percent, weird', 'hundred')).toEqual([]);
  });
});

describe('R35 talk10: dates said aloud', () => {
  it('R35 reads a birth date said as numbers, and one with "slash" said', () => {
    expect(said('Client: my DOB is eleven four oh nine')).toEqual(['DATE[eleven four oh nine]']);
    expect(said('Client: we split up nine slash 30 slash twenty-one')).toEqual(['DATE[nine slash 30 slash twenty-one]']);
  });
  it('R35 joins a said year to its month and day', () => {
    expect(said('Client: it was October 3rd oh-six')).toEqual(['DATE[October 3rd oh-six]']);
    expect(said('Client: since the twelfth of april two thousand and one')).toEqual(['DATE[the twelfth of april two thousand and one]']);
  });
  it('R35 leaves counts, scores and times', () => {
    expect(said('Client: on a scale of one to ten it is a six')).toEqual([]);
    expect(said('Client: I take two fifty milligrams at nine thirty')).toEqual([]);
  });
});

describe('R35 talk10: codes said in pieces and e-mails said aloud', () => {
  it('R35 reads a plan number with letters, "double" and "dash", typed by its label', () => {
    expect(said('Client: member ID is Q T dash double four 1 seven 0 9')).toEqual(['HEALTH_PLAN[Q T dash double four 1 seven 0 9]']);
    expect(said('Client: the plate was hotel x-ray bravo, 6 double 2 one')).toEqual(['VEHICLE[hotel x-ray bravo, 6 double 2 one]']);
    expect(said('Client: my claim number is M as in mary, W as in walter, 4 oh 3 9 9 1')).toEqual(['OTHER_ID[M as in mary, W as in walter, 4 oh 3 9 9 1]']);
  });
  it('R35 reads an unlabelled code only when said as codes are said', () => {
    expect(said("Client: it's Z R dash triple five 8 oh 2, the one on my insurance card")).toEqual(['HEALTH_PLAN[Z R dash triple five 8 oh 2]']);
    expect(said('Client: I had four or five drinks, then two more')).toEqual([]);
    expect(said('Client: we called nine eight eight at two in the morning')).toEqual([]);
    expect(said('Client: blood pressure was one forty over ninety')).toEqual([]);
  });
  it('R35 reads an e-mail said aloud with its local part', () => {
    expect(said('Client: write to q u i n fairweather at fastmail dot com')).toEqual(['EMAIL[q u i n fairweather at fastmail dot com]']);
    expect(said('Client: my email is odalys double oh 7 at sign proton dot me')).toEqual(['EMAIL[odalys double oh 7 at sign proton dot me]']);
    expect(said('Client: I was at home, dot dot dot, you know')).toEqual([]);
  });
});

// R35 talk round "talk11": ages bound to a person across asides, measures that are no age, numeric
// dates said with no cue, said e-mails read back to their cue, the edges of dates and codes. Own
// sentences with obviously synthetic values.
describe('R35 talk11: ages bound to a person by evidence', () => {
  it('R35 binds the age across a speaker\'s asides and takes a second guess at it', () => {
    expect(said('Client: Great-aunt Perpetua, she is, you know, ninety-seven.')).toEqual(['AGE[ninety-seven]']);
    expect(said("Client: my grandad's, um, gosh, a hundred and one now")).toEqual(['AGE[a hundred and one]']);
    expect(said('Client: my godfather is ninety-three, maybe ninety-four.')).toEqual(['AGE[ninety-three]', 'AGE[ninety-four]']);
    expect(said('Client: Granny celebrated ninety-nine with a sherry')).toEqual(['AGE[ninety-nine]']);
  });
  it('R35 leaves a number over 89 bound to a measure, whichever rule read it', () => {
    expect(typesAt('Client: my spelling test was ninety-two and mum still grounded me', 'ninety')).toEqual([]);
    expect(typesAt('Client: his glucose is like ninety-five in the morning', 'ninety')).toEqual([]);
    expect(typesAt('Client: the cat is twelve, so about ninety in cat years', 'ninety')).toEqual([]);
    expect(typesAt('Client: the old boy next door is ninety-two', 'ninety')).toEqual(['AGE']);
  });
});

describe('R35 talk11: dates, codes and e-mails as said', () => {
  it('R35 reads a numeric date said with no cue after a word that places an event in time', () => {
    expect(said('Client: we split up four nineteen oh seven and I kept the dog')).toEqual(['DATE[four nineteen oh seven]']);
    expect(said('Client: it was eleven thirty ninety-one, freezing cold')).toEqual(['DATE[eleven thirty ninety-one]']);
    expect(said('Client: I count one three five seven when I panic')).toEqual([]);
    expect(said('Client: the score was two six ten')).toEqual([]);
  });
  it('R35 joins a day to the month after "of", with its "the"', () => {
    const t = 'Client: his leaving do was on the 14th of october';
    expect(detect(t).map((s) => `${s.type}[${t.slice(s.start, s.end)}]`)).toEqual(['DATE[the 14th of october]']);
  });
  it('R35 reads "K, as in kilo," in a plate and its label with "’s"; a plate ends before "and the make"', () => {
    expect(said('Client: the plate was B, as in bravo, Q, six six one')).toEqual(['VEHICLE[B, as in bravo, Q, six six one]']);
    expect(said('Client: his plate’s 4 R W 7 7 2 and he parks it by the gate')).toEqual(['VEHICLE[4 R W 7 7 2]']);
    const t = 'Client: license plate is QZT-5081 and the make is a Skoda';
    expect(detect(t).filter((s) => s.type === 'VEHICLE').map((s) => t.slice(s.start, s.end))).toEqual(['QZT-5081']);
  });
  it('R35 reads an e-mail local part said as several words back to its cue, and a host said as two words', () => {
    expect(said('Client: my email is rainy night seven at gmail dot com')).toEqual(['EMAIL[rainy night seven at gmail dot com]']);
    expect(said('Client: mine is salt and pepper at yahoo dot com, all one word')).toEqual(['EMAIL[salt and pepper at yahoo dot com]']);
    expect(said('Client: write to wilbur at wilbur quince dot net')).toEqual(['EMAIL[wilbur at wilbur quince dot net]']);
    expect(said('Client: I was at home dot dot dot, you know')).toEqual([]);
  });
});
