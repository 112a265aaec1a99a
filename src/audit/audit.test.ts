import fs from 'node:fs';
import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDb, usingPostgres, type TestDb, tamper } from '../../test/db.ts';
import { seedPractice, type SeededPractice } from '../../test/factories.ts';
import { commitWith, withTenant, systemContext } from '../db/tenant.ts';
import { audit, auditRead, AuditInputError } from './audit.ts';
import { verifyAudit } from './verify.ts';
import { loadConfig } from '../config/config.ts';
import { openRuntime } from '../platform/runtime.ts';
import { createLogger } from '../logging/logger.ts';
import { embeddedDbDir, openPGlite, pgliteHandle } from '../db/database.ts';

let t: TestDb;
let p: SeededPractice;

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.close());

async function writeEvents(n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await withTenant(t.db, p.ctx('practitioner'), (trx, ctx) =>
      audit(trx, { ...ctx, requestId: `req-${i}`, ip: '192.0.2.10', userAgent: 'TestAgent/1.0' }, {
        action: 'note.read',
        resourceType: 'note',
        resourceId: `00000000-0000-4000-8000-00000000000${i % 10}`,
        metadata: { bytes: 100 + i, format: 'soap' },
      }),
    );
  }
}


const verifyOne = () => t.asAdmin((db) => verifyAudit(db, { practiceId: p.practiceId }));

/** The i-th (1-based) event the practitioner wrote: its lane and sequence number in that lane. */
async function prRow(i: number): Promise<{ lane: number; seq: number }> {
  const rows = await t.asAdmin(async (db) =>
    (await sql<{ lane: number; seq: number }>`SELECT lane, seq FROM audit_events WHERE practice_id = ${p.practiceId} AND actor_id = ${p.users.practitioner} ORDER BY seq`.execute(db)).rows,
  );
  const r = rows[i - 1];
  if (r === undefined) throw new Error(`no event ${i}`);
  return r;
}

