// BLIND held-out v4 templates for the injected therapy benchmark (issue 14). Written by a helper
// session on 2026-12-07 without reading any of Tacet's detection or verification code, and never
// run against the engine by its author. Do not tune the engine on the misses of this set: it is
// meant to be measured once.
//
// What is new here compared with the earlier sets: its own value table (pickHeld4, slot kinds
// prefixed h4) that draws a different SHAPE on every call — SSNs with dashes, spaces, none, read
// out as words, or only the last four; US and international phones with extensions, dots,
// parentheses or spoken digits; e-mails plain, in capitals or spelled out with "at" and "dot";
// dates numeric in both orders, with month names, ordinals, weekdays, spoken years, or a bare
// birth year of someone over 89; Medicare-style and commercial plan numbers; driver's and
// professional licences; plates, vanity plates and VINs; IMEIs, MAC addresses, asset tags; IPv4
// and IPv6; phone-camera, screenshot and messenger file names; fundraising, shop and video URLs;
// court, claim, probation, A-number and student numbers. Lines come in many voices: lower-case
// teen texting, older adults, run-ons, fragments, code-switching, typos, and the counsellor's own
// questions and reflections. Some lines carry no identifier at all but hold look-alike numbers
// (doses, scores, times, room numbers, prices) and capitalised ordinary words, to test precision.
// Conversations after the development rows only, own seed, half 1 of every value draw.
import type { Corpus } from './corpora.ts';
import { DEV_ROWS, injectConversation, therapyConversations, type InjectedDoc, type Template } from './inject.ts';
import type { Rng } from './inject-values.ts';

const C = 'Client' as const;
const T = 'Counsellor' as const;

// ---------------------------------------------------------------------------------------------
// Value helpers (all synthetic).
// ---------------------------------------------------------------------------------------------

/** n digits, leading zeros allowed. */
function raw(r: Rng, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += String(r.int(10));
  return out;
}

/** n characters from digits and the letters a VIN may use. */
function mix(r: Rng, n: number): string {
  const pool = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
  let out = '';
  for (let i = 0; i < n; i++) out += pool[r.int(pool.length)]!;
  return out;
}

function hex(r: Rng, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += '0123456789abcdef'[r.int(16)]!;
  return out;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] as const;

/** Reads a grouped digit string out loud: groups (split on spaces or dashes) joined by commas. */
function sayDigits(r: Rng, grouped: string): string {
  const zero = r.int(2) === 0 ? 'oh' : 'zero';
  return grouped
    .split(/[\s-]+/)
    .filter((g) => g.length > 0)
    .map((g) => [...g].map((c) => (c === '0' ? zero : DIGIT_WORDS[Number(c)]!)).join(' '))
    .join(', ');
}

const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] as const;
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'] as const;
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'] as const;

/** 1..99 in words ("forty-two"). */
function words99(n: number): string {
  if (n < 10) return UNITS[n]!;
  if (n < 20) return TEENS[n - 10]!;
  const t = TENS[Math.floor(n / 10)]!;
  return n % 10 === 0 ? t : `${t}-${UNITS[n % 10]!}`;
}

const ORD_UNITS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'] as const;
const ORD_TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'] as const;

/** 1..31 as an ordinal word ("twenty-third"). */
function ordWord(n: number): string {
  if (n < 10) return ORD_UNITS[n]!;
  if (n < 20) return ORD_TEENS[n - 10]!;
  if (n % 10 === 0) return n === 20 ? 'twentieth' : 'thirtieth';
  return `${TENS[Math.floor(n / 10)]!}-${ORD_UNITS[n % 10]!}`;
}

/** 1..31 with a numeric ordinal suffix ("23rd"). */
function ordNum(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
}

