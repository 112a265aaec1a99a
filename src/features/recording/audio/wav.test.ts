import { describe, expect, it } from 'vitest';
import { AudioFormatError, encodeWav, parsePcm16, parseWav, resample } from './wav.ts';
import fs from 'node:fs';
import { prepareAudio } from './decode.ts';

/** A WAV file of a sine tone, written the long way (independently of encodeWav). */
function toneWav(opts: { rate: number; channels: number; bits: 8 | 16 | 24 | 32; float?: boolean; hz: number; seconds: number; extensible?: boolean; unknownSize?: boolean }): Buffer {
  const frames = Math.round(opts.rate * opts.seconds);
  const bytes = opts.bits / 8;
  const data = Buffer.alloc(frames * opts.channels * bytes);
  for (let i = 0; i < frames; i++) {
    const v = 0.5 * Math.sin((2 * Math.PI * opts.hz * i) / opts.rate);
    for (let ch = 0; ch < opts.channels; ch++) {
      const at = (i * opts.channels + ch) * bytes;
      if (opts.float === true) data.writeFloatLE(v, at);
      else if (opts.bits === 8) data[at] = Math.round(v * 127 + 128);
      else if (opts.bits === 16) data.writeInt16LE(Math.round(v * 32767), at);
      else if (opts.bits === 24) data.writeIntLE(Math.round(v * 8_388_607), at, 3);
      else data.writeInt32LE(Math.round(v * 2_147_483_647), at);
    }
  }
  const fmtSize = opts.extensible === true ? 40 : 16;
  const fmt = Buffer.alloc(fmtSize);
  fmt.writeUInt16LE(opts.extensible === true ? 0xfffe : opts.float === true ? 3 : 1, 0);
  fmt.writeUInt16LE(opts.channels, 2);
  fmt.writeUInt32LE(opts.rate, 4);
  fmt.writeUInt32LE(opts.rate * opts.channels * bytes, 8);
  fmt.writeUInt16LE(opts.channels * bytes, 12);
  fmt.writeUInt16LE(opts.bits, 14);
  if (opts.extensible === true) {
    fmt.writeUInt16LE(22, 16);
    fmt.writeUInt16LE(opts.bits, 18);
    fmt.writeUInt16LE(opts.float === true ? 3 : 1, 24);
  }
  // A LIST chunk before the data, as many writers add: it must be skipped.
  const list = Buffer.concat([Buffer.from('LIST', 'latin1'), Buffer.from([3, 0, 0, 0]), Buffer.from('abc\0', 'latin1')]);
  const head = (id: string, size: number) => {
    const h = Buffer.alloc(8);
    h.write(id, 0, 'latin1');
    h.writeUInt32LE(size, 4);
    return h;
  };
  const body = Buffer.concat([Buffer.from('WAVE', 'latin1'), head('fmt ', fmtSize), fmt, list, head('data', opts.unknownSize === true ? 0xffffffff : data.length), data]);
  return Buffer.concat([head('RIFF', body.length), body]);
}

/** Energy of one frequency in the signal (Goertzel), normalised to the signal's length. */
function power(x: Float32Array, rate: number, hz: number): number {
  const k = (2 * Math.PI * hz) / rate;
  let s1 = 0;
  let s2 = 0;
  for (const v of x) {
    const s = v + 2 * Math.cos(k) * s1 - s2;
    s2 = s1;
    s1 = s;
  }
  return (s1 * s1 + s2 * s2 - 2 * Math.cos(k) * s1 * s2) / (x.length * x.length);
}

