// The one audio format every provider receives (PreparedAudio): a RIFF/WAVE file of 16 kHz mono
// 16-bit little-endian PCM. This reads its header strictly, so a provider never gets something
// else, and finds the samples (pocketsphinx takes them raw on its standard input).

export const SAMPLE_RATE = 16_000;

export interface Pcm16 {
  sampleRate: number;
  channels: number;
  /** The sample bytes (little-endian int16, interleaved), a view into the file. */
  data: Buffer;
}

/** Reads a PCM16 WAV file's header and finds its data chunk. Throws on anything else. */
export function readWav(wav: Buffer): Pcm16 {
  if (wav.length < 12 || wav.toString('latin1', 0, 4) !== 'RIFF' || wav.toString('latin1', 8, 12) !== 'WAVE') throw new Error('not a RIFF/WAVE file');
  let fmt: { format: number; channels: number; sampleRate: number; bits: number } | undefined;
  let pos = 12;
  while (pos + 8 <= wav.length) {
    const id = wav.toString('latin1', pos, pos + 4);
    const size = wav.readUInt32LE(pos + 4);
    const body = pos + 8;
    if (id === 'fmt ') {
      if (size < 16 || body + 16 > wav.length) throw new Error('short fmt chunk');
      fmt = { format: wav.readUInt16LE(body), channels: wav.readUInt16LE(body + 2), sampleRate: wav.readUInt32LE(body + 4), bits: wav.readUInt16LE(body + 14) };
    } else if (id === 'data') {
      if (fmt === undefined) throw new Error('data chunk before fmt chunk');
      // PCM (1), or WAVE_FORMAT_EXTENSIBLE (0xfffe) whose subformat we do not inspect further.
      if ((fmt.format !== 1 && fmt.format !== 0xfffe) || fmt.bits !== 16) throw new Error('not 16-bit PCM');
      // Streaming writers leave the size at 0 or 0xffffffff: take what is there.
      const end = size === 0 || size === 0xffffffff ? wav.length : Math.min(wav.length, body + size);
      const len = (end - body) - ((end - body) % (2 * fmt.channels));
      return { sampleRate: fmt.sampleRate, channels: fmt.channels, data: wav.subarray(body, body + len) };
    }
    pos = body + size + (size % 2);
  }
  throw new Error('no data chunk');
}

/** The samples of a 16 kHz mono PCM16 WAV; throws for any other format. */
export function pcm16kMono(wav: Buffer): Buffer {
  const p = readWav(wav);
  if (p.sampleRate !== SAMPLE_RATE || p.channels !== 1) throw new Error('not 16 kHz mono');
  return p.data;
}

/** A PCM16 WAV file around little-endian int16 samples. */
export function wavFile(samples: Buffer, sampleRate = SAMPLE_RATE, channels = 1): Buffer {
  const h = Buffer.alloc(44);
  h.write('RIFF', 0, 'latin1');
  h.writeUInt32LE(36 + samples.length, 4);
  h.write('WAVE', 8, 'latin1');
  h.write('fmt ', 12, 'latin1');
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20);
  h.writeUInt16LE(channels, 22);
  h.writeUInt32LE(sampleRate, 24);
  h.writeUInt32LE(sampleRate * channels * 2, 28);
  h.writeUInt16LE(channels * 2, 32);
  h.writeUInt16LE(16, 34);
  h.write('data', 36, 'latin1');
  h.writeUInt32LE(samples.length, 40);
  return Buffer.concat([h, samples]);
}

/**
 * Band-limited resampling of mono int16 samples (a Hann-windowed sinc, 16 taps a side, cut off
 * just under the lower Nyquist frequency). Good enough for speech recognition; not a mastering tool.
 */
export function resample(samples: Int16Array, from: number, to: number): Int16Array {
  if (from === to) return samples.slice();
  const ratio = from / to;
  const n = Math.floor(samples.length / ratio);
  const out = new Int16Array(n);
  const fc = Math.min(1, to / from) * 0.95;
  const half = 16;
  const taps = Math.ceil(half / fc);
  for (let i = 0; i < n; i++) {
    const t = i * ratio;
    const c = Math.floor(t);
    let acc = 0;
    let norm = 0;
    for (let k = c - taps + 1; k <= c + taps; k++) {
      const d = t - k;
      const x = d * fc;
      const sinc = x === 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
      const w = 0.5 + 0.5 * Math.cos((Math.PI * d) / (taps + 1));
      const h = sinc * w;
      norm += h;
      if (k >= 0 && k < samples.length) acc += samples[k]! * h;
    }
    const v = Math.round(acc / norm);
    out[i] = v > 32767 ? 32767 : v < -32768 ? -32768 : v;
  }
  return out;
}

/** Any PCM16 WAV (any rate, mono or stereo) as a 16 kHz mono PCM16 WAV. */
export function to16kMonoWav(wav: Buffer): Buffer {
  const p = readWav(wav);
  const frames = p.data.length / (2 * p.channels);
  const mono = new Int16Array(frames);
  for (let i = 0; i < frames; i++) {
    let s = 0;
    for (let ch = 0; ch < p.channels; ch++) s += p.data.readInt16LE((i * p.channels + ch) * 2);
    mono[i] = Math.round(s / p.channels);
  }
  const out = resample(mono, p.sampleRate, SAMPLE_RATE);
  return wavFile(Buffer.from(out.buffer, out.byteOffset, out.byteLength));
}

/** Seconds of audio in a 16 kHz mono PCM16 WAV. */
export function durationOf(wav: Buffer): number {
  return pcm16kMono(wav).length / 2 / SAMPLE_RATE;
}
