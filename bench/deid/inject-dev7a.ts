// A seventh DEVELOPMENT set (7a) for the injected therapy benchmark (issue 14, R35/R36), written
// before reading the detector code. Like inject-dev6.ts it is a GENERATOR (and reuses its
// generator and spoken-number helpers), for the five identifier types that score lowest on the
// blind talk sets: AGE, DATE, EMAIL, HEALTH_PLAN and LICENSE. Carriers are written in several
// voices (a teenager in chat, an older adult, a speaker of English as a second language, the
// clinician, rambling talk with fillers and self-corrections) and crossed with value shapes that
// dev6 and the earlier sets do not use: ages in words over 89 with and without hyphens, "a hundred
// and two", ordinal birthdays; dates with spaced ordinal words, "<Month> the <nth>", seasons with
// years, weekdays with day and month; e-mails said aloud with "period"/"dash", spelled letters,
// spoken digits, country domains; member numbers read out, with dependant suffixes, lower case,
// plan names; driver's licences in state shapes and professional licences.
//
// Gold convention (that of inject.ts and therapy-phi-dev): AGE is an age over 89 and only the
// number ("{V}-year-old" marks the number, not "year"); a date span is the whole date phrase
// ("the third of May", "summer of 2019"); an e-mail span is the whole said address.
//
// Two parts, written separately:
//   - DEV7A: the tuning part (FAMILIES_7A[].dev carriers, DEV shapes);
//   - DEV7A ASIDE: carriers written afterwards in other words, partly with their own shapes
//     (the `d7s…` pickers), scored only at the end of the round (`npm run bench:inject --
//     --dev-only --talka-aside`), totals only, never listed by --errors.
// Both go into the development conversations 0..52 only, with their own seeds. Every value is
// synthetic: invented people, invented plan brands.
import type { Corpus } from './corpora.ts';
import type { Template } from './inject.ts';
import { digits0, generateTemplates, injectDevRows, MONTHS, ORD_WORDS, ord, sayEach, sayGroup, TENS, UNITS, WEEKDAYS, yearWords, type Context, type Family } from './inject-dev6.ts';
import type { Rng } from './inject-values.ts';

// Invented people for e-mail local parts, apart from dev6's.
const D7_FIRST = ['ottoline', 'barnaby', 'feodora', 'ignatius', 'philippa', 'rutherford', 'saoirse', 'cosmo', 'hortensia', 'evander', 'minerva', 'lysander'];
const D7_LAST = ['pettigrew', 'throckmorton', 'abernathy', 'winterbottom', 'cattermole', 'fairweather', 'honeysett', 'underhill', 'featherstone', 'gallimore'];
const D7_HOSTS = ['gmail', 'yahoo', 'outlook', 'hotmail', 'icloud', 'proton', 'ymail', 'live', 'msn'];
// Invented plan brands.
const PLAN_BRANDS = ['Larkmoor Health', 'Tidewater Mutual', 'Pinecrest Care', 'Silverbough', 'Harborlight Health', 'Meadowgate', 'Northwind Assurance'];
const PLAN_TIERS = ['Gold', 'Silver', 'Bronze', 'Choice', 'Essential', 'Plus'];
const PLAN_KINDS = ['PPO', 'HMO', 'EPO', 'Advantage', 'Select'];
const SEASONS = ['summer', 'winter', 'spring', 'fall', 'autumn'];
const NATO = ['as in apple', 'as in boy', 'like in cat', 'as in David', 'as in Edward', 'like Frank', 'as in Mary', 'as in Nancy', 'as in Tom'];

const ageN = (r: Rng): number => 90 + r.int(r.next() < 0.8 ? 10 : 16);
/** 90..99 as words, joined by `sep`; 100..105 as "a hundred (and n)". */
const ageWords = (n: number, sep: string, r: Rng): string => {
  if (n >= 100) return `${r.pick(['a hundred', 'one hundred'])}${n > 100 ? ` and ${UNITS[n - 100]!}` : ''}`;
  return n === 90 ? 'ninety' : `${TENS[9]!}${sep}${UNITS[n - 90]!}`;
};
const ORD_UNITS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const local = (r: Rng): [string, string] => [r.pick(D7_FIRST), r.pick(D7_LAST)];
const spaced = (s: string, sep: string): string => [...s].join(sep);
const upperLetters = (r: Rng, n: number): string => r.letters(n);

