// A generator of FAITHFUL draft sentences (issue 15, R03/R27): a bank of source facts with structured
// slots, each rendered as a note segment, and meaning-preserving transformations applied to every
// fact of a category. Every pair is gold SUPPORTED and its `phenomenon` names the transformation, so
// bench:grounding can print a false-alarm rate per kind of paraphrase rather than per hand-written
// sentence. Written before the verifier's code was read (round vfa7); the identities are synthetic.
//
// The set-aside bank (gen-faithful-aside.ts) holds other facts and other wordings of the same
// transformations; it is scored for totals only.
import type { Pair } from './pairs.ts';

/** A person as a note refers to them: initials, pronouns. */
export interface Person {
  initials: string;
  he: string;
  him: string;
  his: string;
}

export const PEOPLE: Person[] = [
  { initials: 'Q.T.', he: 'she', him: 'her', his: 'her' },
  { initials: 'Z.K.', he: 'he', him: 'him', his: 'his' },
  { initials: 'X.V.', he: 'she', him: 'her', his: 'her' },
  { initials: 'J.W.', he: 'he', him: 'him', his: 'his' },
];

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const TENS: Record<number, string> = { 20: 'twenty', 30: 'thirty', 40: 'forty', 50: 'fifty', 60: 'sixty' };
/** A number in words, as a drafter spells it ("twenty-one"). */
export function words(n: number): string {
  if (n <= 20) return WORDS[n]!;
  const t = Math.floor(n / 10) * 10;
  return n % 10 === 0 ? TENS[t]! : `${TENS[t]!}-${WORDS[n % 10]!}`;
}
export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** One fact: its note segments (cited unless `cites` says otherwise) and faithful drafts of it. */
export interface Fact {
  sources: string[];
  drafts: Array<[phenomenon: string, sentence: string, cites?: number[]]>;
}

/** Round-robin choice, so every slot value meets every transformation across the bank. */
const pick = <T>(xs: readonly T[], i: number): T => xs[i % xs.length]!;

const REPORT_VERBS = ['states', 'describes', 'notes', 'shares', 'says she has', 'endorses'];
const SRC_ROLE = ['Client', 'Pt', 'The patient', 'Client'];
const DRAFT_ROLE = (p: Person, i: number): string => pick(['The client', p.initials, cap(p.he), 'The patient', 'Pt'], i);
/** A draft role word inside a sentence: pronouns and role nouns lower-cased, initials kept. */
const inline = (d: string): string => (/^[A-Z]\.[A-Z]\.$/.test(d) ? d : d.toLowerCase());
/** "by Q.T." ends a sentence with the initials' own full stop. */
const endWith = (s: string): string => (s.endsWith('.') ? s : `${s}.`);

// ---------------------------------------------------------------- mood
const MOODS: Array<[lay: string, clinical: string, rating: number]> = [
  ['low', 'depressed', 3],
  ['sad', 'dysphoric', 4],
  ['worried', 'anxious', 5],
  ['short-tempered', 'irritable', 4],
  ['up and down', 'labile', 5],
  ['down', 'depressed', 2],
  ['nervous', 'anxious', 6],
  ['steady', 'stable', 7],
  ['flat', 'low', 3],
  ['miserable', 'depressed', 2],
];
const SPANS: Array<[src: string, alt: string]> = [
  ['the past two weeks', 'the last 14 days'],
  ['the past week', 'the last seven days'],
  ['the past three days', 'the last 72 hours'],
  ['the past month', 'the last month'],
];
function mood(i: number, p: Person): Fact {
  const [lay, clin, r] = MOODS[i]!;
  const [span, alt] = pick(SPANS, i);
  const role = pick(SRC_ROLE, i);
  // Another role word than the source's, so role-reference always changes something.
  const d = DRAFT_ROLE(p, i) === role ? DRAFT_ROLE(p, i + 1) : DRAFT_ROLE(p, i);
  const verb = pick(REPORT_VERBS, i).replace('says she has', `says ${p.he} has`);
  return {
    sources: [`${role} reports ${lay} mood over ${span}, rating it ${r}/10.`],
    drafts: [
      ['reporting-verb', `${role} ${verb === 'endorses' ? 'endorses' : verb.startsWith('says') ? `${verb} had` : verb} ${lay} mood over ${span}, rating it ${r}/10.`],
      ['register-shift', `${d} reports ${clin} mood over ${span}, rated ${r}/10.`],
      ['time-paraphrase', `${role} reports ${lay} mood over ${alt}, rating it ${r}/10.`],
      ['number-words', `${role} reports ${lay} mood over ${span} and rates it ${words(r)} out of ten.`],
      ['role-reference', `${d} reports ${lay} mood over ${span}, rating it ${r}/10.`],
      ['omission', `${role} reports ${lay} mood.`],
      ['clause-reorder', `Over ${span}, ${inline(d)} has had ${lay} mood, which ${p.he} rates at ${r}/10.`],
      ['voice', `${cap(lay)} mood over ${span} was reported by ${d === cap(p.he) ? p.him : inline(d)}, who rated it ${r}/10.`],
    ],
  };
}

