// Issue 14 (R35), round 12 (clin12): the SET-ASIDE part of the date generator, written separately
// from clinical-gen12.ts (not by editing it) and before any change of this round: other voices (an
// anaesthesia/OR record, an ED provider note, a labour and delivery note, an oncology clinic
// letter, a home-health visit, an inpatient rehab summary, a consult note), other sentence shapes,
// other near-miss numbers (cervical exams, spine levels, Apgars, PCA settings, tumour grades) and
// its own names. Same markers and conventions: `[[DATE|…]]` gold, `[[NEUTRAL|…]]` and `[[ORG|…]]`
// counted neither way, `<<kind|text>>` a non-identifier stretch.
// Scored ONCE at the end of the round, totals only:
// `node --import tsx bench/deid/clinical-gen12-run.ts --aside`.
import { chance, int, mulberry32, pick, type Rng } from '../rng.ts';

const gold = (t: string, v: string): string => `[[${t}|${v}]]`;
const kind = (k: string, v: string): string => `<<${k}|${v}>>`;
const dt = (v: string): string => gold('DATE', v);
const neu = (v: string): string => gold('NEUTRAL', v);

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Sat', 'Sun', 'Tu', 'Wed.', 'Fri.'];
const FEASTS = ['Xmas', 'Christmas Day', 'New Years', 'Easter Sunday', 'Thanksgiving Day', 'Independence Day', 'Memorial Day', 'Labor Day weekend', 'Hanukkah', 'Passover'];
const PEOPLE = ['Vandermolen', 'Achebe-Ross', 'Quintanilla', 'Hargreave', 'Lindgren', 'Obuya'];
const th = (d: number): string => `${d}${[11, 12, 13].includes(d) ? 'th' : (['th', 'st', 'nd', 'rd'][d % 10] ?? 'th')}`;
const z = (x: number): string => (x < 10 ? `0${x}` : String(x));

interface Day { mo: number; da: number; yr: number }
const shift = (r: Rng, x: Day, w = 8): Day => {
  const da = Math.max(1, Math.min(28, x.da + int(r, -w, w)));
  return { ...x, da };
};

function aDate(r: Rng, x: Day): string {
  return pick(r, [
    () => dt(`${x.mo}/${x.da}`),
    () => dt(`${z(x.mo)}/${z(x.da)}/${z(x.yr % 100)}`),
    () => dt(`${x.mo}-${x.da}-${x.yr}`),
    () => dt(`${z(x.da)}${MON[x.mo - 1]!}${x.yr}`),
    () => dt(`${x.da} ${MONTH[x.mo - 1]!}`),
    () => dt(`${MON[x.mo - 1]!}-${z(x.da)}`),
    () => dt(`${MON[x.mo - 1]!.toUpperCase()} ${x.da}`),
    () => dt(`${MONTH[x.mo - 1]!} ${th(x.da)}, ${x.yr}`),
    () => dt(`${x.yr}/${z(x.mo)}/${z(x.da)}`),
    () => dt(`${x.mo}.${x.da}`),
    () => dt(`${x.mo}/${x.da}/${x.yr}`),
  ])();
}
function looseDate(r: Rng, x: Day): string {
  return pick(r, [
    () => `${neu(pick(r, ['end of', 'beginning of']))} ${dt(MONTH[x.mo - 1]!)}`,
    () => `${neu('mid')}-${dt(MON[x.mo - 1]!)}`,
    () => `circa ${dt(String(int(r, 1980, 2020)))}`,
    () => `in the ${neu('fall')} ${neu('of')} ${dt(String(int(r, 1990, 2021)))}`,
    () => `back in '${dt(z(int(r, 80, 99)))}`,
    () => `${dt(MONTH[x.mo - 1]!)} ${neu('of')} ${dt(String(x.yr))}`,
    () => `${dt(`${z(x.mo)}/${x.yr}`)}`,
    () => `${dt(pick(r, FEASTS))}`,
    () => `last ${neu(pick(r, DAYS))} (${dt(`${x.mo}/${x.da}`)})`,
    () => `week of ${dt(`${x.mo}/${x.da}`)}`,
    () => `the ${neu('weekend')} of ${dt(`${x.mo}/${x.da}`)}`,
    () => `${dt(`${th(x.da)}`)} of the month`,
  ])();
}
function span(r: Rng, x: Day): string {
  const y = shift(r, x, 5);
  return pick(r, [
    () => `${dt(`${x.mo}/${x.da}`)}→${dt(`${y.mo}/${y.da}`)}`,
    () => `between ${dt(`${x.mo}/${x.da}`)} and ${dt(`${y.mo}/${y.da}`)}`,
    () => `${dt(`${x.mo}/${x.da}`)}–${dt(`${y.mo}/${y.da}`)}`,
    () => `through ${dt(`${y.mo}/${y.da}`)}`,
    () => `as of ${dt(`${x.mo}/${x.da}`)}`,
    () => `by ${dt(`${y.mo}/${y.da}`)}`,
    () => `until ${dt(`${MON[y.mo - 1]!} ${y.da}`)}`,
  ])();
}

