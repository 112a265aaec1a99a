// Names of people and places from word tokens.
//
// Evidence combined, strongest first:
//   1. context cues: titles ("Dr. Young"), relation words ("my cousin Will"), introductions
//      ("my name is …", "named …"), greetings, speaker labels ("SARAH:"), speech verbs after a
//      word ("Hope said"), locative words before a place ("grew up in Boise");
//   2. dictionaries: census/SSA first and last names, US city names;
//   3. a common-word list: a dictionary name that is also an English word (Hope, Will, Brown)
//      needs a capital letter mid-sentence or a context cue; one that is not (Maria, Nakamura)
//      is taken in any case, so lower-case and all-caps transcripts are covered;
//   4. capitalisation: in a normally-cased line, a capitalised word mid-sentence that no list
//      knows is a proper noun, and proper nouns in therapy text are overwhelmingly people and
//      places. Recall comes first: a missed name is a leak.
import { resources, type DeidResources } from './resources.ts';
import { foldKey, type Token } from './tokens.ts';
import {
  CALENDAR,
  CLINICAL_CAPS,
  CORE_STOP,
  EPONYM_FOLLOWERS,
  FUNCTION_WORDS,
  LOCATIVE_VERBS,
  LOCATIVE_WORDS,
  MONTHS,
  NAME_PARTICLES,
  NOT_NAMES,
  RELATION_WORDS,
  ROLE_LABELS,
  SPEECH_VERBS,
  TITLES,
  WEAK_TITLES,
} from './lexicon.ts';
import { COUNTRIES, US_STATES } from './geo-data.ts';

/** States and countries are not Safe Harbor identifiers: leave them in the text. */
function isPlaceWord(k: string): boolean {
  return US_STATES.has(k) || COUNTRIES.has(k);
}

export interface RawSpan {
  start: number;
  end: number;
  type: 'NAME' | 'GEO';
}

const enum Mark {
  None = 0,
  Name = 1,
  Geo = 2,
}

const INTRO_BEFORE = new Set(['named', 'name', "name's", 'names', 'nicknamed', 'aka']);
const GREETINGS = new Set(['hi', 'hello', 'hey', 'dear', 'thanks', 'bye', 'goodbye', 'morning', 'evening', 'afternoon']);
const POSSESSIVES = new Set(['my', 'his', 'her', 'their', 'our', 'your', 'the', 'a', "client's", "pt's", "patient's", 'older', 'younger', 'little', 'big', 'late', 'former', 'new', 'best', 'old']);

