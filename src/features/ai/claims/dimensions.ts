// A structured reading of a draft sentence and its cited segments, word by word within clauses,
// on the dimensions a paraphrase most often gets wrong without changing a word of content (issue 15,
// round vdim): whose experience it is (the client, a named relative, someone else), how certain it
// is (possible, suspected, to rule out, against confirmed), what became of an action (started,
// stopped, continued, declined; given or not given; done or not done), and when it holds (round
// vtemp: past, ended, current, planned or conditional; temporality.ts).
//
// Each content word of a clause is read with the person it belongs to (the nearest person named
// before it in its sentence, past a reporter: "Mum reports K self-harmed" is K's), the hedges and
// plans of its clause, and the status words of its clause. Draft words are aligned to source words
// by lemma (stem) or WordNet synonym; an attribute that differs on every aligned pair is a
// contradiction, told as the clinician would read it ("source: the mother's; draft: the client's").
// The same reading also says where the draft carries the source's own hedge or person, which lets
// the word-level rules' weaker readings of certainty and person be held back (index.ts).
import { readerFor } from './analysis.ts';
import { OTHER_PEOPLE } from './lexicon.ts';
import { flatMap, matchesOf, stem } from './text.ts';
import { synonymous } from './synonyms.ts';
import { LASTING, clauseTimes, timeConflict, timeTokens, type TimeReading } from './temporality.ts';

/** Kin words and the relation each names (one person class per relation). */
const KIN: ReadonlyMap<string, string> = new Map([
  ...[...OTHER_PEOPLE].map((w) => [w, w] as [string, string]),
  ['mum', 'mother'], ['mom', 'mother'], ['mam', 'mother'], ['dad', 'father'], ['stepdad', 'stepfather'], ['stepmum', 'stepmother'],
  ['grandma', 'grandmother'], ['gran', 'grandmother'], ['grandad', 'grandfather'], ['grandpa', 'grandfather'], ['bf', 'boyfriend'], ['gf', 'girlfriend'],
  ['maternal', 'mother'], ['paternal', 'father'], ['flatmate', 'roommate'], ['housemate', 'roommate'], ['spouse', 'partner'],
  ['boss', 'manager'], ['supervisor', 'manager'], ['coworker', 'colleague'], ['infant', 'baby'], ['parent', 'family'], ['parents', 'family'], ['relative', 'family'], ['relatives', 'family'], ['mothers', 'mother'], ['fathers', 'father'], ['sisters', 'sister'], ['brothers', 'brother'], ['sons', 'son'], ['daughters', 'daughter'],
]);
/** Words a note uses for its client. */
const CLIENT = new Set(['client', 'pt', 'patient', 'she', 'he', 'i', 'clt', 'service', 'user', 'yp', 'caller']);
/** A person followed by one of these reports what follows; the experience is someone else's. */
const REPORTING = /^(?:comment|remark|report|say|said|state|told|tell|describ|think|thought|believ|feel|felt|wonder|worri|fear|notic|observ|mention|explain|complain|disclos|confirm|deni|agree|suspect|consider|query|ask|raise|attend|visit|accompan|brought|seen)/;
const STOP = new Set(
  ('a an the and or but of to in on at for with by from as is are was were be been being has have had having do does did not no '
    + 'this that these those it its his her their him them they he she i we our my your who which what when where than then also too '
    + 'since until after before over about into some any all each very more less most least now currently today still again just '
    + 'x yr yrs wk wks week weeks month months year years day days time times per last next recent recently ago her herself himself '
    + 'reports reported report says said states stated told describes described take takes taking taken get gets got go goes went '
    + 'mr mrs ms miss dr hx history dx plan s o a p').split(' '),
);
const HEDGE = /^(?:working|provisional|differential|tentative|may|might|could|possibl|possibility|suspect|consider|query|queri|\?|wonder|likely|unlikely|unconfirm|rule|r\/o|pending|await|believ|think|thought|worri|fear|concern|hypothes|question|perhaps|probabl|seem|appear|intend|plan|will|would|assessment|assess)/;
const CONFIRM = /^(?:diagnos|confirm|meet|established|known)/;
/** Status words on an action, grouped by what each says became of it. */
const STATUS: ReadonlyArray<[string, RegExp]> = [
  ['started', /^(?:start|commenc|began|begin|begun|initiat|introduc)/],
  ['stopped', /^(?:stop|discontinu|ceas|wean|taper|withdr|came off|come off|coming off)/],
  ['continued', /^(?:continu|cont$|ongoing|maintain|unchang)/],
  ['declined', /^(?:declin|refus)/],
  ['given', /^(?:given|gave|provid|hand|issu|assign)/],
  ['completed', /^(?:complet|done|finish)/],
  ['requested', /^(?:request|arrang|pend|await)/],
];
/** Which statuses cannot both be true of one action at one time. */
const CLASH: ReadonlyArray<[string, string]> = [
  ['started', 'stopped'], ['started', 'continued'], ['started', 'declined'], ['stopped', 'continued'],
  ['completed', 'requested'],
];
/** A count of a task done ("7 of 10 sheets") is told from either side; its status is not compared. */
const COUNTED = /\b\d+\s*(?:of|out of)\s*\d+\b/;

