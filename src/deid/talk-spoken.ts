// Identifiers as people say them aloud or type them to dodge scrapers (R35, issue 14). The shape
// detectors in patterns.ts and dates.ts read written forms; speech-to-text and chat write the same
// identifiers differently:
//   - numbers read in pairs and teens ("four one two, five five five, fifty-three fourteen"), a
//     social security number read out after "social", an area code given on its own;
//   - a surname followed by its spelling ("Nowak, N-O-W-A-K"): the letters spell the word before;
//   - an e-mail address hidden from scrapers ("jo.kim at mail.com", "jo [at] mail [dot] com");
//   - date ranges that finish with a bare day ("March 10 through 13"), a month and day "of" a
//     year, a day alone after "on the" at the end of a clause;
//   - an age over 89 in words after a verb of reaching ("made it to ninety nine").
// Every rule sits behind a cheap first test on the whole text, so notes without these cues pay
// one regular-expression test each.
import type { Token } from './tokens.ts';
import type { PhiType } from './types.ts';
import { scan, scanAtStarts, type Push } from './scan.ts';

// ---- numbers read out with teens and tens ---------------------------------------------------------

export const DIGIT_W = 'zero|oh|one|two|three|four|five|six|seven|eight|nine';
const TEEN_W = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS_W = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
// One spoken group: a digit word (maybe doubled), a teen, a tens word with its unit, or 1-4 digits.
export const NUM_W = `(?:(?:double|triple)\\s+(?:${DIGIT_W})|(?:${TENS_W})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|${TEEN_W}|${DIGIT_W}|\\d{1,4})`;
// Three or more groups in a row; commas, dots, dashes and pauses between them.
const SPOKEN_RUN_RE = new RegExp(`\\b${NUM_W}(?:[\\s,.\\-–—…]+${NUM_W}){2,}\\b`, 'gi');
// Only a run with a teen or tens word is this rule's: runs of single digits are patterns.ts's.
const TEEN_TENS_GATE_RE = new RegExp(`\\b(?:${TEEN_W}|${TENS_W})\\b`, 'i');
const SINGLE_DIGIT_RE = new RegExp(`^(?:${DIGIT_W})$`);
const TEEN_RE = new RegExp(`^(?:${TEEN_W})$`);
const TENS_RE = new RegExp(`^(?:${TENS_W})(?:-\\w+)?$`);
const SSN_CUE_RE = /\b(?:social|ssn|social security)\b[^.\n]{0,24}$/i;
const PHONE_WORD_RE = /\b(?:number|phone|cell|call|text|reach|get me|contact|mobile|landline)\b[^.\n]{0,24}$/i;

/** Digits a spoken run stands for, and how many of its groups are single digit words. */
export function readRun(v: string): { digits: number; singles: number; roundTens: number; groups: number } {
  const words = v.toLowerCase().replace(/\b((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)) (one|two|three|four|five|six|seven|eight|nine)\b/g, '$1-$2').split(/[\s,.–—…]+/).filter(Boolean);
  let digits = 0;
  let singles = 0;
  let roundTens = 0;
  let mult = 1;
  for (const w of words) {
    if (w === 'double' || w === 'triple') {
      mult = w === 'double' ? 2 : 3;
      continue;
    }
    if (/^\d+$/.test(w)) digits += w.length;
    else if (SINGLE_DIGIT_RE.test(w)) {
      digits += mult;
      singles++;
    } else if (TEEN_RE.test(w)) digits += 2;
    else if (TENS_RE.test(w)) {
      digits += 2;
      if (!w.includes('-')) roundTens++;
    } else if (/^\d+-\d+$/.test(w)) digits += w.length - 1;
    mult = 1;
  }
  return { digits, singles, roundTens, groups: words.length };
}

