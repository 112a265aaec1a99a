// Identifiers by SHAPE and by what a LABEL WORD licenses next to it (R35, issue 14, shapes round).
// The blind talk set showed whole identifier types missed in spoken talk: social security numbers
// said in pieces or in words, plates and VINs in lower-case chat, account/card/member/policy
// numbers with odd separators, device serials, file names of photos. Rather than one pattern per
// phrasing, this module reads:
//   1. a label word (social / SSN / soc sec, plate / tag / reg / VIN, account / card / routing /
//      visa, member / policy / group / medicaid, claim / case / confirmation / booking, serial /
//      IMEI / S/N / MAC address / device ID), then the little words people put between a label and
//      its value ("number", "#", "is", "ending in", "of my", "on the tracker was"), then ONE value:
//        - a run of digits and number words ("three one eight three", "sixteen forty five",
//          "one twenty-three, forty-five …", "729 98 twenty seventy-two"), at least four digits;
//        - a code: letter/digit groups joined by spaces, dashes or dots ("afg-462-891-150",
//          "shk 7404", "c p x 2529" for a plate spelled out, "762 931 253 X");
//      and, after "then" / "and" / a comma, the next piece of the same number ("387, then 96, then
//      6902"). The label names the type. Without a value next to it a label licenses nothing, so
//      "social worker", "group therapy 3 times", "monitor for 24 hours" stay.
//   2. shapes that are identifiers without a label: a card number grouped 4-4-4-4 or 4-6-5 (whether
//      or not its check digit is right), a photo file name with a second dot ("PXL_….MP.jpg"), an
//      address with spaces around "@" or "{at}", a local part with a digit "at" a mail provider,
//      a day.month.year date after a word of time, a weekday with its ordinal ("Sun 26th").
// Clinical numbers stay: a value followed by a unit or count word (mg, units, times, minutes, %),
// a year alone, two- and three-digit readings, ICD/CPT codes next to "code"/"billed" are refused.
import type { PhiType } from './types.ts';
import { memoKeyBits, type Token } from './tokens.ts';
import { scan, type Push } from './scan.ts';
import { CLINICAL_SHORTHAND, MEASURE_WORDS } from './clinical-lexicon.ts';
import { resources } from './resources.ts';
import { lastFourType } from './talk-spoken.ts';

// ---- label words --------------------------------------------------------------------------------

