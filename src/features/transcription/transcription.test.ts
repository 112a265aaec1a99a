// Transcription providers and the transcription gate (issue 20 item 3). The network providers
// run through their official SDKs against a local server speaking their APIs
// (test/transcription-server.ts): the requests really go over HTTP. The offline provider runs
// Debian's pocketsphinx on speech espeak-ng generated.
import crypto from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestRuntime, type TestRuntime } from '../../../test/runtime.ts';
import { seedPractice, type SeededPractice } from '../../../test/factories.ts';
import { injectAs, sessionFor, type TestSession } from '../../../test/auth.ts';
import { startTranscriptionServer, type TranscriptionServer } from '../../../test/transcription-server.ts';
import { speak } from '../../../test/speech.ts';
import { buildApp } from '../../http/server.ts';
import { systemContext, withTenant } from '../../db/tenant.ts';
import { configureTranscription, formatTranscript, transcribe, transcriptionGate, transcriptionRoutes, TranscriptionError, type PreparedAudio } from './index.ts';
import { pocketsphinxSegments } from './providers/pocketsphinx.ts';
import { wavFile } from './wav.ts';

let rt: TestRuntime;
let app: FastifyInstance;
let p: SeededPractice;
let owner: TestSession;
let pr: TestSession;
let srv: TranscriptionServer;
let clientOn: string;
let clientOff: string;
let speech: PreparedAudio;
/** A short tone-free WAV for the network providers (the test server answers with given segments). */
const silence: PreparedAudio = { wav: wavFile(Buffer.alloc(16_000 * 2)), durationSeconds: 1 };

const env = () => ({
  TRANSCRIBE_OPENAI_BASE_URL: srv.openaiUrl,
  TRANSCRIBE_OPENAI_API_KEY: 'sk-test-whisper',
  TRANSCRIBE_OPENAI_MODEL: 'whisper-large-v3',
  TRANSCRIBE_DEEPGRAM_API_KEY: 'dg-test-key',
  TRANSCRIBE_DEEPGRAM_BASE_URL: srv.deepgramUrl,
});

beforeAll(async () => {
  rt = await createTestRuntime();
  srv = await startTranscriptionServer({ kind: 'segments', segments: [] });
  configureTranscription(env());
  app = await buildApp(rt, { rateLimitPerMinute: 100_000 });
  // In a recording deployment the recording module registers these; here the test does.
  transcriptionRoutes(app, rt);
  await app.ready();
  p = await seedPractice(rt.db, 'Transcription');
  owner = await sessionFor(rt, { userId: p.users.owner, practiceId: p.practiceId });
  pr = await sessionFor(rt, { userId: p.users.practitioner, practiceId: p.practiceId });
  const mk = async (aiDisabled: boolean) => {
    const res = await injectAs(app, pr, { method: 'POST', url: '/api/clients', payload: { name: aiDisabled ? 'Q.Z.' : 'X.Y.', aiDisabled } });
    expect(res.statusCode).toBe(201);
    return res.json<{ id: string }>().id;
  };
  clientOn = await mk(false);
  clientOff = await mk(true);
  speech = await speak('I feel a little better than last time. [[_::_::_::_::_::_::_::_::_::_::_::_::]] How have you been sleeping this week?');
}, 60_000);
afterAll(async () => {
  await app.close();
  await srv.close();
  await rt.close();
});
beforeEach(() => {
  configureTranscription(env());
  srv.requests.length = 0;
  srv.requireAuth = {};
});

async function vendor(over: Record<string, unknown>): Promise<string> {
  const res = await injectAs(app, owner, {
    method: 'POST',
    url: '/api/practice/subprocessors',
    payload: { name: 'Transcriber', category: 'transcription', purpose: 'Transcribing recorded sessions', baaStatus: 'none', baaSignedOn: null, zeroRetention: false, noTraining: false, ...over },
  });
  expect(res.statusCode).toBe(201);
  return res.json<{ id: string }>().id;
}
const signed = { baaStatus: 'signed', baaSignedOn: '2026-01-15', zeroRetention: true, noTraining: true };

