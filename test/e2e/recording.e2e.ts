// Recording mode in a real browser against a real Tacet (issue 20, R30, R46): Chromium's fake
// microphone plays speech espeak-ng generated (--use-file-for-fake-audio-capture), the therapist
// notes the client's and the session's consent, records with the visible indicator, pauses,
// resumes, stops; the browser's AudioWorklet turns it into 16 kHz PCM, the upload goes in chunks,
// the server transcribes it offline with pocketsphinx (the practice's default engine) in the job
// runner, and the transcript feeds the note's AI draft (the local drafter). The server runs with
// TACET_RECORDING=enabled; the job runner runs inside it, as `tacet serve` runs it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { registerDeploymentJobs, registerJobs } from '../../src/features/jobs.ts';
import { systemContext, withTenant } from '../../src/db/tenant.ts';
import { speak } from '../speech.ts';
import { axe, newContext, prerequisites, screenshot, signUpOwner, startTacet, watch, type Tacet } from './harness.ts';

function recordingPrerequisites(): string | null {
  for (const bin of ['espeak-ng', 'pocketsphinx_continuous']) {
    try {
      execFileSync('sh', ['-c', `command -v ${bin}`], { stdio: 'ignore' });
    } catch {
      return `${bin} is missing (apt-get install espeak-ng pocketsphinx pocketsphinx-en-us)`;
    }
  }
  return null;
}

const missing = prerequisites() ?? recordingPrerequisites();
if (missing !== null && process.env.CI === 'true') throw new Error(`browser tests cannot run: ${missing}`);
if (missing !== null) console.warn(`recording e2e skipped: ${missing}`);
const EMAIL = 'dr.recorder@example.test';
// What the fake microphone says (synthetic; nothing identifying).
const SPOKEN = 'I have been sleeping better this week. The breathing exercise helps when I feel worried at work.';

let t: Tacet;
let ctx: BrowserContext;
let page: Page;
let problems: string[];
let work: string;

/** Every recording is transcribed, and neither its audio nor any chunk is left in the blob store. */
async function expectAudioGone(n: number): Promise<void> {
  await withTenant(t.runtime.db, systemContext(), async (trx) => {
    const recs = await trx.selectFrom('recordings').select(['status', 'audio_blob_id', 'transcript_id']).execute();
    expect(recs.length).toBe(n);
    for (const r of recs) expect(r).toMatchObject({ status: 'transcribed', audio_blob_id: null, transcript_id: expect.any(String) as unknown });
    expect(await trx.selectFrom('blobs').select('id').where('purpose', '=', 'recording').execute()).toEqual([]);
  });
}

