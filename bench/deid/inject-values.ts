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

// ---------------------------------------------------------------------------------------------
// Value pools and pickers of the BLIND held-out set v3 (inject-held3.ts), written 2026-12-06 by a
// helper who had not read the engine, its resources or its error listings. Every pool here is
// new: no name, nickname, town, street, neighbourhood, venue, clinic or school of the lists above,
// so a detector that learnt the earlier values gains nothing. They are drawn with `pick` (the
// whole list), not `from`: only the v3 set uses them. They are appended after the earlier pickers
// and consume nothing of their generators, so the earlier sets' text is unchanged.

export const HELD3_FIRST_NAMES = [
  // Names that are also words.
  'Bliss', 'Story', 'Sterling', 'Clay', 'Penny', 'Robin', 'Jade', 'Melody', 'Reed', 'Dusty', 'Misty',
  'Heath', 'Lane', 'Wade', 'Glen', 'Dale', 'Merry', 'Patience', 'Royal', 'Journey', 'Cherish', 'Lark',
  // Names from many places, with hyphens, apostrophes and inner capitals.
  'Tekle', 'Anh', 'Bongani', 'Radhika', 'Eero', 'Ngozi', 'Zbigniew', 'Ayelet', 'Mattias', 'Guadalupe',
  'Ifeoma', 'Hoang', 'Sione', 'Marguerite', 'Leopold', 'Darnell', 'Beatriz', 'Cormac', 'Niamh', 'Oksana',
  'Tariq', 'Yolanda', 'Kaito', 'Rashida', 'Ezekiel', 'Odessa', 'Mary-Kate', "D'Andre", 'Jean-Luc', 'LaToya',
  'DeShawn', 'McKenna',
];
/** Nicknames, several of them ordinary words. */
export const HELD3_NICKNAMES = [
  'Bubba', 'Junebug', 'Tiny', 'Boo', 'Smitty', 'Red', 'Peanut', 'Sissy', 'Bear', 'Buck', 'Cookie', 'Gigi',
  'JoJo', 'Bev', 'Gord', 'Tex', 'Pip', 'Moose', 'Bitsy', 'Lulu', 'Fitz', 'Dot',
];
/** Surnames that are everyday words. */
export const HELD3_WORD_SURNAMES = [
  'Carpenter', 'Potter', 'Weaver', 'Fox', 'Lamb', 'Best', 'Price', 'Long', 'Marsh', 'Brooks', 'Gardner',
  'Shepherd', 'Cook', 'Mills', 'Pope', 'Bishop', 'Rice', 'Hunt', 'Wise', 'Bell', 'Hardy', 'Sweet',
  'Meadows', 'Bright', 'Lovejoy', 'Savage', 'Steele', 'Beach', 'Snow', 'Woods', 'Burns',
];
export const HELD3_LAST_NAMES = [
  ...HELD3_WORD_SURNAMES,
  'Oyelaran', 'Vukovic', 'Esposito', 'Nakamura', 'Thibodeaux', 'Ramanathan', 'Mwangi', 'Lindgren', 'Oduya',
  'Kealoha', 'St. Pierre', 'Van der Berg', 'McGillicuddy', 'Abubakar', 'Yazzie', 'Begay', 'Chukwu',
];
/** Real US towns (public knowledge), several of them words. */
export const HELD3_TOWNS = [
  'Opportunity', 'Bountiful', 'Sweet Home', 'Battle Creek', 'Hazard', 'Walla Walla', 'Bismarck', 'Muskogee',
  'Ypsilanti', 'Altoona', 'Dubuque', 'Kenosha', 'Waco', 'Beaumont', 'Pueblo', 'Ogden', 'Medford', 'Salina',
  'Joplin', 'Billings', 'Truth or Consequences', 'Bath', 'Plainview', 'Hot Springs',
];
const HELD3_STREET_NAMES = [
  'Alder', 'Fifth', 'Greenway', 'Mulberry', 'Cottonwood', 'Beacon', 'Delancey', 'Pruitt', 'Tamarind',
  'Yellowstone', 'Ridgecrest', 'Buchanan', 'Seventh', 'Locust',
];
const HELD3_ROADS = ['Route 9', 'County Road 12', 'Highway 61', 'State Road 44', 'Farm Road 1410', 'Old Post Road', 'Route 30A', 'Township Road 219'];
export const HELD3_NEIGHBOURHOODS = [
  'Five Points', 'Fairmount', 'Garfield Heights', 'Tinker Flats', 'Holly Grove', 'Ironbound', 'Cabbagetown',
  'Old Fourth Ward', 'Shadyside', 'Pilsen', 'Swede Hollow', 'Lower Bottoms',
];
/** Named venues: rinks, bars, parks, chapels, gyms. */
export const HELD3_VENUES = [
  'Starlite Roller Rink', 'Blue Heron Tavern', 'Dunmore Park', 'Greenleaf Bowling Lanes', 'Sacred Heart Chapel',
  'Iron Works Gym', 'Paloma Cantina', 'Riverside Skate Park', 'Pinewood Drive-In', 'Marigold Community Garden',
  'Rusty Spur Saloon', 'Cresthaven Rec Center',
];
const HELD3_CLINICS = [
  'Pinecrest Detox', 'Harborview Recovery Center', "St. Odile's", 'Willow Creek Treatment Center',
  'Maplewood Urgent Care', 'Lakeshore Psychiatric Hospital', 'Sundance Methadone Clinic', 'Good Shepherd Hospice',
  'Three Rivers Women\'s Clinic', 'Alder Grove Crisis Unit',
];
const HELD3_SCHOOLS = [
  'Ridgeline High', 'Marlow Elementary', 'Saint Brigid Catholic School', 'Eastwood Junior High',
  'Lakota Trail Academy', 'Cedar Valley Community College', 'Northshore Technical Institute',
];
const HELD3_WORKPLACES = [
  'Hartwell Poultry', 'Kwik Stop Fuel', 'Grand Vista Casino', 'Ames Distribution Center', 'Bluebonnet Nursing Home',
  'Tri-County Waste', 'Lucky Dragon Buffet',
];
const HELD3_VANITY_PLATES = ['GRTFUL1', 'SOBR4VR', 'MOMSCAB', 'NOXCUSE', '2BLESSD', 'RUN4IT', 'BIGRED7'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];

/** A two-digit group read as people read it: "oh one", "fifteen", "ninety-nine", "forty". */
const sayPair = (p: string): string => {
  const t = Number(p[0]);
  const u = Number(p[1]);
  if (t === 0) return `oh ${DIGIT_WORDS[u]!}`;
  if (t === 1) return TEENS[u]!;
  return u === 0 ? TENS[t]! : `${TENS[t]!}-${DIGIT_WORDS[u]!}`;
};
/** Digits read one by one, with "double" for a repeated digit. */
const sayDoubles = (g: string): string => {
  const out: string[] = [];
  for (let i = 0; i < g.length; i++) {
    if (g[i] === g[i + 1]) {
      out.push(`double ${DIGIT_WORDS[Number(g[i])]!}`);
      i++;
    } else out.push(g[i] === '0' ? 'oh' : DIGIT_WORDS[Number(g[i])]!);
  }
  return out.join(' ');
};
const hex = (r: Rng, n: number): string => Array.from({ length: n }, () => '0123456789abcdef'[r.int(16)]!).join('');
const plainName = (s: string): string => s.toLowerCase().replace(/[^a-z]/g, '');
const held3Person = (r: Rng): [string, string] => [plainName(r.pick(HELD3_FIRST_NAMES)), plainName(r.pick(HELD3_LAST_NAMES))];
const yearWords = (y: number): string => `twenty ${sayPair(String(y).slice(2))}`;

