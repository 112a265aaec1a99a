// Import staging in the database (migration 0022, R14): the validated rows, sealed under the
// practice's data key in chunks, for 15 minutes by the database's clock (app.tacet_now(), so a
// test clock moves it too). Only the practitioner who uploaded reaches them (row-level security).
import crypto from 'node:crypto';
import { sql, type Selectable } from 'kysely';
import type { ImportsTable } from '../../db/schema.ts';
import type { Tx } from '../../db/tenant.ts';
import type { TenantContext } from '../../db/tenant.ts';
import type { Sealer } from '../clients/seal.ts';
import type { ImportKind } from './fields.ts';
import type { RowError, StagedClient, StagedMeasure, StagedSession, Validated } from './validate.ts';

export const STAGING_MINUTES = 15;
/** Rows sealed together in one chunk. */
export const CHUNK_ROWS = 500;
/** Errors kept for review (the count has them all). */
export const MAX_ERRORS_KEPT = 1000;

export type Chunk = { clients: StagedClient[] } | { sessions: StagedSession[] } | { measures: StagedMeasure[] };

export type ImportRow = Selectable<ImportsTable>;

export interface Staged {
  clients: StagedClient[];
  sessions: StagedSession[];
  measures: StagedMeasure[];
}

function chunks<T>(rows: readonly T[], wrap: (part: T[]) => Chunk): Chunk[] {
  const out: Chunk[] = [];
  for (let i = 0; i < rows.length; i += CHUNK_ROWS) out.push(wrap(rows.slice(i, i + CHUNK_ROWS)));
  return out;
}

const rowsOf = (c: Chunk): number => ('clients' in c ? c.clients.length : 'sessions' in c ? c.sessions.length : c.measures.length);

/** Stages what validated; returns the import row. */
export async function stageImport(trx: Tx, ctx: TenantContext, sealer: Sealer, kind: ImportKind, v: Validated): Promise<ImportRow> {
  const id = crypto.randomUUID();
  const staged = kind === 'clients' ? v.clients.length : kind === 'sessions' ? v.sessions.length : v.measures.length;
  const row = await trx
    .insertInto('imports')
    .values({
      id,
      practice_id: ctx.practiceId,
      owner_id: ctx.userId,
      kind,
      row_count: v.rowCount,
      staged_count: staged,
      error_count: v.errors.length,
      client_count: v.clients.length,
      errors: JSON.stringify(v.errors.slice(0, MAX_ERRORS_KEPT)),
      created_at: sql<Date>`app.tacet_now()`,
      expires_at: sql<Date>`app.tacet_now() + make_interval(mins => ${STAGING_MINUTES})`,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const all = [
    ...chunks(v.clients, (c) => ({ clients: c })),
    ...chunks(v.sessions, (s) => ({ sessions: s })),
    ...chunks(v.measures, (m) => ({ measures: m })),
  ];
  for (let i = 0; i < all.length; i += 20) {
    const values = all.slice(i, i + 20).map((c, k) => {
      const chunkId = crypto.randomUUID();
      return { id: chunkId, import_id: id, practice_id: ctx.practiceId, owner_id: ctx.userId, seq: i + k, row_count: rowsOf(c), payload_sealed: sealer.sealJson('import_chunks', 'payload', chunkId, c) };
    });
    await trx.insertInto('import_chunks').values(values).execute();
  }
  return row;
}

/** The caller's import, or undefined when it does not exist, is not theirs, or has expired. */
export async function loadImport(trx: Tx, id: string): Promise<ImportRow | undefined> {
  return trx.selectFrom('imports').selectAll().where('id', '=', id).where('expires_at', '>', sql<Date>`app.tacet_now()`).executeTakeFirst();
}

/** Every staged row of an import, opened. */
export async function openStaged(trx: Tx, sealer: Sealer, importId: string): Promise<Staged> {
  const rows = await trx.selectFrom('import_chunks').select(['id', 'payload_sealed']).where('import_id', '=', importId).orderBy('seq').execute();
  const out: Staged = { clients: [], sessions: [], measures: [] };
  for (const r of rows) {
    const c = sealer.openJson<Chunk>('import_chunks', 'payload', r.id, r.payload_sealed);
    if ('clients' in c) out.clients.push(...c.clients);
    else if ('sessions' in c) out.sessions.push(...c.sessions);
    else out.measures.push(...c.measures);
  }
  return out;
}

/** Deletes an import and its chunks (confirm, cancel). */
export async function deleteImport(trx: Tx, id: string): Promise<boolean> {
  const r = await trx.deleteFrom('imports').where('id', '=', id).executeTakeFirst();
  return r.numDeletedRows > 0n;
}

export function errorsOf(row: ImportRow): RowError[] {
  const e = row.errors as unknown;
  return (typeof e === 'string' ? JSON.parse(e) : e) as RowError[];
}
