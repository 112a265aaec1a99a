// The job runner (issue 17). Each app server runs one; together they run every job once:
//   claim   — UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED) in the system context of the
//             system chain (queries.ts), taking a lease of `leaseMs`;
//   work    — the handler runs in its own tenant transactions (it decides the context: the
//             requester's, or system work of the job's practice); a heartbeat renews the lease,
//             and every checkpoint the handler saves renews it too;
//   fencing — every write of the runner names its lease owner, so a runner whose lease was taken
//             over (it stalled, the other one resumed the job) can no longer touch the row; its
//             handler sees `signal` aborted and stops;
//   crash   — a dead runner's lease runs out and another runner claims the job again, handing the
//             handler the last checkpoint it saved; handlers are written to be idempotent from
//             any checkpoint;
//   failure — retried with exponential backoff up to max_attempts, then 'failed' with an error id
//             and an error type on the row and in the log: never the message, which may quote data.
// Every clock read goes through `now` (one place), so a test clock can stand in.
import crypto from 'node:crypto';
import os from 'node:os';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.ts';
import type { Logger } from '../../logging/logger.ts';
import { claimJob, ensureRecurring, finishJob, renewLease, saveCheckpoint, type JobRow } from './queries.ts';

export interface Progress {
  done: number;
  total?: number | null;
}

export interface RunningJob<P> {
  id: string;
  kind: string;
  practiceId: string;
  createdBy: string | null;
  payload: P;
  /** The checkpoint the last attempt saved (null on a first run). */
  checkpoint: unknown;
  /** 1 on the first attempt. */
  attempt: number;
  /** Aborted when the lease is lost or the runner stops: stop at the next safe point. */
  signal: AbortSignal;
  /** Saves where the job has got to (ids and counters only) and optionally its progress. */
  saveCheckpoint(state: unknown, progress?: Progress): Promise<void>;
  progress(p: Progress): Promise<void>;
  now(): Date;
}

export interface JobHandler<P = unknown> {
  kind: string;
  payload: z.ZodType<P>;
  run(job: RunningJob<P>): Promise<void>;
}

export class LeaseLostError extends Error {
  override name = 'LeaseLostError';
  constructor() {
    super('the job lease was lost to another runner');
  }
}

/** A handler's way to say "do not retry": the job fails at once with this code. */
export class PermanentJobError extends Error {
  override name = 'PermanentJobError';
  constructor(readonly code: string) {
    super(code);
  }
}

export interface RunnerOptions {
  /** Unique per runner; defaults to host, pid and a random suffix. */
  owner?: string;
  leaseMs?: number;
  pollMs?: number;
  /** Delay before attempt n+1 after attempt n failed. */
  backoffMs?: (attempt: number) => number;
  now?: () => Date;
}

/** The one place the runner reads the time (a test clock replaces it through RunnerOptions.now). */
export const systemNow = (): Date => new Date();

export const defaultBackoff = (attempt: number): number => Math.min(10 * 60_000, 2_000 * 2 ** (attempt - 1));