interface Word {
  w: string;
  key: string;
  /** Whose experience: 'client' or a relation; explicit when a person word names it. */
  who: string;
  explicit: boolean;
  hedged: boolean;
  confirmed: boolean;
  negated: boolean;
  status: ReadonlySet<string>;
  /** When the clause places it (temporality.ts), with the words that say so. */
  time: TimeReading;
  /** Its clause gives how long it has lasted, or holds it away ("for two years", "abstinent from"). */
  lasting: boolean;
  sentence: number;
  /** How many people its sentence names, and which. */
  people: number;
  peopleSet: ReadonlySet<string>;
}

const tokens = timeTokens;

// (Round vspeed5b.) What the word lists and patterns of this module say of one token, read once per
// distinct word and kept: read() and statusMarks() asked the same eleven patterns of every token of
// every text (HEDGE, CONFIRM, the seven STATUS patterns, the negators) for each clause it stood in.
// Each bit is the pattern's own test of the word, so every answer is the one the pattern gives.
const HEDGE_B = 1;
const CONFIRM_B = 2;
/** /^(?:not|unconfirm|awaiting|pending)$/: a confirmation withheld. */
const UNCONFIRMED_B = 4;
/** The clause negators of read(). */
const NEGATED_B = 8;
/** NEGATOR: the negators before a status word. */
const NEGATOR_B = 16;
/** Not a content word for read(): possessive mark, stop word, short, a hedge, confirmation or status word. */
const SKIP_B = 32;
/** Bits 6 and up: 1 + the index of the first STATUS pattern the word matches (0: none). */
const STATUS_SHIFT = 6;
const WORD_MEMO = new Map<string, number>();
const WORD_MEMO_MAX = 50_000;
function wordBits(t: string): number {
  let b = WORD_MEMO.get(t);
  if (b !== undefined) return b;
  const status = STATUS.findIndex(([, re]) => re.test(t));
  const hedge = HEDGE.test(t);
  const confirm = CONFIRM.test(t);
  b =
    (hedge ? HEDGE_B : 0) |
    (confirm ? CONFIRM_B : 0) |
    (/^(?:not|unconfirm|awaiting|pending)$/.test(t) ? UNCONFIRMED_B : 0) |
    (/^(?:not|no|nil|none|never|didn't|hasn't|wasn't|denies|denied)$/.test(t) ? NEGATED_B : 0) |
    (NEGATOR.test(t) ? NEGATOR_B : 0) |
    (t === '_pos' || STOP.has(t) || t.length < 3 || hedge || confirm || status >= 0 ? SKIP_B : 0) |
    ((status + 1) << STATUS_SHIFT);
  if (WORD_MEMO.size >= WORD_MEMO_MAX) WORD_MEMO.clear();
  WORD_MEMO.set(t, b);
  return b;
}
const anyBit = (toks: readonly string[], bit: number): boolean => {
  for (const t of toks) if ((wordBits(t) & bit) !== 0) return true;
  return false;
};
/** The name of the first STATUS pattern the word matches, as `STATUS.find(...)?.[0]`. */
const statusOf = (t: string): string | undefined => {
  const k = wordBits(t) >>> STATUS_SHIFT;
  return k === 0 ? undefined : STATUS[k - 1]![0];
};

const TITLED = /\b(?:Mr|Mrs|Ms|Miss|Mx)\.? ([A-Z][a-z'-]+)(?: ([A-Z][a-z'-]+))?/g;
const BEFORE_AGE = /\b([A-Z][a-z'-]+)(?: ([A-Z][a-z'-]+))?(?: \(|, an? | is an? )\d/g;
/**
 * Names the notes give the client: after a title ("Mr Dario Fenwick"), or before an age ("Kaya
 * Drummond (34)", "Kaya Drummond, a 34-year-old"). Our own test data marks people
 * "(synthetic, 34)"; that marker is not evidence of anything in a real note, so it is not read.
 */
function clientNames(texts: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const t of texts) {
    // (Round vspeed5b: each pattern only where its required text stands, "M" for a title and a digit
    // for an age; most segments hold neither.)
    if (t.includes('M')) for (const m of matchesOf(t, TITLED)) for (const n of [m[1], m[2]]) if (n !== undefined) names.add(n.toLowerCase());
    if (!/\d/.test(t)) continue;
    for (const m of matchesOf(t, BEFORE_AGE)) for (const n of [m[1], m[2]]) if (n !== undefined) names.add(n.toLowerCase());
  }
  for (const k of KIN.keys()) names.delete(k);
  return names;
}

