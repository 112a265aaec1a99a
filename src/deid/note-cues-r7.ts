// Cue rules of egress round 7 (issue 14 item 6; R35, R27): kinds of identifier a fifth batch of
// development notes (bench/egress/notes-dev5.jsonl: letters, couples and family sessions, probation,
// veterans, immigrants, dictated and all-capitals notes) showed reaching the provider. Each rule rests
// on a cue of the language, never on the words of those notes:
//   proposals (detectRound7Cues, beside the other detectors)
//   1. a name given by a verb of naming, quoted or not ("a neighbour he calls Skipper", "goes by
//      "Dot"", "known as Red"), and a quoted word before a bracketed relation (""Nonno" (grandfather)");
//   2. a surname before a lower-case word for a household ("the Ostervald family", "the Lund twins");
//   3. a name after a relation by marriage ("sister-in-law Marnie");
//   4. a day of the month after a weekday ("Wednesday 12th") and a spelled ordinal day after "on the"
//      or an appointment word where a clause ends ("on the fourteenth.", "next appt the twenty third");
//   5. a base, camp or fort by its kind word and capitalised name, with no cue before it ("Camp
//      Virelo", "Dunmere AFB");
//   6. a facility after a verb of admission or discharge: two or three capitalised words, not all
//      clinical terms and none a ward or service ("admitted to Heron Gate");
//   7. a prison by its British prefix ("HMP Wrenfold"); a venue whose name opens with a capital "The"
//      after a word of place ("at The Gilded Stoat"); a hospital by its name and "Women's" or
//      "Children's" ("at Larchmere Women's");
//   8. a word no list knows after a verb of moving and a word of place ("deployed to Qarvesh 2012",
//      "grew up in Tawhiroa"), whatever follows it;
//   9. in lower case, a month and day after "on" or "since" ("on june 14") and a street by its kind
//      after "on" ("on birch hollow rd"); in a line of capitals, a house number, street and kind
//      ("77 QUILLET AVE,"); an Indian town and PIN code after a comma ("…, Nashik 422005");
//   joins (joinRound7, once the proposals are merged)
//   10. a shop or venue named by the place it stands in ("outside the Quikstop in Tarrowby"): "the"
//       and capitalised words before in/on and a place, after a word of place or a verb;
//   11. a town written just before a postcode, and an Australian postcode after its state
//       ("Bramwich BX4 9QT", "Wollabah QLD 4517");
//   12. document consistency: a given name that opens a full name ("Joy Farrimond"), a one-word name no
//       vocabulary holds, and a child named with its age ("Sparrow (9)") are the same person wherever
//       written again with a capital ("Joy reports …"), even when the name is also an everyday word;
//   13. a health-plan number's trailing issue digit or version letters ("3141 59265 2", "… AB").
import { MONTHS } from './lexicon.ts';
import { hasFlag as has, memoKeyBits, tokenIndexAt, type Token } from './tokens.ts';
import type { PhiType, Span } from './types.ts';
import { W } from './wordflags.ts';

type Push = (start: number, end: number, type: PhiType, prio: number, why?: string) => void;

// Words that never are a name or a place's own word, however they are written.
const STOP = W.Function | W.CoreStop | W.Calendar | W.Month | W.Title | W.Relation | W.Speech | W.Contraction;
const capitalised = (t: Token): boolean => t.shape === 'title' && t.caseInformative;
const tokenAt = (tokens: readonly Token[], start: number): Token | undefined => tokens[tokenIndexAt(tokens, start)];
// A word written as a name: a capital where case tells, all capitals in a line of capitals.
const nameShaped = (t: Token): boolean => (t.caseInformative ? t.shape === 'title' : t.shape === 'upper' || t.shape === 'title');

// 1. Verbs and phrases that give a name.
const NAMING_VERBS = new Set(['calls', 'call', 'called', 'calling', 'nicknamed', 'dubbed']);
const NAMING_OBJECTS = new Set(['him', 'her', 'them', 'me', 'it', 'us', 'himself', 'herself', 'themselves', 'myself']);
const QUOTE_OPEN = new Set([34, 0x201c, 39, 0x2018]);
// 2. Lower-case words for a household after a surname.
const HOUSEHOLD = new Set(['family', 'families', 'household', 'twins', 'kids', 'children', 'boys', 'girls', 'clan', 'brothers', 'sisters', 'siblings']);
// 3. Relations by marriage written with hyphens. (A pet's name is no identifier of a person: the
//    earlier batches leave "her dog …" unmarked, so no rule takes it.)
const IN_LAW_RE = /^(?:brother|sister|mother|father|son|daughter)-in-law$/;
// 4. Weekdays; spelled ordinals of a month's days.
export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);
const ORDINAL_DAY_RE = /^(?:[12]?\d|3[01])(?:st|nd|rd|th)$/;
const SPELLED_ORDINAL_RE =
  /^[ \t]+((?:(?:twenty|thirty)[ \t-])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)(?=[ \t]*(?:[.,;:)!?]|\n|$)|[ \t]+(?:of|at|and|then|for|period|comma|full[ \t]stop)\b)/i;