export const pickHeld3 = {
  first3: (r: Rng): string => r.pick(HELD3_FIRST_NAMES),
  nick3: (r: Rng): string => r.pick(HELD3_NICKNAMES),
  wordLast3: (r: Rng): string => r.pick(HELD3_WORD_SURNAMES),
  last3: (r: Rng): string => r.pick(HELD3_LAST_NAMES),
  /** A surname then spelled letter by letter: "Weaver, W-E-A-V-E-R". */
  lastSpelled3: (r: Rng): string => {
    const n = r.pick(HELD3_WORD_SURNAMES);
    return `${n}, ${[...n.toUpperCase()].join('-')}`;
  },
  town3: (r: Rng): string => r.pick(HELD3_TOWNS),
  streetName3: (r: Rng): string => r.pick(HELD3_STREET_NAMES),
  road3: (r: Rng): string => r.pick(HELD3_ROADS),
  hood3: (r: Rng): string => r.pick(HELD3_NEIGHBOURHOODS),
  venue3: (r: Rng): string => r.pick(HELD3_VENUES),
  clinic3: (r: Rng): string => r.pick(HELD3_CLINICS),
  school3: (r: Rng): string => r.pick(HELD3_SCHOOLS),
  work3: (r: Rng): string => r.pick(HELD3_WORKPLACES),
  zip4: (r: Rng): string => `${r.digits(5)}-${String(r.int(10000)).padStart(4, '0')}`,
  /** A date said aloud: ordinals in words, "the third of May", "May the third, twenty twenty-two". */
  dateSpoken3: (r: Rng): string => {
    const name = MONTHS[r.int(12)]!;
    const d = 1 + r.int(28);
    const y = 2018 + r.int(9);
    const ord = ORDINAL_WORDS[d]!;
    return r.pick([
      () => `the ${ord} of ${name}`,
      () => `${name} the ${ord}`,
      () => `${name} ${ord}, ${yearWords(y)}`,
      () => `${ord} of ${name}`,
      () => `${name} ${d < 10 ? DIGIT_WORDS[d]! : d < 20 ? TEENS[d - 10]! : sayPair(String(d))}`,
      () => `${name.slice(0, name === 'September' ? 4 : 3)}. ${d}${suffix(d)}`,
    ])();
  },
  /** A date as written on forms and letters, in spellings the earlier pickers do not make. */
  dateWritten3: (r: Rng): string => {
    const m = 1 + r.int(12);
    const d = 1 + r.int(28);
    const y = 2018 + r.int(9);
    const mon = MONTHS[m - 1]!.slice(0, 3);
    return r.pick([
      () => `${d} ${mon} ${y}`,
      () => `${y}/${pad2(m)}/${pad2(d)}`,
      () => `${pad2(d)}.${pad2(m)}.${y}`,
      () => `${mon}-${d}-${String(y).slice(2)}`,
      () => `${m}/${d}/${y}`,
      () => `${d}-${mon}-${y}`,
      () => `${mon} ${pad2(d)} ${y}`,
      () => `${MONTHS[m - 1]!.toUpperCase()} ${d}`,
      () => `${MONTHS[m - 1]!} ${d}${suffix(d)} ${y}`,
    ])();
  },
  monthYear3: (r: Rng): string => {
    const name = MONTHS[r.int(12)]!;
    const y = 2017 + r.int(9);
    return r.pick([() => `${name} ${y}`, () => `${name} of ${y}`, () => `${name.slice(0, 3)}. ${y}`, () => `${name} '${String(y).slice(2)}`])();
  },
  age90n3: (r: Rng): string => String(90 + r.int(20)),
  /** Ages over 89 in words, without the hyphen the earlier picker writes, and past a hundred. */
  age90w3: (r: Rng): string => {
    const n = 90 + r.int(15);
    if (n < 100) return n === 90 ? 'ninety' : `ninety ${DIGIT_WORDS[n - 90]!}`;
    return n === 100 ? 'one hundred' : `one hundred and ${DIGIT_WORDS[n - 100]!}`;
  },
  phone3: (r: Rng): string => {
    const a = r.digits(3);
    const b = r.digits(3);
    const c = String(r.int(10000)).padStart(4, '0');
    return r.pick([
      () => `(${a})${b}-${c}`,
      () => `${a}/${b}-${c}`,
      () => `${a}${b}${c}`,
      () => `${b}-${c}`,
      () => `${a}-${b}-${c} ext. ${r.digits(2)}`,
      () => `+44 7${r.digits(3)} ${r.digits(6)}`,
      () => `${a} ${b}-${c}`,
    ])();
  },
  areaCode3: (r: Rng): string => r.digits(3),
  phoneLocal3: (r: Rng): string => `${r.digits(3)}${r.pick(['-', ' '])}${String(r.int(10000)).padStart(4, '0')}`,
  /** A number read aloud with "double" and, for the last four, two pairs: "oh one, ninety-nine". */
  phonePairs3: (r: Rng): string => {
    const last = String(r.int(10000)).padStart(4, '0');
    const tail = r.next() < 0.5 ? `${sayPair(last.slice(0, 2))}, ${sayPair(last.slice(2))}` : sayDoubles(last);
    return `${sayDoubles(r.digits(3))}, ${sayDoubles(r.digits(3))}, ${tail}`;
  },
  emailObf3: (r: Rng): string => {
    const [f, l] = held3Person(r);
    const dom = r.pick(['gmail', 'yahoo', 'aol', 'proton', 'comcast']);
    return r.pick([
      () => `${f}.${l} [at] ${dom} [dot] com`,
      () => `${f}${l} (at) ${dom} (dot) net`,
      () => `${f.toUpperCase()}.${l.toUpperCase()}@${dom.toUpperCase()}.COM`,
      () => `${f}_${l}@${dom}.co.uk`,
      () => `${l}${r.digits(4)} at ${dom}`,
    ])();
  },
  emailWork3: (r: Rng): string => {
    const [f, l] = held3Person(r);
    return r.pick([
      () => `${f[0]!}${l}@hartwellpoultry.com`,
      () => `${f}.${l}@co.${r.pick(['yakima', 'pueblo', 'salina'])}.${r.pick(['wa', 'co', 'ks'])}.us`,
      () => `${l}${f[0]!}@ridgeline.k12.or.us`,
      () => `${f}@${l}-roofing.biz`,
    ])();
  },
  url3: (r: Rng): string => {
    const [f, l] = held3Person(r);
    return r.pick([
      () => `facebook.com/${f}.${l}.${1 + r.int(9)}`,
      () => `youtube.com/@${f}${l}vlogs`,
      () => `bit.ly/${r.digits(1)}${r.letters(3).toLowerCase()}${r.letters(3)}`,
      () => `www.${f}${l}-writes.com`,
      () => `${f}${l}.substack.com`,
      () => `linkedin.com/in/${f}-${l}-${r.digits(4)}`,
      () => `https://medium.com/@${f}.${l}`,
    ])();
  },
  handle3: (r: Rng): string => {
    const [f, l] = held3Person(r);
    return r.pick([
      () => `${f}${l}_${r.digits(2)}`,
      () => `${f}.${l}`,
      () => `xX${f}Xx`,
      () => `${f[0]!.toUpperCase()}${f.slice(1)}#${r.digits(4)}`,
      () => `${f}_the_${r.pick(['otter', 'moth', 'raccoon', 'goblin'])}`,
      () => `@${l}${r.digits(3)}`,
    ])();
  },
  ip3: (r: Rng): string =>
    r.pick([
      () => `2601:${hex(r, 4)}:${hex(r, 4)}:${hex(r, 3)}::${1 + r.int(9)}${hex(r, 1)}`,
      () => `10.0.${r.int(256)}.${1 + r.int(254)}`,
      () => `100.${64 + r.int(64)}.${r.int(256)}.${1 + r.int(254)}`,
      () => `fe80::${hex(r, 4)}:${hex(r, 4)}:${1 + r.int(9)}${hex(r, 3)}`,
    ])(),
  plate3: (r: Rng): string =>
    r.pick([
      () => [...`${r.digits(1)}${r.letters(3)}${r.digits(3)}`].join('-'),
      () => r.pick(HELD3_VANITY_PLATES),
      () => `${r.letters(3)} ${r.digits(3)}`,
      () => `${r.digits(3)} ${r.letters(3)}`,
      () => `${r.letters(1)}${r.digits(2)}-${r.letters(3)}`,
    ])(),
  imei3: (r: Rng): string => {
    const parts = [r.digits(2), r.digits(6), r.digits(6), String(r.int(10))];
    return parts.join(r.pick([' ', '-', '']));
  },
  implant3: (r: Rng): string => r.pick([() => `${r.letters(3)}${r.digits(6)}H`, () => `${r.digits(4)}-${r.letters(2)}-${r.digits(4)}`, () => `SN${r.digits(9)}`])(),
  mac3: (r: Rng): string => Array.from({ length: 6 }, () => hex(r, 2).toUpperCase()).join(':'),
  /** Medicare Beneficiary Identifier shape (digit, letters, digits), with or without dashes. */
  mbi3: (r: Rng): string => {
    const s = [`${r.digits(1)}${r.letters(2)}${r.digits(1)}`, `${r.letters(2)}${r.digits(1)}`, `${r.letters(2)}${r.digits(2)}`];
    return s.join(r.pick(['-', '']));
  },
  medicaid3: (r: Rng): string => r.pick([() => `${r.letters(2)}${r.digits(5)}${r.letters(1)}`, () => r.digits(10), () => `${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`])(),
  mrn3: (r: Rng): string => r.pick([() => `00${r.digits(6)}`, () => `H${r.digits(7)}`, () => `${r.digits(3)}-${r.digits(3)}-${r.digits(1)}`, () => `E${r.digits(7)}`])(),
  last4: (r: Rng): string => String(r.int(10000)).padStart(4, '0'),
  account3: (r: Rng): string =>
    r.pick([() => `${r.digits(5)}-${r.digits(2)}`, () => `${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)}`, () => `${r.digits(2)}${r.letters(1)}${r.digits(7)}`])(),
  license3: (r: Rng): string => r.pick([() => `RN${r.digits(6)}`, () => `${r.letters(2)}.${r.digits(7)}`, () => `LPN-${r.digits(5)}`, () => r.digits(7)])(),
  ssnSpoken3: (r: Rng): string => {
    const say = (g: string): string => [...g].map((ch) => DIGIT_WORDS[Number(ch)]!).join(' ');
    return [r.digits(3), r.digits(2), r.digits(4)].map(say).join(r.pick([', ', ' dash ']));
  },
  photo3: (r: Rng): string => {
    const y = 2019 + r.int(7);
    const md = `${pad2(1 + r.int(12))}${pad2(1 + r.int(28))}`;
    const hms = `${pad2(r.int(24))}${pad2(r.int(60))}${pad2(r.int(60))}`;
    return r.pick([
      () => `Screenshot_${y}${md}-${hms}.png`,
      () => `IMG-${y}${md}-WA00${r.digits(2)}.jpg`,
      () => `${y}${md}_${hms}.jpg`,
      () => `WhatsApp Image ${y}-${md.slice(0, 2)}-${md.slice(2)} at ${hms.slice(0, 2)}.${hms.slice(2, 4)}.${hms.slice(4)}.jpeg`,
    ])();
  },
  /** A reference to a stored voiceprint or fingerprint record. */
  biometric3: (r: Rng): string => r.pick([() => `VP-${r.digits(6)}-${r.letters(1)}`, () => `FP${r.digits(8)}`, () => `${r.letters(2)}${r.digits(4)}-BIO`])(),
  caseNo3: (r: Rng): string => r.pick([() => `${r.letters(2)}-${2018 + r.int(9)}-${r.digits(6)}`, () => `${r.digits(2)}JV${r.digits(4)}`, () => `${r.digits(2)}-DR-${r.digits(5)}`])(),
  inmate3: (r: Rng): string => r.pick([() => r.digits(6), () => `${r.letters(1)}${r.digits(5)}`, () => `${r.digits(3)}-${r.digits(3)}`])(),
};

