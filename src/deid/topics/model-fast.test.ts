// The learned topic model's fast path (R36): the scorer reads words by hand, caches everything
// about a word form, resolves feature names to indices at load and runs only the masks a word of
// the sentence can start. It must give exactly the features (and so the scores) of the plain
// extraction by names. Every sentence here was written for this file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchored } from '../topics.ts';
import { conceptBits, conceptBitsPlain } from './concepts.ts';
import { compileModel, compilePacked, maskKeys, maskSentence, modelFile, packModel, topicModel, type TopicModelFile } from './model.ts';
import { abuse } from './abuse.ts';
import { immigration } from './immigration.ts';
import { sexual } from './sexual.ts';

const SENTENCES = [
  'Client: we got ice cream after the hearing and nobody mentioned papers.',
  "My cousin's substance abuse program ends Friday, she's relieved.",
  'Just touching base about the passport renewal for Zorblatt Quimby.',
  "He didn't hit me, he said we'd all be deported if I talked.",
  'I I was so scared, um, like, he grabbed my arm and wouldn\u2019t let go',
  'Pt reports her ex-boyfriend kept her green card in his truck.',
  'Does your stepfather ever touch you in a way that feels wrong?',
  'We paid movers to bring the couch, then deported my old photos off the laptop.',
  "She's been working without a permit since the visa ran out in 2019.",
  'the kids ate ice chips at the clinic while we waited for the social worker',
  "Counsellor: what's been on your mind this week?",
  'They keep my passport in the safe so I don\u2019t lose it.',
  'ETOH abuse hx, denies IVDU; pushed me into applying for the program.',
  'he choked her until she passed out and then left with the car keys',
  'we talked about sex and intimacy and the new medication',
  'I hadn\u2019t slept, couldn\u2019t eat, and my boss kept yelling at everyone',
  '',
  '...',
  "x_deported 3abuse mid-sentence co-worker's wouldn't-can't",
];

describe('R36 topic model fast path', () => {
  const model = topicModel()!;

  it('R36 the fast feature extraction and the plain one by names agree, anchored or not', () => {
    let features = 0;
    for (const s of SENTENCES) {
      for (const a of [anchored(s), true, false]) {
        const { fast, byName } = model.featureIds(s, a);
        expect(new Set(fast).size).toBe(fast.length);
        expect([...fast].sort((x, y) => x - y)).toEqual([...new Set(byName)].sort((x, y) => x - y));
        features += fast.length;
      }
    }
    expect(features).toBeGreaterThan(SENTENCES.length * 10);
  });

  it('R36 running only the masks a word start can begin blanks exactly what running every mask does', () => {
    let changed = 0;
    for (const s of SENTENCES) {
      const plain = maskSentence(s, true, false);
      expect(maskSentence(s, true, true)).toBe(plain);
      expect(maskSentence(s, false, true)).toBe(maskSentence(s, false, false));
      if (plain !== maskSentence(s, false, false)) changed++;
    }
    // Some of these sentences hold another sense of a topic word, so masks did apply.
    expect(changed).toBeGreaterThanOrEqual(3);
  });

  it('R36 a mask key is the first letters its every branch must start a word with', () => {
    const masks = [immigration, sexual, abuse].flatMap((r) => r.masks);
    const keys = maskKeys(masks);
    expect(keys.filter((k) => k !== null).length).toBeGreaterThan(masks.length / 2);
    expect(maskKeys([/\bpapers? (?:signed|lost)\b|\b(?:id|licen[cs]e)s? at home\b/g])).toEqual([['pap', 'id', 'lic']]);
    // An optional group first: either start; a lookbehind reads nothing.
    expect(maskKeys([/\b(?:got |was )?pushed\b/g, /(?<!x )\bvisa\b/g])).toEqual([['got', 'was', 'pus'], ['vis']]);
    // A class, a lookahead or no word boundary first: not analysed, the mask always runs.
    expect(maskKeys([/\b[a-z]+ abuse\b/g, /\b(?=a)abuse\b/g, /abuse\b/g, /\bvisas{2}/g])).toEqual([null, null, null, ['vis']]);
  });

  it('R36 concept classes read token by token with a cache equal the plain split-and-strip reading', () => {
    let withClass = 0;
    for (const s of SENTENCES) {
      for (const t of [maskSentence(s, false, false), maskSentence(s, true, false), s.toLowerCase(), `''${s.toLowerCase()}--`]) {
        expect(conceptBits(t)).toBe(conceptBitsPlain(t));
        expect(conceptBits(t)).toBe(conceptBitsPlain(t));
        if (conceptBits(t)) withClass++;
      }
    }
    expect(withClass).toBeGreaterThan(SENTENCES.length);
  });

  it('R36 the scores are the sum of the weights of the extracted features, so repeated calls agree', () => {
    for (const s of SENTENCES) {
      const a = model.score(s, anchored(s)).map((x) => x.score);
      model.score('an unrelated sentence about the weather in between');
      expect(model.score(s, anchored(s)).map((x) => x.score)).toEqual(a);
    }
  });
});

describe('R36 topic model packed file', () => {
  it('R36 the packed file is the shipped JSON packed again, byte for byte, and scores the same', () => {
    const json = JSON.parse(readFileSync(modelFile('json'), 'utf8')) as TopicModelFile;
    const packed = readFileSync(modelFile('packed'), 'utf8');
    expect(packModel(json) === packed).toBe(true);
    const a = compileModel(json);
    const b = compilePacked(packed);
    expect(b.topics).toEqual(a.topics);
    for (const s of SENTENCES) {
      for (const anchor of [true, false]) expect(b.score(s, anchor)).toEqual(a.score(s, anchor));
      const t = a.topics[0]!;
      expect(b.explain(s, t)).toEqual(a.explain(s, t));
    }
  });

  it('R36 a hand-made model packs and reads back with the same scores', () => {
    const file: TopicModelFile = {
      about: 'test',
      features: ['u:tiger', 'c:STRIKE', 's:n:cat:1', 'b:tiger_was'],
      topics: { abuse: { bias: -2, threshold: 0, weights: [[0, 1], [1, 3], [2, 0.25], [3, -0.5]] }, sexual: { bias: 1, threshold: 5, weights: [[2, 2]] } },
      lemmas: ['be', 'tiger'],
      irregular: { tigers: 'tiger' },
      senses: { tiger: [2] },
    };
    const a = compileModel(file);
    const b = compilePacked(packModel(file));
    for (const s of ['the tiger ran', 'the tigers were beaten', 'tiger was beaten', 'nothing here']) expect(b.score(s)).toEqual(a.score(s));
    expect(b.score('the tiger was beaten')[0]!.score).toBeCloseTo(-2 + 1 + 0.25 - 0.5 + 3);
  });
});
