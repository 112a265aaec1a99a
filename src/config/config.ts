// Configuration is parsed and validated once, at start-up. A bad value stops the process with a
// message that names the variable (never its value: a mistyped secret must not reach a log).
import { z } from 'zod';
import path from 'node:path';

const port = z.coerce
  .number({ error: 'must be a whole number from 1 to 65535' })
  .int({ error: 'must be a whole number from 1 to 65535' })
  .min(1, { error: 'must be a whole number from 1 to 65535' })
  .max(65535, { error: 'must be a whole number from 1 to 65535' });
const optionalPort = z.preprocess((v) => (v === '' ? undefined : v), port.optional());
const optionalString = z.preprocess((v) => (v === '' ? undefined : v), z.string().min(1).optional());
const bool = z.preprocess(
  (v) => (v === '' || v === undefined ? undefined : v),
  z.enum(['true', 'false', '1', '0']).optional().transform((v) => v === 'true' || v === '1'),
);

const base64Key = z
  .string()
  .refine((v) => /^[A-Za-z0-9+/]+={0,2}$/.test(v) && Buffer.from(v, 'base64').length === 32, {
    message: 'must be 32 bytes, base64-encoded (generate one with: openssl rand -base64 32)',
  });

const postgresUrl = z.string().refine((v) => /^postgres(ql)?:\/\//.test(v), {
  message: 'must be a postgres:// or postgresql:// URL',
});

