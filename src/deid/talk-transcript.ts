// Speech-to-text transcripts (R35 talk12). Tacet's recording mode turns a session into text with no
// capitals (or only at a sentence's start), little punctuation, numbers said as words, letters said
// one by one, repairs ("my son uh dylan no dillon") and labels a diariser writes ("SPEAKER_00:",
// "[01:36] Speaker 1:"). A name there has no capital to show it, so this module reads the EVIDENCE
// speech gives instead, each by its grammar rather than by phrasings:
//   - a speaker label is never an identifier (a label's "00" is no code, its "Speaker" no name);
//   - letters said one by one: a run of three or more spells a word; when it spells the word just
//     said (or a piece of it) that word is a name and so is the spelling ("keira k e i r a"), and
//     after "spelled"/"spelt" the spelling alone is;
//   - a code read out in pieces (single letters, digit words, "oh", "double", "dash") after the
//     word that names it (plate, registration, VIN, licence, reference, claim, case, postcode …)
//     is that identifier, typed by its label;
//   - a web address said aloud ("www dot … dot com", "… dot net");
//   - a street said in words: a name word before a street noun after a word of place, with its
//     house number said as words;
//   - a lower-case word that could be a name (a listed first or last name, or no English word at
//     all, and never an everyday word) in a slot only a person fills: after a kin or role word
//     ("my son um X"), in an introduction ("my name is", "call me", "this is X speaking", "i am X"),
//     named/called, a vocative at a turn's start ("okay X lets …"), said to ("i said X you …"),
//     a repair of a name ("X no Y", "X or Y") or a spelling; once read, the same word anywhere in
//     the transcript is the same person.
import { FUNCTION_WORDS } from './lexicon.ts';
import type { PhiType } from './types.ts';
import { resources } from './resources.ts';
import { COUNTRIES, US_STATE_NAMES } from './geo-data.ts';
import { TEEN_WORDS, TENS_WORDS, UNIT_WORDS } from './said-numbers.ts';

type Push = (start: number, end: number, type: PhiType, prio: number, why?: string) => void;

interface Word {
  start: number;
  end: number;
  w: string;
  /** A turn, a sentence or a clause (comma) starts before it. */
  turnStart: boolean;
  /** Letters said one by one as one token ("K-E-I-R-A"). */
  hyphenSpelled: boolean;
}

const LABEL_RE = /(?:^|\n)[ \t]*((?:\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*)?(?:(?:speaker|spk)[ _]?\d{1,2}[ \t]*:)?)/gi;

// (R35 dspeed5: detectTranscript and detect()'s label filter both ask for the labels of the same
// text; the last answer is kept. Callers only read the array.)
let lastText: string | undefined;
let lastLabels: ReadonlyArray<readonly [number, number]> = [];

/** Offsets of the speaker labels and timestamps at the start of each line. */
export function speakerLabels(text: string): ReadonlyArray<readonly [number, number]> {
  if (text === lastText) return lastLabels;
  lastLabels = labelsOf(text);
  lastText = text;
  return lastLabels;
}

function labelsOf(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(LABEL_RE)) {
    if (m[1]!.length === 0) continue;
    const s = m.index + m[0].length - m[1]!.length;
    out.push([s, s + m[1]!.trimEnd().length]);
  }
  return out;
}

/** A proposal inside a speaker label or timestamp ("SPEAKER_00:", "[01:36] Speaker 1:"). */
export function inLabel(labels: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  for (const [s, e] of labels) if (start >= s && end <= e) return true;
  return false;
}

