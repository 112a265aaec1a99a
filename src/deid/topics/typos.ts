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
].filter((w) => w.length >= 6);

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
  let out = nearCue(w) ?? '';
  if (out) {
    const r = resources();
    if (r.commonWords.has(w) || r.medicalWords.has(w) || r.everydayWords.has(w) || r.firstNames.has(w) || r.lastNames.has(w)) out = '';
  }
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
];
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
  if (c.includes('ck')) addShort(c.replace('ck', 'k'), c);
  for (let i = 0; i < c.length; i++) if (c[i] === 's') addShort(c.slice(0, i) + 'z' + c.slice(i + 1), c);
  if (c.includes('x')) for (const r of ['cks', 'ks']) addShort(c.replace('x', r), c, true);
}

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
