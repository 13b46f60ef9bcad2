import { defaultClientConditions, defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // The workspace packages' TypeScript source, not their build (see docs/cli.md, "Built packages").
  resolve: { conditions: ['@flowsmith/source', ...defaultClientConditions] },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  worker: { format: 'es' },
  build: { chunkSizeWarningLimit: 2000 },
});
