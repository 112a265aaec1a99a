// R35 talk9: identifiers that counselling talk says in PIECES or in texting style, which the
// label-and-value rules of talk-said.ts and talk-shapes.ts read only when the value comes whole:
//   1. a member, policy or subscriber number read out in groups with words between them ("419,
//      then 567, then 389", "nine eighty two dash nine seventy-five dash …", "X E P, and then six
//      five nine …", "GJ9158, um, 26789", "72969460 slash 71");
//   2. a plate told in pieces around what the speaker missed ("plate starts with 4 N and ends in
//      seven seven seven", "the plate was XS something something 977", "tags 8 E W U six nine four");
//      each piece is the identifier, the words between them are not;
//   3. a named region of a state said with its article ("out in the panhandle", "up in the iron
//      range"), from a short list of regions that are no ordinary phrase;
//   4. a lower-case town after a verb of going or living, when its words have a town's shape ("went
//      to west fenwick", "grew up outside pell city", "a job in millbrook falls");
//   5. two lower-case letters used as a person's initials in chat ("me and kp broke up", "my friend
//      dk", "jt said …"), never a chat abbreviation ("bf", "tv", "er") or a state;
//   8. a month typed in lower case with a year said in words or, cut short with its full stop, a day
//      ("april twenty nineteen", "jan. 14"); the capitalised ones are dates.ts's and talk-spoken.ts's;
//   6. an age over 89 after the Spanish "tiene"/"cumple" of an ESL speaker ("mi abuela tiene 92").
import { FUNCTION_WORDS } from './lexicon.ts';
import { resources } from './resources.ts';
import type { Push } from './scan.ts';
import type { Token } from './tokens.ts';
import { AGE_WORD, DIGIT_W, lowerCaseLineAt, NUM_W, readRun, YEAR_W } from './talk-spoken.ts';

/** A word and every slip of two neighbouring letters in it ("plate", "palte", "pltae"): chat types labels fast. */
function withSwaps(...words: string[]): string {
  const out = new Set<string>();
  for (const w of words) {
    out.add(w);
    for (let i = 1; i + 1 < w.length; i++) out.add(w.slice(0, i) + w[i + 1]! + w[i]! + w.slice(i + 2));
  }
  return [...out].join('|');
}

// ---- 1. plan numbers in pieces -------------------------------------------------------------------------

const NUMBER_W = withSwaps('number');
const PLAN_LABEL_RE = new RegExp(String.raw`\b(?:${withSwaps('member', 'subscriber', 'policy', 'medicare', 'medicaid', 'insurance', 'beneficiary')}|membership|plan|(ID)|(?:${NUMBER_W})[ \t]+on[ \t]+the[ \t]+(?:back|front|card))\b`, 'gi');
// The label's own words up to the value ("number is", "ID as", "hold on,").
const PLAN_GAP_Y = new RegExp(String.raw`(?:[\s,:#]*(?:${NUMBER_W}|no|num|id|is|was|as|says|reads|on|the|card|it|it's|like|um|uh|er|hold|hang|on|wait|sorry|okay|ok|so|read)\b)*[\s,:#]*`, 'iy');
const GROUP = String.raw`(?:[A-Za-z]{1,3}\d{2,}|\d{2,}|${NUM_W}(?:(?:[ \t]+|-)${NUM_W}){0,8})`;
const LETTERS = String.raw`(?:[A-Za-z](?:[ \t]*,?[ \t]+[A-Za-z]){0,3})`;
// Between groups: a comma and a word of going on ("then", "and then", "dash", "slash", "um").
const LINK = String.raw`(?:[ \t]*,?[ \t]+(?:(?:and[ \t]+)?then|dash|hyphen|slash|space|um|uh|er|erm)[ \t]*,?[ \t]+|[ \t]*,[ \t]+)`;
const PLAN_PIECES_Y = new RegExp(String.raw`(?:${LETTERS}${LINK}${GROUP}(?:${LINK}${GROUP}){0,6}|${GROUP}(?:${LINK}${GROUP}){1,6})(?![\p{L}\p{N}])`, 'iuy');

