// Issue 14 (R35), round 11 (clin11): the SET-ASIDE part of the recall generator, written separately
// from clinical-gen11.ts (not by editing it) and before any change of this round: other voices (an
// RT note, a discharge planner, a psych resident's admission, an ED re-eval, a rehab PT note, a
// hospice visit), other sentence shapes and its own invented identities. Same markers:
// `[[TYPE|value]]` gold (ORG neutral), `<<kind|text>>` for non-identifier stretches by kind.
// Scored ONCE at the end of the round, totals only:
// `node --import tsx bench/deid/clinical-gen11-run.ts --aside`.
import { chance, int, mulberry32, pick, type Rng } from '../rng.ts';

const g = (type: string, v: string): string => `[[${type}|${v}]]`;
const n = (kind: string, v: string): string => `<<${kind}|${v}>>`;

const CLIN = ['Abernathy', 'Ndiaye', 'Rasmussen', 'Bergqvist', 'Iwasaki', 'Lombardo', 'Fitzwilliam', 'Oyeyemi', 'Vasquez-Reyes', 'Thorne', 'Kazmierczak', 'Holloway'];
const CLIN_FIRST = ['Marguerite', 'Dev', 'Sunniva', 'Ravi', 'Petra', 'Lorcan', 'Nadia', 'Eamon', 'Giselle', 'Bram'];
const KIN_FIRST = ['rosamund', 'elias', 'hester', 'benedikt', 'clover', 'ignacio', 'marta', 'thelonius', 'ottilie'];
const KIN_SUR = ['Fairbairn', 'Oduya-Kent', 'Marchetti', 'Lindqvist'];
const PLACES = ['Wyckham', 'Sandhurst', 'Beaumont Vale', 'Larkhill', 'Saint Brendan', 'Coldspring'];
const HOMES = ['Willowmere', 'Hawthorne Ridge', 'Pemberton House', 'Aspen Glen'];
const TOWNS = ['Brackenfield', 'West Alder', 'Hollowmere', 'Dunstable Point', 'Ferncliff'];
const ROADS = ['Mossbank Rd', 'Kittredge St', 'Alder Row', 'Sumner Ter', 'Packard Blvd'];

function clin(r: Rng): string {
  const s = pick(r, CLIN);
  const sv = chance(r, 0.4) ? s.toLowerCase() : s;
  return pick(r, [
    () => `RT ${g('NAME', sv)} adjusted settings`,
    () => `dw Dr ${g('NAME', sv)}`,
    () => `ok'd by ${g('NAME', sv)} (attending)`,
    () => `hospitalist-${g('NAME', sv)}-aware`,
    () => `cosigned: ${g('NAME', sv)}, MD`,
    () => `team (${g('NAME', sv)}/${g('NAME', pick(r, CLIN))}) rounded`,
    () => `interpreted by ${g('NAME', sv)}`,
    () => `msg left for ${g('NAME', sv)} NP`,
    () => `notified Dr${g('NAME', sv)}`,
    () => `attg: ${g('NAME', sv)}`,
    () => `psych c/s - ${g('NAME', sv)}`,
  ])();
}
function clinFirst(r: Rng): string {
  const f = pick(r, CLIN_FIRST);
  return pick(r, [
    () => `${g('NAME', f)} from PT in to amb pt`,
    () => `gave report to ${g('NAME', f)}`,
    () => `thx ${g('NAME', f)} for help w/ turn`,
    () => `${g('NAME', f.toLowerCase())} (SW) to call family`,
    () => `coordinated w ${g('NAME', f)} in admitting`,
  ])();
}
function kin(r: Rng): string {
  const f = pick(r, KIN_FIRST);
  return pick(r, [
    () => `grandson ${g('NAME', f)} ${g('NAME', pick(r, KIN_SUR))} is POA`,
    () => `pts wife, ${g('NAME', f)}, at bedside`,
    () => `family mtg w/ ${g('NAME', f)} + ${g('NAME', pick(r, KIN_FIRST))}`,
    () => `msg from dtr ${g('NAME', f)}: running late`,
    () => `${g('NAME', f)} (stepson) visiting`,
  ])();
}
const MONTHS = ['January', 'Feb', 'Mar.', 'April', 'Jun', 'Sept', 'Oct.', 'December'];
function date(r: Rng): string {
  const m = int(r, 1, 12);
  const d = int(r, 1, 26);
  return pick(r, [
    () => `trach change ${g('DATE', `${m}.${d}`)}`,
    () => `wk of ${g('DATE', `${m}/${d}`)}`,
    () => `${g('DATE', `${pick(r, MONTHS)} ${d}${pick(r, ['', 'th'])}`)} bronch`,
    () => `the ${g('DATE', `${d}th of ${pick(r, MONTHS)}`)}`,
    () => `neg cx from ${g('DATE', `${m}/${d}`)} and ${g('DATE', `${m}/${d + 2}`)}`,
    () => `TPN ${g('DATE', `${m}/${d}`)}→${g('DATE', `${m}/${d + 3}`)}`,
    () => `sx began ${g('DATE', `${d}-${pick(r, ['Jan', 'Mar', 'Jul', 'Nov'])}`)}`,
    () => `seizure ${pick(r, ['Sat', 'Sun', 'Wed'])} (${g('DATE', `${m}/${d}`)})`,
    () => `hx MI '${g('DATE', String(int(r, 70, 99)))}`,
    () => `last admit ${g('DATE', `${m}/${int(r, 2070, 2099)}`)}`,
    () => `DOS: ${g('DATE', `${m}/${d}/${int(r, 2070, 2099)}`)}`,
  ])();
}
function contact(r: Rng): string {
  const four = String(int(r, 1000, 9999));
  return pick(r, [
    () => `pgr# ${g('PHONE', `2-${four}`)}`,
    () => `ext. ${g('PHONE', `6${four}`)}`,
    () => `Vocera ${g('PHONE', four)}`,
    () => `dtr's cell ${g('PHONE', `${int(r, 201, 989)} 555 ${four}`)}`,
    () => `spectralink ${g('PHONE', four)}`,
    () => `fax to ${g('PHONE', `${int(r, 201, 989)}-555-${four}`)}`,
  ])();
}
function place(r: Rng): string {
  const p = pick(r, PLACES);
  const h = pick(r, HOMES);
  const t = pick(r, TOWNS);
  return pick(r, [
    () => `came over from ${g('GEO', p)} ${g('ORG', 'ED')}`,
    () => `prior admit @ ${g('GEO', p.toLowerCase())}`,
    () => `d/c plan: ${g('GEO', h)} ${g('ORG', 'SAR')}`,
    () => `accepted at ${g('GEO', h)}`,
    () => `pt from ${g('GEO', t)}, lives w/ son`,
    () => `return to ${g('GEO', h.toLowerCase())} ${g('ORG', 'ALF')}`,
    () => `records faxed from ${g('GEO', p)}`,
    () => `originally from ${g('GEO', t.toLowerCase())}`,
  ])();
}
function addr(r: Rng): string {
  const ro = pick(r, ROADS);
  return pick(r, [
    () => `home: ${g('GEO', `${int(r, 3, 900)} ${ro}`)}`,
    () => `ambulance to ${g('GEO', `${int(r, 3, 900)} ${ro.toLowerCase()}`)}`,
    () => `walked from ${g('GEO', ro)} bus stop`,
  ])();
}
function age(r: Rng): string {
  const a = String(int(r, 90, 101));
  return pick(r, [() => `${g('AGE', a)}-yo`, () => `${g('AGE', a)} yr old`, () => `${g('AGE', `${a}yo`)}F`, () => `age ${g('AGE', a)}`, () => `${g('AGE', a)} y/o w/ dementia`])();
}
function record(r: Rng): string {
  const num = String(int(r, 100000, 9999999));
  return pick(r, [() => `Med Rec No ${g('MRN', num)}`, () => `CSN ${g('MRN', `${num}${int(r, 10, 99)}`)}`, () => `encounter #${g('MRN', num)}`, () => `MR#:${g('MRN', num)}`, () => `visit ${g('MRN', num)}`])();
}
const IDS = [clin, clin, clin, clinFirst, kin, kin, date, date, date, contact, place, place, addr, age, record];

