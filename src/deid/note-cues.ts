// More cue-based rules for therapists' notes (issue 14 item 6; R35, R27): kinds of identifier a
// third batch of development notes (bench/egress/notes-dev3.jsonl) showed reaching the provider.
// Each rule rests on a cue that carries over to notes it was not written from, never on the words
// of those notes:
//   proposals (detectNoteCues, beside the other detectors)
//   1. a nickname in quotes or brackets inside a full name (Given "Nick" Surname);
//   2. a possessive before the kind of a venue, in any case ("at rosie's diner", "from Duffy's Tap");
//   3. after a verb of drinking or going out, "the" and the venue's own words ("drank at the
//      copper kettle", "ended up at the Blue Heron"), when they are no kind of place by themselves;
//   4. a lower-case place named by a word and a kind of place after a word of place or a verb of
//      living ("at heron point", "lives west ridge now");
//   5. a place written straight after a verb of living, with no preposition ("lives Oakmere");
//   6. an interstate by its number after a word of movement ("broke down on I-40");
//   7. a British postcode ("SW1A 2AA");
//   8. a file name of joined words: a handle or a chat's name ("rob_and_the_boys") as an
//      identifier, and a picture's file name ("nan_birthday.jpg") as a photograph;
//   9. "may" and "march" in lower case as months where a clause ends ("moved here in may."), and
//      a day of the month after "around/by/until the" ("around the 27th").
//   joins (joinNoteSpans, once the proposals are merged)
//   10. a street corner: two places (or a place read as a surname) joined by "and" or "&" after a
//       word of place or with a street word ("near Oakley and Birch", "Elm Street & Fir Avenue");
//   11. a place's trailing kind or street abbreviation ("Pinecrest Dr", "Heron Lake Lodge");
//   12. the house number and flat before a street ("Flat 2, 14 Cooper's Row");
//   13. a given name listed with other names ("Ida, Rhys and Tamsin"), everywhere in the text;
//   14. a surname that is a rare word after a given name ("Wren Marlow", "Hollis Tallow").
// Every rule tests a cheap fact of the token (a character, a shape, a flag) before any regular
// expression: the engine runs them on every text.
import { KIN_HOME } from './lexicon.ts';
import { isPlaceWord, matchCity } from './name-cues.ts';
import { resources } from './resources.ts';
import { hasFlag as has, memoKeyBits, type Token } from './tokens.ts';
import type { PhiType, Span } from './types.ts';
import { W } from './wordflags.ts';

type Push = (start: number, end: number, type: PhiType, prio: number, why?: string) => void;

