import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

import { messagePage } from './html';
import { pageHeaders } from './public-page.reply';

/** Why a public page shows nothing, in Vietnamese: never a stack, never JSON. */
export class PublicPageRefusal extends Error {
  constructor(
    readonly status: 404 | 429,
    readonly title: string,
    readonly text: string,
  ) {
    super(title);
  }
}

export const unknownCode = () =>
  new PublicPageRefusal(
    404,
    'Không tìm thấy quyết định',
    'Không có quyết định công nhận nào mang mã xác minh này. Kiểm tra lại mã in trên quyết định (10 ký tự, gồm chữ và số).',
  );

export const unknownProvince = () =>
  new PublicPageRefusal(404, 'Không tìm thấy tỉnh, thành phố', 'Không có tỉnh, thành phố nào mang mã này.');

export const tooManyRequests = () =>
  new PublicPageRefusal(
    429,
    'Quá nhiều yêu cầu',
    'Bạn đã mở quá nhiều trang trong thời gian ngắn. Vui lòng đợi một lát rồi thử lại.',
  );

/** The public pages' own answers to every failure, as HTML pages. */
@Catch()
export class PublicPageFilter implements ExceptionFilter {
  private readonly logger = new Logger(PublicPageFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (exception instanceof PublicPageRefusal) {
      // Unknown codes may be cached briefly like pages; a refusal for load is the client's alone.
      const cache = exception.status === 404 ? 'public, max-age=60' : 'no-store';
      pageHeaders(reply, exception.status)
        .header('cache-control', cache)
        .send(messagePage(exception.title, exception.text));
      return;
    }
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    pageHeaders(reply, 500)
      .header('cache-control', 'no-store')
      .send(messagePage('Hệ thống tạm thời gián đoạn', 'Không mở được trang này lúc này. Vui lòng thử lại sau.'));
  }
}
