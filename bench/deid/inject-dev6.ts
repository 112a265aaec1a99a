// A sixth DEVELOPMENT set for the injected therapy benchmark (issue 14, R35, shapes round), written
// before reading the detector code. Unlike dev2..dev5 it is a GENERATOR: for each identifier
// family (social security numbers, plates and VINs, bank/card/routing numbers, member/policy/group
// numbers, claim/case/reference numbers, photo and file names, device serials/IMEI/MAC, IP
// addresses, e-mails, phones, dates) it crosses carrier phrases (label words, first and second
// person) with value SHAPES (separators, spoken digits, grouped numbers, partial "ending in"
// forms, obfuscation) and with surface contexts (as written, lower-case chat without
// punctuation, no punctuation, one typo in the carrier), all from a seeded RNG.
//
// Two parts, written separately:
//   - DEV6: the tuning part (carriers in FAMILIES[].dev);
//   - DEV6 ASIDE: carriers written afterwards in other words (FAMILIES[].aside), same value shapes,
//     scored only at the end of the round (`npm run bench:inject -- --dev-only --shapes-aside`)
//     and never listed by --errors.
// Both go into the development conversations 0..52 only, with their own seeds. Every value is
// synthetic and drawn here (no value pools shared with inject-values.ts).
import type { Corpus } from './corpora.ts';
import { DEV_ROWS, injectConversation, therapyConversations, type InjectedDoc, type Template } from './inject.ts';
import { Rng } from './inject-values.ts';

