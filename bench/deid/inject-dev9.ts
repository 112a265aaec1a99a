// A ninth DEVELOPMENT batch for the injected therapy benchmark, round "talk9" (issue 14, R35:
// talk de-identification that holds on identifier shapes never tuned on), written BEFORE reading
// the detector code. Like inject-dev8.ts it is a generator (families × carriers × value shapes ×
// surface contexts, reusing inject-dev6.ts's machinery). It aims at what the blind talk totals
// still show weak, in shapes the earlier batches do not have:
//   - NAME in texting style: lower-case full names right after a verb ("i texted ..."), lower-case
//     two-letter initials used as a name, names in new carriers;
//   - GEO: regions of a state ("out in the panhandle", "up in the iron range"), invented small
//     towns in lower case;
//   - AGE over 89 in new carriers: "she turns N", "my N-year-old gran", "at N he still drives",
//     "N y/o", "N years on this earth", "she'll be N on Friday";
//   - DATE as said: "the twelfth of march" in lower case, "march 3rd of last year", "back in
//     march of '19", abbreviated months with ordinals, "the 20th of june" after "around";
//   - HEALTH_PLAN said in pieces with words between the digit groups ("then", "dash", "um");
//   - EMAIL said aloud in new ways: "j dot doe at mail dot com", "(at)"/"[dot]", "at the rate";
//   - VEHICLE said in pieces around make, model and colour ("a red hatchback, plate starts 7 K,
//     ends 4 4 2").
// Beside them, PRECISION TRAPS: talk with no identifier but numbers (90 minutes, 95 degrees, day
// 93), ages of things (a 100-year-old house), brands that are also surnames (Ford, Dodge),
// lower-case words that are also names (will, bill, rose, may), lower-case two-letter chat words
// (ok, bf, ex, tv, er), and place-like phrases (out in the yard, up north, the valley floor).
//
// Gold convention: that of inject-dev8.ts (HIPAA Safe Harbor). NAME is the name words only (no
// title, no "my"); GEO is the place words only (not "the", not "out in"); AGE over 89 only (the
// age words); DATE a day-level or month-and-year phrase ("march 3rd" in "march 3rd of last year":
// the relative "of last year" is not gold; "march of '19" is); HEALTH_PLAN, EMAIL and VEHICLE the
// whole said value, including the linking words said between its pieces ("then", "dash", "um")
// when they sit inside the value; for a plate said in two pieces, each piece is gold, the words
// between them are not.
//
// Two parts, written separately:
//   - DEV9: the tuning part (FAMILIES_9[].dev carriers, DEV shapes) and DEV9_TRAPS;
//   - DEV9 ASIDE: carriers, a few shapes (the `d9s…` pickers) and traps written afterwards in other
//     words, scored only at the end of the round (`npm run bench:inject -- --dev-only
//     --talk9-aside`), totals only, never listed by --errors.
// Both go into the development conversations 0..52 only, with their own seeds. Every value is
// synthetic: invented people, invented towns, invented plan and car owners.
import type { Corpus } from './corpora.ts';
import type { Template } from './inject.ts';
import { generateTemplates, injectDevRows, MONTHS, ORD_WORDS, ord, sayEach, sayGroup, UNITS, WEEKDAYS, yearWords, type Context, type Family } from './inject-dev6.ts';
import { trapCorpus } from './inject-dev7b.ts';
import type { Rng } from './inject-values.ts';
import { mulberry32 } from '../rng.ts';

