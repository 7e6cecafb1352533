import { resolve } from 'node:path';

import react from '@vitejs/plugin-react-swc';
import { compression } from 'vite-plugin-compression2';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

/** Built into dist/web, which the API serves at `/`; `vite` alone proxies the API of `npm start`. */
export default defineConfig({
  root: import.meta.dirname,
  // Each asset also as .gz and .br beside it: the API sends those to a browser that takes them
  // (a commune on a slow mobile link receives about a third of the bytes), compressing nothing per request.
  plugins: [react(), compression({ algorithms: ['gzip', 'brotliCompress'] }), installable()],
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

/**
 * An installable application whose shell opens without a network after a first visit (#24: communes
 * in the mountains, door-to-door surveys): the service worker precaches the built files and answers a
 * page load with index.html. The API's answers are never cached by it: they are network-only (no
 * runtime route), so no authorised data outlives its request on a shared device; the server's own
 * pages (public verification, health) are not taken over either.
 */
function installable() {
  return VitePWA({
    registerType: 'autoUpdate',
    injectRegister: 'script-defer',
    includeAssets: ['icons/icon.svg'],
    manifest: {
      name: 'Hồ sơ Nông thôn mới',
      short_name: 'Hồ sơ NTM',
      description: 'Xét công nhận xã, huyện đạt chuẩn Nông thôn mới',
      lang: 'vi',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#0b6e4f',
      background_color: '#f5f7f6',
      icons: [
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        // Drawn full bleed with its picture inside the safe zone: the same file is maskable.
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,woff2,png,svg}'],
      // The lazy screens are part of the shell: an officer may open any of them offline.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/^\/(api|health|metrics|xac-minh)(\/|$)/],
      runtimeCaching: [],
      // The page that installed the worker is served by it at once: its lazy screens open offline too.
      clientsClaim: true,
      skipWaiting: true,
      cleanupOutdatedCaches: true,
    },
  });
}
