import { Module } from '@nestjs/common';

import { CatalogueModule } from '../catalogue/catalogue.module';
import { AssessmentQuery } from './assessment.query';
import { DossierDetailQuery } from './dossier-detail.query';
import { DossierListQuery } from './dossier-list.query';
import { DossierQueriesController } from './dossier-queries.controller';
import { PublicStatusController } from './public-status.controller';
import { PublicStatusQuery } from './public-status.query';
import { RevocationQueueQuery } from './revocation-queue.query';
import { VisibleUnits } from './visible-units';
import { WorkQueuesController } from './work-queues.controller';
import { WorkQueuesQuery } from './work-queues.query';

/**
 * The read side of dossiers: lists, detail, work queues and the public status from the read models;
 * the current round's assessment from the dossier's stream.
 */
@Module({
  imports: [CatalogueModule],
  controllers: [DossierQueriesController, WorkQueuesController, PublicStatusController],
  providers: [
    AssessmentQuery,
    DossierListQuery,
    DossierDetailQuery,
    WorkQueuesQuery,
    RevocationQueueQuery,
    PublicStatusQuery,
    VisibleUnits,
  ],
})
export class DossierQueriesModule {}