/**
 * "four seven five, eight nine two, fifty-three fourteen": a phone number (or, after "social", a
 * social security number) read with teens and tens. Counting ("ten, twenty, thirty, forty") and
 * years ("nineteen ninety-nine") are not: the run needs seven to fifteen digits, not only round tens,
 * and either three single digit words or a phone word before it.
 */
export function detectSpokenRuns(text: string, push: Push): void {
  if (!TEEN_TENS_GATE_RE.test(text)) return;
  scan(SPOKEN_RUN_RE, text, (m) => {
    const v = m[0];
    if (!TEEN_TENS_GATE_RE.test(v) || !/[a-z]/i.test(v)) return;
    const r = readRun(v);
    if (r.digits < 7 || r.digits > 15 || r.roundTens >= r.groups - 1) return;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const ssn = r.digits === 9 && SSN_CUE_RE.test(before);
    if (!ssn && r.singles < 3 && !PHONE_WORD_RE.test(before)) return;
    push(m.index, m.index + v.length, ssn ? 'SSN' : 'PHONE', ssn ? 9 : 7);
  });
}

// A run of digit words after "social" is the social security number, not a phone (the run itself
// is found by patterns.ts; this only retypes it).
const SSN_WORDS_RE = new RegExp(`\\b(?:social|ssn|social security)(?:\\s+(?:number|no|#))?\\s*(?:is|was|:|=|'s)?\\s*((?:${DIGIT_W}|\\d{1,4})(?:[\\s,.\\-]+(?:${DIGIT_W}|\\d{1,4})){2,})`, 'gi');

export function detectSpokenSsn(text: string, push: Push): void {
  if (!/\b(?:social|ssn)\b/i.test(text)) return;
  scan(SSN_WORDS_RE, text, (m) => {
    const v = m[1]!.replace(/[\s,.-]+$/, '');
    if (readRun(v).digits !== 9) return;
    const s = m.index + m[0].length - m[1]!.length;
    push(s, s + v.length, 'SSN', 9);
  });
}

// "the area code is five oh three", "area code 412": the three digits said apart from the number.
const AREA_CODE_RE = new RegExp(`\\barea code\\s*(?:is|was|'s|:)?\\s*((?:${DIGIT_W})(?:[\\s,-]+(?:${DIGIT_W})){2}|\\d{3})\\b`, 'gi');

export function detectAreaCodes(text: string, push: Push): void {
  if (!/area code/i.test(text)) return;
  scan(AREA_CODE_RE, text, (m) => {
    const s = m.index + m[0].length - m[1]!.length;
    push(s, s + m[1]!.length, 'PHONE', 7);
  });
}

// ---- a word spelled out ---------------------------------------------------------------------------

