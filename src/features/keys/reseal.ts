// Moving client fields from the practice key to each client's key (issue 18; R45, R13).
//
// Before client keys, every clinical field was sealed under its practice's key; deleting one
// client then could not shred that client's rows in backups. New writes now use the client's key
// (features/clients/seal.ts). This recurring job finds the fields still sealed under a practice
// key and seals them again under their client's key:
//   * it reads the key id in each sealed value's header (crypto/envelope.ts), so the database
//     finds the rows still to do by index-free comparison, and a row done is never redone
//     (idempotent: a second run finds nothing);
//   * in batches of `batchSize` rows, each batch one short transaction that locks its rows
//     (FOR UPDATE), so a practitioner's edit of the same row waits for it or wins after it —
//     both write ciphertext of the current text;
//   * with a checkpoint after each batch (practice, table, last id, counts), so a crash or a
//     restart resumes there; several app servers never run it twice at once (the runner's
//     SKIP LOCKED claim and lease);
//   * under the transaction-local flag app.reseal, the only way system work may read these rows
//     and rewrite their sealed columns — and nothing else of them (migration 0018);
//   * auditing one summary per practice, counts only.
// A value that does not open (damaged) is counted and left as it is.
import { sql, type RawBuilder } from 'kysely';
import { z } from 'zod';
import type { Runtime } from '../../platform/runtime.ts';
import type { JobHandler, RunningJob } from '../../platform/jobs/runner.ts';
import { SYSTEM_PRACTICE_ID, systemContext, withTenant, type Tx } from '../../db/tenant.ts';
import { audit } from '../../audit/audit.ts';
import { DecryptionError, sealedKeyId, type ScopeKeys } from '../../crypto/envelope.ts';

export const CLIENT_RESEAL = 'keys.client_reseal';

/** Every sealed field that belongs to one client, and how a row names its client. */
export interface ClientField {
  table: string;
  /** Place names of the sealed columns (the column itself is `<name>_sealed`). */
  columns: readonly string[];
  /** FROM clause: the table as `t`, joined to whatever gives the client id. */
  from: string;
  /** The client id of a row of `t`. */
  client: string;
}

export const CLIENT_FIELDS: readonly ClientField[] = [
  { table: 'clients', columns: ['contact_notes', 'known_people'], from: 'clients t', client: 't.id' },
  { table: 'notes', columns: ['sections'], from: 'notes t', client: 't.client_id' },
  { table: 'note_addenda', columns: ['body'], from: 'note_addenda t JOIN notes n ON n.id = t.note_id', client: 'n.client_id' },
  { table: 'note_goal_progress', columns: ['comment'], from: 'note_goal_progress t JOIN notes n ON n.id = t.note_id', client: 'n.client_id' },
  { table: 'plan_versions', columns: ['body'], from: 'plan_versions t JOIN treatment_plans p ON p.id = t.plan_id', client: 'p.client_id' },
  { table: 'ai_drafts', columns: ['input', 'output'], from: 'ai_drafts t', client: 't.client_id' },
  { table: 'transcripts', columns: ['text'], from: 'transcripts t', client: 't.client_id' },
];

const ZERO = '00000000-0000-0000-0000-000000000000';

const checkpointSchema = z.object({
  practice: z.uuid(),
  table: z.number().int().min(0),
  after: z.uuid(),
  resealed: z.number().int().min(0),
  unreadable: z.number().int().min(0),
  /** Across every practice so far (the job's progress). */
  total: z.number().int().min(0),
});
export type ResealCheckpoint = z.infer<typeof checkpointSchema>;

/** The system context of one practice, with the re-seal flag migration 0018 asks for. */
function resealing<T>(runtime: Runtime, practiceId: string, fn: (trx: Tx) => Promise<T>): Promise<T> {
  return withTenant(runtime.db, systemContext(practiceId), async (trx) => {
    await sql`SELECT set_config('app.reseal', 'on', true)`.execute(trx);
    return fn(trx);
  });
}

interface BatchResult {
  lastId: string | undefined;
  resealed: number;
  unreadable: number;
}

