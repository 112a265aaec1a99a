// R35 shapes round (issue 14): identifiers read by their shape and by what a label word licenses
// next to it (talk-shapes.ts), in sentences written for this file with obviously synthetic values
// (not lines of any benchmark set). Negatives are clinical numbers that look like identifiers and
// must stay readable: doses, scores, times, ages, rooms, ICD and CPT codes.
import { describe, expect, it } from 'vitest';
import { detect } from './index.ts';
import { extractNamesForNote, restoreNames } from './pseudonym.ts';

/** The type of the span covering `word` in `text`, or undefined. */
const typeOf = (text: string, word: string): string | undefined => {
  const at = text.indexOf(word);
  if (at < 0) throw new Error(`test sentence lacks "${word}"`);
  return detect(text).find((x) => x.start <= at && x.end >= at + word.length)?.type;
};
/** Whether any span touches `word`. */
const flagged = (text: string, word: string): boolean => {
  const at = text.indexOf(word);
  if (at < 0) throw new Error(`test sentence lacks "${word}"`);
  return detect(text).some((x) => x.start < at + word.length && x.end > at);
};

const CAUGHT: readonly [string, string, string][] = [
  // Social security numbers: in words, grouped, in pieces, the last four.
  ['Client: the caseworker asked for my social, eight oh one, two two, four nine nine one', 'eight oh one, two two, four nine nine one', 'SSN'],
  ['Client: soc sec is eight twelve, thirty, fifty-five oh two', 'eight twelve, thirty, fifty-five oh two', 'SSN'],
  ['Client: the first three of my social are 701, then 44, then 9021.', '701', 'SSN'],
  ['Client: the first three of my social are 701, then 44, then 9021.', '9021', 'SSN'],
  ['Client: my ssn ends in seventy-seven oh four', 'seventy-seven oh four', 'SSN'],
  ['Client: they only needed the last four of my social, 3391.', '3391', 'SSN'],
  // Vehicles: lower-case plates, spelled plates, lower-case VINs.
  ['Client: i got the tag, qzv 5521, before he drove off', 'qzv 5521', 'VEHICLE'],
  ['Client: his plate was r t w six six one zero', 'r t w six six one zero', 'VEHICLE'],
  ['Client: the vin is 2hx7mm4pk81b22q9z on the title', '2hx7mm4pk81b22q9z', 'VEHICLE'],
  // Accounts and cards: card groupings without a valid check digit, spoken last four.
  ['Client: he still has my debit card, 4111 2222 3333 4445, in his wallet', '4111 2222 3333 4445', 'ACCOUNT'],
  ['Client: the amex 3712 345678 90123 is maxed', '3712 345678 90123', 'ACCOUNT'],
  ['Client: the charge hit the card ending in six two nine one', 'six two nine one', 'ACCOUNT'],
  ['Client: routing # 021 774 310 for the direct deposit', '021 774 310', 'ACCOUNT'],
  // Member, policy and group numbers in chat.
  ['Client: my medicaid number is zq 448 201 773 if you need it', '448 201 773', 'HEALTH_PLAN'],
  ['Client: member # qqx-300-511-872 on the back of the card', 'qqx-300-511-872', 'HEALTH_PLAN'],
  ['Client: grp-66120 is on my card', 'grp-66120', 'HEALTH_PLAN'],
  // Serials, IMEI, device IDs.
  ['Client: the serial number on the ankle monitor was zk4pq8rrt2', 'zk4pq8rrt2', 'DEVICE'],
  ['Client: imei 35 120044 981233 7, the phone he gave me', '35 120044 981233 7', 'DEVICE'],
  // Other numbers given to a person.
  ['Client: my booking number was xw-771203 that night', 'xw-771203', 'OTHER_ID'],
  // A value said before its label, and a label typed with two letters swapped.
  ['Counsellor: Is KV88213095 the member ID on your new card?', 'KV88213095', 'HEALTH_PLAN'],
  ['Client: my socail is 612-40-7788 but dont write it down', '612-40-7788', 'SSN'],
  ['Client: the seiral number was qp4488zt91', 'qp4488zt91', 'DEVICE'],
  // Identifiers abroad, masked on a form, or written with dots.
  ['Client: my national insurance number is QZ 40 18 77 B', 'QZ 40 18 77 B', 'SSN'],
  ['Client: the form only shows XXX-XX-7710 for me', '7710', 'SSN'],
  ['Client: he wrote 604.21.8835 on the lease', '604.21.8835', 'SSN'],
  ['Client: the photo IMG 5120 is the one', 'IMG 5120', 'PHOTO'],
  // Photo files with a second dot, e-mails with spaces or braces.
  ['Client: the picture is PXL_20230411_101112333.MP.jpg on my phone', 'PXL_20230411_101112333.MP.jpg', 'PHOTO'],
  ['Client: write to zebulon.quimby @ outlook.com please', 'zebulon.quimby @ outlook.com', 'EMAIL'],
  ['Client: email me at zeb_quimby {at} yahoo.com', 'zeb_quimby {at} yahoo.com', 'EMAIL'],
  ['Client: it is zebq77 at gmail', 'zebq77 at gmail', 'EMAIL'],
  ['Client: email zeb dot quimby at gmail', 'zeb dot quimby at gmail', 'EMAIL'],
  ['Client: email is zeb.quimby@gmail so use that', 'zeb.quimby@gmail', 'EMAIL'],
  // Dates: a weekday with its ordinal, a dotted date, a day after a verb of rescheduling.
  ['Client: it all went wrong on Sat 14th at the fair', '14th', 'DATE'],
  ['Client: we split up on 4.7.22 and I moved out', '4.7.22', 'DATE'],
  ['Client: the hearing got pushed back to the twenty-third.', 'twenty-third', 'DATE'],
];

