// The transcription gate (R12, R27, R42): may this client's recording be transcribed with the
// practice's engine? One function decides it, for the upload route (before any audio is
// accepted), for the settings route and, without the client part, at the moment of the call.
//
//   pocketsphinx        runs on this server: nothing leaves it; no registry entry.
//   openai-compatible   with an 'onprem' registry entry: the practice's own server (a Whisper
//                       server on its network): the audio stays with the covered entity, no BAA.
//   openai-compatible   with an 'openai-compatible' entry, and deepgram: a vendor. Its registry
//                       entry needs a signed BAA, zero retention and no training, and the audio
//                       leaves only for a client with AI on, in a practice with AI on (R42).
import fs from 'node:fs';
import path from 'node:path';
import type { Selectable } from 'kysely';
import type { Tx } from '../../db/tenant.ts';
import type { SubprocessorsTable } from '../../db/schema.ts';
import type { TranscriptionConfig } from './config.ts';
import type { TranscriptionAllowed, TranscriptionProviderName, TranscriptionRefusal } from './types.ts';

export interface TranscriptionSettings {
  provider: TranscriptionProviderName;
  vendorId: string | null;
  aiEnabled: boolean;
}

export async function loadTranscriptionSettings(trx: Tx, practiceId: string): Promise<TranscriptionSettings> {
  const row = await trx
    .selectFrom('practice_settings')
    .select(['transcription_provider', 'transcription_vendor_id', 'ai_enabled'])
    .where('practice_id', '=', practiceId)
    .executeTakeFirst();
  return { provider: row?.transcription_provider ?? 'pocketsphinx', vendorId: row?.transcription_vendor_id ?? null, aiEnabled: row?.ai_enabled ?? false };
}

const refuse = (code: string, message: string): TranscriptionRefusal => ({ ok: false, code, message });

const LABEL: Record<TranscriptionProviderName, string> = {
  deepgram: 'Deepgram',
  'openai-compatible': 'the OpenAI-compatible transcription server',
  pocketsphinx: 'offline transcription (pocketsphinx)',
};

/**
 * The vendor half of the gate: the registry entry fits the engine and, for a vendor, carries a
 * signed BAA, zero retention and no training. Returns whether the audio leaves the premises.
 */
export function vendorAllowsTranscription(
  v: Selectable<SubprocessorsTable> | undefined,
  provider: TranscriptionProviderName,
): TranscriptionRefusal | { ok: true; remote: boolean } {
  if (provider === 'pocketsphinx') return { ok: true, remote: false };
  if (v === undefined) {
    return refuse('vendor_missing', `Add ${LABEL[provider]} to the subprocessor registry (category Transcription) and choose it in the transcription settings first.`);
  }
  const fits = v.category === 'transcription' && (provider === 'deepgram' ? v.provider === 'deepgram' : v.provider === 'openai-compatible' || v.provider === 'onprem');
  if (!fits) return refuse('vendor_wrong_kind', `The chosen registry entry is not ${LABEL[provider]}.`);
  // Audio that never leaves the covered entity needs no business associate agreement.
  if (v.provider === 'onprem') return { ok: true, remote: false };
  if (v.baa_status !== 'signed') {
    return refuse('vendor_baa_unsigned', `Recordings are not transcribed by ${v.name} until its BAA is signed and recorded in the subprocessor registry.`);
  }
  if (!v.zero_retention || !v.no_training) {
    return refuse('vendor_retains_data', `Recordings are not transcribed by ${v.name} until it is recorded with zero data retention and no training on customer data.`);
  }
  return { ok: true, remote: true };
}

const found = new Map<string, boolean>();
/** Whether an executable exists (a path, or a name on PATH). Looked up once per name. */
export function executableFound(bin: string): boolean {
  let hit = found.get(bin);
  if (hit === undefined) {
    const candidates = bin.includes('/') ? [bin] : (process.env.PATH ?? '').split(path.delimiter).filter(Boolean).map((d) => path.join(d, bin));
    hit = candidates.some((c) => {
      try {
        fs.accessSync(c, fs.constants.X_OK);
        return fs.statSync(c).isFile();
      } catch {
        return false;
      }
    });
    found.set(bin, hit);
  }
  return hit;
}

/** Whether the operator has told this server how to reach the engine (or installed it). */
export function providerConfigured(config: TranscriptionConfig, provider: TranscriptionProviderName): TranscriptionRefusal | null {
  if (provider === 'pocketsphinx' && !executableFound(config.TRANSCRIBE_POCKETSPHINX_BIN)) {
    return refuse('provider_not_installed', 'Offline transcription (pocketsphinx) is not installed on this server. Ask your administrator, or choose another engine.');
  }
  if (provider === 'deepgram' && config.TRANSCRIBE_DEEPGRAM_API_KEY === undefined) {
    return refuse('provider_not_configured', 'Deepgram is not configured on this server (TRANSCRIBE_DEEPGRAM_API_KEY). Ask your administrator.');
  }
  if (provider === 'openai-compatible' && config.TRANSCRIBE_OPENAI_BASE_URL === undefined) {
    return refuse('provider_not_configured', 'No OpenAI-compatible transcription server is configured on this server (TRANSCRIBE_OPENAI_BASE_URL). Ask your administrator.');
  }
  return null;
}

/** The practice half of the gate, shared by the upload gate and the call itself. */
export async function practiceAllowsTranscription(trx: Tx, config: TranscriptionConfig, s: TranscriptionSettings): Promise<TranscriptionAllowed | TranscriptionRefusal> {
  const notConfigured = providerConfigured(config, s.provider);
  if (notConfigured !== null) return notConfigured;
  const vendor = s.vendorId === null ? undefined : await trx.selectFrom('subprocessors').selectAll().where('id', '=', s.vendorId).executeTakeFirst();
  const v = vendorAllowsTranscription(vendor, s.provider);
  if (!v.ok) return v;
  if (v.remote && !s.aiEnabled) {
    return refuse('ai_disabled_practice', `AI is turned off for this practice, so recordings are not sent to ${LABEL[s.provider]}. Turn AI on, or choose offline transcription.`);
  }
  return { ok: true, provider: s.provider, remote: v.remote };
}

/**
 * May a recording of this client be transcribed? Called inside the caller's tenant transaction
 * (row-level security shows only the practice's own client and registry). A client the caller
 * cannot see is refused as not found.
 */
export async function gateFor(trx: Tx, config: TranscriptionConfig, practiceId: string, clientId: string): Promise<TranscriptionAllowed | TranscriptionRefusal> {
  const client = await trx.selectFrom('clients').select(['id', 'ai_disabled']).where('id', '=', clientId).where('practice_id', '=', practiceId).executeTakeFirst();
  if (client === undefined) return refuse('client_not_found', 'The client was not found.');
  const practice = await practiceAllowsTranscription(trx, config, await loadTranscriptionSettings(trx, practiceId));
  if (!practice.ok) return practice;
  if (practice.remote && client.ai_disabled) {
    return refuse('ai_disabled_client', `AI is turned off for this client, so their recordings are not sent to ${LABEL[practice.provider]}. Turn AI on for the client, or the practice can choose offline transcription.`);
  }
  return practice;
}
