import type { FastifyInstance } from 'fastify';

import { streamed } from '../platform/file-uploads';
import { streamedBodyRefused } from './evidence.problems';

export const OCTET_STREAM = 'application/octet-stream';

/**
 * An evidence file is handed to its route as the request stream itself, unread: the route checks
 * and stores it chunk by chunk, so a 50 MB scan never sits in memory. Every other route refuses
 * such a body (415) as it did before this parser existed.
 */
export function acceptStreamedBodies(fastify: FastifyInstance): void {
  if (fastify.hasContentTypeParser(OCTET_STREAM)) return;
  fastify.addContentTypeParser(OCTET_STREAM, (request, payload, done) => {
    if (streamed(request)) done(null, payload);
    else done(streamedBodyRefused(), undefined);
  });
}