/** Sets the engine directly (the route is tested on its own below). */
async function engine(provider: 'pocketsphinx' | 'deepgram' | 'openai-compatible', vendorId: string | null, aiEnabled = true): Promise<void> {
  await withTenant(rt.db, systemContext(p.practiceId), async (trx) => {
    const values = { transcription_provider: provider, transcription_vendor_id: vendorId, ai_enabled: aiEnabled };
    await trx.insertInto('practice_settings').values({ practice_id: p.practiceId, ...values }).onConflict((oc) => oc.column('practice_id').doUpdateSet(values)).execute();
  });
}
const gate = (clientId: string) => withTenant(rt.db, systemContext(p.practiceId), (trx) => transcriptionGate(trx, p.practiceId, clientId));
const failure = async (pr: Promise<unknown>): Promise<TranscriptionError> => {
  const e = await pr.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(TranscriptionError);
  return e as TranscriptionError;
};

describe('OpenAI-compatible transcription (official openai SDK, local server)', () => {
  it('R30 R46 sends the WAV over HTTP with the key and verbose_json, and keeps segment times; an on-premises server is not remote', async () => {
    await engine('openai-compatible', await vendor({ name: 'Whisper server in the back office', provider: 'onprem' }), false);
    srv.requireAuth.openai = 'Bearer sk-test-whisper';
    srv.mode = { kind: 'segments', segments: [{ start: 0.5, end: 2.25, speaker: null, text: 'First synthetic sentence.' }, { start: 62, end: 64.5, speaker: null, text: 'Second one.' }] };
    const r = await transcribe(rt, p.practiceId, silence);
    expect(r).toEqual({
      provider: 'openai-compatible',
      model: 'whisper-large-v3',
      remote: false,
      segments: [
        { start: 0.5, end: 2.25, speaker: null, text: 'First synthetic sentence.' },
        { start: 62, end: 64.5, speaker: null, text: 'Second one.' },
      ],
    });
    const req = srv.requests[0]!;
    expect(req).toMatchObject({ api: 'openai', path: '/v1/audio/transcriptions', fields: { model: 'whisper-large-v3', response_format: 'verbose_json' }, audioContentType: 'audio/wav' });
    expect(req.headers.authorization).toBe('Bearer sk-test-whisper');
    expect(req.audioSha256).toBe(crypto.createHash('sha256').update(silence.wav).digest('hex'));
    expect(formatTranscript(r.segments)).toBe('[00:00] First synthetic sentence.\n[01:02] Second one.');
  });

  it('R30 a wrong key is a rejection, a 5xx is retryable, a non-JSON answer is malformed, and no provider body reaches the error', async () => {
    await engine('openai-compatible', await vendor({ name: 'Whisper box', provider: 'onprem' }));
    srv.requireAuth.openai = 'Bearer another-key';
    const rejected = await failure(transcribe(rt, p.practiceId, silence));
    expect([rejected.kind, rejected.retryable, rejected.status]).toEqual(['rejected', false, 401]);
    expect(rejected.message).not.toContain('invalid api key');
    srv.requireAuth = {};
    srv.mode = { kind: 'error', status: 503 };
    const down = await failure(transcribe(rt, p.practiceId, silence));
    expect([down.kind, down.retryable, down.code]).toEqual(['unavailable', true, 'transcription_unavailable']);
    expect(down.message).not.toContain('test server');
    srv.mode = { kind: 'garbage' };
    expect((await failure(transcribe(rt, p.practiceId, silence))).kind).toBe('malformed');
  });

  it('R30 a caller abort ends a call the server never answers, as a timeout', async () => {
    await engine('openai-compatible', await vendor({ name: 'Slow whisper box', provider: 'onprem' }));
    srv.mode = { kind: 'hang' };
    const ac = new AbortController();
    const pending = transcribe(rt, p.practiceId, silence, ac.signal);
    while (srv.requests.length === 0) await new Promise((r) => setTimeout(r, 10));
    ac.abort();
    const e = await failure(pending);
    expect([e.kind, e.retryable]).toEqual(['timeout', true]);
  });
});

