// Passkeys (WebAuthn) with @simplewebauthn/server: the relying party, single-use challenges kept
// on the server-side session row, and the request shapes of browser responses.
import { z } from 'zod';
import { sql } from 'kysely';
import type { PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/server';
import type { Config } from '../../../config/config.ts';
import type { Runtime } from '../../../platform/runtime.ts';
import { isLoopbackHost } from '../../../config/config.ts';
import { systemContext, withTenant, type Tx } from '../../../db/tenant.ts';

// The library (and its ASN.1 and X.509 dependencies) is loaded at the first passkey ceremony, not
// at start-up: it was about a second of every start on a 2-core machine (bench/startup.bench.ts).
let library: Promise<typeof import('@simplewebauthn/server')> | undefined;
const webauthn = (): Promise<typeof import('@simplewebauthn/server')> => (library ??= import('@simplewebauthn/server'));

export const CHALLENGE_TTL_MS = 5 * 60 * 1000;
const RP_NAME = 'Tacet';

export interface RelyingParty {
  rpID: string;
  origin: string;
  rpName: string;
}

/**
 * Who the passkeys belong to. PUBLIC_URL (what users type) wins; otherwise the listening address,
 * with loopback addresses named "localhost" because browsers accept no IP address as an RP ID
 * and treat http://localhost as a secure context.
 */
export function webauthnRelyingParty(config: Config): RelyingParty {
  if (config.PUBLIC_URL !== undefined) {
    const u = new URL(config.PUBLIC_URL);
    return { rpID: u.hostname, origin: u.origin, rpName: RP_NAME };
  }
  const host = isLoopbackHost(config.HOST) || config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
  const scheme = config.tls || config.TLS_TERMINATED_BY_PROXY ? 'https' : 'http';
  const defaultPort = scheme === 'https' ? 443 : 80;
  const origin = `${scheme}://${host}${config.PORT === defaultPort ? '' : `:${config.PORT}`}`;
  return { rpID: host, origin, rpName: RP_NAME };
}

/** What a challenge was issued for; a challenge answers only the ceremony it was made for. */
export type Ceremony = 'register' | 'second_factor' | 'step_up' | 'signin';

/** Stores a challenge on the session row (only the server's session code moves session rows). */
export async function systemSaveChallenge(runtime: Runtime, sessionId: string, ceremony: Ceremony, challenge: string): Promise<void> {
  await withTenant(runtime.db, systemContext(), (trx) =>
    trx
      .updateTable('sessions')
      .set({ webauthn_challenge: `${ceremony}:${challenge}`, webauthn_challenge_expires_at: new Date(runtime.clock.now().getTime() + CHALLENGE_TTL_MS) })
      .where('id', '=', sessionId)
      .where('revoked_at', 'is', null)
      .execute(),
  );
}

/**
 * Takes the session's challenge and clears it in one statement, whatever the outcome of the
 * verification that follows: a challenge is good for one answer. Null when none is pending, it
 * has expired, or it was issued for another ceremony.
 */
export async function systemTakeChallenge(runtime: Runtime, sessionId: string, ceremony: Ceremony): Promise<string | null> {
  const row = await withTenant(runtime.db, systemContext(), async (trx) => {
    const r = await sql<{ challenge: string | null; expires_at: Date | null; now: Date }>`
      UPDATE sessions s SET webauthn_challenge = NULL, webauthn_challenge_expires_at = NULL
      FROM (SELECT id, webauthn_challenge, webauthn_challenge_expires_at FROM sessions WHERE id = ${sessionId} FOR UPDATE) old
      WHERE s.id = old.id
      RETURNING old.webauthn_challenge AS challenge, old.webauthn_challenge_expires_at AS expires_at, app.tacet_now() AS now`.execute(trx);
    return r.rows[0];
  });
  if (row?.challenge === null || row?.challenge === undefined || row.expires_at === null) return null;
  if (row.expires_at.getTime() <= row.now.getTime()) return null;
  const prefix = `${ceremony}:`;
  return row.challenge.startsWith(prefix) ? row.challenge.slice(prefix.length) : null;
}

// Browser responses. The outer request bodies are strict; these inner objects strip fields they
// do not know, because browsers add members to PublicKeyCredential JSON over time.
const b64url = z.string().min(1).max(4096).regex(/^[A-Za-z0-9_-]+={0,2}$/, { message: 'must be base64url' });
const transports = z.array(z.enum(['ble', 'cable', 'hybrid', 'internal', 'nfc', 'smart-card', 'usb'])).max(8);

export const registrationResponseSchema = z.object({
  id: b64url.max(1400),
  rawId: b64url.max(1400),
  type: z.literal('public-key'),
  response: z.object({
    clientDataJSON: b64url,
    attestationObject: b64url.max(16384),
    authenticatorData: b64url.optional(),
    transports: transports.optional(),
    publicKeyAlgorithm: z.number().int().optional(),
    publicKey: b64url.optional(),
  }),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
});

export const authenticationResponseSchema = z.object({
  id: b64url.max(1400),
  rawId: b64url.max(1400),
  type: z.literal('public-key'),
  response: z.object({
    clientDataJSON: b64url,
    authenticatorData: b64url,
    signature: b64url,
    userHandle: b64url.max(128).optional(),
  }),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
});

export type RegistrationInput = z.output<typeof registrationResponseSchema>;
export type AuthenticationInput = z.output<typeof authenticationResponseSchema>;

/** The user handle of a credential: the user's UUID as its 16 bytes (no email, nothing personal). */
export function userHandleOf(userId: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(Buffer.from(userId.replace(/-/g, ''), 'hex'));
}

export function userHandleB64(userId: string): string {
  return Buffer.from(userHandleOf(userId)).toString('base64url');
}

export async function registrationOptions(
  rp: RelyingParty,
  user: { id: string; email: string },
  existing: { id: string; transports: string | null }[],
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const { generateRegistrationOptions } = await webauthn();
  return generateRegistrationOptions({
    rpName: rp.rpName,
    rpID: rp.rpID,
    userName: user.email,
    userID: userHandleOf(user.id),
    attestationType: 'none',
    excludeCredentials: existing.map((c) => ({ id: c.id, ...(c.transports ? { transports: c.transports.split(',') } : {}) })),
    // Discoverable where the authenticator can, so the same passkey also signs in without a session.
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
    supportedAlgorithmIDs: [-7, -8, -257],
    timeout: CHALLENGE_TTL_MS,
  });
}

export type RegistrationResult =
  | { ok: true; id: string; publicKey: Buffer; counter: number; transports: string | null }
  | { ok: false; reason: 'invalid_attestation' | 'no_challenge' };

export async function verifyRegistration(rp: RelyingParty, input: RegistrationInput, challenge: string): Promise<RegistrationResult> {
  const { verifyRegistrationResponse } = await webauthn();
  try {
    const v = await verifyRegistrationResponse({
      response: input,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpID,
      requireUserVerification: false,
    });
    if (!v.verified) return { ok: false, reason: 'invalid_attestation' };
    const c = v.registrationInfo.credential;
    return { ok: true, id: c.id, publicKey: Buffer.from(c.publicKey), counter: c.counter, transports: c.transports?.join(',') ?? null };
  } catch {
    // The library's messages can quote values from the request; they are not passed on or logged.
    return { ok: false, reason: 'invalid_attestation' };
  }
}

export async function authenticationOptions(
  rp: RelyingParty,
  allow: { id: string; transports: string | null }[] | null,
  userVerification: 'preferred' | 'required',
): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const { generateAuthenticationOptions } = await webauthn();
  return generateAuthenticationOptions({
    rpID: rp.rpID,
    ...(allow === null ? {} : { allowCredentials: allow.map((c) => ({ id: c.id, ...(c.transports ? { transports: c.transports.split(',') } : {}) })) }),
    userVerification,
    timeout: CHALLENGE_TTL_MS,
  });
}

