// `tacet deid` — the fixed command-line contract used for evaluation.
//
//   tacet deid --jsonl [--topics immigration,sexual,abuse] < in.jsonl > out.jsonl
//     one output line per input line, same order:
//     {"id": …, "spans": [{"start", "end", "type"}], "redacted": "…"}
//   tacet deid [--topics …] FILE      prints the redacted text for a person to read
//
// Errors name the line number only, never its content: the content may be PHI (R25).
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { flush, write, type CommandIo } from '../cli/stream-io.ts';
import { explain } from './detect.ts';
import { processLine } from './jsonl.ts';
import { JsonlPool } from './jsonl-pool.ts';
import { redact } from './redact.ts';
import { loadDeidResources } from './index.ts';
import { loadDeidResources as loadWordLists } from './resources.ts';
import { BUILTIN_TOPICS } from './topics.ts';
import type { DeidContext } from './types.ts';

export type DeidIo = CommandIo;

const USAGE = `Usage: tacet deid --jsonl [--topics a,b] < input.jsonl
       tacet deid [--topics a,b] [--explain] FILE
Options:
  --jsonl            read {"id","text"} JSON lines on stdin, write {"id","spans","redacted"} lines
  --topics a,b       also redact sentences on these topics: immigration, sexual, abuse
  --known-names a,b  names always caught (client pseudonym, initials, clinicians)
  --explain          with FILE: list every span with the detectors and rules behind it
`;

interface Options {
  jsonl: boolean;
  explain: boolean;
  file?: string;
  ctx: DeidContext;
}

function parseArgs(argv: readonly string[]): Options | string {
  const opts: Options = { jsonl: false, explain: false, ctx: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string | undefined => {
      const eq = a.indexOf('=');
      if (eq >= 0) return a.slice(eq + 1);
      return argv[++i];
    };
    if (a === '--jsonl') opts.jsonl = true;
    else if (a === '--explain') opts.explain = true;
    else if (a === '--topics' || a.startsWith('--topics=')) {
      const v = value();
      if (v === undefined) return '--topics needs a comma-separated list';
      opts.ctx.topics = v.split(',').map((s) => s.trim()).filter(Boolean);
      // A misspelt topic would silently switch its redaction off: refuse it instead.
      const unknown = opts.ctx.topics.filter((t) => !BUILTIN_TOPICS.includes(t));
      if (unknown.length) return `unknown topic ${unknown.join(', ')} (known: ${BUILTIN_TOPICS.join(', ')})`;
    } else if (a === '--known-names' || a.startsWith('--known-names=')) {
      const v = value();
      if (v === undefined) return '--known-names needs a comma-separated list';
      opts.ctx.knownNames = v.split(',').map((s) => s.trim()).filter(Boolean);
    } else if (a === '-h' || a === '--help') return 'help';
    else if (a.startsWith('-') && a !== '-') return `unknown option ${a}`;
    else if (opts.file === undefined) opts.file = a;
    else return 'only one FILE can be given';
  }
  if (!opts.jsonl && opts.file === undefined) return 'give --jsonl or a FILE';
  if (opts.explain && opts.jsonl) return '--explain reads a FILE, not --jsonl';
  return opts;
}

export async function runDeidCli(argv: string[], io: DeidIo): Promise<number> {
  const opts = parseArgs(argv);
  if (typeof opts === 'string') {
    if (opts === 'help') {
      await write(io.stdout, USAGE);
      return 0;
    }
    await write(io.stderr, `tacet deid: ${opts}\n${USAGE}`);
    return 2;
  }
  // The word lists are needed by every run; the topic rules only when topics are on (they compile
  // on first use otherwise, so start-up does not pay ~0.1 s for them).
  if (opts.ctx.topics?.length) await loadDeidResources();
  else await loadWordLists();
  const input = opts.jsonl ? io.stdin : opts.file === '-' ? io.stdin : createReadStream(opts.file!, 'utf8');
  return opts.jsonl ? runJsonl(input, io, opts.ctx) : runText(input, io, opts.ctx, opts.file!, opts.explain);
}

// With TACET_DEID_WORKERS=N (N >= 2), inputs larger than this are redacted by N worker threads.
// The default is one thread: measured on a 6 MB stream (docs/benchmarks.md), the workers were
// slower on two cores — each loads the code and the word lists again and starts with cold caches,
// and on a shared machine the second core is rarely free. Small inputs never pay a worker's start-up.
const PARALLEL_AFTER_BYTES = 512 * 1024;
const BATCH_BYTES = 64 * 1024;

