// Generated development set of contradictions and inventions (issue 15; R03, R27), written before
// reading the verifier. A bank of source facts with structured slots (risk screens, ideation, means,
// past risk, abuse, substance use, scores, sleep, medication, homework, interventions, family,
// attendance, referrals, diagnoses, mood change), each rendered in four clinical styles (SOAP,
// shorthand, narrative, bullets); meaning-changing perturbations applied to every fact they fit
// (gen-machinery.ts); drafts in a drafter's wording, not the source's. Identities are synthetic.
//
//   node --import tsx bench/grounding/gen-contra.ts     writes bench/grounding/dev14-gen.jsonl
//
// The set-aside bank (other facts, other wordings) is gen-contra-aside.ts; bench:grounding scores it
// in memory, totals only.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Pair } from './pairs.ts';
import { cap, change, pick, facts, flip, generate, shift, swap, type AnyFact, type Invention, type Kind, type Pro } from './gen-machinery.ts';

// --- risk screens: denies ↔ endorses, in many surface forms -------------------------------------
interface Screen {
  abbr: string;
  item: string;
  pos: boolean;
}
const screen: Kind<Screen> = {
  name: 'screen',
  risk: true,
  facts: [
    { abbr: 'SI', item: 'suicidal ideation', pos: false },
    { abbr: 'SI', item: 'suicidal thoughts', pos: true },
    { abbr: 'HI', item: 'homicidal ideation', pos: false },
    { abbr: 'HI', item: 'thoughts of killing someone', pos: true },
    { abbr: 'SH', item: 'urges to self-harm', pos: false },
    { abbr: 'SH urges', item: 'urges to cut', pos: true },
    { abbr: 'illicit drugs', item: 'illicit drug use', pos: false },
    { abbr: 'cannabis', item: 'cannabis use', pos: true },
    { abbr: 'thoughts of harming others', item: 'thoughts of hurting other people', pos: false },
    { abbr: 'DV', item: 'violence at home', pos: false },
  ],
  src: (f, st, p) =>
    pick(
      [
        `Risk: ${f.pos ? 'endorses' : 'denies'} ${f.abbr}.`,
        `${f.abbr}: ${f.pos ? 'pos' : 'neg'}`,
        `${p.S} ${f.pos ? 'acknowledged' : 'denied any'} ${f.item} when asked directly.`,
        `• ${cap(f.item)}: ${f.pos ? 'endorsed' : 'denied'}`,
      ],
      st,
    ),
  draft: (f, v, p) =>
    f.pos
      ? pick([`${p.S} endorsed ${f.item}.`, `${p.S} reported ${f.item} this week.`, `${p.S} disclosed ${f.item} during the session.`, `${p.S} screened positive for ${f.item}.`, `${p.S} admitted to ${f.item}.`, `${cap(f.item)} was present.`, `${p.S} is experiencing ${f.item}.`], v)
      : pick([`${p.S} denied ${f.item}.`, `No ${f.item} was reported.`, `${p.S} reported no ${f.item}.`, `${p.S} is not experiencing ${f.item}.`, `${p.S} was negative for ${f.item} on screening.`, `There was no evidence of ${f.item}.`, `${p.S} did not endorse ${f.item}.`], v),
  perturb: [flip('pos', 'negation', 'polarity')],
};

// --- ideation: passive ↔ active, no plan ↔ plan, no intent ↔ intent ----------------------------
interface Ideation {
  active: boolean;
  plan: boolean;
  method: string;
  intent: boolean;
}
const ideation: Kind<Ideation> = {
  name: 'ideation',
  risk: true,
  facts: [
    { active: false, plan: false, method: 'take an overdose', intent: false },
    { active: true, plan: false, method: 'use a ligature', intent: false },
    { active: true, plan: true, method: 'jump from the multistorey car park', intent: false },
    { active: false, plan: false, method: 'crash the car', intent: false },
    { active: true, plan: true, method: 'overdose on saved-up tablets', intent: true },
    { active: false, plan: false, method: 'drown', intent: false },
  ],
  src: (f, st, p) =>
    pick(
      [
        `SI: ${f.active ? 'active' : 'passive'}; ${f.plan ? `plan to ${f.method}` : 'no plan'}; ${f.intent ? 'intent present' : 'no intent'}.`,
        `${f.active ? 'Active' : 'Passive'} SI, ${f.plan ? `plan (${f.method})` : 'no plan'}, ${f.intent ? '+ intent' : 'no intent'}`,
        `${p.S} described ${f.active ? `active thoughts of killing ${p.refl}` : `passive thoughts that ${p.s} would be better off dead`}; ${f.plan ? `${p.s} has thought through how, namely to ${f.method}` : `${p.s} has no plan`}, and ${f.intent ? `${p.s} says ${p.s} means to act` : `${p.s} has no intention of acting`}.`,
        `• Ideation: ${f.active ? 'active' : 'passive'}\n• Plan: ${f.plan ? f.method : 'none'}\n• Intent: ${f.intent ? 'yes' : 'none'}`,
      ],
      st,
    ),
  draft: (f, v, p, focus) => {
    const sev = f.active ? pick([`${p.S} is having active thoughts of ending ${p.ps} life.`, `${p.S} reported active suicidal ideation.`], v) : pick([`${p.Ps} suicidal thoughts were passive in nature.`, `${p.S} described only a passive wish to be dead.`], v);
    const plan = f.plan ? pick([`${p.S} has a specific plan to ${f.method}.`, `${p.S} has worked out a plan to ${f.method}.`], v) : pick([`${p.S} has not made any plan to end ${p.ps} life.`, `${p.S} has no suicide plan.`], v);
    const intent = f.intent ? pick([`${p.S} expressed intent to act on these thoughts.`, `${p.S} intends to act on the thoughts.`], v) : pick([`${p.S} denied any intention of acting on the thoughts.`, `${p.S} has no intent to act.`], v);
    if (focus === 'active') return sev;
    if (focus === 'plan') return plan;
    if (focus === 'intent') return intent;
    return pick([sev, plan, intent], v);
  },
  perturb: [flip('active', 'risk', 'severity'), flip('plan', 'risk', 'plan'), flip('intent', 'risk', 'intent')],
};

