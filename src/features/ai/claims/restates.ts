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
    'structured guided pursue pursuing arrange arranged arranging'
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

/**
 * A report's word for what the source says in other words (register), by what the source must
 * hold: "support" for a daughter who visits, "adherence" for missed doses, "blushes" for "gets
 * red", "avoidance" for procrastinating, "grieving" for a death.
 */
const REGISTER: ReadonlyArray<[ReadonlySet<string>, RegExp]> = [
  [new Set('support supported supports supportive'.split(' ')), /\b(?:visits?|visited|visiting|checks? in|helps?|helped|helping|supportive|encourag\w*|there for)\b/i],
  [new Set('adherence adherent compliance compliant'.split(' ')), /\b(?:missed (?:doses?|tablets?)|taking|takes|as prescribed|adheren\w*|complian\w*)\b/i],
  [new Set('partial partially inconsistent inconsistently irregular irregularly'.split(' ')), /\b(?:missed|occasional(?:ly)?|sometimes|inconsistent\w*|irregular\w*|not always)\b/i],
  [new Set('lenient permissive'.split(' ')), /\btoo soft\b/i],
  [new Set('blush blushes blushing blushed flushed flushing'.split(' ')), /\b(?:gets? red|went red|goes red|turns? red|flush\w*|blush\w*)\b/i],
  [new Set('avoidance avoidant avoiding avoid avoids'.split(' ')), /\b(?:avoid\w*|procrastinat\w*|putting off|puts off|won'?t)\b/i],
  [new Set('putting postponing delaying'.split(' ')), /\bprocrastinat\w*/i],
  [new Set('grieving grief bereaved mourning'.split(' ')), /\b(?:died|death|passed away|bereave\w*|griev\w*)\b/i],
  [new Set('pass passing faint fainting'.split(' ')), /\bfaint\w*/i],
  [new Set('collection collections collect collected collecting'.split(' ')), /\bpick[- ]?ups?\b|\bcollect\w*/i],
  [new Set('summarised summarized summarising summarizing restated reflected'.split(' ')), /\b(?:paraphras\w*|summar\w*|reflected back)\b/i],
];

/** Words for the medication a cited segment calls "it", when the note names the drug elsewhere. */
const MED_WORDS = new Set('medication medications medicine medicines tablet tablets pills stimulant'.split(' '));

/**
 * A group a note's header names stands for its people: "partners" for a couple, "members" for a group.
 * (Never a relative: who the person is stays the source's.)
 */
const GROUP_PEOPLE: ReadonlyArray<[ReadonlySet<string>, RegExp]> = [
  [new Set(['partner', 'partners', 'spouses']), /\b(?:couples?|partners|married|spouses)\b/i],
  [new Set(['member', 'members', 'attendees', 'participants']), /\bgroup\b/i],
];

/** A word that frames or summarises (FRAME, an activity head, engagement): it restates, but holds no content of the source. */
export const framingWord = (w: string): boolean => FRAME.has(w) || ACTIVITY_HEAD.has(w) || ENGAGEMENT.has(w);

export interface RestateInput {
  /** The draft sentence as written. */
  sentence: string;
  draft: readonly CToken[];
  /** The cited segments as written. */
  sources: readonly string[];
  /** The note's other segments as written. */
  context: readonly string[];
  /** Is this draft token held by the source (matched, synonym, covered)? */
  held: (t: CToken) => boolean;
  /** Source words (normalised), for compounds. */
  sourceWords: ReadonlySet<string>;
  /** Does the note's uncited text name a drug? */
  contextDrug: boolean;
  /** Words for people other than the client (lexicon.ts). */
  otherPeople: ReadonlySet<string>;
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
  for (const [words, marker] of REGISTER) if (words.has(w) && x.sources.some((s) => marker.test(s))) return true;
  // "the medication" where the cited segment says "takes it" and the note names the drug elsewhere.
  if (MED_WORDS.has(w) && x.contextDrug && x.sources.some((s) => /\b(?:it|them)\b/i.test(s))) return true;
  // (Plural, or one of them as such, "each partner": "Partner B" is one person, named by a role.)
  const asOneOf = (): boolean => w.endsWith('s') || /^(?:each|either|both|one|other|every)$/.test(x.draft[t.i - 1]?.w ?? '');
  for (const [words, marker] of GROUP_PEOPLE) if (words.has(w) && asOneOf() && [...x.sources, ...x.context].some((s) => marker.test(s))) return true;
  // A person the cited segment speaks of by a pronoun ("talks to his photo", "wanting to join him")
  // whom the note's other segments name ("Husband died in June"): only when the cited segments name
  // no other person, so the pronoun can be no one else's (round vfa).
  // (And only where the person is not the one the sentence is about: an object, "to her husband",
  // or a possessor, "her husband's photo"; "her husband is the client's carer" turns the relation round.)
  if (x.otherPeople.has(w) && new RegExp(String.raw`(?:\b(?:to|with|of|for|about|from|at|by|join|joined|joining|visit|visits|visited|miss|misses|missed)\s+(?:(?:his|her|their|the|late)\s+)*${w}\b|\b${w}['’]s\b)`, 'i').test(x.sentence) && x.context.some((c) => new RegExp(String.raw`\b${w}\b`, 'i').test(c)) && x.sources.some((s) => /\b(?:him|his|her|them|their)\b/i.test(s)) && !x.sources.some((s) => (s.toLowerCase().match(/[a-z]+/g) ?? []).some((y) => x.otherPeople.has(y)))) return true;
  // A compound the source writes as one word and the draft apart ("wetting the bed", "bed wetting"
  // for "bedwetting", "hand washing" for "handwashing").
  for (const k of [t.i - 2, t.i - 1, t.i + 1, t.i + 2]) {
    const o = x.draft[k];
    if (o === undefined || o.clause !== t.clause || o.w.length < 3 || w.length < 3) continue;
    for (const joined of [o.w + w, w + o.w, stem(o.w) + w, stem(w) + o.w]) if (x.sourceWords.has(joined) || x.sourceWords.has(stem(joined))) return true;
  }
  return false;
}
