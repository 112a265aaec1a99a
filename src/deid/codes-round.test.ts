// R35 codes round: letter-prefixed codes written in groups (claim, case, order and serial numbers),
// device serials with a hyphenated letter group, and label words that are not values ("IP",
// "mac address"). Sentences written for this file with obviously synthetic values, not lines of
// any benchmark set (bench/deid/codes-dev.ts is the round's scored batch).
import { describe, expect, it } from 'vitest';
import { detect } from './index.ts';

/** Whether every non-space character of `value` in `text` is covered by some span. */
const whole = (text: string, value: string): boolean => {
  const at = text.indexOf(value);
  if (at < 0) throw new Error(`test sentence lacks "${value}"`);
  const spans = detect(text);
  for (let i = at; i < at + value.length; i++) if (!/\s/.test(text[i]!) && !spans.some((s) => s.start <= i && i < s.end)) return false;
  return true;
};
/** Whether any span touches `word`. */
const flagged = (text: string, word: string): boolean => {
  const at = text.indexOf(word);
  if (at < 0) throw new Error(`test sentence lacks "${word}"`);
  return detect(text).some((x) => x.start < at + word.length && x.end > at);
};

describe('R35 codes: letter prefix, hyphen or space, digit groups', () => {
  const caught: readonly [string, string][] = [
    ['client: they keep mailing me stuff about ZZQ-3141-5926535 and i have no idea why', 'ZZQ-3141-5926535'],
    ['the hearing notice says XJ-2718-2818284 up in the corner', 'XJ-2718-2818284'],
    ['Letter re KQV-1618-0339887-D reviewed with client in session.', 'KQV-1618-0339887-D'],
    ['Workers comp claim WQZ-7071-0678118 pending, adjuster unresponsive.', 'WQZ-7071-0678118'],
    ['ok so it was TX-9001-4242424 on the denial letter', 'TX-9001-4242424'],
    ['she read it out, QQX 1414 2135623, and I copied it down', 'QQX 1414 2135623'],
    ['they gave me the order number ZK-8080-12345 for the refund', 'ZK-8080-12345'],
  ];
  for (const [text, value] of caught) it(`R35 catches «${value}» whole`, () => expect(whole(text, value)).toBe(true));

  const kept: readonly [string, string][] = [
    ['PHQ-9 = 15, GAD-7 = 12 at intake.', 'PHQ-9'],
    ['PHQ-9 = 15, GAD-7 = 12 at intake.', 'GAD-7'],
    ['Recovered from COVID-19 last winter; B12 low.', 'COVID-19'],
    ['HR-110-120 during the panic episode per pt.', 'HR-110-120'],
    ['Shift ICU-0700-1930 per staff schedule.', 'ICU-0700-1930'],
    ['Dx F41.1, F32.A; CPT 90837.', 'F32.A'],
    ['T-score -2.1 at hip; Hgb 11.2; HbA1c 6.1.', 'T-score -2.1'],
    ['Sertraline 25-50 mg; hydroxyzine q4-6h prn; BP 120/80; A&O x3.', '25-50 mg'],
    ['Sertraline 25-50 mg; hydroxyzine q4-6h prn; BP 120/80; A&O x3.', 'q4-6h'],
    ['Pt with L4-L5 herniation, WAIS-IV FSIQ 92.', 'L4-L5'],
  ];
  for (const [text, word] of kept) it(`R35 leaves the clinical look-alike «${word}»`, () => expect(flagged(text, word)).toBe(false));
});

describe('R35 codes: device serial with a hyphenated letter group', () => {
  const caught: readonly [string, string][] = [
    ['the monitor has serial QZ-WVX 5550123 on a sticker', 'QZ-WVX 5550123'],
    ['Pump serial no. XK-TRB 90817263 logged with DME.', 'XK-TRB 90817263'],
    ['my cochlear processor serial is MED-ZQ 4401928', 'MED-ZQ 4401928'],
  ];
  for (const [text, value] of caught) it(`R35 catches the serial «${value}» whole`, () => expect(whole(text, value)).toBe(true));
});

describe('R35 codes: a label word is not the value', () => {
  it('R35 "IP" after "from" is a label; the address is the identifier', () => {
    const text = 'he kept posting from IP 203.0.113.9 after she blocked him';
    expect(flagged(text, 'IP ')).toBe(false);
    expect(whole(text, '203.0.113.9')).toBe(true);
  });
  it('R35 "IP address" after a place preposition stays readable', () => {
    expect(flagged('the logins came from IP address 198.51.100.3 overnight', 'IP ')).toBe(false);
  });
  it('R35 "mac" before "address" or "filter" is no name', () => {
    expect(flagged('he somehow had the mac address of my phone', 'mac')).toBe(false);
    expect(flagged('she turned on the mac filter on the router', 'mac')).toBe(false);
  });
  it('R35 a MAC value after the label is caught', () => {
    const text = 'the mac address 0A:1B:2C:3D:4E:5F kept showing up';
    expect(flagged(text, 'mac')).toBe(false);
    expect(whole(text, '0A:1B:2C:3D:4E:5F')).toBe(true);
  });
  it('R35 "Mac" as a person is still a name', () => {
    expect(flagged('my uncle Mac drove me to group today', 'Mac')).toBe(true);
  });
  it('R35 "address from …" names a source, not an address', () => {
    expect(flagged('he found my home address from an old court filing', 'from an old court filing')).toBe(false);
  });
  it('R35 an address after its label is still read', () => {
    expect(whole('Home address: 1412 Quillon Way', '1412 Quillon Way')).toBe(true);
  });
});