const SPELLED_DAY_LEAD = new Set(['on', 'by', 'until', 'till', 'before', 'after', 'since', 'appointment', 'appt', 'session', 'visit', 'review']);
// 5. Kind words before a military or other named site, and base acronyms after one.
const SITE_KIND_FIRST = new Set(['camp', 'fort', 'ft', 'mount', 'mt']);
const BASE_AFTER = new Set(['afb', 'nas', 'angb', 'arb', 'mcas', 'jb']);
// 6. Admission and discharge.
const ADMIT_VERBS = new Set(['admitted', 'readmitted', 'discharged', 'transferred', 'hospitalized', 'hospitalised', 'detoxed', 'committed', 'sectioned']);
const ADMIT_PREPS = new Set(['to', 'from', 'at', 'in', 'into']);
// Services, wards and units of a hospital, which a note names after "admitted to" as often as a place.
const WARD_WORDS = new Set(['medicine', 'surgery', 'service', 'services', 'unit', 'floor', 'ward', 'wards', 'psychiatry', 'psych', 'rehab', 'rehabilitation', 'oncology', 'cardiology', 'neurology', 'neurosurgery', 'telemetry', 'tele', 'icu', 'ccu', 'micu', 'sicu', 'nicu', 'picu', 'csru', 'hospice', 'observation', 'obs', 'step-down', 'stepdown', 'department', 'emergency', 'acute', 'intensive', 'care', 'general', 'internal', 'medical', 'surgical', 'team', 'home', 'inpatient', 'outpatient', 'detox', 'crisis', 'stabilization', 'stabilisation', 'residential', 'program', 'programme', 'hospital', 'center', 'centre', 'clinic', 'the']);

// What each rule asks of a word's key, read once per distinct key (see keyBits): the loop below runs
// on every word of every text, and a dozen set lookups and a regular expression per word cost more
// than the rules themselves. A bit stands for "this key is in that list".
const K_NAMING = 1 << 0; // NAMING_VERBS, or "by"/"as" (after "goes"/"known")
const K_HOUSEHOLD = 1 << 1;
const K_IN_LAW = 1 << 2;
const K_WEEKDAY = 1 << 3;
const K_THE = 1 << 4;
const K_SPELLED_DAY_LEAD = 1 << 5;
const K_SITE_KIND = 1 << 6;
const K_BASE_AFTER = 1 << 7;
const K_ADMIT_PREP = 1 << 8;
const K_ADMIT_VERB = 1 << 9;
const K_WARD_OWNER = 1 << 10;
const K_VENUE_PREP = 1 << 11;
const K_PLACE_PREP = 1 << 12;
const K_MONTH = 1 << 13;
const K_DAY_LEAD = 1 << 14;
const K_LOWER_STREET = 1 << 15;
const K_BY = 1 << 16;
const K_AS = 1 << 17;
const K_GOES = 1 << 18;
const K_KNOWN = 1 << 19;
// The rules that look at the word itself (the others look at the word before it).
const K_OWN = K_NAMING | K_BY | K_AS | K_HOUSEHOLD | K_IN_LAW | K_WEEKDAY | K_THE | K_SITE_KIND | K_BASE_AFTER | K_ADMIT_PREP | K_WARD_OWNER | K_MONTH | K_LOWER_STREET;
const keyBits = memoKeyBits((k) =>
  (NAMING_VERBS.has(k) ? K_NAMING : 0) |
  (k === 'by' ? K_BY : 0) |
  (k === 'as' ? K_AS : 0) |
  (k === 'goes' ? K_GOES : 0) |
  (k === 'known' ? K_KNOWN : 0) |
  (HOUSEHOLD.has(k) ? K_HOUSEHOLD : 0) |
  (IN_LAW_RE.test(k) ? K_IN_LAW : 0) |
  (WEEKDAYS.has(k) ? K_WEEKDAY : 0) |
  (k === 'the' ? K_THE : 0) |
  (SPELLED_DAY_LEAD.has(k) ? K_SPELLED_DAY_LEAD : 0) |
  (SITE_KIND_FIRST.has(k) ? K_SITE_KIND : 0) |
  (BASE_AFTER.has(k) ? K_BASE_AFTER : 0) |
  (ADMIT_PREPS.has(k) ? K_ADMIT_PREP : 0) |
  (ADMIT_VERBS.has(k) ? K_ADMIT_VERB : 0) |
  (WARD_OWNERS.has(k) ? K_WARD_OWNER : 0) |
  (VENUE_PREPS.has(k) ? K_VENUE_PREP : 0) |
  (PLACE_PREPS.has(k) ? K_PLACE_PREP : 0) |
  (MONTHS.has(k) ? K_MONTH : 0) |
  (DAY_LEADS.has(k) ? K_DAY_LEAD : 0) |
  (LOWER_STREET.has(k) ? K_LOWER_STREET : 0),
);

