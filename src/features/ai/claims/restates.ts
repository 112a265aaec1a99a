// How a drafter restates clinician bullets without adding a fact (round vfa, issue 15, R03):
// the words a draft uses to frame what the source records ("exposure work was carried out"),
// a generic summary a session's specifics support ("engaged well in session"), an intervention
// named at a higher level than the technique the source names ("cognitive restructuring" for a
// thought record), a homework log by another word ("record" for "log"), and a compound the draft
// writes apart ("wetting the bed" for "bedwetting"). Each reading needs the source to hold what
// the word stands for; none licenses a risk, a drug, a number or a person.
import type { CToken } from './context.ts';
import { stem } from './text.ts';

/**
 * Verbs and nouns that frame an act the source records, adding nothing of their own: "was carried
 * out", "was provided", "the session focused on", "his diary shows". Only unnegated: "was not
 * provided" states something the source does not.
 */
const FRAME = new Set(
  (
    'carry carried carries carrying conduct conducted conducting undertake undertook undertaken implement implemented implementing ' +
    'provide provided provides providing supply supplied supplies deliver delivered delivering focus focused focussed focuses focusing ' +
    'centred centered centring centering address addressed addressing explore explored exploring cover covered covering target targeted ' +
    'show shows showed shown showing apply applied utilise utilised utilize utilized employ employed introduce introduced facilitate facilitated ' +
    'structured guided'
  ).split(' '),
);

/**
 * A head that names the kind of activity the word before it already names ("the safe place
 * exercise", "exposure work", "communication skills", "the breathing task"): the word before says
 * it all, so the head is covered when that word is.
 */
const ACTIVITY_HEAD = new Set('exercise exercises work task tasks practice skill skills strategy strategies tool tools activity activities intervention interventions'.split(' '));

/** Words of a generic summary of a client's engagement in a session. */
const ENGAGEMENT = new Set('engaged engage engages engaging engagement participated participate participates participating participation actively active openly fully constructively readily collaboratively receptive involved'.split(' '));
/** A source that records work done in the session: practice, review, disclosure, a task completed. */
const SESSION_WORK = /\b(?:practi[sc]ed|practi[sc]ing|reviewed|completed|did|done|shared|paraphrased|role[- ]?play|generated|identified|brought|rated|took part|worked|discussed|explored|built|played|talked|described|used|caught|learned|learnt|taught|covered)\b/i;
/** ...and nothing that says the engagement was poor. */
const DISENGAGED = /\b(?:quiet|withdrawn|guarded|minimal|declined|refused|disengag\w*|reluctant|distracted|walked out|left early|dna|did not attend|didn'?t (?:participate|engage|take part|speak)|did not (?:participate|engage|take part|speak)|not (?:engag\w*|participat\w*)|poor(?:ly)? engag\w*|silent|asleep|late)\b/i;

/**
 * Interventions by family: the words a draft uses for the family, and what in the source names a
 * technique of it. A draft word of a family is covered when the cited text (or the note's header,
 * which names the therapy) names one of its techniques.
 */
const FAMILIES: ReadonlyArray<[ReadonlySet<string>, RegExp]> = [
  [
    new Set('cognitive restructuring restructure restructured challenge challenged challenging reframe reframed reframing dispute disputed disputing unhelpful'.split(' ')),
    /\b(?:thought records?|balanced (?:thought|alternative|view)|alternative thoughts?|evidence (?:for|against)|cognitive distortions?|thinking (?:traps?|errors?)|socratic|restructur\w*|reframe\w*|hot thought)\b/i,
  ],
  [
    new Set('exposure exposures exposed hierarchy hierarchies graded response prevention'.split(' ')),
    /\b(?:erp|exposure|behaviou?ral experiments?|hierarch\w*|interoceptive|in vivo|graded|suds|held off washing|without washing|delay(?:ed|ing)? washing|response prevention)\b/i,
  ],
  [
    new Set('relaxation relax relaxing relaxed calming'.split(' ')),
    /\b(?:pmr|progressive muscle|paced breathing|breathing|grounding|relaxation|body scan|safe place|imagery)\b/i,
  ],
  [
    new Set('communication communicating listening listener listen'.split(' ')),
    /\b(?:speaker[- ]listener|active listening|reflective listening|paraphras\w*|i[- ]statements?|soft start[- ]?up|communication)\b/i,
  ],
  [
    new Set('psychoeducation psychoeducational information informed educated education explained'.split(' ')),
    /\b(?:psycho-?education|leaflet|explained|info|information|education)\b/i,
  ],
  [
    new Set('experiential acceptance defusion mindfulness'.split(' ')),
    /\b(?:chair work|imagery|rescripting|defusion|values|acceptance|mindful\w*)\b/i,
  ],
  [
    new Set('processing processed reprocessing memory'.split(' ')),
    /\b(?:emdr|reprocess\w*|processing|bilateral)\b/i,
  ],
  [
    new Set('activation pleasant enjoyable scheduling'.split(' ')),
    /\b(?:pleasant activit\w*|activity schedul\w*|behaviou?ral activation|enjoyable activit\w*)\b/i,
  ],
  // Homework logs: "record", "log", "keep a diary", "track", "monitor" name one task.
  [new Set('record recording recorded log logging logged track tracking tracked monitor monitoring monitored diary'.split(' ')), /\b(?:log|logs|logged|record|records|diary|diaries|track|tracking|monitor\w*|note down|write down)\b/i],
];

export interface RestateInput {
  draft: readonly CToken[];
  /** The cited segments as written. */
  sources: readonly string[];
  /** The note's other segments as written. */
  context: readonly string[];
  /** Is this draft token held by the source (matched, synonym, covered)? */
  held: (t: CToken) => boolean;
  /** Source words (normalised), for compounds. */
  sourceWords: ReadonlySet<string>;
}

/** Does the draft word restate what the source records, rather than add to it? */
export function restates(t: CToken, x: RestateInput): boolean {
  if (t.neg || t.num !== undefined) return false;
  const w = t.w;
  if (FRAME.has(w)) return true;
  if (ACTIVITY_HEAD.has(w) && t.i > 0) {
    const before = x.draft[t.i - 1]!;
    if (before.clause === t.clause && before.num === undefined && before.w.length > 2 && x.held(before)) return true;
  }
  if (ENGAGEMENT.has(w)) {
    const cited = x.sources.join(' \n ');
    if (SESSION_WORK.test(cited) && !DISENGAGED.test(cited)) return true;
  }
  for (const [words, marker] of FAMILIES) {
    if (!words.has(w)) continue;
    if (x.sources.some((s) => marker.test(s))) return true;
    // The header of the note names the therapy ("ERP session 7"): its first segment only.
    if (x.context.length > 0 && marker.test(x.context[0]!) && x.sources.some((s) => SESSION_WORK.test(s))) return true;
  }
  // A compound the source writes as one word and the draft apart ("wetting the bed", "bed wetting"
  // for "bedwetting", "hand washing" for "handwashing").
  for (const k of [t.i - 2, t.i - 1, t.i + 1, t.i + 2]) {
    const o = x.draft[k];
    if (o === undefined || o.clause !== t.clause || o.w.length < 3 || w.length < 3) continue;
    for (const joined of [o.w + w, w + o.w, stem(o.w) + w, stem(w) + o.w]) if (x.sourceWords.has(joined) || x.sourceWords.has(stem(joined))) return true;
  }
  return false;
}
