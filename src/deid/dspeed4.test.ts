// Speed round dspeed4 (issue 14 item 5): the rewrites of this round must give what they replace,
// on random text built from the pieces each rewrite reasons about.
import { describe, expect, it } from 'vitest';
import { lcg as rng, randomText } from './synthetic-testkit.ts';
import { scan, scanIfGate, scanThroughPlan, testAnywhere } from './scan.ts';
import { planFor } from './word-gate.ts';
import { twoWordsBefore } from './talk-not-names.ts';


describe('R35 dspeed4: twoWordsBefore is the end-anchored regex it replaces', () => {
  const RE = /([\p{L}'’.-]+)[ \t,]+([\p{L}'’.-]+)[ \t]*$|([\p{L}'’.-]+)[ \t]*$/u;
  const PIECES = ['a', 'Bo', "'", '.', '-', ' ', '  ', '\t', ',', '\n', ':', '1', 'é', '’', 'xy', '!', '𝒜', '_', 'ſ', 'K'];
  it('gives the same groups on 100,000 random slices', () => {
    const next = rng(11);
    let differ = 0;
    for (let n = 0; n < 100_000; n++) {
      const s = randomText(PIECES, next, 12);
      const a = RE.exec(s);
      const b = twoWordsBefore(s);
      if ((a ? [a[1], a[2], a[3]].join('|') : null) !== (b ? [b[1], b[2], b[3]].join('|') : null)) differ++;
    }
    expect(differ).toBe(0);
  });
});

describe('R35 dspeed4: scanIfGate is the gate, then the scan', () => {
  const PIECES = ['the ', 'yule ', 'Yule ', 'tide ', 'night ', 'of ', '1999', "'05", ' ', '\t', '\n', 'ayule', 'ſ', 'é', 'x', '2020 ', ', '];
  const RE = /\b(?:yule(?:[ \t]+tide)?|night)[ \t]*,?[ \t]+(?:of[ \t]+)?(?:'\d\d(?!\d)|(?:19|20)\d\d\b)/gi;
  const GATE = /yule tide|night of/i;
  it('calls back with the same matches on 3,000 random texts, short and long', () => {
    const next = rng(5);
    for (let n = 0; n < 3000; n++) {
      const text = randomText(PIECES, next, n % 3 === 0 ? 400 : 20);
      const want: number[] = [];
      if (GATE.test(text)) scan(RE, text, (m) => want.push(m.index, m[0].length));
      const got: number[] = [];
      scanIfGate(GATE, RE, text, (m) => got.push(m.index, m[0].length));
      expect(got).toEqual(want);
    }
  });
});

describe('R35 dspeed4: a regex opening with one white-space character is tried just before word starts', () => {
  const PIECES = ['on ', 'On ', 'the ', 'at ', 'At ', 'st', 'St.', 'rd ', 'ave', ' ', '  ', '\t', '\n', '12', '3rd ', '_', '_on', 'é', 'éon', 'ſt', 'K', '𝒜', '😀on', '(', ',', '.', 'Main ', 'Elm ', 'x'];
  const REGEXES: RegExp[] = [
    / (?:on|down|off|along)[ \t]+([A-Z][a-z]+)\b(?![ \t]+[A-Z])/g,
    /[ \t](st|rd|ave)\b\.?(?![ \t]*(?:#|\d))/g,
    /[ \t]the[ \t]+(third|3rd)/gi,
    /\s(?:at|on)\s/gi,
    / at[ \t]+((?:the[ \t]+)?[A-Z][a-z]+)/gu,
    /[ \t](?:st|on)\b/giu,
    /\s(?:x|é)/g,
  ];
  it('plans them', () => {
    for (const re of REGEXES.slice(0, 6)) expect(planFor(re), re.source).not.toBeNull();
    // (A lead that may be a letter elsewhere, or two code units, stays refused; so does a lead of
    // several characters.)
    for (const re of [/[^a-z]on/g, /\Son/gu, /[ \t]+on/g, /[ ,]on/g, /\W(?:on|at)/gu]) expect(planFor(re), re.source).toBeNull();
  });
  it('finds what the whole-text scan finds, on 800 random texts per regex', () => {
    for (const re of REGEXES) {
      const next = rng(re.source.length);
      for (let n = 0; n < 800; n++) {
        const text = randomText(PIECES, next, 60);
        const all: unknown[] = [];
        for (const m of text.matchAll(new RegExp(re.source, re.flags))) all.push([m.index, m[0], m[1]]);
        const got: unknown[] = [];
        if (!scanThroughPlan(re, text, (m) => got.push([m.index, m[0], m[1]]))) scan(re, text, (m) => got.push([m.index, m[0], m[1]]));
        expect(got, `${re.source} ${JSON.stringify(text)}`).toEqual(all);
        const gate = new RegExp(re.source, re.flags.replace('g', ''));
        expect(testAnywhere(gate, text.padEnd(600, ' ')), re.source).toBe(gate.test(text.padEnd(600, ' ')));
      }
    }
  });
});
