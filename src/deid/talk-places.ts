// Places in counselling talk that the general name/place rules in names.ts leave alone (R35).
//
// In therapy talk written with normal capitals a client names towns and neighbourhoods in positions
// the note-minded rules distrust:
//   - at the start of a sentence ("Fresno was better."), where names.ts takes a city only when it is
//     no vocabulary at all — but the vocabulary list (Philter's whitelist) holds many town names;
//   - before a word the medical vocabulary also holds ("from Duluth called", "to Galveston for":
//     "called" and "for" are in it), which makes names.ts read the city as a drug;
//   - as a neighbourhood the gazetteer lacks ("the bus to Midtown").
//
// The rules, only where capitals carry information and the register is talk (the caller checks it:
// in clinical notes a capitalised rare word is more often a drug or device):
//   1. a capitalised gazetteer city that is no everyday word, no frequent first name or surname, no
//      medical word and not English vocabulary (city-vocabulary.txt: "Reading", "Hemlock", "Cadet"
//      are words) is a place, sentence-initial included, unless a title or relation word before it
//      says person;
//   2. the same town in lower case needs a verb of moving or living before the locative ("moved
//      back to fresno");
//   3. after a locative word ("to", "from", "in"), a capitalised word that is no everyday word or
//      name and ends like a place ("-town", "-side", "-ville", "-wood", …) is a neighbourhood or town.
import { CLINICAL_SHORTHAND } from './clinical-lexicon.ts';
import { matchCity } from './name-cues.ts';
import type { DeidResources } from './resources.ts';
import type { Token } from './tokens.ts';
import { W } from './wordflags.ts';

// Flags that make a capitalised word something other than a place on its own.
const NOT_PLACE = W.Everyday | W.Popular | W.Function | W.CoreStop | W.Calendar | W.Month | W.Contraction | W.Title | W.Relation | W.Speech | W.Clinical;

// Endings of English place names; a drug, band or shop name after "to/from" rarely has one
// ("switched to Lexapro", "listen to Metallica").
const PLACE_ENDING_RE = /(?:town|side|ville|wood|field|land|burg|borough|boro|dale|port|park|heights|hill|hills|ridge|haven|shire|ford|mouth|bury|ton|view|crest|gate|green)$/;

const plainCapital = (t: Token): boolean =>
  t.caseInformative && t.shape === 'title' && t.key.length >= 3 && (t.flags & NOT_PLACE) === 0;

const CHAT_AFTER = new Set(['lol', 'lmao', 'smh', 'tho', 'rn', 'omg']);
// The next word makes the capitalised one a drug or device ("Lasix 40", "on Nitro gtt").
function termAfter(text: string, tokens: readonly Token[], last: number): boolean {
  const t = tokens[last]!;
  const q = tokens[last + 1];
  if (/^[\s@:-]*\.?\d/.test(text.slice(t.end, t.end + 6))) return true;
  // ("moved 2 altoona lol": chat's "lol" is in the clinical shorthand list, little old lady.)
  return q !== undefined && q.tightBefore && CLINICAL_SHORTHAND.has(q.key) && (q.flags & W.Everyday) === 0 && !CHAT_AFTER.has(q.key);
}

const BY_PLACE = new Set(['out', 'over', 'down', 'up', 'round', 'around']);
// A lower-case town after a verb of moving or living and a locative ("we moved back to fresno
// after that", "she lives in duluth for now"): rule 1 without the capital, so with the verb as the cue.
export function lowerCaseTown(r: DeidResources, text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.shape !== 'lower' || t.key.length < 3 || (t.flags & W.CityStart) === 0 || (t.flags & NOT_PLACE) !== 0) return false;
  const prev = tokens[i - 1];
  if (prev === undefined) return false;
  // (Digits are no tokens: "moved 2 altoona" has the verb right before the town, "2" in the gap.)
  if ((prev.flags & W.LocVerb) !== 0 && /^[ \t]+2[ \t]+$/.test(text.slice(prev.end, t.start))) return !r.cityVocabulary.has(t.key) && !termAfter(text, tokens, i) && matchCity(r, tokens, i, text) === 1;
  if (!t.tightBefore) return false;
  const before = tokens[i - 2];
  // R35 talk round 7: chat's "2" for "to" after a verb of moving ("she moved 2 altoona"), and "out
  // by", "over by", "down by" ("working the register out by natchez"), which say where on their own.
  const nearBy = prev.key === 'by' && before !== undefined && prev.tightBefore && BY_PLACE.has(before.key);
  if ((prev.flags & W.Locative) === 0 && !nearBy) return false;
  let verb = nearBy;
  for (let k = i - 2; k >= Math.max(0, i - 3); k--) if ((tokens[k]!.flags & W.LocVerb) !== 0 && tokens[k + 1]!.tightBefore) verb = true;
  return verb && !r.cityVocabulary.has(t.key) && !termAfter(text, tokens, i) && matchCity(r, tokens, i, text) === 1;
}

/**
 * How many tokens from `i` name a place by the talk rules above (0: none). The caller checks the
 * register: this is meant for normally-cased counselling text, not clinical notes.
 */
export function talkPlaceLength(r: DeidResources, text: string, tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  const prev = i > 0 ? tokens[i - 1] : undefined;
  if (!plainCapital(t)) return lowerCaseTown(r, text, tokens, i) ? 1 : 0;
  // ("Dr. Lansing", "my cousin Tulsa": a title or relation word says person; a speaker label such as
  // "Client:" before it does not.)
  if (prev !== undefined && (prev.flags & (W.Title | W.Relation)) !== 0 && (t.tightBefore || /^\.[ \t]{0,2}$/.test(text.slice(prev.end, t.start)))) return 0;
  if (termAfter(text, tokens, i)) return 0;
  // (Multi-word cities are matched by names.ts already, capitals and all.)
  if ((t.flags & W.CityStart) !== 0 && !r.cityVocabulary.has(t.key) && matchCity(r, tokens, i, text) === 1) return 1;
  const afterLocative = prev !== undefined && !t.sentenceStart && t.tightBefore && (prev.flags & W.Locative) !== 0;
  if (afterLocative && (t.flags & W.Name) === 0 && PLACE_ENDING_RE.test(t.key)) return 1;
  return 0;
}
