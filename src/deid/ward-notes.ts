// Cue rules of clinical round 9 (issue 14, R35): identifiers that ICU and ward notes write in lower
// case or capitals, where a capital letter says nothing and only the words around a name tell what
// it is. Found with a generator of synthetic notes (bench/deid/clinical-gen9.ts); described here by
// the language of such notes, never by that batch's words:
//   1. a town after a verb of living or travelling and its preposition ("lives alone in ashby fen",
//      "drove up from quarry hill", "moved to brookdale");
//   2. a hospital after a word of transfer or of records ("transferred from kestrel point", "old
//      records from st. ida", "was at harwood mercy with …");
//   3. an employer after "works for / retired from / employed by" or "his/her company";
//   4. children named as a pair or a list after a plural kin word ("2 sons, abe and liv");
//   5. the owner of a dwelling ("at nell's house", "stays at seymour grant's place");
// and, after merging, two trims: in a clinical note "march of 2090" is a month and a year (the "of"
// between them is no identifier), and a facility named only by its service ("heart center", "assisted
// living") is none. (A facility's kind word after its name stays inside the span, as round 7 decided
// for privacy: "… Hospital" is one placeholder, though the PhysioNet notes leave the kind word out.)
import { hasFlag as has, memoKeyBits, type Token } from './tokens.ts';
import type { PhiType, Span } from './types.ts';
import { nearVocabulary, W } from './wordflags.ts';

type Push = (start: number, end: number, type: PhiType, prio: number, why?: string) => void;

const LIVE_VERBS = new Set(['lives', 'live', 'living', 'lived', 'resides', 'reside', 'residing', 'resided', 'moved', 'moving', 'relocated', 'drove', 'driving', 'flew', 'flying', 'traveled', 'travelled', 'traveling', 'travelling', 'commutes', 'visiting', 'summers', 'winters']);
const LIVE_FILLERS = new Set(['alone', 'independently', 'up', 'down', 'over', 'in', 'back', 'here', 'there', 'now', 'currently', 'previously', 'all', 'way', 'the']);
const TRANSFER_VERBS = new Set(["c'd", 'discharged', 'dc', "dc'd", 'transferred', 'transfered', 'transfer', 'xferred', 'xfer', 'xfered', 'records', 'recs', 'hospitalized', 'hospitalised', 'admitted', 'was', 'were', 'followed', 'seen', 'treated']);
const EMPLOY_VERBS = new Set(['works', 'worked', 'working', 'employed', 'retired', 'retiring', 'employee', 'owns', 'owned', 'runs', 'ran']);
const PLURAL_KIN = new Set(['children', 'kids', 'sons', 'daughters', 'dtrs', 'grandchildren', 'grandkids', 'grandsons', 'granddaughters', 'siblings', 'sisters', 'brothers', 'twins', 'hcps', 'proxies', 'proxys', 'nieces', 'nephews']);
const DWELLINGS = new Set(['house', 'home', 'place', 'apartment', 'apt', 'condo', 'farm', 'cottage', 'trailer', 'camp']);
const KIN = new Set(['wife', 'husband', 'son', 'daughter', 'dtr', 'sister', 'brother', 'bro', 'mother', 'father', 'niece', 'nephew', 'friend', 'partner', 'fiance', 'fiancee', 'grandson', 'granddaughter', 'aunt', 'uncle', 'cousin']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'own', 'family', 'pts', "pt's", "patient's"]);

