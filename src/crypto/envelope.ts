// Envelope encryption for fields (R13, R45). Every sensitive field is sealed with AES-256-GCM
// under a data key (DEK) that belongs to one practice, one client or one user. Practice and user
// DEKs are wrapped by the master key (KEK); a client's DEK is wrapped by its practice's DEK. All
// are kept in the keyring, apart from the data. The hierarchy is what makes deletion reach
// backups: destroying a client's key leaves that client's rows unreadable in every copy, and
// destroying a practice's keys leaves every client key of the practice unopenable as well.
//
//   master key (KEK, outside both databases)
//   ├── practice DEK (versions)  ── client DEK (one per client, versions) ── client fields
//   │                            └─ practice-wide fields (and client fields sealed before issue 18)
//   └── user DEK (versions)      ── personal fields (R19 names, AI provenance, TOTP secrets)
//
// Sealed field layout (version 1):
//   0      1 byte   format version (0x01)
//   1..16  16 bytes DEK id (UUID bytes)
//   17..28 12 bytes nonce, fresh and random for every encryption
//   29..44 16 bytes GCM tag
//   45..   ciphertext
// The associated data binds the header and the field's place (practice, table, column, row id),
// so a ciphertext copied into another row, column or practice fails to open.
import crypto from 'node:crypto';
import type { KeyRecord, KeyringStore, KeyScope } from './keyring.ts';
import type { StreamKeys } from './stream.ts';

const VERSION = 0x01;
const HEADER = 1 + 16;
const NONCE = 12;
const TAG = 16;
const OVERHEAD = HEADER + NONCE + TAG;

export interface FieldPlace {
  practiceId: string;
  table: string;
  column: string;
  rowId: string;
}

/** One message for every failure to open: never say which check failed. */
export class DecryptionError extends Error {
  constructor() {
    super('the field could not be decrypted');
    this.name = 'DecryptionError';
  }
}

export class MasterKeys {
  readonly current: { id: string; key: Buffer };
  private readonly byId: Map<string, Buffer>;

  constructor(current: Buffer, previous: Buffer[] = []) {
    if (current.length !== 32) throw new Error('master key must be 32 bytes');
    const all = [current, ...previous];
    this.byId = new Map(all.map((k) => [MasterKeys.idOf(k), k]));
    this.current = { id: MasterKeys.idOf(current), key: current };
  }

  /** A public fingerprint of a KEK, so a wrapped key says which KEK opens it. */
  static idOf(key: Buffer): string {
    return crypto.createHmac('sha256', key).update('tacet-kek-id').digest('hex').slice(0, 16);
  }

  get(id: string): Buffer | undefined {
    return this.byId.get(id);
  }
}

function uuidToBytes(id: string): Buffer {
  return Buffer.from(id.replace(/-/g, ''), 'hex');
}

