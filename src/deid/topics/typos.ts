// Misspelt topic cue words (R36): "undocumentd", "imigration", "threatend", "abussive",
// "sexualy", "condums". Messages and transcribed speech misspell exactly the long words a topic's
// rules key on, and one wrong letter used to hide the whole sentence from the gate and the rules.
//
// A word is read as a cue word when it is at least MIN_LENGTH letters long, one edit from a cue
// of six letters or more (a letter added, dropped, changed, or two neighbours swapped), and is not in
// the engine's English, medical or name lists ("departed" stays "departed", never "deported";
// "Borden" stays a surname). Short words are never corrected: below seven letters one edit
// reaches too many other words ("rape"/"rope", "sex"/"six", a note's "perfit" read as "permit").
// Lookups are cached per distinct word,
// and the gate asks only about words that carry no anchor of their own.
import { resources } from '../resources.ts';

/** Cue words and words the rules need spelt right, all at least six letters. */
const CUES = [
  // immigration
  'immigration', 'immigrant', 'immigrants', 'undocumented', 'deported', 'deportation', 'deporting', 'asylum', 'refugee',
  'refugees', 'citizenship', 'detention', 'detained', 'passport', 'residency', 'illegal', 'illegally', 'smuggler',
  'smuggled', 'overstayed', 'permit', 'papers',
  // sexual
  'sexual', 'sexually', 'condom', 'condoms', 'protection', 'pregnant', 'pregnancy', 'intercourse', 'virginity', 'virgin',
  'herpes', 'chlamydia', 'gonorrhea', 'syphilis', 'orgasm', 'erection', 'unprotected', 'intimate', 'intimacy', 'relations',
  'hooked', 'hookup', 'hooking', 'slept', 'sleeping', 'porn', 'pornography', 'naked',
  // abuse
  'abused', 'abusive', 'abusing', 'abuser', 'assault', 'assaulted', 'molested', 'molesting', 'molester', 'threatened',
  'threatening', 'threatens', 'strangled', 'strangling', 'choked', 'choking', 'punched', 'slapped', 'kicked', 'beaten',
  'beating', 'bruises', 'bruised', 'violent', 'violence', 'trafficked', 'smacked', 'shoved', 'pushed', 'grabbed', 'dragged',
  'screamed', 'screaming', 'stalking', 'stalked', 'harassed', 'harassing', 'neglected', 'controlling', 'punishment',
  'whipped', 'hitting', 'kidnapped', 'stepdad', 'stepfather', 'stepmom', 'stepmother',
  // the people the rules name
  'husband', 'boyfriend', 'girlfriend', 'partner', 'father', 'mother', 'brother', 'sister', 'cousin', 'uncle',
  // round 8: past tenses texting drops letters from ("fingerd", "flased", "tuched")
  'fingered', 'flashed', 'touched', 'groped', 'raped', 'deport', 'abuses', 'abuse',
  // round 9: the "-ing" forms texting writes "-in" ("groomin", "punchin"), and words two edits away
  'touching', 'grooming', 'punching', 'kicking', 'slapping', 'molesting', 'masturbate', 'masturbates',
  'masturbating', 'status', 'deportation', 'immigrants', 'undocumented', 'citizenship', 'detention',
].filter((w, i, all) => w.length >= 6 && all.indexOf(w) === i);

/** The shortest word that is ever corrected. */
const MIN_LENGTH = 7;

const cueSet = new Set(CUES);
/** A cue word with one letter dropped → the cue (the token is the cue missing a letter). */
const dropped = new Map<string, string>();
/** A cue with the letter at i dropped, keyed with i → the cue (a changed letter at i). */
const changed = new Map<string, string>();
for (const c of CUES) {
  for (let i = 0; i < c.length; i++) {
    const d = c.slice(0, i) + c.slice(i + 1);
    if (d.length >= MIN_LENGTH) dropped.set(d, c);
    changed.set(`${i}|${d}`, c);
  }
}

/** The cue a word is one edit from, ignoring the word lists (exported for the tests). */
export function nearCue(w: string): string | undefined {
  if (w.length < MIN_LENGTH || cueSet.has(w)) return undefined;
  const d = dropped.get(w);
  if (d !== undefined) return d;
  for (let i = 0; i < w.length; i++) {
    const del = w.slice(0, i) + w.slice(i + 1);
    // One letter too many: the word without it is a cue.
    if (cueSet.has(del)) return del;
    const sub = changed.get(`${i}|${del}`);
    if (sub !== undefined) return sub;
  }
  for (let i = 0; i + 1 < w.length; i++) {
    const swapped = w.slice(0, i) + w[i + 1]! + w[i]! + w.slice(i + 2);
    if (cueSet.has(swapped)) return swapped;
  }
  return undefined;
}

