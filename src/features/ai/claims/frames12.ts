// Round 12 frames (issue 15): events with participants, the time a value belongs to, and whether
// an act is still going on. Each reads a small frame from the draft and from the cited segments and
// reports a conflict only where both sides fill the same slot of the same frame:
//  - who did what to whom: the same verb with its agent and its patient the other way round
//    ("J. shouted at R." against "R. shouted at him"; "a classmate hit L." against "he hit a
//    classmate"; a passive's "by" phrase is its agent);
//  - the earlier value of a change given as the current one ("sleeps 4 hours" against "6 hours,
//    up from 4 in October"; "92 % this term" against "78 % this term, 92 % last term");
//  - still going on against stopped ("still takes pregabalin" against "pregabalin was tapered
//    off"; "still smokes cannabis" against "smoked daily until June");
//  - a refusal the source says was later withdrawn ("refused an ambulance" against "refused an
//    ambulance at first and then accepted it"), and a refusal against an approval of the same thing;
//  - a frequency against another frequency of the same act ("visits daily" against "visits every
//    weekend", "on Sundays").
import { lowerOf, readerFor } from './analysis.ts';
import { frameKey as key, shares, flatMap, matchesOf, recordLookup } from './text.ts';
import { lemmas, posOf } from './wordnet.ts';

/** Each text's frames, made once and shared (analysis.ts): a segment is cited by many sentences. */
const once = readerFor('frames12');

