// A software WebAuthn authenticator for tests: a P-256 key pair (ES256), 'none' attestation, and
// the byte layouts of WebAuthn §6.1 (authenticator data) and §5.8.1 (client data) built by hand,
// so the server's verification runs exactly as it would against a browser and a real device.
import crypto from 'node:crypto';
import { isoCBOR } from '@simplewebauthn/server/helpers';

const FLAG_UP = 0x01;
const FLAG_UV = 0x04;
const FLAG_AT = 0x40;

const b64u = (b: Buffer | Uint8Array): string => Buffer.from(b).toString('base64url');

export interface RegistrationJSON {
  id: string;
  rawId: string;
  type: 'public-key';
  response: { clientDataJSON: string; attestationObject: string; transports: string[] };
  authenticatorAttachment: 'platform';
  clientExtensionResults: Record<string, never>;
}

export interface AssertionJSON {
  id: string;
  rawId: string;
  type: 'public-key';
  response: { clientDataJSON: string; authenticatorData: string; signature: string; userHandle?: string };
  authenticatorAttachment: 'platform';
  clientExtensionResults: Record<string, never>;
}

export class SoftAuthenticator {
  readonly credentialId = crypto.randomBytes(16);
  private readonly keys = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  /** The signature counter; tests may set it back to play a cloned authenticator. */
  counter = 0;
  /** Set at registration from the options' user.id (base64url), returned in assertions. */
  userHandle: string | undefined;

  constructor(
    readonly rpId: string,
    readonly origin: string,
    private readonly opts: { userVerified?: boolean } = {},
  ) {}

  get id(): string {
    return b64u(this.credentialId);
  }

  private coseKey(): Uint8Array {
    const jwk = this.keys.publicKey.export({ format: 'jwk' });
    if (jwk.x === undefined || jwk.y === undefined) throw new Error('EC key without coordinates');
    // COSE_Key (RFC 9053): kty EC2 (2), alg ES256 (-7), crv P-256 (1), x, y.
    return isoCBOR.encode(
      new Map<number, number | Uint8Array>([
        [1, 2],
        [3, -7],
        [-1, 1],
        [-2, new Uint8Array(Buffer.from(jwk.x, 'base64url'))],
        [-3, new Uint8Array(Buffer.from(jwk.y, 'base64url'))],
      ]),
    );
  }

  private authData(withCredential: boolean, rpId = this.rpId): Buffer {
    const flags = FLAG_UP | (this.opts.userVerified === false ? 0 : FLAG_UV) | (withCredential ? FLAG_AT : 0);
    const counter = Buffer.alloc(4);
    counter.writeUInt32BE(this.counter >>> 0);
    const parts = [crypto.createHash('sha256').update(rpId).digest(), Buffer.from([flags]), counter];
    if (withCredential) {
      const len = Buffer.alloc(2);
      len.writeUInt16BE(this.credentialId.length);
      parts.push(Buffer.alloc(16) /* AAGUID: none */, len, this.credentialId, Buffer.from(this.coseKey()));
    }
    return Buffer.concat(parts);
  }

  private clientData(type: 'webauthn.create' | 'webauthn.get', challenge: string, origin = this.origin): Buffer {
    return Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false }), 'utf8');
  }

  /** navigator.credentials.create() */
  register(options: { challenge: string; user: { id: string } }, over: { origin?: string } = {}): RegistrationJSON {
    this.userHandle = options.user.id;
    const attestationObject = isoCBOR.encode(
      new Map<string, string | Map<string, string> | Uint8Array>([
        ['fmt', 'none'],
        ['attStmt', new Map<string, string>()],
        ['authData', new Uint8Array(this.authData(true))],
      ]),
    );
    return {
      id: this.id,
      rawId: this.id,
      type: 'public-key',
      response: {
        clientDataJSON: b64u(this.clientData('webauthn.create', options.challenge, over.origin)),
        attestationObject: b64u(attestationObject),
        transports: ['internal'],
      },
      authenticatorAttachment: 'platform',
      clientExtensionResults: {},
    };
  }

  /** navigator.credentials.get(): the counter goes up by one unless the test holds it. */
  assert(options: { challenge: string }, over: { origin?: string; rpId?: string; keepCounter?: boolean } = {}): AssertionJSON {
    if (over.keepCounter !== true) this.counter += 1;
    const authenticatorData = this.authData(false, over.rpId);
    const clientDataJSON = this.clientData('webauthn.get', options.challenge, over.origin);
    const signed = Buffer.concat([authenticatorData, crypto.createHash('sha256').update(clientDataJSON).digest()]);
    // ES256 as WebAuthn wants it: ECDSA over SHA-256, DER-encoded (node's default for EC keys).
    const signature = crypto.sign('sha256', signed, this.keys.privateKey);
    return {
      id: this.id,
      rawId: this.id,
      type: 'public-key',
      response: {
        clientDataJSON: b64u(clientDataJSON),
        authenticatorData: b64u(authenticatorData),
        signature: b64u(signature),
        ...(this.userHandle !== undefined ? { userHandle: this.userHandle } : {}),
      },
      authenticatorAttachment: 'platform',
      clientExtensionResults: {},
    };
  }
}
