// A development batch for the injected therapy benchmark, round "talkb" (issue 14, R35/R36: talk
// de-identification that generalises to identifier shapes never seen), written BEFORE reading the
// detector code. It follows the generator of inject-dev6.ts but aims at the weakest types on blind
// talk sets: SSN (mixed digits and number words, split across a sentence, said in groups, far
// from the label word, "last four"), VEHICLE (plates and VINs said aloud, lower-case, vanity,
// with state names, spaced), OTHER_ID (case, badge, student, employee, inmate, visa, passport,
// benefit numbers), DEVICE serials and PHOTO/recording file names, each in varied voices (teen,
// older adult, non-native speaker, clinician, rambling speech with fillers and self-corrections).
// It also holds TRAPS: talk lines with no identifier at all, full of words that look like names
// or places (ordinary words, brands, drugs and eponyms, days, pets, titles, nationalities), scored
// for false tokens only (the R36 precision side).
//
// Two parts, written separately:
//   - DEV7B: the tuning part (FAMILIES[].dev with FAMILIES[].shapes, and DEV_TRAPS);
//   - DEV7B ASIDE: other carriers, other value shapes (FAMILIES[].asideShapes) and other traps,
//     scored only at the end of the round, totals only
//     (`npm run bench:inject -- --dev-only --talkb-aside`), never listed by --errors.
// Both go into the development conversations 0..52 only, with their own seeds. Every value is
// synthetic and drawn here.
import type { Corpus } from './corpora.ts';
import { DEV_ROWS, injectConversation, therapyConversations, type InjectedDoc, type Template } from './inject.ts';
import { ALNUM, STATES, VIN_CHARS, chars, digits0, outsideSlots, sayDigit, sayEach, sayGroup, sayPair, ssnParts, typo } from './inject-dev6.ts';
import { Rng } from './inject-values.ts';

// ---------------------------------------------------------------------------------------------
// Value shapes.
// ---------------------------------------------------------------------------------------------
const UNIT = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const NATO: Readonly<Record<string, string>> = {
  A: 'alpha', B: 'bravo', C: 'charlie', D: 'delta', E: 'echo', F: 'foxtrot', G: 'golf', H: 'hotel', J: 'juliet', K: 'kilo', L: 'lima',
  M: 'mike', N: 'november', P: 'papa', R: 'romeo', S: 'sierra', T: 'tango', U: 'uniform', V: 'victor', W: 'whiskey', X: 'x-ray', Y: 'yankee', Z: 'zulu',
};
const AS_IN = ['apple', 'boy', 'cat', 'dog', 'echo', 'frank', 'george', 'house', 'ice', 'john', 'king', 'larry', 'mary', 'nancy', 'ocean', 'peter', 'queen', 'robert', 'sam', 'tom', 'unit', 'victor', 'william', 'x-ray', 'yellow', 'zebra'];
const VANITY_DEV = ['GR8MOM', 'SOBER1', 'ZEN4NOW', 'HOOPS23', '2FAST4U', 'BKWORM', 'PUPMOM', 'NO1DAD'];
const VANITY_ASIDE = ['LIVLAFF', 'BEACHBM', 'CAFFEIN8', 'DOGDAD1', 'RUN4FUN', 'MIMI2X'];
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const ymd = (r: Rng): string => `20${20 + r.int(5)}${pad(1 + r.int(12))}${pad(1 + r.int(28))}`;
const hms = (r: Rng): string => `${pad(r.int(24))}${pad(r.int(60))}${pad(r.int(60))}`;
/** Digits said one by one, runs said as "double"/"triple" the way people read numbers out. */
const sayRuns = (s: string, r: Rng): string => {
  const out: string[] = [];
  for (let i = 0; i < s.length; ) {
    let j = i;
    while (j < s.length && s[j] === s[i]) j++;
    const n = j - i;
    if (n === 2) out.push(`double ${sayDigit(s[i]!, r)}`);
    else if (n === 3) out.push(`triple ${sayDigit(s[i]!, r)}`);
    else for (let k = 0; k < n; k++) out.push(sayDigit(s[i]!, r));
    i = j;
  }
  return out.join(' ');
};
/** A digit string with one repeated pair so "double" shapes actually occur. */
const withRun = (s: string, r: Rng): string => {
  const i = r.int(s.length - 1);
  return s.slice(0, i) + s[i]! + s[i]! + s.slice(i + 2);
};
const hundreds = (s: string, r: Rng): string => {
  const h = UNIT[Number(s[0])]!;
  const rest = s.slice(1);
  if (rest === '00') return `${h} hundred`;
  return `${h} hundred ${r.pick(['and ', ''])}${rest[0] === '0' ? UNIT[Number(rest[1])]! : sayPair(rest, r)}`;
};
const hyphenWords = (s: string): string => [...s].map((d) => UNIT[Number(d)]!).join('-');
const ssn9 = (r: Rng): string => ssnParts(r).join('');

