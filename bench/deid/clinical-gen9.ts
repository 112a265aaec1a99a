// Issue 14 (R35), round 9 (clin9): a GENERATOR of synthetic ICU and ward nursing / progress notes,
// written and committed before the detection code of this round was read. It aims at the KINDS of
// error the PhysioNet development patients still show (listed in the round's notes, never copied):
//   names   family members in lower case, short given names that are also words or syllables,
//           two children named in a list, names with titles (Mr/Mrs/Dr) whose surname is a word,
//           a name inside a confused patient's quoted speech;
//   places  lower-case towns of one or two words after lives / lives alone in / from / moved to,
//           hospitals named by an acronym (…H, …MC) after transfer words, a named ward + bed
//           number, employers after works for / his company / retired from, facilities with
//           a generic kind word (the kind word neutral ORG, as in clinical-gen7/8);
//   dates   month/day without a year after event words, month-name dates with "of" + year,
//           weekday abbreviations, dates before am/pm and inside brackets.
// Every note is also dense with shapes that are NOT identifiers: vitals and ratios (BP 118/64,
// pain 4/10, strength 4/5, I/O 1200/850, percocet 5/325), clock times (@ 13:10, 0030, 2200),
// vent settings (AC 500/14/5), doses and rates, hospital gowns ("johnny"), eponyms written wrongly
// or in lower case (trendelenberg, swan, foley), generic facility words (assisted living, heart
// center, rehab facility), states and countries as travel destinations (not identifiers under
// Safe Harbor), and capitalised typos at the start of a line.
// All identities are invented and obviously synthetic; no corpus wording.
//
// DEV (150 notes) is tuned against. ASIDE (`--aside`, 70 notes) is written separately in other
// voices (physician SOAP notes, respiratory therapy and case-management notes, a run-on night
// narrative) with other identities and templates; it is scored once, at the end, totals only.
// Runner: `node --import tsx bench/deid/clinical-gen9-run.ts [--aside] [--quiet]`.
import { chance, fillDistinct, int, mulberry32 as rng, pick, type Rng } from '../rng.ts';

const g = (type: string, v: string): string => `[[${type}|${v}]]`;

interface Vocab {
  surnames: string[];
  wordSurnames: string[];
  given: string[];
  shortGiven: string[];
  towns: string[];
  hospitals: string[];
  hospitalAcronyms: string[];
  facilities: string[];
  facilityKinds: string[];
  wards: string[];
  employers: string[];
  months: string[];
  weekdays: string[];
}

const DEV_VOCAB: Vocab = {
  surnames: ['Pondicherry-Vail', 'Wexcombe', 'Ardelean', 'Quistgaard', 'Moberley', 'Tsvetkova', 'Hollinrake', 'Brackwater', 'Szczepan', 'Ollivander-Roe'],
  wordSurnames: ['Gable', 'Plank', 'Haddock', 'Cotton', 'Reed', 'Wheeler', 'Strand', 'Chalk', 'Glover', 'Temple'],
  given: ['Briseida', 'Corwin', 'Ysolde', 'Fenwick', 'Marguerite', 'Osric', 'Thessaly', 'Leopold', 'Anneliese', 'Barnaby'],
  shortGiven: ['bea', 'ned', 'flo', 'gus', 'dot', 'cal', 'vi', 'abe', 'liv', 'hal'],
  towns: ['gristle point', 'morrow falls', 'ashby fen', 'quenby', 'tillinghast', 'little hadham', 'brookvale', 'cray harbor'],
  hospitals: ['Marrowbone Valley', 'St. Ottoline', 'Kestrel Point', 'Harwood Mercy', 'Lindqvist'],
  hospitalAcronyms: ['MVH', 'KPMC', 'SOH', 'HMH', 'BRMC'],
  facilities: ['Thornleigh', 'Pebblebrook', 'Aldous Grange', 'Copperbeech', 'Wintermere'],
  facilityKinds: ['House', 'Rehab', 'Manor', 'Nursing Home', 'Care Center', 'rehab'],
  wards: ['Fenwright', 'Holloway', 'Castellan', 'Brinkley'],
  employers: ['Quillon Biotech', 'Tarrant Mills', 'Ashgrove Freight', 'Pemberly Glassworks', 'Voss Dynamics'],
  months: ['jan', 'feb', 'march', 'april', 'june', 'july', 'aug', 'sept', 'oct', 'nov', 'dec'],
  weekdays: ['mon', 'tues', 'wed', 'thurs', 'fri', 'sat', 'sun', 'monday', 'friday', 'sunday'],
};

