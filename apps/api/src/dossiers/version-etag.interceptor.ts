import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { map, type Observable } from 'rxjs';

import type { CommandOutcome } from '@ntm/workflows/dossier/messages';

import { etagOf } from '../platform/if-match';

/** Every command answers with the stream version as a weak ETag, for the next `If-Match`. */
@Injectable()
export class VersionEtagInterceptor implements NestInterceptor<CommandOutcome, CommandOutcome> {
  intercept(context: ExecutionContext, next: CallHandler<CommandOutcome>): Observable<CommandOutcome> {
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return next.handle().pipe(
      map((outcome) => {
        reply.header('etag', etagOf(outcome.version));
        return outcome;
      }),
    );
  }
}
