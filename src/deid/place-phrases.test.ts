// R35, R27: place phrases in therapists' notes (round egeo, src/deid/place-phrases.ts): a run of
// capitalised words ending in a kind of place, a street corner by its numbered street, an unknown
// word before "where" and a verb of living, and the same word elsewhere in the note. Every sentence
// here is invented for this test (no corpus or benchmark text).
import { describe, expect, it } from 'vitest';
import { detect, loadDeidResources } from './index.ts';

await loadDeidResources();
const words = (text: string, type?: string): string[] =>
  detect(text)
    .filter((s) => type === undefined || s.type === type)
    .map((s) => text.slice(s.start, s.end));

describe('R35 place phrases in therapists’ notes', () => {
  it('R35 takes capitalised words ending in a kind of place, with joiners and possessives', () => {
    expect(words('He moved out to Kessling Township after the divorce.', 'GEO').join('|')).toContain('Kessling Township');
    expect(words('She sings at Bethany Fellowship and volunteers at the Hollins Branch Library.', 'GEO').join('|')).toContain('Bethany Fellowship');
    expect(words('They lived above Petrakis Bakery for three years.', 'GEO').join('|')).toContain('Petrakis Bakery');
    expect(words('Held overnight at the Wexler County Detention Center, then released.', 'GEO').join('|')).toContain('Wexler County Detention Center');
    expect(words('Exchange happens in the Granton Police Department lobby.', 'GEO').join('|')).toContain('Granton Police Department');
  });

  it('R35 reads a line of capitals only after a word of place', () => {
    expect(words('STATED HE WAS AT THE TULLY ROCK DAM LAST NIGHT.', 'GEO').join('|')).toContain('TULLY ROCK');
    expect(words('FOLLOW UP AT MENTAL HEALTH CENTER IN TWO WEEKS.', 'GEO')).toEqual([]);
  });

  it('R35 takes a street corner by its numbered street and a town before "where" someone lives', () => {
    expect(words('She waits at the Corwin and 9th stop every morning.', 'GEO').join('|')).toContain('Corwin and 9th');
    expect(words('he avoids Quillby where his father lives', 'GEO').join('|')).toContain('Quillby');
  });

  it('R35 a word read as a place once is a place wherever the note capitalises it', () => {
    expect(words('Raised near the Tressock Feed Store. Still shops in Tressock on Saturdays.', 'GEO').join('|')).toMatch(/Tressock[^|]*\|.*Tressock/);
  });

  it('R35 leaves generic services, chains, titles and programmes alone', () => {
    for (const t of [
      'After group she drove to Sam’s Club for diapers.',
      'She has been reading Wuthering Heights again.',
      'Seen in the Emergency Department; referred to the Community Garden volunteers.',
      'We practised Wise Mind and talked about the Four Horsemen.',
      'Mom took him to the Ace Hardware and then to Gold’s Gym.',
    ]) expect(words(t, 'GEO')).toEqual([]);
  });
});
