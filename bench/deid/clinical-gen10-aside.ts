// Issue 14 (R35), round 10 (clin10): the SET-ASIDE part of the negatives-heavy clinical set,
// written separately from clinical-gen10.ts (not by editing it), before any change of this round:
// other voices (a resident's SOAP note, an ED triage line, an SBAR handoff, a home-health visit, an
// inpatient psychiatry admission narrative, a rehab therapist's daily note), other sentence shapes
// and its own vocabulary of eponyms, brands, devices, units and invented identities. Same markers:
// `[[TYPE|value]]` gold (ORG neutral), `<<kind|text>>` for non-identifier stretches by kind.
// Scored ONCE at the end of the round, totals only:
// `node --import tsx bench/deid/clinical-gen10-run.ts --aside`.
import { chance, int, mulberry32, pick, type Rng } from '../rng.ts';

const g = (type: string, v: string): string => `[[${type}|${v}]]`;
const n = (kind: string, v: string): string => `<<${kind}|${v}>>`;

const FAMILY = ['Ashdown', 'Nwachukwu', 'Ferreira-Lund', 'Kowalczyk', 'Pendergast', 'Yamashiro', 'Delacroix-Hume', 'Vukovic', 'Rutherford', 'Esterhazy'];
const FIRST = ['Clementine', 'Ambrose', 'Henrietta', 'Lucius', 'Wilhelmina', 'Percival', 'Octavia', 'Rupert', 'Seraphina', 'Augustin'];
const NICK = ['Dottie', 'Sal', 'Trudy', 'Mo', 'Bert', 'Winnie'];
const PLACES = ['Harrowgate Infirmary', 'St. Aldric Medical Center', 'Kingsmere Hospital', 'Oakhurst Community Hospital'];
const HOMES = ['Birchwood Commons', 'Heron Lake Assisted Living', 'Tamarack Lodge'];
const TOWNS = ['Pellston Ridge', 'North Dunmore', 'Wickham Falls'];

