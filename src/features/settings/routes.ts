// Practice privacy settings (R37 redaction toggles and topics, R42 AI on/off) and the
// subprocessor registry (R12, R27).
import crypto from 'node:crypto';
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../platform/runtime.ts';
import { defineRoute } from '../../http/pipeline.ts';
import { HttpError, notFound } from '../../http/errors.ts';
import { audit } from '../../audit/audit.ts';
import type { Tx, TenantContext } from '../../db/tenant.ts';
import { loadSettings, vendorAllowsAi } from './policy.ts';
import { isoDateOrNull } from '../../db/dates.ts';

const TOPICS = ['immigration', 'sexual', 'abuse'] as const;

// A practice's own topic patterns run over transcripts: keep them short and refuse nested
// quantifiers, the usual shape of catastrophic backtracking.
const pattern = z
  .string()
  .min(1)
  .max(200)
  .refine((p) => {
    try {
      new RegExp(p, 'iu');
      return true;
    } catch {
      return false;
    }
  }, { message: 'is not a valid regular expression' })
  .refine((p) => !/[+*}]\)?[+*{]/.test(p) && !/\([^)]*[+*][^)]*\)[+*{]/.test(p), { message: 'has nested repetition, which can make redaction hang' });

const customTopic = z.strictObject({
  name: z.string().regex(/^[a-z][a-z0-9_-]{0,39}$/, { message: 'must be a short lower-case name' }),
  phrases: z.array(z.string().trim().min(2).max(100)).max(100).default([]),
  patterns: z.array(pattern).max(20).default([]),
});

const PROVIDERS = ['local', 'anthropic', 'openai', 'onprem'] as const;

const settingsOut = z.object({
  aiEnabled: z.boolean(),
  aiProvider: z.enum(PROVIDERS),
  /** The operator's self-hosted model server (AI_ONPREM_*): whether there is one, and its model. Never its address. */
  onPremises: z.object({ configured: z.boolean(), model: z.string().nullable() }),
  aiVendorId: z.uuid().nullable(),
  redactTranscripts: z.boolean(),
  activeTopics: z.array(z.enum(TOPICS)),
  customTopics: z.array(z.object({ name: z.string(), phrases: z.array(z.string()), patterns: z.array(z.string()) })),
});

const vendorIn = z.strictObject({
  name: z.string().trim().min(1).max(120),
  category: z.enum(['database_host', 'email', 'ai', 'transcription', 'analytics', 'storage', 'other']),
  /**
   * AI: anthropic, openai, or 'onprem' (the practice's own model server: kind on-premises, no BAA).
   * Transcription (migration 0026, recording mode): deepgram, openai-compatible (a hosted API), or
   * 'onprem' (the practice's own transcription server).
   */
  provider: z.enum(['anthropic', 'openai', 'onprem', 'deepgram', 'openai-compatible']).nullable().default(null),
  purpose: z.string().trim().min(1).max(500),
  dataCategories: z.array(z.string().trim().min(1).max(60)).max(20).default([]),
  baaStatus: z.enum(['signed', 'pending', 'none']),
  baaSignedOn: z.iso.date().nullable().default(null),
  zeroRetention: z.boolean().default(false),
  noTraining: z.boolean().default(false),
});

const vendorOut = z.object({
  id: z.uuid(),
  name: z.string(),
  category: z.string(),
  provider: z.string().nullable(),
  /** 'on_premises': the data stays with the covered entity (no BAA needed); 'vendor': a business associate. */
  kind: z.enum(['vendor', 'on_premises']),
  purpose: z.string(),
  dataCategories: z.array(z.string()),
  baaStatus: z.enum(['signed', 'pending', 'none']),
  baaSignedOn: z.string().nullable(),
  zeroRetention: z.boolean(),
  noTraining: z.boolean(),
});

type VendorRow = Awaited<ReturnType<typeof loadVendor>>;
async function loadVendor(trx: Tx, id: string) {
  return trx.selectFrom('subprocessors').selectAll().where('id', '=', id).executeTakeFirst();
}

const presentVendor = (v: NonNullable<VendorRow>) => ({
  id: v.id,
  name: v.name,
  category: v.category,
  provider: v.provider,
  kind: v.provider === 'onprem' ? ('on_premises' as const) : ('vendor' as const),
  purpose: v.purpose,
  dataCategories: v.data_categories,
  baaStatus: v.baa_status,
  baaSignedOn: isoDateOrNull(v.baa_signed_on),
  zeroRetention: v.zero_retention,
  noTraining: v.no_training,
});

/** The registry columns a vendor body sets, the same for a new entry and an update. */
function vendorColumns(body: z.output<typeof vendorIn>) {
  return {
    name: body.name,
    category: body.category,
    provider: body.provider,
    purpose: body.purpose,
    data_categories: body.dataCategories,
    baa_status: body.baaStatus,
    baa_signed_on: body.baaSignedOn,
    zero_retention: body.zeroRetention,
    no_training: body.noTraining,
  };
}

