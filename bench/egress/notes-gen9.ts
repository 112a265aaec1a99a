// Egress round 9 (notes9; issue 14 item 6, R35/R27): a second GENERATOR of therapist notes, written
// before the detection code (src/deid) was read, in formats and voices unlike round 8's generator
// (notes-gen8.ts was read for its plumbing only):
//   formats  conjoint couples sessions and family sessions with several named people; group notes
//            (attendance by first name and initial); school-based and child notes (teacher, school,
//            grade, coach, team); telehealth notes (platform, where the client sat, devices, photos,
//            screenshots, usernames, handles, links); intake narratives (birthplace, former
//            employers, churches, clinics, neighbourhoods, streets without numbers, landmarks);
//            legal and forensic notes (case numbers, probation officers, courts); medication and
//            collateral check-ins in dates-and-ages shorthand ("s/p 3/14", "DOB", "turned 92",
//            "on the 11th"); nicknames;
//   voices   first-person therapist prose, clipped shorthand ("f/u", "s/p", "w/", "b/c"), run-on
//            dictation without full stops, and ALL CAPS headers with lower-case bodies.
// Gold is inline `[[TYPE:value]]` as in bench/egress/notes-dev*.jsonl: only the identifying words
// (titles, "the", a weekday, a state abbreviation, "grade" stay outside); employers, schools and
// teams are ORG (neutral, outside the totals); platforms and apps (Zoom, Snapchat) are not marked.
// Every identity is invented and obviously synthetic (phones in 555-01xx, e-mail and sites at
// example domains).
//
// DEV is what round 9 is tuned against (`npm run bench:egress -- --dev-only --gen9`). ASIDE has
// its own vocabulary, its own formats and its own sentences, written separately at the same time;
// it is scored once at the end of the round, totals only (`--gen9-aside`).
import { int, mulberry32, pick, type Rng } from '../rng.ts';
import { outsideMarkers, parseInline, type EgressNote } from './notes.ts';

const m = (type: string, v: string): string => `[[${type}:${v}]]`;
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const digits = (r: Rng, n: number): string => Array.from({ length: n }, () => String(int(r, 0, 9))).join('');
const letters = (r: Rng, n: number): string => Array.from({ length: n }, () => pick(r, 'ABCDEFGHJKLMNPRSTUVWXYZ'.split(''))).join('');

interface Vocab {
  given: string[];
  /** given names that are also everyday words */
  wordGiven: string[];
  surnames: string[];
  nick: string[];
  towns: string[];
  states: string[];
  hoods: string[];
  streets: string[];
  landmarks: string[];
  churches: string[];
  clinics: string[];
  schools: string[];
  teams: string[];
  employers: string[];
  counties: string[];
  handles: string[];
  users: string[];
  sites: string[];
  countries: string[];
  areaCodes: number[];
}

