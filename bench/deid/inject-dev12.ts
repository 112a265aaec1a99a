// Round "talk12" (issue 14, R35): identifiers in SPEECH-TO-TEXT transcripts. Tacet's recording mode
// (src/features/transcription) turns a session into text that looks nothing like typed chat: all
// lower case or sentence case only (names without capitals), little or no punctuation, numbers
// spelled out or half-digit ("twenty twenty three", "oh five"), disfluencies and repairs ("my my son
// uh dylan no dillon"), run-on turns, no speaker labels or diarised ones ("SPEAKER_00:", Tacet's own
// "[mm:ss] Speaker 1: "), e-mail and web addresses said aloud, names spelled letter by letter. Earlier
// talk rounds wrote typed transcripts with tidy punctuation; this batch writes the spoken kind, by
// hand, BEFORE the detector code was read.
//
// Lines: inject-dev12-lines.ts (the tuning part, written first) and inject-dev12-aside.ts (the
// set-aside part, other words and other speakers' habits, written separately; scored once at the
// end with `npm run bench:inject -- --dev-only --talk12-aside`, totals only).
//
// Markup: "c|" client, "t|" counsellor; [N:..] NAME (name words only: no title, no "my"; a name
// spelled letter by letter is a NAME span too), [A:..] AGE (over 89, the age words), [D:..] DATE
// (day-level, or month and year, as inject-dev10/11.ts: "the" only in "the 8th of March", a day said
// alone without its "the"), [E:..] EMAIL (the whole said address), [U:..] URL, [P:..] PHONE,
// [V:..] VEHICLE (plate or VIN with the fillers said between its pieces), [S:..] SSN (and national
// insurance), [H:..] HEALTH_PLAN, [O:..] OTHER_ID, [C:..] ACCOUNT, [L:..] LICENSE, [G:..] GEO (smaller
// than a state: town, street with its number, postcode). ORG is neutral.
//
// Each part becomes transcripts of ten turns. A transcript is either all lower case or sentence
// case (first letter of a turn and of a sentence, and the pronoun "I"), and takes one of five
// shapes: Tacet's own "[mm:ss] Speaker N: ", "[mm:ss] " alone, diarised "SPEAKER_0N: ", bare turns
// one per line, or one run-on paragraph with no breaks at all. Lines with a gold span and lines
// without are separate parts (the second is scored for false tokens).
import type { Corpus } from './corpora.ts';
import type { InjectedDoc } from './inject.ts';
import { mulberry32, shuffle } from '../rng.ts';
import { DEV12_LINES, DEV12_TRAPS } from './inject-dev12-lines.ts';
import { parseAuthoredLine, type AuthoredLine } from './authored-talk.ts';
import { ASIDE12_LINES, ASIDE12_TRAPS } from './inject-dev12-aside.ts';

const TYPES: Readonly<Record<string, string>> = {
  N: 'NAME', A: 'AGE', D: 'DATE', E: 'EMAIL', U: 'URL', P: 'PHONE', V: 'VEHICLE', S: 'SSN', H: 'HEALTH_PLAN', O: 'OTHER_ID', C: 'ACCOUNT', L: 'LICENSE', G: 'GEO',
};
const GOLD_RE = /\[([NADEUPVSHOCLG]):([^\]]+)\]/g;

/** One authored line without its markup, and its gold spans relative to the line. */
export const parseLine12 = (src: string): AuthoredLine => parseAuthoredLine(src, GOLD_RE, TYPES);

/** Sentence case as an ASR engine writes it: the first letter of a turn and after . ? !, and "I". Lengths unchanged. */
export function sentenceCase(s: string): string {
  return s
    .replace(/(^|[.?!]\s+)([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase())
    .replace(/(^|\s)i(?=\s|$)/g, '$1I');
}

type Shape = 'tacet' | 'stamp' | 'diarised' | 'bare' | 'runon';
const SHAPES: readonly Shape[] = ['tacet', 'stamp', 'diarised', 'bare', 'runon'];

function stamp(sec: number): string {
  return `[${String(Math.floor(sec / 60)).padStart(2, '0')}:${String(sec % 60).padStart(2, '0')}] `;
}

function build(lines: readonly string[], seed: number, name: string, perDoc = 10): Corpus {
  const r = mulberry32(seed);
  const order = shuffle(r, [...lines.keys()]);
  const docs: InjectedDoc[] = [];
  for (let d = 0; d * perDoc < order.length; d++) {
    const shape = SHAPES[d % SHAPES.length]!;
    const upper = r() < 0.5;
    const clientFirst = r() < 0.5;
    let sec = Math.floor(r() * 120);
    const parts: string[] = [];
    const spans: InjectedDoc['spans'] = [];
    let offset = 0;
    const sep = shape === 'runon' ? ' ' : '\n';
    for (const k of order.slice(d * perDoc, (d + 1) * perDoc)) {
      const p = parseLine12(lines[k]!);
      const who = (p.speaker === 'c') === clientFirst ? 1 : 2;
      sec += 5 + Math.floor(r() * 40);
      const label =
        shape === 'tacet' ? `${stamp(sec)}Speaker ${who}: ` : shape === 'stamp' ? stamp(sec) : shape === 'diarised' ? `SPEAKER_0${who - 1}: ` : '';
      for (const s of p.spans) spans.push({ ...s, start: s.start + offset + label.length, end: s.end + offset + label.length, template: `line ${k}` });
      const line = label + (upper ? sentenceCase(p.text) : p.text);
      parts.push(line);
      offset += line.length + sep.length;
    }
    docs.push({ id: `${name}-${d}`, text: parts.join(sep), spans, templates: [] });
  }
  return { name, docs, neutral: new Set(['ORG']) };
}

export const injectedTherapyDev12 = (): Corpus => build(DEV12_LINES, 0x12d1, 'talk12: identifiers in speech-to-text transcripts, dev batch 12');
export const dev12Traps = (): Corpus => build(DEV12_TRAPS, 0x12d2, 'talk12: lower-case transcript talk with no identifier, dev batch 12 traps');
export const injectedTherapyDev12Aside = (): Corpus => build(ASIDE12_LINES, 0xa12d1, 'talk12: speech-to-text transcripts, batch 12 SET ASIDE');
export const dev12AsideTraps = (): Corpus => build(ASIDE12_TRAPS, 0xa12d2, 'talk12: lower-case transcript talk, batch 12 SET ASIDE traps');