const once = readerFor('dimensions');
/**
 * read(text, names), made once per text and set of names (round vspeed5b): a segment cited by
 * several sentences of a draft was read again for each. The names are the client's names over the
 * sentence, its sources and context, so one text may be read under several sets; each has its own
 * entry. The words are never changed after reading.
 */
function readOnce(text: string, names: ReadonlySet<string>, draftSide = false): Word[] {
  const byNames = once('read', text, () => new Map<string, Word[]>());
  // (A draft is read with its verbs' tense as time, a source by its triggers only: two readings.)
  const key = (draftSide ? 'draft ' : 'source ') + [...names].join(' ');
  let words = byNames.get(key);
  if (words === undefined) byNames.set(key, (words = read(text, names, draftSide)));
  return words;
}

/** Reads one text into its content words with their attributes. */
function read(text: string, names: ReadonlySet<string>, draftSide = false): Word[] {
  const out: Word[] = [];
  // Sentences: full stops, semicolons, dashes between words, line breaks.
  // (A full stop after a number ends a sentence too when a space follows: "called 111. She ...".)
  const sentences = text.split(/(?<=\d)[.;!](?=\s|$)|(?<!\d)[.;!](?!\d)|\n| [-–—] /);
  const bareMarks = new Map<number, string[]>();
  sentences.forEach((sent, si) => {
    const peopleSet = peopleIn(sent, names);
    const people = peopleSet.size;
    const clauses = sent.split(/,\s*(?:but|whereas|although|though)\b|\bbut\b/);
    let who = 'client';
    let explicit = false;
    let lastPerson: string | null = null;
    // What became of an action is read over the words near it in the sentence, across a "but"
    // ("naltrexone discussed but declined"), not over a whole list of actions.
    // (Each clause tokenised once: the sentence's tokens are its clauses' tokens in order.)
    const clauseToks = clauses.map((c) => tokens(c));
    const sentToks: string[] = [];
    for (const toks of clauseToks) for (const t of toks) sentToks.push(t);
    const marks = statusMarks(sentToks);
    bareMarks.set(si, marks.map((m) => m.name));
    let offset = 0;
    for (let ci = 0; ci < clauses.length; ci++) {
      const clause = clauses[ci]!;
      const toks = clauseToks[ci]!;
      const base = offset;
      offset += toks.length;
      const hedged = anyBit(toks, HEDGE_B);
      const confirmed = anyBit(toks, CONFIRM_B) && !anyBit(toks, UNCONFIRMED_B);
      const negated = anyBit(toks, NEGATED_B);
      const times = clauseTimes(clause, toks.length, draftSide);
      const lasting = LASTING.test(clause.toLowerCase());
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i]!;
        const next = toks[i + 1] ?? '';
        const person = KIN.get(t) ?? (t.startsWith('ex-') && KIN.has(t.slice(3)) ? t : null) ?? (CLIENT.has(t) || names.has(t) ? 'client' : null);
        if (t === 'who' && lastPerson !== null) {
          who = lastPerson;
          explicit = true;
          continue;
        }
        // A person after a preposition or a verb of giving or telling is the object, not the one whose state it is.
        const before = toks[i - 1] === 'her' || toks[i - 1] === 'his' || toks[i - 1] === 'their' || toks[i - 1] === 'late' ? toks[i - 2] ?? '' : toks[i - 1] ?? '';
        // ("Per mother", "retired teacher": a reporter, the client's own role.)
        if (person !== null && (/^(?:per|according|retired|former|trainee|student|a|an|as)$/.test(before) || (next !== '_pos' && /^(?:with|to|at|for|by|from|about|against|toward|towards|give|gave|giving|hand|told|tell|ask|asked|call|called|phoned|visit|visited|see|saw|seen)$/.test(before)))) {
          lastPerson = person;
          continue;
        }
        if (person !== null) {
          // "her mother", "Kaya's sister": the relation, not the possessor.
          const after = next === '_pos' ? toks[i + 2] ?? '' : next;
          if (person === 'client' && KIN.has(after)) continue;
          // A reporter ("Mum reports", "he says") does not own what is reported.
          const verb = toks.slice(i + 1, i + 4).find((x) => !/^(?:_pos|also|herself|himself|has|had|have|who|then|now)$/.test(x) && !KIN.has(x) && !names.has(x));
          if (verb !== undefined && REPORTING.test(verb) && person !== 'client') {
            lastPerson = person;
            continue;
          }
          if (verb !== undefined && REPORTING.test(verb) && person === 'client' && KIN.has(who) && explicit) continue;
          who = person;
          explicit = true;
          lastPerson = person;
          continue;
        }
        if ((wordBits(t) & SKIP_B) !== 0) continue;
        const status = statusNear(marks, base + i);
        out.push({ w: t, key: stem(t), who, explicit, hedged, confirmed, negated, status, time: times[i]!, lasting, sentence: si, people, peopleSet });
      }
    }
  });
  // (R03, round vfa3.) A sentence that is only a status ("Sertraline started 2/52 ago - continue.")
  // says it of the sentence before it, whose words it leaves out.
  for (const [si, names] of bareMarks) {
    if (si === 0 || names.length === 0 || out.some((w) => w.sentence === si)) continue;
    for (const w of out) if (w.sentence === si - 1) w.status = new Set([...w.status, ...names]);
  }
  return out;
}

