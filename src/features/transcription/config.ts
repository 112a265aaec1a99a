// How this installation reaches each transcription provider: the operator's environment, read
// and checked when the recording module registers (a bad value stops start-up, naming the
// variable, never its value). It lives here, not in src/config, because a no-recording build
// carries no transcription code at all (R06). Which provider a practice uses is the practice's
// setting (settings.ts); addresses and keys are the operator's only, as for AI_ONPREM_BASE_URL:
// a URL a practice user could type would let them aim the server at internal addresses.
import { z } from 'zod';
import { ConfigError, isPrivateHost } from '../../config/config.ts';

const optionalString = z.preprocess((v) => (v === '' ? undefined : v), z.string().min(1).optional());
const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' });

const schema = z
  .object({
    // Deepgram (cloud): a vendor in the subprocessor registry with a signed BAA.
    TRANSCRIBE_DEEPGRAM_API_KEY: optionalString,
    TRANSCRIBE_DEEPGRAM_BASE_URL: z.preprocess((v) => (v === '' ? undefined : v), httpUrl.default('https://api.deepgram.com')),
    TRANSCRIBE_DEEPGRAM_MODEL: z.string().min(1).max(100).default('nova-3'),
    // An OpenAI-compatible transcription endpoint (a self-hosted Whisper server, or a hosted API).
    TRANSCRIBE_OPENAI_BASE_URL: z.preprocess((v) => (v === '' ? undefined : v), httpUrl.optional()),
    TRANSCRIBE_OPENAI_MODEL: z.string().min(1).max(100).default('whisper-1'),
    TRANSCRIBE_OPENAI_API_KEY: optionalString,
    // The offline engine: Debian's pocketsphinx (0.8) and its US-English model.
    TRANSCRIBE_POCKETSPHINX_BIN: z.string().min(1).default('pocketsphinx_continuous'),
    TRANSCRIBE_POCKETSPHINX_MODEL_DIR: optionalString,
    // One provider call, end to end (an hour of audio on a slow CPU takes a while offline).
    TRANSCRIBE_TIMEOUT_MS: z.coerce.number().int().min(100).max(6 * 3_600_000).default(3_600_000),
  })
  .superRefine((c, ctx) => {
    for (const key of ['TRANSCRIBE_DEEPGRAM_BASE_URL', 'TRANSCRIBE_OPENAI_BASE_URL'] as const) {
      const v = c[key];
      if (v === undefined) continue;
      const u = new URL(v);
      if (u.username !== '' || u.password !== '') ctx.addIssue({ code: 'custom', path: [key], message: 'must not carry credentials; put the key in its _API_KEY variable' });
      // Audio is PHI: plain HTTP only to this machine or the practice's own network.
      if (u.protocol === 'http:' && !isPrivateHost(u.hostname)) ctx.addIssue({ code: 'custom', path: [key], message: 'must use https:// unless the server is on this machine or a private network address' });
    }
    if (c.TRANSCRIBE_OPENAI_BASE_URL === undefined && c.TRANSCRIBE_OPENAI_API_KEY !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['TRANSCRIBE_OPENAI_BASE_URL'], message: 'is required when TRANSCRIBE_OPENAI_API_KEY is set' });
    }
  });

export type TranscriptionConfig = z.infer<typeof schema>;

/** Parses the transcription variables of an environment. Throws ConfigError naming every bad one. */
export function loadTranscriptionConfig(env: NodeJS.ProcessEnv | Record<string, string | undefined> = process.env): TranscriptionConfig {
  const r = schema.safeParse(env);
  if (!r.success) throw new ConfigError(r.error.issues.map((i) => `${i.path.join('.') || 'configuration'}: ${i.message}`));
  return r.data;
}

let active: TranscriptionConfig | undefined;

/**
 * Sets this process's transcription configuration from an environment: start-up does it with
 * process.env (transcriptionRoutes), tests with the addresses of their local provider servers.
 */
export function configureTranscription(env: NodeJS.ProcessEnv | Record<string, string | undefined> = process.env): TranscriptionConfig {
  active = loadTranscriptionConfig(env);
  return active;
}

export function transcriptionConfig(): TranscriptionConfig {
  return (active ??= loadTranscriptionConfig(process.env));
}
