// Transcription (issue 20, R30): the engines a recording deployment can use, and the gate that
// decides whether a client's recording may go to the practice's engine. Loaded only in a
// recording deployment, by src/features/recording (R06); nothing else imports this folder.
//
//   transcriptionGate(trx, practiceId, clientId)   before an upload is accepted (R12, R27, R42)
//   transcribe(runtime, practiceId, audio, signal)  in the recording.transcribe job
//   transcriptionRoutes(app, runtime)               the practice's transcription settings
//
// The audio and the text are never logged; failures are TranscriptionError with our own codes.
import type { Runtime } from '../../platform/runtime.ts';
import { systemContext, withTenant, type Tx } from '../../db/tenant.ts';
import { transcriptionConfig, type TranscriptionConfig } from './config.ts';
import { TranscriptionError } from './errors.ts';
import { gateFor, loadTranscriptionSettings, practiceAllowsTranscription } from './policy.ts';
import { deepgramProvider } from './providers/deepgram.ts';
import { openaiTranscriptionProvider } from './providers/openai.ts';
import { pocketsphinxProvider } from './providers/pocketsphinx.ts';
import type { TranscriptionProvider } from './providers/types.ts';
import type { PreparedAudio, TranscriptionAllowed, TranscriptionProviderName, TranscriptionRefusal, TranscriptionResult } from './types.ts';
import { durationOf } from './wav.ts';

export type * from './types.ts';
export { TranscriptionError, type TranscriptionFailure } from './errors.ts';
export { configureTranscription, loadTranscriptionConfig, type TranscriptionConfig } from './config.ts';
export { transcriptionRoutes } from './routes.ts';
export { formatTranscript } from './format.ts';
export { to16kMonoWav, wavFile, readWav, durationOf } from './wav.ts';

/**
 * May a recording of this client be transcribed with the practice's engine? Call it inside the
 * request's tenant transaction, before any audio is accepted. Refusals carry a specific code:
 * vendor_missing, vendor_wrong_kind, vendor_baa_unsigned, vendor_retains_data,
 * provider_not_configured, provider_not_installed, ai_disabled_practice, ai_disabled_client, client_not_found.
 */
export function transcriptionGate(trx: Tx, practiceId: string, clientId: string): Promise<TranscriptionAllowed | TranscriptionRefusal> {
  return gateFor(trx, transcriptionConfig(), practiceId, clientId);
}

export function providerFor(name: TranscriptionProviderName, config: TranscriptionConfig): TranscriptionProvider {
  switch (name) {
    case 'deepgram':
      return deepgramProvider({ apiKey: config.TRANSCRIBE_DEEPGRAM_API_KEY ?? '', baseUrl: config.TRANSCRIBE_DEEPGRAM_BASE_URL, model: config.TRANSCRIBE_DEEPGRAM_MODEL });
    case 'openai-compatible':
      return openaiTranscriptionProvider({ baseURL: config.TRANSCRIBE_OPENAI_BASE_URL ?? 'http://127.0.0.1:9/v1', apiKey: config.TRANSCRIBE_OPENAI_API_KEY, model: config.TRANSCRIBE_OPENAI_MODEL });
    case 'pocketsphinx':
      return pocketsphinxProvider({ bin: config.TRANSCRIBE_POCKETSPHINX_BIN, modelDir: config.TRANSCRIBE_POCKETSPHINX_MODEL_DIR });
  }
}

/**
 * Transcribes prepared audio (16 kHz mono PCM16 WAV) with the practice's engine. The vendor half
 * of the gate is checked again first (a BAA may have lapsed since the upload); the client half
 * was checked when the upload was accepted. Throws TranscriptionError; never logs audio or text.
 */
export async function transcribe(runtime: Runtime, practiceId: string, audio: PreparedAudio, signal?: AbortSignal): Promise<TranscriptionResult> {
  const config = transcriptionConfig();
  const allowed = await withTenant(runtime.db, systemContext(practiceId), async (trx) => practiceAllowsTranscription(trx, config, await loadTranscriptionSettings(trx, practiceId)));
  if (!allowed.ok) throw new TranscriptionError('refused', false, allowed.code);
  let duration: number;
  try {
    duration = durationOf(audio.wav);
  } catch {
    throw new TranscriptionError('bad_audio', false);
  }
  const provider = providerFor(allowed.provider, config);
  const deadline = AbortSignal.timeout(config.TRANSCRIBE_TIMEOUT_MS);
  const combined = signal === undefined ? deadline : AbortSignal.any([signal, deadline]);
  const t0 = performance.now();
  try {
    const r = await provider.transcribe({ audio: { wav: audio.wav, durationSeconds: duration }, signal: combined, timeoutMs: config.TRANSCRIBE_TIMEOUT_MS });
    runtime.logger.info(
      { event: 'transcription.done', provider: provider.name, remote: allowed.remote, audioSeconds: Math.round(duration), segments: r.segments.length, durationMs: Math.round(performance.now() - t0) },
      'recording transcribed',
    );
    return { segments: r.segments, provider: provider.name, model: r.model, remote: allowed.remote };
  } catch (err) {
    const e = err instanceof TranscriptionError ? err : new TranscriptionError('unavailable', true);
    runtime.logger.warn({ event: 'transcription.failed', provider: provider.name, code: e.code, status: e.status }, 'transcription failed');
    throw e;
  }
}
