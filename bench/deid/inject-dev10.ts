// A tenth DEVELOPMENT batch for the injected therapy benchmark, round "talk10" (issue 14, R35:
// identifiers said in counselling talk, recognised by a grammar rather than by more phrasings),
// written BEFORE reading the detector code. A generator like inject-dev9.ts (families × carriers ×
// value shapes × surface contexts, reusing inject-dev6.ts's machinery), but the shapes are drawn
// SYSTEMATICALLY from one grammar of said numbers, so that every identifier type meets every number
// form:
//   number forms: digits; words with a hyphen, with a space, run together; "a hundred and two",
//     "one hundred two", "hundred and two"; "oh" for zero; "double"/"triple"; years said as two
//     pairs ("nineteen ninety-eight", "twenty oh five"), "two thousand and nine", "'05", "oh-five";
//     ordinals in digits and words ("3rd", "twenty-third", "ninety-fourth"); decades of life.
//   AGE frames (age over 89, in any clause position): subject + be/turn/hit/reach/make it to + N,
//     "at N", "N-year-old" + person, "aged N", "since/when she was N", "lived to (be) N", an age
//     beside a person noun in commas or brackets, "N this year", "a woman of N", "at the age of N",
//     "her Nth birthday", "in her late nineties", a clause opening with the age.
//   DATE: day + month (either order, ordinal or cardinal, words or digits), with a year in any
//     said form, a weekday joined to a date, a numeric date said aloud ("three fourteen ninety"),
//     seasons and holidays with a year.
//   IDs said in pieces (HEALTH_PLAN, VEHICLE, OTHER_ID): groups of digits and letters with "dash",
//     "space", "hyphen", spelling alphabets ("K as in kilo", "bravo"), "double"/"triple", "oh",
//     "the number is …".
//   EMAIL said aloud: "at"/"at sign", "dot", "underscore", "dash", spelled letters, "all one word".
// Beside them, HARD NEGATIVES in the same frames: durations, doses, counts, scores, times of day,
// prices, "twenty minutes", "on a scale of one to ten", room and step numbers, ages under 90 in
// the age frames ("since I was fourteen", "in her mid-forties"), numbers over 89 in person-like
// frames that are no age ("she hit 95 on the freeway", "he weighs 95 pounds"), years alone, "the
// late nineties" as a period, months and holidays without a year.
//
// Gold convention: that of inject-dev8.ts (HIPAA Safe Harbor, as docs/deid.md): AGE is an age over
// 89, the age words only ("ninety-four", "94", "a hundred and two", "ninety-fourth"; in "in her late
// nineties" only "nineties"); DATE a day-level or month-and-year phrase, a weekday that goes with
// it, a season or holiday with its year; HEALTH_PLAN, VEHICLE and OTHER_ID the said value only
// (with the linking words said between its pieces: "dash", "double", "as in kilo"), never the label
// words; EMAIL the whole said address.
//
// Two parts, written separately:
//   - DEV10: the tuning part (FAMILIES_10[].dev carriers, the d10 shapes) and DEV10_TRAPS;
//   - DEV10 ASIDE: carriers, a few shapes (the `d10s…` pickers) and traps written afterwards in
//     other voices, scored only at the end of the round (`npm run bench:inject -- --dev-only
//     --talk10-aside`), totals only, never listed by --errors.
// Both go into the development conversations 0..52 only, with their own seeds. Every value is
// synthetic: invented people, invented plan and car owners.
import type { Corpus } from './corpora.ts';
import type { Template } from './inject.ts';
import { generateTemplates, injectDevRows, MONTHS, ord, TEEN, TENS, UNITS, WEEKDAYS, type Context, type Family } from './inject-dev6.ts';
import { trapCorpus } from './inject-dev7b.ts';
import type { Rng } from './inject-values.ts';
import { mulberry32 } from '../rng.ts';