function notDate(r: Rng): string {
  return pick(r, [
    () => kind('cervix', `SVE ${int(r, 1, 10)}/${pick(r, ['50', '80', '90', '100'])}/${pick(r, ['-2', '-1', '0', '+1'])}`),
    () => kind('apgar', `Apgars ${int(r, 6, 9)}/${int(r, 8, 9)}`),
    () => kind('spine', pick(r, ['L4/5', 'L5/S1', 'C5-6', 'C6/7', 'T11-12', 'L3-4 disc'])),
    () => kind('pca', `PCA ${pick(r, ['0.2', '1', '0.5'])}/${int(r, 6, 10)}/${int(r, 2, 6)}`),
    () => kind('onc', pick(r, ['grade 2/3', 'Gleason 3+4', 'ER+/PR-', 'HER2 2+', 'cycle 3/6', 'C2D8', 'T2N1M0', 'stage IIIb', 'Ki67 15%', '4/12 nodes +', '2/3 cores'])),
    () => kind('obs', pick(r, ['G3P2', 'EBL 350', 'FHR 130s', '39w2d', '38+4 wks', 'cat 1 tracing', 'EFW 3200g'])),
    () => kind('anes', pick(r, ['ASA 3', 'MP 2', 'ETT 7.5 @ 22', 'LMA #4', '18g PIV', 'TOF 4/4', 'BIS 40-60', `MAC 1.${int(r, 0, 3)}`])),
    () => kind('bp', `${int(r, 95, 175)}/${int(r, 50, 100)} mmHg`),
    () => kind('bp', `BP was ${int(r, 100, 160)}/${int(r, 55, 95)}, then ${int(r, 100, 160)}/${int(r, 55, 95)}`),
    () => kind('lab', pick(r, [`PT/INR ${int(r, 11, 18)}/${int(r, 1, 2)}.${int(r, 0, 9)}`, `Hgb ${int(r, 7, 14)}.${int(r, 0, 9)}`, `Cr 1.${int(r, 0, 9)} (baseline 0.9)`, `K 3.${int(r, 1, 9)}`, `lactate ${int(r, 1, 6)}.${int(r, 0, 9)}`, `A1c ${int(r, 5, 12)}.${int(r, 0, 9)}`])),
    () => kind('rehab', pick(r, ['FIM 4/7', 'ROM 0-110', 'strength 4+/5', 'TUG 18 sec', '6MWT 220 m', 'Berg 38/56', 'mod A x1', 'min A', 'CGA', 'amb 150 ft'])),
    () => kind('sched', pick(r, ['Mon/Wed/Fri dialysis', 'seen Tuesdays', 'M-F 9-5', 'qweek', 'twice weekly', 'every other Thursday'])),
    () => kind('drip', pick(r, [`heparin 18 u/kg/hr`, `insulin 1:15 carb ratio`, `nitro 10-200 mcg/min`, `NS 1/2 bolus`, `morphine 2-4 mg q2-3h`, `oxycodone/APAP 5/325`, `tramadol 50 mg 1-2 tabs`])),
    () => kind('clock', pick(r, [`at ${int(r, 1, 12)}:${pick(r, ['15', '30', '45'])}`, `${z(int(r, 0, 23))}${pick(r, ['10', '25', '50'])} hrs`, 'overnight', 'this AM', `q${int(r, 4, 12)}h`])),
    () => kind('misc', pick(r, ['24/7 care', 'f/u in 2-4 wks', '3 x/wk', 'x3 attempts', '50/50 chance', '1/2 flight of stairs', 'may return to work', 'marched down the hall'])),
  ])();
}

const EVT = ['induction', 'incision', 'SROM', 'delivered', 'biopsy', 'chemo C1', 'port placed', 'XRT completed', 'fall', 'TKA', 'discharged home', 'SOC visit', 'recert', 'last PT visit', 'CT chest', 'PET', 'seen by ortho', 'ED visit', 'overdose', 'detox'];

