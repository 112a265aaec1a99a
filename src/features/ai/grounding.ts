// Source grounding (issue 7, part 3). The clinician's input is cut into segments with stable ids
// (a bullet, a sentence of free text, a sentence of a transcript turn); every draft sentence must
// cite the segments it rests on. Here: the segmenter, the lexical support check, the quote check
// and the risk-statement detector. Pure functions, no I/O.

import { readerFor } from './claims/analysis.ts';
import { matchesOf, matchesOnlyAtWordStarts } from './claims/text.ts';

export type SourceKind = 'bullets' | 'free_text' | 'transcript';
export type Speaker = 'client' | 'clinician' | 'other';

export interface Segment {
  id: string;
  /** UTF-16 offsets into the source text, end exclusive. */
  start: number;
  end: number;
  text: string;
  speaker?: Speaker;
}

// ---- sentences -------------------------------------------------------------------------------

// Titles, clinical shorthand, and the abbreviations of places and organisations ("Ladder Co. 22",
// "Mercy Gen. Hosp.", "Birchmont Ave. and …"): a segment cut there splits a name in two, which the
// clinician then cites in halves.
const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'vs', 'e.g', 'i.e', 'etc', 'approx', 'pt', 'hx', 'dx', 'tx', 'min', 'hrs', 'no', 'jr', 'sr', 'co', 'corp', 'inc', 'ave', 'blvd', 'rd', 'mt', 'ft', 'gen', 'hosp', 'univ', 'dept', 'apt', 'ste', 'bldg']);

/** Sentence ranges of `text[from, to)`, trimmed. Splits on . ! ? followed by space, and on line breaks. */
export function sentenceRanges(text: string, from = 0, to = text.length): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = from;
  const push = (s: number, e: number): void => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push([s, e]);
  };
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(start, i);
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    // Run of terminators and closing quotes/brackets.
    let j = i + 1;
    while (j < to && /[.!?"'”’)\]]/.test(text[j]!)) j++;
    if (j < to && !/\s/.test(text[j]!)) continue;
    if (ch === '.') {
      const word = /([A-Za-z][A-Za-z.]*)$/.exec(text.slice(Math.max(start, i - 8), i))?.[1]?.toLowerCase();
      if (word !== undefined && (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word))) continue;
      // A decimal number ("6.5 hours") is not an end.
      if (/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue;
    }
    push(start, j);
    start = j;
    i = j - 1;
  }
  push(start, to);
  return out;
}

// ---- segmenting the source --------------------------------------------------------------------

