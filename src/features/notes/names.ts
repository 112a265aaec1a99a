// R19: names written inside a note are moved out of the sections (the de-identification engine
// replaces them with [NAME-n] placeholders) and sealed apart under the AUTHOR's own data key.
// The practice key opens the sections; only the author's key opens the names, so a grantee, a
// co-signer or an operator reads the note with placeholders, and the author reads it whole.
import crypto from 'node:crypto';
import { extractNamesForNote, restoreNames, type ExtractedName } from '../../deid/index.ts';
import type { Runtime } from '../../platform/runtime.ts';
import type { TenantContext } from '../../db/tenant.ts';
import type { Sections } from './queries.ts';
import { DecryptionError, KeyUnavailableError, type FieldPlace } from '../../crypto/envelope.ts';

export type NoteNames = Record<string, ExtractedName[]>;

const place = (ctx: TenantContext, noteId: string) => ({ practiceId: ctx.practiceId, table: 'notes', column: 'names', rowId: noteId });

/** Splits names out of every section; names_sealed is null when the note names nobody. */
export async function sealNames(runtime: Runtime, ctx: TenantContext, noteId: string, sections: Sections, knownNames: string[]): Promise<{ stripped: Sections; namesSealed: Buffer | null; names: NoteNames }> {
  const stripped: Sections = {};
  const names: NoteNames = {};
  for (const [key, text] of Object.entries(sections)) {
    const out = extractNamesForNote(text, { knownNames });
    stripped[key] = out.text;
    if (out.names.length > 0) names[key] = out.names;
  }
  if (Object.keys(names).length === 0) return { stripped, namesSealed: null, names };
  const keys = await runtime.crypto.keysFor('user', ctx.userId);
  return { stripped, namesSealed: keys.encryptString(place(ctx, noteId), JSON.stringify(names)), names };
}

/** The author's names for the note, or undefined for anyone else (who sees placeholders). */
export async function openNamesForAuthor(runtime: Runtime, ctx: TenantContext, row: { id: string; owner_id: string; names_sealed: Buffer | null }): Promise<NoteNames | undefined> {
  if (row.names_sealed === null || row.owner_id !== ctx.userId) return undefined;
  return openUserSealedJson<NoteNames>(runtime, ctx.userId, place(ctx, row.id), row.names_sealed);
}

/**
 * Opens a field sealed under a user's personal key (R19), or answers undefined when that key was
 * destroyed (the user left the practice, R45): the reader then sees placeholders, never an
 * error. Only a missing key is forgiven — a field that fails to open under a key that still
 * exists is tampering or a bug, and still throws.
 */
export async function openUserSealedJson<T>(runtime: Runtime, userId: string, at: FieldPlace, sealed: Buffer): Promise<T | undefined> {
  try {
    const keys = await runtime.crypto.existingKeysFor('user', userId);
    return JSON.parse(keys.decryptString(at, sealed)) as T;
  } catch (err) {
    if (!(err instanceof KeyUnavailableError || err instanceof DecryptionError)) throw err;
    if (await userKeyExists(runtime, userId, sealed)) throw err;
    return undefined;
  }
}

/** Whether the key that sealed `sealed` (its id is in the header, bytes 1–16) is still in the keyring. */
async function userKeyExists(runtime: Runtime, userId: string, sealed: Buffer): Promise<boolean> {
  if (sealed.length < 17) return true;
  const hex = sealed.subarray(1, 17).toString('hex');
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return (await runtime.crypto.store.listScope('user', userId)).some((r) => r.id === id);
}

export function restoreSections(sections: Sections, names: NoteNames | undefined): Sections {
  if (names === undefined) return sections;
  return Object.fromEntries(Object.entries(sections).map(([k, v]) => [k, restoreNames(v, names[k] ?? [])]));
}

/**
 * Digest of the sealed names, for the content hash: any reader can verify a signed note without
 * being able to read the names, and the names cannot be swapped without the hash changing.
 */
export function namesDigest(namesSealed: Buffer | null): string | null {
  return namesSealed === null ? null : crypto.createHash('sha256').update(namesSealed).digest('hex');
}