// ---------------------------------------------------------------- sleep
const SLEEP: Array<[hours: number, wakings: number, onsetMin: number, onsetAlt: string]> = [
  [5, 3, 90, 'an hour and a half'],
  [4, 2, 60, 'an hour'],
  [6, 1, 30, 'half an hour'],
  [7, 0, 20, 'twenty minutes'],
  [3, 4, 120, 'two hours'],
  [5, 2, 45, 'three quarters of an hour'],
  [6, 3, 90, '1.5 hours'],
  [8, 1, 15, 'a quarter of an hour'],
  [4, 5, 180, 'three hours'],
  [5, 1, 60, '1 hour'],
];
function sleep(i: number, p: Person): Fact {
  const [h, w, on, onAlt] = SLEEP[i]!;
  const role = pick(['Pt', 'Client', 'Pt', 'The patient'], i);
  const full = role === 'Pt' ? 'The patient' : role;
  const wake = w === 0 ? 'no night wakings' : w === 1 ? 'one night waking' : `${w} night wakings`;
  const src = `${role} reports sleeping approximately ${h} hours per night with ${wake}.`;
  const onset = `It takes ${p.him} about ${on} minutes to fall asleep.`;
  const drafts: Fact['drafts'] = [
    ['shorthand-expand', `${full} reports sleeping approximately ${h} hours per night with ${wake}.`, [0]],
    ['number-words', `${role} reports sleeping approximately ${words(h)} hours a night${w === 0 ? ' without waking' : w === 1 ? ', waking once' : `, waking ${words(w)} times`}.`, [0]],
    ['hedge-kept', `${role} reports sleeping ${pick(['around', 'roughly', 'about', 'approx.'], i)} ${h} hours per night.`, [0]],
    ['omission', `${role} reports sleeping about ${h} hours a night.`, [0]],
    ['duration-units', `Sleep onset takes ${p.him} about ${onAlt}.`, [1]],
    ['summary-two-segments', `${full} sleeps approximately ${h} hours a night and takes about ${on} minutes to fall asleep.`, [0, 1]],
  ];
  // Only a long sleep onset is initial insomnia.
  if (on >= 45) drafts.push(['register-shift', `${full} reports initial insomnia, with sleep onset of about ${on} min.`, [1]]);
  if (w > 1) drafts.push(['count-x', `Pt sleeping ~${h} hrs/night, waking x${w}.`, [0]]);
  return { sources: [src, cap(onset)], drafts };
}

// ---------------------------------------------------------------- appetite
const APPETITE: Array<[lay: string, clinical: string, arrow: string, kg: number, span: string]> = [
  ['eating less than usual', 'decreased appetite', '↓ appetite', 3, 'the past month'],
  ['eating more than usual', 'increased appetite', '↑ appetite', 4, 'the past two months'],
  ['skipping meals', 'reduced oral intake', '↓ intake', 2, 'the past three weeks'],
  ['not feeling hungry', 'poor appetite', '↓ appetite', 5, 'the past six weeks'],
  ['snacking at night', 'increased night-time eating', '↑ night eating', 3, 'the past month'],
  ['having little interest in food', 'reduced appetite', '↓ appetite', 2, 'the past two weeks'],
  ['eating much more than before', 'increased appetite', '↑ appetite', 6, 'the past three months'],
  ['eating only one meal a day', 'reduced oral intake', '↓ intake', 4, 'the past month'],
];
function appetite(i: number, p: Person): Fact {
  const [lay, clin, arrow, kg, span] = APPETITE[i]!;
  const gained = arrow.startsWith('↑');
  const change = gained ? 'gained' : 'lost';
  const noun = gained ? 'weight gain' : 'weight loss';
  const role = pick(SRC_ROLE, i + 1);
  return {
    sources: [`${role} reports ${lay} and has ${change} ${kg} kg over ${span}.`],
    drafts: [
      ['register-shift', `${role} reports ${clin} with ${kg} kg ${noun} over ${span}.`],
      ['arrow-shorthand', `${arrow}, ${gained ? 'wt gain' : 'wt loss'} ${kg} kg over ${span}.`],
      ['number-words', `${role} has ${change} ${words(kg)} kilograms over ${span}.`],
      ['omission', `${role} reports ${clin}.`],
      ['voice', endWith(`A ${kg} kg ${noun} over ${span} was reported by ${p.initials}`)],
      ['clause-reorder', `Over ${span}, ${p.he} has ${change} ${kg} kg and reports ${lay}.`],
      ['reporting-verb', `${role} ${pick(['notes', 'describes', 'states'], i)} ${lay}.`],
    ],
  };
}

