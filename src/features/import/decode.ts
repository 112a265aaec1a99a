// The bytes of an upload become text here, in memory (R14). Accepted: UTF-8 with or without a
// byte-order mark, and UTF-16 (little- or big-endian) with its byte-order mark. Anything else is
// refused with the line where it goes wrong and never a byte of the file: Latin-1 or Windows-1252
// bytes are invalid UTF-8 and stop at their line; UTF-16 without a mark reads as UTF-8 full of NUL
// characters, which no CSV holds, and is refused at the first one with a hint.

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

export class ImportFileError extends Error {
  override name = 'ImportFileError';
  constructor(
    readonly code: 'encoding' | 'malformed' | 'empty' | 'too_many_rows' | 'header',
    /** 1-based physical line of the file, when there is one. */
    readonly line: number | null,
    readonly reason: string,
  ) {
    super(line === null ? reason : `line ${line}: ${reason}`);
  }
}

export interface Decoded {
  text: string;
  encoding: Encoding;
}

/** Length of the valid UTF-8 sequence at `i`, or 0 when the bytes there are not UTF-8. */
function utf8SequenceLength(b: Uint8Array, i: number): number {
  const c = b[i] ?? 0;
  if (c < 0x80) return 1;
  const cont = (k: number) => ((b[i + k] ?? 0) & 0xc0) === 0x80;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const c1 = b[i + 1] ?? 0;
    if (c === 0xe0 && c1 < 0xa0) return 0; // overlong
    if (c === 0xed && c1 > 0x9f) return 0; // surrogate
    return cont(1) && cont(2) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const c1 = b[i + 1] ?? 0;
    if (c === 0xf0 && c1 < 0x90) return 0;
    if (c === 0xf4 && c1 > 0x8f) return 0;
    return cont(1) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** The line of the first byte that is not UTF-8 (only called once decoding has failed). */
function firstInvalidUtf8Line(b: Uint8Array, start: number): number {
  let line = 1;
  for (let i = start; i < b.length; ) {
    const n = utf8SequenceLength(b, i);
    if (n === 0) return line;
    if (b[i] === 0x0a) line++;
    i += n;
  }
  return line;
}

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** A lone surrogate: UTF-16 that does not decode to characters. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function decodeUpload(bytes: Uint8Array): Decoded {
  const b0 = bytes[0];
  const b1 = bytes[1];
  let text: string;
  let encoding: Encoding;
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    encoding = b0 === 0xff ? 'utf-16le' : 'utf-16be';
    const body = bytes.subarray(2);
    if (body.length % 2 !== 0) throw new ImportFileError('encoding', null, 'the file says it is UTF-16 but ends in the middle of a character');
    // Copied, so swapping the bytes of a big-endian file never touches the caller's buffer.
    const units = Buffer.from(body);
    if (encoding === 'utf-16be') units.swap16();
    text = units.toString('utf16le');
    const bad = LONE_SURROGATE.exec(text);
    if (bad !== null) throw new ImportFileError('encoding', lineOfOffset(text, bad.index), 'is not valid UTF-16');
  } else {
    const bom = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf;
    encoding = bom ? 'utf-8-bom' : 'utf-8';
    const body = bom ? bytes.subarray(3) : bytes;
    // Checked before decoding: UTF-16 without its mark is mostly valid UTF-8 with NULs, and the
    // NUL says more about what is wrong than the first non-ASCII letter would.
    const nulByte = body.indexOf(0);
    if (nulByte !== -1) {
      let line = 1;
      for (let i = body.indexOf(0x0a); i !== -1 && i < nulByte; i = body.indexOf(0x0a, i + 1)) line++;
      throw new ImportFileError('encoding', line, 'holds a NUL character; if the file is UTF-16, save it with a byte-order mark');
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    } catch {
      throw new ImportFileError('encoding', firstInvalidUtf8Line(body, 0),
        'is not valid UTF-8; save the file as "CSV UTF-8" (or UTF-16 with a byte-order mark) and upload it again');
    }
  }
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    throw new ImportFileError('encoding', lineOfOffset(text, nul),
      'holds a NUL character; if the file is UTF-16, save it with a byte-order mark');
  }
  if (text.trim() === '') throw new ImportFileError('empty', null, 'the file is empty');
  return { text, encoding };
}