// ---------------------------------------------------------------------------------------------
// A small grammar of said numbers (the batch's own; the engine's is written separately).
// ---------------------------------------------------------------------------------------------
const ORD_UNIT = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ORD_TEEN = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const ORD_TENS = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];
/** 0..99 in words; `sep` joins tens and units ("-", " ", ""). */
function words99(n: number, sep: string): string {
  if (n < 10) return UNITS[n]!;
  if (n < 20) return TEEN[n - 10]!;
  return n % 10 === 0 ? TENS[n / 10]! : `${TENS[Math.floor(n / 10)]!}${sep}${UNITS[n % 10]!}`;
}
function ordWords99(n: number, sep: string): string {
  if (n < 10) return ORD_UNIT[n]!;
  if (n < 20) return ORD_TEEN[n - 10]!;
  return n % 10 === 0 ? ORD_TENS[n / 10]! : `${TENS[Math.floor(n / 10)]!}${sep}${ORD_UNIT[n % 10]!}`;
}
/** An age 90..109 said in one of the number forms people use. */
function sayAge(n: number, r: Rng): string {
  if (n >= 100) {
    const rest = n - 100;
    return r.pick([
      () => String(n),
      () => (rest === 0 ? r.pick(['a hundred', 'one hundred']) : `a hundred and ${words99(rest, '-')}`),
      () => (rest === 0 ? 'one hundred' : `one hundred ${words99(rest, ' ')}`),
      () => (rest === 0 ? 'a hundred' : `hundred and ${words99(rest, '-')}`),
      () => (rest < 10 ? `one oh ${UNITS[rest]!}` : `one ${words99(rest, ' ')}`),
    ])();
  }
  return r.pick([() => String(n), () => words99(n, '-'), () => words99(n, ' '), () => words99(n, '-'), () => words99(n, '')])();
}
const over89 = (r: Rng): number => 90 + r.int(r.next() < 0.8 ? 10 : 13);
function sayAgeOrd(n: number, r: Rng): string {
  if (n >= 100) return r.pick([() => ord(n), () => (n === 100 ? 'hundredth' : `hundred and ${ordWords99(n - 100, '-')}`)])();
  return r.pick([() => ord(n), () => ordWords99(n, '-'), () => ordWords99(n, ' ')])();
}
/** A year said: digits, two pairs, "two thousand (and) N", "twenty oh N", "'NN", "oh-N". */
function sayYear(y: number, r: Rng, short = true): string {
  const lo = y % 100;
  const pair = (p: number): string => (p < 10 ? `oh ${UNITS[p]!}` : words99(p, r.pick(['-', ' '])));
  const forms: (() => string)[] = [
    () => String(y),
    () => `${y < 2000 ? 'nineteen' : 'twenty'} ${pair(lo)}`,
  ];
  if (y >= 2000 && y < 2010) forms.push(() => `two thousand ${r.pick(['and ', ''])}${UNITS[lo]!}`);
  if (short) forms.push(() => `'${String(lo).padStart(2, '0')}`);
  if (short && y >= 2000 && y < 2010) forms.push(() => `oh-${UNITS[lo]!}`);
  return r.pick(forms)();
}
const yr = (r: Rng): number => 1985 + r.int(40);
/** A day of the month said: 3rd, third, 3, "the third". */
function sayDay(d: number, r: Rng): string {
  return r.pick([() => ord(d), () => ordWords99(d, '-'), () => String(d), () => ordWords99(d, ' ')])();
}
const month = (r: Rng): string => {
  const m = r.pick(MONTHS);
  return r.next() < 0.5 ? m.toLowerCase() : m;
};
/** One digit said: the digit, its word, "oh" for zero. */
const digitSaid = (c: string, r: Rng): string => (c === '0' ? r.pick(['oh', 'zero', '0']) : r.next() < 0.5 ? c : UNITS[Number(c)]!);
/** A digit string said in pieces: digit by digit, runs as "double"/"triple", pairs as numbers. */
function sayDigits(s: string, r: Rng): string {
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    let run = 1;
    while (s[i + run] === c && run < 3) run++;
    if (run >= 2 && r.next() < 0.7) {
      const w = c === '0' ? r.pick(['oh', 'zero']) : r.next() < 0.5 ? c : UNITS[Number(c)]!;
      out.push(`${run === 3 ? 'triple' : 'double'} ${w}`);
      i += run;
    } else if (i + 1 < s.length && s[i] !== '0' && r.next() < 0.25) {
      out.push(words99(Number(s.slice(i, i + 2)), '-'));
      i += 2;
    } else {
      out.push(digitSaid(c, r));
      i += 1;
    }
  }
  return out.join(' ');
}
/** A digit string with runs made likelier (so "double"/"triple" come up). */
function runnyDigits(r: Rng, n: number): string {
  let s = '';
  while (s.length < n) {
    const c = String(r.int(10));
    s += r.next() < 0.35 ? c.repeat(Math.min(2 + r.int(2), n - s.length)) : c;
  }
  return s.slice(0, n);
}
const NATO: Readonly<Record<string, string>> = {
  A: 'alpha', B: 'bravo', C: 'charlie', D: 'delta', E: 'echo', F: 'foxtrot', G: 'golf', H: 'hotel', J: 'juliet', K: 'kilo', L: 'lima', M: 'mike',
  N: 'november', P: 'papa', R: 'romeo', S: 'sierra', T: 'tango', V: 'victor', W: 'whiskey', X: 'x-ray', Y: 'yankee', Z: 'zulu',
};
const AS_IN: Readonly<Record<string, readonly string[]>> = {
  A: ['apple', 'adam'], B: ['boy', 'bob'], C: ['cat', 'charlie'], D: ['dog', 'david'], E: ['edward', 'egg'], F: ['frank', 'fox'], G: ['george', 'girl'],
  H: ['henry', 'house'], J: ['john', 'jack'], K: ['king', 'kite'], L: ['larry', 'lion'], M: ['mary', 'mike'], N: ['nancy', 'nora'], P: ['peter', 'paul'],
  R: ['robert', 'red'], S: ['sam', 'sugar'], T: ['tom', 'tango'], V: ['victor', 'violet'], W: ['william', 'water'], X: ['x-ray'], Y: ['yellow'], Z: ['zebra'],
};
const LETTERS = 'ABCDEFGHJKLMNPRSTVWXYZ';
const letter = (r: Rng): string => LETTERS[r.int(LETTERS.length)]!;
/** One letter said: the letter, its spelling-alphabet word, or "K as in king". */
function letterSaid(l: string, r: Rng, style: 'plain' | 'nato' | 'asin'): string {
  if (style === 'nato') return NATO[l]!;
  if (style === 'asin') return `${l} as in ${r.pick(AS_IN[l]!)}`;
  return r.next() < 0.3 ? l.toLowerCase() : l;
}
/** An ID in pieces: letter and digit groups joined by "dash", "space", "hyphen", a comma or nothing. */
function sayIdPieces(groups: readonly string[], r: Rng, style: 'plain' | 'nato' | 'asin'): string {
  const join = r.pick([' dash ', ' dash ', ', ', ' space ', ' hyphen ', ' ']);
  return groups
    .map((g) => (/^\d+$/.test(g) ? sayDigits(g, r) : [...g].map((l) => letterSaid(l, r, style)).join(style === 'asin' ? ', ' : ' ')))
    .join(join);
}
const letters = (r: Rng, n: number): string => Array.from({ length: n }, () => letter(r)).join('');