// ---------------------------------------------------------------- medication
const MEDS: Array<[drug: string, dose: number, freq: string, freqShort: string, freqAlt: string, weeks: number]> = [
  ['sertraline', 100, 'once daily', 'daily', 'once a day', 3],
  ['fluoxetine', 20, 'every morning', 'qAM', 'each morning', 6],
  ['quetiapine', 50, 'at bedtime', 'qhs', 'nightly', 2],
  ['lithium', 400, 'twice daily', 'BID', 'two times a day', 8],
  ['mirtazapine', 15, 'at night', 'qhs', 'nightly', 4],
  ['aripiprazole', 10, 'once daily', 'QD', 'once a day', 5],
  ['venlafaxine', 75, 'once daily', 'daily', 'once a day', 3],
  ['lamotrigine', 100, 'twice daily', 'BID', '2x/day', 10],
  ['escitalopram', 10, 'every morning', 'qAM', 'each morning', 2],
  ['methylphenidate', 18, 'every morning', 'qAM', 'each morning', 4],
  ['bupropion', 150, 'once daily', 'daily', 'once a day', 6],
  ['buspirone', 10, 'three times daily', 'TID', '3x/day', 3],
  ['prazosin', 2, 'at bedtime', 'qhs', 'nightly', 2],
  ['citalopram', 20, 'once daily', 'daily', 'once a day', 7],
];
const PRESCRIBERS = ['Dr. Samplewood', 'Dr. Placeholder', 'the psychiatric NP', 'the GP'];
function medication(i: number, p: Person): Fact {
  const [drug, dose, freq, short, alt, wk] = MEDS[i]!;
  const by = pick(PRESCRIBERS, i);
  const prev = dose >= 20 ? dose / 2 : dose;
  const role = pick(SRC_ROLE, i);
  const sources = [
    `${role} is taking ${drug} ${dose} mg ${freq}, started ${words(wk)} weeks ago by ${by}.`,
    `${cap(p.he)} reports taking it as prescribed and denies side effects.`,
  ];
  const drafts: Fact['drafts'] = [
    ['shorthand-contract', `Pt on ${drug} ${dose}mg ${short}.`, [0]],
    ['frequency-format', `${role} takes ${drug} ${dose} mg ${alt}.`, [0]],
    ['number-words', `${drug === 'lithium' ? 'Lithium' : cap(drug)} was started ${wk} weeks ago.`, [0]],
    ['time-paraphrase', `${cap(drug)} was started ${wk * 7} days ago.`, [0]],
    ['voice', `${cap(drug)} ${dose} mg ${freq} was started by ${by} ${words(wk)} weeks ago.`, [0]],
    ['omission', `${role} is taking ${drug} ${dose} mg.`, [0]],
    ['negation-paraphrase', `${cap(p.he)} reports no side effects.`, [1]],
    ['negation-paraphrase', `No side effects reported.`, [1]],
    ['register-shift', `${cap(p.he)} reports good adherence with no adverse effects.`, [1]],
    ['summary-two-segments', `${role} takes ${drug} ${dose} mg ${freq} as prescribed, without side effects.`, [0, 1]],
    ['units', `${role} is taking ${drug} ${dose} milligrams ${freq}.`, [0]],
  ];
  if (prev !== dose) {
    sources.push(`Dose increased from ${prev} mg to ${dose} mg at the last review.`);
    drafts.push(['arrow-shorthand', `${cap(drug)} ↑ ${prev}→${dose} mg at last review.`, [2]]);
    drafts.push(['clause-reorder', `At the last review the ${drug} dose was increased to ${dose} mg from ${prev} mg.`, [0, 2]]);
  }
  return { sources, drafts };
}

// ---------------------------------------------------------------- risk screen, denied
const DENIED: Array<[src: string, drafts: Array<[string, string]>]> = [
  ['Client denies suicidal ideation, homicidal ideation and self-harm.', [
    ['shorthand-contract', 'Client denies SI/HI and self-harm.'],
    ['negation-paraphrase', 'Client reports no suicidal ideation or homicidal ideation.'],
    ['negation-paraphrase', 'No SI, HI or self-harm reported.'],
    ['omission', 'Client denies suicidal ideation.'],
    ['register-shift', 'Client denies thoughts of harming herself or others.'],
  ]],
  ['Pt denies SI/HI.', [
    ['shorthand-expand', 'The patient denies suicidal and homicidal ideation.'],
    ['negation-paraphrase', 'Pt reports no SI or HI.'],
    ['negation-paraphrase', 'Negative for SI/HI.'],
    ['role-reference', 'He denies SI/HI.'],
  ]],
  ['No SI, HI or NSSI reported.', [
    ['negation-paraphrase', 'Client denies SI, HI and NSSI.'],
    ['shorthand-expand', 'No suicidal ideation, homicidal ideation or non-suicidal self-injury reported.'],
    ['omission', 'No self-harm reported.'],
  ]],
  ['C-SSRS screen negative today.', [
    ['voice', 'Client screened negative on the C-SSRS today.'],
    ['negation-paraphrase', 'C-SSRS screening was negative today.'],
  ]],
  ['Client denies current thoughts of suicide, plan or intent.', [
    ['shorthand-contract', 'Denies current SI, plan or intent.'],
    ['negation-paraphrase', 'Client reports no current suicidal thoughts, plan or intent.'],
    ['negation-paraphrase', 'No current suicidal ideation, plan or intent reported.'],
    ['omission', 'Client denies current suicidal thoughts.'],
  ]],
  ['She denies any thoughts of self-harm since the last session.', [
    ['register-shift', 'She denies any urges to hurt herself since the last session.'],
    ['negation-paraphrase', 'She reports no thoughts of self-harm since the last session.'],
    ['time-paraphrase', 'She denies self-harm thoughts since she was last seen.'],
    ['role-reference', `X.V. denies thoughts of self-harm since the last session.`],
  ]],
  ['Pt denies AH/VH.', [
    ['shorthand-expand', 'The patient denies auditory and visual hallucinations.'],
    ['negation-paraphrase', 'No AH/VH reported.'],
    ['register-shift', 'Pt denies hearing voices or seeing things.'],
  ]],
  ['Client denies access to firearms.', [
    ['negation-paraphrase', 'Client reports no access to firearms.'],
    ['register-shift', 'Client denies access to guns.'],
    ['negation-paraphrase', 'No firearm access reported.'],
  ]],
  ['He denies thoughts of harming his ex-partner.', [
    ['register-shift', 'He denies homicidal ideation toward his ex-partner.'],
    ['negation-paraphrase', 'He reports no thoughts of hurting his ex-partner.'],
    ['shorthand-contract', 'Denies HI toward ex-partner.'],
  ]],
  ['Client denied suicidal ideation when asked directly.', [
    ['voice', 'When asked directly, client denied suicidal ideation.'],
    ['negation-paraphrase', 'Client reported no suicidal ideation when asked directly.'],
    ['shorthand-contract', 'Denied SI on direct questioning.'],
  ]],
  ['PHQ-9 item 9 scored 0.', [
    ['negation-paraphrase', 'PHQ-9 item 9 was negative.'],
    ['number-words', 'PHQ-9 item 9 was scored zero.'],
  ]],
  ['Pt denies alcohol or drug use.', [
    ['negation-paraphrase', 'Pt reports no alcohol or drug use.'],
    ['negation-paraphrase', 'No substance use reported.'],
    ['shorthand-contract', 'Denies ETOH/drug use.'],
  ]],
];

