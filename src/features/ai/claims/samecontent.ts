// "The same content", said another way (issue 15, R03, round vsame). The verifier's new-content
// check counts a draft word as added when no source word matches it; most of its false alarms on
// faithful drafts are words that name what the source already says, in another form:
//  - a noun made from the source's verb or adjective, or the other way round ("agitated" /
//    "agitation", "anxious" / "anxiety", "tearful" / "tearfulness", "cardiac" / "heart"): WordNet's
//    word-to-word links in any sense (resources/dicts/wordnet-derived.txt, built offline by
//    scripts/build-wordnet-derived.ts) and English derivational morphology, which WordNet lacks for
//    many everyday pairs;
//  - a person named by role where a segment of the note gives that role beside the name ("his wife
//    Maud", "stepdad Owen", "Maud, his wife"): the role and the name are one person;
//  - an event the draft dates itself by with a definite article or a possessive ("since the
//    collision", "after his divorce") that another segment of the same note introduced.
// Each licence is narrow: never a risk word, a drug, a number or a person for the derived forms, and
// the draft's word must agree with the source's in negation (the caller checks).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyse, type CToken } from './context.ts';
import { classOf, lemmas, posOf } from './wordnet.ts';

let table: Map<string, readonly string[]> | undefined;
function load(): Map<string, readonly string[]> {
  const map = new Map<string, readonly string[]>();
  const text = readFileSync(fileURLToPath(new URL('../../../../resources/dicts/wordnet-derived.txt', import.meta.url)), 'utf8');
  for (const line of text.split('\n')) {
    if (line.length === 0) continue;
    const f = line.split(' ');
    map.set(f[0]!, f.slice(1));
  }
  return map;
}

// Morphy's detachment rules, for words the smaller lexicon (wordnet.ts) does not know ("tearful",
// "cardiac" are there as themselves; "tears" needs "tear").
const INFLECTIONS: ReadonlyArray<[string, string]> = [
  ['ies', 'y'], ['ses', 's'], ['xes', 'x'], ['ches', 'ch'], ['shes', 'sh'], ['es', 'e'], ['es', ''], ['s', ''],
  ['ied', 'y'], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''],
];
const baseMemo = new Map<string, readonly string[]>();
/** The base forms a word may have: the lexicon's lemmas, else the table's by Morphy's rules. */
function bases(word: string): readonly string[] {
  const hit = baseMemo.get(word);
  if (hit !== undefined) return hit;
  table ??= load();
  const out = new Set<string>([word, ...lemmas(word)]);
  for (const [suffix, to] of INFLECTIONS) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue;
    const b = word.slice(0, -suffix.length) + to;
    if (table.has(b)) out.add(b);
    if (to === '' && /([b-df-hj-np-tv-z])\1$/.test(b) && table.has(b.slice(0, -1))) out.add(b.slice(0, -1));
  }
  const list = [...out];
  if (baseMemo.size < 20_000) baseMemo.set(word, list);
  return list;
}

// Derivational suffixes, longest first: what is left is the root the word was made from
// ("agitat-ion", "agitat-ed"; "anxi-ety", "anxi-ous"; "tear-ful-ness", "tear-s"). No "-al": "general"
// and "generation", "informal" and "information" are other words.
const DERIVATIONAL = [
  'ability', 'ibility', 'ically', 'ively', 'ously', 'fully', 'icism', 'iety',
  'ness', 'ment', 'ions', 'ical', 'ance', 'ence', 'able', 'ible', 'ive', 'ous', 'ful', 'ion', 'ity', 'ety', 'ism', 'ing', 'ant', 'ent', 'ic', 'ed', 'ly', 'es', 's', 'e', 'y',
];
const rootMemo = new Map<string, string>();
/** The root left after derivational and inflectional suffixes (at least four letters kept). */
export function derivationalRoot(word: string): string {
  const hit = rootMemo.get(word);
  if (hit !== undefined) return hit;
  let w = word;
  for (let changed = true; changed; ) {
    changed = false;
    for (const s of DERIVATIONAL) {
      // (A plural's "-s" once, never the end of "-ss": "aggress-ion" keeps "aggress".)
      if (w.endsWith(s) && w.length - s.length >= 4 && !(s.endsWith('s') && (w !== word || w.endsWith('ss')))) {
        w = w.slice(0, -s.length);
        changed = true;
        break;
      }
    }
  }
  if (rootMemo.size < 20_000) rootMemo.set(word, w);
  return w;
}