const HOSTS = ['gmail', 'yahoo', 'outlook', 'hotmail', 'icloud', 'aol', 'proton', 'comcast'];
const TLDS = ['com', 'net', 'org', 'co dot uk', 'us'];
const E_FIRST = ['marguerite', 'osric', 'tamsin', 'bertrand', 'ysolde', 'fitz', 'honora', 'leopold', 'wilhelmina', 'cosmo', 'ottilie', 'barnaby'];
const E_LAST = ['pennywhistle', 'ashdown', 'quartermaine', 'glossop', 'trelawney', 'mudgett', 'finchley', 'tolliver', 'crabtree', 'sneddon'];
const HOLIDAYS = ['christmas', 'Christmas Eve', 'thanksgiving', 'Easter', "new year's eve", "New Year's Day", 'halloween', 'the Fourth of July', "mother's day", 'Labor Day'];
const SEASONS = ['summer', 'winter', 'spring', 'fall', 'autumn'];

export const pickDev10: Readonly<Record<string, (r: Rng) => string>> = {
  // AGE over 89, every number form.
  d10age: (r) => sayAge(over89(r), r),
  d10ageDigits: (r) => String(over89(r)),
  d10ageWords: (r) => {
    const n = over89(r);
    return n >= 100 ? (n === 100 ? 'a hundred' : `a hundred and ${words99(n - 100, '-')}`) : words99(n, r.pick(['-', ' ']));
  },
  d10ageOrd: (r) => sayAgeOrd(over89(r), r),
  d10decade: (r) => r.pick(['nineties', '90s', 'nineties']),
  // DATE, every form.
  d10dateDayMonth: (r) => {
    const d = 1 + r.int(28);
    return r.pick([() => `${month(r)} ${sayDay(d, r)}`, () => `the ${sayDay(d, r).replace(/^\d+$/, ord(d))} of ${month(r)}`, () => `${month(r)} the ${ordWords99(d, '-')}`, () => `${ord(d)} of ${month(r)}`])();
  },
  d10dateFull: (r) => {
    const d = 1 + r.int(28);
    const y = yr(r);
    return r.pick([
      () => `${month(r)} ${sayDay(d, r)}, ${sayYear(y, r, false)}`,
      () => `the ${ordWords99(d, '-')} of ${month(r)} ${sayYear(y, r)}`,
      () => `${d} ${month(r)} ${sayYear(y, r, false)}`,
      () => `${month(r)} ${sayDay(d, r)} ${sayYear(y, r)}`,
    ])();
  },
  d10dateMonthYear: (r) => r.pick([() => `${month(r)} ${sayYear(yr(r), r)}`, () => `${month(r)} of ${sayYear(yr(r), r)}`])(),
  d10dateNumericSaid: (r) => {
    const m = 1 + r.int(12);
    const d = 1 + r.int(28);
    const y = yr(r) % 100;
    const w = (n: number): string => (r.next() < 0.5 ? String(n) : words99(n, '-'));
    const yy = y < 10 ? `oh ${UNITS[y]!}` : r.next() < 0.5 ? String(y).padStart(2, '0') : words99(y, '-');
    return r.pick([() => `${w(m)} ${w(d)} ${yy}`, () => `${w(m)}, ${w(d)}, ${yy}`, () => `${m}/${d}/${String(y).padStart(2, '0')}`, () => `${w(m)} slash ${w(d)} slash ${yy}`])();
  },
  d10dateWeekday: (r) => {
    const d = 1 + r.int(28);
    const wd = r.pick(WEEKDAYS);
    const w = r.next() < 0.5 ? wd.toLowerCase() : wd;
    return r.pick([() => `${w}, ${month(r)} ${sayDay(d, r)}`, () => `${w} the ${ordWords99(d, '-')}`, () => `${w}, the ${ord(d)} of ${month(r)}`])();
  },
  d10dateSeasonHoliday: (r) =>
    r.pick([
      () => `${r.pick(HOLIDAYS)} ${sayYear(yr(r), r)}`,
      () => `${r.pick(HOLIDAYS)} of ${sayYear(yr(r), r)}`,
      () => `the ${r.pick(SEASONS)} of ${sayYear(yr(r), r)}`.replace(/^the /, ''),
      () => `${r.pick(SEASONS)} ${sayYear(yr(r), r)}`,
    ])(),
  // HEALTH_PLAN in pieces.
  d10planDigits: (r) => sayIdPieces([runnyDigits(r, 3), runnyDigits(r, 3), runnyDigits(r, 3 + r.int(2))], r, 'plain'),
  d10planLetters: (r) => sayIdPieces([letters(r, 3), runnyDigits(r, 4 + r.int(3))], r, 'plain'),
  d10planNato: (r) => sayIdPieces([letters(r, 2 + r.int(2)), runnyDigits(r, 6)], r, 'nato'),
  d10planAsIn: (r) => sayIdPieces([letters(r, 2), runnyDigits(r, 5 + r.int(3))], r, 'asin'),
  // VEHICLE plates in pieces.
  d10plate: (r) => sayIdPieces(r.pick([() => [letters(r, 3), runnyDigits(r, 4)], () => [String(1 + r.int(9)) + letters(r, 3), runnyDigits(r, 3)], () => [runnyDigits(r, 3), letters(r, 3)]])(), r, 'plain'),
  d10plateNato: (r) => sayIdPieces([letters(r, 3), runnyDigits(r, 3 + r.int(2))], r, 'nato'),
  d10plateAsIn: (r) => sayIdPieces([letters(r, 3), runnyDigits(r, 3)], r, 'asin'),
  // OTHER_ID (case, claim, file, client numbers) in pieces.
  d10id: (r) => sayIdPieces(r.pick([() => [runnyDigits(r, 2), runnyDigits(r, 5)], () => [letters(r, 2), runnyDigits(r, 6)], () => [runnyDigits(r, 4), runnyDigits(r, 4)]])(), r, 'plain'),
  d10idYear: (r) => `${sayYear(2000 + r.int(25), r, false).replace(/^'/, '')} dash ${sayDigits(runnyDigits(r, 5), r)}`,
  // EMAIL said aloud.
  d10email: (r) => {
    const f = r.pick(E_FIRST);
    const l = r.pick(E_LAST);
    const local = r.pick([
      () => `${f} dot ${l}`,
      () => `${f} underscore ${l}`,
      () => `${f[0]!} ${l}`,
      () => `${l} dash ${f}`,
      () => `${f}${l} ${sayDigits(runnyDigits(r, 2), r)}`,
      () => `${f} ${sayDigits(runnyDigits(r, 3), r)}`,
    ])();
    return `${local} ${r.pick(['at', 'at', 'at sign', 'at symbol'])} ${r.pick(HOSTS)} dot ${r.pick(TLDS)}`;
  },
  d10emailSpelled: (r) => {
    const f = r.pick(E_FIRST).slice(0, 3 + r.int(3));
    return `${[...f].join(' ')} ${r.pick(E_LAST)} at ${r.pick(HOSTS)} dot com`;
  },
  // ---- Shapes of the set-aside part only (never tuned on). ----
  d10sAgeHalf: (r) => `${words99(90 + r.int(10), '-')} and a half`,
  d10sDateOrdYearWords: (r) => `the ${ordWords99(1 + r.int(28), '-')} of ${month(r)}, ${sayYear(1990 + r.int(30), r, false)}`,
  d10sPlanDouble: (r) => `${letter(r)} ${letter(r)}, ${sayDigits('' + r.int(10) + r.int(10) + r.int(10) + '00' + r.int(10), r)}, ${sayDigits(runnyDigits(r, 3), r)}`,
  d10sPlateSpaced: (r) => `${letters(r, 2).split('').join(' ')} space ${sayDigits(runnyDigits(r, 4), r)}`,
  d10sEmailAllOne: (r) => `${r.pick(E_FIRST)}${r.pick(E_LAST)}, all one word, at ${r.pick(HOSTS)} dot net`,
};