// ---------------------------------------------------------------- risk screen, endorsed
const ENDORSED: Array<[src: string[], drafts: Array<[string, string, number[]?]>]> = [
  [['Client endorses passive suicidal ideation over the past week, without plan or intent.'], [
    ['shorthand-contract', 'Client endorses passive SI x1 week, no plan/intent.'],
    ['negation-paraphrase', 'Client reports passive suicidal ideation over the past week and denies plan or intent.'],
    ['time-paraphrase', 'Client endorses passive suicidal ideation over the last seven days, without plan or intent.'],
    ['reporting-verb', 'Client reports passive suicidal ideation over the past week, without plan or intent.'],
  ]],
  [['Q.T. says she sometimes wishes she would not wake up, but has no plan or intent to act on it.'], [
    ['register-shift', 'Q.T. endorses passive suicidal ideation without plan or intent.'],
    ['hedge-kept', 'Q.T. sometimes wishes she would not wake up; no plan or intent.'],
  ]],
  [['Pt reports cutting her forearm twice last month.', 'No cutting in the past two weeks.'], [
    ['count-x', 'Pt reports cutting her forearm x2 last month.', [0]],
    ['register-shift', 'Pt reports self-harm by cutting twice last month.', [0]],
    ['summary-two-segments', 'Pt cut her forearm twice last month but not in the past two weeks.', [0, 1]],
    ['negation-paraphrase', 'Pt denies cutting in the past two weeks.', [1]],
    ['time-paraphrase', 'No cutting in the last 14 days.', [1]],
  ]],
  [['He reports intermittent suicidal thoughts over the past month, most recently three days ago.', 'He denies a plan and has no intent.'], [
    ['summary-two-segments', 'He reports intermittent suicidal thoughts over the past month without a plan or intent.', [0, 1]],
    ['shorthand-contract', 'Intermittent SI x1 month, last 3 days ago; no plan or intent.', [0, 1]],
    ['number-words', 'Most recent suicidal thoughts were 3 days ago.', [0]],
    ['omission', 'He reports intermittent suicidal thoughts.', [0]],
  ]],
  [['Client reports thoughts of harming herself when arguing with her partner.', 'She has not acted on these thoughts.'], [
    ['negation-paraphrase', 'She denies acting on thoughts of self-harm.', [1]],
    ['clause-reorder', 'When arguing with her partner, client has thoughts of harming herself.', [0]],
    ['summary-two-segments', 'Client has thoughts of self-harm during arguments with her partner but has not acted on them.', [0, 1]],
  ]],
  [['Z.K. reports drinking heavily and driving after an argument on Saturday.'], [
    ['role-reference', 'The client reports drinking heavily and driving after an argument on Saturday.'],
    ['clause-reorder', 'After an argument on Saturday, Z.K. drank heavily and drove.'],
  ]],
  [['Pt endorses urges to self-harm, rated 6/10, and used ice and distraction instead.'], [
    ['number-words', 'Pt endorses self-harm urges rated six out of ten.'],
    ['register-shift', 'Pt had urges to hurt herself (6/10) and used ice and distraction instead.'],
    ['omission', 'Pt used ice and distraction to manage self-harm urges.'],
  ]],
  [['Client reports one suicide attempt by overdose in 2019.'], [
    ['shorthand-contract', 'Hx of one suicide attempt by OD in 2019.'],
    ['number-words', 'Client reports a single suicide attempt by overdose in 2019.'],
    ['voice', 'A suicide attempt by overdose in 2019 was reported by the client.'],
  ]],
];

