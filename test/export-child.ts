// A separate process for the kill -9 test (src/features/export/kill.test.ts). Modes:
//   seed    — embedded runtime in TACET_DATA_DIR, synthetic records, one queued export; prints ids
//   run     — runs jobs with a short lease until killed (the test kills it mid-archive)
//   resume  — prints the state the killed process left, then runs jobs until the export is done and
//             prints what a download would get
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import crypto from 'node:crypto';
import { loadConfig } from '../src/config/config.ts';
import { createLogger } from '../src/logging/logger.ts';
import { openRuntime } from '../src/platform/runtime.ts';
import { JobRunner } from '../src/platform/jobs/runner.ts';
import { exportJobHandler } from '../src/features/export/job.ts';
import { systemContext, withTenant } from '../src/db/tenant.ts';
import { seedExportData, queueExport } from './export-seed.ts';

const mode = process.argv[2];
const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
const rt = await openRuntime(config, createLogger('silent'));
const say = (o: unknown) => process.stdout.write(`${JSON.stringify(o)}\n`);

async function state(practiceId: string, exportId: string) {
  return withTenant(rt.db, systemContext(practiceId), async (trx) => ({
    export: (await trx.selectFrom('exports').select(['status', 'blob_id']).where('id', '=', exportId).executeTakeFirst()) ?? null,
    blobs: await trx.selectFrom('blobs').select(['id', 'status']).execute(),
  }));
}

if (mode === 'seed') {
  const s = await seedExportData(rt, { clients: 20, notes: Number(process.env.NOTES ?? '400') });
  const exportId = await queueExport(rt, s.ctx, 'mine');
  say({ practiceId: s.practiceId, userId: s.userId, exportId });
} else if (mode === 'run') {
  const runner = new JobRunner(rt.db, rt.logger, { leaseMs: 1500, owner: 'doomed' }).register(exportJobHandler(rt));
  say({ running: true });
  while (await runner.runOnce()) {
    /* the test kills this process while the archive is being written */
  }
  say({ finished: true });
} else if (mode === 'resume') {
  const practiceId = process.env.PRACTICE_ID ?? '';
  const exportId = process.env.EXPORT_ID ?? '';
  say({ before: await state(practiceId, exportId) });
  const runner = new JobRunner(rt.db, rt.logger, { leaseMs: 1500, pollMs: 100, owner: 'survivor' }).register(exportJobHandler(rt));
  const deadline = Date.now() + 60_000;
  for (;;) {
    const st = await state(practiceId, exportId);
    if (st.export?.status === 'ready' || Date.now() > deadline) break;
    if (!(await runner.runOnce())) await new Promise((r) => setTimeout(r, 200));
  }
  const after = await state(practiceId, exportId);
  let bytes = 0;
  let sha = '';
  const blob = after.export?.blob_id != null ? await rt.blobs.find(systemContext(practiceId), after.export.blob_id) : undefined;
  if (blob !== undefined) {
    const h = crypto.createHash('sha256');
    await pipeline(await rt.blobs.open(blob), new Writable({ write(c: Buffer, _e, cb) { bytes += c.length; h.update(c); cb(); } }));
    sha = h.digest('hex');
  }
  say({ after, bytes, sha });
}
await rt.close();
