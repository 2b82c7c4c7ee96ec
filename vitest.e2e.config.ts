import { defineConfig } from 'vitest/config';

/** Journeys in real Chromium: one file at a time, each with its own server; a flaky test is a bug. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.spec.ts'],
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    retry: 0,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