export function detectNamesAndPlaces(text: string, tokens: readonly Token[]): RawSpan[] {
  const r = resources();
  const n = tokens.length;
  const mark = new Uint8Array(n);
  const isName = (k: string): boolean => r.firstNames.has(k) || r.lastNames.has(k);
  // Vocabulary, except a popular name that is only rare vocabulary ("maria", "destiny").
  const common = (k: string): boolean => r.commonWords.has(k) && !(r.popularNames.has(k) && !r.everydayWords.has(k));
  // Never a name, whatever the cue: pronouns, articles, auxiliaries, contractions, calendar words.
  const hard = (t: Token): boolean =>
    t.key.length < 2 || CORE_STOP.has(t.key) || CALENDAR.has(t.key) || isAcronym(t) || /'(?:m|re|ve|ll|d|t)$/.test(t.key) || /n't$/.test(t.key);
  // Not a name without a strong cue: other function words and non-name capitalised words.
  const blocked = (t: Token): boolean => hard(t) || FUNCTION_WORDS.has(t.key) || NOT_NAMES.has(t.key);
  const cap = (t: Token): boolean => t.caseInformative && (t.shape === 'title' || t.shape === 'upper');
  // Dictionary name that is not an ordinary word: a name in any case.
  const strong = (t: Token): boolean =>
    !blocked(t) && isName(t.key) && !common(t.key) && !MONTHS.has(t.key) && !CLINICAL_CAPS.has(t.key) && !pluralOfWord(t);
  // "downs", "bonds", "neighbours": a lower-case plural of a vocabulary word is not a surname.
  const pluralOfWord = (t: Token): boolean =>
    t.shape === 'lower' && t.key.endsWith('s') && (r.commonWords.has(t.key.slice(0, -1)) || (t.key.endsWith('es') && r.commonWords.has(t.key.slice(0, -2))));
  // A capital inside a Title Case Phrase ("Nicotine Gum", "Deep Breathing") is not a name signal.
  const isolatedCap = (i: number): boolean => {
    const t = tokens[i]!;
    const p = tokens[i - 1];
    const q = tokens[i + 1];
    if (p && !t.sentenceStart && tight(p, t) && cap(p) && !p.sentenceStart && !isName(p.key)) return false;
    if (p && p.sentenceStart && tight(p, t) && cap(p) && !FUNCTION_WORDS.has(p.key) && !isName(p.key) && common(p.key)) return false;
    if (q && tight(t, q) && cap(q) && !q.sentenceStart && !isName(q.key) && !FUNCTION_WORDS.has(q.key)) return false;
    if (text.charCodeAt(t.end) === 58) return false;
    return true;
  };
  // Capitalised word that can continue a name ("Siobhan Black", "Mark Little").
  const nameLike = (t: Token): boolean => cap(t) && !hard(t) && !MONTHS.has(t.key) && !SPEECH_VERBS.has(t.key) && (isName(t.key) || !common(t.key));
  const gapOf = (a: Token, b: Token): string => text.slice(a.end, b.start);
  const tight = (a: Token, b: Token): boolean => /^[ \t]{1,3}$/.test(gapOf(a, b));
  const cue = (a: Token, b: Token): boolean => /^[ \t]*[.,]?[ \t]{1,3}$/.test(gapOf(a, b));

  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const prev = i > 0 ? tokens[i - 1] : undefined;
    const prev2 = i > 1 ? tokens[i - 2] : undefined;
    const next = i + 1 < n ? tokens[i + 1] : undefined;

    // Places first: a city after a locative word, or before ", ST".
    if (prev && cue(prev, t) && !blocked(t)) {
      const cityLen = matchCity(r, tokens, i, text);
      if (cityLen > 0) {
        const first = t;
        const multi = cityLen > 1;
        const locative = LOCATIVE_WORDS.has(prev.key) && (prev2 === undefined || !FUNCTION_WORDS.has(prev.key) || true);
        const strongCue = locative && prev2 !== undefined && LOCATIVE_VERBS.has(prev2.key);
        const stateAfter = followedByState(text, tokens[i + cityLen - 1]!.end);
        if (
          stateAfter ||
          (locative && (multi || cap(first) || strongCue || !common(first.key)))
        ) {
          for (let k = i; k < i + cityLen; k++) mark[k] = Mark.Geo;
          i += cityLen - 1;
          continue;
        }
      }
      // An unknown capitalised word after "in/from/near": a place the gazetteer lacks.
      if (LOCATIVE_WORDS.has(prev.key) && cap(t) && !t.sentenceStart && !common(t.key) && !isName(t.key) && !CLINICAL_CAPS.has(t.key) && !isPlaceWord(t.key)) {
        mark[i] = Mark.Geo;
        continue;
      }
    }

    if (hard(t)) continue;
    const cueOk = !FUNCTION_WORDS.has(t.key) || cap(t);

    // Cue: title before ("Dr. Young", "Mrs Brown"). Weak titles need their own capital.
    if (cueOk && prev && TITLES.has(prev.key) && cue(prev, t) && (!WEAK_TITLES.has(prev.key) || cap(prev))) {
      if (cap(t) || isName(t.key) || !t.caseInformative) {
        mark[i] = Mark.Name;
        continue;
      }
    }
    // Cue: relation word before ("my sister Maria", "cousin Will", "boyfriend, Hope,").
    if (cueOk && prev && RELATION_WORDS.has(prev.key) && cue(prev, t) && !RELATION_WORDS.has(t.key)) {
      const possessed = prev2 !== undefined && POSSESSIVES.has(prev2.key);
      if (cap(t) && !t.sentenceStart && (possessed || isName(t.key))) {
        mark[i] = Mark.Name;
        continue;
      }
      if (!cap(t) && isName(t.key) && !pluralOfWord(t) && (!common(t.key) || (r.popularNames.has(t.key) && r.firstNames.has(t.key) && namelyFollowed(tokens, i, text)))) {
        mark[i] = Mark.Name;
        continue;
      }
    }
    // Cue: introduction ("my name is X", "named X", "I'm X", "this is X"), greeting ("Hi X").
    if (cueOk && prev) {
      const intro =
        INTRO_BEFORE.has(prev.key) ||
        (prev.key === 'is' && prev2 !== undefined && (prev2.key === 'name' || prev2.key === 'names')) ||
        (prev.key === 'by' && prev2 !== undefined && prev2.key === 'goes');
      const soft = (prev.key === "i'm" || prev.key === 'am' || prev.key === 'this' || prev.key === 'is' || GREETINGS.has(prev.key));
      if (intro && cue(prev, t) && (cap(t) || isName(t.key) || !common(t.key))) {
        mark[i] = Mark.Name;
        continue;
      }
      if (soft && cue(prev, t) && ((cap(t) && isName(t.key)) || strong(t))) {
        if (prev.key !== 'is' || prev2?.key === 'this' || prev2?.key === 'it') {
          mark[i] = Mark.Name;
          continue;
        }
      }
    }
    if (blocked(t)) continue;
    // Cue: speaker label at line start ("SARAH: …", "Dr Lee: …").
    if (isSpeakerLabel(text, tokens, i) && !ROLE_LABELS.has(t.key) && (isName(t.key) || !common(t.key))) {
      mark[i] = Mark.Name;
      continue;
    }
    // Dictionary name that is not a common word: taken in any case.
    if (strong(t)) {
      mark[i] = Mark.Name;
      continue;
    }
    // A capitalised word mid-sentence that is a name in the dictionaries (Hope, Will, Brown) or
    // that no list knows: a proper noun.
    if (cap(t) && !t.sentenceStart && !CLINICAL_CAPS.has(t.key) && !MONTHS.has(t.key) && !isPlaceWord(t.key)) {
      if ((!common(t.key) && (t.shape === 'title' || isName(t.key))) || (isName(t.key) && isolatedCap(i))) {
        mark[i] = Mark.Name;
        continue;
      }
    }
    // A sentence-initial capitalised word followed by a speech verb: "Olumide said".
    if (cap(t) && t.sentenceStart && next && SPEECH_VERBS.has(next.key) && tight(t, next) && (isName(t.key) || !common(t.key))) {
      mark[i] = Mark.Name;
    }
  }

  // Extend names over adjoining name words: "Hope Bishop", "Van der Berg", "maria lopez".
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < n; i++) {
      if (mark[i] !== Mark.Name) continue;
      const t = tokens[i]!;
      // rightwards
      let j = i + 1;
      while (j < n && mark[j] === Mark.None) {
        const a = tokens[j - 1]!;
        const b = tokens[j]!;
        if (!tight(a, b) || b.sentenceStart) break;
        if (NAME_PARTICLES.has(b.key) && j + 1 < n && cap(tokens[j + 1]!) && tight(b, tokens[j + 1]!)) {
          mark[j] = Mark.Name;
          mark[j + 1] = Mark.Name;
          j += 2;
          continue;
        }
        if (hard(b) || EPONYM_FOLLOWERS.has(b.key)) break;
        if (nameLike(b) || (!blocked(b) && r.lastNames.has(b.key) && !common(b.key))) {
          mark[j] = Mark.Name;
          j++;
          continue;
        }
        break;
      }
      // leftwards: a first name before a surname ("Hope Bishop" seeded at Bishop)
      let k = i - 1;
      while (k >= 0 && mark[k] === Mark.None) {
        const a = tokens[k]!;
        if (!tight(a, tokens[k + 1]!) || hard(a) || tokens[k + 1]!.sentenceStart) break;
        if (RELATION_WORDS.has(a.key) || TITLES.has(a.key) || SPEECH_VERBS.has(a.key)) break;
        if ((cap(a) && !FUNCTION_WORDS.has(a.key) && !NOT_NAMES.has(a.key) && (isName(a.key) || !common(a.key))) || (!blocked(a) && r.firstNames.has(a.key) && !common(a.key))) {
          mark[k] = Mark.Name;
          k--;
          continue;
        }
        break;
      }
      void t;
    }
  }

  // Eponyms: "Beck Depression Inventory", "Young Mania Rating Scale", "Crohn's disease".
  for (let i = 0; i < n; i++) {
    if (mark[i] !== Mark.Name) continue;
    let j = i;
    while (j + 1 < n && mark[j + 1] === Mark.Name) j++;
    const after = j + 1 < n ? tokens[j + 1]! : undefined;
    const last = tokens[j]!;
    if (after && tight(last, after) && EPONYM_FOLLOWERS.has(after.key)) {
      for (let k = i; k <= j; k++) mark[k] = Mark.None;
    } else if (/'s$/i.test(last.text) && after && EPONYM_FOLLOWERS.has(after.key)) {
      for (let k = i; k <= j; k++) mark[k] = Mark.None;
    }
    i = j;
  }

  const spans: RawSpan[] = [];
  for (let i = 0; i < n; i++) {
    const m = mark[i]!;
    if (m === Mark.None) continue;
    let j = i;
    while (j + 1 < n && mark[j + 1] === m && tight(tokens[j]!, tokens[j + 1]!)) j++;
    let end = tokens[j]!.end;
    // Keep the possessive outside the span: "Maria's" → [NAME-1]'s.
    const last = tokens[j]!.text;
    if (/['’]s$/i.test(last) && m === Mark.Name) end -= 2;
    spans.push({ start: tokens[i]!.start, end, type: m === Mark.Name ? 'NAME' : 'GEO' });
    i = j;
  }
  return spans;
}

/** Short all-capital words in ordinary text are acronyms (CBT, PTSD), not names. */
function isAcronym(t: Token): boolean {
  return t.caseInformative && t.shape === 'upper' && t.text.length <= 4;
}

function isSpeakerLabel(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
  const before = text.slice(lineStart, t.start);
  if (!/^[\s\-*•]*(?:\p{L}[\p{L}'.-]*\s+){0,2}$/u.test(before)) return false;
  // The label ends with a colon within three words.
  for (let k = i; k < Math.min(i + 3, tokens.length); k++) {
    const after = text.charCodeAt(tokens[k]!.end);
    if (after === 58) return k === i || /^[\s\p{L}.'-]*$/u.test(text.slice(t.end, tokens[k]!.end));
    if (k > i && text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes('\n')) return false;
  }
  return false;
}

/** "my son will has …": a lower-case common-word name is a name when a verb or comma follows. */
function namelyFollowed(tokens: readonly Token[], i: number, text: string): boolean {
  const t = tokens[i]!;
  if (/^\s*[,;]/.test(text.slice(t.end, t.end + 3))) return true;
  const next = tokens[i + 1];
  if (!next) return true;
  return SPEECH_VERBS.has(next.key) || FOLLOWERS.has(next.key);
}

const FOLLOWERS = new Set(['is', 'was', 'has', 'had', 'and', 'who', 'keeps', "isn't", "wasn't", "doesn't", "didn't", 'over']);

function matchCity(r: DeidResources, tokens: readonly Token[], i: number, text: string): number {
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
    if (k === i && isPlaceWord(key)) continue;
    if (r.usCities.has(key) || (key.startsWith('st. ') && r.usCities.has('saint ' + key.slice(4)))) best = k - i + 1;
  }
  return best;
}

function followedByState(text: string, end: number): boolean {
  const m = /^,?\s+([A-Za-z][A-Za-z.]*(?: [A-Za-z]+)?)/.exec(text.slice(end, end + 24));
  if (!m) return false;
  const w = m[1]!;
  const abbrev = w.replace(/\./g, '');
  if (abbrev.length === 2) return /^[A-Z]{2}$/.test(abbrev) && US_STATES.has(abbrev.toLowerCase());
  // Full state names only with a capital: "in other" is not Indiana.
  if (!/^[A-Z]/.test(w)) return false;
  const first = w.split(' ')[0]!;
  return (first.length > 2 && US_STATES.has(foldKey(first))) || US_STATES.has(foldKey(w));
}
