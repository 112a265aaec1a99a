// Cue rules of clinical round 7 (issue 14, R35): kinds of identifier a nurse's shift note writes in
// its own shorthand, found by a generator of synthetic shift notes (bench/deid/clinical-gen7.ts) and
// described here by the language of such notes, never by the words of that batch:
//   1. a clinician after a title, with or without an initial, and a second one after "and" ("Dr. R.
//      Quist", "dr j. vale", "Drs. Amsel and Corr"), in any case;
//   2. a clinician before a credential ("Vale, RN", "I. Quist RN", "Corr MD notified");
//   3. a relative's name beside its relation word in brackets or commas ("Ines (wife)", "hcp (tomas)",
//      "sister, Ines, called");
//   4. a weekday written before a bracketed or bare month/day ("Tuesday (3/11)");
//   5. a range of days inside one month ("intubated 9/20-26"), and a month/day glued to the word
//      before it ("last BM4/4", "on6/1");
//   6. a short pager, extension or fax number after its label ("beeper 4-6660", "fax 38532",
//      "called, updated, # 39461");
//   7. a town after "in" on a line that tells where someone lives or comes from ("lives w/ son in
//      Ashby Hollow", "PCP is Dr. X in Quarry, VT", "from Y Rehab in Z"), and a ZIP after a town;
//   8. a care facility by its kind written as nurses shorten it (LTC, SNF, ALF, NH) and the name of an
//      outside hospital in brackets after "OSH".
// A name a note gives a procedure or a device after "s/p" is no person ("s/p Kessler"): dropped in
// detect.ts's finish with the other clinical eponyms (see dropProcedureNames).
import { MEASURE_WORDS } from './clinical-lexicon.ts';
import { hasFlag as has, type Token } from './tokens.ts';
import type { PhiType, Span } from './types.ts';
import { W } from './wordflags.ts';
import { tokenIndexAt } from './note-cues-r7.ts';

type Push = (start: number, end: number, type: PhiType, prio: number, why?: string) => void;

// Words after a title or before a credential that are the note's own verbs, roles and units, not a name.
const NOT_AFTER_TITLE = new Set([
  ...['aware', 'notified', 'paged', 'called', 'informed', 'updated', 'made', 'here', 'ordered', 'saw', 'seen', 'visited', 'came', 'said'],
  ...['wants', 'states', 'stated', 'note', 'notes', 'office', 'appt', 'orders', 'order', 'recommends', 'contacted', 'following', 'follow'],
  ...['re', 'regarding', 'who', 'team', 'covering', 'resident', 'fellow', 'attending', 'night', 'day', 'charge', 'primary', 'oncoming'],
  ...['admitting', 'floor', 'unit', 'nurse', 'rn', 'md', 'np', 'pa', 'x', 'pt', 'pts', 'patient', 'family', 'service', 'consult'],
]);
const STOP = W.Function | W.CoreStop | W.Calendar | W.Month | W.Title | W.Relation | W.Clinical | W.Speech | W.Contraction;

/** A word that may be a surname or given name where a strong cue stands beside it. */
function nameWord(t: Token | undefined): boolean {
  if (!t || t.text.length < 2 || NOT_AFTER_TITLE.has(t.key) || MEASURE_WORDS.has(t.key)) return false;
  // A word of capitals in a mixed-case line is a unit or shorthand ("SICU RN"), not a name.
  if (t.caseInformative && t.shape === 'upper') return false;
  if (t.caseInformative && t.shape !== 'title') return false;
  // A dictionary word is a name here only when a name list holds it too ("Frost", "Sharp").
  if (has(t, W.Function | W.CoreStop | W.Calendar | W.Month)) return false;
  return !has(t, STOP | W.Common | W.Everyday) || has(t, W.Last | W.First);
}

