// Recording routes (issue 20; R30, R46, R17). They exist only in a recording deployment (R06):
// features/index.ts imports this module behind TACET_RECORDING. Every route is the client's
// practitioner's, through the one pipeline (full sign-in, CSRF on writes, BAA for PHI writes).
import crypto from 'node:crypto';
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../platform/runtime.ts';
import { defineRoute } from '../../http/pipeline.ts';
import { HttpError, badRequest, notFound } from '../../http/errors.ts';
import { audit, auditRead } from '../../audit/audit.ts';
import { enqueueJob } from '../../platform/jobs/queries.ts';
import type { TenantContext, Tx } from '../../db/tenant.ts';
import type { RecordingContentType } from '../../db/schema.ts';
import { clinicalAccess } from '../clients/policy.ts';
import { loadClient } from '../clients/queries.ts';
import { loadSession } from '../encounters/queries.ts';
import { deleteRecordingRows } from '../deletion/recordings.ts';
import { transcriptionGate } from '../transcription/index.ts';
import { clientConsent, recordConsent, requireConsent, sessionConsent } from './consent.ts';
import { DECODABLE } from './audio/decode.ts';
import {
  ABANDONED_AFTER_MS,
  CHUNK_BYTES,
  MAX_TOTAL_BYTES,
  UNTRANSCRIBED_MS,
  UploadClosed,
  assembleAudio,
  chunkCount,
  expectedChunkSize,
  receivedChunks,
  removeBlobsVerified,
  storeChunk,
  type RecordingRow,
} from './store.ts';
import { RECORDING_TRANSCRIBE, TRANSCRIBE_ATTEMPTS } from './job.ts';

const TAGS = ['recording'];
const CONTENT_TYPES = ['audio/wav', 'audio/webm', 'audio/ogg', 'audio/mpeg', 'audio/pcm;rate=16000'] as const satisfies readonly RecordingContentType[];

const recordingView = z.object({
  id: z.uuid(),
  sessionId: z.uuid(),
  status: z.enum(['uploading', 'queued', 'transcribing', 'transcribed', 'failed']),
  receivedChunks: z.array(z.number().int()),
  totalBytes: z.number().int(),
  chunkBytes: z.number().int(),
  transcriptId: z.uuid().nullable(),
  error: z.string().nullable(),
});

const idParams = z.strictObject({ id: z.uuid() });
const METHODS = ['verbal', 'written', 'electronic'] as const;

function present(r: RecordingRow, received: number[]): z.infer<typeof recordingView> {
  return {
    id: r.id,
    sessionId: r.session_id,
    status: r.status,
    receivedChunks: received,
    totalBytes: r.total_bytes,
    chunkBytes: r.chunk_bytes,
    transcriptId: r.transcript_id,
    error: r.error_code,
  };
}

const gone = (): HttpError => notFound('recording');

/** The caller's own recording (RLS: its uploader only), optionally locked. */
async function loadRecording(trx: Tx, id: string, lock = false): Promise<RecordingRow> {
  const q = trx.selectFrom('recordings').selectAll().where('id', '=', id);
  const row = await (lock ? q.forUpdate() : q).executeTakeFirst();
  if (row === undefined) throw gone();
  return row;
}

/** Consent, then the transcription module's gate (client AI switch for remote providers, vendor BAA). */
async function requireAllowed(trx: Tx, ctx: TenantContext, clientId: string, sessionId: string): Promise<void> {
  await requireConsent(trx, clientId, sessionId);
  const gate = await transcriptionGate(trx, ctx.practiceId, clientId);
  if (!gate.ok) throw new HttpError(409, gate.code, gate.message);
}

