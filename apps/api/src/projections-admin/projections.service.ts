import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { Pool } from 'pg';

import { createPool } from '@ntm/runtime';
import { DataSource } from 'typeorm';

import { PostgresEventStore } from '@ntm/event-store';
import { type ProjectionLag, ProjectionRunner, projectorsWith, UnknownProjection } from '@ntm/projections';

import { ProblemException } from '../platform/problem.exception';
import { APP_CONFIG, type AppConfig, RUNTIME_ENDPOINTS, type RuntimeEndpoints } from '../platform/tokens';

export interface RebuildResult {
  readonly projection: string;
  readonly eventsRead: number;
  readonly lag: ProjectionLag | undefined;
}

/**
 * The API's view of the read models: their lag, and rebuilds on demand. The live loops run in the
 * worker; a rebuild here races them safely (the checkpoint only moves from where each runner read).
 */
@Injectable()
export class Projections implements OnModuleDestroy {
  private readonly pool: Pool;
  private readonly runner: ProjectionRunner;

  constructor(
    @Inject(RUNTIME_ENDPOINTS) endpoints: RuntimeEndpoints,
    @Inject(APP_CONFIG) config: AppConfig,
    dataSource: DataSource,
  ) {
    this.pool = createPool(endpoints.databaseUrl, 2, (error) => new Logger('ProjectionsPool').warn(error.message));
    this.runner = new ProjectionRunner(dataSource, new PostgresEventStore(this.pool), projectorsWith(config));
  }

  lag(): Promise<ProjectionLag[]> {
    return this.runner.lag();
  }

  async rebuild(name: string): Promise<RebuildResult> {
    try {
      const eventsRead = await this.runner.rebuild(name);
      const lag = (await this.lag()).find((entry) => entry.projection === name);
      return { projection: name, eventsRead, lag };
    } catch (error) {
      if (error instanceof UnknownProjection) throw unknownProjection(error);
      throw error;
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.end();
  }
}

function unknownProjection(error: UnknownProjection): ProblemException {
  const known = error.known.join(', ');
  return new ProblemException({
    code: 'projection.not-found',
    status: 404,
    title: { vi: 'Không có mô hình đọc này', en: 'Unknown projection' },
    detail: {
      vi: `Không có mô hình đọc "${error.projection}" (có: ${known})`,
      en: `No projection "${error.projection}" (known: ${known})`,
    },
    extensions: { known: error.known },
  });
}