// ---------------------------------------------------------------- scores
const SCORES: Array<[tool: string, now: number, then: number, when: string]> = [
  ['PHQ-9', 14, 19, 'intake'],
  ['GAD-7', 9, 15, 'intake'],
  ['PHQ-9', 8, 12, 'the last session'],
  ['GAD-7', 12, 10, 'the last session'],
  ['PCL-5', 41, 56, 'intake'],
  ['EPDS', 12, 16, 'the first visit'],
  ['AUDIT', 6, 14, 'intake'],
  ['PHQ-9', 5, 17, 'intake'],
  ['GAD-7', 4, 11, 'the last review'],
  ['PHQ-A', 11, 18, 'intake'],
];
function score(i: number, p: Person): Fact {
  const [tool, now, then, when] = SCORES[i]!;
  const down = now < then;
  const dir = down ? 'down' : 'up';
  const verb = down ? 'decreased' : 'increased';
  return {
    sources: [`${tool} score today was ${now}, ${dir} from ${then} at ${when}.`],
    drafts: [
      ['shorthand-contract', `${tool} = ${now} (${dir} from ${then} at ${when}).`],
      ['clause-reorder', `${tool} ${verb} from ${then} at ${when} to ${now} today.`],
      ['voice', `${p.initials} scored ${now} on the ${tool} today.`],
      ['arrow-shorthand', `${tool} ${down ? '↓' : '↑'} ${then}→${now}.`],
      ['number-words', `${tool} score today was ${words(now)}.`],
      ['omission', `${tool} was ${now} today.`],
      ['role-reference', `${cap(p.his)} ${tool} score today was ${now}.`],
    ],
  };
}

// ---------------------------------------------------------------- homework
const HOMEWORK: Array<[task: string, short: string, times: number]> = [
  ['the thought record', 'thought record', 3],
  ['the activity schedule', 'activity schedule', 5],
  ['the breathing exercise', 'breathing practice', 4],
  ['the sleep diary', 'sleep diary', 7],
  ['the exposure task', 'exposure', 2],
  ['the worry log', 'worry log', 6],
  ['the mindfulness recording', 'mindfulness practice', 3],
  ['the gratitude journal', 'gratitude journal', 5],
];
function homework(i: number, p: Person): Fact {
  const [task, short, n] = HOMEWORK[i]!;
  const role = pick(SRC_ROLE, i);
  return {
    sources: [`${role} completed ${task} ${n} times this week.`, `${cap(p.he)} did not complete the reading handout.`],
    drafts: [
      ['count-x', `${role} completed ${short} x${n} this week.`, [0]],
      ['number-words', `${role} completed ${task} ${words(n)} times this week.`, [0]],
      ['voice', `${cap(task.replace(/^the /, 'The '))} was completed ${n} times this week.`, [0]],
      ['omission', `${role} completed ${task}.`, [0]],
      ['shorthand-contract', `HW: ${short} completed x${n}.`, [0]],
      ['negation-paraphrase', `The reading handout was not completed.`, [1]],
      ['negation-paraphrase', `${cap(p.he)} reports not completing the reading handout.`, [1]],
      ['summary-two-segments', `${role} completed ${task} ${n} times this week but not the reading handout.`, [0, 1]],
      ['role-reference', `${p.initials} completed ${task} ${n} times this week.`, [0]],
    ],
  };
}

// ---------------------------------------------------------------- family and relationships
const FAMILY: Array<[src: string, drafts: Array<[string, string]>]> = [
  ['Client lives with her mother and two younger brothers.', [
    ['register-shift', 'Client lives with her mom and 2 younger brothers.'],
    ['voice', 'Her mother and two younger brothers live with the client.'],
    ['omission', 'Client lives with her mother.'],
    ['role-reference', 'Q.T. lives with her mother and two younger brothers.'],
  ]],
  ['Pt reports ongoing conflict with his partner about money.', [
    ['register-shift', 'Pt reports arguing with his partner over finances.'],
    ['shorthand-expand', 'The patient reports ongoing conflict with his partner about money.'],
    ['omission', 'Pt reports conflict with his partner.'],
  ]],
  ['Client separated from her husband three months ago.', [
    ['time-paraphrase', 'Client separated from her husband 3 months ago.'],
    ['register-shift', 'Client and her husband split up three months ago.'],
    ['voice', 'Three months ago, client separated from her husband.'],
  ]],
  ['He sees his two children every other weekend.', [
    ['frequency-format', 'He sees his 2 children on alternate weekends.'],
    ['number-words', 'He sees his 2 children every other weekend.'],
    ['frequency-format', 'He has his two kids every second weekend.'],
  ]],
  ['Client describes her sister as her main source of support.', [
    ['reporting-verb', 'Client identifies her sister as her main source of support.'],
    ['voice', 'Her sister is described by the client as her main support.'],
    ['register-shift', 'Client says her sister is the person she relies on most.'],
  ]],
  ['Pt reports that his father died in March.', [
    ['register-shift', 'Pt reports that his father passed away in March.'],
    ['clause-reorder', 'In March, pt\'s father died.'],
    ['reporting-verb', 'Pt shares that his father died in March.'],
  ]],
  ['Client and her wife have been together for twelve years.', [
    ['number-words', 'Client and her wife have been together for 12 years.'],
    ['register-shift', 'Client has been in a relationship with her wife for twelve years.'],
  ]],
  ['The client\'s mother attended the first half of the session.', [
    ['voice', 'Mother attended the first half of the session.'],
    ['register-shift', 'Client\'s mum joined for the first half of the session.'],
  ]],
  ['Z.K. reports feeling isolated since moving away from friends in June.', [
    ['register-shift', 'Z.K. reports loneliness since moving away from friends in June.'],
    ['clause-reorder', 'Since moving away from friends in June, Z.K. reports feeling isolated.'],
    ['role-reference', 'He reports feeling isolated since moving away from friends in June.'],
  ]],
  ['Pt denies conflict at home.', [
    ['negation-paraphrase', 'Pt reports no conflict at home.'],
    ['negation-paraphrase', 'No conflict at home reported.'],
  ]],
];

