// Egress round 8 (notes8; issue 14 item 6, R35/R27): a GENERATOR of therapist-style progress notes,
// written before the detection code (src/deid) was read. Formats × voices × identifier families ×
// value shapes:
//   formats  SOAP, DAP, BIRP, GIRP, PIE, narrative, intake, biopsychosocial, treatment plan,
//            collateral contact, phone note, termination summary, letters (school, employer, court),
//            supervision note;
//   voices   plain, shorthand ("pt", "c/o", "w/", "hx"), all lower case, bullets and fragments;
//   families the client (full name, first name, initials, nickname), people in the client's life by
//            role (partner, children, boss, teacher, probation officer, case worker, pastor …),
//            places (towns, streets, churches, shelters, courts, clinics), dates in many written
//            forms, ages over 89, phones, e-mail, websites, social handles, case / docket / claim /
//            Medicaid / member / record numbers, photos and recordings, device serials, plates, IPs.
// Gold is inline `[[TYPE:value]]`, as bench/egress/notes-dev*.jsonl: only the identifying words
// (titles, "the", a state abbreviation stay outside); employers and schools are ORG (neutral).
// Every identity is invented and obviously synthetic (phones in 555-01xx, e-mail and sites at
// example domains, IPs in the documentation ranges).
//
// DEV is what round 8 is tuned against (`npm run bench:egress -- --dev-only --gen8`). ASIDE has its
// own vocabulary, its own note skeletons and its own carrier sentences, written separately; it is
// scored once at the end, totals only (`--gen8-aside`).
import { int, mulberry32, pick, type Rng } from '../rng.ts';
import { outsideMarkers, parseInline, type EgressNote } from './notes.ts';

const m = (type: string, v: string): string => `[[${type}:${v}]]`;
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

interface Vocab {
  given: string[];
  surnames: string[];
  nick: string[];
  towns: string[];
  states: string[];
  streets: string[];
  streetKinds: string[];
  churches: string[];
  shelters: string[];
  counties: string[];
  clinics: string[];
  schools: string[];
  employers: string[];
  sites: string[];
  handles: string[];
  areaCodes: number[];
}

const DEV_V: Vocab = {
  given: ['Wrenna', 'Tobiah', 'Odalys', 'Caspian', 'Marisol', 'Ignatius', 'Delphine', 'Benedikt', 'Junia', 'Ravi', 'Ottilie', 'Keziah', 'Lorcan', 'Anouk', 'Thaddeus', 'Briony'],
  surnames: ['Pellworth', 'Quillfeather', 'Ostrowicz', 'Vandermoss', 'Tarrowby', 'Kesselring', 'Dallimore', 'Zenkowitz', 'Fothergrave', 'Brandywell', 'Marsh', 'Bishop', 'Hale', 'Frost', 'Okonkwo-Lister', 'Szymanski'],
  nick: ['Bug', 'Tink', 'Boo', 'Scooter', 'Peanut', 'Ziggy'],
  towns: ['Quarrington', 'Thistleford', 'Marrowdale', 'East Pellham', 'Oakhollow', 'Bramblecote', 'North Ashgrove', 'Willowmere', 'Fenwick Falls', 'Cobbleton'],
  states: ['NH', 'VT', 'ME', 'OR', 'WI', 'MN'],
  streets: ['Ferncastle', 'Quimby', 'Larchmont', 'Pennywhistle', 'Old Saddler', 'Heron', 'Birchbark'],
  streetKinds: ['Rd', 'St', 'Ave', 'Lane', 'Dr', 'Ct', 'Street', 'Road'],
  churches: ['Grace Tabernacle', "St. Brigid's", 'New Hope Fellowship', 'Calvary Chapel Marrowdale', 'First Methodist of Oakhollow'],
  shelters: ['Harbor House', 'Safe Passage', "Mercy's Door", 'the Beacon Shelter', 'Lantern House'],
  counties: ['Tarrow', 'Ashby', 'Pellham', 'Greer', 'Wexford'],
  clinics: ['Brightwater Behavioral', 'Larkspur Family Health', 'Cedarline Recovery', 'Northgate Medical'],
  schools: ['Ridgeback Middle School', 'Thistleford High', 'Willowmere Elementary', 'Oakhollow Academy'],
  employers: ['Pellham Logistics', 'Quarrington Foods', 'Brandywell Auto Body', 'Marrowdale Credit Union'],
  sites: ['wrennapaints.example.com', 'www.fenwickfallsfc.example.org', 'gofund.example.com/help-the-tarrowbys', 'www.quillfeatherlaw.example.net'],
  handles: ['@moth.and.ember', '@ziggy_skates09', '@wrenn4ever', '@tobiah.lifts', '@darkstar_odie'],
  areaCodes: [603, 802, 207, 503, 608],
};

