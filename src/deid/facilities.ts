// Hospitals, campuses, rehab centres and wards named after people or places. Clinical notes name
// where a person was treated the way they name a drug: in passing, often in capitals or lower case,
// with an acronym or a unit number ("transferred to the Hartwell 4 unit", "sent to WMC ER",
// "admitted from Linden Memorial"). Generic units (ICU, CCU, floor, rehab) are not identifiers;
// a named one is, because it places the person in one building.
//
// Evidence, each enough on its own:
//   1. a transfer cue ("transferred/admitted/sent/discharged to/from [the]") followed by a word that
//      is no vocabulary, no clinical shorthand and no generic unit — or an acronym that is none of
//      those ("to WMC", "from the BMH");
//   2. words before a facility head ("… Memorial", "… Hospital", "… Hosp", "… Medical Center",
//      "… Campus", "… Rehab", "… Nursing Home"), or "University of …", or "St./Saint …";
//   3. document consistency: a word found by 1 or 2 is a place everywhere in the same text.
import { CLINICAL_SHORTHAND, FACILITY_CUES, GENERIC_UNITS } from './clinical-lexicon.ts';
import { US_STATE_NAMES, US_STATES } from './geo-data.ts';
import { resources } from './resources.ts';
import { hasFlag as has, memoKeyBits, type Token } from './tokens.ts';
import type { Span } from './types.ts';
import { looksAbbreviated, looksMisspelt, W } from './wordflags.ts';

type Push = (start: number, end: number, type: 'GEO', prio: number, why?: string) => void;

const HEADS = new Set([
  'hospital', 'hosp', 'hospitals', 'memorial', 'campus', 'rehab', 'rehabilitation', 'infirmary', 'sanitarium', 'sanatorium',
  'hospice', 'manor', 'medical', 'med', 'health', 'healthcare', 'clinic', 'center', 'centre', 'ctr', 'nursing', 'general',
  'community', 'regional', 'county', 'va', 'vamc', 'church', 'temple', 'mosque', 'synagogue', 'cathedral', 'chapel',
  'cemetery', 'apartments', 'apts', 'towers', 'behavioral', 'behavioural', 'wellness', 'recovery', 'counseling', 'counselling',
  // Everyday named places where a session's events happen ("at Eastgate Mall", "Logan Airport"): the
  // whole name goes, the kind of place with it (unlike a hospital's, it tells a reader nothing).
  'mall', 'plaza', 'station', 'airport', 'stadium', 'arena', 'library', 'beach', 'pier', 'museum', 'zoo', 'casino', 'motel', 'hotel',
  // Where a client is held, heard or seen by a family doctor ("Calloway County Courthouse", "Burley
  // Park Surgery": a British GP practice, read only with its capital).
  'courthouse', 'jail', 'prison', 'penitentiary', 'fountain', 'surgery', 'practice',
  // Venues and walk-in care a client names in passing ("the Blue Heron Tavern", "Greenbrier Urgent
  // Care"): each an ordinary word, so a head only when written with its capital (TITLE_ONLY_HEADS).
  'tavern', 'saloon', 'pub', 'grill', 'diner', 'rink', 'lanes', 'lodge', 'laundromat', 'detox', 'urgent',
]);
// Heads that name a place only inside a name written with capitals ("Burley Park Surgery", "Pinecrest
// Skating Rink"); in lower case they are the activity or the room ("after surgery", "the rink").
const TITLE_ONLY_HEADS = new Set(['surgery', 'practice', 'tavern', 'saloon', 'pub', 'grill', 'diner', 'rink', 'lanes', 'lodge', 'laundromat', 'detox', 'urgent']);
const LATE_HEADS = new Set(['courthouse', 'jail', 'prison', 'penitentiary', 'fountain', 'surgery', 'practice']);
// Words after a head that belong to the facility's name: "Linden Medical Center", "… Nursing Home".
const HEAD_TAIL = new Set(['center', 'centre', 'ctr', 'home', 'hospital', 'hosp', 'campus', 'system', 'pavilion', 'unit', 'park', 'gardens', 'cemetery', 'church', 'team']);
// (A VA is a kind of hospital too: "[PLACE] VA".)
const GENERIC_TAIL = new Set(['hospital', 'hosp', 'hospitals', 'center', 'centre', 'ctr', 'medical', 'med', 'unit', 'system', 'campus', 'va', 'vamc', 'facility']);
// Units are named by what they treat, with "U" for unit: SICU, TCU, a typed "SCIU". An acronym that
// ends in CU/IU/RU is a kind of unit, not a building's name.
const UNIT_ACRONYM_RE = /^[A-Za-z]{0,5}(?:CU|IU|RU)$/i;
// Two- and three-letter clinical abbreviations shaped like a hospital's acronym (…H): "up in CH for
// lunch" is the chair, "at OH" an outside hospital.
const NOT_HOSPITAL_ACRONYM = new Set(['ch', 'oh', 'bh', 'ph', 'dh', 'nh', 'th', 'sh', 'ich', 'lvh', 'rvh', 'bph']);
// Where a hospital department follows an acronym ("bmh er", "to bmh cath lab"), the acronym is the hospital.
const DEPARTMENTS = new Set(['er', 'ed', 'ew', 'icu', 'ccu', 'micu', 'sicu', 'cath', 'or', 'ctu', 'tcu', 'clinic', 'lab', 'rehab', 'hosp', 'hospital']);
// Where a patient is sent inside the hospital, besides the units: run together they are no name.
const PROCEDURE_WORDS = new Set(['scan', 'scans', 'scope', 'ray', 'xray', 'lab', 'labs', 'room', 'suite', 'cath', 'echo', 'mri', 'ct', 'cat']);
// A place left or visited is named like one reached: "before she could leave BMH", "visited GMC".
const LEAVE_VERBS = new Set(['leave', 'leaves', 'left', 'leaving', 'visit', 'visited', 'visiting', 'reach', 'reached', 'via']);
// "from the Western Shore", "on the South Side": a region of a town or a state, smaller than a state.
const REGION_DIR = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'upper', 'lower', 'northeast', 'northwest', 'southeast', 'southwest']);
const REGION_KIND = new Set(['shore', 'side', 'end']);
// "Holy …" and "Sacred …" open the names of hospitals, parishes and schools.
const HOLY = new Set(['holy', 'sacred']);
const PLAIN_KINDS = new Set(['family', 'dental', 'group', 'private', 'public', 'local', 'main', 'central', 'bus', 'train', 'subway', 'police', 'fire', 'gas', 'city', 'town', 'state', 'national', 'international', 'regional', 'county', 'community', 'general', 'children', "children's", 'childrens', 'university', 'school', 'high', 'new', 'old', 'big', 'little']);
const CUE_PREPS = new Set(['to', 'from', 'at', 'in', 'into', 'via']);
const SKIP = new Set(['the', 'a', 'an', 'outside', 'another', 'other', 'osh']);
const SAINT = new Set(['st', 'saint', 'ste']);

