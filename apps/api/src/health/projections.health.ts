import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';

import { unreachableDependency } from '../platform/unavailable';
import { Projections } from '../projections-admin/projections.service';

/**
 * Beyond this a read model is "down": lists and work queues would mislead. Below it the API is up
 * and reports the lag; a burst of appends or a rebuild in progress is normal.
 */
export const PROJECTION_LAG_LIMIT = { events: 10_000, seconds: 300 } as const;

@Injectable()
export class ProjectionsHealthIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly projections: Projections,
  ) {}

  async check(key: string) {
    const indicator = this.indicators.check(key);
    // The lag is read from PostgreSQL: while it is unreachable the read models cannot be judged.
    const lag = await this.projections.lag().catch((error: unknown) => {
      if (unreachableDependency(error)) return undefined;
      throw error;
    });
    if (!lag) return indicator.down({ message: 'PostgreSQL không kết nối được (unreachable)' });
    const details = Object.fromEntries(
      lag.map(({ projection, eventsBehind, secondsBehind }) => [
        projection,
        { events: eventsBehind, seconds: Math.round(secondsBehind * 10) / 10 },
      ]),
    );
    const tooFar = lag.filter(
      (entry) => entry.eventsBehind > PROJECTION_LAG_LIMIT.events || entry.secondsBehind > PROJECTION_LAG_LIMIT.seconds,
    );
    return tooFar.length === 0
      ? indicator.up(details)
      : indicator.down({ ...details, limit: PROJECTION_LAG_LIMIT, behind: tooFar.map((entry) => entry.projection) });
  }
}