export const pickDev7b: Readonly<Record<string, (r: Rng) => string>> = {
  // SSN, development shapes.
  t7ssnDoubles: (r) => {
    const [a, b, c] = ssnParts(r);
    return [withRun(a, r), b, withRun(c, r)].map((g) => sayRuns(g, r)).join(r.pick([', ', ' ']));
  },
  t7ssnHyphenWords: (r) => ssnParts(r).map(hyphenWords).join(', '),
  t7ssnMixGroup: (r) => {
    const [a, b, c] = ssnParts(r);
    return r.pick([() => `${a}, ${sayPair(b, r)}, ${sayGroup(c, r)}`, () => `${sayEach(a, r)} ${b} ${c}`, () => `${a} ${sayEach(b, r)} ${c}`])();
  },
  t7ssnHundreds: (r) => {
    const [a, b, c] = ssnParts(r);
    return `${hundreds(a, r)}, ${sayPair(b, r)}, ${sayGroup(c, r)}`;
  },
  t7ssnSpaced: (r) => {
    const s = ssn9(r);
    return r.pick([() => [...s].join(' '), () => `${s.slice(0, 3)} ${s.slice(3, 5)} ${s.slice(5, 7)} ${s.slice(7)}`])();
  },
  t7ssnHead: (r) => {
    const [a, b] = ssnParts(r);
    return r.pick([() => `${a}-${b}`, () => `${sayEach(a, r)}, ${sayEach(b, r)}`, () => `${a} ${b}`])();
  },
  t7ssnTail: (r) => {
    const c = r.digits(4);
    return r.pick([() => c, () => sayGroup(c, r), () => sayEach(c, r)])();
  },
  t7l4Spaced: (r) => [...r.digits(4)].join(' '),
  t7l4Runs: (r) => sayRuns(withRun(r.digits(4), r), r),
  t7l4Masked: (r) => `${r.pick(['XXX-XX-', '***-**-', 'xxx-xx-', 'XXX XX '])}${r.digits(4)}`,
  // SSN, set-aside shapes.
  t7aSsnSlash: (r) => {
    const [a, b, c] = ssnParts(r);
    return r.pick([`${a}/${b}/${c}`, `${a} ${b}-${c}`, `${a}-${b}${c}`, `${a} - ${b} - ${c}`]);
  },
  t7aSsnThrees: (r) => {
    const s = ssn9(r);
    return r.pick([() => `${s.slice(0, 3)}, ${s.slice(3, 6)}, ${s.slice(6)}`, () => [s.slice(0, 3), s.slice(3, 6), s.slice(6)].map((g) => sayEach(g, r)).join(', ')])();
  },
  t7aSsnDigitsWords: (r) => {
    const [a, b, c] = ssnParts(r);
    return `${a}-${b}, ${sayRuns(c, r)}`;
  },
  t7aSsnCommaEach: (r) => [...ssn9(r)].map((d) => sayDigit(d, r)).join(', '),
  t7aSsnHead: (r) => {
    const [a, b] = ssnParts(r);
    return r.pick([() => `${hundreds(a, r)} ${sayPair(b, r)}`, () => `${a}.${b}`])();
  },
  t7aSsnTail: (r) => r.pick([() => [...r.digits(4)].join('-'), () => hyphenWords(r.digits(4))])(),
  t7aL4Hyphen: (r) => hyphenWords(r.digits(4)),
  t7aL4Pairs: (r) => {
    const c = r.digits(4);
    return r.pick([`${c.slice(0, 2)} ${c.slice(2)}`, `${c.slice(0, 2)}-${c.slice(2)}`]);
  },
  // Plates, development shapes.
  t7plateNato: (r) => `${[...r.letters(3)].map((c) => NATO[c]!).join(' ')} ${r.pick([() => sayEach(r.digits(3), r), () => r.digits(4)])()}`,
  t7plateAsIn: (r) => {
    const l = r.letters(3);
    return `${l[0]!} as in ${AS_IN[l.charCodeAt(0) - 65]!}, ${l[1]!}, ${l[2]!}, ${r.digits(4)}`;
  },
  t7plateLower: (r) => r.pick([() => `${r.letters(3)} ${r.digits(4)}`, () => `${r.letters(3)}${r.digits(4)}`, () => `${1 + r.int(9)}${r.letters(3)}${r.digits(3)}`])().toLowerCase(),
  t7plateSpaced: (r) => [...`${r.letters(3)}${r.digits(4)}`].join(' '),
  t7plateVanity: (r) => (r.next() < 0.3 ? r.pick(VANITY_DEV).toLowerCase() : r.pick(VANITY_DEV)),
  // Plates, set-aside shapes.
  t7aPlateUk: (r) => `${r.letters(2)}${pad(r.int(100))} ${r.letters(3)}`,
  t7aPlateDashed: (r) => [...`${r.letters(3)}${r.digits(3)}`].join('-'),
  t7aPlateHalfWords: (r) => `${r.letters(3)} ${sayGroup(r.digits(4), r)}`,
  t7aPlateVanity: (r) => r.pick(VANITY_ASIDE),
  t7aPlateNum: (r) => `${1 + r.int(9)} ${r.letters(3)} ${r.digits(3)}`,
  // VINs.
  t7vinGroups: (r) => {
    const v = `${1 + r.int(5)}${chars(r, VIN_CHARS, 16)}`;
    return `${v.slice(0, 3)} ${v.slice(3, 8)} ${v.slice(8, 11)} ${v.slice(11)}`;
  },
  t7vinSpacedLower: (r) => {
    const v = `${1 + r.int(5)}${chars(r, VIN_CHARS, 16)}`.toLowerCase();
    return `${v.slice(0, 4)} ${v.slice(4, 8)} ${v.slice(8, 12)} ${v.slice(12)}`;
  },
  t7vinLast8: (r) => `${chars(r, VIN_CHARS, 2)}${r.digits(6)}`,
  t7aVinDash: (r) => {
    const v = `${1 + r.int(5)}${chars(r, VIN_CHARS, 16)}`;
    return `${v.slice(0, 3)}-${v.slice(3, 9)}-${v.slice(9)}`;
  },
  t7aVinAloud: (r) => `${1 + r.int(5)}${chars(r, VIN_CHARS, 10)}, ${sayEach(digits0(r, 6), r)}`,
  // Case and report numbers.
  t7case: (r) => r.pick([() => `20${20 + r.int(5)}-DR-${digits0(r, 6)}`, () => `FC-${20 + r.int(5)}-${digits0(r, 4)}`, () => `JV ${20 + r.int(5)} ${r.digits(4)}`, () => `DV-20${20 + r.int(5)}-${digits0(r, 5)}`, () => `${20 + r.int(5)}${r.letters(2)}${digits0(r, 5)}`])(),
  t7aCase: (r) => r.pick([() => `CF-20${20 + r.int(5)}-${r.digits(4)}`, () => `${20 + r.int(5)} JD ${digits0(r, 5)}`, () => `${digits0(r, 4)}/${20 + r.int(5)}`, () => `20${20 + r.int(5)}FA${digits0(r, 6)}`])(),
  // Badge, student, employee, inmate numbers.
  t7badge: (r) => r.pick([() => r.digits(4), () => `#${r.digits(5)}`, () => `${r.digits(3)}`])(),
  t7studentId: (r) => r.pick([() => `A00${r.digits(6)}`, () => `${r.digits(9)}`, () => `stu${r.digits(6)}`])(),
  t7employee: (r) => r.pick([() => `EMP-${r.digits(5)}`, () => `E${r.digits(4)}`, () => `${r.letters(2)}${r.digits(5)}`])(),
  t7inmate: (r) => r.pick([() => `#${r.letters(1)}-${r.digits(6)}`, () => `${r.digits(5)}-0${r.digits(2)}`, () => r.digits(6)])(),
  t7aBadge: (r) => r.pick([() => `B-${r.digits(4)}`, () => `#${r.digits(3)}`])(),
  t7aStaff: (r) => r.pick([() => `${r.letters(3)}${r.digits(4)}`.toLowerCase(), () => `${r.letters(1)}${r.digits(7)}`])(),
  t7aInmate: (r) => r.pick([() => r.digits(8), () => `${r.letters(1)}${r.digits(5)}`])(),
  // Passport, visa, alien, benefit numbers.
  t7passport: (r) => r.pick([() => `${r.letters(1)}${r.digits(8)}`, () => r.digits(9)])(),
  t7visa: (r) => r.pick([() => r.digits(8), () => `${r.letters(1)}${r.digits(7)}`])(),
  t7anum: (r) => r.pick([() => `A${r.digits(9)}`, () => `A ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, () => `A-${r.digits(3)}-${r.digits(3)}-${r.digits(3)}`])(),
  t7benefit: (r) => r.pick([() => `BEN-20${20 + r.int(5)}-${r.digits(5)}`, () => `${r.letters(2)}${r.digits(7)}`, () => r.digits(10)])(),
  t7uscis: (r) => `${r.pick(['IOE', 'EAC', 'MSC'])}${r.digits(10)}`,
  t7aPassport: (r) => `${r.letters(2)}${r.digits(7)}`.toLowerCase(),
  t7aVisa: (r) => `20${20 + r.int(5)}${r.digits(9)}`,
  t7aBenefit: (r) => r.pick([() => `C-${r.digits(8)}`, () => `${r.digits(4)} ${r.digits(4)}`])(),
  t7aGreen: (r) => `${r.pick(['WAC', 'LIN', 'SRC'])}-${r.digits(2)}-${r.digits(3)}-${r.digits(5)}`,
  // Device serials.
  t7serial: (r) =>
    r.pick([
      () => `HA-${r.digits(4)}-${digits0(r, 4)}`,
      () => r.digits(11),
      () => `${r.letters(3)}${r.digits(6)}${r.letters(1)}`,
      () => `${chars(r, ALNUM, 4)} ${chars(r, ALNUM, 4)} ${chars(r, ALNUM, 4)}`,
      () => `5cd${r.digits(4)}${chars(r, ALNUM, 3).toLowerCase()}`,
    ])(),
  t7aSerial: (r) => r.pick([() => `${r.letters(1)}${r.digits(2)}-${chars(r, ALNUM, 5)}`, () => `${r.letters(2)}${r.digits(4)}${r.letters(2)}${r.digits(4)}`, () => `${r.letters(2)} ${sayEach(r.digits(5), r)}`])(),
  // Photo and recording file names.
  t7media: (r) =>
    r.pick([
      () => `New Recording ${1 + r.int(60)}.m4a`,
      () => `Voice ${pad(r.int(200), 3)}.m4a`,
      () => `REC${ymd(r)}_${hms(r)}.wav`,
      () => `AUD-${ymd(r)}-WA${digits0(r, 4)}.opus`,
      () => `MOV_${r.digits(4)}.MOV`,
      () => `IMG_E${r.digits(4)}.JPG`,
      () => `${ymd(r)}_${hms(r)}.mp4`,
      () => `Snapchat-${r.digits(9)}.jpg`,
      () => `received_${r.digits(15)}.jpeg`,
      () => `IMG ${r.digits(4)}`,
    ])(),
  t7aMedia: (r) =>
    r.pick([
      () => `Recording_${pad(r.int(300), 3)}.mp3`,
      () => `Memo ${1 + r.int(90)}.m4a`,
      () => `CAM${digits0(r, 5)}.jpg`,
      () => `GOPR${r.digits(4)}.MP4`,
      () => `WIN_${ymd(r)}_${pad(r.int(24))}_${pad(r.int(60))}_${pad(r.int(60))}_Pro.jpg`,
      () => `Screen Recording ${ymd(r).replace(/(\d{4})(\d\d)(\d\d)/, '$1-$2-$3')} at ${1 + r.int(12)}.${pad(r.int(60))}.${pad(r.int(60))}.mov`,
    ])(),
};

// ---------------------------------------------------------------------------------------------
// Families. `{V}` is the value in one of `shapes` (dev) or `asideShapes` (aside); `{V=shape}` pins
// a shape where the carrier names the kind of number; other slots are written out. "T|" is the
// counsellor. Voices: teen, older adult, non-native speaker, clinician, rambling with fillers and
// self-corrections.
// ---------------------------------------------------------------------------------------------
interface Family {
  name: string;
  type: string;
  shapes: readonly string[];
  asideShapes: readonly string[];
  dev: readonly string[];
  aside: readonly string[];
}

export const FAMILIES: readonly Family[] = [
  {
    name: 'ssn',
    type: 'SSN',
    shapes: ['t7ssnDoubles', 't7ssnHyphenWords', 't7ssnMixGroup', 't7ssnHundreds', 't7ssnSpaced'],
    asideShapes: ['t7aSsnSlash', 't7aSsnThrees', 't7aSsnDigitsWords', 't7aSsnCommaEach'],
    dev: [
      "ngl my mom made me memorize my social for the job app, it's {V}",
      'Now dear, my Social Security, the card is in the drawer somewhere, the number is {V}, I have had it since I was a boy.',
      'For the paper they ask my number of social security, I give {V}, is correct?',
      'T|For the record, the intake form lists the social security number as {V}; please confirm.',
      'so the social, um, and this is the thing, she read it out loud in the waiting room, like everybody heard, it was {V}',
      "My social security number, and I still can't believe they printed it on a postcard, is {V}.",
      'The SSA letter says my number is {V} and I have to recertify by the end of the month.',
      "he knows my soc, {V}, and my mother's maiden name, everything",
      'T|The social you gave on the phone was {V}; it does not match the card.',
      'i had to say my social like three times, {V}, the lady kept typing it wrong',
    ],
    aside: [
      'The number on my Social Security card, the blue one, reads {V}.',
      'yo they asked for my soc sec on the w2 thing so i put {V}',
      'T|I need to double-check the SSN we have on file, which is {V}.',
      'My son, he take my social number, {V}, and open the phone in my name.',
      'The taxman, well, the lady at the tax place, she had my social as {V}, which, you know, I hope is right.',
    ],
  },
  {
    name: 'ssn-split',
    type: 'SSN',
    shapes: ['t7ssnHead'],
    asideShapes: ['t7aSsnHead'],
    dev: [
      "My social starts {V}. Then it's {t7ssnTail:SSN}.",
      'ok so social is {V} um hang on, {t7ssnTail:SSN}',
      'The first part of my Social Security number is {V}, and the rest, let me find my glasses, is {t7ssnTail:SSN}.',
      'Social number, first is {V}, after is {t7ssnTail:SSN}.',
      'T|I have the social down as {V} and then {t7ssnTail:SSN}, is that right?',
      'my ssn is like {V}... {t7ssnTail:SSN} i think',
    ],
    aside: [
      'SSN begins with {V}, and it finishes {t7aSsnTail:SSN}.',
      'T|So your social, {V}, and then {t7aSsnTail:SSN} at the end?',
      'the social is {V} and, hold on, {t7aSsnTail:SSN}',
    ],
  },
  {
    name: 'ssn-last4',
    type: 'SSN',
    shapes: ['t7l4Spaced', 't7l4Runs', 't7l4Masked'],
    asideShapes: ['t7aL4Hyphen', 't7aL4Pairs'],
    dev: [
      'bank app wanted the last 4 of my social so i typed {V}',
      'They only ask me for the last four now, {V}, and my birthday.',
      'The lady ask me only last four number of social, I say {V}.',
      'T|And the last four of the social were {V}, yes?',
      "the last four of my, uh, my social, it's, um, {V}, yeah.",
      'The letter shows my social as {V}, just the end part.',
      'last four ssn {V}',
      'the final digits of my SS number, {V}, were on the receipt',
    ],
    aside: [
      'they verified me with the tail end of my social, {V}',
      'T|Only the final four of your Social Security number, {V}, will appear on the claim.',
      'My social ends, let me see, {V}.',
      'the pharmacist want last four of SSN, I tell {V}',
    ],
  },
  {
    name: 'plate',
    type: 'VEHICLE',
    shapes: ['t7plateNato', 't7plateAsIn', 't7plateLower', 't7plateSpaced', 't7plateVanity'],
    asideShapes: ['t7aPlateUk', 't7aPlateDashed', 't7aPlateHalfWords', 't7aPlateVanity', 't7aPlateNum'],
    dev: [
      'bro the car that keeps circling has plates {V}, i got a pic',
      'His automobile, a blue Buick, license {V}, was parked on my lawn again.',
      'The car number is {V}, I write it on my hand.',
      'T|You said the plate read {V}; did you report it to the police?',
      'and the plate was, like, {V}, no wait, I think it was {t7plateLower:VEHICLE}',
      'It was a {STATE} plate, {V}, with a dent in the bumper.',
      '{STATE} tags {V} on a white van outside the school',
      "the license plate was {V}, I said it out loud all the way home so I wouldn't forget",
      'my truck is registered as {V} if the parking office asks',
      'She has one of those custom plates, {V}, so you cannot miss her.',
    ],
    aside: [
      'The motorbike had the number {V} on the back, I am sure.',
      'T|Write down the registration, {V}, and the time you saw the car.',
      'omg the plate literally says {V}',
      'A {STATE} car, tag number {V}, blocked my driveway all night.',
      'Me and my sister both saw the plate, {V}, no mistake.',
    ],
  },
  {
    name: 'vin',
    type: 'VEHICLE',
    shapes: ['t7vinGroups', 't7vinSpacedLower', 't7vinLast8'],
    asideShapes: ['t7aVinDash', 't7aVinAloud'],
    dev: [
      'The VIN on the repo paper is {V}.',
      'had to read my dad the vin {V} over the phone lmao',
      'The vehicle number, the long one on the windshield, is {V}.',
      'T|The insurer wants the VIN, {V}, before they can process it.',
      'In the paper of the car, VIN is {V}.',
      'the, um, the chassis number or whatever, {V}, is on the title',
      'last eight of the vin: {V=t7vinLast8}',
    ],
    aside: [
      'The vehicle identification on the loan is {V}.',
      'T|Can you read off the VIN, {V}, from the registration card?',
      'my car VIN number {V} came up on a stolen list',
    ],
  },
  {
    name: 'case',
    type: 'OTHER_ID',
    shapes: ['t7case'],
    asideShapes: ['t7aCase'],
    dev: [
      'The court case is {V}, my lawyer keeps mixing it up.',
      'my probation officer said my case number is {V} or whatever',
      'The police report number, the young officer wrote it on a card, is {V}.',
      'T|I will note the protective order case, {V}, in your file.',
      'My immigration case have number {V}.',
      'cps gave us a case # {V}',
      'the incident report was {V}, the cop said to keep it',
      "the file number for the custody thing, I think it's, um, {V}, or close to that",
    ],
    aside: [
      'The judge read out the matter number, {V}, and my stomach dropped.',
      'T|The hearing on docket {V} has been moved.',
      'my divorce is case {V} at the county court',
      'The social worker, she give me this number for the case, {V}.',
    ],
  },
  {
    name: 'staff-id',
    type: 'OTHER_ID',
    shapes: ['t7badge', 't7studentId', 't7employee', 't7inmate'],
    asideShapes: ['t7aBadge', 't7aStaff', 't7aInmate'],
    dev: [
      "The officer's badge number was {V=t7badge}, I made sure to get it.",
      'my student id is {V=t7studentId} if the school counselor calls',
      'My employee number is {V=t7employee}, HR needs it for the leave.',
      "My late husband's service number was {V=t7employee}, I still know it.",
      'his inmate number is {V=t7inmate}, i write to him every week',
      'T|The officer, badge {V=t7badge}, wrote the report?',
      'At my work they give me number {V=t7employee} for the clock.',
      "his, uh, his DOC number, the prison one, is {V=t7inmate}",
      'I had to put my student number, {V=t7studentId}, on the withdrawal form.',
    ],
    aside: [
      'The deputy with shield number {V=t7aBadge} was the rude one.',
      'my work ID is {V=t7aStaff}, just badge in and out',
      'T|His booking number, {V=t7aInmate}, is what the jail will ask you for.',
      'The school gave my boy an ID, {V=t7aStaff}, for the lunch.',
    ],
  },
  {
    name: 'travel-benefit',
    type: 'OTHER_ID',
    shapes: ['t7passport', 't7visa', 't7anum', 't7benefit', 't7uscis'],
    asideShapes: ['t7aPassport', 't7aVisa', 't7aBenefit', 't7aGreen'],
    dev: [
      'My passport number is {V=t7passport} and they kept it at the border.',
      'My visa number is {V=t7visa}, it expire soon and I am so worry.',
      "My alien number is {V=t7anum}, it's on the green card.",
      'T|Your benefits case number, {V=t7benefit}, is what the caseworker will ask for.',
      'The pension people gave me a claim number, {V=t7benefit}, and nobody answers.',
      'my EBT case number is {V=t7benefit} lol my mom made me memorize it',
      'the USCIS receipt number {V=t7uscis} is on the letter',
      'the passport, the new one, the number is, um, {V=t7passport}, no, {V=t7passport}',
    ],
    aside: [
      'The embassy wrote my passport no. as {V=t7aPassport}.',
      'T|The visa control number, {V=t7aVisa}, is on the stamp.',
      'my VA file number is {V=t7aBenefit}, from my army days',
      'Receipt number {V=t7aGreen} for the work permit, still pending.',
    ],
  },
  {
    name: 'device',
    type: 'DEVICE',
    shapes: ['t7serial'],
    asideShapes: ['t7aSerial'],
    dev: [
      'The serial on my hearing aid is {V}, they need it for the warranty.',
      'The oxygen machine has a number on the bottom, {V}, the man wrote it down.',
      'my CPAP serial is {V}, it was recalled',
      'T|The device serial, {V}, is what the cardiology clinic asked for.',
      'my phone serial is {V}, apple said its stolen??',
      'The machine for sugar, serial {V}, give error every morning.',
      'the, um, the tracker thing he put on my car, it had, like, {V} printed on it',
      'The pacemaker card says serial {V}.',
    ],
    aside: [
      'The glucose monitor, number {V} on the back, keeps falling off.',
      'T|The serial number {V} is on your wheelchair frame.',
      "my laptop's serial {V} is on the police report",
    ],
  },
  {
    name: 'media',
    type: 'PHOTO',
    shapes: ['t7media'],
    asideShapes: ['t7aMedia'],
    dev: [
      'I recorded him yelling, it is saved as {V}.',
      "its {V} in my camera roll if u want proof",
      'My grandson put the pictures on the computer, one is called {V}.',
      'T|You sent me {V}; is that the recording from the hearing?',
      'I have the video, name is {V}, I show you.',
      "the voice memo, it's, uh, {V}, or maybe the one after it",
      'the clip {V} shows the whole thing',
      'I backed up {V} to the cloud before he took my phone.',
    ],
    aside: [
      'The footage is {V}, from the doorbell.',
      'T|The file {V} came through, thank you.',
      'i have the audio, {V}, of him threatening me',
      'My daughter send me {V}, the picture from the party.',
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Traps: talk with no identifier. Every predicted token here is a false token.
// ---------------------------------------------------------------------------------------------
export const DEV_TRAPS: readonly string[] = [
  // Ordinary words that are also first names.
  'Grace is something I never gave myself, not once.',
  'Hope is a hard thing to hold onto when the bills keep coming.',
  'Will power has nothing to do with it, my doctor says.',
  'The bill came and I just stared at it for an hour.',
  'Frank conversations with my dad never happened.',
  'Faith got me through the first year, honestly.',
  'Joy is not a word I would use for this week.',
  'I had to mark every drink on the calendar.',
  'Summer is the worst, everybody is out drinking on patios.',
  'Dawn is when the cravings hit hardest.',
  'Patience is not my strong suit, my wife would say.',
  'Sunny days help a little, the grey ones are brutal.',
  'Destiny, fate, whatever you call it, I stopped believing in it.',
  'Harmony at home lasted about two days.',
  'Penny for my thoughts? They are not worth that.',
  'Ginger tea is the only thing that settles my stomach now.',
  'Basil and sage from the garden, that is my therapy.',
  'Rose bushes need pruning and I cannot even get out of bed.',
  'Holly and ivy everywhere at work, I hate the holidays.',
  'Iris scans at the new gym, so weird.',
  'The kids got a jack in the box and it made me jump out of my skin.',
  'I maxed out the card buying stuff I did not need.',
  'Rich people do not have to choose between rent and meds.',
  'Young people think they are invincible, I did too.',
  'Earnest is how my teacher described me, like it was a bad thing.',
  'He is a real jack of all trades but master of none.',
  'Miles and miles of driving just to get to a meeting.',
  'Chase the feeling, that is what the high is.',
  'Crystal clear, she said, no more chances.',
  'Amber alert went off on my phone and I panicked.',
  'Ruby slippers, my grandma used to call her red shoes.',
  'Sterling silver, the only thing I have from my mother.',
  'Cash only at the place, so I had to go to the atm.',
  'Angel food cake was the one thing I could eat after chemo.',
  'my buddy from the program texted me at midnight',
  'i got a bob haircut and felt like a new person lol',
  'Dusty old boxes in the garage, full of his stuff.',
  'Misty mornings make me want to stay in bed.',
  'Rocky road ice cream, a whole tub, that was my night.',
  'Drew a picture of how I felt, like you asked.',
  'Pierce my ears again? Maybe, it felt like a fresh start.',
  // Brands, apps, cars, drinks, stores.
  'I asked Alexa to play rain sounds and cried through all of it.',
  'Siri called my mom by accident and I hung up.',
  'My Tesla payment is more than my rent, which is insane.',
  'He drives a Mercedes and still will not pay child support.',
  'Lincoln Navigator, black, he loved that car more than me.',
  'I drank half a bottle of Jack Daniels before the meeting.',
  'Jim Beam and coke, that was my drink for ten years.',
  'Captain Morgan was my best friend in college, sad but true.',
  'Johnnie Walker Black, my dad kept it in the cabinet.',
  'Dr Pepper is my replacement for beer right now.',
  'I live on Wendys and McDonalds when I am depressed.',
  'Ben and Jerrys at two in the morning, every night.',
  'Trader Joes has these frozen meals I live on.',
  'I got a Fitbit to track my sleep but I just stare at it.',
  'The Peloton is a very expensive coat rack now.',
  'Venmo requests from my ex still make my heart race.',
  'Cash App is how I paid the dealer, honestly.',
  'I spent the whole night on TikTok instead of sleeping.',
  'Roblox and Minecraft, that is all my son does.',
  'Netflix autoplay is my enemy.',
  'I ordered DoorDash three times yesterday.',
  'I took an Uber to the meeting because I could not drive.',
  'the Juul was the last thing i quit',
  'Marlboro Reds, a pack a day since I was sixteen.',
  'Red Bull and vodka, that was the whole weekend.',
  'My Honda broke down and I just sat there and cried.',
  'We bought a used Subaru and that stressed me out too.',
  'Kleenex box empty, session done, I guess.',
  // Drugs, clinical words, eponyms.
  'Xanax helps but I know I lean on it too much.',
  'The Zoloft made me feel flat, like a cardboard person.',
  'Adderall in college, then it was just a habit.',
  'I am on Wellbutrin and Lamictal now.',
  'Seroquel knocks me out but I wake up groggy.',
  'Suboxone saved my life, no exaggeration.',
  'They gave him Narcan twice that night.',
  'Klonopin withdrawal was worse than anything.',
  'Lexapro and Trazodone, plus the Ativan when needed.',
  'Vivitrol shots every month, it is working.',
  'Tylenol and Benadryl, that is how I get to sleep.',
  'My dad has Parkinsons and I am his only help.',
  'Alzheimers took my grandma slowly, and now my mom is scared.',
  'Crohns flares up whenever I am stressed.',
  'Tourettes runs in the family, my nephew has it.',
  'They think my son has Aspergers, or autism now they call it.',
  'Hashimotos explains the fatigue, finally.',
  'Bells palsy scared me, I thought it was a stroke.',
  'Graves disease, they said, and the thyroid has to come out.',
  'T|Let us try the Beck inventory again and see how the scores moved.',
  'T|The Columbia screen was negative today, which is good to hear.',
  'T|We could look at this through Maslow, basic needs first.',
  'T|That is a bit of a Freudian slip, maybe worth noticing.',
  'T|The Gottman approach talks about repair attempts after a fight.',
  'T|A Socratic question: what is the evidence for that thought?',
  'T|Have you tried the Kegel exercises the physio suggested?',
  'T|Epsom salt baths can help with the tension, some people find.',
  'Heimlich, he did the Heimlich on me at dinner, so embarrassing.',
  'Myers-Briggs says I am an introvert, no surprise.',
  'The Big Book says to take it one day at a time.',
  'Al-Anon meetings helped me understand my mother.',
  'My Higher Power is the group, for now.',
  'T|EMDR might be a fit for the flashbacks, we can discuss it.',
  // Days and seasons.
  'Mondays are the worst, I dread them all weekend.',
  'Sunday scaries hit me every week around four.',
  'Taco Tuesday at work, and I ate nothing else all day.',
  'Friday nights were drinking nights, always.',
  'Every Wednesday I go to the meeting at the church.',
  'Thursdays my son is with his dad and the house is so quiet.',
  'weekends are hard bc nobody texts me',
  'Saturday mornings used to be for hangovers.',
  // Pets.
  'Our dog Biscuit is the only reason I get up.',
  'my cat Pickles sleeps on my chest when i cry',
  'The hamster, Noodle, died and my daughter was wrecked.',
  'Our lab, Bear, needs walking, so I walk.',
  'My horse Duchess was sold when we lost the farm.',
  'The goldfish Bubbles outlived my marriage, ha.',
  'My dog Charlie knows when I am having a panic attack.',
  'Our cat Luna brings me dead mice, very supportive.',
  'Cooper, our puppy, chewed up my meds and we went to the vet.',
  'my bunny Oreo hates being held',
  // Titles of shows, books, games, songs.
  'I binged Breaking Bad again, probably not ideal.',
  'Greys Anatomy makes me cry every single episode.',
  'Gilmore Girls is my comfort show.',
  'Stranger Things got me through the hospital stay.',
  'We watched The Office for the tenth time.',
  'My son reads Diary of a Wimpy Kid and laughs for hours.',
  'I started The Body Keeps the Score but had to put it down.',
  'Little Women was my mom\'s favourite book.',
  'Of Mice and Men made me cry in high school.',
  'Where the Crawdads Sing, my book club picked it.',
  'Bluey is on all day, my toddler is obsessed.',
  'The Sopranos, I watch it when I cannot sleep.',
  'I play Animal Crossing to calm down.',
  'Fortnite with my nephew is the only time he talks to me.',
  // Titles for people, religion, figures of speech.
  'Mother Nature hates me, it rained at the funeral.',
  'Prince Charming is not coming, my therapist friend says.',
  'I keep waiting for Mr. Right like a teenager.',
  'Santa did not come to our house most years.',
  'I pray to God every night but I am not sure anyone is listening.',
  'Jesus, I did not mean to yell, it just came out.',
  'Lady Luck has never been on my side.',
  'The Tooth Fairy left a dollar and my son was thrilled.',
  'Father Time catches everyone, my dad says.',
  // Nationalities, languages, food and idioms with place words.
  'My Polish grandmother made pierogi every Sunday.',
  'I am half Puerto Rican and half Irish, so holidays are loud.',
  'The Mexican place by work has the best tacos.',
  'We watch Korean dramas together, my daughter and me.',
  'I speak Spanish at home and English at work.',
  'My mom only speaks Tagalog with my aunts.',
  'French fries and a milkshake, my comfort meal.',
  'My memory is like Swiss cheese since the accident.',
  'I quit cold turkey and it was hell.',
  'Turkey dinner with the whole family, I was dreading it.',
  'We got a German shepherd for protection.',
  'Brussels sprouts, my kid will not touch them.',
  'Buffalo wings and beer, every game, that was the routine.',
  'Canadian bacon on the pizza, the only way he eats it.',
  'My Italian side of the family yells, my Irish side drinks.',
  'The Greek yogurt is all I can keep down.',
  'She is Dominican and her mom is very strict.',
  'I have a Southern accent and people think I am slow.',
  'East Coast people are rude, my husband always says.',
  'Irish coffee at brunch, that is how it started.',
  'Champagne at the wedding, my first drink in two years.',
  'Long Island iced teas, three of them, and I blacked out.',
  // Rambling, lower-case chat, clinician.
  'so like, um, grace, you know, i never give myself any, yeah',
  'and then, uh, hope, no, not hope, it was more like relief',
  'T|It sounds like Mondays carry a lot of weight for you.',
  'T|So the Xanax and the wine together, that is the pattern?',
  'T|Where does the Irish side of the family fit in all this?',
  'T|When you talk about Biscuit, your voice softens.',
  'It is, how you say, the Sunday feeling, very heavy.',
  'My English is not so good but I try, the Spanish is easier.',
  'In my country we do not talk about the depression, it is shame.',
  'back in my day we did not have Xanax, we had bourbon and church',
];

export const ASIDE_TRAPS: readonly string[] = [
  'Charity begins at home, my aunt would always say, then never helped.',
  'Autumn makes me sad, the leaves, all of it.',
  'Heather on the hills, the only nice thing about the trip.',
  'Violet bruises on my arm from the blood draws.',
  'Olive oil and bread, that was dinner for a week.',
  'Sandy beaches never relaxed me like they are supposed to.',
  'Brandy in the coffee, my grandpa called it medicine.',
  'Lance the boil, the nurse said, and I nearly fainted.',
  'Art class is the one hour I feel okay.',
  'i would never rob anyone but i thought about it',
  'Stormy weather and stormy house, that was my childhood.',
  'Gene therapy is what they are trying for my cousin.',
  'Sherry trifle at Christmas was the only time my mom smiled.',
  'Carol singers came to the door and I hid upstairs.',
  'I asked Google if I was depressed, it said see a doctor.',
  'Cortana popped up and I threw my laptop, not proud.',
  'We drove the Dodge Ram until it died.',
  'The Cadillac was his midlife crisis.',
  'Tito\'s and soda, that was the clear one nobody noticed.',
  'Corona at the beach, that was how it started.',
  'Kohl\'s cash, Macy\'s coupons, shopping was my drug.',
  'I bought a Roomba to feel like I had my life together.',
  'Zelle from my mom, again, I hate asking.',
  'Hinge and Bumble, I deleted both after the breakup.',
  'Abilify made me restless, like I could not sit still.',
  'Cymbalta helps the pain and the mood a bit.',
  'Ritalin as a kid, then nothing for years.',
  'Depakote and lithium, the combination finally worked.',
  'Addisons disease explains the fatigue, they think.',
  'Cushings was ruled out, thank God.',
  'T|The Likert items go from one to five, just pick what fits.',
  'T|Some people find the Pavlov idea helpful here, cues and habits.',
  'T|A Rorschach is not something we use anymore, do not worry.',
  'T|Linehan wrote about this, the wise mind idea.',
  'Fat Tuesday is just Tuesday to me now.',
  'Black Friday shopping was a trigger, all those people.',
  'every tuesday and thursday i have group',
  'My parrot Captain says bad words my ex taught him.',
  'Our old mutt Rusty passed last spring.',
  'Whiskers, the barn cat, lets me pet her now.',
  'my gecko Ziggy is chill, unlike me',
  'Frasier reruns are my bedtime routine.',
  'Law and Order marathons, that is my Saturday.',
  'I reread Atomic Habits but nothing sticks.',
  'We watched Inside Out and my daughter finally talked about her feelings.',
  'Peppa Pig on repeat, my toddler loves it.',
  'The Walking Dead, that is how I feel most days.',
  'Mother Mary, my grandma prayed to her every night.',
  'Buddha statues everywhere in her apartment.',
  'The Easter Bunny was a big deal in our house.',
  'Cloud nine for a day, then back down.',
  'My Vietnamese neighbour brings me soup.',
  'She is Jamaican, he is Haitian, the kids speak three languages.',
  'Somali is what we speak at home, Arabic at the mosque.',
  'Persian rugs, my mother-in-law collects them.',
  'Danish pastries at the meeting, I had four.',
  'A Boston terrier puppy, that was the plan.',
  'Dijon mustard on everything, my one vice left.',
  'T|How does the Filipino side of the family handle it?',
  'T|When Rusty died, what did that bring up?',
  'uh, so, faith, like, i dont really have any, you know',
];

// ---------------------------------------------------------------------------------------------
// The generator: carrier × shape × voice context, seeded.
// ---------------------------------------------------------------------------------------------
type Context = 'as-is' | 'lower-chat' | 'no-punct' | 'typo' | 'fillers';
const CONTEXTS: readonly Context[] = ['as-is', 'as-is', 'lower-chat', 'no-punct', 'typo', 'fillers'];
const FILLERS = ['um', 'uh', 'like', 'you know', 'I mean', 'sorry'];

/** Puts one or two fillers between words outside the slots. */
function fillers(text: string, r: Rng): string {
  return outsideSlots(text, (s) => s.replace(/ (?=\w)/g, (sp) => (r.next() < 0.12 ? ` ${r.pick(FILLERS)}, ` : sp)));
}

function render(carrier: string, shape: string, type: string, ctx: Context, r: Rng): { speaker: 'Client' | 'Counsellor'; text: string } {
  const speaker = carrier.startsWith('T|') ? 'Counsellor' : 'Client';
  let text = carrier
    .replace(/^T\|/, '')
    .replace(/\{V=(\w+)\}/g, `{$1:${type}}`)
    .replace('{V}', `{${shape}:${type}}`)
    .replace('{STATE}', r.pick(STATES));
  if (ctx === 'lower-chat') text = outsideSlots(text, (s) => s.toLowerCase().replace(/[.,?!;:']/g, '')).replace(/\{(\w+):(\w+)\}/g, '{$1:$2:lower}');
  else if (ctx === 'no-punct') text = outsideSlots(text, (s) => s.replace(/[,?!;:]|\.(?=\s|$)/g, ''));
  else if (ctx === 'typo') text = typo(text, r);
  else if (ctx === 'fillers') text = fillers(text, r);
  return { speaker, text };
}

/** Templates for one part: per family, `perFamily` draws of carrier × shape × context. */
export function generateTemplates(part: 'dev' | 'aside', perFamily: number, seed: number): Template[] {
  const r = new Rng(seed);
  const out: Template[] = [];
  for (const fam of FAMILIES) {
    const carriers = fam[part];
    const shapes = part === 'dev' ? fam.shapes : fam.asideShapes;
    for (let k = 0; k < perFamily; k++) {
      const ci = k % carriers.length;
      const shape = shapes[(k + Math.floor(k / carriers.length)) % shapes.length]!;
      const ctx = r.pick(CONTEXTS);
      const { speaker, text } = render(carriers[ci]!, shape, fam.type, ctx, r);
      const used = /\{V=(\w+)\}/.exec(carriers[ci]!)?.[1] ?? shape;
      out.push({ id: `t7${part === 'aside' ? 'a' : ''}-${fam.name}-c${ci}-${used.slice(2)}-${ctx}`, speaker, text });
    }
  }
  return out;
}

export const DEV7B_TEMPLATES: readonly Template[] = generateTemplates('dev', 24, 0x7b7b);
export const DEV7B_ASIDE_TEMPLATES: readonly Template[] = generateTemplates('aside', 14, 0xa7b7b);

const make = (templates: readonly Template[], seed: number, count: number): InjectedDoc[] | undefined => {
  const rows = therapyConversations();
  if (rows === undefined) return undefined;
  return rows.slice(DEV_ROWS.from, DEV_ROWS.to + 1).map((d, k) => injectConversation(d, templates, seed + 7901 * (DEV_ROWS.from + k), count, 0, pickDev7b));
};

/** DEV7B (tuning part) in the development conversations 0..52. */
export function injectedTherapyDev7b(): Corpus | undefined {
  const docs = make(DEV7B_TEMPLATES, 0x7b1, 10);
  return docs && { name: 'therapy talk, injected SSN/VEHICLE/OTHER_ID/DEVICE/PHOTO in voices, dev batch 7b (generator; conversations 0-52)', docs, neutral: new Set(['ORG']) };
}

/** DEV7B ASIDE (other carriers, shapes; score at the end only) in the development conversations 0..52. */
export function injectedTherapyDev7bAside(): Corpus | undefined {
  const docs = make(DEV7B_ASIDE_TEMPLATES, 0xa7b1, 7);
  return docs && { name: 'therapy talk, injected SSN/VEHICLE/OTHER_ID/DEVICE/PHOTO in voices, dev batch 7b SET ASIDE (conversations 0-52)', docs, neutral: new Set(['ORG']) };
}

/**
 * Trap talk as conversations of `perDoc` lines, each line in a drawn context (as written,
 * lower-case chat, no punctuation, fillers), no gold spans: every predicted token is false.
 */
export function trapCorpus(lines: readonly string[], seed: number, name: string, perDoc = 12): Corpus {
  const r = new Rng(seed);
  const docs: InjectedDoc[] = [];
  for (let i = 0; i < lines.length; i += perDoc) {
    const text = lines
      .slice(i, i + perDoc)
      .map((l) => {
        const { speaker, text: t } = render(l, '', 'NONE', r.pick(['as-is', 'as-is', 'lower-chat', 'no-punct', 'fillers'] as const), r);
        return `${speaker}: ${t}`;
      })
      .join('\n');
    docs.push({ id: `${name}-${i / perDoc}`, text, spans: [], templates: [] });
  }
  return { name, docs, neutral: new Set(['ORG']) };
}

export const devTraps = (): Corpus => trapCorpus(DEV_TRAPS, 0x7bd, 'talk with no identifier, name/place traps, dev batch 7b');
export const asideTraps = (): Corpus => trapCorpus(ASIDE_TRAPS, 0xa7bd, 'talk with no identifier, name/place traps, dev batch 7b SET ASIDE');