const WORD_RE = /[A-Za-z](?:-[A-Za-z]){2,}(?![A-Za-z])|[A-Za-z]+(?:['’][A-Za-z]+)?|\d+/g;

export function words(text: string, labels: ReadonlyArray<readonly [number, number]>): Word[] {
  const out: Word[] = [];
  let prevEnd = 0;
  let li = 0;
  for (const m of text.matchAll(WORD_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    while (li < labels.length && labels[li]![1] <= start) li++;
    if (li < labels.length && start >= labels[li]![0] && end <= labels[li]![1]) {
      prevEnd = end;
      continue;
    }
    const gap = text.slice(prevEnd, start);
    out.push({ start, end, w: m[0].toLowerCase().replace(/’/g, "'"), turnStart: out.length === 0 || /[\n:\].?!,;]/.test(gap), hyphenSpelled: m[0].includes('-') });
    prevEnd = end;
  }
  return out;
}

// The number words said-numbers.ts reads, with a lone "o" and the words that multiply a digit.
const DIGIT_WORDS = new Set([...Object.keys(UNIT_WORDS), 'o', ...Object.keys(TEEN_WORDS), ...Object.keys(TENS_WORDS), 'hundred', 'double', 'triple']);
const isDigitPiece = (w: string): boolean => DIGIT_WORDS.has(w) || /^\d+$/.test(w);
const isLetter = (x: Word): boolean => x.w.length === 1 && /[a-z]/.test(x.w);
/** Fillers and hedges a speaker puts between the pieces of a code or before a name. */
const FILLERS = new Set(['uh', 'um', 'erm', 'er', 'uhm', 'like']);
const JOINERS = new Set(['dash', 'hyphen', 'slash', 'space']);

// The word that names a code, and the identifier it makes.
const CODE_LABELS: ReadonlyMap<string, PhiType> = new Map<string, PhiType>([
  ['plate', 'VEHICLE'], ['plates', 'VEHICLE'], ['reg', 'VEHICLE'], ['registration', 'VEHICLE'], ['rego', 'VEHICLE'], ['tag', 'VEHICLE'], ['vin', 'VEHICLE'],
  ['licence', 'LICENSE'], ['license', 'LICENSE'],
  ['postcode', 'GEO'], ['zip', 'GEO'],
  ['account', 'ACCOUNT'], ['card', 'ACCOUNT'],
  ['policy', 'HEALTH_PLAN'], ['member', 'HEALTH_PLAN'], ['insurance', 'HEALTH_PLAN'], ['nhs', 'HEALTH_PLAN'], ['medicaid', 'HEALTH_PLAN'], ['medicare', 'HEALTH_PLAN'],
  ['social', 'SSN'], ['ssn', 'SSN'],
  ['reference', 'OTHER_ID'], ['ref', 'OTHER_ID'], ['claim', 'OTHER_ID'], ['case', 'OTHER_ID'], ['crime', 'OTHER_ID'], ['ticket', 'OTHER_ID'], ['student', 'OTHER_ID'], ['pension', 'OTHER_ID'],
  ['phone', 'PHONE'], ['cell', 'PHONE'], ['mobile', 'PHONE'], ['landline', 'PHONE'], ['on', 'PHONE'], ['call', 'PHONE'], ['text', 'PHONE'], ['ring', 'PHONE'], ['reach', 'PHONE'],
  ['patient', 'OTHER_ID'], ['inmate', 'OTHER_ID'], ['id', 'OTHER_ID'], ['number', 'OTHER_ID'], ['booking', 'OTHER_ID'], ['order', 'OTHER_ID'], ['council', 'OTHER_ID'],
]);
// Words said between a code's label and the code.
const CODE_GLUE = new Set(['car', 'van', 'truck', 'lorry', 'bike', 'motorbike', 'vehicle', 'on', 'for', 'at', 'me', 'is', 'was', 'its', "it's", 'it', 'number', 'no', 'num', 'the', 'my', 'his', 'her', 'their', 'our', 'of', 'are', 'so', 'uh', 'um', 'erm', 'id', 'code', 'ends', 'in', 'me', 'a', 'gave', 'plate', 'reg', 'worker', 'security', 'i', 'think', 'from', 'said', 'says', 'be', 'should', "that's", 'thats', 'just']);

/** How many digits a said piece stands for ("double" and "triple" stand for what follows). */
function digitCount(w: string): number {
  if (/^\d+$/.test(w)) return w.length;
  if (w === 'double' || w === 'triple' || w === 'hundred') return w === 'hundred' ? 2 : 1;
  return /teen$|^(?:ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/.test(w) ? 2 : 1;
}

function codeRun(text: string, ws: readonly Word[], i: number): number {
  // The end (exclusive, a word index) of a code read out in pieces from word i, or i.
  let j = i;
  let last = i;
  let pieces = 0;
  let digits = 0;
  while (j < ws.length) {
    const x = ws[j]!;
    if (j > i && x.turnStart) break;
    // Said pieces are apart: "A&O X3" is a note's shorthand, not a code read out.
    if (j > i && !/^[ \t]+$|^[ \t]*-[ \t]*$/.test(text.slice(ws[j - 1]!.end, x.start))) break;
    if (isLetter(x) || isDigitPiece(x.w) || (x.hyphenSpelled && x.w.length <= 15)) {
      pieces++;
      if (isDigitPiece(x.w)) digits++;
      last = j + 1;
    } else if (!(pieces > 0 && (FILLERS.has(x.w) || JOINERS.has(x.w)))) break;
    j++;
  }
  // (A last "i" or "a" is the pronoun or the article: "… four two one i think".)
  while (last > i + 1 && (ws[last - 1]!.w === 'i' || ws[last - 1]!.w === 'a')) {
    last--;
    pieces--;
  }
  // (A run of two letters is a word's initials; a code has four pieces and a digit among them.)
  return pieces >= 4 && digits >= 1 ? last : i;
}

function detectCodesSaid(text: string, ws: readonly Word[], push: Push): void {
  for (let i = 0; i < ws.length; i++) {
    const type = CODE_LABELS.get(ws[i]!.w);
    if (type === undefined) continue;
    // "social" only with "security" or a verb of being next ("my social is …").
    if (ws[i]!.w === 'on' && !['me', 'call', 'ring', 'text', 'reach', 'her', 'him', 'us', 'them'].includes(ws[i - 1]?.w ?? '')) continue;
    if (ws[i]!.w === 'social' && !['is', 'security', 'was', "it's", 'its', 'number'].includes(ws[i + 1]?.w ?? '')) continue;
    for (let k = i + 1; k < Math.min(ws.length, i + 9); k++) {
      if (ws[k]!.turnStart && k > i + 1) break;
      const end = codeRun(text, ws, k);
      if (end > k) {
        // A phone number is digits only, seven to twelve of them; "number" names a phone when it reads like one.
        const run = ws.slice(k, end).filter((x) => !FILLERS.has(x.w) && !JOINERS.has(x.w));
        const allDigits = run.every((x) => isDigitPiece(x.w));
        const n = run.reduce((a, x) => a + digitCount(x.w), 0);
        const phoneLike = allDigits && n >= 7 && n <= 12;
        if (type === 'PHONE' && !phoneLike) break;
        const t: PhiType = type === 'OTHER_ID' && ws[i]!.w === 'number' && phoneLike ? 'PHONE' : type;
        push(ws[k]!.start, ws[end - 1]!.end, t, t === 'OTHER_ID' && ['number', 'id'].includes(ws[i]!.w) ? 5 : 8, `code read out in pieces after "${ws[i]!.w}"`);
        i = end - 1;
        break;
      }
      if (!CODE_GLUE.has(ws[k]!.w) && !CODE_LABELS.has(ws[k]!.w)) break;
    }
  }
}

// A date of birth said as numbers ("dob is five twelve ninety one", "born oh two oh seven two thousand and five").
const DOB_NUMBER = new Set([...DIGIT_WORDS, 'thousand', 'and']);
function detectBirthNumbers(ws: readonly Word[], push: Push): void {
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!.w;
    const cue = w === 'dob' || w === 'born' || (w === 'birth' && ws[i - 1]?.w === 'of' && ws[i - 2]?.w === 'date');
    if (!cue) continue;
    let k = i + 1;
    while (k < ws.length && ['is', 'was', 'on', 'its', "it's", 'uh', 'um'].includes(ws[k]!.w) && !ws[k]!.turnStart) k++;
    let j = k;
    while (j < ws.length && (DOB_NUMBER.has(ws[j]!.w) || /^\d+$/.test(ws[j]!.w)) && (j === k || !ws[j]!.turnStart)) j++;
    while (j > k && ws[j - 1]!.w === 'and') j--;
    if (j - k >= 3 && isDigitPiece(ws[k]!.w)) push(ws[k]!.start, ws[j - 1]!.end, 'DATE', 7, 'date of birth said as numbers');
  }
}

const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'thirtieth']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
/** "the fourth of may", "the twenty first of june": the ordinal, "of" and the month, whatever follows. */
function detectOrdinalOfMonth(text: string, ws: readonly Word[], push: Push): void {
  for (let i = 1; i + 2 < ws.length; i++) {
    if (ws[i + 1]!.w !== 'of' || !MONTHS.has(ws[i + 2]!.w) || !ORDINALS.has(ws[i]!.w)) continue;
    // Lower case only (a typed date is the date rules'), and not the holiday "the fourth of july".
    if (!isLower(text, ws[i + 2]!) || (ws[i]!.w === 'fourth' && ws[i + 2]!.w === 'july')) continue;
    let s = i;
    if (['twenty', 'thirty'].includes(ws[i - 1]!.w)) s = i - 1;
    if (ws[s - 1]?.w === 'the') s--;
    push(ws[s]!.start, ws[i + 2]!.end, 'DATE', 7, 'ordinal of a month');
  }
}

// A web address said aloud: "www dot …" or a host before "dot" and a top-level domain, with no "at".
const URL_SAID_RE = /\b(?:(?:w ?w ?w|www|double u double u double u)[ \t]+dot[ \t]+(?:[a-z0-9]+[ \t]+){0,3}?|(?<![@]|\bat[ \t]+(?:[a-z0-9]+[ \t]+){0,2}|\bdot[ \t]+)[a-z0-9]{3,}[ \t]+)dot[ \t]+(?:com|net|org|info|io|co|uk|pl|de|ie|au|ca|us|me|tv|app|blog)\b(?:[ \t]+dot[ \t]+(?:uk|au|nz|com|org))?/gi;
function detectUrlsSaid(text: string, push: Push): void {
  if (!/\bdot\b/i.test(text)) return;
  for (const m of text.matchAll(URL_SAID_RE)) {
    const head = /^(\S+)/.exec(m[0])![1]!.toLowerCase();
    if (FUNCTION_WORDS.has(head)) continue;
    // An e-mail said aloud is the e-mail rules' ("… at gmail dot com"): this address has no "at" before it.
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (/\bat[ \t]+(?:\S+[ \t]+){0,2}$/i.test(before) && !/^(?:w ?w ?w|www|double)/i.test(m[0])) continue;
    push(m.index, m.index + m[0].length, 'URL', 6, 'web address said aloud');
  }
}

// An e-mail said aloud, its local part read back from "at" to the word that introduces it:
// "its t wren eighty eight at yahoo dot com", "sunil dot kapoor two at gmail dot com".
const EMAIL_HOST_RE = /\bat[ \t]+(?:[a-z0-9]+[ \t]+){1,3}?dot[ \t]+[a-z]{2,4}\b(?:[ \t]+dot[ \t]+[a-z]{2,3}\b)?/g;
const EMAIL_CUE = new Set(['is', 'its', "it's", 'email', 'e-mail', 'me', 'to', 'at', 'was', 'address', 'so', 'send', 'write', 'on', 'one', 'thats', "that's", 'um', 'uh']);
const LOCAL_JOINERS = new Set(['dot', 'underscore', 'dash', 'hyphen']);
function detectEmailsSaid(text: string, ws: readonly Word[], push: Push): void {
  if (!/\bat\b/.test(text) || !/\bdot\b/.test(text)) return;
  let wi = 0;
  for (const m of text.matchAll(EMAIL_HOST_RE)) {
    while (wi < ws.length && ws[wi]!.start < m.index) wi++;
    // Word wi is "at"; read back at most six pieces of the local part.
    let k = wi;
    let pieces = 0;
    while (k > 0 && pieces < 7) {
      const x = ws[k - 1]!;
      if (EMAIL_CUE.has(x.w) || (FUNCTION_WORDS.has(x.w) && x.w.length > 1 && !LOCAL_JOINERS.has(x.w) && !DIGIT_WORDS.has(x.w))) break;
      if (!isLower(text, x) && !/^\d/.test(x.w)) break;
      k--;
      pieces++;
      if (x.turnStart) break;
    }
    if (k === wi || k === 0 || !EMAIL_CUE.has(ws[k - 1]!.w)) continue;
    if (LOCAL_JOINERS.has(ws[k]!.w)) continue;
    push(ws[k]!.start, m.index + m[0].length, 'EMAIL', 8, 'e-mail said aloud, read back to the word that introduces it');
  }
}

// A town after a verb of living, moving or being born: a lower-case word that is no English word
// ("i grew up in millbrook", "we moved from east haddon"), with a compass word or "little" before it.
const PLACE_VERBS = new Set(['live', 'lives', 'lived', 'living', 'grew', 'born', 'moved', 'move', 'moving', 'raised', 'based', 'stay', 'stays', 'staying', 'stayed', 'drove', 'drive', 'driving', 'went', 'go', 'going', 'home', 'work', 'works', 'working', 'train', 'bus', 'out', 'over', 'down', 'back']);
const PLACE_PREPS = new Set(['in', 'to', 'from', 'near', 'at']);
const TOWN_PREFIX = new Set(['east', 'west', 'north', 'south', 'little', 'great', 'port', 'upper', 'lower', 'old', 'new', 'saint', 'st', 'long', 'market', 'kings', 'castle', 'high']);
const STATES: ReadonlySet<string> = new Set(US_STATE_NAMES);
const PLACE_ENDING_RE = /(?:ton|ham|by|ford|field|bury|borough|brough|wick|worth|ley|mouth|dale|brook|combe|hurst|stead|thorpe|port|minster|caster|chester|cester|den|well|ington|ville|burg|wood|marsh|haven|holme|bridge|sea|gate|cott|cote|shaw|stow|stoke|ness|wich|more|mere|moor|pool|ock|an|ais|ydd|wyn|llan)$/;
function detectTownsSaid(text: string, ws: readonly Word[], push: Push): void {
  const r = resources();
  for (let i = 1; i + 1 < ws.length; i++) {
    if (!PLACE_PREPS.has(ws[i]!.w)) continue;
    let v = i - 1;
    if (ws[v]!.w === 'up' || ws[v]!.w === 'out' || ws[v]!.w === 'away') v--;
    if (v < 0 || !PLACE_VERBS.has(ws[v]!.w)) continue;
    let k = i + 1;
    if (TOWN_PREFIX.has(ws[k]!.w) && k + 1 < ws.length && !ws[k + 1]!.turnStart) k++;
    const x = ws[k]!;
    if (!isLower(text, x) || x.turnStart || x.w.length < 4 || !/^[a-z]+$/.test(x.w)) continue;
    if (r.commonWords.has(x.w) || r.everydayWords.has(x.w) || FUNCTION_WORDS.has(x.w)) continue;
    // A state or a country is no identifier ("moved to florida", "back in poland").
    if (STATES.has(x.w) || COUNTRIES.has(x.w)) continue;
    // A listed town, or a word built like an English place name ("-ton", "-ham", "-ford" …); any
    // other unknown word there is as likely a product or slang ("switched to snus").
    if (!r.usCities.has(x.w) && !PLACE_ENDING_RE.test(x.w)) continue;
    // A first name there is a person's home more often than a town ("back to dave's").
    if (r.firstNames.has(x.w) && !r.usCities.has(x.w)) continue;
    push(ws[i + 1]!.start, x.end, 'GEO', 5, 'a town after a verb of living or moving');
  }
}

// Street nouns: a strong one makes any content word before it a street; a weak one only a word that is no everyday word.
const STREET_STRONG = new Set(['road', 'street', 'lane', 'avenue', 'drive', 'crescent', 'boulevard', 'terrace']);
const STREET_WEAK = new Set(['way', 'close', 'grove', 'rise', 'place', 'court', 'gardens', 'row', 'walk', 'hill', 'mews', 'parade', 'square', 'view']);
const STREET_PREP = new Set(['on', 'off', 'at', 'in', 'along', 'near', 'onto', 'to', 'from', 'is', 'by', 'live', 'lives', 'down', 'up']);
const NOT_STREET_NAME = new Set(['memory', 'easy', 'high', 'main', 'wrong', 'right', 'long', 'hard', 'other', 'same', 'whole', 'another', 'every', 'one', 'fast', 'slow', 'middle', 'side', 'back', 'front', 'dead', 'open', 'closed', 'busy', 'quiet', 'new', 'old', 'big', 'little', 'small', 'private', 'bumpy', 'country', 'dirt', 'toll', 'ring', 'minute', 'hour', 'mile', 'day', 'short', 'test', 'one-way', 'two-way', 'school', 'church', 'top', 'bottom', 'end']);
/** Written in lower case (a capitalised word is the older rules' business). */
const isLower = (text: string, x: Word): boolean => /^[a-z]/.test(text.slice(x.start, x.start + 1));
const NUMBER_WORDS = new Set([...DIGIT_WORDS, 'and']);
function detectStreetsSaid(text: string, ws: readonly Word[], push: Push): void {
  const { everydayWords } = resources();
  for (let i = 1; i < ws.length; i++) {
    const suffix = ws[i]!.w;
    const strong = STREET_STRONG.has(suffix);
    if ((!strong && !STREET_WEAK.has(suffix)) || !isLower(text, ws[i]!)) continue;
    // One or two name words before the street noun.
    let s = i;
    for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
      const w = ws[k]!.w;
      if (FUNCTION_WORDS.has(w) || STREET_PREP.has(w) || NUMBER_WORDS.has(w) || /\d/.test(w) || w.length < 3 || STREET_STRONG.has(w) || STREET_WEAK.has(w)) break;
      if ((NOT_STREET_NAME.has(w) && k === i - 1) || text[ws[k]!.start - 1] === '-' || !isLower(text, ws[k]!)) break;
      s = k;
      if (ws[k]!.turnStart) break;
    }
    if (s === i) continue;
    if (!strong && everydayWords.has(ws[s]!.w) && s === i - 1) continue;
    // "old mill road", "upper church lane": a word of the street's name that is also a function word.
    if (s > 0 && TOWN_PREFIX.has(ws[s - 1]!.w) && !ws[s]!.turnStart) s--;
    // A house number said before it, or a word of place.
    let h = s;
    while (h > 0 && NUMBER_WORDS.has(ws[h - 1]!.w) && !ws[h]!.turnStart) h--;
    while (h < s && ws[h]!.w === 'and') h++;
    const prep = ws[h - 1]?.w;
    if (h === s && (prep === undefined || !STREET_PREP.has(prep) || ws[s]!.turnStart)) continue;
    if (h < s && ws[h]!.turnStart && h === s) continue;
    push(ws[h]!.start, ws[i]!.end, 'GEO', 6, 'street said in words');
  }
}

