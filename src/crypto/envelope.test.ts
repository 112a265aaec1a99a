import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { DecryptionError, FieldCrypto, KeyUnavailableError, MasterKeys, type FieldPlace } from './envelope.ts';
import { FileKeyringStore, SqlKeyringStore, type KeyringTables } from './keyring.ts';
import { openPGlite, pgliteHandle } from '../db/database.ts';

const dirs: string[] = [];
function tmpKeyring(): FileKeyringStore {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tacet-kr-'));
  dirs.push(dir);
  return new FileKeyringStore(dir);
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const practiceId = crypto.randomUUID();
const place = (over: Partial<FieldPlace> = {}): FieldPlace => ({ practiceId, table: 'notes', column: 'body', rowId: 'row-1', ...over });
const NOTE = 'Client reported improved sleep; practised paced breathing twice daily.';

describe('field encryption', () => {
  it('R13 seals a field with AES-256-GCM and opens it again', async () => {
    const fc = new FieldCrypto(new MasterKeys(crypto.randomBytes(32)), tmpKeyring());
    const keys = await fc.keysFor('practice', practiceId);
    const sealed = keys.encryptString(place(), NOTE);
    expect(sealed[0]).toBe(1);
    expect(sealed.includes(Buffer.from('sleep'))).toBe(false);
    expect(keys.decryptString(place(), sealed)).toBe(NOTE);
  });

  it('R13 uses a fresh random nonce for every encryption', async () => {
    const keys = await new FieldCrypto(new MasterKeys(crypto.randomBytes(32)), tmpKeyring()).keysFor('practice', practiceId);
    const nonces = new Set<string>();
    for (let i = 0; i < 2000; i++) nonces.add(keys.encryptString(place(), NOTE).subarray(17, 29).toString('hex'));
    expect(nonces.size).toBe(2000);
  });

  it('R13 any flipped bit makes decryption fail with a generic error', async () => {
    const keys = await new FieldCrypto(new MasterKeys(crypto.randomBytes(32)), tmpKeyring()).keysFor('practice', practiceId);
    const sealed = keys.encryptString(place(), NOTE);
    for (const at of [0, 5, 20, 35, sealed.length - 1]) {
      const bad = Buffer.from(sealed);
      bad[at] = (bad[at] ?? 0) ^ 0x01;
      expect(() => keys.decrypt(place(), bad)).toThrow(DecryptionError);
    }
    expect(() => keys.decrypt(place(), sealed.subarray(0, 30))).toThrow(DecryptionError);
    try {
      keys.decrypt(place(), Buffer.concat([sealed, Buffer.from([0])]));
    } catch (e) {
      expect((e as Error).message).toBe('the field could not be decrypted');
    }
  });

  it('R13 a ciphertext moved to another row, column, table or practice does not open', async () => {
    const keys = await new FieldCrypto(new MasterKeys(crypto.randomBytes(32)), tmpKeyring()).keysFor('practice', practiceId);
    const sealed = keys.encryptString(place(), NOTE);
    expect(() => keys.decrypt(place({ rowId: 'row-2' }), sealed)).toThrow(DecryptionError);
    expect(() => keys.decrypt(place({ column: 'title' }), sealed)).toThrow(DecryptionError);
    expect(() => keys.decrypt(place({ table: 'plans' }), sealed)).toThrow(DecryptionError);
    expect(() => keys.decrypt(place({ practiceId: crypto.randomUUID() }), sealed)).toThrow(DecryptionError);
  });

  it("R13 one practice's key cannot open another practice's field", async () => {
    const fc = new FieldCrypto(new MasterKeys(crypto.randomBytes(32)), tmpKeyring());
    const mine = await fc.keysFor('practice', practiceId);
    const other = await fc.keysFor('practice', crypto.randomUUID());
    const sealed = mine.encryptString(place(), NOTE);
    expect(() => other.decrypt(place(), sealed)).toThrow(DecryptionError);
  });

  it('R13 the wrong master key cannot unwrap the data keys', async () => {
    const store = tmpKeyring();
    const keys = await new FieldCrypto(new MasterKeys(crypto.randomBytes(32)), store).keysFor('practice', practiceId);
    const sealed = keys.encryptString(place(), NOTE);
    const intruder = new FieldCrypto(new MasterKeys(crypto.randomBytes(32)), store);
    await expect(intruder.keysFor('practice', practiceId)).rejects.toBeInstanceOf(KeyUnavailableError);
    expect(sealed.length).toBeGreaterThan(45);
  });

  it('R13 the keyring never holds a data key in clear', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tacet-kr-'));
    dirs.push(dir);
    const fc = new FieldCrypto(new MasterKeys(crypto.randomBytes(32)), new FileKeyringStore(dir));
    await fc.keysFor('practice', practiceId);
    const file = path.join(dir, 'keyring.json');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const rec = (JSON.parse(fs.readFileSync(file, 'utf8')) as { keys: Array<{ wrapped: string }> }).keys[0];
    expect(Buffer.from(rec?.wrapped ?? '', 'base64').length).toBe(12 + 16 + 32);
  });

  it('R13 rotation: new fields use the new key, old fields stay readable and can be re-encrypted', async () => {
    const fc = new FieldCrypto(new MasterKeys(crypto.randomBytes(32)), tmpKeyring());
    const v1 = await fc.keysFor('practice', practiceId);
    const old = v1.encryptString(place(), NOTE);
    const newId = await fc.rotate('practice', practiceId);
    expect(newId).not.toBe(v1.activeKeyId);
    const v2 = await fc.keysFor('practice', practiceId);
    expect(v2.activeKeyId).toBe(newId);
    expect(v2.decryptString(place(), old)).toBe(NOTE);
    expect(v2.isStale(old)).toBe(true);
    const fresh = v2.reencrypt(place(), old);
    expect(v2.isStale(fresh)).toBe(false);
    expect(v2.decryptString(place(), fresh)).toBe(NOTE);
  });

  it('R13 master-key rotation: data keys re-wrapped under the new master key still open old data', async () => {
    const store = tmpKeyring();
    const oldMaster = crypto.randomBytes(32);
    const sealed = (await new FieldCrypto(new MasterKeys(oldMaster), store).keysFor('practice', practiceId)).encryptString(place(), NOTE);
    const newMaster = crypto.randomBytes(32);
    const rotated = new FieldCrypto(new MasterKeys(newMaster, [oldMaster]), store);
    expect(await rotated.rewrapAll()).toEqual({ rewrapped: 1, unreadable: 0 });
    // Only the new master key is needed from now on.
    const after = new FieldCrypto(new MasterKeys(newMaster), store);
    expect((await after.keysFor('practice', practiceId)).decryptString(place(), sealed)).toBe(NOTE);
  });

  it('R45 destroying a practice key makes its fields unreadable for good', async () => {
    const store = tmpKeyring();
    const master = crypto.randomBytes(32);
    const fc = new FieldCrypto(new MasterKeys(master), store);
    const sealed = (await fc.keysFor('practice', practiceId)).encryptString(place(), NOTE);
    expect(await fc.destroy('practice', practiceId)).toBe(1);
    await expect(fc.existingKeysFor('practice', practiceId)).rejects.toBeInstanceOf(KeyUnavailableError);
    // Even a new process with the same master key cannot open it: a new key is not the old key.
    const later = await new FieldCrypto(new MasterKeys(master), store).keysFor('practice', practiceId);
    expect(() => later.decrypt(place(), sealed)).toThrow(DecryptionError);
  });

  it('R45 a copy of the clinical data plus the database credentials and master key, without the keyring, decrypts nothing', async () => {
    const master = crypto.randomBytes(32);
    const fc = new FieldCrypto(new MasterKeys(master), tmpKeyring());
    const keys = await fc.keysFor('practice', practiceId);
    const stolen = Array.from({ length: 50 }, (_, i) => ({ p: place({ rowId: `r${i}` }), c: keys.encryptString(place({ rowId: `r${i}` }), `${NOTE} ${i}`) }));
    const attacker = await new FieldCrypto(new MasterKeys(master), tmpKeyring()).keysFor('practice', practiceId);
    let opened = 0;
    for (const s of stolen) {
      try {
        attacker.decrypt(s.p, s.c);
        opened++;
      } catch (e) {
        expect(e).toBeInstanceOf(DecryptionError);
      }
    }
    expect(opened).toBe(0);
  });

  it('R13 per-user keys are separate from practice keys (names inside notes, R19)', async () => {
    const fc = new FieldCrypto(new MasterKeys(crypto.randomBytes(32)), tmpKeyring());
    const userId = crypto.randomUUID();
    const userKeys = await fc.keysFor('user', userId);
    const practiceKeys = await fc.keysFor('practice', practiceId);
    const sealed = userKeys.encryptString(place({ column: 'names' }), 'Jordan');
    expect(() => practiceKeys.decrypt(place({ column: 'names' }), sealed)).toThrow(DecryptionError);
    expect(userKeys.decryptString(place({ column: 'names' }), sealed)).toBe('Jordan');
  });

  it('R45 the SQL keyring (used with KEYRING_URL) supports the same life cycle', async () => {
    const pg = await openPGlite(undefined);
    const h = pgliteHandle<KeyringTables>(pg);
    const store = await SqlKeyringStore.open(h.db, () => h.close());
    try {
      const master = crypto.randomBytes(32);
      const fc = new FieldCrypto(new MasterKeys(master), store);
      const v1 = await fc.keysFor('practice', practiceId);
      const sealed = v1.encryptString(place(), NOTE);
      await fc.rotate('practice', practiceId);
      const v2 = await new FieldCrypto(new MasterKeys(master), store).keysFor('practice', practiceId);
      expect(v2.decryptString(place(), sealed)).toBe(NOTE);
      expect(await fc.destroy('practice', practiceId)).toBe(2);
      await expect(fc.existingKeysFor('practice', practiceId)).rejects.toBeInstanceOf(KeyUnavailableError);
    } finally {
      await store.close();
    }
  });
});
