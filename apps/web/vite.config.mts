import { resolve } from 'node:path';

import react from '@vitejs/plugin-react-swc';
import { compression } from 'vite-plugin-compression2';
import { defineConfig } from 'vitest/config';

/** Built into dist/web, which the API serves at `/`; `vite` alone proxies the API of `npm start`. */
export default defineConfig({
  root: import.meta.dirname,
  // Each asset also as .gz and .br beside it: the API sends those to a browser that takes them
  // (a commune on a slow mobile link receives about a third of the bytes), compressing nothing per request.
  plugins: [react(), compression({ algorithms: ['gzip', 'brotliCompress'] })],
  // The domain's own verdict rules, so the editor's live count is the server's (types only beyond it).
  resolve: { alias: { '@ntm/evaluation': resolve(import.meta.dirname, '../../libs/domain/src/evaluation.ts') } },
  build: {
    outDir: resolve(import.meta.dirname, '../../dist/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.tsx', 'src/**/*.test.ts'],
    setupFiles: ['src/test-setup.ts'],
    testTimeout: 600_000,
  },
});
