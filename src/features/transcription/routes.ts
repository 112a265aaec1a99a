// The practice's transcription settings (recording mode only: registered by the recording module,
// so in a no-recording deployment these routes do not exist, R06). Owners choose the engine and,
// for a network engine, its subprocessor registry entry; the vendor gate is checked on saving,
// as for AI (R12, R27), and again before every upload and every call.
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../platform/runtime.ts';
import { defineRoute } from '../../http/pipeline.ts';
import { HttpError } from '../../http/errors.ts';
import { audit } from '../../audit/audit.ts';
import { transcriptionConfig, type TranscriptionConfig } from './config.ts';
import { executableFound, loadTranscriptionSettings, practiceAllowsTranscription } from './policy.ts';

const ENGINES = ['pocketsphinx', 'deepgram', 'openai-compatible'] as const;

const settingsOut = z.object({
  provider: z.enum(ENGINES),
  vendorId: z.uuid().nullable(),
  /** What the operator configured on this server (never an address or a key). */
  available: z.object({ pocketsphinx: z.boolean(), deepgram: z.boolean(), openaiCompatible: z.object({ configured: z.boolean(), model: z.string().nullable() }) }),
  /** Whether the chosen engine may be used now, and if not, why. */
  status: z.object({ ok: z.boolean(), code: z.string().nullable(), message: z.string().nullable(), remote: z.boolean().nullable() }),
});

const available = (c: TranscriptionConfig) => ({
  pocketsphinx: executableFound(c.TRANSCRIBE_POCKETSPHINX_BIN),
  deepgram: c.TRANSCRIBE_DEEPGRAM_API_KEY !== undefined,
  openaiCompatible: { configured: c.TRANSCRIBE_OPENAI_BASE_URL !== undefined, model: c.TRANSCRIBE_OPENAI_BASE_URL === undefined ? null : c.TRANSCRIBE_OPENAI_MODEL },
});

export function transcriptionRoutes(app: FastifyInstance, runtime: Runtime): void {
  // Read and check the operator's variables now: a bad one stops start-up, naming it.
  const c = transcriptionConfig();
  if (!executableFound(c.TRANSCRIBE_POCKETSPHINX_BIN)) {
    runtime.logger.warn({ event: 'transcription.engine_missing', engine: 'pocketsphinx' }, 'offline transcription is not installed (apt-get install pocketsphinx pocketsphinx-en-us); practices using it are refused until it is');
  }

  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/practice/transcription',
    summary: 'Transcription settings (recording mode): the engine, its registry entry, and whether it may be used',
    tags: ['settings'],
    auth: 'full',
    roles: ['owner', 'practitioner', 'supervisor', 'helpdesk'],
    schema: { response: { 200: settingsOut } },
    handler: async ({ tenant }) =>
      tenant(async (trx, ctx) => {
        const c = transcriptionConfig();
        const s = await loadTranscriptionSettings(trx, ctx.practiceId);
        const g = await practiceAllowsTranscription(trx, c, s);
        return {
          provider: s.provider,
          vendorId: s.vendorId,
          available: available(c),
          status: g.ok ? { ok: true, code: null, message: null, remote: g.remote } : { ok: false, code: g.code, message: g.message, remote: null },
        };
      }),
  });

  defineRoute(app, runtime, {
    method: 'PUT',
    url: '/api/practice/transcription',
    summary: 'Choose the transcription engine (owners, with a fresh second factor). A vendor needs its signed BAA.',
    tags: ['settings'],
    auth: 'full',
    roles: ['owner'],
    stepUp: true,
    schema: {
      body: z.strictObject({ provider: z.enum(ENGINES), vendorId: z.uuid().nullable() }),
      response: { 200: settingsOut },
    },
    handler: async ({ tenant, body }) =>
      tenant(async (trx, ctx) => {
        const c = transcriptionConfig();
        const vendorId = body.provider === 'pocketsphinx' ? null : body.vendorId;
        const current = await loadTranscriptionSettings(trx, ctx.practiceId);
        const g = await practiceAllowsTranscription(trx, c, { provider: body.provider, vendorId, aiEnabled: current.aiEnabled });
        // A practice with AI off may still prepare a vendor (it is refused per upload); every other refusal stops here.
        if (!g.ok && g.code !== 'ai_disabled_practice') throw new HttpError(409, g.code, g.message);
        const values = { transcription_provider: body.provider, transcription_vendor_id: vendorId, updated_at: new Date(), updated_by: ctx.userId };
        await trx
          .insertInto('practice_settings')
          .values({ practice_id: ctx.practiceId, ...values })
          .onConflict((oc) => oc.column('practice_id').doUpdateSet(values))
          .execute();
        await audit(trx, ctx, { action: 'settings.transcription', resourceType: 'practice', resourceId: ctx.practiceId, metadata: { provider: body.provider, remote: g.ok ? g.remote : true } });
        return {
          provider: body.provider,
          vendorId,
          available: available(c),
          status: g.ok ? { ok: true, code: null, message: null, remote: g.remote } : { ok: false, code: g.code, message: g.message, remote: null },
        };
      }),
  });
}
