// One interface for every transcription engine. A provider receives the prepared audio and
// returns segments; it knows nothing of clients, practices or the database, and it never logs
// the audio or the text.
import type { PreparedAudio, TranscriptionProviderName, TranscriptSegment } from '../types.ts';

export interface ProviderCall {
  audio: PreparedAudio;
  /** Aborted at the deadline or by the caller. */
  signal: AbortSignal;
  timeoutMs: number;
}

export interface TranscriptionProvider {
  readonly name: TranscriptionProviderName;
  readonly model: string;
  transcribe(call: ProviderCall): Promise<{ segments: TranscriptSegment[]; model: string }>;
}
