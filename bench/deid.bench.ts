// `npm run bench:deid` — Tacet's de-identification engine against the redact-pii npm package on
// the development corpora (../shared/corpora, or TACET_CORPORA): token-level recall, precision
// and F2 per type and overall, on the development and held-out halves, plus single-thread
// throughput and the latency of redacting a 60 KB transcript.
//
// Scoring is the corpus README's convention (see bench/deid/score.ts). redact-pii returns only
// redacted text, so its spans are recovered by aligning the output with the input.
import os from 'node:os';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { detect, loadDeidResources, redact } from '../src/deid/index.ts';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { corporaDir, physionetDeid, presidio, therapyPhiDev, type Corpus } from './deid/corpora.ts';
import { injectedTherapy } from './deid/inject.ts';
import { metrics, newScore, scoreDoc, type PredSpan, type Score } from './deid/score.ts';

type Engine = { name: string; spans: (text: string) => PredSpan[] };

const MARK = '\u0001';

function redactPiiEngine(): Engine | undefined {
  try {
    const require = createRequire(import.meta.url);
    const mod = require('redact-pii') as { SyncRedactor: new (o: { globalReplaceWith: string }) => { redact(t: string): string } };
    const redactor = new mod.SyncRedactor({ globalReplaceWith: MARK });
    return { name: 'redact-pii 3.4', spans: (text) => alignSpans(text, redactor.redact(text)) };
  } catch {
    return undefined;
  }
}

/** Recovers the replaced ranges: literal pieces between markers are found in order in the input. */
function alignSpans(original: string, redacted: string): PredSpan[] {
  const pieces = redacted.split(MARK);
  const spans: PredSpan[] = [];
  let pos = 0;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const at = i === 0 ? 0 : piece.length === 0 ? (i === pieces.length - 1 ? original.length : pos) : original.indexOf(piece, pos);
    if (at < 0) break;
    if (i > 0 && at > pos) spans.push({ start: pos, end: at, type: 'PII' });
    pos = at + piece.length;
  }
  return spans;
}

const pct = (x: number): string => (Number.isNaN(x) ? '   -  ' : (100 * x).toFixed(1).padStart(5) + '%');

function printScore(title: string, s: Score): void {
  const o = metrics(s.overall);
  console.log(`  ${title}: recall ${pct(o.recall)}  precision ${pct(o.precision)}  F2 ${pct(o.f2)}  (gold tokens ${s.overall.gold}, predicted ${s.overall.predicted})`);
  const types = [...new Set([...s.byGoldType.keys(), ...s.byPredType.keys()])].sort();
  for (const t of types) {
    const g = s.byGoldType.get(t);
    const p = s.byPredType.get(t);
    const gr = g ? metrics(g).recall : NaN;
    const pp = p ? metrics(p).precision : NaN;
    console.log(`      ${t.padEnd(12)} recall ${pct(gr)} (${String(g?.gold ?? 0).padStart(4)} tok)   precision ${pct(pp)} (${String(p?.predicted ?? 0).padStart(4)} tok predicted)`);
  }
}

function run(engine: Engine, corpus: Corpus): Score {
  const s = newScore();
  for (const doc of corpus.docs) scoreDoc(s, doc, engine.spans(doc.text), corpus.neutral);
  return s;
}

/**
 * MB/s by the wall clock and by this thread's CPU time. On a shared machine other processes
 * stretch the wall clock; CPU time is what one core actually spent.
 */
