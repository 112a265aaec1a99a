// Deleting a session or a client for good (R32, R33). Each function works inside a transaction the
// caller opened (a request's tenant transaction, or later a retention job's), deletes row by row
// from the leaves up so that every table's count is known, and returns the counts for the
// receipt. Foreign keys cascade underneath as a safety net; they never carry a signed note away
// (migration 0019: a client or session with signed notes left is not deletable by the runtime
// role). Signed notes go only through app.delete_signed_notes(), with a reason category.
//
// What must happen after the commit is returned too: the client's key scope to destroy, so copies
// of its rows in backups stay unreadable (R45), and the export archives to remove from the blob
// store. finishDeletion() does both.
import { sql } from 'kysely';
import type { Runtime } from '../../platform/runtime.ts';
import type { TenantContext, Tx } from '../../db/tenant.ts';
import type { DeletionReason } from './schema.ts';
import { systemContext } from '../../db/tenant.ts';
import { deleteRecordingRows } from './recordings.ts';

/** Rows deleted, per table (table names as keys: ids and numbers only, fit for the audit trail). */
export type DeletionCounts = Record<string, number>;

export interface DeletionResult {
  counts: DeletionCounts;
  signedNotes: number;
  /** Export archives and recorded audio of the deleted record, to remove from the blob store after the commit. */
  blobIds: string[];
  /** The client whose key scope is destroyed after the commit (client deletion only). */
  shredClientId: string | null;
}

/** Signed notes were found, and the caller gave no reason category: nothing was deleted. */
export class SignedNotesNeedReason extends Error {
  override name = 'SignedNotesNeedReason';
  constructor(readonly signedNotes: number) {
    super('signed notes need a reason category to be deleted');
  }
}

/** The row could not be deleted although its children went (it holds rows the caller cannot reach). */
export class DeletionIncomplete extends Error {
  override name = 'DeletionIncomplete';
}

type Scope = { clientId: string; sessionId: string | null };

