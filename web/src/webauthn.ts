// WebAuthn JSON <-> browser objects. The server speaks the WebAuthn JSON forms (base64url for
// binary fields); navigator.credentials wants ArrayBuffers. Written out by hand rather than with a
// library: it is a few lines, and it keeps the first load small.

type Json = Record<string, unknown>;

function fromB64url(s: string): ArrayBuffer {
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(s.length / 4) * 4, '=');
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out.buffer;
}

function toB64url(buf: ArrayBuffer): string {
  const bytes = new Uint8Array(buf);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

interface DescriptorJson {
  id: string;
  type: 'public-key';
  transports?: AuthenticatorTransport[];
}

const descriptors = (list: unknown): PublicKeyCredentialDescriptor[] =>
  Array.isArray(list) ? (list as DescriptorJson[]).map((d) => ({ ...d, id: fromB64url(d.id) })) : [];

export function passkeysSupported(): boolean {
  return typeof window.PublicKeyCredential === 'function' && navigator.credentials !== undefined;
}

export async function createPasskey(options: Json): Promise<Json> {
  const o = options as unknown as PublicKeyCredentialCreationOptions & { challenge: string; user: { id: string; name: string; displayName: string } };
  const publicKey: PublicKeyCredentialCreationOptions = {
    ...o,
    challenge: fromB64url(o.challenge),
    user: { ...o.user, id: fromB64url(o.user.id) },
    excludeCredentials: descriptors((options as { excludeCredentials?: unknown }).excludeCredentials),
  };
  const cred = (await navigator.credentials.create({ publicKey })) as PublicKeyCredential | null;
  if (cred === null) throw new Error('No passkey was created.');
  const r = cred.response as AuthenticatorAttestationResponse;
  return {
    id: cred.id,
    rawId: toB64url(cred.rawId),
    type: cred.type,
    clientExtensionResults: cred.getClientExtensionResults(),
    authenticatorAttachment: cred.authenticatorAttachment ?? undefined,
    response: {
      clientDataJSON: toB64url(r.clientDataJSON),
      attestationObject: toB64url(r.attestationObject),
      transports: typeof r.getTransports === 'function' ? r.getTransports() : [],
    },
  };
}

export async function getPasskey(options: Json): Promise<Json> {
  const o = options as unknown as PublicKeyCredentialRequestOptions & { challenge: string };
  const publicKey: PublicKeyCredentialRequestOptions = {
    ...o,
    challenge: fromB64url(o.challenge),
    allowCredentials: descriptors((options as { allowCredentials?: unknown }).allowCredentials),
  };
  const cred = (await navigator.credentials.get({ publicKey })) as PublicKeyCredential | null;
  if (cred === null) throw new Error('No passkey was used.');
  const r = cred.response as AuthenticatorAssertionResponse;
  return {
    id: cred.id,
    rawId: toB64url(cred.rawId),
    type: cred.type,
    clientExtensionResults: cred.getClientExtensionResults(),
    authenticatorAttachment: cred.authenticatorAttachment ?? undefined,
    response: {
      clientDataJSON: toB64url(r.clientDataJSON),
      authenticatorData: toB64url(r.authenticatorData),
      signature: toB64url(r.signature),
      ...(r.userHandle !== null ? { userHandle: toB64url(r.userHandle) } : {}),
    },
  };
}
