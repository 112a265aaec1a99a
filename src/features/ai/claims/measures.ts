// Quantities read as measurements (issue 15, round vnum): every number of a text is read with its
// unit, the measure it belongs to (the content words of its clause, and its unit), and when it was
// taken (a before-marker: "was", "from", "ago", "last week", "at intake", "in September"; an
// after-marker: "to", "then", "now", "this week"; the note's own heading: "Session 6"). Two readings
// of one measure make a change with a direction; a clause's direction word makes one without
// numbers ("alcohol use rising", "pain improving", "BP higher than last visit"). A draft contradicts
// the source when it
//   - moves a measure the other way ("cravings intensified" where they went 8/10 -> 4/10),
//   - compares two times the other way ("drank more at session 6 than at session 3"),
//   - gives the measure a value the source gives to another time ("now 4 days" for September's 4),
//   - gives a value or bound the source's readings of that measure do not allow ("about 4 hours"
//     where the source says 9, "less than 8 hours" where it says 10-11, "every week" for every 3),
//   - or states the size of a change the source's readings do not make ("down 6 points" for 16 -> 9).
// "Improved"/"worse" become up or down only for measures whose good side is known (sleep is better
// higher, a symptom score lower); elsewhere they are compared with the source's own such words.
// Units are compared within a kind (hours with minutes, weeks with months, mg with g), frequencies
// as times a week ("twice daily", "x3 this week", "fortnightly", "most nights").
// Pure functions over the raw text; no I/O.
import { lowerOf, readerFor } from './analysis.ts';
import { stem } from './text.ts';

const once = readerFor('measures');

type Dir = 'up' | 'down' | 'same';
type Valence = 'better' | 'worse';
type When = 'before' | 'after' | null;
export interface Reading {
  v: number;
  /** The high end of a range ("10-11 hours"). */
  hi: number;
  /** A kind: duration (in days), dose (mg), mass (kg), rate (times a week), percent, score, or a counted noun's stem. */
  kind: string;
  measure: ReadonlySet<string>;
  when: When;
  /** "now", "today", "this week": stated as the current value. */
  now: boolean;
  /** A difference ("down 7 points", "by 3 kg", "nine points lower"), not a value. */
  diff: boolean;
  /** A bound: "less than 8" is 'lt', "at least 3" 'ge'. */
  bound: 'lt' | 'gt' | null;
  approx: boolean;
  /** The unit's factor to the kind's measure (hours to days); 0 for a score, a rate or a count. */
  f: number;
  clause: number;
  at: number;
}
interface Move {
  measure: ReadonlySet<string>;
  dir: Dir | null;
  valence: Valence | null;
  from?: number;
  to?: number;
  say: string;
}

const WORDNUM: Readonly<Record<string, string>> = { one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10', eleven: '11', twelve: '12', fifteen: '15', twenty: '20', thirty: '30', forty: '40', fifty: '50', sixty: '60' };

/** Lower case; number words as digits; "x2" and "2x" as "2 times"; "an hour" as "1 hour"; "3 out of 10" as "3/10"; arrows as words. */
function normalised(text: string): string {
  return lowerOf(text)
    .replace(/[‘’]/g, "'")
    .replace(/\b(?:3|three) quarters of an hour\b/g, '0.75 hours')
    .replace(/\b(?:a|one|1) quarter of an hour\b/g, '0.25 hours')
    .replace(/–|—/g, '-')
    .replace(/\b([a-z]{2,})-(\d+)\b/g, '$1$2')
    .replace(/↑/g, ' up ')
    .replace(/↓/g, ' down ')
    .replace(/\b(twenty|thirty|forty|fifty|sixty)[- ](one|two|three|four|five|six|seven|eight|nine)\b/g, (_, a: string, b: string) => String(Number(WORDNUM[a]) + Number(WORDNUM[b])))
    .replace(/\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty)\b/g, (w) => WORDNUM[w]!)
    .replace(/\b(about|around|roughly|approximately|~) an? (?=[a-z])/g, '$1 1 ')
    .replace(/\bonce or twice\b/g, '1-2 times')
    .replace(/\b(\d+) times or (\d+) times\b/g, '$1-$2 times')
    .replace(/\bout of (\d+)/g, '/$1')
    .replace(/\b(\d+) over (\d+)\b/g, '$1/$2')
    .replace(/\b(\d+) ([a-z]+ )?out of (\d+)\b/g, '$1/$3 $2')
    .replace(/\b(?:an|1) hours? and a half\b/g, '1.5 hours')
    .replace(/\bhalf an hour\b/g, '0.5 hours')
    .replace(/\ba quarter of an hour\b/g, '0.25 hours')
    .replace(/\b(\d+) and a half\b/g, '$1.5')
    .replace(/\btwice\b/g, '2 times')
    .replace(/\bthrice\b/g, '3 times')
    .replace(/\bonce\b(?= (?:a|per|every|each|weekly|daily|nightly|monthly|this|last)\b)/g, '1 times')
    .replace(/\ban hour\b/g, '1 hour')
    .replace(/(?<![a-z0-9])x\s?(\d+)(?!\.?\d|\s*(?:days?|d|weeks?|wks?|w|months?|mos?|years?|yrs?|hours?|hrs?|h|mins?|minutes?)\b)/g, '$1 times ')
    .replace(/(?<![a-z0-9])x\s?(?=\d)/g, '')
    .replace(/(\d)\s?x\b/g, '$1 times')
    .replace(/(\d)-(minute|hour|day|week|month|year|pound|mile|night)s?\b(?!-)/g, '$1 $2')
    .replace(/\b(\d+(?:\.\d+)?) (?:out )?of (?:the |his |her |their |its |my )?(?:last |first |next |past )?(\d+)\b/g, '$1/$2')
    ;
}

const clausesOf = (text: string): string[] => once('clauses', text, (t) => normalised(t).split(/[;\n]|\.(?!\d)|\?|!/));

