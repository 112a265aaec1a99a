// Recording mode (issue 20). This module, and features/transcription with it, exist only in a
// recording deployment (TACET_RECORDING=enabled, R06): features/index.ts and features/jobs.ts
// import this file dynamically behind that switch, and nothing else imports either folder, so a
// no-recording deployment never loads them and the no-recording build leaves them out.
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../platform/runtime.ts';
import { recordingRoutes } from './routes.ts';
import { transcriptionRoutes } from '../transcription/index.ts';
import { transcribeJobHandler } from './job.ts';
import { RECORDING_PURGE, purgeJobHandler } from './purge.ts';

export function registerRecording(app: FastifyInstance, runtime: Runtime): Promise<void> {
  recordingRoutes(app, runtime);
  transcriptionRoutes(app, runtime); // the practice's transcription settings
  return Promise.resolve();
}

/** The transcription job, and the hourly purge of abandoned uploads and untranscribed audio (R17). */
export async function registerRecordingJobs(runtime: Runtime): Promise<void> {
  runtime.jobs.register(transcribeJobHandler(runtime));
  runtime.jobs.register(purgeJobHandler(runtime));
  await runtime.jobs.schedule(RECORDING_PURGE, 3600);
}
