// Places as therapists write about clients' lives (R35, R27; egress round egeo): a grammar of place
// phrases, not a list of places. A note names where a client lives, works, worships, drinks, was
// treated or was hurt the way locals say it — "the Pellham Township trailer", "Aldridge Feed Store",
// "the Bellmont Police Department lobby", "Westbury Community Garden", "Dixon's Hardware", "Santa
// Rosa de Lima", "the whole Deerfoot Ridge area" — and most of those names are in no gazetteer.
// What makes such a phrase a place is its HEAD: a run of capitalised words (mid-sentence, in a line
// that mixes cases) whose last word is a kind of place (Township, Pavilion, Reservoir, Store,
// Hardware, Garden, Correctional, Fellowship …; the heads other modules already read stay theirs).
//   1. Place phrase: two to five capitalised words, joined by "of", "de", "la", "del", "&" or a
//      possessive, ending in a head, with at least one word that names (a word that is no kind of
//      place, no generic qualifier — Police, Community, Family, Emergency — and no programme,
//      clinical, calendar or title word). "Emergency Department", "Community Garden" alone name
//      nothing; "Bellmont Police Department" does.
//   2. A capitalised word no dictionary knows before "where" and a verb of living or working
//      ("avoids Penrose where her ex lives").
//   3. Document consistency: a word that names in a phrase of rule 1 and is no vocabulary word is a
//      place wherever else the note writes it with its capital ("the Kemble Piggly Wiggly").
import { hasFlag as has, type Token } from './tokens.ts';
import { W } from './wordflags.ts';

type Push = (start: number, end: number, type: 'GEO', prio: number, why?: string) => void;

