// The test clock: one instant that the application (runtime.clock) and the database
// (app.tacet_now(), through the driver) both read, which a test sets and moves. It stands still
// unless moved, so "expires exactly at the timeout" can be tested to the millisecond. It exists
// only here, with the tests: production code has no way to construct or move it.
import type { Clock } from '../src/platform/clock.ts';

export class TestClock implements Clock {
  private ms: number;

  constructor(start: Date | number = Date.now()) {
    this.ms = typeof start === 'number' ? start : start.getTime();
  }

  now(): Date {
    return new Date(this.ms);
  }

  databaseInstant(): string {
    return new Date(this.ms).toISOString();
  }

  set(instant: Date | number): void {
    this.ms = typeof instant === 'number' ? instant : instant.getTime();
  }

  advance(ms: number): void {
    this.ms += ms;
  }
}
