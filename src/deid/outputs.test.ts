// R35/R36/R37/R19/R25: what the engine hands to the rest of Tacet — placeholders, surrogates,
// reversible pseudonyms, names kept apart from notes, topic redaction and the log scrubber.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  detect,
  extractNamesForNote,
  pseudonymize,
  redact,
  reidentify,
  restoreNames,
  scrubFreeText,
  surrogate,
} from './index.ts';
import { CLINICAL_FIXTURES, parseFixture } from './fixtures/clinical.ts';

const NOTE =
  'Client Maria Lopez (DOB 4/2/1961) came with her sister Ana. Maria said Ana drives her from Visalia. ' +
  'Next session 5/6/2025; call (209) 555-0187 if needed.';

describe('R35 redact', () => {
  it('R35 uses typed placeholders that are consistent within a document', () => {
    const r = redact(NOTE);
    expect(r.text).toContain('Client [NAME-1] (DOB [DATE-1])');
    expect(r.text).toContain('her sister [NAME-2]');
    // "Maria" alone later is the same person as "Maria Lopez".
    expect(r.text).toContain('[NAME-1] said [NAME-2] drives');
    expect(r.text).not.toMatch(/Maria|Lopez|Ana\b|555-0187/);
  });
  it('R35 returns the spans it replaced', () => {
    const r = redact(NOTE);
    expect(r.spans.length).toBeGreaterThan(5);
    expect(r.spans.every((s) => s.start < s.end)).toBe(true);
  });
});

describe('R36 R37 sensitive topics', () => {
  const text = 'Client: I like my job.\nClient: My mom is undocumented and scared of ICE.\nClient: My uncle abused me when I was 9.';
  it('R36 redacts an immigration-status sentence when the topic is active', () => {
    const r = redact(text, { topics: ['immigration'] });
    expect(r.text).toContain('Client: [REDACTED: immigration]');
    expect(r.text).toContain('I like my job.');
    expect(r.text).toContain('abused');
  });
  it('R37 leaves topics alone unless the practice turned them on', () => {
    expect(redact(text).text).toContain('undocumented');
  });
  it('R36 redacts abuse and sexual content as separate topics', () => {
    const r = redact(text + '\nClient: We had sex last night.', { topics: ['abuse', 'sexual'] });
    expect(r.text).toContain('[REDACTED: abuse]');
    expect(r.text).toContain('[REDACTED: sexual]');
    expect(r.spans.some((s) => s.type === 'TOPIC:abuse')).toBe(true);
  });
  it('R36 leaves demographics, diagnoses and look-alike words alone', () => {
    const ctx = { topics: ['immigration', 'sexual', 'abuse'] };
    for (const t of ['Sex: F. Age 34.', 'History of alcohol abuse, in remission.', 'He paid with his Visa card.', 'We had ice cream.', 'Discussed sexual orientation and coming out.']) {
      expect(redact(t, ctx).text).toBe(t);
    }
    expect(redact('She fears ICE will come.', ctx).text).toBe('[REDACTED: immigration]');
  });
  it('R36 supports topics a practice defines with phrases and patterns', () => {
    const r = redact('We talked about the lawsuit. Then gambling debts came up. Fine otherwise.', {
      customTopics: [{ name: 'legal', phrases: ['lawsuit'] }, { name: 'gambling', patterns: ['gambl\\w*'] }, { name: 'bad', patterns: ['(unclosed'] }],
    });
    expect(r.text).toBe('[REDACTED: legal] [REDACTED: gambling] Fine otherwise.');
  });
});

