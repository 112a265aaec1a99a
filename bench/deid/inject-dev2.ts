// A second set of DEVELOPMENT templates for the injected therapy benchmark (issue 14, item 4),
// written after the first set had been tuned to 99 %, in shapes neither set has: places after
// verbs of travel and living, towns with a Canadian or Australian region, neighbourhoods,
// landmarks and counties, people named after their role (probation officer, caseworker, coach,
// support worker), lower-case talk, and identifiers read out for a form. They go into the
// development conversations (0..52, as DEV_TEMPLATES) with their own seeds and values from the
// development half of every list. The held-out set (HELD_OUT_TEMPLATES) is not touched.
import type { Corpus } from './corpora.ts';
import { DEV_ROWS, injectConversation, therapyConversations, type InjectedDoc, type Template } from './inject.ts';

const C = 'Client' as const;
const T = 'Counsellor' as const;

export const DEV2_TEMPLATES: readonly Template[] = [
  { id: 'd2-drove-funeral', speaker: C, text: "We drove up to {city:GEO} on {date:DATE} for my nan's funeral." },
  { id: 'd2-grew-up-region', speaker: C, text: 'I grew up in {townWithRegion:GEO} but my dad is still in {city:GEO}.' },
  { id: 'd2-probation', speaker: C, text: 'My probation officer, {first:NAME} {last:NAME}, wants a letter from you by {date:DATE}.' },
  { id: 'd2-caseworker', speaker: C, text: "The caseworker, Mr. {last:NAME}, said the kids can stay at my sister's in {neighbourhood:GEO}." },
  { id: 'd2-nana-landmark', speaker: C, text: 'Nana is {ageOver89Words:AGE} and she still walks to {landmark:GEO} every morning.' },
  { id: 'd2-lower-pickup', speaker: C, text: 'yeah so {first:NAME:lower} picked me up from {city:GEO:lower} after the shift' },
  { id: 'd2-lives-over', speaker: T, text: 'You said {first:NAME} lives over in {neighbourhood:GEO} now, is that right?' },
  { id: 'd2-county-court', speaker: C, text: 'The hearing is at the {county:GEO} courthouse on {date:DATE}.' },
  { id: 'd2-started-job', speaker: C, text: 'I started at {employer:ORG} on {date:DATE}, the warehouse out in {city:GEO}.' },
  { id: 'd2-apartment', speaker: C, text: 'We were at {street:GEO}, apartment {apt:GEO}, until the fire.' },
  { id: 'd2-wristband', speaker: C, text: 'My wristband from the ER said {mrn:MRN} with my name spelled wrong.' },
  { id: 'd2-referred', speaker: C, text: 'Dr. {last:NAME} over at {clinic:GEO} sent me to you.' },
  { id: 'd2-moved-abbr', speaker: C, text: 'We moved to {city:GEO} {stateAbbr:GEO} when I was ten.' },
  { id: 'd2-father-town', speaker: T, text: 'Is {city:GEO} where your father is living these days?' },
  { id: 'd2-coach', speaker: C, text: 'Coach {last:NAME} benched him at the tournament in {city:GEO}.' },
  { id: 'd2-teacher-email', speaker: C, text: 'Her teacher {first:NAME} {last:NAME} emailed me from {email:EMAIL} about it.' },
  { id: 'd2-text-me', speaker: C, text: 'Text me at {phone:PHONE} instead, the landline got cut off.' },
  { id: 'd2-licence', speaker: C, text: 'My license number is {driversLicense:LICENSE}, they wrote it on the ticket.' },
  { id: 'd2-grandad-age', speaker: C, text: 'Grandad turned {ageOver89:AGE} on {date:DATE} and we had cake at the home.' },
  { id: 'd2-behind-landmark', speaker: C, text: 'Him and {first:NAME} used to meet behind {landmark:GEO} to use.' },
  { id: 'd2-lower-street', speaker: C, text: 'i live on {street:GEO:lower} now, near the bus depot' },
  { id: 'd2-account', speaker: C, text: 'The account at the pharmacy is {account:ACCOUNT}, can you put that on the form?' },
  { id: 'd2-fundraiser', speaker: C, text: 'My son set up a fundraiser, {url:URL}, for the rehab.' },
  { id: 'd2-aunt-since', speaker: C, text: "Since {date:DATE} I have been staying at my aunt {first:NAME}'s in {city:GEO}." },
  { id: 'd2-support-worker', speaker: C, text: 'My support worker {first:NAME} from {clinic:GEO} comes on Tuesdays.' },
];

/** DEV2 templates in the development conversations 0..52, seeded apart from the first set. */
export function injectedTherapyDev2(): Corpus | undefined {
  const rows = therapyConversations();
  if (rows === undefined) return undefined;
  const docs: InjectedDoc[] = rows
    .slice(DEV_ROWS.from, DEV_ROWS.to + 1)
    .map((d, k) => injectConversation(d, DEV2_TEMPLATES, 0x2e5 + 7907 * (DEV_ROWS.from + k), 8, 0));
  return { name: 'therapy talk, injected Tacet templates, dev batch 2 (conversations 0-52)', docs, neutral: new Set(['ORG']) };
}
