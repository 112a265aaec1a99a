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
import { hasFlag as has, memoKeyBits, tokenIndexAt, type Token } from './tokens.ts';
import type { PhiType, Span } from './types.ts';
import { W } from './wordflags.ts';
import { WEEKDAYS } from './note-cues-r7.ts';
import { MONTHS } from './lexicon.ts';
import { gatedMatches } from './scan.ts';

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
function surnameAfterInitial(t: Token): boolean {
  return !NOT_AFTER_TITLE.has(t.key) && !(t.caseInformative && t.shape !== 'title') && has(t, W.Last);
}

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
const NP_RE = /(?<![\p{L}\p{N}])NP[ \t]+(?=\p{Lu})/gu;
const CREDENTIALS = new Set(['rn', 'md', 'np', 'lpn', 'cna', 'pa-c', 'msw', 'licsw', 'rrt']);
const KIN_WORDS = new Set([
  ...['wife', 'husband', 'spouse', 'partner', 'son', 'dtr', 'daughter', 'sister', 'sis', 'brother', 'bro', 'niece', 'nephew', 'mother', 'mom'],
  ...['father', 'dad', 'neighbor', 'neighbour', 'friend', 'hcp', 'proxy', 'grandson', 'granddaughter', 'aunt', 'uncle', 'cousin', 'fiance', 'fiancee'],
]);
const MONTH_DAY_AFTER_RE = /\.?[ \t]*\(?[ \t]*(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])(?!\d)/y;
const RANGE_RE = /(?<![\p{L}\p{N}/.])((?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01]))-((?:0?[1-9]|[12]\d|3[01]))(?![\p{N}/.])/gu;
// ("May" and "Mar" stay: the modal verb, and the medication administration record.)
const MONTH_LEADS = new Set(['in', 'since', 'until', 'till', 'by', 'early', 'late', 'mid', 'last', 'this', 'next', 'during', 'before', 'after']);
const MONTH_ALONE_AFTER_RE = /(?:[ \t]*(?:[,;:)]|\n|$)|\.(?:[ \t]|\n|$)|[ \t]+(?:of[ \t]+)?(?:19|20)\d\d)/y;
const BORN_YEAR_RE = /(?<![\p{L}])born[ \t]+(?:in[ \t]+)?(?:19|20)\d\d(?![\p{N}])/giu;
const NOTE_HEAD_DATE_RE = /(?:^|\n)[ \t]*((?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01]))[ \t]+(?=(?:npn|nsg|nursing|rn|progress|shift|night|day|eve)(?![\p{L}]))/giu;
const SP_EVENT_DATE_RE = /(?<![\p{L}])s\/p[ \t]+(?:[\p{L}/-]+[ \t]+){1,2}((?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01]))(?![\p{N}/]|\.\d)/giu;
// A day and a short month in lower case after a word that dates ("adm 19 oct", "since 3 feb").
const DAY_BEFORE_MONTH_RE = /(?<![\p{L}])(?:adm|admitted|on|since|from|until|by|seen|dated|last)[ \t]+((?:0?[1-9]|[12]\d|3[01])[ \t]+)$/u;
const SHORT_MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const PAGER_LABELS = new Set(['beeper', 'pager', 'bpr', 'pgr', 'fax', 'ext', 'x', 'cell', 'phone', 'ph', 'tel']);
const PAGER_NUMBER_RE = /[ \t]*(?:#|no\.?|num)?[ \t]*:?[ \t]*(\d-\d{4}|\d{5}|\d{3}-\d{4})(?![\p{N}-])/iuy;
const RESIDENCE_CUE_RE = /(?<![\p{L}])(?:lives?|living|resides?|residing|home|pcp|from|moved|nh|ltc|snf|alf|rehab|manor)(?![\p{L}])/iu;
const STATE_RE = /^,?[ \t]+(?:A[LKZR]|C[AOT]|DE|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY])(?![\p{L}])/u;
const ZIP_AFTER_RE = /^,?[ \t]+(\d{5})(?![\p{N}-])/u;
const FACILITY_KINDS = new Set(['ltc', 'snf', 'alf', 'nh', 'ecf', 'ltach', 'rehab']);
const HOSPITAL_HEADS = new Set(['hosp', 'hospital', 'general', 'memorial', 'infirmary']);
const ADDRESS_LABELS = new Set(['address', 'addr', 'lives', 'resides', 'home']);
const NONE: readonly number[] = [];
const PLACE_QUALIFIERS = new Set(['north', 'south', 'east', 'west', 'upper', 'lower', 'new', 'old', 'mount', 'mt', 'st', 'saint', 'port', 'fort', 'glen']);