// Strong labels: a value right after them is that identifier. Weak labels ("card", "group", "case")
// are also everyday words; their value must look like a number given to someone (see valueOk).
// (Also the equivalents abroad: a social insurance number, a national insurance number, a tax ID.)
const LABEL_RE =
  /\b(?:(ssn|ss ?#|ss (?:number|no)|soc(?:ial)? sec(?:urity)?|soc|ssa|social insurance(?: number)?|national insurance(?: number)?|ni number|nino|sin|tax id|itin|tax file number|tfn|national id(?: number)?|social)|(vin|vehicle identification|licen[cs]e plate|number plate|plates?|tags?|rego|reg(?:istration)?|chassis(?: number)?|(?:car|truck|van|bike|motorbike|motorcycle) (?:number|reg(?:istration)?)|registered (?:as|under))|(routing|aba|sort code|bsb|acct|account|checking|savings|iban|loan|visa|mastercard|amex|debit(?: card)?|credit card|ebt(?: card)?|card)|(member|subscriber|medicaid|medicare|policy|grp|group (?:number|no|#|id)|insurance (?:id|number|#)|health insurance number|plan id)|(serial|s\/n|imei|mac address|hardware address|device id|udid)|(claim|case|confirmation|reference|ref|ticket|docket|booking|inmate|student|employee|badge|court file|file|receipt|passport|alien(?: registration)?(?: number)?|a-number|service number|doc (?:number|no|#|id)|benefits? (?:case |claim )?(?:number|no|#|id)))\b/gi;
const TYPE_OF_GROUP: readonly PhiType[] = ['SSN', 'VEHICLE', 'ACCOUNT', 'HEALTH_PLAN', 'DEVICE', 'OTHER_ID'];
const LABEL_GATE_RE = /\b(?:ssn|ssa|ss|soc|social|national|ni|nino|sin|tax|itin|tfn|vin|rego|sort|bsb|loan|ebt|vehicle|plates?|tags?|reg|registration|routing|aba|acct|account|checking|savings|iban|visa|mastercard|amex|debit|card|member|subscriber|medicaid|medicare|policy|grp|group|insurance|plan|serial|s\/n|imei|mac|hardware|device|udid|claim|case|confirmation|reference|ref|ticket|docket|booking|inmate|student|employee|badge|file|chassis|car|truck|van|bike|motorbike|motorcycle|registered|receipt|passport|alien|a-number|service|doc|benefit|benefits)\b/i;
// Words that stand between a label and its value (and the label said again: "serial SN 5519-…").
const FILLER_RE =
  /(?:[ \t,:#=()-]|\b(?:no|nr|num)\.(?=[ \t])|\b(?:number|numbers|num|no\.?|nr|id|ids|is|was|are|were|be|being|'s|’s|code|ending|ends|end|ended|starting|starts|start|with|in|of|on|for|the|my|your|his|her|their|our|card|file|it|says|said|reads|read|that|this|last|first|digits|listed|as|still|just|again|now|then|back|out|from|its|it's|it’s|plates?|tags?|(?:last|final)[ \t]+(?:four|4)|first[ \t]+(?:three|3)|sn|ser|down|have|has|or[ \t]+(?:whatever|something|so)|um+|uh+|er|erm|hmm+|like|well|okay|ok|yeah|sorry|wait|you[ \t]+know|i[ \t]+mean|(?:hang|hold)[ \t]+on|let[ \t]+me[ \t]+see)\b|s\/n\b|\.\.\.|…)+/iy;
// "the serial number on the tracker was …": a few other words, then a verb that introduces the value.
// (Also the verbs of handing a number over: "so i typed …", "I give …", "I told her …".)
const BRIDGE_RE = /(?:[ \t]*[a-z']+[ \t]+){1,4}?(?:is|was|are|were|reads|says|said|shows|showed|gave|give|gives|typed|type|told|tell|say|put|wrote|write|entered|enter|recited?)\b/iy;
// A value right before "(is|was) the/my … <label>": up to four groups of letters and digits.
const VALUE_BEHIND_RE = /(?<![A-Za-z0-9])([A-Za-z0-9]+(?:[-.][A-Za-z0-9]+)*(?:[ \t][A-Za-z0-9]+(?:[-.][A-Za-z0-9]+)*){0,3})[ \t]+(?:(?:is|was|are|were|being)[ \t]+)?(?:the|my|your|his|her|their)[ \t]+$/;
// What a number with a unit or a count after it is: a reading, a dose, money, time.
const UNIT_AFTER_RE =
  /^[ \t]*(?:%|percent|mg|mcg|mgs|ml|cc|units?|iu|mmol|mmhg|bpm|kg|lbs?|pounds?|times|x\b|days?|weeks?|months?|years?|yrs?|hours?|hrs?|minutes?|mins?|seconds?|am|pm|a\.m|p\.m|o'clock|dollars|bucks|cents|people|kids|sessions?|visits?|points?|pts|miles|feet|degrees)\b/i;
const SPOKEN_UNITS = ['zero', 'oh', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const SPOKEN_TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const SPOKEN_TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
// (A hundreds group first: "four hundred and fifty-six" is three digits of one number, R35 talkb.)
const HUNDREDS_W = `(?:${SPOKEN_UNITS.slice(2).join('|')})[ \\t]+hundred(?:[ \\t]+(?:and[ \\t]+)?(?:(?:${SPOKEN_TENS.join('|')})(?:[- ](?:${SPOKEN_UNITS.slice(2).join('|')}))?|${SPOKEN_TEENS.join('|')}|${SPOKEN_UNITS.slice(2).join('|')}))?`;
const NUMBER_WORD_RE = new RegExp(
  `^(?:${HUNDREDS_W}|(?:double|triple)[ \\t]+(?:${SPOKEN_UNITS.join('|')})|(?:${SPOKEN_TENS.join('|')})(?:[- ](?:${SPOKEN_UNITS.slice(2).join('|')}))?|${SPOKEN_TEENS.join('|')}|${SPOKEN_UNITS.join('|')}|\\d{1,5})\\b`,
  'i',
);
const RUN_SEP_RE = /^[ \t]*(?:,|-|–|\.(?=[ \t]*\w))?[ \t]*/;
// Between two pieces of one number said in turns: "387, then 96, then 6902", "123 45 and then 6789".
const PIECE_SEP_RE = /^[ \t]*,?[ \t]*(?:(?:and[ \t]+)?then|and|dash|hyphen)[ \t]*,?[ \t]*/i;

/** Digits a piece of a spoken run stands for ("forty-five" 2, "double four" 2, "7" 1). */
function pieceDigits(w: string): number {
  const k = w.toLowerCase();
  if (/^\d+$/.test(k)) return k.length;
  if (k.startsWith('double')) return 2;
  if (k.startsWith('triple') || k.includes('hundred')) return 3;
  if (SPOKEN_UNITS.includes(k)) return 1;
  return 2;
}

/** A run of number words and digit groups at `at`: its end and digit count, or undefined. */
function readRun(text: string, at: number): { end: number; digits: number; words: number } | undefined {
  let pos = at;
  let end = at;
  let digits = 0;
  let words = 0;
  for (let i = 0; i < 12; i++) {
    const m = NUMBER_WORD_RE.exec(text.slice(pos, pos + 40));
    if (!m) break;
    // "…, four times": a count with its unit after the number is not one more piece of it.
    if (i > 0 && UNIT_AFTER_RE.test(text.slice(pos + m[0].length, pos + m[0].length + 14))) break;
    digits += pieceDigits(m[0]);
    if (/[a-z]/i.test(m[0])) words++;
    end = pos + m[0].length;
    const sep = RUN_SEP_RE.exec(text.slice(end, end + 6))!;
    pos = end + sep[0].length;
  }
  return end > at ? { end, digits, words } : undefined;
}

// One group of a code: letters and digits.
const GROUP_RE = /^[A-Za-z0-9]{1,20}/;
const CODE_SEP_RE = /^(?:[ \t]?[-.][ \t]?|[ \t])/;
const COMMON_SHORT = new Set(['a', 'i', 'an', 'is', 'it', 'in', 'on', 'at', 'to', 'of', 'or', 'and', 'the', 'was', 'are', 'for', 'my', 'me', 'he', 'she', 'we', 'so', 'if', 'up', 'us', 'be', 'by', 'do', 'go', 'no', 'oh', 'ok', 'but', 'his', 'her', 'its', 'you', 'who', 'had', 'has', 'not', 'now', 'too', 'off', 'out', 'got', 'get', 'can', 'did', 'all']);

/** A clinical abbreviation or measure ("HR", "BP", "SAT"), not a number's prefix. */
function isClinical(v: string): boolean {
  const k = v.toLowerCase();
  return CLINICAL_SHORTHAND.has(k) || MEASURE_WORDS.has(k);
}
/** A letters-only group that is a word or a clinical abbreviation, not a number's prefix. */
function isWord(v: string): boolean {
  const k = v.toLowerCase();
  return COMMON_SHORT.has(k) || isClinical(v) || resources().commonWords.has(k);
}
// A docket's or court's letter prefix typed in lower case ("jv 24 9207", "fc 21 8908"): two or three
// letters that are an abbreviation in the long word list but no everyday word (R35 talkb).
const lowerPrefix = (v: string): boolean => v.length <= 3 && v === v.toLowerCase();
/** A short word people use every day ("up", "ago"), or a clinical abbreviation. */
function isEveryday(v: string): boolean {
  const k = v.toLowerCase();
  return COMMON_SHORT.has(k) || isClinical(v) || resources().everydayWords.has(k);
}
/** Whether the line around `at` has no lower-case letter (a note typed in capitals). */
function allCapsLine(text: string, at: number): boolean {
  const s = text.lastIndexOf('\n', at) + 1;
  const e = text.indexOf('\n', at);
  return !/[a-z]/.test(text.slice(s, e < 0 ? text.length : e));
}

/**
 * A code at `at`: groups of letters/digits joined by a space, dash or dot, read while each next
 * group has a digit, or is a short capital prefix/suffix, or (for a plate) a letter said alone.
 */
function readCode(text: string, at: number, type: PhiType): { end: number; digits: number; letters: number; groups: number } | undefined {
  let pos = at;
  let end = at;
  let digits = 0;
  let letters = 0;
  let groups = 0;
  let lettersOnlyLead = 0;
  let lastSep = '';
  // (Eight groups at most, but a number said digit by digit, "1 3 9 3 0 6 7 8 3", goes on to twelve.)
  for (let i = 0; i < 12; i++) {
    if (i >= 8 && end - at !== 2 * i - 1) break;
    const g = GROUP_RE.exec(text.slice(pos, pos + 21));
    if (!g) break;
    const v = g[0];
    const d = (v.match(/\d/g) ?? []).length;
    if (d === 0) {
      const rest = text.slice(pos + v.length, pos + v.length + 24);
      if (groups === lettersOnlyLead) {
        // Letters before the digits: a capital prefix ("CCU 932 …"), a short lower-case one in chat
        // ("shk 7404", "afg-462-…"), a letter hyphened to its number ("e-38441"), or letters said
        // one by one in a spelled plate ("K-Y-D 1627").
        const leadsToDigits = /^(?:(?:[ \t]?[-.][ \t]?|[ \t])[A-Za-z]{1,4}){0,3}(?:[ \t]?[-.][ \t]?|[ \t])[A-Za-z]{0,3}\d/.test(rest);
        const ok =
          v.length === 1
            ? type === 'VEHICLE' || (v === v.toUpperCase() && v !== 'I' && v !== 'A') || /^-\d/.test(rest)
            : v === v.toUpperCase() ? v.length <= 4 : v.length <= 3 && !COMMON_SHORT.has(v.toLowerCase());
        // One prefix word at most ("CCU 932 …"), or letters said one by one: "HR DOWN TO 40" is words.
        // (A capital prefix in a line with lower case is written as a code: "QQ 12 34 56 C". In a line
        // all in capitals, or in lower case, it must be no word.)
        // (Nor a lower-case word, unless hyphened straight to a long number: "gm-179380".)
        // (Or hyphened to two groups of digits: "fc-21-8908" is a docket's prefix in chat.)
        const glued = /^-\d{5}|^-\d{2,4}-\d{3}/.test(rest);
        // Two letter groups joined by a bare hyphen, then the digits ("serial XR-QLT 4471902",
        // "MED-PMX 5520118"): a model or series prefix written as one code, even where a group
        // spells an abbreviation. Words are not hyphened that way in front of a number.
        const chain = (g: string): boolean => g.length <= 5 && g === g.toUpperCase();
        const hyphenPair =
          (lettersOnlyLead === 0 && chain(v) && /^-[A-Z]{1,5}(?:[ \t]|-(?=\d))[A-Za-z]{0,3}\d/.test(rest)) ||
          (lettersOnlyLead === 1 && lastSep === '-' && chain(v) && chain(text.slice(at, pos - 1)));
        const multi = v.length > 1 && !hyphenPair && (lettersOnlyLead > 0 || (v === v.toUpperCase() && !allCapsLine(text, at) ? isClinical(v) : !glued && (lowerPrefix(v) ? isEveryday(v) : isWord(v))));
        if (!leadsToDigits || !ok || multi) break;
        lettersOnlyLead++;
      } else if (!(v.length === 1 && v === v.toUpperCase() && v !== 'I' && v !== 'A' && digits >= 3 && !/^[ \t]+[A-Za-z]/.test(rest))) {
        // After the digits only a check letter ("… 253 X"), never the next word.
        break;
      }
      letters += v.length;
    } else {
      digits += d;
      letters += v.length - d;
    }
    groups++;
    end = pos + v.length;
    const sep = CODE_SEP_RE.exec(text.slice(end, end + 3));
    if (!sep) break;
    lastSep = sep[0];
    // A full stop then a space ends the sentence, not the code.
    if (sep[0].startsWith('.') && /^\.\s/.test(text.slice(end, end + 2))) break;
    pos = end + sep[0].length;
  }
  if (groups === 0 || digits === 0) return undefined;
  return { end, digits, letters, groups };
}

// Letters read out by a spelling alphabet ("kilo romeo tango") or with a word for each ("K as in
// king, R, T"): a plate or code spelled for the listener, then its digits.
const SPELLING_ALPHABET = 'alpha|alfa|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliet|juliett|kilo|lima|mike|november|oscar|papa|quebec|romeo|sierra|tango|uniform|victor|whiskey|whisky|x-ray|xray|yankee|zulu';
const SPELLED_LEAD_RE = new RegExp(`^(?:(?:${SPELLING_ALPHABET}|[A-Za-z](?:[ \\t]+(?:as[ \\t]+in|like|for)[ \\t]+[A-Za-z-]+)?)(?:[ \\t]*[,-][ \\t]*|[ \\t]+)){1,4}`, 'i');
const SPELLED_CUE_RE = new RegExp(`\\b(?:${SPELLING_ALPHABET})\\b|\\b[A-Za-z][ \\t]+(?:as[ \\t]+in|like|for)[ \\t]+[A-Za-z]`, 'i');

/** A VIN written in groups ("1HG CM826 33A 004352", "4gh8 0k2z x3u2 97h44"): exactly 17 characters. */
function readVin(text: string, at: number): number | undefined {
  const m = /^[A-HJ-NPR-Z0-9]{2,17}(?:[ \t-][A-HJ-NPR-Z0-9]{1,17}){0,6}/i.exec(text.slice(at, at + 40));
  if (m === null) return undefined;
  let n = 0;
  let end = at;
  for (const g of m[0].matchAll(/[A-Za-z0-9]+/g)) {
    n += g[0].length;
    end = at + g.index + g[0].length;
    if (n >= 17) break;
  }
  const v = text.slice(at, end);
  if (n !== 17 || (v.match(/\d/g) ?? []).length < 3 || (v.match(/[a-z]/gi) ?? []).length < 3) return undefined;
  return /^[A-Za-z0-9]/.test(text.slice(end, end + 1)) ? undefined : end;
}

/**
 * A serial or key printed in groups of one width ("PRYT RVGU SW88", "r8e9 btkq gbdq"): groups of
 * four to six characters, each in one case, with a digit among them and no group an English word.
 */
export function readEqualGroups(text: string, at: number): { end: number; digits: number } | undefined {
  const m = /^[A-Za-z0-9]{4,6}(?:[ \t-][A-Za-z0-9]{4,6}){2,4}(?![A-Za-z0-9])/.exec(text.slice(at, at + 40));
  if (m === null) return undefined;
  const groups = m[0].split(/[ \t-]/);
  const w = groups[0]!.length;
  let digits = 0;
  for (const g of groups) {
    if (g.length !== w || (/[a-z]/.test(g) && /[A-Z]/.test(g))) return undefined;
    const d = (g.match(/\d/g) ?? []).length;
    if (d === 0 && isWord(g)) return undefined;
    digits += d;
  }
  return digits > 0 ? { end: at + m[0].length, digits } : undefined;
}

/** A value read after a label, or undefined: spoken runs first, then codes. */
function readValue(text: string, at: number, type: PhiType, short: boolean): { end: number; digits: number } | undefined {
  if (type === 'VEHICLE') {
    // A plate spelled letter by letter, then its digits said as words: "c p x two five two nine";
    // or spelled by an alphabet ("kilo romeo tango 5519", "K as in king, R, T, 5519").
    const lead = SPELLED_LEAD_RE.exec(text.slice(at, at + 80));
    const spelled = lead !== null && SPELLED_CUE_RE.test(lead[0]);
    const after = lead ? readRun(text, at + lead[0].length) : undefined;
    if (lead && after && (after.words > 0 || spelled) && after.digits >= 3) return { end: after.end, digits: after.digits };
    const vin = readVin(text, at);
    if (vin !== undefined) return { end: vin, digits: 3 };
  }
  if (type === 'VEHICLE' || type === 'DEVICE' || type === 'OTHER_ID') {
    const eq = readEqualGroups(text, at);
    if (eq) return eq;
  }
  const run = readRun(text, at);
  if (run && run.words > 0 && run.digits >= (short ? 3 : 4) && run.digits <= 20) return { end: run.end, digits: run.digits };
  const code = readCode(text, at, type);
  if (!code) return undefined;
  const v = text.slice(at, code.end);
  if (code.letters === 0) {
    // Digits only: at least four ("ending in 4821"), or three after "first three" / an SSN label.
    if (code.digits < (short ? 3 : 4)) return undefined;
    // A year alone, or a decimal reading.
    if (/^(?:19|20)\d\d$/.test(v) || /^\d+\.\d+$/.test(v)) return undefined;
  } else {
    // Letters with digits: a code of five characters or more with two digits, or three digits.
    if (code.digits < 3 && !(v.replace(/[\s.-]/g, '').length >= 6 && (code.digits >= 2 || type === 'DEVICE' || type === 'VEHICLE'))) return undefined;
    // A reading glued to its unit ("20mg", "5pm", "3rd").
    if (/^\d+(?:\.\d+)?(?:mg|mcg|ml|cc|kg|lbs?|am|pm|st|nd|rd|th|s|x|hrs?|mins?|yo)$/i.test(v)) return undefined;
    // ICD-10 codes ("F41.1", "Z63.0") and scale scores ("PHQ-9").
    if (/^[A-Z]\d{2}(?:\.\d{1,4})?$/i.test(v) || /^(?:phq|gad|pcl|audit|dast|bdi|bai|moca|mmse|epds)-?\d{1,2}$/i.test(v)) return undefined;
  }
  if (UNIT_AFTER_RE.test(text.slice(code.end, code.end + 14))) return undefined;
  return { end: code.end, digits: code.digits };
}

/** Labelled values: the label's type over the value (and over a label glued to it, "grp-71814"). */
export function detectLabelled(text: string, push: Push): void {
  scan(LABEL_RE, text, (m) => {
    const gi = m.slice(1).findIndex((x) => x !== undefined);
    let type = TYPE_OF_GROUP[gi]!;
    const label = m[0].toLowerCase();
    // "social" is a label only where a value follows (so "social worker", "social media" never are).
    const labelEnd = m.index + m[0].length;
    let pos = labelEnd;
    const skipFillers = (): void => {
      FILLER_RE.lastIndex = pos;
      const f = FILLER_RE.exec(text);
      if (f) pos += f[0].length;
    };
    skipFillers();
    // "Is FB6536299 the device ID?", "so 10.0.4.7 was the address": the value said before its label.
    const behind = VALUE_BEHIND_RE.exec(text.slice(Math.max(0, m.index - 48), m.index));
    if (behind) {
      const end = m.index - behind[0].length + behind[1]!.length;
      for (let s = end - behind[1]!.length; s < end; s++) {
        if (s > end - behind[1]!.length && /[A-Za-z0-9]/.test(text[s - 1]!)) continue;
        const v = readValue(text, s, type, false);
        // (Five digits or more, or letters with three digits: "walked 4000 the first day" is a count.)
        const val = text.slice(s, end);
        const d = (val.match(/\d/g) ?? []).length;
        if (v && v.end === end && (d >= 5 || (/[A-Za-z]/.test(val) && d >= 3))) {
          push(s, end, type, type === 'OTHER_ID' ? 6 : 9);
          break;
        }
      }
    }
    if (!/^[A-Za-z0-9]/.test(text.slice(pos, pos + 1)) || readValue(text, pos, type, true) === undefined) {
      // "the serial number on the tracker was …": a few words, then a verb that gives the value.
      BRIDGE_RE.lastIndex = pos;
      const b = BRIDGE_RE.exec(text);
      if (b) {
        pos += b[0].length;
        skipFillers();
      }
    }
    const between = text.slice(labelEnd, pos);
    if (/[\n]/.test(between)) return;
    const hadNumberWord = /\b(?:number|no|num|nr|id|ending|ends|last|first|digits)\b|#/i.test(between);
    const shortBefore = /\b(?:last|first|final)\s+(?:four|4|three|3)\b(?:\s+digits)?\s+(?:of|on|from)\b[^.\n]{0,24}$/i.test(text.slice(Math.max(0, m.index - 40), m.index));
    const short = type === 'SSN' || shortBefore || /\b(?:ending|ends|end|last|first|three|four|4|3|digits)\b/i.test(between);
    let v = readValue(text, pos, type, short);
    if (!v && type === 'SSN') {
      // Far from its label: "my social, and this is the thing, she read it out loud, it was …".
      const far = ssnLaterInSentence(text, pos, m.index);
      if (far === undefined) return;
      pos = far.start;
      v = far;
    }
    if (!v) return;
    const value = text.slice(pos, v.end);
    // Weak labels (also everyday words) need a number word between, or a value that looks issued:
    // five or more digits, or letters and digits together.
    const weak = /^(?:card|case|file|ticket|reference|ref|student|employee|badge|checking|savings|tags?|reg|rego|registration|plan id|claim|booking|inmate|loan|sin)$/.test(label);
    const digits = (value.match(/\d/g) ?? []).length;
    // (A plate is letters and digits together: two digits are enough there, "ABC12D".)
    // (R35 talk8: a plate spelled letter by letter with its digits said, "tag D F C five three four",
    // is letters and digits together too; the digits are counted as read.)
    const spelledPlate = type === 'VEHICLE' && v.digits >= 3 && /^(?:[A-Za-z][ \t,-]+){2,4}/.test(value);
    if (weak && !hadNumberWord && !short && digits < 5 && !spelledPlate && !(/[a-z]/i.test(value) && digits >= (type === 'VEHICLE' ? 2 : 3))) return;
    // A four-digit value after a plain label without a number word may be a time or a count.
    if (/^\d{4}$/.test(value) && !short && !hadNumberWord && type !== 'SSN') return;
    // Typed by the label; the last four of a card after "ssn" etc. is the label's too.
    if (type === 'VEHICLE' && /^(?:tags?|reg)$/.test(label) && !/\d/.test(value) && !spelledPlate) return;
    if (type === 'OTHER_ID' && /^(?:case|file)$/.test(label) && /^\d{4,5}$/.test(value) && !hadNumberWord) return;
    const glued = /^[-#]$/.test(between);
    if (type === 'ACCOUNT' && /^(?:ssn|social)/.test(label)) type = 'SSN';
    push(glued ? m.index : pos, v.end, type, type === 'OTHER_ID' ? 6 : 9);
    // Further pieces of the same number: "…, then 96, then 6902".
    let end = v.end;
    let total = v.digits;
    for (let k = 0; k < 3; k++) {
      const sep = PIECE_SEP_RE.exec(text.slice(end, end + 16));
      if (!sep) break;
      const at = end + sep[0].length;
      const short2 = /^\d{2,4}\b/.exec(text.slice(at, at + 5));
      const next = readValue(text, at, type, true) ?? (short2 ? { end: at + short2[0].length, digits: short2[0].length } : undefined);
      if (!next) break;
      if (UNIT_AFTER_RE.test(text.slice(next.end, next.end + 14))) break;
      push(at, next.end, type, type === 'OTHER_ID' ? 6 : 9);
      end = next.end;
      total += next.digits;
    }
    if (type === 'SSN') ssnRest(text, end, total, push);
  });
}

// A sentence's end: a stop, question or exclamation mark before a space, or a line break.
const SENTENCE_END_RE = /[.!?](?=[ \t]|$)|\n/g;
const LAST_FOUR_CUE_RE = /\b(?:last|final)[ \t]+(?:four|4)\b|\b(?:ends|ending)[ \t]+(?:in|with)\b/i;

/**
 * After an SSN label with no value next to it, the first value later in the same sentence that
 * has a social security number's nine digits (or four, where "last four" / "ends" was said).
 */
function ssnLaterInSentence(text: string, from: number, labelAt: number): { start: number; end: number; digits: number } | undefined {
  SENTENCE_END_RE.lastIndex = from;
  const stop = SENTENCE_END_RE.exec(text);
  const limit = Math.min(stop ? stop.index : text.length, from + 160);
  const lineStart = text.lastIndexOf('\n', labelAt) + 1;
  for (let at = from; at < limit; at++) {
    if (!/[A-Za-z0-9]/.test(text[at]!) || (at > 0 && /[A-Za-z0-9'’-]/.test(text[at - 1]!))) continue;
    const v = readValue(text, at, 'SSN', true);
    // (Four digits only where the words before them, on this line, named the last four.)
    if (v && (v.digits === 9 || (v.digits === 4 && LAST_FOUR_CUE_RE.test(text.slice(Math.max(lineStart, labelAt - 40), at))))) return { start: at, ...v };
  }
  return undefined;
}

/**
 * A social security number said in pieces across a pause or a sentence ("My social starts 456-12.
 * Then it's 3456.", "the first part is …, and the rest, let me find my glasses, is …"): after a
 * head of three or five digits, the next number on the line that completes nine digits (or, after
 * three, a two-digit middle first).
 */
function ssnRest(text: string, from: number, total: number, push: Push): void {
  if (total !== 3 && total !== 5) return;
  const nl = text.indexOf('\n', from);
  const limit = Math.min(nl < 0 ? text.length : nl, from + 90);
  for (let at = from; at < limit && total < 9; at++) {
    if (!/[A-Za-z0-9]/.test(text[at]!) || /[A-Za-z0-9'’-]/.test(text[at - 1]!)) continue;
    const r = readRun(text, at);
    if (r === undefined || (r.words === 0 && !/^\d/.test(text.slice(at, at + 1)))) continue;
    if (UNIT_AFTER_RE.test(text.slice(r.end, r.end + 14))) return;
    if (total + r.digits === 9 || (total === 3 && r.digits === 2)) {
      push(at, r.end, 'SSN', 9);
      total += r.digits;
      at = r.end;
    } else return;
  }
}

/**
 * "the last four now, two double one two", "last 4 of my social so i typed 7 1 2 7": the last four
 * digits said in words or spaced, a little after the words that name them. The thing they end
 * decides the type (a social, a phone, else an account).
 */
const LAST_FOUR_SAID_RE = /\b(?:last|final)[ \t]+(?:four|4)\b(?:[ \t]+digits)?/gi;
export function detectLastFourSaid(text: string, push: Push): void {
  if (!/\b(?:last|final)[ \t]+(?:four|4)\b/i.test(text)) return;
  scan(LAST_FOUR_SAID_RE, text, (m) => {
    const from = m.index + m[0].length;
    // ("the last four years", "last 4 sessions": a count, not digits.)
    if (UNIT_AFTER_RE.test(text.slice(from, from + 14))) return;
    SENTENCE_END_RE.lastIndex = from;
    const stop = SENTENCE_END_RE.exec(text);
    const limit = Math.min(stop ? stop.index : text.length, from + 70);
    for (let at = from; at < limit; at++) {
      if (!/[A-Za-z0-9]/.test(text[at]!) || /[A-Za-z0-9'’-]/.test(text[at - 1]!)) continue;
      const r = readRun(text, at);
      if (r === undefined) continue;
      // Four digits said as words, or four digits spaced apart ("7 1 2 7"), never one plain group.
      const v = text.slice(at, r.end);
      if (r.digits !== 4 || (r.words === 0 && !/\s/.test(v)) || UNIT_AFTER_RE.test(text.slice(r.end, r.end + 14))) return;
      push(at, r.end, lastFourType(text.slice(m.index, limit)), 8);
      return;
    }
  });
}

// ---- shapes without a label -------------------------------------------------------------------------

// A card number in its printed grouping, check digit or not: 4-4-4-4 (Visa, Mastercard, Discover)
// and 4-6-5 (American Express).
// (Twenty digits in fives of four is a SIM card's ICCID.)
const CARD_GROUPED_RE = /(?<![\w.-])(?:\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{4})?|3[47]\d\d([ -])\d{6}\2\d{5})(?![\w-]|\.\d)/g;
// A social security number masked on a form but for its last four ("XXX-XX-4821", "***-**-4821"),
// or written with dots ("512.33.9120": three parts, so no IP address or date).
const SSN_MASKED_RE = /(?<![\w*#•])[xX*#•]{3}[ .-]?[xX*#•]{2}[ .-]?(\d{4})(?![\w-])/g;
const SSN_DOTTED_RE = /(?<![\w.-])\d{3}\.\d{2}\.\d{4}(?![\w-]|\.\d)/g;
// A camera's file name without its extension ("IMG 4821", "DSC-0042", "PXL_20240312_1845").
const CAMERA_FILE_RE = /\b(?:IMG|DSC|DSCN|DSCF|PXL|VID|MVIMG|PANO|GOPR|MOV)[ _-]?\d{3,}(?:_\d+)*\b/g;
// A Cash App "$cashtag" after the app's name.
const CASHTAG_RE = /\b(?:cash ?app|cashtag)\b[^\n$]{0,20}(\$[A-Za-z][A-Za-z0-9_-]{2,19})\b/gi;
// A photo or video file name with a second dot or none of the usual ("PXL_20240312_1845.MP.jpg").
const PHOTO_DOUBLE_EXT_RE = /(?<![\w./-])[\w-]*\d[\w-]*(?:\.[A-Za-z0-9]{1,4})+\.(?:jpe?g|png|heic|heif|gif|webp|mp4|mov)\b/gi;
// E-mail shapes are read around their rare literal ("@", "{at}", " at <provider>"): the local part
// is read backwards from it, the host forwards, so ordinary text pays one indexOf.
const PROVIDERS = 'gmail|googlemail|yahoo|ymail|aol|hotmail|outlook|icloud|comcast|protonmail|proton|gmx|verizon|sbcglobal|earthlink|live|msn';
const LOCAL_BEHIND_RE = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}][\p{L}\p{N}._%+-]{0,40}$/u;
// "jo.kim @ gmail.com", "jokim@ gmail.com", "jo_kim {at} gmail.com": spaces or braces around the at.
const SPACED_AT_Y = /(?:[ \t]+@[ \t]*|@[ \t]+|[ \t]*\{[ \t]*at[ \t]*\}[ \t]*)/y;
const HOST_Y = new RegExp(
  String.raw`[a-z0-9-]{2,30}(?:(?:\.|[ \t]*\{[ \t]*dot[ \t]*\}[ \t]*|[ \t]+dot[ \t]+)[a-z0-9-]{2,20})*(?:\.|[ \t]*\{[ \t]*dot[ \t]*\}[ \t]*|[ \t]+dot[ \t]+)(?:com|net|org|edu|co|us|uk|ca|io|me|info|biz)\b`,
  'iy',
);
// "jo.kim@gmail", "jo.kim@gmail . com": a mail provider after "@", with no ending or a spaced one.
const PROVIDER_Y = new RegExp(String.raw`(?:${PROVIDERS})\b(?:[ \t]*\.[ \t]*(?:com|net|org|co\.uk|co|me|ch|de|uk|fr|ca))?(?![\p{L}\p{N}.@])`, 'iuy');
// "quillan75 at icloud" (a local part with a digit, dot or underscore), "jo dot kim at gmail".
const AT_PROVIDER_WORD_RE = new RegExp(String.raw` at (?:${PROVIDERS})\b(?![.@]\w)`, 'gi');
const LOCAL_WORD_BEHIND_RE = /(?<![\p{L}\p{N}._-])[\p{L}\p{N}]+[._]?[\p{L}\p{N}]*$/u;
const SPOKEN_LOCAL_BEHIND_RE = /\b[a-z0-9]+(?:[ \t]+(?:dot|underscore|dash|hyphen)[ \t]+[a-z0-9]+)+$/i;

/** Every e-mail shape of this module, anchored on "@", "{at}" and " at <provider>". */
function detectEmailShapes(text: string, push: Push): void {
  const pushLocal = (anchor: number, end: number): void => {
    const left = LOCAL_BEHIND_RE.exec(text.slice(Math.max(0, anchor - 42), anchor));
    if (left && !/[._-]$/.test(left[0])) push(anchor - left[0].length, end, 'EMAIL', 9);
  };
  for (let i = text.indexOf('@'); i >= 0; i = text.indexOf('@', i + 1)) {
    PROVIDER_Y.lastIndex = i + 1;
    if (PROVIDER_Y.exec(text)) pushLocal(i, PROVIDER_Y.lastIndex);
    // Spaces around the "@": back over them to the local part.
    let a = i;
    while (a > 0 && (text[a - 1] === ' ' || text[a - 1] === '\t')) a--;
    SPACED_AT_Y.lastIndex = a;
    if ((a < i || text[i + 1] === ' ' || text[i + 1] === '\t') && SPACED_AT_Y.exec(text)) {
      HOST_Y.lastIndex = SPACED_AT_Y.lastIndex;
      if (HOST_Y.exec(text)) pushLocal(a, HOST_Y.lastIndex);
    }
  }
  for (let i = text.indexOf('{'); i >= 0; i = text.indexOf('{', i + 1)) {
    let a = i;
    while (a > 0 && (text[a - 1] === ' ' || text[a - 1] === '\t')) a--;
    SPACED_AT_Y.lastIndex = a;
    if (!SPACED_AT_Y.exec(text)) continue;
    HOST_Y.lastIndex = SPACED_AT_Y.lastIndex;
    if (HOST_Y.exec(text)) pushLocal(a, HOST_Y.lastIndex);
  }
  if (text.includes(' at ')) scan(AT_PROVIDER_WORD_RE, text, (m) => {
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    // Only a local part that cannot be an English word: with a digit, dot or underscore; or spelled.
    const w = LOCAL_WORD_BEHIND_RE.exec(before);
    if (w && /[\d._]/.test(w[0])) push(m.index - w[0].length, end, 'EMAIL', 8);
    const spoken = SPOKEN_LOCAL_BEHIND_RE.exec(before);
    if (spoken) push(m.index - spoken[0].length, end, 'EMAIL', 8);
  });
}
// "on 10.2.21", "since 3.5.2024": a dotted day.month.year after a word of time.
const DOTTED_DATE_RE = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})(?![\d.]|\.\d)/g;
const DOTTED_CUE_BEHIND_RE = /\b(?:on|since|from|until|till|by|before|after|happened|born|dob|date|was|is|moved to|til)\b[^\n.]{0,16}$/i;
// "Sun 26th", "tues 4th", "Friday 13th": a weekday and an ordinal day.
const WEEKDAY_ORD_RE = /\b(?:mon|monday|tue|tues|tuesday|wed|weds|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday)\.?,?[ \t]+(?:the[ \t]+)?((?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b(?![ \t]*(?:floor|grade|street|st\b|ave|time|place|birthday))/gi;
// "moved to the first", "pushed back to the twenty-first": a day alone after a verb of rescheduling.
const ORD_DAY_W =
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty-first';
const MOVED_TO_DAY_RE = new RegExp(
  String.raw`\b(?:moved|pushed|changed|rescheduled|postponed|bumped|switched|brought forward|put off|set)(?:[ \t]+(?:back|up|it|forward))?[ \t]+(?:to|for|till|until)[ \t]+the[ \t]+((?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th)|${ORD_DAY_W})\b(?=[ \t]*(?:[.,;!?]|$|\n|and\b|but\b|so\b|because\b|now\b|instead\b))`,
  'gim',
);

export // (The day after "the" is the rare part: found first, so talk without one pays a single test.)
const MOVED_GATE_RE = / the (?:\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twent|thirt)/i;

export function detectShapesAlone(text: string, push: Push): void {
  if (/\d{4}[ -]\d{4}|\d{4}[ -]\d{6}/.test(text)) scan(CARD_GROUPED_RE, text, (m) => push(m.index, m.index + m[0].length, 'ACCOUNT', 8));
  if (/[xX*#•]{2}[ .-]?\d{4}/.test(text)) scan(SSN_MASKED_RE, text, (m) => push(m.index, m.index + m[0].length, 'SSN', 9));
  if (/\d{3}\.\d{2}\.\d{4}/.test(text)) scan(SSN_DOTTED_RE, text, (m) => push(m.index, m.index + m[0].length, 'SSN', 9));
  if (/(?:IMG|DSC|PXL|VID|MVIMG|PANO|GOPR|MOV)[ _-]?\d/.test(text)) scan(CAMERA_FILE_RE, text, (m) => push(m.index, m.index + m[0].length, 'PHOTO', 8));
  if (text.includes('@') || text.includes('{') || text.includes(' at ')) detectEmailShapes(text, push);
  if (text.includes('$')) scan(CASHTAG_RE, text, (m) => {
    const s = m.index + m[0].length - m[1]!.length;
    push(s, s + m[1]!.length, 'ACCOUNT', 8);
  });
  if (/\.[A-Za-z0-9]{1,4}\.(?:jpe?g|png|heic|heif|gif|webp|mp4|mov)\b/i.test(text)) scan(PHOTO_DOUBLE_EXT_RE, text, (m) => push(m.index, m.index + m[0].length, 'PHOTO', 8));
  // (The date is found first, then the word of time is read behind it.)
  if (/\d\.\d{1,2}\.\d/.test(text)) scan(DOTTED_DATE_RE, text, (m) => {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a < 1 || b < 1 || a > 31 || b > 31 || (a > 12 && b > 12)) return;
    if (!DOTTED_CUE_BEHIND_RE.test(text.slice(Math.max(0, m.index - 40), m.index))) return;
    push(m.index, m.index + m[0].length, 'DATE', 7);
  });
  if (/\d(?:st|nd|rd|th)\b/.test(text) && /\b(?:mon|tue|wed|thu|fri|sat|sun)/i.test(text)) scan(WEEKDAY_ORD_RE, text, (m) => {
    // A lower-case "sat"/"sun" is also a word ("I sat 3rd in the race"): it is a day only after
    // "on", "last", "next", "this" or "by".
    if (/^(?:sat|sun)\b/.test(m[0]) && !/\b(?:on|last|next|this|by|till|until|from)[ \t]+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) return;
    // The day of the month is the identifier; a weekday alone is not (the day is taken, not the weekday).
    const s = m.index + m[0].length - m[1]!.length;
    push(s, s + m[1]!.length, 'DATE', 7);
  });
  if (MOVED_GATE_RE.test(text)) scan(MOVED_TO_DAY_RE, text, (m) => {
    const s = m.index + m[0].length - m[1]!.length;
    push(s, s + m[1]!.length, 'DATE', 7);
  });
}

// ---- label words typed with two letters swapped ---------------------------------------------------

// Chat is typed fast: "socail", "nmuber", "ednign", "bokoing". A word of five letters or more that no
// word list knows and that is one swap of neighbouring letters away from a label or filler word is
// read as that word. The swap keeps the length, so offsets into the text do not move.
const TYPO_TARGETS = new Set([
  'social', 'security', 'serial', 'member', 'policy', 'account', 'routing', 'checking', 'savings', 'medicaid', 'medicare', 'subscriber',
  'booking', 'confirmation', 'reference', 'ticket', 'docket', 'claim', 'student', 'employee', 'number', 'ending', 'device', 'plate', 'plates',
  'license', 'licence', 'registration', 'insurance', 'mastercard', 'debit', 'credit', 'inmate', 'badge', 'group', 'starts', 'address',
]);
// A swap keeps a word's length and the sum of its letters: one number per target, checked first.
const signature = (k: string): number => {
  let sum = k.length << 12;
  for (let i = 0; i < k.length; i++) sum += k.charCodeAt(i);
  return sum;
};
const TYPO_SIGNATURES = new Set([...TYPO_TARGETS].map(signature));

// Whether a word's key may be a swapped label word (the tests on the key alone), memoised per word form:
// 1 when it may, 0 when not.
const mayBeTypo = memoKeyBits((k) =>
  // (Letters only, five to fourteen of them, in no word list.)
  k.length < 5 || k.length > 14 || !TYPO_SIGNATURES.has(signature(k)) || !/^[a-z]+$/.test(k) || TYPO_TARGETS.has(k) || resources().commonWords.has(k) ? 0 : 1,
);

export function untypo(text: string, tokens: readonly Token[]): string {
  let out: string | undefined;
  for (const t of tokens) {
    if (mayBeTypo(t) === 0 || t.text.length !== t.key.length) continue;
    const k = t.key;
    for (let i = 0; i < k.length - 1; i++) {
      const c = k.slice(0, i) + k[i + 1]! + k[i]! + k.slice(i + 2);
      if (!TYPO_TARGETS.has(c)) continue;
      const w = t.text;
      const fixed = w[0] === w[0]!.toUpperCase() ? c[0]!.toUpperCase() + c.slice(1) : c;
      out = (out ?? text).slice(0, t.start) + fixed + (out ?? text).slice(t.end);
      break;
    }
  }
  return out ?? text;
}

/** Every rule of this module. */
export function detectShapes(text: string, tokens: readonly Token[], push: Push): void {
  // (Only where a digit or a number word is: a label licenses nothing without a value.)
  if (/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|zero|oh|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b/i.test(text)) {
    const read = untypo(text, tokens);
    if (LABEL_GATE_RE.test(read)) detectLabelled(read, push);
    detectLastFourSaid(read, push);
  }
  detectShapesAlone(text, push);
}
