// Client keys (issue 18): a key per client, wrapped by its practice's key, so that deleting one
// client — or a whole practice — makes its rows unreadable in every copy, backups included.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { DecryptionError, FieldCrypto, KeyUnavailableError, MasterKeys, sealedKeyId, type FieldPlace } from './envelope.ts';
import { FileKeyringStore, SqlKeyringStore, type KeyringStore, type KeyringTables } from './keyring.ts';
import { openPGlite, pgliteHandle, postgresHandle, type DbHandle } from '../db/database.ts';

const dirs: string[] = [];
function tmpDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tacet-kr-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const P = crypto.randomUUID();
const place = (rowId: string, practiceId = P): FieldPlace => ({ practiceId, table: 'notes', column: 'sections', rowId });
const TEXT = 'Synthetic session text for client key tests.';

/** Runs the same cases on the file keyring and on the SQL keyring (KEYRING_URL) in PGlite. */
const stores: Array<[string, () => Promise<KeyringStore>]> = [
  ['file keyring', () => Promise.resolve(new FileKeyringStore(tmpDir()))],
  [
    'SQL keyring',
    async () => {
      // One embedded database for every case (an initdb costs seconds), emptied for each.
      sharedPglite ??= pgliteHandle<KeyringTables>(await openPGlite(undefined));
      const h = sharedPglite;
      await sql`DROP TABLE IF EXISTS keyring_keys`.execute(h.db);
      return SqlKeyringStore.open(h.db, () => Promise.resolve());
    },
  ],
];
let sharedPglite: DbHandle<KeyringTables> | undefined;
afterAll(async () => {
  await sharedPglite?.close();
});

// With TEST_DATABASE_URL, the SQL keyring runs on the PostgreSQL server too (a database of its own
// per store, as KEYRING_URL names one in production), dropped again on close.
const serverUrl = process.env.TEST_DATABASE_URL ?? '';
if (serverUrl !== '') {
  stores.push([
    'SQL keyring on PostgreSQL',
    async () => {
      const name = `tacet_kr_${crypto.randomBytes(6).toString('hex')}`;
      const admin = postgresHandle(serverUrl, 1, 'TEST_DATABASE_URL');
      await sql.raw(`CREATE DATABASE ${name}`).execute(admin.db);
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      const h = postgresHandle<KeyringTables>(url.toString(), 2, 'KEYRING_URL');
      return SqlKeyringStore.open(h.db, async () => {
        await h.close();
        await sql.raw(`DROP DATABASE ${name}`).execute(admin.db);
        await admin.close();
      });
    },
  ]);
}

