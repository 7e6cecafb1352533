import { Readable } from 'node:stream';

import { errorCodes, type FastifyInstance, type FastifyRequest } from 'fastify';

import { limitedBytes } from '@ntm/documents';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PDF_CONTENT_TYPE = 'application/pdf';
export const UPLOAD_CONTENT_TYPES = ['text/csv', XLSX_CONTENT_TYPE] as const;

/** A commune's whole survey tally (50,000 households is about 1 MB of CSV); larger than the API's JSON limit. */
const UPLOAD_BODY_LIMIT = 32 * 1024 * 1024;

/** Route config (`@RouteConfig`) of a route that reads its body as it arrives (a survey tally, an evidence file). */
export const STREAMED_BODY = { streamedBody: true } as const;

/**
 * Files (survey tallies, catalogue sheets) arrive as the raw request body (no multipart), the
 * content checked by the feature: handed over as they arrive to a route configured with
 * `STREAMED_BODY`, as bytes to the others. Each module that takes files calls this; once is enough.
 */
export function acceptFileUploads(fastify: FastifyInstance): void {
  for (const type of UPLOAD_CONTENT_TYPES) {
    if (fastify.hasContentTypeParser(type)) continue;
    fastify.addContentTypeParser(type, (request, payload, done) => {
      if (Number(request.headers['content-length']) > UPLOAD_BODY_LIMIT) return done(tooLarge(), undefined);
      const bytes = Readable.from(limitedBytes(payload, UPLOAD_BODY_LIMIT, tooLarge));
      if (streamed(request)) return done(null, bytes);
      bytes.toArray().then(
        (chunks: Buffer[]) => done(null, Buffer.concat(chunks)),
        (error: Error) => done(error, undefined),
      );
    });
  }
}

export const streamed = (request: FastifyRequest) =>
  (request.routeOptions.config as Partial<typeof STREAMED_BODY>).streamedBody === true;

/** The same refusal Fastify gives a body over its limit: 413, payload-too-large. */
const tooLarge = () => new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE();