const TITLE_RE = /(?<![\p{L}\p{N}])(drs?|doctor)\.?[ \t]+(?:([a-z])\.[ \t]*)?/giu;
const CREDENTIAL_RE = /(?<![\p{L}\p{N}])(rn|md|np|lpn|cna|pa-c|msw|licsw|rrt)(?![\p{L}\p{N}])/giu;
const KIN_WORDS = new Set([
  ...['wife', 'husband', 'spouse', 'partner', 'son', 'dtr', 'daughter', 'sister', 'sis', 'brother', 'bro', 'niece', 'nephew', 'mother', 'mom'],
  ...['father', 'dad', 'neighbor', 'neighbour', 'friend', 'hcp', 'proxy', 'grandson', 'granddaughter', 'aunt', 'uncle', 'cousin', 'fiance', 'fiancee'],
]);
const WEEKDAY_RE = /(?<![\p{L}\p{N}])(mon|monday|tues?|tuesday|wed|weds|wednesday|thu|thurs?|thursday|fri|friday|sat|saturday|sun|sunday)\.?[ \t]*\(?[ \t]*(?=(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])(?![\d]))/giu;
const RANGE_RE = /(?<![\p{L}\p{N}/.])((?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01]))-((?:0?[1-9]|[12]\d|3[01]))(?![\p{N}/.])/gu;
const GLUED_RE = /(?<=(?<![\p{L}])(\p{L}{2,5}))((?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01]))(?![\p{N}/.])/gu;
const PAGER_RE = /(?<![\p{L}\p{N}])(?:beeper|pager|bpr|fax|ext|x|cell|phone|ph|tel|#)[ \t]*(?:#|no\.?|num)?[ \t]*:?[ \t]*(\d-\d{4}|\d{5}|\d{3}-\d{4})(?![\p{N}-])/giu;
const PAGER_PHONE_CUES = /(?:beeper|pager|bpr|fax|ext|x|cell|phone|ph|tel)$/i;
const RESIDENCE_CUE_RE = /(?<![\p{L}])(?:lives?|living|resides?|residing|home|pcp|from|moved|nh|ltc|snf|alf|rehab|manor)(?![\p{L}])/iu;
const STATE_RE = /^,?[ \t]+(?:A[LKZR]|C[AOT]|DE|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY])(?![\p{L}])/u;
const ZIP_AFTER_RE = /^,?[ \t]+(\d{5})(?![\p{N}-])/u;
const FACILITY_KIND_RE = /^[ \t]+(?:ltc|snf|alf|nh|ecf|ltach|rehab(?:[ \t]+(?:center|ctr|hosp(?:ital)?))?)(?![\p{L}])/iu;
const PLACE_QUALIFIERS = new Set(['north', 'south', 'east', 'west', 'upper', 'lower', 'new', 'old', 'mount', 'mt', 'st', 'saint', 'port', 'fort', 'glen']);

