// The AI gateway end to end: real SDKs against a local stub server (no network), real database,
// real encryption and audit. Synthetic data only, with canaries that must never reach the stub.
import crypto from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createTestRuntime, type TestRuntime } from '../../../test/runtime.ts';
import { seedPractice, type SeededPractice } from '../../../test/factories.ts';
import { injectAs, sessionFor, type TestSession } from '../../../test/auth.ts';
import { startAiStub, type AiStub } from '../../../test/ai-stubs.ts';
import { buildApp } from '../../http/server.ts';
import { sql } from 'kysely';
import { withTenant } from '../../db/tenant.ts';
import { sweepAllPractices } from '../transcripts/service.ts';
import { NOTE_FORMATS, NOTE_TEMPLATES } from '../notes/templates.ts';

// Canaries: made-up identifiers planted in the source. None may reach a provider.
const PSEUDONYM = 'Quillon';
const BROTHER = 'Bartholomew Vantongeren';
const PHONE = '(555) 013-2479';
const DATE = 'March 14, 2026';
const EMAIL = 'quillon.canary@example.test';
const CANARIES = [PSEUDONYM, 'Bartholomew', 'Vantongeren', '013-2479', 'March 14', EMAIL];

const BULLETS = [
  `- ${PSEUDONYM} reports sleeping 6 hours a night, up from 4, since starting the wind-down routine.`,
  `- Brother ${BROTHER} called on ${DATE} about the move; his phone is ${PHONE}, email ${EMAIL}.`,
  '- Practiced cognitive restructuring on the thought "I always fail at work".',
  '- Client completed the thought record homework twice this week.',
  '- Reports drinking two beers on Saturday at a family dinner.',
  '- Plan: continue weekly CBT; next session review the thought record.',
].join('\n');

interface Sentence {
  text: string;
  links: Array<{ segmentId: string; start: number; end: number }>;
  unsupported: boolean;
  risk: string[];
  flags: string[];
}
interface Draft {
  id: string;
  provider: string;
  model: string;
  draft: { sections: Array<{ key: string; title: string; sentences: Sentence[] }> };
  goalSuggestions: Array<{ goalId: string; progress: string; links: unknown[]; unsupported: boolean }>;
  flags: Array<{ section: string; sentence: number; kind: string }>;
}
type Failed = { error: { code: string; message: string }; draftId: string };

let stub: AiStub;
let rt: TestRuntime;
let app: FastifyInstance;
let p: SeededPractice;
let pr: TestSession;
let other: TestSession;
let clientId: string;
let vendorId: string;

const sentences = (d: Draft): Sentence[] => d.draft.sections.flatMap((s) => s.sentences);
const post = (s: TestSession, url: string, payload?: unknown): Promise<LightMyRequestResponse> =>
  injectAs(app, s, payload === undefined ? { method: 'POST', url } : { method: 'POST', url, payload: payload as never });
const get = (s: TestSession, url: string): Promise<LightMyRequestResponse> => injectAs(app, s, { method: 'GET', url });
const draftReq = (over: Record<string, unknown> = {}) => post(pr, `/api/clients/${clientId}/drafts`, { format: 'soap', source: { kind: 'bullets', text: BULLETS }, ...over });

/** Practice settings and the vendor row, written as the owner straight to the database: the
 * gateway must hold even when the registry changed behind the settings page. */
async function configure(opts: { ai: boolean; provider: 'local' | 'anthropic' | 'openai'; vendor?: Partial<{ provider: 'anthropic' | 'openai'; baa_status: 'signed' | 'pending' | 'none'; zero_retention: boolean; no_training: boolean; category: 'ai' | 'email' }>; vendorId?: string; clientAi?: boolean }) {
  await withTenant(rt.db, { practiceId: p.practiceId, userId: p.users.owner, roles: ['owner'] }, async (trx) => {
    const v = { provider: opts.provider === 'local' ? 'anthropic' : opts.provider, baa_status: 'signed', zero_retention: true, no_training: true, category: 'ai', ...opts.vendor } as const;
    await trx
      .updateTable('subprocessors')
      .set({ category: v.category, provider: v.category === 'ai' ? v.provider : null, baa_status: v.baa_status, baa_signed_on: v.baa_status === 'signed' ? '2026-01-05' : null, zero_retention: v.zero_retention, no_training: v.no_training })
      .where('id', '=', vendorId)
      .execute();
    await trx
      .updateTable('practice_settings')
      .set({ ai_enabled: opts.ai, ai_provider: opts.provider, ai_vendor_id: opts.provider === 'local' ? null : (opts.vendorId ?? vendorId) })
      .where('practice_id', '=', p.practiceId)
      .execute();
  });
  await withTenant(rt.db, p.ctx('practitioner'), (trx) => trx.updateTable('clients').set({ ai_disabled: opts.clientAi === false }).where('id', '=', clientId).execute());
}

