// A third set of DEVELOPMENT templates for the injected therapy benchmark (issue 14), written
// 2026-12-06 after the blind held-out set v3 scored far below the two tuned sets: the engine had
// learnt the template shapes, not the way people say identifiers. These aim for breadth of
// phrasing rather than depth: names after kinship and role words, titles, nicknames, lists,
// possessives, vocatives, surnames that are ordinary words, a surname spelled out, lower-case chat;
// towns alone after verbs of living and travel, town with state, street corners, roads,
// neighbourhoods, venues and clinics by name; dates in spoken and written forms, ranges, ages over
// 89 in digits and words; phone numbers read in pairs, with "double", with the area code apart;
// obfuscated e-mail; and the rarer record numbers. Values come from their own pools (pickDev3 in
// inject-values.ts). They go into the development conversations 0..52 only, with their own seed.
// Written without reading held out v3's templates, pools or errors, nor the first held-out set.
import type { Corpus } from './corpora.ts';
import { DEV_ROWS, injectConversation, therapyConversations, type InjectedDoc, type Template } from './inject.ts';

const C = 'Client' as const;
const T = 'Counsellor' as const;

export const DEV3_TEMPLATES: readonly Template[] = [
  // People: kinship and role words, titles, nicknames, lists, possessives, vocatives.
  { id: 'd3-stepdad', speaker: C, text: 'My stepdad {d3first:NAME} never once came to a game.' },
  { id: 'd3-boyfriend-comma', speaker: C, text: 'Her boyfriend, {d3first:NAME}, is the one who got her using again.' },
  { id: 'd3-auntie', speaker: C, text: 'Auntie {d3first:NAME} took us in when mom went away.' },
  { id: 'd3-pastor', speaker: C, text: 'Pastor {d3last:NAME} prayed with me after the service, it helped a little.' },
  { id: 'd3-officer', speaker: C, text: 'Officer {d3wordLast:NAME} was actually decent to me that night.' },
  { id: 'd3-coach-first', speaker: C, text: 'I told Coach {d3first:NAME} I was quitting the team and he just nodded.' },
  { id: 'd3-uncle-nick', speaker: C, text: 'Uncle {d3nick:NAME} is the only one who calls me on my birthday.' },
  { id: 'd3-we-call-him', speaker: C, text: "His real name is {d3first:NAME} but everybody calls him {d3nick:NAME}." },
  { id: 'd3-list-three', speaker: C, text: '{d3first:NAME}, {d3first:NAME} and {d3first:NAME} were all there, so I left early.' },
  { id: 'd3-possessive', speaker: C, text: "I stayed the weekend at {d3first:NAME}'s place and it was quiet for once." },
  { id: 'd3-possessive-mom', speaker: C, text: "{d3first:NAME}'s mom still won't let her see me." },
  { id: 'd3-vocative', speaker: T, text: '{d3first:NAME}, can I stop you there for a second?' },
  { id: 'd3-vocative-end', speaker: T, text: 'That sounds exhausting, {d3first:NAME}.' },
  { id: 'd3-word-surname', speaker: C, text: 'The new manager is a guy named {d3first:NAME} {d3wordLast:NAME}, and he hates me.' },
  { id: 'd3-mrs-word', speaker: C, text: 'Mrs. {d3wordLast:NAME} next door called the cops on us again.' },
  { id: 'd3-spelled', speaker: C, text: 'My last name is {d3lastSpelled:NAME}, they always get it wrong.' },
  { id: 'd3-lower-chat', speaker: C, text: 'lol {d3first:NAME:lower} texted me at 3am again' },
  { id: 'd3-lower-with', speaker: C, text: 'me and {d3first:NAME:lower} {d3wordLast:NAME:lower} went to the lake' },
  { id: 'd3-sponsor', speaker: C, text: 'My sponsor is {d3first:NAME} {d3last:NAME}, she has eleven years sober.' },
  { id: 'd3-counsellor-asks', speaker: T, text: 'When you say {d3first:NAME} was there, do you mean your ex?' },
  { id: 'd3-sister-married', speaker: C, text: 'My sister married a {d3last:NAME}, so she is {d3first:NAME} {d3last:NAME} now.' },
  { id: 'd3-grandma-named', speaker: C, text: 'Grandma {d3first:NAME} raised me mostly.' },
  { id: 'd3-dr-first', speaker: C, text: 'Dr. {d3first:NAME} at the walk-in told me to come see you.' },
  { id: 'd3-son-and', speaker: C, text: 'My kids are {d3first:NAME} and {d3first:NAME}, seven and nine.' },
  // Places.
  { id: 'd3-back-home', speaker: C, text: 'Back home in {d3town:GEO} nobody talked about this stuff.' },
  { id: 'd3-moved-to', speaker: C, text: 'Then we moved to {d3town:GEO} and it all started again.' },
  { id: 'd3-out-in', speaker: C, text: 'My brother lives out in {d3town:GEO} with his girlfriend.' },
  { id: 'd3-town-state', speaker: C, text: 'I was born in {d3townState:GEO} but I barely remember it.' },
  // A state alone is no identifier under Safe Harbor (45 CFR 164.514(b)(2)(i)(B) keeps states): not gold.
  { id: 'd3-state-alone', speaker: C, text: 'Dad went back to {d3state} after the divorce.' },
  { id: 'd3-corner', speaker: C, text: 'I used to buy on the corner of {d3streetName:GEO} and {d3streetName:GEO}.' },
  { id: 'd3-road', speaker: C, text: 'The accident was out on {d3road:GEO}, right past the gas station.' },
  { id: 'd3-neighbourhood', speaker: C, text: 'We rent a little house in {d3hood:GEO} now.' },
  { id: 'd3-venue', speaker: C, text: 'I ran into her at the {d3venue:GEO} on Friday.' },
  { id: 'd3-clinic', speaker: C, text: 'They admitted me to {d3clinic:GEO} for three days.' },
  { id: 'd3-hospital-at', speaker: C, text: 'My mom was a nurse at {d3clinic:GEO} for twenty years.' },
  { id: 'd3-street-zip', speaker: C, text: 'Send it to {d3street:GEO}, {d3town:GEO}, {d3zip:GEO} please.' },
  { id: 'd3-school-town', speaker: C, text: 'She goes to {d3school:ORG} over in {d3town:GEO}.' },
  { id: 'd3-works-at', speaker: C, text: 'I got hired at {d3work:ORG} in {d3town:GEO} last week.' },
  // Dates and ages.
  { id: 'd3-court-date', speaker: C, text: 'My court date is {d3date:DATE}, I wrote it on my hand.' },
  { id: 'd3-sober-since', speaker: C, text: 'I have been clean since {d3date:DATE}.' },
  { id: 'd3-on-the-day', speaker: C, text: 'Rent is due on the {d3day:DATE} and I never have it.' },
  { id: 'd3-month-year', speaker: C, text: 'She passed in {d3monthYear:DATE}, right before Christmas.' },
  { id: 'd3-range', speaker: C, text: 'I will be away {d3range:DATE} for the training.' },
  { id: 'd3-weekday', speaker: T, text: 'Can we move our next session to {d3weekdayDate:DATE}?' },
  { id: 'd3-birthday', speaker: C, text: 'My birthday is {d3date:DATE} and I am dreading it.' },
  { id: 'd3-age-digits', speaker: C, text: 'Great-grandma is {d3ageDigits:AGE} years old and still smokes.' },
  { id: 'd3-age-words', speaker: C, text: 'Grandpa made it to {d3ageWords:AGE}, can you believe that.' },
  { id: 'd3-age-year-old', speaker: C, text: 'I look after a {d3ageDigits:AGE}-year-old man on the night shift.' },
  // Phone, e-mail and online identifiers.
  { id: 'd3-phone-pairs', speaker: C, text: 'You can get me on {d3phonePairs:PHONE}.' },
  { id: 'd3-phone-double', speaker: C, text: "Her number is {d3phoneDouble:PHONE} if I don't pick up." },
  { id: 'd3-phone-area', speaker: C, text: 'The area code is {d3area:PHONE} and then {d3phoneLocal:PHONE}.' },
  { id: 'd3-phone-ext', speaker: C, text: 'Call the shelter at {d3phoneExt:PHONE} and ask for me.' },
  { id: 'd3-email-obf', speaker: C, text: 'My email is {d3emailObf:EMAIL}, I check it every day.' },
  { id: 'd3-email-plain', speaker: C, text: 'send the forms to {d3email:EMAIL} thanks' },
  { id: 'd3-url', speaker: C, text: 'Her memorial page is {d3url:URL} if you want to see it.' },
  { id: 'd3-handle', speaker: C, text: 'He keeps messaging me from a new account, {d3handle:OTHER_ID}.' },
  { id: 'd3-ip', speaker: C, text: 'The school said the posts came from {d3ip:IP}, so they know it was him.' },
  // Record and device numbers.
  { id: 'd3-plate', speaker: C, text: 'The truck that follows me has the tag {d3plate:VEHICLE}.' },
  { id: 'd3-imei', speaker: C, text: 'The IMEI on the stolen phone is {d3imei:DEVICE}.' },
  { id: 'd3-mac', speaker: C, text: 'My ankle monitor shows {d3mac:DEVICE} on the sticker.' },
  { id: 'd3-serial', speaker: C, text: 'The laptop they gave me is serial number {d3serial:DEVICE}.' },
  { id: 'd3-medicare', speaker: C, text: 'My Medicare number is {d3medicare:HEALTH_PLAN}, it is on the red white and blue card.' },
  { id: 'd3-medicaid', speaker: C, text: 'The Medicaid ID is {d3medicaid:HEALTH_PLAN} but it might have changed.' },
  { id: 'd3-mrn', speaker: C, text: 'The hospital gave me medical record number {d3mrn:MRN}.' },
  { id: 'd3-card-last4', speaker: C, text: 'He took the card ending in {d3last4:ACCOUNT} and maxed it out.' },
  { id: 'd3-account', speaker: C, text: 'The electric account number is {d3account:ACCOUNT}, they are shutting it off.' },
  { id: 'd3-licence', speaker: C, text: "My driver's licence number is {d3licence:LICENSE}, it's suspended though." },
  { id: 'd3-ssn-spoken', speaker: C, text: 'My social is {d3ssnSpoken:SSN}, I know it by heart.' },
  { id: 'd3-case', speaker: C, text: 'The case number is {d3case:OTHER_ID}, my lawyer needs your letter for it.' },
  { id: 'd3-inmate', speaker: C, text: 'To write to him you put inmate number {d3inmate:OTHER_ID} on the envelope.' },
  { id: 'd3-photo', speaker: C, text: 'I saved the screenshot as {d3photo:PHOTO} in case I need proof.' },
];

/** DEV3 templates in the development conversations 0..52, seeded apart from the first two sets. */
export function injectedTherapyDev3(): Corpus | undefined {
  const rows = therapyConversations();
  if (rows === undefined) return undefined;
  const docs: InjectedDoc[] = rows
    .slice(DEV_ROWS.from, DEV_ROWS.to + 1)
    .map((d, k) => injectConversation(d, DEV3_TEMPLATES, 0x3d3 + 7937 * (DEV_ROWS.from + k), 12, 0));
  return { name: 'therapy talk, injected Tacet templates, dev batch 3 (conversations 0-52)', docs, neutral: new Set(['ORG']) };
}
