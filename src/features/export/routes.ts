// Export API (R09, R11, R43 groundwork):
//   POST /api/exports                 start (second factor within 5 minutes; one running export per person)
//   GET  /api/exports                 your recent exports
//   GET  /api/exports/:id             status and progress
//   GET  /api/exports/:id/download    the zip, decrypted as it streams; only the requester; then deleted
import crypto from 'node:crypto';
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { Selectable } from 'kysely';
import type { Runtime } from '../../platform/runtime.ts';
import type { ExportsTable, JobsTable } from '../../db/schema.ts';
import { defineRoute } from '../../http/pipeline.ts';
import { HttpError, badRequest, notFound } from '../../http/errors.ts';
import { audit } from '../../audit/audit.ts';
import { systemContext, withTenant } from '../../db/tenant.ts';
import { enqueueJob } from '../../platform/jobs/queries.ts';
import { plainSize } from '../../crypto/stream.ts';
import { EXPORT_BUILD } from './job.ts';
import { scopeAllowed } from './policy.ts';

const startBody = z.strictObject({
  scope: z.enum(['mine', 'client', 'practice']),
  clientId: z.uuid().optional(),
  includeProcessNotes: z.boolean().default(false),
});

const exportOut = z.object({
  id: z.uuid(),
  scope: z.enum(['mine', 'client', 'practice']),
  clientId: z.uuid().nullable(),
  includeProcessNotes: z.boolean(),
  status: z.enum(['queued', 'running', 'ready', 'downloaded', 'expired', 'failed']),
  progress: z.object({ done: z.number(), total: z.number().nullable() }),
  counts: z.record(z.string(), z.number()),
  createdAt: z.string(),
  readyAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  errorId: z.string().nullable(),
});
export type ExportView = z.infer<typeof exportOut>;

type ExportRow = Selectable<ExportsTable>;
type JobRow = Pick<Selectable<JobsTable>, 'status' | 'progress_done' | 'progress_total' | 'last_error_id'>;

function present(e: ExportRow, job: JobRow | undefined, now: Date): ExportView {
  let status: ExportView['status'] = e.status;
  if (e.status === 'running') status = job === undefined ? 'failed' : job.status === 'failed' || job.status === 'cancelled' ? 'failed' : job.status === 'queued' && job.progress_done === 0 ? 'queued' : 'running';
  if (e.status === 'ready' && e.expires_at !== null && e.expires_at <= now) status = 'expired';
  const done = e.status === 'running' ? (job?.progress_done ?? 0) : (job?.progress_total ?? job?.progress_done ?? 0);
  return {
    id: e.id,
    scope: e.scope,
    clientId: e.client_id,
    includeProcessNotes: e.include_process_notes,
    status,
    progress: { done, total: job?.progress_total ?? null },
    counts: e.counts,
    createdAt: e.created_at.toISOString(),
    readyAt: e.ready_at?.toISOString() ?? null,
    expiresAt: e.expires_at?.toISOString() ?? null,
    errorId: status === 'failed' ? (job?.last_error_id ?? null) : null,
  };
}

