// `npm run bench:topics` — the sensitive-topic detector (R36) on the hand-written sentences in
// bench/deid/topics/: per topic, sentence recall, precision and the false-alarm rate on hard
// negatives, for the development set and the held-out set apart; then the same sentences set
// into real counselling conversations (therapy-phi-dev, read at run time as carrier text, if
// present) so segmentation is exercised; then throughput.
//
//   --errors           list the development set's errors with the evidence behind each decision
//   --heldout-errors   the same for the held-out set (look only once tuning is over)
//   --heldout2-errors  the same for the second held-out set (heldout2.jsonl; see its README entry)
//   --batch10-errors   the errors of development batch 10 (dev-batch10.jsonl, the WordNet round's tuning set)
//   --probe-errors     the same for probe.jsonl (never tuned on: look only once tuning is over)
//   (heldout3.jsonl, written blind, is scored by totals only: there is no flag for its errors)
//   --batch12-errors   the errors of development batch 12 (dev-batch12.jsonl, the learned model's round)
//   --batch13-errors   the errors of development batch 13 (dev-batch13.jsonl, spoken/parent/partner/elder voices)
//   --batch14-errors   the errors of development batch 14 (dev-batch14.jsonl, legal/question/fragment/texting/elder voices)
//   --batch15-errors   the errors of development batch 15 (dev-batch15.jsonl, topics round 6: interpreter, couple, code-switching, typo voices)
//   --batch16-errors   the errors of development batch 16 (dev-batch16.jsonl, round 6's second batch)
//   --batch17-errors   the errors of development batch 17 (dev-batch17.jsonl, round 7: older adults, teens, non-native English, clinician shorthand, voicemail, journal, typos)
//   --batch18-errors   the errors of development batch 18 (dev-batch18.jsonl, round 8: two-sentence passages with `context`, short misspellings, euphemism, third-person)
//   --batch19-errors   the errors of development batch 19 (dev-batch19.jsonl, round 9: a cue after the vague line (`after`), a counsellor's question before it (`question`), two-edit misspellings)
//   --batch20-errors   the errors of development batch 20 (dev-batch20.jsonl, round 10: new voices, and clinical, everyday and therapy negatives)
//   --batch21-errors   the errors of development batch 21 (dev-batch21.jsonl, round 11: forum, hotline, statement, letter, child, workplace, shelter, pastoral, caregiver, dialect voices; concept wording)
//   --batch22-errors   the errors of development batch 22 (dev-batch22.jsonl, round 12: rambling speech, parents, euphemism; ICU, ward and examination negatives)
//   --batch23-errors   the errors of development batch 23 (dev-batch23.jsonl, round 13: paraphrase, second-hand, texts read aloud, client questions; other-sense negatives)
//   --aside            also score the set-aside files dev-batch15-aside.jsonl, dev-batch17-aside.jsonl, dev-batch18-aside.jsonl, dev-batch19-aside.jsonl, dev-batch20-aside.jsonl, dev-batch21-aside.jsonl, dev-batch22-aside.jsonl and dev-batch23-aside.jsonl (never trained on; totals only, score at a round's end)
//   --dev-only         development sets only: no held-out or probe figure is computed or printed (for tuning)
//   --no-model         the rules alone, without the learned model (topics/model.ts; TACET_TOPIC_MODEL=0 does the same)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detect, loadDeidResources } from '../../src/deid/index.ts';
import { BUILTIN_TOPICS, detectTopics, explainTopics, useTopicModel } from '../../src/deid/topics.ts';
import { corporaDir, therapyPhiDev } from './corpora.ts';

interface Item {
  id: string;
  author_group: string;
  text: string;
  topic: string | null;
  also?: string[];
  hard_negative_for?: string;
  /**
   * Round 8: the sentence the same speaker said just before `text` (a two-sentence passage). The
   * detector reads `context + ' ' + text`; the label is for `text` alone, and only a topic span
   * reaching into `text` counts (a flag on the context sentence alone counts as no hit and no false alarm).
   */
  context?: string;
  /**
   * Round 9: the sentence the same speaker said just after `text` (the cue follows the vague line).
   * The detector reads `text + ' ' + after`; as with `context`, only a span reaching into `text` counts.
   */
  after?: string;
  /**
   * Round 9: the counsellor's question just before the client's answer `text`. The detector reads
   * `Counsellor: <question>\nClient: <text>`; only a span reaching into `text` counts.
   */
  question?: string;
}

