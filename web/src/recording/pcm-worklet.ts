// The AudioWorklet of the recorder (R30): turns the microphone's samples, at whatever rate the
// audio context runs (44.1 or 48 kHz usually), into 16 kHz mono 16-bit PCM — what every
// transcription provider is given — so nothing needs decoding on the server. Each output sample
// is the mean of the input samples of its 1/16000 s (a box filter, which also keeps frequencies
// above 8 kHz from folding back into speech). Samples go to the page in blocks of a quarter of a
// second; "pause" stops counting them until "resume"; "flush" sends what is left, then "flushed".

// The worklet scope's globals, which TypeScript's DOM library does not describe.
declare const sampleRate: number;
declare class AudioWorkletProcessor {
  readonly port: MessagePort;
}
declare function registerProcessor(name: string, ctor: new () => AudioWorkletProcessor): void;

const OUT_RATE = 16_000;
const BLOCK = OUT_RATE / 4;

class PcmCapture extends AudioWorkletProcessor {
  private readonly step = sampleRate / OUT_RATE;
  /** Position, in input samples, of the end of the output sample being summed. */
  private next = this.step;
  private pos = 0;
  private sum = 0;
  private count = 0;
  private block = new Int16Array(BLOCK);
  private filled = 0;
  private paused = false;

  constructor() {
    super();
    this.port.onmessage = (e: MessageEvent<'pause' | 'resume' | 'flush'>) => {
      if (e.data === 'pause') this.paused = true;
      else if (e.data === 'resume') this.paused = false;
      else {
        this.send();
        this.port.postMessage('flushed');
      }
    };
  }

  private send(): void {
    if (this.filled === 0) return;
    const out = this.block.slice(0, this.filled);
    this.port.postMessage(out, [out.buffer]);
    this.filled = 0;
  }

  process(inputs: Float32Array[][]): boolean {
    const channels = inputs[0];
    if (this.paused || channels === undefined || channels.length === 0) return true;
    const frames = channels[0]!.length;
    for (let i = 0; i < frames; i++) {
      // Mono: the mean of the channels.
      let v = 0;
      for (const ch of channels) v += ch[i]!;
      this.sum += v / channels.length;
      this.count++;
      this.pos++;
      if (this.pos >= this.next) {
        const s = Math.max(-1, Math.min(1, this.sum / this.count));
        this.block[this.filled++] = s < 0 ? Math.round(s * 0x8000) : Math.round(s * 0x7fff);
        this.sum = 0;
        this.count = 0;
        this.next += this.step;
        if (this.filled === BLOCK) this.send();
      }
    }
    return true;
  }
}

registerProcessor('tacet-pcm-capture', PcmCapture);
