// An eighth DEVELOPMENT batch for the injected therapy benchmark, round "talk8" (issue 14, R35:
// talk de-identification that holds on identifier shapes never tuned on), written BEFORE reading
// the detector code. Like inject-dev7a.ts it is a generator (families × carriers × value shapes ×
// surface contexts, reusing inject-dev6.ts's machinery), aimed at what the blind talk totals show
// weak: ages and dates as people say them (AGE 42 %, DATE 84 % recall), member numbers, e-mails
// said aloud and vehicles; and, beside them, PRECISION TRAPS (NAME 80.5 %, GEO 78.5 % precision):
// counselling talk with no identifier but capitalised ordinary words that are also names, brands,
// shows, songs, apps, teams, days and months, God and Mom, places-as-words, generic institutions,
// and ages and dates that are not identifiers.
//
// Gold convention (that of therapy-phi-dev and every earlier batch, HIPAA Safe Harbor):
//   - AGE is an age over 89 and only the age words ("ninety-three", "93", "a hundred and one", an
//     ordinal birthday "ninety-fifth"); the decade word when it places a person over 89 ("in her
//     late nineties": "nineties" is gold, "late" is not). Ages under 90 are NOT identifiers: a
//     sister "thirty-one", "when I was nineteen", "turning 40", "in my late twenties" are traps.
//   - DATE is a day-level or month-and-year date phrase: "March the third", "the 3rd of March",
//     "3/14", "March 2019", "Christmas 2019", "Thanksgiving of '18", "the spring semester of 2016"
//     (a season or term with its year, as 7a's "summer of 2019"). A month alone, a weekday alone,
//     a holiday without its year, a bare year and "last week" are NOT identifiers (traps).
//   - HEALTH_PLAN is the number (or the spelled-out number) only, never the label words.
//   - EMAIL is the whole said address ("jo dot pike at gmail dot com").
//   - VEHICLE is the plate or VIN only (a make and model is not an identifier).
//
// Two parts, written separately:
//   - DEV8: the tuning part (FAMILIES_8[].dev carriers, DEV shapes) and DEV8_TRAPS;
//   - DEV8 ASIDE: carriers, a few shapes (the `d8s…` pickers) and traps written afterwards in other
//     words, scored only at the end of the round (`npm run bench:inject -- --dev-only
//     --talk8-aside`), totals only, never listed by --errors.
// Both go into the development conversations 0..52 only, with their own seeds. Every value is
// synthetic: invented people, invented plan and car owners.
import type { Corpus } from './corpora.ts';
import type { Template } from './inject.ts';
import { generateTemplates, injectDevRows, MONTHS, ORD_WORDS, ord, sayEach, sayGroup, TENS, UNITS, WEEKDAYS, yearWords, type Context, type Family } from './inject-dev6.ts';
import { trapCorpus } from './inject-dev7b.ts';
import type { Rng } from './inject-values.ts';
import { mulberry32 } from '../rng.ts';

const D8_FIRST = ['marigold', 'tobias', 'elowen', 'cassius', 'wilhelmina', 'ptolemy', 'rosalind', 'bartholomew', 'clementine', 'ambrose'];
const D8_LAST = ['quickfall', 'hollinrake', 'dunsmore', 'pennywhistle', 'ashcombe', 'marchbank', 'loveridge', 'crabtree', 'fothergill'];
const D8_HOSTS = ['gmail', 'yahoo', 'outlook', 'hotmail', 'icloud', 'aol', 'comcast'];
const HOLIDAYS = ['Christmas', 'Thanksgiving', 'Easter', "New Year's Eve", "New Year's", 'Halloween', "Mother's Day", "Father's Day", 'Labor Day', 'the Fourth of July', "Valentine's Day", 'Memorial Day'];
const TERMS = ['spring semester', 'fall semester', 'fall term', 'summer session', 'winter term'];
const ORD_UNITS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];

