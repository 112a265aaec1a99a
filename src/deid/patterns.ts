// Identifiers with a shape: contact details, numbers and codes, street addresses and ZIP codes.
// Each detector is one regular-expression scan of the whole text (linear, no nested quantifiers
// over the same characters), then a cheap check of the match and its context.
import type { PhiType } from './types.ts';
import { RESTRICTED_ZIP3, STREET_SUFFIX, US_STATES } from './geo-data.ts';
import { FUNCTION_WORDS } from './lexicon.ts';

export interface TypedSpan {
  start: number;
  end: number;
  type: PhiType;
  /** Higher wins when spans of different types overlap. */
  prio: number;
}

type Push = (start: number, end: number, type: PhiType, prio: number) => void;

function scan(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    fn(m);
    if (m[0].length === 0) re.lastIndex++;
  }
}

const digitsOf = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
};

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

const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[A-Za-z]{2,}/gu;
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'()]+/giu;
const DOMAIN_RE =
  /\b[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|edu|gov|io|co|us|uk|ca|de|fr|se|pl|nl|ch|au|info|biz|me|ly|app|health|site|online|blog|page|link|tv|fm)\b(?:\/[^\s<>"']*)?/giu;
const HANDLE_RE = /(?<![\p{L}\p{N}@.])@[A-Za-z0-9_.]{3,30}\b/gu;
const IPV4_RE = /\b(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\b(?!\.\d)/g;
const IPV6_RE = /\b(?:[0-9a-f]{1,4}:){2,7}(?::|[0-9a-f]{1,4})(?:(?::[0-9a-f]{1,4}){1,6})?\b/gi;
const PHONE_RE =
  /(?<![\w/.-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?|\d{1,4}[\s.-])(?:\d{2,4}[\s.-]){0,3}\d{2,5}(?:\s?(?:x|ext\.?|extension)\s?\d{1,6})?(?![\w/-]|\.\d)/gi;
const PHONE_BARE_RE = /(?<![\w.-])(?:\+?1)?\d{10}(?![\w-])/g;
const SSN_RE = /(?<![\w-])\d{3}([- ])\d{2}\1\d{4}(?![\w-])/g;
const CARD_RE = /(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])/g;
const IBAN_RE = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g;
const VIN_RE = /\b(?=[A-HJ-NPR-Z0-9]*\d)(?=[A-HJ-NPR-Z0-9]*[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{17}\b/g;
const MAC_RE = /\b(?:[0-9A-F]{2}[:-]){5}[0-9A-F]{2}\b/gi;
const DATE_LIKE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$/;

export function detectContacts(text: string, push: Push): void {
  scan(EMAIL_RE, text, (m) => push(m.index, m.index + m[0].length, 'EMAIL', 9));
  scan(URL_RE, text, (m) => {
    const v = m[0].replace(/[.,;:!?)\]]+$/, '');
    push(m.index, m.index + v.length, 'URL', 8);
  });
  scan(DOMAIN_RE, text, (m) => {
    if (text[m.index - 1] === '@') return; // the host of an e-mail address
    const v = m[0].replace(/[.,;:!?)\]]+$/, '');
    // A bare government or university site ("Smokefree.gov") is a public resource, not a person's.
    if (/\.(?:gov|edu)$/i.test(v)) return;
    push(m.index, m.index + v.length, 'URL', 7);
  });
  scan(HANDLE_RE, text, (m) => push(m.index, m.index + m[0].length, 'URL', 6));
  scan(IPV4_RE, text, (m) => push(m.index, m.index + m[0].length, 'IP', 9));
  scan(IPV6_RE, text, (m) => {
    if (m[0].split(':').length >= 4 && /[0-9]/.test(m[0])) push(m.index, m.index + m[0].length, 'IP', 9);
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
    if (!/[()+]/.test(v) && !(groups >= 3 && d >= 9) && !/\d[\s.-]\d{3,4}(?:\s?(?:x|ext\.?|extension)\s?\d+)?$/i.test(v)) return;
    if (/^\d{1,2}[\s.-]\d{1,2}[\s.-]\d{1,2}$/.test(v)) return;
    const before = text.slice(Math.max(0, m.index - 24), m.index).toLowerCase();
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
  scan(IBAN_RE, text, (m) => push(m.index, m.index + m[0].length, 'ACCOUNT', 8));
  scan(VIN_RE, text, (m) => push(m.index, m.index + m[0].length, 'VEHICLE', 8));
  scan(MAC_RE, text, (m) => push(m.index, m.index + m[0].length, 'DEVICE', 8));
}

// ---- numbers named by the words before them ----------------------------------------------------

const KEYED: { type: PhiType; re: RegExp }[] = [
  { type: 'SSN', re: /\b(?:ssn|ss#|social security|social)\b/ },
  { type: 'MRN', re: /\b(?:mrn|mr#|medical record|chart|record|patient id|pt id|hospital number|case number|case no)\b/ },
  { type: 'HEALTH_PLAN', re: /\b(?:member|insurance|insurer|policy|subscriber|medicaid|medicare|health plan|group|beneficiary|plan id|plan number|medi-cal|tricare|coverage)\b/ },
  { type: 'ACCOUNT', re: /\b(?:account|acct|a\/c|card|bank|routing|iban|checking|savings|invoice|billing)\b/ },
  { type: 'LICENSE', re: /\b(?:licen[cs]e|dl|certificate|certification|cert|permit|npi|dea|passport|registration)\b/ },
  { type: 'VEHICLE', re: /\b(?:plates?|tag|vin|vehicle|car|truck)\b/ },
  { type: 'DEVICE', re: /\b(?:serial|s\/n|device|imei|udid|model|pacemaker|implant|hearing aid|pump|monitor|cpap)\b/ },
  { type: 'BIOMETRIC', re: /\b(?:fingerprints?|retina|iris|voiceprint|voice print|dna|biometrics?|palm print)\b/ },
  { type: 'FAX', re: /\bfax\b/ },
];

// An identifier: one to four groups of letters/digits, at least three digits in all.
const ID_AFTER_RE =
  /^(?:[\s:#.,=-]*(?:number|num|no|nr|id|ids|is|was|of|ending|ends|in|the|my|her|his|their|on|file|reads|says|code|=|:|#)\b){0,4}[\s:#.,=-]*((?=[A-Za-z0-9-]*\d)[A-Za-z0-9][A-Za-z0-9-]{2,24}(?:[ -](?=[A-Za-z]{0,3}\d)[A-Za-z0-9]{2,12}){0,3})/i;
const KEYWORD_RE =
  /\b(?:ssn|ss#|social security|social|mrn|mr#|medical record|chart|record|patient id|pt id|hospital number|case number|case no|member|insurance|insurer|policy|subscriber|medicaid|medicare|health plan|group|beneficiary|plan id|plan number|medi-cal|tricare|coverage|account|acct|a\/c|card|bank|routing|iban|checking|savings|invoice|billing|licen[cs]e|dl|certificate|certification|cert|permit|npi|dea|passport|registration|plates?|tag|vin|vehicle|car|truck|serial|s\/n|device|imei|udid|model|pacemaker|implant|hearing aid|pump|monitor|cpap|fingerprints?|retina|iris|voiceprint|voice print|dna|biometrics?|palm print|fax|id|identifier|reference|ref|confirmation|ticket|claim|case|employee|student|badge|inmate|booking|docket)\b/gi;

export function detectKeyedIds(text: string, push: Push): void {
  scan(KEYWORD_RE, text, (m) => {
    const kw = m[0].toLowerCase();
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    // A keyword inside a longer window ("license plate"): the later, more specific keyword decides.
    const idm = ID_AFTER_RE.exec(after);
    if (!idm) return;
    let id = idm[1]!;
    // Trim a trailing word that crept in ("D1991709 the" is stopped by the group rule already).
    id = id.replace(/[-\s]+$/, '');
    if (digitsOf(id) < 3) return;
    // Not an identifier: doses, scores, times, years alone, money.
    if (/^\d{1,4}$/.test(id) && !/^(?:fax|ssn)$/.test(kw)) return;
    if (/^(?:19|20)\d\d$/.test(id)) return;
    // CPT and ICD codes in billing talk ("billed 90837") are not account numbers.
    if (/^\d{5}$/.test(id) && /\b(?:cpt|code|billed|billing|icd|dx|claim)\b/i.test(text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 20))) return;
    if (/^\d+(?:mg|mcg|ml|kg|lbs?|am|pm|st|nd|rd|th|s)$/i.test(id)) return;
    const offset = m.index + m[0].length + idm[0].length - idm[1]!.length;
    let type: PhiType = 'OTHER_ID';
    for (const k of KEYED) {
      if (k.re.test(kw)) {
        type = k.type;
        break;
      }
    }
    if (type === 'FAX' && digitsOf(id) < 7) return;
    push(offset, offset + id.length, type, type === 'OTHER_ID' ? 5 : 8);
  });
}

// Any remaining code that mixes letters and digits, or a long run of digits: a unique number.
const CODE_RE = /(?<![\p{L}\p{N}@./-])(?=[\p{L}\p{N}-]*\d)[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*(?![\p{L}\p{N}@]|[./-][\p{L}\p{N}])/gu;
const CLINICAL_CODE =
  /^(?:[A-TV-Z]\d{2}(?:\.\d{1,4})?[A-Z]?|(?:phq|gad|pcl|audit|dast|cssrs|ham|madrs|ybocs|bdi|bai|asrs|k|moca|mmse|edinburgh|epds|covid|sars|hiv|b|d|k|q|ss|cd|t|il)-?\d{1,3}[a-z]?|\d+(?:st|nd|rd|th|s|am|pm|mg|mcg|ml|kg|lb|lbs|cm|mm|hr|hrs|h|min|mins|yo|y|yr|yrs|x|k|m|d|w|wk|wks|mo|mos|g|l|iu|u|mmhg|bpm|f|c|p)|[a-z]{1,3}\d{1,2}|\d{1,2}[a-z]{1,3})$/i;

export function detectCodes(text: string, push: Push): void {
  scan(CODE_RE, text, (m) => {
    const v = m[0];
    const d = digitsOf(v);
    const letters = v.length - d - (v.split('-').length - 1);
    if (letters === 0) {
      // Plain numbers: six or more digits is an identifier (no dose, score, year or code has that many).
      if (d >= 6 && !/[,.]\d/.test(text.slice(m.index - 2, m.index + v.length + 2))) push(m.index, m.index + v.length, 'OTHER_ID', 4);
      return;
    }
    if (CLINICAL_CODE.test(v)) return;
    // Public toll-free lines ("1-800-QUIT-NOW") are not anyone's identifier.
    if (/^1-8(?:00|88|77|66|55|44|33)-/.test(v)) return;
    if (d >= 4 || (d >= 3 && v.length >= 6)) push(m.index, m.index + v.length, 'OTHER_ID', 4);
  });
}

// ---- addresses ---------------------------------------------------------------------------------

const STREET_RE = new RegExp(
  String.raw`\b\d{1,6}[A-Za-z]?(?:-\d{1,5})?\s+(?:(?:[NSEW]|north|south|east|west|ne|nw|se|sw)\.?\s+)?((?:[\p{L}\p{N}'.-]+\s+){0,3}?)(?:${STREET_SUFFIX})\b\.?(?:,?\s*(?:apt|apartment|suite|ste|unit|#|no\.?|fl|floor)\.?\s*#?\s*[\p{L}\p{N}-]{1,6}\b)?`,
  'giu',
);
const NAMED_STREET_RE = new RegExp(
  String.raw`\b(?:[A-Z][\p{L}'-]+\s+){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Ln\.?|Court|Terrace|Place|Parkway|Highway|Hwy|Way|Circle|Drive|Trail|Square|Plaza|Pike|Crescent)(?![\p{L}])`,
  'gu',
);
const FOREIGN_STREET_RE =
  /\b\p{Lu}[\p{L}-]*(?:straat|strasse|straße|gasse|weg|laan|vej|gatan|gade|katu|utca|allee|platz|plein|dreef|kade|steeg|singel|gracht|ulica|cesta|vägen|veien)\s+\d+[a-z]?\b|\b(?:Rue|Via|Viale|Calle|Avenida|Rua|Plaza|Piazza|Corso|Camino|Paseo|Carrer|Boulevard|Chemin|Place|Ulica|Ul\.)\s+(?:(?:de|del|la|le|des|di|da|do|dos|du)\s+)?\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,3}(?:,?\s+\d+[a-z]?)?/gu;
const UNIT_RE = /\b(?:apt|apartment|suite|ste|unit)\.?\s*#?\s*\d+[A-Za-z]?\b|\bP\.?\s?O\.?\s+Box\s+\d+\b/gi;
const NOT_ADDRESS_WORDS = new Set([
  'mg', 'mcg', 'ml', 'min', 'mins', 'minute', 'minutes', 'hour', 'hours', 'hr', 'hrs', 'day', 'days',
  'week', 'weeks', 'month', 'months', 'year', 'years', 'time', 'times', 'mile', 'miles', 'block',
  'blocks', 'step', 'steps', 'pill', 'pills', 'session', 'sessions', 'point', 'points', 'kids',
  'people', 'cigarettes', 'packs', 'drinks', 'beers', 'percent',
]);
const COUNTY_RE = /\b((?:[\p{L}'.-]+\s+){1,3})(?:county|parish|borough)\b/giu;
const ZIP_KEYED_RE = /\b(?:zip|zipcode|zip code|postal code|postcode)\b\W{0,3}(?:(?:is|was|of|code)\W+){0,2}(\d{5})(?:-\d{4})?\b/gi;
const ZIP_AFTER_STATE_RE = /\b([A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\.?,?\s+(\d{5})(?:-\d{4})?\b/g;
const ZIP_LINE_RE = /^[ \t,]*(\d{5})(?:-\d{4})?[ \t]*$/gm;

export function detectAddresses(text: string, push: Push, commonWords: ReadonlySet<string>): void {
  scan(STREET_RE, text, (m) => {
    const middle = (m[1] ?? '').trim();
    const words = middle ? middle.split(/\s+/) : [];
    const first = m[0].slice(m[0].search(/\s/)).trim().split(/\s+/)[0]!.toLowerCase();
    if (NOT_ADDRESS_WORDS.has(first)) return;
    for (const w of words) {
      const k = w.toLowerCase().replace(/[.,]$/, '');
      if (FUNCTION_WORDS.has(k) || NOT_ADDRESS_WORDS.has(k)) return;
    }
    // "3 Dr" with nothing between is not an address; a lone number + "way"/"run" neither.
    if (words.length === 0 && !/\b(?:street|avenue|road|boulevard|lane|drive|court|blvd|ave|rd|st)\b/i.test(m[0])) return;
    push(m.index, m.index + m[0].length, 'GEO', 7);
  });
  scan(NAMED_STREET_RE, text, (m) => {
    const firstWord = m[0].split(/\s+/)[0]!.toLowerCase();
    if (FUNCTION_WORDS.has(firstWord)) {
      const rest = m[0].indexOf(' ') + 1;
      if (/^[A-Z]/.test(m[0].slice(rest)) && m[0].slice(rest).includes(' ')) push(m.index + rest, m.index + m[0].length, 'GEO', 6);
      return;
    }
    push(m.index, m.index + m[0].length, 'GEO', 6);
  });
  scan(FOREIGN_STREET_RE, text, (m) => push(m.index, m.index + m[0].length, 'GEO', 6));
  scan(UNIT_RE, text, (m) => push(m.index, m.index + m[0].length, 'GEO', 6));
  scan(COUNTY_RE, text, (m) => {
    const words = m[1]!.trim().split(/\s+/);
    // Keep only the name words right before "County": "in Kern County" → "Kern County".
    let k = words.length;
    while (k > 0) {
      const w = words[k - 1]!;
      const key = w.toLowerCase();
      if (FUNCTION_WORDS.has(key)) break;
      if (!/^\p{Lu}/u.test(w) && commonWords.has(key)) break;
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
    if (!US_STATES.has(m[1]!.toLowerCase())) return;
    const s = m.index + m[0].lastIndexOf(m[2]!);
    const full = /^\d{5}(?:-\d{4})?/.exec(text.slice(s))![0];
    pushZip(s, m[2]!, full);
  });
  scan(ZIP_LINE_RE, text, (m) => {
    // A ZIP alone on the line under an address.
    const before = text.slice(Math.max(0, m.index - 120), m.index);
    if (/\d|\b(?:street|st|road|rd|ave|avenue|drive|lane|suite|apt|box)\b/i.test(before)) {
      const s = m.index + m[0].indexOf(m[1]!);
      const full = /^\d{5}(?:-\d{4})?/.exec(text.slice(s))![0];
      pushZip(s, m[1]!, full);
    }
  });
}