describe('Deepgram (official @deepgram/sdk, local server)', () => {
  it('R30 R46 sends the WAV with the Token header, diarisation, utterances and the training opt-out; utterances become segments with speakers', async () => {
    await engine('deepgram', await vendor({ name: 'Deepgram', provider: 'deepgram', ...signed }));
    srv.requireAuth.deepgram = 'Token dg-test-key';
    srv.mode = {
      kind: 'segments',
      segments: [
        { start: 0.08, end: 3.1, speaker: 'Speaker 1', text: 'How was the week?' },
        { start: 3.6, end: 7.9, speaker: 'Speaker 2', text: 'Better than the one before.' },
        { start: 8.2, end: 9, speaker: 'Speaker 1', text: 'Good.' },
      ],
    };
    const r = await transcribe(rt, p.practiceId, silence);
    expect(r).toMatchObject({ provider: 'deepgram', model: 'nova-3', remote: true });
    expect(r.segments).toEqual([
      { start: 0.08, end: 3.1, speaker: 'Speaker 1', text: 'How was the week?' },
      { start: 3.6, end: 7.9, speaker: 'Speaker 2', text: 'Better than the one before.' },
      { start: 8.2, end: 9, speaker: 'Speaker 1', text: 'Good.' },
    ]);
    const req = srv.requests[0]!;
    expect(req).toMatchObject({ api: 'deepgram', path: '/v1/listen', audioContentType: 'audio/wav' });
    expect(req.query).toMatchObject({ diarize: 'true', utterances: 'true', mip_opt_out: 'true', model: 'nova-3' });
    expect(req.headers.authorization).toBe('Token dg-test-key');
    expect(req.audioSha256).toBe(crypto.createHash('sha256').update(silence.wav).digest('hex'));
    expect(formatTranscript(r.segments).split('\n')).toEqual(['[00:00] Speaker 1: How was the week?', '[00:03] Speaker 2: Better than the one before.', '[00:08] Speaker 1: Good.']);
  });

  it('R30 Deepgram failures are typed: 401 rejected, 429 retryable; audio and text are never logged', async () => {
    await engine('deepgram', await vendor({ name: 'Deepgram EU', provider: 'deepgram', ...signed }));
    srv.requireAuth.deepgram = 'Token some-other-key';
    const e = await failure(transcribe(rt, p.practiceId, silence));
    expect([e.kind, e.status]).toEqual(['rejected', 401]);
    expect(e.message).not.toContain('Invalid credentials');
    srv.requireAuth = {};
    srv.mode = { kind: 'error', status: 429 };
    expect((await failure(transcribe(rt, p.practiceId, silence))).retryable).toBe(true);
    srv.mode = { kind: 'segments', segments: [{ start: 0, end: 1, speaker: 'Speaker 1', text: 'Zanzibar marmalade' }] };
    await transcribe(rt, p.practiceId, silence);
    expect(rt.logLines.join('\n')).not.toMatch(/zanzibar|marmalade/i);
    expect(rt.logLines.some((l) => l.includes('"event":"transcription.done"') && l.includes('"provider":"deepgram"'))).toBe(true);
  });
});

