// The export job (kind 'export.build'): builds one archive on the job runner. It works as the
// person who asked — with the roles they hold when it runs, not when they asked — so row-level
// security draws the same line for the export as for their own requests. Idempotent from any
// checkpoint: the checkpoint names the blob the attempt writes; a later attempt (after a crash or
// kill -9) first deletes whatever that blob became, then writes the archive again under a new id.
// Only a complete, sealed archive is ever marked ready, so no partial archive can be downloaded.
import crypto from 'node:crypto';
import { z } from 'zod';
import type { Runtime } from '../../platform/runtime.ts';
import { PermanentJobError, type JobHandler } from '../../platform/jobs/runner.ts';
import { audit } from '../../audit/audit.ts';
import { systemContext, withTenant, type AppRole, type TenantContext } from '../../db/tenant.ts';
import { ExportReader, type ExportScope } from './collect.ts';
import { writeArchive } from './archive.ts';
import { ZipWriter } from './zip.ts';
import { scopeAllowed } from './policy.ts';

export const EXPORT_BUILD = 'export.build';

const payload = z.object({ exportId: z.uuid() });
const checkpoint = z.object({ blobId: z.uuid() }).nullable().catch(null);

export function exportJobHandler(runtime: Runtime, opts: { pdfs?: boolean } = {}): JobHandler<z.infer<typeof payload>> {
  return {
    kind: EXPORT_BUILD,
    payload,
    async run(job) {
      const sys = systemContext(job.practiceId, { requestId: `job-${job.id}` });
      const exp = await withTenant(runtime.db, sys, (trx) => trx.selectFrom('exports').selectAll().where('id', '=', job.payload.exportId).executeTakeFirst());
      if (exp === undefined || exp.status !== 'running') return; // done already, or gone: nothing to do

      const prior = checkpoint.parse(job.checkpoint);
      if (prior !== null) await runtime.blobs.remove(sys, prior.blobId); // what a dead attempt left

      // The requester's roles now: an export does not outlive the membership that asked for it.
      const roles = (await withTenant(runtime.db, sys, (trx) =>
        trx.selectFrom('memberships').select('role').where('practice_id', '=', job.practiceId).where('user_id', '=', exp.requested_by).where('disabled_at', 'is', null).execute(),
      )).map((r) => r.role as AppRole);
      const scope: ExportScope = { kind: exp.scope, clientId: exp.client_id, includeProcessNotes: exp.include_process_notes };
      if (!scopeAllowed(scope.kind, roles)) {
        await withTenant(runtime.db, sys, (trx) => trx.updateTable('exports').set({ status: 'failed' }).where('id', '=', exp.id).execute());
        throw new PermanentJobError('membership_ended');
      }
      const ctx: TenantContext = { practiceId: job.practiceId, userId: exp.requested_by, roles, requestId: `job-${job.id}` };

      const blobId = crypto.randomUUID();
      await job.saveCheckpoint({ blobId });
      const now = job.now();
      const reader = new ExportReader(runtime, ctx, scope);
      await reader.init();
      const zip = new ZipWriter(now);
      const expiresAt = new Date(now.getTime() + runtime.config.EXPORT_RETENTION_HOURS * 3_600_000);
      const stored = runtime.blobs.write(ctx, { id: blobId, purpose: 'export', ownerId: ctx.userId, keyScope: 'user', keyScopeId: ctx.userId, expiresAt }, zip.output);
      // If writing fails, the archive stream is torn down and the blob write cleans up after itself.
      stored.catch((err: unknown) => zip.output.destroy(err as Error));
      let counts;
      try {
        counts = await writeArchive(runtime, reader, zip, now, (done, total) => job.progress({ done, total }), opts);
        if (job.signal.aborted) throw job.signal.reason;
        zip.end();
      } catch (err) {
        zip.output.destroy(err as Error);
        await stored.catch(() => undefined);
        throw err;
      }
      const blob = await stored;
      const marked = await withTenant(runtime.db, ctx, async (trx) => {
        const r = await trx
          .updateTable('exports')
          .set({ status: 'ready', blob_id: blob.id, counts: JSON.stringify(counts), ready_at: job.now(), expires_at: expiresAt })
          .where('id', '=', exp.id)
          .where('status', '=', 'running')
          .executeTakeFirst();
        if (r.numUpdatedRows === 0n) return false;
        // R24: who exported which scope — ids and counts, never content.
        await audit(trx, ctx, {
          action: 'export.ready',
          resourceType: 'export',
          resourceId: exp.id,
          metadata: { scope: exp.scope, client: exp.client_id, blob: blob.id, bytes: blob.size_bytes ?? 0, ...counts },
        });
        return true;
      });
      if (!marked) await runtime.blobs.remove(ctx, blob.id);
    },
  };
}