// Carriers. "T|" is the clinician.
export const FAMILIES_10: readonly Family[] = [
  {
    name: 'age',
    type: 'AGE',
    shapes: ['d10age', 'd10ageDigits', 'd10ageWords', 'd10age'],
    dev: [
      // subject + be/turn/hit/reach
      'My grandmother is {V} and she still does the crossword in pen.',
      'grandpa just turned {V} and nobody came to see him',
      'T|Your father hit {V} this spring, didn’t he?',
      'when my aunt reached {V} she gave away all her things',
      'she made it to {V} and then just stopped eating',
      // at N / aged N / N-year-old
      'At {V} my great-grandma moved in with us.',
      'he remarried at {V}, can you believe it',
      'Our neighbour, aged {V}, called the police on my brother.',
      'i take care of a {V} year old lady on weekends',
      'My {V=d10ageDigits}-yr-old grandad fell again last night.',
      // since / when / until
      'she has lived alone since she was {V}',
      'When my nan was {V}, she still walked to church.',
      'He drove until he was {V}, and then they took the keys.',
      'lived to be {V}, my great uncle, stubborn as anything',
      // beside a person noun, clause-opening, other frames
      'My grandfather, {V}, lives with my mom now.',
      'my great aunt ({V}) is the only one who calls',
      '{V} years old and she still yells at the tv',
      'T|So your mother will be {V} this year?',
      'She is a woman of {V} and nobody listens to her.',
      'at the age of {V} he finally said he was proud of me',
      'Grandma’s {V=d10ageOrd} birthday is when it all blew up.',
      'my nana is in her late {V=d10decade} and forgets my name',
      'Dad asked how old she was and I said {V}.',
      'T|And how old is your grandmother now? {V}?',
    ],
    aside: [
      'the old fella across the hall, he’s {V} if he’s a day',
      'Mum’s mum got to {V} before her heart gave out.',
      'T|Is it right that your grandfather is almost {V}?',
      'nonna, {V} come july, still makes the sauce',
      'My patient at the home, a {V=d10ageDigits}-year-old veteran, told me about the war.',
      'even at {V} she knew exactly what she was doing to us',
      'her {V=d10ageOrd} was last weekend and i didnt go',
      'our great-grandpa is {V=d10sAgeHalf} and tells everyone the half',
      'he was {V} when he died, so at least he had a long life',
      'T|Caring for someone who is {V} is hard work.',
    ],
  },
  {
    name: 'date',
    type: 'DATE',
    shapes: ['d10dateDayMonth', 'd10dateFull', 'd10dateMonthYear', 'd10dateNumericSaid', 'd10dateWeekday', 'd10dateSeasonHoliday'],
    dev: [
      'My birthday is {V}, so that week is always rough.',
      'it all started {V}, that was the first night he hit me',
      'T|You said the court date is {V}?',
      'On {V} I finally told my mom.',
      'we got married {V} and separated the next year',
      'the last time i used was {V}',
      'Her date of birth is {V=d10dateNumericSaid}, in case the form asks for it.',
      'T|Let me write that down, {V}, the day of the accident.',
      'dad passed away {V}, right before the holidays',
      'I moved out {V} and never went back.',
      'since {V} ive been sober',
      'T|What happened on {V=d10dateWeekday}?',
      '{V=d10dateSeasonHoliday} was the worst one, he broke the door',
      'my DOB is {V=d10dateNumericSaid}',
    ],
    aside: [
      'the baby is due {V} and i am terrified',
      'T|Was that before or after {V}?',
      'They let him out on parole {V}.',
      'i remember {V=d10dateSeasonHoliday} cause thats when mom left',
      'born {V=d10dateNumericSaid}, same as my twin obviously',
      'I have a hearing {V=d10sDateOrdYearWords} and I need a letter from you.',
      'my last drink was {V}, not that im counting',
      'T|Your intake form says {V}; is that right?',
    ],
  },
  {
    name: 'plan',
    type: 'HEALTH_PLAN',
    shapes: ['d10planDigits', 'd10planLetters', 'd10planNato', 'd10planAsIn'],
    dev: [
      'my member ID is {V}',
      'T|Can you read me the member number? {V}, okay.',
      'The number is {V}, that is the medicaid one.',
      'insurance card says {V} but they say it is not active',
      'policy number, um, {V}',
      'T|I have your subscriber ID as {V}.',
      'our group number is {V}, through his job',
      'it’s {V}, the ID on the back of my card',
    ],
    aside: [
      'ok the member id, ready? {V}',
      'T|So the policy is {V}, under your wife?',
      'Medicare number {V}, they made me say it three times.',
      'my plan number got changed to {V=d10sPlanDouble} in january',
      'the insurance id is like {V} or something',
    ],
  },
  {
    name: 'vehicle',
    type: 'VEHICLE',
    shapes: ['d10plate', 'd10plateNato', 'd10plateAsIn'],
    dev: [
      'his plate number is {V}, I memorised it',
      'T|The licence plate, you said {V}?',
      'the truck had plates {V}, I told the officer',
      'license plate {V}, a grey sedan, every night outside my work',
      'I wrote the tag down: {V}.',
      'her car is the one with plate {V}',
    ],
    aside: [
      'the plate was {V=d10sPlateSpaced}, i think, it was dark',
      'T|And the registration number, {V}?',
      'Same van every day, tags {V}.',
      'my ex’s plate is {V} if they need it',
    ],
  },
  {
    name: 'id',
    type: 'OTHER_ID',
    shapes: ['d10id', 'd10idYear'],
    dev: [
      'my case number is {V}',
      'T|Do you have the claim number handy? {V}, thank you.',
      'The file number on the letter is {V}.',
      'client ID {V}, at the shelter',
      'the report number was {V}, the cop wrote it on a card',
    ],
    aside: [
      'docket number is {V}, i think thats the custody one',
      'T|Your reference number for the complaint is {V}.',
      'they gave me a case ID, {V}, and then nobody called',
    ],
  },
  {
    name: 'email',
    type: 'EMAIL',
    shapes: ['d10email', 'd10emailSpelled'],
    dev: [
      'my email is {V}',
      'T|I have your email as {V}, is that still good?',
      'send it to {V}',
      'He messages me from {V} now.',
      'you can write to my daughter, {V}',
    ],
    aside: [
      'my email changed, its {V=d10sEmailAllOne}',
      'T|Which address, {V}?',
      'the threats came from {V}, over and over',
    ],
  },
];