// ---------------------------------------------------------------------------------------------
// Value pools and pickers of the third DEVELOPMENT set (inject-dev3.ts), written 2026-12-06 for
// issue 14 after held out v3 showed the engine fits its template shapes. Its own pools (no value
// of the first two sets' lists), drawn with `pick` from the whole list since only dev3 uses them.
// Appended in their own table and consuming nothing of the other generators, so every earlier
// set's text stays byte-identical.
export const DEV3_FIRST_NAMES = [
  // Names that are also words or look like them.
  'Clementine', 'Bramwell', 'Honeysuckle', 'Tansy', 'Larkin', 'Cinder', 'Hazelle', 'Flintlock', 'Primrose',
  'Temperance', 'Bronco', 'Jubilee',
  // Names from many places.
  'Zebulon', 'Oona', 'Thaddea', 'Ilsabet', 'Kasimir', 'Ludovica', 'Ebenezer', 'Aurelio', 'Philippa', 'Lorcan',
  'Nnamdi', 'Adaeze', 'Ikaika', 'Leilani', 'Svetozar', 'Mireille', 'Eleazar', 'Berenike', 'Teodoro', 'Gwenllian',
  'Anouk', 'Casimira', 'Oyelade', 'Thorvald', 'Ximeno', 'Quilla', 'Radomir', 'Fionnuala',
];
export const DEV3_NICKNAMES = ['Bumblebee', 'Noodle', 'Pickles', 'Sprout', 'Tater', 'Gizmo', 'Jellybean', 'Chipmunk', 'Boomer', 'Squirt'];
/** Surnames that are everyday words, the hardest for a list-based detector. */
export const DEV3_WORD_SURNAMES = [
  'Kettle', 'Pepper', 'Thimble', 'Saddler', 'Basket', 'Candle', 'Button', 'Marble', 'Fiddler', 'Copper', 'Barley',
  'Thistle', 'Bramble', 'Pebble', 'Harrow', 'Lantern', 'Ladder', 'Oatley',
];
export const DEV3_LAST_NAMES = [
  'Oyelaran-Bright', 'Wrzesniewski', 'Thibodeaux-Lyle', 'Villaseñor', 'Nakamura-Ellis', 'Okafor-Dunne', 'Lindgren-Sato', 'Delgadillo',
  'McCreadie', 'Aboagye-Mensah', 'Ferraroni', 'Yilmazer', 'Kaczmarczyk', 'Duboisvert', 'Penningworth', 'Whitlocke', 'Gallaghan',
];
export const DEV3_TOWNS = [
  // Towns that are also words, names or foreign capitals, then other towns.
  'Boring', 'Ideal', 'Protection', 'Peculiar', 'Defiance', 'Warsaw', 'Vienna', 'Moscow', 'Lima', 'Dublin', 'Paris',
  'Hannibal', 'Tupelo', 'Keokuk', 'Yreka', 'Nacogdoches', 'Wapakoneta', 'Ottumwa', 'Chillicothe', 'Kankakee',
  'Sheboygan', 'Tuscaloosa', 'Natchitoches', 'Winnemucca', 'Klamath Falls', 'Oshkosh', 'Punxsutawney',
];
export const DEV3_STATES: ReadonlyArray<[string, string]> = [
  ['Kentucky', 'KY'], ['Nebraska', 'NE'], ['Arkansas', 'AR'], ['Vermont', 'VT'], ['Wyoming', 'WY'], ['Louisiana', 'LA'],
  ['Missouri', 'MO'], ['Utah', 'UT'], ['Mississippi', 'MS'], ['Pennsylvania', 'PA'], ['North Carolina', 'NC'], ['West Virginia', 'WV'],
];
const DEV3_STREET_NAMES = ['Fulton', 'Delancey', 'Cottonwood', 'Pershing', 'Division', 'Poplar', 'Tenth', 'Grand', 'Walnut', 'Beecher', 'Mulberry', 'Eastman'];
const DEV3_ROADS = ['Route 66', 'Highway 12', 'County Road 7', 'Miller Road', 'I-94', 'Interstate 80', 'Farm to Market 2222', 'Sawgrass Road', 'Rural Route 3'];
export const DEV3_NEIGHBOURHOODS = [
  'Quailwood Commons', 'Gristmill Row', 'Old Cannery District', 'Larkspur Hollow', 'Tannery Flats', 'Bellweather Park',
  'Foundry Heights', 'Sumac Knolls', 'Pigeon Roost', 'Cinder Bottoms',
];
export const DEV3_VENUES = [
  'Copper Kettle Tavern', 'Bowl-O-Rama Lanes', 'Thirsty Goat', 'VFW Post 5521', 'Gold Nugget Bingo Hall',
  'Blue Moon Diner', 'Suds City Laundromat',
];
const DEV3_CLINICS = [
  'St. Columba Hospital', 'Mercy Ridge Medical Center', 'Lakeshore Recovery Center', 'Hillcrest Detox', 'Fairhaven Psychiatric Hospital',
  'Dunmore Clinic', 'Greenbrier Urgent Care', 'Valley Oaks Rehab', 'Good Samaritan', 'Bayside Methadone Clinic',
];
const DEV3_SCHOOLS = ['Westfield High', 'Pinewood Elementary', 'Carver Middle', 'Tri-County Vocational'];
const DEV3_WORKPLACES = ['the Dollar Depot', 'Ridgeline Poultry', 'Hartwell Nursing Home', 'Quick Lube on Fifth'];

