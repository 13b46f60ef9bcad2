import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Unit and cross-package tests. End-to-end tests in real Chromium live in vitest.e2e.config.ts.
export default defineConfig({
  // The workspace packages' TypeScript source, not their build (see docs/cli.md, "Built packages").
  resolve: { conditions: ['@flowsmith/source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['@flowsmith/source', ...defaultServerConditions] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'src/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/e2e/**'],
    testTimeout: 30_000,
    setupFiles: ['test/setup/fastCheck.ts'],
  },
});
