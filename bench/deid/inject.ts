// A held-out figure for therapy talk (issue 14, item 4). The identifier sentences of
// therapy-phi-dev come from 20 templates that recur in every conversation, so no split of it is
// held out. Here the corpus's own identifier lines are taken out of each conversation and
// sentences from Tacet's own templates are put in at seeded places, with synthetic values and
// exactly computed gold spans:
//   - DEV templates go into conversations 0..52 (row order) — the engine may be tuned on them;
//   - HELD-OUT templates, written separately in other words and other shapes, go into
//     conversations 53..105 — do not read their misses to tune the engine.
// The carrier talk (the real counselling conversation around the injected lines) is kept, so
// false alarms on real talk count against precision.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corporaDir, type Corpus } from './corpora.ts';
import type { Doc, GoldSpan } from './score.ts';
import { pick, pickDev3, pickDev4, pickDev5, pickHeld3, Rng } from './inject-values.ts';

/**
 * A template is one line of talk. `{kind:TYPE}` is filled by `pick[kind]` and becomes a gold span
 * of TYPE (ORG is neutral in scoring); `{kind:TYPE:lower}` is written in lower case; `{kind}` is
 * filled but is not an identifier.
 */
export interface Template {
  id: string;
  speaker: 'Client' | 'Counsellor';
  text: string;
}

const C = 'Client' as const;
const T = 'Counsellor' as const;

export const DEV_TEMPLATES: readonly Template[] = [
  { id: 'd-sibling', speaker: C, text: 'My little brother {first:NAME} keeps borrowing my lighter, which does not help.' },
  { id: 'd-clinic-street', speaker: C, text: 'I go to {clinic:GEO} on {street:GEO} for the patch prescription.' },
  { id: 'd-last-cig', speaker: C, text: 'My last cigarette was on {date:DATE}, I remember because it rained all day.' },
  { id: 'd-phone-words', speaker: C, text: "If you need to reach me it's {phoneSpoken:PHONE}." },
  { id: 'd-email-words', speaker: C, text: "Just email me, it's {emailSpoken:EMAIL}." },
  { id: 'd-member', speaker: C, text: 'The insurance card says member ID {memberId:HEALTH_PLAN}, if that matters for the patches.' },
  { id: 'd-plate', speaker: C, text: 'Somebody dented my car in the lot, plate {plate:VEHICLE}, and I wanted a smoke so badly.' },
  { id: 'd-serial', speaker: C, text: 'The serial on my vape is {serial:DEVICE}, I looked it up for a recall.' },
  { id: 'd-handle', speaker: C, text: 'My daughter found my instagram, {handle:OTHER_ID}, full of old smoking pictures.' },
  { id: 'd-age-grandpa', speaker: C, text: 'Grandpa {first:NAME} smoked until he was {ageOver89:AGE}, so everybody thinks it is fine.' },
  { id: 'd-city-zip', speaker: C, text: 'We moved from {city:GEO}, {zip:GEO} last spring and I started again.' },
  { id: 'd-lower-name', speaker: C, text: 'i told {first:NAME:lower} at work that im quitting and she laughed' },
  { id: 'd-counsellor-name', speaker: T, text: 'How did {first:NAME} react when you told them about quitting?' },
  { id: 'd-teacher-school', speaker: C, text: 'Ms. {last:NAME} at {school:ORG} called about my son vaping again.' },
  { id: 'd-employer-city', speaker: C, text: 'I work nights at {employer:ORG} in {city:GEO}, {state:GEO}.' },
  { id: 'd-doctor-date', speaker: C, text: 'Dr. {last:NAME} upped my dose on {date:DATE}.' },
  { id: 'd-pharmacy-phone', speaker: C, text: 'The pharmacy has my number as {phone:PHONE}, not my new one.' },
  { id: 'd-inlaw-age', speaker: C, text: 'My mother-in-law {first:NAME} {last:NAME} is {ageOver89:AGE} and still sharper than me.' },
  { id: 'd-address', speaker: C, text: 'My old address was {street:GEO}, {city:GEO} {stateAbbr:GEO} {zip:GEO}.' },
  { id: 'd-quitline', speaker: C, text: 'I got a voicemail from the quitline at {phone:PHONE} on {date:DATE}.' },
  { id: 'd-ssn', speaker: C, text: 'They wanted my social for the program, {ssn:SSN}, and I gave it.' },
  { id: 'd-mrn', speaker: C, text: 'The clinic chart number on the form is {mrn:MRN}.' },
  { id: 'd-photo', speaker: C, text: 'I took a picture of my quit calendar, it is {photo:PHOTO} on my phone.' },
  { id: 'd-cousins', speaker: C, text: 'My cousins {first:NAME} and {first:NAME} both vape at every family dinner.' },
];

