// WAV in, 16 kHz mono 16-bit PCM WAV out (R46): what every transcription provider is given. No
// ffmpeg: the container is a few chunks of RIFF, and the two transformations — downmixing and
// resampling — are small enough to own and test here.
//
// Accepted: PCM integer 8 (unsigned), 16, 24 and 32 bits, IEEE float 32 and 64 bits, in a plain
// or WAVE_FORMAT_EXTENSIBLE header; 1 to 8 channels; 8 kHz to 192 kHz. A data chunk whose size is
// unknown (0 or 0xFFFFFFFF, as streaming writers leave it) runs to the end of the file.

export const TARGET_RATE = 16_000;

export class AudioFormatError extends Error {
  override name = 'AudioFormatError';
  /** A data-free code for the recording's error column. */
  readonly code = 'audio_unreadable';
}

export interface PcmAudio {
  /** Mono samples in [-1, 1]. */
  samples: Float32Array;
  sampleRate: number;
}

export interface Format {
  tag: 'int' | 'float';
  channels: number;
  sampleRate: number;
  bits: number;
}

const PCM = 1;
const FLOAT = 3;
const EXTENSIBLE = 0xfffe;

function readFormat(b: Buffer, at: number, size: number): Format {
  if (size < 16) throw new AudioFormatError('fmt chunk too short');
  let tag = b.readUInt16LE(at);
  const channels = b.readUInt16LE(at + 2);
  const sampleRate = b.readUInt32LE(at + 4);
  const bits = b.readUInt16LE(at + 14);
  // WAVE_FORMAT_EXTENSIBLE names the real format in the first two bytes of its sub-format GUID.
  if (tag === EXTENSIBLE && size >= 40) tag = b.readUInt16LE(at + 24);
  if (tag !== PCM && tag !== FLOAT) throw new AudioFormatError('not PCM or float audio');
  if (channels < 1 || channels > 8) throw new AudioFormatError('unsupported channel count');
  if (sampleRate < 8000 || sampleRate > 192_000) throw new AudioFormatError('unsupported sample rate');
  const ok = tag === PCM ? [8, 16, 24, 32].includes(bits) : [32, 64].includes(bits);
  if (!ok) throw new AudioFormatError('unsupported sample size');
  return { tag: tag === PCM ? 'int' : 'float', channels, sampleRate, bits };
}

/** Parses a WAV file and mixes its channels down to one (the mean of the channels). */
export function parseWav(b: Buffer): PcmAudio {
  if (b.length < 12 || b.toString('latin1', 0, 4) !== 'RIFF' || b.toString('latin1', 8, 12) !== 'WAVE') throw new AudioFormatError('not a WAV file');
  let fmt: Format | undefined;
  let at = 12;
  while (at + 8 <= b.length) {
    const id = b.toString('latin1', at, at + 4);
    let size = b.readUInt32LE(at + 4);
    const body = at + 8;
    if (id === 'fmt ') fmt = readFormat(b, body, Math.min(size, b.length - body));
    else if (id === 'data') {
      if (fmt === undefined) throw new AudioFormatError('data before fmt');
      if (size === 0 || size === 0xffffffff || body + size > b.length) size = b.length - body;
      return { samples: downmix(b.subarray(body, body + size), fmt), sampleRate: fmt.sampleRate };
    }
    at = body + size + (size % 2); // chunks are padded to an even length
  }
  throw new AudioFormatError('no data chunk');
}

/** Interleaved frames of `fmt` to mono floats; a trailing partial frame is dropped. */
export function downmix(data: Buffer, fmt: Format): Float32Array {
  const bytes = fmt.bits / 8;
  const frame = bytes * fmt.channels;
  const frames = Math.floor(data.length / frame);
  const out = new Float32Array(frames);
  const read = sampleReader(data, fmt);
  for (let i = 0; i < frames; i++) {
    let sum = 0;
    for (let ch = 0; ch < fmt.channels; ch++) sum += read(i * frame + ch * bytes);
    out[i] = sum / fmt.channels;
  }
  return out;
}

