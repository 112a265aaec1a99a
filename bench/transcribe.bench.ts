// npm run bench:transcribe — offline transcription on a five-minute recording (issue 20).
//
// espeak-ng speaks the script in bench/transcribe/script.ts turn by turn (0.7 s of silence
// between turns) until five minutes of audio exist; that is resampled to the 16 kHz mono PCM16
// WAV every provider receives. Then:
//   1. pocketsphinx through transcribe(): the real-time factor (audio seconds per second of
//      processing) and the word error rate against the words actually spoken;
//   2. the same engine behind the local OpenAI-compatible server (test/transcription-server.ts),
//      reached through the openai SDK: what HTTP, multipart and the SDK add around the engine.
//   3. upload to transcript through the recording API: Tacet in recording mode
//      (TACET_RECORDING=enabled) listening on a loopback port with its job runner, a signed-in
//      practitioner uploads the same WAV over HTTP as the web recorder does — POST the recording,
//      PUT each chunk (sealed as it arrives), POST complete — and polls GET /api/recordings/:id
//      until the job has decoded it, transcribed it, saved the transcript and deleted the audio.
// `--minutes N` (or BENCH_AUDIO_SECONDS) sets the length of the recording; five minutes by default.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/config/config.ts';
import { openRuntime } from '../src/platform/runtime.ts';
import { withTenant } from '../src/db/tenant.ts';
import { seedPractice } from '../test/factories.ts';
import { sessionFor } from '../test/auth.ts';
import { buildApp } from '../src/http/server.ts';
import { registerDeploymentJobs, registerJobs } from '../src/features/jobs.ts';
import { speak } from '../test/speech.ts';
import { wordErrorRate } from '../test/wer.ts';
import { startTranscriptionServer } from '../test/transcription-server.ts';
import { configureTranscription, formatTranscript, transcribe, type TranscriptionResult } from '../src/features/transcription/index.ts';
import { pcm16kMono, SAMPLE_RATE, wavFile } from '../src/features/transcription/wav.ts';
import { SCRIPT } from './transcribe/script.ts';

const minutesArg = process.argv.indexOf('--minutes');
const TARGET_SECONDS = minutesArg > 0 ? Number(process.argv[minutesArg + 1]) * 60 : Number(process.env.BENCH_AUDIO_SECONDS ?? 300);
if (!(TARGET_SECONDS > 0)) throw new Error('--minutes: give a positive number of minutes');
const GAP = Buffer.alloc(Math.round(0.7 * SAMPLE_RATE) * 2);

async function recording(): Promise<{ wav: Buffer; seconds: number; spoken: string; turns: number; synthMs: number }> {
  const t0 = performance.now();
  const parts: Buffer[] = [];
  const spoken: string[] = [];
  let bytes = 0;
  for (const turn of SCRIPT) {
    if (bytes / 2 / SAMPLE_RATE >= TARGET_SECONDS) break;
    const pcm = pcm16kMono((await speak(turn.text)).wav);
    parts.push(pcm, GAP);
    bytes += pcm.length + GAP.length;
    spoken.push(turn.text);
  }
  const wav = wavFile(Buffer.concat(parts));
  return { wav, seconds: bytes / 2 / SAMPLE_RATE, spoken: spoken.join(' '), turns: spoken.length, synthMs: performance.now() - t0 };
}

/**
 * CPU seconds (user + system) of this process's finished children — the pocketsphinx processes
 * Node has reaped — from /proc/self/stat (cutime, cstime; clock ticks of 1/100 s). On this shared
 * machine the engine's CPU time moves far less than the wall clock.
 */
