// Speech for tests and benchmarks: espeak-ng speaks a text (apt-get install espeak-ng), and the
// result is turned into the 16 kHz mono PCM16 WAV every transcription provider receives.
// espeak-ng writes 22050 Hz; src/features/transcription/wav.ts resamples. The voice is the Klatt
// variant of US English at 150 words a minute: the one pocketsphinx's US-English model hears best
// of espeak-ng's voices (the default voice comes out nearly unrecognisable).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { to16kMonoWav, durationOf } from '../src/features/transcription/wav.ts';
import type { PreparedAudio } from '../src/features/transcription/types.ts';

const run = promisify(execFile);

/** The text spoken, as a 16 kHz mono PCM16 WAV. */
export async function speak(text: string, opts: { voice?: string; wpm?: number } = {}): Promise<PreparedAudio> {
  // --stdout: the WAV comes back on standard output; no file, no shell.
  const { stdout } = await run('espeak-ng', ['-v', opts.voice ?? 'en-us+klatt', '-s', String(opts.wpm ?? 150), '--stdout', text], { encoding: 'buffer', maxBuffer: 512 * 1024 * 1024 });
  const wav = to16kMonoWav(stdout);
  return { wav, durationSeconds: durationOf(wav) };
}
