// Faithful drafts in the note (issue 15): a note keeps the labelled sentences of the AI draft it
// used, sealed, after the draft is gone; the server refuses to sign while a contradicted risk
// sentence is still there as drafted, unless the clinician confirms it with a reason from the
// list, audited as a category. The drafts come from the on-premises path: a local HTTP server
// speaking the OpenAI-compatible API, reached through the official SDK. Synthetic data only.
import crypto from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createTestRuntime, type TestRuntime } from '../../../test/runtime.ts';
import { seedPractice, type SeededPractice } from '../../../test/factories.ts';
import { injectAs, sessionFor, type TestSession } from '../../../test/auth.ts';
import { startAiStub, type AiStub } from '../../../test/ai-stubs.ts';
import { buildApp } from '../../http/server.ts';
import { withTenant } from '../../db/tenant.ts';

const BULLETS = [
  '- Client denies suicidal ideation this week.',
  '- Client slept six hours most nights, up from four.',
  '- Client denies SI and HI when asked directly.',
  '- Client mentioned drinking four beers at a wedding on Saturday.',
  '- Plan: continue weekly CBT.',
].join('\n');

const CONTRADICTED = 'Client endorses suicidal ideation this week.';
const DENIED = 'Client denies SI/HI.';
// The model's answer: one sentence turns the source's denial into an endorsement; the beers are left out.
const ANSWER = JSON.stringify({
  sections: [
    { key: 'subjective', sentences: [{ text: CONTRADICTED, sourceIds: ['s1'] }, { text: 'Client slept six hours most nights, up from four.', sourceIds: ['s2'] }] },
    { key: 'objective', sentences: [{ text: 'Client denied SI and HI when asked directly.', sourceIds: ['s3'] }] },
    { key: 'assessment', sentences: [{ text: DENIED, sourceIds: ['s3'] }] },
    { key: 'plan', sentences: [{ text: 'Continue weekly CBT.', sourceIds: ['s5'] }] },
  ],
  goalSuggestions: [],
});

interface AiSentence {
  n: number;
  section: string;
  text: string;
  label: string;
  reasons: string[];
  risk: string[];
  riskPolarity: 'present' | 'denied' | null;
  present: boolean;
  blocking: boolean;
  confirmed: string | null;
}
interface Note {
  id: string;
  status: string;
  integrity: string;
  sections: Array<{ key: string; text: string }>;
  ai: { drafts: Array<{ id: string; provider: string }>; sentences: AiSentence[]; omittedRisks: Array<{ category: string; polarity: string }> } | null;
}
type ErrorBody = { error: { code: string; message: string } };

let stub: AiStub;
let rt: TestRuntime;
let app: FastifyInstance;
let p: SeededPractice;
let pr: TestSession;
let owner: TestSession;
let colleague: TestSession;
let clientId: string;
let onpremId: string;

const call = (s: TestSession, method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown): Promise<LightMyRequestResponse> =>
  injectAs(app, s, payload === undefined ? { method, url } : { method, url, payload: payload as never });

async function auditOf(action: string): Promise<Array<{ outcome: string; metadata: Record<string, unknown>; resource_id: string | null }>> {
  return rt.testDb.asAdmin(async (db) => {
    const rows = (await db.selectFrom('audit_events').select(['outcome', 'metadata', 'resource_id']).where('practice_id', '=', p.practiceId).where('action', '=', action).orderBy('seq').execute()) as Array<{
      outcome: string;
      metadata: unknown;
      resource_id: string | null;
    }>;
    return rows.map((r) => ({ ...r, metadata: (typeof r.metadata === 'string' ? JSON.parse(r.metadata) : r.metadata) as Record<string, unknown> }));
  });
}

const settings = (over: Record<string, unknown> = {}) => ({ aiEnabled: true, aiProvider: 'onprem', aiVendorId: onpremId, redactTranscripts: true, activeTopics: [], customTopics: [], ...over });

async function draft(): Promise<{ id: string; draft: { sections: Array<{ key: string; sentences: Array<{ text: string; label: string; riskPolarity: string | null; reasons: string[] }> }> }; omittedRisks: Array<{ category: string; polarity: string }> }> {
  const res = await call(pr, 'POST', `/api/clients/${clientId}/drafts`, { format: 'soap', source: { kind: 'bullets', text: BULLETS } });
  expect(res.statusCode).toBe(201);
  return res.json();
}