function childCpuSeconds(): number {
  const stat = fs.readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields after the command name start at field 3 (state); cutime and cstime are fields 16 and 17.
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

interface UploadTiming {
  uploadMs: number;
  totalMs: number;
  chunks: number;
  cpu: number;
  status: string;
}

/**
 * Upload to saved transcript over HTTP, in recording mode: the wall time from the first request
 * (POST the recording) until GET /api/recordings/:id says `transcribed`, and the upload's share.
 */
async function viaUploadApi(wav: Buffer): Promise<UploadTiming> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tacet-bench-upload-'));
  const rt = await openRuntime(loadConfig({ TACET_DATA_DIR: dataDir, LOG_LEVEL: 'silent', TACET_RECORDING: 'enabled' }));
  const app = await buildApp(rt);
  try {
    registerJobs(rt);
    await registerDeploymentJobs(rt);
    rt.jobs.start();
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    const base = `http://127.0.0.1:${address.port}`;
    const p = await seedPractice(rt.db, 'BenchUpload');
    const s = await sessionFor(rt, { userId: p.users.practitioner, practiceId: p.practiceId });
    const call = async <T>(method: string, url: string, body?: unknown, raw?: Buffer): Promise<T> => {
      const res = await fetch(base + url, {
        method,
        headers: { ...s.headers, ...(raw !== undefined ? { 'content-type': 'application/octet-stream' } : body !== undefined ? { 'content-type': 'application/json' } : {}) },
        body: raw ?? (body !== undefined ? JSON.stringify(body) : undefined),
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${text}`);
      return (text === '' ? null : JSON.parse(text)) as T;
    };
    // A new client and session, with both consents (not timed: given before a session starts).
    const client = await call<{ id: string }>('POST', '/api/clients', { name: 'Bench Testperson' });
    const session = await call<{ id: string }>('POST', `/api/clients/${client.id}/sessions`, {
      startsAt: '2026-11-20T15:00:00Z', durationMinutes: 45, serviceCode: '90834', modality: 'video', placeOfService: '10', attendance: 'attended',
    });
    await call('PUT', `/api/clients/${client.id}/recording-consent`, { consented: true, method: 'verbal' });
    await call('PUT', `/api/sessions/${session.id}/recording-consent`, { consented: true });

    const c0 = childCpuSeconds();
    const t0 = performance.now();
    const rec = await call<{ id: string; chunkBytes: number }>('POST', `/api/sessions/${session.id}/recordings`, { contentType: 'audio/wav', totalBytes: wav.length });
    const chunks = Math.ceil(wav.length / rec.chunkBytes);
    for (let i = 0; i < chunks; i++) await call('PUT', `/api/recordings/${rec.id}/chunks/${i}`, undefined, wav.subarray(i * rec.chunkBytes, (i + 1) * rec.chunkBytes));
    await call('POST', `/api/recordings/${rec.id}/complete`, {});
    const uploadMs = performance.now() - t0;
    let status = 'queued';
    while (status !== 'transcribed' && status !== 'failed') {
      await new Promise((r) => setTimeout(r, 200));
      status = (await call<{ status: string }>('GET', `/api/recordings/${rec.id}`)).status;
    }
    return { uploadMs, totalMs: performance.now() - t0, chunks, cpu: childCpuSeconds() - c0, status };
  } finally {
    await app.close();
    await rt.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const text = (r: TranscriptionResult): string => r.segments.map((s) => s.text).join(' ');
const f1 = (n: number): string => n.toFixed(1);
const f2 = (n: number): string => n.toFixed(2);

async function main(): Promise<void> {
  const audio = await recording();
  const srv = await startTranscriptionServer({ kind: 'transcribe' });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tacet-bench-asr-'));
  const rt = await openRuntime(loadConfig({ TACET_DATA_DIR: dataDir, LOG_LEVEL: 'silent' }));
  try {
    configureTranscription({ TRANSCRIBE_OPENAI_BASE_URL: srv.openaiUrl, TRANSCRIBE_OPENAI_MODEL: 'pocketsphinx-behind-http' });
    const p = await seedPractice(rt.db, 'Bench');
    const boxId = crypto.randomUUID();
    const setEngine = (provider: 'pocketsphinx' | 'openai-compatible') =>
      withTenant(rt.db, { practiceId: p.practiceId, userId: p.users.owner, roles: ['owner'] }, async (trx) => {
        if (provider === 'openai-compatible') {
          await trx.insertInto('subprocessors').values({ id: boxId, practice_id: p.practiceId, name: 'Bench transcription server', category: 'transcription', provider: 'onprem', purpose: 'Benchmark', data_categories: [], baa_status: 'none', zero_retention: false, no_training: false }).onConflict((oc) => oc.column('id').doNothing()).execute();
        }
        const values = { transcription_provider: provider, transcription_vendor_id: provider === 'pocketsphinx' ? null : boxId };
        await trx.insertInto('practice_settings').values({ practice_id: p.practiceId, ...values }).onConflict((oc) => oc.column('practice_id').doUpdateSet(values)).execute();
      });
    const prepared = { wav: audio.wav, durationSeconds: audio.seconds };

    await setEngine('pocketsphinx');
    const c0 = childCpuSeconds();
    const t0 = performance.now();
    const direct = await transcribe(rt, p.practiceId, prepared);
    const transcriptText = formatTranscript(direct.segments);
    const directMs = performance.now() - t0;
    const directCpu = childCpuSeconds() - c0;
    const werDirect = wordErrorRate(audio.spoken, text(direct));

    await setEngine('openai-compatible');
    // Warm-up: the SDK is imported at the first call, a cost paid once per process, not per recording.
    await transcribe(rt, p.practiceId, { wav: wavFile(Buffer.alloc(SAMPLE_RATE * 2)), durationSeconds: 1 });
    const c1 = childCpuSeconds();
    const t1 = performance.now();
    const viaHttp = await transcribe(rt, p.practiceId, prepared);
    formatTranscript(viaHttp.segments);
    const httpMs = performance.now() - t1;
    const httpCpu = childCpuSeconds() - c1;
    const engineMs = srv.requests.at(-1)?.engineMs ?? NaN;
    const werHttp = wordErrorRate(audio.spoken, text(viaHttp));

    const upload = await viaUploadApi(audio.wav);
    if (upload.status !== 'transcribed') throw new Error(`the uploaded recording ended ${upload.status}`);

    const cpus = os.cpus();
    console.log(`transcription benchmark — ${new Date().toISOString()}, Node ${process.version}, ${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, load average ${os.loadavg().map(f2).join(' ')}`);
    console.log(`recording: ${f1(audio.seconds)} s of espeak-ng speech (en-us+klatt, 150 wpm), ${audio.turns} turns, ${audio.spoken.split(/\s+/).length} words spoken, WAV ${(audio.wav.length / 1e6).toFixed(1)} MB; synthesis took ${f1(audio.synthMs / 1000)} s`);
    console.log('');
    console.log('| path | processing, wall (s) | real-time factor, wall (audio s per s) | engine CPU (s) | real-time factor, CPU | WER | segments | transcript lines |');
    console.log('|---|---|---|---|---|---|---|---|');
    console.log(`| pocketsphinx, transcribe() | ${f1(directMs / 1000)} | ${f2(audio.seconds / (directMs / 1000))} | ${f1(directCpu)} | ${f2(audio.seconds / directCpu)} | ${(werDirect.wer * 100).toFixed(1)} % (S ${werDirect.substitutions}, D ${werDirect.deletions}, I ${werDirect.insertions} of ${werDirect.referenceWords}) | ${direct.segments.length} | ${transcriptText.split('\n').length} |`);
    console.log(`| OpenAI-compatible (openai SDK → local server → pocketsphinx) | ${f1(httpMs / 1000)} | ${f2(audio.seconds / (httpMs / 1000))} | ${f1(httpCpu)} | ${f2(audio.seconds / httpCpu)} | ${(werHttp.wer * 100).toFixed(1)} % | ${viaHttp.segments.length} | — |`);
    console.log('');
    console.log(`OpenAI-compatible overhead around the engine (SDK, multipart, HTTP, JSON): ${f1(httpMs - engineMs)} ms of ${f1(httpMs)} ms (engine ${f1(engineMs)} ms in the server)`);
    console.log(`upload-to-transcript (prepared WAV → formatted transcript text, transcribe() path, no upload API): ${f1(directMs / 1000)} s for ${f1(audio.seconds)} s of audio`);
    console.log(
      `upload-to-transcript through the recording API (HTTP on loopback: POST, ${upload.chunks} chunk PUTs, complete; job decodes, transcribes, saves the sealed transcript, deletes the audio; polled every 200 ms): ` +
        `${f1(upload.totalMs / 1000)} s for ${f1(audio.seconds)} s of audio (real-time factor ${f2(audio.seconds / (upload.totalMs / 1000))}; upload and assembly ${f1(upload.uploadMs / 1000)} s; engine CPU ${f1(upload.cpu)} s); ` +
        `transcribe() alone took ${f1(directMs / 1000)} s (engine CPU ${f1(directCpu)} s) in this run`,
    );
  } finally {
    await rt.close();
    await srv.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
