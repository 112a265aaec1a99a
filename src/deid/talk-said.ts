// The five identifier types that talk hides best (R35/R36, issue 14, talka round): ages, dates,
// e-mails, health-plan numbers and licence numbers as people say them rather than write them.
//   - an age over 89 after a person and a verb of being with hedges between ("she's like ninety
//     seven", "he must be a hundred and two"), corrected in mid-sentence ("he's 98, no wait, 96"),
//     after an event and "at" ("passed last winter at 91"), as an ordinal birthday in words ("her
//     ninety-seventh birthday"), and before "-year-old" and a person;
//   - a season with a year ("the summer of '22", "fall 2006");
//   - an e-mail whose local part is spelled letter by letter or ends in digits said aloud
//     ("b a r n a at proton dot com", "cosmo three oh six at live dot com"), or is typed with spaces
//     around the "@" and the dot;
//   - a member, policy or licence number read out as letters and number words after its label
//     ("member s z t eight four one …", "my CDL number is U twenty-three thirty two fifty eight");
//   - a plan named by its brand and kind ("the Meadowgate Silver HMO");
//   - a licence number in a state's letter-led hyphenated format, or written with its credential.
// Every rule is behind a cheap substring test on the whole text.
import { scan, scanIfGate, type Push } from './scan.ts';
import { NOT_AGE_SUBJECT, PERSON_BEFORE_RE } from './dates.ts';
import { AGE_WORD, DIGIT_W, lowerCaseLineAt, MAIL_HOSTS, NUM_W, readRun, YEAR_W } from './talk-spoken.ts';
import { FUNCTION_WORDS } from './lexicon.ts';
import { resources } from './resources.ts';

// ---- ages ------------------------------------------------------------------------------------------

const AGE_ANY = String.raw`(?:${AGE_WORD}|9\d|1[01]\d)`;
// Not a quantity of something: "like ninety percent", "is about 96 degrees", "at 92 mph".
const NOT_QUANTITY = String.raw`(?![.,]\d|\d|[ \t]*[-/][ \t]*\d|[- \t]*(?:%|percent|per\b|mph|miles|dollars|bucks|pounds|lbs|kilos|kg|degrees|°|times|days|weeks|months|minutes|mins|hours|hrs|seconds|secs|mg|mcg|ml|points|pts|feet|foot|ft|people|of\b|grand|k\b|calls|texts|messages|things|bpm|mmhg|percentile|years?[ \t]+(?:ago|sober|clean|in)))`;
// Hedges and fillers people put between "is" and a number ("is like", "was literally", "'s pushing").
const HEDGE = String.raw`(?:like|literally|about|around|almost|nearly|roughly|probably|maybe|easily|only|just|already|now|well over|over|pushing|going on|at least|um|uh|er|erm)`;
// (Each age rule is read around an age value found first, backwards and forwards on short slices:
// the verbs and hedges are among the commonest words of talk, the values among the rarest.)
const AGE_VALUE_RE = new RegExp(String.raw`\b(?:ninety|(?:a|one)\s+hundred|9\d|1[01]\d)\b`, 'gi');
const AGE_VALUE_Y = new RegExp(String.raw`${AGE_ANY}\b${NOT_QUANTITY}`, 'iy');
// (In chat the apostrophe goes: "shes ninety-two", "hes like 95".)
const HEDGED_BEHIND_RE = new RegExp(String.raw`\b(?:is|was|['’]s|shes|hes|be|being|turned|turns|turning|hits|hit|reached)[ \t]+(?:${HEDGE},?[ \t]+){0,3}$`, 'i');
// A correction right after an age: "98, no wait, 96", "ninety-one, sorry, ninety-two".
const CORRECTION_Y = new RegExp(String.raw`[ \t]*,?[ \t]*(?:no[ \t]+wait|no,?[ \t]+sorry|no|sorry|wait|i mean|actually|make that|or)[ \t]*,?[ \t]+(?:(?:he['’]s|she['’]s|it['’]s|more like|maybe|nearly|almost)[ \t]+)?(${AGE_ANY})\b(?!-\w)${NOT_QUANTITY}`, 'iy');
// "died at 96", "passed last winter at ninety two", "got remarried at ninety-seven": in the same
// clause as the event ("her pressure stopped dropping, she was at 90" is a reading).
const EVENT_AT_BEHIND_RE = /\b(?:died|passed(?:[ \t]+away)?|remarried|married|retired|divorced|widowed|stopped|quit|gave up|moved)\b[^.,;!?\n]{0,24}?\bat[ \t]+$/i;
// "At ninety four he still …": a clause that opens with the age and goes on about a person.
const OPENING_AT_BEHIND_RE = /(?:^|[.!?:][ \t]+|\n|^[A-Z][a-z]+:[ \t]+)at[ \t]+$/i;
const PERSON_AFTER_RE = /^,?[ \t]+(?:he|she|they|i|we|my|her|his)\b/i;
// "a one hundred-year-old woman", "a ninety seven year old man": the age of a person.
const YEAR_OLD_PERSON_AFTER_RE =
  /^[- \t]years?[- \t]old[ \t]+(?:woman|man|lady|gentleman|guy|person|patient|client|resident|neighbou?r|widow(?:er)?|veteran|grand\w*|mother|father|mum|mom|dad|aunt|uncle|friend)\b/i;
