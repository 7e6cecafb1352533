import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';

import { Public } from '../auth/authorize.decorator';
import { DOMAIN_OBJECT } from '../platform/api-schemas';
import { ProblemException } from '../platform/problem.exception';
import { ProjectionsHealthIndicator } from './projections.health';
import { TemporalHealthIndicator } from './temporal.health';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly temporal: TemporalHealthIndicator,
    private readonly projections: ProjectionsHealthIndicator,
  ) {}

  @Get()
  // Terminus would document its own 503 body; this route answers 503 as problem+json (see Public).
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  @ApiOkResponse({
    description: 'PostgreSQL, Temporal và mô hình đọc đều sẵn sàng',
    schema: {
      type: 'object',
      required: ['status', 'details'],
      properties: { status: { type: 'string', example: 'ok' }, info: DOMAIN_OBJECT, details: DOMAIN_OBJECT },
    },
  })
  @ApiOperation({ summary: 'Tình trạng hệ thống: PostgreSQL, Temporal, độ trễ mô hình đọc (liveness and readiness)' })
  async check() {
    try {
      return await this.health.check([
        () => this.database.pingCheck('postgres', { timeout: 3000 }),
        () => this.temporal.check('temporal'),
        () => this.projections.check('projections'),
      ]);
    } catch (error) {
      throw error instanceof ServiceUnavailableException ? unhealthy(error) : error;
    }
  }
}

/** Terminus's report as problem+json: `down` names what is unreachable or behind, `details` says how. */
function unhealthy(error: ServiceUnavailableException): ProblemException {
  const report = error.getResponse() as { error?: Record<string, unknown>; details?: Record<string, unknown> };
  const down = Object.keys(report.error ?? {});
  return new ProblemException({
    code: 'unavailable',
    status: 503,
    title: { vi: 'Dịch vụ tạm thời không sẵn sàng', en: 'Service unavailable' },
    detail: { vi: `Không sẵn sàng: ${down.join(', ')}`, en: `Not ready: ${down.join(', ')}` },
    extensions: { down, details: report.details ?? {} },
  });
}
