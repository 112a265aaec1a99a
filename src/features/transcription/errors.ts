// A transcription that failed. The message is ours: never a provider's body, which may echo what
// it heard, and never the audio or the text.

export type TranscriptionFailure =
  /** The provider did not answer within the time (or the caller aborted). */
  | 'timeout'
  /** Connection refused, 5xx, 429, the engine not installed or crashed: worth retrying later. */
  | 'unavailable'
  /** The provider refused the request (4xx: bad key, unsupported audio). Retrying will not help. */
  | 'rejected'
  /** An answer Tacet could not read. */
  | 'malformed'
  /** The audio is not the 16 kHz mono PCM16 WAV every provider receives. */
  | 'bad_audio'
  /** The gate refused at the time of the call (vendor no longer allowed, provider not configured). */
  | 'refused';

export class TranscriptionError extends Error {
  override name = 'TranscriptionError';
  constructor(
    readonly kind: TranscriptionFailure,
    readonly retryable: boolean,
    /** For 'refused': the gate's code (vendor_baa_unsigned, provider_not_configured, …). */
    readonly code: string = `transcription_${kind}`,
    readonly status?: number,
  ) {
    super(`transcription failed: ${code}${status === undefined ? '' : ` (${status})`}`);
  }
}

/** Maps an HTTP status (or none: a connection problem) to a failure. */
export function httpFailure(status: number | undefined): TranscriptionError {
  if (status === undefined) return new TranscriptionError('unavailable', true);
  if (status === 408 || status === 409 || status === 429 || status >= 500) return new TranscriptionError('unavailable', true, 'transcription_unavailable', status);
  return new TranscriptionError('rejected', false, 'transcription_rejected', status);
}