// "her ninety-seventh birthday", "his hundredth birthday".
const ORD_AGE_RE = /\b(ninetieth|ninety[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|(?:one[ \t]+)?hundredth|(?:a|one)[ \t]+hundred[ \t]+and[ \t]+(?:first|second|third|fourth|fifth))[ \t]+birthday\b/gi;
// R35 talk8: the ordinal without "birthday" after whose it is ("her ninety-third is on Sunday",
// "for his 96th, the whole ward sang"): an ordinal age over 89 owned by a person, then no noun.
const OWNED_ORD_AGE_RE =
  /\b(?:her|his|my|your|their|(?:mum|mom|mam|dad|nan|nana|gran|granny|grandma|grandpa|grandad|granddad)['’]s)[ \t]+(ninetieth|ninety[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|(?:one[ \t]+)?hundredth|(?:a[ \t]+)?hundred[ \t]+and[ \t]+(?:first|second|third|fourth|fifth)|(?:9\d|1[01]\d)(?:st|nd|rd|th))(?=[ \t]*(?:[.,;!?]|$)|[ \t]+(?:is|was|will|would|on|this|next|last|in|and|party|bash|celebration|do|cake|coming|came|went|today|tomorrow|yesterday)\b)/gim;
// R35 talk8: "at the age of a hundred and one", "aged ninety-two": the age words after "age of".
const AGE_OF_BEHIND_RE = /\b(?:age[ \t]+of|aged)[ \t]+$/i;
// R35 talk8: "got his first phone at ninety eight", "she learned to swim at ninety-one": an age in
// words after "at" in a clause about a person (digits after "at" are readings as often: dates.ts).
const PERSON_CLAUSE_AT_BEHIND_RE = /\b(?:he|she|they|i|we|his|her|their|my|grand\w*|gran|nan|nana|mum|mom|dad|father|mother|aunt|uncle)\b[^.,;!?\n]{0,40}?\bat[ \t]+$/i;
// "ninety-three years young", "a hundred-year-old should not live alone": years old or young,
// about no building or thing ("a ninety-year-old house").
const YEARS_OLD_AFTER_RE = /^[- \t]years?[- \t](?:young|old)(?=[ \t]*(?:[.,;!?)]|$)|[ \t]+([a-z]+))/i;

/**
 * R35 talk8: the same age said again later in its line ("he quit at ninety one, can you believe it, at
 * ninety one") is the same age, whatever words come before the repeat.
 */
function repeatInLine(text: string, from: number, value: string, push: Push): void {
  const eol = text.indexOf('\n', from);
  const line = text.slice(from, eol < 0 ? text.length : eol);
  const k = line.toLowerCase().indexOf(value.toLowerCase());
  if (k < 0) return;
  const s = from + k;
  const e = s + value.length;
  if (/[\p{L}\p{N}]/u.test(text[s - 1] ?? ' ') || /[\p{L}\p{N}-]/u.test(text[e] ?? ' ')) return;
  push(s, e, 'AGE', 7);
}

/** "years young", or "years old" with no noun after it ("a hundred-year-old farmhouse" is a thing's age). */
function yearsOldNoThing(after: string): boolean {
  const m = YEARS_OLD_AFTER_RE.exec(after);
  if (!m) return false;
  const next = m[1]?.toLowerCase();
  // (A word no vocabulary knows after it is a person misspelt as often, "a ninety-year-old wmoan".)
  return /young$/i.test(m[0]) || next === undefined || FUNCTION_WORDS.has(next) || /^(?:should|lives?|living|walks?|drives?|still|now|who|and|but|yet|already)$/.test(next) || !resources().commonWords.has(next);
}

function aboutPerson(before: string): boolean {
  return PERSON_BEFORE_RE.test(before) && !NOT_AGE_SUBJECT.test(before);
}

function detectSaidAges(text: string, push: Push): void {
  scan(AGE_VALUE_RE, text, (m) => {
    AGE_VALUE_Y.lastIndex = m.index;
    // (The whole age or nothing: "ninety" is not read out of "ninety-three percent".)
    const word = AGE_VALUE_Y.exec(text);
    if (!word) return;
    const at = m.index;
    const end = at + word[0].length;
    const before = text.slice(Math.max(0, at - 60), at);
    const hedged = HEDGED_BEHIND_RE.exec(before);
    let age = false;
    if (hedged) age = aboutPerson(text.slice(Math.max(0, at - hedged[0].length - 40), at - hedged[0].length));
    if (!age && EVENT_AT_BEHIND_RE.test(before)) age = !NOT_AGE_SUBJECT.test(before.slice(-40));
    if (!age && OPENING_AT_BEHIND_RE.test(before)) age = PERSON_AFTER_RE.test(text.slice(end, end + 8));
    if (!/^\d/.test(word[0]) && (YEAR_OLD_PERSON_AFTER_RE.test(text.slice(end, end + 40)) || yearsOldNoThing(text.slice(end, end + 40)))) age = true;
    else if (!age && !/^\d/.test(word[0]) && (AGE_OF_BEHIND_RE.test(before) || PERSON_CLAUSE_AT_BEHIND_RE.test(before)) && !NOT_AGE_SUBJECT.test(before.slice(-40))) age = !/^-\w/.test(text.slice(end, end + 2));
    // Otherwise never half a compound ("ninety-odd").
    else if (age && /^-\w/.test(text.slice(end, end + 2))) age = false;
    if (!age) return;
    push(at, end, 'AGE', 7);
    repeatInLine(text, end, word[0], push);
    if (!hedged) return;
    CORRECTION_Y.lastIndex = end;
    const c = CORRECTION_Y.exec(text);
    if (c) push(CORRECTION_Y.lastIndex - c[1]!.length, CORRECTION_Y.lastIndex, 'AGE', 7);
  });
  if (/birthday/i.test(text)) scan(ORD_AGE_RE, text, (m) => push(m.index, m.index + m[1]!.length, 'AGE', 7));
  // (The gate is read only when the scan, tried at word starts, found something: see scanIfGate.)
  scanIfGate(ORDINAL_GATE_RE, OWNED_ORD_AGE_RE, text, (m) => {
    const s = m.index + m[0].length - m[1]!.length;
    push(s, m.index + m[0].length, 'AGE', 7);
  });
}

// ---- seasons with a year ------------------------------------------------------------------------------

// (R35 talk8: a school term or semester of a season as well, "the fall semester of 2013", "spring
// term '19", with its article.)
const ORDINAL_GATE_RE = /ieth|undredth|ninety[- ]\w+(?:st|nd|rd|th)\b|\b(?:9\d|1[01]\d)(?:st|nd|rd|th)\b/i;
const SEASON_GATE_RE = /summer|winter|spring|fall|autumn/i;
const HOLIDAY_GATE_RE =
  /christmas|x-?mas\b|new year|thanksgiving|easter|halloween|valentine|(?:memorial|labou?r|independence|mother['’]?s|father['’]?s) day|of july|hanukkah|passover|ramadan|diwali|juneteenth/i;
const SEASON_YEAR_RE = new RegExp(String.raw`\b(?:summer|winter|spring|fall|autumn)[ \t]+(?:(?:semester|term|session|quarter)[ \t]+)?(?:of[ \t]+)?(?:(?:19|20)\d\d\b|'\d\d(?!\d)|${YEAR_W}\b)`, 'gi');
// R35 talk8: a holiday with its year said aloud or cut short ("New Year's Eve two thousand and nine",
// "easter twenty fourteen", "Thanksgiving of '18"); dates.ts reads the year in digits.
const HOLIDAY_SAID_YEAR_RE = new RegExp(
  String.raw`\b(?:new[ \t]+year['’]?s(?:[ \t]+(?:eve|day))?|christmas(?:[ \t]+(?:eve|day))?|x-?mas|thanksgiving|easter|halloween|valentine['’]?s(?:[ \t]+day)?|independence[ \t]+day|(?:the[ \t]+)?fourth[ \t]+of[ \t]+july|memorial[ \t]+day|labou?r[ \t]+day|mother['’]?s[ \t]+day|father['’]?s[ \t]+day|hanukkah|passover|ramadan|diwali|juneteenth)(?:[ \t]+(?:long[ \t]+)?weekend)?[ \t]*,?[ \t]+(?:of[ \t]+)?(?:'\d\d(?!\d)|${YEAR_W}\b)`,
  'gi',
);

// ---- e-mails -------------------------------------------------------------------------------------------

// The end of an address said aloud or spaced: " at host dot com", " @ host . com".
const SAID_HOST = String.raw`[a-z0-9-]{2,30}(?:(?:[ \t]+(?:dot|period|point)[ \t]+|[ \t]*\.[ \t]*)[a-z0-9-]{2,20})*?(?:[ \t]+(?:dot|period|point)[ \t]+|[ \t]*\.[ \t]*)(?:com|net|org|edu|gov|io|co|us|uk|ca|me|info|biz)\b`;
const SAID_AT_RE = new RegExp(String.raw`(?:[ \t]+(?:at|at sign)[ \t]+|[ \t]*@[ \t]*)(?:${SAID_HOST}|(?:${MAIL_HOSTS})\b(?![.@]\w))`, 'gi');
// Before the "at": letters spelled one by one, digits said one by one, maybe after the name they
// follow ("cosmo three oh six"). Read backwards as a run of short pieces.
const PIECE_BEHIND_RE = new RegExp(String.raw`(?:^|[ \t-])([a-z]|${DIGIT_W}|\d)$`, 'i');
const WORD_BEHIND_RE = /(?:^|[ \t])([a-z][a-z'’]{1,30})$/i;
const NOT_LOCAL_WORDS = new Set(['is', 'was', 'its', "it's", 'it’s', 'email', 'e-mail', 'mail', 'address', 'me', 'to', 'at', 'from', 'like', 'um', 'uh', 'the', 'my', 'his', 'her', 'and', 'or', 'on', 'be', 'one']);

function detectSaidEmails(text: string, push: Push): void {
  scan(SAID_AT_RE, text, (m) => {
    const spacedAt = m[0].includes('@');
    // A spaced "@" needs its local part right before; the rules of talk-shapes.ts read the unspaced.
    if (spacedAt) {
      const w = /(?:^|[\s(:,])([\p{L}\p{N}][\p{L}\p{N}._%+-]{0,40})$/u.exec(text.slice(Math.max(0, m.index - 42), m.index));
      if (w && !/[._-]$/.test(w[1]!)) push(m.index - w[1]!.length, m.index + m[0].length, 'EMAIL', 8);
      return;
    }
    let start = m.index;
    let pieces = 0;
    let digitWords = 0;
    for (;;) {
      const p = PIECE_BEHIND_RE.exec(text.slice(Math.max(0, start - 8), start));
      if (!p) break;
      start -= p[1]!.length;
      pieces++;
      if (p[1]!.length > 1) digitWords++;
      // (The separator before the piece: one space or hyphen.)
      if (start > 0 && /[ \t-]/.test(text[start - 1]!)) start--;
      else break;
    }
    if (/[ \t-]/.test(text[start] ?? '')) start++;
    if (pieces === 0) {
      // R35 talk8: a name as the local part, with its initial or joined by a word said for a
      // character ("b loveridge at aol dot com", "rosalind underscore ashcombe at …"). A bare word
      // before " at " is left to the other rules, which weigh it.
      const w = WORD_BEHIND_RE.exec(text.slice(Math.max(0, m.index - 32), m.index));
      if (!w || !localWord(w[1]!)) return;
      const from = extendLocal(text, m.index - w[1]!.length);
      if (from < m.index - w[1]!.length) push(from, m.index + m[0].length, 'EMAIL', 8);
      return;
    }
    // Two pieces at least: one letter before " at " is an article or a pronoun as often ("a at").
    if (pieces < 2) return;
    // Digits said after a name: the name is the local part's start.
    if (digitWords === pieces) {
      const w = WORD_BEHIND_RE.exec(text.slice(Math.max(0, start - 32), start).replace(/[ \t]$/, ''));
      if (!w || !localWord(w[1]!)) return;
      start = extendLocal(text, text.lastIndexOf(w[1]!, start));
    } else if (digitWords > 0) {
      // R35 talk9: a surname, then an initial and digits ("okonkwo r nine two at mac dot com"): the
      // word no vocabulary knows before the spelled run starts the local part.
      const w = WORD_BEHIND_RE.exec(text.slice(Math.max(0, start - 32), start).replace(/[ \t]$/, ''));
      if (w && localWord(w[1]!) && !resources().commonWords.has(w[1]!.toLowerCase())) start = text.lastIndexOf(w[1]!, start);
    }
    push(start, m.index + m[0].length, 'EMAIL', 8);
  });
}

const localWord = (w: string): boolean => !NOT_LOCAL_WORDS.has(w.toLowerCase()) && !FUNCTION_WORDS.has(w.toLowerCase());
const JOINED_WORD_BEHIND_RE = /(?:^|[ \t])([a-z][a-z'’]{1,30})[ \t]+(?:underscore|dot|period|dash|hyphen)[ \t]+$/i;
const INITIAL_BEHIND_RE = /(?:^|[ \t(,:])([b-hj-z])[ \t]+$/i;
/** The start of a said local part read backwards from its last word: joined words, then an initial. */
function extendLocal(text: string, start: number): number {
  for (let k = 0; k < 3; k++) {
    const j = JOINED_WORD_BEHIND_RE.exec(text.slice(Math.max(0, start - 48), start));
    if (!j || !localWord(j[1]!)) break;
    start = start - j[0].length + j[0].indexOf(j[1]!);
  }
  const i = INITIAL_BEHIND_RE.exec(text.slice(Math.max(0, start - 4), start));
  return i ? start - i[0].length + i[0].indexOf(i[1]!) : start;
}

// ---- member, policy and licence numbers read out --------------------------------------------------------

const PLAN_LABEL = String.raw`member(?:ship)?|subscriber|policy|group|medicare|medicaid|insurance|plan[ \t]+(?:id|number|no)|beneficiary`;
const LICENCE_LABEL = String.raw`licen[cs]e|lic|c?dl|permit|driving[ \t]+licen[cs]e`;
// After the label and its own words ("member ID", "licence number is", "card says", "is, um,"): up
// to four letters said one by one, then number words or short digit groups.
// (R35 talk8: "ID" in capitals, a card's number of any kind, "I have your ID as T C P five six …";
// case-blind it would be "I'd" in chat.)
const LABEL_RE = new RegExp(String.raw`\b(?:(${PLAN_LABEL})|(${LICENCE_LABEL})|(id|i\.d\.))\b`, 'gi');
const GAP_Y = /(?:[\s,:#!]*(?:(?:number|no|num|id|is|was|as|says|reads|card|on|the|my|in|it|it's|like|um|uh|er|of|that|this|then|typed|read|out|listed|lists|(?:hang|hold)[ \t]+on|let[ \t]+me[ \t]+(?:see|check|look)|wait|sorry|okay|ok|so|erm)\b\.?))*[\s,:#!]*/iy;
const SAID_CODE_Y = new RegExp(String.raw`(?:[A-Za-z](?:[ \t]*[-,]?[ \t]+|-)){0,4}(${NUM_W}(?:(?:[ \t]*[,-]?[ \t]+|-)${NUM_W}){1,14})(?![\p{L}\p{N}])`, 'iuy');

function detectSaidCodes(text: string, push: Push): void {
  // (The label first: labels are rarer than number words. The number follows it or the next label.)
  scan(LABEL_RE, text, (l) => {
    if (l[3] !== undefined && l[3] !== l[3].toUpperCase()) return;
    GAP_Y.lastIndex = l.index + l[0].length;
    GAP_Y.exec(text);
    const at = GAP_Y.lastIndex;
    SAID_CODE_Y.lastIndex = at;
    const m = SAID_CODE_Y.exec(text);
    if (!m || (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]!))) return;
    const digits = readRun(m[1]!).digits;
    if (digits < 5 || digits > 14) return;
    push(at, at + m[0].length, l[1] !== undefined ? 'HEALTH_PLAN' : l[2] !== undefined ? 'LICENSE' : 'OTHER_ID', 9);
  });
}

// ---- plans by name -----------------------------------------------------------------------------------------

// A plan is named by its brand, maybe a tier, and its kind: "Northwind Assurance Essential PPO".
// ("Advantage" and "Select" are kinds only before "plan": "the Meadowgate Gold Select plan".) The
// kind is found first, then the words before it are read backwards.
const PLAN_KIND_RE = /\b(?:(?:PPO|HMO|EPO|POS|HDHP)|(ppo|hmo|epo))\b|\b(?:(?:Advantage|Select)|(advantage|select))(?=[ \t]+plan\b)/g;
const CAPS_WORDS_BEHIND_RE = /(?:\b[A-Z][a-z]+[ \t]+){1,4}$/;
const LOWER_WORDS_BEHIND_RE = /(?:\b[a-z]+[ \t]+){1,4}$/;
// Programmes, not a plan of one insurer: "Medicare Advantage".
const PROGRAMME_RE = /^(?:medicare|medicaid|medi-cal|tricare|chip|aca|obamacare|marketplace|state|federal|employer|company|work)$/i;

function detectPlanNames(text: string, push: Push): void {
  const { commonWords } = resources();
  scan(PLAN_KIND_RE, text, (m) => {
    const lower = m[1] !== undefined || m[2] !== undefined;
    if (lower && !lowerCaseLineAt(text, m.index)) return;
    const before = text.slice(Math.max(0, m.index - 64), m.index);
    const w = (lower ? LOWER_WORDS_BEHIND_RE : CAPS_WORDS_BEHIND_RE).exec(before);
    if (!w) return;
    const words = w[0].trim().split(/[ \t]+/);
    // The name starts after the last function word ("switched to the Meadowgate Silver HMO").
    let k = words.length;
    while (k > 0 && !FUNCTION_WORDS.has(words[k - 1]!.toLowerCase())) k--;
    const name = words.slice(k);
    if (name.length === 0 || name.every((x) => PROGRAMME_RE.test(x))) return;
    // In lower case a brand is a word no vocabulary knows; "my old hmo" names none.
    if (lower && !name.some((x) => !commonWords.has(x))) return;
    const start = m.index - before.length + w.index + w[0].indexOf(name[0]!);
    push(start, m.index + m[0].length, 'HEALTH_PLAN', 7);
  });
}

// ---- professional licences ---------------------------------------------------------------------------------

// A licence number written with the credential it licenses: "LCSW 74658", "RN105595", "emt-78571".
// Two-letter credentials only glued or hyphenated ("PA 15213" and "MD 21201" are ZIP codes, and
// those two are not read at all).
const CREDENTIAL_DIGITS_RE = /(?<!\d)\d{5,8}(?![\p{L}\p{N}]|-\d)/gu;
// The credential read backwards from the digits.
const CREDENTIAL_BEHIND_RE = /(?<![\p{L}\p{N}-])(?:(?:RN|LPN|LVN|NP|PE)-?|(?:LCSW|LICSW|LMSW|LPC|LPCC|LMFT|LMHC|LADC|CADC|EMT|CNA|APRN|CPA)[ \t]?[-#]?[ \t]?)$/iu;

// The states' letter-led driver's licence formats, hyphenated, which no other identifier shares: a
// letter, three digits, then two to four groups to 11-13 digits in all ("Q451-220-71-903-4",
// "Q451-2207-1903-44", "Q-451-220-719-034").
const STATE_LICENCE_RE = /(?<![\p{L}\p{N}-])[A-Z]-?\d{3}(?:-\d{1,4}){2,4}(?![\p{L}\p{N}]|-\d)/gu;

function detectStateLicences(text: string, push: Push): void {
  scan(STATE_LICENCE_RE, text, (m) => {
    const n = m[0].replace(/\D/g, '').length;
    // (Above the phone rule, which reads the digits after the letter as a number with its groups.)
    if (n >= 11 && n <= 13) push(m.index, m.index + m[0].length, 'LICENSE', 9);
  });
}

function detectCredentialNumbers(text: string, push: Push): void {
  scan(CREDENTIAL_DIGITS_RE, text, (m) => {
    const c = CREDENTIAL_BEHIND_RE.exec(text.slice(Math.max(0, m.index - 9), m.index));
    // In a line with capitals the credential is written in capitals.
    if (!c || (/^[a-z]/.test(c[0]) && !lowerCaseLineAt(text, m.index))) return;
    push(m.index - c[0].length, m.index + m[0].length, 'LICENSE', 8);
  });
}

/** Every rule of this module. */
export function detectSaid(text: string, push: Push): void {
  if (/inety|undred|\b(?:9\d|1[01]\d)(?:st|nd|rd|th)?\b/.test(text)) detectSaidAges(text, push);
  // (Each gate is read only when its scan, tried at word starts, found something: see scanIfGate.)
  scanIfGate(SEASON_GATE_RE, SEASON_YEAR_RE, text, (m) => {
    // (A term keeps its article: "the fall semester of 2013".)
    const the = /(?:semester|term|session|quarter)\b/i.test(m[0]) ? /\bthe[ \t]+$/i.exec(text.slice(Math.max(0, m.index - 4), m.index)) : null;
    push(the ? m.index - the[0].length : m.index, m.index + m[0].length, 'DATE', 6);
  });
  scanIfGate(HOLIDAY_GATE_RE, HOLIDAY_SAID_YEAR_RE, text, (m) => push(m.index, m.index + m[0].length, 'DATE', 7));
  if (/ at |@/.test(text)) detectSaidEmails(text, push);
  detectSaidCodes(text, push);
  if (/[A-Z]-?\d{3}-\d/.test(text)) detectStateLicences(text, push);
  detectPlanNames(text, push);
  detectCredentialNumbers(text, push);
}
