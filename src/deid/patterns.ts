// Identifiers with a shape: contact details, numbers and codes, street addresses and ZIP codes.
// Each detector is one regular-expression scan of the whole text (linear, no nested quantifiers
// over the same characters), then a cheap check of the match and its context.
import { lowerCaseLineAt } from './talk-spoken.ts';
import type { PhiType } from './types.ts';
import { CLINICAL_SHORTHAND, MEASURE_WORDS } from './clinical-lexicon.ts';
import { resources } from './resources.ts';
import { COUNTRIES, RESTRICTED_ZIP3, STREET_SUFFIX, US_STATES } from './geo-data.ts';
import { FUNCTION_WORDS } from './lexicon.ts';
import { looksMisspelt, W } from './wordflags.ts';
import { scan, scanAtStarts, testAnywhere, type Push } from './scan.ts';

export interface TypedSpan {
  start: number;
  end: number;
  type: PhiType;
  /** Higher wins when spans of different types overlap. */
  prio: number;
}

const digitsOf = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
};

/** ISO 13616 check digits (mod 97 = 1): "FI02 WEAN THIS SHIFT" is a ventilator note, not an IBAN. */
function ibanValid(raw: string): boolean {
  const v = raw.replace(/[\s-]/g, '').toUpperCase();
  if (v.length < 15 || v.length > 34) return false;
  const moved = v.slice(4) + v.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const code = ch.charCodeAt(0);
    const part = code >= 65 && code <= 90 ? String(code - 55) : ch;
    for (const d of part) rem = (rem * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return rem === 1;
}

function luhn(digits: string): boolean {
  let sum = 0;
  let dbl = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return sum % 10 === 0;
}

// ---- contact details -------------------------------------------------------------------------

// Anchored searches: the cheap literal ('@', a top-level domain, a digit) is found first and the
// match is grown around it, instead of trying a long pattern at every character.
const AT_RE = /@/g;
const EMAIL_LOCAL_RE = /[\p{L}\p{N}._%+-]+$/u;
const EMAIL_HOST_RE = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[A-Za-z]{2,}/u;
const TLD_RE = /\.(?:com|org|net|edu|gov|io|co|us|uk|ca|de|fr|se|pl|nl|ch|au|info|biz|me|ly|app|health|site|online|blog|page|link|tv|fm|(?:ee|gg)(?=\/))\b/gi;
const DOMAIN_LEFT_RE = /[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*$/u;
const PATH_RE = /^(?:\/[^\s<>"']*)?/;
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'()]+/gi;
// A handle starts with a letter or underscore: "@50cc/hr" and "@2pm" are "at" in a note.
// (Some services allow hyphens: "@jo-k22".)
const HANDLE_CUE_RE = /\b(?:insta(?:gram)?|ig|handle|follow(?:ed|ing|s)?|twitter|tiktok|snap(?:chat)?|dm(?:'?d|s)?|account|profile|user(?:name)?|tagged|posted|threads|bluesky|x)\b[^\n]*$/i;
const HANDLE_RE = /(?<![\p{L}\p{N}@.])@[A-Za-z_][A-Za-z0-9_.-]{1,29}[A-Za-z0-9_]/gu;
// ("80/48/7.45.34.7": blood-gas values after a slash, not an address.)
const IPV4_RE = /(?<![/\d.])\b(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\b(?!\.\d)/g;
const IPV6_RE = /(?<![\w:])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?![\w:])/gi;
const PHONE_RE =
  /(?<![\w/.])(?<![\d/.]-)(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?|\d{1,5}[\s.-])(?:\d{2,4}[\s.-]){0,3}\d{2,6}(?:,?\s?(?:x|ext\.?|extension)\s?\d{1,6})?(?![\w/-]|\.\d)/gi;
const PHONE_BARE_RE = /(?<![\w.-])(?:\+?1)?\d{10}(?![\w-])/g;
const SSN_RE = /(?<![\w-])\d{3}([- ])\d{2}\1\d{4}(?![\w-])/g;
const CARD_RE = /(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])/g;
const IBAN_RE = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g;
const VIN_RE = /^[A-HJ-NPR-Z0-9]{17}$/;
const MAC_STICKY_RE = /(?:[0-9A-F]{2}[:-]){5}[0-9A-F]{2}\b/iy;
const DATE_LIKE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$/;

/** Where a MAC address could start: two hex digits, a separator, two hex digits, the separator. */
function macCandidates(text: string): number[] {
  const hex = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
  const out: number[] = [];
  for (const sep of [':', '-']) {
    for (let i = text.indexOf(sep); i >= 0; i = text.indexOf(sep, i + 1)) {
      if (hex(text.charCodeAt(i - 1)) && hex(text.charCodeAt(i - 2)) && hex(text.charCodeAt(i + 1)) && hex(text.charCodeAt(i + 2)) && text[i + 3] === sep) {
        if (out[out.length - 1] !== i - 2) out.push(i - 2);
        i += 12;
      }
    }
  }
  return out;
}

/** Cheap guard for the IPv6 scan: some colon with hex digits (or another colon) on both sides. */
function hasHexColonPair(text: string): boolean {
  const hex = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
    const a = text.charCodeAt(i - 1);
    const b = text.charCodeAt(i + 1);
    if ((hex(a) || a === 58) && (hex(b) || b === 58)) return true;
  }
  return false;
}

const PHONE_CUE_RE = /\b(?:call|calls|called|text|phone|ph|cell|mobile|number|no|tel|telephone|reach|fax|contact|home|work|office|pager|page|beeper|#)\b[^\n]{0,12}$|#\s*$/;
// Measurement words before a number, less the prepositions ("at", "to") that also introduce a phone.
const PREPOSITIONS = new Set(['at', 'to', 'from', 'of', 'up', 'down', 'between', 'about', 'approx', 'range', 'ranging', '~', 'over', 'under', 'above', 'below', 'running', 'rate']);
const MEASURE_BEFORE_RE = new RegExp(`\\b(?:${[...MEASURE_WORDS].filter((w) => !PREPOSITIONS.has(w)).map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})\\W{0,4}$`);

// Numbers read out in words ("six two two, three seven five, eight two nine five"; "oh" for zero),
// as speech-to-text writes a phone number: seven to fifteen digits in a row.
const DIGIT_WORD = '(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)';
const SPOKEN_DIGITS_RE = new RegExp(`\\b(?:(?:double|triple)\\s+)?(?:${DIGIT_WORD}|\\d{1,4})(?:[\\s,.\\-–—…]+(?:(?:double|triple)\\s+)?(?:${DIGIT_WORD}|\\d{1,4})){4,}\\b`, 'gi');
const SPOKEN_GATE_RE = /\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)[\s,.…-]+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b/i;
// An address spelled out: "jo underscore kim at gmail dot com" (the provider said in two words too,
// "at g mail dot com", as speech-to-text writes it).
const SPOKEN_EMAIL_RE =
  /\b[a-z0-9]+(?:\s+(?:underscore|dot|dash|hyphen|period|point)\s+[a-z0-9]+)*\s+(?:at|at sign)\s+(?:g\s+mail|hot\s+mail|i\s+cloud|proton\s+mail|[a-z0-9]+)(?:\s+(?:dot|period|point)\s+[a-z0-9]+)*\s+(?:dot|period|point)\s+(?:com|net|org|edu|gov|io|co|us|uk|ca|me|info|biz)\b/gi;
// Every spelled-out address ends so ("dot com", "period org"); talk says " at " and " point " often
// enough, so this is the test that lets most texts skip the scan above (which tries every word).
const SPOKEN_TLD_RE = /(?:dot|period|point)\s+(?:com|net|org|edu|gov|io|co|us|uk|ca|me|info|biz)\b/i;
// A user name on a site or app: "user tomek_lucky7", "gamertag: Vex_0r".
// (Also "a new account, jo.kim94", "her profile is jokim_22": an account or profile named after a comma.)
// (R35 talk round 7: "on tiktok as jo.kim.official": after "as" too, and a name with a dot between
// letters counts like one with a digit or underscore; a plain word still does not.)
const USERNAME_RE = /\b(?:user(?:name)?|handle|screen ?name|gamertag|login|account name|insta|ig|snap(?:chat)?|tiktok|account|profile)\b\s*(?:(?:is|was|called|named|as|:|=|,)\s*)?@?((?=[A-Za-z0-9_.]*(?:[\d_]|[A-Za-z]\.[A-Za-z]))(?=[A-Za-z0-9_.]*[A-Za-z]{3})[A-Za-z][A-Za-z0-9_.]{2,29}[A-Za-z0-9_])\b/gi;
// A Reddit user ("u/jokim"): the prefix is the site's own mark for a person. (Three letters first: a
// note's "u/o10-15cc" is urine output.)
const REDDIT_USER_RE = /(?<![\w/])u\/(?=[A-Za-z]{3})[A-Za-z0-9_-]{3,30}\b/g;
const USERNAME_GATE_RE = /user|handle|screen ?name|gamertag|login|account|profile|insta|\big\b|snap|tiktok/i;
const PHOTO_EXT_RE = /\.(?:jpe?g|png|heic|heif|gif|bmp|tiff?|webp|dng|raw|cr2|nef)\b/i;
// A photo's file name: "IMG_6856.jpg", "selfie-03.heic".
// (Or words joined by "_" or "-" without a digit: "zed_bday.png", "me-and-mum.jpg".)
const PHOTO_FILE_RE = /(?<![\w./-])(?:[\w-]*\d[\w-]*|[A-Za-z]+(?:[_-][A-Za-z0-9]+)+)\.(?:jpe?g|png|heic|heif|gif|bmp|tiff?|webp|dng|raw|cr2|nef)\b/gi;

function spokenDigits(v: string): number {
  let n = 0;
  const words = v.toLowerCase().split(/[\s,.\-–—…]+/).filter(Boolean);
  let mult = 1;
  for (const w of words) {
    if (w === 'double') mult = 2;
    else if (w === 'triple') mult = 3;
    else {
      n += (/^\d+$/.test(w) ? w.length : 1) * mult;
      mult = 1;
    }
  }
  return n;
}

export function detectContacts(text: string, push: Push): void {
  if (testAnywhere(SPOKEN_GATE_RE, text)) {
    scan(SPOKEN_DIGITS_RE, text, (m) => {
      const d = spokenDigits(m[0]);
      // At least one digit word (a run of plain digits is the phone detector's), 7–15 digits.
      if (d >= 7 && d <= 15 && /[a-z]/i.test(m[0])) push(m.index, m.index + m[0].length, 'PHONE', 7);
    });
  }
  if (/ (?:at|at sign) /i.test(text) && / (?:dot|period|point) /i.test(text) && SPOKEN_TLD_RE.test(text)) scan(SPOKEN_EMAIL_RE, text, (m) => push(m.index, m.index + m[0].length, 'EMAIL', 8));
  if (USERNAME_GATE_RE.test(text)) scan(USERNAME_RE, text, (m) => {
    const s = m.index + m[0].lastIndexOf(m[1]!);
    push(s, s + m[1]!.length, 'URL', 6);
  });
  if (text.includes('u/')) scan(REDDIT_USER_RE, text, (m) => push(m.index, m.index + m[0].length, 'URL', 6));
  // The extension is the rare part: find it first, then read the name before it.
  if (PHOTO_EXT_RE.test(text)) scan(PHOTO_FILE_RE, text, (m) => push(m.index, m.index + m[0].length, 'PHOTO', 7));
  if (text.includes('@')) {
    scan(AT_RE, text, (m) => {
      const left = EMAIL_LOCAL_RE.exec(text.slice(Math.max(0, m.index - 64), m.index));
      const right = EMAIL_HOST_RE.exec(text.slice(m.index + 1, m.index + 256));
      if (left && right) push(m.index - left[0].length, m.index + 1 + right[0].length, 'EMAIL', 9);
    });
  }
  scan(URL_RE, text, (m) => {
    const v = m[0].replace(/[.,;:!?)\]]+$/, '');
    push(m.index, m.index + v.length, 'URL', 8);
  });
  scan(TLD_RE, text, (t) => {
    const left = DOMAIN_LEFT_RE.exec(text.slice(Math.max(0, t.index - 128), t.index));
    if (!left) return;
    const start = t.index - left[0].length;
    if (start > 0 && /[\p{L}\p{N}@._%+-]/u.test(text[start - 1]!)) return; // inside an e-mail address or longer token
    // "wedge 14.CO/CI": a reading and the next abbreviation; a host name has a letter before its TLD.
    if (!/\p{L}/u.test(left[0])) return;
    const end = t.index + t[0].length;
    const m = { index: start, 0: text.slice(start, end) + PATH_RE.exec(text.slice(end, end + 512))![0] };
    const v = m[0].replace(/[.,;:!?)\]]+$/, '');
    // A bare government or university site ("Smokefree.gov") is a public resource, not a person's.
    if (/\.(?:gov|edu)$/i.test(v)) return;
    // "wedge 14.CO/CI": a reading run into the next abbreviation; no host name is only digits.
    if (/^\d+\./.test(v) && !/[a-z]/i.test(left[0])) return;
    push(m.index, m.index + v.length, 'URL', 7);
  });
  scan(HANDLE_RE, text, (m) => {
    // "IVF @KVO", "tf @goal": in notes "@" is "at"; a handle that is a word needs a social-media cue.
    const handle = m[0].slice(1).replace(/[._-]+$/, '');
    if (/^[A-Za-z]+$/.test(handle) && isVocabulary(handle) && !HANDLE_CUE_RE.test(text.slice(Math.max(0, m.index - 48), m.index))) return;
    push(m.index, m.index + m[0].length, 'URL', 6);
  });
  scan(IPV4_RE, text, (m) => {
    // With its port ("192.168.6.32:3389"): the port travels with the address.
    const port = /^:\d{2,5}\b/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 7));
    push(m.index, m.index + m[0].length + (port ? port[0].length : 0), 'IP', 9);
  });
  if (hasHexColonPair(text)) scan(IPV6_RE, text, (m) => {
    const v = m[0];
    const groups = v.split(':').filter(Boolean);
    // An address, not a clock time ("10:30:45"): '::' or five groups or a hex letter, one '::' at most.
    if (groups.length >= 3 && /\d/.test(v) && (v.match(/::/g) ?? []).length <= 1 && (v.includes('::') || groups.length >= 5 || /[a-f]/i.test(v))) {
      push(m.index, m.index + v.length, 'IP', 9);
    }
  });
  scan(SSN_RE, text, (m) => push(m.index, m.index + m[0].length, 'SSN', 9));
  scan(PHONE_RE, text, (m) => {
    const v = m[0].trim();
    const d = digitsOf(v);
    if (d < 7 || d > 15) return;
    if (DATE_LIKE.test(v)) return;
    // Number lists and scores are not phones: need brackets or a plus, three or more groups with
    // nine or more digits, or a final group of three or four digits (555-0123).
    const groups = v.split(/[\s.()-]+/).filter(Boolean).length;
    // (Or a trunk-prefixed national number in two groups: "07700 900123".)
    const trunk = /^0\d{3,4}[\s.-]\d{5,6}$/.test(v);
    if (!/[()+]/.test(v) && !(groups >= 3 && d >= 9) && !trunk && !/\d[\s.-]\d{3,4}(?:,?\s?(?:x|ext\.?|extension)\s?\d+)?$/i.test(v)) return;
    if (/^\d{1,2}[\s.-]\d{1,2}[\s.-]\d{1,2}$/.test(v)) return;
    // "2019 2020", "1990-2004": years side by side, not a phone number.
    if (/^(?:(?:19|20)\d\d[\s.-]?)+$/.test(v)) return;
    const before = text.slice(Math.max(0, m.index - 24), m.index).toLowerCase();
    // Readings in a row ("7.38 47 72 95%", "abg 140/60 78-84 28"): a decimal before, a per cent after,
    // or a measurement word before and no phone word.
    const afterPhone = text.slice(m.index + v.length, m.index + v.length + 2);
    if (/^\s?%/.test(afterPhone) || /\d\.$/.test(text.slice(Math.max(0, m.index - 2), m.index).trimEnd())) return;
    if (!PHONE_CUE_RE.test(before) && !/[()+]/.test(v) && MEASURE_BEFORE_RE.test(before)) return;
    // "… 0730-1530", "…, 93 1900 - 0730", "called at 0700-1900", "no 1200 1300 dose": two 24-hour clock times side by side
    // are a shift's hours or dose times, even after a word such as "call" or "home" (a local number
    // is 3 + 4 digits; no dialling plan ends in two four-digit groups that are both clock times).
    const shift = /(?:^|\s)(?:[01]\d|2[0-3])[0-5]\d\s*[-\s]\s*(?:[01]\d|2[0-3])[0-5]\d$/.test(v);
    if (shift && !/[()+]/.test(v)) return;
    // Without a phone word before or after, or brackets: "212 180 154 132" (four or more short readings, none with a
    // trunk zero) and "1030 1230 1430" (clock times in a row) are a note's series, not a number.
    const cueAfter = /^\W{0,3}(?:office|home|cell|mobile|work|phone|tel|fax|pager|number|landline)\b/i.test(text.slice(m.index + v.length, m.index + v.length + 16));
    if (!PHONE_CUE_RE.test(before) && !cueAfter && !/[()+]/.test(v)) {
      const gs = v.split(/[\s.-]+/).filter(Boolean);
      if (gs.length >= 4 && gs.every((g) => /^[1-9]\d{0,2}$/.test(g))) return;
      if (gs.length >= 3 && gs.every((g) => /^(?:[01]\d|2[0-3])[0-5]\d$/.test(g))) return;
    }
    // Two plain groups ("900-1100", "0700-1930") without a phone word before them: a range of
    // readings or a shift's hours, not a local number. A local number is 3 + 4 digits, not both round,
    // and not two clock times.
    const two = /^(\d{3,4})\s*[-.\s]\s*(\d{3,4})$/.exec(v);
    if (two && !PHONE_CUE_RE.test(before)) {
      const [x, y] = [two[1]!, two[2]!];
      const clock = (h: string): boolean => h.length === 4 && Number(h.slice(0, 2)) < 24 && Number(h.slice(2)) < 60;
      if (x.length !== 3 || y.length !== 4 || (clock(x) && clock(y)) || (Number(x) % 10 === 0 && Number(y) % 10 === 0) || /^[01]/.test(x)) return;
      if (MEASURE_BEFORE_RE.test(before)) return;
    }
    push(m.index, m.index + v.length, /\bfax\b/.test(before) ? 'FAX' : 'PHONE', 8);
  });
  scan(PHONE_BARE_RE, text, (m) => {
    const before = text.slice(Math.max(0, m.index - 30), m.index).toLowerCase();
    if (/\b(?:call|text|phone|cell|mobile|number|tel|reach|fax|contact|#)\W*(?:\w+\W+){0,3}$/.test(before)) {
      push(m.index, m.index + m[0].length, /\bfax\b/.test(before) ? 'FAX' : 'PHONE', 8);
    }
  });
  scan(CARD_RE, text, (m) => {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length >= 13 && digits.length <= 19 && luhn(digits)) push(m.index, m.index + m[0].length, 'ACCOUNT', 8);
  });
  scan(IBAN_RE, text, (m) => {
    if (ibanValid(m[0])) push(m.index, m.index + m[0].length, 'ACCOUNT', 8);
  });
  for (const at of macCandidates(text)) {
    MAC_STICKY_RE.lastIndex = at;
    const m = MAC_STICKY_RE.exec(text);
    if (m && (at === 0 || !/[\w:-]/.test(text[at - 1]!))) push(at, at + m[0].length, 'DEVICE', 8);
  }
}

