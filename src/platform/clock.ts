// One clock for the application and the database. Everything that decides whether something has
// expired — idle and absolute session lifetimes, sign-in links, second-factor windows, and the
// lifecycle work to come (grace periods, retention) — reads the time from here, never from
// Date.now() or the database's now() directly.
//
// In production the clock is the real time and nothing can move it: `systemClock` has no setter,
// openRuntime() uses it unless the calling code hands it another Clock, and no configuration
// variable or HTTP route does that. The only movable clock (test/clock.ts) lives with the tests,
// and src/ never imports from test/ (src/platform/clock.test.ts checks this).
//
// The database sees the same instant: SQL reads app.tacet_now() (migration 0014), which returns
// the transaction-local setting `tacet.now` when one is set and now() otherwise. The driver
// (src/db/tenant-driver.ts) sets `tacet.now` in the same flight as a transaction's first
// statement, and only when the clock gives a databaseInstant() — which the real clock never does,
// so production flights carry nothing extra and the database keeps its own time.

export interface Clock {
  /** The current instant. */
  now(): Date;
  /**
   * The instant the database must read through app.tacet_now(), as an ISO 8601 string, or null
   * for "the database's own now()". Only a test clock returns a value.
   */
  databaseInstant(): string | null;
}

/** The real time, for the application and the database alike. */
export const systemClock: Clock = Object.freeze({
  now: () => new Date(),
  databaseInstant: () => null,
});

/** Milliseconds since the epoch on the given clock. */
export const nowMs = (clock: Clock): number => clock.now().getTime();