/** A note filled the way the editor fills it: each section's sentences joined, with the draft's id. */
async function noteFromDraft(d: Awaited<ReturnType<typeof draft>>): Promise<Note> {
  const created = await call(pr, 'POST', `/api/clients/${clientId}/notes`, { format: 'soap' });
  expect(created.statusCode).toBe(201);
  const sections = Object.fromEntries(d.draft.sections.map((s) => [s.key, s.sentences.map((x) => x.text).join(' ')]));
  const res = await call(pr, 'PATCH', `/api/notes/${created.json<Note>().id}`, { sections, aiDraftId: d.id });
  expect(res.statusCode).toBe(200);
  return res.json<Note>();
}

const sentence = (n: Note, text: string): AiSentence => n.ai!.sentences.find((s) => s.text === text)!;

beforeAll(async () => {
  stub = await startAiStub();
  rt = await createTestRuntime({ AI_ONPREM_BASE_URL: `${stub.url}/v1`, AI_ONPREM_MODEL: 'llama-3.1-8b-instruct', AI_TIMEOUT_MS: '2000', AI_MAX_RETRIES: '0' });
  app = await buildApp(rt, { rateLimitPerMinute: 100_000 });
  await app.ready();
  p = await seedPractice(rt.db, 'AiSign');
  pr = await sessionFor(rt, { userId: p.users.practitioner, practiceId: p.practiceId });
  owner = await sessionFor(rt, { userId: p.users.owner, practiceId: p.practiceId });
  const colleagueId = crypto.randomUUID();
  await withTenant(rt.db, { practiceId: p.practiceId, userId: colleagueId, roles: ['system'] }, async (trx) => {
    await trx.insertInto('users').values({ id: colleagueId, email: `colleague.${colleagueId.slice(0, 8)}@example.test`, name: 'Test colleague' }).execute();
    await trx.insertInto('memberships').values({ practice_id: p.practiceId, user_id: colleagueId, role: 'practitioner' }).execute();
  });
  colleague = await sessionFor(rt, { userId: colleagueId, practiceId: p.practiceId });
  const client = await call(pr, 'POST', '/api/clients', { name: 'Wren', pseudonym: true });
  expect(client.statusCode).toBe(201);
  clientId = client.json<{ id: string }>().id;
  // The practice's own model server in the registry: kind on-premises, no BAA on file.
  const entry = await call(owner, 'POST', '/api/practice/subprocessors', {
    name: 'Practice model server',
    category: 'ai',
    provider: 'onprem',
    purpose: 'Drafting notes on our own hardware',
    baaStatus: 'none',
    baaSignedOn: null,
  });
  expect(entry.statusCode).toBe(201);
  expect(entry.json()).toMatchObject({ kind: 'on_premises', provider: 'onprem', baaStatus: 'none' });
  onpremId = entry.json<{ id: string }>().id;
  const on = await call(owner, 'PUT', '/api/practice/settings', settings());
  expect(on.statusCode).toBe(200);
  expect(on.json()).toMatchObject({ aiEnabled: true, aiProvider: 'onprem', onPremises: { configured: true, model: 'llama-3.1-8b-instruct' } });
});
afterAll(async () => {
  await app.close();
  await rt.close();
  await stub.close();
});
beforeEach(() => {
  stub.requests.length = 0;
  stub.mode = { kind: 'raw', text: ANSWER };
});

