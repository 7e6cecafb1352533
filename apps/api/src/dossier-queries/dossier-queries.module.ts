import { Module } from '@nestjs/common';

import { CalendarModule } from '../calendar/calendar.module';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { ApproverController } from './approver.controller';
import { ApproverQueueQuery } from './approver-queue.query';
import { AssessmentQuery } from './assessment.query';
import { SubmissionChecklistQuery } from './submission-checklist.query';
import { CouncilPeople } from './council-people';
import { CouncilQueriesController } from './council-queries.controller';
import { CouncilWaitingController } from './council-waiting.controller';
import { CouncilWaitingQuery } from './council-waiting.query';
import { CouncilQuery } from './council.query';
import { DecisionBasisQuery } from './decision-basis.query';
import { DossierDetailQuery } from './dossier-detail.query';
import { DossierListQuery } from './dossier-list.query';
import { DossierQueriesController } from './dossier-queries.controller';
import { PublicStatusController } from './public-status.controller';
import { PublicStatusQuery } from './public-status.query';
import { RevocationQueueQuery } from './revocation-queue.query';
import { VisibleDossier } from './visible-dossier';
import { VisibleUnits } from './visible-units';
import { WorkQueuesController } from './work-queues.controller';
import { WorkQueuesQuery } from './work-queues.query';

/**
 * The read side of dossiers: lists, detail, work queues and the public status from the read models;
 * the current round's assessment and the council from the dossier's stream.
 */
@Module({
  imports: [CatalogueModule, CalendarModule],
  controllers: [
    DossierQueriesController,
    CouncilQueriesController,
    CouncilWaitingController,
    WorkQueuesController,
    PublicStatusController,
    ApproverController,
  ],
  providers: [
    AssessmentQuery,
    SubmissionChecklistQuery,
    CouncilQuery,
    CouncilPeople,
    CouncilWaitingQuery,
    VisibleDossier,
    DossierListQuery,
    DossierDetailQuery,
    WorkQueuesQuery,
    RevocationQueueQuery,
    PublicStatusQuery,
    VisibleUnits,
    ApproverQueueQuery,
    DecisionBasisQuery,
  ],
  exports: [VisibleDossier],
})
export class DossierQueriesModule {}
