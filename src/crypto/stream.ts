// Sealed streams (issue 17): chunked AEAD for payloads too large to seal as one buffer (export
// archives, later recordings and imports). The envelope (envelope.ts) seals a field in one piece;
// a 2 GB archive cannot be held in memory, and one GCM tag at the very end would only say "bad"
// after everything had been handed on. Here every chunk carries its own tag, and the nonce of a
// chunk binds its index and whether it is the last one (the STREAM construction of Hoang,
// Reyhanitabar, Rogaway and Vizár, 2015), so truncation, reordering, duplication and a changed
// header all fail to open. The format is documented in docs/ARCHITECTURE.md ("Sealed streams").
//
// Layout, version 1:
//   header  (61 bytes)
//     0..3    "TCSS" magic
//     4       format version (0x01)
//     5       log2 of the chunk size (16 = 64 KiB; 10..24 accepted)
//     6..21   data key id (UUID bytes), as in the envelope
//     22..53  salt, 32 random bytes: the stream key is HKDF-SHA256(data key, salt, "tacet-stream/v1")
//     54..60  nonce prefix, 7 random bytes
//   chunks  each = AES-256-GCM(stream key, nonce, plaintext) || 16-byte tag
//     nonce   = prefix (7) || chunk index (uint32, big-endian) || last flag (1 byte: 0x01 last, 0x00 not)
//     AAD     = the whole header || "|" || the stream's place (e.g. "blob|<practice>|<blob id>")
//     every chunk holds exactly chunk-size plaintext bytes except the last, which holds 0..chunk-size;
//     an empty payload is one empty last chunk. Nothing may follow the last chunk.
//
// A fresh salt per stream gives every stream its own key, so the 7-byte random prefix and the
// counter never meet a nonce used under the same key; the per-stream key also keeps a data key
// far from GCM's usage limits however many streams it seals.
import crypto from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

const MAGIC = Buffer.from('TCSS', 'ascii');
const VERSION = 0x01;
export const STREAM_HEADER_BYTES = 61;
const TAG = 16;
const PREFIX = 7;
const MAX_CHUNKS = 2 ** 32;
export const DEFAULT_CHUNK_LOG2 = 16;

/** The keys a stream may be sealed and opened with (a ScopeKeys' keys, see envelope.ts). */
export interface StreamKeys {
  active: { id: string; key: Buffer };
  byId(id: string): Buffer | undefined;
}

/** One message for every failure to open, as for fields: never say which check failed. */
export class SealedStreamError extends Error {
  constructor() {
    super('the sealed stream could not be opened');
    this.name = 'SealedStreamError';
  }
}

function uuidBytes(id: string): Buffer {
  return Buffer.from(id.replace(/-/g, ''), 'hex');
}

function bytesUuid(b: Buffer): string {
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function streamKey(dek: Buffer, salt: Buffer): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', dek, salt, 'tacet-stream/v1', 32));
}

function nonceFor(prefix: Buffer, index: number, last: boolean): Buffer {
  const n = Buffer.allocUnsafe(12);
  prefix.copy(n, 0);
  n.writeUInt32BE(index, PREFIX);
  n[11] = last ? 1 : 0;
  return n;
}

/** Collects incoming buffers and hands out exact-size pieces without re-copying everything. */
class ByteQueue {
  private parts: Buffer[] = [];
  length = 0;

  push(b: Buffer): void {
    if (b.length === 0) return;
    this.parts.push(b);
    this.length += b.length;
  }

  take(n: number): Buffer {
    const first = this.parts[0];
    if (first !== undefined && first.length >= n) {
      const out = first.subarray(0, n);
      if (first.length === n) this.parts.shift();
      else this.parts[0] = first.subarray(n);
      this.length -= n;
      return out;
    }
    const out = Buffer.allocUnsafe(n);
    let at = 0;
    while (at < n) {
      const p = this.parts[0];
      if (p === undefined) throw new Error('ByteQueue underflow');
      const k = Math.min(p.length, n - at);
      p.copy(out, at, 0, k);
      at += k;
      if (k === p.length) this.parts.shift();
      else this.parts[0] = p.subarray(k);
    }
    this.length -= n;
    return out;
  }
}

export interface SealOptions {
  /** Binds the stream to where it belongs (e.g. `blob|<practice id>|<blob id>`): a copy elsewhere fails. */
  place: string;
  chunkLog2?: number;
}

