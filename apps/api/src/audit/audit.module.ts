import { Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { Pool } from 'pg';

import { createPool } from '@ntm/runtime';

import { EVENT_STORE, HASH_CHAIN_AUDIT, PostgresEventStore, PostgresHashChainAudit } from '@ntm/event-store';

import { RUNTIME_ENDPOINTS, type RuntimeEndpoints } from '../platform/tokens';
import { AuditDossierController } from './audit-dossier.controller';
import { AuditExport } from './audit-export.service';
import { AuditLogController } from './audit-log.controller';
import { AuditReads } from './audit-reads';
import { AuditScope } from './audit-scope';
import { AUDIT_POOL, STORED_EVENTS } from './audit.tokens';
import { DossierHistory } from './dossier-history.service';
import { StoredEvents } from './stored-events';

/**
 * Audit (issue #10): history, point-in-time state, diff, verification and export of dossiers,
 * read from the event store itself (the system of record), never from read models.
 */
@Module({
  controllers: [AuditDossierController, AuditLogController],
  providers: [
    {
      provide: AUDIT_POOL,
      inject: [RUNTIME_ENDPOINTS],
      useFactory: (endpoints: RuntimeEndpoints) =>
        createPool(endpoints.databaseUrl, 4, (error) => new Logger('AuditPool').warn(error.message)),
    },
    { provide: EVENT_STORE, inject: [AUDIT_POOL], useFactory: (pool: Pool) => new PostgresEventStore(pool) },
    { provide: HASH_CHAIN_AUDIT, inject: [AUDIT_POOL], useFactory: (pool: Pool) => new PostgresHashChainAudit(pool) },
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