const DEV_V: Vocab = {
  given: ['Corvina', 'Thelonius', 'Maribeth', 'Osgood', 'Yevgenia', 'Dashiell', 'Leocadia', 'Fitzroy', 'Anneliese', 'Cormac', 'Perpetua', 'Ulises', 'Zinnia', 'Bartholomew', 'Jessamy', 'Radomir', 'Tamsin', 'Evadne'],
  wordGiven: ['Sterling', 'Hope', 'Forrest', 'Summer', 'Rusty', 'Clay'],
  surnames: ['Quenneville', 'Abernathy-Sloan', 'Pettigrew', 'Wolcott', 'Drummel', 'Haverkamp', 'Ishikawa-Reyes', 'Lindqvist', 'Mortensen', 'Carraway', 'Bellweather', 'Stone', 'Fields', 'Knox', 'Delacroix-Obi', 'Vasquez-Trent'],
  nick: ['Tater', 'Bean', 'Jojo', 'Moose', 'Sunny', 'Pickle', 'Dee-Dee'],
  towns: ['Harrowgate', 'Lisbourne', 'Millbrook Hollow', 'Pemberwick', 'Stonecrop', 'West Cullen', 'Drayfield', 'Ambleside Junction', 'Carrowmore', 'Fennimore'],
  states: ['MI', 'CO', 'NM', 'KY', 'GA', 'MT'],
  hoods: ['Dogpatch', 'the Flats', 'Brickyard', 'Upper Kessel', 'Swede Hollow', 'Little Lisbourne'],
  streets: ['Tanager Street', 'Quarry Road', 'Holloway Ave', 'Bittern Lane', 'Maple Crest Dr'],
  landmarks: ['the old Drayfield mill', 'the Pemberwick water tower', 'Corliss Park', 'the Harrowgate bus depot', 'Lantry Bridge'],
  churches: ['Mount Zion Baptist', "St. Casimir's", 'Harvest Vineyard', 'Temple Beth Shalom of Lisbourne'],
  clinics: ['Riverbend Psychiatric', 'Stonecrop Community Health', 'Carrowmore Pediatrics', 'Fennimore Regional'],
  schools: ['Pemberwick Middle', 'Lisbourne Elementary', 'Harrowgate High School', 'St. Casimir Academy'],
  teams: ['Drayfield Hornets', 'Lisbourne Lightning U12', 'West Cullen Stingrays'],
  employers: ['Drummel Plumbing', 'Carrowmore Cold Storage', 'Fennimore Casino', 'Lisbourne Transit'],
  counties: ['Carrow', 'Pember', 'Lisle', 'Haskett'],
  handles: ['@corvina.draws', '@moosetracks_77', '@jojo.b.real', '@thelonius_plays', '@zinn1a'],
  users: ['xXdashXx', 'tamsin_q', 'pickle4life', 'cormac.d99', 'radbeard'],
  sites: ['www.corvinastudio.example.com', 'mealtrain.example.org/pettigrew', 'www.lindqvistfamily.example.net/blog'],
  countries: ['Honduras', 'Poland', 'the Philippines'],
  areaCodes: [616, 303, 505, 502, 404],
};

