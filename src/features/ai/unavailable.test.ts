// A 503 from the AI draft routes that is not a failed draft — a gate refusing because the provider
// is not configured on this server (and, on PostgreSQL, a database lost mid-request:
// src/platform/db-restart.test.ts) — leaves in the standard error body. Before issue 21 the
// routes' 503 schema admitted only a failed draft with its id, so such an answer failed
// serialisation and went out as Fastify's own 500 body.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestRuntime, type TestRuntime } from '../../../test/runtime.ts';
import { seedPractice, type SeededPractice } from '../../../test/factories.ts';
import { injectAs, sessionFor } from '../../../test/auth.ts';
import { withTenant } from '../../db/tenant.ts';
import { buildApp } from '../../http/server.ts';

let rt: TestRuntime;
let app: FastifyInstance;
let p: SeededPractice;

beforeAll(async () => {
  rt = await createTestRuntime(); // no AI_ONPREM_BASE_URL: the on-premises provider is not configured
  app = await buildApp(rt);
  await app.ready();
  p = await seedPractice(rt.db, 'AiUnconfigured');
  const vendorId = crypto.randomUUID();
  await withTenant(rt.db, p.ctx('owner'), async (trx) => {
    await trx
      .insertInto('subprocessors')
      .values({ id: vendorId, practice_id: p.practiceId, name: 'Practice model server', category: 'ai', provider: 'onprem', purpose: 'Drafting notes on our own network', data_categories: ['session notes'], baa_status: 'none', baa_signed_on: null, zero_retention: true, no_training: true })
      .execute();
    await trx.updateTable('practice_settings').set({ ai_enabled: true, ai_provider: 'onprem', ai_vendor_id: vendorId }).where('practice_id', '=', p.practiceId).execute();
  });
});
afterAll(async () => {
  await app.close();
  await rt.close();
});

describe('AI draft routes answering 503 without a draft', () => {
  it('R25 R03 a provider not configured on this server answers 503 provider_not_configured in the standard error body', async () => {
    const s = await sessionFor(rt, { userId: p.users.practitioner, practiceId: p.practiceId });
    const clientId = (await withTenant(rt.db, p.ctx('practitioner'), (trx) => trx.selectFrom('clients').select('id').executeTakeFirstOrThrow())).id;
    const res = await injectAs(app, s, { method: 'POST', url: `/api/clients/${clientId}/drafts`, payload: { format: 'soap', source: { kind: 'bullets', text: '- slept better' } } });
    expect(res.statusCode).toBe(503);
    const body = res.json<{ error: Record<string, unknown> }>();
    expect(Object.keys(body)).toEqual(['error']);
    expect(Object.keys(body.error).sort()).toEqual(['code', 'id', 'message']);
    expect(body.error.code).toBe('provider_not_configured');
    expect(String(body.error.message)).toContain('AI_ONPREM_BASE_URL');
  });
});
