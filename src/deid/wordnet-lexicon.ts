// WordNet's lexicon (resources/dicts/wordnet-lexicon.txt, built by scripts/build-wordnet-lexicon.ts),
// read once per process for both of its readers: the de-identification engine, which asks what kind
// of thing a capitalised word in talk is (talk-not-names.ts), and the draft verifier, which
// lemmatises and aligns words by hypernym and derivation (features/ai/claims/wordnet.ts). Before,
// each parsed the 19k-line file into its own map, so a server that warms both paid twice.
//
// Line format: `word pos :class ^hypernym… +derived…`, and `=form base` for irregular forms.
import { readFileSync } from 'node:fs';
import { dictDir } from './resources.ts';

export type WordNetPos = 'n' | 'v' | 'a' | 'r';
export interface WordNetEntry {
  /** The part of speech the word is mostly used as. */
  pos: WordNetPos;
  /** Lexicographer file of the first sense ("act", "artifact", "person"), '' when unknown. */
  cls: string;
  /** More general words (hypernyms of its senses). */
  hyper: readonly string[];
  /** Derived forms ("admission" for "admit"). */
  deriv: readonly string[];
}
export interface WordNetLexicon {
  entries: ReadonlyMap<string, WordNetEntry>;
  /** Irregular inflected forms and their base ("geese" → "goose"). */
  irregular: ReadonlyMap<string, string>;
}

let cached: WordNetLexicon | undefined;

/** The lexicon, read on first use. Throws when the file cannot be read; callers decide what that means. */
export function wordnetLexicon(): WordNetLexicon {
  if (cached) return cached;
  const entries = new Map<string, WordNetEntry>();
  const irregular = new Map<string, string>();
  for (const line of readFileSync(`${dictDir()}wordnet-lexicon.txt`, 'utf8').split('\n')) {
    if (line.length === 0) continue;
    const f = line.split(' ');
    if (line.startsWith('=')) {
      irregular.set(f[0]!.slice(1), f[1]!);
      continue;
    }
    if (f.length < 2) continue;
    const hyper: string[] = [];
    const deriv: string[] = [];
    let cls = '';
    for (let k = 2; k < f.length; k++) {
      const p = f[k]!;
      if (p.startsWith(':')) cls = p.slice(1);
      else (p.startsWith('^') ? hyper : deriv).push(p.slice(1));
    }
    entries.set(f[0]!, { pos: f[1] as WordNetPos, cls, hyper, deriv });
  }
  cached = { entries, irregular };
  return cached;
}
