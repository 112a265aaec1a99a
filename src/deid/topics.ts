// Sensitive topics (R36): whole sentences or utterances about immigration status, explicit sexual
// content or abuse, and the practice's own topics. Each practice turns topics on (R37); a sentence
// that mentions one becomes `[REDACTED: <topic>]`.
import type { CustomTopic, Span } from './types.ts';

const BUILTIN: Record<string, RegExp> = {
  immigration: new RegExp(
    [
      'undocumented', 'illegal(?:ly)?\\s+(?:immigrant|alien|here|in the (?:country|us)|crossed|entered)', 'illegal alien',
      'immigration(?:\\s+(?:status|lawyer|attorney|court|hearing|case|officers?|agents?|raid|papers))?', 'immigrant',
      'deport(?:ed|ation|ing)?', 'green\\s?card', 'visas?(?!\\s+(?:card|debit|credit|gift))', 'overstay(?:ed)?', 'daca', 'dreamers?', 'asylum',
      'refugee(?:\\s+status)?', 'citizenship', 'naturali[sz](?:ed|ation)', 'work permit', 'no papers', 'without papers',
      'border patrol', 'crossed the border', 'la migra', 'detention cent(?:er|re)',
      'sin papeles', 'not (?:a|an) (?:us |american )?citizen',
    ].join('|'),
    'i',
  ),
  sexual: new RegExp(
    [
      // "Sex: F" and "sexual orientation" are demographics, not explicit content.
      'sex(?![:=]|\\s*(?:[:=]|ed\\b|education|offender|assigned|at birth|m\\b|f\\b|male|female))', 'sexual(?:ly)?(?!\\s+(?:orientation|identity|health|minority|minorities))', 'intercourse', 'oral sex', 'blow ?jobs?', 'orgasm\\w*', 'masturbat\\w*',
      'porn\\w*', 'genital\\w*', 'penis', 'vagina\\w*', 'erection\\w*', 'ejaculat\\w*', 'naked', 'nude\\w*', 'nudes', 'hook(?:ed)? up',
      'slept with', 'sleeping with', 'made out', 'one[- ]night stand', 'sexting', 'condom\\w*', 'kink\\w*', 'threesome', 'foreplay',
      'aroused', 'arousal', 'libido', 'stripp(?:er|ing)', 'escort(?:ing)?', 'prostitut\\w*', 'onlyfans',
    ].join('|'),
    'i',
  ),
  abuse: new RegExp(
    [
      // Substance abuse is a diagnosis, not the abuse topic.
      '(?<!(?:substance|alcohol|drug|opioid|opiate|cannabis|marijuana|polysubstance|stimulant|benzodiazepine|prescription|medication)\\s)abus(?:e|ed|er|ers|ing|ive)', 'molest\\w*', 'rap(?:e|ed|ist|ing)', 'sexual(?:ly)? assault\\w*', 'assaulted', 'incest',
      'domestic violence', '\\bdv\\b', 'battered', 'beat(?:s|ing)? (?:me|her|him|them|us|the kids)', 'beaten', 'hit(?:s|ting)? (?:me|her|him|them|us)',
      'chok(?:ed|ing|es) (?:me|her|him)', 'strangl\\w*', 'slapp?(?:ed|ing|s)? (?:me|her|him)', 'punch(?:ed|es|ing)? (?:me|her|him)',
      'kick(?:ed|s|ing)? (?:me|her|him)', 'touched me', 'inappropriate(?:ly)? touch\\w*', 'groom(?:ed|ing)', 'neglect(?:ed|ful)?',
      'cps', 'child protective', 'restraining order', 'protective order', 'trafficked', 'trafficking', 'violent (?:toward|towards|with) me',
      'threatened to kill', 'hurt(?:s)? me', 'bruises?',
    ].join('|'),
    'i',
  ),
};

// Acronyms that are only topic words in capitals: "ICE" the agency, not ice.
const BUILTIN_CASED: Record<string, RegExp> = {
  immigration: /\b(?:ICE|USCIS|DACA|TPS|CBP)\b/,
};

export const BUILTIN_TOPICS: readonly string[] = Object.keys(BUILTIN);

interface Matcher {
  name: string;
  re: RegExp;
  cased?: RegExp;
}

const compiled = new Map<string, Matcher[]>();

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function matchers(topics: readonly string[] | undefined, custom: readonly CustomTopic[] | undefined): Matcher[] {
  const cacheKey = JSON.stringify([topics ?? [], custom ?? []]);
  const hit = compiled.get(cacheKey);
  if (hit) return hit;
  const out: Matcher[] = [];
  for (const t of topics ?? []) {
    const re = BUILTIN[t];
    if (re) out.push({ name: t, re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${re.source})(?![\\p{L}\\p{N}])`, 'iu'), cased: BUILTIN_CASED[t] });
  }
  for (const c of custom ?? []) {
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

/** Sentence and utterance boundaries: line breaks and sentence-final punctuation. */
function sentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /[^\n.!?]*(?:[.!?]+(?=\s|$)|[.!?]+|\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      if (re.lastIndex > text.length) break;
      continue;
    }
    let s = m.index;
    let e = m.index + m[0].length;
    // Leave the speaker label ("Client: ") outside the redaction so the transcript stays readable.
    const label = /^\s*(?:[\p{L}][\p{L}.'-]*(?: [\p{L}][\p{L}.'-]*)?:\s+)?/u.exec(text.slice(s, e));
    if (label && (s === 0 || text[s - 1] === '\n')) s += label[0].length;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    while (s < e && /\s/.test(text[s]!)) s++;
    if (e > s) out.push([s, e]);
  }
  return out;
}

export function detectTopics(text: string, topics?: readonly string[], custom?: readonly CustomTopic[]): Span[] {
  const ms = matchers(topics, custom);
  if (ms.length === 0) return [];
  const spans: Span[] = [];
  for (const [s, e] of sentences(text)) {
    const sentence = text.slice(s, e);
    for (const m of ms) {
      if (m.re.test(sentence) || m.cased?.test(sentence)) {
        spans.push({ start: s, end: e, type: `TOPIC:${m.name}` });
        break;
      }
    }
  }
  return spans;
}