const ASIDE_V: Vocab = {
  given: ['Ottoline', 'Cassius', 'Marguerite', 'Eliezer', 'Bronwyn', 'Tiberius', 'Rosamund', 'Desmond', 'Yolanda', 'Leopold', 'Imelda', 'Crispin'],
  wordGiven: ['Dawn', 'Wade', 'Autumn', 'Cash'],
  surnames: ['Featherstonehaugh', 'Mbeki-Larsson', 'Tregarthen', 'Overbeck', 'Pinkney', 'Scarsdale', 'Wren', 'Hill', 'Castellanos', 'Van Der Pol'],
  nick: ['Biscuit', 'Tiny', 'Gigi', 'Skip'],
  towns: ['Copperhill', 'Ravensworth', 'Glen Arbor Falls', 'Marston Ferry', 'Ellery', 'New Dunmore'],
  states: ['WA', 'TN', 'SC', 'UT'],
  hoods: ['Cabbagetown', 'the Bottoms', 'Ravensworth Heights', 'Eastgate'],
  streets: ['Pewter Street', 'Ironwood Pike', 'Chandler Row'],
  landmarks: ['the Copperhill quarry', 'Ellery fairgrounds', 'the Marston Ferry overlook'],
  churches: ['Bethel AME', 'Our Lady of Lourdes Ellery', 'Cornerstone Pentecostal'],
  clinics: ['Ravensworth Family Medicine', 'Glen Arbor Behavioral Health', 'New Dunmore Hospital'],
  schools: ['Copperhill Intermediate', 'Ellery Christian School', 'Marston Ferry High'],
  teams: ['Ravensworth Rockets', 'Copperhill Comets 10U'],
  employers: ['Overbeck Lumber', 'Ellery Poultry', 'Glen Arbor Resort'],
  counties: ['Ellery', 'Dunmore', 'Copper'],
  handles: ['@bronwyn.bakes', '@gigi_skates', '@tiberius.tunes'],
  users: ['crispin_rules', 'biscuitqueen', 'leo.p.2011'],
  sites: ['www.rosamundcandles.example.com', 'supportdesmond.example.org'],
  countries: ['Ghana', 'Romania', 'Peru'],
  areaCodes: [206, 615, 803, 801],
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ord = (d: number): string => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;

interface Person {
  first: string;
  last: string;
}

interface Ctx {
  r: Rng;
  v: Vocab;
  client: Person;
  /** people named in this note: partner, children, others */
  cast: Person[];
}

const person = (c: Ctx, wordy = false): Person => ({ first: wordy && c.r() < 0.3 ? pick(c.r, c.v.wordGiven) : pick(c.r, c.v.given), last: pick(c.r, c.v.surnames) });
const given = (c: Ctx): string => (c.r() < 0.2 ? pick(c.r, c.v.wordGiven) : pick(c.r, c.v.given));
const N = (v: string): string => m('NAME', v);
const G = (v: string): string => m('GEO', v);
const O = (v: string): string => m('ORG', v);

/** A short date in notes' shorthand; the gold value only (weekday, "on the" stay outside). */
function shortDate(r: Rng): string {
  const mo = int(r, 1, 12);
  const d = int(r, 1, 28);
  const yy = pick(r, ['24', '25', '26']);
  return pick(r, [`${mo}/${d}`, `${mo}/${d}/${yy}`, `${MON[mo - 1]} ${d}`, `${MONTHS[mo - 1]} ${ord(d)}`, `${pad(mo)}/${pad(d)}`, `${d}-${MON[mo - 1]}-${yy}`, `${MON[mo - 1]} ${ord(d)}`]);
}
const D = (c: Ctx): string => m('DATE', shortDate(c.r));
const dob = (c: Ctx): string => {
  const y = int(c.r, 1950, 2018);
  const mo = int(c.r, 1, 12);
  const d = int(c.r, 1, 28);
  return m('DATE', pick(c.r, [`${mo}/${d}/${y}`, `${pad(mo)}-${pad(d)}-${y}`, `${MONTHS[mo - 1]} ${d}, ${y}`]));
};
const phone = (c: Ctx): string => {
  const a = pick(c.r, c.v.areaCodes);
  const n = `555-01${pad(int(c.r, 0, 99))}`;
  return m('PHONE', pick(c.r, [`(${a}) ${n}`, `${a}-${n}`, `${a}.${n.replace('-', '.')}`]));
};
const town = (c: Ctx): string => G(pick(c.r, c.v.towns));
const hood = (c: Ctx): string => {
  const h = pick(c.r, c.v.hoods);
  return h.startsWith('the ') ? `the ${G(h.slice(4))}` : G(h);
};
const landmark = (c: Ctx): string => {
  const l = pick(c.r, c.v.landmarks);
  return l.startsWith('the ') ? `the ${G(l.slice(4))}` : G(l);
};
/** A full name, a first name, a title + surname, or initials. */
const ref = (c: Ctx, p: Person, titled = true): string =>
  pick(c.r, [N(`${p.first} ${p.last}`), N(p.first), titled ? `${pick(c.r, ['Ms.', 'Mr.', 'Mrs.'])} ${N(p.last)}` : N(p.first), N(`${p.first} ${p.last[0]}.`)]);

type Para = (c: Ctx) => string;

// ---- DEV formats: each builds a whole note from a few of its own sentences ----
const pickN = (c: Ctx, xs: Para[], n: number): string =>
  [...xs]
    .sort(() => c.r() - 0.5)
    .slice(0, n)
    .map((f) => f(c))
    .join(' ');

const COUPLES: Para[] = [
  (c) => `${N(c.cast[0]!.first)} said ${N(c.cast[1]!.first)} "shuts down" whenever money comes up; ${N(c.cast[1]!.first)} agreed but felt ambushed.`,
  (c) => `They met at ${O(pick(c.r, c.v.employers))} in ${town(c)} eleven years ago and married ${D(c)}.`,
  (c) => `Reviewed the argument from ${pick(c.r, ['Saturday', 'Sunday', 'last Friday'])} the ${m('DATE', ord(int(c.r, 2, 28)))}: ${N(c.cast[0]!.first)} left and drove to her sister ${N(person(c).first)}'s place in ${hood(c)}.`,
  (c) => `${N(c.cast[1]!.first)}'s mother, ${N(`${person(c).first} ${c.cast[1]!.last}`)}, ${m('AGE', String(int(c.r, 90, 97)))}, may move in after her fall.`,
  (c) => `Homework: one 20-min check-in nightly; ${N(c.cast[0]!.first)} to text ${N(c.cast[1]!.first)} a "soft startup" before coming home from ${O(pick(c.r, c.v.employers))}.`,
  (c) => `Both deny IPV. ${N(c.cast[1]!.first)} acknowledged reading ${N(c.cast[0]!.first)}'s messages with ${ref(c, person(c))}, a coworker.`,
  (c) => `Discussed their son ${N(given(c))} (${int(c.r, 4, 15)}), who has been sleeping in their bed since ${D(c)}.`,
  (c) => `Anniversary trip to ${town(c)} planned for ${m('DATE', `${pick(c.r, MONTHS)} ${ord(int(c.r, 1, 28))}`)}.`,
];

const FAMILY: Para[] = [
  (c) => `Present: mother ${N(`${c.cast[0]!.first} ${c.client.last}`)}, stepfather ${N(`${c.cast[1]!.first} ${c.cast[1]!.last}`)}, IP ${N(c.client.first)} (${int(c.r, 9, 17)}) and sister ${N(c.cast[2]!.first)} (${int(c.r, 5, 12)}).`,
  (c) => `${N(c.cast[2]!.first)} drew the family as animals; put ${N(c.cast[1]!.first)} outside the house.`,
  (c) => `Grandpa ${N(pick(c.r, c.v.nick))} turned ${m('AGE', String(int(c.r, 90, 99)))} on ${D(c)} and the party at ${G(pick(c.r, c.v.churches))} hall ended in a fight.`,
  (c) => `Father (${N(`${c.cast[3]!.first} ${c.client.last}`)}) attended by phone from ${town(c)}, ${pick(c.r, c.v.states)}.`,
  (c) => `${N(c.client.first)} says everyone calls him "${N(pick(c.r, c.v.nick))}" except his stepdad.`,
  (c) => `Mom reports ${N(c.client.first)} was suspended ${D(c)} from ${O(pick(c.r, c.v.schools))} for vaping.`,
  (c) => `Family goes to ${G(pick(c.r, c.v.churches))} most weeks; youth pastor ${N(`${person(c).first} ${person(c).last}`)} has been supportive.`,
  (c) => `Cousins ${N(given(c))} and ${N(given(c))} stay with them every other weekend.`,
];

const GROUP: Para[] = [
  (c) => `Members present (${int(c.r, 5, 9)}): ${N(given(c))}, ${N(`${given(c)} ${letters(c.r, 1)}.`)}, ${N(`${letters(c.r, 1)}.${letters(c.r, 1)}.`)}, ${N(given(c))}, ${N(`${given(c)} ${letters(c.r, 1)}`)}. Absent: ${N(given(c))} (excused).`,
  (c) => `${N(given(c))} shared about relapse after the funeral in ${town(c)}; ${N(`${given(c)} ${letters(c.r, 1)}.`)} offered support.`,
  (c) => `This writer redirected ${N(given(c))} twice for cross-talk.`,
  (c) => `${N(`${letters(c.r, 1)}${letters(c.r, 1)}`)} left early for a shift at ${O(pick(c.r, c.v.employers))}.`,
  (c) => `Co-facilitator ${N(`${person(c).first} ${person(c).last}`)}, LCSW, led the chain analysis.`,
  (c) => `Peer ${N(given(c))} announced ${int(c.r, 30, 400)} days sober; group meets next ${D(c)}.`,
  (c) => `${N(given(c))} mentioned her sponsor ${N(given(c))} from the ${G(pick(c.r, c.v.churches))} basement meeting.`,
];

const SCHOOL: Para[] = [
  (c) => `Observed ${N(c.client.first)} in ${pick(c.r, ['Ms.', 'Mrs.', 'Mr.'])} ${N(c.cast[0]!.last)}'s ${pick(c.r, ['2nd', '3rd', '4th', '5th', '7th'])} grade class at ${O(pick(c.r, c.v.schools))}.`,
  (c) => `Teacher reports ${N(c.client.first)} hid under the desk after a fire drill on ${D(c)}.`,
  (c) => `Coach ${N(c.cast[1]!.last)} benched him from the ${O(pick(c.r, c.v.teams))} after he swore at a ref.`,
  (c) => `Spoke w/ school psych ${N(`${person(c).first} ${person(c).last}`)} re: 504 plan, meeting set ${D(c)}.`,
  (c) => `Best friend ${N(given(c))} moved to ${town(c)} over the summer; ${N(c.client.first)} cried talking about it.`,
  (c) => `Bus driver ("${N(pick(c.r, c.v.nick))}") reported he was pushed at the ${G(pick(c.r, c.v.streets))} stop.`,
  (c) => `Play therapy: ${N(c.client.first)} named the puppet "${N(given(c))}" after her little brother.`,
  (c) => `Principal ${N(c.cast[2]!.last)} asked that we meet in the counselor's office instead of the library.`,
];

const TELE: Para[] = [
  (c) => `Session via ${pick(c.r, ['Zoom', 'Doxy.me', 'Teams', 'SimplePractice video'])}; ${N(c.client.first)} joined from her car in the ${O(pick(c.r, c.v.employers))} lot.`,
  (c) => `Client held up a photo on her phone (${m('PHOTO', `IMG_${digits(c.r, 4)}.HEIC`)}) of the dent in the wall.`,
  (c) => `She shared a screenshot, ${m('PHOTO', `Screen Shot ${pick(c.r, ['2025', '2026'])}-${pad(int(c.r, 1, 12))}-${pad(int(c.r, 1, 28))} at ${int(c.r, 1, 12)}.${pad(int(c.r, 0, 59))}.${pad(int(c.r, 0, 59))} PM.png`)}, of the messages.`,
  (c) => `Ex keeps making new accounts; latest username ${m('OTHER_ID', pick(c.r, c.v.users))} on Snapchat.`,
  (c) => `Her son's Discord name is ${m('OTHER_ID', pick(c.r, c.v.users))}; she is worried about an adult he games with.`,
  (c) => `Follows ${m('OTHER_ID', pick(c.r, c.v.handles))} on Instagram, which she said makes her feel worse about her body.`,
  (c) => `Fitbit (serial ${m('DEVICE', `${letters(c.r, 3)}${digits(c.r, 6)}`)}) shows 4 h of sleep on average.`,
  (c) => `Audio dropped at 3:40; reconnected by phone at ${phone(c)}.`,
  (c) => `Sent link to the worksheet at ${m('URL', pick(c.r, c.v.sites))} per her request.`,
  (c) => `Sister ${N(c.cast[0]!.first)} walked into the room mid-session; client muted for 2 min.`,
  (c) => `Client's iPad (SN ${m('DEVICE', `DMP${letters(c.r, 2)}${digits(c.r, 5)}`)}) was loaned by ${O(pick(c.r, c.v.schools))}.`,
  (c) => `Location confirmed for safety plan: grandmother's house on ${G(pick(c.r, c.v.streets))} in ${town(c)}.`,
];

const INTAKE: Para[] = [
  (c) => `${N(c.client.first)} was born in ${town(c)} and raised by her aunt ${N(c.cast[0]!.first)} in ${hood(c)} after her mother was deported to ${pick(c.r, c.v.countries)}.`,
  (c) => `Worked ${int(c.r, 2, 14)} years at ${O(pick(c.r, c.v.employers))} until the layoff, then briefly at ${O(pick(c.r, c.v.employers))}.`,
  (c) => `Grew up attending ${G(pick(c.r, c.v.churches))}; left the church at 19.`,
  (c) => `Prior tx at ${G(pick(c.r, c.v.clinics))} with Dr. ${N(pick(c.r, c.v.surnames))} (${pick(c.r, ['2019', '2021', '2022'])}–${m('DATE', `${pick(c.r, MON)} ${pick(c.r, ['2023', '2024'])}`)}).`,
  (c) => `Currently rents a room off ${G(pick(c.r, c.v.streets))} near ${landmark(c)}.`,
  (c) => `Oldest of five; brothers ${N(given(c))} and ${N(given(c))} still live near ${landmark(c)}.`,
  (c) => `DOB ${dob(c)}. Referred by PCP ${N(`${person(c).first} ${person(c).last}`)}, NP, at ${G(pick(c.r, c.v.clinics))}.`,
  (c) => `Identifies ${N(`${person(c).first} ${person(c).last}`)} (neighbor, "${N(pick(c.r, c.v.nick))}") as her emergency contact, ${phone(c)}.`,
  (c) => `Moved to ${town(c)} from ${town(c)} in ${m('DATE', `${pick(c.r, MONTHS)} ${pick(c.r, ['2021', '2023', '2025'])}`)}.`,
];

const LEGAL: Para[] = [
  (c) => `Court-ordered eval, ${G(`${pick(c.r, c.v.counties)} County`)} Circuit Court case no. ${m('OTHER_ID', `${pick(c.r, ['2025', '2026'])}-DR-${digits(c.r, 6)}`)}.`,
  (c) => `PO ${N(`${person(c).first} ${person(c).last}`)} (${phone(c)}) requests monthly attendance confirmations.`,
  (c) => `Client was on probation through ${D(c)}; violation hearing before Judge ${N(pick(c.r, c.v.surnames))} on ${D(c)}.`,
  (c) => `Defense attorney ${ref(c, person(c))} requested records under signed ROI.`,
  (c) => `Booking no. ${m('OTHER_ID', `${letters(c.r, 1)}${digits(c.r, 7)}`)} at ${G(`${pick(c.r, c.v.counties)} County`)} jail, ${D(c)}.`,
  (c) => `Protective order against ${N(`${person(c).first} ${person(c).last}`)} remains in place until ${m('DATE', `${pick(c.r, MONTHS)} ${int(c.r, 1, 28)}, ${pick(c.r, ['2026', '2027'])}`)}.`,
  (c) => `Drug court coordinator ${N(given(c))} reports two negative UAs since ${D(c)}.`,
  (c) => `CPS worker ${N(`${person(c).first} ${person(c).last}`)} (intake #${m('OTHER_ID', digits(c.r, 7))}) visited the home on ${G(pick(c.r, c.v.streets))}.`,
];

const MED: Para[] = [
  (c) => `s/p ${m('DATE', `${int(c.r, 1, 12)}/${int(c.r, 1, 28)}`)} ED visit at ${G(pick(c.r, c.v.clinics))} for SI; f/u w/ Dr. ${N(pick(c.r, c.v.surnames))}.`,
  (c) => `Sertraline increased on ${m('DATE', ord(int(c.r, 1, 28)))} per psychiatry.`,
  (c) => `Pt's father passed ${D(c)} at ${m('AGE', String(int(c.r, 90, 104)))}; funeral in ${town(c)}.`,
  (c) => `Grandma ${N(given(c))} turned ${m('AGE', String(int(c.r, 90, 99)))} last wk & no longer recognizes pt.`,
  (c) => `Pt DOB ${dob(c)}, ${int(c.r, 18, 70)} y/o, reports sleep improved since ${D(c)}.`,
  (c) => `Pharmacy (${O(`${pick(c.r, c.v.towns)} Drug`)}) called re: early refill; spoke w/ ${N(given(c))}.`,
  (c) => `Next appt Tues ${D(c)} @ 2pm; collateral w/ husband ${N(c.cast[0]!.first)} to follow.`,
  (c) => `Labs drawn ${D(c)}; lithium level pending. Sister ${N(`${c.cast[1]!.first} ${c.cast[1]!.last}`)} drove her.`,
];

interface Fmt {
  style: string;
  paras: Para[];
  head: (c: Ctx) => string;
}

const DEV_FMTS: Fmt[] = [
  { style: 'couples', paras: COUPLES, head: (c) => `Conjoint session ${D(c)} — ${N(c.cast[0]!.first)} & ${N(c.cast[1]!.first)} ${N(c.cast[1]!.last)}` },
  { style: 'family', paras: FAMILY, head: (c) => `Family therapy, ${N(`${c.client.last}`)} household, ${D(c)}` },
  { style: 'group', paras: GROUP, head: (c) => `Group note: Seeking Safety, ${D(c)}, co-led` },
  { style: 'school', paras: SCHOOL, head: (c) => `School-based session (${N(`${c.client.first} ${c.client.last[0]}.`)}, gr. ${int(c.r, 1, 8)})` },
  { style: 'telehealth', paras: TELE, head: (c) => `Telehealth progress note — ${N(`${c.client.first} ${c.client.last}`)}` },
  { style: 'intake', paras: INTAKE, head: (c) => `Intake narrative, seen ${D(c)}` },
  { style: 'legal', paras: LEGAL, head: (c) => `Forensic/probation contact note re ${N(`${c.client.last}, ${c.client.first}`)}` },
  { style: 'med check', paras: MED, head: (c) => `Med mgmt collab — ${N(`${c.client.first[0]}${c.client.last[0]}`)}` },
];

const SHORT: Array<[RegExp, string]> = [
  [/\bwith\b/g, 'w/'],
  [/\bbecause\b/g, 'b/c'],
  [/\bfollow-up\b/g, 'f/u'],
  [/\bclient\b/gi, 'cl'],
  [/\bsession\b/g, 'sess'],
  [/\bweek\b/g, 'wk'],
];

/** Voices unlike round 8's: first-person prose, clipped, run-on dictation, CAPS header + lower body. */
function voice(r: Rng, head: string, body: string): { text: string; voice: string } {
  const v = pick(r, ['prose', 'prose', 'clipped', 'dictation', 'capshead']);
  if (v === 'prose') return { text: `${head}\n\nI met with the family/client today. ${body}`, voice: v };
  if (v === 'clipped') return { text: `${head}\n${outsideMarkers(body, (s) => SHORT.reduce((a, [re, to]) => a.replace(re, to), s), false).replace(/(?<!\b(?:Ms|Mr|Mrs|Dr|St|No|no))\. (?=[A-Z[])/g, '; ')}`, voice: v };
  if (v === 'dictation') return { text: `${head} ${outsideMarkers(body, (s) => s.replace(/\.(\s)/g, ' $1').replace(/;/g, ''), false)}`, voice: v };
  return { text: `${outsideMarkers(head, (s) => s.toUpperCase(), true)}\n${outsideMarkers(body, (s) => s.toLowerCase(), true)}`, voice: v };
}

function build(seed: number, n: number, v: Vocab, fmts: Fmt[], perNote: number, idPrefix: string, source: string): EgressNote[] {
  const r = mulberry32(seed);
  const out: EgressNote[] = [];
  for (let i = 0; i < n; i++) {
    const c: Ctx = { r, v, client: { first: '', last: '' }, cast: [] };
    c.client = person(c, true);
    c.cast = [person(c, true), person(c, true), person(c), person(c)];
    const f = fmts[i % fmts.length]!;
    const head = f.head(c);
    const body = pickN(c, f.paras, perNote);
    const { text, voice: vc } = voice(r, head, body);
    out.push({ id: `${idPrefix}-${String(i + 1).padStart(3, '0')}`, ...parseInline(text), source, kind: 'free_text', style: `${f.style} / ${vc}` });
  }
  return out;
}

// ---- ASIDE: written separately — its own vocabulary, formats and sentences ----
const A_FOSTER: Para[] = [
  (c) => `Foster mom ${N(`${c.cast[0]!.first} ${c.cast[0]!.last}`)} reports ${N(c.client.first)} hoards food under the bed.`,
  (c) => `Bio dad ${N(c.cast[1]!.first)} missed the supervised visit at the ${G(pick(c.r, c.v.towns))} DSS office on ${D(c)}.`,
  (c) => `Placement change to ${town(c)} expected after ${m('DATE', `${pick(c.r, MONTHS)} ${int(c.r, 1, 28)}`)}.`,
  (c) => `${N(c.client.first)} calls her foster brother "${N(pick(c.r, c.v.nick))}" and follows him everywhere.`,
  (c) => `Attends ${O(pick(c.r, c.v.schools))}; IEP meeting with ${pick(c.r, ['Mrs.', 'Mr.'])} ${N(pick(c.r, c.v.surnames))} on ${D(c)}.`,
];
const A_ELDER: Para[] = [
  (c) => `Mrs. ${N(c.client.last)} is ${m('AGE', String(int(c.r, 90, 102)))} and still drives to ${G(pick(c.r, c.v.churches))} every Sunday.`,
  (c) => `Her late husband ${N(c.cast[0]!.first)} died ${m('DATE', `${pick(c.r, MON)}. ${int(c.r, 1, 28)}`)} at ${G(pick(c.r, c.v.clinics))}.`,
  (c) => `Daughter ${N(`${c.cast[1]!.first} ${c.cast[1]!.last}`)} lives near ${landmark(c)} and visits Tuesdays.`,
  (c) => `She grew up in ${hood(c)} and worked 30 yrs at ${O(pick(c.r, c.v.employers))}.`,
  (c) => `Caregiver ${N(pick(c.r, c.v.given))} can be reached at ${phone(c)}.`,
];
const A_ONLINE: Para[] = [
  (c) => `Cl. posted as ${m('OTHER_ID', pick(c.r, c.v.handles))} and got 200+ cruel replies overnight.`,
  (c) => `Gamer tag ${m('OTHER_ID', pick(c.r, c.v.users))} was banned on ${D(c)} after the threats.`,
  (c) => `She forwarded ${m('PHOTO', `PXL_${pick(c.r, ['2025', '2026'])}${pad(int(c.r, 1, 12))}${pad(int(c.r, 1, 28))}_${digits(c.r, 9)}.jpg`)} showing the cuts.`,
  (c) => `Apple Watch serial ${m('DEVICE', `${letters(c.r, 1)}${digits(c.r, 2)}${letters(c.r, 4)}${digits(c.r, 3)}`)} logged a fall alert.`,
  (c) => `Fundraiser page ${m('URL', pick(c.r, c.v.sites))} for her brother ${N(c.cast[0]!.first)}.`,
  (c) => `Video visit from the ${G(pick(c.r, c.v.towns))} library study room.`,
];
const A_RECOVERY: Para[] = [
  (c) => `Residents in circle: ${N(pick(c.r, c.v.given))}, ${N(`${pick(c.r, c.v.wordGiven)} ${letters(c.r, 1)}.`)}, ${N(`${letters(c.r, 1)}.${letters(c.r, 1)}.`)}, ${N(pick(c.r, c.v.given))}.`,
  (c) => `Sober since ${D(c)}; chip ceremony at ${G(pick(c.r, c.v.churches))}.`,
  (c) => `Case mgr ${N(`${c.cast[1]!.first} ${c.cast[1]!.last}`)} at ${G(pick(c.r, c.v.clinics))} arranging detox bed.`,
  (c) => `Arrest in ${G(`${pick(c.r, c.v.counties)} County`)}, citation ${m('OTHER_ID', `${letters(c.r, 2)}${digits(c.r, 6)}`)}, court ${D(c)}.`,
  (c) => `Her PO, Officer ${N(pick(c.r, c.v.surnames))}, allowed travel to ${town(c)} for the funeral.`,
];
const A_FMTS: Fmt[] = [
  { style: 'foster care', paras: A_FOSTER, head: (c) => `Child/family note ${D(c)} — ${N(c.client.first)}, age ${int(c.r, 4, 12)}` },
  { style: 'geriatric', paras: A_ELDER, head: (c) => `Home visit, ${D(c)}. Pt: ${N(`${c.client.first[0]}. ${c.client.last}`)}` },
  { style: 'online harm', paras: A_ONLINE, head: (c) => `Virtual f/u ${D(c)}` },
  { style: 'residential', paras: A_RECOVERY, head: (c) => `Residential group + individual, ${D(c)}` },
];

export const DEV: EgressNote[] = build(0x9e9, 96, DEV_V, DEV_FMTS, 5, 'gen9-dev', 'gen9 dev');
export const ASIDE: EgressNote[] = build(0xa51de9, 44, ASIDE_V, A_FMTS, 4, 'gen9-aside', 'gen9 aside');