/** A year 2000..2099 said aloud ("twenty twenty-three", "two thousand nine"). */
function yearWords(y: number): string {
  const lo = y % 100;
  if (lo < 10) return lo === 0 ? 'two thousand' : `two thousand ${UNITS[lo]!}`;
  return `twenty ${words99(lo)}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const MON_SHORT = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'Jun.', 'Jul.', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'] as const;
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const WEEKDAYS_SHORT = ['Mon', 'Tues', 'Wed', 'Thurs', 'Fri', 'Sat', 'Sun'] as const;

// ---------------------------------------------------------------------------------------------
// Value pools (all invented except real city, state and country names).
// ---------------------------------------------------------------------------------------------

const H4_FIRST = [
  // Names that are also ordinary words.
  'Clover', 'Forrest', 'Heath', 'Sterling', 'Story', 'Royal', 'Journey', 'Bliss', 'Lake', 'Moss',
  'Birch', 'Ember', 'Haven', 'Justice', 'Noble', 'Oakley', 'Reed', 'Sage', 'True', 'Wren',
  'Merit', 'Harmony', 'Cash', 'Tempest', 'Blue', 'Ocean', 'Raven', 'Gunner', 'Early', 'Temperance',
  // Names from many places.
  'Adaeze', 'Bogdan', 'Itzel', 'Wairimu', 'Soren', 'Nguyet', 'Ilse', 'Cormac', 'Teodora', 'Ravindra',
  'Yolotli', 'Eero', 'Zainab', 'Hamish', 'Lupita', 'Tariq', 'Oksana', 'Mireille', 'Dashiell', 'Ebele',
  'Ludmila', 'Kwabena', 'Sunniva', 'Araceli', 'Thuy', 'Ignatius', 'Philomena', 'Kalani', 'Bjorn', 'Ceridwen',
];

const H4_LAST = [
  'Winterbourne', 'Okonkwo-Reyes', 'Vashchenko', 'Delacroix-Pham', 'Brightwater', 'Quist', 'Abernathy',
  'Mbatha', 'Szabo', 'Featherstone', 'Ferreira', 'Lindqvist', 'Nakashima', 'Oyelaran', 'Castellanos',
  'Pettigrew', 'Ashgrove', 'Thornquist', 'Baptiste', 'Halvorsen', 'Iwu', 'Mulcahy', 'Zielinski', 'Tran-Whitaker',
];

/** Surnames that are also ordinary English words. */
const H4_WORD_LAST = [
  'Sparrow', 'Marsh', 'Fields', 'Bell', 'Cook', 'Hill', 'Church', 'Price', 'Bishop', 'Rich', 'Short',
  'Wise', 'Gentle', 'Moody', 'Sweet', 'Hardy', 'Golden', 'Law', 'Money', 'Stout', 'Lamb', 'Pike', 'Gay', 'Cross',
];

const H4_CITIES = [
  'Dayton', 'Spokane', 'Muncie', 'Tallahassee', 'Bakersfield', 'Duluth', 'Lubbock', 'Scranton', 'Flagstaff',
  'Macon', 'Bangor', 'Pueblo', 'Racine', 'Yakima', 'Eugene', 'Florence', 'Paris', 'Mobile', 'Reading',
  'Independence', 'Normal', 'Liberty', 'Billings', 'Fargo', 'Beaumont', 'Joplin', 'Kalamazoo', 'Provo',
];

const H4_WORLD_CITIES = ['Lagos', 'Manila', 'Guadalajara', 'Lviv', 'Kumasi', 'Pune', 'Hue', 'Cork', 'Medellín', 'Tbilisi', 'Nairobi', 'Cebu'];

const H4_STATES = ['Ohio', 'Washington', 'Indiana', 'Florida', 'California', 'Minnesota', 'Texas', 'Pennsylvania', 'Arizona', 'Georgia', 'Maine', 'Colorado'];
const H4_STATE_ABBR = ['OH', 'WA', 'IN', 'FL', 'CA', 'MN', 'TX', 'PA', 'AZ', 'GA', 'ME', 'CO', 'MT', 'ND', 'MO', 'MI', 'UT'];

const H4_STREET_NAMES = [
  'Larkspur', 'Quarry', 'Old Mill', 'Tanager', 'Wickham', 'Cobblestone', 'Fennimore', 'Juniper Hollow',
  'Sable Creek', 'Ostrander', 'Kestrel', 'Bramblewood', 'Haddon', 'Pinchot', 'Lowgate', 'Thistle',
];
const H4_STREET_SUFFIX = ['Road', 'Rd', 'Street', 'St.', 'Avenue', 'Ave', 'Lane', 'Ln', 'Court', 'Ct', 'Bend', 'Pike', 'Way', 'Drive', 'Terrace', 'Circle'];

const H4_SCHOOLS = [
  'Bluewick Middle School', "Saint Odran's Academy", 'Harrowgate High', 'Pellston Elementary',
  'Marlowe Ridge Junior High', 'Coldwater Valley Community College', 'Tamsin Hollis Prep', 'Eastvale Charter School',
];
const H4_EMPLOYERS = [
  'Copperline Logistics', 'Tidewater Pawn & Loan', 'Ferncastle Dental', 'Brindle & Vane Roofing',
  'Quayside Fulfillment', 'Halloway Poultry', 'Ninefold Call Center', 'Sundrop Car Wash',
];
const H4_CLINICS = [
  'Marrowfield Family Health', 'Lantern Hill Counseling', 'Pinecrest Recovery Center', 'Saltmarsh Community Clinic',
  'Northgate Behavioral Health', 'Orchard Row Pediatrics', 'Greywater Sleep Lab', 'Bellwether Urgent Care',
];
const H4_HOSPITALS = [
  'Northgate Regional Medical Center', "St. Brannock's Hospital", 'Ridgeline General', 'Calloway Memorial',
  'Ashby County Hospital', 'Holloway Valley Medical Center',
];

const H4_NICK_WORDS = ['moonpie', 'tater', 'sprout', 'biscuit', 'gator', 'pickle', 'ziggy', 'beans', 'rocket', 'noodle', 'tank', 'boots'];
const H4_MAIL_DOMAINS = ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'lanternmail.com', 'quillbox.net', 'driftpost.org', 'hotmail.com'];
const H4_AREA_CODES = ['614', '503', '907', '412', '785', '228', '316', '559', '802', '970', '281', '757', '318', '920', '541', '706'];

const firstLower = (r: Rng): string => r.pick(H4_FIRST).toLowerCase();
const lastLower = (r: Rng): string => r.pick([...H4_LAST, ...H4_WORD_LAST]).toLowerCase().replace(/[^a-z]/g, '');

function usPhoneParts(r: Rng): [string, string, string] {
  return [r.pick(H4_AREA_CODES), `${2 + r.int(8)}${raw(r, 2)}`, raw(r, 4)];
}

function usPhone(r: Rng): string {
  const [a, e, n] = usPhoneParts(r);
  const shapes = [
    `(${a}) ${e}-${n}`,
    `${a}.${e}.${n}`,
    `${a}-${e}-${n}`,
    `${a} ${e} ${n}`,
    `+1 ${a} ${e} ${n}`,
    `1-${a}-${e}-${n}`,
    `${a}${e}${n}`,
    `(${a})${e}-${n}`,
    `+1 (${a}) ${e}-${n}`,
  ];
  return r.pick(shapes);
}

function intlPhone(r: Rng): string {
  const shapes = [
    () => `+44 7${raw(r, 3)} ${raw(r, 6)}`,
    () => `+52 55 ${raw(r, 4)} ${raw(r, 4)}`,
    () => `+234 80${raw(r, 1)} ${raw(r, 3)} ${raw(r, 4)}`,
    () => `+63 917 ${raw(r, 3)} ${raw(r, 4)}`,
    () => `+91 9${raw(r, 4)} ${raw(r, 5)}`,
    () => `+33 6 ${raw(r, 2)} ${raw(r, 2)} ${raw(r, 2)} ${raw(r, 2)}`,
    () => `+380 67 ${raw(r, 3)} ${raw(r, 2)} ${raw(r, 2)}`,
    () => `00353 87 ${raw(r, 3)} ${raw(r, 4)}`,
    () => `+254 7${raw(r, 2)} ${raw(r, 6)}`,
    () => `+84 9${raw(r, 1)}-${raw(r, 3)}-${raw(r, 4)}`,
  ];
  return r.pick(shapes)();
}

function email(r: Rng): string {
  const f = firstLower(r);
  const l = lastLower(r);
  const dom = r.pick(H4_MAIL_DOMAINS);
  const [host, tld] = dom.split('.') as [string, string];
  const shapes = [
    () => `${f}.${l}@${dom}`,
    () => `${f[0]!}${l}${raw(r, 2)}@${dom}`,
    () => `${f}_${r.pick(H4_NICK_WORDS)}${raw(r, 3)}@${dom}`,
    () => `${f}${l[0]!}@${dom}`,
    () => `${l}.${f}${1970 + r.int(40)}@${dom}`,
    () => `${r.pick(H4_NICK_WORDS)}.${r.pick(H4_NICK_WORDS)}${raw(r, 2)}@${dom}`,
    () => `${f}.${l}@${host}.${tld}`.replace('@', '+therapy@'),
  ];
  return r.pick(shapes)();
}

function emailObfuscated(r: Rng): string {
  const f = firstLower(r);
  const l = lastLower(r);
  const dom = r.pick(H4_MAIL_DOMAINS);
  const [host, tld] = dom.split('.') as [string, string];
  const shapes = [
    () => `${f} dot ${l} at ${host} dot ${tld}`,
    () => `${f}.${l} [at] ${host} [dot] ${tld}`,
    () => `${f}${l[0]!} at ${host}`,
    () => `${f}_${l} (at) ${host} (dot) ${tld}`,
    () => `${f} underscore ${l} at ${host} dot ${tld}`,
    () => `${f}${raw(r, 2)} AT ${host} DOT ${tld}`,
    () => `${f}.${l}@${dom}`,
  ];
  return r.pick(shapes)();
}

function emailCaps(r: Rng): string {
  const f = r.pick(H4_FIRST);
  const l = r.pick(H4_LAST).replace(/[^A-Za-z]/g, '');
  const org = r.pick(H4_EMPLOYERS).replace(/[^A-Za-z]/g, '');
  const shapes = [
    () => `${f}.${l}@${org}.com`,
    () => `${f[0]!}${l}@${org}.com`.toUpperCase(),
    () => `${f}${l}@${r.pick(H4_MAIL_DOMAINS)}`,
    () => `${f.toUpperCase()}.${l.toUpperCase()}@${r.pick(H4_MAIL_DOMAINS).toUpperCase()}`,
    () => `${l}${f[0]!}@${org}.net`,
  ];
  return r.pick(shapes)();
}

function ssnParts(r: Rng): [string, string, string] {
  return [String(1 + r.int(665)).padStart(3, '0'), pad2(1 + r.int(99)), String(1 + r.int(9999)).padStart(4, '0')];
}

function ssn(r: Rng): string {
  const [a, g, s] = ssnParts(r);
  const shapes = [
    `${a}-${g}-${s}`,
    `${a} ${g} ${s}`,
    `${a}${g}${s}`,
    `${a}-${g}-${s}`,
    `${a} - ${g} - ${s}`,
    `${a}.${g}.${s}`,
    `${a}–${g}–${s}`,
    `${a}-${g}${s}`,
  ];
  return r.pick(shapes);
}

function date(r: Rng): string {
  const y = 2018 + r.int(9);
  const m = 1 + r.int(12);
  const d = 1 + r.int(28);
  const mon = MONTHS[m - 1]!;
  const shapes = [
    () => `${m}/${d}/${y}`,
    () => `${d}/${m}/${y}`,
    () => `${pad2(m)}/${pad2(d)}/${String(y).slice(2)}`,
    () => `${y}-${pad2(m)}-${pad2(d)}`,
    () => `${mon} ${d}`,
    () => `${mon} ${ordNum(d)}`,
    () => `${d} ${mon} ${y}`,
    () => `the ${ordWord(d)} of ${mon}`,
    () => `${MON_SHORT[m - 1]!} ${d}, ${y}`,
    () => `${m}.${d}.${String(y).slice(2)}`,
    () => `${r.pick(WEEKDAYS)} the ${ordNum(d)}`,
    () => `${r.pick(WEEKDAYS)}, ${mon} ${d}`,
    () => `${r.pick(WEEKDAYS_SHORT)} ${m}/${d}`,
    () => `${mon} ${ordWord(d)}, ${yearWords(y)}`,
    () => `${mon} ${d}, ${y}`,
  ];
  return r.pick(shapes)();
}

function dateSpoken(r: Rng): string {
  const y = 2005 + r.int(21);
  const m = 1 + r.int(12);
  const d = 1 + r.int(28);
  const mon = MONTHS[m - 1]!;
  const shapes = [
    () => `the ${ordWord(d)} of ${mon}, ${yearWords(y)}`,
    () => `${mon} ${ordWord(d)}, ${yearWords(y)}`,
    () => `${mon} the ${ordWord(d)}`,
    () => `${r.pick(WEEKDAYS)}, the ${ordWord(d)} of ${mon}`,
    () => `${mon} ${words99(d)}, ${y}`,
  ];
  return r.pick(shapes)();
}

function dayOrd(r: Rng): string {
  const d = 1 + r.int(31);
  return r.pick([`the ${ordNum(d)}`, `the ${ordWord(d)}`, `${r.pick(WEEKDAYS_SHORT).toLowerCase()} the ${ordNum(d)}`]);
}

function ageOver89(r: Rng): string {
  const n = 90 + r.int(15);
  const shapes = [
    () => String(n),
    () => (n < 100 ? words99(n) : n === 100 ? 'a hundred' : `a hundred and ${words99(n - 100)}`),
    () => (n < 100 ? `${words99(n)} and a half` : `one hundred ${words99(n - 100 || 1)}`),
    () => (n < 100 ? `nearly ${words99(n)}` : `${n}`),
  ];
  return r.pick(shapes)();
}

function street(r: Rng): string {
  const num = 1 + r.int(9899);
  const nm = r.pick(H4_STREET_NAMES);
  const suf = r.pick(H4_STREET_SUFFIX);
  const shapes = [
    () => `${num} ${nm} ${suf}`,
    () => `${num} N. ${nm} ${suf}`,
    () => `${num} ${nm} ${suf}, Unit ${1 + r.int(30)}${r.pick(['A', 'B', 'C'])}`,
    () => `${num} ${nm} ${suf} Apt ${1 + r.int(400)}`,
    () => `${num} West ${nm} ${suf}`,
    () => `${num}-${r.pick(['A', 'B'])} ${nm} ${suf}`,
  ];
  return r.pick(shapes)();
}

function zip(r: Rng): string {
  const z = `${1 + r.int(9)}${raw(r, 4)}`;
  return r.pick([z, z, `${z}-${raw(r, 4)}`]);
}

function plate(r: Rng): string {
  const shapes = [
    () => `${1 + r.int(9)}${r.letters(3)}${raw(r, 3)}`,
    () => `${r.letters(3)}-${raw(r, 4)}`,
    () => `${r.letters(3)} ${raw(r, 4)}`,
    () => `${1 + r.int(9)} ${r.letters(3)} ${raw(r, 3)}`,
    () => `${r.letters(2)}${raw(r, 2)} ${r.letters(3)}`,
    () => r.pick(['GR8MOM2', 'NO WRRY', 'LUV2FSH', 'BYE EX', 'ZEN4NOW', 'HOGWLD1', 'SOBER18', 'MOOSEY']),
  ];
  return r.pick(shapes)();
}

function vin(r: Rng): string {
  return `${1 + r.int(5)}${mix(r, 7)}${raw(r, 1)}${mix(r, 2)}${raw(r, 6)}`;
}

// ---------------------------------------------------------------------------------------------
// The picker table.
// ---------------------------------------------------------------------------------------------

export const pickHeld4: Record<string, (r: Rng) => string> = {
  // People.
  h4first: (r) => r.pick(H4_FIRST),
  h4last: (r) => r.pick(H4_LAST),
  h4wordLast: (r) => r.pick(H4_WORD_LAST),
  h4nick: (r) => r.pick(H4_NICK_WORDS).replace(/^./, (c) => c.toUpperCase()),

  // Places.
  h4city: (r) => r.pick(H4_CITIES),
  h4worldCity: (r) => r.pick(H4_WORLD_CITIES),
  h4state: (r) => r.pick(H4_STATES),
  h4stateAbbr: (r) => r.pick(H4_STATE_ABBR),
  h4street: street,
  h4streetName: (r) => `${r.pick(H4_STREET_NAMES)} ${r.pick(H4_STREET_SUFFIX)}`,
  h4zip: zip,

  // Organisations (neutral in scoring).
  h4school: (r) => r.pick(H4_SCHOOLS),
  h4employer: (r) => r.pick(H4_EMPLOYERS),
  h4clinic: (r) => r.pick(H4_CLINICS),
  h4hospital: (r) => r.pick(H4_HOSPITALS),

  // Dates and ages.
  h4date: date,
  h4dateSpoken: dateSpoken,
  h4dayOrd: dayOrd,
  /** A birth year of someone now over 89: identifying under the age rule. */
  h4oldYear: (r) => String(1920 + r.int(16)),
  h4age: ageOver89,

  // Phones and e-mail.
  h4phone: usPhone,
  h4phoneIntl: intlPhone,
  h4phoneWords: (r) => {
    const [a, e, n] = usPhoneParts(r);
    return r.pick([sayDigits(r, `${a}-${e}-${n}`), sayDigits(r, `${a}-${e}-${n.slice(0, 2)} ${n.slice(2)}`), `area code ${sayDigits(r, a)}, ${sayDigits(r, `${e}-${n}`)}`]);
  },
  h4phoneExt: (r) => {
    const [a, e, n] = usPhoneParts(r);
    const x = String(100 + r.int(9900));
    return r.pick([`(${a}) ${e}-${n} ext. ${x}`, `${a}-${e}-${n} x${x}`, `${a}.${e}.${n}, extension ${x}`, `${a} ${e} ${n} ext ${x}`]);
  },
  h4email: email,
  h4emailObf: emailObfuscated,
  h4emailCaps: emailCaps,

  // SSN.
  h4ssn: ssn,
  h4ssnWords: (r) => {
    const [a, g, s] = ssnParts(r);
    return sayDigits(r, `${a}-${g}-${s}`);
  },
  h4ssnLast4: (r) => {
    const s = String(1 + r.int(9999)).padStart(4, '0');
    return r.pick([s, [...s].join(' '), sayDigits(r, s), `${words99(Number(s.slice(0, 2)) || 10)} ${words99(Number(s.slice(2)) || 10)}`]);
  },

  // Medical record and health plan.
  h4mrn: (r) =>
    r.pick([
      () => raw(r, 8),
      () => `E${r.digits(7)}`,
      () => `${raw(r, 4)}-${raw(r, 3)}-${raw(r, 3)}`,
      () => `${r.letters(2)}-${raw(r, 3)}-${raw(r, 4)}`,
      () => r.digits(7),
      () => `M${raw(r, 8)}`,
      () => `${r.digits(3)} ${raw(r, 3)} ${raw(r, 3)}`,
    ])(),
  h4member: (r) =>
    r.pick([
      () => `${r.letters(3)}${r.digits(9)}`,
      () => `W${r.digits(9)}`,
      () => `${r.digits(4)} ${raw(r, 4)} ${raw(r, 2)}`,
      () => `MBR-${raw(r, 8)}`,
      () => `${r.letters(1)}${r.digits(8)}-0${1 + r.int(9)}`,
      () => `${r.letters(2)}${r.digits(7)}${r.letters(1)}`,
    ])(),
  h4group: (r) => r.pick([r.digits(6), `${r.letters(2)}-${r.digits(5)}`, `${r.digits(5)}-${raw(r, 3)}`, `GRP${r.digits(7)}`]),
  h4medicaid: (r) => r.pick([`${r.letters(2)}${r.digits(5)}${r.letters(1)}`, r.digits(10), `${r.digits(9)}-${raw(r, 2)}`]),
  /** Medicare-style identifier: eleven characters, sometimes written in three groups. */
  h4medicare: (r) => {
    const v = `${1 + r.int(9)}${r.letters(1)}${mix(r, 1)}${raw(r, 1)}${r.letters(1)}${mix(r, 1)}${raw(r, 1)}${r.letters(2)}${raw(r, 2)}`;
    return r.pick([v, `${v.slice(0, 4)}-${v.slice(4, 7)}-${v.slice(7)}`, `${v.slice(0, 4)} ${v.slice(4, 7)} ${v.slice(7)}`]);
  },

  // Money.
  h4account: (r) => r.pick([r.digits(10), `${raw(r, 4)}-${raw(r, 4)}-${raw(r, 4)}`, `00${r.digits(8)}`, `${r.digits(3)} ${raw(r, 3)} ${raw(r, 4)}`, `${r.digits(12)}`]),
  h4last4: (r) => r.pick([raw(r, 4), `${raw(r, 2)} ${raw(r, 2)}`, `${r.int(2) === 0 ? 'oh' : 'zero'} ${words99(1 + r.int(9))} ${words99(10 + r.int(89))}`]),
  h4card: (r) => {
    const g = `4${raw(r, 3)}`;
    return r.pick([`${g} ${raw(r, 4)} ${raw(r, 4)} ${raw(r, 4)}`, `${g}-${raw(r, 4)}-${raw(r, 4)}-${raw(r, 4)}`, `5${raw(r, 15)}`, `3${r.pick(['4', '7'])}${raw(r, 2)} ${raw(r, 6)} ${raw(r, 5)}`]);
  },
  h4routing: (r) => r.pick([`0${1 + r.int(3)}${raw(r, 7)}`, `2${r.int(3)}${raw(r, 7)}`, `0${1 + r.int(3)}${raw(r, 1)}-${raw(r, 3)}-${raw(r, 3)}`]),

  // Licences.
  h4license: (r) =>
    r.pick([
      () => `${r.letters(1)}${r.digits(3)}-${raw(r, 4)}-${raw(r, 4)}`,
      () => `${r.letters(1)}${r.digits(7)}`,
      () => r.digits(9),
      () => `${r.letters(2)}${r.digits(6)}`,
      () => `${r.digits(3)} ${raw(r, 3)} ${raw(r, 3)}`,
      () => `${r.letters(1)}${raw(r, 2)}-${raw(r, 3)}-${raw(r, 2)}-${raw(r, 3)}-${raw(r, 1)}`,
    ])(),
  h4proLicense: (r) => r.pick([`LPC-${r.digits(5)}`, `RN${r.digits(7)}`, `MD.${r.digits(6)}`, `LCSW ${r.digits(4)}`, `${r.letters(1)}${r.digits(5)}`, `PN-${r.digits(6)}-${r.letters(1)}`]),

  // Vehicles.
  h4plate: plate,
  h4vin: vin,

  // Devices and network.
  h4serial: (r) =>
    r.pick([
      () => `C02${mix(r, 9)}`,
      () => `SN-${r.digits(4)}-${r.letters(2)}${raw(r, 4)}`,
      () => `${r.letters(3)}${raw(r, 8)}`,
      () => `PX${raw(r, 2)}-${raw(r, 6)}`,
      () => `${r.digits(2)}${r.letters(1)}${raw(r, 2)}${r.letters(1)}${raw(r, 5)}`,
      () => `${mix(r, 4)}-${mix(r, 4)}-${mix(r, 4)}`,
    ])(),
  h4imei: (r) => {
    const v = `35${raw(r, 13)}`;
    return r.pick([v, `${v.slice(0, 2)}-${v.slice(2, 8)}-${v.slice(8, 14)}-${v.slice(14)}`, `${v.slice(0, 2)} ${v.slice(2, 8)} ${v.slice(8, 14)} ${v.slice(14)}`]);
  },
  h4mac: (r) => {
    const parts = Array.from({ length: 6 }, () => hex(r, 2));
    return r.pick([parts.join(':').toUpperCase(), parts.join('-'), parts.join(':'), parts.join('-').toUpperCase()]);
  },
  h4ip: (r) =>
    r.pick([
      () => `${r.pick(['23', '45', '67', '73', '98', '104', '151', '184', '203', '216', '71', '24'])}.${r.int(256)}.${r.int(256)}.${1 + r.int(254)}`,
      () => `2601:${hex(r, 3)}:${hex(r, 4)}:${hex(r, 4)}::${hex(r, 2)}`,
      () => `2a02:${hex(r, 4)}:${hex(r, 2)}:${hex(r, 4)}:${hex(r, 4)}:${hex(r, 4)}:${hex(r, 4)}:${hex(r, 4)}`,
      () => `${r.pick(['76', '99', '108', '174'])}.${r.int(256)}.${r.int(256)}.${1 + r.int(254)}`,
    ])(),

  // Photographs and files.
  h4photo: (r) => {
    const y = 2019 + r.int(7);
    const stamp = `${y}${pad2(1 + r.int(12))}${pad2(1 + r.int(28))}`;
    const time = `${pad2(r.int(24))}${pad2(r.int(60))}${pad2(r.int(60))}`;
    return r.pick([
      () => `IMG_${raw(r, 4)}.HEIC`,
      () => `PXL_${stamp}_${time}${raw(r, 3)}.jpg`,
      () => `${stamp}_${time}.jpg`,
      () => `Screenshot ${y}-${pad2(1 + r.int(12))}-${pad2(1 + r.int(28))} at ${1 + r.int(12)}.${pad2(r.int(60))}.${pad2(r.int(60))} PM.png`,
      () => `DSC0${raw(r, 4)}.JPG`,
      () => `${firstLower(r)}_${r.pick(['hospital', 'graduation', 'funeral', 'before', 'beach', 'court'])}_${raw(r, 2)}.jpeg`,
      () => `WhatsApp Image ${y}-${pad2(1 + r.int(12))}-${pad2(1 + r.int(28))} at ${pad2(r.int(24))}.${pad2(r.int(60))}.${pad2(r.int(60))}.jpeg`,
      () => `Snapchat-${r.digits(9)}.jpg`,
    ])();
  },

  // Web.
  h4url: (r) => {
    const f = firstLower(r);
    const l = lastLower(r);
    return r.pick([
      () => `https://www.gofundme.com/f/help-${f}-${l}-${r.pick(['recover', 'come-home', 'fight-back', 'rebuild'])}`,
      () => `gofundme.com/f/${f}${l}-memorial`,
      () => `www.${r.pick(['emberandwick', 'saltandsorrel', 'crookedpinecandles', 'moth-and-mason'])}.com/shop`,
      () => `https://${f}${l}.substack.com`,
      () => `linktr.ee/${f}.${r.pick(H4_NICK_WORDS)}`,
      () => `bit.ly/${mix(r, 7)}`,
      () => `youtube.com/@${f}${l}${raw(r, 2)}`,
      () => `https://www.facebook.com/${f}.${l}.${r.digits(3)}`,
      () => `${f}${l}.wordpress.com/about`,
      () => `https://www.etsy.com/shop/${f[0]!.toUpperCase()}${f.slice(1)}Makes${raw(r, 2)}`,
    ])();
  },
  h4handle: (r) => {
    const f = firstLower(r);
    const n = r.pick(H4_NICK_WORDS);
    return r.pick([
      () => `@${f}.${lastLower(r)}${raw(r, 2)}`,
      () => `${f}_${n}${r.digits(2)}`,
      () => `u/${n}_${r.pick(['throwaway', 'anon', 'tired', 'night'])}_${r.digits(4)}`,
      () => `${n}${f}#${raw(r, 4)}`,
      () => `@the.real.${n}`,
      () => `${f}x${n}x${raw(r, 3)}`,
    ])();
  },

  // Other numbers that point at one person.
  h4case: (r) => r.pick([`${2019 + r.int(7)}-CV-${r.digits(5)}`, `JD-${r.digits(2)}-${raw(r, 4)}`, `${r.digits(2)}DR${raw(r, 5)}`, `FC ${2019 + r.int(7)}-${raw(r, 6)}`, `PO-${r.digits(7)}`]),
  h4claim: (r) => r.pick([`CLM-${r.digits(9)}`, `${r.digits(3)}-${raw(r, 4)}-${raw(r, 3)}`, `${r.letters(2)}${r.digits(10)}`, r.digits(11)]),
  h4passport: (r) => r.pick([r.digits(9), `${r.letters(1)}${r.digits(7)}`, `${r.letters(2)}${r.digits(7)}`, `${r.letters(1)}${r.digits(8)}`]),
  h4anumber: (r) => r.pick([`A${r.digits(9)}`, `A-${raw(r, 3)}-${raw(r, 3)}-${raw(r, 3)}`, `A ${r.digits(3)} ${raw(r, 3)} ${raw(r, 3)}`]),
  h4student: (r) => r.pick([`S${r.digits(7)}`, r.digits(8), `${2030 + r.int(6)}${raw(r, 4)}`, `${r.letters(2)}${raw(r, 6)}`]),
  h4employee: (r) => r.pick([r.digits(6), `E-${raw(r, 5)}`, `${r.letters(1)}${r.digits(5)}${r.letters(1)}`]),
  h4probation: (r) => r.pick([`P${r.digits(6)}`, `${r.digits(3)}-${raw(r, 4)}`, `DOC ${r.digits(6)}`, `${r.letters(2)}${r.digits(5)}`]),

  // NOT identifiers: look-alike numbers for precision lines (used only in unlabelled slots).
  h4dose: (r) => r.pick(['50 mg', '0.5 milligrams', 'two 10s', '150 of the Wellbutrin', '1,000 mg', 'half a 25', '20 milligram', '0.25 of the clonazepam']),
  h4score: (r) => String(r.int(28)),
  h4time: (r) => r.pick(['7:15', '6:40', 'quarter past nine', '10:05', 'half past four', '11:50']),
  h4room: (r) => r.pick(['Room 4', 'Suite 210', 'Room 12B', 'Bay 3', 'Group Room 2']),
  h4count: (r) => r.pick(['3', 'four', '5 and a half', 'maybe two', '11']),
  h4bp: (r) => `${110 + r.int(40)}/${70 + r.int(25)}`,
  h4money: (r) => r.pick(['$1,240', '$85', 'four hundred bucks', '$2,310.50', '$19.99', 'twelve grand']),
  h4version: (r) => `${14 + r.int(5)}.${r.int(8)}.${r.int(3)}`,
};

