// A third, BLIND held-out set for the injected therapy benchmark (issue 14, "Done when": ≥ 0.99
// recall / ≥ 0.95 precision on therapy talk with identifier shapes not tuned on).
//
// Who, when, how: written on 2026-12-06 (evening) by a helper session (injectheld3) that had not
// opened the engine (src/deid/**), its resources, docs/deid.md or the error listings of any
// benchmark, and that never ran detect() on these sentences while writing them. The only score
// taken on this set before it was committed is one run of `npm run bench:inject`, read by its
// totals, to check that it runs. The earlier held-out set (HELD_OUT_TEMPLATES in inject.ts) had
// been scored many times by the people tuning the engine, so its figure is no longer blind; this
// one is, for as long as nobody reads its errors. `inject-run.ts` prints its totals and per-type
// figures and never its misses or false alarms: keep it that way, and do not tune on it.
//
// What is new: every sentence frame (none of the wording or shapes of DEV_TEMPLATES,
// DEV2_TEMPLATES, HELD_OUT_TEMPLATES or the corpus's own identifier lines), and every value pool
// (the v3 pickers at the end of inject-values.ts: names, nicknames, surnames that are words, towns,
// streets, roads, neighbourhoods, venues, clinics, schools, and number spellings the earlier
// pickers do not make). Talk by client and counsellor, spoken and chat-style (lower case, no
// punctuation), names after kinship words and titles, in lists and possessives, spelled out;
// dates said and written many ways; ages over 89 in digits and words; numbers read out in groups,
// pairs and "double"; handles, photos and a biometric record reference.
//
// Where: the held-out conversations 53..105 (as HELD_OUT_TEMPLATES), with their own seeds and
// the odd half of every earlier list (the v3 pools are drawn whole: only this set uses them).
import type { Corpus } from './corpora.ts';
import { HELD_OUT_ROWS, injectConversation, therapyConversations, type InjectedDoc, type Template } from './inject.ts';

const C = 'Client' as const;
const T = 'Counsellor' as const;

