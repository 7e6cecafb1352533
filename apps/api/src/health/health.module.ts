import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';

import { ProjectionsAdminModule } from '../projections-admin/projections-admin.module';
import { HealthController } from './health.controller';
import { ProjectionsHealthIndicator } from './projections.health';
import { TemporalHealthIndicator } from './temporal.health';

@Module({
  imports: [ProjectionsAdminModule, TerminusModule.forRoot({ errorLogStyle: 'json', gracefulShutdownTimeoutMs: 0 })],
  controllers: [HealthController],
  providers: [TemporalHealthIndicator, ProjectionsHealthIndicator],
})
export class HealthModule {}
