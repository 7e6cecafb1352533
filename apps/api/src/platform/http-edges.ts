import { parse as parseContentType } from 'content-type';
import FindMyWay, { type HTTPMethod } from 'find-my-way';
import type { FastifyInstance, FastifyRequest } from 'fastify';

import { ProblemException } from './problem.exception';

/**
 * The longest request target (path and query) the API reads, as common servers allow (8 KiB);
 * Node refuses a whole request head over 16 KiB itself (431, see client-errors.ts).
 */
export const MAX_URL_LENGTH = 8 * 1024;

/** Only UTF-8 text: a body declared in another charset would be read as UTF-8 and stored wrong. */
const READABLE_CHARSETS = new Set(['utf-8', 'utf8']);

/**
 * HTTP rules that hold before any route runs: a request target too long to read (414), a body
 * the API cannot read as declared (415), a method the path does not take (405 with `Allow`).
 * Call before the routes are registered (`listen`/`init`), so every route is seen.
 */
export function guardHttpEdges(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (request) => {
    if (request.url.length > MAX_URL_LENGTH) throw uriTooLong();
  });
  fastify.addHook('preParsing', async (request) => refuseUnreadableBody(request));
  answerMethodNotAllowed(fastify);
}

/**
 * Fastify reads JSON and the upload types declared by their routes and answers 415 for any other
 * type itself (Nest's urlencoded parser and Fastify's text/plain are not registered); the charset
 * and the coding are not part of that match, so they are checked here.
 */
function refuseUnreadableBody(request: FastifyRequest): void {
  const coding = request.headers['content-encoding']?.trim().toLowerCase();
  if (coding && coding !== 'identity') throw unsupportedMediaType(`Content-Encoding: ${coding.slice(0, 40)}`);
  const declared = request.headers['content-type'];
  const charset = declared ? parseContentType(declared).parameters.charset?.toLowerCase() : undefined;
  if (charset && !READABLE_CHARSETS.has(charset)) throw unsupportedMediaType(`charset=${charset.slice(0, 40)}`);
}

/**
 * Fastify answers 404 for a known path with an unknown method. A second router of the same kind
 * (find-my-way, Fastify's own) keeps every route's path by method, so a request that matched no
 * route learns which methods its path takes.
 */
function answerMethodNotAllowed(fastify: FastifyInstance): void {
  const routes = FindMyWay();
  const methods = new Set<HTTPMethod>();
  fastify.addHook('onRoute', (route) => {
    for (const method of [route.method].flat() as HTTPMethod[]) {
      routes.on(method, route.url, () => undefined);
      methods.add(method);
    }
  });
  fastify.addHook('onRequest', async (request, reply) => {
    if (!request.is404) return;
    const allowed = [...methods].filter((method) => routes.find(method, request.url) !== null);
    if (allowed.length === 0) return;
    reply.header('allow', allowed.join(', '));
    throw methodNotAllowed(request.method, allowed);
  });
}

function uriTooLong(): ProblemException {
  return new ProblemException({
    code: 'uri-too-long',
    status: 414,
    title: { vi: 'Địa chỉ yêu cầu quá dài', en: 'URI too long' },
    detail: {
      vi: `Đường dẫn và tham số truy vấn dài quá ${MAX_URL_LENGTH} ký tự`,
      en: `The path and query are longer than ${MAX_URL_LENGTH} characters`,
    },
  });
}

function unsupportedMediaType(what: string): ProblemException {
  return new ProblemException({
    code: 'unsupported-media-type',
    status: 415,
    title: { vi: 'Kiểu dữ liệu không được hỗ trợ', en: 'Unsupported media type' },
    detail: {
      vi: `Không đọc được nội dung gửi với ${what}: chỉ nhận application/json (UTF-8, không nén) và tệp khai báo của từng API`,
      en: `A body sent with ${what} cannot be read: only application/json (UTF-8, not encoded) and each route's declared file types`,
    },
  });
}

function methodNotAllowed(method: string, allowed: readonly string[]): ProblemException {
  return new ProblemException({
    code: 'method-not-allowed',
    status: 405,
    title: { vi: 'Phương thức không được phép', en: 'Method not allowed' },
    detail: {
      vi: `Đường dẫn này không nhận ${method.slice(0, 20)}; nhận: ${allowed.join(', ')}`,
      en: `This path does not take ${method.slice(0, 20)}; it takes: ${allowed.join(', ')}`,
    },
    extensions: { allow: allowed },
  });
}
