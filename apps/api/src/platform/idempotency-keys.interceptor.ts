import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';

import {
  type CallHandler,
  type ExecutionContext,
  HttpException,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import canonicalize from 'canonicalize';
import type { FastifyRequest } from 'fastify';
import { catchError, from, type Observable, switchMap } from 'rxjs';
import { DataSource } from 'typeorm';

import { requestActorMetadata } from '../auth/request-principal';
import { commandIdFrom } from './idempotency';
import { ProblemException } from './problem.exception';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * An Idempotency-Key names one request: its route and body. A retry (same key, same route, same
 * body) goes on to be answered from the record; the same key with another route or body is refused
 * with 422, where it used to get the first request's answer silently. The claim is atomic (two
 * requests racing with one key: one claims, the other compares), and a request refused as
 * malformed (400, nothing sent on) gives its key back so the corrected request may use it.
 */
@Injectable()
export class IdempotencyKeysInterceptor implements NestInterceptor {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const key = request.headers['idempotency-key'];
    if (key === undefined || !WRITE_METHODS.has(request.method) || !request.principal) return next.handle();
    // A streamed file names itself (its sha256) once read: its route is idempotent by its bytes.
    if (request.body instanceof Readable) return next.handle();
    const commandId = commandIdFrom(key, requestActorMetadata(request).actor);
    const route = `${request.method} ${request.url}`;
    return from(this.claim(commandId, route, fingerprintOf(request))).pipe(
      switchMap((claimed) =>
        next.handle().pipe(
          catchError((error: unknown) =>
            from(claimed && malformed(error) ? this.release(commandId) : Promise.resolve()).pipe(
              switchMap(() => {
                throw error;
              }),
            ),
          ),
        ),
      ),
    );
  }

  /** True when this request made the claim; false for a retry of the request that made it. */
  private async claim(commandId: string, route: string, fingerprint: string): Promise<boolean> {
    const inserted: unknown[] = await this.dataSource.query(
      `insert into ops.idempotency_keys (command_id, route, fingerprint) values ($1, $2, $3)
       on conflict (command_id) do nothing returning command_id`,
      [commandId, route, fingerprint],
    );
    if (inserted.length > 0) return true;
    const [first] = (await this.dataSource.query(
      `select route, fingerprint from ops.idempotency_keys where command_id = $1`,
      [commandId],
    )) as { route: string; fingerprint: string }[];
    if (first && (first.route !== route || first.fingerprint !== fingerprint)) throw keyReused(first.route);
    return false;
  }

  private async release(commandId: string): Promise<void> {
    await this.dataSource.query(`delete from ops.idempotency_keys where command_id = $1`, [commandId]);
  }
}

/** sha256 of the body in canonical JSON (key order and spacing do not matter), or of its bytes for a file. */
function fingerprintOf(request: FastifyRequest): string {
  const body = Buffer.isBuffer(request.body) ? request.body : (canonicalize(request.body ?? null) ?? '');
  return createHash('sha256').update(body).digest('hex');
}

const malformed = (error: unknown) => error instanceof HttpException && error.getStatus() === 400;

function keyReused(firstRoute: string): ProblemException {
  return new ProblemException({
    code: 'idempotency.key-reused',
    status: 422,
    title: { vi: 'Idempotency-Key đã dùng cho yêu cầu khác', en: 'Idempotency-Key already used for another request' },
    detail: {
      vi: `Khoá này đã dùng cho ${firstRoute} với nội dung khác; mỗi yêu cầu mới cần một khoá mới.`,
      en: `This key was used for ${firstRoute} with another body; each new request needs a new key.`,
    },
    errors: [{ field: 'Idempotency-Key', reason: `đã dùng cho ${firstRoute} (already used)` }],
    extensions: { firstRoute },
  });
}