async function auditOf(action: string): Promise<Array<{ outcome: string; metadata: Record<string, unknown>; resource_id: string | null }>> {
  return rt.testDb.asAdmin(async (db) => {
    const rows = (await db
      .selectFrom('audit_events')
      .select(['outcome', 'metadata', 'resource_id'])
      .where('practice_id', '=', p.practiceId)
      .where('action', '=', action)
      .orderBy('seq')
      .execute()) as Array<{ outcome: string; metadata: unknown; resource_id: string | null }>;
    return rows.map((r) => ({ ...r, metadata: (typeof r.metadata === 'string' ? JSON.parse(r.metadata) : r.metadata) as Record<string, unknown> }));
  });
}

async function draftRows(): Promise<number> {
  return rt.testDb.asAdmin(async (db) => (await db.selectFrom('ai_drafts').select('id').where('practice_id', '=', p.practiceId).execute()).length);
}

function expectNoCanary(text: string): void {
  for (const c of CANARIES) expect(text, `canary ${c}`).not.toContain(c);
}

beforeAll(async () => {
  stub = await startAiStub();
  rt = await createTestRuntime({
    AI_ANTHROPIC_API_KEY: 'sk-test-not-a-key',
    AI_ANTHROPIC_BASE_URL: stub.url,
    AI_ANTHROPIC_MODEL: 'claude-stub-1',
    AI_OPENAI_BASE_URL: `${stub.url}/v1`,
    AI_OPENAI_MODEL: 'Llama-3.1-8B-Instruct',
    AI_TIMEOUT_MS: '400',
    AI_MAX_RETRIES: '1',
  });
  app = await buildApp(rt, { rateLimitPerMinute: 100_000 });
  await app.ready();
  p = await seedPractice(rt.db, 'AiDraft');
  pr = await sessionFor(rt, { userId: p.users.practitioner, practiceId: p.practiceId });
  const otherId = crypto.randomUUID();
  await withTenant(rt.db, { practiceId: p.practiceId, userId: otherId, roles: ['system'] }, async (trx) => {
    await trx.insertInto('users').values({ id: otherId, email: `other.${otherId.slice(0, 8)}@example.test`, name: 'Test other practitioner' }).execute();
    await trx.insertInto('memberships').values({ practice_id: p.practiceId, user_id: otherId, role: 'practitioner' }).execute();
  });
  other = await sessionFor(rt, { userId: otherId, practiceId: p.practiceId });
  const res = await post(pr, '/api/clients', { name: PSEUDONYM, pseudonym: true, knownPeople: [BROTHER] });
  expect(res.statusCode).toBe(201);
  clientId = res.json<{ id: string }>().id;
  vendorId = crypto.randomUUID();
  await withTenant(rt.db, { practiceId: p.practiceId, userId: p.users.owner, roles: ['owner'] }, (trx) =>
    trx
      .insertInto('subprocessors')
      .values({ id: vendorId, practice_id: p.practiceId, name: 'Example AI Vendor', category: 'ai', provider: 'anthropic', purpose: 'Drafting notes from pseudonymised input', data_categories: ['pseudonymised session notes'], baa_status: 'signed', baa_signed_on: '2026-01-05', zero_retention: true, no_training: true })
      .execute(),
  );
});
afterAll(async () => {
  await app.close();
  await rt.close();
  await stub.close();
});
beforeEach(() => {
  stub.requests.length = 0;
  stub.mode = { kind: 'echo' };
});

