// Synthetic identifier values for the injected therapy benchmark (bench/deid/inject.ts). Every
// list here is written for Tacet: invented people, invented clinics and employers, real US city
// names (cities are public knowledge; pairing them with invented streets and ZIPs identifies no
// one). The name pools deliberately hold names that are also ordinary words (Hope, Will, Frost,
// Stone), because those are what a detector built on lists gets wrong.

/** A deterministic generator (xorshift32, Marsaglia 2003) so every run injects the same text. */
export class Rng {
  private s: number;
  /**
   * Which half of every value list this generator draws from (even or odd entries), so the dev
   * and held-out injections share no name, place or employer either.
   */
  readonly half: 0 | 1;
  constructor(seed: number, half: 0 | 1 = 0) {
    this.s = seed >>> 0 || 0x9e3779b9;
    this.half = half;
  }
  next(): number {
    let x = this.s;
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    this.s = x >>> 0;
    return this.s / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  /** A value from this generator's half of a value list. */
  from<T>(xs: readonly T[]): T {
    const n = Math.floor((xs.length - this.half + 1) / 2);
    return xs[2 * this.int(n) + this.half]!;
  }
  digits(n: number): string {
    let out = '';
    for (let i = 0; i < n; i++) out += String(i === 0 ? 1 + this.int(9) : this.int(10));
    return out;
  }
  letters(n: number): string {
    let out = '';
    for (let i = 0; i < n; i++) out += 'ABCDEFGHJKLMNPRSTUVWXYZ'[this.int(23)]!;
    return out;
  }
}

export const FIRST_NAMES = [
  // Names that are also words.
  'Hope', 'Faith', 'Will', 'Grace', 'Joy', 'June', 'Rose', 'Summer', 'Dawn', 'Autumn', 'Ivy', 'Ruby',
  'Pearl', 'Amber', 'Crystal', 'Hunter', 'Chase', 'Mason', 'Frank', 'Bill', 'Art', 'Guy', 'Sandy',
  'Rusty', 'Sunny', 'Skye', 'River', 'Brooke', 'Destiny', 'Precious', 'Major', 'Paz', 'Sol', 'Luz',
  'Miles', 'Gay', 'Cliff', 'Stormy', 'Lucky', 'Honey',
  // Names from many places, common and rare.
  'Marisol', 'Oluwaseun', 'Nkechi', 'Thanh', 'Ximena', 'Tomasz', 'Siobhan', 'Dmitri', 'Priyanka',
  'Keanu', 'Aigerim', 'Fatoumata', 'Bartholomew', 'Ingrid', 'Yusuf', 'Kenji', 'Valentina', 'Lior',
  'Mehmet', 'Amara', 'Colm', 'Rafferty', 'Dolores', 'Eustace', 'Winifred', 'Thaddeus', 'Jolene',
  'Tobias', 'Wen', 'Anneliese', 'Kwabena', 'Saoirse', 'Bogdan', 'Imani', 'Dashiell', 'Consuelo',
];

export const LAST_NAMES = [
  // Surnames that are also words.
  'Baker', 'Fields', 'Stone', 'Young', 'Rivers', 'Moody', 'Church', 'Hall', 'Hill', 'King', 'Day',
  'Little', 'Sharp', 'Frost', 'Wolf', 'Bird', 'Cash', 'Goodman', 'Strong', 'Friend', 'Summers',
  'Winter', 'Love', 'Rich', 'Short', 'Sparks', 'Waters', 'Banks', 'Noble', 'Swift', 'Gentry', 'Mercy',
  // Surnames from many places.
  'Okonkwo', 'Nguyen', 'Castellanos', 'Abernathy', 'Kowalczyk', 'Haddad', 'Lindqvist', 'Fairweather',
  'Adewumi', 'Takahashi', 'Petrosyan', 'Delacroix', 'MacAllister', "O'Rourke", 'Szymanski',
  'Achterberg', 'Quintero', 'Ferreira-Lopes', 'Van Houten', 'Mbeki', 'Ruiz de la Torre', 'Halvorsen',
];

export const CITIES = [
  // Place names that are also words or names.
  'Mobile', 'Paradise', 'Liberty', 'Independence', 'Eugene', 'Normal', 'Enterprise', 'Hope', 'Friendship',
  'Surprise', 'Commerce', 'Temple', 'Orange', 'Marathon', 'Sandy', 'Florence', 'Jackson', 'Chester',
  // Other cities.
  'Tacoma', 'Duluth', 'Fresno', 'Gainesville', 'Scranton', 'Bozeman', 'Kalamazoo', 'Poughkeepsie',
  'Chattanooga', 'Boise', 'Yakima', 'Las Cruces', 'Eau Claire', 'Fort Collins', 'Cedar Rapids',
  'St. Cloud', 'Bakersfield', 'Flagstaff', 'Lubbock', 'Terre Haute',
];

export const STATES: ReadonlyArray<[string, string]> = [
  ['Alabama', 'AL'], ['Oregon', 'OR'], ['Texas', 'TX'], ['Minnesota', 'MN'], ['Iowa', 'IA'],
  ['Ohio', 'OH'], ['Maine', 'ME'], ['Indiana', 'IN'], ['Montana', 'MT'], ['Georgia', 'GA'],
  ['Washington', 'WA'], ['Michigan', 'MI'], ['New Mexico', 'NM'], ['Colorado', 'CO'], ['Idaho', 'ID'],
];

/** Second development batch (inject-dev2.ts): towns written with a Canadian or Australian region. */
export const TOWNS_WITH_REGION: ReadonlyArray<[string, string]> = [
  ['Kelowna', 'BC'], ['Moncton', 'NB'], ['Red Deer', 'AB'], ['Brandon', 'MB'], ['Toowoomba', 'QLD'],
  ['Ballarat', 'VIC'], ['Wagga Wagga', 'NSW'], ['Bunbury', 'WA'], ['Lethbridge', 'Alberta'], ['Nanaimo', 'B.C.'],
];
/** Invented neighbourhoods and landmarks, several made of everyday words. */
export const NEIGHBOURHOODS = [
  'Larchmont Heights', 'Dogwood Flats', 'Brightwater', 'Cedar Bluff', 'Kingsgate', 'Millbrook', 'Foxhollow',
  'Ashby Park', 'Tanner Hill', 'Wrenfield', 'Copper Ridge', 'Orchard Glen',
];
export const LANDMARKS = [
  'Gaslight Square', 'Heron Point Pier', 'Millennium Fountain', 'Quarry Ridge Mall', 'Lakeview Cemetery',
  'Sawmill Creek Trail', 'Bellamy Stadium', 'Founders Plaza',
];
export const COUNTIES = ['Harlan County', 'Pike County', 'Lowndes County', 'Ottawa County', 'Brazos County', 'Skagit County'];

const STREET_NAMES = [
  'Larkspur', 'Juniper', 'Old Mill', 'Kestrel', 'Brandywine', 'Quarry', 'Wren Hollow', 'Maple', 'Cherry',
  'Second', 'Harbor View', 'Pheasant Run', 'Sycamore', 'Tallow Creek', 'Lincoln', 'Hawthorne', 'Ninth',
];
const STREET_SUFFIXES = ['Street', 'St.', 'Avenue', 'Ave', 'Road', 'Rd', 'Lane', 'Court', 'Drive', 'Way', 'Terrace', 'Blvd'];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ORDINAL_WORDS = [
  '', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
  'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth',
  'twentieth', 'twenty-first', 'twenty-second', 'twenty-third', 'twenty-fourth', 'twenty-fifth',
  'twenty-sixth', 'twenty-seventh', 'twenty-eighth',
];
const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const suffix = (d: number): string => (d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th');
const pad2 = (n: number): string => String(n).padStart(2, '0');

export const pick = {
  first: (r: Rng): string => r.from(FIRST_NAMES),
  last: (r: Rng): string => r.from(LAST_NAMES),
  city: (r: Rng): string => r.from(CITIES),
  state: (r: Rng): string => r.from(STATES)[0],
  stateAbbr: (r: Rng): string => r.from(STATES)[1],
  zip: (r: Rng): string => r.digits(5),
  townWithRegion: (r: Rng): string => {
    const [town, region] = r.from(TOWNS_WITH_REGION);
    return `${town}, ${region}`;
  },
  neighbourhood: (r: Rng): string => r.from(NEIGHBOURHOODS),
  landmark: (r: Rng): string => r.from(LANDMARKS),
  county: (r: Rng): string => r.from(COUNTIES),
  apt: (r: Rng): string => `${1 + r.int(30)}${r.pick(['', 'A', 'B', 'C'])}`,
  street: (r: Rng): string => `${1 + r.int(9899)} ${r.from(STREET_NAMES)} ${r.pick(STREET_SUFFIXES)}`,
  clinic: (r: Rng): string =>
    r.pick([
      () => `${r.from(LAST_NAMES)} Family Practice`,
      () => `${r.from(CITIES)} Community Health Center`,
      () => `Saint ${r.from(['Agnes', 'Brendan', 'Cyril', 'Hedwig'])} Medical Center`,
      () => `Bright Harbor Counseling`,
      () => `${r.from(['Riverbend', 'Cold Spring', 'Tamarack', 'Northgate'])} Behavioral Health`,
      () => `${r.from(LAST_NAMES)} Memorial Hospital`,
    ])(),
  school: (r: Rng): string =>
    r.pick([() => `${r.from(LAST_NAMES)} Middle School`, () => `${r.from(CITIES)} Community College`, () => `Holy Cross Academy`, () => `${r.from(STREET_NAMES)} Elementary`])(),
  employer: (r: Rng): string =>
    r.from(['Pacific Rim Logistics', 'Big Sky Grocers', 'Kestrel Dynamics', 'the Tallow Creek Diner', 'Northgate Auto Body', 'Ferris & Lamb Accounting']),
  /** A month and day, with or without a year, in one of many spellings. */
  date: (r: Rng): string => {
    const m = 1 + r.int(12);
    const d = 1 + r.int(28);
    const y = 2019 + r.int(8);
    const name = MONTHS[m - 1]!;
    return r.pick([
      () => `${name} ${d}`,
      () => `${name} ${d}${suffix(d)}`,
      () => `${d} ${name}`,
      () => `the ${d}${suffix(d)} of ${name}`,
      () => `${m}/${d}`,
      () => `${m}/${d}/${String(y).slice(2)}`,
      () => `${pad2(m)}-${pad2(d)}-${y}`,
      () => `${y}-${pad2(m)}-${pad2(d)}`,
      () => `${name.slice(0, 3)} ${d}`,
      () => `${name.slice(0, 3)}. ${d}${suffix(d)}, ${y}`,
      () => `${name} ${ORDINAL_WORDS[d]!}`,
      () => `${name} ${d}, ${y}`,
      () => `${m}.${d}.${y}`,
    ])();
  },
  phone: (r: Rng): string => {
    const a = r.digits(3);
    const b = r.digits(3);
    const c = r.digits(4);
    return r.pick([() => `(${a}) ${b}-${c}`, () => `${a}-${b}-${c}`, () => `${a}.${b}.${c}`, () => `${a} ${b} ${c}`, () => `+1 ${a} ${b} ${c}`, () => `1-${a}-${b}-${c}`])();
  },
  /** A phone number read out: digits as words, "oh" for zero, some groups left as digits. */
  phoneSpoken: (r: Rng): string => {
    const groups = [r.digits(3), r.digits(3), r.digits(4)];
    const say = (g: string): string => [...g].map((ch) => (ch === '0' && r.next() < 0.5 ? 'oh' : DIGIT_WORDS[Number(ch)]!)).join(' ');
    return groups.map((g, i) => (i === 2 && r.next() < 0.4 ? g : say(g))).join(r.pick([', ', ' ', '... ']));
  },
  email: (r: Rng): string => {
    const f = r.from(FIRST_NAMES).toLowerCase();
    const l = r.from(LAST_NAMES).toLowerCase().replace(/[^a-z]/g, '');
    return `${r.pick([`${f}.${l}`, `${f}${r.digits(2)}`, `${f[0]!}${l}`, `${l}_${f}`])}@${r.pick(['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'protonmail.com', 'hotmail.com'])}`;
  },
  /** An address spelled out the way people say it. */
  emailSpoken: (r: Rng): string => {
    const f = r.from(FIRST_NAMES).toLowerCase();
    const l = r.from(LAST_NAMES).toLowerCase().replace(/[^a-z]/g, '');
    const local = r.pick([`${f} dot ${l}`, `${f} underscore ${l}`, `${f}${l}`, `${f} ${r.digits(2)}`]);
    return `${local} at ${r.pick(['gmail', 'yahoo', 'outlook', 'icloud', 'hotmail'])} dot com`;
  },
  memberId: (r: Rng): string => r.pick([() => `${r.letters(3)}${r.digits(9)}`, () => `${r.letters(3)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, () => `W${r.digits(8)}`, () => `${r.digits(4)}-${r.digits(5)}-${r.letters(1)}`])(),
  groupNumber: (r: Rng): string => `${r.pick(['GRP', 'G', ''])}${r.digits(6)}`,
  plate: (r: Rng): string => r.pick([() => `${r.digits(1)}${r.letters(3)}${r.digits(3)}`, () => `${r.letters(3)} ${r.digits(4)}`, () => `${r.letters(3)}-${r.digits(4)}`, () => `${r.letters(2)}${r.digits(1)} ${r.letters(1)}${r.digits(2)}`])(),
  serial: (r: Rng): string => r.pick([() => `${r.letters(2)}${r.digits(4)}${r.letters(1)}${r.digits(4)}`, () => `${r.digits(1)}${r.letters(1)}${r.digits(1)}-${r.digits(5)}-${r.letters(2)}`, () => r.digits(15)])(),
  handle: (r: Rng): string => {
    const f = r.from(FIRST_NAMES).toLowerCase();
    return `@${r.pick([`${f}${r.digits(2)}`, `${f}.${r.pick(['paints', 'lifts', 'bakes', 'runs'])}`, `${r.pick(['sunny', 'quiet', 'wild'])}_${f}_${r.digits(2)}`])}`;
  },
  ageOver89: (r: Rng): string => String(90 + r.int(16)),
  ageOver89Words: (r: Rng): string => {
    const n = 90 + r.int(10);
    return n === 90 ? 'ninety' : `${TENS[9]!}-${DIGIT_WORDS[n - 90]!}`;
  },
  ssn: (r: Rng): string => `${r.digits(3)}-${r.digits(2)}-${r.digits(4)}`,
  mrn: (r: Rng): string => r.pick([() => `MR ${r.digits(7)}`, () => `${r.digits(2)}-${r.digits(2)}-${r.digits(4)}`, () => `P-${r.digits(7)}`, () => r.digits(8)])(),
  driversLicense: (r: Rng): string => r.pick([() => `${r.letters(1)}${r.digits(4)}-${r.digits(5)}-${r.digits(1)}`, () => `${r.letters(1)}${r.digits(8)}`, () => `DL ${r.digits(9)}`])(),
  account: (r: Rng): string => r.pick([() => `${r.digits(4)} ${r.digits(4)} ${r.digits(4)}`, () => r.digits(11), () => `${r.digits(3)}-${r.digits(6)}-${r.digits(2)}`])(),
  url: (r: Rng): string => {
    const f = r.from(FIRST_NAMES).toLowerCase();
    const l = r.from(LAST_NAMES).toLowerCase().replace(/[^a-z]/g, '');
    return r.pick([`gofundme.com/f/${f}-${l}-recovery`, `${f}${l}.wordpress.com`, `www.${l}family.net/${f}`, `https://linktr.ee/${f}_${l}`]);
  },
  ip: (r: Rng): string => `${r.pick(['10', '172', '192', '73', '98'])}.${r.int(256)}.${r.int(256)}.${1 + r.int(254)}`,
  photo: (r: Rng): string => r.pick([() => `IMG_${r.digits(4)}.jpg`, () => `IMG_${r.digits(4)}.HEIC`, () => `PXL_2024${r.digits(4)}_${r.digits(6)}.jpg`, () => `DSC0${r.digits(4)}.JPG`])(),
};