describe('R35 identifiers by shape and label word (talk-shapes.ts)', () => {
  for (const [text, word, type] of CAUGHT) {
    it(`R35 catches ${type} "${word}"`, () => {
      expect(typeOf(text, word)).toBe(type);
    });
  }
});

// Numbers that look like identifiers but are clinical facts or everyday talk.
const KEPT: readonly [string, string][] = [
  ['Client: they upped the sertraline to 150 mg last week', '150'],
  ['Counsellor: Your PHQ-9 was 14 today, down from 19.', '14'],
  ['Counsellor: Your GAD-7 score is 11.', '11'],
  ['Client: my social worker came by at 1030 on the dot', '1030'],
  ['Client: social anxiety hits me about 3 times a day', '3'],
  ['Client: group therapy is 90 minutes every week', '90'],
  ['Client: my case manager saw me 2 weeks ago', '2'],
  ['Counsellor: We billed 90837 for today, CPT code only.', '90837'],
  ['Counsellor: Diagnosis F41.1, generalised anxiety.', 'F41.1'],
  ['Client: I was in room 12 on the ward', '12'],
  ['Client: the card game went on till 2330', '2330'],
  ['Client: my account of what happened took 20 minutes', '20'],
  ['Client: I have been on the pump for 3 years now', '3'],
  ['Client: the plate of food cost 12 dollars', '12'],
  ['Client: my policy is to never drink before 5 pm', '5'],
  ['Client: he was 1985 born or so, I think he is 39', '39'],
  ['Client: we had the first session and the third went better', 'third'],
  ['Client: I sat 3rd in the race', '3rd'],
  ['Counsellor: Blood pressure 128/84 and pulse 72 at the visit.', '128/84'],
  ['Client: I walked 4000 steps, the card game after that was fun', '4000'],
  ['Client: we paid 250 dollars for the plate and the frame', '250'],
  ['Client: HR DOWN TO 40 ON THE CARD MONITOR', '40'],
  ['Client: my social security check is 900 dollars a month', '900'],
  ['Client: we met at the dot com office at gmail headquarters', 'gmail'],
];

describe('R35 clinical look-alikes stay readable (talk-shapes.ts)', () => {
  for (const [text, word] of KEPT) {
    it(`R35 keeps "${word}" in: ${text.slice(0, 48)}`, () => {
      expect(flagged(text, word)).toBe(false);
    });
  }
});

describe('R19 names kept apart when a note also holds label-licensed numbers', () => {
  it('R19 extracts the names, leaves the numbers to redaction, and restores the note byte for byte', () => {
    const note = 'Client Thessaly Brookwhistle gave member # qqx-300-511-872 and plate r t w six six one zero.';
    const { text, names } = extractNamesForNote(note);
    expect(text).not.toMatch(/Thessaly|Brookwhistle/);
    expect(text).toContain('qqx-300-511-872');
    expect(restoreNames(text, names)).toBe(note);
  });
});