const dev3Person = (r: Rng): [string, string] => [r.pick(DEV3_FIRST_NAMES), r.pick([...DEV3_LAST_NAMES, ...DEV3_WORD_SURNAMES])];
const dev3Lower = (s: string): string => s.toLowerCase().replace(/[^a-z]/g, '');
const DEV3_DIGITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const dev3Say = (r: Rng, g: string): string => [...g].map((ch) => (ch === '0' && r.next() < 0.5 ? 'oh' : DEV3_DIGITS[Number(ch)]!)).join(' ');
/** Digits read with "double" for a repeated digit, as people do on the phone. */
const dev3Doubles = (r: Rng, g: string): string => {
  const out: string[] = [];
  for (let i = 0; i < g.length; i++) {
    const w = g[i] === '0' ? 'oh' : DEV3_DIGITS[Number(g[i])]!;
    if (g[i + 1] === g[i]) {
      out.push(`double ${w}`);
      i++;
    } else out.push(w);
  }
  return out.join(' ');
};
const dev3Teen = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const dev3Tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** A two-digit group read as a number ("forty-two", "oh seven", "eighteen"). */
const dev3Pair = (p: string): string => {
  const n = Number(p);
  if (p[0] === '0') return `oh ${DEV3_DIGITS[n]!}`;
  if (n < 20) return dev3Teen[n - 10]!;
  return n % 10 === 0 ? dev3Tens[Math.floor(n / 10)]! : `${dev3Tens[Math.floor(n / 10)]!}-${DEV3_DIGITS[n % 10]!}`;
};
const dev3Months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const dev3Ord = (d: number): string => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;
const DEV3_ORD_WORDS = [
  '', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
  'twenty-first', 'twenty-second', 'twenty-third', 'twenty-fourth', 'twenty-fifth', 'twenty-sixth', 'twenty-seventh', 'twenty-eighth',
];
const p2 = (n: number): string => String(n).padStart(2, '0');
const hexd = (r: Rng, n: number): string => Array.from({ length: n }, () => '0123456789ABCDEF'[r.int(16)]!).join('');

