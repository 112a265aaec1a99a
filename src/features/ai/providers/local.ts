// The default provider: the deterministic local drafter. Nothing leaves the process, so the
// gateway does not pseudonymise for it; it reads the same JSON payload the models receive.
import { localDraft } from '../drafter.ts';
import type { PromptPayload } from '../prompt.ts';
import { ProviderError, type DraftProvider, type ProviderRequest, type ProviderResponse } from './types.ts';

export const LOCAL_MODEL = 'tacet-extractive-1';

export function localProvider(): DraftProvider {
  return {
    name: 'local',
    model: LOCAL_MODEL,
    remote: false,
    complete(req: ProviderRequest): Promise<ProviderResponse> {
      let payload: PromptPayload;
      try {
        payload = JSON.parse(req.user) as PromptPayload;
      } catch {
        return Promise.reject(new ProviderError('malformed', false));
      }
      return Promise.resolve({ text: JSON.stringify(localDraft(payload)), model: LOCAL_MODEL });
    },
  };
}
