// `bin/tacet retention dry-run` (R16): the operator's view of what the daily job would delete.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config.ts';
import { openRuntime } from '../platform/runtime.ts';
import { createLogger } from '../logging/logger.ts';
import { seedPractice } from '../../test/factories.ts';
import { usingPostgres } from '../../test/db.ts';
import { systemContext, withTenant } from '../db/tenant.ts';

describe.skipIf(usingPostgres())('bin/tacet retention dry-run', () => {
  it('R16 lists due client records by id, class and date, marks a legal hold, deletes nothing, and refuses bad arguments', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tacet-ret-'));
    try {
      const rt = await openRuntime(loadConfig({ TACET_DATA_DIR: dataDir }), createLogger('silent'));
      const practice = await seedPractice(rt.db, 'Retention');
      const count = () => withTenant(rt.db, systemContext(practice.practiceId), async (trx) => (await trx.selectFrom('clients').select('id').execute()).map((r) => r.id));
      const clients = await count();
      const labels = await withTenant(rt.db, systemContext(practice.practiceId), async (trx) => (await trx.selectFrom('clients').select('label').execute()).map((r) => r.label));
      await rt.close();
      const bin = path.resolve('bin/tacet');
      const env = { ...process.env, TACET_DATA_DIR: dataDir };

      // Records are kept six years: nothing is due now; within ten years, the seeded client is.
      const now = spawnSync(bin, ['retention', 'dry-run'], { env, encoding: 'utf8' });
      expect(now.status).toBe(0);
      expect(now.stdout).toContain('0 client record(s)');
      expect(now.stdout).toContain('nothing was deleted');
      const later = spawnSync(bin, ['retention', 'dry-run', '--practice', practice.practiceId, '--horizon-days', '3650'], { env, encoding: 'utf8' });
      expect(later.status).toBe(0);
      for (const id of clients) expect(later.stdout).toMatch(new RegExp(`client ${id}  clinical(_minor)?  last service \\d{4}-\\d{2}-\\d{2}  due \\d{4}-\\d{2}-\\d{2}`));
      // The factory places a legal hold on its client: listed, and marked as kept.
      expect(later.stdout).toContain('HELD');
      for (const label of labels) expect(later.stdout).not.toContain(label);

      expect(spawnSync(bin, ['retention', 'dry-run', '--horizon-days', 'soon'], { env, encoding: 'utf8' }).status).toBe(2);
      expect(spawnSync(bin, ['retention', 'dry-run', '--practice', 'not-an-id'], { env, encoding: 'utf8' }).status).toBe(2);
      expect(spawnSync(bin, ['retention', 'purge'], { env, encoding: 'utf8' }).status).toBe(2);

      const again = await openRuntime(loadConfig({ TACET_DATA_DIR: dataDir }), createLogger('silent'));
      try {
        expect((await withTenant(again.db, systemContext(practice.practiceId), async (trx) => (await trx.selectFrom('clients').select('id').execute()).map((r) => r.id))).sort()).toEqual([...clients].sort());
      } finally {
        await again.close();
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