export function recordingRoutes(app: FastifyInstance, runtime: Runtime): void {
  // Chunks are raw bytes. Registered for application/octet-stream only, so every other route
  // still takes JSON alone (bytes sent there fail its schema).
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: CHUNK_BYTES }, (_req, body, done) => done(null, body));

  defineRoute(app, runtime, {
    method: 'PUT',
    url: '/api/clients/:clientId/recording-consent',
    summary: "Record whether the client consents to sessions being recorded, and how consent was given",
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner'],
    phiWrite: true,
    schema: {
      params: z.strictObject({ clientId: z.uuid() }),
      body: z.strictObject({ consented: z.boolean(), method: z.enum(['verbal', 'written', 'electronic']) }),
      response: { 200: z.object({ clientId: z.uuid(), consented: z.boolean(), method: z.enum(['verbal', 'written', 'electronic']), recordedAt: z.string() }) },
    },
    handler: async ({ tenant, params, body }) =>
      tenant(async (trx, ctx) => {
        const client = await loadClient(trx, await clinicalAccess(trx, ctx, 'write'), params.clientId, 'write');
        const row = await recordConsent(trx, ctx, runtime.clock.now(), { clientId: client.id, sessionId: null }, body.consented, body.method);
        return { clientId: client.id, consented: row.consented, method: body.method, recordedAt: row.recorded_at.toISOString() };
      }),
  });

  // Read back (so the recording panel does not ask again, and audit again, each time it opens).
  // `recordedAt: null`: never asked; `consented: false` with a date: declined or withdrawn.
  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/clients/:clientId/recording-consent',
    summary: "The client's latest answer about being recorded, and how it was given (none yet: recordedAt null)",
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner'],
    schema: {
      params: z.strictObject({ clientId: z.uuid() }),
      response: { 200: z.object({ clientId: z.uuid(), consented: z.boolean(), method: z.enum(METHODS).nullable(), recordedAt: z.string().nullable() }) },
    },
    handler: async ({ tenant, params }) =>
      tenant(async (trx, ctx) => {
        const client = await loadClient(trx, await clinicalAccess(trx, ctx), params.clientId, 'read');
        const row = await clientConsent(trx, client.id);
        auditRead(trx, ctx, { action: 'recording.consent_read', resourceType: 'client', resourceId: client.id, metadata: { client: client.id } });
        return { clientId: client.id, consented: row?.consented === true, method: row?.method ?? null, recordedAt: row?.recorded_at.toISOString() ?? null };
      }),
  });

  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/sessions/:sessionId/recording-consent',
    summary: "The latest answer about recording this session (none yet: recordedAt null)",
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner'],
    schema: {
      params: z.strictObject({ sessionId: z.uuid() }),
      response: { 200: z.object({ sessionId: z.uuid(), consented: z.boolean(), recordedAt: z.string().nullable() }) },
    },
    handler: async ({ tenant, params }) =>
      tenant(async (trx, ctx) => {
        const session = await loadSession(trx, await clinicalAccess(trx, ctx), params.sessionId, 'read');
        const row = await sessionConsent(trx, session.id);
        auditRead(trx, ctx, { action: 'recording.consent_read', resourceType: 'therapy_session', resourceId: session.id, metadata: { client: session.client_id } });
        return { sessionId: session.id, consented: row?.consented === true, recordedAt: row?.recorded_at.toISOString() ?? null };
      }),
  });

  defineRoute(app, runtime, {
    method: 'PUT',
    url: '/api/sessions/:sessionId/recording-consent',
    summary: 'Record whether the client consents to this session being recorded (needs the client’s consent first)',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner'],
    phiWrite: true,
    schema: {
      params: z.strictObject({ sessionId: z.uuid() }),
      body: z.strictObject({ consented: z.boolean() }),
      response: { 200: z.object({ sessionId: z.uuid(), consented: z.boolean(), recordedAt: z.string() }) },
    },
    handler: async ({ tenant, params, body }) =>
      tenant(async (trx, ctx) => {
        const session = await loadSession(trx, await clinicalAccess(trx, ctx, 'write'), params.sessionId, 'write');
        if (body.consented) {
          const client = await trx.selectFrom('recording_consents').select('consented').where('client_id', '=', session.client_id).where('session_id', 'is', null).executeTakeFirst();
          if (client?.consented !== true) throw new HttpError(409, 'client_consent_required', "Record the client's consent to recording first (on the client's page).");
        }
        const row = await recordConsent(trx, ctx, runtime.clock.now(), { clientId: session.client_id, sessionId: session.id }, body.consented, null);
        return { sessionId: session.id, consented: row.consented, recordedAt: row.recorded_at.toISOString() };
      }),
  });

  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/sessions/:sessionId/recordings',
    summary: 'Start a chunked, resumable upload of a session’s recording (client and session consent required)',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner'],
    phiWrite: true,
    schema: {
      params: z.strictObject({ sessionId: z.uuid() }),
      body: z.strictObject({
        contentType: z.enum(CONTENT_TYPES),
        totalBytes: z.number().int().min(1).max(MAX_TOTAL_BYTES, { message: `must be at most ${MAX_TOTAL_BYTES / 1024 / 1024} MiB` }),
      }),
      response: { 201: z.object({ id: z.uuid(), chunkBytes: z.number().int(), receivedChunks: z.array(z.number().int()), status: z.literal('uploading') }) },
    },
    handler: async ({ tenant, params, body, reply }) => {
      if (!DECODABLE.has(body.contentType)) {
        throw new HttpError(415, 'unsupported_audio_type', 'contentType: this server decodes WAV, Ogg Opus, MP3 and 16 kHz 16-bit PCM, not WebM; convert the file or record in the browser.');
      }
      return tenant(async (trx, ctx) => {
        const session = await loadSession(trx, await clinicalAccess(trx, ctx, 'write'), params.sessionId, 'write');
        await requireAllowed(trx, ctx, session.client_id, session.id);
        const now = runtime.clock.now();
        const id = crypto.randomUUID();
        await trx
          .insertInto('recordings')
          .values({
            id,
            practice_id: ctx.practiceId,
            owner_id: ctx.userId,
            client_id: session.client_id,
            session_id: session.id,
            content_type: body.contentType,
            total_bytes: body.totalBytes,
            chunk_bytes: CHUNK_BYTES,
            status: 'uploading',
            created_at: now,
            updated_at: now,
            purge_after: new Date(now.getTime() + ABANDONED_AFTER_MS),
          })
          .execute();
        await audit(trx, ctx, { action: 'recording.start', resourceType: 'recording', resourceId: id, metadata: { session: session.id, bytes: body.totalBytes, type: body.contentType.replace(/^audio\//, '').replace(/;.*/, '') } });
        reply.code(201);
        return { id, chunkBytes: CHUNK_BYTES, receivedChunks: [], status: 'uploading' as const };
      });
    },
  });

  defineRoute(app, runtime, {
    method: 'PUT',
    url: '/api/recordings/:id/chunks/:index',
    summary: 'Upload one chunk of a recording (raw bytes; idempotent per index); sealed as it arrives',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner'],
    phiWrite: true,
    bodyLimit: CHUNK_BYTES,
    schema: {
      params: z.strictObject({ id: z.uuid(), index: z.coerce.number().int().min(0).max(65_535) }),
      response: { 200: z.object({ receivedChunks: z.array(z.number().int()) }) },
    },
    handler: async ({ tenant, params, body: raw, ctx }) => {
      const body: unknown = raw;
      if (!Buffer.isBuffer(body)) throw new HttpError(415, 'unsupported_media_type', 'body: send the chunk as application/octet-stream');
      const { rec, received } = await tenant(async (trx) => {
        const r = await loadRecording(trx, params.id);
        return { rec: r, received: await receivedChunks(trx, r.id) };
      });
      if (rec.status !== 'uploading') throw new HttpError(409, 'upload_closed', 'This upload is complete or was abandoned; start a new one.');
      const size = expectedChunkSize(rec, params.index);
      if (size === null) throw badRequest('index', `must be from 0 to ${chunkCount(rec) - 1}`);
      if (body.length !== size) throw badRequest('body', `chunk ${params.index} must be exactly ${size} bytes`);
      if (received.includes(params.index)) return { receivedChunks: received };
      if (ctx === null) throw gone();
      try {
        return { receivedChunks: await storeChunk(runtime, ctx, rec, params.index, body) };
      } catch (err) {
        if (err instanceof UploadClosed) throw new HttpError(409, 'upload_closed', 'This upload is complete or was abandoned; start a new one.');
        throw err;
      }
    },
  });

  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/recordings/:id',
    summary: 'A recording’s upload and transcription status (no audio, no text)',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner'],
    schema: { params: idParams, response: { 200: recordingView } },
    handler: async ({ tenant, params }) =>
      tenant(async (trx) => {
        const rec = await loadRecording(trx, params.id);
        return present(rec, await receivedChunks(trx, rec.id));
      }),
  });

  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/recordings/:id/complete',
    summary: 'Finish an upload: the chunks become one sealed audio file and transcription is queued',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner'],
    phiWrite: true,
    schema: { params: idParams, response: { 202: z.object({ status: z.enum(['queued', 'transcribing', 'transcribed', 'failed']) }) } },
    handler: async ({ tenant, params, reply, ctx }) => {
      const { rec, chunks } = await tenant(async (trx, c) => {
        const r = await loadRecording(trx, params.id);
        if (r.status !== 'uploading') return { rec: r, chunks: [] };
        // Consent may have been withdrawn, or the gate closed, since the upload began.
        await requireAllowed(trx, c, r.client_id, r.session_id);
        const rows = await trx.selectFrom('recording_chunks').select(['idx', 'blob_id']).where('recording_id', '=', r.id).orderBy('idx').execute();
        return { rec: r, chunks: rows };
      });
      reply.code(202);
      if (rec.status !== 'uploading') return { status: rec.status };
      const missing = chunkCount(rec) - chunks.length;
      if (missing > 0) throw new HttpError(409, 'chunks_missing', `${missing} chunk(s) not received yet; upload them, then complete.`);
      if (ctx === null) throw gone();
      const audioId = await assembleAudio(runtime, ctx, rec, chunks.map((c) => c.blob_id));
      const done = await tenant(async (trx, c) => {
        const live = await trx.selectFrom('recordings').select('status').where('id', '=', rec.id).forUpdate().executeTakeFirst();
        if (live?.status !== 'uploading') return false; // completed twice at once, or discarded meanwhile
        const now = runtime.clock.now();
        const jobId = await enqueueJob(trx, c, now, { kind: RECORDING_TRANSCRIBE, payload: { recordingId: rec.id }, singletonKey: `recording:${rec.id}`, maxAttempts: TRANSCRIBE_ATTEMPTS });
        await trx.deleteFrom('recording_chunks').where('recording_id', '=', rec.id).execute();
        await trx
          .updateTable('recordings')
          .set({ status: 'queued', audio_blob_id: audioId, job_id: jobId, updated_at: now, purge_after: new Date(now.getTime() + UNTRANSCRIBED_MS) })
          .where('id', '=', rec.id)
          .execute();
        await audit(trx, c, { action: 'recording.complete', resourceType: 'recording', resourceId: rec.id, metadata: { session: rec.session_id, bytes: rec.total_bytes, chunks: chunks.length } });
        return true;
      });
      // The chunks are in the audio now; or, if this completion lost, its audio is not needed.
      await removeBlobsVerified(runtime, ctx.practiceId, done ? chunks.map((c) => c.blob_id) : [audioId]);
      if (!done) throw new HttpError(409, 'upload_closed', 'This upload is complete or was abandoned.');
      runtime.jobs.poke();
      return { status: 'queued' as const };
    },
  });

  defineRoute(app, runtime, {
    method: 'DELETE',
    url: '/api/recordings/:id',
    summary: 'Abandon an upload or delete a recording’s audio: nothing of it is left behind',
    tags: TAGS,
    auth: 'full',
    roles: ['practitioner'],
    schema: { params: idParams },
    handler: async ({ tenant, params, reply, ctx }) => {
      const removed = await tenant(async (trx, c) => {
        await loadRecording(trx, params.id, true);
        const r = await deleteRecordingRows(trx, [params.id]);
        await audit(trx, c, { action: 'recording.delete', resourceType: 'recording', resourceId: params.id, metadata: { reason: 'by_hand', chunks: r.chunks, audio: r.blobIds.length - r.chunks > 0 } });
        return r;
      });
      if (ctx !== null) await removeBlobsVerified(runtime, ctx.practiceId, removed.blobIds);
      return reply.code(204).send();
    },
  });
}