function sampleReader(d: Buffer, fmt: Format): (at: number) => number {
  if (fmt.tag === 'float') return fmt.bits === 32 ? (at) => d.readFloatLE(at) : (at) => d.readDoubleLE(at);
  switch (fmt.bits) {
    case 8:
      return (at) => (d[at]! - 128) / 128;
    case 16:
      return (at) => d.readInt16LE(at) / 32768;
    case 24:
      return (at) => d.readIntLE(at, 3) / 8_388_608;
    default:
      return (at) => d.readInt32LE(at) / 2_147_483_648;
  }
}

// Resampling: band-limited interpolation with a Hann-windowed sinc kernel, read from a table.
// Going down, the kernel's cutoff follows the target's Nyquist frequency (with a little margin),
// so what the lower rate cannot carry is filtered out instead of folding back as aliasing.
const ZERO_CROSSINGS = 8;
const TABLE_STEPS = 512;

export function resample(input: Float32Array, from: number, to = TARGET_RATE): Float32Array {
  if (from === to) return input;
  const cutoff = Math.min(1, to / from) * 0.95;
  const half = ZERO_CROSSINGS / cutoff; // kernel half-width, in input samples
  const table = new Float32Array(Math.ceil(half * TABLE_STEPS) + 2);
  for (let i = 0; i < table.length; i++) {
    const d = i / TABLE_STEPS;
    if (d >= half) break;
    const x = Math.PI * cutoff * d;
    const sinc = d === 0 ? 1 : Math.sin(x) / x;
    table[i] = sinc * 0.5 * (1 + Math.cos((Math.PI * d) / half));
  }
  const ratio = from / to;
  const out = new Float32Array(Math.floor((input.length * to) / from));
  for (let n = 0; n < out.length; n++) {
    const t = n * ratio;
    const k0 = Math.max(0, Math.ceil(t - half));
    const k1 = Math.min(input.length - 1, Math.floor(t + half));
    let acc = 0;
    let weight = 0;
    for (let k = k0; k <= k1; k++) {
      const w = table[Math.round(Math.abs(t - k) * TABLE_STEPS)]!;
      acc += input[k]! * w;
      weight += w;
    }
    // Dividing by the weights keeps the gain at 1 everywhere, the ends of the signal included.
    out[n] = weight > 0 ? acc / weight : 0;
  }
  return out;
}

/** 16-bit PCM WAV of mono samples (clipped to [-1, 1]). */
export function encodeWav(samples: Float32Array, sampleRate = TARGET_RATE): Buffer {
  const data = samples.length * 2;
  const b = Buffer.alloc(44 + data);
  b.write('RIFF', 0, 'latin1');
  b.writeUInt32LE(36 + data, 4);
  b.write('WAVE', 8, 'latin1');
  b.write('fmt ', 12, 'latin1');
  b.writeUInt32LE(16, 16);
  b.writeUInt16LE(PCM, 20);
  b.writeUInt16LE(1, 22);
  b.writeUInt32LE(sampleRate, 24);
  b.writeUInt32LE(sampleRate * 2, 28);
  b.writeUInt16LE(2, 32);
  b.writeUInt16LE(16, 34);
  b.write('data', 36, 'latin1');
  b.writeUInt32LE(data, 40);
  for (let i = 0; i < samples.length; i++) {
    const s = Math.max(-1, Math.min(1, samples[i]!));
    b.writeInt16LE(Math.round(s < 0 ? s * 32768 : s * 32767), 44 + i * 2);
  }
  return b;
}

/** Raw 16-bit little-endian mono PCM (the browser's AudioWorklet capture) as floats. */
export function parsePcm16(b: Buffer): Float32Array {
  if (b.length % 2 !== 0) throw new AudioFormatError('odd number of bytes for 16-bit PCM');
  return downmix(b, { tag: 'int', channels: 1, sampleRate: TARGET_RATE, bits: 16 });
}
