import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { loadConfig } from '../config/config.ts';
import { embeddedDbDir, openPGlite, pgliteHandle, postgresHandle, type DbHandle } from '../db/database.ts';
import { verifyAudit, type VerifyReport } from '../audit/verify.ts';
import { postgresCopyConnector, verifyThreadsFromEnv, type CopyConnector } from '../audit/verify-copy.ts';

export function formatReport(report: VerifyReport): string {
  const lines = [`checked ${report.events} audit event(s) of ${report.practices} practice(s) in ${report.heads.length} chain(s)`];
  if (report.fromCheckpoints > 0) lines.push(`${report.fromCheckpoints} chain(s) verified from their latest sealed checkpoint (earlier rows removed by retention)`);
  if (report.problems.length === 0) {
    lines.push('OK: every chain is intact');
  } else {
    for (const p of report.problems) {
      lines.push(`BROKEN practice ${p.practiceId} lane ${p.lane} at seq ${p.seq ?? '-'}: ${p.kind} (${p.detail})`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The handle for the small queries, and on PostgreSQL the COPY connections that read the lanes. */
async function openForAudit(): Promise<{ handle: DbHandle; copy?: CopyConnector }> {
  const config = loadConfig();
  if (config.embedded) return { handle: pgliteHandle(await openPGlite(embeddedDbDir(config.dataDir))) };
  const url = config.DATABASE_ADMIN_URL ?? config.DATABASE_URL ?? '';
  const handle = postgresHandle(url, 1, config.DATABASE_ADMIN_URL ? 'DATABASE_ADMIN_URL' : 'DATABASE_URL');
  // Read every practice's chain through the dedicated read-only auditor role when we can. Any
  // other role sees the chains through row-level security — none at all, or only some — and a
  // verification of what it happens to see would be a false "intact".
  try {
    const role = await sql<{ auditor: boolean; bypass: boolean }>`
      SELECT pg_has_role(current_user, 'tacet_auditor', 'MEMBER') AS auditor,
             (SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user) AS bypass`.execute(handle.db);
    const r = role.rows[0];
    if (r?.auditor === true) {
      await sql`SET ROLE tacet_auditor`.execute(handle.db);
      // Every lane connection takes the same role for its session.
      return { handle, copy: postgresCopyConnector(url, 'tacet_auditor') };
    }
    if (r?.bypass !== true) {
      throw new AuditAccessError(
        `the database role of ${config.DATABASE_ADMIN_URL ? 'DATABASE_ADMIN_URL' : 'DATABASE_URL'} cannot read every audit chain; run audit verify as a login that is a member of tacet_auditor (docs/operations.md)`,
      );
    }
  } catch (err) {
    await handle.close();
    throw err;
  }
  return { handle, copy: postgresCopyConnector(url) };
}

/** The trail could not be read at all: not a verdict on the chain (exit 3, not 1). */
export class AuditAccessError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuditAccessError';
  }
}

// Exit codes: 0 every chain intact, 1 a chain is broken, 2 usage or configuration, 3 the trail
// could not be read (a role without access, a database that is down). Never a stack trace: the
// message names the cause, and a database error only by its SQLSTATE code.
function cannotVerify(err: unknown): number {
  if (err instanceof AuditAccessError) {
    process.stderr.write(`tacet: audit verify: ${err.message}\n`);
    return 3;
  }
  const code = (err as { code?: unknown }).code;
  const what = typeof code === 'string' ? `database error ${code}` : err instanceof Error ? err.name : 'unknown error';
  process.stderr.write(`tacet: audit verify could not read the audit trail (${what}); nothing was verified\n`);
  return 3;
}

export async function auditCommand(args: string[]): Promise<number> {
  if (args[0] !== 'verify') {
    process.stderr.write('usage: tacet audit verify [--practice ID] [--anchor FILE] [--write-anchor FILE] [--since-checkpoint | --full]\n');
    return 2;
  }
  const { values } = parseArgs({
    args: args.slice(1),
    options: { practice: { type: 'string' }, anchor: { type: 'string' }, 'write-anchor': { type: 'string' }, full: { type: 'boolean' }, 'since-checkpoint': { type: 'boolean' } },
  });
  let anchors: Map<string, { seq: number; hash: string }> | undefined;
  if (values.anchor !== undefined) {
    const parsed = JSON.parse(fs.readFileSync(values.anchor, 'utf8')) as Array<{ practiceId: string; lane: number; seq: number; hash: string }>;
    anchors = new Map(parsed.map((a) => [`${a.practiceId}:${a.lane}`, { seq: a.seq, hash: a.hash }]));
  }
  let parallel: ReturnType<typeof verifyThreadsFromEnv>;
  try {
    parallel = verifyThreadsFromEnv();
  } catch (err) {
    process.stderr.write(`tacet: audit verify: ${(err as Error).message}\n`);
    return 2;
  }
  let handle: DbHandle;
  let copy: CopyConnector | undefined;
  try {
    ({ handle, copy } = await openForAudit());
  } catch (err) {
    return cannotVerify(err);
  }
  try {
    // Issue 21: from each lane's latest sealed checkpoint by default (--since-checkpoint);
    // --full from the earliest, checking every later checkpoint against its row.
    const report = await verifyAudit(handle.db, {
      mode: values.full === true ? 'full' : 'checkpoint',
      ...(values.practice !== undefined ? { practiceId: values.practice } : {}),
      ...(anchors !== undefined ? { anchors } : {}),
      ...(copy !== undefined ? { copy, ...parallel } : {}),
    });
    process.stdout.write(formatReport(report));
    if (values['write-anchor'] !== undefined && report.problems.length === 0) {
      fs.writeFileSync(values['write-anchor'], JSON.stringify(report.heads, null, 2));
    }
    return report.problems.length === 0 ? 0 : 1;
  } catch (err) {
    return cannotVerify(err);
  } finally {
    await handle.close();
  }
}
