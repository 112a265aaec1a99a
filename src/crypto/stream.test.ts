import crypto from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { createOpenStream, createSealStream, sealedSize, SealedStreamError, STREAM_HEADER_BYTES, type StreamKeys } from './stream.ts';

const LOG2 = 10; // 1 KiB chunks keep the attacks small and fast
const CHUNK = 2 ** LOG2;
const SEALED_CHUNK = CHUNK + 16;
const PLACE = 'blob|practice-1|blob-1';

function keyring(): StreamKeys {
  const id = crypto.randomUUID();
  const key = crypto.randomBytes(32);
  return { active: { id, key }, byId: (k) => (k === id ? key : undefined) };
}

async function collect(src: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  await pipeline(src, new Writable({ write(c: Buffer, _e, cb) { parts.push(c); cb(); } }));
  return Buffer.concat(parts);
}

/** Writes `plain` in uneven pieces, so chunk boundaries never line up with writes. */
function pieces(plain: Buffer): Readable {
  const out: Buffer[] = [];
  for (let i = 0, step = 1; i < plain.length; i += step, step = (step * 7 + 3) % 1500 + 1) out.push(plain.subarray(i, i + step));
  return Readable.from(out);
}

async function seal(keys: StreamKeys, plain: Buffer, place = PLACE): Promise<Buffer> {
  return collect(pieces(plain).pipe(createSealStream(keys, { place, chunkLog2: LOG2 })));
}

async function open(keys: StreamKeys, sealed: Buffer, place = PLACE): Promise<Buffer> {
  return collect(pieces(sealed).pipe(createOpenStream(keys, { place })));
}

const chunkAt = (sealed: Buffer, i: number): Buffer => sealed.subarray(STREAM_HEADER_BYTES + i * SEALED_CHUNK, STREAM_HEADER_BYTES + (i + 1) * SEALED_CHUNK);

