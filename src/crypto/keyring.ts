// The keyring holds wrapped data-encryption keys (DEKs). It lives apart from the clinical
// database — its own file in embedded mode, its own database (KEYRING_URL) on a server — so that
// deleting a key here makes the matching ciphertext unreadable everywhere, backups of the main
// database included (R45). A key record never holds a key in clear: `wrapped` is the DEK
// encrypted under the master key (KEK) — or, for a client's key, under its practice's data key
// (`parentId` names the practice, `kekId` the practice key that wraps it), so destroying a
// practice's keys leaves every client key of that practice unopenable too.
import fs from 'node:fs';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';

export type KeyScope = 'practice' | 'user' | 'client';

export interface KeyRecord {
  id: string;
  scope: KeyScope;
  scopeId: string;
  /** The practice a client key belongs to (and whose data key wraps it); null for other scopes. */
  parentId: string | null;
  version: number;
  status: 'active' | 'retired';
  /** The master key fingerprint (MasterKeys.idOf), or for a client key the practice key's id. */
  kekId: string;
  wrapped: Buffer;
  createdAt: string;
}

export interface KeyringStore {
  listScope(scope: KeyScope, scopeId: string): Promise<KeyRecord[]>;
  listAll(): Promise<KeyRecord[]>;
  /**
   * The client keys of one practice in one round trip (lists, timelines and exports open rows of
   * many clients); only those of `scopeIds` when given.
   */
  listByParent(parentId: string, scopeIds?: readonly string[]): Promise<KeyRecord[]>;
  /** Adds a new active key and retires the scope's previous active key, atomically. */
  addActive(record: KeyRecord): Promise<void>;
  replaceWrapped(id: string, kekId: string, wrapped: Buffer): Promise<void>;
  /**
   * Crypto-shredding: removes every key of the scope. Destroying a practice's keys removes its
   * client keys in the same step (they could no longer be unwrapped anyway). Returns how many
   * were destroyed.
   */
  destroyScope(scope: KeyScope, scopeId: string): Promise<number>;
  close(): Promise<void>;
}

interface FileShape {
  format: 'tacet-keyring-v1';
  keys: Array<Omit<KeyRecord, 'wrapped' | 'parentId'> & { wrapped: string; parentId?: string | null }>;
}

/**
 * Embedded keyring: one JSON file (mode 0600), rewritten atomically on every change. Every change
 * starts from the file as it is on disk, and reads pick up a file another process rewrote (a
 * `tacet keys` command beside the server): client keys (issue 18) are made often, and a process
 * that wrote back a stale copy would drop keys that data is already sealed under.
 */
export class FileKeyringStore implements KeyringStore {
  private readonly file: string;
  private keys: KeyRecord[] = [];
  /** Identity of the file version held in memory (inode, size, mtime); a rename makes a new inode. */
  private stamp = '';
  private queue: Promise<unknown> = Promise.resolve();

  constructor(dir: string) {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    this.file = path.join(dir, 'keyring.json');
    this.refresh();
  }

  private refresh(): void {
    let st: fs.Stats;
    try {
      st = fs.statSync(this.file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw err;
    }
    const stamp = `${st.ino}:${st.size}:${st.mtimeMs}`;
    if (stamp === this.stamp) return;
    const parsed = JSON.parse(fs.readFileSync(this.file, 'utf8')) as FileShape;
    if (parsed.format !== 'tacet-keyring-v1') throw new Error('keyring file has an unknown format');
    // Files written before client keys existed have no parentId: null, as for every non-client key.
    this.keys = parsed.keys.map((k) => ({ ...k, parentId: k.parentId ?? null, wrapped: Buffer.from(k.wrapped, 'base64') }));
    this.stamp = stamp;
  }

  private persist(): void {
    const shape: FileShape = {
      format: 'tacet-keyring-v1',
      keys: this.keys.map((k) => ({ ...k, wrapped: k.wrapped.toString('base64') })),
    };
    const tmp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(shape), { mode: 0o600 });
    // fsync before rename: a crash must leave either the old or the new keyring, never half.
    const fd = fs.openSync(tmp, 'r');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fs.renameSync(tmp, this.file);
    const st = fs.statSync(this.file);
    this.stamp = `${st.ino}:${st.size}:${st.mtimeMs}`;
  }