// Kinds of place that end a place's name and are not read by facilities.ts or note-places.ts
// (a hospital, clinic, church, mall or bar and its generic tail are facilities.ts's; the kinds of land
// note-places.ts reads after a word of place — Park, Ridge, Heights — are repeated here for the
// phrases they take with no cue before them).
const HEADS = new Set([
  // settlements and parts of them
  'township', 'twp', 'borough', 'hamlet', 'parish', 'bend', 'gap', 'prairie', 'bottoms', 'corner', 'corners', 'hollow', 'heights', 'acres',
  'estates', 'ridge', 'valley', 'hills', 'flats', 'crossing', 'landing', 'junction', 'district', 'ward', 'quarter',
  // streets
  'pike', 'turnpike', 'parkway', 'pkwy', 'boulevard', 'blvd', 'highway', 'hwy', 'expressway', 'causeway',
  // buildings and sites (hospitals, clinics, churches, malls, bars and the like are facilities.ts's)
  'pavilion', 'correctional', 'detention', 'precinct', 'substation', 'firehouse', 'department', 'dept', 'reservoir', 'dam', 'levee',
  'spillway', 'overlook', 'trailhead', 'landfill', 'quarry', 'drive-in', 'hardware', 'ymca', 'ywca', 'ymha', 'fellowship', 'tabernacle',
  'ministries', 'mission', 'masjid', 'gurdwara', 'basilica', 'abbey', 'priory', 'convent', 'monastery', 'hermitage', 'seminary', 'sanctuary',
  'retreat', 'shelter', 'store', 'mart', 'market', 'supermarket', 'pharmacy', 'outlet', 'outlets', 'galleria', 'garden', 'gardens',
  'arboretum', 'fairgrounds', 'campground', 'racetrack', 'speedway', 'raceway', 'gym', 'fitness', 'dojo', 'ballpark', 'fieldhouse',
  'playground', 'pool', 'bowl', 'greens', 'links', 'club', 'clubhouse', 'legion', 'vfw', 'mill', 'mills', 'orchard', 'orchards', 'ranch',
  'farm', 'farms', 'vineyard', 'winery', 'brewery', 'distillery', 'cafe', 'café', 'bakery', 'deli', 'pizzeria', 'taqueria', 'cantina',
  'lounge', 'bar', 'barbershop', 'salon', 'inn', 'suites', 'park', 'lofts', 'homes', 'courts', 'village', 'tower', 'building', 'bldg', 'hall',
  'armory', 'depot', 'terminal', 'marina', 'wharf', 'dock', 'docks', 'square', 'commons', 'complex', 'mortuary', 'crematory', 'theater',
  'theatre', 'cinema', 'cineplex', 'auditorium', 'coliseum', 'colosseum', 'amphitheater', 'elementary', 'academy', 'preschool', 'daycare',
  'montessori', 'institute', 'medicine', 'pediatrics', 'paediatrics', 'orthopedics', 'orthopaedics', 'dermatology', 'cardiology', 'oncology', 'psychiatry',
]);
// Heads read in a line of capitals: land and settlements, which no ward or service is named by.
const CAPS_HEADS = new Set(['township', 'twp', 'borough', 'hamlet', 'bend', 'gap', 'prairie', 'hollow', 'heights', 'acres', 'estates', 'ridge', 'valley', 'hills', 'crossing', 'landing', 'junction', 'pike', 'turnpike', 'parkway', 'reservoir', 'dam', 'levee', 'quarry', 'fairgrounds', 'campground', 'marina', 'wharf', 'orchard', 'orchards', 'ranch', 'vineyard', 'winery']);
// Heads so weak that capitalised words ending in them are often a brand, a book or a programme
// ("Breakfast Club", "Wuthering Heights", "Olive Garden"): the naming word must be no vocabulary
// word (or a town), and a word of place must come before the phrase (or a town be in it).
const WEAK_HEADS = new Set([
  'club', 'hall', 'bowl', 'links', 'greens', 'quarter', 'ward', 'district', 'medicine', 'institute', 'mission', 'retreat', 'sanctuary', 'fitness',
  'department', 'dept', 'station', 'corner', 'complex', 'tower', 'building', 'outlet', 'store', 'market', 'mart', 'bar', 'lounge', 'pool',
  'academy', 'fellowship', 'recovery', 'wellness', 'counseling', 'counselling', 'hardware', 'pharmacy', 'farm', 'farms', 'ranch', 'orchard',
  'orchards', 'garden', 'gardens', 'inn', 'suites', 'cafe', 'café', 'deli', 'salon', 'gym', 'kingdom', 'heights', 'temple', 'chapel', 'mill',
  'mills', 'park', 'center', 'centre', 'lodge', 'motel', 'theater', 'theatre', 'village', 'manor',
]);
// Words that qualify a kind of place without naming one: "the Emergency Department", "Community
// Garden", "Family Court", "Public Library", "Mental Health Center".
const GENERIC = new Set([
  'emergency', 'police', 'fire', 'sheriff', "sheriff's", 'community', 'public', 'family', 'national', 'state', 'federal', 'city', 'town', 'county',
  'regional', 'general', 'medical', 'health', 'mental', 'behavioral', 'behavioural', 'youth', 'senior', 'seniors', 'recreation', 'rec', 'civic',
  'memorial', 'children', "children's", 'women', "women's", 'men', "men's", 'veterans', "veterans'", 'adolescent', 'adult', 'pediatric', 'urgent',
  'care', 'day', 'night', 'main', 'central', 'new', 'old', 'north', 'south', 'east', 'west', 'upper', 'lower', 'first', 'second', 'united',
  'american', 'international', 'christian', 'catholic', 'baptist', 'methodist', 'lutheran', 'episcopal', 'presbyterian', 'pentecostal',
  'evangelical', 'orthodox', 'reformed', 'free', 'full', 'gospel', 'bible', 'holy', 'sacred', 'grace', 'faith', 'life', 'word', 'living',
  'crisis', 'recovery', 'treatment', 'rehabilitation', 'rehab', 'residential', 'transitional', 'supportive', 'housing', 'homeless', 'shelter',
  'juvenile', 'detention', 'correctional', 'county', 'district', 'circuit', 'superior', 'municipal', 'probate', 'drug', 'dui', 'court',
  'high', 'middle', 'elementary', 'junior', 'primary', 'secondary', 'intermediate', 'charter', 'magnet', 'alternative', 'school', 'early',
  'learning', 'head', 'start', 'job', 'corps', 'goodwill', 'salvation', 'army', 'red', 'cross', 'boys', 'girls', 'big', 'brothers', 'sisters',
  'planned', 'parenthood', 'legal', 'aid', 'social', 'security', 'human', 'services', 'service', 'department', 'office', 'division', 'bureau',
  'agency', 'area', 'aging', 'support', 'group', 'stress', 'reduction', 'mindfulness', 'based', 'partial', 'hospitalization', 'intensive',
  'outpatient', 'inpatient', 'program', 'programme', 'unit', 'wing', 'floor', 'ward', 'level', 'suite', 'room', 'building', 'complex', 'campus',
  'medicine', 'primary', 'specialty', 'sleep', 'pain', 'memory', 'eye', 'dental', 'heart', 'cancer', 'womens', 'mens', 'family', 'dollar',
  'general', 'fitness', 'planet', 'golds', "gold's", 'anytime', 'sports', 'outdoor', 'field', 'track', 'swim', 'aquatic', 'aquatics', 'tennis',
  'golf', 'country', 'bowling', 'skating', 'roller', 'ice', 'trailer', 'mobile', 'home', 'park', 'industrial', 'business', 'office', 'retail',
  'shopping', 'strip', 'outlet', 'farmers', "farmers'", 'flea', 'feed', 'seed', 'auto', 'parts', 'grocery', 'food', 'pantry', 'thrift',
  'book', 'music', 'art', 'arts', 'science', 'history', 'natural', 'performing', 'fine', 'civil', 'rights', 'war', 'world', 'union', 'labor',
  'rape', 'abuse', 'trauma', 'addiction', 'victim', 'victims', 'advocacy', 'resource', 'resources', 'career', 'employment', 'welcome',
  'visitor', 'visitors', 'student', 'students', 'writing', 'tutoring', 'birth', 'birthing', 'dialysis', 'surgery', 'surgical', 'imaging',
  'infusion', 'wound', 'transplant', 'burn', 'eating', 'disorders', 'autism', 'developmental', 'disability', 'disabilities', 'deaf', 'blind',
  'hearing', 'vision', 'speech', 'language', 'therapy', 'occupational', 'physical', 'weight', 'loss', 'nutrition', 'lactation', 'maternity',
  'delivery', 'newborn', 'neonatal', 'acute', 'chronic', 'geriatric', 'assisted', 'independent', 'skilled', 'nursing', 'long', 'term',
  'respite', 'foster', 'kinship', 'adoption', 'child', 'welfare', 'protective', 'protection', 'domestic', 'violence', 'sexual', 'assault',
  'counseling', 'counselling', 'wellness', 'recovery', 'prevention', 'intervention', 'education', 'training', 'vocational', 'volunteer',
  'all', 'saints', 'souls', 'our', 'lady', 'the', 'of', 'de', 'la', 'del', 'and', '&', 'st', 'saint', 'ste', 'mt', 'mount', 'fort', 'ft', 'lake',
]);
// National chains and programmes whose names end in a kind of place: a branch of one names no
// place ("Olive Garden", "Sam's Club", "Gold's Gym", "Holiday Inn"); with a town or street before it,
// another rule reads that ("the Dunmore Street Kroger").
const CHAINS = new Set([
  'olive', 'sam', 'ace', 'gold', 'planet', 'anytime', 'crunch', 'la', 'hidden valley', 'holiday', 'red roof', 'comfort', 'hampton', 'days',
  'best western', 'quality', 'econo', 'super', 'motel', 'courtyard', 'fairfield', 'residence', 'extended stay', 'embassy', 'staybridge',
  'walgreens', 'cvs', 'rite', 'kroger', 'walmart', 'target', 'costco', 'regal', 'amc', 'cinemark', 'whole foods', 'boston', 'barnes', 'dick',
  'bass pro', 'tractor supply', 'petsmart', 'kmart', 'sears', 'macy', 'kohl', 'safeway', 'publix', 'aldi', 'meijer', 'wegmans', 'food lion',
  'ikea', 'lowe', 'menards', 'dollar', 'family dollar', 'buffalo wild', 'texas', 'cracker', 'chuck e', 'dave', 'buster', 'trader joe',
  'salvation', 'goodwill', 'boys', 'girls', 'elks', 'moose', 'kiwanis', 'rotary', 'lions', 'ymca', 'ywca', 'jcc', 'snap', 'curves', 'orange',
  'equinox', 'blink', 'lifetime', 'ymca', 'world', 'disney', 'magic', 'universal', 'six flags', 'sea', 'legoland', 'bed bath', 'pier',
]);
// Joining words inside a place's name: "Our Lady of Lourdes", "Santa Rosa de Lima", "Boys & Girls".
const JOINERS = new Set(['of', 'the', 'de', 'la', 'del', 'des', 'du', 'le', 'los', 'las', 'el', 'da', 'do', 'dos', 'van', 'von']);
// Abbreviations written with a full stop inside a name ("St. Hilda's", "Mt. Olive", "Ft. Mabry").
const DOTTED = new Set(['st', 'mt', 'ft', 'ste', 'n', 's', 'e', 'w']);
// Verbs of living, working or being somewhere after "where": "Penrose where her ex lives".
const WHERE_VERBS = new Set(['lives', 'lived', 'live', 'living', 'works', 'worked', 'work', 'working', 'stays', 'stayed', 'grew', 'moved', 'goes', 'went', 'attends', 'attended', 'resides', 'resided', 'was', 'is', 'were', 'are', 'used', 'hangs', 'happened', 'died', 'born']);

