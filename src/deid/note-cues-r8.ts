// Cue rules of egress round 8 (notes8; issue 14 item 6; R35, R27): kinds of identifier that a
// generator of therapist notes in their own formats and voices (bench/egress/notes-gen8.ts: SOAP,
// DAP, BIRP, intake, letters, phone and supervision notes; shorthand, lower case, bullets) showed
// reaching the provider. Each rule rests on a cue of the language, never on the words of those notes:
//   1. initials standing for a person: dotted ("O.T.", "d.z.") after a word for a person's role or
//      relation, or before ", school counselor"; two capitals ("AT", "RF") as the subject of a verb of
//      reporting or attending, before ", 26 y/o", or after a client label;
//   2. a given name's one-letter surname initial in lower case ("briony v.");
//   3. a name given in quotes before "is what … call(s)" ("\"Boo\" is what her kids call him");
//   4. a named place after a verb of staying or attending: capitalised words ("staying at Lantern
//      House", "attends Grace Tabernacle"), or, in lower case, the words up to "in", "since" or the
//      clause's end ("staying at mercy's door in …"); a church, shelter or clinic by its kind word
//      after "at" ("at Larkspur Family Health", "at First Methodist of Oakhollow");
//   5. a street without its number after "on", "off" or "near": capitalised words and a street kind
//      ("on Old Saddler Dr"), and in lower case the kinds the round-7 rule left out ("on heron ct");
//   6. a word no vocabulary holds after "in", "from" or "to" in a line without case ("in marrowdale");
//   7. the party named after "v." in a court caption ("State v. Dallimore");
//   8. a month.day.year date with dots and a two-digit year ("7.22.24"), wherever it stands.
// Each family is gated on a cheap test of the text, so a text without its cue pays one scan.
import { CLINICAL_SHORTHAND } from './clinical-lexicon.ts';
import { hasFlag as has, tokenFrom, tokenIndexAt, type Token } from './tokens.ts';
import { gatedMatches, scanAtStarts, testAnywhere } from './scan.ts';
import type { PhiType } from './types.ts';
import { looksAbbreviated, looksMisspelt, W } from './wordflags.ts';

type Push = (start: number, end: number, type: PhiType, prio: number, why?: string) => void;

const STOP = W.Function | W.CoreStop | W.Calendar | W.Month | W.Title | W.Relation | W.Speech | W.Contraction;