const PLAN_LABEL_Y = new RegExp(PLAN_LABEL_RE.source, 'iy');
const PLAN_LABEL_FIRST = new Set([...withSwaps('member', 'subscriber', 'policy', 'medicare', 'medicaid', 'insurance', 'beneficiary').split('|'), 'membership', 'plan', ...NUMBER_W.split('|')]);

function planAt(text: string, from: number, push: Push): void {
  PLAN_LABEL_Y.lastIndex = from;
  const l = PLAN_LABEL_Y.exec(text);
  if (l !== null) {
    PLAN_GAP_Y.lastIndex = l.index + l[0].length;
    PLAN_GAP_Y.exec(text);
    const at = PLAN_GAP_Y.lastIndex;
    PLAN_PIECES_Y.lastIndex = at;
    const m = PLAN_PIECES_Y.exec(text);
    if (m === null) return;
    let v = m[0];
    // The pieces are joined by words of going on: a value in one breath is talk-said.ts's.
    if (!new RegExp(LINK, 'i').test(v)) return;
    // Letters said one by one only in capitals, or in a chat line written all in lower case.
    if (/^[a-z](?:[ \t,]|$)/.test(v) && !lowerCaseLineAt(text, at)) return;
    // A number word after the last group that starts the next clause ("…, then 389 one more time") is no piece.
    const digits = readRun(v.replace(/[A-Za-z]{1,3}(?=\d)/g, '').replace(new RegExp(String.raw`\b(?:and|then|dash|hyphen|slash|space|um|uh|er|erm)\b`, 'gi'), ' ')).digits;
    if (digits < 6 || digits > 18) return;
    v = v.replace(/[ \t,]+$/, '');
    push(at, at + v.length, l[1] !== undefined || /^number/i.test(l[0]) ? 'OTHER_ID' : 'HEALTH_PLAN', 9);
  }
}

// ---- 2. plates in pieces -------------------------------------------------------------------------------