describe('the gate (R42, R12, R27)', () => {
  const cases: Array<[string, Parameters<typeof configure>[0], string]> = [
    ['the practice has AI off', { ai: false, provider: 'anthropic' }, 'ai_disabled_practice'],
    ['the client has AI off', { ai: true, provider: 'anthropic', clientAi: false }, 'ai_disabled_client'],
    ['the registry entry is not an AI vendor', { ai: true, provider: 'anthropic', vendor: { category: 'email' } }, 'vendor_wrong_kind'],
    ['the registry entry is another provider', { ai: true, provider: 'openai', vendor: { provider: 'anthropic' } }, 'vendor_wrong_kind'],
    ['the vendor BAA is not signed', { ai: true, provider: 'anthropic', vendor: { baa_status: 'pending' } }, 'vendor_baa_unsigned'],
    ['the vendor retains data', { ai: true, provider: 'anthropic', vendor: { zero_retention: false } }, 'vendor_retains_data'],
    ['the vendor may train on customer data', { ai: true, provider: 'openai', vendor: { no_training: false } }, 'vendor_retains_data'],
  ];
  it.each(cases)('R42 R12 R27 refuses when %s, says which rule, audits it, and the provider receives nothing', async (_name, cfg, code) => {
    await configure(cfg);
    const before = await draftRows();
    const res = await draftReq();
    expect(res.statusCode).toBe(403);
    const err = res.json<{ error: { code: string; message: string } }>().error;
    expect(err.code).toBe(code);
    expect(err.message.length).toBeGreaterThan(20);
    expect(stub.requests).toHaveLength(0);
    expect(await draftRows()).toBe(before);
    const denied = (await auditOf('ai.draft')).filter((a) => a.outcome === 'denied');
    expect(denied.at(-1)?.metadata).toMatchObject({ reason: code, purpose: 'note_draft' });
  });

  it('R42 the local drafter obeys the practice and client switches too', async () => {
    await configure({ ai: true, provider: 'local', clientAi: false });
    expect((await draftReq()).json<{ error: { code: string } }>().error.code).toBe('ai_disabled_client');
    await configure({ ai: false, provider: 'local' });
    expect((await draftReq()).json<{ error: { code: string } }>().error.code).toBe('ai_disabled_practice');
  });
});

describe('pseudonymisation and re-identification (R35, R27)', () => {
  it.each([['anthropic' as const], ['openai' as const]])('R27 R35 %s: the text that reaches the provider holds none of the canaries; the draft gets them back', async (provider) => {
    await configure({ ai: true, provider });
    const res = await draftReq();
    expect(res.statusCode).toBe(201);
    expect(stub.requests).toHaveLength(1);
    const sent = stub.requests[0]!;
    expectNoCanary(sent.body);
    expect(sent.body).toMatch(/\[NAME-\d+\]/);
    if (provider === 'anthropic') {
      expect(sent.path).toBe('/v1/messages');
      expect(sent.json).toMatchObject({ model: 'claude-stub-1', output_config: { format: { type: 'json_schema' } } });
    } else {
      expect(sent.path).toBe('/v1/chat/completions');
      // No-retention option where the API has one.
      expect(sent.json).toMatchObject({ model: 'Llama-3.1-8B-Instruct', store: false, response_format: { type: 'json_schema', json_schema: { strict: true } } });
    }
    const d = res.json<Draft>();
    expect(d.provider).toBe(provider);
    const all = sentences(d).map((s) => s.text).join('\n');
    expect(all).toContain(PSEUDONYM);
    expect(all).toContain(BROTHER);
    expect(all).toContain(PHONE);
    expect(all).not.toMatch(/\[(?:NAME|DATE|PHONE|EMAIL)-\d+\]/);
    // Every sentence the stub echoed is grounded in the segment it cites.
    for (const s of sentences(d)) {
      expect(s.links.length > 0 || s.unsupported).toBe(true);
      expect(s.unsupported).toBe(false);
    }
  });

  it('R25 R24 prompts and completions are never logged, and the audit row holds sizes, not content', async () => {
    await configure({ ai: true, provider: 'anthropic' });
    const res = await draftReq();
    expect(res.statusCode).toBe(201);
    const logs = rt.logLines.join('\n');
    expectNoCanary(logs);
    expect(logs).not.toContain('wind-down');
    const ok = (await auditOf('ai.draft')).filter((a) => a.outcome === 'success').at(-1)!;
    expect(ok.resource_id).toBe(clientId);
    expect(ok.metadata).toMatchObject({ provider: 'anthropic', model: 'claude-stub-1', purpose: 'note_draft', attempt: 1, draftId: res.json<Draft>().id });
    expect(ok.metadata.inputBytes).toBeGreaterThan(500);
    expect(ok.metadata.outputBytes).toBeGreaterThan(100);
    expect(typeof ok.metadata.durationMs).toBe('number');
    expect(JSON.stringify(ok.metadata)).not.toContain('wind-down');
  });

  it('R13 R22 R24 the saved input and output are encrypted at rest, listed (audited), read back and discarded by the author only', async () => {
    await configure({ ai: true, provider: 'anthropic' });
    const d = (await draftReq()).json<Draft>();
    const raw = await rt.testDb.asAdmin(async (db) => JSON.stringify(await db.selectFrom('ai_drafts').selectAll().where('id', '=', d.id).execute()));
    expectNoCanary(raw);
    expect(raw).not.toContain('wind-down');
    const back = await get(pr, `/api/drafts/${d.id}`);
    expect(back.statusCode).toBe(200);
    expect(back.json<{ status: string; input: { text: string }; draft: unknown }>()).toMatchObject({ status: 'done', input: { text: BULLETS } });
    expect((await get(other, `/api/drafts/${d.id}`)).statusCode).toBe(404);
    expect((await post(other, `/api/clients/${clientId}/drafts`, { format: 'soap', source: { kind: 'bullets', text: 'x' } })).statusCode).toBe(404);
    expect(await auditOf('ai_draft.read')).not.toHaveLength(0);
    const list = (await get(pr, `/api/clients/${clientId}/drafts`)).json<{ drafts: Array<{ id: string; status: string }> }>().drafts;
    expect(list.find((x) => x.id === d.id)).toMatchObject({ status: 'done' });
    expect(JSON.stringify(list)).not.toContain('wind-down');
    expect((await auditOf('ai_draft.list')).at(-1)).toMatchObject({ outcome: 'success', resource_id: clientId });
    expect((await injectAs(app, other, { method: 'DELETE', url: `/api/drafts/${d.id}` })).statusCode).toBe(404);
    expect((await injectAs(app, pr, { method: 'DELETE', url: `/api/drafts/${d.id}` })).statusCode).toBe(200);
    expect((await get(pr, `/api/drafts/${d.id}`)).statusCode).toBe(404);
    expect((await auditOf('ai_draft.delete')).at(-1)?.resource_id).toBe(d.id);
  });
});