  /** Runs a change after the ones before it, on the keyring as it is on disk now. */
  private serial<T>(fn: () => T): Promise<T> {
    const next = this.queue.then(() => {
      this.refresh();
      return fn();
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  listScope(scope: KeyScope, scopeId: string): Promise<KeyRecord[]> {
    this.refresh();
    return Promise.resolve(this.keys.filter((k) => k.scope === scope && k.scopeId === scopeId).map((k) => ({ ...k })));
  }

  listAll(): Promise<KeyRecord[]> {
    this.refresh();
    return Promise.resolve(this.keys.map((k) => ({ ...k })));
  }

  listByParent(parentId: string, scopeIds?: readonly string[]): Promise<KeyRecord[]> {
    this.refresh();
    const only = scopeIds === undefined ? undefined : new Set(scopeIds);
    return Promise.resolve(
      this.keys.filter((k) => k.scope === 'client' && k.parentId === parentId && (only === undefined || only.has(k.scopeId))).map((k) => ({ ...k })),
    );
  }

  addActive(record: KeyRecord): Promise<void> {
    return this.serial(() => {
      this.keys = this.keys.map((k) =>
        k.scope === record.scope && k.scopeId === record.scopeId && k.status === 'active' ? { ...k, status: 'retired' as const } : k,
      );
      this.keys.push({ ...record });
      this.persist();
    });
  }

  replaceWrapped(id: string, kekId: string, wrapped: Buffer): Promise<void> {
    return this.serial(() => {
      this.keys = this.keys.map((k) => (k.id === id ? { ...k, kekId, wrapped } : k));
      this.persist();
    });
  }

  destroyScope(scope: KeyScope, scopeId: string): Promise<number> {
    return this.serial(() => {
      const before = this.keys.length;
      this.keys = this.keys.filter((k) => !((k.scope === scope && k.scopeId === scopeId) || (scope === 'practice' && k.scope === 'client' && k.parentId === scopeId)));
      this.persist();
      return before - this.keys.length;
    });
  }

  close(): Promise<void> {
    return this.serial(() => undefined);
  }
}

interface KeyringTables {
  keyring_keys: {
    id: string;
    scope: KeyScope;
    scope_id: string;
    parent_id: string | null;
    version: number;
    status: 'active' | 'retired';
    kek_id: string;
    wrapped: Buffer;
    created_at: string;
  };
}

const KEYRING_DDL = `
CREATE TABLE IF NOT EXISTS keyring_keys (
  id uuid PRIMARY KEY,
  scope text NOT NULL CHECK (scope IN ('practice', 'user', 'client')),
  scope_id uuid NOT NULL,
  parent_id uuid,
  version integer NOT NULL,
  status text NOT NULL CHECK (status IN ('active', 'retired')),
  kek_id text NOT NULL,
  wrapped bytea NOT NULL,
  created_at text NOT NULL,
  UNIQUE (scope, scope_id, version),
  CONSTRAINT keyring_keys_parent_check CHECK ((scope = 'client') = (parent_id IS NOT NULL))
);
CREATE UNIQUE INDEX IF NOT EXISTS keyring_one_active ON keyring_keys (scope, scope_id) WHERE status = 'active';
-- Keyrings created before client keys (issue 18) get the parent column and the wider scope
-- check here. Every start runs this: each step is idempotent, and the constraints are replaced
-- only once (a second server starting at the same moment finds them there).
ALTER TABLE keyring_keys ADD COLUMN IF NOT EXISTS parent_id uuid;
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'keyring_keys'::regclass AND conname = 'keyring_keys_parent_check') THEN
    ALTER TABLE keyring_keys DROP CONSTRAINT IF EXISTS keyring_keys_scope_check;
    ALTER TABLE keyring_keys ADD CONSTRAINT keyring_keys_scope_check CHECK (scope IN ('practice', 'user', 'client'));
    ALTER TABLE keyring_keys ADD CONSTRAINT keyring_keys_parent_check CHECK ((scope = 'client') = (parent_id IS NOT NULL));
  END IF;
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;
CREATE INDEX IF NOT EXISTS keyring_parent_idx ON keyring_keys (parent_id) WHERE parent_id IS NOT NULL;
`;

/** Server keyring: a table in its own database (KEYRING_URL), never the clinical database. */
export class SqlKeyringStore implements KeyringStore {
  constructor(
    private readonly db: Kysely<KeyringTables>,
    private readonly onClose: () => Promise<void>,
  ) {}

  static async open(db: Kysely<KeyringTables>, onClose: () => Promise<void>): Promise<SqlKeyringStore> {
    await sql.raw(KEYRING_DDL).execute(db);
    return new SqlKeyringStore(db, onClose);
  }

  private static toRecord(r: KeyringTables['keyring_keys']): KeyRecord {
    return {
      id: r.id,
      scope: r.scope,
      scopeId: r.scope_id,
      parentId: r.parent_id,
      version: r.version,
      status: r.status,
      kekId: r.kek_id,
      wrapped: Buffer.from(r.wrapped),
      createdAt: r.created_at,
    };
  }

  async listScope(scope: KeyScope, scopeId: string): Promise<KeyRecord[]> {
    const rows = await this.db.selectFrom('keyring_keys').selectAll().where('scope', '=', scope).where('scope_id', '=', scopeId).execute();
    return rows.map((r) => SqlKeyringStore.toRecord(r));
  }

  async listAll(): Promise<KeyRecord[]> {
    const rows = await this.db.selectFrom('keyring_keys').selectAll().orderBy('created_at').execute();
    return rows.map((r) => SqlKeyringStore.toRecord(r));
  }

  async listByParent(parentId: string, scopeIds?: readonly string[]): Promise<KeyRecord[]> {
    if (scopeIds !== undefined && scopeIds.length === 0) return [];
    let q = this.db.selectFrom('keyring_keys').selectAll().where('scope', '=', 'client').where('parent_id', '=', parentId);
    if (scopeIds !== undefined) q = q.where('scope_id', 'in', [...scopeIds]);
    const rows = await q.execute();
    return rows.map((r) => SqlKeyringStore.toRecord(r));
  }

  async addActive(r: KeyRecord): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('keyring_keys')
        .set({ status: 'retired' })
        .where('scope', '=', r.scope)
        .where('scope_id', '=', r.scopeId)
        .where('status', '=', 'active')
        .execute();
      await trx
        .insertInto('keyring_keys')
        .values({
          id: r.id,
          scope: r.scope,
          scope_id: r.scopeId,
          parent_id: r.parentId,
          version: r.version,
          status: 'active',
          kek_id: r.kekId,
          wrapped: r.wrapped,
          created_at: r.createdAt,
        })
        .execute();
    });
  }

  async replaceWrapped(id: string, kekId: string, wrapped: Buffer): Promise<void> {
    await this.db.updateTable('keyring_keys').set({ kek_id: kekId, wrapped }).where('id', '=', id).execute();
  }

  async destroyScope(scope: KeyScope, scopeId: string): Promise<number> {
    // One statement: a practice and its clients' keys go together or not at all.
    const res = await this.db
      .deleteFrom('keyring_keys')
      .where((eb) =>
        scope === 'practice'
          ? eb.or([eb.and([eb('scope', '=', scope), eb('scope_id', '=', scopeId)]), eb.and([eb('scope', '=', 'client'), eb('parent_id', '=', scopeId)])])
          : eb.and([eb('scope', '=', scope), eb('scope_id', '=', scopeId)]),
      )
      .executeTakeFirst();
    return Number(res.numDeletedRows);
  }

  close(): Promise<void> {
    return this.onClose();
  }
}

export type { KeyringTables };