// ---------------------------------------------------------------------------------------------
// Value shapes. Each picker returns one surface form of one identifier.
// ---------------------------------------------------------------------------------------------
export const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
export const TEEN = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
export const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON3 = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WD_SHORT = ['Mon', 'Tues', 'Tue', 'Wed', 'Weds', 'Thurs', 'Thu', 'Fri', 'Sat', 'Sun'];
export const ORD_WORDS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth',
  'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first', 'twenty-second',
  'twenty-third', 'twenty-fourth', 'twenty-fifth', 'twenty-sixth', 'twenty-seventh', 'twenty-eighth', 'twenty-ninth', 'thirtieth',
];
export const STATES = ['Texas', 'Ohio', 'Oregon', 'Georgia', 'Nevada', 'Maine', 'Iowa', 'Kansas', 'Utah', 'Vermont'];
// Invented people for e-mail local parts (obviously synthetic).
const D6_FIRST = ['zephyrine', 'quillan', 'marisol', 'thaddeus', 'oona', 'bexley', 'calloway', 'ingrid', 'lazlo', 'perpetua', 'wynn', 'dorcas'];
const D6_LAST = ['quackenbush', 'fennimore', 'oakhurst', 'brindlewood', 'tessaro', 'mulvaney', 'ketteridge', 'sallowfield', 'upjohn', 'vantassel'];
const DOMAINS = ['gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'icloud.com', 'aol.com', 'protonmail.com', 'comcast.net', 'att.net'];
const VANITY = ['KAYAK22', 'LUV2RUN', 'MAMA4EV', 'NOPE99', 'B4DAWN', 'XTRAMLE', 'OWLNITE', 'TACO4ME', 'SNOWDAY'];
export const VIN_CHARS = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
export const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';

export const ord = (d: number): string => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;
export const sayDigit = (d: string, r: Rng): string => (d === '0' ? r.pick(['zero', 'oh']) : UNITS[Number(d)]!);
export const sayEach = (s: string, r: Rng): string => [...s].map((d) => sayDigit(d, r)).join(' ');
export const sayPair = (p: string, r: Rng): string => {
  const n = Number(p);
  if (p[0] === '0') return `${r.pick(['oh', 'zero'])} ${UNITS[Number(p[1])]!}`;
  if (n < 20) return TEEN[n - 10]!;
  return n % 10 === 0 ? TENS[n / 10]! : `${TENS[Math.floor(n / 10)]!}${r.pick(['-', ' '])}${UNITS[n % 10]!}`;
};
/** A group said as people say it: pairs as numbers, three digits as digit + pair. */
export const sayGroup = (s: string, r: Rng): string => {
  if (s.length === 1) return sayDigit(s, r);
  if (s.length === 2) return sayPair(s, r);
  if (s.length === 3) return `${sayDigit(s[0]!, r)} ${sayPair(s.slice(1), r)}`;
  return `${sayPair(s.slice(0, 2), r)} ${sayGroup(s.slice(2), r)}`;
};
export const chars = (r: Rng, alphabet: string, n: number): string => Array.from({ length: n }, () => alphabet[r.int(alphabet.length)]!).join('');
const hex = (r: Rng, n: number): string => chars(r, '0123456789abcdef', n);
export const digits0 = (r: Rng, n: number): string => chars(r, '0123456789', n);
export const ssnParts = (r: Rng): [string, string, string] => [`${1 + r.int(8)}${digits0(r, 2)}`.replace(/^666$/, '667'), `${1 + r.int(9)}${r.int(10)}`, r.digits(4)];
export const yearWords = (y: number, r: Rng): string =>
  y < 2000 ? `nineteen ${sayPair(String(y).slice(2), r)}` : y < 2010 ? `two thousand ${r.pick(['and ', ''])}${UNITS[y - 2000]!}` : `twenty ${sayPair(String(y).slice(2), r)}`;
const person = (r: Rng): [string, string] => [r.pick(D6_FIRST), r.pick(D6_LAST)];
const phone10 = (r: Rng): [string, string, string] => [`${2 + r.int(8)}${digits0(r, 2)}`, `${2 + r.int(8)}${digits0(r, 2)}`, digits0(r, 4)];

export const pickDev6: Readonly<Record<string, (r: Rng) => string>> = {
  // Social security numbers.
  d6ssnDash: (r) => ssnParts(r).join('-'),
  d6ssnSpace: (r) => ssnParts(r).join(' '),
  d6ssnDot: (r) => ssnParts(r).join('.'),
  d6ssnPlain: (r) => ssnParts(r).join(''),
  d6ssnWords: (r) => ssnParts(r).map((g) => sayEach(g, r)).join(r.pick([', ', ' ', ' - '])),
  d6ssnGrouped: (r) => ssnParts(r).map((g) => sayGroup(g, r)).join(r.pick([', ', ' '])),
  d6ssnMixed: (r) => {
    const [a, b, c] = ssnParts(r);
    return `${a} ${b} ${r.next() < 0.5 ? sayEach(c, r) : sayGroup(c, r)}`;
  },
  d6ssn3: (r) => ssnParts(r)[0],
  d6ssn2: (r) => ssnParts(r)[1],
  d6last4: (r) => r.digits(4),
  d6last4Words: (r) => sayEach(r.digits(4), r),
  d6last4Grouped: (r) => sayGroup(r.digits(4), r),
  // Plates and VINs.
  d6plateCa: (r) => `${1 + r.int(9)}${r.letters(3)}${r.digits(3)}`,
  d6plateSpace: (r) => `${r.letters(3)} ${r.digits(4)}`,
  d6plateDash: (r) => `${r.letters(3)}-${r.digits(r.pick([3, 4]))}`,
  d6plateMixed: (r) => `${r.letters(2)}${r.digits(1)} ${r.digits(1)}${r.letters(2)}`,
  d6plateVanity: (r) => r.pick(VANITY),
  d6plateSpelled: (r) => `${[...r.letters(3)].join(r.pick(['-', ' ']))} ${r.next() < 0.5 ? r.digits(4) : sayEach(r.digits(4), r)}`,
  d6vin: (r) => `${1 + r.int(5)}${chars(r, VIN_CHARS, 16)}`,
  d6vinLower: (r) => `${1 + r.int(5)}${chars(r, VIN_CHARS, 16)}`.toLowerCase(),
  d6vinPart: (r) => (r.next() < 0.5 ? r.digits(6) : `${chars(r, VIN_CHARS, 2)}${r.digits(6)}`),
  // Bank, card and routing numbers.
  d6acctDigits: (r) => r.digits(8 + r.int(5)),
  d6acctDash: (r) => `${digits0(r, 4)}-${r.digits(6)}-${digits0(r, 2)}`,
  d6acctSpace: (r) => `${r.digits(4)} ${r.digits(4)} ${r.digits(2)}`,
  d6acctWords: (r) => sayEach(r.digits(8), r),
  d6card16: (r) => `4${digits0(r, 3)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)}`,
  d6card16Dash: (r) => `5${digits0(r, 3)}-${r.digits(4)}-${r.digits(4)}-${r.digits(4)}`,
  d6card16Plain: (r) => `4${digits0(r, 15)}`,
  d6amex: (r) => `37${digits0(r, 2)} ${r.digits(6)} ${r.digits(5)}`,
  d6routing: (r) => `0${1 + r.int(9)}${digits0(r, 7)}`,
  d6routingSpace: (r) => `0${1 + r.int(9)}${digits0(r, 1)} ${r.digits(3)} ${r.digits(3)}`,
  // Member, policy, group, Medicare/Medicaid numbers.
  d6member: (r) => `${r.letters(3)}${r.digits(9)}`,
  d6memberW: (r) => `W${r.digits(8 + r.int(2))}`,
  d6memberDash: (r) => `${r.letters(3)}-${r.digits(3)}-${r.digits(3)}-${r.digits(3)}`,
  d6memberSpace: (r) => `${r.letters(3)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`,
  d6mbi: (r) => `${1 + r.int(9)}${r.letters(1)}${chars(r, ALNUM, 1)}${r.digits(1)}-${r.letters(1)}${chars(r, ALNUM, 1)}${r.digits(1)}-${r.letters(2)}${r.digits(2)}`,
  d6policy: (r) => r.pick([() => `PL-${r.digits(8)}`, () => `${r.letters(1)}${r.digits(8)}`, () => `${r.digits(3)}-${r.digits(3)}-${r.digits(4)}`, () => `POL${r.digits(7)}`])(),
  d6group: (r) => r.pick([() => digits0(r, 7), () => `GRP-${r.digits(5)}`, () => `${r.digits(5)}${r.letters(1)}`])(),
  d6medicaid: (r) => r.pick([() => `${r.letters(2)}${r.digits(8)}`, () => r.digits(10), () => `${r.digits(3)} ${r.digits(3)} ${r.digits(3)} ${r.letters(1)}`])(),
  // Claim, case, reference, confirmation, student, employee, booking numbers.
  d6claim: (r) => r.pick([() => `CLM-${r.digits(4)}-${r.digits(7)}`, () => `${r.letters(1)}${r.digits(10)}`, () => `${r.digits(3)}-${r.digits(3)}-${r.digits(3)}`])(),
  d6case: (r) => r.pick([() => `${20 + r.int(6)}-CV-${r.digits(5)}`, () => `${20 + r.int(6)}-FAM-${r.digits(4)}`, () => `CR${r.digits(7)}`, () => `${r.digits(2)}-${r.digits(6)}`])(),
  d6ref: (r) => r.pick([() => chars(r, ALNUM, 7), () => `#${r.digits(8)}`, () => `${r.letters(2)}-${r.digits(6)}`, () => r.digits(10)])(),
  d6student: (r) => r.pick([() => `S${r.digits(8)}`, () => `E-${r.digits(5)}`, () => r.digits(7), () => `${r.digits(4)}-${r.digits(4)}`])(),
  // Photo and file names.
  d6img: (r) => `IMG_${r.digits(4)}${r.pick(['.jpg', '.JPG', '.HEIC', '.heic', '.PNG', ''])}`,
  d6dsc: (r) => r.pick([() => `DSC${digits0(r, 5)}.JPG`, () => `DSCN${r.digits(4)}`, () => `DSC_${r.digits(4)}.jpg`])(),
  d6pxl: (r) => `PXL_2024${pad(1 + r.int(12))}${pad(1 + r.int(28))}_${digits0(r, 9)}${r.pick(['.jpg', '.MP.jpg', ''])}`,
  d6screenshot: (r) =>
    r.pick([
      () => `Screenshot_2024${pad(1 + r.int(12))}${pad(1 + r.int(28))}-${digits0(r, 6)}.png`,
      () => `Screenshot 2024-${pad(1 + r.int(12))}-${pad(1 + r.int(28))} at ${1 + r.int(12)}.${pad(r.int(60))}.${pad(r.int(60))} PM.png`,
      () => `screenshot_${r.digits(4)}.png`,
    ])(),
  d6waImg: (r) => `IMG-2023${pad(1 + r.int(12))}${pad(1 + r.int(28))}-WA${digits0(r, 4)}.jpg`,
  d6fileDate: (r) => r.pick([() => `2024${pad(1 + r.int(12))}${pad(1 + r.int(28))}_${digits0(r, 6)}.jpg`, () => `VID_2024${pad(1 + r.int(12))}${pad(1 + r.int(28))}_${digits0(r, 6)}.mp4`, () => `photo_${r.digits(3)}.jpeg`])(),
  // Device serials, IMEI, MAC, device IDs; IP addresses.
  d6serial: (r) => r.pick([() => chars(r, ALNUM, 12), () => `${r.letters(2)}${r.digits(8)}`, () => `SN${r.digits(9)}`, () => `${chars(r, ALNUM, 4)}-${chars(r, ALNUM, 4)}-${chars(r, ALNUM, 4)}`])(),
  d6serialLower: (r) => chars(r, ALNUM, 11).toLowerCase(),
  d6imei: (r) => r.pick([() => `35${digits0(r, 13)}`, () => `35 ${digits0(r, 6)} ${digits0(r, 6)} ${r.int(10)}`, () => `35-${digits0(r, 6)}-${digits0(r, 6)}-${r.int(10)}`])(),
  d6mac: (r) => {
    const parts = Array.from({ length: 6 }, () => hex(r, 2));
    return r.pick([() => parts.join(':'), () => parts.join('-').toUpperCase(), () => parts.join(':').toUpperCase()])();
  },
  d6deviceId: (r) => r.pick([() => `${hex(r, 8)}-${hex(r, 4)}-${hex(r, 4)}`, () => hex(r, 10), () => `FB${r.digits(7)}`])(),
  d6ipv4: (r) => r.pick([() => `192.168.${r.int(10)}.${2 + r.int(250)}`, () => `${11 + r.int(200)}.${r.int(256)}.${r.int(256)}.${1 + r.int(254)}`, () => `10.0.${r.int(20)}.${2 + r.int(250)}`])(),
  d6ipv6: (r) => `2601:${hex(r, 3)}:${hex(r, 4)}:${hex(r, 2)}::${hex(r, 2)}`,
  // E-mails.
  d6email: (r) => {
    const [f, l] = person(r);
    return `${f}.${l}${r.pick(['', r.digits(2)])}@${r.pick(DOMAINS)}`;
  },
  d6emailUpper: (r) => {
    const [f, l] = person(r);
    return `${f}${l}@${r.pick(DOMAINS)}`.toUpperCase();
  },
  d6emailAtDot: (r) => {
    const [f, l] = person(r);
    const [host, tld] = r.pick(DOMAINS).split('.') as [string, string];
    return r.pick([
      () => `${f} dot ${l} at ${host} dot ${tld}`,
      () => `${f}${l} at ${host} dot ${tld}`,
      () => `${f} underscore ${l} at ${host} dot ${tld}`,
      () => `${f}.${l} at ${host}.${tld}`,
      () => `${f}${r.digits(2)} at ${host}`,
    ])();
  },
  d6emailBracket: (r) => {
    const [f, l] = person(r);
    const [host, tld] = r.pick(DOMAINS).split('.') as [string, string];
    return r.pick([() => `${f}.${l} [at] ${host} [dot] ${tld}`, () => `${f}(at)${host}(dot)${tld}`, () => `${f}_${l} {at} ${host}.${tld}`, () => `${l} AT ${host} DOT ${tld}`])();
  },
  d6emailSpaced: (r) => {
    const [f, l] = person(r);
    return r.pick([() => `${f}.${l} @ ${r.pick(DOMAINS)}`, () => `${f}${l}@ ${r.pick(DOMAINS)}`, () => `${f} ${l} @${r.pick(DOMAINS)}`])();
  },
  // Phones.
  d6phoneIntl: (r) =>
    r.pick([
      () => `+44 7${r.digits(3)} ${digits0(r, 6)}`,
      () => `+44 (0)20 ${r.digits(4)} ${digits0(r, 4)}`,
      () => `+1 ${phone10(r).join(' ')}`,
      () => `+1 (${phone10(r)[0]}) ${phone10(r)[1]}-${phone10(r)[2]}`,
      () => `+61 4${r.digits(2)} ${digits0(r, 3)} ${digits0(r, 3)}`,
      () => `07${r.digits(3)} ${digits0(r, 6)}`,
      () => `+353 8${r.int(10)} ${digits0(r, 3)} ${digits0(r, 4)}`,
    ])(),
  d6phoneParen: (r) => {
    const [a, b, c] = phone10(r);
    return r.pick([`(${a}) ${b}-${c}`, `(${a})${b}-${c}`, `(${a}) ${b} ${c}`]);
  },
  d6phoneDots: (r) => phone10(r).join('.'),
  d6phoneExt: (r) => {
    const [a, b, c] = phone10(r);
    return `${a}-${b}-${c} ${r.pick(['ext. ', 'ext ', 'x', 'x ', 'extension '])}${r.digits(2 + r.int(3))}`;
  },
  d6phonePlain: (r) => r.pick([() => phone10(r).join(''), () => `1-800-${r.digits(3)}-${digits0(r, 4)}`, () => `${phone10(r)[1]}-${digits0(r, 4)}`])(),
  d6phoneWords: (r) => {
    const [a, b, c] = phone10(r);
    return r.pick([() => `${sayEach(a, r)}, ${sayEach(b, r)}, ${sayEach(c, r)}`, () => `${sayEach(a, r)} ${sayEach(b, r)} ${sayGroup(c, r)}`, () => `${a} ${b} ${sayGroup(c, r)}`])();
  },
  // Dates, every spelling.
  d6dateOfMonth: (r) => `the ${r.next() < 0.5 ? ord(1 + r.int(28)) : ORD_WORDS[r.int(28)]!} of ${r.pick(MONTHS)}`,
  d6dateMonthOrd: (r) => `${r.pick(MONTHS)} ${r.next() < 0.5 ? ORD_WORDS[r.int(28)]! : ord(1 + r.int(28))}`,
  d6dateSlash: (r) => r.pick([() => `${1 + r.int(12)}/${1 + r.int(28)}`, () => `${1 + r.int(12)}/${1 + r.int(28)}/${20 + r.int(5)}`, () => `${pad(1 + r.int(12))}/${pad(1 + r.int(28))}/20${20 + r.int(5)}`])(),
  d6dateDots: (r) => r.pick([() => `${1 + r.int(28)}.${1 + r.int(12)}.${20 + r.int(5)}`, () => `${1 + r.int(12)}-${1 + r.int(28)}-${20 + r.int(5)}`, () => `20${20 + r.int(5)}-${pad(1 + r.int(12))}-${pad(1 + r.int(28))}`])(),
  d6dateOrdWord: (r) => `the ${ORD_WORDS[r.int(30)]!}`,
  d6dateWeekday: (r) =>
    r.pick([
      () => `${r.pick(WD_SHORT)} ${ord(1 + r.int(28))}`,
      () => `${r.pick(WEEKDAYS)} the ${ORD_WORDS[r.int(28)]!}`,
      () => `${r.pick(WEEKDAYS)}, ${r.pick(MON3)} ${1 + r.int(28)}`,
      () => `${r.pick(WD_SHORT).toLowerCase()} the ${ord(1 + r.int(28))}`,
    ])(),
  d6dateYear: (r) =>
    r.pick([
      () => `${r.pick(MONTHS)} ${ord(1 + r.int(28))}, ${yearWords(1985 + r.int(40), r)}`,
      () => `the ${ORD_WORDS[r.int(28)]!} of ${r.pick(MONTHS)}, ${yearWords(1985 + r.int(40), r)}`,
      () => `${r.pick(MON3)}. ${1 + r.int(28)} '${pad(r.int(25))}`,
      () => `${1 + r.int(28)} ${r.pick(MON3)} ${2000 + r.int(25)}`,
    ])(),
  d6dateAbbr: (r) => r.pick([() => `${r.pick(MON3)} ${1 + r.int(28)}`, () => `${1 + r.int(28)} ${r.pick(MON3)}`, () => `${r.pick(MON3).toLowerCase()} ${ord(1 + r.int(28))}`])(),
};
export function pad(n: number): string {
  return String(n).padStart(2, '0');
}

// ---------------------------------------------------------------------------------------------
// Families: a gold type, the value shapes it takes, and carriers. `{V}` is the value; a carrier
// may also name slots itself (`{d6ssn3:SSN}`), and `{V=shape}` pins the shape where the label
// word names one (IMEI, MAC). A carrier starting "T|" is the counsellor's.
// dev: the tuning part. aside: written separately afterwards, in other words; scored at the end.
// ---------------------------------------------------------------------------------------------
export interface Family {
  name: string;
  type: string;
  shapes: readonly string[];
  dev: readonly string[];
  aside: readonly string[];
}

export const FAMILIES: readonly Family[] = [
  {
    name: 'ssn',
    type: 'SSN',
    shapes: ['d6ssnDash', 'd6ssnSpace', 'd6ssnDot', 'd6ssnPlain', 'd6ssnWords', 'd6ssnGrouped', 'd6ssnMixed'],
    dev: [
      'they made me write my social on the form, {V}, and I felt sick doing it.',
      'My SSN is {V} if the billing office needs it.',
      'soc sec {V}, I know it by heart from all the applications',
      'I gave him my social security number, {V}, because he said it was for the lease.',
      'ssn# {V} is on every letter they send',
      'For the disability form my number is {V}, the social one.',
      'T|Can you read me the social on the intake sheet? I have {V}, is that right?',
      'someone opened a credit card with my social security {V} and now I have collections calling',
      'Social: {V}. Date of birth, you already have.',
      'my mom used my SS number {V} for the utilities when I was fifteen',
    ],
    aside: [
      'The caseworker typed in {V} as my social and it pulled up somebody else entirely.',
      'my social security # is {V}, I had to say it out loud at the front desk',
      'T|The form lists SSN {V}; should that be yours or your daughter\'s?',
      'He memorised my soc sec number, {V}, and held it over me.',
      'Social Security No. {V} was printed right on the envelope.',
      'i can recite my ss# {V} faster than my own phone number lol',
    ],
  },
  {
    name: 'ssn-part',
    type: 'SSN',
    shapes: ['d6last4', 'd6last4Words', 'd6last4Grouped'],
    dev: [
      'They only asked for the last four of my social, {V}, and still got it wrong.',
      'my SSN ending in {V} showed up on the dark web alert',
      'Social ends in {V} if you need to find my file.',
      'T|And the last 4 of your social security number is {V}?',
      'last four of my ssn are {V} btw',
      'The first three of my social are {d6ssn3:SSN}, then {d6ssn2:SSN}, then {V}, she made me say it slowly.',
    ],
    aside: [
      'The bank only wanted the final four digits of my social, which are {V}.',
      'i told the lady my ss ending {V} and she found me',
      'T|Just the last four of the SSN, {V}, is enough for the pharmacy.',
      'My social starts with {d6ssn3:SSN} and ends with {V}, same as my dad\'s almost.',
    ],
  },
  {
    name: 'plate',
    type: 'VEHICLE',
    shapes: ['d6plateCa', 'd6plateSpace', 'd6plateDash', 'd6plateMixed', 'd6plateVanity', 'd6plateSpelled'],
    dev: [
      'He drives a silver pickup, plate {V}, and parks it across from my building.',
      'i wrote down the tag {V} before he pulled off',
      'It had {STATE} plates, {V}, I would know that truck anywhere.',
      'The license plate number was {V}, I gave it to the officer.',
      'T|Did you get the plate, {V}, to the police?',
      'my ex still has my old car, {STATE} tag {V}',
      'plate # {V} keeps showing up outside my work',
      'Her car\'s reg is {V} and it was in the lot again.',
      'a grey sedan, plates {V} out of {STATE}',
      'my vanity plate is {V}, so everybody knows my car',
    ],
    aside: [
      'The car that followed me home had the tags {V}.',
      'I memorised the number plate, {V}, while she screamed at me.',
      'T|You mentioned a {STATE} license, plate {V}; was that his vehicle?',
      'registration {V} came back to his brother, the cops said',
      'i keep seeing the same jeep with plate number {V} on my street',
    ],
  },
  {
    name: 'vin',
    type: 'VEHICLE',
    shapes: ['d6vin', 'd6vinLower', 'd6vinPart'],
    dev: [
      'The VIN is {V}, the lender keeps asking me for it.',
      'vin# {V} is on the repo notice',
      'I had to read the VIN number, {V}, off the dashboard for the insurance.',
      'T|Is {V} the VIN on the title he kept?',
      'the last six of the vin are {V} if you need them',
      'Vehicle identification number {V}, that is what they towed.',
    ],
    aside: [
      'The title has VIN {V} and my name crossed out.',
      'i took a picture of the vin plate, it says {V}',
      'T|The tow yard needs the vehicle ID number, {V}, before they release it.',
      'The VIN ends {V}, the dealer said.',
    ],
  },
  {
    name: 'bank',
    type: 'ACCOUNT',
    shapes: ['d6acctDigits', 'd6acctDash', 'd6acctSpace', 'd6acctWords'],
    dev: [
      'My checking account number is {V} and he drained it.',
      'acct # {V} is the one the disability goes into',
      'I gave her my account no. {V} for the rent, stupidly.',
      'T|The savings account, {V}, is that still in both names?',
      'the bank account {V} got frozen last week',
      'Account number: {V}. That is the joint one.',
    ],
    aside: [
      'He opened a second account, number {V}, without telling me.',
      'my acct {V} is overdrawn again',
      'T|Which account did the deposit go to, {V}?',
      'The direct deposit goes to account {V} at the credit union.',
    ],
  },
  {
    name: 'card',
    type: 'ACCOUNT',
    shapes: ['d6card16', 'd6card16Dash', 'd6card16Plain', 'd6amex'],
    dev: [
      'She used my debit card, {V}, at three gas stations.',
      'card number {V}, I read it to the scammer like an idiot',
      'My credit card number is {V} and it was maxed out in a day.',
      'T|Was the card that ended up in his wallet, {V}, the one you cancelled?',
      'the visa {V=d6card16} is the one i hide from him',
    ],
    aside: [
      'the card on file is {V}, and I want it off.',
      'He has my mastercard, {V=d6card16Dash}, and won\'t give it back.',
      'T|Did you report card {V} stolen?',
    ],
  },
  {
    name: 'card-part',
    type: 'ACCOUNT',
    shapes: ['d6last4', 'd6last4Words'],
    dev: [
      'The charge was on my card ending in {V}.',
      'visa ending {V} got declined at the pharmacy',
      'T|Is that the debit card ending {V}?',
      'my account ending in {V} is the one he can see',
    ],
    aside: ['the amex that ends in {V} is in his name too', 'The checking ending {V} is mine alone.'],
  },
  {
    name: 'routing',
    type: 'ACCOUNT',
    shapes: ['d6routing', 'd6routingSpace'],
    dev: ['The routing number is {V} for the direct deposit.', 'routing # {V}, the credit union one', 'T|Is {V} the routing number on the check?'],
    aside: ['ABA {V} is what the payroll lady asked for.', 'i put routing {V} on the form and it bounced'],
  },
  {
    name: 'member',
    type: 'HEALTH_PLAN',
    shapes: ['d6member', 'd6memberW', 'd6memberDash', 'd6memberSpace', 'd6mbi', 'd6medicaid'],
    dev: [
      'My member ID is {V}, it is on the back of the card.',
      'member # {V}, that is what the insurance lady kept asking',
      'The subscriber ID on my insurance card is {V}.',
      'T|Is your member number still {V}, or did it change with the new plan?',
      'my medicaid number is {V} if you need to bill it',
      'The Medicare number on the red white and blue card is {V}.',
      'insurance id {V}, under my husband',
    ],
    aside: [
      'The plan gave me a new ID, {V}, after the switch.',
      'my medicare # {V} is on the fridge',
      'T|Under the member identification {V}, the claim went through.',
      'My health insurance number is {V}, if that helps the billing.',
    ],
  },
  {
    name: 'policy',
    type: 'HEALTH_PLAN',
    shapes: ['d6policy', 'd6group'],
    dev: [
      'The policy number is {V}, and they still denied it.',
      'policy # {V} covers the kids too',
      'Group number {V}, through my job.',
      'T|Do you have the group number, {V}, from your employer plan?',
      'my policy no {V} is on the letter',
    ],
    aside: ['grp {V} is the one on the card', 'They quoted policy {V} when they cancelled me.', 'T|The policy listed is {V}, correct?'],
  },
  {
    name: 'otherid',
    type: 'OTHER_ID',
    shapes: ['d6claim', 'd6case', 'd6ref', 'd6student'],
    dev: [
      'The claim number is {V}, I have called about it six times.',
      'my case no. {V} is the custody one',
      'Confirmation number {V}, for the shelter bed.',
      'T|Did they give you a reference number, {V}, when you reported it?',
      'my student ID is {V} and the counselling center has it',
      'employee id {V}, in case HR calls you',
      'his booking number was {V} when they picked him up',
      'Docket number {V} is on the protective order.',
      'the ticket # {V}, for the support request',
    ],
    aside: [
      'The court file is {V} and my lawyer lost it.',
      'i got a case # {V} from the detective',
      'T|Your claim, {V}, is still open?',
      'My inmate ID back then was {V}.',
      'The confirmation code was {V}.',
    ],
  },
  {
    name: 'photo',
    type: 'PHOTO',
    shapes: ['d6img', 'd6dsc', 'd6pxl', 'd6screenshot', 'd6waImg', 'd6fileDate'],
    dev: [
      'I screenshotted the texts, it is {V} on my phone.',
      'the photo of the bruise is {V}',
      'T|Is {V} the picture you wanted me to see?',
      'I saved the threat as {V} and sent it to my lawyer.',
      'file name {V}, the one from the hospital',
      'Check the pic {V} I sent you.',
      'my camera roll still has {V} from that night',
    ],
    aside: [
      'The image, {V}, shows the hole he punched.',
      'i attached {V} to the email',
      'T|Could you forward {V} so we have it on file?',
      'He deleted everything except {V}.',
    ],
  },
  {
    name: 'device',
    type: 'DEVICE',
    shapes: ['d6serial', 'd6serialLower'],
    dev: [
      'The serial number on the tracker was {V}.',
      'IMEI {V=d6imei}, the phone he gave me',
      'S/N {V} on the back of the monitor',
      'T|Is {V=d6deviceId} the device ID of the ankle monitor?',
      'the mac address {V=d6mac} keeps joining our wifi',
      'serial # {V}, the laptop he took',
      'my phone\'s imei is {V=d6imei} if the police need it',
      'Device ID: {V=d6deviceId}. I found it in the settings.',
    ],
    aside: [
      'The AirTag had the serial {V} printed inside.',
      'i looked up the imei number {V=d6imei} and it was his',
      'T|The hardware address, {V=d6mac}, that is the one on your router?',
      'The insulin pump, serial no. {V}, was recalled.',
    ],
  },
  {
    name: 'ip',
    type: 'IP',
    shapes: ['d6ipv4', 'd6ipv6'],
    dev: ['The messages came from IP {V}.', 'my ip address is {V} according to the router', 'T|So {V} was the address in the login alerts?', 'he logged in from {V} at 3 am'],
    aside: ['The account was accessed from {V}.', 'ip {V} again, same as last time'],
  },
  {
    name: 'email',
    type: 'EMAIL',
    shapes: ['d6email', 'd6emailUpper', 'd6emailAtDot', 'd6emailBracket', 'd6emailSpaced'],
    dev: [
      'My email is {V}, send the forms there.',
      'email me at {V}',
      'T|Is {V} still the best address for the worksheets?',
      'he made a fake account, {V}, to message me',
      'my work email {V} is monitored so dont use it',
      'You can reach me on {V}.',
    ],
    aside: ['my personal one is {V}', 'T|I have {V} as your address, is that current?', 'She wrote to me from {V} last night.'],
  },
  {
    name: 'phone',
    type: 'PHONE',
    shapes: ['d6phoneIntl', 'd6phoneParen', 'd6phoneDots', 'd6phoneExt', 'd6phonePlain', 'd6phoneWords'],
    dev: [
      'My number is {V}, text don\'t call.',
      'call me on {V} after six',
      'T|Is {V} still the best number for you?',
      'his mobile is {V} and he keeps calling from blocked numbers too',
      'the office line is {V}',
      'my cell {V}, if the other one goes to voicemail',
      'You can reach my sister at {V}.',
    ],
    aside: ['ring me on {V}', 'T|I have {V} for your mum, is that right?', 'Her landline is {V}.', 'the crisis line gave me {V} to call back'],
  },
  {
    name: 'date',
    type: 'DATE',
    shapes: ['d6dateOfMonth', 'd6dateMonthOrd', 'd6dateSlash', 'd6dateDots', 'd6dateOrdWord', 'd6dateWeekday', 'd6dateYear', 'd6dateAbbr'],
    dev: [
      'It happened on {V}, right after my shift.',
      'My court date is {V}.',
      'T|So the relapse was {V}?',
      'we broke up {V} and i havent slept since',
      'the appointment got moved to {V}',
      'He was born {V}, so he is turning four.',
      'I have been sober since {V}.',
    ],
    aside: ['the funeral was {V}', 'T|And you moved out {V}, is that right?', 'Her birthday is {V}, I always forget.', 'I relapsed {V} and told nobody.'],
  },
];

// ---------------------------------------------------------------------------------------------
// The generator: carrier × shape × context, seeded.
// ---------------------------------------------------------------------------------------------
export type Context = 'as-is' | 'lower-chat' | 'no-punct' | 'typo';
const CONTEXTS: readonly Context[] = ['as-is', 'as-is', 'lower-chat', 'no-punct', 'typo'];

/** Applies `f` to the text outside slots only. */
export const outsideSlots = (text: string, f: (s: string) => string): string =>
  text
    .split(/(\{[^}]+\})/)
    .map((part, i) => (i % 2 === 1 ? part : f(part)))
    .join('');