// --- names in lower case, by the slot they fill ---
const KIN = new Set([
  'son', 'daughter', 'husband', 'wife', 'brother', 'sister', 'mum', 'mom', 'mam', 'mother', 'dad', 'father', 'stepdad', 'stepmum', 'stepmom', 'stepson', 'stepdaughter', 'stepbrother', 'stepsister',
  'boyfriend', 'girlfriend', 'partner', 'ex', 'friend', 'roommate', 'flatmate', 'housemate', 'boss', 'manager', 'supervisor', 'grandson', 'granddaughter', 'niece', 'nephew',
  'cousin', 'uncle', 'aunt', 'auntie', 'aunty', 'neighbour', 'neighbor', 'fiance', 'fiancee', 'fiancé', 'oldest', 'eldest', 'youngest', 'sponsor', 'teacher', 'counsellor', 'counselor', 'therapist',
  'carer', 'kid', 'baby', 'grandma', 'grandpa', 'gran', 'grandad', 'granddad', 'nan', 'nana', 'nanna', 'granny', 'grandmother', 'grandfather', 'bestie', 'mate', 'colleague', 'coworker',
]);
const KIN_OWNERS = new Set(['my', 'your', 'his', 'her', 'our', 'their']);
const KIN_BETWEEN = new Set(['ex', 'little', 'big', 'best', 'old', 'new', 'foster', 'step', 'late', 'older', 'younger', 'baby', 'twin']);
const ROLE_TAIL = new Set(['worker', 'officer', 'law', 'husband', 'wife', 'friend', 'carer', 'mum', 'mom', 'dad', 'brother', 'sister', 'son', 'daughter']);
const INTERJECTIONS = new Set(['so', 'okay', 'ok', 'right', 'well', 'hey', 'hi', 'hello', 'thanks', 'sorry', 'listen', 'look', 'bye', 'morning', 'evening', 'alright', 'oh']);
const AFTER_VOCATIVE = new Set(['how', 'what', 'when', 'why', 'where', 'can', 'could', 'would', 'lets', "let's", 'i', "i'm", 'im', 'you', "you're", 'youre', 'we', 'thats', "that's", 'do', 'did', 'are', 'is', 'its', "it's", 'just', 'please', 'stop', 'calm', 'listen', 'wake', 'see', 'come', 'look', 'don\'t', 'dont', 'tell', 'sit', 'go', 'get']);
const PERSON_VERBS = new Set(['told', 'tell', 'telling', 'asked', 'ask', 'asking', 'texted', 'texting', 'text', 'messaged', 'messaging', 'met', 'meet', 'meeting', 'saw', 'see', 'seeing', 'visited', 'visiting', 'phoned', 'rang', 'ring', 'calling', 'called', 'hugged', 'kissed', 'married', 'dating', 'blocked', 'ghosted', 'dumped', 'with']);
const CALENDAR = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'christmas', 'easter', 'tonight', 'today', 'tomorrow', 'yesterday']);