const SIGNS = ['Brudzinski sign', "Kehr's sign", "Grey Turner's sign", "Rovsing's sign", 'Hoffman reflex', "Hoover's sign", "Lhermitte's", "Nikolsky's sign", "Kernig's", "Tinel's at wrist", "Finkelstein test", 'Spurling test', "Dix-Hallpike", "Epley maneuver", "Weber and Rinne"];
const DX = ['Addison crisis', "Sjogren's", "Buerger's disease", "Kawasaki", 'Creutzfeldt-Jakob', "Tourette's", "Meniere's", "Paget's disease", 'Fournier gangrene', "Ludwig's angina", 'Zenker diverticulum', 'Brugada pattern', "Peyronie's", "Dupuytren's contracture", "Osgood-Schlatter", 'Charcot foot', "Wilson's disease", 'Munchausen', "Asperger's"];
const KIT = ['Pigg-O-Stat', 'Thomas splint', 'Philadelphia collar', 'Aspen collar', 'Sarnat scoring', 'Tenckhoff catheter', 'Quinton cath', 'Minerva brace', 'Jewett brace', 'Stryker saw', 'Mayfield pins', 'Blakemore tube', 'Gomco clamp', 'Ommaya reservoir', 'Denver shunt', 'Gardner-Wells tongs', 'Buck traction', 'Kirschner wire', 'Steinmann pin', 'Ilizarov frame'];
const TOOLS = ['Montgomery-Asberg', 'Young Mania Rating', 'Simpson-Angus', 'Columbia protocol', 'Edinburgh postnatal', 'Rancho level VI', 'Berg balance 38', 'Tinetti 19', 'Barthel index 55', 'FIM 4', 'Waterlow 18', 'Norton 12', 'Ramsay 3', 'Aldrete 9', 'Bishop score 7', 'Killip II', 'NYHA III', 'TIMI 4', 'CHA2DS2-VASc 5', 'HAS-BLED 3'];
const DRUGS = ['Celexa', 'Paxil', 'Latuda', 'Rexulti', 'Vraylar', 'Ingrezza', 'Tegretol', 'Trileptal', 'Neurontin', 'Lyrica', 'Flexeril', 'Toradol', 'Ultram', 'Oxycontin', 'MS Contin', 'Entresto', 'Jardiance', 'Januvia', 'Lantus', 'Humalog', 'Novolog', 'Tresiba', 'Solu-Medrol', 'Decadron', 'Bactrim', 'Keflex', 'Zosyn', 'Rocephin', 'Flagyl', 'Cipro', 'Diflucan', 'Reglan', 'Pepcid', 'Carafate', 'Imodium', 'Xifaxan', 'Kayexalate', 'Lokelma', 'Aldactone', 'Coreg', 'Norvasc', 'Chantix', 'Vivitrol', 'Invega Sustenna', 'Buspar', 'Lithobid'];
const HARDWARE = ['Hickman line', 'tunneled cath', 'trialysis cath', 'Cook catheter', 'Blake drain', 'Malecot', 'Coude cath', 'suprapubic cath', 'nephrostomy tube', 'Dobbhoff', 'Cortrak', 'Kangaroo pump', 'Medfusion', 'Sigma pump', 'Omnicell', 'Hill-Rom bed', 'Total Care bed', 'Clinitron', 'Rifton chair', 'Hoyer pad', 'EZ lift', 'gait belt', 'Prevalon boots', 'Allevyn', 'Opticell', 'Silvadene dressing', 'Jelonet', 'Steri-strips', 'Dermabond', 'Sorbaview'];
const WARDS = ['TSICU', 'PCU', 'IMC', 'BICU', 'CTICU', 'NSICU', 'the unit', 'short stay', 'pre-op holding', 'triage', 'fast track', 'peds ED', 'adolescent unit', 'dual dx unit', 'crisis stabilization', 'partial program', 'TCU', 'sub-acute', 'respite bed'];
const STAFF = ['the hospitalist', 'night float', 'the PGY-2', 'moonlighter', 'the intensivist', 'nursing sup', 'float pool RN', 'traveler', 'preceptor', 'orientee', 'the scribe', 'psych NP', 'attending on call', 'peer specialist', 'recreation therapist', 'OT student', 'respiratory', 'lab', 'radiology', 'security', 'EVS'];
const SHORT = ['A&Ox2', 'NAD', 'WDWN', 'NCAT', 'PERRL', 'TMs clear', 'CN II-XII intact', 'S1S2', 'no m/r/g', 'BS x4', 'SNT', 'ND', 'FROM', 'CRT <2', 'DTRs 2+', 'POLST', 'AND order', 'CMO', 'NIV', 'HFOV', 'NSTEMI', 'STEMI', 'HFrEF', 'AFib RVR', 'SVT', 'PEA', 'ROSC', 'CPR', 'ACLS', 'BLS', 'LWBS', 'PCP', 'HHA', 'DME', 'ALF', 'PLOF', 'CGA', 'SBA', 'MOD A', 'MAX A', 'FWW', 'SPC', 'TTWB', 'PWB'];
const MIND = ['passive SI w/o plan', 'no HI', 'denies A/V hallucinations', 'responding to internal stimuli', 'guarded', 'poor eye contact', 'labile', 'euthymic', 'dysphoric', 'loose associations', 'thought blocking', 'ideas of reference', 'grandiose', 'alogia', 'anhedonia', 'early morning awakening', 'IVC paperwork', 'emergency hold', 'Baker Act', 'pink slip', 'TDO', 'elopement risk', 'close obs', 'arm\'s length', 'room restriction', 'STAT IM olanzapine'];
const SCHED = ['dialysis Mon Wed Fri', 'PT Tu/Th', 'weekly Wed injection', 'every other Fri group', 'Sat & Sun no therapy', 'clozapine ANC q Mon'];
const WHEN = ['this a.m.', 'last pm', 'overnight shift', 'afternoon', '3p-11p', '11-7', 'nocs', 'AM rounds', 'shift change', 'pre-op', 'post-op day 2', 'HD#4', 'POD 1'];
const EVERYDAY = ['Sharon will', 'Hope is for home', 'Will page', 'Sunny room', 'Rich in protein', 'Art therapy', 'Dawn light', 'Penny for thoughts', 'Crystal clear urine', 'Amber urine', 'Cliff notes', 'Hunter green gown'];