// Words of place before a phrase: a preposition of place, with "the" or a possessive between.
const LOCATIVE = new Set(['above', 'below', 'beside', 'opposite', 'in', 'at', 'from', 'to', 'near', 'outside', 'inside', 'behind', 'past', 'by', 'toward', 'towards', 'into', 'on', 'off', 'around', 'across', 'through', 'beyond', 'between', 'within', 'leaving', 'left', 'visited', 'attends', 'attended', 'attending', 'joined']);
// Words between the preposition and the name: "near the old Aldridge Feed Store".
const BEFORE_NAME = new Set(['the', 'old', 'new', 'whole', 'big', 'little', 'same', 'local', 'her', 'his', 'their', 'our', 'my']);
function locativeBefore(i: number): boolean {
  let k = i - 1;
  while (k >= 0 && k >= i - 2 && BEFORE_NAME.has(tokens[k]!.key) && tokens[k + 1]!.tightBefore) k--;
  const p = tokens[k];
  return p !== undefined && (LOCATIVE.has(p.key) || has(p, W.LocVerb)) && tokens[k + 1]!.tightBefore;
}

let text = '';
let tokens: readonly Token[] = [];
let n = 0;

// A word of a name: capitalised mid-sentence in a line that mixes cases (or a word's capital that
// a full stop before it explains only as a sentence's start is left out).
// In a line of capitals every word is one; there a phrase needs a word of place before it.
const capsLine = (t: Token): boolean => !t.caseInformative && t.shape === 'upper';
const titled = (t: Token): boolean => (t.caseInformative ? t.shape === 'title' || (t.shape === 'upper' && t.text.length <= 5) : t.shape === 'upper');
const noWord = W.Function | W.CoreStop | W.Calendar | W.Month | W.Title | W.Relation | W.Speech | W.Contraction | W.Holiday;
// Adjoining: one to three spaces, or an abbreviation's full stop and a space ("St. Hilda's").
function adjoins(a: Token, b: Token): boolean {
  if (b.tightBefore) return true;
  return DOTTED.has(a.key) && /^\.[ \t]{1,2}$/.test(text.slice(a.end, b.start));
}
// A word that names: capitalised, no kind of place, no qualifier, no function, calendar or title
// word, no clinical or programme word.
function names(t: Token): boolean {
  if (!(t.caseInformative ? t.shape === 'title' : t.shape === 'upper') || t.key.length < 2) return false;
  if (HEADS.has(t.key) || GENERIC.has(t.key) || JOINERS.has(t.key)) return false;
  if (has(t, noWord | W.Clinical | W.NotName)) return false;
  return /\p{L}{2}/u.test(t.text);
}