// Words that follow those cues and are no proper name: a dwelling, a kind of care place, a generic
// part of a town, or the way someone travels.
const NOT_PLACE = new Set([
  ...['home', 'house', 'apartment', 'apt', 'condo', 'area', 'town', 'city', 'state', 'country', 'community', 'facility', 'building', 'complex'],
  ...['nh', 'snf', 'ltc', 'alf', 'ecf', 'rehab', 'shelter', 'senior', 'assisted', 'group', 'own', 'same', 'private', 'local', 'nearby', 'basement'],
  ...['trailer', 'family', 'car', 'van', 'bus', 'train', 'plane', 'ambulance', 'ems', 'medflight', 'helicopter', 'wheelchair', 'stretcher', 'bed'],
  ...['hosp', 'hospital', 'hospitals', 'ctr', 'center', 'centre', 'clinic', 'manor', 'nursing', 'memorial', 'general', 'medical'],
  ...['osh', 'outside', 'another', 'other', 'floor', 'unit', 'ward', 'er', 'ed', 'or', 'pacu', 'cath', 'lab', 'work', 'school', 'jail', 'prison'],
  ...['florida', 'canada', 'mexico', 'europe', 'abroad', 'overseas', 'vacation', 'hospice', 'transfer', 'report', 'pt', 'patient', 'him', 'her', 'them'],
]);
// A second word that makes a one-word name a place's or a firm's ("… falls", "… harbor", "… mills").
const PLACE_KINDS = new Set([
  ...['falls', 'point', 'harbor', 'harbour', 'hill', 'hills', 'park', 'springs', 'beach', 'lake', 'river', 'valley', 'heights', 'grove', 'creek', 'bay'],
  ...['village', 'ridge', 'junction', 'crossing', 'landing', 'meadows', 'woods', 'marsh', 'city', 'mills', 'port', 'haven', 'bluff', 'glen'],
  ...['mercy', 'regional', 'county'],
]);
const ORG_KINDS = new Set([
  ...['inc', 'co', 'corp', 'company', 'llc', 'ltd', 'industries', 'mills', 'freight', 'dynamics', 'systems', 'motors', 'labs', 'logistics', 'group'],
  ...['foods', 'partners', 'associates', 'bank', 'insurance', 'electric', 'steel', 'chemical', 'pharmaceuticals', 'biotech', 'technologies', 'tech'],
  ...['solutions', 'services', 'manufacturing', 'builders', 'construction', 'printing', 'press', 'trucking', 'airlines', 'glassworks', 'works'],
]);
const NOT_EMPLOYER = new Set([
  ...['home', 'himself', 'herself', 'self', 'years', 'yrs', 'nights', 'days', 'part', 'full', 'odd', 'job', 'jobs', 'work', 'school', 'hospital'],
  ...['city', 'state', 'town', 'county', 'government', 'military', 'army', 'navy', 'post', 'office', 'church', 'business', 'company', 'family'],
]);
const STOP = W.Function | W.CoreStop | W.Calendar | W.Month | W.Clinical | W.Relation | W.Title | W.Role | W.Speech | W.Contraction | W.Place;
const QUALIFIERS = new Set(['st', 'saint', 'mt', 'mount', 'ft', 'fort', 'north', 'south', 'east', 'west', 'new', 'little', 'upper', 'lower', 'old']);

const B_LIVE = 1;
const B_TRANSFER = 2;
const B_EMPLOY = 4;
const B_KIN = 8;
const B_DWELL = 16;
const B_COMPANY = 32;
const B_ONE_KIN = 64;
const keyBits = memoKeyBits(
  (k) =>
    (LIVE_VERBS.has(k) ? B_LIVE : 0) |
    (TRANSFER_VERBS.has(k) ? B_TRANSFER : 0) |
    (EMPLOY_VERBS.has(k) ? B_EMPLOY : 0) |
    (PLURAL_KIN.has(k) ? B_KIN : 0) |
    (DWELLINGS.has(k) ? B_DWELL : 0) |
    (k === 'company' || k === 'business' || k === 'firm' ? B_COMPANY : 0) |
    (KIN.has(k) ? B_ONE_KIN : 0),
);

/** Only punctuation-free space between two tokens (one to three spaces or tabs). */
const tight = (t: Token | undefined): boolean => t !== undefined && t.tightBefore;

/** A word where a proper name may stand: no function word, date, clinical word or role. */
function nameable(t: Token | undefined, stopList: ReadonlySet<string>): boolean {
  if (!t || t.text.length < 2 || stopList.has(t.key) || has(t, STOP)) return false;
  // In a line written in ordinary case a lower-case word is no proper name.
  if (t.caseInformative && t.shape === 'lower') return false;
  return /^\p{L}/u.test(t.text);
}

/** A rare word, or a word a name list holds that is no everyday word. */
const rare = (t: Token): boolean => !has(t, W.Everyday);

/** Generic parts of a town that follow a direction without making a name ("east side", "the north end"). */
const TOWN_PARTS = new Set(['side', 'end', 'coast', 'part', 'shore', 'bank', 'wing', 'edge', 'half', 'quarter', 'corner', 'suburbs', 'outskirts']);

/**
 * The words of a name after a cue, from token `j`: a qualifier ("st.", "north") and a word, a word and
 * a kind word ("… falls", "… mills"), or one or two rare words. Returns the end index (exclusive) or -1.
 */