// ---- Two edits (round 9) ----
// Messages misspell long cue words twice over ("imigrasion", "undokumentid", "mollestd"). A word of
// TWO_EDIT_MIN letters or more that is within two edits (a letter added, dropped or changed, or two
// neighbours swapped) of a cue of as many letters, and starts with the cue's first letter, is read
// as that cue — unless it is a word or a name in the engine's lists, asked first. The search is a
// deletion neighbourhood: every cue with one or two letters dropped is listed once at load; a word's
// own deletions are looked up, and each candidate is checked with a true edit distance.
const TWO_EDIT_MIN = 8;
const deletions = new Map<string, string[]>();
function addDeletion(d: string, cue: string): void {
  const l = deletions.get(d);
  if (!l) deletions.set(d, [cue]);
  else if (!l.includes(cue)) l.push(cue);
}
for (const c of CUES) {
  if (c.length < TWO_EDIT_MIN) continue;
  addDeletion(c, c);
  for (let i = 0; i < c.length; i++) {
    const d1 = c.slice(0, i) + c.slice(i + 1);
    addDeletion(d1, c);
    for (let j = i; j < d1.length; j++) addDeletion(d1.slice(0, j) + d1.slice(j + 1), c);
  }
}

/** Optimal string alignment distance (edits, with a swap of neighbours as one), stopping past `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/** The cue a word of TWO_EDIT_MIN+ letters is two edits from (same first letter), ignoring the word lists (exported for the tests). */
export function nearCue2(w: string): string | undefined {
  if (w.length < TWO_EDIT_MIN || cueSet.has(w)) return undefined;
  const seen = new Set<string>();
  const consider = (d: string): string | undefined => {
    for (const c of deletions.get(d) ?? []) {
      if (seen.has(c)) continue;
      seen.add(c);
      if (c[0] === w[0] && editDistance(w, c, 2) <= 2) return c;
    }
    return undefined;
  };
  let hit = consider(w);
  for (let i = 0; hit === undefined && i < w.length; i++) {
    const d1 = w.slice(0, i) + w.slice(i + 1);
    hit = consider(d1);
    for (let j = i; hit === undefined && j < d1.length; j++) hit = consider(d1.slice(0, j) + d1.slice(j + 1));
  }
  return hit;
}

/** Two edits only for plain English spelling: an accented letter or a Spanish ending ("detención",
 *  "relaciones") is code-switching that the Spanish rules read as written, not a misspelling. */
const PLAIN = /^[a-z]+$/;
const SPANISH_ENDING = /(?:cion|ciones|iones|ados|adas|idos|idas|mente)$/;

/** "-in" for "-ing" ("groomin", "punchin", "sleepin"): the cue, when the word plus "g" is one. */
function droppedG(w: string): string | undefined {
  return w.endsWith('in') && cueSet.has(`${w}g`) ? `${w}g` : undefined;
}

const cache = new Map<string, string>();

/** The cue word a lower-case word misspells, or undefined when it is a word (or a name) in itself. */
export function typoOf(w: string): string | undefined {
  if (w.length < SHORT_MIN) return undefined;
  const hit = cache.get(w);
  if (hit !== undefined) return hit || undefined;
  if (w.length < MIN_LENGTH) {
    const out = shortTypo(w);
    cache.set(w, out);
    return out || undefined;
  }
  const r = resources();
  const listed = (): boolean => r.commonWords.has(w) || r.medicalWords.has(w) || r.everydayWords.has(w) || r.firstNames.has(w) || r.lastNames.has(w);
  let out = nearCue(w) ?? droppedG(w) ?? '';
  if (out && listed()) out = '';
  // Two edits only for long words that no list knows (checked first: most long words are listed).
  else if (!out && w.length >= TWO_EDIT_MIN && PLAIN.test(w) && !SPANISH_ENDING.test(w) && !listed()) out = nearCue2(w) ?? '';
  if (cache.size > 50_000) cache.clear();
  cache.set(w, out);
  return out || undefined;
}