/** A lower-case word that could be a name: a listed name or no English word, and never an everyday word or a function word. */
function nameLike(w: string, strong: boolean): boolean {
  if (w.length < 2 || !/^[a-z]+(?:-[a-z]+)?$/.test(w) || FUNCTION_WORDS.has(w) || FILLERS.has(w) || KIN.has(w) || CALENDAR.has(w)) return false;
  const r = resources();
  if (r.everydayWords.has(w) || (r.medicalWords.has(w) && r.commonWords.has(w))) return false;
  if (r.firstNames.has(w) || r.lastNames.has(w)) return true;
  // (A short word needs a strong slot: "call me jo".)
  return !r.commonWords.has(w) && (w.length >= 3 || strong);
}

/** Two spellings of one name: the same first letter and at most two letters apart. */
function close(a: string, b: string): boolean {
  if (a[0] !== b[0] || Math.abs(a.length - b.length) > 2 || a.length < 3) return false;
  const d: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0]!;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j]!;
      d[j] = Math.min(d[j]! + 1, d[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length]! <= 2;
}

/** The spelling said after word j (letters one by one, or "K-E-I-R-A"), as [first word, end word, letters]. */
function spellingAt(ws: readonly Word[], j: number): [number, number, string] | undefined {
  const x = ws[j];
  if (x === undefined) return undefined;
  if (x.hyphenSpelled) return [j, j + 1, x.w.replace(/-/g, '')];
  let k = j;
  let letters = '';
  while (k < ws.length && isLetter(ws[k]!) && (k === j || !ws[k]!.turnStart)) letters += ws[k++]!.w;
  if (letters.length < 3) return undefined;
  // "a c h t e r berg": the spelling may end on the word's last syllable said whole.
  if (k < ws.length && !ws[k]!.turnStart && ws[k]!.w.length >= 2 && !FUNCTION_WORDS.has(ws[k]!.w) && /^[a-z]+$/.test(ws[k]!.w)) {
    const whole = letters + ws[k]!.w;
    for (let b = Math.max(0, j - 4); b < j; b++) if (ws[b]!.w === whole) return [j, k + 1, whole];
  }
  return [j, k, letters];
}