// ---------------------------------------------------------------- substance use
const SUBSTANCE: Array<[src: string, drafts: Array<[string, string]>]> = [
  ['Client reports drinking four beers twice a week.', [
    ['frequency-format', 'Client reports drinking 4 beers 2x/week.'],
    ['shorthand-contract', 'ETOH: 4 beers 2x/wk.'],
    ['number-words', 'Client drinks 4 beers twice weekly.'],
    ['omission', 'Client reports drinking beer twice a week.'],
  ]],
  ['Pt has been abstinent from alcohol for 30 days.', [
    ['negation-paraphrase', 'Pt has not had a drink in 30 days.'],
    ['shorthand-contract', 'Pt sober from ETOH x30 days.'],
    ['number-words', 'Pt has been abstinent from alcohol for thirty days.'],
    ['time-paraphrase', 'Pt has been abstinent from alcohol for the past 30 days.'],
  ]],
  ['He smokes about ten cigarettes a day.', [
    ['number-words', 'He smokes about 10 cigarettes a day.'],
    ['frequency-format', 'He smokes approximately 10 cigarettes per day.'],
    ['shorthand-contract', 'Smokes ~10 cigs/day.'],
  ]],
  ['Client uses cannabis every evening to help with sleep.', [
    ['register-shift', 'Client reports daily evening cannabis use to aid sleep.'],
    ['frequency-format', 'Client uses cannabis nightly to help with sleep.'],
    ['clause-reorder', 'To help with sleep, client uses cannabis every evening.'],
  ]],
  ['Pt denies any other drug use.', [
    ['negation-paraphrase', 'Pt reports no other drug use.'],
    ['negation-paraphrase', 'No other drug use reported.'],
  ]],
  ['Client reports last using cocaine two weeks ago.', [
    ['time-paraphrase', 'Client last used cocaine 14 days ago.'],
    ['number-words', 'Client reports last using cocaine 2 weeks ago.'],
    ['voice', 'Cocaine was last used two weeks ago, per client.'],
  ]],
  ['She drinks about three cups of coffee a day.', [
    ['number-words', 'She drinks about 3 cups of coffee a day.'],
    ['register-shift', 'She reports caffeine intake of about three cups of coffee daily.'],
  ]],
  ['Pt attends AA meetings twice a week.', [
    ['frequency-format', 'Pt attends AA 2x/week.'],
    ['shorthand-expand', 'The patient attends Alcoholics Anonymous meetings twice a week.'],
  ]],
  ['Urine drug screen today was negative for all substances.', [
    ['shorthand-contract', 'UDS negative today.'],
    ['negation-paraphrase', 'Today\'s urine drug screen detected no substances.'],
  ]],
  ['Client reports binge drinking on weekends, up to eight drinks per night.', [
    ['number-words', 'Client binge drinks on weekends, up to 8 drinks a night.'],
    ['hedge-kept', 'Client reports up to 8 drinks per night on weekends.'],
  ]],
];

