// One sentence against one topic's rules: blank the senses that are not the topic, collect the
// rules that match, note negation, and let a veto (an animal, a job, the news) overrule evidence
// that is only the topic's vocabulary. The same function serves redaction and `explainTopics`.
import { conceptBits, conceptWords } from './concepts.ts';
import { frameMatches, matches, NEGATION, type Rule, type TopicRules } from './rules.ts';

export interface Cue {
  rule: string;
  kind: Rule['kind'];
  /** The words that matched, lower-cased. Returned to the caller only; never logged. */
  text: string;
  /** A negation trigger ("denies", "never", "didn't") stands shortly before this cue. */
  negated: boolean;
}

export interface TopicDecision {
  topic: string;
  redact: boolean;
  cues: Cue[];
  /** Phrases set aside as another sense before the rules ran ("substance abuse", "touching base"). */
  masked: string[];
  /** The veto that overruled vocabulary-only evidence, if any. */
  vetoedBy?: string;
}

const APOSTROPHES = /[’‘`´]/g;

// Spoken disfluency: hesitation sounds, "you know" and "like," as fillers, and a word repeated
// at a restart ("he, he held me", "the, the right documents"). Rules are written for the words
// a person means; in transcribed speech these sit between exactly those words. Only the rules'
// view of the sentence changes (spans are whole sentences, so no offset depends on it).
const FILLERS = /(?:^|,?\s+)(?:u+m+|u+h+|e+r+m+|e+h+|h+m+|m+h?m+)(?=[\s,.]|$)(?:,|\.{2,})?|,\s+(?:like|you know),(?=\s)|(?:^|(?<=\s))(?:like|you know),(?=\s)|\.{2,}(?=\s)/g;
const RESTART = /\b([a-z']+),?\s+\1\b/g;
const SPACES = /\s{2,}/g;
const RESTART_TEST = /\b([a-z']+) \1\b/;

const MAYBE_DISFLUENT = /\b(?:u+[mh]|e+r+m|h+m+|m+h?m+|you know|like,)|\.\.|,/;

// The same sentence is given to each active topic in turn: keep the last result.
let lastIn = '';
let lastOut = '';

export function normalise(sentence: string): string {
  if (sentence === lastIn) return lastOut;
  let s = sentence.toLowerCase().replace(APOSTROPHES, "'");
  // A restart is only written with a comma ("he, he") or as a doubled word; fillers need one of
  // the cheap signs tested first.
  if (MAYBE_DISFLUENT.test(s) || RESTART_TEST.test(s)) s = s.replace(FILLERS, '').replace(RESTART, '$1').replace(SPACES, ' ').trim();
  lastIn = sentence;
  lastOut = s;
  return s;
}

/**
 * Negated disclosures are still redacted ("denies any history of sexual abuse", "he never hit me
 * but…"): such a sentence says the subject was raised about this person, and a screening answer
 * is exactly what a privacy reviewer expects to stay in the record. Negation is reported as
 * evidence so a reviewer can see it, and so a practice could choose otherwise later.
 */
function negatedBefore(s: string, at: number): boolean {
  // The clause before the cue, up to six words back and not across "but" or a semicolon.
  const before = s.slice(Math.max(0, at - 60), at);
  const clause = before.split(/\bbut\b|[;,:]/).pop() ?? '';
  const words = clause.trim().split(/\s+/).slice(-6).join(' ');
  NEGATION.lastIndex = 0;
  return NEGATION.test(words);
}

/** True when some rule matches the sentence before masking: masks only ever remove matches. */
function anyRule(r: TopicRules, s: string, original: string): boolean {
  for (const rule of r.rules) if (matches(rule, s)) return true;
  for (const rule of r.cased ?? []) if (rule.re.test(original)) return true;
  if (r.concepts) {
    const bits = conceptBits(s);
    if (bits !== 0) for (const f of r.concepts) if (frameMatches(f, bits, s)) return true;
  }
  return false;
}

export function decide(topic: string, r: TopicRules, original: string, explain = false): TopicDecision | undefined {
  let s = normalise(original);
  // Most sentences that pass the gate match no rule at all: settle those before any masking.
  if (!explain && !anyRule(r, s, original)) return undefined;
  const masked: string[] = [];
  for (const m of r.masks) {
    m.lastIndex = 0;
    if (!m.test(s)) continue;
    // Blanked to the same length with a non-word character, so distances between the remaining
    // words (rules such as "threatened … kill" within 40 characters) are unchanged and a mask can
    // only remove a rule's match, never create one.
    s = s.replace(m, (hit) => {
      if (explain) masked.push(hit);
      return '~'.repeat(hit.length);
    });
  }
  const cues: Cue[] = [];
  let act = false;
  for (const rule of r.rules) {
    const m = matches(rule, s);
    if (!m) continue;
    if (rule.kind === 'act') act = true;
    // Negation never changes the decision (see negatedBefore), so it is worked out only to explain.
    cues.push({ rule: rule.id, kind: rule.kind, text: m[0], negated: explain && negatedBefore(s, m.index) });
    if (!explain && act) break;
  }
  // Concept frames, on the masked sentence: a masked sense never counts towards a class.
  if (r.concepts && (explain || !act)) {
    const bits = conceptBits(s);
    if (bits !== 0) {
      for (const f of r.concepts) {
        if (!frameMatches(f, bits, s)) continue;
        if (f.kind === 'act') act = true;
        cues.push({ rule: `concept:${f.id}`, kind: f.kind, text: explain ? conceptWords(s, f.need) : '', negated: false });
        if (!explain && act) break;
      }
    }
  }
  // In all-capitals text (old clinical notes, shouting) a capital says nothing about an acronym.
  const informativeCase = /\p{Ll}/u.test(original);
  for (const rule of informativeCase ? (r.cased ?? []) : []) {
    const m = rule.re.exec(original);
    if (!m) continue;
    if (rule.kind === 'act') act = true;
    cues.push({ rule: rule.id, kind: rule.kind, text: m[0], negated: false });
  }
  if (cues.length === 0) return explain ? { topic, redact: false, cues, masked } : undefined;
  let vetoedBy: string | undefined;
  if (!act) {
    for (const v of r.vetoes) {
      if (v.re.test(s)) {
        vetoedBy = v.id;
        break;
      }
    }
  }
  return { topic, redact: vetoedBy === undefined, cues, masked, ...(vetoedBy ? { vetoedBy } : {}) };
}
