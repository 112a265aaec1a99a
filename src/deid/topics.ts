// Sensitive topics (R36): whole sentences or utterances about immigration status, explicit sexual
// content or abuse, and the practice's own topics. Each practice turns topics on (R37); a sentence
// about one becomes `[REDACTED: <topic>]`.
//
// Built-in topics are decided by meaning, not by one keyword: each topic has cue rules for its
// vocabulary and for paraphrases of what happens to a person (see topics/*.ts), masks for the
// other senses of its words, and vetoes for talk *about* the subject (a job, the news, an
// animal). A cheap cue scan over the whole text gates the rules, so text without cues costs one
// regex pass per topic. A learned model (topics/model.ts, trained on our own sentences) gives a
// second opinion on every sentence no rule decides. `explainTopics` returns the evidence behind
// each decision.
import { abuse } from './topics/abuse.ts';
import { decide, normalise, type TopicDecision } from './topics/engine.ts';
import { Gate, passes, type CompiledGate, type GateToken } from './topics/gate.ts';
import { tokenize } from './tokens.ts';
import { immigration } from './topics/immigration.ts';
import { frameAnchors, type TopicRules } from './topics/rules.ts';
import { sexual } from './topics/sexual.ts';
import { fixTypos, typoOf } from './topics/typos.ts';
import { eventFrame } from './topics/events.ts';
import { topicModel, type TopicModel } from './topics/model.ts';
import type { CustomTopic, Span } from './types.ts';

const BUILTIN: Record<string, TopicRules> = { immigration, sexual, abuse };
// A concept frame can only match when a word of its head class is in the sentence: those words
// open the gate (a Map lookup per distinct word, like every other anchor).
for (const r of Object.values(BUILTIN)) if (r.concepts) r.anchors.words = [...(r.anchors.words ?? []), ...frameAnchors(r.concepts)];
// Misspelt cue words ("undocumentd", "threatend") open the gate as the word they misspell, and
// such a sentence is spelt right before the rules and the model read it (topics/typos.ts).
const GATE = new Gate(typoOf);
const GATES: Record<string, CompiledGate> = Object.fromEntries(Object.entries(BUILTIN).map(([k, r]) => [k, GATE.add(r.anchors)]));
// Only immigration has anchors with digits (H-1B, K-1, I-130).
const DIGIT_BITS = Gate.anyBit(GATES.immigration!);

/**
 * The sentences to give the rules, with their anchor bits. Sentences never cross a line break
 * (see `sentences`), so only the lines holding an anchor are segmented: on ordinary text that is
 * a small share of it. With `all`, every sentence is returned (custom topics need them all).
 */
function candidates(text: string, builtins: readonly Active[], all: boolean, tokens?: readonly GateToken[]): { bounds: [number, number][]; bits: number[] } {
  const bounds: [number, number][] = [];
  const bits: number[] = [];
  const digits = builtins.some((a) => a.name === 'immigration') ? DIGIT_BITS : 0;
  const hits: { at: number[]; bits: number[] } = builtins.length ? GATE.hits(text, tokens ?? tokenize(text), digits) : { at: [], bits: [] };
  if (all) {
    let h = 0;
    for (const b of sentences(text)) {
      let acc = 0;
      while (h < hits.at.length && hits.at[h]! < b[0]) h++;
      while (h < hits.at.length && hits.at[h]! < b[1]) acc |= hits.bits[h++]!;
      bounds.push(b);
      bits.push(acc);
    }
    return { bounds, bits };
  }
  let h = 0;
  while (h < hits.at.length) {
    const ls = text.lastIndexOf('\n', hits.at[h]) + 1;
    let le = text.indexOf('\n', hits.at[h]);
    if (le < 0) le = text.length;
    for (const [s, e] of sentences(text.slice(ls, le))) {
      let acc = 0;
      while (h < hits.at.length && hits.at[h]! < ls + s) h++;
      while (h < hits.at.length && hits.at[h]! < ls + e) acc |= hits.bits[h++]!;
      if (acc) {
        bounds.push([ls + s, ls + e]);
        bits.push(acc);
      }
    }
    while (h < hits.at.length && hits.at[h]! < le) h++;
  }
  return { bounds, bits };
}