const over89 = (r: Rng): number => 90 + r.int(r.next() < 0.8 ? 10 : 15);
const ageSaid = (n: number, r: Rng): string => {
  if (n >= 100) return n === 100 ? r.pick(['a hundred', 'one hundred']) : `${r.pick(['a hundred and', 'one hundred and', 'a hundred'])} ${UNITS[n - 100]!}`;
  return n === 90 ? 'ninety' : `ninety${r.pick(['-', ' '])}${UNITS[n - 90]!}`;
};
const yr = (r: Rng): number => 1995 + r.int(30);
const shortYear = (y: number): string => `'${String(y).slice(2)}`;
const dayOrdWord = (r: Rng): string => ORD_WORDS[r.int(30)]!;

export const pickDev8: Readonly<Record<string, (r: Rng) => string>> = {
  // AGE, over 89.
  d8ageWords: (r) => ageSaid(over89(r), r),
  d8ageDigits: (r) => String(over89(r)),
  d8ageCentury: (r) => ageSaid(100 + r.int(6), r),
  d8ageOrd: (r) => {
    const n = over89(r);
    if (n >= 100) return r.next() < 0.5 ? `${n}${ord(n).slice(-2)}` : n === 100 ? 'hundredth' : `hundred and ${ORD_UNITS[n - 100]!}`;
    return r.next() < 0.3 ? `${n}${ord(n).slice(-2)}` : n === 90 ? 'ninetieth' : `ninety-${ORD_UNITS[n - 90]!}`;
  },
  d8ageDecade: () => 'nineties',
  // DATE.
  d8dateMonthOrd: (r) => r.pick([() => `${r.pick(MONTHS)} ${ord(1 + r.int(30))}`, () => `${r.pick(MONTHS)} the ${dayOrdWord(r)}`, () => `${r.pick(MONTHS)} ${dayOrdWord(r)}`])(),
  d8dateOrdOf: (r) => r.pick([() => `the ${ord(1 + r.int(30))} of ${r.pick(MONTHS)}`, () => `the ${dayOrdWord(r)} of ${r.pick(MONTHS)}`, () => `${dayOrdWord(r)} of ${r.pick(MONTHS)}`])(),
  d8dateSaidYear: (r) => `${r.pick(MONTHS)} ${r.next() < 0.5 ? dayOrdWord(r) : ord(1 + r.int(28))}, ${yearWords(yr(r), r)}`,
  d8dateSlash: (r) => r.pick([() => `${1 + r.int(12)}/${1 + r.int(28)}`, () => `${1 + r.int(12)}/${1 + r.int(28)}/${String(yr(r)).slice(2)}`, () => `${1 + r.int(12)}-${1 + r.int(28)}`])(),
  d8dateHoliday: (r) => {
    const h = r.pick(HOLIDAYS);
    const y = yr(r);
    return r.pick([() => `${h} ${y}`, () => `${h} of ${y}`, () => `${h} ${shortYear(y)}`, () => `${h} ${yearWords(y, r)}`])();
  },
  d8dateTerm: (r) => {
    const y = yr(r);
    return r.pick([() => `the ${r.pick(TERMS)} of ${y}`, () => `${r.pick(TERMS)} ${y}`, () => `${r.pick(TERMS)} ${shortYear(y)}`])();
  },
  d8dateMonthYear: (r) => r.pick([() => `${r.pick(MONTHS)} ${yr(r)}`, () => `${r.pick(MONTHS)} of ${shortYear(yr(r))}`, () => `${r.pick(MONTHS)} of ${yearWords(yr(r), r)}`])(),
  // HEALTH_PLAN.
  d8planPlain: (r) => r.pick([() => `${r.letters(3)}${r.digits(9)}`, () => `${r.letters(1)}${r.digits(9)}`, () => `${r.letters(2)}${r.digits(8)}`])(),
  d8planSaidLetters: (r) => `${[...r.letters(r.next() < 0.5 ? 2 : 3)].join(' ')} ${sayEach(r.digits(8), r)}`,
  d8planGrouped: (r) => r.pick([() => `${r.letters(3)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, () => `${r.letters(3)}-${r.digits(3)}-${r.digits(3)}-${r.digits(3)}`, () => `${r.digits(3)}-${r.digits(2)}-${r.digits(4)}-${r.letters(1)}`])(),
  d8planPairs: (r) => `${r.letters(1)} ${sayGroup(r.digits(2), r)} ${sayGroup(r.digits(2), r)} ${sayGroup(r.digits(3), r)} ${sayGroup(r.digits(2), r)}`,
  d8planMedicare: (r) => `${r.int(9) + 1}${r.letters(1)}${r.letters(1)}${r.int(10)}-${r.letters(1)}${r.letters(1)}${r.int(10)}-${r.letters(1)}${r.letters(1)}${r.digits(2)}`,
  // EMAIL said aloud.
  d8emailSaid: (r) => `${r.pick(D8_FIRST)} ${r.pick(['dot', 'period'])} ${r.pick(D8_LAST)} at ${r.pick(D8_HOSTS)} dot com`,
  d8emailUnderscore: (r) => `${r.pick(D8_FIRST)} underscore ${r.pick(D8_LAST)}${r.next() < 0.5 ? ` ${sayEach(r.digits(2), r)}` : ''} at ${r.pick(D8_HOSTS)} dot ${r.pick(['com', 'net'])}`,
  d8emailAtSign: (r) => `${r.pick(D8_FIRST)}${r.pick(D8_LAST)} at sign ${r.pick(D8_HOSTS)} dot com`,
  d8emailInitial: (r) => `${r.pick(D8_FIRST)[0]!} ${r.pick(D8_LAST)} at ${r.pick(D8_HOSTS)} dot com`,
  d8emailTyped: (r) => r.pick([() => `${r.pick(D8_FIRST)}.${r.pick(D8_LAST)}${r.digits(2)}@${r.pick(D8_HOSTS)}.com`, () => `${r.pick(D8_FIRST)}${r.digits(4)}@${r.pick(D8_HOSTS)}.com`])(),
  // VEHICLE.
  d8plate: (r) => r.pick([() => `${r.int(9) + 1}${r.letters(3)}${r.digits(3)}`, () => `${r.letters(3)} ${r.digits(4)}`, () => `${r.letters(3)}-${r.digits(3)}`, () => `${r.digits(3)} ${r.letters(3)}`])(),
  d8plateSaid: (r) => `${[...r.letters(3)].join(' ')} ${sayEach(r.digits(3 + r.int(2)), r)}`,
  d8vinTail: (r) => r.pick([() => r.digits(6), () => `${r.letters(1)}${r.digits(5)}`, () => sayEach(r.digits(6), r)])(),
  d8vinFull: (r) => `${r.int(5) + 1}${r.letters(2)}${r.letters(1)}${r.digits(2)}${r.letters(2)}${r.int(10)}${r.letters(1)}${r.digits(6)}`,
  // ---- Shapes of the set-aside part only (never tuned on). ----
  d8sAgeAnd: (r) => `${ageSaid(90 + r.int(10), r)} and a half`,
  d8sDateDayMonth: (r) => `${r.pick(WEEKDAYS)} the ${ord(1 + r.int(28))} of ${r.pick(MONTHS)}`,
  d8sDateDots: (r) => `${1 + r.int(28)}.${1 + r.int(12)}.${yr(r)}`,
  d8sPlanDashes: (r) => `${r.letters(2)}-${r.digits(4)}-${r.digits(5)}`,
  d8sEmailFull: (r) => `${r.pick(D8_FIRST)} ${r.pick(D8_LAST)} all one word at ${r.pick(D8_HOSTS)} dot com`,
  d8sPlateLower: (r) => `${r.letters(2)}${r.digits(2)} ${r.letters(3)}`.toLowerCase(),
};

// Carriers. "T|" is the clinician. Mixed voices: adults in counselling, teens in chat, older
// adults, speakers of English as a second language, rambling talk with fillers.
export const FAMILIES_8: readonly Family[] = [
  {
    name: 'age',
    type: 'AGE',
    shapes: ['d8ageWords', 'd8ageDigits', 'd8ageCentury', 'd8ageWords'],
    dev: [
      // relative ages
      "my gran's two years older than grandpa, she's {V}",
      'Dad is {V} and his brother is a year younger, they both still live alone.',
      // ages at events
      'When she was {V} she fell in the garden and that was the start of it.',
      'He quit smoking at {V}, can you believe it, at {V}.',
      'my great-grandad got his first phone at {V} lol',
      // turning, birthdays
      'Mom is turning {V} in March and she wants everyone there.',
      "Grandma just turned {V} last week and she's still sharp as anything.",
      'We threw him a party for his {V=d8ageOrd} birthday, the whole ward sang.',
      "Her {V=d8ageOrd} is on Sunday, and I don't know if I can face the family.",
      // plain statements in several voices
      'T|And your aunt is {V} now, living on her own?',
      'T|So he is {V}, and you are the only one who visits.',
      'My father he has {V} years, he still walks to the church.',
      'she is like {V} and still drives, it terrifies me',
      "Um, he's, he'd be {V} now, if I've got that right.",
      'A {V}-year-old should not be alone in that house.',
      'I look after my neighbour, {V} years young, she calls me every morning.',
      'At the age of {V} she decided to move to the coast.',
      // decade, over 89 only
      'My grandmother is in her late {V=d8ageDecade} and still does the crossword in pen.',
      "T|Your grandfather's in his {V=d8ageDecade}, is that right?",
    ],
    aside: [
      'Nana will be {V} come October, God willing.',
      'my great aunt is {V=d8sAgeAnd} and she told me to stop vaping',
      'T|How is it for you, caring for a parent who is {V}?',
      'My uncle lived to {V}, smoked a pipe his whole life.',
      'The lady downstairs is {V} and bakes for the whole building.',
      'Pops went into care at {V}, after the second stroke.',
      'She reached {V}, and then she just stopped eating.',
    ],
  },
  {
    name: 'date',
    type: 'DATE',
    shapes: ['d8dateMonthOrd', 'd8dateOrdOf', 'd8dateSaidYear', 'd8dateSlash', 'd8dateHoliday', 'd8dateTerm', 'd8dateMonthYear'],
    dev: [
      "My birthday's {V}, so that's always a hard week.",
      'I relapsed {V}, right after the court date.',
      'We broke up on {V} and I started smoking again that night.',
      'T|You mentioned {V}; what happened that day?',
      'T|So the last time you used was {V}?',
      'it was {V} when the cops came, i remember everything',
      'My mother died {V}, and I have not been the same.',
      'I was at the shelter from {V} until the spring.',
      'The baby is due {V}, and I am scared.',
      'Um, I think it was {V}, or maybe the week before, yeah, {V}.',
      'He left us {V}, I was only a kid.',
      'Since {V} I have not touched a cigarette.',
      'The anniversary is {V} and I always fall apart around then.',
      'I got my first chip {V}.',
    ],
    aside: [
      'Everything fell apart around {V}, when the job went.',
      'T|Was that before or after {V=d8sDateDayMonth}?',
      'the restraining order ran out {V} and he showed up the next day',
      'I signed the lease {V=d8sDateDots}, that is on the paper.',
      'Our son was born {V}, a tiny little thing.',
      'My sobriety date is {V}.',
    ],
  },
  {
    name: 'plan',
    type: 'HEALTH_PLAN',
    shapes: ['d8planPlain', 'd8planSaidLetters', 'd8planGrouped', 'd8planPairs', 'd8planMedicare'],
    dev: [
      'My member number is {V}, the front desk keeps asking.',
      'T|For the claim I have your ID as {V}; is that still right?',
      'the number on my medicaid card is {V}',
      'It says subscriber {V}, I think that is my husband.',
      'My Medicare number, {V}, they said it was wrong on the form.',
      'insurance ID {V}, the pharmacy could not find it',
      'My plan number is, hang on, {V}.',
      'They billed it under {V}, which is my old coverage.',
      'The card reads member {V}, under my mom.',
    ],
    aside: [
      'The insurance people had me down as {V=d8sPlanDashes}.',
      'T|Could you read me the policy ID, {V}?',
      'my coverage number is {V} but they say it lapsed',
      'Beneficiary number {V}, that is what the letter says.',
      'I gave them my health card, {V}, and still had to pay.',
    ],
  },
  {
    name: 'email',
    type: 'EMAIL',
    shapes: ['d8emailSaid', 'd8emailUnderscore', 'd8emailAtSign', 'd8emailInitial', 'd8emailTyped'],
    dev: [
      'My email is {V}, you can send the forms there.',
      'T|Should I send the handout to {V}?',
      'just email me at {V}',
      'His email, it is {V}, he writes me every night.',
      'The threats came from {V}.',
      "It's {V}, all lower case.",
      'I made a new one, {V}, so he cannot find me.',
    ],
    aside: [
      'Reach me on {V=d8sEmailFull} if you need to move the session.',
      'T|I have {V} as your contact e-mail.',
      'she keeps messaging from {V} even after i blocked her',
      'Write to my son, {V}, he handles my bills.',
      'The school has {V} on file for me.',
    ],
  },
  {
    name: 'vehicle',
    type: 'VEHICLE',
    shapes: ['d8plate', 'd8plateSaid', 'd8plate', 'd8plateSaid'],
    dev: [
      'His truck, plate {V}, was outside my work again.',
      'I wrote down the license plate, {V}, and gave it to the police.',
      'T|The plate number was {V}?',
      'my car is the blue one, tag {V}',
      'The last six of the VIN are {V=d8vinTail}, the insurance needed it.',
      'The VIN is {V=d8vinFull}, I read it off the dashboard.',
      'A grey sedan, plates {V}, followed me home.',
    ],
    aside: [
      'The registration on the van is {V=d8sPlateLower}.',
      'T|Did you get the tag, {V}?',
      'the car that hit me had {V} on the back',
      'My ex drives a silver pickup, {V}, you cannot miss it.',
      'I reported the plates, {V}, to the landlord.',
    ],
  },
];

const CONTEXTS_8: readonly Context[] = ['as-is', 'as-is', 'lower-chat', 'no-punct', 'typo'];

export const DEV8_TEMPLATES: readonly Template[] = generateTemplates('dev', 36, 0xd8d8, FAMILIES_8, 'd8', CONTEXTS_8);
export const DEV8_ASIDE_TEMPLATES: readonly Template[] = generateTemplates('aside', 22, 0xa8d8, FAMILIES_8, 'd8', CONTEXTS_8);

// ---------------------------------------------------------------------------------------------
// Traps: counselling talk with no identifier. Slots {AGE_U90}, {MONTH}, {WEEKDAY}, {YEAR} are
// filled from bench/rng.ts (ages under 90, a month alone, a weekday alone, a bare year: none is an
// identifier under the convention above).
// ---------------------------------------------------------------------------------------------
export const DEV8_TRAPS: readonly string[] = [
  // Sentence-initial words that are also first names.
  'Will I ever feel normal again, that is what I keep asking.',
  'Mark my words, he will be back asking for money.',
  'Grace under pressure, that was never me.',
  'Hope you had a good week, anyway, mine was rough.',
  'Bill collectors call every single morning.',
  'Pat yourself on the back, my sponsor says, but I cannot.',
  'Rob me blind, that is what my brother did.',
  'Sue them, my cousin said, like I have the money.',
  'Chase the high, that is all I did for years.',
  'Jack of all trades, that is my dad, master of none.',
  'Sterling silver, the ring was, and I pawned it.',
  'Drew a picture for my daughter and she loved it.',
  'Bob and weave, that is how I get through family dinners.',
  'Gene therapy is not going to fix my family, ha.',
  'Art class is the only thing I look forward to.',
  'Guy at the meeting said the same thing as you.',
  'Max two cigarettes a day, that is my deal with myself.',
  'Ray of sunshine, my mom used to call me, if only she knew.',
  'Rich people do not have to deal with this stuff.',
  'Dean called me into the office again, the dean of students I mean.',
  // Family words, God, groups.
  'Mom says I am overreacting, Dad just goes quiet.',
  'I told Grandma and she just prayed for me.',
  'God knows I have tried, Lord knows I have.',
  'Thank God for my sister, honestly.',
  'The Lord gave me this cross to carry, that is how I see it.',
  'Auntie and Uncle came over and it was a disaster.',
  'The Bible study group is the only place I feel okay.',
  'My sponsor in AA told me to call before I pick up.',
  'I go to NA on Tuesdays and Al-Anon when I can.',
  'The Feds took his computer, that is all I know.',
  'The Democrats and the Republicans, my family fights about it every Thanksgiving.',
  'Everybody at Christmas just drinks, it is impossible.',
  // Brands, shows, songs, apps, teams.
  'I was up till three watching Netflix again.',
  'We binged Breaking Bad and honestly it made me want to use.',
  'Grey’s Anatomy is my comfort show.',
  'I listen to Radiohead when I am sad, which is a lot.',
  'The Cowboys lost and my husband threw the remote.',
  'I deleted Tinder and then downloaded it again.',
  'My kid is on TikTok all night and Snapchat all day.',
  'I get Uber Eats because I cannot face the grocery store.',
  'I found the app Calm and it kind of helps.',
  'We watched Frozen for the hundredth time.',
  'Tickets to Hamilton were the only thing my daughter wanted.',
  'The Yankees game was on and I just zoned out.',
  'I drink Red Bull instead of coffee now.',
  'Starbucks is my reward for making it to the session.',
  'I started Duolingo to keep my mind busy.',
  'He plays Call of Duty until four in the morning.',
  'My Fitbit says I slept three hours.',
  'Jeopardy at seven, that is the only routine we have left.',
  // Places-as-words and generic institutions.
  'Reading helps, when I can focus long enough.',
  'Mobile phones are the problem in our house.',
  'Nice of her to call, I guess.',
  'Bath time is a fight every night with my son.',
  'Orange is my favourite colour, random, I know.',
  'Phoenix rising, that was my tattoo idea after rehab.',
  'Jersey, hoodie, whatever, I just wear his old clothes.',
  'He did six months in county jail and came out worse.',
  'I spent two nights at the hospital and nobody came.',
  'The ER sent me home with a pamphlet.',
  'The shelter downtown is full every night.',
  'The VA keeps losing my paperwork.',
  'The DMV took four hours and I almost had a panic attack.',
  'Child Protective Services came by on {WEEKDAY}.',
  'The state hospital is where they sent my brother.',
  'My probation officer is strict but fair.',
  // Ages and dates that are not identifiers.
  "My sister's two years older, she's {AGE_U90}.",
  'When I was {AGE_U90} I had my first drink.',
  'Mom is turning {AGE_U90} in {MONTH} and wants a big party.',
  'I am in my late twenties and I feel ancient.',
  'He is {AGE_U90}, way too old to be acting like that.',
  'My son just turned {AGE_U90} and already he is vaping.',
  'We moved here in {YEAR}, I think.',
  'Every {WEEKDAY} I see my kids.',
  '{MONTH} is always the worst month for me.',
  'Christmas is hard, the holidays in general.',
  'Last {WEEKDAY} I almost called you.',
  'Back in the nineties everybody smoked indoors.',
  'She was born in the eighties, like me.',
  'I have been sober since {MONTH}, give or take.',
];

export const DEV8_ASIDE_TRAPS: readonly string[] = [
  'Carol singers came round and I hid upstairs.',
  'Faith in people, I lost that a long time ago.',
  'Joy, no, I never feel it, not even at Christmas.',
  'Frank is how I would describe my mum, too frank.',
  'Lily pads on the pond, that was my happy place as a kid.',
  'Sandy beaches, that is where I picture myself when I breathe.',
  'Hunter boots and a raincoat, my whole personality in winter.',
  'Matt finish on the walls, we repainted after he left.',
  'The Father at church said I should talk to someone.',
  'The Almighty has a plan, my grandmother says.',
  'Sis and I do not talk anymore.',
  'My Nan raised me, Pop too.',
  'Lent is when I try to give up drinking, every year.',
  'Alcoholics Anonymous meetings are in the church basement.',
  'I scroll Instagram and feel worse about everything.',
  'The Simpsons is on in the background all day.',
  'I cried at Coldplay, which is embarrassing.',
  'The Lakers game, the beer, the yelling, that is every Sunday.',
  'Spotify playlists got me through the detox.',
  'We ordered Domino’s three nights in a row.',
  'Candy Crush is my coping mechanism, do not judge.',
  'Wordle every morning, then the anxiety starts.',
  'Derby day, everyone gets drunk, I stay home.',
  'Bedford cord trousers, my dad wore them every day.',
  'Victoria sponge was her signature cake.',
  'Sale at the mall, I spent money I do not have.',
  'Temple run on my phone keeps my hands busy.',
  'The detox unit was clean at least.',
  'Juvie changed him, he came out angry.',
  'The food bank closes early on {WEEKDAY}.',
  'Social services say they will call back.',
  'My twin is {AGE_U90} too, obviously, but she seems older.',
  'I was {AGE_U90} when I first got arrested.',
  'Dad turns {AGE_U90} next {MONTH}, I might not go.',
  'In my early thirties I finally got diagnosed.',
  'That was {YEAR}, the worst year of my life.',
  'Come {MONTH} I will have a year clean.',
  'The weekends are the hardest, Saturdays especially.',
  'Easter with the in-laws, enough said.',
  'Back in the day, like the eighties, things were different.',
];

const TENS_WORDS = TENS.slice(2, 9);
function fillTrap(line: string, next: () => number): string {
  const pickF = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  return line
    .replaceAll('{AGE_U90}', () => {
      const n = 13 + Math.floor(next() * 76);
      return next() < 0.5 ? String(n) : n < 20 ? ['thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'][n - 13]! : `${pickF(TENS_WORDS)}${n % 10 ? `-${UNITS[n % 10]!}` : ''}`;
    })
    .replaceAll('{MONTH}', () => pickF(MONTHS))
    .replaceAll('{WEEKDAY}', () => pickF(WEEKDAYS))
    .replaceAll('{YEAR}', () => String(1985 + Math.floor(next() * 38)));
}

/** DEV8 (tuning part) in the development conversations 0..52. */
export function injectedTherapyDev8(): Corpus | undefined {
  const docs = injectDevRows(DEV8_TEMPLATES, 0x8d8, 12, pickDev8);
  return docs && { name: 'therapy talk, injected AGE/DATE/HEALTH_PLAN/EMAIL/VEHICLE as said, dev batch 8 (conversations 0-52)', docs, neutral: new Set(['ORG']) };
}

/** DEV8 ASIDE (carriers written separately; score at the end only, totals only) in conversations 0..52. */
export function injectedTherapyDev8Aside(): Corpus | undefined {
  const docs = injectDevRows(DEV8_ASIDE_TEMPLATES, 0xa8d8, 9, pickDev8);
  return docs && { name: 'therapy talk, injected AGE/DATE/HEALTH_PLAN/EMAIL/VEHICLE as said, dev batch 8 SET ASIDE (conversations 0-52)', docs, neutral: new Set(['ORG']) };
}

export const dev8Traps = (): Corpus => {
  const next = mulberry32(0x8d8a);
  return trapCorpus(DEV8_TRAPS.map((l) => fillTrap(l, next)), 0x8d8b, 'talk with no identifier, name/place/age/date traps, dev batch 8');
};
export const dev8AsideTraps = (): Corpus => {
  const next = mulberry32(0xa8d8a);
  return trapCorpus(DEV8_ASIDE_TRAPS.map((l) => fillTrap(l, next)), 0xa8d8b, 'talk with no identifier, name/place/age/date traps, dev batch 8 SET ASIDE');
};