const schema = z
  .object({
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: port.default(3000),
    DATABASE_URL: z.preprocess((v) => (v === '' ? undefined : v), postgresUrl.optional()),
    DATABASE_ADMIN_URL: z.preprocess((v) => (v === '' ? undefined : v), postgresUrl.optional()),
    KEYRING_URL: z.preprocess((v) => (v === '' ? undefined : v), postgresUrl.optional()),
    TACET_DATA_DIR: z.string().min(1).default('./data'),
    TACET_MASTER_KEY: z.preprocess((v) => (v === '' ? undefined : v), base64Key.optional()),
    TACET_PREVIOUS_MASTER_KEYS: z.preprocess(
      (v) => (v === '' || v === undefined ? [] : typeof v === 'string' ? v.split(',').map((s) => s.trim()) : v),
      z.array(base64Key),
    ),
    TLS_CERT_FILE: optionalString,
    TLS_KEY_FILE: optionalString,
    TLS_TERMINATED_BY_PROXY: bool,
    HTTP_REDIRECT_PORT: optionalPort,
    PUBLIC_URL: z.preprocess((v) => (v === '' ? undefined : v), z.url().optional()),
    // Several app instances share rate-limit counts through Redis (src/http/rate-limit.ts); one
    // instance keeps them in memory.
    REDIS_URL: z.preprocess((v) => (v === '' ? undefined : v), z.string().regex(/^rediss?:\/\//, { message: 'must be a redis:// or rediss:// URL' }).optional()),
    SMTP_URL: z.preprocess((v) => (v === '' ? undefined : v), z.string().regex(/^smtps?:\/\//, { message: 'must be an smtp:// or smtps:// URL' }).optional()),
    MAIL_FROM: z.string().min(3).default('Tacet <no-reply@tacet.invalid>'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    // AI drafting (issue 7). Which provider a practice uses is a practice setting; these say how
    // to reach each one. Base URLs are explicit so an SDK never follows a stray environment variable.
    AI_ANTHROPIC_API_KEY: optionalString,
    AI_ANTHROPIC_MODEL: z.string().min(1).max(100).default('claude-sonnet-4-5'),
    AI_ANTHROPIC_BASE_URL: z.url().default('https://api.anthropic.com'),
    AI_OPENAI_API_KEY: optionalString,
    AI_OPENAI_MODEL: z.string().min(1).max(100).default('gpt-4.1'),
    AI_OPENAI_BASE_URL: z.url().default('https://api.openai.com/v1'),
    // The on-premises path (issue 15): an OpenAI-compatible model server (llama.cpp server, Ollama,
    // vLLM) on the practice's own network. Deployment-wide and set by the operator only: a URL a
    // practice user could type would let them aim this server at internal addresses.
    AI_ONPREM_BASE_URL: z.preprocess((v) => (v === '' ? undefined : v), z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional()),
    AI_ONPREM_MODEL: z.preprocess((v) => (v === '' ? undefined : v), z.string().min(1).max(100).optional()),
    AI_ONPREM_API_KEY: optionalString,
    AI_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(60_000),
    AI_MAX_RETRIES: z.coerce.number().int().min(0).max(5).default(2),
    // Days an AI draft (its sealed input and output) is kept before the sweeper deletes it.
    AI_DRAFT_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(7),
    // Blob store (issue 17): sealed large payloads (export archives). 'file' keeps them in
    // BLOB_DIR (default: <data dir>/blobs); 's3' in an S3-compatible bucket, for servers.
    BLOB_STORE: z.enum(['file', 's3']).default('file'),
    BLOB_DIR: optionalString,
    S3_BUCKET: z.preprocess((v) => (v === '' ? undefined : v), z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'must be a valid S3 bucket name' }).optional()),
    S3_REGION: z.string().min(1).max(40).default('us-east-1'),
    S3_ENDPOINT: z.preprocess((v) => (v === '' ? undefined : v), z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional()),
    S3_FORCE_PATH_STYLE: bool,
    S3_ACCESS_KEY_ID: optionalString,
    S3_SECRET_ACCESS_KEY: optionalString,
    S3_PREFIX: z.preprocess((v) => (v === '' ? undefined : v), z.string().regex(/^[a-z0-9][a-z0-9/-]{0,60}\/$/, { message: 'must be lower-case letters, digits, - and /, ending in /' }).optional()),
    // Hours an export archive may wait for its download before it is deleted (R09).
    EXPORT_RETENTION_HOURS: z.coerce.number().int().min(1).max(168).default(24),
    // Recording mode (issue 20, R06): the operator's deployment decision, never a user setting.
    // Disabled, the recording and transcription modules are not even loaded.
    TACET_RECORDING: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['enabled', 'disabled'], { error: 'must be enabled or disabled' }).default('disabled')),
  })
  .superRefine((c, ctx) => {
    if ((c.TLS_CERT_FILE === undefined) !== (c.TLS_KEY_FILE === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [c.TLS_CERT_FILE === undefined ? 'TLS_CERT_FILE' : 'TLS_KEY_FILE'],
        message: 'TLS_CERT_FILE and TLS_KEY_FILE must be set together',
      });
    }
    if (c.DATABASE_URL !== undefined && c.TACET_MASTER_KEY === undefined) {
      // On a server the master key must come from the operator's secret store; generating it
      // beside a shared database would put the key next to the data it protects.
      ctx.addIssue({ code: 'custom', path: ['TACET_MASTER_KEY'], message: 'is required when DATABASE_URL is set' });
    }
    if (c.DATABASE_URL !== undefined && c.KEYRING_URL === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['KEYRING_URL'],
        message: 'is required when DATABASE_URL is set (the keyring lives apart from clinical data)',
      });
    }
    if (c.DATABASE_URL !== undefined && c.SMTP_URL === undefined) {
      ctx.addIssue({ code: 'custom', path: ['SMTP_URL'], message: 'is required when DATABASE_URL is set (sign-in links are sent by email)' });
    }
    if (c.KEYRING_URL !== undefined && c.KEYRING_URL === c.DATABASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['KEYRING_URL'], message: 'must point to a different database than DATABASE_URL' });
    }
    if (c.AI_ONPREM_BASE_URL !== undefined) {
      if (c.AI_ONPREM_MODEL === undefined) {
        ctx.addIssue({ code: 'custom', path: ['AI_ONPREM_MODEL'], message: 'is required with AI_ONPREM_BASE_URL (the model name the server serves)' });
      }
      const u = new URL(c.AI_ONPREM_BASE_URL);
      if (u.username !== '' || u.password !== '') {
        ctx.addIssue({ code: 'custom', path: ['AI_ONPREM_BASE_URL'], message: 'must not carry credentials; put a key in AI_ONPREM_API_KEY' });
      }
      if (u.protocol === 'http:' && !isPrivateHost(u.hostname)) {
        ctx.addIssue({
          code: 'custom',
          path: ['AI_ONPREM_BASE_URL'],
          message: 'must use https:// unless the server is on this machine or a private network address (10/8, 172.16/12, 192.168/16, fc00::/7, a single-label, .local, .lan, .internal or .home.arpa name)',
        });
      }
    } else if (c.AI_ONPREM_MODEL !== undefined || c.AI_ONPREM_API_KEY !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['AI_ONPREM_BASE_URL'], message: 'is required when AI_ONPREM_MODEL or AI_ONPREM_API_KEY is set' });
    }
    if (c.BLOB_STORE === 's3' && c.S3_BUCKET === undefined) {
      ctx.addIssue({ code: 'custom', path: ['S3_BUCKET'], message: 'is required when BLOB_STORE=s3' });
    }
    if ((c.S3_ACCESS_KEY_ID === undefined) !== (c.S3_SECRET_ACCESS_KEY === undefined)) {
      ctx.addIssue({ code: 'custom', path: [c.S3_ACCESS_KEY_ID === undefined ? 'S3_ACCESS_KEY_ID' : 'S3_SECRET_ACCESS_KEY'], message: 'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together' });
    }
    if (c.S3_ENDPOINT !== undefined) {
      const u = new URL(c.S3_ENDPOINT);
      if (u.username !== '' || u.password !== '') {
        ctx.addIssue({ code: 'custom', path: ['S3_ENDPOINT'], message: 'must not carry credentials; use S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY' });
      }
      // Blobs are sealed, but their sizes and timing still say something: plain HTTP only inside.
      if (u.protocol === 'http:' && !isPrivateHost(u.hostname)) {
        ctx.addIssue({ code: 'custom', path: ['S3_ENDPOINT'], message: 'must use https:// unless the server is on this machine or a private network address' });
      }
    }
    const loopback = isLoopbackHost(c.HOST);
    const tls = c.TLS_CERT_FILE !== undefined;
    if (!loopback && !tls && !c.TLS_TERMINATED_BY_PROXY) {
      ctx.addIssue({
        code: 'custom',
        path: ['HOST'],
        message:
          'binding a non-loopback address requires TLS_CERT_FILE and TLS_KEY_FILE, or TLS_TERMINATED_BY_PROXY=true when a proxy in front terminates TLS',
      });
    }
    if (c.HTTP_REDIRECT_PORT !== undefined && !tls) {
      ctx.addIssue({ code: 'custom', path: ['HTTP_REDIRECT_PORT'], message: 'only makes sense with TLS_CERT_FILE/TLS_KEY_FILE' });
    }
    if (c.HTTP_REDIRECT_PORT !== undefined && c.PUBLIC_URL === undefined) {
      ctx.addIssue({ code: 'custom', path: ['PUBLIC_URL'], message: 'is required with HTTP_REDIRECT_PORT (the redirect goes to the public origin, never to the Host a request names)' });
    }
    if (c.PUBLIC_URL !== undefined && !c.PUBLIC_URL.startsWith('https://') && c.HTTP_REDIRECT_PORT !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['PUBLIC_URL'], message: 'must be an https:// URL when HTTP_REDIRECT_PORT is set' });
    }
    if (c.HTTP_REDIRECT_PORT !== undefined && c.HTTP_REDIRECT_PORT === c.PORT) {
      ctx.addIssue({ code: 'custom', path: ['HTTP_REDIRECT_PORT'], message: 'must differ from PORT' });
    }
  });

