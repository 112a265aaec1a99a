// The shape of a topic's rules and the fragments the three built-in topics share. Every pattern
// runs on one sentence that is already lower-cased with straight apostrophes (see engine.ts), so
// none needs the `i` flag. Every repetition is bounded (`[^.]{0,40}`, `(?: \w+){0,4}`, word
// lists), so backtracking stays linear in the sentence; a 60 KB line with no punctuation at all
// still takes tens of milliseconds, which is why sentences are split at line breaks too.

export interface Rule {
  id: string;
  re: RegExp;
  /**
   * `word`: the topic's own vocabulary ("deported", "abuse", "sex"), which can also be talk
   * *about* the subject — a job, the news, an animal. `act`: a pattern that describes something
   * done to or by a person ("he locked us in", "paid a smuggler to bring"), which a veto never
   * overrides.
   */
  kind: 'word' | 'act';
}

/**
 * The words without which no rule of a topic can match (see gate.ts). `any`: word-start stems
 * (regex sources, `$` for a whole word), any one of which lets a sentence through; `pairs`: exact
 * two-word keys that do the same; `both`: two stem lists that must both occur in the sentence
 * (a controlling verb and what is controlled). The unit tests check on every benchmark sentence
 * that the anchors never hide a rule's match.
 */
export interface Anchors {
  any: string[];
  pairs?: string[];
  both?: [string[], string[]][];
}

export interface TopicRules {
  anchors: Anchors;
  /** Senses that are not the topic ("substance abuse", "touching base"), blanked before the rules run. */
  masks: RegExp[];
  rules: Rule[];
  /** Contexts in which `word` evidence alone is not a disclosure (an animal, a profession, the news). */
  vetoes: Rule[];
  /** Rules on the original casing ("ICE", "USCIS"). */
  cased?: Rule[];
}

/** Words a sentence fragment is built from, so rules read as phrases. */
const PRON_OBJ = String.raw`(?:me|us|her|him|them|you)`;
const KIN = String.raw`(?:mom|mother|mum|mama|dad|father|papa|kids?|children|son|daughter|sister|brother|siblings?|wife|husband|baby|babies|girlfriend|boyfriend|gf|bf|grandma|grandmother|grandpa|grandfather|family|partner|twin)`;
/** A person on the receiving end: "me", "my little sister", "the kids". */
export const VICTIM = String.raw`(?:${PRON_OBJ}|my (?:little |older |big |younger |baby |two |three )?${KIN}|(?:the|our|his|her) (?:kids|children|baby|wife|girlfriend)|each other)`;
/** NegEx-style triggers, looked for shortly before a cue. */
export const NEGATION = /\b(?:no|not|never|nobody|none|nothing|neither|nor|without|denie[sd]|deny|denying|negative for|(?:do|does|did|is|are|was|were|have|has|had|ca|could|would|wo|should)n'?t|dont|doesnt|didnt|isnt|wasnt|havent|hasnt|cant|wont)\b/g;

/** Builds a rule list from `[id, kind, source]` triples. */
export function rules(list: readonly (readonly [string, Rule['kind'], string])[]): Rule[] {
  return list.map(([id, kind, src]) => ({ id, kind, re: new RegExp(src) }));
}

export function masks(list: readonly string[]): RegExp[] {
  return list.map((src) => new RegExp(src, 'g'));
}