describe.each(stores)('client keys on the %s', (_name, open) => {
  it('R45 R13 after destroy(client) a copy of its rows taken before cannot be opened with the master key and the keyring; another client of the practice still opens', async () => {
    const store = await open();
    try {
      const master = crypto.randomBytes(32);
      const fc = new FieldCrypto(new MasterKeys(master), store);
      const [x, y] = [crypto.randomUUID(), crypto.randomUUID()];
      const copyOfX = (await fc.keysForClient(P, x)).encryptString(place('row-x'), TEXT);
      const copyOfY = (await fc.keysForClient(P, y)).encryptString(place('row-y'), TEXT);
      expect(sealedKeyId(copyOfX)).not.toBe((await fc.keysFor('practice', P)).activeKeyId);

      expect(await fc.destroy('client', x)).toBe(1);

      // A new process with the same master key and the same keyring: as a restore from backup would have.
      const later = new FieldCrypto(new MasterKeys(master), store);
      await expect(later.keysFor('practice', P).then((k) => k.decrypt(place('row-x'), copyOfX))).rejects.toBeInstanceOf(DecryptionError);
      const xAgain = await later.keysForClient(P, x); // a fresh key, not the old one
      expect(() => xAgain.decrypt(place('row-x'), copyOfX)).toThrow(DecryptionError);
      expect((await later.keysForClient(P, y)).decryptString(place('row-y'), copyOfY)).toBe(TEXT);
    } finally {
      await store.close();
    }
  });

  it('R45 destroy(practice) destroys every client key of the practice with it, and no other practice\'s', async () => {
    const store = await open();
    try {
      const master = crypto.randomBytes(32);
      const fc = new FieldCrypto(new MasterKeys(master), store);
      const clients = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
      const copies = await Promise.all(clients.map(async (c) => ({ c, sealed: (await fc.keysForClient(P, c)).encryptString(place(c), TEXT) })));
      const otherPractice = crypto.randomUUID();
      const otherClient = crypto.randomUUID();
      const otherSealed = (await fc.keysForClient(otherPractice, otherClient)).encryptString(place('o', otherPractice), TEXT);

      expect(await fc.destroy('practice', P)).toBe(1 + clients.length);
      expect(await store.listByParent(P)).toEqual([]);

      const later = new FieldCrypto(new MasterKeys(master), store);
      for (const { c, sealed } of copies) await expect(later.keysForClient(P, c).then((k) => k.decrypt(place(c), sealed))).rejects.toBeInstanceOf(DecryptionError);
      // The cache of the process that destroyed them forgot them at once.
      for (const { c, sealed } of copies) await expect(fc.keysForClient(P, c).then((k) => k.decrypt(place(c), sealed))).rejects.toBeInstanceOf(DecryptionError);
      expect((await later.keysForClient(otherPractice, otherClient)).decryptString(place('o', otherPractice), otherSealed)).toBe(TEXT);
    } finally {
      await store.close();
    }
  });

  it('R45 a client key cannot be opened once its practice keys are gone, even if its own record survives', async () => {
    const store = await open();
    try {
      const master = crypto.randomBytes(32);
      const fc = new FieldCrypto(new MasterKeys(master), store);
      const c = crypto.randomUUID();
      const sealed = (await fc.keysForClient(P, c)).encryptString(place(c), TEXT);
      const [clientRecord] = await store.listScope('client', c);
      // Only the practice's own key is removed (a keyring restored from an older copy could hold
      // the client record): without the practice key nothing unwraps it.
      for (const r of await store.listScope('practice', P)) await store.replaceWrapped(r.id, r.kekId, crypto.randomBytes(r.wrapped.length));
      expect(clientRecord?.parentId).toBe(P);
      const later = new FieldCrypto(new MasterKeys(master), store);
      await expect(later.keysForClient(P, c).then((k) => k.decrypt(place(c), sealed))).rejects.toThrow();
    } finally {
      await store.close();
    }
  });

  it('R13 practice key rotation keeps client data readable; new client keys are wrapped by the new practice key', async () => {
    const store = await open();
    try {
      const master = crypto.randomBytes(32);
      const fc = new FieldCrypto(new MasterKeys(master), store);
      const c = crypto.randomUUID();
      const sealed = (await fc.keysForClient(P, c)).encryptString(place(c), TEXT);
      const newPracticeKey = await fc.rotate('practice', P);
      const later = new FieldCrypto(new MasterKeys(master), store);
      expect((await later.keysForClient(P, c)).decryptString(place(c), sealed)).toBe(TEXT);
      const d = crypto.randomUUID();
      await later.keysForClient(P, d);
      expect((await store.listScope('client', d))[0]?.kekId).toBe(newPracticeKey);
    } finally {
      await store.close();
    }
  });

  it('R13 a client key opens fields sealed under the practice key before client keys existed, and seals them again under itself', async () => {
    const store = await open();
    try {
      const fc = new FieldCrypto(new MasterKeys(crypto.randomBytes(32)), store);
      const c = crypto.randomUUID();
      const practice = await fc.keysFor('practice', P);
      const legacy = practice.encryptString(place('n1'), TEXT);
      const client = await fc.keysForClient(P, c);
      expect(client.decryptString(place('n1'), legacy)).toBe(TEXT);
      expect(client.isStale(legacy)).toBe(true);
      const moved = client.reencrypt(place('n1'), legacy);
      expect(client.isStale(moved)).toBe(false);
      expect(sealedKeyId(moved)).toBe(client.activeKeyId);
      // The practice key alone no longer opens the moved field.
      expect(() => practice.decrypt(place('n1'), moved)).toThrow(DecryptionError);
    } finally {
      await store.close();
    }
  });

  it('R13 master-key rotation re-wraps practice keys and skips client keys, which still open', async () => {
    const store = await open();
    try {
      const oldMaster = crypto.randomBytes(32);
      const c = crypto.randomUUID();
      const sealed = (await new FieldCrypto(new MasterKeys(oldMaster), store).keysForClient(P, c)).encryptString(place(c), TEXT);
      const clientWrapped = (await store.listScope('client', c))[0]?.wrapped;
      const newMaster = crypto.randomBytes(32);
      expect(await new FieldCrypto(new MasterKeys(newMaster, [oldMaster]), store).rewrapAll()).toEqual({ rewrapped: 1, unreadable: 0 });
      expect((await store.listScope('client', c))[0]?.wrapped.equals(clientWrapped ?? Buffer.alloc(0))).toBe(true);
      const after = new FieldCrypto(new MasterKeys(newMaster), store);
      expect((await after.keysForClient(P, c)).decryptString(place(c), sealed)).toBe(TEXT);
    } finally {
      await store.close();
    }
  });

  it("R40 a client's keys are never handed out under another practice", async () => {
    const store = await open();
    try {
      const fc = new FieldCrypto(new MasterKeys(crypto.randomBytes(32)), store);
      const c = crypto.randomUUID();
      await fc.keysForClient(P, c);
      await expect(fc.keysForClient(crypto.randomUUID(), c)).rejects.toBeInstanceOf(KeyUnavailableError);
      expect(() => fc.keysFor('client' as 'practice', c)).toThrow();
    } finally {
      await store.close();
    }
  });

  it('R13 the keys of many clients come from one keyring query', async () => {
    const store = await open();
    try {
      const master = crypto.randomBytes(32);
      const clients = Array.from({ length: 20 }, () => crypto.randomUUID());
      const seeder = new FieldCrypto(new MasterKeys(master), store);
      const sealed = new Map<string, Buffer>();
      for (const c of clients) sealed.set(c, (await seeder.keysForClient(P, c)).encryptString(place(c), TEXT));
      const fc = new FieldCrypto(new MasterKeys(master), store);
      const byParent = vi.spyOn(store, 'listByParent');
      const byScope = vi.spyOn(store, 'listScope');
      const keys = await fc.keysForClients(P, [...clients, ...clients]);
      expect(byParent).toHaveBeenCalledTimes(1);
      expect(byScope.mock.calls.filter(([scope]) => scope === 'client')).toEqual([]);
      for (const c of clients) expect(keys.get(c)?.decryptString(place(c), sealed.get(c) ?? Buffer.alloc(0))).toBe(TEXT);
      // And again: all from the cache.
      await fc.keysForClients(P, clients);
      expect(byParent).toHaveBeenCalledTimes(1);
    } finally {
      await store.close();
    }
  });
});