describe('source-grounded drafts (R03)', () => {
  it('R03 flags an invented risk statement, a made-up quote and a fake citation; every sentence has links or an unsupported flag', async () => {
    await configure({ ai: true, provider: 'anthropic' });
    stub.mode = {
      kind: 'echo',
      extra: [
        { section: 'assessment', text: 'Client denies SI/HI.', sourceIds: [] },
        { section: 'assessment', text: 'Client denies suicidal ideation and homicidal ideation.', sourceIds: ['s1'] },
        { section: 'subjective', text: 'Client stated "I never want to see my family again".', sourceIds: ['s2'] },
        { section: 'subjective', text: 'Client reported daily cocaine use.', sourceIds: ['s999'] },
        { section: 'plan', text: 'Client will start an SSRI next week.', sourceIds: ['s6'] },
      ],
    };
    const res = await draftReq();
    expect(res.statusCode).toBe(201);
    const d = res.json<Draft>();
    const all = sentences(d);
    for (const s of all) expect(s.links.length > 0 || s.unsupported).toBe(true);
    const find = (t: string) => all.find((s) => s.text.includes(t))!;
    for (const t of ['denies SI/HI', 'denies suicidal ideation', 'daily cocaine']) {
      expect(find(t)).toMatchObject({ unsupported: true });
      expect(find(t).flags).toContain('unsupported_risk');
    }
    expect(find('denies SI/HI').risk).toEqual(expect.arrayContaining(['suicide', 'homicide']));
    expect(find('never want to see').flags).toContain('quote_not_in_source');
    expect(find('daily cocaine').flags).toContain('invalid_citation');
    expect(find('SSRI').flags).toContain('weak_support');
    // A risk statement the source does make is kept, marked as risk, and supported.
    const beers = find('two beers');
    expect(beers).toMatchObject({ unsupported: false, risk: ['substance'] });
    expect(d.flags.filter((f) => f.kind === 'unsupported_risk').length).toBeGreaterThanOrEqual(3);
    const f = d.flags.find((x) => x.kind === 'unsupported_risk')!;
    expect(d.draft.sections.find((s) => s.key === f.section)!.sentences[f.sentence]!.flags).toContain('unsupported_risk');
  });

  it.each(NOTE_FORMATS.filter((f) => f !== 'free').map((f) => [f]))('R03 the local drafter sorts bullets into %s sections, every sentence linked to its source, nothing sent anywhere', async (format) => {
    await configure({ ai: true, provider: 'local' });
    const res = await draftReq({ format });
    expect(res.statusCode).toBe(201);
    const d = res.json<Draft>();
    expect(d.provider).toBe('local');
    expect(d.draft.sections.map((s) => s.key)).toEqual(NOTE_TEMPLATES[format].sections.map((s) => s.key));
    const all = sentences(d);
    expect(all.length).toBe(6);
    for (const s of all) {
      expect(s.unsupported).toBe(false);
      expect(s.links).toHaveLength(1);
      const l = s.links[0]!;
      expect(BULLETS.slice(l.start, l.end).length).toBeGreaterThan(10);
    }
    expect(d.flags).toEqual([]);
    const plan = d.draft.sections.at(-1)!;
    expect(plan.sentences.some((s) => s.text.includes('next session'))).toBe(true);
    expect(stub.requests).toHaveLength(0);
    // Deterministic: the same input drafts the same note.
    const again = (await draftReq({ format })).json<Draft>();
    expect(again.draft).toEqual(d.draft);
  });

  it('R03 a risk the source speaks of but the model left out is reported with its source spans', async () => {
    await configure({ ai: true, provider: 'anthropic' });
    // The model answers with one harmless sentence: the beers on Saturday are not in the draft.
    stub.mode = { kind: 'raw', text: JSON.stringify({ sections: [{ key: 'plan', sentences: [{ text: 'Continue weekly CBT.', sourceIds: ['s6'] }] }], goalSuggestions: [] }) };
    const d = (await draftReq()).json<Draft & { omittedRisks: Array<{ category: string; polarity: string; links: Array<{ segmentId: string }> }> }>();
    expect(d.omittedRisks).toEqual([{ category: 'substance', polarity: 'present', links: [expect.objectContaining({ segmentId: 's5' })] }]);
    stub.mode = { kind: 'echo' };
    expect((await draftReq()).json<{ omittedRisks: unknown[] }>().omittedRisks).toEqual([]);
  });

  it('R03 the local drafter quotes a transcript verbatim and keeps what the client said about risk', async () => {
    await configure({ ai: true, provider: 'local' });
    const transcript = [
      'Therapist: How has your sleep been since we last met?',
      'Client: Honestly much better, I am getting about six hours most nights now.',
      'Client: Mm-hmm.',
      'Therapist: Let us practice the breathing exercise together for a few minutes.',
      'Client: I had a couple of drinks on Friday but nothing more than that.',
      'Therapist: For homework, will you keep the sleep diary until next session?',
    ].join('\n');
    const res = await draftReq({ format: 'birp', source: { kind: 'transcript', text: transcript } });
    expect(res.statusCode).toBe(201);
    const all = sentences(res.json<Draft>());
    expect(all.every((s) => !s.unsupported && s.links.length === 1)).toBe(true);
    expect(all.some((s) => s.text === 'Client stated: "Honestly much better, I am getting about six hours most nights now."')).toBe(true);
    expect(all.find((s) => s.text.includes('drinks'))).toMatchObject({ risk: ['substance'], unsupported: false });
    expect(all.some((s) => s.text.includes('Mm-hmm'))).toBe(false);
  });

  it('R04 suggests the plan goals the session addressed, with a progress rating and the supporting spans', async () => {
    await configure({ ai: true, provider: 'local' });
    const plan = await post(pr, `/api/clients/${clientId}/plans`, {
      reviewDate: '2026-09-01',
      diagnoses: [{ code: 'F32.1', primary: true }],
      problems: [
        {
          text: 'Insomnia and low mood',
          diagnosisCodes: ['F32.1'],
          goals: [
            { text: 'Improve sleep to 7 hours a night', interventions: ['cbt'], objectives: [{ text: 'Wind-down routine 5 nights a week', targetDate: '2026-08-01' }] },
            { text: 'Return to playing in the synthetic orchestra', interventions: ['behavioral_activation'], objectives: [{ text: 'Attend one rehearsal', targetDate: '2026-08-01' }] },
          ],
        },
      ],
    });
    expect(plan.statusCode).toBe(201);
    const goals = plan.json<{ id: string; problems: Array<{ goals: Array<{ id: string }> }> }>();
    const res = await draftReq({ planId: goals.id });
    expect(res.statusCode).toBe(201);
    const d = res.json<Draft>();
    const sleepGoal = goals.problems[0]!.goals[0]!.id;
    expect(d.goalSuggestions).toEqual([expect.objectContaining({ goalId: sleepGoal, progress: 'some_progress', unsupported: false })]);
    expect(d.goalSuggestions[0]!.links.length).toBeGreaterThan(0);
    // Through a model: goal ids are short aliases on the wire and come back as the real ones.
    await configure({ ai: true, provider: 'openai', vendor: { provider: 'openai' } });
    const viaModel = (await draftReq({ planId: goals.id })).json<Draft>();
    expect(stub.requests[0]!.body).not.toContain(sleepGoal);
    expect(viaModel.goalSuggestions.map((g) => g.goalId).sort()).toEqual(goals.problems[0]!.goals.map((g) => g.id).sort());
  });
});