const BULLET_MARK = /^[ \t]*(?:[-*•·‣◦+]|\d{1,3}[.)]|[a-z][.)])[ \t]+/;
const SPEAKER = /^[ \t]*(?:\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*)?([A-Za-z][A-Za-z .'-]{0,30}?)[ \t]*:[ \t]+/;
const CLIENT_LABELS = /^(?:client|patient|pt|cl|c)$/i;
const CLINICIAN_LABELS = /^(?:therapist|clinician|counsel(?:l)?or|provider|dr\.? ?[a-z'-]*|t|th)$/i;

function speakerOf(label: string): Speaker {
  if (CLIENT_LABELS.test(label.trim())) return 'client';
  if (CLINICIAN_LABELS.test(label.trim())) return 'clinician';
  return 'other';
}

/** Cuts the source into citable segments with ids s1, s2, … in source order. */
export function segmentSource(kind: SourceKind, text: string): Segment[] {
  const segs: Segment[] = [];
  const add = (start: number, end: number, speaker?: Speaker): void => {
    segs.push({ id: `s${segs.length + 1}`, start, end, text: text.slice(start, end), ...(speaker ? { speaker } : {}) });
  };
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() !== '') {
      if (kind === 'bullets') {
        const mark = BULLET_MARK.exec(line);
        const from = lineStart + (mark ? mark[0].length : 0);
        // A long bullet with several sentences is cited sentence by sentence.
        for (const [s, e] of sentenceRanges(text, from, lineEnd)) add(s, e);
      } else if (kind === 'transcript') {
        const m = SPEAKER.exec(line);
        const speaker = m ? speakerOf(m[1]!) : undefined;
        const from = lineStart + (m ? m[0].length : 0);
        for (const [s, e] of sentenceRanges(text, from, lineEnd)) add(s, e, speaker);
      } else {
        for (const [s, e] of sentenceRanges(text, lineStart, lineEnd)) add(s, e);
      }
    }
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  return segs;
}

// ---- lexical support ----------------------------------------------------------------------------

// Function words and the clinical framing a drafter adds around the client's words ("Client
// reports …"): neither counts as support for a claim.
const STOP = new Set(
  (
    'a an the and or but if then so of to in on at by for with from as into about over after before than that this these those ' +
    'is am are was were be been being has have had do does did will would can could should may might must shall ' +
    'i me my mine we us our you your he him his she her hers they them their it its there here who whom which what when where why how ' +
    'not no yes also very just too more most much many some any all each both few own same other such only ' +
    'client clients patient pt clinician therapist counselor provider session today reports reported report reporting states stated ' +
    'state says said say notes noted describes described describe indicates indicated endorses endorsed shares shared ' +
    'expresses expressed mentions mentioned discussed discuss discussing per during while within ' +
    'um uh like yeah okay ok mm hmm oh well really know think just kind sort thing things'
  ).split(/\s+/),
);

function stem(w: string): string {
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ied')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ly')) return w.slice(0, -2);
  return w;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Content words of a text, lower-cased and lightly stemmed. */
export function contentTokens(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of matchesOf(text.toLowerCase(), WORD)) {
    const w = m[0].replace(/['’]s$/, '').replace(/['’]/g, '');
    if (w.length < 2 && !/\d/.test(w)) continue;
    if (STOP.has(w)) continue;
    out.add(stem(w));
  }
  return out;
}

/** Share of the sentence's content words found in the sources (0…1), and how many were found. */
export function overlap(sentence: string, sources: readonly string[]): { score: number; shared: number; total: number } {
  const s = contentTokens(sentence);
  if (s.size === 0) return { score: 1, shared: 0, total: 0 };
  const src = new Set<string>();
  for (const t of sources) for (const w of contentTokens(t)) src.add(w);
  let shared = 0;
  for (const w of s) if (src.has(w)) shared++;
  return { score: shared / s.size, shared, total: s.size };
}

/** A sentence is supported when at least half of its content words come from what it cites. */
export const SUPPORT_THRESHOLD = 0.5;

const norm = (t: string): string =>
  t
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();

/** Quoted passages ("…", “…”) of a sentence that do not appear word for word in its sources. */
export function unfoundQuotes(sentence: string, sources: readonly string[]): string[] {
  const hay = ` ${sources.map(norm).join(' | ')} `;
  const out: string[] = [];
  for (const m of matchesOf(sentence, /["“”]([^"“”]{3,})["“”]/g)) {
    const q = norm(m[1]!);
    if (q !== '' && !hay.includes(q)) out.push(m[1]!);
  }
  return out;
}

// ---- risk statements ----------------------------------------------------------------------------

export type RiskCategory = 'suicide' | 'homicide' | 'self_harm' | 'abuse' | 'substance';

const RISK_PATTERNS: ReadonlyArray<[RiskCategory, RegExp]> = [
  ['suicide', /\bsuicid\w*|\bkill(?:ing|ed)? (?:my|him|her|them|your)sel(?:f|ves)\b|\bend(?:ing)? (?:my|his|her|their|your) (?:own )?life\b|\bwant(?:s|ed)? to die\b|\bdeath wish\b|\bbetter off dead\b|\bsafety plan\w*/i],
  ['suicide', /\b(?:SI|S\.I\.)(?=\b|\/)/],
  ['homicide', /\bhomicid\w*|\bkill (?:him|her|them|someone|somebody|people)\b|\bhurt(?:ing)? (?:someone|somebody|others|other people)\b|\bharm(?:ing)? (?:others|someone)\b/i],
  ['homicide', /(?:^|\W)(?:HI|H\.I\.)\b/],
  ['self_harm', /\bself[- ]?(?:harm|injur)\w*|\bcutting\b(?!\s+(?:back|down)\b|\s+(?:his|her|their|my|your)\s+[a-z]+\s+(?:back|down)\b)|\bcut (?:my|him|her|them)sel(?:f|ves)\b|\bburn(?:ing|ed)? (?:my|him|her)self\b|\bNSSI\b/i],
  ['abuse', /\babus\w*|\bneglect\w*|\bassault\w*|\bmolest\w*|\brap(?:e|ed)\b|\bdomestic violence\b|\b(?:hits?|hit|beats?|beat|beaten|choked?) (?:me|her|him|them)\b|\bCPS\b|\bAPS\b|\bIPV\b/i],
  ['substance', /\balcohol\w*|\bdrink(?:s|ing)?\b|\bdrunk\b|\bbinge\w*|\bbeers?\b|\bwine\b|\bvodka\b|\bliquor\b|\bcannabis\b|\bmarijuana\b|\bweed\b|\bTHC\b|\bcocaine\b|\bcrack\b|\bopioid\w*|\bopiate\w*|\bheroin\b|\bfentanyl\b|\bmeth(?:amphetamine)?\b|\bamphetamine\w*|\bbenzo\w*|\bsubstance\w*|\brelaps\w*|\bsobriety\b|\bsober\b|\boverdos\w*|\bETOH\b|\bSUD\b|\bAUD\b|\bintoxicat\w*|\bwithdrawal\b/i],
];

// The omitted-risk scan reads every segment of a transcript, whose turns repeat ("Okay.", "Yes."),
// and a draft's sentences are read again by the claim check: each text is scanned once, its reading
// kept with the verifier's shared analysis of the text (claims/analysis.ts: bounded, and emptied by
// clearAnalysisCache for cold measurements).
const once = readerFor('grounding');

/** The risk categories a sentence speaks of (suicidal or homicidal ideation, self-harm, abuse, substances). */
export function riskCategories(text: string): RiskCategory[] {
  // A copy: callers own the array they are given.
  return [...once('risk', text, riskCategoriesOf)];
}

// Most segments of a transcript speak of no risk: one pass of the case-insensitive patterns joined
// (each of whose alternatives begins at a word start, so the engine tries word starts only) says
// whether any of them can match; the case-sensitive shorthand ("SI", "HI") is tried as before.
const CASELESS = RISK_PATTERNS.filter(([, re]) => re.flags.includes('i')).map(([, re]) => re);
const ANY_CASELESS = new RegExp(`${CASELESS.every(matchesOnlyAtWordStarts) ? '\\b(?=\\w)' : ''}(?:${CASELESS.map((re) => `(?:${re.source})`).join('|')})`, 'i');

function riskCategoriesOf(text: string): RiskCategory[] {
  const out: RiskCategory[] = [];
  const caseless = ANY_CASELESS.test(text);
  for (const [cat, re] of RISK_PATTERNS) if (!out.includes(cat) && (caseless || !re.flags.includes('i')) && re.test(text)) out.push(cat);
  return out;
}

/** For the speed test (claims/speed.test.ts): the categories without the joined pre-check. */
export function riskCategoriesUnguarded(text: string): RiskCategory[] {
  const out: RiskCategory[] = [];
  for (const [cat, re] of RISK_PATTERNS) if (!out.includes(cat) && re.test(text)) out.push(cat);
  return out;
}
