// Recording mode end to end (issue 20; R30, R46, R17, R31), in a recording deployment, on the test
// clock: consent, chunked uploads sealed as they arrive, the transcription job with the offline
// engine (Debian's pocketsphinx) on speech made by espeak-ng, the transcript saved through the
// transcripts service and drafted from, and the lifecycle that leaves no audio behind.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { TestClock } from '../../../test/clock.ts';
import { sessionFor, type TestSession } from '../../../test/auth.ts';
import { openClinic, auditRows, type Clinic } from '../clients/testkit.ts';
import { JobRunner } from '../../platform/jobs/runner.ts';
import { transcribeJobHandler } from './job.ts';
import { purgeJobHandler, RECORDING_PURGE } from './purge.ts';
import { CHUNK_BYTES } from './store.ts';
import { configureTranscription } from '../transcription/index.ts';

const hasEngine = fs.existsSync('/usr/bin/espeak-ng') && fs.existsSync('/usr/bin/pocketsphinx_continuous');

let clock: TestClock;
let c: Clinic;
let pr: TestSession;
let runner: JobRunner;

beforeAll(async () => {
  clock = new TestClock(Date.now());
  c = await openClinic({ clock, env: { TACET_RECORDING: 'enabled' } });
  pr = c.pr;
  // The seed's recording rows (test/factories.ts) have no objects behind them: start from none.
  await c.rt.testDb.asAdmin(async (db) => {
    await sql`DELETE FROM recording_chunks`.execute(db);
    await sql`DELETE FROM recordings`.execute(db);
    await sql`DELETE FROM blobs WHERE purpose = 'recording'`.execute(db);
  });
  runner = new JobRunner(c.rt.db, c.rt.logger, { now: () => clock.now(), backoffMs: () => 0 }).register(transcribeJobHandler(c.rt)).register(purgeJobHandler(c.rt));
  await runner.schedule(RECORDING_PURGE, 3600);
});
afterAll(async () => c.close());

