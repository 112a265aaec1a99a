// Round "talk11" (issue 14, R35): recall of AGE, EMAIL, VEHICLE and DATE in counselling talk. The
// blind talk set v4 has AGE 67 %, VEHICLE 76 %, EMAIL 91 %, DATE 90 % recall, and talk10's set-aside
// forecast weak ages and e-mails; its errors were never read, so this batch writes by hand the
// SHAPES in which people bind an age to a person (pronoun, kin word, name, "the lady next door"
// joined to the number by be/turn/hit/reach/"at"/"when … was"/"-year-old"/"aged"/"birthday"/"in her
// nineties", in any order, with fillers), say an e-mail (underscore, dash, spelled letters, a
// domain said as words, "all one word"), a plate in pieces around make/model/colour/year, and a
// date with no cue word (numeric dates said aloud, "the 8th", a month ending a clause). Beside
// them HARD NEGATIVES: numbers bound to a unit (minutes, pounds, percent, dollars, degrees, miles),
// doses, scores, counts, times, ages under 90 in the same frames, makes and models without a plate.
//
// Lines: inject-dev11-lines.ts (the tuning part, written first) and inject-dev11-aside.ts (the
// set-aside part, other voices and shapes, written separately; scored once at the end with
// `npm run bench:inject -- --dev-only --talk11-aside`, totals only).
//
// Gold convention (HIPAA Safe Harbor, as inject-dev8.ts and docs/deid.md): AGE is an age over 89,
// the age words only ("ninety-three", "95" in "95-year-old", "hundredth" in "hundredth birthday",
// "nineties" in "in her late nineties"); ages under 90 and decades under 90 ("in his forties") are
// not identifiers. EMAIL the whole said address. VEHICLE the plate or VIN only, with the linking
// words said between its pieces ("dash", "um", "then", as inject-dev9.ts); make, model, colour and
// model year are not identifiers; a plate said in two pieces with other words between has each piece
// gold. DATE a day-level date or a month with a year, with a weekday joined to it and the "the" of
// "the 8th of March" (inject-dev10.ts); a day said alone ("on the 8th", "payday is the 15th") is a
// date without its "the" (inject-dev3/4/5.ts), recurring or not; a month, a year or a weekday alone
// is not. NAME and GEO as inject-devfp.ts (few here). (Two gold conventions were aligned with the
// older batches after the untuned score, before the set-aside was scored: plates said with "um" or
// "then" between their pieces, and the "the" of a day said alone.)
//
// Each part becomes conversations of ten lines in one of four speaker-label styles; lines with a
// gold span and lines without are separate parts (the second is scored for false tokens).
import type { Corpus } from './corpora.ts';
import { buildAuthoredCorpus, parseAuthoredLine, type AuthoredLine, type LabelStyle } from './authored-talk.ts';
import { DEV11_LINES } from './inject-dev11-lines.ts';
import { DEV11_ASIDE_LINES } from './inject-dev11-aside.ts';

const STYLES: readonly LabelStyle[] = [
  { c: 'Client: ', t: 'Counsellor: ' },
  { c: 'CLIENT: ', t: 'THERAPIST: ' },
  { c: 'C: ', t: 'T: ' },
  { c: 'client: ', t: 'counselor: ' },
];
const TYPES: Readonly<Record<string, string>> = { A: 'AGE', E: 'EMAIL', V: 'VEHICLE', D: 'DATE', N: 'NAME', G: 'GEO' };
const GOLD_RE = /\[([AEVDNG]):([^\]]+)\]/g;

/** One authored line without its markup, and its gold spans relative to the line. */
export const parseLine11 = (src: string): AuthoredLine => parseAuthoredLine(src, GOLD_RE, TYPES);

const build = (lines: readonly string[], seed: number, name: string): Corpus => buildAuthoredCorpus(lines, seed, name, STYLES, parseLine11);

const HAS_GOLD = /\[[AEVDNG]:/;
const marked = (ls: readonly string[]): string[] => ls.filter((l) => HAS_GOLD.test(l));
const unmarked = (ls: readonly string[]): string[] => ls.filter((l) => !HAS_GOLD.test(l));

export const injectedTherapyDev11 = (): Corpus => build(marked(DEV11_LINES), 0x11d1, 'talk11: AGE/EMAIL/VEHICLE/DATE bound by evidence in talk, dev batch 11');
export const dev11Traps = (): Corpus => build(unmarked(DEV11_LINES), 0x11d2, 'talk11: numbers bound to units, ages under 90, makes without plates, dev batch 11 traps');
export const injectedTherapyDev11Aside = (): Corpus => build(marked(DEV11_ASIDE_LINES), 0xa11d1, 'talk11: AGE/EMAIL/VEHICLE/DATE, batch 11 SET ASIDE');
export const dev11AsideTraps = (): Corpus => build(unmarked(DEV11_ASIDE_LINES), 0xa11d2, 'talk11: hard negatives, batch 11 SET ASIDE traps');
