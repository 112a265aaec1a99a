// Cue rules of clinical round 11 (issue 14, R35): identifiers of a hurried clinical note that the
// earlier rounds' rules miss because the note gives no capital letter, no title and no first name —
// only the role of the person or the verb of talking to them. Found with a generator of synthetic
// notes (bench/deid/clinical-gen11.ts), and described here by the grammar of such notes:
//   1. a clinician's surname or a staff member's first name after a verb of handing over or talking
//      ("d/w", "per", "paged", "s/o to", "relieved by", "spoke w/", "asked … to") or a role word
//      ("RN", "SW:", "covering", "house officer"), or before a role ("…-np", "… (charge)", "…, MD",
//      "…/renal"); the word must look like a name: no dictionary or clinical word, no short
//      abbreviation, or a word a name list holds when a role names it from the other side too;
//   2. a relative's given name glued to the relation word ("bro(fern)", "niece is mirela", "dtr/ada");
//   3. an age over 89 written with the sex glued to it ("91F", "100m" in a lower-case note);
//   4. an extension written glued to its "x" ("x5521");
//   5. a street address after a word of dwelling or finding, in lower case or capitals, where the
//      general address rule needs a capital to trust a suffix such as "dr", "ln", "way";
// and one trim: a relation or role glued after a name by a hyphen ("rosalie-gf") is no part of it.
// Note register only: none of these runs in a dialogue.
import { eponyms } from './clinical-eponyms.ts';
import { foldKey } from './tokens.ts';
import type { PhiType, Span } from './types.ts';
import { looksAbbreviated, looksMisspelt, W, wordFlags } from './wordflags.ts';

type Push = (start: number, end: number, type: PhiType, prio: number, why?: string) => void;

// Words that can never be the name such a cue points at (besides the lexicon's flags).
const STOP = W.Function | W.CoreStop | W.Calendar | W.Month | W.Clinical | W.Relation | W.Title | W.Role | W.Speech | W.Contraction | W.NotName | W.AgeWord;

