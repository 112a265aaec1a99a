// The AI gateway (issue 7, part 2): the one path every AI call takes.
//
//   gate ─► save the input (sealed) ─► pseudonymise ─► call with timeout and retries
//        ─► parse ─► re-identify ─► verify citations ─► save the output (sealed) + audit
//
// Gate: the practice has AI on, the client has AI on (R42), and a vendor provider is in the
// subprocessor registry with a signed BAA, zero retention and no training (R12, R27) — the same
// vendorAllowsAi() the settings use. A refusal is audited and says which rule refused.
//
// Two short transactions, not one: the provider call can take a minute, and holding a pooled
// connection (or PGlite's only one) and row locks across it would stall every other request. The
// input is committed before the call, so a timeout or an outage never loses it; a failed draft
// keeps its input and can be retried.
//
// Prompts and completions are never logged: they exist in memory, are sent to the provider
// pseudonymised, and are stored only sealed in ai_drafts. Audit rows hold sizes and ids (R24).
import crypto from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Runtime } from '../../platform/runtime.ts';
import type { Config } from '../../config/config.ts';
import type { TenantContext, Tx } from '../../db/tenant.ts';
import { audit } from '../../audit/audit.ts';
import { HttpError, notFound } from '../../http/errors.ts';
import { reidentify, type DeidContext, type PseudonymMap } from '../../deid/index.ts';
import type { ClinicalAccess } from '../clients/policy.ts';
import { loadClient } from '../clients/queries.ts';
import { sealerOf, type Sealer } from '../clients/seal.ts';
import { draftBoxOf, type DraftBox } from './store.ts';
import { checkSessionOfClient } from '../notes/queries.ts';
import type { NoteFormat } from '../notes/templates.ts';
import { loadPlan, loadVersion, openSnapshot } from '../plans/queries.ts';
import { loadSettings, vendorAllowsAi } from '../settings/policy.ts';
import { segmentSource, type SourceKind } from './grounding.ts';
import { ANSWER_JSON_SCHEMA, buildPayload, parseAnswer, SYSTEM_PROMPT, type Answer } from './prompt.ts';
import { pseudonymizeSegments } from './pseudo.ts';
import { verifyAnswer, type VerifiedDraft } from './verify.ts';
import { anthropicProvider } from './providers/anthropic.ts';
import { localProvider } from './providers/local.ts';
import { openaiProvider } from './providers/openai.ts';
import { ProviderError, type DraftProvider, type ProviderName } from './providers/types.ts';

export interface DraftInput {
  format: NoteFormat;
  source: { kind: SourceKind; text: string };
  sessionId: string | null;
  planId: string | null;
}

export type TenantFn = <T>(fn: (trx: Tx, ctx: TenantContext) => Promise<T>) => Promise<T>;

export interface GatewayOptions {
  /** Tests and the benchmark may swap how providers are built; production uses the config. */
  providerFor?: (name: ProviderName, config: Config) => DraftProvider;
  sleep?: (ms: number) => Promise<void>;
}

/** Where the time went, per phase (milliseconds). For the benchmark; never sent to the client. */
export interface Timings {
  totalMs: number;
  providerMs: number;
  /** Gate, loads and the sealed input saved (first transaction). */
  prepareMs: number;
  /** Segmenting, pseudonymisation and the prompt. */
  pseudonymiseMs: number;
  /** Parsing, re-identification and citation checks. */
  verifyMs: number;
  /** Sealed output and audit (second transaction). */
  finishMs: number;
}

export interface DraftResult {
  id: string;
  status: 'done';
  format: NoteFormat;
  provider: ProviderName;
  model: string;
  draft: VerifiedDraft;
  /** Not part of the API: how long the provider took versus everything around it. */
  timings: Timings;
}

/** A refused call: which rule refused, in words the clinician can act on. */
export class AiRefusedError extends HttpError {
  constructor(code: string, message: string) {
    super(code === 'provider_not_configured' ? 503 : 403, code, message);
  }
}

