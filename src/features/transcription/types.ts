// The contract between recording (src/features/recording: consent, uploads, audio lifecycle) and
// transcription (src/features/transcription: providers, vendor gate). Both exist only in a
// recording deployment (TACET_RECORDING=enabled, R06): nothing outside these two folders may import
// them statically, so the no-recording build can leave them out entirely.

/** One stretch of speech. Times are seconds from the start of the recording. */
export interface TranscriptSegment {
  start: number;
  end: number;
  /** The provider's speaker label ("Speaker 1"), or null when the provider gives none. */
  speaker: string | null;
  text: string;
}

export type TranscriptionProviderName = 'deepgram' | 'openai-compatible' | 'pocketsphinx';

export interface TranscriptionResult {
  segments: TranscriptSegment[];
  provider: TranscriptionProviderName;
  /** The model as the provider names it. */
  model: string;
  /** True when the audio left the machine (Deepgram; an OpenAI-compatible server off the premises). */
  remote: boolean;
}

/** Audio as every provider receives it: a 16 kHz mono 16-bit PCM WAV file. */
export interface PreparedAudio {
  wav: Buffer;
  durationSeconds: number;
}

export type TranscriptionRefusal = { ok: false; code: string; message: string };
export type TranscriptionAllowed = { ok: true; provider: TranscriptionProviderName; remote: boolean };