export function typo(text: string, r: Rng): string {
  const words = [...text.matchAll(/\{[^}]+\}|[A-Za-z]{5,}/g)].filter((m) => !m[0].startsWith('{'));
  if (words.length === 0) return text;
  const m = r.pick(words);
  const w = m[0];
  const i = 1 + r.int(w.length - 3);
  const swapped = w.slice(0, i) + w[i + 1]! + w[i]! + w.slice(i + 2);
  return text.slice(0, m.index) + swapped + text.slice(m.index + w.length);
}

export function render(carrier: string, shape: string, type: string, ctx: Context, r: Rng): { speaker: 'Client' | 'Counsellor'; text: string } {
  const speaker = carrier.startsWith('T|') ? 'Counsellor' : 'Client';
  // Every {V} of a carrier takes the same shape (a self-correction says the value twice).
  let text = carrier
    .replace(/^T\|/, '')
    .replace(/\{V=(\w+)\}/g, `{$1:${type}}`)
    .replaceAll('{V}', `{${shape}:${type}}`).replace('{STATE}', r.pick(STATES));
  if (ctx === 'lower-chat') {
    text = outsideSlots(text, (s) => s.toLowerCase().replace(/[.,?!;:']/g, '')).replace(/\{(\w+):(\w+)\}/g, '{$1:$2:lower}');
  } else if (ctx === 'no-punct') {
    text = outsideSlots(text, (s) => s.replace(/[,?!;:]|\.(?=\s|$)/g, ''));
  } else if (ctx === 'typo') {
    text = typo(text, r);
  }
  return { speaker, text };
}

/** Templates for one part: per family, `perFamily` draws of carrier × shape × context. */
export function generateTemplates(
  part: 'dev' | 'aside',
  perFamily: number,
  seed: number,
  families: readonly Family[] = FAMILIES,
  prefix = 'd6',
  contexts: readonly Context[] = CONTEXTS,
): Template[] {
  const r = new Rng(seed);
  const out: Template[] = [];
  for (const fam of families) {
    const carriers = fam[part];
    for (let k = 0; k < perFamily; k++) {
      // Every carrier and every shape is used about equally; the context is drawn.
      const ci = k % carriers.length;
      const shape = fam.shapes[(k + Math.floor(k / carriers.length)) % fam.shapes.length]!;
      const ctx = r.pick(contexts);
      const { speaker, text } = render(carriers[ci]!, shape, fam.type, ctx, r);
      const used = /\{V=(\w+)\}/.exec(carriers[ci]!)?.[1] ?? shape;
      out.push({ id: `${prefix}${part === 'aside' ? 'a' : ''}-${fam.name}-c${ci}-${used.slice(prefix.length)}-${ctx}`, speaker, text });
    }
  }
  return out;
}

export const DEV6_TEMPLATES: readonly Template[] = generateTemplates('dev', 30, 0xd6d6);
export const DEV6_ASIDE_TEMPLATES: readonly Template[] = generateTemplates('aside', 18, 0xa51de);

/** Generated templates injected into the development conversations 0..52 (later generated batches reuse it with their own pickers). */
export const injectDevRows = (
  templates: readonly Template[],
  seed: number,
  count: number,
  pickers: Readonly<Record<string, (r: Rng) => string>> = pickDev6,
): InjectedDoc[] | undefined => {
  const rows = therapyConversations();
  if (rows === undefined) return undefined;
  return rows.slice(DEV_ROWS.from, DEV_ROWS.to + 1).map((d, k) => injectConversation(d, templates, seed + 7877 * (DEV_ROWS.from + k), count, 0, pickers));
};

/** DEV6 (tuning part) in the development conversations 0..52. */
export function injectedTherapyDev6(): Corpus | undefined {
  const docs = injectDevRows(DEV6_TEMPLATES, 0x6d6, 14);
  return docs && { name: 'therapy talk, injected identifier shapes, dev batch 6 (generator; conversations 0-52)', docs, neutral: new Set(['ORG']) };
}

/** DEV6 ASIDE (carriers written separately; score at the end only) in the development conversations 0..52. */
export function injectedTherapyDev6Aside(): Corpus | undefined {
  const docs = injectDevRows(DEV6_ASIDE_TEMPLATES, 0xa6d6, 10);
  return docs && { name: 'therapy talk, injected identifier shapes, dev batch 6 SET ASIDE (conversations 0-52)', docs, neutral: new Set(['ORG']) };
}
