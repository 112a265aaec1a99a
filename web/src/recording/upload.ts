// Chunked, resumable upload of a recording (R30, R46), as the server's recording API takes it:
// POST the size and type, PUT each chunk by its index (idempotent), POST complete, then follow
// the recording until its transcript is saved. A chunk that fails is retried a few times; after
// that the upload stops and can be resumed: GET the recording says which chunks arrived, and only
// the missing ones are sent. Nothing is kept in browser storage: the file lives in this page.
import { api, ApiError } from '../api.ts';

export type RecordingStatus = 'uploading' | 'queued' | 'transcribing' | 'transcribed' | 'failed';

export interface RecordingView {
  id: string;
  sessionId: string;
  status: RecordingStatus;
  receivedChunks: number[];
  totalBytes: number;
  transcriptId: string | null;
  error: string | null;
}

interface Created {
  id: string;
  chunkBytes: number;
  receivedChunks: number[];
  status: RecordingStatus;
}

// What the server decodes without ffmpeg: WAV (any PCM), Ogg Opus and MP3 (WebAssembly decoders).
// WebM is refused there (415), so it is not offered here.
export const AUDIO_TYPES = ['audio/wav', 'audio/ogg', 'audio/mpeg'] as const;
export type AudioType = (typeof AUDIO_TYPES)[number];

/** The type the server is told, from the file's own type or, failing that, its name. */
export function audioTypeOf(file: File): AudioType | null {
  const t = file.type.split(';')[0]?.trim().toLowerCase() ?? '';
  if (t === 'audio/wav' || t === 'audio/x-wav' || t === 'audio/wave') return 'audio/wav';
  if (t === 'audio/ogg' || t === 'audio/opus') return 'audio/ogg';
  if (t === 'audio/mpeg' || t === 'audio/mp3') return 'audio/mpeg';
  const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  return ext === 'wav' ? 'audio/wav' : ext === 'ogg' || ext === 'oga' || ext === 'opus' ? 'audio/ogg' : ext === 'mp3' ? 'audio/mpeg' : null;
}

export interface UploadProgress {
  sentBytes: number;
  totalBytes: number;
}

export class UploadInterrupted extends Error {
  override name = 'UploadInterrupted';
  constructor(
    readonly recordingId: string,
    override readonly cause: unknown,
  ) {
    super('The upload was interrupted.');
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** An upload of one file: start() once, resume() after an interruption. */
export class ResumableUpload {
  private id: string | null = null;
  private chunkBytes = 0;
  private received = new Set<number>();

  constructor(
    private readonly sessionId: string,
    private readonly file: Blob,
    private readonly contentType: AudioType,
    private readonly onProgress: (p: UploadProgress) => void,
  ) {}

  get recordingId(): string | null {
    return this.id;
  }

  private get chunks(): number {
    return Math.max(1, Math.ceil(this.file.size / this.chunkBytes));
  }

  private report(): void {
    let sent = 0;
    for (const i of this.received) sent += Math.min(this.chunkBytes, this.file.size - i * this.chunkBytes);
    this.onProgress({ sentBytes: sent, totalBytes: this.file.size });
  }

  /** Creates the recording on the server and sends every chunk; then asks for its transcription. */
  async start(): Promise<string> {
    const created = await api.post<Created>(`/api/sessions/${this.sessionId}/recordings`, { contentType: this.contentType, totalBytes: this.file.size });
    this.id = created.id;
    this.chunkBytes = created.chunkBytes;
    this.received = new Set(created.receivedChunks);
    return this.send();
  }

  /** After an interruption: asks the server what it has, and sends the rest. */
  async resume(): Promise<string> {
    if (this.id === null) return this.start();
    const now = await api.get<RecordingView>(`/api/recordings/${this.id}`);
    this.received = new Set(now.receivedChunks);
    if (now.status !== 'uploading') return this.id;
    return this.send();
  }

  private async send(): Promise<string> {
    const id = this.id!;
    this.report();
    for (let i = 0; i < this.chunks; i++) {
      if (this.received.has(i)) continue;
      const part = this.file.slice(i * this.chunkBytes, (i + 1) * this.chunkBytes);
      for (let attempt = 0; ; attempt++) {
        try {
          const r = await api.putBytes<{ receivedChunks: number[] }>(`/api/recordings/${id}/chunks/${i}`, part);
          this.received = new Set(r.receivedChunks);
          break;
        } catch (e) {
          // A refusal (4xx) will not change by sending again; a lost connection or a 5xx may.
          const retryable = !(e instanceof ApiError) || e.status === 0 || e.status >= 500 || e.status === 429;
          if (!retryable || attempt >= 2) throw new UploadInterrupted(id, e);
          await sleep(1000 * 2 ** attempt);
        }
      }
      this.report();
    }
    await api.post(`/api/recordings/${id}/complete`);
    return id;
  }

  /** Abandons the upload: the server deletes what it received (nothing is left behind). */
  async abandon(): Promise<void> {
    if (this.id !== null) await api.del(`/api/recordings/${this.id}`);
    this.id = null;
  }
}

/** Follows a recording after its upload until it is transcribed or failed. */
export async function waitForTranscript(id: string, onStatus: (r: RecordingView) => void, signal: AbortSignal): Promise<RecordingView> {
  for (let delay = 1000; ; delay = Math.min(5000, delay + 500)) {
    const r = await api.background.get<RecordingView>(`/api/recordings/${id}`);
    onStatus(r);
    if (r.status === 'transcribed' || r.status === 'failed') return r;
    await sleep(delay);
    if (signal.aborted) throw new DOMException('stopped following the recording', 'AbortError');
  }
}
