// Recovery codes (R38): ten single-use codes of 60 random bits each, shown once and stored only as
// SHA-256 hashes bound to the user. A code is checked by looking its hash up, never by comparing
// strings, so the time taken says nothing about how close a guess was.
import crypto from 'node:crypto';
import type { Tx } from '../../../db/tenant.ts';

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'; // RFC 4648 base32: no 0/1/8/9 to misread
const CODE_CHARS = 12; // 12 × 5 bits = 60 bits

/** Accepted spelling: three groups of four base32 characters, dashes or spaces optional. */
export const RECOVERY_CODE_PATTERN = /^[A-Za-z2-7]{4}[- ]?[A-Za-z2-7]{4}[- ]?[A-Za-z2-7]{4}$/;

function newCode(): string {
  // 32 divides 256, so taking each byte modulo 32 is unbiased.
  const bytes = crypto.randomBytes(CODE_CHARS);
  let s = '';
  for (const b of bytes) s += ALPHABET[b % 32];
  return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8, 12)}`;
}

export function hashRecoveryCode(userId: string, code: string): Buffer {
  const normalized = code.replace(/[- ]/g, '').toUpperCase();
  return crypto.createHash('sha256').update(`tacet-recovery/v1|${userId}|${normalized}`, 'utf8').digest();
}

/** Replaces the user's codes with a new set; returns the plaintext, which is never stored. */
export async function replaceRecoveryCodes(trx: Tx, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newCode);
  await trx.deleteFrom('mfa_recovery_codes').where('user_id', '=', userId).execute();
  await trx
    .insertInto('mfa_recovery_codes')
    .values(codes.map((c) => ({ user_id: userId, code_hash: hashRecoveryCode(userId, c), used_at: null })))
    .execute();
  return codes;
}

/** Marks the code used if it is one of the user's unused codes; true when it was. Atomic: a code raced twice works once. */
export async function consumeRecoveryCode(trx: Tx, userId: string, code: string): Promise<boolean> {
  const r = await trx
    .updateTable('mfa_recovery_codes')
    .set({ used_at: new Date() })
    .where('user_id', '=', userId)
    .where('code_hash', '=', hashRecoveryCode(userId, code))
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function remainingRecoveryCodes(trx: Tx, userId: string): Promise<number> {
  const r = await trx
    .selectFrom('mfa_recovery_codes')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
