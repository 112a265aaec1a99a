// The injected therapy benchmark is only as honest as its gold: every gold span must cover
// exactly the value that was written, and dev and held-out must not share a template.
//   npx vitest run --config bench/deid/vitest.config.ts bench/deid/inject.test.ts
import { describe, expect, it } from 'vitest';
import type { Doc } from './score.ts';
import { DEV_TEMPLATES, fillTemplate, HELD_OUT_TEMPLATES, injectConversation, injectedTherapy, type InjectedDoc } from './inject.ts';
import { DEV2_TEMPLATES, injectedTherapyDev2 } from './inject-dev2.ts';
import { DEV3_TEMPLATES, injectedTherapyDev3 } from './inject-dev3.ts';
import { DEV4_TEMPLATES, injectedTherapyDev4 } from './inject-dev4.ts';
import { DEV5_TEMPLATES, injectedTherapyDev5 } from './inject-dev5.ts';
import { HELD3_TEMPLATES, injectedTherapyHeld3 } from './inject-held3.ts';
import {
  DEV3_FIRST_NAMES, DEV3_LAST_NAMES, DEV4_DISTRICTS, DEV4_FIRST_NAMES, DEV4_FOREIGN, DEV4_LAST_NAMES, DEV4_TOWNS, DEV4_VENUES, DEV4_WORD_SURNAMES, DEV3_NEIGHBOURHOODS, DEV3_NICKNAMES, DEV3_TOWNS, DEV3_VENUES, DEV3_WORD_SURNAMES, FIRST_NAMES,
  HELD3_FIRST_NAMES, HELD3_LAST_NAMES, HELD3_NEIGHBOURHOODS, HELD3_NICKNAMES, HELD3_TOWNS, HELD3_VENUES, LAST_NAMES, pick, pickDev3, pickDev4, pickHeld3, Rng,
  DEV5_FIRST_NAMES, DEV5_LAST_NAMES, DEV5_NICKNAMES, DEV5_STREETS_SHORT, DEV5_TOWNS, DEV5_VENUES, DEV5_WORD_SURNAMES, pickDev5,
} from './inject-values.ts';

// A carrier conversation written for this test, with one identifier line of its own to be taken out.
const carrier: Doc = (() => {
  const lines = [
    'Counsellor: Good to see you again.',
    'Client: Thanks, it was a long week.',
    'Client: My neighbour Bertrand Quillfeather keeps smoking on the stairs.',
    'Counsellor: What made it long?',
    'Client: Work, mostly, and the cravings after lunch.',
    'Counsellor: Tell me about the cravings.',
    'Client: They hit hardest around three.',
  ];
  const text = lines.join('\n');
  const start = text.indexOf('Bertrand');
  return { id: 'test-0', text, spans: [{ start, end: start + 'Bertrand Quillfeather'.length, type: 'NAME' }] };
})();

function expectExactGold(doc: InjectedDoc): void {
  let prevEnd = 0;
  for (const s of doc.spans) {
    expect(s.start).toBeGreaterThanOrEqual(prevEnd);
    expect(s.end).toBeLessThanOrEqual(doc.text.length);
    expect(doc.text.slice(s.start, s.end)).toBe(s.value);
    // A value never runs into a neighbouring letter or digit: token scoring would split it otherwise.
    expect(/[\p{L}\p{N}]/u.test(doc.text[s.start - 1] ?? ' ') && /^[\p{L}\p{N}]/u.test(s.value)).toBe(false);
    expect(/[\p{L}\p{N}]/u.test(doc.text[s.end] ?? ' ') && /[\p{L}\p{N}]$/u.test(s.value)).toBe(false);
    prevEnd = s.end;
  }
}

