import { Module } from '@nestjs/common';

import { DossierDetailQuery } from './dossier-detail.query';
import { DossierListQuery } from './dossier-list.query';
import { DossierQueriesController } from './dossier-queries.controller';
import { VisibleUnits } from './visible-units';
import { WorkQueuesController } from './work-queues.controller';
import { WorkQueuesQuery } from './work-queues.query';

/** The read side of dossiers: lists, detail and work queues, from the read models only. */
@Module({
  controllers: [DossierQueriesController, WorkQueuesController],
  providers: [DossierListQuery, DossierDetailQuery, WorkQueuesQuery, VisibleUnits],
})
export class DossierQueriesModule {}
