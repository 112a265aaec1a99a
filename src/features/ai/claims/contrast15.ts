// Round vcatch (issue 15, R03): contradictions the word-level rules see only as "something added"
// or not at all. Each rule reads one kind of clinical statement on both sides and reports a
// conflict when the draft gives the same thing another value:
//   quantifiers     "all", "none", "some", "N of M" over the same noun ("missed all of her sessions"
//                   against "missed two of six");
//   frequency       the same count per another period ("twice a week" against "twice a month");
//   medication      a drug held, switched away from or kept at its dose, and a draft that says it
//                   continues or changed; a note that says "no other medication" and a draft naming one;
//   plan vs done    a thing the source only plans, books or awaits, said by the draft to have happened;
//                   "before" against "after" the same event;
//   numbers         another value in the same unit about the same topic (only for a number the rules
//                   already found nowhere in the source); clinical shorthand durations (6/12, 2/52);
//   people          the one person the draft adds, where the source gives the same statement of
//                   another person; the agent of a passive ("cancelled by her father") against the
//                   draft's subject; an event cancelled that the draft says took place;
//   exclusive slots weekdays/weekends, morning/night, verbal/physical abuse, self-harm methods,
//                   living alone/with others, phone/video; antonyms (louder/quieter, above/below);
//   direction       a rise or fall the draft states, against two dated values of the source.
// Every rule only adds a contradiction; nothing here clears a flag (risk safety is untouched).
import { flatMap, matchesOf, recordLookup, stem } from './text.ts';