const STOP = new Set(['to', 'at', 'of', 'in', 'on', 'by', 'for', 'an', 'as', 'or', 'it', 'be', 'do', 'so', 'up', 'we', 'us', 'me', 'my', 'if', 'no', 'not', 'may', 'can', 'would', 'should', 'could', 'being', 'again', 'due', 'because', 'other', 'another', 'same', 'further', 'the', 'and', 'with', 'from', 'that', 'this', 'than', 'have', 'has', 'had', 'been', 'was', 'were', 'is', 'are', 'will', 'his', 'her', 'she', 'him', 'their', 'they', 'now', 'then', 'today', 'since', 'last', 'before', 'previously', 'earlier', 'about', 'around', 'roughly', 'approximately', 'over', 'under', 'less', 'more', 'fewer', 'least', 'most', 'down', 'into', 'onto', 'per', 'each', 'every', 'week', 'weeks', 'day', 'days', 'month', 'months', 'year', 'years', 'hour', 'hours', 'night', 'nights', 'times', 'time', 'client', 'patient', 'reports', 'reported', 'says', 'said', 'notes', 'noted', 'still', 'also', 'only', 'some', 'very', 'much', 'what', 'when', 'which', 'while', 'after', 'ago', 'compared', 'against', 'versus', 'rather', 'instead', 'current', 'currently', 'score', 'scores', 'total', 'level', 'rated', 'rating', 'term', 'terms', 'semester', 'came', 'come', 'coming', 'gone', 'going', 'went', 'goes', 'moved', 'move', 'showing', 'getting', 'become', 'became', 'weekend', 'weekends', 'weekday', 'weekdays', 'morning', 'mornings', 'evening', 'evenings', 'plan', 'obs', 'meds', 'summer', 'winter', 'spring', 'autumn', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'plan', 'continue', 'continued', 'intake', 'baseline', 'assessment', 'admission', 'start', 'between', 'both', 'these', 'those', 'there', 'here', 'mg', 'daily', 'weekly', 'monthly', 'nightly', 'fortnightly']);
/** Verb forms whose stem is not their noun's. */
const IRREGULAR: Readonly<Record<string, string>> = { drank: 'drink', drunk: 'drink', drinking: 'drink', slept: 'sleep', ate: 'eat', eaten: 'eat', binged: 'bing', purged: 'purg', smoked: 'smok' };
const DIR_WORD = /^(?:increas|decreas|rose|rise|risen|rising|fell|fall|fallen|drop|lower|higher|reduc|improv|wors|better|eas|declin|climb|gone|went|goes|come|came|halv|doubl|tripl|quadrupl|stay|remain|unchang|stabl|steady|intensif|escalat|cut|lost|gain|grew|grow|shorten|lengthen|extend|widen|narrow|move|step|spac|relax|settl|deteriorat|persist|sharp|stopp|again|now|become|getting|get|worsen)/;
const measureWord = (w: string): string | null => {
  if (w.length < 2 || STOP.has(w) || /^\d/.test(w)) return null;
  const k = IRREGULAR[w] ?? stem(w);
  return DIR_WORD.test(k) || k.length < 2 ? null : k;
};
function measureOf(clause: string): Set<string> {
  const out = new Set<string>();
  const ws = clause.match(/[a-z][a-z0-9-]*/g) ?? [];
  ws.forEach((w, i) => {
    const k = measureWord(w);
    if (k === null) return;
    out.add(k);
    // "blood pressure" is also "bp": a two-word measure by its initials.
    const next = ws[i + 1];
    if (next !== undefined && measureWord(next) !== null && w.length > 3 && next.length > 3) out.add(w[0]! + next[0]!);
  });
  return out;
}
/** Words that name the person or the document, not what is measured. */
const NOT_MEASURE = /^(?:mr|ms|mrs|mx|dr|he|she|client|mum|dad|plan|next|s|o|a|p|ward|bay|obs|round|note|letter|today|week|month)$/;
const sharedMeasure = (a: ReadonlySet<string>, b: ReadonlySet<string>): string[] => [...a].filter((w) => b.has(w) && !NOT_MEASURE.test(w));

