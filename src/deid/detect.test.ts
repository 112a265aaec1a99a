// R35: detection of every Safe Harbor category, and what must be left alone. All identities in
// these fixtures are invented.
import { describe, expect, it } from 'vitest';
import { detect, type PhiType } from './index.ts';

/** The substrings detected, with their types. */
function found(text: string, knownNames?: string[]): { value: string; type: string }[] {
  return detect(text, knownNames ? { knownNames } : {}).map((s) => ({ value: text.slice(s.start, s.end), type: s.type }));
}
function caught(text: string, value: string): boolean {
  const at = text.indexOf(value);
  if (at < 0) throw new Error(`fixture lacks ${value}`);
  // Every letter/digit run of the value overlaps some span (the scoring convention).
  const spans = detect(text);
  const re = /[\p{L}\p{N}]+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(value)) !== null) {
    const s = at + m.index;
    const e = s + m[0].length;
    if (!spans.some((sp) => sp.start < e && sp.end > s)) return false;
  }
  return true;
}
function untouched(text: string, value: string): boolean {
  const at = text.indexOf(value);
  if (at < 0) throw new Error(`fixture lacks ${value}`);
  return !detect(text).some((sp) => sp.start < at + value.length && sp.end > at);
}
function typeOf(text: string, value: string): string | undefined {
  const at = text.indexOf(value);
  return detect(text).find((sp) => sp.start <= at && sp.end >= at + value.length)?.type;
}

describe('R35 names', () => {
  it('R35 catches a capitalised name after a relation word', () => {
    expect(caught('I moved in with my cousin Will over on the east side.', 'Will')).toBe(true);
  });
  it('R35 catches a lower-case first name after "my sister"', () => {
    const t = 'yeah my sister maria said she would drive me';
    expect(caught(t, 'maria')).toBe(true);
  });
  it('R35 catches names in an ALL-CAPS transcript line', () => {
    const t = 'CLIENT: I TOLD MY BROTHER JAMAL THAT DR. PATEL WAS RIGHT ABOUT THE MEDS';
    expect(caught(t, 'JAMAL')).toBe(true);
    expect(caught(t, 'PATEL')).toBe(true);
  });
  it('R35 catches lower-case first-and-last names after a relation word', () => {
    const t = 'so my aunt rose bell drove me, and my uncle bao nguyen-tran and my stepdad will van dyke came';
    for (const w of ['rose bell', 'bao nguyen-tran', 'will van dyke']) expect(caught(t, w)).toBe(true);
    expect(untouched(t, 'drove')).toBe(true);
  });
  it('R35 does not read short all-caps lines as names', () => {
    const t = 'CLIENT: I AM READY\nCLIENT: AND MONEY, YOU KNOW, UPS AND DOWNS';
    expect(detect(t)).toEqual([]);
  });
  it('R35 catches names that are common words when written as names', () => {
    const t = 'Pt reports conflict with her daughter Hope and with Grace Brown, her neighbour.';
    expect(caught(t, 'Hope')).toBe(true);
    expect(caught(t, 'Grace Brown')).toBe(true);
  });
  it('R35 keeps the same words when they are ordinary words', () => {
    const t = 'I hope it will get better. Mark the calendar. We may meet on Sat at 3 pm, the young dog is brown.';
    for (const w of ['hope', 'will', 'Mark', 'may', 'Sat', '3 pm', 'young', 'brown']) expect(untouched(t, w)).toBe(true);
  });
  it('R35 catches a title and surname, including particles', () => {
    const t = 'Her appointment with Dr. Van der Meer moved; Mrs. Okonkwo will cover.';
    expect(caught(t, 'Van der Meer')).toBe(true);
    expect(caught(t, 'Okonkwo')).toBe(true);
  });
  it('R35 catches a speaker label that is a name', () => {
    const t = 'THERAPIST: How was the week?\nDESHAWN: Rough. Tanisha left.';
    expect(caught(t, 'DESHAWN')).toBe(true);
    expect(caught(t, 'Tanisha')).toBe(true);
    expect(untouched(t, 'THERAPIST')).toBe(true);
  });
  it('R35 catches a name before a speech verb at the start of a sentence', () => {
    expect(caught('Olumide said he would come.', 'Olumide')).toBe(true);
  });
  it('R35 always catches the record\'s known names and initials', () => {
    const t = 'JD said Hope would come; Rivera agreed. I hope so.';
    const f = found(t, ['J.D.', 'Hope Rivera']);
    expect(f.map((x) => x.value)).toEqual(expect.arrayContaining(['JD', 'Hope', 'Rivera']));
    expect(f.map((x) => x.value)).not.toContain('hope');
  });
  it('R35 catches a known name whatever apostrophe the text uses', () => {
    const f = found('Met with Sean O’Brien today.', ["Sean O'Brien"]);
    expect(f.map((x) => x.value)).toContain('Sean O’Brien');
  });
  it('R35 does not take clinical instruments and eponyms for people', () => {
    const t = 'Administered the Beck Depression Inventory and PHQ-9 (score 14); GAD-7 was 12.';
    for (const w of ['Beck', 'PHQ-9', 'GAD-7', '14', '12']) expect(untouched(t, w)).toBe(true);
  });
});

