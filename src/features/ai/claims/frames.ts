/**
 * Frame conflicts (round 9): the same frame or slot filled with an incompatible value, read from
 * the surface of the text where the word-level comparison sees only an addition. Each rule states
 * what makes the two values incompatible; anything less specific is left to the other checks, so a
 * rule that does not fire never changes a label.
 *
 *  - a score anchored to a time ("7/10 today") against the source's score for that time;
 *  - a labelled score ("VOC 2/7") against the same label's score in the source;
 *  - a dated event ("review on 7/18") against the source's date for that event;
 *  - a quantifier of completion ("attended both", "all of her snacks") against a miss in the source;
 *  - a test result ("positive for X") against the source's result for X at the same time;
 *  - a person's reporting verb with the other polarity ("Husband denies that…" / "Husband reports…");
 *  - a stopped activity against the source's ongoing one ("stopped taking her meds" / "is taking");
 *  - a specific harm the source denies by its general word ("fractured her wrist" / "no injury").
 */
import { lowerOf, readerFor } from './analysis.ts';
import { flatMap, frameKey as key, shares, stem, matchesOf } from './text.ts';
import { LIGHT_VERBS } from './lexicon.ts';
import { antonyms, forms, lemmas, licenses, posOf } from './wordnet.ts';

/** Each text's frames, made once and shared (analysis.ts): a segment is cited by many sentences. */
const once = readerFor('frames');

const ANCHOR = /\b(today|tonight|now|currently|this week|last week|last month|yesterday|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|at admi(?:t|ssion)|on admission|at intake|at baseline|previously)\b/;
const CURRENT = new Set(['today', 'tonight', 'now', 'currently']);
const anchorOf = (clause: string): string | null => {
  const m = ANCHOR.exec(clause);
  if (m === null) return null;
  return CURRENT.has(m[1]!) ? 'now' : m[1]!.replace(/^(?:at|on) /, '').replace(/^admit$/, 'admission');
};
const STOP = new Set(['the', 'and', 'was', 'were', 'with', 'for', 'from', 'that', 'this', 'his', 'her', 'their', 'she', 'they', 'has', 'had', 'have', 'today', 'week', 'last', 'rated', 'score', 'session', 'client', 'patient', 'reports', 'reported', 'says', 'said', 'at', 'of', 'is', 'are', 'on', 'in', 'to', 'now', 'currently']);
const topicOfText = (text: string): Set<string> => new Set((text.match(/[a-z][a-z-]{2,}/g) ?? []).filter((w) => !STOP.has(w)).map(key));
/** The keys of a (lower-cased) text's content words, read once per text and shared: never mutate it. */
const topic = (text: string): Set<string> => once('topic', text, topicOfText);

interface Score {
  n: number;
  d: number;
  anchor: string | null;
  label: string | null;
  topic: Set<string>;
}
const RATIO = /(?<![\d/])(\d{1,2})\s*\/\s*(\d{1,2})(?![\d/])/g;
/** "SUD 8/10", "VOC at the end was 2/7": an acronym of two to four capitals before the score in its clause. */
function scoresOf(text: string): Score[] {
  const out: Score[] = [];
  const raw = text.split(/[;,()]|\.(?:\s|$)|\bdown from\b|\bup from\b/i);
  for (const c of raw) {
    const lower = c.toLowerCase();
    const ratios = matchesOf(c, RATIO);
    ratios.forEach((m, k) => {
      const before = c.slice(0, m.index);
      // A date (month/day) is not a score: "on 6/18", "by 5/2".
      if (/\b(?:on|by|until|due|date|since|before|after)\s*$/i.test(before)) return;
      const labels = before.match(/\b[A-Z]{2,4}\b/g);
      // Each score's own time where a clause holds two ("4/10 on Monday and 7/10 today"): the time
      // after it up to the next score, else the one before it back to the previous score.
      const end = m.index + m[0].length;
      const own = ratios.length > 1 ? anchorOf(lower.slice(end, ratios[k + 1]?.index ?? lower.length)) ?? anchorOf(lower.slice(k > 0 ? ratios[k - 1]!.index + ratios[k - 1]![0].length : 0, m.index)) : anchorOf(lower);
      // "(was 8/10)", "from 8/10": an earlier value even where no time is named.
      const anchor = own ?? (/\b(?:was|were|from|previously|prior)\s*$/i.test(before) ? 'earlier' : null);
      out.push({ n: Number(m[1]), d: Number(m[2]), anchor, label: labels === null ? null : labels[labels.length - 1]!, topic: topic(lower) });
    });
  }
  return out;
}