// --- means: no access ↔ access -------------------------------------------------------------------
interface Means {
  access: boolean;
  item: string;
  where: string;
}
const means: Kind<Means> = {
  name: 'means',
  risk: true,
  facts: [
    { access: false, item: 'firearms', where: 'at home' },
    { access: true, item: 'a shotgun', where: 'in the garage' },
    { access: false, item: 'stockpiled medication', where: 'at home' },
    { access: true, item: "his father's handgun", where: "at his father's house" },
    { access: false, item: 'weapons', where: 'in the house' },
    { access: true, item: 'a large supply of paracetamol', where: 'in the bathroom cabinet' },
  ],
  src: (f, st, p) =>
    pick(
      [
        f.access ? `Means: has access to ${f.item} ${f.where}.` : `Means: no access to ${f.item}.`,
        `Access to ${f.item}: ${f.access ? 'Y' : 'N'}`,
        f.access ? `${p.S} told me there is ${f.item} ${f.where} that ${p.s} could get to.` : `${p.S} has no ${f.item} ${f.where} and no way of getting any.`,
        `- ${cap(f.item)}: ${f.access ? `accessible (${f.where})` : 'none accessible'}`,
      ],
      st,
    ),
  draft: (f, v, p) =>
    f.access
      ? pick([`${p.S} can get hold of ${f.item}.`, `${p.S} reports having ${f.item} available to ${p.o}.`, `${cap(f.item)} is within ${p.ps} reach.`], v)
      : pick([`${p.S} does not have access to ${f.item}.`, `${p.S} has no ${f.item.replace(/^a /, '')} available.`, `${p.S} cannot get hold of ${f.item}.`], v),
  perturb: [flip('access', 'risk', 'means')],
};

// --- past risk: past ↔ current, the year -------------------------------------------------------
interface PastRisk {
  event: string;
  then: string;
  now: string;
  when: string;
  year: number;
}
const pastRisk: Kind<PastRisk> = {
  name: 'past-risk',
  risk: true,
  facts: [
    { event: 'overdose', then: 'an overdose', now: 'took an overdose this week', when: 'in', year: 2019 },
    { event: 'cutting', then: 'cutting', now: 'has been cutting over the past few days', when: 'in', year: 2015 },
    { event: 'suicide attempt by hanging', then: 'a hanging attempt', now: 'attempted to hang {refl} last weekend', when: 'in', year: 2016 },
    { event: 'self-harm by burning', then: 'burning {refl}', now: 'is currently burning {refl}', when: 'in', year: 2012 },
    { event: 'paracetamol overdose', then: 'a paracetamol overdose', now: 'overdosed on paracetamol two days ago', when: 'in', year: 2021 },
  ],
  src: (f, st, p) =>
    pick(
      [`Hx: ${f.event} ${f.when} ${f.year}; none since.`, `PHx ${f.event} (${f.year}), nil since`, `${p.S} disclosed a previous ${f.event} ${f.when} ${f.year} and says there has been nothing since.`, `- Past ${f.event} (${f.year}); no recent episodes`],
      st,
    ).replace(/\{refl\}/g, p.refl),
  draft: (f, v, p, focus) =>
    (focus === 'now'
      ? pick([`${p.S} ${f.now}.`, `${p.S} recently ${f.now.replace(/ (this week|last weekend|two days ago|over the past few days)$/, '')}.`], v)
      : pick([`${p.S} has a history of ${f.then} in ${f.year}, with nothing since.`, `The last episode of ${f.then} was in ${f.year}.`, `${p.Ps} only ${f.event} was back in ${f.year}.`], v)
    ).replace(/\{refl\}/g, p.refl),
  perturb: [
    { phenomenon: 'risk', kind: 'time', focus: 'now', apply: (f) => ({ ...f }) },
    shift('year', 'risk', 'number'),
  ],
};