const STOP = new Set(['the', 'and', 'was', 'were', 'with', 'for', 'from', 'that', 'this', 'his', 'her', 'their', 'she', 'they', 'has', 'had', 'have', 'been', 'will', 'would', 'can', 'could', 'its', 'him', 'them', 'who', 'which', 'are', 'now', 'not', 'per', 'today', 'last', 'next', 'all', 'any', 'client', 'patient', 'reports', 'reported', 'says', 'said', 'still', 'new', 'about', 'down', 'than', 'rather', 'since', 'then', 'only', 'also', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
/** A text's content words, with their keys: read once per text and shared (analysis.ts). */
const topicWordsOf = (text: string): string[] => (lowerOf(text).match(/[a-z][a-z-]{2,}/g) ?? []).filter((w) => !STOP.has(w));
const topicSetOf = (text: string): Set<string> => new Set(once('topic-words', text, topicWordsOf).map(key));
/** The keys of a text's content words but those in `drop`. Shared when nothing is dropped: never mutate it. */
const topicOf = (text: string, drop?: ReadonlySet<string>): Set<string> =>
  drop === undefined ? once('topic', text, topicSetOf) : new Set(once('topic-words', text, topicWordsOf).filter((w) => !drop.has(w)).map(key));
/** Clauses: "; " and ". " end a frame (an initial's "J. " does not). */
const segments = (text: string): string[] => text.split(/;|(?<![A-Z])\.(?:\s|$)/).filter((s) => s.trim() !== '');
const NEGATED = /\b(?:not|no|never|n't|nobody|none|without)\b/;

// ---------------------------------------------------------------------------------------------
// Who did what to whom.
const PERSON_NOUN = /^(?:mother|mum|mom|father|dad|parents?|sisters?|brothers?|siblings?|sons?|daughters?|husband|wife|partner|boyfriend|girlfriend|friend|uncle|aunt|cousin|grandmother|grandfather|boss|manager|coworker|colleague|roommate|neighbou?r|teacher|classmate|peer|girl|boy|man|woman|stepfather|stepmother|stepdad|stepmum|carer|counsellor|counselor|therapist|nurse|officer|stranger)$/;
const PRONOUN = /^(?:he|she|him|her|they|them|i|me|we|us|you|himself|herself)$/;
const AUX = /^(?:is|was|were|are|has|had|have|been|being|be|did|does|do|will|would|could|can|may|might|should|still|also|then|just|often|always|never|repeatedly|allegedly|once|again|had|reportedly|apparently)$/;
const PREP = /^(?:at|about|from|to|for|with|on|against|towards|toward|into)$/;
const DET = /^(?:a|an|the|his|her|their|another|other|one|of|my|our|your|some|that)$/;
// (The table is made once, not per call.)
const CANON_PERSON = { mum: 'mother', mom: 'mother', dad: 'father', stepdad: 'stepfather', stepmum: 'stepmother', counselor: 'counsellor', neighbor: 'neighbour' } as Record<string, string>;
// (vspeed4: read through a Map, text.ts recordLookup: the same answers without a string-table search per word.)
const CANON_PERSON_OF = recordLookup(CANON_PERSON);
const canonPerson = (w: string): string => CANON_PERSON_OF.get(w) ?? w.replace(/s$/, '');
/** Words of a clause with their person reading: an initial ("J."), a capitalised name, a person noun or a pronoun. */
interface W {
  w: string;
  person: string | null;
  known: boolean;
}
/** A clause's words, read once per clause text and shared by the event and stance readings: never mutate them. */
const wordsOf = (seg: string): readonly W[] => once('words', seg, wordsOfUncached);
function wordsOfUncached(seg: string): W[] {
  const raw = seg.match(/[A-Za-z][A-Za-z'-]*\.?/g) ?? [];
  const out = raw.map((r, i): W => {
    const initial = /^[A-Z]\.$/.test(r);
    const bare = r.replace(/\.$/, '');
    const w = bare.toLowerCase();
    if (initial) return { w, person: `name:${w}`, known: true };
    // (A possessive names an owner, not a participant: "his mother's tablets".)
    if (/'s$/.test(w)) return { w, person: null, known: false };
    if (PRONOUN.test(w)) return { w, person: `pro:${w}`, known: false };
    if (PERSON_NOUN.test(w)) return { w, person: canonPerson(w), known: true };
    // (A capitalised word that opens the clause is a name only when no dictionary knows it.)
    if ((i > 0 || posOf(w) === null) && /^[A-Z][a-z]{2,}$/.test(bare) && !/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|School|Plan|Agreed)$/.test(bare)) return { w, person: `name:${w}`, known: true };
    return { w, person: null, known: false };
  });
  // "Q. Zebulon": a surname after an initial or a given name is the same person.
  return out.filter((x, i) => !(i > 0 && x.person?.startsWith('name:') === true && out[i - 1]!.person?.startsWith('name:') === true && /^[A-Z]/.test(raw[i]!) && !/\.$/.test(raw[i]!)));
}
interface Event {
  verb: string;
  agent: W;
  patient: W;
}
/** "A V (prep) (det) B" and "B was V by A", within a clause. */
function eventsOf(text: string): Event[] {
  const out: Event[] = [];
  for (const seg of segments(text)) {
    const ws = wordsOf(seg);
    for (let i = 0; i < ws.length; i++) {
      const a = ws[i]!;
      if (a.person === null) continue;
      let j = i + 1;
      while (j < ws.length && j <= i + 3 && AUX.test(ws[j]!.w)) j++;
      const v = ws[j];
      if (v === undefined || v.person !== null || NEGATED.test(v.w) || PREP.test(v.w) || DET.test(v.w) || v.w.length < 3) continue;
      // The verb of a negated act has no participants to compare ("did not hit").
      if (ws.slice(i + 1, j).some((x) => NEGATED.test(x.w))) continue;
      // Passive: "B was hit by A".
      const passive = ws.slice(i + 1, j).some((x) => /^(?:was|were|is|are|been|being)$/.test(x.w)) && /(?:ed|en|t)$/.test(v.w);
      let k = j + 1;
      let b: W | undefined;
      for (; k < ws.length && k <= j + 6; k++) {
        const x = ws[k]!;
        // ("her cousin": a possessive before a person noun is that person's determiner.)
        if (/^(?:his|her|their|my|our|your)$/.test(x.w) && ws[k + 1]?.known === true) continue;
        if (x.person !== null) {
          b = x;
          break;
        }
        if (/^(?:and|but|because|so|which|who|when|while|that|after|before|said|says)$/.test(x.w)) break;
      }
      if (b === undefined) continue;
      if (passive) {
        if (!ws.slice(Math.max(j + 1, k - 2), k).some((x) => x.w === 'by')) continue;
        out.push({ verb: key(v.w), agent: b, patient: a });
      } else out.push({ verb: key(v.w), agent: a, patient: b });
    }
  }
  return out;
}
const same = (x: W, y: W): boolean => x.known && y.known && x.person === y.person;
function roleConflicts(sentence: string, sources: readonly string[]): string[] {
  if (NEGATED.test(lowerOf(sentence))) return [];
  const drafted = once('events', sentence, eventsOf);
  if (drafted.length === 0) return [];
  const src = flatMap(sources, (t) => once('events', t, eventsOf));
  for (const d of drafted) {
    const frames = src.filter((s) => s.verb === d.verb);
    if (frames.length === 0) continue;
    // Some frame of the source with the same verb has the draft's agent or patient in the same role: agreed.
    if (frames.some((s) => same(s.agent, d.agent) || same(s.patient, d.patient))) continue;
    const swapped = frames.find((s) => (same(s.agent, d.patient) && s.agent.person !== d.agent.person) || (same(s.patient, d.agent) && s.patient.person !== d.patient.person));
    if (swapped !== undefined) return [`source says ${swapped.agent.w} ${d.verb} ${swapped.patient.w}; draft says ${d.agent.w} ${d.verb} ${d.patient.w}`];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// The earlier value of a change given as the current one.
const NUMBER_WORD: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, twenty: 20, thirty: 30, forty: 40, fifty: 50 };
const NUM = String.raw`(\d+(?:\.\d+)?|${Object.keys(NUMBER_WORD).join('|')})`;
const NUMBER_WORD_OF = recordLookup(NUMBER_WORD);
const numOf = (s: string): number => NUMBER_WORD_OF.get(s) ?? Number(s);
/** Marks that place a value before now: "from 4", "17 at assessment", "92 % last term", "24 a year ago". */
const BEFORE_PRE = /\b(?:from|previously|formerly|initially|used to be|had been)\s+(?:about |around |roughly )?$/;
const BEFORE_POST = /^\s*(?:%|(?!from\b|to\b)[a-z]+)?\s*(?:(?!from\b|to\b)[a-z]+\s+)?(?:(?:at|on) (?:assessment|intake|baseline|admission|referral)|last (?:week|term|month|year|time|visit|session|spring|summer|autumn|winter)|(?:a|one|two|three|six|\d+) (?:weeks?|months?|years?) ago|in (?:january|february|march|april|may|june|july|august|september|october|november|december|the (?:spring|summer|autumn|winter))|before|previously)\b/;
const NOW_MARK = /\b(?:now|currently|today|this (?:week|term|month|year|session)|at present|recently|these days)\b/;
interface Valued {
  v: number;
  unit: string;
  earlier: boolean;
}
// (Patterns made once: matchAll copies a pattern, so a shared global one keeps no state between calls.)
const VALUE_RE = new RegExp(String.raw`\b${NUM}\s*(%|[a-z]+)?`, 'g');
function valuesOf(seg: string): Valued[] {
  const out: Valued[] = [];
  const lower = seg.toLowerCase();
  for (const m of matchesOf(lower, VALUE_RE)) {
    const before = lower.slice(Math.max(0, m.index - 24), m.index);
    // (The size of a change is no value of its own: "up 0.8 kg from last week".)
    if (/\b(?:up|down|by|gained|lost|gain|loss|rose|fell|dropped)\s+(?:about\s+)?$/.test(before)) continue;
    const after = lower.slice(m.index + m[1]!.length, m.index + m[1]!.length + 40);
    const unit = m[2] === undefined || /^(?:in|at|on|last|a|from|to|this|and|or|of|per|ago|before|previously)$/.test(m[2]) ? '' : key(m[2]);
    out.push({ v: numOf(m[1]!), unit, earlier: BEFORE_PRE.test(before) || BEFORE_POST.test(after) });
  }
  return out;
}
function earlierValueConflicts(sentence: string, sources: readonly string[]): string[] {
  const lower = lowerOf(sentence);
  if (NEGATED.test(lower) || /\b(?:from|to|was|were)\s+\S+\s+(?:to|from)\b|\b(?:used to|before|previously|formerly|initially|ago|last (?:week|term|month|year)|at (?:assessment|intake|baseline)|in (?:january|february|march|april|may|june|july|august|september|october|november|december))\b/.test(lower)) return [];
  const drafted = valuesOf(sentence);
  if (drafted.length !== 1 || drafted[0]!.earlier) return [];
  const d = drafted[0]!;
  const topic = topicOf(lower);
  for (const seg of flatMap(sources, segments)) {
    const vals = valuesOf(seg);
    const then = vals.find((s) => s.v === d.v && s.earlier && (s.unit === d.unit || s.unit === '' || d.unit === ''));
    if (then === undefined) continue;
    // The value now: another value in the same clause, not marked earlier, of the same unit.
    const now = vals.find((s) => s !== then && !s.earlier && s.v !== d.v && (s.unit === then.unit || s.unit === '' || then.unit === ''));
    if (now === undefined || vals.some((s) => s.v === d.v && !s.earlier)) continue;
    if (!shares(topic, topicOf(seg))) continue;
    // (A draft about now, or one with no time at all, states the value as it is.)
    if (!NOW_MARK.test(lower) && /\b(?:was|were|had)\b/.test(lower)) continue;
    return [`source gives ${d.v} as the earlier value, now ${now.v}; draft gives ${d.v} as the current one`];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// Still going on against stopped.
const CEASED = /\b(?:stopped|quit|ceased|tapered off|tapered|discontinued|gave up|given up|came off|no longer|until (?:january|february|march|april|may|june|july|august|september|october|november|december|last|\d{4})|removed|handed (?:in|over|to)|taken away|took away|disposed of|got rid of|confiscated|surrendered)\b/;
const STILL = /\b(?:still|continues to|continued to|keeps|is still|remains on)\s+([a-z]+)(?:\s+([a-z]+))?/;
function stillConflicts(sentence: string, sources: readonly string[]): string[] {
  const lower = lowerOf(sentence);
  const m = STILL.exec(lower);
  if (m === null || NEGATED.test(lower)) return [];
  const words = topicOf(lower, new Set(['still', 'continues', 'continue', 'keeps', 'remains', 'daily', 'takes', 'take', 'taking', 'goes', 'going', 'has', 'uses', 'using', 'home', 'holds', 'owns']));
  if (words.size === 0) return [];
  for (const text of sources) {
    const segs = segments(text);
    for (let k = 0; k < segs.length; k++) {
      const s = segs[k]!.toLowerCase();
      if (/\bstill\b/.test(s)) continue;
      const clauses = s.split(/,|\band\b|\bbut\b/);
      for (let j = 0; j < clauses.length; j++) {
        const clause = clauses[j]!;
        const c = CEASED.exec(clause);
        if (c === null || /\b(?:not|never|n't|refused to|declined to)\s+(?:\w+\s+)?$/.test(clause.slice(0, c.index))) continue;
        // (Any of the clause's words: "X was tapered off", "has since stopped driving"; for "removed
        // it", the words of the clause before, where "it" was named.)
        let about = topicOf(clause);
        if (/\b(?:it|them)\b/.test(clause.slice(c.index))) about = new Set([...about, ...topicOf(j > 0 ? clauses[j - 1]! : k > 0 ? segs[k - 1]! : '')]);
        if (shares(words, about)) return [`source says ${c[0]}; draft says still ${m[1]}`];
      }
    }
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// A refusal later withdrawn, and a refusal against an approval.
const REFUSE = /\b(?:refused|declined|rejected|turned down|said no to)\b/;
const LATER_YES = /\b(?:at first|initially)\b.*\b(?:then|later|eventually|but)\b.*\b(?:accepted|agreed|consented|took)\b/;
const APPROVE = /\b(?:approved|granted|agreed to|allowed|authorised|authorized|accepted)\b/;
function refusalConflicts(sentence: string, sources: readonly string[]): string[] {
  const lower = lowerOf(sentence);
  if (NEGATED.test(lower)) return [];
  const topic = topicOf(lower, new Set(['refused', 'declined', 'rejected', 'approved', 'granted', 'agreed', 'accepted', 'allowed']));
  for (const seg of flatMap(sources, segments)) {
    const s = seg.toLowerCase();
    if (!REFUSE.test(s) || !shares(topic, topicOf(s))) continue;
    if (REFUSE.test(lower) && !/\b(?:at first|initially|then|later|eventually|before)\b/.test(lower) && LATER_YES.test(s)) return ['source says refused at first, then accepted; draft says refused'];
    if (APPROVE.test(lower) && !REFUSE.test(lower) && !APPROVE.test(s) && !NEGATED.test(s)) return ['source says refused; draft says approved'];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// A frequency against another frequency of the same act.
const FREQ: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:daily|nightly|every (?:day|night|morning|evening)|each (?:day|night)|(?:once|twice) a day)\b/, 'daily'],
  [/\b(?:every|each|at|on) (?:weekend|weekends|sunday|monday|tuesday|wednesday|thursday|friday|saturday)s?\b|\bon (?:sundays|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays)\b|\bweekly\b|\bonce a week\b|\bevery week\b/, 'weekly'],
  [/\b(?:fortnightly|every (?:two|2) weeks|once a fortnight)\b/, 'fortnightly'],
  [/\b(?:monthly|once a month|every month)\b/, 'monthly'],
];
const freqOf = (text: string): string[] => FREQ.filter(([re]) => re.test(text)).map(([, v]) => v);
function frequencyConflicts(sentence: string, sources: readonly string[]): string[] {
  const lower = lowerOf(sentence);
  if (NEGATED.test(lower) || /\b(?:from|used to|before|previously|rather than|instead of|until)\b/.test(lower)) return [];
  const mine = freqOf(lower);
  if (mine.length !== 1) return [];
  const words = topicOf(lower, new Set(['daily', 'nightly', 'every', 'each', 'weekly', 'monthly', 'fortnightly', 'weekend', 'weekends', 'week', 'day', 'night', 'sundays', 'sunday', 'saturdays', 'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'once', 'twice', 'month']));
  const about = flatMap(sources, segments).map((seg) => seg.toLowerCase()).filter((s) => shares(words, topicOf(s)));
  if (about.some((s) => freqOf(s).includes(mine[0]!))) return [];
  for (const s of about) {
    const theirs = freqOf(s);
    if (theirs.length !== 1 || /\b(?:from|rather than|used to|until|down|up)\b/.test(s)) continue;
    return [`source says ${theirs[0]}; draft says ${mine[0]}`];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// Who holds, does or asks: the same act on the same thing, done by the client in one and by
// someone else in the other ("he holds the key" against "his wife holds the key"; "the therapist
// asked to reduce sessions" against "she asked to reduce sessions"). A draft's subject pronoun is
// the client; a source's subject pronoun is compared only with a clinician's role, which notes
// name by the role and never as "he" or "she".
const CLINICIAN = /^(?:therapist|counsellor|counselor|nurse|psychiatrist|psychologist|doctor|gp|clinician|worker|keyworker|prescriber|consultant|dietitian|officer)$/;
const SUBJECT_PRONOUN = /^(?:he|she|they)$/;
interface Deed {
  verb: string;
  agent: string;
  pronoun: boolean;
  object: Set<string>;
}
function deedsOf(text: string): Deed[] {
  const out: Deed[] = [];
  for (const seg of segments(text)) {
    const ws = (seg.match(/[A-Za-z][A-Za-z'-]*/g) ?? []).map((w) => w.toLowerCase());
    for (let i = 0; i < ws.length; i++) {
      const a = ws[i]!;
      const pronoun = SUBJECT_PRONOUN.test(a);
      const role = CLINICIAN.test(a) || PERSON_NOUN.test(a);
      if (!pronoun && !role) continue;
      // ("his wife's", "the nurse's": an owner, not a subject.)
      let j = i + 1;
      while (j < ws.length && j <= i + 3 && (AUX.test(ws[j]!) || /^(?:to|will)$/.test(ws[j]!))) j++;
      const v = ws[j];
      if (v === undefined || v.length < 3 || PREP.test(v) || DET.test(v) || NEGATED.test(v) || PERSON_NOUN.test(v) || PRONOUN.test(v) || CLINICIAN.test(v)) continue;
      if (ws.slice(i + 1, j).some((x) => NEGATED.test(x)) || /^(?:said|says|reports|reported|feels|felt|agreed|agrees|is|was)$/.test(v)) continue;
      const object = new Set(ws.slice(j + 1, j + 6).filter((x) => x.length > 2 && !STOP.has(x) && !DET.test(x) && !PREP.test(x) && !PRONOUN.test(x)).map(key));
      if (object.size === 0) continue;
      out.push({ verb: key(v), agent: pronoun ? 'client' : canonPerson(a), pronoun, object });
    }
  }
  return out;
}
function doerConflicts(sentence: string, sources: readonly string[]): string[] {
  if (NEGATED.test(lowerOf(sentence)) || /\b(?:also|both|too|together|with)\b/i.test(sentence)) return [];
  const drafted = once('deeds', sentence, deedsOf);
  // (The sources are read only for a draft that states a deed.)
  if (drafted.length === 0) return [];
  const src = flatMap(sources, (t) => once('deeds', t, deedsOf));
  for (const d of drafted) {
    const frames = src.filter((s) => s.verb === d.verb && shares(s.object, d.object));
    if (frames.length === 0 || frames.some((s) => s.agent === d.agent)) continue;
    const other = frames.find((s) => (d.pronoun && !s.pronoun) || (!d.pronoun && CLINICIAN.test(d.agent) && s.pronoun));
    if (other !== undefined) return [`source says ${other.pronoun ? 'the client' : `the ${other.agent}`} ${d.verb}; draft says ${d.pronoun ? 'the client' : `the ${d.agent}`}`];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// When, by the day: "an hour ago" and "yesterday" are different days; "at night" and "during the day".
const DAY_ANCHORS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:(?:an|one|two|three|a few|\d+) (?:hours?|minutes?|mins?) ago|today|tonight|this (?:morning|afternoon|evening)|earlier today)\b/, 'today'],
  [/\b(?:yesterday|last night)\b/, 'yesterday'],
  [/\b(?:last week|a week ago|(?:two|three|\d+) weeks ago)\b/, 'weeks ago'],
  [/\b(?:last month|a month ago|(?:two|three|\d+) months ago)\b/, 'months ago'],
];
const PART_OF_DAY: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:at night|during the night|nights|overnight|in bed)\b/, 'night'],
  [/\b(?:during the day|in the daytime|by day)\b/, 'day'],
];
const anchorsOf = (t: string, table: ReadonlyArray<readonly [RegExp, string]>): string[] => table.filter(([re]) => re.test(t)).map(([, v]) => v);
function whenConflicts(sentence: string, sources: readonly string[]): string[] {
  const lower = lowerOf(sentence);
  if (NEGATED.test(lower)) return [];
  for (const table of [DAY_ANCHORS, PART_OF_DAY]) {
    const mine = anchorsOf(lower, table);
    if (mine.length !== 1) continue;
    const words = topicOf(lower, new Set(['ago', 'hour', 'hours', 'minutes', 'yesterday', 'today', 'tonight', 'night', 'nights', 'day', 'daytime', 'during', 'week', 'month', 'morning', 'evening', 'afternoon']));
    const about = flatMap(sources, segments).map((seg) => seg.toLowerCase()).filter((s) => [...words].filter((w) => topicOf(s).has(w)).length >= 2);
    // (A cited clause of the same act at the draft's time agrees, whatever another clause says.)
    if (about.some((s) => anchorsOf(s, table).includes(mine[0]!))) continue;
    const other = about.map((s) => anchorsOf(s, table)).find((a) => a.length === 1);
    if (other !== undefined) return [`source says ${other[0]}; draft says ${mine[0]}`];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// The whole against a part: "for the whole session" against "for the first 10 minutes" or "left
// 15 minutes early"; "all week" against "on Monday only".
const WHOLE = /\b(?:the whole|the entire|all of the|throughout the|all (?:week|day|session))\b/;
const PART = /\b(?:the first \S+ (?:minutes|mins|hours)|the last \S+ (?:minutes|mins)|left (?:\S+ (?:minutes|mins) )?early|part of the|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) only|only (?:on|for) )/;
function wholeConflicts(sentence: string, sources: readonly string[]): string[] {
  const lower = lowerOf(sentence);
  if (NEGATED.test(lower) || !WHOLE.test(lower)) return [];
  const words = topicOf(lower, new Set(['whole', 'entire', 'throughout', 'week', 'day']));
  for (const seg of flatMap(sources, segments)) {
    const s = seg.toLowerCase();
    if (PART.test(s) && !WHOLE.test(s) && shares(words, topicOf(s))) return ['source says for part of it; draft says the whole'];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// A start against an end at the same time: "started smoking cannabis in June" against "smoked
// cannabis daily until June".
const WHEN = '(january|february|march|april|may|june|july|august|september|october|november|december|\\d{4}|monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const STARTED_IN = new RegExp(`\\b(?:started|began|begun|took up|start)\\b.*\\b(?:in|on|since) ${WHEN}\\b`);
const UNTIL = new RegExp(`\\buntil ${WHEN}\\b`);
function startEndConflicts(sentence: string, sources: readonly string[]): string[] {
  const lower = lowerOf(sentence);
  const m = STARTED_IN.exec(lower);
  if (m === null || NEGATED.test(lower)) return [];
  const words = topicOf(lower, new Set(['started', 'began', 'begun', 'took', 'start', m[1]!]));
  for (const seg of flatMap(sources, segments)) {
    const s = seg.toLowerCase();
    const u = UNTIL.exec(s);
    if (u !== null && u[1] === m[1] && shares(words, topicOf(s))) return [`source says until ${u[1]}; draft says started in ${m[1]}`];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// The earlier frequency given as now: "every night" against "three nights this week, down from nightly".
const EARLIER_FREQ = /\b(?:down from|up from|rather than|instead of|was|used to be)\s+(daily|nightly|every (?:day|night)|weekly|monthly)\b/;
function earlierFrequencyConflicts(sentence: string, sources: readonly string[]): string[] {
  const lower = lowerOf(sentence);
  if (NEGATED.test(lower) || /\b(?:from|used to|before|previously|rather than|instead of|was|were|than|ago|last (?:week|month|year|term))\b/.test(lower)) return [];
  const mine = freqOf(lower);
  if (mine.length !== 1) return [];
  const words = topicOf(lower, new Set(['every', 'daily', 'nightly', 'night', 'day', 'weekly', 'monthly']));
  for (const seg of flatMap(sources, segments)) {
    const s = seg.toLowerCase();
    const e = EARLIER_FREQ.exec(s);
    if (e === null || freqOf(e[1]!)[0] !== mine[0] || !shares(words, topicOf(s))) continue;
    return [`source says ${e[1]} was before; draft says ${mine[0]} now`];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// A number is bound to its unit and its rate: "20 cigarettes a day" where the source gives 20 units
// and 10 cigarettes; "20 units a day" against "20 units a week"; "9/10 on average" against "7/10 on
// average, 9/10 at worst"; "session 8" against "session 6 of 12".
const RATE = String.raw`(?:\s+(?:a|an|per|each|every)\s+(day|night|week|month|year|evening|morning))?`;
interface Amount {
  v: number;
  unit: string;
  per: string;
  qual: string;
}
const QUAL = /\b(?:on average|average|at (?:its |his |her )?worst|worst|at (?:its |his |her )?best|best|usual|usually|today|at present)\b/;
const qualKey = (q: string): string => (/worst/.test(q) ? 'worst' : /best/.test(q) ? 'best' : /average|usual/.test(q) ? 'average' : 'now');
const AMOUNT_RE = new RegExp(String.raw`\b${NUM}(?:\s*/\s*10)?\s+(?:(?:about|roughly|of)\s+)?([a-z]{3,})${RATE}`, 'g');
function amountsOf(text: string): Amount[] {
  const out: Amount[] = [];
  for (const seg of segments(text)) {
    const lower = seg.toLowerCase();
    for (const m of matchesOf(lower, AMOUNT_RE)) {
      const v = numOf(m[1]!);
      const unit = m[2]!;
      if (/^(?:of|and|or|to|the|times|out|per|from|in|at|on|last|this|mg|ml|kg|minutes?|hours?|days?|weeks?|months?|years?|nights?|am|pm)$/.test(unit)) continue;
      out.push({ v, unit: key(unit), per: m[3] ?? '', qual: '' });
    }
    // Scores with a qualifier on either side: "7/10 on average", "worst 9/10".
    for (const m of matchesOf(lower, /\b(\d+)\s*\/\s*10\b/g)) {
      const after = lower.slice(m.index + m[0].length, m.index + m[0].length + 16);
      const before = lower.slice(Math.max(0, m.index - 40), m.index);
      const q = /^\s*,?\s*(?:on average|at (?:its |his |her )?worst|at (?:its |his |her )?best)/.exec(after)?.[0] ?? /(?:average|worst|best|usual)(?:\s+[a-z]+){0,2}\s*:?\s*$/.exec(before)?.[0];
      if (q !== undefined) out.push({ v: Number(m[1]), unit: '/10', per: '', qual: qualKey(q) });
    }
  }
  return out;
}
const ORDINAL_NOUN = /\b(session|visit|day|week|step|module|cycle|grade|year|class)\s+(\d+)\b/g;
function amountConflicts(sentence: string, sources: readonly string[]): string[] {
  const lower = lowerOf(sentence);
  if (NEGATED.test(lower)) return [];
  const drafted = once('amounts', sentence, amountsOf);
  // (The sources are read only for a draft that states an amount.)
  const src = drafted.length === 0 ? [] : flatMap(sources, (t) => once('amounts', t, amountsOf));
  for (const d of drafted) {
    if (d.unit === '/10') {
      const q = QUAL.exec(lower);
      if (q === null) continue;
      const mine = qualKey(q[0]);
      const same = src.filter((s) => s.unit === '/10' && s.qual === mine);
      if (same.length > 0 && !same.some((s) => s.v === d.v)) return [`source gives ${same[0]!.v}/10 ${mine}; draft says ${d.v}/10`];
      continue;
    }
    const sameUnit = src.filter((s) => s.unit === d.unit);
    if (sameUnit.length === 0) continue;
    if (sameUnit.some((s) => s.v === d.v && (s.per === d.per || s.per === '' || d.per === ''))) continue;
    const other = sameUnit.find((s) => s.v === d.v && s.per !== '' && d.per !== '' && s.per !== d.per);
    if (other !== undefined) return [`source says ${d.v} ${d.unit} a ${other.per}; draft says a ${d.per}`];
    // The draft's number is the source's only for another unit, and the draft's unit has another number.
    if (src.some((s) => s.v === d.v && s.unit !== d.unit) && sameUnit.every((s) => s.v !== d.v)) return [`source gives ${sameUnit[0]!.v} ${d.unit}; draft says ${d.v}`];
  }
  // "this was session 8" against "session 6 of 12": only where the draft states which one it is now
  // ("restrained on day 2" dates another event).
  for (const m of matchesOf(lower, ORDINAL_NOUN)) {
    if (!/\b(?:is|was|this|now|today)\s+(?:the\s+)?$/.test(lower.slice(0, m.index))) continue;
    const theirs = flatMap(sources, (t) => matchesOf(lowerOf(t), ORDINAL_NOUN)).filter((x) => x[1] === m[1]);
    if (theirs.length > 0 && !theirs.some((x) => x[2] === m[2])) return [`source says ${m[1]} ${theirs[0]![2]}; draft says ${m[1]} ${m[2]}`];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// Who admitted and who denied: "R. admitted shouting" against "R. denied shouting" where another
// person's report of the shouting stands beside the denial.
const ADMIT = /^(?:admitted|admits|acknowledged|acknowledges|confirmed|confirms|conceded|concedes)$/;
const DENY = /^(?:denied|denies|disputed|disputes|rejected)$/;
interface Stance {
  who: string;
  yes: boolean;
  act: string;
}
function stancesOf(text: string): Stance[] {
  const out: Stance[] = [];
  for (const seg of segments(text)) {
    const ws = wordsOf(seg);
    for (let i = 0; i + 2 < ws.length; i++) {
      const a = ws[i]!;
      const v = ws[i + 1]!.w;
      if (a.person === null || !(ADMIT.test(v) || DENY.test(v))) continue;
      const act = ws.slice(i + 2, i + 4).find((x) => x.person === null && x.w.length > 3 && !DET.test(x.w));
      if (act !== undefined) out.push({ who: a.person, yes: ADMIT.test(v), act: key(act.w.replace(/ing$/, '')) });
    }
  }
  return out;
}
function stanceConflicts(sentence: string, sources: readonly string[]): string[] {
  const drafted = once('stances', sentence, stancesOf);
  // (The sources are read only for a draft that states a stance.)
  if (drafted.length === 0) return [];
  const src = flatMap(sources, (t) => once('stances', t, stancesOf));
  for (const d of drafted) {
    const o = src.find((s) => s.who === d.who && s.act === d.act && s.yes !== d.yes);
    if (o !== undefined && !src.some((s) => s.who === d.who && s.act === d.act && s.yes === d.yes)) return [`source says ${o.yes ? 'admitted' : 'denied'}; draft says ${d.yes ? 'admitted' : 'denied'}`];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// An act only thought of, told as done: "took her mother's tablets" against "thought about taking
// her mother's tablets but did not".
const THOUGHT_OF = /\b(?:thought about|thought of|thinking about|thinks about|considered|contemplated|urges? to|tempted to|wanted to)\s+([a-z]+)/g;
function thoughtActConflicts(sentence: string, sources: readonly string[]): string[] {
  const lower = lowerOf(sentence);
  if (NEGATED.test(lower) || /\b(?:thought|thoughts|thinking|thinks|considered|urges?|tempted|wanted|wants|plan|plans|intent|idea|ideas|images|wish|wishes)\b/.test(lower)) return [];
  const draftLemmas = new Set(flatMap((lower.match(/[a-z]+/g) ?? []), (w) => (/(?:ed|t|k|ok|ew|ung|ank|ove)$/.test(w) ? lemmas(w) : [])));
  if (draftLemmas.size === 0) return [];
  const words = topicOf(lower);
  for (const t of sources) {
    const s = lowerOf(t);
    for (const m of matchesOf(s, THOUGHT_OF)) {
      const base = lemmas(m[1]!);
      if (!base.some((b) => draftLemmas.has(b))) continue;
      // (The same thing thought of: a word of the draft after the verb.)
      const rest = topicOf(s.slice(m.index, m.index + 80));
      if ([...words].filter((w) => rest.has(w)).length < 2) continue;
      return [`source says only ${m[0].split(' ').slice(0, -1).join(' ')} ${m[1]}; draft says it was done`];
    }
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// Intent or a plan denied against intent stated: "no intent to act tonight" against "intends to
// use it tonight".
const INTENT_YES = /\b(?:intends to|intending to|intend to|plans to|planning to|is going to|will use|intention to)\b/;
const INTENT_NO = /\b(?:no intent|no intention|no plan|no plans|denies (?:any )?(?:intent|plan)|does not intend|doesn't intend|not planning)\b/;
function intentConflicts(sentence: string, sources: readonly string[]): string[] {
  const lower = lowerOf(sentence);
  if (!INTENT_NO.test(lower)) return [];
  const words = topicOf(lower, new Set(['intent', 'intention', 'plan', 'plans', 'denies', 'intend', 'act']));
  for (const seg of flatMap(sources, segments)) {
    const s = seg.toLowerCase();
    const y = INTENT_YES.exec(s);
    if (y === null || INTENT_NO.test(s) || /\b(?:not|no|never|n't)\s+(?:\w+\s+)?$/.test(s.slice(0, y.index))) continue;
    if (shares(words, topicOf(s))) return ['source says intent is stated; draft says no intent'];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// Alone against with someone: "took the bus alone" against "took the bus with her friend".
const ALONE = /\b(?:alone|on (?:her|his|their) own|by (?:herself|himself|themselves)|unaccompanied)\b/;
const WITH_PERSON = /\bwith (?:her|his|their|a|the) (?:friend|mother|mum|father|dad|sister|brother|partner|wife|husband|carer|worker|nurse|support worker|daughter|son|aunt|uncle|cousin)\b/;
function companyConflicts(sentence: string, sources: readonly string[]): string[] {
  const lower = lowerOf(sentence);
  if (NEGATED.test(lower)) return [];
  const alone = ALONE.test(lower);
  const withP = WITH_PERSON.test(lower);
  if (alone === withP) return [];
  const words = topicOf(lower, new Set(['alone', 'own', 'herself', 'himself', 'with', 'friend', 'mother', 'father', 'sister', 'brother', 'partner']));
  for (const seg of flatMap(sources, segments)) {
    const s = seg.toLowerCase();
    if (NEGATED.test(s) || [...words].filter((w) => topicOf(s).has(w)).length < 2) continue;
    if (alone && WITH_PERSON.test(s) && !ALONE.test(s)) return ['source says with someone; draft says alone'];
    if (withP && ALONE.test(s) && !WITH_PERSON.test(s)) return ['source says alone; draft says with someone'];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// The target of harm: oneself against others ("voices tell him to hurt others" against "to hurt himself").
const HARM = String.raw`(hurt|harm|kill|attack|stab|cut)`;
const SELF_TARGET = new RegExp(String.raw`\b${HARM}\s+(?:himself|herself|themselves|themself|myself)\b`);
const OTHER_TARGET = new RegExp(String.raw`\b${HARM}\s+(?:others|other people|someone|somebody|people|anyone|his [a-z]+|her [a-z]+)\b`);
function targetConflicts(sentence: string, sources: readonly string[]): string[] {
  const lower = lowerOf(sentence);
  if (NEGATED.test(lower)) return [];
  const self = SELF_TARGET.exec(lower);
  const other = OTHER_TARGET.exec(lower);
  if ((self === null) === (other === null)) return [];
  const words = topicOf(lower, new Set(['hurt', 'harm', 'kill', 'attack', 'others', 'other', 'people', 'someone', 'himself', 'herself', 'themselves']));
  for (const seg of flatMap(sources, segments)) {
    const s = seg.toLowerCase();
    if (!shares(words, topicOf(s))) continue;
    const sSelf = SELF_TARGET.exec(s);
    const sOther = OTHER_TARGET.exec(s);
    if (self !== null && sOther !== null && sSelf === null) return ['source says harm to others; draft says harm to self'];
    if (other !== null && sSelf !== null && sOther === null && !/\b(?:others|other people)\b/.test(s)) return ['source says harm to self; draft says harm to others'];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// Which way a symptom went: "nightmares are getting worse" against "three nights, down from
// nightly". Symptoms are bad things, so fewer of them is better; only for a symptom both name.
const SYMPTOM = /^(?:nightmares?|flashbacks?|panic|voices|cravings?|urges?|pain|headaches?|anxiety|worry|wetting|tics?|seizures?|tantrums?|meltdowns?|outbursts?|intrusions?|hallucinations?|binges?|purging|vomiting|self-harm)$/;
const DOWN = /\b(?:down from|reduced from|fewer|less often|less frequent|less frequently|decreased|decreasing|reduced|improved|improving|easing|eased|better)\b/;
const UP = /\b(?:up from|more often|more frequent|more frequently|increased|increasing|getting worse|worse|worsening|worsened|rising)\b/;
function trendConflicts(sentence: string, sources: readonly string[]): string[] {
  const lower = lowerOf(sentence);
  if (NEGATED.test(lower)) return [];
  const up = UP.test(lower);
  const down = DOWN.test(lower);
  if (up === down) return [];
  const symptoms = new Set((lower.match(/[a-z-]+/g) ?? []).filter((w) => SYMPTOM.test(w)).map(key));
  if (symptoms.size === 0) return [];
  for (const seg of flatMap(sources, segments)) {
    const s = seg.toLowerCase();
    if (!(s.match(/[a-z-]+/g) ?? []).some((w) => symptoms.has(key(w))) || NEGATED.test(s)) continue;
    const sUp = UP.test(s);
    const sDown = DOWN.test(s);
    if (sUp === sDown) continue;
    if (up && sDown) return ['source says the symptom has lessened; draft says it has increased'];
    if (down && sUp) return ['source says the symptom has increased; draft says it has lessened'];
  }
  return [];
}

// Which way a capacity went (round 14): "self-care ↑ since the move" against "self-care has
// deteriorated", "energy ↓" against "energy has improved". A capacity is a function of which more
// is better, so its rise is an improvement and its fall a decline; compared only for a capacity
// both name, each side with one way in the clause that names it. (Sleep and symptoms are not
// capacities: more sleep or more worry is not plainly better.)
const CAPACITY = /^(?:mood|energy|motivation|concentration|focus|attention|appetite|self-care|hygiene|confidence|self-esteem|engagement|functioning|drive|interest|enjoyment|memory)$/;
const RISEN = /(?:↑|\b(?:better|improv(?:ed|ing|ement|es)|increas(?:ed|ing|es)|higher|brighter|picked up|lifted|gone up|went up|rising|risen|rose)\b)/;
const FALLEN = /(?:↓|\b(?:worse|worsen(?:ed|ing|s)|deteriorat(?:ed|ing|ion|es)|declin(?:e|ed|ing|es)|decreas(?:ed|ing|es)|lower|dropped|dipped|poorer|slip(?:ped|ping|s)|wan(?:ed|ing)|gone downhill|went downhill|gone down|went down|fallen|fell)\b)/;
const MOVES = [[new RegExp(RISEN.source, 'g'), 'up'], [new RegExp(FALLEN.source, 'g'), 'down']] as const;
function capacityConflicts(sentence: string, sources: readonly string[]): string[] {
  // The way a change word says, for the capacity nearest to it within three words ("focus has
  // improved … with mild appetite loss": the improvement is the focus's).
  const way = (clause: string, what: string): 'up' | 'down' | null => {
    if (NEGATED.test(clause)) return null;
    const caps = matchesOf(clause, /[a-z-]+/g).filter((m) => CAPACITY.test(m[0]));
    const found = new Set<'up' | 'down'>();
    for (const [re, dir] of MOVES) {
      for (const m of matchesOf(clause, re)) {
        const gap = (c: RegExpMatchArray): number => {
          const [a, b] = c.index! < m.index ? [c.index! + c[0].length, m.index] : [m.index + m[0].length, c.index!];
          return (clause.slice(a, b).match(/[a-z0-9-]+/g) ?? []).length;
        };
        const near = caps.filter((c) => gap(c) <= 3).sort((x, y) => gap(x) - gap(y))[0];
        if (near?.[0] === what) found.add(dir);
      }
    }
    return found.size === 1 ? [...found][0]! : null;
  };
  const clauses = (t: string): string[] => flatMap(segments(t.toLowerCase()), (x) => x.split(/,|\bbut\b|\bwhile\b|\bwhereas\b|\band\b/));
  const lower = sentence.toLowerCase();
  const named = new Set((lower.match(/[a-z-]+/g) ?? []).filter((w) => CAPACITY.test(w)));
  for (const what of named) {
    const mine = [...new Set(clauses(lower).map((c) => way(c, what)).filter((x) => x !== null))];
    if (mine.length !== 1) continue;
    const theirs = new Set(flatMap(sources, (src) => clauses(src).map((c) => way(c, what)).filter((x) => x !== null)));
    if (theirs.size === 1 && !theirs.has(mine[0]!)) return [`source says ${what} ${mine[0] === 'up' ? 'declined' : 'improved'}; draft says it ${mine[0] === 'up' ? 'improved' : 'declined'}`];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// With consent against without it, on time against late.
const CONSENT_NOUN = String.raw`(?:permission|consent|agreement|knowledge|approval)`;
const WITH_CONSENT = new RegExp(String.raw`\bwith (?:(?:his|her|their|the (?:client|patient|pupil|student)|[a-z]+'s|[a-z]\.'s)\s+)?(?:full\s+)?${CONSENT_NOUN}\b`);
const WITHOUT_CONSENT = new RegExp(String.raw`\b(?:without|against) (?:(?:his|her|their|the (?:client|patient|pupil|student)|[a-z]+'s|[a-z]\.'s)\s+)?${CONSENT_NOUN}\b|\bagainst (?:his|her|their|[a-z]+'s) wishes\b`);
const ON_TIME = /\b(?:on time|punctual|punctually|promptly)\b/;
const LATE = /\b(?:late|(?:\d+|five|ten|fifteen|twenty|thirty) (?:minutes|mins) late|delayed)\b/;
function mannerConflicts(sentence: string, sources: readonly string[]): string[] {
  const lower = lowerOf(sentence);
  const pairs: ReadonlyArray<readonly [RegExp, RegExp, string]> = [[WITH_CONSENT, WITHOUT_CONSENT, 'consent'], [ON_TIME, LATE, 'time']];
  for (const [yes, no, what] of pairs) {
    const dYes = yes.test(lower);
    const dNo = no.test(lower);
    if (dYes === dNo) continue;
    const words = topicOf(lower.replace(yes, ' ').replace(no, ' '));
    for (const seg of flatMap(sources, segments)) {
      const t = seg.toLowerCase();
      const sYes = yes.test(t);
      const sNo = no.test(t);
      if (sYes === sNo || (what === 'time' && /\b(?:not|never|n't)\b/.test(t))) continue;
      // (Arriving and attending are one act: "arrived on time" against "attended 20 minutes late".)
      const arrival = /\b(?:arriv|attend|came|turned up|showed up|joined|logged on)/;
      if (!shares(words, topicOf(t.replace(yes, ' ').replace(no, ' '))) && !(what === 'time' && arrival.test(lower) && arrival.test(t))) continue;
      if (dYes !== sYes) return [what === 'consent' ? `source says ${sYes ? 'with' : 'without'} consent; draft says ${dYes ? 'with' : 'without'}` : `source says ${sYes ? 'on time' : 'late'}; draft says ${dYes ? 'on time' : 'late'}`];
    }
  }
  return [];
}

export function round12Conflicts(sentence: string, sources: readonly string[]): string[] {
  return [...roleConflicts(sentence, sources), ...earlierValueConflicts(sentence, sources), ...stillConflicts(sentence, sources), ...refusalConflicts(sentence, sources), ...frequencyConflicts(sentence, sources), ...doerConflicts(sentence, sources), ...whenConflicts(sentence, sources), ...wholeConflicts(sentence, sources), ...startEndConflicts(sentence, sources), ...earlierFrequencyConflicts(sentence, sources), ...amountConflicts(sentence, sources), ...stanceConflicts(sentence, sources), ...thoughtActConflicts(sentence, sources), ...intentConflicts(sentence, sources), ...companyConflicts(sentence, sources), ...targetConflicts(sentence, sources), ...trendConflicts(sentence, sources), ...capacityConflicts(sentence, sources), ...mannerConflicts(sentence, sources)];
}