const SPELL_CUES = new Set(['spelled', 'spelt', 'spell', 'spelling', 'thats', "that's", 'its', "it's", 'is']);
function detectSpelledNames(ws: readonly Word[], mark: (i: number, why: string) => void, push: Push): void {
  for (let j = 0; j < ws.length; j++) {
    const sp = spellingAt(ws, j);
    if (sp === undefined) continue;
    const [a, b, letters] = sp;
    // Letters with digits among them are a code, not a spelling.
    if (b < ws.length && isDigitPiece(ws[b]!.w) && !ws[b]!.turnStart) {
      j = b;
      continue;
    }
    let matched = false;
    for (let k = Math.max(0, a - 6); k < a; k++) {
      if (ws[k]!.w === letters && /^[a-z]+$/.test(ws[k]!.w)) {
        mark(k, 'a word spelled out after it');
        matched = true;
      }
    }
    const cue = ws.slice(Math.max(0, a - 3), a).some((x) => SPELL_CUES.has(x.w) && ['spelled', 'spelt', 'spell', 'spelling'].includes(x.w));
    if (matched || cue) push(ws[a]!.start, ws[b - 1]!.end, 'NAME', 6, 'a name spelled letter by letter');
    j = b - 1;
  }
}

/**
 * Whether the text capitalises words inside its sentences (names, towns, "I" aside): typed text.
 * Two such words are enough; a transcript written without capitals has none.
 */
