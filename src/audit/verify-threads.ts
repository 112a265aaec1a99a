// Lane workers of audit verify as worker threads (issue 21): each thread holds a COPY connection
// and checks the groups of lanes it is handed (verify-worker.ts). Started like the de-identifier's
// pool (src/deid/jsonl-pool.ts): through tsx from source, as an entry point of its own when bundled.
import { Worker } from 'node:worker_threads';
import { BUILD } from '../platform/build-info.ts';
import type { CopySpec } from './verify-copy.ts';
import type { LanePlan, LaneResult } from './verify.ts';
import type { ToWorker } from './verify-worker.ts';

const BUNDLED = BUILD !== undefined;

const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import('tsx/esm/api').then((m) => { m.register(); return import(workerData.url); });
`;

type FromWorker = { ready: true } | { results: LaneResult[] } | { error: string; code?: unknown };

export class LaneThread {
  private waiting: ((m: FromWorker) => void) | undefined;
  private failure: Error | undefined;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (m: FromWorker) => this.deliver(m));
    worker.on('error', (e) => {
      this.failure = e;
      this.deliver({ error: e.message });
    });
    worker.on('exit', () => this.deliver({ error: 'audit verify worker exited' }));
  }

  /** Starts a thread and waits until its connection is open. */
  static async open(spec: CopySpec): Promise<LaneThread> {
    const worker = BUNDLED
      ? new Worker(new URL('../../server/audit-verify-worker.js', import.meta.url), { workerData: { spec } })
      : new Worker(BOOTSTRAP, { eval: true, workerData: { url: new URL('./verify-worker.ts', import.meta.url).href, spec } });
    const t = new LaneThread(worker);
    const m = await t.next();
    if (!('ready' in m)) {
      await worker.terminate();
      throw t.failure ?? Object.assign(new Error('error' in m ? m.error : 'audit verify worker failed'), 'code' in m ? { code: m.code } : {});
    }
    return t;
  }

  private deliver(m: FromWorker): void {
    const w = this.waiting;
    this.waiting = undefined;
    w?.(m);
  }

  private next(): Promise<FromWorker> {
    return new Promise((resolve) => (this.waiting = resolve));
  }

  /** Checks one group of lanes (one COPY statement) in the thread. */
  async run(plans: LanePlan[]): Promise<LaneResult[]> {
    const reply = this.next();
    this.worker.postMessage({ plans } satisfies ToWorker);
    const m = await reply;
    if ('results' in m) return m.results;
    throw Object.assign(new Error('error' in m ? m.error : 'unexpected message from the audit verify worker'), 'code' in m ? { code: m.code } : {});
  }

  async close(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    this.worker.postMessage({ close: true } satisfies ToWorker);
    // A thread that does not close its connection in time is stopped.
    const timer = setTimeout(() => void this.worker.terminate(), 5000);
    await exited;
    clearTimeout(timer);
  }
}
