// Work that must not make a response wait — and must not reveal, by its timing, what it found
// (e.g. whether an email has an account). Errors are logged by type only.
import type { Logger } from '../logging/logger.ts';

export class BackgroundTasks {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly logger: Logger) {}

  run(name: string, task: () => Promise<void>): void {
    const p: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
      .then(task)
      .catch((err: unknown) => {
        this.logger.error({ err, event: name }, 'background task failed');
      })
      .finally(() => this.running.delete(p));
    this.running.add(p);
  }

  /** Resolves when every task started so far has finished (used on shutdown and in tests). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }
}