describe('the transcription gate', () => {
  it('R12 R27 a cloud vendor is refused until its BAA is signed with zero retention and no training; each refusal names its rule', async () => {
    await engine('deepgram', null);
    expect(await gate(clientOn)).toMatchObject({ ok: false, code: 'vendor_missing' });
    await engine('deepgram', await vendor({ name: 'Deepgram (pending)', provider: 'deepgram', baaStatus: 'pending' }));
    const unsigned = await gate(clientOn);
    expect(unsigned).toMatchObject({ ok: false, code: 'vendor_baa_unsigned' });
    expect(!unsigned.ok && unsigned.message).toContain('BAA');
    await engine('deepgram', await vendor({ name: 'Deepgram (retains)', provider: 'deepgram', ...signed, zeroRetention: false }));
    expect(await gate(clientOn)).toMatchObject({ ok: false, code: 'vendor_retains_data' });
    await engine('deepgram', await vendor({ name: 'Whisper box', provider: 'onprem' }));
    expect(await gate(clientOn)).toMatchObject({ ok: false, code: 'vendor_wrong_kind' });
    await engine('deepgram', await vendor({ name: 'Deepgram', provider: 'deepgram', ...signed }));
    expect(await gate(clientOn)).toEqual({ ok: true, provider: 'deepgram', remote: true });
    // A hosted OpenAI-compatible API is a vendor like any other.
    await engine('openai-compatible', await vendor({ name: 'Hosted Whisper API', provider: 'openai-compatible', baaStatus: 'pending' }));
    expect(await gate(clientOn)).toMatchObject({ ok: false, code: 'vendor_baa_unsigned' });
    // And the call itself checks again: a lapsed BAA stops a queued transcription.
    await expect(transcribe(rt, p.practiceId, silence)).rejects.toMatchObject({ kind: 'refused', code: 'vendor_baa_unsigned' });
    expect(srv.requests).toHaveLength(0);
  });

  it('R42 remote transcription is refused for a client with AI off, and in a practice with AI off; on-premises and offline engines are not', async () => {
    await engine('deepgram', await vendor({ name: 'Deepgram', provider: 'deepgram', ...signed }));
    const off = await gate(clientOff);
    expect(off).toMatchObject({ ok: false, code: 'ai_disabled_client' });
    expect(!off.ok && off.message).toContain('turned off for this client');
    await engine('deepgram', await vendor({ name: 'Deepgram', provider: 'deepgram', ...signed }), false);
    expect(await gate(clientOn)).toMatchObject({ ok: false, code: 'ai_disabled_practice' });
    await engine('openai-compatible', await vendor({ name: 'Whisper box', provider: 'onprem' }), false);
    expect(await gate(clientOff)).toEqual({ ok: true, provider: 'openai-compatible', remote: false });
    await engine('pocketsphinx', null, false);
    expect(await gate(clientOff)).toEqual({ ok: true, provider: 'pocketsphinx', remote: false });
  });

  it('R12 an engine the operator has not configured is refused, and a client of another practice is not found', async () => {
    await engine('deepgram', await vendor({ name: 'Deepgram', provider: 'deepgram', ...signed }));
    configureTranscription({});
    expect(await gate(clientOn)).toMatchObject({ ok: false, code: 'provider_not_configured' });
    await engine('openai-compatible', await vendor({ name: 'Whisper box', provider: 'onprem' }));
    expect(await gate(clientOn)).toMatchObject({ ok: false, code: 'provider_not_configured' });
    configureTranscription(env());
    const other = await seedPractice(rt.db, 'Elsewhere');
    expect(await withTenant(rt.db, systemContext(other.practiceId), (trx) => transcriptionGate(trx, other.practiceId, clientOn))).toMatchObject({ ok: false, code: 'client_not_found' });
  });

  it('R12 R27 owners choose the engine through the settings route; an unsigned vendor is refused on saving, an on-premises server is not, and the vendor in use cannot be removed', async () => {
    const pending = await vendor({ name: 'Deepgram (pending)', provider: 'deepgram', baaStatus: 'pending' });
    const refused = await injectAs(app, owner, { method: 'PUT', url: '/api/practice/transcription', payload: { provider: 'deepgram', vendorId: pending } });
    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ error: { code: string } }>().error.code).toBe('vendor_baa_unsigned');
    const box = await vendor({ name: 'Whisper box', provider: 'onprem' });
    const ok = await injectAs(app, owner, { method: 'PUT', url: '/api/practice/transcription', payload: { provider: 'openai-compatible', vendorId: box } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ provider: 'openai-compatible', vendorId: box, status: { ok: true, remote: false }, available: { deepgram: true, openaiCompatible: { configured: true, model: 'whisper-large-v3' } } });
    expect(JSON.stringify(ok.json())).not.toContain('127.0.0.1');
    const inUse = await injectAs(app, owner, { method: 'DELETE', url: `/api/practice/subprocessors/${box}` });
    expect([inUse.statusCode, inUse.json<{ error: { code: string } }>().error.code]).toEqual([409, 'vendor_in_use']);
    const view = await injectAs(app, pr, { method: 'GET', url: '/api/practice/transcription' });
    expect(view.json()).toMatchObject({ provider: 'openai-compatible', vendorId: box });
    expect((await injectAs(app, pr, { method: 'PUT', url: '/api/practice/transcription', payload: { provider: 'pocketsphinx', vendorId: null } })).statusCode).toBe(403);
    const wrong = await injectAs(app, owner, { method: 'POST', url: '/api/practice/subprocessors', payload: { name: 'X', category: 'transcription', provider: 'anthropic', purpose: 'x', baaStatus: 'none', baaSignedOn: null } });
    expect(wrong.statusCode).toBe(400);
  });
});