const NEGATOR = /^(?:not|no|nil|never|didn't|hasn't|wasn't|haven't|hadn't|isn't|weren't|won't|yet)$/;
/** Where a sentence says what became of an action, and what it says ("not stopped" is still going). */
function statusMarks(toks: readonly string[]): Array<{ at: number; name: string }> {
  const out: Array<{ at: number; name: string }> = [];
  toks.forEach((t, j) => {
    const next = toks[j + 1] ?? '';
    const phrase = (t === 'came' || t === 'come' || t === 'coming') && next === 'off';
    // "done anything wrong", "done it": the verb of doing, not a task completed.
    if (t === 'done' && /^(?:anything|nothing|something|everything|it|wrong|so)$/.test(next)) return;
    // "the STOP skill": a status word used as a name.
    if (toks[j - 1] === 'the' || toks[j - 1] === 'a') return;
    const found = phrase ? 'stopped' : statusOf(t);
    if (found === undefined) return;
    const neg = toks.slice(Math.max(0, j - 3), j).some((x) => (wordBits(x) & NEGATOR_B) !== 0);
    const name = !neg ? found : found === 'given' ? 'not-given' : found === 'completed' ? 'not-completed' : found === 'stopped' ? 'continued' : found === 'continued' ? 'stopped' : null;
    if (name !== null) out.push({ at: j, name });
  });
  // "did not do", "not attempted", "partly done": a task not completed.
  toks.forEach((t, j) => {
    if ((t === 'do' || /^attempt/.test(t)) && toks.slice(Math.max(0, j - 3), j).some((x) => (wordBits(x) & NEGATOR_B) !== 0)) out.push({ at: j, name: 'not-completed' });
    if (/^(?:partly|partially)$/.test(t)) out.push({ at: j, name: 'not-completed' });
  });
  return out;
}