// ---------------------------------------------------------------- interventions done
const INTERVENTIONS: Array<[src: string, drafts: Array<[string, string]>]> = [
  ['Clinician taught diaphragmatic breathing and the client practised it in session.', [
    ['voice', 'Diaphragmatic breathing was taught and practised in session.'],
    ['summary-two-segments', 'Client learned and practised diaphragmatic breathing in session.'],
  ]],
  ['Psychoeducation on sleep hygiene was provided.', [
    ['voice', 'Writer provided psychoeducation on sleep hygiene.'],
    ['register-shift', 'Provided education about healthy sleep habits.'],
  ]],
  ['Used motivational interviewing to explore ambivalence about drinking.', [
    ['shorthand-contract', 'MI used to explore ambivalence re: drinking.'],
    ['voice', 'Ambivalence about drinking was explored using motivational interviewing.'],
  ]],
  ['The safety plan was reviewed and updated with the client.', [
    ['voice', 'Clinician reviewed and updated the safety plan with the client.'],
    ['omission', 'Safety plan reviewed.'],
  ]],
  ['Cognitive restructuring was used to challenge all-or-nothing thinking.', [
    ['voice', 'Writer used cognitive restructuring to challenge all-or-nothing thinking.'],
    ['register-shift', 'Worked on challenging black-and-white thinking with cognitive restructuring.'],
  ]],
  ['Role-played assertive communication with her manager.', [
    ['register-shift', 'Practised assertiveness with her manager through role-play.'],
    ['voice', 'Assertive communication with her manager was role-played.'],
  ]],
  ['Completed a chain analysis of Friday\'s self-harm urge.', [
    ['voice', 'A chain analysis of Friday\'s self-harm urge was completed.'],
    ['omission', 'Completed a chain analysis.'],
  ]],
  ['Grounding techniques (5-4-3-2-1) were practised twice in session.', [
    ['count-x', 'Practised 5-4-3-2-1 grounding x2 in session.'],
    ['number-words', 'Grounding techniques were practised two times in session.'],
  ]],
  ['Reviewed the behavioural activation plan for the coming week.', [
    ['shorthand-contract', 'Reviewed BA plan for next week.'],
    ['voice', 'The behavioural activation plan for the coming week was reviewed.'],
  ]],
  ['Progressive muscle relaxation was introduced; client reported feeling calmer afterwards.', [
    ['omission', 'Progressive muscle relaxation was introduced.'],
    ['shorthand-contract', 'PMR introduced; client reported feeling calmer after.'],
  ]],
];

// ---------------------------------------------------------------- plans and referrals
const PLANS: Array<[src: string, drafts: Array<[string, string]>]> = [
  ['Follow up in two weeks.', [
    ['shorthand-contract', 'F/u 2 wks.'],
    ['time-paraphrase', 'Next appointment in 14 days.'],
    ['number-words', 'Follow-up in 2 weeks.'],
  ]],
  ['Referred to psychiatry for a medication evaluation.', [
    ['shorthand-contract', 'Referral to psychiatry for med eval.'],
    ['voice', 'Writer referred the client to psychiatry for a medication evaluation.'],
    ['register-shift', 'Pt was referred to a psychiatrist for a medication review.'],
  ]],
  ['Plan to continue weekly CBT sessions.', [
    ['frequency-format', 'Will continue CBT once a week.'],
    ['shorthand-contract', 'Continue CBT 1x/week.'],
  ]],
  ['Client will call the crisis line if thoughts of suicide return.', [
    ['shorthand-contract', 'Client will call the crisis line if SI returns.'],
    ['clause-reorder', 'If thoughts of suicide return, client will call the crisis line.'],
  ]],
  ['Referral sent to the eating disorder service on Monday.', [
    ['voice', 'Writer sent a referral to the eating disorder service on Monday.'],
    ['shorthand-contract', 'ED service referral sent Monday.'],
  ]],
  ['Next session scheduled for Thursday at 3 pm.', [
    ['number-words', 'Next session booked for Thursday at 3:00 pm.'],
    ['register-shift', 'Will see the client again on Thursday at 15:00.'],
  ]],
  ['Client agreed to try the sleep diary for one week.', [
    ['number-words', 'Client agreed to try the sleep diary for 1 week.'],
    ['reporting-verb', 'Client is willing to keep the sleep diary for one week.'],
  ]],
  ['Writer will contact the GP to request recent blood results.', [
    ['shorthand-contract', 'Writer to contact GP re: recent bloods.'],
    ['voice', 'The GP will be contacted for recent blood results.'],
  ]],
  ['Discharge planned after two more sessions if progress continues.', [
    ['hedge-kept', 'If progress continues, discharge is planned after 2 more sessions.'],
    ['clause-reorder', 'If progress continues, client will be discharged after two more sessions.'],
  ]],
  ['Referred to the housing support worker for help with rent arrears.', [
    ['register-shift', 'Referred to housing support for help with unpaid rent.'],
    ['omission', 'Referred to the housing support worker.'],
  ]],
];

// ---------------------------------------------------------------- school and work
const SCHOOL: Array<[src: string, drafts: Array<[string, string]>]> = [
  ['Client missed three days of school last week due to headaches.', [
    ['count-x', 'Client absent from school x3 days last week due to headaches.'],
    ['number-words', 'Client missed 3 school days last week because of headaches.'],
    ['omission', 'Client missed school last week.'],
  ]],
  ['Pt returned to work part-time, 20 hours per week.', [
    ['shorthand-contract', 'Pt back at work part-time, 20 hrs/wk.'],
    ['number-words', 'Pt returned to work part-time for twenty hours a week.'],
  ]],
  ['Her grades have dropped from Bs to Ds this term.', [
    ['register-shift', 'Her grades have fallen from Bs to Ds this term.'],
    ['arrow-shorthand', 'Grades ↓ from Bs to Ds this term.'],
  ]],
  ['He was signed off work for two weeks with stress.', [
    ['register-shift', 'He has a fit note for two weeks due to stress.'],
    ['time-paraphrase', 'He was signed off work for 14 days with stress.'],
  ]],
  ['Client works night shifts at a warehouse, four nights a week.', [
    ['frequency-format', 'Client works warehouse night shifts 4x/week.'],
    ['clause-reorder', 'Four nights a week, client works night shifts at a warehouse.'],
  ]],
  ['Pt reports being bullied at school by two classmates.', [
    ['voice', 'Pt reports that two classmates are bullying her at school.'],
    ['number-words', 'Pt reports being bullied at school by 2 classmates.'],
  ]],
  ['Client lost her job in September.', [
    ['register-shift', 'Client became unemployed in September.'],
    ['role-reference', 'She lost her job in September.'],
  ]],
  ['Z.K. is in Year 10 and has a learning support plan.', [
    ['register-shift', 'Z.K. is in Year 10 with a learning support plan in place.'],
    ['omission', 'Z.K. is in Year 10.'],
  ]],
];

