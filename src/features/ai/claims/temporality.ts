// Temporality, the ConText dimension of when a finding holds (issue 15, round vtemp), read per clause
// for dimensions.ts. After Harkema et al. (2009): trigger phrases mark a finding historical ("hx",
// "as a teen", "in 2019", "aged 8", "3 years ago"), ended ("used to", "no longer", "stopped",
// "resolved"), recent ("last week", "recently"), current ("now", "still"), planned ("will",
// "booked", "next week") or hypothetical ("if", "would", "should she", "were he to"). Each trigger
// has a direction: pre-triggers reach forward ("if she misses a day" does not make what came
// before it conditional), post-triggers and dates reach both ways. A scope runs up to eight words
// and stops at a termination term ("but", "which", "and" opening a new verb), a semicolon, another
// trigger, or (going back) a comma, unless an ended or past trigger opens its comma stretch
// ("binge drinking at university, stopped in 2022"). Pseudo-triggers look like triggers and open
// nothing ("asked if", "in May", "could not", "not stopped", "now that", "going to the gym").
// Without a trigger, the grammar of a stretch places a draft's words: a past verb or have +
// participle says done, a present verb current. Source words are placed by triggers only: a note
// narrates a session in the past tense without placing its findings in the past.
import { posOf } from './wordnet.ts';

export type When = 'hyp' | 'future' | 'ended' | 'past' | 'recent' | 'current' | 'done';
export interface TimeReading {
  when: When | null;
  /** The words that place it ("2019", "used to", "if"). */
  why: string;
  /** Placed by a trigger, not only by the tense of a verb. */
  explicit: boolean;
  /** Placed well back: a year, an age, years ago, childhood, the teens. */
  remote: boolean;
}

export const timeTokens = (s: string): string[] => s.toLowerCase().replace(/[’']s\b/g, ' _pos').match(/\?|[a-z][a-z/'’-]*|_pos/g) ?? [];

