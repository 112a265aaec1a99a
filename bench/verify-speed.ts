// The verifier's speed without the database around it, for before/after comparisons of one tree
// against another (docs/benchmarks.md, "vspeed"):
//
//   node --import tsx bench/verify-speed.ts            prints one JSON line
//   VERIFY_RUNS=40 VERIFY_WARMUP=10 VERIFY_PASSES=1
//   VERIFY_MODEL=0   the pairs without the learned stage (calibrate.ts): the rules alone
//
//   verify   bench:ai's "Verification alone" phase, the same way: the ~30-sentence draft of the 60 KB
//            transcript, analysis caches emptied before each run, wall and CPU milliseconds per run
//   pairs    bench:grounding's sentences per second, the same way (one warm-up pass, caches emptied,
//            a timed pass), over the development sets only: the blind held-out sets are never read
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { citedAndContext, clearAnalysisCache, verifyClaim } from '../src/features/ai/claims/index.ts';
import { segmentSource } from '../src/features/ai/grounding.ts';
import { verifyAnswer } from '../src/features/ai/verify.ts';
import { draftOf, transcript } from './ai-input.ts';
import { readPairs, type Pair } from './grounding/pairs.ts';

const RUNS = Number(process.env.VERIFY_RUNS ?? 40);
const WARMUP = Number(process.env.VERIFY_WARMUP ?? 10);
const PASSES = Number(process.env.VERIFY_PASSES ?? 1);
const MODEL = process.env.VERIFY_MODEL !== '0';

const segs = segmentSource('transcript', transcript());
const drafted = draftOf(segs, 30);
const wall: number[] = [];
const cpu: number[] = [];
for (let i = 0; i < WARMUP + RUNS; i++) {
  clearAnalysisCache();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  verifyAnswer(drafted, 'soap', segs, new Map());
  const t = performance.now() - t0;
  const c = process.cpuUsage(c0);
  if (i >= WARMUP) {
    wall.push(t);
    cpu.push((c.user + c.system) / 1000);
  }
}

const dir = new URL('./grounding/', import.meta.url);
const pairs: Pair[] = fs
  .readdirSync(dir)
  .filter((f) => /^dev[\w-]*\.jsonl$/.test(f) || f === 'heldout.jsonl')
  .sort()
  .flatMap((f) => readPairs(new URL(f, dir)));
const runPairs = (): void => {
  for (const p of pairs) verifyClaim(p.sentence, ...citedAndContext(p.sources, p.cites), { model: MODEL });
};
runPairs();
const rates: number[] = [];
for (let k = 0; k < PASSES; k++) {
  clearAnalysisCache();
  const t0 = performance.now();
  runPairs();
  rates.push(pairs.length / ((performance.now() - t0) / 1000));
}
console.log(JSON.stringify({ model: MODEL, segments: segs.length, wall, cpu, pairs: pairs.length, rates }));
