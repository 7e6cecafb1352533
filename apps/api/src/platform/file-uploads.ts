import type { FastifyInstance } from 'fastify';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const UPLOAD_CONTENT_TYPES = ['text/csv', XLSX_CONTENT_TYPE] as const;

/** A commune's whole survey tally (50,000 households is about 2 MB of CSV); larger than the API's JSON limit. */
const UPLOAD_BODY_LIMIT = 32 * 1024 * 1024;

/**
 * Files (survey tallies, catalogue sheets) arrive as the raw request body (no multipart): read as
 * bytes, the content is checked by the feature. Each module that takes files calls this; once is enough.
 */
export function acceptFileUploads(fastify: FastifyInstance): void {
  for (const type of UPLOAD_CONTENT_TYPES) {
    if (fastify.hasContentTypeParser(type)) continue;
    fastify.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: UPLOAD_BODY_LIMIT }, (_request, body, done) =>
      done(null, body),
    );
  }
}