describe('pocketsphinx (offline, Debian 0.8)', () => {
  it('R30 transcribes espeak-ng speech end to end: words, one segment per utterance, times in order within the audio', async () => {
    await engine('pocketsphinx', null, false);
    const r = await transcribe(rt, p.practiceId, speech);
    expect(r).toMatchObject({ provider: 'pocketsphinx', remote: false, model: 'cmusphinx-en-us' });
    expect(r.segments.length).toBeGreaterThanOrEqual(2);
    const words = r.segments.flatMap((s) => s.text.split(' '));
    for (const w of ['feel', 'better', 'sleeping', 'week']) expect(words).toContain(w);
    let last = 0;
    for (const s of r.segments) {
      expect(s.start).toBeGreaterThanOrEqual(last);
      expect(s.end).toBeGreaterThan(s.start);
      expect(s.speaker).toBeNull();
      last = s.end;
    }
    expect(last).toBeLessThanOrEqual(speech.durationSeconds);
    expect(srv.requests).toHaveLength(0);
    expect(rt.logLines.join('\n')).not.toMatch(/sleeping/);
  });

  it('R30 reads the word-time output: fillers, silences and alternate pronunciations dropped, one segment per utterance', () => {
    const out = ['i feel better', '<s> 0.000 0.020 0.99', 'i 0.030 0.100 0.92', '<sil> 0.110 0.300 0.99', '[NOISE] 0.310 0.400 0.5', 'feel 0.410 0.450 0.85', 'better(2) 0.460 0.900 0.9', '</s> 0.910 1.000 1.0', 'hello', '<s> 4.000 4.100 1.0', 'hello 4.110 4.500 0.9', '</s> 4.510 4.600 1.0', ''].join('\n');
    expect(pocketsphinxSegments(out)).toEqual([
      { start: 0.03, end: 0.9, speaker: null, text: 'i feel better' },
      { start: 4.11, end: 4.5, speaker: null, text: 'hello' },
    ]);
  });

  it('R30 audio that is not 16 kHz mono PCM16 is refused before any engine runs; a missing engine is refused at the gate and not retried', async () => {
    await engine('pocketsphinx', null, false);
    await expect(transcribe(rt, p.practiceId, { wav: wavFile(Buffer.alloc(4410 * 2), 44_100), durationSeconds: 0.1 })).rejects.toMatchObject({ kind: 'bad_audio' });
    configureTranscription({ ...env(), TRANSCRIBE_POCKETSPHINX_BIN: 'pocketsphinx-not-installed-here' });
    expect(await gate(clientOn)).toMatchObject({ ok: false, code: 'provider_not_installed' });
    await expect(transcribe(rt, p.practiceId, silence)).rejects.toMatchObject({ kind: 'refused', retryable: false, code: 'provider_not_installed' });
    // Found when the gate looked, gone when the engine is started: the same code, not retried.
    const { pocketsphinxProvider } = await import('./providers/pocketsphinx.ts');
    await expect(pocketsphinxProvider({ bin: '/nonexistent/pocketsphinx_continuous', modelDir: undefined }).transcribe({ audio: silence, signal: new AbortController().signal, timeoutMs: 1000 })).rejects.toMatchObject({
      kind: 'unavailable',
      retryable: false,
      code: 'provider_not_installed',
    });
  });
});

describe('word error rate (the transcription benchmark measures with it)', () => {
  it('R30 counts substitutions, deletions and insertions over normalised reference words', async () => {
    const { wordErrorRate } = await import('../../../test/wer.ts');
    expect(wordErrorRate('How have you been sleeping?', 'how have you been sleeping')).toMatchObject({ wer: 0, referenceWords: 5 });
    // "been" → "bean" (substitution), "this" dropped (deletion), "uh" added (insertion): 3 of 6.
    const r = wordErrorRate("I've been sleeping better this week.", "i've bean uh sleeping better week");
    expect(r).toMatchObject({ substitutions: 1, deletions: 1, insertions: 1, referenceWords: 6 });
    expect(r.wer).toBeCloseTo(3 / 6, 10);
    expect(wordErrorRate('a b', '').wer).toBe(1);
  });
});
