// Slot conflicts (issue 15, round 4): a draft that states another value of the same kind as the
// source — "Tuesday" for "Thursday", "lives alone" for "lives with his wife", "three years" for
// "three months", "fluoxetine" for "sertraline", "by video" for "in person" — uses a word the source
// never holds, so word matching alone reads it as an addition (UNSUPPORTED). It is a contradiction:
// the slot is filled in the source, and the draft fills it differently.
//
// A value belongs to a class (weekday, month, season, time of day, duration unit, person, medication
// by pharmacological class, session format, session modality, living situation, employment,
// school grade, frequency). Some values stand for a group ("parents", "telehealth", "partner",
// "employed") and cover their members either way round: naming one of them is faithful.
// A draft value is in conflict when
//   - no cited segment holds it, nor a value that covers it or that it covers,
//   - it is not an addition: not negated, not beside "also"/"too", not listed next to a value the
//     source does hold ("his wife and his mother-in-law"),
//   - and a cited segment holds another, incompatible value of the class in an aligned place: a
//     clause that shares a content word with the draft's, or the only value of the class the cited
//     segments hold when the draft names only one.
// Pure functions over the raw text; no I/O.
import { lowerOf, readerFor } from './analysis.ts';
import { flatMap, shares as overlaps, stem, matchesOf, recordLookup } from './text.ts';

interface Value {
  cls: string;
  value: string;
  /** Members this value stands for ("parents" for mother and father). */
  covers?: readonly string[];
}
interface Found extends Value {
  /** Token index of the value's first word, and one past its last. */
  at: number;
  end: number;
  clause: number;
  /** Named as the one who referred ("referred by X", "X referred"). */
  referrer: boolean;
  /** Under a negation ("not employed", "no longer lives alone"). */
  neg: boolean;
  /** A state before a change ("down from daily", "was weekly"): not what holds now. */
  former?: boolean;
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Phrase (space-separated words) → value. Longest phrase wins where phrases overlap. */
const LEXICON = new Map<string, Value>();
const add = (cls: string, value: string, phrases: string, covers?: string): void => {
  for (const p of phrases.split(',')) LEXICON.set(p.trim(), covers === undefined ? { cls, value } : { cls, value, covers: covers.split(' ') });
};
for (const d of WEEKDAYS) add('weekday', d, `${d},${d}s`);
add('weekday', 'tuesday', 'tues');
add('weekday', 'thursday', 'thurs');
for (const m of MONTHS) add('month', m, m);
add('month', 'september', 'sept');
add('season', 'spring', 'spring');
add('season', 'summer', 'summer,summers');
add('season', 'autumn', 'autumn');
add('season', 'winter', 'winter,winters');
add('timeofday', 'morning', 'morning,mornings');
add('timeofday', 'afternoon', 'afternoon,afternoons');
add('timeofday', 'night', 'night,nights,evening,evenings,bedtime,qhs,at night');

// People: relatives and the professionals who refer, report or prescribe.
add('person', 'mother', 'mother,mom,mum,mommy,mama,birth mother,foster mother');
add('person', 'father', 'father,dad,daddy,papa,birth father,foster father');
add('person', 'stepmother', 'stepmother,stepmom');
add('person', 'stepfather', 'stepfather,stepdad');
add('person', 'parents', 'parents,both parents,caregivers', 'mother father stepmother stepfather');
add('person', 'wife', 'wife');
add('person', 'husband', 'husband');
add('person', 'boyfriend', 'boyfriend');
add('person', 'girlfriend', 'girlfriend');
add('person', 'partner', 'partner,spouse', 'wife husband boyfriend girlfriend fiance fiancee');
add('person', 'fiance', 'fiance');
add('person', 'fiancee', 'fiancee');
add('person', 'sister', 'sister');
add('person', 'brother', 'brother');
add('person', 'siblings', 'siblings,sibling', 'sister brother');
add('person', 'daughter', 'daughter');
add('person', 'son', 'son');
add('person', 'children', 'children,kids,child', 'son daughter');
add('person', 'grandmother', 'grandmother,grandma,granny,nana');
add('person', 'grandfather', 'grandfather,grandpa,grandad,granddad');
add('person', 'grandparents', 'grandparents', 'grandmother grandfather');
add('person', 'aunt', 'aunt');
add('person', 'uncle', 'uncle');
add('person', 'cousin', 'cousin');
add('person', 'motherinlaw', 'motherinlaw');
add('person', 'fatherinlaw', 'fatherinlaw');
add('person', 'roommate', 'roommate,flatmate,housemate');
add('person', 'friend', 'friend');
add('person', 'pcp', 'pcp,gp,family doctor,primary care,primary care doctor,primary care physician,primary care provider');
add('person', 'pediatrician', 'pediatrician,paediatrician');
add('person', 'psychiatrist', 'psychiatrist');
add('person', 'doctor', 'doctor,physician,prescriber,dr', 'pcp pediatrician psychiatrist');
add('person', 'schoolcounsellor', 'school counsellor,school counselor,guidance counsellor,guidance counselor');
add('person', 'schoolnurse', 'school nurse');
add('person', 'teacher', 'teacher,homeroom teacher');
add('person', 'school', 'school staff', 'schoolcounsellor schoolnurse teacher principal');
add('person', 'principal', 'principal');
add('person', 'caseworker', 'caseworker,case worker,social worker,case manager,cps worker');
add('person', 'supervisor', 'supervisor,manager,boss');
add('person', 'employer', 'employer,hr', 'supervisor');
add('person', 'court', 'court,judge,probation officer');
add('person', 'coach', 'coach');
add('person', 'pastor', 'pastor,priest,rabbi,imam');
add('person', 'lawyer', 'lawyer,attorney');
// Organisations act as people do: they refer, report and contact (round 13).
add('person', 'socialcare', 'social care,social services,childrens services,children s services,local authority', 'caseworker');
add('person', 'police', 'police,police officer,police officers');
add('person', 'occupationalhealth', 'occupational health');
add('person', 'housing', 'housing association,housing officer,housing provider');
add('person', 'benefits', 'dwp,jobcentre,job centre,benefits agency');
add('person', 'self', 'self referred,self referral,referred herself,referred himself,referred themselves,referred themself');

// Medications, by the class whose members replace one another in a regimen.
const DRUGS: ReadonlyArray<[string, string]> = [
  ['antidepressant', 'sertraline:zoloft fluoxetine:prozac escitalopram:lexapro citalopram:celexa paroxetine:paxil fluvoxamine:luvox venlafaxine:effexor desvenlafaxine:pristiq duloxetine:cymbalta bupropion:wellbutrin mirtazapine:remeron vortioxetine:trintellix'],
  ['benzodiazepine', 'lorazepam:ativan clonazepam:klonopin alprazolam:xanax diazepam:valium'],
  ['adhd', 'methylphenidate:ritalin:concerta amphetamine:adderall lisdexamfetamine:vyvanse atomoxetine:strattera guanfacine:intuniv'],
  ['antipsychotic', 'quetiapine:seroquel olanzapine:zyprexa aripiprazole:abilify risperidone:risperdal ziprasidone:geodon lurasidone:latuda'],
  ['moodstabiliser', 'lithium lamotrigine:lamictal valproate:depakote divalproex carbamazepine:tegretol'],
  ['hypnotic', 'zolpidem:ambien zopiclone eszopiclone:lunesta'],
];
for (const [cls, list] of DRUGS) {
  for (const entry of list.split(' ')) {
    const [generic, ...brands] = entry.split(':');
    add(`medication:${cls}`, generic!, [generic!, ...brands].join(','));
  }
}

add('format', 'individual', 'individual,individually,one on one');
add('format', 'couples', 'couples,couple,conjoint');
add('format', 'family', 'family session,family sessions,family therapy,family meeting');
add('format', 'group', 'group,groups');
add('modality', 'inperson', 'in person,face to face,in office,in the office,in clinic,in the clinic,office visit');
add('modality', 'remote', 'telehealth,telemedicine,virtual,virtually,remote,remotely,online', 'video phone');
add('modality', 'video', 'video,zoom,video call');
add('modality', 'phone', 'phone,telephone,by phone');

add('employment', 'employed', 'employed,working,works', 'fulltime parttime');
add('employment', 'fulltime', 'full time,fulltime');
add('employment', 'parttime', 'part time,parttime');
add('employment', 'unemployed', 'unemployed,out of work,jobless,laid off');
add('employment', 'retired', 'retired');
add('employment', 'disability', 'on disability,disability leave');
add('employment', 'leave', 'sick leave,on leave,medical leave');

add('frequency', 'daily', 'daily,nightly,every day,each day,every night,each night,a day,per day,bid,tid,qd,/ day,/ night');
add('frequency', 'weekly', 'weekly,every week,each week,a week,per week,once a week,/ wk,/ week');
add('frequency', 'biweekly', 'biweekly,fortnightly,every other week,every two weeks,every 2 weeks');
add('frequency', 'monthly', 'monthly,every month,each month,a month,per month,once a month,/ month,/ mo');

// (Round 12: more classes whose members replace one another in the same slot — a meal, a school
// subject, an injection site, a form of gambling, a way of travelling. Anchored like a person: the
// draft's clause must share a content word with the source's.)
add('meal', 'breakfast', 'breakfast,breakfasts');
add('meal', 'lunch', 'lunch,lunches,midday meal');
add('meal', 'dinner', 'dinner,dinners,supper,evening meal');
add('subject', 'maths', 'maths,math,mathematics,algebra');
add('subject', 'english', 'english,literature');
add('subject', 'science', 'science,biology,chemistry,physics');
add('subject', 'history', 'history lessons,history class');
add('subject', 'pe', 'pe,physical education,games lessons');
add('site', 'deltoid', 'deltoid,upper arm,left arm,right arm');
add('site', 'gluteal', 'gluteal,buttock,buttocks,glute');
add('site', 'thigh', 'thigh,vastus lateralis');
add('gambling', 'slots', 'slots,slot machines,fruit machines,online slots');
add('gambling', 'betting', 'sports betting,betting on football,horse racing,bookmakers');
add('gambling', 'poker', 'poker');
add('gambling', 'casino', 'roulette,blackjack,casino games');
add('gambling', 'scratchcards', 'scratchcards,scratch cards,lottery');
add('travel', 'driving', 'driving,drove,drive home');
add('travel', 'walking', 'walking,walked,on foot');
add('travel', 'cycling', 'cycling,cycled,bike,bicycle');

/** Employment values that can hold together ("full-time", "on sick leave"; "student" is not listed). */
const COMPATIBLE = new Set(['fulltime leave', 'parttime leave', 'employed leave', 'leave fulltime', 'leave parttime', 'leave employed', 'disability leave', 'leave disability']);
/** The classes that say where and with whom a client lives; found only after a verb of living. */
const LIVING_VERBS = new Set(['live', 'lives', 'living', 'lived', 'stays', 'staying', 'stay', 'resides', 'residing']);
const NUMBER_WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const ORDINALS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12 };
const UNITS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:days?)$/, 'day'],
  [/^(?:weeks?|wks?)$/, 'week'],
  [/^(?:months?|mos?|mths?)$/, 'month'],
  [/^(?:years?|yrs?)$/, 'year'],
  [/^(?:hours?|hrs?)$/, 'hour'],
  [/^(?:minutes?|mins?)$/, 'minute'],
];
/** Classes whose slot must share a content word with the draft's clause to count as the same slot. */
const ANCHORED = new Set(['person', 'weekday', 'month', 'season', 'timeofday', 'modality', 'meal', 'subject', 'site', 'gambling', 'travel']);
/** Days in each unit of a duration, to tell "14 days" from "2 weeks" apart from "2 months". */
const DAYS: Readonly<Record<string, number>> = { minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, month: 30, year: 365 };
const unitOf = (x: Value): string => x.value.split(' ')[1] ?? '';
const PAST = new Set(['used', 'previously', 'formerly', 'was', 'were', 'had', 'from', 'before', 'earlier', 'intake', 'baseline', 'until', 'decreased', 'increased', 'reduced', 'down', 'up', 'cut']);
const NEGATORS = new Set(['not', 'no', 'never', 'nor', 'without', 'denies', 'longer']);
const ADDITIVE = new Set(['also', 'too', 'additionally', 'another', 'plus', 'added']);
const LISTING = new Set(['and', 'or', ',', '&', '/', 'both', 'either']);
const STOP = new Set(
  'the a an and or of to in on at by for with from about as is are was were be been being has have had do does did will would can could should may might must this that these those it its he she they him her his their them i me my we our you your who which what when where there here than then so but if not no also too very just only now client patient pt reports reported says said per currently current still mostly about approx around every each'.split(' '),
);

