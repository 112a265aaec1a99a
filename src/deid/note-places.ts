// Places in therapists' notes and letters that the name and gazetteer rules (names.ts,
// talk-places.ts) leave alone (R35, R27). A therapist's note reads as prose with some shorthand,
// so it falls in names.ts's clinical register, where a capitalised word no list knows needs a cue;
// and the gazetteer is American. What these rules take instead has a cue of its own:
//   1. a town before its province or state, written as Canadian, Australian and American letters
//      write it ("in Red Deer, AB", "IN MOOSE JAW, SK", "to Ames IA", "from Truro, Nova Scotia"),
//      after a word of place or at a line's start — the region goes with the town;
//   2. capitalised words after a word of place that end in a kind of place or start with one
//      ("from Bay View", "in Copper Ridge", "on Lake Nipigon", "to Millennium Fountain"), or any
//      two or three capitalised words after a verb of living or moving and a word of place
//      ("lives in Thunder Bay", "moved to Little Italy");
//   3. a capitalised word before the site of an organisation ("our Millersville office", "the
//      Maplewood community room");
//   4. in lower case, a word no list knows after a verb of living or moving and a word of place
//      ("dad lives in kamloops now"), and a gazetteer town that is no word and no name after a
//      word of place ("picked me up from kalamazoo").
//   5–18. (a second pass) a town of two words or more in a line of capitals after a word of place
//      ("IN CEDAR RAPIDS"); a mount, fort, lake or port with its name ("AT MOUNT TABOR"); a
//      neighbourhood named after another place ("in Little Lisbon"); a street corner by its numbered
//      street ("on Juniper and 14th"); an acronym no list knows after "at" ("at QVRMC"); an unknown
//      capitalised word where a relative still is or lives; a name after pt/CL at a line's start, or
//      before age and sex ("Philippa 71F"), or opening a sentence before a verb of consent ("Rowan
//      agreed"); a site named by a town and a community room; a hospital named by a word of its own
//      ("Tamarack Regional Medical Center"); a saint's name with its possessive; an acronym after a
//      named place; a one-word landmark ("the Boardwalk"); a lower-case practice ("at thornwick
//      green surgery").
// States, provinces and countries alone stay (Safe Harbor does not list them).
import { CLINICAL_SHORTHAND } from './clinical-lexicon.ts';
import { isPlaceWord, matchCity } from './name-cues.ts';
import { resources } from './resources.ts';
import { hasFlag as has, memoKeyBits, type Token } from './tokens.ts';
import { looksAbbreviated, looksMisspelt, W } from './wordflags.ts';

type Push = (start: number, end: number, type: 'GEO' | 'NAME', prio: number, why?: string) => void;