const CONTEXTS_10: readonly Context[] = ['as-is', 'as-is', 'lower-chat', 'no-punct', 'typo'];

export const DEV10_TEMPLATES: readonly Template[] = generateTemplates('dev', 36, 0xd10d, FAMILIES_10, 'd10', CONTEXTS_10);
export const DEV10_ASIDE_TEMPLATES: readonly Template[] = generateTemplates('aside', 20, 0xa10d, FAMILIES_10, 'd10', CONTEXTS_10);

// ---------------------------------------------------------------------------------------------
// Traps: talk with no identifier. {AGE_U90} (an age under 90 said in a number form), {N90} (a number
// over 89 that is no age, in a number form), {MONTH}, {WEEKDAY}, {YEAR} (a year said in a form).
// ---------------------------------------------------------------------------------------------
export const DEV10_TRAPS: readonly string[] = [
  // Age frames with ages under 90 (no identifier under the convention).
  'my mom is {AGE_U90} and she acts like a teenager',
  'I have been drinking since I was {AGE_U90}.',
  'When she was {AGE_U90} she had me, basically a kid herself.',
  'dad turned {AGE_U90} last week and nobody called him',
  'At {AGE_U90} I thought I had my life together.',
  'my {AGE_U90}-year-old sister stole my car',
  'she is in her mid-forties, maybe late forties',
  'He is in his early eighties and still works.',
  'T|You were {AGE_U90} when it started?',
  'my son, {AGE_U90}, will not get out of bed',
  // Numbers over 89 in person-like frames that are no age.
  'he hit {N90} on the freeway with me in the car',
  'She weighs {N90} pounds now, the doctor is worried.',
  'I was on hold for {N90} minutes, no joke.',
  'my phone was at {N90} percent and then it just died',
  'we did {N90} days in the program and then he relapsed',
  'He paid {N90} dollars for a bag, I saw it.',
  'she got {N90} on her test and still cried',
  'i texted him like {N90} times',
  'he reached {N90} miles an hour before the cops stopped him',
  'back in the late nineties everything was different',
  'the 90s were a blur for my parents',
  // Durations, doses, counts, scores, times, prices.
  'we talked for twenty minutes and then she hung up',
  'T|On a scale of one to ten, where is the anxiety today?',
  'I would say a seven out of ten, maybe an eight.',
  'I take fifty milligrams of sertraline in the morning.',
  'she takes two point five of the klonopin at night',
  'I wake up at four thirty every morning and cannot sleep.',
  'the bus comes at 7:15 and I am always late',
  'it costs ninety-nine ninety-nine a month, I cannot pay that',
  'Rent is fourteen hundred and we are short again.',
  'T|You have been here three times this month.',
  'we are on step nine, making amends',
  'room 214 at the hospital, that is where she was',
  'the clinic is on the 3rd floor, room twelve',
  'i slept maybe two or three hours',
  'T|Your PHQ-9 is a 14 today, lower than last time.',
  'GAD-7 was eleven, so still moderate.',
  'I had like four or five drinks, not ten.',
  'we have been married twenty-two years',
  'a hundred and ten percent, that is what i give him',
  'he is six foot two and he scares me',
  'my blood pressure was one forty over ninety',
  'Twenty twenty was the worst year of my life.',
  'in {YEAR} we lost the house',
  'that was nineteen ninety-eight, I think',
  'back in oh-five we lived with my aunt',
  'every {WEEKDAY} we have family dinner and it is hell',
  'I hate {MONTH}, it is always the worst month',
  'christmas is the hardest time for me',
  'the first time he hit me i told no one',
  'second of all, she never even apologised',
  'I work nine to five and then go to meetings.',
  'we have two kids, ages six and nine',
  'the third step is turning it over',
  'twenty-four seven, that is how much i think about it',
  'I called the hotline, nine eight eight, at two in the morning.',
  'the house number is 12, blue door',
];

