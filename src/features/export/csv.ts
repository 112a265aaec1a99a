// CSV files of the archive (clients, sessions, measures), RFC 4180. A cell that a spreadsheet
// would run as a formula — one beginning with = + - @, or a tab or carriage return that some
// programs strip before looking — is prefixed with an apostrophe, so opening the export can never
// execute anything (CSV/formula injection).
import { Readable } from 'node:stream';

export type Cell = string | number | boolean | null | undefined;

export function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvCell(v: Cell): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'string' ? neutralise(v) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: readonly Cell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** A CSV file streamed row by row from an async source. */
export function csvStream<T>(header: readonly string[], rows: AsyncIterable<T>, toCells: (row: T) => readonly Cell[]): Readable {
  return Readable.from(
    (async function* () {
      yield Buffer.from(csvLine(header), 'utf8');
      for await (const r of rows) yield Buffer.from(csvLine(toCells(r)), 'utf8');
    })(),
  );
}