const ASIDE_VOCAB: Vocab = {
  surnames: ['Kilbride', 'Ustinova', 'Featherstonehaugh', 'Dragomir', 'Winterbottom', 'Achterberg', 'Lisowski', 'Caldicott'],
  wordSurnames: ['Butler', 'Fowler', 'Crane', 'Sparrow', 'Fisher', 'Archer', 'Mason', 'Bell'],
  given: ['Perpetua', 'Amadeus', 'Rosamund', 'Leocadio', 'Winifred', 'Ebenezer', 'Clotilde', 'Ansgar'],
  shortGiven: ['jo', 'ed', 'di', 'al', 'mo', 'ty', 'em', 'lu'],
  towns: ['saltmarsh cove', 'penwick', 'hollins ferry', 'dorrington', 'east brayfield', 'oxley'],
  hospitals: ['Greystone Abbey', 'St. Eulalia', 'Pinewarden', 'Corrigan Memorial'],
  hospitalAcronyms: ['GAH', 'SEMC', 'PWH', 'CMH'],
  facilities: ['Larkhill', 'Bramblewood', 'Ivybridge', 'Sorrel Park'],
  facilityKinds: ['Skilled Nursing', 'Rehabilitation', 'Home', 'Lodge'],
  wards: ['Ravenscroft', 'Dunmore', 'Aldwych'],
  employers: ['Okonkwo Shipping', 'Belvedere Textiles', 'Marchetti Bakery', 'Harlan Semiconductors'],
  months: ['January', 'Feb.', 'Mar', 'May', 'Aug.', 'October', 'December'],
  weekdays: ['Tue', 'Thu', 'Wednesday', 'Saturday', 'Weds'],
};

// ---------------------------------------------------------------- PHI shapes
function md(r: Rng): string {
  return `${int(r, 1, 12)}/${int(r, 1, 28)}`;
}
function year4(r: Rng): string {
  return String(int(r, 2080, 2150));
}
function date(r: Rng, v: Vocab): string {
  switch (int(r, 0, 7)) {
    case 0:
      return `${g('DATE', pick(r, v.weekdays))} ${g('DATE', md(r))}`;
    case 1:
      return `${g('DATE', pick(r, v.months))} of ${g('DATE', year4(r))}`;
    case 2:
      return g('DATE', `${pick(r, v.months)} ${int(r, 1, 28)}`);
    case 3:
      return `(${g('DATE', md(r))})`;
    case 4:
      return `${g('DATE', md(r))} ${pick(r, ['am', 'pm', 'AM', 'eve', 'noc'])}`;
    case 5:
      return `last ${g('DATE', pick(r, v.weekdays))}`;
    default:
      return g('DATE', md(r));
  }
}
function surname(r: Rng, v: Vocab): string {
  return chance(r, 0.4) ? pick(r, v.wordSurnames) : pick(r, v.surnames);
}
function titled(r: Rng, v: Vocab): string {
  return `${pick(r, ['Mr.', 'Mrs.', 'Mr', 'Mrs', 'Ms.', 'Dr.', 'Dr'])} ${g('NAME', surname(r, v))}`;
}
function lowerKin(r: Rng, v: Vocab): string {
  const k = pick(r, ['dtr', 'daughter', 'son', 'wife', 'husband', 'sister', 'brother', 'niece', 'grandson', 'friend']);
  const n = chance(r, 0.5) ? pick(r, v.shortGiven) : pick(r, v.given).toLowerCase();
  return pick(r, [`${k} ${g('NAME', n)}`, `${g('NAME', n)} (${k})`, `${k}, ${g('NAME', n)},`]);
}
function children(r: Rng, v: Vocab): string {
  const a = pick(r, v.shortGiven);
  let b = pick(r, v.given).toLowerCase();
  if (chance(r, 0.5)) b = pick(r, v.shortGiven);
  return `${g('NAME', a)} and ${g('NAME', b)}`;
}
function town(r: Rng, v: Vocab): string {
  return g('GEO', pick(r, v.towns));
}
function hospital(r: Rng, v: Vocab): string {
  return pick(r, [
    g('GEO', pick(r, v.hospitalAcronyms)),
    `${g('GEO', pick(r, v.hospitals))} ${g('ORG', 'Hospital')}`,
    `${g('GEO', pick(r, v.hospitals))}`,
  ]);
}
function facility(r: Rng, v: Vocab): string {
  return `${g('GEO', pick(r, v.facilities))} ${g('ORG', pick(r, v.facilityKinds))}`;
}
function ward(r: Rng, v: Vocab): string {
  return `${g('GEO', pick(r, v.wards))} ${int(r, 2, 12)}`;
}
function employer(r: Rng, v: Vocab): string {
  return g('GEO', pick(r, v.employers));
}

