// OpenAI, and the on-premises path: any OpenAI-compatible server (llama.cpp server, Ollama, vLLM)
// on the practice's own network, at the base URL the operator configured (AI_ONPREM_BASE_URL), so
// every word stays on the covered entity's hardware. Both through the official SDK: Chat
// Completions with a strict JSON schema as response_format; `store: false` asks OpenAI not to keep
// the completion (servers that do not know the field ignore it).
import type OpenAI from 'openai';
import { failureFor, ProviderError, type DraftProvider, type ProviderRequest, type ProviderResponse } from './types.ts';

export interface OpenAiOptions {
  apiKey: string | undefined;
  model: string;
  baseURL: string;
  /** 'onprem' for the practice's own server: the same wire protocol, another registry kind. */
  name?: 'openai' | 'onprem';
}

// The SDK is loaded at the first call, not at start-up: most practices never call it, and its
// modules were a noticeable part of every start (bench/startup.bench.ts).
let sdk: Promise<typeof import('openai')> | undefined;

export function openaiProvider(opts: OpenAiOptions): DraftProvider {
  let client: OpenAI | undefined;
  return {
    name: opts.name ?? 'openai',
    model: opts.model,
    remote: true,
    async complete(req: ProviderRequest): Promise<ProviderResponse> {
      const { default: OpenAI } = await (sdk ??= import('openai'));
      client ??= new OpenAI({
        // A self-hosted server often needs no key; the SDK insists on one.
        apiKey: opts.apiKey ?? 'no-key',
        baseURL: opts.baseURL,
        maxRetries: 0,
        logLevel: 'off',
      });
      try {
        const res = await client.chat.completions.create(
          {
            model: opts.model,
            messages: [
              { role: 'system', content: req.system },
              { role: 'user', content: req.user },
            ],
            response_format: { type: 'json_schema', json_schema: { name: 'grounded_draft', strict: true, schema: req.schema } },
            store: false,
            // max_tokens rather than max_completion_tokens: the field self-hosted servers understand.
            max_tokens: req.maxTokens,
            temperature: 0,
          },
          { timeout: req.timeoutMs, ...(req.signal ? { signal: req.signal } : {}) },
        );
        const text = res.choices[0]?.message.content ?? '';
        if (text === '') throw new ProviderError('malformed', true);
        return { text, model: res.model || opts.model };
      } catch (err) {
        if (err instanceof ProviderError) throw err;
        if (err instanceof OpenAI.APIConnectionTimeoutError) throw failureFor(undefined, true);
        if (err instanceof OpenAI.APIUserAbortError) throw failureFor(undefined, true);
        if (err instanceof OpenAI.APIError) throw failureFor(typeof err.status === 'number' ? err.status : undefined, false);
        throw new ProviderError('unavailable', true);
      }
    },
  };
}
