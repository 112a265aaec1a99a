// CSV text to records, in memory (R14), with csv-parse (RFC 4180 quoting, quoted line breaks).
// The delimiter is read from the header line: comma, semicolon (spreadsheets in many European
// locales) or tab, whichever the header holds most of outside quotes. Each record keeps the
// physical line it starts on, so every error can name it. A structural fault (a quote never
// closed, text after a closing quote) stops the file: what follows cannot be trusted to be split
// into the right cells. Errors are rebuilt here from csv-parse's code and line: its own messages
// quote the offending characters, and an error must never echo the file.
import { parse } from 'csv-parse/sync';
import { ImportFileError } from './decode.ts';

export interface CsvRecord {
  /** 1-based physical line the record starts on. */
  line: number;
  cells: string[];
}

export interface ParsedCsv {
  delimiter: ',' | ';' | '\t';
  header: string[];
  records: CsvRecord[];
}

/** At most this many data rows per file (20 MB of CSV holds far fewer real rows). */
export const MAX_ROWS = 200_000;
const MAX_CELL = 64 * 1024;

/**
 * Physical line numbers of record starts, from csv-parse's byte offsets. (Its own line counter
 * counts a CRLF inside a quoted cell twice, so it is not used.) Walks the UTF-8 bytes once.
 */
class LineCounter {
  private pos = 0;
  private line = 1;
  constructor(private readonly bytes: Buffer) {}

  private step(): void {
    const ch = this.bytes[this.pos];
    if (ch === 13) {
      this.line++;
      if (this.bytes[this.pos + 1] === 10) this.pos++;
    } else if (ch === 10) this.line++;
    this.pos++;
  }

  /** The line of the next record that starts at or after byte `offset`, blank lines skipped. */
  startAfter(offset: number): number {
    while (this.pos < offset) this.step();
    while (this.bytes[this.pos] === 10 || this.bytes[this.pos] === 13) this.step();
    return this.line;
  }
}

function detectDelimiter(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text.slice(0, 64 * 1024)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

const STRUCTURAL: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted cell that starts here is never closed',
  CSV_INVALID_CLOSING_QUOTE: 'a closing quote is followed by other characters in the same cell',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'a closing quote is followed by other characters in the same cell',
  CSV_MAX_RECORD_SIZE: `a row is longer than ${MAX_CELL / 1024} KiB`,
};

/** Parses CSV text. `headerOnly` reads the first record alone (the column-mapping step). */
export function parseCsv(text: string, opts: { headerOnly?: boolean } = {}): ParsedCsv {
  const delimiter = detectDelimiter(text);
  let rows: Array<{ record: string[]; info: { lines: number; bytes: number } }>;
  const lines = new LineCounter(Buffer.from(text, 'utf8'));
  const options = { delimiter, info: true, relax_column_count: true, skip_empty_lines: true, max_record_size: MAX_CELL } as const;
  try {
    rows = parse(text, { ...options, ...(opts.headerOnly === true ? { to_line: 1 } : {}) }) as unknown as typeof rows;
  } catch (err) {
    const e = err as { code?: string; lines?: number; records?: number };
    const reason = (e.code !== undefined ? STRUCTURAL[e.code] : undefined) ?? 'is not valid CSV';
    let line = e.lines ?? 1;
    if (e.code === 'CSV_QUOTE_NOT_CLOSED') {
      // Reported where the quote opened: the line after the last complete record.
      const done = (e.records ?? 0) === 0 ? [] : (parse(text, { ...options, to: e.records }) as unknown as typeof rows);
      line = lines.startAfter(done[done.length - 1]?.info.bytes ?? 0);
    }
    throw new ImportFileError('malformed', line, reason);
  }
  const first = rows[0];
  if (first === undefined) throw new ImportFileError('empty', null, 'the file has no header row');
  const header = first.record.map((h) => h.trim());
  if (header.every((h) => h === '')) throw new ImportFileError('header', lines.startAfter(0), 'the header row is empty');
  if (rows.length - 1 > MAX_ROWS) throw new ImportFileError('too_many_rows', null, `the file has more than ${MAX_ROWS} rows; split it`);
  const records: CsvRecord[] = [];
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i];
    const prev = rows[i - 1];
    if (r === undefined || prev === undefined) continue;
    records.push({ line: lines.startAfter(prev.info.bytes), cells: r.record });
  }
  return { delimiter, header, records };
}