export const pickDev7a: Readonly<Record<string, (r: Rng) => string>> = {
  // AGE, over 89 only.
  d7ageHyphen: (r) => ageWords(ageN(r), '-', r),
  d7ageSpaced: (r) => ageWords(ageN(r), ' ', r),
  d7ageHundred: (r) => ageWords(100 + r.int(6), ' ', r),
  d7ageDigits: (r) => String(ageN(r)),
  d7ageOrd: (r) => {
    const n = ageN(r);
    if (n >= 100) return n === 100 ? 'hundredth' : `${n}${ord(n).slice(-2)}`;
    return n === 90 ? 'ninetieth' : `ninety-${ORD_UNITS[n - 90]!}`;
  },
  // DATE.
  d7dateOfSpaced: (r) => `the ${ORD_WORDS[r.int(30)]!.replace('-', ' ')} of ${r.pick(MONTHS)}`,
  d7dateMonthThe: (r) => `${r.pick(MONTHS)} the ${r.next() < 0.5 ? ORD_WORDS[r.int(30)]! : ord(1 + r.int(30))}`,
  d7dateMonthYear: (r) => {
    const y = 1990 + r.int(35);
    return r.pick([() => `${r.pick(MONTHS)} ${yearWords(y, r)}`, () => `${r.pick(MONTHS)} of ${y}`, () => `${r.pick(MONTHS)} ${y}`, () => `${r.pick(MONTHS)} of ${yearWords(y, r)}`])();
  },
  d7dateSeason: (r) => {
    const y = 1995 + r.int(30);
    return r.pick([() => `${r.pick(SEASONS)} of ${y}`, () => `${r.pick(SEASONS)} ${y}`, () => `${r.pick(SEASONS)} of ${yearWords(y, r)}`, () => `${r.pick(SEASONS)} of '${String(y).slice(2)}`])();
  },
  d7dateWeekdayOf: (r) =>
    r.pick([
      () => `${r.pick(WEEKDAYS)} the ${ORD_WORDS[r.int(30)]!} of ${r.pick(MONTHS)}`,
      () => `${r.pick(WEEKDAYS)}, ${r.pick(MONTHS)} the ${ord(1 + r.int(30))}`,
      () => `${r.pick(WEEKDAYS)} ${ORD_WORDS[r.int(30)]!} ${r.pick(MONTHS)}`,
      () => `${r.pick(WEEKDAYS)}, ${r.pick(MONTHS)} ${1 + r.int(30)}`,
    ])(),
  d7dateBritish: (r) =>
    r.pick([() => `${ORD_WORDS[r.int(28)]!} ${r.pick(MONTHS)} ${yearWords(1990 + r.int(35), r)}`, () => `${1 + r.int(28)} ${r.pick(MONTHS)}`, () => `${ord(1 + r.int(28))} ${r.pick(MONTHS)} ${2000 + r.int(25)}`])(),
  // EMAIL, said aloud or typed oddly.
  d7emailSpelled: (r) => {
    const [f] = local(r);
    return `${spaced(f.slice(0, 4 + r.int(3)), r.pick([' ', '-']))} at ${r.pick(D7_HOSTS)} dot com`;
  },
  d7emailPeriod: (r) => {
    const [f, l] = local(r);
    return `${f} ${r.pick(['period', 'dot'])} ${l} at ${r.pick(D7_HOSTS)} period com`;
  },
  d7emailDash: (r) => {
    const [f, l] = local(r);
    return `${f} ${r.pick(['dash', 'hyphen'])} ${l} at ${r.pick(D7_HOSTS)} dot ${r.pick(['com', 'net'])}`;
  },
  d7emailDigitsSaid: (r) => {
    const [f] = local(r);
    return `${f} ${sayEach(r.digits(2 + r.int(3)), r)} at ${r.pick(D7_HOSTS)} dot com`;
  },
  d7emailOwnDomain: (r) => {
    const [f, l] = local(r);
    return r.pick([() => `${f} at ${l} dot ${r.pick(['org', 'net', 'io', 'me'])}`, () => `${f}.${l} at ${r.pick(D7_HOSTS)} dot co dot uk`, () => `${f}@${l}${r.pick(['family', 'law', 'farm'])}.org`])();
  },
  d7emailSpacedAt: (r) => {
    const [f, l] = local(r);
    return r.pick([() => `${f}${l} @ ${r.pick(D7_HOSTS)} . com`, () => `${f}_${l}${r.digits(2)}@${r.pick(D7_HOSTS)}.com`, () => `${f} at ${r.pick(D7_HOSTS)}.com`])();
  },
  // HEALTH_PLAN: member, policy, group numbers; plan names.
  d7planSpoken: (r) => `${spaced(upperLetters(r, 3), ' ')} ${sayEach(r.digits(6 + r.int(3)), r)}`,
  d7planSuffix: (r) => `${upperLetters(r, 3)}${r.digits(9)}${r.pick(['-01', '-02', ' 01', '*03'])}`,
  d7planGroup: (r) => r.pick([() => r.digits(5), () => `${r.digits(3)}-${digits0(r, 4)}`, () => `${r.digits(6)}-${upperLetters(r, 2)}`, () => sayGroup(r.digits(5), r)])(),
  d7planLower: (r) => `${upperLetters(r, 3)}${r.digits(9)}`.toLowerCase(),
  d7planMixed: (r) => r.pick([() => `${upperLetters(r, 1)}${r.digits(2)}${upperLetters(r, 1)}${r.digits(6)}`, () => `${r.digits(4)} ${r.digits(4)} ${r.digits(3)}`, () => `U${r.digits(4)}-${r.digits(5)}`])(),
  d7planName: (r) => `${r.pick(PLAN_BRANDS)} ${r.pick(PLAN_TIERS)} ${r.pick(PLAN_KINDS)}`,
  // LICENSE: driver's, learner's, commercial, professional.
  d7dlState: (r) => `${upperLetters(r, 1)}${r.digits(3)}-${digits0(r, 3)}-${digits0(r, 2)}-${digits0(r, 3)}-${r.int(10)}`,
  d7dl9Space: (r) => `${r.digits(3)} ${digits0(r, 3)} ${digits0(r, 3)}`,
  d7dlLetters: (r) => r.pick([() => `${upperLetters(r, 2)}${r.digits(6)}`, () => `${r.digits(2)}${upperLetters(r, 3)}${r.digits(5)}`, () => `${upperLetters(r, 1)}${r.digits(7)}`, () => `${upperLetters(r, 1)}${r.digits(12)}`])(),
  d7dlSpoken: (r) => `${upperLetters(r, 1)} ${r.next() < 0.5 ? sayEach(r.digits(7), r) : sayGroup(r.digits(6), r)}`,
  d7proLic: (r) => r.pick([() => `RN${r.digits(6)}`, () => `LPC-${r.digits(5)}`, () => `LCSW ${r.digits(5)}`, () => `${r.digits(2)}-${r.digits(6)}`, () => `EMT-${r.digits(5)}`, () => `PE${r.digits(5)}`])(),
  // ---- Shapes of the set-aside part only (never tuned on). ----
  d7sAgeOh: (r) => `one ${r.pick(['oh', 'o'])} ${UNITS[1 + r.int(5)]!}`,
  d7sDateDashMon: (r) => `${1 + r.int(28)}-${r.pick(MONTHS).slice(0, 3)}-${2000 + r.int(25)}`,
  d7sDateLong: (r) => `${r.pick(WEEKDAYS)} ${r.pick(MONTHS)} ${ord(1 + r.int(28))} ${2000 + r.int(25)}`,
  d7sDateTheOfYear: (r) => `the ${ord(1 + r.int(28))} of ${r.pick(MONTHS)} ${yearWords(1990 + r.int(35), r)}`,
  d7sEmailPlus: (r) => {
    const [f, l] = local(r);
    return r.pick([() => `${f}+${l}@${r.pick(D7_HOSTS)}.com`, () => `${f}.${l}@${r.pick(D7_HOSTS)} dot com`, () => `${f} at ${r.pick(D7_HOSTS)} full stop com`])();
  },
  d7sPlanNato: (r) => `${upperLetters(r, 1)} ${r.pick(NATO)}, ${sayEach(r.digits(7), r)}`,
  d7sPlanBlocks: (r) => `${upperLetters(r, 3)} ${r.digits(4)} ${r.digits(5)}`,
  d7sDlDash: (r) => r.pick([() => `${upperLetters(r, 1)}-${r.digits(3)}-${digits0(r, 3)}-${digits0(r, 3)}`, () => `${r.digits(4)} ${r.digits(4)}`, () => `${upperLetters(r, 1)}${r.digits(3)} ${digits0(r, 3)} ${digits0(r, 3)}`])(),
};