export const BUILTIN_TOPICS: readonly string[] = Object.keys(BUILTIN);

// The learned model (topics/model.ts) is a second opinion for sentences no rule decides: a
// sentence whose model score for an active topic reaches that topic's threshold is redacted too.
// TACET_TOPIC_MODEL=0 turns it off, =1 on; `useTopicModel` does the same for the process.
let modelOn = process.env.TACET_TOPIC_MODEL !== undefined ? process.env.TACET_TOPIC_MODEL !== '0' : true;

/** Turns the learned topic model on or off for this process (the default: see TACET_TOPIC_MODEL). */
export function useTopicModel(on: boolean): void {
  modelOn = on;
}

function activeModel(builtins: readonly Active[]): TopicModel | null {
  return modelOn && builtins.length ? topicModel() : null;
}

/**
 * True when a sentence holds a word of some built-in topic's gate (the model applies the rules'
 * masks only then; the training script asks the same question of each sentence).
 */
export function anchored(sentence: string): boolean {
  return GATE.hits(sentence, tokenize(sentence), DIGIT_BITS).at.length > 0;
}

/** The sentence as the rules and the model read it: misspelt cue words spelt right when the gate saw one. */
function spelt(text: string, s: number, e: number, bits: number): string {
  const sentence = text.slice(s, e);
  return bits & GATE.typoBit ? fixTypos(sentence) : sentence;
}

/** The first active topic (in PRIORITY order) whose model score reaches its threshold. */
function modelTopic(model: TopicModel, builtins: readonly Active[], sentence: string, hasAnchor: boolean): { topic: string; score: number; threshold: number } | undefined {
  return model.decide(sentence, hasAnchor, builtins.map((a) => a.name));
}

export type { TopicDecision } from './topics/engine.ts';

interface CustomMatcher {
  name: string;
  re: RegExp;
}