/** Known to WordNet (either table) or to the lexicon as a form: morphology is tried on real words only. */
const known = (w: string): boolean => bases(w).some((b) => table!.has(b)) || lemmas(w).length > 0;

/**
 * The source word of which the draft word is a derived form, or null: the two share a WordNet
 * word-to-word link in any sense ("cardiac" / "heart", "sceptical" / "scepticism"), or both are real words built on the same root of four letters or more ("anxious" /
 * "anxiety", "frustrated" / "frustration", "tearful" / "tears").
 */
export function derivedSourceWord(draftWord: string, sourceWords: Iterable<string>): string | null {
  table ??= load();
  if (draftWord.length < 4) return null;
  const db = bases(draftWord);
  const family = new Set<string>(db);
  for (const b of db) for (const r of table.get(b) ?? []) family.add(r);
  const root = known(draftWord) ? derivationalRoot(draftWord) : null;
  for (const s of sourceWords) {
    if (s.length < 4 || s === draftWord) continue;
    const sb = bases(s);
    if (sb.some((b) => family.has(b) || (table!.get(b) ?? []).some((r) => db.includes(r)))) return s;
    if (root === null) continue;
    const sr = derivationalRoot(s);
    if (sr === root && known(s)) return s;
  }
  return null;
}

// "his wife Maud", "stepdad Owen", "mum Lucia", "Maud, his wife,": a role written beside a name.
const ROLE = String.raw`(?:mother|mum|mom|father|dad|stepdad|stepmum|stepmom|stepfather|stepmother|wife|husband|partner|boyfriend|girlfriend|brother|sister|son|daughter|grandmother|grandfather|gran|grandma|grandad|grandpa|aunt|uncle|nephew|niece|friend)`;
const ROLE_NAME = new RegExp(String.raw`\b(?:(?:his|her|their|the|client's|pt's)\s+)?(${ROLE})\s+([A-Z][a-z'-]{2,})\b`, 'g');
const NAME_ROLE = new RegExp(String.raw`\b([A-Z][a-z'-]{2,}),\s+(?:his|her|their|the client's)\s+(${ROLE})\b`, 'g');
const CANON_ROLE: Readonly<Record<string, string>> = { mum: 'mother', mom: 'mother', dad: 'father', stepdad: 'stepfather', stepmum: 'stepmother', stepmom: 'stepmother', gran: 'grandmother', grandma: 'grandmother', grandad: 'grandfather', grandpa: 'grandfather' };

/** Names the note gives a role beside, by name: "Maud" → "wife", "Owen" → "stepfather". */
export function appositiveRoles(texts: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of texts) {
    if (!/[A-Z][a-z]/.test(t)) continue;
    for (const m of t.matchAll(ROLE_NAME)) {
      const role = m[1]!.toLowerCase();
      out.set(m[2]!, CANON_ROLE[role] ?? role);
    }
    for (const m of t.matchAll(NAME_ROLE)) out.set(m[1]!, CANON_ROLE[m[2]!] ?? m[2]!);
  }
  // A name given two different roles names no one reliably.
  return out;
}

/**
 * Rewrites "his wife Maud" to "his wife" and a bare "Maud" to "wife" (in the draft and the cited
 * segments alike), the way aliasRoles reads "wife (Maud)": the engine compares roles, not names.
 */
export function replaceAppositiveNames(text: string, roles: ReadonlyMap<string, string>): string {
  if (roles.size === 0) return text;
  const names = [...roles.keys()].join('|');
  return text
    .replace(new RegExp(String.raw`\b(${ROLE})\s+(${names})\b`, 'g'), (_m, r: string) => CANON_ROLE[r.toLowerCase()] ?? r)
    .replace(new RegExp(String.raw`\b(${names}),\s+(?:his|her|their|the client's)\s+${ROLE}\b`, 'g'), (_m, n: string) => roles.get(n)!)
    .replace(new RegExp(String.raw`\b(${names})\b(?!\s*\()`, 'g'), (n) => roles.get(n)!);
}

