// Round "talk13" (issue 14, R35): AGES OVER 89 and VEHICLE identifiers in counselling talk. The
// blind talk set has these two types lowest (AGE 0.67, VEHICLE 0.76 recall; every other type 0.90+);
// its errors were never read. This batch writes by hand, BEFORE the detector code was read, the
// shapes in which people say them: an age as a birthday to come ("she turns ninety-one on Sunday",
// "his 95th", "Nana's ninety second birthday"), bound to a relation or in apposition ("my gran is 94
// and still drives", "my neighbour, 97,"), in lists, pairs and corrections ("91 and 89", "ninety-one,
// no wait, ninety-two"), after "at" / "aged" / "lived to" / "went into the home at", with "yo",
// "y/o", "yrs", "-year-old", as a decade ("in her mid nineties"), hedged ("pushing ninety-five",
// "almost a hundred"); a plate after plate/tag/reg/rego with a state or country word ("Ohio plates,
// HBT 4410"), UK and Australian shapes, said with spaces, dashes, commas, letters as words ("X-ray
// Lima Mike", "B as in boy", "kay tee why"), doubles, partial plates ("ended in four two seven"),
// two guesses, vanity plates, a plate after a make and model with no plate word, VINs whole, in
// groups or by their last six. Beside them HARD NEGATIVES: ages under 90 in the same frames, numbers
// over 89 bound to minutes, days sober, scores, units, prices, counts, buses, rooms, pages; model
// years and models ("a 1994 Corolla", "F-150", "911"); "the nineties"; the age of a house or a
// company; "I feel ninety"; plates of food, price tags, tagging a photo, course registration.
//
// Lines: inject-dev13-lines.ts (the tuning part, written first) and inject-dev13-aside.ts (the
// set-aside part, other words, written separately; scored once at the end with
// `npm run bench:inject -- --dev-only --talk13 --talk13-aside`, totals only).
//
// Markup: "c|" client, "t|" counsellor; [A:..] AGE, [V:..] VEHICLE. Gold convention as
// inject-dev11.ts (HIPAA Safe Harbor; docs/deid.md): AGE is an age over 89, the age words only
// ("ninety-one", "95" of "95th" and of "95-year-old", "hundred and first", "nineties" of "in her
// nineties", "a hundred" with its "a"); ages under 90 are not identifiers. VEHICLE is the plate or
// VIN only, with the words said between its pieces ("as in boy", "something", "double"); the make,
// model, colour, model year and the state or country word are not identifiers; a partial plate or
// the last digits of a VIN are gold; a plate said twice (a correction) has both gold.
//
// Layout: each part becomes conversations of ten lines, alternately typed chat with speaker labels
// (inject-dev11.ts's four styles) and transcribed speech that keeps its capitals (Tacet's own
// "[mm:ss] Speaker N: ", diarised "SPEAKER_0N: ", bare turns one per line, or one run-on
// paragraph); the text of a line is never changed. Lines with a gold span and trap lines are
// separate parts (the second is scored for false tokens).
import type { Corpus } from './corpora.ts';
import type { InjectedDoc } from './inject.ts';
import { mulberry32, pick, shuffle } from '../rng.ts';
import { parseAuthoredLine, type AuthoredLine } from './authored-talk.ts';
import { DEV13_LINES, DEV13_TRAPS } from './inject-dev13-lines.ts';
import { ASIDE13_LINES, ASIDE13_TRAPS } from './inject-dev13-aside.ts';

const TYPES: Readonly<Record<string, string>> = { A: 'AGE', V: 'VEHICLE', N: 'NAME' };
const GOLD_RE = /\[([AVN]):([^\]]+)\]/g;

/** One authored line without its markup, and its gold spans relative to the line. */
export const parseLine13 = (src: string): AuthoredLine => parseAuthoredLine(src, GOLD_RE, TYPES);

type Shape = 'chat' | 'tacet' | 'diarised' | 'bare' | 'runon';
const SPEECH: readonly Shape[] = ['tacet', 'diarised', 'bare', 'runon'];
const CHAT_LABELS: readonly { c: string; t: string }[] = [
  { c: 'Client: ', t: 'Counsellor: ' },
  { c: 'CLIENT: ', t: 'THERAPIST: ' },
  { c: 'C: ', t: 'T: ' },
  { c: 'client: ', t: 'counselor: ' },
];

const stamp = (sec: number): string => `[${String(Math.floor(sec / 60)).padStart(2, '0')}:${String(sec % 60).padStart(2, '0')}] `;

function build(lines: readonly string[], seed: number, name: string, perDoc = 10): Corpus {
  const r = mulberry32(seed);
  const order = shuffle(r, [...lines.keys()]);
  const docs: InjectedDoc[] = [];
  for (let d = 0; d * perDoc < order.length; d++) {
    const shape: Shape = d % 2 === 0 ? 'chat' : SPEECH[(d >> 1) % SPEECH.length]!;
    const labels = pick(r, CHAT_LABELS);
    const clientFirst = r() < 0.5;
    let sec = Math.floor(r() * 120);
    const parts: string[] = [];
    const spans: InjectedDoc['spans'] = [];
    let offset = 0;
    const sep = shape === 'runon' ? ' ' : '\n';
    for (const k of order.slice(d * perDoc, (d + 1) * perDoc)) {
      const p = parseLine13(lines[k]!);
      const who = (p.speaker === 'c') === clientFirst ? 1 : 2;
      sec += 5 + Math.floor(r() * 40);
      const label =
        shape === 'chat'
          ? labels[p.speaker]
          : shape === 'tacet'
            ? `${stamp(sec)}Speaker ${who}: `
            : shape === 'diarised'
              ? `SPEAKER_0${who - 1}: `
              : '';
      for (const s of p.spans) spans.push({ ...s, start: s.start + offset + label.length, end: s.end + offset + label.length, template: `line ${k}` });
      const line = label + p.text;
      parts.push(line);
      offset += line.length + sep.length;
    }
    docs.push({ id: `${name}-${d}`, text: parts.join(sep), spans, templates: [] });
  }
  return { name, docs, neutral: new Set(['ORG']) };
}

export const injectedTherapyDev13 = (): Corpus => build(DEV13_LINES, 0x13d1, 'talk13: ages over 89 and vehicle identifiers as said in talk, dev batch 13');
export const dev13Traps = (): Corpus => build(DEV13_TRAPS, 0x13d2, 'talk13: ages under 90, numbers over 89 bound to other things, models, plates of food, dev batch 13 traps');
export const injectedTherapyDev13Aside = (): Corpus => build(ASIDE13_LINES, 0xa13d1, 'talk13: ages over 89 and vehicle identifiers, batch 13 SET ASIDE');
export const dev13AsideTraps = (): Corpus => build(ASIDE13_TRAPS, 0xa13d2, 'talk13: hard negatives, batch 13 SET ASIDE traps');
