import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { IncomingMessage } from 'node:http';

/** Paths that are the API's, never the web application's (xac-minh: the public verification pages). */
const SERVER_PATHS = /^\/(api|health|metrics|xac-minh)(\/|\?|$)/;
/** A file the build writes (a client address may hold a dot itself: a condition's id, DK.3). */
const FILE_PATH = /\.(html|js|mjs|css|map|json|webmanifest|txt|ico|png|svg|jpe?g|webp|woff2?|ttf|br|gz)(\?|$)/i;

/** Whether the web application was built into `webDir` (`npm run build` does it). */
export function webAppBuilt(webDir: string): boolean {
  return existsSync(join(resolve(webDir), 'index.html'));
}

/**
 * The single-page application's own addresses (/xa/ho-so/…) are the browser's: a page load of one
 * is answered with index.html and the client router takes over. Only a GET for HTML outside the
 * API's paths is rewritten, so an unknown API path still answers 404 problem+json.
 */
export function clientRoute(request: IncomingMessage): string {
  const url = request.url ?? '/';
  if (request.method !== 'GET' && request.method !== 'HEAD') return url;
  const wantsPage = url === '/' || (request.headers.accept ?? '').includes('text/html');
  // The file itself, not `/`: the static plugin serves a directory's index uncompressed only.
  return wantsPage && !SERVER_PATHS.test(url) && !FILE_PATH.test(url) ? '/index.html' : url;
}

/**
 * The built files, each at its own path (no wildcard route: any other path stays the API's 404).
 * Hashed assets are cached for a year; every other file is revalidated so a new build is picked up:
 * index.html, the manifest, and the service worker (sw.js), which a browser would otherwise keep
 * running an old shell.
 * A browser that accepts brotli or gzip gets the file compressed at build time.
 */
export async function serveWebApp(app: NestFastifyApplication, webDir: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: resolve(webDir),
    prefix: '/',
    wildcard: false,
    index: false,
    // The build writes .br and .gz beside each asset (apps/web/vite.config.mts).
    preCompressed: true,
    setHeaders: (reply, path) => {
      const immutable = path.includes(`${join('assets', '')}`);
      reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
}