// --- abuse: who did what to whom, past ↔ current, victim ------------------------------------------
interface Abuse {
  agent: string;
  victim: string;
  act: string;
  noun: string;
  when: string;
  current: boolean;
}
const abuse: Kind<Abuse> = {
  name: 'abuse',
  risk: true,
  facts: [
    { agent: 'stepfather', victim: 'client', act: 'physically abused', noun: 'physical abuse', when: 'as a child', current: false },
    { agent: 'ex-partner', victim: 'client', act: 'assaulted', noun: 'assault', when: 'in 2020', current: false },
    { agent: 'uncle', victim: 'client', act: 'sexually abused', noun: 'sexual abuse', when: 'between the ages of 8 and 10', current: false },
    { agent: 'older brother', victim: 'client', act: 'repeatedly hit', noun: 'physical violence', when: 'throughout childhood', current: false },
    { agent: 'former husband', victim: 'client', act: 'threatened and controlled', noun: 'coercive control', when: 'during their marriage', current: false },
  ],
  src: (f, st, p) => {
    const ag = `${p.ps} ${f.agent}`;
    return pick([`Trauma hx: ${f.act} by ${ag} ${f.when}.`, `Hx ${f.noun} (perp: ${f.agent}) ${f.when}`, `${p.S} was ${f.act} by ${ag} ${f.when}.`, `- ${cap(f.noun)} by ${ag}, ${f.when}`], st);
  },
  draft: (f, v, p) => {
    const name = (who: string): string => (who === 'client' ? p.o : `${p.ps} ${who}`);
    if (f.current) return pick([`${p.S} is currently being ${f.act} by ${p.ps} ${f.agent}.`, `${cap(p.ps)} ${f.agent} is still abusing ${p.o}.`], v);
    if (f.agent === 'client') return pick([`${p.S} ${f.act} ${name(f.victim)} ${f.when}.`, `${cap(name(f.victim))} was ${f.act} by ${p.o} ${f.when}.`], v);
    return pick([`${cap(p.ps)} ${f.agent} ${f.act} ${name(f.victim)} ${f.when}.`, `${f.victim === 'client' ? p.S : cap(name(f.victim))} experienced ${f.noun} from ${p.ps} ${f.agent} ${f.when}.`], v);
  },
  perturb: [
    swap('agent', 'victim', 'risk', 'agent-patient'),
    change('current', () => true, 'risk', 'time'),
    change('victim', () => 'sister', 'risk', 'person'),
  ],
};

// --- substance amounts: numbers, direction ------------------------------------------------------
interface Amount {
  sub: string;
  n: number;
  unit: string;
  per: string;
  from: number;
}
const substance: Kind<Amount> = {
  name: 'substance',
  risk: false,
  facts: [
    { sub: 'alcohol', n: 4, unit: 'units', per: 'day', from: 10 },
    { sub: 'cannabis', n: 2, unit: 'joints', per: 'day', from: 6 },
    { sub: 'tobacco', n: 10, unit: 'cigarettes', per: 'day', from: 20 },
    { sub: 'alcohol', n: 8, unit: 'drinks', per: 'week', from: 3 },
    { sub: 'cocaine', n: 1, unit: 'grams', per: 'week', from: 4 },
  ],
  src: (f, st, p) =>
    pick(
      [
        `${cap(f.sub)}: ${f.n} ${f.unit}/${f.per} (was ${f.from}).`,
        `${f.sub} ${f.n} ${f.unit}/${f.per}, prev ${f.from}`,
        `${p.S} has ${f.n < f.from ? 'cut down' : 'increased'} ${p.ps} ${f.sub} use from ${f.from} to ${f.n} ${f.unit} a ${f.per}.`,
        `- ${cap(f.sub)} use: ${f.from} → ${f.n} ${f.unit}/${f.per}`,
      ],
      st,
    ),
  draft: (f, v, p) =>
    pick(
      [
        `${p.S} has ${f.n < f.from ? 'reduced' : 'increased'} ${p.ps} ${f.sub} intake to ${f.n} ${f.unit} per ${f.per}.`,
        `${p.Ps} ${f.sub} use ${f.n < f.from ? 'fell' : 'rose'} from ${f.from} to ${f.n} ${f.unit} a ${f.per}.`,
        `${p.S} now uses ${f.n} ${f.unit} of ${f.sub} a ${f.per}, ${f.n < f.from ? 'down' : 'up'} from ${f.from}.`,
      ],
      v,
    ),
  perturb: [shift('n', 'number', 'amount'), swap('n', 'from', 'direction', 'from-to')],
};