describe.skipIf(missing !== null)('recording mode, end to end', () => {
  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'tacet-rec-e2e-'));
    const speech = path.join(work, 'speech.wav');
    fs.writeFileSync(speech, (await speak(SPOKEN)).wav);
    t = await startTacet({
      env: { TACET_RECORDING: 'enabled' },
      browserArgs: ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${speech}`, '--autoplay-policy=no-user-gesture-required'],
    });
    registerJobs(t.runtime);
    await registerDeploymentJobs(t.runtime);
    t.runtime.jobs.start();
    ctx = await newContext(t);
    page = await ctx.newPage();
    problems = watch(page);
    // Sign up, enrol an authenticator app, accept the BAA, turn on the local AI drafter, add a client.
    await signUpOwner(t, page, { name: 'Dana Recorder', email: EMAIL, practice: 'Recorder Counseling' });
    await page.goto('/privacy');
    await page.getByRole('heading', { name: 'Redaction and AI' }).waitFor();
    await page.getByLabel('Allow AI drafting', { exact: true }).check();
    await page.getByLabel('Provider', { exact: true }).selectOption('local');
    await page.getByRole('button', { name: 'Save privacy settings' }).click();
    await page.getByText('Privacy settings saved.').waitFor();
    await page.goto('/clients');
    await page.getByLabel('Pseudonym', { exact: true }).fill('Juniper');
    await page.getByRole('button', { name: 'Add client' }).click();
    await page.getByRole('heading', { name: 'Client Juniper' }).waitFor();
    await page.getByRole('button', { name: 'Record session' }).click();
    await page.getByText('Session recorded.').waitFor();
  }, 180_000);
  afterAll(async () => {
    await t?.close();
    if (work !== undefined) fs.rmSync(work, { recursive: true, force: true });
  });

  it('R30 R46 records from the microphone with consent, pause and resume, uploads it, and shows the transcript; the audio is gone afterwards', async () => {
    await page.getByRole('link', { name: /^Transcript/ }).first().click();
    await page.getByRole('heading', { name: 'Session transcript' }).waitFor();
    const panel = page.getByRole('region', { name: 'Record the session' });
    await panel.waitFor();
    // No recording control before both consents.
    expect(await page.getByRole('button', { name: 'Start recording' }).count()).toBe(0);
    await page.getByLabel('How the client consented to be recorded').selectOption('verbal');
    await page.getByRole('button', { name: 'Record the client’s consent to recording' }).click();
    await page.getByText('The client consented verbally', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Record consent for this session' }).click();
    await page.getByText('Consent for this session noted', { exact: false }).waitFor();

    await page.getByRole('button', { name: 'Start recording' }).click();
    const indicator = page.locator('.rec-indicator');
    await indicator.getByRole('status').filter({ hasText: /^Recording$/ }).waitFor();
    await page.locator('.rec-time').filter({ hasText: /^00:0[3-9]$/ }).waitFor({ timeout: 30_000 });
    await screenshot(page, 'recording-01-recording');
    expect(await axe(page), 'axe while recording').toEqual([]);
    await page.getByRole('button', { name: 'Pause recording' }).click();
    await indicator.getByRole('status').filter({ hasText: 'Recording paused' }).waitFor();
    const paused = await page.locator('.rec-time').innerText();
    await page.getByRole('button', { name: 'Resume recording' }).click();
    await indicator.getByRole('status').filter({ hasText: /^Recording$/ }).waitFor();
    expect((await page.locator('.rec-time').getAttribute('aria-label')) ?? '').toMatch(/seconds? recorded$/);
    // Long enough for the whole sentence (the fake device loops its file).
    await page.locator('.rec-time').filter({ hasText: /^00:(0[8-9]|[1-5]\d)$/ }).waitFor({ timeout: 30_000 });
    expect(paused <= (await page.locator('.rec-time').innerText())).toBe(true);
    await page.getByRole('button', { name: 'Stop and transcribe' }).click();
    await page.getByRole('progressbar').or(page.getByRole('alert')).first().waitFor();
    expect(await page.getByRole('alert').allInnerTexts()).toEqual([]);

    // The transcript replaces the recording panel once the job has saved it.
    const text = page.locator('.transcript-text');
    await text.waitFor({ timeout: 90_000 });
    await page.getByText('The transcript of the recording is saved.', { exact: false }).waitFor();
    const transcript = await text.innerText();
    expect(transcript).toMatch(/^\[00:\d\d\] \S/m);
    // pocketsphinx on synthetic speech is imperfect; some of the spoken words come through.
    const heard = ['sleeping', 'better', 'week', 'breathing', 'exercise', 'worried', 'work'].filter((w) => transcript.toLowerCase().includes(w));
    expect(heard.length, `heard: ${transcript}`).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'recording-02-transcript');
    expect(await axe(page), 'axe on the transcript').toEqual([]);

    // R46: the audio went to the blob store sealed, and was deleted once its transcript was saved.
    await expectAudioGone(1);
    expect(problems).toEqual([]);
  }, 240_000);

  it('R30 uploads an audio file in chunks; an interrupted chunk is resumed with only what is missing', async () => {
    // Longer than one chunk (1 MiB, 33 s of 16 kHz PCM16): the words twice, a long pause between.
    const file = path.join(work, 'session.wav');
    fs.writeFileSync(file, (await speak(`${SPOKEN} [[${'_::'.repeat(90)}]] ${SPOKEN}`, { wpm: 120 })).wav);
    expect(fs.statSync(file).size).toBeGreaterThan(1024 * 1024);
    const before = await page.locator('.transcript-text').innerText();
    await page.getByRole('button', { name: 'Replace the transcript' }).click();
    expect(await page.getByText('The transcript of the recording is saved.', { exact: false }).count()).toBe(0);
    // The panel opens again: the consents given for the first recording are read back, not asked again.
    await page.getByText('Consent for this session noted', { exact: false }).waitFor();
    await page.getByText('The client consented verbally', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: 'Record the client’s consent to recording' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Record consent for this session' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Withdraw consent for this session' }).waitFor();
    await page.getByLabel('Audio file').setInputFiles(file);
    // The connection drops on every attempt at the second chunk until the test lets it through.
    const puts: string[] = [];
    let failing = true;
    await page.route(/\/api\/recordings\/[0-9a-f-]+\/chunks\/\d+$/, async (route) => {
      puts.push(new URL(route.request().url()).pathname.split('/').pop() ?? '');
      if (failing && route.request().url().endsWith('/chunks/1')) await route.abort('connectionreset');
      else await route.continue();
    });
    await page.getByRole('button', { name: 'Upload and transcribe' }).click();
    await page.getByRole('button', { name: 'Resume the upload' }).waitFor({ timeout: 30_000 });
    await page.getByText('The upload was interrupted', { exact: false }).waitFor();
    await screenshot(page, 'recording-03-interrupted');
    expect(await axe(page), 'axe on an interrupted upload').toEqual([]);
    expect(puts.filter((c) => c === '0')).toHaveLength(1);
    failing = false;
    await page.getByRole('button', { name: 'Resume the upload' }).click();
    await page.getByText('The transcript of the recording is saved.', { exact: false }).waitFor({ timeout: 120_000 });
    // Chunk 0 was sent once: the resume asked the server and sent only chunk 1.
    expect(puts.filter((c) => c === '0')).toHaveLength(1);
    expect(puts.filter((c) => c === '1').length).toBeGreaterThanOrEqual(2);
    await page.unroute(/\/api\/recordings\//);
    const after = await page.locator('.transcript-text').innerText();
    expect(after).toMatch(/^\[00:\d\d\] \S/m);
    // The file's transcript replaced the recording's.
    expect(after).not.toBe(before);
    await expectAudioGone(2);
  }, 240_000);

  it('R30 drafts the note from the recording’s transcript', async () => {
    await page.getByRole('link', { name: 'Back to the client' }).click();
    await page.getByRole('heading', { name: 'Client Juniper' }).waitFor();
    await page.getByLabel('Format').selectOption('soap');
    await page.getByRole('button', { name: 'Start note' }).click();
    await page.getByRole('heading', { name: 'SOAP progress note' }).waitFor();
    await page.getByLabel('What you are giving').selectOption('transcript');
    await page.getByRole('button', { name: 'Use the session’s saved transcript' }).click();
    await page.getByText('The session’s saved transcript is in the box.').waitFor();
    expect(await page.getByLabel('Your session notes').inputValue()).toMatch(/^\[00:\d\d\]/);
    await page.getByRole('button', { name: 'Draft the note' }).click();
    await page.getByRole('heading', { name: 'Sources in your notes' }).waitFor({ timeout: 60_000 });
    await screenshot(page, 'recording-04-draft');
    expect(problems).toEqual([]);
  }, 120_000);

  it('R30 R12 the owner sees the transcription engine on the Privacy screen; engines the server lacks cannot be chosen; a transcription vendor goes in the registry', async () => {
    await page.goto('/privacy');
    const card = page.getByRole('region', { name: 'Transcription of recordings' });
    await card.getByText('Offline, on this server (pocketsphinx)', { exact: false }).first().waitFor();
    expect(await card.textContent()).toContain('audio stays with the practice');
    // Deepgram has no key on this server, nor an OpenAI-compatible address: both are offered disabled.
    const engine = card.getByLabel('Transcription engine');
    expect(await engine.locator('option[value="deepgram"]').isDisabled()).toBe(true);
    expect(await engine.locator('option[value="openai-compatible"]').isDisabled()).toBe(true);
    // The practice's own Whisper server goes in the registry as a transcription entry, no BAA asked.
    const vendors = page.getByRole('region', { name: 'Subprocessors' });
    await vendors.getByLabel('Vendor name').fill('Our Whisper box');
    await vendors.getByLabel('Category').selectOption('transcription');
    await vendors.getByLabel('Transcription provider').selectOption('onprem');
    await vendors.getByLabel('Purpose').fill('Speech to text inside the practice');
    expect(await vendors.getByLabel('BAA status').count()).toBe(0);
    await vendors.getByRole('button', { name: 'Add vendor' }).click();
    await vendors.getByRole('cell', { name: 'Our Whisper box transcription' }).waitFor();
    expect(await axe(page), 'axe on the Privacy screen in recording mode').toEqual([]);
    await screenshot(page, 'recording-05-transcription-settings');
    expect(problems).toEqual([]);
  }, 60_000);
});
