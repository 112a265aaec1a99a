// The transcription job (kind 'recording.transcribe'; R46, R17, R31). It works as the recording's
// practitioner, with the roles they hold when it runs, so the transcript is written as theirs under
// the same row-level security as a pasted one:
//   decode   — the sealed audio to a 16 kHz mono 16-bit WAV (audio/decode.ts, no ffmpeg);
//   gate     — the transcription module's gate again (settings may have changed since the upload);
//   transcribe — the practice's provider (features/transcription);
//   save     — through the transcripts service: redacted at save when the practice enables it,
//              sealed under the client's key, the client's deletion rule applied, audited;
//   delete   — the audio at once, checked gone with the backend, audited recording.audio_deleted.
// A failed attempt keeps the audio for the next one; when the retry window ends (the last attempt,
// or a failure no retry can mend), the audio is deleted with it.
import { z } from 'zod';
import type { Runtime } from '../../platform/runtime.ts';
import { PermanentJobError, type JobHandler, type RunningJob } from '../../platform/jobs/runner.ts';
import { systemContext, withTenant, type AppRole, type TenantContext } from '../../db/tenant.ts';
import { HttpError } from '../../http/errors.ts';
import { saveTranscript } from '../transcripts/service.ts';
import { TranscriptionError, formatTranscript, transcribe, transcriptionGate } from '../transcription/index.ts';
import { AudioFormatError, prepareAudio } from './audio/decode.ts';
import { deleteAudio, readAudio, type RecordingRow } from './store.ts';

export const RECORDING_TRANSCRIBE = 'recording.transcribe';
/** Attempts before a transcription fails for good (backoff 2 s, 4 s: the retry window is short). */
export const TRANSCRIBE_ATTEMPTS = 3;

const payload = z.object({ recordingId: z.uuid() });

async function practitionerContext(runtime: Runtime, rec: RecordingRow, requestId: string): Promise<TenantContext | null> {
  const roles = (await withTenant(runtime.db, systemContext(rec.practice_id), (trx) =>
    trx.selectFrom('memberships').select('role').where('practice_id', '=', rec.practice_id).where('user_id', '=', rec.owner_id).where('disabled_at', 'is', null).execute(),
  )).map((r) => r.role as AppRole);
  if (!roles.includes('practitioner')) return null;
  return { practiceId: rec.practice_id, userId: rec.owner_id, roles, requestId };
}

async function setStatus(runtime: Runtime, rec: RecordingRow, status: RecordingRow['status'], errorCode: string | null, now: Date): Promise<void> {
  await withTenant(runtime.db, systemContext(rec.practice_id), (trx) =>
    trx.updateTable('recordings').set({ status, error_code: errorCode, updated_at: now }).where('id', '=', rec.id).execute(),
  );
}

async function attempt(runtime: Runtime, job: RunningJob<z.infer<typeof payload>>, rec: RecordingRow): Promise<void> {
  const requestId = `job-${job.id}`;
  const ctx = await practitionerContext(runtime, rec, requestId);
  if (ctx === null) throw new PermanentJobError('membership_ended');
  if (rec.audio_blob_id === null) throw new PermanentJobError('audio_missing');
  await setStatus(runtime, rec, 'transcribing', null, job.now());

  const gate = await withTenant(runtime.db, ctx, (trx) => transcriptionGate(trx, rec.practice_id, rec.client_id));
  if (!gate.ok) throw new PermanentJobError(gate.code);
  let audio;
  try {
    audio = await prepareAudio(rec.content_type, await readAudio(runtime, rec.practice_id, rec.audio_blob_id));
  } catch (err) {
    if (err instanceof AudioFormatError) throw new PermanentJobError(err.code);
    throw err;
  }
  let result;
  try {
    result = await transcribe(runtime, rec.practice_id, audio, job.signal);
  } catch (err) {
    // A refusal, bad audio or a provider's 4xx: another attempt would meet the same answer.
    if (err instanceof TranscriptionError && !err.retryable) throw new PermanentJobError(err.code);
    throw err;
  }
  if (job.signal.aborted) throw job.signal.reason;
  // One line per segment, `[mm:ss] Speaker 1: text`: drafts can cite the moment.
  const text = formatTranscript(result.segments.filter((s) => s.text.trim() !== ''));
  if (text === '') throw new PermanentJobError('no_speech');

  const saved = await withTenant(runtime.db, ctx, async (trx, c) => {
    const live = await trx.selectFrom('recordings').select('status').where('id', '=', rec.id).forUpdate().executeTakeFirst();
    if (live?.status !== 'transcribing') return false; // discarded, or its session deleted, meanwhile
    try {
      const row = await saveTranscript(runtime, trx, c, { id: rec.session_id, client_id: rec.client_id }, text, 'recording');
      await trx.updateTable('recordings').set({ status: 'transcribed', transcript_id: row.id, error_code: null, updated_at: job.now() }).where('id', '=', rec.id).execute();
    } catch (err) {
      if (err instanceof HttpError) throw new PermanentJobError(err.code); // e.g. transcript_not_kept
      throw err;
    }
    return true;
  });
  // R17: the audio goes the moment its transcript is saved, verified gone and audited.
  if (saved) await deleteAudio(runtime, rec.practice_id, rec, 'transcribed', requestId);
}

export function transcribeJobHandler(runtime: Runtime): JobHandler<z.infer<typeof payload>> {
  return {
    kind: RECORDING_TRANSCRIBE,
    payload,
    async run(job) {
      const sys = systemContext(job.practiceId, { requestId: `job-${job.id}` });
      const rec = await withTenant(runtime.db, sys, (trx) => trx.selectFrom('recordings').selectAll().where('id', '=', job.payload.recordingId).executeTakeFirst());
      if (rec === undefined || (rec.status !== 'queued' && rec.status !== 'transcribing')) return; // gone, or done already
      try {
        await attempt(runtime, job, rec);
      } catch (err) {
        const last = err instanceof PermanentJobError || job.attempt >= TRANSCRIBE_ATTEMPTS;
        const code = err instanceof PermanentJobError ? err.code : err instanceof TranscriptionError ? err.code : 'transcription_failed';
        if (!job.signal.aborted) {
          // Retrying: the audio stays for the next attempt. The retry window over: it goes now.
          await setStatus(runtime, rec, last ? 'failed' : 'queued', code, job.now());
          if (last) await deleteAudio(runtime, rec.practice_id, rec, 'failed', `job-${job.id}`);
        }
        throw err;
      }
    },
  };
}
