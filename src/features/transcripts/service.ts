// Transcripts: redacted at save time when the practice enables it (R35, R37), sealed (R13), and
// deleted for good by hand or by the client's rule (R31): right after the session's note is
// signed, or N days after the transcript was saved. The same sweep deletes AI drafts that are due
// (their sealed input can be a transcript too).
import crypto from 'node:crypto';
import type { Runtime } from '../../platform/runtime.ts';
import { SYSTEM_PRACTICE_ID, systemContext, withTenant, type TenantContext, type Tx } from '../../db/tenant.ts';
import { audit } from '../../audit/audit.ts';
import { redact, type DeidContext, type Span } from '../../deid/index.ts';
import { loadSettings } from '../settings/policy.ts';
import { knownPeopleOf } from '../clients/queries.ts';
import { clientSealer, type Sealer } from '../clients/seal.ts';
import { transcriptDeletionRule } from '../clients/queries.ts';
import { HttpError } from '../../http/errors.ts';
import type { Selectable } from 'kysely';
import type { TranscriptsTable } from '../../db/schema.ts';

export interface PreparedTranscript {
  text: string;
  redacted: boolean;
  counts: Record<string, number>;
}

/** How many spans of each type were redacted, keyed for audit metadata (numbers only, no text). */
export function countRedactions(spans: readonly Span[], into: Record<string, number> = {}): Record<string, number> {
  for (const span of spans) {
    const key = span.type.replace(/^TOPIC:/, 'topic_').toLowerCase().replace(/[^a-z0-9_]/g, '_');
    into[key] = (into[key] ?? 0) + 1;
  }
  return into;
}

/** What the redaction engine should always catch for this client (R35): label, clinician, known people. */
export async function deidContextFor(trx: Tx, s: Sealer, ctx: TenantContext, clientId: string, topics: DeidContext['topics'], customTopics: DeidContext['customTopics']): Promise<DeidContext> {
  const client = await trx.selectFrom('clients').select(['label']).where('id', '=', clientId).executeTakeFirst();
  const clinicians = await trx
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select('users.name')
    .where('memberships.practice_id', '=', ctx.practiceId)
    .where('memberships.role', 'in', ['practitioner', 'owner'])
    .execute();
  const knownNames = [...(client === undefined ? [] : [client.label]), ...clinicians.map((c) => c.name), ...(await knownPeopleOf(trx, s, clientId))];
  return { knownNames, ...(topics !== undefined ? { topics } : {}), ...(customTopics !== undefined ? { customTopics } : {}) };
}

export async function prepareTranscript(trx: Tx, s: Sealer, ctx: TenantContext, clientId: string, text: string): Promise<PreparedTranscript> {
  const settings = await loadSettings(trx, ctx.practiceId);
  if (!settings.redact_transcripts) return { text, redacted: false, counts: {} };
  const dctx = await deidContextFor(trx, s, ctx, clientId, settings.active_topics, settings.custom_topics);
  const out = redact(text, dctx);
  return { text: out.text, redacted: true, counts: countRedactions(out.spans) };
}

/**
 * Saves a session's transcript, replacing any earlier one: redacted first when the practice
 * enables it (R35, R37), sealed under the client's key, given the client's deletion rule (R31),
 * audited. The one way a transcript is written — pasted text (PUT …/transcript) and a recording's
 * transcription alike. Runs as the session's practitioner (transcripts_insert).
 */
export async function saveTranscript(runtime: Runtime, trx: Tx, ctx: TenantContext, session: { id: string; client_id: string }, text: string, source: 'pasted' | 'recording' = 'pasted'): Promise<Selectable<TranscriptsTable>> {
  const s = await clientSealer(runtime, ctx, session.client_id);
  const rule = await transcriptDeletionRule(trx, session.client_id);
  if (rule?.mode === 'on_sign') {
    const signed = await trx.selectFrom('notes').select('id').where('session_id', '=', session.id).where('status', '=', 'signed').executeTakeFirst();
    if (signed !== undefined) {
      throw new HttpError(409, 'transcript_not_kept', "This client's transcripts are deleted once the session note is signed, and it already is.");
    }
  }
  const prepared = await prepareTranscript(trx, s, ctx, session.client_id, text);
  await trx.deleteFrom('transcripts').where('session_id', '=', session.id).execute();
  const id = crypto.randomUUID();
  const row = await trx
    .insertInto('transcripts')
    .values({
      id,
      practice_id: ctx.practiceId,
      owner_id: ctx.userId,
      client_id: session.client_id,
      session_id: session.id,
      text_sealed: s.seal('transcripts', 'text', id, prepared.text),
      redacted: prepared.redacted,
      redaction_counts: JSON.stringify(prepared.counts),
      bytes: Buffer.byteLength(text),
      delete_on_sign: rule?.mode === 'on_sign',
      delete_after: rule?.mode === 'after_days' && rule.days !== null ? new Date(Date.now() + rule.days * 86_400_000) : null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await audit(trx, ctx, {
    action: 'transcript.save',
    resourceType: 'transcript',
    resourceId: id,
    metadata: { session: session.id, redacted: prepared.redacted, spans: Object.values(prepared.counts).reduce((a, b) => a + b, 0), bytes: row.bytes, ...(source === 'recording' ? { source } : {}) },
  });
  return row;
}

/** Deletes the current practice's transcripts whose 'after N days' time has come (R31). */
export async function sweepDueTranscripts(trx: Tx, ctx: TenantContext): Promise<number> {
  const gone = await trx
    .deleteFrom('transcripts')
    .where('practice_id', '=', ctx.practiceId)
    .where('delete_after', '<=', new Date())
    .returning('id')
    .execute();
  for (const row of gone) await audit(trx, ctx, { action: 'transcript.delete', resourceType: 'transcript', resourceId: row.id, metadata: { reason: 'retention_rule' } });
  return gone.length;
}

/**
 * Deletes the current practice's AI drafts that are due (R31, migration 0012): their
 * delete_after has come, or — drafts made before it was recorded — they are older than the
 * retention. A draft's sealed input may be a whole transcript; it must not outlive the rules.
 */
export async function sweepDueDrafts(trx: Tx, ctx: TenantContext, retentionDays: number): Promise<number> {
  const now = new Date();
  const legacyCutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  const gone = await trx
    .deleteFrom('ai_drafts')
    .where('practice_id', '=', ctx.practiceId)
    .where((eb) => eb.or([eb('delete_after', '<=', now), eb.and([eb('delete_after', 'is', null), eb('created_at', '<', legacyCutoff)])]))
    .returning('id')
    .execute();
  for (const row of gone) await audit(trx, ctx, { action: 'ai_draft.delete', resourceType: 'ai_draft', resourceId: row.id, metadata: { reason: 'retention_rule' } });
  return gone.length;
}

/** The scheduled sweep: every practice, each in its own system-context transaction. */
export async function sweepAllPractices(runtime: Runtime): Promise<number> {
  const practices = await withTenant(runtime.db, systemContext(SYSTEM_PRACTICE_ID), (trx) => trx.selectFrom('practices').select('id').execute());
  let total = 0;
  for (const p of practices) {
    total += await withTenant(runtime.db, systemContext(p.id, { requestId: `sweep-${crypto.randomUUID()}` }), async (trx, ctx) => {
      return (await sweepDueTranscripts(trx, ctx)) + (await sweepDueDrafts(trx, ctx, runtime.config.AI_DRAFT_RETENTION_DAYS));
    });
  }
  return total;
}