/** The status nearest a word in its sentence, within six words (ties: all of them). */
// (Round vspeed5b: one empty set for every word of a sentence that says nothing of any action, the
// common case; the statuses are only ever asked `has`, never changed.)
const NO_STATUS: ReadonlySet<string> = new Set<string>();
function statusNear(marks: ReadonlyArray<{ at: number; name: string }>, i: number): ReadonlySet<string> {
  if (marks.length === 0) return NO_STATUS;
  let best = 7;
  for (const m of marks) best = Math.min(best, Math.abs(m.at - i));
  return new Set(marks.filter((m) => Math.abs(m.at - i) === best).map((m) => m.name));
}

/** How many person words a text names (relatives, the client's names and words for the client). */
function peopleNamed(text: string, names: ReadonlySet<string>): number {
  return peopleIn(text, names).size;
}
function peopleIn(text: string, names: ReadonlySet<string>): Set<string> {
  const seen = new Set<string>();
  const toks = tokens(text);
  toks.forEach((t, i) => {
    const k = KIN.get(t) ?? (t.startsWith('ex-') && KIN.has(t.slice(3)) ? t : undefined);
    if (k !== undefined) seen.add(k);
    else if ((CLIENT.has(t) || names.has(t)) && !KIN.has(toks[i + 1] === '_pos' ? toks[i + 2] ?? '' : toks[i + 1] ?? '')) seen.add('client');
  });
  return seen;
}

/** A word that can name what someone has or had: not a time, a place, a frequency or talk. */
const NOT_CONDITION = /^(?:weekend|weekday|night|morning|evening|afternoon|sunday|monday|tuesday|wednesday|thursday|friday|saturday|january|february|march|april|may|june|july|august|september|october|november|december|school|home|house|room|work|session|daily|weekly|monthly|always|never|often|every|call|phon|text|told|tell|talk|spoke|speak|ask|said|say|visit|came|come|went|left|leav|feel|felt|because|other|even|lot|few|fewer|year-old|old|front|back|within|sent|informed|deni|report|disclos)/;
const conditionWord = (w: string): boolean => !NOT_CONDITION.test(w) && !/^\d/.test(w);

const aligns = (a: Word, b: Word): boolean => a.key === b.key || (a.key.length > 3 && b.key.length > 3 && synonymous(a.key, b.key));
/** A kind of relative the draft names for the one the source names ("partner" for "husband"): R03, round vfa3. */
const KIND_OF: ReadonlyArray<[string, RegExp]> = [['partner', /^(?:husband|wife|boyfriend|girlfriend)$/], ['sibling', /^(?:brother|sister)$/], ['child', /^(?:son|daughter)$/]];
const kindCovers = (draftWho: string, sourceWho: string): boolean => KIND_OF.some(([k, re]) => k === draftWho && re.test(sourceWho));
const personName = (who: string): string => (who === 'client' ? "the client's" : `the ${who}'s`);

export interface DimensionReading {
  /** Contradictions found on aligned words, clinician-readable. */
  contra: string[];
  /** The draft carries a hedge or plan on words whose source is hedged too. */
  hedgeAgrees: boolean;
  /** Every draft word with a named person aligns to a source word of that same person. */
  personAgrees: boolean;
  /** Draft and source give an aligned action the same negated status ("not given", "not done"). */
  negatedStatusAgrees: boolean;
  /** Draft and source both say the aligned action continues. */
  continuedAgrees: boolean;
  /**
   * Time reconciles a denial on aligned words: the draft denies it over a span ("none since age
   * 20", "not for 40 years") where the source places it in the past, or the draft places in the
   * past what the source says has ended ("no longer hears voices").
   */
  timeSettlesNegation: boolean;
}

