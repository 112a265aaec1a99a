// Deid speed round 9 (dspeed): the shift-note rules now visit only the words that open them, and
// tokens are made by a class. The spans and their order must be what the every-token loops gave
// (the order is what the detector's merge sees). Synthetic notes only: invented names and places,
// cue words at the first and last token and side by side. The expected lists were checked against
// the loops before the change (2bfcf9f), the token facts against its object literals.
import { describe, expect, it } from 'vitest';
import { detectShiftNotes } from './shift-notes.ts';
import { tokenize, tokenizeWithFlags } from './tokens.ts';

function shiftSpans(text: string): string[] {
  const out: string[] = [];
  detectShiftNotes(text, tokenize(text), (s, e, type) => out.push(`${type}:${text.slice(s, e)}`));
  return out;
}

describe('R35 shift-note rules visit their cue words in text order (dspeed)', () => {
  it('R35 credentials, titles and pagers, with a credential as the first token', () => {
    expect(shiftSpans('RN Quellby at start. Seen by Dr. Vantorre; Brisco RN aware. pager 4-6612.')).toEqual(['NAME:Vantorre', 'NAME:Brisco', 'PHONE:4-6612']);
  });
  it('R35 "OSH (Name)" beside a kind word, a relative in brackets', () => {
    expect(shiftSpans('transfer from OSH (Larkmoor Vale) then osh snf; lives w/ wife (Odalys) in Pellworth Hollow, VT 05011.')).toEqual([
      'NAME:Odalys',
      'GEO:Larkmoor Vale',
    ]);
  });
  it('R35 a weekday before a month/day, a pager after "#", a facility before its kind word at the end', () => {
    expect(shiftSpans('Tues (3/11) d/c to Amberly LTC. hcp (tamsin) called, # 39461')).toEqual(['DATE:Tues', 'PHONE:39461', 'GEO:Amberly']);
    expect(shiftSpans('FROM QUARRY VALE HOSP. Seen in march')).toEqual(['DATE:march']);
  });
});

describe('R35 tokens made by the class carry the same facts (dspeed)', () => {
  it('R35 every field a detector reads, as a plain object', () => {
    const { tokens } = tokenizeWithFlags('Dr. Quellby saw Ms. Odalys-Brisco at 9.\nCLIENT: she said MONDAY');
    const plain = tokens.map((t) => ({ ...t }));
    expect(plain.map((t) => [t.text, t.key, t.shape, t.sentenceStart, t.caseInformative, t.lineIndex, t.tightBefore])).toEqual([
      ['Dr', 'dr', 'title', true, true, 0, false],
      ['Quellby', 'quellby', 'title', false, true, 1, false],
      ['saw', 'saw', 'lower', false, true, 2, true],
      ['Ms', 'ms', 'title', false, true, 3, true],
      ['Odalys-Brisco', 'odalys-brisco', 'title', false, true, 4, false],
      ['at', 'at', 'lower', false, true, 5, true],
      ['CLIENT', 'client', 'upper', true, true, 0, false],
      ['she', 'she', 'lower', true, true, 1, false],
      ['said', 'said', 'lower', false, true, 2, true],
      ['MONDAY', 'monday', 'upper', false, true, 3, true],
    ]);
    expect(Object.keys(plain[0]!).sort()).toEqual(['caseInformative', 'end', 'flags', 'key', 'lineIndex', 'memo', 'sentenceStart', 'shape', 'start', 'text', 'tightBefore']);
  });
});
