// Output equivalence of the learned topic model (R36) across a speed-up: records, for every
// sentence of the development topic sets (bench/deid/topics/*.jsonl except the held-out ones,
// which are never read) and of ordinary text (the bench's 60 KB transcript, the therapy-phi-dev
// development conversations, the physionet-deid-dev ICU notes), the model's per-topic score and
// decision, and the engine's topic spans per whole text; then compares a later run against it.
//
//   node --import tsx bench/deid/topics-equiv.ts record /tmp/x/baseline.json
//   node --import tsx bench/deid/topics-equiv.ts check  /tmp/x/baseline.json
//
// The file holds numbers and hashes only (no text): scores must agree to 1e-9, decisions and
// spans exactly.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDeidResources } from '../../src/deid/index.ts';
import { anchored, BUILTIN_TOPICS, detectTopics, sentences } from '../../src/deid/topics.ts';
import { conceptBits, conceptBitsPlain } from '../../src/deid/topics/concepts.ts';
import { maskSentence, topicModel } from '../../src/deid/topics/model.ts';
import { corporaDir, therapyPhiDev } from './corpora.ts';

interface Record {
  /** Per text: a hash of it, its topic spans (all topics, then each topic alone). */
  texts: { h: string; spans: string }[];
  /** Per sentence: a hash, anchored, scores (anchored as at run time, then the other way). */
  sentences: { h: string; a: boolean; s: number[]; o: number[] }[];
}

const hash = (s: string): string => createHash('sha1').update(s).digest('hex').slice(0, 12);

/** The texts: topic-set items (one text each), the bench's 60 KB transcript, conversations, ICU notes. */
export function equivTexts(): string[] {
  const dir = new URL('topics/', import.meta.url);
  const items = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl') && !f.startsWith('heldout'))
    .sort()
    .flatMap((f) =>
      readFileSync(new URL(f, dir), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => (JSON.parse(l) as { text: string }).text),
    );
  const carriers = therapyPhiDev()?.dev.docs.map((d) => d.text) ?? [];
  // As topics.bench.ts builds it: conversation text with a labelled sentence every few lines.
  const parts: string[] = [];
  let size = 0, k = 0;
  while (size < 60_000) {
    const conv = carriers.length ? carriers[k % carriers.length]! : 'Client: I had a long week at work.\nCounsellor: Tell me more.';
    const line = `Client: ${items[k % items.length]!}`;
    parts.push(conv, line);
    size += conv.length + line.length + 2;
    k++;
  }
  const icu: string[] = [];
  const notes = join(corporaDir, 'physionet-deid-dev', 'physionet_deid_dev.jsonl');
  if (existsSync(notes)) {
    for (const l of readFileSync(notes, 'utf8').split('\n')) if (l.trim()) icu.push((JSON.parse(l) as { text: string }).text);
  }
  return [...items, parts.join('\n').slice(0, 60_000), ...carriers, ...icu];
}

function record(): Record {
  const model = topicModel();
  if (!model) throw new Error('no topic model file');
  const out: Record = { texts: [], sentences: [] };
  for (const t of equivTexts()) {
    const spans = [BUILTIN_TOPICS, ...BUILTIN_TOPICS.map((x) => [x])]
      .map((ts) => detectTopics(t, ts).map((s) => `${s.start}-${s.end}${s.type}`).join(','))
      .join('|');
    out.texts.push({ h: hash(t), spans });
    for (const [s, e] of sentences(t)) {
      const sentence = t.slice(s, e);
      const a = anchored(sentence);
      out.sentences.push({ h: hash(sentence), a, s: model.score(sentence, a).map((x) => x.score), o: model.score(sentence, !a).map((x) => x.score) });
    }
  }
  return out;
}

async function main(): Promise<void> {
  const [mode, file] = process.argv.slice(2);
  if ((mode !== 'record' && mode !== 'check') || !file) throw new Error('usage: topics-equiv.ts record|check <file>');
  await loadDeidResources();
  const model = topicModel()!;
  const thresholds = model.score('').map((x) => x.threshold);
  const now = record();
  if (mode === 'record') {
    writeFileSync(file, JSON.stringify(now));
    console.log(`recorded ${now.texts.length} texts, ${now.sentences.length} sentences -> ${file}`);
    return;
  }
  const was = JSON.parse(readFileSync(file, 'utf8')) as Record;
  let bad = 0, maxDiff = 0, passing = 0;
  const complain = (msg: string): void => {
    if (bad++ < 20) console.log(msg);
  };
  if (was.texts.length !== now.texts.length || was.sentences.length !== now.sentences.length) complain('count mismatch');
  for (let i = 0; i < Math.min(was.texts.length, now.texts.length); i++) {
    if (was.texts[i]!.h !== now.texts[i]!.h) complain(`text ${i}: different text`);
    else if (was.texts[i]!.spans !== now.texts[i]!.spans) complain(`text ${i}: spans differ`);
  }
  for (let i = 0; i < Math.min(was.sentences.length, now.sentences.length); i++) {
    const a = was.sentences[i]!, b = now.sentences[i]!;
    if (a.h !== b.h || a.a !== b.a) {
      complain(`sentence ${i}: different sentence or anchor`);
      continue;
    }
    for (const [x, y] of [[a.s, b.s], [a.o, b.o]] as const) {
      for (let k = 0; k < x.length; k++) {
        const d = Math.abs(x[k]! - y[k]!);
        maxDiff = Math.max(maxDiff, d);
        if (d > 1e-9) complain(`sentence ${i} topic ${k}: score ${x[k]} -> ${y[k]}`);
        if ((x[k]! >= thresholds[k]!) !== (y[k]! >= thresholds[k]!)) complain(`sentence ${i} topic ${k}: decision differs`);
        if (x[k]! >= thresholds[k]!) passing++;
      }
    }
  }
  // The fast path's parts against the plain ones, on every sentence (masks run as if anchored).
  let masksFired = 0, decided = 0;
  for (const t of equivTexts()) {
    for (const [s, e] of sentences(t)) {
      const sentence = t.slice(s, e);
      const plain = maskSentence(sentence, true, false);
      if (maskSentence(sentence, true, true) !== plain) complain(`masks differ: ${hash(sentence)}`);
      if (plain !== maskSentence(sentence, false, false)) masksFired++;
      if (conceptBits(plain) !== conceptBitsPlain(plain)) complain(`concept classes differ: ${hash(sentence)}`);
      // The decision with the bound against the full scores, for all topics on and each alone.
      for (const a of [anchored(sentence), false]) {
        const full = model.score(sentence, a);
        for (const wanted of [['abuse', 'sexual', 'immigration'], ...BUILTIN_TOPICS.map((x) => [x])]) {
          const expected = wanted.find((t) => full.some((x) => x.topic === t && x.score >= x.threshold));
          const got = model.decide(sentence, a, wanted);
          if (got?.topic !== expected) complain(`decide differs: ${hash(sentence)} ${wanted.join('+')}: ${got?.topic} vs ${expected}`);
          else if (got) decided++;
        }
      }
    }
  }
  console.log(`masks blanked something in ${masksFired} sentences; fast and plain masks, concept classes and decisions (${decided} yes) compared on all`);
  console.log(`${now.texts.length} texts, ${now.sentences.length} sentences, ${passing} passing scores; max score difference ${maxDiff.toExponential(2)}; ${bad} differences`);
  if (bad) process.exitCode = 1;
}

await main();