/** Compares the draft sentence with its cited segments on person, certainty and action status. */
export function compareDimensions(sentence: string, sources: readonly string[], context: readonly string[] = []): DimensionReading {
  const names = clientNames([...sources, ...context, sentence]);
  const draft = readOnce(sentence, names, true);
  const src = flatMap(sources, (s) => readOnce(s, names));
  const contra: string[] = [];
  // Person: the aligned words of the draft, each with the people the source gives it.
  const pairs = draft.map((d) => ({ d, m: src.filter((s) => aligns(d, s)) })).filter((p) => p.m.length > 0);
  const content = draft.length;
  const personal = pairs.filter((p) => p.d.explicit);
  // Whose it is, compared only where the draft speaks of one person alone, and only on words that
  // name a state, a condition, a treatment or an event (not a time, a place or a verb of talking):
  // a draft that names two people tells of what passed between them, which a word's owner does not
  // settle. A relative the draft names must be absent from the cited text, or the client must be
  // the one the draft names, for "the source gives it to someone else" to hold.
  const draftPeople = new Set(draft.filter((d) => d.explicit).map((d) => d.who));
  const onePerson = draftPeople.size === 1 && peopleNamed(sentence, names) <= 1;
  const mismatched = !onePerson ? [] : personal.filter((p) => conditionWord(p.d.w) && p.m.every((s) => s.explicit && s.who !== p.d.who && s.who !== 'client' && s.who !== 'family' && p.d.who !== 'family' && !kindCovers(p.d.who, s.who) && (p.d.who === 'client' || !s.peopleSet.has(p.d.who))));
  const matched = personal.filter((p) => p.m.some((s) => s.who === p.d.who));
  if (mismatched.length > 0 && matched.length === 0 && (mismatched.length >= 2 || content <= 2 || mismatched.length * 2 >= pairs.length)) {
    const s = mismatched[0]!.m.find((x) => x.explicit) ?? mismatched[0]!.m[0]!;
    contra.push(`source gives ${mismatched.map((p) => p.d.w).slice(0, 3).join(', ')} as ${personName(s.who)}; draft as ${personName(mismatched[0]!.d.who)}`);
  }
  // Certainty: a draft that confirms what every aligned source clause only suspects.
  const confirmedPairs = pairs.filter((p) => p.d.confirmed && !p.d.hedged);
  if (confirmedPairs.length > 0 && confirmedPairs.every((p) => p.m.every((s) => s.hedged && !s.confirmed))) contra.push(`source gives ${confirmedPairs[0]!.d.w} as possible or suspected; draft as confirmed`);
  // Status: what became of the action, on words that align.
  const counted = COUNTED.test(sentence) || sources.some((x) => COUNTED.test(x));
  for (const p of counted ? [] : pairs) {
    for (const [a, b] of CLASH) {
      const d = p.d.status;
      if ((d.has(a) && !d.has(b) && p.m.every((s) => s.status.has(b) && !s.status.has(a))) || (d.has(b) && !d.has(a) && p.m.every((s) => s.status.has(a) && !s.status.has(b)))) {
        const said = d.has(a) ? a : b;
        const was = d.has(a) ? b : a;
        contra.push(`source says ${p.d.w} was ${was}; draft says ${said}`);
      }
    }
    const d = p.d.status;
    if (d.has('given') && !d.has('not-given') && p.m.every((s) => s.status.has('not-given'))) contra.push(`source says ${p.d.w} was not given; draft says given`);
    if (d.has('not-given') && p.m.every((s) => s.status.has('given') && !s.status.has('not-given'))) contra.push(`source says ${p.d.w} was given; draft says not given`);
    if (d.has('completed') && !d.has('not-completed') && p.m.every((s) => s.status.has('not-completed') || (s.status.has('requested') && !s.status.has('completed')))) contra.push(`source says ${p.d.w} was not done; draft says done`);
    if (d.has('not-completed') && p.m.every((s) => s.status.has('completed') && !s.status.has('not-completed'))) contra.push(`source says ${p.d.w} was done; draft says not done`);
  }
  const hedgeAgrees = pairs.some((p) => p.d.hedged && p.m.some((s) => s.hedged));
  // (Only where each side names one person: who did what to whom is another question.)
  const personAgrees = onePerson && personal.length > 0 && mismatched.length === 0 && personal.every((p) => p.m.some((s) => s.who === p.d.who && s.people <= 1));
  const negatedStatusAgrees = pairs.some((p) => ['not-given', 'not-completed'].some((k) => p.d.status.has(k) && p.m.every((x) => x.status.has(k))));
  const continuedAgrees = pairs.some((p) => p.d.status.has('continued') && p.m.every((x) => x.status.has('continued')) && !p.d.status.has('stopped'));
  // Time: a finding the source places in the past, or plans, or makes conditional, that the draft
  // tells as current or done (and the reverse), on words that name a state or an event.
  const when = counted ? null : timeConflict(pairs.filter((p) => conditionWord(p.d.w) && !p.d.negated && !p.d.status.has('continued') && p.m.every((s) => !s.status.has('continued'))));
  if (when !== null) contra.push(when);
  // Direction: a draft that says a measure went up where the source's values for it went down.
  const dir = directionConflict(sentence, sources, draft);
  if (dir !== null) contra.push(dir);
  const pastOf = (r: TimeReading): boolean => r.explicit && (r.when === 'past' || r.when === 'ended');
  const timeSettlesNegation = pairs.some((p) =>
    (p.d.negated && p.d.lasting && p.m.every((x) => !x.negated && pastOf(x.time))) ||
    (!p.d.negated && pastOf(p.d.time) && (p.d.time.remote || !/last|ago|recent/.test(p.d.time.why)) && p.m.every((x) => x.negated && (x.lasting || x.time.when === 'ended'))));
  return { contra: [...new Set(contra)], hedgeAgrees, personAgrees, negatedStatusAgrees, continuedAgrees, timeSettlesNegation };
}

