// One interface for every drafting provider. A provider receives a prompt that has already been
// pseudonymised by the gateway and returns the model's JSON answer as text; it knows nothing of
// clients, practices or the database, and it never logs what it sends or receives.

export type ProviderName = 'local' | 'anthropic' | 'openai' | 'onprem';

/** Providers reached over the network, each needing a registry entry (R12, R27). */
export type RemoteProviderName = Exclude<ProviderName, 'local'>;

export interface ProviderRequest {
  /** Instructions: the format, the rules for citing sources. No client text. */
  system: string;
  /** The pseudonymised source segments and plan goals, as JSON. */
  user: string;
  /** JSON Schema of the answer (structured output). */
  schema: Record<string, unknown>;
  maxTokens: number;
  timeoutMs: number;
  signal?: AbortSignal;
}

export interface ProviderResponse {
  /** The answer as the provider gave it: JSON text matching the schema, or close to it. */
  text: string;
  /** The model that answered, as the provider names it. */
  model: string;
}

export interface DraftProvider {
  readonly name: ProviderName;
  readonly model: string;
  /** True when the text leaves the process: then the gateway pseudonymises before calling. */
  readonly remote: boolean;
  complete(req: ProviderRequest): Promise<ProviderResponse>;
}

export type ProviderFailure = 'timeout' | 'unavailable' | 'rate_limited' | 'rejected' | 'malformed';

/** A provider call that failed. The message is ours: never the provider's body, which may echo input. */
export class ProviderError extends Error {
  override name = 'ProviderError';
  constructor(
    readonly kind: ProviderFailure,
    readonly retryable: boolean,
    readonly status?: number,
  ) {
    super(`provider call failed: ${kind}${status === undefined ? '' : ` (${status})`}`);
  }
}

/** Maps an HTTP status (or none: a connection problem) to a failure kind. */
export function failureFor(status: number | undefined, timedOut: boolean): ProviderError {
  if (timedOut) return new ProviderError('timeout', true, status);
  if (status === undefined) return new ProviderError('unavailable', true);
  if (status === 429) return new ProviderError('rate_limited', true, status);
  if (status === 408 || status === 409 || status >= 500) return new ProviderError('unavailable', true, status);
  return new ProviderError('rejected', false, status);
}
