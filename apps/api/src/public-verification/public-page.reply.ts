import { createHash } from 'node:crypto';

import type { FastifyReply, FastifyRequest } from 'fastify';

import { PAGE_SECURITY_POLICY } from './html';

/** Five minutes: a revocation shows within that on every proxy; a school's network shares one fetch. */
const CACHE_SECONDS = 300;

/** Headers every public page carries, answered or refused: no script may run in it. */
export function pageHeaders(reply: FastifyReply, status: number): FastifyReply {
  return reply
    .status(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('content-security-policy', PAGE_SECURITY_POLICY)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer');
}

/**
 * A page proxies and phones may keep for five minutes, revalidated by its ETag (a hash of the page
 * itself) and Last-Modified (the latest decision or checkpoint it shows): 304 when unchanged.
 */
export function sendCacheable(request: FastifyRequest, reply: FastifyReply, body: string, lastModified: Date): void {
  const etag = `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  const fresh = request.headers['if-none-match']?.split(/\s*,\s*/).includes(etag) ?? false;
  pageHeaders(reply, fresh ? 304 : 200)
    .header('cache-control', `public, max-age=${CACHE_SECONDS}`)
    .header('etag', etag)
    .header('last-modified', lastModified.toUTCString())
    .send(fresh ? undefined : body);
}
