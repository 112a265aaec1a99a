// The set-aside part of the generated contradiction set (issue 15; R03, R27): other facts and other
// wordings than gen-contra.ts (DAP notes, a telephone-contact log, a discharge letter; drafts in a
// letter writer's voice), the same systematic perturbations (gen-machinery.ts). Written before the
// verifier was read; bench:grounding scores it in memory for totals only and never prints its errors.
import type { Pair } from './pairs.ts';
import { cap, change, pick, facts, flip, generate, shift, swap, type AnyFact, type Invention, type Kind } from './gen-machinery.ts';

interface Screen {
  item: string;
  pos: boolean;
}
const screen: Kind<Screen> = {
  name: 'screen',
  risk: true,
  facts: [
    { item: 'thoughts of ending life', pos: false },
    { item: 'self-injury', pos: true },
    { item: 'thoughts of harming the baby', pos: false },
    { item: 'ideas of killing her ex-partner', pos: true },
    { item: 'gambling to the point of debt', pos: true },
    { item: 'street drug use', pos: false },
    { item: 'thoughts of suicide', pos: true },
    { item: 'binge drinking', pos: false },
  ],
  src: (f, st, p) => pick([`Data: asked about ${f.item} — ${f.pos ? 'yes' : 'no'}.`, `Phone: ${p.s} ${f.pos ? 'confirmed' : 'ruled out'} ${f.item}.`, `Risk on discharge: ${f.item} ${f.pos ? 'present' : 'absent'}.`], st),
  draft: (f, v, p) => (f.pos ? pick([`I note that ${p.s} is troubled by ${f.item}.`, `${p.S} told us about ${f.item}.`], v) : pick([`${p.S} was clear that there is no ${f.item}.`, `${cap(f.item)} was not an issue for ${p.o}.`], v)),
  perturb: [flip('pos', 'negation', 'polarity')],
};

interface Ideation {
  active: boolean;
  plan: boolean;
  how: string;
}
const ideation: Kind<Ideation> = {
  name: 'ideation',
  risk: true,
  facts: [
    { active: false, plan: false, how: 'stepping in front of a train' },
    { active: true, plan: true, how: 'driving off the coast road' },
    { active: true, plan: false, how: 'cutting deeply' },
    { active: false, plan: false, how: 'an overdose of insulin' },
  ],
  src: (f, st, p) =>
    pick(
      [
        `Data: ${f.active ? 'active' : 'fleeting, passive'} suicidal thoughts; ${f.plan ? `has planned ${f.how}` : 'nothing planned'}.`,
        `Phone: ${p.s} ${f.active ? 'is actively thinking about suicide' : 'sometimes wishes not to wake up'}${f.plan ? ` and has settled on ${f.how}` : ', no method in mind'}.`,
        `Risk on discharge: ${f.active ? 'active' : 'passive'} ideation, ${f.plan ? `plan (${f.how})` : 'no plan'}.`,
      ],
      st,
    ),
  draft: (f, v, p, focus) =>
    focus === 'plan' || (focus === undefined && v % 2 === 1)
      ? f.plan
        ? `${p.S} has settled on a method, ${f.how}.`
        : `${p.S} has not planned how ${p.s} would do it.`
      : f.active
        ? `${p.S} is thinking actively about killing ${p.refl}.`
        : `${p.Ps} thoughts of death are passive.`,
  perturb: [flip('active', 'risk', 'severity'), flip('plan', 'risk', 'plan')],
};

interface Drug {
  drug: string;
  act: 'started' | 'stopped' | 'changed';
  dose: number;
  from: number;
}
const drug: Kind<Drug> = {
  name: 'medication',
  risk: false,
  facts: [
    { drug: 'duloxetine', act: 'started', dose: 30, from: 0 },
    { drug: 'olanzapine', act: 'changed', dose: 10, from: 5 },
    { drug: 'zopiclone', act: 'stopped', dose: 7, from: 0 },
    { drug: 'bupropion', act: 'changed', dose: 150, from: 300 },
    { drug: 'escitalopram', act: 'started', dose: 10, from: 0 },
    { drug: 'risperidone', act: 'stopped', dose: 2, from: 0 },
    { drug: 'pregabalin', act: 'changed', dose: 150, from: 75 },
  ],
  src: (f, st) => {
    if (f.act === 'changed') return pick([`Data: ${f.drug} dose moved from ${f.from} mg to ${f.dose} mg.`, `Phone: pharmacy confirms ${f.drug} now ${f.dose} mg (previously ${f.from} mg).`, `Medication on discharge: ${f.drug} ${f.dose} mg (was ${f.from} mg on admission).`], st);
    if (f.act === 'started') return pick([`Data: new prescription, ${f.drug} ${f.dose} mg.`, `Phone: began ${f.drug} ${f.dose} mg on Monday.`, `Medication on discharge: ${f.drug} ${f.dose} mg, new this admission.`], st);
    return pick([`Data: ${f.drug} ${f.dose} mg withdrawn.`, `Phone: has come off ${f.drug} ${f.dose} mg.`, `Medication on discharge: ${f.drug} ${f.dose} mg ceased.`], st);
  },
  draft: (f, v, p) => {
    if (f.act === 'changed') return pick([`${p.Ps} ${f.drug} now stands at ${f.dose} mg, having been ${f.from} mg.`, `We ${f.dose > f.from ? 'raised' : 'lowered'} ${p.ps} ${f.drug} to ${f.dose} mg.`], v);
    if (f.act === 'started') return pick([`${p.S} is newly on ${f.drug} ${f.dose} mg.`, `${cap(f.drug)} ${f.dose} mg has been added.`], v);
    return pick([`${p.S} has stopped taking ${f.drug}.`, `${cap(f.drug)} has been withdrawn.`], v);
  },
  perturb: [
    change('act', (f) => (f.act === 'started' ? 'stopped' : f.act === 'stopped' ? 'started' : null), 'medication', 'status'),
    shift('dose', 'medication', 'dose'),
    swap('dose', 'from', 'medication', 'direction', (f) => f.act === 'changed'),
  ],
};