export const HELD_OUT_TEMPLATES: readonly Template[] = [
  { id: 'h-niece', speaker: C, text: "Funny thing, {first:NAME}, my sister's kid, asked me why I smell like an ashtray." },
  { id: 'h-walkin', speaker: C, text: "There's a walk-in place, {clinic:GEO}, right by {street:GEO}, I could try them." },
  { id: 'h-quit-date', speaker: C, text: "Quit date? I'm thinking {date:DATE}, no wait, make that {date:DATE}." },
  { id: 'h-cell', speaker: C, text: 'Her cell is {phoneSpoken:PHONE} if you ever need to call her.' },
  { id: 'h-two-emails', speaker: C, text: 'You can write to me at {email:EMAIL} or the old one, {emailSpoken:EMAIL}.' },
  { id: 'h-claim', speaker: C, text: 'They denied the claim even with group number {groupNumber:HEALTH_PLAN} and my ID {memberId:HEALTH_PLAN}.' },
  { id: 'h-tags', speaker: C, text: 'The cops ran the tags, {plate:VEHICLE}, and it came back to my ex.' },
  { id: 'h-pump', speaker: C, text: 'The nicotine inhaler has a number on the back, {serial:DEVICE}, I had to register it.' },
  { id: 'h-follow', speaker: C, text: 'People follow my progress, I post every day as {handle:OTHER_ID}.' },
  { id: 'h-nana', speaker: C, text: 'Nana is {ageOver89Words:AGE} now and still lights up every morning on the porch.' },
  { id: 'h-grew-up', speaker: C, text: 'I grew up outside {city:GEO}, zip code {zip:GEO}, where everybody smoked.' },
  { id: 'h-lower-gum', speaker: C, text: 'so {first:NAME:lower} said i should just use the gum lol' },
  { id: 'h-counsellor-support', speaker: T, text: 'It sounds like {first:NAME} {last:NAME} has been a real support for you through this.' },
  { id: 'h-coach', speaker: C, text: 'Coach {last:NAME} from {school:ORG} is the one who caught me behind the gym.' },
  { id: 'h-hired', speaker: C, text: 'Got hired at {employer:ORG}, their office is on {street:GEO} in {city:GEO}.' },
  { id: 'h-labs', speaker: C, text: 'The doctor I see, {first:NAME} {last:NAME}, wants labs done by {date:DATE}.' },
  { id: 'h-text-me', speaker: C, text: 'Text me at {phone:PHONE} instead, the other phone is dead.' },
  { id: 'h-uncle', speaker: C, text: 'Uncle {first:NAME} passed at {ageOver89:AGE} and he smoked his whole life.' },
  { id: 'h-letter', speaker: C, text: 'Send the letter to {street:GEO}, Apt {apt:GEO}, {city:GEO}, {stateAbbr:GEO} {zip:GEO}.' },
  { id: 'h-license', speaker: C, text: "My driver's license, {driversLicense:LICENSE}, got suspended after the second DUI." },
  { id: 'h-bank', speaker: C, text: 'My bank account {account:ACCOUNT} went negative from buying cartons.' },
  { id: 'h-portal', speaker: C, text: 'The patient portal number they gave me was {mrn:MRN}.' },
  { id: 'h-fundraiser', speaker: C, text: 'My fundraiser page is {url:URL}, for the rehab.' },
  { id: 'h-breakup', speaker: C, text: '{first:NAME} and I split up on {date:DATE} and I bought a pack that night.' },
  { id: 'h-ip', speaker: C, text: 'My brother traced the nasty posts to {ip:IP}, some library computer.' },
];

const SLOT = /\{(\w+)(?::(\w+))?(?::(lower))?\}/g;
/** Every picker a slot may name; the v3, dev3, dev4 and dev5 pickers are separate tables so the earlier ones stay as they were. */
const PICKERS: Readonly<Record<string, (r: Rng) => string>> = { ...pick, ...pickHeld3, ...pickDev3, ...pickDev4, ...pickDev5 };

