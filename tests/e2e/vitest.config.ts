import { defineConfig } from 'vitest/config';

/** The real-Chromium suite: one browser at a time, generous timeouts for a slow 2-core machine. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
