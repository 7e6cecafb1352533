import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';

import { MAX_URL_LENGTH } from './http-edges';
import { type Language, preferredLanguage, type ProblemDetails, problemType } from './problem';
import { isDomainError } from '@ntm/domain';
import { StreamBusy, UnstorableEvents, VersionChanged } from '@ntm/event-store';
import { UNSTORABLE_RECORD } from '@ntm/workflows/dossier/failures';

import { fieldErrorIn, ProblemException, serviceUnavailable } from './problem.exception';
import { concurrentWrite, domainProblem, subjectOfStream, versionChanged } from './record-problems';
import { RETRY_AFTER_SECONDS, unreachableDependency } from './unavailable';

const GENERIC_TITLES: Record<number, { vi: string; en: string; code: string }> = {
  400: { vi: 'Yêu cầu không hợp lệ', en: 'Bad request', code: 'bad-request' },
  401: { vi: 'Chưa xác thực', en: 'Unauthenticated', code: 'unauthenticated' },
  403: { vi: 'Không có quyền', en: 'Forbidden', code: 'forbidden' },
  404: { vi: 'Không tìm thấy', en: 'Not found', code: 'not-found' },
  405: { vi: 'Phương thức không được phép', en: 'Method not allowed', code: 'method-not-allowed' },
  409: { vi: 'Xung đột trạng thái', en: 'Conflict', code: 'conflict' },
  412: { vi: 'Phiên bản đã thay đổi', en: 'Precondition failed', code: 'precondition-failed' },
  413: { vi: 'Dữ liệu quá lớn', en: 'Payload too large', code: 'payload-too-large' },
  415: { vi: 'Kiểu dữ liệu không được hỗ trợ', en: 'Unsupported media type', code: 'unsupported-media-type' },
  429: { vi: 'Quá nhiều yêu cầu', en: 'Too many requests', code: 'rate-limited' },
  500: { vi: 'Lỗi hệ thống', en: 'Internal error', code: 'internal' },
  503: { vi: 'Dịch vụ tạm thời không sẵn sàng', en: 'Service unavailable', code: 'unavailable' },
};

/** Every error leaves as RFC 9457 problem+json; never a stack trace, SQL or internal message. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const language = preferredLanguage(request.headers['accept-language']);
    const shown = asProblem(exception);
    // A request target refused for its length is not echoed back (414).
    const instance = request.url.length <= MAX_URL_LENGTH ? { instance: request.url } : {};
    const problem = { ...this.toProblem(shown, language), ...instance, requestId: String(request.id) };
    if (problem.status === 503) {
      this.logger.warn({ err: exception, requestId: request.id }, 'dependency unavailable');
      reply.header('retry-after', String(RETRY_AFTER_SECONDS));
    } else if (problem.status >= 500) this.logger.error({ err: exception, requestId: request.id }, 'unhandled error');
    // The rest of a body refused for its size is left unread: the connection cannot carry another request.
    if (problem.status === 413) reply.header('connection', 'close');
    reply.status(problem.status).header('content-type', 'application/problem+json; charset=utf-8').send(problem);
  }

  private toProblem(exception: unknown, language: Language): ProblemDetails {
    if (exception instanceof ProblemException) {
      return {
        type: problemType(exception.code),
        code: exception.code,
        title: exception.title[language],
        status: exception.getStatus(),
        ...(exception.detail ? { detail: exception.detail[language] } : {}),
        ...(exception.fieldErrors.length
          ? { errors: exception.fieldErrors.map((error) => fieldErrorIn(language, error)) }
          : {}),
        ...exception.extensions,
      };
    }
    const status = exception instanceof HttpException ? exception.getStatus() : statusOf(exception);
    const generic = GENERIC_TITLES[status] ?? GENERIC_TITLES[status >= 500 ? 500 : 400];
    // The router's 404 says "Cannot GET <url>": the request is not echoed back.
    const detail = status < 500 && status !== 404 && exception instanceof Error ? exception.message : undefined;
    return {
      type: problemType(generic.code),
      code: generic.code,
      title: generic[language],
      status,
      ...(detail ? { detail } : {}),
    };
  }
}

/** The record's and the cores' refusals, thrown by whoever wrote: one wording for each. */
function asProblem(exception: unknown): unknown {
  const dependency = unreachableDependency(exception);
  if (dependency) return serviceUnavailable(dependency);
  if (exception instanceof UnstorableEvents) return unstorable();
  if (isDomainError(exception)) return domainProblem(exception.toJSON());
  if (exception instanceof VersionChanged)
    return versionChanged(subjectOfStream(exception.streamId), exception.expected, exception.actual);
  if (exception instanceof StreamBusy) return concurrentWrite(subjectOfStream(exception.streamId), exception.actual);
  return exception;
}

/** Fastify's own errors (malformed JSON, body too large, wrong content type) carry a statusCode. */
function statusOf(exception: unknown): number {
  const status = (exception as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}

/** An append the API makes itself (survey, account, commune group) whose content the database refuses. */
function unstorable(): ProblemException {
  const text = { vi: UNSTORABLE_RECORD.messageVi, en: UNSTORABLE_RECORD.messageEn };
  return new ProblemException({ code: UNSTORABLE_RECORD.code, status: 400, title: text, detail: text });
}
