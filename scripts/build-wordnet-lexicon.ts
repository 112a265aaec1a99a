// Derives resources/dicts/wordnet-lexicon.txt from Princeton WordNet 3.0 as Debian packages
// it (`wordnet-base`, the WordNet 3.0 licence, see resources/dicts/licenses/wordnet-3.0.LICENSE.txt):
//
//   node --import tsx scripts/build-wordnet-lexicon.ts                     (needs `apt-get install wordnet-base`,
//                                                                        or WORDNET_DIR=its dict folder)
//
// Why (issue 15, false alarms on other clinicians' paraphrases): the verifier must tell a sentence
// that says the same thing in other words from one that adds a fact. Three things WordNet knows and
// a word list does not:
//   - the part of speech a word is mostly used as (SemCor sense frequencies, cntlist.rev): a draft
//     that brings in a new everyday verb or adjective ("receives visits", "stays the same") is
//     re-wording a relation, one that brings in a new noun ("a mortgage", "the holidays") usually
//     names a new thing;
//   - hypernyms of the most frequent sense, three levels up: a draft may say the general word for
//     what the source names ("alcohol" for "beers", "gathering" for "meeting"), never the reverse;
//   - derivationally related forms: nominalisations ("admission" / "admit", "referral" / "refer");
//   - the lexicographer file (semantic class) of the most frequent sense: a new noun that names a
//     thing, a body part, a substance, a place, an event or a state ("club", "nausea", "wedding")
//     adds a fact, one that names an act, a communication, a cognition or an attribute
//     ("conversation", "observation", "routine") usually re-words what the source tells.
// Only lemmas SemCor has seen at least once are kept (the everyday vocabulary, ~25k lines): a word
// missing from the list is treated as rare, hence as naming something.
//
// Line format: lemma pos [:class] [^hypernym …] [+derived …]   (pos: n v a r, the most frequent one;
//              class: the lexicographer file of its first sense, "act" for noun.act, "contact" for verb.contact)
//              =form lemma                                  (an irregular form)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.WORDNET_DIR ?? '/usr/share/wordnet';
if (!existsSync(join(dir, 'index.noun'))) throw new Error(`WordNet not found in ${dir}: apt-get install wordnet-base`);
const out = new URL('../resources/dicts/wordnet-lexicon.txt', import.meta.url);

const WORD = /^[a-z]{2,}$/;
const POS = [['n', 'noun'], ['v', 'verb'], ['a', 'adj'], ['r', 'adv']] as const;
type Pos = (typeof POS)[number][0];
const SS: Record<string, Pos> = { '1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a' };
// WordNet's lexicographer files, by number (lexnames(5WN)).
const LEXNAMES = (
  'adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body noun.cognition noun.communication ' +
  'noun.event noun.feeling noun.food noun.group noun.location noun.motive noun.object noun.person noun.phenomenon noun.plant noun.possession ' +
  'noun.process noun.quantity noun.relation noun.shape noun.state noun.substance noun.time verb.body verb.change verb.cognition ' +
  'verb.communication verb.competition verb.consumption verb.contact verb.creation verb.emotion verb.motion verb.perception verb.possession ' +
  'verb.social verb.stative verb.weather adj.ppl'
).split(' ');

// Frequency of each lemma as each part of speech, from the sense-tagged corpus counts.
const freq = new Map<string, Record<Pos, number>>();
for (const line of readFileSync(join(dir, 'cntlist.rev'), 'utf8').split('\n')) {
  const [key, , count] = line.split(' ');
  if (key === undefined || count === undefined) continue;
  const m = /^([^%]+)%(\d)/.exec(key);
  if (m === null || !WORD.test(m[1]!)) continue;
  const f = freq.get(m[1]!) ?? { n: 0, v: 0, a: 0, r: 0 };
  f[SS[m[2]!]!] += Number(count);
  freq.set(m[1]!, f);
}