describe('R35 surrogates', () => {
  it('R35 replaces identifiers with realistic fakes, consistent for the same seed', () => {
    const a = surrogate(NOTE, { seed: 'client-42' });
    const b = surrogate(NOTE, { seed: 'client-42' });
    expect(a).toBe(b);
    expect(a).not.toMatch(/Maria|Lopez|555-0187|Visalia/);
    expect(a).toMatch(/\(DOB \d{1,2}\/\d{1,2}\/\d{4}\)/);
    expect(surrogate(NOTE, { seed: 'client-43' })).not.toBe(a);
  });
  it('R35 shifts every date by the same per-seed offset, keeping intervals', () => {
    const out = surrogate('Seen 2024-03-01 and again 2024-03-15.', { seed: 's1' });
    const dates = [...out.matchAll(/(\d{4})-(\d{2})-(\d{2})/g)].map((m) => Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
    expect(dates).toHaveLength(2);
    expect((dates[1]! - dates[0]!) / 86_400_000).toBe(14);
    expect(out).not.toContain('2024-03-01');
  });
  it('R35 keeps a person consistent across a document', () => {
    const out = surrogate('Dr. Okafor called. Later Dr. Okafor wrote.', { seed: 'x' });
    const names = [...out.matchAll(/Dr\. (\w+)/g)].map((m) => m[1]);
    expect(names[0]).toBe(names[1]);
    expect(names[0]).not.toBe('Okafor');
  });
});

describe('R35 pseudonymisation for the AI gateway', () => {
  it('R35 round-trips through placeholders and puts names back after', () => {
    const p = pseudonymize(NOTE);
    expect(p.text).not.toContain('Maria');
    expect(JSON.parse(JSON.stringify(p.mapping))).toEqual(p.mapping);
    // A model's rewrite that keeps placeholders, with the small variations models make.
    const rewritten = p.text.replace('[NAME-1]', '[name 1]').replace('[NAME-2]', '[NAME_2]');
    const back = reidentify(rewritten, p.mapping);
    expect(back).toContain('Maria Lopez');
    expect(back).toContain('sister Ana');
    expect(reidentify(p.text, p.mapping)).toContain('(209) 555-0187');
  });
  it('R35 leaves unknown placeholders as they are', () => {
    expect(reidentify('See [NAME-9].', { version: 1, entries: {} })).toBe('See [NAME-9].');
  });
});

describe('R19 names kept apart from notes', () => {
  it('R19 extracts names and restores the note exactly', () => {
    const e = extractNamesForNote(NOTE);
    expect(e.text).not.toMatch(/Maria|Lopez|\bAna\b/);
    expect(e.text).toContain('(209) 555-0187'); // only names are taken out
    expect(e.names.map((n) => n.value)).toEqual(expect.arrayContaining(['Maria Lopez', 'Ana', 'Maria']));
    expect(restoreNames(e.text, e.names)).toBe(NOTE);
  });
});

describe('R25 log scrubber', () => {
  it('R25 removes PHI from a log message', () => {
    const out = scrubFreeText('failed to send reminder to maria.lopez@example.com for Maria Lopez, MRN 4471902');
    expect(out).not.toMatch(/maria|Lopez|4471902/i);
    expect(out).toContain('failed to send reminder');
  });
  it('R25 never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        expect(typeof scrubFreeText(s)).toBe('string');
      }),
    );
    expect(scrubFreeText(undefined as unknown as string)).toBe('undefined');
  });
});

describe('R35 properties', () => {
  const textish = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 400 }),
    fc.array(fc.constantFrom('Maria', 'hope', 'Dr.', ' ', '\n', '3/14', 'on the 3rd', '555-0142', 'St', '@', ':', 'CLIENT:', 'my sister', '.', '1234567', 'é', '’s', 'County'), { maxLength: 60 }).map((a) => a.join(' ')),
  );
  it('R35 never throws and spans always lie inside the text, sorted and disjoint', () => {
    fc.assert(
      fc.property(textish, fc.boolean(), (text, topics) => {
        const spans = detect(text, topics ? { topics: ['immigration', 'sexual', 'abuse'], knownNames: ['Hope R.'] } : {});
        let last = 0;
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          last = s.end;
        }
      }),
      { numRuns: 300 },
    );
  });
  it('R35 redaction removes every detected span and keeps everything else', () => {
    fc.assert(
      fc.property(textish, (text) => {
        const r = redact(text);
        const kept = r.spans.reduceRight((t, s) => t.slice(0, s.start) + t.slice(s.end), text);
        expect(r.text.replace(/\[(?:[A-Z_]+-\d+|REDACTED: [a-z]+)\]/g, '')).toBe(kept);
      }),
      { numRuns: 200 },
    );
  });
  it('R19 restoreNames(extractNamesForNote(x)) is the identity', () => {
    fc.assert(
      fc.property(textish, (text) => {
        if (/\[NAME-\d+\]/.test(text)) return;
        const e = extractNamesForNote(text);
        expect(restoreNames(e.text, e.names)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});

describe('R35 hand-written clinical fixtures', () => {
  it('R35 catches at least 97% of identifier tokens in notes and transcripts it was not tuned on', () => {
    let gold = 0;
    let hit = 0;
    for (const marked of CLINICAL_FIXTURES) {
      const { text, spans } = parseFixture(marked);
      const pred = detect(text);
      for (const g of spans) {
        for (const m of text.slice(g.start, g.end).matchAll(/[\p{L}\p{N}]+/gu)) {
          const s = g.start + m.index;
          const e = s + m[0].length;
          gold++;
          if (pred.some((p) => p.start < e && p.end > s)) hit++;
        }
      }
    }
    expect(hit / gold).toBeGreaterThanOrEqual(0.97);
  });
});