/** A draft that marks its clause as an addition beside the source's ("also", "as well", "too"). */
const ALSO = /\b(?:also|as well|too|additionally|in addition)\b/i;
const WORD = /[a-z0-9]+(?:[-'/.][a-z0-9]+)*/g;
// Per-text memos (the same cited segments are read for every sentence of a draft); emptied with the
// analysis cache (index.ts clearAnalysisCache) and when they grow large.
const WORDS_MEMO = new Map<string, string[]>();
const CLAUSES_MEMO = new Map<string, string[]>();
export function clearContrast15Cache(): void {
  WORDS_MEMO.clear();
  CLAUSES_MEMO.clear();
}
function memo(m: Map<string, string[]>, t: string, f: (t: string) => string[]): string[] {
  let v = m.get(t);
  if (v === undefined) {
    if (m.size > 20000) m.clear();
    v = f(t);
    m.set(t, v);
  }
  return v;
}
const words = (t: string): string[] => memo(WORDS_MEMO, t, (x) => x.toLowerCase().match(WORD) ?? []);
/** Clauses: sentence and semicolon boundaries (a "but" starts a new one). */
const clauses = (t: string): string[] => memo(CLAUSES_MEMO, t, splitClauses);
const splitClauses = (t: string): string[] =>
  t
    .split(/(?<=[.!?;])\s+|\n+|;\s*|\s+but\s+|,\s*(?:and\s+)?(?=(?:no|not|denies|never)\b)/i)
    .map((c) => c.trim())
    .filter((c) => c !== '');
const STOP = new Set('a an the of to in on at for by with and or but is are was were be been being has have had do does did her his their its my our your she he they it this that these those as from into than then so not no also about all some none any every each both only just now currently today yet still'.split(' '));
const content = (ws: readonly string[]): string[] => ws.filter((w) => w.length > 2 && !STOP.has(w) && !isDigit(w));
const stems = (ws: readonly string[]): Set<string> => new Set(content(ws).map(stem));
/** The names a text writes with a capital inside a sentence ("Mrs Aldwinckle"): not a topic. */
const namesOf = (t: string): Set<string> => new Set((t.match(/(?<=\S\s+)[A-Z][a-z'-]+/g) ?? []).map((w) => stem(w.toLowerCase())));
const topicOf = (clause: string, ws: readonly string[]): Set<string> => {
  const names = namesOf(clause);
  return new Set([...stems(ws)].filter((x) => !names.has(x)));
};
const shares = (a: ReadonlySet<string>, b: ReadonlySet<string>, except: ReadonlySet<string> = new Set()): boolean => [...a].some((x) => !except.has(x) && b.has(x));

const NUMBER_WORDS: Readonly<Record<string, number>> = { zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, once: 1, twice: 2, half: 0.5 };
// (vspeed4) The word records below are read through Maps (text.ts recordLookup: the same answers,
// prototype keys included): a word sliced from a text looked up on an object costs V8 a string-table
// search each time, and these run for every word of every clause. A word that does not open with a
// digit cannot be a numeral, so the pattern is tried only on those.
const NUMBER_OF = recordLookup(NUMBER_WORDS);
const isDigit = (w: string): boolean => w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57;
const numOf = (w: string): number | null => (isDigit(w) && /^\d+(?:\.\d+)?$/.test(w) ? Number(w) : (NUMBER_OF.get(w) ?? null));

// ---- quantifiers ----------------------------------------------------------------------------
type Q = 'all' | 'none' | 'some' | 'part';
interface Quant {
  q: Q;
  nouns: Set<string>;
  rest: Set<string>;
}
const QUANT: Readonly<Record<string, Q>> = { all: 'all', every: 'all', each: 'all', none: 'none', some: 'some', several: 'some', most: 'some' };
const QUANT_OF = recordLookup(QUANT);
const DET = /^(?:of|the|her|his|their|its|my|these|those|this|week's|weeks)$/;
function quants(text: string): Quant[] {
  const out: Quant[] = [];
  for (const c of clauses(text)) {
    const ws = words(c);
    const all = stems(ws);
    ws.forEach((w, i) => {
      let q: Q | undefined = QUANT_OF.get(w);
      let from = i + 1;
      // "two of her six sessions", "on 5 of 7 days": a part, unless the two numbers are equal.
      if (q === undefined && numOf(w) !== null && ws[i + 1] === 'of') {
        let k = i + 2;
        while (k < ws.length && DET.test(ws[k]!)) k++;
        const m = numOf(ws[k] ?? '');
        const n = numOf(w)!;
        if (m === null || !(m > n)) return;
        q = n === 0 ? 'none' : 'part';
        from = k + 1;
      }
      // ("all day", "all the time", "every day" are about time, and "every" of a period is a frequency: kept, the noun says which.)
      if (q === undefined) return;
      // "no longer", "some time": not quantifiers over a thing.
      if (w === 'some' && /^(?:time|point|extent|degree|days?)$/.test(ws[i + 1] ?? '')) return;
      while (from < ws.length && (DET.test(ws[from]!) || numOf(ws[from]!) !== null)) from++;
      const nouns = new Set(content(ws.slice(from, from + 3)).map(stem));
      if (nouns.size === 0) return;
      out.push({ q, nouns, rest: new Set([...all].filter((s) => !nouns.has(s))) });
    });
  }
  return out;
}
const CLASH: ReadonlyArray<[Q, Q]> = [['all', 'none'], ['all', 'part'], ['none', 'part'], ['none', 'some']];
function quantifierConflicts(sentence: string, sources: readonly string[]): string[] {
  const d = quants(sentence);
  if (d.length === 0) return [];
  const s = flatMap(sources, quants);
  for (const x of d) {
    for (const y of s) {
      if (!shares(x.nouns, y.nouns) || !shares(x.rest, y.rest)) continue;
      if (CLASH.some(([a, b]) => (x.q === a && y.q === b) || (x.q === b && y.q === a))) return [`source says ${y.q === 'part' ? 'some but not all' : y.q} of the ${[...y.nouns][0]}; draft says ${x.q === 'part' ? 'some but not all' : x.q}`];
    }
  }
  return [];
}

// ---- frequency: the same count per another period -----------------------------------------
const PERIOD: Readonly<Record<string, string>> = { day: 'day', days: 'day', daily: 'day', night: 'day', nights: 'day', week: 'week', weeks: 'week', wk: 'week', weekly: 'week', fortnight: 'fortnight', month: 'month', months: 'month', monthly: 'month', year: 'year', years: 'year', yr: 'year' };
const PERIOD_OF = recordLookup(PERIOD);
interface Rate {
  n: number;
  per: string;
  topic: Set<string>;
}
function rates(text: string): Rate[] {
  const out: Rate[] = [];
  for (const c of clauses(text)) {
    const ws = words(c);
    const topic = stems(ws.filter((w) => !PERIOD_OF.has(w) && numOf(w) === null && w !== 'times' && w !== 'time'));
    ws.forEach((w, i) => {
      // "twice a month", "3 times per week", "10 a day", "4/wk"
      const slash = /^(\d+)\/(wk|week|day|month|mo|d)$/.exec(w);
      if (slash !== null) {
        out.push({ n: Number(slash[1]), per: PERIOD_OF.get(slash[2]!) ?? (slash[2] === 'd' ? 'day' : 'month'), topic });
        return;
      }
      const n = numOf(w);
      if (n === null) return;
      let k = i + 1;
      if (ws[k] === 'times' || ws[k] === 'x') k++;
      if (!/^(?:a|per|each|every|an)$/.test(ws[k] ?? '')) return;
      const per = PERIOD_OF.get(ws[k + 1] ?? '');
      if (per !== undefined) out.push({ n, per, topic });
    });
  }
  return out;
}
function rateConflicts(sentence: string, sources: readonly string[]): string[] {
  const d = rates(sentence);
  if (d.length === 0) return [];
  const s = flatMap(sources, rates);
  for (const x of d) {
    if (s.some((y) => y.n === x.n && y.per === x.per)) continue;
    const y = s.find((y) => y.n === x.n && y.per !== x.per && shares(x.topic, y.topic));
    if (y !== undefined) return [`source says ${y.n} a ${y.per}; draft says ${x.n} a ${x.per}`];
  }
  return [];
}

// ---- medication status ----------------------------------------------------------------------
const DRUG = /(?:azepam|azolam|oxetine|etine|aline|opram|apine|idone|azine|tyline|ipramine|olol|ithium|trigine|pidem|iclone|fexine|faxine|piprazole|buspirone|phenidate|tiapine|epine|onidine|tonin|abalin|pentin|proate|azodone|ezil|oxone|adone|orphine)$/;
const drugsIn = (t: string): string[] => words(t).filter((w) => DRUG.test(w));
const CONTINUES = /\b(?:continued|continues|continuing|still (?:on|taking|takes)|remains on|carried on|ongoing)\b/i;
const CHANGED = /\b(?:increased|raised|reduced|decreased|lowered|titrated|changed|doubled|halved|went up|gone up|cut (?:back|down))\b/i;
function medicationConflicts(sentence: string, sources: readonly string[]): string[] {
  const out: string[] = [];
  const d = sentence.toLowerCase();
  const drugs = drugsIn(sentence);
  const hasNeg = /\b(?:not|no|never|isn't|wasn't|hasn't|didn't)\b/.test(d);
  for (const src of sources) {
    for (const c of clauses(src)) {
      const s = c.toLowerCase();
      // "no other medication", "not on any medication": the draft names a drug the note lacks.
      if (/\b(?:not (?:on|taking) any|no|nil)\s+(?:other\s+|regular\s+|current\s+|further\s+)?(?:medications?|meds|medicines?|tablets)\b/.test(s) && !hasNeg) {
        const named = drugs.find((w) => !words(src).includes(w));
        if (named !== undefined) out.push(`source says no other medication; draft says ${named}`);
      }
      for (const drug of drugs) {
        if (!words(s).includes(drug) && !(drugs.length === 1 && /\bdose\b/.test(s) && /\bdose\b/.test(d))) continue;
        // Switched away from, held, stopped: the draft says it continues.
        const switchedFrom = new RegExp(String.raw`\b(?:switched|changed|moved)\b[^.]*\bfrom ${drug}\b|\b${drug}\b[^.]*\b(?:replaced|swapped)\b`).test(s);
        const held = new RegExp(String.raw`\b${drug}\b[^.]{0,30}\b(?:held|paused|withheld|on hold|suspended)\b`).test(s);
        const stopped = new RegExp(String.raw`\b${drug}\b[^.]{0,40}\b(?:stopped|discontinued|tapered off|ceased)\b|\b(?:stopped|discontinued|ceased|came off)\s+(?:the\s+|his\s+|her\s+)?${drug}\b`).test(s) && !/\b(?:will|to|plan|if|would)\b/.test(s);
        if ((switchedFrom || held || stopped) && !hasNeg && (CONTINUES.test(d) || (stopped && /\b(?:started|restarted|began|commenced)\b/.test(d) && !/\b(?:stopped|restarted)\b/.test(s)))) {
          out.push(`source says ${drug} ${switchedFrom ? 'was switched away from' : held ? 'was held' : 'was stopped'}; draft says it ${CONTINUES.test(d) ? 'continues' : 'was started'}`);
        }
        // Kept at the same dose: the draft says it changed.
        if (/\b(?:kept at|unchanged|same dose|no change|continue (?:the )?current dose|remains at|stays at)\b/.test(s) && CHANGED.test(d) && !hasNeg && !CHANGED.test(s)) out.push(`source says the ${drug} dose is unchanged; draft says it changed`);
      }
      // A dose change with no drug named on either side ("Continue current dose" / "dose was increased").
      if (drugs.length === 0 && /\bdose\b/.test(d) && /\b(?:kept at|unchanged|same dose|no change|continue (?:the )?current dose)\b/.test(s) && CHANGED.test(d) && !hasNeg && !CHANGED.test(s)) out.push('source says the dose is unchanged; draft says it changed');
    }
  }
  return out;
}

// ---- planned against done, before against after --------------------------------------------
const FUTURE = /\b(?:plans? to|planning to|will|going to|intends? to|hopes? to|next (?:week|month|session|time|review|appointment)|booked|scheduled|awaiting|waiting list|pending|not yet|to (?:start|begin)|agreed to (?:start|begin)|plan:|if\b)/i;
const DONE = /\b(?:currently|now (?:on|using|taking)|has (?:been|seen|started|had|begun|attended|completed)|have (?:been|seen|started)|was (?:started|seen|completed|given|done|increased|reduced|held)|were (?:completed|done|given)|started|began|took place|attended|already|completed|is (?:using|on|taking))\b/i;
function plannedConflicts(sentence: string, sources: readonly string[]): string[] {
  const d = sentence.toLowerCase();
  const out: string[] = [];
  if (!FUTURE.test(d) && DONE.test(d)) {
    const ds = stems(words(d).filter((w) => !/^(?:currently|now|has|have|been|seen|started|began|begun|using|taking|took|place|attended|already|completed|done|given|increased|reduced|held|start|use|using)$/.test(w)));
    if (ds.size > 0) {
      const future = flatMap(sources, clauses).filter((c) => FUTURE.test(c));
      const present = flatMap(sources, clauses).filter((c) => !FUTURE.test(c));
      const presentStems = new Set(flatMap(present, (c) => [...stems(words(c))]));
      // Every content word of the draft is the planned clause's, and one of them only there.
      for (const c of future) {
        const fs = stems(words(c));
        if ([...ds].every((x) => fs.has(x)) && [...ds].some((x) => !presentStems.has(x))) {
          out.push('source says this is planned; draft says it has happened');
          break;
        }
      }
    }
  }
  // "before the accident" against "after the accident".
  for (const [a, b] of [['before', 'after'], ['after', 'before']] as const) {
    for (const m of matchesOf(d, new RegExp(String.raw`\b${a}\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:[a-z]+\s+)?([a-z]{3,})`, 'g'))) {
      const noun = stem(m[1]!);
      const src = sources.join(' ').toLowerCase();
      const other = matchesOf(src, new RegExp(String.raw`\b${b}\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:[a-z]+\s+)?([a-z]{3,})`, 'g')).some((x) => stem(x[1]!) === noun);
      const same = matchesOf(src, new RegExp(String.raw`\b${a}\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:[a-z]+\s+)?([a-z]{3,})`, 'g')).some((x) => stem(x[1]!) === noun);
      if (other && !same) out.push(`source says ${b} the ${m[1]}; draft says ${a}`);
    }
  }
  return out;
}

// ---- numbers ------------------------------------------------------------------------------
const UNIT: Readonly<Record<string, string>> = { mg: 'mg', mcg: 'mcg', ml: 'ml', kg: 'kg', kgs: 'kg', lb: 'lb', lbs: 'lb', h: 'hour', hr: 'hour', hrs: 'hour', hour: 'hour', hours: 'hour', min: 'minute', mins: 'minute', minute: 'minute', minutes: 'minute', day: 'day', days: 'day', week: 'week', weeks: 'week', wk: 'week', wks: 'week', month: 'month', months: 'month', year: 'year', years: 'year', yrs: 'year', '%': 'percent', percent: 'percent' };
const UNIT_OF = recordLookup(UNIT);
const SHORTHAND: Readonly<Record<string, string>> = { '12': 'month', '52': 'week', '7': 'day' };
interface NumAt {
  v: number;
  unit: string | null;
  topic: Set<string>;
  shorthand?: boolean;
}
function numsIn(text: string): NumAt[] {
  const out: NumAt[] = [];
  for (const c of clauses(text)) {
    const ws = c.toLowerCase().replace(/(\d)(mg|mcg|ml|kg|h|hrs?|mins?|wks?)\b/g, '$1 $2').replace(/(\d)\s*%/g, '$1 %').match(/[a-z]+|\d+(?:\.\d+)?(?:\/\d+)?|%/g) ?? [];
    const topic = topicOf(c, ws.filter((w) => !UNIT_OF.has(w)));
    ws.forEach((w, i) => {
      const sh = /^(\d+)\/(12|52|7)$/.exec(w);
      if (sh !== null && /^(?:x|for)$/.test(ws[i - 1] ?? '')) {
        out.push({ v: Number(sh[1]), unit: SHORTHAND[sh[2]!]!, topic, shorthand: true });
        return;
      }
      const outOf = /^(\d+(?:\.\d+)?)\/(\d+)$/.exec(w);
      if (outOf !== null) {
        out.push({ v: Number(outOf[1]), unit: `/${outOf[2]}`, topic });
        return;
      }
      const v = numOf(w);
      if (v === null || w === 'once' || w === 'twice' || w === 'half') return;
      if (ws[i + 1] === 'out' && ws[i + 2] === 'of' && ws[i + 3] !== undefined) {
        out.push({ v, unit: `/${ws[i + 3]}`, topic });
        return;
      }
      out.push({ v, unit: UNIT_OF.get(ws[i + 1] ?? '') ?? null, topic });
    });
  }
  return out;
}
const CHANGE_SIZE = /\b(?:by|lost|gained|dropped by|fell by|rose by|another|extra|more|fewer|less)\s+(?:about\s+|around\s+|nearly\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)/i;
function numberConflicts(sentence: string, sources: readonly string[], addedNumbers: readonly number[]): string[] {
  const out: string[] = [];
  const d = numsIn(sentence);
  const s = flatMap(sources, numsIn);
  // Clinical shorthand: "x 6/12" is six months; a draft that says six weeks has another duration.
  for (const x of d) {
    if (x.unit === null || x.unit.startsWith('/')) continue;
    const periods = ['day', 'week', 'month', 'year'];
    // (A duration the source writes in shorthand, "x 6/12", is that note's one duration of the value: no topic needed.)
    const y = s.find((y) => y.v === x.v && y.unit !== null && y.unit !== x.unit && periods.includes(y.unit) && periods.includes(x.unit!) && (shares(x.topic, y.topic) || y.shorthand === true));
    if (y !== undefined && !s.some((z) => z.v === x.v && z.unit === x.unit)) out.push(`source says ${y.v} ${y.unit}s; draft says ${x.v} ${x.unit}s`);
  }
  if (addedNumbers.length === 0 || CHANGE_SIZE.test(sentence)) return out;
  for (const x of d) {
    if (!addedNumbers.includes(x.v) || s.some((y) => y.v === x.v)) continue;
    // The same unit ("mg", "/100", "hours") and a topic word of the same clause.
    const y = s.find((y) => x.unit !== null && y.unit === x.unit && shares(x.topic, y.topic));
    if (y !== undefined) {
      out.push(`${y.v}${y.unit!.startsWith('/') ? y.unit : ` ${y.unit}`} in source; draft says ${x.v}`);
      continue;
    }
    // A count of a thing ("three panic attacks this week" against "panic attacks: one this week"):
    // the counted noun follows the draft's number; the source counts the same noun in one clause.
    if (x.unit === null) {
      const after = sentence.toLowerCase().match(new RegExp(String.raw`\b(?:${x.v}|${Object.keys(NUMBER_WORDS).filter((k) => NUMBER_WORDS[k] === x.v && k !== 'once' && k !== 'twice').join('|') || 'zzz'})\s+([a-z]+(?:\s+[a-z]+)?)`));
      const noun = after === null ? [] : content(words(after[1]!)).map(stem);
      if (noun.length === 0) continue;
      const z = s.find((y) => y.unit === null && noun.every((n) => y.topic.has(n)) && shares(x.topic, y.topic, new Set(noun)));
      if (z !== undefined) out.push(`source counts ${z.v}; draft says ${x.v}`);
    }
  }
  return out;
}

// ---- people -------------------------------------------------------------------------------
const PEOPLE = new Set(['mother', 'mum', 'mom', 'father', 'dad', 'parent', 'parents', 'sister', 'brother', 'son', 'daughter', 'husband', 'wife', 'partner', 'boyfriend', 'girlfriend', 'friend', 'uncle', 'aunt', 'cousin', 'grandmother', 'grandfather', 'grandma', 'grandad', 'granddad', 'stepfather', 'stepmother', 'stepdad', 'stepmum', 'nephew', 'niece', 'teacher', 'tutor', 'gp', 'employer', 'manager', 'boss', 'carer', 'nurse', 'consultant', 'psychiatrist', 'police', 'cardiology', 'client', 'patient', 'pt']);
const MALE = /^(?:father|dad|brother|son|husband|boyfriend|uncle|grandfather|grandad|granddad|stepfather|stepdad|nephew)$/;
const FEMALE = /^(?:mother|mum|mom|sister|daughter|wife|girlfriend|aunt|grandmother|grandma|stepmother|stepmum|niece)$/;
const SAME_PERSON: ReadonlyArray<ReadonlySet<string>> = [new Set(['mother', 'mum', 'mom']), new Set(['father', 'dad']), new Set(['client', 'patient', 'pt']), new Set(['grandfather', 'grandad', 'granddad']), new Set(['grandmother', 'grandma']), new Set(['stepfather', 'stepdad']), new Set(['stepmother', 'stepmum'])];
const same = (a: string, b: string): boolean => a === b || SAME_PERSON.some((g) => g.has(a) && g.has(b));
function personConflicts(sentence: string, sources: readonly string[], added: readonly string[]): string[] {
  const out: string[] = [];
  const dw = words(sentence);
  // The one person the draft adds, where the source says the same of another one.
  const addedPeople = added.filter((w) => PEOPLE.has(w));
  if (addedPeople.length === 1 && added.length <= 2 && !ALSO.test(sentence)) {
    const p = addedPeople[0]!;
    const ds = stems(dw.filter((w) => !PEOPLE.has(w)));
    for (const c of flatMap(sources, clauses)) {
      const cw = words(c);
      const q = cw.find((w) => PEOPLE.has(w) && !same(w, p) && !dw.some((x) => same(x, w)) && w !== 'client' && w !== 'patient' && w !== 'pt');
      if (q !== undefined && [...ds].filter((x) => stems(cw).has(x)).length >= 2) {
        out.push(`source says this of the ${q}; draft says the ${p}`);
        break;
      }
    }
  }
  // The agent of a passive ("was cancelled by him", "by social care") against the draft's subject.
  for (const src of sources) {
    const s = src.toLowerCase();
    for (const m of matchesOf(s, /\b(?:was|were|been|is)\s+([a-z]+ed)\s+by\s+(?:the\s+|his\s+|her\s+|their\s+)?([a-z]+)(?:\s+([a-z]+))?/g)) {
      const verb = stem(m[1]!);
      let agent = m[2]!;
      if (agent === 'him' || agent === 'her') {
        const re = agent === 'him' ? MALE : FEMALE;
        const person = words(src).find((w) => re.test(w));
        if (person === undefined) continue;
        agent = person;
      }
      if (!PEOPLE.has(agent) && !(m[3] !== undefined && PEOPLE.has(m[3]))) continue;
      if (!PEOPLE.has(agent)) agent = m[3]!;
      // The draft: "<subject> <verb>" in the active voice.
      const at = dw.findIndex((w) => stem(w) === verb);
      if (at <= 0 || /^(?:was|were|been|is|be)$/.test(dw[at - 1]!)) continue;
      const subject = dw.slice(Math.max(0, at - 3), at).reverse().find((w) => PEOPLE.has(w) || w === 'she' || w === 'he');
      if (subject === undefined) continue;
      const subj = subject === 'she' || subject === 'he' ? 'client' : subject;
      if (!same(subj, agent) && !dw.slice(at).some((w) => same(w, agent))) out.push(`source says the ${agent} ${m[1]}; draft says the ${subj} did`);
    }
  }
  // An event the source says was cancelled, which the draft says took place.
  if (/\b(?:took place|went ahead|was held|happened|went well)\b/i.test(sentence) && !/\b(?:not|never|didn't)\b/i.test(sentence)) {
    const ds = stems(dw);
    for (const c of flatMap(sources, clauses)) if (/\b(?:cancel+ed|postponed|called off|did not (?:take place|happen)|didn't happen)\b/i.test(c) && shares(ds, stems(words(c)), new Set(['took', 'place']))) {
      out.push('source says it was cancelled; draft says it took place');
      break;
    }
  }
  return out;
}

// ---- mutually exclusive values and antonyms ----------------------------------------------
const GROUPS: ReadonlyArray<ReadonlyArray<ReadonlySet<string>>> = [
  [new Set(['weekday', 'weekdays', 'weeknight', 'weeknights']), new Set(['weekend', 'weekends'])],
  [new Set(['morning', 'mornings', 'breakfast']), new Set(['night', 'nights', 'nightly', 'evening', 'evenings', 'bedtime'])],
  [new Set(['verbal', 'verbally']), new Set(['physical', 'physically']), new Set(['sexual', 'sexually']), new Set(['financial', 'financially'])],
  [new Set(['scratching', 'scratched', 'scratch']), new Set(['cutting', 'cut', 'cuts']), new Set(['burning', 'burned', 'burnt', 'burns']), new Set(['hitting', 'punching', 'headbanging'])],
  [new Set(['phone', 'telephone']), new Set(['video', 'telehealth', 'zoom'])],
  [new Set(['louder']), new Set(['quieter'])],
  [new Set(['above']), new Set(['below', 'within'])],
  [new Set(['longer']), new Set(['shorter'])],
  [new Set(['earlier']), new Set(['later'])],
];
const GROUP_WORDS = new Set(flatMap(GROUPS, (g) => flatMap(g, (x) => [...x])));
function slotConflicts15(sentence: string, sources: readonly string[], added: readonly string[]): string[] {
  const out: string[] = [];
  const dw = words(sentence);
  // "He also takes guanfacine in the evening": an addition beside the source's fact, not another value of it.
  if (ALSO.test(sentence) || added.some((w) => DRUG.test(w))) return out;
  const srcAll = new Set(flatMap(sources, words));
  for (const group of GROUPS) {
    const mine = group.findIndex((g) => dw.some((w) => g.has(w)));
    if (mine < 0 || dw.some((w) => group.some((g, k) => k !== mine && g.has(w)))) continue;
    if ([...group[mine]!].some((w) => srcAll.has(w))) continue;
    const word = dw.find((w) => group[mine]!.has(w))!;
    const ds = stems(dw.filter((w) => w !== word));
    for (const c of flatMap(sources, clauses)) {
      const cw = words(c);
      const other = cw.find((w) => group.some((g, k) => k !== mine && g.has(w)));
      if (other !== undefined && shares(ds, stems(cw), new Set(['person', 'face', 'time']))) {
        out.push(`source says ${other}; draft says ${word}`);
        break;
      }
    }
  }
  // Living alone against living with someone.
  const lives = /\b(?:lives?|living)\s+(alone|on (?:his|her|their) own|with)\b/;
  const dl = lives.exec(sentence.toLowerCase());
  if (dl !== null) {
    const sl = sources.map((s) => lives.exec(s.toLowerCase())).find((m) => m !== null);
    if (sl != null && (dl[1] === 'with') !== (sl[1] === 'with')) out.push(`source says lives ${sl[1]}; draft says lives ${dl[1]}`);
  }
  return out;
}

// ---- direction against two dated values ------------------------------------------------------
const NOW = /^(?:today|now|currently|current|this)$/;
const BEFORE = /^(?:yesterday|last|previously|prev|previous|was|baseline|intake|before|earlier)$/;
const UP = /\b(?:increased|increasing|rose|risen|rising|gone up|went up|higher|climbed)\b/;
const DOWN = /\b(?:decreased|decreasing|fell|fallen|falling|dropped|gone down|went down|lower|declined)\b/;
/** A measure where more is better (improved = up); symptom scores are the other way. */
const GOOD_MORE = /^(?:mood|attendance|sleep|energy|concentration|appetite|engagement|wellbeing|functioning|motivation)$/;
function directionConflicts(sentence: string, sources: readonly string[]): string[] {
  const d = sentence.toLowerCase();
  if (/\d/.test(d) || /\b(?:not|no|never)\b/.test(d)) return [];
  const dw = words(d);
  const good = dw.find((w) => GOOD_MORE.test(w));
  let dir: 'up' | 'down' | null = UP.test(d) ? 'up' : DOWN.test(d) ? 'down' : null;
  if (dir === null && good !== undefined) dir = /\b(?:improved|improving|better)\b/.test(d) ? 'up' : /\b(?:worsened|worsening|worse|deteriorated)\b/.test(d) ? 'down' : null;
  if (dir === null) return [];
  const ds = stems(dw);
  for (const c of flatMap(sources, (s) => s.split(/(?<=[.!?;])\s+/))) {
    const cw = c.toLowerCase().match(/[a-z]+|\d+(?:\.\d+)?/g) ?? [];
    if (!shares(ds, stems(cw), new Set(['score', 'scores', 'rating', 'level']))) continue;
    let now: number | null = null;
    let before: number | null = null;
    for (let i = 0; i < cw.length; i++) {
      const w = cw[i]!;
      if (!/^\d/.test(w)) continue;
      // The marker next to the number: the word after it ("14 yesterday"), else the ones before ("prev 11").
      const j = UNIT_OF.has(cw[i + 1] ?? '') || cw[i + 1] === 'points' ? i + 2 : i + 1;
      const mark = [cw[j], cw[i - 1], cw[i - 2]].find((x) => x !== undefined && (BEFORE.test(x) || NOW.test(x)));
      if (mark === undefined) continue;
      if (BEFORE.test(mark)) before ??= Number(w);
      else now ??= Number(w);
    }
    // "up from 2/10", "down from 7": the source's own direction word decides, so leave it.
    if (now === null || before === null || now === before || /\b(?:up|down) from\b|\bfrom\b/.test(c.toLowerCase())) continue;
    const went = now > before ? 'up' : 'down';
    if (went !== dir) return [`source gives ${before} before and ${now} now; draft says it went ${dir}`];
  }
  // "Mood 4/10, up from 2/10" and "mood has worsened": the source's own word for a good measure.
  if (good !== undefined && !UP.test(d) && !DOWN.test(d)) {
    for (const c of flatMap(sources, clauses)) {
      const cl = c.toLowerCase();
      if (!words(cl).includes(good)) continue;
      const m = /\b(up|down) from\b/.exec(cl);
      if (m !== null && (m[1] === 'up') !== (dir === 'up')) return [`source says ${good} went ${m[1]}; draft says it ${dir === 'up' ? 'improved' : 'worsened'}`];
    }
  }
  return [];
}

// ---- a status the source negates or leaves undone, asserted by the draft ------------------
const STATUS_SAME: ReadonlyArray<ReadonlySet<string>> = [new Set(['given', 'provided', 'offered', 'handed', 'supplied']), new Set(['done', 'completed', 'finished']), new Set(['assigned', 'set']), new Set(['reduced', 'decreased', 'lower', 'low']), new Set(['indicated', 'needed', 'required', 'warranted'])];
const statusAlike = (a: string, b: string): boolean => a === b || STATUS_SAME.some((g) => g.has(a) && g.has(b));
const NEG = /\b(?:not|no|never|none|nor|without|isn't|wasn't|aren't|weren't|hasn't|didn't|doesn't|denies|denied)\b/i;
function statusConflicts(sentence: string, sources: readonly string[]): string[] {
  const d = sentence.toLowerCase();
  if (NEG.test(d)) return [];
  const dw = words(d);
  const out: string[] = [];
  for (const c of flatMap(sources, clauses)) {
    const cl = c.toLowerCase();
    // "Appetite not reduced", "recording not given": the subject, then "not", then the status word.
    for (const m of matchesOf(cl, /\b([a-z]{3,})\s+(?:is\s+|are\s+|was\s+|were\s+|has\s+been\s+|have\s+been\s+)?not\s+(?:yet\s+)?([a-z]{3,})\b/g)) {
      const subject = stem(m[1]!);
      const status = m[2]!;
      const at = dw.findIndex((w) => stem(w) === subject);
      if (at < 0 || !dw.slice(at + 1, at + 5).some((w) => statusAlike(w, status) || stem(w) === stem(status))) continue;
      out.push(`source says ${m[1]} not ${status}; draft says it was`);
    }
    // "sleep diary (assigned today)" and "the sleep diary was completed": set, not yet done.
    if (/\b(?:assigned|set)\b/.test(cl) && !/\b(?:completed|done|finished)\b/.test(cl) && /\b(?:was|were|has been|have been)\s+(?:completed|done|finished)\b/.test(d)) {
      const ds = stems(dw.filter((w) => !/^(?:completed|done|finished|homework|task|tasks)$/.test(w)));
      const cs = stems(words(cl));
      const elsewhere = flatMap(sources, clauses).some((o) => o !== c && /\b(?:completed|done|finished)\b/i.test(o) && [...ds].some((x) => stems(words(o)).has(x)));
      if (ds.size > 0 && [...ds].every((x) => cs.has(x)) && !elsewhere) out.push('source says it was assigned; draft says it was completed');
    }
  }
  return out;
}

// ---- the client said to do what the source says another person does ----------------------
const REPORTING = /\b(?:reports?|reported|says?|said|told|tells|describes?|described|thinks?|feels?|worried|worries|concerned|notes?|noted|disclosed|informed)\b/i;
function experiencerConflicts(sentence: string, sources: readonly string[]): string[] {
  const d = sentence.toLowerCase();
  const subject = /^(?:the\s+)?(?:client|patient|pt|she|he)\b/.exec(d);
  if (subject === null || words(d).some((w) => PEOPLE.has(w) && !/^(?:client|patient|pt)$/.test(w)) || REPORTING.test(d) || NEG.test(d)) return [];
  const ds = stems(words(d).filter((w) => !/^(?:client|patient|pt|she|he|been|has|have)$/.test(w)));
  if (ds.size < 2) return [];
  for (const c of flatMap(sources, clauses)) {
    const cl = c.toLowerCase();
    const m = /^(?:the\s+)?(?:client's|patient's|pt's|her|his|their)\s+([a-z]+)/.exec(cl);
    if (m === null || !PEOPLE.has(m[1]!) || REPORTING.test(cl)) continue;
    const cs = stems(words(cl));
    if ([...ds].every((x) => cs.has(x))) return [`source says this of the ${m[1]}; draft says it of the client`];
  }
  return [];
}

// ---- another agent for the same passive act; past against next -----------------------------
const AGENT_SAME: ReadonlyArray<ReadonlySet<string>> = [...SAME_PERSON, new Set(['gp', 'doctor', 'physician']), new Set(['self', 'herself', 'himself', 'themselves'])];
const sameAgent = (a: string, b: string): boolean => a === b || AGENT_SAME.some((g) => g.has(a) && g.has(b));
const BY = /\b([a-z]+ed)\s+by\s+(?:the\s+|his\s+|her\s+|their\s+|a\s+)?([a-z]+)(?:\s+([a-z]+))?/g;
function agentTimeConflicts(sentence: string, sources: readonly string[]): string[] {
  const out: string[] = [];
  const d = sentence.toLowerCase();
  // "referred by her mother" against "referred by the form tutor".
  for (const m of matchesOf(d, BY)) {
    const agent = m[2]!;
    if (!PEOPLE.has(agent)) continue;
    for (const src of sources) {
      for (const n of matchesOf(src.toLowerCase(), BY)) {
        if (stem(n[1]!) !== stem(m[1]!) || /^(?:him|her|them|me|phone|video|post|email|letter|text|car|bus)$/.test(n[2]!)) continue;
        const theirs = [n[2]!, n[3]].filter((w): w is string => w !== undefined);
        if (!theirs.some((w) => sameAgent(w, agent)) && !words(src).some((w) => sameAgent(w, agent))) out.push(`source says ${n[1]} by ${theirs.join(' ')}; draft says by the ${agent}`);
      }
    }
  }
  // "last week" against "next week": the same act, on the other side of now.
  const PAST = /\b(?:last (?:week|wk|month|session|night)|yesterday|ago)\b/;
  const NEXT = /\b(?:next (?:week|wk|month|session|time)|tomorrow)\b/;
  for (const [mine, theirs] of [[PAST, NEXT], [NEXT, PAST]] as const) {
    if (!mine.test(d) || theirs.test(d)) continue;
    const ds = stems(words(d));
    for (const c of flatMap(sources, clauses)) {
      const cl = c.toLowerCase();
      if (!theirs.test(cl) || mine.test(cl)) continue;
      const cs = stems(words(cl));
      if ([...ds].filter((x) => cs.has(x)).length >= 2 && !sources.some((o) => mine.test(o.toLowerCase()))) {
        out.push(`source says ${theirs.exec(cl)![0]}; draft says ${mine.exec(d)![0]}`);
        break;
      }
    }
  }
  return out;
}

// ---- risk attributes the terse notes give: passive or active ideation, means at hand --------
const ABOUT_SUICIDE = /\b(?:suicid\w*|si|end(?:ing)? (?:his|her|their|my) (?:own )?life|kill(?:ing)? (?:him|her|them|my)sel(?:f|ves)|(?:wish|wishes|wanting) to (?:be dead|die)|death wish\w*|better off dead|plan to (?:die|drown|hang|overdose|jump|crash))\b/;
const IDEATION = /\b(?:ideation|si|suicidal (?:thoughts|ideas)|death wish\w*|thoughts of (?:death|dying|suicide))\b/;
function riskAttributeConflicts(sentence: string, sources: readonly string[]): string[] {
  const out: string[] = [];
  const d = sentence.toLowerCase();
  const src = sources.join(' \n ').toLowerCase();
  // "Ideation: passive" and a draft with active thoughts or a plan worked out; "Ideation: active" and a draft that says passive.
  if (IDEATION.test(src) && (ABOUT_SUICIDE.test(d) || /\b(?:passive|active)\b/.test(d))) {
    const passive = /\bpassive\b/.test(src);
    const active = /\bactive\b/.test(src.replace(/\bactive(?:ly)? (?:participa\w*|listen\w*|engag\w*)/g, ''));
    const negated = /\b(?:no|not|never|denies|denied|without)\b/.test(d);
    if (passive && !active && !negated && (/\bactive\b/.test(d) || /\b(?:has|had|made|worked out|formed|with) (?:a |specific )?plans?\b|\bplan to\b/.test(d))) out.push('source says passive ideation; draft says active ideation or a plan');
    if (active && !passive && /\bpassive\b/.test(d) && !negated) out.push('source says active ideation; draft says passive');
  }
  // "no means at home" where the source has a rope in the garage; a gun "at home" that is stored elsewhere.
  const MEANS = '(?:means|firearms?|guns?|shotgun|rifle|weapons?|knife|knives|rope|ligature|pills|tablets|blades?|razors?)';
  // (A means the source says was stored with someone else or removed is not at hand.)
  const elsewhere = /\b(?:stored|store|kept|keep|removed|handed|given|locked)\b[^.]*\b(?:at|with|to|by) (?:his|her|their|the) (?:\w+'s|\w+ (?:farm|house|home|flat)|police|neighbour|brother|sister|father|mother|friend)/.test(src) || /\b(?:removed|handed in|handed over|disposed|surrendered|locked away)\b/.test(src);
  if (!elsewhere && new RegExp(String.raw`\b(?:no|not have any|hasn't got any|without) (?:access to )?(?:any )?${MEANS}\b`).test(d)) {
    for (const c of flatMap(sources, clauses)) {
      const cl = c.toLowerCase();
      if (new RegExp(String.raw`\b(?:has|have|owns|keeps|kept|got|bought|stockpiled|collected|access to)\s+(?:a |an |some |his |her |the )?(?:\w+ )?${MEANS}\b`).test(cl) && !NEG.test(cl)) {
        out.push('source says the means is at hand; draft says none');
        break;
      }
    }
  }
  const meansHere = new RegExp(String.raw`\b${MEANS}\b[^.]*\b(?:at home|in the (?:house|home|flat)|at (?:his|her|their) (?:home|house|flat))\b|\b(?:at home|in the (?:house|home))\b[^.]*\b${MEANS}\b`);
  if (meansHere.test(d) && !NEG.test(d)) {
    if (elsewhere && !/\b(?:at home|in the (?:house|home))\b/.test(src)) out.push('source says the means is kept elsewhere; draft says at home');
  }
  return out;
}

/**
 * The conflicts of this round, for verifyClaimRules. `added`: the content words the rules found in
 * no cited segment; `addedNumbers`: the draft's numbers found nowhere in them.
 */
export function contrast15Conflicts(sentence: string, sources: readonly string[], added: readonly string[], addedNumbers: readonly number[]): string[] {
  // Each rule runs only when the draft holds the words it reads (cheap tests first).
  const d = sentence.toLowerCase();
  const dw = words(sentence);
  const numeric = /\d/.test(d) || dw.some((w) => NUMBER_OF.has(w));
  const srcText = sources.join('\n').toLowerCase();
  return [
    ...(numeric || dw.some((w) => QUANT_OF.has(w)) ? quantifierConflicts(sentence, sources) : []),
    ...(numeric ? rateConflicts(sentence, sources) : []),
    ...(dw.some((w) => DRUG.test(w)) || dw.includes('dose') ? medicationConflicts(sentence, sources) : []),
    ...(DONE.test(d) || dw.includes('before') || dw.includes('after') ? plannedConflicts(sentence, sources) : []),
    ...(numeric ? numberConflicts(sentence, sources, addedNumbers) : []),
    ...(added.length > 0 || srcText.includes(' by ') || srcText.includes('cancel') || srcText.includes('postpone') ? personConflicts(sentence, sources, added) : []),
    ...(dw.some((w) => GROUP_WORDS.has(w)) || /\b(?:lives?|living)\b/.test(d) ? slotConflicts15(sentence, sources, added) : []),
    ...directionConflicts(sentence, sources),
    ...(srcText.includes('not ') || srcText.includes('assigned') || srcText.includes(' set') ? statusConflicts(sentence, sources) : []),
    ...experiencerConflicts(sentence, sources),
    ...(d.includes(' by ') || /\b(?:last|yesterday|ago|next|tomorrow)\b/.test(d) ? agentTimeConflicts(sentence, sources) : []),
    ...(srcText.includes('ideation') || /\b(?:si|passive|active)\b/.test(srcText) || /\b(?:means|firearms?|guns?|shotgun|rifle|weapons?|knife|knives|rope|ligature|pills|tablets|blades?|razors?)\b/.test(d) ? riskAttributeConflicts(sentence, sources) : []),
  ];
}