// Three or more capital letters, each followed by the same kind of separator ("N-O-W-A-K",
// "N O W A K", "N. O. W. A. K.").
const SPELLED_RE = /(?<![\p{L}\p{N}])[A-Z](?:(?:-|\.? )[A-Z]){2,}\.?(?![\p{L}\p{N}])/gu;
const SPELLED_GATE_RE = /[A-Z](?:-|\.? )[A-Z](?:-|\.? )[A-Z]/;
const SPELL_CUE_RE = /\b(?:spell(?:ed|s|ing)?|last name|surname|first name|name is|name's)\b[^\n]{0,40}$/i;

/**
 * "Nowak, N-O-W-A-K": letters that spell the word just before them (or that follow "spelled",
 * "last name"), with the word. Acronyms ("A A meeting", "I-C-U") spell no neighbour and have no cue.
 */
export function detectSpelledWords(text: string, push: Push): void {
  if (!SPELLED_GATE_RE.test(text)) return;
  scan(SPELLED_RE, text, (m) => {
    const letters = m[0].replace(/[^A-Z]/g, '');
    if (letters.length < 3) return;
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const word = new RegExp(`(?<![\\p{L}])(${letters.split('').join("['’ -]?")})[\\s,:;.—–-]*(?:(?:that's|that is|it's|its|spelled|spelt|like)[\\s,:]*)*$`, 'iu').exec(before);
    if (word) {
      const ws = m.index - before.length + word.index;
      push(ws, ws + word[1]!.length, 'NAME', 6);
    } else if (!SPELL_CUE_RE.test(before)) return;
    push(m.index, m.index + m[0].replace(/\.$/, '').length, 'NAME', 6);
  });
}

// ---- e-mail hidden from scrapers ------------------------------------------------------------------

// Providers whose name after " at " says e-mail even with a plain local part ("jo at gmail.com").
export const MAIL_HOSTS = 'gmail|googlemail|yahoo|ymail|aol|hotmail|outlook|live|msn|icloud|me|mac|comcast|att|verizon|sbcglobal|proton|protonmail|mail|gmx|zoho|cox|charter|earthlink|bellsouth';
const MAIL_HOST_RE = new RegExp(`^(?:${MAIL_HOSTS})$`, 'i');
const OBF_DOT = String.raw`(?:\s*[[(]\s*dot\s*[\])]\s*|\s+dot\s+|\.)`;
// The " at " (or "(at)", "[at]") is the anchor: everything is read around it, so text pays one scan.
// (R35 talk9: "at the rate", the Indian English way of saying "@": "jo535 at the rate mail dot com".)
const OBF_AT_RE = /\s+at(?:\s+the\s+rate(?:\s+of)?)?\s+|\s*[[(]\s*at\s*[\])]\s*/giy;
const OBF_AT_FIND_RE = /\sat\s|\s?[[(]\s*at\s*[\])]/gi;
const OBF_LOCAL_RE = /(?<![\p{L}\p{N}._-])[\p{L}\p{N}][\p{L}\p{N}._-]{0,40}$/u;
// After the "at": a host, maybe more labels, and a common ending; or a mail provider alone.
const OBF_HOST_Y = new RegExp(String.raw`([a-z0-9-]{2,30})(?:${OBF_DOT}[a-z0-9-]{2,20})*?${OBF_DOT}(?:com|net|org|edu|co|us|uk|ca|io|me|info|biz)\b`, 'iy');
const HOST_ALONE_Y = new RegExp(String.raw`(?:${MAIL_HOSTS})\b(?![.@]\w|\s+(?:dot|\[dot\]|\(dot\))\s)`, 'iy');
const EMAIL_CUE_BEFORE_RE = /\b(?:e-?mail|mail|address)\b[^\n.]{0,24}$/i;
// (R35 dspeed5: every match of OBF_AT_FIND_RE holds an "at" that opens a word, after white space
// or after "(" or "[" and white space; the places it can start are found from those words.)
const AT_WORD_RE = /\bat/gi;
const SPACE_RE = /\s/;

/** Every place a match of OBF_AT_FIND_RE can start, ascending: found backwards from each word opening with "at". */
export function obfAtStarts(text: string): number[] {
  const out: number[] = [];
  const space = (i: number): boolean => i >= 0 && SPACE_RE.test(text[i]!);
  scan(AT_WORD_RE, text, (m) => {
    const p = m.index;
    // "\s?[[(]\s*at": back over the white space to a bracket, and one white-space character before it.
    let q = p;
    while (space(q - 1)) q--;
    const b = q - 1;
    if (b >= 0 && (text[b] === '(' || text[b] === '[')) {
      if (space(b - 1) && out[out.length - 1] !== b - 1) out.push(b - 1);
      if (out[out.length - 1] !== b) out.push(b);
    }
    // "\sat".
    if (space(p - 1) && out[out.length - 1] !== p - 1) out.push(p - 1);
  });
  return out;
}

/**
 * "jo.kim at mail.com", "jo [at] mail [dot] com", "jo(at)mail.net", "email me at jo.kim at outlook".
 * A plain word before " at " is usually English ("look at google.com"), so a bare local part needs
 * a mail provider after it; a local part with a dot, underscore or digit, or a bracketed "(at)", is
 * an address on its own. A provider with no ending needs a word for e-mail before it.
 */
export function detectObfuscatedEmails(text: string, push: Push): void {
  scanAtStarts(OBF_AT_FIND_RE, obfAtStarts(text), text, (m) => {
    // The host first, by sticky matches where the "at" ends: most " at "s are English and stop here.
    OBF_AT_RE.lastIndex = m.index;
    if (OBF_AT_RE.exec(text) === null) return;
    const afterAt = OBF_AT_RE.lastIndex;
    OBF_HOST_Y.lastIndex = afterAt;
    const h = OBF_HOST_Y.exec(text);
    let end = h ? OBF_HOST_Y.lastIndex : -1;
    if (!h) {
      HOST_ALONE_Y.lastIndex = afterAt;
      if (HOST_ALONE_Y.exec(text) === null) return;
      end = HOST_ALONE_Y.lastIndex;
    }
    const leftEnd = m.index;
    const left = OBF_LOCAL_RE.exec(text.slice(Math.max(0, leftEnd - 42), leftEnd));
    if (!left) return;
    const local = left[0];
    const start = leftEnd - local.length;
    // A local part ending in a dot is the end of a sentence, not an address.
    if (/[._-]$/.test(local)) return;
    const marked = /[[(]/.test(m[0]) || /[._\d]/.test(local);
    if (h) {
      if (marked || MAIL_HOST_RE.test(h[1]!)) push(start, end, 'EMAIL', 8);
    } else if (marked && EMAIL_CUE_BEFORE_RE.test(text.slice(Math.max(0, start - 40), start))) push(start, end, 'EMAIL', 8);
  });
}

// ---- dates and ages as said -----------------------------------------------------------------------

const MONTH_W = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const DAY_N = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const ORD_W = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty-first';
// Each rule below is read at a month word the tokenizer found (detect.ts passes their offsets), so
// a text without a month pays nothing and one with months pays a sticky match per month.
// "March 10 through 13", "June 3rd to the 9th", "between June 3 and 9": a range ending in a bare day.
const RANGE_END_Y = new RegExp(String.raw`(?:${MONTH_W})\.?\s+${DAY_N}\s*(?:through|thru|until|till|to|and|-|–)\s*(?:the\s+)?${DAY_N}\b(?!\s*(?:am|pm|a\.m|p\.m|:|%|o'clock|hours|minutes|mins|times|days|weeks|people|of\s+us))`, 'iy');
// "January 18 of 2019": a month and day "of" a year.
const OF_YEAR_Y = new RegExp(String.raw`(?:${MONTH_W})\.?\s+(?:the\s+)?(?:${DAY_N}|${ORD_W}),?\s+of\s+(?:19|20)\d\d\b`, 'iy');
// "the 2nd to the 5th of August": a range of days before "of" and the month (read backwards from it).
const RANGE_BEFORE_RE = new RegExp(String.raw`\b(?:the\s+)?(?:${DAY_N}|${ORD_W})\s*(?:through|thru|until|till|to|and|-|–)\s*(?:the\s+)?(?:${DAY_N}|${ORD_W})\s+of\s+$`, 'i');
// "March fifth, twenty twenty-three", "the fifth of March, two thousand nine": a year read in words
// ("two thousand twenty-two" whole, not its first two words: R35 talk round 7).
export const YEAR_W = String.raw`(?:(?:nineteen|twenty)[- ](?:oh[- ](?:one|two|three|four|five|six|seven|eight|nine)|(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)|two thousand(?:(?: and)? (?:twenty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?)`;
const MONTH_DAY_YEAR_W_Y = new RegExp(String.raw`(?:${MONTH_W})\.?\s+(?:the\s+)?(?:${DAY_N}|${ORD_W}),?\s+${YEAR_W}\b`, 'iy');
const MONTH_WORD_Y = new RegExp(String.raw`(?:${MONTH_W})\b`, 'iy');
// (R35/R36 talka round) "December nineteen ninety-eight", "March of twenty twenty", "June of '19",
// "May of 2019": a month and a year, no day, with the year said in words or written short.
const MONTH_YEAR_Y = new RegExp(String.raw`(?:${MONTH_W})\.?\s+(?:of\s+)?(?:${YEAR_W}|'\d\d(?!\d)|(?<=of\s+)(?:19|20)\d\d)\b`, 'iy');
// "twenty-second march twenty sixteen", "5th July 2015": a day before the month without "of", the
// British order, then a year.
const DAY_BEFORE_RE = new RegExp(String.raw`\b(?:the\s+)?(?:${DAY_N}|${ORD_W})\s+$`, 'i');
const YEAR_AFTER_RE = new RegExp(String.raw`^,?\s+(?:${YEAR_W}|(?:19|20)\d\d)\b`, 'i');
const YEAR_W_AFTER_RE = new RegExp(String.raw`^,?\s+${YEAR_W}\b`, 'i');
const DAY_OF_BEFORE_RE = new RegExp(String.raw`\b(?:the\s+)?(?:${DAY_N}|${ORD_W})\s+of\s+$`, 'i');
// "07.12.25": a dotted day, month and two-digit year after a word that introduces a date.
const DOTTED_SHORT_RE = /\b(?:birthday|born|dob|date|since|on|until|till|by|from|due)\b[^\n.]{0,20}?\b(\d{2})\.(\d{2})\.(\d{2})(?![\d.])/gi;
// "due on the fifth.", "by the 14th,": a day alone at the end of a clause after "on/by … the".
const DAY_ALONE_RE = new RegExp(String.raw`\b(?:on|by|before|after|until|till|since|from)\s+the\s+((?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th)|${ORD_W})(?=\s*(?:[.,;!?]|$|\s(?:and|or|but|so|because|every|each|of (?:the|this|next|every) month)\b))`, 'gi');
const DAY_ALONE_GATE_RE = /\b(?:on|by|before|after|until|till|since|from) the (?:\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twent|thirt)/i;

/**
 * Whether the line around offset `at` is written in lower case (chat, speech-to-text without
 * capitals): no capital after an optional speaker label ("Client: ").
 */
export function lowerCaseLineAt(text: string, at: number): boolean {
  const s = text.lastIndexOf('\n', at) + 1;
  const e = text.indexOf('\n', at);
  return !/[A-Z]/.test(text.slice(s, e < 0 ? text.length : e).replace(/^[A-Z][a-z]+:[ \t]/, ''));
}

function stickyAt(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.exec(text) !== null ? re.lastIndex : -1;
}

/** The date forms read at one month word (offset `at`). */
function datesAtMonth(text: string, at: number, push: Push): void {
  const w = stickyAt(MONTH_WORD_Y, text, at);
  if (w < 0) return;
  let e = stickyAt(RANGE_END_Y, text, at);
  if (e > 0) push(at, e, 'DATE', 6);
  e = stickyAt(OF_YEAR_Y, text, at);
  if (e > 0) push(at, e, 'DATE', 6);
  e = stickyAt(MONTH_DAY_YEAR_W_Y, text, at);
  if (e > 0) push(at, e, 'DATE', 6);
  e = stickyAt(MONTH_YEAR_Y, text, at);
  // (A month word in lower case is a verb or a name as often: "we march twenty …" needs capitals
  // unless the whole line is written in lower case.)
  if (e > 0 && (/^[A-Z]/.test(text[at]!) || lowerCaseLineAt(text, at))) push(at, e, 'DATE', 6);
  {
    const before = text.slice(Math.max(0, at - 40), at);
    const d = DAY_BEFORE_RE.exec(before);
    const y = d ? YEAR_AFTER_RE.exec(text.slice(w, w + 48)) : null;
    if (d && y) push(at - before.length + d.index, w + y[0].length, 'DATE', 6);
  }
  // Day first: "the 2nd to the 5th of August", "the fifth of March, twenty twenty-two".
  if (text.slice(Math.max(0, at - 4), at).toLowerCase().endsWith('of ')) {
    const before = text.slice(Math.max(0, at - 64), at);
    const r = RANGE_BEFORE_RE.exec(before);
    if (r) push(at - before.length + r.index, w, 'DATE', 6);
    const d = DAY_OF_BEFORE_RE.exec(before);
    const y = d ? YEAR_W_AFTER_RE.exec(text.slice(w, w + 48)) : null;
    if (d && y) push(at - before.length + d.index, w + y[0].length, 'DATE', 6);
  }
}

export function detectSpokenDates(text: string, push: Push, monthStarts: readonly number[], dayWords = true): void {
  for (const at of monthStarts) datesAtMonth(text, at, push);
  if (text.includes('.') && /\d\d\.\d\d\.\d\d/.test(text)) {
    scan(DOTTED_SHORT_RE, text, (m) => {
      const [a, b] = [Number(m[1]), Number(m[2])];
      // Either order of day and month, both in range.
      if (!((a >= 1 && a <= 12 && b >= 1 && b <= 31) || (b >= 1 && b <= 12 && a >= 1 && a <= 31))) return;
      const s = m.index + m[0].length - 8;
      push(s, s + 8, 'DATE', 6);
    });
  }
  if (dayWords && DAY_ALONE_GATE_RE.test(text)) {
    scan(DAY_ALONE_RE, text, (m) => {
      const s = m.index + m[0].length - m[1]!.length;
      push(s, s + m[1]!.length, 'DATE', 5);
    });
  }
}

export const AGE_WORD = String.raw`(?:ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:a|one)\s+hundred(?:\s+and\s+(?:one|two|three|four|five|six|seven|eight|nine|ten))?)`;
// "made it to ninety nine", "lived to a hundred", "reached one hundred and one". Digits only after
// the verbs of living ("lived to 96"): "reached 98" and "hit 90" are readings in a note.
const AGE_REACH_RE = new RegExp(String.raw`\b(?:(?:made it to|lived to(?: be)?|live to(?: be)?|living to)\s+(${AGE_WORD}|9\d|1[01]\d)|(?:reached|is going on|going on|almost|nearly)\s+(${AGE_WORD}))\b(?!-)(?![.,]\d)(?!\s*(?:%|percent|mph|miles|dollars|bucks|pounds|lbs|degrees|times|days|minutes|mg|points|pts|\$|feet|foot))`, 'gi');

// "grandma turned a hundred", "she's one hundred and two": the round ages in words after a person and
// a verb of being or turning (dates.ts reads "ninety-…" after the verb alone).
const AGE_HUNDRED_RE = new RegExp(String.raw`\b(?:he|she|he's|she's|(?:great-)?grand(?:ma|pa|mother|father|dad|mom)|granddad|grampa|gramps|nana|nan|nanna|granny|gran|pop|pops|mom|mum|dad|mother|father|aunt|auntie|uncle)\s+(?:(?:is|was|just|finally|will be|would be|turned|turns|turning|be)\s+){1,2}((?:a|one)\s+hundred(?:\s+and\s+(?:one|two|three|four|five|six|seven|eight|nine|ten))?)\b(?!\s*(?:%|percent|mph|miles|dollars|bucks|pounds|lbs|degrees|times|days|minutes|points|pts|feet|foot|people|of|grand|k\b))`, 'gi');

export function detectSpokenAges(text: string, push: Push): void {
  // (Digits only after a verb of living: "98" alone is in every note's vital signs.)
  if (!/ninety|hundred/i.test(text) && !/\b(?:made it|lived? to|living to)\b/i.test(text)) return;
  if (/hundred/i.test(text)) scan(AGE_HUNDRED_RE, text, (m) => {
    const s = m.index + m[0].length - m[1]!.length;
    push(s, s + m[1]!.length, 'AGE', 6);
  });
  scan(AGE_REACH_RE, text, (m) => {
    const v = (m[1] ?? m[2])!;
    const s = m.index + m[0].length - v.length;
    push(s, s + v.length, 'AGE', 6);
  });
}

// ---- the last four digits, and a screenshot's file name ---------------------------------------------

// "the last four of my social are 6789", "last 4 on the card is 4417": four digits named by what they end.
const LAST_FOUR_RE = /\blast (?:four|4)(?: digits)?(?:\s+(?:of|on|from|to)\s+(?:my|his|her|their|the|your|our)\s+([a-z][a-z -]{1,24}?))?\s*(?:are|is|was|were|being|:|=|-)?\s*(\d{4})(?![\d-])/gi;

export function lastFourType(what: string | undefined): PhiType {
  if (what === undefined) return 'ACCOUNT';
  if (/\b(?:social|ssn|security)\b/i.test(what)) return 'SSN';
  if (/\b(?:phone|cell|number|mobile)\b/i.test(what)) return 'PHONE';
  if (/\b(?:licen[cs]e|dl|id)\b/i.test(what)) return 'LICENSE';
  return 'ACCOUNT';
}

// "Screenshot 2024-01-02 at 10.15.00.png": the name a phone or computer gives a screenshot, with spaces
// (in any case: a note typed or dictated in lower case writes "screen shot … pm.png").
const SCREENSHOT_RE = /\bScreen ?[Ss]hot[ _-]\d{4}-\d{2}-\d{2}(?:[ _-](?:at )?\d{1,2}[.:-]\d{2}[.:-]\d{2}(?: ?[AP]M)?)?\.(?:png|jpe?g|heic)\b/gi;

// "my vanity plate says HOPE4U", "the tag reads NOXCUSE": a plate read out, in capitals in a line
// that has lower case (patterns.ts reads the usual letter and digit groups).
const VANITY_PLATE_RE = /\b(?:plates?|tags?)\b[^.\n]{0,16}?\b(?:says|reads|read|said|is|was)\s+["“']?([A-Z0-9]{4,8})(?![\p{L}\p{N}])/gu;

function detectNamedNumbers(text: string, push: Push): void {
  if (/\b(?:plates?|tags?)\b/i.test(text)) scan(VANITY_PLATE_RE, text, (m) => {
    const line = text.slice(Math.max(0, m.index - 80), m.index);
    if (!/[a-z]/.test(line)) return;
    const s = m.index + m[0].length - m[1]!.length;
    push(s, s + m[1]!.length, 'VEHICLE', 8);
  });
  if (/last (?:four|4)/i.test(text)) scan(LAST_FOUR_RE, text, (m) => {
    const s = m.index + m[0].length - 4;
    push(s, s + 4, lastFourType(m[1]), 8);
  });
  if (/Screen ?shot/i.test(text)) scan(SCREENSHOT_RE, text, (m) => push(m.index, m.index + m[0].length, 'PHOTO', 9));
}

// ---- which rules a text needs, from its tokens ------------------------------------------------------

// One pass over the tokens (already made) sets a bit per rule whose cue word occurs; a text without
// any cue pays that pass only, not one regular-expression scan per rule.
const G = { Runs: 1, Ssn: 2, Area: 4, Letter: 8, At: 16, Day: 32, Age: 64, Last: 128, Shot: 256, Plate: 512, Host: 1024, AgeVerb: 2048, AgeNum: 4096, Four: 8192 } as const;
const GATE_WORDS = new Map<string, number>();
for (const w of `${TEEN_W}|${TENS_W}`.split('|')) GATE_WORDS.set(w, G.Runs);
for (const w of ['social', 'ssn']) GATE_WORDS.set(w, G.Ssn);
GATE_WORDS.set('area', G.Area);
GATE_WORDS.set('at', G.At);
for (const w of ORD_W.replace(/twenty-\(\?:([^)]*)\)/, (_m, xs: string) => xs.split('|').map((x) => `twenty-${x}`).join('|')).split('|')) GATE_WORDS.set(w, G.Day);
GATE_WORDS.set('hundred', G.Age);
for (const w of ['made', 'lived', 'live', 'living']) GATE_WORDS.set(w, G.AgeVerb);
for (const w of ['four', '4']) GATE_WORDS.set(w, G.Four);
// An ending or a provider after "at": only then is an "at" worth reading around.
for (const w of ['com', 'net', 'org', 'edu', 'co', 'us', 'uk', 'ca', 'io', 'me', 'info', 'biz', ...MAIL_HOSTS.split('|')]) GATE_WORDS.set(w, (GATE_WORDS.get(w) ?? 0) | G.Host);
GATE_WORDS.set('last', G.Last);
for (const w of ['screenshot', 'screen']) GATE_WORDS.set(w, G.Shot);
for (const w of ['plate', 'plates', 'tag', 'tags']) GATE_WORDS.set(w, G.Plate);

// (Char-code tests, no regular expressions: this runs for every token of every text.)
function gateOf(t: Token): number {
  const k = t.key;
  const c = k.charCodeAt(0);
  if (c >= 48 && c <= 57) return digitGate(k, c);
  const x = t.text;
  // A capital letter alone, or letters joined by hyphens ("K-A-C-Z"): a spelling.
  if (x.length === 1 || x.charCodeAt(1) === 45) {
    const u = x.charCodeAt(0);
    if (u >= 65 && u <= 90) return G.Letter;
  }
  let g = GATE_WORDS.get(k) ?? 0;
  if (g === 0 && k.length > 5 && c !== 110) {
    const dash = k.indexOf('-');
    if (dash > 0) g = GATE_WORDS.get(k.slice(0, dash)) ?? 0;
  }
  if (c === 110 && k.startsWith('ninety')) g |= G.Age | G.Runs;
  return g;
}

// "14th" is a day alone; 90-119 an age when a verb of living is near.
function digitGate(k: string, c: number): number {
  const n = k.length;
  if (n >= 3 && n <= 4) {
    const last = k.charCodeAt(n - 1);
    if ((last === 104 || last === 116 || last === 100) && k.charCodeAt(n - 3) >= 48 && k.charCodeAt(n - 3) <= 57 || (n === 3 && (last === 104 || last === 116 || last === 100))) return G.Day;
  }
  if ((n === 2 && c === 57) || (n === 3 && c === 49 && (k.charCodeAt(1) === 48 || k.charCodeAt(1) === 49) && k.charCodeAt(2) >= 48 && k.charCodeAt(2) <= 57)) return G.AgeNum;
  return n === 1 && c === 52 ? G.Four : 0;
}

/** Every rule of this module, each run only when the tokens hold its cue word. */
export function detectSpoken(text: string, tokens: readonly Token[], push: Push, monthStarts: readonly number[]): void {
  let g = 0;
  let letters = 0;
  for (const t of tokens) {
    const b = gateOf(t);
    // ("K", or "K-A-C-Z" as one token.)
    if (b & G.Letter) letters += t.text.length === 1 ? 1 : 3;
    g |= b;
  }
  if (g & G.Runs) detectSpokenRuns(text, push);
  if (g & G.Ssn) detectSpokenSsn(text, push);
  if (g & G.Area) detectAreaCodes(text, push);
  if (letters >= 3) detectSpelledWords(text, push);
  if ((g & G.At) && (g & G.Host)) detectObfuscatedEmails(text, push);
  detectSpokenDates(text, push, monthStarts, (g & G.Day) !== 0);
  if ((g & G.Age) || ((g & G.AgeVerb) && (g & G.AgeNum))) detectSpokenAges(text, push);
  if (((g & G.Last) && (g & G.Four)) || (g & (G.Shot | G.Plate))) detectNamedNumbers(text, push);
}
