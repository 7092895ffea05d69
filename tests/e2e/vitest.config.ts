import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    // One browser at a time: the machine has 2 cores and Chromium itself uses both.
    fileParallelism: false,
    // Pages tested at once within a file: hides network-idle waits without starving 2 cores.
    maxConcurrency: 3,
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
});
