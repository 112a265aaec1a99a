// `tacet verify-draft --jsonl` — the fixed command-line contract used for evaluation (issue 15).
//
//   tacet verify-draft --jsonl < in.jsonl > out.jsonl
//     in:  {"id": …, "sources": ["…", …], "sentence": "…", "cites": [0, 2]}   (indices into sources)
//     out: {"id": …, "label": "SUPPORTED" | "CONTRADICTED" | "UNSUPPORTED", "reasons": ["…"]}
//     one output line per input line, same order.
//
// Errors name the line number only, never its content: the content is clinical text (R25).
import { createInterface } from 'node:readline';
import { flush, write, type CommandIo } from '../../../cli/stream-io.ts';
import { citedAndContext, verifyClaim } from './index.ts';

export type VerifyIo = CommandIo;

const USAGE = `Usage: tacet verify-draft --jsonl < input.jsonl
Options:
  --jsonl   read {"id","sources","sentence","cites"} JSON lines on stdin,
            write {"id","label","reasons"} lines (label SUPPORTED, CONTRADICTED or UNSUPPORTED)
`;

export interface VerifyRow {
  id: string | number | null;
  sources: string[];
  sentence: string;
  cites: number[];
}

/** The row, or what is wrong with it (a description that never quotes the content). */
export function parseRow(row: unknown): VerifyRow | string {
  if (row === null || typeof row !== 'object' || Array.isArray(row)) return 'expected a JSON object';
  const o = row as Record<string, unknown>;
  if (typeof o.sentence !== 'string') return 'expected a string "sentence"';
  if (!Array.isArray(o.sources) || !o.sources.every((s) => typeof s === 'string')) return 'expected "sources" to be an array of strings';
  const sources = o.sources;
  if (!Array.isArray(o.cites) || !o.cites.every((c) => Number.isInteger(c))) return 'expected "cites" to be an array of integers';
  const cites = o.cites as number[];
  if (cites.some((c) => c < 0 || c >= sources.length)) return '"cites" holds an index outside "sources"';
  const id = typeof o.id === 'string' || typeof o.id === 'number' ? o.id : null;
  return { id, sources, sentence: o.sentence, cites };
}

export async function runVerifyCli(argv: string[], io: VerifyIo): Promise<number> {
  if (argv.includes('-h') || argv.includes('--help')) {
    await write(io.stdout, USAGE);
    return 0;
  }
  const unknown = argv.find((a) => a !== '--jsonl');
  if (unknown !== undefined || !argv.includes('--jsonl')) {
    await write(io.stderr, `tacet verify-draft: ${unknown !== undefined ? `unknown option ${unknown}` : 'give --jsonl'}\n${USAGE}`);
    return 2;
  }
  const rl = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  let failed = 0;
  try {
    for await (const line of rl) {
      lineNo++;
      if (line.trim() === '') continue;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        failed++;
        await write(io.stderr, `tacet verify-draft: line ${lineNo}: not valid JSON, skipped\n`);
        continue;
      }
      const row = parseRow(json);
      if (typeof row === 'string') {
        failed++;
        await write(io.stderr, `tacet verify-draft: line ${lineNo}: ${row}, skipped\n`);
        continue;
      }
      const v = verifyClaim(row.sentence, ...citedAndContext(row.sources, row.cites));
      await write(io.stdout, JSON.stringify({ id: row.id, label: v.label, reasons: v.reasons }) + '\n');
    }
  } catch (err) {
    const code = err instanceof Error && 'code' in err ? ` (${String((err as { code: unknown }).code)})` : '';
    await write(io.stderr, `tacet verify-draft: reading input failed after line ${lineNo}${code}\n`);
    await flush(io.stdout);
    return 1;
  }
  await flush(io.stdout);
  return failed > 0 ? 1 : 0;
}