const UNIT: ReadonlyArray<[RegExp, string, number]> = [
  [/^(?:min|mins|minutes?)$/, 'duration', 1 / 1440], [/^(?:h|hr|hrs|hours?)$/, 'duration', 1 / 24], [/^(?:days?)$/, 'duration', 1], [/^(?:wk|wks|weeks?)$/, 'duration', 7],
  [/^(?:mo|mos|months?)$/, 'duration', 30], [/^(?:yr|yrs|years?)$/, 'duration', 365], [/^(?:mg|milligrams?)$/, 'dose', 1], [/^(?:g|grams?)$/, 'dose', 1000], [/^(?:mcg|micrograms?)$/, 'dose', 0.001],
  [/^(?:kg|kgs|kilos?|kilograms?)$/, 'mass', 1], [/^(?:%|percent|per cent)$/, 'percent', 1], [/^(?:points?)$/, 'score', 1], [/^(?:mmol)$/, 'mmol', 1],
];
const PERIOD: Readonly<Record<string, number>> = { wk: 1, wks: 1, d: 7, day: 7, days: 7, night: 7, nights: 7, daily: 7, nightly: 7, week: 1, weekly: 1, month: 0.25, monthly: 0.25, fortnight: 0.5, fortnightly: 0.5 };
/** Frequencies without a count: "daily", "fortnightly", "every 3 weeks", "most nights", "alternate nights". */
const FREQUENCY: ReadonlyArray<[RegExp, (m: RegExpMatchArray) => number]> = [
  [/\bevery (\d+) (days?|weeks?|months?)\b/g, (m) => (m[2]!.startsWith('day') ? 7 : m[2]!.startsWith('week') ? 1 : 0.25) / Number(m[1])],
  [/\b(?:every other|alternate) (?:night|day)s?\b/g, () => 3.5],
  [/\b(?:every other week|every fortnight|fortnightly|biweekly)\b/g, () => 0.5],
  [/\bmost (?:nights|days|evenings|mornings|afternoons)\b/g, () => 4],
  [/(?<!times |x )\b(?:daily|nightly|every (?:day|night)|each (?:day|night))\b/g, () => 7],
  [/(?<!times |x )\b(?:weekly|every week|each week)\b/g, () => 1],
  [/(?<!times |x )\b(?:monthly|every month|each month)\b/g, () => 0.25],
];
const BEFORE_AFTER = /^[\s)]*(?:[a-z]+ |\d+ (?:days?|weeks?|months?|years?) ){0,3}?(?:ago\b|last (?:week|month|year|time|visit|session|summer|winter|spring|autumn)\b|previously\b|earlier\b|before\s*(?:$|[,;)])|at (?:intake|baseline|(?:the )?start|assessment|admission|first|referral)\b|on admission\b|in (?:january|february|march|april|may|june|july|august|september|october|november|december|the summer|the spring|the autumn|the winter|summer|spring|autumn|winter)\b|initially\b|originally\b)/;
const BEFORE_BEFORE = /(?:\bwas|\bfrom|\bprev(?:iously)?|\bformerly|\binitially|\boriginally|\bcompared (?:with|to)|\bversus|\bvs\.?|\brather than|\binstead of|\bused to(?: be)?|\badmission|\bintake|\bbaseline)\s*[:=]?\s*$/;
const AFTER_BEFORE = /(?:\bto|\bthen|\bnow(?: at)?|\binto|->|→|=>)\s*[:=]?\s*$/;
const NOW_AFTER = /^\s*(?:[a-z]+ ){0,2}?(?:today|now|this week|currently|at present)\b/;
const NOW_BEFORE = /\b(?:now|currently|today|presently)\s+(?:[a-z]+\s+){0,5}$/;
const DIFF_BEFORE = /\b(?:by|up|down|lost|gained|dropped|fell|fallen|rose|risen|climbed|decreased|increased|reduced|improved|worsened)\s+(?:by\s+)?(?:about\s+|around\s+|roughly\s+|~\s*)?$/;
const DIFF_AFTER = /^\s*(?:points?|percentage points?|kg|mg|[a-z]+)?\s*(?:lower|higher|less|more|fewer|down|up|better|worse)\b|^\s*(?:percentage )?points? (?!on\b|out\b)/;
/** "down 4 -> 2": a change's first value, not its size. */
const CHANGE_NEXT = /^\s*(?:->|→|=>|to)\s*\d/;
const BOUND_LT = /(?:<|\bless than|fewer than|under|below|at most|up to|max(?:imum)?|no more than)\s*$/;
/** "Goes up to", "build up to": a move to a value, not a limit. */
const MOTION = /\b(?:go|goes|went|gone|going|build\w*|built|mov\w*|increas\w*|titrat\w*|put|rais\w*|come|came|step\w*|bring\w*|brought|extend\w*)\b/;
const BOUND_GT = /(?:>|\bmore than|above|at least|min(?:imum)?|no fewer than|no less than)\s*$/;
/** Numbers that label rather than measure: a session, a bay, a week of treatment, an age in brackets. */
const LABEL_BEFORE = /\b(?:session|bay|week|visit|day|room|cbt-i week|step|module|stage|version|phase|(?:synthetic|aged?),?)\s*#?\s*$/;

const FUNCTION_WORD = /^(?:a|to|at|of|in|on|by|for|an|as|or|and|from|was|were|is|are|the|with|this|last|per|now|then|today|than|over|under|since|before|after|ago|compared|versus|vs|rather|instead|previously|earlier|it|be|he|she|his|her|more|less|fewer|lower|higher|down|up|points?)$/;
const NUMBER = /(?<![\w.:/])(\d+(?:\.\d+)?)(?:\s*(?:-|or|to)\s*(\d+(?:\.\d+)?))?(?![\d:])(?:st|nd|rd|th)?\s*(\/\s*\d+|%|[a-z]+)?(?:\s*\/\s*(day|night|week|month|wk|d))?/g;
const MONTHS = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const MONTH = new RegExp(String.raw`\b${MONTHS}\.?\s*$`);
const MONTH_AFTER = new RegExp(String.raw`^(?:st|nd|rd|th)?\s*(?:of\s+)?${MONTHS}\b`);

const PART = /,|\band\b|\bbut\b|\bwhile\b|\bwhereas\b|\bwith\b/g;
/** The span of the comma- or conjunction-bounded part of a clause around a position. */
function partAround(c: string, at: number): [number, number] {
  let from = 0;
  let to = c.length;
  for (const m of c.matchAll(PART)) {
    if (m.index + m[0].length <= at) from = m.index + m[0].length;
    else if (m.index >= at) {
      to = m.index;
      break;
    }
  }
  return [from, to];
}

/** The period a count is per, right after it: "a week", "per night", "/wk", "daily", "this week". */
function perOf(after: string, u: string): { p: string; len: number } | null {
  const m =
    /^\s*(?:a|an|per|\/|each|every|in a)\s*(day|night|week|wk|month|fortnight)\b/.exec(after) ??
    (u === '' || u === 'per' ? null : /^\s*(daily|nightly|weekly|monthly|fortnightly)\b/.exec(after)) ??
    (u === 'times' ? /^\s*(?:this|last|in the past|over the past) (week|month)\b/.exec(after) : null) ??
    (/^(?:days?|nights?)$/.test(u) ? /^\s*(?:[a-z]+ ){1,3}?(?:a|an|per|each|every)\s*(week|wk|month|fortnight)\b/.exec(after) : null);
  return m === null ? null : { p: m[1]!, len: m[0].length };
}