// --- scores ----------------------------------------------------------------------------------------
interface Score {
  scale: string;
  n: number;
  from: number;
}
const score: Kind<Score> = {
  name: 'score',
  risk: false,
  facts: [
    { scale: 'PHQ-9', n: 14, from: 19 },
    { scale: 'GAD-7', n: 8, from: 15 },
    { scale: 'PCL-5', n: 52, from: 38 },
    { scale: 'EPDS', n: 16, from: 11 },
    { scale: 'AUDIT', n: 12, from: 20 },
    { scale: 'PHQ-9', n: 21, from: 9 },
    { scale: 'CORE-10', n: 18, from: 25 },
    { scale: 'GAD-7', n: 17, from: 12 },
  ],
  src: (f, st, p) => pick([`O: ${f.scale} ${f.n} (prev ${f.from}).`, `${f.scale}=${f.n} (${f.from} last)`, `${p.Ps} ${f.scale} score was ${f.n} today, compared with ${f.from} at the last session.`, `- ${f.scale}: ${f.n} (previous ${f.from})`], st),
  draft: (f, v, p) =>
    pick(
      [
        `${p.Ps} ${f.scale} ${f.n < f.from ? 'dropped' : 'rose'} from ${f.from} to ${f.n}.`,
        `The ${f.scale} ${f.n < f.from ? 'improved' : 'worsened'} to ${f.n}.`,
        `${p.S} scored ${f.n} on the ${f.scale} this session, ${f.n < f.from ? 'down' : 'up'} from ${f.from}.`,
      ],
      v,
    ),
  perturb: [shift('n', 'number', 'score'), swap('n', 'from', 'direction', 'from-to')],
};

// --- sleep -------------------------------------------------------------------------------------------
interface Sleep {
  n: number;
  from: number;
}
const sleep: Kind<Sleep> = {
  name: 'sleep',
  risk: false,
  facts: [
    { n: 6, from: 4 },
    { n: 5, from: 8 },
    { n: 7, from: 3 },
    { n: 4, from: 6 },
    { n: 9, from: 12 },
  ],
  src: (f, st, p) => pick([`Sleep ${f.n} h/night (was ${f.from}).`, `sleep ~${f.n}h, prev ${f.from}h`, `${p.S} is sleeping about ${f.n} hours a night, ${f.n > f.from ? 'up' : 'down'} from ${f.from}.`, `- Sleep: ${f.n} hrs (from ${f.from})`], st),
  draft: (f, v, p) =>
    pick(
      [
        `${p.Ps} sleep has ${f.n > f.from ? 'increased' : 'decreased'} to around ${f.n} hours a night.`,
        `${p.S} now gets ${f.n} hours of sleep, compared with ${f.from} before.`,
        `Sleep ${f.n > f.from ? 'lengthened' : 'shortened'} from ${f.from} to ${f.n} hours.`,
      ],
      v,
    ),
  perturb: [shift('n', 'number', 'hours'), swap('n', 'from', 'direction', 'from-to')],
};

// --- medication: started ↔ stopped, doses, increased ↔ decreased -------------------------------------
interface Med {
  drug: string;
  act: 'started' | 'stopped' | 'changed';
  dose: number;
  from: number;
}
const med: Kind<Med> = {
  name: 'medication',
  risk: false,
  facts: [
    { drug: 'sertraline', act: 'started', dose: 50, from: 0 },
    { drug: 'fluoxetine', act: 'changed', dose: 40, from: 20 },
    { drug: 'quetiapine', act: 'stopped', dose: 100, from: 0 },
    { drug: 'lithium', act: 'changed', dose: 600, from: 800 },
    { drug: 'mirtazapine', act: 'started', dose: 15, from: 0 },
    { drug: 'venlafaxine', act: 'changed', dose: 150, from: 75 },
    { drug: 'aripiprazole', act: 'stopped', dose: 10, from: 0 },
    { drug: 'propranolol', act: 'started', dose: 40, from: 0 },
    { drug: 'lamotrigine', act: 'changed', dose: 100, from: 50 },
    { drug: 'citalopram', act: 'changed', dose: 10, from: 20 },
  ],
  src: (f, st, p) => {
    const up = f.dose > f.from;
    if (f.act === 'changed')
      return pick([`Meds: ${cap(f.drug)} ${up ? 'increased' : 'reduced'} ${f.from}→${f.dose} mg.`, `${f.drug} ${f.from}->${f.dose}mg`, `We agreed to ${up ? 'raise' : 'lower'} ${p.ps} ${f.drug} from ${f.from} mg to ${f.dose} mg.`, `- ${cap(f.drug)}: ${up ? '↑' : '↓'} ${f.from} to ${f.dose} mg`], st);
    if (f.act === 'started') return pick([`Meds: ${cap(f.drug)} ${f.dose} mg commenced today.`, `start ${f.drug} ${f.dose}mg od`, `${cap(f.drug)} ${f.dose} mg daily was started today.`, `- New: ${f.drug} ${f.dose} mg`], st);
    return pick([`Meds: ${cap(f.drug)} discontinued (was ${f.dose} mg).`, `${f.drug} ${f.dose}mg – d/c`, `${p.Ps} ${f.drug} ${f.dose} mg has been stopped.`, `- ${cap(f.drug)} ${f.dose} mg: stopped`], st);
  },
  draft: (f, v, p) => {
    if (f.act === 'changed') {
      const up = f.dose > f.from;
      return pick([`${p.Ps} ${f.drug} dose went ${up ? 'up' : 'down'} from ${f.from} to ${f.dose} mg.`, `${cap(f.drug)} was ${up ? 'titrated up' : 'cut back'} to ${f.dose} mg.`, `The ${f.drug} was ${up ? 'increased' : 'decreased'} from ${f.from} mg to ${f.dose} mg.`], v);
    }
    if (f.act === 'started') return pick([`${p.S} was started on ${f.drug} ${f.dose} mg.`, `${cap(f.drug)} ${f.dose} mg was initiated.`, `${p.S} has begun taking ${f.drug} ${f.dose} mg.`], v);
    return pick([`${p.Ps} ${f.drug} was discontinued.`, `${p.S} is no longer on ${f.drug}.`, `${cap(f.drug)} ${f.dose} mg was stopped.`], v);
  },
  perturb: [
    change('act', (f) => (f.act === 'started' ? 'stopped' : f.act === 'stopped' ? 'started' : null), 'medication', 'status'),
    shift('dose', 'medication', 'dose'),
    swap('dose', 'from', 'medication', 'direction', (f) => f.act === 'changed'),
  ],
};