export const DEV10_ASIDE_TRAPS: readonly string[] = [
  'my stepdad is {AGE_U90} and still drinks every night',
  'i was {AGE_U90} when i first ran away',
  'Her sixty-year-old boss yells at her.',
  'she drove {N90} in a school zone',
  'it was {N90} degrees in the apartment, no AC',
  'T|Rate your mood from zero to ten.',
  'I ran about three miles, then walked the rest.',
  'my appointment is at ten fifteen',
  'the pills are 25 mg and I take two',
  'he spent three hundred dollars on scratch cards',
  'I have been clean ninety days today.',
  'in the early two thousands my dad left',
  'we moved in {YEAR}, right after the fire',
  'every {MONTH} she goes quiet',
  'we waited thirty minutes in the lobby',
  'bed 4, ward 7, that is where he is',
];

function numWords(n: number): string {
  if (n < 100) return words99(n, '-');
  return n % 100 === 0 ? `${UNITS[n / 100]!} hundred` : `a hundred and ${words99(n - 100, '-')}`;
}
function fillTrap(line: string, next: () => number): string {
  const pickF = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  return line
    .replaceAll('{AGE_U90}', () => {
      const n = 12 + Math.floor(next() * 78);
      return next() < 0.5 ? String(n) : words99(n, next() < 0.5 ? '-' : ' ');
    })
    .replaceAll('{N90}', () => {
      const n = 90 + Math.floor(next() * 20);
      return next() < 0.5 ? String(n) : numWords(n);
    })
    .replaceAll('{MONTH}', () => pickF(MONTHS))
    .replaceAll('{WEEKDAY}', () => pickF(WEEKDAYS))
    .replaceAll('{YEAR}', () => {
      const y = 1988 + Math.floor(next() * 36);
      return next() < 0.5 ? String(y) : y < 2000 ? `nineteen ${words99(y - 1900, '-')}` : y < 2010 ? `two thousand ${UNITS[y - 2000]!}` : `twenty ${words99(y - 2000, '-')}`;
    });
}

