// Runs only the de-identification tests, without the database global setup (they need none):
//   npx vitest run --config bench/deid/vitest.config.ts
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['src/deid/**/*.test.ts', 'bench/deid/**/*.test.ts', 'bench/egress/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 60_000,
  },
});
