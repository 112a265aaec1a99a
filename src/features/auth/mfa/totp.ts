// TOTP (RFC 6238) as the authenticator apps expect it: SHA-1, 6 digits, 30-second steps, one step
// of clock drift either way. The secret is sealed under the user's own data key (R13), so the
// database alone — or a backup of it — never yields a working second factor.
import { Secret, TOTP } from 'otpauth';
import type { Runtime } from '../../../platform/runtime.ts';
import { SYSTEM_PRACTICE_ID } from '../../../db/tenant.ts';
import type { FieldPlace, ScopeKeys } from '../../../crypto/envelope.ts';

export const TOTP_PERIOD = 30;
const DIGITS = 6;
const WINDOW = 1;
const ISSUER = 'Tacet';

type SecretColumn = 'secret_sealed' | 'pending_secret_sealed';

const place = (userId: string, column: SecretColumn): FieldPlace => ({ practiceId: SYSTEM_PRACTICE_ID, table: 'mfa_totp', column, rowId: userId });

/** The user's own data key; load it before opening a transaction (the keyring may do I/O). */
export function userKeys(runtime: Runtime, userId: string): Promise<ScopeKeys> {
  return runtime.crypto.keysFor('user', userId);
}

export function sealSecret(keys: ScopeKeys, userId: string, column: SecretColumn, base32: string): Buffer {
  return keys.encryptString(place(userId, column), base32);
}

export function openSecret(keys: ScopeKeys, userId: string, column: SecretColumn, sealed: Buffer): string {
  return keys.decryptString(place(userId, column), sealed);
}

function totpFor(base32: string, label = ''): TOTP {
  return new TOTP({ issuer: ISSUER, label, algorithm: 'SHA1', digits: DIGITS, period: TOTP_PERIOD, secret: Secret.fromBase32(base32) });
}

/** A fresh 160-bit secret (RFC 4226 recommends at least 128) and what the user scans. */
export async function newTotpSecret(accountLabel: string): Promise<{ base32: string; otpauthUri: string; qrSvg: string }> {
  const secret = new Secret({ size: 20 });
  const otpauthUri = totpFor(secret.base32, accountLabel).toString();
  // Loaded here, at enrolment, rather than with the server (start-up time).
  const { default: QRCode } = await import('qrcode');
  const qrSvg = await QRCode.toString(otpauthUri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { base32: secret.base32, otpauthUri, qrSvg };
}

/**
 * The time step a code belongs to, or null when it matches none in the window. Callers store the
 * step and refuse any step at or before it, so each code works once (no replay within its window).
 */
export function matchStep(base32: string, code: string, now = Date.now()): number | null {
  const totp = totpFor(base32);
  const delta = totp.validate({ token: code, timestamp: now, window: WINDOW });
  if (delta === null) return null;
  return totp.counter({ timestamp: now }) + delta;
}

/** For tests and tooling: the code of a secret at a time. */
export function codeAt(base32: string, timestamp: number): string {
  return totpFor(base32).generate({ timestamp });
}