describe('provider failures keep the draft input (issue 7, part 2)', () => {
  it('R03 a provider that never answers times out, is retried once, and the saved input can be retried later', async () => {
    await configure({ ai: true, provider: 'anthropic' });
    stub.mode = { kind: 'hang' };
    const res = await draftReq();
    expect(res.statusCode).toBe(503);
    const body = res.json<Failed>();
    expect(body.error.code).toBe('provider_timeout');
    expect(body.error.message).toContain('input is saved');
    expect(stub.requests).toHaveLength(2);
    const saved = (await get(pr, `/api/drafts/${body.draftId}`)).json<{ status: string; errorCode: string; attempts: number; input: { text: string } }>();
    expect(saved).toMatchObject({ status: 'failed', errorCode: 'provider_timeout', attempts: 2, input: { text: BULLETS } });
    const fail = (await auditOf('ai.draft')).at(-1)!;
    expect(fail).toMatchObject({ outcome: 'failure', metadata: { error: 'provider_timeout', attempt: 2 } });
    stub.mode = { kind: 'echo' };
    const retried = await post(pr, `/api/drafts/${body.draftId}/retry`);
    expect(retried.statusCode).toBe(201);
    expect(retried.json<Draft>().id).toBe(body.draftId);
    expect(sentences(retried.json<Draft>()).map((s) => s.text).join(' ')).toContain(PSEUDONYM);
  });

  it('R03 a 5xx is retried with back-off and succeeds; a provider down for good leaves the input saved', async () => {
    await configure({ ai: true, provider: 'openai', vendor: { provider: 'openai' } });
    stub.mode = [{ kind: 'error', status: 503 }, { kind: 'echo' }];
    const ok = await draftReq();
    expect(ok.statusCode).toBe(201);
    expect(stub.requests).toHaveLength(2);
    stub.requests.length = 0;
    stub.mode = { kind: 'error', status: 500 };
    const down = await draftReq();
    expect(down.statusCode).toBe(503);
    expect(down.json<Failed>().error.code).toBe('provider_unavailable');
    expect(stub.requests).toHaveLength(2);
    const saved = (await get(pr, `/api/drafts/${down.json<Failed>().draftId}`)).json<{ status: string; input: { text: string } }>();
    expect(saved).toMatchObject({ status: 'failed', input: { text: BULLETS } });
  });

  it('R03 a refused request (4xx) is not retried; an unreadable answer is retried, then reported', async () => {
    await configure({ ai: true, provider: 'anthropic' });
    stub.mode = { kind: 'error', status: 400 };
    const bad = await draftReq();
    expect(bad.statusCode).toBe(502);
    expect(bad.json<Failed>().error.code).toBe('provider_rejected');
    expect(stub.requests).toHaveLength(1);
    stub.requests.length = 0;
    stub.mode = { kind: 'raw', text: 'Sure! Here is your note: the client is doing great.' };
    const garbled = await draftReq();
    expect(garbled.statusCode).toBe(503);
    expect(garbled.json<Failed>().error.code).toBe('provider_malformed');
    expect(stub.requests).toHaveLength(2);
  });
});

