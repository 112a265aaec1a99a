// Recording from the microphone (R30): getUserMedia → AudioContext → the PCM worklet, which
// hands back 16 kHz mono 16-bit samples. They stay in this page's memory (never in browser
// storage) until the recording is stopped and uploaded; every half minute the blocks gathered
// are joined into one Blob, which the browser may keep out of the JavaScript heap.
import workletUrl from './pcm-worklet.ts?worker&url';
import { PCM_RATE, wavHeader } from './wav.ts';

export type RecorderState = 'recording' | 'paused' | 'stopped';

export class PcmRecorder {
  private parts: Blob[] = [];
  private pending: Int16Array[] = [];
  private pendingSamples = 0;
  private samples = 0;
  state: RecorderState = 'recording';

  private constructor(
    private readonly stream: MediaStream,
    private readonly context: AudioContext,
    private readonly node: AudioWorkletNode,
    private readonly source: MediaStreamAudioSourceNode,
  ) {
    node.port.onmessage = (e: MessageEvent<Int16Array | 'flushed'>) => {
      if (e.data === 'flushed') this.onFlushed?.();
      else this.take(e.data);
    };
  }

  private onFlushed: (() => void) | undefined;
  private released = false;

  /** Asks for the microphone (the browser's prompt) and starts recording at once. */
  static async start(): Promise<PcmRecorder> {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true }, video: false });
    let context: AudioContext | undefined;
    try {
      context = new AudioContext();
      await context.audioWorklet.addModule(workletUrl);
      const source = context.createMediaStreamSource(stream);
      const node = new AudioWorkletNode(context, 'tacet-pcm-capture', { numberOfInputs: 1, numberOfOutputs: 0 });
      source.connect(node);
      if (context.state === 'suspended') await context.resume();
      return new PcmRecorder(stream, context, node, source);
    } catch (e) {
      for (const t of stream.getTracks()) t.stop();
      void context?.close();
      throw e;
    }
  }

  /** Seconds of audio kept so far (paused time is not recorded, so not counted). */
  get seconds(): number {
    return (this.samples + this.pendingSamples) / PCM_RATE;
  }

  private take(block: Int16Array): void {
    this.pending.push(block);
    this.pendingSamples += block.length;
    if (this.pendingSamples >= PCM_RATE * 30) this.join();
  }

  private join(): void {
    if (this.pending.length === 0) return;
    this.parts.push(new Blob(this.pending as BlobPart[]));
    this.samples += this.pendingSamples;
    this.pending = [];
    this.pendingSamples = 0;
  }

  pause(): void {
    if (this.state !== 'recording') return;
    this.node.port.postMessage('pause');
    this.state = 'paused';
  }

  resume(): void {
    if (this.state !== 'paused') return;
    this.node.port.postMessage('resume');
    this.state = 'recording';
  }

  /** Stops the microphone and returns the recording as a WAV file. */
  async stop(): Promise<Blob> {
    if (this.state !== 'stopped') {
      this.state = 'stopped';
      // The worklet sends its last partial block, then everything is let go.
      const flushed = new Promise<void>((resolve) => {
        this.onFlushed = resolve;
        setTimeout(resolve, 2000); // a worklet that never answers must not keep the recording
      });
      this.node.port.postMessage('flush');
      await flushed;
      this.release();
    }
    this.join();
    const data = new Blob(this.parts);
    return new Blob([wavHeader(data.size), data], { type: 'audio/wav' });
  }

  /** Lets go of the microphone and the audio, without a file (discarding a recording). */
  release(): void {
    this.state = 'stopped';
    if (this.released) return;
    this.released = true;
    this.source.disconnect();
    this.node.port.onmessage = null;
    for (const t of this.stream.getTracks()) t.stop();
    void this.context.close();
  }

  discard(): void {
    this.release();
    this.parts = [];
    this.pending = [];
    this.samples = 0;
    this.pendingSamples = 0;
  }
}