// --- homework: done ↔ not done, assigned ↔ not assigned ----------------------------------------------
interface Homework {
  task: string;
  assigned: boolean;
  done: boolean | null;
}
const homework: Kind<Homework> = {
  name: 'homework',
  risk: false,
  facts: [
    { task: 'the thought records', assigned: true, done: true },
    { task: 'the activity schedule', assigned: true, done: false },
    { task: 'a worry diary', assigned: true, done: null },
    { task: 'the graded exposure steps', assigned: true, done: true },
    { task: 'a sleep diary', assigned: true, done: false },
    { task: 'daily breathing practice', assigned: true, done: null },
  ],
  src: (f, st, p) => {
    if (f.done === true) return pick([`HW: ${f.task} completed.`, `HW (${f.task}) done`, `${p.S} completed ${f.task} as agreed last week.`, `- Homework: ${f.task} – completed`], st);
    if (f.done === false) return pick([`HW: ${f.task} not completed.`, `HW (${f.task}) not done`, `${p.S} did not get round to ${f.task} this week.`, `- Homework: ${f.task} – not done`], st);
    return pick([`HW set: ${f.task} for next week.`, `HW: ${f.task} assigned`, `We agreed ${p.s} will do ${f.task} before next session.`, `- New homework: ${f.task}`], st);
  },
  draft: (f, v, p, focus) => {
    if (focus === 'assigned' || f.done === null)
      return f.assigned ? pick([`${p.S} was asked to do ${f.task} before the next session.`, `${cap(f.task)} was set as homework.`], v) : pick([`${cap(f.task)} was not assigned.`, `${p.S} was not given ${f.task} as homework.`], v);
    return f.done ? pick([`${p.S} finished ${f.task}.`, `Homework (${f.task}) was completed.`, `${p.S} did ${f.task} between sessions.`], v) : pick([`${p.S} did not do ${f.task}.`, `${cap(f.task)} was not completed.`, `${p.S} failed to complete ${f.task}.`], v);
  },
  perturb: [change('done', (f) => (f.done === null ? null : !f.done), 'homework', 'done'), flip('assigned', 'homework', 'assigned', (f) => f.done === null)],
};

// --- interventions: done ↔ planned ↔ not done ------------------------------------------------------------
interface Intervention {
  tech: string;
  state: 'done' | 'planned' | 'not-done';
}
const intervention: Kind<Intervention> = {
  name: 'intervention',
  risk: false,
  facts: [
    { tech: 'cognitive restructuring', state: 'done' },
    { tech: 'grounding skills', state: 'done' },
    { tech: 'an exposure hierarchy', state: 'planned' },
    { tech: 'motivational interviewing', state: 'done' },
    { tech: 'safety planning', state: 'done' },
    { tech: 'EMDR', state: 'planned' },
    { tech: 'sleep hygiene education', state: 'done' },
    { tech: 'relaxation training', state: 'planned' },
  ],
  src: (f, st) =>
    f.state === 'done'
      ? pick([`I: ${f.tech} introduced and practised.`, `Intervention: ${f.tech}`, `We spent most of the session on ${f.tech}.`, `- ${cap(f.tech)} (in session)`], st)
      : pick([`P: begin ${f.tech} next session.`, `Plan: ${f.tech} next time`, `Next session we will start ${f.tech}.`, `- Next: ${f.tech}`], st),
  draft: (f, v, p) => {
    if (f.state === 'done') return pick([`${cap(f.tech)} was used in today's session.`, `The session focused on ${f.tech}.`, `The clinician worked through ${f.tech} with ${p.o}.`], v);
    if (f.state === 'planned') return pick([`${cap(f.tech)} will be started at the next appointment.`, `The plan is to begin ${f.tech} next time.`, `${cap(f.tech)} is scheduled for a future session.`], v);
    return pick([`${cap(f.tech)} was not covered today.`, `There was no time for ${f.tech} this session.`, `${cap(f.tech)} was not addressed.`], v);
  },
  perturb: [
    change('state', (f) => (f.state === 'done' ? 'planned' : 'done'), 'temporality', 'planned-done'),
    change('state', (f) => (f.state === 'done' ? 'not-done' : null), 'action-status', 'done'),
  ],
};

