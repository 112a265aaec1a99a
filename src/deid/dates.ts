// Dates (every element more specific than the year) and ages over 89, with the years that reveal
// them. Safe Harbor keeps a year on its own, so "in 2019" stays; "March 2019", "3/14", "the 3rd"
// and "14-Mar" go.
import { CLINICAL_SHORTHAND } from './clinical-lexicon.ts';
import { resources } from './resources.ts';
import { W } from './wordflags.ts';
import { scan, testAnywhere, type Push } from './scan.ts';


const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const ORD_WORDS =
  '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))';
const ORD = `(?:(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?|${ORD_WORDS})`;
const YEAR = "(?:\\d{4}|'\\d{2})";

const NUMERIC_YMD_RE = /(?<![\d./-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d]|[./-]\d)/g;
const NUMERIC_DMY_RE = /(?<![\d./-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d]|[./-]\d)/g;
// A hyphen may join a date to a word or start a range ("UO-9/10", "5/28-6/1", "12/3-12/5"); not "1-2/3".
const NUMERIC_MD_RE = /(?<![\d./]|(?<!\/\d?)\d-)(\d{1,2})\/(\d{1,2})(?!\d|[./]\d|-\d+(?![\d/]))/g;
// An ordinal day stands before a pause or a word that can follow a date ("on the 3rd at noon", "by the
// 5th of May"), not before a noun it counts ("after the 3rd dose", "from the 4th toe").
const ORDINAL_DAY_RE =
  /\b(?:on|by|until|till|since|before|after|from|through|thru|of|due|starting|the)\s+(?:the\s+)?((?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b(?=[ \t]*(?:\r?\n)|\s*(?:$|[^\sA-Za-z]|\s+(?:of|at|and|or|in|to|for|when|we|i|he|she|they|you|it|by|from|until|through|this|next|last|but|so|then|is|was|will|would|as|about|regarding|re|with|after|before|because|since|while|if|that|which|who|there|here|again|too|also|already|only|just|my|your|his|her|our|their|me|him|them|us|a|an|the|following|morning|evening|night|afternoon|am|pm|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|per|[a-z]{3,}ed)\b))(?!\s+(?:time|times|floor|grade|percentile|place|week|weeks|day|session|sessions|attempt|visit|year|birthday|anniversary|step|round|century|try|child|kid|baby|cigarette|drink|one|person|of\s+(?:the|my|them|us|all|those|these)))/gi;

// Two month/day dates written as one run ("treated 11/02/11/05"): no single date has four parts,
// and a zero-padded part is no reading or ratio.
// (Digits lead every pattern here and the character before is checked afterwards: a lookbehind in
// front is tried at every position of the text.)
const MD_PAIR_RE = /(\d{1,2})\/(\d{1,2})\/(\d{1,2})\/(\d{1,2})(?![\d]|[./-]\d)/g;
// A month-day with a hyphen right after a date word ("seen in clinic on 4-9 for…", "since 11-3."):
// only where the next thing ends the phrase, so "on 2-3 L" and "for 2-3 days" stay.
// ("mri on 4-2 showed …", "started on 9-17 at 0800": a finding's verb or a clock time after it ends the
// phrase as well; "on 2-3 L" and "from 4-6 mg" have their unit there instead.)
const MD_HYPHEN_RE =
  /(?<![\d./-])(\d{1,2})-(\d{1,2})(?!\.\d)(?=\s*[.,;)]|\s+(?:for|when|after|before|by|until|where|then|showed|shows|read|revealed|was|were|at|s\/p)\b|\s+@|\s+[a-z]{3,}ed\b|\s*$|[ \t]+\/[ \t])/gim;
const CLOCK_AT_AFTER_RE = /^[ \t]*(?:@|at)[ \t]*(?:(?:[01]\d|2[0-3])[0-5]\d|\d{1,2}:[0-5]\d)(?![\d.])/i;
const READING_NAME_BEFORE_RE = /\b(?:hr|rr|bp|sbp|dbp|map|t|temp|tmax|sats?|spo2|o2|uo|cvp|fs|bs|bg|glucose|k|na|cr|hgb|hct|wbc|plt|gcs|pain|rass|ciwa|cows|score|rate|mg|mcg|units?|tabs?|x)\W{0,3}$/i;
const EVENT_PARTICIPLE_RE = /\b[a-z]{3,}(?:ed|'d)\s+$/i;
// The participles of a note's events — a line or tube in or out, a drug started or stopped, a person
// moved, a test done — date a bare hyphenated month-day after them ("PPD placed 6-6,"); a reading's
// verbs ("wedge transduced 9-14", "ranged 2-4") take values there instead.
const EVENT_DONE_RE =
  /\b(?:placed|inserted|removed|pulled|started|stopped|begun|began|restarted|resumed|held|discontinued|d\/c'?d|dc'?d|extubated|intubated|reintubated|trached|admitted|readmitted|discharged|transferred|performed|done|drawn|obtained|sent|scheduled|seen|consulted|diagnosed|completed|changed|replaced|dated)\s+$/i;
const OXYGEN_BEFORE_RE = /\b(?:o2|nc|nrb|fm|fio2|l|lpm|liters?|sats?|spo2|vent|bipap|cpap|peep|ps|drip|gtt|rate|dose|mg|mcg|units?)\b[^.\n]{0,24}$/i;
// A two-digit year with the apostrophe after it ("CABG 02'"), as some notes write history years.
const TRAILING_APOSTROPHE_YEAR_RE = /(\d\d)['’](?![A-Za-z0-9'’"])/g;
// (Not before "'s": "120/70's" is a range of readings.)
// Month and four-digit year ("booster 07/2015", "dx 3/2009"): a first part that can be a month and a
// second that can be a year of a life; a dilution or a count ("1/1000", "1/2000") has no month before it
// that a zero pads or a year in range.
const NUMERIC_M_YYYY_RE = /(?<![\d./-])(0?[1-9]|1[0-2])\/((?:19[3-9]|20[0-4])\d)(?![\d%]|[./-]\d)/g;
const NUMERIC_MY_RE = /(?<![\d./-])(\d{1,2})\/(\d{2})(?![\d%]|[./-]\d|['’]?s\b)/g;
const HISTORY_YEAR_RE = /(?<![\d./-])(?:19[3-9]\d|20[0-4]\d)(?![\d%]|[./-]\d)/g;
const ORIENTATION_RE = /\b(?:orient\w*|disorient\w*|a\s*&\s*o|aox?\d|a\/o|confus\w*|knows|year|date)\b/i;
const SAID_YEAR_RE = /\b(?:it'?s|it\s+is|it\s+was|year\s+(?:is|was|as|to\s+be)|saying|says|said|stated?|states|answered|answers|knows|corrects|corrected)\s+(?:that\s+)?(?:it\s+is\s+|it'?s\s+)?(?:the\s+year\s+)?(?:is\s+)?(?:19|20)\d\d(?![\d%]|[./-]\d)/gi;
const APOSTROPHE_YEAR_RE = /(?<![\p{N}'’])['’]\d{2}(?![\p{L}\p{N}'’%])/gu;
// (Scores out of a whole are named by their scale: "GCS 11/15", "MMSE 9/30", "RASS", "NIHSS".)
const RATING_BEFORE_RE = /(?:\b(?:rated?|rating|rates|scale|score[sd]?|pain|out of|level|mood|anxiety|depression|sleep|energy|strength|motor|murmur|grade|pulses?|edema|reflexes|dtrs?|gcs|mmse|moca|slums|nihss|rass|cpot|braden|morse|apgar|phq|gad|pcl|bdi|bai|cows|ciwa|fim|berg|tinetti|audit|y-?bocs|ham-?[ad]|madrs|ymrs|epds|bims|grips?|flexion|extension|dorsiflexion|plantarflexion|abduction|adduction|deltoids?|biceps|triceps|quads?|hamstrings?)\b[^.\n]{0,12}|\bc\/o\W{0,2}|#\s*)$/i;
// Ventilator and pressure settings ("bipap 10/5", "CPAP overnight 12/6"): a reading, not a date.
// ("cpap/ps mode decreased to 8/5": a few words may stand between the setting and its value.)
const MEASURE_BEFORE_RE = /\b(?:bp|sbp|dbp|abg|vbg|peep|c-?pap|bi-?pap|nippv|psv?|ps|i:e|ie|ratio|vent|settings|flow-?by|x)\b(?:\W+[a-z]+){0,3}\W{0,3}$/i;
// "on 10/5 BIPAP", "10/5 cpap overnight": the setting's name after the value.
const MEASURE_AFTER_RE = /^\s*(?:bi-?pap|c-?pap|peep|psv?|nippv|s?imv|a\/c|vent)\b/i;
const DOSE_AFTER_RE = /^[ \t]*(?:mg\b|mcg\b|sl|po|pr|iv|im|sq|subq|sc|bid|tid|qid|q\d{1,2}h|qhs|qd|daily|prn|tabs?\b|tablets?\b)(?![\p{L}\p{N}])/iu;
const FRACTION_AFTER_RE = /^\s*(?:%|fio2|peep|ps\b|tabs?|tablets?|caps?|strength|str|ns|nss|of\b|l\b|liters?|litres?|units?|amps?|bags?|bottles?|doses?|puffs?|cups?|extremit|limbs|pulses|murmur|sem|reflexes|edema|pitting|cm|mm|inch|hr|hrs)/i;
/** Could be a fraction, a score out of a small whole, or a count: 1/2, 3/4, 4/5, 7/10, 2/2. */
// Tests and procedures, which a date follows or precedes in a note's history ("CXR 2/4", "2/4 echo").
const TESTS = 'cxr|ct|cta|mri|mra|echo|tte|tee|ekg|ecg|egd|eeg|kub|ercp|bronch|bronchoscopy|colonoscopy|endoscopy|angio|angiogram|cath|surgery|x-?ray|biopsy';
const TEST_BEFORE_RE = new RegExp(`(?<![\\w/])(?:${TESTS})\\W{0,3}$`, 'i');
// ("the OR 6/10" in capitals: lower-case "or" is the conjunction.)
const OR_BEFORE_RE = /\bOR[ \t]{1,2}$/;
const TEST_AFTER_RE = new RegExp(`^[ \\t]*(?:${TESTS})\\b`, 'i');
// A score of pain after the number ("3/10 back pain", "6/10 cp").
const PAIN_AFTER_RE = /^\s*(?:[a-z]+\s+)?(?:pain|cp|discomfort|ha|h\/a|headache|ache|aching|soreness|nausea|anxiety)\b/i;
const TIME_AFTER_RE = /^[ \t]*(?:@|at)?[ \t]*(?:(?:[01]\d|2[0-3])[0-5]\d|\d{1,2}:[0-5]\d|(?:1[0-2]|0?[1-9])[ \t]?(?:am|pm)\b)(?![\d%]|\.\d|[ \t]*(?:mg|mcg|ml|cc|units?|%))/i;
const TIME_BEFORE_RE = /(?:^|[\s(;,])(?:(?:[01]\d|2[0-3])[0-5]\d|(?:[01]?\d|2[0-3]):[0-5]\d)[ \t]+$/;
const SHIFT_AFTER_RE = /^[ \t]*(?:(?:[01]\d|2[0-3])[0-5]\d[ \t]*-[ \t]*(?:[01]\d|2[0-3])[0-5]\d|(?:1[0-2]|[1-9])[ \t]?[ap]m?[ \t]*-[ \t]*(?:1[0-2]|[1-9])[ \t]?[ap]m?)\b/i;
// "28 today (4/4)", "yesterday 3/2": a day word before it names the day the month/day gives.
const DAY_WORD_BEFORE_RE = /\b(?:today|yesterday|tomorrow|tonight|overnight|this\s+(?:am|pm|morning|afternoon|evening)|last\s+night)\W{0,3}$/i;
// "NPN 7a-7p 5/5", "1900-0700 3/2": a shift's hours before it head a note as they do after it.
const SHIFT_BEFORE_RE = /(?:\b(?:[01]\d|2[0-3])[0-5]\d[ \t]*-[ \t]*(?:[01]\d|2[0-3])[0-5]\d|\b(?:1[0-2]|[1-9])[ \t]?[ap]m?[ \t]*-[ \t]*(?:1[0-2]|[1-9])[ \t]?[ap]m?)[ \t]*$/i;
const PLAUSIBLE_FRACTION = (a: number, b: number, lineStart: boolean): boolean => (a < b && b <= 4) || (a === b && b <= 5) || (b === 10 && !lineStart);

const DATE_CONTEXT_MD =
  /\b(?:on|since|from|until|till|by|before|after|post|s\/p|seen|dated|date|visit|dob|admitted|discharged|starting|started|through|thru|due|next|last|scheduled|appt|appointment|returns?|follow[- ]?up|f\/u|npn|note|addendum|(?:set|planned|booked|arranged|moved|rescheduled)\s+for|mtg|meeting|fell(?:\s+at\s+home)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?|(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\.?)\W{0,3}$/i;

// The date words before a day-first date: a booking or a weekday, not a preposition alone.
const DAY_FIRST_CONTEXT =
  /\b(?:since|until|till|before|after|dated|date|dob|next|last|appt|appointment|review|reviewed|session|visit|rtc|f\/u|follow[- ]?up|due|seen|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?|(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\.?)\W{0,3}$/i;

/**
 * "GCS 3/15 on arrival, now 10/15", "pain 8/10 … later 4/10": a value out of the same whole as a
 * rated one earlier in the sentence is the next reading of that scale, however far its name stands.
 */
function scoreSeries(text: string, at: number, whole: number): boolean {
  const lineStart = Math.max(text.lastIndexOf('\n', at - 1) + 1, at - 80);
  const before = text.slice(lineStart, at);
  const re = new RegExp(`(?<![\\d./])\\d{1,2}\\/${whole}(?![\\d/])`, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(before)) !== null) {
    if (RATING_BEFORE_RE.test(before.slice(Math.max(0, m.index - 24), m.index))) return true;
  }
  return false;
}

// R35 clin12: a rating word rates the number of its own clause only — "c/o pain; EGD 8/24" and
// "NO C/O; 3/1 @ 0430" have a semicolon between — and a date's own word right before the number
// outweighs a rating word further back ("anxiety starting 2/21", "pain since 10/17"), except for a
// whole of ten, how pain is rated, and a value that could be a fraction after "on".
const DATE_CUE_RIGHT_BEFORE_RE =
  /\b(?:since|starting|started|began|begun|until|till|dated|due|thru|through|placed|inserted|removed|pulled|stopped|restarted|resumed|discontinued|d\/c'?d|dc'?d|extubated|intubated|reintubated|admitted|readmitted|discharged|transferred|performed|drawn|scheduled|consulted|diagnosed|dx'?d|completed)\s+$/i;
function ratedBefore(before: string, a: number, b: number): boolean {
  // (" / " joins a note's lines as a line break does: "CIWA 14 / ON 7/16".)
  const clause = /(?:^|[;\n]|[ \t]\/[ \t])((?:(?![ \t]\/[ \t])[^;\n])*)$/.exec(before)![1]!;
  if (!RATING_BEFORE_RE.test(clause)) return false;
  if (b === 10 || PLAUSIBLE_FRACTION(a, b, false)) return true;
  // (A scale already given its value, "CIWA 11, on 12/23", rates nothing after the comma; a rating
  // word after the comma still rates it: "CVP 6, strength 3/5".)
  if (RATING_BEFORE_RE.test(clause.slice(clause.lastIndexOf(',') + 1))) return !DATE_CUE_RIGHT_BEFORE_RE.test(clause);
  return !DATE_CUE_RIGHT_BEFORE_RE.test(clause) && !/\d,[ \t]*(?:[a-z]+[ \t]+){0,2}$/i.test(clause);
}

// ("last dose 1/26", "last day 4/2", "next visit 3/4" are dates: a visit or a dose is dated, a day
// of a course is counted.)
const COUNT_OF_BEFORE_RE = /(?<!\b(?:last|next|final|first)[ \t]+)\b(?:day|cycle|fraction|fx)[ \t]*#?[ \t]*$/i;

function validMonthDay(mo: number, d: number): boolean {
  return mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
}

// A lab's value then a month/day ("Hct 27 1/3", "K 3.1 on 4/2"): the day the value was drawn; no
// fraction or score follows a lab value.
const LAB_VALUE_BEFORE_RE =
  /\b(?:hct|hgb|hb|na|k|cl|co2|hco3|bun|cr|creat|creatinine|wbc|plt|plts|platelets|inr|ptt|trop|tropo?nin|ck|cpk|lactate|lac|bnp|a1c|alb|albumin|ast|alt|ldh|lipase|amylase|tsh|phos|glucose|bs|fs)\s*[:=]?\s*\d{1,4}(?:\.\d+)?\s*(?:on\s+|\(\s*)?$/i;
// "ABG 12/6: 7.31/…", "Echo 3/2: EF 40%": a month/day closed by a colon heads what was found that day —
// except after a setting or a pressure ("PS 10/5: tolerating").
const SETTING_BEFORE_RE = /\b(?:peep|c-?pap|bi-?pap|nippv|psv?|vent|settings?|bp|sbp|dbp|map|pa|cvp|pcwp|ie|i:e|ratio)\b\W{0,3}$/i;
function labeledEntry(before: string, after: string): boolean {
  return /^:[ \t]/.test(after) && /[A-Za-z]\W{0,3}$/.test(before) && !SETTING_BEFORE_RE.test(before);
}

// A month-day with a hyphen after a test or a date label ("MRI 5-12 unremarkable", "Date of surgery:
// 10-22"), unless a unit or count follows ("CT 2-3 days ago", "echo 3-4 wks").
const MD_HYPHEN_ANY_RE = /(\d{1,2})-(\d{1,2})(?![\d%]|[./-]\d)/g;
const DATE_LABEL_BEFORE_RE = /\b(?:date|dated|dos|doa|dob|admit|admitted|admission|discharge|discharged|surgery|procedure)\b(?:\s+of\s+[a-z]+)?\s*[:#]?\s*$/i;
// (R35 clin12: on the same line only — "since 10-16\nD: 10/16" has a signature's "D:" on the next line,
// no unit — and a slash only glued to the number, "2-3/day"; " / " is how a note joins its lines.)
const UNIT_AFTER_RE = /^[ \t]*(?:%|days?\b|d\b|weeks?\b|wks?\b|months?\b|mos?\b|yrs?\b|years?\b|hrs?\b|hours?\b|h\b|x\b|times\b|cm\b|mm\b|mg\b|mcg\b|l\b|lpm\b|liters?\b|units?\b|u\b|ml\b|cc\b|beats?\b|bpm\b|'?s\b)|^\//i;
function hyphenDatesAfterLabels(text: string, push: Push): void {
  scan(MD_HYPHEN_ANY_RE, text, (m) => {
    if (m.index > 0 && /[\d./-]/.test(text[m.index - 1]!)) return;
    if (!validMonthDay(Number(m[1]), Number(m[2]))) return;
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (!TEST_BEFORE_RE.test(before) && !DATE_LABEL_BEFORE_RE.test(before)) return;
    if (UNIT_AFTER_RE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10))) return;
    push(m.index, m.index + m[0].length, 'DATE', 6);
  });
}

// A clinical note's shorthand: there a year alone is part of the record's dates (the nursing-note
// convention marks it), while in talk a year alone stays, as Safe Harbor allows.
const NOTE_MARK_RE = /\b(?:pt|pts|s\/p|h\/o|hx|pmh|pmhx|dx|yo|y\/o|npn|c\/o|d\/c)\b/i;
// A year after a preposition of time ("in 1998", "during 2004", "since 1987"). "since 2000" and "until
// 1930" are as often clock times, so after since/until/from only a year whose last two digits cannot
// be minutes (1960–1999) counts.
const YEAR_AFTER_PREP_RE = /\b(in|during|circa|year|yr|since|until|till|from|back in)\s+((?:19[3-9]\d|20[0-4]\d))(?![\d%]|[./:-]\d)/gi;
// A year from 1960 to 1999 cannot be a clock time (its minutes would be 60–99): alone in a note, with
// no unit after it and no reading before it, it is a year ("MI 1987", "married 1968").
const NON_CLOCK_YEAR_RE = /(?<![\d./:+=-])19[6-9]\d(?![\d%]|[./:-]\d)/g;
const HISTORY_WORD_YEAR_RE = /\b(?:adm|admits?|admissions?|dx|dx'?d|diagnosed|hospitali[sz]ations?)\s+(?:in\s+)?(?:19[3-9]\d|20[0-4]\d)(?![\d%]|[./:-]\d)/gi;
const LISTED_YEAR_RE = /(?:19[3-9]\d|20[0-4]\d)(?![\d%]|[./:-]\d)/g;
const ONLY_A_YEAR = String.raw`(?:(?:spring|summer|fall|autumn|winter)\s+(?:of\s+)?(?:19|20)\d\d|['’]\d\d|19[6-9]\d|(?:0?[1-9]|1[0-2])\/(?:19|20)\d\d)`;
const YEAR_PARTNER_AFTER_RE = new RegExp(String.raw`^\s*(?:,|and|&|or)\s*${ONLY_A_YEAR}(?![\d%]|[./:-]\d)`, 'i');
const YEAR_PARTNER_BEFORE_RE = new RegExp(String.raw`(?<![\d./:-])${ONLY_A_YEAR}\s*(?:,|and|&|or)\s*$`, 'i');
const READING_BEFORE_YEAR_RE = /(?:\b(?:i\/?o|in|out|intake|output|uo|total|tv|vt|mv|ve|plt|plts|wbc|vol|volume|bal|balance|fluids?|ivf|ebl|kcal|cal|calories|wt|weight|received|rec'd|given|neg|pos|even|net|x|#)\W{0,3}|[<>~]\s*)$/i;
function noteYears(text: string, push: Push): void {
  if (!testAnywhere(NOTE_MARK_RE, text)) return;
  scan(YEAR_AFTER_PREP_RE, text, (m) => {
    const y = Number(m[2]);
    if (/^(?:since|until|till|from)$/i.test(m[1]!) && y % 100 < 60) return;
    const end = m.index + m[0].length;
    if (UNIT_AFTER_RE.test(text.slice(end, end + 10)) || /^\s*(?:-|to)\s*\d/.test(text.slice(end, end + 6))) return;
    push(end - 4, end, 'DATE', 5);
  });
  // R35 clin12: a year after a word of history that no clock follows ("prior adm 2013", "dx'd 2016"), and
  // a year listed with a form that can only be a year ("2013 and '08", "1981 and 2019", "2022 and
  // 02/2019"): "at 1900 and 2100" lists clock times, which no such partner has.
  scan(HISTORY_WORD_YEAR_RE, text, (m) => {
    const end = m.index + m[0].length;
    if (UNIT_AFTER_RE.test(text.slice(end, end + 10))) return;
    push(end - 4, end, 'DATE', 5);
  });
  scan(LISTED_YEAR_RE, text, (m) => {
    const end = m.index + 4;
    if (m.index > 0 && /[\d./:+=-]/.test(text[m.index - 1]!)) return;
    if (UNIT_AFTER_RE.test(text.slice(end, end + 10))) return;
    if (YEAR_PARTNER_AFTER_RE.test(text.slice(end, end + 24)) || YEAR_PARTNER_BEFORE_RE.test(text.slice(Math.max(0, m.index - 24), m.index))) push(m.index, end, 'DATE', 5);
  });
  scan(NON_CLOCK_YEAR_RE, text, (m) => {
    const end = m.index + 4;
    if (READING_BEFORE_YEAR_RE.test(text.slice(Math.max(0, m.index - 12), m.index))) return;
    if (UNIT_AFTER_RE.test(text.slice(end, end + 10))) return;
    push(m.index, end, 'DATE', 5);
  });
}

const WEEKDAY_BEFORE_RE = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?),?\s+$/i;

// "stopped the 11th", "placed the 3rd": an event's past participle dates the ordinal as a preposition does.
const PARTICIPLE_BEFORE_RE = /\b(?:[a-z]{3,}(?:ed|'d)|held|done|given|seen|begun|taken|sent|drawn|made|put|set|cut)\s+$/i;
// R35 clin12: "the 26th" closing its clause ("restraints off the 26th;", "HD THE 19TH,", "last seizure the
// 28th.", "transferred to floor the 14th") when the clause before it tells of an event: a past
// participle or last/next in it, or a test, a procedure or a clinical word right before "the".
// A count names its noun after the ordinal ("the 3rd dose") and has no pause there.
const ORDINAL_CLAUSE_END_RE = /^[ \t]*(?:$|\r?\n|[.,;:)\]/@]|at[ \t]+\d)/i;
const EVENT_IN_CLAUSE_RE = /(?:\b[a-z]{3,}(?:ed|'d)\b|\b(?:done|seen|given|drawn|held|sent|begun|began|fell|went|came|left|quit|off|out)\b|\b(?:last|next)\b(?:\s+[a-z]+){0,2})[^;.\n]{0,28}$/i;
const ORDINAL_FUNCTION_WORD_RE = /^(?:with|w\/|of|for|to|from|into|in|at|as|and|or|nor|but|than|like|about|over|under|between|among|is|was|were|be|been|are|am|has|had|have|do|did|does|not|no|all|both|only|also|then|than|which|that|this|these|those|it|its|his|her|their|our|my|your|he|she|they|we|you|i|one)$/;
function eventClauseOrdinal(text: string, theAt: number, end: number): boolean {
  if (!ORDINAL_CLAUSE_END_RE.test(text.slice(end, end + 8))) return false;
  const before = text.slice(Math.max(0, theAt - 40), theAt);
  const clause = /[^;.\n]*$/.exec(before)![0];
  // (The event in the clause counts in a note's register only: in talk "we did the 5th." counts a thing.)
  if (EVENT_IN_CLAUSE_RE.test(clause) && testAnywhere(NOTE_MARK_RE, text)) return true;
  const w = /([A-Za-z][A-Za-z/'-]*)\s+$/.exec(clause)?.[1]?.toLowerCase();
  // (The medical list holds everyday words too: a function word before "the" makes the ordinal a thing
  // named again, "trouble with the 1st".)
  return w !== undefined && !ORDINAL_FUNCTION_WORD_RE.test(w) && (CLINICAL_SHORTHAND.has(w) || resources().medicalWords.has(w) || TEST_BEFORE_RE.test(`${w} `));
}
function participleBeforeOrdinal(before: string): boolean {
  return PARTICIPLE_BEFORE_RE.test(before);
}

const ORDINAL_GATE_RE = /\d(?:st|nd|rd|th)\b/i;
const DECADE_GATE_RE = /\b(?:90|100)s\b/;
const AGE_NUMBER_GATE_RE = /(?<!\d)(?:9\d|1[01]\d|12[0-5])(?!\d)/;

/** `hints`: union of the text's token flags (W.Month gates the month-name scans). */
export function detectDates(text: string, push0: Push, hints = -1, monthStarts: readonly number[] = []): void {
  // A weekday written with a date is part of it: "Thursday 3/20".
  const push: Push = (start, end, type, prio) => {
    const wd = WEEKDAY_BEFORE_RE.exec(text.slice(Math.max(0, start - 12), start));
    push0(wd ? start - wd[0].length : start, end, type, prio);
  };
  // Month/days that cannot be a reading (`sure`), and those that could (`maybe`: start, end, month, day).
  const sure: [number, number][] = [];
  const maybe: [number, number, number, number][] = [];
  scan(NUMERIC_YMD_RE, text, (m) => {
    if (validMonthDay(Number(m[3]), Number(m[4])) || validMonthDay(Number(m[4]), Number(m[3]))) push(m.index, m.index + m[0].length, 'DATE', 8);
  });
  scan(NUMERIC_DMY_RE, text, (m) => {
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (!(validMonthDay(a, b) || validMonthDay(b, a))) return;
    // "12/5/40%": ventilator settings, not a date.
    if (text[m.index + m[0].length] === '%' || /\dx$/i.test(text.slice(Math.max(0, m.index - 2), m.index))) return;
    // "bipap 10/5/12": pressures and a rate, not a date with a two-digit year.
    if (m[4]!.length === 2 && m[2] === '/' && MEASURE_BEFORE_RE.test(text.slice(Math.max(0, m.index - 24), m.index))) return;
    // "1.5.20" style versions and scores are rare next to these shapes; a dot-separated two-digit
    // year needs a date word before it.
    // (A test or an event's participle right before it dates it as well: "colonoscopy 3.9.17".)
    if (m[2] === '.' && m[4]!.length === 2) {
      const before = text.slice(Math.max(0, m.index - 20), m.index);
      if (!DATE_CONTEXT_MD.test(before) && !TEST_BEFORE_RE.test(before) && !EVENT_PARTICIPLE_RE.test(before)) return;
    }
    if (validMonthDay(a, b)) sure.push([a, b]);
    push(m.index, m.index + m[0].length, 'DATE', 8);
  });
  scan(NUMERIC_MD_RE, text, (m) => {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    // Day first, as British, Australian and Canadian notes write it ("next appt 20/3", "Tues 17/6"):
    // only a first part that cannot be a month, and only after a date word.
    // ("on 13/10" is a ventilator setting as often: "on" is not enough here.)
    if (!validMonthDay(a, b) && !(a > 12 && validMonthDay(b, a) && DAY_FIRST_CONTEXT.test(before))) return;
    // "7/10" is a rating, "3/4" a fraction: only with a date word before it.
    if (ratedBefore(before, a, b) || /\dx$/i.test(before) || scoreSeries(text, m.index, b)) return;
    // R35 clin12: "day 6/14 abx", "cycle 2/6": the count of a course, never a date.
    if (a <= b && COUNT_OF_BEFORE_RE.test(before)) return;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    // "1/2 tab", "2/4 extremities", "5/5 strength": a fraction or a count of a whole; "5/5, 40%" and
    // "10/5 40%" are ventilator settings.
    if (FRACTION_AFTER_RE.test(after) || MEASURE_AFTER_RE.test(after) || /^[,\s]*[-.]?\d{0,3}\s*%/.test(after) || /^-?\.\d/.test(after) || /%[\s,;&]*$/.test(before)) return;
    // ("extubated 8/10", "placed 11/3": an event's past participle dates it.)
    const dated = DATE_CONTEXT_MD.test(before) || DAY_WORD_BEFORE_RE.test(before) || SHIFT_BEFORE_RE.test(before) || LAB_VALUE_BEFORE_RE.test(before) || /\b[a-z]{3,}(?:ed|'d)\W{0,3}$/i.test(before) || /(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|['’]\d\d|\b(?:19|20)\d\d)\s*(?:,|and|or|to|through|thru|-|–)\s*$/.test(before);
    // Without a date word, a month/day that could be a fraction, a score or a count ("1/2", "3/4",
    // "4/5", "7/10", "2/2") stays; any other valid month/day is a date in clinical writing, where
    // "admitted 8/14" and "extubated 7/22" are how dates are written.
    // R35 round 6: "Suboxone 8/2 SL BID", "Norco 10/325 PO": the strengths of a combined drug, then its
    // route or how often; a date is not followed by a route.
    if (!dated && DOSE_AFTER_RE.test(after)) return;
    const lineStart = /(?:^|\n)[ \t]*(?:[-*•][ \t]*)?$/.test(before);
    // A test or procedure dates what it names ("CXR 2/4", "echo 1/3", "to the OR 6/10"), and a line
    // that opens with a month/day and then a test or a colon is a dated entry ("2/4 CXR: …", "1/3: …").
    const entry = TEST_BEFORE_RE.test(before) || (OR_BEFORE_RE.test(before) && /[a-z]/.test(text.slice(Math.max(0, m.index - 40), m.index))) || (lineStart && (/^\s*:/.test(after) || TEST_AFTER_RE.test(after))) || labeledEntry(before, after);
    if (!dated && !entry && MEASURE_BEFORE_RE.test(before)) return;
    // A clock time after it dates it too ("2/2 @ 0800", "5/5 14:00"), unless it reads as a half or a
    // third (a dose given at a time).
    // (A shift's hours after it, "1/2 0700-1900", "1/3 7a-7p", date even a half or a third: a note's header.)
    // (R35 clin12: a clock time right before it as well, "0430 7/10 HD", as a timed entry opens; and a part
    // of the day after it, "rpt labs 1/1 am".)
    const timed = ((TIME_AFTER_RE.test(after) || TIME_BEFORE_RE.test(before) || /^[ \t]+(?:am|pm)\b/i.test(after)) && !(a < b && b <= 4)) || SHIFT_AFTER_RE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16));
    // "PNA 2/2 aspiration", "hypotension 2/2 sepsis": the shorthand for "secondary to" between a finding
    // and its cause, never a date however many dates the note holds.
    if (a === 2 && b === 2 && !dated && !entry && !timed && /^[ \t]+(?:to[ \t]+)?[A-Za-z]{3,}/.test(after) && /[A-Za-z][ \t]+$/.test(before)) return;
    if (!dated && !entry && !timed && PLAUSIBLE_FRACTION(a, b, lineStart)) {
      // Could be a score or a fraction: a date only when the text dates nearby days (below).
      if (!PAIN_AFTER_RE.test(after)) maybe.push([m.index, m.index + m[0].length, a, b]);
      return;
    }
    sure.push([a, b]);
    push(m.index, m.index + m[0].length, 'DATE', 8);
  });
  // A month/day that could be a fraction or a score ("9/10", "1/3", "2/2") is a date when the same
  // text dates a day within two weeks of it with a form that cannot be a reading: a note's dates
  // cluster around the days it covers, while its scores and fractions have no such neighbours.
  if (maybe.length && sure.length) {
    const dayOf = (mo: number, d: number): number => mo * 31 + d;
    for (const [s0, e0, a, b] of maybe) {
      const x = dayOf(a, b);
      if (sure.some(([mo, d]) => { const dd = Math.abs(dayOf(mo, d) - x); return dd <= 14 || dd >= 372 - 14; })) push(s0, e0, 'DATE', 6);
    }
  }
  scan(MD_PAIR_RE, text, (m) => {
    const [a, b, c, d] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
    if (m.index > 0 && /[\d./-]/.test(text[m.index - 1]!)) return;
    if (validMonthDay(a, b) && validMonthDay(c, d) && /\/0\d|^0\d/.test(m[0])) push(m.index, m.index + m[0].length, 'DATE', 8);
  });
  scan(MD_HYPHEN_RE, text, (m) => {
    // (After "by" or "from" as well: "at goal by 9-19.", "head CT from 12-31 read as …". An event's
    // participle dates it too ("PPD placed 6-6,"), but not a change of a reading: "increased 2-4.")
    const before = text.slice(Math.max(0, m.index - 16), m.index);
    // (R35 clin12: or a clock time after it, "STARTED ON ABX 3-15 at 1730", when no reading's name stands
    // before it: "RR 12-20 at 0800" is a range.)
    const clocked = CLOCK_AT_AFTER_RE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)) && !READING_NAME_BEFORE_RE.test(before) && !MEASURE_BEFORE_RE.test(before);
    if (!/\b(?:on|since|dated|until|till|by|from)\s+$/i.test(before) && !EVENT_DONE_RE.test(before) && !clocked) return;
    if (UNIT_AFTER_RE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10))) return;
    const s = m.index;
    if (validMonthDay(Number(m[1]), Number(m[2])) && !OXYGEN_BEFORE_RE.test(text.slice(Math.max(0, m.index - 30), m.index + 3))) push(s, s + m[1]!.length + m[2]!.length + 1, 'DATE', 6);
  });
  hyphenDatesAfterLabels(text, push);
  noteYears(text, push);
  // Month and two-digit year ("fx 4/97", "MI 2/21" is a month/day): a second part that cannot be a
  // day is a year.
  scan(NUMERIC_MY_RE, text, (m) => {
    const mo = Number(m[1]);
    const yy = Number(m[2]);
    if (mo < 1 || mo > 12 || yy <= 31) return;
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    if (RATING_BEFORE_RE.test(before) || MEASURE_BEFORE_RE.test(before)) return;
    push(m.index, m.index + m[0].length, 'DATE', 7);
  });
  scan(NUMERIC_M_YYYY_RE, text, (m) => {
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    if (RATING_BEFORE_RE.test(before) || MEASURE_BEFORE_RE.test(before) || /\b(?:titer|titre|dilution|ratio|in|per|x)\W{0,3}$/i.test(before)) return;
    // "1/2000" with nothing of a date around it is a dilution as often; a zero-padded month is no count.
    if (m[1] === '1' && !DATE_CONTEXT_MD.test(before) && !EVENT_PARTICIPLE_RE.test(before) && !TEST_BEFORE_RE.test(before)) return;
    push(m.index, m.index + m[0].length, 'DATE', 7);
  });
  // A year in a history list ("CABG 1998, 2004", "breast CA 2011"): the event dates the person. Safe
  // Harbor would let a bare year stay, but next to a procedure or diagnosis it is the element of a
  // dated history, so it goes; "in 2019" in conversation stays.
  scan(HISTORY_YEAR_RE, text, (m) => {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const w = /([A-Za-z][A-Za-z/'-]*)[\s,:(-]*(?:(?:19|20)\d\d[\s,;&and-]*)*$/.exec(before);
    if (!w) return;
    const k = w[1]!.toLowerCase();
    if (CLINICAL_SHORTHAND.has(k) || resources().medicalWords.has(k) || k === 's/p' || k === 'ca') {
      if (/\b(?:in|since|from|by|until|of|year|years|yr|yrs)\W*$/i.test(before)) return;
      push(m.index, m.index + m[0].length, 'DATE', 5);
    }
  });
  // The year a person gives when asked where and when they are ("states it is 2019", "corrected
  // self by saying 1999"): in a note about orientation it says when the note was written. A year the
  // person only "thinks" it is is the mistaken one and dates nothing.
  if (testAnywhere(ORIENTATION_RE, text)) {
    scan(SAID_YEAR_RE, text, (m) => {
      if (/\b(?:thinks?|thought|believes?|believed|feels?|felt)\b(?:\s+that)?\s*$/i.test(text.slice(Math.max(0, m.index - 16), m.index))) return;
      const s = m.index + m[0].length - 4;
      push(s, s + 4, 'DATE', 5);
    });
  }
  // A two-digit year with an apostrophe ("surgery '85", "CA'98"): a date element in notes' history lists.
  scan(APOSTROPHE_YEAR_RE, text, (m) => push(m.index, m.index + m[0].length, 'DATE', 6));
  // "99'" after a procedure or a count of grafts ("CABG x3 02'"): the same element, apostrophe after.
  // Feet ("a 10' hallway") have no clinical word or count before them.
  scan(TRAILING_APOSTROPHE_YEAR_RE, text, (m) => {
    if (m.index > 0 && /[A-Za-z0-9'’.]/.test(text[m.index - 1]!)) return;
    const w = /([A-Za-z][A-Za-z/'-]*\d*)[\s,:(-]*$/.exec(text.slice(Math.max(0, m.index - 30), m.index));
    if (!w) return;
    const k = w[1]!.toLowerCase();
    if (/^x\d+$/.test(k) || CLINICAL_SHORTHAND.has(k) || resources().medicalWords.has(k) || k === 's/p') push(m.index, m.index + m[0].length, 'DATE', 6);
  });
  if (hints & W.Month) detectMonthDates(text, push, monthStarts);
  // R35 clin12: "late-March", "mid-september", "EARLY-NOVEMBER": the tokenizer keeps the hyphenated word
  // whole, so no month start is found inside it; a part of a month joined to the month is a date in
  // any case, "may" and "march" too (the hyphen leaves no verb reading).
  scan(PART_OF_MONTH_RE, text, (m) => push(m.index + m[0].length - m[1]!.length, m.index + m[0].length, 'DATE', 5));
  // ("Mother's Day": the token's key drops the possessive, so no holiday flag; the text says it.)
  if (hints & W.Holiday || POSSESSIVE_DAY_RE.test(text)) scan(HOLIDAY_YEAR_RE, text, (m) => push(m.index, m.index + m[0].length, 'DATE', 7));
  // (R35 clin12: "Father's Day" has no holiday flag either, as "Mother's Day" has none.)
  const possessiveDay = /['’]s\s+day\b/i.test(text);
  if (hints & W.Holiday || /Super|Black|Cyber|Mardi|Cinco|Yom|Rosh|Patrick|Veteran|President|MLK|(?:Boxing|Victoria|Canada|Anzac|Australia|Waitangi|Remembrance|Labour) Day/.test(text) || possessiveDay) {
    // (A text in capitals only, as many notes are, says no more by its case than a lower-case one.)
    const mixed = /[A-Z]/.test(text) && /[a-z]/.test(text);
    // R35 clin12: in a mixed-case note a holiday written in lower case after a time word is the same
    // date ("started on abx on thanksgiving", "sober since father's day").
    if (mixed && (hints & W.Holiday || possessiveDay)) {
      scan(HOLIDAY_ANY_CASE_RE, text, (m) => {
        if (m[0] !== m[0].toLowerCase()) return;
        if (HOLIDAY_TIME_WORD_RE.test(text.slice(Math.max(0, m.index - 16), m.index))) push(m.index, m.index + m[0].length, 'DATE', 6);
      });
    }
    scan(mixed ? HOLIDAY_RE : HOLIDAY_ANY_CASE_RE, text, (m) => {
      // A holiday that names one day ("Christmas Eve", "Memorial Day", "Easter Sunday") is a date
      // wherever it stands in a sentence; "Christmas" or "Easter" alone needs a time word.
      // An event's participle before it ("admitted Christmas", "fell Easter Sunday") or a part of the
      // day after it ("Christmas morning", "Thanksgiving night") places an event in time as well.
      const before = text.slice(Math.max(0, m.index - 16), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (HOLIDAY_TIME_WORD_RE.test(before) || (EVENT_PARTICIPLE_RE.test(before) && !/\b(?:celebrated|enjoyed|loved|hated|decorated|planned|spent|missed|ruined)\s+$/i.test(before)) || /^\s+(?:morning|afternoon|evening|night|eve)\b/i.test(after) || (/\s(?:Eve|Day|Sunday)$/i.test(m[0]) && m[0] !== m[0].toLowerCase())) push(m.index, m.index + m[0].length, 'DATE', 6);
    });
  }
  if (!ORDINAL_GATE_RE.test(text)) return;
  scan(ORDINAL_DAY_RE, text, (m) => {
    // "on the 3rd": the article goes with the day, as in "the 19th of February".
    const day = m.index + m[0].lastIndexOf(m[1]!);
    const the = /\bthe\s+$/i.exec(text.slice(Math.max(0, day - 8), day));
    const s = the ? day - the[0].length : day;
    // "the 3rd" needs a date preposition unless a month follows (handled above).
    if (/^the\s/i.test(m[0])) {
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      // ("Wed. the 4th", "Thurs the 9th": a weekday's abbreviation names the day as the whole word does.)
      if (!/\b(?:on|by|until|till|since|before|after|from|through|thru|due|starting|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+$/i.test(before) && !WEEKDAY_BEFORE_RE.test(before) && !participleBeforeOrdinal(before)) {
        // (R35 clin12: the day alone, without its article, as the note-cue rules mark "f/u the 9th".)
        if (eventClauseOrdinal(text, m.index, day + m[1]!.length)) push(day, day + m[1]!.length, 'DATE', 6);
        return;
      }
    }
    push(s, day + m[1]!.length, 'DATE', 6);
  });
}

const PART_OF_MONTH_RE =
  /\b(?:early|late|mid)-(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?![\p{L}\p{N}-])/giu;

// "Mother's Day", "Father's Day": no holiday flag on their tokens (the key drops the possessive).
const POSSESSIVE_DAY_RE = /['’]s Day/;

// A holiday with a year is a date ("New Year's Eve 2023", "Christmas 2019").
const HOLIDAY_YEAR_RE =
  /\b(?:new year['’]?s(?:\s+(?:eve|day))?|christmas(?:\s+eve|\s+day)?|thanksgiving|easter|halloween|valentine['’]?s(?:\s+day)?|independence day|(?:the\s+)?fourth of july|july 4th|memorial day|labou?r day|mother['’]?s day|father['’]?s day|hanukkah|passover|ramadan|eid|diwali|juneteenth)(?:\s+(?:long\s+)?weekend)?\s*,?\s+(?:of\s+)?(?:19|20)\d\d\b/gi;

// A holiday is a date element too (Safe Harbor keeps only the year), named after a word that
// places an event in time: "since Thanksgiving", "on Super Bowl Sunday", "before Christmas Eve".
// Without such a word ("Christmas was hard", "a Halloween costume") it stays readable.
// (Written as names, with capitals — a case-sensitive scan is several times cheaper than the
// case-blind one, which runs only on a text with no capitals at all, such as a lower-case chat.)
const HOLIDAY_NAMES =
  "New Year'?s(?:\\s+(?:Eve|Day))?|Christmas(?:\\s+Eve|\\s+Day)?|X-?mas|Thanksgiving(?:\\s+Day)?|Easter(?:\\s+Sunday)?|Halloween|Valentine'?s(?:\\s+Day)?|Independence Day|Fourth of July|July 4th|Memorial Day|Labor Day|Veterans'? Day|Presidents'? Day|MLK Day|Mother'?s Day|Father'?s Day|Hanukkah|Passover|Ramadan|Eid|Diwali|Juneteenth|Yom Kippur|Rosh Hashanah|Lunar New Year|Chinese New Year|Mardi Gras|Cinco de Mayo|St\\.? Patrick'?s Day|Black Friday|Cyber Monday|Super Bowl(?:\\s+Sunday)?|Boxing Day|Victoria Day|Canada Day|Anzac Day|Australia Day|Waitangi Day|Remembrance Day|Labour Day";
const HOLIDAY_RE = new RegExp(`\\b(?:${HOLIDAY_NAMES})\\b`, 'g');
const HOLIDAY_ANY_CASE_RE = new RegExp(`\\b(?:${HOLIDAY_NAMES})\\b`, 'gi');
const HOLIDAY_TIME_WORD_RE = /\b(?:on|since|after|before|by|until|till|around|over|through|this|last|next|past|during|for|starting|started|began|from)\s+(?:the\s+)?$/i;

// Month-name dates are searched around each month word the tokenizer found, instead of trying
// the month alternation at every position of the text.
// ("Jan 4-6": the range's end goes with its month; "Mar 3-4 L" is rare beside a month word.)
const MONTH_DAY_AT = new RegExp(`${MONTH}(?:\\s+the)?[\\s-]+${ORD}\\b(?:[ \\t]?[-–][ \\t]?(?:[12]\\d|3[01]|0?[1-9])\\b(?![./]\\d))?(?:,?\\s+${YEAR}\\b)?`, 'iy');
const MONTH_YEAR_AT = new RegExp(`${MONTH},?\\s+(?:of\\s+)?${YEAR}\\b`, 'iy');
const MONTH_TAIL_AT = new RegExp(`${MONTH}(?![A-Za-z\\u00C0-\\u024F])(?:,?[\\s-]+${YEAR}\\b)?`, 'iy');
const DAY_BEFORE_RE = new RegExp(`\\b(?:the\\s+)?${ORD}(?:\\s+of)?[\\s-]+$`, 'i');
const BARE_BEFORE_RE = /\b(?:in|since|last|next|this|early|late|mid|during|until|till|by|of|through|around|before|after|from|that|due)\s+(?:-\s*)?$/i;
// (Abbreviations with their capital: "due Feb", "since Sept".)
const BARE_MONTH_WORD_RE =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|january|february|april|june|july|august|september|october|november|december|Jan|Feb|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/;

function detectMonthDates(text: string, push: Push, monthStarts: readonly number[]): void {
  for (const s of monthStarts) {
    MONTH_DAY_AT.lastIndex = s;
    let m = MONTH_DAY_AT.exec(text);
    if (m && monthWordOk(m[0], text, s)) push(s, s + m[0].length, 'DATE', 8);
    MONTH_YEAR_AT.lastIndex = s;
    m = MONTH_YEAR_AT.exec(text);
    if (m && monthWordOk(m[0], text, s)) push(s, s + m[0].length, 'DATE', 7);
    const before = text.slice(Math.max(0, s - 40), s);
    const day = DAY_BEFORE_RE.exec(before);
    if (day) {
      MONTH_TAIL_AT.lastIndex = s;
      const tail = MONTH_TAIL_AT.exec(text);
      if (tail) {
        const v = day[0] + tail[0];
        // "2 mar" is rare; "the 19th of February" and "14 March" are not. May needs a capital.
        // (R35 clin12: a lower-case abbreviation that is no word, after a date word: "next appt 26 feb".)
        const lowerOk = /^\d{1,2}\s+(?:jun|jan|dec|oct|sep|aug|apr|nov|feb|jul)$/.test(v) && DATE_CONTEXT_MD.test(text.slice(Math.max(0, s - day[0].length - 20), s - day[0].length));
        const ok = !(/\bmay$/i.test(v) && !/May$/.test(v)) && (lowerOk || !(/^\d{1,2}\s+(?:mar|may|jun|jan|dec|oct|sep|aug|apr|nov|feb|jul)$/i.test(v) && !/^\d{1,2}\s+\p{Lu}/u.test(v)));
        // A note's header may give the year in two digits before the shift's hours: "4 Nov, 93 1900-0700".
        const yy = /^,?[ \t]+\d{2}(?=[ \t]*(?:$|\r?\n|(?:[01]\d|2[0-3])[0-5]\d\b))/m.exec(text.slice(s + tail[0].length, s + tail[0].length + 12));
        if (ok) push(s - day[0].length, s + tail[0].length + (yy && !/\d/.test(tail[0]) ? yy[0].length : 0), 'DATE', 8);
      }
    }
    // A month on its own is an element of a date too ("since March"), but "may" and "march" are
    // also ordinary words, so a bare month needs a capital or a time word before it.
    const wordEnd = s + (/^[A-Za-z]+/.exec(text.slice(s, s + 12))?.[0].length ?? 0);
    // (R35 clin12: "mid-september", "early-may", "late-March": a part of a month joined by a hyphen says
    // month even of "may"; in a note written in capitals a month word in capitals, not MAY or MARCH.)
    const word = text.slice(s, wordEnd);
    if (/\b(?:early|late|mid)-$/i.test(before) && /^[A-Za-z]+$/.test(word) && (BARE_MONTH_WORD_RE.test(word) || /^(?:may|march|MAY|MARCH)$/.test(word) || BARE_MONTH_WORD_RE.test(word[0]! + word.slice(1).toLowerCase()))) push(s, wordEnd, 'DATE', 5);
    else if (BARE_BEFORE_RE.test(before) && (BARE_MONTH_WORD_RE.test(word) || (word.length > 2 && word === word.toUpperCase() && !/^(?:MAY|MARCH|MAR)$/.test(word) && BARE_MONTH_WORD_RE.test(word[0]! + word.slice(1).toLowerCase()) && !/[a-z]/.test(text)))) push(s, wordEnd, 'DATE', 5);
  }
}

/**
 * "may 5" and "mar 3" in lower case are usually words: only take them with a capital or a year —
 * or, for a month that is no verb, after a date word ("since jan 12", "no contact since dec 26").
 */
function monthWordOk(v: string, text: string, at: number): boolean {
  const word = /^(?:\w+\.?,?\s+)?([A-Za-z]+)/.exec(v.replace(/^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+/i, ''));
  const mw = word?.[1] ?? '';
  if (/^(?:may|mar|march|jan|jun|dec|sat|sun)$/.test(mw)) {
    if (/\d{4}|'\d\d|\d(?:st|nd|rd|th)/.test(v)) return true;
    // ("jan 4-6": a range of days says date; "dec 4-6" may be a decrease.)
    if (/^(?:jan|jun)$/.test(mw) && /\d[ \t]?[-–][ \t]?\d/.test(v)) return true;
    return /^(?:jan|jun|dec)$/.test(mw) && DATE_CONTEXT_MD.test(text.slice(Math.max(0, at - 20), at));
  }
  return true;
}

// ---- ages over 89 ------------------------------------------------------------------------------

const AGE_N = '(?:9\\d|1[01]\\d|12[0-5])';
// ("93 y.o.," ends on a full stop: no word boundary after it, so the end is "no letter follows".)
const AGE_UNIT_RE = new RegExp(`\\b(${AGE_N})(?:\\s*|-)(?:years?|yrs?|y\\/o|y\\.o\\.?|yo|year-old|years-old)(?![A-Za-z0-9])`, 'gi');
// An ordinal birthday says the age as well: "her 95th birthday".
const AGE_BIRTHDAY_RE = new RegExp(`\\b(${AGE_N})(?:st|nd|rd|th)\\s+birthday\\b`, 'gi');
// Age and sex run together after the person ("Client 91F", "pt: 95 M,", "Mrs. Ode 93yoF"); a
// temperature ("T 99F", "temp 99.1 F") has its own word before it. The number is found first.
const AGE_SEX_RE = new RegExp(`(${AGE_N})[ \\t]?(?:yo)?[MF](?![A-Za-z0-9])`, 'g');
const AGE_SEX_PERSON_RE = /\b(?:pt|patient|client|cl|resident|mother|mom|father|dad|grand(?:ma|pa|mother|father)|[A-Z][a-z]+):?[ \t]+$/;
const AGE_VERB_RE = new RegExp(
  `\\b(?:aged?|age of|age:|is|was|turned|turns|turning|be|being|at|he's|she's|reached|now)\\s+(${AGE_N})\\b(?![.,]\\d|\\s*-\\s*\\d)(?!\\s*(?:%|percent|mg|mcg|kg|lbs?|pounds|degrees|°|points|pts|minutes|mins|hours|hrs|seconds|bpm|dollars|cents|\\$|\\/|mmhg|ml|miles|mph|times|days|weeks|months|out of|feet|ft|inches|cm|percentile|th\\b))`,
  'gi',
);
const NINETY = 'ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?';
// "She is ninety percent sure", "he was ninety minutes late": a verb before "ninety" makes an age
// only when no unit follows (the number may end in its own "-three" first).
const NOT_A_QUANTITY = String.raw`(?!(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?\s*(?:%|(?:percent|per\s+cent|minutes|mins|seconds|secs|pounds|lbs|kilos|kg|degrees|dollars|bucks|miles|mph|days|times|points|pages|feet)\b))`;
const AGE_WORDS_RE = new RegExp(
  `\\b(?:in\\s+(?:his|her|their|my|your)\\s+(?:late\\s+|early\\s+|mid-?\\s*)?(?:90s|nineties|100s|hundreds)|${NINETY}(?=\\s*-?\\s*(?:years?|yrs?|yo)\\b|\\s+(?:now|this|next|last))|(?<=\\b(?:is|was|turned|turns|turning|be|aged?|age of|she's|he's|now|almost|nearly)\\s+)${NINETY}${NOT_A_QUANTITY}|(?:a\\s+)?hundred(?:\\s+and\\s+\\w+)?(?=\\s+years?\\s+old)|centenarian|nonagenarian)\\b`,
  'gi',
);
export const NOT_AGE_SUBJECT = /\b(?:sat\w*|pac(?:ed|ing|er|ers)|\w*pacing|settings?|peep|cpap|bipap|vent|map|cvp|sbp|dbp|ci|co|pcwp|hct|wbc|rr|resp|fio2|score|scores|scored|rate|rated|rating|pulse|temp|temperature|weight|weighs|bp|o2|sat|sats|saturation|glucose|sugar|level|heart|hr|iq|percentile|grade|average|count|number|phq|gad|pcl|bdi|spo2|blood|pressure|room|bus|route|highway|exit|page|chapter|session|minutes|mins|cholesterol|a1c|ldl|hdl)\b[^.\n]{0,16}$/i;
export const PERSON_BEFORE_RE = /\b(?:he|she|they|i|i'm|we|who|pt|patient|client|cl|mother|mom|mum|father|dad|grand(?:ma|pa|mother|father|parent)|nana|aunt|uncle|husband|wife|partner|sister|brother|son|daughter|neighbou?r|friend|[A-Z][a-z]+)\b[^.\n;]{0,40}$/;
// The same person words in a line written in capitals ("CLIENT'S MOTHER IS 93").
const PERSON_CAPS_BEFORE_RE = /\b(?:HE|SHE|THEY|WHO|PT|PATIENT|CLIENT|MOTHER|MOM|FATHER|DAD|GRAND(?:MA|PA|MOTHER|FATHER|PARENT)|NANA|AUNT|UNCLE|HUSBAND|WIFE|PARTNER|SISTER|BROTHER|NEIGHBOU?R|FRIEND)\b[^.\n;]{0,40}$/;
const BIRTH_YEAR_RE = /\b(?:born\s+(?:in\s+)?(?:(?:[A-Za-z]+\.?|\d{1,2}(?:st|nd|rd|th)?),?\s+){0,2}|b\.\s*|birth\s*year:?\s*|class of\s+)(1[89]\d\d)\b/gi;

export function detectAges(text: string, push: Push, hints = -1, now = new Date()): void {
  const numbers = AGE_NUMBER_GATE_RE.test(text);
  // ("in her late nineties": the decade word is the age; R35 talk8 keeps "in her late" readable.)
  if (hints & W.AgeWord || DECADE_GATE_RE.test(text)) scan(AGE_WORDS_RE, text, (m) => push(/^in\s/i.test(m[0]) ? m.index + m[0].search(/\S+$/) : m.index, m.index + m[0].length, 'AGE', 7));
  if (numbers) detectAgeNumbers(text, push);
  const year = now.getUTCFullYear();
  scan(BIRTH_YEAR_RE, text, (m) => {
    const y = Number(m[1]);
    if (year - y > 89) {
      const s = m.index + m[0].lastIndexOf(m[1]!);
      push(s, s + 4, 'AGE', 8);
    }
  });
}

// "my grandmother, 94, lives alone": an age between commas after a person word.
const AGE_COMMAS_RE = /,\s*(9\d|1[01]\d|12[0-5])\s*,/g;
const AGE_APPOSITION_BEFORE_RE =
  /\b(?:grand(?:ma|pa|mother|father)|mom|mum|mother|dad|father|aunt|uncle|neighbou?r|husband|wife|patient|pt|client|man|woman|gentleman|lady|veteran|widow(?:er)?|[A-Z][a-z]+)\s*$/;

const AGE_BRACKET_RE = /\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]+\((9\d|1[01]\d|12[0-5])\)/g;
// "mom Agnes 97", "grandpa (93)": a relative named, then an age.
const AGE_AFTER_RELATIVE_RE =
  /\b(?:[Gg]rand(?:ma|pa|mother|father)|[Mm]om|[Mm]um|[Mm]other|[Dd]ad|[Ff]ather|[Aa]unt|[Uu]ncle|[Hh]usband|[Ww]ife|[Nn]eighbou?r|[Nn]ana|[Gg]ranny|[Gg]reat-\w+)(?:\s+[A-Z][a-z]+){0,2}\s*[,(]?\s*(9\d|1[01]\d|12[0-5])\b(?!\s*(?:%|mg|lbs?|kg|bpm|\/|minutes|mins|miles|percent|years? ago))/g;

// A clinical summary opens with the age: "97 s/p syncope", "93 w/ CHF", "101 with h/o AF" — at the start
// of a line, before a history word.
const AGE_LINE_START_RE = /(9\d|1[01]\d|12[0-5])(?=[ \t]+(?:s\/p|w\/|h\/o|(?:with|who|y|yr|yrs|m|f|male|female|man|woman|gentleman|lady|wm|wf|bm|bf)\b))/gi;

function detectAgeNumbers(text: string, push: Push): void {
  scan(AGE_LINE_START_RE, text, (m) => {
    if (!/(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, m.index - 8), m.index))) return;
    push(m.index, m.index + m[1]!.length, 'AGE', 7);
  });
  scan(AGE_AFTER_RELATIVE_RE, text, (m) => {
    const s = m.index + m[0].lastIndexOf(m[1]!);
    push(s, s + m[1]!.length, 'AGE', 7);
  });
  // "Wilhelmina Grady (91)": an age in brackets right after a person's name (a word no vocabulary
  // knows, or a name; "Sats (94)" and "BP (92)" are readings).
  scan(AGE_BRACKET_RE, text, (m) => {
    const w = m[1]!.toLowerCase();
    const r = resources();
    if (r.commonWords.has(w) && !r.lastNames.has(w) && !r.firstNames.has(w)) return;
    if (r.medicalWords.has(w) || CLINICAL_SHORTHAND.has(w)) return;
    const s = m.index + m[0].lastIndexOf(m[2]!);
    push(s, s + m[2]!.length, 'AGE', 7);
  });
  scan(AGE_COMMAS_RE, text, (m) => {
    if (!AGE_APPOSITION_BEFORE_RE.test(text.slice(Math.max(0, m.index - 16), m.index))) return;
    const s = m.index + m[0].lastIndexOf(m[1]!);
    push(s, s + m[1]!.length, 'AGE', 7);
  });
  scan(AGE_UNIT_RE, text, (m) => push(m.index, m.index + m[1]!.length, 'AGE', 8));
  if (/birthday/i.test(text)) scan(AGE_BIRTHDAY_RE, text, (m) => push(m.index, m.index + m[0].search(/\s/), 'AGE', 7));
  scan(AGE_SEX_RE, text, (m) => {
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    if (/[\d.]$/.test(before) || !AGE_SEX_PERSON_RE.test(before) || /\b(?:t|temp|tmax|tm|fever|febrile|afebrile|temperature)\W*$/i.test(before)) return;
    push(m.index, m.index + m[1]!.length, 'AGE', 7);
  });
  scan(AGE_VERB_RE, text, (m) => {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (NOT_AGE_SUBJECT.test(before)) return;
    // "is/was/at/now 95" says an age only about a person ("she is 95", "Grandpa was 93 when…");
    // "sugar was 95", "paced at 90" and "sats at 94" are readings.
    if (/^(?:is|was|at|be|being|now)\b/i.test(m[0]) && !PERSON_BEFORE_RE.test(before) && !PERSON_CAPS_BEFORE_RE.test(before)) return;
    // "at 95" needs a person: "at 95 she still…", "died at 96" are ages; "the MAP was at 92 for a while"
    // and "paced at 90" are readings, which is what "at" mostly introduces in a note.
    if (/^at\b/i.test(m[0])) {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      if (!/\b(?:died|passed(?:\s+away)?|retired|remarried|married|still|even|only|driving|living|lived|working|worked)\s*$/i.test(before) && !/^\s*,?\s*(?:she|he|they|i|we|my|her|his|you)\b/i.test(after)) return;
    }
    const s = m.index + m[0].lastIndexOf(m[1]!);
    push(s, s + m[1]!.length, 'AGE', 7);
  });
}
