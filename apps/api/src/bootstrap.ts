import { randomUUID } from 'node:crypto';

import fastifyCompress from '@fastify/compress';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';

import { AppModule } from './app.module';
import { ApiMetrics } from './metrics/metrics';
import { answerClientError, answerFrameworkError } from './platform/client-errors';
import { guardHttpEdges } from './platform/http-edges';
import { withValidationRules } from './platform/documented-rules';
import { ProblemDetailsFilter } from './platform/problem-details.filter';
import { PUBLIC_PAGE_ROUTES } from './public-verification/public-pages.controller';
import type { AppConfig, RuntimeEndpoints } from './platform/tokens';
import { refuseUnstorableInput } from './platform/request-input';
import { createValidationPipe } from './platform/validation.pipe';
import { clientRoute, serveWebApp, webAppBuilt } from './platform/web-app';

export const API_PREFIX = 'api/v1';
const REQUEST_ID_HEADER = 'x-request-id';
const MAX_REQUEST_ID_LENGTH = 100;

export interface RunningApi {
  readonly app: NestFastifyApplication;
  readonly url: string;
  close(): Promise<void>;
}

/** Builds the HTTP API on Fastify; `listen: false` is for in-process tests using `app.inject`. */
export async function startApi(config: AppConfig, endpoints: RuntimeEndpoints): Promise<RunningApi> {
  const withWebApp = webAppBuilt(config.WEB_DIR);
  const adapter = new FastifyAdapter({
    ...(withWebApp && { rewriteUrl: clientRoute }),
    genReqId: (request: FastifyRequest['raw']) => {
      const given = request.headers[REQUEST_ID_HEADER];
      return typeof given === 'string' && given.length > 0 && given.length <= MAX_REQUEST_ID_LENGTH
        ? given
        : randomUUID();
    },
    bodyLimit: 1024 * 1024,
    clientErrorHandler: answerClientError,
    frameworkErrors: answerFrameworkError,
  });
  // Nest's body parsers would add application/x-www-form-urlencoded: commands are JSON only.
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(config, endpoints), adapter, {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health', 'metrics', ...PUBLIC_PAGE_ROUTES] });
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.useGlobalPipes(createValidationPipe());
  // Answers of 1 KB and more are compressed for a client that accepts it: a page of a work queue
  // shrinks about tenfold, which a commune on a slow mobile link feels. The web application's own
  // files are compressed at build time (web-app.ts) and sent as they are.
  await app.register(fastifyCompress, { encodings: ['br', 'gzip'], threshold: 1024 });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.removeContentTypeParser('text/plain');
  guardHttpEdges(fastify);
  refuseUnstorableInput(fastify);
  recordRequests(app);
  SwaggerModule.setup('api/docs', app, () => withValidationRules(SwaggerModule.createDocument(app, openApiInfo())), {
    jsonDocumentUrl: 'api/docs/openapi.json',
  });
  if (withWebApp) await serveWebApp(app, config.WEB_DIR);
  await app.listen({ port: config.PORT, host: config.HOST });
  const url = await app.getUrl();
  return { app, url: url.replace('[::1]', 'localhost'), close: () => app.close() };
}

function openApiInfo() {
  return new DocumentBuilder()
    .setTitle('Hồ sơ công nhận Nông thôn mới — API')
    .setDescription(
      'Hồ sơ đề nghị xét công nhận NTM: đăng ký, tự đánh giá, thẩm định theo tiêu chí, lấy ý kiến sự hài lòng, ' +
        'hội đồng, quyết định công nhận, thu hồi. (NTM recognition dossiers API.) Lỗi theo RFC 9457 problem+json.',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
}

/** Request id echoed to the client and HTTP latency by route for Prometheus. */
function recordRequests(app: NestFastifyApplication): void {
  const metrics = app.get(ApiMetrics);
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onSend', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });
  fastify.addHook('onResponse', async (request, reply) => {
    metrics.httpDuration.observe(
      { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });
}
