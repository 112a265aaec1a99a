// Crash safety for AI drafts (issue 21). A draft is written in two transactions around the
// provider call (gateway.ts): the sealed input with status 'pending' first, the result (or the
// failure) after. A process killed during the call — kill -9, an out-of-memory kill, a host
// going away — leaves a pending draft that no process will finish. This recurring job marks
// such drafts 'failed' with error_code 'interrupted' (and puts the failure on the audit trail,
// as a failed call is), so the clinician sees a failed draft with its input saved, to retry or
// discard, never one pending for ever. A draft is taken as interrupted only once no live call
// could still be running: every attempt timing out, the back-offs between them, and a minute.
import crypto from 'node:crypto';
import { z } from 'zod';
import type { Config } from '../../config/config.ts';
import type { Runtime } from '../../platform/runtime.ts';
import type { JobHandler } from '../../platform/jobs/runner.ts';
import { SYSTEM_PRACTICE_ID, systemContext, withTenant } from '../../db/tenant.ts';
import { audit } from '../../audit/audit.ts';

export const AI_DRAFTS_RECOVER = 'ai.drafts.recover';

/** The longest a draft's provider call can run in this configuration, plus a minute's margin. */
export function longestCallMs(config: Pick<Config, 'AI_TIMEOUT_MS' | 'AI_MAX_RETRIES'>): number {
  // Back-off between attempts is at most 4 s (gateway.ts, callProvider).
  return config.AI_TIMEOUT_MS * (config.AI_MAX_RETRIES + 1) + 4_000 * config.AI_MAX_RETRIES + 60_000;
}

/** Marks every pending draft older than the longest possible call as failed ('interrupted'). */
export async function failInterruptedDrafts(runtime: Runtime, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - longestCallMs(runtime.config));
  const practices = await withTenant(runtime.db, systemContext(SYSTEM_PRACTICE_ID), (trx) => trx.selectFrom('practices').select('id').execute());
  let total = 0;
  for (const p of practices) {
    total += await withTenant(runtime.db, systemContext(p.id, { requestId: `recover-${crypto.randomUUID()}` }), async (trx, ctx) => {
      const rows = await trx
        .updateTable('ai_drafts')
        .set({ status: 'failed', error_code: 'interrupted', updated_at: now })
        .where('status', '=', 'pending')
        .where('updated_at', '<', cutoff)
        .returning(['id', 'client_id', 'provider'])
        .execute();
      for (const r of rows) {
        await audit(trx, ctx, {
          action: 'ai.draft',
          resourceType: 'client',
          resourceId: r.client_id,
          outcome: 'failure',
          metadata: { draftId: r.id, provider: r.provider, purpose: 'note_draft', error: 'interrupted' },
        });
      }
      return rows.length;
    });
  }
  return total;
}

export function aiDraftRecoveryJob(runtime: Runtime): JobHandler<Record<string, never>> {
  return {
    kind: AI_DRAFTS_RECOVER,
    payload: z.object({}).strict(),
    async run(job) {
      const n = await failInterruptedDrafts(runtime, job.now());
      if (n > 0) runtime.logger.info({ count: n, event: 'ai.drafts.interrupted' }, 'AI drafts left pending by a stopped process marked failed');
    },
  };
}
