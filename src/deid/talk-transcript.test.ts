// R35 talk round "talk12" (issue 14): identifiers in speech-to-text transcripts (talk-transcript.ts),
// on sentences written for this file with obviously synthetic values (not lines of any benchmark set).
import { describe, expect, it } from 'vitest';
import { detect } from './index.ts';
import { capitalsAfterWords, detectTranscript, speakerLabels, words, writtenWithCapitals } from './talk-transcript.ts';

/** The types of the final spans that touch `word` (its first occurrence after `from`). */
const typesAt = (text: string, word: string, from = 0): string[] => {
  const at = text.indexOf(word, from);
  if (at < 0) throw new Error(`test sentence lacks "${word}"`);
  return detect(text)
    .filter((x) => x.start < at + word.length && x.end > at)
    .map((x) => x.type);
};
const covered = (text: string, part: string): boolean => {
  const at = text.indexOf(part);
  if (at < 0) throw new Error(`test sentence lacks "${part}"`);
  const spans = detect(text);
  for (let i = at; i < at + part.length; i++) if (/\S/.test(text[i]!) && !spans.some((s) => s.start <= i && s.end > i)) return false;
  return true;
};

describe('R35 talk12: speech-to-text transcripts', () => {
  it('R35 a diariser label or a timestamp is no identifier', () => {
    const t = 'SPEAKER_00: we talked for a while\nSPEAKER_01: okay\n[02:14] Speaker 2: fine thanks';
    expect(detect(t)).toEqual([]);
  });

  it('R35 a name spelled letter by letter, and the word it spells', () => {
    const t = 'my surname is quennell thats q u e n n e l l';
    expect(typesAt(t, 'quennell')).toEqual(['NAME']);
    expect(covered(t, 'q u e n n e l l')).toBe(true);
    expect(typesAt('its zarya Z-A-R-Y-A like the star', 'Z-A-R-Y-A')).toEqual(['NAME']);
  });

  it('R35 codes read out in pieces are typed by the word that names them', () => {
    expect(typesAt('the reg on the van was p k seven two uh j r d', 'seven')).toEqual(['VEHICLE']);
    expect(typesAt('my licence number is w nine nine one dash four oh two', 'nine')).toEqual(['LICENSE']);
    expect(typesAt('the claim number is q x four one one eight two', 'four')).toEqual(['OTHER_ID']);
    expect(covered('his mobile is oh seven eight um three three one four four two oh nine', 'oh seven eight um three three one four four two oh nine')).toBe(true);
  });

  it('R35 web addresses and e-mails said aloud', () => {
    expect(typesAt('her shop is at www dot fernbarrow pots dot co dot uk', 'fernbarrow')).toEqual(['URL']);
    const e = 'its g pell ninety nine at fastmail dot com';
    expect(covered(e, 'g pell ninety nine at fastmail dot com')).toBe(true);
  });

  it('R35 streets and towns said in lower case', () => {
    expect(covered('she lives at sixty one quarrendon road', 'sixty one quarrendon road')).toBe(true);
    expect(typesAt('we moved to tillingham when i was ten', 'tillingham')).toEqual(['GEO']);
  });

  it('R35 lower-case names need a slot only a person fills', () => {
    expect(typesAt('my stepson um idris broke the window', 'idris')).toEqual(['NAME']);
    expect(typesAt('okay anselm lets leave it there', 'anselm')).toEqual(['NAME']);
    expect(typesAt('the twins are called rafe and cosmo', 'cosmo')).toEqual(['NAME']);
    expect(typesAt('it was elodie or elodi i never know', 'elodi ')).toEqual(['NAME']);
  });

  it('R35 ordinary lower-case words stay (no new false names)', () => {
    for (const t of [
      'i will try and i hope it works',
      'we went on sunday and i felt better',
      'bro my neighbour is loud',
      'it is a forty minute drive to the coast',
      'on my way home i cried',
      'i switched to snus last year',
      'call me when you can',
      'it was a long road back',
    ]) expect(detect(t).filter((s) => s.type === 'NAME' || s.type === 'GEO'), t).toEqual([]);
  });

  it('R35 the transcript reader stays off typed text: capitals inside sentences mean the writer marks names and towns', () => {
    const found: string[] = [];
    const push = (start: number, end: number): void => void found.push(`${start}-${end}`);
    // Written without capitals: the town after a verb of moving is read.
    detectTranscript('we moved out to brackleton when my dad got the job', push);
    expect(found.length).toBeGreaterThan(0);
    // The same words typed by someone who capitalises names and places: left to the older rules.
    found.length = 0;
    detectTranscript('Then Priya said we moved out to brackleton when my dad got the job in Zorbridge', push);
    expect(found).toEqual([]);
  });

  it('R35 the raw-text capital check only answers sooner: whenever it finds typed text, the word-level check does too', () => {
    // Seeded pieces that put capitals after words, spaces, tabs, punctuation, quotes, labels and "I".
    const pieces = ['we', 'Went', 'to', 'I', "I'm", 'I’ve', 'Ivy', 'IT', 'Dana', ' ', ' ', '\t', ', ', '. ', '\n', ': ', '"', '(', ')', "'", '’', '-', 'SPEAKER_01: ', '[00:12] Speaker 2: ', 'k-e-i', '42', 'Oak'];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 3000; n++) {
      let t = '';
      const len = 2 + Math.floor(next() * 14);
      for (let k = 0; k < len; k++) t += pieces[Math.floor(next() * pieces.length)]!;
      if (capitalsAfterWords(t)) expect(writtenWithCapitals(t, words(t, speakerLabels(t))), JSON.stringify(t)).toBe(true);
    }
  });
});