/** The provider failed after its retries. The input is saved as draft `draftId`. */
export class DraftFailedError extends HttpError {
  constructor(
    readonly draftId: string,
    code: 'provider_timeout' | 'provider_unavailable' | 'provider_rejected' | 'provider_malformed',
  ) {
    const what = {
      provider_timeout: 'The AI provider did not answer in time.',
      provider_unavailable: 'The AI provider is unavailable right now.',
      provider_rejected: 'The AI provider refused the request.',
      provider_malformed: 'The AI provider gave an answer Tacet could not read.',
    }[code];
    super(code === 'provider_rejected' ? 502 : 503, code, `${what} Your input is saved; retry the draft in a moment, or write the note yourself.`);
  }
}

export function defaultProviderFor(name: ProviderName, config: Config): DraftProvider {
  switch (name) {
    case 'local':
      return localProvider();
    case 'anthropic':
      return anthropicProvider({ apiKey: config.AI_ANTHROPIC_API_KEY, model: config.AI_ANTHROPIC_MODEL, baseURL: config.AI_ANTHROPIC_BASE_URL });
    case 'openai':
      return openaiProvider({ apiKey: config.AI_OPENAI_API_KEY, model: config.AI_OPENAI_MODEL, baseURL: config.AI_OPENAI_BASE_URL });
    case 'onprem':
      // Unconfigured, it points nowhere; the gate refuses before any call (provider_not_configured).
      return openaiProvider({ name: 'onprem', apiKey: config.AI_ONPREM_API_KEY, model: config.AI_ONPREM_MODEL ?? 'unconfigured', baseURL: config.AI_ONPREM_BASE_URL ?? 'http://127.0.0.1:9/v1' });
  }
}

/** Audit metadata admits short lower-case tokens: a model name is folded into one. */
export function modelToken(model: string): string {
  return (
    model
      .toLowerCase()
      .replace(/[^a-z0-9_.:-]+/g, '-')
      .slice(0, 64) || 'unknown'
  );
}

interface Prepared {
  draftId: string;
  clientId: string;
  input: DraftInput;
  provider: DraftProvider;
  deid: DeidContext;
  /** Plan goals as sent: short id → real goal id, and their text. */
  goals: Array<{ short: string; id: string; text: string }>;
}

type Refusal = { code: string; message: string };
type Settings = Awaited<ReturnType<typeof loadSettings>>;

async function gate(trx: Tx, config: Config, settings: Settings, aiDisabledForClient: boolean, provider: DraftProvider): Promise<Refusal | null> {
  if (!settings.ai_enabled) {
    return { code: 'ai_disabled_practice', message: 'AI drafting is turned off for this practice. The practice owner can turn it on on the Privacy screen, under Redaction and AI.' };
  }
  if (aiDisabledForClient) {
    return { code: 'ai_disabled_client', message: 'AI drafting is turned off for this client. Change it in the client’s settings, or write the note yourself.' };
  }
  if (provider.name !== 'local') {
    const vendor =
      settings.ai_vendor_id === null ? undefined : await trx.selectFrom('subprocessors').selectAll().where('id', '=', settings.ai_vendor_id).executeTakeFirst();
    const v = vendorAllowsAi(vendor, provider.name);
    if (!v.ok) return { code: v.code, message: v.message };
    if (provider.name === 'anthropic' && config.AI_ANTHROPIC_API_KEY === undefined) {
      return { code: 'provider_not_configured', message: 'The AI provider is not configured on this server (no API key). Ask your administrator.' };
    }
    if (provider.name === 'onprem' && config.AI_ONPREM_BASE_URL === undefined) {
      return { code: 'provider_not_configured', message: 'No self-hosted model server is configured for this installation (AI_ONPREM_BASE_URL). Ask your administrator.' };
    }
  }
  return null;
}