describe('on-premises model server (issue 15, part 7)', () => {
  it('R27 R42 drafts through the OpenAI-compatible API of the configured server with no BAA on file; nothing identifying leaves', async () => {
    const d = await draft();
    expect(stub.requests).toHaveLength(1);
    expect(stub.requests[0]!.path).toBe('/v1/chat/completions');
    expect(stub.requests[0]!.json).toMatchObject({ model: 'llama-3.1-8b-instruct', response_format: { type: 'json_schema' } });
    expect(stub.requests[0]!.body).not.toContain('Wren');
    const ok = (await auditOf('ai.draft')).filter((a) => a.outcome === 'success').at(-1)!;
    expect(ok.metadata).toMatchObject({ provider: 'onprem', model: 'llama-3.1-8b-instruct', draftId: d.id });
    // How many sentences contradict their source is on the trail as a count, never as text.
    expect(ok.metadata.contradicted).toBeGreaterThanOrEqual(1);
  });

  it('R42 the practice switch, the client switch and the registry still decide', async () => {
    expect((await call(owner, 'PUT', '/api/practice/settings', settings({ aiEnabled: false }))).statusCode).toBe(200);
    const off = await call(pr, 'POST', `/api/clients/${clientId}/drafts`, { format: 'soap', source: { kind: 'bullets', text: BULLETS } });
    expect(off.json<ErrorBody>().error.code).toBe('ai_disabled_practice');
    expect((await call(owner, 'PUT', '/api/practice/settings', settings())).statusCode).toBe(200);
    expect((await call(pr, 'PATCH', `/api/clients/${clientId}`, { aiDisabled: true })).statusCode).toBe(200);
    const clientOff = await call(pr, 'POST', `/api/clients/${clientId}/drafts`, { format: 'soap', source: { kind: 'bullets', text: BULLETS } });
    expect(clientOff.json<ErrorBody>().error.code).toBe('ai_disabled_client');
    expect((await call(pr, 'PATCH', `/api/clients/${clientId}`, { aiDisabled: false })).statusCode).toBe(200);
    expect(stub.requests).toHaveLength(0);
    // A vendor entry cannot stand in for the on-premises server, and it needs its BAA anyway.
    const vendor = await call(owner, 'POST', '/api/practice/subprocessors', { name: 'Cloud AI', category: 'ai', provider: 'openai', purpose: 'Drafting', baaStatus: 'none', baaSignedOn: null });
    expect(vendor.json()).toMatchObject({ kind: 'vendor' });
    const wrong = await call(owner, 'PUT', '/api/practice/settings', settings({ aiVendorId: vendor.json<{ id: string }>().id }));
    expect(wrong.json<ErrorBody>().error.code).toBe('vendor_wrong_kind');
  });
});

