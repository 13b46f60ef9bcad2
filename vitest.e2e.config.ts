import { defineConfig } from 'vitest/config';

// End-to-end tests: playwright-core drives Debian's Chromium against the built app
// (`pnpm build` first), served by test/e2e/server.ts on 127.0.0.1.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // A real browser on a shared 2-core machine: a test is retried once before it fails the run
    // (a failure that repeats still fails CI; a flaky one shows as retried in the output).
    retry: 1,
  },
});