describe('file keyring shared by two processes', () => {
  it('R45 a key made by one process is never dropped by another that rewrites the file', async () => {
    const dir = tmpDir();
    const master = crypto.randomBytes(32);
    const a = new FieldCrypto(new MasterKeys(master), new FileKeyringStore(dir));
    const b = new FieldCrypto(new MasterKeys(master), new FileKeyringStore(dir)); // e.g. `tacet keys` beside the server
    const [c1, c2] = [crypto.randomUUID(), crypto.randomUUID()];
    const s1 = (await a.keysForClient(P, c1)).encryptString(place(c1), TEXT);
    const s2 = (await b.keysForClient(P, c2)).encryptString(place(c2), TEXT);
    await a.keysForClient(P, crypto.randomUUID()); // a writes again after b did
    const later = new FieldCrypto(new MasterKeys(master), new FileKeyringStore(dir));
    expect((await later.keysForClient(P, c1)).decryptString(place(c1), s1)).toBe(TEXT);
    expect((await later.keysForClient(P, c2)).decryptString(place(c2), s2)).toBe(TEXT);
    expect((await new FileKeyringStore(dir).listByParent(P)).length).toBe(3);
  });
});

describe('SQL keyring upgrade', () => {
  it('R45 a keyring table made before client keys gains the parent column and the client scope on open', async () => {
    const h = pgliteHandle<KeyringTables>(await openPGlite(undefined));
    await sql
      .raw(
        `CREATE TABLE keyring_keys (
          id uuid PRIMARY KEY,
          scope text NOT NULL CHECK (scope IN ('practice', 'user')),
          scope_id uuid NOT NULL,
          version integer NOT NULL,
          status text NOT NULL CHECK (status IN ('active', 'retired')),
          kek_id text NOT NULL,
          wrapped bytea NOT NULL,
          created_at text NOT NULL,
          UNIQUE (scope, scope_id, version));
        CREATE UNIQUE INDEX keyring_one_active ON keyring_keys (scope, scope_id) WHERE status = 'active';`,
      )
      .execute(h.db);
    const master = crypto.randomBytes(32);
    const before = await SqlKeyringStore.open(h.db, () => Promise.resolve());
    const c = crypto.randomUUID();
    const fc = new FieldCrypto(new MasterKeys(master), before);
    const sealed = (await fc.keysForClient(P, c)).encryptString(place(c), TEXT);
    // Opening again (every start does) changes nothing.
    const again = await SqlKeyringStore.open(h.db, () => h.close());
    try {
      expect((await new FieldCrypto(new MasterKeys(master), again).keysForClient(P, c)).decryptString(place(c), sealed)).toBe(TEXT);
      await expect(
        sql`INSERT INTO keyring_keys (id, scope, scope_id, version, status, kek_id, wrapped, created_at) VALUES (${crypto.randomUUID()}, 'client', ${crypto.randomUUID()}, 1, 'active', 'k', '\\x00', 'now')`.execute(h.db),
      ).rejects.toThrow();
    } finally {
      await again.close();
    }
  });
});