// Synsets: their single-word members, hypernym offsets and lexical derivation pointers.
interface Synset {
  /** Lexicographer file name without its part of speech ("act", "artifact", "contact"). */
  lex: string;
  words: string[];
  hyper: string[];
  deriv: Array<{ from: number; to: string; toWord: number }>;
}
const synsets = new Map<string, Synset>();
for (const [pos, file] of POS) {
  for (const line of readFileSync(join(dir, `data.${file}`), 'utf8').split('\n')) {
    if (line.startsWith(' ') || line.length === 0) continue;
    const f = line.split(' ');
    const wCnt = parseInt(f[3]!, 16);
    const words = Array.from({ length: wCnt }, (_, k) => f[4 + 2 * k]!.toLowerCase().replace(/\(.*\)$/, ''));
    let p = 4 + 2 * wCnt;
    const pCnt = Number(f[p]);
    p++;
    const hyper: string[] = [];
    const deriv: Synset['deriv'] = [];
    for (let k = 0; k < pCnt; k++, p += 4) {
      const [sym, off, ptrPos, st] = [f[p]!, f[p + 1]!, f[p + 2]!, f[p + 3]!];
      const tpos = (ptrPos === 's' ? 'a' : ptrPos) as Pos;
      if (sym === '@' || sym === '@i') hyper.push(`${tpos}:${off}`);
      // A pertainym ("renal" → "kidney", "nocturnal" → "night") is a derived form too.
      if (sym === '+' || (sym === '\\' && (pos === 'a' || pos === 'r'))) deriv.push({ from: parseInt(st.slice(0, 2), 16), to: `${tpos}:${off}`, toWord: parseInt(st.slice(2), 16) });
    }
    synsets.set(`${pos}:${f[0]}`, { lex: LEXNAMES[Number(f[1])]!.split('.')[1]!, words, hyper, deriv });
  }
}

// Each lemma's senses in frequency order, per part of speech.
const senses = new Map<string, Partial<Record<Pos, string[]>>>();
for (const [pos, file] of POS) {
  for (const line of readFileSync(join(dir, `index.${file}`), 'utf8').split('\n')) {
    if (line.startsWith(' ') || line.length === 0) continue;
    const f = line.split(' ');
    if (!WORD.test(f[0]!)) continue;
    const synsetCount = Number(f[2]);
    const pointerCount = Number(f[3]);
    const offsets = f.slice(4 + pointerCount + 2, 4 + pointerCount + 2 + synsetCount).map((o) => `${pos}:${o}`);
    senses.set(f[0]!, { ...(senses.get(f[0]!) ?? {}), [pos]: offsets });
  }
}

const single = (w: string): boolean => WORD.test(w);
const lines: string[] = [];
for (const [lemma, f] of [...freq].sort((a, b) => a[0].localeCompare(b[0]))) {
  const pos = (Object.entries(f) as Array<[Pos, number]>).sort((a, b) => b[1] - a[1])[0]![0];
  const s = senses.get(lemma);
  if (s === undefined) continue;
  // Hypernyms of the first sense of the main part of speech (and of the first noun sense, for a
  // word also used as a noun), three levels up.
  const hyper = new Set<string>();
  for (const first of new Set([s[pos]?.[0], s.n?.[0]])) {
    let level = first === undefined ? [] : [first];
    for (let depth = 0; depth < 3; depth++) {
      const next: string[] = [];
      for (const off of level) for (const h of synsets.get(off)?.hyper ?? []) next.push(h);
      for (const h of next) for (const w of synsets.get(h)?.words ?? []) if (single(w) && w !== lemma) hyper.add(w);
      level = next;
    }
  }
  // Derived forms of the two most frequent senses of each part of speech.
  const deriv = new Set<string>();
  for (const offs of Object.values(s)) {
    for (const off of offs.slice(0, 2)) {
      const syn = synsets.get(off);
      if (syn === undefined) continue;
      const at = syn.words.indexOf(lemma) + 1;
      for (const d of syn.deriv) {
        if (d.from !== at) continue;
        const w = synsets.get(d.to)?.words[d.toWord - 1];
        if (w !== undefined && single(w) && w !== lemma) deriv.add(w);
      }
    }
  }
  const lex = synsets.get(s[pos]?.[0] ?? '')?.lex;
  lines.push([lemma, pos, ...(lex === undefined ? [] : [`:${lex}`]), ...[...hyper].map((h) => `^${h}`), ...[...deriv].map((d) => `+${d}`)].join(' '));
}
// Irregular forms ("went" go, "children" child) from WordNet's exception lists, for the lemmatiser.
const kept = new Set(lines.map((l) => l.slice(0, l.indexOf(' '))));
for (const file of ['noun', 'verb', 'adj']) {
  for (const line of readFileSync(join(dir, `${file}.exc`), 'utf8').split('\n')) {
    const [form, lemma] = line.split(' ');
    // Also a form that is a lemma itself ("spoke", "left", "found"): the lemmatiser prefers the
    // lemma, and `lemmas()` offers both readings to the alignment of a draft with its source.
    if (form !== undefined && lemma !== undefined && WORD.test(form) && kept.has(lemma) && form !== lemma) lines.push(`=${form} ${lemma}`);
  }
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${lines.length} lemmas written to ${out.pathname}`);
