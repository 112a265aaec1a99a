// Parallel redaction for large `tacet deid --jsonl` inputs: batches of lines go to worker threads
// and come back in any order; the pool hands them to the writer strictly in input order. A batch
// for which no worker is free is redacted on the main thread, so at most one batch per worker is in
// flight and memory stays bounded whatever the input size.
//
// The workers run TypeScript through tsx like bin/tacet does: an evaluated CommonJS bootstrap
// registers the loader, then imports jsonl-worker.ts. In the bundled distribution (npm run build)
// the worker is an entry point of its own, server/jsonl-worker.js, and needs no loader.
import { Worker } from 'node:worker_threads';
import { processBatch, type Batch, type BatchResult } from './jsonl.ts';
import type { DeidContext } from './types.ts';
import { BUILD } from '../platform/build-info.ts';

const BUNDLED = BUILD !== undefined;

// (tsx's API is located from this module, not from the evaluated code: a bare specifier there would
// be resolved from the working directory, and fail when the command is run outside the checkout.)
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.tsx).then((m) => { m.register(); return import(workerData.url); });
`;

export class JsonlPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly done = new Map<number, BatchResult>();
  private nextSeq = 0;
  private nextOut = 0;
  private failure: Error | undefined;
  private wake: (() => void) | undefined;

  private readonly ctx: DeidContext;

  constructor(size: number, ctx: DeidContext) {
    this.ctx = ctx;
    for (let i = 0; i < size; i++) {
      const w = BUNDLED ? new Worker(new URL('../../server/jsonl-worker.js', import.meta.url), { workerData: { ctx } }) : new Worker(BOOTSTRAP, { eval: true, workerData: { url: new URL('./jsonl-worker.ts', import.meta.url).href, tsx: import.meta.resolve('tsx/esm/api'), ctx } });
      w.on('message', (m: BatchResult | { ready: true }) => {
        if (!('ready' in m)) this.done.set(m.seq, m);
        this.idle.push(w);
        this.notify();
      });
      w.on('error', (e) => {
        this.failure = e;
        this.notify();
      });
      this.workers.push(w);
    }
  }

  private notify(): void {
    const f = this.wake;
    this.wake = undefined;
    f?.();
  }

  private wait(): Promise<void> {
    return new Promise((resolve) => (this.wake = resolve));
  }

  /** Hands a batch to a free worker, or redacts it here; then writes whatever is ready, in order. */
  async submit(first: number, lines: string[], drainTo: (r: BatchResult) => Promise<void>): Promise<void> {
    if (this.failure) throw this.failure;
    const b: Batch = { seq: this.nextSeq++, first, lines };
    const w = this.idle.pop();
    if (w) w.postMessage(b);
    else {
      // No worker free (or none started yet: a worker takes about a second to load): the main
      // thread redacts this batch itself rather than wait, so start-up costs nothing and the main
      // thread's core is used too.
      this.done.set(b.seq, processBatch(b, this.ctx));
    }
    await this.flushReady(drainTo);
  }

  /** Waits for every submitted batch and hands the rest to the writer in order. */
  async finish(drainTo: (r: BatchResult) => Promise<void>): Promise<void> {
    await this.flushReady(drainTo);
    while (this.nextOut < this.nextSeq) {
      if (this.failure) throw this.failure;
      await this.wait();
      await this.flushReady(drainTo);
    }
  }

  private async flushReady(drainTo: (r: BatchResult) => Promise<void>): Promise<void> {
    let r: BatchResult | undefined;
    while ((r = this.done.get(this.nextOut)) !== undefined) {
      this.done.delete(this.nextOut);
      this.nextOut++;
      await drainTo(r);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