function readingsOfClause(c: string, clause: number, label: number | null, draft = false): Reading[] {
  const out: Reading[] = [];
  const whole = measureOf(c);
  const add = (v: number, hi: number, kind: string, at: number, end: number, unitWord: string | null, f = 0): void => {
    // What is measured: the words of the number's own part of the clause ("a weekly church lunch",
    // not the daughter of "regular contact with her daughter and ..."), else of the whole clause;
    // a score's own name, the words just before it ("creatinine 0.9", not the lithium before it).
    const [from, to] = partAround(c, at);
    const part = measureOf(c.slice(from, to));
    let measure = (draft || !/^(?:dose|mass|mmol)$/.test(kind)) && [...part].some((w) => !NOT_MEASURE.test(w)) ? part : whole;
    if (kind === 'score') {
      const head = measureOf((c.slice(from, at).match(/[a-z][a-z0-9-]*|\d[\d./]*/g) ?? []).slice(-4).join(' '));
      const prior = out.filter((r) => r.kind === 'score').pop();
      measure = head.size > 0 ? head : prior !== undefined && at - prior.at < 30 ? new Set(prior.measure) : new Set<string>();
    }
    const before = c.slice(Math.max(0, at - 40), at);
    const after = c.slice(end, end + 40).split(/[,(;]/)[0]!;
    if (LABEL_BEFORE.test(before) && kind === 'score') return;
    let when: When = BEFORE_BEFORE.test(before) ? 'before' : AFTER_BEFORE.test(before) ? 'after' : null;
    if (when === null && BEFORE_AFTER.test(after)) when = 'before';
    const now = NOW_AFTER.test(after) || NOW_BEFORE.test(before) || label !== null;
    const m = new Set(measure);
    if (unitWord !== null) m.add(unitWord);
    out.push({ v, hi, kind, measure: m, when, now, diff: (DIFF_BEFORE.test(before) || DIFF_AFTER.test(after)) && !CHANGE_NEXT.test(c.slice(end)), bound: BOUND_LT.test(before) && !(/up to\s*$/.test(before) && (MOTION.test(before) || /^[^,;]*\bfrom\b/.test(c.slice(end)))) ? 'lt' : BOUND_GT.test(before) ? 'gt' : null, approx: /(?:about|around|roughly|approx\w*|~|nearly|almost)\s*$/.test(before), f, clause, at });
  };
  const spans: Array<[number, number]> = [];
  for (const m of c.matchAll(NUMBER)) {
    const v = Number(m[1]);
    const hi = m[2] !== undefined ? Number(m[2]) : v;
    // "from 4 to 7 hours" is a change, not a range: the first value alone.
    if (m[2] !== undefined && /\bfrom\s*$/.test(c.slice(Math.max(0, m.index - 8), m.index)) && /^\S*\s*(?:to)/.test(m[0].slice(m[1]!.length).trim())) {
      const cut = c.slice(m.index).search(/\s*to\s/);
      const second = m.index + c.slice(m.index).search(/(?<=to\s*)\d/);
      spans.push([m.index, m.index + m[0].length]);
      add(v, v, 'score', m.index, m.index + cut, null);
      add(hi, hi, 'score', second, second + m[2].length, null);
      for (const r of out.slice(-2)) {
        const unit = UNIT.find(([re]) => re.test((m[3] ?? '').trim()));
        if (unit !== undefined) Object.assign(r, { kind: unit[1], v: r.v * unit[2], hi: r.hi * unit[2], f: unit[2] });
      }
      continue;
    }
    let u = (m[3] ?? '').replace(/\s/g, '');
    const at = m.index;
    let end = at + m[0].length;
    // Dates and years label a day, not a measure; an age is no measure of change here.
    if (/^\s*(?:years?|yrs?|y)[- ]?(?:old|o\b)|^-?year-old/.test(c.slice(end - (m[3] ?? '').length)) || /\baged?\s*$/.test(c.slice(Math.max(0, at - 6), at)) || MONTH.test(c.slice(Math.max(0, at - 10), at)) || MONTH_AFTER.test(c.slice(at + m[1]!.length)) || (m[2] === undefined && v >= 1900 && v <= 2100 && Number.isInteger(v))) {
      spans.push([at, end]);
      continue;
    }
    // "4.2 at start": a function word after a number is no unit.
    if (FUNCTION_WORD.test(u)) {
      end = at + m[0].search(/\s*[a-z]+$/);
      u = '';
    }
    const rest = c.slice(end);
    spans.push([at, end]);
    // A frequency: "3 times a week", "x2/night", "2 days a week", "1-2 per week", "10 cigarettes daily".
    const numEnd = at + m[0].length - (m[0].length - m[0].trimEnd().length);
    const afterNumber = u === '' ? c.slice(at + m[0].replace(/\s*(?:[a-z]+)?\s*$/, '').length) : rest;
    const unitOf = UNIT.find(([re]) => re.test(u));
    const per = unitOf !== undefined && !/^(?:days?|nights?)$/.test(u) ? null : m[4] !== undefined ? { p: m[4], len: 0 } : perOf(afterNumber, u);
    if (per !== null && !(/^(?:days?|nights?)$/.test(u) && /^(?:day|night|d)$/.test(per.p))) {
      const f = PERIOD[per.p]!;
      spans.push([at, numEnd + per.len]);
      // Occurrences ("3 times a week", "2 days a week") are one kind; amounts ("4 cans a day") are another per noun.
      const noun = u === '' || u === 'times' || u === 'per' || /^(?:days?|nights?)$/.test(u) ? null : (IRREGULAR[u] ?? stem(u));
      add(v * f, hi * f, noun === null ? 'rate' : `amount:${noun}`, at, end, noun, f);
      continue;
    }
    if (u === 'times') continue;
    if (u.startsWith('/') || u === '' || u === 'per') {
      add(v, hi, 'score', at, end, null);
      continue;
    }
    const unit = UNIT.find(([re]) => re.test(u));
    if (unit !== undefined) {
      // "every 3 weeks" is a frequency, read below.
      if (unit[1] === 'duration' && /\bevery\s*$/.test(c.slice(Math.max(0, at - 8), at))) continue;
      add(v * unit[2], hi * unit[2], unit[1], at, end, null, unit[2]);
      continue;
    }
    const w = IRREGULAR[u] ?? stem(u);
    if (/^(?:a|is|i|x)$/.test(u)) {
      add(v, hi, 'score', at, end, null);
      continue;
    }
    add(v, hi, `count:${w}`, at, end, w, 1);
  }
  for (const [re, rate] of FREQUENCY) {
    for (const m of c.matchAll(re)) {
      if (spans.some(([a, b]) => m.index >= a && m.index < b)) continue;
      const v = rate(m);
      // "Daily" is at least once a day: "3 times a night" is daily too.
      add(v, /^most/.test(m[0]) ? 7 : v === 7 ? Infinity : v, 'rate', m.index, m.index + m[0].length, null);
    }
  }
  // A bare number joined to a number with a unit is in that unit ("from 4 to 7 hours", "60 hours a
  // week, up from 45"), unless the clause reads a scale ("PHQ-9", "score", "/10").
  if (!/[a-z]\d|\bscore|\bscale|\brated\b|=|\/\s*\d|\bpoints?\b/.test(c)) {
    out.sort((a, b) => a.at - b.at);
    out.forEach((r, i) => {
      if (r.kind !== 'score') return;
      const next = out[i + 1];
      const prev = out[i - 1];
      const joinedNext = next !== undefined && next.f !== 0 && /^\s*(?:to|-|or|and|->|→|=>)\s*$/.test(c.slice(r.at, next.at).replace(/^[\d.]+/, ''));
      const joinedPrev = prev !== undefined && prev.f !== 0 && (/\b(?:from|was|previously|prev|formerly)\s*$/.test(c.slice(Math.max(0, r.at - 12), r.at)) || (/\bto\s*$/.test(c.slice(Math.max(0, r.at - 5), r.at)) && /\bfrom\s*(?:about |around |~)?$/.test(c.slice(Math.max(0, prev.at - 14), prev.at)))) && r.at - prev.at < 45 && measureOf(c.slice(prev.at, r.at).replace(/^[\d.]+\s*[a-z%]*/, '')).size === 0;
      // ("From 6 beers nightly to 2 on weekends": a number with its own time is not per the other's period.)
      const ownTime = /^\s*(?:on|at|over|during|in|this|last|per|a|an|each|every)\s+(?:the\s+)?(?:weekends?|weekdays?|week|month|day|night|evening|morning)/.test(c.slice(r.at + String(r.v).length));
      const src = joinedNext ? next : joinedPrev && !(ownTime && (prev.kind === 'rate' || prev.kind.startsWith('amount:'))) ? prev : undefined;
      if (src !== undefined) Object.assign(r, { kind: src.kind, v: r.v * src.f, hi: r.hi * src.f, f: src.f, measure: src.measure });
    });
  }
  return out.sort((a, b) => a.at - b.at);
}

interface Segment {
  readings: Reading[];
  clauses: string[];
  /** The note's own heading number: "Session 6: ..." */
  label: number | null;
}
function segmentOf(text: string): Segment {
  return once('segment', text, (t) => {
    const head = /^\s*(?:session|visit|week|day|review)\s*#?\s*(\d+)\b/i.exec(t);
    const label = head !== null ? Number(head[1]) : null;
    const clauses = clausesOf(t);
    const readings = clauses.flatMap((c, i) => readingsOfClause(c, i, null));
    if (label !== null) for (const r of readings) if (r.when === null) r.now = true;
    return { readings: readings.filter((r) => !(label !== null && r.kind === 'score' && r.v === label && r.at < 12 && r.clause === 0)), clauses, label };
  });
}

/**
 * The moves a source segment states, clause by clause: made once per text, since every draft
 * sentence citing the segment asked for them again (movesOfClause reads only its clause and that
 * clause's readings, and changes neither).
 */
const sourceMoves = (text: string): readonly Move[] =>
  once('moves', text, (t) => {
    const s = segmentOf(t);
    const out: Move[] = [];
    s.clauses.forEach((c, k) => {
      for (const m of movesOfClause(c, s.readings.filter((r) => r.clause === k), false)) out.push(m);
    });
    return out;
  });

const UP = /\b(?:increas\w*|rose|risen|rising|rises|gone up|went up|goes up|going up|come up|came up|higher|grew|grown|growing|climb\w*|escalat\w*|intensif\w*|doubled|tripled|quadrupled|extended|lengthened|widened|stepped up|more (?:often|frequent\w*)|up from|up \d|raised|gained|worse(?:ning)? than)\b/;
const DOWN = /\b(?:decreas\w*|fell|fallen|falling|falls|drop\w*|lower\w*|reduc\w*|declin\w*|gone down|went down|goes down|going down|come down|came down|coming down|cut (?:down|back|to)|halved|shortened|narrowed|spaced out|stepped down|tapered|lessen\w*|shrank|less (?:often|frequent\w*)|down (?:from|to)|down \d|lost)\b/;
const SAME = /\b(?:unchanged|stable|the same|steady|kept at|no change)\b|\b(?:remain|stay)(?:s|ed)? (?:at|on|the same|unchanged|stable|steady|\d)/;
const BETTER = /\b(?:improv\w*|better|eas(?:ed|ing|es)|settl\w*)\b/;
const WORSE = /\b(?:wors\w*|deteriorat\w*)\b/;
const COMPARE_MORE = /\b(?:more|higher|greater|longer|bigger)\b(?:\s+\w+){0,6}?\s+than\b/;
const COMPARE_LESS = /\b(?:less|fewer|lower|shorter|smaller)\b(?:\s+\w+){0,6}?\s+than\b/;
const NEGATED = /\b(?:not|no|never|n't|without|nor)\b/;
/** Measures that are better when higher; symptom measures and scores of distress are better lower. */
const GOOD_HIGH = /^(?:sleep|attend|attendanc|mood|walk|efficienc|mmse|eat|intak|meal|energi|energy|concentr|appetit|engag|wellb|function|motiv|leav|exercis|activ|step|meet|hope|confid|self-esteem|esteem|social)/;
const BAD_HIGH = /^(?:miss|pain|crav|anxieti|anxiety|depress|panic|bing|purg|self-harm|harm|cut|absenc|avoid|agit|incid|phq|gad|audit|isi|rcad|bprs|ede|hba1c|bp|pressur|pulse|drink|alcohol|cannabi|smok|nightmar|flashback|intrus|urg|worri|distress|symptom|latenc|nap|screen|caffein|coffe|wake|waking|relaps|score)/;
function polarity(m: ReadonlySet<string>): 'good' | 'bad' | null {
  const ws = [...m];
  if (ws.some((w) => GOOD_HIGH.test(w))) return 'good';
  if (ws.some((w) => BAD_HIGH.test(w))) return 'bad';
  return null;
}
const dirOfValence = (v: Valence, m: ReadonlySet<string>): Dir | null => {
  const p = polarity(m);
  return p === null ? null : (v === 'better') === (p === 'good') ? 'up' : 'down';
};

/** A clause's changes: two readings of one kind, one before and one after, or a direction word. */
function movesOfClause(c: string, rs: readonly Reading[], draft: boolean): Move[] {
  const out: Move[] = [];
  const measure = measureOf(c);
  const values = rs.filter((r) => !r.diff && r.bound === null);
  for (const kind of new Set(values.map((r) => r.kind))) {
    const same = values.filter((r) => r.kind === kind);
    if (same.length < 2) continue;
    const b = same.find((r) => r.when === 'before');
    const a = same.find((r) => r !== b && r.when !== 'before' && (b !== undefined || r.when === 'after'));
    const b2 = b ?? same.filter((r) => r !== a && r.at < (a?.at ?? 0)).pop();
    if (a === undefined || b2 === undefined || a.v === b2.v) continue;
    const own = new Set([...a.measure, ...b2.measure]);
    const m = own.size > 0 ? own : measure;
    out.push({ measure: m, dir: a.v > b2.v ? 'up' : 'down', valence: null, from: b2.v, to: a.v, say: `from ${fmt(b2.v, kind)} to ${fmt(a.v, kind)}` });
  }
  if (out.length > 0) return out;
  for (const [from, to] of partsOf(c)) {
    const part = c.slice(from, to);
    if (NEGATED.test(part) && !/\bno (?:more|longer)\b/.test(part)) continue;
    let dir: Dir | null = null;
    const up = UP.test(part);
    const down = DOWN.test(part);
    const better = BETTER.test(part);
    const worse = WORSE.test(part);
    if (up && !down) dir = 'up';
    else if (down && !up) dir = 'down';
    else if (!up && !down && !better && !worse && SAME.test(part)) dir = 'same';
    if (dir === null && draft) dir = COMPARE_MORE.test(part) && !COMPARE_LESS.test(part) ? 'up' : COMPARE_LESS.test(part) && !COMPARE_MORE.test(part) ? 'down' : null;
    // "up to five times daily" is a limit, not a move.
    if (dir === 'up' && /\bup to\b/.test(part) && !MOTION.test(part.slice(0, part.search(/\bup to\b/))) && !/\bup to\b[^,]*\bfrom\b/.test(part) && !/\b(?:increas|rose|rise|higher|raised|climb|intensif|escalat)/.test(part)) dir = null;
    const valence: Valence | null = better && !worse ? 'better' : worse && !better ? 'worse' : null;
    if (dir === null && valence === null) continue;
    const word = (part.match(UP) ?? part.match(DOWN) ?? part.match(SAME) ?? part.match(BETTER) ?? part.match(WORSE) ?? part.match(COMPARE_MORE) ?? part.match(COMPARE_LESS) ?? [''])[0];
    const own = measureOf(part);
    out.push({ measure: [...own].some((w) => !NOT_MEASURE.test(w)) ? own : measure, dir, valence, say: word });
  }
  return out;
}
/** The parts of a clause: a comparative's "than" part stays with its head ("more ... than before"). */
function partsOf(c: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (const m of c.matchAll(/,|\bbut\b|\bwhile\b|\bwhereas\b|\band\b(?! a half)/g)) {
    out.push([from, m.index]);
    from = m.index + m[0].length;
  }
  out.push([from, c.length]);
  return out;
}
const fmt = (v: number, kind: string): string => (kind === 'rate' ? `${+v.toFixed(2)} a week` : `${+v.toFixed(2)}`);

const dirOf = (m: Move): Dir | null => m.dir ?? (m.valence !== null ? dirOfValence(m.valence, m.measure) : null);
const agreeDir = (a: Move, b: Move): boolean | null => {
  // "Better" read as up or down only where both sides read the measure's good side alike.
  if ((a.dir === null || b.dir === null) && polarity(a.measure) !== polarity(b.measure)) return a.valence !== null && b.valence !== null ? a.valence === b.valence : null;
  const da = dirOf(a);
  const db = dirOf(b);
  if (da !== null && db !== null) return da === db;
  if (a.valence !== null && b.valence !== null) return a.valence === b.valence;
  // A valence against a numeric move: only where the measure's good side is known.
  return null;
};

const near = (a: number, b: number, approx: boolean): boolean => Math.abs(a - b) <= (approx ? 0.15 : 0.08) * Math.max(Math.abs(a), Math.abs(b)) + 1e-9;
const within = (r: Reading, v: number, approx: boolean): boolean => (v >= r.v - 1e-9 && v <= r.hi + 1e-9) || near(r.v, v, approx) || near(r.hi, v, approx);

/** Conflicts of measured quantities and their changes between a draft sentence and what it cites. */
export function measureConflicts(sentence: string, sources: readonly string[]): string[] {
  const out: string[] = [];
  // People named in the texts are not what is measured ("Mom reports Jamie misses 2 days a week").
  const names = namesIn([sentence, ...sources]);
  const sharing = (a: ReadonlySet<string>, b: ReadonlySet<string>): string[] => sharedMeasure(a, b).filter((w) => !names.has(w));
  const say = (r: string): void => {
    if (!out.includes(r)) out.push(r);
  };
  const segs = sources.map(segmentOf);
  const srcMoves: Array<Move & { seg: number }> = [];
  sources.forEach((text, i) => {
    for (const m of sourceMoves(text)) srcMoves.push({ ...m, seg: i });
  });
  // Readings of one measure under two headings ("Session 3", "Session 6"): a change between them.
  const labelled = segs.map((s, i) => ({ s, i })).filter((x) => x.s.label !== null);
  for (const x of labelled)
    for (const y of labelled) {
      if (x.s.label! >= y.s.label!) continue;
      for (const a of x.s.readings)
        for (const b of y.s.readings) {
          if (a.kind !== b.kind || a.diff || b.diff || a.v === b.v || a.kind === 'score' && sharing(a.measure, b.measure).length === 0) continue;
          // (The heading's own words, "session", are no measure.)
          const shared = sharing(a.measure, b.measure).filter((w) => !/^(?:session|visit|week|review)$/.test(w));
          if (shared.length === 0) continue;
          srcMoves.push({ measure: new Set(shared), dir: b.v > a.v ? 'up' : 'down', valence: null, from: a.v, to: b.v, seg: y.i, say: `from ${fmt(a.v, a.kind)} (session ${x.s.label}) to ${fmt(b.v, b.kind)} (session ${y.s.label})` });
        }
    }
  const draftClauses = clausesOf(sentence);
  const srcReadings = segs.flatMap((s, i) => s.readings.map((r) => ({ ...r, seg: i, label: s.label })));
  for (let k = 0; k < draftClauses.length; k++) {
    const c = draftClauses[k]!;
    if (/\b(?:if|unless|whether|target|goal|aim|when|whenever|threshold)\b/.test(c)) continue;
    const rs = readingsOfClause(c, k, null, true);
    const labels = [...c.matchAll(/\b(?:session|visit|week)\s*(\d+)\b/g)].map((m) => Number(m[1]));
    const negated = NEGATED.test(c) && !/\bno (?:more|longer)\b/.test(c);
    // 1. Direction.
    const dMoves = labels.length >= 2 && !negated ? movesOfClause(c, [], true) : movesOfClause(c, rs.filter((r) => !(labels.includes(r.v) && r.kind === 'score')), true);
    if (!negated && labels.length < 2) {
      for (const d of dMoves) {
        const related = srcMoves.filter((s) => sharing(s.measure, d.measure).length > 0 && (d.from === undefined || s.from === undefined || [d.from, d.to].some((v) => v === s.from || v === s.to) || sharing(s.measure, d.measure).length > 0));
        const verdicts = related.map((s) => ({ s, ok: agreeDir(d, s) })).filter((x) => x.ok !== null);
        if (verdicts.length > 0 && verdicts.every((x) => x.ok === false)) {
          const s = verdicts[0]!.s;
          say(`source says ${sharing(s.measure, d.measure)[0]} went ${s.dir === 'same' ? 'unchanged' : (dirOf(s) ?? s.valence)}${s.from !== undefined ? ` (${s.say})` : ` (${s.say})`}; draft says ${d.say || dirOf(d)}`);
        }
        // The same starting value and another end ("dropped from 8/10 to 6/10" for 8 -> 4).
        if (d.from !== undefined) {
          for (const s of related)
            if (s.from !== undefined && s.from === d.from && s.to !== d.to && !srcReadings.some((r) => r.v === d.to && sharing(r.measure, d.measure).length > 0)) say(`source says ${sharing(s.measure, d.measure)[0]} went ${s.say}; draft says from ${d.from} to ${d.to}`);
        }
      }
    }
    // 2. Two times compared: "more at session 6 than at session 3".
    if (labels.length >= 2 && !negated) {
      const later = /\bthan (?:at |in )?(?:session|visit|week)\s*(\d+)/.exec(c);
      const first = labels.find((l) => later === null || l !== Number(later[1]));
      const more = COMPARE_MORE.test(c) ? 'up' : COMPARE_LESS.test(c) ? 'down' : null;
      const measure = new Set([...measureOf(c)].filter((w) => !/^(?:session|visit|week)$/.test(w)));
      if (later !== null && first !== undefined && more !== null) {
        const at = (l: number): Reading[] => srcReadings.filter((r) => r.label === l && !r.diff && sharing(r.measure, measure).some((w) => !/^(?:session|visit|week)$/.test(w)));
        const x = at(first);
        const y = at(Number(later[1]));
        const pair = x.flatMap((a) => y.filter((b) => b.kind === a.kind && b.v !== a.v).map((b) => [a, b] as const))[0];
        if (pair !== undefined && (pair[0].v > pair[1].v ? 'up' : 'down') !== more) say(`source gives ${fmt(pair[0].v, pair[0].kind)} at session ${first} and ${fmt(pair[1].v, pair[1].kind)} at session ${later[1]}; draft says ${more === 'up' ? 'more' : 'less'} at session ${first}`);
      } else if (dMoves.length > 0 && more === null) {
        // "between session 3 and session 6 his cravings intensified": the headed readings decide.
        for (const d of dMoves) {
          const related = srcMoves.filter((s) => s.from !== undefined && sharing(s.measure, d.measure).length > 0 && /session/.test(s.say));
          const verdicts = related.map((s) => ({ s, ok: agreeDir(d, s) })).filter((x) => x.ok !== null);
          if (verdicts.length > 0 && verdicts.every((x) => x.ok === false)) say(`source says ${sharing(verdicts[0]!.s.measure, d.measure)[0]} went ${verdicts[0]!.s.say}; draft says ${d.say}`);
        }
      }
    }
    // 3. Values: each of the draft's readings against the source's readings of the same measure and kind.
    // (Not for what the draft adds beside them: "also", "too", "as well".)
    for (const r of /\b(?:also|too|as well)\b/.test(c) ? [] : rs) {
      if (r.kind === 'score' && labels.includes(r.v)) continue;
      const same = srcReadings.filter((s) => s.kind === r.kind && !s.diff && sharing(s.measure, r.measure).length > 0 && (labels.length === 0 || s.label === null || labels.includes(s.label)));
      if (same.length === 0) continue;
      if (r.diff) {
        const changes = srcMoves.filter((s) => s.from !== undefined && sharing(s.measure, r.measure).length > 0);
        const sizes = changes.map((s) => Math.abs(s.to! - s.from!));
        const stated = srcReadings.filter((s) => s.diff && s.kind === r.kind && sharing(s.measure, r.measure).length > 0).map((s) => s.v);
        if (r.kind === 'score' && sizes.length > 0 && !sizes.some((z) => near(z, r.v, r.approx)) && !stated.some((z) => near(z, r.v, r.approx))) say(`source's change is ${+sizes[0]!.toFixed(2)}; draft says ${r.v}`);
        continue;
      }
      if (negated && r.bound === null) {
        if (r.kind === 'duration' && !same.some((s) => within(s, r.v, true))) say(`source says ${fmtDur(same[0]!.v)}; draft says ${fmtDur(r.v)}`);
        continue;
      }
      if (r.bound !== null && same.some((s) => s.bound !== null)) {
        const limits = same.filter((s) => s.bound === r.bound);
        if (limits.length > 0 && !limits.some((s) => within(s, r.v, false))) say(`source's limit is ${fmtAny(limits[0]!)}; draft's is ${fmtAny(r)}`);
        continue;
      }
      if (r.bound === 'lt') {
        if (same.every((s) => s.v >= r.v && s.when !== 'before')) say(`source says ${fmtAny(same[0]!)}; draft says less than ${fmtAny(r)}`);
        continue;
      }
      if (r.bound === 'gt') {
        if (same.every((s) => s.hi <= r.v && s.when !== 'before') && !/\bat least\b/.test(c)) say(`source says ${fmtAny(same[0]!)}; draft says more than ${fmtAny(r)}`);
        continue;
      }
      const match = same.filter((s) => within(s, r.v, r.approx || s.approx || r.kind === 'duration' || r.kind === 'rate'));
      if (match.length === 0) {
        // Neither value of the measure: another number.
        if (r.kind === 'score' && (same.length > 2 || srcReadings.some((s) => s.v === r.v && sharing(s.measure, r.measure).length > 0))) continue;
        // (A daily dose against a divided one: "150 mg a day" for "75 mg bd".)
        if (r.kind === 'dose' && same.some((s) => [2, 3, 4].some((k) => near(s.v * k, r.v, false))) && sources.some((x) => /\b(?:bd|bid|tds|tid|qds|qid|twice|2 times|three times|3 times)\b/i.test(x))) continue;
        // (A number the source gives bare, with no unit or measure read for it: "about 2 vs daily before".)
        if (r.hi === Infinity && same.some((s) => s.v >= r.v)) continue;
        // (The same amount is in the source, read for another measure: the draft may name it otherwise, "WASO 1 h".)
        const elsewhere = srcReadings.find((s) => s.kind === r.kind && r.kind !== 'score' && r.kind !== 'rate' && within(s, r.v, false));
        if (elsewhere !== undefined) {
          if (labels.length > 0 && elsewhere.label !== null && !labels.includes(elsewhere.label)) say(`source gives ${fmtAny(r)} at session ${elsewhere.label}, not at session ${labels.join(' or ')}`);
          continue;
        }
        if (srcReadings.some((s) => s.kind === 'score' && (s.v === r.v / (r.f || 1) || s.v === r.v))) continue;
        say(`source says ${fmtAny(same[0]!)}; draft says ${fmtAny(r)}`);
        continue;
      }
      // The earlier value given as now.
      if ((r.now || labels.length > 0) && r.when !== 'before' && match.every((s) => s.when === 'before') && same.some((s) => s.when !== 'before' && !within(s, r.v, false))) {
        const cur = same.find((s) => s.when !== 'before' && !within(s, r.v, false))!;
        say(`source gives ${fmtAny(r)} as the earlier value and ${fmtAny(cur)} now; draft gives ${fmtAny(r)} as now`);
      }
    }
  }
  return out;
}
/** Capitalised words not opening a sentence, and the word after a title: the people a note names. */
function namesIn(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const t of texts)
    for (const m of t.matchAll(/(?<=[a-z0-9,;)]\s+|\b(?:Mr|Ms|Mrs|Mx|Dr)\.?\s+)([A-Z][a-z]+)\b/g)) out.add(stem(m[1]!.toLowerCase()));
  return out;
}
const fmtDur = (days: number): string => (days >= 28 && days % 30 === 0 ? `${days / 30} months` : days >= 7 && days % 7 === 0 ? `${days / 7} weeks` : days >= 1 ? `${+days.toFixed(2)} days` : `${+(days * 24).toFixed(2)} hours`);
const fmtAny = (r: Reading): string => (r.kind === 'duration' ? fmtDur(r.v) : r.kind === 'rate' ? fmt(r.v, 'rate') : r.kind.startsWith('count:') ? `${r.v}${r.hi !== r.v ? `-${r.hi}` : ''} ${r.kind.slice(6)}` : r.kind === 'dose' ? `${r.v} mg` : `${r.v}${r.hi !== r.v ? `-${r.hi}` : ''}`);

