import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { createTestRuntime, type TestRuntime } from '../../../test/runtime.ts';
import { seedPractice, type SeededPractice } from '../../../test/factories.ts';
import { injectAs, sessionFor, type TestSession } from '../../../test/auth.ts';
import { buildApp } from '../../http/server.ts';

let rt: TestRuntime;
let app: FastifyInstance;
let p: SeededPractice;
let owner: TestSession;

beforeAll(async () => {
  rt = await createTestRuntime();
  app = await buildApp(rt, { rateLimitPerMinute: 100_000 });
  await app.ready();
  p = await seedPractice(rt.db, 'Settings');
  owner = await sessionFor(rt, { userId: p.users.owner, practiceId: p.practiceId });
});
afterAll(async () => {
  await app.close();
  await rt.close();
});

const settings = (over: Record<string, unknown> = {}) => ({
  aiEnabled: false,
  aiProvider: 'local',
  aiVendorId: null,
  redactTranscripts: true,
  activeTopics: ['immigration', 'abuse'],
  customTopics: [],
  ...over,
});

async function addVendor(over: Record<string, unknown> = {}) {
  const res = await injectAs(app, owner, {
    method: 'POST',
    url: '/api/practice/subprocessors',
    payload: {
      name: 'Example AI Co',
      category: 'ai',
      provider: 'anthropic',
      purpose: 'Drafting progress notes from pseudonymised input',
      dataCategories: ['pseudonymised session notes'],
      baaStatus: 'pending',
      baaSignedOn: null,
      zeroRetention: true,
      noTraining: true,
      ...over,
    },
  });
  expect(res.statusCode).toBe(201);
  return res.json<{ id: string }>().id;
}

describe('practice privacy settings and subprocessor registry', () => {
  it('R37 owners toggle transcript redaction and choose active topics, including their own', async () => {
    const res = await injectAs(app, owner, {
      method: 'PUT',
      url: '/api/practice/settings',
      payload: settings({ redactTranscripts: false, customTopics: [{ name: 'gambling', phrases: ['sports betting'], patterns: ['\\bcasino\\b'] }] }),
    });
    expect(res.statusCode).toBe(200);
    const view: unknown = (await injectAs(app, owner, { method: 'GET', url: '/api/practice/settings' })).json();
    expect(view).toMatchObject({ redactTranscripts: false, activeTopics: ['immigration', 'abuse'], customTopics: [{ name: 'gambling', phrases: ['sports betting'], patterns: ['\\bcasino\\b'] }] });
  });

  it('R37 refuses a custom topic pattern that is invalid or could hang redaction', async () => {
    const bad = await injectAs(app, owner, { method: 'PUT', url: '/api/practice/settings', payload: settings({ customTopics: [{ name: 'x', phrases: [], patterns: ['(a+)+$'] }] }) });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { message: string } }>().error.message).toContain('nested repetition');
    const invalid = await injectAs(app, owner, { method: 'PUT', url: '/api/practice/settings', payload: settings({ customTopics: [{ name: 'x', phrases: [], patterns: ['(unclosed'] }] }) });
    expect(invalid.json<{ error: { message: string } }>().error.message).toContain('not a valid regular expression');
  });

  it('R12 R27 AI with a vendor cannot be enabled until the vendor BAA is signed, with zero retention and no training', async () => {
    const vendor = await addVendor();
    const refused = await injectAs(app, owner, { method: 'PUT', url: '/api/practice/settings', payload: settings({ aiEnabled: true, aiProvider: 'anthropic', aiVendorId: vendor }) });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ error: { code: 'vendor_baa_unsigned' } });
    const signed = { name: 'Example AI Co', category: 'ai', provider: 'anthropic', purpose: 'Drafting', dataCategories: [], baaStatus: 'signed', baaSignedOn: '2026-11-01', zeroRetention: true, noTraining: true };
    expect((await injectAs(app, owner, { method: 'PUT', url: `/api/practice/subprocessors/${vendor}`, payload: signed })).statusCode).toBe(200);
    const ok = await injectAs(app, owner, { method: 'PUT', url: '/api/practice/settings', payload: settings({ aiEnabled: true, aiProvider: 'anthropic', aiVendorId: vendor }) });
    expect(ok.statusCode).toBe(200);
    // Withdrawing the BAA turns the feature off at once, and says so in the audit trail.
    await injectAs(app, owner, { method: 'PUT', url: `/api/practice/subprocessors/${vendor}`, payload: { ...signed, baaStatus: 'pending', baaSignedOn: null } });
    expect((await injectAs(app, owner, { method: 'GET', url: '/api/practice/settings' })).json()).toMatchObject({ aiEnabled: false });
    const actions = await rt.testDb.asAdmin(async (db) => (await sql<{ action: string }>`SELECT action FROM audit_events WHERE practice_id = ${p.practiceId}`.execute(db)).rows.map((r) => r.action));
    expect(actions).toContain('settings.ai_disabled');
  });

  it('R27 a vendor that retains data or trains on it cannot carry AI', async () => {
    const vendor = await addVendor({ name: 'Retaining AI Co', baaStatus: 'signed', baaSignedOn: '2026-10-01', zeroRetention: false });
    const res = await injectAs(app, owner, { method: 'PUT', url: '/api/practice/settings', payload: settings({ aiEnabled: true, aiProvider: 'anthropic', aiVendorId: vendor }) });
    expect(res.json()).toMatchObject({ error: { code: 'vendor_retains_data' } });
  });

  it('R12 the registry records purpose, data categories and BAA status with its date, and refuses inconsistent entries', async () => {
    const bad = await injectAs(app, owner, {
      method: 'POST',
      url: '/api/practice/subprocessors',
      payload: { name: 'Mail Co', category: 'email', provider: null, purpose: 'Sign-in links', baaStatus: 'signed', baaSignedOn: null },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { message: string } }>().error.message).toContain('body.baaSignedOn');
    const list = (await injectAs(app, owner, { method: 'GET', url: '/api/practice/subprocessors' })).json<{ subprocessors: Array<{ name: string; baaStatus: string }> }>();
    expect(list.subprocessors.map((s) => s.name)).toEqual(expect.arrayContaining(['Example Mail Relay', 'Example AI Co']));
  });

  it('R41 only owners change settings or the registry; settings changes need a fresh second factor', async () => {
    const practitioner = await sessionFor(rt, { userId: p.users.practitioner, practiceId: p.practiceId });
    expect((await injectAs(app, practitioner, { method: 'PUT', url: '/api/practice/settings', payload: settings() })).statusCode).toBe(403);
    const stale = await sessionFor(rt, { userId: p.users.owner, practiceId: p.practiceId, mfaAgoMs: 6 * 60_000 });
    expect((await injectAs(app, stale, { method: 'PUT', url: '/api/practice/settings', payload: settings() })).json()).toMatchObject({ error: { code: 'step_up_required' } });
  });
});