export const pickDev3 = {
  d3first: (r: Rng): string => r.pick(DEV3_FIRST_NAMES),
  d3nick: (r: Rng): string => r.pick(DEV3_NICKNAMES),
  d3wordLast: (r: Rng): string => r.pick(DEV3_WORD_SURNAMES),
  d3last: (r: Rng): string => r.pick([...DEV3_LAST_NAMES, ...DEV3_WORD_SURNAMES]),
  /** A surname followed by its spelling, both parts of the name span. */
  d3lastSpelled: (r: Rng): string => {
    const l = r.pick(DEV3_LAST_NAMES).replace(/[^A-Za-z]/g, '');
    return `${l}, ${[...l.toUpperCase()].join(r.pick(['-', ' ', '. ']))}`;
  },
  d3town: (r: Rng): string => r.pick(DEV3_TOWNS),
  d3state: (r: Rng): string => r.pick(DEV3_STATES)[0],
  d3townState: (r: Rng): string => {
    const [s, a] = r.pick(DEV3_STATES);
    return `${r.pick(DEV3_TOWNS)}, ${r.pick([s, a])}`;
  },
  d3streetName: (r: Rng): string => r.pick(DEV3_STREET_NAMES),
  d3street: (r: Rng): string => `${1 + r.int(4999)} ${r.pick(DEV3_STREET_NAMES)} ${r.pick(['Street', 'Avenue', 'Boulevard', 'Place', 'Pkwy', 'Circle'])}`,
  d3road: (r: Rng): string => r.pick(DEV3_ROADS),
  d3hood: (r: Rng): string => r.pick(DEV3_NEIGHBOURHOODS),
  d3venue: (r: Rng): string => r.pick(DEV3_VENUES),
  d3clinic: (r: Rng): string => r.pick(DEV3_CLINICS),
  d3school: (r: Rng): string => r.pick(DEV3_SCHOOLS),
  d3work: (r: Rng): string => r.pick(DEV3_WORKPLACES),
  d3zip: (r: Rng): string => r.pick([() => r.digits(5), () => `${r.digits(5)}-${r.digits(4)}`])(),
  /** A day of the month alone ("the 14th", "the fourteenth"). */
  d3day: (r: Rng): string => {
    const d = 1 + r.int(28);
    return r.pick([dev3Ord(d), DEV3_ORD_WORDS[d]!]);
  },
  /** A full date in a spoken or written form none of the first two sets' pickers write. */
  d3date: (r: Rng): string => {
    const m = 1 + r.int(12);
    const d = 1 + r.int(28);
    const y = 2018 + r.int(9);
    const name = dev3Months[m - 1]!;
    return r.pick([
      () => `the ${DEV3_ORD_WORDS[d]!} of ${name}`,
      () => `${name} the ${dev3Ord(d)}`,
      () => `${dev3Ord(d)} ${name}`,
      () => `${dev3Ord(d)} of ${name.slice(0, 3)}`,
      () => `${name.slice(0, 4) === 'Sept' ? 'Sept' : name.slice(0, 3)} ${dev3Ord(d)}`,
      () => `${d}/${m}/${y}`,
      () => `${y}/${p2(m)}/${p2(d)}`,
      () => `${p2(m)}.${p2(d)}.${String(y).slice(2)}`,
      () => `${d}-${name.slice(0, 3)}-${y}`,
      () => `${name} ${d} of ${y}`,
      () => `${name} ${DEV3_ORD_WORDS[d]!}, ${y}`,
      () => `${name.toLowerCase()} ${d}`,
    ])();
  },
  d3monthYear: (r: Rng): string => {
    const name = dev3Months[r.int(12)]!;
    const y = 2015 + r.int(11);
    return r.pick([`${name} ${y}`, `${name} of ${y}`, `${name} '${String(y).slice(2)}`, `${name.slice(0, 3)} ${y}`]);
  },
  d3range: (r: Rng): string => {
    const name = dev3Months[r.int(12)]!;
    const d = 1 + r.int(20);
    const e = d + 1 + r.int(7);
    return r.pick([`${name} ${dev3Ord(d)} through the ${dev3Ord(e)}`, `${name} ${d} through ${e}`, `the ${dev3Ord(d)} to the ${dev3Ord(e)} of ${name}`, `${name} ${d}-${e}`]);
  },
  d3weekdayDate: (r: Rng): string => {
    const wd = r.pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    const d = 1 + r.int(28);
    return r.pick([`${wd} the ${dev3Ord(d)}`, `${wd}, ${dev3Months[r.int(12)]!} ${d}`]);
  },
  d3ageDigits: (r: Rng): string => String(90 + r.int(15)),
  d3ageWords: (r: Rng): string => {
    const n = r.int(14);
    if (n >= 10) return r.pick(['a hundred', 'one hundred and one', 'a hundred and two', 'one hundred']);
    return n === 0 ? 'ninety' : `ninety${r.pick(['-', ' '])}${DEV3_DIGITS[n]!}`;
  },
  /** Area code, exchange and line read in pairs and singles ("five oh three, fifty-five, ..."). */
  d3phonePairs: (r: Rng): string => {
    const a = r.digits(3);
    const b = r.digits(3);
    const c = r.digits(4);
    return `${dev3Say(r, a)}, ${dev3Say(r, b)}, ${dev3Pair(c.slice(0, 2))} ${dev3Pair(c.slice(2))}`;
  },
  d3phoneDouble: (r: Rng): string => {
    const g = `${r.digits(3)}${r.pick(['55', '00', '77', '22'])}${r.digits(1)}${r.pick(['11', '88', '33'])}${r.digits(2)}`;
    return `${dev3Doubles(r, g.slice(0, 3))}, ${dev3Doubles(r, g.slice(3, 6))}, ${dev3Doubles(r, g.slice(6))}`;
  },
  d3area: (r: Rng): string => r.pick([() => r.digits(3), () => dev3Say(r, r.digits(3))])(),
  d3phoneLocal: (r: Rng): string => r.pick([() => `${r.digits(3)}-${r.digits(4)}`, () => `${r.digits(3)} ${r.digits(4)}`])(),
  d3phoneExt: (r: Rng): string => `(${r.digits(3)})${r.digits(3)}-${r.digits(4)} ext. ${r.digits(3)}`,
  /** An address hidden from scrapers or said out loud. */
  d3emailObf: (r: Rng): string => {
    const [f, l] = dev3Person(r);
    const local = r.pick([`${dev3Lower(f)}.${dev3Lower(l)}`, `${dev3Lower(f)}${r.digits(3)}`, `${dev3Lower(l)}_${dev3Lower(f)[0]!}`]);
    const dom = r.pick(['gmail', 'yahoo', 'aol', 'comcast', 'mail']);
    return r.pick([
      `${local} at ${dom} dot com`,
      `${local} [at] ${dom} [dot] com`,
      `${local}(at)${dom}.net`,
      `${local} at ${dom}.com`,
      `${local} AT ${dom} DOT org`,
    ]);
  },
  d3email: (r: Rng): string => {
    const [f, l] = dev3Person(r);
    return `${dev3Lower(f)}.${dev3Lower(l)}${r.digits(2)}@${r.pick(['aol.com', 'comcast.net', 'att.net', 'mail.com', 'ymail.com'])}`;
  },
  d3url: (r: Rng): string => {
    const [f, l] = dev3Person(r);
    return r.pick([
      `facebook.com/${dev3Lower(f)}.${dev3Lower(l)}`,
      `youtube.com/@${dev3Lower(f)}${dev3Lower(l)}`,
      `www.${dev3Lower(l)}memorial.org`,
      `bit.ly/${r.letters(3)}${r.digits(2)}${r.letters(2).toLowerCase()}`,
      `http://${dev3Lower(f)}-${dev3Lower(l)}.blogspot.com`,
    ]);
  },
  d3handle: (r: Rng): string => {
    const [f, l] = dev3Person(r);
    return r.pick([`@${dev3Lower(f)}_${dev3Lower(l)}`, `${dev3Lower(f)}.${dev3Lower(l)}${r.digits(2)}`, `@${r.pick(['xo', 'lil', 'its'])}${dev3Lower(f)}${r.digits(4)}`]);
  },
  d3ip: (r: Rng): string =>
    r.pick([
      () => `${1 + r.int(223)}.${r.int(256)}.${r.int(256)}.${1 + r.int(254)}`,
      () => `192.168.${r.int(10)}.${1 + r.int(254)}:${r.pick(['8080', '443', '3389'])}`,
      () => `2600:1700:${hexd(r, 4).toLowerCase()}:${hexd(r, 3).toLowerCase()}::${hexd(r, 2).toLowerCase()}`,
    ])(),
  d3plate: (r: Rng): string => r.pick([() => `${r.digits(1)}${r.letters(3)}${r.digits(3)}`, () => `${r.letters(3)}-${r.digits(3)}`, () => `${r.letters(2)} ${r.digits(5)}`, () => `${r.digits(3)} ${r.letters(3)}`])(),
  d3imei: (r: Rng): string => r.pick([() => r.digits(15), () => `${r.digits(2)}-${r.digits(6)}-${r.digits(6)}-${r.digits(1)}`])(),
  d3mac: (r: Rng): string => Array.from({ length: 6 }, () => hexd(r, 2)).join(r.pick([':', '-'])),
  d3serial: (r: Rng): string => r.pick([() => `SN${r.digits(8)}`, () => `${r.letters(4)}${r.digits(6)}`, () => `C02${r.letters(2)}${r.digits(4)}${r.letters(2)}`])(),
  /** A Medicare Beneficiary Identifier shape (digit, letter, alnum, digit, letter, ...). */
  d3medicare: (r: Rng): string => `${r.digits(1)}${r.letters(2)}${r.digits(1)}-${r.letters(2)}${r.digits(1)}-${r.letters(2)}${r.digits(2)}`,
  d3medicaid: (r: Rng): string => r.pick([() => `${r.letters(2)}${r.digits(8)}`, () => r.digits(10), () => `${r.digits(3)}-${r.digits(3)}-${r.digits(3)}`])(),
  d3mrn: (r: Rng): string => r.pick([() => `00${r.digits(7)}`, () => `${r.letters(1)}${r.digits(6)}`, () => `${r.digits(3)}-${r.digits(4)}`, () => `${r.digits(7)}`])(),
  d3last4: (r: Rng): string => r.digits(4),
  d3account: (r: Rng): string => r.pick([() => `${r.digits(3)}${r.letters(1)}${r.digits(6)}`, () => `${r.digits(2)}-${r.digits(7)}`, () => r.digits(10)])(),
  d3licence: (r: Rng): string => r.pick([() => `${r.letters(1)}${r.digits(3)}-${r.digits(3)}-${r.digits(3)}`, () => `${r.letters(2)}${r.digits(6)}`, () => r.digits(9), () => `RN${r.digits(6)}`])(),
  /** An SSN read out in its three groups. */
  d3ssnSpoken: (r: Rng): string => {
    const a = r.digits(3);
    const b = r.digits(2);
    const c = r.digits(4);
    return r.pick([`${dev3Say(r, a)}, ${dev3Say(r, b)}, ${dev3Say(r, c)}`, `${a} ${b} ${c}`, `${dev3Say(r, a)} ${dev3Pair(b)} ${dev3Pair(c.slice(0, 2))} ${dev3Pair(c.slice(2))}`]);
  },
  d3case: (r: Rng): string => r.pick([() => `${2018 + r.int(8)}-CF-${r.digits(6)}`, () => `${r.digits(2)}-${r.letters(2)}-${r.digits(5)}`, () => `CR${r.digits(7)}`])(),
  d3inmate: (r: Rng): string => r.pick([() => `${r.digits(5)}-${r.digits(3)}`, () => `#${r.digits(6)}`, () => r.digits(7)])(),
  d3photo: (r: Rng): string =>
    r.pick([
      () => `IMG_${2019 + r.int(7)}${p2(1 + r.int(12))}${p2(1 + r.int(28))}_${r.digits(6)}.jpg`,
      () => `Screenshot_${2019 + r.int(7)}${p2(1 + r.int(12))}${p2(1 + r.int(28))}-${r.digits(6)}.png`,
      () => `photo${r.digits(4)}.jpeg`,
      () => `${dev3Lower(r.pick(DEV3_FIRST_NAMES))}_bday.png`,
    ])(),
};