const NUM = '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|few)';
/** Pseudo-triggers, removed before triggers are read (each replaced by spaces of its own length). */
const PSEUDO = /\b(?:(?:ask|asks|asked|check|checks|checked|unsure|unclear|see|know|knows|wonder|wonders|wondered|whether) if|could not|couldn'?t|would not|wouldn'?t|would (?:like|love|prefer|rather)|(?:in|since|from|by|until|of|early|late|mid) may|may \d|if (?:needed|required|necessary|indicated|so|not|any)|(?:not|never|n't) (?:yet )?(?:stopped|ceased|quit|resolved|ended|given up)|now that|now(?= (?:stopped|ceased|resolved|ended|quit|given up|settled|off)\b)|going to (?:a|an|the|her|his|their|my|church|school|work|college|bed|group|classes|meetings?|the gym)|(?<!(?:none|nil|no \w+|not) )since (?:about |around |approximately )?(?:(?:\d+|[a-z]+) [a-z]+ ago|(?:19|20)\d\d))\b/g;

type Scope = 'pre' | 'post' | 'both';
/** Trigger families, first the stronger: each with the direction its scope runs. */
const TRIGGERS: ReadonlyArray<[When, Scope, RegExp]> = [
  // A condition, a wish or a possibility opens what follows it, never what went before ("distressed if she misses a day").
  ['hyp', 'pre', /\b(?:if|unless|in case|should (?:she|he|they|i|we|her|his|their|the)|were (?:she|he|they|i|we) to|would|might|may|depending on|provided that|thinking (?:about|of)|considering|consider|contemplating|wants? to|wishes to|hopes? to|once the)\b/g],
  ['future', 'pre', /\b(?:will|shall|going to|plans? to|planning to|intends? to|intending to|aims? to|due to (?:have|start|be|see|attend|begin|return|restart)|due for|awaiting|to be (?:arranged|started|referred|offered|seen|reviewed)|the plan is)\b/g],
  ['future', 'both', /\b(?:planned|pending|awaited|booked|scheduled|next (?:week|month|year|session|review|term|appointment|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|in the new year|upcoming|later this (?:week|month|year))\b/g],
  ['ended', 'pre', /\b(?:no longer|used to|formerly|ex-(?:smoker|drinker|user))\b/g],
  ['ended', 'both', /\b(?:stopped|ceased|quit|gave up|given up|resolved|ended|tapered|weaned|discontinued|detoxed|in recovery|recovering|in remission|(?:none|nil|not|no \w+) since|(?:hasn'?t|has not|haven'?t|have not) \w+ since)\b/g],
  ['past', 'pre', /\b(?:hx|history|historical|previous(?:ly)?|prior|remote|past(?! (?:the|a|an|his|her|their|my|week|weeks|month|months|fortnight|few|two|three|\d)))\b/g],
  ['past', 'both', new RegExp(`\\b(?:in the past|${NUM} (?:months?|years?|yrs?|decades?) ago|last (?:summer|spring|winter|autumn|term|month|year)|in (?:19|20)\\d\\d|(?:19|20)\\d\\d|(?:at|from|until|till|by|since) age \\d{1,2}|aged \\d{1,2}|at the age of \\d{1,2}|as a (?:teen(?:ager)?|child|kid|young (?:man|woman|adult)|student|boy|girl)|in (?:his|her|their|my) (?:teens|twenties|thirties|forties|youth|childhood)|childhood|in (?:primary|secondary|high|middle) school|at university|back (?:then|when)|back in \\w+|initially|at first|on admission|at the time)\\b`, 'g')],
  ['recent', 'both', /\b(?:recently|recent|last week|this week|yesterday|this year|this term|this month|past (?:week|fortnight|few days)|last few days|days ago)\b/g],
  ['current', 'both', /\b(?:currently|current|now|still|at present|presently|these days|ongoing|at the moment|today)\b/g],
];
/** Long past: a year, an age, years ago, childhood, the teens. */
const REMOTE = /\d{4}|age|years?|yrs?|decades?|teen|child|youth|young|school|university|twenties|thirties|forties|boy|girl|kid|last year/;
/** Irregular past forms a note often writes. */
const PAST_FORMS = /\b(?:was|were|had|did|took|went|gave|fell|left|began|drank|ran|came|got|made|saw|broke|wrote|hit|lost|spent|sat|kept|hurt|felt|told|said)\b/;
/** Verbs by which a draft reports that a plan was made ("was agreed", "were set"): what they govern is still to come. */
const PLAN_ACTS = /\b(?:agreed|agrees|discussed|set|set up|arranged|requested|considered|suggested|recommended|proposed|offered|encouraged|advised)\b/;
const WINDOW = 8;
/** Participles that name a state that goes on ("has been depressed"), not an act done ("has been treated"). */
const STATES = /^(?:depressed|worried|isolated|settled|tired|stressed|agitated|distressed|preoccupied|engaged|motivated|married|separated|divorced|widowed|employed|unemployed|housed|homeless|detained|admitted|bedbound|housebound|confused|frightened|scared|overwhelmed|exhausted)$/;

/** The tense of a stretch without a trigger: a past verb (or have + participle) is done, a present verb current. */
function tenseOf(t: string): When | null {
  const toks = timeTokens(t);
  if (PLAN_ACTS.test(t)) return 'future';
  if (/\b(?:is|are|am) (?:\w+ly )?\w+ing\b/.test(t)) return 'current';
  // ("has been treated" is done; "has been low", "has been living" go on.)
  const been = /\b(?:has|have) been (?:\w+ly )?(\w+)/.exec(t);
  if (been !== null) return /(?:ed|en|wn|ne|un)$/.test(been[1]!) && !STATES.test(been[1]!) ? 'done' : 'current';
  if (PAST_FORMS.test(t)) return 'done';
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i]!;
    const prev = toks[i - 1] ?? '';
    if (/ed$/.test(w) && w.length > 4 && !/^(?:is|are|am|be|been|being|get|gets|feel|feels|seem|seems|appears?|remains?|look|looks)$/.test(prev) && posOf(w) !== 'n') return 'done';
  }
  if (/\b(?:has|have) \w+(?:ed|en|un|wn|ne)\b/.test(t)) return 'done';
  if (/\b(?:is|are|am|has|have|does|do)\b/.test(t)) return 'current';
  // (A verb in the third person: "drinks", or any -s word after a subject pronoun: "she smokes".)
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i]!;
    if (/[^su']s$/.test(w) && w.length > 3 && (posOf(w) === 'v' || posOf(w.slice(0, -1)) === 'v' || /^(?:he|she|they|it|who)$/.test(toks[i - 1] ?? ''))) return 'current';
  }
  return null;
}

/** Does the scope of a trigger stop before this word? ("but", "however", "and" opening a new verb.) */
// (Backward, any verb after "and" stops it: "practised breathing and planned a return".)
function stops(toks: readonly string[], j: number, back = false): boolean {
  const w = toks[j]!;
  if (/^(?:but|however|although|though|whereas|which|who|while)$/.test(w)) return true;
  if (w !== 'and') return false;
  const next = toks[j + 1] ?? '';
  return /^(?:is|are|was|were|has|have|had|now|currently|still|then)$/.test(next) || (/[^su']s$/.test(next) && posOf(next) === 'v') || (back && /ed$/.test(next)) || (!/ing$/.test(next) && posOf(next) === 'v' && posOf(next) !== null && !/^(?:use|drink|smoke|care|help|support)$/.test(next));
}

/**
 * The time of each word of a clause (as many readings as `timeTokens(clause)` gives words).
 * A trigger reaches up to eight words forward (pre) or back (post), not past a word where
 * scope stops, a semicolon or another trigger; a word no trigger reaches takes the tense of its
 * comma-separated stretch (draft side only).
 */
export function clauseTimes(clause: string, n: number, draftSide: boolean): TimeReading[] {
  const text = clause.toLowerCase().replace(/[’']s\b/g, ' _pos');
  const clean = text.replace(PSEUDO, (m) => ' '.repeat(m.length));
  const spans = [...text.matchAll(/\?|[a-z][a-z/'’-]*|_pos/g)].map((m) => ({ at: m.index, end: m.index + m[0].length, w: m[0] }));
  const toks = spans.map((x) => x.w);
  if (toks.length !== n) return Array.from({ length: n }, () => NONE);
  const tokenAt = (off: number): number => {
    let k = 0;
    while (k < spans.length && spans[k]!.end <= off) k++;
    return k;
  };
  const found: Array<{ when: When; scope: Scope; from: number; to: number; why: string }> = [];
  for (const [when, scope, re] of TRIGGERS) {
    for (const m of clean.matchAll(re)) {
      const from = tokenAt(m.index);
      const last = Math.max(from, tokenAt(m.index + m[0].length) - 1);
      // (Keep the stronger reading where two triggers share words: "stopped ... in 2022".)
      if (found.some((f) => !(last < f.from || from > f.to) && f.when !== when)) continue;
      found.push({ when, scope, from, to: last, why: m[0].trim() });
    }
  }
  const trig = new Set(found.flatMap((f) => Array.from({ length: f.to - f.from + 1 }, (_, k) => f.from + k)));
  const semis = [...clause.matchAll(/;/g)].map((m) => tokenAt(m.index));
  const commas = [...clause.matchAll(/,/g)].map((m) => tokenAt(m.index));
  const out: TimeReading[] = Array.from({ length: n }, () => NONE);
  const rank = (w: When | null): number => (w === null ? 99 : ['hyp', 'future', 'ended', 'past', 'recent', 'current', 'done'].indexOf(w));
  const put = (k: number, f: (typeof found)[number]): void => {
    if (rank(f.when) < rank(out[k]!.when)) out[k] = { when: f.when, why: f.why, explicit: true, remote: f.when === 'past' || f.when === 'ended' ? REMOTE.test(f.why) : false };
  };
  for (const f of found) {
    if (f.scope !== 'post') {
      for (let k = f.to + 1; k < n && k <= f.to + WINDOW; k++) {
        if (stops(toks, k) || semis.some((s) => s === k) || (trig.has(k) && !(k >= f.from && k <= f.to))) break;
        put(k, f);
      }
    }
    if (f.scope !== 'pre') {
      // Back over a comma only from an ended or past trigger that opens its stretch ("…, stopped in 2022").
      const opens = (f.when === 'ended' || f.when === 'past') && commas.includes(f.from);
      for (let k = f.from - 1; k >= 0 && k >= f.from - WINDOW; k--) {
        if (stops(toks, k, true) || semis.some((s) => s === k + 1) || trig.has(k) || (commas.includes(k + 1) && !(opens && k + 1 === f.from))) break;
        put(k, f);
      }
    }
  }
  if (!draftSide) return out;
  // The draft's own plan or condition governs its whole clause ("a referral will be made", "may be added if").
  // (A note's "Writer to contact GP", "Mum to praise attendance": a subject, then "to" and a verb, is a task still to do.)
  const task = /^\W*(?:(?:the|a|an|his|her|their)\s+)?([a-z'-]+)(?:\s+([a-z'-]+))?\s+to\s+[a-z]+/.exec(clean);
  const isTask = task !== null && [task[1], task[2]].every((w) => w === undefined || (posOf(w) !== 'v' && !/(?:ed|s)$/.test(w)));
  const own = found.find((f) => f.when === 'hyp' || f.when === 'future') ?? (/\b(?:could|possibility|possibly|perhaps|maybe)\b/.test(clean) ? { when: 'hyp' as When, why: 'possibly' } : isTask ? { when: 'future' as When, why: 'to' } : undefined);
  if (own !== undefined) for (let k = 0; k < n; k++) if (out[k]!.when !== 'hyp' && out[k]!.when !== 'future' && out[k]!.when !== 'past' && out[k]!.when !== 'ended') out[k] = { when: own.when, why: own.why, explicit: true, remote: false };
  // Words no trigger reaches: the tense of their stretch (up to a comma, a semicolon or a word
  // that opens a clause of its own: "uses paracetamol now that pregabalin has been withdrawn").
  const parts = [...clause.matchAll(/(?:^|[,;]|\b(?:that|which|who|because|after|before|when|while|since|until|although|though|whereas|and|but)\b)[^,;]*?(?=$|[,;]|\b(?:that|which|who|because|after|before|when|while|since|until|although|though|whereas|and|but)\b)/g)].filter((m) => m[0].length > 0);
  for (const p of parts) {
    const a = tokenAt(p.index);
    const b = tokenAt(p.index + p[0].length);
    const tense = tenseOf(p[0].toLowerCase());
    for (let k = a; k < b && k < n; k++) if (out[k]!.when === null && tense !== null) out[k] = { when: tense, why: '', explicit: false, remote: false };
  }
  return out;
}

const NONE: TimeReading = { when: null, why: '', explicit: false, remote: false };

/** A pair of aligned words: the draft's word, and each source word it aligns to. */
interface Timed { d: { w: string; time: TimeReading; lasting: boolean }; m: ReadonlyArray<{ time: TimeReading }> }

/** Words that are themselves a time ("former supervisor"), not a finding placed in time. */
const TIME_WORD = /^(?:former|previous|prior|past|current|recent|early|late|initial|initially|first|last|next|future|ago|history|hx)$/;
/** A draft clause that holds a finding away ("abstinent from alcohol", "without past attempts") or gives its duration ("for two years"). */
export const LASTING = /\b(?:for (?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|the (?:last|past)) \w+|since|abstinent|abstaining|sober|clean|free of|free from|without|off)\b/;

const NAME: Record<When, string> = { hyp: 'conditional', future: 'planned', ended: 'past', past: 'past', recent: 'recent', current: 'current', done: 'done' };
const why = (r: TimeReading): string => (r.why === '' ? '' : ` (${r.why})`);

/**
 * Where the draft moves an aligned finding in time, the reason a clinician reads, else null:
 * past or ended in the source, current in the draft; planned or conditional in the source, done or
 * current in the draft; current in the source, ended in the draft; long past in the source,
 * recent in the draft.
 */
export function timeConflict(pairs: readonly Timed[]): string | null {
  for (const { d, m } of pairs) {
    const dt = d.time.when;
    if (TIME_WORD.test(d.w)) continue;
    if (dt === null || m.length === 0) continue;
    const all = (f: (r: TimeReading) => boolean): boolean => m.every((s) => f(s.time));
    const first = m.find((s) => s.time.when === 'past' || s.time.when === 'ended')?.time ?? m[0]!.time;
    // (A draft that gives how long a state has lasted, "widowed for two years", places its start in the past too.)
    if (dt === 'current' && !d.lasting && all((r) => r.explicit && r.when !== 'current' && r.when !== 'recent') && m.some((s) => s.time.when === 'past' || s.time.when === 'ended')) return `source gives ${d.w} as past${why(first)}; draft as current`;
    // ("is removing it today" for "will remove it today": a day, not a state.)
    const window = /^(?:today|tonight|this week|this month|this year|this term)$/.test(d.time.why);
    // ("is writing to the council" for "will write": the progressive also tells an arrangement.)
    const arranged = dt === 'current' && /ing$/.test(d.w);
    if ((dt === 'current' || dt === 'done' || dt === 'recent') && !window && !arranged && all((r) => r.when === 'future' || r.when === 'hyp')) {
      return `source gives ${d.w} as ${NAME[first.when!]}${why(first)}; draft as ${dt === 'current' ? 'current' : 'done'}`;
    }
    if (dt === 'ended' && d.time.explicit && all((r) => r.explicit && r.when === 'current')) return `source gives ${d.w} as current${why(first)}; draft as past${why(d.time)}`;
    if (dt === 'recent' && all((r) => r.explicit && r.remote && (r.when === 'past' || r.when === 'ended'))) return `source gives ${d.w} as long past${why(first)}; draft as recent${why(d.time)}`;
  }
  return null;
}
