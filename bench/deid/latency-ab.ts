// Development aid for output-identical speed work: CPU time of `redact()` on the bench's 60 KB
// transcript (therapy-phi-dev conversations joined until 60 KB, as bench/deid.bench.ts builds it),
// for the engine of any checkout, so a base worktree and a branch can be run alternately.
//   node --import tsx bench/deid/latency-ab.ts /path/to/checkout [topics]
// Prints one JSON line: the first call's CPU ms (cold), then the median and minimum of 40 calls
// after 40 warm-up calls.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DeidContext, Span } from '../../src/deid/types.ts';

type Redact = (text: string, ctx?: DeidContext) => { text: string; spans: Span[] };
const root = resolve(process.argv[2] ?? '.');
const withTopics = process.argv[3] === 'topics';
const load = async <T>(path: string): Promise<T> => (await import(pathToFileURL(resolve(root, path)).href)) as T;
const { redact } = await load<{ redact: Redact }>('src/deid/index.ts');
const { BUILTIN_TOPICS } = await load<{ BUILTIN_TOPICS: readonly string[] }>('src/deid/topics.ts');
const { therapyPhiDev } = await load<{ therapyPhiDev: () => { dev: { docs: { text: string }[] }; heldOut: { docs: { text: string }[] } } | undefined }>(
  'bench/deid/corpora.ts',
);
const therapy = therapyPhiDev();
if (!therapy) throw new Error('therapy-phi-dev not found (set TACET_CORPORA)');
const texts = [...therapy.dev.docs, ...therapy.heldOut.docs].map((d) => d.text);
let big = '';
for (let i = 0; big.length < 60_000; i++) big += texts[i % texts.length]! + '\n';
big = big.slice(0, 60_000);
const ctx: DeidContext | undefined = withTopics ? { topics: [...BUILTIN_TOPICS] } : undefined;
const cpuMs = (c: NodeJS.CpuUsage): number => (c.user + c.system) / 1000;
const c0 = process.cpuUsage();
redact(big, ctx);
const first = cpuMs(process.cpuUsage(c0));
for (let i = 0; i < 40; i++) redact(big, ctx);
const runs: number[] = [];
for (let i = 0; i < 40; i++) {
  const c = process.cpuUsage();
  redact(big, ctx);
  runs.push(cpuMs(process.cpuUsage(c)));
}
runs.sort((a, b) => a - b);
console.log(JSON.stringify({ root, topics: withTopics, firstMs: +first.toFixed(1), medianMs: +runs[20]!.toFixed(2), minMs: +runs[0]!.toFixed(2) }));
