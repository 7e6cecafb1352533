import { Module } from '@nestjs/common';

import { ApiMetrics } from './metrics';
import { MetricsController } from './metrics.controller';

@Module({ providers: [ApiMetrics], controllers: [MetricsController], exports: [ApiMetrics] })
export class MetricsModule {}