function workerCount(): number {
  const configured = Number(process.env.TACET_DEID_WORKERS);
  if (Number.isInteger(configured) && configured >= 1) return Math.min(configured, 16);
  return 1;
}

async function runJsonl(input: NodeJS.ReadableStream, io: DeidIo, ctx: DeidContext): Promise<number> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let failed = 0;
  let seen = 0;
  const workers = workerCount();
  let pool: JsonlPool | undefined;
  let batch: string[] = [];
  let batchFirst = 1;
  let batchBytes = 0;
  // Output lines are gathered and written in one call per input chunk (or per 64 KB) rather than
  // one call per line: a write to a file or pipe is a system call. The gathered lines go out as
  // soon as the lines read so far are done (setImmediate runs once readline waits for more input),
  // so a caller that writes one line and waits for its answer still gets it.
  let pending = '';
  let scheduled = false;
  const flushPending = async (): Promise<void> => {
    if (pending === '') return;
    const chunk = pending;
    pending = '';
    await write(io.stdout, chunk);
  };
  const emit = async (r: { out: string; err: string; failed: number }): Promise<void> => {
    failed += r.failed;
    if (r.err) {
      await flushPending();
      await write(io.stderr, r.err);
    }
    if (!r.out) return;
    pending += r.out;
    if (pending.length >= BATCH_BYTES) await flushPending();
    else if (!scheduled) {
      scheduled = true;
      setImmediate(() => {
        scheduled = false;
        // Back-pressure is honoured by the next awaited write (it waits for 'drain').
        if (pending !== '') io.stdout.write(pending);
        pending = '';
      });
    }
  };
  try {
    try {
      for await (const line of rl) {
        lineNo++;
        seen += line.length;
        if (pool === undefined && workers > 1 && seen > PARALLEL_AFTER_BYTES) pool = new JsonlPool(workers, ctx);
        if (pool === undefined) {
          const r = processLine(line, lineNo, ctx);
          await emit({ out: r.out ?? '', err: r.err ?? '', failed: r.err ? 1 : 0 });
          continue;
        }
        if (batch.length === 0) batchFirst = lineNo;
        batch.push(line);
        batchBytes += line.length;
        if (batchBytes >= BATCH_BYTES) {
          await pool.submit(batchFirst, batch, emit);
          batch = [];
          batchBytes = 0;
        }
      }
      if (pool !== undefined) {
        if (batch.length) await pool.submit(batchFirst, batch, emit);
        await pool.finish(emit);
      }
      await flushPending();
    } finally {
      await pool?.close();
    }
  } catch (err) {
    const code = err instanceof Error && 'code' in err ? ` (${String((err as { code: unknown }).code)})` : '';
    await flushPending().catch(() => {});
    await write(io.stderr, `tacet deid: reading input failed after line ${lineNo}${code}\n`);
    await flush(io.stdout);
    return 1;
  }
  await flush(io.stdout);
  return failed > 0 ? 1 : 0;
}

async function runText(input: NodeJS.ReadableStream, io: DeidIo, ctx: DeidContext, file: string, explainSpans = false): Promise<number> {
  const chunks: string[] = [];
  try {
    for await (const chunk of input) chunks.push(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
  } catch (err) {
    const code = err instanceof Error && 'code' in err ? String((err as { code: unknown }).code) : 'read error';
    // The file name is the user's own argument; its content is never echoed.
    await write(io.stderr, `tacet deid: cannot read ${file === '-' ? 'stdin' : JSON.stringify(file)}: ${code}\n`);
    return 1;
  }
  const text = chunks.join('');
  if (explainSpans) {
    // A debugging aid for the person who owns the file: it prints the words it found, on stdout only.
    const r = explain(text, ctx);
    let out = '';
    for (const s of r.spans) {
      const why = r.proposals.filter((p) => p.start < s.end && p.end > s.start).map((p) => `${p.type} ${p.evidence}`);
      out += `${s.start}-${s.end} ${s.type} ${JSON.stringify(text.slice(s.start, s.end))}\n  ${[...new Set(why)].join('\n  ') || 'topic sentence'}\n`;
    }
    await write(io.stdout, out || 'no spans\n');
    await flush(io.stdout);
    return 0;
  }
  await write(io.stdout, redact(text, ctx).text + (text.endsWith('\n') ? '' : '\n'));
  await flush(io.stdout);
  return 0;
}