// ---------------------------------------------------------------------------------------------
// Templates.
// ---------------------------------------------------------------------------------------------

export const HELD4_TEMPLATES: readonly Template[] = [
  // Teen texting, lower case.
  { id: 'h4-txt-skip', speaker: C, text: 'skipped 3rd period w {h4first:NAME:lower} again, we just sat in her car lmao' },
  { id: 'h4-txt-snap', speaker: C, text: 'his snap is {h4handle:OTHER_ID:lower} but dont tell him i showed u' },
  { id: 'h4-txt-addy', speaker: C, text: 'ok so her addy is {h4street:GEO:lower} if the school asks, i basically live there now' },
  { id: 'h4-txt-number', speaker: C, text: 'new number btw {h4phone:PHONE}, mom took the old phone' },
  { id: 'h4-txt-bday', speaker: C, text: 'its literally my bday {h4date:DATE:lower} and nobody even planned anything' },
  { id: 'h4-txt-airdrop', speaker: C, text: 'she airdropped {h4photo:PHOTO} to the whole bus before i could stop her' },
  { id: 'h4-txt-plate', speaker: C, text: 'dad finally let me drive the civic, tags {h4plate:VEHICLE:lower}, and i backed it into a pole day one' },
  { id: 'h4-txt-coach', speaker: C, text: 'coach {h4wordLast:NAME:lower} benched me the whole {h4school:ORG:lower} game n didnt even say why' },
  { id: 'h4-txt-link', speaker: C, text: 'ppl keep sending me {h4url:URL:lower} its a whole page making fun of me' },
  { id: 'h4-txt-email', speaker: C, text: 'my school email is {h4email:EMAIL:lower} if u wanna send the breathing thing' },
  { id: 'h4-txt-great-gran', speaker: C, text: 'my great gran is {h4age:AGE:lower} n she texts faster than me fr' },
  { id: 'h4-txt-ip', speaker: C, text: 'someone logged into my insta from {h4ip:IP} and i def wasnt there' },

  // Older adults.
  { id: 'h4-old-sister-age', speaker: C, text: 'My sister {h4first:NAME} will be {h4age:AGE} come spring, and she still insists on driving herself to choir.' },
  { id: 'h4-old-born', speaker: C, text: 'Mother was born in {h4oldYear:DATE}, so she remembers the ration books and never throws out a crust.' },
  { id: 'h4-old-medicare', speaker: C, text: 'The Medicare card has that long number, {h4medicare:HEALTH_PLAN}, and I keep it in the freezer so burglars will not think to look.' },
  { id: 'h4-old-husband', speaker: C, text: 'My husband, {h4first:NAME} {h4last:NAME}, passed on {h4date:DATE}, and the house has not made a sound since.' },
  { id: 'h4-old-phone-words', speaker: C, text: 'My grandson set up the telephone, it is {h4phoneWords:PHONE}, I had to write it on the back of my hand.' },
  { id: 'h4-old-pension', speaker: C, text: 'The pension people want the account ending in {h4last4:ACCOUNT} confirmed before they send anything.' },
  { id: 'h4-old-hearing', speaker: C, text: 'The audiologist jotted the serial, {h4serial:DEVICE}, on a little yellow note, which I promptly misplaced.' },
  { id: 'h4-old-ssn-spoken', speaker: C, text: 'In my day you read your social out loud at the bank counter, {h4ssnWords:SSN}, and nobody so much as blinked.' },

  // The counsellor's questions and reflections.
  { id: 'h4-q-aunt-age', speaker: T, text: 'And your aunt is {h4age:AGE}, you said, and still on her own in that house?' },
  { id: 'h4-q-referral', speaker: T, text: 'I can send the referral over to {h4clinic:ORG}; do you know if their number is still {h4phone:PHONE}?' },
  { id: 'h4-q-reflect-name', speaker: T, text: 'So when {h4first:NAME} stopped answering, it landed like being left all over again.' },
  { id: 'h4-q-since', speaker: T, text: 'It has been quiet since {h4date:DATE}, is that right, nothing to drink since then?' },
  { id: 'h4-q-portal', speaker: T, text: 'I will put the worksheet in the portal under record {h4mrn:MRN}, so look for it tonight.' },
  { id: 'h4-q-email-back', speaker: T, text: 'Let me read your address back so the link gets to you: {h4email:EMAIL}, yes?' },
  { id: 'h4-q-member', speaker: T, text: 'Your plan lists member number {h4member:HEALTH_PLAN}; did they ask you for a new authorisation?' },
  { id: 'h4-q-where', speaker: T, text: 'Are you at {h4street:GEO} now, with your cousin, or did that fall through?' },
  { id: 'h4-q-grandfather', speaker: T, text: 'You mentioned your grandfather is {h4age:AGE}; how has he been managing since the fall?' },
  { id: 'h4-q-which-day', speaker: T, text: 'Was the argument on {h4dayOrd:DATE}, or the weekend after?' },

  // Run-ons.
  { id: 'h4-run-move', speaker: C, text: 'so we loaded everything into a rented truck and drove through the night to {h4city:GEO} and her mother was already standing on the porch at {h4street:GEO} like she had been waiting there a week' },
  { id: 'h4-run-stop', speaker: C, text: 'I got pulled over and the trooper took my licence, {h4license:LICENSE}, and then the VIN on the paperwork, {h4vin:VEHICLE}, did not match the car because the dealer typed it wrong, and I just started shaking and could not stop' },
  { id: 'h4-run-joint', speaker: C, text: 'He had his name on our joint account, {h4account:ACCOUNT}, and he emptied it the week I was in the hospital and the bank keeps saying there is nothing they can do about it' },
  { id: 'h4-run-email-mom', speaker: C, text: 'and then my mom forwards the whole thread from {h4emailObf:EMAIL} to every single cousin like it was a newsletter and I wanted to disappear' },

  // Fragments.
  { id: 'h4-frag-date', speaker: C, text: '{h4dayOrd:DATE}. That was the day. Never again.' },
  { id: 'h4-frag-name', speaker: C, text: 'Him. {h4first:NAME}. Every night, in my head.' },
  { id: 'h4-frag-town', speaker: C, text: 'Back to {h4city:GEO}. Again. Third time.' },

  // Code-switching.
  { id: 'h4-cs-abuela', speaker: C, text: 'Mi abuela {h4first:NAME} tiene {h4age:AGE} años and she still makes tamales for the whole block.' },
  { id: 'h4-cs-tio', speaker: C, text: 'My tío lives out in {h4city:GEO}, pero he never calls unless he needs something.' },
  { id: 'h4-cs-nanay', speaker: C, text: 'Sabi ng nanay ko, call her at {h4phoneIntl:PHONE}, pero the time difference is killing me.' },
  { id: 'h4-cs-passport', speaker: C, text: 'Papa keeps saying beta, just fill the form, passport number {h4passport:OTHER_ID}, yaar it is not that simple.' },
  { id: 'h4-cs-photo', speaker: C, text: "Ma mère m'a envoyé {h4photo:PHOTO}, et honestly I could not even open it." },
  { id: 'h4-cs-home-call', speaker: C, text: 'Every Sunday I call my mother in {h4worldCity:GEO} on {h4phoneIntl:PHONE}, it is the only thing that keeps me upright.' },

  // Typos.
  { id: 'h4-typo-appt', speaker: C, text: 'my apointment is {h4date:DATE} at teh {h4clinic:ORG} but i cant aford the copay' },
  { id: 'h4-typo-ssn', speaker: C, text: 'they wanted my socail {h4ssn:SSN} on the form and i wrote it wrong twice' },
  { id: 'h4-typo-email', speaker: C, text: 'can u resend it to {h4emailObf:EMAIL}, i think i typoed it last tiem' },
  { id: 'h4-typo-licence', speaker: C, text: 'lost my lisence again lol, number {h4license:LICENSE:lower} if the court ask' },

  // Safety, courts and the police.
  { id: 'h4-dv-plate', speaker: C, text: 'I know his truck, a grey pickup, plate {h4plate:VEHICLE}, and it was outside my work twice this week.' },
  { id: 'h4-dv-ip', speaker: C, text: 'The detective said the messages came from {h4ip:IP}, which turned out to be the café across from his place.' },
  { id: 'h4-dv-imei', speaker: C, text: 'They wanted the IMEI of my old phone, {h4imei:DEVICE}, to check whether he had put tracking on it.' },
  { id: 'h4-dv-order', speaker: C, text: 'The protective order is number {h4case:OTHER_ID}, and a copy lives in my glovebox.' },
  { id: 'h4-court-custody', speaker: C, text: 'Custody hearing for {h4case:OTHER_ID} is set for {h4date:DATE}, and I have not slept right since the letter.' },
  { id: 'h4-probation', speaker: C, text: 'My probation officer, Mr. {h4last:NAME}, has me as {h4probation:OTHER_ID} and calls me by the number, not my name.' },
  { id: 'h4-discord', speaker: C, text: 'He found me on discord as {h4handle:OTHER_ID} and started up again, new account, same person.' },

  // Veterans and work.
  { id: 'h4-vet-claim', speaker: C, text: 'The VA has me under claim {h4claim:OTHER_ID} and it has sat pending for fourteen months.' },
  { id: 'h4-vet-buddy', speaker: C, text: 'My buddy {h4first:NAME} {h4wordLast:NAME} from the unit rang out of nowhere on {h4date:DATE}.' },
  { id: 'h4-work-badge', speaker: C, text: 'HR took my badge, employee number {h4employee:OTHER_ID}, and walked me out past everybody.' },
  { id: 'h4-work-nurse', speaker: C, text: 'If the board hears about this, my nursing licence, {h4proLicense:LICENSE}, is finished.' },
  { id: 'h4-work-cdl', speaker: C, text: 'I drive for {h4employer:ORG} and my CDL is {h4license:LICENSE}; one more strike and the route is gone.' },
  { id: 'h4-work-ext', speaker: C, text: 'My desk line is {h4phoneExt:PHONE}, but please never leave a message that says counselling.' },
  { id: 'h4-work-caps-email', speaker: C, text: 'My work address is {h4emailCaps:EMAIL}, but do not ever use it for any of this.' },
  { id: 'h4-doc-licence', speaker: C, text: 'I looked up Dr. {h4last:NAME} and his medical licence, {h4proLicense:LICENSE}, had a complaint against it.' },

  // Gambling and money.
  { id: 'h4-gamble-cards', speaker: C, text: 'I maxed the card ending {h4last4:ACCOUNT}, then the other one, {h4card:ACCOUNT}, and then I stopped opening the mail.' },
  { id: 'h4-gamble-emails', speaker: C, text: 'The betting app emails {h4email:EMAIL} every morning at seven, like it knows.' },
  { id: 'h4-gamble-routing', speaker: C, text: 'I gave my brother the routing number, {h4routing:ACCOUNT}, so he could pay my rent, and he paid his own.' },

  // Immigration, school, family.
  { id: 'h4-imm-anumber', speaker: C, text: 'My A-number is {h4anumber:OTHER_ID}; the lawyer said not to tell anyone, but you are not anyone.' },
  { id: 'h4-school-student', speaker: C, text: 'The school emailed about my son, student ID {h4student:OTHER_ID}, saying he has missed nineteen days.' },
  { id: 'h4-school-teacher', speaker: C, text: 'Mrs. {h4wordLast:NAME} at {h4school:ORG} is the first teacher who ever phoned with good news.' },
  { id: 'h4-family-emergency', speaker: C, text: 'Put my sister down as the emergency contact, {h4first:NAME} {h4wordLast:NAME}, {h4phone:PHONE}.' },
  { id: 'h4-family-nick', speaker: C, text: 'We all call my stepbrother "{h4nick:NAME}" and honestly he has earned worse.' },

  // Health records, plans and devices.
  { id: 'h4-er-bracelet', speaker: C, text: 'The ER bracelet said {h4mrn:MRN}, and I kept it in my wallet as a reminder of how close it got.' },
  { id: 'h4-discharge', speaker: C, text: 'The discharge papers from {h4hospital:ORG} have my chart number, {h4mrn:MRN}, printed on every page.' },
  { id: 'h4-pharmacy-id', speaker: C, text: 'the pharmacy kept asking for my patient id, {h4mrn:MRN:lower}, and i did not have it on me' },
  { id: 'h4-plan-group', speaker: C, text: 'The plan through work is group {h4group:HEALTH_PLAN}, and the ID on my card is {h4member:HEALTH_PLAN}.' },
  { id: 'h4-plan-medicaid', speaker: C, text: 'They dropped my Medicaid, ID {h4medicaid:HEALTH_PLAN}, because I missed one letter.' },
  { id: 'h4-pump', speaker: C, text: 'My insulin pump, serial {h4serial:DEVICE}, alarmed at three in the morning and I cried on the bathroom floor.' },
  { id: 'h4-cpap-mac', speaker: C, text: 'The sleep clinic said my CPAP reports in from {h4mac:DEVICE}, so they can see every night I skip it.' },
  { id: 'h4-laptop-tag', speaker: C, text: 'The school laptop, asset tag {h4serial:DEVICE}, got taken from my locker and now they want me to pay for it.' },

  // Identity numbers.
  { id: 'h4-ssn-last4', speaker: C, text: 'The collector read me the last four of my social, {h4ssnLast4:SSN}, and I hung up on him.' },
  { id: 'h4-ssn-sticky', speaker: C, text: 'i wrote my ssn on a sticky note, {h4ssn:SSN}, and now i cant find it anywhere' },
  { id: 'h4-ssn-daughter', speaker: C, text: "My ex used our daughter's social, {h4ssn:SSN}, to open a credit card in her name." },
  { id: 'h4-vin-repo', speaker: C, text: 'They repossessed the car, VIN {h4vin:VEHICLE}, straight out of the church lot during the service.' },
  { id: 'h4-ip-game', speaker: C, text: 'He got banned from the game and the appeal email listed his IP as {h4ip:IP}.' },
  { id: 'h4-ip-router', speaker: C, text: 'My roommate checks the router log and says my laptop at {h4ip:IP} is online at four every morning.' },

  // Places.
  { id: 'h4-zip-desert', speaker: C, text: 'All of {h4zip:GEO} is a food desert, the nearest grocery is two buses away.' },
  { id: 'h4-zip-city', speaker: C, text: 'We are moving to {h4city:GEO}, {h4stateAbbr:GEO} {h4zip:GEO}, to be closer to her parents.' },
  { id: 'h4-address-court', speaker: C, text: "Send the court letter to {h4street:GEO}, {h4city:GEO}, {h4state:GEO}; that is my aunt's place." },
  { id: 'h4-neighbour', speaker: C, text: 'The guy on {h4streetName:GEO} plays drums until two in the morning and I am losing it.' },

  // Web and pictures.
  { id: 'h4-grief-page', speaker: C, text: 'We made a memorial page for {h4first:NAME}, {h4url:URL}, and I check it every night.' },
  { id: 'h4-grief-spoken', speaker: C, text: 'He died on {h4dateSpoken:DATE}, and every year that morning I wake before the alarm.' },
  { id: 'h4-url-shop', speaker: C, text: 'I finally put my candles online, {h4url:URL}, first sale in three years of trying.' },
  { id: 'h4-url-videos', speaker: C, text: 'He posts videos about our divorce at {h4url:URL} and the kids watch them.' },
  { id: 'h4-photo-threat', speaker: C, text: 'I saved the threat as {h4photo:PHOTO} and sent it on to the lawyer.' },
  { id: 'h4-photo-lowest', speaker: C, text: 'There is still {h4photo:PHOTO} on my phone from my lowest weight, and I look at it too often.' },

  // NO identifier: look-alike numbers and capitalised ordinary words (precision).
  { id: 'h4-no-phq', speaker: T, text: 'Your PHQ-9 came in at {h4score} today, down from {h4score} last month, which is worth noticing.' },
  { id: 'h4-no-dose', speaker: T, text: 'Are you still taking the {h4dose} at night, or did the prescriber change it?' },
  { id: 'h4-no-room', speaker: C, text: '{h4room} again. Same chair. Same ticking clock.' },
  { id: 'h4-no-988', speaker: C, text: 'I nearly called 988 on Thursday, I had the screen open and everything.' },
  { id: 'h4-no-vitals', speaker: C, text: 'I slept {h4count} hours, took the {h4dose}, and the pharmacy machine said {h4bp}.' },
  { id: 'h4-no-bus', speaker: C, text: 'The {h4time} bus is always late, so I miss the start of group.' },
  { id: 'h4-no-summer', speaker: C, text: 'Summer is the hardest season for me now. Bill after bill after bill.' },
  { id: 'h4-no-step', speaker: C, text: 'I am on Step 4, the inventory, and Chapter 7 is looking like the only way out of the debt.' },
  { id: 'h4-no-money', speaker: C, text: 'The transmission was {h4money} and the deposit was another {h4money}, so that was the month.' },
  { id: 'h4-no-brands', speaker: C, text: 'I went from Zoloft to Lexapro and now Wellbutrin on top, plus melatonin gummies from the Dollar aisle.' },
  { id: 'h4-no-scale', speaker: T, text: 'On a scale of 0 to 10, where is the urge right now, and where was it at 3 a.m.?' },
  { id: 'h4-no-grounding', speaker: T, text: 'Let us run the 5-4-3-2-1 again: five things you can see, four you can hear.' },
  { id: 'h4-no-update', speaker: C, text: 'My phone updated to {h4version} overnight and every one of my reminders vanished.' },
  { id: 'h4-no-grade', speaker: C, text: 'She is in Grade 10 now, reading at Level 3, and the IEP meeting is at 2:30 in {h4room}.' },
  { id: 'h4-no-halves', speaker: C, text: 'Took 2 of the 25s instead of 1 of the 50s, same thing, right?' },
  { id: 'h4-no-rich', speaker: C, text: 'Rich people never have to choose between rent and therapy. Grace period on the loan ends Friday.' },
];

/** HELD4 templates in the conversations after the development rows, seeded apart from the other sets. */
export function injectedTherapyHeld4(): Corpus | undefined {
  const rows = therapyConversations();
  if (rows === undefined) return undefined;
  const docs: InjectedDoc[] = rows
    .slice(DEV_ROWS.to + 1)
    .map((d, k) => injectConversation(d, HELD4_TEMPLATES, 0x4b1d + 6151 * k, 10, 1, pickHeld4));
  return { name: 'therapy talk, blind held-out v4 templates', docs, neutral: new Set(['ORG']) };
}
