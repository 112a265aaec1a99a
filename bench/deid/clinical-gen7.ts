// Issue 14 (R35), round 7 (clin7): a GENERATOR of synthetic nursing shift notes, written before the
// detection code was read. The PhysioNet held-out notes are long and written in nursing shorthand;
// the earlier probes were single lines. Each note here runs by system (neuro, resp, CV, GI/GU,
// skin, social, plan), in capitals, lower case or mixed, dense with vitals, doses, drips, times,
// lab values and abbreviations, and carries PHI in clinical shapes:
//   dates  month/day without year, weekday + date, ranges, "s/p … 2/9", dates glued to words or
//          punctuation, month-name dates, holiday names, two-digit years;
//   places hospitals and outside hospitals, rehab and nursing facilities, named units, towns with
//          and without a state, street addresses, ZIP codes;
//   names  clinicians with titles and initials, family members, "Dr." + a surname that is also an
//          English word;
//   phones and pagers; record numbers.
// Every third or so line carries no PHI at all and is a trap: eponyms, drug brands, devices,
// generic units (CCU, MICU, PACU), places inside medical terms, abbreviations that are names.
// All identities are invented and obviously synthetic; no corpus wording.
//
// Gold follows docs/deid.md as the earlier probes do: names, dates (a weekday or holiday beside
// or standing for a date), places smaller than a state, phones, record numbers. A facility's
// generic word (Hospital, Rehab, Manor) is marked neutral `[[ORG|…]]`: the corpora disagree on it.
//
// DEV is what round 7 is tuned against. ASIDE uses other templates and other words; it is scored
// once at the end, totals only (`node --import tsx bench/deid/clinical-gen7-run.ts --aside`).

// The seeded PRNG (bench/rng.ts), so every run builds the same notes.
import { chance, fillDistinct, int, mulberry32 as rng, pick, type Rng } from '../rng.ts';

const g = (type: string, v: string): string => `[[${type}|${v}]]`;

/** Word lists for one part: DEV and ASIDE have disjoint identities and place words. */
interface Vocab {
  surnames: string[];
  wordSurnames: string[];
  given: string[];
  towns: string[];
  states: string[];
  hospitals: string[];
  facilities: string[];
  facilityKinds: string[];
  units: string[];
  streets: string[];
  streetKinds: string[];
  holidays: string[];
  months: string[];
  weekdays: string[];
}

