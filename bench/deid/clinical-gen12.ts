// Issue 14 (R35), round 12 (clin12): a DATE generator of clinical notes — every way a clinician
// writes a date or a part of one in shift notes, progress notes, discharge summaries and
// psychiatric notes, next to the slashed, dashed and dotted numbers that are NOT dates (pressures,
// ratios, doses, fractions, scores, times, vent settings, lab panels). Written and committed before
// this round read any detection code, from thinking about how notes are written, not from any
// corpus wording and not from any held-out error (only the held-out totals were seen: 9 of 153 date
// tokens missed there).
//
// Conventions (docs/deid.md): a full date, a month/day, a day with a month word, a year in a dated
// history, an apostrophe year and a holiday are DATE gold. A weekday next to a date joins it in the
// engine and is never gold alone, so a weekday beside a date and "the" before an ordinal day are
// NEUTRAL (counted neither way); "mid"/"early"/"late" and a season before a month or year are
// NEUTRAL too. A weekday alone is a non-identifier.
// Markers: `[[TYPE|value]]` gold (NEUTRAL and ORG neutral), `<<kind|text>>` a non-identifier
// stretch of a kind, so false tokens are counted by kind.
//
// DEV (200 notes) is tuned against. ASIDE (`--aside`, clinical-gen12-aside.ts) is written separately
// in other voices and words; scored once at the end, totals only.
// Runner: `node --import tsx bench/deid/clinical-gen12-run.ts [--aside] [--quiet]`.
import { chance, int, mulberry32, pick, type Rng } from '../rng.ts';