describe('audit trail', () => {
  beforeEach(async () => {
    p = await seedPractice(t.db, 'Audit');
    await writeEvents(8);
  });

  it('R23 events are chained: each row holds the previous hash of its chain and verify finds every chain intact', async () => {
    const report = await verifyOne();
    expect(report.problems).toEqual([]);
    expect(report.events).toBe(5 + 8);
    const rows = await t.asAdmin((db) =>
      sql<{ lane: number; seq: number; prev_hash: Buffer; hash: Buffer }>`SELECT lane, seq, prev_hash, hash FROM audit_events WHERE practice_id = ${p.practiceId} ORDER BY lane, seq`.execute(db),
    );
    for (let i = 1; i < rows.rows.length; i++) {
      const [prev, cur] = [rows.rows[i - 1], rows.rows[i]];
      if (prev?.lane === cur?.lane) expect(cur?.prev_hash.equals(prev?.hash ?? Buffer.alloc(0))).toBe(true);
    }
    // One person's events stay in one ordered chain.
    const pr = await t.asAdmin(async (db) => (await sql<{ n: number }>`SELECT count(DISTINCT lane)::int AS n FROM audit_events WHERE practice_id = ${p.practiceId} AND actor_id = ${p.users.practitioner}`.execute(db)).rows[0]?.n);
    expect(pr).toBe(1);
  });

  it('R23 the runtime role cannot update, delete or truncate audit rows', async () => {
    const ctx = p.ctx('owner');
    await expect(withTenant(t.db, ctx, (trx) => sql`UPDATE audit_events SET action = 'x.y' WHERE practice_id = ${p.practiceId}`.execute(trx))).rejects.toMatchObject({
      code: '42501',
    });
    await expect(withTenant(t.db, ctx, (trx) => sql`DELETE FROM audit_events WHERE practice_id = ${p.practiceId}`.execute(trx))).rejects.toMatchObject({ code: '42501' });
    await expect(withTenant(t.db, ctx, (trx) => sql`TRUNCATE audit_events`.execute(trx))).rejects.toMatchObject({ code: '42501' });
    await expect(withTenant(t.db, ctx, (trx) => sql`UPDATE audit_heads SET seq = 1`.execute(trx))).rejects.toMatchObject({ code: '42501' });
  });

  it('R23 even the table owner is stopped by the triggers', async () => {
    await t.asAdmin(async (db) => {
      await expect(sql`UPDATE audit_events SET action = 'x.y' WHERE practice_id = ${p.practiceId}`.execute(db)).rejects.toMatchObject({ code: '42501' });
      await expect(sql`DELETE FROM audit_events WHERE practice_id = ${p.practiceId}`.execute(db)).rejects.toMatchObject({ code: '42501' });
      await expect(sql`TRUNCATE audit_events`.execute(db)).rejects.toMatchObject({ code: '42501' });
    });
  });

  it('R23 the chain is computed by the database: a forged seq or hash from the application is overwritten', async () => {
    await withTenant(t.db, p.ctx('owner'), (trx) =>
      sql`INSERT INTO audit_events (practice_id, seq, occurred_at, action, outcome, prev_hash, hash)
          VALUES (${p.practiceId}, 1, now() - interval '1 year', 'forged.event', 'success', '\\x00'::bytea, '\\x00'::bytea)`.execute(trx),
    );
    expect((await verifyOne()).problems).toEqual([]);
  });

  it('R23 verify detects an edited row', async () => {
    const r = await prRow(7);
    await tamper(t, (db) => sql`UPDATE audit_events SET action = 'note.delete' WHERE practice_id = ${p.practiceId} AND lane = ${r.lane} AND seq = ${r.seq}`.execute(db));
    expect((await verifyOne()).problems).toMatchObject([{ lane: r.lane, seq: r.seq, kind: 'hash_mismatch' }]);
  });

  it('R23 verify detects an edited row whose hash the attacker recomputed', async () => {
    const r = await prRow(4);
    await tamper(t, async (db) => {
      await sql`UPDATE audit_events SET outcome = 'denied' WHERE practice_id = ${p.practiceId} AND lane = ${r.lane} AND seq = ${r.seq}`.execute(db);
      await sql`UPDATE audit_events e SET hash = sha256(e.prev_hash || convert_to(app.audit_canonical(e), 'UTF8'))
                WHERE practice_id = ${p.practiceId} AND lane = ${r.lane} AND seq = ${r.seq}`.execute(db);
    });
    expect((await verifyOne()).problems).toMatchObject([{ lane: r.lane, seq: r.seq + 1, kind: 'broken_link' }]);
  });

  it('R23 verify detects a deleted row', async () => {
    const r = await prRow(6);
    await tamper(t, (db) => sql`DELETE FROM audit_events WHERE practice_id = ${p.practiceId} AND lane = ${r.lane} AND seq = ${r.seq}`.execute(db));
    expect((await verifyOne()).problems).toMatchObject([{ lane: r.lane, seq: r.seq + 1, kind: 'gap' }]);
  });

  it('R23 verify detects reordered rows', async () => {
    const a = await prRow(3);
    const b = await prRow(4);
    await tamper(t, async (db) => {
      await sql`UPDATE audit_events SET seq = -1 WHERE practice_id = ${p.practiceId} AND lane = ${a.lane} AND seq = ${a.seq}`.execute(db);
      await sql`UPDATE audit_events SET seq = ${a.seq} WHERE practice_id = ${p.practiceId} AND lane = ${b.lane} AND seq = ${b.seq}`.execute(db);
      await sql`UPDATE audit_events SET seq = ${b.seq} WHERE practice_id = ${p.practiceId} AND lane = ${a.lane} AND seq = -1`.execute(db);
    });
    const problems = (await verifyOne()).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ lane: a.lane, seq: a.seq });
    expect(['broken_link', 'hash_mismatch']).toContain(problems[0]?.kind);
  });

  it('R23 verify detects a truncated tail', async () => {
    const r = await prRow(6);
    await tamper(t, (db) => sql`DELETE FROM audit_events WHERE practice_id = ${p.practiceId} AND lane = ${r.lane} AND seq > ${r.seq}`.execute(db));
    expect((await verifyOne()).problems).toMatchObject([{ kind: 'truncated', lane: r.lane, seq: r.seq }]);
  });

  it('R23 verify detects whole chains removed by TRUNCATE', async () => {
    await tamper(t, (db) => sql`TRUNCATE audit_events`.execute(db));
    const report = await verifyOne();
    expect(report.problems.length).toBeGreaterThanOrEqual(1);
    for (const problem of report.problems) expect(problem).toMatchObject({ kind: 'truncated', seq: 0 });
  });

  it('R23 an anchor kept outside the database catches a chain rewritten from the start', async () => {
    const before = await verifyOne();
    const anchors = new Map(before.heads.map((h) => [`${h.practiceId}:${h.lane}`, { seq: h.seq, hash: h.hash }]));
    await tamper(t, async (db) => {
      // Rewrite history consistently: delete every row and head, then insert a fresh chain.
      await sql`DELETE FROM audit_events WHERE practice_id = ${p.practiceId}`.execute(db);
      await sql`DELETE FROM audit_heads WHERE practice_id = ${p.practiceId}`.execute(db);
    });
    await writeEvents(13);
    expect((await verifyOne()).problems).toEqual([]);
    const report = await t.asAdmin((db) => verifyAudit(db, { practiceId: p.practiceId, anchors }));
    expect(report.problems.length).toBeGreaterThanOrEqual(1);
    for (const problem of report.problems) expect(problem.kind).toBe('anchor_mismatch');
  });

  it('R24 audit metadata refuses free text, so PHI cannot be written into the trail', async () => {
    await expect(
      withTenant(t.db, p.ctx('owner'), (trx, ctx) => audit(trx, ctx, { action: 'note.read', metadata: { note: 'Client disclosed panic attacks' } })),
    ).rejects.toBeInstanceOf(AuditInputError);
  });

  it('R23 an audit event is written with its transaction and disappears with its rollback', async () => {
    const count = () =>
      t.asAdmin(async (db) => (await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_events WHERE practice_id = ${p.practiceId}`.execute(db)).rows[0]?.n ?? 0);
    const before = await count();
    await expect(
      withTenant(t.db, p.ctx('owner'), async (trx, ctx) => {
        await audit(trx, ctx, { action: 'note.update', resourceType: 'note' });
        throw new Error('change failed');
      }),
    ).rejects.toThrow('change failed');
    expect(await count()).toBe(before);
    await withTenant(t.db, p.ctx('owner'), (trx, ctx) => audit(trx, ctx, { action: 'note.update', resourceType: 'note' }));
    expect(await count()).toBe(before + 1);
  });

  it('R23 a transaction whose error was swallowed does not commit, audit rows included', async () => {
    await expect(
      withTenant(t.db, p.ctx('owner'), async (trx, ctx) => {
        await audit(trx, ctx, { action: 'note.update' });
        await sql`SELECT 1/0`.execute(trx).catch(() => undefined);
      }),
    ).rejects.toMatchObject({ code: '25P02' });
    expect((await verifyOne()).problems).toEqual([]);
  });

  it('R24 the database itself refuses free text in an audit row, whatever the application sends', async () => {
    const count = () =>
      t.asAdmin(async (db) => (await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_events WHERE practice_id = ${p.practiceId}`.execute(db)).rows[0]?.n ?? 0);
    const before = await count();
    const attempts = [
      sql`INSERT INTO audit_events (practice_id, action, outcome) VALUES (${p.practiceId}, 'Client disclosed panic attacks', 'success')`,
      sql`INSERT INTO audit_events (practice_id, action, resource_type, outcome) VALUES (${p.practiceId}, 'note.read', 'Jane Doe', 'success')`,
      sql`INSERT INTO audit_events (practice_id, action, outcome) VALUES (${p.practiceId}, 'note.read', 'maybe')`,
      sql`INSERT INTO audit_events (practice_id, action, outcome, metadata) VALUES (${p.practiceId}, 'note.read', 'success', ${'x'.repeat(4001)})`,
    ];
    for (const q of attempts) {
      await expect(withTenant(t.db, p.ctx('owner'), (trx) => q.execute(trx))).rejects.toMatchObject({ code: '23514' });
    }
    expect(await count()).toBe(before);
  });

  it('R23 commitWith() commits the statement and the queued audit event in one flight, or neither', async () => {
    const count = () =>
      t.asAdmin(async (db) => (await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_events WHERE practice_id = ${p.practiceId}`.execute(db)).rows[0]?.n ?? 0);
    const before = await count();
    const r = await withTenant(t.db, p.ctx('owner'), async (trx, ctx) => {
      await audit(trx, ctx, { action: 'practice.read', resourceType: 'practice', resourceId: p.practiceId });
      return commitWith(trx, trx.selectFrom('practices').select('id').where('id', '=', p.practiceId));
    });
    expect(r.rows).toEqual([{ id: p.practiceId }]);
    expect(await count()).toBe(before + 1);
    // A failing final statement takes its audit event down with it…
    await expect(
      withTenant(t.db, p.ctx('owner'), async (trx, ctx) => {
        await audit(trx, ctx, { action: 'practice.update', resourceType: 'practice' });
        await commitWith(trx, sql`SELECT 1/0`);
      }),
    ).rejects.toMatchObject({ code: '22012' });
    expect(await count()).toBe(before + 1);
    // …and nothing may follow the commit.
    await expect(
      withTenant(t.db, p.ctx('owner'), async (trx, ctx) => {
        await commitWith(trx, sql`SELECT 1`);
        await audit(trx, ctx, { action: 'practice.read' });
      }),
    ).rejects.toBeInstanceOf(AuditInputError);
    expect((await verifyOne()).problems).toEqual([]);
  });

  it('R24 the event of a read is durable when withTenant() returns, the read itself stays a read-only transaction, and concurrent reads share writes', async () => {
    const events = (action: string) =>
      t.asAdmin(async (db) =>
        (await sql<{ actor_id: string; outcome: string; resource_id: string }>`SELECT actor_id, outcome, resource_id FROM audit_events WHERE practice_id = ${p.practiceId} AND action = ${action} ORDER BY occurred_at, seq`.execute(db)).rows,
      );
    // The read commits on its own as a read-only transaction: no transaction id was assigned.
    const r = await withTenant(t.db, p.ctx('owner'), async (trx, ctx) => {
      const row = (await commitWith(trx, sql<{ xid: string | null }>`SELECT txid_current_if_assigned()::text AS xid`)).rows[0];
      auditRead(trx, ctx, { action: 'practice.read', resourceType: 'practice', resourceId: p.practiceId });
      return row;
    });
    expect(r?.xid).toBeNull();
    expect(await events('practice.read')).toEqual([{ actor_id: p.users.owner, outcome: 'success', resource_id: p.practiceId }]);
    // Forty concurrent reads by several people: every event is on the trail, every chain intact.
    const readers = [p.ctx('owner'), p.ctx('practitioner'), p.ctx('helpdesk')];
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        withTenant(t.db, readers[i % readers.length]!, async (trx, ctx) => {
          await trx.selectFrom('practices').select('id').execute();
          auditRead(trx, ctx, { action: 'members.read', resourceType: 'practice', resourceId: `${i}` });
        }),
      ),
    );
    const rows = await events('members.read');
    expect(rows.map((e) => Number(e.resource_id)).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect((await verifyOne()).problems).toEqual([]);
  });

  it('R24 a read that ends in an error is recorded as a failure; a read whose event cannot be written fails', async () => {
    const outcome = (resourceId: string) =>
      t.asAdmin(async (db) => (await sql<{ outcome: string }>`SELECT outcome FROM audit_events WHERE practice_id = ${p.practiceId} AND resource_id = ${resourceId}`.execute(db)).rows);
    await expect(
      withTenant(t.db, p.ctx('owner'), async (trx, ctx) => {
        await trx.selectFrom('practices').select('id').execute();
        auditRead(trx, ctx, { action: 'practice.read', resourceType: 'practice', resourceId: 'read-then-error' });
        throw new Error('presenting failed');
      }),
    ).rejects.toThrow('presenting failed');
    expect(await outcome('read-then-error')).toEqual([{ outcome: 'failure' }]);
    // The database refuses this event (resource_id longer than 100): the read must not succeed.
    await expect(
      withTenant(t.db, p.ctx('owner'), async (trx, ctx) => {
        auditRead(trx, ctx, { action: 'practice.read', resourceType: 'practice', resourceId: 'x'.repeat(101) });
        return 'data';
      }),
    ).rejects.toMatchObject({ code: '23514' });
  });

  it('R24 a read in a transaction that records a change commits its event in the same transaction as the change', async () => {
    const count = (action: string) =>
      t.asAdmin(async (db) => (await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_events WHERE practice_id = ${p.practiceId} AND action = ${action}`.execute(db)).rows[0]?.n ?? 0);
    const xids = await withTenant(t.db, p.ctx('owner'), async (trx, ctx) => {
      auditRead(trx, ctx, { action: 'practice.read', resourceType: 'practice', resourceId: p.practiceId });
      await audit(trx, ctx, { action: 'practice.update', resourceType: 'practice', resourceId: p.practiceId });
      return (await sql<{ x: string }>`SELECT txid_current()::text AS x`.execute(trx)).rows[0]?.x;
    });
    expect(xids).toBeDefined();
    expect(await count('practice.read')).toBe(1);
    expect(await count('practice.update')).toBe(1);
    // One transaction: the read's event and the change's event carry the same creating xid.
    const creators = await t.asAdmin(async (db) =>
      (await sql<{ x: string }>`SELECT DISTINCT xmin::text AS x FROM audit_events WHERE practice_id = ${p.practiceId} AND action IN ('practice.read', 'practice.update')`.execute(db)).rows,
    );
    expect(creators).toEqual([{ x: xids }]);
  });

  it('R23 audit() refuses to run outside withTenant', async () => {
    await expect(t.db.transaction().execute((trx) => audit(trx, p.ctx('owner'), { action: 'note.read' }))).rejects.toBeInstanceOf(AuditInputError);
  });

  it('R23 events with no practice go to the system chain', async () => {
    await withTenant(t.db, systemContext(), (trx, ctx) => audit(trx, ctx, { action: 'auth.signin', outcome: 'failure' }));
    const report = await t.asAdmin((db) => verifyAudit(db, { practiceId: '00000000-0000-0000-0000-000000000000' }));
    expect(report.problems).toEqual([]);
    expect(report.events).toBeGreaterThanOrEqual(1);
  });
});

