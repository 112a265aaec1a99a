import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { loadConfig } from '../config/config.ts';
import { embeddedDbDir, openPGlite, pgliteHandle, postgresHandle, type DbHandle } from '../db/database.ts';
import { verifyAudit, type VerifyReport } from '../audit/verify.ts';

export function formatReport(report: VerifyReport): string {
  const lines = [`checked ${report.events} audit event(s) of ${report.practices} practice(s) in ${report.heads.length} chain(s)`];
  if (report.problems.length === 0) {
    lines.push('OK: every chain is intact');
  } else {
    for (const p of report.problems) {
      lines.push(`BROKEN practice ${p.practiceId} lane ${p.lane} at seq ${p.seq ?? '-'}: ${p.kind} (${p.detail})`);
    }
  }
  return `${lines.join('\n')}\n`;
}

async function openForAudit(): Promise<DbHandle> {
  const config = loadConfig();
  if (config.embedded) return pgliteHandle(await openPGlite(embeddedDbDir(config.dataDir)));
  const url = config.DATABASE_ADMIN_URL ?? config.DATABASE_URL ?? '';
  const handle = postgresHandle(url, 1, config.DATABASE_ADMIN_URL ? 'DATABASE_ADMIN_URL' : 'DATABASE_URL');
  // Read every practice's chain through the dedicated read-only auditor role when we can.
  const member = await sql<{ ok: boolean }>`SELECT pg_has_role(current_user, 'tacet_auditor', 'MEMBER') AS ok`.execute(handle.db);
  if (member.rows[0]?.ok === true) await sql`SET ROLE tacet_auditor`.execute(handle.db);
  return handle;
}

export async function auditCommand(args: string[]): Promise<number> {
  if (args[0] !== 'verify') {
    process.stderr.write('usage: tacet audit verify [--practice ID] [--anchor FILE] [--write-anchor FILE]\n');
    return 2;
  }
  const { values } = parseArgs({
    args: args.slice(1),
    options: { practice: { type: 'string' }, anchor: { type: 'string' }, 'write-anchor': { type: 'string' } },
  });
  let anchors: Map<string, { seq: number; hash: string }> | undefined;
  if (values.anchor !== undefined) {
    const parsed = JSON.parse(fs.readFileSync(values.anchor, 'utf8')) as Array<{ practiceId: string; lane: number; seq: number; hash: string }>;
    anchors = new Map(parsed.map((a) => [`${a.practiceId}:${a.lane}`, { seq: a.seq, hash: a.hash }]));
  }
  const handle = await openForAudit();
  try {
    const report = await verifyAudit(handle.db, {
      ...(values.practice !== undefined ? { practiceId: values.practice } : {}),
      ...(anchors !== undefined ? { anchors } : {}),
    });
    process.stdout.write(formatReport(report));
    if (values['write-anchor'] !== undefined && report.problems.length === 0) {
      fs.writeFileSync(values['write-anchor'], JSON.stringify(report.heads, null, 2));
    }
    return report.problems.length === 0 ? 0 : 1;
  } finally {
    await handle.close();
  }
}
