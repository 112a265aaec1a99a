// Pure parts of AI drafting: segmenting, support checks, risk detection, the local drafter and
// segment-wise pseudonymisation. Synthetic text only.
import { describe, expect, it } from 'vitest';
import { reidentify } from '../../deid/index.ts';
import { localDraft } from './drafter.ts';
import { overlap, riskCategories, segmentSource, unfoundQuotes } from './grounding.ts';
import { buildPayload, parseAnswer } from './prompt.ts';
import { pseudonymizeSegments } from './pseudo.ts';
import { verifyAnswer } from './verify.ts';

describe('segmenting the source', () => {
  it('R03 R35 does not cut a segment after the abbreviation inside a place or organisation name', () => {
    const text = 'Client lives near Ladder Co. 22 station on Birchmont Ave. and walks there daily. Sleep is better.';
    expect(segmentSource('free_text', text).map((s) => s.text)).toEqual(['Client lives near Ladder Co. 22 station on Birchmont Ave. and walks there daily.', 'Sleep is better.']);
  });

  it('R03 cuts bullets, free text and transcripts into segments whose offsets point back into the source', () => {
    const bullets = '- Slept 6.5 hours on most nights.\n* Worked with Dr. Imani Okafor on the exposure list. Felt proud.\n\n1) Homework: thought record';
    const b = segmentSource('bullets', bullets);
    expect(b.map((s) => s.text)).toEqual(['Slept 6.5 hours on most nights.', 'Worked with Dr. Imani Okafor on the exposure list.', 'Felt proud.', 'Homework: thought record']);
    for (const s of b) expect(bullets.slice(s.start, s.end)).toBe(s.text);
    expect(b.map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4']);

    const free = 'Client arrived on time. She said the week was "hard but okay"! Plan is to continue.';
    expect(segmentSource('free_text', free).map((s) => s.text)).toEqual(['Client arrived on time.', 'She said the week was "hard but okay"!', 'Plan is to continue.']);

    const transcript = 'Therapist: How was the week?\n[00:01:05] Client: Better. I slept more.\nPartner: He did.';
    const t = segmentSource('transcript', transcript);
    expect(t.map((s) => [s.text, s.speaker])).toEqual([
      ['How was the week?', 'clinician'],
      ['Better.', 'client'],
      ['I slept more.', 'client'],
      ['He did.', 'other'],
    ]);
  });
});

describe('support checks', () => {
  it('R03 measures word overlap without counting the drafter’s framing, and finds quotes the source lacks', () => {
    expect(overlap('Client reported sleeping six hours.', ['sleeps six hours now']).score).toBe(1);
    expect(overlap('Client started an antidepressant.', ['sleeps six hours now']).score).toBe(0);
    expect(unfoundQuotes('Client stated "I feel hopeful".', ['Today I feel hopeful, honestly.'])).toEqual([]);
    expect(unfoundQuotes('Client stated "I feel hopeless".', ['Today I feel hopeful, honestly.'])).toEqual(['I feel hopeless']);
  });

  it('R03 recognises statements about suicide, homicide, self-harm, abuse and substances, acronyms included', () => {
    expect(riskCategories('Client denies SI/HI.')).toEqual(['suicide', 'homicide']);
    expect(riskCategories('Reports passive death wish last month.')).toEqual(['suicide']);
    expect(riskCategories('History of cutting as a teen.')).toEqual(['self_harm']);
    expect(riskCategories('Disclosed emotional abuse by a former partner.')).toEqual(['abuse']);
    expect(riskCategories('Two beers on Saturday; no other substances.')).toEqual(['substance']);
    expect(riskCategories('Slept well and went hiking.')).toEqual([]);
    // Lower-case "hi" in a greeting is not homicidal ideation.
    expect(riskCategories('She said hi to her neighbour.')).toEqual([]);
  });

  it('R03 drops invented goal ids and unknown sections, and marks goal suggestions without sources', () => {
    const segs = segmentSource('bullets', '- Walked 3 times this week\n- Less worry at night');
    const answer = parseAnswer(
      JSON.stringify({
        sections: [
          { key: 'data', sentences: [{ text: 'Client walked 3 times this week.', sourceIds: ['s1'] }] },
          { key: 'diagnosis', sentences: [{ text: 'Meets criteria for something.', sourceIds: [] }] },
        ],
        goalSuggestions: [
          { goalId: 'g1', progress: 'some_progress', sourceIds: ['s2'] },
          { goalId: 'g7', progress: 'achieved', sourceIds: ['s1'] },
          { goalId: 'g2', progress: 'no_change', sourceIds: [] },
        ],
      }),
    )!;
    const goals = new Map([
      ['g1', '00000000-0000-4000-8000-000000000001'],
      ['g2', '00000000-0000-4000-8000-000000000002'],
    ]);
    const v = verifyAnswer(answer, 'dap', segs, goals);
    expect(v.unknownSections).toBe(1);
    expect(v.sections.map((s) => s.key)).toEqual(['data', 'assessment', 'plan']);
    expect(v.sections[0]!.sentences[0]).toMatchObject({ unsupported: false, links: [{ segmentId: 's1' }] });
    expect(v.goalSuggestions).toEqual([
      { goalId: goals.get('g1'), progress: 'some_progress', links: [{ segmentId: 's2', start: segs[1]!.start, end: segs[1]!.end }], unsupported: false },
      { goalId: goals.get('g2'), progress: 'no_change', links: [], unsupported: true },
    ]);
    expect(parseAnswer('not json')).toBeNull();
    expect(parseAnswer('```json\n{"sections":[],"goalSuggestions":[]}\n```')).toEqual({ sections: [], goalSuggestions: [] });
  });
});

describe('the local drafter', () => {
  it('R03 drafts free text into PIE sections, deterministically, from the source words only', () => {
    const text = 'Client reports panic attacks dropped from four to two this week. We practiced interoceptive exposure. She was able to stay with the sensations. Next session we will review the exposure log.';
    const segs = segmentSource('free_text', text);
    const payload = buildPayload('pie', 'free_text', segs.map((s) => ({ id: s.id, text: s.text })), []);
    const a = localDraft(payload);
    expect(a).toEqual(localDraft(payload));
    const byKey = Object.fromEntries(a.sections.map((s) => [s.key, s.sentences.map((x) => x.sourceIds[0])]));
    expect(byKey).toEqual({ problem: ['s1'], intervention: ['s2'], evaluation: ['s3', 's4'] });
    const v = verifyAnswer(a, 'pie', segs, new Map());
    expect(v.flags).toEqual([]);
  });
});

describe('pseudonymising segments', () => {
  it('R35 gives one person one placeholder across segments, keeps segment count, and restores the name', () => {
    const texts = ['Talked about Rosalind Achterberg and work.', 'Rosalind called on 04/02/2026.', 'Nothing else.'];
    const { texts: out, mapping } = pseudonymizeSegments(texts, { knownNames: ['Rosalind Achterberg'] });
    expect(out).toHaveLength(3);
    expect(out.join(' ')).not.toMatch(/Rosalind|Achterberg|04\/02/);
    const name = /\[NAME-\d+\]/.exec(out[0]!)![0];
    expect(out[1]).toContain(name);
    expect(out[2]).toBe('Nothing else.');
    expect(reidentify(out[0]!, mapping)).toBe(texts[0]);
  });

  it('R27 R35 reads the transcript as written: a name given only as a speaker label is a name where the speaker says it', () => {
    // The label is not part of any segment sent, so the segments alone give no cue for the name.
    const source = 'Therapist: How was the week?\nQuillon: Honestly rough. Quillon never gets a break, you know.';
    const segs = segmentSource('transcript', source);
    const texts = segs.map((s) => s.text);
    expect(texts.join(' ')).not.toContain('Quillon:');
    const { texts: out, mapping } = pseudonymizeSegments(texts, {}, { text: source, segments: segs });
    expect(out).toHaveLength(texts.length);
    expect(out.join(' ')).not.toContain('Quillon');
    expect(out.map((t) => reidentify(t, mapping))).toEqual(texts);
  });

  it('R35 ignores a layout that does not match its texts and pseudonymises the texts alone', () => {
    const texts = ['Met with Rosalind Achterberg today.', 'Plan unchanged.'];
    const wrong = { text: 'Something else entirely, longer than both.', segments: [{ start: 0, end: 9 }, { start: 10, end: 14 }] };
    const { texts: out } = pseudonymizeSegments(texts, { knownNames: ['Rosalind Achterberg'] }, wrong);
    expect(out[0]).toMatch(/^Met with \[NAME-\d+\] today\.$/);
    expect(out[1]).toBe('Plan unchanged.');
  });
});