/** A Transform that seals what is written to it. Memory stays at about one chunk. */
export function createSealStream(keys: StreamKeys, opts: SealOptions): Transform {
  const log2 = opts.chunkLog2 ?? DEFAULT_CHUNK_LOG2;
  if (!Number.isInteger(log2) || log2 < 10 || log2 > 24) throw new RangeError('chunkLog2 must be 10..24');
  const size = 2 ** log2;
  const salt = crypto.randomBytes(32);
  const prefix = crypto.randomBytes(PREFIX);
  const header = Buffer.concat([MAGIC, Buffer.from([VERSION, log2]), uuidBytes(keys.active.id), salt, prefix]);
  const aad = Buffer.concat([header, Buffer.from(`|${opts.place}`, 'utf8')]);
  const key = streamKey(keys.active.key, salt);
  const queue = new ByteQueue();
  let index = 0;
  let headerSent = false;

  const seal = (t: Transform, plain: Buffer, last: boolean): void => {
    if (index >= MAX_CHUNKS) throw new RangeError('sealed stream too long');
    const c = crypto.createCipheriv('aes-256-gcm', key, nonceFor(prefix, index, last));
    c.setAAD(aad);
    const body = c.update(plain);
    c.final();
    if (!headerSent) {
      t.push(header);
      headerSent = true;
    }
    t.push(Buffer.concat([body, c.getAuthTag()]));
    index++;
  };

  return new Transform({
    transform(chunk: Buffer, _enc, cb: TransformCallback) {
      try {
        queue.push(chunk);
        // Strictly more than one chunk: the last chunk must be held back until the end is known,
        // because it is sealed with the last flag.
        while (queue.length > size) seal(this, queue.take(size), false);
        cb();
      } catch (err) {
        cb(err as Error);
      }
    },
    flush(cb: TransformCallback) {
      try {
        seal(this, queue.take(queue.length), true);
        cb();
      } catch (err) {
        cb(err as Error);
      }
    },
  });
}

/**
 * A Transform that opens a sealed stream. Plaintext of a chunk is passed on only after that
 * chunk's tag checked; the stream errors (SealedStreamError) on any tampering, and at the end if
 * the last chunk never came — so a consumer must treat the output as good only once it ends
 * without error.
 */
export function createOpenStream(keys: Pick<StreamKeys, 'byId'>, opts: { place: string }): Transform {
  const queue = new ByteQueue();
  let header: Buffer | undefined;
  let aad: Buffer | undefined;
  let key: Buffer | undefined;
  let prefix: Buffer | undefined;
  let size = 0;
  let index = 0;
  let done = false;

  const readHeader = (): boolean => {
    if (queue.length < STREAM_HEADER_BYTES) return false;
    const h = queue.take(STREAM_HEADER_BYTES);
    const log2 = h[5] ?? 0;
    if (!h.subarray(0, 4).equals(MAGIC) || h[4] !== VERSION || log2 < 10 || log2 > 24) throw new SealedStreamError();
    const dek = keys.byId(bytesUuid(h.subarray(6, 22)));
    if (dek === undefined) throw new SealedStreamError();
    header = h;
    size = 2 ** log2;
    key = streamKey(dek, h.subarray(22, 54));
    prefix = h.subarray(54, 61);
    aad = Buffer.concat([h, Buffer.from(`|${opts.place}`, 'utf8')]);
    return true;
  };

  const open = (t: Transform, sealed: Buffer, last: boolean): void => {
    if (done || key === undefined || prefix === undefined || aad === undefined || sealed.length < TAG || index >= MAX_CHUNKS) throw new SealedStreamError();
    try {
      const d = crypto.createDecipheriv('aes-256-gcm', key, nonceFor(prefix, index, last));
      d.setAAD(aad);
      d.setAuthTag(sealed.subarray(sealed.length - TAG));
      const plain = d.update(sealed.subarray(0, sealed.length - TAG));
      d.final();
      if (plain.length > 0) t.push(plain);
    } catch {
      throw new SealedStreamError();
    }
    index++;
    if (last) done = true;
  };

  return new Transform({
    transform(chunk: Buffer, _enc, cb: TransformCallback) {
      try {
        if (done) throw new SealedStreamError(); // bytes after the last chunk
        queue.push(chunk);
        if (header === undefined && !readHeader()) return cb();
        while (queue.length > size + TAG) open(this, queue.take(size + TAG), false);
        cb();
      } catch (err) {
        cb(err instanceof SealedStreamError ? err : new SealedStreamError());
      }
    },
    flush(cb: TransformCallback) {
      try {
        if (!done) {
          if (header === undefined) throw new SealedStreamError();
          // What is left must be the last chunk; a stream cut at a chunk boundary leaves a
          // non-last chunk here, whose tag does not check under the last flag.
          open(this, queue.take(queue.length), true);
        }
        cb();
      } catch (err) {
        cb(err instanceof SealedStreamError ? err : new SealedStreamError());
      }
    },
  });
}

/** Size of the sealed form of `plainBytes` bytes (for storage accounting and tests). */
export function sealedSize(plainBytes: number, chunkLog2 = DEFAULT_CHUNK_LOG2): number {
  const size = 2 ** chunkLog2;
  const chunks = Math.max(1, Math.ceil(plainBytes / size));
  return STREAM_HEADER_BYTES + plainBytes + chunks * TAG;
}

/** Plaintext size of a sealed stream of `sealedBytes` bytes (inverse of sealedSize). */
export function plainSize(sealedBytes: number, chunkLog2 = DEFAULT_CHUNK_LOG2): number {
  const body = sealedBytes - STREAM_HEADER_BYTES;
  if (body < TAG) return 0;
  const chunks = Math.ceil(body / (2 ** chunkLog2 + TAG));
  return body - chunks * TAG;
}