// The per-word rules below each start from a word of one list (a credential, a relation, a month …);
// one bit per list, memoised per word form, finds those words in one pass over the tokens, and each
// rule then visits only them, in text order as before (the lists' words are a few per cent of a text).
const B_CRED = 1;
const B_KIN = 2;
const B_DATE = 4;
const B_PAGER = 8;
const B_IN = 16;
const B_HOSP = 32;
const B_ADDR = 64;
const B_FAC = 128;
const B_OSH = 256;
const keyBits = memoKeyBits(
  (k) =>
    (CREDENTIALS.has(k) ? B_CRED : 0) |
    (KIN_WORDS.has(k) ? B_KIN : 0) |
    (WEEKDAYS.has(k) || MONTHS.has(k) ? B_DATE : 0) |
    (PAGER_LABELS.has(k) ? B_PAGER : 0) |
    (k === 'in' ? B_IN : 0) |
    (HOSPITAL_HEADS.has(k) ? B_HOSP : 0) |
    (ADDRESS_LABELS.has(k) ? B_ADDR : 0) |
    (FACILITY_KINDS.has(k) ? B_FAC : 0) |
    (k === 'osh' ? B_OSH : 0),
);

export function detectShiftNotes(text: string, tokens: readonly Token[], push: Push): void {
  const at = (offset: number): number => tokenIndexAt(tokens, offset);
  // Indices of the words that open a per-word rule, and the union of their bits.
  const cand: number[] = [];
  let seen = 0;
  for (let i = 0; i < tokens.length; i++) {
    const b = keyBits(tokens[i]!);
    if (b !== 0) {
      cand.push(i);
      seen |= b;
    }
  }
  // 1. Title, optional initial, surname; "and" a second surname after a plural title.
  for (const m of gatedMatches(TITLE_RE, text)) {
    const end = m.index + m[0].length;
    const i = at(end);
    const t = tokens[i];
    // (With an initial before it even a word of the language is a surname: "Dr. R. Little".)
    if (i < 0 || !t || !(nameWord(t) || (m[2] !== undefined && surnameAfterInitial(t)))) continue;
    push(m[2] ? m.index + m[0].indexOf(m[2]) : t.start, nameEnd(t), 'NAME', 6);
    const and = tokens[i + 1];
    if (m[1]!.toLowerCase() === 'drs' && and?.key === 'and' && nameWord(tokens[i + 2])) push(tokens[i + 2]!.start, nameEnd(tokens[i + 2]!), 'NAME', 6);
  }
  //    A nurse practitioner before a surname: "NP" in capitals, with no full stop (lower-case "np" and
  //    "NP." are nasal prongs), and a word no dictionary holds after it.
  for (const m of text.matchAll(NP_RE)) {
    const t = tokens[at(m.index + m[0].length)];
    if (t && nameWord(t) && !has(t, W.Common | W.Everyday)) push(t.start, nameEnd(t), 'NAME', 6);
  }
  // 2. Surname (with an initial before it) and a credential after it.
  for (const i of seen & B_CRED ? cand : NONE) {
    const c = tokens[i]!;
    if (i < 1 || !(keyBits(c) & B_CRED) || /^\d/.test(text.slice(c.end, c.end + 1))) continue;
    const t = tokens[i - 1]!;
    const between = text.slice(t.end, c.start);
    if (!/^,?[ \t]{1,2}$/.test(between) || !nameWord(t)) continue;
    // Before a credential a dictionary word is the role or service ("primary care MD", "per MD") unless
    // a mixed-case line writes it with a capital mid-sentence.
    //  A signature's comma ("Wolf, RN") or an initial before it ("M. Bishop RN") still makes a
    //  surname of a dictionary word the name lists hold.
    const initial = /(?<![^\s(])([a-z])\.[ \t]*$/iu.exec(text.slice(Math.max(0, t.start - 4), t.start));
    const signed = (initial !== null || between.startsWith(',')) && has(t, W.Last);
    if (has(t, W.Common | W.Everyday) && !signed && !(t.caseInformative && t.shape === 'title' && !t.sentenceStart)) continue;
    const start = initial ? t.start - initial[0].length : t.start;
    push(start, nameEnd(t), 'NAME', 6);
  }
  for (const i of seen & B_KIN ? cand : NONE) {
    const t = tokens[i]!;
    if (!(keyBits(t) & B_KIN)) continue;
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
  // 4. Weekday before a month/day; 5. a month named alone after a word that places an event in time
  //    ("home in March", "since jan", "early OCT."), and a day before a short month in lower case
  //    after a word that dates ("adm 19 oct"). (Found from the words: a scan of the text per rule
  //    cost more than every other rule here together.)
  for (const i of seen & B_DATE ? cand : NONE) {
    const t = tokens[i]!;
    if (!(keyBits(t) & B_DATE)) continue;
    if (WEEKDAYS.has(t.key)) {
      MONTH_DAY_AFTER_RE.lastIndex = t.end;
      if (MONTH_DAY_AFTER_RE.test(text)) push(t.start, t.end, 'DATE', 6);
      continue;
    }
    if (!MONTHS.has(t.key) || t.key === 'may' || t.key === 'mar') continue;
    const prev = tokens[i - 1];
    const lead = prev !== undefined && tight(text, prev, t) && (MONTH_LEADS.has(prev.key) || (prev.key === 'of' && i > 1 && (tokens[i - 2]!.key === 'end' || tokens[i - 2]!.key === 'beginning')));
    MONTH_ALONE_AFTER_RE.lastIndex = t.end;
    if (lead && MONTH_ALONE_AFTER_RE.test(text)) push(t.start, t.end, 'DATE', 6);
    if (SHORT_MONTHS.has(t.key) && t.text === t.key && !/[\p{L}\p{N}]/u.test(text.charAt(t.end))) {
      const day = DAY_BEFORE_MONTH_RE.exec(text.slice(Math.max(0, t.start - 24), t.start));
      if (day) push(t.start - day[1]!.length, t.end, 'DATE', 6);
    }
  }
  // 5. Ranges of days, and dates glued to a word ("BM4/4"), unless a measure names the numbers.
  for (const m of text.matchAll(RANGE_RE)) {
    const before = /([\p{L}\d/]+)[ \t:]*$/u.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1]?.toLowerCase();
    if (before && MEASURE_WORDS.has(before)) continue;
    if (Number(m[2]) <= Number(m[1]!.split('/')[1])) continue;
    push(m.index, m.index + m[0].length, 'DATE', 6);
  }
  for (let p = text.indexOf('/'); p >= 0; p = text.indexOf('/', p + 1)) gluedDate(text, p, push);
  //    A year after "born", a month/day heading a note ("1/3 NPN 7a-7p") and one after an operation or
  //    event that "s/p" names ("s/p fall 3/3").
  for (const m of text.matchAll(BORN_YEAR_RE)) push(m.index + m[0].length - 4, m.index + m[0].length, 'DATE', 6);
  for (const m of text.matchAll(NOTE_HEAD_DATE_RE)) {
    const s = m.index + m[0].indexOf(m[1]!);
    push(s, s + m[1]!.length, 'DATE', 6);
  }
  for (const m of text.matchAll(SP_EVENT_DATE_RE)) push(m.index + m[0].length - m[1]!.length, m.index + m[0].length, 'DATE', 6);
  // 6. Pager, extension and fax numbers; "#" alone only after a word of calling.
  const pager = (from: number): void => {
    PAGER_NUMBER_RE.lastIndex = from;
    const m = PAGER_NUMBER_RE.exec(text);
    if (m) push(m.index + m[0].length - m[1]!.length, m.index + m[0].length, 'PHONE', 7);
  };
  for (const i of seen & B_PAGER ? cand : NONE) {
    const t = tokens[i]!;
    if ((keyBits(t) & B_PAGER) && !(t.key === 'x' && /^[ \t]*\d{1,4}(?!\d)/.test(text.slice(t.end, t.end + 8)))) pager(t.end);
  }
  for (let p = text.indexOf('#'); p >= 0; p = text.indexOf('#', p + 1)) {
    if (/(?:called|call|reached|updated|contact|cell|home|number)[,.]?[ \t]*$/i.test(text.slice(Math.max(0, p - 20), p))) pager(p + 1);
  }
  // 7. A town after "in" on a line that says where someone lives or comes from.
  for (const i of seen & B_IN ? cand : NONE) {
    const t = tokens[i]!;
    if (i >= tokens.length - 1 || !(keyBits(t) & B_IN)) continue;
    const clause = text.slice(clauseStart(text, t.start), t.start);
    if (!RESIDENCE_CUE_RE.test(clause)) continue;
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
  // 8. A hospital by its head word in a line of capitals or of lower case, where case cannot tell
  //    its name ("FROM QUARRY VALE HOSP", "transferred from larkin general").
  for (const i of seen & B_HOSP ? cand : NONE) {
    const head = tokens[i]!;
    if (i < 1 || head.caseInformative || !(keyBits(head) & B_HOSP)) continue;
    // "General" closes a name only where the name ends ("… General w/ CP", "… General."), not before
    // its own noun ("general weakness", "general surgery").
    if (head.key === 'general' && !/^(?:[ \t]*(?:[.,;:)\n]|$)|[ \t]+(?:w\/|with|on|for|from|to|in|at|hosp|hospital|er|ed)(?![\p{L}]))/iu.test(text.slice(head.end, head.end + 12))) continue;
    facilityName(text, tokens, i, push);
  }
  //    An address after its label: number, street and kind, then town, state and ZIP.
  for (const i of seen & B_ADDR ? cand : NONE) {
    const t = tokens[i]!;
    if (!(keyBits(t) & B_ADDR)) continue;
    LABELLED_ADDRESS_RE.lastIndex = t.start;
    const m = LABELLED_ADDRESS_RE.exec(text);
    if (m) push(m.index + m[0].length - m[1]!.length, m.index + m[0].length, 'GEO', 6);
  }
  // 9. A facility by a nurse's short kind word ("Amberly LTC", "cobble hill nh"), and "OSH (Name)".
  //    (Visited at each word before a kind word and at each "osh", once each and in text order: the
  //    word a candidate asks for is itself or the one before it, so the indices never go back.)
  let last = -1;
  for (const j of seen & (B_FAC | B_OSH) ? cand : NONE) {
    const bj = keyBits(tokens[j]!);
    const i = bj & B_FAC ? j - 1 : bj & B_OSH ? j : -1;
    if (i <= last) continue;
    atFacilityWord(text, tokens, i, push);
    last = i;
  }
}

/** Rule 9 at word `i`: a facility name before the kind word after it, and brackets after "OSH". */
function atFacilityWord(text: string, tokens: readonly Token[], i: number, push: Push): void {
  {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (next && FACILITY_KINDS.has(next.key) && tight(text, t, next)) facilityName(text, tokens, i + 1, push);
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

const LABELLED_ADDRESS_RE =
  /(?:address(?:[ \t]+on[ \t]+file)?|addr|lives[ \t]+at|resides[ \t]+at|home[ \t]+at)[ \t]*:?[ \t]*(\d{1,5}(?:[ \t]+[\p{L}'-]+){1,3}?[ \t]+(?:st|street|rd|road|ave|avenue|lane|ln|dr|drive|way|blvd|ct|court|terrace|ter|pl|place|cir)\.?(?:,?[ \t]+(?:apt|unit|#)[ \t]*\w+)?(?:,[ \t]*\p{L}+(?:[ \t]+\p{L}+)?)?(?:,?[ \t]+[A-Za-z]{2}(?![\p{L}]))?(?:,?[ \t]+\d{5}(?:-\d{4})?)?)(?![\p{N}])/iuy;

/**
 * The name before a facility's kind word at token `head`: up to three words side by side that may stand
 * in a name, one at least no dictionary word ("Quarry Vale", not "outside", "local" or "nursing").
 */
function facilityName(text: string, tokens: readonly Token[], head: number, push: Push): void {
  let k = head;
  while (k > 0 && head - k < 3 && (k === head || tight(text, tokens[k - 1]!, tokens[k]!)) && facilityWord(tokens[k - 1]!)) k--;
  if (k === head) return;
  let own = false;
  for (let q = k; q < head; q++) if (!has(tokens[q]!, W.Common) && !(tokens[q]!.caseInformative && tokens[q]!.shape !== 'title')) own = true;
  if (own) push(tokens[k]!.start, tokens[head - 1]!.end, 'GEO', 5);
}

/** A word that may stand in a hospital's name: no function, clinical or calendar word. */
function facilityWord(t: Token): boolean {
  // (Two-letter words are shorthand or an agency's initials: "VA hosp", "OSH".)
  if (t.text.length < 3 || MEASURE_WORDS.has(t.key) || NOT_AFTER_TITLE.has(t.key) || KIN_WORDS.has(t.key)) return false;
  return !has(t, W.Function | W.CoreStop | W.Calendar | W.Month | W.Clinical | W.Relation | W.Title);
}

/**
 * Where the sentence holding `at` starts: after the last full stop or semicolon on its line, except a
 * full stop that closes a title or an initial ("PCP is Dr. J. Amsel in …" is one sentence).
 */
function clauseStart(text: string, at: number): number {
  // (Back 120 characters at most: a clause of a note is shorter, and a long paragraph of talk must not
  // be read again for every "in" in it.)
  const ls = Math.max(text.lastIndexOf('\n', at - 1) + 1, at - 120);
  let p = at - 1;
  while (p >= ls) {
    const c = text.charCodeAt(p);
    if (c === 59) return p + 1;
    if (c === 46 && !/(?<![\p{L}])(?:drs?|mrs?|ms|st|\p{L})$/iu.test(text.slice(Math.max(ls, p - 4), p))) return p + 1;
    p--;
  }
  return ls;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (ch: string): boolean => ch !== '' && ch.toLowerCase() !== ch.toUpperCase();
/**
 * A month/day glued to the word before it ("BM4/4", "on6/1."), read around the slash at `slash`: one
 * or two digits, a month and a day, two to five letters before with no letter before them, and
 * no number, slash or decimal after. A measure's word before it ("fio240/5") keeps it a reading.
 */
function gluedDate(text: string, slash: number, push: Push): void {
  let ds = slash;
  while (ds > 0 && slash - ds < 3 && isDigit(text.charCodeAt(ds - 1))) ds--;
  if (ds === slash || slash - ds > 2) return;
  let ls = ds;
  while (ls > 0 && ds - ls < 6 && isLetter(text.charAt(ls - 1))) ls--;
  if (ds - ls < 2 || ds - ls > 5 || (ls > 0 && isLetter(text.charAt(ls - 1)))) return;
  let de = slash + 1;
  while (de < text.length && de - slash <= 3 && isDigit(text.charCodeAt(de))) de++;
  if (de === slash + 1 || de - slash > 3) return;
  const next = text.charCodeAt(de);
  if (next === 47 || (next === 46 && isDigit(text.charCodeAt(de + 1)))) return;
  const month = Number(text.slice(ds, slash));
  const day = Number(text.slice(slash + 1, de));
  if (month < 1 || month > 12 || day < 1 || day > 31 || (text.charAt(ds) === '0' && slash - ds === 1)) return;
  if (MEASURE_WORDS.has(text.slice(ls, ds).toLowerCase())) return;
  push(ds, de, 'DATE', 6);
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
  // (A state or country is no Safe Harbor identifier: "years in Mexico" stays.)
  return !has(t, W.Function | W.CoreStop | W.Calendar | W.Month | W.Clinical | W.Relation | W.Title | W.Everyday | W.Place);
}

// Names that stand for a procedure right after "s/p" ("s/p Kessler", "S/P QUIST"): a surgery is named
// after its inventor, never after the patient's people.
const SP_RE = /(?<![\p{L}\p{N}])s\/p[ \t]+$/iu;
// A pair of names joined by a hyphen before a grade letter or the word for a class is a scoring
// system ("Amsel-Corr B", "AMSEL-CORR CLASS C"): a double-barrelled surname is not graded.
const HYPHEN_PAIR_RE = /^\p{L}+-\p{L}+$/u;
const GRADE_AFTER_RE = /^[ \t]+(?:[A-D](?![\p{L}\p{N}])|(?:class|grade|score|stage|criteria)(?![\p{L}]))/iu;
/** Drops the name spans that are a procedure after "s/p" or a graded scoring system. */
export function dropProcedureNames(text: string, spans: Span[]): Span[] {
  return spans.filter(
    (s) =>
      !(
        s.type === 'NAME' &&
        (SP_RE.test(text.slice(Math.max(0, s.start - 8), s.start)) || (HYPHEN_PAIR_RE.test(text.slice(s.start, s.end)) && GRADE_AFTER_RE.test(text.slice(s.end, s.end + 10))))
      ),
  );
}
