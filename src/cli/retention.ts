// `tacet retention dry-run [--practice ID] [--horizon-days N]` (R16): what the daily retention job
// would delete, and when, for the operator — the same computation as the job and the owners'
// dry-run route (app.retention_due and app.audit_remove_expired in dry mode, migration 0024).
// Read-only. It prints ids, record classes, dates and counts only, never a label or any content,
// and each practice's look is in that practice's audit chain.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config.ts';
import { createLogger } from '../logging/logger.ts';
import { openRuntime } from '../platform/runtime.ts';
import { systemContext, withTenant } from '../db/tenant.ts';
import { auditRead } from '../audit/audit.ts';
import { dueClients, expiredAudit } from '../features/retention/schedule.ts';
import { practicesToSweep } from '../features/retention/purge.ts';

const USAGE = 'usage: tacet retention dry-run [--practice ID] [--horizon-days N]   (N: 0 to 3650; 0 = due now)\n';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const day = (d: Date): string => d.toISOString().slice(0, 10);

export async function retentionCommand(args: string[]): Promise<number> {
  if (args[0] !== 'dry-run') {
    process.stderr.write(USAGE);
    return 2;
  }
  let values: { practice?: string; 'horizon-days'?: string };
  try {
    ({ values } = parseArgs({ args: args.slice(1), options: { practice: { type: 'string' }, 'horizon-days': { type: 'string' } } }));
  } catch {
    process.stderr.write(USAGE);
    return 2;
  }
  const horizon = Number(values['horizon-days'] ?? '0');
  if (!Number.isInteger(horizon) || horizon < 0 || horizon > 3650) {
    process.stderr.write(`tacet: --horizon-days must be a whole number from 0 to 3650\n${USAGE}`);
    return 2;
  }
  if (values.practice !== undefined && !UUID.test(values.practice)) {
    process.stderr.write(`tacet: --practice must be a practice id (a UUID)\n${USAGE}`);
    return 2;
  }
  const runtime = await openRuntime(loadConfig(), createLogger('warn'));
  try {
    const practices = values.practice !== undefined ? [values.practice] : await practicesToSweep(runtime);
    let clients = 0;
    let auditRows = 0;
    for (const practiceId of practices) {
      const ctx = systemContext(practiceId, { requestId: 'cli' });
      const { due, audit } = await withTenant(runtime.db, ctx, async (trx) => {
        const d = await dueClients(trx, { horizonDays: horizon, limit: 1000 });
        const a = await expiredAudit(trx, true);
        auditRead(trx, ctx, { action: 'retention.dry_run', resourceType: 'practice', resourceId: practiceId, metadata: { clients: d.length, horizonDays: horizon } });
        return { due: d, audit: a };
      });
      const rows = audit.reduce((s, l) => s + l.rows, 0);
      if (due.length === 0 && rows === 0) continue;
      clients += due.length;
      auditRows += rows;
      const held = due.filter((d) => d.held).length;
      process.stdout.write(`practice ${practiceId}: ${due.length} client record(s) due${held > 0 ? ` (${held} on legal hold, kept)` : ''}, ${rows} audit row(s) past the audit period\n`);
      for (const d of due) {
        process.stdout.write(`  client ${d.clientId}  ${d.recordClass}  last service ${day(d.lastServiceAt)}  due ${day(d.dueAt)}${d.held ? '  HELD' : ''}\n`);
      }
      for (const l of audit) if (l.rows > 0) process.stdout.write(`  audit lane ${l.lane}: ${l.rows} row(s) through seq ${l.throughSeq} (${day(l.throughOccurredAt)})\n`);
    }
    process.stdout.write(`dry run${horizon > 0 ? ` (due within ${horizon} day(s))` : ' (due now)'}: ${clients} client record(s) and ${auditRows} audit row(s) in ${practices.length} practice(s); nothing was deleted\n`);
    return 0;
  } finally {
    await runtime.close();
  }
}