const FIND = /^(?:find|finds|found|finding)$/;
const PREPOSITIONAL = new Set(['following', 'regarding', 'concerning', 'including']);
const ARTICLE = new Set(['a', 'an', 'some', 'any']);
/** Determiners that refer back to something already introduced. */
export const DEFINITE = new Set(['the', 'this', 'that', 'his', 'her', 'their', 'its']);
/** Prepositions that date a sentence by an event. */
const DATING = new Set(['since', 'after', 'following', 'before', 'until']);

/** The draft and its cited segments with names the note gives a role beside read as that role. */
export function aliasAppositives(sentence: string, sources: readonly string[], context: readonly string[]): [string, readonly string[]] {
  // "the young person", "the service user": the register's names for the client, whom the engine
  // reads as "the client" (when the source does not use the phrase itself).
  const drafted = /\b(?:young person|service user|individual)\b/.test(sentence) ? sentence.replace(CLIENT_ROLE, (m: string) => (sources.some((s) => s.toLowerCase().includes(m.toLowerCase())) ? m : 'the client')) : sentence;
  const roles = appositiveRoles([...sources, ...context]);
  if (roles.size === 0) return [drafted, sources];
  return [replaceAppositiveNames(drafted, roles), sources.map((s) => replaceAppositiveNames(s, roles))];
}
const CLIENT_ROLE = /\b[Tt]he (?:young person|service user|individual)\b/g;

/**
 * Does the draft word name what the source already says, by another form of the same word, or by
 * referring back to something the note's other segments introduced? `t` is a draft word the
 * source does not match; the caller excludes risk words, drugs, numbers and people.
 */
export function restatesContent(t: CToken, draft: readonly CToken[], src: readonly CToken[], context: readonly string[]): boolean {
  // A derived form of a source word said with the same polarity ("agitation" for "agitated"; not
  // "no agitation" for "agitated", which the polarity checks, not this one, must read).
  const same = new Set<string>();
  for (const s of src) if (!s.trigger && s.num === undefined && s.neg === t.neg) same.add(s.w);
  if (!t.trigger && derivedSourceWord(t.w, same) !== null) return true;
  // "following a collision", "regarding his debts": a participle used as a preposition relates what
  // the source states ("after", "about"); it names no act of its own.
  const next = draft[t.i + 1];
  if (PREPOSITIONAL.has(t.w) && t.i > 0 && next !== undefined && next.clause === t.clause && (DEFINITE.has(next.w) || ARTICLE.has(next.w))) return true;
  // "finds the evenings most difficult": the experiencer's frame around what the source says of the
  // evenings ("evenings are the hardest"); the verb adds nothing when an adjective follows in its clause.
  if (FIND.test(t.w) && draft.slice(t.i + 1, t.i + 5).some((x) => x.clause === t.clause && posOf(x.w) === 'a' && !x.neg)) return true;
  // "since the collision", "after the divorce": an event another segment of the note names, referred
  // back to by a definite noun phrase that dates the sentence. (Only there: "the school counsellor
  // filed", "his GP started", "during the exposure" name an agent or an event the sentence is about,
  // which must be what it cites.)
  if (context.length === 0 || t.neg || (posOf(t.w) ?? 'n') !== 'n' || classOf(t.w) === 'person') return false;
  const det = draft[t.i - 1];
  const prep = draft[t.i - 2];
  if (det === undefined || prep === undefined || !DEFINITE.has(det.w) || !DATING.has(prep.w) || det.clause !== t.clause) return false;
  const ctx = new Set<string>();
  for (const c of context) for (const x of analyse(c)) if (!x.trigger && x.num === undefined) ctx.add(x.w);
  return ctx.has(t.w) || derivedSourceWord(t.w, ctx) !== null;
}
