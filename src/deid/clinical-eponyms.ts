// Issue 14 (R35), clinical round 10 (clin10): words of clinical notes that are no identifiers
// although a name list holds them — eponyms of diseases, signs, scales, positions, devices and
// operations ("Barrett's esophagus", "Lewy body dementia", "s/p Whipple", "Murphy's neg"), and
// numbers and letters that only look like dates or initials ("x 3/7 days", "D/W").
//
// The evidence is lexical: `medical-eponyms.txt` holds the proper nouns of a medical spelling
// dictionary (hunspell-en-med, built by scripts/build-medical-eponyms.ts). Many of them are also
// ordinary surnames (Murphy, Wilson), so a word of that list loses its name reading only when
//   - the text is a clinician's note (8 % of its words clinical vocabulary and 3 % shorthand, as
//     names.ts counts its note register),
//   - the name came from the weakest evidence (a name list or a capital, never a cue such as a title,
//     a relation word or a credential), and
//   - the words around it make a medical term: a medical noun after it ("Graves' dz", "Barnes
//     akathisia", "Lewy body dementia"), a finding after it ("Murphy's neg"), a possessive closing
//     an item of a list ("PMH: CAD, Parkinson's, HTN"), or a word of history or diagnosis before it with nothing
//     after but a pause or a number ("s/p Whipple", "Dx Hashimoto", "Heimlich 2-4 yrs ago").
// explain() reports what is dropped here as no span at all; the proposal keeps its evidence.
import { readFileSync } from 'node:fs';
import { CLINICAL_SHORTHAND, EPONYM_NOUNS } from './clinical-lexicon.ts';
import { dictDir, resources } from './resources.ts';
import { memoKeyBits, tokenizeWithFlags, type Token } from './tokens.ts';
import type { Span } from './types.ts';
import { W } from './wordflags.ts';

let eponymList: ReadonlySet<string> | undefined;
/** The eponym list, read once (exported so that loadDeidResources() can read it at start-up). */
export function eponyms(): ReadonlySet<string> {
  if (eponymList) return eponymList;
  const set = new Set<string>();
  try {
    for (const line of readFileSync(`${dictDir()}medical-eponyms.txt`, 'utf8').split('\n')) if (line) set.add(line);
  } catch {
    // A deployment without the list loses this rule only: more is redacted, nothing less.
  }
  eponymList = set;
  return set;
}

/** NAME_RULES indices (names.ts) whose evidence is a list or a capital alone: the only ones read here. */
const WEAK_RULES = new Set([1, 2, 10, 11, 13, 14]);

// (Asked once per surface form, not once per token.)
const isShorthand = memoKeyBits((k) => (CLINICAL_SHORTHAND.has(k) ? 1 : 0));

// The registers a text is written in, told by its words (names.ts reads both): worked out once per
// token array (the detect call's own) for names.ts and this module.
let registerOf: readonly Token[] | undefined;
let registerOut = { clinicalRegister: false, noteRegister: false };
export function textRegisters(tokens: readonly Token[]): { clinicalRegister: boolean; noteRegister: boolean } {
  if (registerOf === tokens) return registerOut;
  const n = tokens.length;
  // Clinical register: a text dense with shorthand ("pt", "abg", "gtt", "sob") is written by a
  // clinician for clinicians. There a capitalised word no list knows is far more often a drug,
  // device or typo than a person, so it needs a cue (a title, a relation word, a credential) or a
  // name list; cued names are still found everywhere in the text (see the consistency pass).
  // (Both counts stop once they reach their threshold: only the comparison is used.)
  let clinicalWords = 0;
  const clinicalNeed = 0.08 * n;
  for (let i = 0; i < n && clinicalWords < clinicalNeed; i++) if ((tokens[i]!.flags & W.Clinical) !== 0) clinicalWords++;
  const clinicalRegister = n >= 12 && clinicalWords >= 0.08 * n;
  // A nurse's or clinician's note, told by its shorthand ("pt", "abg", "gtt", "prn"): three in a
  // hundred words at least. The medical lexicon above also holds ordinary words ("support",
  // "change"), so counselling talk passes that first test; it almost never uses shorthand. In a note
  // vocabulary written with a capital, words after "pt" and headings need stronger name evidence.
  // (Counted only in the clinical register, the one place the count matters.)
  let shorthand = 0;
  const shorthandNeed = 0.03 * n;
  if (clinicalRegister) for (let i = 0; i < n && shorthand < shorthandNeed; i++) if ((tokens[i]!.flags & W.Common) !== 0 && isShorthand(tokens[i]!) !== 0) shorthand++;
  const noteRegister = clinicalRegister && shorthand >= 0.03 * n;
  registerOf = tokens;
  registerOut = { clinicalRegister, noteRegister };
  return registerOut;
}

