// Runs the pure verification tests without the database global setup (they need none):
//   npx vitest run --config bench/grounding/vitest.config.ts
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['src/features/ai/grounding.test.ts', 'src/features/ai/claims/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 60_000,
  },
});