/**
 * One batch of one table of one practice: the next `limit` rows after `after` with a field still
 * under one of the practice's keys (`practiceKeys`, key ids as 32 hex digits), sealed again
 * under their clients' keys, in one transaction.
 */
export async function resealBatch(runtime: Runtime, practiceId: string, field: ClientField, after: string, practiceKeys: readonly string[], limit: number): Promise<BatchResult> {
  const cols = field.columns.map((c) => `${c}_sealed`);
  const stale = (c: string): RawBuilder<unknown> => sql`encode(substring(${sql.ref(`t.${c}`)} FROM 2 FOR 16), 'hex') = ANY(${[...practiceKeys]}::text[])`;
  return resealing(runtime, practiceId, async (trx) => {
    const rows = (
      await sql<Record<string, unknown> & { id: string; client_id: string }>`
        SELECT t.id, ${sql.raw(field.client)} AS client_id, ${sql.join(cols.map((c) => sql.ref(`t.${c}`)))}
        FROM ${sql.raw(field.from)}
        WHERE t.id > ${after}::uuid AND (${sql.join(cols.map(stale), sql` OR `)})
        ORDER BY t.id
        LIMIT ${limit}
        FOR UPDATE OF t`.execute(trx)
    ).rows;
    if (rows.length === 0) return { lastId: undefined, resealed: 0, unreadable: 0 };
    // One keyring round trip for every client of the batch (a first key for those without one).
    const keys = await runtime.crypto.keysForClients(practiceId, rows.map((r) => r.client_id));
    const inPractice = new Set(practiceKeys);
    let resealed = 0;
    let unreadable = 0;
    for (const r of rows) {
      const k = keys.get(r.client_id) as ScopeKeys;
      const sets: RawBuilder<unknown>[] = [];
      field.columns.forEach((name, i) => {
        const col = cols[i] as string;
        const raw = r[col];
        if (raw === null || raw === undefined) return;
        const value = Buffer.from(raw as Uint8Array);
        if (!inPractice.has((sealedKeyId(value) ?? '').replace(/-/g, ''))) return;
        try {
          const again = k.reencrypt({ practiceId, table: field.table, column: name, rowId: r.id }, value);
          sets.push(sql`${sql.ref(col)} = ${again}`);
          resealed++;
        } catch (err) {
          if (!(err instanceof DecryptionError)) throw err;
          unreadable++;
        }
      });
      if (sets.length > 0) await sql`UPDATE ${sql.table(field.table)} SET ${sql.join(sets)} WHERE id = ${r.id}::uuid`.execute(trx);
    }
    return { lastId: rows.at(-1)?.id, resealed, unreadable };
  });
}

async function practicesFrom(runtime: Runtime, first: string): Promise<string[]> {
  const rows = await withTenant(runtime.db, systemContext(SYSTEM_PRACTICE_ID), (trx) =>
    trx.selectFrom('practices').select('id').where('id', '>=', first).orderBy('id').execute(),
  );
  return rows.map((r) => r.id);
}

export interface ResealOptions {
  batchSize?: number;
}

