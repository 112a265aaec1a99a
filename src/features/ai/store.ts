// How a draft's input and output are kept (R13): JSON, deflated, then sealed with the client's
// data key (issue 18: gone with the client) and bound to its place (table, column, row), so a ciphertext moved to another row or
// column does not open. Deflating first keeps a 60 KB transcript to a fraction of its size in the
// database. Compress-then-encrypt reveals only the compressed length, and nothing an attacker
// writes is ever mixed into the same ciphertext as the clinician's text (the CRIME precondition).
import zlib from 'node:zlib';
import type { Runtime } from '../../platform/runtime.ts';
import type { TenantContext } from '../../db/tenant.ts';
import type { ScopeKeys } from '../../crypto/envelope.ts';

export interface DraftBox {
  seal(column: 'input' | 'output', rowId: string, value: unknown): Buffer;
  open<T>(column: 'input' | 'output', rowId: string, sealed: Buffer | Uint8Array): T;
}

/** The box of a draft of `clientId` (a client of the context's practice the caller may write for). */
export async function draftBox(runtime: Runtime, ctx: TenantContext, clientId: string): Promise<DraftBox> {
  return draftBoxOf(await runtime.crypto.keysForClient(ctx.practiceId, clientId), ctx.practiceId);
}

export function draftBoxOf(keys: ScopeKeys, practiceId: string): DraftBox {
  const place = (column: string, rowId: string) => ({ practiceId, table: 'ai_drafts', column, rowId });
  return {
    // Level 1: most of the size gain for a fraction of the time of the default level.
    seal: (column, rowId, value) => keys.encrypt(place(column, rowId), zlib.deflateRawSync(Buffer.from(JSON.stringify(value), 'utf8'), { level: 1 })),
    open: <T>(column: 'input' | 'output', rowId: string, sealed: Buffer | Uint8Array): T =>
      JSON.parse(zlib.inflateRawSync(keys.decrypt(place(column, rowId), sealed)).toString('utf8')) as T,
  };
}