const ASIDE_V: Vocab = {
  given: ['Ermengarde', 'Lysander', 'Philippa', 'Evander', 'Clementine', 'Anselm', 'Rosalba', 'Henrietta', 'Kwabena', 'Seraphine', 'Barnaby', 'Ingrid'],
  surnames: ['Gallowglass', 'Stoddington', 'Pruszynski', 'Ollerenshaw', 'Trevellick', 'Hazelrigg', 'Cuthbertson', 'Ravensdale', 'Baker', 'Moody', 'Rivers', 'Yarborough-Ito'],
  nick: ['Sprout', 'Pip', 'Duke', 'Mouse'],
  towns: ['Sallowbrook', 'Kettering Falls', 'Upper Dunmarsh', 'Pinchbeck', 'Wickhaven', 'Foxcombe', 'South Brackley', 'Orrin Valley'],
  states: ['PA', 'OH', 'NY', 'IA', 'KS'],
  streets: ['Tamarisk', 'Gristmill', 'Beechnut', 'Crowfoot', 'Lantern Hill'],
  streetKinds: ['Blvd', 'Terrace', 'Way', 'Pl', 'Circle'],
  churches: ['Holy Redeemer', 'Living Waters Assembly', "St. Anselm's", 'Wickhaven Friends Meeting'],
  shelters: ['Dawnbreak House', 'Sallowbrook Family Shelter', 'the Haven on Fifth'],
  counties: ['Dunmarsh', 'Orrin', 'Brackley'],
  clinics: ['Foxcombe Counseling Associates', 'Orrin Valley Hospital', 'Kettering Medical Group'],
  schools: ['Pinchbeck Junior High', 'Sallowbrook Montessori', 'Dunmarsh Regional'],
  employers: ['Wickhaven Tool & Die', 'Orrin Valley Dairy', 'Brackley Home Care'],
  sites: ['www.seraphinebakes.example.com', 'lysandermusic.example.org', 'www.orrinvalleyrunners.example.net/members'],
  handles: ['@pipsqueak.ollie', '@barn_owl_b', '@rosalba.reads', '@kwab3na'],
  areaCodes: [412, 419, 315, 319, 316],
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const ord = (d: number): string => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;

/** A date in one of many written shapes (the gold value: weekday and "the" stay outside). */
function dateShape(r: Rng): string {
  const mo = int(r, 1, 12);
  const d = int(r, 1, 28);
  const y = pick(r, [2024, 2025, 2026]);
  const yy = String(y).slice(2);
  return pick(r, [
    `${mo}/${d}`,
    `${pad(mo)}/${pad(d)}/${y}`,
    `${mo}-${d}-${yy}`,
    `${MONTHS[mo - 1]} ${ord(d)}`,
    `${d} ${MONTHS[mo - 1]} ${y}`,
    `${MON[mo - 1]}${mo === 5 ? '' : '.'} ${d}`,
    `${y}-${pad(mo)}-${pad(d)}`,
    `${mo}.${d}.${yy}`,
    `${MON[mo - 1]} ${d}, ${y}`,
    `${mo}/${d}/${yy}`,
    `${MONTHS[mo - 1]} ${y}`,
  ]);
}

function phoneShape(r: Rng, v: Vocab): string {
  const a = pick(r, v.areaCodes);
  const n = `555-01${pad(int(r, 0, 99))}`;
  return pick(r, [`(${a}) ${n}`, `${a}-${n}`, `${a}.${n.replace('-', '.')}`, `${a} ${n.replace('-', ' ')}`, `+1 ${a} ${n.replace('-', ' ')}`, `${a}${n.replace('-', '')}`]);
}

const digits = (r: Rng, n: number): string => Array.from({ length: n }, () => String(int(r, 0, 9))).join('');
const letters = (r: Rng, n: number): string => Array.from({ length: n }, () => pick(r, 'ABCDEFGHJKLMNPQRSTUVWXYZ'.split(''))).join('');

interface Person {
  first: string;
  last: string;
}
const person = (r: Rng, v: Vocab): Person => ({ first: pick(r, v.given), last: pick(r, v.surnames) });

/** How a person is named in a note: full, first, "Ms." + surname, initials. */
function nameRef(r: Rng, p: Person, allowTitle = true): string {
  return pick(r, [
    m('NAME', `${p.first} ${p.last}`),
    m('NAME', p.first),
    allowTitle ? `${pick(r, ['Ms.', 'Mr.', 'Mrs.', 'Ms'])} ${m('NAME', p.last)}` : m('NAME', p.first),
    m('NAME', `${p.first[0]}.${p.last[0]}.`),
    m('NAME', `${p.first} ${p.last[0]}.`),
  ]);
}

interface Ctx {
  r: Rng;
  v: Vocab;
  client: Person;
  cref: () => string;
}

type Carrier = (c: Ctx) => string;

const D = (c: Ctx): string => m('DATE', dateShape(c.r));
const town = (c: Ctx): string => m('GEO', pick(c.r, c.v.towns));
const street = (c: Ctx): string => m('GEO', `${int(c.r, 11, 4890)} ${pick(c.r, c.v.streets)} ${pick(c.r, c.v.streetKinds)}`);
const shelter = (c: Ctx): string => {
  const s = pick(c.r, c.v.shelters);
  return s.startsWith('the ') ? `the ${m('GEO', s.slice(4))}` : m('GEO', s);
};

// ---- DEV carriers: one sentence each, in therapist wording ----
const DEV_CARRIERS: Carrier[] = [
  (c) => `${c.cref()} reports her partner ${nameRef(c.r, person(c.r, c.v))} moved out on ${D(c)} and is staying with his brother in ${town(c)}.`,
  (c) => `Client c/o poor sleep since son ${m('NAME', pick(c.r, c.v.given))} (${int(c.r, 6, 16)}) started at ${m('ORG', pick(c.r, c.v.schools))}; teacher ${nameRef(c.r, person(c.r, c.v))} called home twice.`,
  (c) => `Boss ${nameRef(c.r, person(c.r, c.v))} at ${m('ORG', pick(c.r, c.v.employers))} wrote her up again; she is afraid of losing the job.`,
  (c) => `PO ${nameRef(c.r, person(c.r, c.v))} requested attendance letter, case # ${m('OTHER_ID', `${pick(c.r, ['24', '25', '26'])}-CR-${digits(c.r, 5)}`)}.`,
  (c) => `Case worker ${nameRef(c.r, person(c.r, c.v))} (DCF) can be reached at ${m('PHONE', phoneShape(c.r, c.v))}.`,
  (c) => `Attends ${m('GEO', pick(c.r, c.v.churches))} on Sundays with her mother ${m('NAME', pick(c.r, c.v.given))}.`,
  (c) => `Currently staying at ${shelter(c)} in ${town(c)} since ${D(c)}.`,
  (c) => `Hearing at ${m('GEO', `${pick(c.r, c.v.counties)} County`)} Family Court on ${D(c)}; docket no. ${m('OTHER_ID', `${letters(c.r, 2)}-${pick(c.r, ['2025', '2026'])}-${digits(c.r, 6)}`)}.`,
  (c) => `Lives at ${street(c)}, ${town(c)}, ${pick(c.r, c.v.states)} ${m('GEO', digits(c.r, 5))}.`,
  (c) => `Medicaid ID ${m('HEALTH_PLAN', `${letters(c.r, 2)}${digits(c.r, 8)}`)}; claim # ${m('OTHER_ID', `${digits(c.r, 4)}-${digits(c.r, 5)}`)} resubmitted.`,
  (c) => `Showed photo on phone (${m('PHOTO', `IMG_${digits(c.r, 4)}.${pick(c.r, ['jpg', 'HEIC', 'png'])}`)}) of the bruise.`,
  (c) => `Pt played a voice memo (${m('PHOTO', `Recording ${digits(c.r, 3)}.m4a`)}) from her ex, ${nameRef(c.r, person(c.r, c.v))}.`,
  (c) => `Daughter posts as ${m('OTHER_ID', pick(c.r, c.v.handles))} on TikTok; pt worried about the comments.`,
  (c) => `He has started selling prints on ${m('URL', pick(c.r, c.v.sites))}.`,
  (c) => `Email from ${m('EMAIL', `${c.client.first.toLowerCase()}.${c.client.last.toLowerCase().replace(/[^a-z]/g, '')}@example.com`)} asking to move the appointment.`,
  (c) => `Grandmother ${m('NAME', pick(c.r, c.v.given))} is ${m('AGE', String(int(c.r, 90, 99)))} and lives alone in ${town(c)}.`,
  (c) => `Telehealth: pt joined from ${m('IP', `198.51.100.${int(c.r, 2, 250)}`)}, sitting in her car outside ${m('ORG', pick(c.r, c.v.employers))}.`,
  (c) => `Ex-husband's truck, plate ${m('VEHICLE', `${digits(c.r, 1)}${letters(c.r, 3)}${digits(c.r, 3)}`)}, was seen on her street again.`,
  (c) => `Insulin pump serial ${m('DEVICE', `${letters(c.r, 2)}${digits(c.r, 7)}`)} alarmed twice during session.`,
  (c) => `MRN ${m('MRN', digits(c.r, 8))} at ${m('GEO', pick(c.r, c.v.clinics))}; discharged ${D(c)}.`,
  (c) => `Seen ${D(c)} with her sister ${nameRef(c.r, person(c.r, c.v))} present for part of session.`,
  (c) => `Next appt ${D(c)} at ${pick(c.r, ['10am', '3:30 pm', '9'])}.`,
  (c) => `${c.cref()} says "${m('NAME', pick(c.r, c.v.nick))}" is what her kids call her dad.`,
  (c) => `Called ${nameRef(c.r, person(c.r, c.v))}, school counselor at ${m('ORG', pick(c.r, c.v.schools))}, ${m('PHONE', phoneShape(c.r, c.v))} ext ${int(c.r, 10, 99)}.`,
  (c) => `Pt's wife ${m('NAME', pick(c.r, c.v.given))} and the kids (${m('NAME', pick(c.r, c.v.given))}, ${m('NAME', pick(c.r, c.v.given))}) went to her mother's in ${town(c)} over ${m('DATE', pick(c.r, ['Thanksgiving', 'Christmas', 'Easter weekend', "New Year's"]))}.`,
  (c) => `SSN ${m('OTHER_ID', `${digits(c.r, 3)}-${digits(c.r, 2)}-${digits(c.r, 4)}`)} on file for the disability paperwork.`,
  (c) => `Driver's license ${m('OTHER_ID', `${letters(c.r, 1)}${digits(c.r, 8)}`)} suspended after the DUI on ${D(c)}.`,
  (c) => `Works nights at ${m('ORG', pick(c.r, c.v.employers))} on ${m('GEO', `${pick(c.r, c.v.streets)} ${pick(c.r, c.v.streetKinds)}`)}; supervisor ${nameRef(c.r, person(c.r, c.v))}.`,
  (c) => `Met with GAL ${nameRef(c.r, person(c.r, c.v))} re: custody; her cell ${m('PHONE', phoneShape(c.r, c.v))}.`,
  (c) => `Pastor ${m('NAME', pick(c.r, c.v.surnames))} at ${m('GEO', pick(c.r, c.v.churches))} offered respite.`,
  (c) => `Moved from ${town(c)} to ${m('GEO', `${pick(c.r, c.v.towns)}`)} in ${m('DATE', `${pick(c.r, MONTHS)} ${pick(c.r, ['2024', '2025'])}`)}.`,
  (c) => `Sent screenshot ${m('PHOTO', `Screenshot_${pick(c.r, ['2025', '2026'])}${pad(int(c.r, 1, 12))}${pad(int(c.r, 1, 28))}-${digits(c.r, 6)}.png`)} of the texts.`,
];

// ---- DEV note skeletons ----
interface Skel {
  style: string;
  build: (c: Ctx, body: () => string) => string;
}

const bodyN = (c: Ctx, carriers: Carrier[], n: number): (() => string) => {
  let i = 0;
  return () => {
    i++;
    return i > n + 4 ? '' : pick(c.r, carriers)(c);
  };
};

const DEV_SKELS: Skel[] = [
  { style: 'SOAP', build: (c, b) => `SOAP note — ${c.cref()} — ${D(c)}\nS: ${b()} ${b()}\nO: Alert, tearful at times. ${b()}\nA: Adjustment d/o w/ anxious mood. ${b()}\nP: ${b()}` },
  { style: 'DAP', build: (c, b) => `DAP ${D(c)}\nD: ${b()} ${b()}\nA: Pt engaged, insight fair. ${b()}\nP: ${b()}` },
  { style: 'BIRP', build: (c, b) => `BIRP Note\nClient: ${m('NAME', `${c.client.first} ${c.client.last}`)}   DOS: ${D(c)}\nB: ${b()}\nI: CBT, thought record. ${b()}\nR: ${b()}\nP: ${b()}` },
  { style: 'GIRP', build: (c, b) => `GIRP\nG: reduce panic episodes.\nI: ${b()}\nR: ${b()} ${b()}\nP: ${b()}` },
  { style: 'PIE', build: (c, b) => `P: ${b()}\nI: Safety planning; ${b()}\nE: ${b()}` },
  { style: 'narrative', build: (c, b) => `${c.cref()} arrived on time. ${b()} ${b()} We talked about grief. ${b()} ${b()}` },
  { style: 'intake', build: (c, b) => `INTAKE ASSESSMENT\nName: ${m('NAME', `${c.client.first} ${c.client.last}`)}\nDOB: ${D(c)}\nAddress: ${street(c)}, ${town(c)}\nPhone: ${m('PHONE', phoneShape(c.r, c.v))}\nReferral: ${b()}\nHx: ${b()} ${b()}\nSocial: ${b()}` },
  { style: 'biopsychosocial', build: (c, b) => `Biopsychosocial Assessment\nIdentifying info: ${c.cref()}, ${int(c.r, 19, 67)} y/o.\nBiological: ${b()}\nPsychological: ${b()}\nSocial: ${b()} ${b()}` },
  { style: 'treatment plan', build: (c, b) => `Treatment Plan (review ${D(c)})\nProblem 1: depressed mood. ${b()}\nGoal: ${b()}\nObjective: 3 behavioral activation tasks/wk.\nBarriers: ${b()}` },
  { style: 'collateral contact', build: (c, b) => `Collateral contact ${D(c)}. ${b()} ${b()} ROI on file.` },
  { style: 'phone note', build: (c, b) => `Phone note: ${c.cref()} called ${D(c)} at 4:10pm. ${b()} ${b()}` },
  { style: 'termination summary', build: (c, b) => `Termination Summary\nClient: ${c.cref()}\nDates of service: ${D(c)} – ${D(c)}\nCourse: ${b()} ${b()}\nReferrals: ${b()}` },
  { style: 'letter school', build: (c, b) => `${D(c)}\n\nTo: ${nameRef(c.r, person(c.r, c.v))}, ${m('ORG', pick(c.r, c.v.schools))}\nRe: ${m('NAME', `${c.client.first} ${c.client.last}`)}\n\nI am writing to confirm ${c.cref()} is in weekly treatment. ${b()} ${b()}\n\nSincerely,\n${m('NAME', `${pick(c.r, c.v.given)} ${pick(c.r, c.v.surnames)}`)}, LCSW` },
  { style: 'letter employer', build: (c, b) => `To whom it may concern at ${m('ORG', pick(c.r, c.v.employers))}:\n${c.cref()} has attended sessions since ${D(c)}. ${b()} Please contact me at ${m('PHONE', phoneShape(c.r, c.v))}.` },
  { style: 'letter court', build: (c, b) => `${m('GEO', `${pick(c.r, c.v.counties)} County`)} District Court\nRe: State v. ${m('NAME', c.client.last)}, Case No. ${m('OTHER_ID', `${pick(c.r, ['2025', '2026'])}-${letters(c.r, 2)}-${digits(c.r, 4)}`)}\nYour Honor,\n${b()} ${b()}` },
  { style: 'supervision', build: (c, b) => `Supervision ${D(c)} w/ Dr. ${m('NAME', pick(c.r, c.v.surnames))}\nDiscussed client ${m('NAME', `${c.client.first[0]}.${c.client.last[0]}.`)}: ${b()} ${b()}\nSupervisee to consult re: mandated report.` },
];

const SHORTHAND: Array<[RegExp, string]> = [
  [/\b[Cc]lient\b/g, 'pt'],
  [/\bpatient\b/g, 'pt'],
  [/\bwith\b/g, 'w/'],
  [/\bhistory\b/g, 'hx'],
  [/\breports\b/g, 'reps'],
  [/\bsession\b/g, 'sess'],
  [/\bmother\b/g, 'mom'],
  [/\bappointment\b/g, 'appt'],
  [/\band\b/g, '&'],
];

function voice(r: Rng, marked: string): { text: string; voice: string } {
  const v = pick(r, ['plain', 'plain', 'shorthand', 'lower', 'bullets', 'lower+shorthand']);
  let t = marked;
  if (v.includes('shorthand')) t = outsideMarkers(t, (s) => SHORTHAND.reduce((a, [re, to]) => a.replace(re, to), s), false);
  if (v === 'bullets') {
    t = t
      .split('\n')
      .flatMap((line) => line.split(/(?<=[a-z0-9)\]]{3}\.)\s+(?=[A-Z[])/))
      .map((line) => (line.trim() ? `- ${line.replace(/\.$/, '')}` : line))
      .join('\n');
  }
  if (v.includes('lower')) t = outsideMarkers(t, (s) => s.toLowerCase(), true);
  return { text: t, voice: v };
}