// 1. Words for a person's role or relation before initials (beside the lexicon's Relation, Role and
//    Title flags), and verbs a person's initials are the subject of.
const PERSON_CUES = new Set([
  'ex', 'boss', 'supervisor', 'manager', 'teacher', 'counselor', 'counsellor', 'coach', 'pastor', 'po', 'gal', 'worker', 'caseworker',
  'cw', 'client', 'pt', 'clt', 'partner', 'fiance', 'fiancé', 'fiancee', 'boyfriend',
  'girlfriend', 'roommate', 'friend', 'neighbor', 'neighbour', 'mediator', 'attorney', 'lawyer', 'officer', 'principal', 'foreman',
]);
const ROLE_AFTER_RE = /^,[ \t]+(?:(?:the|a|his|her|their|pt's|client's)[ \t]+)?(?:school[ \t]+)?(?:counselor|counsellor|teacher|principal|coach|supervisor|boss|manager|case[ \t]?worker|caseworker|probation|parole|attorney|lawyer|therapist|psychiatrist|pastor|mediator|guardian|gal|social[ \t]+worker|sister|brother|mother|father|mom|dad|partner|wife|husband|friend|neighbou?r|aunt|uncle|cousin|grand\w+)\b/i;
// Dotted abbreviations of the clinic that look like lower-case initials.
const DOTTED_NOT_INITIALS = new Set(['po', 'bid', 'tid', 'qid', 'qd', 'qhs', 'hs', 'am', 'pm', 'eg', 'ie', 'npo', 'prn', 'od', 'os', 'ou', 'ad', 'as', 'au', 'ac', 'pc', 'qod', 'vs', 'aka', 'us', 'uk', 'dc', 'rn', 'md', 'do', 'np', 'pa', 'ot', 'pt', 'st', 'er', 'ed', 'mr', 'ms', 'dr', 'jr', 'sr', 'nb', 'ps', 'cc', 'bc']);
const DOTTED_RE = /(?<![\p{L}\p{N}.])([A-Za-z])\.[ \t]?([A-Za-z])\.(?:[ \t]?([A-Za-z])\.)?(?![\p{L}\p{N}])/gu;
const SUBJECT_VERBS = new Set([
  'says', 'said', 'reports', 'reported', 'reps', 'called', 'arrived', 'presented', 'presents', 'states', 'stated', 'denies', 'denied',
  'endorses', 'endorsed', 'attended', 'agreed', 'shared', 'described', 'describes', 'cancelled', 'canceled', 'texted', 'emailed',
  'disclosed', 'admits', 'expressed', 'expresses', 'requested', 'declined', 'engaged', 'participated', 'cried', 'laughed', 'smiled',
]);
// Two capitals that are words of the clinic, an agency or a unit, not a person.
const TWO_CAPS_NOT_INITIALS = new Set([
  'US', 'UK', 'AM', 'PM', 'MD', 'DO', 'RN', 'NP', 'PA', 'BA', 'BS', 'MA', 'MS', 'DC', 'LA', 'NY', 'EU', 'UN', 'IE', 'EG', 'AD', 'BC', 'OT',
  'PT', 'ER', 'ED', 'IV', 'IM', 'PO', 'QD', 'HS', 'ID', 'TV', 'OK', 'SS', 'RR', 'BP', 'HR', 'ST', 'IT', 'CM', 'SW', 'DA', 'GP', 'CW', 'TA',
  'AA', 'NA', 'OR', 'IN', 'ON', 'NO', 'SO', 'IS', 'TO', 'AT', 'AS', 'BE', 'GO', 'MY', 'OF', 'UP', 'BY', 'AN', 'HE', 'WE', 'ME', 'HI', 'IF',
  'PD', 'FD', 'DV', 'SA', 'SI', 'HI', 'AH', 'CO', 'OB', 'GI', 'GU', 'ENT', 'UA', 'UDS', 'IOP', 'PHP', 'CBT', 'DBT', 'EMDR', 'MI', 'SUD', 'AOD',
  'PCP', 'CPS', 'DCF', 'DSS', 'APS', 'ICU', 'PICU', 'ADHD', 'OCD', 'PTSD', 'GAD', 'MDD', 'BPD', 'ASD', 'ODD', 'TBI', 'SMI', 'LOC', 'MSE',
]);
// Two capitals that are also English words ("AT", "TO", "IN", "OR") are initials only where the verb
// after them leaves no other reading; the plain words above are still refused as the subject of "is".
const WORD_CAPS = new Set(['AT', 'TO', 'IN', 'ON', 'OR', 'AS', 'IS', 'IT', 'NO', 'SO', 'BE', 'GO', 'MY', 'OF', 'UP', 'BY', 'AN', 'HE', 'WE', 'ME', 'HI', 'IF', 'DO', 'US', 'OK', 'AM']);
const TWO_CAPS_RE = /(?<![\p{L}\p{N}.'’&/-])([A-Z]{2})(?![\p{L}\p{N}.'’&/-]|\.[A-Za-z])/gu;
const AGE_AFTER_RE = /^,?[ \t]+\d{1,2}[ \t]?(?:y\/?o|yo|year[- ]old|yrs?\b|[MF]\b)/;
const LABEL_BEFORE_RE = /(?:\b(?:client|pt|patient|clt|discussed(?:[ \t]+(?:client|pt))?)[ \t]*:?|[—–][ \t]*)[ \t]*$/i;

// 3. A quoted name before "is what … call(s)" or "is (his|her) nickname".
const QUOTED_CALL_RE = /["“]([\p{L}][\p{L}'’-]{1,20})["”][ \t]+(?:is[ \t]+what[ \t]+[^.\n]{0,40}?\bcalls?\b|is[ \t]+(?:his|her|their|my)[ \t]+nick)/giu;