async function newClient(): Promise<string> {
  const res = await c.call(pr, 'POST', '/api/clients', { name: 'Jordan Testperson', knownPeople: ['Maria Delacorte'] });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

async function newSession(client: string): Promise<string> {
  const res = await c.call(pr, 'POST', `/api/clients/${client}/sessions`, {
    startsAt: '2026-11-20T15:00:00Z', durationMinutes: 45, serviceCode: '90834', modality: 'video', placeOfService: '10', attendance: 'attended',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

async function consent(client: string, session: string): Promise<void> {
  expect((await c.call(pr, 'PUT', `/api/clients/${client}/recording-consent`, { consented: true, method: 'verbal' })).statusCode).toBe(200);
  expect((await c.call(pr, 'PUT', `/api/sessions/${session}/recording-consent`, { consented: true })).statusCode).toBe(200);
}

function putChunk(id: string, index: number, bytes: Buffer) {
  return c.app.inject({ method: 'PUT', url: `/api/recordings/${id}/chunks/${index}`, headers: { ...pr.headers, 'content-type': 'application/octet-stream' }, payload: bytes });
}

async function startUpload(session: string, bytes: number, contentType = 'audio/wav'): Promise<string> {
  const res = await c.call(pr, 'POST', `/api/sessions/${session}/recordings`, { contentType, totalBytes: bytes });
  expect(res.statusCode, res.body).toBe(201);
  expect(res.json()).toMatchObject({ chunkBytes: CHUNK_BYTES, receivedChunks: [], status: 'uploading' });
  return res.json<{ id: string }>().id;
}

/** Every file under the blob directory (objects and temporary files alike). */
function blobFiles(): string[] {
  const root = path.join(c.rt.dataDir, 'blobs');
  if (!fs.existsSync(root)) return [];
  return (fs.readdirSync(root, { recursive: true, withFileTypes: true })).filter((d) => d.isFile()).map((d) => path.join(d.parentPath, d.name));
}

async function rowsFor(recordingId: string): Promise<{ recordings: number; chunks: number; blobs: number }> {
  return c.rt.testDb.asAdmin(async (db) => {
    const n = async (q: ReturnType<typeof sql<{ n: string | number }>>) => Number((await q.execute(db)).rows[0]?.n ?? 0);
    return {
      recordings: await n(sql`SELECT count(*) AS n FROM recordings WHERE id = ${recordingId}`),
      chunks: await n(sql`SELECT count(*) AS n FROM recording_chunks WHERE recording_id = ${recordingId}`),
      blobs: await n(sql`SELECT count(*) AS n FROM blobs WHERE purpose = 'recording' AND practice_id = ${c.p.practiceId}`),
    };
  });
}

/** A sine tone as a 44.1 kHz stereo WAV (decodes, but holds no speech). */
function toneWav(seconds: number): Buffer {
  const frames = Math.round(44_100 * seconds);
  const b = Buffer.alloc(44 + frames * 4);
  b.write('RIFF', 0, 'latin1');
  b.writeUInt32LE(36 + frames * 4, 4);
  b.write('WAVEfmt ', 8, 'latin1');
  b.writeUInt32LE(16, 16);
  b.writeUInt16LE(1, 20);
  b.writeUInt16LE(2, 22);
  b.writeUInt32LE(44_100, 24);
  b.writeUInt32LE(44_100 * 4, 28);
  b.writeUInt16LE(4, 32);
  b.writeUInt16LE(16, 34);
  b.write('data', 36, 'latin1');
  b.writeUInt32LE(frames * 4, 40);
  for (let i = 0; i < frames; i++) {
    const v = Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / 44_100));
    b.writeInt16LE(v, 44 + i * 4);
    b.writeInt16LE(v, 46 + i * 4);
  }
  return b;
}

describe('recording mode', () => {
  let clientId: string;
  beforeAll(async () => {
    clientId = await newClient();
  });

  it('R30 an upload is refused without the client’s and the session’s consent, and consent is audited', async () => {
    const session = await newSession(clientId);
    const body = { contentType: 'audio/wav', totalBytes: 1000 };
    const none = await c.call(pr, 'POST', `/api/sessions/${session}/recordings`, body);
    expect(none.statusCode).toBe(403);
    expect(none.json()).toMatchObject({ error: { code: 'client_consent_required' } });
    // A session's consent needs the client's first.
    expect((await c.call(pr, 'PUT', `/api/sessions/${session}/recording-consent`, { consented: true })).json()).toMatchObject({ error: { code: 'client_consent_required' } });
    const given = await c.call(pr, 'PUT', `/api/clients/${clientId}/recording-consent`, { consented: true, method: 'written' });
    expect(given.json()).toMatchObject({ clientId, consented: true, method: 'written' });
    const clientOnly = await c.call(pr, 'POST', `/api/sessions/${session}/recordings`, body);
    expect(clientOnly.statusCode).toBe(403);
    expect(clientOnly.json()).toMatchObject({ error: { code: 'session_consent_required' } });
    expect((await c.call(pr, 'PUT', `/api/sessions/${session}/recording-consent`, { consented: true })).json()).toMatchObject({ sessionId: session, consented: true });
    expect((await c.call(pr, 'POST', `/api/sessions/${session}/recordings`, body)).statusCode).toBe(201);
    // WebM has no decoder here: refused before any byte is sent.
    expect((await c.call(pr, 'POST', `/api/sessions/${session}/recordings`, { ...body, contentType: 'audio/webm' })).json()).toMatchObject({ error: { code: 'unsupported_audio_type' } });
    // Withdrawn for the client: no new upload, whatever the session said.
    await c.call(pr, 'PUT', `/api/clients/${clientId}/recording-consent`, { consented: false, method: 'verbal' });
    expect((await c.call(pr, 'POST', `/api/sessions/${session}/recordings`, body)).json()).toMatchObject({ error: { code: 'client_consent_required' } });
    await c.call(pr, 'PUT', `/api/clients/${clientId}/recording-consent`, { consented: true, method: 'verbal' });
    // Another practitioner cannot record this client's consent or upload for its session.
    expect((await c.call(c.other, 'PUT', `/api/clients/${clientId}/recording-consent`, { consented: true, method: 'verbal' })).statusCode).toBe(404);
    expect((await c.call(c.other, 'POST', `/api/sessions/${session}/recordings`, body)).statusCode).toBe(404);
    const events = await auditRows(c, 'recording.consent');
    expect(events.length).toBe(4); // the refused and the foreign attempts recorded nothing
    expect(events.at(-1)?.metadata).toEqual({ client: clientId, consented: true, method: 'verbal' });
  });

  it('R30 R46 consent can be read back (never asked, given, withdrawn), each read audited, and only by the client’s practitioner', async () => {
    const client = await newClient();
    const session = await newSession(client);
    const readClient = async (who = pr) => c.call(who, 'GET', `/api/clients/${client}/recording-consent`);
    const readSession = async (who = pr) => c.call(who, 'GET', `/api/sessions/${session}/recording-consent`);
    expect((await readClient()).json()).toEqual({ clientId: client, consented: false, method: null, recordedAt: null });
    expect((await readSession()).json()).toEqual({ sessionId: session, consented: false, recordedAt: null });
    const consentsBefore = (await auditRows(c, 'recording.consent')).length;
    await consent(client, session);
    const given = (await readClient()).json<{ consented: boolean; method: string; recordedAt: string }>();
    expect(given).toEqual({ clientId: client, consented: true, method: 'verbal', recordedAt: clock.now().toISOString() });
    expect((await readSession()).json()).toEqual({ sessionId: session, consented: true, recordedAt: clock.now().toISOString() });
    // Reading records no new consent event; withdrawing is still a PUT, and reads back as declined.
    expect((await auditRows(c, 'recording.consent')).length).toBe(consentsBefore + 2);
    clock.advance(60_000);
    expect((await c.call(pr, 'PUT', `/api/sessions/${session}/recording-consent`, { consented: false })).statusCode).toBe(200);
    expect((await readSession()).json()).toEqual({ sessionId: session, consented: false, recordedAt: clock.now().toISOString() });
    // Another practitioner of the practice, or of another practice, gets nothing.
    for (const who of [c.other, c.foreign]) {
      expect((await readClient(who)).statusCode).toBe(404);
      expect((await readSession(who)).statusCode).toBe(404);
    }
    const reads = (await auditRows(c, 'recording.consent_read')).filter((r) => (r.metadata as { client?: string }).client === client);
    expect(reads.map((r) => r.resource_id)).toEqual([client, session, client, session, session]);
  });

  it('R30 R42 R12 an upload is refused before the transcription vendor’s BAA, and for a client with AI off when transcription is remote', async () => {
    const session = await newSession(clientId);
    await consent(clientId, session);
    const body = { contentType: 'audio/wav', totalBytes: 1000 };
    const vendorId = crypto.randomUUID();
    configureTranscription({ TRANSCRIBE_DEEPGRAM_API_KEY: 'test-key-not-used' });
    await c.rt.testDb.asAdmin(async (db) => {
      await sql`INSERT INTO subprocessors (id, practice_id, name, category, provider, purpose, data_categories, baa_status, baa_signed_on, zero_retention, no_training)
                VALUES (${vendorId}, ${c.p.practiceId}, 'Deepgram', 'transcription', 'deepgram', 'Transcription', ${['audio']}, 'pending', NULL, true, true)`.execute(db);
      await sql`UPDATE practice_settings SET transcription_provider = 'deepgram', transcription_vendor_id = ${vendorId}, ai_enabled = true WHERE practice_id = ${c.p.practiceId}`.execute(db);
    });
    try {
      const unsigned = await c.call(pr, 'POST', `/api/sessions/${session}/recordings`, body);
      expect(unsigned.statusCode).toBe(409);
      expect(unsigned.json()).toMatchObject({ error: { code: 'vendor_baa_unsigned' } });
      await c.rt.testDb.asAdmin((db) => sql`UPDATE subprocessors SET baa_status = 'signed', baa_signed_on = '2026-01-02' WHERE id = ${vendorId}`.execute(db));
      await c.rt.testDb.asAdmin((db) => sql`UPDATE clients SET ai_disabled = true WHERE id = ${clientId}`.execute(db));
      const clientOff = await c.call(pr, 'POST', `/api/sessions/${session}/recordings`, body);
      expect(clientOff.statusCode).toBe(409);
      expect(clientOff.json()).toMatchObject({ error: { code: 'ai_disabled_client' } });
      await c.rt.testDb.asAdmin((db) => sql`UPDATE clients SET ai_disabled = false WHERE id = ${clientId}`.execute(db));
      expect((await c.call(pr, 'POST', `/api/sessions/${session}/recordings`, body)).statusCode).toBe(201);
      // Offline transcription sends nothing anywhere: the client's AI switch does not stop it.
      await c.rt.testDb.asAdmin(async (db) => {
        await sql`UPDATE clients SET ai_disabled = true WHERE id = ${clientId}`.execute(db);
        await sql`UPDATE practice_settings SET transcription_provider = 'pocketsphinx', transcription_vendor_id = NULL, ai_enabled = false WHERE practice_id = ${c.p.practiceId}`.execute(db);
      });
      expect((await c.call(pr, 'POST', `/api/sessions/${session}/recordings`, body)).statusCode).toBe(201);
    } finally {
      await c.rt.testDb.asAdmin(async (db) => {
        await sql`UPDATE clients SET ai_disabled = false WHERE id = ${clientId}`.execute(db);
        await sql`UPDATE practice_settings SET transcription_provider = 'pocketsphinx', transcription_vendor_id = NULL, ai_enabled = false WHERE practice_id = ${c.p.practiceId}`.execute(db);
        await sql`DELETE FROM recordings WHERE session_id = ${session}`.execute(db);
      });
      configureTranscription({});
    }
  });

  it('R17 R30 an interrupted upload, abandoned or deleted, leaves no rows, no blob objects and no temporary files', async () => {
    const session = await newSession(clientId);
    await consent(clientId, session);
    const before = blobFiles().length;
    const audio = toneWav(7); // 1.2 MB: two chunks
    // Deleted by hand after one chunk.
    const a = await startUpload(session, audio.length);
    expect((await putChunk(a, 0, audio.subarray(0, CHUNK_BYTES))).json()).toEqual({ receivedChunks: [0] });
    expect((await putChunk(a, 0, audio.subarray(0, CHUNK_BYTES))).json()).toEqual({ receivedChunks: [0] }); // idempotent
    expect(blobFiles().length).toBe(before + 1);
    expect((await c.call(pr, 'POST', `/api/recordings/${a}/complete`)).json()).toMatchObject({ error: { code: 'chunks_missing' } });
    expect((await c.call(pr, 'DELETE', `/api/recordings/${a}`)).statusCode).toBe(204);
    expect(await rowsFor(a)).toEqual({ recordings: 0, chunks: 0, blobs: 0 });
    expect(blobFiles().length).toBe(before);
    expect((await putChunk(a, 1, audio.subarray(CHUNK_BYTES))).statusCode).toBe(404);

    // Abandoned: nothing for 24 hours, then the scheduled purge removes it all.
    const b = await startUpload(session, audio.length);
    await putChunk(b, 1, audio.subarray(CHUNK_BYTES));
    clock.advance(23 * 3_600_000);
    await runPurge();
    expect((await rowsFor(b)).recordings).toBe(1); // not idle long enough yet
    clock.advance(2 * 3_600_000);
    await runPurge();
    expect(await rowsFor(b)).toEqual({ recordings: 0, chunks: 0, blobs: 0 });
    expect(blobFiles().length).toBe(before);
    expect((await auditRows(c, 'recording.purge')).at(-1)).toMatchObject({ resource_id: b, metadata: { reason: 'abandoned', chunks: 1 } });
    pr = await sessionFor(c.rt, { userId: c.p.users.practitioner, practiceId: c.p.practiceId, stage: 'full' }); // the clock moved on
  });

  it('R17 untranscribed audio is purged by the scheduled job after 30 days', async () => {
    const session = await newSession(clientId);
    await consent(clientId, session);
    const audio = toneWav(1);
    const id = await startUpload(session, audio.length);
    await putChunk(id, 0, audio);
    expect((await c.call(pr, 'POST', `/api/recordings/${id}/complete`)).statusCode).toBe(202);
    // Its transcription job waits (as if the engine were down for a month): take it out of the way.
    await c.rt.testDb.asAdmin((db) => sql`UPDATE jobs SET run_at = run_at + interval '60 days' WHERE kind = 'recording.transcribe'`.execute(db));
    expect((await rowsFor(id)).blobs).toBe(1);
    clock.advance(29 * 86_400_000);
    await runPurge();
    expect((await rowsFor(id)).recordings).toBe(1);
    clock.advance(86_400_000 + 1000);
    await runPurge();
    expect(await rowsFor(id)).toEqual({ recordings: 0, chunks: 0, blobs: 0 });
    expect((await auditRows(c, 'recording.purge')).at(-1)).toMatchObject({ resource_id: id, metadata: { reason: 'untranscribed_30_days', status: 'queued' } });
    pr = await sessionFor(c.rt, { userId: c.p.users.practitioner, practiceId: c.p.practiceId, stage: 'full' });
  });

  it('R17 R32 deleting a session takes its recordings, their audio and their jobs with it', async () => {
    const session = await newSession(clientId);
    await consent(clientId, session);
    const audio = toneWav(1);
    const done = await startUpload(session, audio.length);
    await putChunk(done, 0, audio);
    expect((await c.call(pr, 'POST', `/api/recordings/${done}/complete`)).statusCode).toBe(202);
    const partial = await startUpload(session, audio.length + CHUNK_BYTES);
    await putChunk(partial, 0, Buffer.concat([audio, Buffer.alloc(CHUNK_BYTES - audio.length)]));
    expect(blobFiles().length).toBe(2);
    const res = await c.call(pr, 'DELETE', `/api/therapy-sessions/${session}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ counts: { recordings: 2, recording_chunks: 1, recording_consents: 1, jobs: 1, therapy_sessions: 1 } });
    for (const id of [done, partial]) expect(await rowsFor(id)).toEqual({ recordings: 0, chunks: 0, blobs: 0 });
    expect(blobFiles()).toEqual([]);
    const jobs = await c.rt.testDb.asAdmin(async (db) => (await sql<{ n: string | number }>`SELECT count(*) AS n FROM jobs WHERE kind = 'recording.transcribe' AND payload->>'recordingId' = ${done}`.execute(db)).rows[0]?.n);
    expect(Number(jobs)).toBe(0);
  });

  it.skipIf(!hasEngine)('R46 R30 R17 R35 a spoken WAV goes upload → sealed blob → transcript (redacted, sealed) → draft, and the audio is gone', async () => {
    const session = await newSession(clientId);
    await consent(clientId, session);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tacet-rec-'));
    const file = path.join(dir, 'speech.wav');
    execFileSync('espeak-ng', ['-v', 'en-us+klatt', '-s', '150', '-w', file, 'I felt anxious all week and could not sleep.']);
    const audio = fs.readFileSync(file); // 22.05 kHz mono: the job resamples it
    fs.rmSync(dir, { recursive: true, force: true });
    const id = await startUpload(session, audio.length);
    expect((await putChunk(id, 0, audio)).json()).toEqual({ receivedChunks: [0] });
    expect((await c.call(pr, 'POST', `/api/recordings/${id}/complete`)).json()).toEqual({ status: 'queued' });
    expect((await c.call(pr, 'GET', `/api/recordings/${id}`)).json()).toMatchObject({ status: 'queued', transcriptId: null });

    // One sealed object in the blob store: not the audio's bytes, not even its WAV header.
    const objects = blobFiles();
    const sealed = Buffer.concat(objects.map((f) => fs.readFileSync(f)));
    expect(sealed.includes(Buffer.from('RIFF'))).toBe(false);
    expect(sealed.includes(audio.subarray(44, 300))).toBe(false);
    expect(sealed.subarray(0, 4).toString('latin1')).toBe('TCSS');

    expect(await runner.runOnce()).toBe(true);
    const status = (await c.call(pr, 'GET', `/api/recordings/${id}`)).json<{ status: string; transcriptId: string | null; error: string | null }>();
    expect(status).toMatchObject({ status: 'transcribed', error: null });

    // The transcript: saved through the transcripts service, redacted at save (the practice's setting), sealed.
    const t = (await c.call(pr, 'GET', `/api/sessions/${session}/transcript`)).json<{ id: string; text: string; redacted: boolean }>();
    expect(t.id).toBe(status.transcriptId);
    expect(t.redacted).toBe(true);
    expect(t.text).toMatch(/\bweek\b/); // pocketsphinx heard the speech (not every word of it)
    expect(t.text).toMatch(/^\[00:0\d\] \S/);
    const raw = await c.rt.testDb.asAdmin(async (db) => (await sql<{ t: Buffer }>`SELECT text_sealed AS t FROM transcripts WHERE id = ${t.id}`.execute(db)).rows[0]?.t);
    expect(Buffer.from(raw ?? []).toString('latin1')).not.toContain(t.text.slice(8, 20));

    // The audio is gone at once: no object, no row, and the deletion is on the trail as verified.
    expect(await rowsFor(id)).toMatchObject({ chunks: 0, blobs: 0 });
    expect(blobFiles()).toEqual([]);
    expect((await auditRows(c, 'recording.audio_deleted')).at(-1)).toMatchObject({ resource_id: id, metadata: { reason: 'transcribed', verified: true } });

    // It is a normal transcript: the drafter takes it.
    await c.rt.testDb.asAdmin((db) => sql`UPDATE practice_settings SET ai_enabled = true, ai_provider = 'local' WHERE practice_id = ${c.p.practiceId}`.execute(db));
    const draft = await c.call(pr, 'POST', `/api/clients/${clientId}/drafts`, { format: 'soap', source: { kind: 'transcript', text: t.text }, sessionId: session });
    expect(draft.statusCode, draft.body).toBe(201);
    expect(draft.json()).toMatchObject({ status: 'done' });
  });

  it('R17 a transcription that keeps failing keeps its audio only until the retry window ends', async () => {
    const session = await newSession(clientId);
    await consent(clientId, session);
    const audio = toneWav(1);
    const id = await startUpload(session, audio.length);
    await putChunk(id, 0, audio);
    await c.call(pr, 'POST', `/api/recordings/${id}/complete`);
    // The engine fails every time (it exits with an error: worth retrying, until the window ends).
    configureTranscription({ TRANSCRIBE_POCKETSPHINX_BIN: '/bin/false' });
    try {
      for (let attempt = 1; attempt <= 2; attempt++) {
        expect(await runner.runOnce()).toBe(true);
        expect((await c.call(pr, 'GET', `/api/recordings/${id}`)).json()).toMatchObject({ status: 'queued', error: 'transcription_unavailable' });
        expect((await rowsFor(id)).blobs).toBe(1); // kept for the next attempt
      }
      expect(await runner.runOnce()).toBe(true);
    } finally {
      configureTranscription({});
    }
    expect((await c.call(pr, 'GET', `/api/recordings/${id}`)).json()).toMatchObject({ status: 'failed', error: 'transcription_unavailable' });
    expect(await rowsFor(id)).toMatchObject({ recordings: 1, blobs: 0 });
    expect(blobFiles()).toEqual([]);
    expect((await auditRows(c, 'recording.audio_deleted')).at(-1)).toMatchObject({ resource_id: id, metadata: { reason: 'failed', verified: true } });

    // Audio that is not audio fails at once (no retry can mend it), and goes at once.
    const junk = Buffer.alloc(2000, 7);
    const bad = await startUpload(session, junk.length);
    await putChunk(bad, 0, junk);
    await c.call(pr, 'POST', `/api/recordings/${bad}/complete`);
    expect(await runner.runOnce()).toBe(true);
    expect((await c.call(pr, 'GET', `/api/recordings/${bad}`)).json()).toMatchObject({ status: 'failed', error: 'audio_unreadable' });
    expect(await rowsFor(bad)).toMatchObject({ recordings: 1, blobs: 0 });
  });
});

async function runPurge(): Promise<void> {
  // The recurring row is due at its interval; make it due now on the test clock and run it.
  await c.rt.testDb.asAdmin((db) => sql`UPDATE jobs SET run_at = ${clock.now()} WHERE kind = ${RECORDING_PURGE} AND status = 'queued'`.execute(db));
  expect(await runner.runOnce()).toBe(true);
}
