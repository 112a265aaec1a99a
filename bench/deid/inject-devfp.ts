// Round "talkfp" (issue 14 item 2, R35): precision of NAME and GEO in counselling talk. Blind talk
// sets show NAME and GEO precision well below the rest; their false tokens were never read, so
// this batch guesses the KINDS of capitalised and name-like words in therapy talk that are not
// identifiers, and writes lines of them by hand (inject-devfp-lines.ts, written before the
// detector code was read): brands and apps, shows/films/books/games/songs, sports teams and
// leagues, holidays and seasons, religions, deities and oaths, nationalities and languages,
// generically named organisations and laws (AA, NA, the VA, CPS, HIPAA), medication brand names,
// conditions named after people or places, pets, sentence-initial words and interjections, words
// capitalised for emphasis, everyday words that are also first names or surnames, places in
// idioms, generic place words, states and countries, and lower-case chat. A few true names and
// places are mixed in (some of them everyday words: a daughter called Hope) so recall is
// measured too.
//
// Gold convention (HIPAA Safe Harbor, as inject-dev8.ts): NAME is a person's name words (no
// title, no "my"); pets, fictional characters, film and song titles, eponyms in disease names and
// sayings ("Peeping Tom", "Murphy's law") are not names. GEO is a place smaller than a state
// (town, street, county); states, countries, continents, planets, generic place words
// ("downtown", "back east") and places in idioms or titles ("Timbuktu", "Elm Street" in a film
// title) are not. Organisations are ORG, neutral, as in every injected batch.
//
// Two parts, written separately:
//   - DEVFP (inject-devfp-lines.ts), the tuning part, listed by --errors;
//   - DEVFP ASIDE (inject-devfp-aside.ts), other voices and some other kinds, scored once at the
//     end of the round (`npm run bench:inject -- --dev-only --talkfp-aside`), totals only.
// The lines stand on their own (no corpus conversation around them): they are seeded into
// conversations of ten lines in one of five speaker-label styles (names of speakers never appear).
import type { Corpus } from './corpora.ts';
import { buildAuthoredCorpus, parseAuthoredLine, type AuthoredLine, type LabelStyle } from './authored-talk.ts';
import { ASIDE_FP_LINES } from './inject-devfp-aside.ts';
import { DEVFP_LATE_LINES, DEVFP_LINES } from './inject-devfp-lines.ts';

const STYLES: readonly LabelStyle[] = [
  { c: 'Client: ', t: 'Counsellor: ' },
  { c: 'CLIENT: ', t: 'THERAPIST: ' },
  { c: 'C: ', t: 'T: ' },
  { c: 'client: ', t: 'counselor: ' },
  { c: '', t: '' },
];
const GOLD_RE = /\[([NG]):([^\]]+)\]/g;

/** One authored line without its markup, and its gold spans relative to the line. */
export const parseLine = (src: string): AuthoredLine => parseAuthoredLine(src, GOLD_RE, { N: 'NAME', G: 'GEO' });

const build = (lines: readonly string[], seed: number, name: string): Corpus => buildAuthoredCorpus(lines, seed, name, STYLES, parseLine);

export const injectedTherapyDevFp = (): Corpus => build(DEVFP_LINES, 0xf9f9, 'name/place precision in talk, dev batch talkfp');
export const injectedTherapyDevFpLate = (): Corpus => build(DEVFP_LATE_LINES, 0xf9fa, 'name/place precision in talk, dev batch talkfp, lines written after reading the code');
export const injectedTherapyDevFpAside = (): Corpus => build(ASIDE_FP_LINES, 0xaf9f, 'name/place precision in talk, batch talkfp SET ASIDE');