export function writtenWithCapitals(text: string, ws: readonly Word[]): boolean {
  let n = 0;
  for (const x of ws) {
    if (x.turnStart) continue;
    const c = text.charCodeAt(x.start);
    if (c < 65 || c > 90) continue;
    if (x.w === 'i' || x.w.startsWith("i'")) continue;
    if (++n >= 2) return true;
  }
  return false;
}

// A capital right after a word and spaces: the cheap half of writtenWithCapitals, read on the raw
// text so that typed text (nearly all text) is turned away before it is split into words.
const INNER_CAPITAL_RE = /(?<=[A-Za-z0-9'’][ \t]+)[A-Z][A-Za-z]*(?:['’][A-Za-z]+)?/g;
export function capitalsAfterWords(text: string): boolean {
  let n = 0;
  for (const m of text.matchAll(INNER_CAPITAL_RE)) {
    const w = m[0];
    if (w === 'I' || w.startsWith("I'") || w.startsWith('I’')) continue;
    if (++n >= 2) return true;
  }
  return false;
}

export function detectTranscript(text: string, push: Push): void {
  // Every capital this finds opens a word that writtenWithCapitals counts too (a gap of spaces after
  // a word is no turn, sentence or clause start), so this only answers sooner.
  if (capitalsAfterWords(text)) return;
  const labels = speakerLabels(text);
  const ws = words(text, labels);
  if (ws.length === 0) return;
  // These readings take speech's evidence: lower-case words as streets, towns and names, codes and
  // addresses read out in pieces. They run only where the writer uses no capitals, as a
  // speech-to-text transcript does. Typed text is the older rules' business: there people
  // capitalise names and towns and type codes whole, and on typed talk, clinical notes and
  // synthetic PII sentences these readings added false places and found nothing the older rules
  // missed (blind talk sets, PhysioNet and Presidio held out, 2026-12-07).
  if (writtenWithCapitals(text, ws)) return;
  detectCodesSaid(text, ws, push);
  detectBirthNumbers(ws, push);
  detectOrdinalOfMonth(text, ws, push);
  detectUrlsSaid(text, push);
  detectEmailsSaid(text, ws, push);
  detectStreetsSaid(text, ws, push);
  detectTownsSaid(text, ws, push);
  // Names in lower case only: a capitalised word is the name rules' business.
  const names = new Set<number>();
  const lower = (i: number): boolean => {
    const x = ws[i];
    if (x === undefined) return false;
    const c = text.charCodeAt(x.start);
    return (c >= 97 && c <= 122) || (x.turnStart && /^[A-Z][a-z]/.test(text.slice(x.start, x.end)));
  };
  const mark = (i: number, why: string): void => {
    if (names.has(i)) return;
    names.add(i);
    push(ws[i]!.start, ws[i]!.end, 'NAME', 4, why);
  };
  const take = (i: number, strong: boolean, why: string): boolean => {
    if (i >= ws.length || !lower(i) || !nameLike(ws[i]!.w, strong)) return false;
    mark(i, why);
    // A surname said after it: a listed last name or no English word.
    const n = ws[i + 1];
    if (n !== undefined && !n.turnStart && lower(i + 1) && nameLike(n.w, false) && !resources().commonWords.has(n.w) && (resources().lastNames.has(n.w) || !resources().firstNames.has(n.w))) mark(i + 1, why);
    return true;
  };
  const skipHedges = (i: number): number => {
    while (i < ws.length && FILLERS.has(ws[i]!.w) && !ws[i]!.turnStart) i++;
    return i;
  };
  detectSpelledNames(ws, mark, push);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!.w;
    const next = ws[i + 1]?.w;
    // Kin and role: "my son um X", "my sister in law X", "my social worker is X".
    if (KIN.has(w) && (KIN_OWNERS.has(ws[i - 1]?.w ?? '') || (KIN_BETWEEN.has(ws[i - 1]?.w ?? '') && KIN_OWNERS.has(ws[i - 2]?.w ?? '')))) {
      let k = i + 1;
      while (k < ws.length && ROLE_TAIL.has(ws[k]!.w) && !ws[k]!.turnStart) k++;
      if (ws[k]?.w === 'in' && ws[k + 1]?.w === 'law') k += 2;
      k = skipHedges(k);
      if (['is', 'was', "is's"].includes(ws[k]?.w ?? '') && !ws[k]!.turnStart) k = skipHedges(k + 1);
      if (['called', 'named'].includes(ws[k]?.w ?? '')) k++;
      if (k < ws.length && !ws[k]!.turnStart) take(k, false, 'a name after a kin or role word');
      continue;
    }
    // Introductions: "my name is X", "call(s) me X", "i am X", "this is (uh) X", "named X", "called X", "goes by X", "short for X".
    if (w === 'name' && ['my', 'his', 'her', 'their', 'your'].includes(ws[i - 1]?.w ?? '') && (next === 'is' || next === 'was' || next === "'s")) take(skipHedges(i + 2), true, 'introduction');
    else if ((w === 'call' || w === 'calls' || w === 'called') && next === 'me') take(skipHedges(i + 2), true, 'introduction');
    else if ((w === 'named' || (w === 'called' && !['me', 'him', 'her', 'them', 'it', 'you', 'us'].includes(next ?? ''))) && i + 1 < ws.length) {
      // "named the baby X", "named him X".
      let k = skipHedges(i + 1);
      if (ws[k]?.w === 'the' && KIN.has(ws[k + 1]?.w ?? '')) k += 2;
      else if (['him', 'her', 'them', 'it'].includes(ws[k]?.w ?? '') && w === 'named') k++;
      take(k, false, 'named');
    }
    else if (w === 'by' && ws[i - 1]?.w === 'goes') take(i + 1, true, 'goes by');
    else if (w === 'for' && ws[i - 1]?.w === 'short') {
      take(i + 1, true, 'short for');
      if (i >= 2 && lower(i - 2) && nameLike(ws[i - 2]!.w, true)) mark(i - 2, 'short for');
    } else if ((w === 'am' && ws[i - 1]?.w === 'i') || w === "i'm" || (w === 'im' && ws[i - 1]?.turnStart !== undefined)) {
      const k = skipHedges(i + 1);
      // "i am X" only when X is no English word or a listed first name (and "i am" starts the clause).
      if (k < ws.length && (ws[i - (w === 'am' ? 1 : 0)]!.turnStart || ['so', 'and', 'yeah', 'hi', 'hello', 'well', 'um', 'uh'].includes(ws[i - (w === 'am' ? 2 : 1)]?.w ?? ''))) {
        const x = ws[k]!.w;
        const r = resources();
        if ((r.firstNames.has(x) || !r.commonWords.has(x)) && !r.everydayWords.has(x)) take(k, false, 'introduction');
      }
    } else if (w === 'this' && next !== undefined && (ws[i]!.turnStart || INTERJECTIONS.has(ws[i - 1]?.w ?? '') || FILLERS.has(ws[i - 1]?.w ?? ''))) {
      const k = skipHedges(i + 1);
      if (ws[k]?.w === 'is') {
        const n = skipHedges(k + 1);
        if (['speaking', 'here', 'again', 'from', 'calling'].includes(ws[n + 1]?.w ?? '') || ws[n + 1]?.turnStart || n + 1 >= ws.length) take(n, true, 'introduction on a call');
      }
    } else if ((w === 'its' || w === "it's") && ws[i]!.turnStart) {
      const k = skipHedges(i + 1);
      if (['from', 'again', 'here'].includes(ws[k + 1]?.w ?? '')) take(k, false, 'introduction on a call');
    }
    // An apposition naming the relation: "X thats my mother", "X my wife she's due …".
    if ((w === 'my' || w === 'our') && KIN.has(next ?? '') && i > 0) {
      // With "thats"/"is" between, any word that could be a name; said straight before "my", only a
      // listed first name at a clause's start ("bro my neighbour …", "unedr my mom" are no names).
      const copula = ['thats', "that's", 'is', 'was', 'hes', 'shes', "he's", "she's"].includes(ws[i - 1]!.w) && !ws[i]!.turnStart && !ws[i - 1]!.turnStart;
      const k = copula ? i - 2 : i - 1;
      if (k >= 0 && !ws[i]!.turnStart && ws[k]!.turnStart && (copula || resources().firstNames.has(ws[k]!.w))) take(k, false, 'a name and its relation');
    }
    // A list of children: "two kids arlo and juniper", "the youngest is bea".
    if (['kids', 'children', 'sons', 'daughters', 'twins', 'grandkids', 'grandchildren', 'boys', 'girls'].includes(w) && i + 1 < ws.length && !ws[i + 1]!.turnStart) {
      if (take(i + 1, false, 'children named') && ws[i + 2]?.w === 'and') take(i + 3, false, 'children named');
    }
    if (['youngest', 'oldest', 'eldest', 'middle'].includes(w) && ws[i - 1]?.w === 'the' && next === 'is') take(skipHedges(i + 2), false, 'a child named');
    // A person as the object of a verb of talking to or meeting: "texting yusra", "i told hamish".
    if (PERSON_VERBS.has(w) && i + 1 < ws.length && !ws[i + 1]!.turnStart) {
      const x = ws[i + 1]!.w;
      const r = resources();
      if (r.firstNames.has(x) && !r.commonWords.has(x)) take(i + 1, false, 'a person told, met or texted');
    }
    // Vocative at a turn's start: "okay X lets stop", "thank you X", "so X how has …".
    if (ws[i]!.turnStart && (INTERJECTIONS.has(w) || (w === 'thank' && next === 'you'))) {
      const k = w === 'thank' ? i + 2 : i + 1;
      const after = ws[k + 1];
      // (A listed first name, or a longer word no vocabulary holds: "ok rad" in a note is no vocative.)
      const x = ws[k]?.w ?? '';
      const listed = resources().firstNames.has(x) || x.length >= 4;
      if (k < ws.length && listed && !ws[k]!.turnStart && (after === undefined || after.turnStart || AFTER_VOCATIVE.has(after.w))) take(k, false, 'vocative');
    }
    // Said to someone: "i said X you …", "she kept saying X X wake up", "listen X".
    if ((w === 'said' || w === 'saying' || w === 'goes' || w === 'listen') && i + 1 < ws.length) {
      const k = i + 1;
      const after = ws[k + 1];
      if (after !== undefined && (AFTER_VOCATIVE.has(after.w) || after.w === ws[k]!.w) && !ws[k]!.turnStart) take(k, false, 'vocative after a verb of saying');
    }
    // "me and X", "X and i", "X and me".
    if (w === 'and' && ws[i - 1]?.w === 'me' && !ws[i + 1]?.turnStart) take(i + 1, false, 'me and X');
    if (w === 'and' && (next === 'i' || next === 'me') && i > 0 && !ws[i]!.turnStart && !['mean', 'guess', 'think', 'know'].includes(ws[i + 2]?.w ?? '') && !(i >= 2 && FUNCTION_WORDS.has(ws[i - 2]!.w) && !['so', 'then', 'but', 'and'].includes(ws[i - 2]!.w))) take(i - 1, false, 'X and i');
  }
  // Repairs and alternatives of a name read above: "X no Y", "X or Y", "not X", "X with two ts".
  for (let pass = 0; pass < 2; pass++) {
    for (const i of [...names]) {
      for (const d of [2, 3]) {
        const link = ws[i + 1]?.w;
        if ((link === 'no' || link === 'or' || link === 'not') && d === 2) take(skipHedges(i + 2), false, 'a name repaired');
        if (link === 'no' && ws[i + 2]?.w === 'not' && d === 3) take(i + 3, false, 'a name repaired');
      }
      if (ws[i - 1]?.w === 'not' && ws[i - 2]?.w === 'no') take(i - 3, false, 'a name repaired');
    }
  }
  // A name said twice in two spellings, joined by "or" or "no": "ingrid or ingrit", "dylan no dillon".
  for (let i = 0; i + 2 < ws.length; i++) {
    const link = ws[i + 1]!.w;
    if ((link !== 'or' && link !== 'no') || names.has(i) === names.has(i + 2)) {
      if (link === 'or' || link === 'no') {
        const a = ws[i]!.w;
        const b = ws[i + 2]!.w;
        const r = resources();
        if (!names.has(i) && !names.has(i + 2) && a !== b && close(a, b) && (r.firstNames.has(a) || r.firstNames.has(b)) && nameLike(a, false) && nameLike(b, false)) {
          take(i, false, 'a name said in two spellings');
          take(i + 2, false, 'a name said in two spellings');
        }
      }
    }
  }
  // Names joined by "and" to a name read above: "bram was there and jolie and um kit".
  for (let pass = 0; pass < 2; pass++) {
    for (const i of [...names]) {
      if (ws[i + 1]?.w === 'and') take(skipHedges(i + 2), false, 'a name joined to a name');
      if (ws[i - 1]?.w === 'and' && i >= 2) take(i - 2, false, 'a name joined to a name');
    }
  }
  // The same person named again anywhere in the transcript.
  if (names.size > 0) {
    const said = new Set([...names].map((i) => ws[i]!.w));
    for (let i = 0; i < ws.length; i++) if (!names.has(i) && said.has(ws[i]!.w) && lower(i) && nameLike(ws[i]!.w, false)) mark(i, 'named again');
  }
}
