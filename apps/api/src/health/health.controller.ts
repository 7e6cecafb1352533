import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';

import { Public } from '../auth/authorize.decorator';
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
  @HealthCheck()
  @ApiOperation({ summary: 'Tình trạng hệ thống: PostgreSQL, Temporal, độ trễ mô hình đọc (liveness and readiness)' })
  check() {
    return this.health.check([
      () => this.database.pingCheck('postgres', { timeout: 3000 }),
      () => this.temporal.check('temporal'),
      () => this.projections.check('projections'),
    ]);
  }
}