const UP = /^(?:increas|rose|rise|risen|rising|went up|gone up|higher|grew|grown|gain|more|climb|worsen|escalat)/;
const DOWN = /^(?:decreas|drop|fell|fall|fallen|lower|reduc|less|lost|declin|eas|lessen|shrank|improv)/;
/** Words that say a measure is worse when it is higher: used only where the measure's values are given. */
const VALUE_PAIRS: ReadonlyArray<[RegExp, boolean]> = [
  // "24 → 18", "30x/day -> 12x", "from 5 to 1": first the earlier value.
  [/(\d+(?:\.\d+)?)\s*(?:x|mg|kg|%|\/\w+|x\/\w+|\s?(?:times|nights|days)\b[^\d→>]{0,12})?\s*(?:→|->|to)\s*~?(\d+(?:\.\d+)?)/g, true],
  // "16.1 (was 15.4", "9 (prev 15)", "now 5/10, previously 3/10": the later value first.
  [/(\d+(?:\.\d+)?)(?:\/\d+)?\s*[,(]\s*(?:was|prev|previously|from|down from|up from)\s*~?(\d+(?:\.\d+)?)/g, false],
];

/** The earlier and later value of each measure a text gives, by where they sit. */
function valuePairs(text: string): Array<{ at: number; from: number; to: number }> {
  const out: Array<{ at: number; from: number; to: number }> = [];
  for (const [re, forward] of VALUE_PAIRS) {
    for (const m of text.matchAll(re)) {
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (a === b) continue;
      out.push({ at: m.index, from: forward ? a : b, to: forward ? b : a });
    }
  }
  return out;
}

function directionConflict(sentence: string, sources: readonly string[], draft: readonly Word[]): string | null {
  const toks = tokens(sentence);
  const j = toks.join(' ');
  // "increased"/"worsened" with a number-free measure: comparing needs the draft's own direction word.
  const upWord = toks.find((t) => UP.test(t) && !/^(?:worsen|more)/.test(t)) ?? (/\bwent up|gone up\b/.test(j) ? 'up' : undefined);
  const downWord = toks.find((t) => DOWN.test(t) && !/^(?:improv|eas|less)/.test(t));
  const own = valuePairs(sentence);
  let says: 'up' | 'down' | null = own.length > 0 ? (own[0]!.to > own[0]!.from ? 'up' : 'down') : upWord !== undefined && downWord === undefined ? 'up' : downWord !== undefined && upWord === undefined ? 'down' : null;
  if (says === null) return null;
  for (const src of sources) {
    const lower = src.toLowerCase();
    const pairs = valuePairs(src);
    if (pairs.length === 0) continue;
    for (const d of draft) {
      if (d.w.length < 3) continue;
      const at = lower.search(new RegExp(`\\b${d.w.replace(/[^a-z-]/g, '').replace(/-/g, '[- ]?')}`));
      if (at < 0) continue;
      // The first pair of values after the measure's name, close by and in the same sentence.
      const next = pairs.filter((p) => p.at > at && p.at - at < 40 && !/[.;]\s/.test(src.slice(at, p.at))).sort((a, b) => a.at - b.at)[0];
      if (next === undefined) continue;
      const went = next.to > next.from ? 'up' : 'down';
      if (went !== says) return `source gives ${d.w} going ${went} (${next.from} to ${next.to}); draft says ${says}`;
      return null;
    }
  }
  says = null;
  return says;
}
