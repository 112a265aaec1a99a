// Cue words and small helpers of the name and place detector (names.ts): which words lead into
// a name, which follow one, speaker labels, and the gazetteer look-ups for places.
import type { DeidResources } from './resources.ts';
import { foldKey, type Token } from './tokens.ts';
import { SPEECH_VERBS } from './lexicon.ts';
import { COUNTRIES, US_STATES } from './geo-data.ts';
import { W } from './wordflags.ts';

/** States and countries are not Safe Harbor identifiers: leave them in the text. */
export function isPlaceWord(k: string): boolean {
  return US_STATES.has(k) || COUNTRIES.has(k);
}
export const CUE_GAP_RE = /^[ \t]*[.,]?[ \t]{1,3}$/;
// Fillers and interjections that spelling varies on ("Hmmm", "Ummm", "Yeahh").
export const INTERJECTION_RE = /^(?:h+m+|m+h?m+|u+m+|u+h+|a+h+|o+h+|e+r+m*|y+a+y*|w+o+w+|(?:h+a+)+h*|l+o+l+|o+k+a*y*|k+|y+e+a+h*|y+u+p+|n+o+p+e+|n+a+h+|s+h+|u+g+h+|h+u+h+|y+e+s+|n+o+o+|s+o+o+|w+e+l+l+|a+w+|e+h+|i+d+k+|t+b+h+|o+m+g+|l+m+a+o+|b+r+b+|t+h+x+|p+l+z+|g+o+n+n+a+|w+a+n+n+a+|k+i+n+d+a+|s+o+r+t+a+|c+u+z+|c+o+s+|t+h+o+|y+a+l+l+|y+o+u+r+e+|i+m+|d+o+n+t+|c+a+n+t+|w+o+n+t+|i+s+n+t+|d+i+d+n+t+|d+o+e+s+n+t+|t+h+a+t+s+|w+h+a+t+s+|t+h+e+r+e+s+|i+t+s+|l+e+t+s+|i+v+e+|i+l+l+|i+d+)$/;

export const NAME_LEAD_INS = new Set(['with', 'and', 'to', 'for', 'from', 'about', 'by', 'named', 'called', 'met', 'saw', 'see', 'told', 'asked', 'texted', 'call', 'visit', 'visited']);
export const MODALS = new Set(['will', 'would', 'may', 'might', 'can', 'could', 'must', 'shall', 'should', 'did', 'does', 'do']);
export const PERSONAL_PRONOUNS = new Set(['me', 'i', 'he', 'she', 'we', 'they', 'him', 'her', 'us', 'them', 'you']);
export const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'last', 'next', 'every', 'each', 'some', 'any', 'no', 'my', 'your', 'his', 'her', 'our', 'their', 'its', 'whole', 'entire', 'all']);

export const REPORT_VERBS = new Set(['was', 'is', 'has', 'had', 'seemed', 'seems', 'appeared', 'appears', 'reported', 'reports', 'stated', 'states', 'described', 'describes', 'spoke', 'shared', 'shares', 'became', 'felt', 'feels', 'will', 'would', 'can', 'could', 'did', 'does', 'and', 'also', 'then']);

export const INTRO_BEFORE = new Set(['named', 'name', "name's", 'names', 'nicknamed', 'aka']);
export const GREETINGS = new Set(['hi', 'hello', 'hey', 'dear', 'thanks', 'bye', 'goodbye', 'morning', 'evening', 'afternoon']);
export const POSSESSIVES = new Set(['my', 'his', 'her', 'their', 'our', 'your', 'the', 'a', "client's", "pt's", "patient's", 'older', 'younger', 'little', 'big', 'late', 'former', 'new', 'best', 'old']);

/** Short all-capital words in ordinary text are acronyms (CBT, PTSD), not names. */
export function isAcronym(t: Token): boolean {
  return t.caseInformative && t.shape === 'upper' && t.text.length <= 4;
}

/**
 * "SARAH:", "Dr Lee:", "Maria R.:" at the start of a line — but not a field label such as
 * "Date of service:" or "Reason for referral:": every word of a speaker label is a title, a name
 * or a word no vocabulary knows.
 */
export function isSpeakerLabel(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  // "c-v:", "s/o:": one-letter pieces of a section heading, never a speaker.
  if (t.text.length < 2) return false;
  const first = i - t.lineIndex;
  const lineStart = text.lastIndexOf('\n', tokens[first]!.start - 1) + 1;
  if (!/^[\s\-*•]*$/.test(text.slice(lineStart, tokens[first]!.start))) return false;
  for (let k = first; k < Math.min(first + 3, tokens.length); k++) {
    const w = tokens[k]!;
    if (k > first && !/^[ \t.]{1,3}$/.test(text.slice(tokens[k - 1]!.end, w.start))) return false;
    const f = w.flags;
    const ok = (f & W.Title) !== 0 || ((f & W.Name) !== 0 && ((f & W.Popular) !== 0 || (f & W.Common) === 0)) || (f & (W.Common | W.Function)) === 0;
    if (!ok) return false;
    const after = text.charCodeAt(w.end);
    if (after === 58 || (after === 46 && text.charCodeAt(w.end + 1) === 58)) return k >= i;
  }
  return false;
}

/** "my son will has …": a lower-case common-word name is a name when a verb or comma follows. */
export function namelyFollowed(tokens: readonly Token[], i: number, text: string, popular: boolean): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  // A comma, "and" or the end of the text only count for a frequent name ("my wife happy and").
  if (/^\s*[,;]/.test(text.slice(t.end, t.end + 3)) || !next) return popular;
  return SPEECH_VERBS.has(next.key) || FOLLOWERS.has(next.key) || (popular && next.key === 'and');
}

export const FOLLOWERS = new Set(['is', 'was', 'has', 'had', 'who', 'keeps', "isn't", "wasn't", "doesn't", "didn't", 'over', 'lives', 'lived', 'came', 'moved', 'got', 'gets']);

export function matchCity(r: DeidResources, tokens: readonly Token[], i: number, text: string): number {
  let best = 0;
  let key = '';
  for (let k = i; k < Math.min(i + 4, tokens.length); k++) {
    const t = tokens[k]!;
    if (k > i) {
      const gap = text.slice(tokens[k - 1]!.end, t.start);
      if (gap !== ' ' && gap !== '. ') break;
      key += gap === '. ' ? '. ' : ' ';
    }
    key += t.key;
    // (A country or state is no town, unless a state follows it: "Lebanon, Wyoming", "Athens, GA".)
    if (k === i && isPlaceWord(key) && !followedByState(text, t.end)) continue;
    if (r.usCities.has(key) || (key.startsWith('st. ') && r.usCities.has('saint ' + key.slice(4)))) best = k - i + 1;
  }
  return best;
}

export function followedByState(text: string, end: number): boolean {
  const m = /^,?\s+([A-Za-z][A-Za-z.]*(?: [A-Za-z]+)?)/.exec(text.slice(end, end + 24));
  // ("CHECK CO2", "PA02": a gas or a reading, not Colorado or Pennsylvania.)
  if (!m || /\d/.test(text[end + m[0].length] ?? '')) return false;
  const w = m[1]!;
  const abbrev = w.replace(/\./g, '');
  if (abbrev.length === 2) return /^[A-Z]{2}$/.test(abbrev) && US_STATES.has(abbrev.toLowerCase());
  // Full state names only with a capital: "in other" is not Indiana.
  if (!/^[A-Z]/.test(w)) return false;
  const first = w.split(' ')[0]!;
  return (first.length > 2 && US_STATES.has(foldKey(first))) || US_STATES.has(foldKey(w));
}