function build(seed: number, n: number, v: Vocab, skels: Skel[], carriers: Carrier[], idPrefix: string): EgressNote[] {
  const r = mulberry32(seed);
  const out: EgressNote[] = [];
  for (let i = 0; i < n; i++) {
    const client = person(r, v);
    const c: Ctx = {
      r,
      v,
      client,
      cref: () => pick(r, [m('NAME', client.first), m('NAME', `${client.first} ${client.last}`), m('NAME', `${client.first[0]}${client.last[0]}`), 'Client', 'Pt']),
    };
    const skel = skels[i % skels.length]!;
    const marked = skel.build(c, bodyN(c, carriers, 8));
    const { text, voice: vc } = voice(r, marked);
    out.push({ id: `${idPrefix}-${String(i + 1).padStart(3, '0')}`, ...parseInline(text), source: `gen8 ${idPrefix}`, kind: vc === 'bullets' ? 'bullets' : 'free_text', style: `${skel.style} / ${vc}` });
  }
  return out;
}

// ---- ASIDE: other carriers, other skeletons, other vocabulary (written separately) ----
const ASIDE_CARRIERS: Carrier[] = [
  (c) => `Fiancé ${nameRef(c.r, person(c.r, c.v))} has been "checking her phone"; she changed the passcode on ${D(c)}.`,
  (c) => `Stepdaughter ${m('NAME', pick(c.r, c.v.given))} refuses visits; mediator ${nameRef(c.r, person(c.r, c.v))} set a meeting for ${D(c)}.`,
  (c) => `He was let go by ${m('ORG', pick(c.r, c.v.employers))} after a dispute w/ foreman ${nameRef(c.r, person(c.r, c.v))}.`,
  (c) => `Probation officer ${nameRef(c.r, person(c.r, c.v))} (${m('PHONE', phoneShape(c.r, c.v))}) confirmed UA schedule.`,
  (c) => `Family moved into ${shelter(c)} after the fire at ${street(c)}.`,
  (c) => `Youth group at ${m('GEO', pick(c.r, c.v.churches))} in ${town(c)} has been her main support.`,
  (c) => `CPS case ${m('OTHER_ID', `${digits(c.r, 2)}-${digits(c.r, 6)}`)} remains open; worker ${m('NAME', pick(c.r, c.v.surnames))} visiting monthly.`,
  (c) => `Member ID ${m('HEALTH_PLAN', `${letters(c.r, 3)}${digits(c.r, 9)}`)} — prior auth requested ${D(c)}.`,
  (c) => `Her instagram is ${m('OTHER_ID', pick(c.r, c.v.handles))} and the harassment started in the DMs.`,
  (c) => `Sister set up ${m('URL', pick(c.r, c.v.sites))} to raise money for the funeral.`,
  (c) => `Reach client at ${m('EMAIL', `${c.client.first[0]!.toLowerCase()}${c.client.last.toLowerCase().replace(/[^a-z]/g, '')}${int(c.r, 1, 99)}@example.org`)} only, not at work.`,
  (c) => `Great-grandfather, age ${m('AGE', String(int(c.r, 90, 101)))}, moved in with them in ${town(c)}.`,
  (c) => `Video clip ${m('PHOTO', `VID_${digits(c.r, 8)}_${digits(c.r, 6)}.mp4`)} shows the argument in the driveway.`,
  (c) => `Court date moved to ${D(c)} at ${m('GEO', `${pick(c.r, c.v.counties)} County`)} courthouse.`,
  (c) => `Last contact with bio mom ${nameRef(c.r, person(c.r, c.v))} was ${D(c)}.`,
  (c) => `Hearing aid serial no. ${m('DEVICE', `${digits(c.r, 3)}-${letters(c.r, 2)}${digits(c.r, 4)}`)} replaced by the clinic.`,
  (c) => `Neighbor wrote down the car's tag, ${m('VEHICLE', `${letters(c.r, 3)}-${digits(c.r, 4)}`)}.`,
  (c) => `Followed by Dr. ${m('NAME', pick(c.r, c.v.surnames))} at ${m('GEO', pick(c.r, c.v.clinics))} for meds.`,
  (c) => `Coach ${nameRef(c.r, person(c.r, c.v))} from ${m('ORG', pick(c.r, c.v.schools))} dropped him from the team ${D(c)}.`,
];

