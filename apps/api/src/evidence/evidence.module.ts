import { Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';

import { EVIDENCE_SCANNER, EVIDENCE_STORE } from '@ntm/documents';

import { DossierQueriesModule } from '../dossier-queries/dossier-queries.module';
import { APP_CONFIG } from '../platform/tokens';
import { EvidenceController } from './evidence.controller';
import { EvidenceDownloads } from './evidence-downloads';
import { evidenceScannerFor } from './evidence-scanner';
import { evidenceStoreFor } from './evidence-storage';
import { EvidenceUploads } from './evidence-uploads';
import { acceptStreamedBodies } from './streamed-body';

/** Evidence files (issue #21): uploaded to a dossier, stored by content (DATA_DIR or a bucket), read back by its readers. */
@Module({
  imports: [DossierQueriesModule],
  controllers: [EvidenceController],
  providers: [
    {
      provide: EVIDENCE_STORE,
      inject: [APP_CONFIG],
      useFactory: evidenceStoreFor,
    },
    { provide: EVIDENCE_SCANNER, inject: [APP_CONFIG], useFactory: evidenceScannerFor },
    EvidenceUploads,
    EvidenceDownloads,
  ],
})
export class EvidenceModule implements OnModuleInit {
  constructor(private readonly adapter: HttpAdapterHost) {}

  onModuleInit(): void {
    acceptStreamedBodies(this.adapter.httpAdapter.getInstance<FastifyInstance>());
  }
}