// The current call's text, tokens and findings. The rules below are module-level functions reading
// them, not closures made per call, and each rule is a function of its own, called only when the
// cheap first test of its condition holds: V8 recompiles a small rule quickly when one of its rare
// branches first runs, where one large function was thrown away and recompiled every time (on a
// fresh process this detector took several passes over the development corpora to settle). Set and
// cleared by detectFacilities.
let text = '';
let tokens: readonly Token[] = [];
let n = 0;
let push: Push = () => {};
let found = new Set<string>();
let foundSurface = new Set<string>();
const NO_TOKENS: readonly Token[] = [];
const NO_PUSH: Push = () => {};

const generic = (t: Token): boolean =>
  GENERIC_UNITS.has(t.key) || (t.text.length >= 3 && t.text.length <= 7 && (t.shape === 'upper' || !t.caseInformative) && UNIT_ACRONYM_RE.test(t.text));
// "XRAYROOM", "echolab": a clinical word run together with another word is no name. (Two ordinary
// words make many a place's name — "Brookhaven", "Fairhaven" — so one half must be clinical.)
const compound = (k: string): boolean => {
  if (k.length < 6 || !/^[a-z]+$/.test(k)) return false;
  const { commonWords } = resources();
  const clinical = (w: string): boolean => GENERIC_UNITS.has(w) || PROCEDURE_WORDS.has(w);
  for (let c = 2; c <= k.length - 2; c++) {
    const [a, b] = [k.slice(0, c), k.slice(c)];
    if ((clinical(a) && (commonWords.has(b) || clinical(b))) || (clinical(b) && commonWords.has(a))) return true;
  }
  return false;
};
// Could this word name a facility? Not a function word, clinical term, generic unit or number.
// (The medical word list holds some town names that are no English word — "Brookhaven": written
// with a capital, such a town can name a facility.)
const clinicalTown = (t: Token): boolean =>
  has(t, W.Place | W.CityStart) && !has(t, W.Everyday) && t.caseInformative && t.shape === 'title' && !CLINICAL_SHORTHAND.has(t.key);
const nameable = (t: Token): boolean =>
  t.key.length >= 2 && !has(t, W.Function | W.CoreStop | W.Calendar | W.Month | W.Relation | W.Title) && (!has(t, W.Clinical) || clinicalTown(t)) && !generic(t) &&
  !/\d/.test(text[t.end] ?? '') && !/\d/.test(text[t.start - 1] ?? '') && /\p{L}{2}/u.test(t.text);
const acronym = (t: Token): boolean => t.shape === 'upper' && t.text.length >= 2 && t.text.length <= 5 && t.caseInformative && !has(t, W.Clinical | W.Common) && !generic(t);
// A proper-noun word: capitalised where case tells, or no vocabulary where it does not.
const properish = (t: Token): boolean =>
  nameable(t) && (t.caseInformative ? (t.shape === 'title' || t.shape === 'upper') && (!has(t, W.Common) || !t.sentenceStart) : !has(t, W.Common) || has(t, W.Name | W.Place));
