// Issue 14 (R35), round 11 (clin11): a RECALL generator of nursing, ICU, ward and psychiatric notes
// for identifier SHAPES the earlier generators (clinical-gen7 … gen10, shift-notes, note-cues-r7 … r9)
// do not write. Written and committed before this round read any detection code, by thinking like
// a clinician writing a hurried note, not from any corpus wording and not from any held-out error
// (only the held-out totals were seen: recall 95.6 % there against 99.7 % on the development
// patients, so the misses are of kinds the development notes lack).
//
// Kinds of identifier written here, each in many shapes:
//   staff    clinicians' surnames after a role word or a verb of talking, in any case, run together
//            with punctuation ("d/w dr halvorsen", "per pryce-np", "RN Okafor aware", "SW: Delgado")
//   first    staff first names alone after a verb of talking ("spoke w/ Tamsin re: plan")
//   family   relatives' names in lower case or glued to punctuation ("s/p visit by wife mirela")
//   date     month/day in every clinical spelling (7/4, 07/04, 7-4, "the 4th", ranges 7/2-7/5,
//            "Tues 3/3", "on 7/4 @ 0300", "4/12 @ 2200", a dated history year "dx'd 2071")
//   phone    phones and pagers in short forms ("pg 4-1234", "x5521", "beeper #2217")
//   place    hospitals, nursing homes, rehabs, clinics and towns after transfer words
//            (from/to/at/OSH/dc'd to), kind word neutral
//   street   street addresses in short forms ("lives @ 14 bramble ln", "home on Quill St")
//   age      ages over 89 ("92 yo", "91F", "93 y.o.", "pt is 96")
//   record   record and account numbers in many spellings ("MRN#", "mr #", "acct", "FIN", "#")
// Non-identifiers written densely beside them (each stretch tagged `<<kind|…>>`, so false tokens
// are counted by kind): clock times, doses, vitals, scores, ratios, bed numbers, roles WITHOUT a
// name ("resident aware"), units, weekday schedules, post-op day counts, extension-like readings.
// Policy: a weekday is not gold (the development patients never mark one); a year alone in a dated
// history is gold (clinical notes redact it, docs/deid.md); a facility's kind word is neutral
// `[[ORG|…]]`; a clock time is never an identifier.
//
// DEV (220 notes) is tuned against. ASIDE (`--aside`, clinical-gen11-aside.ts) is written separately
// in other shapes and words; scored once at the end, totals only.
// Runner: `node --import tsx bench/deid/clinical-gen11-run.ts [--aside] [--quiet]`.
import { chance, int, mulberry32, pick, type Rng } from '../rng.ts';

const g = (type: string, v: string): string => `[[${type}|${v}]]`;
const n = (kind: string, v: string): string => `<<${kind}|${v}>>`;

// ---------------------------------------------------------------- identities (invented)
const STAFF_SUR = ['Halvorsen', 'Pryce', 'Okafor', 'Delgado', 'Brandvold', 'Lusk', 'Renwick', 'Tsakiris', 'Amundsen', 'Ferrante', 'Quigley', 'Mbeki', 'Castellanos', 'Villiers', 'Oduya', 'Strand', 'Kowalski', 'Nakagawa'];
const STAFF_FIRST = ['Tamsin', 'Joaquin', 'Bea', 'Kim', 'Rafferty', 'Ines', 'Dara', 'Leif', 'Maeve', 'Soren', 'Priya', 'Colm', 'Anouk', 'Tobias', 'Jolene', 'Hollis'];
const FAMILY_FIRST = ['mirela', 'otis', 'greta', 'dorian', 'lenore', 'cyrus', 'fern', 'augustine', 'rosalie', 'ezra', 'winifred', 'matthias', 'june', 'bernadette'];
const FAMILY_SUR = ['Penhaligon', 'Wexford', 'Oyelowo', 'Dunleavy', 'Szymanski', 'Achterberg', 'Rookwood', 'Galloway'];
const HOSP = ['Ravenscar', 'Millbrook', 'Dunmore', 'Birchfield', 'Harwick', 'Stonebridge', 'Calloway', 'Westerly', 'Penrith Valley', 'Saint Ansgar'];
const HOSP_KIND = ['General', 'Memorial', 'Regional', 'Hospital', 'Med Ctr', 'Medical Center'];
const CARE_PLACE = ['Elmhurst Manor', 'Cedar Knoll', 'Brightwater', 'Linden Court', 'Fairhaven', 'Thornbury', 'Magnolia Terrace', 'Hollins Park'];
const CARE_KIND = ['rehab', 'NH', 'SNF', 'nursing home', 'ALF', 'assisted living', 'adult day', 'group home', 'clinic'];
const TOWNS = ['Ashcombe', 'Kettering Falls', 'Norwell Harbor', 'Pinecastle', 'Eastbury', 'Lowell Springs', 'Tamworth', 'Glenrock', 'Marsden', 'Quarrytown'];
const STREETS = ['Bramble Ln', 'Quill St', 'Hatfield Rd', 'Orchard Way', 'Larkspur Ct', 'Tinker Ave', 'Wexley Dr', 'Cobb Hill Rd', 'Fenmore Pl'];