describe('how long a draft is kept', () => {
  const TRANSCRIPT = 'Therapist: How was the week?\nClient: Calmer, I used the breathing exercise most days.';
  const exists = async (id: string) => (await rt.testDb.asAdmin(async (db) => (await sql<{ n: number }>`SELECT count(*)::int AS n FROM ai_drafts WHERE id = ${id}`.execute(db)).rows[0]?.n)) === 1;
  const deleteAfter = async (id: string) =>
    (await rt.testDb.asAdmin(async (db) => (await sql<{ t: Date | null }>`SELECT delete_after AS t FROM ai_drafts WHERE id = ${id}`.execute(db)).rows[0]?.t)) ?? null;
  const setRule = (rule: Record<string, unknown>) => injectAs(app, pr, { method: 'PATCH', url: `/api/clients/${clientId}`, payload: { transcriptDeletion: rule } });
  const newSession = async () =>
    (await post(pr, `/api/clients/${clientId}/sessions`, { startsAt: '2026-05-04T15:00:00Z', durationMinutes: 53, serviceCode: '90837', modality: 'video', placeOfService: '10' })).json<{ id: string }>().id;

  it('R31 a draft made from a transcript goes when the session note is signed, if that is the client’s rule; a bullets draft stays', async () => {
    await configure({ ai: true, provider: 'local' });
    expect((await setRule({ mode: 'on_sign' })).statusCode).toBe(200);
    const sessionId = await newSession();
    const fromTranscript = (await draftReq({ source: { kind: 'transcript', text: TRANSCRIPT }, sessionId })).json<{ id: string }>().id;
    const fromBullets = (await draftReq({ sessionId })).json<{ id: string }>().id;
    const note = await post(pr, `/api/clients/${clientId}/notes`, { format: 'soap', sessionId, sections: { subjective: 'Calmer.', objective: 'Engaged.', assessment: 'Improving.', plan: 'Continue.' } });
    expect((await post(pr, `/api/notes/${note.json<{ id: string }>().id}/sign`)).statusCode).toBe(200);
    expect(await exists(fromTranscript)).toBe(false);
    expect(await exists(fromBullets)).toBe(true);
    expect((await auditOf('ai_draft.delete')).some((a) => a.resource_id === fromTranscript && a.metadata.reason === 'note_signed')).toBe(true);
    await setRule({ mode: 'never' });
  });

  it('R31 every draft is kept AI_DRAFT_RETENTION_DAYS, one from a transcript no longer than the client’s N days; the sweep deletes what is due', async () => {
    await configure({ ai: true, provider: 'local' });
    expect((await setRule({ mode: 'after_days', days: 2 })).statusCode).toBe(200);
    const t0 = Date.now();
    const fromTranscript = (await draftReq({ source: { kind: 'transcript', text: TRANSCRIPT } })).json<{ id: string }>().id;
    const fromBullets = (await draftReq()).json<{ id: string }>().id;
    const day = 86_400_000;
    const tAfter = (await deleteAfter(fromTranscript))?.getTime() ?? 0;
    const bAfter = (await deleteAfter(fromBullets))?.getTime() ?? 0;
    expect(tAfter - t0).toBeGreaterThan(2 * day - 60_000);
    expect(tAfter - t0).toBeLessThan(2 * day + 60_000);
    expect(bAfter - t0).toBeGreaterThan(rt.config.AI_DRAFT_RETENTION_DAYS * day - 60_000);
    // A draft from before delete_after was recorded is swept by age.
    const legacy = (await draftReq()).json<{ id: string }>().id;
    await rt.testDb.asAdmin((db) => sql`UPDATE ai_drafts SET delete_after = NULL, created_at = now() - interval '30 days' WHERE id = ${legacy}`.execute(db));
    // Time passes for the transcript's draft only.
    await rt.testDb.asAdmin((db) => sql`UPDATE ai_drafts SET delete_after = now() - interval '1 minute' WHERE id = ${fromTranscript}`.execute(db));
    expect(await sweepAllPractices(rt)).toBeGreaterThanOrEqual(2);
    expect(await exists(fromTranscript)).toBe(false);
    expect(await exists(legacy)).toBe(false);
    expect(await exists(fromBullets)).toBe(true);
    expect((await auditOf('ai_draft.delete')).filter((a) => [fromTranscript, legacy].includes(a.resource_id ?? '') && a.metadata.reason === 'retention_rule')).toHaveLength(2);
    await setRule({ mode: 'never' });
  });
});
