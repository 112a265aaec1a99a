// What a copy of a practice's rows holds, and whether anything can open it (R45). Used by the
// shredding tests (unit, kill -9 and browser): they copy every sealed column before a purge, as a
// dump or COPY would, and try every key the keyring still holds afterwards.
import { sql } from 'kysely';
import type { FieldCrypto } from '../../crypto/envelope.ts';
import type { KeyScope } from '../../crypto/keyring.ts';

export interface SealedCopy {
  practiceId: string;
  table: string;
  /** The field's place name (the column without its _sealed suffix). */
  column: string;
  rowId: string;
  sealed: Buffer;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- catalog queries are schema-independent
type AnyDb = import('kysely').Kysely<any>;

/** Every non-null sealed (bytea *_sealed) value of the practice's rows, read as a superuser would dump them. */
export async function copySealed(admin: AnyDb, practiceId: string): Promise<SealedCopy[]> {
  const cols = (
    await sql<{ t: string; c: string }>`
      SELECT c.relname AS t, a.attname AS c FROM pg_catalog.pg_attribute a
        JOIN pg_catalog.pg_class c ON c.oid = a.attrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attname LIKE '%\_sealed' AND NOT a.attisdropped
         AND a.atttypid = 'bytea'::regtype
         AND EXISTS (SELECT 1 FROM pg_catalog.pg_attribute p WHERE p.attrelid = c.oid AND p.attname = 'practice_id')
         AND EXISTS (SELECT 1 FROM pg_catalog.pg_attribute i WHERE i.attrelid = c.oid AND i.attname = 'id')
       ORDER BY 1, 2`.execute(admin)
  ).rows;
  const out: SealedCopy[] = [];
  for (const { t, c } of cols) {
    const rows = await sql<{ id: string; v: Buffer | Uint8Array }>`
      SELECT id::text AS id, ${sql.ref(c)} AS v FROM ${sql.table(t)} WHERE practice_id = ${practiceId} AND ${sql.ref(c)} IS NOT NULL`.execute(admin);
    for (const r of rows.rows) out.push({ practiceId, table: t, column: c.replace(/_sealed$/, ''), rowId: r.id, sealed: Buffer.from(r.v) });
  }
  return out;
}

/** The copied values that some key of the keyring (under the master key) still opens. */
export async function openableWithKeyring(fieldCrypto: FieldCrypto, copies: SealedCopy[]): Promise<SealedCopy[]> {
  const all = await fieldCrypto.store.listAll();
  const scopes = new Map<string, { scope: KeyScope; id: string; parentId: string | null }>();
  for (const r of all) scopes.set(`${r.scope}:${r.scopeId}`, { scope: r.scope, id: r.scopeId, parentId: r.parentId });
  const practicesWithKeys = new Set(all.filter((r) => r.scope === 'practice').map((r) => r.scopeId));
  const keySets = [];
  for (const s of scopes.values()) {
    try {
      if (s.scope === 'client') {
        // A client key opens only through its practice's key; with that gone, it opens nothing
        // (and asking for it must not create a fresh practice key).
        if (s.parentId !== null && practicesWithKeys.has(s.parentId)) keySets.push(await fieldCrypto.keysForClient(s.parentId, s.id));
        continue;
      }
      keySets.push(await fieldCrypto.existingKeysFor(s.scope, s.id));
    } catch {
      // A scope whose keys cannot be unwrapped any more (e.g. a client key under a destroyed
      // practice key) opens nothing.
    }
  }
  const opened: SealedCopy[] = [];
  for (const copy of copies) {
    for (const keys of keySets) {
      try {
        keys.decrypt({ practiceId: copy.practiceId, table: copy.table, column: copy.column, rowId: copy.rowId }, copy.sealed);
        opened.push(copy);
        break;
      } catch {
        /* not this key */
      }
    }
  }
  return opened;
}
