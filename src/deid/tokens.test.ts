// The hand-written word scanner must find exactly the words the regular expression it replaced
// found: the detectors' outputs depend on every offset.
import { describe, expect, it } from 'vitest';
import { tokenize, wordSpansByRegExp } from './tokens.ts';

const spans = (text: string): [number, number][] => tokenize(text).map((t) => [t.start, t.end]);

describe('tokenizer', () => {
  it('R35 finds the same words as the regular expression on tricky synthetic text', () => {
    const samples = [
      "O'Brien-Smith met Mary-Jane at 3pm; don’t -dash- trail' 'lead x-",
      'Zoë Ñúñez, Ægir ªbc µx ºy naïve café — Москва Ελλάδα 東京 한국',
      'ab-cdªef gh’ªij kl--mn op-\uFB01q r\uD83D\uDE00s',
      "Dr. Quorra Zellwigger's notes\n\tMR. PLIMSOLL:  ok\r\n- bullet • item",
      '',
      "'''---",
      'a',
      'x'.repeat(50) + "-y'z’w",
    ];
    for (const s of samples) expect(spans(s)).toEqual(wordSpansByRegExp(s));
    // Random strings over letters, separators and characters at the edges of the letter classes.
    const alphabet = "aZ'’- .\n\tªµºÀ×÷ÿ\u1FFF\u2000\u2C00\uD7FF\uD800\uF900\uFDFF\uFE70\uFEFF\uFF00é1";
    let seed = 7;
    const rnd = (n: number): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    for (let k = 0; k < 2000; k++) {
      let s = '';
      for (let i = rnd(30); i > 0; i--) s += alphabet[rnd(alphabet.length)];
      expect(spans(s)).toEqual(wordSpansByRegExp(s));
    }
  });

  it('R35 gives one token per word with its text, key and shape, the same for a repeated word', () => {
    const t = tokenize('Hope hope HOPE Hope');
    expect(t.map((x) => [x.text, x.key, x.shape])).toEqual([
      ['Hope', 'hope', 'title'],
      ['hope', 'hope', 'lower'],
      ['HOPE', 'hope', 'upper'],
      ['Hope', 'hope', 'title'],
    ]);
    expect(t[0]!.sentenceStart).toBe(true);
    expect(t[3]!.sentenceStart).toBe(false);
  });
});
