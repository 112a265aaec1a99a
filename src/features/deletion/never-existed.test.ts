// "As if the client never existed" (R33, R32), proved from the catalog rather than from a list:
// PostgreSQL is asked for every foreign key and every column that can hold an id (uuid, uuid[],
// text, json). A client with a full record is built through the API; the foreign keys, followed
// from the clients table, find every row that belongs to it, and every id those rows hold that is
// not the practice's or one of its people's. After the deletion, no row of any table outside the
// audit trail may hold any of those ids. A table or column added later is covered without
// touching this file. Runs on PGlite, and on PostgreSQL with TEST_DATABASE_URL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { AdminDb } from '../../../test/db.ts';
import { openClinic, type Clinic } from '../clients/testkit.ts';
import { allowLocalAi, buildFullRecord, call, type FullRecord } from './testkit.ts';

/** The audit trail keeps ids by design (R24: ids and categories only, kept six years). */
const AUDIT_TRAIL = new Set(['audit_events', 'audit_heads']);
/** Ids of these tables are the practice and its people, not the client's record. */
const OUTSIDE_THE_RECORD = new Set(['practices', 'users', 'memberships', 'subprocessors']);

interface ForeignKey {
  child: string;
  column: string;
  parent: string;
  parentColumn: string;
}
interface IdColumn {
  schema: string;
  table: string;
  column: string;
  type: string;
}

async function foreignKeys(db: AdminDb): Promise<ForeignKey[]> {
  const r = await sql<ForeignKey>`
    SELECT cc.relname AS child, a.attname AS "column", pc.relname AS parent, pa.attname AS "parentColumn"
      FROM pg_constraint con
      JOIN pg_class cc ON cc.oid = con.conrelid
      JOIN pg_class pc ON pc.oid = con.confrelid
      JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[1]
      JOIN pg_attribute pa ON pa.attrelid = con.confrelid AND pa.attnum = con.confkey[1]
     WHERE con.contype = 'f' AND con.connamespace = 'public'::regnamespace AND cardinality(con.conkey) = 1
     ORDER BY 1, 2`.execute(db);
  return r.rows;
}

async function idColumns(db: AdminDb): Promise<IdColumn[]> {
  const r = await sql<IdColumn>`
    SELECT n.nspname AS schema, c.relname AS "table", a.attname AS "column", format_type(a.atttypid, a.atttypmod) AS type
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname IN ('public', 'app') AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
       AND format_type(a.atttypid, a.atttypmod) IN ('uuid', 'uuid[]', 'text', 'text[]', 'character varying', 'json', 'jsonb')
     ORDER BY 1, 2, 3`.execute(db);
  return r.rows;
}

const q = (ident: string): string => `"${ident.replace(/"/g, '""')}"`;

/**
 * Every row reachable from the client by foreign keys (children of children included), and every
 * uuid those rows hold, except references to the practice and its people.
 */
async function idsOfRecord(db: AdminDb, clientId: string): Promise<{ ids: Set<string>; tables: Set<string> }> {
  const fks = await foreignKeys(db);
  const rowsOf = new Map<string, Set<string>>([['clients', new Set([clientId])]]);
  const queue = ['clients'];
  while (queue.length > 0) {
    const parent = queue.shift() ?? '';
    const parentIds = [...(rowsOf.get(parent) ?? [])];
    for (const fk of fks.filter((f) => f.parent === parent && f.parentColumn === 'id' && f.child !== parent)) {
      if (parentIds.length === 0) continue;
      const found = await sql<{ id: string }>`SELECT id::text AS id FROM ${sql.raw(q(fk.child))} WHERE ${sql.raw(q(fk.column))}::text IN (${sql.join(parentIds)})`.execute(db);
      const known = rowsOf.get(fk.child) ?? new Set<string>();
      const before = known.size;
      for (const r of found.rows) known.add(r.id);
      rowsOf.set(fk.child, known);
      if (known.size > before) queue.push(fk.child);
    }
  }
  const ids = new Set<string>();
  const fkTo = new Map(fks.map((f) => [`${f.child}.${f.column}`, f.parent]));
  for (const [table, rowIds] of rowsOf) {
    if (rowIds.size === 0) continue;
    const cols = (await idColumns(db)).filter((c) => c.schema === 'public' && c.table === table && (c.type === 'uuid' || c.type === 'uuid[]'));
    for (const col of cols) {
      const target = fkTo.get(`${table}.${col.column}`);
      if (target !== undefined && OUTSIDE_THE_RECORD.has(target)) continue;
      if (col.column === 'practice_id') continue;
      const vals = await sql<{ v: string }>`SELECT DISTINCT unnest(ARRAY[${sql.raw(q(col.column))}]::text[]) AS v FROM ${sql.raw(q(table))} WHERE id::text IN (${sql.join([...rowIds])})`.execute(db);
      for (const v of vals.rows) if (v.v !== null) ids.add(v.v.replace(/[{}]/g, ''));
    }
  }
  // uuid[] values arrive as "{a,b}": split them.
  const flat = new Set<string>();
  for (const v of ids) for (const part of v.split(',')) if (/^[0-9a-f-]{36}$/.test(part)) flat.add(part);
  return { ids: flat, tables: new Set([...rowsOf].filter(([, r]) => r.size > 0).map(([t]) => t)) };
}

