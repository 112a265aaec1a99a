// The egress benchmark's own parts: its gold and its reading of what was sent.
//   npx vitest run --config bench/deid/vitest.config.ts bench/egress/egress.test.ts
import { describe, expect, it } from 'vitest';
import { markSent } from './align.ts';
import { parseInline, physionetHeldOut, writtenNotes } from './notes.ts';

const sentTokens = (note: string, sentText: string): string[] => {
  const sent = new Uint8Array(note.length);
  markSent(note, 0, note.length, sentText, sent);
  return [...note.matchAll(/[\p{L}\p{N}]+/gu)].filter((m) => sent[m.index] === 1).map((m) => m[0]);
};

describe('egress benchmark', () => {
  it('inline gold markers become spans over exactly their values', () => {
    const { text, spans } = parseInline('Seen [[DATE:4/2]] with [[NAME:Odile Brack]], sister of [[NAME:Fen]].');
    expect(text).toBe('Seen 4/2 with Odile Brack, sister of Fen.');
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['4/2', 'Odile Brack', 'Fen']);
    expect(() => parseInline('Seen [[DATE:4/2 with no end')).toThrow();
  });

  it('the written notes parse, 30 held out, 30 dev, 30+ in dev batch 2 and 40+ in dev batches 3, 4 and 5, every span exact and every note with identifiers', () => {
    for (const split of ['heldout', 'dev', 'dev2', 'dev3', 'dev4', 'dev5'] as const) {
      const notes = writtenNotes(split);
      if (split === 'dev2') expect(notes.length).toBeGreaterThanOrEqual(30);
      else if (split === 'dev3' || split === 'dev4' || split === 'dev5') expect(notes.length).toBeGreaterThanOrEqual(40);
      else expect(notes).toHaveLength(30);
      for (const n of notes) {
        expect(n.spans.length).toBeGreaterThan(2);
        for (const s of n.spans) expect(n.text.slice(s.start, s.end)).toBe(s.value);
        expect(n.text).not.toMatch(/\[\[|\]\]/);
      }
    }
  });

  it('the blind held-out set (held3) parses: 40+ notes, every span exact and every note with identifiers', () => {
    const notes = writtenNotes('held3');
    expect(notes.length).toBeGreaterThanOrEqual(40);
    for (const n of notes) {
      expect(n.spans.length).toBeGreaterThan(2);
      for (const s of n.spans) expect(n.text.slice(s.start, s.end)).toBe(s.value);
      expect(n.text).not.toMatch(/\[\[|\]\]/);
    }
  });

  it('reads as sent the tokens a pseudonymised segment kept, and not the ones a placeholder replaced', () => {
    const note = 'Client Odile Brack called her sister Fen on 4/2 about the move.';
    expect(sentTokens(note, 'Client [NAME-1] called her sister [NAME-2] on [DATE-1] about the move.')).toEqual(['Client', 'called', 'her', 'sister', 'on', 'about', 'the', 'move']);
    // A surname the engine left in place is read as sent, even next to a placeholder.
    expect(sentTokens(note, 'Client [NAME-1] Brack called her sister Fen on [DATE-1] about the move.')).toContain('Brack');
    // A placeholder's own number never stands for a digit of the note.
    expect(sentTokens('Seen on 1/2.', 'Seen on [DATE-1].')).toEqual(['Seen', 'on']);
  });

  it('splits PhysioNet by patient: a quarter of patients (id mod 4 = 3) held out', () => {
    expect(physionetHeldOut('physionet-7-1')).toBe(true);
    expect(physionetHeldOut('physionet-7-12')).toBe(true);
    expect(physionetHeldOut('physionet-8-3')).toBe(false);
    expect(() => physionetHeldOut('other-1')).toThrow();
  });
});