/** Runs (or resumes) the re-seal over every practice. Returns how many fields it sealed again. */
export async function runReseal(runtime: Runtime, job: Pick<RunningJob<unknown>, 'checkpoint' | 'saveCheckpoint' | 'signal'>, opts: ResealOptions = {}): Promise<{ resealed: number; unreadable: number }> {
  const limit = opts.batchSize ?? 200;
  const parsed = checkpointSchema.safeParse(job.checkpoint);
  let cp: ResealCheckpoint = parsed.success ? parsed.data : { practice: ZERO, table: 0, after: ZERO, resealed: 0, unreadable: 0, total: 0 };
  let resealedAll = 0;
  let unreadableAll = 0;
  for (const practiceId of await practicesFrom(runtime, cp.practice)) {
    if (practiceId !== cp.practice) cp = { practice: practiceId, table: 0, after: ZERO, resealed: 0, unreadable: 0, total: cp.total };
    const practiceKeys = (await runtime.crypto.store.listScope('practice', practiceId)).map((r) => r.id.replace(/-/g, ''));
    // A practice without a key has nothing sealed under one.
    if (practiceKeys.length > 0) {
      for (let t = cp.table; t < CLIENT_FIELDS.length; t++) {
        const field = CLIENT_FIELDS[t] as ClientField;
        let after = t === cp.table ? cp.after : ZERO;
        for (;;) {
          if (job.signal.aborted) throw job.signal.reason;
          const b = await resealBatch(runtime, practiceId, field, after, practiceKeys, limit);
          if (b.lastId === undefined) break;
          after = b.lastId;
          cp = { ...cp, table: t, after, resealed: cp.resealed + b.resealed, unreadable: cp.unreadable + b.unreadable, total: cp.total + b.resealed };
          resealedAll += b.resealed;
          unreadableAll += b.unreadable;
          await job.saveCheckpoint(cp, { done: cp.total });
        }
        cp = { ...cp, table: t + 1, after: ZERO };
      }
    }
    if (cp.resealed + cp.unreadable > 0) {
      await withTenant(runtime.db, systemContext(practiceId), (trx, ctx) =>
        audit(trx, ctx, { action: 'keys.client_reseal', resourceType: 'practice', resourceId: practiceId, metadata: { resealed: cp.resealed, unreadable: cp.unreadable } }),
      );
    }
    await shredOrphanClientKeys(runtime, practiceId);
    // Done with this practice: a resume starts after it (ids are compared, the next is greater).
    cp = { ...cp, table: CLIENT_FIELDS.length, after: ZERO, resealed: 0, unreadable: 0 };
    await job.saveCheckpoint(cp, { done: cp.total });
  }
  return { resealed: resealedAll, unreadable: unreadableAll };
}

/**
 * A client key whose client row is gone is destroyed (R45). Deleting a client destroys its key
 * right after the deletion commits (features/deletion); the keyring is a separate store, so if that
 * step failed — a crash, the keyring unreachable — the key would outlive its data and could still
 * open copies of it in backups. This daily pass is the retry: the deletion is already committed,
 * so a missing client row is the durable record that the key must go. Keys younger than
 * `minAgeMs` are left alone: a client's first key is made inside the transaction that creates the
 * client, before that row is visible to anyone else.
 */
export async function shredOrphanClientKeys(runtime: Runtime, practiceId: string, minAgeMs = 3600_000): Promise<number> {
  const now = runtime.clock.now().getTime();
  const candidates = [
    ...new Set(
      (await runtime.crypto.store.listByParent(practiceId)).filter((k) => k.scope === 'client' && now - Date.parse(k.createdAt) > minAgeMs).map((k) => k.scopeId),
    ),
  ];
  if (candidates.length === 0) return 0;
  const existing = new Set(
    (await resealing(runtime, practiceId, (trx) => trx.selectFrom('clients').select('id').where('id', 'in', candidates).execute())).map((r) => r.id),
  );
  const orphans = candidates.filter((id) => !existing.has(id));
  let destroyed = 0;
  for (const id of orphans) destroyed += await runtime.crypto.destroy('client', id);
  if (orphans.length > 0) {
    await withTenant(runtime.db, systemContext(practiceId), (trx, ctx) =>
      audit(trx, ctx, { action: 'keys.client_shred', resourceType: 'practice', resourceId: practiceId, metadata: { clients: orphans.length, keys: destroyed } }),
    );
    runtime.logger.warn({ count: orphans.length, event: 'keys.orphan_shredded' }, 'client keys outlived their client and were destroyed');
  }
  return orphans.length;
}

export function clientResealJob(runtime: Runtime, opts: ResealOptions = {}): JobHandler<Record<string, never>> {
  return {
    kind: CLIENT_RESEAL,
    payload: z.object({}).strict(),
    async run(job) {
      const r = await runReseal(runtime, job, opts);
      if (r.resealed + r.unreadable > 0) runtime.logger.info({ count: r.resealed, unreadable: r.unreadable, event: 'keys.client_resealed' }, 'client fields sealed again under client keys');
    },
  };
}