interface Measure {
  what: string;
  n: number;
  from: number;
  unit: string;
}
const measure: Kind<Measure> = {
  name: 'measure',
  risk: false,
  facts: [
    { what: 'HoNOS', n: 12, from: 18, unit: 'points' },
    { what: 'weight', n: 58, from: 52, unit: 'kg' },
    { what: 'panic attacks', n: 2, from: 7, unit: 'a week' },
    { what: 'BDI-II', n: 31, from: 22, unit: 'points' },
    { what: 'days abstinent', n: 45, from: 10, unit: 'days' },
    { what: 'nightmares', n: 5, from: 1, unit: 'a week' },
  ],
  src: (f, st) => pick([`Data: ${f.what} ${f.n} ${f.unit} (last time ${f.from}).`, `Phone: ${f.what} now ${f.n}, from ${f.from}.`, `On discharge ${f.what} ${f.n} ${f.unit}, on admission ${f.from}.`], st),
  draft: (f, v, p) => pick([`${p.Ps} ${f.what} went ${f.n > f.from ? 'up' : 'down'} to ${f.n}.`, `The ${f.what} figure changed from ${f.from} to ${f.n}.`], v),
  perturb: [shift('n', 'number', 'value'), swap('n', 'from', 'direction', 'from-to')],
};

interface Task {
  what: string;
  state: 'done' | 'not-done' | 'planned';
}
const task: Kind<Task> = {
  name: 'task',
  risk: false,
  facts: [
    { what: 'the exposure diary', state: 'done' },
    { what: 'the crisis card', state: 'planned' },
    { what: 'a values worksheet', state: 'not-done' },
    { what: 'the benefits appeal letter', state: 'done' },
    { what: 'a relapse prevention plan', state: 'planned' },
    { what: 'imagery rescripting', state: 'done' },
  ],
  src: (f, st, p) =>
    f.state === 'done'
      ? pick([`Data: ${f.what} finished.`, `Phone: ${p.s} has completed ${f.what}.`, `During admission ${f.what} was completed.`], st)
      : f.state === 'planned'
        ? pick([`Plan: ${f.what} at next contact.`, `Phone: we will do ${f.what} next call.`, `Follow-up: ${f.what} to be done in the community.`], st)
        : pick([`Data: ${f.what} not attempted.`, `Phone: ${p.s} hasn't started ${f.what}.`, `During admission ${f.what} was not done.`], st),
  draft: (f, v) => (f.state === 'done' ? pick([`${cap(f.what)} is complete.`, `${cap(f.what)} has been done.`], v) : f.state === 'planned' ? pick([`${cap(f.what)} is still to come.`, `${cap(f.what)} will follow.`], v) : pick([`${cap(f.what)} is outstanding.`, `Nothing has been done on ${f.what}.`], v)),
  perturb: [
    change('state', (f) => (f.state === 'done' ? 'not-done' : f.state === 'not-done' ? 'done' : null), 'action-status', 'done'),
    change('state', (f) => (f.state === 'planned' ? 'done' : f.state === 'done' ? 'planned' : null), 'temporality', 'planned-done'),
  ],
};