// ---------------------------------------------------------------- non-identifier vocabulary
const ROLES = ['resident', 'attending', 'intern', 'RN', 'charge RN', 'SW', 'PT', 'OT', 'covering MD', 'NP', 'PA', 'fellow', 'house officer', 'night float', 'CM', 'RT', 'pharmacy', 'psych', 'rapid response', 'nsg sup'];
const UNITS = ['MICU', 'SICU', 'CCU', 'tele', 'step-down', 'PACU', 'ED', 'the floor', 'IR', 'cath lab', 'inpt psych', '4 West', 'BHU', 'obs'];
const EVENTS = ['extubated', 'intubated', 'transfused 1u PRBC', 'PICC placed', 'foley d/c\'d', 'HD started', 'CT head neg', 'LP done', 'CXR clear', 'ECHO done', 'EGD', 'cards consulted', 'abx started', 'restraints d/c\'d', 'ativan started', 'last BM'];
const ABBR = ['AOx3', 'NAD', 'VSS', 'NPO', 'OOB to chair', 'SOB', 'DNR/DNI', 'full code', 'HOB 30', 'SCDs on', 'NKDA', 'CTA bilat', 'RRR', 'BS+', 'MAE', 'PERRL', 'denies SI/HI', 'I/O even', 'UO adequate', 'ADLs w/ assist'];

function time(r: Rng): string {
  return pick(r, [`${String(int(r, 0, 23)).padStart(2, '0')}${pick(r, ['00', '15', '30', '45'])}`, `${int(r, 1, 12)}${pick(r, ['am', 'pm', 'p', 'a'])}`, `${int(r, 1, 12)}:${pick(r, ['05', '20', '40'])}`]);
}
function vital(r: Rng): string {
  return pick(r, [`BP ${int(r, 88, 180)}/${int(r, 42, 104)}`, `HR ${int(r, 50, 140)}`, `T ${int(r, 97, 102)}.${int(r, 0, 9)}`, `sat ${int(r, 86, 100)}% ${int(r, 2, 6)}L NC`, `RR ${int(r, 12, 30)}`, `MAP ${int(r, 58, 90)}`, `FS ${int(r, 70, 380)}`]);
}
function dose(r: Rng): string {
  return pick(r, [`${int(r, 1, 4)} mg ativan IV`, `haldol ${int(r, 2, 10)} mg IM`, `lasix ${pick(r, ['20', '40', '80'])} IV`, `KCl ${pick(r, ['20', '40'])} mEq po`, `${int(r, 2, 12)}u SSI`, `NS @ ${int(r, 50, 150)}/hr`, `levo ${int(r, 2, 20)} mcg`, `tylenol 650 po q6h prn`]);
}
function ratio(r: Rng): string {
  return pick(r, [`pain ${int(r, 2, 10)}/10`, `${int(r, 1, 4)}+ edema`, `1:1 sitter`, `strength ${int(r, 3, 5)}/5`, `2/2 weakness`, `PEEP ${int(r, 5, 12)}/FiO2 ${pick(r, ['40', '50', '60'])}%`, `GCS ${int(r, 8, 15)}`, `CIWA ${int(r, 0, 22)}`, `x${int(r, 1, 4)}`]);
}
function nonId(r: Rng): string {
  return pick(r, [
    () => n('vital', vital(r)),
    () => n('dose', dose(r)),
    () => n('ratio', ratio(r)),
    () => n('abbrev', pick(r, ABBR)),
    () => n('time', `@ ${time(r)}`),
    () => n('bed', `bed ${int(r, 1, 24)}`),
    () => n('podday', pick(r, [`POD ${int(r, 1, 9)}`, `POD#${int(r, 1, 9)}`, `HD#${int(r, 2, 14)}`, `day ${int(r, 2, 10)} abx`])),
    () => n('weekday', pick(r, ['HD MWF', 'due Tues', 'weekly labs Thurs', 'PT M/W/F'])),
  ])();
}
const fillers = (r: Rng, k: number): string => Array.from({ length: k }, () => nonId(r)).join(pick(r, [', ', '; ', ' / ']));