async function prepare(
  trx: Tx,
  ctx: TenantContext,
  runtime: Runtime,
  keysOf: ClientKeys,
  clientId: string,
  input: DraftInput,
  opts: GatewayOptions,
  existingId: string | null,
): Promise<Prepared | Refusal> {
  // Drafting a note is writing the record: the owning practitioner only. The write rule needs no
  // grant lookup (grantees only ever read), so the access object is built without one query.
  const owns = (row: { owner_id: string }): boolean => ctx.roles.includes('practitioner') && row.owner_id === ctx.userId;
  const access: ClinicalAccess = { canRead: owns, canWrite: owns, canReadAuthorOnly: owns };
  const client = await loadClient(trx, access, clientId, 'write');
  // The client's key only once the client is known to be the caller's (never a key for any id).
  const { s, box } = await keysOf(client.id);
  if (input.sessionId !== null) await checkSessionOfClient(trx, input.sessionId, clientId, ctx.userId);
  const goals: Prepared['goals'] = [];
  if (input.planId !== null) {
    // The client's plans are its owner's, so the same rule reads them.
    const plan = await loadPlan(trx, access, input.planId, 'read');
    if (plan.client_id !== clientId) throw notFound('treatment plan');
    const snap = openSnapshot(s, await loadVersion(trx, plan.id, plan.current_version));
    for (const p of snap.problems) for (const g of p.goals) goals.push({ short: `g${goals.length + 1}`, id: g.id, text: g.text });
  }
  const settings = await loadSettings(trx, ctx.practiceId);
  const provider = (opts.providerFor ?? defaultProviderFor)(settings.ai_provider, runtime.config);
  const refusal = await gate(trx, runtime.config, settings, client.ai_disabled, provider);
  if (refusal !== null) {
    await audit(trx, ctx, {
      action: 'ai.draft',
      resourceType: 'client',
      resourceId: clientId,
      outcome: 'denied',
      metadata: { provider: provider.name, purpose: 'note_draft', reason: refusal.code },
    });
    return refusal;
  }
  const me = await trx.selectFrom('users').select('name').where('id', '=', ctx.userId).executeTakeFirst();
  const knownPeople = client.known_people_sealed === null ? [] : s.openJson<string[]>('clients', 'known_people', client.id, client.known_people_sealed);
  const knownNames = [client.label, ...(me?.name ? [me.name] : []), ...knownPeople];
  const deid: DeidContext = {
    knownNames,
    // The practice's sensitive topics never leave either (R36, R37).
    topics: settings.active_topics,
    customTopics: settings.custom_topics,
  };
  const draftId = existingId ?? crypto.randomUUID();
  const row = {
    format: input.format,
    source_kind: input.source.kind,
    provider: provider.name,
    model: provider.model.slice(0, 100),
    status: 'pending' as const,
    error_code: null,
    updated_at: new Date(),
  };
  if (existingId === null) {
    await trx
      .insertInto('ai_drafts')
      .values({
        id: draftId,
        practice_id: ctx.practiceId,
        owner_id: ctx.userId,
        client_id: clientId,
        session_id: input.sessionId,
        plan_id: input.planId,
        input_sealed: box.seal('input', draftId, input),
        output_sealed: null,
        ...draftRetention(runtime.config.AI_DRAFT_RETENTION_DAYS, input.source.kind, client),
        ...row,
      })
      .execute();
  } else {
    await trx.updateTable('ai_drafts').set({ ...row, output_sealed: null }).where('id', '=', draftId).execute();
  }
  return { draftId, clientId, input, provider, deid, goals };
}

/**
 * R31 for drafts, copied when the draft is made (as a transcript copies it when saved): a draft
 * is working material, kept AI_DRAFT_RETENTION_DAYS; one made from a transcript never outlives
 * the client's transcript rule — N days, or the signing of the session's note (migration 0012's
 * trigger).
 */
export function draftRetention(
  retentionDays: number,
  kind: DraftInput['source']['kind'],
  client: { transcript_deletion: 'never' | 'on_sign' | 'after_days'; transcript_deletion_days: number | null },
  now = Date.now(),
): { delete_after: Date; delete_on_sign: boolean } {
  const transcript = kind === 'transcript';
  let days = retentionDays;
  if (transcript && client.transcript_deletion === 'after_days' && client.transcript_deletion_days !== null) days = Math.min(days, client.transcript_deletion_days);
  return { delete_after: new Date(now + days * 86_400_000), delete_on_sign: transcript && client.transcript_deletion === 'on_sign' };
}

interface CallOutcome {
  ok: boolean;
  answer?: Answer;
  restore: (t: string) => string;
  failure?: ProviderError;
  attempts: number;
  inputBytes: number;
  outputBytes: number;
  providerMs: number;
  pseudonymiseMs: number;
}

