// Group commit for the audit events of reads (R24).
//
// A change and its audit event commit together (audit(), tenant-driver.ts). A read has no change
// to be atomic with: what R24 needs is that no read's data leaves the server before its event is
// durable. Writing that event inside the read's own transaction turned every read into a write
// transaction — its own WAL flush, and a wait on the actor's chain head for as long as another
// request of the same person held it through its flush. Here the events of reads that finish at
// about the same time are appended in one transaction, like PostgreSQL's own group commit: the
// first event goes at once, and the events that arrive while that write is in flight go together
// in the next. withTenant() awaits the write before it returns, so the guarantee is unchanged: a
// read whose event cannot be written fails, and its data is not sent.
import type { PendingAuditRow } from './tenant-driver.ts';

interface Waiter {
  row: PendingAuditRow;
  resolve: () => void;
  reject: (err: unknown) => void;
}

interface PracticeQueue {
  waiting: Waiter[];
  writing: boolean;
}

/** Appends rows of one practice in one transaction; rejects if they were not committed. */
export type ReadAuditWrite = (practiceId: string, rows: PendingAuditRow[]) => Promise<void>;

export class ReadAuditWriter {
  // One queue, and at most one write in flight, per practice: the rows of a batch go to one
  // practice's chains, under that practice's row-level-security context.
  private readonly queues = new Map<string, PracticeQueue>();

  constructor(
    private readonly write: ReadAuditWrite,
    private readonly maxBatch = 256,
  ) {}

  /** Resolves once every row is committed; rejects if any of them could not be. */
  record(rows: readonly PendingAuditRow[]): Promise<void> {
    return Promise.all(rows.map((row) => this.enqueue(row))).then(() => undefined);
  }

  private enqueue(row: PendingAuditRow): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      let queue = this.queues.get(row.practice_id);
      if (queue === undefined) {
        queue = { waiting: [], writing: false };
        this.queues.set(row.practice_id, queue);
      }
      queue.waiting.push({ row, resolve, reject });
      if (!queue.writing) void this.drain(row.practice_id, queue);
    });
  }

  private async drain(practiceId: string, queue: PracticeQueue): Promise<void> {
    queue.writing = true;
    try {
      while (queue.waiting.length > 0) {
        const batch = queue.waiting.splice(0, this.maxBatch);
        try {
          await this.write(practiceId, batch.map((w) => w.row));
          for (const w of batch) w.resolve();
        } catch (err) {
          if (batch.length === 1) {
            batch[0]!.reject(err);
            continue;
          }
          // One bad row must not fail the reads it happened to share a batch with: each is
          // tried alone, and only the rows that fail again are refused.
          for (const w of batch) {
            try {
              await this.write(practiceId, [w.row]);
              w.resolve();
            } catch (e) {
              w.reject(e);
            }
          }
        }
      }
    } finally {
      queue.writing = false;
      if (queue.waiting.length === 0) this.queues.delete(practiceId);
    }
  }
}