// --- family events: experiencer swap -----------------------------------------------------------------------
interface Family {
  rel: string;
  other: string;
  ev: string;
  who: 'rel' | 'client' | 'other';
}
const family: Kind<Family> = {
  name: 'family',
  risk: false,
  facts: [
    { rel: 'mother', other: 'aunt', ev: 'was diagnosed with breast cancer last month', who: 'rel' },
    { rel: 'partner', other: 'brother', ev: 'lost a job in March', who: 'rel' },
    { rel: 'son', other: 'daughter', ev: 'was excluded from school last week', who: 'rel' },
    { rel: 'father', other: 'uncle', ev: 'has started dialysis', who: 'rel' },
    { rel: 'sister', other: 'cousin', ev: 'has been admitted to a psychiatric unit', who: 'rel' },
    { rel: 'husband', other: 'father', ev: 'started drinking heavily again', who: 'rel' },
    { rel: 'daughter', other: 'niece', ev: 'is having panic attacks', who: 'rel' },
    { rel: 'brother', other: 'partner', ev: 'was arrested in October', who: 'rel' },
  ],
  src: (f, st, p) => pick([`S: reports ${p.ps} ${f.rel} ${f.ev}.`, `Stressor: ${f.rel} ${f.ev}`, `${p.S} told me that ${p.ps} ${f.rel} ${f.ev}.`, `- Family: ${f.rel} ${f.ev}`], st),
  draft: (f, v, p) => {
    const who = f.who === 'client' ? p.S : `${p.Ps} ${f.who === 'rel' ? f.rel : f.other}`;
    return pick([`${who} ${f.ev}.`, `${p.S} shared that ${f.who === 'client' ? p.s : `${p.ps} ${f.who === 'rel' ? f.rel : f.other}`} ${f.ev}.`], v);
  },
  perturb: [change('who', () => 'client' as const, 'experiencer', 'client'), change('who', () => 'other' as const, 'experiencer', 'relative')],
};

// --- attendance: counts, attended ↔ missed -------------------------------------------------------------------
interface Attendance {
  n: number;
  m: number;
  what: string;
}
const attendance: Kind<Attendance> = {
  name: 'attendance',
  risk: false,
  facts: [
    { n: 5, m: 6, what: 'group sessions' },
    { n: 3, m: 8, what: 'appointments' },
    { n: 4, m: 10, what: 'DBT skills classes' },
    { n: 7, m: 12, what: 'sessions' },
    { n: 2, m: 5, what: 'family sessions' },
  ],
  src: (f, st, p) => pick([`Attendance: ${f.n}/${f.m} ${f.what}.`, `att ${f.n}/${f.m} ${f.what}`, `${p.S} has come to ${f.n} of the ${f.m} ${f.what} so far.`, `- Attended ${f.n} of ${f.m} ${f.what}`], st),
  draft: (f, v, p) => pick([`${p.S} has attended ${f.n} out of ${f.m} ${f.what}.`, `${p.S} missed ${f.m - f.n} of ${f.m} ${f.what}.`, `${p.S} was present for ${f.n} of the ${f.m} ${f.what}.`], v),
  perturb: [
    { phenomenon: 'number', kind: 'count', focus: 'n', apply: (f) => (f.n + 1 === f.m - f.n - 1 ? null : { ...f, n: f.n + 1 < f.m ? f.n + 1 : f.n - 1 }) },
    { phenomenon: 'action-status', kind: 'attended-missed', focus: 'n', apply: (f) => (f.n * 2 === f.m ? null : { ...f, n: f.m - f.n }) },
  ],
};

