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
// States, provinces and countries alone stay (Safe Harbor does not list them).
import { CLINICAL_SHORTHAND } from './clinical-lexicon.ts';
import { isPlaceWord, matchCity } from './name-cues.ts';
import { resources } from './resources.ts';
import type { Token } from './tokens.ts';
import { looksAbbreviated, looksMisspelt, W } from './wordflags.ts';

type Push = (start: number, end: number, type: 'GEO', prio: number, why?: string) => void;

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
  'promenade', 'riverwalk', 'lookout', 'reservoir', 'dam', 'pond', 'forest', 'bridge', 'mall', 'common',
]);
const PLACE_KIND_FIRST = new Set(['lake', 'mount', 'mt', 'fort', 'ft', 'port', 'cape', 'isle', 'lac', 'camp']);
// Where an organisation sits: "our Millersville office", "the Maplewood community room".
const SITE_NOUNS = new Set(['office', 'offices', 'branch', 'campus', 'site', 'location', 'library', 'store', 'plant', 'warehouse', 'factory', 'depot', 'yard', 'terminal', 'shelter', 'clinic', 'courthouse']);
const DWELLINGS = new Set(['place', 'flat', 'home', 'house', 'apartment', 'condo', 'trailer', 'farm', 'cabin', 'caravan', 'bungalow', 'digs']);
const SITE_DETERMINERS = new Set(['the', 'our', 'their', 'his', 'her', 'my', 'your', 'a']);
// Words of place before a town: the locative words of the lexicon without "of" (a part of a thing
// far more often: "the rest of Ward", "a bottle of Nitro").
const PLACE_PREPS = new Set(['in', 'from', 'to', 'near', 'at', 'outside', 'around', 'toward', 'towards', 'into', 'on', 'off']);

const NOT_PLACE = W.Function | W.CoreStop | W.Calendar | W.Month | W.Title | W.Relation | W.Speech | W.Contraction;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

export function detectNotePlaces(text: string, tokens: readonly Token[], push: Push): void {
  const n = tokens.length;
  const has = (t: Token, w: number): boolean => (t.flags & w) !== 0;
  const digitBeside = (t: Token): boolean => isDigit(text.charCodeAt(t.end)) || isDigit(text.charCodeAt(t.start - 1));
  // A word written as a name: a capital where case tells, all capitals in a line of capitals.
  const capital = (t: Token): boolean => (t.caseInformative ? t.shape === 'title' : t.shape === 'upper' || t.shape === 'title');
  const placeWord = (t: Token): boolean => capital(t) && t.key.length >= 2 && !has(t, NOT_PLACE) && !digitBeside(t);
  // The word before token k is a word of place (or a verb of living or moving), next to it.
  const placeCue = (k: number): boolean => {
    const p = tokens[k - 1];
    if (p === undefined || !tokens[k]!.tightBefore) return false;
    if (PLACE_PREPS.has(p.key) || has(p, W.LocVerb)) return true;
    const pp = tokens[k - 2];
    return p.key === 'the' && pp !== undefined && p.tightBefore && PLACE_PREPS.has(pp.key);
  };
  // A verb of living or moving just before the word of place before token k ("lives in", "moved back
  // to"), or a home ("her mum's place in", "his flat in").
  const verbCue = (k: number): boolean => {
    const p = tokens[k - 1];
    if (p === undefined || !PLACE_PREPS.has(p.key)) return false;
    for (let j = k - 2; j >= Math.max(0, k - 4); j--) if (has(tokens[j]!, W.LocVerb) || (j === k - 2 && DWELLINGS.has(tokens[j]!.key))) return true;
    return false;
  };
  const lineStart = (k: number): boolean => tokens[k]!.lineIndex === 0 || /(?:^|\n)[ \t]*(?:[-*•]|\d+[.)])?[ \t]*$/.test(text.slice(Math.max(0, tokens[k]!.start - 6), tokens[k]!.start));
  const joined = (a: number, b: number): string => tokens.slice(a, b + 1).map((t) => t.key).join(' ');

  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;

    // 1. A town before its province or state.
    if (placeWord(t) && (placeCue(i) || lineStart(i))) {
      const cued = placeCue(i);
      let took = false;
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
        i = e;
        took = true;
        break;
      }
      if (took) continue;
    }

    // 2. Capitalised words after a word of place that name a kind of place, or after a verb of living
    //    or moving. (Mixed case only: in capitals every word looks like this.)
    if (t.caseInformative && t.shape === 'title' && !t.sentenceStart && placeWord(t) && placeCue(i)) {
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
        i = b;
        continue;
      }
    }

    // 3. A capitalised word before the site of an organisation: "our Millersville office".
    if (t.caseInformative && t.shape === 'title' && !t.sentenceStart && placeWord(t) && !has(t, W.Everyday | W.Clinical | W.Popular) && !has(t, W.First)) {
      const p = tokens[i - 1];
      const q = tokens[i + 1];
      if (p !== undefined && t.tightBefore && SITE_DETERMINERS.has(p.key) && q !== undefined && q.tightBefore && q.shape === 'lower' && SITE_NOUNS.has(q.key)) {
        push(t.start, t.end, 'GEO', 5, 'place: a town or neighbourhood before the site of an organisation (our … office)');
        continue;
      }
    }

    // 3'. The same in lower case, for a word no list knows: "seen at eastview office".
    if (t.shape === 'lower' && t.key.length >= 5 && !has(t, W.Common | W.Name | W.Clinical | W.Function | W.CoreStop | W.Place | W.NotName | W.Calendar) && !looksMisspelt(t.key) && !looksAbbreviated(t.key)) {
      const p = tokens[i - 1];
      const q = tokens[i + 1];
      if (p !== undefined && t.tightBefore && (SITE_DETERMINERS.has(p.key) || p.key === 'at') && q !== undefined && q.tightBefore && SITE_NOUNS.has(q.key)) {
        push(t.start, t.end, 'GEO', 5, 'place: a town or neighbourhood before the site of an organisation (our … office)');
        continue;
      }
    }

    // 4. Lower case: an unknown word after a verb of living or moving and a word of place, and a
    //    gazetteer town that is no word and no name after a word of place.
    if (t.shape === 'lower' && t.key.length >= 4 && !t.sentenceStart && placeCue(i) && tokens[i - 1]!.key !== 'at' && tokens[i - 1]!.key !== 'on' && tokens[i - 1]!.key !== 'off') {
      const nothing = !has(t, W.Common | W.Name | W.Clinical | W.Function | W.CoreStop | W.Place | W.NotName | W.Calendar);
      const unknownTown = nothing && t.key.length >= 5 && verbCue(i) && !looksMisspelt(t.key) && !looksAbbreviated(t.key) && !/^[ \t]*\d/.test(text.slice(t.end, t.end + 4));
      // (After a verb of living or a home, a town that is also a rare surname: "her mum's place in leeds".)
      const town = has(t, W.CityStart) && !has(t, W.Common | W.Clinical | W.Function | W.Popular) && (!has(t, W.Name) || verbCue(i)) && matchCity(resources(), tokens, i, text) === 1;
      if (unknownTown || town) push(t.start, t.end, 'GEO', 5, 'place: a lower-case town after a word of place');
    }
  }
}