interface Who {
  rel: string;
  ev: string;
  client: boolean;
}
const who: Kind<Who> = {
  name: 'who',
  risk: false,
  facts: [
    { rel: 'grandson', ev: 'has type 1 diabetes', client: false },
    { rel: 'wife', ev: 'had a miscarriage in the spring', client: false },
    { rel: 'flatmate', ev: 'overdosed in August', client: false },
    { rel: 'stepdaughter', ev: 'was diagnosed with anorexia', client: false },
    { rel: 'father-in-law', ev: 'moved into a care home', client: false },
  ],
  src: (f, st, p) => pick([`Data: ${p.ps} ${f.rel} ${f.ev}.`, `Phone: mentioned ${p.ps} ${f.rel} ${f.ev}.`, `Social: ${p.ps} ${f.rel} ${f.ev}.`], st),
  draft: (f, v, p) => (f.client ? pick([`${p.S} ${f.ev}.`, `We learned that ${p.s} ${f.ev}.`], v) : pick([`${p.Ps} ${f.rel} ${f.ev}.`, `We learned that ${p.ps} ${f.rel} ${f.ev}.`], v)),
  perturb: [flip('client', 'experiencer', 'client')],
};

interface Dx {
  dx: string;
  sure: boolean;
}
const dx: Kind<Dx> = {
  name: 'diagnosis',
  risk: false,
  facts: [
    { dx: 'schizoaffective disorder', sure: false },
    { dx: 'panic disorder', sure: true },
    { dx: 'emotionally unstable personality disorder', sure: false },
    { dx: 'alcohol dependence', sure: true },
    { dx: 'dementia', sure: false },
  ],
  src: (f, st) => pick([`Assessment: ${f.sure ? '' : 'query '}${f.dx}.`, `Phone: ${f.sure ? 'consultant has confirmed' : 'team still wondering about'} ${f.dx}.`, `Discharge diagnosis: ${f.sure ? f.dx : `${f.dx} (provisional)`}.`], st),
  draft: (f, v, p) => (f.sure ? pick([`${p.S} has been given a definite diagnosis of ${f.dx}.`, `The diagnosis is ${f.dx}.`], v) : pick([`A diagnosis of ${f.dx} is only suspected.`, `${cap(f.dx)} has not been established.`], v)),
  perturb: [flip('sure', 'certainty', 'certainty')],
};

interface Weapon {
  has: boolean;
  item: string;
}
const weapon: Kind<Weapon> = {
  name: 'means',
  risk: true,
  facts: [
    { has: true, item: 'an air rifle' },
    { has: false, item: 'knives kept locked away by staff' },
    { has: true, item: 'a crossbow' },
    { has: false, item: 'any firearm' },
  ],
  src: (f, st, p) => pick([`Data: ${f.has ? `${p.s} keeps ${f.item}` : `${p.s} cannot reach ${f.item}`}.`, `Phone: ${f.has ? 'owns' : 'no access to'} ${f.item}.`, `Risk on discharge: ${f.has ? `access to ${f.item}` : `no access to ${f.item}`}.`], st),
  draft: (f, v, p) => (f.has ? pick([`${p.S} owns ${f.item}.`, `${p.S} could reach ${f.item}.`], v) : pick([`${p.S} has no way to reach ${f.item}.`, `${cap(f.item)} is out of ${p.ps} reach.`], v)),
  perturb: [flip('has', 'risk', 'means')],
};

export const ASIDE_KINDS: AnyFact[] = [...facts(screen), ...facts(ideation), ...facts(drug), ...facts(measure), ...facts(task), ...facts(who), ...facts(dx), ...facts(weapon)];

export const ASIDE_INVENTIONS: Invention[] = [
  { phenomenon: 'invention-medication', text: (p) => `${p.S} also takes clonazepam 0.5 mg at night.`, clash: /clonazepam/i },
  { phenomenon: 'invention-person', text: (p) => `${p.Ps} probation officer attended the review.`, clash: /probation/i },
  { phenomenon: 'invention-event', text: (p) => `${p.S} was evicted from ${p.ps} flat in June.`, clash: /evict/i },
  { phenomenon: 'invention-risk', text: (p) => `${p.S} has recently been hearing voices telling ${p.o} to jump.`, clash: /voices|jump/i },
  { phenomenon: 'invention-number', text: (p) => `${p.Ps} AUDIT-C was 9.`, clash: /AUDIT/i },
  { phenomenon: 'invention-diagnosis', text: (p) => `${p.S} has a diagnosis of dyslexia.`, clash: /dyslexia/i },
  { phenomenon: 'invention-event', text: (p) => `${p.S} flew to Spain for a funeral last week.`, clash: /Spain|funeral/i },
  { phenomenon: 'invention-plan', text: () => `A capacity assessment is booked for Tuesday.`, clash: /capacity/i },
];

export function asidePairs(): Pair[] {
  return generate(ASIDE_KINDS, ASIDE_INVENTIONS, {
    prefix: 'g14a',
    seed: 41,
    perNote: 3,
    inventionsPerNote: 2,
    styles: 3,
    variants: 2,
    addOns: [(p) => `, as ${p.ps} keyworker had suggested`, () => `, after the police were called`],
  });
}
