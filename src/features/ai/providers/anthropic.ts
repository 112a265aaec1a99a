// Anthropic through its official SDK. Structured output (output_config.format json_schema) makes
// the answer machine-checkable. Anthropic has no per-request retention switch: zero retention is
// a contract term, which the subprocessor registry must record (R27) before the gateway calls.
import type Anthropic from '@anthropic-ai/sdk';
import { failureFor, ProviderError, type DraftProvider, type ProviderRequest, type ProviderResponse } from './types.ts';

export interface AnthropicOptions {
  apiKey: string | undefined;
  model: string;
  baseURL: string;
}

// The SDK is loaded at the first call, not at start-up: most practices never call it, and its
// modules were a noticeable part of every start (bench/startup.bench.ts).
let sdk: Promise<typeof import('@anthropic-ai/sdk')> | undefined;

export function anthropicProvider(opts: AnthropicOptions): DraftProvider {
  let client: Anthropic | undefined;
  return {
    name: 'anthropic',
    model: opts.model,
    remote: true,
    async complete(req: ProviderRequest): Promise<ProviderResponse> {
      if (opts.apiKey === undefined) throw new ProviderError('rejected', false);
      const { default: Anthropic } = await (sdk ??= import('@anthropic-ai/sdk'));
      client ??= new Anthropic({
        apiKey: opts.apiKey,
        baseURL: opts.baseURL,
        // Retries and back-off are the gateway's, so every attempt is counted and audited.
        maxRetries: 0,
        // Never let an environment variable turn on the SDK's request logging: bodies hold PHI.
        logLevel: 'off',
      });
      try {
        const msg = await client.messages.create(
          {
            model: opts.model,
            max_tokens: req.maxTokens,
            system: req.system,
            messages: [{ role: 'user', content: req.user }],
            output_config: { format: { type: 'json_schema', schema: req.schema } },
          },
          { timeout: req.timeoutMs, ...(req.signal ? { signal: req.signal } : {}) },
        );
        const text = msg.content.flatMap((b) => (b.type === 'text' ? [b.text] : [])).join('');
        if (text === '') throw new ProviderError('malformed', true);
        return { text, model: msg.model || opts.model };
      } catch (err) {
        if (err instanceof ProviderError) throw err;
        if (err instanceof Anthropic.APIConnectionTimeoutError) throw failureFor(undefined, true);
        if (err instanceof Anthropic.APIUserAbortError) throw failureFor(undefined, true);
        if (err instanceof Anthropic.APIError) throw failureFor(typeof err.status === 'number' ? err.status : undefined, false);
        throw new ProviderError('unavailable', true);
      }
    },
  };
}