/** DEV10 (tuning part) in the development conversations 0..52. */
export function injectedTherapyDev10(): Corpus | undefined {
  const docs = injectDevRows(DEV10_TEMPLATES, 0x10d1, 12, pickDev10);
  return docs && { name: 'therapy talk, injected AGE/DATE/HEALTH_PLAN/VEHICLE/OTHER_ID/EMAIL from a grammar of said numbers, dev batch 10 (conversations 0-52)', docs, neutral: new Set(['ORG']) };
}

/** DEV10 ASIDE (carriers written separately; score at the end only, totals only) in conversations 0..52. */
export function injectedTherapyDev10Aside(): Corpus | undefined {
  const docs = injectDevRows(DEV10_ASIDE_TEMPLATES, 0xa10d1, 9, pickDev10);
  return docs && { name: 'therapy talk, injected AGE/DATE/HEALTH_PLAN/VEHICLE/OTHER_ID/EMAIL from a grammar of said numbers, dev batch 10 SET ASIDE (conversations 0-52)', docs, neutral: new Set(['ORG']) };
}

export const dev10Traps = (): Corpus => {
  const next = mulberry32(0x10dfa);
  return trapCorpus(DEV10_TRAPS.map((l) => fillTrap(l, next)), 0x10dfb, 'talk with no identifier, ages under 90, numbers over 89, durations/doses/scores/times/prices, dev batch 10');
};
export const dev10AsideTraps = (): Corpus => {
  const next = mulberry32(0xa10dfa);
  return trapCorpus(DEV10_ASIDE_TRAPS.map((l) => fillTrap(l, next)), 0xa10dfb, 'talk with no identifier, ages under 90, numbers over 89, durations/doses/scores/times/prices, dev batch 10 SET ASIDE');
};

// Exposed for the test of this batch.
export const _sayForTest = { sayAge, sayYear, sayDigits, words99 };