// ---------------------------------------------------------------- identifier shapes
function staffSur(r: Rng): string {
  const s = pick(r, STAFF_SUR);
  return chance(r, 0.35) ? s.toLowerCase() : s;
}
/** A clinician named by surname after a role word or a verb of talking. */
function staffMention(r: Rng): string {
  const s = staffSur(r);
  return pick(r, [
    () => `d/w dr ${g('NAME', s)}`,
    () => `d/w Dr.${g('NAME', s)}`,
    () => `per ${g('NAME', s)}-np`,
    () => `per ${g('NAME', s)} (np)`,
    () => `${n('role', pick(r, ['attending', 'resident', 'covering', 'fellow']))} ${g('NAME', s)} aware`,
    () => `RN ${g('NAME', s)} at bedside`,
    () => `SW: ${g('NAME', s)} following`,
    () => `PT (${g('NAME', s)}) eval'd`,
    () => `paged ${g('NAME', s)} x2`,
    () => `covering ${g('NAME', s)} notified`,
    () => `report to ${g('NAME', s)} RN`,
    () => `seen by ${g('NAME', s)}/${n('role', 'renal')}`,
    () => `plan per ${g('NAME', s)}`,
    () => `${g('NAME', s)}, ${n('role', 'MD')}, updated`,
    () => `c/w dr. ${g('NAME', s)} re abx`,
    () => `called ${g('NAME', s)} (${n('role', 'ortho')})`,
    () => `house officer ${g('NAME', s)} in to eval`,
    () => `s/o to ${g('NAME', s)} ${n('time', `@ ${time(r)}`)}`,
  ])();
}
/** A staff member named by first name alone. */
function firstMention(r: Rng): string {
  const f = pick(r, STAFF_FIRST);
  const fv = chance(r, 0.3) ? f.toLowerCase() : f;
  return pick(r, [
    () => `spoke w/ ${g('NAME', fv)} re: plan`,
    () => `${g('NAME', fv)} (charge) aware`,
    () => `handed off to ${g('NAME', fv)}`,
    () => `per ${g('NAME', fv)} in pharmacy`,
    () => `asked ${g('NAME', fv)} to recheck`,
    () => `${g('NAME', fv)} RN to cover break`,
    () => `relieved by ${g('NAME', fv)} ${n('time', time(r))}`,
    () => `w/ help of ${g('NAME', fv)}`,
    () => `tech ${g('NAME', fv)} drew labs`,
    () => `discussed w/ ${g('NAME', fv)}, ${n('role', 'CM')}`,
  ])();
}
function familyMention(r: Rng): string {
  const f = pick(r, FAMILY_FIRST);
  const fv = chance(r, 0.3) ? f[0]!.toUpperCase() + f.slice(1) : f;
  const rel = pick(r, ['wife', 'husband', 'dtr', 'daughter', 'son', 'sister', 'bro', 'mother', 'niece', 'HCP', 'partner', 'gf', 'bf']);
  return pick(r, [
    () => `s/p visit by ${rel} ${g('NAME', fv)}`,
    () => `${rel} ${g('NAME', fv)} @ bedside`,
    () => `${rel}(${g('NAME', fv)}) called`,
    () => `${rel}/${g('NAME', fv)} updated by phone`,
    () => `${g('NAME', fv)}-${rel} wants callback`,
    () => `spoke to ${rel} ${g('NAME', fv)} ${g('NAME', pick(r, FAMILY_SUR))}`,
    () => `${rel} is ${g('NAME', fv)}, lives out of state`,
    () => `visited by ${g('NAME', fv)} (${rel})`,
    () => `${rel} ${g('NAME', fv)} brought in clothes`,
  ])();
}
const pad = (x: number): string => String(x).padStart(2, '0');
function dateMention(r: Rng): string {
  const m = int(r, 1, 12);
  const d = int(r, 1, 27);
  const ev = pick(r, EVENTS);
  return pick(r, [
    () => `${n('event', ev)} ${g('DATE', `${m}/${d}`)}`,
    () => `${n('event', ev)} on ${g('DATE', `${pad(m)}/${pad(d)}`)}`,
    () => `${n('event', ev)} ${g('DATE', `${m}-${d}`)}`,
    () => `on ${g('DATE', `${m}/${d}`)} ${n('time', `@ ${time(r)}`)} pt ${n('event', ev)}`,
    () => `${g('DATE', `${m}/${d}`)} ${n('time', `@ ${time(r)}`)}: ${n('event', ev)}`,
    () => `${n('event', ev)} on the ${g('DATE', `${d}${d === 1 ? 'st' : d === 2 ? 'nd' : d === 3 ? 'rd' : 'th'}`)}`,
    () => `abx ${g('DATE', `${m}/${d}`)}-${g('DATE', `${m}/${d + 1}`)}`,
    () => `in MICU ${g('DATE', `${m}/${d}`)} - ${g('DATE', `${m}/${d + 2}`)}`,
    () => `${pick(r, ['Mon', 'Tues', 'Wed', 'Thurs', 'Fri', 'Sat', 'Sun'])} ${g('DATE', `${m}/${d}`)}: ${n('event', ev)}`,
    () => `since ${g('DATE', `${m}/${d}`)} no BM`,
    () => `last dose ${g('DATE', `${m}/${d}`)} ${n('time', time(r))}`,
    () => `f/u appt ${g('DATE', `${m}/${d}`)} w/ ${n('role', 'PCP')}`,
    () => `dx'd ${g('DATE', String(int(r, 2060, 2099)))}, ${n('abbrev', pick(r, ABBR))}`,
    () => `CABG in ${g('DATE', String(int(r, 2060, 2099)))}`,
    () => `adm ${g('DATE', `${pad(m)}/${pad(d)}/${int(r, 60, 99)}`)}`,
    () => `due ${g('DATE', `${pick(r, ['jan', 'feb', 'mar', 'apr', 'aug', 'oct', 'nov', 'dec'])} ${d}`)}`,
    () => `(${g('DATE', `${m}/${d}`)}) ${n('event', ev)}`,
    () => `${n('event', ev)} yest (${g('DATE', `${m}/${d}`)})`,
  ])();
}
function phoneMention(r: Rng): string {
  const four = String(int(r, 1000, 9999));
  return pick(r, [
    () => `pg ${g('PHONE', `${int(r, 2, 8)}-${four}`)}`,
    () => `x${g('PHONE', four)}`,
    () => `ext ${g('PHONE', four)}`,
    () => `beeper #${g('PHONE', four)}`,
    () => `pager ${g('PHONE', `${int(r, 2, 9)}${four}`)}`,
    () => `call back @ ${g('PHONE', `${int(r, 201, 989)}-555-${four}`)}`,
    () => `cell ${g('PHONE', `555-${four}`)}`,
    () => `c# ${g('PHONE', `(${int(r, 201, 989)})555-${four}`)}`,
    () => `pgr ${g('PHONE', `${int(r, 30, 99)}${int(r, 100, 999)}`)}`,
    () => `reach at ${g('PHONE', `${int(r, 201, 989)}.555.${four}`)}`,
  ])();
}
function placeMention(r: Rng): string {
  const h = pick(r, HOSP);
  const hv = chance(r, 0.3) ? h.toLowerCase() : h;
  const c = pick(r, CARE_PLACE);
  const cv = chance(r, 0.3) ? c.toLowerCase() : c;
  const t = pick(r, TOWNS);
  const tv = chance(r, 0.3) ? t.toLowerCase() : t;
  return pick(r, [
    () => `from OSH (${g('GEO', hv)})`,
    () => `tx from ${g('GEO', hv)} ${g('ORG', pick(r, HOSP_KIND))}`,
    () => `OSH ${g('GEO', hv)} sent records`,
    () => `dc'd to ${g('GEO', cv)} ${g('ORG', pick(r, CARE_KIND))}`,
    () => `to ${g('GEO', cv)} ${g('ORG', pick(r, CARE_KIND))} when bed avail`,
    () => `lives at ${g('GEO', cv)}`,
    () => `from ${g('GEO', cv)} ${g('ORG', pick(r, CARE_KIND))} via EMS`,
    () => `resides in ${g('GEO', tv)}`,
    () => `BIBA from ${g('GEO', tv)}`,
    () => `family driving in from ${g('GEO', tv)}`,
    () => `f/u at ${g('GEO', hv)} ${g('ORG', 'clinic')}`,
    () => `w/u at ${g('GEO', hv)} last mo`,
    () => `followed by ${g('GEO', hv)} ${g('ORG', 'cardiology')}`,
    () => `had surgery @ ${g('GEO', hv)}`,
    () => `transfer to ${g('GEO', hv)} for ${n('abbrev', 'IR')}`,
  ])();
}
function streetMention(r: Rng): string {
  const st = pick(r, STREETS);
  const sv = chance(r, 0.4) ? st.toLowerCase() : st;
  const num = int(r, 2, 480);
  return pick(r, [
    () => `lives @ ${g('GEO', `${num} ${sv}`)}`,
    () => `home on ${g('GEO', sv)}`,
    () => `found down outside ${g('GEO', `${num} ${sv}`)}`,
    () => `address ${g('GEO', `${num} ${sv}`)}, ${g('GEO', pick(r, TOWNS))}`,
    () => `apt on ${g('GEO', sv)}, 2nd fl, no elevator`,
  ])();
}
function ageMention(r: Rng): string {
  const a = String(int(r, 90, 104));
  return pick(r, [
    () => `${g('AGE', a)} yo ${pick(r, ['M', 'F', 'man', 'woman'])}`,
    () => `${g('AGE', `${a}F`)}`,
    () => `${g('AGE', `${a}M`)}`,
    () => `${g('AGE', a)} y.o.`,
    () => `pt is ${g('AGE', a)}`,
    () => `${g('AGE', a)}yo`,
    () => `${g('AGE', a)} y/o pt`,
    () => `aged ${g('AGE', a)}`,
  ])();
}
function recordMention(r: Rng): string {
  const num = String(int(r, 1000000, 99999999));
  return pick(r, [
    () => `MRN#${g('MRN', num)}`,
    () => `mr# ${g('MRN', num)}`,
    () => `Acct ${g('MRN', num)}`,
    () => `acct#: ${g('MRN', num)}`,
    () => `med rec # ${g('MRN', num)}`,
    () => `unit no. ${g('MRN', num)}`,
    () => `FIN ${g('MRN', num)}`,
    () => `hosp # ${g('MRN', num)}`,
    () => `MR ${g('MRN', num)}`,
    () => `(mrn ${g('MRN', num)})`,
  ])();
}
const SHAPES = [staffMention, staffMention, staffMention, firstMention, firstMention, familyMention, familyMention, dateMention, dateMention, dateMention, phoneMention, placeMention, placeMention, streetMention, ageMention, recordMention];

