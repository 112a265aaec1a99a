// Identifiers found by the words around them rather than their shape: whatever follows
// "address:" (one line or a short block of lines), and employers and schools ("works nights at
// Sutter Health", "goes to Garfield Elementary", "St. Mary's Hospital"), which the issue asks to
// treat as names.
import { RESTRICTED_ZIP3 } from './geo-data.ts';
import { foldKey } from './tokens.ts';
import { CLINICAL_SHORTHAND, MEASURE_WORDS } from './clinical-lexicon.ts';
import { W, wordFlags } from './wordflags.ts';
import { scan, scanAtStarts, type Push } from './scan.ts';


// ---- addresses by context ----------------------------------------------------------------------

const ADDRESS_KW_RE =
  /\b(?:(?:mailing|home|billing|street|postal|new|old|current|previous|forwarding)\s+)?address(?:es)?\b[ \t]*(?:(?:is|was|are|to|with|of|at)\b[ \t]*|[:=-][ \t]*)?(?:,?[ \t]*(?:here\s+(?:it\s+is|they\s+are)|it\s+is|it's)[ \t]*:?[ \t]*)?/gi;
const AT_NUMBER_RE = /\b(?:at|to|on)\s+(?=\d)/gi;
const SPACE_DIGIT_RE = /\s\d/g;
const SPACE_RE = /\s/;
const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/**
 * Where AT_NUMBER_RE matches, in order: each match ends at a digit after white space, so the scan
 * finds those digits and reads the white space and the word ("at", "to", "on", in any case) behind
 * them, instead of trying the word at every position. Every match start is found once.
 */
export function atNumberStarts(text: string): number[] {
  const out: number[] = [];
  SPACE_DIGIT_RE.lastIndex = 0;
  for (let m = SPACE_DIGIT_RE.exec(text); m !== null; m = SPACE_DIGIT_RE.exec(text)) {
    let w = m.index;
    while (w > 0 && SPACE_RE.test(text[w - 1]!)) w--;
    if (w < 2 || (w > 2 && isWordCode(text.charCodeAt(w - 3)))) continue;
    const a = text.charCodeAt(w - 2) | 0x20;
    const b = text.charCodeAt(w - 1) | 0x20;
    if ((a === 97 && b === 116) || (a === 116 && b === 111) || (a === 111 && b === 110)) out.push(w - 2);
  }
  return out;
}
const DOSE_AT_RE = /^\d+(?:\.\d+)?[ \t]*(?:mg|mcg|mls?|cc|u|units?|g|gm|%|mm|cm|kg|lbs?|l|lpm|bpm|mmhg|meq|hrs?|mins?|am|pm|x)(?![A-Za-z])/i;
const LIVES_BEFORE_RE = /\b(?:lives?|lived|living|resides?|resided|residing|located|staying|stays|moved|moving)\s+$/i;
// Where an address in running text ends: a clause that is clearly not part of it.
// ("i live on 4609 harbor view drive now, near the bus depot": where the home is, not its address.)
// ("lives at 9 Elm Rd with dtr": whom the person lives with is no part of the address.)
const CLAUSE_END_RE = /\s+(?:for|with|w\/|so|because|but|if|in case|and (?:i|we|he|she|they)|which|where|when|since|until|please|thanks)\b|,?\s+(?:now|near|next to|across from|close to|behind|right by)\b|[?!;]|\.(?=\s+[A-Z][a-z]+\s+[a-z])|\.\s*$/i;

const ADDRESS_WORDS = new Set(['apt', 'apartment', 'suite', 'unit', 'floor', 'box', 'road', 'street', 'avenue', 'lane', 'drive', 'court', 'way', 'and', 'the', 'nan']);

function pushAddressText(text: string, start: number, push: Push, multiLine: boolean): void {
  const lineEnd = text.indexOf('\n', start);
  let end = lineEnd < 0 ? text.length : lineEnd;
  let seg = text.slice(start, Math.min(end, start + 120));
  const cut = CLAUSE_END_RE.exec(seg);
  if (cut) seg = seg.slice(0, cut.index);
  seg = seg.replace(/[\s,.:]+$/, '');
  const segEnd = start + seg.length;
  // An IP or e-mail address has its own detector; what follows it is not a street.
  if (/^\s*(?:\d{1,3}\.){3}\d{1,3}|^\s*\S+@/.test(seg)) return;
  const hasContent = /\d|\p{Lu}/u.test(seg) && seg.trim().length > 0;
  if (hasContent) push(start + (seg.length - seg.trimStart().length), segEnd, 'GEO', 5);
  // "Address:" at the end of a line, or an address that continues: take up to four short lines.
  if (!multiLine || (cut && seg.length > 0)) return;
  for (let k = 0; k < 4 && end < text.length; k++) {
    const ls = end + 1;
    const le0 = text.indexOf('\n', ls);
    const le = le0 < 0 ? text.length : le0;
    const line = text.slice(ls, le);
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.length > 48 || trimmed.split(/\s+/).length > 6 || /[?!]$/.test(trimmed)) break;
    // A field ("Plan: continue CBT") or a line of ordinary lower-case words ends the block.
    if (/^[A-Za-z ]+:\s/.test(trimmed)) break;
    const lowerWords = trimmed.match(/\b[a-z]{3,}\b/g) ?? [];
    if (lowerWords.filter((w) => !ADDRESS_WORDS.has(w)).length >= 2) break;
    const offset = line.indexOf(trimmed);
    const body = trimmed.replace(/[\s,.]+$/, '');
    // "Visalia, CA 95355": the state stays (not an identifier), the city and ZIP go.
    const st = /^(.*?),?\s+([A-Z]{2})\.?\s+(\d{5}(?:-\d{4})?)$/.exec(body);
    if (st) {
      push(ls + offset, ls + offset + st[1]!.length, 'GEO', 5);
      const z = ls + offset + body.length - st[3]!.length;
      push(z + (RESTRICTED_ZIP3.has(st[3]!.slice(0, 3)) ? 0 : 3), z + st[3]!.length, 'GEO', 5);
    } else {
      push(ls + offset, ls + offset + body.length, 'GEO', 5);
    }
    end = le;
  }
}

// "address" the noun, not the verb ("to address smoking"): a determiner or qualifier before it,
// or a colon / "is" after it.
const ADDRESS_NOUN_BEFORE_RE = /\b(?:my|your|his|her|their|our|the|an|new|old|home|mailing|billing|street|postal|current|previous|forwarding|same|this|that|of)\s+$/i;

const EMAIL_AFTER_LABEL_RE = /^[^\n]{0,40}?(?:\S@|\s@\s|\s(?:at|\[at\]|\(at\))\s+[a-z0-9-]{2,30}(?:\s+dot\s+|\s?\.\s?)(?:com|net|org|edu|io|co|me|uk)\b)/i;

export function detectAddressContext(text: string, push: Push, hints = -1): void {
  // (A whole-text scan: timed on a 60 KB transcript, finding the start words with indexOf first and
  // trying the regex only there took twice as long.)
  if (hints & W.AddressWord) scan(ADDRESS_KW_RE, text, (m) => {
    const start = m.index + m[0].length;
    const nounBefore = ADDRESS_NOUN_BEFORE_RE.test(text.slice(Math.max(0, m.index - 12), m.index)) || /^(?:mailing|home|billing|street|postal|new|old|current|previous|forwarding)\s/i.test(m[0]);
    const labelAfter = /(?:[:=-]|\b(?:is|was|are))[ \t]*$|here\s+(?:it\s+is|they\s+are)|it\s+is|it's/i.test(m[0]);
    if (!nounBefore && !labelAfter) return;
    // "email address", "IP address" are other identifiers with their own detectors.
    if (/\b(?:e-?mail|ip|mac|web|url)\s*$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) return;
    // "got my home address from the DMV", "the address for billing": a word that says where the
    // address came from or what it is for, not the address itself (which would follow a verb or colon).
    if (!labelAfter && /^[ \t]*(?:from|for|with|because|but|so|too|again|anymore|either|somehow|anyway|online)\b/i.test(text.slice(start, start + 16))) return;
    // (R35/R36 talka round) "my address is like jo_kim@mail.com all lower case": the address given
    // is an e-mail one, which the e-mail rules take; its words around are no street.
    if (EMAIL_AFTER_LABEL_RE.test(text.slice(start, start + 80))) return;
    pushAddressText(text, start, push, true);
  });
  scanAtStarts(AT_NUMBER_RE, atNumberStarts(text), text, (m) => {
    // ("lopressor stays at 25mg BID", "stays at 2L": a dose or a setting, not a house number.)
    if (DOSE_AT_RE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) return;
    if (LIVES_BEFORE_RE.test(text.slice(Math.max(0, m.index - 12), m.index))) pushAddressText(text, m.index + m[0].length, push, false);
  });
}

// ---- employers and schools ------------------------------------------------------------------------

const ORG_SUFFIX_RE =
  /\b(?:Hospital|Medical Cent(?:er|re)|Health(?:care)?|Clinic|University|College|School|Elementary|Academy|Institute|Church|Inc\.?|LLC|Corp\.?|Corporation|Company|Foundation|Cent(?:er|re)|Bank|Pharmacy|Associates|Prison|Jail|Shelter)\b/g;
const ORG_LEFT_RE = /(?:(?:St\.?|Saint)\s+)?(?:[A-Z][\p{L}'&.-]*\s+(?:(?:and|of|de|for|the)\s+)?){1,4}$/u;
// Anchored on the rarer part — a preposition before a capital — then the verb is looked for
// in the few words before it.
const PREP_CAPITAL_RE = /\b(?:at|for|to|from|in|with)\s+(?:the\s+)?((?:[A-Z][\p{L}'&-]*)(?:\s+[A-Z][\p{L}'&-]*){0,3})/gu;
const WORK_VERB_BEFORE_RE =
  /\b(?:work(?:s|ed|ing)?|job|boss|manager|supervisor|co-?workers?|colleagues?|employed|shifts?|intern(?:s|ing|ed)?|volunteer(?:s|ed|ing)?|go(?:es)?|went|attend(?:s|ed|ing)?|enrolled|stud(?:y|ies|ied|ying)|graduated|teach(?:es|ing)?|taught|hired)\s+(?:[a-z]+\s+){0,2}$/;

/** Some word of the phrase is a name or is not vocabulary: "Lincoln", "Kaiser", not "Mental". */
function distinctive(words: string[]): boolean {
  return words.some((w) => {
    const f = wordFlags(foldKey(w.replace(/['’]s$/, '')));
    // Acronyms and clinical abbreviations ("the ED", "the ICU") are not distinctive.
    if (/^[A-Z]{1,4}$/.test(w) || f & W.Clinical) return false;
    return !(f & (W.Function | W.CoreStop | W.Calendar | W.Place)) && (!(f & W.Common) || (f & W.Name) !== 0);
  });
}

export function detectOrganisations(text: string, push: Push): void {
  scan(ORG_SUFFIX_RE, text, (m) => {
    const left = ORG_LEFT_RE.exec(text.slice(Math.max(0, m.index - 80), m.index));
    if (!left) return;
    let phrase = left[0];
    // Drop a leading article or sentence word ("The", "At").
    const lead = /^(?:The|At|A|An|In|To|From|With|My|Her|His|Our|Their)\s+/.exec(phrase);
    if (lead) phrase = phrase.slice(lead[0].length);
    const words = phrase.trim().split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    if (words.length === 0 || !distinctive(words)) return;
    push(m.index - phrase.length, m.index + m[0].length, 'NAME', 3);
  });
  scan(PREP_CAPITAL_RE, text, (pm) => {
    const verb = WORK_VERB_BEFORE_RE.exec(text.slice(Math.max(0, pm.index - 40), pm.index));
    if (!verb) return;
    const m = { index: pm.index - verb[0].length, 0: verb[0] + pm[0], 1: pm[1] };
    const org = m[1]!;
    const words = org.split(/\s+/);
    // "works at Safeway", "job at Tri-County Logistics": after a work verb any capitalised
    // phrase is the employer; after go/went/attend it must look like a proper name.
    const work = /^(?:work|job|boss|manager|supervisor|co-?worker|colleague|employ|shift|intern|volunteer|hired)/i.test(m[0]);
    if (!(work ? words.some((w) => !/^[A-Z]{1,4}$/.test(w) && !(wordFlags(foldKey(w)) & (W.Function | W.CoreStop | W.Calendar | W.Place | W.Clinical))) : distinctive(words))) return;
    const s = m.index + m[0].length - org.length;
    push(s, s + org.length, 'NAME', 3);
  });
}

// ---- initials ----------------------------------------------------------------------------------

// "J.R.", "M.K.L.": dotted initials, unless a common abbreviation.
const INITIALS_RE = /(?<![A-Za-z.])(?:[A-Z]\.\s?){2,3}(?![A-Za-z])/g;
const NOT_INITIALS = new Set([
  'US', 'UK', 'AM', 'PM', 'MD', 'DO', 'RN', 'NP', 'PA', 'BA', 'BS', 'MA', 'MS', 'PHD', 'DC', 'LA', 'NY', 'EU', 'UN', 'IE',
  'EG', 'AD', 'BC', 'OT', 'PT', 'ER', 'IV', 'IM', 'PO', 'QD', 'HS', 'ID', 'TV', 'OK', 'SS', 'RR', 'BP', 'HR', 'ST',
  'AKA', 'ASAP', 'LCSW', 'LMFT', 'LPC', 'PSYD', 'MSW', 'USA',
  // Clinical abbreviations written with dots: a system, a route, a place in the hospital, a reading.
  'GI', 'GU', 'OR', 'NC', 'CO', 'CI', 'PR', 'SC', 'SQ', 'SL', 'RT', 'CV', 'HO', 'NS', 'OD', 'OS', 'OU', 'AU', 'AS',
  'BID', 'TID', 'QID', 'PRN', 'QHS', 'ICU', 'CCU', 'ETT', 'NGT', 'LE', 'UE', 'BM', 'UA', 'UO', 'IO', 'AB', 'DT', 'DX',
  'TX', 'HX', 'RX', 'SX', 'FX', 'PE', 'MI', 'CT', 'EKG', 'ECG', 'CXR', 'ABG', 'IVF', 'NPO', 'DNR', 'DNI', 'SOB', 'PMH',
  // Ventilator and order shorthand: pressure support, total occlusion or telephone order, verbal order.
  'PS', 'TO', 'VO', 'AC', 'PC', 'ED', 'QS', 'OB', 'IR', 'ENT',
]);

// Dictation marks: "transcribed by kml", "JS/kml".
const DICTATION_RE = /\b(?:dictated|transcribed|typed|signed|reviewed|entered|scribed|cosigned)\s+by:?\s+([a-z]{2,4}|[A-Z]{2,4})(?![\p{L}])|(?<![\p{L}/])[A-Z]{2,3}\/[a-z]{2,3}(?![\p{L}/])/gu;

export function detectInitials(text: string, push: Push, hints = -1): void {
  if ((hints & W.GeoCue && /(?:ated|ibed|yped|gned|ered|iewed)\s+by\b/i.test(text)) || /[A-Z]\/[a-z]/.test(text)) {
    scan(DICTATION_RE, text, (m) => {
      const v = m[1] ?? m[0];
      if (m[1] && /^(?:the|me|him|her|my|his|its|our|you|us|them|a|an|and|phone|mail|fax|text|car|bus)$/i.test(v)) return;
      // ("reviewed by case management": a lower-case word that a phrase goes on from is no typist's mark.)
      if (m[1] && /^[a-z]+$/.test(v) && /^[ \t]+[a-z]{3,}/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) return;
      // "no CPR/no pressors", "DNR/dni": a slash between shorthand and a word is a list, not "JS/kml".
      if (!m[1] && /^[A-Z]+\/(?:no|yes|and|or|not|per|dni|dnr|abd|prn)$/.test(v)) return;
      // "CO/ci", "BP/hr": two readings' abbreviations, not a writer's and typist's initials.
      if (!m[1] && v.split('/').every((p) => CLINICAL_SHORTHAND.has(p.toLowerCase()) || MEASURE_WORDS.has(p.toLowerCase()))) return;
      const s = m.index + m[0].length - v.length;
      push(s, s + v.length, 'NAME', 4);
    });
  }
  if (!text.includes('.')) return;
  scan(INITIALS_RE, text, (m) => {
    const v = m[0].trimEnd();
    if (NOT_INITIALS.has(v.replace(/[.\s]/g, ''))) return;
    push(m.index, m.index + v.length, 'NAME', 4);
  });
}