// ---------------------------------------------------------------- clinical filler (no PHI)
const NEURO = ['alert, oriented x3', 'aox1 to self', 'opens eyes to voice', 'mae on command', 'perl 3mm brisk', 'propofol 30mcg/kg/min', 'fentanyl 50mcg/hr', 'haldol 2mg iv @ 2200', 'ciwa 12, ativan 1mg po', 'restless overnight, reoriented', 'denies pain', 'pain 4/10 -> 1/10 after morphine 2mg', 'strength 4/5 upper, 3/5 lower', 'gcs 11', 'no seizure activity'];
const RESP = ['ls clear upper, crackles bases', 'cpap 5 fio2 40%', 'ac 500/14/5 fio2 50%', 'ps 10/5, rsbi 62', 'sats 93-96% on 4l nc', 'abg 7.41/39/92', 'sxn x2 for thick white secretions', 'nebs q4h', 'rr 16-22 unlabored', 'face tent 40%', 'ett 7.5 @ 23cm lip', 'cxr: no change', 'peep 8, vt 450'];
const CV = ['hr 70-80s sr', 'afib 100-120s, dilt 10mg/hr', 'bp 118/64 (80)', 'sbp 90-110', 'levo 0.06mcg/kg/min', 'k 3.4, repleted 40meq', 'mg 1.7 -> 2g iv', 'cvp 10', 'pulses +2 dp/pt', 'hct 28.1 -> 29.0', 'trop 0.04', 'heparin 1000u/hr, ptt 71', 'map > 65 all shift', '1+ edema le'];
const GIGU = ['abd soft nt/nd', 'tf at 50cc/hr goal 70', 'residuals < 40', 'bm x2 loose, guaiac neg', 'npo p mn', 'foley 30-60cc/hr clear', 'lasix 40mg iv @ 1400', 'bun/cr 28/1.2', 'fs 150s riss', 'i/o 1200/850', 'd5 1/2ns @ 80', 'percocet 5/325 1 tab'];
const SKIN = ['skin intact', 'coccyx stage 2, mepilex', 'tmax 38.2, cx sent', 'r ij tlc d/i', 'picc l arm', 'turned q2h', 'vanco 1g q12h', 'wbc 11.4', 'afebrile', 'incision cdi'];

const FILL_JOINERS = ['. ', ', ', '; ', ' ... '];
const fill = (r: Rng, xs: readonly string[], lo: number, hi: number): string => fillDistinct(r, xs, lo, hi, FILL_JOINERS);

const TRAPS_DEV = [
  'Pt in clean johnny, linens changed x2.',
  'Swan wedged once, swan cath pulled to 45cm.',
  'Placed in trendelenberg for line change, tolerated.',
  'Considering d/cing foley and a-line in am.',
  'Family hopes pt can go to assisted living eventually.',
  'Cardiac rehab referral; heart center pamphlet given.',
  'Daughter flying in from Florida tomorrow; son on vacation in Ireland.',
  'Wife leaving for Bermuda for a week, will call daily.',
  'Rhonchi Bilat at 0500, cleared w/ cough.',
  'Vent changed to 600/12/5 at 0300, abg to follow.',
  'Light sedation goal, rass 0 to -1.',
  'Pt thinking clearly this am, plan reviewed.',
  'Bair hugger for temp 35.6, rewarmed by 0600.',
  'Heparin sc 5000u tid, pneumoboots on.',
  'Grade 2/6 murmur, unchanged per resident.',
  'Plan per team: wean, mobilize, oob to chair.',
  'ICU team aware, house officer paged x1.',
  'Lasix drip @ 10mg/hr, goal neg 1L.',
  'Amio load 150mg over 10 min then 1mg/min.',
  'PT eval: max assist x2, will need rehab facility.',
];
const TRAPS_ASIDE = [
  'Rounded with attending; will diurese gently today.',
  'Patient wearing hospital gown and non-skid socks.',
  'Sister vacationing in Hawaii; brother lives in Texas.',
  'Tele reviewed: nsr, rare pac.',
  'Dobhoff advanced under fluoro, kub confirms post-pyloric.',
  'SCDs on, heparin 5000 q8.',
  'Pt asking for coffee and newspaper.',
  'Discussed with charge nurse and pharmacy.',
];

