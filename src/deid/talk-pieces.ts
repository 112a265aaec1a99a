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
//   6. an age over 89 after the Spanish "tiene"/"cumple" of an ESL speaker ("mi abuela tiene 92").
import { FUNCTION_WORDS } from './lexicon.ts';
import { resources } from './resources.ts';
import { scan, type Push } from './scan.ts';
import { AGE_WORD, DIGIT_W, lowerCaseLineAt, NUM_W, readRun } from './talk-spoken.ts';

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

function detectPlanPieces(text: string, push: Push): void {
  scan(PLAN_LABEL_RE, text, (l) => {
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
  });
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
  // A lower-case letter only in a lower-case line, never "a" or "i" alone.
  if (atoms.some((a) => /^[a-z]$/.test(a) && (!lower || a === 'a' || a === 'i'))) return false;
  return atoms.length >= 2 || /\d/.test(p) || /^[A-Z]{2,3}$/.test(p);
}

function detectPlatePieces(text: string, push: Push): void {
  scan(PLATE_LABEL_RE, text, (l) => {
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
  });
}

// ---- 3. named regions ---------------------------------------------------------------------------------

const REGIONS = [
  'panhandle', 'upper peninsula', 'iron range', 'inland empire', 'outer banks', 'hill country', 'north country', 'lowcountry', 'low country', 'high desert',
  'central valley', 'finger lakes', 'eastern shore', 'big bend', 'ozarks', 'poconos', 'catskills', 'adirondacks', 'berkshires', 'front range', 'western slope',
  'southern tier', 'north woods', 'northwoods', 'gulf coast', 'space coast', 'treasure coast', 'emerald coast', 'hudson valley', 'rio grande valley',
  'shenandoah valley', 'napa valley', 'san fernando valley', 'coachella valley', 'permian basin', 'mississippi delta', 'black hills', 'white mountains',
  'blue ridge', 'smokies', 'driftless', 'bootheel', 'mojave', 'everglades', 'badlands', 'high plains', 'palouse', 'mesabi range', 'thumb area',
];
const REGION_RE = new RegExp(String.raw`\bthe[ \t]+(${REGIONS.map((r) => r.replace(/ /g, '[ \\t]+')).join('|')})\b`, 'gi');
const REGION_GATE_RE = /panhandle|peninsula|range|empire|banks|country|desert|valley|lakes|shore|bend|ozarks|poconos|catskills|adirondacks|berkshires|slope|tier|woods|coast|basin|delta|hills|mountains|ridge|smokies|driftless|bootheel|mojave|everglades|badlands|plains|palouse|thumb/i;

// ---- 4. lower-case towns ------------------------------------------------------------------------------

const TOWN_CUE_RE =
  /\b(?:(?:moved|move|moving|went|go|going|drove|drive|driving|headed|ran|run|relocated)[ \t]+(?:back[ \t]+)?(?:out[ \t]+)?to|(?:live|lives|lived|living|raised|born|stay|stays|stayed|staying|job|work|works|worked|working|settled)[ \t]+(?:out[ \t]+|up[ \t]+|down[ \t]+)?in|grew[ \t]+up[ \t]+(?:in|outside(?:[ \t]+of)?|near|around)|(?:rehab|program|place|house|farm|trailer)[ \t]+(?:near|outside(?:[ \t]+of)?)|from[ \t]+(?:outside|near)|back[ \t]+home[ \t]+in)[ \t]+/gi;
const TOWN_PREFIX = 'new|west|east|north|south|fort|port|mount|lake|saint|st|glen|san|santa|el|los|las';
const TOWN_SUFFIX = 'city|falls|springs|junction|ridge|creek|heights|harbor|harbour|landing|crossing|hollow|grove|ferry|bluff|beach|hills|mills|station|township';
const TOWN_Y = new RegExp(String.raw`(?:(${TOWN_PREFIX})[ \t]+([a-z]{3,})|([a-z]{3,})[ \t]+(${TOWN_SUFFIX})|([a-z]{4,}(?:ville|ton|town|burg|boro|borough|ford|field|wood|grove|dale|port|mouth|chester|ham|ridge|brook|haven|worth)))(?![\p{L}\p{N}'’-])`, 'uy');
// Words a town's second word never is: the part of a place a phrase names ("east side", "new job").
const NOT_TOWN_WORD = new Set(['side', 'end', 'campus', 'coast', 'wing', 'hall', 'county', 'gate', 'bank', 'shore', 'village', 'town', 'city', 'park', 'lot', 'field', 'district', 'ward', 'block', 'street', 'avenue', 'road', 'job', 'place', 'house', 'home', 'school', 'apartment', 'one', 'ones', 'year', 'years', 'guy', 'girl', 'people', 'friends', 'boyfriend', 'girlfriend', 'baby', 'car', 'phone', 'meds', 'program', 'therapist', 'doctor', 'counselor', 'counsellor', 'life', 'way', 'thing', 'things', 'stuff', 'level', 'high', 'low', 'and', 'or', 'with', 'for', 'to']);
const NOT_SUFFIX_TOWN = /^(?:downtown|uptown|midtown|hometown|button|cotton|bottom|mutton|boston|everton|ton|wood|hollywood|neighborhood|childhood|adulthood|motherhood|fatherhood|parenthood|likelihood|livelihood|firewood|plywood|driftwood|deadwood|afield|airfield|outfield|infield|minefield|oilfield|cornfield|battlefield|ballpark|passport|airport|support|report|transport|seaport|heliport|export|import|rapport|deport|brook|haven|worth|network|newsroom|kingdom|freedom|wisdom|random|seldom|ransom|handsome|awesome|chester|ham|graham|shame|oakham|lawnmower|dale|gale|landfill|ridge|fridge|bridge|brig|burg|cyborg|iceberg|borough|thorough|ford|afford|fjord|oxford|stanford|bradford|crawford|grove|groove)$/;

