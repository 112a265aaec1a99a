// scanAtWords must find exactly what scan() finds for a regex whose matches begin with the listed
// words: the detectors' spans depend on every match and on the order they come in.
import { describe, expect, it } from 'vitest';
import { scan, scanAtWords } from './scan.ts';

const all = (f: (fn: (m: RegExpExecArray) => void) => void): string[] => {
  const out: string[] = [];
  f((m) => out.push(`${m.index}:${m[0]}:${m[1] ?? ''}`));
  return out;
};

// Synthetic pieces: the start words in several cases, glued to letters, digits, underscores and
// signs (the Kelvin sign lower-cases to "k"; "İ" lower-cases to two characters).
const PIECES = [
  'user', 'USERNAME', 'Handle', 'screen name', 'gamertag:', 'login', 'account name', 'Insta', 'ig', 'snapchat', 'tiktok', 'profile',
  'zq_77', 'vex.or', 'ab_cd9', 'Home', 'mailing', 'address', 'ADDRESSES', 'is', ':', 'here it is', 'new', 'old', 'photo', 'selfie',
  'pics', 'of my face', 'attached', 'on file', 'headshot', 'mugshots', 'photo id', 'full-face', 'facial', 'image', 'big', 'x', '9', '_',
  '\u212A', 'İ', '’', '-', ',', '.', '\n', ' ', ' ', ' ', '\t',
];

function synthetic(seed: number, n: number): string {
  let s = seed;
  const rnd = (): number => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  let out = '';
  for (let i = 0; i < n; i++) out += PIECES[Math.floor(rnd() * PIECES.length)]!;
  return out;
}

const CASES: [RegExp, string[]][] = [
  [
    /\b(?:user(?:name)?|handle|screen ?name|gamertag|login|account name|insta|ig|snap(?:chat)?|tiktok|account|profile)\b\s*(?:(?:is|was|called|named|as|:|=|,)\s*)?@?((?=[A-Za-z0-9_.]*(?:[\d_]|[A-Za-z]\.[A-Za-z]))(?=[A-Za-z0-9_.]*[A-Za-z]{3})[A-Za-z][A-Za-z0-9_.]{2,29}[A-Za-z0-9_])\b/gi,
    ['user', 'handle', 'screen', 'gamertag', 'login', 'account', 'insta', 'ig', 'snap', 'tiktok', 'profile'],
  ],
  [
    /\b(?:(?:mailing|home|billing|street|postal|new|old|current|previous|forwarding)\s+)?address(?:es)?\b[ \t]*(?:(?:is|was|are|to|with|of|at)\b[ \t]*|[:=-][ \t]*)?/gi,
    ['mailing', 'home', 'billing', 'street', 'postal', 'new', 'old', 'current', 'previous', 'forwarding', 'address'],
  ],
  [
    /\b(?:full[- ]face|facial|face)\s+(?:photo(?:graph)?|picture|image|shot)s?\b|\b(?:photo(?:graph)?|picture|pic|image|selfie)s?\s+(?:of\s+(?:my|his|her|their|your)\s+face|attached|on\s+file)\b|\b(?:headshots?|mugshots?|photo\s+id)\b/gi,
    ['full', 'fac', 'photo', 'pic', 'image', 'selfie', 'headshot', 'mugshot'],
  ],
  // Case-sensitive, and a regex with the u flag and i (which scanAtWords hands to scan()).
  [/\b(?:Home|new)\s+address\b/g, ['Home', 'new']],
  [/\b(?:user|ig)\b/giu, ['user', 'ig']],
];

describe('scanAtWords', () => {
  it('R35 finds the same matches as scan() on synthetic text in every case and beside signs', () => {
    let compared = 0;
    for (const [re, words] of CASES) {
      for (let seed = 1; seed <= 300; seed++) {
        const text = synthetic(seed, 40);
        const want = all((fn) => scan(re, text, fn));
        expect(all((fn) => scanAtWords(re, words, text, fn))).toEqual(want);
        compared += want.length;
      }
    }
    // The synthetic texts must actually contain matches for the comparison to mean anything.
    expect(compared).toBeGreaterThan(100);
  });
});