function scoreConflicts(sentence: string, sources: readonly string[]): string[] {
  const out: string[] = [];
  const drafted = scoresOf(sentence);
  if (drafted.length === 0) return out;
  const src = flatMap(sources, (t) => once('scores', t, scoresOf));
  // "Cravings have increased to 8/10" where 8/10 was the score at admission and today's is 3/10:
  // the value a change arrives at is the one now, not the one the source started from.
  for (const m of matchesOf(sentence, /\b(?:increased|decreased|rose|risen|fell|fallen|dropped|gone up|gone down|went up|went down|improved|worsened|climbed|up|down)(?: from \d{1,2}\s*\/\s*\d{1,2})? to (\d{1,2})\s*\/\s*(\d{1,2})\b/gi)) {
    const n = Number(m[1]);
    const d = Number(m[2]);
    const earlier = src.find((s) => s.d === d && s.n === n && s.anchor !== null && s.anchor !== 'now');
    const now = src.filter((s) => s.d === d && s.n !== n && (s.anchor === 'now' || s.anchor === null));
    if (earlier !== undefined && now.length === 1 && !src.some((s) => s.d === d && s.n === n && (s.anchor === 'now' || s.anchor === null))) out.push(`${n}/${d} was the ${earlier.anchor} score; source gives ${now[0]!.n}/${d} now`);
  }
  for (const d of drafted) {
    const same = src.filter((s) => s.d === d.d);
    if (same.length === 0 || same.some((s) => s.n === d.n && (d.anchor === null || s.anchor === null || s.anchor === d.anchor))) continue;
    // A labelled score: the source's score under the same label.
    if (d.label !== null) {
      const labelled = same.filter((s) => s.label === d.label);
      if (labelled.length > 0 && !labelled.some((s) => s.n === d.n)) {
        out.push(`${d.label} ${labelled.map((s) => `${s.n}/${s.d}`).join(' and ')} in source; draft says ${d.n}/${d.d}`);
        continue;
      }
    }
    // A score for now: the source's score for now, on the same topic when there are several.
    if (d.anchor === 'now') {
      const now = same.filter((s) => s.anchor === 'now');
      const onTopic = now.length > 1 ? now.filter((s) => shares(s.topic, d.topic)) : now;
      if (onTopic.length === 1 && onTopic[0]!.n !== d.n) {
        const earlier = same.find((s) => s.n === d.n && s.anchor !== 'now');
        out.push(`${onTopic[0]!.n}/${d.d} today in source; draft says ${d.n}/${d.d}${earlier !== undefined && earlier.anchor !== null ? ` (the source's ${earlier.anchor} score)` : ''}`);
      }
    }
  }
  return out;
}

/** "on 7/18", "is 6/18": a month/day date and the words of its sentence. */
const DATE = /(?<![\d/])(1[0-2]|0?[1-9])\/(3[01]|[12]\d|0?[1-9])(?![\d/])/g;
function datesOf(text: string, marked: boolean): Array<{ date: string; topic: Set<string> }> {
  const out: Array<{ date: string; topic: Set<string> }> = [];
  for (const s of text.split(/\.(?:\s|$)|;/)) {
    for (const m of matchesOf(s, DATE)) {
      const before = s.slice(0, m.index);
      const after = s.slice(m.index + m[0].length);
      // A score is not a date ("3/10", "VOC 5/7"); the draft must mark its date ("on", "by", "date").
      if (/^\s*(?:today|on|at|x|in|for)\b/i.test(after) && !/\b(?:on|by|due|date)\s*$/i.test(before)) continue;
      if (marked && !/\b(?:on|by|until|due|date|dated)\s*$/i.test(before)) continue;
      if (/\b[A-Z]{2,4}\s*$/.test(before)) continue;
      out.push({ date: `${Number(m[1])}/${Number(m[2])}`, topic: topic(s.toLowerCase()) });
    }
  }
  return out;
}

function dateConflicts(sentence: string, sources: readonly string[]): string[] {
  const drafted = datesOf(sentence, true);
  if (drafted.length === 0) return [];
  const src = flatMap(sources, (t) => once('dates', t, (x) => datesOf(x, false)));
  const out: string[] = [];
  for (const d of drafted) {
    if (src.some((s) => s.date === d.date)) continue;
    const same = src.filter((s) => shares(s.topic, d.topic));
    if (same.length === 1) out.push(`source dates it ${same[0]!.date}; draft says ${d.date}`);
  }
  return out;
}

/**
 * "His wife died in October" against "grief after his wife's death in March": an event the source
 * dates by one month, drafted in another. The event is the same when the sentences share a word,
 * or a word and its derived form ("died" / "death").
 */
const MONTH = /\b(january|february|march|april|may|june|july|august|september|october|november|december)\b/g;
const MONTH_MARK = /\b(?:in|on|since|during|by|until|last|this|early|late|mid|of)\s*$/;
const familyOf = (w: string): string[] => [w, ...forms(w)];
function monthConflicts(sentence: string, sources: readonly string[]): string[] {
  const lower = lowerOf(sentence);
  const drafted = matchesOf(lower, MONTH).filter((m) => MONTH_MARK.test(lower.slice(0, m.index))).map((m) => m[1]!);
  if (drafted.length === 0) return [];
  const srcText = sources.join(' . ').toLowerCase();
  const srcMonths = new Set(matchesOf(srcText, MONTH).map((m) => m[1]!));
  if (drafted.some((m) => srcMonths.has(m)) || srcMonths.size === 0) return [];
  const draftWords = (lower.replace(MONTH, ' ').match(/[a-z]{4,}/g) ?? []).filter((w) => !STOP.has(w));
  const draftFamily = new Set(flatMap(draftWords, familyOf).map(key));
  const hits = new Set<string>();
  for (const sent of srcText.split(/\.(?:\s|$)|;/)) {
    const months = matchesOf(sent, MONTH).filter((m) => MONTH_MARK.test(sent.slice(0, m.index))).map((m) => m[1]!);
    if (months.length !== 1) continue;
    const words = (sent.replace(MONTH, ' ').match(/[a-z]{4,}/g) ?? []).filter((w) => !STOP.has(w));
    if (words.some((w) => familyOf(w).some((f) => draftFamily.has(key(f))))) hits.add(months[0]!);
  }
  return hits.size === 1 ? [`source dates it in ${[...hits][0]}; draft says ${drafted[0]}`] : [];
}

/** "attended both groups", "completed all of the snacks", "went to every session". */
const ALL_DONE = /\b(attend(?:ed|s|ing)?|complet(?:ed|es|ing)|went to|made it to|finish(?:ed|es|ing)|kept|eat(?:s|ing)?|ate|took|tak(?:es|ing))\s+(?:(?:all|each|every)(?:\s+(?:of\s+)?(?:the|her|his|their|its))?|both(?:\s+of\s+(?:the|her|his|their))?)\s+([a-z-]+(?:\s+[a-z-]+){0,3})/;
const MISSED = /\b(missed|miss(?:es|ing)|skipp(?:ed|ing)|skips|did not (?:attend|go|complete|finish|make it)|didn't (?:attend|go|complete|finish|make it)|no[- ]show(?:ed)?|absent|cancell?ed)\b/;
/** The things a quantifier ranges over: its words up to a preposition or a time word. */
const NOUN_END = /^(?:this|last|on|in|at|for|with|since|during|before|after|because|today|and|but|so)$/;
function quantifierConflicts(sentence: string, sources: readonly string[]): string[] {
  const lower = lowerOf(sentence);
  const m = ALL_DONE.exec(lower);
  if (m === null || /\b(?:not|never|no|n't)\b/.test(lower.slice(0, m.index))) return [];
  const words: string[] = [];
  for (const w of m[2]!.split(/\s+/)) {
    if (NOUN_END.test(w)) break;
    words.push(w);
  }
  const nouns = new Set(words.filter((w) => !STOP.has(w) && w.length > 2).map(key));
  if (nouns.size === 0) return [];
  // The miss is of one of the draft's things: its noun in the sentence of the miss.
  for (const s of flatMap(sources, (t) => lowerOf(t).split(/\.(?:\s|$)/))) {
    const miss = MISSED.exec(s);
    // "missed none", "has not missed any", "no missed doses": no miss at all.
    if (miss === null || /^\s*(?:none|no|nothing|any|zero|0)\b/.test(s.slice(miss.index + miss[0].length)) || /\b(?:not|never|no|n't|without)\s+(?:\w+\s+)?$/.test(s.slice(0, miss.index))) continue;
    // A miss made up later is no miss; one at another time than the draft's is another period's.
    const clause = s.slice(miss.index).split(/[;,]/)[0]!;
    if (/\b(?:made (?:it )?up|caught up|rescheduled|completed later)\b/.test(s.slice(miss.index))) continue;
    const when = anchorOf(clause);
    const draftWhen = anchorOf(lower);
    if (when !== null && draftWhen !== null && when !== draftWhen) continue;
    if (shares(topic(s), nouns)) return [`source says ${miss[1]} one; draft says ${lower.slice(m.index, m.index + m[0].length - m[2]!.length).trim()}`];
  }
  return [];
}

/** "positive for cocaine", "negative for fentanyl, opiates, cocaine": a result over a list. */
interface Result {
  pos: boolean;
  item: string;
  anchor: string | null;
}
function resultsOf(text: string): Result[] {
  const out: Result[] = [];
  for (const s of lowerOf(text).split(/\.(?:\s|$)/)) {
    const anchor = anchorOf(s);
    for (const m of matchesOf(s, /\b(positive|negative|\+|-)\s+for\s+([^.;:()]+)/g)) {
      const pos = m[1] === 'positive' || m[1] === '+';
      for (const raw of m[2]!.split(/,|\band\b|\bor\b/)) {
        const item = (raw.match(/[a-z]{3,}/) ?? [])[0];
        if (item !== undefined && !['all', 'any', 'the', 'other'].includes(item)) out.push({ pos, item: stem(item), anchor });
      }
    }
  }
  return out;
}
function resultConflicts(sentence: string, sources: readonly string[]): string[] {
  const drafted = resultsOf(sentence);
  if (drafted.length === 0) return [];
  const src = flatMap(sources, (t) => once('results', t, resultsOf));
  const at = (a: string | null, b: string | null): boolean => a === null || b === null || a === b;
  const out: string[] = [];
  for (const d of drafted) {
    const other = src.filter((s) => s.item === d.item && s.pos !== d.pos && at(s.anchor, d.anchor));
    // (Where the draft names no time, any source result for the item that agrees is its support.)
    const agree = src.filter((s) => s.item === d.item && s.pos === d.pos && (d.anchor === null || s.anchor === null ? true : s.anchor === d.anchor));
    if (other.length > 0 && agree.length === 0) out.push(`source says ${other[0]!.pos ? 'positive' : 'negative'} for ${d.item}${other[0]!.anchor !== null ? ` ${other[0]!.anchor}` : ''}; draft says ${d.pos ? 'positive' : 'negative'}`);
  }
  return out;
}

/** A third party's reporting verb: what they said against what they deny. */
const REPORTER = String.raw`husband|wife|partner|mother|father|mom|dad|parent|parents|son|daughter|brother|sister|teacher|aunt|uncle|grandmother|grandfather|boyfriend|girlfriend|roommate|friend|spouse|caregiver|supervisor|officer`;
const SAYS = new RegExp(String.raw`\b(${REPORTER})\s+(?:also\s+)?(reports?|reported|says|said|states|stated|told|tells|describes|described|endorses|endorsed|confirms|confirmed|denies|denied|disputes|disputed)\b([^.;]*)`, 'g');
const DENY = /^(?:denies|denied|disputes|disputed)$/;
function reporterConflicts(sentence: string, sources: readonly string[]): string[] {
  const out: string[] = [];
  const verbs = (text: string): Array<{ who: string; deny: boolean; neg: boolean; what: Set<string> }> =>
    matchesOf(lowerOf(text), SAYS).map((m) => ({ who: m[1]!, deny: DENY.test(m[2]!), neg: /\b(?:no|not|never|none|n't|nothing|denies|denied)\b/.test(m[3]!), what: topic(m[3]!) }));
  const src = flatMap(sources, verbs);
  // (A denial in the source by a pronoun may be the same person's: "Wife reports…; she denies…".)
  const pronounDenies = sources.some((t) => /\b(?:she|he|they)\s+(?:also\s+)?(?:denies|denied|disputes|disputed)\b/i.test(t));
  for (const d of verbs(sentence)) {
    // A report of a negative ("reports no…") is a denial in other words: only plain reports count.
    if (d.neg && !d.deny) continue;
    const mine = src.filter((s) => s.who === d.who);
    if (mine.length === 0 || mine.some((s) => s.deny === d.deny)) continue;
    // About the same thing: the draft's clause shares a word with what the source has them say
    // (or has none of its own: "denies that she said this").
    if (d.what.size > 0 && !mine.some((s) => shares(s.what, d.what))) continue;
    if (d.deny && pronounDenies && !mine.some((s) => [...d.what].filter((w) => s.what.has(w)).length >= 2)) continue;
    if (mine.every((s) => !s.neg)) out.push(`source says the ${d.who} ${d.deny ? 'reports it' : 'denies it'}; draft says ${d.deny ? 'denies' : 'reports'}`);
  }
  return out;
}

/** "stopped taking her meds" against "is taking her meds". */
const STOPPED = /\b(?:stopped|quit|ceased|discontinued|gave up|has given up)\s+(taking|using|attending|going to|seeing|doing)\s+(?:her|his|their|the|any)?\s*([a-z]+)/;
const ONGOING = /\b(?:is|are|still|continues to|continuing to|keeps|has been|remains)\s+(?:\w+\s+)?(taking|using|attending|going to|seeing|doing)\s+(?:her|his|their|the)?\s*([a-z]+)/g;
const sameThing = (a: string, b: string): boolean => stem(a) === stem(b) || (a.startsWith('med') && b.startsWith('med'));
function stoppedConflicts(sentence: string, sources: readonly string[]): string[] {
  const lower = lowerOf(sentence);
  const m = STOPPED.exec(lower);
  if (m === null || /\b(?:not|never|n't|denies)\b/.test(lower.slice(0, m.index))) return [];
  for (const s of sources) {
    const t = lowerOf(s);
    if (/\b(?:stopped|quit|ceased|discontinued|gave up|off)\b/.test(t)) continue;
    for (const o of matchesOf(t, ONGOING)) if (o[1] === m[1] && sameThing(o[2]!, m[2]!) && !/\b(?:not|n't|never)\s*$/.test(t.slice(0, o.index))) return [`source says still ${o[1]} ${o[2]}; draft says stopped`];
  }
  return [];
}

/**
 * "did not stop driving" against "stopped driving": a negated cessation is the activity going on,
 * a double negation the word-level check reads as two denials of the same word. Each side's
 * cessation of an object, with its polarity; the same object with the other polarity conflicts.
 */
const CEASE = /\b(?:(not|never|n't|didn't|hasn't|haven't|won't)\s+(?:\w+\s+)?)?(stop(?:s|ped|ping)?|quit(?:s|ting)?|ceas(?:e|es|ed|ing)|discontinu(?:e|es|ed|ing)|gave up|give up|giv(?:es|ing) up)\s+(?:taking\s+|using\s+|her\s+|his\s+|their\s+|the\s+)*([a-z]{3,})/g;
function cessations(text: string): Array<{ done: boolean; what: string; word: string }> {
  return matchesOf(lowerOf(text), CEASE).map((m) => ({ done: m[1] === undefined, what: key(m[3]!), word: m[3]! }));
}
function cessationConflicts(sentence: string, sources: readonly string[]): string[] {
  const drafted = cessations(sentence);
  if (drafted.length === 0) return [];
  const src = flatMap(sources, (t) => once('cessations', t, cessations));
  for (const d of drafted) {
    const same = src.filter((x) => x.what === d.what);
    if (same.length > 0 && same.every((x) => x.done !== d.done)) return [d.done ? `source says did not stop ${same[0]!.word}; draft says stopped` : `source says stopped ${same[0]!.word}; draft says did not stop`];
  }
  return [];
}

/** "used opioids in March, none since" against "has used opioids since March" / "ongoing use". */
const NONE_SINCE = /\b(?:none|no (?:use|further use|more)|abstinent|clean|sober)\s+since\b/;
const ONGOING_USE = /\b(?:since|ongoing|continues|continuing|still|regularly|daily|nightly|weekly|currently)\b/;
function noneSinceConflicts(sentence: string, sources: readonly string[]): string[] {
  const lower = lowerOf(sentence);
  if (NEGATED.test(lower) || !ONGOING_USE.test(lower)) return [];
  for (const s of flatMap(sources, (t) => lowerOf(t).split(/\.(?:\s|$)|;/))) {
    if (!NONE_SINCE.test(s)) continue;
    const common = [...topic(lower)].filter((k) => topic(s).has(k) && !['since', 'none', 'use', 'used', 'using'].includes(k));
    if (common.length > 0) return [`source says none since; draft says ${ONGOING_USE.exec(lower)![0]}`];
  }
  return [];
}

/** "fractured her wrist" against "no injury": the draft's word is a kind of what the source denies. */
const DENIED_GENERAL = /\b(?:no|denies|denied|without)\s+(?:any\s+)?(injury|injuries|harm|damage|illness|symptoms?)\b/;
function deniedGeneralConflicts(sentence: string, sources: readonly string[]): string[] {
  const lower = lowerOf(sentence);
  if (/\b(?:no|not|never|n't|denies|denied|without)\b/.test(lower)) return [];
  for (const s of sources) {
    const g = DENIED_GENERAL.exec(lowerOf(s));
    if (g === null) continue;
    const general = g[1]!.replace(/ies$/, 'y').replace(/s$/, '');
    for (const w of lower.match(/[a-z]{4,}/g) ?? []) {
      if (w === general || STOP.has(w)) continue;
      if (licenses(w, general, true) && !licenses(general, w, true)) return [`source says no ${general}; draft says ${w}`];
    }
  }
  return [];
}

/**
 * "She refused the plan" against "She accepted the plan": the draft's predicate is a WordNet
 * antonym of one in the source, about the same thing (another content word in common), and neither
 * side negates it (a negated one is the polarity check's). Opposites that are not exclusive
 * ("present" / "past", "early" / "middle", "negative" / "neutral") and pairs the source holds both
 * of (it compares them) say nothing here.
 */
// (Reporting verbs, "deny" / "admit", are the reporter rule's and the polarity check's.)
// (Test results, "positive" / "negative", are the result rule's: "+ THC, otherwise negative".)
const NOT_EXCLUSIVE = new Set(['deny', 'admit', 'confirm', 'miss', 'lack', 'positive', 'negative', 'middle', 'neutral', 'past', 'future', 'thin', 'fat', 'light', 'dark', 'front', 'back', 'left', 'right', 'first', 'last', 'top', 'bottom', 'old', 'new', 'young']);
const MODAL = /^(?:can|could|may|might|will|would|should|must|to)$/;
const NEGATED = /\b(?:no|not|never|n't|none|nor|denies|denied|without|neither)\b/;
const wordsOf = (text: string): string[] => lowerOf(text).match(/[a-z]+(?:'t)?/g) ?? [];
const lemmaSet = (w: string): string[] => {
  const l = lemmas(w);
  return l.length > 0 ? l : [w];
};
// A draft word's lemmas and WordNet opposites: a pure function of the word (and of whether a modal
// stands before it), remembered per word like the stem (bounded) and kept across drafts, since it
// is vocabulary, not a text's analysis. Null for a word that is no predicate for this rule.
interface AntonymReading {
  mine: readonly string[];
  opposite: readonly string[];
}
const ANTONYM_MEMO = [new Map<string, AntonymReading | null>(), new Map<string, AntonymReading | null>()] as const;
function antonymReading(w: string, afterModal: boolean): AntonymReading | null {
  const memo = ANTONYM_MEMO[afterModal ? 1 : 0];
  let r = memo.get(w);
  if (r === undefined) {
    // After a modal or "to" a word is a verb ("can lower", "to raise"), whatever it mostly is.
    const pos = afterModal && antonyms(w, 'v').length > 0 ? 'v' : posOf(w);
    const mine = lemmaSet(w);
    // Predicates only: an adjective or a verb as the word is mostly used, never an everyday light verb.
    r = (pos !== 'a' && pos !== 'v') || mine.some((l) => LIGHT_VERBS.has(l) || NOT_EXCLUSIVE.has(l)) ? null : { mine, opposite: flatMap(mine, (l) => antonyms(l, pos)).filter((a) => !NOT_EXCLUSIVE.has(a) && !LIGHT_VERBS.has(a) && !mine.includes(a)) };
    if (memo.size >= 50_000) memo.clear();
    memo.set(w, r);
  }
  return r;
}
/** For the memo's test: how many words it holds. */
export const antonymMemoSize = (): number => ANTONYM_MEMO[0].size + ANTONYM_MEMO[1].size;
function antonymConflicts(sentence: string, sources: readonly string[]): string[] {
  const lower = lowerOf(sentence);
  if (NEGATED.test(lower)) return [];
  const draftWords = wordsOf(lower).filter((w) => w.length > 2 && !STOP.has(w));
  const draftLemmas = new Set(flatMap(draftWords, lemmaSet));
  // Predicates only: an adjective or a verb as the word is mostly used, never an everyday light verb.
  const candidates: Array<{ w: string; mine: readonly string[]; opposite: string[] }> = [];
  const all = wordsOf(lower);
  for (const w of draftWords) {
    const r = antonymReading(w, MODAL.test(all[all.indexOf(w) - 1] ?? ''));
    if (r === null) continue;
    const opposite = r.opposite.filter((a) => !draftLemmas.has(a));
    if (opposite.length > 0) candidates.push({ w, mine: r.mine, opposite });
  }
  if (candidates.length === 0) return [];
  const srcLemmas = new Set(flatMap(sources, (t) => once('lemmas', t, (x) => flatMap(wordsOf(x), lemmaSet))));
  const draftTopic = topic(lower);
  let srcKeys: Set<string> | undefined;
  for (const { w, mine, opposite } of candidates) {
    // The source holds the draft's own word: no conflict to read from the opposite.
    // (In any inflection, round vfa7: "sleeps" where the source says "sleeping", which WordNet
    // lists as a word of its own, is the source's word, not the opposite of its "waking".)
    if (mine.some((l) => srcLemmas.has(l)) || !opposite.some((l) => srcLemmas.has(l))) continue;
    if ((srcKeys ??= new Set(flatMap(sources, (t) => wordsOf(t).map(key)))).has(key(w))) continue;
    for (const s of flatMap(sources, (t) => lowerOf(t).split(/\.(?:\s|$)|;/))) {
      const sw = wordsOf(s);
      const at = sw.findIndex((x) => lemmaSet(x).some((l) => opposite.includes(l)));
      if (at < 0) continue;
      // Negated in the source ("did not refuse") or in another clause of it: not this rule's.
      if (NEGATED.test(sw.slice(Math.max(0, at - 4), at).join(' '))) continue;
      const rest = topic(s);
      for (const x of [w, sw[at]!]) rest.delete(key(x));
      const common = [...draftTopic].filter((k) => k !== key(w) && rest.has(k));
      if (common.length > 0) return [`source says ${sw[at]}; draft says ${w}`];
    }
  }
  return [];
}

/**
 * "Processing speed was impaired" against "processing speed within normal limits", "a relative
 * strength" against "weak", "sleeping well" against "difficulty sleeping", "full days" against
 * "half days", "knows" against "unaware", "rarely" against "several times a week": a mark on one
 * of a few two-ended scales, said of the same thing (a word within four words of it, in one
 * sentence), with the other end. Where either side also holds the other end for that thing, or
 * negates near it, it says nothing.
 */
// Scales with two exclusive ends: how good, how much of it, whether known, how often.
const SCALES: ReadonlyArray<readonly [string, ReadonlySet<string>, string, ReadonlySet<string>]> = [
  ['good or intact', new Set(['strength', 'strengths', 'strong', 'good', 'well', 'intact', 'normal', 'wnl', 'above', 'improved', 'improving', 'better', 'easily']), 'poor or impaired', new Set(['weakness', 'weaknesses', 'weak', 'poor', 'poorly', 'impaired', 'impairment', 'deficit', 'deficits', 'below', 'worse', 'worsened', 'worsening', 'dropped', 'declined', 'declining', 'difficulty', 'difficulties', 'trouble', 'struggling', 'conflict'])],
  ['whole', new Set(['full', 'sole', 'entire', 'whole']), 'part', new Set(['half', 'partial', 'part', 'shared', 'sharing', 'joint', 'graded'])],
  ['known', new Set(['knows', 'know', 'aware', 'informed']), 'not known', new Set(['unaware', 'uninformed', 'unknown'])],
  ['rare', new Set(['rarely', 'seldom', 'infrequently']), 'frequent', new Set(['often', 'frequently', 'daily', 'nightly', 'constantly', 'several', 'repeatedly'])],
  ['a single one', new Set(['one', 'single', 'isolated']), 'several', new Set(['recurrent', 'multiple', 'repeated', 'numerous', 'many'])],
  ['the same', new Set(['same', 'unchanged']), 'a new one', new Set(['new', 'different', 'another'])],
  ['on time', new Set(['ontime', 'punctual', 'punctually']), 'late', new Set(['late', 'tardy'])],
  ['agreed', new Set(['agreed', 'agrees', 'accepted', 'accepts', 'consented', 'consents']), 'refused', new Set(['refused', 'refuses', 'declined', 'declines', 'rejected', 'rejects'])],
];
const NEAR = 4;
// (R03, round vfa3: and at a comma, "tearful at times, speech normal": the mark is the next phrase's.)
const CONTRAST = /^(?:compared|than|versus|vs|whereas|while|unlike|commastop)$/;
type Marks = Map<string, Set<string>>;
/** Every word of any scale (round vspeed5b): most words are on none, and need no pass over the scales. */
const SCALE_WORDS: ReadonlySet<string> = new Set(flatMap(SCALES, ([, a, , b]) => [...a, ...b]));
function evaluations(text: string): Marks {
  const out: Marks = new Map();
  for (const s of lowerOf(text).split(/[;()]|\.(?:\s|$)|\bbut\b|\bhowever\b/)) {
    // ("on time" is one mark; "her late husband" is no lateness.)
    const ws = (s.replace(/,/g, ' commastop ').replace(/\bon time\b/g, 'ontime').replace(/\blate (?=husband|wife|partner|mother|father|son|daughter|brother|sister)/g, '').match(/[a-z]+|\d+/g) ?? []).filter((w) => !STOP.has(w) && w.length > 1);
    ws.forEach((w, i) => {
      // A word on two scales ("declined": got worse, or refused) marks both; the other side's word
      // picks the one that is compared.
      if (!SCALE_WORDS.has(w)) return;
      for (const scale of SCALES.filter(([, a, , b]) => a.has(w) || b.has(w))) mark(ws, w, i, scale);
    });
  }
  return out;

  function mark(ws: readonly string[], w: string, i: number, scale: (typeof SCALES)[number]): void {
    const sign = scale[1].has(w) ? scale[0] : scale[2];
    // The window stops at a comparison: "a weakness compared with reasoning" says nothing of reasoning.
    let from = i;
    while (from > Math.max(0, i - NEAR) && !CONTRAST.test(ws[from - 1]!)) from--;
    let to = i;
    while (to < Math.min(ws.length - 1, i + NEAR) && !CONTRAST.test(ws[to + 1]!)) to++;
    const window = ws.slice(from, to + 1);
    if (window.some((x) => /^(?:no|not|never|denies|denied|without|nor)$/.test(x) || x.endsWith("n't"))) return;
    for (const h of window) {
      if (SCALE_WORDS.has(h) || /^\d+$/.test(h) || h.length < 4) continue;
      const k = `${key(h)} ${scale[0]}`;
      out.set(k, (out.get(k) ?? new Set()).add(sign));
    }
  }
}
function evaluationConflicts(sentence: string, sources: readonly string[]): string[] {
  const drafted = evaluations(sentence);
  if (drafted.size === 0) return [];
  const src: Marks = new Map();
  for (const t of sources) for (const [k, v] of once('evaluations', t, evaluations)) src.set(k, new Set([...(src.get(k) ?? []), ...v]));
  for (const [k, signs] of drafted) {
    const theirs = src.get(k);
    if (signs.size !== 1 || theirs === undefined || theirs.size !== 1) continue;
    const [mine] = signs;
    const [other] = theirs;
    if (mine !== other) return [`source says ${k.split(' ')[0]} is ${other}; draft says ${mine}`];
  }
  return [];
}

/**
 * "Maya: … does night feeds alone. Theo: says he offers help": segments labelled by a speaker's
 * name. A draft whose subject is one speaker, saying what the source says under another speaker's
 * label (every content word there, fewer than half under its own), gives it to the wrong person.
 */
const SPEAKER = /(?:^|[.;]\s+)([A-Z][a-z]{2,})(?::\s|\s+(?=(?:reports|reported|says|said|states|stated|feels|felt|describes|described|endorses|notes)\b))/g;
function speakerConflicts(sentence: string, sources: readonly string[]): string[] {
  const subject = /^([A-Z][a-z]{2,})\b/.exec(sentence.trim())?.[1];
  if (subject === undefined) return [];
  for (const t of sources) {
    const marks = matchesOf(t, SPEAKER);
    if (marks.length < 2 || !marks.some((m) => m[1] === subject)) continue;
    const parts = marks.map((m, i) => ({ who: m[1]!, topic: topic(t.slice(m.index + m[0].length, marks[i + 1]?.index ?? t.length).toLowerCase()) }));
    const words = [...topic(lowerOf(sentence))].filter((w) => w !== key(subject.toLowerCase()));
    if (words.length < 2) continue;
    // (A draft that names another speaker too, "Sam and Alex both…", speaks of both.)
    if (parts.some((p) => p.who !== subject && sentence.includes(p.who))) continue;
    const own = flatMap(parts.filter((p) => p.who === subject), (p) => words.filter((w) => p.topic.has(w)));
    const other = parts.find((p) => p.who !== subject && words.every((w) => p.topic.has(w)));
    if (other !== undefined && own.length < words.length && !words.every((w) => own.includes(w))) return [`source says this of ${other.who}; draft says ${subject}`];
  }
  return [];
}

/**
 * "Avery's individual sessions will be monthly" against "parent sessions monthly, Avery individual
 * weekly": in a list of things each with its own frequency, the draft's thing takes the frequency
 * of the item it shares most words with.
 */
const FREQ = /\b(daily|nightly|weekly|biweekly|fortnightly|monthly|quarterly|yearly|annually)\b/g;
interface Scheduled {
  freq: string;
  heads: Set<string>;
}
function scheduledOf(text: string): Scheduled[] {
  const out: Scheduled[] = [];
  for (const seg of lowerOf(text).split(/[,;()]|\.(?:\s|$)|\band\b/)) {
    const fs = matchesOf(seg, FREQ);
    if (fs.length !== 1) continue;
    const heads = topic(seg.replace(FREQ, ' '));
    for (const w of ['plan', 'will', 'sessions', 'session', 'visits', 'visit', 'meet', 'meetings']) heads.delete(key(w));
    if (heads.size > 0) out.push({ freq: fs[0]![1]!, heads });
  }
  return out;
}
function frequencyConflicts(sentence: string, sources: readonly string[]): string[] {
  const drafted = scheduledOf(sentence);
  if (drafted.length !== 1) return [];
  const d = drafted[0]!;
  const src = flatMap(sources, (t) => once('scheduled', t, scheduledOf));
  if (src.length < 2 || src.some((x) => x.freq === d.freq && shares(x.heads, d.heads))) return [];
  const overlap = (x: Scheduled): number => [...x.heads].filter((w) => d.heads.has(w)).length;
  const best = Math.max(...src.map(overlap));
  const top = src.filter((x) => overlap(x) === best);
  if (best > 0 && top.length === 1 && top[0]!.freq !== d.freq) return [`source says ${top[0]!.freq}; draft says ${d.freq}`];
  return [];
}

export function frameConflicts(sentence: string, sources: readonly string[]): string[] {
  return [
    ...scoreConflicts(sentence, sources),
    ...dateConflicts(sentence, sources),
    ...monthConflicts(sentence, sources),
    ...quantifierConflicts(sentence, sources),
    ...resultConflicts(sentence, sources),
    ...reporterConflicts(sentence, sources),
    ...stoppedConflicts(sentence, sources),
    ...deniedGeneralConflicts(sentence, sources),
    ...antonymConflicts(sentence, sources),
    ...cessationConflicts(sentence, sources),
    ...noneSinceConflicts(sentence, sources),
    ...evaluationConflicts(sentence, sources),
    ...speakerConflicts(sentence, sources),
    ...frequencyConflicts(sentence, sources),
  ];
}