/** For tests: the readings of one text. */
export const readingsOf = (text: string): Reading[] => segmentOf(text).readings;

/**
 * A draft's absence bounded by a duration — "no self-harm for five weeks", "no purging in 3 weeks" —
 * where the source gives the same duration since the act last happened or stopped ("last occurred
 * 5 weeks ago", "has stopped for 3 weeks"): the draft's negation agrees with the source's event.
 */
export function boundedAbsenceAgrees(sentence: string, sources: readonly string[]): boolean {
  const src = sources.flatMap((s) => {
    const seg = segmentOf(s);
    return seg.readings.filter((r) => r.kind === 'duration' && SINCE.test(seg.clauses[r.clause] ?? ''));
  });
  if (src.length === 0) return false;
  return clausesOf(sentence).some((c, k) => {
    if (!ABSENT.test(c)) return false;
    return readingsOfClause(c, k, null).some((r) => r.kind === 'duration' && /\b(?:for|in|over|the past|the last)\s*(?:about\s+|around\s+|~)?$/.test(c.slice(Math.max(0, r.at - 16), r.at)) && src.some((s) => within(s, r.v, true) && sharedMeasure(s.measure, r.measure).length > 0));
  });
}
const ABSENT = /\b(?:no|not|never|none|without|free|abstinent|clean|n't)\b/;
const SINCE = /\b(?:ago|last|stopped|ceased|since|free|none|no|not|abstinent|clean|without)\b/;