// --- referrals: made ↔ planned, declined ↔ accepted -------------------------------------------------------------
interface Referral {
  to: string;
  status: 'made' | 'planned' | 'declined' | 'accepted';
}
const referral: Kind<Referral> = {
  name: 'referral',
  risk: false,
  facts: [
    { to: 'psychiatry', status: 'made' },
    { to: 'the community mental health team', status: 'planned' },
    { to: 'talking therapies', status: 'declined' },
    { to: 'the dietitian', status: 'made' },
    { to: 'the drug and alcohol service', status: 'planned' },
    { to: 'social prescribing', status: 'declined' },
    { to: 'occupational therapy', status: 'made' },
    { to: 'the trauma service', status: 'planned' },
  ],
  src: (f, st, p) => {
    if (f.status === 'made') return pick([`P: referral to ${f.to} sent today.`, `Ref -> ${f.to} done`, `I have referred ${p.o} to ${f.to}.`, `- Referred to ${f.to}`], st);
    if (f.status === 'planned') return pick([`P: refer to ${f.to} next wk.`, `Ref to ${f.to} planned`, `I plan to refer ${p.o} to ${f.to} after the team meeting.`, `- Referral to ${f.to}: to do`], st);
    return pick([`P: ${p.s} declined referral to ${f.to}.`, `Ref ${f.to} offered – declined`, `${p.S} was offered a referral to ${f.to} but turned it down.`, `- ${cap(f.to)} referral offered, declined`], st);
  },
  draft: (f, v, p) => {
    if (f.status === 'made') return pick([`A referral to ${f.to} has been made.`, `${p.S} was referred to ${f.to}.`], v);
    if (f.status === 'planned') return pick([`A referral to ${f.to} is planned.`, `${p.S} will be referred to ${f.to}.`], v);
    if (f.status === 'declined') return pick([`${p.S} declined the referral to ${f.to}.`, `${p.S} did not want a referral to ${f.to}.`], v);
    return pick([`${p.S} accepted a referral to ${f.to}.`, `${p.S} agreed to be referred to ${f.to}.`], v);
  },
  perturb: [
    change('status', (f) => (f.status === 'made' ? 'planned' : f.status === 'planned' ? 'made' : null), 'temporality', 'planned-done'),
    change('status', (f) => (f.status === 'declined' ? 'accepted' : null), 'negation', 'refusal'),
  ],
};

// --- diagnoses: possible ↔ confirmed -----------------------------------------------------------------------------
interface Diagnosis {
  dx: string;
  confirmed: boolean;
}
const diagnosis: Kind<Diagnosis> = {
  name: 'diagnosis',
  risk: false,
  facts: [
    { dx: 'bipolar II disorder', confirmed: false },
    { dx: 'PTSD', confirmed: true },
    { dx: 'ADHD', confirmed: false },
    { dx: 'borderline personality disorder', confirmed: false },
    { dx: 'generalised anxiety disorder', confirmed: true },
    { dx: 'psychotic depression', confirmed: false },
    { dx: 'autism', confirmed: false },
    { dx: 'OCD', confirmed: true },
  ],
  src: (f, st, p) =>
    f.confirmed
      ? pick([`A: ${f.dx}, meets full criteria.`, `Dx: ${f.dx}`, `${p.S} meets criteria for ${f.dx}.`, `- Diagnosis: ${f.dx} (confirmed)`], st)
      : pick([`A: r/o ${f.dx}.`, `?${f.dx}`, `${cap(f.dx)} is possible but not yet established; further assessment needed.`, `- Possible ${f.dx} – to be assessed`], st),
  draft: (f, v, p) =>
    f.confirmed
      ? pick([`${p.S} has a confirmed diagnosis of ${f.dx}.`, `${p.S} was diagnosed with ${f.dx}.`, `${p.S} has ${f.dx}.`], v)
      : pick([`${cap(f.dx)} is being considered but has not been confirmed.`, `${p.S} may have ${f.dx}; this needs further assessment.`, `${cap(f.dx)} remains a possibility to rule out.`], v),
  perturb: [flip('confirmed', 'certainty', 'certainty')],
};

// --- mood and function: better ↔ worse ---------------------------------------------------------------------------
interface Change {
  dom: string;
  better: boolean;
  since: string;
}
const moodChange: Kind<Change> = {
  name: 'mood-change',
  risk: false,
  facts: [
    { dom: 'mood', better: true, since: 'the last session' },
    { dom: 'energy', better: false, since: 'the medication change' },
    { dom: 'motivation', better: true, since: 'returning to work' },
    { dom: 'appetite', better: false, since: 'the bereavement' },
    { dom: 'concentration', better: true, since: 'starting the new timetable' },
    { dom: 'mood', better: false, since: 'Christmas' },
    { dom: 'self-care', better: true, since: 'moving flat' },
  ],
  src: (f, st, p) => pick([`S: ${f.dom} ${f.better ? 'better' : 'worse'} since ${f.since}.`, `${f.dom} ${f.better ? '↑' : '↓'} since ${f.since}`, `${p.S} feels ${p.ps} ${f.dom} has ${f.better ? 'picked up' : 'gone downhill'} since ${f.since}.`, `- ${cap(f.dom)}: ${f.better ? 'improving' : 'deteriorating'} (since ${f.since})`], st),
  draft: (f, v, p) =>
    pick(
      [
        `${p.Ps} ${f.dom} has ${f.better ? 'improved' : 'deteriorated'} since ${f.since}.`,
        `${p.S} described ${p.ps} ${f.dom} as ${f.better ? 'better' : 'worse'} since ${f.since}.`,
        `There has been ${f.better ? 'an improvement' : 'a decline'} in ${p.ps} ${f.dom} since ${f.since}.`,
      ],
      v,
    ),
  perturb: [flip('better', 'direction', 'better-worse')],
};