export function detectRound7Cues(text: string, tokens: readonly Token[], push: Push): void {
  let pb = tokens.length > 0 ? keyBits(tokens[0]!) : 0;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const p = tokens[i - 1]!;
    const tb = keyBits(t);
    const kb = pb;
    pb = tb;
    // (Most words open no rule: only the prison prefix and a word no list knows after a word of place
    // are tested on something else.)
    if ((tb & K_OWN) === 0 && (kb & K_PLACE_PREP) === 0 && t.text !== 'HMP' && t.text !== 'HMYOI') continue;
    if (tb & (K_NAMING | K_BY | K_AS) && ((tb & K_NAMING) !== 0 || ((tb & K_BY) !== 0 && (kb & K_GOES) !== 0) || ((tb & K_AS) !== 0 && (kb & K_KNOWN) !== 0))) namedBy(text, tokens, i, push);
    if (tb & K_HOUSEHOLD && t.shape === 'lower' && p.key.length >= 3 && capitalised(p) && t.tightBefore && i >= 2 && tokens[i - 2]!.key === 'the') householdSurname(tokens, i, push);
    if (tb & K_IN_LAW && i + 1 < tokens.length) afterKin(tokens, i, push);
    if (tb & K_WEEKDAY && i + 1 < tokens.length) dayAfterWeekday(text, tokens, i, push);
    if (tb & K_THE && kb & K_SPELLED_DAY_LEAD && t.tightBefore) spelledDay(text, t, push);
    if (tb & K_SITE_KIND && nameShaped(t) && i + 1 < tokens.length) kindFirstSite(text, tokens, i, push);
    if (tb & K_BASE_AFTER && t.shape === 'upper' && nameShaped(p) && t.tightBefore && !has(p, STOP) && p.key.length >= 3) push(p.start, t.end, 'GEO', 5, 'place: a base by its name and acronym (… AFB)');
    if (tb & K_ADMIT_PREP && kb & K_ADMIT_VERB && i + 1 < tokens.length) admittedTo(tokens, i, push);
    if ((t.text === 'HMP' || t.text === 'HMYOI') && i + 1 < tokens.length && capitalised(tokens[i + 1]!) && tokens[i + 1]!.tightBefore && !has(tokens[i + 1]!, STOP)) push(t.start, tokens[i + 1]!.end, 'GEO', 5, 'place: a prison by its British prefix (HMP …)');
    if (tb & K_THE && t.text === 'The' && !t.sentenceStart && t.caseInformative && kb & K_VENUE_PREP && i + 1 < tokens.length) theVenue(tokens, i, push);
    if (tb & K_WARD_OWNER && capitalised(t) && capitalised(p) && t.tightBefore && !has(p, STOP | W.Clinical) && p.key.length >= 3 && i >= 2 && VENUE_PREPS.has(tokens[i - 2]!.key) && !nounAfter(tokens, i)) push(p.start, t.end, 'GEO', 5, "place: a hospital by its name and Women's or Children's");
    if (kb & K_PLACE_PREP && capitalised(t) && (t.flags & ~(W.CityStart | W.Popular)) === 0 && t.key.length >= 3 && movedBefore(tokens, i - 1)) unknownAfterMoving(tokens, i, push);
    if (t.shape === 'lower' && tb & K_MONTH && kb & K_DAY_LEAD && t.tightBefore) lowerMonthDay(text, t, push);
    if (t.shape === 'lower' && tb & K_LOWER_STREET && i >= 2) lowerStreet(text, tokens, i, push);
  }
  if (/\d[ \t]+[A-Z]{3,}/.test(text)) capsAddresses(text, tokens, push);
  if (/[,][ \t]*\p{Lu}\p{Ll}+[ \t]+\d{6}(?!\d)/u.test(text)) indianPin(text, tokens, push);
  // A child named with an age in brackets after a relation or in a list: "daughter Sparrow (9)", ", Tamsin (12)".
  if (bracketedNumber(text)) for (const at of bracketedAgeNames(text)) {
    const k = tokenIndexAt(tokens, at);
    if (k < 1) continue;
    const w = tokens[k]!;
    const p = tokens[k - 1]!;
    const listed = text.charCodeAt(p.end) === 44 || p.key === 'and';
    if (!capitalised(w) || has(w, STOP | W.Clinical | W.Place) || !(has(p, W.Relation) || listed)) continue;
    push(w.start, w.end, 'NAME', 4, 'name: a relative or child with an age in brackets');
  }
  // The person a letter or call is about: "Re: Lily-Mae Sutter" at a line's start or after a comma, two
  // or three capitalised words, the first a given name or a word no list knows.
  if (/re:/i.test(text)) for (const m of text.matchAll(/(?:^|\n|,)[ \t]*re:[ \t]+((?:Mr|Mrs|Ms|Miss|Mx|Master)\.?[ \t]+)?(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?:[ \t]+\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?){1,2})(?=[ \t]*(?:[,.;(\n]|$))/giu)) {
    const start = m.index + m[0].length - m[2]!.length;
    const k = tokenIndexAt(tokens, start);
    const first = tokens[k];
    // (A hyphenated given name is read as its parts, "lily" and "mae" words: its hyphen is evidence enough.)
    if (first === undefined || has(first, STOP | W.Clinical | W.Place) || (has(first, W.Common) && !has(first, W.First) && !first.text.includes('-'))) continue;
    push(start, start + m[2]!.length, 'NAME', 6, 'name: the person a letter is about, after Re:');
  }
  // A quoted word before a bracketed relation: "Nonno" (grandfather).
  if (text.includes('"') || text.includes('“')) for (const m of text.matchAll(/["“](\p{Lu}[\p{L}'’-]+)["”][ \t]*\((?:step|foster|adoptive|bio(?:logical)?|grand|god)?[ \t-]?(?:father|mother|dad|mom|mum|brother|sister|son|daughter|parent|uncle|aunt|cousin|grandmother|grandfather|partner|husband|wife|boyfriend|girlfriend)\)/gu)) {
    push(m.index + 1, m.index + 1 + m[1]!.length, 'NAME', 6, 'name: a quoted name before a bracketed relation');
  }
}