function sentence(r: Rng, x: Day): string {
  const e = pick(r, EVT);
  const y = shift(r, x);
  return pick(r, [
    () => `${kind('event', e)} ${aDate(r, y)}`,
    () => `${kind('event', e)} was on ${aDate(r, y)}, ${notDate(r)}`,
    () => `${notDate(r)}; ${kind('event', e)} ${span(r, y)}`,
    () => `${kind('event', e)} ${looseDate(r, y)}`,
    () => `LMP ${dt(`${y.mo}/${y.da}`)}, EDD ${dt(`${shift(r, x).mo}/${shift(r, x).da}/${x.yr}`)}`,
    () => `cx from ${dt(`${y.mo}/${y.da}`)} grew GPC`,
    () => `seen ${dt(`${y.mo}/${y.da}`)} by ${gold('NAME', pick(r, PEOPLE))}`,
    () => `${dt(`${y.mo}/${y.da}`)}: ${kind('event', e)}, ${notDate(r)}`,
    () => `${z(int(r, 0, 23))}${pick(r, ['05', '40'])} ${dt(`${y.mo}-${y.da}`)} ${kind('event', e)}`,
    () => `w/u${dt(`${y.mo}/${y.da}`)} unremarkable`,
    () => `rescheduled to ${neu(pick(r, DAYS))} ${dt(`${y.mo}/${y.da}`)}`,
    () => `${kind('event', e)} ${neu('the')} ${dt(th(y.da))} ${kind('clock', `at ${int(r, 1, 12)}pm`)}`,
    () => `s/p ${kind('event', e)} (${dt(`${y.mo}/${y.da}/${z(x.yr % 100)}`)})`,
    () => `pt states symptoms began ${looseDate(r, y)}`,
    () => `hx of ${pick(r, ['PE', 'SAH', 'Whipple', 'MVR', 'ECT course'])} in ${dt(String(int(r, 1985, 2021)))}`,
  ])();
}

function opening(r: Rng, x: Day): string {
  return pick(r, [
    () => `ANESTHESIA RECORD — ${dt(`${z(x.mo)}/${z(x.da)}/${x.yr}`)}`,
    () => `ED Provider Note  ${dt(`${x.mo}/${x.da}/${x.yr}`)} ${kind('clock', `${z(int(r, 0, 23))}:${z(int(r, 0, 59))}`)}`,
    () => `L&D triage ${dt(`${MON[x.mo - 1]!} ${x.da}`)}`,
    () => `Oncology Clinic — visit of ${dt(`${MONTH[x.mo - 1]!} ${x.da}, ${x.yr}`)}`,
    () => `HHA visit #${int(r, 2, 9)} ${dt(`${x.mo}.${x.da}.${z(x.yr % 100)}`)}`,
    () => `Rehab wk ${int(r, 1, 3)} summary (${dt(`${x.mo}/${x.da}`)}–${dt(`${shift(r, x, 6).mo}/${shift(r, x, 6).da}`)})`,
    () => `Consult requested ${dt(`${x.yr}-${z(x.mo)}-${z(x.da)}`)} by ${gold('NAME', pick(r, PEOPLE))}`,
  ])();
}
function closing(r: Rng, x: Day): string {
  return pick(r, [
    () => `Signed: ${gold('NAME', pick(r, PEOPLE))}, CRNA on ${dt(`${x.mo}/${x.da}/${x.yr}`)}`,
    () => `dictated ${dt(`${x.mo}/${x.da}`)}, transcribed ${dt(`${shift(r, x, 2).mo}/${shift(r, x, 2).da}`)}`,
    () => `Attestation ${gold('NAME', pick(r, PEOPLE))} MD ${dt(`${z(x.mo)}-${z(x.da)}-${x.yr}`)}`,
    () => `next visit ${neu(pick(r, DAYS))} ${dt(`${shift(r, x, 9).mo}/${shift(r, x, 9).da}`)}`,
  ])();
}

function note(r: Rng): string {
  const x: Day = { mo: int(r, 1, 12), da: int(r, 1, 28), yr: int(r, 1998, 2022) };
  const body = Array.from({ length: int(r, 3, 6) }, () => (chance(r, 0.5) ? `${sentence(r, x)}. ${notDate(r)}.` : `${notDate(r)}, ${sentence(r, x)}.`));
  const lines = [opening(r, x), ...body, closing(r, x)];
  const text = chance(r, 0.3) ? lines.join(' ') : lines.join('\n');
  const v = r();
  const conv = (f: (s: string) => string): string => text.replace(/(\[\[[A-Z_]+\||<<[a-z]+\|)|([^[\]<>|]+)/g, (_m, mk: string | undefined, t: string | undefined) => mk ?? f(t!));
  if (v < 0.12) return conv((s) => s.toUpperCase());
  if (v < 0.24) return conv((s) => s.toLowerCase());
  return text;
}

export const ASIDE: readonly string[] = (() => {
  const r = mulberry32(991207);
  return Array.from({ length: 80 }, () => note(r));
})();