/** Where in the database any of the ids still appears (outside the audit trail): "table.column: n". */
async function referencesTo(db: AdminDb, ids: Set<string>): Promise<string[]> {
  const patterns = [...ids].map((id) => `%${id}%`);
  const hits: string[] = [];
  for (const col of await idColumns(db)) {
    if (AUDIT_TRAIL.has(col.table) || col.table === 'schema_migrations') continue;
    const r = await sql<{ n: string | number }>`SELECT count(*) AS n FROM ${sql.raw(`${q(col.schema)}.${q(col.table)}`)} WHERE ${sql.raw(q(col.column))}::text LIKE ANY (ARRAY[${sql.join(patterns)}]::text[])`.execute(db);
    const n = Number(r.rows[0]?.n ?? 0);
    if (n > 0) hits.push(`${col.table}.${col.column}: ${n}`);
  }
  return hits;
}

let c: Clinic;
let gone: FullRecord;
let kept: FullRecord;

beforeAll(async () => {
  c = await openClinic();
  await allowLocalAi(c);
  // A grant of the practitioner's records to a colleague: it must outlive the client (it is not theirs).
  await call(c, c.pr, 'POST', '/api/grants', { granteeId: c.otherId });
  gone = await buildFullRecord(c, c.pr, 'Nevermore', { export: true });
  kept = await buildFullRecord(c, c.pr, 'Stayput');
}, 120_000);
afterAll(async () => c.close());

describe('as if the client never existed (R33, R32)', () => {
  it('R33 R32 after deleting a client, no row outside the audit trail holds its id or the ids of anything it had', async () => {
    const record = await c.rt.testDb.asAdmin((db) => idsOfRecord(db, gone.clientId));
    // The catalog walk found the whole record: sessions, notes, addenda, plans, measures, transcript,
    // AI draft, goal progress and the export, and the ids those rows carry (the archive's blob, its job).
    for (const t of ['therapy_sessions', 'notes', 'note_addenda', 'note_goal_progress', 'treatment_plans', 'plan_versions', 'assessments', 'transcripts', 'ai_drafts', 'exports']) {
      expect(record.tables, t).toContain(t);
    }
    for (const id of [gone.clientId, ...gone.sessionIds, ...gone.noteIds, gone.planId, gone.exportId]) expect(record.ids).toContain(id);
    const before = await c.rt.testDb.asAdmin((db) => referencesTo(db, record.ids));
    expect(before.length).toBeGreaterThan(10); // the scan sees the record while it exists
    expect(before.some((h) => h.startsWith('blobs.id') || h.startsWith('jobs.id'))).toBe(true);
    const keptIds = await c.rt.testDb.asAdmin((db) => idsOfRecord(db, kept.clientId));

    const res = await c.call(c.pr, 'DELETE', `/api/clients/${gone.clientId}`, { confirmation: gone.label, reason: 'entered_in_error' });
    expect(res.statusCode, res.body).toBe(200);

    expect(await c.rt.testDb.asAdmin((db) => referencesTo(db, record.ids))).toEqual([]);
    // The audit trail keeps the receipt, ids only.
    const receipts = await c.rt.testDb.asAdmin(async (db) => (await db.selectFrom('audit_events').select('action').where('resource_id', '=', gone.clientId).execute()).map((r) => r.action as string));
    expect(receipts).toContain('client.delete');
    // The other client, and the grant, are untouched.
    const keptAfter = await c.rt.testDb.asAdmin((db) => idsOfRecord(db, kept.clientId));
    expect([...keptAfter.ids].sort()).toEqual([...keptIds.ids].sort());
    const grants = await c.rt.testDb.asAdmin(async (db) => (await db.selectFrom('practitioner_grants').select('id').where('grantee_id', '=', c.otherId).where('revoked_at', 'is', null).execute()).length);
    expect(grants).toBe(1);
  });

  it('R32 after deleting a session, no row outside the audit trail holds its id or the ids of its notes, measures, transcript and drafts', async () => {
    const sessionId = kept.sessionIds[0] ?? '';
    const ids = await c.rt.testDb.asAdmin(async (db) => {
      const out = new Set<string>([sessionId]);
      for (const t of ['notes', 'transcripts', 'ai_drafts', 'assessments']) {
        for (const r of (await sql<{ id: string }>`SELECT id::text AS id FROM ${sql.raw(q(t))} WHERE session_id = ${sessionId}`.execute(db)).rows) out.add(r.id);
      }
      for (const r of (await sql<{ id: string }>`SELECT a.id::text AS id FROM note_addenda a JOIN notes n ON n.id = a.note_id WHERE n.session_id = ${sessionId}`.execute(db)).rows) out.add(r.id);
      return out;
    });
    expect(ids.size).toBeGreaterThanOrEqual(6);
    const res = await c.call(c.pr, 'DELETE', `/api/therapy-sessions/${sessionId}`, { confirmation: kept.label, reason: 'entered_in_error' });
    expect(res.statusCode, res.body).toBe(200);
    expect(await c.rt.testDb.asAdmin((db) => referencesTo(db, ids))).toEqual([]);
    expect((await c.call(c.pr, 'GET', `/api/clients/${kept.clientId}`)).statusCode).toBe(200);
  });
});
