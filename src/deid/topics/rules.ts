// The shape of a topic's rules and the fragments the three built-in topics share. Every pattern
// runs on one sentence that is already lower-cased with straight apostrophes (see engine.ts), so
// none needs the `i` flag. Every repetition is bounded (`[^.]{0,40}`, `(?: \w+){0,4}`, word
// lists), so backtracking stays linear in the sentence; a 60 KB line with no punctuation at all
// still takes tens of milliseconds, which is why sentences are split at line breaks too.

import { hasAll, maskOf, wordsOf, type ConceptClass } from './concepts.ts';

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
  /**
   * A frame: further concepts that must all occur somewhere in the same sentence, in any order
   * ("a caught/picked-up person" and "a facility or being shipped back"). Paraphrase rarely keeps
   * the words next to each other, so a frame states the situation as co-occurring concepts
   * instead of one phrase. `re` is the frame's head, the concept the gate anchors on.
   */
  all?: RegExp[];
  /** A frame's other sense: when this matches anywhere in the sentence the frame does not. */
  none?: RegExp;
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
  /** Exact words and two-word phrases (a concept frame's head class, see concepts.ts) that open the gate like `any`. */
  words?: string[];
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
  /** Concept frames: classes of words (WordNet-expanded, see concepts.ts) that must all occur. */
  concepts?: ConceptFrame[];
}

/**
 * A situation as co-occurring concept classes ("a blow" and "a family member"), each class a
 * word list expanded from WordNet, so a paraphrase in words nobody listed still matches. `need`
 * is the classes' bits; `head` the class the gate opens on (the frame's first class); `re` an
 * optional further pattern that must match and `none` the frame's other sense.
 */
export interface ConceptFrame {
  id: string;
  kind: Rule['kind'];
  need: number;
  head: ConceptClass;
  re?: RegExp;
  none?: RegExp;
  /**
   * Words (or two-word phrases) that open the gate instead of the head class, for a frame whose
   * pattern needs a rarer word than any of its classes ("born", "marry"): every sentence the
   * gate lets through costs a pass of the topic's rules.
   */
  gate?: string[];
}

/** Builds concept frames from `[id, kind, classes, re?, none?, gate?]`; an empty string is no pattern. */
export function frames(list: readonly (readonly [string, Rule['kind'], readonly ConceptClass[], string?, string?, (readonly string[])?])[]): ConceptFrame[] {
  return list.map(([id, kind, classes, re, none, gate]) => {
    const f: ConceptFrame = { id, kind, need: maskOf(classes), head: classes[0]! };
    if (re) f.re = new RegExp(re);
    if (none) f.none = new RegExp(none);
    if (gate) f.gate = [...gate];
    return f;
  });
}

/** The frames that hold for a sentence whose concept classes are `bits`. */
export function frameMatches(f: ConceptFrame, bits: number, s: string): boolean {
  return hasAll(bits, f.need) && (f.re === undefined || f.re.test(s)) && !(f.none?.test(s) ?? false);
}

/** Gate words for a topic's frames: each frame's own gate words, or every word of its head class. */
export function frameAnchors(list: readonly ConceptFrame[]): string[] {
  return [...new Set(list.flatMap((f) => f.gate ?? wordsOf(f.head)))];
}

/** Words a sentence fragment is built from, so rules read as phrases. */
const PRON_OBJ = String.raw`(?:me|us|her|him|them|you)`;
const KIN = String.raw`(?:mom|mother|mum|mama|dad|father|papa|kids?|children|son|daughter|sister|brother|siblings?|wife|husband|baby|babies|girlfriend|boyfriend|gf|bf|grandma|grandmother|grandpa|grandfather|family|partner|twin)`;
/** A person on the receiving end: "me", "my little sister", "the kids". */
export const VICTIM = String.raw`(?:${PRON_OBJ}|my (?:little |older |big |younger |baby |two |three )?${KIN}|(?:the|our|his|her) (?:kids|children|baby|wife|girlfriend)|each other)`;
/** NegEx-style triggers, looked for shortly before a cue. */
export const NEGATION = /\b(?:no|not|never|nobody|none|nothing|neither|nor|without|denie[sd]|deny|denying|negative for|(?:do|does|did|is|are|was|were|have|has|had|ca|could|would|wo|should)n'?t|dont|doesnt|didnt|isnt|wasnt|havent|hasnt|cant|wont)\b/g;

/**
 * Builds a rule list from `[id, kind, source]` triples; sources after the third make the rule a
 * frame (see `Rule.all`), and one of those that starts with `!` is the frame's other sense
 * (`Rule.none`).
 */
export function rules(list: readonly (readonly [string, Rule['kind'], string, ...string[]])[]): Rule[] {
  return list.map(([id, kind, src, ...also]) => {
    const rule: Rule = { id, kind, re: new RegExp(src) };
    const all = also.filter((a) => !a.startsWith('!'));
    const none = also.find((a) => a.startsWith('!'));
    if (all.length) rule.all = all.map((a) => new RegExp(a));
    if (none) rule.none = new RegExp(none.slice(1));
    return rule;
  });
}

/** True when a rule matches the sentence: its pattern and, for a frame, every other concept. */
export function matches(rule: Rule, s: string): RegExpExecArray | null {
  const m = rule.re.exec(s);
  if (!m) return m;
  if (rule.all) for (const a of rule.all) if (!a.test(s)) return null;
  if (rule.none?.test(s)) return null;
  return m;
}

export function masks(list: readonly string[]): RegExp[] {
  return list.map((src) => new RegExp(src, 'g'));
}