// Carriers. "T|" is the clinician. Voices are marked in comments per group.
export const FAMILIES_7A: readonly Family[] = [
  {
    name: 'age',
    type: 'AGE',
    shapes: ['d7ageHyphen', 'd7ageSpaced', 'd7ageHundred', 'd7ageDigits'],
    dev: [
      // teen
      'my great grandma is literally {V} and she still beats me at cards lol',
      'bro my neighbour is like {V} and he yells at us for skating',
      // older adult
      "I'll be {V} come the spring, if the good Lord allows it.",
      'My sister passed last winter at {V}, and I am the only one left now.',
      // non-native English
      'My grandmother, she have {V} years, she live with us since the war.',
      'My father is {V} years, he does not want the nursing home.',
      // clinician
      'T|Your father is {V} now and still driving himself to dialysis?',
      'T|So she was {V} when she moved in with you, and that is when the arguments started.',
      // rambling, fillers, self-corrections
      "and my uncle, he's, um, he's {V}, no wait, {V}, I always get it wrong",
      'so Grandad, like, he got remarried at {V}, can you even imagine, at {V}',
      // approximate, relation to events
      "Mum's pushing {V} and she still won't use the walker.",
      'She was almost {V} when she finally stopped driving.',
      'we had a party when great-aunt Bea turned {V}, the whole street came',
      'I care for a {V}-year-old woman on weekends, it is heavy work.',
      'At {V} he still insists on doing his own taxes.',
      'He must be {V} or so by now, I have not called him in years.',
      // ordinal birthdays
      'It was her {V=d7ageOrd} birthday and I did not go.',
      'T|You said his {V=d7ageOrd} birthday is coming up; is the visit on your mind?',
    ],
    aside: [
      "Auntie is {V} this year and sharper than any of us.",
      'T|How old is your grandfather now? {V}? That is quite an age.',
      'me and my mum visit Nan, she just turned {V=d7sAgeOh} and got a letter from the king',
      "He is gone {V} in March, my husband, he don't remember my name now.",
      'She lived on her own till {V}, then the fall happened.',
      'ugh the guy next door is {V=d7sAgeOh} and still plays his radio at 6am',
      'Our oldest resident, a lady of {V}, asked me to read to her.',
    ],
  },
  {
    name: 'date',
    type: 'DATE',
    shapes: ['d7dateOfSpaced', 'd7dateMonthThe', 'd7dateMonthYear', 'd7dateSeason', 'd7dateWeekdayOf', 'd7dateBritish'],
    dev: [
      // teen
      'my bday is {V} so like dont forget lol',
      'we started dating {V} and he already cheated ugh',
      // older adult
      'We were married {V}, a long time ago now.',
      'My husband went into hospital {V} and never came home.',
      // non-native English
      'I arrive in this country {V}, with only one bag.',
      'My visa interview it was on {V}, I was so nervous.',
      // clinician
      "T|Let's put your next session down for {V}, same time.",
      'T|You mentioned the overdose happened {V}; can we talk about that night?',
      // rambling, self-corrections
      'it was, uh, {V}, no, sorry, {V}, the week after the wedding',
      'so the eviction notice came, like, {V} I think, yeah, {V}',
      // stories
      'The night of {V} was the first time he hit me.',
      'Ever since {V} I have not been able to drive past that corner.',
      'we got the keys on {V} and she moved out before Christmas',
      'My last drink was {V}, I keep the chip in my wallet.',
      'the hearing got pushed back to {V}, again',
    ],
    aside: [
      'The divorce was final {V}, I remember the rain.',
      'T|When was the last time you self-harmed? Was it {V=d7sDateLong}?',
      "i got my first tattoo {V} and mum still doesn't know",
      'My son he is born {V=d7sDateTheOfYear}, in the old hospital.',
      'The form says I was admitted {V=d7sDateDashMon}, which sounds right.',
      'and then, um, the funeral was {V}, or was it later, no, {V}',
    ],
  },
  {
    name: 'email',
    type: 'EMAIL',
    shapes: ['d7emailSpelled', 'd7emailPeriod', 'd7emailDash', 'd7emailDigitsSaid', 'd7emailOwnDomain', 'd7emailSpacedAt'],
    dev: [
      // teen
      'my school email is {V} but i never check it tbh',
      // older adult
      'My grandson set up an email for me, it is {V}, I think.',
      'You can write to {V}, my daughter reads them to me.',
      // non-native English
      'My e-mail, it is {V}, please send the papers.',
      // clinician
      "T|I'll send the worksheet to {V}, is that spelled right?",
      'T|The referral letter went to {V}; did it arrive?',
      // rambling, self-corrections
      "it's, um, {V}, no wait, that's the old one, hang on",
      'so my address is like {V} all lower case',
      'The harassing messages all came from {V}.',
      'she made a new account, {V}, after I blocked her',
    ],
    aside: [
      'Drop me a line at {V} if the time changes.',
      'T|Can I confirm your contact address as {V=d7sEmailPlus}?',
      'my mom checks {V} so pls dont email there',
      'The account he used was {V=d7sEmailPlus}, the police have it.',
      'My work address, he is {V}, but I prefer the phone.',
    ],
  },
  {
    name: 'plan',
    type: 'HEALTH_PLAN',
    shapes: ['d7planSpoken', 'd7planSuffix', 'd7planGroup', 'd7planLower', 'd7planMixed'],
    dev: [
      // teen
      "im still on my dad's insurance, member {V}",
      // older adult
      'The number on my insurance card is {V}, the print is so small.',
      'My Medicare card says {V}, I keep it in the kitchen drawer.',
      // non-native English
      'My insurance number is {V}, I read it from the card.',
      // clinician
      'T|What is the subscriber ID on the card, {V}?',
      'T|Billing has policy number {V} on file; is that still current?',
      // rambling
      'the policy, uh, the policy number is {V}, I think, or that might be the group',
      'Group number {V}, and they still rejected it.',
      'my Medicaid number, {V}, got cut off in March',
      'The pharmacy typed my plan ID in as {V} and it bounced.',
      // plan names
      'I just got switched to the {V=d7planName} plan through work and my copay doubled.',
      "T|So you're covered by {V=d7planName} now?",
    ],
    aside: [
      'Coverage is through my husband, subscriber number {V=d7sPlanBlocks}.',
      'the card is like {V} i think, it is so faded',
      'T|For the authorisation I need the member number, {V=d7sPlanNato}, is that right?',
      'My health insurance ID is {V}, they say it is not active.',
      'They moved everybody onto {V=d7planName} in January and nothing is covered.',
    ],
  },
  {
    name: 'licence',
    type: 'LICENSE',
    shapes: ['d7dlState', 'd7dl9Space', 'd7dlLetters', 'd7dlSpoken', 'd7proLic'],
    dev: [
      // teen
      'i just got my learners permit!! {V}',
      // older adult
      'They took my driving licence, {V}, after the eye test.',
      // non-native English
      'My driving licence number is {V}, from my country it is different.',
      // clinician
      'T|The board letter lists your nursing licence number as {V}, correct?',
      'T|For the return-to-work form I need your licence number, {V}?',
      // rambling, self-corrections
      "my DL is, um, {V}, no hang on that's expired, whatever",
      // labelled in other spellings
      "drivers lic {V}, suspended till next year",
      'My CDL number is {V} and I cannot lose it, it is my job.',
      'License no. {V} is the one on the ticket.',
      'My counselling licence, {V}, is under review because of this.',
      // no label, in a story
      'the cop read out {V} off my card and said it was flagged',
      'The state board has {V} on file and they are investigating.',
    ],
    aside: [
      'My operator licence, {V=d7sDlDash}, expires next month.',
      'T|Could you read me the number on your driver’s license, {V}?',
      'my lisence number is {V} lol i can never spell that word',
      'The social work board suspended {V} pending the hearing.',
      'I showed the bouncer my ID, {V=d7sDlDash}, and he laughed at the photo.',
    ],
  },
];

