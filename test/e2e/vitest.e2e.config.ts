// Browser tests (npm run test:e2e, which npm test runs after the suite). They need Debian's
// chromium (/usr/bin/chromium) and a built web application (test:e2e builds it). One file at a
// time: each starts a real Tacet server and a browser, and the machine that runs them is small.
// (Two at a time took 161 s against 266 s, but CI then caught a test reading a list before it had
// loaded; until every file is known to hold under that contention, they run one by one.)
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // The closing "Tests: N passed, N failed, N skipped" line is what .ci/run adds up.
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