// Invented people (first names ordinary, surnames rare; no pairing is a real person).
const D9_FIRST = ['maribel', 'desmond', 'keziah', 'tomasz', 'priya', 'lucinda', 'jerome', 'anouk', 'rafferty', 'shona', 'dashiell', 'imelda', 'corbin', 'yolanda'];
const D9_LAST = ['okonkwo', 'vasquez-reilly', 'lindqvist', 'brannock', 'castellanos', 'whitlock', 'nakashima', 'delancey', 'mbeki', 'hargreave', 'trevino', 'szabo'];
// Regions of a state, said with "the" (gold: the region words).
const D9_REGIONS = ['panhandle', 'upper peninsula', 'iron range', 'inland empire', 'outer banks', 'hill country', 'north country', 'lowcountry', 'high desert', 'central valley', 'finger lakes', 'eastern shore', 'big bend'];
// Invented towns.
const D9_TOWNS = ['millbrook falls', 'east carver', 'dunmore ridge', 'pell city', 'harrow springs', 'west fenwick', 'ashgrove', 'coldwater junction', 'bramley', 'new ossory', 'fort tilden', 'okeela'];
const D9_HOSTS = ['mail', 'fastmail', 'gmx', 'zoho', 'mac', 'juno', 'earthlink', 'rocketmail'];
const D9_COLOURS = ['red', 'silver', 'white', 'black', 'maroon', 'green', 'beige', 'dark blue'];
const D9_MODELS = ['hatchback', 'minivan', 'Corolla', 'F-150', 'Civic', 'Camry', 'Jeep', 'pickup', 'Altima', 'Prius'];
const ORD_UNITS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const MON_ABBR = ['jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'oct', 'nov', 'dec'];

const over89 = (r: Rng): number => 90 + r.int(r.next() < 0.85 ? 10 : 14);
const ageSaid = (n: number, r: Rng): string => {
  if (n >= 100) return n === 100 ? r.pick(['a hundred', 'one hundred']) : `${r.pick(['a hundred and', 'one hundred and', 'hundred and'])} ${UNITS[n - 100]!}`;
  return n === 90 ? 'ninety' : `ninety${r.pick(['-', ' ', '-'])}${UNITS[n - 90]!}`;
};
const yr = (r: Rng): number => 1998 + r.int(27);
const letterRun = (r: Rng, n: number): string => r.letters(n);
const person = (r: Rng): string => `${r.pick(D9_FIRST)} ${r.pick(D9_LAST)}`;

export const pickDev9: Readonly<Record<string, (r: Rng) => string>> = {
  // NAME, lower case.
  d9fullLower: (r) => person(r),
  d9firstLower: (r) => r.pick(D9_FIRST),
  d9initials: (r) => r.pick(['jd', 'kp', 'mj', 'tj', 'dk', 'bk', 'lr', 'cj', 'rb', 'jt', 'mk', 'aj']),
  d9nameCap: (r) => r.pick([() => `${cap(r.pick(D9_FIRST))} ${cap(r.pick(D9_LAST))}`, () => cap(r.pick(D9_FIRST))])(),
  // GEO.
  d9region: (r) => r.pick(D9_REGIONS),
  d9town: (r) => r.pick(D9_TOWNS),
  d9townCap: (r) => r.pick(D9_TOWNS).split(' ').map(cap).join(' '),
  // AGE, over 89.
  d9ageWords: (r) => ageSaid(over89(r), r),
  d9ageDigits: (r) => String(over89(r)),
  d9ageMixed: (r) => (r.next() < 0.5 ? String(over89(r)) : ageSaid(over89(r), r)),
  // DATE.
  d9dateOrdOfLower: (r) => r.pick([() => `the ${ORD_WORDS[r.int(30)]!} of ${r.pick(MONTHS).toLowerCase()}`, () => `${ORD_WORDS[r.int(30)]!} of ${r.pick(MONTHS).toLowerCase()}`])(),
  d9dateMonthOrdLower: (r) => r.pick([() => `${r.pick(MONTHS).toLowerCase()} ${ord(1 + r.int(30))}`, () => `${r.pick(MONTHS).toLowerCase()} ${ORD_WORDS[r.int(30)]!}`])(),
  d9dateAbbrOrd: (r) => r.pick([() => `${r.pick(MON_ABBR)} ${ord(1 + r.int(28))}`, () => `the ${ord(1 + r.int(28))} of ${r.pick(MON_ABBR)}`, () => `${r.pick(MON_ABBR)}. ${1 + r.int(28)}`])(),
  d9dateMonthOfShort: (r) => r.pick([() => `${r.pick(MONTHS).toLowerCase()} of '${String(yr(r)).slice(2)}`, () => `${r.pick(MONTHS)} '${String(yr(r)).slice(2)}`, () => `${r.pick(MONTHS).toLowerCase()} ${yearWords(yr(r), r)}`])(),
  d9dateFull: (r) => r.pick([() => `${r.pick(MONTHS).toLowerCase()} ${1 + r.int(28)} ${yr(r)}`, () => `${1 + r.int(28)} ${r.pick(MONTHS).toLowerCase()} ${yr(r)}`, () => `the ${ord(1 + r.int(28))} of ${r.pick(MONTHS)} ${yr(r)}`])(),
  // HEALTH_PLAN, in pieces.
  d9planThen: (r) => `${r.digits(3)}, then ${r.digits(3)}, then ${r.digits(3)}`,
  d9planWordsDash: (r) => `${sayGroup(r.digits(3), r)} dash ${sayGroup(r.digits(3), r)} dash ${sayGroup(r.digits(4), r)}`,
  d9planLettersThen: (r) => `${[...letterRun(r, 3)].join(' ')}, and then ${sayEach(r.digits(6), r)}`,
  d9planUm: (r) => `${letterRun(r, 2)}${r.digits(4)}, um, ${r.digits(5)}`,
  d9planSlash: (r) => `${r.digits(8)} slash ${r.digits(2)}`,
  // EMAIL said aloud.
  d9emailInitialDot: (r) => `${r.pick(D9_FIRST)[0]!} dot ${r.pick(D9_LAST).replace('-', '')} at ${r.pick(D9_HOSTS)} dot ${r.pick(['com', 'net', 'org'])}`,
  d9emailBracket: (r) => r.pick([() => `${r.pick(D9_FIRST)}${r.pick(D9_LAST).replace('-', '')} (at) ${r.pick(D9_HOSTS)} (dot) com`, () => `${r.pick(D9_FIRST)}.${r.digits(2)} [at] ${r.pick(D9_HOSTS)} [dot] net`])(),
  d9emailAtRate: (r) => `${r.pick(D9_FIRST)}${r.digits(3)} at the rate ${r.pick(D9_HOSTS)} dot com`,
  d9emailLastFirst: (r) => `${r.pick(D9_LAST).replace('-', '')} ${r.pick(D9_FIRST)[0]!} ${sayEach(r.digits(2), r)} at ${r.pick(D9_HOSTS)} dot com`,
  // VEHICLE, plate as one said piece (carriers add the make, model and colour around it).
  d9plateSaidMix: (r) => `${r.int(9) + 1} ${[...letterRun(r, 3)].join(' ')} ${sayEach(r.digits(3), r)}`,
  d9plateLowerRun: (r) => `${letterRun(r, 3)}${r.digits(4)}`.toLowerCase(),
  d9plateHyphen: (r) => `${[...letterRun(r, 3)].join('-')}-${[...r.digits(3)].join('-')}`,
  d9plateHead: (r) => r.pick([() => `${r.int(9) + 1} ${letterRun(r, 1)}`, () => `${letterRun(r, 2)}`, () => `${letterRun(r, 1)} ${r.int(10)}`])(),
  d9plateTail: (r) => r.pick([() => `${r.int(10)} ${r.int(10)} ${r.int(10)}`, () => r.digits(3), () => sayEach(r.digits(3), r)])(),
  d9colour: (r) => r.pick(D9_COLOURS),
  d9model: (r) => r.pick(D9_MODELS),
  // ---- Shapes of the set-aside part only (never tuned on). ----
  d9sNameHyphenFirst: (r) => `${r.pick(['mary-kate', 'jean-luc', 'anna-sofia', 'lee-ann'])} ${r.pick(D9_LAST)}`,
  d9sAgeOrdinalYear: (r) => `${ageSaid(over89(r), r)}th`.replace('ninetyth', 'ninetieth').replace(/(one|two|three|four|five|six|seven|eight|nine)th$/, (_m, u: string) => ORD_UNITS[UNITS.indexOf(u)]!),
  d9sDateWeekdayOrd: (r) => `${r.pick(WEEKDAYS).toLowerCase()} the ${ORD_WORDS[r.int(28)]!}, ${r.pick(MONTHS).toLowerCase()} ${yr(r)}`,
  d9sPlanPlus: (r) => `${r.digits(4)} plus ${r.digits(4)} plus ${r.digits(2)}`,
  d9sEmailSpaced: (r) => `${r.pick(D9_FIRST)} at ${r.pick(D9_LAST).replace('-', '')} dot family`,
  d9sPlateWords: (r) => `${[...letterRun(r, 2)].join(' ')}, ${sayGroup(r.digits(2), r)}, ${sayGroup(r.digits(2), r)}`,
};
function cap(s: string): string {
  return s.replace(/(^|[\s-])([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase());
}

// Carriers. "T|" is the clinician. Texting teens, adults in counselling, older adults, speakers of
// English as a second language, rambling talk.
export const FAMILIES_9: readonly Family[] = [
  {
    name: 'name',
    type: 'NAME',
    shapes: ['d9fullLower', 'd9fullLower', 'd9firstLower', 'd9nameCap'],
    dev: [
      'i texted {V} last night and she left me on read',
      'so i called {V} and told her everything, like everything',
      'ran into {V} at the gas station, could not breathe',
      'blocked {V} on everything, insta, snap, all of it',
      'T|When you messaged {V}, what were you hoping for?',
      'my sponsor {V} says one day at a time but like',
      'I asked {V} to drive me and she said no.',
      'we used to live with {V} and her boyfriend',
      'honestly {V} is the only one who gets it',
      'Went to see {V} at the hospital, she did not know me.',
      'Me and {V=d9initials} broke up again lol',
      'hung out w {V=d9initials} after school, we just sat in the car',
      '{V=d9initials} said i was being dramatic',
      'my friend {V=d9initials} is the one who got me into it',
    ],
    aside: [
      'dm’d {V} at like 2am, regret it',
      'T|Does {V} know you are coming here?',
      'She keeps inviting {V=d9sNameHyphenFirst} to every family thing.',
      'i owe {V} like two hundred bucks',
      'texting {V=d9initials} all night instead of sleeping',
      'My case worker, {V}, never calls back.',
      'we stayed at {V}’s place until the lease ran out',
    ],
  },
  {
    name: 'geo',
    type: 'GEO',
    shapes: ['d9town', 'd9townCap', 'd9town'],
    dev: [
      'we moved out to the {V=d9region} when i was twelve',
      'My folks still live up in the {V=d9region}, hours from anything.',
      'T|And your brother, he is still down in the {V=d9region}?',
      'grew up on a farm in the {V=d9region}, nobody talked about feelings',
      'She took the kids and went to {V} to stay with her mom.',
      'i grew up outside {V}, tiny place, one stoplight',
      'There is a rehab near {V} that takes my insurance.',
      'He got a job in {V}, so that is where they are now.',
      'T|How long did you live in {V}?',
      'we drove to {V} for the funeral',
    ],
    aside: [
      'My aunt has a trailer out in the {V=d9region}.',
      'back home in {V} everyone knows your business',
      'T|What was it like growing up in {V}?',
      'they sent him to a program somewhere near {V}',
      'Dad retired to the {V=d9region} and we never see him.',
    ],
  },
  {
    name: 'age',
    type: 'AGE',
    shapes: ['d9ageWords', 'd9ageDigits', 'd9ageMixed'],
    dev: [
      'she turns {V} next month and wants a big party',
      'My {V=d9ageDigits}-year-old gran still does her own shopping.',
      'at {V} he still drives, which scares me to death',
      'grandpa is {V=d9ageDigits} y/o and sharper than me',
      'She has been {V} years on this earth and never once said sorry.',
      "Nana will be {V} on Friday, I'm making the cake.",
      'T|Your great-aunt, she turned {V} this year?',
      'he made it to {V}, we buried him in may',
      'mi abuela tiene {V}, she lives with us',
      'Caring for a {V=d9ageWords} year old is a full time job.',
      'My grandfather, {V} in June, still goes fishing.',
    ],
    aside: [
      'the old man next door is pushing {V}',
      'Granny celebrated her {V=d9sAgeOrdinalYear} with the whole church.',
      'T|So she is {V}, and living alone?',
      'at the grand old age of {V} she joined facebook',
      'my {V=d9ageDigits} yr old great grandma facetimes me',
    ],
  },
  {
    name: 'date',
    type: 'DATE',
    shapes: ['d9dateOrdOfLower', 'd9dateMonthOrdLower', 'd9dateAbbrOrd', 'd9dateMonthOfShort', 'd9dateFull'],
    dev: [
      'it happened {V} of last year and i still cant sleep',
      'the court date is {V}, I have it on the fridge',
      'back in {V=d9dateMonthOfShort} things were really bad',
      'T|So {V} was the first time he hit you?',
      'i was clean from {V} till the wedding',
      'Around {V} I started feeling like myself again.',
      'my dad got out {V}, we have not talked since',
      'We have an appointment {V}, with the new psychiatrist.',
      'he proposed on {V} and i said yes, stupid',
      'I lost my job {V} and then everything followed.',
    ],
    aside: [
      'T|Can we go back to {V=d9sDateWeekdayOrd}?',
      'ever since {V} she will not talk to me',
      'the hearing got moved to {V}',
      'I last saw my son {V}, at the visitation centre.',
      'we signed the divorce papers {V}',
    ],
  },
  {
    name: 'plan',
    type: 'HEALTH_PLAN',
    shapes: ['d9planThen', 'd9planWordsDash', 'd9planLettersThen', 'd9planUm', 'd9planSlash'],
    dev: [
      'my member number is {V}, i had to read it off the card',
      'T|Let me check the member ID, {V}, is that right?',
      'The policy number, hold on, {V}.',
      'they have my medicaid ID as {V} but it keeps bouncing',
      'subscriber number {V}, under my husband',
      'Insurance said the ID was {V} and I needed prior auth.',
      'the number on the back is {V}',
    ],
    aside: [
      'My plan ID is {V=d9sPlanPlus}, I wrote it on my hand.',
      'T|And the subscriber ID on the card is {V}?',
      'its {V}, the medicare one',
      'the claims lady read me my member number, {V}, twice',
    ],
  },
  {
    name: 'email',
    type: 'EMAIL',
    shapes: ['d9emailInitialDot', 'd9emailBracket', 'd9emailAtRate', 'd9emailLastFirst'],
    dev: [
      'my email is {V}',
      'T|I will send the worksheet to {V}, okay?',
      'you can reach my sister at {V}',
      'He made a fake account, {V}, to message me.',
      'send it to {V} not my work one',
      'Write it down: {V}.',
    ],
    aside: [
      'my old email was {V=d9sEmailSpaced}, dont use it',
      'T|Is {V} still the best address for you?',
      'the emails came from {V} every night',
      'She uses {V} for everything.',
    ],
  },
  {
    name: 'vehicle',
    type: 'VEHICLE',
    shapes: ['d9plateSaidMix', 'd9plateLowerRun', 'd9plateHyphen'],
    dev: [
      'a {d9colour} {d9model}, plate starts with {V=d9plateHead} and ends in {V=d9plateTail}',
      'He drives a {d9colour} {d9model}, the plate was like {V}.',
      'T|You said a {d9model}; did you catch the plate, {V}?',
      'my car, {d9colour} {d9model}, tags {V}, got towed',
      'the plate was {V=d9plateHead} something something {V=d9plateTail}, i only got part of it',
      'plates read {V}, {d9colour} {d9model}, parked across the street',
      'I gave the cops the plate, {V}, and the make, a {d9model}.',
    ],
    aside: [
      'that {d9colour} {d9model} with the plate {V=d9sPlateWords} keeps circling the block',
      'T|A {d9model}, and the plate {V}?',
      'got the first bit of the plate, {V=d9plateHead}, nothing else',
      'her {d9model} is {d9colour}, registration {V}',
    ],
  },
];

const CONTEXTS_9: readonly Context[] = ['as-is', 'as-is', 'lower-chat', 'no-punct', 'typo'];

export const DEV9_TEMPLATES: readonly Template[] = generateTemplates('dev', 30, 0xd9d9, FAMILIES_9, 'd9', CONTEXTS_9);
export const DEV9_ASIDE_TEMPLATES: readonly Template[] = generateTemplates('aside', 18, 0xa9d9, FAMILIES_9, 'd9', CONTEXTS_9);

// ---------------------------------------------------------------------------------------------
// Traps: talk with no identifier. {AGE_U90}, {OVER89_NUM} (a number over 89 that is not an age),
// {MONTH}, {WEEKDAY}, {YEAR} are filled from bench/rng.ts.
// ---------------------------------------------------------------------------------------------
export const DEV9_TRAPS: readonly string[] = [
  // Numbers that are not identifiers (some over 89, not ages).
  'i sat in the car for like {OVER89_NUM} minutes before i could go in',
  'It was {OVER89_NUM} degrees and the AC was broken all week.',
  'day {OVER89_NUM} sober today, not that anyone noticed',
  'I owe them {OVER89_NUM} dollars and it keeps going up.',
  'He texted me {OVER89_NUM} times in one night.',
  'We drove ninety-five miles to see her and she would not come out.',
  'my phone is at 3 percent, sorry if i drop',
  'I do the 12 steps, I am on step 4.',
  'three or four beers, then the vodka, then nothing',
  'rent went up 200 bucks, I cannot do it.',
  // Ages of things, and ages under 90.
  'The house is a hundred years old and it creaks all night.',
  'we live in a 120-year-old farmhouse, it is freezing',
  'That tree is ninety years old, my dad planted it as a kid.',
  'my car has like 190 thousand miles on it',
  'my brother turns {AGE_U90} next month, whatever',
  'at {AGE_U90} he still acts like a teenager',
  'Her {AGE_U90}-year-old boyfriend is a problem.',
  // Brands that are also surnames or names.
  'I drive a Ford and it breaks down every winter.',
  'we had an old Dodge with no heat, that was childhood',
  'My Honda is the only place I can cry in peace.',
  'he bought a Tesla with money he does not have',
  'i want a jeep so bad lol',
  'Chevy, Toyota, whatever, I just need it to start.',
  'dad only drinks Jack Daniels, never anything else',
  // Lower-case words that are also names.
  'i will try, i mark it in my calendar every time',
  'the bill came and i just cried',
  'my mom grows rose bushes, it calms her down',
  'may i ask something, is this normal',
  'we got the kids a pet, his name is biscuit, a dog',
  'i cant even pat the dog without thinking about it',
  'he was so frank with me it hurt',
  'i had a little faith in him, not anymore',
  // Lower-case two-letter chat words.
  'ok so my bf and my ex were both there',
  'tv on all night, er visits every month, its a lot',
  'idk, my gf says i need this, tbh i think she is right',
  'the pt and the ot both said i am making progress',
  'ur the only one i can say this to ngl',
  'went to aa and na in the same week, proud of me',
  // Place-like phrases.
  'i just sat out in the yard all night',
  'We moved up north after the divorce.',
  'she is down in the basement most days',
  'out in the country it is so quiet you can think',
  'he lives back home with his parents now',
  'the valley floor floods every spring, the whole road',
  'downtown is where I used to buy, so I avoid it.',
  'I went out west for a while to get clean.',
  'back in the day we were out every night',
  // Dates that are not identifiers.
  'every {WEEKDAY} is group, i never skip',
  '{MONTH} is when it always gets bad',
  'the first of the month is rent day and i panic',
  'That was {YEAR}, I think, maybe the year after.',
  'the twelfth step is the one i am scared of',
];

export const DEV9_ASIDE_TRAPS: readonly string[] = [
  'I waited {OVER89_NUM} minutes on hold with the pharmacy.',
  'lost like {OVER89_NUM} pounds when i was using',
  'The building is about ninety years old, the pipes are awful.',
  'my sister is {AGE_U90} and acts {AGE_U90}',
  'He drives a Lincoln, like a big old boat of a car.',
  'my mom has a buick from the nineties',
  'i told him i would, and he said sure, whatever',
  'he is just a regular guy, nothing special',
  'grace period on the rent ended yesterday',
  'lol my bff said the same thing',
  'the dr said to cut back, the rn agreed',
  'we sat up on the roof and watched the traffic',
  'She went down south to be near her sister.',
  'the lake out back is where i go to think',
  'every {MONTH} we do the same fight',
  'the 4th was loud, fireworks set me off',
  'i do 100 push-ups when i get angry',
  'Room 12 at the motel was where it happened.',
];

const TENS_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty'];
function fillTrap(line: string, next: () => number): string {
  const pickF = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  return line
    .replaceAll('{AGE_U90}', () => {
      const n = 13 + Math.floor(next() * 76);
      return next() < 0.5 ? String(n) : n < 20 ? ['thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'][n - 13]! : `${TENS_WORDS[Math.floor(n / 10) - 2]!}${n % 10 ? `-${UNITS[n % 10]!}` : ''}`;
    })
    .replaceAll('{OVER89_NUM}', () => String(90 + Math.floor(next() * 20)))
    .replaceAll('{MONTH}', () => pickF(MONTHS))
    .replaceAll('{WEEKDAY}', () => pickF(WEEKDAYS))
    .replaceAll('{YEAR}', () => String(1988 + Math.floor(next() * 36)));
}

/** DEV9 (tuning part) in the development conversations 0..52. */
export function injectedTherapyDev9(): Corpus | undefined {
  const docs = injectDevRows(DEV9_TEMPLATES, 0x9d9, 12, pickDev9);
  return docs && { name: 'therapy talk, injected lower-case names, regions, AGE/DATE/HEALTH_PLAN/EMAIL/VEHICLE in new shapes, dev batch 9 (conversations 0-52)', docs, neutral: new Set(['ORG']) };
}

/** DEV9 ASIDE (carriers written separately; score at the end only, totals only) in conversations 0..52. */
export function injectedTherapyDev9Aside(): Corpus | undefined {
  const docs = injectDevRows(DEV9_ASIDE_TEMPLATES, 0xa9d9, 9, pickDev9);
  return docs && { name: 'therapy talk, injected names/regions/AGE/DATE/HEALTH_PLAN/EMAIL/VEHICLE in new shapes, dev batch 9 SET ASIDE (conversations 0-52)', docs, neutral: new Set(['ORG']) };
}

export const dev9Traps = (): Corpus => {
  const next = mulberry32(0x9d9a);
  return trapCorpus(DEV9_TRAPS.map((l) => fillTrap(l, next)), 0x9d9b, 'talk with no identifier, numbers/brands/name-words/chat/place traps, dev batch 9');
};
export const dev9AsideTraps = (): Corpus => {
  const next = mulberry32(0xa9d9a);
  return trapCorpus(DEV9_ASIDE_TRAPS.map((l) => fillTrap(l, next)), 0xa9d9b, 'talk with no identifier, numbers/brands/name-words/chat/place traps, dev batch 9 SET ASIDE');
};
