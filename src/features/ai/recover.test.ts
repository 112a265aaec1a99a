// AI drafts a stopped process left pending (issue 21): the recurring job fails them as
// 'interrupted' once no live call could still be running, and puts the failure on the trail.
// The kill -9 test (src/features/notes/kill.test.ts) shows it end to end with a real process.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRuntime, type TestRuntime } from '../../../test/runtime.ts';
import { seedPractice, type SeededPractice } from '../../../test/factories.ts';
import { TestClock } from '../../../test/clock.ts';
import { systemContext, withTenant } from '../../db/tenant.ts';
import { draftBox } from './store.ts';
import { failInterruptedDrafts, longestCallMs } from './recover.ts';

let rt: TestRuntime;
let p: SeededPractice;
const clock = new TestClock();

beforeAll(async () => {
  rt = await createTestRuntime({ AI_TIMEOUT_MS: '1000', AI_MAX_RETRIES: '1' }, { clock });
  p = await seedPractice(rt.db, 'Recover');
});
afterAll(async () => {
  await rt.close();
});

/** A draft as the gateway's first transaction leaves it: input sealed, status as given. */
async function draft(status: 'pending' | 'done', updatedAt: Date): Promise<string> {
  const ctx = p.ctx('practitioner');
  const clientId = (await withTenant(rt.db, ctx, (trx) => trx.selectFrom('clients').select('id').executeTakeFirstOrThrow())).id;
  const box = await draftBox(rt, ctx, clientId);
  const id = crypto.randomUUID();
  await withTenant(rt.db, ctx, (trx) =>
    trx
      .insertInto('ai_drafts')
      .values({
        id,
        practice_id: p.practiceId,
        owner_id: ctx.userId,
        client_id: clientId,
        session_id: null,
        plan_id: null,
        format: 'soap',
        source_kind: 'bullets',
        provider: 'anthropic',
        model: 'claude-stub-1',
        status,
        input_sealed: box.seal('input', id, { format: 'soap', source: { kind: 'bullets', text: '- slept better' }, sessionId: null, planId: null }),
        output_sealed: status === 'done' ? box.seal('output', id, { draft: {}, provider: 'anthropic', model: 'claude-stub-1' }) : null,
        error_code: null,
        updated_at: updatedAt,
        delete_after: new Date(clock.now().getTime() + 7 * 86_400_000),
      })
      .execute(),
  );
  return id;
}

const statusOf = (id: string) =>
  withTenant(rt.db, p.ctx('practitioner'), (trx) => trx.selectFrom('ai_drafts').select(['status', 'error_code']).where('id', '=', id).executeTakeFirstOrThrow());

describe('AI drafts interrupted by a stopped process', () => {
  it('R03 R23 a draft pending longer than any live call becomes failed "interrupted" with its failure audited; a recent one and a done one are left alone', async () => {
    const longest = longestCallMs(rt.config);
    expect(longest).toBe(1000 * 2 + 4000 + 60_000);
    const now = clock.now();
    const stale = await draft('pending', new Date(now.getTime() - longest - 1));
    const live = await draft('pending', new Date(now.getTime() - longest + 1000));
    const done = await draft('done', new Date(now.getTime() - 10 * longest));

    expect(await failInterruptedDrafts(rt, now)).toBe(1);
    expect(await statusOf(stale)).toEqual({ status: 'failed', error_code: 'interrupted' });
    expect(await statusOf(live)).toEqual({ status: 'pending', error_code: null });
    expect(await statusOf(done)).toEqual({ status: 'done', error_code: null });
    const events = await rt.testDb.asAdmin((db) =>
      db.selectFrom('audit_events').select(['action', 'outcome', 'metadata', 'actor_role']).where('practice_id', '=', p.practiceId).where('action', '=', 'ai.draft').execute(),
    );
    expect(events).toHaveLength(1);
    expect(events[0]?.outcome).toBe('failure');
    expect(JSON.stringify(events[0]?.metadata)).toContain(stale);
    expect(JSON.stringify(events[0]?.metadata)).toContain('interrupted');
    // Run again: nothing more to do, nothing audited twice.
    expect(await failInterruptedDrafts(rt, now)).toBe(0);
  });

  it('R22 the system context may move a pending draft to failed "interrupted" and nothing else (migration 0028)', async () => {
    const done = await draft('done', new Date(clock.now().getTime() - 3_600_000));
    const pending = await draft('pending', new Date(clock.now().getTime() - 3_600_000));
    const sys = systemContext(p.practiceId);
    // A done draft is not the recovery's to touch.
    const touched = await withTenant(rt.db, sys, (trx) => trx.updateTable('ai_drafts').set({ status: 'failed', error_code: 'interrupted', output_sealed: null }).where('id', '=', done).execute());
    expect(Number(touched[0]?.numUpdatedRows ?? 0)).toBe(0);
    // A pending draft may only become failed 'interrupted'.
    await expect(
      withTenant(rt.db, sys, (trx) => trx.updateTable('ai_drafts').set({ status: 'failed', error_code: 'provider_timeout' }).where('id', '=', pending).execute()),
    ).rejects.toThrow();
    expect(await statusOf(pending)).toEqual({ status: 'pending', error_code: null });
  });
});
