// Field encryption for the clinical record (R13). Each value is bound to its place (practice,
// table, column, row), so a ciphertext copied into another row or column does not open.
import type { Runtime } from '../../platform/runtime.ts';
import type { TenantContext } from '../../db/tenant.ts';

export interface Sealer {
  seal(table: string, column: string, rowId: string, text: string): Buffer;
  open(table: string, column: string, rowId: string, sealed: Buffer | Uint8Array): string;
  sealJson(table: string, column: string, rowId: string, value: unknown): Buffer;
  openJson<T>(table: string, column: string, rowId: string, sealed: Buffer | Uint8Array): T;
}

/** The practice's data key, fetched once per request (cached by FieldCrypto). */
export async function practiceSealer(runtime: Runtime, ctx: TenantContext): Promise<Sealer> {
  const keys = await runtime.crypto.keysFor('practice', ctx.practiceId);
  const place = (table: string, column: string, rowId: string) => ({ practiceId: ctx.practiceId, table, column, rowId });
  const s: Sealer = {
    seal: (table, column, rowId, text) => keys.encryptString(place(table, column, rowId), text),
    open: (table, column, rowId, sealed) => keys.decryptString(place(table, column, rowId), sealed),
    sealJson: (table, column, rowId, value) => s.seal(table, column, rowId, JSON.stringify(value)),
    openJson: <T>(table: string, column: string, rowId: string, sealed: Buffer | Uint8Array): T =>
      JSON.parse(s.open(table, column, rowId, sealed)) as T,
  };
  return s;
}