interface Parsed {
  words: string[];
  clauseOf: number[];
  values: Found[];
}

/**
 * (Round vspeed5b.) A digit anywhere in the text: the patterns below that match one (a decimal, a
 * number before a hyphen, "x3", and in quantityClausesOf, changesOfText, counted, allNumbers and
 * quantityConflicts the number patterns, each of which contains `\d`) are passed over where there is
 * none. Most texts of talk and most clauses hold no digit; the answers are the patterns' own (none).
 */
const DIGIT = /\d/;

/** Lower-case words and clause breaks, with the compounds that name one value joined first. */
function tokens(text: string): { words: string[]; clauseOf: number[] } {
  // "May" and "March" are months only when capitalised; "may"/"march" are a modal and a verb and
  // are marked so that no phrase matches them.
  let t = text.replace(/\b(may|march)\b/g, '$1_').toLowerCase();
  // (Each rewrite only where its required text stands: vspeed5b.)
  if (t.includes('-in-law')) t = t.replace(/\b(mother|father|sister|brother|son|daughter)-in-law\b/g, '$1inlaw');
  if (t.includes('f/u')) t = t.replace(/\bf\/u\b/g, 'followup');
  // A decimal ("0.5 mg") and a title ("Dr.", "Mx.") end no clause.
  const digits = DIGIT.test(t);
  if (digits) t = t.replace(/(\d)\.(\d)/g, '$1p$2');
  t = t.replace(/\b(mr|mrs|ms|mx|dr)\./g, '$1');
  if (digits) t = t.replace(/(\d)-(?=[a-z])/g, '$1 ').replace(/\bx(\d+)\b/g, '$1');
  t = t.replace(/-/g, ' ');
  const words: string[] = [];
  const clauseOf: number[] = [];
  let clause = 0;
  for (const m of matchesOf(t, /[a-z0-9'_]+|[.;!?\n]|[,&/]/g)) {
    const w = m[0];
    // (A break is one character of its own: the pattern's second alternative.)
    if (w.length === 1 && (w === '.' || w === ';' || w === '!' || w === '?' || w === '\n')) {
      clause++;
      continue;
    }
    words.push(w.endsWith("'s") ? w.slice(0, -2) : w);
    clauseOf.push(clause);
  }
  return { words, clauseOf };
}

/** Only ASCII digits, at least one: `/^\d+$/.test(w)` without a pattern run per word. */
const allDigits = (w: string): boolean => {
  if (w.length === 0) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
};
// (NUMBER_WORDS looked up through a Map that answers as the record does, inherited names included.)
const NUMBER_WORD_OF = recordLookup(NUMBER_WORDS);
const numberOf = (w: string): number | null => (allDigits(w) ? Number(w) : NUMBER_WORD_OF.get(w) ?? null);

// A source segment is cited by many sentences, and each sentence is checked twice (conflicts,
// then held words): each text's slots and quantities are read once and shared (analysis.ts).
const once = readerFor('slots');
const parse = (text: string): Parsed => once('parse', text, parseText);

// The phrase lengths each word starts in the lexicon, as a bit mask (bit n: some phrase of n words
// starts with it). Most words start none: the lookups of 4, 3, 2 and 1 joined words at every
// position are skipped for them (a phrase of n words can only start with its own first word).
// Built on first use, after every module-level add(); rebuilt if the lexicon has grown since.
let firstWordLengths: Map<string, number> | undefined;
let indexedSize = -1;
function phraseLengths(first: string): number {
  if (firstWordLengths === undefined || indexedSize !== LEXICON.size) {
    firstWordLengths = new Map();
    for (const k of LEXICON.keys()) {
      const parts = k.split(' ');
      firstWordLengths.set(parts[0]!, (firstWordLengths.get(parts[0]!) ?? 0) | (1 << parts.length));
    }
    indexedSize = LEXICON.size;
  }
  return firstWordLengths.get(first) ?? 0;
}

function parseText(text: string): Parsed {
  const { words, clauseOf } = tokens(text);
  const values: Found[] = [];
  for (let i = 0; i < words.length; ) {
    let hit: Value | undefined;
    let len = 0;
    const lengths = phraseLengths(words[i]!);
    for (let n = Math.min(4, words.length - i); n >= 1 && hit === undefined; n--) {
      if ((lengths & (1 << n)) === 0) continue;
      if (clauseOf[i + n - 1] !== clauseOf[i]) continue;
      const v = LEXICON.get(words.slice(i, i + n).join(' '));
      if (v !== undefined) {
        hit = v;
        len = n;
      }
    }
    if (hit === undefined) {
      i++;
      continue;
    }
    const prev = words.slice(Math.max(0, i - 3), i);
    const next = words.slice(i + len, i + len + 2);
    let keep = true;
    // Formats name a session's kind only beside a word for sessions.
    if (hit.value === 'group' && next[0] === 'home') keep = false;
    if (hit.cls === 'format' && hit.value === 'individual' && !words.slice(i + 1, i + 4).some((w) => /^(?:session|sessions|therapy|counselling|counseling|dbt|check|work|appointment|appointments|meeting)$/.test(w)) && words[i] !== 'individually') keep = false;
    if (hit.cls === 'format' && hit.value === 'couples' && words[i] === 'couple' && prev[prev.length - 1] === 'the') keep = false;
    if (hit.value === 'remote' && words[i] === 'remote' && next[0] === 'work') keep = false;
    // ("4-hr shifts": "hr" after a number is hours, not human resources.)
    if (hit.cls === 'person' && words[i] === 'hr' && /^\d/.test(prev[prev.length - 1] ?? '')) keep = false;
    // "mother of two" describes the client, and names no one else.
    if (hit.cls === 'person' && next[0] === 'of') keep = false;
    // "Per mother, …", "according to her father": who told, not a person the fact is about.
    if (hit.cls === 'person' && (prev[prev.length - 1] === 'per' || (prev[prev.length - 2] === 'according' && prev[prev.length - 1] === 'to') || (prev[prev.length - 3] === 'according' && prev[prev.length - 2] === 'to'))) keep = false;
    if (keep) {
      const before = prev.join(' ');
      const referrer = (/\b(?:referred by|referral from|referred from)\b/.test(before) || /^(?:referred|refers|referral)$/.test(words[i + len] ?? '')) && hit.cls === 'person';
      const neg = prev.some((w) => NEGATORS.has(w));
      // (Field by field, in the spread's order: the same object, without the spread's slow copy.)
      const at = i;
      const end = i + len;
      const clause = clauseOf[i]!;
      const isReferrer = referrer || hit.value === 'self';
      values.push(hit.covers === undefined ? { cls: hit.cls, value: hit.value, at, end, clause, referrer: isReferrer, neg } : { cls: hit.cls, value: hit.value, covers: hit.covers, at, end, clause, referrer: isReferrer, neg });
    }
    // "every Sunday", "each morning": a day or a time of day that recurs is also a frequency.
    if (keep && (hit.cls === 'weekday' || hit.cls === 'timeofday') && (prev[prev.length - 1] === 'every' || prev[prev.length - 1] === 'each')) {
      values.push({ cls: 'frequency', value: hit.cls === 'weekday' ? 'weekly' : 'daily', at: i - 1, end: i + len, clause: clauseOf[i]!, referrer: false, neg: false });
    }
    i += len;
  }
  // "The school referred", "the school called": the school as the one who acts.
  words.forEach((w, i) => {
    if (w === 'school' && /^(?:referred|refers|called|calls|reported|reports|contacted|says|said)$/.test(words[i + 1] ?? '')) values.push({ cls: 'person', value: 'school', covers: ['schoolcounsellor', 'schoolnurse', 'teacher', 'principal'], at: i, end: i + 1, clause: clauseOf[i]!, referrer: words[i + 1]!.startsWith('refer'), neg: false });
  });
  // Living situation: "lives alone", "lives with X", "lives in a shelter".
  words.forEach((w, i) => {
    if (!LIVING_VERBS.has(w)) return;
    for (let k = i + 1; k < Math.min(words.length, i + 5) && clauseOf[k] === clauseOf[i]; k++) {
      const x = words[k]!;
      const two = `${x} ${words[k + 1] ?? ''}`;
      const value = x === 'alone' || two === 'on her' || two === 'on his' || two === 'on their' || two === 'by herself' || two === 'by himself' ? 'alone' : x === 'with' ? 'withothers' : x === 'shelter' || x === 'homeless' || x === 'unhoused' ? 'shelter' : null;
      if (value !== null) {
        values.push({ cls: 'living', value, at: k, end: k + 1, clause: clauseOf[k]!, referrer: false, neg: words.slice(Math.max(0, i - 3), i).some((y) => NEGATORS.has(y)) });
        break;
      }
    }
  });
  // Durations: a count and a unit ("3 months", "x3 months", "eight years").
  words.forEach((w, i) => {
    const n = numberOf(w);
    const u = words[i + 1];
    if (n === null || u === undefined) return;
    const unit = UNITS.find(([re]) => re.test(u))?.[1];
    // ("an 8-year-old" is an age.)
    if (unit !== undefined && !/^olds?$/.test(words[i + 2] ?? '')) values.push({ cls: 'duration', value: `${n} ${unit}`, at: i, end: i + 2, clause: clauseOf[i]!, referrer: false, neg: false });
  });
  // School grades: "gr 8", "grade 7", "7th grade", "ninth grader", "kindergarten".
  words.forEach((w, i) => {
    let g: number | null = null;
    if ((w === 'gr' || w === 'grade') && numberOf(words[i + 1] ?? '') !== null) g = numberOf(words[i + 1]!);
    else if (/^(?:grade|grader|graders)$/.test(words[i + 1] ?? '')) g = ORDINALS[w] ?? (/^(\d+)(?:st|nd|rd|th)$/.test(w) ? Number(/^\d+/.exec(w)![0]) : null);
    else if (w === 'kindergarten' || w === 'kindergartener') g = 0;
    if (g !== null) values.push({ cls: 'grade', value: g === 0 ? 'kindergarten' : `grade ${g}`, at: i, end: i + 1, clause: clauseOf[i]!, referrer: false, neg: false });
  });
  for (const v of values) {
    const before = words.slice(Math.max(0, v.at - 2), v.at);
    if (before.includes('from') || before.includes('previously') || before.includes('formerly')) v.former = true;
  }
  return { words, clauseOf, values };
}

const related = (a: Value, b: Value): boolean => a.value === b.value || a.covers?.includes(b.value) === true || b.covers?.includes(a.value) === true;
const compatible = (a: Value, b: Value): boolean => a.cls === 'employment' && COMPATIBLE.has(`${a.value} ${b.value}`);

/** Content words of a clause, stemmed, without the value's own words: what a slot is about. */
function anchors(p: Parsed, clause: number, skip: ReadonlySet<number>): Set<string> {
  const out = new Set<string>();
  p.words.forEach((w, i) => {
    if (p.clauseOf[i] !== clause || skip.has(i) || STOP.has(w) || w.length < 3 || /^[,&/]$/.test(w)) return;
    out.add(stem(w));
  });
  return out;
}

const label = (v: Found, p: Parsed): string => {
  // ("2x/wk" reads better whole than as "/ wk".)
  if (p.words[v.at] === '/' && v.at > 0) return `${p.words[v.at - 1]}/${p.words.slice(v.at + 1, v.end).join(' ')}`;
  return p.words.slice(v.at, v.end).join(' ').replace(/inlaw$/, '-in-law');
};

/**
 * The slot conflicts of a draft sentence against the segments it cites: one reason per conflict,
 * "source says Thursday; draft says Tuesday".
 */
export function slotConflicts(sentence: string, sources: readonly string[]): string[] {
  const quantities = [...quantityConflicts(sentence, sources), ...attributionConflicts(sentence, sources), ...prescriberConflicts(sentence, sources)];
  const d = parse(sentence);
  if (d.values.length === 0) return quantities;
  const srcs = sources.map(parse);
  // A draft that speaks of the past ("used to", "was", "from") may name a source's former value.
  const draftPast = d.words.some((w) => PAST.has(w));
  // A slot's own words never align it; the other values of the clause ("psychiatrist", "every
  // other week") do, as any content word does.
  const span = (v: Found): Set<number> => new Set(Array.from({ length: v.end - v.at }, (_, k) => v.at + k));
  const out: string[] = [];
  for (const v of d.values) {
    if (v.neg) continue;
    const all = flatMap(srcs, (p) => p.values.filter((s) => s.cls === v.cls && (s.former !== true || draftPast || v.former === true)).map((s) => ({ s, p })));
    // "Referred by X" is matched only by a referrer of the source; other people are matched anywhere.
    const pool = v.referrer && all.some(({ s }) => s.referrer) ? all.filter(({ s }) => s.referrer) : all;
    // The source names this value, or a group of it the draft names one member of ("both parents"
    // for "her father"), or one member of the group the draft names.
    if (pool.length === 0 || pool.some(({ s }) => s.value === v.value || v.covers?.includes(s.value) === true)) continue;
    const byGroup = pool.filter(({ s }) => s.covers?.includes(v.value) === true);
    // An addition, not a replacement: "also", "too", "added" in its clause, or listed beside a value the source holds.
    if (d.words.some((w, k) => d.clauseOf[k] === v.clause && ADDITIVE.has(w))) continue;
    // A draft that names a value the source holds beside the new one speaks of both: a switch
    // ("stopped bupropion and switched to escitalopram"), a change ("from daily to twice a week")
    // or a list ("his wife and his mother-in-law") — an addition at most, never a replacement.
    // (A group the draft names, "works", says nothing about which member; for people, who turn up
    // in every clause, only a value listed beside this one counts.)
    const held = (o: Found): boolean => o !== v && o.cls === v.cls && !o.neg && o.covers === undefined && all.some(({ s }) => s.value === o.value);
    const listed = (o: Found): boolean => Math.abs(o.at - v.at) <= 4 && d.words.slice(Math.min(o.end, v.end), Math.max(o.at, v.at)).some((w) => LISTING.has(w));
    if (d.values.some((o) => held(o) && (v.cls !== 'person' || listed(o)))) continue;
    // "Only her mother attended" where the source has both parents: the group, narrowed.
    if (byGroup.length > 0 && d.words.slice(Math.max(0, v.at - 3), v.at).some((w) => w === 'only' || w === 'just')) {
      out.push(`source says ${label(byGroup[0]!.s, byGroup[0]!.p)}; draft says only ${label(v, d)}`);
      continue;
    }
    // Durations conflict only as the same count in another unit ("3 months" for "3 years"); another
    // count is the number check's business (index.ts), and another count in another unit is no slot.
    // Another count in another unit is a conflict only in a clause about the same thing and when
    // the lengths differ ("two years" against "6 months" of vaping; "14 days" is "2 weeks").
    const count = (x: Value): string => x.value.split(' ')[0]!;
    const days = (x: Value): number => Number(count(x)) * (DAYS[x.value.split(' ')[1]!] ?? 0);
    if (v.cls === 'duration' && pool.some(({ s }) => Math.abs(days(s) - days(v)) < 1e-9)) continue;
    // ("nearly three weeks" for "19 days": a length the draft marks as approximate, within about a tenth.)
    const roughly = v.cls === 'duration' && d.words.slice(Math.max(0, v.at - 2), v.at).some((w) => /^(?:about|approximately|roughly|around|nearly|almost|approx|some)$/.test(w));
    if (roughly && pool.some(({ s }) => days(s) > 0 && Math.abs(days(s) - days(v)) / Math.max(days(s), days(v)) <= 0.15)) continue;
    const sameCount = (x: Value): boolean => v.cls !== 'duration' || count(x) === count(v);
    const others = pool.filter(({ s }) => !related(s, v) && !compatible(s, v) && !s.neg && (v.cls !== 'duration' || unitOf(s) !== unitOf(v)));
    if (others.length === 0) continue;
    // (Other values of the same class never align either, nor do people, who turn up in every
    // clause: "the child's teacher" and "the child's father" share the child, not the slot; "her
    // son moved back in May" and "her son lost his job in April" share the son, not the month.)
    const sameClassWords = (p: Parsed): Set<number> => new Set(flatMap(p.values.filter((x) => x.cls === v.cls || x.cls === 'person'), (x) => [...span(x)]));
    const mine = anchors(d, v.clause, sameClassWords(d));
    const namedByDraft = (x: Value): boolean => d.values.some((o) => o.cls === x.cls && o.value === x.value);
    const aligned = others.filter(({ s, p }) => {
      // A value the draft names too is not the one it replaced ("the teacher ... sent to the principal").
      if (namedByDraft(s)) return false;
      // Both name who referred: the same slot.
      if (v.referrer && s.referrer) return true;
      const theirs = anchors(p, s.clause, sameClassWords(p));
      for (const a of mine) if (theirs.has(a)) return true;
      return false;
    });
    // Nothing shared in the clause: still the same slot when the source fills it once (one value,
    // or one list of values in one clause) — unless a group of the source covers the draft's value.
    const oneClause = new Set(others.map(({ s, p }) => `${srcs.indexOf(p)}:${s.clause}`)).size === 1;
    // People, days and months turn up everywhere in a note: for them only a shared word aligns.
    const fallback = others.filter(({ s }) => sameCount(s));
    const chosen = aligned.length > 0 ? aligned : byGroup.length === 0 && oneClause && !ANCHORED.has(v.cls) && fallback.length === others.length ? fallback : [];
    if (chosen.length === 0) continue;
    const names = [...new Set(chosen.map(({ s, p }) => label(s, p)))];
    out.push(`source says ${names.join(', ')}; draft says ${label(v, d)}`);
  }
  return [...quantities, ...out];
}

/**
 * Words of the draft that name a value the cited segments hold, themselves or as a group or a
 * member of one ("father" where the source has "both parents", "telephone" for "phone"): they
 * restate the source, and are never additions.
 */
export function heldSlotWords(sentence: string, sources: readonly string[]): { words: Set<string>; frequency: boolean } {
  const d = parse(sentence);
  const words = new Set<string>();
  let frequency = false;
  if (d.values.length === 0) return { words, frequency };
  const src = flatMap(sources, (s) => { const p = parse(s); return p.values.map((v) => ({ v, p })); });
  // ("3x/week" is weekly, but three times: "once a week" does not restate it.)
  const counted = (x: Found, p: Parsed): boolean => /^(?:\d+x?|twice|thrice|times)$/.test(p.words[x.at - 1] ?? '');
  for (const v of d.values) {
    const same = src.filter(({ v: s }) => s.cls === v.cls && related(s, v));
    if (same.length === 0) continue;
    for (let k = v.at; k < v.end; k++) words.add(d.words[k]!);
    if (v.cls === 'frequency' && same.some(({ v: s, p }) => !counted(s, p))) frequency = true;
  }
  return { words, frequency };
}

// ---- Changes and quantities (round 6) -----------------------------------------------------------
// A value the source gives as a change — "45 min (was 90)", "10 a day, cut down from 20", "9 today
// vs 16 at intake", "now ~1/month, previously 3/week", "from 50 mg to 100 mg" — has a before, an
// after and so a direction. A draft that turns the direction round ("increased to 90 minutes"),
// gives the earlier value as today's ("19 today"), says "all" where the source counts "3 of 4",
// gives another age, another count of times or the same amount in another unit ("48.2 lb" for
// "48.2 kg") contradicts it. Read from the raw lower-cased text, clause by clause.

interface Change {
  before: number;
  after: number;
  /** Content words of the clause: what the change is about. */
  topic: ReadonlySet<string>;
}
const NUM = String.raw`(?<![a-z0-9.])\$?(\d[\d,]*(?:\.\d+)?)`;
const WORDNUM: Readonly<Record<string, string>> = { one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10', twice: '2 times', once: '1 times', thrice: '3 times' };
const toNum = (s: string): number => Number(s.replace(/,/g, ''));
function quantityClauses(text: string): string[] {
  return once('clauses', text, quantityClausesOf);
}
/** Lower case, number words as digits, "~" and "about" dropped, clauses split (a decimal point splits nothing). */
function quantityClausesOf(text: string): string[] {
  let t = text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/\b(one|two|three|four|five|six|seven|eight|nine|ten|twice|once|thrice)\b/g, (w) => WORDNUM[w]!);
  // (Every match of the three rewrites below holds "~" or a digit: passed over where neither stands.)
  if (t.includes('~') || DIGIT.test(t))
    t = t
      .replace(/~\s*|\b(?:about|approx(?:imately)?|around|roughly) (?=\$?\d)/g, '')
      .replace(/(\d)\s*x\b/g, '$1 times')
      // An instrument's number is part of its name ("GAD-7 8" is one score, 8).
      .replace(/\b([a-z]{2,})-?(\d+)\b/g, '$1$2');
  return t.split(/[;\n]|\.(?!\d)|\?|!/).filter((c) => c.trim() !== '');
}
const CONTENT_STOP = new Set([...STOP, 'today', 'week', 'weeks', 'month', 'months', 'night', 'nights', 'since', 'last', 'intake', 'baseline', 'previously', 'prev', 'increased', 'decreased', 'down', 'up', 'from', 'rose', 'fell', 'dropped', 'lowered', 'raised', 'reduced', 'times', 'score', 'scores', 'session']);
const topicOfText = (c: string): Set<string> => new Set((c.match(/[a-z][a-z0-9-]{3,}/g) ?? []).filter((w) => !CONTENT_STOP.has(w)).map((w) => stem(w)));
/** The stems of a (lower-cased) clause's content words, read once per text and shared: never mutate it. */
const topicOf = (c: string): Set<string> => once('topic', c, topicOfText);

// Between the two values of a change, any text but a clause break, a bracket or another number;
// an instrument's digits ("core10", "phq9": quantityClausesOf joins them to the name) are part of a
// word, not a value ("25 on the CORE-10 this session, up from 18").
const GAP = String.raw`(?:[^;()\d]|(?<=[a-z]\d*)\d)`;
const CHANGE_PATTERNS: ReadonlyArray<[RegExp, 'after-before' | 'before-after']> = [
  // "45 min (was 90 min)", "15 (prev 11)"
  [new RegExp(String.raw`${NUM}[^()\d]{0,12}\(\s*(?:was|prev(?:ious(?:ly)?)?|from|down from|up from|baseline|at intake)\s*:?\s*${NUM}`, 'g'), 'after-before'],
  // "21 (9 last)", "14 (19 previously)": the earlier value with its marker after it.
  [new RegExp(String.raw`${NUM}[^()\d]{0,12}\(\s*${NUM}\s*[a-z]{0,10}\s+(?:last|previously|before|prev|earlier)\b`, 'g'), 'after-before'],
  // "10 cigarettes a day, cut down from 20", "$2,000 in october, up from $500"
  [new RegExp(String.raw`${NUM}${GAP}{0,30}?,?\s*(?:up|down|increased|decreased|rose|risen|fell|dropped|cut down|cut back|reduced|lowered|raised|improved|worsened)\s+from\s+${NUM}`, 'g'), 'after-before'],
  // "PHQ-9 11, was 16 at intake"; "4 units/day, prev 10", "7h, previously 3h"
  [new RegExp(String.raw`${NUM},?\s+(?:was|prev(?:iously)?)\s+${NUM}`, 'g'), 'after-before'],
  [new RegExp(String.raw`${NUM}[^;()\d,]{1,20},\s*(?:was|prev(?:ious(?:ly)?)?)\s+${NUM}`, 'g'), 'after-before'],
  // "6 → 2 joints a day", "20->40 mg": an arrow points from the earlier value to the later.
  [new RegExp(String.raw`${NUM}\s*[a-z]{0,5}\s*(?:→|->|=>)\s*${NUM}`, 'g'), 'before-after'],
  // "gets 4 hours now, compared with 6 before"
  [new RegExp(String.raw`${NUM}${GAP}{0,30}?\s(?:vs\.?|versus|compared (?:with|to)|against)\s+${NUM}\s*[a-z]{0,8}\s+(?:before|previously|earlier|beforehand|then|last time)\b`, 'g'), 'after-before'],
  // "12 at intake, 18 today"
  [new RegExp(String.raw`${NUM}\s+(?:at|on) (?:intake|baseline|admission)[,;]?\s+(?:\w+\s+)?${NUM}\s+(?:today|now|this week)`, 'g'), 'before-after'],
  // "9 today vs 16 at intake"
  [new RegExp(String.raw`${NUM}[^;()\d]{0,20}?\s(?:vs\.?|versus|compared (?:with|to))\s+${NUM}\s+(?:at|on|in)\s+(?:intake|baseline|admission|last|the last|previous|first)`, 'g'), 'after-before'],
  // "now 1/month, previously 3/week"
  [new RegExp(String.raw`\bnow\s+${NUM}[^;()]{0,25}?,?\s*(?:previously|prev|formerly|was|before|down from|up from)\s+${NUM}`, 'g'), 'after-before'],
  // "was 19, now 14"; "from 50 mg to 100 mg"
  [new RegExp(String.raw`\b(?:was|previously|prev|formerly)\s+${NUM}[^;()]{0,20}?,?\s*now\s+${NUM}`, 'g'), 'before-after'],
  [new RegExp(String.raw`\bfrom\s+${NUM}[^;()\d]{0,15}?\s+to\s+${NUM}`, 'g'), 'before-after'],
];
function changesOf(text: string): Change[] {
  return once('changes', text, changesOfText);
}
// (Round vspeed5b.) Every change pattern, COUNTED_RE, NUM_G, AGE and TIMES match digits (NUM is
// `\d[\d,]*…`): a clause without a digit holds none of them, and most clauses of talk have none,
// so those are passed over without running the patterns (the same answers: empty; DIGIT above).
function changesOfText(text: string): Change[] {
  const out: Change[] = [];
  for (const clause of quantityClauses(text)) {
    if (!DIGIT.test(clause)) continue;
    // "2/10, down from 9/10": a score's denominator is its scale, not a value the score moved from.
    const c = clause.replace(/(\d)\s*\/\s*\d+\b/g, '$1');
    for (const [re, order] of CHANGE_PATTERNS) {
      re.lastIndex = 0;
      for (let m = re.exec(c); m !== null; m = re.exec(c)) {
        const a = toNum(m[1]!);
        const b = toNum(m[2]!);
        if (a === b || Number.isNaN(a) || Number.isNaN(b)) continue;
        out.push(order === 'after-before' ? { before: b, after: a, topic: topicOf(c) } : { before: a, after: b, topic: topicOf(c) });
      }
    }
  }
  return out;
}
const UP_WORD = /\b(?:increas(?:e|ed|es|ing)|rose|risen|rising|went up|gone up|raised|higher|climbed|grew|up to|worsened to)\b/;
const DOWN_WORD = /\b(?:decreas(?:e|ed|es|ing)|dropped|fell|fallen|went down|gone down|lowered|reduced|down to|cut down|cut back|declined|lower)\b/;
const CURRENT_WORD = /\b(?:today|now|currently|this week|at present|presently)\b/;
/** "improved to 12", "has settled to 4": the number after "to" is the value now. */
const CHANGED_TO = new RegExp(String.raw`\b[a-z]{3,}(?:ed|en)\s+to\s+${NUM}`);
const EARLIER_WORD = /\b(?:previously|prev|from|before|at intake|baseline|last (?:week|month|visit|session)|used to|initially|originally|was \d)/;

/** "all"/"every" against "3 of 4": the source counts fewer than all. */
const PART_OF = /\b(\d+)\s+(?:of|out of)\s+(\d+)\b/g;
const ALL = /\b(?:all|every|each)\b/;
const AGE = [/\bage[d]?\s*:?\s*(\d{1,2})\b/g, /\b(\d{1,2})[- ]?(?:y\/?o|years? old|year-old|yrs? old)\b/g, /\b(?:client|teen|child|son|daughter|patient|pt|boy|girl|student|adolescent|youth|mx|mr|ms|mrs)\b[^()]{0,20}\((\d{1,2})\)/g];
const TIMES = /\b(\d+)\s+times\b(?!\s*(?:a|an|per|each|every|weekly|daily|\/))/g;
const UNIT_CLASS: ReadonlyArray<[RegExp, string]> = [[/^(?:kg|kgs|kilos?|kilograms?)$/, 'mass:kg'], [/^(?:lbs?|pounds?)$/, 'mass:lb'], [/^(?:mg|milligrams?)$/, 'dose:mg'], [/^(?:mcg|micrograms?|ug)$/, 'dose:mcg'], [/^(?:g|grams?)$/, 'dose:g'], [/^(?:ml|millilit(?:er|re)s?)$/, 'dose:ml']];
function unitsOf(c: string): Array<{ v: number; cls: string; unit: string }> {
  const out: Array<{ v: number; cls: string; unit: string }> = [];
  for (const m of matchesOf(c, /(\d+(?:\.\d+)?)\s*([a-z]+)\b/g)) {
    const hit = UNIT_CLASS.find(([re]) => re.test(m[2]!));
    if (hit !== undefined) out.push({ v: Number(m[1]), cls: hit[1].split(':')[0]!, unit: hit[1] });
  }
  return out;
}

/**
 * When, relative to an event or a day: "before the assault" against "since the assault", "started
 * last Monday" against "starting next Monday". Pairs of (relation, the word it is about).
 */
const RELATION = /\b(before|prior to|after|since|following|last|next|this coming)\s+(?:the|her|his|their|a|an|my)?\s*([a-z]{3,})/g;
const relationOf = (w: string): string => (/^(?:before|prior to)$/.test(w) ? 'before' : /^(?:after|since|following)$/.test(w) ? 'after' : w === 'last' ? 'last' : 'next');
const OPPOSITE_RELATION: Readonly<Record<string, string>> = { before: 'after', after: 'before', last: 'next', next: 'last' };
function relations(text: string): Array<[string, string]> {
  return once('relations', text, (t) => matchesOf(lowerOf(t), RELATION).filter((m) => !/^(?:that|this|which|then|them|all|each|one|two|three|noon|time|times|while|week|weeks|month|months|year|years|session|visit|appointment|night|day|days)$/.test(m[2]!) || /^(?:last|next|this coming)$/.test(m[1]!)).map((m): [string, string] => [relationOf(m[1]!), stem(m[2]!)]));
}

/** Numbers with what they count, the unit normalised ("3 hrs" and "3 hours" are 3 hour). */
const UNIT_OF: ReadonlyArray<[RegExp, string]> = [
  [/^(?:min|mins|minutes?)$/, 'minute'], [/^(?:h|hr|hrs|hours?)$/, 'hour'], [/^(?:days?)$/, 'day'], [/^(?:wk|wks|weeks?)$/, 'week'],
  [/^(?:mo|mos|months?)$/, 'month'], [/^(?:yr|yrs|years?)$/, 'year'], [/^(?:times|x)$/, 'times'], [/^(?:mg)$/, 'mg'], [/^(?:sessions?)$/, 'session'],
  [/^(?:nights?)$/, 'night'], [/^(?:drinks?|beers?|glasses)$/, 'drink'], [/^(?:cigarettes?|cigs)$/, 'cigarette'], [/^(?:points?)$/, 'point'], [/^(?:%|percent)$/, 'percent'],
];
// (Patterns made once: matchAll copies a pattern, so a shared global one keeps no state between calls.)
const COUNTED_RE = new RegExp(`${NUM}\\s*(\\/\\s*10\\b|%|[a-z]+)`, 'g');
const NUM_G = new RegExp(NUM, 'g');
function counted(text: string): Array<{ v: number; unit: string; topic: ReadonlySet<string> }> {
  return once('counted', text, (t) =>
    flatMap(quantityClauses(t), (c) =>
      !DIGIT.test(c) ? [] : flatMap(matchesOf(c, COUNTED_RE), (m) => {
        const u = m[2]!.replace(/\s/g, '');
        const unit = u === '/10' ? '/10' : UNIT_OF.find(([re]) => re.test(u))?.[1];
        return unit === undefined ? [] : [{ v: toNum(m[1]!), unit, topic: topicOf(c) }];
      }),
    ),
  );
}
/** Every number of a text, whatever it counts. */
const allNumbers = (text: string): Set<number> => once('numbers', text, (t) => new Set(flatMap(quantityClauses(t), (c) => (DIGIT.test(c) ? matchesOf(c, NUM_G).map((m) => toNum(m[1]!)) : []))));

/** Done ("was completed") against only planned ("to begin next session"), for the same thing. */
const DONE = /\b(?:was|were|has been|have been|got)\s+(?:\w+ly\s+)?(?:completed|done|finished|administered|reviewed|signed|given|filled out|made|filed|scheduled|started|begun|conducted|introduced|practi[cs]ed)\b|\b(?:completed|finished|administered|signed|filed)\b|\b(?:session|we|clinician|writer|therapist) (?:\w+ )?(?:focused on|worked (?:through|on)|spent)\b/;
// (Round 12: a modal of obligation and a consideration are not yet done either: "should be restarted", "is being considered".)
const PLANNED = /\b(?:will|to be|next (?:session|week|wk|visit|time|appointment|contact|review)|(?:at|in) (?:the|a) (?:next|future) (?:session|appointment|visit)|planned\s*$|to do\s*$|plan(?:s|ned)? to|agreed to (?:begin|start|try)|scheduled for|pending|not yet|upcoming|would like to|should|ought to|being considered|under consideration|to consider|consider)\b/;
/** A planned act and its verb: "will contact", "to be sent", "plans to enroll", "agreed to call". */
const PLANNED_ACT = /\b(?:will|to be|plans? to|planning to|agreed to|going to|intends to|to)\s+(?:\w+ly\s+)?([a-z]{3,})\b/g;
const REPORT_VERB = /^(?:reported|stated|noted|described|shared|explained|mentioned|endorsed|denied|admitted|acknowledged|disclosed|indicated|expressed|voiced|presented|appeared|seemed|discussed|explored|processed|identified|focused|talked|asked|added|related|based|used|needed|wanted|planned|agreed|scheduled)$/;
const SWITCH = /\b(?:switch(?:ed|ing)? (?:from )?([a-z]{4,})|([a-z]{4,}) (?:was|were|is|has been) switched) to ([a-z]{4,})\b/g;
const switched = (m: RegExpMatchArray): [string, string] => [m[1] ?? m[2]!, m[3]!];
/** A plan to begin an act: "will be started", "the plan is to begin", "a referral is planned", "scheduled for a future session". */
const PLAN_TO_BEGIN = /\b(?:will (?:be )?(?:start|begin|introduc|refer|commenc)\w*|(?:plan(?:s|ned)? |is )?to (?:start|begin|introduce|refer|commence)\w*|(?:is|are) (?:planned|scheduled for)|will be (?:made|sent))\b/;
const GO_ON = /\b(?:continu\w*|keep\w*|again|further|more|another|repeat\w*|resum\w*|ongoing|review\w*|revisit\w*|follow\w*|practi[cs]\w*|home|homework|build on|next step)\b/;
const PLAN_WORD = /^(?:plan|start|begin|introduc|refer|referr|commenc|schedul|futur|next|appoint|session|made|sent|time)/;
/** A clause that records an act as done: "referred to", "ref -> x done", "(in session)", "Intervention: x", "spent the session on x". */
const DONE_HERE = /\b(?:done|completed|sent|made|referred|introduced|practi[cs]ed|taught|covered|delivered|in session|spent|used|commenced|started|begun)\b|^\s*[-•]?\s*(?:i|interventions?)\s*:/;
/** An act of the session said not to have happened: "was not covered", "no time for", "did not get to". */
// (The passive only, of the session's work: "has not used since", "has not done anything wrong" are no session act.)
const SKIPPED = /\b(?:was|were|is|are|been)\s+(?:not|never)\s+(?:been\s+)?(?:covered|addressed|done|introduced|used|discussed|delivered|taught)\b|\bno time for\b|\bdid not (?:get to|cover)\b/;
const SKIP_WORD = /^(?:cover|address|done|introduc|used|discuss|deliver|taught|teach|today|there)/;
const NOT_DONE = /\b(?:not|never|no|without|declined|refused)\b/;

/** Conflicts of changes and quantities between a draft sentence and what it cites (see above). */
export function quantityConflicts(sentence: string, sources: readonly string[]): string[] {
  const out: string[] = [];
  const say = (r: string): void => {
    if (!out.includes(r)) out.push(r);
  };
  const srcChanges = flatMap(sources, changesOf);
  const srcClauses = sources.map((s) => ({ whole: topicOf(lowerOf(s)), clauses: quantityClauses(s) }));
  const draftChanges = changesOf(sentence);
  const srcRelations = flatMap(sources, relations);
  for (const [rel, what] of relations(sentence)) {
    if (srcRelations.some(([r, w]) => r === rel && w === what)) continue;
    if (srcRelations.some(([r, w]) => r === OPPOSITE_RELATION[rel] && w === what)) say(`source says ${OPPOSITE_RELATION[rel]} ${what}; draft says ${rel} ${what}`);
  }
  for (const c of quantityClauses(sentence)) {
    const topic = topicOf(c);
    const digits = DIGIT.test(c);
    const nums = new Set(digits ? matchesOf(c, NUM_G).map((m) => toNum(m[1]!)) : []);
    // Direction: stated by the draft's own change, else by its direction word.
    const own = draftChanges.filter((d) => nums.has(d.before) && nums.has(d.after));
    const dir = own.length > 0 ? (own[0]!.after > own[0]!.before ? 'up' : 'down') : UP_WORD.test(c) && !DOWN_WORD.test(c) ? 'up' : DOWN_WORD.test(c) && !UP_WORD.test(c) ? 'down' : null;
    const related = srcChanges.filter((s) => (own.length > 0 ? own.some((d) => (d.before === s.before || d.before === s.after) && (d.after === s.after || d.after === s.before)) : [...nums].some((n) => n === s.before || n === s.after) || overlaps(topic, s.topic)));
    if (dir !== null) {
      const against = related.filter((s) => (s.after > s.before ? 'up' : 'down') !== dir);
      if (against.length > 0 && against.length === related.length) {
        const s = against[0]!;
        say(`source goes from ${s.before} to ${s.after}; draft says ${dir === 'up' ? 'increased' : 'decreased'}`);
      }
    } else if ((CURRENT_WORD.test(c) || CHANGED_TO.test(c)) && !EARLIER_WORD.test(c.replace(/\bwas (\d)/, 'is $1'))) {
      // The earlier value given as today's.
      const stale = related.find((s) => nums.has(s.before) && !nums.has(s.after) && overlaps(topic, s.topic));
      if (stale !== undefined) say(`source gives ${stale.before} as the earlier value and ${stale.after} now; draft gives ${stale.before} as now`);
    }
    // "all" where the source counts part.
    if (ALL.test(c) && matchesOf(c, PART_OF).length === 0) {
      for (const s of srcClauses)
        for (const sc of s.clauses)
          for (const m of matchesOf(sc, PART_OF))
            if (Number(m[1]) < Number(m[2]) && overlaps(topic, topicOf(sc))) say(`source says ${m[1]} of ${m[2]}; draft says all`);
    }
    // Another age.
    const ages = (t: string): number[] => (DIGIT.test(t) ? flatMap(AGE, (re) => matchesOf(t, re).map((m) => Number(m[1]))) : []);
    const dAges = digits ? ages(c) : [];
    if (dAges.length === 1) {
      const sAges = flatMap(sources, (s) => ages(lowerOf(s)));
      if (sAges.length === 1 && sAges[0] !== dAges[0]) say(`source gives the age as ${sAges[0]}; draft says ${dAges[0]}`);
    }
    // Another count of times, in a segment about the same thing that gives one count.
    const dTimes = digits ? matchesOf(c, TIMES).map((m) => Number(m[1])) : [];
    if (dTimes.length === 1) {
      for (const s of srcClauses) {
        const sTimes = flatMap(s.clauses, (sc) => matchesOf(sc, TIMES).map((m) => Number(m[1])));
        if (sTimes.length === 1 && sTimes[0] !== dTimes[0] && overlaps(topic, s.whole)) say(`source says ${sTimes[0]} times; draft says ${dTimes[0]}`);
      }
    }
    // Another number of the same count ("3 hours" where the cited text's only count of hours is 5),
    // when the draft's number is nowhere in what it cites.
    for (const dn of counted(c)) {
      if (sources.some((x) => allNumbers(x).has(dn.v))) continue;
      const same = flatMap(sources, (x) => counted(x)).filter((sn) => sn.unit === dn.unit);
      // (Only of the same thing: "trazodone 50 mg" is not the "bupropion 300 mg" of the source.)
      // (A cited text holding one number only, not a dose, speaks of the one thing: "Session length: 55 min".)
      const single = new Set(flatMap(sources, (x) => [...allNumbers(x)])).size === 1 && dn.unit !== 'mg';
      if (same.length === 1 && (overlaps(topic, same[0]!.topic) || single)) say(`source says ${same[0]!.v} ${dn.unit}; draft says ${dn.v}`);
    }
    // Done where the source only plans it.
    if (DONE.test(c) && !PLANNED.test(c) && !NOT_DONE.test(c)) {
      const about = [...topic].filter((w) => !/^(?:complet|finish|administ|review|sign|given|start|begun|conduct|introduc|practi)/.test(w));
      for (const w of about) {
        const where = flatMap(srcClauses, (sc) => sc.clauses).filter((sc) => topicOf(sc).has(w));
        if (where.length > 0 && where.every((sc) => PLANNED.test(sc) && !DONE.test(sc))) {
          say(`source plans ${w}; draft says it was done`);
          break;
        }
      }
    }
    // Planned where the source says it was done (round 14): "a referral … is planned", "X will be
    // started at the next appointment" where the cited clause about X records it as done ("referred
    // to", "done", "in session", a note's "Intervention:" line). Only a plan to begin something: a
    // plan to go on with it ("will continue", "practise at home", "review") follows a done act.
    if (PLAN_TO_BEGIN.test(c) && !GO_ON.test(c) && !NOT_DONE.test(c)) {
      const about = [...topic].filter((w) => !PLAN_WORD.test(w));
      const where = flatMap(srcClauses, (sc) => sc.clauses).filter((sc) => about.some((w) => topicOf(sc).has(w)));
      if (about.length > 0 && where.length > 0 && where.every((sc) => DONE_HERE.test(sc) && !PLANNED.test(sc) && !NOT_DONE.test(sc))) say(`source says ${about[0]} was done; draft says it is planned`);
    }
    // Not done where the source records it as done: "X was not covered today", "no time for X"
    // against "(in session)", "Intervention: X", "we spent the session on X".
    if (SKIPPED.test(c) && !PLANNED.test(c)) {
      const about = [...topic].filter((w) => !PLAN_WORD.test(w) && !SKIP_WORD.test(w));
      const where = flatMap(srcClauses, (sc) => sc.clauses).filter((sc) => about.some((w) => topicOf(sc).has(w)));
      if (about.length > 0 && where.length > 0 && where.every((sc) => DONE_HERE.test(sc) && !PLANNED.test(sc) && !NOT_DONE.test(sc))) say(`source says ${about[0]} was done; draft says it was not`);
    }
    // "contacted the school" where the source "will contact the school": the planned act told as done.
    if (!PLANNED.test(c) && !NOT_DONE.test(c)) {
      const acts = (c.match(/\b[a-z]{4,}ed\b|\b(?:sent|made|given|done|met|spoke|told|took|began|begun|paid|wrote|written|set up)\b/g) ?? []).filter((w) => !REPORT_VERB.test(w));
      for (const a of acts) {
        const k = stem(a);
        const planned = flatMap(srcClauses, (sc) => sc.clauses).find((sc) => matchesOf(sc, PLANNED_ACT).some((m) => stem(m[1]!) === k));
        const doneToo = srcClauses.some((sc) => sc.clauses.some((x) => !PLANNED.test(x) && (x.match(/\b[a-z]+\b/g) ?? []).some((w) => w !== a && stem(w) === k && /(?:ed|sent|made|given|done|met|told|took|began|begun|paid|written)$/.test(w))));
        if (planned !== undefined && !doneToo) {
          say(`source plans to ${a.replace(/ed$/, '')}; draft says it was done`);
          break;
        }
      }
    }
    // "switched X to Y" the other way round.
    for (const m of matchesOf(c, SWITCH)) {
      const [a, b] = switched(m);
      if (sources.some((src) => matchesOf(lowerOf(src), SWITCH).some((n) => stem(switched(n)[0]) === stem(b) && stem(switched(n)[1]) === stem(a)))) say(`source switched ${b} to ${a}; draft says ${a} to ${b}`);
    }
    // The same amount in another unit of the same kind.
    for (const u of unitsOf(c)) {
      const src = flatMap(sources, (s) => unitsOf(lowerOf(s)));
      if (src.some((x) => x.v === u.v && x.unit === u.unit)) continue;
      const other = src.find((x) => x.v === u.v && x.cls === u.cls && x.unit !== u.unit);
      if (other !== undefined) say(`source says ${u.v} ${other.unit.split(':')[1]}; draft says ${u.v} ${u.unit.split(':')[1]}`);
    }
  }
  return out;
}

// ---- Who said or did it (round 6) ---------------------------------------------------------------
// "Mother reports school refusal for 3 weeks" where the father reported it and the mother said two;
// "Partner A raised her voice" where Partner B did. A clause's agent is the person it opens with —
// a labelled participant ("Partner B", "Member Q", "Parent 1") or a relative, carer or teacher —
// and what follows is what they said or did. A draft clause whose content is found only in source
// clauses opened by another such person contradicts them. The client, under any name, is left to
// the context check (a parent's note calls the client "son"); so are group subjects ("both",
// "neither partner").
const KIN = 'mother|father|stepfather|stepmother|grandmother|grandfather|grandma|grandpa|teacher|aunt|uncle|sister|brother|husband|wife|boyfriend|girlfriend|carer|foster carer|caregiver|guardian|mom|dad|stepdad|stepmom|coach|principal|counsel+or|nurse|partner';
const LABELLED = /\b([Pp]artner|[Mm]ember|[Pp]arent|[Cc]aregiver|[Pp]articipant|[Ss]ibling|[Ss]peaker|[Cc]lient|[Rr]esident|[Ss]tudent)\s+([A-Z]|\d)\b/;
const AGENT_KIN = new RegExp(String.raw`^(?:[a-z]{1,2}:\s*)?(?:(?:the|her|his|their|client's|pt's|patient's|child's|teen's)\s+)?(${KIN})\b`, 'i');
const KIN_WORD = new RegExp(`^(?:${KIN})$`);
const LABELLED_G = new RegExp(LABELLED.source, 'g');
const AGREEING = /\b(?:agrees?|agreed|confirms?|confirmed|also|too|both|echoed|concurred)\b/;
const ATTR_STOP = new Set([...CONTENT_STOP, 'reports', 'reported', 'report', 'says', 'said', 'states', 'stated', 'notes', 'noted', 'describes', 'described', 'shares', 'shared', 'explains', 'explained', 'mentioned', 'mentions', 'told', 'tells', 'observed', 'observes', 'adds', 'added', 'acknowledged', 'acknowledges', 'disagrees', 'disagreed', 'feels', 'felt', 'thinks', 'believes', 'that', 'this', 'been', 'having']);
interface Attributed {
  agent: string;
  /** Attended or not ("Member Q attended; member R absent"). */
  status: 'done' | 'undone' | null;
  content: Set<string>;
  agrees: boolean;
  /** Labelled people the rest of the clause names ("Partner A reports that Partner B threw…"). */
  others: Set<string>;
}
function attributed(text: string): Attributed[] {
  return once('attributed', text, attributedOf);
}
function attributedOf(text: string): Attributed[] {
  const out: Attributed[] = [];
  for (const raw of text.split(/[;\n]|\.(?!\d)|[?!]|,?\s+but\s+|,?\s+while\s+|,?\s+whereas\s+/)) {
    const c = raw.trim();
    if (c === '') continue;
    const lab = LABELLED.exec(c.slice(0, 40));
    let agent: string | null = null;
    let rest = c;
    if (lab !== null && lab.index <= 6) {
      agent = `${lab[1]!.toLowerCase()} ${lab[2]!.toLowerCase()}`;
      rest = c.slice(lab.index + lab[0].length);
    } else {
      const kin = AGENT_KIN.exec(c);
      if (kin !== null) {
        agent = kin[1]!.toLowerCase().replace(/^(?:mom)$/, 'mother').replace(/^(?:dad)$/, 'father').replace(/^counsel+or$/, 'counsellor');
        rest = c.slice(kin.index + kin[0].length);
        // "Partner" alone is not a label: "partner" of the client, a relation like any other.
      }
    }
    if (agent === null || /^\s*(?:and|or|&)\b/i.test(rest)) continue;
    const lower = rest.toLowerCase();
    const words = (lower.match(/[a-z][a-z0-9-]{2,}|\d+(?:\.\d+)?/g) ?? []).filter((w) => !ATTR_STOP.has(w) && !KIN_WORD.test(w));
    const status = /\b(?:absent|missed|did not (?:attend|come|show)|didn't (?:attend|come|show)|no[- ]show|not present|skipped)\b/.test(lower) ? 'undone' : /\b(?:attended|present|came|arrived|was there|completed)\b/.test(lower) ? 'done' : null;
    const others = new Set(matchesOf(rest, LABELLED_G).map((m) => `${m[1]!.toLowerCase()} ${m[2]!.toLowerCase()}`));
    out.push({ agent, status, content: new Set(words.map((w) => (/^\d/.test(w) ? w : stem(w)))), agrees: AGREEING.test(lower), others });
  }
  return out;
}
/** Parents cover mother and father; everyone else is only themself. */
// ("carer" is the "foster carer"; "partner" may be "Partner B".)
const sameAgent = (a: string, b: string): boolean => a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `) || a.endsWith(` ${b}`) || b.endsWith(` ${a}`) || ((a === 'parent' || b === 'parent') && /^(?:mother|father|parent)$/.test(a) && /^(?:mother|father|parent)$/.test(b));

export function attributionConflicts(sentence: string, sources: readonly string[]): string[] {
  const out: string[] = [];
  const drafted = attributed(sentence);
  // (The sources are read only for a draft that attributes something.)
  if (drafted.length === 0) return out;
  const src = flatMap(sources, attributed);
  if (src.length === 0) return out;
  for (const d of drafted) {
    // A labelled participant's attendance: the same person, the other status.
    if (d.status !== null && /\s/.test(d.agent) && src.some((s) => s.agent === d.agent && s.status !== null && s.status !== d.status) && !src.some((s) => s.agent === d.agent && s.status === d.status)) {
      out.push(`source says the ${d.agent} ${d.status === 'done' ? 'did not attend' : 'attended'}; draft says ${d.status === 'done' ? 'attended' : 'did not'}`);
      continue;
    }
    if (d.content.size < 2 || d.agrees) continue;
    const need = Math.max(2, Math.ceil(d.content.size / 2));
    const shared = (s: Attributed): number => [...d.content].filter((w) => s.content.has(w)).length;
    const matching = src.filter((s) => shared(s) >= need);
    if (matching.length === 0) continue;
    // The draft's person says or does it somewhere in the source, or agrees with it: no conflict.
    if (matching.some((s) => sameAgent(s.agent, d.agent)) || src.some((s) => sameAgent(s.agent, d.agent) && s.agrees)) continue;
    // The reporter's clause names the draft's person as the one who did it: "Partner A reports that Partner B threw…".
    if (matching.some((s) => s.others.has(d.agent))) continue;
    out.push(`source says the ${matching[0]!.agent}; draft says the ${d.agent}`);
  }
  return out;
}

// Who acted on a medication (round 8): "Her GP started her on sertraline" against "Writer started
// sertraline", "the psychiatrist stopped it" against "client stopped it on her own". The action and
// the drug agree, so no word is added or negated; only the actor differs. Actors fall into three
// classes: the writer of the note, another prescriber, and the client acting alone. A client named
// as subject without "on her own" says who takes the drug, not who decided: no class.
type Actor = 'writer' | 'prescriber' | 'self';
interface MedAct {
  act: 'start' | 'stop' | 'change';
  actor: Actor;
  /** The actor's word, for the reason ("gp", "psychiatrist", "writer"). */
  word: string;
  /** The words after the verb (the drug, or "it"). */
  object: string;
  /** Drugs the clause names (generic names), wherever they stand ("sertraline was prescribed by…"). */
  drugs: string[];
}
const MED_VERB = /\b(?:(start(?:ed|s|ing)?|began|begin(?:s|ning)?|initiat(?:ed|es|e|ing)|prescrib(?:ed|es|e|ing)|put (?:her|him|them) on|restart(?:ed|s|ing)?|resum(?:ed|es|e|ing)|add(?:ed|s|ing)?)|(stop(?:ped|s|ping)?|discontinu(?:ed|es|e|ing)|d\/c'?d|taper(?:ed|s|ing)? off|(?:took|taken|take) (?:her|him|them) off)|(increas(?:ed|es|e|ing)|decreas(?:ed|es|e|ing)|reduc(?:ed|es|e|ing)|titrat(?:ed|es|e|ing)|switch(?:ed|es|ing)?|adjust(?:ed|s|ing)?))\b/g;
const ACTOR_WORD = /\b(?:(this writer|writer|i|we|this clinician|undersigned|this therapist)|(gp|pcp|primary care(?: provider| physician| doctor)?|family doctor|psychiatrist|psychiatry|prescriber|prescribing (?:doctor|provider|physician)|doctor|physician|dr\.? [a-z]+|pediatrician|paediatrician|nurse practitioner|np|neurologist|hospitalist|hospital|er doctor|specialist|ob-?gyn|(?:inpatient|hospital|medical|treating|psychiatric|ed|er) team|urgent care)|(client|pt|patient|she|he|they))\b/g;
const ON_OWN = /\b(?:on (?:her|his|their|my) own|by (?:her|him|them|my)self|(?:her|him|them)self|without (?:consulting|telling|asking|talking to|the|her|his|a) ?(?:\w+ )?(?:prescriber|doctor|psychiatrist|gp|pcp|provider)?|self-(?:discontinued|started|stopped|initiated))\b/;

const INPATIENT = /\b(?:inpatient|hospital(?:ization|ized|isation|ised)?|admission|admitted|discharge[ds]?|emergency (?:department|room)|ed visit|er visit|detox|rehab|residential)\b/;

function medActsOf(text: string): MedAct[] {
  return once('medacts', text, (t) => {
    const out: MedAct[] = [];
    for (const raw of lowerOf(t).split(/[;\n]|(?<!\b(?:dr|mr|mrs|ms|mx))\.(?!\d)|[?!]|,?\s+but\s+/)) {
      MED_VERB.lastIndex = 0;
      for (const m of matchesOf(raw, MED_VERB)) {
        const act = m[1] !== undefined ? 'start' : m[2] !== undefined ? 'stop' : 'change';
        const head = raw.slice(0, m.index);
        const after = raw.slice(m.index + m[0].length);
        // (Set inside pick(): the cast keeps TypeScript from narrowing it to null.)
        let actor = null as Actor | null;
        let word = '';
        // Passive with its agent: "was started by her GP", "started on lithium by Dr. Ilves".
        const by = /^[^,;]{0,40}?\bby (?:her |his |their |the |a )?([a-z.]+(?: [a-z]+)?)/.exec(after);
        const pick = (s: string): void => {
          ACTOR_WORD.lastIndex = 0;
          for (const a of matchesOf(s, ACTOR_WORD)) {
            actor = a[1] !== undefined ? 'writer' : a[2] !== undefined ? 'prescriber' : null;
            word = a[0];
          }
        };
        if (by !== null) pick(by[1]!);
        if (actor === null && by === null) pick(head.split(/\b(?:and|then|after|when|because|since|so)\b/).pop()!);
        // "Client restarted it on her own": the client decided, no prescriber.
        // "She was started on sertraline during her inpatient stay", "discharged on quetiapine": a
        // start the client underwent in a hospital or emergency setting was another team's.
        if (actor === null && act === 'start' && /\b(?:was|were|been|got)\s+(?:\w+\s+)?$/.test(head) && INPATIENT.test(raw)) {
          actor = 'prescriber';
          word = 'hospital team';
        }
        if (ON_OWN.test(after.slice(0, 60)) || ON_OWN.test(head.slice(-20))) actor = 'self';
        if (actor === null) continue;
        if (actor !== 'prescriber') word = actor === 'writer' ? 'the writer' : 'the client, on their own';
        else word = `the ${word}`;
        const drugs = flatMap((raw.match(/[a-z]{4,}/g) ?? []), (w) => {
          const v = LEXICON.get(w);
          return v !== undefined && v.cls.startsWith('medication:') ? [v.value] : [];
        });
        out.push({ act, actor, word, object: after.slice(0, 40), drugs });
      }
    }
    return out;
  });
}

/** Reasons where the draft's actor on a medication differs in class from the source's. */
export function prescriberConflicts(sentence: string, sources: readonly string[]): string[] {
  const draft = medActsOf(sentence);
  if (draft.length === 0) return [];
  // ("I plan to start sertraline": the writer is the actor of a plan too.)
  const src = flatMap(sources, medActsOf);
  const out: string[] = [];
  for (const d of draft) {
    const drug = (d.object.match(/[a-z]{5,}/g) ?? []).filter((w) => !/^(?:today|dose|daily|twice|nightly|medication|medications|because|weight|their|about|writer)$/.test(w));
    // The same drug: both name it (a known drug by its generic name), the source says "it", or the
    // words after the verb share one.
    const sameDrug = (s: MedAct): boolean =>
      d.drugs.length > 0 && s.drugs.length > 0 ? d.drugs.some((x) => s.drugs.includes(x)) : drug.length === 0 || /^\s*(?:(?:her|him|them)\s+(?:on\s+)?)?(?:it|them|this|the (?:medication|med|dose))\b/.test(s.object) || drug.some((w) => s.object.includes(w));
    const same = src.filter((s) => s.act === d.act && sameDrug(s));
    if (same.length === 0 || same.some((s) => s.actor === d.actor)) continue;
    out.push(`source says ${same[0]!.word} did it; draft says ${d.word}`);
  }
  return out;
}