function md(r: Rng): string {
  return `${int(r, 1, 12)}-${int(r, 1, 28)}`;
}
function when(r: Rng): string {
  return pick(r, [g('DATE', `${int(r, 1, 12)}/${int(r, 1, 28)}`), g('DATE', md(r)), g('DATE', `${pick(r, ['Feb', 'April', 'Aug', 'Dec'])} ${int(r, 1, 28)}th`), `${g('DATE', pick(r, ['Monday', 'Thurs']))} ${g('DATE', `${int(r, 1, 12)}/${int(r, 1, 28)}`)}`]);
}
function who(r: Rng): string {
  return pick(r, [
    `${g('NAME', pick(r, FIRST))} ${g('NAME', pick(r, FAMILY))}`,
    `Mrs. ${g('NAME', pick(r, FAMILY))}`,
    `${pick(r, ['her son', 'his wife', 'niece', 'POA', 'grand-daughter', 'neighbor'])} ${g('NAME', pick(r, chance(r, 0.5) ? NICK : FIRST))}`,
  ]);
}
function doc(r: Rng): string {
  return pick(r, [`Dr. ${g('NAME', pick(r, FAMILY))}`, `${g('NAME', pick(r, FIRST))} ${g('NAME', pick(r, FAMILY))} MD`, `NP ${g('NAME', pick(r, FAMILY))}`]);
}
function num(r: Rng, a: number, b: number): number {
  return int(r, a, b);
}
function vitals(r: Rng): string {
  return pick(r, [
    `${num(r, 96, 102)}.${num(r, 0, 9)} F`,
    `P ${num(r, 50, 140)} irregular`,
    `B/P ${num(r, 80, 200)}/${num(r, 40, 120)} L arm sitting`,
    `R ${num(r, 10, 30)} unlabored`,
    `O2 sat ${num(r, 85, 100)} RA`,
    `pulse ox ${num(r, 85, 100)}% on ${num(r, 1, 15)} lpm`,
    `orthostatics ${num(r, 110, 140)}/${num(r, 60, 90)} -> ${num(r, 80, 105)}/${num(r, 50, 70)}`,
    `CBG ${num(r, 50, 450)}`,
    `pain score ${num(r, 0, 10)}`,
    `BMI ${num(r, 16, 45)}.${num(r, 0, 9)}`,
  ]);
}
function amounts(r: Rng): string {
  return pick(r, [
    `${num(r, 1, 4)} mg IM x1`,
    `${num(r, 5, 40)} mg PO BID`,
    `${num(r, 100, 1200)} mg TID`,
    `${num(r, 1, 3)} g IV q${num(r, 6, 12)}h`,
    `${num(r, 2, 30)} u SQ qHS`,
    `gtt @ ${num(r, 2, 30)} ml/h`,
    `${num(r, 1, 2)} puff q4-6h`,
    `${num(r, 25, 200)} mcg patch q72h`,
    `${num(r, 1, 3)} L NS wide open`,
  ]);
}
function shapes(r: Rng): string {
  return pick(r, [
    `${num(r, 1, 10)}/10 HA`,
    `motor ${num(r, 3, 5)}/5 throughout`,
    `${num(r, 1, 4)}+ reflexes`,
    `trace-${num(r, 1, 2)}+ edema`,
    `${num(r, 1, 5)}/${num(r, 6, 9)} days of abx`,
    `2/2 volume overload`,
    `${num(r, 1, 2)}/2 tab`,
    `1:${num(r, 2, 4)} staffing`,
    `hep ${num(r, 5, 25)},000 u`,
    `EF ${num(r, 15, 65)}%`,
    `${num(r, 10, 40)} pack-yr`,
    `${num(r, 2, 6)}/${num(r, 6, 12)} mo`,
    `Q${num(r, 2, 8)}H`,
  ]);
}
function labs(r: Rng): string {
  return pick(r, [
    `Na ${num(r, 120, 150)}`,
    `Hgb ${num(r, 5, 15)}.${num(r, 0, 9)} (from ${num(r, 7, 15)}.${num(r, 0, 9)})`,
    `BUN/Cr ${num(r, 8, 90)}/${num(r, 0, 7)}.${num(r, 0, 9)}`,
    `AST/ALT ${num(r, 10, 900)}/${num(r, 10, 900)}`,
    `T bili ${num(r, 0, 12)}.${num(r, 0, 9)}`,
    `PTT ${num(r, 25, 120)}`,
    `VBG 7.${num(r, 10, 45)}/${num(r, 30, 90)}`,
    `lipase ${num(r, 20, 3000)}`,
    `Li level ${num(r, 0, 1)}.${num(r, 1, 9)}`,
    `VPA level ${num(r, 20, 120)}`,
    `UDS + THC/benzo`,
    `BAL ${num(r, 0, 400)}`,
    `TSH ${num(r, 0, 12)}.${num(r, 0, 9)}`,
    `procal ${num(r, 0, 30)}.${num(r, 0, 9)}`,
  ]);
}
function clock(r: Rng): string {
  return pick(r, [`${num(r, 1, 12)}:${pick(r, ['05', '20', '35', '55'])} ${pick(r, ['AM', 'PM'])}`, `${String(num(r, 0, 23)).padStart(2, '0')}${pick(r, ['05', '20', '35', '55'])}h`, `around ${num(r, 1, 12)}`, `for ${num(r, 2, 48)} hrs`, `x ${num(r, 2, 14)} days`, `q shift`, `BID`, `until ${String(num(r, 0, 23)).padStart(2, '0')}00`]);
}