// A capitalised word before an age in brackets, after a letter and a space or a comma and a space.
const BRACKETED_AGE_RE = /(?<=(?:[\p{L}][ \t]|,[ \t]))(\p{Lu}\p{Ll}{2,})(?=[ \t]\((?:age[ \t])?\d{1,2}(?:[ \t]?(?:yo|y\/o|yrs?))?\))/uy;
const LOWER_LETTER_RE = /^\p{Ll}$/u;

/**
 * Where BRACKETED_AGE_RE matches in `text`, in order: the same starts as its global scan, found from
 * each "(" after a space or tab instead of trying the lookbehind at every position. Every match ends
 * at such a bracket, its lower-case letters run back to the one capital that starts it (a capital is
 * no lower-case letter), so that start is the only place to try for each bracket, and two matches
 * never overlap.
 */
export function bracketedAgeNames(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) {
    const b = text.charCodeAt(i - 1);
    if (b !== 32 && b !== 9) continue;
    // Back over the lower-case letters (a letter beyond the BMP is two code units) to the capital.
    let j = i - 1;
    for (;;) {
      const lo = text.charCodeAt(j - 1);
      const size = lo >= 0xdc00 && lo <= 0xdfff && j >= 2 && text.charCodeAt(j - 2) >= 0xd800 && text.charCodeAt(j - 2) <= 0xdbff ? 2 : 1;
      if (j - size < 0 || !LOWER_LETTER_RE.test(text.slice(j - size, j))) break;
      j -= size;
    }
    const lo = text.charCodeAt(j - 1);
    const hi = text.charCodeAt(j - 2);
    const start = lo >= 0xdc00 && lo <= 0xdfff && hi >= 0xd800 && hi <= 0xdbff ? j - 2 : j - 1;
    if (start < 0) continue;
    BRACKETED_AGE_RE.lastIndex = start;
    if (BRACKETED_AGE_RE.test(text)) out.push(start);
  }
  return out;
}