export const KINDS: AnyFact[] = [
  ...facts(screen),
  ...facts(ideation),
  ...facts(means),
  ...facts(pastRisk),
  ...facts(abuse),
  ...facts(substance),
  ...facts(score),
  ...facts(sleep),
  ...facts(med),
  ...facts(homework),
  ...facts(intervention),
  ...facts(family),
  ...facts(attendance),
  ...facts(referral),
  ...facts(diagnosis),
  ...facts(moodChange),
];

// --- inventions: a fact the note does not state ------------------------------------------------------------------
export const INVENTIONS: Invention[] = [
  { phenomenon: 'invention-medication', text: (p) => `${p.S} was also started on olanzapine 5 mg at night.`, clash: /olanzapine/i },
  { phenomenon: 'invention-diagnosis', text: (p) => `${p.S} has a diagnosis of an eating disorder.`, clash: /eating/i },
  { phenomenon: 'invention-person', text: (p) => `${p.S} now lives with ${p.ps} grandmother.`, clash: /grandmother/i },
  { phenomenon: 'invention-event', text: (p) => `${p.S} was admitted to hospital last month.`, clash: /admitted|hospital/i },
  { phenomenon: 'invention-risk', text: (p) => `${p.S} has access to a firearm at home.`, clash: /firearm|gun|shotgun|weapon/i },
  { phenomenon: 'invention-number', text: (p) => `${p.Ps} GAD-7 score was 13.`, clash: /GAD-7/i },
  { phenomenon: 'invention-medication', text: (p) => `${p.S} takes pregabalin 75 mg twice daily.`, clash: /pregabalin/i },
  { phenomenon: 'invention-event', text: (p) => `${p.S} was arrested at the weekend.`, clash: /arrest/i },
  { phenomenon: 'invention-risk', text: (p) => `${p.S} reported self-harming last week.`, clash: /self-harm|SH|cut|burn/i },
  { phenomenon: 'invention-person', text: (p) => `A social worker is also involved in ${p.ps} care.`, clash: /social worker/i },
  { phenomenon: 'invention-number', text: (p) => `${p.S} has lost 6 kg over the past month.`, clash: /kg|weight/i },
  { phenomenon: 'invention-intervention', text: (p) => `The clinician taught ${p.o} a mindfulness body scan.`, clash: /mindful/i },
  { phenomenon: 'invention-diagnosis', text: (p) => `${p.S} was diagnosed with social anxiety disorder.`, clash: /social anxiety/i },
  { phenomenon: 'invention-risk', text: (p) => `${p.S} has been thinking about harming ${p.ps} neighbour.`, clash: /HI|homicid|harming others|hurting other|killing someone/i },
  { phenomenon: 'invention-event', text: (p) => `${p.S} started a new job this week.`, clash: /job|work/i },
  { phenomenon: 'invention-number', text: (p) => `${p.S} has had 3 panic attacks this week.`, clash: /panic/i },
  { phenomenon: 'invention-plan', text: () => `A home visit is booked for Friday.`, clash: /home visit/i },
  { phenomenon: 'invention-medication', text: (p) => `${p.Ps} GP prescribed diazepam 2 mg as needed.`, clash: /diazepam/i },
  { phenomenon: 'invention-risk', text: (p) => `${p.S} drinks a bottle of vodka most nights.`, clash: /alcohol|drink|vodka/i },
  { phenomenon: 'invention-event', text: (p) => `${p.S} went to A&E on Saturday after a fall.`, clash: /A&E|fall/i },
];

export const ADD_ONS: Array<(p: Pro) => string> = [
  (p) => `, after an argument with ${p.ps} landlord`,
  () => `, which the GP put down to an underactive thyroid`,
  (p) => `, and ${p.ps} cousin has moved in to help`,
  () => `, following a week in hospital`,
  (p) => `, since ${p.s} started taking St John's wort`,
];

export function devPairs(): Pair[] {
  return generate(KINDS, INVENTIONS, { prefix: 'g14', seed: 14, perNote: 4, inventionsPerNote: 3, styles: 4, variants: 3, addOns: ADD_ONS });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const pairs = devPairs();
  fs.writeFileSync(new URL('./dev14-gen.jsonl', import.meta.url), pairs.map((p) => JSON.stringify(p)).join('\n') + '\n');
  console.log(`dev14-gen.jsonl: ${pairs.length} pairs from ${KINDS.length} facts`);
}