describe('a note remembers its AI sentences, and signing heeds them (R03)', () => {
  it('R03 R19 R13 the labelled sentences are copied into the note, sealed under the author’s key, and outlive the draft', async () => {
    const d = await draft();
    const labelled = d.draft.sections.flatMap((s) => s.sentences);
    expect(labelled.find((s) => s.text === CONTRADICTED)).toMatchObject({ label: 'CONTRADICTED', riskPolarity: 'present' });
    expect(labelled.find((s) => s.text === DENIED)).toMatchObject({ label: 'SUPPORTED', riskPolarity: 'denied' });
    // The beers: a risk in the source the draft left out, an alarm (polarity present).
    expect(d.omittedRisks).toEqual(expect.arrayContaining([expect.objectContaining({ category: 'substance', polarity: 'present' })]));
    const note = await noteFromDraft(d);
    expect(note.ai!.drafts).toEqual([expect.objectContaining({ id: d.id, provider: 'onprem' })]);
    expect(sentence(note, CONTRADICTED)).toMatchObject({ label: 'CONTRADICTED', risk: ['suicide'], riskPolarity: 'present', present: true, blocking: true, confirmed: null });
    // The reasons in words travel with the sentence, as the engine gave them.
    const drafted = labelled.find((s) => s.text === CONTRADICTED)!;
    expect(drafted.reasons.length).toBeGreaterThan(0);
    expect(sentence(note, CONTRADICTED).reasons).toEqual(drafted.reasons);
    expect(sentence(note, DENIED)).toMatchObject({ riskPolarity: 'denied', blocking: false });
    expect(note.ai!.omittedRisks).toEqual(expect.arrayContaining([{ category: 'substance', polarity: 'present' }]));
    // At rest: ciphertext only, and the draft's id as the link.
    const raw = await rt.testDb.asAdmin(async (db) => (await sql<{ ai_draft_id: string; ai: string }>`SELECT ai_draft_id, encode(ai_sealed, 'escape') AS ai FROM notes WHERE id = ${note.id}`.execute(db)).rows[0]!);
    expect(raw.ai_draft_id).toBe(d.id);
    expect(raw.ai).not.toContain('suicidal');
    expect((await auditOf('note.update')).at(-1)?.metadata).toMatchObject({ aiDraftId: d.id });
    // The draft is deleted; the note keeps what it took from it.
    expect((await call(pr, 'DELETE', `/api/drafts/${d.id}`)).statusCode).toBe(200);
    const again = (await call(pr, 'GET', `/api/notes/${note.id}`)).json<Note>();
    expect(sentence(again, CONTRADICTED)).toMatchObject({ label: 'CONTRADICTED', blocking: true });
  });

  it('R03 refuses to sign while a contradicted risk sentence is in the note as drafted, naming it by index, never by its words', async () => {
    const note = await noteFromDraft(await draft());
    const res = await call(pr, 'POST', `/api/notes/${note.id}/sign`);
    expect(res.statusCode).toBe(409);
    const err = res.json<ErrorBody>().error;
    expect(err.code).toBe('ai_contradiction_unconfirmed');
    expect(err.message).toContain(`ai.sentences.${sentence(note, CONTRADICTED).n}:`);
    expect(err.message).toContain('Subjective section');
    expect(err.message).toContain('accurate_as_written');
    expect(err.message).not.toMatch(/suicid|endorses/i);
    const still = (await call(pr, 'GET', `/api/notes/${note.id}`)).json<Note>();
    expect(still.status).toBe('draft');
    expect(await auditOf('note.ai_confirm')).toEqual([]);
  });

  it('R03 an edited contradicted sentence no longer blocks: the note signs without a confirmation', async () => {
    const note = await noteFromDraft(await draft());
    const subjective = note.sections.find((s) => s.key === 'subjective')!.text.replace(CONTRADICTED, 'Client denies suicidal ideation this week.');
    const edited = (await call(pr, 'PATCH', `/api/notes/${note.id}`, { sections: { subjective } })).json<Note>();
    expect(sentence(edited, CONTRADICTED)).toMatchObject({ present: false, blocking: false });
    const signed = await call(pr, 'POST', `/api/notes/${note.id}/sign`);
    expect(signed.statusCode).toBe(200);
    expect(signed.json<Note>()).toMatchObject({ status: 'signed', integrity: 'verified' });
    expect((await auditOf('note.sign')).at(-1)?.metadata).toMatchObject({ aiConfirmed: 0 });
  });

  it('R03 R23 R24 a confirmation with a reason from the list signs; the reason is sealed with the note and audited as a category only', async () => {
    const note = await noteFromDraft(await draft());
    const n = sentence(note, CONTRADICTED).n;
    const free = await call(pr, 'POST', `/api/notes/${note.id}/sign`, { confirmations: [{ sentence: n, reason: 'the client told me so' }] });
    expect(free.statusCode).toBe(400);
    const notContradicted = await call(pr, 'POST', `/api/notes/${note.id}/sign`, { confirmations: [{ sentence: sentence(note, DENIED).n, reason: 'accurate_as_written' }] });
    expect(notContradicted.statusCode).toBe(400);
    expect(notContradicted.json<ErrorBody>().error.message).toBe('body.confirmations.0.sentence: is not a contradicted risk sentence of this note');
    const res = await call(pr, 'POST', `/api/notes/${note.id}/sign`, { confirmations: [{ sentence: n, reason: 'source_incomplete' }] });
    expect(res.statusCode).toBe(200);
    const signed = res.json<Note>();
    expect(signed).toMatchObject({ status: 'signed', integrity: 'verified' });
    expect(sentence(signed, CONTRADICTED)).toMatchObject({ confirmed: 'source_incomplete', blocking: false });
    const events = (await auditOf('note.ai_confirm')).filter((e) => e.resource_id === note.id);
    expect(events).toHaveLength(1);
    expect(events[0]!.metadata).toEqual({ reason: 'source_incomplete', sentence: n, risk: 'suicide', draftId: note.ai!.drafts[0]!.id });
    expect((await auditOf('note.sign')).at(-1)?.metadata).toMatchObject({ aiConfirmed: 1 });
    // The signed note's AI record is part of what was signed: the database refuses to change it.
    const tamper = rt.testDb.asAdmin((db) => sql`UPDATE notes SET ai_sealed = NULL, ai_draft_id = NULL WHERE id = ${note.id}`.execute(db));
    await expect(tamper).rejects.toThrow(/signed note cannot be changed/);
  });

  it('R22 R19 only the author sees the AI record; a colleague cannot use another’s draft', async () => {
    const d = await draft();
    const note = await noteFromDraft(d);
    expect(note.ai).not.toBeNull();
    const other = await call(colleague, 'POST', `/api/clients/${clientId}/notes`, { format: 'soap' });
    // The colleague has no access to this client at all: no note, no draft.
    expect(other.statusCode).toBe(404);
    const created = (await call(pr, 'POST', `/api/clients/${clientId}/notes`, { format: 'dap' })).json<Note>();
    const wrongFormat = await call(pr, 'PATCH', `/api/notes/${created.id}`, { aiDraftId: d.id });
    expect(wrongFormat.json<ErrorBody>().error.message).toBe('body.aiDraftId: was drafted in another note format');
    const missing = await call(pr, 'PATCH', `/api/notes/${created.id}`, { aiDraftId: crypto.randomUUID() });
    expect(missing.json<ErrorBody>().error.message).toBe('body.aiDraftId: is not one of your AI drafts');
  });
});