// Canadian provinces and territories, Australian states and territories, as letters write them.
const REGION_ABBREVIATIONS = new Set(['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'PEI', 'QC', 'SK', 'YT', 'NSW', 'VIC', 'QLD', 'TAS', 'ACT', 'WA', 'SA', 'B.C.', 'P.E.I.']);
const REGION_NAMES = [
  'Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Newfoundland', 'Nova Scotia', 'Ontario', 'Quebec', 'Québec',
  'Saskatchewan', 'Prince Edward Island', 'Yukon', 'Nunavut', 'Northwest Territories', 'New South Wales', 'Queensland',
  'Tasmania', 'Western Australia', 'South Australia', 'Northern Territory',
];
const US_ABBREVIATIONS = new Set(
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC'.split(' '),
);
// Two letters that are also words or clinical abbreviations ("Mercy OR", "student ID", "ME"): with
// no comma before them they are not read as a state.
const AMBIGUOUS_WITHOUT_COMMA = new Set(['IN', 'OR', 'OK', 'ME', 'HI', 'OH', 'ID', 'DE', 'LA', 'MD', 'PA', 'MA', 'MS', 'CO', 'AL', 'ON', 'SA', 'ACT']);
// Regions whose abbreviation is also clinical shorthand: nasotracheal, normal saline, pulmonary
// embolism, sinoatrial …
const CAPS_UNSAFE_REGIONS = new Set(['NT', 'NS', 'PE', 'ON', 'SA', 'ACT', 'WA', 'VIC', 'MS', 'MD', 'PA', 'OR', 'IN', 'ME', 'CO', 'DE']);
const REGION_AFTER_RE = new RegExp(
  String.raw`^(,?)[ \t]+(B\.C\.|P\.E\.I\.|[A-Z]{2,3}|${REGION_NAMES.map((s) => s.replace(/ /g, String.raw`[ \t]+`)).join('|')})(?![\p{L}\p{N}])`,
  'u',
);

// Words that close a place's name ("Bay View", "Copper Ridge", "Millennium Fountain") and words that
// open one ("Lake Nipigon", "Mount Hope", "Fort Hood").
const PLACE_KIND_LAST = new Set([
  'bay', 'view', 'vista', 'ridge', 'hollow', 'knoll', 'meadow', 'meadows', 'park', 'heights', 'hill', 'hills', 'point', 'harbour', 'harbor',
  'village', 'falls', 'springs', 'creek', 'lake', 'lakes', 'river', 'beach', 'grove', 'square', 'fountain', 'plaza', 'commons', 'gardens',
  'estates', 'terrace', 'flats', 'crossing', 'landing', 'junction', 'pier', 'wharf', 'market', 'valley', 'woods', 'glen', 'cove', 'island',
  'isle', 'mountain', 'canyon', 'bluff', 'bluffs', 'trail', 'corners', 'green', 'fields', 'mills', 'rocks', 'quay', 'marina', 'boardwalk',
  'promenade', 'riverwalk', 'lookout', 'reservoir', 'dam', 'pond', 'forest', 'bridge', 'mall', 'common', 'acres', 'pines', 'lodge', 'inn',
  'tavern', 'motel',
]);
const PLACE_KIND_FIRST = new Set(['lake', 'mount', 'mt', 'fort', 'ft', 'port', 'cape', 'isle', 'lac', 'camp']);
// Where an organisation sits: "our Millersville office", "the Maplewood community room".
const SITE_NOUNS = new Set(['office', 'offices', 'branch', 'campus', 'site', 'location', 'library', 'store', 'plant', 'warehouse', 'factory', 'depot', 'yard', 'terminal', 'shelter', 'clinic', 'courthouse']);
const DWELLINGS = new Set(['place', 'flat', 'home', 'house', 'apartment', 'condo', 'trailer', 'farm', 'cabin', 'caravan', 'bungalow', 'digs']);
const SITE_DETERMINERS = new Set(['the', 'our', 'their', 'his', 'her', 'my', 'your', 'a']);
// Words of place before a town: the locative words of the lexicon without "of" (a part of a thing
// far more often: "the rest of Ward", "a bottle of Nitro").
const PLACE_PREPS = new Set(['in', 'from', 'to', 'near', 'at', 'outside', 'around', 'toward', 'towards', 'into', 'on', 'off']);

// Words that open a neighbourhood named after another place ("Little Italy", "Greater Boston").
const PLACE_QUALIFIERS = new Set(['little', 'greater', 'upper', 'lower', 'old', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'downtown', 'uptown', 'midtown', 'inner']);
// A noun between a town's name and the site: "the Maplewood community room", "our Eastgate rec centre".
const SITE_MODIFIERS = new Set(['community', 'recreation', 'rec', 'civic', 'public', 'youth', 'senior', 'seniors', 'leisure', 'sports', 'family', 'health', 'medical', 'main']);
const SITE_ROOMS = new Set(['room', 'hall', 'centre', 'center', 'library', 'office', 'clinic', 'branch', 'campus', 'surgery', 'practice']);
// Verbs by which a person consents or answers, after a given name opening a sentence ("Rowan agreed").
const ASSENT_VERBS = new Set(['agreed', 'agrees', 'consented', 'consents', 'declined', 'declines', 'refused', 'refuses', 'confirmed', 'confirms', 'stated', 'states', 'reported', 'reports', 'denied', 'denies', 'acknowledged', 'acknowledges', 'disclosed', 'discloses', 'endorsed', 'endorses', 'requested', 'requests', 'signed', 'signs']);
// Labels for the person a shorthand note is about, at a line's start ("pt Ana Vale", "CL JON").
const PERSON_LABELS = new Set(['pt', 'cl', 'client', 'patient', 'clt', 'yp']);
// Heads of a hospital's or clinic's name, and the words that alone name none ("Regional Medical Center").
const FACILITY_HEADS = new Set(['hospital', 'infirmary', 'clinic', 'hospice', 'sanatorium']);
const FACILITY_HEADS_TWO = new Set(['medical center', 'medical centre', 'health center', 'health centre', 'health system', 'mental health', 'behavioral health', 'behavioural health']);
const FACILITY_GENERIC = new Set(['regional', 'medical', 'general', 'community', 'memorial', 'university', 'county', 'state', 'city', 'district', 'veterans', 'children', "children's", 'womens', "women's", 'mental', 'health', 'behavioral', 'behavioural', 'psychiatric', 'rehabilitation', 'rehab', 'the', 'of', 'and', 'national', 'royal', 'teaching', 'private', 'public', 'st', 'saint', 'center', 'centre', 'hospital', 'clinic', 'outpatient', 'inpatient', 'family', 'urgent', 'care', 'day', 'main', 'new', 'old',
  'cancer', 'eye', 'dental', 'maternity', 'field', 'heart', 'cardiac', 'orthopaedic', 'orthopedic', 'specialty', 'surgical', 'trauma', 'burn',
  'stroke', 'pediatric', 'paediatric', 'geriatric', 'military', 'army', 'naval', 'base', 'local', 'outside', 'other', 'another', 'same', 'previous',
  'women', 'infirmary', 'walk-in', 'free', 'private', 'county', 'district', 'area', 'town', 'village', 'cottage', 'sleep', 'pain', 'memory']);
// One word that alone names a landmark of a town when written with a capital ("the Boardwalk").
const LANDMARK_WORDS = new Set(['riverwalk', 'boardwalk', 'promenade', 'esplanade', 'waterfront', 'seawall', 'pier', 'quay', 'marina', 'wharf', 'harbourfront', 'lakefront', 'riverfront', 'embankment']);
// Acronyms of kinds of service, not of one institution: "seen at CMHC", "a worker at DCFS".
const SERVICE_ACRONYMS = new Set(['cmhc', 'fqhc', 'vamc', 'ymca', 'ywca', 'dss', 'dcfs', 'dcf', 'cps', 'aps', 'dhs', 'dhhs', 'hhs', 'dmv', 'ssa', 'nami', 'wic', 'tanf', 'snap', 'hud', 'csb', 'cas', 'ccs', 'camhs', 'cmht', 'iapt', 'nhs', 'gp', 'usps', 'ups', 'dhl', 'irs', 'vfw', 'ncoa', 'tafe']);
const CHILDREN_SERVICE = new Set(['ward', 'court', 'unit', 'services', 'service', 'aid', 'home', 'homes', 'society', 'hospital', 'centre', 'center', 'clinic', 'team', 'program', 'programme', 'trust', 'fund', 'charity', 'department', 'wing', 'floor', 'panel', 'hearing', 'guardian', 'commissioner', 'act', 'day', 'church', 'choir', 'library', 'museum', 'theatre', 'theater', 'book', 'books', 'tylenol', 'motrin', 'advil']);
const MODAL_WORDS = new Set(['will', 'may', 'can', 'must', 'might', 'shall', 'should', 'would', 'could']);

const NOT_PLACE = W.Function | W.CoreStop | W.Calendar | W.Month | W.Title | W.Relation | W.Speech | W.Contraction;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

// The current call's text and tokens. The rules below are module-level functions reading them, not
// closures made per call, and each rule is a function of its own: V8 then optimises each small rule
// once, where one large function was thrown away and recompiled every time a rare branch first ran
// (that made this detector the slowest of the engine on a fresh process). Set and cleared by
// detectNotePlaces.
let text = '';
let tokens: readonly Token[] = [];
let n = 0;
let push: Push = () => {};
const NO_TOKENS: readonly Token[] = [];
const NO_PUSH: Push = () => {};

const digitBeside = (t: Token): boolean => isDigit(text.charCodeAt(t.end)) || isDigit(text.charCodeAt(t.start - 1));
// A word written as a name: a capital where case tells, all capitals in a line of capitals.
const capital = (t: Token): boolean => (t.caseInformative ? t.shape === 'title' : t.shape === 'upper' || t.shape === 'title');
const placeWord = (t: Token): boolean => capital(t) && t.key.length >= 2 && !has(t, NOT_PLACE) && !digitBeside(t);
// The word before token k is a word of place (or a verb of living or moving), next to it.
function placeCue(k: number): boolean {
  const p = tokens[k - 1];
  if (p === undefined || !tokens[k]!.tightBefore) return false;
  if (PLACE_PREPS.has(p.key) || has(p, W.LocVerb)) return true;
  const pp = tokens[k - 2];
  return p.key === 'the' && pp !== undefined && p.tightBefore && PLACE_PREPS.has(pp.key);
}
// A verb of living or moving just before the word of place before token k ("lives in", "moved back
// to"), or a home ("her mum's place in", "his flat in").
function verbCue(k: number): boolean {
  const p = tokens[k - 1];
  if (p === undefined || !PLACE_PREPS.has(p.key)) return false;
  for (let j = k - 2; j >= Math.max(0, k - 4); j--) if (has(tokens[j]!, W.LocVerb) || (j === k - 2 && DWELLINGS.has(tokens[j]!.key))) return true;
  return false;
}
const LINE_START_RE = /(?:^|\n)[ \t]*(?:[-*•]|\d+[.)])?[ \t]*$/;
const lineStart = (k: number): boolean => tokens[k]!.lineIndex === 0 || LINE_START_RE.test(text.slice(Math.max(0, tokens[k]!.start - 6), tokens[k]!.start));
const joined = (a: number, b: number): string => tokens.slice(a, b + 1).map((t) => t.key).join(' ');
const upperLine = (t: Token): boolean => !t.caseInformative && t.shape === 'upper';
const unknownWord = (t: Token): boolean => (t.flags & ~(W.CityStart | W.Popular)) === 0;

// Each rule below returns the index of the last token it took (the scan goes on after it), or -1
// when it takes nothing and the next rule reads the token.

// 1. A town before its province or state.
function townBeforeRegion(i: number): number {
  const t = tokens[i]!;
  if (!placeWord(t)) return -1;
  const cued = placeCue(i);
  if (!cued && !lineStart(i)) return -1;
  let b = i;
  while (b + 1 < n && b - i < 2 && tokens[b + 1]!.tightBefore && placeWord(tokens[b + 1]!)) b++;
  // The region may be the run's last word ("Ames IA" read as a run of two): try each end.
  for (let e = b; e >= i; e--) {
    const m = REGION_AFTER_RE.exec(text.slice(tokens[e]!.end, tokens[e]!.end + 32));
    if (!m) continue;
    const region = m[2]!;
    const comma = m[1] === ',';
    const abbr = /^[A-Z.]+$/.test(region);
    const known = abbr ? REGION_ABBREVIATIONS.has(region) || US_ABBREVIATIONS.has(region) : true;
    if (!known) continue;
    // Without a comma: an abbreviation that is no word, in a line that has lower case to tell.
    if (!comma && (!abbr || AMBIGUOUS_WITHOUT_COMMA.has(region) || !t.caseInformative)) continue;
    // A full region name after a comma needs a word of place before the town ("Smith, Alberta"),
    // and so does a US state at a line's start ("Jo Vale, MD" signs a letter).
    if (!cued && (!abbr || !REGION_ABBREVIATIONS.has(region))) continue;
    // In a line of capitals case says nothing: "TO CONTINUE, CT DRAINAGE", "CHANGED TO NRB, NT
    // SUCTIONED" are orders. There the town must be no shorthand, the region no clinical
    // abbreviation, and before a US state no vocabulary either.
    if (!t.caseInformative && (CAPS_UNSAFE_REGIONS.has(region) || tokens.slice(i, e + 1).some((w) => CLINICAL_SHORTHAND.has(w.key) || (US_ABBREVIATIONS.has(region) && has(w, W.Common))))) continue;
    // "in Ontario, CA", "to Texas, US": a region or country is no town.
    if (isPlaceWord(joined(i, e))) continue;
    push(t.start, tokens[e]!.end + m[0].length, 'GEO', 6, 'place: a town before its province or state (Red Deer, AB)');
    return e;
  }
  return -1;
}

// 2. Capitalised words after a word of place that name a kind of place, or after a verb of living
//    or moving. (Mixed case only: in capitals every word looks like this.)
function kindOfPlace(i: number): number {
  const t = tokens[i]!;
  if (!(t.caseInformative && t.shape === 'title' && !t.sentenceStart && placeWord(t) && placeCue(i))) return -1;
  let b = i;
  while (b + 1 < n && b - i < 3 && tokens[b + 1]!.tightBefore && !tokens[b + 1]!.sentenceStart && tokens[b + 1]!.shape === 'title' && placeWord(tokens[b + 1]!)) b++;
  const kind = b > i && (PLACE_KIND_LAST.has(tokens[b]!.key) || PLACE_KIND_FIRST.has(t.key));
  const run = tokens.slice(i, b + 1);
  // ("lives in Thunder Bay", "moved to Little Italy"; not a person, "moved in with Maria Lopez",
  // and no clinical or programme words, "admitted to Intensive Outpatient".)
  // ("talked to Grace Hill": after "to" a given name and a surname are a person, kind word or not.)
  const person = b === i + 1 && has(t, W.First) && has(tokens[b]!, W.Last) && (has(t, W.Popular) || !has(t, W.Common));
  const toPerson = person && tokens[i - 1]!.key === 'to';
  // (Not the modifier of a noun after it: "lives at Carpenter Assisted living".)
  const after = tokens[b + 1];
  const modifier = after !== undefined && after.tightBefore && after.shape === 'lower' && !has(after, W.Function | W.CoreStop);
  const moved = b > i && verbCue(i) && !person && !modifier && !run.some((w) => has(w, W.Clinical | W.NotName));
  if (((kind && !toPerson) || moved) && !isPlaceWord(joined(i, b))) {
    push(t.start, tokens[b]!.end, 'GEO', 5, 'place: capitalised words after a word of place, ending or starting with a kind of place');
    return b;
  }
  return -1;
}

// 3. A capitalised word before the site of an organisation: "our Millersville office"; 3'. the same
//    in lower case, for a word no list knows: "seen at eastview office".
function beforeSite(i: number): number {
  const t = tokens[i]!;
  if (t.caseInformative && t.shape === 'title' && !t.sentenceStart && placeWord(t) && !has(t, W.Everyday | W.Clinical | W.Popular) && !has(t, W.First)) {
    const p = tokens[i - 1];
    const q = tokens[i + 1];
    if (p !== undefined && t.tightBefore && SITE_DETERMINERS.has(p.key) && q !== undefined && q.tightBefore && q.shape === 'lower' && SITE_NOUNS.has(q.key)) {
      push(t.start, t.end, 'GEO', 5, 'place: a town or neighbourhood before the site of an organisation (our … office)');
      return i;
    }
  }
  if (t.shape === 'lower' && t.key.length >= 5 && !has(t, W.Common | W.Name | W.Clinical | W.Function | W.CoreStop | W.Place | W.NotName | W.Calendar) && !looksMisspelt(t.key) && !looksAbbreviated(t.key)) {
    const p = tokens[i - 1];
    const q = tokens[i + 1];
    if (p !== undefined && t.tightBefore && (SITE_DETERMINERS.has(p.key) || p.key === 'at') && q !== undefined && q.tightBefore && SITE_NOUNS.has(q.key)) {
      push(t.start, t.end, 'GEO', 5, 'place: a town or neighbourhood before the site of an organisation (our … office)');
      return i;
    }
  }
  return -1;
}

// 4. Lower case: an unknown word after a verb of living or moving and a word of place, and a
//    gazetteer town that is no word and no name after a word of place.
function lowerTown(i: number): void {
  const t = tokens[i]!;
  if (t.shape === 'lower' && t.key.length >= 4 && !t.sentenceStart && placeCue(i) && tokens[i - 1]!.key !== 'at' && tokens[i - 1]!.key !== 'on' && tokens[i - 1]!.key !== 'off') {
    const nothing = !has(t, W.Common | W.Name | W.Clinical | W.Function | W.CoreStop | W.Place | W.NotName | W.Calendar);
    const unknownTown = nothing && t.key.length >= 5 && verbCue(i) && !looksMisspelt(t.key) && !looksAbbreviated(t.key) && !/^[ \t]*\d/.test(text.slice(t.end, t.end + 4));
    // (After a verb of living or a home, a town that is also a rare surname: "her mum's place in leeds".)
    const town = has(t, W.CityStart) && !has(t, W.Common | W.Clinical | W.Function | W.Popular) && (!has(t, W.Name) || verbCue(i)) && matchCity(resources(), tokens, i, text) === 1;
    if (unknownTown || town) push(t.start, t.end, 'GEO', 5, 'place: a lower-case town after a word of place');
  }
}

// 5. In a line of capitals a town the gazetteer knows by two or more words, after a word of place
//    ("LEFT FOR HER MOTHER'S IN LAKE CHARLES"): one word alone could be any word in capitals.
function capsTown(i: number): number {
  const t = tokens[i]!;
  if (!(upperLine(t) && placeCue(i) && PLACE_PREPS.has(tokens[i - 1]!.key) && !has(t, W.Function | W.CoreStop))) return -1;
  const len = matchCity(resources(), tokens, i, text);
  const words = tokens.slice(i, i + len);
  if (len >= 2 && words.every((w) => !CLINICAL_SHORTHAND.has(w.key) && !digitBeside(w)) && !isPlaceWord(joined(i, i + len - 1))) {
    push(t.start, tokens[i + len - 1]!.end, 'GEO', 5, 'place: a town of two words or more after a word of place, in capitals');
    return i + len - 1;
  }
  return -1;
}

// 6. A mount, fort, lake or port and its name after a word of place, in any case ("AT MOUNT
//    CARMEL", "at Greater Mount Olive"), with a qualifier before it.
function mountOrFort(i: number): number {
  const t = tokens[i]!;
  if (!(placeCue(i) && (capital(t) || t.shape === 'upper'))) return -1;
  let k = i;
  if (PLACE_QUALIFIERS.has(t.key) && tokens[k + 1]?.tightBefore) k++;
  const kindWord = tokens[k]!;
  const nameWord = tokens[k + 1];
  if (PLACE_KIND_FIRST.has(kindWord.key) && kindWord.shape === t.shape && nameWord !== undefined && nameWord.tightBefore && nameWord.shape === t.shape && nameWord.key.length >= 3 && !has(nameWord, W.Function | W.CoreStop | W.Calendar) && !CLINICAL_SHORTHAND.has(nameWord.key) && !digitBeside(nameWord)) {
    push(t.start, nameWord.end, 'GEO', 5, 'place: a mount, fort, lake or port named after a word of place');
    return k + 1;
  }
  return -1;
}

// 7. A neighbourhood named after another place: "in Little Havana", "from Greater Leeds".
function neighbourhood(i: number): number {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (t.caseInformative && t.shape === 'title' && PLACE_QUALIFIERS.has(t.key) && placeCue(i) && next !== undefined && next.tightBefore && next.shape === 'title' && (has(next, W.Place) || (has(next, W.CityStart) && !has(next, W.Common))) && !has(next, W.Function | W.Clinical) && !isPlaceWord(joined(i, i + 1))) {
    push(t.start, next.end, 'GEO', 5, 'place: a neighbourhood named after another place (Little …, Greater …)');
    return i + 1;
  }
  return -1;
}

// 8. A street corner written by its numbered street: "on Birch and 12th", "at 3rd & Vine".
function streetCorner(i: number): number {
  const t = tokens[i]!;
  const p = tokens[i - 1];
  const next = tokens[i + 1];
  if (!(p !== undefined && t.tightBefore && (p.key === 'on' || p.key === 'at' || p.key === 'of' || p.key === 'near') && next !== undefined && (next.key === 'and' || text[next.start] === '&' || text.slice(t.end, t.end + 3) === ' & '))) return -1;
  const ampersand = text.slice(t.end, t.end + 3) === ' & ';
  const afterStart = ampersand ? t.end + 3 : next.end + 1;
  const m = /^(?:\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH)|\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/u.exec(text.slice(afterStart, afterStart + 12));
  const left = /^\d{1,3}(?:st|nd|rd|th)$/.test(text.slice(t.start, t.end + 2).split(/\s/)[0]!) ? text.slice(t.start, t.end + 2).split(/\s/)[0]! : null;
  // (In a line of capitals too: "ON ELM AND 9TH", where the right side must be a numbered street.)
  const leftWord = ((t.shape === 'title' && t.caseInformative) || upperLine(t)) && !has(t, W.Function | W.Clinical | W.Calendar) && !t.sentenceStart;
  const rightOrdinal = m !== null && /^\d/.test(m[0]);
  if (m && ((leftWord && rightOrdinal) || (left !== null && !rightOrdinal && /^\p{Lu}/u.test(m[0])))) {
    push(t.start, afterStart + m[0].length, 'GEO', 5, 'place: a street corner (… and 9th)');
    let j = i;
    while (j + 1 < n && tokens[j + 1]!.start < afterStart + m[0].length) j++;
    return j;
  }
  return -1;
}

// 9. An institution's acronym after "at" in a line that has lower case: a word of capitals that no
//    list knows ("follow-up at NWRH"). (Not after "to" or "from": "weaned from BiPAP to NRB",
//    "moved from the MICU to CCU" are units and devices.)
const POSITION_BEFORE_AT = new Set(['tip', 'tips', 'terminates', 'terminating', 'ends', 'ending', 'level', 'located', 'positioned', 'sits', 'lies']);
function institutionAcronym(i: number): number {
  const t = tokens[i]!;
  const p = tokens[i - 1];
  // (R35 round 6: not where a line's tip or a lesion sits, "tip at CAJ", "ends at SVC": anatomy.)
  const p2 = tokens[i - 2];
  if (p2 !== undefined && POSITION_BEFORE_AT.has(p2.key)) return -1;
  if (t.caseInformative && t.shape === 'upper' && t.key.length >= 3 && t.key.length <= 6 && /^[A-Z]+$/.test(t.text) && unknownWord(t) && p !== undefined && t.tightBefore && p.key === 'at' && !CLINICAL_SHORTHAND.has(t.key) && !SERVICE_ACRONYMS.has(t.key) && !US_ABBREVIATIONS.has(t.text) && !REGION_ABBREVIATIONS.has(t.text) && !digitBeside(t) && !/^[ \t]*[-/]?\d/.test(text.slice(t.end, t.end + 4))) {
    push(t.start, t.end, 'GEO', 5, "place: an institution's acronym after at, to or from");
    return i;
  }
  return -1;
}

// 10. A word no list knows, capitalised mid-sentence after a verb of living or of still being
//     somewhere ("his aunt is still in Oyotunji", "lives in Qaqortoq").
function whereSomeoneIs(i: number): number {
  const t = tokens[i]!;
  const p = tokens[i - 1];
  const next = tokens[i + 1];
  // (The cheap tests first: this runs for every token.)
  if (p !== undefined && (p.key === 'in' || p.key === 'from') && t.tightBefore && t.caseInformative && t.shape === 'title' && !t.sentenceStart && t.key.length >= 4 && (t.flags & ~(W.CityStart | W.Popular | W.Common | W.Name)) === 0 && !has(t, W.Everyday) && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !looksMisspelt(t.key)) {
    const q = tokens[i - 2];
    const living = verbCue(i) || (q !== undefined && (q.key === 'still' || q.key === 'back' || q.key === 'lives' || q.key === 'born' || q.key === 'is' || q.key === 'are' || q.key === 'was'));
    const run = next !== undefined && next.tightBefore && next.shape === 'title' && !next.sentenceStart;
    // (A word the dictionary has must be a town the gazetteer knows: "still in Kindergarten" stays.)
    const town = unknownWord(t) || matchCity(resources(), tokens, i, text) === 1;
    if (living && !run && town) {
      push(t.start, t.end, 'GEO', 5, 'place: an unknown capitalised word where someone lives or is');
      return i;
    }
  }
  return -1;
}

// 11. A given name opening a sentence before a verb of consent or report: "Rowan agreed by phone".
function nameBeforeAssent(i: number): number {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (t.caseInformative && t.shape === 'title' && t.sentenceStart && has(t, W.First) && !has(t, W.Function | W.Clinical | W.Relation | W.Role | W.Title | W.Calendar | W.Month | W.Speech) && !MODAL_WORDS.has(t.key) && next !== undefined && next.tightBefore && next.shape === 'lower' && ASSENT_VERBS.has(next.key) && text.slice(t.end, next.start) === ' ') {
    push(t.start, t.end, 'NAME', 4, 'name: a given name opening a sentence before a verb of consent or report');
    return i;
  }
  return -1;
}

// 12. A name after the label of the person a shorthand note is about, at a line's start:
//     "pt ana vale seen", "CL DARIUS 50 MIN"; and a name that opens a line before age and sex
//     ("Ottoline 71F").
const givenAfterLabel = (w: Token): boolean => has(w, W.First) && (has(w, W.Popular) || !has(w, W.Common)) && !has(w, W.Function | W.Clinical | W.Relation | W.Role | W.Title | W.Calendar | W.Month | W.Speech) && !MODAL_WORDS.has(w.key) && !CLINICAL_SHORTHAND.has(w.key) && !digitBeside(w);
function nameAtLineStart(i: number): number {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (PERSON_LABELS.has(t.key) && lineStart(i) && next !== undefined && next.tightBefore && text.slice(t.end, next.start) === ' ' && (next.shape === t.shape || next.shape === 'title')) {
    // (Not a verb misspelt as a name, "pt denyse nausea": the name is spelt as no word is near, and
    // what follows it is no symptom.)
    if (givenAfterLabel(next) && !looksMisspelt(next.key)) {
      const last = tokens[i + 2];
      const withLast = last !== undefined && last.tightBefore && text.slice(next.end, last.start) === ' ' && last.shape === next.shape && has(last, W.Last) && !has(last, W.Common | W.Clinical | W.Function) && !CLINICAL_SHORTHAND.has(last.key);
      const end = withLast ? last.end : next.end;
      const after = tokens[withLast ? i + 3 : i + 2];
      if (after !== undefined && after.tightBefore && (has(after, W.Clinical) || CLINICAL_SHORTHAND.has(after.key)) && !/^\d/.test(after.text)) return i;
      push(next.start, end, 'NAME', 4, 'name: after the label of the person a note is about (pt …, CL …)');
      return withLast ? i + 2 : i + 1;
    }
  }
  if (t.shape === 'title' && has(t, W.First) && !has(t, W.Common | W.Function | W.Clinical | W.Calendar | W.Month) && lineStart(i) && /^[ \t]+\d{1,3}[ \t]?(?:[MF]|y\/?o|yo)(?![\p{L}\p{N}])/u.test(text.slice(t.end, t.end + 10))) {
    push(t.start, t.end, 'NAME', 4, 'name: opening a line before age and sex (… 71F)');
    return i;
  }
  return -1;
}

// 13. "the Maplewood community room": a capitalised word, a noun of use, and the room or site.
function communityRoom(i: number): number {
  const t = tokens[i]!;
  const p = tokens[i - 1];
  if (t.caseInformative && t.shape === 'title' && !t.sentenceStart && placeWord(t) && !has(t, W.Everyday | W.Clinical | W.Popular | W.First) && p !== undefined && t.tightBefore && SITE_DETERMINERS.has(p.key)) {
    const mod = tokens[i + 1];
    const room = tokens[i + 2];
    if (mod !== undefined && room !== undefined && mod.tightBefore && room.tightBefore && mod.shape === 'lower' && room.shape === 'lower' && SITE_MODIFIERS.has(mod.key) && SITE_ROOMS.has(room.key)) {
      push(t.start, t.end, 'GEO', 5, 'place: a town or neighbourhood before a community room or site');
      return i;
    }
  }
  return -1;
}

// 14. A hospital or clinic named by words that are not all generic, after at, to or from
//     ("admitted to Lakeshore Regional Medical Center", "SEEN AT ST. JUDE'S HOSPITAL").
// (The words follow one another, or a saint's abbreviation: "St. Jude's".)
const FACILITY_PREPS = new Set(['at', 'to', 'from', 'in']);
const facilityJoins = (a: Token, c: Token): boolean => c.tightBefore || ((a.key === 'st' || a.key === 'mt') && /^\.[ \t]+$/.test(text.slice(a.end, c.start)));
function namedFacility(i: number): number {
  const t = tokens[i]!;
  const p = tokens[i - 1];
  if (!(p !== undefined && t.tightBefore && (p.key === 'at' || p.key === 'to' || p.key === 'from') && (t.shape === 'title' || upperLine(t)) && !t.sentenceStart)) return -1;
  let b = i;
  let head = -1;
  // ("ACCEPTED TO ACUTE REHAB AT PELLHAVEN REHABILITATION HOSPITAL": a second "at", "to" or "from" opens
  // another name, read from there.)
  while (b + 1 < n && b - i < 6 && facilityJoins(tokens[b]!, tokens[b + 1]!) && (tokens[b + 1]!.shape === t.shape || (tokens[b + 1]!.key === 'of' && b > i)) && !FACILITY_PREPS.has(tokens[b + 1]!.key)) {
    b++;
    const k = tokens[b]!.key;
    if (FACILITY_HEADS.has(k) || (b > i && FACILITY_HEADS_TWO.has(`${tokens[b - 1]!.key} ${k}`))) head = b;
  }
  if (head > i) {
    const words = tokens.slice(i, head + 1);
    // (In capitals, where case tells nothing, a word no vocabulary has: "ORIENTED TO SELF AND
    // HOSPITAL", "AT OUTSIDE HOSPITAL" name none.)
    // A clinic is named for what it treats as often as for a place ("Lipid Clinic", "Wound Clinic"):
    // there the word of its own must be no word of the vocabulary.
    const clinic = tokens[head]!.key === 'clinic' || tokens[head]!.key === 'hospice';
    const proper = words.some((w) => !FACILITY_GENERIC.has(w.key) && !FACILITY_HEADS.has(w.key) && !has(w, W.Function | W.CoreStop) && ((t.caseInformative && !clinic) || !has(w, W.Common | W.Clinical)));
    if (proper && !words.some((w) => digitBeside(w) || has(w, W.Calendar | W.Month))) {
      push(t.start, tokens[head]!.end, 'GEO', 5, 'place: a hospital or clinic named after at, to or from');
      return head;
    }
  }
  return -1;
}

// 15. A saint's name with its possessive, which names a church, school or hospital ("St. Kilda's");
// 16. an acronym no list knows after a place's name after a word of place: "at Bethel AMEZ";
// 17. a landmark named by one word with a capital: "walked along the Boardwalk".
function saintsAcronymsLandmarks(i: number): number {
  const t = tokens[i]!;
  const p = tokens[i - 1];
  const next = tokens[i + 1];
  if ((t.key === 'st' || t.key === 'saint') && capital(t) && next !== undefined && capital(next) && /^\.?[ \t]+$/.test(text.slice(t.end, next.start)) && /['’]s$/i.test(next.text) && !has(next, W.Function | W.CoreStop)) {
    push(t.start, next.end, 'GEO', 5, "place: a saint's name with its possessive");
    return i + 1;
  }
  if (t.caseInformative && t.shape === 'title' && !t.sentenceStart && placeCue(i) && placeWord(t) && next !== undefined && next.tightBefore && text.slice(t.end, next.start) === ' ' && next.shape === 'upper' && /^[A-Z]{2,5}$/.test(next.text) && !has(next, W.Common | W.Clinical | W.Function | W.CoreStop | W.Calendar | W.Place | W.NotName) && !CLINICAL_SHORTHAND.has(next.key) && !US_ABBREVIATIONS.has(next.text) && !REGION_ABBREVIATIONS.has(next.text) && !has(t, W.Clinical | W.Everyday)) {
    push(t.start, next.end, 'GEO', 5, 'place: a named place and its acronym after a word of place');
    return i + 1;
  }
  if (t.caseInformative && t.shape === 'title' && !t.sentenceStart && LANDMARK_WORDS.has(t.key) && p !== undefined && p.key === 'the' && t.tightBefore) {
    push(t.start, t.end, 'GEO', 5, 'place: a landmark named by one capitalised word');
    return i;
  }
  return -1;
}

// 18. In lower case, a place's name, a kind of place and a practice: "the gp at fernlea park surgery";
// 19. a children's hospital called by a name after at, to or from: "seen at Children's Hope".
//     (Not a ward, court or service: "Children's Ward", "Children's Aid".)
function practices(i: number): number {
  const t = tokens[i]!;
  const p = tokens[i - 1];
  const next = tokens[i + 1];
  if (t.shape === 'lower' && p !== undefined && p.key === 'at' && t.tightBefore && t.key.length >= 4 && !has(t, W.Function | W.CoreStop | W.Clinical | W.Everyday | W.Calendar)) {
    const kind = tokens[i + 1];
    const site = tokens[i + 2];
    if (kind !== undefined && site !== undefined && kind.tightBefore && site.tightBefore && kind.shape === 'lower' && site.shape === 'lower' && PLACE_KIND_LAST.has(kind.key) && SITE_ROOMS.has(site.key)) {
      push(t.start, site.end, 'GEO', 5, 'place: a practice named by a place and a kind of place');
      return i + 2;
    }
  }
  if (t.caseInformative && t.shape === 'title' && (t.key === 'children' || t.key === 'childrens') && p !== undefined && t.tightBefore && (p.key === 'at' || p.key === 'to' || p.key === 'from') && next !== undefined && next.tightBefore && text.slice(t.end, next.start) === ' ' && next.shape === 'title' && has(next, W.First) && !has(next, W.Clinical | W.Function | W.Calendar | W.Month) && !CHILDREN_SERVICE.has(next.key)) {
    push(t.start, next.end, 'GEO', 5, "place: a children's hospital called by a name");
    return i + 1;
  }
  return -1;
}

// What the rules ask of a word's key, folded into one bit mask per word form (tokens.ts
// memoKeyBits): each rule needs its word, or the word before or after it, in one of the lists above,
// and the loop below runs on every word. A rule whose necessary key, shape or neighbour is missing
// returns -1 untried, so it is not called; the rules that remain run in their order.
const K_PREP = 1 << 0; // PLACE_PREPS
const K_THE = 1 << 1;
const K_AT = 1 << 2;
const K_TO = 1 << 3;
const K_FROM = 1 << 4;
const K_IN = 1 << 5;
const K_ON_OF_NEAR = 1 << 6; // "on", "of", "near"
const K_LABEL = 1 << 7; // PERSON_LABELS
const K_SITE_DET = 1 << 8; // SITE_DETERMINERS
const K_SITE_NOUN = 1 << 9; // SITE_NOUNS
const K_QUAL = 1 << 10; // PLACE_QUALIFIERS
const K_KIND_FIRST = 1 << 11; // PLACE_KIND_FIRST
const K_LANDMARK = 1 << 12; // LANDMARK_WORDS
const K_SAINT = 1 << 13; // "st", "saint"
const K_CHILDREN = 1 << 14; // "children", "childrens"
const K_ASSENT = 1 << 15; // ASSENT_VERBS
const keyBits = memoKeyBits((k) =>
  (PLACE_PREPS.has(k) ? K_PREP : 0) |
  (k === 'the' ? K_THE : 0) |
  (k === 'at' ? K_AT : 0) |
  (k === 'to' ? K_TO : 0) |
  (k === 'from' ? K_FROM : 0) |
  (k === 'in' ? K_IN : 0) |
  (k === 'on' || k === 'of' || k === 'near' ? K_ON_OF_NEAR : 0) |
  (PERSON_LABELS.has(k) ? K_LABEL : 0) |
  (SITE_DETERMINERS.has(k) ? K_SITE_DET : 0) |
  (SITE_NOUNS.has(k) ? K_SITE_NOUN : 0) |
  (PLACE_QUALIFIERS.has(k) ? K_QUAL : 0) |
  (PLACE_KIND_FIRST.has(k) ? K_KIND_FIRST : 0) |
  (LANDMARK_WORDS.has(k) ? K_LANDMARK : 0) |
  (k === 'st' || k === 'saint' ? K_SAINT : 0) |
  (k === 'children' || k === 'childrens' ? K_CHILDREN : 0) |
  (ASSENT_VERBS.has(k) ? K_ASSENT : 0),
);

const FIRST_PASS = [townBeforeRegion, kindOfPlace, beforeSite];
const SECOND_PASS = [capsTown, mountOrFort, neighbourhood, streetCorner, institutionAcronym, whereSomeoneIs, nameBeforeAssent, nameAtLineStart, communityRoom, namedFacility, saintsAcronymsLandmarks, practices];

// Bit r set: FIRST_PASS[r] (bits 0–2) or lowerTown (bit 3) may take token i; the rest return -1.
function firstPassRules(i: number): number {
  const t = tokens[i]!;
  const p = tokens[i - 1];
  const q = tokens[i + 1];
  const cue = p !== undefined && t.tightBefore && ((keyBits(p) & (K_PREP | K_THE)) !== 0 || has(p, W.LocVerb));
  return (
    (capital(t) ? 1 : 0) |
    (cue && t.caseInformative && t.shape === 'title' ? 2 : 0) |
    (q !== undefined && (keyBits(q) & K_SITE_NOUN) !== 0 ? 4 : 0) |
    (cue && t.shape === 'lower' ? 8 : 0)
  );
}

// Bit r set: SECOND_PASS[r] may take token i (each bit a condition the rule itself requires).
function secondPassRules(i: number): number {
  const t = tokens[i]!;
  const p = tokens[i - 1];
  const q = tokens[i + 1];
  const kb = keyBits(t);
  const pb = p !== undefined && t.tightBefore ? keyBits(p) : 0;
  const qb = q !== undefined ? keyBits(q) : 0;
  const cue = (pb & (K_PREP | K_THE)) !== 0 || (p !== undefined && t.tightBefore && has(p, W.LocVerb));
  const title = t.shape === 'title';
  return (
    ((pb & K_PREP) !== 0 && upperLine(t) ? 1 << 0 : 0) |
    (cue && (kb & (K_KIND_FIRST | K_QUAL)) !== 0 ? 1 << 1 : 0) |
    ((kb & K_QUAL) !== 0 && title ? 1 << 2 : 0) |
    ((pb & (K_AT | K_ON_OF_NEAR)) !== 0 && q !== undefined ? 1 << 3 : 0) |
    ((pb & K_AT) !== 0 && t.shape === 'upper' ? 1 << 4 : 0) |
    ((pb & (K_IN | K_FROM)) !== 0 && title ? 1 << 5 : 0) |
    ((qb & K_ASSENT) !== 0 && title && t.sentenceStart ? 1 << 6 : 0) |
    ((kb & K_LABEL) !== 0 || (title && has(t, W.First) && (text.charCodeAt(t.end) === 32 || text.charCodeAt(t.end) === 9)) ? 1 << 7 : 0) |
    ((pb & K_SITE_DET) !== 0 && title ? 1 << 8 : 0) |
    ((pb & (K_AT | K_TO | K_FROM)) !== 0 ? 1 << 9 : 0) |
    ((kb & K_SAINT) !== 0 || (cue && title && q !== undefined && q.shape === 'upper') || ((kb & K_LANDMARK) !== 0 && (pb & K_THE) !== 0) ? 1 << 10 : 0) |
    (((pb & K_AT) !== 0 && t.shape === 'lower') || ((kb & K_CHILDREN) !== 0 && (pb & (K_AT | K_TO | K_FROM)) !== 0) ? 1 << 11 : 0)
  );
}

export function detectNotePlaces(text_: string, tokens_: readonly Token[], push_: Push): void {
  text = text_;
  tokens = tokens_;
  n = tokens_.length;
  push = push_;
  try {
    for (let i = 0; i < n; i++) {
      const may = firstPassRules(i);
      if (may === 0) continue;
      let took = -1;
      for (let r = 0; r < FIRST_PASS.length && took < 0; r++) if ((may & (1 << r)) !== 0) took = FIRST_PASS[r]!(i);
      if (took >= 0) i = took;
      else if ((may & 8) !== 0) lowerTown(i);
    }
    // Second pass: cues that span other shapes of text.
    for (let i = 0; i < n; i++) {
      const may = secondPassRules(i);
      if (may === 0) continue;
      let took = -1;
      for (let r = 0; r < SECOND_PASS.length && took < 0; r++) if ((may & (1 << r)) !== 0) took = SECOND_PASS[r]!(i);
      if (took >= 0) i = took;
    }
  } finally {
    text = '';
    tokens = NO_TOKENS;
    n = 0;
    push = NO_PUSH;
  }
}