export function detectShiftNotes(text: string, tokens: readonly Token[], push: Push): void {
  const at = (offset: number): number => tokenIndexAt(tokens, offset);
  // 1. Title, optional initial, surname; "and" a second surname after a plural title.
  for (const m of text.matchAll(TITLE_RE)) {
    const end = m.index + m[0].length;
    const i = at(end);
    const t = tokens[i];
    if (i < 0 || !t || !nameWord(t)) continue;
    push(m[2] ? m.index + m[0].indexOf(m[2]) : t.start, nameEnd(t), 'NAME', 6);
    const and = tokens[i + 1];
    if (m[1]!.toLowerCase() === 'drs' && and?.key === 'and' && nameWord(tokens[i + 2])) push(tokens[i + 2]!.start, nameEnd(tokens[i + 2]!), 'NAME', 6);
  }
  // 2. Surname (with an initial before it) and a credential after it.
  for (const m of text.matchAll(CREDENTIAL_RE)) {
    const i = at(m.index);
    if (i < 1) continue;
    const t = tokens[i - 1]!;
    const between = text.slice(t.end, m.index);
    if (!/^,?[ \t]{1,2}$/.test(between) || !nameWord(t)) continue;
    // Before a credential a dictionary word is the role or service ("primary care MD", "per MD") unless
    // a mixed-case line writes it with a capital mid-sentence.
    if (has(t, W.Common | W.Everyday) && !(t.caseInformative && t.shape === 'title' && !t.sentenceStart)) continue;
    let start = t.start;
    const initial = /(?<![^\s(])([a-z])\.[ \t]*$/iu.exec(text.slice(Math.max(0, t.start - 4), t.start));
    if (initial) start = t.start - initial[0].length;
    push(start, nameEnd(t), 'NAME', 6);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!KIN_WORDS.has(t.key)) continue;
    // 3. "Name (relation)" and "relation (Name)", "relation, Name,".
    const before = tokens[i - 1];
    if (before && /^[ \t]*\($/.test(text.slice(before.end, t.start)) && text[t.end] === ')' && nameWord(before) && !has(before, W.Common)) {
      push(before.start, before.end, 'NAME', 5);
    }
    const after = tokens[i + 1];
    if (after && /^(?:[ \t]*\(|,[ \t]+)$/.test(text.slice(t.end, after.start)) && /^[ \t]*[),]/.test(text.slice(after.end, after.end + 2)) && nameWord(after) && !has(after, W.Common)) {
      push(after.start, after.end, 'NAME', 5);
    }
  }
  // 4. Weekday before a month/day.
  for (const m of text.matchAll(WEEKDAY_RE)) push(m.index, m.index + m[1]!.length, 'DATE', 6);
  // 5. Ranges of days, and dates glued to a word ("BM4/4"), unless a measure names the numbers.
  for (const m of text.matchAll(RANGE_RE)) {
    const before = /([\p{L}\d/]+)[ \t:]*$/u.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1]?.toLowerCase();
    if (before && MEASURE_WORDS.has(before)) continue;
    if (Number(m[2]) <= Number(m[1]!.split('/')[1])) continue;
    push(m.index, m.index + m[0].length, 'DATE', 6);
  }
  for (const m of text.matchAll(GLUED_RE)) {
    if (MEASURE_WORDS.has(m[1]!.toLowerCase())) continue;
    push(m.index, m.index + m[2]!.length, 'DATE', 6);
  }
  // 6. Pager, extension and fax numbers; "#" alone only after a word of calling.
  for (const m of text.matchAll(PAGER_RE)) {
    const label = m[0].replace(/[\s:#.\d-]+$/, '');
    if (!PAGER_PHONE_CUES.test(label) && !/(?:called|call|reached|updated|contact|cell|home|number)[,.]?[ \t]*$/i.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    if (label.toLowerCase() === 'x' && m[1]!.length < 5) continue;
    const s = m.index + m[0].lastIndexOf(m[1]!);
    push(s, s + m[1]!.length, 'PHONE', 7);
  }
  // 7. A town after "in" on a line that says where someone lives or comes from.
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (t.key !== 'in') continue;
    const ls = text.lastIndexOf('\n', t.start) + 1;
    const sentence = text.slice(Math.max(ls, text.lastIndexOf('.', t.start - 1) + 1, text.lastIndexOf(';', t.start - 1) + 1), t.start);
    if (!RESIDENCE_CUE_RE.test(sentence)) continue;
    let j = i + 1;
    if (PLACE_QUALIFIERS.has(tokens[j]!.key) && j + 1 < tokens.length) j++;
    const last = tokens[j]!;
    if (!townWord(last) || (j > i + 1 && !tight(text, tokens[j - 1]!, last))) continue;
    let end = last.end;
    const next = tokens[j + 1];
    if (next && tight(text, last, next) && townWord(next) && !has(next, W.Common)) end = next.end;
    const rest = text.slice(end, end + 12);
    const state = STATE_RE.exec(rest);
    const zip = ZIP_AFTER_RE.exec(state ? rest.slice(state[0].length) : rest);
    if (!state && !zip && !/^[ \t]*(?:[.,;)\n]|$)/.test(rest)) continue;
    push(tokens[i + 1]!.start, end, 'GEO', 5);
    if (zip) {
      const zs = end + (state ? state[0].length : 0) + zip[0].indexOf(zip[1]!);
      push(zs, zs + 5, 'GEO', 5);
    }
  }
  // 8. A facility by a nurse's short kind word ("Amberly LTC"), and "OSH (Name)".
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const kind = FACILITY_KIND_RE.exec(text.slice(t.end, t.end + 24));
    if (kind && townWord(t) && !has(t, W.Common) && !KIN_WORDS.has(t.key)) {
      const prev = tokens[i - 1];
      const start = prev && tight(text, prev, t) && townWord(prev) && !has(prev, W.Function | W.CoreStop) ? prev.start : t.start;
      push(start, t.end, 'GEO', 5);
    }
    if (t.key === 'osh') {
      const open = /^[ \t]*\([ \t]*/.exec(text.slice(t.end, t.end + 4));
      const close = open ? text.indexOf(')', t.end) : -1;
      if (open && close > 0 && close - t.end < 40 && !text.slice(t.end, close).includes('\n')) push(t.end + open[0].length, close, 'GEO', 5);
    }
  }
}

/**
 * Where a name written as one token ends: before a possessive ("White's order") and before a hyphen
 * that runs on into a lower-case word in a mixed-case line ("Dr. Rowan-thinking is …"); a
 * double-barrelled name keeps both parts ("Abernathy-Lowe").
 */
function nameEnd(t: Token): number {
  const possessive = /['’]s$/i.test(t.text) ? 2 : 0;
  const hyphen = t.caseInformative ? t.text.search(/-\p{Ll}/u) : -1;
  return hyphen > 0 ? t.start + hyphen : t.end - possessive;
}

/** The two tokens stand one to two spaces apart (no punctuation between). */
function tight(text: string, a: Token, b: Token): boolean {
  return /^[ \t]{1,2}$/.test(text.slice(a.end, b.start));
}

/** A word that may be a town's: not a function, calendar or clinical word, and not a unit in capitals. */
function townWord(t: Token | undefined): boolean {
  if (!t || t.text.length < 3 || MEASURE_WORDS.has(t.key) || NOT_AFTER_TITLE.has(t.key)) return false;
  if (t.caseInformative && t.shape !== 'title') return false;
  // Where case tells nothing a dictionary word is the sentence's own ("edema in extremities").
  if (!t.caseInformative && has(t, W.Common)) return false;
  return !has(t, W.Function | W.CoreStop | W.Calendar | W.Month | W.Clinical | W.Relation | W.Title | W.Everyday);
}

// Names that stand for a procedure right after "s/p" ("s/p Kessler", "S/P QUIST"): a surgery is named
// after its inventor, never after the patient's people.
const SP_RE = /(?<![\p{L}\p{N}])s\/p[ \t]+$/iu;
/** Drops a name span that follows "s/p" directly (not one a title cues: "s/p fall, Dr. X aware"). */
export function dropProcedureNames(text: string, spans: Span[]): Span[] {
  return spans.filter((s) => !(s.type === 'NAME' && SP_RE.test(text.slice(Math.max(0, s.start - 8), s.start))));
}