const ASIDE_SKELS: Skel[] = [
  { style: 'SOAP', build: (c, b) => `Subjective — ${b()} ${b()}\nObjective — Casually dressed, speech normal.\nAssessment — ${b()}\nPlan — Return ${D(c)}. ${b()}` },
  { style: 'DAP', build: (c, b) => `Session ${D(c)} (${c.cref()})\nData: ${b()}\nAssessment: ${b()}\nPlan: ${b()}` },
  { style: 'BIRP', build: (c, b) => `Behavior: ${b()}\nIntervention: MI. ${b()}\nResponse: ${b()}\nPlan: f/u ${D(c)}` },
  { style: 'narrative', build: (c, b) => `Met with ${c.cref()} today. ${b()} ${b()} ${b()}` },
  { style: 'intake', build: (c, b) => `New client intake — ${m('NAME', `${c.client.last}, ${c.client.first}`)}\nD.O.B. ${D(c)}\nCell ${m('PHONE', phoneShape(c.r, c.v))}\nPresenting problem: ${b()}\nFamily: ${b()} ${b()}` },
  { style: 'phone note', build: (c, b) => `Tel. contact ${D(c)}: ${b()} ${b()}` },
  { style: 'termination', build: (c, b) => `Discharge summary. First seen ${D(c)}, last seen ${D(c)}. ${b()} ${b()}` },
  { style: 'letter court', build: (c, b) => `RE: In the matter of ${m('NAME', `${c.client.first} ${c.client.last}`)}\nDocket ${m('OTHER_ID', `${digits(c.r, 2)}-${letters(c.r, 1)}-${digits(c.r, 5)}`)}\n${b()} ${b()}` },
  { style: 'supervision', build: (c, b) => `Supv. notes ${D(c)} — case of ${m('NAME', `${c.client.first[0]}${c.client.last[0]}`)}. ${b()} ${b()}` },
];

export const DEV: EgressNote[] = build(0x8d3, 96, DEV_V, DEV_SKELS, DEV_CARRIERS, 'gen8-dev');
export const ASIDE: EgressNote[] = build(0xa51de8, 45, ASIDE_V, ASIDE_SKELS, ASIDE_CARRIERS, 'gen8-aside');
