// Browser tests (npm run test:e2e, which npm test runs after the suite). They need Debian's
// chromium (/usr/bin/chromium) and a built web application (test:e2e builds it). Two files at a
// time (161 s against 266 s one by one on the 2-core CI machine): each starts a real Tacet server
// and a browser. Under that contention a page answers later, so every read of a list or a count
// waits (`expect.poll`, `waitFor`) instead of reading once.
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
