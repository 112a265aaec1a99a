// Field encryption for the clinical record (R13). Each value is bound to its place (practice,
// table, column, row), so a ciphertext copied into another row or column does not open.
//
// Which key (issue 18, R45): everything that belongs to one client — the client's own fields,
// notes, addenda, goal comments, plan versions, transcripts, AI drafts — is sealed under that
// client's key (clientSealer), so deleting the client destroys the one key that opens those rows
// in every copy, backups included. practiceSealer is for practice-wide fields only. Personal
// fields (R19 names, AI provenance, TOTP secrets) stay under the user's key (notes/names.ts).
import type { Runtime } from '../../platform/runtime.ts';
import type { TenantContext } from '../../db/tenant.ts';
import type { ScopeKeys } from '../../crypto/envelope.ts';

export interface Sealer {
  seal(table: string, column: string, rowId: string, text: string): Buffer;
  open(table: string, column: string, rowId: string, sealed: Buffer | Uint8Array): string;
  sealJson(table: string, column: string, rowId: string, value: unknown): Buffer;
  openJson<T>(table: string, column: string, rowId: string, sealed: Buffer | Uint8Array): T;
}

/** A Sealer over one set of keys, bound to the practice every place names. */
export function sealerOf(keys: ScopeKeys, practiceId: string): Sealer {
  const place = (table: string, column: string, rowId: string) => ({ practiceId, table, column, rowId });
  const s: Sealer = {
    seal: (table, column, rowId, text) => keys.encryptString(place(table, column, rowId), text),
    open: (table, column, rowId, sealed) => keys.decryptString(place(table, column, rowId), sealed),
    sealJson: (table, column, rowId, value) => s.seal(table, column, rowId, JSON.stringify(value)),
    openJson: <T>(table: string, column: string, rowId: string, sealed: Buffer | Uint8Array): T =>
      JSON.parse(s.open(table, column, rowId, sealed)) as T,
  };
  return s;
}

/** The practice's data key, fetched once per request (cached by FieldCrypto). Practice-wide fields only. */
export async function practiceSealer(runtime: Runtime, ctx: TenantContext): Promise<Sealer> {
  return sealerOf(await runtime.crypto.keysFor('practice', ctx.practiceId), ctx.practiceId);
}

/**
 * One client's key (created on first use, wrapped by the practice key). It also opens what was
 * sealed under the practice key before client keys existed, until the re-encryption job
 * (features/keys/reseal.ts) has moved it.
 */
export async function clientSealer(runtime: Runtime, ctx: TenantContext, clientId: string): Promise<Sealer> {
  return sealerOf(await runtime.crypto.keysForClient(ctx.practiceId, clientId), ctx.practiceId);
}

/**
 * The sealers of many clients for one request (lists, the timeline, an export): each client's is
 * fetched once, and `load()` fetches all that are missing in one keyring round trip, after which
 * `of()` hands them out synchronously — a list of 200 notes costs one keyring query, not 200.
 */
export class SealerSet {
  private readonly loaded = new Map<string, Sealer>();

  constructor(
    private readonly runtime: Runtime,
    private readonly ctx: TenantContext,
  ) {}

  async load(clientIds: Iterable<string>): Promise<this> {
    const missing = [...new Set(clientIds)].filter((id) => !this.loaded.has(id));
    if (missing.length === 0) return this;
    const keys = await this.runtime.crypto.keysForClients(this.ctx.practiceId, missing);
    for (const [id, k] of keys) this.loaded.set(id, sealerOf(k, this.ctx.practiceId));
    return this;
  }

  /** The sealer of a client loaded before (load()); a programming error otherwise. */
  of(clientId: string): Sealer {
    const s = this.loaded.get(clientId);
    if (s === undefined) throw new Error('SealerSet.of() before load() for this client');
    return s;
  }

  /** Loads one client if needed and returns its sealer. */
  async for(clientId: string): Promise<Sealer> {
    await this.load([clientId]);
    return this.of(clientId);
  }
}
