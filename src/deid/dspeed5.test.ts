// Speed round dspeed5 (issue 14 item 5): a regex that opens with a digit or a punctuation mark is
// tried only where one stands (lead-gate.ts); it must find what the whole-text scan finds.
import { describe, expect, it } from 'vitest';
import { lcg as rng, randomText } from './synthetic-testkit.ts';
import { makeLeadPlan } from './lead-gate.ts';
import { gatedMatches, scan, scanAtStarts, scanThroughLead, testAnywhere } from './scan.ts';
import { zipLineStarts } from './patterns.ts';
import { obfAtStarts } from './talk-spoken.ts';

const PIECES = ['1', '22', '9', '0', '555', '-', '/', '.', ',', ' ', '  ', '\t', '\n', '(', ')', '+', "'", '’', 'a', 'Bo', 'com', 'org', '@', '#', 'x', 'yo', 'M', 'F', 'é', '٣', '𝟙', '_', 'ſ', 'K'];
const PLANNED: RegExp[] = [
  /\d+/g,
  /\d{3,}/g,
  /(?<![\w-])\d{3}([- ])\d{2}\1\d{4}(?![\w-])/g,
  /(?<![\d./-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d]|[./-]\d)/g,
  /,\s*(9\d|1[01]\d|12[0-5])\s*,/g,
  /\.(?:com|org)\b/gi,
  /(?<![\w/.])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?|\d{1,5}[\s.-])(?:\d{2,4}[\s.-]){0,3}\d{2,6}/gi,
  /((?:9\d|1[01]\d|12[0-5]))[ \t]?(?:yo)?[MF](?![A-Za-z0-9])/g,
  /(?<!\d)\d{5,8}(?![\p{L}\p{N}]|-\d)/gu,
  /\d(?:\d|[-/]\d)*/giu,
  /^\d+$/gm,
  /\b\d\d\b/g,
];