type L = (r: Rng) => string;
const SOAP: L[] = [
  (r) => `S: ${n('shift', pick(r, WHEN))} pt reports ${n('ratio', shapes(r))}, tolerated ${n('brand', pick(r, DRUGS))}.`,
  (r) => `O: ${n('vital', vitals(r))}; ${n('vital', vitals(r))}; exam ${n('abbrev', pick(r, SHORT))}, ${n('abbrev', pick(r, SHORT))}, ${n('eponym', pick(r, SIGNS))} absent.`,
  (r) => `A/P: ${n('eponym', pick(r, DX))} — start ${n('brand', pick(r, DRUGS))} ${n('dose', amounts(r))}, ${n('role', pick(r, STAFF))} agrees.`,
  (r) => `Data: ${n('lab', labs(r))}, ${n('lab', labs(r))}; ${n('lab', labs(r))}.`,
  (r) => `#${num(r, 1, 6)} ${n('eponym', pick(r, DX))}: ${n('score', pick(r, TOOLS))}, continue ${n('device', pick(r, KIT))}.`,
  (r) => `Dispo: ${n('unit', pick(r, WARDS))} when ${n('abbrev', pick(r, SHORT))}; ${n('weekday', pick(r, SCHED))}.`,
];
const TRIAGE: L[] = [
  (r) => `CHIEF COMPLAINT ${n('ratio', shapes(r).toUpperCase())} ${n('time', clock(r))}, ${n('vital', vitals(r))}, ${n('abbrev', pick(r, SHORT))}`,
  (r) => `arrived via ems ${n('time', clock(r))} ${n('abbrev', pick(r, SHORT).toLowerCase())} ${n('vital', vitals(r).toLowerCase())} to ${n('unit', pick(r, WARDS).toLowerCase())}`,
  (r) => `Hx ${n('eponym', pick(r, DX))}, home meds ${n('brand', pick(r, DRUGS))}, ${n('brand', pick(r, DRUGS))}; allergy to ${n('brand', pick(r, DRUGS))} (rash).`,
  (r) => `Pt brought in by ${who(r)} from ${g('GEO', pick(r, HOMES))}, ph ${g('PHONE', `(${num(r, 201, 989)}) 555-${num(r, 1000, 9999)}`)}.`,
];
const SBAR: L[] = [
  (r) => `S- ${n('eponym', pick(r, DX))} w/ ${n('ratio', shapes(r))}, B- ${n('abbrev', pick(r, SHORT))}, ${n('abbrev', pick(r, SHORT))}`,
  (r) => `A- ${n('vital', vitals(r))} ${n('time', clock(r))}, ${n('device', pick(r, HARDWARE))} patent, ${n('device', pick(r, HARDWARE))} on`,
  (r) => `R- recheck ${n('lab', labs(r))} ${n('time', clock(r))}, call ${n('role', pick(r, STAFF))} if ${n('vital', vitals(r))}`,
  (r) => `handed off to ${n('role', pick(r, STAFF))} ${n('shift', pick(r, WHEN))}; pt in ${n('unit', pick(r, WARDS))} ${n('bed', `bed ${num(r, 1, 40)}`)}`,
];
const HOME: L[] = [
  (r) => `Home visit ${when(r)}. Caregiver ${who(r)} present. ${n('program', pick(r, ['Medicaid waiver', 'Medicare part D', 'home health', 'Lifeline button', 'Area Agency on Aging', 'adult day care']))}.`,
  (r) => `Med rec: ${n('brand', pick(r, DRUGS))} ${n('dose', amounts(r))}, ${n('brand', pick(r, DRUGS))} ${n('dose', amounts(r))} — pillbox filled for ${n('weekday', 'Sun-Sat')}.`,
  (r) => `${n('capword', pick(r, EVERYDAY))}. ${n('device', pick(r, HARDWARE))} in use, ${n('score', pick(r, TOOLS))}.`,
  (r) => `Lives in ${g('GEO', pick(r, TOWNS))} w/ ${who(r)}; PCP ${doc(r)}.`,
];
const PSYCHADM: L[] = [
  (r) => `Pt admitted on ${n('psych', pick(r, MIND))} after presenting to ${g('GEO', pick(r, PLACES))} ED ${when(r)}.`,
  (r) => `On interview pt ${n('psych', pick(r, MIND))}, ${n('psych', pick(r, MIND))}, ${n('psych', pick(r, MIND))}.`,
  (r) => `Received ${n('brand', pick(r, DRUGS))} ${n('dose', amounts(r))} ${n('time', clock(r))} for ${n('psych', pick(r, MIND))}; ${n('score', pick(r, TOOLS))}.`,
  (r) => `Collateral from ${who(r)}: ${n('ratio', shapes(r))}, ${n('eponym', pick(r, DX))} in family.`,
  (r) => `${n('role', pick(r, STAFF))} to meet w/ pt ${n('weekday', pick(r, SCHED))}; ${n('capword', pick(r, EVERYDAY))}.`,
];
const REHAB: L[] = [
  (r) => `PT daily: ${n('abbrev', pick(r, SHORT))} w/ ${n('device', pick(r, HARDWARE))}, ${n('score', pick(r, TOOLS))}, ${n('ratio', shapes(r))}.`,
  (r) => `Gait ${num(r, 10, 300)} ft ${n('abbrev', pick(r, SHORT))} w/ ${n('abbrev', pick(r, SHORT))}, ${n('vital', vitals(r))} post.`,
  (r) => `${n('device', pick(r, KIT))} on, ${n('eponym', pick(r, SIGNS))} tested, ${n('role', pick(r, STAFF))} notified.`,
  (r) => `Pt seen in ${n('unit', pick(r, WARDS))} ${g('ORG', `Room ${num(r, 100, 699)}`)}; signed ${doc(r)} ${when(r)}.`,
];

