import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { Connection } from '@temporalio/client';

import { describeCause } from '@ntm/runtime';

import { TEMPORAL_CONNECTION } from '../platform/tokens';

const HEALTH_TIMEOUT_MS = 3000;

@Injectable()
export class TemporalHealthIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    @Inject(TEMPORAL_CONNECTION) private readonly connection: Connection,
  ) {}

  async check(key: string) {
    const indicator = this.indicators.check(key);
    try {
      await this.connection.withDeadline(Date.now() + HEALTH_TIMEOUT_MS, () => this.connection.healthService.check({}));
      return indicator.up({ address: this.connection.options.address });
    } catch (error) {
      return indicator.down({ message: describeCause(error) });
    }
  }
}