// ---------------------------------------------------------------- sentences with PHI
type Phi = (r: Rng, v: Vocab) => string;
const PHI_DEV: Phi[] = [
  (r, v) => `social: ${lowerKin(r, v)} visited this eve, updated on plan.`,
  (r, v) => `pt has 2 children who share hcp role, ${children(r, v)}.`,
  (r, v) => `lives alone in ${town(r, v)}; ${lowerKin(r, v)} lives nearby.`,
  (r, v) => `${lowerKin(r, v)} drove in from ${town(r, v)} today.`,
  (r, v) => `pt moved to ${town(r, v)} after retiring from ${employer(r, v)}.`,
  (r, v) => `anxious re: his company ${employer(r, v)}, wants to call work.`,
  (r, v) => `works for ${employer(r, v)} as a ${pick(r, ['driver', 'chemist', 'machinist', 'clerk'])}.`,
  (r, v) => `transferred from ${hospital(r, v)} ${date(r, v)} for ${pick(r, ['cath', 'ercp', 'cabg eval', 'trach/peg'])}.`,
  (r, v) => `d/c'd to ${facility(r, v)} by ambulance @ ${int(r, 10, 16)}:${int(r, 10, 59)}.`,
  (r, v) => `pt admitted to ${ward(r, v)} with ${pick(r, ['sob', 'confusion', 'gi bleed', 'fever'])}, then to micu.`,
  (r, v) => `${titled(r, v)} is a ${int(r, 50, 88)} yo with ${pick(r, ['copd', 'chf', 'esrd', 'cirrhosis'])}.`,
  (r, v) => `${titled(r, v)} aware of hct, will transfuse.`,
  (r, v) => `confused overnight, states he is "at ${g('NAME', pick(r, v.shortGiven))}'s house".`,
  (r, v) => `in ${date(r, v)} pt was at ${hospital(r, v)} with pneumonia.`,
  (r, v) => `s/p ${pick(r, ['fall', 'cabg', 'avr', 'orif'])} on ${date(r, v)}; vanco started ${date(r, v)}.`,
  (r, v) => `family meeting planned ${date(r, v)} with ${titled(r, v)}.`,
  (r, v) => `wife ${g('NAME', `${pick(r, v.given)} ${surname(r, v)}`)} called, # on chart.`,
  (r, v) => `plan: transfer to ${hospital(r, v)} when bed avail, report to ${g('NAME', surname(r, v))} RN.`,
  (r, v) => `old records from ${hospital(r, v)} reviewed; last echo ${date(r, v)}.`,
];
const PHI_ASIDE: Phi[] = [
  (r, v) => `S: pt's ${pick(r, ['partner', 'stepson', 'aunt'])} ${g('NAME', pick(r, v.shortGiven))} reports poor intake at home.`,
  (r, v) => `Lives with roommate in ${town(r, v)}, walks with cane.`,
  (r, v) => `Retired machinist (${employer(r, v)}).`,
  (r, v) => `Came over from ${hospital(r, v)} on ${date(r, v)} intubated.`,
  (r, v) => `CM: screening for ${facility(r, v)}; ${g('NAME', pick(r, v.given))} ${g('NAME', surname(r, v))} from admissions to call back.`,
  (r, v) => `A/P: discussed with ${titled(r, v)}; repeat lytes ${date(r, v)}.`,
  (r, v) => `RT: pt was on ${ward(r, v)} before icu; vent since ${date(r, v)}.`,
  (r, v) => `kids ${children(r, v)} at bedside tonight.`,
  (r, v) => `overnight pt called out for ${g('NAME', pick(r, v.shortGiven))} repeatedly, thinks he is home in ${town(r, v)}.`,
  (r, v) => `Hx: TKA ${date(r, v)} at ${hospital(r, v)}.`,
];

