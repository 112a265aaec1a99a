// One line of the `tacet deid --jsonl` contract, shared by the main thread and the worker threads
// that redact large inputs in parallel. Errors name the line number only, never its content (R25).
import { redact } from './redact.ts';
import type { DeidContext } from './types.ts';

export interface LineResult {
  /** The output line, newline included; absent when the line was skipped. */
  out?: string;
  /** The message for stderr, newline included. */
  err?: string;
}

export function processLine(line: string, lineNo: number, ctx: DeidContext): LineResult {
  if (line.trim() === '') return {};
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch {
    return { err: `tacet deid: line ${lineNo}: not valid JSON, skipped\n` };
  }
  const obj = row !== null && typeof row === 'object' && !Array.isArray(row) ? (row as Record<string, unknown>) : undefined;
  if (!obj || typeof obj.text !== 'string') return { err: `tacet deid: line ${lineNo}: expected an object with a string "text", skipped\n` };
  const id = typeof obj.id === 'string' || typeof obj.id === 'number' ? obj.id : null;
  const result = redact(obj.text, ctx);
  const spans = result.spans.map((s) => ({ start: s.start, end: s.end, type: s.type }));
  return { out: JSON.stringify({ id, spans, redacted: result.text }) + '\n' };
}

/** A batch of lines as sent to a worker, and what comes back. */
export interface Batch {
  seq: number;
  first: number;
  lines: string[];
}
export interface BatchResult {
  seq: number;
  out: string;
  err: string;
  failed: number;
}

export function processBatch(b: Batch, ctx: DeidContext): BatchResult {
  let out = '';
  let err = '';
  let failed = 0;
  for (let i = 0; i < b.lines.length; i++) {
    const r = processLine(b.lines[i]!, b.first + i, ctx);
    if (r.out) out += r.out;
    if (r.err) {
      err += r.err;
      failed++;
    }
  }
  return { seq: b.seq, out, err, failed };
}