async function signedNoteCount(trx: Tx, scope: Scope): Promise<number> {
  const sid = scope.sessionId ?? '';
  const r = await trx
    .selectFrom('notes')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('client_id', '=', scope.clientId)
    .where('status', '=', 'signed')
    .$if(scope.sessionId !== null, (q) => q.where('session_id', '=', sid))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

const n = (r: { numDeletedRows: bigint }[] | { numDeletedRows: bigint }): number =>
  Array.isArray(r) ? r.reduce((s, x) => s + Number(x.numDeletedRows), 0) : Number(r.numDeletedRows);

/**
 * The parts of a client's record that hang off its sessions or its notes: transcripts, AI drafts,
 * measures, goal progress, signed notes (through the narrow path) and draft notes. For a session,
 * scope.sessionId narrows all of it to that session.
 */
async function deleteSessionParts(trx: Tx, scope: Scope, reason: DeletionReason | null, counts: DeletionCounts, blobIds: string[]): Promise<number> {
  const signed = await signedNoteCount(trx, scope);
  if (signed > 0 && reason === null) throw new SignedNotesNeedReason(signed);
  const one = scope.sessionId !== null;
  const sid = scope.sessionId ?? '';
  const { clientId } = scope;
  // Recordings (issue 20): their rows here, their audio and chunks after the commit.
  const recordingIds = (await trx.selectFrom('recordings').select('id').where('client_id', '=', clientId).$if(one, (q) => q.where('session_id', '=', sid)).execute()).map((r) => r.id);
  const recordings = await deleteRecordingRows(trx, recordingIds);
  counts.recordings = recordings.recordings;
  counts.recording_chunks = recordings.chunks;
  counts.jobs = recordings.jobs;
  blobIds.push(...recordings.blobIds);
  counts.recording_consents = n(await trx.deleteFrom('recording_consents').where('client_id', '=', clientId).$if(one, (q) => q.where('session_id', '=', sid)).executeTakeFirst());
  counts.transcripts = n(await trx.deleteFrom('transcripts').where('client_id', '=', clientId).$if(one, (q) => q.where('session_id', '=', sid)).executeTakeFirst());
  counts.ai_drafts = n(await trx.deleteFrom('ai_drafts').where('client_id', '=', clientId).$if(one, (q) => q.where('session_id', '=', sid)).executeTakeFirst());
  counts.assessments = n(await trx.deleteFrom('assessments').where('client_id', '=', clientId).$if(one, (q) => q.where('session_id', '=', sid)).executeTakeFirst());
  const noteIds = trx.selectFrom('notes').select('id').where('client_id', '=', clientId).$if(one, (q) => q.where('session_id', '=', sid));
  counts.note_goal_progress = n(await trx.deleteFrom('note_goal_progress').where('note_id', 'in', noteIds).executeTakeFirst());
  counts.note_addenda = 0;
  counts.notes = 0;
  if (signed > 0 && reason !== null) {
    const r = await sql<{ deleted_notes: number; deleted_addenda: number }>`SELECT deleted_notes, deleted_addenda FROM app.delete_signed_notes(${scope.clientId}::uuid, ${scope.sessionId}::uuid, ${reason})`.execute(trx);
    counts.notes += Number(r.rows[0]?.deleted_notes ?? 0);
    counts.note_addenda += Number(r.rows[0]?.deleted_addenda ?? 0);
  }
  counts.notes += n(await trx.deleteFrom('notes').where('client_id', '=', clientId).where('status', '=', 'draft').$if(one, (q) => q.where('session_id', '=', sid)).executeTakeFirst());
  return signed;
}

/**
 * Deletes one therapy session with everything that hangs off it (R32). The caller has checked
 * that the session is theirs to change. A session with signed notes needs a reason category.
 */
export async function deleteSession(trx: Tx, sessionId: string, clientId: string, reason: DeletionReason | null): Promise<DeletionResult> {
  // Lock the session: nothing is added to it (a note, a measure) while it is being deleted.
  await trx.selectFrom('therapy_sessions').select('id').where('id', '=', sessionId).forUpdate().executeTakeFirstOrThrow();
  const counts: DeletionCounts = {};
  const blobIds: string[] = [];
  const signedNotes = await deleteSessionParts(trx, { clientId, sessionId }, reason, counts, blobIds);
  counts.therapy_sessions = n(await trx.deleteFrom('therapy_sessions').where('id', '=', sessionId).executeTakeFirst());
  if (counts.therapy_sessions !== 1) throw new DeletionIncomplete('the session was not deleted');
  return { counts, signedNotes, blobIds, shredClientId: null };
}

/**
 * Deletes one client and everything about them (R33): sessions, notes (signed ones with a reason
 * category), addenda, plans and their revisions, measures, transcripts, AI drafts, and the exports
 * of that client with their jobs. The caller has checked that the client is theirs to change.
 */
export async function deleteClient(trx: Tx, clientId: string, reason: DeletionReason | null): Promise<DeletionResult> {
  // Lock the client row: a foreign key check of any new child row waits for this transaction,
  // then fails, so nothing is added to the record while it goes.
  await trx.selectFrom('clients').select('id').where('id', '=', clientId).forUpdate().executeTakeFirstOrThrow();
  const counts: DeletionCounts = {};
  const blobIds: string[] = [];
  const signedNotes = await deleteSessionParts(trx, { clientId, sessionId: null }, reason, counts, blobIds);
  const planIds = trx.selectFrom('treatment_plans').select('id').where('client_id', '=', clientId);
  counts.note_goal_progress = (counts.note_goal_progress ?? 0) + n(await trx.deleteFrom('note_goal_progress').where('plan_id', 'in', planIds).executeTakeFirst());
  counts.plan_versions = n(await trx.deleteFrom('plan_versions').where('plan_id', 'in', planIds).executeTakeFirst());
  counts.treatment_plans = n(await trx.deleteFrom('treatment_plans').where('client_id', '=', clientId).executeTakeFirst());
  counts.therapy_sessions = n(await trx.deleteFrom('therapy_sessions').where('client_id', '=', clientId).executeTakeFirst());

  // Exports of this client: the rows, their finished jobs (a running build finds its export gone
  // and removes what it wrote), and the archives after the commit.
  const exports = await trx.deleteFrom('exports').where('client_id', '=', clientId).returning(['blob_id', 'job_id']).execute();
  counts.exports = exports.length;
  const jobIds = exports.map((e) => e.job_id);
  counts.jobs = (counts.jobs ?? 0) + (jobIds.length === 0 ? 0 : n(await trx.deleteFrom('jobs').where('id', 'in', jobIds).where('status', '<>', 'running').executeTakeFirst()));
  blobIds.push(...exports.map((e) => e.blob_id).filter((b): b is string => b !== null));

  counts.clients = n(await trx.deleteFrom('clients').where('id', '=', clientId).executeTakeFirst());
  if (counts.clients !== 1) throw new DeletionIncomplete('the client was not deleted');
  return { counts, signedNotes, blobIds, shredClientId: clientId };
}

/**
 * After the commit: destroys the client's key scope (crypto-shredding, R45: copies of its rows in
 * backups can no longer be opened) and removes the export archives. Keys are destroyed only once
 * the rows are gone for sure; a scope without keys destroys nothing.
 */
export async function finishDeletion(runtime: Runtime, ctx: TenantContext, result: DeletionResult): Promise<void> {
  // The rows are already gone (committed): a failure here must not tell the clinician the deletion
  // failed. Each step has its retry — the daily key pass destroys a client key whose client row
  // is gone (keys/reseal.ts, shredOrphanClientKeys), and export archives expire within a day.
  try {
    if (result.shredClientId !== null) await runtime.crypto.destroy('client', result.shredClientId);
  } catch (err) {
    runtime.logger.error({ err, event: 'deletion.shred_deferred' }, 'client key not destroyed yet; the daily key pass will');
  }
  // System work of the practice: the rows that pointed at these blobs were deleted by someone
  // entitled to, and an archive a colleague asked for, or audio, is not always the deleter's own blob.
  const sys = systemContext(ctx.practiceId, { requestId: ctx.requestId });
  for (const id of result.blobIds) {
    try {
      await runtime.blobs.remove(sys, id);
    } catch (err) {
      runtime.logger.error({ err, event: 'deletion.blob_deferred' }, 'blob not removed yet; it expires on its own (archives within a day, audio within 30 days)');
    }
  }
}
