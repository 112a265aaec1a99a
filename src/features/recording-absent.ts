// What the no-recording distribution (npm run build:no-recording, R06) has in place of
// src/features/recording/index.ts: scripts/build-dist.ts answers the one dynamic import of the
// recording module with this file, so neither the recording nor the transcription code is in the
// build. A deployment that asks for recording from such a build is refused at start-up instead
// of running without what it asked for.
import { ConfigError } from '../config/config.ts';

function absent(): ConfigError {
  return new ConfigError(['TACET_RECORDING=enabled, but this distribution was built without recording (npm run build:no-recording): unset TACET_RECORDING, or run a build that has it']);
}

export function registerRecording(): Promise<never> {
  return Promise.reject(absent());
}

export function registerRecordingJobs(): Promise<never> {
  return Promise.reject(absent());
}