// 4. Verbs of staying or attending, kinds of named place, and words that open no name.
const STAY_RE = /\b(?:staying|stays|stayed|living|lives|lived|residing|resides|attends|attended|attending|attend|volunteers|worships)[ \t]+(?:(?:back[ \t]+)?(?:at|in|into|to)[ \t]+)?(?:(the)[ \t]+)?/gi;
const KIND_WORDS = new Set([
  'house', 'shelter', 'tabernacle', 'fellowship', 'chapel', 'church', 'ministries', 'ministry', 'assembly', 'mission', 'parish', 'cathedral',
  'mosque', 'synagogue', 'temple', 'health', 'behavioral', 'behavioural', 'recovery', 'counseling', 'counselling', 'haven', 'refuge', 'lodge',
  'methodist', 'baptist', 'lutheran', 'presbyterian', 'episcopal', 'pentecostal', 'adventist', 'catholic', 'congregational', 'wellness',
]);
const AT_KIND_RE = /\b(?:at|to|from|[Aa]ttends|[Aa]ttended|[Aa]ttending)[ \t]+(?:the[ \t]+)?((?:\p{Lu}[\p{L}'’-]*[ \t]+|\p{Lu}\p{Ll}?\.[ \t]+){0,3}(?:\p{Lu}[\p{L}'’-]*))(?:[ \t]+(of)[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?))?/gu;
const LOWER_KIND_RE = /\b(?:at|attends|attended|attending)[ \t]+(?:the[ \t]+)?((?:[a-z][a-z'’]+[ \t]+){1,2}(?:tabernacle|fellowship|chapel|ministries|methodist|baptist|lutheran|presbyterian|episcopal|pentecostal|adventist|assembly|mosque|synagogue|temple|shelter|church|cathedral|parish)(?:[ \t]+of[ \t]+[a-z]{3,})?)(?![\p{L}\p{N}])/gu;
const LOWER_END = new Set(['in', 'since', 'on', 'for', 'with', 'until', 'till', 'and', 'but', 'while', 'where', 'after', 'before', 'near', 'because', 'as', 'when', 'so', 'to', 'from', 'at', 'of', 'then', 'x', 'w']);
const NOT_A_PLACE_OPENER = new Set([
  'home', 'work', 'her', 'his', 'their', 'my', 'our', 'your', 'a', 'an', 'this', 'that', 'one', 'least', 'times', 'risk', 'first', 'school',
  'night', 'nights', 'church', 'length', 'all', 'most', 'best', 'random', 'baseline', 'intake', 'session', 'sessions', 'group', 'groups',
  'same', 'local', 'homeless', 'women', "women's", 'womens', 'family', 'youth', 'domestic', 'emergency', 'overnight', 'halfway', 'sober',
  'foster', 'safe', 'group', 'friends', "friend's", 'friend', "mom's", "mum's", "dad's", 'moms', 'dads', 'parents', "parents'", 'grandma',
  "grandma's", 'grandmas', 'hospital', 'jail', 'rehab', 'detox', 'treatment', 'therapy', 'meetings', 'aa', 'na', 'appointments', 'appts',
  'weekly', 'regularly', 'daily', 'again', 'alone', 'together', 'with', 'there', 'here', 'now', 'currently', 'still', 'back', 'out', 'up', 'down',
]);

// Words that only join, which a capital at a line's start or in a title does not make a name's.
const JOIN = new Set(['i', 'the', 'a', 'an', 'and', 'or', 'of', 'on', 'in', 'at', 'for', 'with', 'to', 'from', 'by', 'her', 'his', 'their', 'my', 'our', 'your', 'its', 'this', 'that', 'since', 'until', 'every', 'each', 'some', 'most', 'all', 'no', 'not', 'but', 'so', 'as', 'is', 'was', 'be']);
// Words that make a kind of service, not a place, before a kind word ("Mental Health", "Family Counseling").
const SERVICE_WORDS = new Set(['assisted', 'living', 'nursing', 'senior', 'independent', 'supportive', 'transitional', 'sheltered', 'mental', 'behavioral', 'behavioural', 'family', 'community', 'public', 'primary', 'urgent', 'home', 'women', "women's", 'womens', 'men', "men's", 'youth', 'child', "children's", 'adolescent', 'school', 'student', 'employee', 'occupational', 'spiritual', 'pastoral', 'marriage', 'couples', 'group', 'grief', 'addiction', 'substance', 'outpatient', 'inpatient', 'residential', 'integrated', 'holistic', 'sexual', 'reproductive', 'domestic', 'homeless', 'emergency', 'sober', 'halfway', 'safe', 'bible', 'sunday', 'local', 'county', 'state', 'city', 'tribal', 'veterans', 'the']);
const capWord = (t: Token): boolean => t.shape === 'title' && t.caseInformative && !JOIN.has(t.key) && !has(t, W.Calendar | W.Month);

// 5. Street kinds after a street's words.
const STREET_KIND_RE = /^(?:Dr|St|Rd|Ave|Ln|Ct|Way|Blvd|Pl|Cir|Ter|Street|Road|Lane|Drive|Court|Avenue|Boulevard|Place|Circle|Terrace)$/;
const ON_STREET_RE = /\b(?:on|off|near|along)[ \t]+((?:\p{Lu}[\p{Ll}'’]+[ \t]+){1,3}(?:Dr|St|Rd|Ave|Ln|Ct|Way|Blvd|Pl|Cir|Ter|Street|Road|Lane|Drive|Court|Avenue|Boulevard|Place|Circle|Terrace))\b\.?(?![ \t]+\p{Lu}\p{Ll})/gu;
const ON_OFF_GATE_RE = /\b(?:on|off|near|along)[ \t]/;
const LOWER_ON_STREET_RE = /\b(?:on|off|near|along)[ \t]+((?:[a-z][a-z'’]+[ \t]+){1,2}(?:ln|lane|ct|court|dr|drive|way|pl|cir|circle|ter|terrace))(?![\p{L}\p{N}])/gu;

// 6. Prepositions of place before a word no vocabulary holds, in a line without case.
const LOWER_PLACE_PREP_RE = /\b(?:in|from|to|near|outside|around)[ \t]+([a-z][a-z'’-]{3,}(?:[ \t]+[a-z][a-z'’-]{3,})?)(?![\p{L}\p{N}@])/gu;

const PLACE_LEAD_RE = /(?:\b(?:funeral|buried|wedding|moved|moving|move|moves|lives|living|live|lived|drove|drive|driving|drives|went|go|going|goes|back|up|born|raised|relocated|relocating|visit|visiting|visited|trip|flew|fly|flying|bus|train|stays|staying|stayed|alone|home|family|brother|sister|mom|mum|dad|mother|father|aunt|uncle|cousin|grandma|grandmother|grandpa|grandfather|parents|kids|son|daughter|friend|friends|ex|boyfriend|girlfriend|partner|wife|husband|still|now|originally|house|apartment|work|works|job)|['’]s)[ \t]*$/i;

// 7. A court caption.
const CAPTION_RE = /\b(?:State|People|Commonwealth|Crown|United[ \t]+States|R|Regina)[ \t]+v[s]?\.?[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?)/gu;

// 8. Dotted dates with a two-digit year.
const DOTTED_DATE_RE = /(?<![\p{L}\p{N}.,$])(?:0?[1-9]|1[0-2])\.(?:0?[1-9]|[12]\d|3[01])\.\d{2}(?![\p{N}%]|\.\d)/gu;

// 9. A header's label for the person a note is about, and the name after it to the line's end.
const HEADER_RE = /(?:^|\n)[ \t]*(?:[-•*][ \t]*)?(?:client(?:[ \t]+name)?|patient(?:[ \t]+name)?|pt|clt|name|student|child|youth|re|regarding|subject)[ \t]*:[ \t]*(?:(?:Mr|Mrs|Ms|Miss|Mx)\.?[ \t]+)?(\p{Lu}[\p{L}'’-]*(?:,?[ \t]\p{Lu}[\p{L}'’-]*){0,3})(?=[ \t]*(?:\n|$|[ \t]{2,}|[ \t]*\(|[ \t]+(?:DOB|DOS|D\.O\.B|Date|MRN|ID|Age|\d)))/giu;
// 10. "Ms Bishop" with no full stop: in title case the honorific, whatever the register.
const BARE_TITLE_RE = /(?<![\p{L}\p{N}])(?:Ms|Mrs|Mr|Miss|Mx)[ \t]+(\p{Lu}\p{Ll}[\p{L}'’-]*)/gu;


/** `dialogue`: isDialogue(text), worked out once per document by the caller (detect.ts). */
export function detectRound8Cues(text: string, tokens: readonly Token[], push: Push, dialogue: boolean): void {
  const hasDot = text.includes('.');
  // 1a. Dotted initials after a word for a person, or before ", <role>".
  if (hasDot) {
    for (const m of text.matchAll(DOTTED_RE)) {
      const letters = (m[1]! + m[2]! + (m[3] ?? '')).toLowerCase();
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      const prev = /([\p{L}'’]+)[.,:]?[ \t]*[/]?[ \t]*$/u.exec(before);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      const prevKey = prev?.[1]?.toLowerCase().replace(/['’]s$/, '') ?? '';
      const prevTok = prev !== null ? tokens[tokenIndexAt(tokens, m.index - prev[0].length)] : undefined;
      const cueBefore = prev !== null && (PERSON_CUES.has(prevKey) || (prevTok !== undefined && has(prevTok, W.Relation)));
      const cueAfter = ROLE_AFTER_RE.test(after);
      if (!cueBefore && !cueAfter) continue;
      // (Lower-case dotted letters that are a route or a time: "p.o.", "b.i.d.", "a.m.".)
      if ((m[0] === m[0].toLowerCase() || !cueAfter) && (DOTTED_NOT_INITIALS.has(letters) || CLINICAL_SHORTHAND.has(letters))) continue;
      push(m.index, m.index + m[0].length, 'NAME', 5, 'name: dotted initials after a word for a person, or before a role');
    }
  }
  // 1b. Two capitals as a person: the subject of a verb of reporting, before an age, after a label.
  if (/[A-Z]{2}/.test(text)) {
    for (const m of text.matchAll(TWO_CAPS_RE)) {
      const v = m[1]!;
      const ti = tokenIndexAt(tokens, m.index);
      const t = tokens[ti];
      // Only where the line mixes cases: in a line of capitals every word has two.
      if (t === undefined || !t.caseInformative) continue;
      const after = text.slice(m.index + 2, m.index + 40);
      const verb = /^[ \t]+([a-z]+)\b/.exec(after);
      const verbCue = verb !== null && SUBJECT_VERBS.has(verb[1]!);
      const ageCue = AGE_AFTER_RE.test(after);
      const labelCue = LABEL_BEFORE_RE.test(text.slice(Math.max(0, m.index - 30), m.index)) && /^[ \t]*(?:[—–,:;.(]|\n|$|[ \t]+(?:is|was|has|had|and|\(|\d))/.test(after);
      if (!verbCue && !ageCue && !labelCue) continue;
      // (Two capitals of the clinic's shorthand, "TF", "CT", "MN", are a term even before "noted".)
      if (CLINICAL_SHORTHAND.has(v.toLowerCase()) && !WORD_CAPS.has(v)) continue;
      if (TWO_CAPS_NOT_INITIALS.has(v) && !(WORD_CAPS.has(v) && (ageCue || verbCue))) continue;
      push(m.index, m.index + 2, 'NAME', 5, 'name: two capitals standing for a person (subject, age, label)');
    }
  }
  // 2. "briony v.": a given name's one-letter surname initial in lower case.
  if (hasDot) {
    for (const m of givenNameInitials(text)) {
      const t = tokens[tokenIndexAt(tokens, m.index)];
      if (t === undefined || t.caseInformative || !has(t, W.First) || has(t, STOP | W.Clinical)) continue;
      // (A common word that is also a given name — "will", "may" — needs the initial to be no word: "a.", "i." are.)
      if (has(t, W.Common) || m[2] === 'a' || m[2] === 'i') continue;
      push(m.index, m.index + m[0].length, 'NAME', 5, 'name: a lower-case given name and its surname initial');
    }
  }
  // 3. "\"Boo\" is what her kids call him".
  if (text.includes('"') || text.includes('“')) {
    for (const m of text.matchAll(QUOTED_CALL_RE)) push(m.index + 1, m.index + 1 + m[1]!.length, 'NAME', 6, 'name: a quoted name before "is what … call"');
  }
  // 4a. A named place after a verb of staying or attending.
  for (const m of gatedMatches(STAY_RE, text)) {
    const at = m.index + m[0].length;
    let k = tokenIndexAt(tokens, at);
    if (k < 0) continue;
    const first = tokens[k]!;
    if (first.caseInformative) {
      // Capitalised words, not a word that only joins, up to three.
      const start = k;
      while (k < tokens.length && k - start < 3 && capWord(tokens[k]!) && (k === start || tokens[k]!.tightBefore)) k++;
      if (k === start) continue;
      const last = tokens[k - 1]!;
      const words = tokens.slice(start, k);
      // (A single capitalised word is a town's or a name's business: other rules read those. Two or
      // more, or one with a kind word, name a place here.)
      if (words.length < 2 && !KIND_WORDS.has(last.key)) continue;
      if (words.every((w) => SERVICE_WORDS.has(w.key) || KIND_WORDS.has(w.key))) continue;
      push(first.start, last.end, 'GEO', 5, 'place: capitalised words after a verb of staying or attending');
    } else if (first.shape === 'lower' && /^(?:staying|stays|stayed|residing|resides|attends|attended|attending|attend|worships)/i.test(m[0]) && /[ \t]at[ \t]/i.test(m[0])) {
      // In a line without case: one to three words up to "in", "since" or the clause's end.
      if (NOT_A_PLACE_OPENER.has(first.key) || has(first, W.Function | W.CoreStop | W.Calendar | W.Month | W.Relation | W.Clinical)) continue;
      const start = k;
      while (k < tokens.length && k - start < 3 && tokens[k]!.shape === 'lower' && (k === start || tokens[k]!.tightBefore) && !LOWER_END.has(tokens[k]!.key) && !has(tokens[k]!, W.Function | W.Calendar | W.Month)) k++;
      if (k === start) continue;
      const last = tokens[k - 1]!;
      const next = text.slice(last.end, last.end + 12);
      // (The words must stop at a clause's edge or a preposition: "staying at motels for a while" runs on.)
      if (!/^(?:[ \t]*[.,;:)\n]|[ \t]*$|[ \t]+(?:in|since|on|for|with|until|near|and|x|w\/)\b)/.test(next)) continue;
      const ws = tokens.slice(start, k);
      if (ws.length === 1 && has(ws[0]!, W.Common)) continue;
      push(first.start, last.end, 'GEO', 5, 'place: lower-case words after a verb of staying or attending');
    }
  }
  // 4b. A church, shelter or clinic by its kind word after "at": "at Larkspur Family Health".
  for (const m of gatedMatches(AT_KIND_RE, text)) {
    const name = m[1]!;
    const nameAt = m.index + m[0].indexOf(name);
    const ws = tokensWithin(tokens, nameAt, nameAt + name.length);
    if (ws.length < 2) continue;
    const last = ws[ws.length - 1]!;
    const kindAt = ws.findIndex((w) => KIND_WORDS.has(w.key));
    if (kindAt < 1 || !ws.every(capWord)) continue;
    // ("Mental Health", "Family Counseling": the kind of a service, not a place.)
    if (ws.slice(0, kindAt).every((w) => SERVICE_WORDS.has(w.key) || KIND_WORDS.has(w.key))) continue;
    let end = last.end;
    if (m[2] !== undefined && kindAt === ws.length - 1) end = m.index + m[0].length;
    push(ws[0]!.start, end, 'GEO', 5, 'place: a church, shelter or clinic by its kind word');
  }
  // 4c. The same in a line without case: "at grace tabernacle", "attends first methodist of oakhollow".
  for (const m of gatedMatches(LOWER_KIND_RE, text)) {
    const at = m.index + m[0].length - m[1]!.length;
    const t = tokens[tokenIndexAt(tokens, at)];
    if (t === undefined || t.caseInformative || JOIN.has(t.key) || SERVICE_WORDS.has(t.key) || has(t, W.Calendar | W.Month | W.Relation)) continue;
    let end = at + m[1]!.length;
    // ("… of oakhollow" only when the word after "of" is no everyday word: "… chapel of rest" is not.)
    const ofAt = m[1]!.lastIndexOf(' of ');
    if (ofAt > 0) {
      const town = tokens[tokenIndexAt(tokens, at + ofAt + 4)];
      if (town === undefined || has(town, W.Common | W.Function)) end = at + ofAt;
    }
    push(at, end, 'GEO', 5, 'place: a lower-case church or shelter by its kind word');
  }
  // 5. A street without its number.
  if (testAnywhere(ON_OFF_GATE_RE, text)) {
    for (const m of gatedMatches(ON_STREET_RE, text)) {
      const at = m.index + m[0].indexOf(m[1]!);
      const ws = tokensWithin(tokens, at, at + m[1]!.length);
      const names = ws.slice(0, -1);
      if (names.length === 0 || !STREET_KIND_RE.test(ws[ws.length - 1]!.text) || !names.every(capWord) || names.some((w) => has(w, W.Title))) continue;
      push(at, at + m[1]!.length, 'GEO', 5, 'place: a street by its words and kind after on or off');
    }
    for (const m of gatedMatches(LOWER_ON_STREET_RE, text)) {
      const at = m.index + m[0].indexOf(m[1]!);
      const ws = tokensWithin(tokens, at, at + m[1]!.length);
      const names = ws.slice(0, -1);
      if (names.length === 0 || names.some((w) => JOIN.has(w.key) || has(w, W.CoreStop | W.Clinical | W.Calendar | W.Month))) continue;
      if (/^[ \t]*(?:of|to)\b/.test(text.slice(at + m[1]!.length, at + m[1]!.length + 6))) continue;
      push(at, at + m[1]!.length, 'GEO', 5, 'place: a lower-case street and kind after on or off');
    }
  }
  // 6. A word no vocabulary holds after a preposition of place, in a line without case. Only in a
  // note: in a dialogue lower-case lines are chat, where the unknown word after "moving to" or
  // "into" is as often slang, a product or a misspelling as a town (the talk modules read places
  // in talk from their own cues).
  if (!dialogue) for (const m of text.matchAll(LOWER_PLACE_PREP_RE)) {
    const at = m.index + m[0].length - m[1]!.length;
    const ti = tokenIndexAt(tokens, at);
    const t = tokens[ti];
    if (t === undefined || t.caseInformative || t.shape !== 'lower' || looksMisspelt(t.key) || looksAbbreviated(t.key)) continue;
    // A cue of going, living or kin just before the preposition ("drove to …", "brother in …", "mom's in …"):
    // a clinical note's typos and brand names follow "changed to", "cont to".
    if (!PLACE_LEAD_RE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    const ws = [t];
    const t2 = tokens[ti + 1];
    if (t2 !== undefined && t2.end <= at + m[1]!.length) ws.push(t2);
    // The place's own word: no vocabulary at all (a town, not a misread word), four letters or more.
    const unknown = (w: Token): boolean => (w.flags & ~(W.CityStart | W.Popular | W.Place | W.Last | W.First)) === 0 && w.key.length >= 4;
    if (!unknown(ws[ws.length - 1]!)) {
      if (ws.length === 2 && unknown(ws[0]!)) push(ws[0]!.start, ws[0]!.end, 'GEO', 4, 'place: a word no vocabulary holds after in/from/to, lower case');
      continue;
    }
    // "east pellham": a qualifier and the unknown word; otherwise the unknown word alone.
    const first = ws.length === 2 && (unknown(ws[0]!) || /^(?:north|south|east|west|upper|lower|new|old|fort|port|mount|saint|st|lake|glen)$/.test(ws[0]!.key)) ? ws[0]! : ws[ws.length - 1]!;
    push(first.start, ws[ws.length - 1]!.end, 'GEO', 4, 'place: a word no vocabulary holds after in/from/to, lower case');
  }
  // 7. "State v. Dallimore".
  if (/\bv[s]?\.?[ \t]+\p{Lu}/u.test(text)) {
    for (const m of text.matchAll(CAPTION_RE)) {
      const at = m.index + m[0].length - m[1]!.length;
      push(at, at + m[1]!.length, 'NAME', 6, 'name: the party after v. in a court caption');
    }
  }
  // 9. "Client: Briony Bishop   DOS: …".
  if (text.includes(':')) {
    for (const m of text.matchAll(HEADER_RE)) {
      const at = m.index + m[0].length - m[1]!.length;
      const ws = tokensWithin(tokens, at, at + m[1]!.length);
      // Every word written as a name and none an everyday word that no name list holds ("Re: Referral letter").
      if (ws.length === 0 || !ws.every((w) => w.shape === 'title' && !JOIN.has(w.key) && !has(w, W.Calendar | W.Month | W.Clinical) && (has(w, W.Name) || !has(w, W.Common)))) continue;
      // (A speaker's label in a transcript opens a turn, "Client: Yeah": one word needs to be no everyday word.)
      if (ws.length === 1 && has(ws[0]!, W.Common)) continue;
      push(at, at + m[1]!.length, 'NAME', 6, 'name: after a header label for the person (Client:, Name:, Re:)');
    }
  }
  // 10. "PO Ms Bishop".
  if (/M(?:s|rs|r|iss|x)[ \t]/.test(text)) {
    for (const m of gatedMatches(BARE_TITLE_RE, text)) {
      const at = m.index + m[0].length - m[1]!.length;
      const t = tokens[tokenIndexAt(tokens, at)];
      if (t === undefined || !t.caseInformative || JOIN.has(t.key) || has(t, W.Calendar | W.Month | W.Function)) continue;
      push(at, at + m[1]!.length, 'NAME', 5, 'name: after Ms, Mr or Mrs written without a full stop');
    }
  }
  // 8. "7.22.24".
  if (hasDot) for (const m of text.matchAll(DOTTED_DATE_RE)) push(m.index, m.index + m[0].length, 'DATE', 5, 'date: month.day.year with dots');
}

const TURN_LABEL_RE = /^[ \t]*([A-Za-z][\w .'-]{0,20}?)[ \t]*:/gm;
/**
 * A dialogue: at least two speaker labels that each open two lines or more ("Client:", "Therapist:",
 * "Speaker 1:", "Ana:"). A note's section labels ("Plan:", "Risk:") rarely open two lines each.
 */
export function isDialogue(text: string): boolean {
  if (text.length < 40) return false;
  const seen = new Map<string, number>();
  let repeated = 0;
  for (const m of text.matchAll(TURN_LABEL_RE)) {
    const k = m[1]!.toLowerCase();
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    if (n === 2 && ++repeated >= 2) return true;
  }
  return false;
}

/**
 * The tokens lying wholly inside [from, to), as `tokens.filter(…)` would give them, found by binary
 * search: tokens are in order and never overlap, so they are one run. (A filter over every token per
 * match cost milliseconds on a long transcript.)
 */
function tokensWithin(tokens: readonly Token[], from: number, to: number): Token[] {
  const out: Token[] = [];
  for (let i = tokenFrom(tokens, from); i < tokens.length && tokens[i]!.end <= to; i++) out.push(tokens[i]!);
  return out;
}

// ---------------------------------------------------------------- rule 2's scan, from its rare part
const GIVEN_INITIAL_RE = /(?<![\p{L}\p{N}])([a-z][a-z'’-]{2,})[ \t]+([a-z])\.(?![\p{L}\p{N}])/gu;
const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;
const isBlank = (c: number): boolean => c === 32 || c === 9;
const isWordPart = (c: number): boolean => isLowerAscii(c) || c === 39 || c === 0x2019 || c === 45;

/**
 * The matches of GIVEN_INITIAL_RE, in order, found from the rare part of each: a space or tab, a
 * small letter and a full stop. The word before runs back from the blanks over [a-z'’-]; a match can
 * begin only at a small letter of that run that opens it or follows an apostrophe or a hyphen (the
 * lookbehind refuses a letter before it), so the regex is tried, sticky, only there (scanAtStarts).
 * Speed only (issue 14 item 5): the regex over the whole text tried its lookbehind at every position.
 */
export function givenNameInitials(text: string): RegExpExecArray[] {
  const starts: number[] = [];
  for (let d = text.indexOf('.'); d >= 0; d = text.indexOf('.', d + 1)) {
    if (d < 2 || !isLowerAscii(text.charCodeAt(d - 1)) || !isBlank(text.charCodeAt(d - 2))) continue;
    let e = d - 2;
    while (e > 0 && isBlank(text.charCodeAt(e - 1))) e--;
    let s = e;
    while (s > 0 && isWordPart(text.charCodeAt(s - 1))) s--;
    for (let k = s; k < e; k++) if (isLowerAscii(text.charCodeAt(k)) && (k === s || !isLowerAscii(text.charCodeAt(k - 1)))) starts.push(k);
  }
  const out: RegExpExecArray[] = [];
  scanAtStarts(GIVEN_INITIAL_RE, starts, text, (m) => out.push(m));
  return out;
}
