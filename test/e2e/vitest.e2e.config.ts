// Browser tests (npm run test:e2e, which npm test runs after the suite). They need Debian's
// chromium (/usr/bin/chromium) and a built web application (test:e2e builds it). Two files at a
// time: each starts its own Tacet server and browser, and much of a browser test is waiting (for
// the next TOTP step, for a job, for a transcription), which the other file fills; on the 2-core
// machine the ten files took 161 s this way against 266 s one at a time.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // The closing "Tests: N passed, N failed, N skipped" line is what .ci/run adds up.
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