function throughput(engine: Engine, texts: string[]): { wall: number; cpu: number } {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  for (const t of texts.slice(0, 20)) engine.spans(t); // warm-up
  let reps = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let elapsed = 0;
  while (elapsed < 2000 || reps < 1) {
    for (const t of texts) engine.spans(t);
    reps++;
    elapsed = performance.now() - t0;
  }
  const cpu = process.cpuUsage(c0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return { wall: (bytes * reps) / 1e6 / (elapsed / 1000), cpu: (bytes * reps) / 1e6 / cpuSeconds };
}

await loadDeidResources();
const tacet: Engine = { name: 'Tacet deid', spans: (text) => detect(text) };
// `--dev-only`: the development parts only, Tacet only, no speed runs — for helpers who must not
// see held-out figures while they tune.
const devOnly = process.argv.includes('--dev-only');
const engines = [tacet, devOnly ? undefined : redactPiiEngine()].filter((e): e is Engine => e !== undefined);

const therapy = therapyPhiDev();
const physionet = physionetDeid();
const corpora: Corpus[] = [];
// PhysioNet split by patient: rules were tuned on the development patients only.
if (physionet) corpora.push(...(devOnly ? [physionet.dev] : [physionet.dev, physionet.heldOut]));
if (therapy) corpora.push(...(devOnly ? [therapy.dev] : [therapy.dev, therapy.heldOut]));
// Our own identifier templates in new shapes, injected into the same conversations: development
// templates into conversations 0-52, held-out templates (written separately) into 53-105.
const injected = injectedTherapy();
if (injected) corpora.push(...(devOnly ? [injected.dev] : [injected.dev, injected.heldOut]));
const small = presidio('generated_small.json', 'presidio generated_small (dev)');
const large = presidio('generated_large.json', 'presidio generated_large (held out)');
if (small) corpora.push(small);
if (large && !devOnly) corpora.push(large);
if (corpora.length === 0) {
  console.error(`No corpora found under ${corporaDir} (set TACET_CORPORA).`);
  process.exit(1);
}

console.log(`De-identification benchmark — corpora from ${corporaDir}`);
console.log('Token level, type-blind (a gold token is caught if any predicted span overlaps it); ORG/TITLE neutral.\n');
for (const corpus of corpora) {
  const spans = corpus.docs.reduce((n, d) => n + d.spans.length, 0);
  console.log(`${corpus.name} — ${corpus.docs.length} documents, ${spans} gold spans`);
  if (corpus === physionet?.heldOut) console.log('  (reference: deid.pl, PhysioNet 2008, published on the whole corpus: recall 96.7%, precision 74.9%)');
  for (const e of engines) printScore(e.name, run(e, corpus));
  console.log('');
}
if (devOnly) process.exit(0);

const texts = (therapy ? [...therapy.dev.docs, ...therapy.heldOut.docs] : corpora[0]!.docs).map((d) => d.text);
console.log('Throughput (single thread, therapy-phi-dev texts, detection only):');
for (const e of engines) {
  const t = throughput(e, texts);
  console.log(`  ${e.name.padEnd(16)} ${t.wall.toFixed(2)} MB/s wall clock, ${t.cpu.toFixed(2)} MB/s of CPU time`);
}

// A 60 KB transcript: corpus conversations joined until 60 KB.
let big = '';
for (let i = 0; big.length < 60_000; i++) big += texts[i % texts.length]! + '\n';
big = big.slice(0, 60_000);
const times: number[] = [];
const cpuTimes: number[] = [];
for (let i = 0; i < 30; i++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  redact(big);
  const c = process.cpuUsage(c0);
  times.push(performance.now() - t0);
  cpuTimes.push((c.user + c.system) / 1000);
}
times.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);
console.log(
  `\n60 KB transcript, redact(): median ${times[15]!.toFixed(1)} ms, worst ${times[29]!.toFixed(1)} ms wall clock; ` +
    `median ${cpuTimes[15]!.toFixed(1)} ms CPU (30 runs)`,
);

// The evaluation contract end to end: `bin/tacet deid --jsonl` on a stream of several megabytes,
// as a separate process. Start-up (empty input) and the first megabyte are reported on their own:
// the first megabyte also pays for compiling the code and filling the word caches.
const bin = fileURLToPath(new URL('../bin/tacet', import.meta.url));
const allTexts = corpora.flatMap((c) => c.docs.map((d) => d.text));
function jsonl(bytes: number): string {
  let out = '';
  for (let i = 0; out.length < bytes; i++) out += JSON.stringify({ id: String(i), text: allTexts[i % allTexts.length] }) + '\n';
  return out;
}
/**
 * CPU seconds used by finished child processes (Linux /proc; NaN elsewhere). On a shared machine
 * the wall clock of a child stretches with the load; its CPU time is what it actually cost.
 */
function childCpu(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    // Fields 16 and 17 of stat (cutime, cstime), counted from the state field (3) after the name.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return NaN;
  }
}
function cli(input: string, env: Record<string, string> = {}): { wall: number; cpu: number } {
  const t0 = performance.now();
  const c0 = childCpu();
  const r = spawnSync(process.execPath, [bin, 'deid', '--jsonl'], { input, env: { ...process.env, ...env }, maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`tacet deid exited with ${String(r.status)}`);
  return { wall: (performance.now() - t0) / 1000, cpu: childCpu() - c0 };
}
const oneMb = jsonl(1_000_000);
const stream = jsonl(6_000_000);
const mb = (s: string): number => Buffer.byteLength(s) / 1e6;
const median = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const empties = [cli(''), cli(''), cli('')];
const startup = median(empties.map((e) => e.wall));
const startupCpu = median(empties.map((e) => e.cpu));
console.log(`\nbin/tacet deid --jsonl (separate process; ${String(availableCores())} cores; load average ${os.loadavg()[0]!.toFixed(1)}):`);
console.log(`  start-up (empty input): ${startup.toFixed(2)} s wall clock, ${startupCpu.toFixed(2)} s CPU`);
for (const [label, env] of [['one thread (default)', {}], ['two worker threads (TACET_DEID_WORKERS=2)', { TACET_DEID_WORKERS: '2' }]] as const) {
  const f = cli(oneMb, env);
  const a = cli(stream, env);
  const first = f.wall - startup;
  const all = a.wall - startup;
  console.log(
    `  ${label}: first ${mb(oneMb).toFixed(1)} MB in ${first.toFixed(2)} s (${(f.cpu - startupCpu).toFixed(2)} s CPU); ` +
      `${mb(stream).toFixed(1)} MB at ${(mb(stream) / all).toFixed(2)} MB/s excluding start-up, ${(mb(stream) / (a.cpu - startupCpu)).toFixed(2)} MB per CPU-second ` +
      `(after the first MB: ${((mb(stream) - mb(oneMb)) / Math.max(all - first, 1e-3)).toFixed(2)} MB/s)`,
  );
}

function availableCores(): number {
  return os.availableParallelism();
}