export function exportRoutes(app: FastifyInstance, runtime: Runtime): void {
  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/exports',
    summary: 'Start an export: your records, one client, or (owner) the practice administration',
    tags: ['exports'],
    auth: 'full',
    roles: ['practitioner', 'owner'],
    whileCancelled: 'owner', // R10: the owner of a cancelled practice can still take everything away
    stepUp: true,
    schema: { body: startBody, response: { 202: exportOut } },
    handler: async ({ tenant, body, reply }) => {
      const view = await tenant(async (trx, ctx) => {
        if (!scopeAllowed(body.scope, ctx.roles)) {
          throw new HttpError(403, 'forbidden', body.scope === 'practice' ? 'Only the practice owner exports the practice administration.' : 'Only a practitioner exports clinical records.');
        }
        if (body.scope === 'client' && body.clientId === undefined) throw badRequest('body.clientId', 'is required for the client scope');
        if (body.scope !== 'client' && body.clientId !== undefined) throw badRequest('body.clientId', 'is only accepted with the client scope');
        if (body.scope !== 'client' && body.includeProcessNotes) throw badRequest('body.includeProcessNotes', 'applies to the client scope only (your own records always include your process notes)');
        if (body.clientId !== undefined) {
          // Only the client's own practitioner exports their record; anyone else's client does not exist here.
          const c = await trx.selectFrom('clients').select(['id']).where('id', '=', body.clientId).where('owner_id', '=', ctx.userId).executeTakeFirst();
          if (c === undefined) throw notFound('client');
        }
        const now = runtime.jobs.now();
        const id = crypto.randomUUID();
        const jobId = await enqueueJob(trx, ctx, now, { kind: EXPORT_BUILD, payload: { exportId: id }, singletonKey: `export:${ctx.userId}`, maxAttempts: 3 });
        if (jobId === null) throw new HttpError(409, 'export_running', 'An export of yours is still being prepared. Wait for it to finish before starting another.');
        const row = await trx
          .insertInto('exports')
          .values({ id, practice_id: ctx.practiceId, requested_by: ctx.userId, scope: body.scope, client_id: body.clientId ?? null, include_process_notes: body.includeProcessNotes, job_id: jobId, created_at: now })
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(trx, ctx, {
          action: 'export.start',
          resourceType: 'export',
          resourceId: id,
          metadata: { scope: body.scope, client: body.clientId ?? null, processNotes: body.includeProcessNotes },
        });
        return present(row, { status: 'queued', progress_done: 0, progress_total: null, last_error_id: null }, now);
      });
      runtime.jobs.poke();
      return reply.code(202).send(view);
    },
  });

  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/exports',
    summary: 'Your recent exports',
    tags: ['exports'],
    auth: 'full',
    roles: ['practitioner', 'owner'],
    whileCancelled: 'owner', // R10: the owner of a cancelled practice can still take everything away
    schema: { response: { 200: z.object({ exports: z.array(exportOut) }) } },
    handler: async ({ tenant }) =>
      tenant(async (trx) => {
        const rows = await trx.selectFrom('exports').selectAll().orderBy('created_at', 'desc').limit(20).execute();
        const jobs = rows.length === 0 ? [] : await trx.selectFrom('jobs').select(['id', 'status', 'progress_done', 'progress_total', 'last_error_id']).where('id', 'in', rows.map((r) => r.job_id)).execute();
        const now = runtime.jobs.now();
        return { exports: rows.map((r) => present(r, jobs.find((j) => j.id === r.job_id), now)) };
      }),
  });

  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/exports/:id',
    summary: 'Status and progress of one of your exports',
    tags: ['exports'],
    auth: 'full',
    roles: ['practitioner', 'owner'],
    whileCancelled: 'owner', // R10: the owner of a cancelled practice can still take everything away
    touch: false,
    schema: { params: z.strictObject({ id: z.uuid() }), response: { 200: exportOut } },
    handler: async ({ tenant, params }) =>
      tenant(async (trx) => {
        // Row-level security: only the requester sees the row; anyone else gets 404.
        const row = await trx.selectFrom('exports').selectAll().where('id', '=', params.id).executeTakeFirst();
        if (row === undefined) throw notFound('export');
        const job = await trx.selectFrom('jobs').select(['status', 'progress_done', 'progress_total', 'last_error_id']).where('id', '=', row.job_id).executeTakeFirst();
        return present(row, job, runtime.jobs.now());
      }),
  });

  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/exports/:id/download',
    summary: 'Download a finished export (zip); it is deleted once downloaded',
    tags: ['exports'],
    auth: 'full',
    roles: ['practitioner', 'owner'],
    whileCancelled: 'owner', // R10: the owner of a cancelled practice can still take everything away
    schema: { params: z.strictObject({ id: z.uuid() }) },
    handler: async ({ tenant, params, reply, req }) => {
      const now = runtime.jobs.now();
      const { row, blob } = await tenant(async (trx, ctx) => {
        const e = await trx.selectFrom('exports').selectAll().where('id', '=', params.id).executeTakeFirst();
        if (e === undefined) throw notFound('export');
        if (e.status === 'running') throw new HttpError(409, 'export_not_ready', 'The export is still being prepared.');
        if (e.status === 'failed') throw new HttpError(409, 'export_failed', 'The export failed; start a new one.');
        if (e.status === 'downloaded') throw new HttpError(410, 'export_gone', 'The export was already downloaded and has been deleted. Start a new one.');
        if (e.status === 'expired' || e.blob_id === null || (e.expires_at !== null && e.expires_at <= now)) {
          throw new HttpError(410, 'export_expired', 'The export has expired and was deleted. Start a new one.');
        }
        const b = await trx.selectFrom('blobs').selectAll().where('id', '=', e.blob_id).where('status', '=', 'ready').executeTakeFirst();
        if (b === undefined) throw new HttpError(410, 'export_expired', 'The export has expired and was deleted. Start a new one.');
        await audit(trx, ctx, { action: 'export.download', resourceType: 'export', resourceId: e.id, metadata: { scope: e.scope, blob: b.id, bytes: b.size_bytes ?? 0 } });
        return { row: e, blob: b };
      });
      const stream = await runtime.blobs.open(blob);
      const ctx = { practiceId: row.practice_id, userId: row.requested_by, roles: req.auth?.roles ?? [], requestId: req.id };
      // Deleted once the whole archive has left: the response finished after the stream ended
      // without an error (an aborted download can be tried again until the export expires).
      let complete = false;
      stream.once('end', () => (complete = true));
      reply.raw.once('finish', () => {
        if (!complete) return;
        void (async () => {
          await withTenant(runtime.db, ctx, async (trx, c) => {
            await trx.updateTable('exports').set({ status: 'downloaded', downloaded_at: runtime.jobs.now() }).where('id', '=', row.id).where('status', '=', 'ready').execute();
            await audit(trx, c, { action: 'export.delete', resourceType: 'export', resourceId: row.id, metadata: { reason: 'downloaded', blob: blob.id } });
          });
          await runtime.blobs.remove(systemContext(row.practice_id), blob.id);
        })().catch((err: unknown) => runtime.logger.error({ err, event: 'export.cleanup', resourceType: 'export', resourceId: row.id }, 'export cleanup after download failed'));
      });
      const date = (row.ready_at ?? now).toISOString().slice(0, 10);
      return reply
        .header('content-type', 'application/zip')
        .header('content-disposition', `attachment; filename="tacet-export-${row.scope}-${date}.zip"`)
        .header('content-length', String(plainSize(blob.size_bytes ?? 0)))
        .header('cache-control', 'no-store')
        .send(stream);
    },
  });
}