const NEG = [
  () => 'Vt 450 x 14, PEEP 8',
  () => 'ABG 7.31/48/72',
  () => 'weaned to 35%',
  () => 'RSBI 88',
  () => 'SBT passed x 30 min',
  () => 'ambulated 150 ft w/ RW, CGA',
  () => 'MMT 4-/5 hip flex',
  () => 'Berg 41',
  () => 'morphine 2 mg SL q2h',
  () => 'comfort care',
  () => 'PPS 30%',
  () => 'mottling to knees',
  () => 'Q-tip applied',
  () => 'UDS +THC',
  () => 'BAL 0.21',
  () => 'zyprexa zydis 10',
  () => 'voluntary admit',
  () => 'BMP @ 0400',
  () => 'strict I&O',
  () => 'fall precautions',
  () => 'plan d/w team',
  () => 'MD aware',
  () => 'charge nurse notified',
  () => 'resp therapist at bedside',
];
function negs(r: Rng): string {
  return Array.from({ length: int(r, 1, 3) }, () => n('neg', pick(r, NEG)())).join(pick(r, [', ', ' - ', '. ']));
}
function note(r: Rng): string {
  const head = pick(r, ['RT NOTE', 'Discharge planning', 'Psych admit', 'ED re-eval', 'PT daily', 'Hospice RN visit', '']);
  const body = Array.from({ length: int(r, 2, 4) }, () => (chance(r, 0.5) ? `${pick(r, IDS)(r)}. ${negs(r)}.` : `${negs(r)} - ${pick(r, IDS)(r)}`));
  if (head) body.unshift(head);
  const text = body.join(chance(r, 0.4) ? ' | ' : '\n');
  const style = pick(r, [0, 0, 0, 1, 2]);
  if (style === 0) return text;
  return text
    .split(/(\[\[[A-Z_]+\||<<[a-z]+\||\]\]|>>)/)
    .map((p) => (/^(\[\[[A-Z_]+\||<<[a-z]+\||\]\]|>>)$/.test(p) ? p : style === 1 ? p.toUpperCase() : p.toLowerCase()))
    .join('');
}

const r0 = mulberry32(7711);
export const ASIDE: string[] = Array.from({ length: 90 }, () => note(r0));
