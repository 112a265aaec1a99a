// A fifth set of DEVELOPMENT templates for the injected therapy benchmark (issue 14, R35, talk
// round 7), written before reading the detector code, in shapes the earlier sets lean on little:
// lower-case chat with everyday-word surnames, nicknames alone in quotes, store chains used as
// places ("the Kroger on 5th") and venues with no kind word, lower-case towns after "from",
// "back in", "out in" with no verb of living, names in lists and possessives, names after a
// preposition with no title, texting shorthand, identifiers inside the counsellor's questions,
// relatives' full names in family stories, casual dates ("the 3rd", "last tues the 14th"), ages
// and years said as words, phones and emails read out in odd groupings, social-media handles and
// URLs, document numbers in passing (licence, claim, case, passport) and places of work.
// Development conversations 0..52 only, own seed, own value pools (pickDev5 in inject-values.ts).
import type { Corpus } from './corpora.ts';
import { DEV_ROWS, injectConversation, therapyConversations, type InjectedDoc, type Template } from './inject.ts';

const C = 'Client' as const;
const T = 'Counsellor' as const;

export const DEV5_TEMPLATES: readonly Template[] = [
  // Lower-case chat, everyday-word surnames.
  { id: 'd5-lower-me-and', speaker: C, text: 'me and {d5first:NAME:lower} {d5wordSurname:NAME:lower} went to the lake and it got bad fast' },
  { id: 'd5-lower-ngl', speaker: C, text: 'ngl {d5first:NAME:lower} {d5wordSurname:NAME:lower} was the only one who checked on me' },
  { id: 'd5-lower-surname', speaker: C, text: 'i saw {d5wordSurname:NAME:lower} at the gas station and just left my cart there' },
  { id: 'd5-lower-initial', speaker: C, text: '{d5first:NAME:lower} {d5wordSurname:NAME:lower} and his brother jumped my cousin last year' },
  // Nicknames alone in quotes.
  { id: 'd5-nick-uncle', speaker: C, text: 'Everybody called my uncle "{d5nick:NAME}" and I never knew his real name till the funeral.' },
  { id: 'd5-nick-door', speaker: C, text: 'So "{d5nick:NAME}" shows up at my door at midnight, high as a kite.' },
  { id: 'd5-nick-single', speaker: C, text: "The guy they call '{d5nick:NAME}' is who I used to buy from." },
  { id: 'd5-nick-lower', speaker: C, text: 'my mom still calls me "{d5nick:NAME:lower}" in front of people and i hate it' },
  // Store chains as places, venues with no kind word.
  { id: 'd5-brand-meet', speaker: C, text: 'Meet me at the {d5brand:ORG} on {d5streetShort:GEO}, she said, like nothing happened.' },
  { id: 'd5-brand-lot', speaker: C, text: 'I had a panic attack in the {d5brand:ORG} parking lot on {d5streetShort:GEO}.' },
  { id: 'd5-venue-after', speaker: C, text: 'We always ended up at {d5venue:GEO} after the meetings.' },
  { id: 'd5-venue-bartends', speaker: C, text: 'He bartends at {d5venue:GEO} now, so I stopped going.' },
  { id: 'd5-brand-out-by', speaker: C, text: 'i been working the register at {d5brand:ORG} out by {d5town:GEO:lower}' },
  { id: 'd5-venue-behind', speaker: C, text: 'The cops found him behind {d5venue:GEO} around closing.' },
  // Lower-case towns after a locative, no verb of living.
  { id: 'd5-town-from', speaker: C, text: 'shes from {d5town:GEO:lower} originally so she doesnt know anybody here' },
  { id: 'd5-town-back-in', speaker: C, text: 'back in {d5town:GEO:lower} nobody talked about this stuff' },
  { id: 'd5-town-out-in', speaker: C, text: 'we were out in {d5town:GEO:lower} for my cousins wedding' },
  { id: 'd5-town-up-in', speaker: C, text: 'my dad is up in {d5town:GEO:lower} with his new wife' },
  { id: 'd5-town-back-cap', speaker: C, text: 'Honestly, back in {d5town:GEO} I was a different person.' },
  { id: 'd5-town-drove', speaker: C, text: 'She drove down from {d5town:GEO} just to yell at me.' },
  // Names in lists and possessives.
  { id: 'd5-list-possessives', speaker: C, text: "I split my weekends between {d5first:NAME}'s and {d5first:NAME}'s, whoever has a couch." },
  { id: 'd5-list-three', speaker: C, text: 'It was me, {d5first:NAME}, {d5first:NAME} and {d5first:NAME}, same as every summer.' },
  { id: 'd5-full-possessive', speaker: C, text: "{d5first:NAME} {d5last:NAME}'s truck was still in the driveway." },
  { id: 'd5-pair-place', speaker: C, text: "We were at {d5first:NAME} and {d5first:NAME}'s place when the call came." },
  { id: 'd5-list-kids', speaker: C, text: 'My kids are {d5first:NAME}, {d5first:NAME}, and the baby, {d5first:NAME}.' },
  // Names after a preposition, no title.
  { id: 'd5-prep-with', speaker: C, text: 'I went with {d5first:NAME} to the first meeting and left halfway.' },
  { id: 'd5-prep-for', speaker: C, text: 'Everything I do is for {d5first:NAME} now.' },
  { id: 'd5-prep-from-full', speaker: C, text: 'I got a letter from {d5first:NAME} {d5last:NAME} after twelve years.' },
  { id: 'd5-prep-stayed', speaker: C, text: 'I stayed with {d5first:NAME} until the lease ran out.' },
  { id: 'd5-prep-about', speaker: C, text: "I can't stop thinking about {d5first:NAME}, even at work." },
  { id: 'd5-prep-next-to', speaker: C, text: 'Sitting next to {d5last:NAME} in group is the worst part of my week.' },
  // Texting shorthand.
  { id: 'd5-txt-omw', speaker: C, text: 'omw to {d5town:GEO:lower} w/ {d5first:NAME:lower} tmrw, will txt u after' },
  { id: 'd5-txt-idk', speaker: C, text: 'idk tbh {d5first:NAME:lower} rly hurt me n i cant say it to her' },
  { id: 'd5-txt-hmu', speaker: C, text: 'hmu at {d5phoneOdd:PHONE} if u need me b4 thurs' },
  { id: 'd5-txt-brb', speaker: C, text: 'brb {d5first:NAME:lower} is calling again smh' },
  { id: 'd5-txt-moved', speaker: C, text: 'u remember {d5first:NAME:lower}? she moved 2 {d5town:GEO:lower} lol' },
  // The counsellor's questions.
  { id: 'd5-q-friend-town', speaker: T, text: 'Is {d5first:NAME} the friend from {d5town:GEO}?' },
  { id: 'd5-q-phone', speaker: T, text: 'Did you end up calling {d5phoneOdd:PHONE}, the number the hotline gave you?' },
  { id: 'd5-q-day', speaker: T, text: 'Was that on the {d5dayOrd:DATE}, or the week after?' },
  { id: 'd5-q-email', speaker: T, text: 'Is {d5emailOdd:EMAIL} still the best way to send the worksheet?' },
  { id: 'd5-q-full-name', speaker: T, text: 'What did {d5first:NAME} {d5last:NAME} say when you told her?' },
  { id: 'd5-q-age', speaker: T, text: 'Your nan is {d5ageWords:AGE} now, is that right?' },
  { id: 'd5-q-claim', speaker: T, text: 'Do you still have the claim number, {d5claim:OTHER_ID}, for the follow-up?' },
  // Relatives' full names in stories.
  { id: 'd5-rel-grandfather', speaker: C, text: 'My grandfather, {d5first:NAME} {d5last:NAME}, ran the feed store for forty years.' },
  { id: 'd5-rel-aunt', speaker: C, text: "My aunt {d5first:NAME} {d5wordSurname:NAME}, my mom's oldest sister, raised me mostly." },
  { id: 'd5-rel-stepdad', speaker: C, text: 'My stepdad was {d5first:NAME} {d5last:NAME} Junior, and he never let anyone forget the Junior.' },
  { id: 'd5-rel-great', speaker: C, text: 'Great-grandma {d5first:NAME} {d5first:NAME} {d5last:NAME} came over on a boat with nothing.' },
  { id: 'd5-rel-inlaw', speaker: C, text: 'My brother-in-law, {d5last:NAME}, keeps lending my husband money.' },
  // Casual dates.
  { id: 'd5-date-last-tues', speaker: C, text: 'It happened last {d5weekdayOrd:DATE}, right after my shift.' },
  { id: 'd5-date-court', speaker: C, text: 'My court thing is the {d5dayOrd:DATE}, so I need that week off.' },
  { id: 'd5-date-got-out', speaker: C, text: 'I got out on {d5dateYearWords:DATE} and went straight to my mom.' },
  { id: 'd5-date-broke-up', speaker: C, text: 'We broke up {d5weekdayOrd:DATE}, the night before her birthday.' },
  { id: 'd5-date-payday', speaker: C, text: 'payday is the {d5dayOrd:DATE} so ill pay for the session then' },
  { id: 'd5-date-birthday', speaker: C, text: 'Her birthday is {d5monthDay:DATE}, and I always forget.' },
  // Ages and years said as words.
  { id: 'd5-age-grandpa', speaker: C, text: 'My grandpa is {d5ageWords:AGE} and still splits his own wood.' },
  { id: 'd5-age-lived', speaker: C, text: 'She lived to be {d5ageWords:AGE}, and was mean to the end.' },
  { id: 'd5-age-young', speaker: C, text: 'I was {d5youngAge} when I first drank and {d5youngAge} when I stopped, if you can call it stopping.' },
  { id: 'd5-date-buried', speaker: C, text: 'We buried him on {d5dateYearWords:DATE}.' },
  // Phones and emails read out in odd groupings.
  { id: 'd5-phone-text', speaker: C, text: "My number is {d5phoneOdd:PHONE}, text don't call." },
  { id: 'd5-phone-work', speaker: C, text: 'Her work line is {d5phoneOdd:PHONE}, she picks up after four.' },
  { id: 'd5-email-read', speaker: C, text: 'Email me at {d5emailOdd:EMAIL}, that one I actually read.' },
  { id: 'd5-email-hacked', speaker: C, text: 'My old email, {d5emailOdd:EMAIL}, got hacked and they messaged everyone.' },
  // Handles and URLs.
  { id: 'd5-handle-insta', speaker: C, text: 'He made a new insta, {d5handle:OTHER_ID}, and keeps watching my stories.' },
  { id: 'd5-handle-tiktok', speaker: C, text: "She's on tiktok as {d5handle:OTHER_ID} posting about me." },
  { id: 'd5-url-page', speaker: C, text: "I started a page, {d5url:URL}, for my brother's legal fees." },
  { id: 'd5-url-art', speaker: C, text: 'You can find my art at {d5url:URL} if you want.' },
  // Document numbers in passing.
  { id: 'd5-doc-licence', speaker: C, text: "My licence number is right on the ticket, {d5licence:LICENSE}, so they'll find me anyway." },
  { id: 'd5-doc-claim', speaker: C, text: 'I read off the claim number, {d5claim:OTHER_ID}, four times to the guy on the phone.' },
  { id: 'd5-doc-case', speaker: C, text: "The case is {d5case:OTHER_ID} and it's on the docket for the {d5dayOrd:DATE}." },
  { id: 'd5-doc-passport', speaker: C, text: 'Lost my passport, number {d5passport:OTHER_ID}, the week before the trip.' },
  { id: 'd5-doc-card', speaker: C, text: 'The card got declined again, card number {d5card:ACCOUNT}, and I wanted to cry in the line.' },
  // Places of work.
  { id: 'd5-work-nights', speaker: C, text: 'I do nights at {d5workplace:ORG} in {d5town:GEO} stacking pallets.' },
  { id: 'd5-work-let-go', speaker: C, text: 'Got let go from {d5workplace:ORG} on the {d5dayOrd:DATE}, no warning.' },
  { id: 'd5-work-supervisor', speaker: C, text: 'My supervisor at {d5workplace:ORG}, {d5first:NAME}, is the only one who knows.' },
  { id: 'd5-work-lower-venue', speaker: C, text: 'i work at {d5venue:GEO:lower} on weekends its fine' },
];

/** DEV5 templates in the development conversations 0..52, seeded apart from the other sets. */
export function injectedTherapyDev5(): Corpus | undefined {
  const rows = therapyConversations();
  if (rows === undefined) return undefined;
  const docs: InjectedDoc[] = rows
    .slice(DEV_ROWS.from, DEV_ROWS.to + 1)
    .map((d, k) => injectConversation(d, DEV5_TEMPLATES, 0x5d5 + 7883 * (DEV_ROWS.from + k), 10, 0));
  return { name: 'therapy talk, injected Tacet templates, dev batch 5 (conversations 0-52)', docs, neutral: new Set(['ORG']) };
}