function properName(text: string, tokens: readonly Token[], j: number, stopList: ReadonlySet<string>, kinds: ReadonlySet<string>): number {
  const t = tokens[j];
  if (!t) return -1;
  // A qualifier and a name ("st. ida", "north haverly", "little hadham").
  if (QUALIFIERS.has(t.key) && !(t.caseInformative && t.shape === 'lower') && (tight(tokens[j + 1]) || /^\.[ \t]?$/.test(text.slice(t.end, tokens[j + 1]?.start ?? t.end)))) {
    const n = tokens[j + 1];
    // (A direction before a generic part of a town is no name: "moved to east side", "the north end".)
    if (n && TOWN_PARTS.has(n.key)) return -1;
    if (!nameable(n, stopList) || (!rare(n!) && !has(n!, W.Name | W.CityStart))) return -1;
    return j + 2;
  }
  if (!nameable(t, stopList) || !sameClause(text, tokens[j - 1]!.end, t.start)) return -1;
  // Short capitals are a unit's or a hospital's acronym (other rules read those), and a word one
  // letter away from the vocabulary is a misspelling ("commonde"), unless a name list holds it.
  if (t.key.length <= 4 && !has(t, W.Name)) return -1;
  if (!has(t, W.Name | W.CityStart) && nearVocabulary(t.key)) return -1;
  const k = j;
  const next = tokens[k + 1];
  // (A kind word may be a clinical or function word elsewhere: "… biotech", "… general".)
  const nextOk = tight(next) && !(next!.caseInformative && next!.shape === 'lower') && (kinds.has(next!.key) || (nameable(next, stopList) && rare(next!) && (!has(next!, W.Common) || has(next!, W.Name))));
  // A unit's own name before its kind ("to lally micu") is the unit's, not a hospital's.
  const after = tokens[k + (nextOk ? 2 : 1)];
  if (after && tight(after) && has(after, W.Clinical) && !kinds.has(after.key)) return -1;
  // A verb's form is no name ("admitted to feeling …").
  if (/(?:ing|ed)$/.test(t.key) && !has(t, W.Name)) return -1;
  // A word of the dictionary opens a name only when a name list holds it ("kestrel", "white").
  // (A capital in a line of ordinary case says so too: "his business Genentech".)
  const proper = t.caseInformative && t.shape === 'title' && !t.sentenceStart;
  if (rare(t) && (!has(t, W.Common) || has(t, W.Name | W.CityStart) || proper)) return nextOk ? k + 2 : k + 1;
  // An everyday word opens a name only with a kind word or a rare word after it ("white marsh").
  if (!rare(t) && has(t, W.CityStart | W.Name) && nextOk) return k + 2;
  return -1;
}

/** Text between two tokens holds no sentence or clause break. */
function sameClause(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c === 46 || c === 59 || c === 10 || c === 13 || c === 58) return false; // . ; newline :
  }
  return true;
}