export class JobRunner {
  readonly owner: string;
  private readonly handlers = new Map<string, JobHandler>();
  private readonly leaseMs: number;
  private readonly pollMs: number;
  private readonly backoffMs: (attempt: number) => number;
  readonly now: () => Date;
  private timer: NodeJS.Timeout | undefined;
  private loop: Promise<void> | undefined;
  private stopping = false;
  private current: AbortController | undefined;
  private wake: (() => void) | undefined;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly logger: Logger,
    opts: RunnerOptions = {},
  ) {
    this.owner = opts.owner ?? `${os.hostname()}:${process.pid}:${crypto.randomBytes(4).toString('hex')}`;
    this.leaseMs = opts.leaseMs ?? 60_000;
    this.pollMs = opts.pollMs ?? 2_000;
    this.backoffMs = opts.backoffMs ?? defaultBackoff;
    this.now = opts.now ?? systemNow;
  }

  register<P>(handler: JobHandler<P>): this {
    if (this.handlers.has(handler.kind)) throw new Error(`a handler for ${handler.kind} is already registered`);
    this.handlers.set(handler.kind, handler);
    return this;
  }

  /** Makes sure a recurring job exists; any runner with its handler runs it every `seconds`. */
  async schedule(kind: string, seconds: number): Promise<void> {
    await ensureRecurring(this.db, kind, seconds, this.now());
  }

  /** Starts polling. Jobs run one at a time per runner; more instances run more at once. */
  start(): void {
    if (this.loop !== undefined) return;
    this.stopping = false;
    this.loop = (async () => {
      while (!this.stopping) {
        let ran = false;
        try {
          ran = await this.runOnce();
        } catch (err) {
          this.logger.error({ err, event: 'jobs.poll' }, 'job runner poll failed');
        }
        if (!ran && !this.stopping) {
          await new Promise<void>((resolve) => {
            this.wake = resolve;
            this.timer = setTimeout(resolve, this.pollMs);
            this.timer.unref();
          });
        }
      }
    })();
  }

  /** Asks the poll loop to look now (e.g. right after a job was queued). */
  poke(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.wake?.();
  }

  /** Stops polling, asks a running handler to stop and gives its job back (not counted as an attempt). */
  async stop(): Promise<void> {
    this.stopping = true;
    this.current?.abort(new Error('runner stopping'));
    this.poke();
    await this.loop;
    this.loop = undefined;
  }

  /** Claims and runs one due job. Returns false when there was none. */
  async runOnce(): Promise<boolean> {
    const job = await claimJob(this.db, this.owner, [...this.handlers.keys()], this.now(), this.leaseMs);
    if (job === undefined) return false;
    await this.execute(job);
    return true;
  }

  private async execute(job: JobRow): Promise<void> {
    const handler = this.handlers.get(job.kind);
    if (handler === undefined) return;
    const ac = new AbortController();
    this.current = ac;
    const lost = () => ac.abort(new LeaseLostError());
    const heartbeat = setInterval(() => {
      renewLease(this.db, job.id, this.owner, this.now(), this.leaseMs)
        .then((held) => {
          if (!held) lost();
        })
        .catch(() => undefined); // a missed heartbeat is retried at the next beat; the lease has slack
    }, Math.max(50, Math.floor(this.leaseMs / 3)));
    heartbeat.unref();
    const log = { resourceType: 'job', resourceId: job.id, kind: job.kind, attempt: job.attempts };
    try {
      const payload = handler.payload.parse(job.payload);
      const save = async (state: unknown, progress?: Progress): Promise<void> => {
        if (ac.signal.aborted) throw ac.signal.reason;
        const held = await saveCheckpoint(this.db, job.id, this.owner, this.now(), this.leaseMs, state, progress);
        if (!held) {
          lost();
          throw new LeaseLostError();
        }
      };
      await handler.run({
        id: job.id,
        kind: job.kind,
        practiceId: job.practice_id,
        createdBy: job.created_by,
        payload,
        checkpoint: job.checkpoint ?? null,
        attempt: job.attempts,
        signal: ac.signal,
        saveCheckpoint: (state, progress) => save(state, progress),
        progress: (p) => save(undefined, p),
        now: () => this.now(),
      });
      if (ac.signal.aborted) throw ac.signal.reason;
      await finishJob(this.db, job, this.owner, this.now(), { kind: 'succeeded' });
    } catch (err) {
      if (ac.signal.reason instanceof LeaseLostError || err instanceof LeaseLostError) {
        // Another runner holds the job now; it is theirs to finish.
        this.logger.warn({ ...log, event: 'job.lease_lost' }, 'job lease lost');
      } else if (this.stopping) {
        await finishJob(this.db, job, this.owner, this.now(), { kind: 'released' }).catch(() => undefined);
      } else {
        await this.fail(job, err, log);
      }
    } finally {
      clearInterval(heartbeat);
      this.current = undefined;
    }
  }

  private async fail(job: JobRow, err: unknown, log: Record<string, unknown>): Promise<void> {
    const errorId = crypto.randomUUID();
    const code = errorCode(err);
    const permanent = err instanceof PermanentJobError;
    const last = permanent || job.attempts >= job.max_attempts;
    this.logger.error({ ...log, err, errorId, code, event: last ? 'job.failed' : 'job.retry' }, last ? 'job failed' : 'job attempt failed; will retry');
    const now = this.now();
    await finishJob(this.db, job, this.owner, now,
      last ? { kind: 'failed', errorId, code } : { kind: 'retry', runAt: new Date(now.getTime() + this.backoffMs(job.attempts)), errorId, code });
  }
}

/** A short, data-free name for what went wrong: a code the handler chose, a database SQLSTATE, or the error type. */
function errorCode(err: unknown): string {
  if (err instanceof PermanentJobError) return err.code.slice(0, 64);
  const e = err as { code?: unknown; name?: unknown };
  if (typeof e.code === 'string' && /^[A-Za-z0-9_]{1,40}$/.test(e.code)) return e.code;
  return typeof e.name === 'string' && /^[A-Za-z0-9_]{1,64}$/.test(e.name) ? e.name : 'Error';
}