// ---------------------------------------------------------------- attendance
const ATTENDANCE: Array<[src: string, drafts: Array<[string, string]>]> = [
  ['Client attended 5 of 6 scheduled sessions.', [
    ['number-words', 'Client attended five of six scheduled sessions.'],
    ['shorthand-contract', '5/6 sessions attended.'],
    ['number-words', 'Client has attended five out of six sessions.'],
  ]],
  ['Pt arrived 15 minutes late.', [
    ['duration-units', 'Pt arrived a quarter of an hour late.'],
    ['shorthand-contract', 'Pt arrived 15 min late.'],
  ]],
  ['The session lasted 50 minutes.', [
    ['shorthand-contract', '50-min session.'],
    ['voice', 'Writer met with the client for 50 minutes.'],
  ]],
  ['Client did not attend the last appointment.', [
    ['register-shift', 'Client missed the last appointment.'],
    ['shorthand-contract', 'DNA last appt.'],
  ]],
  ['Session held by video because the client was unwell.', [
    ['register-shift', 'Session conducted via telehealth as the client was unwell.'],
    ['clause-reorder', 'Because the client was unwell, the session was held by video.'],
  ]],
  ['Pt has attended every group session this month.', [
    ['negation-paraphrase', 'Pt has not missed any group sessions this month.'],
    ['register-shift', 'Pt attended all group sessions this month.'],
  ]],
  ['Client cancelled twice in October due to work.', [
    ['count-x', 'Client cancelled x2 in October due to work.'],
    ['number-words', 'Client cancelled two times in October because of work.'],
  ]],
  ['The intake assessment took 90 minutes.', [
    ['duration-units', 'The intake assessment took an hour and a half.'],
    ['duration-units', 'The intake assessment took 1.5 hours.'],
  ]],
];

// A neutral segment each pair carries as uncited context, as a real note has more than the cited part.
const CONTEXT = ['Session held in the clinic office.', 'Writer met with the client for an individual session.', 'Seen for a scheduled appointment.'];

/** Turns facts into pairs: every draft of every fact, its segments cited unless the draft says which. */
export function toPairs(prefix: string, facts: Fact[]): Pair[] {
  const pairs: Pair[] = [];
  facts.forEach((f, i) => {
    const sources = [...f.sources, pick(CONTEXT, i)];
    f.drafts.forEach(([phenomenon, sentence, cites], j) => {
      pairs.push({ id: `${prefix}-${String(i).padStart(3, '0')}-${j}`, sources, sentence, cites: cites ?? f.sources.map((_, k) => k), gold: 'SUPPORTED', phenomenon });
    });
  });
  return pairs;
}

const listed = (bank: Array<[string | string[], Fact['drafts']]>): Fact[] =>
  bank.map(([src, drafts]) => ({ sources: Array.isArray(src) ? src : [src], drafts }));

/** The development bank's facts (written for this round; tuned on). */
export function devFacts(): Fact[] {
  const facts: Fact[] = [];
  const slotted: Array<[n: number, f: (i: number, p: Person) => Fact]> = [
    [MOODS.length, mood],
    [SLEEP.length, sleep],
    [APPETITE.length, appetite],
    [MEDS.length, medication],
    [SCORES.length, score],
    [HOMEWORK.length, homework],
  ];
  for (const [n, f] of slotted) for (let i = 0; i < n; i++) facts.push(f(i, pick(PEOPLE, i)));
  facts.push(...listed(DENIED), ...listed(ENDORSED), ...listed(FAMILY), ...listed(SUBSTANCE), ...listed(INTERVENTIONS), ...listed(PLANS), ...listed(SCHOOL), ...listed(ATTENDANCE));
  return facts;
}

/** The development pairs: every faithful draft of every fact in the bank. */
export function generateFaithful(): Pair[] {
  return toPairs('genfa', devFacts());
}

// `node --import tsx bench/grounding/gen-faithful.ts` prints the bank's size and pairs per phenomenon.
if (import.meta.url === `file://${process.argv[1]}`) {
  const pairs = generateFaithful();
  const by = new Map<string, number>();
  for (const p of pairs) by.set(p.phenomenon, (by.get(p.phenomenon) ?? 0) + 1);
  console.log(`${devFacts().length} facts, ${pairs.length} pairs, ${by.size} phenomena`);
  for (const [k, n] of [...by].sort()) console.log(`  ${k}\t${n}`);
  if (process.argv.includes('--print')) for (const p of pairs) console.log(JSON.stringify(p));
}
