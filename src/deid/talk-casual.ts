// Identifiers in casual talk and chat (R35, issue 14, talk round 7): shapes that carry their own
// evidence in the words around them, with no title, label or form field.
//   - a weekday with its day ("last tues the 14th", "Friday the third"): a day of the week before
//     "the" and an ordinal names one date;
//   - a nickname in quotes after a verb of naming ("everybody called my uncle "Moose"", "they call
//     him 'Chopper'") or as the one who did something ("So "Moose" shows up at my door"); once found,
//     the same capitalised word is that person everywhere in the text;
//   - a numbered street said alone after a preposition of place ("the store on 41st"): without "the"
//     an ordinal after "on/off/down/along" is a street, not a day ("on the 5th");
//   - a phone number said in odd groups after a word for calling ("hmu at 417 88 23 901"): ten digits
//     in three to five groups.
// Every rule sits behind a cheap substring or regular-expression test on the whole text.
import { scan, testAnywhere, type Push } from './scan.ts';

// ---- a weekday with its day ------------------------------------------------------------------------

const WEEKDAY = '(?:mon|monday|tue|tues|tuesday|wed|weds|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday)';
const ORD_W =
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty[- ]first';
// (A word after the ordinal that makes it a count, not a day: "sat the 9th grade exam".)
const WEEKDAY_DAY_RE = new RegExp(
  String.raw`\b${WEEKDAY}\.?,?[ \t]+the[ \t]+(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)|${ORD_W})\b(?![ \t]+(?:grade|time|floor|place|round|try|attempt|row|seat|step|level|period|inning|one|of[ \t]+(?:us|them|those|these)))`,
  'gi',
);
const WEEKDAY_GATE_RE = new RegExp(String.raw`\b${WEEKDAY}\.?,? the `, 'i');

/** "last tues the 14th", "We broke up Wednesday the second": a weekday and its day. */
export function detectWeekdayDays(text: string, push: Push): void {
  if (!testAnywhere(WEEKDAY_GATE_RE, text)) return;
  scan(WEEKDAY_DAY_RE, text, (m) => push(m.index, m.index + m[0].length, 'DATE', 6));
}

// ---- nicknames in quotes ----------------------------------------------------------------------------

