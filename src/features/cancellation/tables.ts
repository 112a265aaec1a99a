// Which tables hold a practice's rows, and in which order they can be emptied: read from the
// catalog (as the cross-tenant harness does), so a table added later is purged without touching
// this file. The audit trail is not among them: it stays (ids only; kept six years by law).
import { sql } from 'kysely';
import type { Tx } from '../../db/tenant.ts';

export const KEPT_TABLES = new Set(['audit_events', 'audit_heads', 'audit_checkpoints']);

/** Every public table with a practice_id column, children before the tables they reference. */
export async function purgeOrder(trx: Tx): Promise<string[]> {
  const tables = (
    await sql<{ t: string }>`
      SELECT c.relname AS t FROM pg_catalog.pg_class c
        JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attname = 'practice_id' AND NOT a.attisdropped
       WHERE n.nspname = 'public' AND c.relkind = 'r'
       ORDER BY c.relname`.execute(trx)
  ).rows
    .map((r) => r.t)
    .filter((t) => !KEPT_TABLES.has(t));
  const edges = (
    await sql<{ child: string; parent: string }>`
      SELECT ch.relname AS child, pa.relname AS parent FROM pg_catalog.pg_constraint k
        JOIN pg_catalog.pg_class ch ON ch.oid = k.conrelid
        JOIN pg_catalog.pg_class pa ON pa.oid = k.confrelid
        JOIN pg_catalog.pg_namespace n ON n.oid = ch.relnamespace
       WHERE k.contype = 'f' AND n.nspname = 'public'`.execute(trx)
  ).rows;
  return childrenFirst(tables, edges);
}

/** Topological order: a table comes after every table that references it (self-references ignored). */
export function childrenFirst(tables: string[], edges: Array<{ child: string; parent: string }>): string[] {
  const set = new Set(tables);
  const referencedBy = new Map<string, Set<string>>(tables.map((t) => [t, new Set<string>()]));
  for (const e of edges) if (set.has(e.child) && set.has(e.parent) && e.child !== e.parent) referencedBy.get(e.parent)?.add(e.child);
  const out: string[] = [];
  const done = new Set<string>();
  while (out.length < tables.length) {
    const next = tables.find((t) => !done.has(t) && [...(referencedBy.get(t) ?? [])].every((c) => done.has(c)));
    // A cycle of foreign keys between practice tables: take the rest as they come (cascades decide).
    const pick = next ?? tables.find((t) => !done.has(t));
    if (pick === undefined) break;
    out.push(pick);
    done.add(pick);
  }
  return out;
}