describe('bin/tacet audit verify', () => {
  it.runIf(usingPostgres())('R23 a role that cannot read every chain gets a clear message and exit 3, not a stack trace or a false "intact"', async () => {
    const t = await createTestDb();
    try {
      const admin = new URL(t.adminUrl ?? '');
      const owner = new URL(admin.href);
      owner.username = 'tacet_owner';
      owner.password = '';
      const bin = path.resolve('bin/tacet');
      for (const url of [owner.href, t.runtimeUrl ?? '']) {
        const env = {
          ...process.env,
          DATABASE_URL: t.runtimeUrl ?? '',
          DATABASE_ADMIN_URL: url,
          TACET_MASTER_KEY: crypto.randomBytes(32).toString('base64'),
          KEYRING_URL: `${admin.protocol}//${admin.host}/tacet_keyring_unused`,
          SMTP_URL: 'smtp://127.0.0.1:2525',
        };
        const r = spawnSync(bin, ['audit', 'verify'], { env, encoding: 'utf8' });
        expect(r.status).toBe(3);
        expect(r.stdout).not.toContain('intact');
        expect(r.stderr).toContain('tacet_auditor');
        expect(r.stderr).not.toMatch(/\n\s+at /);
      }
    } finally {
      await t.close();
    }
  });

  it.runIf(usingPostgres())('R23 a login holding only tacet_auditor verifies every chain through COPY, text or binary, in the main thread or in worker threads: exit 0 intact, exit 1 on an edited row', async () => {
    const t = await createTestDb();
    // Roles are cluster-wide: a name of this run's own, dropped at the end.
    const login = `tacet_audit_login_${crypto.randomBytes(4).toString('hex')}`;
    try {
      const p = await seedPractice(t.db, 'AuditorLogin');
      await withTenant(t.db, p.ctx('practitioner'), async (trx, ctx) => {
        for (let i = 0; i < 5; i++) await audit(trx, ctx, { action: 'note.read', resourceType: 'note', resourceId: crypto.randomUUID() });
      });
      await t.asAdmin(async (db) => {
        await sql.raw(`CREATE ROLE ${login} LOGIN NOSUPERUSER NOBYPASSRLS NOINHERIT`).execute(db);
        await sql.raw(`GRANT tacet_auditor TO ${login}`).execute(db);
      });
      const admin = new URL(t.adminUrl ?? '');
      const auditor = new URL(admin.href);
      auditor.username = login;
      auditor.password = '';
      const bin = path.resolve('bin/tacet');
      const run = (format: string, args: string[] = [], threads = 'off') =>
        spawnSync(bin, ['audit', 'verify', ...args], {
          env: {
            ...process.env,
            DATABASE_URL: t.runtimeUrl ?? '',
            DATABASE_ADMIN_URL: auditor.href,
            TACET_AUDIT_COPY: format,
            TACET_AUDIT_VERIFY_THREADS: threads,
            TACET_MASTER_KEY: crypto.randomBytes(32).toString('base64'),
            KEYRING_URL: `${admin.protocol}//${admin.host}/tacet_keyring_unused`,
            SMTP_URL: 'smtp://127.0.0.1:2525',
          },
          encoding: 'utf8',
        });
      for (const [format, threads] of [['binary', 'off'], ['text', 'off'], ['binary', 'on']] as const) {
        const ok = run(format, [], threads);
        expect(ok.stderr).toBe('');
        expect(ok.stdout).toContain('OK: every chain is intact');
        expect(ok.status).toBe(0);
      }
      await t.asAdmin(async (db) => {
        await sql`SET session_replication_role = replica`.execute(db);
        await sql`UPDATE audit_events SET outcome = 'denied' WHERE practice_id = ${p.practiceId} AND seq = 2`.execute(db);
        await sql`SET session_replication_role = origin`.execute(db);
      });
      for (const [format, threads] of [['binary', 'off'], ['text', 'off'], ['binary', 'on']] as const) {
        const bad = run(format, ['--practice', p.practiceId], threads);
        expect(bad.status).toBe(1);
        expect(bad.stdout).toMatch(new RegExp(`BROKEN practice ${p.practiceId} lane \\d+ at seq 2: hash_mismatch`));
      }
    } finally {
      await t.close();
      await t.asAdmin((db) => sql.raw(`DROP ROLE IF EXISTS ${login}`).execute(db)).catch(() => undefined);
    }
  });

  it('R23 reports an intact chain with exit 0 and the first broken link with exit 1', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tacet-cli-'));
    try {
      const config = loadConfig({ TACET_DATA_DIR: dataDir });
      const rt = await openRuntime(config, createLogger('silent'));
      const practice = await seedPractice(rt.db, 'Cli');
      await rt.close();
      const bin = path.resolve('bin/tacet');
      const env = { ...process.env, TACET_DATA_DIR: dataDir };
      const ok = spawnSync(bin, ['audit', 'verify'], { env, encoding: 'utf8' });
      expect(ok.stdout).toContain('OK: every chain is intact');
      expect(ok.status).toBe(0);

      const pg = await openPGlite(embeddedDbDir(dataDir));
      const h = pgliteHandle(pg);
      await sql`SET session_replication_role = replica`.execute(h.db);
      await sql`UPDATE audit_events SET outcome = 'failure' WHERE practice_id = ${practice.practiceId} AND seq = 2`.execute(h.db);
      await h.close();

      const bad = spawnSync(bin, ['audit', 'verify', '--practice', practice.practiceId], { env, encoding: 'utf8' });
      expect(bad.status).toBe(1);
      expect(bad.stdout).toMatch(new RegExp(`BROKEN practice ${practice.practiceId} lane \\d+ at seq 2: hash_mismatch`));
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
