// The input of `npm run bench:ai`, shared with the verifier's equivalence check and speed script
// (bench/grounding/labels-golden.ts, bench/verify-speed.ts): a 60 KB synthetic session transcript
// and a ~30-sentence SOAP draft of it, both built the same way every time (seeded).
import { seeded } from '../test/seeded.ts';
import type { Answer } from '../src/features/ai/prompt.ts';

const TARGET_BYTES = 60 * 1024;

// Synthetic session: ordinary therapy talk with identifiers sprinkled in (names, a date, a phone
// number, an e-mail, a street address), so the de-identification engine has real work to do.
const CLIENT_LINES = [
  'I have been sleeping a bit better, maybe six hours most nights since we started the routine.',
  'Work has been stressful, my manager Priya Natarajan keeps moving the deadlines on the audit project.',
  'My sister Odalys called on March 3 and we talked about mom for almost an hour.',
  'I tried the thought record twice, once on Tuesday and once after the meeting on Friday.',
  'Honestly I still feel like I always fail at work, even when the feedback is fine.',
  'We are moving to 4417 Juniper Hollow Road next month, so everything is in boxes.',
  'I had a couple of drinks at the dinner on Saturday but nothing more than that.',
  'The breathing thing helped when I noticed my chest getting tight in the car.',
  'You can reach me at (555) 014-7731 if the appointment changes, or odalys.fam@example.test.',
  'I want to get back to playing cello with the community orchestra this spring.',
];
const THERAPIST_LINES = [
  'What did you notice in your body when that thought came up?',
  'Let us practice the breathing exercise together for a few minutes before we go on.',
  'It sounds like the evidence for that thought is weaker than it feels in the moment.',
  'How would you rate your mood this week on a scale from one to ten?',
  'For homework, will you keep the sleep diary and do one thought record before next session?',
  'We reviewed your PHQ-9 today and it is lower than last month.',
];

// Ordinary words appended to every line, from a seeded generator, so the transcript has the
// variety (and the poor compressibility) of real speech instead of sixteen repeated lines.
const WORDS = (
  'about after again almost also always anyway around back because before being better between both brother called came ' +
  'car change children coffee could couple daughter days different doctor done down during early easy else enough evening ' +
  'every everything exercise family father feel felt few finally friend friends game getting give going good got guess ' +
  'half hard head heard help home honestly hope hour house idea job just keep kids kind knew last late later least leave ' +
  'left less let life little long look lot made make maybe mean meeting mind money month morning mother much need never ' +
  'next night nothing notice office once other outside over part people phone place plan point pretty probably quite ' +
  'really remember right room said same saw school second seemed sense should since sister sleep small someone something ' +
  'sometimes soon still stopped stuff sure talk talked tell thing think though thought through tired today together told ' +
  'tomorrow tried trying turned until usually walk wanted week weekend went while whole work worried worry year yesterday'
).split(' ');

export function transcript(): string {
  const rand = seeded(0x7acec);
  const tail = (): string => Array.from({ length: 6 + Math.floor(rand() * 10) }, () => WORDS[Math.floor(rand() * WORDS.length)]!).join(' ');
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < TARGET_BYTES; i++) {
    const base = i % 2 === 0 ? `Therapist: ${THERAPIST_LINES[Math.floor(rand() * THERAPIST_LINES.length)]!}` : `Client: ${CLIENT_LINES[Math.floor(rand() * CLIENT_LINES.length)]!}`;
    const line = `${base} And ${tail()}.`;
    lines.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  return lines.join('\n');
}

/** A SOAP draft of `n` sentences: paraphrases of evenly spread segments, some citing two. */
export function draftOf(segs: ReadonlyArray<{ id: string; text: string; speaker?: string }>, n: number): Answer {
  const keys = ['subjective', 'objective', 'assessment', 'plan'];
  const sections = keys.map((key) => ({ key, sentences: [] as Array<{ text: string; sourceIds: string[] }> }));
  const step = Math.max(1, Math.floor(segs.length / n));
  for (let k = 0; k < n && k * step < segs.length; k++) {
    const a = segs[k * step]!;
    const b = k % 3 === 0 ? segs[k * step + 1] : undefined;
    const who = a.speaker === 'clinician' ? 'Clinician noted that' : 'Client reported that';
    const body = a.text.replace(/[.?!]+$/, '');
    const text = b === undefined ? `${who} ${body.charAt(0).toLowerCase()}${body.slice(1)}.` : `${who} ${body.charAt(0).toLowerCase()}${body.slice(1)}, and ${b.text.charAt(0).toLowerCase()}${b.text.slice(1)}`;
    sections[k % keys.length]!.sentences.push({ text, sourceIds: b === undefined ? [a.id] : [a.id, b.id] });
  }
  return { sections, goalSuggestions: [] };
}
