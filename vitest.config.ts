import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'shared/**/*.test.ts',
      'electron/**/*.test.ts',
      'cli/**/*.test.ts',
      'renderer/src/**/*.test.{ts,tsx}',
      'test/**/*.test.ts',
    ],
    // e2e tests drive one Chromium each; keep the 2-core machines from thrashing.
    pool: 'forks',
    maxWorkers: 2,
    // Generous because CI machines have 2 cores and Chromium shares them; no test asserts on time.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
