// The rules of cancellation (R10, R34): how long a cancelled practice waits, and how long an
// unconverted trial lives after its end, before everything is deleted.
export const GRACE_DAYS = 30;
export const GRACE_MS = GRACE_DAYS * 24 * 3_600_000;
/** A trial practice that was never converted is purged this long after its trial ended. */
export const TRIAL_PURGE_DAYS = 30;
export const TRIAL_PURGE_MS = TRIAL_PURGE_DAYS * 24 * 3_600_000;