/** The passage the detector reads for an item, and where `text` lies in it. */
function passage(it: Pick<Item, 'text' | 'context' | 'after' | 'question'>): { whole: string; from: number; to: number } {
  let whole = it.question !== undefined ? `Counsellor: ${it.question}\nClient: ` : '';
  if (it.context !== undefined) whole += `${it.context} `;
  const from = whole.length;
  whole += it.text;
  const to = whole.length;
  if (it.after !== undefined) whole += ` ${it.after}`;
  return { whole, from, to };
}

function load(name: string): Item[] {
  return readFileSync(new URL(`topics/${name}.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Item);
}

const pct = (n: number, d: number): string => (d === 0 ? '   - ' : (n / d).toFixed(3));

function flagged(it: Pick<Item, 'text' | 'context' | 'after' | 'question'>, topics: readonly string[]): string | undefined {
  const { whole, from, to } = passage(it);
  return detectTopics(whole, topics).find((s) => s.end > from && s.start < to)?.type.slice('TOPIC:'.length);
}

interface Row {
  topic: string;
  tp: number;
  fn: number;
  fp: number;
  hardN: number;
  hardFa: number;
  errors: { item: Item; kind: 'missed' | 'false alarm' }[];
}

function score(items: Item[], topic: string): Row {
  const row: Row = { topic, tp: 0, fn: 0, fp: 0, hardN: 0, hardFa: 0, errors: [] };
  for (const it of items) {
    const hit = flagged(it, [topic]) !== undefined;
    const positive = it.topic === topic;
    const acceptable = it.also?.includes(topic) ?? false;
    if (positive) {
      if (hit) row.tp++;
      else {
        row.fn++;
        row.errors.push({ item: it, kind: 'missed' });
      }
    } else if (!acceptable && hit) {
      row.fp++;
      row.errors.push({ item: it, kind: 'false alarm' });
    }
    if (it.hard_negative_for === topic) {
      row.hardN++;
      if (hit) row.hardFa++;
    }
  }
  return row;
}

function report(name: string, items: Item[], showErrors: boolean): void {
  console.log(`\n${name}: ${items.length} sentences (${items.filter((i) => i.topic).length} on a topic, ${items.filter((i) => i.hard_negative_for).length} hard negatives)`);
  console.log('topic        recall  precision  hard-neg FA   (tp/fn/fp)');
  const rows = BUILTIN_TOPICS.map((t) => score(items, t));
  for (const r of rows) {
    console.log(`${r.topic.padEnd(12)} ${pct(r.tp, r.tp + r.fn)}   ${pct(r.tp, r.tp + r.fp)}      ${pct(r.hardFa, r.hardN)}        (${r.tp}/${r.fn}/${r.fp})`);
  }
  // All three topics on, as a practice would run them: is each topical sentence redacted at all?
  let tp = 0, fn = 0, fp = 0;
  for (const it of items) {
    const hit = flagged(it, BUILTIN_TOPICS) !== undefined;
    if (it.topic) {
      if (hit) tp++;
      else fn++;
    } else if (hit) fp++;
  }
  console.log(`all topics   ${pct(tp, tp + fn)}   ${pct(tp, tp + fp)}      ${pct(fp, items.filter((i) => !i.topic).length)}        (${tp}/${fn}/${fp})  [any topic redacts the sentence]`);
  const groups = [...new Set(items.map((i) => i.author_group))];
  console.log('by voice (all topics on): ' + groups.map((g) => {
    const gi = items.filter((i) => i.author_group === g && i.topic);
    return `${g} recall ${pct(gi.filter((i) => flagged(i, BUILTIN_TOPICS)).length, gi.length)}`;
  }).join(', '));
  if (!showErrors) return;
  for (const r of rows) {
    for (const e of r.errors) {
      const why = explainTopics(passage(e.item).whole, [r.topic])
        .flatMap((x) => x.decisions)
        .map((d) => `${d.cues.map((c) => `${c.rule}${c.negated ? '(neg)' : ''}:"${c.text}"`).join(' ')}${d.vetoedBy ? ` veto:${d.vetoedBy}` : ''}${d.masked.length ? ` masked:${JSON.stringify(d.masked)}` : ''}`)
        .join(' | ');
      console.log(`  [${r.topic}] ${e.kind.padEnd(11)} ${e.item.id}  ${e.item.question ? `(Q: ${e.item.question}) ` : ''}${e.item.context ? `(${e.item.context}) ` : ''}${e.item.text}${e.item.after ? ` (then: ${e.item.after})` : ''}${why ? `\n      ${why}` : ''}`);
    }
  }
}

/**
 * Sets the labelled sentences as client lines into real conversations, one every few lines, and
 * runs the whole engine: a labelled line counts as redacted when a topic span covers all of it.
 * Carrier lines are unlabelled; how many of them get a topic span is reported, not scored.
 */
function embedded(name: string, items: Item[], carriers: string[]): void {
  let tp = 0, fn = 0, fp = 0, carrierLines = 0, carrierFlagged = 0;
  let k = 0;
  for (const conv of carriers) {
    if (k >= items.length) break;
    const lines = conv.split('\n');
    const out: string[] = [];
    const placed: { item: Item; start: number; end: number }[] = [];
    const carrierRanges: [number, number][] = [];
    let offset = 0;
    for (let i = 0; i < lines.length; i++) {
      if (i % 4 === 2 && k < items.length) {
        const item = items[k++]!;
        const line = `Client: ${item.text}`;
        placed.push({ item, start: offset + 'Client: '.length, end: offset + line.length });
        out.push(line);
        offset += line.length + 1;
      }
      carrierRanges.push([offset, offset + lines[i]!.length]);
      out.push(lines[i]!);
      offset += lines[i]!.length + 1;
    }
    const text = out.join('\n');
    const spans = detect(text, { topics: [...BUILTIN_TOPICS] }).filter((s) => s.type.startsWith('TOPIC:'));
    const covered = (s: number, e: number): boolean => spans.some((sp) => sp.start <= s && sp.end >= e);
    const touched = (s: number, e: number): boolean => spans.some((sp) => sp.start < e && sp.end > s);
    for (const p of placed) {
      const hit = covered(p.start, p.end);
      if (p.item.topic) {
        if (hit) tp++;
        else fn++;
      } else if (touched(p.start, p.end)) fp++;
    }
    for (const [s, e] of carrierRanges) {
      if (e <= s) continue;
      carrierLines++;
      if (touched(s, e)) carrierFlagged++;
    }
  }
  console.log(`${name} inside conversations: recall ${pct(tp, tp + fn)}, precision ${pct(tp, tp + fp)} (${tp}/${fn}/${fp}); carrier lines given a topic span: ${carrierFlagged}/${carrierLines}`);
}

/**
 * ICU and discharge notes (physionet-deid-dev, read at run time) are full of other senses of
 * topic words: ICE CHIPS, left-sided neglect, ETOH abuse, a kinked line, "aroused to voice".
 * Unlabelled: the sentences given a topic are counted, to watch for clinical false alarms.
 */
function clinicalNotes(): void {
  const file = join(corporaDir, 'physionet-deid-dev', 'physionet_deid_dev.jsonl');
  if (!existsSync(file)) return;
  let sentencesSeen = 0;
  let flaggedCount = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const text = (JSON.parse(line) as { text: string }).text;
    const ex = explainTopics(text, BUILTIN_TOPICS, { ungated: false });
    flaggedCount += ex.filter((s) => s.topic).length;
    sentencesSeen += text.split(/[.!?\n]+/).filter((s) => s.trim()).length;
  }
  console.log(`clinical notes (physionet-deid-dev, unlabelled): ${flaggedCount} of ~${sentencesSeen} sentences given a topic`);
}

/**
 * CPU time of `a` and `b`, interleaved and each the best of `runs`, so a busy shared machine
 * shows the code's cost rather than its neighbours' (wall time there swings by 2-3x).
 */
function pairCost(runs: number, a: () => void, b: () => void): [number, number] {
  const cpu = (f: () => void): number => {
    const c0 = process.cpuUsage();
    f();
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1000;
  };
  let ma = Infinity, mb = Infinity;
  for (let i = 0; i < runs; i++) {
    ma = Math.min(ma, cpu(a));
    mb = Math.min(mb, cpu(b));
  }
  return [ma, mb];
}

function throughput(items: Item[], carriers: string[]): void {
  const all = [...BUILTIN_TOPICS];
  const mbps = (bytes: number, ms: number): string => (bytes / 1e6 / (ms / 1000)).toFixed(1);
  console.log('\nthroughput (CPU time, best of interleaved runs):');
  // Labelled sentences: every one has cues, the worst case for the rules.
  const sentences = items.map((i) => i.text).join('\n');
  const [plain, topics] = pairCost(15, () => detect(sentences, {}), () => detect(sentences, { topics: all }));
  console.log(`labelled sentences (${(sentences.length / 1e3).toFixed(0)} KB, all with cues): engine ${plain.toFixed(1)} ms without topics, ${topics.toFixed(1)} ms with all three; topics add ${(topics - plain).toFixed(1)} ms (${((items.length / (topics - plain)) * 1000).toFixed(0)} sentences/s)`);
  // A 60 KB transcript: conversation text with a topical sentence every few lines.
  const parts: string[] = [];
  let size = 0, k = 0;
  while (size < 60_000) {
    const conv = carriers.length ? carriers[k % carriers.length]! : 'Client: I had a long week at work.\nCounsellor: Tell me more.';
    const line = `Client: ${items[k % items.length]!.text}`;
    parts.push(conv, line);
    size += conv.length + line.length + 2;
    k++;
  }
  const transcript = parts.join('\n').slice(0, 60_000);
  const [t0, t1] = pairCost(30, () => detect(transcript, {}), () => detect(transcript, { topics: all }));
  console.log(`60 KB transcript: engine ${t0.toFixed(2)} ms without topics, ${t1.toFixed(2)} ms with all three (${mbps(60_000, t1)} MB/s); topics add ${(t1 - t0).toFixed(2)} ms`);
  // Ordinary conversation (few cues): what the gate saves.
  if (carriers.length) {
    const text = carriers.join('\n');
    const [c0, c1] = pairCost(10, () => detect(text, {}), () => detect(text, { topics: all }));
    console.log(`conversation text (${(text.length / 1e6).toFixed(2)} MB): engine ${mbps(text.length, c0)} MB/s without topics, ${mbps(text.length, c1)} MB/s with; topics add ${(c1 - c0).toFixed(1)} ms (${c1 > c0 ? mbps(text.length, c1 - c0) : '-'} MB/s marginal)`);
  }
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  if (args.has('--no-model')) useTopicModel(false);
  await loadDeidResources();
  const dev = load('dev');
  const devOnly = args.has('--dev-only');
  report('DEVELOPMENT (tuned on)', dev, args.has('--errors'));
  if (!devOnly) {
    report('HELD OUT (not tuned on)', load('heldout'), args.has('--heldout-errors'));
    report('HELD OUT 2 (written before the paraphrase rework, not tuned on)', load('heldout2'), args.has('--heldout2-errors'));
  }
  report('DEVELOPMENT BATCH 10 (WordNet round, tuned on)', load('dev-batch10'), args.has('--batch10-errors'));
  if (!devOnly) report('PROBE (written with batch 10, never tuned on)', load('probe'), args.has('--probe-errors'));
  report('DEVELOPMENT BATCH 12 (learned-model round; the model is trained on it)', load('dev-batch12'), args.has('--batch12-errors'));
  report('DEVELOPMENT BATCH 13 (spoken, teen, parent, partner, elder, note, second-hand voices; trained on)', load('dev-batch13'), args.has('--batch13-errors'));
  report('DEVELOPMENT BATCH 14 (questions, note fragments, texting, legal immigration, coercive control, elder and financial abuse)', load('dev-batch14'), args.has('--batch14-errors'));
  report('DEVELOPMENT BATCH 15 (round 6: teen texting, older adults, interpreter, couples, notes, euphemism, fragments, run-ons, code-switching, typos)', load('dev-batch15'), args.has('--batch15-errors'));
  report('DEVELOPMENT BATCH 16 (round 6, written after the first retraining: euphemism, code-switching, older adults, couples)', load('dev-batch16'), args.has('--batch16-errors'));
  report('DEVELOPMENT BATCH 17 (round 7: older adults, teens, non-native English, clinician shorthand, voicemail, journal, euphemism, typos)', load('dev-batch17'), args.has('--batch17-errors'));
  report('DEVELOPMENT BATCH 18 (round 8: two-sentence passages, short misspellings, euphemism, third-person disclosures)', load('dev-batch18'), args.has('--batch18-errors'));
  report('DEVELOPMENT BATCH 19 (round 9: cue after the vague line, counsellor question and answer, two-edit misspellings, indirect wording)', load('dev-batch19'), args.has('--batch19-errors'));
  report('DEVELOPMENT BATCH 20 (round 10: paraphrase, euphemism, questions and answers; clinical, everyday and therapy negatives)', load('dev-batch20'), args.has('--batch20-errors'));
  report('DEVELOPMENT BATCH 21 (round 11: new voices; weapons, hitting, confinement, substances, sexual acts and legal status in other words)', load('dev-batch21'), args.has('--batch21-errors'));
  report('DEVELOPMENT BATCH 22 (round 12: rambling and disfluent speech, parents about their children, euphemism; ICU, ward and examination negatives)', load('dev-batch22'), args.has('--batch22-errors'));
  report('DEVELOPMENT BATCH 23 (round 13: paraphrase, second-hand, texts read aloud, client questions; other-sense, clinical and joking negatives)', load('dev-batch23'), args.has('--batch23-errors'));
  if (args.has('--aside')) {
    report('BATCH 15 SET-ASIDE (never trained on; totals only)', load('dev-batch15-aside'), false);
    report('BATCH 17 SET-ASIDE (never trained on; totals only)', load('dev-batch17-aside'), false);
    report('BATCH 18 SET-ASIDE (never trained on; totals only)', load('dev-batch18-aside'), false);
    report('BATCH 19 SET-ASIDE (never trained on; totals only)', load('dev-batch19-aside'), false);
    report('BATCH 20 SET-ASIDE (never trained on; totals only)', load('dev-batch20-aside'), false);
    report('BATCH 21 SET-ASIDE (never trained on; totals only)', load('dev-batch21-aside'), false);
    report('BATCH 22 SET-ASIDE (never trained on; totals only)', load('dev-batch22-aside'), false);
    report('BATCH 23 SET-ASIDE (never trained on; totals only)', load('dev-batch23-aside'), false);
  }
  // Everyday sentences with no topic: every flag is a false alarm.
  for (const name of ['dev-ordinary', 'dev-ordinary2', 'dev-ordinary3', 'dev-ordinary4', 'dev-ordinary5', 'dev-ordinary6', 'dev-ordinary7', 'dev-ordinary8']) {
    const items = load(name);
    const fa = items.filter((i) => flagged(i, BUILTIN_TOPICS) !== undefined);
    console.log(`\n${name}: ${fa.length}/${items.length} everyday sentences given a topic (all topics on)${args.has('--errors') ? fa.map((i) => `\n  ${i.id}  ${i.text}`).join('') : ''}`);
  }
  // Written blind (without the detector, the model or any other set; README). Totals only, and
  // deliberately no flag to print its errors: reading them would make it development data.
  if (!devOnly) report('HELD OUT 3 (blind, never tuned on; totals only)', load('heldout3'), false);
  const corpus = therapyPhiDev();
  const carriersDev = corpus?.dev.docs.map((d) => d.text) ?? [];
  const carriersHeld = corpus?.heldOut.docs.map((d) => d.text) ?? [];
  if (corpus) {
    console.log('');
    embedded('development', dev, carriersDev);
    if (!devOnly) {
      embedded('held out', load('heldout'), carriersHeld);
      embedded('held out 2', load('heldout2'), carriersHeld);
    }
  } else console.log('\n(therapy-phi-dev not found: conversation embedding skipped)');
  clinicalNotes();
  // The throughput texts are the sentences' words only (no score is read from them).
  throughput(devOnly ? dev : [...dev, ...load('heldout')], carriersDev);
}

await main();