const HEADERS = ['nursing progress note 7a-7p', 'NPN 1900-0700', 'MICU nsg note', 'CCU NURSING PROGRESS NOTE', 'admission note', 'Nursing addendum'];
const HEADERS_ASIDE = ['Progress note - ICU attending', 'Respiratory care note', 'Case management', 'Night shift narrative'];
const SYSTEMS: [string, readonly string[]][] = [
  ['neuro', NEURO],
  ['resp', RESP],
  ['cv', CV],
  ['gi/gu', GIGU],
  ['id/skin', SKIN],
];

function recase(marked: string, how: 'upper' | 'lower' | 'mixed'): string {
  if (how === 'mixed') return marked;
  if (how === 'upper') return marked.toUpperCase();
  return marked.toLowerCase().replace(/\[\[([a-z_]+)\|/g, (_m, t: string) => `[[${t.toUpperCase()}|`);
}

function note(r: Rng, v: Vocab): string {
  const lines: string[] = [pick(r, HEADERS)];
  const tele = chance(r, 0.3); // telegraphic: no system labels, one long run
  const parts: string[] = [];
  for (const [label, words] of SYSTEMS) {
    let line = `${tele ? '' : `${label}${pick(r, [': ', '- ', '....', '='])}`}${fill(r, words, 2, 4)}.`;
    const roll = r();
    if (roll < 0.35) line += ` ${pick(r, PHI_DEV)(r, v)}`;
    else if (roll < 0.65) line += ` ${pick(r, TRAPS_DEV)}`;
    parts.push(line);
  }
  parts.push(pick(r, PHI_DEV)(r, v) + ' ' + pick(r, TRAPS_DEV));
  parts.push(`${tele ? '' : 'plan: '}${pick(r, PHI_DEV)(r, v)}`);
  if (tele) lines.push(parts.join(' '));
  else lines.push(...parts);
  const how = pick(r, ['upper', 'lower', 'lower', 'mixed'] as const);
  return recase(lines.join('\n'), how);
}

function noteAside(r: Rng, v: Vocab): string {
  const h = pick(r, HEADERS_ASIDE);
  const body: string[] = [];
  if (h.startsWith('Progress')) {
    body.push(`S: ${pick(r, PHI_ASIDE)(r, v)} ${pick(r, TRAPS_ASIDE)}`);
    body.push(`O: ${fill(r, CV, 2, 3)}; ${fill(r, RESP, 1, 2)}.`);
    body.push(`A/P: ${pick(r, PHI_ASIDE)(r, v)} ${fill(r, GIGU, 1, 2)}.`);
  } else if (h.startsWith('Respiratory')) {
    body.push(`${fill(r, RESP, 3, 4)}. ${pick(r, PHI_ASIDE)(r, v)}`);
    body.push(pick(r, TRAPS_ASIDE));
  } else if (h.startsWith('Case')) {
    body.push(`${pick(r, PHI_ASIDE)(r, v)} ${pick(r, PHI_ASIDE)(r, v)}`);
    body.push(`${pick(r, TRAPS_ASIDE)} Will follow.`);
  } else {
    body.push(
      [fill(r, NEURO, 1, 2), pick(r, PHI_ASIDE)(r, v), fill(r, CV, 1, 2), pick(r, TRAPS_ASIDE), pick(r, PHI_ASIDE)(r, v)].join(' ... '),
    );
  }
  const how = pick(r, ['upper', 'lower', 'mixed', 'mixed'] as const);
  return recase([h, ...body].join('\n'), how);
}

function build(seed: number, n: number, v: Vocab, aside: boolean): string[] {
  const r = rng(seed);
  return Array.from({ length: n }, () => (aside ? noteAside(r, v) : note(r, v)));
}

/** Development notes (tuned against). */
export const DEV: string[] = build(9009, 150, DEV_VOCAB, false);
/** Set-aside notes: other voices, templates and identities; totals only, once, at the very end. */
export const ASIDE: string[] = build(9919, 70, ASIDE_VOCAB, true);
