// CPU cost of the sensitive-topic detector with its learned model (R36), this tree against an
// earlier one, interleaved (a process for one tree, then one for the other, several times),
// medians of CPU time (the machine is shared: wall time swings, CPU time much less):
//   - the whole redaction (detect) of the bench's 60 KB transcript with all three topics on;
//   - the same on 0.35 MB of ordinary conversation (therapy-phi-dev, development half);
//   - start-up: reading the model file and scoring one sentence, in fresh processes.
//
//   git archive <commit> src resources | tar -x -C /tmp/before && ln -s "$PWD/node_modules" /tmp/before/
//   node --import tsx bench/deid/topics-speed.ts /tmp/before [rounds]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { therapyPhiDev } from './corpora.ts';

type Detect = (text: string, ctx: { topics?: string[] }) => unknown;

const cpu = (f: () => void): number => {
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** The texts: the bench's 60 KB transcript and the ordinary conversation. */
function texts(): [string, string][] {
  const corpus = therapyPhiDev();
  if (!corpus) throw new Error('therapy-phi-dev not found');
  const carriers = corpus.dev.docs.map((d) => d.text);
  // Built as topics.bench.ts builds its 60 KB transcript (conversations with a labelled sentence
  // every few lines), from the development sentences only.
  const items = readFileSync(new URL('topics/dev.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const parts: string[] = [];
  let size = 0, k = 0;
  while (size < 60_000) {
    const conv = carriers[k % carriers.length]!;
    const line = `Client: ${items[k % items.length]!}`;
    parts.push(conv, line);
    size += conv.length + line.length + 2;
    k++;
  }
  const conversation = carriers.join('\n');
  return [['60 KB transcript', parts.join('\n').slice(0, 60_000)], [`${(conversation.length / 1e6).toFixed(2)} MB conversation`, conversation]];
}

/**
 * In a child process: one tree's engine, warmed, then `runs` redactions of each text with all
 * topics on and without topics; prints the medians as JSON. One engine per process: two trees'
 * engines in one process slow each other down severalfold (measured), which would hide the change.
 */
async function child(root: string, runs: number): Promise<void> {
  const m = (await import(pathToFileURL(resolve(root, 'src/deid/index.ts')).href)) as { detect: Detect; loadDeidResources(): Promise<void> };
  await m.loadDeidResources();
  const topics = ['immigration', 'sexual', 'abuse'];
  const out: number[][] = [];
  for (const [, text] of texts()) {
    for (let i = 0; i < 10; i++) m.detect(text, { topics });
    const on: number[] = [], off: number[] = [];
    for (let i = 0; i < runs; i++) {
      on.push(cpu(() => m.detect(text, { topics })));
      off.push(cpu(() => m.detect(text, {})));
    }
    out.push([median(on), median(off)]);
  }
  console.log(JSON.stringify(out));
  if (process.env.TOPICS_SPEED_RAW) console.error(root, JSON.stringify(out));
}

/** CPU ms of reading the model and scoring one sentence, in a fresh process (module loading not counted). */
function startup(root: string): number {
  const model = pathToFileURL(resolve(root, 'src/deid/topics/model.ts')).href;
  const code = `import(${JSON.stringify(model)}).then((m) => { const c0 = process.cpuUsage(); (m.topicModel ?? m.default.topicModel)().score('we went to the park on sunday', false); const c = process.cpuUsage(c0); console.log((c.user + c.system) / 1000); });`;
  return Number(execFileSync(process.execPath, ['--import', 'tsx', '-e', code], { encoding: 'utf8', env: { ...process.env, TACET_DEID_DICTS: resolve(root, 'resources/dicts') } }).trim());
}

async function main(): Promise<void> {
  if (process.argv[2] === '--child') return child(process.argv[3]!, Number(process.argv[4]));
  const before = process.argv[2];
  if (!before) throw new Error('usage: topics-speed.ts <earlier tree> [rounds]');
  const rounds = Number(process.argv[3] ?? 5);
  const here = resolve(new URL('../..', import.meta.url).pathname);
  const self = new URL(import.meta.url).pathname;
  const run = (root: string): number[][] => JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', self, '--child', root, '15'], { encoding: 'utf8' })) as number[][];
  const r = { before: [] as number[][][], after: [] as number[][][] };
  for (let i = 0; i < rounds; i++) {
    r.before.push(run(before));
    r.after.push(run(here));
  }
  texts().forEach(([name], t) => {
    const m = (xs: number[][][], j: number): string => median(xs.map((x) => x[t]![j]!)).toFixed(1);
    console.log(`${name}, whole redaction with all topics on: before ${m(r.before, 0)} ms, after ${m(r.after, 0)} ms (engine without topics: before ${m(r.before, 1)}, after ${m(r.after, 1)} ms)`);
  });
  console.log(`  (medians over ${rounds} interleaved processes per tree of each one's median of 15 runs after 10 warm-up runs, CPU time)`);
  const s = { before: [] as number[], after: [] as number[] };
  for (let i = 0; i < Number(process.env.STARTUP_RUNS ?? 7); i++) {
    s.before.push(startup(before));
    s.after.push(startup(here));
  }
  console.log(`start-up (read the model, score one sentence; fresh processes): before ${median(s.before).toFixed(1)} ms, after ${median(s.after).toFixed(1)} ms CPU, medians of ${s.before.length}`);
}

await main();