/** One line filled from a template, with the gold spans of its identifiers (offsets in the line). */
export function fillTemplate(t: Template, rng: Rng, pickers: Readonly<Record<string, (r: Rng) => string>> = PICKERS): { line: string; spans: Array<GoldSpan & { value: string }> } {
  const spans: Array<GoldSpan & { value: string }> = [];
  let line = `${t.speaker}: `;
  let last = 0;
  for (const m of t.text.matchAll(SLOT)) {
    line += t.text.slice(last, m.index);
    const gen = Object.hasOwn(pickers, m[1]!) ? pickers[m[1]!] : undefined;
    if (gen === undefined) throw new Error(`template ${t.id}: unknown slot ${m[1]}`);
    let value = gen(rng);
    if (m[3] === 'lower') value = value.toLowerCase();
    if (m[2] !== undefined) spans.push({ start: line.length, end: line.length + value.length, type: m[2], value });
    line += value;
    last = m.index + m[0].length;
  }
  line += t.text.slice(last);
  return { line, spans };
}

export interface InjectedDoc extends Doc {
  /** Each gold span with the value written there and the template that wrote it. */
  spans: Array<GoldSpan & { value: string; template: string }>;
  /** Template ids used, in order of insertion. */
  templates: string[];
}

/**
 * Takes the corpus's own identifier lines out of a conversation (every line that carries a gold
 * span) and puts `count` lines from `templates` in at seeded line positions. Gold spans are the
 * injected ones only. `pickers` fills the slots (a generated set, inject-dev6.ts, and the blind v4 set,
 * inject-held4.ts, bring their own).
 */
export function injectConversation(
  doc: Doc,
  templates: readonly Template[],
  seed: number,
  count = 8,
  half: 0 | 1 = 0,
  pickers: Readonly<Record<string, (r: Rng) => string>> = PICKERS,
): InjectedDoc {
  const rng = new Rng(seed, half);
  const lines: string[] = [];
  let at = 0;
  for (const l of doc.text.split('\n')) {
    const end = at + l.length;
    if (!doc.spans.some((s) => s.start < end && s.end > at)) lines.push(l);
    at = end + 1;
  }
  // Positions after the opening exchange, in order; each template used at most once per conversation.
  const order = [...templates.keys()];
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const chosen = order.slice(0, Math.min(count, order.length)).map((k) => templates[k]!);
  const inserts = new Map<number, Array<ReturnType<typeof fillTemplate> & { id: string }>>();
  for (const t of chosen) {
    const pos = Math.min(lines.length, 2 + rng.int(Math.max(1, lines.length - 1)));
    const list = inserts.get(pos) ?? [];
    list.push({ ...fillTemplate(t, rng, pickers), id: t.id });
    inserts.set(pos, list);
  }
  const out: string[] = [];
  const spans: InjectedDoc['spans'] = [];
  const used: string[] = [];
  let offset = 0;
  const put = (line: string): void => {
    out.push(line);
    offset += line.length + 1;
  };
  for (let i = 0; i <= lines.length; i++) {
    for (const ins of inserts.get(i) ?? []) {
      for (const s of ins.spans) spans.push({ ...s, start: s.start + offset, end: s.end + offset, template: ins.id });
      used.push(ins.id);
      put(ins.line);
    }
    if (i < lines.length) put(lines[i]!);
  }
  return { id: `${doc.id}-injected`, text: out.join('\n'), spans, templates: used };
}

/** The therapy-phi-dev conversations, by row order, or undefined when the corpus is absent. */
export function therapyConversations(): Doc[] | undefined {
  const file = join(corporaDir, 'therapy-phi-dev', 'therapy_phi_dev.jsonl');
  if (!existsSync(file)) return undefined;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Doc);
}

export const DEV_ROWS = { from: 0, to: 52 } as const;
export const HELD_OUT_ROWS = { from: 53, to: 105 } as const;

/** Dev templates in conversations 0..52, held-out templates in 53..105, same Corpus shape as corpora.ts. */
export function injectedTherapy(): { dev: Corpus; heldOut: Corpus } | undefined {
  const rows = therapyConversations();
  if (rows === undefined) return undefined;
  const neutral = new Set(['ORG']);
  const make = (range: { from: number; to: number }, templates: readonly Template[], half: 0 | 1): InjectedDoc[] =>
    rows.slice(range.from, range.to + 1).map((d, k) => injectConversation(d, templates, 0x1d7 + 7919 * (range.from + k), 8, half));
  return {
    dev: { name: 'therapy talk, injected Tacet templates (dev: conversations 0-52)', docs: make(DEV_ROWS, DEV_TEMPLATES, 0), neutral },
    heldOut: { name: 'therapy talk, injected Tacet templates (held out: conversations 53-105)', docs: make(HELD_OUT_ROWS, HELD_OUT_TEMPLATES, 1), neutral },
  };
}
