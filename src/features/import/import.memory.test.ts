// R14: the raw upload is parsed in memory and never touches the file system, and an upload far
// over the limit is refused without being read whole. Over real HTTP, as a browser sends it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import crypto from 'node:crypto';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openImportClinic, type ImportClinic } from '../../../test/import-clinic.ts';
import type { ReviewView } from './schema.ts';

let c: ImportClinic;
let port: number;
beforeAll(async () => {
  c = await openImportClinic();
  await c.app.listen({ port: 0, host: '127.0.0.1' });
  port = (c.app.server.address() as { port: number }).port;
}, 60_000);
afterAll(async () => c.close());

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/**
 * Sends `total` bytes (chunks of 1 MiB) on a raw socket until the server answers or closes;
 * returns the status line's code and what was sent. A raw socket, because the server closes the
 * connection after its 413 and an HTTP client then reports the broken pipe instead of the answer.
 */
async function send(total: number, framing: 'length' | 'chunked'): Promise<{ status: number; sent: number }> {
  const sock = net.connect(port, '127.0.0.1');
  await once(sock, 'connect');
  let answer = '';
  let closed = false;
  sock.on('data', (d: Buffer) => (answer += d.toString('latin1')));
  sock.on('error', () => undefined); // EPIPE/ECONNRESET once the server has closed
  const ended = new Promise<void>((r) => sock.on('close', () => ((closed = true), r())));
  const head = [
    `POST /api/imports?kind=clients&mapping=${encodeURIComponent('{"name":0}')} HTTP/1.1`,
    'Host: 127.0.0.1',
    `Cookie: ${c.pr.headers.cookie}`,
    `x-csrf-token: ${c.pr.headers['x-csrf-token']}`,
    'Content-Type: text/csv',
    framing === 'length' ? `Content-Length: ${total}` : 'Transfer-Encoding: chunked',
  ].join('\r\n');
  sock.write(`${head}\r\n\r\n`);
  const chunk = Buffer.alloc(1024 * 1024, 'Test Bulk Person\n');
  let sent = 0;
  while (answer === '' && !closed && sent < total) {
    const framed = framing === 'length' ? [chunk] : [Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')];
    let more = true;
    for (const f of framed) more = sock.write(f) && more;
    sent += chunk.length;
    if (!more) await Promise.race([once(sock, 'drain').catch(() => undefined), ended, new Promise((r) => setTimeout(r, 50))]);
  }
  // Wait for the status line (or the close).
  for (let i = 0; i < 200 && !/\r\n/.test(answer) && !closed; i++) await new Promise((r) => setTimeout(r, 10));
  sock.destroy();
  return { status: Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0), sent };
}

describe('CSV import in memory', () => {
  it('R14 the raw upload never touches the file system: no file written, no write API given its content', async () => {
    const marker = `Qx${crypto.randomBytes(6).toString('hex')}`;
    const privateTmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tacet-import-tmp-'));
    const savedTmp = process.env.TMPDIR;
    process.env.TMPDIR = privateTmp; // whatever asks os.tmpdir() in this process now writes here
    const events: string[] = [];
    const watchers = [privateTmp, c.rt.dataDir].map((d) => fs.watch(d, { recursive: true }, (_e, f) => events.push(path.join(d, String(f)))));
    const seen: string[] = [];
    // Record every call to the file system's write APIs, passing them on unchanged.
    const writes: Array<[object, string]> = [
      [fs, 'writeFile'], [fs, 'writeFileSync'], [fs, 'appendFile'], [fs, 'appendFileSync'], [fs, 'write'], [fs, 'writeSync'], [fs, 'writev'], [fs, 'writevSync'], [fs, 'createWriteStream'],
      [fs.promises, 'writeFile'], [fs.promises, 'appendFile'],
    ];
    const originals = writes.map(([o, n]) => [o, n, (o as Record<string, unknown>)[n]] as const);
    for (const [o, n, orig] of originals) {
      if (typeof orig !== 'function') continue;
      vi.spyOn(o as Record<string, (...a: unknown[]) => unknown>, n).mockImplementation((...args: unknown[]) => {
        seen.push(args.map((a) => (Buffer.isBuffer(a) || typeof a === 'string' ? a.toString() : '')).join(' '));
        return (orig as (...a: unknown[]) => unknown).apply(o, args);
      });
    }
    try {
      const csv = `clientRef,name,pronouns\n${marker}-1,Test ${marker} Person,${marker}\n${marker}-2,Other ${marker} Person,${marker}\n`;
      const res = await fetch(`http://127.0.0.1:${port}/api/imports?kind=clients&mapping=${encodeURIComponent(JSON.stringify({ clientRef: 0, name: 1, pronouns: 2 }))}`, {
        method: 'POST',
        headers: { ...c.pr.headers, 'content-type': 'text/csv' },
        body: csv,
      });
      expect(res.status).toBe(201);
      const v = (await res.json()) as ReviewView;
      expect(v.clients.map((x) => x.pronouns)).toEqual([marker, marker]);
      const review = await fetch(`http://127.0.0.1:${port}/api/imports/${v.id}`, { headers: c.pr.headers });
      expect(review.status).toBe(200);
      await new Promise((r) => setTimeout(r, 200)); // let pending watch events arrive
    } finally {
      for (const w of watchers) w.close();
      vi.restoreAllMocks();
      if (savedTmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = savedTmp;
    }
    // Nothing appeared in the temporary directory, and no write call carried the upload.
    expect(events.filter((e) => e.startsWith(privateTmp))).toEqual([]);
    expect(seen.filter((s) => s.includes(marker))).toEqual([]);
    // No file in the data directory or the temporary directory holds any of it.
    for (const f of [...filesUnder(privateTmp), ...filesUnder(c.rt.dataDir)]) expect(fs.readFileSync(f).includes(marker), f).toBe(false);
    fs.rmSync(privateTmp, { recursive: true, force: true });
  });

  it('R14 a 100 MB upload declared by Content-Length is refused with 413 before it is read', async () => {
    const r = await send(100 * 1024 * 1024, 'length');
    expect(r.status).toBe(413);
    expect(r.sent).toBeLessThan(100 * 1024 * 1024);
  });

  it('R14 a 100 MB chunked upload is cut off with 413 at the 20 MB limit, never buffered whole', async () => {
    const before = await c.rt.testDb.asAdmin((db) => db.selectFrom('imports').select('id').execute());
    const r = await send(100 * 1024 * 1024, 'chunked');
    expect(r.status).toBe(413);
    // The server stopped reading past the limit and closed the connection: the client could not
    // push the rest through (socket buffers aside).
    expect(r.sent).toBeLessThan(60 * 1024 * 1024);
    expect(await c.rt.testDb.asAdmin((db) => db.selectFrom('imports').select('id').execute())).toEqual(before);
  }, 60_000);
});
