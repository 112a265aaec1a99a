// A fourth set of DEVELOPMENT templates for the injected therapy benchmark (issue 14), written
// without reading the third set or the talk-spoken rules, in shapes the earlier sets do not
// lean on: identifiers inside longer stories, reported speech, self-corrections ("no wait"),
// names as the object of a verb (texted, blocked, married), lower-case chat with everyday-word
// surnames, venues named with no kind word, districts, foreign cities, dates tied to holidays,
// ages over 89 in roundabout words, numbers read with "oh" for zero, and identifiers split across
// a turn (the counsellor's "mm-hm" in between). Development conversations 0..52 only, own seed,
// own value pools (pickDev4 in inject-values.ts).
import type { Corpus } from './corpora.ts';
import { DEV_ROWS, injectConversation, therapyConversations, type InjectedDoc, type Template } from './inject.ts';

const C = 'Client' as const;
const T = 'Counsellor' as const;
/** The counsellor's back-channel between the two halves of an identifier split across a turn. */
const SPLIT = '\nCounsellor: Mm-hm, go on.\nClient:';

export const DEV4_TEMPLATES: readonly Template[] = [
  // Reported speech.
  { id: 'd4-she-goes-nans', speaker: C, text: "And she goes, 'I'm at Nan's on {d4streetBare:GEO}, come get me,' at like two in the morning." },
  { id: 'd4-he-said-town', speaker: C, text: "He texted 'moving back to {d4town:GEO} for good' and then nothing for a month." },
  { id: 'd4-mum-said-name', speaker: C, text: "My mum just said, 'You know {d4first:NAME} {d4last:NAME} is out, right?' like it was nothing." },
  { id: 'd4-boss-quote', speaker: C, text: "The manager was like, 'Go see {d4first:NAME} in HR,' so I did." },
  { id: 'd4-quote-date', speaker: C, text: "The letter literally said 'your benefits end on {d4dateSpoken:DATE}' in bold." },
  // Corrections.
  { id: 'd4-no-wait-date', speaker: C, text: "The court date is the {d4dayOrd:DATE}, no wait, it's the {d4dayOrd:DATE}, I always mix them up." },
  { id: 'd4-sorry-town', speaker: C, text: 'We stayed in {d4town:GEO}, sorry, {d4town:GEO}, at my uncle’s for the summer.' },
  { id: 'd4-i-mean-name', speaker: C, text: 'I called {d4first:NAME}, I mean {d4first:NAME}, my sponsor, right after.' },
  { id: 'd4-correct-phone', speaker: C, text: "My number's changed, it's {d4phoneOh:PHONE} now, the old one got cut off." },
  { id: 'd4-actually-age', speaker: C, text: 'Grandma is eighty-nine, actually no, she turned {d4ageWords:AGE} in the spring.' },
  // Names as the object of a verb.
  { id: 'd4-blocked', speaker: C, text: 'I finally blocked {d4first:NAME} on everything last night.' },
  { id: 'd4-texted', speaker: C, text: 'So I texted {d4first:NAME} {d4last:NAME} and she left me on read.' },
  { id: 'd4-married', speaker: C, text: 'I married {d4first:NAME} when I was nineteen, which explains a lot.' },
  { id: 'd4-ghosted', speaker: C, text: 'Then I ghosted {d4first:NAME} for three weeks because I was ashamed.' },
  { id: 'd4-ask-called', speaker: T, text: 'When you called {d4first:NAME}, what did you want to hear?' },
  { id: 'd4-visit', speaker: C, text: 'On Sundays I visit {d4first:NAME} {d4last:NAME} at the cemetery.' },
  { id: 'd4-forgave', speaker: C, text: "I don't think I ever forgave {d4last:NAME} for that." },
  // Lower-case chat with everyday-word surnames.
  { id: 'd4-lower-full', speaker: C, text: 'me and {d4first:NAME:lower} {d4wordSurname:NAME:lower} went out after, bad idea' },
  { id: 'd4-lower-surname-only', speaker: C, text: 'lol {d4wordSurname:NAME:lower} from work keeps asking if im ok' },
  { id: 'd4-lower-town', speaker: C, text: 'yeah we were out in {d4town:GEO:lower} that weekend, no signal' },
  { id: 'd4-lower-email', speaker: C, text: 'just send it to {d4email:EMAIL:lower} i check that one' },
  // Venues with no kind word.
  { id: 'd4-venue-after', speaker: C, text: "We used to end up at {d4venue:GEO} after every shift, that's where it started." },
  { id: 'd4-venue-closed', speaker: C, text: 'Since {d4venue:GEO} closed I have nowhere to go on Fridays.' },
  { id: 'd4-venue-meet', speaker: C, text: 'She wanted to meet at {d4venue:GEO} on {d4dateSpoken:DATE}, and I said no.' },
  // Districts and foreign cities.
  { id: 'd4-district', speaker: C, text: 'We were renting a room down in {d4district:GEO} then.' },
  { id: 'd4-district-grew', speaker: C, text: 'Everybody in {d4district:GEO} knew my dad.' },
  { id: 'd4-foreign-born', speaker: C, text: 'My mother was born in {d4foreign:GEO} and came over at sixteen.' },
  { id: 'd4-foreign-call', speaker: C, text: 'I call my brother in {d4foreign:GEO} every Sunday, the time difference is brutal.' },
  { id: 'd4-foreign-back', speaker: T, text: 'What was it like going back to {d4foreign:GEO} after so long?' },
  { id: 'd4-foreign-story', speaker: C, text: 'We lived above a bakery in {d4foreign:GEO} till I was seven, then {d4town:GEO}, then here.' },
  // Dates tied to events.
  { id: 'd4-holiday-before', speaker: C, text: 'It was the Saturday before {d4holidayYear:DATE}, I remember the whole day.' },
  { id: 'd4-holiday-since', speaker: C, text: "I haven't had a drink since {d4holidayYear:DATE}." },
  { id: 'd4-holiday-weekend', speaker: C, text: 'The fight was {d4holidayYear:DATE} weekend, at her sister’s in {d4town:GEO}.' },
  { id: 'd4-date-spoken', speaker: C, text: 'My intake was {d4dateSpoken:DATE}, so it is nearly a year.' },
  { id: 'd4-date-story', speaker: C, text: 'Long story, but on {d4dateSpoken:DATE} the car broke down outside {d4town:GEO} and I just sat there and cried.' },
  // Ages over 89.
  { id: 'd4-age-turns', speaker: C, text: 'Pop turns {d4ageWords:AGE} next month and wants a party.' },
  { id: 'd4-age-still', speaker: C, text: "She's {d4ageWords:AGE} and still does her own shopping." },
  { id: 'd4-age-reached', speaker: C, text: 'My great-aunt made it to {d4ageWords:AGE}, so I figure I have time.' },
  // Numbers read with "oh".
  { id: 'd4-phone-oh', speaker: C, text: 'Can you call me on {d4phoneOh:PHONE} if anything changes?' },
  { id: 'd4-ssn-oh', speaker: C, text: 'They asked for my social, so I read it out, {d4ssnOh:SSN}, right there at the desk.' },
  { id: 'd4-mrn-oh', speaker: C, text: 'The nurse kept saying my chart number, {d4mrnOh:MRN}, like I was a package.' },
  { id: 'd4-zip-oh', speaker: C, text: 'The zip is {d4zip:GEO}, they keep sending stuff to the wrong one.' },
  { id: 'd4-plate-oh', speaker: C, text: 'I wrote his plate down, {d4plate:VEHICLE}, in case he came back.' },
  { id: 'd4-licence-oh', speaker: C, text: 'The cop read my license back to me, {d4licence:LICENSE}, and said it was suspended.' },
  // Identifiers split across a turn.
  { id: 'd4-split-plan', speaker: C, text: `The member ID starts {d4planHead:HEALTH_PLAN}, hang on, let me find my glasses.${SPLIT} then it's {d4planTail:HEALTH_PLAN}.` },
  { id: 'd4-split-acct', speaker: C, text: `The account number is {d4acctHead:ACCOUNT}${SPLIT} {d4acctTail:ACCOUNT}, that's the one they froze.` },
  { id: 'd4-split-phone', speaker: C, text: `Her number is {d4phoneOh:PHONE}.${SPLIT} Yeah, that's {d4first:NAME}'s cell.` },
  { id: 'd4-split-address', speaker: C, text: `The new place is {d4street:GEO}${SPLIT} in {d4town:GEO}, near the rail yard.` },
  // Identifiers inside longer stories.
  {
    id: 'd4-story-long',
    speaker: C,
    text: 'So my cousin {d4first:NAME} picks me up, we drive to {d4town:GEO}, his ex is there, and the whole thing goes sideways before we even get inside.',
  },
  { id: 'd4-story-landlord', speaker: C, text: 'The landlord, some guy called {d4last:NAME}, says we owe him for the carpet, which is a joke.' },
  { id: 'd4-story-email', speaker: C, text: 'She made a new email, {d4email:EMAIL}, just to message me after I blocked the old one.' },
  { id: 'd4-story-handle', speaker: C, text: 'He posts as {d4handle:OTHER_ID} now, I check it even though I said I would not.' },
  { id: 'd4-story-url', speaker: C, text: 'My sister put up {d4url:URL} for the funeral costs and I feel weird about it.' },
  { id: 'd4-story-case', speaker: C, text: 'The custody case is {d4case:OTHER_ID}, and the lawyer keeps getting it wrong.' },
  { id: 'd4-story-court', speaker: C, text: 'Judge {d4last:NAME} gave me until {d4dateSpoken:DATE} to finish the classes.' },
  { id: 'd4-story-shelter', speaker: C, text: 'We spent two nights at the shelter on {d4streetBare:GEO} before {d4first:NAME} found us a room.' },
  { id: 'd4-story-dog', speaker: C, text: 'The dog was really {d4first:NAME}’s, so when she moved to {d4foreign:GEO} I kept him.' },
  { id: 'd4-story-work', speaker: C, text: 'Worked the fryer at {d4venue:GEO} for six years, then they sold it.' },
  // Counsellor turns.
  { id: 'd4-t-recap', speaker: T, text: 'So {d4first:NAME} moved out on {d4dateSpoken:DATE}, and since then the nights have been hard.' },
  { id: 'd4-t-place', speaker: T, text: 'Last time you mentioned {d4district:GEO}, is that where your mum still lives?' },
  { id: 'd4-t-name-obj', speaker: T, text: 'It sounds like seeing {d4first:NAME} {d4last:NAME} again stirred a lot up.' },
  { id: 'd4-t-holiday', speaker: T, text: 'You said things got worse around {d4holidayYear:DATE}.' },
  // Mixed.
  { id: 'd4-street-bare', speaker: C, text: 'I walk down {d4streetBare:GEO} to avoid going past his place.' },
  { id: 'd4-full-address', speaker: C, text: 'Send the letter to {d4street:GEO}, {d4town:GEO}, {d4zip:GEO}, that is my aunt’s.' },
  { id: 'd4-surname-family', speaker: C, text: 'The {d4last:NAME} family next door called the police on us.' },
];

/** DEV4 templates in the development conversations 0..52, seeded apart from the other sets. */
export function injectedTherapyDev4(): Corpus | undefined {
  const rows = therapyConversations();
  if (rows === undefined) return undefined;
  const docs: InjectedDoc[] = rows
    .slice(DEV_ROWS.from, DEV_ROWS.to + 1)
    .map((d, k) => injectConversation(d, DEV4_TEMPLATES, 0x4d4 + 7877 * (DEV_ROWS.from + k), 10, 0));
  return { name: 'therapy talk, injected Tacet templates, dev batch 4 (conversations 0-52)', docs, neutral: new Set(['ORG']) };
}