// ---- numbers named by the words before them ----------------------------------------------------

const KEYED: { type: PhiType; re: RegExp }[] = [
  { type: 'SSN', re: /\b(?:ssn|ss#|social security|social)\b/ },
  // (Record numbers are spelled many ways: "MR-41877", "med rec no.", "unit number", "clinic ID".)
  { type: 'MRN', re: /\b(?:mrn|mr#|mr|medical record|med\.? ?rec(?:ord)?|chart|record|patient id|pt id|patient number|hospital number|hospital no|case number|case no|unit number|clinic id|clinic number|file number|file no)\b/ },
  { type: 'HEALTH_PLAN', re: /\b(?:member|insurance|insurer|policy|subscriber|medicaid|medicare|health plan|group|beneficiary|plan id|plan number|medi-cal|tricare|coverage)\b/ },
  { type: 'ACCOUNT', re: /\b(?:account|acct|card|bank|routing|iban|checking|savings|invoice|billing)\b/ },
  // (R35/R36 talka round: "drivers lic", a commercial driver's licence "CDL".)
  { type: 'LICENSE', re: /\b(?:licen[cs]e|lic|c?dl|certificate|certification|cert|permit|npi|dea|passport|registration)\b/ },
  { type: 'VEHICLE', re: /\b(?:plates?|tags?|vin|vehicle|car|truck)\b/ },
  { type: 'DEVICE', re: /\b(?:serial|s\/n|sn|device|imei|udid|model|pacemaker|implant|hearing aid|pump|monitor|cpap)\b/ },
  { type: 'BIOMETRIC', re: /\b(?:fingerprints?|retina|iris|voiceprint|voice print|dna|biometrics?|palm print)\b/ },
  { type: 'FAX', re: /\bfax\b/ },
  // A pager or extension is a contact number however short ("pager #4417", "pg 2231", "ext 304").
  { type: 'PHONE', re: /\b(?:pager|pg|beeper|bleep|ext|extension)\b/ },
];

// An identifier: one to four groups of letters/digits, at least three digits in all.
const ID_AFTER_RE =
  /^(?:[\s:#.,=-]*(?:number|num|no|nr|id|ids|is|was|of|ending|ends|with|in|the|my|her|his|their|on|file|form|card|band|bracelet|sheet|paperwork|says|reads|shows|code|record|records|scan|sample|last|four|4|digits|um|uh|umm|uhh|er|erm|=|:|#)\b){0,5}[\s:#.,=-]*((?:(?=[A-Za-z0-9-]*\d)[A-Za-z0-9][A-Za-z0-9-]{2,24}|[A-Z]{2,4}(?=[ -]\d))(?:[ -](?=[A-Za-z]{0,3}\d)[A-Za-z0-9]{2,12}){0,3})/i;
const KEYWORD_RE =
  /\b(?:ssn|ss#|social security|social|mrn|mr#|mr|medical record|med\.? ?rec(?:ord)?|patient number|hospital no|unit number|clinic id|clinic number|file number|file no|chart|record|patient id|pt id|hospital number|case number|case no|member|insurance|insurer|policy|subscriber|medicaid|medicare|health plan|group|beneficiary|plan id|plan number|medi-cal|tricare|coverage|account|acct|card|bank|routing|iban|checking|savings|invoice|billing|licen[cs]e|lic|c?dl|certificate|certification|cert|permit|npi|dea|passport|registration|plates?|tags?|vin|vehicle|car|truck|serial|s\/n|sn|device|imei|udid|model|pacemaker|implant|hearing aid|pump|monitor|cpap|fingerprints?|retina|iris|voiceprint|voice print|dna|biometrics?|palm print|fax|pager|pg|beeper|bleep|ext|extension|id|identifier|reference|ref|confirmation|ticket|claim|case|employee|student|badge|inmate|booking|docket)\b/gi;

// Keywords are searched only in the 60 characters before each run of three or more digits: a
// keyed identifier always has digits, and running the long keyword alternation over the whole
// text was the costliest scan in the engine.
const ID_DIGITS_RE = /\d{3,}/g;
const KEYWORD_NEAR_RE = new RegExp(`${KEYWORD_RE.source}`, 'gi');

// A plate named as one, digits or not many of them: "plate HW6 B49", "tags 7KPL 204".
// ("License plate on parking form: LKX-4471": a few words about where it is written may come between.)
const PLATE_RE = /\b(?:[Ll]icen[cs]e [Pp]late|LICEN[CS]E PLATE|[Pp]lates?|PLATES?|[Tt]ags?|TAGS?|[Rr]eg(?:istration)?)\b\W{0,3}(?:(?:[a-z]+[ \t]+){0,4}[a-z]+:[ \t]*|(?:(?:number|no|is|was|reads|says|of|on|it|the|my|his|her|their|listed|as)\W+){0,3})((?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])[A-Z0-9]{2,4}(?:[ -][A-Z0-9]{2,4}){0,2})\b/g;

export function detectKeyedIds(text: string, push: Push): void {
  scan(PLATE_RE, text, (m) => {
    const s = m.index + m[0].lastIndexOf(m[1]!);
    push(s, s + m[1]!.length, 'VEHICLE', 9);
  });
  let windowEnd = -1;
  scan(ID_DIGITS_RE, text, (d) => {
    const from = Math.max(windowEnd, d.index - 60, 0);
    windowEnd = d.index;
    if (from >= d.index) return;
    KEYWORD_NEAR_RE.lastIndex = 0;
    const win = text.slice(from, d.index);
    let m: RegExpExecArray | null;
    while ((m = KEYWORD_NEAR_RE.exec(win)) !== null) keyedAt(text, from + m.index, m[0], push);
  });
}

function keyedAt(text: string, at: number, keyword: string, push: Push): void {
  const m = { index: at, 0: keyword };
  {
    const kw = m[0].toLowerCase();
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const idm = ID_AFTER_RE.exec(after);
    if (!idm) return;
    let id = idm[1]!;
    // Trim a trailing word that crept in ("D4417302 the" is stopped by the group rule already).
    id = id.replace(/[-\s]+$/, '');
    if (digitsOf(id) < 3) return;
    // ("insulin coverage, FS 113-134": a measurement word and its readings, not a member number.)
    const lead = /^([A-Za-z]{2,6})[ \t:=]+\d{1,3}(?:\.\d+)?(?:[ \t]*(?:-|to)[ \t]*\d{1,3}(?:\.\d+)?)?$/.exec(id);
    if (lead && MEASURE_WORDS.has(lead[1]!.toLowerCase())) return;
    // "MR" is also mitral regurgitation and a title: as a record word it needs a long number.
    if (kw === 'mr' && (digitsOf(id) < 4 || m[0] !== 'MR')) return;
    // "SN" names a serial in capitals only.
    if (kw === 'sn' && m[0] !== 'SN') return;
    let type: PhiType = 'OTHER_ID';
    for (const k of KEYED) {
      if (k.re.test(kw)) {
        type = k.type;
        break;
      }
    }
    // "serial SN 4412-…", "S/N: NO 88…": the label repeated is not part of the number.
    let skip = 0;
    const label = /^(?:SN|S\/N|SER|NO|NUM|NR|ID)[ :#.-]+(?=[A-Za-z]{0,3}\d)/i.exec(id);
    if (label) {
      // Read the number again from after the label: its groups may run on ("SN 4412-TR-0087").
      const rest = after.slice(idm[0].length - idm[1]!.length + label[0].length);
      const again = ID_AFTER_RE.exec(rest);
      if (!again || again.index !== 0 || again[0] !== again[1]) return;
      skip = label[0].length;
      id = again[1].replace(/[-\s]+$/, '');
    }
    // A letters-only first group ("UHB 394 597 296") must be written in capitals and be no reading
    // ("ID: Tmax 101.5" is an infectious-disease heading). After a word that names a serial, record,
    // plan or account number the capitals are the number's prefix even where they spell an
    // abbreviation ("serial K-77310", "S/N RX 55 20193").
    const head = /^[A-Za-z]+(?=[ -])/.exec(id)?.[0];
    const named = type !== 'OTHER_ID' && type !== 'PHONE' && type !== 'FAX';
    // (R35/R36 talka round: a line typed all in lower case has no capitals to write the prefix in:
    // "licence number emt-78571". Only a prefix hyphenated to its number: "ssn are 4417" is a verb.)
    const capsOk = head === head?.toUpperCase() || (named && id[head!.length] === '-' && lowerCaseLineAt(text, at));
    if (head !== undefined && (!capsOk || (!named && (CLINICAL_SHORTHAND.has(head.toLowerCase()) || MEASURE_WORDS.has(head.toLowerCase()))))) return;
    // "ID: T101.7": a reading with its decimals, not a number given to someone.
    if (/^\.\d/.test(after.slice(idm[0].length))) return;
    // Not an identifier: doses, scores, times, years alone, money.
    // Short numbers are doses and counts, except the last four of a card or account and a badge number.
    if (/^\d{1,4}$/.test(id) && !/^(?:fax|ssn)$/.test(kw) && !(/^(?:pager|pg|beeper|bleep|ext|extension)$/.test(kw) && id.length >= 2) && !(kw === 'badge' && id.length >= 3) && !(id.length === 4 && /\b(?:ending|ends|last\s+(?:4|four))\b/i.test(idm[0]))) return;
    if (/^(?:19|20)\d\d$/.test(id)) return;
    // CPT and ICD codes in billing talk ("billed 90837") are not account numbers.
    if (/^\d{5}$/.test(id) && /\b(?:cpt|code|billed|billing|icd|dx|claim)\b/i.test(text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 20))) return;
    if (/^\d+(?:mg|mcg|ml|kg|lbs?|am|pm|st|nd|rd|th|s)$/i.test(id)) return;
    const offset = m.index + m[0].length + idm[0].length - idm[1]!.length + skip;
    if (type === 'FAX' && digitsOf(id) < 7) return;
    // "MR-41877", "MRN#55120": a record prefix glued to its number is how the number is written.
    // So is "MR 5111306": "MR" in capitals right before the digits is the number's prefix, not a label.
    const glued = type === 'MRN' && /^[A-Z]+$/.test(m[0]) && (/^[-#]$/.test(text.slice(m.index + m[0].length, offset)) || (m[0] === 'MR' && text.slice(m.index + 2, offset) === ' '));
    // The keyword's type beats a generic shape ("MRN 1234-5678" is not a phone number).
    // A dependant's suffix after a member number ("ZKH667927910*03") is part of it.
    const suffix = type === 'HEALTH_PLAN' ? (/^\*\d{1,2}(?!\d)/.exec(text.slice(offset + id.length, offset + id.length + 4))?.[0].length ?? 0) : 0;
    push(glued ? m.index : offset, offset + id.length + suffix, type, type === 'OTHER_ID' ? 5 : 9);
  }
}

// Any remaining code that mixes letters and digits, or a long run of digits: a unique number.
const DIGITS_RE = /\d+/g;
const CODE_LEFT_RE = /[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*$/u;
const CODE_RIGHT_RE = /^[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*/u;
const CODE_EDGE_RE = /[\p{L}\p{N}@./-]/u;

function asciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
}

/**
 * CODE_LEFT_RE's match on `text.slice(lo, end)`, read backwards: the unanchored `…$` regex retries from
 * every start in the 40-character window at every digit run. Plain ASCII only; anything else (a
 * letter outside ASCII, a surrogate half) falls back to the regex, so the answer is the same.
 */
function codeLeft(text: string, lo: number, end: number): string {
  let i = end;
  let runEnd = end;
  for (;;) {
    while (i > lo && asciiAlnum(text.charCodeAt(i - 1))) i--;
    const c = i > lo ? text.charCodeAt(i - 1) : 0;
    if (c >= 128) return CODE_LEFT_RE.exec(text.slice(lo, end))![0];
    // "-run" is one more group only when the run after the hyphen is not empty.
    if (i === runEnd || c !== 45) break;
    runEnd = i - 1;
    i = runEnd;
  }
  return text.slice(i, end);
}
// ("E4V5M6", "E3VTM6": the eye, verbal and motor parts of a Glasgow coma score.)
const CLINICAL_CODE =
  /^(?:E[1-4]V(?:[1-5]|T)M[1-6]|[A-TV-Z]\d{2}(?:\.\d{1,4})?[A-Z]?|(?:phq|gad|pcl|audit|dast|cssrs|ham|madrs|ybocs|bdi|bai|asrs|k|moca|mmse|edinburgh|epds|covid|sars|hiv|b|d|k|q|ss|cd|t|il)-?\d{1,3}[a-z]?|(?:\d+(?:\.\d+)?)?(?:x\d+(?:\.\d+)?)+x?|\d+(?:\.\d+)?x|\d{1,4}[ap]|\d+(?:st|nd|rd|th|s|am|pm|mg|mgs|mcgs|gms|meq|mmol|cc|peep|ltr|lpm|gm|hr|units|days?|wks?|weeks?|hours?|mins?|cmh2o|cmh20|mmhg|l|lt|ml\/hr|cc\/hr|mcg|ml|kg|lb|lbs|cm|mm|hr|hrs|h|min|mins|yo|y|yr|yrs|x|k|m|d|w|wk|wks|mo|mos|g|l|iu|u|mmhg|bpm|f|c|p)|[a-z]{1,3}\d{1,2}|\d{1,2}[a-z]{1,3})$/i;

/**
 * A word glued to its reading ("sats93", "tylenol650", "peep10") or a reading glued to the next word
 * ("120sinus", "110sr", "300mls", "500ccNS"): vocabulary and a short number, not a code.
 */
function isVocabulary(w: string): boolean {
  const k = w.toLowerCase();
  return resources().commonWords.has(k) || resources().medicalWords.has(k) || CLINICAL_SHORTHAND.has(k);
}

function gluedReading(v: string): boolean {
  const vocab = (w: string): boolean => MEASURE_WORDS.has(w.toLowerCase()) || CLINICAL_SHORTHAND.has(w.toLowerCase()) || (w.length >= 3 && isVocabulary(w));
  // "Sao298", "o2sat-100", "to5cmh20": a vital sign's name (with its own digit) or a preposition
  // glued to a reading.
  const vital = /^(?:sa?o2|spo2|fio2|pa?o2|paco2|etco2|s?v?o2|mvo2|scvo2|o2sats?|o2|to|at|of|on|x)(\d+(?:\.\d+)?)([A-Za-z0-9]{0,6})$/i.exec(v);
  if (vital && (vital[2] === '' || CLINICAL_CODE.test(vital[1]! + vital[2]!))) return true;
  if (/^(?:sa?o2|spo2|o2sats?|fio2)$/i.test(v)) return true;
  const glued = /^([A-Za-z]{2,})(\d+(?:\.\d+)?)([A-Za-z]{0,4})$/.exec(v);
  if (glued && vocab(glued[1]!)) return true;
  // A reading with its unit and the next word run together in capitals ("8CMH2OFOR", "20MGGIVEN").
  const unitThenWord = /^\d{1,4}(?:\.\d+)?(?:cmh2o|cmh20|mmhg|mcg|mg|ml|cc|lpm|meq)([a-z]{2,})$/i.exec(v);
  if (unitThenWord && vocab(unitThenWord[1]!)) return true;
  const trailing = /^(\d{1,4}(?:\.\d+)?)([A-Za-z]{2,})$/.exec(v);
  return trailing !== null && (vocab(trailing[2]!) || /^(?:mls?|ccs?|mcgs?|mgs?|gms?|cm|mm|kg|lbs?|hrs?|mins?|sec|secs)/i.test(trailing[2]!));
}

// A code written in spaced groups, "PZ 3318 9902117", "CLM 7721 0039184": a capital prefix and a
// shorter digit group before the long number are part of it. (The digit group is what marks the
// run as one code; a capital word alone before a number may be its label, and a label word —
// "MRN", "ID", "REF" — stays out.)
const SPACED_LEAD_RE = /(?:^|[^\p{L}\p{N}@./:#-])(?:([A-Z]{1,5})[ \t]+)?(\d{3,6})[ \t]+$/u;
const LABEL_WORD_RE = new RegExp(`^(?:${KEYWORD_RE.source})$`, 'i');
function spacedLead(text: string, at: number): number {
  const m = SPACED_LEAD_RE.exec(text.slice(Math.max(0, at - 20), at));
  if (!m) return at;
  const digitsAt = at - m[0].length + m[0].indexOf(m[2]!, m[1] ? m[1].length : 0);
  // Only after a capital prefix: a short number alone before a long one is a count or a dose.
  if (!m[1] || /^(?:19|20)\d\d$/.test(m[2]!)) return at;
  const lettersAt = at - m[0].length + m[0].indexOf(m[1]);
  return LABEL_WORD_RE.test(m[1]) || CLINICAL_SHORTHAND.has(m[1].toLowerCase()) || MEASURE_WORDS.has(m[1].toLowerCase()) ? digitsAt : lettersAt;
}

export function detectCodes(text: string, push: Push): void {
  let lastEnd = -1;
  scan(DIGITS_RE, text, (dm) => {
    if (dm.index < lastEnd) return;
    // Grow the digit run to the whole letter/digit/hyphen token around it.
    let left = codeLeft(text, Math.max(0, dm.index - 40), dm.index);
    // A letter prefix hyphened to a long number is part of it ("KT-55120", "QX-77120"): a serial or
    // record number written with its series letters. (Readings — "HR-110", "PO2-98" — are short.)
    if (left === '' && /^\d{5,}/.test(dm[0])) {
      const prefix = /(?:^|[^\p{L}\p{N}@./-])([A-Z]{1,4}-)$/u.exec(text.slice(Math.max(0, dm.index - 6), dm.index));
      if (prefix && !CLINICAL_SHORTHAND.has(prefix[1]!.slice(0, -1).toLowerCase()) && !MEASURE_WORDS.has(prefix[1]!.slice(0, -1).toLowerCase())) left = prefix[1]!;
    }
    // The same prefix before a shorter first group that more digit groups follow ("QRT-4821-7730195",
    // "CV-2024-0193377", "PA-8812-3390017-B"): a claim, case or order number written in its series'
    // letters and groups. Without the prefix the groups after it would be skipped with it as one
    // larger token. The groups must hold a long number — one group of five digits or more, or eight
    // digits in groups that are not all clock times or years — so "HR-110-120" and "ICU-0700-1930"
    // stay readings and shifts.
    if (left === '' && dm.index > 0 && text[dm.index - 1] === '-') {
      const prefix = /(?:^|[^\p{L}\p{N}@./-])([A-Za-z]{1,5}-)$/u.exec(text.slice(Math.max(0, dm.index - 7), dm.index));
      const word = prefix?.[1]!.slice(0, -1);
      if (word !== undefined && (word === word.toUpperCase() || word.length <= 3)) {
        const rest = CODE_RIGHT_RE.exec(text.slice(dm.index, dm.index + 40))![0];
        const groups = rest.match(/\d+/g) ?? [];
        const total = groups.reduce((a, g) => a + g.length, 0);
        const clockOrYear = (g: string): boolean => /^(?:[01]\d|2[0-3])[0-5]\d$/.test(g) || /^(?:19|20)\d\d$/.test(g) || g.length <= 2;
        const dateLike = /^(?:19|20)\d\d-\d{1,2}-\d{1,2}$|^\d{1,2}-\d{1,2}-(?:19|20)?\d\d$/.test(rest);
        // (A clinical abbreviation as the prefix — "TX-", "CV-", "LB-" — only before a group of five
        // digits or more: no reading or range is written that way.)
        const clinical = CLINICAL_SHORTHAND.has(word.toLowerCase()) || MEASURE_WORDS.has(word.toLowerCase());
        const long = groups.some((g) => g.length >= 5);
        if (!dateLike && groups.length >= 2 && (long || (!clinical && total >= 8 && !groups.every(clockOrYear)))) left = prefix![1]!;
      }
    }
    const right = CODE_RIGHT_RE.exec(text.slice(dm.index + dm[0].length, dm.index + dm[0].length + 40))![0];
    let start = dm.index - left.length;
    let end = dm.index + dm[0].length + right.length;
    if (text[start] === '-') start++;
    while (end > start && text[end - 1] === '-') end--;
    lastEnd = end;
    // Part of a larger dotted/slashed/e-mail token (dates, decimals, URLs): other detectors' job.
    if (start > 0 && CODE_EDGE_RE.test(text[start - 1]!)) return;
    if (end < text.length && (/[@]/.test(text[end]!) || (/[./-]/.test(text[end]!) && /[\p{L}\p{N}]/u.test(text[end + 1] ?? '')))) return;
    const m = { index: start, 0: text.slice(start, end) };
    const v = m[0];
    if (VIN_RE.test(v) && /[A-Z]/.test(v)) {
      push(start, end, 'VEHICLE', 8);
      return;
    }
    const d = digitsOf(v);
    const letters = v.length - d - (v.split('-').length - 1);
    // Ranges and series of readings or times ("120-140", "0700-1930", "70s-80s", "11p-7a"): each part
    // a short number or a clinical code is a measurement, not a unique number.
    const parts = v.split('-');
    if (parts.length > 1 && (parts.length === 2 || parts.some((p) => /[a-z]/i.test(p))) && parts.every((part) => /^\d{1,4}$/.test(part) || CLINICAL_CODE.test(part) || gluedReading(part))) return;
    // A short reading hyphenated to the next word of the sentence ("PO2 112-CHANGED TO", "148-treated"),
    // and series of short readings ("MVO2 55-45-51", "HR 70-80s-at 1900"): numbers and vocabulary.
    if (parts.length === 2 && parts.some((p) => /^\d{1,4}$/.test(p)) && parts.every((p) => /^\d{1,4}$/.test(p) || (/^[A-Za-z]{3,}$/.test(p) && isVocabulary(p)))) return;
    // (Readings have no leading zero: "318-44-07" is a number someone was given.)
    // ("HR 60-70S-AT 2100": in a capitals note a two-letter word such as "AT" is vocabulary too.)
    if (parts.length >= 3 && parts.some((p) => /^\d{1,3}$/.test(p)) && parts.every((p) => /^(?:0|[1-9]\d{0,2})$/.test(p) || (CLINICAL_CODE.test(p) && !/\d{4}/.test(p)) || ((/^[a-z]{2,}$/.test(p) || /^[A-Za-z]{3,}$/.test(p) || /^(?:AT|TO|ON|IN|OF|UP)$/.test(p)) && isVocabulary(p)))) return;
    if (letters === 0) {
      // "1990-2004", "2019-20": a span of years.
      if (/^(?:19|20)\d\d-(?:(?:19|20)\d\d|\d\d)$/.test(v)) return;
      // Plain numbers: six or more digits is an identifier (no dose, score, year or code has that many).
      if (d >= 6 && !/[,.]\d/.test(text.slice(m.index - 2, m.index + v.length + 2))) push(spacedLead(text, m.index), m.index + v.length, 'OTHER_ID', 4);
      return;
    }
    if (CLINICAL_CODE.test(v)) return;
    if (gluedReading(v)) return;
    // A clock time hyphened to the note's next word ("2300-R FOOT DSG", "2200-lasix given"): a time.
    if (parts.length === 2 && parts.some((p) => /^(?:[01]\d|2[0-3])[0-5]\d$/.test(p)) && parts.some((p) => /^[A-Za-z]+$/.test(p))) return;
    // A model before the kind of machine it is ("via XB840 vent"): the same in every unit, no serial.
    if (/^[ \t]+(?:vent|ventilator|pump|monitor|bed|machine)\b/i.test(text.slice(end, end + 14))) return;
    // "8CMH2OWITH", "2mgprn": a reading with its unit run into the next word or a typo.
    if (/^\d{1,4}(?:\.\d+)?(?:cmh2o|cmh20|mmhg|mcg|mcq|mg|meq|cc|mls?|units?|kg|gm)[a-z]*$/i.test(v)) return;
    // Public toll-free lines ("1-800-QUIT-NOW") are not anyone's identifier.
    if (/^1-8(?:00|88|77|66|55|44|33)-/.test(v)) return;
    if (d >= 4 || (d >= 3 && v.length >= 6)) push(m.index, m.index + v.length, 'OTHER_ID', 4);
  });
}

// ---- photographs ----------------------------------------------------------------------------

// Safe Harbor lists full-face photographs; in text, what can be caught is a reference to one.
const PHOTO_RE =
  /\b(?:full[- ]face|facial|face)\s+(?:photo(?:graph)?|picture|image|shot)s?\b|\b(?:photo(?:graph)?|picture|pic|image|selfie)s?\s+(?:of\s+(?:my|his|her|their|your|the\s+(?:client|patient)'s)\s+face|attached|on\s+file|from\s+(?:the|her|his|my|their)\s+(?:id|license|licence|passport|badge))\b|\b(?:headshots?|mugshots?|photo\s+id)\b/gi;

export function detectPhotos(text: string, push: Push): void {
  scan(PHOTO_RE, text, (m) => push(m.index, m.index + m[0].length, 'PHOTO', 6));
}

// ---- addresses ---------------------------------------------------------------------------------

const STREET_START_RE = /\b\d{1,6}[A-Za-z]?(?:-\d{1,5})?[ \t]+(?:[A-Za-z\u00C0-\u024F])/g;
const STREET_RE = new RegExp(
  String.raw`\b\d{1,6}[A-Za-z]?(?:-\d{1,5})?[ \t]+(?:(?:[NSEW]|north|south|east|west|ne|nw|se|sw)\.?[ \t]+)?((?:[\p{L}\p{N}'.-]+[ \t]+){0,3}?)(?:${STREET_SUFFIX})\b\.?(?:,?\s*(?:apt|apartment|suite|ste|unit|#|no\.?|fl|floor)\.?\s*#?\s*[\p{L}\p{N}-]{1,6}\b)?`,
  'yiu',
);
const AMBIGUOUS_SUFFIX = new Set(['st', 'ct', 'dr', 'rd', 'ln', 'pl', 'ter', 'cir', 'sq', 'run', 'row', 'walk', 'path', 'loop', 'close', 'way', 'park', 'hill', 'square', 'crossing', 'landing', 'commons', 'grove', 'heights']);
const STREET_MORE_RE = new RegExp(String.raw`^(?:[ \t]+(?:${STREET_SUFFIX})\b\.?)+`, 'i');
const NAMED_SUFFIX_RE = /\b(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Ln\.?|Court|Terrace|Place|Parkway|Highway|Hwy|Way|Circle|Drive|Trail|Square|Plaza|Pike|Crescent|Expressway|Freeway|Turnpike|Thruway)(?![A-Za-z])/g;
// A numbered road ("off Route 9", "Highway 61", "Interstate 80", "County Road 12"): it places a home.
// (A full stop may end the sentence after it: "off Route 9.")
// (Also the Texan "Farm to Market 2222" and a "Rural Route"; an interstate written "I-94" only after a
// word of driving, since "I-9", "I-94" and "I-130" are also immigration and employment forms.)
const NUMBERED_ROAD_RE = /\b(?:Route|Rte\.?|Highway|Hwy\.?|Interstate|County Road|State Road|Farm Road|Farm to Market|Ranch to Market|Rural Route|I-(?=\d\d)(?<=\b(?:on|off|onto|take|took|down|along|via|exit|near)\s+(?:the\s+)?I-))[ \t]*\d{1,4}[A-Z]?(?![\d/:-]|\.\d)/g;
// "Officer Pike", "Pastor Lane": a title before a street suffix makes it a surname.
const TITLE_BEFORE_SUFFIX_RE = /^(?:Officer|Pastor|Coach|Mr|Mrs|Ms|Miss|Dr|Judge|Detective|Sergeant|Sgt|Deputy|Father|Sister|Brother|Reverend|Rev|Deacon|Nurse|Auntie|Aunt|Uncle|Grandma|Grandpa|Nana)\.?\s/;
// "the corner of Fulton and Grand": two streets named by a corner, each a capitalised name.
const CORNER_RE = /\b(?:corner|intersection)\s+of\s+((?:[A-Z][\p{L}'-]+|\d{1,3}(?:st|nd|rd|th))(?:[ \t]+[A-Z][\p{L}'-]+)?)[ \t]+(?:and|&)[ \t]+((?:[A-Z][\p{L}'-]+|\d{1,3}(?:st|nd|rd|th))(?:[ \t]+[A-Z][\p{L}'-]+)?)/gu;
const NAMED_LEFT_RE = /(?:[A-Z][\p{L}'-]+[ \t]+){1,3}$/u;
const FOREIGN_STREET_RE =
  /\b\p{Lu}[\p{L}-]*(?:straat|strasse|straße|gasse|weg|laan|vej|gatan|gade|katu|utca|allee|platz|plein|dreef|kade|steeg|singel|gracht|ulica|cesta|vägen|veien)\s+\d+[a-z]?\b|\b(?:Rue|Via|Viale|Calle|Avenida|Rua|Plaza|Piazza|Corso|Camino|Paseo|Carrer|Boulevard|Chemin|Place|Ulica|Ul\.)\s+(?:(?:de|del|la|le|des|di|da|do|dos|du)\s+)?\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,3}(?:,?\s+\d+[a-z]?)?/gu;
// ("to unit 8/8/09 23:15": a number that runs on into a date or a reading is no flat's number.)
const UNIT_RE = /\b(?:apt|apartment|suite|ste|unit)\.?\s*#?\s*\d+[A-Za-z]?\b(?![/.:-]\d)|\bP\.?\s?O\.?\s+Box\s+\d+\b/gi;
const NOT_ADDRESS_WORDS = new Set([
  'mg', 'mcg', 'ml', 'min', 'mins', 'minute', 'minutes', 'hour', 'hours', 'hr', 'hrs', 'day', 'days',
  'week', 'weeks', 'month', 'months', 'year', 'years', 'time', 'times', 'mile', 'miles', 'block',
  'blocks', 'step', 'steps', 'pill', 'pills', 'session', 'sessions', 'point', 'points', 'kids',
  'people', 'cigarettes', 'packs', 'drinks', 'beers', 'percent',
]);
// A street named without its number, in lower case ("showed up on ferris rd", "lives off maple ave"):
// a place preposition, one or two words no list of everyday or clinical words holds, and a street
// word. ("on my way", "down the road", "on tele st" stay.)
// (The street word is found first, then the words before it are read.)
const LOWER_SUFFIX_RE = /[ \t](st|rd|ave|blvd|ln|dr|ct|street|road|avenue|lane|drive|boulevard|court|pkwy|parkway|hwy|highway|terrace|circle)\b\.?(?![ \t]*(?:#|\d))/g;
const LOWER_STREET_LEFT_RE = /\b(?:on|at|off|near|down|up|along|across|onto|by)[ \t]+((?:[a-z][a-z'-]{2,}[ \t]+){1,2})$/;
// Numbered units of public services name one building and its crew: "Engine Co. 14", "Ladder 9",
// "the 12th Precinct" is a date-free ordinal left alone; "Precinct 7", "Troop 41", "Local 1199".
// (Any space after "Co.": a sentence splitter may have cut the name there.)
const SERVICE_UNIT_RE =
  /\b(?:(?:Engine|Ladder|Truck|Rescue|Squad|Hose)(?:[ \t]+(?:Co\.(?=\s)|Co|Company))?\s+(?:No\.?[ \t]*)?#?\d{1,3}|(?:Precinct|Troop|Battalion)[ \t]+#?\d{1,4}|Local[ \t]+\d{2,4})(?![\d./-])/g;
// A numbered street named without a house number ("the shelter on 3rd Ave", "off Fifth Street"): the
// ordinal is read before a street word that the scans above find.
const ORDINAL_LEFT_RE = /(?:^|[^\p{L}\p{N}])(\d{1,3}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth)[ \t]+$/u;
const COUNTY_KW_RE = /\b(?:county|parish|borough)\b/gi;
const COUNTY_LEFT_RE = /((?:[\p{L}'.-]+\s+){1,3})$/u;
const ZIP_KEYED_RE = /\b(?:zip|zipcode|zip code|postal code|postcode)\b\W{0,3}(?:(?:is|was|of|code)\W+){0,2}(\d{5})(?:-\d{4})?\b/gi;
const ZIP_AFTER_STATE_RE = /\b([A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\.?,?\s+(\d{5})(?:-\d{4})?\b/g;
// "Serbia 23823", "Canada, 32586": a postal code after a country (the country stays).
const POSTAL_DIGITS_RE = /(?<![\w.-])\d{4,6}(?![\w.-])/g;
const COUNTRY_BEFORE_RE = new RegExp(`\\b(?:${[...COUNTRIES].join('|')})\\s*,?\\s+$`, 'i');
const FIVE_DIGITS_RE = /\d{5}/;
const FIVE_DIGITS_G = /\d{5}/g;

/**
 * R35 dspeed5: every place a match of ZIP_LINE_RE can start, ascending: the start of a line whose
 * first five digits follow only spaces, tabs and commas. Each such run of five digits is found by
 * FIVE_DIGITS_G (nothing before it on its line can be part of an earlier run), then read backwards.
 */
export function zipLineStarts(text: string): number[] {
  const out: number[] = [];
  scan(FIVE_DIGITS_G, text, (m) => {
    let q = m.index;
    while (q > 0 && (text[q - 1] === ' ' || text[q - 1] === '\t' || text[q - 1] === ',')) q--;
    if (q === 0 || /[\n\r\u2028\u2029]/.test(text[q - 1]!)) out.push(q);
  });
  return out;
}
// In a text with no capitals, a ZIP after a comma and a two-letter state ("…, ny 12545"): the
// comma and the five digits make the two letters a state.
const UPPER_RE = /[A-Z]/;
const ZIP_AFTER_LOWER_STATE_RE = /,[ \t]*([a-z]{2})\.?,?[ \t]+(\d{5})(?:-\d{4})?(?!\d|\.\d)/g;
function zipsAfterLowerState(text: string, pushZip: (start: number, zip5: string, full: string) => void): void {
  scan(ZIP_AFTER_LOWER_STATE_RE, text, (m) => {
    if (!US_STATES.has(m[1]!)) return;
    const s = m.index + m[0].lastIndexOf(m[2]!);
    pushZip(s, m[2]!, /^\d{5}(?:-\d{4})?/.exec(text.slice(s))![0]);
  });
}
const ZIP_LINE_RE = /^[ \t,]*(\d{5})(?:-\d{4})?[ \t]*$/gm;

export function detectAddresses(text: string, push: Push, commonWords: ReadonlySet<string>, hints = -1, everydayWords?: ReadonlySet<string>): void {
  scan(STREET_START_RE, text, (start) => {
    STREET_RE.lastIndex = start.index;
    const m = STREET_RE.exec(text);
    if (!m) return;
    // "2208 quail run drive": a suffix word ("ridge") can be part of the name; take the last one.
    const more = STREET_MORE_RE.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
    if (more) (m as unknown as string[])[0] = m[0] + more[0];
    STREET_START_RE.lastIndex = Math.max(STREET_START_RE.lastIndex, m.index + m[0].length);
    const middle = (m[1] ?? '').trim();
    const words = middle ? middle.split(/\s+/) : [];
    const first = m[0].slice(m[0].search(/\s/)).trim().split(/\s+/)[0]!.toLowerCase();
    if (NOT_ADDRESS_WORDS.has(first) || CLINICAL_SHORTHAND.has(first) || MEASURE_WORDS.has(first)) return;
    for (const w of words) {
      const k = w.toLowerCase().replace(/[.,]$/, '');
      // A street's name is words, not readings: "4 RECEIVED 60MEQ KCL" is a lab line.
      if (FUNCTION_WORDS.has(k) || NOT_ADDRESS_WORDS.has(k) || CLINICAL_SHORTHAND.has(k) || MEASURE_WORDS.has(k) || /^\d/.test(k)) return;
    }
    // "3 Dr" with nothing between is not an address; a lone number + "way"/"run" neither.
    // Suffixes that are also abbreviations or words ("3 beat run VT", "25 stable CT", "HR 100 ST"):
    // the street's name must be written as a name, in capitals, and be no clinical word or typo.
    const suffix = m[0].trim().split(/\s+/).pop()!.replace(/\.$/, '').toLowerCase();
    // (A word one slip from vocabulary is a typo in a note, unless a name list knows it: "Lincoln Rd".)
    const typo = (k: string): boolean => looksMisspelt(k) && !resources().lastNames.has(k) && !resources().firstNames.has(k) && !resources().usCities.has(k);
    if (AMBIGUOUS_SUFFIX.has(suffix) && words.some((w) => !/^\p{Lu}/u.test(w) || typo(w.toLowerCase().replace(/[.,]$/, '')))) return;
    // In capitals, case says nothing: "15 SEC RUN", "6 BEAT RUN" are rhythm strips. A street named with
    // only everyday words and an ambiguous suffix needs lower-case letters somewhere to tell.
    if (AMBIGUOUS_SUFFIX.has(suffix) && !/\p{Ll}/u.test(m[0]) && words.every((w) => commonWords.has(w.toLowerCase().replace(/[.,]$/, '')))) return;
    // ("100 ST", "3 RD": a reading before sinus tachycardia, an ordinal.)
    if (words.length === 0 && !/\b(?:street|avenue|road|boulevard|lane|drive|court)\b/i.test(m[0])) return;
    push(m.index, m.index + m[0].length, 'GEO', 7);
  });
  scan(NAMED_SUFFIX_RE, text, (sm) => {
    const left = text.slice(Math.max(0, sm.index - 60), sm.index);
    const lm = NAMED_LEFT_RE.exec(left);
    if (!lm) {
      // "on 3rd Ave", "off Fifth Street": a numbered street with its capital.
      const om = ORDINAL_LEFT_RE.exec(left);
      if (om) push(sm.index - om[0].length + om[0].indexOf(om[1]!), sm.index + sm[0].length, 'GEO', 6);
      return;
    }
    const m = { index: sm.index - lm[0].length, 0: lm[0] + sm[0] };
    if (TITLE_BEFORE_SUFFIX_RE.test(m[0])) return;
    const firstWord = m[0].split(/\s+/)[0]!.toLowerCase();
    if (FUNCTION_WORDS.has(firstWord)) {
      const rest = m[0].indexOf(' ') + 1;
      if (/^[A-Z]/.test(m[0].slice(rest)) && m[0].slice(rest).includes(' ')) push(m.index + rest, m.index + m[0].length, 'GEO', 6);
      return;
    }
    push(m.index, m.index + m[0].length, 'GEO', 6);
  });
  scan(SERVICE_UNIT_RE, text, (m) => push(m.index, m.index + m[0].length, 'GEO', 6));
  scan(NUMBERED_ROAD_RE, text, (m) => push(m.index, m.index + m[0].length, 'GEO', 6));
  // (The literal search first: a plain substring search is far cheaper than the \b alternation, and
  // the regex cannot match without one of the two.)
  if ((text.includes('corner of ') || text.includes('intersection of ')) && /\b(?:corner|intersection) of /.test(text)) scan(CORNER_RE, text, (m) => {
    const a = m.index + m[0].indexOf(m[1]!);
    const b = m.index + m[0].length - m[2]!.length;
    push(a, a + m[1]!.length, 'GEO', 6);
    push(b, b + m[2]!.length, 'GEO', 6);
  });
  scan(LOWER_SUFFIX_RE, text, (hit) => {
    const sm = { index: hit.index + 1, 0: hit[0].slice(1), 1: hit[1]! };
    const left = text.slice(Math.max(0, sm.index - 48), sm.index);
    const lm = LOWER_STREET_LEFT_RE.exec(left);
    if (!lm) {
      // "on 3rd ave": a numbered street ("3rd st" could be a third stage or sinus tachycardia).
      const om = /^\d/.test(sm[1]) ? null : ORDINAL_LEFT_RE.exec(left);
      if (om && /^\d/.test(om[1]!) && !/^(?:st|dr|ct)$/.test(sm[1])) push(sm.index - om[0].length + om[0].indexOf(om[1]!), sm.index + sm[0].length, 'GEO', 6);
      return;
    }
    const m = { index: sm.index - lm[1]!.length, 0: lm[1]! + sm[0], 1: lm[1]! + sm[0] };
    const suffix = sm[1];
    const name = lm[1]!.trim().split(/[ \t]+/);
    const r = resources();
    const plain = (k: string): boolean =>
      (everydayWords ?? commonWords).has(k) || FUNCTION_WORDS.has(k) || CLINICAL_SHORTHAND.has(k) || MEASURE_WORDS.has(k) || r.medicalWords.has(k) || NOT_ADDRESS_WORDS.has(k);
    if (name.some(plain)) return;
    // "st", "dr", "ct" are also sinus tachycardia, doctor and a scan: the street's name must be a name.
    if (/^(?:st|dr|ct)$/.test(suffix) && !name.every((k) => r.lastNames.has(k) || r.firstNames.has(k) || r.usCities.has(k))) return;
    push(m.index, m.index + m[1].length, 'GEO', 6);
  });
  if (hints & W.ForeignStreet) scan(FOREIGN_STREET_RE, text, (m) => push(m.index, m.index + m[0].length, 'GEO', 6));
  if (hints & W.GeoCue) scan(UNIT_RE, text, (m) => push(m.index, m.index + m[0].length, 'GEO', 6));
  if (hints & W.GeoCue) scan(COUNTY_KW_RE, text, (kw) => {
    const lm = COUNTY_LEFT_RE.exec(text.slice(Math.max(0, kw.index - 80), kw.index));
    if (!lm) return;
    const m = { index: kw.index - lm[0].length, 0: lm[0] + kw[0], 1: lm[1] };
    const words = m[1]!.trim().split(/\s+/);
    // Keep only the name words right before "County": "in Merced County" → "Merced County".
    let k = words.length;
    while (k > 0) {
      const w = words[k - 1]!;
      const key = w.toLowerCase();
      if (FUNCTION_WORDS.has(key)) break;
      // Lower-case text: an everyday word ("the", "our", "big") is not a county name; "pierce" is.
      if (!/^\p{Lu}/u.test(w) && (everydayWords ?? commonWords).has(key)) break;
      k--;
    }
    if (k === words.length) return;
    const startWord = words.slice(k).join(' ');
    const start = m.index + m[0].indexOf(startWord, m[0].length - m[0].trimStart().length + 0);
    push(start, m.index + m[0].length, 'GEO', 6);
  });
  const pushZip = (start: number, zip5: string, full: string): void => {
    // Safe Harbor keeps the first three digits unless that 3-digit area holds ≤ 20,000 people.
    const keep = RESTRICTED_ZIP3.has(zip5.slice(0, 3)) ? 0 : 3;
    push(start + keep, start + full.length, 'GEO', 7);
  };
  scan(ZIP_KEYED_RE, text, (m) => {
    const s = m.index + m[0].lastIndexOf(m[1]!);
    const full = /^\d{5}(?:-\d{4})?/.exec(text.slice(s))![0];
    pushZip(s, m[1]!, full);
  });
  scan(ZIP_AFTER_STATE_RE, text, (m) => {
    // After a state, or after a US city with no state between ("…, Brookfield, 60513").
    const place = m[1]!.toLowerCase();
    if (!US_STATES.has(place) && !resources().usCities.has(place)) return;
    const s = m.index + m[0].lastIndexOf(m[2]!);
    const full = /^\d{5}(?:-\d{4})?/.exec(text.slice(s))![0];
    pushZip(s, m[2]!, full);
  });
  if (!UPPER_RE.test(text)) zipsAfterLowerState(text, pushZip);
  if (hints & W.Place) {
    scan(POSTAL_DIGITS_RE, text, (d) => {
      if (/^(?:19|20)\d\d$/.test(d[0])) return; // "Mexico 2019" is a year
      if (COUNTRY_BEFORE_RE.test(text.slice(Math.max(0, d.index - 40), d.index))) push(d.index, d.index + d[0].length, 'GEO', 6);
    });
  }
  if (testAnywhere(FIVE_DIGITS_RE, text)) scanAtStarts(ZIP_LINE_RE, zipLineStarts(text), text, (m) => {
    // A ZIP alone on the line under an address.
    const before = text.slice(Math.max(0, m.index - 120), m.index);
    if (/\d|\b(?:street|st|road|rd|ave|avenue|drive|lane|suite|apt|box)\b/i.test(before)) {
      const s = m.index + m[0].indexOf(m[1]!);
      const full = /^\d{5}(?:-\d{4})?/.exec(text.slice(s))![0];
      pushZip(s, m[1]!, full);
    }
  });
}