// ---------------------------------------------------------------- lines and notes
function line(r: Rng): string {
  const id = pick(r, SHAPES)(r);
  return pick(r, [
    () => `${id}. ${fillers(r, int(r, 1, 3))}.`,
    () => `${fillers(r, int(r, 1, 2))}; ${id}.`,
    () => `${n('unit', pick(r, UNITS))}: ${id}, ${fillers(r, 1)}`,
    () => `${id}`,
    () => `${fillers(r, 2)}. ${n('role', pick(r, ROLES))} aware.`,
    () => `${n('role', pick(r, ROLES))} ${pick(r, ['notified', 'aware', 'at bedside', 'to eval'])}, ${id}.`,
  ])();
}

function styleNote(text: string, style: number): string {
  if (style === 0) return text;
  return text
    .split(/(\[\[[A-Z_]+\||<<[a-z]+\||\]\]|>>)/)
    .map((p) => (/^(\[\[[A-Z_]+\||<<[a-z]+\||\]\]|>>)$/.test(p) ? p : style === 1 ? p.toUpperCase() : p.toLowerCase()))
    .join('');
}

function note(r: Rng): string {
  const header = pick(r, ['NPN 7p-7a', 'Nursing note', 'MICU RN', 'psych RN note', 'Events:', 'shift note', '']);
  const lines = Array.from({ length: int(r, 2, 4) }, () => line(r));
  if (header) lines.unshift(header);
  const joined = chance(r, 0.3) ? lines.join(' / ') : lines.join('\n');
  return styleNote(joined, pick(r, [0, 0, 0, 0, 2, 2, 1]));
}

function build(seed: number, count: number): string[] {
  const r = mulberry32(seed);
  return Array.from({ length: count }, () => note(r));
}

export const DEV: string[] = build(1111, 220);