describe('R35 dspeed5: a regex opening with a digit or a mark is tried only where one stands', () => {
  it('R35 plans the digit- and mark-led regexes', () => {
    for (const re of PLANNED) expect(makeLeadPlan(re), re.source).not.toBeNull();
  });
  it('R35 refuses a regex that may open with a letter, white space, a character beyond ASCII, or nothing', () => {
    const refused = [/\d*/g, /\s\d/g, /[ \t]?\d/g, /(?:a|1)/g, /[^a-z]\d/g, /\D/g, /\p{N}/gu, /.\d/g, /['’]\d/g, /\w\d/g, /(?:)/g, /(\d)?\1-/g, /[\d]/, /\d/y, /(?:é|1)/g];
    for (const re of refused) expect(makeLeadPlan(re), re.source).toBeNull();
  });
  it('R35 finds what the whole-text scan finds, on 1,000 random texts per regex', () => {
    for (const re of PLANNED) {
      const next = rng(re.source.length);
      for (let n = 0; n < 1000; n++) {
        const text = randomText(PIECES, next, n % 10 === 0 ? 400 : 40);
        const all: unknown[] = [];
        for (const m of text.matchAll(new RegExp(re.source, re.flags))) all.push([m.index, ...m]);
        const got: unknown[] = [];
        expect(scanThroughLead(re, text, (m) => got.push([m.index, ...m]))).toBe(true);
        expect(got, `${re.source} ${JSON.stringify(text)}`).toEqual(all);
        const viaScan: unknown[] = [];
        scan(re, text, (m) => viaScan.push([m.index, ...m]));
        expect(viaScan).toEqual(all);
        expect(gatedMatches(re, text).map((m) => [m.index, ...m])).toEqual(all);
        const gate = new RegExp(re.source, re.flags.replace('g', ''));
        expect(testAnywhere(gate, text), `${re.source} ${JSON.stringify(text)}`).toBe(gate.test(text));
      }
    }
  });
  it('R35 gives the same matches on long texts, where scan() takes the plan itself', () => {
    const next = rng(77);
    const prose = ['the ', 'said ', 'and ', 'we ', 'talked ', 'about ', 'it ', '. ', '\n', 'Client: '];
    for (let n = 0; n < 40; n++) {
      let text = randomText(prose, next, 600);
      text += randomText(PIECES, next, 30);
      text += randomText(prose, next, 600);
      for (const re of PLANNED) {
        const all = [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => [m.index, ...m]);
        const got: unknown[] = [];
        scan(re, text, (m) => got.push([m.index, ...m]));
        expect(got, re.source).toEqual(all);
      }
    }
  });
});

describe('R35 dspeed5: a word-start plan reads only the word starts of the first letters it admits', () => {
  const WORDS = ['her ', 'his ', 'my ', 'the ', 'at ', 'At ', 'on ', 'mum’s ', "dad's ", 'ninety ', 'first ', '96th ', 'hundredth ', 'birthday ', 'party', '.', ', ', '\n', '  ', '\t', '12', '3rd ', '_', 'x', 'é', 'ſ', 'Main ', 'St ', 'Elm ', 'Dr. ', 'Smith ', 'in ', 'to ', 'from '];
  const REGEXES: RegExp[] = [
    /\b(?:her|his|my|(?:mum|dad)['’]s)[ \t]+(ninety|hundredth|(?:9\d)(?:st|nd|rd|th))(?=[ \t]*(?:[.,;!?]|$)|[ \t]+(?:party|birthday)\b)/gim,
    /\b(?:at|in|to|from)\s+(?:the\s+)?((?:[A-Z][\p{L}'&-]*)(?:\s+[A-Z][\p{L}'&-]*){0,3})/gu,
    / (?:on|at)[ \t]+([A-Z][a-z]+)\b(?![ \t]+[A-Z])/g,
    /\b(?:my|his)\b/gi,
    /\b(?:Main|Elm)[ \t]+(?:St|Dr)\b\.?/g,
    /(?<![\p{L}\p{N}])(?:dr|doctor)\.?[ \t]+/giu,
  ];
  it('R35 gives the whole-text matches on long random texts, and testAnywhere the test() answer', () => {
    const next = rng(2026);
    for (let n = 0; n < 60; n++) {
      const text = randomText(WORDS, next, 1500);
      for (const re of REGEXES) {
        const all = [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => [m.index, ...m]);
        const got: unknown[] = [];
        scan(re, text, (m) => got.push([m.index, ...m]));
        expect(got, re.source).toEqual(all);
        const gate = new RegExp(re.source, re.flags.replace('g', ''));
        expect(testAnywhere(gate, text), re.source).toBe(gate.test(text));
      }
    }
  });
});

describe('R35 dspeed5: the " at " of a spelled-out e-mail and a ZIP alone on its line are tried only where they can start', () => {
  const AT_PIECES = ['at', 'AT', 'At', 'ate', ' ', '  ', '\t', '\n', '\u00a0', '\u2028', '(', ')', '[', ']', 'x', 'cat', 'jo', '.', 'dot', '_', '1'];
  const ZIP_PIECES = ['12345', '9', '12', '-6789', ' ', '\t', ',', '\n', '\r', '\u2028', 'a', 'St', '.', '123456'];
  it('R35 finds what the whole-text scan finds, on 4,000 random texts each', () => {
    const next = rng(99);
    const at = /\sat\s|\s?[[(]\s*at\s*[\])]/gi;
    const zip = /^[ \t,]*(\d{5})(?:-\d{4})?[ \t]*$/gm;
    for (let n = 0; n < 4000; n++) {
      for (const [re, pieces, starts] of [
        [at, AT_PIECES, obfAtStarts],
        [zip, ZIP_PIECES, zipLineStarts],
      ] as const) {
        const text = randomText(pieces, next, n % 8 === 0 ? 300 : 30);
        const all = [...text.matchAll(re)].map((m) => [m.index, ...m]);
        const got: unknown[] = [];
        const places = starts(text);
        expect([...places].sort((a, b) => a - b)).toEqual(places);
        scanAtStarts(re, places, text, (m) => got.push([m.index, ...m]));
        expect(got, JSON.stringify(text)).toEqual(all);
      }
    }
  });
});
