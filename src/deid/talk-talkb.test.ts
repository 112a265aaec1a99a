// R35/R36 talk round "talkb" (issue 14): kinds of misses and false alarms fixed in talk-shapes.ts,
// note-cues.ts and talk-not-people.ts, each on sentences written for this file with obviously
// synthetic values (not lines of any benchmark set).
import { describe, expect, it } from 'vitest';
import { detect } from './index.ts';

/** Whether any span touches `word` in `text`. */
const flagged = (text: string, word: string): boolean => {
  const at = text.indexOf(word);
  if (at < 0) throw new Error(`test sentence lacks "${word}"`);
  return detect(text).some((x) => x.start < at + word.length && x.end > at);
};

describe('R35 talkb: identifiers said in talk', () => {
  it('R35 reads an SSN with hundreds in words', () => {
    const t = 'Client: my social is three hundred and twelve, forty, sixty-one oh nine';
    expect(flagged(t, 'three hundred and twelve')).toBe(true);
    expect(flagged(t, 'sixty-one oh nine')).toBe(true);
  });
  it('R35 reads an SSN far from its label word, in the same sentence', () => {
    expect(flagged('Client: my social, which the clerk shouted across the lobby by the way, was 6 0 2 1 1 8 4 4 7 apparently', '6 0 2 1 1 8 4 4 7')).toBe(true);
  });
  it('R35 reads an SSN said in pieces across a pause', () => {
    const t = 'Client: social starts with 604-27. Um, and the end bit is eight eight one three.';
    expect(flagged(t, '604-27')).toBe(true);
    expect(flagged(t, 'eight eight one three')).toBe(true);
  });
  it('R35 reads the last four said in words a little after the words that name them', () => {
    expect(flagged('Client: the last four, she asked, so i said seven double two nine', 'seven double two nine')).toBe(true);
    expect(flagged('Client: the last four years were rough, 2 3 kids and all', '2 3')).toBe(false);
  });
  it('R35 skips speech fillers and verbs of handing over between a label and its value', () => {
    expect(flagged('Client: the serial, um, you know, is QX7-20419-B', 'QX7-20419-B')).toBe(true);
    expect(flagged('Client: social security number so i typed 5 1 7 3 3 0 2 8 8', '5 1 7 3 3 0 2 8 8')).toBe(true);
  });
  it('R35 reads a plate spelled with a spelling alphabet or "as in"', () => {
    expect(flagged('Client: the plate was yankee delta golf 4 4 1', 'yankee delta golf 4 4 1')).toBe(true);
    expect(flagged('Client: plate number Q as in queen, L, M, 7730', 'Q as in queen, L, M, 7730')).toBe(true);
  });
  it('R35 reads a VIN written in groups, upper or lower case, and a chassis number', () => {
    expect(flagged('Client: VIN is 2FM XK4T9 PLA 93K8ZZ on the title', 'PLA')).toBe(true);
    expect(flagged('Client: the chassis number 3tzr 8hy7 kkp2 w0v4q is on the form', 'kkp2')).toBe(true);
  });
  it('R35 reads a serial printed in groups of one width', () => {
    expect(flagged('Client: serial KVTR 7QPZ WNDL on the monitor', 'WNDL')).toBe(true);
    expect(flagged('Client: serial with this item came free', 'this')).toBe(false);
  });
  it('R35 reads a lower-case docket prefix and the new labels (receipt, passport, alien number)', () => {
    expect(flagged('Client: my case number is zt 23 5517 i think', 'zt 23 5517')).toBe(true);
    expect(flagged('Client: the receipt number IOE5550001234 came in the mail', 'IOE5550001234')).toBe(true);
    expect(flagged('Client: my passport number is Z31415926', 'Z31415926')).toBe(true);
  });
  it('R35 takes the words a phone gives a recording with its number', () => {
    expect(flagged('Client: it is saved as New Recording 72.m4a on my phone', 'New Recording')).toBe(true);
  });
});

describe('R35 talkb: talk that is not about people', () => {
  it('R35 leaves a pet named by its animal noun, and the same name again in that text', () => {
    const t = 'Client: our cat Marigold hides when we fight. Marigold is fourteen now.';
    expect(detect(t).filter((s) => s.type === 'NAME')).toEqual([]);
    expect(flagged('Client: Pippin, our terrier, ate my slippers.', 'Pippin')).toBe(false);
  });
  it('R35 still reads a person told beside a pet word', () => {
    expect(flagged('Client: i told Marisol my dog was sick', 'Marisol')).toBe(true);
    expect(flagged('Client: my brother Tobias and the dog went out', 'Tobias')).toBe(true);
  });
  it('R35 leaves a capitalised word right after "the", but not a family or a place', () => {
    expect(flagged('Client: I tried the Keegan and it did nothing for me.', 'Keegan')).toBe(false);
    expect(flagged('Client: we ate with the Okonkwo family on Sunday.', 'Okonkwo')).toBe(true);
  });
});
