import { Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { Pool } from 'pg';

import { createPool } from '@ntm/runtime';

import {
  AnchoredHashChainAudit,
  EVENT_STORE,
  HASH_CHAIN_AUDIT,
  PostgresCheckpoints,
  PostgresEventStore,
  PostgresHashChainAudit,
} from '@ntm/event-store';

import { APP_CONFIG, type AppConfig, RUNTIME_ENDPOINTS, type RuntimeEndpoints } from '../platform/tokens';
import { AuditCheckpointsController } from './audit-checkpoints.controller';
import { AuditDossierController } from './audit-dossier.controller';
import { AuditExport } from './audit-export.service';
import { AuditLogController } from './audit-log.controller';
import { AuditReads } from './audit-reads';
import { AuditScope } from './audit-scope';
import { AUDIT_POOL, CHECKPOINTS, STORED_EVENTS } from './audit.tokens';
import { CheckpointSigner } from './checkpoint-signer';
import { DossierHistory } from './dossier-history.service';
import { StoredEvents } from './stored-events';

/**
 * Audit (issue #10): history, point-in-time state, diff, verification and export of dossiers,
 * read from the event store itself (the system of record), never from read models.
 */
@Module({
  controllers: [AuditDossierController, AuditLogController, AuditCheckpointsController],
  providers: [
    {
      provide: AUDIT_POOL,
      inject: [RUNTIME_ENDPOINTS],
      useFactory: (endpoints: RuntimeEndpoints) =>
        createPool(endpoints.databaseUrl, 4, (error) => new Logger('AuditPool').warn(error.message)),
    },
    { provide: EVENT_STORE, inject: [AUDIT_POOL], useFactory: (pool: Pool) => new PostgresEventStore(pool) },
    { provide: CHECKPOINTS, inject: [AUDIT_POOL], useFactory: (pool: Pool) => new PostgresCheckpoints(pool) },
    {
      // The chain, anchored to the latest checkpoint signed with the configured key (issue #20).
      provide: HASH_CHAIN_AUDIT,
      inject: [AUDIT_POOL, CHECKPOINTS, APP_CONFIG],
      useFactory: (pool: Pool, checkpoints: PostgresCheckpoints, config: AppConfig) =>
        new AnchoredHashChainAudit(new PostgresHashChainAudit(pool), checkpoints, config.AUDIT_PUBLIC_KEY),
    },
    CheckpointSigner,
    { provide: STORED_EVENTS, inject: [AUDIT_POOL], useFactory: (pool: Pool) => new StoredEvents(pool) },
    AuditScope,
    AuditReads,
    AuditExport,
    DossierHistory,
  ],
})
export class AuditModule implements OnApplicationShutdown {
  constructor(
    @Inject(AUDIT_POOL) private readonly pool: Pool,
    @Inject(EVENT_STORE) private readonly store: PostgresEventStore,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.drain();
    await this.pool.end();
  }
}
