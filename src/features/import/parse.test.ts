// The pure parts of the import (R14): decoding, CSV structure, cells. No database.
import { describe, expect, it } from 'vitest';
import { decodeUpload, ImportFileError } from './decode.ts';
import { parseCsv } from './parse.ts';
import { readBirthYear, readDateTime } from './cells.ts';
import { checkMapping, suggestMapping } from './fields.ts';

const fails = (fn: () => unknown): ImportFileError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof ImportFileError) return e;
    throw e;
  }
  throw new Error('did not fail');
};

describe('import decoding and parsing', () => {
  it('R14 names the line of the first invalid UTF-8 byte, and refuses lone UTF-16 surrogates and odd lengths', () => {
    expect(fails(() => decodeUpload(Buffer.concat([Buffer.from('a,b\n1,2\n3,'), Buffer.from([0xc3, 0x28]), Buffer.from('\n')])))).toMatchObject({ code: 'encoding', line: 3 });
    // An overlong encoding of "/" is not UTF-8 either.
    expect(fails(() => decodeUpload(Buffer.from([0x61, 0x0a, 0xc0, 0xaf])))).toMatchObject({ line: 2 });
    const lone = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a\nb', 'utf16le'), Buffer.from([0x00, 0xd8])]);
    expect(fails(() => decodeUpload(lone))).toMatchObject({ code: 'encoding', line: 2 });
    expect(fails(() => decodeUpload(Buffer.from([0xff, 0xfe, 0x61])))).toMatchObject({ code: 'encoding', line: null });
    expect(fails(() => decodeUpload(Buffer.from('  \n')))).toMatchObject({ code: 'empty' });
  });

  it('R14 detects comma, semicolon and tab delimiters from the header, outside quotes', () => {
    expect(parseCsv('a;b;"c,d"\n1;2;3\n').delimiter).toBe(';');
    expect(parseCsv('a\tb\n1\t2\n').delimiter).toBe('\t');
    expect(parseCsv('"a;b",c\n1,2\n').delimiter).toBe(',');
  });

  it('R14 gives each record the line it starts on, across quoted line breaks, blank lines and CRLF', () => {
    const r = parseCsv('h1,h2\r\n1,"x\r\ny"\r\n\r\n2,3\r\n');
    expect(r.records.map((x) => [x.line, x.cells])).toEqual([[2, ['1', 'x\r\ny']], [5, ['2', '3']]]);
    const wide = parseCsv('h1,h2\nÅngström Zoë,"日本\n語"\n\n\nß,3\n');
    expect(wide.records.map((x) => x.line)).toEqual([2, 6]);
  });

  it('R14 reports a structural fault by line without the text', () => {
    const e = fails(() => parseCsv('a,b\n1,2\n3,"secret value\n4,5\n'));
    expect(e).toMatchObject({ code: 'malformed', line: 3 });
    expect(e.message).not.toContain('secret');
  });
});

describe('import cells', () => {
  it('R14 R18 keeps only the year of a date of birth', () => {
    const now = new Date('2026-04-01T00:00:00Z');
    expect(readBirthYear('1984-07-19', now)).toEqual({ ok: true, value: 1984 });
    expect(readBirthYear('07/19/1984', now)).toEqual({ ok: true, value: 1984 });
    expect(readBirthYear('1899', now)).toMatchObject({ ok: false });
    expect(readBirthYear('2027', now)).toMatchObject({ ok: false });
  });

  it('R14 reads wall-clock times in the chosen zone, across a clock change, and ISO times as written', () => {
    expect(readDateTime('2026-03-08 03:30', 'America/New_York', true)).toEqual({ ok: true, value: new Date('2026-03-08T07:30:00Z') });
    expect(readDateTime('2026-01-08 03:30', 'America/New_York', true)).toEqual({ ok: true, value: new Date('2026-01-08T08:30:00Z') });
    expect(readDateTime('12/31/2025 12:05 AM', 'UTC', true)).toEqual({ ok: true, value: new Date('2025-12-31T00:05:00Z') });
    expect(readDateTime('31.12.2025 18:00', 'Europe/Berlin', true)).toEqual({ ok: true, value: new Date('2025-12-31T17:00:00Z') });
    expect(readDateTime('2026-03-02T09:00:00+01:00', 'America/New_York', true)).toEqual({ ok: true, value: new Date('2026-03-02T08:00:00Z') });
    expect(readDateTime('2026-03-02', 'UTC', true)).toMatchObject({ ok: false, reason: 'needs a time as well as a date' });
    expect(readDateTime('2026-02-29', 'UTC', false)).toMatchObject({ ok: false });
  });

  it('R14 suggests only Tacet’s own field names and checks a mapping is complete and unambiguous', () => {
    expect(suggestMapping('sessions', ['Client Ref', 'Starts at', 'Duration (min)', 'serviceCode'])).toEqual({ clientRef: 0, startsAt: 1, serviceCode: 3 });
    expect(checkMapping('clients', { name: 0 }, 1)).toBeUndefined();
    expect(checkMapping('clients', { name: 3 }, 2)).toBe('name points at column 4, which the file does not have');
    expect(checkMapping('clients', { pronouns: 0 }, 2)).toMatch(/needs a name/);
    expect(checkMapping('clients', { name: 0, startsAt: 1 }, 2)).toBe('startsAt is not a field of a clients import');
  });
});
