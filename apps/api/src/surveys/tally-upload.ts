import type { FastifyInstance } from 'fastify';

export const TALLY_CONTENT_TYPES = [
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const;

/** A commune's whole tally (50,000 households is about 2 MB of CSV); larger than the API's JSON limit. */
const TALLY_BODY_LIMIT = 32 * 1024 * 1024;

/** Tally files arrive as the raw request body (no multipart): read as bytes, the content is checked later. */
export function acceptTallyUploads(fastify: FastifyInstance): void {
  for (const type of TALLY_CONTENT_TYPES) {
    if (fastify.hasContentTypeParser(type)) continue;
    fastify.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: TALLY_BODY_LIMIT }, (_request, body, done) =>
      done(null, body),
    );
  }
}
