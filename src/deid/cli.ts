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
import { redact } from './redact.ts';
import { loadDeidResources } from './resources.ts';
import { BUILTIN_TOPICS } from './topics.ts';
import type { DeidContext } from './types.ts';

export interface DeidIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const USAGE = `Usage: tacet deid --jsonl [--topics a,b] < input.jsonl
       tacet deid [--topics a,b] FILE
Options:
  --jsonl            read {"id","text"} JSON lines on stdin, write {"id","spans","redacted"} lines
  --topics a,b       also redact sentences on these topics: immigration, sexual, abuse
  --known-names a,b  names always caught (client pseudonym, initials, clinicians)
`;

interface Options {
  jsonl: boolean;
  file?: string;
  ctx: DeidContext;
}

function parseArgs(argv: readonly string[]): Options | string {
  const opts: Options = { jsonl: false, ctx: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string | undefined => {
      const eq = a.indexOf('=');
      if (eq >= 0) return a.slice(eq + 1);
      return argv[++i];
    };
    if (a === '--jsonl') opts.jsonl = true;
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
  return opts;
}

/** Writes respecting back-pressure, so a large input never piles up in memory. */
function write(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = stream.write(chunk, (err) => {
      if (err) reject(err);
    });
    if (ok) resolve();
    else stream.once('drain', resolve);
  });
}

/** Resolves once everything written so far has been handed to the operating system. */
function flush(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => stream.write('', () => resolve()));
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
  await loadDeidResources();
  const input = opts.jsonl ? io.stdin : opts.file === '-' ? io.stdin : createReadStream(opts.file!, 'utf8');
  return opts.jsonl ? runJsonl(input, io, opts.ctx) : runText(input, io, opts.ctx, opts.file!);
}

async function runJsonl(input: NodeJS.ReadableStream, io: DeidIo, ctx: DeidContext): Promise<number> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let failed = 0;
  try {
    for await (const line of rl) {
      lineNo++;
      if (line.trim() === '') continue;
      let row: unknown;
      try {
        row = JSON.parse(line);
      } catch {
        failed++;
        await write(io.stderr, `tacet deid: line ${lineNo}: not valid JSON, skipped\n`);
        continue;
      }
      const obj = row !== null && typeof row === 'object' && !Array.isArray(row) ? (row as Record<string, unknown>) : undefined;
      if (!obj || typeof obj.text !== 'string') {
        failed++;
        await write(io.stderr, `tacet deid: line ${lineNo}: expected an object with a string "text", skipped\n`);
        continue;
      }
      const id = typeof obj.id === 'string' || typeof obj.id === 'number' ? obj.id : null;
      const result = redact(obj.text, ctx);
      const spans = result.spans.map((s) => ({ start: s.start, end: s.end, type: s.type }));
      await write(io.stdout, JSON.stringify({ id, spans, redacted: result.text }) + '\n');
    }
  } catch (err) {
    const code = err instanceof Error && 'code' in err ? ` (${String((err as { code: unknown }).code)})` : '';
    await write(io.stderr, `tacet deid: reading input failed after line ${lineNo}${code}\n`);
    await flush(io.stdout);
    return 1;
  }
  await flush(io.stdout);
  return failed > 0 ? 1 : 0;
}

async function runText(input: NodeJS.ReadableStream, io: DeidIo, ctx: DeidContext, file: string): Promise<number> {
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
  await write(io.stdout, redact(text, ctx).text + (text.endsWith('\n') ? '' : '\n'));
  await flush(io.stdout);
  return 0;
}
