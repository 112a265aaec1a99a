// Issue 14 (R35), round 8 (clin8): a GENERATOR of synthetic clinical documents of the genres the
// engine had not seen, written before the detection code was read. Rounds up to 7 used nursing
// shift notes; real notes may instead be discharge summaries, psychiatric evaluations and consult
// notes, emergency department notes, referral and transfer letters, outpatient clinic letters,
// radiology and laboratory reports with headers, and social-work / case-management notes.
// Their identifiers sit in other carriers:
//   header blocks   "Admission Date:", "Attending:", "Dictated by", "Transcribed", "cc:", "RE:",
//                   letterheads (clinic, street, town + state + ZIP, tel/fax), signature blocks;
//   numbers         record, accession, account, job, specimen numbers in several shapes;
//   dates           every format (06/03/2091, 2091-06-03, 06-03-2091, June 3, 2091, 3 June 2091,
//                   "the 3rd of June", Jun-03-2091, month + year), shifted years;
//   people          clinicians with initials and credentials, relatives, employers;
//   places          hospitals, clinics, streets, towns with states and ZIPs;
//   phones          telephone, fax, pager; ages over 89.
// Writing styles: dictated full sentences, terse templates, ALL-CAPS documents, lower-case shorthand.
// Each document also carries trap sentences with no identifier: eponymous signs, scales and
// diseases, drugs, device brands, units, lab names, capitalised section headers, shorthand.
// All identities are invented and obviously synthetic; no corpus wording.
//
// Gold follows the earlier generators (clinical-gen7.ts, docs/deid.md): names of people and of
// employers NAME; hospitals, clinics, streets, towns, ZIPs GEO, with a facility's generic kind word
// (Hospital, Clinic, Medical Center) neutral `[[ORG|…]]`; every date element smaller than a year
// DATE (a year with a date too); ages over 89 AGE; phone and pager PHONE, fax FAX; record numbers
// MRN, account numbers ACCOUNT, plan numbers HEALTH_PLAN, accession/job/specimen numbers OTHER_ID;
// e-mail EMAIL. A state beside its town is neutral `[[ORG|…]]` (docs/deid.md: it goes with the town
// but is no identifier alone), and "the 3rd of June" is one date with its article (the convention of
// src/deid/fixtures/clinical.ts); both were corrected after the first untuned score. Titles ("Dr.") and credentials ("MD", "RN") are outside the spans. Professions and
// ages under 90 are not identifiers here.
//
// DEV is what round 8 is tuned against. ASIDE uses other templates, carriers, value shapes and
// words, written separately; it is scored once at the end, totals only
// (`node --import tsx bench/deid/clinical-gen8-run.ts --aside`).

import { chance, int, mulberry32 as rng, pick, type Rng } from '../rng.ts';

const g = (type: string, v: string): string => `[[${type}|${v}]]`;
const pad = (n: number): string => String(n).padStart(2, '0');

interface Vocab {
  surnames: string[];
  given: string[];
  towns: [string, string, string][]; // town, state, ZIP prefix (3 digits)
  hospitals: string[];
  hospitalKinds: string[];
  clinics: string[];
  clinicKinds: string[];
  streets: string[];
  streetKinds: string[];
  employers: string[];
  months: string[];
  monthsShort: string[];
}

