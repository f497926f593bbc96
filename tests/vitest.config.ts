import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/unit/setup-i18n.ts'],
    // Huge-page and CLI tests take a few seconds alone, and ten times that on a loaded 2-core
    // machine: a limit for hangs, not a speed check (speed is measured by `npm run bench`).
    testTimeout: 120_000,
  },
});