export function detectWardNotes(text: string, tokens: readonly Token[], push: Push): void {
  let seen = 0;
  const cand: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const b = keyBits(tokens[i]!);
    if (b !== 0) {
      cand.push(i);
      seen |= b;
    }
  }
  if (seen === 0) return;
  for (const i of cand) {
    const c = tokens[i]!;
    const b = keyBits(c);
    // 1. A town after a verb of living or travelling: "lives alone in X", "drove up from X".
    if (b & B_LIVE) {
      let j = i + 1;
      while (j < tokens.length && j <= i + 3 && LIVE_FILLERS.has(tokens[j]!.key) && tokens[j]!.key !== 'in') j++;
      const p = tokens[j];
      if (p && (p.key === 'in' || p.key === 'from' || p.key === 'to' || p.key === 'near') && sameClause(text, c.end, p.start) && !(p.key === 'in' && tokens[j + 1]?.key === 'from')) {
        const end = properName(text, tokens, j + 1, NOT_PLACE, PLACE_KINDS);
        if (end > 0) push(tokens[j + 1]!.start, tokens[end - 1]!.end, 'GEO', 5, 'ward note: a town after a verb of living or travelling');
      } else if (p?.key === 'in' && tokens[j + 1]?.key === 'from') {
        const end = properName(text, tokens, j + 2, NOT_PLACE, PLACE_KINDS);
        if (end > 0) push(tokens[j + 2]!.start, tokens[end - 1]!.end, 'GEO', 5, 'ward note: a town after a verb of living or travelling');
      }
    }
    // 2. A hospital after a word of transfer or records: "transferred from X", "records from X", "was at X".
    // ("d/c'd to": the word after the slash.)
    if (b & B_TRANSFER && (c.key !== "c'd" || (i > 0 && tokens[i - 1]!.key === 'd' && text[c.start - 1] === '/'))) {
      let j = i + 1;
      if (tokens[j]?.key === 'in' || tokens[j]?.key === 'over' || tokens[j]?.key === 'here') j++;
      const p = tokens[j];
      const wasAt = c.key === 'was' || c.key === 'were' || c.key === 'followed' || c.key === 'seen' || c.key === 'treated' || c.key === 'hospitalized' || c.key === 'hospitalised';
      // ("admitted to" a feeling or a fact: only "admitted from" names a place.)
      const ok = p && (wasAt ? p.key === 'at' : p.key === 'from' || ((p.key === 'to' || p.key === 'at') && c.key !== 'admitted')) && sameClause(text, c.end, p.start);
      if (ok) {
        const end = properName(text, tokens, j + 1, NOT_PLACE, PLACE_KINDS);
        if (end > 0) push(tokens[j + 1]!.start, tokens[end - 1]!.end, 'GEO', 5, 'ward note: a hospital after a word of transfer or records');
      }
    }
    // 3. An employer: "works for X", "retired from X", "employed by X", "his company X".
    if (b & (B_EMPLOY | B_COMPANY)) {
      let j = -1;
      if (b & B_EMPLOY) {
        const p = tokens[i + 1];
        if (p && (p.key === 'for' || p.key === 'at' || p.key === 'from' || p.key === 'by' || p.key === 'with') && sameClause(text, c.end, p.start)) j = i + 2;
        else if ((c.key === 'owns' || c.key === 'owned' || c.key === 'runs' || c.key === 'ran') && p) j = -1;
      } else if (i > 0 && POSSESSIVES.has(tokens[i - 1]!.key) && tight(tokens[i + 1])) j = i + 1;
      if (j > 0) {
        const end = properName(text, tokens, j, NOT_EMPLOYER, ORG_KINDS);
        if (end > 0) push(tokens[j]!.start, tokens[end - 1]!.end, 'GEO', 5, 'ward note: an employer after a verb of employment');
      }
    }
    // 4. Children named as a pair or list after a plural kin word in the same sentence.
    if (b & B_KIN) pairAfterKin(text, tokens, i, push);
    // 6. A relative's given name and surname after the relation word: "wife ysolde ardelean called".
    if (b & B_ONE_KIN) {
      const f = tokens[i + 1];
      const l = tokens[i + 2];
      if (tight(f) && tight(l) && kinName(f) && kinName(l) && (has(f!, W.First) || !has(f!, W.Common)) && !has(f!, W.Everyday)) {
        // (The surname is no dictionary word: "son max temp check" stays.)
        if (!has(l!, W.Common)) {
          if (!/^[ \t]*[\p{L}]/u.test(text.slice(l!.end, l!.end + 2)) || (tokens[i + 3] !== undefined && has(tokens[i + 3]!, W.Speech | W.Function | W.CoreStop | W.Everyday))) {
            push(f!.start, l!.end, 'NAME', 4, "ward note: a relative's given name and surname after the relation word");
          }
        }
      }
    }
    // 5. The owner of a dwelling: "at nell's house", "seymour grant's place".
    if (b & B_DWELL && i > 0) {
      const o = tokens[i - 1]!;
      if (tight(c) && /['’]s$/i.test(o.text) && ownerWord(o)) {
        let s = o.start;
        const f = tokens[i - 2];
        if (f && tight(o) && has(f, W.First) && !has(f, W.Everyday | STOP)) s = f.start;
        push(s, o.end - 2, 'NAME', 4, "ward note: the owner of a dwelling (at X's house)");
      }
    }
  }
}

/** A word before "'s house" that names a person: a given name or surname, or a rare word. */
function ownerWord(t: Token): boolean {
  if (t.key.length < 2 || has(t, STOP | W.Holiday)) return false;
  if (t.caseInformative && t.shape === 'lower') return false;
  return has(t, W.First | W.Last) || !has(t, W.Common);
}

function kinName(t: Token | undefined): boolean {
  if (!t || t.key.length < 2 || has(t, STOP)) return false;
  if (t.caseInformative && t.shape === 'lower') return false;
  return /^\p{L}+$/u.test(t.text);
}