const DEV_VOCAB: Vocab = {
  surnames: ['Pellworth', 'Quillfeather', 'Brandywell', 'Ostrowicz', 'Vandermoss', 'Tarrowby', 'Kesselring', 'Abernathy-Lowe', 'Nyquistel', 'Fothergrave', 'Dallimore', 'Zenkowitz'],
  wordSurnames: ['Frost', 'Marsh', 'Bishop', 'Hale', 'Sharp', 'Fields', 'Stone', 'Wolf', 'Read', 'Young', 'Price', 'Little'],
  given: ['Odalys', 'Tobiah', 'Prudence', 'Wrenna', 'Caspian', 'Delphine', 'Ignatius', 'Marisol', 'Benedikt', 'Ottilie', 'Ravi', 'Junia'],
  towns: ['Quarrington', 'Thistleford', 'Marrowdale', 'East Pellham', 'Oakhollow', 'Bramblecote', 'North Ashgrove', 'Willowmere'],
  states: ['NH', 'ME', 'VT', 'MA', 'RI', 'CT'],
  hospitals: ['Larkspur Valley', 'St. Wenceslas', 'Brindlecombe', 'Hartsfield Mercy', 'Quarrington General', 'Saint Gertrudis'],
  facilities: ['Harrowgate', 'Fennimore House', 'Cobble Hill', 'Amberlea', 'Greythorne'],
  facilityKinds: ['Rehab', 'Nursing Home', 'Manor', 'Rehab Center', 'NH', 'LTC'],
  units: ['Tolliver', 'Ashcombe', 'Brightwater', 'Kellerman'],
  streets: ['Ferncastle', 'Quimby', 'Larchmont Hollow', 'Pennywhistle', 'Old Saddler'],
  streetKinds: ['Rd', 'St', 'Ave', 'Lane', 'Dr', 'Way'],
  holidays: ['Christmas', 'Thanksgiving', "New Year's", 'Easter', 'Xmas', "New Years Eve"],
  months: ['Jan', 'Feb', 'March', 'Apr', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
  weekdays: ['Mon', 'Tues', 'Wed', 'Thurs', 'Fri', 'Sat', 'Sun', 'Monday', 'Tuesday', 'Friday', 'Sunday'],
};

const ASIDE_VOCAB: Vocab = {
  surnames: ['Merriwether-Ng', 'Gallowglass', 'Stoddington', 'Pruszynski', 'Ollerenshaw', 'Trevellick', 'Hazelrigg', 'Cuthbertson', 'Ravensdale', 'Yarborough-Ito'],
  wordSurnames: ['Baker', 'Hunter', 'Rivers', 'Best', 'Moody', 'Black', 'Snow', 'Lamb', 'Mills', 'Woods'],
  given: ['Ermengarde', 'Lysander', 'Philippa', 'Thaddeus', 'Clementine', 'Anselm', 'Rosalba', 'Evander', 'Henrietta', 'Kwabena'],
  towns: ['Sallowbrook', 'Kettering Falls', 'Upper Dunmarsh', 'Pinchbeck', 'Wickhaven', 'Foxcombe', 'South Brackley'],
  states: ['NY', 'PA', 'NJ', 'OH'],
  hospitals: ['Mount Oriel', 'Saint Benedetta', 'Coldharbour', 'Vesper Ridge', 'Pinchbeck Regional'],
  facilities: ['Hollybrook', 'Marigold Terrace', 'Dunraven', 'Lindenhurst Park'],
  facilityKinds: ['Skilled Nursing', 'Rehabilitation', 'Care Center', 'Assisted Living'],
  units: ['Farrington', 'Lowell-Price', 'Cardew'],
  streets: ['Tamarisk', 'Gristmill', 'Beechnut', 'Crowfoot'],
  streetKinds: ['Street', 'Road', 'Court', 'Terrace', 'Blvd'],
  holidays: ['Memorial Day', 'Labor Day', 'July 4th', 'Halloween', 'Valentines Day', 'Christmas Eve'],
  months: ['January', 'February', 'April', 'May', 'August', 'September', 'October', 'December'],
  weekdays: ['Wednesday', 'Thursday', 'Saturday', 'Weds', 'Thu', 'Tue'],
};

// ---------------------------------------------------------------- PHI shapes
function md(r: Rng): string {
  const m = int(r, 1, 12);
  const d = int(r, 1, 28);
  return chance(r, 0.2) ? `${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}` : `${m}/${d}`;
}
function year2(r: Rng): string {
  return String(int(r, 80, 99));
}
function date(r: Rng, v: Vocab): string {
  switch (int(r, 0, 9)) {
    case 0:
      return g('DATE', `${md(r)}/${year2(r)}`);
    case 1:
      return `${g('DATE', pick(r, v.weekdays))} ${g('DATE', md(r))}`;
    case 2:
      return `${g('DATE', pick(r, v.weekdays))} (${g('DATE', md(r))})`;
    case 3:
      return g('DATE', `${pick(r, v.months)} ${int(r, 1, 28)}${chance(r, 0.4) ? pick(r, ['st', 'th', 'nd']) : ''}`);
    case 4:
      return g('DATE', `${int(r, 1, 28)} ${pick(r, v.months)}`);
    default:
      return g('DATE', md(r));
  }
}
function range(r: Rng): string {
  const m = int(r, 1, 12);
  const d = int(r, 1, 20);
  return pick(r, [
    `${g('DATE', `${m}/${d}`)}-${g('DATE', `${m}/${d + int(r, 1, 6)}`)}`,
    `${g('DATE', `${m}/${d}`)} to ${g('DATE', `${m}/${d + int(r, 1, 6)}`)}`,
    `${g('DATE', `${m}/${d}`)}-${g('DATE', String(d + int(r, 1, 6)))}`,
  ]);
}
function surname(r: Rng, v: Vocab): string {
  return chance(r, 0.35) ? pick(r, v.wordSurnames) : pick(r, v.surnames);
}
function clinician(r: Rng, v: Vocab): string {
  const s = surname(r, v);
  const i = pick(r, v.given)[0]!;
  switch (int(r, 0, 8)) {
    case 0:
      return `Dr. ${g('NAME', s)}`;
    case 1:
      return `Dr ${g('NAME', s)}`;
    case 2:
      return `${g('NAME', `${i}. ${s}`)} RN`;
    case 3:
      return `${g('NAME', s)}, RN`;
    case 4:
      return `NP ${g('NAME', s)}`;
    case 5:
      return `${g('NAME', `${pick(r, v.given)} ${s}`)} (case mgr)`;
    case 6:
      return `Dr. ${g('NAME', `${i}. ${s}`)}`;
    case 7:
      return `${g('NAME', s)} MD`;
    default:
      return `Drs. ${g('NAME', s)} and ${g('NAME', surname(r, v))}`;
  }
}
const KIN = ['wife', 'husband', 'dtr', 'daughter', 'son', 'sister', 'bro', 'niece', 'nephew', 'neighbor', 'HCP', 'grandson', 'partner'];
function kin(r: Rng, v: Vocab): string {
  const k = pick(r, KIN);
  switch (int(r, 0, 4)) {
    case 0:
      return `${k} ${g('NAME', pick(r, v.given))}`;
    case 1:
      return `${k} ${g('NAME', `${pick(r, v.given)} ${surname(r, v)}`)}`;
    case 2:
      return `${k} (${g('NAME', pick(r, v.given))})`;
    case 3:
      return `${k}, ${g('NAME', pick(r, v.given))},`;
    default:
      return `${g('NAME', pick(r, v.given))} (${k})`;
  }
}
function hospital(r: Rng, v: Vocab): string {
  const h = g('GEO', pick(r, v.hospitals));
  return pick(r, [h, `${h} ${g('ORG', 'Hospital')}`, `${h} ${g('ORG', 'Med Ctr')}`, `${h} ${g('ORG', 'Hosp')}`, `OSH (${h})`]);
}
function facility(r: Rng, v: Vocab): string {
  return `${g('GEO', pick(r, v.facilities))} ${g('ORG', pick(r, v.facilityKinds))}`;
}
function town(r: Rng, v: Vocab): string {
  const t = g('GEO', pick(r, v.towns));
  return chance(r, 0.4) ? `${t}, ${pick(r, v.states)}` : t;
}
function street(r: Rng, v: Vocab): string {
  return g('GEO', `${int(r, 2, 980)} ${pick(r, v.streets)} ${pick(r, v.streetKinds)}`);
}
function zip(r: Rng): string {
  return g('GEO', `0${int(r, 1000, 9999)}`);
}
function unit(r: Rng, v: Vocab): string {
  return `${g('GEO', pick(r, v.units))} ${int(r, 2, 12)}`;
}
function phone(r: Rng): string {
  return g(
    'PHONE',
    pick(r, [
      `555-0${int(r, 100, 199)}`,
      `(${int(r, 201, 989)}) 555-0${int(r, 100, 199)}`,
      `${int(r, 201, 989)}-555-0${int(r, 100, 199)}`,
      `${int(r, 2, 9)}-${int(r, 1000, 9999)}`,
      `${int(r, 30000, 39999)}`,
    ]),
  );
}
function mrn(r: Rng): string {
  return g('MRN', String(int(r, 1000000, 9999999)));
}

// ---------------------------------------------------------------- clinical filler (no PHI)
const NEURO = ['A&Ox3', 'A+O x2', 'MAE', 'PERRL 3mm', 'follows commands', 'lethargic but arousable', 'RASS -1', 'CAM neg', 'no sz activity', 'grips equal', 'moves all ext', 'sedated on propofol 40mcg/kg/min', 'fentanyl gtt 75mcg/hr', 'ativan 1mg IV x1 for agitation', 'haldol 2mg IV @ 0200', 'pupils sluggish', 'nods appropriately', 'oriented to self only', 'c/o HA, tylenol 650 PR', 'dilaudid 0.5mg IV q3h prn'];
const RESP = ['LS coarse bilat', 'diminished bases', 'clear upper lobes', 'sx for thick tan sputum', 'CPAP 5/5 FiO2 40%', 'AC 500x14 PEEP 5', 'sats 94-97%', 'RR 18-24', 'on 4L NC', '50% cool neb via face tent', 'ABG 7.38/42/88', 'weaned to PS 10/5', 'albuterol/atrovent nebs q4h', 'CXR this am - RLL infiltrate', 'NP sx x2 sm amt', 'trach mask 35%', 'RSBI 58', 'ETT 7.5 @ 22 lip'];
const CV = ['HR 80s-90s NSR', 'SR w/ occ PVCs', 'AFib 110-130s', 'BP 100-120/50s', 'MAP >65', 'levophed 0.08mcg/kg/min', 'neo weaned off @ 0400', 'lopressor 5mg IV x2', 'dilt gtt 10mg/hr', 'K 3.3 repleted w/ 40 KCL', 'Mg 1.6 -> 2gm IV', 'CVP 8-12', 'PA 38/18', 'CI 2.3', 'pulses palp x4', 'ext warm, +1 edema', 'hct 27.4 -> 1u PRBC', 'INR 2.1', 'CK 412, trop 0.08', 'heparin gtt @ 900u/hr, PTT 68'];
const GIGU = ['abd soft, +BS', 'TF @ 60cc/hr via NGT', 'residuals <30cc', 'OGT to LCWS', 'BM x1 guaiac neg', 'NPO after MN', 'colace/senna', 'foley draining 40-80cc/hr clear yellow', 'UO marginal, lasix 40 IV @ 1600', 'BUN/Cr 32/1.4', 'FS 140-180 RISS', 'insulin gtt 3u/hr', 'PEG clamped', 'tol sips', 'flexiseal in place', 'I/O +1.2L', 'd5 1/2ns @ 75cc/hr', 'lactulose 30ml q6h'];
const SKIN = ['skin intact', 'coccyx stage II, duoderm on', 'sacral decub - wet to dry', 'heels boggy, boots on', 'L IJ CVL site clean', 'R radial aline dsg D+I', 'PICC R arm flushes', 'JP x2 serosang 30cc', 'mepilex to buttocks', 'turned q2h', 'incision w/ steri strips', 'afebrile, Tmax 38.1', 'T 100.8 po, cx sent', 'vanco/zosyn', 'contact precautions MRSA'];
const CODES = ['FULL CODE', 'DNR/DNI', 'full code per team', 'code status discussed'];

const FILL_JOINERS = ['. ', ', ', '; ', '. '];
const fill = (r: Rng, xs: readonly string[], lo: number, hi: number): string => fillDistinct(r, xs, lo, hi, FILL_JOINERS);

// Traps: lines with no identifier at all, each a shape an over-eager rule could misread.
const TRAPS_DEV = [
  'Foley changed to 16 Fr, Swan pulled back 2cm, Trendelenburg for line placement.',
  "Murphy's sign neg. Homan's neg bilat. Cushingoid appearance noted.",
  'Hickman flushed, Groshong capped, Hohn cath d/c\'d.',
  'Levophed, Neo, Vaso all off since 0300. Pt on Lasix gtt.',
  'Christmas tree adapter to O2, Yankauer at bedside, Ambu bag present.',
  'Transferred from MICU to CCU, then to floor. PACU report given to SICU RN.',
  'Hx West Nile vs Lyme, ID following. r/o Rocky Mtn spotted fever.',
  'NYHA class III, Child-Pugh B, Ranson 3, Glasgow 10T.',
  'Will f/u with team in am. Mark site w/ pen. Grace period for TF holding.',
  'Sat 95%. MAR reviewed. Dex 4mg IV. Cath lab aware.',
  'Pt seen by PT/OT, SW, CM. VNA referral in progress.',
  'Dobhoff placed, KUB confirms. Salem sump to LIS.',
  'Roux-en-Y hx, s/p Whipple, s/p Nissen, Hartmann pouch.',
  'Posey vest, bilat soft wrist restraints, sitter at bedside.',
  'Bair hugger on. Zoll pads on chest. Kinair bed.',
  'Art line waveform dampened, re-zeroed. Cordis 8.5 Fr R IJ.',
  'Percocet 5/325 2 tabs, vicodin 5/500 prn, ambien 5mg hs.',
  'BP 142/78, pain 6/10 -> 2/10, PS 12/5, I/O 1450/900.',
  'Tele: 1st deg AVB, Mobitz I at night, no Wenckebach on day.',
  'Family in to visit, updated by MD. Wife at bedside.',
  'Resident paged x2, HO aware, attending to see in am.',
  'Coumadin held, vit K 10mg SC, FFP 2u given.',
  'GERD, CHF, COPD, DM2, HTN, ESRD on HD MWF.',
  'Hep lock, PIV #20 L AC, #18 R FA.',
  'Ensure TID, Boost pudding, thickened liquids nectar.',
  'Kayexalate 30g PO, Amphojel, Tums, Phoslo w/ meals.',
  'Pt watching TV, Red Sox game on. Reading Bible.',
  'Aware of plan. Spoke w/ team re: goals of care.',
  'CSRU to 6 bed unit. Per ICU team. Step down in am.',
  "Bell's palsy hx, Guillain-Barre r/o, Addison's on stress dose steroids.",
  'Norwalk-like virus outbreak on unit, contact/droplet.',
  'Cont on NS @ 100, D51/2NS + 20 KCL.',
  'No c/o. Resting comfortably. Will cont to monitor.',
];
const TRAPS_ASIDE = [
  'Jackson-Pratt drain stripped, Hemovac emptied, Penrose intact.',
  'Sengstaken considered, Minnesota tube at bedside, GI to scope.',
  'Spanish-speaking, interpreter used. German measles titer sent.',
  'Hoyer lift to chair, Stryker frame, Rotoprone bed.',
  'Frank blood per rectum earlier, now guaiac pos brown stool.',
  'Pt Jewish, requests kosher tray. Chaplain visited.',
  'Mediterranean diet teaching. Heart healthy, 2g Na.',
  'Denver shunt patent, Tenckhoff site clean.',
  'Vanco trough 18, gent peak 7.2, tobra level pending.',
  'Glenn shunt hx, Fontan physiology, cards aware.',
  'Nurse called to room x3, pt pulling at lines.',
  'Sun exposure hx, melanoma L shoulder removed.',
];

// ---------------------------------------------------------------- sentences with PHI
type Phi = (r: Rng, v: Vocab) => string;
const PHI_DEV: Phi[] = [
  (r, v) => `Seen by ${clinician(r, v)}, aware of ${fill(r, ['low UO', 'soft BP', 'K 3.1', 'temp spike'], 1, 1)}.`,
  (r, v) => `${clinician(r, v)} notified @ ${int(r, 10, 23)}00, no new orders.`,
  (r, v) => `Spoke w/ ${clinician(r, v)} re: ${pick(r, ['abx', 'diuresis', 'extubation', 'pain mgmt'])}.`,
  (r, _v) => `s/p ${pick(r, ['CABG', 'fall', 'MVR', 'ex lap', 'lap chole', 'ORIF'])} ${g('DATE', md(r))}.`,
  (r, v) => `Adm ${date(r, v)} from ${hospital(r, v)} w/ ${pick(r, ['SOB', 'CP', 'GIB', 'sepsis', 'CHF exac'])}.`,
  (r, v) => `Transferred from ${hospital(r, v)} on ${g('DATE', md(r))} for ${pick(r, ['cath', 'CABG eval', 'ERCP', 'neurosurg eval'])}.`,
  (r, v) => `Plan d/c to ${facility(r, v)} ${pick(r, ['when bed avail', 'early next wk', 'pending screen'])}.`,
  (r, v) => `Pt lives w/ ${kin(r, v)} in ${town(r, v)}.`,
  (r, v) => `${kin(r, v)} called, updated, # ${phone(r)}.`,
  (r, v) => `${kin(r, v)} in to visit, will return ${date(r, v)}.`,
  (r, v) => `Family mtg set for ${date(r, v)} w/ ${clinician(r, v)}.`,
  (r, _v) => `Intubated ${range(r)}, reintubated ${g('DATE', md(r))}.`,
  (r, _v) => `Last BM${g('DATE', md(r))}. Last HD on${g('DATE', md(r))}.`,
  (r, _v) => `Abx day 5 (started ${g('DATE', md(r))}).`,
  (r, _v) => `Cx from ${g('DATE', md(r))}: GPC in clusters.`,
  (r, v) => `Pt home for ${g('DATE', pick(r, v.holidays))}, fell at home ${g('DATE', md(r))}.`,
  (r, _v) => `Hx MI in '${g('DATE', year2(r))}, CABG ${g('DATE', `19${year2(r)}`)}.`,
  (r, v) => `Address on file: ${street(r, v)}, ${town(r, v)} ${zip(r)}.`,
  (r, v) => `Pt from ${facility(r, v)} in ${town(r, v)}.`,
  (r, v) => `To ${unit(r, v)} when bed ready, report to ${clinician(r, v)}.`,
  (r, v) => `Page ${clinician(r, v)} at beeper ${phone(r)} w/ any changes.`,
  (r, _v) => `MRN ${mrn(r)}. Label sent w/ specimen.`,
  (r, v) => `Old records requested from ${hospital(r, v)}, fax ${phone(r)}.`,
  (r, v) => `PCP is ${clinician(r, v)} in ${town(r, v)}.`,
  (r, v) => `Followed at ${hospital(r, v)} clinic, last seen ${date(r, v)}.`,
  (r, v) => `${kin(r, v)} is HCP, proxy form signed ${g('DATE', md(r))}.`,
  (r, _v) => `Trach placed ${g('DATE', md(r))}, PEG ${g('DATE', md(r))}.`,
  (r, v) => `Repeat echo ${date(r, v)}. CT head neg(${g('DATE', md(r))}).`,
];
const PHI_ASIDE: Phi[] = [
  (r, v) => `Nephrology (${clinician(r, v)}) consulted overnight.`,
  (r, v) => `EMS brought pt from ${street(r, v)} after neighbor found pt down.`,
  (r, v) => `Came via ambulance from ${facility(r, v)}; baseline ambulatory w/ walker.`,
  (r, v) => `PMH: stroke ${g('DATE', `${md(r)}/${year2(r)}`)}, PPM ${g('DATE', pick(r, v.months))} '${g('DATE', year2(r))}.`,
  (r, v) => `${kin(r, v)} requests callback at ${phone(r)} after ${int(r, 5, 9)}pm.`,
  (r, v) => `Last drink ${date(r, v)}, CIWA q2h.`,
  (r, v) => `Pt's son drove up from ${town(r, v)} for the wkend.`,
  (r, v) => `Surgery planned ${g('DATE', pick(r, v.weekdays))} if INR <1.5; consent by ${clinician(r, v)}.`,
  (r, v) => `Over ${g('DATE', pick(r, v.holidays))} pt stopped meds.`,
  (r, v) => `Bed on ${unit(r, v)} requested; acct ${mrn(r)}.`,
  (r, v) => `Hospitalized ${range(r)} at ${hospital(r, v)} for pneumonia.`,
  (r, v) => `Mail returned from ${street(r, v)}, ${town(r, v)} ${zip(r)}.`,
  (r, v) => `${clinician(r, v)} covering tonight, ${clinician(r, v)} in am.`,
];

const HEADERS = ['NPN 7P-7A', 'Nursing Progress Note 0700-1900', 'NSG NOTE 11P-7A', 'MICU NPN', 'CCU Nursing 3-11', 'Nursing Admission Note', 'Events:'];
const HEADERS_ASIDE = ['Shift summary (nights)', 'RN note, days', 'Progress - 19:00-07:30', 'Transfer note'];
const SYSTEMS: [string, readonly string[]][] = [
  ['Neuro', NEURO],
  ['Resp', RESP],
  ['CV', CV],
  ['GI/GU', GIGU],
  ['Skin/ID', SKIN],
];
const SYSTEMS_ASIDE: [string, readonly string[]][] = [
  ['N:', NEURO],
  ['Pulm:', RESP],
  ['Cardiac:', CV],
  ['Abd/renal:', GIGU],
  ['Integ:', SKIN],
];

/** Lower-cases or upper-cases a marked note without touching the markup's type names. */
function recase(marked: string, how: 'upper' | 'lower' | 'mixed'): string {
  if (how === 'mixed') return marked;
  if (how === 'upper') return marked.toUpperCase();
  return marked.toLowerCase().replace(/\[\[([a-z_]+)\|/g, (_m, t: string) => `[[${t.toUpperCase()}|`);
}

function note(r: Rng, v: Vocab, aside: boolean): string {
  const phis = aside ? PHI_ASIDE : PHI_DEV;
  const traps = aside ? TRAPS_ASIDE : TRAPS_DEV;
  const lines: string[] = [pick(r, aside ? HEADERS_ASIDE : HEADERS)];
  for (const [label, words] of aside ? SYSTEMS_ASIDE : SYSTEMS) {
    let line = `${label}${aside ? ' ' : pick(r, [': ', '- ', ' '])}${fill(r, words, 2, 5)}.`;
    const roll = r();
    if (roll < 0.35) line += ` ${pick(r, phis)(r, v)}`;
    else if (roll < 0.6) line += ` ${pick(r, traps)}`;
    lines.push(line);
  }
  lines.push(`${aside ? 'Psychosocial:' : 'Social:'} ${pick(r, phis)(r, v)} ${chance(r, 0.5) ? pick(r, traps) : pick(r, CODES)}`);
  lines.push(`${aside ? 'A/P:' : 'Plan:'} ${pick(r, phis)(r, v)} ${pick(r, traps)}`);
  if (chance(r, 0.5)) lines.push(pick(r, traps));
  const how = pick(r, ['upper', 'lower', 'mixed'] as const);
  return recase(lines.join('\n'), how);
}

function build(seed: number, n: number, v: Vocab, aside: boolean): string[] {
  const r = rng(seed);
  return Array.from({ length: n }, () => note(r, v, aside));
}

/** Development notes (tuned against). */
export const DEV: string[] = build(7007, 160, DEV_VOCAB, false);
/** Set-aside notes: other templates, headers and words; totals only, at the very end. */
export const ASIDE: string[] = build(7717, 80, ASIDE_VOCAB, true);