// Contexts: as written twice as often as lower-case chat, no punctuation, one typo.
const CONTEXTS_7A: readonly Context[] = ['as-is', 'as-is', 'lower-chat', 'no-punct', 'typo'];

export const DEV7A_TEMPLATES: readonly Template[] = generateTemplates('dev', 40, 0xd7a7, FAMILIES_7A, 'd7', CONTEXTS_7A);
export const DEV7A_ASIDE_TEMPLATES: readonly Template[] = generateTemplates('aside', 24, 0xa7d7a, FAMILIES_7A, 'd7', CONTEXTS_7A);

/** DEV7A (tuning part) in the development conversations 0..52. */
export function injectedTherapyDev7a(): Corpus | undefined {
  const docs = injectDevRows(DEV7A_TEMPLATES, 0x7d7a, 14, pickDev7a);
  return docs && { name: 'therapy talk, injected AGE/DATE/EMAIL/HEALTH_PLAN/LICENSE shapes, dev batch 7a (conversations 0-52)', docs, neutral: new Set(['ORG']) };
}

/** DEV7A ASIDE (carriers written separately; score at the end only, totals only) in conversations 0..52. */
export function injectedTherapyDev7aAside(): Corpus | undefined {
  const docs = injectDevRows(DEV7A_ASIDE_TEMPLATES, 0xa7da, 10, pickDev7a);
  return docs && { name: 'therapy talk, injected AGE/DATE/EMAIL/HEALTH_PLAN/LICENSE shapes, dev batch 7a SET ASIDE (conversations 0-52)', docs, neutral: new Set(['ORG']) };
}