// ---- Development batch 4 (bench/deid/inject-dev4.ts): its own pools, in its own table, so the
// text of every earlier set stays byte-identical. Invented people; real towns, foreign cities
// and districts (public places, paired with nothing that identifies anyone).
export const DEV4_FIRST_NAMES = [
  'Ottoline', 'Bertrand', 'Zuzana', 'Ignatius', 'Marisela', 'Chidi', 'Solveig', 'Pranav', 'Wenceslas', 'Ludmila',
  'Imelda', 'Radomir', 'Tallulah', 'Eamon', 'Perpetua', 'Osvaldo', 'Mirela', 'Augustin', 'Nnamdi', 'Hortense',
  // Names that are also words.
  'Thistle', 'Sorrel', 'Kestrel', 'Fennel', 'Tamarind', 'Barley', 'Larkspur', 'Clover',
];
export const DEV4_LAST_NAMES = [
  'Wojciechowski', 'Adeyemi-Crane', 'Vrabel', 'Lindahl', 'Tjahjono', 'Brannigan', 'Oberholzer', 'Castellanos',
  'Dziedzic', 'Hollingsworth', 'Pettigrew', 'Zamudio', 'Kerrigan', 'Ngata', 'Fairbrother', "D'Agostino",
];
export const DEV4_WORD_SURNAMES = ['Plowright', 'Kettleby', 'Mallard', 'Saddler', 'Cheeseman', 'Goodbody', 'Trueman', 'Haywood', 'Drinkwater', 'Merriman', 'Ironside', 'Lightfoot'];
export const DEV4_TOWNS = ['Moab', 'Ironwood', 'Tishomingo', 'Kingman', 'Elko', 'Ladysmith', 'Nogales', 'Vidalia', 'Wahpeton', 'Alliance', 'Pahrump', 'Kanab'];
export const DEV4_FOREIGN = [
  'Oaxaca', 'Kraków', 'Port Harcourt', 'Kumasi', 'Chiang Mai', 'Cebu', 'Tegucigalpa', 'Hargeisa', 'Kharkiv', 'Valparaíso',
  'Bydgoszcz', 'Ibadan', 'San Pedro Sula', 'Cluj-Napoca', 'Da Nang', 'Gyumri',
];
export const DEV4_DISTRICTS = ['Pigtown', 'Germantown East', 'Slabtown', 'Cork Hill', 'Fountain Square', 'Hazelwood', 'Near Southside', 'Poletown', 'Soulard', 'Marigny', 'Quarry Bottoms', 'Dutch Hill'];
const DEV4_STREETS = ['Halbrook', 'Tennyson', 'Ashgrove', 'Kettering', 'Larchmont', 'Pell', 'Vandermeer', 'Caddo', 'Wexford', 'Bramble'];
const DEV4_STREET_KINDS = ['Street', 'Ave', 'Road', 'Place', 'Circle', 'Pike', 'Crescent', 'Trail'];
export const DEV4_VENUES = ["Marlowe's", "Lindy's", 'the Rusty Anchor', 'Casa Paloma', 'the Blue Heron', "Sal's", 'Tip Top', "Gallagher's", 'the Copper Pot', 'Bluebird'];
const DEV4_HOLIDAYS = ["Mother's Day", 'Thanksgiving', 'Easter', 'Labor Day', 'Fourth of July', 'Christmas Eve', 'Memorial Day', 'Halloween', "New Year's Eve", "Father's Day", "Valentine's Day"];
const DEV4_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DEV4_UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const DEV4_ORDS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth',
  'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first', 'twenty-second',
  'twenty-third', 'twenty-fourth', 'twenty-fifth', 'twenty-sixth', 'twenty-seventh', 'twenty-eighth',
];
const dev4Name = (r: Rng): string => r.pick(DEV4_FIRST_NAMES);
const dev4Surname = (r: Rng): string => r.pick(r.next() < 0.4 ? DEV4_WORD_SURNAMES : DEV4_LAST_NAMES);
const dev4Plain = (s: string): string => s.toLowerCase().replace(/[^a-z]/g, '');
/** Digits read one by one, a zero said "oh" (and at least one zero in every group read this way). */
const dev4Oh = (g: string): string => [...g].map((ch) => (ch === '0' ? 'oh' : DEV4_UNITS[Number(ch)]!)).join(' ');
/** A digit group with a zero put in at a seeded place, so "oh" is always heard. */
const dev4WithZero = (r: Rng, n: number): string => {
  const d = [...r.digits(n)];
  d[1 + r.int(n - 1)] = '0';
  return d.join('');
};
const dev4Ord = (d: number): string => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;
const DEV4_AGES = ['ninety-one', 'ninety two', 'ninety-three', 'ninety-six', 'ninety-eight', 'a hundred and one', 'one hundred and three', 'a hundred', 'ninety-nine'];

