// Output helpers shared by the JSON-lines commands (`tacet deid`, `tacet verify-draft`).

/** The streams a command reads and writes; tests pass their own. */
export interface CommandIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** Writes respecting back-pressure, so a large input never piles up in memory. */
export function write(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = stream.write(chunk, (err) => {
      if (err) reject(err);
    });
    if (ok) resolve();
    else stream.once('drain', resolve);
  });
}

/** Resolves once everything written so far has been handed to the operating system. */
export function flush(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => stream.write('', () => resolve()));
}