/** Pseudonymise, call with timeout and retries, parse. No database, no logging of text. */
async function callProvider(runtime: Runtime, p: Prepared, segments: ReturnType<typeof segmentSource>, opts: GatewayOptions): Promise<CallOutcome> {
  const tp = performance.now();
  const goalTexts = p.goals.map((g) => g.text);
  let segTexts = segments.map((s) => s.text);
  let restore = (t: string): string => t;
  if (p.provider.remote) {
    // Source and goal texts are pseudonymised together, so a person named in both gets one placeholder.
    const { texts, mapping } = pseudonymizeSegments([...segTexts, ...goalTexts], p.deid, { text: p.input.source.text, segments });
    segTexts = texts.slice(0, segTexts.length);
    goalTexts.splice(0, goalTexts.length, ...texts.slice(segments.length));
    const map: PseudonymMap = mapping;
    restore = (t) => reidentify(t, map);
  }
  const payload = buildPayload(
    p.input.format,
    p.input.source.kind,
    segments.map((s, i) => ({ id: s.id, text: segTexts[i]!, ...(s.speaker ? { speaker: s.speaker } : {}) })),
    p.goals.map((g, i) => ({ id: g.short, text: goalTexts[i]! })),
  );
  const user = JSON.stringify(payload);
  const inputBytes = Buffer.byteLength(user) + Buffer.byteLength(SYSTEM_PROMPT);
  const pseudonymiseMs = performance.now() - tp;
  const maxRetries = runtime.config.AI_MAX_RETRIES;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let providerMs = 0;
  let outputBytes = 0;
  for (let attempt = 1; ; attempt++) {
    const t0 = performance.now();
    let failure: ProviderError;
    try {
      const res = await p.provider.complete({
        system: SYSTEM_PROMPT,
        user,
        schema: ANSWER_JSON_SCHEMA,
        maxTokens: 8192,
        timeoutMs: runtime.config.AI_TIMEOUT_MS,
      });
      providerMs += performance.now() - t0;
      outputBytes = Buffer.byteLength(res.text);
      const answer = parseAnswer(res.text);
      if (answer !== null) return { ok: true, answer, restore, attempts: attempt, inputBytes, outputBytes, providerMs, pseudonymiseMs };
      failure = new ProviderError('malformed', true);
    } catch (err) {
      providerMs += performance.now() - t0;
      failure = err instanceof ProviderError ? err : new ProviderError('unavailable', true);
    }
    if (!failure.retryable || attempt > maxRetries) {
      return { ok: false, failure, restore, attempts: attempt, inputBytes, outputBytes, providerMs, pseudonymiseMs };
    }
    // Exponential back-off with jitter: 250 ms, 500 ms, 1 s … capped at 4 s.
    await sleep(Math.min(4000, 250 * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2));
  }
}

function failureCode(f: ProviderError): 'provider_timeout' | 'provider_unavailable' | 'provider_rejected' | 'provider_malformed' {
  switch (f.kind) {
    case 'timeout':
      return 'provider_timeout';
    case 'unavailable':
    case 'rate_limited':
      return 'provider_unavailable';
    case 'rejected':
      return 'provider_rejected';
    case 'malformed':
      return 'provider_malformed';
  }
}

/** A draft's sealers: its client's key for the client's fields and for the draft itself (issue 18). */
type ClientKeys = (clientId: string) => Promise<{ s: Sealer; box: DraftBox }>;