/** How strongly a word looks like a person's name: 2 a word no dictionary holds, 1 a name list's word that is also rare vocabulary, 0 none. */
function nameStrength(word: string, informativeCapital: boolean): number {
  if (!/^\p{L}[\p{L}'’]+$/u.test(word) || !/[aeiouy]/i.test(word)) return 0;
  const k = foldKey(word);
  if (k.length < 3) return 0;
  const f = wordFlags(k);
  if (f & STOP) return 0;
  if (eponyms().has(k)) return 0;
  const named = (f & W.Name) !== 0;
  // (Short words are abbreviations unless a name list knows them: "neph", "heme", "gyn".)
  if (k.length <= 4 && !named) return 0;
  if (!named && looksAbbreviated(k)) return 0;
  // An all-capitals word in a line of ordinary case is an acronym.
  if (word.length <= 5 && word === word.toUpperCase() && informativeCapital) return 0;
  // A name list's word that is also rare vocabulary ("strand") counts only with more evidence.
  if (f & W.Everyday) return 0;
  if (f & W.Common) return named ? 1 : 0;
  // A verb form is no name; a word one slip from vocabulary ("recieved", "protcol") is weak evidence.
  if (!named && /(?:ed|ing)$/.test(k)) return 0;
  if (!named && looksMisspelt(k)) return 1;
  return 2;
}

// A verb of handing over or talking, or a role word, right before the name (case-insensitive).
const BEFORE_RE =
  /(?:^|[^\p{L}])(?:d\/w|c\/w|dw|per|paged|page|called|spoke\s+(?:w\/?|with|to)|talked\s+(?:w\/?|with|to)|discussed\s+(?:w\/?|with)|s\/o\s+to|signed\s+out\s+to|handed\s+(?:off|over)\s+to|report\s+(?:given\s+)?to|gave\s+report\s+to|relieved\s+by|seen\s+by|eval(?:uated|'?d)?\s+by|asked|notified|informed|w\/\s*help\s+of|with\s+(?:the\s+)?help\s+of|ok'?d\s+by|covering|attending|attg|resident|intern|fellow|house\s+officer|hospitalist|rn|lpn|cna|sw|ot|rt|np|tech|charge(?:\s+rn)?|nurse|(?:pt|md|pa)[ \t]*\()[ \t]*[:(]?[ \t]*$/iu;
// A role or service right after the name: "-np", " (charge)", ", MD", "/renal", " RN", " in pharmacy".
const AFTER_RE =
  /^(?:[ \t]*-[ \t]*(?:np|rn|md|pa|sw|lpn)|[ \t]*\([ \t]*(?:np|rn|md|pa|do|sw|lpn|cna|charge|attending|resident|fellow|intern|ortho|renal|cards|psych|neuro|gi|pharmacy|cm|rt|pt|ot|slp|hospitalist)[ \t]*\)|[ \t]*,[ \t]*(?:np|rn|md|do|lpn)|\/(?:renal|cards|psych|neuro|ortho|gi|sw|cm|pharmacy)|[ \t]+(?:np|rn|md|lpn|cna)|[ \t]+(?:in|from)[ \t]+(?:pharmacy|pt|ot|sw|admitting|radiology))(?![\p{L}])/iu;
// Words after a cue that are no one's name however rare they look.
const NOT_STAFF = new Set(['team', 'unit', 'floor', 'protocol', 'order', 'orders', 'policy', 'report', 'pt', 'patient', 'family', 'primary', 'covering', 'oncoming', 'night', 'day', 'evening', 'back', 'again', 'aware', 'today']);

const WORD_RE = /(?<![\p{L}\p{N}'’])\p{L}[\p{L}'’]*(?![\p{L}\p{N}])/gu;

function staffNames(text: string, push: Push, informative: (offset: number) => boolean): void {
  for (const m of text.matchAll(WORD_RE)) {
    // (A possessive after such a cue names a service's or a relative's wish as often as a clinician:
    // "per nutrition's request", "per wife's wishes".)
    const w = m[0];
    if (/['’]/.test(w)) continue;
    const s = m.index;
    const e = s + w.length;
    if (NOT_STAFF.has(w.toLowerCase())) continue;
    const before = text.slice(Math.max(0, s - 30), s);
    // ("PER …" in a line of capitals names a document, a service or a test as often as a person.)
    const pre = BEFORE_RE.test(before) && !(/per[ \t]*:?[ \t]*$/i.test(before) && w === w.toUpperCase());
    const post = AFTER_RE.test(text.slice(e, e + 24));
    if (!pre && !post) continue;
    const strength = nameStrength(w, informative(s));
    if (strength === 0) continue;
    // (The weaker reading needs the role on both sides, or a capital that means something after the cue.)
    if (strength === 2 || (strength === 1 && pre && (post || (informative(s) && /^\p{Lu}\p{Ll}/u.test(w))))) push(s, e, 'NAME', 6);
  }
}

// 2. A relation word glued to a given name or joined by "is": "bro(fern)", "dtr/ada", "niece is mirela".
const KIN_GLUED_RE = /(?<![\p{L}])(?:wife|husband|son|dtr|daughter|sister|sis|bro|brother|mother|mom|father|dad|niece|nephew|hcp|partner|gf|bf|fiance|fiancee|grandson|granddaughter|aunt|uncle|cousin|friend)(?:[ \t]*\([ \t]*|\/|[ \t]+is[ \t]+)(\p{L}[\p{L}'’]+)/giu;
function gluedKin(text: string, push: Push, informative: (offset: number) => boolean): void {
  for (const m of text.matchAll(KIN_GLUED_RE)) {
    const w = m[1]!;
    const s = m.index + m[0].length - w.length;
    const k = foldKey(w);
    const f = wordFlags(k);
    // A word no dictionary holds, or a name list's word ("fern" is both: only with a capital in an
    // ordinary line, or in a bracket).
    if (nameStrength(w, informative(s)) === 2) {
      push(s, s + w.length, 'NAME', 6);
      continue;
    }
    if (!(f & W.Name) || (f & STOP)) continue;
    if ((f & (W.Everyday | W.Common)) && !(informative(s) && /^\p{Lu}/u.test(w))) {
      // In a bracket the word names the relative ("bro(fern)") unless a dictionary word is all it can be.
      if (!(/\($/.test(text.slice(s - 1, s)) && !(f & W.Everyday))) continue;
    }
    push(s, s + w.length, 'NAME', 6);
  }
}

// … and a given name with the relation glued after it by a hyphen: "ferelith-gf", "ottoline-dtr".
const KIN_AFTER_RE = /(?<![\p{L}\p{N}'’-])(\p{L}[\p{L}'’]+)-(?:wife|husband|son|dtr|daughter|sister|sis|bro|brother|mother|mom|father|dad|niece|nephew|hcp|partner|gf|bf|fiance|fiancee|friend)(?![\p{L}-])/giu;
function kinAfter(text: string, push: Push, informative: (offset: number) => boolean): void {
  for (const m of text.matchAll(KIN_AFTER_RE)) {
    const w = m[1]!;
    const f = wordFlags(foldKey(w));
    if (nameStrength(w, informative(m.index)) === 2 || ((f & W.Name) && !(f & (STOP | W.Everyday)))) push(m.index, m.index + w.length, 'NAME', 6);
  }
}

// 3. "91F", "99M": an age over 89 with the sex glued on, opening a clause (not a temperature, "T 99F").
const AGE_SEX_RE = /(?<=^|[\n(;,:/]|[ \t])(9\d|1[01]\d|12[0-5])([MF])(?![\p{L}\p{N}])/giu;
const NOT_AGE_BEFORE_RE = /(?:\b(?:t|temp|tmax|tm|tc|febrile|afebrile|to|of|at|max|x|hr|rr|bp|sat|sats|wt|ht|weight|walked|ambulated|amb|gait)|[\d.]|°)[ \t]*$/i;
function agesWithSex(text: string, push: Push): void {
  const lowerText = text === text.toLowerCase();
  for (const m of text.matchAll(AGE_SEX_RE)) {
    // (Lower-case "m" is metres in an ordinary line; only a note written all in lower case means male by it.)
    if (m[2] === 'm' && !lowerText) continue;
    if (NOT_AGE_BEFORE_RE.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
    // (The number alone, as the general age rule marks "Client 91F".)
    push(m.index, m.index + m[1]!.length, 'AGE', 6);
  }
}

// … and "aged 93" closed by a pause or a separator of a telegraphic line ("aged 93 / lives alone").
const AGED_RE = /(?<![\p{L}])aged[ \t]+(9\d|1[01]\d|12[0-5])(?=[ \t]*(?:$|[\n,;)]|\.(?!\d)|[ \t]\/[ \t]|[ \t]+(?:yo|y\/o|years?|yrs?)(?![\p{L}])))/gimu;
function agedCue(text: string, push: Push): void {
  for (const m of text.matchAll(AGED_RE)) push(m.index + m[0].length - m[1]!.length, m.index + m[0].length, 'AGE', 6);
}

// 4. "x5521": an extension glued to its "x", not after a number ("500 x1000").
const GLUED_EXT_RE = /(?<![\p{L}\p{N}.])x(\d{4,5})(?![\p{N}.:/])/gu;
function gluedExtensions(text: string, push: Push): void {
  for (const m of text.matchAll(GLUED_EXT_RE)) {
    if (/\d[ \t]*$/.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    push(m.index + 1, m.index + m[0].length, 'PHONE', 6);
  }
}

// 5. A street after a word of dwelling or finding, any case: "lives @ 160 wexley dr", "apt on larkspur ct".
const STREET_CUE_RE =
  /(?<![\p{L}])(?:lives?|living|resides?|home|house|apt|apartment|address|addr|found(?:\s+down)?|outside|picked\s+up)(?:[ \t]+(?:at|@|on|off|in|near|outside))?[ \t]*:?[ \t]*((?:\d{1,5}[a-z]?[ \t]+)?((?:\p{L}[\p{L}'’]*[ \t]+){1,2})(?:st|rd|dr|ln|ave|ct|pl|way|blvd|ter|cir|street|road|drive|lane|avenue|court|place|terrace|circle|boulevard)\.?)(?![\p{L}\p{N}])/giu;
function cuedStreets(text: string, push: Push): void {
  for (const m of text.matchAll(STREET_CUE_RE)) {
    const words = m[2]!.trim().split(/[ \t]+/);
    // The street's words are words of a name: no function, clinical or calendar word.
    if (words.some((w) => (wordFlags(foldKey(w)) & (W.Function | W.CoreStop | W.Clinical | W.Calendar | W.Month | W.Relation)) !== 0)) continue;
    const s = m.index + m[0].length - m[1]!.length;
    push(s, m.index + m[0].length, 'GEO', 6);
  }
}

// 6. A hospital or clinic after a word of care and its preposition, in any case: "had surgery @ stonebridge",
//    "w/u at calloway", "OSH Penrith Valley", "followed by millbrook cardiology" ("by" only before a service).
const CARE_PLACE_RE =
  /(?<![\p{L}])(had[ \t]+surgery|surgery|w\/u|worked[ \t]+up|followed|seen|f\/u|treated|hospitali[sz]ed|admitted|osh|records|transferred|xfer|sent[ \t]+out|tx)[ \t]+(?:(at|@|by|from|to|in)[ \t]+)?\(?((?:(?:saint|st\.?|mt\.?|mount|port|fort|lake)[ \t]+)?\p{L}[\p{L}'’]*)(?:[ \t]+(\p{L}[\p{L}'’]*))?/giu;
const PLACE_KIND = new Set(['valley', 'falls', 'springs', 'harbor', 'harbour', 'park', 'point', 'hill', 'hills', 'ridge', 'heights', 'grove', 'lake', 'bay', 'creek', 'vale', 'glen', 'crossing', 'landing']);
const SERVICE_AFTER_RE = /^[ \t]+(?:cardiology|clinic|oncology|onc|neurology|neuro|nephrology|renal|gi|ortho|orthopedics|psych|psychiatry|pulm|pulmonary|rheum|endo|ent|urology|surgery|ed|er|hospital|hosp|dialysis|infusion|wound|pain|cancer|heart|va)(?![\p{L}])/iu;
const HOSPITAL_KIND = new Set(['general', 'memorial', 'regional', 'hospital', 'hosp', 'med', 'medical', 'center', 'ctr', 'clinic', 'infirmary', 'community', 'county']);
const placeWord = (w: string): boolean => {
  const k = foldKey(w);
  if (k.length < 5 || eponyms().has(k)) return false;
  const f = wordFlags(k);
  if (looksMisspelt(k) && !(f & (W.Name | W.CityStart))) return false;
  return !(f & (STOP | W.Everyday | W.Place)) && (!(f & W.Common) || (f & W.CityStart) !== 0);
};
function carePlaces(text: string, push: Push): void {
  for (const m of text.matchAll(CARE_PLACE_RE)) {
    const head = m[3]!;
    const words = head.split(/[ \t]+/);
    const core = words[words.length - 1]!;
    if (!placeWord(core)) continue;
    const start = m.index + m[0].indexOf(head, m[1]!.length);
    // (The preposition "by" or none names a person as often: only before a service is it a place.)
    const prep = m[2]?.toLowerCase();
    const second = m[4];
    const withKind = second !== undefined && (PLACE_KIND.has(second.toLowerCase()) || placeWord(second));
    const stop = withKind ? m.index + m[0].length : start + head.length;
    const service = SERVICE_AFTER_RE.test(text.slice(stop, stop + 16));
    // (A unit's own name before its kind, "to … micu", is the unit's, not a hospital's.)
    const next = /^[ \t]+(\p{L}+)/u.exec(text.slice(stop, stop + 20))?.[1];
    if (!service && next !== undefined && !HOSPITAL_KIND.has(next.toLowerCase()) && (wordFlags(foldKey(next)) & W.Clinical) !== 0) continue;
    if ((prep === undefined || prep === 'by') && !service && m[1]!.toLowerCase() !== 'osh') continue;
    // ("admitted to …" names a unit as often as a hospital.)
    if ((prep === 'to' || prep === 'in') && !/^(?:transferred|xfer|sent[ \t]+out|tx)$/i.test(m[1]!)) continue;
    push(start, stop, 'GEO', 5);
  }
}

/** Round-11 cues; the caller passes whether a capital at an offset says something (a line of ordinary case). */
export function detectStaffCues(text: string, push: Push, dialogue: boolean, informative: (offset: number) => boolean): void {
  if (dialogue) return;
  staffNames(text, push, informative);
  gluedKin(text, push, informative);
  kinAfter(text, push, informative);
  agesWithSex(text, push);
  agedCue(text, push);
  gluedExtensions(text, push);
  cuedStreets(text, push);
  carePlaces(text, push);
}

// The trim: "rosalie-gf", "otis-partner": a relation or role after a hyphen is no part of the name.
const GLUED_ROLE_TAIL_RE = /-(?:gf|bf|wife|husband|son|dtr|daughter|sister|sis|bro|brother|mother|mom|father|dad|niece|nephew|hcp|partner|friend|np|rn|md|pa|sw|pt|ot|cm)$/i;
// And the letters of an age's unit are no initials: "92 Y.O.".
function ageUnitLetter(text: string, s: Span): boolean {
  if (/^y\.?[ \t]*o\.?$/i.test(text.slice(s.start, s.end))) return /\d[ \t]*$/.test(text.slice(Math.max(0, s.start - 4), s.start));
  if (s.end - s.start !== 1) return false;
  const c = text[s.start]!.toLowerCase();
  if (c === 'y') return /\d[ \t]*$/.test(text.slice(Math.max(0, s.start - 4), s.start)) && /^\.?[ \t]*o(?![\p{L}])/iu.test(text.slice(s.end, s.end + 4));
  return c === 'o' && /\d[ \t]*y\.?[ \t]*$/i.test(text.slice(Math.max(0, s.start - 8), s.start));
}
export function trimStaffSpans(text: string, spans: Span[]): Span[] {
  let drop = false;
  for (const s of spans) {
    if (s.type !== 'NAME') continue;
    if (ageUnitLetter(text, s)) drop = true;
    const m = GLUED_ROLE_TAIL_RE.exec(text.slice(s.start, s.end));
    if (m && s.end - m[0].length > s.start + 1) s.end -= m[0].length;
  }
  return drop ? spans.filter((s) => s.type !== 'NAME' || !ageUnitLetter(text, s)) : spans;
}