export type AssertionResult = { ok: true; newCounter: number } | { ok: false; reason: 'invalid_assertion' | 'counter_regression' };

export async function verifyAssertion(
  rp: RelyingParty,
  input: AuthenticationInput,
  challenge: string,
  credential: { id: string; publicKey: Buffer; counter: number },
  requireUserVerification: boolean,
): Promise<AssertionResult> {
  const { verifyAuthenticationResponse } = await webauthn();
  try {
    const v = await verifyAuthenticationResponse({
      response: input,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpID,
      credential: { id: credential.id, publicKey: new Uint8Array(credential.publicKey), counter: credential.counter },
      requireUserVerification,
    });
    return v.verified ? { ok: true, newCounter: v.authenticationInfo.newCounter } : { ok: false, reason: 'invalid_assertion' };
  } catch (err) {
    // A signature counter that did not grow means a cloned authenticator may be in use (WebAuthn
    // §6.1.1); the library reports it as an error whose text names the counter.
    const counter = err instanceof Error && /counter/i.test(err.message);
    return { ok: false, reason: counter ? 'counter_regression' : 'invalid_assertion' };
  }
}

/**
 * Stores the new signature counter only if nobody moved it since it was read: of two assertions
 * racing with the same counter value, one wins and the other is treated as a regression.
 */
export async function advanceCounter(trx: Tx, credentialId: string, seen: number, next: number): Promise<boolean> {
  const r = await trx
    .updateTable('webauthn_credentials')
    .set({ counter: next, last_used_at: new Date() })
    .where('id', '=', credentialId)
    .where('counter', '=', seen)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