export const HELD3_TEMPLATES: readonly Template[] = [
  // Names: kinship words, titles, nicknames, lists, possessives, spelled out, lower-case chat.
  { id: 'h3-stepdad', speaker: C, text: 'Ever since my stepdad {first3:NAME} moved in, the house has felt smaller somehow.' },
  { id: 'h3-auntie', speaker: C, text: 'Auntie {nick3:NAME} is the only one who still rings on my birthday.' },
  { id: 'h3-car-list', speaker: C, text: 'It was me, {first3:NAME}, {first3:NAME} and {nick3:NAME} squeezed into one hatchback for six hours.' },
  { id: 'h3-couch', speaker: C, text: "I slept on {first3:NAME}'s couch for most of the winter and never paid a cent." },
  { id: 'h3-officer', speaker: C, text: 'Officer {wordLast3:NAME} was decent about it, honestly, he let me off with a warning.' },
  { id: 'h3-chat-nite', speaker: C, text: 'ok so {nick3:NAME:lower} came by last nite and we talked till like 3' },
  { id: 'h3-chat-mrs', speaker: C, text: 'mrs {wordLast3:NAME:lower} next door called the cops on us again smh' },
  { id: 'h3-lease', speaker: C, text: 'The name on the lease is {lastSpelled3:NAME}, in case the landlord asks you.' },
  { id: 'h3-raised-me', speaker: C, text: "{first3:NAME} is my best friend's mom and she basically raised me." },
  { id: 'h3-pause', speaker: T, text: '{first3:NAME}, I want to slow down on what you just said about your father.' },
  { id: 'h3-sister-stopped', speaker: T, text: 'When your sister {first3:NAME} stopped returning your calls, what did that stir up?' },
  { id: 'h3-pastor', speaker: C, text: 'Pastor {first3:NAME} {wordLast3:NAME} keeps asking me to lead the youth group and I keep saying maybe.' },
  { id: 'h3-real-name', speaker: C, text: 'Everybody calls him {nick3:NAME} since he was the runt of the team, but his real name is {first3:NAME}.' },
  { id: 'h3-godmother', speaker: C, text: "My godmother, {first3:NAME} {last3:NAME}, left me her piano and I can't even play." },
  // Ages over 89.
  { id: 'h3-firecracker', speaker: C, text: 'Great-grandma is a {age90n3:AGE}-year-old firecracker, no joke, she out-walks me.' },
  { id: 'h3-pop-tractor', speaker: C, text: 'When Pop hit {age90w3:AGE} we finally took the tractor keys off him.' },
  { id: 'h3-managing-meds', speaker: T, text: "So your grandfather is {age90n3:AGE}, and you're the one sorting out all his medications?" },
  { id: 'h3-chat-gran', speaker: C, text: 'my gran is {age90n3:AGE} yrs old n she still does her own taxes lol' },
  // Places: towns, roads, corners, neighbourhoods, venues, clinics, schools, workplaces.
  { id: 'h3-back-home', speaker: C, text: 'Back home in {town3:GEO} nobody talks about therapy, you just tough it out.' },
  { id: 'h3-drove-down', speaker: C, text: 'My brother came all the way down from {town3:GEO}, {state:GEO} just to yell at me.' },
  { id: 'h3-corner', speaker: C, text: 'She lives right at the corner of {streetName3:GEO} and {streetName3:GEO}, by the laundromat.' },
  { id: 'h3-trailer', speaker: C, text: "The trailer's out on {road3:GEO}, past the feed store, you can't miss the blue tarp." },
  { id: 'h3-chat-skate', speaker: C, text: 'we used to skate all over {hood3:GEO} before they tore the ramps down' },
  { id: 'h3-growing-up-in', speaker: T, text: 'What was it like being a teenager in {hood3:GEO} back then?' },
  { id: 'h3-karaoke', speaker: C, text: 'We met at the {venue3:GEO} on karaoke night and I was hooked from the first song.' },
  { id: 'h3-three-nights', speaker: C, text: 'They kept me three nights at {clinic3:GEO} until a bed opened up somewhere else.' },
  { id: 'h3-since-discharge', speaker: T, text: 'Have you been back to {clinic3:GEO} at all since they discharged you?' },
  { id: 'h3-attendance', speaker: C, text: '{school3:ORG} called twice this week, the attendance lady is called {first3:NAME} I think.' },
  { id: 'h3-doubles', speaker: C, text: 'I pick up doubles at {work3:ORG} near the {venue3:GEO} whenever they let me.' },
  { id: 'h3-food-bank', speaker: C, text: 'On the food bank form I wrote {zip4:GEO} for my zip, is that even right?' },
  { id: 'h3-move-next-month', speaker: T, text: 'How are you feeling about the move to {town3:GEO} next month?' },
  { id: 'h3-chat-town', speaker: C, text: 'honestly {town3:GEO:lower} is dead but at least nobody knows me there' },
  // Dates said and written.
  { id: 'h3-chip', speaker: C, text: 'I got my one-year chip on {dateSpoken3:DATE} and sat in the parking lot crying.' },
  { id: 'h3-eviction', speaker: C, text: 'The eviction notice is dated {dateWritten3:DATE}, they taped it right on the door.' },
  { id: 'h3-inpatient', speaker: C, text: 'I was inpatient from {dateWritten3:DATE} through {dateWritten3:DATE}, so I missed all of that.' },
  { id: 'h3-anniversary', speaker: T, text: 'You said {dateSpoken3:DATE} is the anniversary of his death; what do you want that day to hold?' },
  { id: 'h3-chat-court', speaker: C, text: 'court is {dateWritten3:DATE:lower} n im freaking out tbh' },
  { id: 'h3-son-birthday', speaker: C, text: "My son's birthday is {dateSpoken3:DATE}, he'll be seven and he wants a dinosaur cake." },
  { id: 'h3-basic-training', speaker: C, text: "I haven't laid eyes on her since {monthYear3:DATE}, when she shipped out to basic." },
  // Numbers read out and written.
  { id: 'h3-area-code', speaker: C, text: "It's area code {areaCode3:PHONE}, then {phoneLocal3:PHONE}, that's my mom's landline." },
  { id: 'h3-write-down', speaker: C, text: "Write this down, {phonePairs3:PHONE}, that's the crisis worker's direct line." },
  { id: 'h3-flyer', speaker: C, text: 'The number on the flyer was {phone3:PHONE} but I never worked up the nerve to call.' },
  { id: 'h3-after-hours', speaker: T, text: "I'll leave you the after-hours number before you go: {phone3:PHONE}." },
  { id: 'h3-spam', speaker: C, text: 'Use {emailObf3:EMAIL} for me, the spam filter eats everything on the other one.' },
  { id: 'h3-boss-midnight', speaker: C, text: 'At midnight my boss is still sending stuff from {emailWork3:EMAIL}, every single night.' },
  { id: 'h3-blog', speaker: C, text: "I started writing about getting sober, it's up at {url3:URL} if you ever want a look." },
  { id: 'h3-chat-snap', speaker: C, text: 'add me on snap im {handle3:OTHER_ID} lol' },
  { id: 'h3-gaming', speaker: C, text: "My son games all night with somebody called {handle3:OTHER_ID} and I have no idea who that is." },
  { id: 'h3-threats', speaker: C, text: 'The school says the threats came from {ip3:IP}, which is our home wifi apparently.' },
  { id: 'h3-plate-hand', speaker: C, text: 'I wrote his plate on the back of my hand, {plate3:VEHICLE}, in case he came back around.' },
  { id: 'h3-imei', speaker: C, text: 'The phone he bought me has IMEI {imei3:DEVICE} and I swear he tracks me through it.' },
  { id: 'h3-pacemaker', speaker: C, text: 'My pacemaker card says serial {implant3:DEVICE}, I keep it folded in my wallet.' },
  { id: 'h3-tracker-bag', speaker: C, text: 'I found a little tracker sewn into my bag; the app listed it as {mac3:DEVICE}.' },
  { id: 'h3-medicare', speaker: C, text: 'My Medicare number is {mbi3:HEALTH_PLAN}, I had to read it off the card twice.' },
  { id: 'h3-bill-state', speaker: T, text: 'To bill the state I need your Medicaid ID again; is it still {medicaid3:HEALTH_PLAN}?' },
  { id: 'h3-nurse-line', speaker: C, text: 'When I phone the nurse line they ask for my hospital number, {mrn3:MRN}, before anything else.' },
  { id: 'h3-card-ending', speaker: C, text: 'There were charges on the card ending in {last4:ACCOUNT} that I never made.' },
  { id: 'h3-electric', speaker: C, text: 'The electric company says {account3:ACCOUNT} is three months behind and they want it all.' },
  { id: 'h3-nursing-hold', speaker: C, text: 'They put a hold on my nursing license, number {license3:LICENSE}, until I finish the program.' },
  { id: 'h3-last-four', speaker: C, text: 'The lady on the phone only wanted the last four of my social, {last4:SSN}.' },
  { id: 'h3-out-loud', speaker: C, text: 'I had to say my social out loud at the front desk, {ssnSpoken3:SSN}, with the whole room listening.' },
  { id: 'h3-bruise-photo', speaker: C, text: "It's saved as {photo3:PHOTO}, the picture of the bruise, in case I need it for court." },
  { id: 'h3-voice-id', speaker: C, text: 'The bank made me set up voice ID, and the letter says my voiceprint is on file as {biometric3:BIOMETRIC}.' },
  { id: 'h3-family-court', speaker: C, text: 'My case number at family court is {caseNo3:OTHER_ID} and they never have it ready.' },
  { id: 'h3-commissary', speaker: C, text: 'To put money on his commissary you need his inmate number, {inmate3:OTHER_ID}.' },
  // Several identifiers in one line.
  { id: 'h3-chat-drove', speaker: C, text: 'me and {first3:NAME:lower} drove to {town3:GEO} on {dateSpoken3:DATE} just to get away from it all' },
  { id: 'h3-if-missing', speaker: C, text: 'If I ever go missing, call {nick3:NAME} at {phone3:PHONE}, she knows everything.' },
  { id: 'h3-refer-grief', speaker: T, text: 'I could refer you to {first3:NAME} {last3:NAME} at {clinic3:GEO}; grief is her specialty.' },
];

/** HELD3 templates in the held-out conversations 53..105, seeded apart from the first held-out set. */
export function injectedTherapyHeld3(): Corpus | undefined {
  const rows = therapyConversations();
  if (rows === undefined) return undefined;
  const docs: InjectedDoc[] = rows
    .slice(HELD_OUT_ROWS.from, HELD_OUT_ROWS.to + 1)
    .map((d, k) => injectConversation(d, HELD3_TEMPLATES, 0x3b1 + 7901 * (HELD_OUT_ROWS.from + k), 8, 1));
  return { name: 'therapy talk, injected Tacet templates (blind, conversations 53-105)', docs, neutral: new Set(['ORG']) };
}
