import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// End-to-end tests: playwright-core drives Debian's Chromium against the built app
// (`pnpm build` first), served by test/e2e/server.ts on 127.0.0.1.
export default defineConfig({
  // The workspace packages' TypeScript source, not their build (see docs/cli.md, "Built packages").
  resolve: { conditions: ['@flowsmith/source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['@flowsmith/source', ...defaultServerConditions] } },
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