function pairAfterKin(text: string, tokens: readonly Token[], i: number, push: Push): void {
  // The first "and" within the next ten words of the same sentence, with a name on each side.
  for (let a = i + 2; a < tokens.length && a <= i + 10; a++) {
    const and = tokens[a]!;
    if (!sameClause(text, tokens[a - 1]!.end, and.start)) return;
    if (and.key !== 'and' && and.text !== '&') continue;
    const left = tokens[a - 1];
    const right = tokens[a + 1];
    if (!kinName(left) || !kinName(right) || !sameClause(text, and.end, right!.start)) return;
    // The pair closes its clause ("…, bea and osric." / "… abe and liv at bedside").
    const after = text.slice(right!.end, right!.end + 2);
    if (!/^(?:[ \t]*[.,;:)\n]|[ \t]*$)/.test(after) && !(tokens[a + 2] && has(tokens[a + 2]!, W.Function | W.CoreStop | W.Speech))) return;
    // The pair opens after a comma, colon or bracket, or right after the kin word and its number.
    const before = text.slice(tokens[a - 2]!.end, left!.start);
    if (!/[,:(]/.test(before) && a - 1 !== i + 1) return;
    // At least one side must be a given name; the other a given name or a word no dictionary holds
    // as an everyday word.
    // (A word no list holds is a name here as well: "bea and ysolde".)
    const nameLike = (t: Token): boolean => (has(t, W.First) && (!has(t, W.Everyday) || has(t, W.Popular))) || !has(t, W.Common | W.Name);
    const ok = (t: Token): boolean => has(t, W.First) || !has(t, W.Everyday);
    if (!ok(left!) || !ok(right!) || !(nameLike(left!) || nameLike(right!))) return;
    push(left!.start, left!.end, 'NAME', 4, 'ward note: children named as a pair after a plural kin word');
    push(right!.start, right!.end, 'NAME', 4, 'ward note: children named as a pair after a plural kin word');
    return;
  }
}

const MONTH_OF_YEAR_RE = /^((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)([ \t]+of[ \t]+)((?:19|20|21)\d\d)$/i;
const SERVICE_WORDS = new Set([
  ...['heart', 'cancer', 'dialysis', 'wound', 'cardiac', 'kidney', 'transplant', 'eye', 'sleep', 'pain', 'stroke', 'trauma', 'burn', 'medical'],
  ...['rehab', 'rehabilitation', 'assisted', 'living', 'nursing', 'care', 'senior', 'day', 'infusion', 'cardiology', 'oncology', 'vascular', 'spine'],
]);
const CLINICAL_MARKS = new Set([
  ...['pt', 'pts', "pt's", 'prn', 'npo', 'bid', 'tid', 'po', 'iv', 'gtt', 'sats', 'bp', 'hr', 'rr', 'vs', 'abd', 'foley', 'npn'],
  ...['abg', 'cxr', 'hct', 'wbc', 'bun', 'sbp', 'tmax', 'afebrile', 'nebs', 'peep', 'fio', 'cvp', 'ivf', 'sxn', 'ett'],
]);

/** A clinical note: three or more of the shorthand words of a chart ("pt", "prn", "po", "BP" …). */
function isClinicalNote(tokens: readonly Token[]): boolean {
  let n = 0;
  for (const t of tokens) if (t.key.length <= 8 && CLINICAL_MARKS.has(t.key) && ++n >= 3) return true;
  return false;
}
const HEAD_AFTER_RE = /^[ \t]+([A-Za-z]+)/;
const SERVICE_HEADS = new Set(['center', 'centre', 'ctr', 'clinic', 'living', 'program', 'unit', 'facility', 'home']);

/**
 * After merging: a month and a year joined by "of" become two dates, and a place span made only of
 * a service and its kind of place ("heart center", "assisted living") is dropped.
 */
export function trimWardSpans(text: string, tokens: readonly Token[], spans: Span[]): Span[] {
  let out: Span[] | undefined;
  let clinical: boolean | undefined;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    const len = s.end - s.start;
    let repl: Span[] | undefined;
    if (s.type === 'DATE' && len >= 10 && len <= 22) {
      // (Only in a clinical note: talk corpora mark "May of 2019" as one date.)
      const m = MONTH_OF_YEAR_RE.exec(text.slice(s.start, s.end));
      if (m && (clinical ??= isClinicalNote(tokens))) {
        const y = s.start + m[1]!.length + m[2]!.length;
        repl = [{ start: s.start, end: s.start + m[1]!.length, type: 'DATE' }, { start: y, end: s.end, type: 'DATE' }];
      }
    } else if (s.type === 'GEO' && len <= 40) {
      const words = text.slice(s.start, s.end).toLowerCase().split(/[\s-]+/);
      // The kind of place may be the span's last word or the word right after it.
      const head = SERVICE_HEADS.has(words[words.length - 1]!) ? words.length > 1 : SERVICE_HEADS.has(HEAD_AFTER_RE.exec(text.slice(s.end, s.end + 12))?.[1]?.toLowerCase() ?? '');
      if (head && words.every((w) => SERVICE_WORDS.has(w) || SERVICE_HEADS.has(w))) repl = [];
    }
    if (repl) {
      out ??= spans.slice(0, i);
      out.push(...repl);
    } else if (out) out.push(s);
  }
  return out ?? spans;
}
