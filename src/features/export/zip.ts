// The archive writer: a zip built entry by entry with yazl (MIT), whose output is a stream. An
// entry is added only when the one before it has been read to its end, so at any moment one
// entry's source is being read and memory stays bounded whatever the number of records; yazl
// writes ZIP64 records by itself when an archive passes 4 GiB or 65,535 entries.
import { Readable } from 'node:stream';
import yazl from 'yazl';

export class ZipWriter {
  private readonly zip = new yazl.ZipFile();
  readonly output: Readable;
  private readonly mtime: Date;
  entries = 0;

  constructor(mtime: Date) {
    this.mtime = mtime;
    this.output = this.zip.outputStream as Readable;
  }

  /**
   * Adds one file and resolves once its content has been read to the end. `compress: false` for
   * content that is already compressed (PDF).
   */
  add(name: string, source: () => Readable, opts: { compress?: boolean } = {}): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.zip.addReadStreamLazy(name, { mtime: this.mtime, mode: 0o100600, compress: opts.compress ?? true }, (cb) => {
        let s: Readable;
        try {
          s = source();
        } catch (thrown) {
          const err = thrown instanceof Error ? thrown : new Error('archive entry source failed');
          reject(err);
          cb(err, Readable.from([]));
          return;
        }
        s.once('end', () => resolve());
        s.once('error', (err) => {
          reject(err);
          this.output.destroy(err);
        });
        cb(null, s);
      });
      this.entries++;
    });
  }

  addBuffer(name: string, data: Buffer | string, opts: { compress?: boolean } = {}): Promise<void> {
    const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    return this.add(name, () => Readable.from([buf]), opts);
  }

  /** Writes the central directory and ends the output. */
  end(): void {
    this.zip.end();
  }
}

/** A readable of a JSON array whose elements come from an async generator, written as they come. */
export function jsonArrayStream<T>(items: AsyncIterable<T>, head = '[', tail = ']'): Readable {
  return Readable.from(
    (async function* () {
      yield Buffer.from(head, 'utf8');
      let first = true;
      for await (const item of items) {
        yield Buffer.from(`${first ? '\n' : ',\n'}${JSON.stringify(item)}`, 'utf8');
        first = false;
      }
      yield Buffer.from(`\n${tail}\n`, 'utf8');
    })(),
  );
}
