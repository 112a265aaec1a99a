// A separate process for the purge kill -9 test (src/features/cancellation/kill.test.ts). Modes:
//   seed    — embedded runtime in TACET_DATA_DIR, a practice with synthetic sealed records whose
//             grace period is over, its purge queued; writes a copy of its sealed columns (as a
//             dump would hold them) to copy.json; prints ids
//   run     — runs the purge slowly, printing each step and whether the practice is refused for
//             use at that point, until the test kills it
//   state   — prints what the kill left: lifecycle, rows left, whether the practice is refused
//   resume  — runs jobs until the purge is done, then prints the final state and how many of the
//             copied values any key of the keyring still opens
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { loadConfig } from '../src/config/config.ts';
import { createLogger } from '../src/logging/logger.ts';
import { openRuntime, type Runtime } from '../src/platform/runtime.ts';
import { JobRunner } from '../src/platform/jobs/runner.ts';
import { RUNTIME_ROLE, systemContext, withTenant } from '../src/db/tenant.ts';
import { purgeJobHandler, startPurge } from '../src/features/cancellation/purge.ts';
import { cancelledPracticeRefusal } from '../src/features/cancellation/gate.ts';
import { copySealed, openableWithKeyring, type SealedCopy } from '../src/features/cancellation/shred.ts';
import { seedExportData } from './export-seed.ts';

const mode = process.argv[2];
const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
const rt = await openRuntime(config, createLogger('silent'));
const say = (o: unknown) => process.stdout.write(`${JSON.stringify(o)}\n`);
const copyFile = path.join(config.dataDir, 'copy.json');
const practiceId = process.env.PRACTICE_ID ?? '';

/** Superuser work on the embedded database (test only): the runtime connection acts as tacet_app. */
async function asSuperuser<T>(fn: () => Promise<T>): Promise<T> {
  await sql`RESET ROLE`.execute(rt.db);
  try {
    return await fn();
  } finally {
    await sql.raw(`SET ROLE ${RUNTIME_ROLE}`).execute(rt.db);
  }
}

async function rowsLeft(id: string): Promise<number> {
  return asSuperuser(async () => {
    const tables = await sql<{ t: string }>`
      SELECT c.relname AS t FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'practice_id'
       WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname NOT IN ('audit_events', 'audit_heads')`.execute(rt.db);
    let n = 0;
    for (const { t } of tables.rows) n += (await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(t)} WHERE practice_id = ${id}`.execute(rt.db)).rows[0]?.n ?? 0;
    return n;
  });
}

/** Is the practice refused to everyone, owner included, for an ordinary route and for the export? */
async function refused(r: Runtime, id: string): Promise<boolean> {
  const plain = await cancelledPracticeRefusal(r.db, id, ['owner', 'practitioner'], null);
  const exportRoute = await cancelledPracticeRefusal(r.db, id, ['owner', 'practitioner'], 'owner');
  return plain !== null && exportRoute !== null;
}

async function lifecycle(id: string): Promise<string | undefined> {
  return withTenant(rt.db, systemContext(id), async (trx) => (await trx.selectFrom('practices').select('lifecycle').where('id', '=', id).executeTakeFirst())?.lifecycle);
}

if (mode === 'seed') {
  const s = await seedExportData(rt, { clients: 30, notes: Number(process.env.NOTES ?? '1200') });
  await withTenant(rt.db, systemContext(s.practiceId), (trx) => trx.insertInto('memberships').values({ practice_id: s.practiceId, user_id: s.userId, role: 'owner' }).execute());
  // Cancelled 31 days ago: the grace period is over (the route test covers cancelling itself).
  await withTenant(rt.db, { ...s.ctx, roles: ['owner'] }, (trx) =>
    trx
      .updateTable('practices')
      .set({ lifecycle: 'cancelled', cancelled_at: sql<Date>`now() - interval '31 days'`, cancelled_by: s.userId, purge_after: sql<Date>`now() - interval '1 day'`, purge_reason: 'cancelled' })
      .where('id', '=', s.practiceId)
      .execute(),
  );
  const copy = await asSuperuser(() => copySealed(rt.db, s.practiceId));
  fs.writeFileSync(copyFile, JSON.stringify(copy.map((c) => ({ ...c, sealed: c.sealed.toString('base64') }))));
  const queued = await startPurge(rt, s.practiceId, new Date());
  say({ practiceId: s.practiceId, userId: s.userId, queued, copied: copy.length, openable: (await openableWithKeyring(rt.crypto, copy)).length });
} else if (mode === 'run') {
  const runner = new JobRunner(rt.db, rt.logger, { leaseMs: 1500, owner: 'doomed' }).register(
    purgeJobHandler(rt, {
      probe: async (step, table) => {
        say({ step, table: table ?? null, refused: await refused(rt, practiceId) });
        await new Promise((r) => setTimeout(r, 150)); // slow enough to be killed midway
      },
    }),
  );
  while (await runner.runOnce()) {
    /* the test kills this process during the purge */
  }
  say({ finished: true });
} else if (mode === 'state') {
  say({ lifecycle: await lifecycle(practiceId), rowsLeft: await rowsLeft(practiceId), refused: await refused(rt, practiceId) });
} else if (mode === 'resume') {
  const runner = new JobRunner(rt.db, rt.logger, { leaseMs: 1500, pollMs: 100, owner: 'survivor' }).register(
    purgeJobHandler(rt, {
      probe: async (step) => {
        say({ step, refused: await refused(rt, practiceId) });
      },
    }),
  );
  const deadline = Date.now() + 120_000;
  while ((await lifecycle(practiceId)) !== 'purged' && Date.now() < deadline) {
    if (!(await runner.runOnce())) await new Promise((r) => setTimeout(r, 200));
  }
  const copy = (JSON.parse(fs.readFileSync(copyFile, 'utf8')) as Array<Omit<SealedCopy, 'sealed'> & { sealed: string }>).map((c) => ({ ...c, sealed: Buffer.from(c.sealed, 'base64') }));
  const userId = process.env.USER_ID ?? '';
  const users = await withTenant(rt.db, systemContext(), (trx) => trx.selectFrom('users').select('id').where('id', '=', userId).execute());
  const keys = (await rt.crypto.store.listAll()).filter((k) => k.scopeId === practiceId || k.scopeId === userId).length;
  say({
    final: {
      lifecycle: await lifecycle(practiceId),
      rowsLeft: await rowsLeft(practiceId),
      refused: await refused(rt, practiceId),
      usersLeft: users.length,
      keysLeft: keys,
      openable: (await openableWithKeyring(rt.crypto, copy)).length,
      copied: copy.length,
    },
  });
}
await rt.close();
