import { describe, expect, it } from 'vitest';
import { verifyThreadsFromEnv } from './verify-copy.ts';

describe('audit verify in worker threads: when', () => {
  it('R23 auto uses worker threads from four cores on, one per core but one, and the main thread below', () => {
    expect(verifyThreadsFromEnv({}, 2)).toEqual({ threads: false, concurrency: 2 });
    expect(verifyThreadsFromEnv({ TACET_AUDIT_VERIFY_THREADS: 'auto' }, 4)).toEqual({ threads: true, concurrency: 3 });
    expect(verifyThreadsFromEnv({ TACET_AUDIT_VERIFY_THREADS: 'on' }, 2)).toEqual({ threads: true, concurrency: 2 });
    expect(verifyThreadsFromEnv({ TACET_AUDIT_VERIFY_THREADS: 'off' }, 16)).toEqual({ threads: false, concurrency: 2 });
  });

  it('R23 refuses a value it does not know, naming the setting', () => {
    expect(() => verifyThreadsFromEnv({ TACET_AUDIT_VERIFY_THREADS: 'yes' }, 4)).toThrow(/TACET_AUDIT_VERIFY_THREADS must be auto, on or off/);
  });
});
