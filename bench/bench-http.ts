import { Body, Controller, Get, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter } from '@nestjs/platform-express';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import autocannon from 'autocannon';
import { IsInt, IsString, Length, Min } from 'class-validator';

import { createValidationPipe } from '@ntm/api/platform/validation.pipe';

import { report } from './bench-report';

/**
 * Express vs Fastify under the same Nest controller, validation pipe and payloads: the figure that
 * chose the API's adapter. Both run in this process, one after the other, same machine and load.
 */
class AppraisalDto {
  @IsString() @Length(1, 20) criterionId!: string;
  @IsInt() @Min(0) value!: number;
}

@Controller('api/v1/bench')
class BenchController {
  @Get()
  read() {
    return { dossierId: 'd-1', status: 'in-appraisal', metCriteria: 17, totalCriteria: 19 };
  }

  @Post()
  write(@Body() body: AppraisalDto) {
    return { accepted: body.criterionId };
  }
}

@Module({ controllers: [BenchController] })
class BenchModule {}

const DURATION_S = 5;
const CONNECTIONS = 50;

async function measure(adapterName: 'express' | 'fastify', method: 'GET' | 'POST') {
  const adapter = adapterName === 'express' ? new ExpressAdapter() : new FastifyAdapter();
  const app = await NestFactory.create(BenchModule, adapter, { logger: false });
  app.useGlobalPipes(createValidationPipe());
  await app.listen(0, '127.0.0.1');
  const url = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/api/v1/bench`;
  const result = await autocannon({
    url,
    method,
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: { 'content-type': 'application/json' },
    body: method === 'POST' ? JSON.stringify({ criterionId: '17', value: 3 }) : undefined,
  });
  await app.close();
  return {
    adapter: adapterName,
    request: method,
    requests_per_s: Math.round(result.requests.average),
    latency_p50_ms: result.latency.p50,
    latency_p99_ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

async function main() {
  const rows: Awaited<ReturnType<typeof measure>>[] = [];
  for (const method of ['GET', 'POST'] as const) {
    for (const adapter of ['express', 'fastify'] as const) rows.push(await measure(adapter, method));
  }
  const rate = (adapter: string, method: string) =>
    rows.find((r) => r.adapter === adapter && r.request === method)?.requests_per_s ?? 0;
  report('http', rows, {
    fastify_vs_express_get_ratio: Number((rate('fastify', 'GET') / rate('express', 'GET')).toFixed(2)),
    fastify_vs_express_post_ratio: Number((rate('fastify', 'POST') / rate('express', 'POST')).toFixed(2)),
    duration_s: DURATION_S,
    connections: CONNECTIONS,
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
