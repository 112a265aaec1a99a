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
  if (w.length < MIN_LENGTH) return undefined;
  const hit = cache.get(w);
  if (hit !== undefined) return hit || undefined;
  let out = nearCue(w) ?? '';
  if (out) {
    const r = resources();
    if (r.commonWords.has(w) || r.medicalWords.has(w) || r.everydayWords.has(w) || r.firstNames.has(w) || r.lastNames.has(w)) out = '';
  }
  if (cache.size > 50_000) cache.clear();
  cache.set(w, out);
  return out || undefined;
}

const LONG_WORD = /\p{L}{7,}/gu;

/** The sentence with each misspelt cue word spelt right (lower case), everything else as it was. */
export function fixTypos(sentence: string): string {
  return sentence.replace(LONG_WORD, (w) => typoOf(w.toLowerCase()) ?? w);
}