const VOICES: { lines: L[]; header: string[] }[] = [
  { lines: SOAP, header: ['Progress Note — Medicine', 'RESIDENT NOTE', 'soap'] },
  { lines: TRIAGE, header: ['TRIAGE', 'ED triage'] },
  { lines: SBAR, header: ['SBAR handoff', 'HANDOFF'] },
  { lines: HOME, header: ['Home Health Visit', 'skilled nursing visit'] },
  { lines: PSYCHADM, header: ['Psychiatric Admission Note', 'PSYCH ADMIT'] },
  { lines: REHAB, header: ['PT/OT Daily Note', 'rehab tx note'] },
];

function restyle(text: string, style: number): string {
  if (style === 0) return text;
  const parts = text.split(/(\[\[[A-Z_]+\||<<[a-z]+\||\]\]|>>)/);
  return parts.map((p, i) => (i % 2 === 1 ? p : style === 1 ? p.toUpperCase() : p.toLowerCase())).join('');
}

function makeNote(r: Rng): string {
  const voice = pick(r, VOICES);
  const out = [pick(r, voice.header)];
  const count = num(r, 5, 10);
  for (let i = 0; i < count; i++) out.push(pick(r, voice.lines)(r));
  if (chance(r, 0.4)) out.push(`${pick(r, ['Signed', 'e-signed', '-'])} ${doc(r)} ${when(r)}`);
  return restyle(out.join(chance(r, 0.2) ? ' ' : '\n'), pick(r, [0, 0, 1, 2]));
}

export const ASIDE: string[] = (() => {
  const r = mulberry32(2710);
  return Array.from({ length: 70 }, () => makeNote(r));
})();
