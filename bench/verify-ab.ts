// bench:ai's "Verification alone" phase for two trees in one process, for before/after comparisons
// on a loaded machine (docs/benchmarks.md, "vspeed2"): the base tree's verifier and this one's are
// loaded side by side and their runs interleaved (base, new, new, base, …), so that a swing of the
// machine's load falls on both alike, as it does not on processes run one after another.
//
//   VERIFY_BASE=/path/to/other/checkout node --import tsx bench/verify-ab.ts     prints one JSON line
//   VERIFY_RUNS=40 VERIFY_WARMUP=10
//
// Each run: the ~30-sentence draft of the 60 KB transcript, analysis caches emptied first; wall and
// CPU milliseconds per run for each tree. The other tree needs its own node_modules (or a link).
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { Answer } from '../src/features/ai/prompt.ts';
import type { Segment } from '../src/features/ai/grounding.ts';

const RUNS = Number(process.env.VERIFY_RUNS ?? 40);
const WARMUP = Number(process.env.VERIFY_WARMUP ?? 10);
const base = process.env.VERIFY_BASE;
if (base === undefined || base === '') throw new Error('VERIFY_BASE: the other checkout to compare with');
const trees = { base, new: fileURLToPath(new URL('..', import.meta.url)) };
type Tree = keyof typeof trees;

interface Verifier {
  clearAnalysisCache(): void;
  verifyAnswer(answer: Answer, format: 'soap', segments: readonly Segment[], goals: ReadonlyMap<string, string>): unknown;
  segmentSource(kind: 'transcript', text: string): Segment[];
  transcript(): string;
  draftOf(segs: readonly Segment[], n: number): Answer;
}
async function load(root: string): Promise<() => void> {
  const parts = await Promise.all(['src/features/ai/claims/index.ts', 'src/features/ai/grounding.ts', 'src/features/ai/verify.ts', 'bench/ai-input.ts'].map(async (p) => (await import(`${root}/${p}`)) as Partial<Verifier>));
  const v = Object.assign({}, ...parts) as Verifier;
  const segs = v.segmentSource('transcript', v.transcript());
  const drafted = v.draftOf(segs, 30);
  return () => {
    v.clearAnalysisCache();
    v.verifyAnswer(drafted, 'soap', segs, new Map());
  };
}
const run: Record<Tree, () => void> = { base: await load(trees.base), new: await load(trees.new) };
const out: Record<Tree, { wall: number[]; cpu: number[] }> = { base: { wall: [], cpu: [] }, new: { wall: [], cpu: [] } };
for (let i = 0; i < WARMUP + RUNS; i++) {
  for (const t of i % 2 === 0 ? (['base', 'new'] as const) : (['new', 'base'] as const)) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    run[t]();
    const wall = performance.now() - t0;
    const c = process.cpuUsage(c0);
    if (i >= WARMUP) {
      out[t].wall.push(wall);
      out[t].cpu.push((c.user + c.system) / 1000);
    }
  }
}
console.log(JSON.stringify(out));