describe('sealed streams (chunked AES-256-GCM)', () => {
  it('R09 round-trips payloads of every awkward length: empty, one byte, exactly one chunk, a chunk and a byte, many chunks', async () => {
    const keys = keyring();
    for (const n of [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 5 * CHUNK + 17]) {
      const plain = crypto.randomBytes(n);
      const sealed = await seal(keys, plain);
      expect(sealed.length).toBe(sealedSize(n, LOG2));
      expect((await open(keys, sealed)).equals(plain)).toBe(true);
    }
  });

  it('R13 leaves no plaintext in the sealed bytes and seals the same payload differently each time', async () => {
    const keys = keyring();
    const plain = Buffer.from('Synthetic client T.Q. reported improved sleep. '.repeat(100));
    const a = await seal(keys, plain);
    const b = await seal(keys, plain);
    expect(a.includes(Buffer.from('improved sleep'))).toBe(false);
    expect(a.subarray(STREAM_HEADER_BYTES).equals(b.subarray(STREAM_HEADER_BYTES))).toBe(false);
  });

  const attacks: Array<[string, (s: Buffer) => Buffer]> = [
    ['truncation at a chunk boundary (the last chunk dropped)', (s) => s.subarray(0, STREAM_HEADER_BYTES + 2 * SEALED_CHUNK)],
    ['truncation inside a chunk', (s) => s.subarray(0, s.length - 5)],
    ['truncation to the header alone', (s) => s.subarray(0, STREAM_HEADER_BYTES)],
    ['reordering two chunks', (s) => Buffer.concat([s.subarray(0, STREAM_HEADER_BYTES), chunkAt(s, 1), chunkAt(s, 0), s.subarray(STREAM_HEADER_BYTES + 2 * SEALED_CHUNK)])],
    ['duplicating a chunk', (s) => Buffer.concat([s.subarray(0, STREAM_HEADER_BYTES + SEALED_CHUNK), chunkAt(s, 0), s.subarray(STREAM_HEADER_BYTES + SEALED_CHUNK)])],
    ['dropping a middle chunk', (s) => Buffer.concat([s.subarray(0, STREAM_HEADER_BYTES + SEALED_CHUNK), s.subarray(STREAM_HEADER_BYTES + 2 * SEALED_CHUNK)])],
    ['bytes appended after the last chunk', (s) => Buffer.concat([s, Buffer.from([0])])],
    ['a copy of the last chunk appended', (s) => Buffer.concat([s, s.subarray(s.length - 40)])],
    ['a flipped bit in the header salt', (s) => flip(s, 30)],
    ['a flipped bit in the header nonce prefix', (s) => flip(s, 56)],
    ['a changed chunk size in the header', (s) => { const c = Buffer.from(s); c[5] = LOG2 + 1; return c; }],
    ['a changed version', (s) => { const c = Buffer.from(s); c[4] = 2; return c; }],
    ['a flipped bit in a ciphertext byte', (s) => flip(s, STREAM_HEADER_BYTES + SEALED_CHUNK + 10)],
    ['a flipped bit in a tag', (s) => flip(s, STREAM_HEADER_BYTES + SEALED_CHUNK - 1)],
  ];

  function flip(s: Buffer, at: number): Buffer {
    const c = Buffer.from(s);
    c[at] = (c[at] ?? 0) ^ 0x01;
    return c;
  }

  for (const [name, attack] of attacks) {
    it(`R13 detects ${name}`, async () => {
      const keys = keyring();
      const sealed = await seal(keys, crypto.randomBytes(3 * CHUNK + 100));
      await expect(open(keys, attack(sealed))).rejects.toBeInstanceOf(SealedStreamError);
    });
  }

  it('R13 a stream cut right after a full chunk of an exact-multiple payload is still caught', async () => {
    const keys = keyring();
    const sealed = await seal(keys, crypto.randomBytes(2 * CHUNK));
    // Two full chunks, the second flagged last; dropping it leaves a valid-looking first chunk.
    await expect(open(keys, sealed.subarray(0, STREAM_HEADER_BYTES + SEALED_CHUNK))).rejects.toBeInstanceOf(SealedStreamError);
  });

  it('R13 refuses a stream moved to another place, or opened without its key', async () => {
    const keys = keyring();
    const sealed = await seal(keys, crypto.randomBytes(500));
    await expect(open(keys, sealed, 'blob|practice-1|blob-2')).rejects.toBeInstanceOf(SealedStreamError);
    await expect(open(keyring(), sealed)).rejects.toBeInstanceOf(SealedStreamError);
  });

  it('R13 splicing a chunk from another stream under the same key fails', async () => {
    const keys = keyring();
    const a = await seal(keys, crypto.randomBytes(3 * CHUNK));
    const b = await seal(keys, crypto.randomBytes(3 * CHUNK));
    const spliced = Buffer.concat([a.subarray(0, STREAM_HEADER_BYTES), chunkAt(a, 0), chunkAt(b, 1), a.subarray(STREAM_HEADER_BYTES + 2 * SEALED_CHUNK)]);
    await expect(open(keys, spliced)).rejects.toBeInstanceOf(SealedStreamError);
  });

  it('R09 passes no plaintext of a tampered chunk on: everything emitted before the error is genuine', async () => {
    const keys = keyring();
    const plain = crypto.randomBytes(4 * CHUNK);
    const sealed = flip(await seal(keys, plain), STREAM_HEADER_BYTES + 2 * SEALED_CHUNK + 3);
    const got: Buffer[] = [];
    const opener = createOpenStream(keys, { place: PLACE });
    await expect(pipeline(Readable.from([sealed]), opener, new Writable({ write(c: Buffer, _e, cb) { got.push(c); cb(); } }))).rejects.toBeInstanceOf(SealedStreamError);
    const emitted = Buffer.concat(got);
    expect(emitted.length).toBeLessThanOrEqual(2 * CHUNK);
    expect(emitted.equals(plain.subarray(0, emitted.length))).toBe(true);
  });

  it('R09 seals 32 MiB with memory bounded by the chunk size, not the payload', async () => {
    const keys = keyring();
    const total = 32 * 1024 * 1024;
    let produced = 0;
    const block = crypto.randomBytes(256 * 1024);
    const src = new Readable({
      read() {
        if (produced >= total) return void this.push(null);
        produced += block.length;
        this.push(block);
      },
    });
    let sealedBytes = 0;
    let maxBuffered = 0;
    const sealer = createSealStream(keys, { place: PLACE });
    await pipeline(src, sealer, new Writable({
      highWaterMark: 64 * 1024,
      write(c: Buffer, _e, cb) {
        sealedBytes += c.length;
        maxBuffered = Math.max(maxBuffered, sealer.readableLength + sealer.writableLength);
        setImmediate(cb);
      },
    }));
    expect(sealedBytes).toBe(sealedSize(total));
    // Stream buffers only: a few chunks, never the payload (32 MiB).
    expect(maxBuffered).toBeLessThan(2 * 1024 * 1024);
  });
});