const DEV_VOCAB: Vocab = {
  surnames: ['Pellinore', 'Quarmby', 'Fenwick-Oduya', 'Stravinskaya', 'Blandford', 'Okonkwo-Reyes', 'Tillinghast', 'Vasquez-Brook', 'Mirabeau', 'Hollingdrake', 'Zebrowski', 'Castellane', 'Ashdown', 'Kerrigan', 'Lindqvist-Amoah', 'Ferrante'],
  given: ['Winifred', 'Bartholomew', 'Oksana', 'Leopold', 'Marguerite', 'Cyprian', 'Zenobia', 'Augustin', 'Philomena', 'Rufus', 'Imogen', 'Desmond', 'Leocadia', 'Florian'],
  towns: [['Harrowfield', 'NH', '038'], ['Little Tenby', 'VT', '056'], ['Marlowe Falls', 'ME', '042'], ['Coppergate', 'MA', '017'], ['Westbury Mills', 'CT', '064'], ['Gannet Bay', 'RI', '028']],
  hospitals: ['Harrowfield Memorial', 'Saint Ysolde', 'Copperbeech Valley', 'Gannet Bay Regional', 'Mercy Thornbury'],
  hospitalKinds: ['Hospital', 'Medical Center', 'Hosp'],
  clinics: ['Willowbank', 'Stonecroft', 'Blue Heron', 'Tenby Hills'],
  clinicKinds: ['Family Practice', 'Behavioral Health', 'Clinic', 'Health Center'],
  streets: ['Quillby', 'Sorrel Ridge', 'Marchbank', 'Tuppence', 'Old Cobbler', 'Ferrier'],
  streetKinds: ['Road', 'Street', 'Ave', 'Lane', 'Drive'],
  employers: ['Brackenridge Freight', 'Corvallon Plastics', 'Tenby Hills School District', 'Pellham & Sons Roofing', 'Quarmby Dairy'],
  months: ['January', 'February', 'March', 'April', 'June', 'July', 'August', 'October', 'November', 'December'],
  monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

const ASIDE_VOCAB: Vocab = {
  surnames: ['Thistlewood', 'Abernethy-Sato', 'Moravcik', 'Pendergraft', 'Oyelaran', 'Winterbourne', 'Drusilla-Kane', 'Hatherleigh', 'Nkemelu', 'Sandoval-Pryce', 'Grimbly', 'Vantongeren'],
  given: ['Eulalia', 'Crispin', 'Hortensia', 'Ambrose', 'Seraphina', 'Lucius', 'Genevieve', 'Osric', 'Perpetua', 'Tiberius', 'Rosamund'],
  towns: [['Pilchard Cove', 'NY', '128'], ['Ostler Springs', 'PA', '169'], ['New Gorsebury', 'OH', '447'], ['Crayfield', 'NJ', '078'], ['Dunmore Heath', 'MI', '494']],
  hospitals: ['Saint Aldhelm', 'Pilchard Cove Community', 'Gorsebury General', 'Heathfield Baptist'],
  hospitalKinds: ['Hospital', 'Med Ctr', 'Medical Centre', 'Infirmary'],
  clinics: ['Larchwood', 'Riverbend', 'Kestrel Park', 'Ostler Springs'],
  clinicKinds: ['Psychiatry Associates', 'Pediatrics', 'Counseling Center', 'Urgent Care'],
  streets: ['Gallowstree', 'Peppercorn', 'Haverstock', 'Millpond', 'Juniper Hollow'],
  streetKinds: ['St', 'Rd', 'Court', 'Boulevard', 'Pike', 'Terrace'],
  employers: ['Ostler Springs Cannery', 'Dunmore Logistics', 'Vantongeren Builders', 'Crayfield Public Library'],
  months: ['May', 'September', 'January', 'March', 'October', 'December', 'July'],
  monthsShort: ['Sept', 'Jan.', 'Mar.', 'Oct.', 'Dec.', 'Aug.'],
};

// ---------------------------------------------------------------- value shapes (DEV)
interface D {
  y: number;
  m: number;
  d: number;
}
function day(r: Rng): D {
  return { y: pick(r, [2089, 2091, 2093, 2101, 2134, 2019, 2024, 2025]), m: int(r, 1, 12), d: int(r, 1, 28) };
}
const ord = (n: number): string => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;
/** A full date in one of many written shapes (DEV). */
function dateDev(r: Rng, v: Vocab, x: D = day(r)): string {
  const M = v.months[(x.m - 1) % v.months.length]!;
  const Ms = v.monthsShort[(x.m - 1) % v.monthsShort.length]!;
  switch (int(r, 0, 9)) {
    case 0:
      return g('DATE', `${pad(x.m)}/${pad(x.d)}/${x.y}`);
    case 1:
      return g('DATE', `${x.m}/${x.d}/${String(x.y).slice(2)}`);
    case 2:
      return g('DATE', `${x.y}-${pad(x.m)}-${pad(x.d)}`);
    case 3:
      return g('DATE', `${pad(x.m)}-${pad(x.d)}-${x.y}`);
    case 4:
      return g('DATE', `${M} ${x.d}, ${x.y}`);
    case 5:
      return g('DATE', `${x.d} ${M} ${x.y}`);
    case 6:
      return g('DATE', `the ${ord(x.d)} of ${M}`);
    case 7:
      return g('DATE', `${Ms}-${pad(x.d)}-${x.y}`);
    case 8:
      return g('DATE', `${M} ${x.y}`);
    default:
      return g('DATE', `${x.m}/${x.d}`);
  }
}
function personDev(r: Rng, v: Vocab): { full: string; last: string } {
  const gn = pick(r, v.given);
  const ln = pick(r, v.surnames);
  const mi = String.fromCharCode(65 + int(r, 0, 25));
  const full = pick(r, [`${gn} ${ln}`, `${gn} ${mi}. ${ln}`, `${gn[0]}. ${ln}`, `${ln}, ${gn}`]);
  return { full, last: ln };
}
const CREDS = ['MD', 'DO', 'RN', 'NP', 'PA-C', 'LCSW', 'PhD', 'MSW', 'FNP-BC', 'MD, PhD'];
/** A clinician as a header or signature writes one (DEV). */
function clinicianDev(r: Rng, v: Vocab): string {
  const p = personDev(r, v);
  switch (int(r, 0, 5)) {
    case 0:
      return `Dr. ${g('NAME', p.last)}`;
    case 1:
      return `${g('NAME', p.full)}, ${pick(r, CREDS)}`;
    case 2:
      return `${g('NAME', p.full)} ${pick(r, CREDS)}`;
    case 3:
      return `Dr. ${g('NAME', p.full)}`;
    case 4:
      return `${g('NAME', p.full)}`;
    default:
      return `${pick(r, ['Nurse', 'Dr', 'Prof.'])} ${g('NAME', p.last)}`;
  }
}
function hospitalDev(r: Rng, v: Vocab): string {
  return `${g('GEO', pick(r, v.hospitals))} ${g('ORG', pick(r, v.hospitalKinds))}`;
}
function clinicDev(r: Rng, v: Vocab): string {
  return `${g('GEO', pick(r, v.clinics))} ${g('ORG', pick(r, v.clinicKinds))}`;
}
function townDev(r: Rng, v: Vocab, zip = false): string {
  const [t, s, z] = pick(r, v.towns);
  return zip ? `${g('GEO', t)}, ${g('ORG', s)} ${g('GEO', `${z}${int(r, 10, 99)}`)}` : `${g('GEO', t)}, ${g('ORG', s)}`;
}
function streetDev(r: Rng, v: Vocab): string {
  return g('GEO', `${int(r, 3, 2980)} ${pick(r, v.streets)} ${pick(r, v.streetKinds)}`);
}
function phoneDigits(r: Rng): string {
  const a = int(r, 201, 989);
  const n = `0${int(r, 100, 199)}`;
  return pick(r, [`(${a}) 555-${n}`, `${a}-555-${n}`, `${a}.555.${n}`, `${a} 555 ${n}`]);
}
function mrnDev(r: Rng): string {
  return g('MRN', pick(r, [String(int(r, 1000000, 9999999)), `00${int(r, 100000, 999999)}`, `${int(r, 100, 999)}-${int(r, 10, 99)}-${int(r, 10, 99)}`, `M${int(r, 1000000, 9999999)}`]));
}
function acctDev(r: Rng): string {
  return g('ACCOUNT', pick(r, [`${int(r, 10000, 99999)}${int(r, 100000, 999999)}`, `A${int(r, 10000000, 99999999)}`]));
}
function accessionDev(r: Rng): string {
  return g('OTHER_ID', pick(r, [`RAD-${int(r, 2089, 2101)}-${int(r, 100000, 999999)}`, `${pick(r, ['CT', 'MR', 'XR', 'US'])}${int(r, 1000000, 9999999)}`, `S${int(r, 10, 99)}-${int(r, 10000, 99999)}`]));
}
function ageOld(r: Rng): string {
  return String(int(r, 90, 104));
}

// ---------------------------------------------------------------- trap text (no identifier)
const TRAPS_DEV = [
  'Glasgow Coma Scale 14 on arrival (E4 V4 M6).',
  'Babinski sign absent bilaterally; Romberg negative; no Hoffmann sign.',
  "History of Parkinson's disease, on carbidopa-levodopa 25/100 three times daily.",
  'Beck Depression Inventory 31, Beck Anxiety Inventory 22, PHQ-9 of 17, GAD-7 of 14.',
  'Montreal Cognitive Assessment 22/30; Mini-Mental State Examination 24/30.',
  'Wells score 1.5, PERC negative; CURB-65 of 2.',
  'Medications: sertraline 100 mg daily, quetiapine 50 mg at bedtime, lithium carbonate 300 mg BID (level 0.8 mmol/L).',
  'Continue Lexapro 10 mg, Abilify 5 mg, Klonopin 0.5 mg PRN; stop Seroquel.',
  'Insulin pump (Medtronic MiniMed 780G) and Dexcom G6 sensor in place.',
  'Labs: CBC, BMP, TSH 2.1 mIU/L, HbA1c 7.9%, vitamin B12 412 pg/mL, lipid panel pending.',
  "Hashimoto's thyroiditis, Crohn's disease in remission, Raynaud phenomenon.",
  'Positive Murphy sign; McBurney point non-tender; Rovsing negative.',
  'Apgar scores 8 and 9. Ballard exam consistent with 38 weeks.',
  'Epley maneuver performed for BPPV; Dix-Hallpike positive on the right.',
  'Tinel and Phalen signs positive at the left wrist.',
  'Barthel Index 65; Morse Fall Scale 45; Braden 14.',
  'Foley catheter, Jackson-Pratt drain and Hickman line removed before discharge.',
  'HISTORY OF PRESENT ILLNESS: see above. REVIEW OF SYSTEMS: otherwise negative.',
  'MENTAL STATUS EXAMINATION: alert, oriented x3, speech normal rate, mood "okay", affect constricted.',
  'ASSESSMENT AND PLAN: Major depressive disorder, recurrent, moderate (F33.1). Generalized anxiety disorder (F41.1).',
  'CIWA-Ar 12, COWS 6; Columbia Suicide Severity Rating Scale negative.',
  'Chest x-ray: no acute cardiopulmonary process. EKG: normal sinus rhythm, QTc 438 ms.',
  'Gram stain with gram-positive cocci; Staph aureus, MSSA.',
  'Zoll defibrillator pads applied; Bair Hugger for warming.',
  'Referred to Alcoholics Anonymous and Al-Anon; Narcan kit provided.',
  'Medicare and Medicaid eligibility reviewed; Meals on Wheels and VNA services arranged.',
  'Cushing triad absent. Kussmaul respirations resolved after fluids.',
  'Down syndrome, Tourette syndrome and Asperger features noted in family history.',
  'CT head without contrast: no hemorrhage, mass effect or midline shift.',
  'pt a&ox3, c/o ha, tylenol 650 po given, f/u w/ pcp in 1-2 wks.',
];

// ---------------------------------------------------------------- DEV genres
type Gen = (r: Rng, v: Vocab) => string;

function patientHeaderDev(r: Rng, v: Vocab): string[] {
  const gn = pick(r, v.given);
  const ln = pick(r, v.surnames);
  const name = pick(r, [`${ln}, ${gn}`, `${gn} ${ln}`, `${ln.toUpperCase()}, ${gn.toUpperCase()}`]);
  const lines = [`Patient Name: ${g('NAME', name)}    MRN: ${mrnDev(r)}`];
  if (chance(r, 0.6)) lines.push(`DOB: ${dateDev(r, v)}    Acct #: ${acctDev(r)}`);
  return lines;
}

const dischargeDev: Gen = (r, v) => {
  const a = day(r);
  const out = [
    pick(r, ['DISCHARGE SUMMARY', 'Discharge Summary', 'HOSPITAL DISCHARGE SUMMARY']),
    ...patientHeaderDev(r, v),
    `Admission Date: ${dateDev(r, v, a)}    Discharge Date: ${dateDev(r, v, { ...a, d: Math.min(28, a.d + int(r, 1, 9)) })}`,
    `Attending: ${clinicianDev(r, v)}`,
    `Service: ${pick(r, ['Medicine', 'Cardiology', 'General Surgery', 'Neurology'])}`,
    '',
    `HISTORY OF PRESENT ILLNESS: The patient is a ${pick(r, [`${g('AGE', ageOld(r))}-year-old`, `${int(r, 24, 85)}-year-old`, `${g('AGE', ageOld(r))} y/o`])} ${pick(r, ['woman', 'man', 'retired teacher', 'widowed machinist'])} who presented to ${hospitalDev(r, v)} on ${dateDev(r, v)} with ${pick(r, ['chest pain', 'syncope', 'confusion', 'fever and cough'])}. ${pick(r, TRAPS_DEV)}`,
    `HOSPITAL COURSE: ${pick(r, TRAPS_DEV)} ${pick(r, [`Cardiology (${clinicianDev(r, v)}) was consulted on ${dateDev(r, v)}.`, `Echo on ${dateDev(r, v)} showed EF 45%.`, `Transferred to ${hospitalDev(r, v)} for catheterization.`])} ${pick(r, TRAPS_DEV)}`,
    `DISPOSITION: Discharged home with ${pick(r, ['his daughter', 'her son', 'her husband', 'his wife'])} ${g('NAME', pick(r, v.given))} to ${streetDev(r, v)}, ${townDev(r, v, chance(r, 0.5))}.`,
    `FOLLOW-UP: ${clinicianDev(r, v)} at ${clinicDev(r, v)} on ${dateDev(r, v)}; call ${g('PHONE', phoneDigits(r))} with questions.`,
    '',
    `Dictated by: ${clinicianDev(r, v)}    Dictated: ${dateDev(r, v)}    Transcribed: ${dateDev(r, v)}`,
    `Job #: ${g('OTHER_ID', String(int(r, 100000, 999999)))}`,
    `cc: ${clinicianDev(r, v)}; ${clinicianDev(r, v)}, ${clinicDev(r, v)}`,
  ];
  return out.join('\n');
};

const psychDev: Gen = (r, v) => {
  const emp = g('NAME', pick(r, v.employers));
  return [
    pick(r, ['PSYCHIATRIC EVALUATION', 'Psychiatry Consult Note', 'Initial Psychiatric Assessment']),
    ...patientHeaderDev(r, v),
    `Date of evaluation: ${dateDev(r, v)}    Requested by: ${clinicianDev(r, v)}`,
    `IDENTIFYING DATA: ${pick(r, ['Mr.', 'Ms.', 'Mx.'])} ${g('NAME', pick(r, v.surnames))} is a ${int(r, 19, 80)}-year-old ${pick(r, ['divorced', 'single', 'married'])} ${pick(r, ['forklift operator', 'schoolteacher', 'line cook', 'nurse aide'])} employed at ${emp}, living in ${townDev(r, v)} with ${pick(r, ['her mother', 'his partner', 'her grandmother', 'his brother'])} ${g('NAME', `${pick(r, v.given)}${chance(r, 0.4) ? ` ${pick(r, v.surnames)}` : ''}`)}.`,
    `HISTORY: ${pick(r, TRAPS_DEV)} First hospitalized at ${hospitalDev(r, v)} in ${g('DATE', pick(r, v.months))} ${g('DATE', String(pick(r, [2088, 2090, 2019])))} after an overdose. Outpatient care with ${clinicianDev(r, v)} since ${dateDev(r, v)}.`,
    `SOCIAL HISTORY: ${pick(r, [`Grandmother, age ${g('AGE', ageOld(r))}, raised the patient.`, `Lives alone since wife ${g('NAME', pick(r, v.given))} died on ${dateDev(r, v)}.`, `Sister ${g('NAME', pick(r, v.given))} (${g('PHONE', phoneDigits(r))}) is the emergency contact.`])} ${pick(r, TRAPS_DEV)}`,
    pick(r, TRAPS_DEV),
    `PLAN: ${pick(r, TRAPS_DEV)} Return visit ${dateDev(r, v)} with ${clinicianDev(r, v)}.`,
    `Electronically signed by ${clinicianDev(r, v)} on ${dateDev(r, v)} at ${int(r, 10, 23)}:${pad(int(r, 0, 59))}`,
  ].join('\n');
};

const edDev: Gen = (r, v) =>
  [
    pick(r, ['EMERGENCY DEPARTMENT NOTE', 'ED Provider Note', 'Emergency Dept Record']),
    ...patientHeaderDev(r, v),
    `Arrival: ${dateDev(r, v)} ${pad(int(r, 0, 23))}${pad(int(r, 0, 59))}    Triage RN: ${clinicianDev(r, v)}`,
    `CHIEF COMPLAINT: ${pick(r, ['fall', 'shortness of breath', 'suicidal ideation', 'abdominal pain'])}.`,
    `HPI: ${pick(r, [`${g('AGE', ageOld(r))} yo F`, `${int(r, 20, 88)} yo M`, `${g('AGE', ageOld(r))}yo M`])} BIBA from ${pick(r, [streetDev(r, v), hospitalDev(r, v), `${g('GEO', pick(r, v.clinics))} Assisted Living`])} after ${pick(r, ['fall at home', 'witnessed seizure', 'found down'])}. ${pick(r, TRAPS_DEV)}`,
    `PMH: ${pick(r, TRAPS_DEV)}`,
    `Discussed with ${clinicianDev(r, v)} (on call, pager ${g('PHONE', `${int(r, 1000, 9999)}`)}). ${pick(r, TRAPS_DEV)}`,
    `Dispo: ${pick(r, [`admit to medicine under ${clinicianDev(r, v)}`, `transfer to ${hospitalDev(r, v)}`, `home with son ${g('NAME', pick(r, v.given))}`])}.`,
  ].join('\n');

const referralDev: Gen = (r, v) => {
  const [t, s, z] = pick(r, v.towns);
  const doc = personDev(r, v);
  const pt = personDev(r, v);
  return [
    clinicDev(r, v),
    streetDev(r, v),
    `${g('GEO', t)}, ${g('ORG', s)} ${g('GEO', `${z}${int(r, 10, 99)}`)}`,
    `Tel ${g('PHONE', phoneDigits(r))}    Fax ${g('FAX', phoneDigits(r))}`,
    '',
    dateDev(r, v),
    '',
    `Dr. ${g('NAME', doc.full)}`,
    pick(r, ['Department of Neurology', 'Sleep Medicine', 'Department of Psychiatry']),
    hospitalDev(r, v),
    '',
    `RE: ${g('NAME', pt.full)}    DOB: ${dateDev(r, v)}    MRN ${mrnDev(r)}`,
    '',
    `Dear Dr. ${g('NAME', doc.last)},`,
    `Thank you for seeing ${pick(r, ['Mr.', 'Ms.', 'Mrs.'])} ${g('NAME', pt.last)}, whom I saw in clinic on ${dateDev(r, v)}. ${pick(r, TRAPS_DEV)} ${pick(r, TRAPS_DEV)} His wife ${g('NAME', pick(r, v.given))} can be reached at ${g('PHONE', phoneDigits(r))}.`,
    `${pick(r, TRAPS_DEV)} I would be grateful for your opinion.`,
    '',
    pick(r, ['Sincerely,', 'Yours sincerely,', 'With kind regards,']),
    `${g('NAME', personDev(r, v).full)}, ${pick(r, CREDS)}`,
    `cc: ${g('NAME', pt.full)}; ${clinicianDev(r, v)}`,
  ].join('\n');
};

const radiologyDev: Gen = (r, v) =>
  [
    pick(r, ['RADIOLOGY REPORT', 'Radiology Report', 'DIAGNOSTIC IMAGING']),
    ...patientHeaderDev(r, v),
    `EXAM: ${pick(r, ['CT HEAD WITHOUT CONTRAST', 'MRI BRAIN WITH AND WITHOUT CONTRAST', 'CHEST 2 VIEWS', 'US ABDOMEN COMPLETE'])}`,
    `Accession #: ${accessionDev(r)}    Exam date: ${dateDev(r, v)}`,
    `Ordering physician: ${clinicianDev(r, v)}`,
    `COMPARISON: ${pick(r, [dateDev(r, v), `outside study from ${hospitalDev(r, v)}, ${dateDev(r, v)}`, 'None.'])}`,
    `FINDINGS: ${pick(r, TRAPS_DEV)} ${pick(r, ['No acute intracranial abnormality.', 'Mild chronic small vessel ischemic change.', 'Lungs are clear. No effusion.'])}`,
    `IMPRESSION: ${pick(r, ['No acute process.', 'Stable compared with prior.', 'Findings discussed with the ordering provider.'])}`,
    `Findings called to ${clinicianDev(r, v)} at ${int(r, 1, 12)}:${pad(int(r, 0, 59))} on ${dateDev(r, v)}.`,
    `Signed by: ${clinicianDev(r, v)}  ${dateDev(r, v)}`,
  ].join('\n');

const labDev: Gen = (r, v) =>
  [
    pick(r, ['LABORATORY REPORT', 'Lab Results', 'PATHOLOGY REPORT']),
    ...patientHeaderDev(r, v),
    `Specimen ID: ${accessionDev(r)}    Collected: ${dateDev(r, v)} ${pad(int(r, 0, 23))}:${pad(int(r, 0, 59))}    Received: ${dateDev(r, v)}`,
    `Ordering provider: ${clinicianDev(r, v)}    Location: ${clinicDev(r, v)}`,
    `TSH 3.2 mIU/L (0.4-4.0); Free T4 1.1 ng/dL; sodium 138 mmol/L; creatinine 0.9 mg/dL; WBC 7.2 x10^9/L.`,
    pick(r, TRAPS_DEV),
    `Critical value called to ${clinicianDev(r, v)} on ${dateDev(r, v)}, read back verified.`,
  ].join('\n');

const socialDev: Gen = (r, v) =>
  [
    pick(r, ['SOCIAL WORK NOTE', 'Case Management Note', 'SW Progress Note']),
    ...patientHeaderDev(r, v),
    `Date: ${dateDev(r, v)}`,
    `SW met with pt and ${pick(r, ['daughter', 'niece', 'son', 'neighbor', 'landlord'])} ${g('NAME', `${pick(r, v.given)}${chance(r, 0.5) ? ` ${pick(r, v.surnames)}` : ''}`)} at bedside. Pt lives alone at ${streetDev(r, v)}, ${townDev(r, v, true)}; ${pick(r, ['second floor walk-up', 'rents from a relative', 'owns a mobile home'])}.`,
    `Pt worked ${pick(r, ['32 years', 'until retirement'])} at ${g('NAME', pick(r, v.employers))} as a ${pick(r, ['welder', 'bookkeeper', 'bus driver'])}. ${pick(r, TRAPS_DEV)}`,
    `Medicaid ID ${g('HEALTH_PLAN', `${pick(r, ['', 'MA'])}${int(r, 10000000, 99999999)}${pick(r, ['', 'B', 'K'])}`)} verified. Referral faxed to ${clinicDev(r, v)} at ${g('FAX', phoneDigits(r))}.`,
    `Contact: ${pick(r, ['daughter', 'son', 'HCP'])} ${g('NAME', `${pick(r, v.given)} ${pick(r, v.surnames)}`)}, cell ${g('PHONE', phoneDigits(r))}, ${g('EMAIL', `${pick(r, v.given).toLowerCase()}.${pick(r, v.surnames).toLowerCase().replace(/[^a-z]/g, '')}@example.org`)}.`,
    `Plan: ${pick(r, TRAPS_DEV)} SW to follow up ${dateDev(r, v)}. ${clinicianDev(r, v)}`,
  ].join('\n');

const transferDev: Gen = (r, v) =>
  [
    pick(r, ['TRANSFER SUMMARY', 'Interfacility Transfer Note', 'transfer letter']),
    ...patientHeaderDev(r, v),
    `Transferring facility: ${hospitalDev(r, v)}, ${townDev(r, v)}`,
    `Receiving facility: ${hospitalDev(r, v)}    Accepting physician: ${clinicianDev(r, v)}`,
    `Date of transfer: ${dateDev(r, v)}    Report called to ${clinicianDev(r, v)} at ${g('PHONE', phoneDigits(r))}`,
    `Reason: ${pick(r, ['higher level of care', 'psychiatric admission', 'neurosurgical evaluation'])}. ${pick(r, TRAPS_DEV)} ${pick(r, TRAPS_DEV)}`,
    `Family: ${pick(r, ['wife', 'husband', 'mother', 'partner'])} ${g('NAME', pick(r, v.given))} aware and will travel from ${townDev(r, v)}.`,
  ].join('\n');

const GENRES_DEV: Gen[] = [dischargeDev, psychDev, edDev, referralDev, radiologyDev, labDev, socialDev, transferDev];

/** Lower-cases or upper-cases a marked note without touching the markup's type names. */
function recase(marked: string, how: 'upper' | 'lower' | 'mixed'): string {
  if (how === 'mixed') return marked;
  if (how === 'upper') return marked.toUpperCase().replace(/\[\[([A-Z_]+)\|/g, '[[$1|');
  return marked.toLowerCase().replace(/\[\[([a-z_]+)\|/g, (_m, t: string) => `[[${t.toUpperCase()}|`);
}

/** Terse style: drops articles and "the patient", shortens some words (only outside gold spans). */
function terse(marked: string): string {
  return marked
    .split(/(\[\[[A-Z_]+\|[^\]]*\]\])/)
    .map((part) => (part.startsWith('[[') ? part : part.replace(/\bthe patient\b/g, 'pt').replace(/\b(?:The|the|a|an) /g, '').replace(/\bwith\b/g, 'w/').replace(/\bhistory\b/gi, 'hx')))
    .join('');
}

function build(seed: number, n: number, v: Vocab, genres: Gen[]): string[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_x, i) => {
    let doc = genres[i % genres.length]!(r, v);
    const style = r();
    if (style < 0.2) doc = recase(doc, 'upper');
    else if (style < 0.35) doc = recase(terse(doc), 'lower');
    else if (style < 0.5) doc = terse(doc);
    return doc;
  });
}

// ---------------------------------------------------------------- ASIDE (written separately)
// Other carriers and value shapes: letter openings and closings, "Seen on", bracketed dates,
// dotted and two-digit-year dates, weekday dates, "Pt ID", "Encounter #", "Visit No.", pagers
// spelled "pgr"/"bleep", e-mail in signatures, outpatient clinic letters, consult notes, addenda.
function dateAside(r: Rng, v: Vocab): string {
  const x = day(r);
  const M = v.months[(x.m - 1) % v.months.length]!;
  const Ms = v.monthsShort[(x.m - 1) % v.monthsShort.length]!;
  switch (int(r, 0, 7)) {
    case 0:
      return g('DATE', `${pad(x.d)}.${pad(x.m)}.${x.y}`);
    case 1:
      return g('DATE', `${Ms} ${x.d}, ${x.y}`);
    case 2:
      return `${g('DATE', pick(r, ['Monday', 'Tuesday', 'Thursday', 'Friday']))}, ${g('DATE', `${M} ${ord(x.d)}`)}`;
    case 3:
      return g('DATE', `${ord(x.d)} ${M}, ${x.y}`);
    case 4:
      return g('DATE', `${x.d}-${Ms.replace('.', '')}-${String(x.y).slice(2)}`);
    case 5:
      return g('DATE', `${x.m}/${x.d}/${x.y}`);
    case 6:
      return g('DATE', `${M} of ${x.y}`);
    default:
      return `[${g('DATE', `${x.y}/${pad(x.m)}/${pad(x.d)}`)}]`;
  }
}
function docAside(r: Rng, v: Vocab): string {
  const gn = pick(r, v.given);
  const ln = pick(r, v.surnames);
  return pick(r, [
    `${g('NAME', `${gn} ${ln}`)}, ${pick(r, ['M.D.', 'APRN', 'LMHC', 'D.O.', 'PsyD'])}`,
    `Dr ${g('NAME', `${gn[0]}.${pick(r, v.given)[0]}. ${ln}`)}`,
    `${pick(r, ['Consultant', 'Resident', 'Fellow', 'Registrar'])}: ${g('NAME', `${ln}`)}`,
    `${g('NAME', `${ln.toUpperCase()}, ${gn[0]}`)} (${pick(r, ['attending', 'PGY-2', 'NP'])})`,
    `Dr. ${g('NAME', `${gn} ${ln}`)}`,
  ]);
}
const placeAside = (r: Rng, v: Vocab): string => `${g('GEO', pick(r, v.hospitals))} ${g('ORG', pick(r, v.hospitalKinds))}`;
const clinicAside = (r: Rng, v: Vocab): string => `${g('GEO', pick(r, v.clinics))} ${g('ORG', pick(r, v.clinicKinds))}`;
function addressAside(r: Rng, v: Vocab): string {
  const [t, s, z] = pick(r, v.towns);
  return `${g('GEO', `${pick(r, ['Apt 3C, ', 'Unit 12, ', ''])}${int(r, 10, 9800)} ${pick(r, v.streets)} ${pick(r, v.streetKinds)}`)}, ${g('GEO', t)} ${g('ORG', s)} ${g('GEO', `${z}${int(r, 10, 99)}${chance(r, 0.3) ? `-${int(r, 1000, 9999)}` : ''}`)}`;
}
const phoneAside = (r: Rng): string => pick(r, [`+1 ${int(r, 201, 989)} 555 0${int(r, 100, 199)}`, `${int(r, 201, 989)}/555-0${int(r, 100, 199)}`, `1-${int(r, 201, 989)}-555-0${int(r, 100, 199)} x${int(r, 10, 400)}`]);

const TRAPS_ASIDE = [
  'Kernig and Brudzinski signs negative; no nuchal rigidity.',
  "Hamilton Depression Rating Scale 19; Young Mania Rating Scale 4; Edinburgh Postnatal Depression Scale 15.",
  'On Depakote ER 1000 mg nightly, Zyprexa 10 mg, Cogentin 1 mg; Lamictal titration paused.',
  "Wernicke encephalopathy considered, thiamine given; Korsakoff features absent.",
  'Omnipod 5 with FreeStyle Libre 3; Hamilton C6 ventilator weaned.',
  'Ferritin 14 ng/mL, reticulocytes 1.2%, Coombs negative, Westergren ESR 42 mm/h.',
  'Tanner stage IV. Snellen 20/40 OU. Weber midline, Rinne AC>BC.',
  'PLAN OF CARE / GOALS: reviewed with team. ALLERGIES: Penicillin (hives).',
  'Trendelenburg and Valsalva maneuvers performed; Doppler shows no DVT.',
  'Wilson disease excluded (ceruloplasmin normal); Gilbert syndrome likely.',
  'Mallampati II, ASA class 3; Aldrete 9 in recovery.',
  'Ranson criteria 2; Child-Pugh A; MELD 11.',
  'Attends Narcotics Anonymous; uses the Calm app and a Fitbit for sleep tracking.',
  'pt w/ hx etoh use d/o, last drink unk, ciwa q4h, librium taper.',
];

const clinicLetterAside: Gen = (r, v) =>
  [
    clinicAside(r, v),
    addressAside(r, v),
    `Telephone: ${g('PHONE', phoneAside(r))} | Facsimile: ${g('FAX', phoneAside(r))}`,
    '',
    `Date of letter: ${dateAside(r, v)}`,
    `To: ${docAside(r, v)}, ${placeAside(r, v)}`,
    `Patient: ${g('NAME', `${pick(r, v.given)} ${pick(r, v.surnames)}`)} (born ${dateAside(r, v)}), Pt ID ${g('MRN', `${pick(r, ['H', 'PX', ''])}${int(r, 100000, 9999999)}`)}`,
    '',
    `Dear Colleague,`,
    `I reviewed this ${pick(r, [`${g('AGE', String(int(r, 90, 102)))}-yr-old`, `${int(r, 30, 79)}-yr-old`])} in the memory clinic on ${dateAside(r, v)}, accompanied by ${pick(r, ['her nephew', 'his stepdaughter', 'her carer'])} ${g('NAME', pick(r, v.given))}. ${pick(r, TRAPS_ASIDE)} ${pick(r, TRAPS_ASIDE)}`,
    `She previously worked for ${g('NAME', pick(r, v.employers))} and moved from ${g('GEO', pick(r, v.towns)[0])} in ${g('DATE', pick(r, v.months))} ${g('DATE', String(pick(r, [2087, 2094, 2016])))}.`,
    `I will see her again on ${dateAside(r, v)}.`,
    '',
    'Kind regards,',
    docAside(r, v),
    `${g('EMAIL', `${pick(r, v.surnames).toLowerCase().replace(/[^a-z]/g, '')}@${pick(r, v.clinics).toLowerCase().replace(/[^a-z]/g, '')}.example.net`)}`,
  ].join('\n');

const consultAside: Gen = (r, v) =>
  [
    pick(r, ['CONSULTATION NOTE', 'Inpatient Consult - Psychiatry', 'C-L PSYCHIATRY CONSULT']),
    `Encounter #: ${g('ACCOUNT', `E${int(r, 100000000, 999999999)}`)}    Visit No. ${g('OTHER_ID', String(int(r, 1000, 99999)))}`,
    `Reason for consult: capacity assessment, requested by ${docAside(r, v)} (pgr ${g('PHONE', String(int(r, 10000, 99999)))})`,
    `Seen on ${dateAside(r, v)}. ${pick(r, TRAPS_ASIDE)}`,
    `Collateral from ${pick(r, ['daughter-in-law', 'ex-husband', 'roommate', 'guardian'])} ${g('NAME', `${pick(r, v.given)} ${pick(r, v.surnames)}`)} by phone ${g('PHONE', phoneAside(r))}.`,
    `Previously admitted to ${placeAside(r, v)} ${dateAside(r, v)} to ${dateAside(r, v)}. ${pick(r, TRAPS_ASIDE)}`,
    `Recommendations: ${pick(r, TRAPS_ASIDE)} Will follow. Bleep ${g('PHONE', String(int(r, 1000, 9999)))}.`,
    `-- ${docAside(r, v)}`,
  ].join('\n');

const addendumAside: Gen = (r, v) =>
  [
    `ADDENDUM ${dateAside(r, v)}:`,
    `Spoke with ${docAside(r, v)} from ${placeAside(r, v)} regarding pt ${g('NAME', `${pick(r, v.surnames).toUpperCase()}`)}. Records (acct ${g('ACCOUNT', String(int(r, 1000000000, 9999999999)))}) to be sent to ${addressAside(r, v)}.`,
    `${pick(r, TRAPS_ASIDE)} ${pick(r, TRAPS_ASIDE)}`,
    `Mother, ${g('AGE', String(int(r, 90, 99)))}, lives at ${clinicAside(r, v)} residence; her number is ${g('PHONE', phoneAside(r))}.`,
    `Transcriptionist: ${g('NAME', `${pick(r, v.given)[0]}${pick(r, v.surnames)[0]}`.toLowerCase())}  D: ${dateAside(r, v)}  T: ${dateAside(r, v)}`,
  ].join('\n');

const edAside: Gen = (r, v) =>
  [
    'ED COURSE',
    `${pad(int(r, 0, 23))}:${pad(int(r, 0, 59))} pt arrived by ${pick(r, ['private vehicle', 'EMS', 'police'])} from ${g('GEO', pick(r, v.towns)[0])}. ${pick(r, TRAPS_ASIDE)}`,
    `Registered as ${g('NAME', `${pick(r, v.surnames)}, ${pick(r, v.given)}`)}, DOB ${dateAside(r, v)}, HCN ${g('HEALTH_PLAN', `${int(r, 1000, 9999)} ${int(r, 100, 999)} ${int(r, 100, 999)}`)}.`,
    `${pick(r, TRAPS_ASIDE)} Poison control (case ${g('OTHER_ID', `PC${int(r, 100000, 999999)}`)}) consulted.`,
    `Handed over to ${docAside(r, v)} at shift change; ${pick(r, TRAPS_ASIDE)}`,
  ].join('\n');

const GENRES_ASIDE: Gen[] = [clinicLetterAside, consultAside, addendumAside, edAside];

/** Development documents (tuned against). */
export const DEV: string[] = build(8008, 120, DEV_VOCAB, GENRES_DEV);
/** Set-aside documents: other genres' carriers, shapes and words; totals only, at the very end. */
export const ASIDE: string[] = build(8818, 60, ASIDE_VOCAB, GENRES_ASIDE);