const g = (type: string, v: string): string => `[[${type}|${v}]]`;
const n = (kind: string, v: string): string => `<<${kind}|${v}>>`;
const D = (v: string): string => g('DATE', v);
const NEU = (v: string): string => g('NEUTRAL', v);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ABBR3 = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ABBR_ALT = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const WEEKDAYS = ['Mon', 'Tues', 'Tue', 'Wed', 'Thurs', 'Thu', 'Fri', 'Sat', 'Sun', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const HOLIDAYS = ['Christmas', 'Christmas Eve', 'Thanksgiving', 'New Year\'s Eve', 'New Year\'s Day', 'Easter', 'Labor Day', 'Memorial Day', 'July 4th', 'the 4th of July', 'Halloween', 'Valentine\'s Day', 'Mother\'s Day', 'Father\'s Day'];
const SURNAMES = ['Ostrander', 'Kilbride', 'Marchbanks', 'Tervo', 'Abiodun', 'Castellane', 'Whitlock', 'Sorensby'];

const pad = (x: number): string => String(x).padStart(2, '0');
const ord = (d: number): string => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;

/** The note's own calendar: dates in one note stay within a few weeks of each other. */
interface Cal { m: number; d: number; y: number }
function near(r: Rng, c: Cal, spread = 10): Cal {
  let d = c.d + int(r, -spread, spread);
  let m = c.m;
  if (d < 1) { m = m === 1 ? 12 : m - 1; d += 28; }
  if (d > 28) { m = m === 12 ? 1 : m + 1; d -= 28; }
  return { m, d, y: c.y };
}

// ---------------------------------------------------------------- date shapes
/** A numeric date in one of the clinical spellings; returns the gold-marked text. */
function numeric(r: Rng, c: Cal): string {
  const { m, d, y } = c;
  const yy = pad(y % 100);
  return pick(r, [
    () => D(`${m}/${d}`),
    () => D(`${m}/${d}`),
    () => D(`${pad(m)}/${pad(d)}`),
    () => D(`${m}/${d}/${yy}`),
    () => D(`${m}/${d}/${y}`),
    () => D(`${pad(m)}/${pad(d)}/${y}`),
    () => D(`${m}-${d}`),
    () => D(`${m}-${d}-${yy}`),
    () => D(`${pad(m)}-${pad(d)}-${y}`),
    () => D(`${y}-${pad(m)}-${pad(d)}`),
    () => D(`${m}.${d}.${yy}`),
    () => D(`${pad(m)}.${pad(d)}.${y}`),
  ])();
}
function monthWord(r: Rng, m: number): string {
  const w = pick(r, [MONTHS[m - 1]!, ABBR3[m - 1]!, ABBR_ALT[m - 1]!, m === 9 ? 'Sept' : ABBR3[m - 1]!]);
  return pick(r, [w, w, w.toUpperCase(), w.toLowerCase()]);
}
/** A date with a month word. */
function worded(r: Rng, c: Cal): string {
  const { m, d, y } = c;
  const w = monthWord(r, m);
  // "may"/"march" in lower case are words first; keep them capitalised in month-word dates
  const mw = /^(may|mar|march)\.?$/.test(w) ? w[0]!.toUpperCase() + w.slice(1) : w;
  return pick(r, [
    () => D(`${mw} ${d}`),
    () => D(`${mw} ${ord(d)}`),
    () => D(`${mw} ${d}, ${y}`),
    () => D(`${d} ${mw}`),
    () => D(`${d}-${ABBR3[m - 1]!}`),
    () => D(`${pad(d)}-${ABBR3[m - 1]!.toUpperCase()}-${y}`),
    () => `${NEU('the')} ${D(`${ord(d)} of ${mw}`)}`,
    () => D(`${mw} ${y}`),
    () => `${NEU(pick(r, ['mid', 'early', 'late']))}-${D(MONTHS[m - 1]!)}`,
    () => `${NEU(pick(r, ['early', 'late', 'mid']))} ${D(mw)}`,
  ])();
}
function year(r: Rng): string {
  const y = int(r, 1978, 2023);
  return pick(r, [
    () => D(String(y)),
    () => D(String(y)),
    () => `'${D(pad(y % 100))}`,
    () => `${NEU(pick(r, ['spring', 'summer', 'fall', 'winter']))} ${D(String(y))}`,
    () => `${NEU(pick(r, ['Spring', 'Summer', 'Fall', 'Winter']))} ${NEU('of')} ${D(String(y))}`,
    () => D(`${pad(int(r, 1, 12))}/${y}`),
    () => D(`${int(r, 1, 12)}/${pad(y % 100)}`),
  ])();
}
function holiday(r: Rng): string {
  const h = pick(r, HOLIDAYS);
  if (h.startsWith('the ')) return `${NEU('the')} ${D(h.slice(4))}`;
  return D(chance(r, 0.2) ? h.toLowerCase() : h);
}
function weekdayDate(r: Rng, c: Cal): string {
  const wd = pick(r, WEEKDAYS);
  return pick(r, [
    () => `${NEU(wd)} ${D(`${c.m}/${c.d}`)}`,
    () => `${NEU(wd)} (${D(`${c.m}/${c.d}`)})`,
    () => `${NEU(wd)}, ${D(`${MONTHS[c.m - 1]!} ${c.d}`)}`,
    () => `${NEU(wd)} ${NEU('the')} ${D(ord(c.d))}`,
  ])();
}
/** A date range or list. */
function range(r: Rng, c: Cal): string {
  const e = near(r, c, 6);
  const a = `${c.m}/${c.d}`;
  const b = `${e.m}/${e.d}`;
  return pick(r, [
    () => `${D(a)}-${D(b)}`,
    () => `${D(a)} - ${D(b)}`,
    () => `${D(a)} thru ${D(b)}`,
    () => `${D(a)} to ${D(b)}`,
    () => `from ${D(a)} until ${D(b)}`,
    () => `${D(a)} & ${D(b)}`,
    () => `${D(a)}, ${D(b)} and ${D(`${near(r, c, 6).m}/${near(r, c, 6).d}`)}`,
    () => `${D(`${MONTHS[c.m - 1]!} ${c.d}`)}-${D(String(Math.min(28, c.d + int(r, 1, 4))))}`,
  ])();
}

// ---------------------------------------------------------------- non-dates
function time(r: Rng): string {
  return pick(r, [`${pad(int(r, 0, 23))}${pick(r, ['00', '15', '30', '45'])}`, `${int(r, 1, 12)}${pick(r, ['am', 'pm', 'a', 'p'])}`, `${int(r, 1, 12)}:${pick(r, ['05', '20', '40', '00'])}`]);
}
function nonDate(r: Rng): string {
  return pick(r, [
    () => n('bp', pick(r, [`BP ${int(r, 88, 180)}/${int(r, 42, 104)}`, `${int(r, 88, 180)}/${int(r, 42, 104)}`, `SBP 90s-100s, BP ${int(r, 95, 140)}/${int(r, 50, 90)}`, `ABP ${int(r, 90, 160)}/${int(r, 40, 90)} (${int(r, 60, 100)})`, `bp ${int(r, 100, 170)}/${int(r, 50, 99)} lying, ${int(r, 90, 150)}/${int(r, 50, 90)} standing`])),
    () => n('dose', pick(r, [`percocet 5/325 1 tab`, `norco ${pick(r, ['5', '7.5', '10'])}/325 q4h prn`, `vicodin 5/500`, `augmentin 875/125 bid`, `bactrim DS 800/160`, `sinemet 25/100 tid`, `advair 250/50 1 puff`, `zosyn 3.375`, `D5 1/2NS @ 75/hr`, `1/2 tab`, `${int(r, 1, 3)}/2 amp D50`, `1/4 strength TF`])),
    () => n('score', pick(r, [`strength ${int(r, 2, 5)}/5`, `${int(r, 3, 5)}/5 strength RUE`, `pulses 2/4 DP`, `${int(r, 1, 3)}+/4 PT pulses`, `pain ${int(r, 0, 10)}/10`, `MMSE ${int(r, 18, 30)}/30`, `MoCA ${int(r, 14, 30)}/30`, `GCS ${int(r, 3, 15)}/15`, `${int(r, 2, 4)}/6 SEM`, `murmur grade ${int(r, 1, 4)}/6`, `reflexes 2/4 symmetric`, `${int(r, 1, 3)}/3 bld cx neg`, `PHQ-9 ${int(r, 3, 24)}/27`, `CIWA ${int(r, 0, 20)}`, `20/40 vision OD`])),
    () => n('ratio', pick(r, ['1:1 sitter', 'I:E 1:2', 'ratio 1:3', 'heparin 1:1000', '2/2 PNA', '2/2 pain', 'diet 1/2 eaten', 'ate 3/4 tray', '2/3 of meals', '24/7 supervision', 'x2', 'AOx3', 'A&O x 4', 'x 3 days', 'q2h', 'prn x1'])),
    () => n('vent', pick(r, [`AC ${pick(r, ['400', '450', '500', '600'])}/${int(r, 12, 20)}/${int(r, 5, 10)}/${pick(r, ['40', '50', '60'])}%`, `PS ${int(r, 5, 15)}/${int(r, 5, 8)}`, `CPAP ${int(r, 5, 10)}/${int(r, 5, 8)}`, `BiPAP ${int(r, 10, 18)}/${int(r, 5, 8)}`, `PEEP ${int(r, 5, 12)}, FiO2 ${pick(r, ['40', '50'])}%`, `ABG 7.${int(r, 20, 45)}/${int(r, 30, 60)}/${int(r, 60, 120)}`, `VBG 7.${int(r, 25, 40)}/${int(r, 35, 70)}`, `TV ${pick(r, ['450', '500'])} x RR ${int(r, 12, 22)}`])),
    () => n('lab', pick(r, [`Na ${int(r, 128, 146)}/K ${int(r, 3, 5)}.${int(r, 0, 9)}/Cl ${int(r, 95, 110)}`, `${int(r, 130, 145)}/${int(r, 3, 5)}.${int(r, 1, 9)}/${int(r, 96, 108)}/${int(r, 18, 30)}/${int(r, 8, 40)}/${int(r, 0, 2)}.${int(r, 1, 9)}/${int(r, 70, 200)}`, `H/H ${int(r, 7, 14)}.${int(r, 0, 9)}/${int(r, 21, 42)}`, `WBC ${int(r, 3, 20)}.${int(r, 0, 9)}`, `plt ${int(r, 40, 400)}`, `INR ${int(r, 1, 3)}.${int(r, 0, 9)}`, `BUN/Cr ${int(r, 10, 60)}/${int(r, 0, 4)}.${int(r, 1, 9)}`, `trop ${int(r, 0, 1)}.0${int(r, 1, 9)}`, `CK ${int(r, 100, 2000)}`, `lytes ${int(r, 135, 142)}/${int(r, 3, 4)}.${int(r, 0, 9)}`])),
    () => n('time', pick(r, [`@ ${time(r)}`, `at ${time(r)}`, `${time(r)}-${time(r)}`, `7a-7p`, `3-11 shift`, `11-7`, `q ${int(r, 2, 6)}h`, `x ${int(r, 2, 48)} hrs`, `${int(r, 2, 4)}-${int(r, 5, 8)} days`, `${int(r, 1, 3)}-${int(r, 4, 6)} wks`])),
    () => n('vital', pick(r, [`HR ${int(r, 50, 130)}`, `HR ${int(r, 60, 90)}-${int(r, 91, 120)}`, `RR ${int(r, 12, 28)}`, `T ${int(r, 97, 102)}.${int(r, 0, 9)}`, `sat ${int(r, 88, 100)}% on ${int(r, 2, 6)}L`, `I/O ${int(r, 500, 2500)}/${int(r, 300, 2000)}`, `wt ${int(r, 50, 120)}.${int(r, 0, 9)} kg`, `UO ${int(r, 20, 80)}-${int(r, 81, 150)} cc/hr`, `FS ${int(r, 70, 300)}`, `CVP ${int(r, 4, 16)}`])),
    () => n('counts', pick(r, [`POD #${int(r, 1, 9)}`, `HD ${int(r, 2, 14)}`, `day ${int(r, 2, 10)}/${int(r, 7, 14)} abx`, `cycle ${int(r, 1, 6)} of 6`, `G${int(r, 1, 5)}P${int(r, 0, 4)}`, `${int(r, 1, 4)}/${int(r, 5, 9)} drains out`, `bed ${int(r, 1, 24)}`, `rm ${int(r, 400, 899)}`, `level ${int(r, 1, 4)}`])),
    () => n('weekday', pick(r, ['HD MWF', 'PT M/W/F', 'labs qMonday', 'due Thurs', 'clinic on Fridays', 'OT Tues/Thurs', 'weekend coverage'])),
    () => n('modal', pick(r, ['pt may need PT eval', 'may d/c foley', 'will march in place w/ PT', 'may shower', 'may have ice chips', 'fall risk', 'spring-loaded clip', 'in the summer months'])),
  ])();
}

// ---------------------------------------------------------------- clinical frames around a date
const EVENTS = ['extubated', 'intubated', 'admitted', 'transferred to floor', 'PICC placed', 'foley removed', 'started on abx', 'CT abd done', 'MRI brain', 'LP', 'bronch', 'EGD', 'TTE', 'CXR', 'HD', 'blood cx drawn', 'restraints off', 'last BM', 'last seizure', 'fell at home', 'stopped drinking', 'last drink', 'last used', 'seen in clinic', 'discharged', 'readmitted', 'consented', 'PEG placed', 'trach placed', 'stent placed'];
const GLUE = ['d/c\'d', 'f/u', 'adm', 'dc', 's/p', 'neg', 'rpt', 'last', 'ct', 'echo'];

function framed(r: Rng, c: Cal): string {
  const ev = pick(r, EVENTS);
  const evv = chance(r, 0.3) ? ev.toUpperCase() : ev;
  const dt = (): string => pick(r, [() => numeric(r, near(r, c)), () => numeric(r, near(r, c)), () => worded(r, near(r, c))])();
  const md = `${near(r, c).m}/${near(r, c).d}`;
  return pick(r, [
    () => `${n('event', evv)} ${dt()}`,
    () => `${n('event', evv)} on ${dt()}`,
    () => `${n('event', evv)} since ${D(`${c.m}-${c.d}`)}`,
    () => `since ${D(md)} ${n('event', evv)} x ${int(r, 1, 4)}`,
    () => `on ${D(md)} pt ${n('event', evv.toLowerCase())}`,
    () => `${n('time', pad(int(r, 0, 23)) + pick(r, ['00', '30']))} ${D(md)} ${n('event', evv)}`,
    () => `${D(md)} ${n('time', pad(int(r, 0, 23)) + '00')} ${n('event', evv)}`,
    () => `${D(md)} @ ${n('time', time(r))} ${n('event', evv)}`,
    () => `${pick(r, GLUE)}${D(md)}`,
    () => `${pick(r, GLUE)} ${D(md)}`,
    () => `(${D(md)}) ${n('event', evv)}`,
    () => `[${D(md)}] ${n('event', evv)}`,
    () => `${n('event', evv)} ${NEU('the')} ${D(ord(near(r, c).d))}`,
    () => `${n('event', evv)} on ${NEU('the')} ${D(ord(near(r, c).d))}.`,
    () => `${n('event', evv)} ${range(r, c)}`,
    () => `abx ${range(r, c)}`,
    () => `${n('event', evv)} ${weekdayDate(r, near(r, c))}`,
    () => `${n('event', evv)} ${year(r)}`,
    () => `hx ${pick(r, ['CABG', 'MI', 'CVA', 'TKR', 'appy', 'chole', 'DVT', 'psych adm'])} ${year(r)}`,
    () => `${pick(r, ['dx', 'dx\'d', 'diagnosed'])} ${year(r)}`,
    () => `${n('event', evv)} ${pick(r, ['over', 'on', 'around', 'after', 'before'])} ${holiday(r)}`,
    () => `f/u ${pick(r, ['PCP', 'cards', 'onc', 'OP psych', 'GI clinic'])} ${dt()}`,
    () => `next appt ${worded(r, near(r, c, 20))}`,
    () => `rpt labs ${D(md)} am`,
    () => `${n('event', evv)} yesterday (${D(md)})`,
    () => `${n('event', evv)} ${dt()} ${n('time', `at ${time(r)}`)}`,
  ])();
}

/** A line that opens with a date (header, shift heading or a dated entry). */
function headed(r: Rng, c: Cal): string {
  const md = `${c.m}/${c.d}`;
  return pick(r, [
    () => `Date: ${numeric(r, c)}`,
    () => `DATE OF SERVICE: ${D(`${pad(c.m)}/${pad(c.d)}/${c.y}`)}`,
    () => `${D(md)} ${n('time', '7a-7p')} NSG NOTE`,
    () => `${D(md)}: ${n('event', pick(r, EVENTS))}`,
    () => `Admission Date: ${D(`${c.m}/${c.d}/${c.y}`)}  Discharge Date: ${D(`${near(r, c).m}/${near(r, c).d}/${c.y}`)}`,
    () => `PROGRESS NOTE ${D(`${c.m}/${c.d}/${pad(c.y % 100)}`)} ${n('time', pad(int(r, 6, 22)) + '30')}`,
    () => `Psych f/u ${D(`${MONTHS[c.m - 1]!} ${c.d}, ${c.y}`)}`,
    () => `NPN ${D(md)} ${n('time', '1900-0700')}`,
    () => `${NEU(pick(r, WEEKDAYS))} ${D(md)} ${n('time', 'nights')}`,
    () => `Interval hx since ${D(md)}:`,
  ])();
}
function signature(r: Rng, c: Cal): string {
  const s = pick(r, SURNAMES);
  return pick(r, [
    () => `-- ${g('NAME', s)} RN ${D(`${c.m}/${c.d}/${pad(c.y % 100)}`)} ${n('time', pad(int(r, 6, 22)) + '45')}`,
    () => `Electronically signed ${g('NAME', s)}, MD ${D(`${pad(c.m)}/${pad(c.d)}/${c.y}`)} ${n('time', `${int(r, 1, 12)}:${pick(r, ['10', '35', '50'])} ${pick(r, ['AM', 'PM'])}`)}`,
    () => `D: ${D(`${c.m}/${c.d}`)} T: ${D(`${near(r, c, 2).m}/${near(r, c, 2).d}`)}`,
    () => `cosign ${g('NAME', s)} ${D(`${c.m}.${c.d}.${pad(c.y % 100)}`)}`,
    () => `${g('NAME', s)}, LCSW  ${D(`${c.m}/${c.d}/${c.y}`)}`,
  ])();
}

// ---------------------------------------------------------------- notes by voice
type Voice = (r: Rng, c: Cal) => string[];
const shift: Voice = (r, c) => [headed(r, c), `${nonDate(r)}, ${nonDate(r)}. ${framed(r, c)}.`, `${nonDate(r)}; ${framed(r, c)}; ${nonDate(r)}`, `${framed(r, c)}, ${nonDate(r)}.`, signature(r, c)];
const progress: Voice = (r, c) => [headed(r, c), `S: ${pick(r, ['no c/o', 'feels better', 'c/o pain', 'slept poorly'])}; ${framed(r, c)}.`, `O: ${nonDate(r)}, ${nonDate(r)}, ${nonDate(r)}`, `A/P: ${framed(r, c)}; ${nonDate(r)}; ${framed(r, c)}`, signature(r, c)];
const discharge: Voice = (r, c) => [headed(r, c), `HPI: ${framed(r, c)}. ${framed(r, c)}. ${nonDate(r)}.`, `PMH: ${framed(r, c)}, ${framed(r, c)}`, `Hospital course: ${framed(r, c)}, ${nonDate(r)}, ${framed(r, c)}. ${nonDate(r)}.`, `Meds: ${nonDate(r)}, ${nonDate(r)}`, `F/u: ${framed(r, c)}`, signature(r, c)];
const psych: Voice = (r, c) => [headed(r, c), `Pt reports ${pick(r, ['low mood', 'poor sleep', 'AH', 'anxiety'])} ${pick(r, ['since', 'starting', 'worse since'])} ${pick(r, [() => worded(r, near(r, c, 20)), () => holiday(r), () => D(`${c.m}/${c.d}`)])()}. ${nonDate(r)}.`, `${framed(r, c)}; ${nonDate(r)}; ${nonDate(r)}`, `Prior adm ${year(r)} and ${year(r)}; ${framed(r, c)}`, signature(r, c)];
const VOICES = [shift, progress, discharge, psych];

function style(r: Rng, lines: string[]): string {
  const joined = chance(r, 0.25) ? lines.join(' / ') : lines.join('\n');
  const mode = r();
  // change case outside the markers' type names only
  const recase = (f: (s: string) => string): string => joined.replace(/(\[\[[A-Z_]+\||<<[a-z]+\|)|([^[\]<>|]+)/g, (_m, mark: string | undefined, text: string | undefined) => mark ?? f(text!));
  if (mode < 0.15) return recase((s) => s.toUpperCase());
  if (mode < 0.3) return recase((s) => s.toLowerCase());
  return joined;
}

export function generate(seed: number, count: number): string[] {
  const r = mulberry32(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const c: Cal = { m: int(r, 1, 12), d: int(r, 1, 28), y: int(r, 1995, 2023) };
    out.push(style(r, pick(r, VOICES)(r, c)));
  }
  return out;
}

export const DEV: readonly string[] = generate(120712, 200);
