// Offline transcription with Debian's pocketsphinx (0.8+5prealpha: `pocketsphinx_continuous`)
// and its US-English model (pocketsphinx-en-us): nothing leaves the server. The operator installs
// it (README). It runs as a child process without a shell; the samples go in through a named
// pipe, so the audio never touches the disk unsealed, and with `-time yes` it prints, per
// utterance its voice-activity detector found, the hypothesis and then one line per word:
//
//     <s> 0.000 0.020 0.999400
//     feel 0.110 0.450 0.857686        word, start and end (seconds from the start), posterior
//     than(2) 1.220 1.360 0.974137     (2): the dictionary's second pronunciation
//     </s> 2.160 2.640 1.000000
//
// One utterance becomes one segment; silences, fillers and sentence markers are dropped.
import { execFile, spawn } from 'node:child_process';
import { constants as fsConstants } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { TranscriptionError } from '../errors.ts';
import type { TranscriptSegment } from '../types.ts';
import { pcm16kMono } from '../wav.ts';
import type { ProviderCall, TranscriptionProvider } from './types.ts';

export interface PocketsphinxOptions {
  /** The executable (default `pocketsphinx_continuous`, found on PATH). */
  bin: string;
  /** A model directory holding en-us/, en-us.lm.bin and cmudict-en-us.dict; unset: the build's default. */
  modelDir: string | undefined;
}

const run = promisify(execFile);

const WORD_LINE = /^(\S+) (\d+\.\d+) (\d+\.\d+) (\S+)$/;

/** pocketsphinx_continuous -time yes output → segments (one per utterance). */
export function pocketsphinxSegments(stdout: string): TranscriptSegment[] {
  const out: TranscriptSegment[] = [];
  let words: Array<{ w: string; start: number; end: number }> = [];
  const flush = (): void => {
    if (words.length > 0) out.push({ start: words[0]!.start, end: words.at(-1)!.end, speaker: null, text: words.map((x) => x.w).join(' ') });
    words = [];
  };
  for (const line of stdout.split('\n')) {
    const m = WORD_LINE.exec(line.trim());
    if (m === null) continue; // the hypothesis line, printed before its words
    const token = m[1]!;
    if (token === '<s>') {
      flush();
      continue;
    }
    if (token === '</s>') {
      flush();
      continue;
    }
    // <sil>, and fillers such as [NOISE] or ++BREATH++.
    if (token.startsWith('<') || token.startsWith('[') || token.startsWith('++')) continue;
    words.push({ w: token.replace(/\(\d+\)$/, ''), start: Number(m[2]), end: Number(m[3]) });
  }
  flush();
  return out;
}

export function pocketsphinxProvider(opts: PocketsphinxOptions): TranscriptionProvider {
  return {
    name: 'pocketsphinx',
    model: 'cmusphinx-en-us',
    async transcribe(call: ProviderCall) {
      let pcm: Buffer;
      try {
        pcm = pcm16kMono(call.audio.wav);
      } catch {
        throw new TranscriptionError('bad_audio', false);
      }
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tacet-asr-'));
      try {
        const fifo = path.join(dir, 'audio.raw');
        await run('mkfifo', ['-m', '600', fifo]);
        const stdout = await recognise(opts, fifo, pcm, call.signal);
        return { segments: pocketsphinxSegments(stdout), model: 'cmusphinx-en-us' };
      } finally {
        await fs.rm(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * Runs the engine over the samples, which go through a named pipe (FIFO) in a private directory:
 * the kernel passes them from this process to the engine and nothing is written to the disk.
 * (Its standard input will not do: Node gives a child a socket there, which the engine cannot open
 * as a file.) A name not ending in .wav is read as raw 16 kHz 16-bit mono samples.
 */
async function recognise(opts: PocketsphinxOptions, fifo: string, pcm: Buffer, signal: AbortSignal): Promise<string> {
  const args = ['-infile', fifo, '-time', 'yes', '-logfn', '/dev/null'];
  if (opts.modelDir !== undefined) {
    args.push('-hmm', path.join(opts.modelDir, 'en-us'), '-lm', path.join(opts.modelDir, 'en-us.lm.bin'), '-dict', path.join(opts.modelDir, 'cmudict-en-us.dict'));
  }
  if (signal.aborted) throw new TranscriptionError('timeout', true);
  const child = spawn(opts.bin, args, { stdio: ['ignore', 'pipe', 'ignore'], shell: false, signal, killSignal: 'SIGKILL' });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  const exited = new Promise<string>((resolve, reject) => {
    let failed: TranscriptionError | undefined;
    child.on('error', (err: NodeJS.ErrnoException) => {
      if (err.name === 'AbortError') failed = new TranscriptionError('timeout', true);
      // Not installed: the operator's step (README); retrying will not install it.
      else if (err.code === 'ENOENT') failed = new TranscriptionError('unavailable', false, 'provider_not_installed');
      else failed = new TranscriptionError('unavailable', true);
      reject(failed);
    });
    child.on('close', (code) => {
      if (failed !== undefined) reject(failed);
      else if (code !== 0) reject(new TranscriptionError('unavailable', true));
      else resolve(Buffer.concat(chunks).toString('utf8'));
    });
  });
  // Opening the FIFO for writing waits for the engine to open it for reading. Should the engine
  // never get there (it failed to start, or was killed), a reader opened here releases the wait.
  let opened = false;
  const release = (): void => {
    if (!opened) void fs.open(fifo, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK).then((h) => h.close(), () => undefined);
  };
  child.once('close', release);
  child.once('error', release);
  const writing = (async () => {
    const h = await fs.open(fifo, 'w');
    opened = true;
    try {
      await h.write(pcm);
    } catch {
      // The engine stopped reading; its exit status says why.
    } finally {
      await h.close();
    }
  })();
  const [out] = await Promise.all([exited, writing.catch(() => undefined)]);
  return out;
}