export const pickDev4 = {
  d4first: dev4Name,
  d4last: dev4Surname,
  d4wordSurname: (r: Rng): string => r.pick(DEV4_WORD_SURNAMES),
  d4full: (r: Rng): string => `${dev4Name(r)} ${dev4Surname(r)}`,
  d4town: (r: Rng): string => r.pick(DEV4_TOWNS),
  d4foreign: (r: Rng): string => r.pick(DEV4_FOREIGN),
  d4district: (r: Rng): string => r.pick(DEV4_DISTRICTS),
  d4streetBare: (r: Rng): string => r.pick(DEV4_STREETS),
  d4street: (r: Rng): string => `${1 + r.int(4800)} ${r.pick(DEV4_STREETS)} ${r.pick(DEV4_STREET_KINDS)}`,
  d4venue: (r: Rng): string => r.pick(DEV4_VENUES),
  d4holidayYear: (r: Rng): string => `${r.pick(DEV4_HOLIDAYS)} ${2019 + r.int(7)}`,
  d4dayOrd: (r: Rng): string => (r.next() < 0.5 ? dev4Ord(1 + r.int(28)) : DEV4_ORDS[r.int(28)]!),
  d4dateSpoken: (r: Rng): string => {
    const m = r.int(12);
    const d = r.int(28);
    return r.pick([
      `${DEV4_MONTHS[m]} the ${DEV4_ORDS[d]}`,
      `the ${DEV4_ORDS[d]} of ${DEV4_MONTHS[m]}`,
      `${m + 1}/${d + 1}`,
      `${DEV4_MONTHS[m]} ${dev4Ord(d + 1)}`,
      `${d + 1} ${DEV4_MONTHS[m]!.slice(0, 3)}`,
    ]);
  },
  d4ageWords: (r: Rng): string => r.pick(DEV4_AGES),
  d4phoneOh: (r: Rng): string => {
    const a = dev4WithZero(r, 3);
    const b = r.digits(3);
    const c = dev4WithZero(r, 4);
    return r.pick([`${dev4Oh(a)}, ${dev4Oh(b)}, ${dev4Oh(c)}`, `${dev4Oh(a)} ${b}-${c}`, `${a}, ${dev4Oh(b)}, ${dev4Oh(c)}`]);
  },
  d4ssnOh: (r: Rng): string => `${dev4Oh(dev4WithZero(r, 3))}, ${dev4Oh(r.digits(2))}, ${dev4Oh(dev4WithZero(r, 4))}`,
  d4mrnOh: (r: Rng): string => `oh oh ${dev4Oh(r.digits(5))}`,
  d4planHead: (r: Rng): string => r.pick([() => r.letters(3), () => [...r.letters(3)].join('-'), () => `${r.letters(2)}${r.digits(2)}`])(),
  d4planTail: (r: Rng): string => r.pick([() => dev4Oh(dev4WithZero(r, 6)), () => r.digits(6), () => `${r.digits(3)} ${r.digits(3)}`])(),
  d4acctHead: (r: Rng): string => r.digits(4),
  d4acctTail: (r: Rng): string => r.pick([() => `${r.digits(4)} ${r.digits(4)}`, () => r.digits(6)])(),
  d4email: (r: Rng): string => {
    const f = dev4Plain(dev4Name(r));
    const l = dev4Plain(dev4Surname(r));
    return r.pick([`${f}.${l}${r.digits(2)}@gmail.com`, `${f} underscore ${l} at hotmail dot com`, `${f}${l.slice(0, 1)}@icloud.com`, `${l}.${f} at yahoo dot com`]);
  },
  d4handle: (r: Rng): string => {
    const f = dev4Plain(dev4Name(r));
    const l = dev4Plain(dev4Surname(r));
    return r.pick([`@${f}_${l}`, `@${f}.${r.digits(2)}`, `${f}${l}${r.digits(3)}`, `@real${f}`]);
  },
  d4url: (r: Rng): string => {
    const f = dev4Plain(dev4Name(r));
    const l = dev4Plain(dev4Surname(r));
    return r.pick([`venmo.com/u/${f}-${l}`, `linktr.ee/${f}${l}`, `gofundme.com/f/help-${f}-recover`, `tiktok.com/@${f}.${l}`]);
  },
  d4plate: (r: Rng): string => r.pick([() => `${r.digits(1)} ${r.letters(3)} ${r.digits(3)}`, () => `${r.letters(3)}-${dev4WithZero(r, 4)}`, () => `${r.digits(1)}-${r.letters(1)}-${r.letters(1)}-${r.letters(1)}, ${dev4Oh(dev4WithZero(r, 3))}`])(),
  d4licence: (r: Rng): string => r.pick([() => `${r.letters(1)} ${dev4Oh(dev4WithZero(r, 7))}`, () => `${r.letters(1)}${r.digits(7)}`, () => `${r.letters(1)}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}`])(),
  d4zip: (r: Rng): string => (r.next() < 0.5 ? dev4Oh(dev4WithZero(r, 5)) : dev4WithZero(r, 5)),
  d4case: (r: Rng): string => `${2019 + r.int(7)}-${r.pick(['DR', 'JV', 'FC'])}-${r.digits(5)}`,
  d4year: (r: Rng): string => String(2015 + r.int(10)),
};

// ---- Development batch 5 (bench/deid/inject-dev5.ts): its own pools, in its own table, so the
// text of every earlier set stays byte-identical. Invented people and local venues; real towns and
// store chains (public places and brands, paired with nothing that identifies anyone).
export const DEV5_FIRST_NAMES = [
  'Oriel', 'Bastiaan', 'Ysoline', 'Casimira', 'Thaddea', 'Kwesi', 'Leokadia', 'Anselm', 'Rosalba', 'Ruadhan',
  'Philomena', 'Jovanka', 'Shulamit', 'Evaristo', 'Margarethe', 'Priyamvada', 'Cosimo', 'Dagmara', 'Florentin', 'Keoni',
  // Names that are also words.
  'Juniper', 'Wrenna', 'Bryony', 'Linden', 'Marigold', 'Sparrow', 'Jessamy', 'Sunny',
];
export const DEV5_LAST_NAMES = [
  'Szczepanik', 'Achterhof', 'Villasenor', 'Rautenstrauch', 'Quistgaard', 'Thorvaldottir', 'Abernethy-Lowe', 'Delacour-Moen',
  'Farquhar-Bain', 'Yildirimoglu', 'Nakashima-Reyes', 'Ostrowiecki', 'Pennywhistle', 'Oyelaran-Price', 'MacAskill-Dunne', 'Bielawski',
];
/** Surnames that are everyday English words, the hard case in lower-case chat. */
export const DEV5_WORD_SURNAMES = ['Puddle', 'Thimble', 'Crumb', 'Haystack', 'Kettle', 'Pebble', 'Ledger', 'Lantern', 'Furrow', 'Thicket', 'Cobble', 'Rook', 'Vale', 'Tinder', 'Millstone', 'Saltmarsh'];
export const DEV5_NICKNAMES = ['Tadpole', 'Noodle', 'Sprocket', 'Gizmo', 'Pickles', 'Rooster', 'Bunky', 'Skeeter', 'Doodle', 'Muffin', 'Knuckles', 'Pepper', 'Scooter', 'Dumpling'];
export const DEV5_TOWNS = ['Gallup', 'Rawlins', 'Scottsbluff', 'Ardmore', 'Durango', 'Yreka', 'Bluefield', 'Winnemucca', 'Havre', 'Minot', 'Brainerd', 'Marquette', 'Keokuk', 'Vicksburg', 'Tullahoma', 'Chadron'];
/** Store chains: a brand alone names no place (ORG, neutral); the street after it does. */
export const DEV5_BRANDS = ['Kroger', 'Walgreens', 'Costco', 'Safeway', 'Dollar General', 'Home Depot', 'Wawa', 'Sheetz', 'Publix', 'Meijer', "Denny's", 'Waffle House', 'Walmart', 'Circle K'];
/** Streets as people say them, with no street word. */
export const DEV5_STREETS_SHORT = ['5th', '12th', '3rd', '41st', 'Main', 'Halsted', 'Ridgeway', 'Culver', 'Fremont', 'Orchard', 'Route 9', 'Highway 61'];
/** Local bars, diners and halls named with no kind word. */
export const DEV5_VENUES = ["Dottie's", 'the Wagon Wheel', 'the Lamplighter', "Rudy's", 'Mi Tierra', 'the Golden Dragon', 'Los Arcos', 'the Silver Spur', 'Lucky Star', 'the Driftwood', "Mabel's", 'the Red Door'];
/** Invented local employers (ORG, neutral in scoring). */
export const DEV5_WORKPLACES = ['Pruitt Towing', 'Brightwater Dental', 'Tri-County Recycling', 'Keystone Fabrication', 'Little Acorns Daycare', 'Sunrise Manor', 'Hollister Feed and Seed', 'Riverbend Meats'];
const DEV5_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DEV5_WEEKDAYS = ['mon', 'tues', 'wed', 'thurs', 'fri', 'sat', 'sun', 'Tuesday', 'Friday', 'Sunday', 'Wednesday'];
const DEV5_UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const DEV5_TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const DEV5_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const DEV5_ORD_WORDS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth',
  'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first', 'twenty-second',
  'twenty-third', 'twenty-fourth', 'twenty-fifth', 'twenty-sixth', 'twenty-seventh', 'twenty-eighth',
];
const DEV5_OLD_AGES = ['ninety-four', 'ninety seven', 'a hundred and two', 'one hundred', 'ninety', 'one hundred and one', 'ninety-five', 'a hundred and four'];
const DEV5_YOUNG_AGES = ['sixty-two', 'forty', 'seventy-eight', 'thirty-one', 'eighty-five', 'fourteen', 'nineteen', 'twelve'];
const dev5Plain = (s: string): string => s.toLowerCase().replace(/[^a-z]/g, '');
const dev5Name = (r: Rng): string => r.pick(DEV5_FIRST_NAMES);
const dev5Surname = (r: Rng): string => r.pick(r.next() < 0.4 ? DEV5_WORD_SURNAMES : DEV5_LAST_NAMES);
const dev5Ord = (d: number): string => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;
/** Two digits said as a number ("forty-four", "oh nine", "twelve"). */
const dev5Pair = (p: string): string => {
  const n = Number(p);
  if (p[0] === '0') return `oh ${DEV5_UNITS[n]!}`;
  if (n < 20) return DEV5_TEENS[n - 10]!;
  return n % 10 === 0 ? DEV5_TENS[n / 10]! : `${DEV5_TENS[Math.floor(n / 10)]!}-${DEV5_UNITS[n % 10]!}`;
};
const dev5Each = (g: string): string => [...g].map((ch) => DEV5_UNITS[Number(ch)]!).join(' ');
/** A year in words: "twenty twenty-two", "two thousand nineteen". */
const dev5YearWords = (r: Rng): string => {
  const y = 2015 + r.int(11);
  return r.next() < 0.5 ? `twenty ${dev5Pair(String(y - 2000))}` : `two thousand ${y - 2000 < 10 ? DEV5_UNITS[y - 2000]! : y - 2000 < 20 ? DEV5_TEENS[y - 2010]! : dev5Pair(String(y - 2000))}`;
};

