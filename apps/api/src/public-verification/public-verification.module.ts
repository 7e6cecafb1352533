import { Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { Pool } from 'pg';

import { PostgresCheckpoints } from '@ntm/event-store';
import { createPool } from '@ntm/runtime';

import { VisibleUnits } from '../dossier-queries/visible-units';
import { RUNTIME_ENDPOINTS, type RuntimeEndpoints } from '../platform/tokens';
import { LatestCheckpoint } from './latest-checkpoint';
import { PublicPageThrottler } from './public-page.throttler';
import { PublicPagesController } from './public-pages.controller';
import { PublicDecisions } from './public-decisions.query';
import { PUBLIC_CHECKPOINTS, PUBLIC_POOL } from './public-verification.tokens';
import { PublicVerificationController } from './public-verification.controller';

/**
 * Public verification of recognition decisions without login (issue #20): HTML pages at
 * /xac-minh/… for anyone, and the code with its QR for officers who print the decision.
 */
@Module({
  controllers: [PublicPagesController, PublicVerificationController],
  providers: [
    {
      provide: PUBLIC_POOL,
      inject: [RUNTIME_ENDPOINTS],
      useFactory: (endpoints: RuntimeEndpoints) =>
        createPool(endpoints.databaseUrl, 2, (error) => new Logger('PublicVerificationPool').warn(error.message)),
    },
    { provide: PUBLIC_CHECKPOINTS, inject: [PUBLIC_POOL], useFactory: (pool: Pool) => new PostgresCheckpoints(pool) },
    PublicDecisions,
    LatestCheckpoint,
    PublicPageThrottler,
    VisibleUnits,
  ],
})
export class PublicVerificationModule implements OnApplicationShutdown {
  constructor(@Inject(PUBLIC_POOL) private readonly pool: Pool) {}

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}
