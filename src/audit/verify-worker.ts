// Worker thread of audit verify (issue 21): reads groups of lanes over a COPY connection of its
// own and checks them, so parsing and SHA-256 for different lanes run on different cores (one
// thread tops out at ~1.7 µs a row: ~0.9 µs of it crypto.hash's fixed cost per call). The main
// thread plans each lane (checkpoints, anchors, heads) and gathers the results (verify.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { postgresCopyConnector, type CopySpec } from './verify-copy.ts';
import { copyLanes, laneCheck, type LanePlan } from './verify.ts';

export type ToWorker = { plans: LanePlan[] } | { close: true };

const port = parentPort!;
const spec = (workerData as { spec: CopySpec }).spec;
const conn = await postgresCopyConnector(spec.url, spec.role, spec.format)();
port.on('message', (m: ToWorker) => {
  if ('close' in m) {
    void conn.close().finally(() => port.close());
    return;
  }
  const group = m.plans.map((plan) => ({ plan, check: laneCheck(plan) }));
  copyLanes(group, conn).then(
    () => port.postMessage({ results: group.map((g) => g.check.finish()) }),
    (err: unknown) => port.postMessage({ error: err instanceof Error ? err.message : String(err), code: (err as { code?: unknown }).code }),
  );
});
port.postMessage({ ready: true });
