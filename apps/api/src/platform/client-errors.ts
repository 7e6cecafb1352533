import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';

import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

import { preferredLanguage, problemType } from './problem';

/** What Node's HTTP parser refuses before Fastify sees a request, by the parser's error code. */
const REFUSALS: Record<string, { status: number; code: string; vi: string; en: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    code: 'header-fields-too-large',
    vi: 'Phần đầu yêu cầu (địa chỉ và header) quá lớn',
    en: 'Request header fields too large',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    code: 'request-timeout',
    vi: 'Hết thời gian chờ yêu cầu',
    en: 'Request timeout',
  },
};
const MALFORMED = { status: 400, code: 'bad-request', vi: 'Yêu cầu HTTP không hợp lệ', en: 'Malformed HTTP request' };

/**
 * Fastify's `clientErrorHandler`: a request Node could not parse (a request head over its size
 * limit, a malformed request line, a timeout) is answered as problem+json like every other error,
 * in both languages because no header was read to choose one, and without echoing the request.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const refusal = REFUSALS[error.code ?? ''] ?? MALFORMED;
  const body = JSON.stringify({
    type: problemType(refusal.code),
    code: refusal.code,
    title: refusal.vi,
    status: refusal.status,
    detail: refusal.en,
  });
  if (socket.writable) {
    socket.end(
      `HTTP/1.1 ${refusal.status} ${STATUS_CODES[refusal.status]}\r\n` +
        'Content-Type: application/problem+json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  } else socket.destroy(error);
}

/** Fastify's refusals before routing (a malformed %-escape, a path segment over its length limit). */
const FRAMEWORK_REFUSALS: Record<number, { code: string; vi: string; en: string }> = {
  400: { code: 'bad-request', vi: 'Đường dẫn không hợp lệ', en: 'Malformed request path' },
  414: { code: 'uri-too-long', vi: 'Địa chỉ yêu cầu quá dài', en: 'URI too long' },
};

/** Fastify's `frameworkErrors`: answered as problem+json, without echoing the path. */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const status = error.statusCode && FRAMEWORK_REFUSALS[error.statusCode] ? error.statusCode : 400;
  const refusal = FRAMEWORK_REFUSALS[status];
  void reply
    .status(status)
    .header('content-type', 'application/problem+json; charset=utf-8')
    .send({
      type: problemType(refusal.code),
      code: refusal.code,
      title: refusal[preferredLanguage(request.headers['accept-language'])],
      status,
      requestId: String(request.id),
    });
}
