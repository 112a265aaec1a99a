// Expiry of import staging (R14): a recurring job (src/features/jobs.ts) deletes every staged
// import whose 15 minutes are over, by the database's clock, each practice in its own context
// with one audit event per import. Reads already ignore an expired import, so this job only has
// to make the deletion real; it is safe to run on several servers at once (a row deleted by one
// is simply not found by the other).
import { sql } from 'kysely';
import { z } from 'zod';
import type { Runtime } from '../../platform/runtime.ts';
import type { JobHandler } from '../../platform/jobs/runner.ts';
import { SYSTEM_PRACTICE_ID, systemContext, withTenant } from '../../db/tenant.ts';
import { audit } from '../../audit/audit.ts';

export const IMPORTS_EXPIRE = 'imports.expire';

export async function expireImports(runtime: Runtime): Promise<number> {
  const due = await withTenant(runtime.db, systemContext(SYSTEM_PRACTICE_ID), (trx) =>
    trx.selectFrom('imports').select('practice_id').distinct().where('expires_at', '<=', sql<Date>`app.tacet_now()`).execute(),
  );
  let n = 0;
  for (const { practice_id } of due) {
    n += await withTenant(runtime.db, systemContext(practice_id), async (trx, ctx) => {
      const gone = await trx.deleteFrom('imports').where('expires_at', '<=', sql<Date>`app.tacet_now()`).returning(['id', 'kind', 'staged_count']).execute();
      for (const g of gone) {
        await audit(trx, ctx, { action: 'import.expired', resourceType: 'import', resourceId: g.id, metadata: { kind: g.kind, staged: g.staged_count } });
      }
      return gone.length;
    });
  }
  return n;
}

export function importExpiryJob(runtime: Runtime): JobHandler<Record<string, never>> {
  return {
    kind: IMPORTS_EXPIRE,
    payload: z.object({}).strict(),
    async run() {
      const n = await expireImports(runtime);
      if (n > 0) runtime.logger.info({ count: n, event: 'imports.expired' }, 'expired import staging deleted');
    },
  };
}