describe('injected therapy benchmark', () => {
  it('fills every template with gold spans that cover exactly the values written', () => {
    const rng = new Rng(42);
    for (const t of [...DEV_TEMPLATES, ...DEV2_TEMPLATES, ...HELD_OUT_TEMPLATES]) {
      for (let i = 0; i < 20; i++) {
        const { line, spans } = fillTemplate(t, rng);
        expect(line.startsWith(`${t.speaker}: `)).toBe(true);
        expect(line).not.toMatch(/[{}]/);
        expect(spans.length).toBeGreaterThan(0);
        for (const s of spans) expect(line.slice(s.start, s.end)).toBe(s.value);
      }
    }
  });

  it('takes out the carrier’s own identifier lines and shifts nothing else', () => {
    const doc = injectConversation(carrier, DEV_TEMPLATES, 7, 5);
    expect(doc.text).not.toContain('Quillfeather');
    expect(doc.templates).toHaveLength(5);
    for (const l of carrier.text.split('\n').filter((l) => !l.includes('Quillfeather'))) expect(doc.text.split('\n')).toContain(l);
    expect(doc.spans.every((s) => DEV_TEMPLATES.some((t) => t.id === s.template))).toBe(true);
    expectExactGold(doc);
    // Seeded: the same conversation and seed give the same text.
    expect(injectConversation(carrier, DEV_TEMPLATES, 7, 5).text).toBe(doc.text);
  });

  it('dev and held-out template sets share neither an id nor a sentence frame', () => {
    const frame = (t: string): string => t.replace(/\{[^}]+\}/g, '{}');
    const dev = new Set(DEV_TEMPLATES.map((t) => frame(t.text)));
    for (const t of HELD_OUT_TEMPLATES) {
      expect(dev.has(frame(t.text))).toBe(false);
      expect(DEV_TEMPLATES.some((d) => d.id === t.id)).toBe(false);
    }
  });

  it('the second dev set shares neither an id nor a sentence frame with the held-out set or the first dev set', () => {
    const frame = (t: string): string => t.replace(/\{[^}]+\}/g, '{}');
    const others = new Set([...DEV_TEMPLATES, ...HELD_OUT_TEMPLATES].map((t) => frame(t.text)));
    const ids = new Set([...DEV_TEMPLATES, ...HELD_OUT_TEMPLATES].map((t) => t.id));
    for (const t of DEV2_TEMPLATES) {
      expect(others.has(frame(t.text))).toBe(false);
      expect(ids.has(t.id)).toBe(false);
      expect(t.id.startsWith('d2-')).toBe(true);
    }
  });

  it('the two halves of every value list are disjoint, so dev and held-out share no name or place', () => {
    const list = ['a', 'b', 'c', 'd', 'e'];
    const draw = (half: 0 | 1): Set<string> => {
      const r = new Rng(3, half);
      return new Set(Array.from({ length: 200 }, () => r.from(list)));
    };
    expect([...draw(0)].sort()).toEqual(['a', 'c', 'e']);
    expect([...draw(1)].sort()).toEqual(['b', 'd']);
  });

  // The corpus lives outside the repository: without it this case is skipped (and says so).
  const injected = injectedTherapy();
  it.skipIf(injected === undefined)('on the corpus: exact gold in all 106 conversations, dev rows 0-52 and held-out rows 53-105', () => {
    if (injected === undefined) throw new Error('unreachable: skipped without the corpus');
    expect(injected.dev.docs).toHaveLength(53);
    expect(injected.heldOut.docs).toHaveLength(53);
    for (const doc of injected.dev.docs as InjectedDoc[]) {
      expectExactGold(doc);
      expect(doc.spans.every((s) => s.template.startsWith('d-'))).toBe(true);
    }
    for (const doc of injected.heldOut.docs as InjectedDoc[]) {
      expectExactGold(doc);
      expect(doc.spans.every((s) => s.template.startsWith('h-'))).toBe(true);
    }
    const names = (c: typeof injected.dev): Set<string> =>
      new Set((c.docs as InjectedDoc[]).flatMap((d) => d.spans.filter((s) => s.type === 'NAME').map((s) => s.value.toLowerCase())));
    const devNames = names(injected.dev);
    expect([...names(injected.heldOut)].filter((n) => devNames.has(n))).toEqual([]);
    // The second dev set: same development conversations, its own templates, no held-out name.
    const dev2 = injectedTherapyDev2()!;
    expect(dev2.docs).toHaveLength(53);
    for (const doc of dev2.docs as InjectedDoc[]) {
      expectExactGold(doc);
      expect(doc.spans.every((s) => s.template.startsWith('d2-'))).toBe(true);
    }
    expect([...names(injected.heldOut)].filter((n) => names(dev2).has(n))).toEqual([]);
  });

  // The blind set v3 (inject-held3.ts): its figure is only honest if its gold is exact and it
  // shares nothing with the sets the engine was tuned or scored on.
  it('R35 held out v3: every template fills with gold spans exactly on its values', () => {
    expect(HELD3_TEMPLATES.length).toBeGreaterThanOrEqual(50);
    const rng = new Rng(1234, 1);
    for (const t of HELD3_TEMPLATES) {
      expect(t.id.startsWith('h3-')).toBe(true);
      for (let i = 0; i < 40; i++) {
        const { line, spans } = fillTemplate(t, rng);
        expect(line).not.toMatch(/[{}]/);
        expect(spans.length).toBeGreaterThan(0);
        for (const s of spans) expect(line.slice(s.start, s.end)).toBe(s.value);
      }
    }
  });

  it('R35 held out v3 shares no id, sentence frame, picker name or name value with the earlier sets', () => {
    const frame = (t: string): string => t.replace(/\{[^}]+\}/g, '{}');
    const earlier = [...DEV_TEMPLATES, ...DEV2_TEMPLATES, ...HELD_OUT_TEMPLATES];
    const frames = new Set(earlier.map((t) => frame(t.text)));
    const ids = new Set(earlier.map((t) => t.id));
    expect(new Set(HELD3_TEMPLATES.map((t) => t.id)).size).toBe(HELD3_TEMPLATES.length);
    expect(new Set(HELD3_TEMPLATES.map((t) => frame(t.text))).size).toBe(HELD3_TEMPLATES.length);
    for (const t of HELD3_TEMPLATES) {
      expect(frames.has(frame(t.text))).toBe(false);
      expect(ids.has(t.id)).toBe(false);
    }
    // The v3 pickers are a table of their own: none may shadow an earlier picker.
    expect(Object.keys(pickHeld3).filter((k) => Object.hasOwn(pick, k))).toEqual([]);
    const old = new Set([...FIRST_NAMES, ...LAST_NAMES].map((n) => n.toLowerCase()));
    expect([...HELD3_FIRST_NAMES, ...HELD3_NICKNAMES, ...HELD3_LAST_NAMES].filter((n) => old.has(n.toLowerCase()))).toEqual([]);
  });

  const held3 = injectedTherapyHeld3();
  it.skipIf(held3 === undefined || injected === undefined)('R35 held out v3 on the corpus: exact gold in conversations 53-105, no dev name', () => {
    if (held3 === undefined || injected === undefined) throw new Error('unreachable: skipped without the corpus');
    expect(held3.docs).toHaveLength(53);
    const carriers = (injected.heldOut.docs as InjectedDoc[]).map((d) => d.id);
    expect((held3.docs as InjectedDoc[]).map((d) => d.id)).toEqual(carriers);
    for (const doc of held3.docs as InjectedDoc[]) {
      expectExactGold(doc);
      expect(doc.spans.every((s) => s.template.startsWith('h3-'))).toBe(true);
      expect(doc.templates).toHaveLength(8);
    }
    // Seeded apart from the first held-out set: the same carrier gets other lines.
    expect(held3.docs[0]!.text).not.toBe(injected.heldOut.docs[0]!.text);
    const names = (docs: readonly InjectedDoc[]): Set<string> =>
      new Set(docs.flatMap((d) => d.spans.filter((s) => s.type === 'NAME').map((s) => s.value.toLowerCase())));
    const devNames = new Set([...names(injected.dev.docs as InjectedDoc[]), ...names(injectedTherapyDev2()!.docs as InjectedDoc[])]);
    expect([...names(held3.docs as InjectedDoc[])].filter((n) => devNames.has(n))).toEqual([]);
  });
  // The third development set (inject-dev3.ts), written after held out v3's first score: exact gold,
  // its own ids and frames, its own pickers, and no name shared with the blind set (compared by
  // program and reported as a count only, so no v3 value is printed).
  it('R35 dev batch 3: every template fills with gold spans exactly on its values', () => {
    expect(DEV3_TEMPLATES.length).toBeGreaterThanOrEqual(60);
    const rng = new Rng(4321, 0);
    for (const t of DEV3_TEMPLATES) {
      expect(t.id.startsWith('d3-')).toBe(true);
      for (let i = 0; i < 40; i++) {
        const { line, spans } = fillTemplate(t, rng);
        expect(line).not.toMatch(/[{}]/);
        for (const s of spans) expect(line.slice(s.start, s.end)).toBe(s.value);
      }
    }
  });

  it('R35 dev batch 3 shares no id, frame or picker with the other sets, and no name with held out v3', () => {
    const frame = (t: string): string => t.replace(/\{[^}]+\}/g, '{}');
    const others = [...DEV_TEMPLATES, ...DEV2_TEMPLATES, ...HELD_OUT_TEMPLATES, ...HELD3_TEMPLATES];
    const frames = new Set(others.map((t) => frame(t.text)));
    const ids = new Set(others.map((t) => t.id));
    expect(new Set(DEV3_TEMPLATES.map((t) => t.id)).size).toBe(DEV3_TEMPLATES.length);
    expect(DEV3_TEMPLATES.filter((t) => frames.has(frame(t.text)) || ids.has(t.id)).length).toBe(0);
    expect(Object.keys(pickDev3).filter((k) => Object.hasOwn(pick, k) || Object.hasOwn(pickHeld3, k)).length).toBe(0);
    const held3 = new Set([...HELD3_FIRST_NAMES, ...HELD3_NICKNAMES, ...HELD3_LAST_NAMES].map((n) => n.toLowerCase()));
    const old = new Set([...FIRST_NAMES, ...LAST_NAMES].map((n) => n.toLowerCase()));
    const mine = [...DEV3_FIRST_NAMES, ...DEV3_NICKNAMES, ...DEV3_WORD_SURNAMES, ...DEV3_LAST_NAMES].map((n) => n.toLowerCase());
    expect(mine.filter((n) => held3.has(n)).length).toBe(0);
    expect(mine.filter((n) => old.has(n)).length).toBe(0);
    const held3Places = new Set([...HELD3_TOWNS, ...HELD3_NEIGHBOURHOODS, ...HELD3_VENUES].map((n) => n.toLowerCase()));
    expect([...DEV3_TOWNS, ...DEV3_NEIGHBOURHOODS, ...DEV3_VENUES].filter((n) => held3Places.has(n.toLowerCase())).length).toBe(0);
  });

  const dev3 = injectedTherapyDev3();
  it.skipIf(dev3 === undefined || injected === undefined)('R35 dev batch 3 on the corpus: exact gold in the development conversations 0-52 only', () => {
    if (dev3 === undefined || injected === undefined) throw new Error('unreachable: skipped without the corpus');
    expect(dev3.docs).toHaveLength(53);
    expect((dev3.docs as InjectedDoc[]).map((d) => d.id)).toEqual((injected.dev.docs as InjectedDoc[]).map((d) => d.id));
    for (const doc of dev3.docs as InjectedDoc[]) {
      expectExactGold(doc);
      expect(doc.spans.every((s) => s.template.startsWith('d3-'))).toBe(true);
    }
  });

  // The fourth development set (inject-dev4.ts), written without reading the third: exact gold,
  // own ids, frames and pickers, and no name or place shared with held out v3 (a count only).
  it('R35 dev batch 4: every template fills with gold spans exactly on its values', () => {
    expect(DEV4_TEMPLATES.length).toBeGreaterThanOrEqual(60);
    const rng = new Rng(8765, 0);
    for (const t of DEV4_TEMPLATES) {
      expect(t.id.startsWith('d4-')).toBe(true);
      for (let i = 0; i < 40; i++) {
        const { line, spans } = fillTemplate(t, rng);
        expect(line).not.toMatch(/[{}]/);
        for (const s of spans) expect(line.slice(s.start, s.end)).toBe(s.value);
      }
    }
  });

  it('R35 dev batch 4 shares no id, frame or picker with the other sets, and no name or place with held out v3', () => {
    const frame = (t: string): string => t.replace(/\{[^}]+\}/g, '{}');
    const others = [...DEV_TEMPLATES, ...DEV2_TEMPLATES, ...DEV3_TEMPLATES, ...HELD_OUT_TEMPLATES, ...HELD3_TEMPLATES];
    const frames = new Set(others.map((t) => frame(t.text)));
    const ids = new Set(others.map((t) => t.id));
    expect(new Set(DEV4_TEMPLATES.map((t) => t.id)).size).toBe(DEV4_TEMPLATES.length);
    expect(DEV4_TEMPLATES.filter((t) => frames.has(frame(t.text)) || ids.has(t.id)).length).toBe(0);
    expect(Object.keys(pickDev4).filter((k) => Object.hasOwn(pick, k) || Object.hasOwn(pickHeld3, k) || Object.hasOwn(pickDev3, k)).length).toBe(0);
    const held3 = new Set([...HELD3_FIRST_NAMES, ...HELD3_NICKNAMES, ...HELD3_LAST_NAMES].map((n) => n.toLowerCase()));
    const mine = [...DEV4_FIRST_NAMES, ...DEV4_WORD_SURNAMES, ...DEV4_LAST_NAMES].map((n) => n.toLowerCase());
    expect(mine.filter((n) => held3.has(n)).length).toBe(0);
    const held3Places = new Set([...HELD3_TOWNS, ...HELD3_NEIGHBOURHOODS, ...HELD3_VENUES].map((n) => n.toLowerCase()));
    expect([...DEV4_TOWNS, ...DEV4_DISTRICTS, ...DEV4_VENUES, ...DEV4_FOREIGN].filter((n) => held3Places.has(n.toLowerCase())).length).toBe(0);
  });

  const dev4 = injectedTherapyDev4();
  it.skipIf(dev4 === undefined || injected === undefined)('R35 dev batch 4 on the corpus: exact gold in the development conversations 0-52 only', () => {
    if (dev4 === undefined || injected === undefined) throw new Error('unreachable: skipped without the corpus');
    expect(dev4.docs).toHaveLength(53);
    expect((dev4.docs as InjectedDoc[]).map((d) => d.id)).toEqual((injected.dev.docs as InjectedDoc[]).map((d) => d.id));
    for (const doc of dev4.docs as InjectedDoc[]) {
      expectExactGold(doc);
      expect(doc.spans.every((s) => s.template.startsWith('d4-'))).toBe(true);
    }
  });

  // The fifth development set (inject-dev5.ts, talk round 7), written before reading the detectors:
  // exact gold, own ids, frames and pickers, and no name or place shared with held out v3 (a count only).
  it('R35 dev batch 5: every template fills with gold spans exactly on its values', () => {
    expect(DEV5_TEMPLATES.length).toBeGreaterThanOrEqual(60);
    expect(DEV5_TEMPLATES.length).toBeLessThanOrEqual(80);
    const rng = new Rng(5150, 0);
    for (const t of DEV5_TEMPLATES) {
      expect(t.id.startsWith('d5-')).toBe(true);
      for (let i = 0; i < 40; i++) {
        const { line, spans } = fillTemplate(t, rng);
        expect(line).not.toMatch(/[{}]/);
        for (const s of spans) expect(line.slice(s.start, s.end)).toBe(s.value);
      }
    }
  });

  it('R35 dev batch 5 shares no id, frame or picker with the other sets, and no name or place with held out v3', () => {
    const frame = (t: string): string => t.replace(/\{[^}]+\}/g, '{}');
    const others = [...DEV_TEMPLATES, ...DEV2_TEMPLATES, ...DEV3_TEMPLATES, ...DEV4_TEMPLATES, ...HELD_OUT_TEMPLATES, ...HELD3_TEMPLATES];
    const frames = new Set(others.map((t) => frame(t.text)));
    const ids = new Set(others.map((t) => t.id));
    expect(new Set(DEV5_TEMPLATES.map((t) => t.id)).size).toBe(DEV5_TEMPLATES.length);
    expect(DEV5_TEMPLATES.filter((t) => frames.has(frame(t.text)) || ids.has(t.id)).length).toBe(0);
    expect(Object.keys(pickDev5).filter((k) => Object.hasOwn(pick, k) || Object.hasOwn(pickHeld3, k) || Object.hasOwn(pickDev3, k) || Object.hasOwn(pickDev4, k)).length).toBe(0);
    const held3 = new Set([...HELD3_FIRST_NAMES, ...HELD3_NICKNAMES, ...HELD3_LAST_NAMES].map((n) => n.toLowerCase()));
    const mine = [...DEV5_FIRST_NAMES, ...DEV5_WORD_SURNAMES, ...DEV5_LAST_NAMES, ...DEV5_NICKNAMES].map((n) => n.toLowerCase());
    expect(mine.filter((n) => held3.has(n)).length).toBe(0);
    const held3Places = new Set([...HELD3_TOWNS, ...HELD3_NEIGHBOURHOODS, ...HELD3_VENUES].map((n) => n.toLowerCase()));
    expect([...DEV5_TOWNS, ...DEV5_VENUES, ...DEV5_STREETS_SHORT].filter((n) => held3Places.has(n.toLowerCase())).length).toBe(0);
  });

  const dev5 = injectedTherapyDev5();
  it.skipIf(dev5 === undefined || injected === undefined)('R35 dev batch 5 on the corpus: exact gold in the development conversations 0-52 only', () => {
    if (dev5 === undefined || injected === undefined) throw new Error('unreachable: skipped without the corpus');
    expect(dev5.docs).toHaveLength(53);
    expect((dev5.docs as InjectedDoc[]).map((d) => d.id)).toEqual((injected.dev.docs as InjectedDoc[]).map((d) => d.id));
    for (const doc of dev5.docs as InjectedDoc[]) {
      expectExactGold(doc);
      expect(doc.spans.every((s) => s.template.startsWith('d5-'))).toBe(true);
    }
  });
});