function bytesToUuid(b: Buffer): string {
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

type WrapPlace = Pick<KeyRecord, 'id' | 'scope' | 'scopeId' | 'parentId'>;

/** A client key is bound to its practice too: its record moved under another practice does not unwrap. */
function wrapAad(r: WrapPlace): Buffer {
  const base = `tacet-dek/v1|${r.scope}|${r.scopeId}|${r.id}`;
  return Buffer.from(r.parentId === null ? base : `${base}|${r.parentId}`);
}

function wrapKey(kek: Buffer, dek: Buffer, r: WrapPlace): Buffer {
  const nonce = crypto.randomBytes(NONCE);
  const c = crypto.createCipheriv('aes-256-gcm', kek, nonce);
  c.setAAD(wrapAad(r));
  const ct = Buffer.concat([c.update(dek), c.final()]);
  return Buffer.concat([nonce, c.getAuthTag(), ct]);
}

function unwrapKey(kek: Buffer, wrapped: Buffer, r: WrapPlace): Buffer {
  const d = crypto.createDecipheriv('aes-256-gcm', kek, wrapped.subarray(0, NONCE));
  d.setAAD(wrapAad(r));
  d.setAuthTag(wrapped.subarray(NONCE, NONCE + TAG));
  return Buffer.concat([d.update(wrapped.subarray(NONCE + TAG)), d.final()]);
}

/**
 * The unwrapped keys of one scope, ready for synchronous use in a request. Obtain one with
 * FieldCrypto.keysFor(); encrypt always uses the scope's active key, decrypt accepts any key of the
 * scope that still exists (older versions stay readable until data is re-encrypted).
 */
export class ScopeKeys {
  constructor(
    readonly scope: KeyScope,
    readonly scopeId: string,
    private readonly active: { id: string; idBytes: Buffer; key: Buffer },
    private readonly keys: Map<string, Buffer>,
  ) {}

  get activeKeyId(): string {
    return this.active.id;
  }

  private static aad(header: Buffer, p: FieldPlace): Buffer {
    return Buffer.concat([header, Buffer.from(`|${p.practiceId}|${p.table}|${p.column}|${p.rowId}`)]);
  }

  encrypt(place: FieldPlace, plaintext: Buffer | string): Buffer {
    const data = typeof plaintext === 'string' ? Buffer.from(plaintext, 'utf8') : plaintext;
    const out = Buffer.allocUnsafe(OVERHEAD + data.length);
    out[0] = VERSION;
    this.active.idBytes.copy(out, 1);
    crypto.randomFillSync(out, HEADER, NONCE);
    const c = crypto.createCipheriv('aes-256-gcm', this.active.key, out.subarray(HEADER, HEADER + NONCE));
    c.setAAD(ScopeKeys.aad(out.subarray(0, HEADER), place));
    const n = c.update(data).copy(out, OVERHEAD);
    c.final().copy(out, OVERHEAD + n);
    c.getAuthTag().copy(out, HEADER + NONCE);
    return out;
  }

  decrypt(place: FieldPlace, sealed: Buffer | Uint8Array): Buffer {
    const blob = Buffer.isBuffer(sealed) ? sealed : Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
    if (blob.length < OVERHEAD || blob[0] !== VERSION) throw new DecryptionError();
    const key = this.keys.get(bytesToUuid(blob.subarray(1, HEADER)));
    if (key === undefined) throw new DecryptionError();
    try {
      const d = crypto.createDecipheriv('aes-256-gcm', key, blob.subarray(HEADER, HEADER + NONCE));
      d.setAAD(ScopeKeys.aad(blob.subarray(0, HEADER), place));
      d.setAuthTag(blob.subarray(HEADER + NONCE, OVERHEAD));
      const head = d.update(blob.subarray(OVERHEAD));
      const tail = d.final();
      return tail.length === 0 ? head : Buffer.concat([head, tail]);
    } catch {
      throw new DecryptionError();
    }
  }

  encryptString(place: FieldPlace, text: string): Buffer {
    return this.encrypt(place, text);
  }

  decryptString(place: FieldPlace, sealed: Buffer | Uint8Array): string {
    return this.decrypt(place, sealed).toString('utf8');
  }

  /** The same keys for sealed streams (stream.ts): the active one seals, any existing one opens. */
  streamKeys(): StreamKeys {
    return { active: { id: this.active.id, key: this.active.key }, byId: (id) => this.keys.get(id) };
  }

  /** Every key this set opens with, by id (FieldCrypto unwraps client keys with a practice's). */
  openingKeys(): ReadonlyMap<string, Buffer> {
    return this.keys;
  }

  /** True when a field was sealed under an older key and should be re-encrypted. */
  isStale(sealed: Buffer): boolean {
    return !sealed.subarray(1, HEADER).equals(this.active.idBytes);
  }

  /** Opens with whichever key sealed it and seals again under the active key. */
  reencrypt(place: FieldPlace, sealed: Buffer): Buffer {
    return this.encrypt(place, this.decrypt(place, sealed));
  }
}

/** The id of the data key a sealed field names in its header (undefined when it is no sealed field). */
export function sealedKeyId(sealed: Buffer | Uint8Array): string | undefined {
  const blob = Buffer.isBuffer(sealed) ? sealed : Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  if (blob.length < OVERHEAD || blob[0] !== VERSION) return undefined;
  return bytesToUuid(blob.subarray(1, HEADER));
}

export class KeyUnavailableError extends Error {
  constructor() {
    super('the encryption key for this record no longer exists');
    this.name = 'KeyUnavailableError';
  }
}

type SharedScope = Exclude<KeyScope, 'client'>;

/**
 * Field encryption service. Unwrapped keys are cached in memory for `cacheMs` so that other app
 * servers notice a destroyed key within that time; the server that destroys a key evicts it at
 * once.
 */
export class FieldCrypto {
  private readonly cache = new Map<string, { at: number; keys: Promise<ScopeKeys> }>();

  constructor(
    private readonly master: MasterKeys,
    readonly store: KeyringStore,
    private readonly cacheMs = 60_000,
  ) {}

  private static cacheKey(scope: KeyScope, scopeId: string, parentId?: string): string {
    return scope === 'client' ? `client:${parentId ?? ''}:${scopeId}` : `${scope}:${scopeId}`;
  }

  private cached(key: string, load: () => Promise<ScopeKeys>): Promise<ScopeKeys> {
    const hit = this.cache.get(key);
    if (hit !== undefined && Date.now() - hit.at < this.cacheMs) return hit.keys;
    const keys = load();
    this.cache.set(key, { at: Date.now(), keys });
    keys.catch(() => this.cache.delete(key));
    return keys;
  }

  /** The keys of a practice or a user; creates the scope's first key on first use. */
  keysFor(scope: SharedScope, scopeId: string): Promise<ScopeKeys> {
    // Client keys hang under their practice: keysForClient() is their only door.
    if ((scope as KeyScope) === 'client') throw new Error('client keys are reached through keysForClient()');
    return this.cached(FieldCrypto.cacheKey(scope, scopeId), () => this.load(scope, scopeId));
  }

  /**
   * The keys of one client of a practice (issue 18, R45): encrypts under the client's own key,
   * created on first use and wrapped by the practice's active key; decrypts with the client's
   * keys and the practice's, so fields sealed under the practice key before client keys existed
   * still open until the re-encryption job (features/keys) has moved them.
   */
  keysForClient(practiceId: string, clientId: string): Promise<ScopeKeys> {
    return this.cached(FieldCrypto.cacheKey('client', clientId, practiceId), () => this.loadClient(practiceId, clientId));
  }

  /**
   * The keys of many clients of one practice, for reading lists: one keyring round trip for all
   * of them (listByParent), then a first key for those that have none yet.
   */
  async keysForClients(practiceId: string, clientIds: Iterable<string>): Promise<Map<string, ScopeKeys>> {
    const out = new Map<string, ScopeKeys>();
    const missing: string[] = [];
    for (const id of new Set(clientIds)) {
      const hit = this.cache.get(FieldCrypto.cacheKey('client', id, practiceId));
      if (hit !== undefined && Date.now() - hit.at < this.cacheMs) out.set(id, await hit.keys);
      else missing.push(id);
    }
    if (missing.length === 0) return out;
    const practice = await this.keysFor('practice', practiceId);
    const records = await this.store.listByParent(practiceId, missing);
    const byClient = new Map<string, KeyRecord[]>();
    for (const r of records) byClient.set(r.scopeId, [...(byClient.get(r.scopeId) ?? []), r]);
    for (const id of missing) {
      const recs = byClient.get(id);
      if (recs?.some((r) => r.status === 'active') === true) {
        const keys = this.clientKeys(practice, id, recs);
        this.cache.set(FieldCrypto.cacheKey('client', id, practiceId), { at: Date.now(), keys: Promise.resolve(keys) });
        out.set(id, keys);
      } else {
        out.set(id, await this.keysForClient(practiceId, id));
      }
    }
    return out;
  }

  private async load(scope: SharedScope, scopeId: string, retry = true): Promise<ScopeKeys> {
    let records = await this.store.listScope(scope, scopeId);
    if (!records.some((r) => r.status === 'active')) {
      try {
        await this.createKey(scope, scopeId, records, null, { id: this.master.current.id, key: this.master.current.key });
      } catch (err) {
        // Another server created the first key at the same moment: use theirs.
        if (!retry) throw err;
        return this.load(scope, scopeId, false);
      }
      records = await this.store.listScope(scope, scopeId);
    }
    const keys = new Map<string, Buffer>();
    let active: { id: string; idBytes: Buffer; key: Buffer } | undefined;
    for (const r of records) {
      const kek = this.master.get(r.kekId);
      if (kek === undefined) continue; // wrapped under a master key we no longer hold
      const dek = unwrapKey(kek, r.wrapped, r);
      keys.set(r.id, dek);
      if (r.status === 'active') active = { id: r.id, idBytes: uuidToBytes(r.id), key: dek };
    }
    if (active === undefined) throw new KeyUnavailableError();
    return new ScopeKeys(scope, scopeId, active, keys);
  }

  private async loadClient(practiceId: string, clientId: string, retry = true): Promise<ScopeKeys> {
    const practice = await this.keysFor('practice', practiceId);
    let records = await this.store.listScope('client', clientId);
    // A client id is never shared between practices; a record under another parent means the
    // caller named a client of another practice. Refuse rather than mint a second key for it.
    if (records.some((r) => r.parentId !== practiceId)) throw new KeyUnavailableError();
    if (!records.some((r) => r.status === 'active')) {
      try {
        await this.createKey('client', clientId, records, practiceId, { id: practice.activeKeyId, key: practice.streamKeys().active.key });
      } catch (err) {
        if (!retry) throw err;
        return this.loadClient(practiceId, clientId, false);
      }
      records = await this.store.listScope('client', clientId);
    }
    return this.clientKeys(practice, clientId, records);
  }

  /** Unwraps a client's keys with its practice's (any version still held: rotation keeps them). */
  private clientKeys(practice: ScopeKeys, clientId: string, records: KeyRecord[]): ScopeKeys {
    const keys = new Map(practice.openingKeys());
    let active: { id: string; idBytes: Buffer; key: Buffer } | undefined;
    for (const r of records) {
      const kek = practice.openingKeys().get(r.kekId);
      if (kek === undefined || r.parentId !== practice.scopeId) continue; // its practice key is gone: shredded
      const dek = unwrapKey(kek, r.wrapped, r);
      keys.set(r.id, dek);
      if (r.status === 'active') active = { id: r.id, idBytes: uuidToBytes(r.id), key: dek };
    }
    if (active === undefined) throw new KeyUnavailableError();
    return new ScopeKeys('client', clientId, active, keys);
  }

  private async createKey(scope: KeyScope, scopeId: string, existing: KeyRecord[], parentId: string | null, kek: { id: string; key: Buffer }): Promise<void> {
    const id = crypto.randomUUID();
    const dek = crypto.randomBytes(32);
    const version = existing.reduce((m, r) => Math.max(m, r.version), 0) + 1;
    const rec = { id, scope, scopeId, parentId };
    await this.store.addActive({
      ...rec,
      version,
      status: 'active',
      kekId: kek.id,
      wrapped: wrapKey(kek.key, dek, rec),
      createdAt: new Date().toISOString(),
    });
  }

  /**
   * Starts a new key version for the scope; data sealed under older versions stays readable. A
   * practice's client keys stay wrapped under the practice key that was active when they were
   * made: retired practice keys remain in the keyring until the practice is destroyed.
   */
  async rotate(scope: SharedScope, scopeId: string): Promise<string> {
    const existing = await this.store.listScope(scope, scopeId);
    await this.createKey(scope, scopeId, existing, null, { id: this.master.current.id, key: this.master.current.key });
    this.evict(scope, scopeId);
    return (await this.keysFor(scope, scopeId)).activeKeyId;
  }

  /**
   * Crypto-shredding (R45): after this, nothing sealed for the scope can be opened again.
   * Destroying a practice destroys its client keys with it; destroying a client leaves the
   * practice and its other clients untouched.
   */
  async destroy(scope: KeyScope, scopeId: string): Promise<number> {
    const n = await this.store.destroyScope(scope, scopeId);
    this.evict(scope, scopeId);
    return n;
  }

  /** Existing keys only: never creates one. For reading data of a scope that may be shredded. */
  async existingKeysFor(scope: SharedScope, scopeId: string): Promise<ScopeKeys> {
    const records = await this.store.listScope(scope, scopeId);
    if (records.length === 0) throw new KeyUnavailableError();
    return this.keysFor(scope, scopeId);
  }

  /**
   * Re-wraps every DEK held under an older master key with the current one. Client keys are
   * skipped: they are wrapped by their practice's key, which this re-wraps.
   */
  async rewrapAll(): Promise<{ rewrapped: number; unreadable: number }> {
    let rewrapped = 0;
    let unreadable = 0;
    for (const r of await this.store.listAll()) {
      if (r.scope === 'client' || r.kekId === this.master.current.id) continue;
      const kek = this.master.get(r.kekId);
      if (kek === undefined) {
        unreadable++;
        continue;
      }
      const dek = unwrapKey(kek, r.wrapped, r);
      await this.store.replaceWrapped(r.id, this.master.current.id, wrapKey(this.master.current.key, dek, r));
      rewrapped++;
    }
    this.cache.clear();
    return { rewrapped, unreadable };
  }

  /** Forgets cached keys of the scope; for a practice, of its clients too (they hold its keys). */
  evict(scope: KeyScope, scopeId: string): void {
    if (scope !== 'client') this.cache.delete(FieldCrypto.cacheKey(scope, scopeId));
    for (const k of [...this.cache.keys()]) {
      if (scope === 'practice' && k.startsWith(`client:${scopeId}:`)) this.cache.delete(k);
      if (scope === 'client' && k.startsWith('client:') && k.endsWith(`:${scopeId}`)) this.cache.delete(k);
    }
  }
}