function detectLowerTowns(text: string, push: Push): void {
  const { commonWords } = resources();
  scan(TOWN_CUE_RE, text, (c) => {
    const at = c.index + c[0].length;
    TOWN_Y.lastIndex = at;
    const m = TOWN_Y.exec(text);
    if (m === null || !lowerCaseLineAt(text, at)) return;
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
  });
}

// ---- 5. initials in chat ---------------------------------------------------------------------------------

// Two letters a chat line uses for other things than a person: abbreviations, units, states.
const NOT_INITIALS = new Set(
  ('ok ko bf gf ex tv er pt ot aa na ty jk ur rn dr bc np nm gm gn ig fb yt dm pm am hr ft lb kg cm mm km ml mg oz st rd nd th pc uk us eu hi yo ya ye oh ah uh um eh hm ha he me we be do go no so to up as at by if in is it my of on or an ai ac id iv ed cd dj mc pr hq qb pe gp ob os ps pd cp sf lo xo xx gg bb cc ez fr tf wb rip' +
    ' al ak az ar ca co ct de fl ga hi ia il ks ky la ma md mi mn mo ms mt nc ne nh nj nm nv ny oh ok or pa ri sc sd tn tx ut va vt wa wi wv wy dc')
    .split(' '),
);
const INITIALS_RE = /(?<![\p{L}\p{N}'’.@/-])([a-z]{2})(?![\p{L}\p{N}'’@/-]|\.[a-z])/gu;
const INITIALS_BEFORE_RE = /(?:\b(?:me[ \t]+and|and[ \t]+me|my[ \t]+(?:friend|bestie|bff|best[ \t]+friend|boyfriend|girlfriend|cousin|ex|roommate|sponsor|coworker|co-worker|neighbou?r)|hung[ \t]+out[ \t]+(?:w|with)|told|texted|blocked|dating|kissed|hugged|messaged|dm'?d)[ \t]+)$/i;
// Only in a turn of talk: a clinical note's lower-case shorthand ("w/ sx", "called ho") is no person.
const TURN_START_RE = /^(?:client|counsel+or|therapist|patient|user|caller|speaker|[A-Z][a-z]+)[ \t]*:[ \t]/i;
const INITIALS_AFTER_RE = /^[ \t]+(?:said|says|told|texted|asked|thinks|thought|keeps|kept|and[ \t]+i\b|and[ \t]+me\b|is[ \t]+the[ \t]+one|broke|called|came|wants|wanted|got[ \t]+me)/;

function detectChatInitials(text: string, push: Push): void {
  scan(INITIALS_RE, text, (m) => {
    const w = m[1]!;
    if (NOT_INITIALS.has(w) || FUNCTION_WORDS.has(w)) return;
    const ls = text.lastIndexOf('\n', m.index) + 1;
    const label = TURN_START_RE.exec(text.slice(ls, ls + 24));
    if (label === null || (!/^(?:client|counsel+or|therapist|patient|user|caller|speaker)/i.test(label[0]) && !/^[A-Z]/.test(label[0]))) return;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const lineStart = /(?:^|\n)(?:[A-Z][a-z]+:[ \t]+)?$/.test(before);
    const cueBefore = !lineStart && INITIALS_BEFORE_RE.test(before);
    const after = text.slice(m.index + 2, m.index + 24);
    // At a line's start the verb after it must say it is a person; after a cue of people it is enough.
    if (!cueBefore && !INITIALS_AFTER_RE.test(after)) return;
    if (!lowerCaseLineAt(text, m.index) && !/\b(?:lol|lmao|omg|idk|tbh)\b/i.test(after + before)) return;
    push(m.index, m.index + 2, 'NAME', 6);
  });
}

// ---- 6. ages after a Spanish verb ---------------------------------------------------------------------

const ES_AGE_RE = new RegExp(String.raw`\b(?:tiene|tenía|tenia|cumple|cumplió|cumplio)[ \t]+(${AGE_WORD}|9\d|1[01]\d)\b(?![.,]\d)(?![ \t]*(?:%|percent|dollars|pesos|days|días|dias|minutes|minutos))`, 'giu');

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

/** Every rule of this module. */
export function detectPieces(text: string, push: Push): void {
  if (/member|subscriber|policy|medicare|medicaid|insurance|plan|beneficiary|ID|on the (?:back|front|card)/i.test(text)) detectPlanPieces(text, push);
  if (/pl|pa|lp|tags|registration/i.test(text)) detectPlatePieces(text, push);
  if (REGION_GATE_RE.test(text)) scan(REGION_RE, text, (m) => push(m.index + m[0].length - m[1]!.length, m.index + m[0].length, 'GEO', 6));
  detectLowerTowns(text, push);
  detectChatInitials(text, push);
  if (/ti?en|cumpl/i.test(text)) scan(ES_AGE_RE, text, (m) => push(m.index + m[0].length - m[1]!.length, m.index + m[0].length, 'AGE', 7));
}
