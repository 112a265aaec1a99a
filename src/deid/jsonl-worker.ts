// Worker thread of `tacet deid --jsonl`: loads the word lists once, then redacts batches of lines.
import { parentPort, workerData } from 'node:worker_threads';
import { processBatch, type Batch } from './jsonl.ts';
import { loadDeidResources } from './index.ts';
import type { DeidContext } from './types.ts';

const ctx = (workerData as { ctx: DeidContext }).ctx;
await loadDeidResources();
parentPort!.on('message', (b: Batch) => {
  parentPort!.postMessage(processBatch(b, ctx));
});
parentPort!.postMessage({ ready: true });