// A verb of naming, up to three lower-case words (the one named: "my uncle", "him", "the guy"), and
// one quoted word, or two capitalised ones.
const NICK_AFTER_NAMING_RE =
  /\b(call|calls|called|calling|nicknamed|goes by|go by|went by|known as|answers to)((?:[ \t]+[a-z]+){0,3})[ \t]+["“'‘]([A-Za-z][a-z]+(?:[ \t][A-Z][a-z]+)?)["”'’](?![\p{L}\p{N}])/gu;
// Naming once ("called me "pathetic"") is as often an insult as a name: a lower-case word in quotes is
// a nickname only after a verb of habit ("still calls me "peanut"", "goes by "ace"").
const HABIT_NAMING = new Set(['call', 'calls', 'calling', 'nicknamed', 'goes by', 'go by', 'went by', 'known as', 'answers to']);
// What people call each other without naming anyone, and a thing named ("call it "rehab"").
const NOT_NICKNAME = new Set([
  'babe', 'baby', 'honey', 'hun', 'sweetie', 'sweetheart', 'darling', 'dear', 'love', 'kiddo', 'kid', 'buddy', 'pal', 'son', 'sis',
  'bro', 'dude', 'mate', 'man', 'boss', 'chief', 'sir', 'madam', 'mom', 'mum', 'dad', 'mama', 'papa', 'it', 'that', 'this',
]);
// "So "Moose" shows up", "'Tank' texted me": a quoted capitalised word as the one who acts.
const NICK_SUBJECT_RE =
  /(?:^|[\s,;:(])["“'‘]([A-Z][a-z]+)["”'’][ \t]+(?:shows|showed|show|turns up|turned up|texted|texts|called|calls|told|tells|says|said|asked|asks|knocked|knocks|punched|hit|stole|owes|owed|brought|drove|picked|walked|pulled|sent|sends|offered|gave|gives)\b/gm;
const NICK_GATE_RE = /["“'‘][A-Za-z][a-z]+["”'’]/;

/** A nickname in quotes, after a verb of naming or before a verb of doing, and the same word elsewhere. */
export function detectQuotedNicknames(text: string, push: Push): void {
  if (!NICK_GATE_RE.test(text)) return;
  const found = new Set<string>();
  const put = (start: number, value: string): void => {
    push(start, start + value.length, 'NAME', 6);
    if (/^[A-Z]/.test(value) && value.length >= 3) found.add(value);
  };
  scan(NICK_AFTER_NAMING_RE, text, (m) => {
    const value = m[3]!;
    const between = m[2]!.trim();
    if (NOT_NICKNAME.has(value.toLowerCase()) || /\b(?:it|that|this|these|those)$/.test(between)) return;
    if (!/^[A-Z]/.test(value) && !HABIT_NAMING.has(m[1]!.toLowerCase())) return;
    put(m.index + m[0].length - value.length - 1, value);
  });
  scan(NICK_SUBJECT_RE, text, (m) => {
    const value = m[1]!;
    if (NOT_NICKNAME.has(value.toLowerCase())) return;
    put(m.index + m[0].indexOf(value), value);
  });
  // Document consistency: the nickname said again, with or without its quotes.
  for (const v of found) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${v}(?![\\p{L}\\p{N}])`, 'gu');
    scan(re, text, (m) => push(m.index, m.index + v.length, 'NAME', 5));
  }
}

// ---- a numbered street said alone ---------------------------------------------------------------------

// "the Kroger on 41st", "turn off 12th": no "the" before the ordinal ("on the 5th" is a day).
// (The clause must end there, or go on with a word of place: "on 2nd wake up" in a note is a count.)
const ORDINAL_STREET_RE =
  /\b(?:on|off|down|along|onto)[ \t]+(\d{1,3}(?:st|nd|rd|th))\b(?=[ \t]*(?:[,.;!?)]|$|(?:and|by|near|across|where|in|at|next|past|between|or|St|Street|Ave|Avenue)\b))/gim;

const ORDINAL_STREET_GATE_RE = /\b(?:on|off|down|along|onto) \d{1,3}(?:st|nd|rd|th)\b/i;

/** "the Meijer on 41st": a numbered street named by its ordinal alone. */
export function detectOrdinalStreets(text: string, push: Push): void {
  if (!testAnywhere(ORDINAL_STREET_GATE_RE, text)) return;
  scan(ORDINAL_STREET_RE, text, (m) => {
    const s = m.index + m[0].length - m[1]!.length;
    push(s, s + m[1]!.length, 'GEO', 6);
  });
}

// ---- a phone number in odd groups -----------------------------------------------------------------------

// Three to five groups of two to four digits, ten in all (eleven with a leading 1), after a word for
// calling within a few words ("hmu at 496 61 31 419", "calling 726 16 57 760").
const ODD_PHONE_RE = /(?<![\d.-])\d{2,4}(?:[ .-]\d{2,4}){2,4}(?![\d.-]?\d)/g;
const CALL_CUE_BEFORE_RE = /\b(?:call|calls|called|calling|number|phone|cell|text|texting|hmu|reach|line|ring|dial|dialed|dialled|contact|whatsapp)\b[^.\n\d]{0,24}$/i;

/** A phone number read in groups the usual patterns do not know. */
export function detectOddPhones(text: string, push: Push): void {
  if (!/\d{2,4} \d{2,4} \d{2,4}/.test(text) && !/\d{2,4}\.\d{2,4}\.\d{2,4}/.test(text)) return;
  scan(ODD_PHONE_RE, text, (m) => {
    const digits = m[0].replace(/\D/g, '');
    if (!(digits.length === 10 || (digits.length === 11 && digits[0] === '1'))) return;
    if (!CALL_CUE_BEFORE_RE.test(text.slice(Math.max(0, m.index - 40), m.index))) return;
    push(m.index, m.index + m[0].length, 'PHONE', 7);
  });
}

/** Every rule of this module, in the order detect() runs them. */
export function detectCasual(text: string, push: Push): void {
  detectWeekdayDays(text, push);
  detectQuotedNicknames(text, push);
  detectOrdinalStreets(text, push);
  detectOddPhones(text, push);
}