export type Config = z.infer<typeof schema> & {
  /** Absolute data directory (embedded database, generated master key, keyring, mail outbox). */
  dataDir: string;
  embedded: boolean;
  tls: boolean;
  /** TACET_RECORDING=enabled: recording and transcription exist in this deployment (R06). */
  recording: boolean;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * A host on this machine or the practice's own network: plain HTTP to it does not cross the
 * internet. (Names are taken at their word; the operator chose them.)
 */
export function isPrivateHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (isLoopbackHost(h)) return true;
  const v4 = /^(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}$/.exec(h);
  if (v4 !== null) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
  }
  if (h.includes(':')) return /^f[cd][0-9a-f]{2}:/.test(h) || /^fe[89ab][0-9a-f]:/.test(h);
  return !h.includes('.') || /\.(?:local|lan|internal|home\.arpa)$/.test(h);
}

/** Parses configuration from an environment. Throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = schema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || 'configuration'}: ${i.message}`);
    throw new ConfigError(problems);
  }
  const c = result.data;
  return {
    ...c,
    dataDir: path.resolve(c.TACET_DATA_DIR),
    embedded: c.DATABASE_URL === undefined,
    tls: c.TLS_CERT_FILE !== undefined,
    recording: c.TACET_RECORDING === 'enabled',
  };
}