export const pickDev5 = {
  d5first: dev5Name,
  d5last: dev5Surname,
  d5wordSurname: (r: Rng): string => r.pick(DEV5_WORD_SURNAMES),
  d5nick: (r: Rng): string => r.pick(DEV5_NICKNAMES),
  d5town: (r: Rng): string => r.pick(DEV5_TOWNS),
  d5brand: (r: Rng): string => r.pick(DEV5_BRANDS),
  d5streetShort: (r: Rng): string => r.pick(DEV5_STREETS_SHORT),
  d5venue: (r: Rng): string => r.pick(DEV5_VENUES),
  d5workplace: (r: Rng): string => r.pick(DEV5_WORKPLACES),
  /** A day of the month alone, as digits or a word ("3rd", "twelfth"). */
  d5dayOrd: (r: Rng): string => (r.next() < 0.6 ? dev5Ord(1 + r.int(28)) : DEV5_ORD_WORDS[r.int(28)]!),
  /** A weekday with its day ("tues the 14th", "Friday the 3rd", "sat 6/12"). */
  d5weekdayOrd: (r: Rng): string => {
    const w = r.pick(DEV5_WEEKDAYS);
    const d = 1 + r.int(28);
    return r.pick([`${w} the ${dev5Ord(d)}`, `${w} ${1 + r.int(12)}/${d}`, `${w} the ${DEV5_ORD_WORDS[d - 1]!}`]);
  },
  d5monthDay: (r: Rng): string => {
    const m = r.int(12);
    const d = 1 + r.int(28);
    return r.pick([`${DEV5_MONTHS[m]!.toLowerCase()} ${d}`, `${DEV5_MONTHS[m]!.slice(0, 3)} ${dev5Ord(d)}`, `the ${dev5Ord(d)} of ${DEV5_MONTHS[m]!}`, `${DEV5_MONTHS[m]!} ${DEV5_ORD_WORDS[d - 1]!}`]);
  },
  /** A full date with the year said as words. */
  d5dateYearWords: (r: Rng): string => {
    const m = r.int(12);
    const d = r.int(28);
    return r.pick([`${DEV5_MONTHS[m]!} ${DEV5_ORD_WORDS[d]!}, ${dev5YearWords(r)}`, `the ${DEV5_ORD_WORDS[d]!} of ${DEV5_MONTHS[m]!} ${dev5YearWords(r)}`, `${m + 1}/${d + 1}/${String(15 + r.int(11))}`]);
  },
  d5ageWords: (r: Rng): string => r.pick(DEV5_OLD_AGES),
  d5youngAge: (r: Rng): string => r.pick(DEV5_YOUNG_AGES),
  /** A ten-digit number read in odd groups: 3-2-2-3 words, "double"/"triple", pairs as numbers, dots. */
  d5phoneOdd: (r: Rng): string => {
    const a = r.digits(3);
    const b = r.digits(3);
    const c = r.digits(4);
    const all = a + b + c;
    const dd = r.digits(1);
    const t = r.digits(1);
    return r.pick([
      () => `${dev5Each(all.slice(0, 3))}, ${dev5Each(all.slice(3, 5))}, ${dev5Each(all.slice(5, 7))}, ${dev5Each(all.slice(7))}`,
      () => `${dev5Each(a)}, double ${DEV5_UNITS[Number(dd)]!} ${dev5Each(b.slice(2))}, triple ${DEV5_UNITS[Number(t)]!} ${dev5Each(c.slice(3))}`,
      () => `${dev5Each(a)}, ${dev5Each(b)}, ${dev5Pair(c.slice(0, 2))} ${dev5Pair(c.slice(2))}`,
      () => `${a}.${b}.${c}`,
      () => `${a} ${b.slice(0, 2)} ${b.slice(2)}${c.slice(0, 1)} ${c.slice(1)}`,
    ])();
  },
  d5emailOdd: (r: Rng): string => {
    const f = dev5Plain(dev5Name(r));
    const l = dev5Plain(dev5Surname(r));
    const n = r.digits(2);
    return r.pick([
      `${f} dot ${l} at outlook dot com`,
      `${f}-${l}${n}@proton.me`,
      `${f} underscore ${n} at g mail dot com`,
      `${l}${f.slice(0, 1)} at comcast dot net`,
      `${f}.${l} AT yahoo DOT com`,
    ]);
  },
  d5handle: (r: Rng): string => {
    const f = dev5Plain(dev5Name(r));
    const l = dev5Plain(dev5Surname(r));
    return r.pick([`@${f}.${l}_`, `${f}_${l}${r.digits(2)}`, `u/${f}${l}`, `@${f}x${l}`, `${l}.${f}.official`]);
  },
  d5url: (r: Rng): string => {
    const f = dev5Plain(dev5Name(r));
    const l = dev5Plain(dev5Surname(r));
    return r.pick([`instagram.com/${f}.${l}`, `facebook.com/${f}.${l}.${r.digits(4)}`, `youtube.com/@${f}${l}`, `www.${f}${l}art.com`, `cash.app/$${f}${l}`]);
  },
  d5licence: (r: Rng): string => r.pick([() => `${r.letters(1)}${r.digits(7)}`, () => `${r.letters(1)}${r.digits(3)}-${r.digits(4)}-${r.digits(2)}`, () => `${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`])(),
  d5claim: (r: Rng): string => r.pick([() => `CLM-${r.digits(8)}`, () => `${r.digits(2)}${r.letters(1)}${r.digits(6)}`, () => `${r.digits(4)}-${r.digits(5)}-${r.digits(2)}`])(),
  d5case: (r: Rng): string => r.pick([() => `${String(19 + r.int(7))}-CV-${r.digits(5)}`, () => `${r.digits(4)}-${r.digits(4)}`, () => `DR-${r.digits(6)}`])(),
  d5passport: (r: Rng): string => r.pick([() => r.digits(9), () => `${r.letters(1)}${r.digits(8)}`])(),
  d5card: (r: Rng): string => r.pick([() => `${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)}`, () => r.digits(16)])(),
};