describe('R35 places', () => {
  it('R35 catches a street address, city and ZIP over several lines', () => {
    const t = 'Mailing address:\n4410 Cedar Hollow Rd, Apt 12\nFresno, CA 93722\n';
    expect(caught(t, '4410 Cedar Hollow Rd')).toBe(true);
    expect(caught(t, 'Apt 12')).toBe(true);
    expect(caught(t, 'Fresno')).toBe(true);
    expect(caught(t, '93722')).toBe(true);
  });
  it('R35 keeps the first three digits of an ordinary ZIP but not of a restricted one', () => {
    const a = 'zip code 93722';
    const sa = detect(a).find((s) => s.type === 'GEO')!;
    expect(a.slice(sa.start, sa.end)).toBe('22');
    const b = 'zip code 03601';
    const sb = detect(b).find((s) => s.type === 'GEO')!;
    expect(b.slice(sb.start, sb.end)).toBe('03601');
  });
  it('R35 catches a city after "lives in" in lower case, and a county', () => {
    const t = 'she lives in bakersfield now; grew up in Merced County, then tulare county.';
    expect(caught(t, 'bakersfield')).toBe(true);
    expect(caught(t, 'Merced County')).toBe(true);
    expect(caught(t, 'tulare county')).toBe(true);
  });
  it('R35 does not take "address" the verb for an address', () => {
    expect(detect('We can address Smoking Cessation Plans next week.').filter((s) => s.type === 'GEO')).toEqual([]);
  });
  it('R35 leaves states and countries (not Safe Harbor identifiers)', () => {
    const t = 'He moved back from Florida after years in Mexico.';
    expect(untouched(t, 'Florida')).toBe(true);
    expect(untouched(t, 'Mexico')).toBe(true);
  });
});

describe('R35 dates and ages', () => {
  const cases: [string, string][] = [
    ['Seen 3/14/2024 for follow-up.', '3/14/2024'],
    ['Next visit on 3/14.', '3/14'],
    ['DOB 1961-07-04.', '1961-07-04'],
    ['It happened March 14th.', 'March 14th'],
    ['It was the 14th of March.', '14th of March'],
    ['Intake dated 14-Mar.', '14-Mar'],
    ['She called on the 3rd about it.', '3rd'],
    ['Discharged in March 2023.', 'March 2023'],
    ['On Tuesday, June 4, 2024 we met.', 'June 4, 2024'],
  ];
  for (const [text, value] of cases) {
    it(`R35 catches the date "${value}"`, () => expect(caught(text, value)).toBe(true));
  }
  it('R35 keeps a year alone, ratings, times and durations', () => {
    const t = 'Smoking since 2019, rates anxiety 7/10, sleeps at 11 pm, 20 mg sertraline for 6 weeks.';
    for (const w of ['2019', '7/10', '11 pm', '20 mg', '6 weeks']) expect(untouched(t, w)).toBe(true);
  });
  it('R35 catches ages over 89 and the birth years that reveal them', () => {
    const t = 'Her grandmother is 94 now and was born in 1930; a 91-year-old neighbour helps.';
    expect(caught(t, '94')).toBe(true);
    expect(typeOf(t, '94')).toBe('AGE');
    expect(caught(t, '1930')).toBe(true);
    expect(caught(t, '91')).toBe(true);
  });
  it('R35 keeps ages under 90 and scores over 89', () => {
    const t = 'Pt is a 34 y/o seen today; his pulse was 96 and the score was 92.';
    for (const w of ['34', '96', '92']) expect(untouched(t, w)).toBe(true);
  });
});

describe('R35 numbers and codes', () => {
  const cases: [string, string, PhiType][] = [
    ['Call me at (559) 555-0142 tonight.', '(559) 555-0142', 'PHONE'],
    ['Fax: 559-555-0199', '559-555-0199', 'FAX'],
    ['Email j.doe88@example.org please.', 'j.doe88@example.org', 'EMAIL'],
    ['SSN 123-45-6789 on file.', '123-45-6789', 'SSN'],
    ['MRN: 00482913', '00482913', 'MRN'],
    ['Medicaid ID XQ4471920', 'XQ4471920', 'HEALTH_PLAN'],
    ['Paid from account 000123456789.', '000123456789', 'ACCOUNT'],
    ["Driver's license D4471920 was suspended.", 'D4471920', 'LICENSE'],
    ['Plate 7ABC123 seen outside.', '7ABC123', 'VEHICLE'],
    ['VIN 1HGCM82633A004352 on the title.', '1HGCM82633A004352', 'VEHICLE'],
    ['Pacemaker serial number PM-44719-X.', 'PM-44719-X', 'DEVICE'],
    ['See https://example.com/u/jdoe for the blog.', 'https://example.com/u/jdoe', 'URL'],
    ['Logged in from 203.0.113.7 last night.', '203.0.113.7', 'IP'],
    ['Fingerprint record FP-9938271 at the clinic.', 'FP-9938271', 'BIOMETRIC'],
    ['Her badge number is ZX-88231.', 'ZX-88231', 'OTHER_ID'],
  ];
  for (const [text, value, type] of cases) {
    it(`R35 catches ${type} in "${text}"`, () => {
      expect(caught(text, value)).toBe(true);
      expect(typeOf(text, value)).toBe(type);
    });
  }
  it('R35 catches a reference to a full-face photograph', () => {
    const t = 'Client brought a photo of her face from the ID card.';
    expect(detect(t).some((s) => s.type === 'PHOTO')).toBe(true);
  });
  it('R35 leaves CPT/ICD codes, doses and scale scores', () => {
    const t = 'Billed 90837; dx F41.1 and F32.1; 50 mg sertraline; PHQ-9 of 18; BP 120/80.';
    for (const w of ['90837', 'F41.1', 'F32.1', '50 mg', 'PHQ-9', '18', '120/80']) expect(untouched(t, w)).toBe(true);
  });
});
