import { resolve } from 'node:path';

import react from '@vitejs/plugin-react-swc';
import { defineConfig } from 'vitest/config';

/** Built into dist/web, which the API serves at `/`; `vite` alone proxies the API of `npm start`. */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
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
  },
});