const PLATE_LABEL_RE = new RegExp(String.raw`\b(?:${withSwaps('plate', 'plates')}|tags|registration)\b`, 'gi');
const PLATE_GAP_Y = /(?:[\s,:#]*(?:number|nubmer|numebr|no|was|were|is|are|read|reads|said|says|like|um|uh|it|started|starts|starting|begins|began|beginning|with|had|something|maybe)\b)*[\s,:#]*/iy;
// One piece: letters and digits said one by one or in short runs, spaced or hyphenated.
const ATOM = String.raw`(?:[A-Z]{1,3}|[a-z]|\d{1,4}|${DIGIT_W})`;
const PIECE = String.raw`${ATOM}(?:(?:[ \t]+|-)${ATOM}){0,7}`;
const PLATE_LINK = String.raw`(?:[ \t]*,?[ \t]+(?:(?:and[ \t]+)?(?:then|ends?[ \t]+(?:in|with)|ending[ \t]+(?:in|with)|the[ \t]+rest[ \t]+(?:was|is))|(?:some[a-z]{4,6}[ \t]*){1,3}|(?:and[ \t]+)?(?:then[ \t]+)?(?:ends?|ending)[ \t]+(?:in|with))[ \t]+)`;
const PLATE_PIECES_Y = new RegExp(String.raw`(${PIECE})(?:${PLATE_LINK}(${PIECE}))?(?![\p{L}\p{N}])`, 'uy');

function pieceOk(p: string, lower: boolean): boolean {
  const atoms = p.split(/[ \t-]+/);
  // A lower-case letter only in a lower-case line or in a long run of characters said one by one
  // with a digit ("5 b r d seven six oh"), never "a" or "i" alone.
  const run = atoms.length >= 4 && atoms.some((a) => /^\d$|^(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)$/i.test(a));
  if (atoms.some((a) => /^[a-z]$/.test(a) && ((!lower && !run) || a === 'a' || a === 'i'))) return false;
  return atoms.length >= 2 || /\d/.test(p) || /^[A-Z]{2,3}$/.test(p);
}

const PLATE_LABEL_Y = new RegExp(PLATE_LABEL_RE.source, 'iy');
const PLATE_LABEL_FIRST = new Set([...withSwaps('plate', 'plates').split('|'), 'tags', 'registration']);

function plateAt(text: string, from: number, push: Push): void {
  PLATE_LABEL_Y.lastIndex = from;
  const l = PLATE_LABEL_Y.exec(text);
  if (l !== null) {
    PLATE_GAP_Y.lastIndex = l.index + l[0].length;
    PLATE_GAP_Y.exec(text);
    const at = PLATE_GAP_Y.lastIndex;
    PLATE_PIECES_Y.lastIndex = at;
    const m = PLATE_PIECES_Y.exec(text);
    if (m === null) return;
    const lower = lowerCaseLineAt(text, at);
    const pieces: Array<[number, string]> = [[at, m[1]!]];
    if (m[2] !== undefined) pieces.push([at + m[0].length - m[2].length, m[2]]);
    if (!pieces.every(([, p]) => pieceOk(p, lower))) return;
    const all = pieces.map(([, p]) => p).join(' ');
    // A digit somewhere, three characters at least, and more than one said atom or a run with letters.
    const chars = all.split(/[ \t-]+/).reduce((n, a) => n + (/^\d+$|^[A-Za-z]+$/.test(a) ? a.length : 1), 0);
    if (!/\d|\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b/i.test(all) || chars < 3) return;
    // Whole runs of digits or letters alone are other rules' (a plate in one piece, "tags 2019").
    if (pieces.length === 1 && !/[ \t-]/.test(m[1]!)) return;
    for (const [s, p] of pieces) push(s, s + p.length, 'VEHICLE', 9);
  }
}

// ---- 3. named regions ---------------------------------------------------------------------------------

const REGIONS = [
  'panhandle', 'upper peninsula', 'iron range', 'inland empire', 'outer banks', 'hill country', 'north country', 'lowcountry', 'low country', 'high desert',
  'central valley', 'finger lakes', 'eastern shore', 'big bend', 'ozarks', 'poconos', 'catskills', 'adirondacks', 'berkshires', 'front range', 'western slope',
  'southern tier', 'north woods', 'northwoods', 'gulf coast', 'space coast', 'treasure coast', 'emerald coast', 'hudson valley', 'rio grande valley',
  'shenandoah valley', 'napa valley', 'san fernando valley', 'coachella valley', 'permian basin', 'mississippi delta', 'black hills', 'white mountains',
  'blue ridge', 'smokies', 'driftless', 'bootheel', 'mojave', 'everglades', 'badlands', 'high plains', 'palouse', 'mesabi range', 'thumb area',
];
const REGION_Y = new RegExp(String.raw`(?:${REGIONS.map((r) => r.replace(/ /g, '[ \\t]+')).join('|')})\b`, 'iy');
const REGION_FIRST = new Set(REGIONS.map((r) => r.split(' ')[0]!));

// ---- 4. lower-case towns ------------------------------------------------------------------------------

const TOWN_CUE_Y =
  /(?:(?:moved|move|moving|went|go|going|drove|drive|driving|headed|ran|run|relocated)[ \t]+(?:back[ \t]+)?(?:out[ \t]+)?to|(?:live|lives|lived|living|raised|born|stay|stays|stayed|staying|job|work|works|worked|working|settled)[ \t]+(?:out[ \t]+|up[ \t]+|down[ \t]+)?in|grew[ \t]+up[ \t]+(?:in|outside(?:[ \t]+of)?|near|around)|(?:rehab|program|place|house|farm|trailer)[ \t]+(?:near|outside(?:[ \t]+of)?)|from[ \t]+(?:outside|near)|back[ \t]+home[ \t]+in)[ \t]+/iy;
const TOWN_PREFIX = 'new|west|east|north|south|fort|port|mount|lake|saint|st|glen|san|santa|el|los|las';
const TOWN_SUFFIX = 'city|falls|springs|junction|ridge|creek|heights|harbor|harbour|landing|crossing|hollow|grove|ferry|bluff|beach|hills|mills|station|township';
const TOWN_Y = new RegExp(String.raw`(?:(${TOWN_PREFIX})[ \t]+([a-z]{3,})|([a-z]{3,})[ \t]+(${TOWN_SUFFIX})|([a-z]{4,}(?:ville|ton|town|burg|boro|borough|ford|field|wood|grove|dale|port|mouth|chester|ham|ridge|brook|haven|worth)))(?![\p{L}\p{N}'’-])`, 'uy');
// Words a town's second word never is: the part of a place a phrase names ("east side", "new job").
const NOT_TOWN_WORD = new Set(['side', 'end', 'campus', 'coast', 'wing', 'hall', 'county', 'gate', 'bank', 'shore', 'village', 'town', 'city', 'park', 'lot', 'field', 'district', 'ward', 'block', 'street', 'avenue', 'road', 'job', 'place', 'house', 'home', 'school', 'apartment', 'one', 'ones', 'year', 'years', 'guy', 'girl', 'people', 'friends', 'boyfriend', 'girlfriend', 'baby', 'car', 'phone', 'meds', 'program', 'therapist', 'doctor', 'counselor', 'counsellor', 'life', 'way', 'thing', 'things', 'stuff', 'level', 'high', 'low', 'and', 'or', 'with', 'for', 'to']);
const NOT_SUFFIX_TOWN = /^(?:downtown|uptown|midtown|hometown|button|cotton|bottom|mutton|boston|everton|ton|wood|hollywood|neighborhood|childhood|adulthood|motherhood|fatherhood|parenthood|likelihood|livelihood|firewood|plywood|driftwood|deadwood|afield|airfield|outfield|infield|minefield|oilfield|cornfield|battlefield|ballpark|passport|airport|support|report|transport|seaport|heliport|export|import|rapport|deport|brook|haven|worth|network|newsroom|kingdom|freedom|wisdom|random|seldom|ransom|handsome|awesome|chester|ham|graham|shame|oakham|lawnmower|dale|gale|landfill|ridge|fridge|bridge|brig|burg|cyborg|iceberg|borough|thorough|ford|afford|fjord|oxford|stanford|bradford|crawford|grove|groove)$/;

const TOWN_CUE_FIRST = new Set(['moved', 'move', 'moving', 'went', 'go', 'going', 'drove', 'drive', 'driving', 'headed', 'ran', 'run', 'relocated', 'live', 'lives', 'lived', 'living', 'raised', 'born', 'stay', 'stays', 'stayed', 'staying', 'job', 'work', 'works', 'worked', 'working', 'settled', 'grew', 'rehab', 'program', 'place', 'house', 'farm', 'trailer', 'from', 'back']);

function lowerTownAt(text: string, from: number, push: Push): void {
  const { commonWords } = resources();
  TOWN_CUE_Y.lastIndex = from;
  const c = TOWN_CUE_Y.exec(text);
  if (c !== null) {
    const at = TOWN_CUE_Y.lastIndex;
    TOWN_Y.lastIndex = at;
    const m = TOWN_Y.exec(text);
    if (m === null) return;
    if (m[1] !== undefined) {
      const w = m[2]!;
      if (NOT_TOWN_WORD.has(w) || FUNCTION_WORDS.has(w) || (commonWords.has(w) && !/^(?:fort|port|mount|saint|st|san|santa|el|los|las)$/.test(m[1]))) return;
    } else if (m[3] !== undefined) {
      const w = m[3];
      if (FUNCTION_WORDS.has(w) || commonWords.has(w) || NOT_TOWN_WORD.has(w)) return;
    } else {
      const w = m[5]!;
      if (NOT_SUFFIX_TOWN.test(w) || commonWords.has(w)) return;
    }
    push(at, at + m[0].length, 'GEO', 6);
  }
}

// ---- 5. initials in chat ---------------------------------------------------------------------------------

// Two letters a chat line uses for other things than a person: abbreviations, units, states.
const NOT_INITIALS = new Set(
  ('ok ko bf gf ex tv er pt ot aa na ty jk ur rn dr bc np nm gm gn ig fb yt dm pm am hr ft lb kg cm mm km ml mg oz st rd nd th pc uk us eu hi yo ya ye oh ah uh um eh hm ha he me we be do go no so to up as at by if in is it my of on or an ai ac id iv ed cd dj mc pr hq qb pe gp ob os ps pd cp sf lo xo xx gg bb cc ez fr tf wb rip' +
    ' al ak az ar ca co ct de fl ga hi ia il ks ky la ma md mi mn mo ms mt nc ne nh nj nm nv ny oh ok or pa ri sc sd tn tx ut va vt wa wi wv wy dc')
    .split(' '),
);
const INITIALS_BEFORE_RE = /(?:\b(?:me[ \t]+and|and[ \t]+me|my[ \t]+(?:friend|bestie|bff|best[ \t]+friend|boyfriend|girlfriend|cousin|ex|roommate|sponsor|coworker|co-worker|neighbou?r)|hung[ \t]+out[ \t]+(?:w|with)|told|texted|blocked|dating|kissed|hugged|messaged|dm'?d)[ \t]+)$/i;
// Only in a turn of talk: a clinical note's lower-case shorthand ("w/ sx", "called ho") is no person.
const TURN_START_RE = /^(?:client|counsel+or|therapist|patient|user|caller|speaker|[A-Z][a-z]+)[ \t]*:[ \t]/i;
const INITIALS_AFTER_RE = /^[ \t]+(?:said|says|told|texted|asked|thinks|thought|keeps|kept|and[ \t]+i\b|and[ \t]+me\b|is[ \t]+the[ \t]+one|broke|called|came|wants|wanted|got[ \t]+me)/;

function chatInitialsAt(text: string, t: Token, push: Push): void {
  const at = t.start;
  if (NOT_INITIALS.has(t.key) || FUNCTION_WORDS.has(t.key)) return;
  // (Two letters standing alone: not in "w/", "a.m.", an address or a hyphened word.)
  if (/[\p{L}\p{N}'’.@/-]/u.test(text[at - 1] ?? ' ') || /[\p{L}\p{N}'’@/-]/u.test(text[t.end] ?? ' ') || /^\.[a-z]/.test(text.slice(t.end, t.end + 2))) return;
  const ls = text.lastIndexOf('\n', at) + 1;
  const label = TURN_START_RE.exec(text.slice(ls, ls + 24));
  if (label === null || (!/^(?:client|counsel+or|therapist|patient|user|caller|speaker)/i.test(label[0]) && !/^[A-Z]/.test(label[0]))) return;
  const before = text.slice(Math.max(0, at - 40), at);
  const after = text.slice(t.end, t.end + 22);
  // A cue of people before it (not at the turn's start), or a verb a person does after it.
  const cueBefore = !/(?:^|\n)(?:[A-Z][a-z]+:[ \t]+)?$/.test(before) && INITIALS_BEFORE_RE.test(before);
  if (!cueBefore && !INITIALS_AFTER_RE.test(after)) return;
  if (!lowerCaseLineAt(text, at) && !/\b(?:lol|lmao|omg|idk|tbh)\b/i.test(after + before)) return;
  push(at, t.end, 'NAME', 6);
}

// ---- 6. ages after a Spanish verb ---------------------------------------------------------------------

const ES_AGE_Y = new RegExp(String.raw`(?:tiene|tenía|tenia|cumple|cumplió|cumplio)[ \t]+(${AGE_WORD}|9\d|1[01]\d)\b(?![.,]\d)(?![ \t]*(?:%|percent|dollars|pesos|days|días|dias|minutes|minutos))`, 'iuy');
const ES_AGE_VERBS = new Set(['tiene', 'tenia', 'cumple', 'cumplio']);

// ---- 7. the age of a thing -------------------------------------------------------------------------------

const THINGS = String.raw`(?:house|home|farmhouse|building|buildings|tree|trees|oak|car|truck|church|barn|bridge|piano|clock|quilt|ring|table|dresser|furniture|photo|photos|picture|letter|letters|bottle|whiske?y|wine|recipe|company|business|store|shop|school|tradition|law|pipes?|roof|floor|boat|cabin|cottage|mansion|apartment|theat(?:er|re)|bar|restaurant|hotel|farm|land|place|town|mill|record|records|bible|painting|wall|walls|stove|tractor)`;
const THING_AFTER_RE = new RegExp(String.raw`^[- \t]*(?:years?|yrs?)[- \t]*old[ \t]+${THINGS}\b`, 'i');
const YEARS_OLD_RE = /^[- \t]*(?:years?|yrs?)[- \t]*old\b/i;
const THING_SUBJECT_BEFORE_RE = new RegExp(String.raw`\b${THINGS}[ \t]+(?:is|was|must[ \t]+be|has[ \t]+to[ \t]+be|'s|’s)[ \t]+(?:(?:like|about|almost|nearly|over|probably|at[ \t]+least)[ \t]+)?(?:a[ \t]+)?$`, 'i');

/** Whether the age at start..end is a thing's: "a 120-year-old farmhouse", "the house is a hundred years old". */
export function thingAge(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 40);
  if (THING_AFTER_RE.test(after)) return true;
  return YEARS_OLD_RE.test(after) && THING_SUBJECT_BEFORE_RE.test(text.slice(Math.max(0, start - 40), start));
}

// ---- 8. lower-case months with a said year or a cut-short month with its day ------------------------------

const LOWER_MONTH_DATE_Y = new RegExp(
  String.raw`\b(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)[ \t]+(?:of[ \t]+)?${YEAR_W}(?![-'’]?\p{L})|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.[ \t]?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\p{L}\p{N}]|[.,:]\d|[ \t]*(?:%|am|pm|mg|ml|kg|lbs?|percent|minutes|mins|hours|hrs|days|times)\b))\b`,
  'uy',
);
const MONTH_PREPS = new Set(['in', 'on', 'since', 'until', 'till', 'from', 'by', 'of', 'last', 'next', 'before', 'after', 'around', 'early', 'late', 'mid']);
const LOWER_MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec']);

const sticky = (re: RegExp, text: string, at: number): RegExpExecArray | null => {
  re.lastIndex = at;
  return re.exec(text);
};

/** Every rule of this module, in one pass over the tokens: each rule starts at its cue word. */
export function detectPieces(text: string, tokens: readonly Token[], push: Push): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const k = t.key;
    if (k.length === 2) {
      if (t.shape === 'lower') chatInitialsAt(text, t, push);
      else if (t.text === 'ID') planAt(text, t.start, push);
      continue;
    }
    if (TOWN_CUE_FIRST.has(k)) lowerTownAt(text, t.start, push);
    if (PLAN_LABEL_FIRST.has(k)) planAt(text, t.start, push);
    if (PLATE_LABEL_FIRST.has(k)) plateAt(text, t.start, push);
    // ("may" and "march" are verbs as often: a date's preposition before them, "in may twenty twenty".)
    if (LOWER_MONTHS.has(k) && t.shape === 'lower' && ((k !== 'may' && k !== 'march') || (i > 0 && MONTH_PREPS.has(tokens[i - 1]!.key)))) {
      const m = sticky(LOWER_MONTH_DATE_Y, text, t.start);
      if (m !== null) push(t.start, t.start + m[0].length, 'DATE', 6);
    }
    if (REGION_FIRST.has(k) && i > 0 && tokens[i - 1]!.key === 'the') {
      const m = sticky(REGION_Y, text, t.start);
      if (m !== null) push(t.start, t.start + m[0].length, 'GEO', 6);
    }
    if (ES_AGE_VERBS.has(k)) {
      const m = sticky(ES_AGE_Y, text, t.start);
      if (m !== null) push(t.start + m[0].length - m[1]!.length, t.start + m[0].length, 'AGE', 7);
    }
  }
}