// ---- Short words (round 8) ----
// Below seven letters one free edit reaches too many words, but texting misspells short cue words
// in a few regular ways, and those are what is read here: two neighbours swapped ("deprot", "pron",
// "papres"), a letter doubled ("hitt", "sexx"), a doubled letter written once ("slaped"), the "e"
// of "-ed" dropped ("rapd", "punchd", "smackd"), a letter dropped from a cue of six letters or more
// ("abusve", "flased", "tuched"), "ck" as "k" ("kiked"), "s" as "z" ("abuzes", "nudez", "viza"),
// "x" as "cks"/"ks" ("secks"), a vowel doubled or "a"/"e", "o"/"u" confused in a cue of five letters
// or more ("grean", "condum"). Every variant is listed once, at load, in a map. A word that is
// itself an everyday or medical word or a first name is never read as a cue, nor one in the big
// common-words or surname lists ("condo", "rapped", "lapped", "moles", "betas", "Rappe") — except the three shapes only
// texting makes ("-d" for "-ed", a last letter doubled, "cks" for "x"): that list holds such
// misspellings too ("rapd", "hitt").
const SHORT_CUES = [
  'rape', 'raped', 'rapist', 'sex', 'porn', 'nude', 'nudes', 'naked', 'horny', 'hit', 'hits', 'hitting', 'beat', 'beats',
  'beaten', 'slap', 'slaps', 'slapped', 'punch', 'punched', 'kick', 'kicked', 'kicks', 'choke', 'choked', 'smack', 'smacked',
  'shove', 'shoved', 'abuse', 'abused', 'abuses', 'abuser', 'abusive', 'molest', 'grope', 'groped', 'touched', 'fondled',
  'fingered', 'flashed', 'whip', 'whipped', 'bruise', 'bruised', 'bruises', 'deport', 'deported', 'visa', 'visas', 'papers',
  'green', 'condom', 'condoms', 'asylum', 'illegal', 'threaten', 'stalked',
  // round 9
  'violent', 'status', 'abusing',
];
/** Irregular topic verbs texting regularises ("beated", "hitted", "throwed"), read as their past. */
const OVER_REGULAR: Record<string, string> = { beated: 'beat', hitted: 'hit', throwed: 'threw', hurted: 'hurt', choken: 'choked' };
const SHORT_MIN = 4;
const shortVariants = new Map<string, string>();
/** Variants of the texting-only shapes, which the common-words list does not veto. */
const textingShape = new Set<string>();
function addShort(v: string, cue: string, texting = false): void {
  if (v.length < SHORT_MIN || v.length >= MIN_LENGTH || v === cue || SHORT_CUES.includes(v)) return;
  if (!shortVariants.has(v)) shortVariants.set(v, cue);
  if (texting && shortVariants.get(v) === cue) textingShape.add(v);
}
const SWAP_VOWEL: Record<string, string> = { a: 'e', e: 'a', o: 'u', u: 'o' };
for (const c of SHORT_CUES) {
  for (let i = 0; i + 1 < c.length; i++) if (c[i] !== c[i + 1]) addShort(c.slice(0, i) + c[i + 1]! + c[i]! + c.slice(i + 2), c);
  for (let i = 0; i < c.length; i++) {
    // A letter doubled, or a doubled letter written once.
    addShort(c.slice(0, i + 1) + c[i]! + c.slice(i + 1), c, i === c.length - 1);
    if (c[i] === c[i + 1]) addShort(c.slice(0, i) + c.slice(i + 1), c);
    if (c.length >= 6) addShort(c.slice(0, i) + c.slice(i + 1), c);
    if (c.length >= 5 && SWAP_VOWEL[c[i]!]) addShort(c.slice(0, i) + SWAP_VOWEL[c[i]!]! + c.slice(i + 1), c);
    if (c.length >= 5 && 'aeou'.includes(c[i]!)) addShort(c.slice(0, i + 1) + 'a' + c.slice(i + 1), c);
  }
  if (c.endsWith('ed') && c.length >= 5) addShort(c.slice(0, -2) + 'd', c, true);
  // Round 9: "-in" for "-ing" ("beatin"), and "-ed" written "-d" after an "s" written "z" ("abuzd").
  if (c.endsWith('en') && c.length >= 6) addShort(c.slice(0, -2) + 'in', c, true);
  if (c.endsWith('sed')) addShort(c.slice(0, -3) + 'zd', c, true);
  if (c.includes('ck')) addShort(c.replace('ck', 'k'), c);
  for (let i = 0; i < c.length; i++) if (c[i] === 's') addShort(c.slice(0, i) + 'z' + c.slice(i + 1), c);
  if (c.includes('x')) for (const r of ['cks', 'ks']) addShort(c.replace('x', r), c, true);
}

for (const [v, cue] of Object.entries(OVER_REGULAR)) addShort(v, cue, true);

/** The short cue word a 4–6 letter word misspells in one of the regular ways above (exported for the tests). */
export function shortCue(w: string): string | undefined {
  return shortVariants.get(w);
}

/** Every short variant with its cue (for the tests). */
export function shortVariantList(): [string, string][] {
  return [...shortVariants];
}

function shortTypo(w: string): string {
  const cue = shortVariants.get(w);
  if (cue === undefined) return '';
  const r = resources();
  if (r.everydayWords.has(w) || r.medicalWords.has(w) || r.firstNames.has(w)) return '';
  return textingShape.has(w) || !(r.commonWords.has(w) || r.lastNames.has(w)) ? cue : '';
}

const LONG_WORD = /\p{L}{4,}/gu;

/** The sentence with each misspelt cue word spelt right (lower case), everything else as it was. */
export function fixTypos(sentence: string): string {
  return sentence.replace(LONG_WORD, (w) => typoOf(w.toLowerCase()) ?? w);
}