// Is the text clinical? A clinician's note, as names.ts tells it: 8 % of the words clinical
// vocabulary and 3 % clinical shorthand ("pt", "prn", "abg"). Counselling talk often passes the first
// test, never the second.
function clinicalText(tokens: readonly Token[]): boolean {
  return textRegisters(tokens).noteRegister;
}

function tokenAt(tokens: readonly Token[], start: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = tokens[mid]!.start;
    if (s === start) return mid;
    if (s < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

const LIST_BEFORE = /(?:^|[,:;(\n])[ \t]*$/;
/** Words that join one diagnosis to the next ("Dx Hashimoto's vs …"). */
const LIST_JOINS = new Set(['vs', 'versus', 'and', 'or', 'w', 'with']);
/** Findings written after a sign's name. */
const FINDINGS = new Set(['neg', 'negative', 'pos', 'positive', 'equivocal', 'present', 'absent', 'intact', 'upgoing', 'downgoing', 'elicited', 'noted']);
// Words of history or diagnosis before a bare eponym (read on the raw text: "s/p" and "h/o" are
// several tokens).
const HISTORY_BEFORE = /(?:^|[^\p{L}])(?:hx|pmh|psh|dx|ddx|h\/o|s\/p|r\/o|c\/w|w\/|vs\.?|known|likely|possible|suspected|presumed|early|late|hx\s+of|history\s+of|h\/o\s+of)[:\s]*$/iu;

/** A medical noun no everyday word list holds ("esophagus", "akathisia", "dz"), or an eponym's noun. */
function medicalNoun(t: Token): boolean {
  if (EPONYM_NOUNS.has(t.key)) return true;
  const r = resources();
  if (!/^\p{L}{2,}$/u.test(t.key) || r.everydayWords.has(t.key) || (t.flags & W.First) !== 0) return false;
  // Shorthand with no vowel written in lower case ("dz", "sx", "fx") is no name and no word.
  // (In capitals it may be a school or a title: "Jefferson HS".)
  if (/^[b-df-hj-np-tv-xz]{2,4}$/.test(t.key)) return t.shape === 'lower';
  return r.medicalWords.has(t.key) || (t.flags & W.Clinical) !== 0;
}

/** True when the span (a weak name or place of names.ts) is an eponym of a clinical text. */
export function isClinicalEponym(text: string, tokens: readonly Token[], start: number, end: number, rule: number): boolean {
  if (!WEAK_RULES.has(rule)) return false;
  const i = tokenAt(tokens, start);
  if (i < 0) return false;
  const t = tokens[i]!;
  // One word, or one hyphenated chain ("Wolff-Parkinson-White").
  if (t.end < end && !/^['’]s?$/.test(text.slice(t.end, end))) return false;
  if (!clinicalText(tokens)) return false;
  const lex = eponyms();
  const parts = t.key.split('-');
  const last = resources().lastNames;
  const known = lex.has(t.key) || (parts.length >= 2 && parts.some((p) => lex.has(p)) && parts.every((p) => lex.has(p) || last.has(p)));
  if (!known) return false;
  // After the word: an optional possessive, then the next word on the same line.
  let k = t.end;
  const possessive = /['’]s$/i.test(t.text) || text[k] === "'" || text[k] === '’';
  if (text[k] === "'" || text[k] === '’') k++;
  if (text[k] === 's' && /['’]/.test(text[k - 1] ?? '') && !/\p{L}/u.test(text[k + 1] ?? '')) k++;
  let q = i + 1;
  while (q < tokens.length && tokens[q]!.end <= k) q++;
  const gap = q < tokens.length ? text.slice(k, tokens[q]!.start) : '';
  const next = q < tokens.length && /^[ \t]{1,3}$/.test(gap) ? tokens[q] : undefined;
  if (next !== undefined) {
    if (medicalNoun(next) || FINDINGS.has(next.key)) return true;
    // One word between: "Lewy body dementia", "Miami J collar".
    const n2 = tokens[q + 1];
    if (n2 !== undefined && /^[ \t]{1,3}$/.test(text.slice(next.end, n2.start)) && (next.flags & (W.Common | W.Clinical)) !== 0 && (EPONYM_NOUNS.has(n2.key) || (medicalNoun(n2) && (n2.flags & W.Clinical) !== 0))) return true;
  }
  // What follows closes the phrase: a pause, the line's end or a number.
  const closes = next === undefined || /^\d/.test(next.text) || LIST_JOINS.has(next.key);
  if (!closes) return false;
  const before = text.slice(Math.max(0, start - 24), start);
  // A possessive standing as an item of a list ("PMH: CAD, Parkinson's, HTN"), or any eponym after a
  // word of history or diagnosis. ("The dog was Bertrand's, so …" is a person's: no list, no history.)
  return HISTORY_BEFORE.test(before) || (possessive && LIST_BEFORE.test(before));
}

// A month/day before a unit of time is a duration ("x 3/7 days", "2/52 wks"), not a date.
const DURATION_AFTER = /^[ \t]*(?:d|days?|wks?|weeks?|mos?|months?|yrs?|years?)\b/i;

// A word and a capital initial before a device's noun is a device ("Miami J collar").
const INITIAL_NAME = /^\p{Lu}\p{L}+[ \t]\p{Lu}$/u;
const NOUN_AFTER = /^[ \t]+(\p{L}+)/u;
// Two words joined by a slash, one of them a relation ("HCP/son", "POA/dtr"): a role, no initials.
const SLASHED = /^(\p{L}+)\/(\p{L}+)$/u;

function dropped(text: string, s: Span): boolean {
  const body = text.slice(s.start, s.end);
  if (s.type === 'DATE') return /^\d{1,2}\/\d{1,2}$/.test(body) && DURATION_AFTER.test(text.slice(s.end, s.end + 8));
  if (s.type !== 'NAME') return false;
  if (INITIAL_NAME.test(body)) {
    const m = NOUN_AFTER.exec(text.slice(s.end, s.end + 24));
    return m !== null && EPONYM_NOUNS.has(m[1]!.toLowerCase());
  }
  const sl = SLASHED.exec(body);
  if (sl) {
    const { tokens } = tokenizeWithFlags(`${sl[1]} ${sl[2]}`);
    return tokens.some((t) => (t.flags & W.Relation) !== 0);
  }
  return false;
}

/** Drops what the clinical-note readings above say is no identifier from the finished spans. */
export function dropClinicalReadings(text: string, spans: Span[]): Span[] {
  let out: Span[] | undefined;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    const drop = dropped(text, s);
    if (drop && out === undefined) out = spans.slice(0, i);
    else if (!drop && out !== undefined) out.push(s);
  }
  return out ?? spans;
}

/**
 * A name span whose first word is one letter after a letter and a slash is shorthand ("D/W Lavinia
 * …" is "discussed with"): the span starts after it. Returns the new start, or `start`.
 */
export function skipSlashLetter(text: string, start: number, end: number): number {
  if (/^\p{L}[ \t]/u.test(text.slice(start, end)) && /\p{L}\/$/u.test(text.slice(Math.max(0, start - 2), start))) {
    let s = start + 1;
    while (s < end && (text[s] === ' ' || text[s] === '\t')) s++;
    return s;
  }
  return start;
}