// 1. A run of capitalised words ending in a head; returns the last token taken, or -1.
function placePhrase(i: number, push: Push): number {
  const t = tokens[i]!;
  if (!titled(t) || has(t, W.Function | W.CoreStop) || JOINERS.has(t.key)) return -1;
  // The run: capitalised words and joiners between them, at most six words.
  let b = i;
  let best = -1;
  while (b < n && b - i < 6) {
    const w = tokens[b]!;
    if (b > i && !adjoins(tokens[b - 1]!, w)) break;
    if (b > i && w.sentenceStart) break;
    const joiner = JOINERS.has(w.key) && (w.shape === 'lower' || capsLine(w));
    if (!joiner && b > i && has(w, W.Function | W.CoreStop)) break;
    const amp = b > i && text.slice(tokens[b - 1]!.end, w.start).trim() === '&';
    if (!joiner && !titled(w)) break;
    // A possessive closes a name unless a head follows it ("Dixon's Hardware", "Donnelly's Tavern").
    if (!joiner && HEADS.has(w.key) && b > i && !/['’]s$/.test(w.text)) best = b;
    if (/['’]s$/.test(w.text) && !(tokens[b + 1] !== undefined && HEADS.has(tokens[b + 1]!.key) && titled(tokens[b + 1]!))) {
      if (!HEADS.has(w.key)) break;
    }
    // ("Our Lady of the Prairie": "the" only after "of".)
    if (joiner && w.key === 'the' && tokens[b - 1]?.key !== 'of') break;
    if (joiner && !(tokens[b + 1] !== undefined && (titled(tokens[b + 1]!) || tokens[b + 1]!.key === 'the'))) break;
    if (amp && joiner) break;
    b++;
  }
  if (best < 0) return -1;
  // (A generic word before the head goes with it: "Community Garden", "Feed Store", "Industrial Park".)
  const run = tokens.slice(i, best + 1);
  const namers = run.filter((w) => names(w));
  if (namers.length === 0) return -1;
  // The first word opens the name: a word capitalised only because a sentence starts with it is no
  // evidence, and the run then starts after it.
  // ("E: Attends New Hope Fellowship": the scan reads the run again from its next word.)
  if (has(t, W.Common) && !has(t, W.Place | W.CityStart) && (t.sentenceStart || /:[ \t]*$/.test(text.slice(Math.max(0, t.start - 3), t.start)))) return -1;
  const head = tokens[best]!;
  // In a line of capitals (ICU notes write so) only a kind of land or settlement, three words at most,
  // none a qualifier or clinical word, after a word of place: "AT THE BULL SHOALS DAM".
  if (capsLine(t) && (!locativeBefore(i) || !CAPS_HEADS.has(head.key) || best - i > 2 || run.some((w) => GENERIC.has(w.key) || has(w, W.Clinical)))) return -1;
  // A weak head needs a naming word no dictionary knows, or a gazetteer town — and not a given name
  // alone ("Sam's Club").
  if (WEAK_HEADS.has(head.key) && !namers.some((w) => (!has(w, W.Common) || has(w, W.Place | W.CityStart)) && !(has(w, W.First) && !has(w, W.Last | W.Place | W.CityStart)))) return -1;
  // A branch of a national chain.
  const named = run.filter((w) => !HEADS.has(w.key) && !JOINERS.has(w.key)).map((w) => w.key);
  if (CHAINS.has(named.join(' ')) || CHAINS.has(named[0] ?? '')) return -1;
  // A weak head also needs a word of place before the phrase, or a town among its words: "reading
  // Wuthering Heights" is a book.
  if (WEAK_HEADS.has(head.key) && !locativeBefore(i) && !namers.some((w) => has(w, W.Place | W.CityStart) || found.has(w.key))) return -1;
  // A person: a given name and a surname that is also a kind of place ("Jessica Hall", "Shirley Temple").
  if (best === i + 1 && has(t, W.First) && has(head, W.Last)) return -1;
  // Vocabulary words alone name a place only after a word of place ("from Orchard Bend", "at the
  // Harbor Light Shelter"): "Animal Kingdom", "Hidden Valley" elsewhere are titles and products.
  if (namers.every((w) => has(w, W.Common) && !has(w, W.Place | W.CityStart)) && !locativeBefore(i)) return -1;
  // (In capitals the kind word stays readable, as facilities.ts leaves "Hospital": it names nobody.)
  const end = capsLine(t) ? tokens[best - 1]!.end : head.end;
  push(t.start, end, 'GEO', 5, 'place: capitalised words ending in a kind of place (… Township, … Feed Store, … Police Department)');
  for (const w of namers) if (!has(w, W.Common) && !has(w, W.First)) found.add(w.key);
  return best;
}

// 1'. A street corner by a numbered street after a word of place: "at the Fenwick and 3rd stop".
const ORDINAL_CORNER_RE = /^[ \t]+(?:and|&)[ \t]+\d{1,3}(?:st|nd|rd|th)(?![\p{L}\p{N}])/u;
function ordinalCorner(i: number, push: Push): number {
  const t = tokens[i]!;
  if (t.shape !== 'title' || t.sentenceStart || has(t, noWord | W.Clinical) || !locativeBefore(i)) return -1;
  const m = ORDINAL_CORNER_RE.exec(text.slice(t.end, t.end + 16));
  if (m === null) return -1;
  push(t.start, t.end + m[0].length, 'GEO', 5, 'place: a street corner by its numbered street (… and 3rd)');
  return i;
}

// 2. A capitalised word that is no everyday word before "where" and a verb of living or working.
function beforeWhere(i: number, push: Push): void {
  const t = tokens[i]!;
  if (!titled(t) || t.sentenceStart || t.shape !== 'title' || has(t, W.Everyday | noWord | W.Clinical | W.NotName)) return;
  if (has(t, W.First) && !has(t, W.Place | W.CityStart)) return;
  const w = tokens[i + 1];
  if (w === undefined || w.key !== 'where' || !/^,?[ \t]+$/.test(text.slice(t.end, w.start))) return;
  for (let j = i + 2; j < Math.min(n, i + 6); j++) {
    if (WHERE_VERBS.has(tokens[j]!.key)) {
      push(t.start, t.end, 'GEO', 5, 'place: an unknown capitalised word before "where" and a verb of living');
      found.add(t.key);
      return;
    }
  }
}

let found = new Set<string>();

export function detectPlacePhrases(src: string, toks: readonly Token[], push: Push): void {
  text = src;
  tokens = toks;
  n = toks.length;
  found = new Set();
  try {
    for (let i = 0; i < n; i++) {
      const t = tokens[i]!;
      if (t.shape === 'lower' || (!t.caseInformative && t.shape !== 'upper')) continue;
      const e = placePhrase(i, push);
      if (e >= 0) {
        i = e;
        continue;
      }
      if (ordinalCorner(i, push) >= 0) continue;
      beforeWhere(i, push);
    }
    // 3. Document consistency.
    if (found.size > 0) {
      for (const t of tokens) {
        if (found.has(t.key) && titled(t)) push(t.start, t.end, 'GEO', 5, 'place: a word read as a place elsewhere in the note');
      }
    }
  } finally {
    text = '';
    tokens = [];
    n = 0;
  }
}