const compiled = new Map<string, CustomMatcher[]>();

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function customMatchers(custom: readonly CustomTopic[] | undefined): CustomMatcher[] {
  if (!custom?.length) return [];
  const cacheKey = JSON.stringify(custom);
  const hit = compiled.get(cacheKey);
  if (hit) return hit;
  const out: CustomMatcher[] = [];
  for (const c of custom) {
    const name = c.name.replace(/[^\p{L}\p{N} _-]/gu, '').trim() || 'custom';
    const parts: string[] = [];
    for (const p of c.phrases ?? []) {
      const words = p.trim().split(/\s+/).filter(Boolean).map(escapeRe);
      if (words.length) parts.push(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`);
    }
    for (const p of c.patterns ?? []) {
      try {
        new RegExp(p, 'iu');
        parts.push(`(?:${p})`);
      } catch {
        // A practice's invalid pattern is skipped rather than failing every redaction.
      }
    }
    if (parts.length) out.push({ name, re: new RegExp(parts.join('|'), 'iu') });
  }
  if (compiled.size > 64) compiled.clear();
  compiled.set(cacheKey, out);
  return out;
}

// A full stop after these is not the end of a sentence ("Pt. reports", "U.S. citizen", "e.g.").
const ABBREV_BEFORE_DOT = /(?:^|[\s(])(?:pt|cl|dr|mr|mrs|ms|mx|st|vs|etc|approx|appt|hx|dx|tx|sx|yo|y\.o|e\.g|i\.e|u\.s|[a-z])$/i;

const TRAILING_OFF = /^ {1,2}\p{Ll}/u;

const LABEL_RE = /^\s*(?:[\p{L}][\p{L}.'-]*(?: [\p{L}][\p{L}.'-]*)?:\s+)?/u;

/** Sentence and utterance boundaries: line breaks and sentence-final punctuation. */
export function sentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /[^\n.!?]*(?:[.!?]+(?=\s|$)|[.!?]+|\n|$)/g;
  let m: RegExpExecArray | null;
  let pending = -1;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      if (re.lastIndex > text.length) break;
      continue;
    }
    let s = pending >= 0 ? pending : m.index;
    let e = m.index + m[0].length;
    // "Pt. reports …": keep going to the next stop instead of cutting after an abbreviation.
    const body = m[0];
    if (body.endsWith('.') && !body.endsWith('..') && e < text.length && ABBREV_BEFORE_DOT.test(body.slice(0, -1)) && text[e] !== '\n') {
      if (pending < 0) pending = m.index;
      continue;
    }
    // "he just... kept going": a trailing-off pause inside one utterance, not its end, when the
    // speech goes on in lower case on the same line.
    if (body.endsWith('..') && TRAILING_OFF.test(text.slice(e, e + 3))) {
      if (pending < 0) pending = m.index;
      continue;
    }
    pending = -1;
    // Leave the speaker label ("Client: ") outside the redaction so the transcript stays readable.
    if (s === 0 || text[s - 1] === '\n') {
      const label = LABEL_RE.exec(text.slice(s, Math.min(e, s + 64)));
      if (label) s += label[0].length;
    }
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    while (s < e && /\s/.test(text[s]!)) s++;
    if (e > s) out.push([s, e]);
  }
  if (pending >= 0) {
    let s = pending;
    let e = text.length;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    while (s < e && /\s/.test(text[s]!)) s++;
    if (e > s) out.push([s, e]);
  }
  return out;
}

interface Active {
  name: string;
  rules: TopicRules;
  gate: CompiledGate;
}

// A sentence about two topics gets one label: sexual abuse is reported as abuse, a smuggler's
// threats as abuse, explicit talk inside an immigration story as sexual.
const PRIORITY = ['abuse', 'sexual', 'immigration'];

function activeBuiltins(topics: readonly string[] | undefined): Active[] {
  const on = new Set(topics ?? []);
  return PRIORITY.filter((t) => on.has(t)).map((t) => ({ name: t, rules: BUILTIN[t]!, gate: GATES[t]! }));
}

/**
 * Topic spans, one per sentence about an active topic. `tokens` are the engine's own (detect.ts
 * passes them so the words are not split twice); without them the text is tokenised here.
 */
export function detectTopics(text: string, topics?: readonly string[], custom?: readonly CustomTopic[], tokens?: readonly GateToken[]): Span[] {
  const builtins = activeBuiltins(topics);
  const customs = customMatchers(custom);
  if (builtins.length === 0 && customs.length === 0) return [];
  const spans: Span[] = [];
  const model = activeModel(builtins);
  // The model reads every sentence, not only those with a rule's cue.
  const { bounds, bits } = candidates(text, builtins, customs.length > 0 || model !== null, tokens);
  const { given } = decideAll(text, bounds, bits, builtins, model);
  for (let i = 0; i < bounds.length; i++) {
    const [s, e] = bounds[i]!;
    let type: Span['type'] | undefined = given[i] === undefined ? undefined : `TOPIC:${given[i]}`;
    if (type === undefined && customs.length) {
      // A practice's own phrases match the text as written.
      const raw = text.slice(s, e);
      for (const c of customs) {
        if (c.re.test(raw)) {
          type = `TOPIC:${c.name}`;
          break;
        }
      }
    }
    if (type) spans.push({ start: s, end: e, type });
  }
  return spans;
}

/** How a sentence got its topic from a neighbour (round 8 and 9); shown by `explainTopics`. */
type Borrowed = 'carried' | 'read-together' | 'preface' | 'answer' | 'answer-read-together';

/**
 * Every sentence's topic: on its own (rules, then the model), then from its neighbours of the same
 * speaker (`follows`, `prefaces`) and, for an answer, from the question before it (`answers`).
 */
function decideAll(text: string, bounds: readonly [number, number][], bits: readonly number[], builtins: readonly Active[], model: TopicModel | null): { own: (string | undefined)[]; given: (string | undefined)[]; how: (Borrowed | undefined)[] } {
  // Round 8, the speaker's previous sentence (see `follows`): what each sentence was given on its
  // own, and its model scores when the model read it.
  const own: (string | undefined)[] = [];
  /** Whether a sentence's own topic came from a rule (not the model alone). */
  const byRule: boolean[] = [];
  const scores: (readonly { score: number; threshold: number }[] | undefined)[] = [];
  const said: string[] = [];
  for (let i = 0; i < bounds.length; i++) {
    const [s, e] = bounds[i]!;
    const sentence = spelt(text, s, e, bits[i]!);
    said.push(sentence);
    let type: string | undefined;
    for (const a of builtins) {
      if (type === undefined && passes(bits[i]!, a.gate) && decide(a.name, a.rules, sentence)?.redact) type = a.name;
    }
    // Round 13: an event told without the topic's words (who did what to whom; topics/events.ts).
    type ??= eventFrame(sentence, builtins.map((a) => a.name))?.topic;
    byRule.push(type !== undefined);
    if (type === undefined && model) {
      const z = model.score(sentence, bits[i] !== 0);
      scores[i] = z;
      type = builtins.find((a) => {
        const k = model.topics.indexOf(a.name);
        return k >= 0 && z[k]!.score >= z[k]!.threshold;
      })?.name;
    }
    own.push(type);
  }
  const given = own.slice();
  const how: (Borrowed | undefined)[] = [];
  if (model) {
    // A sentence about a topic the practice has turned off is not vague: it takes no other topic
    // from a neighbour ("he hit me. i have no papers." with only immigration on).
    const off = PRIORITY.filter((t) => !builtins.some((a) => a.name === t));
    const elsewhere = (i: number): boolean => off.some((t) => passes(bits[i]!, GATES[t]!) && decide(t, BUILTIN[t]!, said[i]!)?.redact === true) || (off.length > 0 && eventFrame(said[i]!, off) !== undefined);
    follows(text, bounds, bits, own, scores, said, builtins, model, given, how, elsewhere);
    prefaces(text, bounds, own, said, given, how, elsewhere);
    answers(text, bounds, bits, own, byRule, scores, said, builtins, model, given, how, elsewhere);
  }
  return { own, given, how };
}

// A sentence that turns to something else: "Anyway, …", "Also …", a plan or the next appointment.
const PIVOT = /^[\s"'(-]*(?:any ?ways?|also|btw|by the way|oh|ok(?:ay)?|so anyway|on (?:another|a different) note|unrelated|speaking of|moving on|changing the subject|plan\b|next (?:appointment|session|visit|week)|rtc|f\/u|follow[- ]?up|return(?:s|ed)? (?:to clinic|in)|scheduled?|can we|could we|what time|thanks|thank you)\b/;
// A sentence that leans on the one before: a pronoun or "that/this/it", a connective at its start,
// or the aftermath words people use instead of repeating what happened.
const LEANS = /\b(?:he|she|they|him|her|them|his|it|that|this|those|then|now|since|after|anymore|again|still|same|afraid|scared|ashamed|secret|told|tell|hid|hide|hiding|happened|never)\b|^(?:and|so|but|because|cause|cuz|bc|till|until|which|when|like)\b/;
/** Words in a sentence (a follow-on is short: a long sentence says what it is about itself). */
const WORDS = /\S+/g;
/** How far above its threshold the two sentences read as one must score for a topic. */
const PAIR_MARGIN = 1;
/** The joined score is only computed when the two scores' sum (less the bias) comes this close. */
const PAIR_GATE = 3;

/**
 * Issue 14 item 3, round 8: a disclosure told over two sentences of one speaker ("He came to my room
 * at night. I never told anyone what he did."). Sentences never cross a line, and in a transcript a
 * line is one speaker's turn, so "the speaker's previous sentence" is the previous sentence on the
 * same line. Two ways a sentence no rule or model score gives a topic gets one from the sentence
 * before it:
 * - carried: the previous sentence was given the topic on its own, and this one leans on it (a
 *   pronoun, "that", a connective, an aftermath word), is short (at most 30 words) and does not turn
 *   to something else ("Anyway, …", "Can we…", a note's plan). One step only: a carried sentence
 *   carries nothing on.
 * - read together: neither sentence was given a topic, and the model scores the two read as one
 *   (the previous sentence, a space, this one) at least PAIR_MARGIN over the topic's threshold;
 *   both sentences are then given the topic. The joined text is scored only when the two
 *   sentences' own scores already add up to within PAIR_GATE of the threshold, so most pairs cost
 *   nothing beyond the scores the model had already given each sentence.
 */
function follows(text: string, bounds: readonly [number, number][], bits: readonly number[], own: readonly (string | undefined)[], scores: readonly (readonly { score: number; threshold: number }[] | undefined)[], said: readonly string[], builtins: readonly Active[], model: TopicModel, given: (string | undefined)[], how: (Borrowed | undefined)[], elsewhere: (i: number) => boolean): void {
  for (let i = 1; i < bounds.length; i++) {
    if (own[i] !== undefined) continue;
    const [ps, pe] = bounds[i - 1]!;
    const [s] = bounds[i]!;
    // The same line, the very next sentence (nothing but spaces between them).
    if (text.slice(pe, s).trim() !== '' || ps >= s) continue;
    const cur = normalise(said[i]!);
    if (own[i - 1] !== undefined) {
      if (PIVOT.test(cur) || !LEANS.test(cur) || (cur.match(WORDS)?.length ?? 0) > 30 || elsewhere(i)) continue;
      given[i] = own[i - 1];
      how[i] = 'carried';
      continue;
    }
    const zp = scores[i - 1];
    const zc = scores[i];
    if (!zp || !zc || PIVOT.test(cur) || elsewhere(i) || elsewhere(i - 1)) continue;
    for (const a of builtins) {
      const k = model.topics.indexOf(a.name);
      if (k < 0) continue;
      const thr = zc[k]!.threshold;
      if (zp[k]!.score + zc[k]!.score - model.bias[k]! < thr + PAIR_MARGIN - PAIR_GATE) continue;
      const joined = model.score(`${said[i - 1]} ${said[i]}`, (bits[i - 1]! | bits[i]!) !== 0)[k]!.score;
      if (joined >= thr + PAIR_MARGIN) {
        given[i] = a.name;
        how[i] = 'read-together';
        if (given[i - 1] === undefined) {
          given[i - 1] = a.name;
          how[i - 1] = 'read-together';
        }
        break;
      }
    }
  }
}

// A sentence that prepares what the next one says: a pronoun or "that/it", a vague noun ("things",
// "what happened", "the incident"), a negated or fearful state ("I can't go", "I'm scared", "I must
// be careful"), an aftermath word. The round-8 words that lean back (LEANS) lean forward as well.
const PREFACES = /\b(?:he|she|they|him|her|them|his|it|that|this|then|now|since|after|anymore|again|still|same|afraid|scared|ashamed|secret|told|tell|hid|hide|hiding|happened|never|things?|stuff|something|anything|incident|line|careful|quiet|tearful|hesitant|worse|bad|can'?t|cannot|won'?t|don'?t|didn'?t|not|no|missed|invisible|started|special)\b|^(?:and|so|but|because|cause|cuz|bc|till|until|which|when|like)\b/;
/** A preface is short: a long sentence says what it is about itself. */
const PREFACE_WORDS = 20;

/**
 * Issue 14 item 3, round 9: the vague sentence *before* a disclosure of the same speaker ("He made
 * me do things. In the basement, sexual things, I was nine."). A sentence no rule or model score
 * decides, directly followed on the same line by a sentence given a topic on its own, takes that
 * topic when it prepares it (PREFACES), has at most PREFACE_WORDS words and does not turn to
 * something else (PIVOT). One step only: the preface itself passes nothing further back.
 */
function prefaces(text: string, bounds: readonly [number, number][], own: readonly (string | undefined)[], said: readonly string[], given: (string | undefined)[], how: (Borrowed | undefined)[], elsewhere: (i: number) => boolean): void {
  for (let i = 0; i + 1 < bounds.length; i++) {
    if (given[i] !== undefined || own[i + 1] === undefined) continue;
    const [, e] = bounds[i]!;
    const [ns] = bounds[i + 1]!;
    if (text.slice(e, ns).trim() !== '' || e >= ns) continue;
    const cur = normalise(said[i]!);
    if (PIVOT.test(cur) || !PREFACES.test(cur) || (cur.match(WORDS)?.length ?? 0) > PREFACE_WORDS || elsewhere(i)) continue;
    given[i] = own[i + 1];
    how[i] = 'preface';
  }
}

/** A speaker label at a line's start ("Client:", "T:", "Partner A:"), lower-cased, or '' for none. */
function speakerOf(text: string, lineStart: number): string {
  const m = /^\s*([\p{L}][\p{L}.'-]*(?: [\p{L}][\p{L}.'-]*)?):\s/u.exec(text.slice(lineStart, lineStart + 40));
  return m ? m[1]!.toLowerCase() : '';
}
/** A question and an answer read together must score this much more than two sentences of one speaker. */
const ANSWER_MARGIN = 2;
/** The sentences of an answer that take the question's topic at most (its first ones). */
const ANSWER_SENTENCES = 3;

/**
 * Issue 14 item 3, round 9: a counsellor's question and the client's answer on the next line ("Has
 * anyone touched you in a way you didn't want?" / "My cousin. When I was little."). The answer's
 * first sentences (up to ANSWER_SENTENCES, while none turns to something else or runs past 30
 * words) take the question's topic when the question was given one; when neither was, the model
 * reads the question and the answer's first sentence as one, and both take the topic when that
 * scores PAIR_MARGIN over its threshold. A question is a line ending in "?"; the next line must be
 * another speaker's (different labels, or no label on either). A screening answer ("No, never.") is
 * redacted with its question, as a negated disclosure is (engine.ts).
 */
function answers(text: string, bounds: readonly [number, number][], bits: readonly number[], own: readonly (string | undefined)[], byRule: readonly boolean[], scores: readonly (readonly { score: number; threshold: number }[] | undefined)[], said: readonly string[], builtins: readonly Active[], model: TopicModel, given: (string | undefined)[], how: (Borrowed | undefined)[], elsewhere: (i: number) => boolean): void {
  for (let i = 1; i < bounds.length; i++) {
    const [qs, qe] = bounds[i - 1]!;
    const [s] = bounds[i]!;
    if (text[qe - 1] !== '?') continue;
    const gap = text.slice(qe, s);
    // The next line: one line break, nothing else but spaces and the answer's speaker label.
    const nl = gap.indexOf('\n');
    if (nl < 0 || gap.indexOf('\n', nl + 1) >= 0 || text.slice(qe, qe + nl).trim() !== '') continue;
    const lineStart = qe + nl + 1;
    const qLine = text.lastIndexOf('\n', qs - 1) + 1;
    // The question is the end of its line, and the answer is another speaker's.
    if (text.slice(lineStart, s).trim() !== '' && !/^\s*[\p{L}][\p{L}.'-]*(?: [\p{L}][\p{L}.'-]*)?:\s*$/u.test(text.slice(lineStart, s))) continue;
    const qSpeaker = speakerOf(text, qLine);
    if (qSpeaker !== '' && qSpeaker === speakerOf(text, lineStart)) continue;
    // Only a question a rule gave its topic passes it on: the model alone is wrong too often on a
    // counsellor's open questions ("before we go further…") to be trusted twice.
    let topic = byRule[i - 1] ? own[i - 1] : undefined;
    let kind: Borrowed = 'answer';
    if (topic === undefined && given[i - 1] === undefined && own[i] === undefined) {
      const zq = scores[i - 1];
      const za = scores[i];
      if (!zq || !za || PIVOT.test(normalise(said[i]!))) continue;
      for (const a of builtins) {
        const k = model.topics.indexOf(a.name);
        if (k < 0) continue;
        const thr = za[k]!.threshold;
        if (zq[k]!.score + za[k]!.score - model.bias[k]! < thr + PAIR_MARGIN - PAIR_GATE) continue;
        if (model.score(`${said[i - 1]} ${said[i]}`, (bits[i - 1]! | bits[i]!) !== 0)[k]!.score >= thr + PAIR_MARGIN + ANSWER_MARGIN) {
          topic = a.name;
          kind = 'answer-read-together';
          break;
        }
      }
    }
    if (topic === undefined) continue;
    // The answer's first sentences on its line.
    const lineEnd = text.indexOf('\n', s) < 0 ? text.length : text.indexOf('\n', s);
    for (let j = i; j < bounds.length && j < i + ANSWER_SENTENCES && bounds[j]![0] < lineEnd; j++) {
      if (given[j] !== undefined) {
        if (own[j] !== undefined) break;
        continue;
      }
      const cur = normalise(said[j]!);
      if (PIVOT.test(cur) || (cur.match(WORDS)?.length ?? 0) > 30 || elsewhere(j)) break;
      given[j] = topic;
      how[j] = kind;
    }
  }
}

export interface SentenceExplanation {
  start: number;
  end: number;
  /** The topic the sentence is redacted as, if any (the first active topic that decides yes). */
  topic?: string;
  decisions: TopicDecision[];
}

/**
 * Debug aid: for every sentence with a cue of an active built-in topic, the evidence behind the
 * decision — which rules matched and on what words, negation, masked senses and vetoes. The
 * result carries text from the input, so it is for a person reviewing rules, never for logs.
 */
export function explainTopics(text: string, topics: readonly string[] = BUILTIN_TOPICS, opts: { ungated?: boolean } = {}): SentenceExplanation[] {
  const builtins = activeBuiltins(topics);
  const out: SentenceExplanation[] = [];
  const { bounds, bits } = candidates(text, builtins, true);
  // Round 9: the decisions taken from a neighbour (carried, read together, a preface, an answer).
  const model = activeModel(builtins);
  const { given, how } = decideAll(text, bounds, bits, builtins, model);
  for (let i = 0; i < bounds.length; i++) {
    const [s, e] = bounds[i]!;
    const decisions: TopicDecision[] = [];
    for (const a of builtins) {
      // `ungated` runs the rules on every sentence: the tests use it to prove the gate hides nothing.
      if (!opts.ungated && !passes(bits[i]!, a.gate)) continue;
      const d = decide(a.name, a.rules, spelt(text, s, e, bits[i]!), true);
      if (d && (d.cues.length || d.masked.length)) decisions.push(d);
    }
    if (!decisions.some((d) => d.redact)) {
      // Round 13: an event frame (who did what to whom), the evidence its id.
      const f = eventFrame(spelt(text, s, e, bits[i]!), builtins.map((a) => a.name));
      if (f) decisions.push({ topic: f.topic, redact: true, cues: [{ rule: `event:${f.id}`, kind: 'act', text: '', negated: false }], masked: [] });
    }
    if (model && !decisions.some((d) => d.redact)) {
      const sentence = spelt(text, s, e, bits[i]!);
      const m = modelTopic(model, builtins, sentence, bits[i] !== 0);
      if (m) {
        // The features that carried the decision, strongest first.
        const why = model.explain(sentence, m.topic, bits[i] !== 0).filter(([, w]) => w > 0).slice(0, 5).map(([f]) => f).join(' ');
        decisions.push({ topic: m.topic, redact: true, cues: [{ rule: `model:${m.score.toFixed(2)}>=${m.threshold.toFixed(2)}`, kind: 'act', text: why, negated: false }], masked: [] });
      }
    }
    const borrowed = how[i];
    const topicGiven = given[i];
    if (borrowed !== undefined && topicGiven !== undefined && !decisions.some((d) => d.redact)) {
      // The neighbour the topic came from: the sentence before (carried, read together, an answer's
      // question or the answer's earlier sentence) or after (a preface).
      const from = borrowed === 'preface' ? i + 1 : i - 1;
      const neighbour = bounds[from] ? text.slice(bounds[from][0], bounds[from][1]).toLowerCase() : '';
      const where = borrowed === 'preface' ? 'next-sentence' : borrowed.startsWith('answer') ? 'question' : 'previous-sentence';
      decisions.push({ topic: topicGiven, redact: true, cues: [{ rule: `${borrowed}:${where}`, kind: 'act', text: neighbour, negated: false }], masked: [] });
    }
    if (decisions.length === 0) continue;
    const topic = decisions.find((d) => d.redact)?.topic;
    out.push({ start: s, end: e, ...(topic ? { topic } : {}), decisions });
  }
  return out;
}

/**
 * Compiles the topic rules ahead of the first text: V8 interprets a regular expression on its
 * first run and compiles it on the next, so a first transcript would otherwise pay for ~200
 * interpreted rules. Called by `loadDeidResources()`; harmless to call again.
 */
export function warmTopics(): void {
  const sample = 'he said no. we were scared. i have papers.';
  for (const r of Object.values(BUILTIN)) {
    for (let i = 0; i < 2; i++) {
      for (const re of r.masks) {
        re.lastIndex = 0;
        re.test(sample);
      }
      for (const rule of [...r.rules, ...r.vetoes, ...(r.cased ?? [])]) rule.re.test(sample);
    }
  }
  // Reads the model file (a few MB of JSON) now rather than on the first transcript.
  if (modelOn) topicModel();
  for (let i = 0; i < 2; i++) detectTopics(sample, BUILTIN_TOPICS);
}

