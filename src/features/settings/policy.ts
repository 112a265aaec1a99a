// The vendor gate (R12, R27): a feature that sends data to a vendor may be on only while the
// vendor is in the registry with a signed BAA, zero data retention and no training on customer
// data. One function decides it, for the settings routes and for the AI gateway alike.
//
// An on-premises entry (provider 'onprem': the practice's own OpenAI-compatible model server,
// configured by the operator) needs no BAA: the data stays with the covered entity. It must still
// be in the registry, and the practice still chooses to turn AI on (R42 and per-client switches).
import type { Tx } from '../../db/tenant.ts';
import type { SubprocessorsTable } from '../../db/schema.ts';
import type { Selectable } from 'kysely';

export type VendorRefusal =
  | { ok: true }
  | { ok: false; code: 'vendor_missing' | 'vendor_wrong_kind' | 'vendor_baa_unsigned' | 'vendor_retains_data'; message: string };

export function vendorAllowsAi(v: Selectable<SubprocessorsTable> | undefined, provider: 'anthropic' | 'openai' | 'onprem'): VendorRefusal {
  if (v === undefined) {
    return { ok: false, code: 'vendor_missing', message: 'Add the AI vendor to the subprocessor registry first (on the Privacy screen, under Subprocessors).' };
  }
  if (v.category !== 'ai' || v.provider !== provider) {
    const what = provider === 'onprem' ? 'the on-premises model server' : `the ${provider} AI vendor`;
    return { ok: false, code: 'vendor_wrong_kind', message: `The chosen registry entry is not ${what}.` };
  }
  // Data that never leaves the covered entity needs no business associate agreement.
  if (provider === 'onprem') return { ok: true };
  if (v.baa_status !== 'signed') {
    return { ok: false, code: 'vendor_baa_unsigned', message: `AI stays off until the BAA with ${v.name} is signed and recorded in the subprocessor registry.` };
  }
  if (!v.zero_retention || !v.no_training) {
    return {
      ok: false,
      code: 'vendor_retains_data',
      message: `AI stays off until ${v.name} is recorded with zero data retention and no training on customer data.`,
    };
  }
  return { ok: true };
}

export async function loadSettings(trx: Tx, practiceId: string) {
  const row = await trx.selectFrom('practice_settings').selectAll().where('practice_id', '=', practiceId).executeTakeFirst();
  return (
    row ?? {
      practice_id: practiceId,
      ai_enabled: false,
      ai_provider: 'local' as const,
      ai_vendor_id: null,
      redact_transcripts: true,
      active_topics: [] as string[],
      custom_topics: [],
      updated_at: new Date(0),
      updated_by: null,
    }
  );
}