// The test before the bracketed-age scan above (whose lookbehind runs at every position): some "("
// after a space or tab with a digit, or "age" and a space or tab and a digit, inside it.
function bracketedNumber(text: string): boolean {
  for (let i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) {
    const b = text.charCodeAt(i - 1);
    if (b !== 32 && b !== 9) continue;
    let j = i + 1;
    if (text.startsWith('age', j) && (text.charCodeAt(j + 3) === 32 || text.charCodeAt(j + 3) === 9)) j += 4;
    const c = text.charCodeAt(j);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

// 1. "he calls Skipper", "calls her "Bizzy"", "goes by Dot", "known as Red": the word after the
//    verb (and a pronoun), capitalised or quoted.
function namedBy(text: string, tokens: readonly Token[], i: number, push: Push): void {
  let k = i + 1;
  if (tokens[k] !== undefined && NAMING_OBJECTS.has(tokens[k]!.key)) k++;
  const w = tokens[k];
  if (w === undefined || w.key.length < 2 || has(w, STOP)) return;
  // ("calls Sundays": a day of the week in the plural says when, not who.)
  if (WEEKDAYS.has(w.key.replace(/s$/, '')) || WEEKDAYS.has(w.key.replace(/s$/, '').replace(/day$/, ''))) return;
  const gap = text.slice(tokens[k - 1]!.end, w.start);
  const quoted = /^[ \t]*["“'‘]$/.test(gap) && QUOTE_OPEN.has(text.charCodeAt(w.start - 1));
  if (!quoted && !(/^[ \t]+$/.test(gap) && capitalised(w))) return;
  // ("called me "useless"", "calls me "honey"": a lower-case everyday word in quotes is an insult or an
  // endearment, not a name.)
  if (quoted && w.shape === 'lower' && has(w, W.Common)) return;
  // ("calls Monday", "called Emergency": a word of the calendar or a clinical term is no name given.)
  if (!quoted && has(w, W.Clinical)) return;
  push(w.start, w.end, 'NAME', 6, 'name: given by a verb of naming (calls, goes by, known as)');
}

// 2. "the Ostervald family": the capitalised word before a lower-case household word.
function householdSurname(tokens: readonly Token[], i: number, push: Push): void {
  const s = tokens[i - 1]!;
  if (has(s, STOP | W.Clinical | W.Place) || s.sentenceStart) return;
  push(s.start, s.end, 'NAME', 4, 'name: a surname before a household word (the … family)');
}

// 3. "sister-in-law Marnie": a capitalised word after a relation by marriage.
function afterKin(tokens: readonly Token[], i: number, push: Push): void {
  const w = tokens[i + 1]!;
  // (A capital mid-sentence is the evidence: the lexicon's clinical words hold some given names too.)
  if (!w.tightBefore || !capitalised(w) || w.key.length < 2 || has(w, STOP)) return;
  push(w.start, w.end, 'NAME', 4, 'name: after a relation by marriage');
}

// 4. "Tuesday 9th", "Sat the 4th": a day of the month after a weekday.
function dayAfterWeekday(text: string, tokens: readonly Token[], i: number, push: Push): void {
  // ("I sat the 9th grade exam": a lower-case weekday abbreviation that is also a word — sat, sun, wed —
  // is the word.)
  if (tokens[i]!.shape === 'lower' && has(tokens[i]!, W.Common)) return;
  let k = i + 1;
  if (tokens[k]?.key === 'the') k++;
  const d = tokens[k];
  if (d === undefined) return;
  // (The ordinal is one token with its digits: the tokenizer keeps "9th" whole only as letters, so read the text.)
  const m = /^[ \t]+(?:the[ \t]+)?((?:[12]?\d|3[01])(?:st|nd|rd|th))(?![\p{L}\p{N}])/u.exec(text.slice(tokens[i]!.end, tokens[i]!.end + 12));
  if (m !== null) {
    const at = tokens[i]!.end + m[0].length - m[1]!.length;
    push(at, at + m[1]!.length, 'DATE', 5, 'date: a day of the month after a weekday');
    return;
  }
  if (ORDINAL_DAY_RE.test(d.key)) push(d.start, d.end, 'DATE', 5, 'date: a day of the month after a weekday');
}

function spelledDay(text: string, the: Token, push: Push): void {
  const m = SPELLED_ORDINAL_RE.exec(text.slice(the.end, the.end + 30));
  if (m === null) return;
  const at = the.end + m[0].length - m[1]!.length;
  push(at, at + m[1]!.length, 'DATE', 5, 'date: a spelled day of the month after on the, where a clause ends');
}

// 5. "Camp Virelo", "Fort Addle", "Mt Kenyon": a kind word and a capitalised name, cue or none.
function kindFirstSite(text: string, tokens: readonly Token[], i: number, push: Push): void {
  const t = tokens[i]!;
  const w = tokens[i + 1]!;
  // (A clinical flag says little here: the lexicon holds "bucca", "rest" and such beside the drugs.)
  if (!w.tightBefore || !nameShaped(w) || w.key.length < 3 || has(w, STOP)) return;
  // In a line of capitals "MT" and "FT" are shorthand ("CT/MT DSD", "WEARING FT"): only the full word
  // there, before a word that is no clinical term.
  if (!t.caseInformative && (t.key.length < 4 || has(w, W.Clinical))) return;
  // (Sentence-initial "Camp" may be the verb or a heading: then the name must be a word no list knows.)
  if (t.sentenceStart && w.flags !== 0) return;
  if (text.charCodeAt(t.end) === 46 && t.key !== 'mt' && t.key !== 'ft') return;
  push(t.start, w.end, 'GEO', 5, 'place: a camp, fort or mount by its name');
}

// 6. "admitted to Heron Gate", "discharged from Alder Vale": two or three capitalised words after a verb of
//    admission, none a clinical term or a word that is never a name (so not "admitted to Medicine ICU").
function admittedTo(tokens: readonly Token[], i: number, push: Push): void {
  let k = i + 1;
  if (tokens[k]?.key === 'the') k++;
  const first = k;
  let clinical = 0;
  while (k < tokens.length && k - first < 3 && tokens[k]!.tightBefore && capitalised(tokens[k]!) && !has(tokens[k]!, STOP) && !WARD_WORDS.has(tokens[k]!.key)) {
    if (has(tokens[k]!, W.Clinical)) clinical++;
    k++;
  }
  // (Two words at least, and not all of them clinical terms: "Neuro Step-down" is a ward.)
  if (k - first < 2 || clinical === k - first) return;
  push(tokens[first]!.start, tokens[k - 1]!.end, 'GEO', 5, 'place: a facility after a verb of admission or discharge');
}

// 7. "at The Gilded Stoat": "The" with its capital mid-sentence, after a word of place, and one to three
//     capitalised words.
const VENUE_PREPS = new Set(['at', 'to', 'from', 'outside', 'near', 'behind', 'inside', 'in', 'opposite']);
function theVenue(tokens: readonly Token[], i: number, push: Push): void {
  let k = i + 1;
  while (k < tokens.length && k - i <= 3 && tokens[k]!.tightBefore && capitalised(tokens[k]!) && !has(tokens[k]!, STOP)) k++;
  if (k === i + 1) return;
  push(tokens[i]!.start, tokens[k - 1]!.end - (/['’]s$/.test(tokens[k - 1]!.text) ? 2 : 0), 'GEO', 5, 'place: a venue whose name opens with The, after a word of place');
}
const WARD_OWNERS = new Set(['women', "women's", 'womens', 'children', "children's", 'childrens']);
// A lower-case noun after the words makes them a kind ("at Larchmere Women's clinic" is the clinic's business).
const nounAfter = (tokens: readonly Token[], i: number): boolean => {
  const q = tokens[i + 1];
  return q !== undefined && q.tightBefore && q.shape === 'lower' && !has(q, W.Function | W.CoreStop);
};

// 8. "deployed to Qarvesh 2012": a verb of moving one to three words before the word of place.
const PLACE_PREPS = new Set(['in', 'to', 'from', 'near', 'at', 'into', 'outside']);
function movedBefore(tokens: readonly Token[], prep: number): boolean {
  for (let j = prep - 1; j >= Math.max(0, prep - 3); j--) if (has(tokens[j]!, W.LocVerb)) return true;
  return false;
}
function unknownAfterMoving(tokens: readonly Token[], i: number, push: Push): void {
  let k = i + 1;
  // (A second word no list knows goes with it: "Nuku Hiva".)
  if (k < tokens.length && tokens[k]!.tightBefore && capitalised(tokens[k]!) && tokens[k]!.flags === 0) k++;
  push(tokens[i]!.start, tokens[k - 1]!.end, 'GEO', 5, 'place: a word no list knows after a verb of moving and a word of place');
}

// 9. Lower case: "left on june 14", "since june 14th"; "on birch hollow rd".
const DAY_LEADS = new Set(['on', 'since', 'until', 'till', 'before', 'after', 'by']);
function lowerMonthDay(text: string, t: Token, push: Push): void {
  const m = /^[ \t]+(?:[12]?\d|3[01])(?:st|nd|rd|th)?(?![\p{L}\p{N}/.:%-])/u.exec(text.slice(t.end, t.end + 8));
  if (m !== null) push(t.start, t.end + m[0].length, 'DATE', 5, 'date: a lower-case month and day after on or since');
}
const LOWER_STREET = new Set(['st', 'ave', 'rd', 'blvd', 'street', 'avenue', 'road', 'boulevard']);
const STREET_PREPS = new Set(['on', 'off', 'along', 'near']);
function lowerStreet(text: string, tokens: readonly Token[], i: number, push: Push): void {
  const t = tokens[i]!;
  // One or two words between the preposition and the street word, none a word that only joins.
  let j = i - 1;
  while (j >= 0 && i - j <= 2 && tokens[j]!.shape === 'lower' && tokens[j + 1]!.tightBefore && !has(tokens[j]!, W.Function | W.CoreStop | W.Clinical) && !STREET_PREPS.has(tokens[j]!.key)) j--;
  if (j === i - 1 || j < 0 || !STREET_PREPS.has(tokens[j]!.key) || !tokens[j + 1]!.tightBefore) return;
  // ("on the road", "off rd": a street word needs a name before it; a full stop after "st" is fine.)
  if (/^[\p{L}\p{N}]/u.test(text.slice(t.end, t.end + 1))) return;
  push(tokens[j + 1]!.start, t.end, 'GEO', 5, 'place: a lower-case street after on or off');
}
// "77 QUILLET AVE,": in a line of capitals, a house number, one or two words and a street kind, then a
// comma, a full stop or the line's end (so not "1 MM ST ELEVATION"). "DR" and "CT" are left out: in
// capitals they are a doctor and a scan far more often ("… 2200 PER DR.").
const CAPS_ADDRESS_RE = /(?<![\p{L}\p{N}])(\d{1,5})[ \t]+([A-Z]{3,}(?:[ \t]+[A-Z]{3,})?)[ \t]+(ST|AVE|RD|LN|BLVD|HWY|STREET|AVENUE|ROAD|LANE|DRIVE)(?=[ \t]*(?:[,.;]|\n|$))/gu;
function capsAddresses(text: string, tokens: readonly Token[], push: Push): void {
  for (const m of text.matchAll(CAPS_ADDRESS_RE)) {
    const wordsAt = m.index + m[0].indexOf(m[2]!, m[1]!.length);
    const ws = tokens.filter((x) => x.start >= wordsAt && x.end <= wordsAt + m[2]!.length);
    if (ws.length === 0 || ws.some((w) => w.caseInformative || has(w, W.Clinical | W.Function | W.CoreStop))) continue;
    push(m.index, m.index + m[0].length, 'GEO', 5, 'place: a house number, street and kind in a line of capitals');
  }
}
// "…, Gandhi Lane, Nashik 422005": after a comma, a capitalised town and a six-digit PIN code.
function indianPin(text: string, tokens: readonly Token[], push: Push): void {
  for (const m of text.matchAll(/,[ \t]*(\p{Lu}\p{Ll}+)[ \t]+(\d{6})(?![\p{L}\p{N}])/gu)) {
    const at = m.index + m[0].indexOf(m[1]!);
    const w = tokenAt(tokens, at);
    if (w === undefined || has(w, STOP | W.Clinical)) continue;
    push(at, m.index + m[0].length, 'GEO', 5, 'place: a town and a six-digit PIN code after a comma');
  }
}

// ---- joins, once the proposals are merged ------------------------------------------------------

const SHOP_LEAD = new Set(['at', 'outside', 'behind', 'near', 'from', 'past', 'by', 'of', 'to', 'inside', 'opposite', 'across']);
const AU_STATES = new Set(['NSW', 'VIC', 'QLD', 'TAS', 'ACT', 'WA', 'SA', 'NT']);
const AGE_IN_BRACKETS_RE = /^[ \t]\((?:age[ \t])?\d{1,2}(?:[ \t]?(?:yo|y\/o|yrs?))?\)/;
const UK_POSTCODE_RE = /^[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}$/;

export function joinRound7(text: string, tokens: readonly Token[], spans: Span[]): Span[] {
  if (spans.length === 0) return spans;
  const added: Span[] = [];
  // (The merged spans are sorted and apart: a binary search finds the last one starting before e.)
  const covered = (s: number, e: number): boolean => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]!.start < e) lo = mid + 1;
      else hi = mid - 1;
    }
    return (hi >= 0 && spans[hi]!.end > s) || added.some((o) => o.start < e && o.end > s);
  };
  for (const s of spans) {
    if (s.type !== 'GEO' && s.type !== 'NAME') continue;
    const k = tokenIndexAt(tokens, s.start);
    if (k < 0) continue;
    if (shopBeforePlace(text, tokens, k, spans, added, covered)) s.type = 'GEO';
    if (s.type === 'GEO') townBeforePostcode(text, tokens, k, s, added, covered);
  }
  // The place after in/on may be a word no detector took ("outside the Quikstop in Tarrowby"): one no list knows.
  for (let k = 2; k < tokens.length; k++) {
    const t = tokens[k]!;
    const p = tokens[k - 1]!;
    if (t.flags !== 0 || (p.key !== 'in' && p.key !== 'on') || !capitalised(t) || t.key.length < 3 || covered(t.start, t.end)) continue;
    if (shopBeforePlace(text, tokens, k, spans, added, covered)) added.push({ start: t.start, end: t.end, type: 'GEO' });
  }
  repeatedGivenNames(text, tokens, spans, added, covered);
  for (const s of spans) if (s.type === 'HEALTH_PLAN') planTail(text, s, covered);
  if (added.length === 0) return spans;
  return [...spans, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

// 10. "outside the Quikstop in Tarrowby": "the", one to three capitalised words, "in"/"on", and a place
//    found; after a word of place (at, outside, behind …) or a verb.
//     (The word after in/on may have been read as a name: "the Quikstop in Tarrowby" makes it a place.)
function shopBeforePlace(text: string, tokens: readonly Token[], k: number, spans: Span[], added: Span[], covered: (s: number, e: number) => boolean): boolean {
  const prep = tokens[k - 1];
  if (prep === undefined || (prep.key !== 'in' && prep.key !== 'on') || !capitalised(tokens[k]!)) return false;
  let j = k - 2;
  const last = j;
  while (j >= 0 && last - j < 3 && (capitalised(tokens[j]!) || (tokens[j]!.text.length === 1 && tokens[j]!.shape === 'upper' && tokens[j]!.caseInformative)) && !has(tokens[j]!, STOP | W.Clinical | W.Place)) j--;
  if (j === last || j < 1) return false;
  const the = tokens[j]!;
  const lead = tokens[j - 1]!;
  // After a word of place ("behind the …", "the lot of the …"), or a verb ("fled the …"); not after "and the".
  if (the.key !== 'the' || !(SHOP_LEAD.has(lead.key) || (lead.shape === 'lower' && !has(lead, W.Function | W.CoreStop) && /(?:ed|s)$/.test(lead.key)))) return false;
  const start = tokens[j + 1]!.start;
  const end = tokens[last]!.end;
  if (/[.,;:\n]/.test(text.slice(start, tokens[k]!.start))) return false;
  // (The shop's own words may have been read as a name: "the Quikstop" is then a place.)
  const named = spans.find((o) => o.start === start && o.end === end && o.type === 'NAME');
  if (named !== undefined) named.type = 'GEO';
  else if (covered(start, end)) return false;
  else added.push({ start, end, type: 'GEO' });
  return true;
}

// 11. "Bramwich BX4 9QT", "Wollabah QLD 4517": the town before a postcode, and an Australian postcode.
function townBeforePostcode(text: string, tokens: readonly Token[], k: number, s: Span, added: Span[], covered: (s: number, e: number) => boolean): void {
  const value = text.slice(s.start, s.end);
  const town = tokens[k - 1];
  if (UK_POSTCODE_RE.test(value) && town !== undefined && /^[ \t]+$/.test(text.slice(town.end, s.start)) && nameShaped(town) && !has(town, STOP) && town.key.length >= 3 && !covered(town.start, town.end)) {
    added.push({ start: town.start, end: town.end, type: 'GEO' });
  }
  // "Wollabah QLD 4517": the state may have been read into the town's span.
  const m = /^(?:[ \t]+([A-Z]{2,3}))?[ \t]+(\d{4})(?![\d/.:-]?\d)/.exec(text.slice(s.end, s.end + 12));
  if (m === null) return;
  const state = m[1] ?? /([A-Z]{2,3})$/.exec(value)?.[1];
  if (state === undefined || !AU_STATES.has(state)) return;
  const start = s.end + m[0].length - 4;
  if (!covered(start, start + 4)) added.push({ start, end: start + 4, type: 'GEO' });
}

// 13. "Medicare 3141 59265 2", "OHIP … AB": a single issue digit or two version letters
//     after a health-plan number, before a stop or the line's end.
function planTail(text: string, s: Span, covered: (s: number, e: number) => boolean): void {
  const m = /^[ \t](?:\d|[A-Z]{2})(?=[ \t]*(?:[.,;)]|\n|$))/.exec(text.slice(s.end, s.end + 5));
  if (m === null || covered(s.end + 1, s.end + m[0].length)) return;
  s.end += m[0].length;
}

// 12. A given name that opens a full name found ("Joy Farrimond"): the same word with a capital
//     elsewhere is that person, even where it is also a word ("Joy reports …").
function repeatedGivenNames(text: string, tokens: readonly Token[], spans: Span[], added: Span[], covered: (s: number, e: number) => boolean): void {
  const given = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'NAME') continue;
    const m = /^(\p{Lu}\p{Ll}{2,})[ \t]+\p{Lu}[\p{L}'’-]+$/u.exec(text.slice(s.start, s.end));
    if (m === null) continue;
    const t = tokenAt(tokens, s.start);
    if (t === undefined || !capitalised(t) || !has(t, W.First) || has(t, STOP | W.Clinical | W.Place)) continue;
    given.add(m[1]!);
  }
  // A one-word name with an age in brackets after it ("Sparrow (9)") is a person: likewise.
  for (const s of spans) {
    if (s.type !== 'NAME' || !AGE_IN_BRACKETS_RE.test(text.slice(s.end, s.end + 8))) continue;
    const t = tokenAt(tokens, s.start);
    if (t !== undefined && t.end === s.end && capitalised(t) && t.key.length >= 3 && !has(t, STOP | W.Clinical | W.Place)) given.add(t.text);
  }
  // A one-word name no vocabulary holds ("Bizzy", "Dot"), whichever rule found it, likewise.
  for (const s of spans) {
    if (s.type !== 'NAME') continue;
    const t = tokenAt(tokens, s.start);
    if (t === undefined || t.end !== s.end || !capitalised(t) || t.key.length < 3 || has(t, STOP | W.Common | W.Clinical | W.Everyday | W.Place)) continue;
    given.add(t.text);
  }
  if (given.size === 0) return;
  for (const t of tokens) {
    // (The word less a possessive "'s" or "’s", read from character codes: a regex replace on every
    // word of the text cost more than the rest of this join.)
    const w = t.text;
    const len = w.length;
    const bare = len >= 2 && w.charCodeAt(len - 1) === 115 && (w.charCodeAt(len - 2) === 39 || w.charCodeAt(len - 2) === 0x2019) ? w.slice(0, -2) : w;
    if (!given.has(bare) || !capitalised(t)) continue;
    const end = t.start + bare.length;
    if (covered(t.start, end)) continue;
    added.push({ start: t.start, end, type: 'NAME' });
  }
}