async function run(runtime: Runtime, tenant: TenantFn, opts: GatewayOptions, start: (trx: Tx, ctx: TenantContext, keysOf: ClientKeys) => Promise<Prepared | Refusal>): Promise<DraftResult> {
  const t0 = performance.now();
  let box: DraftBox | undefined;
  const prepared = await tenant(async (trx, ctx) =>
    start(trx, ctx, async (clientId) => {
      const keys = await runtime.crypto.keysForClient(ctx.practiceId, clientId);
      box = draftBoxOf(keys, ctx.practiceId);
      return { s: sealerOf(keys, ctx.practiceId), box };
    }),
  );
  if (!('draftId' in prepared)) throw new AiRefusedError(prepared.code, prepared.message);
  const prepareMs = performance.now() - t0;
  const b = box!;
  const tSeg = performance.now();
  const segments = segmentSource(prepared.input.source.kind, prepared.input.source.text);
  const segmentMs = performance.now() - tSeg;
  const call = await callProvider(runtime, prepared, segments, opts);
  const tVerify = performance.now();
  const goalMap = new Map(prepared.goals.map((g) => [g.short, g.id]));
  const draft = call.ok ? verifyAnswer(call.answer!, prepared.input.format, segments, goalMap, call.restore) : undefined;
  const verifyMs = performance.now() - tVerify;
  const model = prepared.provider.model;
  const tFinish = performance.now();
  await tenant(async (trx, ctx) => {
    if (draft !== undefined) {
      await trx
        .updateTable('ai_drafts')
        .set({
          status: 'done',
          output_sealed: b.seal('output', prepared.draftId, { draft, provider: prepared.provider.name, model }),
          error_code: null,
          attempts: call.attempts,
          updated_at: new Date(),
        })
        .where('id', '=', prepared.draftId)
        .execute();
    } else {
      await trx
        .updateTable('ai_drafts')
        .set({ status: 'failed', error_code: failureCode(call.failure!), attempts: call.attempts, updated_at: new Date() })
        .where('id', '=', prepared.draftId)
        .execute();
    }
    await audit(trx, ctx, {
      action: 'ai.draft',
      resourceType: 'client',
      resourceId: prepared.clientId,
      outcome: draft !== undefined ? 'success' : 'failure',
      metadata: {
        draftId: prepared.draftId,
        provider: prepared.provider.name,
        model: modelToken(model),
        purpose: 'note_draft',
        inputBytes: call.inputBytes,
        outputBytes: call.outputBytes,
        durationMs: Math.round(performance.now() - t0),
        attempt: call.attempts,
        unsupported: draft?.flags.filter((f) => f.kind === 'unsupported').length ?? 0,
        unsupportedRisk: draft?.flags.filter((f) => f.kind === 'unsupported_risk').length ?? 0,
        contradicted: draft?.flags.filter((f) => f.label === 'CONTRADICTED').length ?? 0,
        ...(draft === undefined ? { error: failureCode(call.failure!) } : {}),
      },
    });
  });
  if (draft === undefined) throw new DraftFailedError(prepared.draftId, failureCode(call.failure!));
  return {
    id: prepared.draftId,
    status: 'done',
    format: prepared.input.format,
    provider: prepared.provider.name,
    model,
    draft,
    timings: {
      totalMs: performance.now() - t0,
      providerMs: call.providerMs,
      prepareMs,
      pseudonymiseMs: segmentMs + call.pseudonymiseMs,
      verifyMs,
      finishMs: performance.now() - tFinish,
    },
  };
}

/** Drafts a note for a client from the clinician's input, through the gate. */
export function createDraft(runtime: Runtime, tenant: TenantFn, clientId: string, input: DraftInput, opts: GatewayOptions = {}): Promise<DraftResult> {
  return run(runtime, tenant, opts, (trx, ctx, keysOf) => prepare(trx, ctx, runtime, keysOf, clientId, input, opts, null));
}

/** Runs a saved draft again (after a timeout or an outage) from its sealed input, through the gate again. */
export function retryDraft(runtime: Runtime, tenant: TenantFn, draftId: string, opts: GatewayOptions = {}): Promise<DraftResult> {
  return run(runtime, tenant, opts, async (trx, ctx, keysOf) => {
    const row = await loadDraftRow(trx, draftId);
    if (row.status === 'done') throw new HttpError(409, 'draft_done', 'This draft is complete; start a new draft to draft again.');
    const input = openInput((await keysOf(row.client_id)).box, row);
    return prepare(trx, ctx, runtime, keysOf, row.client_id, input, opts, row.id);
  });
}

// ---- reading drafts back ----------------------------------------------------------------------

export async function loadDraftRow(trx: Tx, draftId: string) {
  // Row-level security shows a draft to its author only; anyone else gets "not found".
  const row = await trx.selectFrom('ai_drafts').selectAll().where('id', '=', draftId).executeTakeFirst();
  if (row === undefined) throw notFound('draft');
  return row;
}

export function openInput(box: DraftBox, row: { id: string; input_sealed: Buffer }): DraftInput {
  return box.open<DraftInput>('input', row.id, row.input_sealed);
}

export function openOutput(box: DraftBox, row: { id: string; output_sealed: Buffer | null }): { draft: VerifiedDraft; provider: ProviderName; model: string } | null {
  return row.output_sealed === null ? null : box.open('output', row.id, row.output_sealed);
}
