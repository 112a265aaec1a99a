// R18: a client's name is never stored. Whatever the clinician types is turned into initials here,
// on the server, before anything is saved or logged; only a value explicitly marked as a pseudonym
// is kept as written.
//
// The rule, in order:
//  1. Honorifics and generational suffixes (Dr, Mr, Mrs, Ms, Mx, Prof, Jr, Sr, II, III, IV) are
//     dropped: they are not part of the name and would add noise initials.
//  2. Input already in initials form ("J.D.", "J. D.", "JD" is NOT taken as initials — it is one
//     word) is normalised to "J.D.".
//  3. The name is split on white space and hyphens: "Mary-Jane Watson" → "M.J.W.".
//  4. Lower-case nobiliary particles (van, von, de, la, del, da, di, du, der, den, le, dos, das,
//     bin, ibn, al, el, ten, ter, y, e, zu) are dropped unless they are the only word:
//     "Ludwig van Beethoven" → "L.B.", "María de la Cruz" → "M.C.". Capitalised particles
//     ("Van Morrison") are treated as ordinary words: that is how their owners write them.
//  5. Each remaining word gives its first letter (any script), upper-cased in its own script:
//     "O'Brien" → "O.", "Иван Петров" → "И.П.", "Ἀλέξανδρος" → "Ἀ." (first letter as written).
//     Words with no letter (digits, punctuation) are dropped.
//  6. A name in a script written without spaces ("山田太郎") yields its first character only:
//     without a separator there is no safe way to tell family from given name.
//  7. At most 6 initials are kept. Input with no letter at all is refused (the caller answers
//     400 without echoing it).

const HONORIFICS = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'miss', 'prof', 'jr', 'sr', 'ii', 'iii', 'iv']);
const PARTICLES = new Set(['van', 'von', 'de', 'la', 'las', 'los', 'del', 'della', 'da', 'di', 'du', 'der', 'den', 'des', 'le', 'dos', 'das', 'do', 'bin', 'ibn', 'al', 'el', 'ten', 'ter', 'y', 'e', 'zu', "d'"]);

const INITIALS_FORM = /^(?:\p{L}\.\s*){1,6}$/u;
const LETTER = /\p{L}/u;

export class InitialsError extends Error {
  override name = 'InitialsError';
}

export interface ClientLabel {
  label: string;
  kind: 'initials' | 'pseudonym';
}

/** Converts a typed name into initials. Throws InitialsError when no letter is present. */
export function toInitials(input: string): string {
  const text = input.normalize('NFC').trim();
  if (INITIALS_FORM.test(text)) {
    return text.replace(/\s+/g, '').split('.').filter(Boolean).map((c) => `${c.toLocaleUpperCase()}.`).join('');
  }
  const words = text
    .split(/[\s\u2010-\u2015-]+/u)
    .map((w) => w.replace(/^[^\p{L}]+/u, ''))
    .filter((w) => LETTER.test(w))
    .filter((w) => !HONORIFICS.has(w.replace(/\.$/, '').toLowerCase()));
  const meaningful = words.length > 1 ? words.filter((w) => !PARTICLES.has(w)) : words;
  const letters = (meaningful.length > 0 ? meaningful : words)
    .map((w) => (LETTER.exec(w)?.[0] ?? '').toLocaleUpperCase())
    .filter(Boolean)
    .slice(0, 6);
  if (letters.length === 0) throw new InitialsError('no letter to take initials from');
  return letters.map((l) => `${l}.`).join('');
}

const PSEUDONYM = /^[\p{L}\p{N}][\p{L}\p{N} .'-]{0,39}$/u;

/** The label to store: initials of a name, or a pseudonym the clinician marked as such. */
export function clientLabel(input: string, pseudonym: boolean): ClientLabel {
  if (pseudonym) {
    const p = input.normalize('NFC').trim().replace(/\s+/g, ' ');
    if (!PSEUDONYM.test(p)) throw new InitialsError('pseudonym must be 1-40 letters, digits, spaces, dots or hyphens');
    return { label: p, kind: 'pseudonym' };
  }
  return { label: toInitials(input), kind: 'initials' };
}
