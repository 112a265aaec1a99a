// Pieces the HTTP benchmarks share (clinical, load, growth): a runtime assembled exactly as
// production assembles it around a database the bench opened itself, a closed-loop load generator
// and the percentile they all report. One copy, so two benches compared side by side measure the
// same way.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { loadConfig } from '../src/config/config.ts';
import { createLogger, type Logger } from '../src/logging/logger.ts';
import { FileKeyringStore } from '../src/crypto/keyring.ts';
import { MasterKeys } from '../src/crypto/envelope.ts';
import { assembleRuntime, type Runtime } from '../src/platform/runtime.ts';
import type { Kysely } from 'kysely';
import type { DbHandle } from '../src/db/database.ts';
import type { Database } from '../src/db/schema.ts';
import { systemContext, withTenant } from '../src/db/tenant.ts';
import { seedPractice, type SeededPractice } from '../test/factories.ts';

/** Nearest-rank percentile of an ascending array (NaN when empty). */
export function pct(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** A logger that drops everything: the benches measure the work, not log writing to a terminal. */
export function silentLogger(): Logger {
  return createLogger('info', new Writable({ write: (_c, _e, cb) => cb() }));
}

export interface BenchRuntimeOptions {
  /** Configuration variables beyond the data directory (AI provider stubs, log level). */
  env?: Record<string, string>;
  logger?: Logger;
  /** Extra clean-up after the runtime closed (an admin connection, say). */
  onClose?: () => Promise<void>;
}

/**
 * The production runtime (`assembleRuntime`) around `handle`, with a fresh master key, a file
 * keyring and blob store in a temporary directory that `close()` removes.
 */
export async function benchRuntime(handle: DbHandle, label: string, opts: BenchRuntimeOptions = {}): Promise<Runtime> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `tacet-bench-${label}-`));
  const config = loadConfig({ TACET_DATA_DIR: dataDir, LOG_LEVEL: 'info', ...opts.env });
  const rt = await assembleRuntime(config, opts.logger ?? silentLogger(), {
    dbHandle: handle,
    keyring: new FileKeyringStore(path.join(dataDir, 'keyring')),
    master: new MasterKeys(crypto.randomBytes(32)),
  });
  const close = rt.close.bind(rt);
  rt.close = async () => {
    await close();
    await opts.onClose?.();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  return rt;
}

/** The bench practice: the factory's practice plus practitioners up to `clinicians` in all. */
export async function seedBenchPractice(db: Kysely<Database>, clinicians: number): Promise<{ p: SeededPractice; clinicians: string[] }> {
  const p = await seedPractice(db, 'Bench');
  const ids: string[] = [p.users.practitioner];
  await withTenant(db, systemContext(p.practiceId), async (trx) => {
    for (let i = 1; i < clinicians; i++) {
      const id = crypto.randomUUID();
      await trx.insertInto('users').values({ id, email: `clinician.${i}.${id.slice(0, 6)}@example.test`, name: `Bench Clinician ${i}` }).execute();
      await trx.insertInto('memberships').values({ practice_id: p.practiceId, user_id: id, role: 'practitioner' }).execute();
      ids.push(id);
    }
  });
  return { p, clinicians: ids };
}

export interface LoadRequest {
  method: string;
  path: string;
  body?: string;
  headers: Record<string, string>;
}

export interface ClosedLoopResult {
  /** Milliseconds per answered request, in completion order. */
  latencies: number[];
  /** Answers of 300 or more, and requests that failed to connect. */
  errors: number;
  secs: number;
}

/** Closed-loop load: `connections` workers, each sending its next request when the last answers. */
export async function closedLoop(port: number, connections: number, durationMs: number, next: () => LoadRequest): Promise<ClosedLoopResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let errors = 0;
  const end = Date.now() + durationMs;
  const one = (): Promise<void> =>
    new Promise((resolve) => {
      const r = next();
      const t0 = process.hrtime.bigint();
      const req = http.request(
        { host: '127.0.0.1', port, method: r.method, path: r.path, agent, headers: { ...r.headers, ...(r.body !== undefined ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(r.body) } : {}) } },
        (res) => {
          res.resume();
          res.on('end', () => {
            latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
            if ((res.statusCode ?? 500) >= 300) errors++;
            resolve();
          });
        },
      );
      req.on('error', () => {
        errors++;
        resolve();
      });
      if (r.body !== undefined) req.write(r.body);
      req.end();
    });
  const start = Date.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < end) await one();
    }),
  );
  const secs = (Date.now() - start) / 1000;
  agent.destroy();
  return { latencies, errors, secs };
}