// The words that name a venue's kind after its owner's name ("rosie's diner", "Duffy's Tap").
const VENUE_KINDS = new Set(['tap', 'taps', 'tavern', 'pub', 'bar', 'inn', 'grill', 'diner', 'cafe', 'café', 'lounge', 'saloon', 'taproom', 'brewery', 'alehouse', 'bistro', 'deli', 'pizzeria', 'cantina', 'roadhouse', 'bakery', 'buffet', 'canteen', 'eatery', 'brasserie']);
// Verbs of drinking or going out that put the next "at the …" in a venue.
const OUTING_CUES = new Set(['drank', 'drinking', 'drinks', 'drink', 'drunk', 'ended', 'hung', 'hangs', 'hanging', 'partied', 'partying', 'bartends', 'bartending', 'karaoke', 'shots', 'bouncer', 'bartender', 'gig', 'dancing', 'danced']);
// What follows "the" without naming one place: kinds of place, events, and words that pick one out.
const GENERIC_AFTER_THE = new Set([
  'bar', 'pub', 'club', 'house', 'home', 'place', 'party', 'hospital', 'station', 'park', 'store', 'shop', 'office', 'school', 'church', 'game',
  'beach', 'mall', 'motel', 'hotel', 'casino', 'apartment', 'restaurant', 'lake', 'river', 'airport', 'bus', 'corner', 'end', 'top', 'bottom',
  'door', 'front', 'back', 'table', 'time', 'moment', 'wedding', 'funeral', 'reception', 'concert', 'show', 'festival', 'fair', 'court',
  'jail', 'shelter', 'er', 'ed', 'same', 'wrong', 'other', 'next', 'first', 'last', 'local', 'usual', 'old', 'new', 'big', 'little', 'nearest',
  'only', 'whole', 'rest', 'lot', 'parking', 'gas', 'bowling', 'pool', 'dance', 'strip', 'sports', 'dive', 'gay', 'neighborhood',
  'neighbourhood', 'bathroom', 'kitchen', 'car', 'truck', 'street', 'road', 'work', 'gym', 'track', 'field', 'cabin', 'emergency',
  'room', 'department', 'ward', 'unit', 'police', 'precinct', 'courthouse', 'library', 'clinic',
]);
// Words that close a place's name in lower case ("heron point", "west ridge").
const LOWER_PLACE_KINDS = new Set(['point', 'bluff', 'bluffs', 'ridge', 'hollow', 'heights', 'harbor', 'harbour', 'cove', 'creek', 'falls', 'springs', 'meadows', 'landing', 'crossing', 'junction', 'estates', 'terrace', 'village', 'glen', 'vista', 'knoll', 'grove', 'pines', 'woods', 'shores', 'flats', 'acres']);
const PLACE_QUALIFIERS = new Set(['north', 'south', 'east', 'west', 'upper', 'lower', 'little', 'old', 'new', 'mid', 'greater']);
const HOME_LABELS = new Set(['home', 'hometown', 'town', 'city', 'lives', 'residence', 'resides', 'from', 'born', 'location', 'birthplace']);
const PERSON_LABELS = new Set(['pt', 'cl', 'client', 'patient', 'clt']);
const SITE_NOUNS = new Set(['office', 'offices', 'branch', 'campus', 'site', 'location', 'store', 'plant', 'warehouse', 'depot', 'clinic']);
const AGE_SEX_RE = /^[ \t]+\d{1,3}[ \t]?(?:[MF]|y\/?o|yo)(?![\p{L}\p{N}])/u;
// "is actually 90", "turned just 100": an adverb between the verb and an age.
const AGE_VERBS = new Set(['is', 'turned', 'turns', 'was', "he's", "she's", 'being']);
const AGE_ADVERBS = new Set(['actually', 'now', 'just', 'almost', 'nearly', 'finally', 'already', 'really', 'only', 'still']);
const AGE_AFTER_ADVERB_RE = /^[ \t]+(9\d|1[01]\d|12[0-5])(?![\d:/%-]|[.,]\d|[ \t]*(?:%|mg|mcg|kg|lbs?|minutes?|mins?|seconds?|secs?|bpm|mmhg|degrees|percent|points?|pounds|miles|dollars|times|x)\b)/i;
const PLACE_PREPS = new Set(['in', 'from', 'to', 'near', 'at', 'outside', 'around', 'toward', 'towards', 'into', 'on', 'off', 'by', 'behind']);
const RESIDE = new Set(['lives', 'living', 'resides', 'residing', 'staying', 'stays', 'fled']);
const MOVE_BEFORE_ROAD = new Set(['on', 'off', 'near', 'along', 'via', 'take', 'took', 'down', 'up', 'onto', 'from', 'to', 'exit', 'taking']);
const DATE_LEAD = new Set(['in', 'since', 'until', 'till', 'by', 'early', 'late', 'mid', 'of', 'last', 'next', 'before', 'after', 'during']);
const DAY_LEAD = new Set(['around', 'by', 'until', 'till', 'before', 'after', 'since', 'about', 'circa']);
// Street words after a place: what makes two joined places a corner, and abbreviations a place takes.
const STREET_WORDS = new Set(['street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'ln', 'drive', 'dr', 'way', 'court', 'ct', 'place', 'pl', 'terrace', 'crescent', 'cres', 'row', 'yard', 'close', 'mews', 'parkway', 'pkwy', 'highway', 'hwy', 'pike', 'trail', 'circle', 'cir', 'walk', 'gardens']);
const AFTER_OWNER = new Set(['last', 'tonight', 'yesterday', 'today', 'on', 'after', 'before', 'with', 'for', 'and', 'until', 'till', 'til', 'again', 'when', 'where', 'around', 'at', 'in', 'by', 'but', 'so', 'then']);
const ORDINAL_STREETS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth']);
const CORNER_CUES = new Set(['corner', 'corners', 'intersection', 'junction', 'crossroads']);
const CORNER_PREPS = new Set(['near', 'at', 'on', 'off', 'of', 'by']);
// Kinds of place that finish a place's name ("Heron Lake Lodge", "Grace Fellowship", "Riverside Children's").
const TRAILING_KIND_RE = /^[ \t]+(Lodge|Inn|Motel|Tavern|Pub|Fellowship|Chapel|Tabernacle|Children['’]s|Dr|St|Rd|Ave|Ln|Blvd|Ct|Cres|Pl|Ter)\b\.?/;
const ABBREVIATED_STREET = new Set(['Dr', 'St', 'Rd', 'Ave', 'Ln', 'Blvd', 'Ct', 'Cres', 'Pl', 'Ter']);
const HOUSE_NUMBER_RE = /(?:(?:Flat|Apt\.?|Apartment|Unit|Suite)[ \t]+[0-9A-Z]{1,4},?[ \t]+)?\d{1,5}[A-Za-z]?[ \t]+$/;
const NAME_STOP = W.Function | W.CoreStop | W.Calendar | W.Month | W.Relation | W.Title | W.Speech | W.Contraction | W.Place;

const IMAGE_EXT_RE = /^(?:png|jpe?g|heic|heif|gif|webp|bmp|tiff?)$/i;
const JOINED_RE = /(?<![\p{L}\p{N}_@./\\-])[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+(?:\.[A-Za-z]{3,4})?(?![\p{L}\p{N}_@-])/gu;
// (ASCII classes, no u flag: this one scans every text.)
const POSTCODE_RE = /(?<![A-Za-z0-9])[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[ABD-HJLNP-UW-Z]{2}(?![A-Za-z0-9])/g;
const INTERSTATE_RE = /(?<![\p{L}\p{N}])I-\d{1,3}(?![\p{L}\p{N}])/gu;

const isUpperAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 65 && c <= 90;
};
const capitalised = (t: Token): boolean => t.shape === 'title' && t.caseInformative;
const gap = (text: string, a: Token, b: Token): string => text.slice(a.end, b.start);

// ---- proposals ---------------------------------------------------------------------------------

export function detectNoteCues(text: string, tokens: readonly Token[], push: Push): void {
  if (text.includes('_')) joinedWords(text, push);
  if (text.includes('I-')) interstates(text, tokens, push);
  postcodes(text, push);
  const t0 = tokens[0];
  if (t0 !== undefined && t0.shape === 'title' && text.charCodeAt(t0.end + 1) === 40) aliasBeforeFullName(text, tokens, 0, push);
  // (The loop only dispatches: each group of rules is its own function, so a rule seen for the first
  // time deoptimises a small function, not this loop with every rule inlined into it.)
  // (Each word's membership of the lists below is read once per word form: see cueKeyBits.)
  let pb = t0 === undefined ? 0 : cueKeyBits(t0);
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const tb = cueKeyBits(t);
    if (t.key.length > 6 && t.key.charCodeAt(3) === 45 && t.key.startsWith('mid-')) midMonth(t, push);
    if (t.shape === 'title') titleCues(text, tokens, i, push, tb, pb);
    else if (t.shape === 'lower') lowerCues(text, tokens, i, push, tb, pb);
    anyCues(text, tokens, i, push, tb, pb);
    pb = tb;
  }
}

// One bit per list a rule below asks about a word (tb) or the word before it (pb), read once per
// word form (tokens.ts memoKeyBits): the loop above runs on every word, and a lookup in each list
// per word cost more than the rules.
const C_RESIDE = 1 << 0;
const C_PLACE_PREP = 1 << 1;
const C_PLACE_QUALIFIER = 1 << 2;
const C_IN = 1 << 3;
const C_NEAR = 1 << 4;
const C_HOME_LABEL = 1 << 5;
const C_PERSON_LABEL = 1 << 6;
const C_MAY_MARCH = 1 << 7;
const C_AGE_ADVERB = 1 << 8;
const C_AGE_VERB = 1 << 9;
const C_VENUE_KIND = 1 << 10;
const C_AT = 1 << 11;
const C_OUTSIDE = 1 << 12;
const C_ORDINAL_STREET = 1 << 13;
const C_CORNER_PREP = 1 << 14;
const C_THE = 1 << 15;
const C_DAY_LEAD = 1 << 16;
const cueKeyBits = memoKeyBits((k) =>
  (RESIDE.has(k) ? C_RESIDE : 0) |
  (PLACE_PREPS.has(k) ? C_PLACE_PREP : 0) |
  (PLACE_QUALIFIERS.has(k) ? C_PLACE_QUALIFIER : 0) |
  (k === 'in' ? C_IN : 0) |
  (k === 'near' ? C_NEAR : 0) |
  (HOME_LABELS.has(k) ? C_HOME_LABEL : 0) |
  (PERSON_LABELS.has(k) ? C_PERSON_LABEL : 0) |
  (k === 'may' || k === 'march' ? C_MAY_MARCH : 0) |
  (AGE_ADVERBS.has(k) ? C_AGE_ADVERB : 0) |
  (AGE_VERBS.has(k) ? C_AGE_VERB : 0) |
  (VENUE_KINDS.has(k) ? C_VENUE_KIND : 0) |
  (k === 'at' ? C_AT : 0) |
  (k === 'outside' ? C_OUTSIDE : 0) |
  (ORDINAL_STREETS.has(k) ? C_ORDINAL_STREET : 0) |
  (CORNER_PREPS.has(k) ? C_CORNER_PREP : 0) |
  (k === 'the' ? C_THE : 0) |
  (DAY_LEAD.has(k) ? C_DAY_LEAD : 0),
);

function titleCues(text: string, tokens: readonly Token[], i: number, push: Push, tb: number, pb: number): void {
  const t = tokens[i]!;
  if (i + 2 < tokens.length) nickname(text, tokens, i, push);
  if ((pb & C_RESIDE) !== 0) placeAfterResidence(text, tokens, i, push);
  if ((pb & C_PLACE_PREP) !== 0 && (tb & C_PLACE_QUALIFIER) !== 0) qualifiedPlace(tokens, i, push);
  if ((pb & C_IN) !== 0 && i >= 2 && /['’]s$/.test(tokens[i - 2]!.text) && !has(tokens[i - 2]!, W.Contraction | W.Function | W.CoreStop)) atSomeonesIn(tokens, i, push);
  if (text.charCodeAt(t.start - 1) === 40) siteInBrackets(tokens, i, push);
  if (text.charCodeAt(t.start - 2) === 58 && (pb & C_HOME_LABEL) !== 0) labelledHome(text, tokens, i, push);
  if ((pb & C_PERSON_LABEL) !== 0 && has(t, W.First)) labelledPerson(text, tokens, i, push);
  if ((pb & (C_IN | C_NEAR)) !== 0 && t.text.includes('-')) hyphenatedTown(t, push);
  if (ABBREVIATED_STREET.has(t.text) && i >= 2) streetByAbbreviation(text, tokens, i, push);
}

function lowerCues(text: string, tokens: readonly Token[], i: number, push: Push, tb: number, pb: number): void {
  if ((pb & (C_PLACE_PREP | C_RESIDE)) !== 0) lowerPlace(tokens, i, push);
  if ((tb & C_MAY_MARCH) !== 0) lowerMonth(text, tokens, i, push);
}

function anyCues(text: string, tokens: readonly Token[], i: number, push: Push, tb: number, pb: number): void {
  const t = tokens[i]!;
  const p = tokens[i - 1]!;
  if ((tb & C_AGE_ADVERB) !== 0 && (pb & C_AGE_VERB) !== 0 && personBefore(tokens[i - 2])) ageAfterAdverb(text, t, push);
  if ((tb & C_VENUE_KIND) !== 0) ownedVenue(text, tokens, i, push);
  else if ((pb & (C_AT | C_OUTSIDE)) !== 0 && /['’]s$/.test(t.text)) ownerAlone(text, tokens, i, push);
  if ((tb & C_ORDINAL_STREET) !== 0 && t.shape === 'title' && (pb & C_CORNER_PREP) !== 0) ordinalCorner(text, tokens, i, push);
  if ((tb & C_THE) !== 0 && i + 1 < tokens.length && (pb & C_AT) !== 0) namedVenue(tokens, i, push);
  if ((tb & C_THE) !== 0 && ((pb & C_DAY_LEAD) !== 0 || followUpBefore(text, p))) dayOfMonth(text, t, push);
  if (t.shape === 'title' || t.shape === 'upper') capitalRound6(text, tokens, i, push);
  else if (t.shape === 'lower') {
    const rule = LOWER_RULES.get(t.key);
    if (rule !== undefined) lowerRound6(rule, tokens, i, push);
    else if (t.key === 'of' && (p.key === 'week' || p.key === 'wk')) weekOf(text, t, push);
    else if (text.charCodeAt(t.start - 1) === 46) mediaFile(text, t, push);
  }
}

// ---- round 6 (dev batch 4): rural roads, units, British streets, housing, worship, dates -----

// One map lookup per capitalised word picks the rules that word can open (this loop runs on every
// text the engine sees; seven set lookups per word cost more than the rules).
const R_ROAD = 1;
const R_UNIT = 2;
const R_STREET = 4;
const R_HOUSING = 8;
const R_WORSHIP = 16;
const R_COUNTY = 32;
const R_CHURCH = 64;
const CAPITAL_RULES = new Map<string, number>();
function addRule(keys: Iterable<string>, bit: number): void {
  for (const k of keys) CAPITAL_RULES.set(k, (CAPITAL_RULES.get(k) ?? 0) | bit);
}
function capitalRound6(text: string, tokens: readonly Token[], i: number, push: Push): void {
  const t = tokens[i]!;
  const p = tokens[i - 1]!;
  const bits = CAPITAL_RULES.get(t.key);
  if (bits !== undefined) {
    if (bits & R_ROAD) numberedRoad(text, tokens, i, push);
    if (bits & R_UNIT) numberedUnit(text, t, push);
    if (bits & R_STREET) numberedStreet(text, tokens, i, push);
    if (bits & R_HOUSING) housingOrRefuge(tokens, i, push);
    if (bits & R_WORSHIP) worshipKindFirst(tokens, i, push);
    if (bits & R_COUNTY && text.charCodeAt(t.end) === 46) irishCounty(text, tokens, i, push);
    if (bits & R_CHURCH && CHURCH_ACRONYMS.has(t.text) && p.shape === 'title' && t.tightBefore && !has(p, W.Function | W.CoreStop)) push(p.start, t.end, 'GEO', 5, "place: a church by its name and its denomination's acronym (… AME)");
  }
  if (p.key === 'of' && t.shape === 'title') settlementOf(tokens, i, push);
  if (t.shape === 'title' && text.charCodeAt(t.end) === 32 && text.charCodeAt(t.end + 1) === 40) aliasBeforeFullName(text, tokens, i, push);
  if (t.shape === 'upper' && text.charCodeAt(t.end) === 45 && t.key.length <= 4) prefixedDocket(text, t, push);
}

const L_PAIR = 1;
const L_FAMILY = 2;
const L_MARAE = 4;
const LOWER_RULES = new Map<string, number>();
function lowerRound6(bits: number, tokens: readonly Token[], i: number, push: Push): void {
  const t = tokens[i]!;
  const p = tokens[i - 1]!;
  if (bits & L_PAIR) lowerHome(tokens, i, push);
  else if (bits & L_FAMILY && p.shape === 'title') familyPlace(tokens, i, push);
  else if (bits & L_MARAE && capitalised(p) && t.tightBefore && !has(p, W.Function | W.CoreStop | W.Calendar | W.Month)) push(p.start, t.end, 'GEO', 5, 'place: a marae by its name');
}

// Roads known by a number: "on Ranch Road 2291", "off Township Rd 52", "out on Rd 418", "Hwy 50".
const ROAD_WORDS = new Set(['road', 'rd', 'route', 'rte', 'hwy', 'highway', 'fm', 'sr']);
const ROAD_QUALIFIERS = new Set(['county', 'ranch', 'township', 'farm', 'state', 'forest', 'range', 'us', 'provincial', 'rural', 'concession', 'sideroad']);
const ROAD_NUMBER_RE = /^[ \t]+\d{1,4}[A-Za-z]?(?![\d.,:/%-]?\d)(?![ \t]*(?:mg|ml|kg|%|x\b|am\b|pm\b|min))/;
function numberedRoad(text: string, tokens: readonly Token[], i: number, push: Push): void {
  const t = tokens[i]!;
  const d = text.charCodeAt(t.end + 1);
  if (d < 48 || d > 57) return;
  const m = ROAD_NUMBER_RE.exec(text.slice(t.end, t.end + 16));
  if (m === null) return;
  let s = i;
  const q = tokens[i - 1];
  if (q !== undefined && t.tightBefore && q.shape === t.shape && ROAD_QUALIFIERS.has(q.key)) s = i - 1;
  const before = tokens[s - 1];
  // (A word of place or movement before it, or a qualifier: "Road 2" alone may be a list's item.)
  if (s === i && (before === undefined || !(PLACE_PREPS.has(before.key) || MOVE_BEFORE_ROAD.has(before.key) || before.key === 'along'))) return;
  push(tokens[s]!.start, t.end + m[0].length, 'GEO', 5, 'place: a road known by its number (Township Rd 52)');
}

// A room, building or flat by its number, capitalised: "Room 3B", "Bldg 7", "Flat 2/1".
const UNIT_LABELS = new Set(['room', 'rm', 'bldg', 'building', 'flat', 'unit', 'suite', 'ste', 'apt', 'block', 'blk', 'cabin', 'lot', 'site', 'bay', 'pod']);
const UNIT_NUMBER_RE = /^\.?[ \t]+(?:#[ \t]?)?(?:\d{1,4}[A-Z]?(?:\/\d{1,3})?|[A-Z]\d{1,3})(?![\w./:%-])/;
function numberedUnit(text: string, t: Token, push: Push): void {
  if (t.shape !== 'title' || !t.caseInformative) return;
  const m = UNIT_NUMBER_RE.exec(text.slice(t.end, t.end + 14));
  if (m === null) return;
  push(t.start, t.end + m[0].length, 'GEO', 5, 'place: a room, building or flat by its number (Room 3B, Bldg 7)');
}

// A house number, one or two capitalised words and a street kind, British ones too ("7 Foxglove
// Rise", "1120 Athabasca St W"), then up to two comma-separated places after it ("…, Possilpark,
// Glasgow").
const STREET_KINDS_ALL = new Set([...STREET_WORDS, 'rise', 'vale', 'parade', 'grove', 'hill', 'view', 'green', 'square', 'wynd', 'brae', 'chase', 'croft', 'fold', 'gate', 'lea', 'mead', 'quay', 'esplanade', 'broadway']);
const HOUSE_BEFORE_RE = /(?:(?:Flat|Apt\.?|Apartment|Unit|Suite)[ \t]+[0-9A-Z]{1,4}(?:\/\d{1,3})?,?[ \t]+)?\d{1,5}[A-Za-z]?[ \t]+$/;
const COMPASS_AFTER_RE = /^\.?(?:[ \t]+(?:N|S|E|W|NE|NW|SE|SW)\b\.?)?/;
const PLACES_AFTER_RE = /^(?:,[ \t]+\p{Lu}[\p{Ll}'’-]+(?:[ \t]\p{Lu}[\p{Ll}'’-]+)?(?=[ \t]*(?:,|\n|$|[ \t][A-Z]{1,2}\d)))+/u;
const digitTwoBefore = (text: string, t: Token | undefined): boolean => t !== undefined && text.charCodeAt(t.start - 2) >= 48 && text.charCodeAt(t.start - 2) <= 57;
function numberedStreet(text: string, tokens: readonly Token[], i: number, push: Push): void {
  const t = tokens[i]!;
  // (Cheap first: a digit just before one of the two words before the kind.)
  if (!t.tightBefore || i < 1 || !(digitTwoBefore(text, tokens[i - 1]) || digitTwoBefore(text, tokens[i - 2]))) return;
  let s = i - 1;
  if (!capitalised(tokens[s]!) || has(tokens[s]!, W.Function | W.CoreStop | W.Calendar | W.Month)) return;
  if (s >= 1 && tokens[s]!.tightBefore && capitalised(tokens[s - 1]!) && !has(tokens[s - 1]!, W.Function | W.CoreStop)) s--;
  const lead = HOUSE_BEFORE_RE.exec(text.slice(Math.max(0, tokens[s]!.start - 24), tokens[s]!.start));
  if (lead === null) {
    if (s === i - 1) return;
    // (Two words: the number may stand before the second only when the first is no name: "Elm".)
    const lead2 = HOUSE_BEFORE_RE.exec(text.slice(Math.max(0, tokens[i - 1]!.start - 24), tokens[i - 1]!.start));
    if (lead2 === null) return;
    s = i - 1;
    return pushStreet(text, t, tokens[s]!.start - lead2[0].length, push);
  }
  pushStreet(text, t, tokens[s]!.start - lead[0].length, push);
}
function pushStreet(text: string, kind: Token, start: number, push: Push): void {
  // (Not a clock time or a dose before it: "at 10 Green St" is fine, "x 2 Rise" never occurs.)
  const compass = COMPASS_AFTER_RE.exec(text.slice(kind.end, kind.end + 5))![0];
  let end = kind.end + compass.length;
  const tail = PLACES_AFTER_RE.exec(text.slice(end, end + 60));
  if (tail !== null) end += tail[0].length;
  push(start, end, 'GEO', 5, 'place: a house number, a street and its kind (7 Foxglove Rise)');
}

// Housing estates, refuges, homes and stations with names of their own: "the Aylesbury Estate",
// "Riverina Youth Refuge", "Brambleside Children's Home", "the Ninth Ward", "RIVERSIDE STATION".
const HOUSING_KINDS = new Set(['estate', 'houses', 'projects', 'towers', 'refuge', 'hostel', 'home', 'homes', 'station', 'ward', 'marae', 'mission', 'shelter']);
const HOUSING_FILLERS = new Set(['youth', 'children', "children's", 'childrens', 'women', "women's", 'womens', 'family', 'group', 'care', 'nursing', 'boys', 'girls', 'community', 'recovery', 'rescue', 'bus', 'police', 'fire', 'train', 'rail', 'gospel']);
const ORDINAL_WORDS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth']);
// (A word of its own: no everyday word, which would make the run a description: "the old home".)
const ownWord = (t: Token): boolean => t.key.length >= 3 && !has(t, W.Everyday | W.Function | W.CoreStop | W.Calendar | W.Month | W.Clinical | W.Title | W.Relation);
function housingOrRefuge(tokens: readonly Token[], i: number, push: Push): void {
  const head = tokens[i]!;
  if (!head.tightBefore || i < 1 || head.sentenceStart) return;
  let s = i;
  let own = false;
  while (s - 1 >= 0 && i - s < 3 && tokens[s]!.tightBefore && tokens[s - 1]!.shape === head.shape) {
    const w = tokens[s - 1]!;
    // (A sentence's first word may be the name, never a filler: "Youth Home" alone names none.)
    if (HOUSING_FILLERS.has(w.key) && !w.sentenceStart) { s--; continue; }
    if (ownWord(w) || (head.key === 'ward' && ORDINAL_WORDS.has(w.key))) { own = true; s--; if (w.sentenceStart) break; continue; }
    break;
  }
  if (!own || (head.shape === 'upper' && head.caseInformative)) return;
  // (In capitals one word of its own follows a word of place: "FROM RIVERSIDE STATION", never
  // "NURSES STATION" nor a description run into a kind: "… MANAGED NSG HOMES".)
  if (head.shape === 'upper' && (s !== i - 1 || tokens[s]!.text.includes('-') || !PLACE_PREPS.has(tokens[s - 1]?.key ?? ''))) return;
  push(tokens[s]!.start, head.end, 'GEO', 5, 'place: an estate, refuge, home or station named by a word of its own');
}

// A denomination's acronym after a church's own name: "Greater Mount Zion AME".
const CHURCH_ACRONYMS = new Set(['AME', 'AMEZ', 'CME', 'UMC', 'COGIC', 'LDS']);

// "the Vanderhoek place", "out at the Tully farm": a family's land by its surname.
const FAMILY_PLACES = new Set(['place', 'farm', 'ranch', 'homestead', 'property', 'station', 'acreage', 'land']);
function familyPlace(tokens: readonly Token[], i: number, push: Push): void {
  const name = tokens[i - 1]!;
  const the = tokens[i - 2];
  if (the === undefined || the.key !== 'the' || !tokens[i]!.tightBefore || !name.tightBefore || !capitalised(name) || name.sentenceStart) return;
  // (A surname, or a word no list knows: "the Vanderhoek place"; not "the Main place".)
  if (has(name, W.Everyday | W.Function | W.CoreStop | W.Calendar | W.Month | W.Clinical | W.Title | W.Place) || !(has(name, W.Last) || name.flags === 0)) return;
  push(name.start, tokens[i]!.end, 'GEO', 5, "place: a family's land by its surname (the … place)");
}

// Places of worship written kind first: "Masjid Al-Noor", "Gurdwara Sahib …", "Mandir …".
const KIND_FIRST_WORSHIP = new Set(['masjid', 'mosque', 'gurdwara', 'mandir', 'wat', 'shul', 'synagogue', 'temple', 'kirk']);
function worshipKindFirst(tokens: readonly Token[], i: number, push: Push): void {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!capitalised(t) || next === undefined || !next.tightBefore || !capitalised(next) || has(next, W.Function | W.Calendar | W.Month)) return;
  let e = i + 1;
  const after = tokens[e + 1];
  if (after !== undefined && after.tightBefore && capitalised(after) && !has(after, W.Function | W.Calendar | W.Month)) e++;
  push(t.start, tokens[e]!.end, 'GEO', 5, 'place: a place of worship named kind first (Masjid …)');
}

// An Irish county: "Co. Mayo", "Co Kerry".
function irishCounty(text: string, tokens: readonly Token[], i: number, push: Push): void {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (t.text !== 'Co' || next === undefined || !capitalised(next) || has(next, W.Function | W.CoreStop) || !/^\.[ \t]+$/.test(text.slice(t.end, next.start))) return;
  push(t.start, next.end, 'GEO', 5, 'place: an Irish county (Co. Mayo)');
}

// A hamlet, town or village named after its kind: "the hamlet of Pettibone Flats".
const SETTLEMENT_KINDS = new Set(['hamlet', 'village', 'town', 'township', 'city', 'borough', 'parish', 'suburb', 'settlement', 'municipality', 'county', 'community', 'reserve', 'reservation']);
function settlementOf(tokens: readonly Token[], i: number, push: Push): void {
  const kind = tokens[i - 2];
  const t = tokens[i]!;
  if (kind === undefined || !SETTLEMENT_KINDS.has(kind.key) || !capitalised(t) || t.sentenceStart || has(t, W.Function | W.CoreStop | W.Calendar | W.Month | W.Title)) return;
  let e = i;
  while (e + 1 < tokens.length && e - i < 2 && tokens[e + 1]!.tightBefore && capitalised(tokens[e + 1]!) && !has(tokens[e + 1]!, W.Function | W.Calendar | W.Month)) e++;
  push(t.start, tokens[e]!.end, 'GEO', 5, 'place: a hamlet, town or village named after its kind (the hamlet of …)');
}

// "week of 3/10", "wk of 5/19": a month and day after the week they start.
const MONTH_DAY_AFTER_RE = /^[ \t]+((?:1[0-2]|0?[1-9])\/(?:3[01]|[12]\d|0?[1-9]))(?![\d/])/;
function weekOf(text: string, of: Token, push: Push): void {
  const m = MONTH_DAY_AFTER_RE.exec(text.slice(of.end, of.end + 10));
  if (m === null) return;
  const at = of.end + m[0].length - m[1]!.length;
  push(at, at + m[1]!.length, 'DATE', 5, 'date: a month and day after "week of"');
}

// "mid-October": the month in one word with "mid-" (the month detector reads whole words).
const MONTH_NAMES = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
function midMonth(t: Token, push: Push): void {
  const month = t.key.slice(4);
  // ("mid-may" in lower case is a word's half as often: the month needs its capital.)
  if (!MONTH_NAMES.has(month) || !/^\p{Lu}/u.test(t.text.slice(4))) return;
  push(t.start + 4, t.end, 'DATE', 5, 'date: a month after "mid-"');
}

// "f/u the 2nd.": a follow-up's shorthand before a day of the month.
const followUpBefore = (text: string, p: Token): boolean => p.key === 'u' && text.slice(p.start - 2, p.start) === 'f/';

// Lower-case homes and parks: "greenbriar group home", "pinecrest trailer park", "skate park".
const LOWER_KIND_PAIRS = new Set(['group', 'trailer', 'skate', 'caravan', 'halfway', 'sober', 'mobile', 'foster']);
const LOWER_KIND_SECOND = new Set(['home', 'park', 'house', 'court']);
function lowerHome(tokens: readonly Token[], i: number, push: Push): void {
  const t = tokens[i]!;
  const kind = tokens[i + 1];
  const name = tokens[i - 1];
  if (kind === undefined || !kind.tightBefore || !LOWER_KIND_SECOND.has(kind.key) || name === undefined || !t.tightBefore) return;
  // (A capitalised word before it may be an everyday one, "Dunbar Street skate park"; a lower-case one may not.)
  if (name.key.length < 4 || has(name, W.Function | W.CoreStop | W.Calendar | W.Month | W.Relation | W.Title) || (!capitalised(name) && has(name, W.Clinical | W.Everyday))) return;
  push(name.start, kind.end, 'GEO', 5, 'place: a group home or park named by a word of its own (greenbriar group home)');
}

// "Shaz (Sharon Kettle)": a short name before the full name in brackets is the same person's.
const FULL_NAME_IN_BRACKETS_RE = /^ \(\p{Lu}\p{Ll}+ \p{Lu}[\p{Ll}'’-]+\)/u;
function aliasBeforeFullName(text: string, tokens: readonly Token[], i: number, push: Push): void {
  const t = tokens[i]!;
  if (t.key.length < 3 || has(t, NAME_STOP | W.Clinical | W.Everyday | W.Role)) return;
  const m = FULL_NAME_IN_BRACKETS_RE.exec(text.slice(t.end, t.end + 40));
  if (m === null) return;
  const first = tokens[i + 1];
  const last = tokens[i + 2];
  if (first === undefined || last === undefined || !has(first, W.First) || has(first, W.Function | W.Calendar | W.Month | W.Title | W.Relation) || has(last, W.Function | W.Calendar)) return;
  push(t.start, t.end, 'NAME', 5, 'name: a short name before the full name in brackets (Shaz (Sharon …))');
  push(first.start, last.end, 'NAME', 5, 'name: a full name in brackets after a short one');
}

// An order's, court's or case's number with a letter prefix: "PO-25-3381", "FC-2025-004417".
// (The last group has four digits or more: "HR-110-133", "MAP-75-100" are a vital sign's range.)
const PREFIXED_DOCKET_RE = /^-\d{2,4}-\d{4,6}(?![\w/-])/;
function prefixedDocket(text: string, t: Token, push: Push): void {
  if (text.charCodeAt(t.start - 1) === 45 || text.charCodeAt(t.start - 1) === 47) return;
  const m = PREFIXED_DOCKET_RE.exec(text.slice(t.end, t.end + 14));
  // ("ICU-0700-1930", "NOC-1900-0730": a unit's or a shift's hours, two clock times, not a year first.)
  if (m !== null && /^-(?!19|20)(?:[01]\d|2[0-3])[0-5]\d-(?:[01]\d|2[0-3])[0-5]\d$/.test(m[0])) return;
  if (m !== null) push(t.start, t.end + m[0].length, 'OTHER_ID', 5, 'identifier: a number with a letter prefix (PO-25-3381)');
}

// Voice memos and videos by file name ("VoiceMemo_2025-04-02_Hollis.m4a"): a recording of the
// client is a photograph's kin (full-face images and the like, Safe Harbor's 17th).
// (The tokens hold letters only: the extension is read from the text after the dot.)
const MEDIA_EXT_RE = /^(?:m4a|mp3|wav|aac|ogg|opus|mp4|mov|3gp|amr)(?![\w])/i;
const MEDIA_NAME_RE = /[A-Za-z0-9][\w-]*$/;
const MEDIA_WORDS_BEHIND_RE = /(?<![\p{L}\p{N}])(?:new[ \t]+)?(?:voice|recording|memo|audio|video|clip|track|sound)(?:[ \t]+(?:memo|recording|note|clip))?[ \t]+$/iu;
function mediaFile(text: string, ext: Token, push: Push): void {
  const dot = ext.start - 1;
  const e = MEDIA_EXT_RE.exec(text.slice(ext.start, ext.start + 6));
  if (e === null) return;
  const m = MEDIA_NAME_RE.exec(text.slice(Math.max(0, dot - 60), dot));
  if (m === null || !/[_\d-]/.test(m[0])) return;
  let start = dot - m[0].length;
  const c = text.charCodeAt(start - 1);
  // (Not the end of a path or an address: "/files/a_1.mp3", "x@y.mp3".)
  if (c === 47 || c === 92 || c === 64 || c === 46) return;
  // A bare number is the counter a phone puts after its own words ("New Recording 39.m4a",
  // "Voice 069.m4a"): those words belong to the file name (R35 talk round talkb).
  if (/^\d+$/.test(m[0])) {
    const w = MEDIA_WORDS_BEHIND_RE.exec(text.slice(Math.max(0, start - 32), start));
    if (w !== null) start -= w[0].length;
  }
  push(start, ext.start + e[0].length, 'PHOTO', 9, 'photo: a recording by its file name');
}

// 1. Given "Nick" Surname, Given (Nick) Surname.
function nickname(text: string, tokens: readonly Token[], i: number, push: Push): void {
  const first = tokens[i]!;
  const nick = tokens[i + 1]!;
  const last = tokens[i + 2]!;
  // (Character tests first: this runs for every capitalised word.)
  const width = nick.start - first.end;
  if (width < 2 || width > 3) return;
  const o = text.charCodeAt(nick.start - 1);
  if (o !== 34 && o !== 0x201c && o !== 40 && o !== 39 && o !== 0x2018) return;
  if (!/^[ \t]+$/.test(text.slice(first.end, nick.start - 1))) return;
  const close = gap(text, nick, last);
  if (!/^["”)'’][ \t]{1,2}$/.test(close)) return;
  // (The given name is a name-list word or one no list knows; the quoted word may be any word: "Bet".)
  if (nick.shape !== 'title' || last.shape !== 'title' || !(has(first, W.First) || first.flags === 0) || has(first, NAME_STOP) || has(last, NAME_STOP) || has(nick, NAME_STOP)) return;
  push(first.start, last.end, 'NAME', 6, 'name: a nickname in quotes or brackets inside a full name');
}

// 2. "at rosie's diner", "from Duffy's Tap": an owner's name with its possessive before the venue's kind.
function ownedVenue(text: string, tokens: readonly Token[], i: number, push: Push): void {
  const owner = tokens[i - 1];
  const prep = tokens[i - 2];
  if (owner === undefined || prep === undefined || !tokens[i]!.tightBefore || !owner.tightBefore) return;
  if (!/['’]s$/i.test(owner.text) || !PLACE_PREPS.has(prep.key)) return;
  if (has(owner, W.Relation | W.Function | W.Role | W.Title) || owner.key.length < 3) return;
  push(owner.start, tokens[i]!.end, 'GEO', 5, "place: an owner's name before the kind of a venue (… 's tap)");
}

// 2'. "fight outside o'malley's last night": an owner's possessive alone after at or outside names a
//     venue or a home. (Not a relative's: "at mom's"; nor a word: "at the week's end".)
function ownerAlone(text: string, tokens: readonly Token[], i: number, push: Push): void {
  const t = tokens[i]!;
  if (!t.tightBefore || t.key.length < 3 || KIN_HOME.has(t.key) || has(t, W.Relation | W.Function | W.CoreStop | W.Everyday | W.Role | W.Title | W.Contraction | W.Calendar)) return;
  const next = tokens[i + 1];
  // (What follows is a pause or a word of time or company, not a noun the possessive owns: "at Noor's sister".)
  if (next !== undefined && next.tightBefore && !AFTER_OWNER.has(next.key) && !has(next, W.Calendar)) return;
  push(t.start, t.end, 'GEO', 5, "place: an owner's possessive alone after at or outside (outside o'malley's)");
}

// 10'. "at Fifth and Larkin": a street corner by a numbered street written as a word.
function ordinalCorner(text: string, tokens: readonly Token[], i: number, push: Push): void {
  const t = tokens[i]!;
  const and = tokens[i + 1];
  const other = tokens[i + 2];
  if (!t.tightBefore || and === undefined || other === undefined || !and.tightBefore || !other.tightBefore || (and.key !== 'and' && text.slice(t.end, other.start).trim() !== '&') || !capitalised(other) || has(other, W.Function | W.Calendar | W.Month)) return;
  push(t.start, other.end, 'GEO', 5, 'place: a street corner by a numbered street written as a word (at Fifth and …)');
}

// 3. "drank at the copper kettle": after a verb of going out, the venue's own one to three words;
//    and with no such verb, words that end in a venue's kind ("met at the crooked spoon cafe").
function namedVenue(tokens: readonly Token[], i: number, push: Push): void {
  let cued = false;
  for (let j = i - 2; j >= Math.max(0, i - 5); j--) if (OUTING_CUES.has(tokens[j]!.key)) cued = true;
  let b = i;
  while (b + 1 < tokens.length && b - i < 3 && tokens[b + 1]!.tightBefore) {
    const w = tokens[b + 1]!;
    // (Shorthand ends it too: "w/ coworkers".)
    if (w.key.length < 2 || has(w, W.Function | W.CoreStop | W.Calendar | W.Month) || GENERIC_AFTER_THE.has(w.key) || /\d/.test(w.text)) break;
    b++;
  }
  // (Words that stop at a kind of place modify it: "the skate park", "the hotel bar" name no venue.)
  const stop = tokens[b + 1];
  if (stop !== undefined && stop.tightBefore && GENERIC_AFTER_THE.has(stop.key)) return;
  if (!cued) {
    // (A kind with one word or more of its own before it; the loop above stops at generic words.)
    const k = b + 1 < tokens.length && tokens[b + 1]!.tightBefore && VENUE_KINDS.has(tokens[b + 1]!.key) ? b + 1 : b;
    if (!VENUE_KINDS.has(tokens[k]!.key) || k <= i + 1) return;
    if (k === b && b - i < 2) return;
    push(tokens[i + 1]!.start, tokens[k]!.end, 'GEO', 5, 'place: a venue named by its own words and its kind (at the … cafe)');
    return;
  }
  if (b <= i + 1 && (b === i || has(tokens[b]!, W.Everyday))) return;
  // (A run that stops at a kind of place is that kind: "the pool hall" is no one venue.)
  push(tokens[i + 1]!.start, tokens[b]!.end, 'GEO', 5, 'place: a venue named after a verb of going out (drank at the …)');
}

// 4. "at heron point", "lives west ridge now": a lower-case word and a kind of place.
function lowerPlace(tokens: readonly Token[], i: number, push: Push): void {
  const t = tokens[i]!;
  const kind = tokens[i + 1];
  if (kind === undefined || !kind.tightBefore || kind.shape !== 'lower' || !LOWER_PLACE_KINDS.has(kind.key) || !t.tightBefore) return;
  const qualifier = PLACE_QUALIFIERS.has(t.key);
  if (!qualifier && (t.key.length < 4 || has(t, W.Everyday | W.Function | W.CoreStop | W.Clinical | W.Calendar))) return;
  push(t.start, kind.end, 'GEO', 5, 'place: a lower-case word and a kind of place after a word of place');
}

// 5. "lives Oakmere off …": a place straight after a verb of living, in shorthand.
function placeAfterResidence(text: string, tokens: readonly Token[], i: number, push: Push): void {
  const t = tokens[i]!;
  if (!capitalised(t) || !t.tightBefore || t.key.length < 4 || has(t, W.Function | W.CoreStop | W.Calendar | W.Month | W.Relation | W.Title | W.Everyday | W.Clinical)) return;
  // (A word no list has, a gazetteer town, or a rare word: "Everyday" words are already out.)
  if ((t.flags & ~(W.CityStart | W.Popular | W.Name | W.Common)) !== 0) return;
  let b = i;
  const next = tokens[i + 1];
  if (next !== undefined && next.tightBefore && capitalised(next) && !has(next, W.Function | W.Calendar | W.Month) && matchCity(resources(), tokens, i, text) >= 2) b = i + 1;
  push(t.start, tokens[b]!.end, 'GEO', 5, 'place: a place straight after a verb of living (lives Oakmere)');
}

// 6. "on I-40": an interstate after a word of movement. (Forms share the shape: "her I-94", "the I-9".)
function interstates(text: string, tokens: readonly Token[], push: Push): void {
  INTERSTATE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let k = 0;
  while ((m = INTERSTATE_RE.exec(text)) !== null) {
    while (k < tokens.length && tokens[k]!.end <= m.index) k++;
    const before = tokens[k - 1];
    if (before !== undefined && MOVE_BEFORE_ROAD.has(before.key)) push(m.index, m.index + m[0].length, 'GEO', 5, 'place: an interstate after a word of movement');
  }
}

// 7. "NR3 1QT": a British postcode (the inward code's letters exclude C, I, K, M, O, V).
function postcodes(text: string, push: Push): void {
  POSTCODE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = POSTCODE_RE.exec(text)) !== null) push(m.index, m.index + m[0].length, 'GEO', 5, 'place: a British postcode');
}

// 8. Words joined by underscores: a handle or a chat's name, or a picture's file name.
function joinedWords(text: string, push: Push): void {
  JOINED_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = JOINED_RE.exec(text)) !== null) {
    const dot = m[0].lastIndexOf('.');
    const ext = dot > 0 ? m[0].slice(dot + 1) : '';
    if (!/[A-Za-z]/.test(m[0])) continue;
    // (Two parts, one short, no digit: a column or variable name far more often: "client_ip", "dob_yr".)
    const parts = m[0].split('_');
    if (ext === '' && !/\d/.test(m[0]) && parts.length === 2 && parts.some((part) => part.length < 3)) continue;
    push(m.index, m.index + m[0].length, IMAGE_EXT_RE.test(ext) ? 'PHOTO' : 'OTHER_ID', 6);
  }
}

// 9. "moved here in may.", "around the 27th".
function lowerMonth(text: string, tokens: readonly Token[], i: number, push: Push): void {
  const t = tokens[i]!;
  const p = tokens[i - 1]!;
  if (!t.tightBefore || !DATE_LEAD.has(p.key)) return;
  const c = text.charCodeAt(t.end);
  // Where a clause ends: a full stop, comma, semicolon, bracket or line end (the modal takes a verb).
  if (!(Number.isNaN(c) || c === 46 || c === 44 || c === 59 || c === 41 || c === 10 || c === 13)) return;
  push(t.start, t.end, 'DATE', 5, 'date: a lower-case month where a clause ends');
}

// (Only where a clause ends or a date's "of" follows, not an ordinal that counts: "by the 3rd session".)
const DAY_AFTER_THE_RE = /^[ \t]+((?:[12]?\d|3[01])(?:st|nd|rd|th))(?=[.,;:)!?]|[ \t]*(?:\n|$)|[ \t]+(?:of|or|and|so|when|at|then|if|because)\b)/;
function dayOfMonth(text: string, the: Token, push: Push): void {
  const c = text.charCodeAt(the.end + 1);
  if (!(c >= 48 && c <= 57)) return;
  const m = DAY_AFTER_THE_RE.exec(text.slice(the.end, the.end + 24));
  if (m === null) return;
  const at = the.end + m[0].length - m[1]!.length;
  push(at, at + m[1]!.length, 'DATE', 5, 'date: a day of the month after around, by or until the');
}

// 11'. "off Juniper Dr": a capitalised word and a street abbreviation after a word of place, where
//      no capitalised name follows the abbreviation (then it is a title: "to Elm St Jude's").
function streetByAbbreviation(text: string, tokens: readonly Token[], i: number, push: Push): void {
  const t = tokens[i]!;
  const name = tokens[i - 1]!;
  if (!t.tightBefore || !name.tightBefore || !capitalised(name) || has(name, W.Function | W.CoreStop | W.Calendar | W.Month | W.Title) || !PLACE_PREPS.has(tokens[i - 2]!.key)) return;
  if (/^\.?[ \t]+\p{Lu}/u.test(text.slice(t.end, t.end + 4))) return;
  push(name.start, t.end + (text.charCodeAt(t.end) === 46 ? 1 : 0), 'GEO', 5, 'place: a street by its abbreviation after a word of place (off Juniper Dr)');
}

// 4'. "in Little Village", "from East Bluff": a qualifier and a kind of place, with capitals.
function qualifiedPlace(tokens: readonly Token[], i: number, push: Push): void {
  const t = tokens[i]!;
  const kind = tokens[i + 1];
  if (!t.tightBefore || t.sentenceStart || kind === undefined || !kind.tightBefore || kind.shape !== 'title' || !LOWER_PLACE_KINDS.has(kind.key)) return;
  push(t.start, kind.end, 'GEO', 5, 'place: a qualifier and a kind of place after a word of place (in Little Village)');
}

// 15. "at her sister Bronwen's in Penarth": a place after someone's home named by a possessive.
function atSomeonesIn(tokens: readonly Token[], i: number, push: Push): void {
  const t = tokens[i]!;
  // (A country or state stays, as Safe Harbor lets it: "her brother's in Portugal".)
  if (!capitalised(t) || t.sentenceStart || !t.tightBefore || t.key.length < 4 || has(t, W.Everyday | W.Function | W.CoreStop | W.Calendar | W.Month | W.Clinical | W.Relation | W.Title | W.Place) || isPlaceWord(t.key)) return;
  const next = tokens[i + 1];
  if (next !== undefined && next.tightBefore && capitalised(next)) return;
  push(t.start, t.end, 'GEO', 5, "place: a capitalised word after someone's home (… 's in …)");
}

// 16. "(Fargo office)": a town before an organisation's site, in brackets.
function siteInBrackets(tokens: readonly Token[], i: number, push: Push): void {
  const t = tokens[i]!;
  const site = tokens[i + 1];
  if (site === undefined || !site.tightBefore || site.shape !== 'lower' || !SITE_NOUNS.has(site.key)) return;
  if (!capitalised(t) || t.key.length < 3 || has(t, W.Everyday | W.Function | W.Clinical | W.Calendar | W.Month)) return;
  push(t.start, t.end, 'GEO', 5, "place: a town before an organisation's site, in brackets");
}

// 17. "home: Twin Falls": a town after a label of where someone lives.
function labelledHome(text: string, tokens: readonly Token[], i: number, push: Push): void {
  const t = tokens[i]!;
  if (!/^:[ \t]+$/.test(text.slice(tokens[i - 1]!.end, t.start))) return;
  const len = matchCity(resources(), tokens, i, text);
  if (len === 0 || isPlaceWord(t.key)) return;
  push(t.start, tokens[i + len - 1]!.end, 'GEO', 5, 'place: a town after a label of where someone lives (home: …)');
}

// 18. "cl Tobias Rook 38M": the person a note is about, named with a surname that is a word, before age and sex.
function labelledPerson(text: string, tokens: readonly Token[], i: number, push: Push): void {
  const t = tokens[i]!;
  const last = tokens[i + 1];
  if (!t.tightBefore || has(t, NAME_STOP | W.Clinical) || last === undefined || !last.tightBefore || last.shape !== 'title' || has(last, NAME_STOP | W.Clinical)) return;
  if (!AGE_SEX_RE.test(text.slice(last.end, last.end + 10))) return;
  push(t.start, last.end, 'NAME', 5, 'name: after the label of the person a note is about, before age and sex');
}

// The subject of "is actually 94" is a person (a pronoun, a relation, a name), not a reading ("HR is now 98").
const SUBJECT_PEOPLE = new Set(['he', 'she', 'they', 'i', 'who']);
const personBefore = (t: Token | undefined): boolean =>
  t !== undefined && (SUBJECT_PEOPLE.has(t.key) || has(t, W.Relation) || (capitalised(t) && has(t, W.First) && !has(t, W.Clinical)));

// 19. "is actually 90 now": an age over 89 after a verb and an adverb.
function ageAfterAdverb(text: string, adverb: Token, push: Push): void {
  const c = text.charCodeAt(adverb.end + 1);
  if (!(c === 57 || c === 49)) return;
  const m = AGE_AFTER_ADVERB_RE.exec(text.slice(adverb.end, adverb.end + 24));
  if (m === null) return;
  const at = adverb.end + m[0].length - m[1]!.length;
  push(at, at + m[1]!.length, 'AGE', 5, 'age over 89 after a verb and an adverb (is actually 94)');
}

const SAINTS = new Set(['saint', 'sainte', 'san', 'santa', 'sao']);
// 20. "in Rouyn-Noranda": a hyphenated name of two capitalised parts no list knows, after "in" or
//     "near" (after "to" or "from" it is as often a person's double surname).
function hyphenatedTown(t: Token, push: Push): void {
  if (!capitalised(t) || t.sentenceStart || !t.tightBefore || (t.flags & ~W.Common) !== 0) return;
  const parts = t.text.split('-');
  if (parts.length !== 2 || !parts.every((part) => /^\p{Lu}\p{Ll}{2,}$/u.test(part))) return;
  const r = resources();
  // (A French town may open with its saint: "Saint-Quillon".)
  const known = (part: string): boolean => r.commonWords.has(part) || r.firstNames.has(part) || r.lastNames.has(part);
  const [a, b] = [parts[0]!.toLowerCase(), parts[1]!.toLowerCase()];
  if (known(b) || (known(a) && !SAINTS.has(a))) return;
  push(t.start, t.end, 'GEO', 5, 'place: a hyphenated name no list knows after in or near');
}

// ---- joins, once the proposals are merged ------------------------------------------------------

export function joinNoteSpans(text: string, tokens: readonly Token[], spans: Span[]): Span[] {
  if (spans.length === 0) return spans;
  let changed = streetCorners(text, spans);
  if (changed) spans.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const s of spans) {
    if (s.type === 'GEO') changed = trailingKind(text, s, spans) || changed;
    if (s.type === 'GEO' || s.type === 'NAME') changed = houseNumber(text, s) || changed;
  }
  const named = listedNames(text, tokens, spans);
  if (named.length > 0) {
    spans.push(...named);
    changed = true;
  }
  changed = rareSurnames(text, tokens, spans) || changed;
  return changed ? remerge(spans) : spans;
}

function remerge(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last !== undefined && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      continue;
    }
    out.push({ ...s });
  }
  return out;
}

const wordBefore = (text: string, at: number): string => /([\p{L}]+)[ \t]*$/u.exec(text.slice(Math.max(0, at - 24), at))?.[1]?.toLowerCase() ?? '';
const lastWordOf = (value: string): string => /([\p{L}]+)\.?$/u.exec(value)?.[1]?.toLowerCase() ?? '';
const oneCapitalWord = (value: string): boolean => /^\p{Lu}[\p{Ll}'’-]+$/u.test(value);

// 10. Two places joined by "and" or "&": a corner when a street word, a corner word or a word of place
//     says so, or when the same two were a corner earlier in the text.
function streetCorners(text: string, spans: Span[]): boolean {
  let changed = false;
  const corners = new Set<string>();
  for (let k = 0; k + 1 < spans.length; k++) {
    const a = spans[k]!;
    const b = spans[k + 1]!;
    if (b.start - a.end > 7 || (a.type !== 'GEO' && a.type !== 'NAME') || (b.type !== 'GEO' && b.type !== 'NAME')) continue;
    const between = text.slice(a.end, b.start);
    if (!/^[ \t]+(?:and|&)[ \t]+$/.test(between)) continue;
    const va = text.slice(a.start, a.end);
    const vb = text.slice(b.start, b.end);
    const street = STREET_WORDS.has(lastWordOf(va)) || STREET_WORDS.has(lastWordOf(vb));
    const before = wordBefore(text, a.start);
    const cue = CORNER_CUES.has(wordBefore(text, text.lastIndexOf(' ', a.start - 2) + 1)) || (CORNER_PREPS.has(before) && oneCapitalWord(va) && oneCapitalWord(vb) && (a.type === 'GEO' || b.type === 'GEO' || before === 'near'));
    const pair = `${va.toLowerCase()}|${vb.toLowerCase()}`;
    if (!(street && a.type === 'GEO' && b.type === 'GEO') && !cue && !corners.has(pair)) continue;
    corners.add(`${(street ? va.split(/\s+/)[0]! : va).toLowerCase()}|${(street ? vb.split(/\s+/)[0]! : vb).toLowerCase()}`);
    a.end = b.end;
    a.type = 'GEO';
    spans.splice(k + 1, 1);
    k--;
    changed = true;
  }
  if (corners.size > 0) changed = cornerWordsAgain(text, spans, corners) || changed;
  return changed;
}

// A street of a corner named again alone is the same street: "… avoids Quimby now".
function cornerWordsAgain(text: string, spans: Span[], corners: ReadonlySet<string>): boolean {
  const streets = new Set<string>();
  for (const c of corners) for (const w of c.split('|')) streets.add(w);
  let changed = false;
  for (const w of streets) {
    if (w.length < 3 || w.includes(' ')) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'giu');
    for (const m of text.matchAll(re)) {
      if (!/^\p{Lu}/u.test(m[0])) continue;
      const end = m.index + m[0].length;
      const over = spans.find((s) => s.start < end && s.end > m.index);
      if (over !== undefined) {
        if (over.type === 'NAME' && over.start === m.index && over.end === end) over.type = 'GEO';
        continue;
      }
      spans.push({ start: m.index, end, type: 'GEO' });
      changed = true;
    }
  }
  return changed;
}

// 11. "Pinecrest Dr", "Heron Lake Lodge": the kind or street abbreviation after a place. (An
//     abbreviation before a capitalised word is a title: "… St Agnes", "… Dr Vale".)
function trailingKind(text: string, s: Span, spans: Span[]): boolean {
  const m = TRAILING_KIND_RE.exec(text.slice(s.end, s.end + 16));
  if (m === null) return false;
  if (ABBREVIATED_STREET.has(m[1]!) && /^[ \t]*\p{Lu}/u.test(text.slice(s.end + m[0].length, s.end + m[0].length + 3))) return false;
  const end = s.end + m[0].length;
  if (spans.some((o) => o !== s && o.start >= s.end && o.start < end)) return false;
  s.end = end;
  return true;
}

// 12. "Flat 2, 14 Cooper's Row": the number (and flat) before a street.
function houseNumber(text: string, s: Span): boolean {
  const c = text.charCodeAt(s.start - 2);
  if (!(c >= 48 && c <= 57) && !isUpperAt(text, s.start - 2)) return false;
  if (!STREET_WORDS.has(lastWordOf(text.slice(s.start, s.end)))) return false;
  const m = HOUSE_NUMBER_RE.exec(text.slice(Math.max(0, s.start - 24), s.start));
  if (m === null) return false;
  s.start -= m[0].length;
  s.type = 'GEO';
  return true;
}

// 13. A given name in a list of names ("Ida, Rhys and Tamsin"; in lower case between two names),
//     then everywhere the same word is written the same way in the text.
function listedNames(text: string, tokens: readonly Token[], spans: Span[]): Span[] {
  const out: Span[] = [];
  let si = 0;
  const names = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // (A given name, or a capitalised word no list knows: "Bettany".)
    const unknown = t.flags === 0 && capitalised(t) && t.key.length >= 3;
    if (!unknown && (!has(t, W.First) || has(t, W.Function | W.CoreStop | W.Calendar | W.Month | W.Relation | W.Title))) continue;
    while (si < spans.length && spans[si]!.end <= t.start) si++;
    const cur = spans[si];
    if (cur !== undefined && cur.start < t.end) continue;
    const prev = si > 0 ? spans[si - 1] : undefined;
    // (Distances first: only a name a comma or an "and" away is read.)
    const near = (prev !== undefined && t.start - prev.end <= 6) || (cur !== undefined && cur.start - t.end <= 6);
    if (!near) continue;
    const left = prev !== undefined && prev.type === 'NAME' && t.start - prev.end <= 6 && /^(?:,|[ \t]+and|,[ \t]+and)[ \t]+$/.test(text.slice(prev.end, t.start));
    const right = cur !== undefined && cur.type === 'NAME' && cur.start - t.end <= 6 && /^(?:,|[ \t]+and|,[ \t]+and)[ \t]+$/.test(text.slice(t.end, cur.start));
    // (Opening a sentence, a word no list knows still starts a list of names: "Group: Bettany, Orrin Vale".)
    const ok = capitalised(t) && (!t.sentenceStart || unknown) ? left || right : left && right && /,/.test(text.slice(prev.end, t.start));
    if (!ok) continue;
    out.push({ start: t.start, end: t.end, type: 'NAME' });
    names.add(`${t.shape}:${t.key}`);
  }
  if (names.size === 0) return out;
  const taken = new Set(out.map((s) => s.start));
  for (const t of tokens) {
    if (!names.has(`${t.shape}:${t.key}`) || taken.has(t.start) || spans.some((s) => s.start < t.end && s.end > t.start)) continue;
    out.push({ start: t.start, end: t.end, type: 'NAME' });
  }
  return out;
}

// 14. "Hollis Tallow": a capitalised surname that is a rare word, right after a name.
function rareSurnames(text: string, tokens: readonly Token[], spans: Span[]): boolean {
  let changed = false;
  let ti = 0;
  for (const s of spans) {
    if (s.type !== 'NAME') continue;
    while (ti < tokens.length && tokens[ti]!.start < s.end) ti++;
    const t = tokens[ti];
    if (t === undefined || !capitalised(t) || t.sentenceStart || !t.tightBefore || text.slice(s.end, t.start) !== ' ') continue;
    if (has(t, W.Everyday | W.Clinical | NAME_STOP) || isPlaceWord(t.key) || t.key.length < 3) continue;
    // (After a given name alone: "Hollis Tallow"; a name that has its surname already takes no more.)
    const given = tokens[ti - 1]!;
    if (given.start !== s.start || !has(given, W.First) || text.slice(s.start, s.end).includes(' ')) continue;
    if (spans.some((o) => o !== s && o.start < t.end && o.end > t.start)) continue;
    s.end = t.end;
    changed = true;
  }
  return changed;
}

addRule(ROAD_WORDS, R_ROAD);
addRule(UNIT_LABELS, R_UNIT);
addRule(STREET_KINDS_ALL, R_STREET);
addRule(HOUSING_KINDS, R_HOUSING);
addRule(KIND_FIRST_WORSHIP, R_WORSHIP);
addRule(['co'], R_COUNTY);
addRule([...CHURCH_ACRONYMS].map((a) => a.toLowerCase()), R_CHURCH);
for (const k of LOWER_KIND_PAIRS) LOWER_RULES.set(k, L_PAIR);
for (const k of FAMILY_PLACES) LOWER_RULES.set(k, (LOWER_RULES.get(k) ?? 0) | L_FAMILY);
LOWER_RULES.set('marae', (LOWER_RULES.get('marae') ?? 0) | L_MARAE);