describe('R46 audio to 16 kHz mono PCM without ffmpeg', () => {
  it('R46 reads every PCM layout and rate, mixes down to mono and keeps the tone', () => {
    const cases = [
      { rate: 44_100, channels: 2, bits: 16 as const },
      { rate: 48_000, channels: 1, bits: 24 as const, extensible: true },
      { rate: 8000, channels: 1, bits: 8 as const },
      { rate: 22_050, channels: 6, bits: 32 as const, float: true, unknownSize: true },
      { rate: 16_000, channels: 2, bits: 32 as const },
    ];
    for (const c of cases) {
      const pcm = parseWav(toneWav({ ...c, hz: 440, seconds: 0.5 }));
      expect(pcm.sampleRate).toBe(c.rate);
      expect(pcm.samples.length).toBe(Math.round(c.rate * 0.5));
      const mono = resample(pcm.samples, pcm.sampleRate);
      expect(mono.length).toBe(8000);
      // The 440 Hz tone keeps its amplitude (0.5 → power 0.0625) within a few per cent; nothing at 1 kHz.
      expect(power(mono, 16_000, 440)).toBeGreaterThan(0.058);
      expect(power(mono, 16_000, 440)).toBeLessThan(0.066);
      expect(power(mono, 16_000, 1000)).toBeLessThan(1e-5);
    }
  });

  it('R46 filters what 16 kHz cannot carry instead of folding it back (no aliasing)', () => {
    // 12 kHz at 48 kHz would alias to 4 kHz with naive decimation.
    const pcm = parseWav(toneWav({ rate: 48_000, channels: 1, bits: 16, hz: 12_000, seconds: 0.5 }));
    const mono = resample(pcm.samples, 48_000);
    expect(power(mono, 16_000, 4000)).toBeLessThan(1e-5);
  });

  it('R46 writes a 16 kHz mono 16-bit WAV that reads back as written', async () => {
    const prepared = await prepareAudio('audio/wav', toneWav({ rate: 44_100, channels: 2, bits: 16, hz: 300, seconds: 1 }));
    expect(prepared.durationSeconds).toBe(1);
    expect(prepared.wav.readUInt32LE(24)).toBe(16_000);
    expect(prepared.wav.readUInt16LE(22)).toBe(1);
    expect(prepared.wav.readUInt16LE(34)).toBe(16);
    const back = parseWav(prepared.wav);
    expect(back.samples.length).toBe(16_000);
    expect(power(back.samples, 16_000, 300)).toBeGreaterThan(0.058);
    // Raw PCM from the browser's capture is wrapped as it is.
    const raw = encodeWav(back.samples).subarray(44);
    expect(Array.from(parsePcm16(raw).subarray(0, 50))).toEqual(Array.from(back.samples.subarray(0, 50)));
    expect((await prepareAudio('audio/pcm;rate=16000', raw)).wav.equals(prepared.wav)).toBe(true);
  });

  it('R46 decodes Ogg Opus and MP3 with WebAssembly decoders, no ffmpeg', async () => {
    // 1 s of a 440 Hz tone, 48 kHz stereo, encoded by opusenc and lame (fixtures/).
    for (const [type, file] of [['audio/ogg', 'tone-440hz.ogg'], ['audio/mpeg', 'tone-440hz.mp3']] as const) {
      const prepared = await prepareAudio(type, fs.readFileSync(new URL(`./fixtures/${file}`, import.meta.url)));
      expect(prepared.durationSeconds).toBeGreaterThan(0.95);
      expect(prepared.durationSeconds).toBeLessThan(1.1);
      const back = parseWav(prepared.wav);
      // Amplitude 12000/32768 ≈ 0.37 → power ≈ 0.034, give or take the lossy codec.
      expect(power(back.samples, 16_000, 440)).toBeGreaterThan(0.025);
      expect(power(back.samples, 16_000, 1000)).toBeLessThan(1e-4);
    }
    await expect(prepareAudio('audio/ogg', Buffer.from('OggS but not really'))).rejects.toBeInstanceOf(AudioFormatError);
    await expect(prepareAudio('audio/mpeg', Buffer.alloc(500, 3))).rejects.toBeInstanceOf(AudioFormatError);
  });

  it('R46 refuses what is not audio it can read, with a data-free error', async () => {
    await expect(prepareAudio('audio/wav', Buffer.from('not a wav file at all'))).rejects.toBeInstanceOf(AudioFormatError);
    await expect(prepareAudio('audio/pcm;rate=16000', Buffer.from([1, 2, 3]))).rejects.toBeInstanceOf(AudioFormatError);
    const adpcm = toneWav({ rate: 8000, channels: 1, bits: 16, hz: 440, seconds: 0.1 });
    adpcm.writeUInt16LE(2, 20); // MS ADPCM
    expect(() => parseWav(adpcm)).toThrow(AudioFormatError);
  });
});
