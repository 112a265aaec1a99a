// The note's AI record without a database: how drafts are merged into it, and what holds the signature.
import { describe, expect, it } from 'vitest';
import type { VerifiedDraft } from '../ai/verify.ts';
import { addDraft, blockingSentences, presentIn } from './ai-record.ts';

type Sentence = VerifiedDraft['sections'][number]['sentences'][number];

const sentence = (text: string, over: Partial<Sentence> = {}): Sentence => ({
  text,
  links: [],
  unsupported: false,
  risk: [],
  riskPolarity: null,
  flags: [],
  label: 'SUPPORTED',
  reasons: [],
  ...over,
});

const verified = (sections: Array<[string, Sentence[]]>, omitted: VerifiedDraft['omittedRisks'] = []): VerifiedDraft => ({
  sections: sections.map(([key, sentences]) => ({ key, title: key, sentences })),
  goalSuggestions: [],
  flags: [],
  omittedRisks: omitted,
  unknownSections: 0,
});

const RISKY = sentence('Client reports a plan to overdose.', { label: 'CONTRADICTED', risk: ['suicide'], riskPolarity: 'present', unsupported: true, reasons: ['source says no plan; draft says plan'] });
const SCREEN = sentence('Client denies HI.', { risk: ['homicide'], riskPolarity: 'denied' });

describe('the note’s AI record (issue 15)', () => {
  it('R03 copies each sentence with its section, label, reasons and risk polarity, and omitted risks with theirs', () => {
    const rec = addDraft(undefined, { id: 'd1', provider: 'onprem', model: 'm', draft: verified([['assessment', [RISKY, SCREEN]]], [{ category: 'substance', polarity: 'denied', links: [] }]) });
    expect(rec.sentences).toEqual([
      { n: 0, draft: 0, section: 'assessment', text: RISKY.text, label: 'CONTRADICTED', reasons: RISKY.reasons, risk: ['suicide'], riskPolarity: 'present' },
      { n: 1, draft: 0, section: 'assessment', text: SCREEN.text, label: 'SUPPORTED', reasons: [], risk: ['homicide'], riskPolarity: 'denied' },
    ]);
    expect(rec.omittedRisks).toEqual([{ draft: 0, category: 'substance', polarity: 'denied' }]);
  });

  it('R03 the same draft used again replaces its sentences; another draft adds to them with fresh indices', () => {
    const first = addDraft(undefined, { id: 'd1', provider: 'local', model: 'm', draft: verified([['plan', [sentence('Continue weekly sessions.')]]]) });
    const again = addDraft(first, { id: 'd1', provider: 'local', model: 'm', draft: verified([['plan', [sentence('Continue weekly sessions.')]]]) });
    expect(again.sentences).toHaveLength(1);
    const second = addDraft(again, { id: 'd2', provider: 'local', model: 'm', draft: verified([['plan', [RISKY]]]) });
    expect(second.drafts.map((d) => d.id)).toEqual(['d1', 'd2']);
    expect(second.sentences.map((s) => [s.n, s.draft])).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });

  it('R03 only a contradicted risk sentence still in the note word for word holds the signature', () => {
    const rec = addDraft(undefined, { id: 'd1', provider: 'local', model: 'm', draft: verified([['assessment', [RISKY, SCREEN, sentence('Mood low.', { label: 'CONTRADICTED', unsupported: true })]]]) });
    // Whitespace and line breaks aside, in any section.
    expect(blockingSentences(rec, { subjective: 'Client reports a plan\n  to overdose.', assessment: 'Client denies HI. Mood low.' }).map((s) => s.n)).toEqual([0]);
    expect(blockingSentences(rec, { assessment: 'Client reports no plan to overdose.' })).toEqual([]);
    expect(blockingSentences(undefined, { assessment: RISKY.text })).toEqual([]);
    expect(presentIn({ a: '' })('')).toBe(false);
  });
});