function checkVendorShape(body: { category: string; provider: string | null; baaStatus: string; baaSignedOn: string | null }): void {
  if (body.category === 'transcription') {
    if (body.provider !== null && !['deepgram', 'openai-compatible', 'onprem'].includes(body.provider)) {
      throw new HttpError(400, 'validation_failed', 'body.provider: a transcription vendor is deepgram, openai-compatible or onprem');
    }
  } else if ((body.category === 'ai') !== (body.provider !== null) || (body.category === 'ai' && !['anthropic', 'openai', 'onprem'].includes(body.provider!))) {
    throw new HttpError(400, 'validation_failed', 'body.provider: is required for AI vendors (anthropic, openai or onprem) and, besides transcription vendors, only for them');
  }
  if ((body.baaStatus === 'signed') !== (body.baaSignedOn !== null)) {
    throw new HttpError(400, 'validation_failed', 'body.baaSignedOn: give the signing date exactly when the BAA is signed');
  }
}

/** If the vendor behind AI no longer passes the gate, AI goes off, and the change is audited. */
async function enforceVendorGate(trx: Tx, ctx: TenantContext): Promise<void> {
  const s = await loadSettings(trx, ctx.practiceId);
  if (!s.ai_enabled || s.ai_provider === 'local' || s.ai_vendor_id === null) return;
  const v = await loadVendor(trx, s.ai_vendor_id);
  if (vendorAllowsAi(v, s.ai_provider).ok) return;
  await trx.updateTable('practice_settings').set({ ai_enabled: false, updated_at: new Date(), updated_by: ctx.userId }).where('practice_id', '=', ctx.practiceId).execute();
  await audit(trx, ctx, { action: 'settings.ai_disabled', resourceType: 'practice', resourceId: ctx.practiceId, metadata: { reason: 'vendor_gate' } });
}

const onPremises = (runtime: Runtime) => ({ configured: runtime.config.AI_ONPREM_BASE_URL !== undefined, model: runtime.config.AI_ONPREM_BASE_URL === undefined ? null : (runtime.config.AI_ONPREM_MODEL ?? null) });