// "Children's …", "Women's …": a kinship word in the possessive opens many a clinic's name.
const possessiveKin = (w: Token): boolean => has(w, W.Relation) && /['’]s$/.test(w.text) && w.shape !== 'lower';
const headWord = (w: Token): boolean => (HEADS.has(w.key) && !(LATE_HEADS.has(w.key) && w.caseInformative && w.shape === 'lower')) || HEAD_TAIL.has(w.key);
// Grows a span rightwards over adjoining words that pass `ok`, at most `max` words past `from`.
const extend = (k: number, from: number, max: number, ok: (w: Token) => boolean): number => {
  while (k + 1 < n && k - from < max && tokens[k + 1]!.tightBefore && ok(tokens[k + 1]!)) k++;
  return k;
};
const mark = (a: number, b: number, why: string): void => {
  // The generic word stays readable ("[PLACE] Hospital"): it identifies nobody, and a reader of the
  // note still knows what kind of place it was. "Memorial" is part of the name.
  // (Written with its capital in a mixed-case line — "Illawarra Medical Centre" — the kind word is
  // part of the name as written, and the whole name goes.)
  // (Only a centre: clinical notes' gold leaves "Hospital" and "Campus" out, and so does this rule.)
  const named = b > a && tokens[b]!.caseInformative && tokens[b]!.shape === 'title' && (tokens[b]!.key === 'centre' || tokens[b]!.key === 'center') && !GENERIC_TAIL.has(tokens[a]!.key);
  if (!named) {
    while (b > a && GENERIC_TAIL.has(tokens[b]!.key)) b--;
    if (GENERIC_TAIL.has(tokens[b]!.key)) return;
  }
  push(tokens[a]!.start, tokens[b]!.end, 'GEO', 6, why);
  for (let k = a; k <= b; k++) {
    const w = tokens[k]!;
    // "University of …", "Our Lady of …": the function words inside a facility name are no evidence
    // elsewhere in the text.
    if (GENERIC_UNITS.has(w.key) || HEADS.has(w.key) || HEAD_TAIL.has(w.key) || has(w, W.Function | W.CoreStop | W.Clinical)) continue;
    // A vocabulary word is matched elsewhere only as written with its capitals ("GMH", "Linden").
    if (!has(w, W.Common)) found.add(w.key);
    else if (w.shape === 'upper' && w.text.length <= 5) foundSurface.add(w.text);
  }
};

// Each rule below returns the index of the last token it took (the scan goes on after it), or -1
// when it takes nothing and the next rule reads the token.

// "c/o to 7 West", "C/O TO [ward]": an ICU's call-out, the transfer of a patient ready to leave it
// (elsewhere "c/o" is "complains of", and no "to" follows it).
const callOut = (i: number): boolean =>
  tokens[i]!.key === 'o' && i + 1 < n && tokens[i + 1]!.key === 'to' && tokens[i]!.start >= 2 && /^c\/o$/i.test(text.slice(tokens[i]!.start - 2, tokens[i]!.end));

// 1. transfer cue + preposition (+ article) + facility word(s)
function transferRule(i: number): number {
  const t = tokens[i]!;
  if ((FACILITY_CUES.has(t.key) || callOut(i)) && i + 1 < n) {
    let j = i + 1;
    if (!CUE_PREPS.has(tokens[j]!.key)) {
      // "transferred here to", "sent back to": one word in between.
      if (j + 1 < n && CUE_PREPS.has(tokens[j + 1]!.key) && tokens[j + 1]!.start - t.end < 12) j++;
      else return i;
    }
    // ("went into SVT", "went into a-fib": a rhythm or a state; a building entered needs its head word.)
    const into = tokens[j]!.key === 'into';
    j++;
    while (j < n && SKIP.has(tokens[j]!.key)) j++;
    const first = tokens[j];
    if (!first || first.start - t.end > 30 || /[.;\n]/.test(text.slice(t.end, first.start))) return i;
    // (An unknown word after a transfer word must not be a typo or a clipped word: "sent to catscan".)
    if (into || compound(first.key) || !(acronym(first) || (nameable(first) && !has(first, W.Common) && !has(first, W.Place) && !looksMisspelt(first.key) && !looksAbbreviated(first.key)) || (properish(first) && first.shape !== 'lower' && t.caseInformative && !has(first, W.Everyday)))) {
      // "presented to holy cross hospital", "TRANSFERRED TO GOOD HOPE MEDICAL CENTER": ordinary words
      // make a facility's name when a facility word closes it, in any case.
      let h = j;
      while (h < n && h - j < 3 && (nameable(tokens[h]!) || possessiveKin(tokens[h]!)) && !headWord(tokens[h]!) && (h === j || tokens[h]!.tightBefore)) h++;
      if (h > j && h < n && HEADS.has(tokens[h]!.key) && tokens[h]!.tightBefore && !tokens.slice(j, h).every((w) => PLAIN_KINDS.has(w.key))) {
        mark(j, extend(h, h, 2, headWord), 'place: facility after a transfer word (transferred/admitted/sent to or from)');
        return h;
      }
      // "transferred from Good Sam", "sent to Mercy West": two capitalised words where case tells,
      // none of them clinical, a unit or a kind of place, name a hospital by its short name.
      const titled = (w: Token): boolean =>
        w.caseInformative && w.shape === 'title' && !PLAIN_KINDS.has(w.key) && !headWord(w) && !generic(w) && !CLINICAL_SHORTHAND.has(w.key) &&
        !has(w, W.CoreStop | W.Calendar | W.Month | W.Relation | W.Title) && !CUE_PREPS.has(w.key) && !SKIP.has(w.key) && (!has(w, W.Clinical) || has(w, W.Everyday)) && /^\p{L}{2,}$/u.test(w.text);
      const telling = (w: Token): boolean => !has(w, W.Everyday | W.Common) || (has(w, W.First) && !has(w, W.Common));
      const second = tokens[j + 1];
      if (!into && t.caseInformative && second !== undefined && titled(first) && second.tightBefore && titled(second) && !has(second, W.Function) && (telling(first) || telling(second)) && !(j + 2 < n && tokens[j + 2]!.tightBefore && tokens[j + 2]!.shape === 'title')) {
        mark(j, j + 1, 'place: facility after a transfer word (transferred/admitted/sent to or from)');
        return j + 1;
      }
      return i;
    }
    let k = j;
    k = extend(k, j, 3, (w) => properish(w) || headWord(w));
    // ("went to the Public Library": a kind of place.)
    if (tokens.slice(j, k + 1).every((w) => PLAIN_KINDS.has(w.key) || headWord(w))) return i;
    // ("going to Bermuda", "sent from Ohio": a country or a state is kept, as everywhere.)
    if (k === j && has(first, W.Place)) return i;
    mark(j, k, 'place: facility after a transfer word (transferred/admitted/sent to or from)');
    return k;
  }
  return -1;
}

// 1a'. A place preposition, then ordinary or lower-case words closed by a head that only a facility
//      has ("at cedar hills assisted living", "ACCEPTED AT SUNNYVALE REHABILITATION CENTER", "from
//      harrow general"), in any case: the head makes a name of the words before it, as a transfer word
//      does in rule 1. One of the words must tell (a name, a town, or no vocabulary), so "to a
//      different hospital" and "at the county hospital" stay.
const STRONG_HEADS = new Set(['hospital', 'hosp', 'memorial', 'rehab', 'rehabilitation', 'manor', 'infirmary', 'sanitarium', 'sanatorium', 'general', 'nursing', 'assisted', 'medical', 'convalescent']);
// (Heads that need their second word: "nursing home", "assisted living", "medical center".)
const HEAD_PAIRS: Readonly<Record<string, ReadonlySet<string>>> = {
  nursing: new Set(['home', 'facility', 'center', 'centre', 'ctr']),
  assisted: new Set(['living']),
  medical: new Set(['center', 'centre', 'ctr']),
  convalescent: new Set(['home', 'center', 'centre']),
};
const tellingWord = (w: Token): boolean => !has(w, W.Common) || (has(w, W.Name | W.CityStart) && !has(w, W.Everyday));
function prepHeadRule(i: number): number {
  let j = i + 1;
  while (j < n && SKIP.has(tokens[j]!.key) && j - i < 2) j++;
  let h = j;
  while (h < n && h - j < 3 && tokens[h]!.tightBefore && !STRONG_HEADS.has(tokens[h]!.key) && nameable(tokens[h]!) && !headWord(tokens[h]!)) h++;
  if (h === j || h >= n || !tokens[h]!.tightBefore || !STRONG_HEADS.has(tokens[h]!.key)) return -1;
  const head = tokens[h]!;
  const pair = HEAD_PAIRS[head.key];
  if (pair && !(h + 1 < n && tokens[h + 1]!.tightBefore && pair.has(tokens[h + 1]!.key))) return -1;
  if (/[.;\n]/.test(text.slice(tokens[i]!.end, head.start))) return -1;
  const words = tokens.slice(j, h);
  if (words.every((w) => PLAIN_KINDS.has(w.key)) || !words.some(tellingWord)) return -1;
  // Only the name goes here ("Frederick Memorial" keeps its "Memorial"); the head is read next by
  // rule 2 as before, which decides whether the kind word goes with it.
  mark(j, head.key === 'memorial' ? h : h - 1, 'place: words closed by a facility head after a place preposition');
  return head.key === 'memorial' ? h : h - 1;
}

// 1b. A ward named after a person or a place, with its floor: "to the Haverford 4 unit",
//     "back on HARTWELL 2", "from hartwell 3".
function wardRule(i: number): number {
  const t = tokens[i]!;
  if ((CUE_PREPS.has(t.key) || t.key === 'on') && i + 1 < n) {
    let j = i + 1;
    if (tokens[j]!.key === 'the' && j + 1 < n) j++;
    const w = tokens[j]!;
    const after = text.slice(w.end, w.end + 12);
    if (j - i <= 2 && w.tightBefore && w.text.length >= 4 && !(w.shape === 'upper' && w.caseInformative) && /^[ \t]+\d{1,2}(?![\d.%/:x])(?![ \t]*(?:mg|mcg|ml|cc|units?|l\b|lpm|%|x\b|times|hours?|hrs?|days?|weeks?|mins?|am|pm|yrs?|years?|o'?clock))/i.test(after) && nameable(w) &&
      // (In a line where case tells, a lower-case ward name must be a word no list knows.)
      (w.caseInformative ? ((w.shape === 'title' || w.shape === 'upper') && !has(w, W.Everyday)) || !has(w, W.Name | W.Common | W.Place) : !has(w, W.Common))) {
      mark(j, j, 'place: a ward named after a person or place, with its floor number');
      return j;
    }
  }
  return -1;
}

// 1b'. The same ward opening a plan's clause with no preposition: "plan: HARTWELL 3 this am",
//      "…, hartwell 3" at the end of a line. The word is no vocabulary, clinical word, typo or
//      clipped word, and the floor number ends the clause (so "precedex 1 mcg" stays).
function clauseWardRule(i: number): number {
  const t = tokens[i]!;
  if (t.text.length >= 5 && !has(t, W.Common | W.Everyday | W.Place) && (i === 0 || /(?:^|[:,;\n])[ \t]*$/.test(text.slice(Math.max(0, t.start - 4), t.start))) && nameable(t) &&
    !looksMisspelt(t.key) && !looksAbbreviated(t.key) && (t.shape === 'title' || t.shape === 'upper' || !t.caseInformative || !has(t, W.Name)) &&
    /^[ \t]+(?:[1-9]|1[0-2])(?=[ \t]*(?:$|\r?\n|[.,;]|[ \t]+(?:this|today|tonight|tomorrow|when|once|if|after|before|per)\b))/.test(text.slice(t.end, t.end + 24))) {
    mark(i, i, 'place: a ward named after a person or place, with its floor number, opening a clause');
    return i;
  }
  return -1;
}

// 1c. A hospital acronym after "to/in/at/from": "to LMH", "in GH", "from BMC" — capitals ending in
//     H, MC or HC (hospital, medical centre, health centre), no clinical abbreviation.
//     In a lower-case note case says nothing, so the acronym needs a transfer word before the
//     preposition or a hospital department after it ("transferred to bmh", "to bmh er").
function acronymRule(i: number): number {
  const t = tokens[i]!;
  if ((CUE_PREPS.has(t.key) || t.key === 'at' || LEAVE_VERBS.has(t.key)) && i + 1 < n) {
    const w = tokens[i + 1]!;
    const nx = tokens[i + 2];
    const shaped = /^[A-Z]{1,3}(?:H|MC|HC)$/.test(w.text) ||
      (!w.caseInformative && /^[a-z]{1,3}(?:h|mc|hc)$/.test(w.text) && ((i > 0 && FACILITY_CUES.has(tokens[i - 1]!.key)) || (nx !== undefined && nx.tightBefore && DEPARTMENTS.has(nx.key))));
    if (w.tightBefore && shaped && !NOT_HOSPITAL_ACRONYM.has(w.key) && !has(w, W.Everyday | W.Function | W.Place) && !CLINICAL_SHORTHAND.has(w.key) && !GENERIC_UNITS.has(w.key) && !/\d/.test(text[w.end] ?? '')) {
      mark(i + 1, i + 1, 'place: a hospital acronym (…H, …MC) after to/in/at/from');
      return i + 1;
    }
  }
  return -1;
}

// 1f. A region after a place preposition and "the": "from the Western Shore", "on the south side".
//     ("the Upper West Side": two direction words.)
function regionRule(i: number): number {
  const t = tokens[i]!;
  if ((CUE_PREPS.has(t.key) || t.key === 'on' || t.key === 'near') && i + 3 < n && tokens[i + 1]!.key === 'the' && REGION_DIR.has(tokens[i + 2]!.key)) {
    let k = i + 3;
    if (k + 1 < n && REGION_DIR.has(tokens[k]!.key) && tokens[k]!.tightBefore) k++;
    const kind = tokens[k]!;
    // ("on the left side" is no region; "the lower end of" is a part of something.)
    if (REGION_KIND.has(kind.key) && tokens[i + 2]!.tightBefore && kind.tightBefore && !/^[ \t]*(?:of|effect)\b/i.test(text.slice(kind.end, kind.end + 8))) {
      push(tokens[i + 2]!.start, kind.end, 'GEO', 5, 'place: a region (the Western Shore, the South Side) after a place preposition');
      return k;
    }
  }
  return -1;
}

// 1e. "to Holy Name", "from SACRED HEART": "Holy"/"Sacred" and the next word, after a
//     preposition of place, name a hospital, parish or school, in any case but lower.
function holyRule(i: number): number {
  const t = tokens[i]!;
  if (HOLY.has(t.key) && t.shape !== 'lower' && i > 0 && i + 1 < n && (CUE_PREPS.has(tokens[i - 1]!.key) || tokens[i - 1]!.key === 'at') && tokens[i + 1]!.tightBefore && tokens[i + 1]!.shape !== 'lower' && !has(tokens[i + 1]!, W.Function | W.Clinical)) {
    const k = extend(i + 1, i + 1, 2, headWord);
    mark(i, k, 'place: Holy …/Sacred … after a preposition of place');
    return k;
  }
  return -1;
}

// 1d. "U Maryland", "U of MD": a state university's hospital; the state is part of its name.
function stateUniversityRule(i: number): number {
  const t = tokens[i]!;
  if ((t.text === 'U' || t.key === 'univ') && i + 1 < n) {
    let j = i + 1;
    if (tokens[j]!.key === 'of' && j + 1 < n) j++;
    const w = tokens[j]!;
    if (j - i <= 2 && w.tightBefore && has(w, W.Place) && !/\d/.test(text[t.start - 2] ?? '')) {
      mark(i, j, 'place: a state university (U …, U of …)');
      return j;
    }
  }
  return -1;
}

// 2a. "St. Mary's", "ST MARY", "saint agnes": a saint's name is a hospital or a place.
function saintRule(i: number): number {
  const t = tokens[i]!;
  if (SAINT.has(t.key) && i + 1 < n && !/\d/.test(text[t.start - 1] ?? '')) {
    const nx = tokens[i + 1]!;
    const gap = text.slice(t.end, nx.start);
    // "St. Mary", "ST AGNES" — a saint is a given name; "ST elevation" and "1st step" are not.
    if (/^\.?[ \t]{1,2}$/.test(gap) && has(nx, W.First) && nameable(nx) && (t.shape !== 'lower' || nx.shape === 'lower')) {
      const k = extend(i + 1, i + 1, 1, headWord);
      mark(i, k, "place: a saint's name (St. …)");
      return k;
    }
  }
  return -1;
}

// 2a'. "taken to Memorial Hospital": a memorial hospital is named by the word itself.
function memorialRule(i: number): number {
  const t = tokens[i]!;
  if (t.key === 'memorial' && i + 1 < n && GENERIC_TAIL.has(tokens[i + 1]!.key) && tokens[i + 1]!.tightBefore && (i === 0 || !properish(tokens[i - 1]!))) {
    mark(i, i, 'place: a Memorial hospital');
    return i + 1;
  }
  return -1;
}

// 2a''. "Our Lady of Lourdes", "Our Lady of the Lake": a parish, school or hospital.
function ourLadyRule(i: number): number {
  const t = tokens[i]!;
  if (t.key === 'our' && t.shape === 'title' && i + 3 < n && tokens[i + 1]!.key === 'lady' && tokens[i + 2]!.key === 'of') {
    let k = i + 3;
    if (tokens[k]!.key === 'the' && k + 1 < n) k++;
    if (tokens[k]!.shape === 'title' || tokens[k]!.shape === 'upper') {
      k = extend(k, i, 6, (w) => w.shape === 'title' || HEADS.has(w.key));
      mark(i, k, 'place: Our Lady of …');
      return k;
    }
  }
  return -1;
}

// 2b. "University of X [Medical Center]"
function universityOfRule(i: number): number {
  const t = tokens[i]!;
  if (t.key === 'university' && i + 2 < n && tokens[i + 1]!.key === 'of' && nameable(tokens[i + 2]!)) {
    let k = i + 2;
    k = extend(k, i, 6, headWord);
    mark(i, k, 'place: University of …');
    return k;
  }
  return -1;
}

// 2c. words before a facility head: "Linden Memorial", "HARTWELL CAMPUS", "baytown hosp"
// (The heads added for therapists' notes are part of a name only as written in it: "the Harlan County
// courthouse" is the county's courthouse, "Burley Park Surgery" a practice.)
function headRule(at: number): number {
  let i = at;
  const t = tokens[i]!;
  if (HEADS.has(t.key) && i > 0 && !(LATE_HEADS.has(t.key) && t.caseInformative && t.shape === 'lower') && (!TITLE_ONLY_HEADS.has(t.key) || (t.caseInformative && t.shape === 'title'))) {
    let a = i;
    // (Short words are not a facility's name: "a note re rehab beds".)
    // ("Sharp Family Practice": a kind word with its capital inside the name, though the medical
    // lexicon holds it, when a distinctive word comes before it; checked just below.)
    const kindInName = (w: Token): boolean => PLAIN_KINDS.has(w.key) && w.caseInformative && w.shape === 'title' && !w.sentenceStart;
    while (a - 1 >= 0 && i - a < 3 && tokens[a]!.tightBefore && tokens[a - 1]!.key.length >= 3 && (properish(tokens[a - 1]!) || kindInName(tokens[a - 1]!)) && !tokens[a]!.sentenceStart) a--;
    if (a === i) return i;
    // A head word that is also vocabulary needs a distinctive word before it ("Baytown Medical", not "the medical").
    // ("the Public Library", "Bus Station": a kind of place, not a named one.)
    const distinctive = tokens.slice(a, i).some((w) => !PLAIN_KINDS.has(w.key) && (!has(w, W.Common) || has(w, W.Name | W.Place) || (w.caseInformative && w.shape !== 'lower')));
    if (!distinctive) return i;
    // "Quarry Ridge Health Care Center": "health care" is one head, as "urgent care" is.
    const careAfter = t.key === 'health' && i + 2 < n && tokens[i + 1]!.key === 'care' && tokens[i + 1]!.tightBefore && headWord(tokens[i + 2]!) && tokens[i + 2]!.tightBefore;
    if (careAfter) {
      // (the pair is closed by its own tail below)
    } else if (t.key === 'health' && i > 0 && (tokens[i - 1]!.key === 'behavioral' || tokens[i - 1]!.key === 'behavioural' || tokens[i - 1]!.key === 'mental')) {
      // "Tamarack Behavioral Health": the head is the pair.
    } else if ((t.key === 'medical' || t.key === 'med' || t.key === 'health' || t.key === 'nursing' || t.key === 'community' || t.key === 'general' || t.key === 'regional' || t.key === 'county') && !(i + 1 < n && (HEAD_TAIL.has(tokens[i + 1]!.key) || HEADS.has(tokens[i + 1]!.key)))) {
      if (t.key !== 'general' && t.key !== 'medical') return i;
      // "Baytown Medical", "Mass General" alone: only where capitals tell a name ("ON THE SAME MEDICAL
      // PLAN", "routine medical follow-up" say nothing), or the word before is a place.
      if (!t.caseInformative && !has(tokens[i - 1]!, W.Place | W.CityStart)) return i;
    }
    let k = careAfter ? i + 1 : i;
    k = extend(k, k, 2, headWord);
    // "Greenbrier Urgent Care": the care is part of the head (not a tail of any other head: "medical care").
    if (t.key === 'urgent' && k + 1 < n && tokens[k + 1]!.key === 'care' && tokens[k + 1]!.tightBefore) k++;
    mark(a, k, 'place: words before a facility word (Memorial, Hospital, Campus, Rehab …)');
    i = k;
  }
  return i;
}

// 1c. A kind of care place, then "at" or "in" and its name: "d/c to rehab at Larkspur", "NH in
//     Dunmerrow", "LTACH at Hollins": the kind word says a place's name follows, as a transfer word does.
//     (A state or country after "in" stays, as everywhere; "rehab at this time", "hospice in place"
//     have a function or everyday word there.)
const CARE_KINDS = new Set(['rehab', 'rehabilitation', 'snf', 'nh', 'ltach', 'ltac', 'hospice', 'facility', 'hospital', 'hosp', 'osh']);
function kindAtRule(i: number): number {
  const at = tokens[i + 1];
  if (at === undefined || !(at.key === 'at' || at.key === 'in') || !at.tightBefore) return -1;
  let j = i + 2;
  if (j < n && tokens[j]!.key === 'the') j++;
  const first = tokens[j];
  if (first === undefined || !first.tightBefore || has(first, W.Place) || has(first, W.Everyday) || looksMisspelt(first.key) || looksAbbreviated(first.key)) return -1;
  const named = first.caseInformative ? (first.shape === 'title' || first.shape === 'upper') && !headWord(first) && nameable(first) : nameable(first) && !has(first, W.Common);
  if (!named || acronym(first) && GENERIC_UNITS.has(first.key)) return -1;
  const k = extend(j, j, 3, (w) => (w.caseInformative ? w.shape !== 'lower' : !has(w, W.Function)) && (properish(w) || headWord(w)));
  mark(j, k, 'place: name after a kind of care place and at/in (rehab at …, NH in …)');
  return k;
}

// Which of the lists below a token's key is in, one bit each, read once per distinct key (the two
// rule groups run on every word; a dozen set lookups per word cost more than the rules).
const F_FACILITY_CUE = 1 << 0;
const F_O = 1 << 1;
const F_CARE_KIND = 1 << 2;
const F_CUE_PREP = 1 << 3;
const F_ON = 1 << 4;
const F_AT = 1 << 5;
const F_NEAR = 1 << 6;
const F_LEAVE_VERB = 1 << 7;
const F_HOLY = 1 << 8;
const F_U = 1 << 9;
const F_UNIV = 1 << 10;
const F_SAINT = 1 << 11;
const F_MEMORIAL = 1 << 12;
const F_OUR = 1 << 13;
const F_UNIVERSITY = 1 << 14;
const F_HEAD = 1 << 15;
const facilityKeyBits = memoKeyBits((k) =>
  (FACILITY_CUES.has(k) ? F_FACILITY_CUE : 0) |
  (k === 'o' ? F_O : 0) |
  (CARE_KINDS.has(k) ? F_CARE_KIND : 0) |
  (CUE_PREPS.has(k) ? F_CUE_PREP : 0) |
  (k === 'on' ? F_ON : 0) |
  (k === 'at' ? F_AT : 0) |
  (k === 'near' ? F_NEAR : 0) |
  (LEAVE_VERBS.has(k) ? F_LEAVE_VERB : 0) |
  (HOLY.has(k) ? F_HOLY : 0) |
  (k === 'u' ? F_U : 0) |
  (k === 'univ' ? F_UNIV : 0) |
  (SAINT.has(k) ? F_SAINT : 0) |
  (k === 'memorial' ? F_MEMORIAL : 0) |
  (k === 'our' ? F_OUR : 0) |
  (k === 'university' ? F_UNIVERSITY : 0) |
  (HEADS.has(k) ? F_HEAD : 0),
);

/** The rules opened by a cue word or preposition: the index of the last token taken (the loop goes on after it). */
function cueRulesAt(i: number): number {
  const t = tokens[i]!;
  const b = facilityKeyBits(t);
  // (A word in none of the lists opens a rule only when long and unknown: the clause-ward rule.)
  if (b === 0 && !(t.text.length >= 5 && !has(t, W.Common | W.Everyday | W.Place))) return i;
  if ((b & F_FACILITY_CUE) !== 0 || ((b & F_O) !== 0 && callOut(i))) {
    const took = transferRule(i);
    if (took >= 0) return took;
  }
  if ((b & F_CARE_KIND) !== 0 && i + 2 < n) {
    const took = kindAtRule(i);
    if (took >= 0) return took;
  }
  if ((b & F_CUE_PREP) !== 0 && i + 2 < n) {
    const took = prepHeadRule(i);
    if (took >= 0) return took;
  }
  if ((b & (F_CUE_PREP | F_ON)) !== 0) {
    const took = wardRule(i);
    if (took >= 0) return took;
  }
  if (t.text.length >= 5 && !has(t, W.Common | W.Everyday | W.Place)) {
    const took = clauseWardRule(i);
    if (took >= 0) return took;
  }
  if ((b & (F_CUE_PREP | F_AT | F_LEAVE_VERB)) !== 0) {
    const took = acronymRule(i);
    if (took >= 0) return took;
  }
  if ((b & (F_CUE_PREP | F_ON | F_NEAR)) !== 0) {
    const took = regionRule(i);
    if (took >= 0) return took;
  }
  return nameRulesAt(i, b);
}

/** The rules opened by a word of the facility's own name (Holy, Saint, Memorial, …) and the head words: as cueRulesAt. */
function nameRulesAt(i: number, b: number): number {
  const t = tokens[i]!;
  if ((b & F_HOLY) !== 0) {
    const took = holyRule(i);
    if (took >= 0) return took;
  }
  if (((b & F_U) !== 0 && t.text === 'U') || (b & F_UNIV) !== 0) {
    const took = stateUniversityRule(i);
    if (took >= 0) return took;
  }
  if ((b & F_SAINT) !== 0) {
    const took = saintRule(i);
    if (took >= 0) return took;
  }
  if ((b & F_MEMORIAL) !== 0) {
    const took = memorialRule(i);
    if (took >= 0) return took;
  }
  if ((b & F_OUR) !== 0) {
    const took = ourLadyRule(i);
    if (took >= 0) return took;
  }
  if ((b & F_UNIVERSITY) !== 0) {
    const took = universityOfRule(i);
    if (took >= 0) return took;
  }
  if ((b & F_HEAD) !== 0) return headRule(i);
  return i;
}

export function detectFacilities(text_: string, tokens_: readonly Token[], push_: Push): void {
  text = text_;
  tokens = tokens_;
  n = tokens_.length;
  push = push_;
  found = new Set<string>();
  foundSurface = new Set<string>();
  try {
    // (Each token goes through two small rule groups rather than one loop with every rule inlined:
    // a rare rule reached for the first time deoptimises only its group.)
    for (let i = 0; i < n; i++) i = cueRulesAt(i);
    // 3. the same facility word elsewhere in the text: "on Hartwell 4", "back to hartwell".
    if (found.size === 0 && foundSurface.size === 0) return;
    for (const t of tokens) {
      if (t.key.length >= 2 && ((found.has(t.key) && !has(t, W.Common)) || foundSurface.has(t.text))) push(t.start, t.end, 'GEO', 5, 'place: named as a facility elsewhere in this text');
    }
  } finally {
    text = '';
    tokens = NO_TOKENS;
    n = 0;
    push = NO_PUSH;
    found = new Set<string>();
    foundSurface = new Set<string>();
  }
}

// ---- a place's name read to its end -------------------------------------------------------------

// Full state names, longest first so "West Virginia" wins over "Virginia".
const STATE_NAMES = [...US_STATE_NAMES].sort((a, b) => b.length - a.length);
const STATE_AFTER_RE = new RegExp(`^(,?[ \\t]+)(${STATE_NAMES.map((s) => s.replace(/ /g, '[ \\t]+')).join('|')}|[A-Z]{2}|[A-Z]\\.[A-Z]\\.)(?![\\p{L}\\p{N}])`, 'iu');
// Words that finish a town's name after its first part ("Glen Falls", "Cedar Mill", "Elk Junction").
const PLACE_KIND_AFTER_RE = /^([ \t]+)(mills?|falls|springs?|heights|village|junction|beach|harbou?r|creek|hills|valley|township|shores?|landing|crossing|forge|ferry|station)(?![\p{L}\p{N}])/iu;

/**
 * A town read to its end, once every detector has spoken: "Glen Falls" is one place, not "Glen"
 * and a word; and a state written with the town ("Fresno, New Mexico", "Salem, OR", "Provo Utah")
 * goes with it. Safe Harbor would let a state stand on its own — "moved out of Ohio" stays — but
 * "City, State" is one place name, the state narrows the town to one, and leaving it readable
 * beside "[PLACE]" tells a reader where the person lives. Spans must be sorted and disjoint; the
 * result is too.
 */
export function extendPlaces(text: string, spans: Span[]): Span[] {
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    if (s.type !== 'GEO') continue;
    const limit = i + 1 < spans.length ? spans[i + 1]!.start : text.length;
    const kind = PLACE_KIND_AFTER_RE.exec(text.slice(s.end, s.end + 16));
    // The kind word is written like the town: "Cedar Mill", "CEDAR MILL", "cedar mill".
    if (kind && s.end + kind[0].length <= limit && sameCase(text.slice(s.start, s.end), kind[2]!)) s.end += kind[0].length;
    // (Another rule may have taken the state's first word already: "Tacoma, New" of "New Mexico".)
    const comma = text.lastIndexOf(',', s.end - 1);
    const from = comma > s.start && /^,[ \t]+\p{L}+$/u.test(text.slice(comma, s.end)) ? comma : s.end;
    const st = STATE_AFTER_RE.exec(text.slice(from, from + 24));
    if (!st || from + st[0].length <= s.end) continue;
    const state = st[2]!;
    const abbrev = state.replace(/\./g, '');
    // Two letters only in capitals and only a real state's ("Dayton, OH"); a full name with a capital,
    // or in a line that has no capitals to give.
    const ok = abbrev.length === 2
      ? abbrev === abbrev.toUpperCase() && US_STATES.has(abbrev.toLowerCase()) && st[1]!.startsWith(',')
      : /^\p{Lu}/u.test(state) || (st[1]!.startsWith(',') && !/\p{Lu}/u.test(text.slice(s.start, s.end)));
    if (ok && from + st[0].length <= limit) s.end = from + st[0].length;
  }
  return spans;
}

function sameCase(town: string, word: string): boolean {
  if (town === town.toUpperCase()) return word === word.toUpperCase();
  if (town === town.toLowerCase()) return word === word.toLowerCase();
  return /^\p{Lu}\p{Ll}/u.test(word);
}