export function settingsRoutes(app: FastifyInstance, runtime: Runtime): void {
  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/practice/settings',
    summary: 'Privacy settings: redaction toggles and topics, AI on/off and provider',
    tags: ['settings'],
    auth: 'full',
    roles: ['owner', 'practitioner', 'supervisor', 'helpdesk'],
    schema: { response: { 200: settingsOut } },
    handler: async ({ tenant }) =>
      tenant(async (trx, ctx) => {
        const s = await loadSettings(trx, ctx.practiceId);
        return {
          aiEnabled: s.ai_enabled,
          aiProvider: s.ai_provider,
          aiVendorId: s.ai_vendor_id,
          onPremises: onPremises(runtime),
          redactTranscripts: s.redact_transcripts,
          activeTopics: s.active_topics.filter((t): t is (typeof TOPICS)[number] => (TOPICS as readonly string[]).includes(t)),
          customTopics: s.custom_topics,
        };
      }),
  });

  defineRoute(app, runtime, {
    method: 'PUT',
    url: '/api/practice/settings',
    summary: 'Change privacy settings (owners, with a fresh second factor). AI with a vendor needs its signed BAA.',
    tags: ['settings'],
    auth: 'full',
    roles: ['owner'],
    stepUp: true,
    schema: {
      body: z.strictObject({
        aiEnabled: z.boolean(),
        aiProvider: z.enum(PROVIDERS),
        aiVendorId: z.uuid().nullable(),
        redactTranscripts: z.boolean(),
        activeTopics: z.array(z.enum(TOPICS)).max(3),
        customTopics: z.array(customTopic).max(20),
      }),
      response: { 200: settingsOut },
    },
    handler: async ({ tenant, body }) =>
      tenant(async (trx, ctx) => {
        if (body.aiEnabled && body.aiProvider === 'onprem' && runtime.config.AI_ONPREM_BASE_URL === undefined) {
          throw new HttpError(409, 'provider_not_configured', 'No self-hosted model server is configured for this installation. The operator sets AI_ONPREM_BASE_URL.');
        }
        if (body.aiEnabled && body.aiProvider !== 'local') {
          if (body.aiVendorId === null) throw new HttpError(409, 'vendor_missing', 'Choose the AI vendor from the subprocessor registry.');
          const gate = vendorAllowsAi(await loadVendor(trx, body.aiVendorId), body.aiProvider);
          if (!gate.ok) throw new HttpError(409, gate.code, gate.message);
        }
        const names = new Set<string>();
        for (const t of body.customTopics) {
          if (names.has(t.name)) throw new HttpError(400, 'validation_failed', 'body.customTopics: topic names must be unique');
          names.add(t.name);
        }
        const values = {
          ai_enabled: body.aiEnabled,
          ai_provider: body.aiProvider,
          ai_vendor_id: body.aiProvider === 'local' ? null : body.aiVendorId,
          redact_transcripts: body.redactTranscripts,
          active_topics: [...new Set(body.activeTopics)],
          custom_topics: JSON.stringify(body.customTopics),
          updated_at: new Date(),
          updated_by: ctx.userId,
        };
        await trx
          .insertInto('practice_settings')
          .values({ practice_id: ctx.practiceId, ...values })
          .onConflict((oc) => oc.column('practice_id').doUpdateSet(values))
          .execute();
        await audit(trx, ctx, {
          action: 'settings.update',
          resourceType: 'practice',
          resourceId: ctx.practiceId,
          metadata: { ai: body.aiEnabled, provider: body.aiProvider, redactTranscripts: body.redactTranscripts, topics: values.active_topics.length, customTopics: body.customTopics.length },
        });
        return {
          aiEnabled: values.ai_enabled,
          aiProvider: values.ai_provider,
          aiVendorId: values.ai_vendor_id,
          onPremises: onPremises(runtime),
          redactTranscripts: values.redact_transcripts,
          activeTopics: values.active_topics,
          customTopics: body.customTopics,
        };
      }),
  });

  defineRoute(app, runtime, {
    method: 'GET',
    url: '/api/practice/subprocessors',
    summary: 'The subprocessor registry: vendors, purpose, data categories, BAA status',
    tags: ['settings'],
    auth: 'full',
    roles: ['owner', 'practitioner', 'supervisor', 'helpdesk'],
    schema: { response: { 200: z.object({ subprocessors: z.array(vendorOut) }) } },
    handler: async ({ tenant }) =>
      tenant(async (trx, ctx) => {
        const rows = await trx.selectFrom('subprocessors').selectAll().where('practice_id', '=', ctx.practiceId).orderBy('name').execute();
        return { subprocessors: rows.map(presentVendor) };
      }),
  });

  defineRoute(app, runtime, {
    method: 'POST',
    url: '/api/practice/subprocessors',
    summary: 'Add a vendor to the registry (owners)',
    tags: ['settings'],
    auth: 'full',
    roles: ['owner'],
    schema: { body: vendorIn, response: { 201: vendorOut } },
    handler: async ({ tenant, body, reply }) => {
      checkVendorShape(body);
      const row = await tenant(async (trx, ctx) => {
        const r = await trx
          .insertInto('subprocessors')
          .values({
            id: crypto.randomUUID(),
            practice_id: ctx.practiceId,
            ...vendorColumns(body),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(trx, ctx, { action: 'subprocessor.create', resourceType: 'subprocessor', resourceId: r.id, metadata: { category: body.category, baa: body.baaStatus } });
        return r;
      });
      return reply.code(201).send(presentVendor(row));
    },
  });

  defineRoute(app, runtime, {
    method: 'PUT',
    url: '/api/practice/subprocessors/:id',
    summary: "Update a vendor (owners). If its BAA stops being signed, features bound to it turn off.",
    tags: ['settings'],
    auth: 'full',
    roles: ['owner'],
    schema: { params: z.strictObject({ id: z.uuid() }), body: vendorIn, response: { 200: vendorOut } },
    handler: async ({ tenant, body, params }) => {
      checkVendorShape(body);
      return tenant(async (trx, ctx) => {
        const r = await trx
          .updateTable('subprocessors')
          .set({
            ...vendorColumns(body),
            updated_at: new Date(),
          })
          .where('id', '=', params.id)
          .returningAll()
          .executeTakeFirst();
        if (r === undefined) throw notFound('subprocessor');
        await audit(trx, ctx, { action: 'subprocessor.update', resourceType: 'subprocessor', resourceId: r.id, metadata: { baa: body.baaStatus } });
        await enforceVendorGate(trx, ctx);
        return presentVendor(r);
      });
    },
  });

  defineRoute(app, runtime, {
    method: 'DELETE',
    url: '/api/practice/subprocessors/:id',
    summary: 'Remove a vendor from the registry (owners); refused while a feature uses it',
    tags: ['settings'],
    auth: 'full',
    roles: ['owner'],
    schema: { params: z.strictObject({ id: z.uuid() }), response: { 200: z.object({ status: z.literal('deleted') }) } },
    handler: async ({ tenant, params }) =>
      tenant(async (trx, ctx) => {
        const s = await loadSettings(trx, ctx.practiceId);
        if (s.ai_vendor_id === params.id) throw new HttpError(409, 'vendor_in_use', 'This vendor is the practice AI provider. Switch AI to another provider first.');
        if ('transcription_vendor_id' in s && s.transcription_vendor_id === params.id) {
          throw new HttpError(409, 'vendor_in_use', 'This vendor transcribes the practice recordings. Choose another transcription engine first.');
        }
        const r = await trx.deleteFrom('subprocessors').where('id', '=', params.id).executeTakeFirst();
        if (Number(r.numDeletedRows) === 0) throw notFound('subprocessor');
        await audit(trx, ctx, { action: 'subprocessor.delete', resourceType: 'subprocessor', resourceId: params.id });
        return { status: 'deleted' as const };
      }),
  });
}
